from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.core.errors import ValidationError
from coopdesk.core.money import (
    D,
    MinorUnits,
    exponent,
    from_minor,
    parse_amount,
    split_largest_remainder,
    to_minor,
)


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        D(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        MinorUnits().process_bind_param(1.5, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        MinorUnits().process_bind_param(Decimal("1"), None)  # type: ignore[arg-type]
    assert MinorUnits().process_bind_param(150, None) == 150  # type: ignore[arg-type]


def test_exponents_and_exact_conversion() -> None:
    assert exponent("COP") == 2 and exponent("XAF") == 0 and exponent("UGX") == 0
    assert to_minor(D("1234.56"), "COP") == 123456
    assert from_minor(123456, "COP") == Decimal("1234.56")
    with pytest.raises(ValidationError, match="more decimals"):
        to_minor(D("10.5"), "XAF")


@pytest.mark.parametrize(("text", "expected"), [
    ("1 500,50", "1500.50"), ("1,500.50", "1500.50"), ("1.500,50", "1500.50"),
    ("1500", "1500"), ("12,5", "12.5"), ("1,500", "1500"),
])
def test_parse_amount(text: str, expected: str) -> None:
    assert parse_amount(text, "COP") == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5", "NaN"])
def test_parse_amount_rejects(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_amount(text, "COP")


@given(total=st.integers(min_value=0, max_value=10**12),
       weights=st.lists(st.integers(min_value=-5, max_value=10**6), min_size=1, max_size=60))
def test_largest_remainder_adds_up(total: int, weights: list[int]) -> None:
    if not any(w > 0 for w in weights):
        if total:
            with pytest.raises(ValidationError):
                split_largest_remainder(total, weights)
        return
    parts = split_largest_remainder(total, weights)
    assert sum(parts) == total
    wsum = sum(w for w in weights if w > 0)
    for part, w in zip(parts, weights, strict=True):
        exact = Decimal(total) * max(w, 0) / wsum
        assert abs(Decimal(part) - exact) < 1
        if w <= 0:
            assert part == 0


def test_tie_break_is_stated() -> None:
    # 10 shared by three equal weights: the one unit left goes to the smallest tie key.
    assert split_largest_remainder(10, [1, 1, 1], tie_keys=[30, 10, 20]) == [3, 4, 3]


@pytest.mark.parametrize("text", ["5,5,5", "1,23,456.00", "12.34,5", "1.2.3,45"])
def test_separators_that_do_not_group_thousands_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="is not an amount"):
        parse_amount(text, "COP")


@pytest.mark.parametrize(("text", "value"), [("1.234.567,89", "1234567.89"),
                                              ("1,234,567.89", "1234567.89"),
                                              ("1,234,567", "1234567"), ("12,5", "12.5"),
                                              ("-1,500.25", "-1500.25")])
def test_grouped_amounts_still_read(text: str, value: str) -> None:
    assert parse_amount(text, "COP") == Decimal(value)
