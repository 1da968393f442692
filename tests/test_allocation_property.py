"""The sharing arithmetic, by property: the parts always add up to the total, no part is more
than one unit from its exact share, zero and negative weights and currencies without decimals
are handled, and ties go to the lower member number."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.sharing.allocation import (
    AllocationError,
    Basis,
    MemberInput,
    Policy,
    Step,
    StepKind,
    active_days,
    allocate,
    fund_steps,
    split_exact,
)

BASES = list(Basis)
values = st.integers(min_value=0, max_value=10**12)


def _policy(mix: list[tuple[Basis, int]], rounding: int = 1,
            cap: Decimal | None = None) -> Policy:
    return Policy("p", (), tuple((b, Decimal(w)) for b, w in mix), rounding=rounding,
                  interest_cap=cap)


@st.composite
def cases(draw: st.DrawFn) -> tuple[int, list[MemberInput], Policy]:
    bases = draw(st.lists(st.sampled_from(BASES), min_size=1, max_size=5, unique=True))
    mix = [(b, draw(st.integers(1, 100))) for b in bases]
    n = draw(st.integers(1, 40))
    members = []
    for i in range(n):
        vals = {b: (1 if b is Basis.EQUAL else draw(values)) for b in bases}
        excluded = "x" if draw(st.integers(0, 9)) == 0 else None
        members.append(MemberInput(i + 1, draw(st.integers(1, 10**6)) * 100 + i, vals,
                                   excluded))
    # every basis needs someone eligible with something on it
    members.append(MemberInput(n + 1, 10**9, {b: 1 for b in bases}))
    pool = draw(st.integers(0, 10**15))
    return pool, members, _policy(mix, draw(st.sampled_from([1, 1, 5, 100])))


@given(cases())
@settings(max_examples=300, deadline=None)
def test_parts_add_up_and_stay_within_one_unit(case: tuple[int, list[MemberInput], Policy]
                                               ) -> None:
    pool, members, policy = case
    a = allocate(pool, members, policy)
    assert sum(a.amounts) == a.shared
    assert a.shared + a.residue == pool
    assert 0 <= a.residue < policy.rounding
    total_num = sum(a.numerators)
    for m, amount, num in zip(members, a.amounts, a.numerators, strict=True):
        assert amount % policy.rounding == 0
        if m.excluded is not None:
            assert amount == 0
            continue
        exact = Fraction(a.shared) * num / total_num if total_num else Fraction(0)
        assert abs(Fraction(amount) - exact) < policy.rounding
        assert amount >= 0


@given(st.integers(0, 10**9), st.lists(st.integers(-5, 10**6), min_size=1, max_size=30))
def test_split_exact_with_zero_and_negative_weights(total: int, weights: list[int]) -> None:
    keys = list(range(len(weights)))
    clean = [max(w, 0) for w in weights]
    if sum(clean) == 0:
        if total:
            with pytest.raises(AllocationError):
                split_exact(total, clean, keys)
        return
    parts, _extra = split_exact(total, clean, keys)
    assert sum(parts) == total
    for p, w in zip(parts, clean, strict=True):
        assert abs(Fraction(p) - Fraction(total * w, sum(clean))) < 1
        if w == 0:
            assert p == 0


def test_ties_go_to_the_lower_member_number() -> None:
    members = [MemberInput(i, n, {Basis.EQUAL: 1}) for i, n in enumerate((30, 10, 20))]
    a = allocate(100, members, _policy([(Basis.EQUAL, 1)]))  # 33.33 each
    assert a.amounts == [33, 34, 33]  # member 10 gets the left-over unit


def test_currency_without_decimals_rounds_to_whole_francs() -> None:
    # XAF has no minor digits: minor units are francs; pay in multiples of 25 francs
    members = [MemberInput(i, i, {Basis.GRAMS: g}) for i, g in enumerate((1, 1, 1), 1)]
    a = allocate(1000, members, _policy([(Basis.GRAMS, 1)], rounding=25))
    assert a.amounts == [350, 325, 325] and a.residue == 0
    a = allocate(1010, members, _policy([(Basis.GRAMS, 1)], rounding=25))
    assert sum(a.amounts) == 1000 and a.residue == 10


def test_negative_value_is_refused_by_member() -> None:
    members = [MemberInput(1, 7, {Basis.VALUE: -5}), MemberInput(2, 8, {Basis.VALUE: 5})]
    with pytest.raises(AllocationError, match="Member 7 has a negative value"):
        allocate(100, members, _policy([(Basis.VALUE, 1)]))


def test_interest_cap_sends_the_excess_to_the_other_bases() -> None:
    # capital 1,000.00 held all year at most 5 % -> 50.00 from the shares' part
    members = [MemberInput(1, 1, {Basis.SHARES: 100_000 * 365, Basis.EQUAL: 1}),
               MemberInput(2, 2, {Basis.SHARES: 0, Basis.EQUAL: 1})]
    a = allocate(100_000, members, _policy([(Basis.SHARES, 50), (Basis.EQUAL, 50)],
                                           cap=Decimal(5)))
    assert a.parts[Basis.SHARES] == 5_000
    assert a.amounts == [5_000 + 47_500, 47_500]
    only = allocate(100_000, members[:1], _policy([(Basis.SHARES, 1)], cap=Decimal(5)))
    assert only.amounts == [5_000] and only.residue == 95_000


def test_reserve_stops_at_its_cap() -> None:
    steps = (Step(StepKind.RESERVE, Decimal(20), cap_percent=Decimal(50)),
             Step(StepKind.EDUCATION, Decimal(10)))
    r = fund_steps(1_000_001, steps, [480_000, 0], 1_000_000)
    assert [x.amount for x in r] == [20_000, 100_000]
    assert r[0].capped and not r[1].capped


def test_active_days_follow_the_status_history() -> None:
    import datetime as dt
    d = dt.date
    changes = [(d(2020, 1, 1), "active"), (d(2025, 3, 1), "suspended"),
               (d(2025, 4, 1), "active"), (d(2025, 12, 1), "deceased")]
    assert active_days(changes, d(2025, 1, 1), d(2025, 12, 31)) == 59 + 244
