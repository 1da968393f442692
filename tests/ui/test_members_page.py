"""The Members page and its dialogs, driven as a secretary would: through the widgets."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.errors import PermissionDenied
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import queries, services, shares
from coopdesk.members.queries import MemberFilter
from coopdesk.members.rules import MemberInput, Status
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import MemberFormDialog, load_photo, set_date
from coopdesk.ui.dialogs.share_dialog import ShareDialog
from coopdesk.ui.dialogs.site_dialog import SiteDialog, SitesDialog
from coopdesk.ui.dialogs.status_dialog import CensusDialog, StatusDialog
from coopdesk.ui.hub import Hub
from coopdesk.ui.models.member_table import COLUMNS
from coopdesk.ui.pages.members import MembersPage
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.wizards.import_wizard import ImportWizard
from tests.conftest import add_role_users

D = TypeVar("D", bound=QDialog)
TODAY = dt.date.today()
WAIT_MS = 20000


def person(first: str, last: str, sex: str = "F", born: int = 1980, **kw: Any) -> MemberInput:
    return MemberInput(first_names=first, last_names=last, sex=sex,
                       birth_date=dt.date(born, 5, 17), role=kw.pop("role", "digger"),
                       join_date=dt.date(2020, 1, 10), **kw)


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
def page(qtbot: QtBot, ctx: AppContext) -> MembersPage:
    widget = MembersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.fixture
def three(ctx: AppContext) -> AppContext:
    uow = ctx.uow
    services.register_member(uow, person("María José", "Núñez", phone="+57 300 111 2233"),
                             Status.ACTIVE)
    services.register_member(uow, person("Pedro", "Gómez", "M", 1975), Status.ACTIVE)
    services.register_member(uow, person("Ana", "Ríos", born=1990), Status.APPLICANT)
    return ctx


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


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def fill_form(qtbot: QtBot, d: MemberFormDialog, born: dt.date = dt.date(1985, 3, 2)) -> None:
    qtbot.keyClicks(d.first_names, "Luz Dary")
    d.last_names.setText("Hincapié")  # QTest types ASCII only
    d.sex_f.click()
    set_date(d.birth_date, born)
    d.role.setCurrentIndex(d.role.findData("processor"))


# ---- the form --------------------------------------------------------------------------------

def test_register_a_member_through_the_form(qtbot: QtBot, page: MembersPage) -> None:
    def register(d: MemberFormDialog) -> None:
        fill_form(qtbot, d)
        qtbot.keyClicks(d.national_id, "43.111.222")
        d.consents["data"].click()
        assert d.ok.isEnabled()
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen = on_modal(MemberFormDialog, register)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    detail = queries.member_detail(page.ctx.uow, 1)
    assert (detail.data.first_names, detail.data.last_names) == ("Luz Dary", "Hincapié")
    assert detail.data.role == "processor" and detail.data.national_id == "43.111.222"
    assert detail.data.consents == frozenset({"data"})
    assert detail.status == Status.APPLICANT
    assert page.model.rowCount() == 1  # refreshed through the hub
    assert page.detail is not None and page.detail.number == 1  # and selected
    assert page.panel.name.text() == "Luz Dary Hincapié"
    assert "registered" in page.message.text()


def test_a_minor_shows_the_message_and_ok_stays_disabled(qtbot: QtBot,
                                                          ctx: AppContext) -> None:
    d = MemberFormDialog(ctx.uow, None, today=dt.date(2026, 3, 1))
    qtbot.addWidget(d)
    assert not d.ok.isEnabled()
    assert "Still to fill in" in d.summary.text()
    fill_form(qtbot, d, born=dt.date(2012, 4, 3))
    error = d.errors["birth_date"]
    assert not error.isHidden()
    assert "A minor cannot be registered" in error.text() and "13 years old" in error.text()
    assert not d.ok.isEnabled()
    d.accept()  # even forced, nothing is written
    assert queries.count_members(ctx.uow) == 0
    set_date(d.birth_date, dt.date(1990, 4, 3))
    assert error.isHidden() and d.ok.isEnabled()


def test_a_duplicate_national_id_is_shown_at_its_field(qtbot: QtBot, three: AppContext) -> None:
    services.update_member(three.uow, 2, person("Pedro", "Gómez", "M", 1975,
                                                national_id="1234567"))
    d = MemberFormDialog(three.uow, None)
    qtbot.addWidget(d)
    fill_form(qtbot, d)
    qtbot.keyClicks(d.national_id, "1234567")
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    assert d.result() != QDialog.DialogCode.Accepted
    assert "already registered to member 2" in d.errors["national_id"].text()
    assert queries.count_members(three.uow) == 3
    qtbot.keyClick(d.national_id, Qt.Key.Key_Backspace)  # any change clears it
    assert d.errors["national_id"].isHidden()


def test_edit_a_member(qtbot: QtBot, page: MembersPage, three: AppContext) -> None:
    page.table.selectRow(1)
    assert page.selected_number() == 2

    def edit(d: MemberFormDialog) -> None:
        assert d.first_names.text() == "Pedro"
        d.phone.setText("+57 310 999 8877")
        d.locality.setText("Segovia")
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen = on_modal(MemberFormDialog, edit)
    qtbot.mouseClick(page.panel.edit_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert queries.member_detail(three.uow, 2).data.phone == "+57 310 999 8877"
    assert page.panel.values["locality"].text() == "Segovia"
    assert page.selected_number() == 2  # the selection survives the refresh


def test_change_status_with_a_reason(qtbot: QtBot, page: MembersPage, three: AppContext) -> None:
    page.table.selectRow(0)

    def suspend(d: StatusDialog) -> None:
        assert set(d.choices) == {Status.SUSPENDED, Status.EXITED, Status.DECEASED}
        d.choose(Status.SUSPENDED)
        assert not d.ok.isEnabled()  # the reason is required
        qtbot.keyClicks(d.reason, "Missed three assemblies")
        assert d.ok.isEnabled()
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen = on_modal(StatusDialog, suspend)
    qtbot.mouseClick(page.panel.status_button, Qt.MouseButton.LeftButton)
    assert seen
    detail = queries.member_detail(three.uow, 1)
    assert detail.status == Status.SUSPENDED
    assert detail.history[-1].reason == "Missed three assemblies"
    assert "Missed three assemblies" in page.panel.history.item(0).text()
    assert "Suspended" in page.panel.status.text()
    status_col = COLUMNS.index("status")
    assert page.model.data(page.model.index(0, status_col)) == "Suspended"


def test_read_only_roles_see_disabled_buttons_and_the_service_refuses(
        qtbot: QtBot, page: MembersPage, three: AppContext, boxes: list[str]) -> None:
    page.table.selectRow(0)
    assert page.new_button.isEnabled() and page.panel.edit_button.isEnabled()
    users = add_role_users(three.uow)
    three.uow = users[Role.SUPERVISORY]  # the user changed (a lock, then another login)
    page.refresh()
    page.table.selectRow(0)
    for button in (page.new_button, page.import_button, page.panel.edit_button,
                   page.panel.status_button, page.panel.photo_button,
                   page.panel.census_button, page.panel.shares_button):
        assert not button.isEnabled(), button.objectName()
    assert page.register_button.isEnabled() and page.pdf_button.isEnabled()  # reading is open
    with pytest.raises(PermissionDenied):
        services.change_status(three.uow, 1, Status.SUSPENDED, TODAY, "x")
    # The share dialog's path to the service is refused by the service itself too.
    dialog = ShareDialog(three.uow, 1)
    qtbot.addWidget(dialog)
    assert not dialog.record_button.isEnabled()
    assert dialog.record() is None
    assert boxes and "may not" in boxes[-1]
    assert shares.register_rows(three.uow, 1) == []
    form = MemberFormDialog(three.uow, 1)
    qtbot.addWidget(form)
    assert not form.ok.isVisible() and not form.first_names.isEnabled()

    three.uow = users[Role.TREASURER]
    page.refresh()
    page.table.selectRow(0)
    assert page.panel.shares_button.isEnabled() and not page.panel.edit_button.isEnabled()


def test_set_a_photo_from_a_png(qtbot: QtBot, page: MembersPage, three: AppContext,
                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    image = QImage(1200, 900, QImage.Format.Format_ARGB32)
    image.fill(QColor(200, 40, 40, 255))
    path = tmp_path / "face.png"
    assert image.save(str(path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(path), "Pictures (*.png)"))
    page.table.selectRow(2)
    assert page.panel.photo.pixmap().isNull()
    qtbot.mouseClick(page.panel.photo_button, Qt.MouseButton.LeftButton)
    data = services.get_photo(three.uow, 3)
    assert data is not None and data.startswith(b"\xff\xd8")  # JPEG
    stored = QImage.fromData(data)
    assert (stored.width(), stored.height()) == (400, 300)
    assert abs(stored.pixelColor(10, 10).red() - 200) < 8
    assert not page.panel.photo.pixmap().isNull()
    # A transparent PNG becomes a white-backed JPEG.
    clear = QImage(50, 50, QImage.Format.Format_ARGB32)
    clear.fill(QColor(0, 0, 0, 0))
    clear.save(str(tmp_path / "clear.png"))
    flat = QImage.fromData(load_photo(str(tmp_path / "clear.png")))
    assert flat.pixelColor(5, 5).lightness() > 240


def test_the_form_sets_and_removes_a_photo(qtbot: QtBot, three: AppContext,
                                           tmp_path: Path) -> None:
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(tmp_path / "p.png"))
    d = MemberFormDialog(three.uow, 1)
    qtbot.addWidget(d)
    d.set_photo_bytes(load_photo(str(tmp_path / "p.png")))
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    assert services.get_photo(three.uow, 1) is not None
    d = MemberFormDialog(three.uow, 1)
    qtbot.addWidget(d)
    assert d.remove_photo_button.isEnabled()
    qtbot.mouseClick(d.remove_photo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    assert services.get_photo(three.uow, 1) is None


# ---- finding -------------------------------------------------------------------------------

def test_search_waits_for_a_pause_then_filters_in_sql(qtbot: QtBot, page: MembersPage,
                                                      three: AppContext) -> None:
    assert page.count.text() == "3 members"
    qtbot.keyClicks(page.search, "nunez")
    assert page.model.member_filter.text == ""  # not on every key: after a pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.count.text() == "1 member"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=2000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("applicant"))
    assert page.model.rowCount() == 1
    assert page.model.member_filter == MemberFilter(status="applicant")
    page.status_filter.setCurrentIndex(0)
    page.sex_filter.setCurrentIndex(page.sex_filter.findData("M"))
    assert page.model.rowCount() == 1


def test_sorting_by_a_header_click(qtbot: QtBot, page: MembersPage, three: AppContext) -> None:
    header = page.table.horizontalHeader()
    col = COLUMNS.index("last_names")
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert page.model.sort_key == "last_names"
    names = [page.model.data(page.model.index(r, col)) for r in range(3)]
    assert names == sorted(names, reverse=page.model.descending)
    assert names[0] in ("Gómez", "Ríos")


def test_keyboard_opens_and_finds(qtbot: QtBot, page: MembersPage, three: AppContext) -> None:
    page.activateWindow()
    page.table.setFocus()
    page.table.selectRow(1)
    seen = on_modal(MemberFormDialog, lambda d: None)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen and seen[0].number == 2
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    seen_new = on_modal(MemberFormDialog, lambda d: None)
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen_new and seen_new[0].number is None


# ---- import and exports --------------------------------------------------------------------

CSV = ("Nombres;Apellidos;Sexo;Fecha de nacimiento;Cédula;Rol;Fecha de ingreso\n"
       "Rosa;Cardona;F;1980-02-03;99001;digger;2024-01-05\n"
       "Jorge;Ríos;M;2015-02-03;99002;digger;2024-01-05\n"
       "Ana;Mejía;F;1979-12-01;99003;trader;2024-01-05\n")


def run_wizard(qtbot: QtBot, uow: UnitOfWork, path: Path) -> ImportWizard:
    w = ImportWizard(uow)
    qtbot.addWidget(w)
    w.show()
    assert w.file_page.load(path)
    assert "3 row(s)" in w.file_page.summary.text()
    w.next()
    assert w.currentPage() is w.mapping_page
    assert w.mapping_page.combos["last_names"].currentData() == "Apellidos"
    assert w.mapping_page.isComplete()
    w.next()
    assert w.currentPage() is w.preview_page
    qtbot.waitUntil(lambda: w.preview_value is not None, timeout=WAIT_MS)
    return w


def test_import_a_csv_through_the_wizard(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "socios.csv"
    path.write_text(CSV, encoding="utf-8")
    w = run_wizard(qtbot, ctx.uow, path)
    pv = w.preview_value
    assert pv is not None
    assert (pv.valid_count, pv.invalid_count, pv.duplicate_count) == (2, 1, 0)
    assert "2 row(s) ready to import · 1 with problems" in w.preview_page.counts.text()
    table = w.preview_page.table
    assert table.rowCount() == 1 and cell(table, 0, 0) == "3"
    assert "minor" in cell(table, 0, 2)
    assert not w.preview_page.import_all.isEnabled()
    assert w.preview_page.import_valid.isEnabled()
    assert queries.count_members(ctx.uow) == 0  # nothing written before accepting
    w.preview_page.import_valid.setChecked(True)
    assert w.preview_page.isComplete()
    w.next()
    qtbot.waitUntil(lambda: w.result_value is not None, timeout=WAIT_MS)
    result = w.result_value
    assert result is not None and result.created == 2 and result.skipped_invalid == 1
    assert "2 member(s) registered" in w.result_page.outcome.text()
    assert queries.count_members(ctx.uow) == 2

    again = run_wizard(qtbot, ctx.uow, path)
    assert again.preview_value is not None and again.preview_value.duplicate_count == 2
    assert "already imported" in again.preview_page.warning.text()


def test_the_mapping_page_wants_the_required_fields(qtbot: QtBot, ctx: AppContext,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "socios.csv"
    path.write_text(CSV, encoding="utf-8")
    w = ImportWizard(ctx.uow)
    qtbot.addWidget(w)
    w.show()
    bad = tmp_path / "socios.pdf"
    bad.write_bytes(b"%PDF-1.4")
    assert not w.file_page.load(bad)
    assert not w.file_page.error.isHidden()
    assert w.file_page.load(path)
    w.next()
    w.mapping_page.set_column("birth_date", None)
    assert not w.mapping_page.isComplete()
    assert "Date of birth" in w.mapping_page.error.text()
    w.mapping_page.set_column("birth_date", "Fecha de ingreso")
    assert "chosen for" in w.mapping_page.error.text()
    w.mapping_page.set_column("birth_date", "Fecha de nacimiento")
    assert w.mapping_page.isComplete()


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_export_excel_and_pdf(qtbot: QtBot, page: MembersPage, three: AppContext,
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    page.status_message.connect(lambda _text: threads.append(threading.get_ident()))
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    _save_to(monkeypatch, tmp_path / "register")  # no suffix: the page adds it
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
    assert page.last_export == tmp_path / "register.xlsx"
    book = openpyxl.load_workbook(tmp_path / "register.xlsx", read_only=True)
    cells = {str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if v is not None}
    book.close()
    assert {"Núñez", "María José", "Gómez", "Pedro"} <= cells
    assert "Ríos" not in cells  # the applicant is filtered out, as in the table
    assert "Saved" in page.message.text()
    assert threads == [threading.get_ident()]  # the result came back on the GUI thread

    _save_to(monkeypatch, tmp_path / "register.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")

    _save_to(monkeypatch, tmp_path / "cards.pdf")
    page.table.selectRow(0)
    page.export_cards(selected_only=True)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
    assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF")


# ---- census, shares, sites -----------------------------------------------------------------

def test_verify_members_in_a_new_census(qtbot: QtBot, three: AppContext) -> None:
    d = CensusDialog(three.uow, [1, 3])
    qtbot.addWidget(d)
    assert not d.ok.isEnabled()  # no census yet
    d.open_census()
    assert "needs a name" in d.census_error.text()
    qtbot.keyClicks(d.new_name, "Census 2026")
    qtbot.mouseClick(d.open_button, Qt.MouseButton.LeftButton)
    assert d.census.count() == 1 and d.ok.isEnabled()
    qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)
    assert d.verified == 2
    assert [n for n, _d in queries.member_detail(three.uow, 3).censuses] == ["Census 2026"]
    assert queries.member_detail(three.uow, 2).censuses == []


def test_share_operations_from_the_dialog(qtbot: QtBot, three: AppContext) -> None:
    d = ShareDialog(three.uow, 1)
    qtbot.addWidget(d)
    assert d.model.rowCount() == 0
    d.shares.setValue(3)
    assert d.record() == 1
    assert "Shares held: 3" in d.balance.text()
    from coopdesk.members.shares import OpKind

    d.set_kind(OpKind.PAYMENT)
    assert d.form.isRowVisible(d.rows["amount"]) and not d.form.isRowVisible(d.shares)
    d.amount.setText("15.000,50")
    assert d.record() == 2
    assert shares.member_balance(three.uow, 1).paid == 1500050
    d.amount.setText("999999")
    assert d.record() is None
    assert "more than that" in d.error.text()
    d.set_kind(OpKind.REVERSAL)
    d.operation.setValue(2)
    assert d.record() is None and "reason" in d.error.text()
    d.note.setText("typed twice")
    assert d.record() == 3
    assert shares.member_balance(three.uow, 1).paid == 0
    assert d.model.rowCount() == 3
    everyone = ShareDialog(three.uow, None)
    qtbot.addWidget(everyone)
    assert everyone.member.isEnabled() and "3 operation(s)" in everyone.balance.text()


def test_add_a_site_and_list_sites(qtbot: QtBot, three: AppContext) -> None:
    listing = SitesDialog(three.uow)
    qtbot.addWidget(listing)
    assert listing.table.rowCount() == 0 and not listing.empty.isHidden()
    d = SiteDialog(three.uow)
    qtbot.addWidget(d)
    d.name.setText("La Esperanza")
    d.latitude.setText("north")
    d.accept()
    assert "not a number" in d.errors["latitude"].text()
    d.latitude.setText("95")
    d.accept()
    assert "between -90 and 90" in d.errors["latitude"].text()
    d.latitude.setText("7,0847")
    d.longitude.setText("-74.7027")
    d.mineral.setText("gold")
    d.accept()
    assert d.site_id is not None
    services.update_member(three.uow, 1, person("María José", "Núñez",
                                                site_ids=(d.site_id,)))
    listing.reload()
    assert cell(listing.table, 0, 0) == "La Esperanza"
    assert cell(listing.table, 0, 2) == "7.08470"
    assert cell(listing.table, 0, 5) == "1"


def test_a_change_elsewhere_refreshes_the_page(qtbot: QtBot, page: MembersPage,
                                               three: AppContext) -> None:
    assert page.model.rowCount() == 3
    page.table.selectRow(2)
    services.register_member(three.uow, person("Carmen", "Zapata"))
    assert page.model.rowCount() == 4
    assert page.count.text() == "4 members"
    assert page.selected_number() == 3
    page.hide()
    services.register_member(three.uow, person("Rosa", "Mejía"))
    assert page.stale and page.model.rowCount() == 4  # no work while hidden
    page.show()
    assert page.model.rowCount() == 5 and not page.stale
    assert MembersPage.title() == "Members"
