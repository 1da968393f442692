"""How a distributable amount becomes funds and members' payouts: pure arithmetic, no database.

The order is the bylaws': each fund step takes its percentage of the amount (rounded down to the
minor unit, and no more than it needs to reach its cap), and what is left is the members' pool.
The pool is divided among the bases of the policy's mix (production in grams or in value, shares
weighted by days held, days worked, equal parts); each basis's part is shared in proportion to
the members' values on it. An optional cap on interest on capital limits the shares' part to a
yearly rate on the capital held; what it cannot take goes to the other bases.

All of it is exact: every member's share of the pool is an integer ratio, and the pool is split
by the largest-remainder method in whole rounding units (the minor unit, or e.g. 50 francs so
cash can be counted out). Each member gets the floor of their exact share; the units left go one
each to the largest remainders, ties to the lower member number. What is smaller than one
rounding unit stays in the source account and is stated.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from coopdesk.core import money
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _


class Basis(StrEnum):
    GRAMS = "grams"      # fine milligrams of the member's production lots in the period
    VALUE = "value"      # what the cooperative paid the member for gold in the period
    SHARES = "shares"    # paid-up capital, minor units x days held in the period
    DAYS = "days"        # days worked on the member's production lots
    EQUAL = "equal"      # one part each


BASIS_LABELS = {Basis.GRAMS: N_("Production delivered (grams)"),
                Basis.VALUE: N_("Production delivered (value)"),
                Basis.SHARES: N_("Shares held (weighted by days)"),
                Basis.DAYS: N_("Days worked"),
                Basis.EQUAL: N_("Equal parts")}


class StepKind(StrEnum):
    RESERVE = "reserve"
    EDUCATION = "education"
    SOLIDARITY = "solidarity"
    COMMUNITY = "community"
    OTHER = "other"


STEP_LABELS = {StepKind.RESERVE: N_("Statutory reserve"),
               StepKind.EDUCATION: N_("Education fund"),
               StepKind.SOLIDARITY: N_("Solidarity fund"),
               StepKind.COMMUNITY: N_("Community development fund"),
               StepKind.OTHER: N_("Other fund")}

# The ledger role of the account each kind of step is credited to.
STEP_ROLES = {StepKind.RESERVE: "reserve", StepKind.EDUCATION: "education_fund",
              StepKind.SOLIDARITY: "solidarity_fund", StepKind.COMMUNITY: "community_fund",
              StepKind.OTHER: "other_fund"}


class AllocationError(ValueError):
    """Input the arithmetic cannot honestly share; the message says which and why."""


@dataclass(frozen=True)
class Step:
    kind: StepKind
    percent: Decimal                      # of the distributable amount
    cap_percent: Decimal | None = None    # stop at this % of the paid-up capital
    label: str = ""                       # the bylaws' own name, if any
    account: str = ""                     # an account code instead of the kind's role

    def title(self) -> str:
        return self.label or _(STEP_LABELS[self.kind])


@dataclass(frozen=True)
class Policy:
    """The sharing rules of the bylaws, as stored with the books."""

    name: str
    steps: tuple[Step, ...]
    mix: tuple[tuple[Basis, Decimal], ...]   # basis and its weight in the members' part
    min_days: int = 0                        # active at least this many days in the period
    exclude_suspended: bool = True
    interest_cap: Decimal | None = None      # yearly % on capital the shares' part may reach
    rounding: int = 1                        # payouts are whole multiples of this (minor units)
    unclaimed_days: int = 90                 # a payout not collected after this is listed

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "steps": [{"kind": s.kind.value, "percent": str(s.percent),
                       "cap_percent": None if s.cap_percent is None else str(s.cap_percent),
                       "label": s.label, "account": s.account} for s in self.steps],
            "mix": [[b.value, str(w)] for b, w in self.mix],
            "min_days": self.min_days, "exclude_suspended": self.exclude_suspended,
            "interest_cap": None if self.interest_cap is None else str(self.interest_cap),
            "rounding": self.rounding, "unclaimed_days": self.unclaimed_days,
        }

    @staticmethod
    def from_dict(d: dict[str, object]) -> Policy:
        steps = d.get("steps") or []
        mix = d.get("mix") or []
        assert isinstance(steps, list) and isinstance(mix, list)
        cap = d.get("interest_cap")
        return Policy(
            name=str(d.get("name", "")),
            steps=tuple(Step(StepKind(str(s["kind"])), Decimal(str(s["percent"])),
                             None if s.get("cap_percent") in (None, "")
                             else Decimal(str(s["cap_percent"])),
                             str(s.get("label") or ""), str(s.get("account") or ""))
                        for s in steps),
            mix=tuple((Basis(str(b)), Decimal(str(w))) for b, w in mix),
            min_days=int(str(d.get("min_days", 0))),
            exclude_suspended=bool(d.get("exclude_suspended", True)),
            interest_cap=None if cap in (None, "") else Decimal(str(cap)),
            rounding=int(str(d.get("rounding", 1))),
            unclaimed_days=int(str(d.get("unclaimed_days", 90))),
        )


def check_policy(p: Policy) -> list[tuple[str, str]]:
    """What is wrong with a policy, as (field, message) pairs; empty when it can be used."""
    out: list[tuple[str, str]] = []
    if not p.name.strip():
        out.append(("name", _("The policy needs a name.")))
    total = Decimal(0)
    for i, s in enumerate(p.steps, 1):
        if not Decimal(0) <= s.percent <= Decimal(100):
            out.append((f"steps.{i}", _("Step {n} ({step}): the percentage must be between 0 "
                                        "and 100.", n=i, step=s.title())))
        if s.cap_percent is not None and s.cap_percent < 0:
            out.append((f"steps.{i}", _("Step {n} ({step}): the cap cannot be negative.",
                                        n=i, step=s.title())))
        total += s.percent
    if total > 100:
        out.append(("steps", _("The funds take {total} % of the amount; together they cannot "
                               "take more than 100 %.", total=total)))
    if total < 100 and not p.mix:
        out.append(("mix", _("Say how the members' part is shared: by production, shares, days "
                             "worked or equally.")))
    seen: set[Basis] = set()
    for b, w in p.mix:
        if w < 0:
            out.append(("mix", _("The weight of {basis} cannot be negative.",
                                 basis=_(BASIS_LABELS[b]))))
        if b in seen:
            out.append(("mix", _("{basis} is listed twice.", basis=_(BASIS_LABELS[b]))))
        seen.add(b)
    if p.mix and sum((w for _b, w in p.mix), Decimal(0)) <= 0:
        out.append(("mix", _("At least one basis of the members' part needs a weight above "
                             "zero.")))
    if p.min_days < 0:
        out.append(("min_days", _("The minimum number of days cannot be negative.")))
    if p.interest_cap is not None and p.interest_cap < 0:
        out.append(("interest_cap", _("The cap on interest on capital cannot be negative.")))
    if p.rounding < 1:
        out.append(("rounding", _("Payouts are rounded to at least one minor unit.")))
    if p.unclaimed_days < 1:
        out.append(("unclaimed_days", _("The time before a payout counts as unclaimed must be "
                                        "at least one day.")))
    return out


@dataclass(frozen=True)
class StepResult:
    step: Step
    amount: int          # minor units
    exact: Fraction      # percent x amount, before rounding down and the cap
    capped: bool


def fund_steps(total: int, steps: Sequence[Step], balances: Sequence[int],
               paid_capital: int) -> list[StepResult]:
    """Each fund's part of ``total``: its percentage rounded down to the minor unit, and no
    more than brings the fund's ``balance`` to its cap (a percentage of ``paid_capital``)."""
    out: list[StepResult] = []
    left = total
    for step, balance in zip(steps, balances, strict=True):
        exact = Fraction(total) * Fraction(step.percent) / 100
        amount = math.floor(exact)
        capped = False
        if step.cap_percent is not None:
            room = max(0, math.floor(Fraction(paid_capital) * Fraction(step.cap_percent) / 100)
                       - balance)
            if amount > room:
                amount, capped = room, True
        amount = max(0, min(amount, left))
        left -= amount
        out.append(StepResult(step, amount, exact, capped))
    return out


@dataclass(frozen=True)
class MemberInput:
    """A member's values on each basis (integers in the basis's own unit) and eligibility."""

    member_id: int
    number: int
    values: dict[Basis, int]
    excluded: str | None = None   # why the member takes no part, if so


@dataclass(frozen=True)
class Allocation:
    amounts: list[int]                  # per member, in the input order
    parts: dict[Basis, Fraction]        # the pool's part on each basis (minor units)
    totals: dict[Basis, int]            # every eligible member's values added up per basis
    shared: int                         # what the members receive together
    residue: int                        # left in the source: smaller than one rounding unit
    capped: Fraction                    # what the interest cap kept from the shares' part
    numerators: list[int]               # exact share of the pool = numerator / denominator
    denominator: int
    extra_unit: list[bool]              # got one more unit by the largest remainder

    def exact(self, i: int) -> Fraction:
        return Fraction(self.numerators[i], self.denominator)


def split_exact(total: int, weights: Sequence[int], keys: Sequence[int]) -> tuple[list[int],
                                                                                  list[bool]]:
    """The books' exact largest-remainder split (:func:`coopdesk.core.money.split_exact`),
    its refusal said as the arithmetic's own error."""
    try:
        return money.split_exact(total, weights, keys)
    except ValidationError as exc:
        raise AllocationError(exc.message) from exc


def basis_parts(pool: int, mix: Sequence[tuple[Basis, Decimal]], totals: dict[Basis, int],
                interest_cap: Decimal | None) -> tuple[dict[Basis, Fraction], Fraction]:
    """The pool's part on each basis, and what the cap on interest kept back."""
    active = [(b, Fraction(w)) for b, w in mix if w > 0]
    wsum = sum((w for _b, w in active), Fraction(0))
    if not active or wsum == 0:
        raise AllocationError(_("The policy does not say how the members' part is shared."))
    for b, _w in active:
        if totals.get(b, 0) <= 0:
            raise AllocationError(_("No eligible member has anything on the basis “{basis}” in "
                                    "this period; change the policy's mix or the period.",
                                    basis=_(BASIS_LABELS[b])))
    parts = {b: Fraction(pool) * w / wsum for b, w in active}
    kept = Fraction(0)
    if interest_cap is not None and Basis.SHARES in parts:
        # capital-days x rate / 100 / days-in-a-year: the most the capital may earn.
        limit = Fraction(totals[Basis.SHARES]) * Fraction(interest_cap) / 100 / 365
        excess = parts[Basis.SHARES] - limit
        if excess > 0:
            parts[Basis.SHARES] = limit
            others = [(b, w) for b, w in active if b != Basis.SHARES]
            osum = sum((w for _b, w in others), Fraction(0))
            if osum > 0:
                for b, w in others:
                    parts[b] += excess * w / osum
            else:
                kept = excess
    return parts, kept


def allocate(pool: int, members: Sequence[MemberInput], policy: Policy) -> Allocation:
    """Share ``pool`` minor units among the eligible ``members`` by the policy's mix."""
    if pool < 0:
        raise AllocationError(_("The members' part is negative; there is nothing to share."))
    for m in members:
        if m.excluded is None:
            for b, v in m.values.items():
                if v < 0:
                    raise AllocationError(_(
                        "Member {number} has a negative value ({value}) on the basis “{basis}”; "
                        "correct the records before sharing.", number=m.number, value=v,
                        basis=_(BASIS_LABELS[b])))
    bases = [b for b, w in policy.mix if w > 0]
    totals = {b: sum(m.values.get(b, 0) for m in members if m.excluded is None) for b in bases}
    if pool == 0:
        parts = {b: Fraction(0) for b in bases}
        kept = Fraction(0)
    else:
        parts, kept = basis_parts(pool, policy.mix, totals, policy.interest_cap)
    # The exact share of member m is sum_b parts[b] * x_mb / totals[b]; over a common
    # denominator every share is an integer numerator.
    coef = {b: parts[b] / totals[b] if totals.get(b) else Fraction(0) for b in bases}
    den = 1
    for c in coef.values():
        den = den * c.denominator // math.gcd(den, c.denominator)
    k = {b: c.numerator * (den // c.denominator) for b, c in coef.items()}
    nums = [0 if m.excluded is not None else sum(m.values.get(b, 0) * k[b] for b in bases)
            for m in members]
    distributable = sum(parts.values(), Fraction(0))
    unit = policy.rounding
    units = math.floor(distributable) // unit
    shared = units * unit
    if any(nums):
        split, extra = split_exact(units, nums, [m.number for m in members])
    elif units:
        raise AllocationError(_("No member is eligible for this distribution."))
    else:
        split, extra = [0] * len(members), [False] * len(members)
    return Allocation(amounts=[u * unit for u in split], parts=parts, totals=totals,
                      shared=shared, residue=pool - shared, capped=kept, numerators=nums,
                      denominator=den, extra_unit=extra)


def active_days(changes: Sequence[tuple[dt.date, str]], start: dt.date, end: dt.date) -> int:
    """Days of [start, end] a member was active, from their status changes (date, new status)
    in date order."""
    if len(changes) == 1:  # joined and never changed: the common case, and 100,000 of them
        when, status = changes[0]
        return _overlap(when, end, start, end) if status == "active" else 0
    days = 0
    since: dt.date | None = None
    for when, status in changes:
        if status == "active":
            if since is None:
                since = when
        elif since is not None:
            days += _overlap(since, when - dt.timedelta(days=1), start, end)
            since = None
    if since is not None:
        days += _overlap(since, end, start, end)
    return days


def _overlap(a: dt.date, b: dt.date, start: dt.date, end: dt.date) -> int:
    lo, hi = max(a, start), min(b, end)
    return max(0, (hi - lo).days + 1)


def exclusion(status: str, days: int, policy: Policy) -> str | None:
    """Why a member takes no part (translated), or None when they are eligible."""
    if status == "suspended" and policy.exclude_suspended:
        return _("suspended")
    if status == "applicant":
        return _("not yet admitted")
    if days < max(policy.min_days, 1):
        if days == 0:
            return _("not active in the period")
        return _("active {days} days, fewer than the {min} the policy requires",
                 days=days, min=policy.min_days)
    return None
