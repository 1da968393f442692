"""Tables of governance: the bylaws kept with the books, and elections with secret ballots.

The ``ballot`` table is the urn. It holds what a voter chose and nothing else: a random key
(``secrets.token_hex``), the election, the choices and how many identical papers the row
stands for. No member, no user, no time, no counter. It is a ``WITHOUT ROWID`` table on SQLite
(stored in the order of its random key, with no hidden row number), and every write to an
election's urn rewrites it whole in a random order (see :mod:`coopdesk.governance.elections`),
so that neither a key, nor the order rows are returned in, nor their place on disk (SQLite's
b-tree, PostgreSQL's ``ctid`` and ``xmin``) follows the order of voting.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.core.models import Base


class BylawsDoc(Base):
    """The cooperative's current bylaws (one row, ``id`` 1): a :class:`Bylaws` as JSON."""

    __tablename__ = "bylaws"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    spec: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ElectionRow(Base):
    """One election: draft -> nominations -> open -> closed -> counted.

    ``entry`` says how ballots arrive: ``booth`` (cast on the laptop by each checked-off voter
    while the poll is open) or ``paper`` (counted and entered by tellers after it closes).
    ``outstanding`` is the number of voters checked off who have not yet cast their ballot in
    the booth: a number only, never who. ``lots`` (JSON) are the lots drawn, in order;
    ``result`` (JSON) the count, or the lot it asks for while the election stays closed.
    """

    __tablename__ = "election"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(String(16))
    seats: Mapped[int] = mapped_column(Integer)
    position: Mapped[str | None] = mapped_column(String(200))
    entry: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    outstanding: Mapped[int] = mapped_column(Integer, default=0)
    lots: Mapped[str] = mapped_column(Text, default="[]")
    result: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    counted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)


class CandidateRow(Base):
    """A member standing; ``place`` is their place on the ballot paper (from 0)."""

    __tablename__ = "election_candidate"
    __table_args__ = (UniqueConstraint("election_id", "member_id",
                                       name="uq_election_candidate_member"),
                      UniqueConstraint("election_id", "place",
                                       name="uq_election_candidate_place"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    place: Mapped[int] = mapped_column(Integer)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    nominated_by: Mapped[str] = mapped_column(String(64))


class RollCheck(Base):
    """A voter checked off the roll: they have voted (or been given their ballot). Which
    ballot is theirs is stored nowhere."""

    __tablename__ = "election_roll"
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True,
                                           index=True)
    checked_by: Mapped[str] = mapped_column(String(64))


class BallotRow(Base):
    """One ballot (or ``weight`` identical papers, for totals entered by tellers): the choices
    as JSON, candidate places on the paper, first choice first. See the module's docstring."""

    __tablename__ = "ballot"
    __table_args__ = {"sqlite_with_rowid": False}
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id"), index=True)
    choices: Mapped[str] = mapped_column(Text)
    weight: Mapped[int] = mapped_column(Integer, default=1)


# --- meetings, minutes, officers and grievances ---------------------------------------------

class MeetingRow(Base):
    """A meeting: planned -> convened -> open -> closed, then its minutes signed and final.

    ``number`` is its place in the minutes book, given when the minutes become final; ``digest``
    the minutes' digest at that moment, also carried by the audit event that finalised them.
    """

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    scheduled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    convened_on: Mapped[dt.date | None] = mapped_column(Date)
    reconvened: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    chair: Mapped[str] = mapped_column(String(200), default="")
    secretary: Mapped[str] = mapped_column(String(200), default="")
    opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    eligible: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer, unique=True)
    signed_president: Mapped[str | None] = mapped_column(String(64))
    signed_president_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed_secretary: Mapped[str | None] = mapped_column(String(64))
    signed_secretary_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    digest: Mapped[str | None] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AgendaItemRow(Base):
    """An item of a meeting's agenda, in order (``place`` from 1), and its minutes."""

    __tablename__ = "meeting_item"
    __table_args__ = (UniqueConstraint("meeting_id", "place", name="uq_meeting_item_place"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    place: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    minutes: Mapped[str] = mapped_column(Text, default="")


class AttendanceRow(Base):
    """A member present at a meeting: when they arrived, how they were found, who checked them
    in, and when they left (None: still there)."""

    __tablename__ = "meeting_attendance"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True,
                                           index=True)
    arrived_at: Mapped[dt.datetime] = mapped_column(DateTime)
    found_by: Mapped[str] = mapped_column(String(16))
    checked_by: Mapped[str] = mapped_column(String(64))
    left_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ProxyRow(Base):
    """A member absent from a meeting represented by one present (``holder_id``)."""

    __tablename__ = "meeting_proxy"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    giver_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    holder_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    registered_by: Mapped[str] = mapped_column(String(64))


class MotionRow(Base):
    """A motion put to the vote under an agenda item, its counts and the result the bylaws give.

    ``method``: ``hands`` (counts of a show of hands or of paper votes) or ``named`` (each
    member's vote recorded, for a committee). ``resolution`` is the resolution's number in the
    year (``2026-07``), given when a motion passes.
    """

    __tablename__ = "motion"
    __table_args__ = (UniqueConstraint("resolution", name="uq_motion_resolution"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("meeting_item.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    decision_type: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(8))
    yes: Mapped[int] = mapped_column(Integer)
    no: Mapped[int] = mapped_column(Integer)
    abstain: Mapped[int] = mapped_column(Integer)
    invalid: Mapped[int] = mapped_column(Integer)
    present: Mapped[int] = mapped_column(Integer)
    entitled: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)
    explanation: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class MotionVoteRow(Base):
    """A named vote on a motion (committees): ``yes``, ``no`` or ``abstain``."""

    __tablename__ = "motion_vote"
    motion_id: Mapped[int] = mapped_column(ForeignKey("motion.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)
    vote: Mapped[str] = mapped_column(String(8))


class MandateRow(Base):
    """A member's term in a position of the bylaws: from ``starts`` to ``ends`` (the day the
    term runs out), from an election or entered by hand; ``ended_on`` when it ended early."""

    __tablename__ = "mandate"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    position: Mapped[str] = mapped_column(String(200))
    starts: Mapped[dt.date] = mapped_column(Date)
    ends: Mapped[dt.date] = mapped_column(Date)
    election_id: Mapped[int | None] = mapped_column(ForeignKey("election.id"))
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))


class GrievanceRow(Base):
    """A complaint or conflict: its parties, category, what happened, and how it ended."""

    __tablename__ = "grievance"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(32))
    parties: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(64))


class GrievanceStepRow(Base):
    """A step taken on a grievance (a hearing, a mediation, a decision), in order."""

    __tablename__ = "grievance_step"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grievance_id: Mapped[int] = mapped_column(ForeignKey("grievance.id"), index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(64))
