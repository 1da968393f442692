"""The business plan's services (both databases): a plan made, written, costed and funded, its
projection computed; bad input named and nothing half-written; adopted by a passed motion and
then frozen; copied; started from the books of the demo; the chain verifies."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.access import SYSTEM, Role
from coopdesk.core.db import Database
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.files import open_cooperative
from coopdesk.core.models import AuditEvent
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.governance import meetings, services
from coopdesk.governance.bylaws import MeetingKind
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import business as bp
from coopdesk.plans.models import BusinessPlanRow, PlanInvestmentRow
from tests.conftest import add_role_users

D = Decimal


def make_plan(uow: UnitOfWork) -> int:
    pid = bp.create_plan(uow, "Plan 2027-2029", 2027, 3, D("20000000"))
    for i, grams in enumerate((D(1000), D(1100), D(1210))):
        bp.set_year(uow, pid, i, grams, D(300000), D(10000))
    bp.add_cost(uow, pid, "Gold bought from members", True, [D(240000)] * 3)
    bp.add_cost(uow, pid, "Staff", False, [D(50000000)] * 3)
    bp.add_investment(uow, pid, bp.InvestmentData(
        "Compressor", 0, D(30000000), from_loan=D(30000000), loan_years=3,
        loan_rate=D(12), life_years=5))
    return pid


def passed_motion(uow: UnitOfWork, *, passed: bool = True) -> int:
    """A small assembly with one motion voted: its id."""
    services.save_bylaws(uow, COLOMBIA)
    for n, (first, last, sex) in enumerate((("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"),
                                            ("Eva", "Huanca", "F"))):
        number = members.register_member(uow, MemberInput(
            first, last, sex, dt.date(1980, 1, 1), "digger", dt.date(2020, 1, 1)),
            Status.ACTIVE)
        shares.subscribe(uow, number, 1, dt.date(2020, 1, 1))
        shares.pay(uow, number, D(10000), dt.date(2020, 1, 2))
        assert number == n + 1
    at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=1)
    mid = meetings.create_meeting(uow, MeetingKind.ORDINARY, "Assembly 2026", at,
                                  agenda=["Business plan"])
    meetings.convene(uow, mid, at.date() - dt.timedelta(days=30))
    meetings.open_meeting(uow, mid, "Rosa Quispe", "Juan Mamani", at=at)
    for n in (1, 2, 3):
        meetings.check_in(uow, mid, n)
    item = meetings.meeting_info(uow, mid).items[0].id
    m = meetings.record_motion(uow, mid, item, "Adopt the business plan 2027-2029",
                               "ordinary", yes=3 if passed else 0, no=0 if passed else 3)
    assert m.passed is passed
    return m.id


def test_a_plan_made_and_projected(admin: UnitOfWork) -> None:
    seen: list[Changes] = []
    admin.listeners.append(seen.append)
    pid = make_plan(admin)
    assert all(c.touches("plans") for c in seen) and len(seen) == 7
    bp.set_section(admin, pid, "market", "Our buyer pays a **premium**.\n\n- Fairmined\n")
    d = bp.plan_detail(admin, pid)
    assert (d.summary.title, d.summary.period, d.summary.status) == (
        "Plan 2027-2029", "2027-2029", "draft")
    assert d.year_labels == ("2027", "2028", "2029")
    assert [s.key for s in d.sections] == ["profile", "market", "operations", "organisation",
                                           "risks"]
    assert d.sections[1].text == "Our buyer pays a **premium**.\n\n- Fairmined"
    assert d.sections[1].label == "Market and buyers"
    assert [(c.label, c.variable, c.amounts) for c in d.costs] == [
        ("Gold bought from members", True, (D("240000.00"),) * 3),
        ("Staff", False, (D("50000000.00"),) * 3)]
    assert d.investments[0].data.loan_rate == D(12)
    y0, y1, _y2 = d.projection.years
    assert (y0.revenue, y0.operating_result, y1.interest) == (
        D("300000000.00"), D("4000000.00"), D("3600000.00"))
    assert [c.closing for c in d.projection.cash] == [
        D("40000000.00"), D("53400000.00"), D("75700000.00")]
    assert bp.latest_plan(admin) == pid
    with admin.read() as s:
        assert audit.verify(s).ok
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "business_plan").order_by(AuditEvent.seq)))
    assert actions[:2] == ["plan.create", "plan.year"] and actions[-1] == "plan.section"


def test_updates_and_removals(admin: UnitOfWork) -> None:
    pid = make_plan(admin)
    d = bp.plan_detail(admin, pid)
    staff = d.costs[1].id
    bp.update_cost(admin, staff, "Staff and fees", False, [D(1), D(2), D(3)])
    bp.update_investment(admin, d.investments[0].id, bp.InvestmentData(
        "Compressor", 1, D(30000000), from_members=D(10000000), from_grant=D(20000000)))
    d = bp.plan_detail(admin, pid)
    assert d.costs[1].amounts == (D(1), D(2), D(3))
    inv = d.investments[0].data
    assert (inv.year_index, inv.from_loan, inv.loan_years, inv.from_grant) == (
        1, D(0), 0, D("20000000.00"))
    bp.remove_cost(admin, staff)
    bp.remove_investment(admin, d.investments[0].id)
    bp.update_plan(admin, pid, "Plan B", D(-5000))
    d = bp.plan_detail(admin, pid)
    assert (len(d.costs), d.investments, d.summary.title, d.opening_cash) == (
        1, (), "Plan B", D(-5000))
    with pytest.raises(NotFound):
        bp.remove_cost(admin, staff)


def test_bad_input_names_the_field_and_writes_nothing(admin: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as years:
        bp.create_plan(admin, "Plan", 2027, 6)
    assert years.value.field == "years"
    with pytest.raises(ValidationError) as title:
        bp.create_plan(admin, "  ", 2027, 3)
    assert title.value.field == "title"
    pid = make_plan(admin)
    with pytest.raises(ValidationError) as grams:
        bp.set_year(admin, pid, 0, D("1.0001"), D(1), D(0))
    assert grams.value.field == "grams"
    with pytest.raises(ValidationError) as index:
        bp.set_year(admin, pid, 3, D(1), D(1), D(0))
    assert index.value.field == "year_index" and "2027 to 2029" in index.value.message
    with pytest.raises(ValidationError) as price:
        bp.set_year(admin, pid, 0, D(1), D("-1"), D(0))
    assert price.value.field == "price_per_gram"
    with pytest.raises(ValidationError) as cents:
        bp.add_cost(admin, pid, "Fuel", False, [D(1), D("0.001"), D(1)])
    assert cents.value.field == "amounts.2" and "2028" in cents.value.message
    with pytest.raises(ValidationError) as count:
        bp.add_cost(admin, pid, "Fuel", False, [D(1)])
    assert count.value.field == "amounts"
    with pytest.raises(ValidationError) as account:
        bp.add_cost(admin, pid, "Fuel", False, [D(1)] * 3, account_code="9999")
    assert account.value.field == "account"
    with pytest.raises(ValidationError) as funding:
        bp.add_investment(admin, pid, bp.InvestmentData(
            "Table", 0, D(1000), from_members=D(300), from_grant=D(600)))
    assert funding.value.field == "funding"
    assert "100.00 is missing" in funding.value.message
    with pytest.raises(ValidationError) as loan:
        bp.add_investment(admin, pid, bp.InvestmentData("Table", 0, D(1000),
                                                        from_loan=D(1000), loan_years=0))
    assert loan.value.field == "loan_years"
    with pytest.raises(ValidationError) as rate:
        bp.add_investment(admin, pid, bp.InvestmentData(
            "Table", 0, D(1000), from_loan=D(1000), loan_years=2, loan_rate=D("12.345")))
    assert rate.value.field == "loan_rate"
    with pytest.raises(ValidationError) as life:
        bp.add_investment(admin, pid, bp.InvestmentData("Table", 0, D(1000), D(1000),
                                                        life_years=0))
    assert life.value.field == "life_years"
    with pytest.raises(ValidationError) as key:
        bp.set_section(admin, pid, "summary", "x")
    assert key.value.field == "key"
    d = bp.plan_detail(admin, pid)
    assert (len(d.costs), len(d.investments)) == (2, 1)
    with admin.read() as s:
        assert s.scalar(select(func.count()).select_from(BusinessPlanRow)) == 1
        assert s.scalar(select(func.count()).select_from(PlanInvestmentRow)) == 1
    with pytest.raises(NotFound):
        bp.plan_detail(admin, 999)


def test_only_those_who_plan_may_write(admin: UnitOfWork) -> None:
    users = add_role_users(admin)
    pid = make_plan(admin)
    with pytest.raises(PermissionDenied):
        bp.set_section(users[Role.SUPERVISORY], pid, "risks", "x")
    with pytest.raises(PermissionDenied):
        bp.create_plan(users[Role.TELLER], "Plan", 2027)
    assert bp.plan_detail(users[Role.SUPERVISORY], pid).summary.id == pid   # may read
    bp.set_section(users[Role.TREASURER], pid, "risks", "Floods")
    bp.set_section(users[Role.SECRETARY], pid, "profile", "We are 40 members.")


def test_adopted_by_a_passed_motion_then_frozen_and_copied(admin: UnitOfWork) -> None:
    pid = make_plan(admin)
    bp.set_section(admin, pid, "risks", "- Floods\n- Gold price")
    motion = passed_motion(admin)
    assert [m.id for m in bp.passed_motions(admin)] == [motion]
    with pytest.raises(ValidationError) as nothing:
        bp.adopt(admin, pid, 999)
    assert nothing.value.field == "motion"
    bp.adopt(admin, pid, motion)
    d = bp.plan_detail(admin, pid)
    assert d.summary.adopted and d.adoption is not None
    assert d.adoption.meeting == "Assembly 2026" and d.adoption.resolution == d.summary.resolution
    assert d.adoption.resolution is not None
    with pytest.raises(ValidationError) as frozen:
        bp.set_section(admin, pid, "risks", "changed")
    assert frozen.value.field == "plan"
    assert "was adopted (resolution" in frozen.value.message and "copy" in frozen.value.message
    for change in (lambda: bp.set_year(admin, pid, 0, D(1), D(1), D(1)),
                   lambda: bp.remove_cost(admin, d.costs[0].id),
                   lambda: bp.remove_investment(admin, d.investments[0].id),
                   lambda: bp.adopt(admin, pid, motion)):
        with pytest.raises(ValidationError):
            change()
    assert bp.plan_detail(admin, pid) == d
    copy = bp.copy_plan(admin, pid, "Plan 2027-2029, revised")
    c = bp.plan_detail(admin, copy)
    assert c.summary.status == "draft" and c.adoption is None
    assert c.sections == d.sections and c.years == d.years
    assert [x.amounts for x in c.costs] == [x.amounts for x in d.costs]
    assert [x.data for x in c.investments] == [x.data for x in d.investments]
    assert c.projection == d.projection
    bp.set_section(admin, copy, "risks", "changed")          # the copy can change
    with pytest.raises(ValidationError) as twice:
        bp.adopt(admin, copy, motion)
    assert "already adopted" in twice.value.message
    assert [p.id for p in bp.plans(admin)] == [copy, pid]
    with admin.read() as s:
        assert audit.verify(s).ok


def test_a_motion_that_failed_adopts_nothing(admin: UnitOfWork) -> None:
    pid = make_plan(admin)
    motion = passed_motion(admin, passed=False)
    with pytest.raises(ValidationError) as failed:
        bp.adopt(admin, pid, motion)
    assert "did not pass" in failed.value.message
    assert bp.plan_detail(admin, pid).summary.status == "draft"


# ---- from the books: on a copy of the small demo -----------------------------------------------

@pytest.fixture
def demo(small_demo: tuple[Database, Path], tmp_path: Path) -> Iterator[UnitOfWork]:
    assert small_demo[0].path is not None
    copy = tmp_path / "demo.coopdesk"
    src, dst = sqlite3.connect(small_demo[0].path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_cooperative(str(copy), scheduled_backup=False).db
    yield UnitOfWork(db, SYSTEM.__class__("tesorera", frozenset({Role.TREASURER})))
    db.dispose()


def test_the_plan_starts_from_the_books(demo: UnitOfWork) -> None:
    from coopdesk.ledger import queries

    years = queries.fiscal_years(demo)
    last = years[-1]
    base = bp.books_baseline(demo, last.name)
    trial = queries.trial_balance(demo, last.start, last.end)
    spent = sum((r.balance for r in trial if r.kind == "expense"), D(0))
    assert base.grams > 0 and base.price > 0
    pid = bp.create_plan(demo, "Plan", int(last.name) + 1, 3)
    bp.add_cost(demo, pid, "Our own line", False, [D(5)] * 3)
    got = bp.baseline_from_books(demo, pid, last.name)
    assert got == base
    d = bp.plan_detail(demo, pid)
    assert all(y.grams == base.grams and y.price == base.price for y in d.years)
    from_books = [c for c in d.costs if c.account_code is not None]
    assert [c.account_code for c in from_books] == [g[0] for g in base.groups]
    # the groups are the top-level ones (e.g. 51, 53, 61), the purchases per gram
    assert all(len(code) == 2 for code, *_rest in base.groups)
    per_gram = [c for c in from_books if c.variable]
    assert len(per_gram) == 1 and per_gram[0].account_code == "61"
    total = sum((c.amounts[0] if not c.variable else c.amounts[0] * base.grams
                 for c in from_books), D(0))
    # the purchases are per gram, rounded to the cent: within a gram's worth of cents
    assert abs(total - spent) <= base.grams * D("0.005") + 1
    assert d.costs[0].label == "Our own line"
    # again: the lines from the books are replaced, not doubled
    bp.baseline_from_books(demo, pid, last.name)
    assert len(bp.plan_detail(demo, pid).costs) == len(d.costs)
    with pytest.raises(ValidationError) as unknown:
        bp.baseline_from_books(demo, pid, "1999")
    assert unknown.value.field == "year" and last.name in unknown.value.message
