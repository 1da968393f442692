"""The demo cooperative's benefit sharing: last year's surplus distributed, posted and partly
paid out, and the premium use plan under way (see coopdesk.demo.sharing_play)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.demo.generator import DEFAULT_TODAY
from coopdesk.demo.sharing_play import POLICY, USES
from coopdesk.ledger import queries as books
from coopdesk.ledger import statements
from coopdesk.ledger.models import Account, JournalEntry, JournalLine
from coopdesk.sharing import explain, premium
from coopdesk.sharing import queries as sq
from coopdesk.sharing.models import Payout, PremiumSpend
from tests.conftest import SMALL_DEMO

# The same cooperative as tests/test_demo.py (without the portraits, which change nothing here).
N, SEED = SMALL_DEMO
LAST = DEFAULT_TODAY - dt.timedelta(days=1)
UNIT = Decimal(POLICY.rounding) / 100  # pesos


@pytest.fixture(scope="module")
def demo(small_demo: tuple[Database, Path]) -> UnitOfWork:
    return UnitOfWork(small_demo[0])


def _run(uow: UnitOfWork) -> sq.RunDetail:
    runs = sq.runs(uow)
    assert len(runs) == 1
    return sq.detail(uow, runs[0].number)


def test_last_years_surplus_is_distributed_and_posted(demo: UnitOfWork) -> None:
    d = _run(demo)
    assert d.row.source == "surplus" and d.year == "2025" and d.row.status == "posted"
    assert (d.start, d.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert d.approved_on is not None and (d.approved_on.year, d.approved_on.month) == (2026, 3)
    assert d.resolution == "Resolución 2026-005 de la asamblea general"
    assert d.row.posted_on == d.approved_on
    with demo.read() as s:
        closing = s.scalar(select(func.sum(JournalLine.credit - JournalLine.debit))
                           .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                           .join(Account, Account.id == JournalLine.account_id)
                           .where(JournalEntry.source == "closing", Account.code == "3605"))
    assert d.row.amount == Decimal(closing or 0) / 100 > 0, "the whole surplus the closing carried"
    # the funds of Ley 79 de 1988, then the members' part
    assert [(st.account, st.percent) for st in d.steps] == [
        ("3205", 20), ("261005", 20), ("261010", 10)]
    assert d.row.amount == sum(st.amount for st in d.steps) + d.pool
    assert d.pool == d.row.shared + d.residue and 0 <= d.residue < UNIT
    assert d.eligible > N / 2 and d.excluded >= 1


def test_the_parts_add_up_to_the_amount(demo: UnitOfWork) -> None:
    d = _run(demo)
    lines = sq.lines(demo, d.row.number)
    paying = [ln for ln in lines if ln.amount > 0]
    assert sum(ln.amount for ln in lines) == d.row.shared
    assert len(paying) == d.row.members > N / 3, "most members get their part"
    assert all(ln.amount % UNIT == 0 for ln in lines), "in multiples of 50 pesos"
    assert all(ln.amount == 0 for ln in lines if ln.excluded)
    # the posting: the surplus less the rounding residue debited, funds and payables credited
    balances = {r.code: r.balance for r in books.chart(demo, LAST)}
    assert balances["3605"] == -d.residue, "only the residue is left of the surplus"
    with demo.read() as s:
        entry = s.scalar(select(JournalEntry).where(JournalEntry.source == "distribution"))
        assert entry is not None and entry.date == d.row.posted_on
        payable = s.scalar(select(func.sum(JournalLine.credit)).join(Account).where(
            JournalLine.entry_id == entry.id, Account.code == "2620",
            JournalLine.member_id.is_not(None)))
    assert Decimal(payable or 0) / 100 == d.row.shared


def test_partly_paid_out(demo: UnitOfWork) -> None:
    d = _run(demo)
    lines = [ln for ln in sq.lines(demo, d.row.number) if ln.amount > 0]
    paid = [ln for ln in lines if ln.paid_on is not None]
    unpaid = [ln for ln in lines if ln.paid_on is None]
    assert paid and unpaid, "partly paid"
    assert d.row.paid == sum(ln.amount for ln in paid)
    assert d.row.paid + sum(ln.amount for ln in unpaid) == d.row.shared
    assert d.row.unpaid == len(unpaid)
    vias = Counter(ln.via for ln in paid)
    assert vias["cash"] >= 1 and vias["mobile_money"] + vias["bank"] >= 1
    assert all(ln.via == {"cash": "cash", "bank": "bank", "mobile": "mobile_money"}[ln.method]
               for ln in paid), "each paid the way the register says"
    days = {ln.via: ln.paid_on for ln in paid}
    assert days["cash"] != days.get("mobile_money"), "cash and mobile money on different days"
    assert all(dt.date(2026, 4, 1) <= day <= dt.date(2026, 5, 31)
               for day in days.values() if day)
    # most of the cash members came; some of the others have not claimed their share
    cash = [ln for ln in lines if ln.method == "cash"]
    assert sum(ln.paid_on is not None for ln in cash) > len(cash) / 2
    unclaimed = sq.unclaimed(demo, d.row.number, DEFAULT_TODAY)
    assert {ln.number for ln in unclaimed} == {ln.number for ln in unpaid}
    with demo.read() as s:
        payouts = list(s.scalars(select(Payout)))
    assert sum(p.amount for p in payouts) / Decimal(100) == d.row.paid
    assert sum(p.count for p in payouts) == len(paid)


def test_a_members_statement_shows_the_payable_and_the_payout(demo: UnitOfWork) -> None:
    d = _run(demo)
    lines = [ln for ln in sq.lines(demo, d.row.number) if ln.amount > 0]
    with demo.read() as s:
        payouts = {p.date: p for p in s.scalars(select(Payout))}
        keys = {p.date: f"2026/{s.get_one(JournalEntry, p.entry_id).number}"
                for p in payouts.values()}
    for ln in (next(x for x in lines if x.paid_on), next(x for x in lines if not x.paid_on)):
        rows = [r for r in statements.member_statement(demo, ln.number, dt.date(2026, 1, 1), LAST)
                if r.account == "2620" and r.entry is not None]
        credit = [r for r in rows if r.entry == d.entry]
        assert [r.credit for r in credit] == [ln.amount], "the payable of the distribution"
        if ln.paid_on is not None:
            debit = [r for r in rows if r.entry == keys[ln.paid_on]]
            assert [r.debit for r in debit] == [ln.amount], "and its payout"
        else:
            assert not any(r.entry in keys.values() for r in rows)
        assert sq.member_history(demo, ln.number) == [
            (d.row.number, d.row.title, "posted", ln.amount, ln.paid_on)]


def test_explain_a_member(demo: UnitOfWork) -> None:
    d = _run(demo)
    lines = sq.lines(demo, d.row.number)
    top = max(lines, key=lambda ln: ln.amount)
    e = explain.explain(demo, d.row.number, top.number)
    assert e.amount == top.amount > 0
    assert abs(e.amount - e.exact) < UNIT
    text = " ".join(e.sentences)
    assert "Production delivered (value)" in text and "Shares held" in text
    assert ("Paid on" in text) == (top.paid_on is not None)
    out = next(ln for ln in lines if ln.excluded)
    assert explain.explain(demo, d.row.number, out.number).amount == 0


def test_premium_plan_approved_with_tagged_spending(demo: UnitOfWork) -> None:
    plans = premium.plans(demo)
    assert len(plans) == 1
    plan = plans[0]
    assert plan.approved and plan.approved_on == _run(demo).approved_on
    assert plan.resolution == "Resolución 2026-006 de la asamblea general"
    assert (plan.start, plan.end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    uses = premium.execution(demo, plan.name)
    assert [u.code for u in uses] == [code for code, _t, _b in USES]
    assert plan.budget == sum(Decimal(b) for _c, _t, b in USES)
    assert 0 < plan.spent < plan.budget, "under way"
    assert sum(1 for u in uses if u.entries) >= 1 and any(not u.entries for u in uses)
    with demo.read() as s:
        tagged = list(s.execute(select(JournalEntry.source_ref, JournalEntry.date,
                                       PremiumSpend.amount)
                                .join(PremiumSpend, PremiumSpend.entry_id == JournalEntry.id)))
    assert tagged and {kind for kind, _d, _a in tagged} <= {"safety", "training"}
    assert all(day.year == 2026 for _k, day, _a in tagged)
    for u in uses:
        assert u.spent == sum(a for _d, _k, _t, a in u.entries) <= u.budget


def test_money_never_below_zero_and_the_chain_verifies(demo: UnitOfWork) -> None:
    with demo.read() as s:
        moves = list(s.execute(
            select(Account.code, JournalEntry.date,
                   func.sum(JournalLine.debit - JournalLine.credit))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.code.in_(("1105", "1110", "1120")), JournalEntry.status == "posted")
            .group_by(Account.code, JournalEntry.date)
            .order_by(Account.code, JournalEntry.date)))
        result = audit.verify(s)
    balance: Counter[str] = Counter()
    for code, day, delta in moves:
        balance[code] += int(delta)
        assert balance[code] >= 0, (code, day)
    assert balance["1120"] < 100, "the wallet was topped up with what was sent, to the peso"
    assert result.ok, result.problem
