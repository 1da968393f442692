"""Tables of the books: accounts, fiscal years and periods, journal entries and their lines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.core.models import Base
from coopdesk.core.money import MinorUnits


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(12))  # asset liability equity income expense
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    postable: Mapped[bool] = mapped_column(Boolean, default=True)
    # share_capital / member_payable / member_loan: every posting names a member
    member_ledger: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AccountRole(Base):
    """Which account the cash book, the share register and production post to for a purpose
    (cash, bank, gold_sales, premium...). Several purposes may share one account."""

    __tablename__ = "account_role"
    role: Mapped[str] = mapped_column(String(30), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))


class FiscalYear(Base):
    __tablename__ = "fiscal_year"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class Period(Base):
    __tablename__ = "period"
    __table_args__ = (UniqueConstraint("year_id", "start"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class JournalEntry(Base):
    """A draft until posted; posted entries are never changed (reversal only, linked both
    ways). ``uid`` is made by the client, so a retried post never posts twice."""

    __tablename__ = "journal_entry"
    __table_args__ = (UniqueConstraint("year_id", "number"),
                      Index("ix_journal_entry_date", "date"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"))
    number: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10))  # draft, posted
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"),
                                                    unique=True)
    # where the entry comes from: opening, closing, shares, cash, purchase, sale, import
    source: Mapped[str | None] = mapped_column(String(20), index=True)
    source_ref: Mapped[str | None] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    posted_by: Mapped[str | None] = mapped_column(String(64))
    posted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lines: Mapped[list[JournalLine]] = relationship(
        cascade="all, delete-orphan", order_by="JournalLine.line_no", lazy="selectin")


class JournalLine(Base):
    __tablename__ = "journal_line"
    __table_args__ = (
        CheckConstraint("debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0)",
                        name="one_side"),
        # Covering: the balances (trial balance, balance sheet, ledgers' openings) sum an
        # account's postings from this index alone, without reading the table's rows.
        Index("ix_journal_line_account_amounts", "account_id", "entry_id", "debit", "credit"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"),
                                          index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    debit: Mapped[int] = mapped_column(MinorUnits, default=0)
    credit: Mapped[int] = mapped_column(MinorUnits, default=0)
    memo: Mapped[str | None] = mapped_column(Text)


class Attachment(Base):
    """A scanned receipt or invoice (image or PDF) kept with the entry it supports."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
