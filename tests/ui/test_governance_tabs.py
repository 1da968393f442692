"""The officers and grievances tabs, driven through their widgets (pytest-qt, offscreen,
SQLite): the team in office with its warnings, every term on request, a mandate added and one
ended early through the dialogs, read-only for a treasurer; the register of grievances hidden
from a treasurer (nothing read) and kept by a secretary - opened, a step, closed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import grievances, officers, services
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.ui.pages.gov_grievances import (
    CloseGrievanceDialog,
    GrievancesTab,
    OpenGrievanceDialog,
    StepDialog,
)
from coopdesk.ui.pages.gov_officers import AddMandateDialog, EndMandateDialog, OfficersTab
from tests.conftest import add_role_users
from tests.ui.helpers import make_ctx, on_modal

Q = TypeVar("Q", bound=QDialog)
BOARD = "Consejo de Administración"
SHOTS = Path("/tmp/gov")
TODAY = dt.date(2026, 11, 15)
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M")]


@pytest.fixture
def coop(sqlite_admin: UnitOfWork) -> UnitOfWork:
    services.save_bylaws(sqlite_admin, COLOMBIA)
    for first, last, sex in NAMES:
        members.register_member(sqlite_admin, MemberInput(first, last, sex,
                                                          dt.date(1980, 1, 1), "digger",
                                                          dt.date(2020, 1, 1)), Status.ACTIVE)
    return sqlite_admin


def text_at(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item.text()


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def cells(tab: OfficersTab) -> list[list[str]]:
    t = tab.table
    return [[text_at(t, r, c) for c in range(5)] for r in range(t.rowCount())]


def test_the_officers_tab(qtbot: QtBot, coop: UnitOfWork, tmp_path: Path) -> None:
    for n in (1, 2, 3, 4):
        officers.add_mandate(coop, n, BOARD, dt.date(2025, 1, 1))      # ends 2026-12-31
    tab = OfficersTab(make_ctx(coop, tmp_path), today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    assert cells(tab)[0] == [BOARD, "1 - Rosa Quispe", "2025-01-01", "2026-12-31", "46"]
    assert tab.table.rowCount() == 4
    warnings = tab.warnings_label.text()
    assert "Rosa Quispe's term as Consejo de Administración ends on 2026-12-31 (46 days)." \
        in warnings
    assert "Consejo de Administración: 4 of 5 seats filled." in warnings
    assert "#8a4f00" in warnings
    assert tab.table.isColumnHidden(5)

    # A fifth member by hand; refused first for a member who already sits.
    def add(d: AddMandateDialog) -> None:
        d.member.setValue(1)
        d.position.setCurrentIndex(d.position.findData(BOARD))
        d.starts.setDate(QDate(2026, 6, 1))
        d.ok.click()
        assert d.isVisible() and "already holds" in d.errors["member"].text()
        d.member.setValue(5)
        d.ok.click()

    seen = on_modal(AddMandateDialog, add)
    click(qtbot, tab.add_button)
    assert seen and seen[0].mandate_id is not None
    assert tab.table.rowCount() == 5
    assert "4 of 5 seats" not in tab.warnings_label.text()

    # Rosa resigns.
    tab.table.selectRow(0)
    assert tab.end_button.isEnabled()

    def end(d: EndMandateDialog) -> None:
        d.on.setDate(QDate(2026, 11, 10))
        d.ok.click()                                   # no reason: refused, named
        assert d.isVisible() and d.errors["reason"].text() == "Say why the term ends early."
        d.reason.setText("Resigned")
        d.ok.click()

    on_modal(EndMandateDialog, end)
    click(qtbot, tab.end_button)
    assert [r[1] for r in cells(tab)] == ["2 - Juan Mamani", "3 - Eva Huanca",
                                          "4 - Luis Condori", "5 - Carmen Ticona"]
    tab.show_all.setChecked(True)
    assert tab.table.rowCount() == 5 and not tab.table.isColumnHidden(5)
    assert text_at(tab.table, 0, 5) == "2026-11-10: Resigned"
    assert text_at(tab.table, 0, 4) == "–"
    tab.show_all.setChecked(False)
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / "officers_tab.png"))

    users = add_role_users(coop)
    reader = OfficersTab(make_ctx(users[Role.TREASURER], tmp_path), today=lambda: TODAY)
    qtbot.addWidget(reader)
    assert reader.table.rowCount() == 4
    reader.table.selectRow(0)
    assert not reader.add_button.isEnabled() and not reader.end_button.isEnabled()


def test_the_grievances_tab(qtbot: QtBot, coop: UnitOfWork, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    users = add_role_users(coop)
    grievances.open_grievance(users[Role.SECRETARY], dt.date(2026, 5, 1), "payment",
                              "Luis Condori; the treasurer", "Says his May gold was weighed "
                              "short.")
    # The treasurer: one sentence, and the register is never read.
    read: list[str] = []
    real = grievances.grievances

    def spy(uow: UnitOfWork, *, open_only: bool = False) -> list[grievances.Grievance]:
        read.append(uow.actor.username)
        return real(uow, open_only=open_only)

    monkeypatch.setattr(grievances, "grievances", spy)
    hidden = GrievancesTab(make_ctx(users[Role.TREASURER], tmp_path))
    qtbot.addWidget(hidden)
    hidden.resize(1000, 600)
    hidden.show()
    assert hidden.stack.currentWidget() is hidden.closed_page
    assert "bylaws keep the register" in hidden.closed_text.text()
    assert hidden.table.rowCount() == 0 and read == []
    hidden.grab().save(str(SHOTS / "grievances_tab_hidden.png"))

    tab = GrievancesTab(make_ctx(users[Role.SECRETARY], tmp_path))
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    assert read == ["secretary"]
    assert tab.stack.currentWidget() is tab.register_page
    assert [text_at(tab.table, 0, c) for c in range(4)] == [
        "2026-05-01", "Payments and benefit sharing", "Luis Condori; the treasurer", "open"]
    assert "weighed short" in tab.details.toPlainText()

    def open_one(d: OpenGrievanceDialog) -> None:
        d.category.setCurrentIndex(d.category.findData("land"))
        d.opened_on.setDate(QDate(2026, 6, 2))
        d.summary.setPlainText("The neighbours' fence crosses the claim.")
        d.ok.click()
        assert d.isVisible() and d.errors["parties"].text() == "Name the parties to the " \
            "grievance."
        d.parties.setText("Marco Choque; the Apaza family")
        d.ok.click()

    seen = on_modal(OpenGrievanceDialog, open_one)
    click(qtbot, tab.open_button)
    assert seen and seen[0].grievance_id is not None
    assert tab.table.rowCount() == 2
    assert text_at(tab.table, 0, 2) == "Marco Choque; the Apaza family"
    tab.table.selectRow(1)

    def step(d: StepDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("mediation"))
        d.on.setDate(QDate(2026, 5, 8))
        d.note.setPlainText("Both heard by the supervisory committee; the scale to be checked.")
        d.ok.click()

    on_modal(StepDialog, step)
    click(qtbot, tab.step_button)
    g = tab.selected()
    assert g is not None and g.status == grievances.MEDIATION and len(g.steps) == 1
    assert text_at(tab.table, 1, 3) == "in mediation"
    assert "scale to be checked" in tab.details.toPlainText()

    def close(d: CloseGrievanceDialog) -> None:
        d.on.setDate(QDate(2026, 5, 20))
        d.outcome.setPlainText("The scale read 0.4 g low; the difference was paid.")
        d.ok.click()

    on_modal(CloseGrievanceDialog, close)
    click(qtbot, tab.close_button)
    g = tab.selected()
    assert g is not None and g.status == grievances.RESOLVED
    assert not tab.step_button.isEnabled() and not tab.close_button.isEnabled()
    assert "0.4 g low" in tab.details.toPlainText()
    tab.open_only.setChecked(True)
    assert tab.table.rowCount() == 1
    tab.open_only.setChecked(False)
    tab.table.selectRow(1)
    tab.grab().save(str(SHOTS / "grievances_tab.png"))
