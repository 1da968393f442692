"""Tables of the member register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.core.models import Base
from coopdesk.core.money import MinorUnits


class Site(Base):
    """A mining site: where members work, with its title or licence."""

    __tablename__ = "site"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    latitude: Mapped[float | None] = mapped_column(Numeric(9, 6, asdecimal=False))
    longitude: Mapped[float | None] = mapped_column(Numeric(9, 6, asdecimal=False))
    title_ref: Mapped[str | None] = mapped_column(String(100))
    mineral: Mapped[str | None] = mapped_column(String(50))


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_last_first", "last_names", "first_names"),
        Index("ix_member_status", "status"),
        # Covering index for the register's filter: scanned in number order, never the table.
        Index("ix_member_number_search", "number", "search_text"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    first_names: Mapped[str] = mapped_column(String(200))
    last_names: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))  # F, M
    birth_date: Mapped[dt.date] = mapped_column(Date)
    national_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    miner_card_no: Mapped[str | None] = mapped_column(String(64))
    miner_card_expiry: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(32))
    locality: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    join_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    status_date: Mapped[dt.date] = mapped_column(Date)
    successor_name: Mapped[str | None] = mapped_column(String(200))
    successor_relation: Mapped[str | None] = mapped_column(String(100))
    successor_phone: Mapped[str | None] = mapped_column(String(32))
    payout_method: Mapped[str] = mapped_column(String(16), default="cash")
    payout_account: Mapped[str | None] = mapped_column(String(100))
    payout_provider: Mapped[str | None] = mapped_column(String(100))
    consents: Mapped[str] = mapped_column(String(200), default="")  # comma-separated kinds
    last_verified: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # Lower-case, accent-free names, number, IDs, phone and locality: what the filter searches.
    search_text: Mapped[str] = mapped_column(Text, default="")
    sites: Mapped[list[MemberSite]] = relationship(cascade="all, delete-orphan",
                                                   lazy="selectin")


class MemberSite(Base):
    __tablename__ = "member_site"
    __table_args__ = (UniqueConstraint("member_id", "site_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)


class MemberPhoto(Base):
    """Photos apart from the member row, so the register's table stays light."""

    __tablename__ = "member_photo"
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"),
                                           primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)
    mime: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))


class StatusChange(Base):
    __tablename__ = "member_status_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"),
                                           index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Census(Base):
    """A periodic re-registration: members seen and verified in it."""

    __tablename__ = "census"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    started: Mapped[dt.date] = mapped_column(Date)


class CensusVerification(Base):
    __tablename__ = "census_verification"
    __table_args__ = (UniqueConstraint("census_id", "member_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    census_id: Mapped[int] = mapped_column(ForeignKey("census.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"),
                                           index=True)
    verified_on: Mapped[dt.date] = mapped_column(Date)
    verified_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)


class ShareOperation(Base):
    """One numbered line of the share capital register. Never changed; a mistake is undone
    by a reversing operation that names the one it reverses."""

    __tablename__ = "share_operation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))  # subscription, payment, transfer, refund
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    counterparty_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    shares: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[int] = mapped_column(MinorUnits)
    reference: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("share_operation.id"),
                                                    unique=True)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportBatch(Base):
    """A file imported into the register, remembered by its content hash."""

    __tablename__ = "member_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
