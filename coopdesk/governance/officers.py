"""The officers register: who holds which position of the bylaws, from when to when.

A mandate is a member's term in a position. Counting an election to a position creates the
mandates of those elected (the term starts on the day of the assembly that elected them, or of
the count, and lasts the bylaws' term), and ends early the mandates still running in that
position that the new ones replace. Mandates may also be entered by hand (a team elected before
coopdesk was used) and ended early (resignation, death, exclusion). Nothing is deleted: an
ended mandate keeps its dates and the reason.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.governance.bylaws import Bylaws, MeetingKind, board_gender_ok
from coopdesk.governance.models import ElectionRow, MandateRow, MeetingRow
from coopdesk.governance.services import bylaws_in
from coopdesk.members.models import Member

AREA = "officers"
WARN_DAYS = 60   # a term ending within this many days is flagged


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months (the 31st becomes the last day of a shorter month)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def term_end(starts: dt.date, months: int) -> dt.date:
    """The last day of a term of ``months`` months starting on ``starts``."""
    return add_months(starts, months) - dt.timedelta(days=1)


@dataclass(frozen=True)
class Officer:
    mandate_id: int
    number: int
    name: str
    sex: str
    position: str
    starts: dt.date
    ends: dt.date
    ended_on: dt.date | None
    end_reason: str | None
    election_id: int | None
    days_left: int            # from the day asked about to the end of the term (negative: over)

    @property
    def current(self) -> bool:
        return self.ended_on is None and self.days_left >= 0


@dataclass(frozen=True)
class Warning:
    position: str
    text: str
    level: str                # "expired", "expiring", "vacant", "board"


def _position(b: Bylaws | None, name: str) -> int:
    """The term in months of the bylaws' position ``name``; refused when there is none."""
    post = None if b is None else next((p for p in b.positions if p.name == name), None)
    if post is None:
        raise ValidationError(_("The bylaws have no position named {position}.",
                                position=name), "position")
    return post.term_months


def _member(s: Session, number: int) -> Member:
    m = s.scalar(select(Member).where(Member.number == number))
    if m is None:
        raise NotFound(_("There is no member number {number}.", number=number))
    return m


def _digest(s: Session, row: MandateRow) -> str:
    number = s.scalar(select(Member.number).where(Member.id == row.member_id))
    return audit.digest({"member": number, "position": row.position, "starts": row.starts,
                         "ends": row.ends, "election": row.election_id,
                         "ended_on": row.ended_on, "reason": row.end_reason})


def _audit(tx: WriteTx, action: str, row: MandateRow, **summary: object) -> None:
    tx.session.flush()
    tx.audit(action, "mandate", row.id, digest=_digest(tx.session, row), **summary)


def _running(s: Session, position: str, on: dt.date) -> list[MandateRow]:
    return list(s.scalars(select(MandateRow).where(
        MandateRow.position == position, MandateRow.ended_on.is_(None),
        MandateRow.starts <= on, MandateRow.ends >= on).order_by(MandateRow.id)))


def add_mandate(uow: UnitOfWork, number: int, position: str, starts: dt.date,
                ends: dt.date | None = None) -> int:
    """Enter a member's term by hand (``ends``: the bylaws' term when not given)."""
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        months = _position(bylaws_in(s), position)
        m = _member(s, number)
        last = ends or term_end(starts, months)
        if last < starts:
            raise ValidationError(_("A term cannot end ({ends}) before it starts ({starts}).",
                                    ends=last.isoformat(), starts=starts.isoformat()), "ends")
        if any(r.member_id == m.id for r in _running(s, position, starts)):
            raise ValidationError(_("Member {number} already holds {position} on {day}.",
                                    number=number, position=position,
                                    day=starts.isoformat()), "member")
        row = MandateRow(member_id=m.id, position=position, starts=starts, ends=last,
                         created_by=tx.actor.username)
        s.add(row)
        _audit(tx, "mandate.add", row, member=number, position=position)
        return row.id


def end_mandate(uow: UnitOfWork, mandate_id: int, on: dt.date, reason: str) -> None:
    """End a term early (resignation, death, exclusion...): ``on`` is its last day."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(_("Say why the term ends early."), "reason")
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        row = tx.session.get(MandateRow, mandate_id)
        if row is None:
            raise NotFound(_("There is no mandate {id}.", id=mandate_id))
        if row.ended_on is not None:
            raise ValidationError(_("This term already ended on {day}.",
                                    day=row.ended_on.isoformat()), "mandate")
        if not row.starts - dt.timedelta(days=1) <= on <= row.ends:
            raise ValidationError(_("The last day must fall within the term, {starts} to "
                                    "{ends}.", starts=row.starts.isoformat(),
                                    ends=row.ends.isoformat()), "on")
        row.ended_on, row.end_reason = on, reason
        _audit(tx, "mandate.end", row, on=on.isoformat())


def install_elected(tx: WriteTx, e: ElectionRow, elected: list[int]) -> list[int]:
    """Mandates for those elected to ``e.position`` (a counted election), starting on the day
    of its meeting (or of the count); running mandates in the position end the day before,
    as many as the new ones replace. Called by the count, in its transaction."""
    s = tx.session
    if e.position is None or not elected:
        return []
    b = bylaws_in(s)
    months = _position(b, e.position)
    meeting = s.get(MeetingRow, e.meeting_id) if e.meeting_id else None
    starts = (meeting.scheduled_at.date() if meeting is not None
              else (e.counted_at or dt.datetime.now()).date())
    running = _running(s, e.position, starts)
    new_ids = {_member(s, n).id for n in elected}
    # The elected keep no second mandate; the longest-serving others make way first.
    replaced = [r for r in running if r.member_id in new_ids]
    others = sorted((r for r in running if r.member_id not in new_ids),
                    key=lambda r: (r.ends, r.id))
    assert b is not None
    seats = next(p.seats for p in b.positions if p.name == e.position)
    free = seats - (len(running) - len(replaced))
    replaced += others[:max(len(elected) - free, 0)]
    for r in replaced:
        r.ended_on = max(starts - dt.timedelta(days=1), r.starts - dt.timedelta(days=1))
        r.end_reason = _("Replaced by the election '{title}'.", title=e.title)
        _audit(tx, "mandate.end", r, on=r.ended_on.isoformat(), election=e.id)
    out = []
    for number in elected:
        row = MandateRow(member_id=_member(s, number).id, position=e.position, starts=starts,
                         ends=term_end(starts, months), election_id=e.id,
                         created_by=tx.actor.username)
        s.add(row)
        _audit(tx, "mandate.add", row, member=number, position=e.position, election=e.id)
        out.append(row.id)
    tx.touch(AREA)
    return out


def _officers(s: Session, on: dt.date, everyone: bool) -> list[Officer]:
    stmt = (select(MandateRow, Member).join(Member, Member.id == MandateRow.member_id)
            .order_by(MandateRow.position, MandateRow.starts, Member.number))
    if not everyone:
        stmt = stmt.where(MandateRow.ended_on.is_(None), MandateRow.starts <= on,
                          MandateRow.ends >= on)
    return [Officer(r.id, m.number, f"{m.first_names} {m.last_names}", m.sex, r.position,
                    r.starts, r.ends, r.ended_on, r.end_reason, r.election_id,
                    (r.ends - on).days) for r, m in s.execute(stmt)]


def officers(uow: UnitOfWork, on: dt.date | None = None, *,
             everyone: bool = False) -> list[Officer]:
    """The management team on a day (today by default); ``everyone``: every mandate ever."""
    with uow.read() as s:
        return _officers(s, on or dt.date.today(), everyone)


def committee_members(s: Session, kind: MeetingKind, on: dt.date) -> list[int]:
    """Member ids holding, on ``on``, a position that sits on the committee ``kind``."""
    b = bylaws_in(s)
    names = [] if b is None else [p.name for p in b.positions if p.committee == kind]
    if not names:
        return []
    return sorted(set(s.scalars(select(MandateRow.member_id).where(
        MandateRow.position.in_(names), MandateRow.ended_on.is_(None),
        MandateRow.starts <= on, MandateRow.ends >= on))))


def warnings(uow: UnitOfWork, on: dt.date | None = None,
             within_days: int = WARN_DAYS) -> list[Warning]:
    """Terms over or ending soon, seats left empty, and a board short of women."""
    day = on or dt.date.today()
    out: list[Warning] = []
    with uow.read() as s:
        b = bylaws_in(s)
        current = _officers(s, day, everyone=False)
        latest: dict[tuple[str, int], Officer] = {}
        for o in _officers(s, day, everyone=True):
            key = (o.position, o.number)
            if o.ended_on is None and (key not in latest or o.ends > latest[key].ends):
                latest[key] = o
    for o in current:
        if o.days_left <= within_days:
            out.append(Warning(o.position, _(
                "{name}'s term as {position} ends on {day} ({days} days).", name=o.name,
                position=o.position, day=o.ends.isoformat(), days=o.days_left), "expiring"))
    if b is not None:
        for p in b.positions:
            held = sum(1 for o in current if o.position == p.name)
            if held >= p.seats:
                continue
            out.append(Warning(p.name, _("{position}: {held} of {seats} seats filled.",
                                         position=p.name, held=held, seats=p.seats), "vacant"))
            for o in latest.values():   # terms run out in the last year, not yet replaced
                if (o.position == p.name and day - dt.timedelta(days=365) <= o.ends < day
                        and not any(c.number == o.number and c.position == p.name
                                    for c in current)):
                    out.append(Warning(p.name, _(
                        "{name}'s term as {position} ended on {day}; elect a successor.",
                        name=o.name, position=o.position, day=o.ends.isoformat()), "expired"))
        problem = board_gender_ok(b, [o.sex for o in current])
        if problem:
            out.append(Warning("", problem, "board"))
    return out


def _digests(session: Session) -> list[tuple[str, str]]:
    return [(str(r.id), _digest(session, r)) for r in session.scalars(select(MandateRow))]


audit.register_digest_source("mandate", _digests, "mandate")
