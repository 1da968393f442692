"""PDF drawing of a :class:`~coopdesk.reports.document.Timeline`: a Gantt chart over months.

One row per bar: its label at the left, then the share done, then the bar from its start to its
end over a scale of months (years above them), the part done filled darker and late bars in
red. A line marks today. A long timeline goes on over as many pages as it needs, each page
repeating the title (continued) and the months.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors

from coopdesk.core.i18n import _
from coopdesk.reports.blocks import done_until, month_end, months
from coopdesk.reports.document import Kind, Timeline, TimelineBar
from coopdesk.reports.html import format_month
from coopdesk.reports.pdf_layout import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    SHADE,
    ZEBRA,
    Layout,
    fit,
)

LATE = colors.HexColor("#b23a2a")
PLANNED = colors.HexColor("#b5dccb")
PLANNED_LATE = colors.HexColor("#f1c1b8")
TODAY = colors.HexColor("#d1495b")

TITLE_SIZE = 10.5
SIZE = 8.0  # labels
SMALL = 7.0  # months, years, per cents
ROW_H = 15.0
BAR_H = 8.0
YEAR_H = 11.0
MONTH_H = 12.0
LEGEND_H = 14.0
DONE_W = 34.0  # the "100 %" column


class _Gantt:
    """The geometry of one timeline and the drawing of its parts."""

    def __init__(self, lay: Layout, block: Timeline) -> None:
        self.lay = lay
        self.block = block
        start, end = sorted((block.start, block.end))
        self.months = months(start, end)
        self.first = self.months[0]
        self.last = month_end(self.months[-1])
        self.days = (self.last - self.first).days + 1
        widest = max(((lay.measure_bold if b.late else lay.measure)(b.label, SIZE)
                      for b in block.bars), default=0.0)
        self.label_w = min(max(widest + 8, 70.0), lay.avail * 0.32)
        self.x0 = lay.left + self.label_w + DONE_W + 6
        self.x1 = lay.right
        self.rows_top = 0.0

    def x(self, day: dt.date) -> float:
        """Where ``day`` starts on the scale (clamped to it)."""
        offset = min(max((day - self.first).days, 0), self.days)
        return self.x0 + (self.x1 - self.x0) * offset / self.days

    def title(self, continued: bool = False) -> None:
        lay, c = self.lay, self.lay.canvas
        text = self.block.title
        if continued:
            text = _("{title} (continued)", title=text)
        size = SIZE + 1 if continued else TITLE_SIZE
        c.setFont(BOLD, size)
        c.setFillColor(MUTED if continued else INK)
        c.drawString(lay.left, lay.y - size, fit(text, lay.avail, size, lay.measure_bold))
        lay.advance(size + 6)

    def legend(self) -> None:
        """What the colours say, and the day the line marks."""
        lay, c = self.lay, self.lay.canvas
        x = lay.left
        keys: list[tuple[colors.Color, colors.Color | None, str]] = [
            (ACCENT, None, _("Done")),
            (PLANNED, ACCENT, _("Planned")),
            (LATE, None, _("Late")),
        ]
        y = lay.y - SIZE
        c.setFont(FONT, SIZE)
        for fill, stroke, text in keys:
            c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(0.5)
            c.rect(x, y - 0.5, 14, 7, stroke=1 if stroke is not None else 0, fill=1)
            c.setFillColor(INK)
            c.drawString(x + 18, y, text)
            x += 18 + lay.measure(text, SIZE) + 14
        today = self.block.today
        if today is not None and self.first <= today <= self.last:
            c.setStrokeColor(TODAY)
            c.setLineWidth(1.2)
            c.line(x + 4, y - 2, x + 4, y + 8)
            c.setFillColor(INK)
            c.drawString(x + 10, y, _("Today, {date}", date=lay.fmt.date(today)))
        lay.advance(LEGEND_H)

    def header(self) -> None:
        """Years over months, on a shaded band, with the column titles at its left."""
        lay, c = self.lay, self.lay.canvas
        top = lay.y
        height = YEAR_H + MONTH_H
        c.setFillColor(SHADE)
        c.rect(lay.left, top - height, lay.avail, height, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, SIZE)
        base = top - height + 4
        c.drawString(lay.left + 3, base, fit(_("Activity"), self.label_w - 6, SIZE,
                                             lay.measure_bold))
        c.drawRightString(lay.left + self.label_w + DONE_W, base,
                          fit(_("Done"), DONE_W, SIZE, lay.measure_bold))
        # Years: one label over each year's months, where it fits.
        c.setFont(BOLD, SMALL)
        spans: dict[int, list[dt.date]] = {}
        for m in self.months:
            spans.setdefault(m.year, []).append(m)
        for year, ms in spans.items():
            a, b = self.x(ms[0]), self.x(month_end(ms[-1]) + dt.timedelta(days=1))
            text = str(year)
            if lay.measure_bold(text, SMALL) <= b - a - 3:
                c.drawString(a + 2, top - YEAR_H + 3, text)
        # Months: their short names, or their first letters, or nothing, whichever fits all.
        c.setFont(FONT, SMALL)
        c.setFillColor(MUTED)
        width = (self.x1 - self.x0) / len(self.months)
        names = [format_month(m, lay.fmt) for m in self.months]
        for texts in (names, [n[:1].upper() for n in names]):
            if max(lay.measure(t, SMALL) for t in texts) <= width - 2:
                for m, text in zip(self.months, texts, strict=True):
                    c.drawCentredString(self.x(m) + width / 2, top - height + 3.5, text)
                break
        self.grid(top, top - height, years_only=True)
        lay.advance(height)
        self.rows_top = lay.y

    def grid(self, top: float, bottom: float, years_only: bool = False) -> None:
        """Lines between months (stronger between years)."""
        c = self.lay.canvas
        c.saveState()
        for m in self.months:
            if m.month == 1 and m != self.first:
                c.setStrokeColor(RULE)
                c.setLineWidth(0.6)
            elif years_only:
                continue
            else:
                c.setStrokeColor(SHADE)
                c.setLineWidth(0.4)
            x = self.x(m)
            c.line(x, top, x, bottom)
        c.restoreState()

    def row(self, n: int, bar: TimelineBar) -> None:
        lay, c = self.lay, self.lay.canvas
        top, bottom = lay.y, lay.y - ROW_H
        if n % 2:
            c.setFillColor(ZEBRA)
            c.rect(lay.left, bottom, lay.avail, ROW_H, stroke=0, fill=1)
        self.grid(top, bottom)
        mid = bottom + ROW_H / 2
        color = LATE if bar.late else INK
        c.setFillColor(color)
        c.setFont(BOLD if bar.late else FONT, SIZE)
        measure = lay.measure_bold if bar.late else lay.measure
        c.drawString(lay.left + 3, mid - SIZE * 0.35, fit(bar.label, self.label_w - 6, SIZE,
                                                           measure))
        done = min(max(bar.done, 0), 100)
        c.setFont(FONT, SMALL)
        c.drawRightString(lay.left + self.label_w + DONE_W, mid - SMALL * 0.35,
                          f"{lay.fmt.text(Kind.INT, done)} %")
        self.bar(bar, mid)
        lay.advance(ROW_H)

    def bar(self, bar: TimelineBar, mid: float) -> None:
        start, end = min(bar.start, bar.end), max(bar.start, bar.end)
        if end < self.first or start > self.last:
            return
        c = self.lay.canvas
        a = self.x(start)
        b = max(self.x(end + dt.timedelta(days=1)), a + 2)
        dark = LATE if bar.late else ACCENT
        c.saveState()
        c.setFillColor(PLANNED_LATE if bar.late else PLANNED)
        c.setStrokeColor(dark)
        c.setLineWidth(0.5)
        c.rect(a, mid - BAR_H / 2, b - a, BAR_H, stroke=1, fill=1)
        until = done_until(TimelineBar(bar.label, start, end, bar.done, bar.late))
        if until is not None and until >= self.first:
            d = min(max(self.x(until + dt.timedelta(days=1)), a + 1), b)
            c.setFillColor(dark)
            c.rect(a, mid - BAR_H / 2, d - a, BAR_H, stroke=0, fill=1)
        c.restoreState()

    def today(self) -> None:
        """The line at today, over the rows drawn on this page."""
        day = self.block.today
        lay = self.lay
        if day is None or not self.first <= day <= self.last or lay.y >= self.rows_top:
            return
        x = (self.x(day) + self.x(day + dt.timedelta(days=1))) / 2
        c = lay.canvas
        c.saveState()
        c.setStrokeColor(TODAY)
        c.setLineWidth(1.2)
        c.line(x, self.rows_top, x, lay.y)
        # A small mark under the months, which the line would cross out.
        c.setFillColor(TODAY)
        mark = c.beginPath()
        mark.moveTo(x - 3, self.rows_top)
        mark.lineTo(x + 3, self.rows_top)
        mark.lineTo(x, self.rows_top - 4)
        mark.close()
        c.drawPath(mark, stroke=0, fill=1)
        c.restoreState()

    def bottom_rule(self) -> None:
        lay, c = self.lay, self.lay.canvas
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(lay.left, lay.y, lay.right, lay.y)
        c.restoreState()


def draw_timeline(lay: Layout, block: Timeline) -> None:
    """A Gantt chart of ``block``'s bars over its months, across pages when it is long."""
    g = _Gantt(lay, block)
    bars = list(block.bars)
    head = TITLE_SIZE + 6 + LEGEND_H + YEAR_H + MONTH_H
    lay.ensure(head + ROW_H * min(len(bars), 3) + 4)
    g.title()
    g.legend()
    g.header()
    if not bars:
        lay.canvas.setFont(FONT, SIZE)
        lay.canvas.setFillColor(MUTED)
        lay.canvas.drawString(lay.left + 3, lay.y - SIZE - 3, _("Nothing planned."))
        lay.advance(ROW_H)
    for n, bar in enumerate(bars):
        if lay.room() < ROW_H:
            g.today()
            g.bottom_rule()
            lay.new_page()
            g.title(continued=True)
            g.header()
        g.row(n, bar)
    g.today()
    g.bottom_rule()
    lay.advance(8)
