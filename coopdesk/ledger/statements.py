"""The figures of the books' reports: trial balance, income statement, balance sheet, general
ledger, account and member statements, cash book.

Balances are summed by the database (GROUP BY); the ledgers stream their postings in order with
a running balance, so a year of millions of postings never sits in memory. Only posted entries
count. Amounts are ``Decimal`` in the cooperative's currency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import Account, AccountRole, FiscalYear, JournalEntry, JournalLine
from coopdesk.members.models import Member

POSTED, CLOSING = "posted", "closing"
ZERO = Decimal(0)
BALANCE_KINDS = ("asset", "liability", "equity")
RESULT_KINDS = ("income", "expense")
CASH_ROLES = ("cash", "bank", "mobile_money")
# Kinds whose natural balance is a credit: shown positive when in credit.
CREDIT_KINDS = frozenset({"liability", "equity", "income"})
Progress = Callable[[int, int], None]
_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")


# ---- shapes ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrialLine:
    code: str
    name: str
    kind: str
    opening: Decimal  # balance before the period, debit minus credit
    debit: Decimal
    credit: Decimal
    closing: Decimal


@dataclass(frozen=True)
class StatementLine:
    code: str
    name: str
    amount: Decimal  # in the account kind's natural sign (income, liabilities positive)


@dataclass(frozen=True)
class Group:
    """The accounts under one heading of the chart, with their subtotal."""

    code: str
    name: str
    lines: tuple[StatementLine, ...]
    total: Decimal


@dataclass(frozen=True)
class Section:
    kind: str  # asset liability equity income expense
    groups: tuple[Group, ...]
    total: Decimal


@dataclass(frozen=True)
class Statement:
    """An income statement (sections income, expense; ``result`` = income - expense) or a
    balance sheet (sections asset, liability, equity; ``result`` = income - expense not yet
    closed, so that assets = liabilities + equity + result)."""

    start: dt.date | None
    end: dt.date
    sections: tuple[Section, ...]
    result: Decimal

    def section(self, kind: str) -> Section:
        return next((s for s in self.sections if s.kind == kind), Section(kind, (), ZERO))

    def amounts(self) -> dict[str, Decimal]:
        """Account code -> amount, every section."""
        return {ln.code: ln.amount for s in self.sections for g in s.groups for ln in g.lines}


class RowKind(StrEnum):
    OPENING = "opening"
    POSTING = "posting"
    CLOSING = "closing"


@dataclass(frozen=True)
class LedgerRow:
    """One row of a ledger: an account's opening balance, a posting, or its closing balance.
    ``balance`` is the running balance after the row (debit minus credit)."""

    kind: RowKind
    account: str
    account_name: str
    balance: Decimal
    date: dt.date | None = None
    entry: str | None = None  # "2026/12"
    description: str = ""
    member: int | None = None
    member_name: str | None = None
    debit: Decimal = ZERO
    credit: Decimal = ZERO


@dataclass(frozen=True)
class AccountInfo:
    code: str
    name: str
    kind: str
    postable: bool


@dataclass(frozen=True)
class MemberInfo:
    number: int
    name: str


@dataclass(frozen=True)
class _Acc:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    postable: bool


# ---- helpers -----------------------------------------------------------------------------------

def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


def _accounts(s: Session) -> dict[int, _Acc]:
    return {r.id: _Acc(r.id, r.code, r.name, r.kind, r.parent_id, r.postable)
            for r in s.execute(select(Account.id, Account.code, Account.name, Account.kind,
                                      Account.parent_id, Account.postable))}


def _posted(stmt: _S) -> _S:
    return stmt.join(JournalEntry, JournalEntry.id == JournalLine.entry_id).where(
        JournalEntry.status == POSTED)


def _heading(acc: _Acc, by_id: dict[int, _Acc]) -> _Acc:
    """The heading an account is shown under: its ancestor one level below the top of the
    chart (the two-digit headings), or the top heading for accounts right under it."""
    chain = [acc]
    while chain[-1].parent_id is not None and chain[-1].parent_id in by_id:
        chain.append(by_id[chain[-1].parent_id])
    return chain[-2] if len(chain) >= 3 else chain[-1]


def _sections(by_id: dict[int, _Acc], balances: dict[int, int], kinds: Sequence[str],
              cur: str) -> tuple[Section, ...]:
    out = []
    for kind in kinds:
        sign = -1 if kind in CREDIT_KINDS else 1
        grouped: dict[int, list[_Acc]] = {}
        for aid, minor in balances.items():
            acc = by_id[aid]
            if acc.kind == kind and minor:
                grouped.setdefault(_heading(acc, by_id).id, []).append(acc)
        groups = []
        for hid in sorted(grouped, key=lambda i: by_id[i].code):
            accs = sorted(grouped[hid], key=lambda a: a.code)
            lines = tuple(StatementLine(a.code, a.name, from_minor(sign * balances[a.id], cur))
                          for a in accs)
            groups.append(Group(by_id[hid].code, by_id[hid].name, lines,
                                sum((ln.amount for ln in lines), ZERO)))
        out.append(Section(kind, tuple(groups), sum((g.total for g in groups), ZERO)))
    return tuple(out)


def _check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(_("The period must end on or after the day it starts."), "end")


# ---- balances ----------------------------------------------------------------------------------

def trial_balance(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[TrialLine]:
    """Every account with a balance or movements: the balance before ``start``, the debits and
    credits from ``start`` to ``end``, and the closing balance (closing entries included)."""
    _check_period(start, end)
    before = JournalEntry.date < start
    stmt = _posted(select(
        JournalLine.account_id,
        func.sum(case((before, JournalLine.debit - JournalLine.credit), else_=0)),
        func.sum(case((before, 0), else_=JournalLine.debit)),
        func.sum(case((before, 0), else_=JournalLine.credit))).select_from(JournalLine)
    ).where(JournalEntry.date <= end).group_by(JournalLine.account_id)
    with uow.read() as s:
        cur, by_id = _currency(s), _accounts(s)
        out = []
        for aid, o, d, c in s.execute(stmt):
            o, d, c = int(o or 0), int(d or 0), int(c or 0)
            if o or d or c:
                a = by_id[aid]
                out.append(TrialLine(a.code, a.name, a.kind, from_minor(o, cur),
                                     from_minor(d, cur), from_minor(c, cur),
                                     from_minor(o + d - c, cur)))
    return sorted(out, key=lambda t: t.code)


def trial_totals(lines: Sequence[TrialLine]) -> TrialLine:
    """The totals row of a trial balance (opening and closing add up to zero)."""
    return TrialLine("", _("Total"), "", sum((t.opening for t in lines), ZERO),
                     sum((t.debit for t in lines), ZERO), sum((t.credit for t in lines), ZERO),
                     sum((t.closing for t in lines), ZERO))


def income_statement(uow: UnitOfWork, start: dt.date, end: dt.date) -> Statement:
    """Income and expenses of the period by heading, without the year-end closing entries."""
    _check_period(start, end)
    stmt = _posted(select(JournalLine.account_id,
                          func.sum(JournalLine.debit - JournalLine.credit))
                   .select_from(JournalLine)
                   ).join(Account, Account.id == JournalLine.account_id).where(
        JournalEntry.date >= start, JournalEntry.date <= end,
        Account.kind.in_(RESULT_KINDS),
        or_(JournalEntry.source.is_(None), JournalEntry.source != CLOSING),
    ).group_by(JournalLine.account_id)
    with uow.read() as s:
        cur, by_id = _currency(s), _accounts(s)
        balances = {aid: int(b or 0) for aid, b in s.execute(stmt)}
    sections = _sections(by_id, balances, RESULT_KINDS, cur)
    return Statement(start, end, sections, sections[0].total - sections[1].total)


def balance_sheet(uow: UnitOfWork, at: dt.date) -> Statement:
    """Assets, liabilities and equity at the end of ``at``, and the result not yet closed
    (income minus expenses of every year not closed by then)."""
    stmt = _posted(select(JournalLine.account_id,
                          func.sum(JournalLine.debit - JournalLine.credit))
                   .select_from(JournalLine)).where(
        JournalEntry.date <= at).group_by(JournalLine.account_id)
    with uow.read() as s:
        cur, by_id = _currency(s), _accounts(s)
        balances = {aid: int(b or 0) for aid, b in s.execute(stmt)}
    unclosed = -sum(b for aid, b in balances.items() if by_id[aid].kind in RESULT_KINDS)
    return Statement(None, at, _sections(by_id, balances, BALANCE_KINDS, cur),
                     from_minor(unclosed, cur))


# ---- ledgers -----------------------------------------------------------------------------------

def _ledger_rows(uow: UnitOfWork, start: dt.date, end: dt.date, *,
                 account_ids: Sequence[int] | None = None, member_id: int | None = None,
                 keep_empty: bool = False, progress: Progress | None = None
                 ) -> Iterator[LedgerRow]:
    """Per account in code order: the opening row, each posting with the running balance, the
    closing row. Accounts with no balance and no posting are left out unless ``keep_empty``.
    Each account's postings are read through the (account, entry) index, a batch at a time."""
    _check_period(start, end)

    def narrow(stmt: _S) -> _S:
        if account_ids is not None:
            stmt = stmt.where(JournalLine.account_id.in_(account_ids))
        if member_id is not None:
            stmt = stmt.where(JournalLine.member_id == member_id)
        return stmt.group_by(JournalLine.account_id)

    with uow.read() as s:
        cur, by_id = _currency(s), _accounts(s)
        base = _posted(select(JournalLine.account_id).select_from(JournalLine))
        openings = {aid: int(b or 0) for aid, b in s.execute(narrow(base.add_columns(
            func.sum(JournalLine.debit - JournalLine.credit)).where(JournalEntry.date < start)))}
        counts = {aid: int(n) for aid, n in s.execute(narrow(base.add_columns(func.count()).where(
            JournalEntry.date >= start, JournalEntry.date <= end)))}
        shown = {aid for aid, b in openings.items() if b} | set(counts)
        if keep_empty and account_ids is not None:
            shown.update(account_ids)
        total, done = sum(counts.values()), 0
        stmt = (_posted(select(
            JournalEntry.date, FiscalYear.name, JournalEntry.number, JournalEntry.description,
            JournalLine.memo, Member.number, Member.first_names, Member.last_names,
            JournalLine.debit, JournalLine.credit).select_from(JournalLine))
            .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
            .outerjoin(Member, Member.id == JournalLine.member_id)
            .where(JournalEntry.date >= start, JournalEntry.date <= end)
            .order_by(JournalEntry.date, FiscalYear.start, JournalEntry.number,
                      JournalLine.line_no))
        if member_id is not None:
            stmt = stmt.where(JournalLine.member_id == member_id)
        for aid in sorted(shown, key=lambda i: by_id[i].code):
            a, bal = by_id[aid], openings.get(aid, 0)
            yield LedgerRow(RowKind.OPENING, a.code, a.name, from_minor(bal, cur), start)
            if aid in counts:
                for (day, year, number, text, memo, mno, first, last, debit,
                     credit) in s.execute(stmt.where(JournalLine.account_id == aid)
                                          .execution_options(yield_per=2000)):
                    bal += debit - credit
                    yield LedgerRow(RowKind.POSTING, a.code, a.name, from_minor(bal, cur), day,
                                    f"{year}/{number}", f"{text} — {memo}" if memo else text,
                                    mno, f"{first} {last}" if mno is not None else None,
                                    from_minor(debit, cur), from_minor(credit, cur))
                    done += 1
                    if progress and done % 1000 == 0:
                        progress(done, total)
            yield LedgerRow(RowKind.CLOSING, a.code, a.name, from_minor(bal, cur), end)
        if progress:
            progress(done, total)


def find_account(uow: UnitOfWork, code: str) -> AccountInfo:
    with uow.read() as s:
        a = s.scalar(select(Account).where(Account.code == code.strip()))
        if a is None:
            raise NotFound(_("There is no account {code}.", code=code))
        return AccountInfo(a.code, a.name, a.kind, a.postable)


def find_member(uow: UnitOfWork, number: int) -> MemberInfo:
    with uow.read() as s:
        m = s.execute(select(Member.first_names, Member.last_names)
                      .where(Member.number == number)).first()
        if m is None:
            raise NotFound(_("There is no member number {number}.", number=number))
        return MemberInfo(number, f"{m[0]} {m[1]}")


def _account_ids(uow: UnitOfWork, codes: Sequence[str]) -> list[int]:
    with uow.read() as s:
        found = {c: i for c, i in s.execute(select(Account.code, Account.id).where(
            Account.code.in_(codes)))}
    missing = [c for c in codes if c not in found]
    if missing:
        raise NotFound(_("There is no account {code}.", code=", ".join(missing)))
    return [found[c] for c in codes]


def general_ledger(uow: UnitOfWork, start: dt.date, end: dt.date,
                   accounts: Sequence[str] | None = None, *,
                   progress: Progress | None = None) -> Iterator[LedgerRow]:
    """Every account with a balance or postings (or only ``accounts``, by code): the opening
    balance, each posting with the running balance, the closing balance. Streams."""
    _check_period(start, end)
    ids = _account_ids(uow, accounts) if accounts is not None else None
    return _ledger_rows(uow, start, end, account_ids=ids, progress=progress)


def account_statement(uow: UnitOfWork, code: str, start: dt.date, end: dt.date
                      ) -> Iterator[LedgerRow]:
    """One account's opening balance, postings with running balance and closing balance."""
    _check_period(start, end)
    acc = find_account(uow, code)
    if not acc.postable:
        raise ValidationError(_("Account {code} is a heading; choose an account under it.",
                                code=acc.code), "account")
    return _ledger_rows(uow, start, end, account_ids=_account_ids(uow, [acc.code]),
                        keep_empty=True)


def member_statement(uow: UnitOfWork, member_number: int, start: dt.date, end: dt.date
                     ) -> Iterator[LedgerRow]:
    """A member's postings on the member control accounts (share capital, payables, loans),
    with the opening and running balance per account."""
    _check_period(start, end)
    find_member(uow, member_number)
    with uow.read() as s:
        mid = s.scalar(select(Member.id).where(Member.number == member_number))
        ids = list(s.scalars(select(Account.id).where(Account.member_ledger.is_not(None))))
    return _ledger_rows(uow, start, end, account_ids=ids, member_id=mid)


def cash_book(uow: UnitOfWork, start: dt.date, end: dt.date) -> Iterator[LedgerRow]:
    """Receipts (debits) and payments (credits) of each cash, bank and mobile money account
    named in the chart's roles, with the running balance."""
    _check_period(start, end)
    with uow.read() as s:
        ids = sorted(set(s.scalars(select(AccountRole.account_id).where(
            AccountRole.role.in_(CASH_ROLES)))))
    return _ledger_rows(uow, start, end, account_ids=ids, keep_empty=True)


# ---- periods -----------------------------------------------------------------------------------

def fiscal_years(uow: UnitOfWork) -> list[tuple[dt.date, dt.date]]:
    with uow.read() as s:
        return [(a, b) for a, b in s.execute(select(FiscalYear.start, FiscalYear.end)
                                             .order_by(FiscalYear.start))]


def _add_months(day: dt.date, months: int) -> dt.date:
    k = day.year * 12 + day.month - 1 + months
    return dt.date(k // 12, k % 12 + 1, 1)


def previous_period(start: dt.date, end: dt.date,
                    years: Sequence[tuple[dt.date, dt.date]] = ()) -> tuple[dt.date, dt.date]:
    """What to compare a period with: the fiscal year before a whole fiscal year, and the same
    stretch of the previous fiscal year for a period that starts a fiscal year (January to
    October against January to October of last year), when ``years`` names them; otherwise as
    many whole months right before whole months, else as many days."""
    _check_period(start, end)
    day = dt.timedelta(days=1)
    ordered = sorted(years)
    starts = [a for a, _b in ordered]
    if start in starts:
        k = starts.index(start)
        if k > 0 and ordered[k - 1][1] == start - day:
            prev_start, prev_end = ordered[k - 1]
            if end == ordered[k][1]:
                return prev_start, prev_end
            if end < ordered[k][1]:
                if (end + day).day == 1:
                    months = (end.year - start.year) * 12 + end.month - start.month + 1
                    return prev_start, min(prev_end, _add_months(prev_start, months) - day)
                return prev_start, min(prev_end, prev_start + (end - start))
    if start.day == 1 and (end + day).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return _add_months(start, -months), start - day
    return start - day - (end - start), start - day
