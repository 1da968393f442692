"""The posted journal as a plain-text journal that hledger and ledger-cli both read.

    2026-03-10 * #2026-12 Sale 3 to Metalor: 40 g
        ; uid: 5b0c...
        assets:1105 Cash on hand  1500.50 COP
        income:4105 Gold sales  -1500.50 COP

Accounts are named ``<type>:<code> <name>``, the type being one both tools (and hledger's
account types) recognise: assets, liabilities, equity, income, expenses. Member control accounts
get one sub-account per member (``...:member 0012``). Names never hold two spaces, a tab, a
colon or a semicolon, which would end the name or start a comment. Amounts carry the
currency's exact decimals; debits are positive, credits negative. Entries stream from the
database in date and number order.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TextIO

from sqlalchemy import select

from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
from coopdesk.members.models import Member

TOP = {"asset": "assets", "liability": "liabilities", "equity": "equity", "income": "income",
       "expense": "expenses"}
_UNSAFE = re.compile(r"[^\w\s\-.,'&/()]")  # ; : and anything that could start syntax


def clean(text: str) -> str:
    """One line of text with single spaces and no comment or account-separator characters."""
    return " ".join(_UNSAFE.sub(" ", text).split())


def account_name(code: str, name: str, kind: str, member: int | None = None) -> str:
    """The journal account for an account of the chart (and a member's sub-account)."""
    out = f"{TOP.get(kind, 'other')}:{clean(f'{code} {name}')}"
    return f"{out}:member {member:04d}" if member is not None else out


def _text(text: str) -> str:
    """A description or comment on one line, without a ';' that would cut it."""
    return " ".join(text.replace(";", ",").split())


def write_journal(uow: UnitOfWork, out: TextIO, start: dt.date | None = None,
                  end: dt.date | None = None) -> int:
    """Write the posted entries from ``start`` to ``end`` (both optional) to ``out``; returns
    how many entries were written."""
    with uow.read() as s:
        coop = s.get_one(Cooperative, 1)
        cur = coop.currency
        names = {i: (c, n, k) for i, c, n, k in s.execute(
            select(Account.id, Account.code, Account.name, Account.kind))}
        out.write(f"; {_text(coop.name)}: journal exported by coopdesk ({cur})\n\n")
        stmt = (select(JournalEntry.id, JournalEntry.date, FiscalYear.name, JournalEntry.number,
                       JournalEntry.description, JournalEntry.uid, JournalEntry.reference,
                       JournalLine.account_id, Member.number, JournalLine.debit,
                       JournalLine.credit, JournalLine.memo)
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
                .outerjoin(Member, Member.id == JournalLine.member_id)
                .where(JournalEntry.status == "posted")
                .order_by(JournalEntry.date, FiscalYear.start, JournalEntry.number,
                          JournalLine.line_no))
        if start is not None:
            stmt = stmt.where(JournalEntry.date >= start)
        if end is not None:
            stmt = stmt.where(JournalEntry.date <= end)
        count, current = 0, None
        for (eid, day, year, number, text, uid, ref, aid, member, debit, credit,
             memo) in s.execute(stmt.execution_options(yield_per=2000)):
            if eid != current:
                if current is not None:
                    out.write("\n")
                current, count = eid, count + 1
                out.write(f"{day.isoformat()} * #{year}-{number} {_text(text)}\n")
                out.write(f"    ; uid: {uid}\n")
                if ref:
                    out.write(f"    ; reference: {_text(ref)}\n")
            code, name, kind = names[aid]
            amount = format(from_minor(int(debit) - int(credit), cur), "f")
            line = f"    {account_name(code, name, kind, member)}  {amount} {cur}"
            out.write(f"{line}  ; {_text(memo)}\n" if memo and _text(memo) else f"{line}\n")
        if current is not None:
            out.write("\n")
    return count
