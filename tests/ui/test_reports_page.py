"""The Reports page: choose a report and its period, preview it in the background, export it
as PDF and Excel, and read the files back."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.ledger.reports import REPORTS
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.production import services as production
from coopdesk.production.services import LotInput, PurchaseInput, SaleInput
from coopdesk.reports import output
from coopdesk.reports.html import render_html
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.hub import Hub
from coopdesk.ui.ops import Progress
from coopdesk.ui.pages.reports import Cancelled, ReportsPage
from coopdesk.ui.settings import UiSettings

D = Decimal
TODAY = dt.date(2026, 11, 20)
DAY = dt.date(2026, 3, 10)
WAIT_MS = 30000
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield shown
    ops.wait_all()


@pytest.fixture
def ctx(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path) -> AppContext:
    """Books for 2025 and 2026 with a purchase, a sale and a fuel payment in March 2026."""
    uow = sqlite_admin
    books.install_chart(uow, "general")
    books.open_fiscal_year(uow, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    books.open_fiscal_year(uow, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    members.register_member(uow, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                             "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    lot = production.record_lot(uow, LotInput(DAY, D("12.5"), D(900), member=1))
    production.buy(uow, PurchaseInput(DAY, 1, D(250000), lot=lot))  # 2,812,500.00 from 1105
    production.sell(uow, SaleInput(DAY, "Fair Gold Ltd", ((lot, D("12.5")),), D(260000),
                                   premium=D(450000)))
    cashbook.record(uow, CashInput("fuel", DAY, D("125000.50"), "Diesel"))
    cashbook.record(uow, CashInput("fuel", dt.date(2025, 6, 1), D(1000), "Diesel 2025"))
    hub = Hub()
    hub.attach(uow)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(uow, hub, settings)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> ReportsPage:
    widget = ReportsPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def run_preview(qtbot: QtBot, page: ReportsPage) -> str:
    page.preview_html = None
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_html is not None and not page.busy, timeout=WAIT_MS)
    return page.view.toPlainText()


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_preview_a_trial_balance(qtbot: QtBot, page: ReportsPage) -> None:
    assert page.report.count() == len(REPORTS)
    assert page.report.itemText(0) == "Trial balance"
    assert page.period.period() == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert not page.account.isVisible() and not page.member_box.isVisible()
    text = run_preview(qtbot, page)
    for expected in ("Cooperativa Minera El Porvenir", "Trial balance",
                     "Jan 1, 2026 to Dec 31, 2026", "Previous period", "1105",
                     "2,812,500.00", "125,000.50", "Total"):
        assert expected in text, expected
    assert "Trial balance: preview ready." in page.message.text()
    page.compare.setChecked(False)  # a preview of other options is marked out of date
    assert "press Preview" in page.message.text()
    text = run_preview(qtbot, page)
    assert "Previous period" not in text


def test_export_pdf_and_excel(qtbot: QtBot, page: ReportsPage, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    save_to(monkeypatch, tmp_path / "trial")  # no suffix: the page adds it
    messages: list[str] = []
    page.status_message.connect(messages.append)
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
    assert page.last_export == tmp_path / "trial.xlsx"
    assert messages == [f"Saved {tmp_path / 'trial.xlsx'}"]
    book = openpyxl.load_workbook(tmp_path / "trial.xlsx", read_only=True)
    rows = [row for ws in book.worksheets for row in ws.iter_rows(values_only=True)]
    book.close()
    cash = next(r for r in rows if r and r[0] == "1105")
    # Opening, debit, credit, closing: numbers in Excel, not text.
    assert [D(str(v)) for v in cash[2:6]] == [D(-1000), D(0), D("2937500.5"),
                                              D("-2938500.5")]
    assert ctx_export_dir(page) == str(tmp_path)

    save_to(monkeypatch, tmp_path / "trial.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export == tmp_path / "trial.pdf", timeout=WAIT_MS)
    pdf = tmp_path / "trial.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if PDFTOTEXT is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Trial balance" in text
    assert "2,937,500.50" in text and "-2,938,500.50" in text and "3,375,000.00" in text


def ctx_export_dir(page: ReportsPage) -> str:
    return page.ctx.settings.value("export_dir")


def test_csv_is_offered_when_the_renderers_write_it(page: ReportsPage) -> None:
    assert page.csv_button.isVisibleTo(page) == ("csv" in output.FORMATS)


def test_an_account_statement_needs_an_account(qtbot: QtBot, page: ReportsPage,
                                               boxes: list[str]) -> None:
    page.set_report("account-statement")
    assert page.account.isVisible() and not page.member_box.isVisible()
    page.account.setEditText("9999")
    run_preview_failing(qtbot, page)
    assert boxes and "There is no account 9999" in boxes[-1]
    assert not page.busy and page.preview_button.isEnabled()
    page.account.setCurrentIndex(page.account.findData("1105"))
    assert page.account_code() == "1105"
    text = run_preview(qtbot, page)
    assert "Account statement" in text and "1105" in text and "2,812,500.00" in text
    page.account.setEditText("1110 whatever I typed")
    assert page.account_code() == "1110"


def run_preview_failing(qtbot: QtBot, page: ReportsPage) -> None:
    page.preview_html = None
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert page.preview_html is None


def test_a_member_statement_and_the_balance_sheet(qtbot: QtBot, page: ReportsPage) -> None:
    page.set_report("member-statement")
    assert page.member_box.isVisible() and page.member_name.text() == "Rosa Quispe"
    page.member.setValue(7)
    assert page.member_name.text() == "(no such member)"
    page.member.setValue(1)
    assert "Member statement" in run_preview(qtbot, page)
    page.set_report("balance-sheet")
    assert not page.period.start_edit.isEnabled() and page.period.to_label.text() == "at"
    assert "At Dec 31, 2026" in run_preview(qtbot, page)
    page.set_report("production-sales")
    assert page.period.start_edit.isEnabled()
    text = run_preview(qtbot, page)
    assert "Fair Gold Ltd" in text and "Gold per miner per day" in text


def test_quick_periods(page: ReportsPage) -> None:
    page.period.choose("last_year")
    assert page.period.period() == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    page.period.choose("month")
    assert page.period.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def test_cancel_stops_the_build_and_writes_nothing(ctx: AppContext, page: ReportsPage) -> None:
    page.set_report("general-ledger")

    class Signal:
        def emit(self, done: int, total: int) -> None:
            pass

    progress = Progress(Signal())
    progress.cancel()
    doc = page._builder()(progress)
    with pytest.raises(Cancelled):
        render_html(doc)  # the ledger's rows stream, and check Cancel as they come
    page._failed(Cancelled())
    assert "Cancelled" in page.message.text() and not page.busy


def test_new_accounts_appear_after_a_change(page: ReportsPage, ctx: AppContext) -> None:
    before = page.account.count()
    books.add_account(ctx.uow, "1106", "Petty cash, site office", "11")
    assert page.account.count() == before + 1
    assert ReportsPage.title() == "Reports"


def test_screenshot(qtbot: QtBot, page: ReportsPage) -> None:
    """A picture of the page with a preview for a human to look at (/tmp/reports-*.png)."""
    run_preview(qtbot, page)
    page.grab().save("/tmp/reports-trial-balance.png")
    page.set_report("production-sales")
    run_preview(qtbot, page)
    page.grab().save("/tmp/reports-production.png")
    page.set_report("account-statement")
    page.account.setCurrentIndex(page.account.findData("1105"))
    run_preview(qtbot, page)
    page.grab().save("/tmp/reports-account.png")
