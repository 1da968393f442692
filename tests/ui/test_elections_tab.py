"""The elections tab and the voting booth driven through their widgets (pytest-qt, offscreen),
on the cooperative of tests/test_elections.py: a booth election created, nominated (a refusal
shows the bylaws' reasons), opened, two voters let into the booth by the teller's password and
voting by touch, the booth refusing to close for a voter, the count and its table; a paper
election by totals with a second entry; ranked papers typed "2 1 3"; and a teller, who runs the
poll but may not create an election."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.demo.photos import portrait_jpeg, random_look
from coopdesk.governance import counting, elections
from coopdesk.members import services as members
from coopdesk.ui import ops
from coopdesk.ui.booth import BoothWindow
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.election_forms import NewElectionDialog, parse_places
from coopdesk.ui.pages.gov_elections import ElectionsTab
from tests.conftest import PASSWORD, add_role_users
from tests.test_elections import TODAY, coop  # noqa: F401  (built on ``admin``)
from tests.ui.helpers import make_ctx, on_modal

Q = TypeVar("Q", bound=QDialog)
SHOTS = Path("/tmp/gov")


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """Widget tests run on SQLite only (the services run on both in tests/test_elections)."""
    return sqlite_admin


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    ops.wait_all()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_enter(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def item(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    found = table.item(row, col)
    assert found is not None, (row, col)
    return found


def header(table: QTableWidget, row: int) -> str:
    found = table.verticalHeaderItem(row)
    assert found is not None, row
    return found.text()


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def show_tab(qtbot: QtBot, ctx: AppContext) -> ElectionsTab:
    tab = ElectionsTab(ctx)
    qtbot.addWidget(tab)
    tab.booth_full_screen = False
    tab.resize(1280, 900)
    tab.show()
    return tab


def add_photos(uow: UnitOfWork, numbers: list[int]) -> None:
    rng = random.Random(4)
    for n in numbers:
        look = random_look(rng, woman=n % 2 == 1, age=40, afro=False, helmet=n == 2,
                           initials="")
        members.set_photo(uow, n, portrait_jpeg(look))


def test_a_booth_election_from_creation_to_results(qtbot: QtBot, coop: UnitOfWork,  # noqa: F811
                                                   tmp_path: Path,
                                                   shown_messages: list[str]) -> None:
    add_photos(coop, [1, 2, 3])  # member 4 has none: the booth shows initials
    tab = show_tab(qtbot, make_ctx(coop, tmp_path))
    assert tab.empty.isVisible()

    def fill(d: NewElectionDialog) -> None:
        d.title_edit.setText("Consejo 2026")
        d.method.setCurrentIndex(d.method.findData(counting.IRV))
        d.seats.setValue(1)
        d.entry.setCurrentIndex(d.entry.findData(elections.BOOTH))
        shot(d, "new-election.png")
        d.accept()

    seen = on_modal(NewElectionDialog, fill)
    click(qtbot, tab.new_button)
    assert len(seen) == 1 and seen[0].election_id is not None
    eid = seen[0].election_id
    assert tab.selected_id() == eid and tab.heading.text() == "Consejo 2026"
    assert item(tab.table, 0, 3).text() == "draft"
    click(qtbot, tab.open_nominations_button)
    assert elections.election_info(coop, eid).status == elections.NOMINATIONS
    type_enter(qtbot, tab.nominee, "1")
    type_enter(qtbot, tab.nominee, "Huanca")  # found by name: Eva Huanca, member 3
    type_enter(qtbot, tab.nominee, "13")
    assert tab.nominate_error.isVisible()
    assert tab.nominate_error.text() == (
        "Ana Rojas (member 13) cannot stand: Shares not paid up. A member for 2 months; the "
        "bylaws require at least 12.") or "Shares not paid up." in tab.nominate_error.text()
    assert "A member for" in tab.nominate_error.text()  # every reason, not the first only
    type_enter(qtbot, tab.nominee, "2")
    type_enter(qtbot, tab.nominee, "4")
    assert [c.number for c in elections.election_info(coop, eid).candidates] == [1, 3, 2, 4]
    assert tab.candidate_list.count() == 4
    click(qtbot, tab.open_poll_button)
    assert tab.poll_box.isVisible() and tab.booth_button.isVisible()

    type_enter(qtbot, tab.voter, "5")
    type_enter(qtbot, tab.voter, "Cruz")  # Elena Cruz, member 11
    assert tab.voter_note.text() == "Member 11 checked off the roll."
    type_enter(qtbot, tab.voter, "5")
    assert "already checked off" in tab.voter_note.text()
    assert tab.roll_counts.text().endswith("waiting to vote: 2")
    shot(tab, "elections-poll.png")

    click(qtbot, tab.booth_button)
    booth = tab.booth
    assert isinstance(booth, BoothWindow)
    qtbot.addWidget(booth)
    booth.THANKS_MS = 30
    booth.resize(1280, 800)
    assert booth.current_screen() == "locked"
    assert booth.locked_title.text() == "Wait for a teller to let you vote"
    qtbot.wait(20)
    shot(booth, "booth-locked.png")
    # Escape and closing do nothing for a voter: the teller's panel comes up instead
    qtbot.keyClick(booth, Qt.Key.Key_Escape)
    booth.close()
    assert booth.isVisible() and booth.current_screen() == "teller"
    shot(booth, "booth-teller.png")
    type_enter(qtbot, booth.password, "wrong")
    assert booth.current_screen() == "teller"
    assert booth.teller_error.text() == "Wrong user name or password."
    type_enter(qtbot, booth.password, PASSWORD)
    assert booth.current_screen() == "ready"

    # the first voter ranks Eva Huanca (place 2) then Rosa Quispe (place 1)
    click(qtbot, booth.cards[2])
    click(qtbot, booth.cards[1])
    assert booth.cards[2].text() == "Eva Huanca\nChoice 1"
    assert booth.cards[1].text() == "Rosa Quispe\nChoice 2"
    assert booth.cards[3].text().startswith("Juan Mamani") and not booth.cards[3].isChecked()
    qtbot.wait(20)
    shot(booth, "booth-ready.png")
    click(qtbot, booth.review_button)
    assert booth.current_screen() == "review"
    assert booth.review_text.text() == "Choice 1: Eva Huanca\nChoice 2: Rosa Quispe"
    shot(booth, "booth-review.png")
    click(qtbot, booth.confirm_button)
    assert booth.current_screen() == "thanks"
    qtbot.waitUntil(lambda: booth.current_screen() == "locked", timeout=3000)
    assert not any(c.isChecked() for c in booth.cards.values())
    assert booth.review_text.text() == ""

    # the second voter: a blank ballot needs its own button and a confirmation
    click(qtbot, booth.teller_button)
    type_enter(qtbot, booth.password, PASSWORD)
    click(qtbot, booth.review_button)  # nothing chosen: not a blank ballot by accident
    assert booth.current_screen() == "ready" and "blank ballot" in booth.feedback.text()
    click(qtbot, booth.blank_button)
    assert booth.current_screen() == "review"
    assert booth.confirm_button.text() == "Cast a blank ballot"
    click(qtbot, booth.confirm_button)
    qtbot.waitUntil(lambda: booth.current_screen() == "locked", timeout=3000)

    # no one waiting: the teller cannot let anyone in
    click(qtbot, booth.teller_button)
    type_enter(qtbot, booth.password, PASSWORD)
    assert booth.current_screen() == "teller"
    assert "No voter is checked off" in booth.teller_error.text()
    booth.password.setText(PASSWORD)
    click(qtbot, booth.close_button)
    assert not booth.isVisible() and tab.booth is None
    info = elections.election_info(coop, eid)
    assert (info.ballots, info.checked_off, info.outstanding) == (2, 2, 0)

    # a third voter checked off who never votes: closing the poll reports it
    type_enter(qtbot, tab.voter, "6")
    click(qtbot, tab.close_poll_button)
    assert shown_messages[-1] == "2 ballots for 3 voters checked off the roll."
    assert tab.count_box.isVisible()
    click(qtbot, tab.count_button)
    qtbot.waitUntil(lambda: tab.results_box.isVisible(), timeout=20_000)
    assert elections.election_info(coop, eid).status == elections.COUNTED
    assert tab.mismatch.isVisible()
    assert tab.mismatch.text() == "2 ballots for 3 voters checked off the roll."
    assert header(tab.rounds, 1) == "2. Eva Huanca"
    assert item(tab.rounds, 1, 0).text() == "1"
    assert tab.elected_label.text().startswith("Elected, in order: 1. Eva Huanca")
    tab.detail_scroll.ensureWidgetVisible(tab.results_box)
    qtbot.wait(20)
    shot(tab, "elections-booth-results.png")


def test_a_paper_election_by_totals(qtbot: QtBot, coop: UnitOfWork,  # noqa: F811
                                    tmp_path: Path) -> None:
    eid = elections.create_election(coop, "Tesorería 2026", counting.PLURALITY, 1,
                                    entry=elections.PAPER)
    elections.open_nominations(coop, eid)
    for n in (1, 2, 3):
        elections.nominate(coop, eid, n, today=TODAY)
    elections.open_poll(coop, eid)
    for voter in range(4, 13):
        elections.check_off(coop, eid, voter)
    tab = show_tab(qtbot, make_ctx(coop, tmp_path))
    assert tab.selected_id() == eid and not tab.booth_button.isVisible()
    click(qtbot, tab.close_poll_button)
    assert tab.paper_box.isVisible() and tab.totals_host.isVisible()
    assert not tab.ranked_host.isVisible()
    tab.total_spins[1].setValue(5)
    tab.total_spins[2].setValue(3)
    tab.blank_spin.setValue(1)
    click(qtbot, tab.save_totals_button)
    assert tab.paper_note.text() == "Totals saved: 9 papers."
    # the second entry disagrees: the differences are shown, nothing is saved
    tab.second.setChecked(True)
    tab.total_spins[1].setValue(4)
    tab.total_spins[2].setValue(3)
    tab.total_spins[3].setValue(1)
    tab.blank_spin.setValue(1)
    click(qtbot, tab.save_totals_button)
    assert tab.paper_note.text() == (
        "The entries differ:\nballot 1: 5 in the first entry, 4 in the second\n"
        "ballot 3: 0 in the first entry, 1 in the second")
    assert elections.election_info(coop, eid).ballots == 9
    tab.total_spins[1].setValue(5)
    tab.total_spins[3].setValue(0)
    click(qtbot, tab.save_totals_button)
    assert tab.paper_note.text() == "Both entries agree."
    click(qtbot, tab.count_button)
    qtbot.waitUntil(lambda: tab.results_box.isVisible(), timeout=20_000)
    assert tab.elected_label.text() == "Elected, in order: 1. Rosa Quispe"
    assert [item(tab.rounds, r, 0).text() for r in range(3)] == ["5", "3", "0"]
    assert item(tab.rounds, 0, 0).font().bold()  # the winner's cell stands out
    assert tab.chart.items() == [("Rosa Quispe", 5.0), ("Juan Mamani", 3.0),
                                 ("Eva Huanca", 0.0)]
    assert tab.summary.text() == "Valid votes: 8. Blank ballots: 1."
    assert not tab.mismatch.isVisible()
    tab.detail_scroll.ensureWidgetVisible(tab.results_box)
    qtbot.wait(20)
    shot(tab, "elections-paper-results.png")


def test_ranked_papers_typed_and_a_lot(qtbot: QtBot, coop: UnitOfWork,  # noqa: F811
                                       tmp_path: Path) -> None:
    assert parse_places(" 2, 1 3 ") == [2, 1, 3] and parse_places("0") == []
    with pytest.raises(ValueError, match="Only the candidates' numbers"):
        parse_places("2 x")
    eid = elections.create_election(coop, "Vigilancia", counting.IRV, 1,
                                    entry=elections.PAPER)
    elections.open_nominations(coop, eid)
    for n in (1, 2, 3):
        elections.nominate(coop, eid, n, today=TODAY)
    elections.open_poll(coop, eid)
    for voter in range(4, 8):
        elections.check_off(coop, eid, voter)
    elections.close_poll(coop, eid)
    tab = show_tab(qtbot, make_ctx(coop, tmp_path))
    assert tab.ranked_host.isVisible() and not tab.totals_host.isVisible()
    type_enter(qtbot, tab.paper_line, "1 2")
    type_enter(qtbot, tab.paper_line, "4 1")
    assert tab.paper_error.text() == "There is no candidate 4 on the paper (1 to 3)."
    assert tab.paper_line.text() == "4 1"  # kept, to be corrected
    type_enter(qtbot, tab.paper_line, "2 1 3")
    type_enter(qtbot, tab.paper_line, "3")
    type_enter(qtbot, tab.paper_line, "0")
    assert [tab.paper_list.item(i).text() for i in range(tab.paper_list.count())] == [
        "Ballot 1: 1 2", "Ballot 2: 2 1 3", "Ballot 3: 3", "Ballot 4: blank"]
    assert tab.save_papers_button.text() == "Save 4 ballots"
    shot(tab, "elections-paper-entry.png")
    click(qtbot, tab.save_papers_button)
    assert tab.paper_note.text() == "4 ballots saved; 4 in the urn."
    assert tab.paper_list.count() == 0
    _election, ballots = elections.ballots_of(coop, eid)
    assert sorted(b.ranking for b in ballots) == [(), (0, 1), (1, 0, 2), (2,)]
    click(qtbot, tab.count_button)
    # 1, 2 and 3 have one vote each: the exclusion in round 2 needs a lot
    qtbot.waitUntil(lambda: tab.lot_host.isVisible(), timeout=20_000)
    assert tab.lot_text.text().startswith("Round 2: Rosa Quispe, Juan Mamani, Eva Huanca are "
                                          "tied for exclusion.")
    assert tab.lot_choice.count() == 3
    shot(tab, "elections-lot.png")
    tab.lot_choice.setCurrentIndex(2)  # Eva Huanca excluded by the lot
    tab.drawn_by.setText("Nora Apaza")
    click(qtbot, tab.lot_button)
    # Rosa Quispe and Juan Mamani still tie in round 3: a second lot
    qtbot.waitUntil(lambda: tab.lot_text.text().startswith("Round 3:"), timeout=20_000)
    assert tab.lot_text.text().startswith("Round 3: Rosa Quispe, Juan Mamani are tied for "
                                          "exclusion.")
    assert tab.drawn_by.text() == ""
    tab.lot_choice.setCurrentIndex(1)  # Juan Mamani excluded
    tab.drawn_by.setText("Nora Apaza")
    click(qtbot, tab.lot_button)
    qtbot.waitUntil(lambda: elections.election_info(coop, eid).status == elections.COUNTED
                    and not tab.count_box.isVisible(), timeout=20_000)
    assert tab.elected_label.text() == "Elected, in order: 1. Rosa Quispe"
    assert "Tied with Rosa Quispe, Juan Mamani: decided by lot 1." in tab.narrative.text()
    assert "Tied with Rosa Quispe: decided by lot 2." in tab.narrative.text()
    tab.detail_scroll.ensureWidgetVisible(tab.results_box)
    qtbot.wait(20)
    shot(tab, "elections-lots-results.png")


def test_a_teller_runs_the_poll_but_does_not_create(qtbot: QtBot, coop: UnitOfWork,  # noqa: F811
                                                    tmp_path: Path) -> None:
    eid = elections.create_election(coop, "Comité", counting.PLURALITY, 1)
    elections.open_nominations(coop, eid)
    teller = add_role_users(coop)[Role.TELLER]
    tab = show_tab(qtbot, make_ctx(teller, tmp_path))
    assert not tab.new_button.isEnabled()
    assert not tab.nominate_button.isEnabled() and not tab.withdraw_button.isEnabled()
    assert tab.open_poll_button.isEnabled()  # opening the poll is the tellers' (the service's)
    elections.nominate(coop, eid, 1, today=TODAY)
    click(qtbot, tab.open_poll_button)
    assert elections.election_info(coop, eid).status == elections.OPEN
    assert tab.check_off_button.isEnabled() and tab.booth_button.isEnabled()


def test_nine_candidates_and_the_teller_taking_the_booth_back(
        qtbot: QtBot, coop: UnitOfWork, tmp_path: Path) -> None:  # noqa: F811
    add_photos(coop, [1, 2, 3, 5, 6])
    eid = elections.create_election(coop, "Consejo de Administración 2026", counting.STV, 3)
    elections.open_nominations(coop, eid)
    for n in range(1, 10):
        elections.nominate(coop, eid, n, today=TODAY)
    elections.open_poll(coop, eid)
    tab = show_tab(qtbot, make_ctx(coop, tmp_path))
    click(qtbot, tab.booth_button)
    booth = tab.booth
    assert isinstance(booth, BoothWindow)
    qtbot.addWidget(booth)
    booth.resize(1366, 768)
    click(qtbot, booth.teller_button)
    booth.member.setText("10")  # checked off from the booth's own teller panel
    type_enter(qtbot, booth.password, PASSWORD)
    assert booth.current_screen() == "ready" and len(booth.cards) == 9
    assert elections.election_info(coop, eid).checked_off == 1
    for place in (9, 4, 1):
        click(qtbot, booth.cards[place])
    assert [booth.cards[p].text().split("\n")[1] for p in (9, 4, 1, 2)] == [
        "Choice 1", "Choice 2", "Choice 3", " "]
    qtbot.wait(20)
    shot(booth, "booth-ready-nine.png")
    # the voter walks away: the teller takes the booth back, nothing is cast
    qtbot.keyClick(booth, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert booth.current_screen() == "teller" and booth.take_back_button.isVisible()
    type_enter(qtbot, booth.password, PASSWORD)
    assert booth.current_screen() == "locked"
    assert not any(c.isChecked() for c in booth.cards.values())
    info = elections.election_info(coop, eid)
    assert (info.ballots, info.outstanding) == (0, 1)
