"""Tables of benefit sharing: the policies, each distribution run with its funds and members'
lines, the payouts, and the Fairmined premium use plans."""

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


class SharingPolicy(Base):
    """The bylaws' sharing rules, kept as a small JSON document (see allocation.Policy)."""

    __tablename__ = "sharing_policy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    spec: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Distribution(Base):
    """One run: an amount, the policy it follows (copied, so a later edit changes nothing),
    and its way from draft to approved, posted and paid out."""

    __tablename__ = "distribution"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))  # surplus, premium, decided
    year: Mapped[str | None] = mapped_column(String(20))  # the fiscal year of a surplus
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(MinorUnits)
    source_account: Mapped[str] = mapped_column(String(20))
    payable_account: Mapped[str] = mapped_column(String(20))
    policy_name: Mapped[str] = mapped_column(String(100))
    policy: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # draft, approved, posted, reversed
    computed: Mapped[str | None] = mapped_column(Text)  # parts, totals, denominator (JSON)
    shared: Mapped[int] = mapped_column(MinorUnits, default=0)
    residue: Mapped[int] = mapped_column(MinorUnits, default=0)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    resolution_ref: Mapped[str | None] = mapped_column(String(100))
    resolution_id: Mapped[int | None] = mapped_column(Integer)  # a meeting's resolution, later
    approved_by: Mapped[str | None] = mapped_column(String(64))
    posted_on: Mapped[dt.date | None] = mapped_column(Date)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    reversal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class DistributionStep(Base):
    __tablename__ = "distribution_step"
    __table_args__ = (UniqueConstraint("distribution_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    distribution_id: Mapped[int] = mapped_column(
        ForeignKey("distribution.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    account: Mapped[str] = mapped_column(String(20))
    percent: Mapped[str] = mapped_column(String(20))
    exact: Mapped[str] = mapped_column(String(100))  # a fraction, "p/q"
    amount: Mapped[int] = mapped_column(MinorUnits)
    capped: Mapped[bool] = mapped_column(Boolean, default=False)


class DistributionLine(Base):
    """A member's part: their values on each basis, their exact share, what they receive, and
    to whom it is paid (the nominated successor of a deceased member)."""

    __tablename__ = "distribution_line"
    __table_args__ = (UniqueConstraint("distribution_id", "member_number"),
                      Index("ix_distribution_line_member", "member_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    distribution_id: Mapped[int] = mapped_column(
        ForeignKey("distribution.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    member_number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(16))
    active_days: Mapped[int] = mapped_column(Integer)
    values: Mapped[str] = mapped_column(Text)  # {"grams": 123, ...} (JSON)
    excluded: Mapped[str | None] = mapped_column(String(200))
    numerator: Mapped[str] = mapped_column(String(80))  # big integer, as text
    amount: Mapped[int] = mapped_column(MinorUnits)
    extra_unit: Mapped[bool] = mapped_column(Boolean, default=False)
    payee: Mapped[str | None] = mapped_column(String(200))
    payout_method: Mapped[str] = mapped_column(String(16))
    payout_id: Mapped[int | None] = mapped_column(ForeignKey("distribution_payout.id"))


class Payout(Base):
    """Members paid at one sitting (or one transfer batch), and the entry that records it."""

    __tablename__ = "distribution_payout"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("distribution.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    via: Mapped[str] = mapped_column(String(16))  # cash, bank, mobile_money
    count: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(MinorUnits)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"))
    reversal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PremiumPlan(Base):
    """A Fairmined premium use plan the assembly approved: planned uses with their budgets."""

    __tablename__ = "premium_plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    resolution_ref: Mapped[str | None] = mapped_column(String(100))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PremiumUse(Base):
    __tablename__ = "premium_use"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("premium_plan.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    budget: Mapped[int] = mapped_column(MinorUnits)


class PremiumSpend(Base):
    """A posted journal entry, or part of it, tagged as spending on a planned use."""

    __tablename__ = "premium_spend"
    __table_args__ = (UniqueConstraint("use_id", "entry_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    use_id: Mapped[int] = mapped_column(ForeignKey("premium_use.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    amount: Mapped[int] = mapped_column(MinorUnits)
    note: Mapped[str | None] = mapped_column(Text)
    tagged_by: Mapped[str] = mapped_column(String(64))
    tagged_at: Mapped[dt.datetime] = mapped_column(DateTime)
