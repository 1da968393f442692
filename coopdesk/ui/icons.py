"""Icons drawn with QPainter: simple, bold shapes that read at a glance on a cheap screen or a
projector, in the application's colours, with nothing downloaded. Names without a drawing fall
back to Qt's standard icons."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle

ACCENT = "#1f6f8b"
SIZE = 64

Drawing = Callable[[QPainter, QColor], None]


def _pen(color: QColor, width: float = 5.0) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _dashboard(p: QPainter, c: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    for i, h in enumerate((22, 36, 48)):
        p.drawRoundedRect(QRectF(8 + i * 17, 56 - h, 13, h), 3, 3)
    p.setPen(_pen(c, 4))
    p.drawLine(QPointF(4, 59), QPointF(60, 59))


def _person(p: QPainter, c: QColor, cx: float, scale: float = 1.0) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    r = 9 * scale
    p.drawEllipse(QPointF(cx, 20 * scale + 4), r, r)
    body = QPainterPath()
    w = 20 * scale
    top = 34 * scale + 4
    body.moveTo(cx - w, 58)
    body.cubicTo(cx - w, top, cx + w, top, cx + w, 58)
    body.closeSubpath()
    p.drawPath(body)


def _members(p: QPainter, c: QColor) -> None:
    light = QColor(c)
    light.setAlpha(150)
    _person(p, light, 42, 0.85)
    _person(p, c, 24, 1.0)


def _user(p: QPainter, c: QColor) -> None:
    _person(p, c, 32, 1.05)


def _settings(p: QPainter, c: QColor) -> None:
    gear = QPolygonF()
    teeth = 8
    for i in range(teeth * 4):
        angle = 2 * math.pi * i / (teeth * 4)
        r = 28 if (i % 4) in (1, 2) else 21
        gear.append(QPointF(32 + r * math.cos(angle), 32 + r * math.sin(angle)))
    path = QPainterPath()
    path.addPolygon(gear)
    path.closeSubpath()
    hole = QPainterPath()
    hole.addEllipse(QPointF(32, 32), 9, 9)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawPath(path.subtracted(hole))


def _lock(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(18, 6, 28, 34), 0, 180 * 16)
    p.drawLine(QPointF(18, 23), QPointF(18, 30))
    p.drawLine(QPointF(46, 23), QPointF(46, 30))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawRoundedRect(QRectF(10, 28, 44, 30), 5, 5)
    p.setBrush(QColor("white"))
    p.drawEllipse(QPointF(32, 41), 4, 4)
    p.drawRect(QRectF(30.5, 42, 3, 9))


def _arrow_down(p: QPainter, c: QColor, x: float, top: float, bottom: float) -> None:
    p.setPen(_pen(c, 6))
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    p.drawLine(QPointF(x - 10, bottom - 10), QPointF(x, bottom))
    p.drawLine(QPointF(x + 10, bottom - 10), QPointF(x, bottom))


def _backup(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(8, 40, 48, 18), 4, 4)
    _arrow_down(p, c, 32, 6, 36)


def _restore(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(10, 10, 44, 44), 90 * 16, 270 * 16)
    head = QPolygonF([QPointF(32, 2), QPointF(44, 10), QPointF(32, 18)])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawPolygon(head)


def _verify(p: QPainter, c: QColor) -> None:
    shield = QPainterPath()
    shield.moveTo(32, 4)
    shield.lineTo(56, 12)
    shield.cubicTo(56, 38, 46, 52, 32, 60)
    shield.cubicTo(18, 52, 8, 38, 8, 12)
    shield.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawPath(shield)
    p.setPen(_pen(QColor("white"), 6))
    p.drawPolyline(QPolygonF([QPointF(20, 32), QPointF(29, 41), QPointF(45, 23)]))


def _new(p: QPainter, c: QColor) -> None:
    p.setPen(_pen(c, 5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolygon(QPolygonF([QPointF(12, 6), QPointF(40, 6), QPointF(52, 18), QPointF(52, 58),
                             QPointF(12, 58)]))
    p.drawLine(QPointF(32, 24), QPointF(32, 48))
    p.drawLine(QPointF(20, 36), QPointF(44, 36))


def _open(p: QPainter, c: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    folder = QPainterPath()
    folder.moveTo(6, 14)
    folder.lineTo(24, 14)
    folder.lineTo(30, 20)
    folder.lineTo(58, 20)
    folder.lineTo(58, 54)
    folder.lineTo(6, 54)
    folder.closeSubpath()
    p.drawPath(folder)
    light = QColor("white")
    light.setAlpha(90)
    p.setBrush(light)
    p.drawRect(QRectF(6, 28, 52, 3))


def _demo(p: QPainter, c: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    cap = QPolygonF([QPointF(32, 10), QPointF(62, 24), QPointF(32, 38), QPointF(2, 24)])
    p.drawPolygon(cap)
    p.drawRoundedRect(QRectF(16, 30, 32, 18), 6, 6)
    p.setPen(_pen(c, 3))
    p.drawLine(QPointF(56, 27), QPointF(56, 46))


def _about(p: QPainter, c: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawEllipse(QPointF(32, 32), 28, 28)
    p.setBrush(QColor("white"))
    p.drawEllipse(QPointF(32, 18), 4.5, 4.5)
    p.drawRoundedRect(QRectF(28, 27, 8, 24), 3, 3)


def _books(p: QPainter, c: QColor) -> None:
    """An open ledger: two pages with ruled lines."""
    p.setPen(_pen(c, 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    left, right = QPainterPath(), QPainterPath()
    left.moveTo(32, 16)
    left.cubicTo(24, 10, 12, 10, 5, 13)
    left.lineTo(5, 53)
    left.cubicTo(12, 50, 24, 50, 32, 56)
    right.moveTo(32, 16)
    right.cubicTo(40, 10, 52, 10, 59, 13)
    right.lineTo(59, 53)
    right.cubicTo(52, 50, 40, 50, 32, 56)
    p.drawPath(left)
    p.drawPath(right)
    p.drawLine(QPointF(32, 16), QPointF(32, 56))
    p.setPen(_pen(c, 3))
    for y in (24, 33, 42):
        p.drawLine(QPointF(11, y), QPointF(26, y + 1))
        p.drawLine(QPointF(38, y + 1), QPointF(53, y))


def _production(p: QPainter, c: QColor) -> None:
    """Three gold bars, stacked."""
    light = QColor("white")
    light.setAlpha(110)

    def bar(x: float, y: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c)
        p.drawPolygon(QPolygonF([QPointF(x + 5, y), QPointF(x + 23, y),
                                 QPointF(x + 28, y + 16), QPointF(x, y + 16)]))
        p.setBrush(light)
        p.drawPolygon(QPolygonF([QPointF(x + 7, y + 3), QPointF(x + 21, y + 3),
                                 QPointF(x + 22, y + 6), QPointF(x + 6, y + 6)]))

    bar(3, 42)
    bar(33, 42)
    bar(18, 22)
    p.setPen(_pen(c, 3))
    p.drawLine(QPointF(46, 6), QPointF(46, 16))
    p.drawLine(QPointF(41, 11), QPointF(51, 11))


def _reports(p: QPainter, c: QColor) -> None:
    """A page with a small bar chart."""
    p.setPen(_pen(c, 4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(10, 5, 44, 54), 4, 4)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    for i, h in enumerate((12, 22, 16, 30)):
        p.drawRect(QRectF(17 + i * 8, 50 - h, 6, h))
    p.setPen(_pen(c, 3))
    p.drawLine(QPointF(17, 14), QPointF(40, 14))


def _sharing(p: QPainter, c: QColor) -> None:
    """A coin divided among three people."""
    p.setPen(_pen(c, 3))
    for x in (10, 32, 54):
        p.drawLine(QPointF(32, 24), QPointF(x, 40))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawEllipse(QPointF(32, 15), 13, 13)
    p.setBrush(QColor("white"))
    p.drawRoundedRect(QRectF(29.5, 7, 5, 16), 2, 2)
    p.setBrush(c)
    for x in (10, 32, 54):
        p.drawEllipse(QPointF(x, 44), 5, 5)
        body = QPainterPath()
        body.moveTo(x - 9, 62)
        body.cubicTo(x - 9, 49, x + 9, 49, x + 9, 62)
        body.closeSubpath()
        p.drawPath(body)


def _bank(p: QPainter, c: QColor) -> None:
    """A small bank building: a pediment, four columns, a base."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawPolygon(QPolygonF([QPointF(32, 4), QPointF(60, 19), QPointF(4, 19)]))
    p.drawRect(QRectF(6, 21, 52, 5))
    for x in (10, 22, 35, 47):
        p.drawRect(QRectF(x, 29, 7, 20))
    p.drawRect(QRectF(6, 51, 52, 4))
    p.drawRect(QRectF(3, 56, 58, 5))
    p.setBrush(QColor("white"))
    p.drawEllipse(QPointF(32, 14), 3, 3)


def _governance(p: QPainter, c: QColor) -> None:
    """A ballot box with a paper going in."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawRoundedRect(QRectF(6, 30, 52, 28), 4, 4)
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(18, 34, 28, 4))
    p.setBrush(c)
    p.drawPolygon(QPolygonF([QPointF(22, 8), QPointF(44, 4), QPointF(46, 34), QPointF(24, 36)]))
    p.setPen(_pen(QColor("white"), 3))
    p.drawLine(QPointF(28, 18), QPointF(33, 24))
    p.drawLine(QPointF(33, 24), QPointF(41, 12))


def _plans(p: QPainter, c: QColor) -> None:
    """A clipboard with three ticked lines."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawRoundedRect(QRectF(10, 8, 44, 54), 5, 5)
    p.drawRoundedRect(QRectF(22, 3, 20, 10), 3, 3)
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(15, 16, 34, 41))
    p.setPen(_pen(c, 3.5))
    for y in (25, 36, 47):
        p.drawLine(QPointF(19, y), QPointF(22, y + 3))
        p.drawLine(QPointF(22, y + 3), QPointF(27, y - 3))
        p.drawLine(QPointF(31, y), QPointF(45, y))


def _formalisation(p: QPainter, c: QColor) -> None:
    """A certificate with a seal and its ribbons."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawRoundedRect(QRectF(4, 8, 56, 40), 4, 4)
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(9, 13, 46, 30))
    p.setPen(_pen(c, 3))
    for y, right in ((20, 50), (27, 36), (34, 32)):
        p.drawLine(QPointF(14, y), QPointF(right, y))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    p.drawPolygon(QPolygonF([QPointF(40, 44), QPointF(36, 62), QPointF(43, 57),
                             QPointF(46, 62), QPointF(48, 44)]))
    p.drawEllipse(QPointF(46, 38), 9, 9)
    p.setBrush(QColor("white"))
    p.drawEllipse(QPointF(46, 38), 4, 4)


def _standards(p: QPainter, c: QColor) -> None:
    """A five-pointed star in a ring: the standard reached."""
    p.setPen(_pen(c, 5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(32, 32), 27, 27)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    star = QPolygonF()
    for i in range(10):
        r = 18 if i % 2 == 0 else 7.5
        a = -math.pi / 2 + i * math.pi / 5
        star.append(QPointF(32 + r * math.cos(a), 33 + r * math.sin(a)))
    p.drawPolygon(star)


DRAWINGS: dict[str, Drawing] = {
    "dashboard": _dashboard, "members": _members, "user": _user, "settings": _settings,
    "lock": _lock, "backup": _backup, "restore": _restore, "verify": _verify, "new": _new,
    "open": _open, "demo": _demo, "about": _about, "books": _books,
    "production": _production, "reports": _reports, "sharing": _sharing, "bank": _bank,
    "governance": _governance, "plans": _plans, "formalisation": _formalisation,
    "standards": _standards,
}

_STANDARD = {
    "quit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
}


def pixmap(name: str, size: int = SIZE, color: str = ACCENT) -> QPixmap:
    """The drawing ``name`` at ``size`` pixels (square, transparent background)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(size / SIZE, size / SIZE)
        p.setBrush(QBrush(QColor(color)))
        DRAWINGS[name](p, QColor(color))
    finally:
        p.end()
    return pm


@functools.cache
def icon(name: str, color: str = ACCENT, selected: str | None = None) -> QIcon:
    """The icon ``name`` (drawn in ``selected`` when its item is selected, if given); unknown
    names get a standard Qt icon rather than nothing."""
    if name in DRAWINGS:
        out = QIcon()
        for size in (16, 24, 32, 48, 64):
            out.addPixmap(pixmap(name, size, color))
            if selected is not None:
                out.addPixmap(pixmap(name, size, selected), QIcon.Mode.Selected)
        return out
    style = QApplication.style()
    return style.standardIcon(_STANDARD.get(name, QStyle.StandardPixmap.SP_FileIcon))
