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

from collections.abc import Iterable, Sequence
from decimal import Decimal
from html import escape

from coopdesk.core import i18n
from coopdesk.core.i18n import _
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
    Signatures,
    Table,
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
            case KeyValues():
                self.key_values(block)
            case Table():
                self.table(block)
            case Chart():
                self.chart(block)
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

    def chart(self, block: Chart) -> None:
        """A bar chart as text bars; a pie as the same bars with each part's share."""
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


def _more_rows(count: int, fmt: CellFormatter) -> str:
    if count == 1:
        return _("1 more row in the export.")
    return _("{count} more rows in the export.", count=fmt.text(Kind.INT, count))
