"""Tables of plans and the formalisation path.

- The business plan: its written sections (Markdown), its yearly assumptions (production and
  price), its costs by account group, its investment programme and how each is funded.
- The action plan: activities with a responsible member, dates, budget, indicator, status and
  progress (each progress report kept), and the journal lines tagged to each.
- The annual budget by account, in versions; an approved version names the assembly's motion
  that approved it and is never changed again (a revision is a new version).
- The formalisation path: stages from miner registration to an artisanal mining zone, with
  their documents and the ledger entries that paid their fees.
- Standards (CRAFT, Fairmined, Maendeleo): the checklists are data in ``resources/standards``;
  here are the assessments (every one kept, the latest counts) and the evidence linked to them.
- Training sessions with their attendance, and the incident register.

Amounts are integer minor units; weights whole milligrams, as in production.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.core.models import Base
from coopdesk.core.money import MinorUnits

# ---- business plan -----------------------------------------------------------------------------


class BusinessPlanRow(Base):
    """A business plan over ``years`` (3 to 5) fiscal years from ``first_year``."""

    __tablename__ = "business_plan"
    __table_args__ = (CheckConstraint("years BETWEEN 3 AND 5", name="years"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    first_year: Mapped[int] = mapped_column(Integer)  # calendar year of the first plan year
    years: Mapped[int] = mapped_column(Integer)
    mineral: Mapped[str] = mapped_column(String(20), default="gold")
    opening_cash: Mapped[int] = mapped_column(MinorUnits, default=0)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft, adopted
    motion_id: Mapped[int | None] = mapped_column(ForeignKey("motion.id"))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PlanSectionRow(Base):
    """One written section (profile, market, operations, organisation, risks) as Markdown."""

    __tablename__ = "plan_section"
    plan_id: Mapped[int] = mapped_column(ForeignKey("business_plan.id", ondelete="CASCADE"),
                                         primary_key=True)
    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PlanYearRow(Base):
    """A plan year's production and prices: fine milligrams sold, price and premium per gram."""

    __tablename__ = "plan_year"
    __table_args__ = (CheckConstraint("milligrams >= 0 AND price_per_gram >= 0 "
                                      "AND premium_per_gram >= 0", name="positive"),)
    plan_id: Mapped[int] = mapped_column(ForeignKey("business_plan.id", ondelete="CASCADE"),
                                         primary_key=True)
    year_index: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 = first_year
    milligrams: Mapped[int] = mapped_column(BigInteger, default=0)
    price_per_gram: Mapped[int] = mapped_column(MinorUnits, default=0)
    premium_per_gram: Mapped[int] = mapped_column(MinorUnits, default=0)


class PlanCostRow(Base):
    """A cost line: an account group (or a label of its own), fixed by year or per gram."""

    __tablename__ = "plan_cost"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("business_plan.id", ondelete="CASCADE"),
                                         index=True)
    place: Mapped[int] = mapped_column(Integer, default=0)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    label: Mapped[str] = mapped_column(String(200))
    variable: Mapped[bool] = mapped_column(Boolean, default=False)  # amounts are per gram


class PlanCostAmountRow(Base):
    __tablename__ = "plan_cost_amount"
    __table_args__ = (CheckConstraint("amount >= 0", name="positive"),)
    cost_id: Mapped[int] = mapped_column(ForeignKey("plan_cost.id", ondelete="CASCADE"),
                                         primary_key=True)
    year_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[int] = mapped_column(MinorUnits, default=0)


class PlanInvestmentRow(Base):
    """An item of the investment programme and how it is funded; the four sources add up to
    the cost. A loan is repaid in equal instalments over ``loan_years`` at ``loan_rate_bp``
    (hundredths of a per cent a year); the item is written off over ``life_years``."""

    __tablename__ = "plan_investment"
    __table_args__ = (CheckConstraint(
        "cost >= 0 AND from_members >= 0 AND from_premium >= 0 AND from_loan >= 0 "
        "AND from_grant >= 0 AND from_members + from_premium + from_loan + from_grant = cost",
        name="funded"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("business_plan.id", ondelete="CASCADE"),
                                         index=True)
    place: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str] = mapped_column(String(200))
    year_index: Mapped[int] = mapped_column(Integer)
    cost: Mapped[int] = mapped_column(MinorUnits)
    from_members: Mapped[int] = mapped_column(MinorUnits, default=0)
    from_premium: Mapped[int] = mapped_column(MinorUnits, default=0)
    from_loan: Mapped[int] = mapped_column(MinorUnits, default=0)
    from_grant: Mapped[int] = mapped_column(MinorUnits, default=0)
    loan_years: Mapped[int] = mapped_column(Integer, default=0)
    loan_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    life_years: Mapped[int] = mapped_column(Integer, default=5)


# ---- action plan and budget --------------------------------------------------------------------


class ActivityRow(Base):
    """An activity of the action plan. ``requirement`` names the standard's requirement it
    improves (``craft:2.1.3``) when it is an improvement action."""

    __tablename__ = "activity"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress"),
                      CheckConstraint("ends >= starts", name="dates"),
                      CheckConstraint("budget >= 0", name="budget"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    objective: Mapped[str] = mapped_column(Text, default="")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    starts: Mapped[dt.date] = mapped_column(Date)
    ends: Mapped[dt.date] = mapped_column(Date)
    budget: Mapped[int] = mapped_column(MinorUnits, default=0)
    indicator: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    progress: Mapped[int] = mapped_column(Integer, default=0)  # per cent
    requirement: Mapped[str | None] = mapped_column(String(60), index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActivityReportRow(Base):
    """A progress report on an activity: every one is kept, the activity shows the latest."""

    __tablename__ = "activity_report"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"),
                                             index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    progress: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActivityLineRow(Base):
    """A journal line tagged to an activity (at most one activity per line). The tag sits
    beside the posted line, which itself is never changed."""

    __tablename__ = "activity_line"
    line_id: Mapped[int] = mapped_column(ForeignKey("journal_line.id", ondelete="CASCADE"),
                                         primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"),
                                             index=True)
    tagged_by: Mapped[str] = mapped_column(String(64))
    tagged_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BudgetRow(Base):
    """A version of a fiscal year's budget: draft, then approved by a motion of the assembly
    and frozen. A revision is a new version."""

    __tablename__ = "budget"
    __table_args__ = (UniqueConstraint("year_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft, approved
    motion_id: Mapped[int | None] = mapped_column(ForeignKey("motion.id"))
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BudgetLineRow(Base):
    """The year's amount for one account (income or expense, in its normal direction)."""

    __tablename__ = "budget_line"
    __table_args__ = (CheckConstraint("amount >= 0", name="positive"),)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budget.id", ondelete="CASCADE"),
                                           primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    amount: Mapped[int] = mapped_column(MinorUnits)


# ---- formalisation path ------------------------------------------------------------------------


class FormalStageRow(Base):
    """A stage of the path: a registration, a licence or title, a mining zone."""

    __tablename__ = "formal_stage"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    place: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    authority: Mapped[str] = mapped_column(String(200), default="")
    reference_no: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(12), default="not_started")
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FormalDocumentRow(Base):
    """A scanned certificate, licence or receipt kept with its stage."""

    __tablename__ = "formal_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("formal_stage.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FormalFeeRow(Base):
    """A posted journal entry that paid a fee of the stage (the amount comes from the books)."""

    __tablename__ = "formal_fee"
    __table_args__ = (UniqueConstraint("stage_id", "entry_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("formal_stage.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    linked_by: Mapped[str] = mapped_column(String(64))
    linked_at: Mapped[dt.datetime] = mapped_column(DateTime)


# ---- standards ---------------------------------------------------------------------------------


class AssessmentRow(Base):
    """A requirement's level on a day. Never changed: a new assessment supersedes it."""

    __tablename__ = "std_assessment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    standard: Mapped[str] = mapped_column(String(20))
    requirement: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EvidenceRow(Base):
    """Evidence for a requirement: a record coopdesk holds (``kind`` and ``ref_id``: a meeting,
    a training session, an incident, a journal entry, a formalisation stage, an activity...),
    a register extract, or a document kept here (``data``)."""

    __tablename__ = "std_evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    standard: Mapped[str] = mapped_column(String(20))
    requirement: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300))
    filename: Mapped[str | None] = mapped_column(String(200))
    mime: Mapped[str | None] = mapped_column(String(60))
    sha256: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


# ---- training and incidents --------------------------------------------------------------------


class TrainingRow(Base):
    __tablename__ = "training_session"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(String(20))  # safety, mercury, governance, finance...
    trainer: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)  # how long the session lasted
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TrainingAttendanceRow(Base):
    __tablename__ = "training_attendance"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True,
                                           index=True)


class IncidentRow(Base):
    """An entry of the incident register: an accident, mercury used or released, a child on a
    site... Closed with the action taken; never deleted."""

    __tablename__ = "incident"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))  # minor, serious, fatal
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    mercury_mg: Mapped[int | None] = mapped_column(BigInteger)
    action_taken: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
