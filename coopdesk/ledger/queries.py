"""Read side of the books: balances computed by the database (GROUP BY), not in Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from coopdesk.core.errors import NotFound
from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import (
    Account,
    Attachment,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Period,
)
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members import queries as register
from coopdesk.members.models import Member

POSTED = "posted"


@dataclass(frozen=True)
class TrialRow:
    code: str
    name: str
    kind: str
    debit: Decimal
    credit: Decimal

    @property
    def balance(self) -> Decimal:
        """Debit minus credit."""
        return self.debit - self.credit


@dataclass(frozen=True)
class EntryRow:
    year: str
    number: int | None
    uid: str
    date: dt.date
    description: str
    reference: str | None
    status: str
    total: Decimal
    reverses: int | None
    reversed_by: int | None


def _currency(uow: UnitOfWork) -> str:
    with uow.read() as s:
        coop = s.get(Cooperative, 1)
        assert coop is not None
        return coop.currency


def trial_balance(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[TrialRow]:
    """Debits and credits of every account with postings between ``start`` and ``end``."""
    cur = _currency(uow)
    stmt = (select(Account.code, Account.name, Account.kind, func.sum(JournalLine.debit),
                   func.sum(JournalLine.credit))
            .join(JournalLine, JournalLine.account_id == Account.id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalEntry.status == POSTED, JournalEntry.date >= start,
                   JournalEntry.date <= end)
            .group_by(Account.code, Account.name, Account.kind).order_by(Account.code))
    with uow.read() as s:
        return [TrialRow(code, name, kind, from_minor(int(d or 0), cur),
                         from_minor(int(c or 0), cur))
                for code, name, kind, d, c in s.execute(stmt)]


def member_balance(uow: UnitOfWork, number: int, account_code: str,
                   until: dt.date | None = None) -> Decimal:
    """A member's balance (debit minus credit) on one member control account."""
    cur = _currency(uow)
    with uow.read() as s:
        mid = s.scalar(select(Member.id).where(Member.number == number))
        if mid is None:
            raise NotFound(_("There is no member number {number}.", number=number))
        stmt = (select(func.sum(JournalLine.debit) - func.sum(JournalLine.credit))
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .join(Account, Account.id == JournalLine.account_id)
                .where(JournalEntry.status == POSTED, JournalLine.member_id == mid,
                       Account.code == account_code))
        if until is not None:
            stmt = stmt.where(JournalEntry.date <= until)
        return from_minor(int(s.scalar(stmt) or 0), cur)


def journal(uow: UnitOfWork, year: str | None = None, include_drafts: bool = True
            ) -> list[EntryRow]:
    """The journal in date and number order, with each entry's total and reversal links."""
    cur = _currency(uow)
    with uow.read() as s:
        reversed_by = {r: n for r, n in s.execute(
            select(JournalEntry.reverses_id, JournalEntry.number)
            .where(JournalEntry.reverses_id.is_not(None)))}
        numbers = {i: n for i, n in s.execute(select(JournalEntry.id, JournalEntry.number))}
        totals = {i: int(t or 0) for i, t in s.execute(
            select(JournalLine.entry_id, func.sum(JournalLine.debit))
            .group_by(JournalLine.entry_id))}
        stmt = (select(JournalEntry, FiscalYear.name)
                .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
                .order_by(JournalEntry.date, JournalEntry.number))
        if year is not None:
            stmt = stmt.where(FiscalYear.name == year)
        if not include_drafts:
            stmt = stmt.where(JournalEntry.status == POSTED)
        return [EntryRow(y, e.number, e.uid, e.date, e.description, e.reference, e.status,
                         from_minor(totals.get(e.id, 0), cur),
                         numbers.get(e.reverses_id) if e.reverses_id else None,
                         reversed_by.get(e.id)) for e, y in s.execute(stmt)]


# ---- the books page: the chart with balances, the journal in pages, one entry ---------------

@dataclass(frozen=True)
class AccountRow:
    """One account of the chart, with its own balance (debit minus credit) at a date."""

    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    postable: bool
    member_ledger: str | None
    active: bool
    debit: Decimal = Decimal(0)
    credit: Decimal = Decimal(0)

    @property
    def balance(self) -> Decimal:
        return self.debit - self.credit


def chart(uow: UnitOfWork, balances_at: dt.date | None = None) -> list[AccountRow]:
    """Every account in code order; with ``balances_at``, each one's posted debits and credits
    up to that day (summed by the database). Headings carry no postings of their own."""
    cur = _currency(uow)
    with uow.read() as s:
        sums: dict[int, tuple[int, int]] = {}
        if balances_at is not None:
            stmt = (select(JournalLine.account_id, func.sum(JournalLine.debit),
                           func.sum(JournalLine.credit))
                    .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                    .where(JournalEntry.status == POSTED, JournalEntry.date <= balances_at)
                    .group_by(JournalLine.account_id))
            sums = {a: (int(d or 0), int(c or 0)) for a, d, c in s.execute(stmt)}
        out = []
        for a in s.scalars(select(Account).order_by(Account.code)):
            d, c = sums.get(a.id, (0, 0))
            out.append(AccountRow(a.id, a.code, a.name, a.kind, a.parent_id, a.postable,
                                  a.member_ledger, a.active, from_minor(d, cur),
                                  from_minor(c, cur)))
        return out


@dataclass(frozen=True)
class PeriodRow:
    start: dt.date
    end: dt.date
    closed: bool


@dataclass(frozen=True)
class YearRow:
    name: str
    start: dt.date
    end: dt.date
    closed: bool
    periods: tuple[PeriodRow, ...]
    drafts: int


def fiscal_years(uow: UnitOfWork) -> list[YearRow]:
    """The fiscal years in date order with their periods and how many drafts each holds."""
    with uow.read() as s:
        periods: dict[int, list[PeriodRow]] = {}
        for p in s.scalars(select(Period).order_by(Period.start)):
            periods.setdefault(p.year_id, []).append(PeriodRow(p.start, p.end, p.closed))
        drafts = {y: int(n) for y, n in s.execute(
            select(JournalEntry.year_id, func.count()).where(JournalEntry.status != POSTED)
            .group_by(JournalEntry.year_id))}
        return [YearRow(y.name, y.start, y.end, y.closed, tuple(periods.get(y.id, [])),
                        drafts.get(y.id, 0))
                for y in s.scalars(select(FiscalYear).order_by(FiscalYear.start))]


@dataclass(frozen=True)
class JournalFilter:
    """What the journal shows: words in the description or reference, entries touching an
    account (or any account under a heading), a date range, and which statuses."""

    text: str = ""
    account: str | None = None  # an account code
    start: dt.date | None = None
    end: dt.date | None = None
    status: str | None = None  # "posted", "draft" or None for both


@dataclass(frozen=True)
class EntryKey:
    year: str
    number: int

    def __str__(self) -> str:
        return f"{self.year}-{self.number}"


@dataclass(frozen=True)
class JournalRow:
    id: int
    year: str
    number: int | None
    uid: str
    date: dt.date
    description: str
    reference: str | None
    status: str
    total: Decimal
    source: str | None
    source_ref: str | None
    reverses: EntryKey | None
    reversed_by: EntryKey | None
    attachments: int

    @property
    def key(self) -> EntryKey | None:
        return EntryKey(self.year, self.number) if self.number is not None else None


def _subtree(s: Any, code: str) -> list[int]:
    """The ids of an account and of every account under it."""
    children: dict[int | None, list[int]] = {}
    root = None
    for i, parent, c in s.execute(select(Account.id, Account.parent_id, Account.code)):
        children.setdefault(parent, []).append(i)
        if c == code:
            root = i
    if root is None:
        return []
    out, todo = [], [root]
    while todo:
        i = todo.pop()
        out.append(i)
        todo.extend(children.get(i, []))
    return out


def _journal_where(s: Any, stmt: Any, f: JournalFilter) -> Any:
    for word in f.text.split():
        stmt = stmt.where(JournalEntry.description.icontains(word, autoescape=True)
                          | JournalEntry.reference.icontains(word, autoescape=True))
    if f.account:
        ids = _subtree(s, f.account)
        stmt = stmt.where(JournalEntry.id.in_(
            select(JournalLine.entry_id).where(JournalLine.account_id.in_(ids))))
    if f.start is not None:
        stmt = stmt.where(JournalEntry.date >= f.start)
    if f.end is not None:
        stmt = stmt.where(JournalEntry.date <= f.end)
    if f.status is not None:
        stmt = stmt.where(JournalEntry.status == f.status)
    return stmt


def journal_count(uow: UnitOfWork, f: JournalFilter = JournalFilter()) -> int:
    """How many entries the filter matches (counted by the database)."""
    with uow.read() as s:
        return int(s.scalar(_journal_where(s, select(func.count(JournalEntry.id)), f)) or 0)


_ROW_COLUMNS = (JournalEntry.id, FiscalYear.name, JournalEntry.number, JournalEntry.uid,
                JournalEntry.date, JournalEntry.description, JournalEntry.reference,
                JournalEntry.status, JournalEntry.source, JournalEntry.source_ref,
                JournalEntry.reverses_id)


def journal_page(uow: UnitOfWork, f: JournalFilter = JournalFilter(), offset: int = 0,
                 limit: int = 200, after: tuple[dt.date, int] | None = None
                 ) -> list[JournalRow]:
    """One page of the journal, newest first (date, then entry id, descending).

    With ``after`` — the (date, id) of the last row of the page before — the page is found by
    keyset (``WHERE (date, id) < after``), which costs the same at the millionth row as at the
    first; without it, by ``OFFSET`` (for a jump of the scroll bar). Totals, reversal links and
    attachment counts are read for this page's entries only."""
    cur = _currency(uow)
    with uow.read() as s:
        stmt = _journal_where(s, select(*_ROW_COLUMNS).join(
            FiscalYear, FiscalYear.id == JournalEntry.year_id), f)
        if after is not None:
            day, last = after
            stmt = stmt.where((JournalEntry.date < day)
                              | ((JournalEntry.date == day) & (JournalEntry.id < last)))
        else:
            stmt = stmt.offset(offset)
        stmt = stmt.order_by(JournalEntry.date.desc(), JournalEntry.id.desc()).limit(limit)
        return _journal_rows(s, s.execute(stmt).all(), cur)


def _journal_rows(s: Any, rows: Sequence[Any], cur: str) -> list[JournalRow]:
    """Rows of ``_ROW_COLUMNS`` with their totals, reversal links and attachment counts."""
    ids = [r.id for r in rows]
    if not ids:
        return []
    totals = {i: int(t or 0) for i, t in s.execute(
        select(JournalLine.entry_id, func.sum(JournalLine.debit))
        .where(JournalLine.entry_id.in_(ids)).group_by(JournalLine.entry_id))}
    files = {i: int(n) for i, n in s.execute(
        select(Attachment.entry_id, func.count()).where(Attachment.entry_id.in_(ids))
        .group_by(Attachment.entry_id))}
    wanted = {r.reverses_id for r in rows if r.reverses_id}
    keys = {i: EntryKey(y, n) for i, y, n in s.execute(
        select(JournalEntry.id, FiscalYear.name, JournalEntry.number)
        .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
        .where(JournalEntry.id.in_(wanted)))} if wanted else {}
    by = {r: EntryKey(y, n) for r, y, n in s.execute(
        select(JournalEntry.reverses_id, FiscalYear.name, JournalEntry.number)
        .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
        .where(JournalEntry.reverses_id.in_(ids)))}
    return [JournalRow(r.id, r.name, r.number, r.uid, r.date, r.description, r.reference,
                       r.status, from_minor(totals.get(r.id, 0), cur), r.source, r.source_ref,
                       keys.get(r.reverses_id) if r.reverses_id else None, by.get(r.id),
                       files.get(r.id, 0)) for r in rows]


@dataclass(frozen=True)
class LineRow:
    line_no: int
    account: str
    account_name: str
    member: int | None
    member_name: str | None
    debit: Decimal
    credit: Decimal
    memo: str | None


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    mime: str
    size: int
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class EntryDetail:
    row: JournalRow
    lines: tuple[LineRow, ...]
    attachments: tuple[AttachmentRow, ...]
    created_by: str
    posted_by: str | None


def entry_detail(uow: UnitOfWork, entry_id: int) -> EntryDetail:
    """One entry with its lines (account, member, debit, credit, memo) and its attachments."""
    cur = _currency(uow)
    with uow.read() as s:
        e = s.get(JournalEntry, entry_id)
        if e is None:
            raise NotFound(_("There is no journal entry {number}.", number=entry_id))
        lines = tuple(LineRow(ln.line_no, code, name, number,
                              f"{first} {last}" if number is not None else None,
                              from_minor(ln.debit, cur), from_minor(ln.credit, cur), ln.memo)
                      for ln, code, name, number, first, last in s.execute(
                          select(JournalLine, Account.code, Account.name, Member.number,
                                 Member.first_names, Member.last_names)
                          .join(Account, Account.id == JournalLine.account_id)
                          .outerjoin(Member, Member.id == JournalLine.member_id)
                          .where(JournalLine.entry_id == e.id)
                          .order_by(JournalLine.line_no)))
        files = tuple(AttachmentRow(*r) for r in s.execute(
            select(Attachment.id, Attachment.filename, Attachment.mime, Attachment.size,
                   Attachment.added_by, Attachment.added_at)
            .where(Attachment.entry_id == e.id).order_by(Attachment.id)))
        row = _journal_rows(s, s.execute(select(*_ROW_COLUMNS).join(
            FiscalYear, FiscalYear.id == JournalEntry.year_id)
            .where(JournalEntry.id == e.id)).all(), cur)[0]
        return EntryDetail(row, lines, files, e.created_by, e.posted_by)


def attachment_file(uow: UnitOfWork, attachment_id: int) -> tuple[str, bytes]:
    """The file name and content of a kept receipt."""
    with uow.read() as s:
        a = s.get(Attachment, attachment_id)
        if a is None:
            raise NotFound(_("There is no attachment {number}.", number=attachment_id))
        return a.filename, bytes(a.data)


def draft_input(uow: UnitOfWork, uid: str) -> EntryInput:
    """A saved draft as the input it was saved from, to go on editing it."""
    cur = _currency(uow)
    with uow.read() as s:
        e = s.scalar(select(JournalEntry).where(JournalEntry.uid == uid))
        if e is None or e.status == POSTED:
            raise NotFound(_("There is no draft {uid}.", uid=uid))
        lines = tuple(LineInput(code, from_minor(ln.debit, cur), from_minor(ln.credit, cur),
                                number, ln.memo)
                      for ln, code, number in s.execute(
                          select(JournalLine, Account.code, Member.number)
                          .join(Account, Account.id == JournalLine.account_id)
                          .outerjoin(Member, Member.id == JournalLine.member_id)
                          .where(JournalLine.entry_id == e.id)
                          .order_by(JournalLine.line_no)))
        return EntryInput(e.date, e.description, lines, e.reference, e.uid)


def member_names(uow: UnitOfWork, numbers: Iterable[int]) -> dict[int, str]:
    """Full names of members by number (the numbers that exist)."""
    wanted = set(numbers)
    if not wanted:
        return {}
    with uow.read() as s:
        return {n: f"{first} {last}" for n, first, last in s.execute(
            select(Member.number, Member.first_names, Member.last_names)
            .where(Member.number.in_(wanted)))}


def find_members(uow: UnitOfWork, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Up to ``limit`` members whose number, name or ID matches ``text`` (for completion)."""
    if not text.strip():
        return []
    ids = register.member_ids(uow, register.MemberFilter(text=text))[:limit]
    rows = register.rows_for(uow, ids)
    return [(rows[i].number, f"{rows[i].first_names} {rows[i].last_names}") for i in ids
            if i in rows]
