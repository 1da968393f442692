"""Typed tables drawn row by row, so that an iterator of 100,000 rows streams through in bounded
memory: one row is formatted, drawn and dropped before the next is pulled.

Each page's cell texts go into one PDF text object (far cheaper than one ``drawString`` per
cell); the header row repeats at the top of every page; text too wide for its column is cut with
an ellipsis; numbers are right-aligned; a totals row in bold closes the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.textobject import PDFTextObject

from coopdesk.core.i18n import _
from coopdesk.reports.cells import NUMERIC, Totals
from coopdesk.reports.document import Cell, Column, Table
from coopdesk.reports.pdf_layout import (
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    SHADE,
    ZEBRA,
    Layout,
    Metrics,
    fit,
    wrap,
)

SIZE = 7.5  # body and header font size
ROW_H = 11.0
PAD = 3.0
HEAD_LEADING = 9.0
TITLE_SIZE = 10.5


class _TableDrawer:
    """The geometry of one table and the drawing of its parts."""

    def __init__(self, lay: Layout, table: Table) -> None:
        self.lay = lay
        self.table = table
        self.columns: Sequence[Column] = table.columns
        weights = [max(c.width, 0.01) for c in self.columns]
        scale = lay.avail / sum(weights)
        self.widths = [w * scale for w in weights]
        self.lefts: list[float] = []
        x = lay.left
        for w in self.widths:
            self.lefts.append(x)
            x += w
        self.numeric = [c.kind in NUMERIC for c in self.columns]
        self.head = [
            wrap(c.title, w - 2 * PAD, SIZE, lay.measure_bold)[:3]
            for c, w in zip(self.columns, self.widths, strict=True)
        ]
        self.head_h = max((len(h) for h in self.head), default=1) * HEAD_LEADING + 6
        self.totals = Totals(self.columns)
        self.row_h = max(table.row_height or ROW_H, ROW_H)
        self.tall = self.row_h > ROW_H

    def title(self, continued: bool = False) -> None:
        if not self.table.title:
            return
        lay = self.lay
        text = _("{title} (continued)", title=self.table.title) if continued else self.table.title
        size = SIZE + 1 if continued else TITLE_SIZE
        lay.canvas.setFont(BOLD, size)
        lay.canvas.setFillColor(MUTED if continued else INK)
        lay.canvas.drawString(lay.left, lay.y - size, fit(text, lay.avail, size, lay.measure_bold))
        lay.advance(size + 6)

    def header(self) -> None:
        lay, c = self.lay, self.lay.canvas
        c.setFillColor(SHADE)
        c.rect(lay.left, lay.y - self.head_h, lay.avail, self.head_h, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, SIZE)
        for i, lines in enumerate(self.head):
            for j, line in enumerate(lines):
                y = lay.y - 3 - SIZE - j * HEAD_LEADING
                if self.numeric[i]:
                    c.drawRightString(self.lefts[i] + self.widths[i] - PAD, y, line)
                else:
                    c.drawString(self.lefts[i] + PAD, y, line)
        lay.advance(self.head_h)

    def new_text(self, font: str = FONT) -> PDFTextObject:
        text = self.lay.canvas.beginText()
        text.setFont(font, SIZE)
        text.setFillColor(INK)
        return text

    def cells(self, text: PDFTextObject, row: Sequence[Cell], measure: Metrics,
              height: float = ROW_H) -> None:
        """Put one row's cell texts into the page's text object, at the cursor (a tall row's
        texts are centred in its height)."""
        baseline = self.lay.y - ROW_H + 3.2 - (height - ROW_H) / 2
        fmt = self.lay.fmt
        # textOut would measure the text again; we have just measured it.
        emit = getattr(text, "_textOut", text.textOut)
        for i, col in enumerate(self.columns):
            value = row[i] if i < len(row) else None
            if value is None:
                continue
            s = value if type(value) is str else fmt.text(col.kind, value)
            if not s:
                continue
            room = self.widths[i] - 2 * PAD
            w = measure(s, SIZE)
            if w > room:
                s = measure.fit(s, room, SIZE)
                w = measure(s, SIZE)
            if self.numeric[i]:
                text.setTextOrigin(self.lefts[i] + self.widths[i] - PAD - w, baseline)
            else:
                text.setTextOrigin(self.lefts[i] + PAD, baseline)
            emit(s)

    def rule(self, width: float = 0.6) -> None:
        c = self.lay.canvas
        c.setStrokeColor(RULE)
        c.setLineWidth(width)
        c.line(self.lay.left, self.lay.y, self.lay.right, self.lay.y)


def draw_table(lay: Layout, table: Table) -> None:
    """Draw ``table``, pulling its rows one at a time."""
    if not table.columns:
        return
    t = _TableDrawer(lay, table)
    c = lay.canvas
    title_h = TITLE_SIZE + 6 if table.title else 0.0
    lay.ensure(title_h + t.head_h + 3 * t.row_h)
    t.title()
    t.header()
    text = t.new_text()
    stripe = False
    row_h = t.row_h
    for row in table.rows:
        if lay.y - row_h < lay.bottom:
            c.drawText(text)
            lay.new_page()
            t.title(continued=True)
            t.header()
            text = t.new_text()
            stripe = False
        if stripe:
            c.setFillColor(ZEBRA)
            c.rect(lay.left, lay.y - row_h, lay.avail, row_h, stroke=0, fill=1)
        stripe = not stripe
        t.cells(text, row, lay.measure, row_h)
        if t.totals:
            t.totals.add(row)
        lay.advance(row_h)
        if t.tall:
            t.rule(0.3)
    c.drawText(text)
    if t.totals:
        if lay.y - ROW_H - 2 < lay.bottom:
            lay.new_page()
            t.title(continued=True)
            t.header()
        t.rule()
        totals = t.totals.row(len(t.columns))
        if totals[0] is None:
            totals[0] = _("Total")
        text = t.new_text(BOLD)
        t.cells(text, totals, lay.measure_bold)
        c.drawText(text)
        lay.advance(ROW_H)
    t.rule(0.8)
    lay.advance(10)
