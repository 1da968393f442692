"""PDF drawing of the small blocks: headings, paragraphs, key/values, charts, signature lines."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from coopdesk.reports.document import Chart, Heading, KeyValues, Kind, Paragraph, Signatures
from coopdesk.reports.pdf_layout import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    SHADE,
    Layout,
    fit,
    wrap,
)

PALETTE = [colors.HexColor(h) for h in (
    "#0b6e4f", "#f2a541", "#3d5a80", "#c8553d", "#8e7dbe", "#2a9d8f", "#e9c46a", "#6c757d",
)]
HEADING_SIZES = {1: 14.0, 2: 12.0}
BODY = 9.5


def draw_heading(lay: Layout, block: Heading) -> None:
    size = HEADING_SIZES.get(block.level, 10.5)
    lines = wrap(block.text, lay.avail, size, lay.measure_bold)
    leading = size * 1.3
    if not lay.empty:
        lay.y -= size * 0.6
    lay.ensure(leading * len(lines) + 40)  # keep a heading with what follows it
    lay.lines(lines, BOLD, size, leading, color=ACCENT if block.level == 1 else INK)
    lay.advance(3)


def draw_paragraph(lay: Layout, block: Paragraph) -> None:
    lay.lines(wrap(block.text, lay.avail, BODY, lay.measure), FONT, BODY, BODY * 1.4)
    lay.advance(5)


def draw_key_values(lay: Layout, block: KeyValues) -> None:
    size, leading = 9.0, 12.5
    widest = max((lay.measure_bold(k, size) for k, _v in block.items), default=0.0)
    key_w = min(widest + 12, lay.avail * 0.4)
    c = lay.canvas
    for key, value in block.items:
        lines = wrap(value, lay.avail - key_w, size, lay.measure)
        lay.ensure(leading * min(len(lines), 3))
        c.setFont(BOLD, size)
        c.setFillColor(MUTED)
        c.drawString(lay.left, lay.y - size, fit(key, key_w - 8, size, lay.measure_bold))
        lay.lines(lines, FONT, size, leading, x=lay.left + key_w)
    lay.advance(6)


def _number(lay: Layout, value: int | Decimal) -> str:
    kind = Kind.INT if isinstance(value, int) else Kind.DECIMAL
    return lay.fmt.text(kind, value)


def draw_chart(lay: Layout, block: Chart) -> None:
    """A titled bar chart, or a pie with a legend beside it."""
    height = 70 * mm
    title_h = 16.0
    lay.ensure(height + title_h)
    c = lay.canvas
    c.setFont(BOLD, 10.5)
    c.setFillColor(INK)
    c.drawString(lay.left, lay.y - 10.5, fit(block.title, lay.avail, 10.5, lay.measure_bold))
    lay.advance(title_h)
    values = [float(v) for v in block.values]
    if not values:
        return
    if block.kind == "pie":
        _pie(lay, block, values, height)
    else:
        _bars(lay, block, values, height)
    lay.advance(height + 8)


def _bars(lay: Layout, block: Chart, values: list[float], height: float) -> None:
    width = min(lay.avail, 180 * mm)
    d = Drawing(width, height)
    bc = VerticalBarChart()
    slot = (width - 60) / len(values)
    longest = max((lay.measure(s, 7.5) for s in block.labels), default=0.0)
    rotate = longest > slot - 4
    bottom = 20 + (min(longest, 90.0) * 0.5 if rotate else 0)
    bc.x, bc.y, bc.width, bc.height = 50, bottom, width - 60, height - bottom - 16
    bc.data = [values]
    bc.bars[0].fillColor = ACCENT
    bc.bars[0].strokeColor = None
    bc.barSpacing = 2
    bc.groupSpacing = max(4.0, slot * 0.25)
    bc.valueAxis.valueMin = min(0.0, *values)
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = SHADE
    bc.valueAxis.strokeColor = RULE
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.labels.fillColor = MUTED
    bc.valueAxis.labelTextFormat = lambda v: _number(
        lay, int(v) if float(v).is_integer() else Decimal(str(v))
    )
    bc.categoryAxis.strokeColor = RULE
    bc.categoryAxis.categoryNames = [
        fit(s, 90 if rotate else slot - 4, 7.5, lay.measure) for s in block.labels
    ]
    labels = bc.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.fillColor = FONT, 7.5, INK
    if rotate:
        labels.angle, labels.boxAnchor, labels.dx, labels.dy = 35, "ne", 2, -2
    bc.barLabelArray = [[_number(lay, v) for v in block.values]]
    bc.barLabelFormat = "values"
    bc.barLabels.fontName, bc.barLabels.fontSize = FONT, 7
    bc.barLabels.fillColor = INK
    bc.barLabels.nudge = 6
    d.add(bc)
    renderPDF.draw(d, lay.canvas, lay.left, lay.y - height)


def _pie(lay: Layout, block: Chart, values: list[float], height: float) -> None:
    size = height - 10
    d = Drawing(size, size)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 5, 5, size - 10, size - 10
    pie.data = [max(v, 0.0) for v in values] if any(v > 0 for v in values) else [1.0]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    renderPDF.draw(d, lay.canvas, lay.left, lay.y - height + 5)
    # The legend: a swatch, the label, the value and its share, one line each.
    c = lay.canvas
    total = sum(v for v in values if v > 0) or 1.0
    x = lay.left + size + 10 * mm
    room = lay.right - x - 14
    step = min(14.0, (height - 10) / max(len(values), 1))
    y = lay.y - 12
    for i, (label, value) in enumerate(zip(block.labels, block.values, strict=False)):
        c.setFillColor(PALETTE[i % len(PALETTE)])
        c.rect(x, y - 1, 8, 8, stroke=0, fill=1)
        share = max(float(value), 0.0) / total * 100
        text = f"{label} — {_number(lay, value)} ({share:.0f} %)"
        c.setFillColor(INK)
        c.setFont(FONT, 8.5)
        c.drawString(x + 14, y, fit(text, room, 8.5, lay.measure))
        y -= step


def draw_signatures(lay: Layout, block: Signatures) -> None:
    """Lines to sign on, side by side, with the role printed under each."""
    roles = list(block.roles)
    if not roles:
        return
    most = 4 if lay.doc.landscape else 3
    rows = -(-len(roles) // most)
    per_row = -(-len(roles) // rows)  # balanced: four roles in portrait make two rows of two
    gap = 12 * mm
    space_above = 18 * mm
    c = lay.canvas
    lay.y -= 6
    for start in range(0, len(roles), per_row):
        chunk = roles[start:start + per_row]
        line_w = (lay.avail - gap * (per_row - 1)) / per_row if per_row > 1 else 80 * mm
        lay.ensure(space_above + 24)
        base = lay.y - space_above
        for i, role in enumerate(chunk):
            x = lay.left + i * (line_w + gap)
            c.setStrokeColor(INK)
            c.setLineWidth(0.6)
            c.line(x, base, x + line_w, base)
            c.setFillColor(MUTED)
            c.setFont(FONT, 8.5)
            c.drawCentredString(x + line_w / 2, base - 11, fit(role, line_w, 8.5, lay.measure))
        lay.advance(space_above + 24)
