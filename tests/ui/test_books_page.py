"""The Books page and its dialogs, driven as a treasurer would: through the widgets.

Dates are inside the fiscal year 2026 and never in the future (the cash book refuses those)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Permission, Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries, services
from coopdesk.ledger.cashbook import CashInput, Direction, record
from coopdesk.ledger.queries import JournalFilter
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.cash_form import CashForm
from coopdesk.ui.dialogs.entry_form import EntryForm, EntryViewDialog
from coopdesk.ui.dialogs.member_form import set_date
from coopdesk.ui.dialogs.year_dialog import (
    ClosePeriodDialog,
    CloseYearDialog,
    OpenYearDialog,
    ReverseDialog,
)
from coopdesk.ui.hub import Hub
from coopdesk.ui.models.account_tree import AccountTreeModel
from coopdesk.ui.models.journal_table import JOURNAL_COLUMNS, JournalTableModel
from coopdesk.ui.pages.books import BooksPage
from coopdesk.ui.settings import UiSettings
from tests.conftest import add_role_users

D = TypeVar("D", bound=QDialog)
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
WAIT_MS = 20000
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
MARCH, APRIL, MAY = dt.date(2026, 3, 10), dt.date(2026, 4, 14), dt.date(2026, 5, 20)
SHOTS = Path("/tmp")


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes (show_error's among them) are recorded instead of blocking."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield shown
    ops.wait_all()


@pytest.fixture
def ctx(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path) -> AppContext:
    hub = Hub()
    hub.attach(sqlite_admin)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(sqlite_admin, hub, settings)


@pytest.fixture
def books(ctx: AppContext) -> AppContext:
    """The general chart, the fiscal year 2026 and two members."""
    services.install_chart(ctx.uow, "general")
    services.open_fiscal_year(ctx.uow, "2026", *YEAR)
    for first, last in (("Rosa", "Quispe"), ("Juan", "Mamani")):
        members.register_member(ctx.uow, MemberInput(first, last, "F", dt.date(1980, 1, 1),
                                                     "digger", dt.date(2020, 1, 1)),
                                Status.ACTIVE)
    return ctx


def make_page(qtbot: QtBot, ctx: AppContext) -> BooksPage:
    page = BooksPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, books: AppContext) -> BooksPage:
    return make_page(qtbot, books)


def on_modal(kind: type[D], action: Callable[[D], None]) -> list[D]:
    """Run ``action`` on the next modal dialog of type ``kind`` once its ``exec()`` is
    running; the dialog is closed afterwards whatever happens, so a test never hangs."""
    seen: list[D] = []
    tries = [0]

    def fire() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            tries[0] += 1
            if tries[0] < 200:
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


def receipt_png(path: Path) -> Path:
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(path))
    return path


def cell(model: JournalTableModel, row: int, key: str) -> str:
    return str(model.data(model.index(row, JOURNAL_COLUMNS.index(key))))


def column(model: JournalTableModel, key: str) -> list[str]:
    return [cell(model, r, key) for r in range(model.rowCount())]


# ---- setting up ------------------------------------------------------------------------------

def test_a_cooperative_without_a_chart_chooses_one_and_opens_its_first_year(
        qtbot: QtBot, ctx: AppContext) -> None:
    page = make_page(qtbot, ctx)
    assert page.stack.currentWidget() is page.setup
    panel = page.setup
    assert panel.general.isChecked()  # a Colombian cooperative: the general chart
    assert panel.year_name.text() == str(dt.date.today().year)
    panel.year_name.setText("2026")
    set_date(panel.year_start, YEAR[0])
    set_date(panel.year_end, YEAR[1])
    panel.grab().save(str(SHOTS / "books-setup.png"))
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.main
    assert [y.name for y in queries.fiscal_years(ctx.uow)] == ["2026"]
    assert page.tree_model.account_count() > 50
    assert "set up" in page.message.text()
    assert "2026" in page.year_info.text()


def test_the_setup_panel_is_closed_to_a_role_without_the_right(qtbot: QtBot,
                                                               ctx: AppContext) -> None:
    ctx.uow = add_role_users(ctx.uow)[Role.SECRETARY]
    page = make_page(qtbot, ctx)
    assert page.stack.currentWidget() is page.setup
    assert not page.setup.button.isEnabled()
    assert "may not" in page.setup.rights.text()


# ---- receipts and payments -----------------------------------------------------------------

def test_a_receipt_and_a_payment_with_its_scanned_receipt(
        qtbot: QtBot, page: BooksPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def receive(d: CashForm) -> None:
        assert d.windowTitle() == "Record a receipt"
        d.set_kind("premium")
        assert d.kind.currentText() == "Fairmined premium received"
        assert not d.form.isRowVisible(d.rows["member"])
        assert not d.form.isRowVisible(d.rows["account"])
        set_date(d.date, MARCH)
        qtbot.keyClicks(d.amount, "500000")
        d.reference.setText("FM-0001")
        assert "debit 1105" in d.preview.text() and "credit 4170" in d.preview.text()
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: d.posted is not None, timeout=WAIT_MS)

    seen = on_modal(CashForm, receive)
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert "Receipt recorded as entry 2026-1" in page.message.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)

    scan = receipt_png(tmp_path / "fuel-receipt.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))

    def pay(d: CashForm) -> None:
        assert d.windowTitle() == "Record a payment"
        d.set_kind("fuel")
        set_date(d.date, APRIL)
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)  # no amount yet
        assert not d.errors["amount"].isHidden()
        assert d.posted is None and d.isVisible()
        qtbot.keyClicks(d.amount, "120000")
        assert d.errors["amount"].isHidden()
        qtbot.mouseClick(d.attach_button, Qt.MouseButton.LeftButton)
        assert d.file_label.text() == "fuel-receipt.png"
        qtbot.wait(50)  # let the layout settle before the picture
        d.grab().save(str(SHOTS / "books-cash-form.png"))
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: d.posted is not None, timeout=WAIT_MS)

    seen_pay = on_modal(CashForm, pay)
    qtbot.mouseClick(page.payment_button, Qt.MouseButton.LeftButton)
    assert seen_pay and seen_pay[0].posted is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)

    m = page.model
    assert column(m, "number") == ["2026-2", "2026-1"]  # newest first
    assert column(m, "amount") == ["120,000.00", "500,000.00"]
    assert column(m, "source") == ["Cash book", "Cash book"]
    tip = m.data(m.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Cash book: Fairmined premium received" in tip
    assert column(m, "status") == ["Posted", "Posted"]
    assert column(m, "reference") == ["", "FM-0001"]
    assert m.row_at(0) is not None and m.row_at(0).attachments == 1  # type: ignore[union-attr]
    tree = page.tree_model
    assert tree.balance("1105") == Decimal(380000)  # the cash box
    assert tree.balance("4170") == Decimal(500000)  # income, on its credit side
    assert tree.balance("5195") == Decimal(120000)
    assert tree.balance("1") == Decimal(380000)  # a heading sums what is under it
    index = tree.index_of_code("1105", 2)
    assert tree.data(index) == "380,000.00"
    assert page.count.text() == "2 entries"

    # Double-click shows the lines and the receipt, which can be saved to a file.
    page.table.selectRow(0)
    saved = tmp_path / "copy.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))

    def look(d: EntryViewDialog) -> None:
        assert d.table.rowCount() == 3  # two lines and the total
        assert d.table.item(0, 0).text().startswith("5195")  # type: ignore[union-attr]
        assert d.table.item(0, 2).text() == "120,000.00"  # type: ignore[union-attr]
        assert d.table.item(1, 3).text() == "120,000.00"  # type: ignore[union-attr]
        assert d.files.count() == 1 and "fuel-receipt.png" in d.files.item(0).text()
        d.grab().save(str(SHOTS / "books-entry-view.png"))
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    seen_view = on_modal(EntryViewDialog, look)
    page.open_current()
    assert seen_view and seen_view[0].saved == saved
    assert saved.read_bytes() == scan.read_bytes()


def test_a_member_receipt_and_errors_named_at_their_field(qtbot: QtBot, books: AppContext
                                                          ) -> None:
    d = CashForm(books.uow, Direction.RECEIPT, today=MAY)
    qtbot.addWidget(d)
    d.set_kind("loan_repayment")
    assert d.form.isRowVisible(d.rows["member"])
    d.member.setText("7")
    qtbot.keyClicks(d.amount, "abc")
    d.record()
    assert "not an amount" in d.errors["amount"].text()
    assert "no member number 7" in d.errors["member"].text()
    d.amount.setText("25000")
    d.member.setText("mamani")
    d.member._search()  # what the pause after typing does: twenty matches at most, from SQL
    assert d.member.matches.stringList() == ["2 — Juan Mamani"]
    d.member.set_number(2)
    assert d.member_name.text() == "Juan Mamani"
    d.place.setCurrentIndex(d.place.findData("mobile_money"))
    d.record()
    qtbot.waitUntil(lambda: d.posted is not None, timeout=WAIT_MS)
    assert queries.member_balance(books.uow, 2, "1345") == Decimal(-25000)
    # The other side chosen by hand, for "other payment": the account chooser completes names.
    d = CashForm(books.uow, Direction.PAYMENT, today=MAY)
    qtbot.addWidget(d)
    d.set_kind("other_payment")
    assert d.form.isRowVisible(d.rows["account"])
    qtbot.keyClicks(d.account.lineEdit(), "Combustible")
    assert d.account.code() == "5195"
    d.place.setCurrentIndex(d.place.findData("bank"))
    d.amount.setText("1000")
    d.record()
    qtbot.waitUntil(lambda: d.posted is not None, timeout=WAIT_MS)


# ---- journal entries -----------------------------------------------------------------------

def test_an_entry_shows_its_difference_live_then_posts_and_is_reversed(
        qtbot: QtBot, page: BooksPage, boxes: list[str]) -> None:
    def write(d: EntryForm) -> None:
        set_date(d.date, MAY)
        assert not d.post_button.isEnabled()
        assert d.problems.text() == ""  # nothing touched yet: no scolding
        qtbot.keyClicks(d.description, "Fuel bought on credit")
        first, second = d.lines
        account_edit = first.account.lineEdit()
        assert account_edit is not None
        qtbot.keyClicks(account_edit, "5195")
        account_edit.editingFinished.emit()  # leaving the field completes it
        assert first.account.currentText() == "5195 Combustible"
        assert not first.member.isEnabled()  # fuel keeps no members' accounts
        qtbot.keyClicks(first.debit, "1000")
        first.debit.editingFinished.emit()
        assert first.debit.text() == "1,000.00"
        second.account.set_code("2620")  # payables to members: a member must be named
        assert second.member.isEnabled()
        qtbot.keyClicks(second.credit, "400")
        assert "Difference 600.00" in d.totals.text()
        assert "c62828" in d.totals.styleSheet()  # red until zero
        assert "say which member" in d.problems.text()
        assert not d.post_button.isEnabled()
        second.member.set_number(1)
        second.credit.setText("")
        qtbot.keyClicks(second.credit, "1000")
        assert "Balanced" in d.totals.text() and "2e7d32" in d.totals.styleSheet()
        assert d.problems.text() == ""
        assert d.post_button.isEnabled()
        qtbot.wait(50)
        d.grab().save(str(SHOTS / "books-entry-form.png"))
        qtbot.mouseClick(d.post_button, Qt.MouseButton.LeftButton)
        assert d.posted is not None
        assert d.post() == d.posted  # a second click never posts twice

    seen = on_modal(EntryForm, write)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert page.message.text() == "Entry 2026-1 posted."
    assert page.model.rowCount() == 1
    assert queries.member_balance(page.ctx.uow, 1, "2620") == Decimal(-1000)
    assert page.tree_model.balance("2620") == Decimal(1000)

    assert not page.reverse_button.isEnabled()
    assert "Choose an entry" in page.reverse_button.toolTip()
    page.table.selectRow(0)
    assert page.reverse_button.isEnabled() and page.attach_button.isEnabled()

    def reverse(d: ReverseDialog) -> None:
        assert not d.ok.isEnabled()  # the reason is required
        set_date(d.date, MAY)
        qtbot.keyClicks(d.reason, "Bought cash, not on credit")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen_rev = on_modal(ReverseDialog, reverse)
    qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton)
    assert seen_rev and seen_rev[0].posted is not None
    assert "Entry 2026-1 reversed by entry 2026-2" in page.message.text()
    m = page.model
    assert m.rowCount() == 2
    assert column(m, "number") == ["2026-2", "2026-1"]
    assert column(m, "links") == ["reverses 2026-1", "reversed by 2026-2"]
    assert column(m, "status") == ["Posted", "Reversed"]
    assert page.tree_model.balance("5195") == Decimal(0)
    assert page.tree_model.balance("2620") == Decimal(0)
    page.table.selectRow(1)  # reversed already: the button says why it is off
    assert not page.reverse_button.isEnabled()
    assert "already reversed by entry 2026-2" in page.reverse_button.toolTip()
    page.table.selectRow(0)
    assert "itself a reversal" in page.reverse_button.toolTip()
    assert boxes == []


def test_a_draft_is_saved_then_finished_and_posted(qtbot: QtBot, page: BooksPage) -> None:
    form = EntryForm(page.ctx.uow, None, page, today=MAY)
    qtbot.addWidget(form)
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert len(form.lines) == 3 and form.table.rowCount() == 3
    form.table.selectRow(2)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert len(form.lines) == 2 and form.table.rowCount() == 2
    form.description.setText("Repairs to the mill")
    form.lines[0].account.set_code("5145")
    form.lines[0].debit.setText("300")
    qtbot.mouseClick(form.draft_button, Qt.MouseButton.LeftButton)
    assert form.saved_draft == form.uid
    assert page.model.rowCount() == 1
    assert column(page.model, "status") == ["Draft"] and column(page.model, "number") == ["draft"]
    assert "1 draft(s)" in page.year_info.text()
    page.table.selectRow(0)
    assert not page.attach_button.isEnabled()

    def finish(d: EntryForm) -> None:
        assert d.description.text() == "Repairs to the mill"
        assert d.lines[0].account.code() == "5145"
        assert "Difference 300.00" in d.totals.text()
        d.lines[1].account.set_code("1105")
        qtbot.keyClicks(d.lines[1].credit, "300")
        qtbot.mouseClick(d.post_button, Qt.MouseButton.LeftButton)

    seen = on_modal(EntryForm, finish)
    page.open_current()
    assert seen and seen[0].posted is not None
    assert column(page.model, "status") == ["Posted"]
    assert page.tree_model.balance("1105") == Decimal(-300)
    assert "c62828" in str(page.tree_model.data(page.tree_model.index_of_code("1105", 2),
                                                Qt.ItemDataRole.ForegroundRole).name())


def test_a_closed_period_is_refused_at_the_date(qtbot: QtBot, page: BooksPage) -> None:
    def close(d: ClosePeriodDialog) -> None:
        assert "2026" in d.period.currentText()
        assert "cannot be undone" in d.explanation.text()
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen = on_modal(ClosePeriodDialog, close)
    qtbot.mouseClick(page.close_period_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].closed == ("2026", dt.date(2026, 1, 1))
    assert "periods closed up to" in page.year_info.text()
    form = EntryForm(page.ctx.uow, None, page, today=dt.date(2026, 1, 15))
    qtbot.addWidget(form)
    assert "is closed" in form.date_error.text() and not form.date_error.isHidden()
    set_date(form.date, MAY)
    assert form.date_error.isHidden()


def test_open_the_next_fiscal_year_from_the_page(qtbot: QtBot, page: BooksPage) -> None:
    def open_next(d: OpenYearDialog) -> None:
        assert d.name.text() == "2027"  # the year after the last one
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen = on_modal(OpenYearDialog, open_next)
    qtbot.mouseClick(page.open_year_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].opened == "2027"
    assert page.message.text() == "Fiscal year 2027 opened."
    years = queries.fiscal_years(page.ctx.uow)
    assert [(y.name, y.start, y.end, len(y.periods)) for y in years][-1] == (
        "2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31), 12)

    def overlap(d: OpenYearDialog) -> None:
        d.name.setText("again")
        set_date(d.start, dt.date(2027, 6, 1))
        set_date(d.end, dt.date(2028, 5, 31))
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
        assert "overlap" in d.error.text() and d.isVisible()

    seen_again = on_modal(OpenYearDialog, overlap)
    page.open_year()
    assert seen_again and seen_again[0].opened is None


def test_closing_a_year_says_what_happens(qtbot: QtBot, books: AppContext) -> None:
    uow = books.uow
    services.open_fiscal_year(uow, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    record(uow, CashInput("premium", dt.date(2025, 6, 1), Decimal(1000)))
    d = CloseYearDialog(uow, today=MAY)
    qtbot.addWidget(d)
    assert d.year.currentText() == "2025"
    assert "moves the balance of every income" in d.explanation.text()
    assert d.ok.text() == "Close 2025" and d.ok.isEnabled()
    d.year.setCurrentIndex(1)
    assert "Close 2025 first" in d.warning.text() and not d.ok.isEnabled()
    assert "has not ended yet" in d.warning.text()
    d.show()
    qtbot.wait(50)
    d.grab().save(str(SHOTS / "books-close-year.png"))
    d.year.setCurrentIndex(0)
    d.accept()
    assert d.closed == "2025" and d.entry is not None
    assert [y.closed for y in queries.fiscal_years(uow)] == [True, False]


# ---- rights ----------------------------------------------------------------------------------

def test_a_role_without_rights_sees_disabled_buttons_saying_why(qtbot: QtBot,
                                                                page: BooksPage) -> None:
    record(page.ctx.uow, CashInput("premium", MARCH, Decimal(1000)))
    users = add_role_users(page.ctx.uow)
    page.ctx.uow = users[Role.SUPERVISORY]
    page.refresh()
    page.table.selectRow(0)
    buttons = (page.new_button, page.receipt_button, page.payment_button, page.reverse_button,
               page.attach_button, page.open_year_button, page.close_period_button,
               page.close_year_button)
    for b in buttons:
        assert not b.isEnabled(), b.objectName()
        assert "may not" in b.toolTip(), b.objectName()
    assert page.model.rowCount() == 1  # reading is open
    form = EntryForm(page.ctx.uow, None, page)
    qtbot.addWidget(form)
    assert not form.post_button.isEnabled() and not form.description.isEnabled()

    page.ctx.uow = users[Role.TREASURER]
    page.refresh()
    page.table.selectRow(0)
    assert all(b.isEnabled() for b in buttons)
    page.ctx.uow = users[Role.SECRETARY]
    page.refresh()
    assert not page.new_button.isEnabled()
    assert "record journal entries" in page.new_button.toolTip()


# ---- the models ----------------------------------------------------------------------------

def many(uow: UnitOfWork, n: int) -> None:
    entries = [EntryInput(dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                          f"Fuel {i}" if i % 10 else f"Wages {i}",
                          (LineInput("5195" if i % 10 else "5105", debit=Decimal(i + 1)),
                           LineInput("1105", credit=Decimal(i + 1))),
                          reference=f"R-{i}") for i in range(n)]
    with uow.write(Permission.LEDGER_POST, "ledger") as tx:
        services.post_batch(tx, entries, source="import")


def test_the_journal_model_pages_filters_and_counts_in_sql(qtbot: QtBot,
                                                           books: AppContext) -> None:
    many(books.uow, 450)
    model = JournalTableModel(books.uow, "COP")
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 450
    assert model.cached_rows() <= JournalTableModel.PAGE_SIZE * 2
    dates = [model.row_at(r).date for r in range(450)]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True)
    assert model.fetches == 3  # three pages, the second and third by keyset
    assert len({model.row_at(r).id for r in range(450)}) == 450  # type: ignore[union-attr]
    model.set_filter(JournalFilter(text="wages"))
    assert model.rowCount() == 45
    model.set_filter(JournalFilter(account="51"))  # a heading: everything under it
    assert model.rowCount() == 450
    model.set_filter(JournalFilter(account="5105"))
    assert model.rowCount() == 45
    model.set_filter(JournalFilter(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)))
    assert model.rowCount() == 4
    assert queries.journal_count(books.uow, JournalFilter(text="R-44")) == 11
    jumped = queries.journal_page(books.uow, offset=400, limit=10)
    assert len(jumped) == 10


def test_the_account_tree_sums_headings(qtbot: QtBot, books: AppContext) -> None:
    record(books.uow, CashInput("premium", MARCH, Decimal(700)))
    record(books.uow, CashInput("fuel", APRIL, Decimal(200)))
    model = AccountTreeModel("COP")
    QAbstractItemModelTester(model, FATAL)
    model.set_rows(queries.chart(books.uow, APRIL))
    assert model.balance("11") == Decimal(500)
    assert model.totals("1") == (Decimal(700), Decimal(200))
    model.set_rows(queries.chart(books.uow, MARCH))  # balances at an earlier day
    assert model.balance("1105") == Decimal(700) and model.balance("5") == Decimal(0)
    top = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert top == ["1", "2", "3", "4", "5", "6"]
    share = model.index_of_code("3105", 1)
    assert model.data(share, Qt.ItemDataRole.DecorationRole) is not None  # members' accounts
    assert "names a member" in model.data(share, Qt.ItemDataRole.ToolTipRole)


def test_clicking_an_account_filters_the_journal(qtbot: QtBot, page: BooksPage) -> None:
    record(page.ctx.uow, CashInput("premium", MARCH, Decimal(700)))
    record(page.ctx.uow, CashInput("fuel", APRIL, Decimal(200)))
    assert page.model.rowCount() == 2
    page.tree.setCurrentIndex(page.tree_model.index_of_code("5195"))
    assert page.model.journal_filter.account == "5195"
    assert page.model.rowCount() == 1
    page.clear_filters()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "premium")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.clear_filters()
    page.table.selectRow(0)
    qtbot.wait(50)  # let the layout settle before the picture
    page.grab().save(str(SHOTS / "books-page.png"))


def test_attach_a_scanned_receipt_to_the_selected_entry(
        qtbot: QtBot, page: BooksPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        boxes: list[str]) -> None:
    record(page.ctx.uow, CashInput("premium", MARCH, Decimal(1000)))
    page.table.selectRow(0)
    bad = tmp_path / "notes.txt"
    bad.write_text("not a receipt")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    assert boxes and "not a scanned receipt" in boxes[-1]
    scan = receipt_png(tmp_path / "premium.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "premium.png attached to entry 2026-1."
    row = page.model.row_at(0)
    assert row is not None and row.attachments == 1
    detail = queries.entry_detail(page.ctx.uow, row.id)
    assert [a.filename for a in detail.attachments] == ["premium.png"]
    assert queries.attachment_file(page.ctx.uow, detail.attachments[0].id)[1] == \
        scan.read_bytes()
