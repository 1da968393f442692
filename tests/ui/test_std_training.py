"""The training tab driven through its widgets (pytest-qt, offscreen, SQLite): a session made
through the dialog, its attendance ticked at the door with a search and saved, a bad list
refused in the dialog with nothing written, a planned session with no attendance, read-only
for the supervisory committee, the report exported; and the member detail's training list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.errors import BatchInvalid
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import training
from coopdesk.ui.dialogs.training_forms import AttendanceDialog, SessionDialog
from coopdesk.ui.pages.std_training import TrainingTab
from tests.conftest import add_role_users
from tests.ui.helpers import make_ctx, on_modal

TODAY = dt.date.today()
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("María", "Ticona", "F")]


def _coop(uow: UnitOfWork) -> None:
    for first, last, sex in NAMES:
        members.register_member(uow, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                 "digger", dt.date(2020, 1, 1)), Status.ACTIVE)


def test_sessions_and_attendance(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path
                                 ) -> None:
    _coop(sqlite_admin)
    tab = TrainingTab(make_ctx(sqlite_admin, tmp_path))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    assert tab.table.rowCount() == 0

    def fill(d: SessionDialog) -> None:
        d.topic.setText("Primeros auxilios")
        d.theme.setCurrentIndex(d.theme.findData("first_aid"))
        d.trainer.setText("Cruz Roja")
        d.minutes.setValue(240)
        d.accept()

    seen = on_modal(SessionDialog, fill)
    tab.new_session()
    assert seen and seen[0].session_id is not None
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, c).text() for c in range(1, 7)] == [  # type: ignore[union-attr]
        "Primeros auxilios", "First aid", "Cruz Roja", "4.0", "0", "0"]

    def tick(d: AttendanceDialog) -> None:
        d.search.setText("mari")
        shown = [d.list.item(i) for i in range(d.list.count())
                 if not d.list.item(i).isHidden()]
        assert [s.text() for s in shown] == ["5  María Ticona"]
        d.tick_shown(True)
        d.search.setText("")
        d.tick(1)
        d.tick(2)
        assert d.count.text() == "3 attended (2 women)"
        d.grab().save("/tmp/p7/training-attendance-test.png")
        d.accept()

    on_modal(AttendanceDialog, tick)
    tab.take_attendance()
    assert [tab.table.item(0, c).text() for c in (5, 6)] == ["3", "2"]  # type: ignore[union-attr]
    assert tab.who.count() == 3
    sid = training.sessions(sqlite_admin)[0].id
    assert [a.number for a in training.session_detail(sqlite_admin, sid).attendees] == [1, 2, 5]

    # A member suspended meanwhile is not offered; the service refuses them all the same.
    members.change_status(sqlite_admin, 4, Status.SUSPENDED, TODAY, "dues")
    offered: list[list[int]] = []

    def look(d: AttendanceDialog) -> None:
        offered.append([int(d.list.item(i).data(Qt.ItemDataRole.UserRole))
                        for i in range(d.list.count())])
        d.reject()

    on_modal(AttendanceDialog, look)
    tab.take_attendance()
    assert offered == [[1, 2, 3, 5]]
    with pytest.raises(BatchInvalid, match="not an active member"):
        training.set_attendance(sqlite_admin, sid, [1, 4])
    assert len(training.session_detail(sqlite_admin, sid).attendees) == 3

    # A planned session: no attendance button.
    training.add_session(sqlite_admin, TODAY + dt.timedelta(days=10), "Simulacro", "safety",
                         "Defensa Civil")
    tab.refresh()
    tab.table.selectRow(0)
    assert tab.selected() is not None and tab.selected().topic == "Simulacro"  # type: ignore[union-attr]
    assert "(planned)" in tab.table.item(0, 0).text()  # type: ignore[union-attr]
    assert not tab.attend_button.isEnabled()
    tab.grab().save("/tmp/p7/training-tab-test.png")

    out = tmp_path / "training.xlsx"
    tab.export("xlsx", out)
    qtbot.waitUntil(lambda: tab.last_export == out, timeout=20000)
    rows = list(openpyxl.load_workbook(out)["Sessions"].iter_rows(values_only=True))
    assert rows[1][1] == "Primeros auxilios" and rows[1][5:] == (3, 2)


def test_read_only_for_the_supervisory_committee(qtbot: QtBot, sqlite_admin: UnitOfWork,
                                                 tmp_path: Path) -> None:
    _coop(sqlite_admin)
    training.add_session(sqlite_admin, TODAY, "Estatuto", "governance", "Secretario")
    sup = add_role_users(sqlite_admin)[Role.SUPERVISORY]
    tab = TrainingTab(make_ctx(sup, tmp_path))
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 1
    assert not tab.new_button.isEnabled()
    assert not tab.edit_button.isEnabled()
    assert not tab.attend_button.isEnabled()
    assert tab.export_button.isEnabled()


def test_member_detail_shows_the_training(qtbot: QtBot, sqlite_admin: UnitOfWork,
                                          tmp_path: Path) -> None:
    from coopdesk.ui.pages.members import MembersPage

    _coop(sqlite_admin)
    sid = training.add_session(sqlite_admin, TODAY - dt.timedelta(days=3),
                               "Seguridad minera", "safety", "ANM", minutes=180)
    training.set_attendance(sqlite_admin, sid, [1])
    page = MembersPage(make_ctx(sqlite_admin, tmp_path))
    qtbot.addWidget(page)
    page.show_detail(1)
    panel = page.panel
    assert panel.training_title.text() == "Training: 1 session(s), 3.0 h"
    assert panel.training.item(0).text().endswith(": Seguridad minera (3.0 h)")
    out = tmp_path / "record.pdf"
    panel.print_training("pdf", out)
    qtbot.waitUntil(lambda: panel.last_export == out, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    page.show_detail(2)
    assert panel.training.item(0).text() == "No training session attended yet."
