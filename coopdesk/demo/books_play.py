"""Writing the demo's books plan (:mod:`coopdesk.demo.books`) through the services, as the
treasurer and the secretary would at the window; and the scanned receipts they attach."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from coopdesk.core.uow import UnitOfWork
from coopdesk.demo.books import (
    BANK,
    CASH,
    CHART,
    DEPRECIATION_ACC,
    EQUIPMENT,
    ROLE,
    BooksPlan,
    BuyOp,
    CashOp,
    ClosePeriodOp,
    JournalOp,
    LotOp,
    Op,
    ReverseOp,
    SellOp,
    pesos,
)
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as ledger
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.production import services as production

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def receipt_jpeg(lines: Sequence[str]) -> bytes:
    """A scanned receipt: a small greyscale JPEG of the lines (the first is the supplier), the
    same bytes for the same lines."""
    img = Image.new("L", (380, 460), 250)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 11)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 13)
    y = 24
    for i, line in enumerate(lines):
        for part in textwrap.wrap(line, 52) or [""]:
            d.text((24, y), part, fill=30, font=bold if i == 0 else font)
            y += 24 if i == 0 else 17
    d.rectangle((14, 12, 366, 446), outline=120, width=2)
    d.ellipse((250, 350, 350, 430), outline=90, width=3)  # the supplier's stamp
    out = io.BytesIO()
    img.save(out, "JPEG", quality=60, optimize=True)
    return out.getvalue()


def _line(code: str, delta: int) -> LineInput:
    return (LineInput(code, debit=pesos(delta)) if delta > 0
            else LineInput(code, credit=pesos(-delta)))


class Player:
    """Writes a plan through the services: lots as the secretary, the rest as the treasurer."""

    def __init__(self, treasurer: UnitOfWork, secretary: UnitOfWork) -> None:
        self.treasurer, self.secretary = treasurer, secretary
        self.lots: dict[int, int] = {}
        self.refs: dict[str, ledger.EntryRef] = {}

    def open(self, books: BooksPlan, capital: Mapping[int, int]) -> None:
        """The chart, both fiscal years, and the opening balances on the first day: what the
        register says each member has paid, the rest as the exercise books had it."""
        t = self.treasurer
        ledger.install_chart(t, CHART)
        for name in books.years:
            year = int(name)
            ledger.open_fiscal_year(t, name, dt.date(year, 1, 1), dt.date(year, 12, 31))
        o = books.opening
        paid = sum(capital.values())
        lines = [_line(CASH, o.cash), _line(BANK, o.bank + paid), _line(EQUIPMENT, o.equipment),
                 _line(DEPRECIATION_ACC, -o.depreciated),
                 _line(ROLE["royalties_payable"], -o.royalties),
                 _line(ROLE["reserve"], -o.reserve), _line(ROLE["retained"], -o.retained)]
        lines += [LineInput(ROLE["share_capital"], credit=pesos(amount), member=number)
                  for number, amount in sorted(capital.items()) if amount > 0]
        ledger.post_opening(t, books.years[0], tuple(lines), uid=f"opening:{books.years[0]}")

    def __call__(self, op: Op) -> None:
        t = self.treasurer
        if isinstance(op, LotOp):
            self.lots[op.key] = production.record_lot(self.secretary, production.LotInput(
                op.date, op.grams, op.fineness, op.member.who.number if op.member else None,
                op.group, op.miners, op.days, op.site, note=op.note))
        elif isinstance(op, BuyOp):
            production.buy(t, production.PurchaseInput(
                op.date, op.member.who.number, op.price,
                self.lots[op.lot] if op.lot is not None else None, op.grams, op.fineness,
                op.place, op.uid))
        elif isinstance(op, SellOp):
            production.sell(t, production.SaleInput(
                op.date, op.buyer, tuple((self.lots[k], g) for k, g in op.lots), op.price,
                op.premium, op.reference, op.place, op.uid))
        elif isinstance(op, CashOp):
            attachment = None
            if op.receipt is not None:
                attachment = (f"factura-{op.date:%Y%m%d}-{op.kind}.jpg",
                              receipt_jpeg(op.receipt))
            ref = cashbook.record(t, cashbook.CashInput(
                op.kind, op.date, pesos(op.amount), op.description, op.place,
                op.member.who.number if op.member else None, op.account, op.reference,
                attachment, op.uid))
            if op.tag:
                self.refs[op.tag] = ref
        elif isinstance(op, JournalOp):
            ref = ledger.post_entry(t, EntryInput(
                op.date, op.description, tuple(_line(c, d) for c, d in op.lines),
                op.reference, op.uid))
            if op.tag:
                self.refs[op.tag] = ref
        elif isinstance(op, ReverseOp):
            ref = self.refs[op.tag]
            ledger.reverse_entry(t, ref.year, ref.number, op.date, op.reason)
        elif isinstance(op, ClosePeriodOp):
            ledger.close_period(t, op.year, op.month)
        else:
            ledger.close_year(t, op.year)
