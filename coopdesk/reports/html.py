"""Render a :class:`~coopdesk.reports.document.Document` as HTML for an on-screen preview.

The HTML is the subset Qt's rich text (``QTextBrowser``) understands: tables with ``bgcolor``
and ``align``, a few CSS properties. Cells are formatted by the same
:class:`~coopdesk.reports.cells.CellFormatter` as the PDF, so the preview reads exactly like the
export. A preview is for looking, not for the whole of a 100,000-line ledger: at most
``max_rows`` table rows are shown over the whole document; the rest of each table is still
pulled (one at a time, never held) to count it and to keep its totals exact, and a line says
how many more rows the export holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from html import escape

from babel.dates import format_date

from coopdesk.core import i18n
from coopdesk.core.i18n import _
from coopdesk.reports.blocks import (
    Run,
    done_until,
    markdown_blocks,
    month_end,
    months,
    series_of,
)
from coopdesk.reports.cells import NUMERIC, CellFormatter, Totals
from coopdesk.reports.document import (
    Block,
    Card,
    Cards,
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    PageBreak,
    Paragraph,
    RichText,
    Signatures,
    Table,
    Timeline,
    TimelineBar,
)

__all__ = ["DEFAULT_MAX_ROWS", "render_html"]

DEFAULT_MAX_ROWS = 500

# The PDF's colours (coopdesk.reports.pdf_layout), without importing reportlab for a preview.
INK = "#1f2933"
MUTED = "#616e7c"
RULE = "#9aa5b1"
SHADE = "#e4e7eb"
ZEBRA = "#f5f7fa"
ACCENT = "#0b6e4f"
LATE = "#b23a2a"  # overdue, as in the PDF's timeline
PALETTE = ("#0b6e4f", "#f2a541", "#3d5a80", "#c8553d", "#8e7dbe", "#2a9d8f", "#e9c46a",
           "#6c757d")
NEGATIVE = "#c8553d"
# A timeline's month cells: done, planned; and the same when late.
GANTT = {(False, True): ACCENT, (False, False): "#b5dccb", (True, True): LATE,
         (True, False): "#f1c1b8"}
BAR_WIDTH = 40  # characters of the longest bar in a chart


def render_html(doc: Document, max_rows: int = DEFAULT_MAX_ROWS,
                language: str | None = None) -> str:
    """The document as one HTML page, showing at most ``max_rows`` table rows in all."""
    return _Renderer(doc, max(0, max_rows), language or i18n.language()).render()


class _Renderer:
    def __init__(self, doc: Document, max_rows: int, language: str) -> None:
        self.doc = doc
        self.budget = max_rows
        self.fmt = CellFormatter(language, doc.currency)
        self.out: list[str] = []

    def render(self) -> str:
        d = self.doc
        w = self.out.append
        w(f'<html><body style="color: {INK};">')
        w(f'<p style="color: {ACCENT}; font-weight: bold; margin-bottom: 0;">'
          f"{escape(d.cooperative)}</p>")
        w(f'<h1 style="margin-top: 2px; margin-bottom: 0;">{escape(d.title)}</h1>')
        if d.subtitle:
            w(f'<p style="color: {MUTED}; margin-top: 2px;">{escape(d.subtitle)}</p>')
        w(f'<hr style="color: {ACCENT};"/>')
        for block in d.blocks:
            self.block(block)
        w("</body></html>")
        return "".join(self.out)

    def block(self, block: Block) -> None:
        match block:
            case Heading():
                level = min(max(block.level + 1, 2), 4)  # h1 is the document's title
                color = ACCENT if block.level == 1 else INK
                self.out.append(f'<h{level} style="color: {color};">{escape(block.text)}'
                                f"</h{level}>")
            case Paragraph():
                self.out.append(f"<p>{_lines(block.text)}</p>")
            case RichText():
                self.rich_text(block)
            case KeyValues():
                self.key_values(block)
            case Table():
                self.table(block)
            case Chart():
                self.chart(block)
            case Timeline():
                self.timeline(block)
            case Cards():
                self.cards(block.cards)
            case Signatures():
                self.signatures(block.roles)
            case PageBreak():
                self.out.append(f'<hr style="color: {RULE};"/>')

    # -- tables ------------------------------------------------------------------------------

    def table(self, table: Table) -> None:
        w = self.out.append
        columns = table.columns
        if not columns:
            return
        numeric = [c.kind in NUMERIC for c in columns]
        if table.title:
            w(f'<h4 style="margin-bottom: 2px;">{escape(table.title)}</h4>')
        w('<table width="100%" cellspacing="0" cellpadding="3" '
          f'style="border-collapse: collapse; border-color: {RULE};">')
        w(f'<thead><tr bgcolor="{SHADE}">')
        weights = [max(c.width, 0.01) for c in columns]
        whole = sum(weights)
        for col, num, weight in zip(columns, numeric, weights, strict=True):
            # The PDF's relative widths, as shares of the line.
            share = max(1, round(100 * weight / whole))
            w(f'<th width="{share}%" align="{"right" if num else "left"}">'
              f"{escape(col.title)}</th>")
        w("</tr></thead>")
        totals = Totals(columns)
        shown = hidden = 0
        for row in table.rows:
            if totals:
                totals.add(row)
            if shown >= self.budget:
                hidden += 1
                continue
            bg = f' bgcolor="{ZEBRA}"' if shown % 2 else ""
            w(f"<tr{bg}>{self.cells(row, columns, numeric)}</tr>")
            shown += 1
        self.budget -= shown
        if totals:
            sums = totals.row(len(columns))
            label: Cell = sums[0] if sums[0] is not None else _("Total")
            cells = self.cells([label, *sums[1:]], columns, numeric)
            w(f'<tr style="font-weight: bold;">{cells}</tr>')
        w("</table>")
        if hidden:
            w(f'<p style="color: {MUTED}; font-style: italic;">'
              f"{escape(_more_rows(hidden, self.fmt))}</p>")

    def cells(self, row: Sequence[Cell], columns: Sequence[Column],
              numeric: Sequence[bool]) -> str:
        parts = []
        for i, col in enumerate(columns):
            value = row[i] if i < len(row) else None
            text = self.fmt.text(col.kind, value)
            if numeric[i]:
                parts.append(f'<td align="right" style="white-space: nowrap;">'
                             f"{escape(text)}</td>")
            else:
                parts.append(f"<td>{escape(text)}</td>")
        return "".join(parts)

    # -- the small blocks --------------------------------------------------------------------

    def key_values(self, block: KeyValues) -> None:
        w = self.out.append
        w('<table cellspacing="0" cellpadding="2">')
        for key, value in block.items:
            w(f'<tr><td style="color: {MUTED}; font-weight: bold; padding-right: 12px;">'
              f"{escape(key)}</td><td>{_lines(value)}</td></tr>")
        w("</table>")

    def rich_text(self, block: RichText) -> None:
        """The Markdown as HTML: every character of the user's text escaped, then only the
        structure and the bold and italic parsed out of it are markup."""
        w = self.out.append
        open_list = ""
        for b in markdown_blocks(block.markdown):
            want = {"bullet": "ul", "number": "ol"}.get(b.kind, "")
            if open_list and want != open_list:
                w(f"</{open_list}>")
                open_list = ""
            if want and not open_list:
                start = f' start="{b.marker[:-1]}"' if want == "ol" else ""
                w(f"<{want}{start}>")
                open_list = want
            text = "<br/>".join(_runs(line) for line in b.lines)
            if b.kind == "h":
                level = b.level + 2  # h1 is the title, h2 a document heading
                w(f"<h{level}>{text}</h{level}>")
            elif want:
                w(f"<li>{text}</li>")
            else:
                w(f"<p>{text}</p>")
        if open_list:
            w(f"</{open_list}>")

    def chart(self, block: Chart) -> None:
        """A bar chart as text bars; a pie as the same bars with each part's share."""
        if block.series or block.kind == "line":
            self.series_chart(block)
            return
        w = self.out.append
        w(f"<h4>{escape(block.title)}</h4>")
        values = list(block.values)
        if not values:
            return
        top = max((abs(Decimal(v)) for v in values), default=Decimal(0))
        whole = sum((Decimal(v) for v in values), Decimal(0))
        w('<table cellspacing="0" cellpadding="2">')
        for label, value in zip(block.labels, values, strict=False):
            size = int(abs(Decimal(value)) * BAR_WIDTH / top) if top else 0
            bar = "█" * size or "▏"
            number = self.fmt.text(Kind.INT if isinstance(value, int) else Kind.DECIMAL, value)
            if block.kind == "pie" and whole:
                share = Decimal(value) * 100 / whole
                number += f" ({self.fmt.text(Kind.DECIMAL, share.quantize(Decimal('0.1')))} %)"
            w(f"<tr><td>{escape(label)}</td>"
              f'<td style="color: {ACCENT};">{bar}</td>'
              f'<td align="right" style="white-space: nowrap;">{escape(number)}</td></tr>')
        w("</table>")

    def _number(self, value: int | Decimal) -> str:
        return self.fmt.text(Kind.INT if isinstance(value, int) else Kind.DECIMAL, value)

    def series_chart(self, block: Chart) -> None:
        """A line chart or a chart of several series, as the bar chart is shown: one text bar
        per value, each series in its colour; negative values in red."""
        w = self.out.append
        w(f"<h4>{escape(block.title)}</h4>")
        series = series_of(block)
        if not block.labels or not series:
            return
        top = max((abs(Decimal(v)) for s in series for v in s.values), default=Decimal(0))
        several = len(series) > 1
        w('<table cellspacing="0" cellpadding="2">')
        for i, label in enumerate(block.labels):
            for k, s in enumerate(series):
                value = s.values[i]
                size = int(abs(Decimal(value)) * BAR_WIDTH / top) if top else 0
                color = NEGATIVE if value < 0 else PALETTE[k % len(PALETTE)]
                row = ['<tr>']
                if k == 0:
                    span = f' rowspan="{len(series)}"' if several else ""
                    row.append(f'<td valign="top"{span}>{escape(label)}</td>')
                if several:
                    row.append(f'<td style="color: {MUTED};">{escape(s.name)}</td>')
                row.append(f'<td style="color: {color};">{"█" * size or "▏"}</td>'
                           f'<td align="right" style="white-space: nowrap;">'
                           f"{escape(self._number(value))}</td></tr>")
                w("".join(row))
        w("</table>")

    def timeline(self, block: Timeline) -> None:
        """A Gantt chart as a table: the activity, its dates, done, then one shaded cell per
        month (darker for the part done, red when late)."""
        w = self.out.append
        w(f"<h4>{escape(block.title)}</h4>")
        start, end = sorted((block.start, block.end))
        cols = months(start, end)
        now = block.today.replace(day=1) if block.today else None
        w('<table cellspacing="0" cellpadding="2" '
          f'style="border-collapse: collapse; border-color: {RULE};">')
        w(f'<tr bgcolor="{SHADE}"><th align="left">{escape(_("Activity"))}</th>'
          f'<th align="left">{escape(_("Start"))}</th><th align="left">{escape(_("End"))}</th>'
          f'<th align="right">{escape(_("Done"))}</th>')
        for m in cols:
            if len(cols) <= 12:
                text = format_month(m, self.fmt)
            elif len(cols) <= 36:  # too narrow for names: their first letters
                text = format_month(m, self.fmt)[:1].upper()
            else:
                text = str(m.year) if m.month == 1 or m == cols[0] else ""
            style = f' style="color: white;" bgcolor="{LATE}"' if m == now else ""
            w(f'<th width="14" align="left"{style}><small>{escape(text)}</small></th>')
        w("</tr>")
        shown = hidden = 0
        for bar in block.bars:
            if shown >= self.budget:
                hidden += 1
                continue
            done = min(max(bar.done, 0), 100)
            status = f"{self.fmt.text(Kind.INT, done)} %"
            color = INK
            if bar.late:
                status += " · " + _("late")
                color = LATE
            bg = f' bgcolor="{ZEBRA}"' if shown % 2 else ""
            w(f'<tr{bg}><td style="color: {color};">{escape(bar.label)}</td>'
              f'<td style="white-space: nowrap;">{escape(self.fmt.date(bar.start))}</td>'
              f'<td style="white-space: nowrap;">{escape(self.fmt.date(bar.end))}</td>'
              f'<td align="right" style="white-space: nowrap; color: {color};">'
              f"{escape(status)}</td>")
            until = done_until(bar)
            for m in cols:
                shade = month_shade(bar, m, until)
                w(f'<td bgcolor="{GANTT[(bar.late, shade)]}"></td>' if shade is not None
                  else "<td></td>")
            w("</tr>")
            shown += 1
        self.budget -= shown
        w("</table>")
        if hidden:
            w(f'<p style="color: {MUTED}; font-style: italic;">'
              f"{escape(_more_rows(hidden, self.fmt))}</p>")
        if block.today:
            w(f'<p style="color: {MUTED};">'
              f'{escape(_("Today: {date}", date=self.fmt.date(block.today)))}</p>')

    def cards(self, cards: Iterable[Card]) -> None:
        w = self.out.append
        hidden = 0
        shown = 0
        for card in cards:
            if shown >= self.budget:
                hidden += 1
                continue
            lines = "<br/>".join(escape(line) for line in card.lines)
            w(f'<p><b>{escape(card.title)}</b><br/><span style="color: {MUTED};">{lines}'
              "</span></p>")
            shown += 1
        self.budget -= shown
        if hidden:
            w(f'<p style="color: {MUTED}; font-style: italic;">'
              f"{escape(_more_rows(hidden, self.fmt))}</p>")

    def signatures(self, roles: Sequence[str]) -> None:
        if not roles:
            return
        w = self.out.append
        w('<table width="100%" cellspacing="12" cellpadding="0"><tr>')
        for role in roles:
            w(f'<td align="center"><br/><br/>______________________<br/>'
              f'<span style="color: {MUTED};">{escape(role)}</span></td>')
        w("</tr></table>")


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _runs(runs: Iterable[Run]) -> str:
    out = []
    for r in runs:
        text = escape(r.text)
        if r.italic:
            text = f"<i>{text}</i>"
        if r.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


def format_month(first: dt.date, fmt: CellFormatter) -> str:
    """A month's short name in the reader's language ("Jan", "ene")."""
    return str(format_date(first, "LLL", locale=fmt.locale)).rstrip(".")


def month_shade(bar: TimelineBar, first: dt.date, until: dt.date | None) -> bool | None:
    """None when ``bar`` is not on in the month starting ``first``; else whether that month
    is done (the bar's done part reaches the middle of its days in the month)."""
    last = month_end(first)
    if bar.start > last or bar.end < first:
        return None
    a, b = max(bar.start, first), min(bar.end, last)
    middle = a + (b - a) / 2
    return until is not None and until >= middle


def _more_rows(count: int, fmt: CellFormatter) -> str:
    if count == 1:
        return _("1 more row in the export.")
    return _("{count} more rows in the export.", count=fmt.text(Kind.INT, count))
