"""The demo cooperative: realistic, complete in its audit chain, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Table, func, select

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.demo import DEMO_PASSWORD, DEMO_USERS, make_demo
from coopdesk.demo.generator import DEFAULT_TODAY
from coopdesk.members import queries, shares
from coopdesk.members.models import (
    CensusVerification,
    Member,
    MemberPhoto,
    ShareOperation,
    Site,
    StatusChange,
)
from coopdesk.members.rules import age_on

N = 60


def _rows(db: Database) -> list[queries.MemberRow]:
    with db.session() as s:
        return list(queries.iter_rows(s))


def _table(db: Database, table: Table, *skip: str) -> list[tuple[object, ...]]:
    """Every row of a table, less the columns the services stamp from the clock."""
    cols = [c for c in table.columns if c.name not in skip]
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(*cols).order_by(*table.primary_key))]


def _photos(db: Database) -> dict[int, bytes]:
    with db.session() as s:
        return {n: img for n, img in s.execute(
            select(Member.number, MemberPhoto.image)
            .join(MemberPhoto, MemberPhoto.member_id == Member.id))}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[Database, list[tuple[int, int]]]]:
    seen: list[tuple[int, int]] = []
    path = tmp_path_factory.mktemp("demo") / "demo.coopdesk"
    db = make_demo(str(path), members=N, seed=7, progress=lambda d, t: seen.append((d, t)))
    yield db, seen
    db.dispose()


def test_register_is_plausible(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    rows = _rows(db)
    assert len(rows) == N
    status = Counter(r.status for r in rows)
    sex = Counter(r.sex for r in rows)
    roles = Counter(r.role for r in rows)
    assert status["active"] > N * 0.6
    assert status["applicant"] >= 1
    assert status["suspended"] + status["exited"] + status["deceased"] >= 1
    assert 0.15 <= sex["F"] / N <= 0.55
    assert roles["digger"] == max(roles.values())
    assert roles["processor"] >= 1
    assert len({r.national_id for r in rows}) == N
    assert all(r.national_id and 8 <= len(r.national_id) <= 10 for r in rows)
    with db.session() as s:
        assert (s.scalar(select(func.count()).select_from(Site)) or 0) >= 4
        assert (s.scalar(select(func.count()).select_from(Member)
                         .where(Member.successor_name.is_not(None))) or 0) > N / 2


def test_no_minor_and_dates_in_order(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    for r in _rows(db):
        assert 18 <= age_on(r.birth_date, DEFAULT_TODAY) <= 70
        assert age_on(r.birth_date, r.join_date) >= 18
        assert r.join_date <= DEFAULT_TODAY
        assert DEFAULT_TODAY - r.join_date <= dt.timedelta(days=366 * 12)


def test_audit_chain_verifies(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    with db.session() as s:
        result = audit.verify(s)
    assert result.ok, result.problem
    assert result.events > N


def test_every_demo_user_logs_in(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    uow = UnitOfWork(db)
    assert {u for u, *_ in DEMO_USERS} >= {"admin", "tesorera", "secretario", "fiscal"}
    for username, _full, roles, password in DEMO_USERS:
        assert password == DEMO_PASSWORD
        actor = authenticate(uow, username, DEMO_PASSWORD)
        assert actor.roles == roles


def test_share_register(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    uow = UnitOfWork(db)
    with db.session() as s:
        kinds = Counter(s.scalars(select(ShareOperation.kind)))
        numbers = list(s.scalars(select(Member.number)))
    assert kinds["subscription"] >= N * 0.9
    assert kinds["payment"] >= N
    assert kinds["reversal"] == 1
    assert kinds["transfer"] >= 1
    assert kinds["refund"] >= 1
    for number in numbers:
        b = shares.member_balance(uow, number)
        assert b.shares >= 0 and b.paid >= 0 and b.unpaid >= 0


def test_photos(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    photos = _photos(db)
    assert len(photos) == N
    for image in photos.values():
        assert image.startswith(b"\xff\xd8") and len(image) < 15_000
    with Image.open(io.BytesIO(next(iter(photos.values())))) as img:
        assert img.size == (160, 200)


def test_progress_reaches_the_end(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    _, seen = demo
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_same_seed_same_cooperative(demo: tuple[Database, list[tuple[int, int]]],
                                    tmp_path: Path) -> None:
    db, _ = demo
    again = make_demo(str(tmp_path / "again.coopdesk"), members=N, seed=7)
    try:
        assert _rows(again) == _rows(db)
        assert _photos(again) == _photos(db)
        for table in (Member.__table__, StatusChange.__table__, ShareOperation.__table__,
                      CensusVerification.__table__, Site.__table__):
            assert isinstance(table, Table)
            assert _table(again, table, "recorded_at") == _table(db, table, "recorded_at")
        assert [r.number for r in shares.register_rows(UnitOfWork(again))] == [
            r.number for r in shares.register_rows(UnitOfWork(db))]
    finally:
        again.dispose()


def test_other_seed_other_people_and_no_photos(tmp_path: Path) -> None:
    a = make_demo(str(tmp_path / "a.coopdesk"), members=10, seed=1, photos=False)
    b = make_demo(str(tmp_path / "b.coopdesk"), members=10, seed=2, photos=False)
    try:
        assert [r.national_id for r in _rows(a)] != [r.national_id for r in _rows(b)]
        assert _photos(a) == {}
    finally:
        a.dispose()
        b.dispose()
