"""Pure rules of the books: what a journal entry must satisfy before it can be posted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from coopdesk.core.i18n import _


@dataclass(frozen=True, slots=True)
class LineInput:
    account: str  # account code
    debit: Decimal = Decimal(0)
    credit: Decimal = Decimal(0)
    member: int | None = None  # member number, for member control accounts
    memo: str | None = None


@dataclass(frozen=True, slots=True)
class EntryInput:
    date: dt.date
    description: str
    lines: tuple[LineInput, ...]
    reference: str | None = None
    uid: str | None = None  # made by the client so a retried post is recognised
    extra: dict[str, str] = field(default_factory=dict)


def check_entry(entry: EntryInput) -> list[tuple[int | None, str, str]]:
    """Every problem as (line number or None, field, message); empty when sound."""
    out: list[tuple[int | None, str, str]] = []
    if not entry.description.strip():
        out.append((None, "description", _("Say what the entry is for.")))
    if len(entry.lines) < 2:
        out.append((None, "lines", _("An entry needs at least two lines.")))
    debit = credit = Decimal(0)
    for n, line in enumerate(entry.lines, 1):
        if not line.account.strip():
            out.append((n, "account", _("Line {n}: choose an account.", n=n)))
        if line.debit < 0 or line.credit < 0:
            out.append((n, "amount", _("Line {n}: amounts are never negative; put the amount "
                                       "on the other side instead.", n=n)))
        elif (line.debit > 0) == (line.credit > 0):
            out.append((n, "amount", _("Line {n}: give a debit or a credit, not both and not "
                                       "neither.", n=n)))
        debit += line.debit
        credit += line.credit
    if debit != credit:
        out.append((None, "balance", _(
            "The entry does not balance: debits {debit}, credits {credit}, difference {diff}.",
            debit=debit, credit=credit, diff=abs(debit - credit))))
    return out
