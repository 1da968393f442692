"""Training sessions with their attendance, each member's training history, and the incident
register (accidents, near misses, mercury used or spilled, a child on a site...).

A session may be planned ahead; only one that has taken place can have attendance. The
attendance list is checked as a whole: every unknown or inactive member is named in one
refusal, and nothing is written. An incident is recorded with a gap-free number, closed with
the action taken and never deleted nor reopened: what happens after it closed is a new record.
Mercury is given in grams and kept in whole milligrams. Every change is audited with a digest
of the record, so a session or an incident changed outside coopdesk is found by ``verify``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import BatchInvalid, NotFound, Problem, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.members.models import Member, Site
from coopdesk.members.rules import Status
from coopdesk.members.services import next_number
from coopdesk.plans.models import IncidentRow, TrainingAttendanceRow, TrainingRow

AREA = "plans"
TRAINING_AREA, INCIDENT_AREA = "training", "incidents"
THEMES = {
    "safety": N_("Safety at work"),
    "first_aid": N_("First aid"),
    "mercury": N_("Mercury and mercury-free processing"),
    "environment": N_("Environment"),
    "governance": N_("Governance and the bylaws"),
    "finance": N_("Finance and bookkeeping"),
    "gender": N_("Gender and women's leadership"),
    "rights": N_("Rights and the law"),
    "technical": N_("Mining and processing techniques"),
    "other": N_("Other"),
}
INCIDENT_KINDS = {
    "accident": N_("Accident"),
    "near_miss": N_("Near miss"),
    "occupational_illness": N_("Occupational illness"),
    "mercury_use": N_("Mercury used"),
    "mercury_spill": N_("Mercury spilled or released"),
    "environmental": N_("Environmental damage"),
    "child_labour": N_("Child labour"),
    "conflict": N_("Conflict or violence"),
    "security": N_("Security (theft, intrusion)"),
    "other": N_("Other"),
}
SEVERITIES = {"minor": N_("minor"), "serious": N_("serious"), "fatal": N_("fatal")}
MERCURY_KINDS = frozenset({"mercury_use", "mercury_spill"})
MAX_MINUTES = 16 * 60
ONE_DECIMAL = Decimal("0.1")


def theme_label(key: str) -> str:
    return _(THEMES[key]) if key in THEMES else key


def kind_label(key: str) -> str:
    return _(INCIDENT_KINDS[key]) if key in INCIDENT_KINDS else key


def severity_label(key: str) -> str:
    return _(SEVERITIES[key]) if key in SEVERITIES else key


# ---- what the services return ------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingSession:
    id: int
    date: dt.date
    topic: str
    theme: str
    trainer: str
    place: str
    minutes: int
    notes: str
    attendees: int
    women: int


@dataclass(frozen=True)
class Attendee:
    number: int
    name: str
    sex: str


@dataclass(frozen=True)
class SessionDetail:
    session: TrainingSession
    attendees: tuple[Attendee, ...]


@dataclass(frozen=True)
class Candidate:
    """A member who may be ticked on a session's list, and whether they are."""

    number: int
    name: str
    sex: str
    attended: bool


@dataclass(frozen=True)
class MemberSession:
    id: int
    date: dt.date
    topic: str
    theme: str
    trainer: str
    minutes: int


@dataclass(frozen=True)
class ThemeTotal:
    theme: str
    sessions: int
    minutes: int


@dataclass(frozen=True)
class MemberHistory:
    number: int
    name: str
    sex: str
    status: str
    joined: dt.date
    sessions: tuple[MemberSession, ...]     # the latest first
    by_theme: tuple[ThemeTotal, ...]        # in the order of THEMES
    minutes: int


@dataclass(frozen=True)
class ThemeSummary:
    theme: str
    sessions: int
    attendances: int     # one per member per session
    members: int         # different members
    minutes: int         # length of the sessions
    person_minutes: int  # length times attendees


@dataclass(frozen=True)
class TrainingSummary:
    start: dt.date
    end: dt.date
    sessions: int
    attendances: int
    members_trained: int
    women_trained: int
    women_share: Decimal    # per cent of the members trained, one decimal
    hours: Decimal          # hours of training given (sessions' length)
    person_hours: Decimal   # hours times attendees
    by_theme: tuple[ThemeSummary, ...]


@dataclass(frozen=True)
class Incident:
    number: int
    date: dt.date
    kind: str
    severity: str
    site_id: int | None
    site: str | None
    member: int | None
    member_name: str | None
    description: str
    mercury_grams: Decimal | None
    action_taken: str
    closed_on: dt.date | None
    recorded_by: str

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class IncidentSummary:
    start: dt.date
    end: dt.date
    total: int
    open: int
    by_kind: dict[str, int]
    by_severity: dict[str, int]
    by_kind_severity: dict[tuple[str, str], int]
    mercury_grams: Decimal
    last_accident: dt.date | None
    days_since_accident: int | None   # from the last accident up to ``end`` (or today)


# ---- checks ------------------------------------------------------------------------------------

def _text(value: str, field: str, message: str, limit: int = 200) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValidationError(message, field)
    if len(value) > limit:
        raise ValidationError(_("At most {count} characters, please.", count=limit), field)
    return value


def _session_fields(topic: str, theme: str, trainer: str, place: str, minutes: int
                    ) -> tuple[str, str, str]:
    topic = _text(topic, "topic", _("Say what the session was about."))
    if theme not in THEMES:
        raise ValidationError(_("'{theme}' is not a theme; choose one of {themes}.",
                                theme=theme, themes=", ".join(THEMES)), "theme")
    trainer = _text(trainer, "trainer", _("Name the trainer or the organisation."))
    place = " ".join(place.split())
    if len(place) > 200:
        raise ValidationError(_("At most {count} characters, please.", count=200), "place")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
            0 <= minutes <= MAX_MINUTES):
        raise ValidationError(_("The length is in minutes, from 0 to {most}.",
                                most=MAX_MINUTES), "minutes")
    return topic, trainer, place


def _name(m: Member) -> str:
    return f"{m.first_names} {m.last_names}"


def _session_row(s: Session, session_id: int, lock: bool = False) -> TrainingRow:
    stmt = select(TrainingRow).where(TrainingRow.id == session_id)
    row = s.scalar(stmt.with_for_update() if lock else stmt)
    if row is None:
        raise NotFound(_("There is no training session {id}.", id=session_id))
    return row


def _attending(s: Session, session_id: int) -> list[tuple[int, int]]:
    """(member id, number) of those who attended, in number order."""
    return [(i, n) for i, n in s.execute(
        select(Member.id, Member.number)
        .join(TrainingAttendanceRow, TrainingAttendanceRow.member_id == Member.id)
        .where(TrainingAttendanceRow.session_id == session_id).order_by(Member.number))]


def _session_digest(s: Session, row: TrainingRow) -> str:
    return audit.digest({"date": row.date, "topic": row.topic, "theme": row.theme,
                         "trainer": row.trainer, "place": row.place, "minutes": row.minutes,
                         "notes": row.notes,
                         "attendance": [n for _i, n in _attending(s, row.id)]})


def _audit_session(tx: WriteTx, action: str, row: TrainingRow, **summary: object) -> None:
    tx.session.flush()
    tx.audit(action, "training_session", row.id, digest=_session_digest(tx.session, row),
             **summary)
    tx.touch(TRAINING_AREA)


def _check_attendees(s: Session, row: TrainingRow, numbers: Iterable[int],
                     already: set[int]) -> list[Member]:
    """The members named, checked as a whole: every one unknown, not active, or not yet a
    member on the day is named in one refusal. Members already on the list stay allowed
    (one who has left since attended all the same)."""
    wanted = list(dict.fromkeys(numbers))
    found = {m.number: m for m in s.scalars(select(Member).where(Member.number.in_(wanted)))
             } if wanted else {}
    problems: list[Problem] = []
    for number in wanted:
        m = found.get(number)
        if m is None:
            problems.append(Problem(None, None, _("There is no member number {number}.",
                                                  number=number)))
        elif m.id in already:
            continue
        elif m.status != Status.ACTIVE:
            problems.append(Problem(None, None, _(
                "{name} (member {number}) is not an active member.", name=_name(m),
                number=number)))
        elif m.join_date > row.date:
            problems.append(Problem(None, None, _(
                "{name} (member {number}) joined on {joined}, after the session.",
                name=_name(m), number=number, joined=m.join_date.isoformat())))
    if problems:
        exc = BatchInvalid(problems, _("{count} of the members named cannot be on the "
                                       "attendance list; nothing was written.",
                                       count=len(problems)))
        exc.field = "members"
        raise exc
    return [found[n] for n in wanted]


def _not_ahead(row: TrainingRow) -> None:
    if row.date > dt.date.today():
        raise ValidationError(_("The session of {day} has not taken place yet: attendance is "
                                "taken on the day.", day=row.date.isoformat()), "date")


# ---- training: writing -------------------------------------------------------------------------

def add_session(uow: UnitOfWork, date: dt.date, topic: str, theme: str, trainer: str, *,
                place: str = "", minutes: int = 0, notes: str = "") -> int:
    """A session given (or planned); its id."""
    topic, trainer, place = _session_fields(topic, theme, trainer, place, minutes)
    with uow.write(Permission.PLANS, AREA) as tx:
        row = TrainingRow(date=date, topic=topic, theme=theme, trainer=trainer, place=place,
                          minutes=minutes, notes=notes.strip(), created_by=tx.actor.username,
                          created_at=dt.datetime.now())
        tx.session.add(row)
        _audit_session(tx, "training.add", row, date=date.isoformat(), theme=theme)
        return row.id


def update_session(uow: UnitOfWork, session_id: int, date: dt.date, topic: str, theme: str,
                   trainer: str, *, place: str = "", minutes: int = 0, notes: str = "") -> None:
    """Correct a session's facts; one with attendance cannot move into the future."""
    topic, trainer, place = _session_fields(topic, theme, trainer, place, minutes)
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _session_row(s, session_id, lock=True)
        if date > dt.date.today() and _attending(s, row.id):
            raise ValidationError(_("A session with attendance has taken place: it cannot be "
                                    "moved to a day ahead."), "date")
        row.date, row.topic, row.theme, row.trainer = date, topic, theme, trainer
        row.place, row.minutes, row.notes = place, minutes, notes.strip()
        _audit_session(tx, "training.update", row, date=date.isoformat(), theme=theme)


def set_attendance(uow: UnitOfWork, session_id: int, member_numbers: Sequence[int]) -> int:
    """Replace the attendance list with these members; how many attended."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _session_row(s, session_id, lock=True)
        _not_ahead(row)
        before = dict(_attending(s, row.id))
        members = _check_attendees(s, row, member_numbers, set(before))
        keep = {m.id for m in members}
        for member_id in set(before) - keep:
            att = s.get(TrainingAttendanceRow, (row.id, member_id))
            if att is not None:
                s.delete(att)
        for m in members:
            if m.id not in before:
                s.add(TrainingAttendanceRow(session_id=row.id, member_id=m.id))
        _audit_session(tx, "training.attendance", row, attendees=len(keep),
                       added=len(keep - set(before)), removed=len(set(before) - keep))
        return len(keep)


def add_attendee(uow: UnitOfWork, session_id: int, number: int) -> None:
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _session_row(s, session_id, lock=True)
        _not_ahead(row)
        before = dict(_attending(s, row.id))
        (m,) = _check_attendees(s, row, [number], set())
        if m.id in before:
            raise ValidationError(_("{name} (member {number}) is already on the list.",
                                    name=_name(m), number=number), "members")
        s.add(TrainingAttendanceRow(session_id=row.id, member_id=m.id))
        _audit_session(tx, "training.attend", row, member=number)


def remove_attendee(uow: UnitOfWork, session_id: int, number: int) -> None:
    """Take a member off the list (marked by mistake)."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _session_row(s, session_id, lock=True)
        m = s.scalar(select(Member).where(Member.number == number))
        att = None if m is None else s.get(TrainingAttendanceRow, (row.id, m.id))
        if att is None:
            raise ValidationError(_("Member {number} is not on the attendance list of this "
                                    "session.", number=number), "members")
        s.delete(att)
        _audit_session(tx, "training.absent", row, member=number)


# ---- training: reading -------------------------------------------------------------------------

def _counts(s: Session, ids: Sequence[int] | None = None) -> dict[int, tuple[int, int]]:
    women = func.sum(case((Member.sex == "F", 1), else_=0))
    stmt = (select(TrainingAttendanceRow.session_id, func.count(), women)
            .join(Member, Member.id == TrainingAttendanceRow.member_id)
            .group_by(TrainingAttendanceRow.session_id))
    if ids is not None:
        stmt = stmt.where(TrainingAttendanceRow.session_id.in_(list(ids)))
    return {i: (int(n), int(w or 0)) for i, n, w in s.execute(stmt)}


def _session(row: TrainingRow, counts: dict[int, tuple[int, int]]) -> TrainingSession:
    n, w = counts.get(row.id, (0, 0))
    return TrainingSession(row.id, row.date, row.topic, row.theme, row.trainer, row.place,
                           row.minutes, row.notes, n, w)


def sessions(uow: UnitOfWork, start: dt.date | None = None, end: dt.date | None = None,
             theme: str | None = None) -> list[TrainingSession]:
    """Sessions from ``start`` to ``end`` (either open), the latest first, with how many
    attended and how many of them were women."""
    with uow.read() as s:
        stmt = select(TrainingRow).order_by(TrainingRow.date.desc(), TrainingRow.id.desc())
        if start is not None:
            stmt = stmt.where(TrainingRow.date >= start)
        if end is not None:
            stmt = stmt.where(TrainingRow.date <= end)
        if theme is not None:
            stmt = stmt.where(TrainingRow.theme == theme)
        rows = list(s.scalars(stmt))
        counts = _counts(s) if len(rows) > 500 else _counts(s, [r.id for r in rows])
        return [_session(r, counts) for r in rows]


def session_detail(uow: UnitOfWork, session_id: int) -> SessionDetail:
    with uow.read() as s:
        row = _session_row(s, session_id)
        people = tuple(Attendee(m.number, _name(m), m.sex) for m in s.scalars(
            select(Member).join(TrainingAttendanceRow,
                                TrainingAttendanceRow.member_id == Member.id)
            .where(TrainingAttendanceRow.session_id == row.id).order_by(Member.number)))
        return SessionDetail(_session(row, _counts(s, [row.id])), people)


def candidates(uow: UnitOfWork, session_id: int) -> list[Candidate]:
    """Who may be on the session's list, in number order: the active members who had joined
    by its day, and those already on it."""
    with uow.read() as s:
        row = _session_row(s, session_id)
        there = {i for i, _n in _attending(s, row.id)}
        may = (Member.status == Status.ACTIVE) & (Member.join_date <= row.date)
        stmt = select(Member).where(may | Member.id.in_(there) if there else may)
        return [Candidate(m.number, _name(m), m.sex, m.id in there)
                for m in s.scalars(stmt.order_by(Member.number))]


def member_history(uow: UnitOfWork, number: int) -> MemberHistory:
    """A member's sessions, the latest first, and their totals by theme."""
    with uow.read() as s:
        m = s.scalar(select(Member).where(Member.number == number))
        if m is None:
            raise NotFound(_("There is no member number {number}.", number=number))
        rows = [MemberSession(r.id, r.date, r.topic, r.theme, r.trainer, r.minutes)
                for r in s.scalars(
                    select(TrainingRow).join(TrainingAttendanceRow,
                                             TrainingAttendanceRow.session_id == TrainingRow.id)
                    .where(TrainingAttendanceRow.member_id == m.id)
                    .order_by(TrainingRow.date.desc(), TrainingRow.id.desc()))]
        return MemberHistory(m.number, _name(m), m.sex, m.status, m.join_date, tuple(rows),
                             _theme_totals(rows), sum(r.minutes for r in rows))


def _theme_totals(rows: Sequence[MemberSession]) -> tuple[ThemeTotal, ...]:
    count: Counter[str] = Counter(r.theme for r in rows)
    minutes: Counter[str] = Counter()
    for r in rows:
        minutes[r.theme] += r.minutes
    order = [t for t in THEMES if t in count] + sorted(t for t in count if t not in THEMES)
    return tuple(ThemeTotal(t, count[t], minutes[t]) for t in order)


def hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(ONE_DECIMAL, rounding=ROUND_HALF_EVEN)


def percent(part: int, whole: int) -> Decimal:
    if whole <= 0:
        return Decimal(0).quantize(ONE_DECIMAL)
    return (Decimal(part) * 100 / whole).quantize(ONE_DECIMAL, rounding=ROUND_HALF_EVEN)


def summary(uow: UnitOfWork, start: dt.date, end: dt.date) -> TrainingSummary:
    """The period's training: sessions, members trained (each counted once), the share of
    women among them, hours given and hours times attendees, by theme."""
    with uow.read() as s:
        rows = list(s.scalars(select(TrainingRow).where(TrainingRow.date >= start,
                                                        TrainingRow.date <= end)))
        theme_of = {r.id: r.theme for r in rows}
        minutes_of = {r.id: r.minutes for r in rows}
        pairs = list(s.execute(
            select(TrainingAttendanceRow.session_id, Member.id, Member.sex)
            .join(Member, Member.id == TrainingAttendanceRow.member_id)
            .join(TrainingRow, TrainingRow.id == TrainingAttendanceRow.session_id)
            .where(TrainingRow.date >= start, TrainingRow.date <= end)))
    sex = {mid: sx for _sid, mid, sx in pairs}
    trained = set(sex)
    by: list[ThemeSummary] = []
    for theme in [t for t in THEMES if t in theme_of.values()] + sorted(
            {t for t in theme_of.values() if t not in THEMES}):
        ids = [i for i, t in theme_of.items() if t == theme]
        att = [(sid, mid) for sid, mid, _sx in pairs if theme_of[sid] == theme]
        by.append(ThemeSummary(theme, len(ids), len(att), len({m for _s, m in att}),
                               sum(minutes_of[i] for i in ids),
                               sum(minutes_of[sid] for sid, _m in att)))
    women = sum(1 for m in trained if sex[m] == "F")
    return TrainingSummary(
        start, end, len(rows), len(pairs), len(trained), women, percent(women, len(trained)),
        hours(sum(minutes_of.values())), hours(sum(minutes_of[sid] for sid, _m, _x in pairs)),
        tuple(by))


# ---- incidents ---------------------------------------------------------------------------------

def _grams_to_mg(grams: Decimal | None, kind: str) -> int | None:
    if kind not in MERCURY_KINDS:
        if grams is not None:
            raise ValidationError(_("Mercury is recorded only for mercury used or spilled."),
                                  "mercury_grams")
        return None
    if grams is None:
        raise ValidationError(_("Say how many grams of mercury were used or spilled."),
                              "mercury_grams")
    if isinstance(grams, float) or not isinstance(grams, Decimal | int) or isinstance(
            grams, bool):
        raise TypeError("mercury grams must be a Decimal")
    mg = Decimal(grams) * 1000
    if not mg.is_finite() or mg != mg.to_integral_value():
        raise ValidationError(_("Give the grams of mercury to the milligram at most "
                                "(three decimals)."), "mercury_grams")
    if mg <= 0:
        raise ValidationError(_("The grams of mercury must be more than zero."),
                              "mercury_grams")
    return int(mg)


def _incident_row(s: Session, number: int, lock: bool = False) -> IncidentRow:
    stmt = select(IncidentRow).where(IncidentRow.number == number)
    row = s.scalar(stmt.with_for_update() if lock else stmt)
    if row is None:
        raise NotFound(_("There is no incident number {number}.", number=number))
    return row


def _incident_digest(s: Session, row: IncidentRow) -> str:
    member = (None if row.member_id is None else
              s.scalar(select(Member.number).where(Member.id == row.member_id)))
    return audit.digest({"number": row.number, "date": row.date, "kind": row.kind,
                         "severity": row.severity, "site": row.site_id, "member": member,
                         "description": row.description, "mercury_mg": row.mercury_mg,
                         "action_taken": row.action_taken, "closed_on": row.closed_on})


def record_incident(uow: UnitOfWork, date: dt.date, kind: str, severity: str,
                    description: str, *, site: int | None = None, member: int | None = None,
                    mercury_grams: Decimal | None = None, action_taken: str = "") -> int:
    """An entry of the register; its number (gap-free, from 1)."""
    if kind not in INCIDENT_KINDS:
        raise ValidationError(_("'{kind}' is not a kind of incident; choose one of {kinds}.",
                                kind=kind, kinds=", ".join(INCIDENT_KINDS)), "kind")
    if severity not in SEVERITIES:
        raise ValidationError(_("'{severity}' is not a severity; choose one of {choices}.",
                                severity=severity, choices=", ".join(SEVERITIES)), "severity")
    if date > dt.date.today():
        raise ValidationError(_("An incident cannot be recorded on a day ahead ({day}).",
                                day=date.isoformat()), "date")
    description = description.strip()
    if not description:
        raise ValidationError(_("Say what happened."), "description")
    mg = _grams_to_mg(mercury_grams, kind)
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        if site is not None and s.get(Site, site) is None:
            raise ValidationError(_("There is no mining site {id}.", id=site), "site")
        member_id = None
        if member is not None:
            member_id = s.scalar(select(Member.id).where(Member.number == member))
            if member_id is None:
                raise ValidationError(_("There is no member number {number}.", number=member),
                                      "member")
        row = IncidentRow(number=next_number(s, "incident"), date=date, kind=kind,
                          severity=severity, site_id=site, member_id=member_id,
                          description=description, mercury_mg=mg,
                          action_taken=action_taken.strip(), closed_on=None,
                          recorded_by=tx.actor.username, recorded_at=dt.datetime.now())
        s.add(row)
        s.flush()
        tx.audit("incident.record", "incident", row.number, kind=kind, severity=severity,
                 date=date.isoformat(), digest=_incident_digest(s, row))
        tx.touch(INCIDENT_AREA)
        return row.number


def close_incident(uow: UnitOfWork, number: int, on: dt.date, action_taken: str) -> None:
    """Close an incident with the action taken; a closed incident stays closed."""
    action = action_taken.strip()
    if not action:
        raise ValidationError(_("Say what was done about it."), "action_taken")
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _incident_row(s, number, lock=True)
        if row.closed_on is not None:
            raise ValidationError(_("Incident {number} was closed on {day}; a closed incident "
                                    "is not reopened: record a new one.", number=number,
                                    day=row.closed_on.isoformat()), "closed_on")
        if on < row.date:
            raise ValidationError(_("An incident cannot be closed before it happened "
                                    "({day}).", day=row.date.isoformat()), "on")
        if on > dt.date.today():
            raise ValidationError(_("An incident cannot be closed on a day ahead."), "on")
        row.closed_on = on
        row.action_taken = (f"{row.action_taken}\n{action}" if row.action_taken
                            and row.action_taken != action else action)
        s.flush()
        tx.audit("incident.close", "incident", row.number, on=on.isoformat(),
                 digest=_incident_digest(s, row))
        tx.touch(INCIDENT_AREA)


def _incident_stmt() -> Select[IncidentRow, str, int, str, str]:
    """The register joined with its site's name and its member (either may be missing)."""
    return (select(IncidentRow, Site.name, Member.number, Member.first_names,
                   Member.last_names)
            .outerjoin(Site, Site.id == IncidentRow.site_id)
            .outerjoin(Member, Member.id == IncidentRow.member_id))


def _incident(row: IncidentRow, site: str | None, number: int | None, first: str | None,
              last: str | None) -> Incident:
    grams = None if row.mercury_mg is None else Decimal(row.mercury_mg).scaleb(-3)
    return Incident(row.number, row.date, row.kind, row.severity, row.site_id, site, number,
                    f"{first} {last}" if number is not None else None, row.description, grams,
                    row.action_taken, row.closed_on, row.recorded_by)


def incidents(uow: UnitOfWork, start: dt.date | None = None, end: dt.date | None = None,
              kind: str | None = None, open_only: bool = False) -> list[Incident]:
    """The register from ``start`` to ``end`` (either open), the latest first."""
    stmt = _incident_stmt().order_by(IncidentRow.date.desc(), IncidentRow.number.desc())
    if start is not None:
        stmt = stmt.where(IncidentRow.date >= start)
    if end is not None:
        stmt = stmt.where(IncidentRow.date <= end)
    if kind is not None:
        stmt = stmt.where(IncidentRow.kind == kind)
    if open_only:
        stmt = stmt.where(IncidentRow.closed_on.is_(None))
    with uow.read() as s:
        return [_incident(*r) for r in s.execute(stmt)]


def incident(uow: UnitOfWork, number: int) -> Incident:
    with uow.read() as s:
        found = s.execute(_incident_stmt().where(IncidentRow.number == number)).first()
        if found is None:
            raise NotFound(_("There is no incident number {number}.", number=number))
        return _incident(*found)


def incident_summary(uow: UnitOfWork, start: dt.date, end: dt.date) -> IncidentSummary:
    """Counts by kind and severity, mercury in grams, and the days since the last accident
    (counted up to ``end``, or today when that is earlier)."""
    found = incidents(uow, start, end)
    upto = min(end, dt.date.today())
    with uow.read() as s:
        last = s.scalar(select(func.max(IncidentRow.date)).where(
            IncidentRow.kind == "accident", IncidentRow.date <= upto))
    mg = sum((i.mercury_grams for i in found if i.mercury_grams is not None), Decimal(0))
    return IncidentSummary(
        start, end, len(found), sum(1 for i in found if i.is_open),
        dict(Counter(i.kind for i in found)), dict(Counter(i.severity for i in found)),
        dict(Counter((i.kind, i.severity) for i in found)), mg, last,
        None if last is None else (upto - last).days)


# ---- the audit chain's check of the records ---------------------------------------------------

def _session_digests(session: Session) -> list[tuple[str, str]]:
    return [(str(r.id), _session_digest(session, r))
            for r in session.scalars(select(TrainingRow))]


def _incident_digests(session: Session) -> list[tuple[str, str]]:
    return [(str(r.number), _incident_digest(session, r))
            for r in session.scalars(select(IncidentRow))]


audit.register_digest_source("training_session", _session_digests, "training_session")
audit.register_digest_source("incident", _incident_digests, "incident")
