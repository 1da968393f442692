"""Typed table cells shared by the renderers: locale text for the PDF, totals, Excel formats.

Formatting goes through babel, with the number pattern and the locale parsed once per table
(``format_decimal`` re-parses both on every call, which is most of the time on 100k rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import parse_pattern

from coopdesk.core.money import exponent
from coopdesk.reports.document import Cell, Column, Kind

NUMERIC = frozenset({Kind.INT, Kind.MONEY, Kind.DECIMAL})


def locale_of(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def money_pattern(currency: str) -> str:
    """The grouping pattern with exactly the currency's minor digits: ``#,##0.00``, ``#,##0``."""
    digits = exponent(currency)
    return "#,##0" + ("." + "0" * digits if digits else "")


class CellFormatter:
    """Turns a typed cell into the text a reader of ``language`` expects."""

    def __init__(self, language: str, currency: str) -> None:
        self.locale = locale_of(language)
        self._money = parse_pattern(money_pattern(currency))
        self._int = parse_pattern("#,##0")
        self._decimal = parse_pattern("#,##0.###")
        self._dates: dict[dt.date, str] = {}

    def text(self, kind: Kind, value: Cell) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if kind is Kind.DATE and isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        if kind is Kind.MONEY:
            return str(self._money.apply(Decimal(value), self.locale))
        if kind is Kind.DECIMAL:
            return str(
                self._decimal.apply(Decimal(value), self.locale, decimal_quantization=False)
            )
        if kind is Kind.INT:
            return str(self._int.apply(value, self.locale))
        return str(value)

    def date(self, value: dt.date) -> str:
        # Dates repeat a lot in a ledger; babel's date formatting is the slow part.
        out = self._dates.get(value)
        if out is None:
            if len(self._dates) > 4096:
                self._dates.clear()
            out = self._dates[value] = str(format_date(value, "medium", locale=self.locale))
        return out

    def datetime(self, value: dt.datetime) -> str:
        return str(format_datetime(value, "medium", locale=self.locale))


class Totals:
    """Running sums of the columns marked ``total``, kept exact (``int`` or ``Decimal``)."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.index = [i for i, c in enumerate(columns) if c.total]
        self.sums: dict[int, int | Decimal] = dict.fromkeys(self.index, 0)

    def __bool__(self) -> bool:
        return bool(self.index)

    def add(self, row: Sequence[Cell]) -> None:
        for i in self.index:
            value = row[i] if i < len(row) else None
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                self.sums[i] += value

    def row(self, width: int) -> list[Any]:
        """The totals as a row of cells (``None`` where a column is not summed)."""
        return [self.sums.get(i) for i in range(width)]
