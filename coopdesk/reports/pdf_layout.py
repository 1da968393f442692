"""A small page layout engine on the reportlab canvas: a y cursor, headers, footers, QR codes.

We lay pages out ourselves instead of through platypus so that a table of 100,000 rows streams
row by row onto the canvas: platypus measures a whole ``Table`` before it splits it, which holds
every row in memory at once.

The footer says "Page N / M" although M is only known at the end: each page draws a form XObject
named after its number, and :meth:`Layout.finish` defines those forms once the count is known
(PDF forms may be referenced before they are defined). That costs a few hundred bytes a page,
not a copy of every page kept until the end as the usual "numbered canvas" recipe does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import repeat
from pathlib import Path

from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from coopdesk.core.i18n import _
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Document

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ELLIPSIS = "…"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e4e7eb")
ZEBRA = colors.HexColor("#f5f7fa")
ACCENT = colors.HexColor("#0b6e4f")

MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
COMPACT_TOP = 6 * mm  # pages of member cards: five rows of 54 mm need the room
FOOT_BOTTOM = 5 * mm
FOOT_QR = 13 * mm
CONTENT_BOTTOM = 21 * mm
FOOT_SIZE = 7.0


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once per process; it covers ñ, é, ŝ and more."""
    if BOLD in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


class Metrics:
    """Text widths in one of our TrueType fonts.

    reportlab's C speed-ups are an optional extra it no longer ships; this is the same sum of
    advance widths, with a cache for the strings a table repeats (names, dates) and a one-pass
    cut for text that needs an ellipsis.
    """

    def __init__(self, font: str) -> None:
        face = pdfmetrics.getFont(font).face
        self._get = face.charWidths.get
        self._default = face.defaultWidth
        self._cache: dict[str, float] = {}

    def units(self, text: str) -> float:
        """Width at size 1000 (so points = units * size / 1000)."""
        w = self._cache.get(text)
        if w is None:
            w = sum(map(self._get, map(ord, text), repeat(self._default)))
            if len(self._cache) > 20_000:
                self._cache.clear()
            self._cache[text] = w
        return w

    def __call__(self, text: str, size: float) -> float:
        return 0.001 * size * self.units(text)

    def fit(self, text: str, width: float, size: float) -> str:
        """``text`` shortened with an ellipsis so that it fits in ``width`` points."""
        limit = width * 1000 / size
        if self.units(text) <= limit:
            return text
        limit -= self.units(ELLIPSIS)
        get, default, acc = self._get, self._default, 0.0
        for i, ch in enumerate(text):
            acc += get(ord(ch), default)
            if acc > limit:
                return text[:i].rstrip() + ELLIPSIS if i else ""
        return text


def fit(text: str, width: float, size: float, measure: Metrics) -> str:
    return measure.fit(text, width, size)


def wrap(text: str, width: float, size: float, measure: Callable[[str, float], float]) -> list[str]:
    """Lines of ``text`` no wider than ``width``; words too long for a line are cut."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            candidate = f"{line} {word}" if line else word
            if measure(candidate, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while measure(word, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and measure(word[:cut], size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float, border: int = 1) -> None:
    """A QR code as one filled path (one rectangle per run of dark modules)."""
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(QR8bitByte(value))
    qr.make()
    count = qr.getModuleCount()
    box = size / (count + 2 * border)
    path = canvas.beginPath()
    for r, row in enumerate(qr.modules):
        top = y + size - (r + border + 1) * box
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                path.rect(x + (start + border) * box, top, (c - start) * box, box)
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class Layout:
    """The page being drawn, a y cursor moving down it, and what every page carries."""

    def __init__(self, canvas: Canvas, doc: Document) -> None:
        self.canvas = canvas
        self.doc = doc
        self.fmt = CellFormatter(doc.language, doc.currency)
        self.width, self.height = self.pagesize(doc)
        self.left = MARGIN_X
        self.right = self.width - MARGIN_X
        self.bottom = CONTENT_BOTTOM
        self.measure = Metrics(FONT)
        self.measure_bold = Metrics(BOLD)
        self.page = 0
        self.y = self.height
        self.empty = True  # nothing drawn below the header of this page yet
        self.generated = doc.generated_at or dt.datetime.now().astimezone()
        self._footer_text = self._footer_lines()

    @staticmethod
    def pagesize(doc: Document) -> tuple[float, float]:
        return landscape(A4) if doc.landscape else portrait(A4)

    @property
    def avail(self) -> float:
        return self.right - self.left

    # -- pages --------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the first page, with the document's full header."""
        if self.doc.chain_head:
            self.canvas.beginForm("coopdesk_chain_qr")
            draw_qr(self.canvas, f"coopdesk:{self.doc.chain_seq}:{self.doc.chain_head}",
                    self.left, FOOT_BOTTOM, FOOT_QR)
            self.canvas.endForm()
        self.page = 1
        self._title_header()

    def new_page(self, compact: bool = False) -> None:
        """Close this page (footer) and open the next, with a running header unless compact."""
        self._footer()
        self.canvas.showPage()
        self.page += 1
        self.empty = True
        if compact:
            self.y = self.height - COMPACT_TOP
        else:
            self._running_header()

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit above the footer."""
        if self.y - height < self.bottom and not self.empty:
            self.new_page()

    def room(self) -> float:
        return self.y - self.bottom

    def advance(self, height: float) -> None:
        """Move the cursor down past something just drawn."""
        self.y -= height
        self.empty = False

    def lines(self, lines: list[str], font: str, size: float, leading: float,
              x: float | None = None, color: colors.Color = INK) -> None:
        """Draw lines of text down the page, going on to the next page when one is full."""
        c = self.canvas
        for line in lines:
            self.ensure(leading)
            c.setFont(font, size)
            c.setFillColor(color)
            c.drawString(self.left if x is None else x, self.y - size, line)
            self.advance(leading)

    def finish(self) -> None:
        """Close the last page, then define the "Page N / M" forms every page refers to."""
        self._footer()
        self.canvas.showPage()
        total = self.page
        c = self.canvas
        for n in range(1, total + 1):
            c.beginForm(f"coopdesk_page_{n}")
            c.setFont(FONT, FOOT_SIZE)
            c.setFillColor(MUTED)
            c.drawRightString(self.right, self._foot_line(0),
                              _("Page {page} / {pages}", page=n, pages=total))
            c.endForm()

    # -- headers and footers ----------------------------------------------------------------

    def _title_header(self) -> None:
        c, d = self.canvas, self.doc
        y = self.height - MARGIN_TOP
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 10)
        y -= 10
        c.drawString(self.left, y, fit(d.cooperative, self.avail, 10, self.measure_bold))
        c.setFillColor(INK)
        for line in wrap(d.title, self.avail, 17, self.measure_bold):
            y -= 21
            c.setFont(BOLD, 17)
            c.drawString(self.left, y, line)
        if d.subtitle:
            c.setFillColor(MUTED)
            c.setFont(FONT, 10.5)
            for line in wrap(d.subtitle, self.avail, 10.5, self.measure):
                y -= 14
                c.drawString(self.left, y, line)
        y -= 7
        self._rule(y, ACCENT, 1.2)
        self.y = y - 12
        c.setFillColor(INK)

    def _running_header(self) -> None:
        c = self.canvas
        y = self.height - MARGIN_TOP + 2 * mm
        c.setFont(FONT, FOOT_SIZE + 0.5)
        c.setFillColor(MUTED)
        text = f"{self.doc.cooperative} — {self.doc.title}"
        c.drawString(self.left, y - 8, fit(text, self.avail, FOOT_SIZE + 0.5, self.measure))
        self._rule(y - 12, RULE, 0.4)
        self.y = y - 24
        c.setFillColor(INK)

    def _footer_lines(self) -> list[str]:
        d = self.doc
        if d.chain_head:
            chain = _("Audit chain #{seq} {head}…", seq=d.chain_seq, head=d.chain_head[:16])
        else:
            chain = _("Audit chain: not recorded")
        when = _("Generated {when}", when=self.fmt.datetime(self.generated))
        return [chain, when, f"{d.cooperative} — {d.title}"]

    def _foot_line(self, i: int) -> float:
        return FOOT_BOTTOM + FOOT_QR - FOOT_SIZE - i * (FOOT_SIZE + 2.2)

    def _footer(self) -> None:
        c = self.canvas
        c.saveState()
        self._rule(CONTENT_BOTTOM - 1.5 * mm, RULE, 0.4)
        x = self.left
        if self.doc.chain_head:
            c.doForm("coopdesk_chain_qr")
            x += FOOT_QR + 2.5 * mm
        c.setFillColor(MUTED)
        page_room = 30 * mm
        for i, line in enumerate(self._footer_text):
            c.setFont(FONT, FOOT_SIZE)
            room = self.right - x - (page_room if i == 0 else 0)
            c.drawString(x, self._foot_line(i), fit(line, room, FOOT_SIZE, self.measure))
        c.doForm(f"coopdesk_page_{self.page}")
        c.restoreState()

    def _rule(self, y: float, color: colors.Color, width: float) -> None:
        c = self.canvas
        c.saveState()
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.line(self.left, y, self.right, y)
        c.restoreState()
