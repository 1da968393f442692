"""Member cards at credit-card size (85.6 × 54 mm), ten to a portrait A4 page (2 × 5).

The cards touch vertically so that five rows fit between the compact page top and the footer;
each border is a cutting line. Cards stream from their iterable, one at a time.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from coopdesk.reports.document import Card, Cards
from coopdesk.reports.pdf_layout import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    SHADE,
    Layout,
    draw_qr,
    fit,
    wrap,
)

CARD_W = 85.6 * mm
CARD_H = 54 * mm
COL_GAP = 4 * mm
BAND = 8 * mm
INSET = 3 * mm
PHOTO_W, PHOTO_H = 20 * mm, 26 * mm
QR = 19 * mm


def draw_cards(lay: Layout, block: Cards) -> None:
    """Lay the cards out in rows, starting a compact page whenever a row no longer fits."""
    cols = max(1, int((lay.avail + COL_GAP) // (CARD_W + COL_GAP)))
    grid_w = cols * CARD_W + (cols - 1) * COL_GAP
    x0 = (lay.width - grid_w) / 2
    col = 0
    if not lay.empty:
        lay.y -= 4
    for card in block.cards:
        if col == 0 and lay.y - CARD_H < lay.bottom - 0.01:
            lay.new_page(compact=True)
        _card(lay, card, x0 + col * (CARD_W + COL_GAP), lay.y - CARD_H)
        lay.empty = False
        col += 1
        if col == cols:
            col = 0
            lay.y -= CARD_H
    if col:
        lay.y -= CARD_H
    lay.advance(8)


def _card(lay: Layout, card: Card, x: float, y: float) -> None:
    c = lay.canvas
    c.saveState()
    c.setFillColor(ACCENT)
    c.rect(x, y + CARD_H - BAND, CARD_W, BAND, stroke=0, fill=1)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 7.5)
    c.drawString(x + INSET, y + CARD_H - BAND + 2.9 * mm,
                 fit(lay.doc.cooperative, CARD_W - 2 * INSET, 7.5, lay.measure_bold))

    top = y + CARD_H - BAND - 2.5 * mm
    text_x = x + INSET
    if card.photo is not None:
        _photo(lay, card.photo, x + INSET, top - PHOTO_H)
        text_x += PHOTO_W + 2.5 * mm
    qr_x = x + CARD_W - INSET - QR
    draw_qr(c, card.qr, qr_x, y + INSET, QR, border=1)
    room = qr_x - 2.5 * mm - text_x

    c.setFillColor(INK)
    ty = top
    for line in wrap(card.title, room, 9.5, lay.measure_bold)[:2]:
        ty -= 10
        c.setFont(BOLD, 9.5)
        c.drawString(text_x, ty, line)
    ty -= 3
    c.setFillColor(INK)
    for given in card.lines:
        for line in wrap(given, room, 7.2, lay.measure):
            if ty - 9 < y + INSET:
                break
            ty -= 9
            c.setFont(FONT, 7.2)
            c.drawString(text_x, ty, line)
    c.restoreState()


def _photo(lay: Layout, photo: bytes, x: float, y: float) -> None:
    """The photo scaled into its frame; a blank frame if the bytes are not a readable image."""
    c = lay.canvas
    c.setFillColor(SHADE)
    c.rect(x, y, PHOTO_W, PHOTO_H, stroke=0, fill=1)
    try:
        image = ImageReader(io.BytesIO(photo))
        c.drawImage(image, x, y, PHOTO_W, PHOTO_H, preserveAspectRatio=True, anchor="c",
                    mask="auto")
    except (OSError, ValueError, SyntaxError):
        c.setFillColor(MUTED)
        c.setFont(FONT, 6)
        c.drawCentredString(x + PHOTO_W / 2, y + PHOTO_H / 2, "?")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.rect(x, y, PHOTO_W, PHOTO_H, stroke=1, fill=0)
