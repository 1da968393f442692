"""The incidents tab driven through its widgets (pytest-qt, offscreen, SQLite): an incident
recorded through the dialog (the mercury field only for mercury, a day ahead refused under
its field with nothing written), closed through the dialog, open ones first, serious ones in
words, the summary line, read-only for the supervisory committee, the register exported."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import training
from coopdesk.ui.dialogs.training_forms import CloseIncidentDialog, IncidentDialog
from coopdesk.ui.pages.std_incidents import IncidentsTab
from tests.conftest import add_role_users
from tests.ui.helpers import make_ctx, on_modal

TODAY = dt.date.today()


def _coop(uow: UnitOfWork) -> int:
    members.register_member(uow, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                             "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    return members.add_site(uow, "Mina El Cogote", "gold")


def test_record_and_close(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path) -> None:
    _coop(sqlite_admin)
    training.record_incident(sqlite_admin, TODAY - dt.timedelta(days=40), "accident",
                             "minor", "Golpe en la mano")
    training.close_incident(sqlite_admin, 1, TODAY - dt.timedelta(days=39), "Guantes")
    tab = IncidentsTab(make_ctx(sqlite_admin, tmp_path))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    assert tab.summary.text().startswith("40 days since the last accident")

    def ahead(d: IncidentDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("accident"))
        assert d.mercury.isHidden()
        d.date.setDate(QDate.currentDate().addDays(1))
        d.description.setPlainText("Caída")
        d.accept()
        assert "day ahead" in d.errors["date"].text()
        assert d.isVisible()

    seen = on_modal(IncidentDialog, ahead)
    tab.record()
    assert seen and len(training.incidents(sqlite_admin)) == 1

    def mercury(d: IncidentDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("mercury_use"))
        assert not d.mercury.isHidden()
        d.site.setCurrentIndex(1)
        d.description.setPlainText("Amalgamación")
        d.accept()
        assert "grams" in d.errors["mercury_grams"].text()
        d.mercury.setText("120,5")
        d.accept()

    seen = on_modal(IncidentDialog, mercury)
    tab.record()
    assert seen[0].number == 2
    assert training.incident(sqlite_admin, 2).mercury_grams == Decimal("120.5")

    def serious(d: IncidentDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("accident"))
        d.severity.setCurrentIndex(d.severity.findData("serious"))
        d.member.setValue(1)
        d.description.setPlainText("Caída en el pique")
        d.accept()

    on_modal(IncidentDialog, serious)
    tab.record()
    # Open ones first (latest first), then the closed one.
    assert [r.number for r in tab.rows] == [3, 2, 1]
    assert tab.table.item(0, 3).text() == "SERIOUS"  # type: ignore[union-attr]
    assert tab.table.item(0, 5).text() == "1 Rosa Quispe"  # type: ignore[union-attr]
    assert tab.table.item(1, 6).text() == "120.5"  # type: ignore[union-attr]
    assert tab.summary.text().startswith("0 days since the last accident")
    assert "mercury this year: 120.5 g" in tab.summary.text()
    tab.grab().save("/tmp/p7/incidents-tab-test.png")

    tab.table.selectRow(0)

    def close(d: CloseIncidentDialog) -> None:
        d.action.setPlainText("Escalera metálica con línea de vida")
        d.accept()

    on_modal(CloseIncidentDialog, close)
    tab.close_selected()
    assert training.incident(sqlite_admin, 3).closed_on == TODAY
    assert [r.number for r in tab.rows] == [2, 3, 1]
    tab.table.selectRow(1)
    assert not tab.close_button.isEnabled()   # closed: not reopened
    tab.open_only.setChecked(True)
    assert [r.number for r in tab.rows] == [2]

    out = tmp_path / "incidents.xlsx"
    tab.export("xlsx", out)
    qtbot.waitUntil(lambda: tab.last_export == out, timeout=20000)
    rows = list(openpyxl.load_workbook(out)["Register"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:4]] == [1, 2, 3]


def test_read_only_for_the_supervisory_committee(qtbot: QtBot, sqlite_admin: UnitOfWork,
                                                 tmp_path: Path) -> None:
    _coop(sqlite_admin)
    training.record_incident(sqlite_admin, TODAY, "near_miss", "minor", "Roca suelta")
    sup = add_role_users(sqlite_admin)[Role.SUPERVISORY]
    tab = IncidentsTab(make_ctx(sup, tmp_path))
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 7).text() == "OPEN"  # type: ignore[union-attr]
    assert not tab.record_button.isEnabled()
    assert not tab.close_button.isEnabled()
    assert "Roca suelta" in tab.details.toPlainText()
