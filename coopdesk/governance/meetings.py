"""Meetings: convocation, attendance and proxies, the quorum, motions and resolutions, minutes.

A meeting goes planned -> convened -> open -> closed -> final. It is *convened* on a day with
its agenda, which must give the notice the bylaws require for its kind. When it *opens*, the
number of those entitled to attend is fixed: for a general assembly the active members, for a
committee the members holding a position that sits on it (the officers register). Members are
checked in at the door (found by number, name or photo) and may leave; an absent member may be
represented by one present, within the bylaws' limit of proxies. The quorum is computed from
the bylaws at any moment (first or second call by the time since the meeting was called for).

A motion is put under an agenda item and voted by a show of hands (the counts) or, in a
committee, by name; the bylaws' majority for its type of decision says whether it passed, and
a motion that passes becomes a resolution numbered in the year (``2026-007``). No motion is
recorded without a quorum.

Minutes are written per agenda item while the meeting is open or closed. Once closed, the
president and the secretary each sign them off with their own login: the first signature
freezes the text, the second makes the minutes final - numbered in the minutes book, with a
digest carried by the audit event, so a change made afterwards outside coopdesk shows on
``coopdesk verify``. Final minutes are never edited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission, Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.governance.bylaws import (
    DECISION_LABELS,
    MEETING_LABELS,
    Bylaws,
    Decision,
    DecisionType,
    MeetingKind,
    QuorumState,
    decide,
    notice_ok,
    quorum,
)
from coopdesk.governance.models import (
    AgendaItemRow,
    AttendanceRow,
    MeetingRow,
    MotionRow,
    MotionVoteRow,
    ProxyRow,
)
from coopdesk.governance.officers import committee_members
from coopdesk.governance.services import bylaws_in
from coopdesk.members.models import Member
from coopdesk.members.rules import Status, fold

AREA = "meetings"
PLANNED, CONVENED, OPEN, CLOSED, FINAL = "planned", "convened", "open", "closed", "final"
STATUS_LABELS = {PLANNED: N_("planned"), CONVENED: N_("convened"), OPEN: N_("in session"),
                 CLOSED: N_("closed, minutes to sign"), FINAL: N_("minutes final")}
HANDS, NAMED = "hands", "named"
METHOD_LABELS = {HANDS: N_("show of hands"), NAMED: N_("named vote")}
YES, NO, ABSTAIN = "yes", "no", "abstain"
VOTE_LABELS = {YES: N_("in favour"), NO: N_("against"), ABSTAIN: N_("abstains")}
FOUND_BY = ("number", "name", "photo")
ASSEMBLIES = (MeetingKind.ORDINARY, MeetingKind.EXTRAORDINARY)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _clean(text: str) -> str:
    return " ".join(text.split())


# --- plain data ----------------------------------------------------------------------------

@dataclass(frozen=True)
class MotionInfo:
    id: int
    item_id: int
    text: str
    decision_type: str
    method: str
    yes: int
    no: int
    abstain: int
    invalid: int
    present: int
    entitled: int
    passed: bool
    explanation: str
    resolution: str | None
    votes: tuple[tuple[int, str, str], ...]    # named votes: member number, name, vote


@dataclass(frozen=True)
class ItemInfo:
    id: int
    place: int
    title: str
    minutes: str
    motions: tuple[MotionInfo, ...]


@dataclass(frozen=True)
class Attendee:
    number: int
    name: str
    arrived_at: dt.datetime
    left_at: dt.datetime | None
    found_by: str


@dataclass(frozen=True)
class Proxy:
    giver: int
    giver_name: str
    holder: int
    holder_name: str


@dataclass(frozen=True)
class RollLine:
    """A member entitled to attend, for the attendance sheet."""

    number: int
    name: str
    present: bool
    represented_by: int | None


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    kind: str
    title: str
    scheduled_at: dt.datetime
    place: str
    status: str
    number: int | None


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    kind: str
    title: str
    scheduled_at: dt.datetime
    place: str
    status: str
    convened_on: dt.date | None
    reconvened: bool
    chair: str
    secretary: str
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None
    eligible: int
    number: int | None
    signed_president: str | None
    signed_president_at: dt.datetime | None
    signed_secretary: str | None
    signed_secretary_at: dt.datetime | None
    digest: str | None
    items: tuple[ItemInfo, ...]
    attendees: tuple[Attendee, ...]
    proxies: tuple[Proxy, ...]

    @property
    def present(self) -> int:
        return sum(1 for a in self.attendees if a.left_at is None)

    @property
    def kind_label(self) -> str:
        return _(MEETING_LABELS[MeetingKind(self.kind)])

    @property
    def resolutions(self) -> list[MotionInfo]:
        return [m for i in self.items for m in i.motions if m.resolution]


# --- helpers -------------------------------------------------------------------------------

def _name(m: Member) -> str:
    return f"{m.first_names} {m.last_names}"


def _meeting(s: Session, meeting_id: int, lock: bool = False) -> MeetingRow:
    stmt = select(MeetingRow).where(MeetingRow.id == meeting_id)
    row = s.scalar(stmt.with_for_update() if lock else stmt)
    if row is None:
        raise NotFound(_("There is no meeting {id}.", id=meeting_id))
    return row


def _require(row: MeetingRow, *statuses: str) -> None:
    if row.status not in statuses:
        raise ValidationError(_("The meeting '{title}' is {status}: this cannot be done now.",
                                title=row.title, status=_(STATUS_LABELS[row.status])),
                              "status")


def _bylaws(s: Session) -> Bylaws:
    b = bylaws_in(s)
    if b is None:
        raise ValidationError(_("Enter the bylaws first: the quorum and the majorities come "
                                "from them."), "bylaws")
    return b


def _member(s: Session, number: int) -> Member:
    m = s.scalar(select(Member).where(Member.number == number))
    if m is None:
        raise NotFound(_("There is no member number {number}.", number=number))
    return m


def _entitled_ids(s: Session, row: MeetingRow) -> list[int]:
    """Who may attend and vote: active members at an assembly, the committee's officers at a
    committee meeting."""
    kind = MeetingKind(row.kind)
    if kind in ASSEMBLIES:
        return list(s.scalars(select(Member.id).where(Member.status == Status.ACTIVE)
                              .order_by(Member.number)))
    return committee_members(s, kind, row.scheduled_at.date())


def _entitled(s: Session, row: MeetingRow, m: Member) -> None:
    if m.id not in set(_entitled_ids(s, row)):
        kind = MeetingKind(row.kind)
        if kind in ASSEMBLIES:
            raise ValidationError(_("{name} (member {number}) is not on the roll: only active "
                                    "members attend and vote.", name=_name(m),
                                    number=m.number), "member")
        raise ValidationError(_("{name} (member {number}) does not sit on the {committee}.",
                                name=_name(m), number=m.number,
                                committee=_(MEETING_LABELS[kind]).lower()), "member")


def _present_ids(s: Session, meeting_id: int) -> set[int]:
    return set(s.scalars(select(AttendanceRow.member_id).where(
        AttendanceRow.meeting_id == meeting_id, AttendanceRow.left_at.is_(None))))


def _counted_proxies(s: Session, meeting_id: int, present: set[int]) -> int:
    """Proxies whose holder is in the room."""
    return sum(1 for h in s.scalars(select(ProxyRow.holder_id).where(
        ProxyRow.meeting_id == meeting_id)) if h in present)


def _quorum(s: Session, row: MeetingRow, at: dt.datetime | None = None) -> QuorumState:
    b = _bylaws(s)
    present = _present_ids(s, row.id)
    proxies = _counted_proxies(s, row.id, present) if b.proxies.allowed else 0
    eligible = row.eligible if row.eligible is not None else len(_entitled_ids(s, row))
    minutes = max(int(((at or dt.datetime.now()) - row.scheduled_at).total_seconds() // 60), 0)
    return quorum(b, MeetingKind(row.kind), eligible, len(present), proxies, minutes,
                  reconvened=row.reconvened)


def _motions(s: Session, meeting_id: int) -> dict[int, list[MotionInfo]]:
    votes: dict[int, list[tuple[int, str, str]]] = {}
    for v, m in s.execute(select(MotionVoteRow, Member)
                          .join(Member, Member.id == MotionVoteRow.member_id)
                          .join(MotionRow, MotionRow.id == MotionVoteRow.motion_id)
                          .where(MotionRow.meeting_id == meeting_id)
                          .order_by(Member.number)):
        votes.setdefault(v.motion_id, []).append((m.number, _name(m), v.vote))
    out: dict[int, list[MotionInfo]] = {}
    for r in s.scalars(select(MotionRow).where(MotionRow.meeting_id == meeting_id)
                       .order_by(MotionRow.id)):
        out.setdefault(r.item_id, []).append(MotionInfo(
            r.id, r.item_id, r.text, r.decision_type, r.method, r.yes, r.no, r.abstain,
            r.invalid, r.present, r.entitled, r.passed, r.explanation, r.resolution,
            tuple(votes.get(r.id, ()))))
    return out


def _info(s: Session, row: MeetingRow) -> MeetingInfo:
    motions = _motions(s, row.id)
    items = tuple(ItemInfo(i.id, i.place, i.title, i.minutes, tuple(motions.get(i.id, ())))
                  for i in s.scalars(select(AgendaItemRow).where(
                      AgendaItemRow.meeting_id == row.id).order_by(AgendaItemRow.place)))
    attendees = tuple(Attendee(m.number, _name(m), a.arrived_at, a.left_at, a.found_by)
                      for a, m in s.execute(
                          select(AttendanceRow, Member)
                          .join(Member, Member.id == AttendanceRow.member_id)
                          .where(AttendanceRow.meeting_id == row.id).order_by(Member.number)))
    names = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(
        select(ProxyRow.giver_id).where(ProxyRow.meeting_id == row.id).union(
            select(ProxyRow.holder_id).where(ProxyRow.meeting_id == row.id)))))}
    proxies = tuple(sorted((Proxy(names[p.giver_id].number, _name(names[p.giver_id]),
                                  names[p.holder_id].number, _name(names[p.holder_id]))
                            for p in s.scalars(select(ProxyRow).where(
                                ProxyRow.meeting_id == row.id))), key=lambda p: p.giver))
    eligible = row.eligible if row.eligible is not None else len(_entitled_ids(s, row))
    return MeetingInfo(row.id, row.kind, row.title, row.scheduled_at, row.place, row.status,
                       row.convened_on, row.reconvened, row.chair, row.secretary,
                       row.opened_at, row.closed_at, eligible, row.number,
                       row.signed_president, row.signed_president_at, row.signed_secretary,
                       row.signed_secretary_at, row.digest, items, attendees, proxies)


def _minutes_digest(s: Session, row: MeetingRow) -> str:
    """What the chain keeps of final minutes: the meeting, its items and their minutes, the
    motions and named votes, who attended and who was represented."""
    info = _info(s, row)
    return audit.digest({
        "kind": info.kind, "title": info.title, "scheduled_at": info.scheduled_at,
        "place": info.place, "convened_on": info.convened_on, "reconvened": info.reconvened,
        "chair": info.chair, "secretary": info.secretary, "opened_at": info.opened_at,
        "closed_at": info.closed_at, "eligible": info.eligible, "number": info.number,
        "signed": [info.signed_president, info.signed_secretary],
        "items": [[i.place, i.title, i.minutes,
                   [[m.text, m.decision_type, m.method, m.yes, m.no, m.abstain, m.invalid,
                     m.present, m.entitled, m.passed, m.resolution, list(m.votes)]
                    for m in i.motions]] for i in info.items],
        "attendees": [[a.number, a.arrived_at, a.left_at] for a in info.attendees],
        "proxies": [[p.giver, p.holder] for p in info.proxies],
    })


def _audit(tx: WriteTx, action: str, row: MeetingRow, **summary: object) -> None:
    tx.session.flush()
    tx.audit(action, "meeting", row.id, **summary)


# --- preparing -----------------------------------------------------------------------------

def create_meeting(uow: UnitOfWork, kind: MeetingKind | str, title: str,
                   scheduled_at: dt.datetime, *, place: str = "",
                   agenda: Sequence[str] = (), reconvened: bool = False) -> int:
    """Plan a meeting. ``reconvened``: the second convocation of one that lacked a quorum
    (the bylaws' second-call quorum applies from the start)."""
    try:
        kind = MeetingKind(kind)
    except ValueError:
        raise ValidationError(_("'{kind}' is not a kind of meeting; choose one of {kinds}.",
                                kind=kind, kinds=", ".join(k.value for k in MeetingKind)),
                              "kind") from None
    title = _clean(title) or _(MEETING_LABELS[kind])
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = MeetingRow(kind=kind.value, title=title, scheduled_at=scheduled_at,
                         place=_clean(place), reconvened=reconvened, status=PLANNED,
                         chair="", secretary="", created_by=tx.actor.username,
                         created_at=_now())
        s.add(row)
        s.flush()
        for place_no, text in enumerate(_agenda(agenda), 1):
            s.add(AgendaItemRow(meeting_id=row.id, place=place_no, title=text, minutes=""))
        _audit(tx, "meeting.create", row, kind=kind.value, title=title,
               at=scheduled_at.isoformat())
        return row.id


def _agenda(titles: Iterable[str]) -> list[str]:
    out = []
    for n, text in enumerate(titles, 1):
        text = _clean(text)
        if not text:
            raise ValidationError(_("Agenda item {n} has no title.", n=n), f"agenda.{n}")
        out.append(text)
    return out


def set_agenda(uow: UnitOfWork, meeting_id: int, titles: Sequence[str]) -> None:
    """Replace the agenda of a meeting not yet convened."""
    clean = _agenda(titles)
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, PLANNED)
        for item in s.scalars(select(AgendaItemRow).where(AgendaItemRow.meeting_id == row.id)):
            s.delete(item)
        s.flush()
        for place_no, text in enumerate(clean, 1):
            s.add(AgendaItemRow(meeting_id=row.id, place=place_no, title=text, minutes=""))
        _audit(tx, "meeting.agenda", row, items=len(clean))


def add_item(uow: UnitOfWork, meeting_id: int, title: str) -> int:
    """An item added at the end of the agenda (before or during the meeting: "any other
    business" the assembly agrees to take)."""
    text = _clean(title)
    if not text:
        raise ValidationError(_("Give the agenda item a title."), "title")
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, PLANNED, CONVENED, OPEN)
        place_no = int(s.scalar(select(func.coalesce(func.max(AgendaItemRow.place), 0))
                                .where(AgendaItemRow.meeting_id == row.id)) or 0) + 1
        item = AgendaItemRow(meeting_id=row.id, place=place_no, title=text, minutes="")
        s.add(item)
        _audit(tx, "meeting.item", row, place=place_no, title=text)
        return item.id


def convene(uow: UnitOfWork, meeting_id: int, on: dt.date,
            holidays: Iterable[dt.date] = ()) -> None:
    """Record that the convocation went out on ``on``; refused when that gives less notice
    than the bylaws require, or when there is no agenda."""
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, PLANNED, CONVENED)
        if not s.scalar(select(func.count()).select_from(AgendaItemRow)
                        .where(AgendaItemRow.meeting_id == row.id)):
            raise ValidationError(_("A convocation states the agenda: add its items first."),
                                  "agenda")
        problem = notice_ok(_bylaws(s), MeetingKind(row.kind), on, row.scheduled_at.date(),
                            holidays)
        if problem:
            raise ValidationError(problem, "convened_on")
        row.convened_on, row.status = on, CONVENED
        _audit(tx, "meeting.convene", row, on=on.isoformat())


def notice_problem(uow: UnitOfWork, meeting_id: int, on: dt.date) -> str | None:
    """What :func:`convene` would refuse for a convocation sent on ``on`` (None: enough)."""
    with uow.read() as s:
        row = _meeting(s, meeting_id)
        return notice_ok(_bylaws(s), MeetingKind(row.kind), on, row.scheduled_at.date())


# --- in session ----------------------------------------------------------------------------

def open_meeting(uow: UnitOfWork, meeting_id: int, chair: str, secretary: str,
                 at: dt.datetime | None = None) -> None:
    """Open the session: the chair and the secretary of the meeting are named, and the number
    of those entitled to attend is fixed from the roll."""
    chair, secretary = _clean(chair), _clean(secretary)
    if not chair:
        raise ValidationError(_("Say who chairs the meeting."), "chair")
    if not secretary:
        raise ValidationError(_("Say who takes the minutes."), "secretary")
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, CONVENED)
        _bylaws(s)
        row.eligible = len(_entitled_ids(s, row))
        row.chair, row.secretary = chair, secretary
        row.opened_at, row.status = at or dt.datetime.now().replace(microsecond=0), OPEN
        _audit(tx, "meeting.open", row, eligible=row.eligible, chair=chair,
               secretary=secretary)


def find_members(uow: UnitOfWork, meeting_id: int, text: str, limit: int = 12
                 ) -> list[tuple[int, str, bool]]:
    """Members entitled to attend matching a number or part of a name: (number, name,
    already present), for the check-in at the door."""
    text = _clean(text)
    with uow.read() as s:
        row = _meeting(s, meeting_id)
        ids = _entitled_ids(s, row)
        present = _present_ids(s, row.id)
        stmt = select(Member).where(Member.id.in_(ids))
        if text.isdigit():
            stmt = stmt.where(Member.number == int(text))
        else:
            for word in fold(text).split():
                stmt = stmt.where(Member.search_text.contains(word))
        return [(m.number, _name(m), m.id in present)
                for m in s.scalars(stmt.order_by(Member.number).limit(limit))]


def _when(row: MeetingRow, at: dt.datetime | None) -> dt.datetime:
    """The time of a step of the meeting: now, or the time given when the secretary enters a
    meeting held on paper (never before it opened, nor in the future)."""
    if at is None:
        return dt.datetime.now().replace(microsecond=0)
    if at > dt.datetime.now() or (row.opened_at is not None and at < row.opened_at):
        raise ValidationError(_("{time} is not during the meeting.",
                                time=at.isoformat(sep=" ", timespec="minutes")), "at")
    return at


def check_in(uow: UnitOfWork, meeting_id: int, number: int, found_by: str = "number",
             at: dt.datetime | None = None) -> str:
    """A member arrives (or comes back) - now, or at ``at`` for a meeting entered from its
    paper sheet; their own proxy, if they gave one, lapses. Returns the quorum's message
    after them."""
    if found_by not in FOUND_BY:
        raise ValidationError(_("A member is found by number, name or photo."), "found_by")
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, OPEN)
        m = _member(s, number)
        _entitled(s, row, m)
        a = s.get(AttendanceRow, (row.id, m.id))
        if a is not None and a.left_at is None:
            raise ValidationError(_("{name} (member {number}) is already checked in.",
                                    name=_name(m), number=m.number), "member")
        if a is None:
            s.add(AttendanceRow(meeting_id=row.id, member_id=m.id, arrived_at=_when(row, at),
                                found_by=found_by, checked_by=tx.actor.username))
        else:
            a.left_at = None
        given = s.get(ProxyRow, (row.id, m.id))
        if given is not None:
            s.delete(given)
        _audit(tx, "meeting.check_in", row, member=m.number, found_by=found_by)
        s.flush()
        return _quorum(s, row, at).message


def check_out(uow: UnitOfWork, meeting_id: int, number: int,
              at: dt.datetime | None = None) -> str:
    """A member leaves before the end: no longer counted, nor the proxies they hold."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, OPEN)
        m = _member(s, number)
        a = s.get(AttendanceRow, (row.id, m.id))
        if a is None or a.left_at is not None:
            raise ValidationError(_("{name} (member {number}) is not in the room.",
                                    name=_name(m), number=m.number), "member")
        a.left_at = _when(row, at)
        _audit(tx, "meeting.check_out", row, member=m.number)
        s.flush()
        return _quorum(s, row, at).message


def add_proxy(uow: UnitOfWork, meeting_id: int, giver: int, holder: int) -> None:
    """An absent member (``giver``) is represented by one in the room (``holder``), within
    the bylaws' limit of proxies per member."""
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, OPEN)
        b = _bylaws(s)
        if not b.proxies.allowed:
            raise ValidationError(_("The bylaws allow no proxies."), "proxy")
        g, h = _member(s, giver), _member(s, holder)
        if g.id == h.id:
            raise ValidationError(_("A member cannot hold their own proxy."), "holder")
        _entitled(s, row, g)
        present = _present_ids(s, row.id)
        if g.id in present:
            raise ValidationError(_("{name} (member {number}) is in the room and votes in "
                                    "person.", name=_name(g), number=g.number), "giver")
        if h.id not in present:
            raise ValidationError(_("{name} (member {number}) must be checked in to hold a "
                                    "proxy.", name=_name(h), number=h.number), "holder")
        if s.get(ProxyRow, (row.id, g.id)) is not None:
            raise ValidationError(_("{name} (member {number}) has already given a proxy.",
                                    name=_name(g), number=g.number), "giver")
        if s.scalar(select(ProxyRow.giver_id).where(ProxyRow.meeting_id == row.id,
                                                    ProxyRow.holder_id == g.id).limit(1)):
            raise ValidationError(_("{name} (member {number}) holds proxies and is absent.",
                                    name=_name(g), number=g.number), "giver")
        held = int(s.scalar(select(func.count()).select_from(ProxyRow).where(
            ProxyRow.meeting_id == row.id, ProxyRow.holder_id == h.id)) or 0)
        if held >= b.proxies.max_per_member:
            raise ValidationError(_("{name} (member {number}) already holds {count} proxies, "
                                    "the most the bylaws allow.", name=_name(h),
                                    number=h.number, count=held), "holder")
        s.add(ProxyRow(meeting_id=row.id, giver_id=g.id, holder_id=h.id,
                       registered_by=tx.actor.username))
        _audit(tx, "meeting.proxy", row, giver=g.number, holder=h.number)


def remove_proxy(uow: UnitOfWork, meeting_id: int, giver: int) -> None:
    with uow.write(Permission.ELECTION, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, OPEN)
        g = _member(s, giver)
        p = s.get(ProxyRow, (row.id, g.id))
        if p is None:
            raise ValidationError(_("{name} (member {number}) gave no proxy.", name=_name(g),
                                    number=g.number), "giver")
        s.delete(p)
        _audit(tx, "meeting.proxy_removed", row, giver=g.number)


def quorum_now(uow: UnitOfWork, meeting_id: int, at: dt.datetime | None = None) -> QuorumState:
    """The quorum at ``at`` (now): who is needed, who is there, what is missing."""
    with uow.read() as s:
        return _quorum(s, _meeting(s, meeting_id), at)


def record_motion(uow: UnitOfWork, meeting_id: int, item_id: int, text: str,
                  decision_type: DecisionType | str, *, yes: int = 0, no: int = 0,
                  abstain: int = 0, invalid: int = 0,
                  named: Mapping[int, str] | None = None) -> MotionInfo:
    """Put a motion to the vote and record the result the bylaws give.

    By a show of hands, give the counts; by name (``named``: member number -> ``yes``, ``no``
    or ``abstain``), the counts are made from the votes, each voter being in the room. The
    motion is refused, naming the field, when the counts cannot be (more votes than members
    present or represented) or when there is no quorum.
    """
    text = _clean(text)
    if not text:
        raise ValidationError(_("Write the motion put to the vote."), "text")
    try:
        dtype = DecisionType(decision_type)
    except ValueError:
        raise ValidationError(_("'{kind}' is not a type of decision.", kind=decision_type),
                              "decision_type") from None
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, OPEN)
        item = s.get(AgendaItemRow, item_id)
        if item is None or item.meeting_id != row.id:
            raise NotFound(_("Item {id} is not on this meeting's agenda.", id=item_id))
        b = _bylaws(s)
        q = _quorum(s, row)
        if not q.reached:
            raise ValidationError(_("No quorum: {message} The meeting cannot decide.",
                                    message=q.message), "quorum")
        present_ids = _present_ids(s, row.id)
        voters: list[tuple[int, str]] = []
        if named is not None:
            counts = {YES: 0, NO: 0, ABSTAIN: 0}
            for number, vote in sorted(named.items()):
                if vote not in counts:
                    raise ValidationError(_("Member {number}: a vote is yes, no or abstain, "
                                            "not '{vote}'.", number=number, vote=vote),
                                          f"votes.{number}")
                m = _member(s, number)
                if m.id not in present_ids:
                    raise ValidationError(_("{name} (member {number}) is not in the room and "
                                            "cannot vote.", name=_name(m), number=m.number),
                                          f"votes.{number}")
                counts[vote] += 1
                voters.append((m.id, vote))
            yes, no, abstain, invalid = counts[YES], counts[NO], counts[ABSTAIN], 0
        decision: Decision = decide(b, dtype, yes, no, abstain, invalid,
                                    entitled=row.eligible or 0,
                                    present=q.present_with_proxies)
        resolution = None
        if decision.passed:
            year = row.scheduled_at.year
            taken = s.scalars(select(MotionRow.resolution).where(
                MotionRow.resolution.like(f"{year}-%")))
            n = max((int(r.rsplit("-", 1)[1]) for r in taken if r), default=0) + 1
            resolution = f"{year}-{n:03d}"
        motion = MotionRow(meeting_id=row.id, item_id=item.id, text=text,
                           decision_type=dtype.value, method=NAMED if named is not None
                           else HANDS, yes=yes, no=no, abstain=abstain, invalid=invalid,
                           present=q.present_with_proxies, entitled=row.eligible or 0,
                           passed=decision.passed, explanation=decision.explanation,
                           resolution=resolution, recorded_by=tx.actor.username,
                           recorded_at=_now())
        s.add(motion)
        s.flush()
        for member_id, vote in voters:
            s.add(MotionVoteRow(motion_id=motion.id, member_id=member_id, vote=vote))
        _audit(tx, "meeting.motion", row, motion=motion.id, decision=dtype.value, yes=yes,
               no=no, abstain=abstain, invalid=invalid, passed=decision.passed,
               resolution=resolution)
        s.flush()
        return next(m for m in _motions(s, row.id)[item.id] if m.id == motion.id)


def close_meeting(uow: UnitOfWork, meeting_id: int, at: dt.datetime | None = None) -> None:
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        row = _meeting(tx.session, meeting_id, lock=True)
        _require(row, OPEN)
        row.status, row.closed_at = CLOSED, _when(row, at)
        _audit(tx, "meeting.close", row)


# --- the minutes ---------------------------------------------------------------------------

def write_minutes(uow: UnitOfWork, meeting_id: int, item_id: int, text: str) -> None:
    """The minutes of one agenda item; refused once anyone has signed them."""
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, OPEN, CLOSED)
        if row.signed_president or row.signed_secretary:
            raise ValidationError(_("The minutes are signed: they can no longer be changed."),
                                  "minutes")
        item = s.get(AgendaItemRow, item_id)
        if item is None or item.meeting_id != row.id:
            raise NotFound(_("Item {id} is not on this meeting's agenda.", id=item_id))
        item.minutes = text.strip()
        _audit(tx, "meeting.minutes", row, item=item.place,
               text=audit.digest(item.minutes))


def sign_minutes(uow: UnitOfWork, meeting_id: int, at: dt.datetime | None = None
                 ) -> MeetingInfo:
    """Sign the closed meeting's minutes as president or as secretary (the user's role).

    The first signature freezes the text; the second makes the minutes final: numbered in the
    minutes book, their digest carried by the audit chain.
    """
    actor = uow.actor
    as_president, as_secretary = Role.PRESIDENT in actor.roles, Role.SECRETARY in actor.roles
    if not (as_president or as_secretary):
        raise PermissionDenied(_("{user} may not sign minutes: only the president and the "
                                 "secretary sign them.", user=actor.username))
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = _meeting(s, meeting_id, lock=True)
        _require(row, CLOSED)
        now = _when(row, at)
        if row.closed_at is not None and now < row.closed_at:
            raise ValidationError(_("Minutes are signed after the meeting closes."), "at")
        if as_president and row.signed_president is None:
            row.signed_president, row.signed_president_at = actor.username, now
            role = "president"
        elif as_secretary and row.signed_secretary is None:
            row.signed_secretary, row.signed_secretary_at = actor.username, now
            role = "secretary"
        else:
            raise ValidationError(_("{user} has already signed these minutes.",
                                    user=actor.username), "signature")
        if row.signed_president and row.signed_president == row.signed_secretary:
            raise ValidationError(_("The president and the secretary are two people: the "
                                    "other must sign."), "signature")
        _audit(tx, "meeting.sign", row, role=role)
        if row.signed_president and row.signed_secretary:
            row.number = int(s.scalar(select(func.coalesce(func.max(MeetingRow.number), 0)))
                             or 0) + 1
            row.status = FINAL
            s.flush()
            row.digest = _minutes_digest(s, row)
            _audit(tx, "meeting.final", row, number=row.number, digest=row.digest)
        s.flush()
        return _info(s, row)


# --- reading -------------------------------------------------------------------------------

def meetings(uow: UnitOfWork) -> list[MeetingSummary]:
    """Every meeting, the latest first."""
    with uow.read() as s:
        return [MeetingSummary(r.id, r.kind, r.title, r.scheduled_at, r.place, r.status,
                               r.number)
                for r in s.scalars(select(MeetingRow).order_by(MeetingRow.scheduled_at.desc(),
                                                               MeetingRow.id.desc()))]


def meeting_info(uow: UnitOfWork, meeting_id: int) -> MeetingInfo:
    with uow.read() as s:
        return _info(s, _meeting(s, meeting_id))


def roll(uow: UnitOfWork, meeting_id: int) -> list[RollLine]:
    """Everyone entitled to attend, in member order, with who came and who was represented:
    the attendance sheet's lines."""
    with uow.read() as s:
        row = _meeting(s, meeting_id)
        ids = _entitled_ids(s, row)
        came = set(s.scalars(select(AttendanceRow.member_id).where(
            AttendanceRow.meeting_id == row.id)))
        proxies = {g: h for g, h in s.execute(select(ProxyRow.giver_id, ProxyRow.holder_id)
                                              .where(ProxyRow.meeting_id == row.id))}
        numbers = {i: n for i, n in s.execute(select(Member.id, Member.number).where(
            Member.id.in_(list(proxies.values()))))}
        return [RollLine(m.number, _name(m), m.id in came,
                         numbers[proxies[m.id]] if m.id in proxies else None)
                for m in s.scalars(select(Member).where(Member.id.in_(ids))
                                   .order_by(Member.number))]


def decision_label(value: str) -> str:
    return _(DECISION_LABELS[DecisionType(value)])


def _digests(session: Session) -> list[tuple[str, str]]:
    """Final minutes only: until then the minutes are a draft (their events say what
    changed)."""
    return [(str(r.id), _minutes_digest(session, r))
            for r in session.scalars(select(MeetingRow).where(MeetingRow.status == FINAL))]


audit.register_digest_source("meeting", _digests, "meeting")
