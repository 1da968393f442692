"""A bank statement as plain data: the lines a bank sent, its balances, and two pure checks.

Nothing here knows a file format, the database or Qt. The readers in :mod:`coopdesk.bank.formats`
build these values; matching and reconciliation read them.

Amounts are ``Decimal``: positive is money into the account, negative is money out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from coopdesk.core.i18n import _


@dataclass(frozen=True)
class StatementLine:
    """One movement on the account as the bank reports it."""

    date: dt.date
    amount: Decimal
    description: str
    reference: str | None = None
    bank_id: str | None = None
    counterparty: str | None = None
    balance: Decimal | None = None
    value_date: dt.date | None = None
    source_line: int | None = None


@dataclass(frozen=True)
class Statement:
    """One statement of one account: its balances and its lines, in the bank's order."""

    account: str | None
    currency: str | None
    opening: Decimal | None
    closing: Decimal | None
    start: dt.date | None
    end: dt.date | None
    lines: tuple[StatementLine, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))


def _where(line: StatementLine, index: int) -> str:
    if line.source_line is not None:
        return _("line {line}", line=line.source_line)
    return _("entry {number}", number=index + 1)


def check_arithmetic(st: Statement) -> list[str]:
    """What does not add up in the bank's own numbers; empty when all is consistent.

    Opening plus the lines must give the closing balance; where lines carry a running balance,
    each must be the previous balance plus the line's amount. Only what the statement states is
    checked: a missing opening or closing balance is not a mismatch.
    """
    problems: list[str] = []
    previous = st.opening
    for index, line in enumerate(st.lines):
        if line.balance is not None:
            if previous is not None and previous + line.amount != line.balance:
                problems.append(_(
                    "At {where}: the balance {previous} plus {amount} gives {expected}, but the "
                    "bank shows {balance}.", where=_where(line, index), previous=previous,
                    amount=line.amount, expected=previous + line.amount, balance=line.balance))
            previous = line.balance
        elif previous is not None:
            previous = previous + line.amount
    if st.opening is not None and st.closing is not None:
        expected = st.opening + st.total
        if expected != st.closing:
            problems.append(_(
                "Opening balance {opening} plus the {count} line(s) totalling {total} gives "
                "{expected}, but the closing balance is {closing} (difference {difference}).",
                opening=st.opening, count=len(st.lines), total=st.total, expected=expected,
                closing=st.closing, difference=st.closing - expected))
    return problems


_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Case, accents and runs of spaces do not make two descriptions different."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", plain).strip().casefold()


def _amount_key(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    # 10.5 and 10.50 are the same money: the key must not depend on the file's precision.
    normal = amount.normalize()
    return format(normal, "f") if normal != 0 else "0"


def fingerprints(lines: Iterable[StatementLine]) -> list[str]:
    """A key per line that is the same each time the same file (or an overlapping one) is read.

    The bank's transaction id when it gives one (``id:`` prefix); otherwise a SHA-256 of date,
    amount, normalised description and balance with an occurrence number, so that two real,
    identical payments on one day stay two lines and a re-import finds both again.
    """
    seen: Counter[str] = Counter()
    out: list[str] = []
    for line in lines:
        if line.bank_id:
            key = "id:" + line.bank_id.strip()
            seen[key] += 1  # a bank that repeats an id in one file must not lose a line
            out.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
            continue
        base = "|".join((line.date.isoformat(), _amount_key(line.amount),
                         normalise_text(line.description), _amount_key(line.balance)))
        seen[base] += 1
        digest = hashlib.sha256(f"{base}|{seen[base]}".encode()).hexdigest()
        out.append("fp:" + digest)
    return out
