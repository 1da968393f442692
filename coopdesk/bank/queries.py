"""Read-only views of a bank account: its statement lines and its book lines (the journal lines
posted to its ledger account), filtered and paged in the query, and the loaders the matcher
uses. Amounts are + into the account on both sides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.bank import matching
from coopdesk.bank.models import BankAccount, BankLineRow, BankMatch, BankMatchBook
from coopdesk.bank.services import account_row
from coopdesk.core.money import exponent, from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import FiscalYear, JournalEntry, JournalLine
from coopdesk.members.models import Member

Status = Literal["all", "unmatched", "matched"]


@dataclass(frozen=True)
class BankLineView:
    id: int
    date: dt.date
    amount: Decimal
    description: str
    reference: str | None
    counterparty: str | None
    balance: Decimal | None
    match_id: int | None
    match_kind: str | None
    locked: bool


@dataclass(frozen=True)
class BookLineView:
    id: int  # the journal line's id
    date: dt.date
    entry: str  # "2026/45"
    description: str
    reference: str | None
    amount: Decimal
    member: int | None
    member_name: str | None
    match_id: int | None
    locked: bool
    brought_forward: bool  # before the account's start, or an opening balance


def since_of(s: Session, acc: BankAccount) -> dt.date | None:
    """The day from which book lines must find their statement line."""
    if acc.since is not None:
        return acc.since
    first: dt.date | None = s.scalar(select(func.min(BankLineRow.date)).where(
        BankLineRow.bank_account_id == acc.id))
    return first


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _bank_query(acc: BankAccount, status: Status, text: str | None, start: dt.date | None,
                end: dt.date | None) -> Select[*tuple[Any, ...]]:
    q: Select[*tuple[Any, ...]] = (select(BankLineRow, BankMatch.kind, BankMatch.reconciliation_id)
         .outerjoin(BankMatch, BankMatch.id == BankLineRow.match_id)
         .where(BankLineRow.bank_account_id == acc.id))
    if status == "unmatched":
        q = q.where(BankLineRow.match_id.is_(None))
    elif status == "matched":
        q = q.where(BankLineRow.match_id.is_not(None))
    if start:
        q = q.where(BankLineRow.date >= start)
    if end:
        q = q.where(BankLineRow.date <= end)
    if text and text.strip():
        pattern = _like(text.strip())
        q = q.where(or_(BankLineRow.description.ilike(pattern, escape="\\"),
                        BankLineRow.reference.ilike(pattern, escape="\\"),
                        BankLineRow.counterparty.ilike(pattern, escape="\\")))
    return q


def bank_lines(uow: UnitOfWork, code: str, *, status: Status = "all", text: str | None = None,
               start: dt.date | None = None, end: dt.date | None = None, offset: int = 0,
               limit: int | None = None) -> list[BankLineView]:
    with uow.read() as s:
        acc = account_row(s, code)
        q = (_bank_query(acc, status, text, start, end)
             .order_by(BankLineRow.date, BankLineRow.id).offset(offset))
        if limit is not None:
            q = q.limit(limit)
        cur = acc.currency
        return [BankLineView(r.id, r.date, from_minor(r.amount, cur), r.description,
                             r.reference, r.counterparty,
                             None if r.balance is None else from_minor(r.balance, cur),
                             r.match_id, kind, rec is not None)
                for r, kind, rec in s.execute(q)]


def count_bank_lines(uow: UnitOfWork, code: str, *, status: Status = "all",
                     text: str | None = None, start: dt.date | None = None,
                     end: dt.date | None = None) -> int:
    with uow.read() as s:
        acc = account_row(s, code)
        sub = _bank_query(acc, status, text, start, end).subquery()
        return s.scalar(select(func.count()).select_from(sub)) or 0


def _book_query(acc: BankAccount, status: Status, text: str | None, start: dt.date | None,
                end: dt.date | None, since: dt.date | None) -> Select[*tuple[Any, ...]]:
    """The account's posted book lines; "unmatched" ones are those still waiting for the
    statement (brought-forward lines wait for nothing: they are under "all" only)."""
    q: Select[*tuple[Any, ...]] = (
        select(JournalLine.id, JournalEntry.date, FiscalYear.name, JournalEntry.number,
               JournalEntry.description, JournalLine.memo, JournalEntry.reference,
               JournalLine.debit, JournalLine.credit, JournalEntry.source,
               BankMatchBook.match_id, BankMatch.reconciliation_id, JournalLine.entry_id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
        .outerjoin(BankMatchBook, BankMatchBook.journal_line_id == JournalLine.id)
        .outerjoin(BankMatch, BankMatch.id == BankMatchBook.match_id)
        .where(JournalLine.account_id == acc.account_id, JournalEntry.status == "posted"))
    if status == "unmatched":
        q = q.where(BankMatchBook.match_id.is_(None),
                    or_(JournalEntry.source.is_(None), JournalEntry.source != "opening"))
        if since is not None:
            q = q.where(JournalEntry.date >= since)
    elif status == "matched":
        q = q.where(BankMatchBook.match_id.is_not(None))
    if start:
        q = q.where(JournalEntry.date >= start)
    if end:
        q = q.where(JournalEntry.date <= end)
    if text and text.strip():
        pattern = _like(text.strip())
        q = q.where(or_(JournalEntry.description.ilike(pattern, escape="\\"),
                        JournalLine.memo.ilike(pattern, escape="\\"),
                        JournalEntry.reference.ilike(pattern, escape="\\")))
    return q


def _members_of(s: Session, entry_ids: set[int] | None = None, account_id: int | None = None
                ) -> dict[int, tuple[int, str]]:
    """Entry id -> (number, name) of a member named on one of its lines: for the given
    entries, or for every entry with a line on ``account_id`` (one query)."""
    q = (select(JournalLine.entry_id, Member.number, Member.first_names, Member.last_names)
         .join(Member, Member.id == JournalLine.member_id))
    out: dict[int, tuple[int, str]] = {}
    if account_id is not None:
        chunks = [q.where(JournalLine.entry_id.in_(
            select(JournalLine.entry_id).where(JournalLine.account_id == account_id)))]
    else:
        ids = sorted(entry_ids or ())
        chunks = [q.where(JournalLine.entry_id.in_(ids[n:n + 900]))
                  for n in range(0, len(ids), 900)]
    for chunk in chunks:
        for entry_id, number, first, last in s.execute(chunk):
            out.setdefault(entry_id, (number, f"{first} {last}"))
    return out


def _text(description: str, memo: str | None) -> str:
    return description if not memo or memo in description else f"{description} · {memo}"


def book_lines(uow: UnitOfWork, code: str, *, status: Status = "all", text: str | None = None,
               start: dt.date | None = None, end: dt.date | None = None, offset: int = 0,
               limit: int | None = None) -> list[BookLineView]:
    with uow.read() as s:
        acc = account_row(s, code)
        since = since_of(s, acc)
        q = (_book_query(acc, status, text, start, end, since)
             .order_by(JournalEntry.date, JournalLine.id).offset(offset))
        if limit is not None:
            q = q.limit(limit)
        rows = s.execute(q).all()
        members = _members_of(s, {r.entry_id for r in rows})
        cur = acc.currency
        out = []
        for r in rows:
            member = members.get(r.entry_id)
            out.append(BookLineView(
                r.id, r.date, f"{r.name}/{r.number}", _text(r.description, r.memo), r.reference,
                from_minor(r.debit - r.credit, cur), member[0] if member else None,
                member[1] if member else None, r.match_id, r.reconciliation_id is not None,
                brought_forward(r.source, r.date, since)))
        return out


def count_book_lines(uow: UnitOfWork, code: str, *, status: Status = "all",
                     text: str | None = None, start: dt.date | None = None,
                     end: dt.date | None = None) -> int:
    with uow.read() as s:
        acc = account_row(s, code)
        sub = _book_query(acc, status, text, start, end, since_of(s, acc)).subquery()
        return s.scalar(select(func.count()).select_from(sub)) or 0


def brought_forward(source: str | None, day: dt.date, since: dt.date | None) -> bool:
    return source == "opening" or (since is not None and day < since)


# ---- what the matcher reads --------------------------------------------------------------------

def open_bank_lines(s: Session, acc: BankAccount) -> list[matching.BankLine]:
    cur = acc.currency
    rows = s.execute(select(BankLineRow.id, BankLineRow.date, BankLineRow.amount,
                            BankLineRow.description, BankLineRow.counterparty,
                            BankLineRow.reference)
                     .where(BankLineRow.bank_account_id == acc.id,
                            BankLineRow.match_id.is_(None)))
    return [matching.BankLine(i, d, from_minor(a, cur), f"{t} {c}" if c else t, ref)
            for i, d, a, t, c, ref in rows]


def open_book_lines(s: Session, acc: BankAccount, start: dt.date | None = None,
                    end: dt.date | None = None) -> list[matching.BookLine]:
    """Posted journal lines of the account in no match, brought-forward ones left out;
    between ``start`` and ``end`` when given (the matcher only pairs lines within its date
    window of a statement line, so older ones need not be read)."""
    since = since_of(s, acc)
    q = (select(JournalLine.id, JournalEntry.date, JournalEntry.description, JournalLine.memo,
                JournalEntry.reference, JournalLine.debit, JournalLine.credit,
                JournalLine.entry_id)
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .outerjoin(BankMatchBook, BankMatchBook.journal_line_id == JournalLine.id)
         .where(JournalLine.account_id == acc.account_id, JournalEntry.status == "posted",
                BankMatchBook.match_id.is_(None),
                or_(JournalEntry.source.is_(None), JournalEntry.source != "opening")))
    if since is not None:
        q = q.where(JournalEntry.date >= since)
    if start is not None:
        q = q.where(JournalEntry.date >= start)
    if end is not None:
        q = q.where(JournalEntry.date <= end)
    rows = s.connection().execute(q).all()  # plain rows: 100,000 of them, no ORM needed
    members = _members_of(s, account_id=acc.account_id)
    scale = -exponent(acc.currency)
    out = []
    for line_id, day, description, memo, reference, debit, credit, entry_id in rows:
        member = members.get(entry_id)
        out.append(matching.BookLine(line_id, day, Decimal(debit - credit).scaleb(scale),
                                     _text(description, memo), reference,
                                     member[0] if member else None,
                                     member[1] if member else None))
    return out
