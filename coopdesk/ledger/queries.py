"""Read side of the books: balances computed by the database (GROUP BY), not in Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from coopdesk.core.errors import NotFound
from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
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
