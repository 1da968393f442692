"""The demo cooperative: realistic, complete in its audit chain, and the same for the same seed."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Table, func, select

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.demo import DEMO_PASSWORD, DEMO_USERS, make_demo
from coopdesk.demo.generator import DEFAULT_TODAY, books_plan, plan
from coopdesk.ledger import queries as books
from coopdesk.ledger.models import Account, Attachment, JournalEntry, JournalLine
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
from coopdesk.production import queries as production
from coopdesk.production.models import ProductionLot, Purchase, Sale, SaleLot

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
                      CensusVerification.__table__, Site.__table__, ProductionLot.__table__,
                      Purchase.__table__, Sale.__table__, SaleLot.__table__):
            assert isinstance(table, Table)
            assert _table(again, table, "recorded_at") == _table(db, table, "recorded_at")
        assert [r.number for r in shares.register_rows(UnitOfWork(again))] == [
            r.number for r in shares.register_rows(UnitOfWork(db))]
        assert _journal(again) == _journal(db)
        attachments = Attachment.__table__
        assert isinstance(attachments, Table)
        assert _table(again, attachments, "id", "added_at") == _table(
            db, attachments, "id", "added_at")
    finally:
        again.dispose()


def test_other_seed_other_people_and_no_photos(tmp_path: Path) -> None:
    a = make_demo(str(tmp_path / "a.coopdesk"), members=10, seed=1, photos=False, books=False)
    b = make_demo(str(tmp_path / "b.coopdesk"), members=10, seed=2, photos=False, books=False)
    try:
        assert [r.national_id for r in _rows(a)] != [r.national_id for r in _rows(b)]
        assert _photos(a) == {}
    finally:
        a.dispose()
        b.dispose()


# ---- the books -------------------------------------------------------------------------------

START, CLOSED_END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
LAST = DEFAULT_TODAY - dt.timedelta(days=1)


def _journal(db: Database) -> list[tuple[object, ...]]:
    return [(e.year, e.number, e.date, e.description, e.reference, e.total, e.reverses)
            for e in books.journal(UnitOfWork(db))]


def _balances(db: Database, at: dt.date) -> dict[str, Decimal]:
    return {r.code: r.balance for r in books.chart(UnitOfWork(db), at)}


def _month_ends() -> list[dt.date]:
    out, d = [], START
    while d <= LAST:
        end = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        out.append(min(end, LAST))
        d = end + dt.timedelta(days=1)
    return out


def _paid_until(db: Database, day: dt.date) -> dict[int, Decimal]:
    """Each member's paid-up capital at the end of ``day``, replayed from the register."""
    rows = shares.register_rows(UnitOfWork(db))
    by_number = {r.number: r for r in rows}
    paid: dict[int, Decimal] = defaultdict(Decimal)

    def apply(r: shares.OpRow, sign: int) -> None:
        if r.kind == "payment":
            paid[r.member_no] += sign * r.amount
        elif r.kind == "refund":
            paid[r.member_no] -= sign * r.amount
        elif r.kind == "transfer":
            assert r.counterparty_no is not None
            paid[r.member_no] -= sign * r.amount
            paid[r.counterparty_no] += sign * r.amount

    for r in rows:
        if r.date <= day:
            if r.kind == "reversal":
                assert r.reverses is not None
                apply(by_number[r.reverses], -1)
            else:
                apply(r, 1)
    return {n: v for n, v in paid.items() if v}


def test_books_have_a_closed_year_and_an_open_one(
        demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    years = {y.name: y for y in books.fiscal_years(UnitOfWork(db))}
    assert list(years) == ["2025", "2026"]
    assert years["2025"].closed and all(p.closed for p in years["2025"].periods)
    assert not years["2026"].closed
    assert [p.start.month for p in years["2026"].periods if p.closed] == list(range(1, 10))
    with db.session() as s:
        closing = s.scalar(select(JournalEntry).where(JournalEntry.source == "closing"))
        assert closing is not None and closing.date == CLOSED_END
        assert max(s.scalars(select(JournalEntry.date))) <= LAST
    year = {r.code: r for r in books.trial_balance(UnitOfWork(db), START, CLOSED_END)}
    for r in year.values():
        if r.kind in ("income", "expense"):
            assert r.balance == 0, r  # closed into the result
    result = -_balances(db, CLOSED_END)["3605"]
    sales = -sum(r.credit for r in year.values() if r.code == "4105")
    assert 0 < result < -sales * Decimal("0.05"), "a modest surplus"


def test_opening_capital_is_the_register_on_that_day(
        demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    with db.session() as s:
        opening = {n: from_minor(c - d, "COP") for n, c, d in s.execute(
            select(Member.number, func.sum(JournalLine.credit), func.sum(JournalLine.debit))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(Account, Account.id == JournalLine.account_id)
            .join(Member, Member.id == JournalLine.member_id)
            .where(JournalEntry.source == "opening", Account.code == "3105")
            .group_by(Member.number))}
    expected = _paid_until(db, START - dt.timedelta(days=1))
    assert opening == expected
    assert len(opening) > N / 3


def test_register_and_ledger_agree_on_every_member(
        demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    uow = UnitOfWork(db)
    total = Decimal(0)
    for r in _rows(db):
        paid = from_minor(shares.member_balance(uow, r.number).paid, "COP")
        assert paid == -books.member_balance(uow, r.number, "3105"), r.number
        total += paid
    assert total == -_balances(db, LAST)["3105"] > 0


def test_trial_balance_balances(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    for start, end in ((START, CLOSED_END), (CLOSED_END + dt.timedelta(days=1), LAST),
                       (START, LAST)):
        rows = books.trial_balance(UnitOfWork(db), start, end)
        assert sum(r.debit for r in rows) == sum(r.credit for r in rows) > 0


def test_cash_and_bank_never_below_zero_at_a_month_end(
        demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    ends = _month_ends()
    assert len(ends) == 22
    for end in ends:
        b = _balances(db, end)
        assert b["1105"] >= 0 and b["1110"] >= 0, end


def test_production_purchases_and_sales(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    uow = UnitOfWork(db)
    for start, end in ((START, CLOSED_END), (dt.date(2026, 1, 1), LAST)):
        made = production.production(uow, start, end)
        summary = production.summary(uow, start, end)
        assert 150 <= summary.lots <= 300
        assert summary.purchases == summary.lots
        assert sum(1 for p in made if p.work_group) >= 5
        assert any(p.member is not None for p in made)
        assert summary.sales >= 18
        assert summary.sales_amount > summary.purchase_amount
    sold = production.sales(uow, START, LAST)
    for sale in sold:
        assert sale.lots and sale.premium > 0
        assert sum(g for _n, g in sale.lots) == sale.grams
        per_gram = sale.premium / sale.fine_grams
        assert 12_000 < per_gram < 20_000, "about USD 4,000 a kilogram of fine gold"
    assert len({s.buyer for s in sold}) >= 1
    with db.session() as s:
        lots = list(s.scalars(select(ProductionLot)))
        assert {lot.recorded_by for lot in lots} == {"secretario"}
        assert {e.posted_by for e in s.scalars(select(JournalEntry)) if e.source != "opening"
                } == {"tesorera"}
    rates = [lot.milligrams / lot.miners / lot.days / 1000 for lot in lots]
    assert sum(r > 4 for r in rates) >= 1, "the Fairmined report has a lot to flag"
    assert sum(0.5 <= r <= 3.5 for r in rates) >= 0.95 * len(rates)
    assert all(820 <= lot.fineness / 10 <= 920 for lot in lots)
    assert any(p.lots_above for p in production.productivity(uow, START, LAST))


def test_cash_book_reversals_and_receipts(demo: tuple[Database, list[tuple[int, int]]]) -> None:
    db, _ = demo
    with db.session() as s:
        kinds = Counter(s.scalars(select(JournalEntry.source_ref)
                                  .where(JournalEntry.source == "cash")))
        reversed_sources = list(s.scalars(select(JournalEntry.source).where(
            JournalEntry.reverses_id.is_not(None))))
        scans = list(s.scalars(select(Attachment)))
    for kind in ("fuel", "supplies", "safety", "repairs", "wages", "royalties", "bank_fees",
                 "training", "admission_fee", "deposit", "member_loan", "loan_repayment",
                 "gold_buyer", "other_payment"):
        assert kinds[kind] >= 1, kind
    assert kinds["wages"] == kinds["bank_fees"] == 22
    assert len(reversed_sources) >= 2 and None in reversed_sources  # a journal entry
    assert len(scans) >= 5
    for scan in scans:
        assert scan.mime == "image/jpeg" and scan.size < 40_000
        with Image.open(io.BytesIO(scan.data)) as img:
            img.verify()


def test_the_books_do_not_grow_with_the_members() -> None:
    def steps(members: int) -> int:
        people, events, _c = plan(members, 3, DEFAULT_TODAY, range(1, 6), False, 50_000)
        return books_plan(people, events, 3, DEFAULT_TODAY, 50_000).steps

    small, large = steps(300), steps(5_000)
    assert 900 <= small <= 1_500
    assert abs(large - small) < small * 0.15
