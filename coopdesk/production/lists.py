"""Single lots and purchases, for the production page and its forms (totals and the report
are in :mod:`coopdesk.production.queries`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select

from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import JournalEntry
from coopdesk.members.models import Member, Site
from coopdesk.production import services
from coopdesk.production.models import ProductionLot, Purchase, Sale, SaleLot


@dataclass(frozen=True)
class LotRow:
    number: int
    date: dt.date
    member: int | None
    producer: str  # "0012 Rosa Quispe" or the work group's name
    site: str | None
    mineral: str
    miners: int
    days: int
    milligrams: int
    fineness_units: int  # tenths of per mille
    sold_mg: int
    purchase: int | None  # the purchase that bought it from its member

    @property
    def grams(self) -> Decimal:
        return Decimal(self.milligrams).scaleb(-3)

    @property
    def fineness(self) -> Decimal:
        return Decimal(self.fineness_units).scaleb(-1)

    @property
    def fine_grams(self) -> Decimal:
        return services.fine_grams(self.milligrams, self.fineness_units)

    @property
    def sold(self) -> Decimal:
        return Decimal(self.sold_mg).scaleb(-3)

    @property
    def left(self) -> Decimal:
        return Decimal(self.milligrams - self.sold_mg).scaleb(-3)

    @property
    def per_miner_day(self) -> Decimal:
        return (self.grams / (self.miners * self.days)).quantize(Decimal("0.001"))


@dataclass(frozen=True)
class PurchaseRow:
    number: int
    date: dt.date
    member: int
    name: str
    lot: int | None
    grams: Decimal
    fineness: Decimal
    fine_grams: Decimal
    price_per_gram: Decimal
    amount: Decimal
    reversed: bool


def _reversed() -> Select[Any]:
    return select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))


def lot_rows(uow: UnitOfWork, start: dt.date | None = None, end: dt.date | None = None, *,
             member: int | None = None, mineral: str | None = None, open_only: bool = False,
             unbought: bool = False, numbers: Sequence[int] | None = None) -> list[LotRow]:
    """Single lots in date order, each with the grams sold from it (sales not reversed)."""
    lot = ProductionLot
    sold = (select(SaleLot.lot_id, func.sum(SaleLot.milligrams).label("mg"))
            .join(Sale, Sale.id == SaleLot.sale_id)
            .where(~Sale.entry_id.in_(_reversed()))
            .group_by(SaleLot.lot_id).subquery())
    bought = (select(Purchase.lot_id, Purchase.number)
              .where(Purchase.lot_id.is_not(None), ~Purchase.entry_id.in_(_reversed()))
              .subquery())
    sold_mg = func.coalesce(sold.c.mg, 0)
    stmt = (select(lot.number, lot.date, Member.number, Member.first_names, Member.last_names,
                   lot.work_group, Site.name, lot.mineral, lot.miners, lot.days, lot.milligrams,
                   lot.fineness, sold_mg, bought.c.number)
            .outerjoin(Member, Member.id == lot.member_id)
            .outerjoin(Site, Site.id == lot.site_id)
            .outerjoin(sold, sold.c.lot_id == lot.id)
            .outerjoin(bought, bought.c.lot_id == lot.id)
            .order_by(lot.date, lot.number))
    if start is not None:
        stmt = stmt.where(lot.date >= start)
    if end is not None:
        stmt = stmt.where(lot.date <= end)
    if member is not None:
        stmt = stmt.where(Member.number == member)
    if mineral is not None:
        stmt = stmt.where(lot.mineral == mineral)
    if open_only:
        stmt = stmt.where(lot.milligrams > sold_mg)
    if unbought:
        stmt = stmt.where(bought.c.number.is_(None))
    if numbers is not None:
        stmt = stmt.where(lot.number.in_(list(numbers)))
    with uow.read() as s:
        return [LotRow(n, d, m, f"{m:04d} {first} {last}" if m is not None else group or "",
                       site, mineral_, miners, days, int(mg), int(fineness), int(sold_ or 0),
                       purchase)
                for (n, d, m, first, last, group, site, mineral_, miners, days, mg, fineness,
                     sold_, purchase) in s.execute(stmt)]


def purchase_rows(uow: UnitOfWork, start: dt.date, end: dt.date) -> list[PurchaseRow]:
    """Single purchases in date order; a reversed one is kept and marked."""
    p = Purchase
    with uow.read() as s:
        cur = s.get_one(Cooperative, 1).currency
        reversed_ids = set(s.scalars(_reversed()))
        stmt = (select(p, Member.number, Member.first_names, Member.last_names,
                       ProductionLot.number)
                .join(Member, Member.id == p.member_id)
                .outerjoin(ProductionLot, ProductionLot.id == p.lot_id)
                .where(p.date >= start, p.date <= end).order_by(p.date, p.number))
        return [PurchaseRow(r.number, r.date, n, f"{first} {last}", lot,
                            Decimal(r.milligrams).scaleb(-3), Decimal(r.fineness).scaleb(-1),
                            services.fine_grams(r.milligrams, r.fineness),
                            from_minor(r.price_per_gram, cur), from_minor(r.amount, cur),
                            r.entry_id in reversed_ids)
                for r, n, first, last, lot in s.execute(stmt)]

