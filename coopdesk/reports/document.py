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
class RichText:
    """Text a user wrote, in a small Markdown: blank-line paragraphs, ``#``/``##``/``###``
    headings, ``- `` or ``* `` bullets, ``1. `` numbered items, ``**bold**`` and ``*italic*``.
    Anything else prints as the plain text it is (never as markup)."""

    markdown: str


@dataclass(frozen=True)
class Series:
    """One named row of values for a chart with several series (one value per label)."""

    name: str
    values: Sequence[int | Decimal]


@dataclass(frozen=True)
class Chart:
    """A bar, line or pie chart of labelled values. With ``series``, a grouped bar chart or a
    line chart of several series over the same labels (``values`` is then ignored)."""

    title: str
    labels: Sequence[str]
    values: Sequence[int | Decimal]
    kind: str = "bar"  # bar, line, pie
    series: Sequence[Series] = ()


@dataclass(frozen=True)
class TimelineBar:
    """One activity on a timeline: from ``start`` to ``end`` (inclusive), ``done`` per cent
    drawn filled; a ``late`` bar stands out (overdue)."""

    label: str
    start: dt.date
    end: dt.date
    done: int = 0
    late: bool = False


@dataclass(frozen=True)
class Timeline:
    """A Gantt-style timeline over months from ``start`` to ``end``, with a line at ``today``."""

    title: str
    bars: Sequence[TimelineBar]
    start: dt.date
    end: dt.date
    today: dt.date | None = None


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


Block = (Heading | Paragraph | RichText | KeyValues | Table | Chart | Timeline | Cards
         | Signatures | PageBreak)


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
