"""Rules that turn statement lines the books do not have (bank charges, interest, mobile-money
fees) into proposed entries; and rules suggested from the treasurer's manual matches.

Plain data in, plain data out. A proposed entry holds the lines *other than the bank's own*,
with the ledger's sign (+ debit, - credit): they sum to minus the bank line's amount, so a
charge of -12.00 on the statement proposes ``+12.00`` on the charges account, and the service
that posts it adds the bank account's own line (-12.00).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from coopdesk.bank.matching import BankLine, normalise

__all__ = ["ManualMatch", "ProposedEntry", "ProposedLine", "Rule", "apply", "stem",
           "suggest_rules"]

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Rule:
    order: int
    target_account: str
    text_contains: str | None = None  # compared without case or accents
    regex: str | None = None  # searched in the original text, case-insensitive
    min_amount: Decimal | None = None  # signed, inclusive: -50 <= amount
    max_amount: Decimal | None = None
    account: str | None = None  # only for this bank account's lines (its code)
    member: int | None = None
    fee_split: Decimal | None = None  # share of the amount that is a fee (0.015 = 1.5 %)
    fee_account: str | None = None  # where the fee goes (defaults to target_account)
    description: str = ""

    def matches(self, line: BankLine, account: str | None = None) -> bool:
        if self.account is not None and account is not None and self.account != account:
            return False
        if self.account is not None and account is None:
            return False
        if self.min_amount is not None and line.amount < self.min_amount:
            return False
        if self.max_amount is not None and line.amount > self.max_amount:
            return False
        if self.text_contains is not None and normalise(self.text_contains) not in normalise(
                line.text):
            return False
        return self.regex is None or re.search(self.regex, line.text, re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class ProposedLine:
    account: str
    amount: Decimal  # + debit, - credit
    member: int | None = None


@dataclass(frozen=True, slots=True)
class ProposedEntry:
    bank_line: int
    date: dt.date
    description: str
    lines: tuple[ProposedLine, ...]
    rule: int  # the order of the rule that made it


def apply(rules: Iterable[Rule], line: BankLine, *, account: str | None = None
          ) -> ProposedEntry | None:
    """The entry proposed by the first rule (by ``order``) that fits ``line``; or None."""
    for rule in sorted(rules, key=lambda r: r.order):
        if not rule.matches(line, account):
            continue
        total = -line.amount
        lines: list[ProposedLine] = []
        if rule.fee_split:
            fee = (total * rule.fee_split).quantize(CENT, ROUND_HALF_UP)
            lines.append(ProposedLine(rule.target_account, total - fee, rule.member))
            lines.append(ProposedLine(rule.fee_account or rule.target_account, fee))
        else:
            lines.append(ProposedLine(rule.target_account, total, rule.member))
        return ProposedEntry(line.id, line.date, rule.description or line.text,
                             tuple(ln for ln in lines if ln.amount), rule.order)
    return None


@dataclass(frozen=True, slots=True)
class ManualMatch:
    """A statement line the treasurer booked by hand, and where it went."""

    text: str
    amount: Decimal
    target_account: str
    member: int | None = None
    account: str | None = None  # the bank account's code


_WORD = re.compile(r"[a-z]+")


def stem(text: str, words: int = 3) -> str:
    """The first ``words`` words of the text without digits or one-letter words:
    'COMISIÓN MANEJO CTA 0012 ENE' -> 'comision manejo cta'."""
    return " ".join([w for w in _WORD.findall(normalise(text))
                     if len(w) > 1 and w.isalpha()][:words])


def suggest_rules(manual: Iterable[ManualMatch], existing: Sequence[Rule] = (), *,
                  min_count: int = 3) -> list[Rule]:
    """Rules proposed from manual matches: a text stem booked ``min_count`` times or more to
    the same account (and member, and bank account), never to another one, and not already
    caught by an existing rule. The amount range is the sign seen (charges stay charges)."""
    seen: dict[tuple[str, str | None], Counter[tuple[str, int | None]]] = defaultdict(Counter)
    amounts: dict[tuple[str, str | None], list[Decimal]] = defaultdict(list)
    samples: dict[tuple[str, str | None], ManualMatch] = {}
    for m in manual:
        s = stem(m.text)
        if not s:
            continue
        key = (s, m.account)
        seen[key][(m.target_account, m.member)] += 1
        amounts[key].append(m.amount)
        samples.setdefault(key, m)
    start = max((r.order for r in existing), default=0)
    proposals: list[tuple[int, str, Rule]] = []
    for key, targets in seen.items():
        if len(targets) != 1:
            continue  # the same words went to different places: no rule
        (target, member), count = next(iter(targets.items()))
        if count < min_count:
            continue
        sample = samples[key]
        line = BankLine(0, dt.date.min, sample.amount, sample.text)
        if any(r.matches(line, key[1]) for r in existing):
            continue
        values = amounts[key]
        low = Decimal(0) if all(v > 0 for v in values) else None
        high = Decimal(0) if all(v < 0 for v in values) else None
        proposals.append((-count, key[0], Rule(
            order=0, target_account=target, text_contains=key[0], min_amount=low,
            max_amount=high, account=key[1], member=member,
            description=f"{key[0]} ({count})")))
    proposals.sort(key=lambda p: (p[0], p[1], p[2].account or ""))
    return [replace(r, order=start + 10 * (n + 1)) for n, (_c, _s, r) in enumerate(proposals)]
