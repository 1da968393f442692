"""The Bank page driven through its widgets (pytest-qt, offscreen) on the cooperative of
tests/test_bank_services.py: the empty state, the two sides and their filters, matching by hand
and from the keyboard, undoing (and a locked match refused), the automatic matcher in a worker,
suggestions accepted and rejected, an entry made from the charge line, rules through their form,
and a supervisory user who reads but cannot write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.bank import links, queries, reconcile, services
from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bank_rule import EntryDialog, RuleDialog
from coopdesk.ui.hub import Hub
from coopdesk.ui.models.bank_lines import MATCHED_MARK, BankLinesModel, PagedLines
from coopdesk.ui.pages import PAGES, load_pages
from coopdesk.ui.pages.bank import BankPage
from coopdesk.ui.settings import UiSettings
from tests.conftest import add_role_users
from tests.test_bank_services import JANUARY, coop  # noqa: F401  (built on ``admin``)

D = Decimal
Q = TypeVar("Q", bound=QDialog)
WAIT_MS = 20_000
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """Widget tests run on SQLite only (the services run on both in tests/test_bank_*)."""
    return sqlite_admin


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    ops.wait_all()


def make_ctx(uow: UnitOfWork, tmp_path: Path) -> AppContext:
    hub = Hub()
    hub.attach(uow)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(uow, hub, settings)


@pytest.fixture
def ctx(coop: UnitOfWork, tmp_path: Path) -> AppContext:  # noqa: F811
    services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    return make_ctx(coop, tmp_path)


def show(qtbot: QtBot, page: BankPage) -> BankPage:
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> BankPage:
    return show(qtbot, BankPage(ctx))


def on_modal(kind: type[Q], action: Callable[[Q], None]) -> list[Q]:
    """Run ``action`` on the next modal ``kind`` once its ``exec()`` runs; closed after."""
    seen: list[Q] = []
    tries = [0]

    def fire() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            tries[0] += 1
            if tries[0] < 400:
                QTimer.singleShot(20, fire)
            return
        seen.append(widget)
        try:
            action(widget)
        finally:
            if widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, fire)
    return seen


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select(view: QTableView, rows: list[int]) -> None:
    view.clearSelection()
    sm = view.selectionModel()
    for r in rows:
        sm.select(view.model().index(r, 0),
                  sm.SelectionFlag.Select | sm.SelectionFlag.Rows)


def row_where(model: PagedLines[Any], test: Callable[[Any], bool]) -> int:
    return next(n for n, r in enumerate(model.rows) if test(r))


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton,
           seen: list[str]) -> None:
    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def matches(uow: UnitOfWork) -> int:
    return len({r.match_id for r in queries.bank_lines(uow, "BANCO", status="matched")})


# ---- the page, empty and full ------------------------------------------------------------------

def test_registered_after_the_books() -> None:
    keys = [k for k, _p in PAGES]
    assert keys[keys.index("books") + 1] == "bank"
    assert any(s.key == "bank" and s.icon_name == "bank" for s in load_pages())


def test_no_account_shows_the_empty_state(qtbot: QtBot, admin: UnitOfWork,
                                          tmp_path: Path) -> None:
    page = show(qtbot, BankPage(make_ctx(admin, tmp_path)))
    assert page.stack.currentWidget() is page.empty
    assert page.empty.isVisible() and not page.tabs.isVisible()
    assert "no bank or mobile-money account yet" in page.empty_text.text()
    assert page.empty_button.isVisible() and page.empty_button.isEnabled()
    assert page.empty_button.text() == "New account…"
    assert not page.account.isVisible() and not page.import_button.isEnabled()
    assert page.bank_model.rowCount() == 0
    dialogs = pytest.importorskip("coopdesk.ui.dialogs.bank_account")
    seen = on_modal(dialogs.BankAccountDialog, lambda d: None)
    click(qtbot, page.empty_button)
    assert seen and page.stack.currentWidget() is page.empty  # cancelled: still nothing


def test_both_sides_show_their_lines_and_filter(qtbot: QtBot, page: BankPage) -> None:
    assert page.stack.currentWidget() is page.tabs
    assert page.account.currentText() == "BANCO — Banco Agrario - corriente (bank account)"
    assert page.bank_model.rowCount() == 4  # nothing matched yet
    # four records wait for the statement; the opening balance waits for nothing
    assert page.book_model.rowCount() == 4
    assert not any(r.brought_forward for r in page.book_model.rows)
    page.status.setCurrentIndex(page.status.findData("all"))
    assert page.book_model.rowCount() == 5
    texts = [page.bank_model.data(page.bank_model.index(r, 2)) for r in range(4)]
    assert texts[0] == "CONSIGNACION EFECTIVO"
    amount = page.bank_model.index(0, 4)
    assert page.bank_model.data(amount) == "1,500,000.00"
    assert page.bank_model.data(amount, Qt.ItemDataRole.TextAlignmentRole) & \
        int(Qt.AlignmentFlag.AlignRight)
    fee = row_where(page.book_model, lambda r: r.amount == D(200_000))
    view = page.book_model.rows[fee]
    assert page.book_model.data(page.book_model.index(fee, 4)) == (
        f"{view.member} {view.member_name}" if view.member else "")
    assert page.book_model.data(page.book_model.index(fee, 2)).startswith("2026/")
    opening = row_where(page.book_model, lambda r: r.brought_forward)
    assert page.book_model.rows[opening].amount == D(1_000_000)
    assert page.book_model.data(page.book_model.index(opening, 2),
                                Qt.ItemDataRole.ForegroundRole) is not None  # muted
    assert page.book_model.data(page.book_model.index(fee, 2),
                                Qt.ItemDataRole.ForegroundRole) is None
    assert "4 line(s)" in page.bank_title.text() and "5 line(s)" in page.book_title.text()
    page.status.setCurrentIndex(page.status.findData("unmatched"))
    page.search.setText("cheque")
    page.reload_lines()
    assert page.bank_model.rowCount() == 1 and page.book_model.rowCount() == 1
    page.search.clear()
    page.reload_lines()
    page.date_from.setDate(QDate(2026, 1, 10))
    assert page.bank_model.rowCount() == 2
    page.grab().save("/tmp/bank/pageA.png")


def test_match_by_hand_then_undo(qtbot: QtBot, page: BankPage, ctx: AppContext,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    deposit = row_where(page.bank_model, lambda r: r.amount == D(1_500_000))
    sale = row_where(page.book_model, lambda r: r.amount == D(1_500_000))
    shares = row_where(page.book_model, lambda r: r.amount == D(200_000))
    select(page.bank_table, [deposit])
    assert not page.match_button.isEnabled()
    # one statement line selected: the book line of the same amount is highlighted
    assert page.book_model.data(page.book_model.index(sale, 2),
                                Qt.ItemDataRole.BackgroundRole) is not None
    assert page.book_model.data(page.book_model.index(shares, 2),
                                Qt.ItemDataRole.BackgroundRole) is None
    select(page.book_table, [shares])
    assert not page.match_button.isEnabled()
    assert "Difference: <span" in page.totals.text() and "1,300,000.00" in page.totals.text()
    select(page.book_table, [sale])
    assert page.match_button.isEnabled()
    assert "0.00</span>" in page.totals.text()
    page.grab().save("/tmp/bank/pageA-selected.png")
    click(qtbot, page.match_button)
    assert matches(ctx.uow) == 1
    assert page.bank_model.rowCount() == 3 and page.book_model.rowCount() == 3
    assert "Matched 1 statement line(s)" in page.message.text()

    page.status.setCurrentIndex(page.status.findData("matched"))
    assert page.bank_model.rowCount() == 1
    assert page.bank_model.data(page.bank_model.index(0, 0)) == MATCHED_MARK
    select(page.bank_table, [0])
    assert page.unmatch_button.isEnabled() and not page.match_button.isEnabled()
    seen: list[str] = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, seen)
    click(qtbot, page.unmatch_button)
    assert seen and matches(ctx.uow) == 1  # cancelled: still matched
    answer(monkeypatch, QMessageBox.StandardButton.Yes, seen)
    click(qtbot, page.unmatch_button)
    assert matches(ctx.uow) == 0 and page.bank_model.rowCount() == 0
    assert "not be proposed again" in page.message.text()
    # the rejected pairing is not suggested again
    run = links.suggestions(ctx.uow, "BANCO")
    dep_id = queries.bank_lines(ctx.uow, "BANCO")[0].id
    assert all(dep_id not in m.bank for m in run.matched + run.suggested)


def test_keyboard_matching(qtbot: QtBot, page: BankPage, ctx: AppContext) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    cheque = row_where(page.bank_model, lambda r: r.amount == D(-350_000))
    book = row_where(page.book_model, lambda r: r.amount == D(-350_000))
    page.bank_table.setFocus()
    page.bank_table.setCurrentIndex(page.bank_model.index(0, 1))
    for _n in range(cheque):
        qtbot.keyClick(page.bank_table, Qt.Key.Key_Down)
    assert [r.amount for r in page.selected_bank()] == [D(-350_000)]
    qtbot.keyClick(page.bank_table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.book_table
    qtbot.keyClick(page.book_table, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.bank_table
    qtbot.keyClick(page.bank_table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.book_table
    page.book_table.setCurrentIndex(page.book_model.index(book, 1))
    assert page.match_button.isEnabled()
    # Space takes a line out of the selection and back
    qtbot.keyClick(page.book_table, Qt.Key.Key_Space)
    assert not page.selected_book() and not page.match_button.isEnabled()
    qtbot.keyClick(page.book_table, Qt.Key.Key_Space)
    assert page.match_button.isEnabled()
    qtbot.keyClick(page.book_table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert matches(ctx.uow) == 1
    # Enter matches too
    page.bank_table.setFocus()
    deposit = row_where(page.bank_model, lambda r: r.amount == D(1_500_000))
    page.bank_table.setCurrentIndex(page.bank_model.index(deposit, 1))
    page.book_table.setCurrentIndex(
        page.book_model.index(row_where(page.book_model, lambda r: r.amount == D(1_500_000)), 1))
    qtbot.keyClick(page.book_table, Qt.Key.Key_Return)
    assert matches(ctx.uow) == 2
    qtbot.keyClick(page.bank_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search


def test_a_locked_match_cannot_be_undone(qtbot: QtBot, page: BankPage, ctx: AppContext,
                                        shown_messages: list[str]) -> None:
    run = links.run_matching(ctx.uow, "BANCO")
    for m in run.suggested:
        links.link(ctx.uow, "BANCO", m.bank, m.book)
    charge = queries.bank_lines(ctx.uow, "BANCO", status="unmatched")[0]
    links.book_line(ctx.uow, "BANCO", charge.id, links.proposal_lines("5305", charge.amount))
    reconcile.finish(ctx.uow, "BANCO", dt.date(2026, 1, 31), D(2_337_500))
    page.status.setCurrentIndex(page.status.findData("all"))
    assert page.bank_model.rowCount() == 4
    lock = page.bank_model.data(page.bank_model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert lock is not None and page.bank_model.data(page.bank_model.index(0, 0)) == ""
    select(page.bank_table, [0])
    page.undo_match(reject=False)
    assert any("reopen it first" in m for m in shown_messages)
    assert matches(ctx.uow) == 4


# ---- the automatic matcher and its suggestions -------------------------------------------------

def test_match_automatically_then_accept_and_reject(qtbot: QtBot, page: BankPage,
                                                    ctx: AppContext) -> None:
    click(qtbot, page.auto_button)
    qtbot.waitUntil(lambda: page.run is not None and not page.busy, timeout=WAIT_MS)
    run = page.run
    assert run is not None
    assert len(run.matched) + len(run.suggested) == 3
    assert page.message.text() == (f"{len(run.matched)} matched, {len(run.suggested)} "
                                   f"suggested, 0 entries proposed, 1 left.")
    assert matches(ctx.uow) == len(run.matched)
    assert page.suggestions.rowCount() == len(run.suggested)
    # undo the automatic matches: opening the tab afresh suggests all three
    for mid in {r.match_id for r in queries.bank_lines(ctx.uow, "BANCO", status="matched")}:
        assert mid is not None
        links.unlink(ctx.uow, "BANCO", mid)
    page.run = None
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(1)
    assert page.suggestions.rowCount() == 3
    assert page.suggestions.data(page.suggestions.index(0, 2)) == "1,500,000.00"
    assert page.suggestions.data(page.suggestions.index(0, 3)).startswith("2026/")
    select(page.suggestion_table, [0, 1])
    page.grab().save("/tmp/bank/pageA-suggestions.png")
    assert page.accept_button.isEnabled()
    click(qtbot, page.accept_button)
    assert matches(ctx.uow) == 2 and page.suggestions.rowCount() == 1
    page.activateWindow()
    page.suggestion_table.setFocus()
    select(page.suggestion_table, [0])
    qtbot.keyClick(page.suggestion_table, Qt.Key.Key_R)
    assert page.suggestions.rowCount() == 0 and matches(ctx.uow) == 2
    assert links.suggestions(ctx.uow, "BANCO").suggested == []
    assert "rejected" in page.message.text()


def test_rules_propose_entries_to_post(qtbot: QtBot, page: BankPage, ctx: AppContext) -> None:
    links.save_rule(ctx.uow, links.RuleInput("Comisiones", "5305", text_contains="comision",
                                             max_amount=D(0)))
    assert page.rule_rows.rowCount() == 1
    page.match_automatically()
    qtbot.waitUntil(lambda: page.run is not None and not page.busy, timeout=WAIT_MS)
    assert page.tabs.currentIndex() == 1 and "1 entries proposed" in page.message.text()
    assert page.proposals.rowCount() == 1
    page.grab().save("/tmp/bank/pageA-proposals.png")
    assert [page.proposals.data(page.proposals.index(0, c)) for c in (1, 2, 3, 4)] == \
        ["COMISION MANEJO CUENTA", "-12,500.00", "5305", "Comisiones"]
    assert not page.post_button.isEnabled()
    select(page.proposal_table, [0])
    click(qtbot, page.post_button)
    assert page.proposals.rowCount() == 0
    assert page.run is not None
    assert queries.count_bank_lines(ctx.uow, "BANCO", status="unmatched") == \
        len(page.run.suggested)
    assert "posted and matched" in page.message.text()


# ---- entries from statement lines --------------------------------------------------------------

def test_make_an_entry_from_the_charge_line(qtbot: QtBot, page: BankPage,
                                            ctx: AppContext) -> None:
    charge = row_where(page.bank_model, lambda r: r.amount == D(-12_500))
    select(page.bank_table, [charge])
    assert page.entry_button.isEnabled()

    def bad_then_good(d: EntryDialog) -> None:
        assert "COMISION MANEJO CUENTA" in d.findChild(QWidget, "entryLine").text()  # type: ignore[union-attr]
        d.account.setEditText("9999")
        click(qtbot, d.ok)
        assert d.isVisible() and "9999" in d.errors["account"].text()
        d.account.set_code("5305")
        d.description.setText("Comisión de manejo")
        d.grab().save("/tmp/bank/pageA-entry-form.png")
        click(qtbot, d.ok)

    seen = on_modal(EntryDialog, bad_then_good)
    click(qtbot, page.entry_button)
    assert seen and seen[0].entry is not None and seen[0].entry.startswith("2026/")
    assert queries.count_bank_lines(ctx.uow, "BANCO", status="unmatched") == 3
    charge_view = queries.bank_lines(ctx.uow, "BANCO", status="matched")[0]
    assert charge_view.match_kind == "entry" and charge_view.amount == D(-12_500)
    assert "posted and matched" in page.message.text()


def test_a_rule_prefills_the_entry(qtbot: QtBot, page: BankPage, ctx: AppContext) -> None:
    links.save_rule(ctx.uow, links.RuleInput("Comisiones", "5305", text_contains="comision"))
    select(page.bank_table, [row_where(page.bank_model, lambda r: r.amount == D(-12_500))])
    def prefilled(d: EntryDialog) -> None:
        d.grab().save("/tmp/bank/pageA-entry-rule.png")
        assert d.account.code() == "5305" and "Comisiones" in d.rule_note.text()
        click(qtbot, d.ok)

    seen = on_modal(EntryDialog, prefilled)
    page.make_entry()
    assert seen and seen[0].entry
    from coopdesk.bank.models import BankMatch

    with ctx.uow.read() as s:
        from sqlalchemy import select as sql

        assert s.scalar(sql(BankMatch.rule_id).where(BankMatch.kind == "entry")) is not None


# ---- rules -------------------------------------------------------------------------------------

def test_add_a_rule_through_its_form(qtbot: QtBot, page: BankPage, ctx: AppContext) -> None:
    page.tabs.setCurrentIndex(2)

    def fill(d: RuleDialog) -> None:
        d.name.setText("Comisiones")
        d.regex.setText("([")
        d.target.set_code("5305")
        d.max_amount.setText("0")
        click(qtbot, d.ok)
        assert d.isVisible() and d.errors["regex"].isVisible()
        assert "The pattern is not valid" in d.errors["regex"].text()
        d.regex.setText("^COMISION")
        d.min_amount.setText("lots")
        click(qtbot, d.ok)
        assert d.isVisible() and "not an amount" in d.errors["min_amount"].text()
        assert not d.errors["regex"].isVisible()
        d.min_amount.clear()
        d.fee_split.setText("1.5%")
        d.account.setCurrentIndex(d.account.findData("BANCO"))
        d.grab().save("/tmp/bank/pageA-rule-form.png")
        click(qtbot, d.ok)

    seen = on_modal(RuleDialog, fill)
    click(qtbot, page.add_rule_button)
    assert seen and seen[0].saved_id is not None
    (rule,) = links.rules(ctx.uow)
    assert (rule.regex, rule.max_amount, rule.fee_split, rule.account) == \
        ("^COMISION", D(0), D("0.015"), "BANCO")
    assert page.rule_rows.rowCount() == 1
    assert page.rule_rows.data(page.rule_rows.index(0, 1)) == "Comisiones"
    assert page.rule_rows.data(page.rule_rows.index(0, 7)) == "1.5%"
    # a second rule, moved above the first, then deleted
    links.save_rule(ctx.uow, links.RuleInput("Intereses", "4210", text_contains="interes",
                                             min_amount=D(0)))
    page.load_rules()
    page.rule_table.selectRow(1)
    click(qtbot, page.up_button)
    assert [r.name for r in links.rules(ctx.uow)] == ["Intereses", "Comisiones"]
    page.rule_table.selectRow(0)

    def edit(d: RuleDialog) -> None:
        assert d.name.text() == "Intereses" and d.min_amount.text() == "0.00"
        d.active.setChecked(False)
        click(qtbot, d.ok)

    on_modal(RuleDialog, edit)
    click(qtbot, page.edit_rule_button)
    assert not links.rules(ctx.uow)[0].active
    page.grab().save("/tmp/bank/pageA-rules.png")


def test_rules_suggested_from_entries_made_by_hand(qtbot: QtBot, page: BankPage,
                                                   ctx: AppContext) -> None:
    fees = "\n".join(f"{d:02d}/02/2026;COMISION TRANSFERENCIA;;-2.000,00;" for d in (2, 3, 4))
    services.import_statement(ctx.uow, "BANCO", ("Fecha;Descripción;Referencia;Valor;Saldo\n"
                                                 + fees + "\n").encode(), "feb.csv")
    for line in queries.bank_lines(ctx.uow, "BANCO", text="TRANSFERENCIA"):
        links.book_line(ctx.uow, "BANCO", line.id, links.proposal_lines("5305", line.amount))
    page.tabs.setCurrentIndex(2)
    click(qtbot, page.suggest_button)
    assert page.suggested_box.isVisible() and page.suggested_rules.rowCount() == 1
    assert page.suggested_rules.data(page.suggested_rules.index(0, 4)) == "5305"
    click(qtbot, page.add_suggested_button)
    assert [r.target_account for r in links.rules(ctx.uow)] == ["5305"]
    assert page.suggested_rules.rowCount() == 0 and page.rule_rows.rowCount() == 1


# ---- rights and models -------------------------------------------------------------------------

def test_supervisory_user_reads_but_cannot_write(qtbot: QtBot, ctx: AppContext,
                                                 tmp_path: Path) -> None:
    users = add_role_users(ctx.uow)
    page = show(qtbot, BankPage(make_ctx(users[Role.SUPERVISORY], tmp_path)))
    assert page.bank_model.rowCount() == 4 and page.book_model.rowCount() == 4
    select(page.bank_table, [row_where(page.bank_model, lambda r: r.amount == D(1_500_000))])
    select(page.book_table, [row_where(page.book_model, lambda r: r.amount == D(1_500_000))])
    assert page.can_match()  # the totals agree, but the role may not write
    for b in (page.match_button, page.entry_button, page.import_button, page.auto_button,
              page.add_rule_button, page.suggest_button, page.new_account_button):
        assert not b.isEnabled(), b.objectName()
    page.match()
    assert matches(ctx.uow) == 0
    treasurer = show(qtbot, BankPage(make_ctx(users[Role.TREASURER], tmp_path)))
    assert treasurer.auto_button.isEnabled() and treasurer.add_rule_button.isEnabled()


def test_the_line_models_read_a_page_at_a_time(qtbot: QtBot, ctx: AppContext) -> None:
    model = BankLinesModel("COP")
    model.PAGE = 3
    QAbstractItemModelTester(model, FATAL)
    uow = ctx.uow
    model.set_source(lambda: queries.count_bank_lines(uow, "BANCO"),
                     lambda o, n: queries.bank_lines(uow, "BANCO", offset=o, limit=n))
    assert (model.rowCount(), model.total, model.fetches) == (3, 4, 1)
    assert model.canFetchMore()
    model.fetchMore()
    assert (model.rowCount(), model.fetches) == (4, 2) and not model.canFetchMore()
    assert [r.amount for r in model.rows] == [D(1_500_000), D(200_000), D(-350_000),
                                              D(-12_500)]


def test_the_reconciliation_tab_follows_the_account(qtbot: QtBot, page: BankPage) -> None:
    assert page.reconcile is None  # built when first shown
    page.tabs.setCurrentIndex(3)
    assert page.reconcile is not None
    qtbot.waitUntil(page.reconcile.isVisible, timeout=2000)
    panel = pytest.importorskip("coopdesk.ui.pages.bank_reconcile")
    assert isinstance(page.reconcile, panel.ReconcilePanel)
    assert page.reconcile.code == "BANCO"
    page.grab().save("/tmp/bank/pageA-reconcile.png")


def test_choosing_another_account_reads_its_lines(qtbot: QtBot, page: BankPage,
                                                  ctx: AppContext) -> None:
    page.tabs.setCurrentIndex(3)
    services.add_account(ctx.uow, "NEQUI", "Nequi de la tesorería", "mobile_money", "1120")
    assert page.account.count() == 2  # the hub told the page
    assert page.account.currentData() == "BANCO" and page.bank_model.rowCount() == 4
    page.account.setCurrentIndex(page.account.findData("NEQUI"))
    assert page.account.currentText() == "NEQUI — Nequi de la tesorería (mobile money)"
    assert page.code == "NEQUI" and page.bank_model.rowCount() == 0
    assert "1120" in page.account_info.text()
    if hasattr(page.reconcile, "code"):
        assert page.reconcile.code == "NEQUI"


def test_new_account_and_import_open_their_dialogs(qtbot: QtBot, page: BankPage,
                                                   ctx: AppContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The page opens the new-account dialog and the import wizard and follows what they did
    (their own workings are tested with them)."""
    dialogs = pytest.importorskip("coopdesk.ui.dialogs.bank_account")
    wizards = pytest.importorskip("coopdesk.ui.wizards.bank_import_wizard")
    opened: list[object] = []

    def add(dialog: Any) -> int:
        opened.append(dialog)
        services.add_account(ctx.uow, "NEQUI", "Nequi", "mobile_money", "1120")
        dialog.code = "NEQUI"
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(dialogs.BankAccountDialog, "exec", add)
    click(qtbot, page.new_account_button)
    assert opened and page.code == "NEQUI" and "NEQUI" in page.message.text()
    page.choose_account("BANCO")
    feb = (b"Fecha;Descripci\xc3\xb3n;Referencia;Valor;Saldo\n"
           b"02/02/2026;ABONO INTERESES;;1.250,00;2.338.750,00\n")

    def run(wizard: Any) -> int:
        opened.append(wizard)
        assert wizard.code == "BANCO"
        wizard.result_value = services.import_statement(ctx.uow, "BANCO", feb, "feb.csv")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(wizards.BankImportWizard, "exec", run)
    click(qtbot, page.import_button)
    assert len(opened) == 2 and page.bank_model.rowCount() == 5
    assert "1 new statement line(s) imported" in page.message.text()


@pytest.mark.parametrize("lang", ["en", "es", "fr", "sw"])
def test_the_page_fits_a_small_laptop_window(qtbot: QtBot, ctx: AppContext, lang: str) -> None:
    """1280 pixels wide, less the navigation rail (up to 280 in French): no part of the page
    may be cut off, in any language."""
    from coopdesk.ui.i18n import install_language

    install_language(lang)
    try:
        page = show(qtbot, BankPage(ctx))
        page.account_info.setText("x " * 400)  # a long line wraps rather than widening it
        for tab in range(4):
            page.tabs.setCurrentIndex(tab)
            assert page.minimumSizeHint().width() <= 950, (lang, tab)
    finally:
        install_language("en")


def test_book_lines_that_cancel_out_are_matched_without_the_bank(
        qtbot: QtBot, page: BankPage, ctx: AppContext) -> None:
    from coopdesk.ledger import cashbook
    from coopdesk.ledger import services as books

    wrong = cashbook.record(ctx.uow, cashbook.CashInput("fuel", dt.date(2026, 1, 20),
                                                        Decimal(99_000), "Error",
                                                        place="bank"))
    books.reverse_entry(ctx.uow, wrong.year, wrong.number, dt.date(2026, 1, 21), "wrong")
    page.reload_lines()
    rows = [row_where(page.book_model, lambda r: r.amount == Decimal(-99_000)),
            row_where(page.book_model, lambda r: r.amount == Decimal(99_000))]
    select(page.book_table, rows[:1])
    assert not page.match_button.isEnabled()  # one line alone cancels nothing
    select(page.book_table, rows)
    assert page.match_button.isEnabled()
    click(qtbot, page.match_button)
    matched = [b for b in queries.book_lines(ctx.uow, "BANCO", status="matched")
               if abs(b.amount) == Decimal(99_000)]
    assert len(matched) == 2 and matched[0].match_id == matched[1].match_id
