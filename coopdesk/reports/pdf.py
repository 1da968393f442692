"""Render a :class:`~coopdesk.reports.document.Document` to PDF with reportlab (no Qt).

Fonts are embedded (DejaVu Sans), every page's footer carries the audit chain's head as text and
as a QR code, and tables stream: see :mod:`coopdesk.reports.pdf_layout` for why the layout is
our own rather than platypus.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from coopdesk import __version__
from coopdesk.reports.document import (
    Block,
    Cards,
    Chart,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    RichText,
    Signatures,
    Table,
    Timeline,
)
from coopdesk.reports.pdf_blocks import (
    draw_chart,
    draw_heading,
    draw_key_values,
    draw_paragraph,
    draw_rich_text,
    draw_signatures,
)
from coopdesk.reports.pdf_cards import draw_cards
from coopdesk.reports.pdf_layout import Layout, register_fonts
from coopdesk.reports.pdf_table import draw_table
from coopdesk.reports.pdf_timeline import draw_timeline

__all__ = ["render_pdf"]


def render_pdf(doc: Document, path: Path | str) -> None:
    """Write ``doc`` as an A4 PDF at ``path``."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=Layout.pagesize(doc), pageCompression=1,
                    lang=doc.language)
    canvas.setTitle(doc.title)
    canvas.setAuthor(doc.cooperative)
    canvas.setSubject(doc.subtitle or doc.title)
    canvas.setCreator(f"coopdesk {__version__}")
    lay = Layout(canvas, doc)
    lay.start()
    breaking = False
    for block in doc.blocks:
        if isinstance(block, PageBreak):
            if block.unless_room_mm is None or lay.room() < block.unless_room_mm * mm:
                breaking = breaking or not lay.empty
            continue
        if breaking:  # decided here: a page of cards has no running header, to fit 2 x 5
            lay.new_page(compact=isinstance(block, Cards))
            breaking = False
        _draw(lay, block)
    lay.finish()
    canvas.save()


def _draw(lay: Layout, block: Block) -> None:
    match block:
        case Heading():
            draw_heading(lay, block)
        case Paragraph():
            draw_paragraph(lay, block)
        case RichText():
            draw_rich_text(lay, block)
        case KeyValues():
            draw_key_values(lay, block)
        case Table():
            draw_table(lay, block)
        case Chart():
            draw_chart(lay, block)
        case Timeline():
            draw_timeline(lay, block)
        case Cards():
            draw_cards(lay, block)
        case Signatures():
            draw_signatures(lay, block)
        case PageBreak():  # handled by the caller, which knows what comes next
            pass
