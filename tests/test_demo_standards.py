"""The demo cooperative's standards (see coopdesk.demo.standards_play), played last on a small
demo after the formalisation, training, actions and business plays: a CRAFT checklist about
two fifths assessed, its evidence pointing at real records, improvement actions in the action
plan; Fairmined and Maendeleo not started; nothing at all in a tiny cooperative."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import list_users
from coopdesk.demo import standards_play
from coopdesk.governance.models import MeetingRow
from coopdesk.plans import standards
from coopdesk.plans.models import AssessmentRow, IncidentRow, TrainingRow

TODAY = dt.date(2026, 11, 1)


def actors(db: Database) -> dict[str, Actor]:
    return {u.username: Actor(u.username, u.roles, u.id) for u in list_users(UnitOfWork(db))}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from coopdesk.demo import make_demo

    db = make_demo(str(tmp_path_factory.mktemp("std-demo") / "demo.coopdesk"), members=60,
                   seed=7, photos=False, today=TODAY)
    people = actors(db)
    for name in ("formal", "training", "actions", "business"):
        try:
            module = importlib.import_module(f"coopdesk.demo.{name}_play")
        except ImportError:
            continue
        module.play(db, people, TODAY, 7)
    with UnitOfWork(db).read() as s:   # once the generator plays it, not a second time
        done = s.scalar(select(func.count()).select_from(AssessmentRow))
    if not done:
        standards_play.play(db, people, TODAY, 7)
    yield db
    db.dispose()


def test_a_partly_assessed_craft_checklist(demo: Database) -> None:
    uow = UnitOfWork(demo)
    craft, fairmined, maendeleo = standards.progress(uow)
    assessed = craft.assessed
    assert 9 <= assessed <= 13 and 0.3 <= assessed / craft.total <= 0.5
    assert craft.counts["met"] >= 4 and craft.counts["partly_met"] >= 2
    assert craft.counts["in_progress"] >= 2
    assert fairmined.assessed == 0 and maendeleo.assessed == 0
    assert 20 < craft.percent < 45
    with uow.read() as s:
        assert all(d <= dt.date.today() for d in s.scalars(select(AssessmentRow.assessed_on)))


def test_the_evidence_points_at_real_records(demo: Database) -> None:
    uow = UnitOfWork(demo)
    check = standards.checklist(uow, "craft", TODAY)
    assembly = check.find("2.4")
    assert assembly is not None and assembly.level == "met"
    minutes = [e for e in assembly.evidence if e.kind == "minutes"]
    assert minutes and minutes[0].ref_id is not None
    with uow.read() as s:
        m = s.get(MeetingRow, minutes[0].ref_id)
        assert m is not None and m.status == "final" and m.kind == "ordinary_assembly"
        assert m.scheduled_at.month == 3
    register = check.find("2.3")
    assert register is not None
    assert register.evidence[0].kind == "register"
    assert "2026-11-01" in register.evidence[0].label  # in the language it was made in
    kinds = {e.kind for s in check.sections for r in s.requirements for e in r.evidence}
    assert {"minutes", "register"} <= kinds
    with uow.read() as s:
        if s.scalar(select(func.count()).select_from(TrainingRow)):
            assert "training" in kinds
        if s.scalar(select(func.count()).select_from(IncidentRow)):
            assert "incident" in kinds
    every = [e for s in check.sections for r in s.requirements for e in r.evidence]
    assert len({(e.kind, e.ref_id, e.label) for e in every}) >= 8


def test_improvement_actions_in_the_action_plan(demo: Database) -> None:
    pytest.importorskip("coopdesk.plans.activities")
    check = standards.checklist(UnitOfWork(demo), "craft", TODAY)
    acts = {r.id: [a.title for a in r.activities] for s in check.sections
            for r in s.requirements if r.activities}
    assert set(acts) == {"5.4", "5.1", "1.5"}
    assert acts["5.4"] == ["Compra de retortas y capacitación en quema segura de amalgama"]


def test_a_tiny_cooperative_gets_nothing(tmp_path: Path) -> None:
    from coopdesk.demo import make_demo

    db = make_demo(str(tmp_path / "tiny.coopdesk"), members=8, seed=3, photos=False,
                   books=False, today=TODAY)
    try:
        standards_play.play(db, actors(db), TODAY, 3)
        with UnitOfWork(db).read() as s:
            assert not s.scalar(select(func.count()).select_from(AssessmentRow))
    finally:
        db.dispose()
