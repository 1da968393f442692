"""Tables of production and sales.

Weights are whole milligrams and fineness is in tenths of a part per thousand (999.9 ‰ is
9999), so both stay exact integers like money.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.core.models import Base
from coopdesk.core.money import MinorUnits


class ProductionLot(Base):
    """What a member, or a work group of several miners, produced on one day at one site."""

    __tablename__ = "production_lot"
    __table_args__ = (CheckConstraint("milligrams > 0 AND miners > 0 AND days > 0",
                                      name="positive"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    work_group: Mapped[str | None] = mapped_column(String(100))
    miners: Mapped[int] = mapped_column(Integer, default=1)
    days: Mapped[int] = mapped_column(Integer, default=1)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    mineral: Mapped[str] = mapped_column(String(20))  # gold, silver, diamond, coltan...
    milligrams: Mapped[int] = mapped_column(BigInteger)
    fineness: Mapped[int] = mapped_column(Integer)  # tenths of a part per thousand
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Purchase(Base):
    """The cooperative buys a lot (or part of one) from a member and pays them."""

    __tablename__ = "gold_purchase"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("production_lot.id"), unique=True)
    milligrams: Mapped[int] = mapped_column(BigInteger)
    fineness: Mapped[int] = mapped_column(Integer)
    price_per_gram: Mapped[int] = mapped_column(MinorUnits)  # per gram of fine metal
    amount: Mapped[int] = mapped_column(MinorUnits)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Sale(Base):
    """A sale to a buyer: the metal's price and, apart, the Fairmined premium."""

    __tablename__ = "gold_sale"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    buyer: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str | None] = mapped_column(String(100))
    mineral: Mapped[str] = mapped_column(String(20))
    milligrams: Mapped[int] = mapped_column(BigInteger)
    fineness: Mapped[int] = mapped_column(Integer)  # weighted over the lots
    price_per_gram: Mapped[int] = mapped_column(MinorUnits)
    amount: Mapped[int] = mapped_column(MinorUnits)
    premium: Mapped[int] = mapped_column(MinorUnits)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SaleLot(Base):
    """How much of a production lot went into a sale."""

    __tablename__ = "gold_sale_lot"
    __table_args__ = (CheckConstraint("milligrams > 0", name="positive"),)
    sale_id: Mapped[int] = mapped_column(ForeignKey("gold_sale.id"), primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("production_lot.id"), primary_key=True,
                                        index=True)
    milligrams: Mapped[int] = mapped_column(BigInteger)
