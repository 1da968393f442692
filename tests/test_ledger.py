"""The books' core on SQLite and PostgreSQL: posting, numbering, periods, member sub-ledgers,
reversals, drafts, idempotent posts, the chain, and concurrent treasurers."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from coopdesk.core import audit
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries, services
from coopdesk.ledger.models import Account
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from tests.conftest import add_role_users, login

D = Decimal
DAY = dt.date(2026, 3, 10)


@pytest.fixture
def books(admin: UnitOfWork) -> dict[str, str]:
    """The general chart, the fiscal year 2026 and one member; codes of useful accounts."""
    services.install_chart(admin, "general")
    services.open_fiscal_year(admin, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    members.register_member(admin, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                               "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    with admin.read() as s:
        postable = list(s.scalars(select(Account).where(Account.postable.is_(True))
                                  .order_by(Account.code)))

    def first(kind: str) -> str:
        return next(a.code for a in postable if a.kind == kind and not a.member_ledger)

    share = next(a.code for a in postable if a.member_ledger == "share_capital")
    return {"cash": first("asset"), "income": first("income"), "expense": first("expense"),
            "share": share}


def entry(a: str, b: str, amount: str, day: dt.date = DAY, member_b: int | None = None,
          uid: str | None = None) -> EntryInput:
    return EntryInput(day, "Test entry", (LineInput(a, debit=D(amount)),
                                          LineInput(b, credit=D(amount), member=member_b)),
                      uid=uid)


def test_post_numbers_and_trial_balance(admin: UnitOfWork, books: dict[str, str]) -> None:
    r1 = services.post_entry(admin, entry(books["cash"], books["income"], "1500.50"))
    r2 = services.post_entry(admin, entry(books["expense"], books["cash"], "200"))
    assert (r1.year, r1.number, r2.number) == ("2026", 1, 2)
    tb = {r.code: r for r in queries.trial_balance(admin, dt.date(2026, 1, 1),
                                                   dt.date(2026, 12, 31))}
    assert tb[books["cash"]].balance == D("1300.50")
    assert sum(r.debit for r in tb.values()) == sum(r.credit for r in tb.values())


def test_bad_entries_are_refused_with_the_line_named(admin: UnitOfWork,
                                                     books: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="does not balance"):
        services.post_entry(admin, EntryInput(DAY, "x", (
            LineInput(books["cash"], debit=D(10)), LineInput(books["income"], credit=D(9)))))
    with pytest.raises(ValidationError, match="Line 2: there is no account 9999"):
        services.post_entry(admin, entry(books["cash"], "9999", "10"))
    with pytest.raises(ValidationError, match="say which member"):
        services.post_entry(admin, entry(books["cash"], books["share"], "10"))
    with pytest.raises(ValidationError, match="does not keep members"):
        services.post_entry(admin, entry(books["cash"], books["income"], "10", member_b=1))
    with pytest.raises(ValidationError, match="more decimals"):
        services.post_entry(admin, entry(books["cash"], books["income"], "10.001"))
    with pytest.raises(ValidationError, match="No fiscal year covers 2030"):
        services.post_entry(admin, entry(books["cash"], books["income"], "10",
                                         dt.date(2030, 1, 1)))
    assert queries.journal(admin) == []


def test_member_sub_ledger(admin: UnitOfWork, books: dict[str, str]) -> None:
    services.post_entry(admin, entry(books["cash"], books["share"], "50000", member_b=1))
    assert queries.member_balance(admin, 1, books["share"]) == D("-50000")


def test_closed_period_refuses_posts(admin: UnitOfWork, books: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="earlier periods"):
        services.close_period(admin, "2026", dt.date(2026, 2, 1))
    services.close_period(admin, "2026", dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="is closed"):
        services.post_entry(admin, entry(books["cash"], books["income"], "10",
                                         dt.date(2026, 1, 15)))
    services.post_entry(admin, entry(books["cash"], books["income"], "10", dt.date(2026, 2, 1)))


def test_reversal_links_both_ways_and_only_once(admin: UnitOfWork,
                                                books: dict[str, str]) -> None:
    r = services.post_entry(admin, entry(books["cash"], books["income"], "75"))
    rev = services.reverse_entry(admin, "2026", r.number, DAY, "typed twice")
    rows = {e.number: e for e in queries.journal(admin)}
    assert rows[r.number].reversed_by == rev.number and rows[rev.number].reverses == r.number
    with pytest.raises(ValidationError, match="already reversed"):
        services.reverse_entry(admin, "2026", r.number, DAY, "again")
    with pytest.raises(ValidationError, match="itself a reversal"):
        services.reverse_entry(admin, "2026", rev.number, DAY, "again")
    with pytest.raises(NotFound):
        services.reverse_entry(admin, "2026", 99, DAY, "no such")
    tb = queries.trial_balance(admin, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert all(row.balance == 0 for row in tb)


def test_a_retried_post_never_posts_twice(admin: UnitOfWork, books: dict[str, str]) -> None:
    uid = str(uuid.uuid4())
    first = services.post_entry(admin, entry(books["cash"], books["income"], "10", uid=uid))
    again = services.post_entry(admin, entry(books["cash"], books["income"], "10", uid=uid))
    assert first == again and len(queries.journal(admin)) == 1


def test_drafts(admin: UnitOfWork, books: dict[str, str]) -> None:
    uid = services.save_draft(admin, EntryInput(DAY, "half done", (
        LineInput(books["cash"], debit=D(10)),)))
    with pytest.raises(ValidationError, match="at least two lines"):
        services.post_draft(admin, uid)
    services.save_draft(admin, entry(books["cash"], books["income"], "10", uid=uid))
    ref = services.post_draft(admin, uid)
    assert ref.number == 1
    with pytest.raises(ValidationError, match="never deleted"):
        services.delete_draft(admin, uid)
    other = services.save_draft(admin, entry(books["cash"], books["income"], "5"))
    services.delete_draft(admin, other)
    assert [e.status for e in queries.journal(admin)] == ["posted"]


def test_the_chain_catches_a_changed_posting(admin: UnitOfWork, books: dict[str, str]) -> None:
    services.post_entry(admin, entry(books["cash"], books["income"], "10"))
    with admin.read() as s:
        assert audit.verify(s).ok
    with admin.db.engine.begin() as conn:
        conn.execute(text("UPDATE journal_line SET debit = 100000 WHERE debit = 1000"))
        conn.execute(text("UPDATE journal_line SET credit = 100000 WHERE credit = 1000"))
    with admin.read() as s:
        bad = audit.verify(s)
    assert not bad.ok and "journal_entry" in (bad.problem or "")


def test_who_may_post(admin: UnitOfWork, books: dict[str, str]) -> None:
    roles = add_role_users(admin)
    from coopdesk.core.access import Role

    services.post_entry(roles[Role.TREASURER], entry(books["cash"], books["income"], "1"))
    for role in (Role.SUPERVISORY, Role.SECRETARY, Role.TELLER, Role.TRAINER, Role.PRESIDENT):
        with pytest.raises(PermissionDenied):
            services.post_entry(roles[role], entry(books["cash"], books["income"], "1"))
        with pytest.raises(PermissionDenied):
            services.close_period(roles[role], "2026", dt.date(2026, 1, 1))
    assert len(queries.journal(admin)) == 1


def test_two_treasurers_posting_at_once(admin: UnitOfWork, books: dict[str, str]) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        uow = login(admin.db)
        try:
            for _ in range(8):
                services.post_entry(uow, entry(books["cash"], books["income"], "1"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert sorted(e.number or 0 for e in queries.journal(admin)) == list(range(1, 17))
    with admin.read() as s:
        assert audit.verify(s).ok


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amounts=st.lists(st.tuples(st.integers(0, 2), st.integers(1, 10**9)), min_size=1,
                        max_size=12))
def test_any_posted_set_balances(sqlite_admin: UnitOfWork,
                                 amounts: list[tuple[int, int]]) -> None:
    uow = sqlite_admin
    with uow.read() as s:
        empty = not s.scalar(select(Account.id).limit(1))
    if empty:
        services.install_chart(uow, "general")
        services.open_fiscal_year(uow, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with uow.read() as s:
        codes = [a.code for a in s.scalars(select(Account).where(
            Account.postable.is_(True), Account.member_ledger.is_(None)).limit(3))]
    for k, cents in amounts:
        services.post_entry(uow, entry(codes[k], codes[(k + 1) % 3],
                                       str(D(cents).scaleb(-2))))
    tb = queries.trial_balance(uow, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert sum(r.debit for r in tb) == sum(r.credit for r in tb)
