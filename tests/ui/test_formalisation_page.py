"""The formalisation page, driven through its widgets (pytest-qt, offscreen, SQLite): stages
added and changed through the stage dialog (a refusal shown under its field), the stepper's
states and words, the warnings banner, a document kept from a file chooser and saved back, a
fee linked from the books' payments, the exports, and read-only for the supervisory
committee."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import formalisation as fp
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.formal_forms import FeeDialog, StageDialog
from coopdesk.ui.pages.formalisation import FormalisationPage
from tests.conftest import add_role_users
from tests.ui.helpers import make_ctx, on_modal

TODAY = dt.date.today()
SHOTS = Path("/tmp/p7")
WAIT_MS = 20_000
PDF = b"%PDF-1.4\n%%EOF\n"


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def coop(sqlite_admin: UnitOfWork) -> UnitOfWork:
    uow = sqlite_admin
    members.add_site(uow, "Mina El Cogote", "gold")
    for n, (first, last, expiry) in enumerate((("Rosa", "Quispe", days(-3)),
                                               ("Juan", "Mamani", days(20)),
                                               ("Eva", "Huanca", days(400)),
                                               ("Luis", "Condori", None))):
        members.register_member(uow, MemberInput(first, last, "F", dt.date(1980, 1, 1),
                                                 "digger", dt.date(2020, 1, 1),
                                                 miner_card_no=f"MS-{n}" if expiry else None,
                                                 miner_card_expiry=expiry), Status.ACTIVE)
    books.install_chart(uow, "general")
    books.open_fiscal_year(uow, str(TODAY.year), dt.date(TODAY.year, 1, 1),
                           dt.date(TODAY.year, 12, 31))
    cashbook.record(uow, CashInput("royalties", TODAY, Decimal("1250000"),
                                   "Pago derechos de trámite licencia ambiental"))
    return uow


@pytest.fixture
def ctx(coop: UnitOfWork, tmp_path: Path) -> AppContext:
    return make_ctx(coop, tmp_path)


def make_page(qtbot: QtBot, ctx: AppContext) -> FormalisationPage:
    page = FormalisationPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def chosen(page: FormalisationPage) -> fp.StageRow:
    row = page.selected()
    assert row is not None
    return row


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_path_built_through_the_page(qtbot: QtBot, ctx: AppContext, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, ctx)
    assert page.stepper.states() == [] and not page.banner.isHidden()
    assert "1 active members' miner cards have expired: Rosa Quispe" in page.banner.text()
    assert "2 of 4 active members hold a valid miner card" in page.summary.text()

    # a licence, refused first for a granted stage without its reference number
    def add(d: StageDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("provincial_licence"))
        assert "environmental licence" in d.kind_help.text()
        d.title_edit.setText("Environmental licence")
        d.authority.setText("CORANTIOQUIA")
        d.status.setCurrentIndex(d.status.findData("granted"))
        d.applied.setDate(qdate(days(-400)))
        d.issued.setDate(qdate(days(-300)))
        d.expires.setDate(qdate(days(45)))
        d.site.setCurrentIndex(d.site.findText("Mina El Cogote"))
        d.ok.click()
        assert d.isVisible() and "reference number" in d.errors["reference_no"].text()
        d.reference.setText("LA-2021-77")
        d.ok.click()

    seen = on_modal(StageDialog, add)
    click(qtbot, page.add_button)
    assert seen and seen[0].stage_id is not None
    licence = seen[0].stage_id

    def add_registration(d: StageDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("coop_registration"))
        d.title_edit.setText("Chamber of Commerce registration")
        d.status.setCurrentIndex(d.status.findData("applied"))
        d.applied.setDate(qdate(days(-30)))
        d.ok.click()

    seen = on_modal(StageDialog, add_registration)
    click(qtbot, page.add_button)
    registration = seen[0].stage_id
    assert page.stepper.states() == [("Chamber of Commerce registration", "applied"),
                                     ("Environmental licence", "expiring")]
    assert chosen(page).id == registration
    assert "Environmental licence (CORANTIOQUIA) expires on" in page.banner.text()
    assert page.stepper.state_text(page.rows[1]) == "Expiring soon: 45 days left"

    # the registration granted through the edit dialog; a date before the application refused
    def grant(d: StageDialog) -> None:
        assert d.title_edit.text() == "Chamber of Commerce registration"
        d.status.setCurrentIndex(d.status.findData("granted"))
        d.reference.setText("S-0042")
        d.issued.setDate(qdate(days(-31)))
        d.ok.click()
        assert d.isVisible() and "before it was applied for" in d.errors["issued_on"].text()
        d.issued.setDate(qdate(days(-2)))
        d.ok.click()

    on_modal(StageDialog, grant)
    click(qtbot, page.edit_button)
    assert page.stepper.states()[0] == ("Chamber of Commerce registration", "granted")
    assert page.fields["reference"].text() == "S-0042"
    assert "Granted, valid" in page.fields["status"].text()

    # clicking the second circle chooses the licence
    centre = page.stepper.centre(1).toPoint()
    qtbot.mouseClick(page.stepper, Qt.MouseButton.LeftButton, pos=centre)
    assert chosen(page).id == licence
    assert page.fields["site"].text() == "Mina El Cogote"
    assert page.fields["expires"].text() == f"{days(45)} (in 45 days)"

    # a document from the file chooser; a text file refused
    scan = tmp_path / "licencia.pdf"
    scan.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    click(qtbot, page.attach_button)
    assert page.doc_table.rowCount() == 1
    assert cell(page.doc_table, 0, 0) == "licencia.pdf"
    assert cell(page.doc_table, 0, 1) == "PDF"
    bad = tmp_path / "note.txt"
    bad.write_text("hello")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    errors: list[str] = []
    monkeypatch.setattr("coopdesk.ui.pages.formalisation.show_error",
                        lambda _p, exc: errors.append(str(exc)))
    click(qtbot, page.attach_button)
    assert errors and "note.txt is not a document" in errors[0]
    assert page.doc_table.rowCount() == 1
    page.doc_table.selectRow(0)
    assert page.save_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "copy.pdf"), ""))
    click(qtbot, page.save_button)
    assert (tmp_path / "copy.pdf").read_bytes() == PDF
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    click(qtbot, page.open_button)
    assert opened and Path(opened[0]).read_bytes() == PDF

    # a fee linked from the books' payments; the amount comes from the books
    def link(d: FeeDialog) -> None:
        assert d.table.rowCount() == 1
        assert cell(d.table, 0, 3) == "1,250,000.00"
        assert d.choose(f"{TODAY.year}/1")
        d.note.setText("evaluation fee")
        d.ok.click()

    on_modal(FeeDialog, link)
    click(qtbot, page.link_button)
    assert page.fee_table.rowCount() == 1
    assert cell(page.fee_table, 0, 3) == "1,250,000.00"
    assert page.fee_total.text() == "Total 1,250,000.00 COP"
    assert fp.stage(ctx.uow, licence, TODAY).fees_total == Decimal("1250000")

    # exported as PDF and Excel, off the GUI thread
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "path"), "Excel (*.xlsx)"))
    click(qtbot, page.xlsx_button)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
    assert page.last_export == tmp_path / "path.xlsx"
    wb = openpyxl.load_workbook(tmp_path / "path.xlsx")
    assert [r[1] for r in wb.worksheets[1].iter_rows(min_row=2, max_row=3, values_only=True)] \
        == ["Chamber of Commerce registration", "Environmental licence"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "path.pdf"), "PDF (*.pdf)"))
    click(qtbot, page.pdf_button)
    qtbot.waitUntil(lambda: page.last_export == tmp_path / "path.pdf", timeout=WAIT_MS)
    assert (tmp_path / "path.pdf").read_bytes().startswith(b"%PDF")
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "formal-test-page.png"))


def test_the_stepper_shows_every_state(qtbot: QtBot, ctx: AppContext) -> None:
    uow = ctx.uow
    fp.add_stage(uow, "miner_registration", "Miner certificates", reference_no="R-1",
                 issued_on=days(-100))
    fp.add_stage(uow, "coop_registration", "Registration", reference_no="S-1",
                 issued_on=days(-900), expires_on=days(-1))
    fp.add_stage(uow, "provincial_licence", "Licence", reference_no="L-1",
                 issued_on=days(-300), expires_on=days(0))
    fp.add_stage(uow, "national_licence", "Title", applied_on=days(-10))
    fp.add_stage(uow, "mining_zone", "Zone")
    fp.add_stage(uow, "other", "Buyer audit", applied_on=days(-50), status="refused")
    page = make_page(qtbot, ctx)
    assert [s for _t, s in page.stepper.states()] == [
        "granted", "expired", "expiring", "applied", "not_started", "refused"]
    assert [page.stepper.state_text(r) for r in page.rows] == [
        "Granted, valid", "Expired", "Expiring soon: expires today", "Applied, in progress",
        "Not started", "Refused"]
    # the current step is the first not granted and valid: the expired registration
    assert chosen(page).title == "Registration"
    assert "expired on" in page.banner.text() and "expires today" in page.banner.text()
    page.select(0)
    assert page.fields["cards"].text() == "2 of 4 active members hold a valid miner card"
    assert page.stage_form.isRowVisible(page.fields["cards"])
    page.select(1)
    assert not page.stage_form.isRowVisible(page.fields["cards"])
    page.grab().save(str(SHOTS / "formal-states.png"))
    # the hub refreshes the page when another window writes
    fp.update_stage(uow, page.rows[1].id, expires_on=days(200))
    assert page.stepper.states()[1] == ("Registration", "granted")


def test_read_only_for_the_supervisory_committee(qtbot: QtBot, ctx: AppContext) -> None:
    fp.add_stage(ctx.uow, "mining_zone", "Zone")
    reader = add_role_users(ctx.uow)[Role.SUPERVISORY]
    page = FormalisationPage(AppContext(reader, ctx.hub, ctx.settings), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.stepper.states() == [("Zone", "not_started")]
    for b in (page.add_button, page.edit_button, page.remove_button, page.attach_button,
              page.link_button):
        assert not b.isEnabled()
        assert "may read the formalisation path" in b.toolTip()
    assert page.pdf_button.isEnabled()
