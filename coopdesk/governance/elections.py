"""Elections with secret ballots: nominations, the roll, the booth and paper ballots, the count.

An election goes draft -> nominations -> open -> closed -> counted. Candidates are checked
against the bylaws' eligibility (the refusal gives every reason). While the poll is open, a
teller checks each voter off the roll (active members, once each). Ballots then arrive one of
two ways, chosen when the election is created: in the laptop's ``booth``, one ballot per voter
checked off, or on ``paper``, entered by the tellers after the poll closes (ranked papers one by
one, or plurality totals), with an optional second entry that checks the first. Closing the
poll and counting report any mismatch between ballots and check-offs. The count is
:func:`coopdesk.governance.counting.count` over the candidates in ballot-paper order; when it
needs a lot the election stays closed and says which, and :func:`enter_lot` records the lot
drawn (who drew it, audited) and counts again.

Secrecy - what is stored, and why it cannot name a voter or the order of voting:

- A ballot row (``ballot``) holds a random key (``secrets.token_hex(16)``, no time or counter in
  it), the election, the choices and a weight. No member, user, time or sequence number.
- The roll (``election_roll``) records who was checked off, and by whom; the election keeps
  only the *number* of voters checked off who have not yet cast (``outstanding``), which a
  ballot in the booth needs and consumes. Which check-off a ballot used is stored nowhere.
- Every write to an election's ballots (a ballot cast, a batch of papers) deletes its ballots
  and inserts them all again, new ones among them, in an order drawn by
  ``secrets.SystemRandom``. So the order rows come back in, their place on disk (SQLite keeps
  ``ballot`` as a ``WITHOUT ROWID`` table, in the order of the random keys; PostgreSQL's
  ``ctid``) and PostgreSQL's ``xmin`` (every ballot of the election carries that of the last
  rewrite) say nothing about who voted when. An election's urn is small (an assembly's
  members), so the rewrite costs little.
- Casting a ballot writes no audit event: the chain's events have times and sequence numbers,
  and a digest of the urn after each ballot would let anyone peel the ballots off in order.
  Check-offs are audited (who voted is public, as on a paper roll). The urn and the roll are
  sealed by a digest when the poll closes and after each entry of paper ballots, so a ballot
  or a check-off changed afterwards outside coopdesk shows on ``coopdesk verify``.
- Not covered: someone watching the database while the poll is open (they could watch the
  booth's screen as well), and forensic reading of free pages or write-ahead logs.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.governance import counting
from coopdesk.governance.ballots import Ballot, Election
from coopdesk.governance.bylaws import MemberFacts, eligible_candidate
from coopdesk.governance.models import (
    AttendanceRow,
    BallotRow,
    CandidateRow,
    ElectionRow,
    MeetingRow,
    RollCheck,
)
from coopdesk.governance.officers import install_elected
from coopdesk.governance.services import bylaws_in
from coopdesk.members.models import Member
from coopdesk.members.rules import STATUS_LABELS, Status
from coopdesk.members.shares import balance

AREA = "elections"
DRAFT, NOMINATIONS, OPEN, CLOSED, COUNTED = "draft", "nominations", "open", "closed", "counted"
BOOTH, PAPER = "booth", "paper"
STATUS_LABELS_ELECTION = {DRAFT: N_("draft"), NOMINATIONS: N_("nominations"),
                          OPEN: N_("poll open"), CLOSED: N_("poll closed"),
                          COUNTED: N_("counted")}
_RANDOM = secrets.SystemRandom()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- plain data for the window and the tests ----------------------------------------------

@dataclass(frozen=True)
class CandidateInfo:
    place: int          # on the ballot paper, from 1
    number: int         # member number
    name: str
    withdrawn: bool


@dataclass(frozen=True)
class ElectionInfo:
    id: int
    title: str
    method: str
    seats: int
    position: str | None
    entry: str
    status: str
    candidates: tuple[CandidateInfo, ...]
    checked_off: int
    ballots: int        # papers in the urn (weights summed)
    outstanding: int
    meeting_id: int | None = None


@dataclass(frozen=True)
class PollReport:
    checked_off: int
    ballots: int
    mismatch: str | None


@dataclass(frozen=True)
class Difference:
    """A ballot (candidate places, from 1) entered a different number of times."""

    choices: tuple[int, ...]
    first: int
    second: int


@dataclass(frozen=True)
class Outcome:
    """A count: ``elected`` are member numbers in order of election; ``needs_lot`` says what
    to draw (``lot_candidates``: member numbers) when the count stopped for a lot."""

    election_id: int
    status: str
    elected: tuple[int, ...]
    result: counting.Result
    needs_lot: str | None
    lot_candidates: tuple[int, ...]
    mismatch: str | None


# --- helpers --------------------------------------------------------------------------------

def _who(m: Member) -> str:
    return _("{name} (member {number})", name=f"{m.first_names} {m.last_names}",
             number=m.number)


def _member(s: Session, number: int) -> Member:
    m = s.scalar(select(Member).where(Member.number == number))
    if m is None:
        raise NotFound(_("There is no member number {number}.", number=number))
    return m


def _election(s: Session, election_id: int, lock: bool = False) -> ElectionRow:
    stmt = select(ElectionRow).where(ElectionRow.id == election_id)
    e = s.scalar(stmt.with_for_update() if lock else stmt)
    if e is None:
        raise NotFound(_("There is no election {id}.", id=election_id))
    return e


def _require(e: ElectionRow, *statuses: str) -> None:
    if e.status not in statuses:
        raise ValidationError(_("Election '{title}' is at the stage '{status}': this cannot be "
                                "done now.", title=e.title,
                                status=_(STATUS_LABELS_ELECTION[e.status])), "status")


def _candidates(s: Session, election_id: int) -> list[tuple[CandidateRow, Member]]:
    return [(c, m) for c, m in s.execute(
        select(CandidateRow, Member).join(Member, Member.id == CandidateRow.member_id)
        .where(CandidateRow.election_id == election_id).order_by(CandidateRow.place))
        ]


def _election_digest(s: Session, e: ElectionRow) -> str:
    """What the chain keeps of an election (the roll and urn are sealed apart: ``_poll``)."""
    cands = [[m.number, c.place, c.withdrawn] for c, m in _candidates(s, e.id)]
    data = {"title": e.title, "method": e.method, "seats": e.seats, "position": e.position,
            "entry": e.entry, "status": e.status, "lots": e.lots, "result": e.result,
            "candidates": cands}
    if e.meeting_id is not None:   # (files from before meetings have no such key)
        data["meeting"] = e.meeting_id
    return audit.digest(data)


def _poll_digest(s: Session, election_id: int) -> str:
    """The roll and the urn, in an order of their own (numbers, random keys)."""
    roll = sorted(s.scalars(select(Member.number).join(RollCheck, RollCheck.member_id ==
                                                       Member.id)
                            .where(RollCheck.election_id == election_id)))
    urn = sorted(s.execute(select(BallotRow.id, BallotRow.choices, BallotRow.weight)
                           .where(BallotRow.election_id == election_id)))
    return audit.digest({"roll": roll, "urn": [list(b) for b in urn]})


def _audit_election(tx: WriteTx, action: str, e: ElectionRow, **summary: Any) -> None:
    tx.session.flush()
    tx.audit(action, "election", e.id, digest=_election_digest(tx.session, e), **summary)


def _seal_poll(tx: WriteTx, action: str, e: ElectionRow, **summary: Any) -> None:
    tx.session.flush()
    tx.audit(action, "election_poll", e.id, digest=_poll_digest(tx.session, e.id), **summary)


def _papers(s: Session, election_id: int) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(BallotRow.weight), 0))
                        .where(BallotRow.election_id == election_id)) or 0)


def _checked(s: Session, election_id: int) -> int:
    return int(s.scalar(select(func.count()).select_from(RollCheck)
                        .where(RollCheck.election_id == election_id)) or 0)


def _rewrite_urn(s: Session, election_id: int,
                 new: Sequence[tuple[tuple[int, ...], int]]) -> None:
    """Add ``new`` ballots (choices, weight) to the urn by writing the whole urn again in a
    random order, under fresh random keys for the new ones (see the module's docstring)."""
    rows = [{"id": i, "election_id": election_id, "choices": c, "weight": w}
            for i, c, w in s.execute(select(BallotRow.id, BallotRow.choices, BallotRow.weight)
                                     .where(BallotRow.election_id == election_id))]
    rows += [{"id": secrets.token_hex(16), "election_id": election_id,
              "choices": json.dumps(list(choices)), "weight": weight}
             for choices, weight in new]
    _RANDOM.shuffle(rows)
    s.execute(delete(BallotRow).where(BallotRow.election_id == election_id))
    if rows:
        s.execute(insert(BallotRow), rows)


def _months_between(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return max(months - (1 if end.day < start.day else 0), 0)


def _consecutive_terms(s: Session, position: str | None, member_number: int) -> int:
    """Elections to ``position`` the member won in a row, the latest first (from the counts
    this file holds)."""
    if position is None:
        return 0
    terms = 0
    for result in s.scalars(select(ElectionRow.result).where(
            ElectionRow.position == position, ElectionRow.status == COUNTED)
            .order_by(ElectionRow.counted_at.desc(), ElectionRow.id.desc())):
        if member_number not in json.loads(result or "{}").get("elected", []):
            break
        terms += 1
    return terms


# --- setting up -----------------------------------------------------------------------------

def create_election(uow: UnitOfWork, title: str, method: str, seats: int, *,
                    position: str | None = None, entry: str = BOOTH,
                    meeting_id: int | None = None) -> int:
    """A new election, in draft; ``position`` names a post of the bylaws when there is one;
    ``meeting_id`` the meeting that holds it (its voters must then be checked in there)."""
    title = " ".join(title.split())
    if not title:
        raise ValidationError(_("Give the election a title."), "title")
    if method not in counting.METHODS:
        raise ValidationError(_("'{method}' is not a counting method; choose one of "
                                "{methods}.", method=method,
                                methods=", ".join(counting.METHODS)), "method")
    if seats < 1:
        raise ValidationError(_("An election fills at least one seat."), "seats")
    if method == counting.IRV and seats != 1:
        raise ValidationError(_("Instant-runoff elects one candidate; for {seats} seats choose "
                                "single transferable vote.", seats=seats), "seats")
    if entry not in (BOOTH, PAPER):
        raise ValidationError(_("Ballots are cast in the booth or entered from paper."),
                              "entry")
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        if position is not None:
            bylaws = bylaws_in(s)
            post = None if bylaws is None else next(
                (p for p in bylaws.positions if p.name == position), None)
            if post is None:
                raise ValidationError(_("The bylaws have no position named {position}.",
                                        position=position), "position")
            if seats > post.seats:
                raise ValidationError(_("{position} has {count} seats in the bylaws; this "
                                        "election cannot fill {seats}.", position=position,
                                        count=post.seats, seats=seats), "seats")
        if meeting_id is not None:
            meeting = s.get(MeetingRow, meeting_id)
            if meeting is None:
                raise NotFound(_("There is no meeting {id}.", id=meeting_id))
            if meeting.status in ("closed", "final"):
                raise ValidationError(_("The meeting '{title}' is over: an election cannot be "
                                        "added to it.", title=meeting.title), "meeting")
        e = ElectionRow(title=title, method=method, seats=seats, position=position,
                        entry=entry, status=DRAFT, outstanding=0, lots="[]",
                        created_by=tx.actor.username, created_at=_now(),
                        meeting_id=meeting_id)
        s.add(e)
        s.flush()
        _audit_election(tx, "election.create", e, title=title, method=method, seats=seats,
                        position=position, entry=entry)
        return e.id


def open_nominations(uow: UnitOfWork, election_id: int) -> None:
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        e = _election(tx.session, election_id, lock=True)
        _require(e, DRAFT)
        e.status = NOMINATIONS
        _audit_election(tx, "election.nominations", e)


def nominate(uow: UnitOfWork, election_id: int, number: int,
             today: dt.date | None = None) -> int:
    """Put member ``number`` on the ballot paper (last); refused with every reason the bylaws
    give when they may not stand. Returns their place on the paper, from 1."""
    today = today or dt.date.today()
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        e = _election(s, election_id, lock=True)
        _require(e, NOMINATIONS)
        bylaws = bylaws_in(s)
        if bylaws is None:
            raise ValidationError(_("Save the cooperative's bylaws first: they say who may "
                                    "stand."), "bylaws")
        m = _member(s, number)
        if s.scalar(select(CandidateRow.id).where(CandidateRow.election_id == e.id,
                                                  CandidateRow.member_id == m.id)):
            raise ValidationError(_("{who} is already a candidate.", who=_who(m)), "candidate")
        b = balance(s, m.id)
        facts = MemberFacts(m.status, b.shares > 0 and b.unpaid <= 0,
                            _months_between(m.join_date, today), m.sex,
                            _consecutive_terms(s, e.position, m.number))
        reasons = eligible_candidate(bylaws, facts, e.position)
        if reasons:
            raise ValidationError(_("{who} cannot stand: {reasons}", who=_who(m),
                                    reasons=" ".join(reasons)), "candidate")
        place = int(s.scalar(select(func.count()).select_from(CandidateRow)
                             .where(CandidateRow.election_id == e.id)) or 0)
        s.add(CandidateRow(election_id=e.id, member_id=m.id, place=place, withdrawn=False,
                           nominated_by=tx.actor.username))
        _audit_election(tx, "election.nominate", e, member=m.number, place=place + 1)
        return place + 1


def withdraw(uow: UnitOfWork, election_id: int, number: int) -> None:
    """A candidate stands down: before the poll opens they leave the paper (those after move
    up); once it is open, their marks are passed over in the count."""
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        e = _election(s, election_id, lock=True)
        _require(e, DRAFT, NOMINATIONS, OPEN, CLOSED)
        m = _member(s, number)
        rows = _candidates(s, e.id)
        mine = next((c for c, cm in rows if cm.id == m.id), None)
        if mine is None or mine.withdrawn:
            raise ValidationError(_("{who} is not standing in this election.", who=_who(m)),
                                  "candidate")
        if e.status in (DRAFT, NOMINATIONS):
            s.delete(mine)
            s.flush()
            for c, _cm in rows:
                if c.place > mine.place:
                    c.place -= 1
                    s.flush()
        else:
            mine.withdrawn = True
        _audit_election(tx, "election.withdraw", e, member=m.number)


def open_poll(uow: UnitOfWork, election_id: int) -> None:
    """Freeze the ballot paper and open the poll."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _election(s, election_id, lock=True)
        _require(e, NOMINATIONS)
        standing = [m.number for c, m in _candidates(s, e.id) if not c.withdrawn]
        if len(standing) < e.seats:
            raise ValidationError(_("{count} candidates for {seats} seats: nominate at least "
                                    "as many candidates as there are seats.",
                                    count=len(standing), seats=e.seats), "candidates")
        e.status, e.opened_at = OPEN, _now()
        _audit_election(tx, "election.open", e, candidates=standing)


# --- the poll -------------------------------------------------------------------------------

def check_off(uow: UnitOfWork, election_id: int, number: int) -> None:
    """Check a voter off the roll (active members, once); in the booth, this lets one ballot
    be cast."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _election(s, election_id, lock=True)
        _require(e, OPEN)
        m = _member(s, number)
        if m.status != Status.ACTIVE:
            raise ValidationError(_("{who} is not on the roll: the member is {status}; only "
                                    "active members vote.", who=_who(m),
                                    status=_(STATUS_LABELS[Status(m.status)]).lower()),
                                  "member")
        if e.meeting_id is not None:
            here = s.get(AttendanceRow, (e.meeting_id, m.id))
            if here is None or here.left_at is not None:
                raise ValidationError(_("{who} is not checked in at the meeting: voters vote "
                                        "in person, in the room.", who=_who(m)), "member")
        done = s.get(RollCheck, (e.id, m.id))
        if done is not None:
            raise ValidationError(_("{who} was already checked off the roll (by {user}).",
                                    who=_who(m), user=done.checked_by), "member")
        s.add(RollCheck(election_id=e.id, member_id=m.id, checked_by=tx.actor.username))
        if e.entry == BOOTH:
            e.outstanding += 1
        tx.audit("election.check_off", "election_roll", f"{e.id}:{m.number}", member=m.number)


def _ranking(s: Session, e: ElectionRow, choices: Sequence[int], where: str) -> tuple[int, ...]:
    """Candidate places on the paper (from 1) -> indexes (from 0), checked for the method."""
    rows = _candidates(s, e.id)
    out: list[int] = []
    for place in choices:
        if not 1 <= place <= len(rows):
            raise ValidationError(_("{where}: there is no candidate {place} on the paper.",
                                    where=where, place=place), "choices")
        if place - 1 in out:
            raise ValidationError(_("{where}: candidate {place} is marked twice.",
                                    where=where, place=place), "choices")
        if rows[place - 1][0].withdrawn:
            raise ValidationError(_("{where}: candidate {place} has withdrawn.",
                                    where=where, place=place), "choices")
        out.append(place - 1)
    limit = {counting.PLURALITY: 1, counting.BLOCK: e.seats}.get(e.method)
    if limit is not None and len(out) > limit:
        raise ValidationError(_("{where}: at most {limit} marks on this ballot; it has "
                                "{count}.", where=where, limit=limit, count=len(out)),
                              "choices")
    return tuple(out)


def cast(uow: UnitOfWork, election_id: int, choices: Sequence[int]) -> None:
    """A ballot from the booth: ``choices`` are places on the paper (from 1), first choice
    first; empty is a blank ballot. Needs a voter checked off and not yet voted. Nothing about
    it is audited, and nothing is returned (see the module's docstring)."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _election(s, election_id, lock=True)
        _require(e, OPEN)
        if e.entry != BOOTH:
            raise ValidationError(_("This election's ballots are on paper: the tellers enter "
                                    "them when the poll has closed."), "entry")
        if e.outstanding < 1:
            raise ValidationError(_("No voter is checked off and waiting to vote: a teller "
                                    "checks the next voter off the roll first."), "roll")
        ranking = _ranking(s, e, choices, _("The ballot"))
        _rewrite_urn(s, e.id, [(ranking, 1)])
        e.outstanding -= 1


def close_poll(uow: UnitOfWork, election_id: int) -> PollReport:
    """Close the poll; the report says whether ballots and check-offs differ."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _election(s, election_id, lock=True)
        _require(e, OPEN)
        e.status, e.closed_at = CLOSED, _now()
        report = _report(s, e)
        _audit_election(tx, "election.close", e)
        _seal_poll(tx, "election.seal", e, checked_off=report.checked_off,
                   ballots=report.ballots, mismatch=report.mismatch)
        return report


def _report(s: Session, e: ElectionRow) -> PollReport:
    checked, papers = _checked(s, e.id), _papers(s, e.id)
    if e.entry == PAPER and papers == 0 and e.status == CLOSED:
        return PollReport(checked, 0, None)
    if checked == papers:
        return PollReport(checked, papers, None)
    return PollReport(checked, papers, _(
        "{ballots} ballots for {checked} voters checked off the roll.", ballots=papers,
        checked=checked))


# --- paper ballots --------------------------------------------------------------------------

def _paper_election(s: Session, election_id: int) -> ElectionRow:
    e = _election(s, election_id, lock=True)
    _require(e, CLOSED)
    if e.entry != PAPER:
        raise ValidationError(_("This election's ballots were cast in the booth."), "entry")
    return e


def _totals(s: Session, e: ElectionRow, totals: Mapping[int, int], blank: int
            ) -> list[tuple[tuple[int, ...], int]]:
    if e.method != counting.PLURALITY:
        raise ValidationError(_("Totals can be entered for a plurality election only; enter "
                                "these ballots one by one."), "method")
    out: list[tuple[tuple[int, ...], int]] = []
    for place, count in sorted(totals.items()):
        if count < 0:
            raise ValidationError(_("Candidate {place}: a total cannot be negative.",
                                    place=place), "totals")
        if count:
            out.append((_ranking(s, e, (place,), _("Totals")), count))
    if blank < 0:
        raise ValidationError(_("Blank ballots cannot be negative."), "blank")
    if blank:
        out.append(((), blank))
    return out


def enter_paper_ballots(uow: UnitOfWork, election_id: int,
                        ballots: Sequence[Sequence[int]]) -> int:
    """Paper ballots entered one by one (places on the paper, from 1, first choice first;
    empty: blank). Batches add up. Returns the papers in the urn."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _paper_election(s, election_id)
        new = [(_ranking(s, e, b, _("Ballot {number}", number=n)), 1)
               for n, b in enumerate(ballots, start=1)]
        _rewrite_urn(s, e.id, new)
        total = _papers(s, e.id)
        _seal_poll(tx, "election.paper", e, papers=len(new), total=total)
        return total


def enter_paper_totals(uow: UnitOfWork, election_id: int, totals: Mapping[int, int],
                       blank: int = 0) -> int:
    """Plurality totals counted by the tellers: place on the paper (from 1) -> papers."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _paper_election(s, election_id)
        new = _totals(s, e, totals, blank)
        if _papers(s, e.id):
            raise ValidationError(_("Ballots are already entered: clear them before entering "
                                    "totals."), "totals")
        _rewrite_urn(s, e.id, new)
        total = _papers(s, e.id)
        _seal_poll(tx, "election.totals", e, total=total)
        return total


def clear_paper_ballots(uow: UnitOfWork, election_id: int, reason: str) -> None:
    """Take the entered papers out again (after a second entry disagreed), to enter anew."""
    if not reason.strip():
        raise ValidationError(_("Say why the entered ballots are cleared."), "reason")
    with uow.write(Permission.ELECTION, AREA) as tx:
        e = _paper_election(tx.session, election_id)
        tx.session.execute(delete(BallotRow).where(BallotRow.election_id == e.id))
        _seal_poll(tx, "election.clear", e, reason=reason.strip())


def second_entry(uow: UnitOfWork, election_id: int,
                 ballots: Sequence[Sequence[int]] | None = None, *,
                 totals: Mapping[int, int] | None = None, blank: int = 0) -> list[Difference]:
    """Enter the same papers again (one by one, or totals) and compare with the first entry;
    nothing is stored but the outcome (audited). Empty: both entries agree."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _paper_election(s, election_id)
        if totals is not None:
            again = _totals(s, e, totals, blank)
        else:
            again = [(_ranking(s, e, b, _("Ballot {number}", number=n)), 1)
                     for n, b in enumerate(ballots or (), start=1)]
        second: Counter[tuple[int, ...]] = Counter()
        for ranking, weight in again:
            second[ranking] += weight
        first: Counter[tuple[int, ...]] = Counter()
        for choices, weight in s.execute(select(BallotRow.choices, BallotRow.weight)
                                         .where(BallotRow.election_id == e.id)):
            first[tuple(json.loads(choices))] += weight
        diffs = [Difference(tuple(c + 1 for c in r), first[r], second[r])
                 for r in sorted(set(first) | set(second)) if first[r] != second[r]]
        tx.audit("election.second_entry", "election", e.id, agrees=not diffs,
                 differences=len(diffs))
        return diffs


# --- the count ------------------------------------------------------------------------------

def _pure(s: Session, e: ElectionRow) -> tuple[Election, list[int], list[Ballot]]:
    rows = _candidates(s, e.id)
    election = Election(e.title, tuple(f"{m.first_names} {m.last_names}" for _c, m in rows),
                        e.seats, frozenset(c.place for c, _m in rows if c.withdrawn))
    ballots = [Ballot(w, tuple(json.loads(c))) for _i, c, w in s.execute(
        select(BallotRow.id, BallotRow.choices, BallotRow.weight)
        .where(BallotRow.election_id == e.id).order_by(BallotRow.id))]
    return election, [m.number for _c, m in rows], ballots


def ballots_of(uow: UnitOfWork, election_id: int) -> tuple[Election, list[Ballot]]:
    """The election and its ballots as plain data (for an independent count, a BLT file)."""
    with uow.read() as s:
        election, _numbers, ballots = _pure(s, _election(s, election_id))
        return election, ballots


def _frac(f: Fraction | None) -> str | None:
    return None if f is None else str(f)


def _result_json(r: counting.Result, numbers: list[int]) -> dict[str, Any]:
    def who(cs: Sequence[int]) -> list[int]:
        return [numbers[c] for c in cs]

    lot = r.needs_lot
    return {
        "method": r.method, "seats": r.seats, "candidates": numbers,
        "elected": who(r.elected), "excluded": who(r.excluded), "valid": _frac(r.valid),
        "blank": r.blank, "quota": _frac(r.quota), "lots_used": r.lots_used,
        "needs_lot": None if lot is None else {"round": lot.round, "purpose": lot.purpose,
                                               "candidates": who(lot.candidates),
                                               "lot": lot.lot},
        "rounds": [{"number": rd.number,
                    "events": [{"action": ev.action, "candidates": who(ev.candidates),
                                "reason": ev.reason, "tied": who(ev.tied),
                                "decided_at": ev.decided_at, "lot": ev.lot}
                               for ev in rd.events],
                    "votes": [str(v) for v in rd.votes],
                    "transfers": [str(v) for v in rd.transfers],
                    "exhausted": str(rd.exhausted), "lost": str(rd.lost),
                    "transfer_value": _frac(rd.transfer_value)} for rd in r.rounds],
    }


def _count(tx: WriteTx, e: ElectionRow) -> Outcome:
    s = tx.session
    election, numbers, ballots = _pure(s, e)
    lots = [numbers.index(lot["candidate"]) for lot in json.loads(e.lots)]
    result = counting.count(e.method, election, ballots, lots)
    e.result = json.dumps(_result_json(result, numbers), sort_keys=True)
    report = _report(s, e)
    needed = result.needs_lot
    elected = tuple(numbers[c] for c in result.elected)
    if needed is None:
        e.status, e.counted_at = COUNTED, _now()
        install_elected(tx, e, list(elected))
    _audit_election(tx, "election.count", e, elected=list(elected),
                    needs_lot=None if needed is None else [numbers[c] for c in
                                                           needed.candidates],
                    mismatch=report.mismatch)
    return Outcome(e.id, e.status, elected, result,
                   None if needed is None else counting.describe_lot(needed, election),
                   () if needed is None else tuple(numbers[c] for c in needed.candidates),
                   report.mismatch)


def count(uow: UnitOfWork, election_id: int) -> Outcome:
    """Count the closed poll with the lots entered so far; the election is counted, or stays
    closed asking for a lot."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        e = _election(tx.session, election_id, lock=True)
        _require(e, CLOSED)
        return _count(tx, e)


def enter_lot(uow: UnitOfWork, election_id: int, number: int, drawn_by: str) -> Outcome:
    """Record the lot the count asked for - the candidate (member ``number``) it chose, and
    who drew it - then count again."""
    drawn_by = " ".join(drawn_by.split())
    if not drawn_by:
        raise ValidationError(_("Say who drew the lot."), "drawn_by")
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        e = _election(s, election_id, lock=True)
        _require(e, CLOSED)
        asked = json.loads(e.result or "{}").get("needs_lot")
        if not asked:
            raise ValidationError(_("The count has not asked for a lot: count the election "
                                    "first."), "lot")
        if number not in asked["candidates"]:
            names = ", ".join(str(n) for n in asked["candidates"])
            raise ValidationError(_("The lot must choose one of the tied candidates (members "
                                    "{names}).", names=names), "lot")
        lots = json.loads(e.lots)
        lots.append({"candidate": number, "drawn_by": drawn_by, "entered_by":
                     tx.actor.username, "purpose": asked["purpose"]})
        e.lots = json.dumps(lots, sort_keys=True, ensure_ascii=False)
        _audit_election(tx, "election.lot", e, candidate=number, drawn_by=drawn_by,
                        purpose=asked["purpose"], lot=len(lots))
        return _count(tx, e)


# --- reading --------------------------------------------------------------------------------

def election_info(uow: UnitOfWork, election_id: int) -> ElectionInfo:
    with uow.read() as s:
        e = _election(s, election_id)
        cands = tuple(CandidateInfo(c.place + 1, m.number, f"{m.first_names} {m.last_names}",
                                    c.withdrawn) for c, m in _candidates(s, e.id))
        return ElectionInfo(e.id, e.title, e.method, e.seats, e.position, e.entry, e.status,
                            cands, _checked(s, e.id), _papers(s, e.id), e.outstanding,
                            e.meeting_id)


def list_elections(uow: UnitOfWork) -> list[ElectionInfo]:
    """Every election of the file, the latest first."""
    with uow.read() as s:
        ids = list(s.scalars(select(ElectionRow.id).order_by(ElectionRow.id.desc())))
    return [election_info(uow, i) for i in ids]


def stored_result(uow: UnitOfWork, election_id: int) -> dict[str, Any] | None:
    """The last count of an election as stored (see :func:`_result_json`), or None."""
    with uow.read() as s:
        text = s.scalar(select(ElectionRow.result).where(ElectionRow.id == election_id))
    return None if not text else dict(json.loads(text))


def _election_digests(session: Session) -> list[tuple[str, str]]:
    return [(str(e.id), _election_digest(session, e))
            for e in session.scalars(select(ElectionRow))]


def _poll_digests(session: Session) -> list[tuple[str, str]]:
    """Sealed polls only: while a poll is open its urn changes with no event (see above)."""
    return [(str(i), _poll_digest(session, i)) for i in session.scalars(
        select(ElectionRow.id).where(ElectionRow.status.in_((CLOSED, COUNTED))))]


audit.register_digest_source("election", _election_digests, "election")
audit.register_digest_source("election_poll", _poll_digests, "election")
