"""Benefit sharing on SQLite and PostgreSQL: a closed year's surplus through policy, draft,
approval, posting and payout, with the member sub-ledger, the explanation and bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook, queries, services, statements
from coopdesk.ledger.cashbook import CashInput
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.models import Member
from coopdesk.members.rules import MemberInput, Status
from coopdesk.production import services as production
from coopdesk.production.services import LotInput, PurchaseInput
from coopdesk.sharing import explain
from coopdesk.sharing import queries as sq
from coopdesk.sharing import services as sharing
from coopdesk.sharing.allocation import Basis, Policy, Step, StepKind
from coopdesk.sharing.models import DistributionLine
from coopdesk.sharing.services import RunInput, Source
from tests.conftest import add_role_users

D = Decimal
Y25 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    """A closed 2025 with a surplus of 1,000,000.00; four members, one deceased with a
    successor, one suspended; production and shares in 2025."""
    services.install_chart(admin, "general")
    services.open_fiscal_year(admin, "2025", *Y25)
    services.open_fiscal_year(admin, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for first, last in (("Rosa", "Quispe"), ("Juan", "Mamani"), ("Eva", "Huanca"),
                        ("Luis", "Condori")):
        members.register_member(admin, MemberInput(first, last, "F", dt.date(1980, 1, 1),
                                                   "digger", dt.date(2020, 1, 1)),
                                Status.ACTIVE)
    members.add_site(admin, "Santa Rosa")
    day = dt.date(2025, 5, 2)
    for n, grams in ((1, D(30)), (2, D(10)), (3, D(20)), (4, D(5))):
        production.record_lot(admin, LotInput(day, grams, D(1000), member=n, days=n))
        production.buy(admin, PurchaseInput(day, n, D(1000), lot=n))
    for n in (1, 2):
        shares.subscribe(admin, n, 1, dt.date(2025, 1, 1))
    cashbook.record(admin, CashInput("premium", day, D(1_000_000) + D(65_000)))
    services.close_year(admin, "2025")
    with admin.write(None, "members") as tx:  # a successor nominated in the register
        from coopdesk.members.models import Member
        m = tx.session.scalar(select(Member).where(Member.number == 3))
        assert m is not None
        m.successor_name = "Ana Huanca"
    members.change_status(admin, 3, Status.DECEASED, dt.date(2025, 12, 1), "accident")
    members.change_status(admin, 4, Status.SUSPENDED, dt.date(2026, 1, 10), "absent")
    sharing.install_preset(admin, "colombia")
    return admin


def _lines(uow: UnitOfWork, number: int) -> dict[int, sq.LineRow]:
    return {ln.number: ln for ln in sq.lines(uow, number)}


def test_surplus_from_draft_to_payout(coop: UnitOfWork) -> None:
    # 65,000 went on purchases (4 lots x ... ) so the surplus is what the closing carried
    with coop.read() as s:
        surplus = sharing.year_surplus(s, "2025")
    n = sharing.create_run(coop, RunInput("Excedentes 2025", Source.SURPLUS, "colombia",
                                          year="2025"))
    d = sq.detail(coop, n)
    assert d.row.amount == D(surplus) / 100
    assert [s.amount for s in d.steps] == [d.row.amount * D("0.2"), d.row.amount * D("0.2"),
                                           d.row.amount * D("0.1")]
    lines = _lines(coop, n)
    assert lines[4].excluded == "suspended" and lines[4].amount == 0
    # by value of purchases: 30, 10, 20 fine grams at 1,000.00 -> 3:1:2 of the pool
    pool = d.pool
    assert sum(ln.amount for ln in lines.values()) + d.residue == pool
    assert lines[1].amount == (pool * 3 / 6).quantize(D("0.01")) or abs(
        lines[1].amount - pool * 3 / 6) <= D("0.01")
    assert lines[3].payee == "Ana Huanca"
    # a second run on the same surplus is refused
    with pytest.raises(ValidationError, match="already shared by distribution 1"):
        sharing.create_run(coop, RunInput("Again", Source.SURPLUS, "colombia", year="2025"))
    with pytest.raises(ValidationError, match="Only an approved"):
        sharing.post(coop, n, dt.date(2026, 3, 1))
    sharing.approve(coop, n, dt.date(2026, 3, 1), "AGO-2026-03 res. 4")
    ref = sharing.post(coop, n, dt.date(2026, 3, 2))
    assert ref.year == "2026"
    y26 = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    tb = {r.code: r.balance for r in queries.trial_balance(coop, *y26)}
    assert tb["261005"] == -d.steps[1].amount
    assert queries.member_balance(coop, 1, "2620") == -lines[1].amount
    # pay member 1 by cash, the rest later
    p = sharing.pay(coop, n, dt.date(2026, 3, 5), "cash", [1])
    assert p.count == 1 and p.amount == lines[1].amount
    assert queries.member_balance(coop, 1, "2620") == 0
    # the member's statement shows both: the share credited, then paid out
    rows = [r for r in statements.member_statement(coop, 1, *y26) if r.entry]
    assert [(r.credit, r.debit) for r in rows if r.account == "2620"] == [
        (lines[1].amount, D(0)), (D(0), lines[1].amount)]
    assert "Distribution 1" in rows[0].description
    with pytest.raises(ValidationError, match="already been paid"):
        sharing.pay(coop, n, dt.date(2026, 3, 5), "cash", [1])
    with pytest.raises(ValidationError, match="receives nothing"):
        sharing.pay(coop, n, dt.date(2026, 3, 5), "cash", [4])
    assert sq.runs(coop)[0].unpaid == 2
    assert [ln.number for ln in sq.unclaimed(coop, n, dt.date(2026, 9, 1))] == [2, 3]
    assert sq.unclaimed(coop, n, dt.date(2026, 3, 6)) == []
    e = explain.explain(coop, n, 1)
    assert e.amount == lines[1].amount
    assert any("Paid on" in t for t in e.sentences)
    assert any("Production delivered (value)" in t for t in e.sentences)
    e3 = explain.explain(coop, n, 3)
    assert any("Ana Huanca" in t for t in e3.sentences)
    e4 = explain.explain(coop, n, 4)
    assert "takes no part" in e4.sentences[-1]
    with coop.read() as s:
        assert audit.verify(s).ok


def test_parts_add_up_and_are_within_a_unit(coop: UnitOfWork) -> None:
    p = Policy("mix", (Step(StepKind.RESERVE, D(10)),),
               ((Basis.GRAMS, D(50)), (Basis.EQUAL, D(30)), (Basis.DAYS, D(20))))
    sharing.save_policy(coop, p)
    n = sharing.create_run(coop, RunInput("Prima", Source.DECIDED, "mix", amount=D("1000.01"),
                                          start=Y25[0], end=Y25[1]))
    d = sq.detail(coop, n)
    lines = _lines(coop, n)
    assert sum(ln.amount for ln in lines.values()) + d.residue + sum(
        s.amount for s in d.steps) == D("1000.01")
    for m in (1, 2, 3):
        e = explain.explain(coop, n, m)
        assert abs(e.amount - e.exact) < D("0.01")


def test_bad_input_names_the_field_and_writes_nothing(coop: UnitOfWork) -> None:
    with coop.read() as s:
        before = audit.head(s)
    with pytest.raises(ValidationError, match="not closed yet"):
        sharing.create_run(coop, RunInput("x", Source.SURPLUS, "colombia", year="2026"))
    with pytest.raises(NotFound, match="no sharing policy"):
        sharing.create_run(coop, RunInput("x", Source.DECIDED, "nope", amount=D(5)))
    with pytest.raises(ValidationError, match="more than zero"):
        sharing.create_run(coop, RunInput("x", Source.DECIDED, "colombia", amount=D(0),
                                          start=Y25[0], end=Y25[1]))
    with pytest.raises(ValidationError, match="ends"):
        sharing.create_run(coop, RunInput("x", Source.DECIDED, "colombia", amount=D(5),
                                          start=Y25[1], end=Y25[0]))
    with pytest.raises(ValidationError) as exc:
        sharing.save_policy(coop, Policy("bad", (Step(StepKind.RESERVE, D(80)),
                                                 Step(StepKind.EDUCATION, D(30))), ()))
    assert "more than 100" in exc.value.message
    # nobody produced in 2026: a production-based policy cannot share
    with pytest.raises(ValidationError, match="No eligible member has anything"):
        sharing.create_run(coop, RunInput("x", Source.DECIDED, "colombia", amount=D(5),
                                          start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31)))
    with coop.read() as s:
        assert audit.head(s) == before
        assert s.scalar(select(func.count()).select_from(DistributionLine)) == 0


def test_only_the_treasurer_distributes(coop: UnitOfWork) -> None:
    from coopdesk.core.access import Role
    users = add_role_users(coop)
    with pytest.raises(PermissionDenied):
        sharing.create_run(users[Role.SECRETARY], RunInput(
            "x", Source.SURPLUS, "colombia", year="2025"))
    assert sharing.create_run(users[Role.TREASURER], RunInput(
        "x", Source.SURPLUS, "colombia", year="2025")) == 1


def test_deceased_without_successor_cannot_be_paid(coop: UnitOfWork) -> None:
    with coop.write(None, "members") as tx:
        from coopdesk.members.models import Member
        m = tx.session.scalar(select(Member).where(Member.number == 3))
        assert m is not None
        m.successor_name = None
    n = sharing.create_run(coop, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    sharing.approve(coop, n, dt.date(2026, 3, 1), "res. 4")
    sharing.post(coop, n, dt.date(2026, 3, 2))
    with pytest.raises(ValidationError, match="no nominated successor"):
        sharing.pay(coop, n, dt.date(2026, 3, 5), "cash")
    paid = sharing.pay(coop, n, dt.date(2026, 3, 5), "cash", [1, 2])
    assert paid.count == 2


def test_a_draft_follows_its_policy_until_approved(coop: UnitOfWork) -> None:
    n = sharing.create_run(coop, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    before = sq.detail(coop, n)
    with coop.read() as s:
        p = sharing.get_policy(s, "colombia")
    sharing.save_policy(coop, Policy.from_dict({**p.to_dict(), "steps": [
        {"kind": "reserve", "percent": "30"}]}))
    assert sq.detail(coop, n).steps == before.steps  # nothing changes by itself
    sharing.recompute(coop, n)
    after = sq.detail(coop, n)
    assert [s.percent for s in after.steps] == [D(30)]
    assert after.pool == after.row.amount - after.steps[0].amount
    sharing.approve(coop, n, dt.date(2026, 3, 1), "res. 4")
    with pytest.raises(ValidationError, match="Only a draft"):
        sharing.recompute(coop, n)


def test_capital_days_agree_with_the_register_day_by_day(admin: UnitOfWork) -> None:
    from coopdesk.members.models import ShareOperation
    from coopdesk.sharing.bases import capital_days

    for first in ("Ana", "Bea", "Ceci"):
        members.register_member(admin, MemberInput(first, "Apaza", "F", dt.date(1980, 1, 1),
                                                   "digger", dt.date(2020, 1, 1)),
                                Status.ACTIVE)
    d = dt.date
    shares.subscribe(admin, 1, 5, d(2025, 1, 5))
    shares.subscribe(admin, 2, 2, d(2025, 1, 5))
    shares.pay(admin, 1, D(40_000), d(2025, 2, 20))
    shares.pay(admin, 2, D(5_000), d(2025, 3, 3))
    shares.pay(admin, 2, D(15_000), d(2025, 3, 9))
    shares.transfer(admin, 1, 3, 1, d(2025, 3, 12))
    wrong = shares.pay(admin, 1, D(1), d(2025, 3, 14))
    shares.reverse(admin, wrong, d(2025, 3, 20), "typed twice")
    members.change_status(admin, 2, Status.EXITED, d(2025, 3, 24), "moved away")
    shares.refund(admin, 2, 1, d(2025, 3, 25))
    start, end = d(2025, 3, 1), d(2025, 3, 31)
    with admin.read() as s:
        got = capital_days(s, start, end)
        ops = list(s.scalars(select(ShareOperation)))
        ids = {m: s.scalar(select(Member.id).where(Member.number == m)) for m in (1, 2, 3)}
        for number, mid in ids.items():
            assert mid is not None
            want = 0
            day = start
            while day <= end:
                want += sum(shares._effect_on(s, op, mid).paid for op in ops if op.date <= day)
                day += dt.timedelta(days=1)
            assert got.get(mid, 0) == want, number


def test_big_entries_are_written_in_bulk_and_still_verify(coop: UnitOfWork,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """A distribution to thousands of members posts through the books' bulk path; the lines,
    balances and the audit chain's digest are the same as on the ordinary path."""
    monkeypatch.setattr(services, "LARGE", 2)
    n = sharing.create_run(coop, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    sharing.approve(coop, n, dt.date(2026, 3, 1), "res. 4")
    ref = sharing.post(coop, n, dt.date(2026, 3, 2))
    lines = _lines(coop, n)
    assert queries.member_balance(coop, 2, "2620") == -lines[2].amount
    sharing.pay(coop, n, dt.date(2026, 3, 5), "cash", [1, 2])
    assert queries.member_balance(coop, 2, "2620") == 0
    with coop.read() as s:
        from coopdesk.ledger.models import JournalEntry, JournalLine
        e = s.scalar(select(JournalEntry).where(JournalEntry.uid == ref.uid))
        assert e is not None and e.number == ref.number
        assert [ln.line_no for ln in e.lines] == list(range(1, 1 + 1 + 3 + 3))
        assert s.scalar(select(func.sum(JournalLine.debit - JournalLine.credit))
                        .where(JournalLine.entry_id == e.id)) == 0
        assert audit.verify(s).ok


def test_why_this_amount_states_the_rounding_it_got(coop: UnitOfWork) -> None:
    p = Policy("round", (), ((Basis.EQUAL, D(1)),), rounding=100)  # whole pesos
    sharing.save_policy(coop, p)
    n = sharing.create_run(coop, RunInput("R", Source.DECIDED, "round", amount=D("1000.01"),
                                          start=Y25[0], end=Y25[1]))
    lines = _lines(coop, n)  # 1000.00 in 3 whole-peso parts: 334, 333, 333; 0.01 stays
    assert [lines[m].amount for m in (1, 2, 3)] == [D(334), D(333), D(333)]
    assert sq.detail(coop, n).residue == D("0.01")
    first = explain.explain(coop, n, 1)
    assert any("the share was 333.00; with the extra unit it is 334.00" in t
               for t in first.sentences), first.sentences
    second = explain.explain(coop, n, 2)
    assert any("was not one of them" in t and "333.00" in t for t in second.sentences)


def test_francs_without_decimals_in_multiples_of_25(tmp_path: Path) -> None:
    """XAF has no minor digits: the split, the rounding unit and the entry are whole francs."""
    from dataclasses import replace

    from coopdesk.core.files import create_cooperative
    from tests.conftest import PASSWORD, SPEC, login

    db = create_cooperative(str(tmp_path / "xaf.coopdesk"),
                            replace(SPEC, currency="XAF", country="CM", language="fr",
                                    share_value="5000"),
                            "admin", "Ana", PASSWORD)
    try:
        uow = login(db)
        services.install_chart(uow, "syscohada")
        services.open_fiscal_year(uow, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        for first in ("Awa", "Binta", "Coumba"):
            members.register_member(uow, MemberInput(first, "Diallo", "F", dt.date(1980, 1, 1),
                                                     "digger", dt.date(2020, 1, 1)),
                                    Status.ACTIVE)
        sharing.save_policy(uow, Policy("egal", (Step(StepKind.SOLIDARITY, D(10)),),
                                        ((Basis.EQUAL, D(1)),), rounding=25))
        n = sharing.create_run(uow, RunInput("Prime", Source.DECIDED, "egal", amount=D(100_010),
                                             start=dt.date(2026, 1, 1),
                                             end=dt.date(2026, 3, 31)))
        d = sq.detail(uow, n)
        lines = _lines(uow, n)
        # 10 % of 100,010 = 10,001 to solidarity; 90,009 in multiples of 25: 30,000 each, 9 left
        assert d.steps[0].amount == D(10_001)
        assert [lines[m].amount for m in (1, 2, 3)] == [D(30_000)] * 3
        assert d.residue == D(9)
        sharing.approve(uow, n, dt.date(2026, 4, 1), "AG 2026 rés. 2")
        sharing.post(uow, n, dt.date(2026, 4, 2))
        tb = {r.code: r.balance for r in queries.trial_balance(
            uow, dt.date(2026, 1, 1), dt.date(2026, 12, 31))}
        assert tb["12"] == D(100_001) and tb["1122"] == D(-10_001)
    finally:
        db.dispose()


def test_a_payout_then_the_distribution_are_reversed_not_edited(coop: UnitOfWork) -> None:
    n = sharing.create_run(coop, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    sharing.approve(coop, n, dt.date(2026, 3, 1), "res. 4")
    ref = sharing.post(coop, n, dt.date(2026, 3, 2))
    lines = _lines(coop, n)
    sharing.pay(coop, n, dt.date(2026, 3, 5), "cash", [1, 2])
    # the journal will not reverse them behind the distribution's back
    with pytest.raises(ValidationError, match="Benefit sharing page"):
        services.reverse_entry(coop, ref.year, ref.number, dt.date(2026, 3, 6), "oops")
    payout = sharing.payouts(coop, n)[0]
    with pytest.raises(ValidationError, match="payout of distribution 1"):
        services.reverse_entry(coop, "2026", int(payout.entry.split("/")[1]),
                               dt.date(2026, 3, 6), "oops")
    with pytest.raises(ValidationError, match="Reverse the payouts first"):
        sharing.reverse(coop, n, dt.date(2026, 3, 6), "wrong policy")
    with pytest.raises(ValidationError, match="reason"):
        sharing.reverse_payout(coop, n, payout.id, dt.date(2026, 3, 6), " ")
    assert sharing.reverse_payout(coop, n, payout.id, dt.date(2026, 3, 6), "not collected") == 2
    assert queries.member_balance(coop, 1, "2620") == -lines[1].amount
    assert sq.runs(coop)[0].paid == 0 and sq.runs(coop)[0].unpaid == 3
    with pytest.raises(ValidationError, match="already reversed"):
        sharing.reverse_payout(coop, n, payout.id, dt.date(2026, 3, 6), "again")
    sharing.reverse(coop, n, dt.date(2026, 3, 7), "wrong policy")
    assert sq.runs(coop)[0].status == "reversed"
    assert queries.member_balance(coop, 1, "2620") == 0
    y26 = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    tb = {r.code: r.balance for r in queries.trial_balance(coop, *y26)}
    assert tb.get("261005", D(0)) == 0
    # the surplus may be shared again, once
    again = sharing.create_run(coop, RunInput("E2", Source.SURPLUS, "colombia", year="2025"))
    assert again == 2
    with coop.read() as s:
        assert audit.verify(s).ok
