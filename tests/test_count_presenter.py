"""The count and the booth as the window shows them, headless: an STV count's transfers written
out exactly, a lot asked for, a mismatch between ballots and check-offs, and the booth's rules
(released only for a voter checked off, the method's limits, a blank ballot only on purpose,
one ballot per release)."""

from __future__ import annotations

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import counting, elections
from coopdesk.governance.count_presenter import (
    BoothPresenter,
    BoothState,
    CountPresenter,
)
from coopdesk.governance.elections import list_elections
from tests.test_elections import TODAY, coop  # noqa: F401  (built on ``admin``)


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """The presenters read through the services, which run on both databases elsewhere."""
    return sqlite_admin


def _poll(uow: UnitOfWork, method: str, seats: int, candidates: list[int],
          entry: str = elections.BOOTH) -> int:
    eid = elections.create_election(uow, f"{method} test", method, seats, entry=entry)
    elections.open_nominations(uow, eid)
    for n in candidates:
        elections.nominate(uow, eid, n, today=TODAY)
    elections.open_poll(uow, eid)
    return eid


def test_stv_transfers_shown_exactly(coop: UnitOfWork) -> None:  # noqa: F811
    # candidates 1 Rosa Quispe, 2 Juan Mamani, 3 Eva Huanca, 4 Luis Condori; 10 voters
    eid = _poll(coop, counting.STV, 2, [1, 2, 3, 4], elections.PAPER)
    for voter in range(3, 13):
        elections.check_off(coop, eid, voter)
    elections.close_poll(coop, eid)
    elections.enter_paper_ballots(coop, eid, [[1, 2]] * 6 + [[3]] * 2 + [[4], [2]])
    outcome = elections.count(coop, eid)
    stored = CountPresenter.load(coop, eid)
    fresh = CountPresenter.from_outcome(elections.election_info(coop, eid), outcome)
    assert stored.result == fresh.result == outcome.result  # the stored form reads back whole
    p = stored
    assert p.columns() == ["Round 1", "Round 2", "Round 3", "Round 4"]
    table = {row.label: [c.text for c in row.cells] for row in p.rows()}
    assert table == {
        "1. Rosa Quispe": ["6.00", "4.00", "4.00", "4.00"],
        # 6 papers at 33333/100000 of a vote each: 1.99998, truncated to two places
        "2. Juan Mamani": ["1.00", "2.99", "2.99", "2.99"],
        "3. Eva Huanca": ["2.00", "2.00", "2.00", "0.00"],
        "4. Luis Condori": ["1.00", "1.00", "0.00", "0.00"],
        "Non-transferable": ["0.00", "0.00", "1.00", "3.00"],
        "Lost to truncation": ["0", "0.00002", "0.00002", "0.00002"],
        "Quota": ["4.00", "4.00", "4.00", "4.00"],
    }
    marks = {row.label: [c.mark for c in row.cells] for row in p.rows()}
    assert marks["1. Rosa Quispe"] == ["elected", "", "", ""]
    assert marks["4. Luis Condori"] == ["", "", "excluded", ""]
    assert marks["2. Juan Mamani"] == ["", "", "", "elected"]
    assert p.narrative() == [
        "Round 1: first count of 10.00 valid votes.",
        "Round 1: Rosa Quispe elected with 6.00 votes (quota 4.00).",
        "Round 2: the surplus of Rosa Quispe (2.00 votes) passes to the next choices, at "
        "0.33333 of a vote per paper.",
        "Round 3: Luis Condori is excluded with the fewest votes (1.00); their ballots pass "
        "to the next choices.",
        "Round 4: Eva Huanca is excluded with the fewest votes (2.00); their ballots pass to "
        "the next choices.",
        "Round 4: Juan Mamani elected with 2.99 votes: as many candidates left as seats.",
    ]
    assert [c.number for c in p.elected()] == [1, 2]
    assert p.elected_text() == "Elected, in order: 1. Rosa Quispe, 2. Juan Mamani"
    assert p.summary() == "Valid votes: 10.00. Blank ballots: 0. Quota: 4.00."
    labels, values = p.chart()
    assert labels == ["Rosa Quispe", "Juan Mamani", "Eva Huanca", "Luis Condori"]
    assert [str(v) for v in values] == ["4", "2.99", "0", "0"]
    assert p.chart_title() == "Votes in round 4"
    assert not p.needs_lot and p.lot_text() is None and p.mismatch is None
    assert [(s.title, s.status) for s in list_elections(coop)] == [("stv test",
                                                                    elections.COUNTED)]


def test_a_lot_needed_and_a_mismatch(coop: UnitOfWork) -> None:  # noqa: F811
    eid = _poll(coop, counting.PLURALITY, 1, [1, 2, 3], elections.PAPER)
    for voter in range(4, 12):  # 8 voters, 7 papers
        elections.check_off(coop, eid, voter)
    assert CountPresenter.load(coop, eid).mismatch is None  # papers come after the poll
    elections.close_poll(coop, eid)
    elections.enter_paper_totals(coop, eid, {1: 3, 2: 3, 3: 1})
    elections.count(coop, eid)
    p = CountPresenter.load(coop, eid)
    assert p.needs_lot and not p.complete
    assert p.lot_text() == ("Round 1: Rosa Quispe, Juan Mamani are tied for a seat. Draw a lot "
                            "to choose the candidate to elect.")
    assert [c.number for c in p.lot_candidates()] == [1, 2]
    assert p.mismatch == "7 ballots for 8 voters checked off the roll."
    assert p.elected_text() == "No one is elected yet."
    table = {row.label: [c.text for c in row.cells] for row in p.rows()}
    assert table == {"1. Rosa Quispe": ["3"], "2. Juan Mamani": ["3"], "3. Eva Huanca": ["1"]}
    elections.enter_lot(coop, eid, 2, "Nora Apaza")
    p = CountPresenter.load(coop, eid)
    assert p.complete and [c.name for c in p.elected()] == ["Juan Mamani"]
    assert p.narrative()[1] == ("Round 1: Juan Mamani elected with 3 votes. Tied with Rosa "
                                "Quispe: decided by lot 1.")
    assert p.chart() == (["Rosa Quispe", "Juan Mamani", "Eva Huanca"], [3, 3, 1])


def test_not_counted_yet(coop: UnitOfWork) -> None:  # noqa: F811
    eid = _poll(coop, counting.IRV, 1, [1, 2])
    p = CountPresenter.load(coop, eid)
    assert (p.counted, p.rows(), p.columns(), p.narrative(), p.chart()) == (
        False, [], [], [], ([], []))
    assert p.summary() == "Not counted yet."


def test_irv_majority_in_words(coop: UnitOfWork) -> None:  # noqa: F811
    eid = _poll(coop, counting.IRV, 1, [1, 2, 3])
    for voter, ranking in zip(range(4, 9), [[1], [1], [2, 1], [3, 2], [2]], strict=True):
        elections.check_off(coop, eid, voter)
        elections.cast(coop, eid, ranking)
    elections.close_poll(coop, eid)
    elections.count(coop, eid)
    p = CountPresenter.load(coop, eid)
    assert p.narrative() == [
        "Round 1: first count of 5 valid votes.",
        "Round 2: Eva Huanca is excluded with the fewest votes (1); their ballots pass to "
        "the next choices.",
        "Round 2: Juan Mamani elected with 3 of 5 votes, more than half.",
    ]
    table = {row.label: [c.text for c in row.cells] for row in p.rows()}
    assert table["Non-transferable"] == ["0", "0"]
    assert "Quota" not in table


# --- the booth ---------------------------------------------------------------------------------

def test_the_booth_opens_only_for_a_voter_checked_off(coop: UnitOfWork) -> None:  # noqa: F811
    eid = _poll(coop, counting.PLURALITY, 1, [1, 2, 3])
    booth = BoothPresenter(coop, eid)
    assert booth.state is BoothState.LOCKED and not booth.can_release()
    with pytest.raises(ValidationError, match="No voter is checked off") as caught:
        booth.release()
    assert caught.value.field == "roll" and booth.state is BoothState.LOCKED
    with pytest.raises(ValidationError, match="not open for a voter"):
        booth.toggle(1)
    elections.check_off(coop, eid, 5)
    booth.reload()
    assert booth.outstanding == 1 and booth.can_release()
    booth.release()
    assert booth.state is BoothState.READY
    with pytest.raises(ValidationError, match="already in the booth"):
        booth.release()
    # plurality: a new mark replaces the old one
    booth.toggle(1)
    booth.toggle(3)
    assert booth.choices == (3,)
    with pytest.raises(ValidationError, match="no candidate 4"):
        booth.toggle(4)
    with pytest.raises(ValidationError, match="not ranked"):
        booth.rank(2)
    booth.review()
    assert booth.review_lines() == ["Eva Huanca"]
    booth.confirm()
    assert booth.state is BoothState.LOCKED and booth.choices == () and booth.outstanding == 0
    info = elections.election_info(coop, eid)
    assert (info.ballots, info.checked_off, info.outstanding) == (1, 1, 0)
    with pytest.raises(ValidationError, match="No voter is checked off"):
        booth.release()  # one ballot per voter checked off
    elections.close_poll(coop, eid)
    outcome = elections.count(coop, eid)
    assert outcome.elected == (3,)
    assert CountPresenter.load(coop, eid).chart() == (
        ["Rosa Quispe", "Juan Mamani", "Eva Huanca"], [0, 0, 1])


def test_the_booth_limits_and_a_blank_ballot(coop: UnitOfWork) -> None:  # noqa: F811
    eid = _poll(coop, counting.BLOCK, 2, [1, 2, 3, 4])
    booth = BoothPresenter(coop, eid)
    for voter in (5, 6):
        elections.check_off(coop, eid, voter)
    booth.release()
    assert booth.limit == 2
    booth.toggle(2)
    booth.toggle(4)
    with pytest.raises(ValidationError, match="at most 2 candidates") as caught:
        booth.toggle(1)
    assert caught.value.field == "choices" and booth.choices == (2, 4)
    booth.toggle(2)  # unmark, then another fits
    booth.toggle(1)
    assert booth.choices == (4, 1)
    booth.clear()
    with pytest.raises(ValidationError, match="or choose a blank ballot"):
        booth.review()  # no marks: not a blank ballot by accident
    booth.choose_blank()
    assert booth.state is BoothState.REVIEW and booth.blank
    assert booth.review_lines() == ["A blank ballot: no candidate chosen."]
    booth.cancel()  # changed their mind: back to choosing, blank taken back
    assert booth.state is BoothState.READY and not booth.blank
    booth.choose_blank()
    booth.confirm()
    assert booth.state is BoothState.LOCKED and not booth.blank
    # the second voter: the teller takes the booth back once, then releases again
    booth.release()
    booth.toggle(3)
    booth.lock()
    assert booth.state is BoothState.LOCKED and booth.choices == ()
    booth.release()
    assert booth.choices == ()
    booth.toggle(3)
    booth.review()
    booth.confirm()
    elections.close_poll(coop, eid)
    outcome = elections.count(coop, eid)
    assert outcome.result.blank == 1 and outcome.result.valid == 1
    assert outcome.result.rounds[0].votes[2] == 1


def test_the_booth_ranks(coop: UnitOfWork) -> None:  # noqa: F811
    eid = _poll(coop, counting.STV, 2, [1, 2, 3])
    elections.check_off(coop, eid, 7)
    booth = BoothPresenter(coop, eid)
    booth.release()
    booth.rank(3)
    booth.rank(1)
    assert booth.choice_number(3) == 1 and booth.choice_number(1) == 2
    assert booth.choice_number(2) is None
    with pytest.raises(ValidationError, match="already your choice 1"):
        booth.rank(3)
    booth.rank(2)
    booth.undo()
    assert booth.choices == (3, 1)
    booth.toggle(3)  # taking the first choice back moves the second up
    assert booth.choices == (1,) and booth.choice_number(1) == 1
    booth.rank(3)
    with pytest.raises(ValidationError, match="Review the ballot"):
        booth.confirm()
    booth.review()
    assert booth.review_lines() == ["Choice 1: Rosa Quispe", "Choice 2: Eva Huanca"]
    booth.confirm()
    _election, ballots = elections.ballots_of(coop, eid)
    assert [b.ranking for b in ballots] == [(0, 2)]
