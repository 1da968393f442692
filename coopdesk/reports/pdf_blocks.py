"""PDF drawing of the small blocks: headings, paragraphs, rich text, key/values, charts,
signature lines."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from coopdesk.reports.blocks import MdBlock, Run, markdown_blocks, series_of
from coopdesk.reports.document import (
    Chart,
    Heading,
    KeyValues,
    Kind,
    Paragraph,
    RichText,
    Series,
    Signatures,
)
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


# -- rich text ---------------------------------------------------------------------------------

RICH_SIZES = {1: 12.0, 2: 10.5, 3: BODY}
OBLIQUE = 12.0  # degrees: DejaVu Sans has no italic face in resources/fonts, so we slant it
Frag = tuple[str, bool, bool]  # text, bold, italic


def _frag_width(lay: Layout, frag: Frag, size: float) -> float:
    return (lay.measure_bold if frag[1] else lay.measure)(frag[0], size)


def _words(runs: tuple[Run, ...]) -> list[list[Frag]]:
    """Words as lists of styled pieces ("**bold**," is one word of two pieces)."""
    words: list[list[Frag]] = []
    word: list[Frag] = []
    for run in runs:
        for tok in re.findall(r"\S+|\s+", run.text):
            if tok.isspace():
                if word:
                    words.append(word)
                    word = []
            else:
                word.append((tok, run.bold, run.italic))
    if word:
        words.append(word)
    return words


def _cut(lay: Layout, word: list[Frag], width: float, size: float) -> list[list[Frag]]:
    """A word too long for a line, cut into pieces that fit."""
    pieces: list[list[Frag]] = [[]]
    used = 0.0
    for text, bold, italic in word:
        for ch in text:
            w = _frag_width(lay, (ch, bold, italic), size)
            if used + w > width and pieces[-1]:
                pieces.append([])
                used = 0.0
            last = pieces[-1]
            if last and last[-1][1:] == (bold, italic):
                last[-1] = (last[-1][0] + ch, bold, italic)
            else:
                last.append((ch, bold, italic))
            used += w
    return pieces


def wrap_runs(lay: Layout, runs: tuple[Run, ...], width: float,
              size: float) -> list[list[Frag]]:
    """Styled lines no wider than ``width``."""
    space = lay.measure(" ", size)
    lines: list[list[Frag]] = []
    line: list[Frag] = []
    used = 0.0
    for word in _words(runs):
        w = sum(_frag_width(lay, f, size) for f in word)
        gap = space if line else 0.0
        if used + gap + w <= width:
            if line:
                line.append((" ", False, False))
            line.extend(word)
            used += gap + w
            continue
        if line:
            lines.append(line)
        line, used = [], 0.0
        pieces = _cut(lay, word, width, size) if w > width else [word]
        lines.extend(pieces[:-1])
        line = list(pieces[-1])
        used = sum(_frag_width(lay, f, size) for f in line)
    lines.append(line)
    return lines


def draw_runs(lay: Layout, line: list[Frag], x: float, y: float, size: float,
              color: colors.Color = INK) -> None:
    """One styled line with its baseline at ``y``: bold in the bold face, italic slanted."""
    c = lay.canvas
    c.setFillColor(color)
    for text, bold, italic in line:
        font = BOLD if bold else FONT
        if italic:
            c.saveState()
            c.transform(1, 0, math.tan(math.radians(OBLIQUE)), 1, x, y)
            c.setFont(font, size)
            c.drawString(0, 0, text)
            c.restoreState()
        else:
            c.setFont(font, size)
            c.drawString(x, y, text)
        x += _frag_width(lay, (text, bold, italic), size)


def _styled_lines(lay: Layout, block: MdBlock, width: float,
                  size: float) -> list[list[Frag]]:
    out: list[list[Frag]] = []
    for runs in block.lines:
        out.extend(wrap_runs(lay, runs, width, size))
    return out


def draw_rich_text(lay: Layout, block: RichText) -> None:
    """User-written text in the small Markdown: headings, paragraphs, bullets and numbered
    items, bold and italic; every other character printed as it is."""
    blocks = markdown_blocks(block.markdown)
    items = [b for b in blocks if b.kind == "number"]
    number_w = max((lay.measure(b.marker, BODY) for b in items), default=0.0)
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind == "h":
            size = RICH_SIZES.get(b.level, BODY)
            leading = size * 1.3
            lines = _styled_lines(lay, b, lay.avail, size)
            if not lay.empty:
                lay.y -= size * 0.5
            lay.ensure(leading * len(lines) + 3 * BODY * 1.4)  # with what follows
            for line in lines:
                lay.ensure(leading)
                draw_runs(lay, line, lay.left, lay.y - size, size,
                          ACCENT if b.level == 1 else INK)
                lay.advance(leading)
            lay.advance(2)
            continue
        leading = BODY * 1.4
        indent = 0.0
        if b.kind == "bullet":
            indent = 14.0
        elif b.kind == "number":
            indent = number_w + 8
        lines = _styled_lines(lay, b, lay.avail - indent, BODY)
        for n, line in enumerate(lines):
            lay.ensure(leading)
            base = lay.y - BODY
            if n == 0 and b.kind == "bullet":
                lay.canvas.setFont(FONT, BODY)
                lay.canvas.setFillColor(ACCENT)
                lay.canvas.drawString(lay.left + 3, base, "•")
            elif n == 0 and b.kind == "number":
                lay.canvas.setFont(FONT, BODY)
                lay.canvas.setFillColor(INK)
                lay.canvas.drawRightString(lay.left + number_w + 2, base, b.marker)
            draw_runs(lay, line, lay.left + indent, base, BODY)
            lay.advance(leading)
        same_list = nxt is not None and nxt.kind == b.kind and b.kind in ("bullet", "number")
        lay.advance(1.5 if same_list else 5)


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
    """A titled bar chart (grouped when it has several series), a line chart, or a pie with
    a legend beside it."""
    height = 70 * mm
    title_h = 16.0
    series = series_of(block)
    several = len(series) > 1
    legend = _legend_rows(lay, series) if several else []
    legend_h = 12.0 * len(legend)
    lay.ensure(height + title_h + legend_h)
    c = lay.canvas
    c.setFont(BOLD, 10.5)
    c.setFillColor(INK)
    c.drawString(lay.left, lay.y - 10.5, fit(block.title, lay.avail, 10.5, lay.measure_bold))
    lay.advance(title_h)
    if not block.labels or not any(s.values for s in series):
        return
    if legend:
        _legend(lay, legend)
    if block.kind == "pie" and not block.series:
        _pie(lay, block, [float(v) for v in block.values], height)
    elif block.kind == "line":
        _lines(lay, block, series, height)
    else:
        _bars(lay, block, series, height)
    lay.advance(height + 8)


def _legend_rows(lay: Layout, series: list[Series]) -> list[list[tuple[int, str, float]]]:
    """The series' names with their colour index, in rows that fit the width."""
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for i, s in enumerate(series):
        name = fit(s.name, lay.avail * 0.5, 8.5, lay.measure)
        w = 14 + lay.measure(name, 8.5) + 14
        if used + w > lay.avail and rows[-1]:
            rows.append([])
            used = 0.0
        rows[-1].append((i, name, w))
        used += w
    return rows


def _legend(lay: Layout, rows: list[list[tuple[int, str, float]]]) -> None:
    c = lay.canvas
    for row in rows:
        x = lay.left
        for i, name, w in row:
            c.setFillColor(PALETTE[i % len(PALETTE)])
            c.rect(x, lay.y - 8.5, 8, 8, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(FONT, 8.5)
            c.drawString(x + 12, lay.y - 8, name)
            x += w
        lay.advance(12)


def _value_axis(lay: Layout, axis: Any, values: list[float]) -> float:
    """Style a chart's value axis (0 always on it); returns the room its labels need."""
    low, high = min(0.0, *values), max(0.0, *values)
    axis.valueMin = low
    axis.valueMax = high if high > low else 1.0
    axis.visibleGrid = True
    axis.gridStrokeColor = SHADE
    axis.strokeColor = RULE
    axis.labels.fontName = FONT
    axis.labels.fontSize = 7
    axis.labels.fillColor = MUTED
    axis.labelTextFormat = lambda v: _number(
        lay, int(v) if float(v).is_integer() else Decimal(str(v))
    )
    # The widest label is about the widest value, rounded up a step by the axis.
    widest = max(lay.measure(_number(lay, int(abs(v) * 1.25 + 1) * (1 if v >= 0 else -1)), 7)
                 for v in (low, high))
    return max(40.0, widest + 10)


def _category_axis(lay: Layout, axis: Any, labels: list[str], slot: float) -> float:
    """Style a chart's category axis, slanting long labels; returns the room they need."""
    longest = max((lay.measure(s, 7.5) for s in labels), default=0.0)
    rotate = longest > slot - 4
    axis.strokeColor = RULE
    axis.categoryNames = [fit(s, 90 if rotate else slot - 4, 7.5, lay.measure) for s in labels]
    lab = axis.labels
    lab.fontName, lab.fontSize, lab.fillColor = FONT, 7.5, INK
    if rotate:
        lab.angle, lab.boxAnchor, lab.dx, lab.dy = 35, "ne", 2, -2
    return 20 + (min(longest, 90.0) * 0.5 if rotate else 0)


def _zero_line(lay: Layout, chart: Any, width: float, height: float) -> None:
    """A firm line at 0 when values go below it (the category axis stays at the bottom)."""
    if chart.valueAxis.valueMin >= 0:
        return
    y = lay.y - height + chart.valueAxis.scale(0)
    c = lay.canvas
    c.saveState()
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.7)
    c.line(lay.left + chart.x, y, lay.left + chart.x + chart.width, y)
    c.restoreState()


def _bars(lay: Layout, block: Chart, series: list[Series], height: float) -> None:
    width = min(lay.avail, 180 * mm)
    d = Drawing(width, height)
    bc = VerticalBarChart()
    data = [[float(v) for v in s.values] for s in series]
    flat = [v for row in data for v in row]
    left = _value_axis(lay, bc.valueAxis, flat)
    slot = (width - left - 10) / len(block.labels)
    bottom = _category_axis(lay, bc.categoryAxis, list(block.labels), slot)
    bc.barSpacing = 2 if len(data) == 1 else 1
    bc.groupSpacing = max(4.0, slot * 0.25)
    bar_w = (slot - bc.groupSpacing) / len(data) - bc.barSpacing
    texts = [[_number(lay, v) for v in s.values] for s in series]
    widest = max((lay.measure(t, 7) for row in texts for t in row), default=0.0)
    labelled = len(data) == 1 or widest <= bar_w + bc.barSpacing
    top = 16 if labelled else 8
    bc.x, bc.y, bc.width, bc.height = left, bottom, width - left - 10, height - bottom - top
    bc.categoryAxis.joinAxisMode = "bottom"  # the labels under the chart, not at 0
    bc.data = data
    for i in range(len(data)):
        bc.bars[i].fillColor = ACCENT if len(data) == 1 else PALETTE[i % len(PALETTE)]
        bc.bars[i].strokeColor = None
    if labelled:
        # Each bar's value over it, when the values fit over their bars.
        bc.barLabelArray = texts
        bc.barLabelFormat = "values"
        bc.barLabels.fontName, bc.barLabels.fontSize = FONT, 7
        bc.barLabels.fillColor = INK
        bc.barLabels.nudge = 6
    d.add(bc)
    renderPDF.draw(d, lay.canvas, lay.left, lay.y - height)
    _zero_line(lay, bc, width, height)


def _lines(lay: Layout, block: Chart, series: list[Series], height: float) -> None:
    width = min(lay.avail, 180 * mm)
    d = Drawing(width, height)
    lc = HorizontalLineChart()
    data = [[float(v) for v in s.values] for s in series]
    flat = [v for row in data for v in row]
    left = _value_axis(lay, lc.valueAxis, flat)
    slot = (width - left - 10) / len(block.labels)
    bottom = _category_axis(lay, lc.categoryAxis, list(block.labels), slot)
    lc.x, lc.y, lc.width, lc.height = left, bottom, width - left - 10, height - bottom - 12
    lc.categoryAxis.joinAxisMode = "bottom"  # the labels under the chart, not at 0
    lc.data = data
    lc.joinedLines = 1
    for i in range(len(data)):
        color = ACCENT if len(data) == 1 else PALETTE[i % len(PALETTE)]
        lc.lines[i].strokeColor = color
        lc.lines[i].strokeWidth = 1.6
        marker = makeMarker("FilledCircle")
        marker.size = 3.5
        marker.fillColor = color
        marker.strokeColor = color
        lc.lines[i].symbol = marker
    texts = [_number(lay, v) for v in series[0].values]
    if len(data) == 1 and max(lay.measure(t, 7) for t in texts) < slot - 2:
        lc.lineLabelArray = [texts]
        lc.lineLabelFormat = "values"
        lc.lineLabels.fontName, lc.lineLabels.fontSize = FONT, 7
        lc.lineLabels.fillColor = INK
        lc.lineLabels.dy = 6
    d.add(lc)
    renderPDF.draw(d, lay.canvas, lay.left, lay.y - height)
    _zero_line(lay, lc, width, height)


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
