"""Money: ``Decimal`` in Python, integer minor units in the database, never float.

One way in (:func:`D`), one column type (:class:`MinorUnits`) that refuses floats, one place for
rounding and for splitting a total into parts that add up to it exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
from typing import Any

from babel.numbers import get_currency_precision
from sqlalchemy import BigInteger
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _


def D(value: str | int | Decimal) -> Decimal:
    """The one way to build a number of money. Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise TypeError("money must not be a float; pass a str, int or Decimal")
    if isinstance(value, bool):
        raise TypeError("money must not be a bool")
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValidationError(_("'{value}' is not an amount.", value=value)) from exc


@lru_cache(maxsize=64)
def exponent(currency: str) -> int:
    """Minor-unit digits of an ISO 4217 currency (COP 2, XAF 0, UGX 0, USD 2); babel's lookup
    is remembered, as every amount read or written asks it."""
    return int(get_currency_precision(currency.upper()))


def quantize(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-exponent(currency)), rounding=ROUND_HALF_EVEN)


def to_minor(amount: Decimal, currency: str) -> int:
    """Exact conversion to minor units; an amount with more decimals than the currency has is
    an error, not silently rounded."""
    if isinstance(amount, float):
        raise TypeError("money must not be a float")
    scaled = amount.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            _("{amount} has more decimals than {currency} allows.", amount=amount,
              currency=currency)
        )
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-exponent(currency))


def parse_amount(text: str, currency: str) -> Decimal:
    """Parse an amount typed by a person ("1 500,50", "1,500.50", "1500") into exact money."""
    s = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not s:
        raise ValidationError(_("The amount is empty."))
    grouped: str | None = s
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        head, _sep, tail = s.rpartition(dec)
        whole = _ungroup(head, "." if dec == "," else ",")
        grouped = None if whole is None else whole + "." + tail
    elif "," in s:
        head, _sep, tail = s.rpartition(",")
        if len(tail) == 3 and exponent(currency) != 3 and head:
            grouped = _ungroup(s, ",")
        else:
            whole = _ungroup(head, ",")
            grouped = None if whole is None else whole + "." + tail
    if grouped is None:  # "5,5,5": separators that do not group thousands
        raise ValidationError(_("'{value}' is not an amount.", value=text))
    value = D(grouped)
    if not value.is_finite():
        raise ValidationError(_("'{value}' is not an amount.", value=text))
    to_minor(value, currency)
    return value


def _ungroup(digits: str, sep: str) -> str | None:
    """``1,234,567`` without its thousands separators; None when they do not group by three."""
    if sep not in digits:
        return digits
    groups = digits.split(sep)
    if not 1 <= len(groups[0].lstrip("-+")) <= 3 or any(len(g) != 3 for g in groups[1:]):
        return None
    return "".join(groups)


def split_exact(total: int, weights: Sequence[int], keys: Sequence[Any]
                ) -> tuple[list[int], list[bool]]:
    """Split ``total`` (>= 0) minor units in proportion to integer ``weights`` (>= 0) so the
    parts add up exactly; integers only, so no precision is ever lost.

    Each part gets the floor of its exact share; the units left over go one each to the largest
    remainders, ties broken by ``keys`` ascending (e.g. member number), then position. Returns
    the parts and which of them got a left-over unit. If no weight is positive, nothing can be
    split.
    """
    wsum = sum(weights)
    if wsum <= 0:
        if total:
            raise ValidationError(_("There is nothing to share by: every weight is zero."))
        return [0] * len(weights), [False] * len(weights)
    floors: list[int] = []
    rems: list[int] = []
    for w in weights:
        q, r = divmod(total * w, wsum)
        floors.append(q)
        rems.append(r)
    left = total - sum(floors)
    extra = [False] * len(weights)
    if left:
        order = sorted((i for i in range(len(weights)) if rems[i]),
                       key=lambda i: (-rems[i], keys[i], i))
        for i in order[:left]:
            floors[i] += 1
            extra[i] = True
    return floors, extra


def split_largest_remainder(total: int, weights: Sequence[Decimal | int],
                            tie_keys: Sequence[Any] | None = None) -> list[int]:
    """:func:`split_exact` for decimal weights: zero and negative weights get nothing; the
    weights are scaled to integers exactly (by their most decimal places) before the split."""
    w = [Decimal(x) if Decimal(x) > 0 else Decimal(0) for x in weights]
    places = max((-int(x.as_tuple().exponent) for x in w if x), default=0)
    scale = Decimal(10) ** max(places, 0)
    keys = list(tie_keys) if tie_keys is not None else list(range(len(w)))
    return split_exact(total, [int(x * scale) for x in w], keys)[0]


def exact_major(minor: Fraction, currency: str) -> Decimal:
    """An exact fraction of minor units in major units, to a hundredth of a minor unit: how an
    exact share is shown beside the amount actually paid."""
    places = exponent(currency)
    value = Decimal(minor.numerator) / Decimal(minor.denominator) / (Decimal(10) ** places)
    return value.quantize(Decimal(1).scaleb(-(places + 2)))


class MinorUnits(TypeDecorator[int]):
    """An integer column of minor units that refuses floats at the ORM boundary."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float | Decimal) or not isinstance(value, int) or isinstance(
            value, bool
        ):
            raise TypeError(f"minor units must be int, got {type(value).__name__}")
        return value
