"""Meetings on a small cooperative (both databases): the convocation against the notice period,
attendance, proxies and the live quorum, motions decided by the bylaws' majorities and numbered
as resolutions, minutes signed by the president and the secretary and then immutable and held
by the chain; the officers' mandates an election creates; the register of grievances, closed to
the roles the bylaws do not name."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.models import AuditEvent
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import elections, grievances, meetings, officers, services
from coopdesk.governance.bylaws import DecisionType, MeetingKind
from coopdesk.governance.models import AgendaItemRow, MeetingRow
from coopdesk.governance.presets import COLOMBIA, OHADA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from tests.conftest import add_role_users

BOARD = "Consejo de Administración"
AT = dt.datetime(2026, 3, 28, 9, 0)
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Elena", "Cruz", "F"), ("Iván", "Poma", "M")]
SUSPENDED = 13


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    """Colombian bylaws; members 1-12 active with a paid share, 13 (Pedro) suspended."""
    services.save_bylaws(admin, COLOMBIA)
    for first, last, sex in NAMES:
        n = members.register_member(admin, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                       "digger", dt.date(2020, 1, 1)),
                                    Status.ACTIVE)
        shares.subscribe(admin, n, 1, dt.date(2020, 1, 1))
        shares.pay(admin, n, Decimal(10000), dt.date(2020, 1, 2))
    members.register_member(admin, MemberInput("Pedro", "Sirpa", "M", dt.date(1975, 1, 1),
                                               "digger", dt.date(2018, 1, 1)), Status.ACTIVE)
    members.change_status(admin, SUSPENDED, Status.SUSPENDED, dt.date(2026, 1, 5),
                          "unpaid dues")
    return admin


def _assembly(uow: UnitOfWork, at: dt.datetime = AT) -> int:
    mid = meetings.create_meeting(uow, MeetingKind.ORDINARY, "Ordinary assembly 2026", at,
                                  place="Community hall",
                                  agenda=["Quorum and agenda", "Accounts of 2025",
                                          "Election of the board"])
    meetings.convene(uow, mid, at.date() - dt.timedelta(days=20))
    meetings.open_meeting(uow, mid, "Rosa Quispe", "Juan Mamani", at=at)
    return mid


def _items(uow: UnitOfWork, mid: int) -> list[int]:
    return [i.id for i in meetings.meeting_info(uow, mid).items]


def _verify(uow: UnitOfWork) -> audit.VerifyResult:
    with uow.read() as s:
        return audit.verify(s)


# --- convocation ---------------------------------------------------------------------------

def test_the_convocation_must_give_the_bylaws_notice_and_state_an_agenda(
        coop: UnitOfWork) -> None:
    mid = meetings.create_meeting(coop, "ordinary_assembly", "", AT)
    assert meetings.meeting_info(coop, mid).title == "Ordinary general assembly"
    with pytest.raises(ValidationError) as no_agenda:
        meetings.convene(coop, mid, dt.date(2026, 3, 1))
    assert no_agenda.value.field == "agenda"
    meetings.set_agenda(coop, mid, ["Accounts", "Board"])
    # Colombia: ten business days. 20 March (Friday) to 28 March leaves 5 business days.
    with pytest.raises(ValidationError) as short:
        meetings.convene(coop, mid, dt.date(2026, 3, 20))
    assert short.value.field == "convened_on"
    assert "10" in short.value.message
    assert meetings.meeting_info(coop, mid).status == meetings.PLANNED
    assert meetings.notice_problem(coop, mid, dt.date(2026, 3, 10)) is None
    meetings.convene(coop, mid, dt.date(2026, 3, 10))
    info = meetings.meeting_info(coop, mid)
    assert (info.status, info.convened_on) == (meetings.CONVENED, dt.date(2026, 3, 10))
    with pytest.raises(ValidationError) as late:
        meetings.set_agenda(coop, mid, ["Other"])
    assert late.value.field == "status"
    with pytest.raises(ValidationError) as blank:
        meetings.create_meeting(coop, "ordinary_assembly", "x", AT, agenda=["A", " "])
    assert blank.value.field == "agenda.2"
    with pytest.raises(ValidationError) as kind:
        meetings.create_meeting(coop, "picnic", "x", AT)
    assert kind.value.field == "kind"


# --- attendance, proxies, quorum ---------------------------------------------------------

def test_check_in_the_roll_and_the_live_quorum(coop: UnitOfWork) -> None:
    mid = _assembly(coop)
    info = meetings.meeting_info(coop, mid)
    assert info.eligible == 12     # the suspended member is not on the roll
    soon = AT + dt.timedelta(minutes=5)
    q = meetings.quorum_now(coop, mid, soon)
    assert (q.required, q.missing, q.reached) == (6, 6, False)
    assert q.message == "6 more members needed."
    for n in (1, 2, 3, 4):
        meetings.check_in(coop, mid, n)
    meetings.check_in(coop, mid, 5, found_by="photo")
    assert meetings.quorum_now(coop, mid, soon).message == "1 more member needed."
    with pytest.raises(ValidationError) as twice:
        meetings.check_in(coop, mid, 5)
    assert (twice.value.field, "already checked in" in twice.value.message) == ("member", True)
    with pytest.raises(ValidationError) as off_roll:
        meetings.check_in(coop, mid, SUSPENDED)
    assert "not on the roll" in off_roll.value.message
    with pytest.raises(NotFound):
        meetings.check_in(coop, mid, 99)
    message = meetings.check_in(coop, mid, 6, found_by="name")
    assert message.startswith("Quorum reached")
    meetings.check_out(coop, mid, 6)
    assert not meetings.quorum_now(coop, mid, soon).reached
    meetings.check_in(coop, mid, 6)       # back in the room
    assert meetings.quorum_now(coop, mid, soon).reached
    assert [a.found_by for a in meetings.meeting_info(coop, mid).attendees][4:6] == [
        "photo", "name"]
    found = meetings.find_members(coop, mid, "quis")
    assert [(n, here) for n, _name, here in found] == [(1, True)]
    assert [n for n, _name, _here in meetings.find_members(coop, mid, "11")] == [11]
    sheet = meetings.roll(coop, mid)
    assert [line.number for line in sheet] == list(range(1, 13))
    assert [line.present for line in sheet].count(True) == 6


def test_proxies_count_within_the_bylaws_limit(coop: UnitOfWork) -> None:
    mid = _assembly(coop)
    meetings.check_in(coop, mid, 1)
    with pytest.raises(ValidationError) as none_allowed:
        meetings.add_proxy(coop, mid, 2, 1)        # Colombia's preset: no proxies
    assert none_allowed.value.field == "proxy"
    services.save_bylaws(coop, OHADA)              # one proxy per member
    meetings.add_proxy(coop, mid, 2, 1)
    with pytest.raises(ValidationError) as limit:
        meetings.add_proxy(coop, mid, 3, 1)
    assert (limit.value.field, "already holds 1 proxies" in limit.value.message) == (
        "holder", True)
    with pytest.raises(ValidationError) as absent_holder:
        meetings.add_proxy(coop, mid, 3, 4)
    assert absent_holder.value.field == "holder"
    with pytest.raises(ValidationError) as present_giver:
        meetings.add_proxy(coop, mid, 1, 1)
    assert present_giver.value.field == "holder"
    q = meetings.quorum_now(coop, mid, AT)
    assert q.present_with_proxies == 2
    meetings.check_in(coop, mid, 2)               # the giver came after all: the proxy lapses
    info = meetings.meeting_info(coop, mid)
    assert (info.proxies, info.present) == ((), 2)
    assert meetings.quorum_now(coop, mid, AT).present_with_proxies == 2


# --- motions -------------------------------------------------------------------------------

def test_motions_need_a_quorum_and_the_bylaws_majority(coop: UnitOfWork) -> None:
    mid = _assembly(coop)
    accounts = _items(coop, mid)[1]
    meetings.check_in(coop, mid, 1)
    with pytest.raises(ValidationError) as no_quorum:
        meetings.record_motion(coop, mid, accounts, "Approve the accounts", "ordinary",
                               yes=1)
    assert no_quorum.value.field == "quorum"
    for n in range(2, 11):
        meetings.check_in(coop, mid, n)
    # Ten present; Colombia: more than half of those present.
    m = meetings.record_motion(coop, mid, accounts, "Approve the accounts of 2025",
                               DecisionType.ORDINARY, yes=6, no=3, abstain=1)
    assert (m.passed, m.resolution, m.present, m.entitled) == (True, "2026-001", 10, 12)
    assert "6 in favour" in m.explanation
    tie = meetings.record_motion(coop, mid, accounts, "Buy a second mill", "ordinary",
                                 yes=5, no=5)
    assert (tie.passed, tie.resolution) == (False, None)
    bylaws = meetings.record_motion(coop, mid, accounts, "Amend article 12",
                                    "bylaws_amendment", yes=6, no=4)
    assert not bylaws.passed and "two thirds" in bylaws.explanation     # 7 needed
    again = meetings.record_motion(coop, mid, accounts, "Amend article 12 as redrafted",
                                   "bylaws_amendment", yes=7, no=3)
    assert (again.passed, again.resolution) == (True, "2026-002")
    with pytest.raises(ValidationError) as too_many:
        meetings.record_motion(coop, mid, accounts, "x", "ordinary", yes=9, no=3)
    assert too_many.value.field == "votes"
    with pytest.raises(ValidationError) as negative:
        meetings.record_motion(coop, mid, accounts, "x", "ordinary", yes=-1)
    assert negative.value.field == "votes"
    with pytest.raises(ValidationError) as kind:
        meetings.record_motion(coop, mid, accounts, "x", "coronation", yes=1)
    assert kind.value.field == "decision_type"
    info = meetings.meeting_info(coop, mid)
    assert [r.resolution for r in info.resolutions] == ["2026-001", "2026-002"]
    assert len(info.items[1].motions) == 4


def test_a_committee_votes_by_name_among_its_officers(coop: UnitOfWork) -> None:
    for n in (1, 2, 3, 4, 5):
        officers.add_mandate(coop, n, BOARD, dt.date(2025, 4, 1))
    when = dt.datetime(2026, 4, 10, 17, 0)
    mid = meetings.create_meeting(coop, MeetingKind.MANAGEMENT, "Board, April", when,
                                  agenda=["Purchase of a compressor"])
    meetings.convene(coop, mid, dt.date(2026, 4, 1))
    meetings.open_meeting(coop, mid, "Rosa Quispe", "Juan Mamani", at=when)
    assert meetings.meeting_info(coop, mid).eligible == 5
    with pytest.raises(ValidationError) as outsider:
        meetings.check_in(coop, mid, 9)
    assert "does not sit on the management committee" in outsider.value.message
    for n in (1, 2, 3):
        meetings.check_in(coop, mid, n)
    item = _items(coop, mid)[0]
    with pytest.raises(ValidationError) as absent:
        meetings.record_motion(coop, mid, item, "Buy", "ordinary",
                               named={1: "yes", 4: "yes"})
    assert absent.value.field == "votes.4"
    with pytest.raises(ValidationError) as word:
        meetings.record_motion(coop, mid, item, "Buy", "ordinary", named={1: "maybe"})
    assert word.value.field == "votes.1"
    m = meetings.record_motion(coop, mid, item, "Buy the compressor", "ordinary",
                               named={1: "yes", 2: "yes", 3: "no"})
    assert (m.method, m.yes, m.no, m.passed) == (meetings.NAMED, 2, 1, True)
    assert [(n, v) for n, _name, v in m.votes] == [(1, "yes"), (2, "yes"), (3, "no")]


# --- minutes -------------------------------------------------------------------------------

def test_minutes_signed_by_president_and_secretary_become_final_and_immutable(
        coop: UnitOfWork) -> None:
    users = add_role_users(coop)
    mid = _assembly(coop)
    for n in range(1, 9):
        meetings.check_in(coop, mid, n)
    items = _items(coop, mid)
    meetings.write_minutes(coop, mid, items[0], "Eight members present; quorum reached.")
    meetings.record_motion(coop, mid, items[1], "Approve the accounts", "ordinary", yes=8)
    with pytest.raises(ValidationError) as still_open:
        meetings.sign_minutes(users[Role.PRESIDENT], mid)
    assert still_open.value.field == "status"
    meetings.close_meeting(coop, mid)
    meetings.write_minutes(coop, mid, items[1], "The treasurer presented the accounts.")
    with pytest.raises(PermissionDenied):
        meetings.sign_minutes(users[Role.TREASURER], mid)
    with pytest.raises(PermissionDenied):
        meetings.sign_minutes(coop, mid)           # the administrator is not an officer
    first = meetings.sign_minutes(users[Role.SECRETARY], mid)
    assert (first.status, first.signed_secretary, first.number) == (
        meetings.CLOSED, "secretary", None)
    with pytest.raises(ValidationError) as frozen:
        meetings.write_minutes(coop, mid, items[2], "Late addition")
    assert frozen.value.field == "minutes"
    with pytest.raises(ValidationError) as twice:
        meetings.sign_minutes(users[Role.SECRETARY], mid)
    assert twice.value.field == "signature"
    final = meetings.sign_minutes(users[Role.PRESIDENT], mid)
    assert (final.status, final.number, final.signed_president) == (
        meetings.FINAL, 1, "president")
    assert final.digest and len(final.digest) == 64
    with coop.read() as s:
        last = s.scalars(select(AuditEvent).where(AuditEvent.entity == "meeting")
                         .order_by(AuditEvent.seq.desc())).first()
        assert last is not None and last.action == "meeting.final"
        assert json.loads(last.summary)["digest"] == final.digest
    assert _verify(coop).ok
    for call in (lambda: meetings.write_minutes(coop, mid, items[0], "x"),
                 lambda: meetings.add_item(coop, mid, "x"),
                 lambda: meetings.close_meeting(coop, mid)):
        with pytest.raises(ValidationError):
            call()
    # A second meeting's minutes take the next number in the book.
    other = _assembly(coop, dt.datetime(2026, 9, 5, 9, 0))
    meetings.close_meeting(coop, other)
    meetings.sign_minutes(users[Role.PRESIDENT], other)
    assert meetings.sign_minutes(users[Role.SECRETARY], other).number == 2
    # Final minutes changed outside coopdesk show on verify.
    with coop.db.session(write=True) as s:
        s.execute(update(AgendaItemRow).where(AgendaItemRow.id == items[1])
                  .values(minutes="The accounts were rejected."))
    result = _verify(coop)
    assert not result.ok and "meeting" in (result.problem or "")


def test_one_person_cannot_sign_as_president_and_secretary(coop: UnitOfWork) -> None:
    from coopdesk.core.users import add_user
    from tests.conftest import PASSWORD, login

    add_user(coop, "both", "Both Roles", PASSWORD, {Role.PRESIDENT, Role.SECRETARY})
    both = login(coop.db, "both")
    mid = _assembly(coop)
    meetings.close_meeting(coop, mid)
    meetings.sign_minutes(both, mid)
    with pytest.raises(ValidationError) as again:
        meetings.sign_minutes(both, mid)
    assert again.value.field == "signature"
    with coop.read() as s:
        row = s.get(MeetingRow, mid)
        assert row is not None and row.status == meetings.CLOSED


# --- officers ------------------------------------------------------------------------------

def test_an_election_at_the_assembly_creates_the_mandates(coop: UnitOfWork) -> None:
    for n in (1, 2, 3, 4, 5):
        officers.add_mandate(coop, n, BOARD, dt.date(2024, 3, 30))   # ends 2026-03-29
    mid = _assembly(coop)
    for n in range(1, 11):
        meetings.check_in(coop, mid, n)
    eid = elections.create_election(coop, "Board 2026", "block", 5, position=BOARD,
                                    entry=elections.PAPER, meeting_id=mid)
    elections.open_nominations(coop, eid)
    for n in (6, 7, 8, 9, 10, 11):
        elections.nominate(coop, eid, n, today=AT.date())
    elections.open_poll(coop, eid)
    with pytest.raises(ValidationError) as absent:
        elections.check_off(coop, eid, 12)
    assert "not checked in at the meeting" in absent.value.message
    for n in range(1, 11):
        elections.check_off(coop, eid, n)
    elections.close_poll(coop, eid)
    elections.enter_paper_ballots(coop, eid, [[1, 2, 3, 4, 5]] * 6 + [
        [1, 2, 3, 4], [1, 2, 3], [1, 2], [1]])
    outcome = elections.count(coop, eid)
    assert outcome.elected == (6, 7, 8, 9, 10)
    team = officers.officers(coop, dt.date(2026, 4, 1))
    assert sorted(o.number for o in team) == [6, 7, 8, 9, 10]
    assert {(o.starts, o.ends) for o in team} == {(dt.date(2026, 3, 28),
                                                   dt.date(2028, 3, 27))}
    # The old board's terms ran to 29 March: they end the day before the new board's begin.
    history = officers.officers(coop, everyone=True)
    assert len(history) == 10
    assert {(o.ended_on, o.end_reason) for o in history if o.number <= 5} == {
        (dt.date(2026, 3, 27), "Replaced by the election 'Board 2026'.")}
    assert _verify(coop).ok


def test_new_mandates_replace_the_running_ones_and_warnings(coop: UnitOfWork) -> None:
    ids = [officers.add_mandate(coop, n, BOARD, dt.date(2025, 1, 1)) for n in (1, 2, 3, 4)]
    assert officers.officers(coop, dt.date(2025, 6, 1))[0].ends == dt.date(2026, 12, 31)
    with pytest.raises(ValidationError) as twice:
        officers.add_mandate(coop, 1, BOARD, dt.date(2025, 6, 1))
    assert twice.value.field == "member"
    with pytest.raises(ValidationError) as unknown:
        officers.add_mandate(coop, 1, "King", dt.date(2025, 6, 1))
    assert unknown.value.field == "position"
    officers.end_mandate(coop, ids[3], dt.date(2026, 5, 31), "Resigned")
    with pytest.raises(ValidationError) as reason:
        officers.end_mandate(coop, ids[0], dt.date(2026, 5, 31), " ")
    assert reason.value.field == "reason"
    texts = [w.text for w in officers.warnings(coop, dt.date(2026, 11, 15))]
    assert "Rosa Quispe's term as Consejo de Administración ends on 2026-12-31 (46 days)." \
        in texts
    assert "Consejo de Administración: 3 of 5 seats filled." in texts
    assert "Junta de Vigilancia: 0 of 3 seats filled." in texts
    services.save_bylaws(coop, dataclasses.replace(COLOMBIA, min_women=3))
    board = [w.text for w in officers.warnings(coop, dt.date(2026, 11, 15))
             if w.level == "board"]
    assert board == ["Women elected to the board: 2; the bylaws require at least 3."]
    expired = officers.warnings(coop, dt.date(2027, 2, 1))
    assert any(w.level == "expired" and "Rosa Quispe" in w.text for w in expired)


# --- grievances ----------------------------------------------------------------------------

def test_grievances_are_closed_to_roles_the_bylaws_do_not_name(coop: UnitOfWork) -> None:
    users = add_role_users(coop)
    secretary, treasurer = users[Role.SECRETARY], users[Role.TREASURER]
    with pytest.raises(PermissionDenied) as denied:
        grievances.open_grievance(coop, dt.date(2026, 5, 1), "payment", "A v. B", "x")
    assert "president, secretary, supervisory" in denied.value.message.lower()
    gid = grievances.open_grievance(secretary, dt.date(2026, 5, 1), "payment",
                                    "Luis Condori; the treasurer",
                                    "Says his May gold was weighed short.")
    with pytest.raises(PermissionDenied):
        grievances.grievances(treasurer)
    assert not grievances.may_see(treasurer) and grievances.may_see(secretary)
    grievances.add_step(secretary, gid, dt.date(2026, 5, 8), "mediation",
                        "Both heard by the supervisory committee; the scale to be checked.")
    assert grievances.grievances(secretary)[0].status == grievances.MEDIATION
    with pytest.raises(ValidationError) as early:
        grievances.add_step(secretary, gid, dt.date(2026, 4, 1), "note", "x")
    assert early.value.field == "on"
    grievances.close_grievance(secretary, gid, dt.date(2026, 5, 20),
                               "The scale read 0.4 g low; the difference was paid.", True)
    g = grievances.grievances(secretary)[0]
    assert (g.status, g.closed_on, len(g.steps)) == (grievances.RESOLVED,
                                                     dt.date(2026, 5, 20), 1)
    assert grievances.grievances(secretary, open_only=True) == []
    with pytest.raises(ValidationError):
        grievances.add_step(secretary, gid, dt.date(2026, 5, 21), "note", "x")
    for bad, field in ((("fight", "a", "b"), "category"), (("work", " ", "b"), "parties"),
                       (("work", "a", ""), "summary")):
        with pytest.raises(ValidationError) as exc:
            grievances.open_grievance(secretary, dt.date(2026, 5, 1), *bad)
        assert exc.value.field == field
    # The chain records that it happened, not who or what.
    with coop.read() as s:
        summaries = " ".join(s.scalars(select(AuditEvent.summary).where(
            AuditEvent.entity == "grievance")))
    assert "Condori" not in summaries and "scale" not in summaries
    # The bylaws may open the register to the treasurer.
    services.save_bylaws(coop, dataclasses.replace(COLOMBIA, grievance_roles=("treasurer",)))
    assert len(grievances.grievances(treasurer)) == 1
    with pytest.raises(PermissionDenied):
        grievances.grievances(secretary)
    assert _verify(coop).ok


def test_a_meeting_held_on_paper_is_entered_with_its_times(coop: UnitOfWork) -> None:
    users = add_role_users(coop)
    mid = _assembly(coop)
    with pytest.raises(ValidationError) as before:
        meetings.check_in(coop, mid, 1, at=AT - dt.timedelta(minutes=1))
    assert before.value.field == "at"
    with pytest.raises(ValidationError) as future:
        meetings.check_in(coop, mid, 1, at=dt.datetime.now() + dt.timedelta(days=1))
    assert future.value.field == "at"
    for n in range(1, 8):
        meetings.check_in(coop, mid, n, at=AT + dt.timedelta(minutes=n))
    assert meetings.meeting_info(coop, mid).attendees[6].arrived_at == AT + dt.timedelta(
        minutes=7)
    meetings.close_meeting(coop, mid, at=AT.replace(hour=12))
    with pytest.raises(ValidationError) as early:
        meetings.sign_minutes(users[Role.PRESIDENT], mid, at=AT.replace(hour=11))
    assert early.value.field == "at"
    meetings.sign_minutes(users[Role.PRESIDENT], mid, at=AT.replace(hour=12, minute=10))
    final = meetings.sign_minutes(users[Role.SECRETARY], mid, at=AT.replace(hour=12, minute=15))
    assert (final.closed_at, final.signed_secretary_at) == (AT.replace(hour=12),
                                                           AT.replace(hour=12, minute=15))
