"""Charts drawn with QPainter (no QtCharts): a horizontal bar chart and a donut, each with its
labels and values written out, so the numbers can be read aloud to an assembly."""

from __future__ import annotations

from collections.abc import Sequence

from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopdesk.core.i18n import language

# Colour-blind-safe palette (Okabe & Ito), readable on a projector.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#999999"]
TEXT = QColor("#222222")
MUTED = QColor("#666666")

Items = Sequence[tuple[str, float]]


def number(value: float) -> str:
    return str(format_decimal(value, locale=language()))


def percent(share: float) -> str:
    return str(format_percent(share, locale=language()))


def _tooltip(items: list[tuple[str, float]]) -> str:
    return "\n".join(f"{label}: {number(value)}" for label, value in items)


def _title_font(base: QFont) -> QFont:
    f = QFont(base)
    f.setBold(True)
    f.setPointSizeF(base.pointSizeF() * 1.15)
    return f


class _Chart(QWidget):
    """What both charts share: a title, labelled values, painting into a margin.
    (No tr() here: PySide6 translates by the runtime class, so strings stay in subclasses.)"""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._title = title
        self._items: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def set_data(self, items: Items) -> None:
        self._items = [(str(label), float(value)) for label, value in items]
        self.setToolTip(_tooltip(self._items))  # long labels are elided in the drawing
        self.updateGeometry()
        self.update()

    def items(self) -> list[tuple[str, float]]:
        return list(self._items)

    def _title_height(self) -> float:
        return QFontMetricsF(_title_font(self.font())).height() * 1.6 if self._title else 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(p, QRectF(self.rect()).adjusted(6, 6, -6, -6))
        finally:
            p.end()

    def _paint(self, p: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def _paint_title(self, p: QPainter, area: QRectF) -> float:
        """Draw the title; returns where the chart's body starts."""
        top = area.top()
        if self._title:
            p.setFont(_title_font(self.font()))
            p.setPen(TEXT)
            p.drawText(QRectF(area.left(), top, area.width(), self._title_height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
            top += self._title_height()
        return top


class BarChart(_Chart):
    """Horizontal bars, one per label, with the value written after each bar."""

    ROW = 1.9  # row height in lines of text

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(260)

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * self.ROW

    def sizeHint(self) -> QSize:
        rows = max(len(self._items), 1)
        return QSize(420, int(self._title_height() + rows * self._row_height() + 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, int(self._title_height() + max(len(self._items), 1)
                              * self._row_height() + 12))

    def _paint(self, p: QPainter, area: QRectF) -> None:
        top = self._paint_title(p, area)
        p.setFont(self.font())
        fm = QFontMetricsF(self.font())
        if not self._items:
            p.setPen(MUTED)
            p.drawText(QRectF(area.left(), top, area.width(), self._row_height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.tr("Nothing to show yet."))
            return
        label_w = min(max(fm.horizontalAdvance(label) for label, _v in self._items) + 12,
                      area.width() * 0.5)
        value_w = max(fm.horizontalAdvance(number(v)) for _l, v in self._items) + 12
        bar_left = area.left() + label_w
        bar_space = max(area.right() - value_w - bar_left, 10.0)
        top_value = max((v for _l, v in self._items), default=0.0) or 1.0
        row = self._row_height()
        for i, (label, value) in enumerate(self._items):
            y = top + i * row
            p.setPen(TEXT)
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 12)
            p.drawText(QRectF(area.left(), y, label_w - 12, row),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = bar_space * max(value, 0.0) / top_value
            bar = QRectF(bar_left, y + row * 0.18, max(width, 2.0), row * 0.64)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.drawRoundedRect(bar, 3, 3)
            p.setPen(TEXT)
            p.drawText(QRectF(bar.right() + 6, y, value_w, row),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number(value))


class DonutChart(_Chart):
    """A ring of shares with the total in the middle and a legend (label, value, percent)."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setMinimumSize(300, 180)

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height() * 1.5
        legend = line * max(len(self._items), 1)
        return QSize(420, int(self._title_height() + max(legend, 150.0) + 16))

    def _paint(self, p: QPainter, area: QRectF) -> None:
        top = self._paint_title(p, area)
        p.setFont(self.font())
        fm = QFontMetricsF(self.font())
        total = sum(max(v, 0.0) for _l, v in self._items)
        if total <= 0:
            p.setPen(MUTED)
            p.drawText(QRectF(area.left(), top, area.width(), fm.height() * 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.tr("Nothing to show yet."))
            return
        side = min(area.height() - (top - area.top()), area.width() * 0.45)
        ring = QRectF(area.left() + 4, top + 4, side - 8, side - 8)
        thickness = ring.width() * 0.22
        inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        start = 90 * 16
        for i, (_label, value) in enumerate(self._items):
            span = -round(360 * 16 * max(value, 0.0) / total)
            pen = QPen(QColor(PALETTE[i % len(PALETTE)]), thickness)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawArc(inner, start, span)
            start += span
        centre = QFont(self.font())
        centre.setBold(True)
        centre.setPointSizeF(self.font().pointSizeF() * 1.4)
        p.setFont(centre)
        p.setPen(TEXT)
        p.drawText(ring, Qt.AlignmentFlag.AlignCenter, number(total))
        p.setFont(self.font())
        legend_left = ring.right() + 18
        line = fm.height() * 1.5
        swatch = fm.height() * 0.8
        value_w = max(fm.horizontalAdvance(f"{number(v)}  ({percent(v / total)})")
                      for _l, v in self._items)
        room = max(area.right() - legend_left - swatch - 8 - value_w - 12, 40.0)
        label_w = min(max(fm.horizontalAdvance(label) for label, _v in self._items) + 8, room)
        y = top + max((side - line * len(self._items)) / 2, 0.0)
        for i, (label, value) in enumerate(self._items):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.drawRoundedRect(QRectF(legend_left, y + (line - swatch) / 2, swatch, swatch), 2, 2)
            p.setPen(TEXT)
            x = legend_left + swatch + 8
            p.drawText(QRectF(x, y, label_w, line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w))
            p.setPen(MUTED)
            p.drawText(QRectF(x + label_w + 12, y, value_w, line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{number(value)}  ({percent(value / total)})")
            y += line


def render_image(widget: QWidget, width: int, height: int) -> QImage:
    """The widget painted into an image of the given size (for reports and tests)."""
    widget.resize(width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        widget.render(p, QPointF(0, 0).toPoint())
    finally:
        p.end()
    return image
