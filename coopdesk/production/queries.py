"""Read side of production and sales: what was produced, bought and sold in a period, and how
much gold each miner brought out a day (the Fairmined Standard's limit for artisanal mining);
and the "production-sales" report, which this module adds to the books' reports on import.

Sums are made by the database; weights stay exact (milligrams, tenths of per mille) until they
become ``Decimal`` grams here. Purchases and sales whose entry was reversed do not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import Select, case, func, select

from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import JournalEntry
from coopdesk.ledger.reports import ReportContext, ReportSpec, register
from coopdesk.members.models import Member, Site
from coopdesk.production.models import ProductionLot, Purchase, Sale, SaleLot
from coopdesk.reports.document import Cell, Column, Heading, Kind, Paragraph, Table

# Grams of gold a miner may bring out a day and still count as artisanal and small-scale under
# the Fairmined Standard; producers above it are flagged for a closer look.
FAIRMINED_DAILY_LIMIT_G = Decimal(4)
_LIMIT_MG = int(FAIRMINED_DAILY_LIMIT_G * 1000)
MILLIGRAM = Decimal("0.001")
ZERO = Decimal(0)


def grams(mg: int) -> Decimal:
    """Milligrams as exact grams."""
    return Decimal(int(mg)).scaleb(-3)


def fine(mg_x_fineness: int) -> Decimal:
    """Milligrams times fineness (tenths of per mille) as grams of pure metal, to the mg."""
    return Decimal(int(mg_x_fineness)).scaleb(-7).quantize(MILLIGRAM, ROUND_HALF_EVEN)


@dataclass(frozen=True)
class ProductionLine:
    """What one member or work group produced at one site, of one mineral."""

    producer: str
    member: int | None
    work_group: str | None
    site: str | None
    mineral: str
    lots: int
    grams: Decimal
    fine_grams: Decimal


@dataclass(frozen=True)
class PurchaseLine:
    """What the cooperative bought from one member."""

    member: int
    name: str
    purchases: int
    grams: Decimal
    fine_grams: Decimal
    amount: Decimal


@dataclass(frozen=True)
class SaleLine:
    number: int
    date: dt.date
    buyer: str
    mineral: str
    grams: Decimal
    fineness: Decimal  # parts per thousand
    fine_grams: Decimal
    amount: Decimal
    premium: Decimal  # the Fairmined premium, apart from the price
    lots: tuple[tuple[int, Decimal], ...]  # (lot number, grams taken from it)


@dataclass(frozen=True)
class ProductivityLine:
    """Grams per miner per day of one member or work group: total grams over total
    miner-days of its lots; ``lots_above`` counts lots above the limit on their own."""

    producer: str
    member: int | None
    work_group: str | None
    lots: int
    miner_days: int
    grams: Decimal
    per_miner_day: Decimal
    lots_above: int

    @property
    def above(self) -> bool:
        return self.per_miner_day > FAIRMINED_DAILY_LIMIT_G


@dataclass(frozen=True)
class ProductionSummary:
    lots: int
    grams: Decimal
    fine_grams: Decimal
    purchases: int
    purchased_grams: Decimal
    purchase_amount: Decimal
    sales: int
    sold_grams: Decimal
    sales_amount: Decimal
    premium: Decimal


def _currency(uow: UnitOfWork) -> str:
    with uow.read() as s:
        return s.get_one(Cooperative, 1).currency


def _reversed() -> Select[int | None]:
    return select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None),
                                                  JournalEntry.status == "posted")


def _producer(number: int | None, first: str | None, last: str | None,
              group: str | None) -> str:
    if number is not None:
        return f"{number:04d} {first} {last}"
    return group or ""


def production(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[ProductionLine]:
    """Lots, grams and fine grams per member or work group, site and mineral."""
    lot = ProductionLot
    stmt = (select(Member.number, Member.first_names, Member.last_names, lot.work_group,
                   Site.name, lot.mineral, func.count(lot.id), func.sum(lot.milligrams),
                   func.sum(lot.milligrams * lot.fineness))
            .outerjoin(Member, Member.id == lot.member_id)
            .outerjoin(Site, Site.id == lot.site_id)
            .where(lot.date >= start, lot.date <= end)
            .group_by(Member.number, Member.first_names, Member.last_names, lot.work_group,
                      Site.name, lot.mineral))
    with uow.read() as s:
        out = [ProductionLine(_producer(n, f, la, g), n, g, site, mineral, int(count),
                              grams(int(mg or 0)), fine(int(fm or 0)))
               for n, f, la, g, site, mineral, count, mg, fm in s.execute(stmt)]
    return sorted(out, key=lambda p: (p.member is None, p.member or 0, p.work_group or "",
                                      p.site or "", p.mineral))


def purchases(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[PurchaseLine]:
    """Purchases from members in the period, per member."""
    cur = _currency(uow)
    p = Purchase
    stmt = (select(Member.number, Member.first_names, Member.last_names, func.count(p.id),
                   func.sum(p.milligrams), func.sum(p.milligrams * p.fineness),
                   func.sum(p.amount))
            .join(Member, Member.id == p.member_id)
            .where(p.date >= start, p.date <= end, ~p.entry_id.in_(_reversed()))
            .group_by(Member.number, Member.first_names, Member.last_names)
            .order_by(Member.number))
    with uow.read() as s:
        return [PurchaseLine(n, f"{f} {la}", int(count), grams(int(mg or 0)),
                             fine(int(fm or 0)), from_minor(int(amount or 0), cur))
                for n, f, la, count, mg, fm, amount in s.execute(stmt)]


def sales(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[SaleLine]:
    """Sales in the period, each with its premium apart and the lots it came from."""
    cur = _currency(uow)
    with uow.read() as s:
        rows = list(s.execute(select(Sale).where(
            Sale.date >= start, Sale.date <= end, ~Sale.entry_id.in_(_reversed()))
            .order_by(Sale.date, Sale.number)).scalars())
        lots: dict[int, list[tuple[int, Decimal]]] = {}
        fines: dict[int, int] = {}  # exact, from the lots (the sale's fineness is rounded)
        if rows:
            for sid, number, mg, fineness in s.execute(
                    select(SaleLot.sale_id, ProductionLot.number, SaleLot.milligrams,
                           ProductionLot.fineness)
                    .join(ProductionLot, ProductionLot.id == SaleLot.lot_id)
                    .join(Sale, Sale.id == SaleLot.sale_id)
                    .where(Sale.date >= start, Sale.date <= end)
                    .order_by(SaleLot.sale_id, ProductionLot.number)):
                lots.setdefault(sid, []).append((number, grams(mg)))
                fines[sid] = fines.get(sid, 0) + mg * fineness
        return [SaleLine(r.number, r.date, r.buyer, r.mineral, grams(r.milligrams),
                         Decimal(r.fineness).scaleb(-1),
                         fine(fines.get(r.id, r.milligrams * r.fineness)),
                         from_minor(r.amount, cur), from_minor(r.premium, cur),
                         tuple(lots.get(r.id, ()))) for r in rows]


def productivity(uow: UnitOfWork, start: dt.date, end: dt.date,
                 mineral: str = "gold") -> list[ProductivityLine]:
    """Grams per miner per day of each member and work group, highest first."""
    lot = ProductionLot
    miner_days = lot.miners * lot.days
    stmt = (select(Member.number, Member.first_names, Member.last_names, lot.work_group,
                   func.count(lot.id), func.sum(miner_days), func.sum(lot.milligrams),
                   func.sum(case((lot.milligrams > _LIMIT_MG * miner_days, 1), else_=0)))
            .outerjoin(Member, Member.id == lot.member_id)
            .where(lot.date >= start, lot.date <= end, lot.mineral == mineral)
            .group_by(Member.number, Member.first_names, Member.last_names, lot.work_group))
    out = []
    with uow.read() as s:
        for n, f, la, g, count, md, mg, above in s.execute(stmt):
            md, mg = int(md or 0), int(mg or 0)
            rate = (Decimal(mg) / md / 1000).quantize(MILLIGRAM) if md else Decimal(0)
            out.append(ProductivityLine(_producer(n, f, la, g), n, g, int(count), md,
                                        grams(mg), rate, int(above or 0)))
    return sorted(out, key=lambda p: (-p.per_miner_day, p.producer))


def summary(uow: UnitOfWork, start: dt.date, end: dt.date) -> ProductionSummary:
    """The period in a few figures: produced, bought, sold."""
    made = production(uow, start, end)
    bought = purchases(uow, start, end)
    sold = sales(uow, start, end)
    return ProductionSummary(
        sum(p.lots for p in made), sum((p.grams for p in made), ZERO),
        sum((p.fine_grams for p in made), ZERO),
        sum(p.purchases for p in bought), sum((p.grams for p in bought), ZERO),
        sum((p.amount for p in bought), ZERO),
        len(sold), sum((x.grams for x in sold), ZERO),
        sum((x.amount for x in sold), ZERO), sum((x.premium for x in sold), ZERO))


# ---- the production and sales report (registered with the books' reports) ---------------------

def _g(title: str, total: bool = True, width: float = 1.0) -> Column:
    return Column(title, Kind.DECIMAL, width, total)


def _m(title: str, total: bool = False) -> Column:
    return Column(title, Kind.MONEY, 1.1, total)


def production_sales_report(c: ReportContext) -> None:
    """Production, purchases, sales and grams per miner-day, beside the previous period."""
    from coopdesk.production.services import MINERALS  # services may come to import us

    def mineral(key: str) -> str:
        return _(MINERALS[key]) if key in MINERALS else key

    periods = [(_("This period"), c.start, c.end)]
    if c.prev:
        periods.append((_("Previous period"), *c.prev))
    c.doc.add(Heading(_("Summary"), 2), Table(
        [Column(_("Period"), Kind.TEXT, 1.3), Column(_("Lots"), Kind.INT, 0.6),
         _g(_("Grams produced"), False), _g(_("Fine grams"), False),
         _g(_("Grams bought"), False), _m(_("Paid to members")), _g(_("Grams sold"), False),
         _m(_("Sales")), _m(_("Premium"))],
        [[label, s.lots, s.grams, s.fine_grams, s.purchased_grams, s.purchase_amount,
          s.sold_grams, s.sales_amount, s.premium]
         for label, a, b in periods for s in [summary(c.uow, a, b)]]))

    now = production(c.uow, c.start, c.end)
    old = {(p.member, p.work_group, p.site, p.mineral): p
           for p in (production(c.uow, *c.prev) if c.prev else [])}
    cols = [Column(_("Member or work group"), Kind.TEXT, 2.2), Column(_("Site"), Kind.TEXT, 1.3),
            Column(_("Mineral"), Kind.TEXT, 0.8), Column(_("Lots"), Kind.INT, 0.6, True),
            _g(_("Grams")), _g(_("Fine grams"))]
    if c.prev:
        cols += [_g(_("Grams, previous period")), _g(_("Fine grams, previous period"))]
    rows: list[list[Cell]] = []
    keys = {(p.member, p.work_group, p.site, p.mineral): p for p in now}
    for key in sorted(set(keys) | set(old), key=lambda k: (k[0] is None, k[0] or 0,
                                                           k[1] or "", k[2] or "", k[3])):
        p, q = keys.get(key), old.get(key)
        head = p or q
        assert head is not None
        row: list[Cell] = [head.producer, head.site, mineral(head.mineral),
                           p.lots if p else 0, p.grams if p else ZERO,
                           p.fine_grams if p else ZERO]
        if c.prev:
            row += [q.grams if q else ZERO, q.fine_grams if q else ZERO]
        rows.append(row)
    c.doc.add(Heading(_("Production"), 2), Table(cols, rows, sheet=_("Production")))

    c.doc.add(Heading(_("Purchases from members"), 2), Table(
        [Column(_("Member"), Kind.TEXT, 2.2), Column(_("Purchases"), Kind.INT, 0.7, True),
         _g(_("Grams")), _g(_("Fine grams")), _m(_("Amount"), True)],
        [[f"{p.member:04d} {p.name}", p.purchases, p.grams, p.fine_grams, p.amount]
         for p in purchases(c.uow, c.start, c.end)], sheet=_("Purchases")))

    def lots(parts: Sequence[tuple[int, Decimal]]) -> str:
        return ", ".join(f"{n}: {c.fmt.text(Kind.DECIMAL, g)} g" for n, g in parts)

    c.doc.add(Heading(_("Sales"), 2), Table(
        [Column(_("No."), Kind.INT, 0.5), Column(_("Date"), Kind.DATE, 0.9),
         Column(_("Buyer"), Kind.TEXT, 1.6), Column(_("Mineral"), Kind.TEXT, 0.8),
         _g(_("Grams")), _g(_("Fineness (‰)"), False, 0.8), _g(_("Fine grams")),
         _m(_("Amount"), True), _m(_("Premium"), True), Column(_("Lots"), Kind.TEXT, 2.0)],
        [[x.number, x.date, x.buyer, mineral(x.mineral), x.grams, x.fineness, x.fine_grams,
          x.amount, x.premium, lots(x.lots)] for x in sales(c.uow, c.start, c.end)],
        sheet=_("Sales")))

    limit = FAIRMINED_DAILY_LIMIT_G
    c.doc.add(Heading(_("Gold per miner per day"), 2), Paragraph(_(
        "Under the Fairmined Standard an artisanal miner brings out at most {limit} g of gold "
        "a day. Each producer's grams are divided by the miners and days of its lots; those "
        "above the limit are flagged.", limit=limit)), Table(
        [Column(_("Member or work group"), Kind.TEXT, 2.2), Column(_("Lots"), Kind.INT, 0.6),
         Column(_("Miner-days"), Kind.INT, 0.8), _g(_("Grams"), False),
         _g(_("Grams per miner per day"), False), Column(_("Lots above"), Kind.INT, 0.7),
         Column(_("Flag"), Kind.TEXT, 1.2)],
        [[p.producer, p.lots, p.miner_days, p.grams, p.per_miner_day, p.lots_above,
          _("Above {limit} g", limit=limit) if p.above else ""]
         for p in productivity(c.uow, c.start, c.end)], sheet=_("Per miner-day")))


REPORT = ReportSpec("production-sales", N_("Production and sales"), landscape=True)
register(REPORT, production_sales_report)
