"""The demo's action plan and budget (see coopdesk.demo.actions_play), played on a copy of the
small demo: eleven activities of the current year led by officers, some done, some running,
two overdue and one late, spending tagged from the books' fitting expense lines, the budget
proposed from last year plus 8 % and left a draft (no assembly motion is about the budget);
played once only; a cooperative without books gets the plan alone, a tiny one nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import list_users
from coopdesk.demo import actions_play
from coopdesk.demo.generator import DEFAULT_TODAY
from coopdesk.governance import officers
from coopdesk.plans import activities as acts
from coopdesk.plans import budgets
from coopdesk.plans.models import ActivityLineRow, ActivityRow

SEED = 7


def _actors(db: Database) -> dict[str, Actor]:
    return {u.username: Actor(u.username, u.roles, u.id) for u in list_users(UnitOfWork(db))}


@pytest.fixture(scope="module")
def played(small_demo: tuple[Database, Path], tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[UnitOfWork]:
    """A copy of the small demo (the others read it as it is), the play run on it."""
    source = small_demo[0]
    assert source.path is not None
    copy = tmp_path_factory.mktemp("demo-actions") / "demo.coopdesk"
    with sqlite3.connect(source.path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    db = open_cooperative(str(copy)).db
    with UnitOfWork(db).read() as s:
        already = int(s.scalar(select(func.count()).select_from(ActivityRow)) or 0)
    if not already:       # until the generator plays it itself
        actions_play.play(db, _actors(db), DEFAULT_TODAY, SEED)
    yield UnitOfWork(db)
    db.dispose()


def test_the_plan_of_the_year(played: UnitOfWork) -> None:
    today = DEFAULT_TODAY
    # the standards play adds its improvement actions (they name a requirement)
    rows = [r for r in acts.activities(played, year=today.year, on=today)
            if r.requirement is None]
    assert len(rows) == len(actions_play.PLAN) == 11
    assert {r.title for r in rows} == {p.title for p in actions_play.PLAN}
    assert all(r.starts.year == r.ends.year == today.year for r in rows)
    assert len({r.starts.month for r in rows}) >= 6             # spread through the year
    team = {o.number for o in officers.officers(played, today)}
    led = [r.responsible for r in rows if r.responsible is not None]
    assert len(led) == 11 and sum(1 for n in led if n in team) >= 6
    status = [r.status for r in rows]
    assert status.count("done") >= 3 and status.count("in_progress") >= 3
    overdue = [r.title for r in rows if r.overdue]
    assert 1 <= len(overdue) <= 2
    assert any(r.late for r in rows)
    for r in rows:
        d = acts.activity_detail(played, r.number, today)
        if r.starts <= today:
            assert d.reports, r.title
        if r.status == "done":
            assert r.progress == 100 and d.reports[0].status == "done"


def test_spending_tagged_from_the_books(played: UnitOfWork) -> None:
    today = DEFAULT_TODAY
    rows = {r.title: r for r in acts.activities(played, on=today)}
    ppe = acts.activity_detail(played, rows[actions_play.PLAN[0].title].number, today)
    # described as helmets and boots, else the largest lines of the safety account
    assert ppe.lines and all("casco" in ln.memo.lower() or "botas" in ln.memo.lower()
                             or ln.account == "5150" for ln in ppe.lines)
    mercury = acts.activity_detail(played, rows[actions_play.PLAN[2].title].number, today)
    assert mercury.lines and all(ln.account == "5196" for ln in mercury.lines)
    for r in rows.values():
        d = acts.activity_detail(played, r.number, today)
        assert all(r.starts <= ln.date <= min(r.ends, today) for ln in d.lines)
        assert r.actual == sum((ln.amount for ln in d.lines if ln.counted), Decimal(0))
    assert sum(1 for r in rows.values() if r.actual > 0) >= 5
    with played.read() as s:
        tagged = int(s.scalar(select(func.count()).select_from(ActivityLineRow)) or 0)
        assert audit.verify(s).ok
    assert tagged >= 8


def test_the_budget_proposed_from_last_year_stays_a_draft(played: UnitOfWork) -> None:
    name = budgets.year_of(played, DEFAULT_TODAY)
    assert name is not None
    found = budgets.budgets(played, name)
    assert [(b.version, b.status, b.motion_id) for b in found] == [(1, "draft", None)]
    assert not any("presupuesto" in m.text.lower() for m in budgets.assembly_motions(played))
    vs = budgets.budget_vs_actual(played, name)
    last = budgets.year_of(played, dt.date(DEFAULT_TODAY.year - 1, 6, 30))
    assert last is not None
    before = {r.code: r.actual for r in budgets.year_actuals(played, last)}
    rows = {r.code: r for r in vs.rows}
    for code, actual in before.items():
        if actual > 0:
            expected = (actual * Decimal("1.08")).quantize(Decimal(1))
            assert abs(rows[code].budget - expected) <= 1, code
    assert vs.income.budget > 0 and vs.expense.budget > 0


def test_played_once_only(played: UnitOfWork) -> None:
    with played.read() as s:
        before = int(s.scalar(select(func.count()).select_from(ActivityRow)) or 0)
    actions_play.play(played.db, _actors(played.db), DEFAULT_TODAY, SEED)
    with played.read() as s:
        assert int(s.scalar(select(func.count()).select_from(ActivityRow)) or 0) == before
    assert len(budgets.budgets(played)) == 1


def test_without_books_the_plan_alone_and_tiny_nothing(tmp_path: Path) -> None:
    from coopdesk.demo import make_demo

    db = make_demo(str(tmp_path / "nobooks.coopdesk"), members=40, seed=3, photos=False,
                   books=False)
    try:
        actions_play.play(db, _actors(db), DEFAULT_TODAY, 3)
        uow = UnitOfWork(db)
        assert len([a for a in acts.activities(uow) if a.requirement is None]) == 11
        assert budgets.budgets(uow) == []
        assert all(r.actual == 0 for r in acts.activities(uow))
    finally:
        db.dispose()
    tiny = make_demo(str(tmp_path / "tiny.coopdesk"), members=5, seed=3, photos=False,
                     books=False)
    try:
        actions_play.play(tiny, _actors(tiny), DEFAULT_TODAY, 3)
        assert acts.activities(UnitOfWork(tiny)) == []
    finally:
        tiny.dispose()
