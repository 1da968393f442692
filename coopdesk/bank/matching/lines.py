"""The plain data that matching takes and gives: statement and book lines, matches."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Kind = Literal["auto", "suggested"]


@dataclass(frozen=True, slots=True)
class BankLine:
    id: int
    date: dt.date
    amount: Decimal  # + money into the account
    text: str
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class BookLine:
    id: int
    date: dt.date
    amount: Decimal  # + money into the account, as on the statement
    text: str
    reference: str | None = None
    member: int | None = None  # member number
    member_name: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    bank: tuple[int, ...]
    book: tuple[int, ...]
    score: float
    kind: Kind


@dataclass(frozen=True, slots=True)
class Result:
    matches: list[Match]
    new_entries: list[int]  # bank line ids matched to nothing: propose an entry
    unmatched_book: list[int]  # book line ids the statement does not show (yet)

    @property
    def auto(self) -> list[Match]:
        return [m for m in self.matches if m.kind == "auto"]

    @property
    def suggested(self) -> list[Match]:
        return [m for m in self.matches if m.kind == "suggested"]
