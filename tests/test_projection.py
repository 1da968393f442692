"""The business plan's projection: hand-computed years, loans, depreciation and break-even, and
properties that hold for any plan (cash chains year to year; the break-even zeroes the result)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.plans.projection import (
    CostInput,
    InvestmentInput,
    PlanInput,
    YearInput,
    depreciation_schedule,
    funding_total,
    loan_schedule,
    project,
)

D = Decimal


def _plan() -> PlanInput:
    years = (YearInput("2027", D(1000), D(300000), D(10000)),
             YearInput("2028", D(1100), D(300000), D(10000)),
             YearInput("2029", D(1210), D(300000), D(10000)))
    costs = (CostInput("Gold bought from members", True, (D(240000),) * 3),
             CostInput("Staff", False, (D(50000000),) * 3))
    inv = (InvestmentInput("Compressor", 0, D(30000000), from_loan=D(30000000), loan_years=3,
                           loan_rate=D(12), life_years=5),)
    return PlanInput("COP", years, costs, inv, D(20000000))


def test_a_hand_computed_plan() -> None:
    p = project(_plan())
    y0, y1, y2 = p.years
    assert (y0.revenue, y0.premium, y0.variable_costs, y0.fixed_costs) == (
        D(300000000), D(10000000), D(240000000), D(50000000))
    assert (y0.depreciation, y0.interest) == (D(6000000), D(0))
    assert y0.operating_result == D(4000000)
    assert y0.net_result == D(14000000)
    assert y0.margin_per_gram == D(60000)
    assert y0.break_even_grams is not None
    assert round(y0.break_even_grams, 3) == D("933.333")
    assert y0.break_even_revenue == D("280000000.00")
    assert y0.above_break_even
    # the year after: interest on the 30M owed at the start, 10M repaid
    assert (y1.revenue, y1.variable_costs, y1.interest) == (D(330000000), D(264000000),
                                                            D("3600000.00"))
    assert y1.operating_result == D("6400000.00")
    assert (y2.interest, y2.operating_result) == (D("2400000.00"), D("14200000.00"))
    c0, c1, c2 = p.cash
    assert (c0.opening, c0.loans, c0.investments, c0.principal, c0.closing) == (
        D(20000000), D(30000000), D(30000000), D(0), D(40000000))
    assert (c1.opening, c1.principal, c1.closing) == (D(40000000), D(10000000),
                                                      D("53400000.00"))
    assert c2.closing == D("75700000.00")
    assert p.negative_years == ()
    assert [c.amounts for c in p.costs] == [
        (D(240000000), D(264000000), D(290400000)), (D(50000000),) * 3]


def test_rounding_to_the_minor_unit_and_spreading_exactly() -> None:
    inv = InvestmentInput("Table", 1, D("100000.00"), from_loan=D("100000.00"), loan_years=3,
                          loan_rate=D("12.5"), life_years=3)
    assert depreciation_schedule(inv, 5, "COP") == [
        D(0), D("33333.34"), D("33333.33"), D("33333.33"), D(0)]
    drawn, principal, interest = loan_schedule(inv, 5, "COP")
    assert drawn == [D(0), D("100000.00"), D(0), D(0), D(0)]
    assert principal == [D(0), D(0), D("33333.34"), D("33333.33"), D("33333.33")]
    # 12.5 % of 100000, of 66666.66, of 33333.33 (half a cent to even)
    assert interest == [D(0), D(0), D("12500.00"), D("8333.33"), D("4166.67")]
    # the horizon cuts what falls after the plan
    assert depreciation_schedule(inv, 2, "COP") == [D(0), D("33333.34")]
    # a currency without minor units
    years = (YearInput("1", D("1.001"), D(99), D(0)),) * 3
    p = project(PlanInput("XAF", years))
    assert p.years[0].revenue == D(99)   # 99.099 rounded to whole francs


def test_no_break_even_when_the_price_does_not_cover_the_cost_and_negative_cash() -> None:
    years = tuple(YearInput(str(2027 + i), D(10), D(100), D(0)) for i in range(3))
    costs = (CostInput("Gold bought", True, (D(100), D(120), D(90))),
             CostInput("Rent", False, (D(500), D(500), D(0))))
    p = project(PlanInput("USD", years, costs, (), D(300)))
    assert p.years[0].break_even_grams is None and p.years[0].break_even_revenue is None
    assert p.years[1].break_even_grams is None
    assert p.years[2].break_even_grams == D(0)        # no fixed cost at all
    assert [c.closing for c in p.cash] == [D(-200), D(-900), D(-800)]
    assert p.negative_years == ("2027", "2028", "2029")


def test_funding_totals() -> None:
    invs = [InvestmentInput("A", 0, D(100), D(10), D(20), D(30), D(40)),
            InvestmentInput("B", 1, D(50), D(50))]
    assert funding_total(invs) == {"cost": D(150), "members": D(60), "premium": D(20),
                                   "loan": D(30), "grant": D(40)}


# ---- properties --------------------------------------------------------------------------------

money = st.integers(min_value=0, max_value=10**11).map(lambda m: Decimal(m).scaleb(-2))
grams = st.integers(min_value=0, max_value=10**8).map(lambda mg: Decimal(mg).scaleb(-3))


@st.composite
def plans(draw: st.DrawFn) -> PlanInput:
    n = draw(st.integers(3, 5))
    years = tuple(YearInput(str(2027 + i), draw(grams), draw(money), draw(money))
                  for i in range(n))
    costs = tuple(CostInput(f"c{k}", draw(st.booleans()),
                            tuple(draw(money) for _ in range(n)))
                  for k in range(draw(st.integers(0, 4))))
    invs = []
    for k in range(draw(st.integers(0, 3))):
        parts = [draw(money) for _ in range(4)]
        invs.append(InvestmentInput(f"i{k}", draw(st.integers(0, n - 1)), sum(parts, D(0)),
                                    from_members=parts[0], from_premium=parts[1],
                                    from_loan=parts[2], from_grant=parts[3],
                                    loan_years=draw(st.integers(1, 6)),
                                    loan_rate=Decimal(draw(st.integers(0, 3000))).scaleb(-2),
                                    life_years=draw(st.integers(1, 10))))
    return PlanInput("COP", years, costs, tuple(invs), draw(money) - draw(money))


@settings(max_examples=150, deadline=None)
@given(plans())
def test_cash_chains_and_sums_its_flows(plan: PlanInput) -> None:
    p = project(plan)
    assert len(p.cash) == len(plan.years)
    assert p.cash[0].opening == plan.opening_cash
    for a, b in zip(p.cash, p.cash[1:], strict=False):
        assert b.opening == a.closing
    flows = sum((c.inflows - c.outflows for c in p.cash), D(0))
    assert p.cash[-1].closing == plan.opening_cash + flows
    for c in p.cash:
        assert c.closing == c.opening + c.inflows - c.outflows
        assert c.negative == (c.closing < 0)
        assert c.closing == c.closing.quantize(D("0.01"))
    # every loan is repaid and every item written off no more than its cost
    total_dep = sum((y.depreciation for y in p.years), D(0))
    assert total_dep <= sum((i.cost for i in plan.investments), D(0))
    assert sum((c.principal for c in p.cash), D(0)) <= sum(
        (i.from_loan for i in plan.investments), D(0))


@settings(max_examples=150, deadline=None)
@given(plans())
def test_the_break_even_makes_the_operating_result_zero(plan: PlanInput) -> None:
    p = project(plan)
    variable_lines = sum(1 for c in plan.costs if c.variable)
    for y, r in enumerate(p.years):
        if r.break_even_grams is None:
            assert r.margin_per_gram <= 0
            continue
        years = list(plan.years)
        years[y] = YearInput(years[y].label, r.break_even_grams, years[y].price,
                             years[y].premium)
        at = project(PlanInput(plan.currency, tuple(years), plan.costs, plan.investments,
                               plan.opening_cash)).years[y]
        # each rounded amount (revenue and each per-gram cost line) is off by half a cent
        assert abs(at.operating_result) <= D("0.005") * (1 + variable_lines)
        if r.break_even_grams > 0:
            assert at.operating_result == at.revenue - at.total_costs
