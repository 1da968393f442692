"""“Why this amount”: for one member of one distribution, the basis, the member's weight, their
share of the pool and the rounding, in words and in numbers."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from babel.numbers import format_decimal
from sqlalchemy import select

from coopdesk.core.errors import NotFound
from coopdesk.core.i18n import _, language
from coopdesk.core.money import exact_major, exponent, from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.sharing.allocation import BASIS_LABELS, Basis, Policy
from coopdesk.sharing.models import Distribution, DistributionLine, DistributionStep, Payout
from coopdesk.sharing.services import (
    SOURCE_LABELS,
    VIA_LABELS,
    Source,
    _currency,
    _run,
    parts_of,
)


@dataclass(frozen=True)
class Explanation:
    run: int
    title: str
    member: int
    name: str
    amount: Decimal
    exact: Decimal            # the exact share, to a hundredth of a minor unit
    sentences: list[str]
    figures: list[tuple[str, str]]


def value_text(fmt: CellFormatter, basis: Basis, value: int, days: int, currency: str) -> str:
    """A member's value on a basis in words a member reads: grams, money, days."""
    if basis is Basis.GRAMS:
        grams = Decimal(value) / Decimal(10_000_000)
        return _("{grams} g of fine metal", grams=fmt.text(Kind.DECIMAL, grams))
    if basis is Basis.VALUE:
        return fmt.text(Kind.MONEY, from_minor(value, currency))
    if basis is Basis.SHARES:
        avg = from_minor(value // max(days, 1), currency)
        return _("{capital} of capital on average over the period",
                 capital=fmt.text(Kind.MONEY, avg))
    if basis is Basis.DAYS:
        return _("{days} days", days=fmt.text(Kind.INT, value))
    return _("{parts} part(s)", parts=value)


def explain(uow: UnitOfWork, number: int, member: int) -> Explanation:
    with uow.read() as s:
        d = _run(s, number)
        currency = _currency(s)
        fmt = CellFormatter(language(), currency)
        ln = s.scalar(select(DistributionLine).where(DistributionLine.distribution_id == d.id,
                                                     DistributionLine.member_number == member))
        if ln is None:
            raise NotFound(_("Member {member} is not on distribution {number}: they were not a "
                             "member during its period ({start} to {end}).", member=member,
                             number=number, start=fmt.date(d.period_start),
                             end=fmt.date(d.period_end)))
        steps = list(s.scalars(select(DistributionStep).where(
            DistributionStep.distribution_id == d.id).order_by(DistributionStep.position)))
        payout = s.get(Payout, ln.payout_id) if ln.payout_id else None
        units_left = json.loads(d.computed or "{}").get("units_left", 0)
        return _explain(d, ln, steps, payout, fmt, currency, int(units_left))


def _explain(d: Distribution, ln: DistributionLine, steps: list[DistributionStep],
             payout: Payout | None, fmt: CellFormatter, currency: str,
             units_left: int) -> Explanation:
    def money(minor: int | Decimal) -> str:
        if isinstance(minor, int):
            return fmt.text(Kind.MONEY, from_minor(minor, currency))
        return fmt.text(Kind.MONEY, minor)

    places = exponent(currency)
    exact_pattern = "#,##0" + ("." + "0" * places if places else "") + "##"
    if not places:
        exact_pattern = "#,##0.##"

    def precise(value: Decimal) -> str:
        """An exact share: the currency's decimals, and two more when it has them."""
        return str(format_decimal(value, exact_pattern, locale=fmt.locale,
                                  decimal_quantization=False))

    policy = Policy.from_dict(json.loads(d.policy))
    parts, totals, den = parts_of(d)
    pool = d.amount - sum(st.amount for st in steps)
    days = (d.period_end - d.period_start).days + 1
    who = _("{name} (member {number})", name=ln.name, number=ln.member_number)
    out: list[str] = []
    figures: list[tuple[str, str]] = [
        (_("Distribution"), f"{d.number}: {d.title}"),
        (_("Source"), _(SOURCE_LABELS[Source(d.source)])),
        (_("Amount shared"), money(d.amount)),
    ]
    funds = ", ".join(_("{fund} {amount}", fund=st.title, amount=money(st.amount))
                      for st in steps if st.amount)
    out.append(_("Distribution {number}, “{title}”, shares {amount}.", number=d.number,
                 title=d.title, amount=money(d.amount)))
    if funds:
        out.append(_("First the funds the bylaws require: {funds}. What is left, {pool}, is the "
                     "members' part.", funds=funds, pool=money(pool)))
    else:
        out.append(_("All of it, {pool}, is the members' part.", pool=money(pool)))
    for st in steps:
        figures.append((st.title, money(st.amount)))
    figures.append((_("Members' part"), money(pool)))
    if ln.excluded:
        out.append(_("{who} takes no part in this distribution: {reason}.", who=who,
                     reason=ln.excluded))
        figures.append((_("Amount received"), money(0)))
        return Explanation(d.number, d.title, ln.member_number, ln.name, Decimal(0),
                           Decimal(0), out, figures)
    values = {Basis(b): int(v) for b, v in json.loads(ln.values).items()}
    weights = dict(policy.mix)
    wsum = sum((w for w in weights.values() if w > 0), Decimal(0))
    exact = Fraction(0)
    for b, part in parts.items():
        total, mine = totals[b], values.get(b, 0)
        portion = part * mine / total if total else Fraction(0)
        exact += portion
        share_pct = (Decimal(mine) * 100 / Decimal(total)).quantize(Decimal("0.0001")) \
            if total else Decimal(0)
        out.append(_(
            "{basis}: {weight} % of the members' part, that is {part}. {who} had {value}, out "
            "of {total} for all eligible members together: {pct} %. That gives {portion}.",
            basis=_(BASIS_LABELS[b]), weight=fmt.text(Kind.DECIMAL, weights[b] * 100 / wsum),
            part=money(exact_major(part, currency)), who=who,
            value=value_text(fmt, b, mine, days, currency),
            total=value_text(fmt, b, total, days, currency),
            pct=fmt.text(Kind.DECIMAL, share_pct), portion=money(exact_major(portion, currency))))
        figures.append((_(BASIS_LABELS[b]), _("{value} of {total} ({pct} %)",
                                              value=value_text(fmt, b, mine, days, currency),
                                              total=value_text(fmt, b, total, days, currency),
                                              pct=fmt.text(Kind.DECIMAL, share_pct))))
    exact_shown = exact_major(exact, currency)
    out.append(_("Added up, the exact share of {who} is {exact}.", who=who,
                 exact=precise(exact_shown)))
    figures.append((_("Exact share"), precise(exact_shown)))
    unit = policy.rounding
    if unit == 1:
        out.append(_("Amounts are paid to the smallest unit of the currency. Every member "
                     "first receives their exact share rounded down; the {left} unit(s) left "
                     "over went one each to the members with the largest remainders, ties to "
                     "the lower member number.", left=units_left))
    else:
        out.append(_("Amounts are paid in whole multiples of {unit}. Every member first "
                     "receives their exact share rounded down to a multiple of {unit}; the "
                     "{left} multiple(s) left over went one each to the members with the "
                     "largest remainders, ties to the lower member number.",
                     unit=money(unit), left=units_left))
    # What was split is the members' part rounded down to whole units (d.shared), in
    # proportion to the exact shares: this member's part of it, before the extra unit.
    all_exact = sum(parts.values(), Fraction(0)) * den
    scaled = Fraction(d.shared) * int(ln.numerator) / all_exact if all_exact else Fraction(0)
    floor_units = math.floor(scaled / unit)
    if ln.extra_unit:
        out.append(_("{who} was one of them: rounded down, the share was {floor}; with the "
                     "extra unit it is {amount}.", who=who, floor=money(floor_units * unit),
                     amount=money(ln.amount)))
    else:
        out.append(_("{who} was not one of them: the share rounded down is {amount}.",
                     who=who, amount=money(ln.amount)))
    if d.residue:
        out.append(_("{residue}, less than one unit of rounding, stays in account {account}.",
                     residue=money(d.residue), account=d.source_account))
    diff = from_minor(ln.amount, currency) - exact_shown
    figures.append((_("Amount received"), money(ln.amount)))
    figures.append((_("Difference from the exact share"), precise(diff)))
    if ln.payee is not None:
        out.append(_("As {who} has died, the amount is paid to {payee}, the nominated "
                     "successor.", who=who, payee=ln.payee or _("(no successor recorded)")))
        figures.append((_("Paid to"), ln.payee or _("(no successor recorded)")))
    if payout is not None:
        out.append(_("Paid on {date} by {via}.", date=fmt.date(payout.date),
                     via=_(VIA_LABELS.get(payout.via, payout.via)).lower()))
        figures.append((_("Paid on"), fmt.date(payout.date)))
    elif d.status == "posted":
        out.append(_("Not paid yet."))
    return Explanation(d.number, d.title, ln.member_number, ln.name,
                       from_minor(ln.amount, currency), exact_shown, out, figures)
