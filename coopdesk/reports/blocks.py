"""Pure helpers the renderers share for the richer blocks: the small Markdown of
:class:`~coopdesk.reports.document.RichText` parsed into styled runs, a chart's series, and the
months of a :class:`~coopdesk.reports.document.Timeline`. No reportlab, openpyxl or Qt here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from coopdesk.reports.document import Chart, Series, TimelineBar


@dataclass(frozen=True)
class Run:
    """A piece of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class MdBlock:
    """A block of RichText: a paragraph, a heading (level 1-3), a bullet or a numbered item,
    as lines of runs (one line: Markdown joins a paragraph's lines)."""

    kind: str  # "p", "h", "bullet", "number"
    lines: tuple[tuple[Run, ...], ...]
    level: int = 0
    marker: str = ""  # "3." for a numbered item


_HEADING = re.compile(r"^(#{1,3})[ \t]+(.*)$")
_BULLET = re.compile(r"^[ \t]*[-*][ \t]+(.*)$")
_NUMBER = re.compile(r"^[ \t]*(\d{1,9})\.[ \t]+(.*)$")
_BOLD = re.compile(r"\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")


def _inline(text: str, bold: bool = False) -> list[Run]:
    """``**bold**`` and ``*italic*`` as runs (all bold with ``bold``); any other character is
    the text it is."""
    runs: list[Run] = []

    def italics(part: str, strong: bool) -> None:
        at = 0
        for m in _ITALIC.finditer(part):
            if m.start() > at:
                runs.append(Run(part[at:m.start()], strong))
            runs.append(Run(m.group(1), strong, True))
            at = m.end()
        if at < len(part):
            runs.append(Run(part[at:], strong))

    at = 0
    for m in _BOLD.finditer(text):
        italics(text[at:m.start()], bold)
        italics(m.group(1), True)
        at = m.end()
    italics(text[at:], bold)
    return [r for r in runs if r.text]


def markdown_blocks(markdown: str) -> list[MdBlock]:
    """The small Markdown of :class:`~coopdesk.reports.document.RichText`, parsed.

    Blank lines end paragraphs and items; a line that starts no heading or item goes on with
    the block before it, as in Markdown. Nothing else is markup: ``<b>``, ``&amp;``, ``####``
    and stray asterisks stay the characters they are."""
    blocks: list[MdBlock] = []
    kind, level, marker = "", 0, ""
    text: list[str] = []

    def close() -> None:
        nonlocal kind, text
        if kind:
            runs = tuple(_inline(" ".join(text), bold=kind == "h"))
            blocks.append(MdBlock(kind, (runs,), level, marker))
        kind, text = "", []

    for raw in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            close()
        elif m := _HEADING.match(line):
            close()
            kind, level, marker, text = "h", len(m.group(1)), "", [m.group(2).strip()]
            close()
        elif m := _BULLET.match(line):
            close()
            kind, level, marker, text = "bullet", 0, "•", [m.group(1).strip()]
        elif m := _NUMBER.match(line):
            close()
            # Items of one list count on from its first number, as Markdown does ("1. 1. 1.").
            last = blocks[-1] if blocks else None
            number = (int(last.marker[:-1]) + 1 if last is not None and last.kind == "number"
                      else int(m.group(1)))
            kind, level, marker, text = "number", 0, f"{number}.", [m.group(2).strip()]
        else:
            if not kind:
                kind, level, marker = "p", 0, ""
            text.append(line)
    close()
    return blocks


def plain_text(runs: Iterable[Run]) -> str:
    return "".join(r.text for r in runs)


def series_of(chart: Chart) -> list[Series]:
    """The chart's series (its ``values`` as one series when it has none), each with exactly
    one value per label (missing values are 0)."""
    given = list(chart.series) or [Series(chart.title, chart.values)]
    n = len(chart.labels)
    out = []
    for s in given:
        values = list(s.values)[:n]
        out.append(Series(s.name, values + [0] * (n - len(values))))
    return out


def months(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of each month from ``start``'s to ``end``'s (at least one)."""
    first = start.replace(day=1)
    out = [first]
    while True:
        y, m = divmod(out[-1].month, 12)
        nxt = dt.date(out[-1].year + y, m + 1, 1)
        if nxt > end:
            return out
        out.append(nxt)


def month_end(first: dt.date) -> dt.date:
    y, m = divmod(first.month, 12)
    return dt.date(first.year + y, m + 1, 1) - dt.timedelta(days=1)


def done_until(bar: TimelineBar) -> dt.date | None:
    """The day up to which a bar is drawn done (``done`` per cent of its days), or None."""
    done = min(max(bar.done, 0), 100)
    if not done or bar.end < bar.start:
        return None
    days = (bar.end - bar.start).days + 1
    return bar.start + dt.timedelta(days=max(1, round(days * done / 100)) - 1)
