"""A report as data: headings, paragraphs, typed tables, charts, cards and signature lines.

Values in tables keep their type (``int``, ``Decimal`` money, ``date``) so Excel gets numbers
and dates, and the PDF formats them for the reader's locale. Large tables may pass their rows as
an iterator (rendered in one pass, never all held in memory).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

Cell = str | int | Decimal | dt.date | None


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    MONEY = "money"
    DECIMAL = "decimal"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT
    width: float = 1.0  # relative width in the PDF
    total: bool = False  # sum this column in a totals row


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class KeyValues:
    """A short list of labelled facts (e.g. a cooperative's registration details)."""

    items: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Iterable[Sequence[Cell]]
    title: str | None = None
    sheet: str | None = None  # the Excel sheet this table goes to (default: the first)
    # The height of each body row in the PDF, in points (None: the renderer's usual one).
    # Tall rows leave room to sign or press a thumb; they are ruled off one from the next.
    row_height: float | None = None


@dataclass(frozen=True)
class Chart:
    """A bar or pie chart of labelled values."""

    title: str
    labels: Sequence[str]
    values: Sequence[int | Decimal]
    kind: str = "bar"


@dataclass(frozen=True)
class Card:
    """A member card: photo bytes (PNG/JPEG) or none, lines of text, a QR payload."""

    title: str
    lines: Sequence[str]
    qr: str
    photo: bytes | None = None


@dataclass(frozen=True)
class Cards:
    cards: Iterable[Card]


@dataclass(frozen=True)
class Signatures:
    """Signature lines with the role under each (president, secretary...)."""

    roles: Sequence[str]


@dataclass(frozen=True)
class PageBreak:
    """A new page; with ``unless_room_mm``, only when less than that is left on this one (to
    keep a closing table and its signature lines together)."""

    unless_room_mm: float | None = None


Block = Heading | Paragraph | KeyValues | Table | Chart | Cards | Signatures | PageBreak


@dataclass
class Document:
    title: str
    cooperative: str
    currency: str
    blocks: list[Block] = field(default_factory=list)
    subtitle: str | None = None
    landscape: bool = False
    # Set when the document is rendered: the audit chain's head at that moment.
    chain_seq: int = 0
    chain_head: str = ""
    generated_at: dt.datetime | None = None
    language: str = "en"

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self
