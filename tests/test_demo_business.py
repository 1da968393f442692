"""The demo cooperative's business plan (coopdesk.demo.business_play), played on a copy of the
small demo: three years from the books of the last closed year, production up a tenth a year,
the five sections in Spanish, the investment programme and its funding, left a draft; its
report renders; a cooperative without books or too small gets what it can."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from coopdesk.core import audit
from coopdesk.core.access import SYSTEM, Actor
from coopdesk.core.db import Database
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import list_users
from coopdesk.demo import business_play
from coopdesk.ledger import queries as ledger_queries
from coopdesk.plans import business as bp
from coopdesk.plans.business_report import business_plan_document
from coopdesk.reports.document import Chart, RichText, Table
from coopdesk.reports.output import export


def _actors(uow: UnitOfWork) -> dict[str, Actor]:
    return {u.username: Actor(u.username, u.roles, u.id) for u in list_users(uow)}


@pytest.fixture
def demo(small_demo: tuple[Database, Path], tmp_path: Path) -> Iterator[Database]:
    assert small_demo[0].path is not None
    copy = tmp_path / "demo.coopdesk"
    src, dst = sqlite3.connect(small_demo[0].path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_cooperative(str(copy), scheduled_backup=False).db
    yield db
    db.dispose()


def test_the_demo_plan(demo: Database, tmp_path: Path) -> None:
    uow = UnitOfWork(demo, SYSTEM)
    today = dt.date.today()
    if not bp.plans(uow):  # the generator has played it already
        business_play.play(demo, _actors(uow), today, 7)
    found = bp.plans(uow)
    assert len(found) == 1
    s = found[0]
    first = today.year + 1
    assert (s.title, s.first_year, s.years, s.status) == (
        f"Plan de negocios {first}-{first + 2}", first, 3, "draft")
    d = bp.plan_detail(uow, s.id)
    closed = [y for y in ledger_queries.fiscal_years(uow) if y.closed]
    base = bp.books_baseline(uow, closed[-1].name if closed else
                             ledger_queries.fiscal_years(uow)[-1].name)
    g0, g1, g2 = (y.grams for y in d.years)
    assert g0 == base.grams > 0
    assert g1 == (g0 * Decimal("1.1")).quantize(Decimal("0.001"))
    assert g2 == (g0 * Decimal("1.21")).quantize(Decimal("0.001"))
    assert all(y.price == base.price for y in d.years)
    assert [c.account_code for c in d.costs] == [g[0] for g in base.groups]
    fixed = next(c for c in d.costs if not c.variable)
    assert fixed.amounts[1] == (fixed.amounts[0] * Decimal("1.05")).quantize(Decimal("0.01"))
    assert all(len(sec.text) > 400 for sec in d.sections)
    assert "mercurio" in d.sections[2].text and "Fairmined" in d.sections[1].text
    items = {i.data.item: i.data for i in d.investments}
    table = items["Mesa de concentración gravimétrica"]
    assert table.from_premium > 0 and table.from_grant > 0 and table.from_loan == 0
    comp = items["Compresor de aire diésel"]
    assert (comp.from_loan, comp.loan_years, comp.loan_rate) == (comp.cost, 3, Decimal(12))
    assert items["Elementos de protección personal"].from_members > 0
    # the compressor's loan: interest from the second year, 12 % of what is owed
    assert d.projection.years[1].interest == (comp.cost * Decimal("0.12")).quantize(
        Decimal("0.01"))
    # the cash at the start is what the cash, bank and wallet hold today
    assert d.opening_cash == business_play._cash(uow, today)
    with uow.read() as ses:
        assert audit.verify(ses).ok
    doc = business_plan_document(uow)
    assert sum(isinstance(b, RichText) for b in doc.blocks) == 5
    assert sum(isinstance(b, Chart) for b in doc.blocks) == 2
    assert any(isinstance(b, Table) and b.sheet == "Cash" for b in doc.blocks)
    out = export(uow, doc, tmp_path / "plan.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_without_books_or_members(sqlite_admin: UnitOfWork) -> None:
    from coopdesk.core.access import Role
    from coopdesk.core.users import add_user
    from coopdesk.members import services as members
    from coopdesk.members.rules import MemberInput, Status
    from tests.conftest import PASSWORD

    add_user(sqlite_admin, "tesorera", "Tesorera", PASSWORD, {Role.TREASURER})
    add_user(sqlite_admin, "secretario", "Secretario", PASSWORD, {Role.SECRETARY})
    actors = _actors(sqlite_admin)
    today = dt.date(2026, 11, 24)
    business_play.play(sqlite_admin.db, actors, today, 1)
    assert bp.plans(sqlite_admin) == []               # too small: no plan
    for n in range(12):
        members.register_member(sqlite_admin, MemberInput(
            f"Socio{n}", "Pérez", "F", dt.date(1980, 1, 1), "digger", dt.date(2020, 1, 1)),
            Status.ACTIVE)
    business_play.play(sqlite_admin.db, actors, today, 1)
    (s,) = bp.plans(sqlite_admin)
    d = bp.plan_detail(sqlite_admin, s.id)
    assert d.costs == () and all(y.grams == 0 for y in d.years)
    assert len(d.investments) == 3 and all(sec.text for sec in d.sections)
    assert d.opening_cash == 0
