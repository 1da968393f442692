"""The meetings tab and the assembly window, driven through their widgets (pytest-qt,
offscreen, SQLite): a meeting created in its dialog, a convocation with too short a notice
shown before anything is saved and refused, the meeting opened, members checked in by number
and by name (several matches shown with photos, one clicked), the quorum label counting down,
a motion recorded and listed with its resolution number, the minutes saved, the close and
the signatures, the documents written; the assembly window's quorum numbers, colour, keys and
check-in; screenshots."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import meetings, services
from coopdesk.governance.bylaws import MeetingKind
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.ui.assembly import AssemblyWindow
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.meeting_forms import (
    ConveneDialog,
    MotionDialog,
    NewMeetingDialog,
    OpenMeetingDialog,
)
from coopdesk.ui.pages.gov_meetings import MeetingsTab
from tests.conftest import add_role_users
from tests.test_assembly_presenter import png
from tests.ui.helpers import make_ctx, on_modal

Q = TypeVar("Q", bound=QDialog)
AT = dt.datetime(2026, 3, 28, 9, 0)
SHOTS = Path("/tmp/gov")
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Rosa", "Cruz", "F"), ("Iván", "Poma", "M")]


@pytest.fixture
def coop(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """Colombian bylaws; twelve active members, two of them Rosa (1 and 11, 11 with a
    photo)."""
    services.save_bylaws(sqlite_admin, COLOMBIA)
    for first, last, sex in NAMES:
        members.register_member(sqlite_admin, MemberInput(first, last, sex,
                                                          dt.date(1980, 1, 1), "digger",
                                                          dt.date(2020, 1, 1)), Status.ACTIVE)
    members.set_photo(sqlite_admin, 11, png((40, 110, 200), 32))
    return sqlite_admin


def text_at(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item.text()


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def show_tab(qtbot: QtBot, ctx: AppContext) -> MeetingsTab:
    tab = MeetingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def type_in(qtbot: QtBot, tab: MeetingsTab, text: str) -> None:
    tab.check_in_edit.clear()
    qtbot.keyClicks(tab.check_in_edit, text)
    qtbot.keyClick(tab.check_in_edit, Qt.Key.Key_Return)


def create_via_dialog(qtbot: QtBot, tab: MeetingsTab) -> int:
    def fill(d: NewMeetingDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData(MeetingKind.ORDINARY.value))
        d.title_edit.setText("Ordinary assembly 2026")
        d.scheduled.setDateTime(QDateTime(AT))
        d.place.setText("Community hall")
        d.agenda.setPlainText("Quorum and agenda\n\nAccounts of 2025\nElection of the board")
        d.ok.click()

    seen = on_modal(NewMeetingDialog, fill)
    click(qtbot, tab.new_button)
    assert seen and seen[0].meeting_id is not None
    return seen[0].meeting_id


def test_a_meeting_from_creation_to_signed_minutes(qtbot: QtBot, coop: UnitOfWork,
                                                   tmp_path: Path) -> None:
    users = add_role_users(coop)
    ctx = make_ctx(coop, tmp_path)
    tab = show_tab(qtbot, ctx)
    assert "No meeting yet" in tab.header.text()
    mid = create_via_dialog(qtbot, tab)
    info = meetings.meeting_info(coop, mid)
    assert (info.title, info.place, info.scheduled_at, [i.title for i in info.items]) == (
        "Ordinary assembly 2026", "Community hall", AT,
        ["Quorum and agenda", "Accounts of 2025", "Election of the board"])
    assert tab.selected_id() == mid
    assert text_at(tab.list, 0, 3) == "planned"
    assert tab.convene_button.isEnabled() and not tab.open_button.isEnabled()

    # Too short a notice: said before saving, and nothing convened.
    shown: list[str] = []

    def too_short(d: ConveneDialog) -> None:
        d.on.setDate(QDate(2026, 3, 20))
        shown.append(d.errors["convened_on"].text())
        shown.append(str(d.ok.isEnabled()))
        d.accept()                              # even forced, it does not convene
        shown.append(str(d.isVisible()))

    on_modal(ConveneDialog, too_short)
    click(qtbot, tab.convene_button)
    assert "10" in shown[0] and "business days" in shown[0]
    assert shown[1:] == ["False", "True"]
    assert meetings.meeting_info(coop, mid).status == meetings.PLANNED

    def enough(d: ConveneDialog) -> None:
        d.on.setDate(QDate(2026, 3, 6))
        assert d.errors["convened_on"].text() == "" and d.ok.isEnabled()
        d.ok.click()

    on_modal(ConveneDialog, enough)
    click(qtbot, tab.convene_button)
    assert meetings.meeting_info(coop, mid).convened_on == dt.date(2026, 3, 6)
    assert text_at(tab.list, 0, 3) == "convened"

    def open_it(d: OpenMeetingDialog) -> None:
        d.ok.click()                              # no chair: refused, named
        assert d.isVisible() and d.errors["chair"].text() == "Say who chairs the meeting."
        d.chair.setText("Rosa Quispe")
        d.secretary.setText("Juan Mamani")
        d.ok.click()

    on_modal(OpenMeetingDialog, open_it)
    click(qtbot, tab.open_button)
    assert meetings.meeting_info(coop, mid).status == meetings.OPEN
    assert tab.quorum_label.text() == "6 more members needed."

    # Three members by number.
    for n in ("2", "3", "4"):
        type_in(qtbot, tab, n)
    assert tab.quorum_label.text() == "3 more members needed."
    assert "Present 3, represented 0, needed 6 of 12 entitled" in tab.quorum_numbers.text()
    assert tab.attendees.count() == 3
    assert tab.check_in_edit.text() == ""
    type_in(qtbot, tab, "3")
    assert "already checked in" in tab.check_in_note.text()
    # A name two members share: both shown, with the photo; one clicked.
    type_in(qtbot, tab, "rosa")
    assert tab.matches.count() == 2
    assert "2 members match 'rosa'" in tab.check_in_note.text()
    texts = [tab.matches.item(i).text() for i in range(2)]
    assert texts == ["1 - Rosa Quispe", "11 - Rosa Cruz"]
    rect = tab.matches.visualItemRect(tab.matches.item(1))
    qtbot.mouseClick(tab.matches.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.matches.count() == 0
    assert tab.quorum_label.text() == "2 more members needed."
    attendees = meetings.meeting_info(coop, mid).attendees
    assert [(a.number, a.found_by) for a in attendees] == [
        (2, "number"), (3, "number"), (4, "number"), (11, "photo")]
    type_in(qtbot, tab, "juli")                   # one match: checked in at once
    type_in(qtbot, tab, "marco")
    assert tab.quorum_label.text().startswith("Quorum reached: 6 present")
    assert "#1b7a3a" in tab.quorum_label.styleSheet()

    # A motion under the second item, listed with its resolution number.
    tab.tabs.setCurrentIndex(1)
    tab.items.setCurrentRow(1)
    assert tab.motion_button.isEnabled()

    def vote(d: MotionDialog) -> None:
        d.text.setPlainText("Approve the accounts of 2025")
        d.spins["yes"].setValue(9)                 # more votes than present: refused
        d.ok.click()
        assert d.isVisible() and d.errors["votes"].isVisible()
        d.spins["yes"].setValue(5)
        d.spins["no"].setValue(1)
        d.ok.click()

    on_modal(MotionDialog, vote)
    click(qtbot, tab.motion_button)
    assert tab.motions.rowCount() == 1
    assert [text_at(tab.motions, 0, c) for c in range(4)] == [
        "Approve the accounts of 2025", "5 / 1 / 0", "passed", "2026-001"]
    assert tab.result_label.text().startswith("PASSED - 5 in favour, 1 against, 0 "
                                              "abstentions; more than half")
    assert "Resolution 2026-001." in tab.message.text()
    # The minutes of the item.
    qtbot.keyClicks(tab.minutes, "The treasurer presented the accounts.")
    click(qtbot, tab.save_minutes_button)
    assert meetings.meeting_info(coop, mid).items[1].minutes == (
        "The treasurer presented the accounts.")
    assert tab.message.text() == "Minutes of item 2 saved."
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / "meetings_tab_agenda.png"))
    tab.tabs.setCurrentIndex(0)
    type_in(qtbot, tab, "a")                        # several matches on screen
    tab.grab().save(str(SHOTS / "meetings_tab_session.png"))

    # Close; the administrator may not sign, the secretary and the president do.
    assert not tab.sign_button.isEnabled()
    click(qtbot, tab.close_button)
    assert meetings.meeting_info(coop, mid).status == meetings.CLOSED
    assert not tab.sign_button.isEnabled()           # admin holds no officer's role
    for role in (Role.SECRETARY, Role.PRESIDENT):
        signer = show_tab(qtbot, make_ctx(users[role], tmp_path))
        assert signer.sign_button.isEnabled()
        click(qtbot, signer.sign_button)
    assert "number 1 in the minutes book" in signer.message.text()
    assert meetings.meeting_info(coop, mid).status == meetings.FINAL
    tab.refresh()
    assert text_at(tab.list, 0, 4) == "1"
    assert tab.minutes.isReadOnly() and not tab.save_minutes_button.isEnabled()


def _session(coop: UnitOfWork, checked: int) -> int:
    mid = meetings.create_meeting(coop, MeetingKind.ORDINARY, "Ordinary assembly 2026", AT,
                                  place="Community hall",
                                  agenda=["Quorum and agenda", "Accounts of 2025",
                                          "Distribution of the surplus of 2025 and the "
                                          "premium fund", "Election of the board"])
    meetings.convene(coop, mid, dt.date(2026, 3, 6))
    meetings.open_meeting(coop, mid, "Rosa Quispe", "Juan Mamani", at=AT)
    for n in range(2, 2 + checked):
        meetings.check_in(coop, mid, n)
    return mid


def test_the_documents_are_written(qtbot: QtBot, coop: UnitOfWork, tmp_path: Path) -> None:
    mid = _session(coop, 6)
    tab = show_tab(qtbot, make_ctx(coop, tmp_path))
    tab.select_meeting(mid)
    for which in ("convocation", "attendance", "minutes"):
        path = tmp_path / f"{which}.pdf"
        tab.export(which, "pdf", path)

        def written(p: Path = path) -> bool:
            return tab.last_export == p

        qtbot.waitUntil(written, timeout=30_000)
        assert path.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "attendance.xlsx"
    tab.export("attendance", "xlsx", xlsx)
    qtbot.waitUntil(lambda: tab.last_export == xlsx, timeout=30_000)
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet is not None
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any("Rosa Quispe" in c for c in cells)


def test_a_teller_checks_in_but_does_not_prepare(qtbot: QtBot, coop: UnitOfWork,
                                                 tmp_path: Path) -> None:
    users = add_role_users(coop)
    mid = _session(coop, 2)
    tab = show_tab(qtbot, make_ctx(users[Role.TELLER], tmp_path))
    tab.select_meeting(mid)
    assert tab.check_in_edit.isEnabled() and tab.proxy_button.isEnabled()
    for b in (tab.new_button, tab.close_button, tab.motion_button, tab.save_minutes_button):
        assert not b.isEnabled()
    type_in(qtbot, tab, "5")
    assert tab.quorum_label.text() == "3 more members needed."
    treasurer = show_tab(qtbot, make_ctx(users[Role.TREASURER], tmp_path))
    treasurer.select_meeting(mid)
    assert not treasurer.check_in_edit.isEnabled()
    assert treasurer.quorum_label.text() == "3 more members needed."


def test_the_assembly_window(qtbot: QtBot, coop: UnitOfWork, tmp_path: Path) -> None:
    mid = _session(coop, 4)
    ctx = make_ctx(coop, tmp_path)
    tab = show_tab(qtbot, ctx)
    tab.select_meeting(mid)
    click(qtbot, tab.assembly_button)
    window = tab.assembly_window
    assert isinstance(window, AssemblyWindow)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    assert window.quorum_big.text() == "4"
    assert window.quorum_legend.text() == "present or represented, of 6 needed"
    assert window.quorum_message.text() == "2 more members needed."
    assert window.quorum_hint.text() == ""       # 12 entitled: the second call is no lower
    assert window.quorum_colour == "#c77700"
    assert window.item_caption.text() == "Item 1 of 4"
    assert window.result_caption.text() == "No motion has been voted yet."
    # Checked in elsewhere (the tab): the window reads it on its timer.
    meetings.check_in(coop, mid, 6)
    window.timer.timeout.emit()
    assert window.quorum_big.text() == "5"
    # Its own check-in line: several, then one clicked.
    qtbot.keyClicks(window.check_in_edit, "rosa")
    qtbot.keyClick(window.check_in_edit, Qt.Key.Key_Return)
    assert window.matches.isVisible() and window.matches.count() == 2
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "assembly_matches_1280x720.png"))
    rect = window.matches.visualItemRect(window.matches.item(0))
    qtbot.mouseClick(window.matches.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not window.matches.isVisible()
    assert window.quorum_big.text() == "6"
    assert window.quorum_colour == "#1b7a3a"
    assert "Rosa Quispe (member 1) is checked in" in window.check_in_note.text()
    # Keys: Right/Left move the agenda (also from the empty check-in line), F11 and Esc.
    qtbot.keyClick(window.check_in_edit, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.item_caption.text() == "Item 3 of 4"
    assert window.item_title.text().startswith("Distribution of the surplus")
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.item_caption.text() == "Item 2 of 4"
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    # A motion recorded: the result in large words.
    window.presenter.record_motion("Amend article 12", "bylaws_amendment", yes=3, no=3)
    window.refresh()
    assert window.result_headline.text() == "NOT PASSED"
    window.presenter.record_motion("Approve the accounts of 2025 as corrected", "ordinary",
                                   yes=5, no=1)
    window.refresh()
    assert window.result_headline.text() == "PASSED"
    assert window.resolution_label.text() == "Resolution 2026-001"
    assert window.result_counts.text() == "5 in favour, 1 against, 0 abstentions"
    assert "2026-001" in window.resolutions_label.text()
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "assembly_1280x720.png"))
    window.resize(1024, 768)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "assembly_1024x768.png"))
    for label in (window.quorum_big, window.result_headline, window.title_label,
                  window.quorum_message, window.result_counts):
        assert label.sizeHint().width() <= label.width() + 1, label.objectName()
    assert window.quorum_big.font().pixelSize() >= 110
