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
