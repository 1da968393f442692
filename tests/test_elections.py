"""Elections on a small cooperative (both databases): nominations checked against the bylaws,
the roll, the booth and paper ballots, the count and its lots - and the secrecy of the ballot:
nothing stored ties a ballot to a voter or to the order of voting."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from sqlalchemy import DateTime, Integer, inspect, select, text, update
from sqlalchemy.exc import OperationalError

from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.models import AuditEvent
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import counting, elections, services
from coopdesk.governance.ballots import Ballot, Election
from coopdesk.governance.models import BallotRow
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from tests.conftest import add_role_users

TODAY = dt.date(2026, 6, 1)
BOARD = "Consejo de Administración"
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Elena", "Cruz", "F"), ("Iván", "Poma", "M")]
NEWCOMER, SUSPENDED, APPLICANT = 13, 14, 15


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    """Colombian bylaws (one year of membership, shares paid up; here a term limit of one
    term on the board); members 1-12 active with one paid share; 13 joined two months ago
    and has paid nothing; 14 is suspended; 15 an applicant."""
    board = dataclasses.replace(COLOMBIA.positions[0], term_limit=1)
    services.save_bylaws(admin, dataclasses.replace(
        COLOMBIA, positions=(board, *COLOMBIA.positions[1:])))
    for first, last, sex in NAMES:
        n = members.register_member(admin, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                       "digger", dt.date(2020, 1, 1)),
                                    Status.ACTIVE)
        shares.subscribe(admin, n, 1, dt.date(2020, 1, 1))
        shares.pay(admin, n, Decimal(10000), dt.date(2020, 1, 2))
    members.register_member(admin, MemberInput("Ana", "Rojas", "F", dt.date(1990, 1, 1),
                                               "digger", dt.date(2026, 4, 1)), Status.ACTIVE)
    members.register_member(admin, MemberInput("Pedro", "Sirpa", "M", dt.date(1975, 1, 1),
                                               "digger", dt.date(2018, 1, 1)), Status.ACTIVE)
    members.change_status(admin, SUSPENDED, Status.SUSPENDED, dt.date(2026, 1, 5),
                          "unpaid dues")
    members.register_member(admin, MemberInput("Luz", "Mendoza", "F", dt.date(1995, 1, 1),
                                               "digger", dt.date(2026, 5, 1)))
    return admin


def _election(uow: UnitOfWork, method: str, seats: int, candidates: list[int], *,
              entry: str = elections.BOOTH, position: str | None = None) -> int:
    eid = elections.create_election(uow, f"{method} {seats}", method, seats, position=position,
                                    entry=entry)
    elections.open_nominations(uow, eid)
    for n in candidates:
        elections.nominate(uow, eid, n, today=TODAY)
    elections.open_poll(uow, eid)
    return eid


def _verify(uow: UnitOfWork) -> audit.VerifyResult:
    with uow.read() as s:
        return audit.verify(s)


def test_nominations_refused_with_the_reasons(coop: UnitOfWork) -> None:
    eid = elections.create_election(coop, "Consejo 2026", "stv", 3, position=BOARD)
    with pytest.raises(ValidationError, match="stage"):
        elections.nominate(coop, eid, 1, today=TODAY)  # still a draft
    elections.open_nominations(coop, eid)
    assert elections.nominate(coop, eid, 1, today=TODAY) == 1
    assert elections.nominate(coop, eid, 2, today=TODAY) == 2
    with pytest.raises(ValidationError, match=r"Ana Rojas \(member 13\) cannot stand: "
                       r"Shares not paid up\. A member for 2 months; the bylaws require at "
                       r"least 12\.") as caught:
        elections.nominate(coop, eid, NEWCOMER, today=TODAY)
    assert caught.value.field == "candidate"
    with pytest.raises(ValidationError, match=r"Pedro Sirpa \(member 14\) cannot stand: Not "
                       r"an active member\."):
        elections.nominate(coop, eid, SUSPENDED, today=TODAY)
    with pytest.raises(ValidationError, match="already a candidate"):
        elections.nominate(coop, eid, 1, today=TODAY)
    with pytest.raises(NotFound, match="no member number 99"):
        elections.nominate(coop, eid, 99, today=TODAY)
    elections.nominate(coop, eid, 3, today=TODAY)
    elections.withdraw(coop, eid, 1)  # before the poll: off the paper, the others move up
    assert [(c.place, c.number) for c in elections.election_info(coop, eid).candidates] == [
        (1, 2), (2, 3)]
    with pytest.raises(ValidationError, match="2 candidates for 3 seats"):
        elections.open_poll(coop, eid)
    with pytest.raises(ValidationError, match="no position named Tesorería"):
        elections.create_election(coop, "x", "plurality", 1, position="Tesorería")
    with pytest.raises(ValidationError, match="Instant-runoff"):
        elections.create_election(coop, "x", "irv", 2)


def test_term_limit(coop: UnitOfWork) -> None:
    eid = _election(coop, "plurality", 1, [1, 2], entry=elections.PAPER, position=BOARD)
    elections.close_poll(coop, eid)
    elections.enter_paper_totals(coop, eid, {1: 5, 2: 2})
    assert elections.count(coop, eid).elected == (1,)
    again = elections.create_election(coop, "Consejo 2028", "plurality", 1, position=BOARD)
    elections.open_nominations(coop, again)
    with pytest.raises(ValidationError, match=r"Rosa Quispe \(member 1\) cannot stand: Has "
                       r"served 1 consecutive terms as Consejo de Administración; the bylaws "
                       r"allow 1\."):
        elections.nominate(coop, again, 1, today=TODAY)
    elections.nominate(coop, again, 2, today=TODAY)  # not elected last time


def test_the_roll(coop: UnitOfWork) -> None:
    eid = _election(coop, "irv", 1, [1, 2, 3])
    with pytest.raises(ValidationError, match="No voter is checked off"):
        elections.cast(coop, eid, [1])
    with pytest.raises(ValidationError, match=r"Pedro Sirpa \(member 14\) is not on the roll: "
                       r"the member is suspended"):
        elections.check_off(coop, eid, SUSPENDED)
    with pytest.raises(ValidationError, match=r"Luz Mendoza \(member 15\) is not on the roll"):
        elections.check_off(coop, eid, APPLICANT)
    elections.check_off(coop, eid, 4)
    with pytest.raises(ValidationError, match=r"Luis Condori \(member 4\) was already checked "
                       r"off the roll \(by admin\)"):
        elections.check_off(coop, eid, 4)
    with pytest.raises(ValidationError, match="marked twice"):
        elections.cast(coop, eid, [1, 1])
    with pytest.raises(ValidationError, match="no candidate 4"):
        elections.cast(coop, eid, [4])
    elections.cast(coop, eid, [2, 1])
    with pytest.raises(ValidationError, match="No voter is checked off"):
        elections.cast(coop, eid, [1])  # one ballot per voter checked off
    elections.check_off(coop, eid, 5)  # checked off, walked away without voting
    info = elections.election_info(coop, eid)
    assert (info.checked_off, info.ballots, info.outstanding) == (2, 1, 1)
    report = elections.close_poll(coop, eid)
    assert report.mismatch == "1 ballots for 2 voters checked off the roll."
    with pytest.raises(ValidationError, match="stage"):
        elections.check_off(coop, eid, 6)
    outcome = elections.count(coop, eid)
    assert outcome.elected == (2,) and outcome.mismatch == report.mismatch


def test_who_runs_the_poll(coop: UnitOfWork) -> None:
    roles = add_role_users(coop)
    eid = _election(roles[Role.SECRETARY], "plurality", 1, [1, 2])
    elections.check_off(roles[Role.TELLER], eid, 3)
    elections.cast(roles[Role.TELLER], eid, [1])
    for role in (Role.TREASURER, Role.SUPERVISORY, Role.TRAINER):
        with pytest.raises(PermissionDenied):
            elections.check_off(roles[role], eid, 4)
    with pytest.raises(PermissionDenied):
        elections.create_election(roles[Role.TELLER], "x", "plurality", 1)


# Ten distinguishable ranked ballots, in the order they are cast (places on the paper).
CAST = [[1, 2, 3, 4], [2, 1, 4, 3], [3, 4, 1, 2], [4, 3, 2, 1], [1, 3], [2, 4], [3, 1, 2],
        [1, 4], [1], [2, 3, 4]]


def test_an_election_from_nominations_to_count(coop: UnitOfWork) -> None:
    eid = _election(coop, "stv", 2, [1, 2, 3, 4], position=BOARD)
    for voter, choices in zip(range(3, 13), CAST, strict=True):
        elections.check_off(coop, eid, voter)
        elections.cast(coop, eid, choices)
    report = elections.close_poll(coop, eid)
    assert (report.checked_off, report.ballots, report.mismatch) == (10, 10, None)
    with pytest.raises(ValidationError, match="stage"):
        elections.cast(coop, eid, [1])
    outcome = elections.count(coop, eid)
    independent = counting.count("stv", Election("any", ("a", "b", "c", "d"), 2),
                                 [Ballot(1, tuple(c - 1 for c in b)) for b in CAST])
    assert outcome.result == independent
    assert outcome.status == elections.COUNTED and outcome.needs_lot is None
    assert outcome.elected == tuple(c + 1 for c in independent.elected)
    election, stored = elections.ballots_of(coop, eid)
    assert counting.count("stv", election, stored) == independent
    with coop.read() as s:
        e = s.get(elections.ElectionRow, eid)
        assert e is not None
        saved = json.loads(e.result or "")
    assert saved["elected"] == list(outcome.elected)
    assert len(saved["rounds"]) == len(independent.rounds)
    assert _verify(coop).ok


def test_secrecy_nothing_ties_a_ballot_to_a_voter_or_the_order_of_voting(
        coop: UnitOfWork, backend: str) -> None:
    eid = _election(coop, "stv", 2, [1, 2, 3, 4])
    with coop.read() as s:
        first_seq = audit.head(s)[0]
    for voter, choices in zip(range(3, 13), CAST, strict=True):
        elections.check_off(coop, eid, voter)
        elections.cast(coop, eid, choices)
    elections.close_poll(coop, eid)
    cast_order = [json.dumps([c - 1 for c in b]) for b in CAST]

    with coop.read() as s:
        # 1. The ballot table has four columns: a random key, the election, the choices and a
        # weight. No member, user or time column; no integer key that could count.
        columns = {c["name"]: c for c in inspect(s.connection()).get_columns("ballot")}
        assert set(columns) == {"id", "election_id", "choices", "weight"}
        assert not any(isinstance(c["type"], DateTime) for c in columns.values())
        assert not isinstance(columns["id"]["type"], Integer)
        rows = s.execute(select(BallotRow.id, BallotRow.election_id, BallotRow.choices,
                                BallotRow.weight).order_by(BallotRow.id)).all()
        assert len(rows) == 10
        for key, election_id, stored, weight in rows:
            assert re.fullmatch(r"[0-9a-f]{32}", key)
            assert (election_id, weight) == (eid, 1)
            assert isinstance(json.loads(stored), list)
        # Nor does the roll point at a ballot: who voted, and who checked them off, only.
        roll = {c["name"] for c in inspect(s.connection()).get_columns("election_roll")}
        assert roll == {"election_id", "member_id", "checked_by"}

        # 2. The order of the keys is not the order of voting.
        by_key = [choices for _k, _e, choices, _w in rows]
        assert sorted(by_key) == sorted(cast_order)
        assert by_key != cast_order

        # 3. Nor is the order the database stores and returns them in.
        unordered = list(s.scalars(select(BallotRow.choices)))
        assert unordered != cast_order
        if backend == "sqlite":
            with pytest.raises(OperationalError, match="rowid"):  # WITHOUT ROWID: none kept
                s.execute(text("SELECT rowid FROM ballot")).all()
            assert unordered == by_key  # stored in the order of the random keys
        else:
            physical = list(s.scalars(text("SELECT choices FROM ballot ORDER BY ctid")))
            assert sorted(physical) == sorted(cast_order)
            assert physical != cast_order
            # Every ballot was written again by the last rewrite: one transaction id for all.
            assert s.scalar(text("SELECT count(DISTINCT xmin::text) FROM ballot")) == 1

        # 4. The audit chain: check-offs are there (who voted is public), ballots are not.
        events = s.execute(select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.summary)
                           .where(AuditEvent.seq > first_seq)).all()
    actions = [a for a, _i, _s in events]
    assert actions == ["election.check_off"] * 10 + ["election.close", "election.seal"]
    keys = {k for k, _e, _c, _w in rows}
    for _a, entity_id, summary in events:
        assert not any(k in summary or k in entity_id for k in keys)
        assert "choices" not in summary
    assert _verify(coop).ok


def test_a_ballot_changed_after_the_poll_shows_on_verify(coop: UnitOfWork) -> None:
    eid = _election(coop, "plurality", 1, [1, 2])
    for voter in (3, 4, 5):
        elections.check_off(coop, eid, voter)
        elections.cast(coop, eid, [2])
    elections.close_poll(coop, eid)
    assert _verify(coop).ok
    with coop.write(None) as tx:
        key = tx.session.scalars(select(BallotRow.id)).first()
        tx.session.execute(update(BallotRow).where(BallotRow.id == key).values(choices="[0]"))
    result = _verify(coop)
    assert not result.ok and "election_poll" in (result.problem or "")


def test_a_lot_asked_for_and_entered(coop: UnitOfWork) -> None:
    eid = _election(coop, "plurality", 1, [1, 2, 3], entry=elections.PAPER)
    for voter in range(4, 11):
        elections.check_off(coop, eid, voter)
    with pytest.raises(ValidationError, match="on paper"):
        elections.cast(coop, eid, [1])
    assert elections.close_poll(coop, eid).mismatch is None
    with pytest.raises(ValidationError, match="asked for a lot"):
        elections.enter_lot(coop, eid, 1, "Rosa Quispe")
    assert elections.enter_paper_totals(coop, eid, {1: 3, 2: 3, 3: 1}) == 7
    assert elections.second_entry(coop, eid, totals={1: 3, 2: 3, 3: 1}) == []
    outcome = elections.count(coop, eid)
    assert outcome.status == elections.CLOSED and outcome.elected == ()
    assert outcome.lot_candidates == (1, 2)
    assert outcome.needs_lot == ("Round 1: Rosa Quispe, Juan Mamani are tied for a seat. Draw "
                                 "a lot to choose the candidate to elect.")
    with pytest.raises(ValidationError, match="one of the tied candidates"):
        elections.enter_lot(coop, eid, 3, "Rosa Quispe")
    outcome = elections.enter_lot(coop, eid, 2, "Nora Apaza, the youngest member present")
    assert (outcome.status, outcome.elected) == (elections.COUNTED, (2,))
    election, ballots = elections.ballots_of(coop, eid)
    assert outcome.result == counting.count("plurality", election, ballots, [1])
    with coop.read() as s:
        lot = s.execute(select(AuditEvent.actor, AuditEvent.summary)
                        .where(AuditEvent.action == "election.lot")).one()
    assert lot[0] == "admin" and "Nora Apaza" in lot[1]
    with pytest.raises(ValidationError, match="stage"):
        elections.count(coop, eid)
    assert _verify(coop).ok


def test_paper_ballots_entered_twice(coop: UnitOfWork) -> None:
    eid = _election(coop, "irv", 1, [1, 2, 3], entry=elections.PAPER)
    for voter in range(4, 8):
        elections.check_off(coop, eid, voter)
    elections.close_poll(coop, eid)
    papers = [[1, 2], [2, 1, 3], [3], []]
    assert elections.enter_paper_ballots(coop, eid, papers[:2]) == 2
    assert elections.enter_paper_ballots(coop, eid, papers[2:]) == 4
    with pytest.raises(ValidationError, match="Totals can be entered for a plurality"):
        elections.enter_paper_totals(coop, eid, {1: 1})
    diffs = elections.second_entry(coop, eid, [[1, 2], [2, 3, 1], [3], []])
    assert diffs == [elections.Difference((2, 1, 3), 1, 0), elections.Difference((2, 3, 1), 0, 1)]
    assert elections.second_entry(coop, eid, [[3], [], [2, 1, 3], [1, 2]]) == []
    with pytest.raises(ValidationError, match="Ballot 1: candidate 1 is marked twice"):
        elections.enter_paper_ballots(coop, eid, [[1, 1]])
    elections.clear_paper_ballots(coop, eid, "second entry disagreed")
    assert elections.election_info(coop, eid).ballots == 0
    elections.enter_paper_ballots(coop, eid, [[1, 2], [2, 3, 1], [3, 1], []])
    outcome = elections.count(coop, eid)
    assert outcome.mismatch is None
    election, ballots = elections.ballots_of(coop, eid)
    assert outcome.result == counting.count("irv", election, ballots)
    assert outcome.result.blank == 1
    assert _verify(coop).ok


def test_withdrawn_after_the_poll_opened(coop: UnitOfWork) -> None:
    eid = _election(coop, "plurality", 1, [1, 2, 3])
    for voter, choice in ((4, 1), (5, 1), (6, 2)):
        elections.check_off(coop, eid, voter)
        elections.cast(coop, eid, [choice])
    elections.withdraw(coop, eid, 1)
    elections.check_off(coop, eid, 7)
    with pytest.raises(ValidationError, match="candidate 1 has withdrawn"):
        elections.cast(coop, eid, [1])
    elections.cast(coop, eid, [3])
    elections.close_poll(coop, eid)
    outcome = elections.count(coop, eid)
    assert outcome.status == elections.CLOSED and outcome.lot_candidates == (2, 3)
    assert elections.enter_lot(coop, eid, 3, "Hugo Vargas").elected == (3,)
