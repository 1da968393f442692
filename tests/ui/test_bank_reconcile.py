"""The reconciliation panel of the Bank page, driven through its widgets (pytest-qt, offscreen)
on the cooperative of tests/test_bank_services.py with January's statement imported: the live
difference and when Finish is allowed, finishing into the history, viewing a saved one,
reopening with a reason, read-only users, and the report exported and read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.bank import links, queries, reconcile, services
from coopdesk.bank.rules import ProposedLine
from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import set_date
from coopdesk.ui.hub import Hub
from coopdesk.ui.pages.bank_reconcile import ReconcilePanel, ReopenDialog
from coopdesk.ui.settings import UiSettings
from tests.conftest import add_role_users
from tests.test_bank_services import JANUARY, coop  # noqa: F401  (built on ``admin``)

D = Decimal
Q = TypeVar("Q", bound=QDialog)
TODAY = dt.date(2026, 2, 10)
JAN31 = dt.date(2026, 1, 31)


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """Widget tests run on SQLite only (the services run on both in tests/test_bank_*)."""
    return sqlite_admin


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    ops.wait_all()


@pytest.fixture
def imported(coop: UnitOfWork) -> UnitOfWork:  # noqa: F811
    """January's statement imported and matched, except the bank charge (not in the books)."""
    services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    run = links.run_matching(coop, "BANCO")
    for m in run.suggested:
        links.link(coop, "BANCO", m.bank, m.book, score=m.score)
    return coop


def book_the_charge(uow: UnitOfWork) -> None:
    charge = queries.bank_lines(uow, "BANCO", status="unmatched")
    assert [ln.description for ln in charge] == ["COMISION MANEJO CUENTA"]
    links.book_line(uow, "BANCO", charge[0].id, [ProposedLine("5305", D(12_500))],
                    "Comisión de manejo")


def make_ctx(uow: UnitOfWork, tmp_path: Path) -> AppContext:
    hub = Hub()
    hub.attach(uow)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(uow, hub, settings)


def make_panel(qtbot: QtBot, uow: UnitOfWork, tmp_path: Path) -> ReconcilePanel:
    panel = ReconcilePanel(make_ctx(uow, tmp_path), today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    panel.set_account("BANCO")
    return panel


@pytest.fixture
def panel(qtbot: QtBot, imported: UnitOfWork, tmp_path: Path) -> ReconcilePanel:
    return make_panel(qtbot, imported, tmp_path)


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        return int(QMessageBox.StandardButton.Yes.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


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


def type_balance(qtbot: QtBot, panel: ReconcilePanel, text: str) -> None:
    panel.balance.selectAll()
    qtbot.keyClicks(panel.balance, text)
    qtbot.waitUntil(lambda: not panel.timer.isActive(), timeout=3000)


def test_the_difference_is_live_and_finish_waits_for_zero(qtbot: QtBot, panel: ReconcilePanel,
                                                         imported: UnitOfWork) -> None:
    # the statement date defaults to January's end; the balance is the statement's own
    assert panel.statement_date() == JAN31
    assert panel.balance.text() == "2,337,500.00"
    assert panel.amounts["book"].text() == "2,270,000.00"
    assert panel.amounts["unbooked"].text() == "-12,500.00"
    # the charge is on the statement, not in the books: they do not agree, Finish is refused
    assert panel.verdict.text() == "The books and the bank do not agree yet"
    assert "b71c1c" in panel.verdict.styleSheet()
    assert "not in the books" in panel.blockers.text()
    assert not panel.finish_button.isEnabled()
    kinds = [panel.items.data(panel.items.index(r, 0)) for r in range(panel.items.rowCount())]
    assert "On the statement, not in the books" in kinds
    assert "Payment not yet on the statement" in kinds
    amount = panel.items.index(0, 4)
    assert panel.items.data(amount, Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)

    book_the_charge(imported)
    panel.refresh()
    assert panel.difference.text() == "0.00"
    assert panel.verdict.text() == "The books and the bank agree"
    assert "2e7d32" in panel.verdict.styleSheet()
    assert panel.blockers.text() == ""
    assert panel.amounts["payments"].text() == "80,000.00"
    assert "4 statement line(s) and 4 book line(s)" in panel.counts.text()
    assert panel.finish_button.isEnabled()

    # a mistyped balance: the difference shows at once (after the short pause) and blocks
    type_balance(qtbot, panel, "2337000")
    assert panel.difference.text() == "-500.00"
    assert "2337500" in panel.blockers.text().replace(",", "")
    assert not panel.finish_button.isEnabled()
    type_balance(qtbot, panel, "abc")
    assert panel.balance_error.isVisible() and not panel.finish_button.isEnabled()
    type_balance(qtbot, panel, "2.337.500,00")
    assert panel.difference.text() == "0.00" and panel.finish_button.isEnabled()
    # a date before anything happened: the January lines are outstanding no more
    set_date(panel.date, dt.date(2026, 1, 10))
    qtbot.waitUntil(lambda: not panel.finish_button.isEnabled(), timeout=3000)


def test_finish_view_and_reopen(qtbot: QtBot, panel: ReconcilePanel, imported: UnitOfWork,
                                answer_yes: list[str]) -> None:
    book_the_charge(imported)
    panel.refresh()
    click(qtbot, panel.finish_button)
    assert answer_yes and "will be saved" in answer_yes[0]
    history = reconcile.history(imported, "BANCO")
    assert [(h.statement_date, h.bank_balance, h.status) for h in history] == [
        (JAN31, D("2337500.00"), "done")]
    # the finished record is shown, read-only, and listed in the history
    assert panel.banner_row.isVisible()
    assert "finished by admin" in panel.banner.text()
    assert panel.balance.isReadOnly() and not panel.date.isEnabled()
    assert not panel.finish_button.isVisible()
    assert panel.history.rowCount() == 1
    assert panel.history.data(panel.history.index(0, 3)) == "Done"
    assert panel.history.data(panel.history.index(0, 1)) == "2,337,500.00"

    # back to the live one: the same date is reconciled already
    click(qtbot, panel.back_button)
    assert not panel.banner_row.isVisible()
    assert "reconciled up to" in panel.blockers.text()
    assert not panel.finish_button.isEnabled()

    # view the saved one again from the history
    panel.select_history(history[0].id)
    assert panel.view_button.isEnabled() and panel.reopen_button.isEnabled()
    click(qtbot, panel.view_button)
    assert panel.banner_row.isVisible() and panel.difference.text() == "0.00"
    assert panel.items.rowCount() == 1
    assert panel.items.data(panel.items.index(0, 0)) == "Payment not yet on the statement"
    assert panel.items.data(panel.items.index(0, 4)) == "-80,000.00"

    # reopening needs a reason; then the history says who and why
    def empty_then_reason(dialog: ReopenDialog) -> None:
        dialog.ok.click()
        assert dialog.isVisible() and dialog.errors["reason"].isVisible()
        assert "why" in dialog.errors["reason"].text()
        dialog.reason.setPlainText("the bank added a late debit note")
        dialog.ok.click()

    panel.select_history(history[0].id)
    seen = on_modal(ReopenDialog, empty_then_reason)
    click(qtbot, panel.reopen_button)
    assert seen
    assert [h.status for h in reconcile.history(imported, "BANCO")] == ["reopened"]
    status = panel.history.data(panel.history.index(0, 3))
    assert status == "Reopened by admin: the bank added a late debit note"
    assert "reopened by admin" in panel.banner.text()  # still viewing it, now reopened
    click(qtbot, panel.back_button)
    assert panel.finish_button.isEnabled()  # January can be finished again
    panel.select_history(history[0].id)
    assert not panel.reopen_button.isEnabled()  # reopened already


def test_read_only_users_see_but_cannot_finish(qtbot: QtBot, imported: UnitOfWork,
                                               tmp_path: Path) -> None:
    book_the_charge(imported)
    rec = reconcile.finish(imported, "BANCO", JAN31, D("2337500"))
    reconcile.reopen(imported, rec, "again")
    reconcile.finish(imported, "BANCO", JAN31, D("2337500"))
    users = add_role_users(imported)
    panel = make_panel(qtbot, users[Role.SUPERVISORY], tmp_path)
    assert panel.history.rowCount() == 2
    panel.set_account("BANCO")
    set_date(panel.date, dt.date(2026, 2, 5))
    panel.recompute()
    assert panel.verdict.text() == "The books and the bank agree"
    assert not panel.finish_button.isEnabled()
    panel.select_history(panel.history.rows[0].id)
    assert panel.view_button.isEnabled() and not panel.reopen_button.isEnabled()
    assert panel.pdf_button.isEnabled()  # the report is a read


def test_the_report_exports(qtbot: QtBot, panel: ReconcilePanel, imported: UnitOfWork,
                            tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book_the_charge(imported)
    panel.refresh()
    pdf = tmp_path / "recon.pdf"
    panel.export("pdf", pdf)
    qtbot.waitUntil(lambda: panel.last_export is not None, timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "recon.xlsx"
    panel.export("xlsx", xlsx)
    qtbot.waitUntil(lambda: panel.last_export == xlsx, timeout=20_000)
    book = load_workbook(xlsx, read_only=True)
    text = " ".join(str(c) for row in book.worksheets[0].iter_rows(values_only=True)
                    for c in row if c is not None)
    book.close()
    assert "Bank reconciliation" in text and "BANCO" in text
    assert "Saved" in panel.message.text()
