"""The demo cooperative's governance (see coopdesk.demo.governance_play): its bylaws, March's
assembly with final minutes and the board elected in the booth, the board's first meeting, the
officers register, two grievances, and an extraordinary assembly convened for the class."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.access import SYSTEM, Actor, Role
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import elections, grievances, meetings, officers, services
from coopdesk.governance.models import BallotRow, ElectionRow
from coopdesk.sharing.models import Distribution


@pytest.fixture(scope="module")
def uow(small_demo: tuple[Database, Path]) -> UnitOfWork:
    return UnitOfWork(small_demo[0], SYSTEM)


def _by_kind(uow: UnitOfWork, kind: str) -> meetings.MeetingInfo:
    summary = next(m for m in meetings.meetings(uow) if m.kind == kind)
    return meetings.meeting_info(uow, summary.id)


def test_bylaws_and_the_march_assembly_with_final_minutes(uow: UnitOfWork) -> None:
    bylaws = services.current_bylaws(uow)
    assert bylaws is not None and bylaws.name == "colombia"
    ago = _by_kind(uow, "ordinary_assembly")
    assert (ago.status, ago.number, ago.scheduled_at.month) == (meetings.FINAL, 1, 3)
    assert ago.present * 2 >= ago.eligible > 0          # a quorum at first call
    assert ago.convened_on is not None
    assert (ago.scheduled_at.date() - ago.convened_on).days == 20
    assert [r.resolution for r in ago.resolutions] == [
        f"{ago.scheduled_at.year}-{n:03d}" for n in range(1, 7)]
    assert all(item.minutes for item in ago.items)
    assert ago.signed_president == "presidente" and ago.signed_secretary == "secretario"
    # Resolution 5 is the distribution of the surplus, as the distribution itself says.
    fifth = ago.resolutions[4]
    assert fifth.decision_type == "distribution" and fifth.passed
    with uow.read() as s:
        refs = list(s.scalars(select(Distribution.resolution_ref)))
    assert f"Resolución {fifth.resolution} de la asamblea general" in refs
    assert all(ago.opened_at <= a.arrived_at <= ago.opened_at + dt.timedelta(minutes=40)
               for a in ago.attendees if ago.opened_at)


def test_the_board_elected_in_the_booth_and_its_mandates(uow: UnitOfWork) -> None:
    ago = _by_kind(uow, "ordinary_assembly")
    with uow.read() as s:
        e = s.scalar(select(ElectionRow).where(ElectionRow.meeting_id == ago.id))
        assert e is not None
        papers = s.scalar(select(func.sum(BallotRow.weight))
                          .where(BallotRow.election_id == e.id))
    info = elections.election_info(uow, e.id)
    assert (info.status, info.method, info.seats, len(info.candidates)) == (
        elections.COUNTED, "stv", 5, 8)
    assert info.checked_off == papers == ago.present      # one ballot per voter, all voted
    elected = json.loads(e.result or "{}")["elected"]
    team = officers.officers(uow, ago.scheduled_at.date() + dt.timedelta(days=1))
    board = [o for o in team if o.position == "Consejo de Administración"]
    assert sorted(o.number for o in board) == sorted(elected)
    assert {o.starts for o in board} == {ago.scheduled_at.date()}
    texts = [w.text for w in officers.warnings(uow, dt.date(2026, 11, 1))]
    assert "Junta de Vigilancia: 2 of 3 seats filled." in texts


def test_the_board_meeting_votes_by_name(uow: UnitOfWork) -> None:
    cd = _by_kind(uow, "management_committee")
    assert (cd.status, cd.number, cd.eligible, cd.present) == (meetings.FINAL, 2, 5, 4)
    motion = next(m for i in cd.items for m in i.motions)
    assert (motion.method, motion.yes, motion.no, motion.passed) == (meetings.NAMED, 3, 1,
                                                                     True)


def test_the_assembly_ahead_is_ready_for_the_class(uow: UnitOfWork) -> None:
    ahead = _by_kind(uow, "extraordinary_assembly")
    assert ahead.status == meetings.CONVENED
    assert ahead.scheduled_at.date() > dt.date.today()
    with uow.read() as s:
        e = s.scalar(select(ElectionRow).where(ElectionRow.meeting_id == ahead.id))
        assert e is not None
    info = elections.election_info(uow, e.id)
    assert (info.status, info.position, len(info.candidates)) == (
        elections.NOMINATIONS, "Junta de Vigilancia", 3)


def test_grievances_and_the_chain(uow: UnitOfWork) -> None:
    fiscal = uow.as_actor(Actor("fiscal", frozenset({Role.SUPERVISORY})))
    register = grievances.grievances(fiscal)
    assert sorted(g.status for g in register) == [grievances.OPEN, grievances.RESOLVED]
    with uow.read() as s:
        assert audit.verify(s).ok
