"""Tables of the bank: accounts tied to the ledger, imported statements and their lines, the
matches between statement lines and journal lines, the rules, and the reconciliations.

A statement line is the bank's word and is never edited. A match links one or more statement
lines (``bank_line.match_id``) to one or more journal lines (``bank_match_book``); a journal line
is in at most one match. A finished reconciliation stamps the matches it proved
(``bank_match.reconciliation_id``): they cannot be undone until it is reopened, which is audited.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.core.models import Base
from coopdesk.core.money import MinorUnits


class BankMapping(Base):
    """How one bank's CSV or Excel export is read (a :class:`formats.Mapping` as JSON)."""

    __tablename__ = "bank_mapping"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    spec: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BankAccount(Base):
    """A bank or mobile-money account; its money lives in one ledger account."""

    __tablename__ = "bank_account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # bank, mobile_money
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), unique=True)
    institution: Mapped[str | None] = mapped_column(String(100))
    number: Mapped[str | None] = mapped_column(String(60))  # account number, IBAN, phone
    currency: Mapped[str] = mapped_column(String(3))
    mapping_id: Mapped[int | None] = mapped_column(ForeignKey("bank_mapping.id"))
    # Book lines dated before this day (and opening balances) were agreed before coopdesk
    # kept the statements: they are never outstanding. None: the first imported line's date.
    since: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BankImport(Base):
    """One file read into one account: what it was and what it brought."""

    __tablename__ = "bank_import"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_account_id: Mapped[int] = mapped_column(ForeignKey("bank_account.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(10))
    mapping: Mapped[str | None] = mapped_column(String(100))
    lines_new: Mapped[int] = mapped_column(Integer)
    lines_known: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BankStatement(Base):
    """One statement of a file, with the balances the bank stated (when it did)."""

    __tablename__ = "bank_statement"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_account_id: Mapped[int] = mapped_column(ForeignKey("bank_account.id"), index=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("bank_import.id"), index=True)
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    opening: Mapped[int | None] = mapped_column(MinorUnits)
    closing: Mapped[int | None] = mapped_column(MinorUnits)
    lines: Mapped[int] = mapped_column(Integer)


class BankMatch(Base):
    """Statement line(s) and journal line(s) that are the same money. ``kind``: auto (the
    matcher), manual (the treasurer), entry (an entry made from the line, by hand or rule)."""

    __tablename__ = "bank_match"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_account_id: Mapped[int] = mapped_column(ForeignKey("bank_account.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    score: Mapped[int | None] = mapped_column(Integer)  # per mille, for automatic matches
    rule_id: Mapped[int | None] = mapped_column(Integer)
    reconciliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_reconciliation.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BankLineRow(Base):
    """One movement of a statement, as the bank sent it; amounts + into the account."""

    __tablename__ = "bank_line"
    __table_args__ = (UniqueConstraint("bank_account_id", "fingerprint"),
                      Index("ix_bank_line_account_date", "bank_account_id", "date"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_account_id: Mapped[int] = mapped_column(ForeignKey("bank_account.id"))
    statement_id: Mapped[int] = mapped_column(ForeignKey("bank_statement.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    value_date: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(MinorUnits)
    description: Mapped[str] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(100))
    bank_id: Mapped[str | None] = mapped_column(String(100))
    counterparty: Mapped[str | None] = mapped_column(String(200))
    balance: Mapped[int | None] = mapped_column(MinorUnits)
    fingerprint: Mapped[str] = mapped_column(String(80))
    source_line: Mapped[int | None] = mapped_column(Integer)
    match_id: Mapped[int | None] = mapped_column(ForeignKey("bank_match.id"), index=True)


class BankMatchBook(Base):
    """The journal lines of a match; a journal line is in one match at most."""

    __tablename__ = "bank_match_book"
    journal_line_id: Mapped[int] = mapped_column(ForeignKey("journal_line.id"),
                                                 primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("bank_match.id", ondelete="CASCADE"),
                                          index=True)


class BankRejection(Base):
    """A pairing the treasurer said is wrong: the matcher never proposes it again."""

    __tablename__ = "bank_rejection"
    __table_args__ = (UniqueConstraint("bank_key", "book_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_account_id: Mapped[int] = mapped_column(ForeignKey("bank_account.id"), index=True)
    bank_key: Mapped[str] = mapped_column(String(200))  # statement line ids, sorted, comma
    book_key: Mapped[str] = mapped_column(String(200))  # journal line ids, sorted, comma
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BankRule(Base):
    """Statement lines the books lack (charges, interest, fees) -> the entry to make."""

    __tablename__ = "bank_rule"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    text_contains: Mapped[str | None] = mapped_column(String(200))
    regex: Mapped[str | None] = mapped_column(String(200))
    min_amount: Mapped[int | None] = mapped_column(MinorUnits)
    max_amount: Mapped[int | None] = mapped_column(MinorUnits)
    bank_account_id: Mapped[int | None] = mapped_column(ForeignKey("bank_account.id"))
    target_account: Mapped[str] = mapped_column(String(20))
    member_number: Mapped[int | None] = mapped_column(Integer)
    fee_split: Mapped[str | None] = mapped_column(String(12))  # a Decimal share, "0.015"
    fee_account: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Reconciliation(Base):
    """The proof, at a statement date, that the books and the bank agree; ``detail`` keeps the
    outstanding items as they were (JSON), so a past reconciliation reads as it was made."""

    __tablename__ = "bank_reconciliation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_account_id: Mapped[int] = mapped_column(ForeignKey("bank_account.id"), index=True)
    statement_date: Mapped[dt.date] = mapped_column(Date)
    bank_balance: Mapped[int] = mapped_column(MinorUnits)
    book_balance: Mapped[int] = mapped_column(MinorUnits)
    outstanding_deposits: Mapped[int] = mapped_column(MinorUnits)
    outstanding_payments: Mapped[int] = mapped_column(MinorUnits)
    detail: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))  # done, reopened
    done_by: Mapped[str] = mapped_column(String(64))
    done_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reopened_by: Mapped[str | None] = mapped_column(String(64))
    reopened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reopen_reason: Mapped[str | None] = mapped_column(Text)
