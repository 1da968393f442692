"""The business plan's numbers: income statement, break-even and cash, year by year.

Pure: frozen dataclasses in, frozen dataclasses out, no database. Money is exact ``Decimal``
rounded to the currency's minor unit (as :mod:`coopdesk.core.money` rounds), never float.

The rules, as a treasurer would write them down:

- Sales revenue is the fine grams sold times the price per gram; the premium income is the
  grams times the premium per gram.
- A variable cost line gives an amount per gram sold; a fixed line an amount per year.
- An investment is written off in equal parts over its life, from the year it is bought (the
  parts add up to its cost exactly; years beyond the plan are not shown).
- A loan is drawn in the year of the investment and repaid in equal instalments of principal
  over ``loan_years``, from the year after it was drawn. Each year after the drawing pays
  interest on what is owed at the start of that year.
- The operating result leaves the premium out (it is set aside for the uses the assembly
  votes); the net result adds it. The break-even is the grams at which the operating result is
  zero: (fixed costs + depreciation + interest) / (price - variable cost per gram).
- Cash: opening + sales + premium + member contributions + loans drawn + grants - costs paid
  (variable and fixed; depreciation is not paid out) - investments bought - principal repaid -
  interest = closing, which is the next year's opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from coopdesk.core.money import from_minor, quantize, split_exact, to_minor

ZERO = Decimal(0)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class YearInput:
    label: str                 # "2027"
    grams: Decimal             # fine grams sold (from whole milligrams)
    price: Decimal             # per fine gram
    premium: Decimal           # premium per fine gram


@dataclass(frozen=True)
class CostInput:
    label: str
    variable: bool             # amounts are per gram sold; else per year
    amounts: tuple[Decimal, ...]  # one per plan year


@dataclass(frozen=True)
class InvestmentInput:
    item: str
    year_index: int            # 0 = the plan's first year
    cost: Decimal
    from_members: Decimal = ZERO
    from_premium: Decimal = ZERO
    from_loan: Decimal = ZERO
    from_grant: Decimal = ZERO
    loan_years: int = 0
    loan_rate: Decimal = ZERO  # per cent a year
    life_years: int = 5


@dataclass(frozen=True)
class PlanInput:
    currency: str
    years: tuple[YearInput, ...]
    costs: tuple[CostInput, ...] = ()
    investments: tuple[InvestmentInput, ...] = ()
    opening_cash: Decimal = ZERO


@dataclass(frozen=True)
class YearResult:
    label: str
    grams: Decimal
    price: Decimal
    revenue: Decimal           # grams x price
    premium: Decimal           # grams x premium per gram
    variable_costs: Decimal
    fixed_costs: Decimal
    depreciation: Decimal
    interest: Decimal
    operating_result: Decimal  # revenue - costs - depreciation - interest (no premium)
    net_result: Decimal        # operating result + premium
    variable_per_gram: Decimal
    margin_per_gram: Decimal   # price - variable cost per gram
    break_even_grams: Decimal | None      # None: the price does not cover the variable cost
    break_even_revenue: Decimal | None

    @property
    def total_costs(self) -> Decimal:
        return self.variable_costs + self.fixed_costs + self.depreciation + self.interest

    @property
    def above_break_even(self) -> bool:
        return self.break_even_grams is not None and self.grams >= self.break_even_grams


@dataclass(frozen=True)
class CashYear:
    label: str
    opening: Decimal
    revenue: Decimal
    premium: Decimal
    members: Decimal           # member contributions to investments
    loans: Decimal             # loans drawn
    grants: Decimal
    costs: Decimal             # variable and fixed costs paid
    investments: Decimal       # investments bought
    principal: Decimal         # loan principal repaid
    interest: Decimal
    closing: Decimal

    @property
    def inflows(self) -> Decimal:
        return self.revenue + self.premium + self.members + self.loans + self.grants

    @property
    def outflows(self) -> Decimal:
        return self.costs + self.investments + self.principal + self.interest

    @property
    def negative(self) -> bool:
        return self.closing < 0


@dataclass(frozen=True)
class CostResult:
    label: str
    variable: bool
    amounts: tuple[Decimal, ...]   # the year's cost (per gram lines already times the grams)


@dataclass(frozen=True)
class Projection:
    currency: str
    years: tuple[YearResult, ...]
    cash: tuple[CashYear, ...]
    costs: tuple[CostResult, ...]

    @property
    def negative_years(self) -> tuple[str, ...]:
        """The labels of the years whose closing cash is below zero."""
        return tuple(c.label for c in self.cash if c.negative)


# ---- schedules ---------------------------------------------------------------------------------

def _spread(total: Decimal, parts: int, currency: str) -> list[Decimal]:
    """``total`` in ``parts`` equal parts that add up to it to the minor unit."""
    if parts <= 0 or total <= 0:
        return [ZERO] * max(parts, 0)
    minor, _extra = split_exact(to_minor(quantize(total, currency), currency), [1] * parts,
                                list(range(parts)))
    return [from_minor(m, currency) for m in minor]


def depreciation_schedule(inv: InvestmentInput, horizon: int, currency: str) -> list[Decimal]:
    """The item's write-off in each plan year (straight line from its year of purchase)."""
    out = [ZERO] * horizon
    life = max(inv.life_years, 1)
    for k, part in enumerate(_spread(inv.cost, life, currency)):
        y = inv.year_index + k
        if 0 <= y < horizon:
            out[y] += part
    return out


def loan_schedule(inv: InvestmentInput, horizon: int, currency: str
                  ) -> tuple[list[Decimal], list[Decimal], list[Decimal]]:
    """Per plan year: the loan drawn, the principal repaid and the interest paid."""
    drawn = [ZERO] * horizon
    principal = [ZERO] * horizon
    interest = [ZERO] * horizon
    if inv.from_loan <= 0:
        return drawn, principal, interest
    if 0 <= inv.year_index < horizon:
        drawn[inv.year_index] = inv.from_loan
    n = max(inv.loan_years, 1)
    owed = inv.from_loan
    for k, part in enumerate(_spread(inv.from_loan, n, currency)):
        y = inv.year_index + 1 + k
        if 0 <= y < horizon:
            interest[y] += quantize(owed * inv.loan_rate / HUNDRED, currency)
            principal[y] += part
        owed -= part
    return drawn, principal, interest


# ---- the projection ----------------------------------------------------------------------------

def break_even(fixed: Decimal, margin_per_gram: Decimal) -> Decimal | None:
    """Grams at which the margin covers ``fixed`` (fixed costs, depreciation and interest);
    None when each gram sold loses money or earns nothing."""
    if margin_per_gram <= 0:
        return None
    if fixed <= 0:
        return ZERO
    return fixed / margin_per_gram


def project(plan: PlanInput) -> Projection:
    cur = plan.currency
    horizon = len(plan.years)
    q = lambda v: quantize(v, cur)  # noqa: E731

    depreciation = [ZERO] * horizon
    drawn = [ZERO] * horizon
    principal = [ZERO] * horizon
    interest = [ZERO] * horizon
    bought = [ZERO] * horizon
    members = [ZERO] * horizon
    grants = [ZERO] * horizon
    for inv in plan.investments:
        for y, v in enumerate(depreciation_schedule(inv, horizon, cur)):
            depreciation[y] += v
        d, p, i = loan_schedule(inv, horizon, cur)
        for y in range(horizon):
            drawn[y] += d[y]
            principal[y] += p[y]
            interest[y] += i[y]
        if 0 <= inv.year_index < horizon:
            bought[inv.year_index] += inv.cost
            members[inv.year_index] += inv.from_members
            grants[inv.year_index] += inv.from_grant

    costs: list[CostResult] = []
    variable = [ZERO] * horizon
    fixed = [ZERO] * horizon
    per_gram = [ZERO] * horizon
    for c in plan.costs:
        amounts = [c.amounts[y] if y < len(c.amounts) else ZERO for y in range(horizon)]
        if c.variable:
            year_costs = [q(plan.years[y].grams * amounts[y]) for y in range(horizon)]
            for y in range(horizon):
                variable[y] += year_costs[y]
                per_gram[y] += amounts[y]
        else:
            year_costs = [q(a) for a in amounts]
            for y in range(horizon):
                fixed[y] += year_costs[y]
        costs.append(CostResult(c.label, c.variable, tuple(year_costs)))

    years: list[YearResult] = []
    cash: list[CashYear] = []
    opening = q(plan.opening_cash)
    for y, yi in enumerate(plan.years):
        revenue = q(yi.grams * yi.price)
        premium = q(yi.grams * yi.premium)
        operating = revenue - variable[y] - fixed[y] - depreciation[y] - interest[y]
        margin = yi.price - per_gram[y]
        be = break_even(fixed[y] + depreciation[y] + interest[y], margin)
        years.append(YearResult(
            yi.label, yi.grams, yi.price, revenue, premium, variable[y], fixed[y],
            depreciation[y], interest[y], operating, operating + premium, per_gram[y], margin,
            be, None if be is None else q(be * yi.price)))
        paid = variable[y] + fixed[y]
        closing = (opening + revenue + premium + members[y] + drawn[y] + grants[y]
                   - paid - bought[y] - principal[y] - interest[y])
        cash.append(CashYear(yi.label, opening, revenue, premium, members[y], drawn[y],
                             grants[y], paid, bought[y], principal[y], interest[y], closing))
        opening = closing
    return Projection(cur, tuple(years), tuple(cash), tuple(costs))


class Funded(Protocol):
    @property
    def cost(self) -> Decimal: ...
    @property
    def from_members(self) -> Decimal: ...
    @property
    def from_premium(self) -> Decimal: ...
    @property
    def from_loan(self) -> Decimal: ...
    @property
    def from_grant(self) -> Decimal: ...


def funding_total(investments: Sequence[Funded]) -> dict[str, Decimal]:
    """The investment programme's totals: cost and each source of funding."""
    return {"cost": sum((i.cost for i in investments), ZERO),
            "members": sum((i.from_members for i in investments), ZERO),
            "premium": sum((i.from_premium for i in investments), ZERO),
            "loan": sum((i.from_loan for i in investments), ZERO),
            "grant": sum((i.from_grant for i in investments), ZERO)}
