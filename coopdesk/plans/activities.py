"""The action plan: activities with an objective, a responsible member, dates, a budget, an
indicator, a status and a progress (each progress report kept), and the journal lines tagged
to each, from which the actual spending comes.

- An activity is numbered from the counter ``activity`` (gap-free, as the other registers).
- Its status and progress change only by a progress report (kept, never edited); the activity
  shows the latest by date.
- A posted journal line is tagged to one activity at most; the tag sits beside the line, which
  is never changed. The actual of an activity is the sum of its tagged lines, debit less
  credit, read from the books (lines of a reversed entry, or of a reversal, do not count).
- An open activity (planned or in progress) is **overdue** when its end date is past, and
  **late** when it is not overdue but its progress is more than :data:`LATE_POINTS` points
  behind the share of its time already gone.

Every write checks ``Permission.PLANS``, validates, writes, appends to the audit chain and
commits all or nothing. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
from coopdesk.members.models import Member
from coopdesk.members.services import next_number
from coopdesk.plans.models import ActivityLineRow, ActivityReportRow, ActivityRow

AREA = "plans"
ENTITY = "activity"
COUNTER = "activity"
POSTED = "posted"
PLANNED, IN_PROGRESS, DONE, CANCELLED = "planned", "in_progress", "done", "cancelled"
STATUSES = (PLANNED, IN_PROGRESS, DONE, CANCELLED)
STATUS_LABELS = {PLANNED: N_("planned"), IN_PROGRESS: N_("in progress"), DONE: N_("done"),
                 CANCELLED: N_("cancelled")}
CLOSED = (DONE, CANCELLED)
LATE_POINTS = 25
MAX_TITLE, MAX_REQUIREMENT = 200, 60
EDITABLE = ("title", "objective", "responsible", "starts", "ends", "budget", "indicator",
            "requirement")
ZERO = Decimal(0)


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return _(label) if label else status


def entry_key(year: str, number: int | None) -> str:
    """How an entry is named to a person: ``2026/14``."""
    return f"{year}/{number or 0}"


# ---- plain data ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Activity:
    number: int
    title: str
    objective: str
    responsible: int | None          # member number
    responsible_name: str
    starts: dt.date
    ends: dt.date
    budget: Decimal
    actual: Decimal
    indicator: str
    status: str
    progress: int
    requirement: str | None
    expected: int                    # per cent of its time gone on the day asked about
    overdue: bool
    late: bool

    @property
    def variance(self) -> Decimal:
        """What is left of the budget (negative: spent beyond it)."""
        return self.budget - self.actual

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True)
class ProgressReport:
    on: dt.date
    status: str
    progress: int
    note: str
    recorded_by: str


@dataclass(frozen=True)
class TaggedLine:
    line_id: int
    entry: str                        # "2026/14"
    date: dt.date
    account: str                      # code
    account_name: str
    memo: str                         # the line's memo, else the entry's description
    amount: Decimal                   # debit less credit
    counted: bool                     # False: its entry was reversed (or is a reversal)


@dataclass(frozen=True)
class ActivityDetail:
    activity: Activity
    reports: list[ProgressReport]
    lines: list[TaggedLine]


# ---- rules -----------------------------------------------------------------------------------

def expected_progress(starts: dt.date, ends: dt.date, on: dt.date) -> int:
    """The share of an activity's time gone on ``on``, in whole per cent (0 before it starts,
    100 from its last day on)."""
    if on < starts:
        return 0
    if on >= ends:
        return 100
    total = (ends - starts).days + 1
    return (on - starts).days * 100 // total


def flags(status: str, progress: int, starts: dt.date, ends: dt.date, on: dt.date
          ) -> tuple[bool, bool]:
    """(overdue, late) of an activity on ``on`` (see the module's docstring)."""
    if status in CLOSED:
        return False, False
    if ends < on:
        return True, False
    return False, expected_progress(starts, ends, on) - progress > LATE_POINTS


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _activity(s: Session, number: int) -> ActivityRow:
    row = s.scalar(select(ActivityRow).where(ActivityRow.number == number))
    if row is None:
        raise NotFound(_("There is no activity number {number}.", number=number))
    return row


def _member_id(s: Session, number: int | None) -> int | None:
    if number is None:
        return None
    mid = s.scalar(select(Member.id).where(Member.number == number))
    if mid is None:
        raise ValidationError(_("There is no member number {number} to be responsible.",
                                number=number), "responsible")
    return mid


def _check(values: Mapping[str, Any], currency: str) -> dict[str, Any]:
    """The plan's fields checked and cleaned (``budget`` in minor units)."""
    out: dict[str, Any] = {}
    if "title" in values:
        title = _clean(values["title"])
        if not title:
            raise ValidationError(_("Give the activity a title, e.g. “Helmets and boots for "
                                    "every digger”."), "title")
        if len(title) > MAX_TITLE:
            raise ValidationError(_("The title is longer than {n} characters.", n=MAX_TITLE),
                                  "title")
        out["title"] = title
    for key in ("objective", "indicator"):
        if key in values:
            out[key] = str(values[key] or "").strip()
    for key in ("starts", "ends"):
        if key in values and not isinstance(values[key], dt.date):
            raise ValidationError(_("Give a date."), key)
        if key in values:
            out[key] = values[key]
    if "budget" in values:
        budget = values["budget"]
        if isinstance(budget, int) and not isinstance(budget, bool):
            budget = Decimal(budget)
        if not isinstance(budget, Decimal) or not budget.is_finite():
            raise ValidationError(_("The budget must be an amount."), "budget")
        if budget < 0:
            raise ValidationError(_("The budget cannot be less than zero."), "budget")
        try:
            out["budget"] = to_minor(budget, currency)
        except ValidationError as exc:
            raise ValidationError(exc.message, "budget") from exc
    if "requirement" in values:
        req = _clean(values["requirement"]) or None
        if req is not None and len(req) > MAX_REQUIREMENT:
            raise ValidationError(_("The requirement's reference is longer than {n} "
                                    "characters.", n=MAX_REQUIREMENT), "requirement")
        out["requirement"] = req
    return out


def _dates(starts: dt.date, ends: dt.date) -> None:
    if ends < starts:
        raise ValidationError(_("The activity ends ({ends}) before it starts ({starts}).",
                                ends=ends.isoformat(), starts=starts.isoformat()), "ends")


def _audit(tx: WriteTx, action: str, row: ActivityRow, **summary: object) -> None:
    tx.session.flush()
    tx.audit(action, ENTITY, row.number, **summary)
    tx.touch(AREA)


# ---- writing ---------------------------------------------------------------------------------

def add_activity(uow: UnitOfWork, title: str, starts: dt.date, ends: dt.date, *,
                 objective: str = "", responsible: int | None = None,
                 budget: Decimal = Decimal(0), indicator: str = "",
                 requirement: str | None = None) -> int:
    """A new activity of the action plan, planned; returns its number. ``responsible`` is a
    member's number; ``requirement`` the standard's requirement it improves (``craft:2.1``)."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        v = _check({"title": title, "starts": starts, "ends": ends, "objective": objective,
                    "budget": budget, "indicator": indicator, "requirement": requirement},
                   _currency(s))
        _dates(v["starts"], v["ends"])
        member_id = _member_id(s, responsible)
        now, user = _now(), tx.actor.username
        row = ActivityRow(number=next_number(s, COUNTER), title=v["title"],
                          objective=v["objective"], responsible_id=member_id,
                          starts=v["starts"], ends=v["ends"], budget=v["budget"],
                          indicator=v["indicator"], status=PLANNED, progress=0,
                          requirement=v["requirement"], created_by=user, created_at=now,
                          updated_by=user, updated_at=now)
        s.add(row)
        _audit(tx, "activity.add", row, title=row.title, starts=row.starts.isoformat(),
               ends=row.ends.isoformat(), budget=row.budget, responsible=responsible,
               requirement=row.requirement)
        return row.number


def update_activity(uow: UnitOfWork, number: int, **fields: Any) -> None:
    """Change the plan's fields of an activity: title, objective, responsible (a member's
    number, or None), starts, ends, budget, indicator, requirement. Its status and progress
    change by :func:`report_progress`."""
    unknown = [k for k in fields if k not in EDITABLE]
    if unknown:
        raise ValidationError(_("An activity has no field “{field}” to change here; the "
                                "fields are {fields}.", field=unknown[0],
                                fields=", ".join(EDITABLE)), unknown[0])
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _activity(s, number)
        v = _check(fields, _currency(s))
        _dates(v.get("starts", row.starts), v.get("ends", row.ends))
        if "responsible" in fields:
            row.responsible_id = _member_id(s, fields["responsible"])
        for key, value in v.items():
            setattr(row, key, value)
        row.updated_by, row.updated_at = tx.actor.username, _now()
        changed = {k: (str(x) if isinstance(x, dt.date) else x) for k, x in v.items()}
        if "responsible" in fields:
            changed["responsible"] = fields["responsible"]
        _audit(tx, "activity.update", row, **changed)


def report_progress(uow: UnitOfWork, number: int, on: dt.date, status: str, progress: int,
                    note: str = "") -> None:
    """Record a progress report; the activity takes its status and progress unless a later
    report is already kept. Done means 100 %."""
    if status not in STATUSES:
        raise ValidationError(_("The status is one of {statuses}; not “{status}”.",
                                statuses=", ".join(status_label(x) for x in STATUSES),
                                status=status), "status")
    if isinstance(progress, bool) or not isinstance(progress, int) or not 0 <= progress <= 100:
        raise ValidationError(_("The progress is a whole per cent from 0 to 100; not "
                                "{value}.", value=progress), "progress")
    if status == DONE and progress != 100:
        raise ValidationError(_("An activity that is done is 100 % done; the progress says "
                                "{value} %.", value=progress), "progress")
    if not isinstance(on, dt.date):
        raise ValidationError(_("Give the date of the report."), "on")
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _activity(s, number)
        latest = s.scalar(select(func.max(ActivityReportRow.on))
                          .where(ActivityReportRow.activity_id == row.id))
        now = _now()
        s.add(ActivityReportRow(activity_id=row.id, on=on, status=status, progress=progress,
                                note=(note or "").strip(), recorded_by=tx.actor.username,
                                recorded_at=now))
        if latest is None or on >= latest:
            row.status, row.progress = status, progress
            row.updated_by, row.updated_at = tx.actor.username, now
        _audit(tx, "activity.progress", row, on=on.isoformat(), status=status,
               progress=progress)


def _line_entries(s: Session, line_ids: Sequence[int]) -> dict[int, tuple[JournalLine,
                                                                          JournalEntry, str]]:
    rows = s.execute(select(JournalLine, JournalEntry, FiscalYear.name)
                     .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                     .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
                     .where(JournalLine.id.in_(list(line_ids)))).all()
    return {ln.id: (ln, e, y) for ln, e, y in rows}


def _tag(tx: WriteTx, row: ActivityRow, line_ids: Sequence[int]) -> list[int]:
    """Tag the lines (already checked to be posted) to ``row``; lines already tagged to it are
    left as they are; a line another activity holds is refused."""
    s = tx.session
    held = {lid: n for lid, n in s.execute(
        select(ActivityLineRow.line_id, ActivityRow.number)
        .join(ActivityRow, ActivityRow.id == ActivityLineRow.activity_id)
        .where(ActivityLineRow.line_id.in_(list(line_ids))))}
    problems = [_("Line {line} is already tagged to activity {number}.", line=lid, number=n)
                for lid, n in held.items() if n != row.number]
    if problems:
        raise ValidationError("\n".join(problems), "lines")
    new = [lid for lid in dict.fromkeys(line_ids) if lid not in held]
    now = _now()
    s.add_all([ActivityLineRow(line_id=lid, activity_id=row.id, tagged_by=tx.actor.username,
                               tagged_at=now) for lid in new])
    return new


def tag_lines(uow: UnitOfWork, number: int, line_ids: Iterable[int]) -> int:
    """Tag journal lines of posted entries to an activity; returns how many were newly
    tagged. Nothing is tagged when one line cannot be."""
    ids = list(dict.fromkeys(line_ids))
    if not ids:
        raise ValidationError(_("Choose at least one journal line to tag."), "lines")
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _activity(s, number)
        found = _line_entries(s, ids)
        problems = []
        for lid in ids:
            if lid not in found:
                problems.append(_("There is no journal line {line}.", line=lid))
            elif found[lid][1].status != POSTED:
                problems.append(_("Line {line} belongs to a draft entry; only lines of posted "
                                  "entries are tagged.", line=lid))
        if problems:
            raise ValidationError("\n".join(problems), "lines")
        new = _tag(tx, row, ids)
        _audit(tx, "activity.tag", row, lines=new)
        return len(new)


def tag_entry(uow: UnitOfWork, number: int, year_name: str, entry_number: int) -> int:
    """Tag a posted entry's expense side (its debits to expense accounts) to an activity;
    returns how many lines were newly tagged."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row = _activity(s, number)
        y = s.scalar(select(FiscalYear).where(FiscalYear.name == str(year_name).strip()))
        if y is None:
            raise ValidationError(_("There is no fiscal year {year}.", year=year_name), "entry")
        e = s.scalar(select(JournalEntry).where(JournalEntry.year_id == y.id,
                                                JournalEntry.number == entry_number,
                                                JournalEntry.status == POSTED))
        key = entry_key(y.name, entry_number)
        if e is None:
            raise ValidationError(_("There is no posted entry {entry}.", entry=key), "entry")
        ids = list(s.scalars(select(JournalLine.id)
                             .join(Account, Account.id == JournalLine.account_id)
                             .where(JournalLine.entry_id == e.id, Account.kind == "expense",
                                    JournalLine.debit > 0).order_by(JournalLine.line_no)))
        if not ids:
            raise ValidationError(_("Entry {entry} has no debit to an expense account; tag "
                                    "its lines one by one instead.", entry=key), "entry")
        new = _tag(tx, row, ids)
        _audit(tx, "activity.tag", row, entry=key, lines=new)
        return len(new)


def untag(uow: UnitOfWork, line_ids: Iterable[int]) -> int:
    """Remove the tags of journal lines (each must be tagged); returns how many."""
    ids = list(dict.fromkeys(line_ids))
    if not ids:
        raise ValidationError(_("Choose at least one tagged line."), "lines")
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        tags = {t.line_id: t for t in s.scalars(select(ActivityLineRow).where(
            ActivityLineRow.line_id.in_(ids)))}
        missing = [lid for lid in ids if lid not in tags]
        if missing:
            raise ValidationError("\n".join(_("Line {line} is not tagged to any activity.",
                                              line=lid) for lid in missing), "lines")
        by_activity: dict[int, list[int]] = {}
        for lid in ids:
            by_activity.setdefault(tags[lid].activity_id, []).append(lid)
            s.delete(tags[lid])
        for activity_id, lines in by_activity.items():
            row = s.get_one(ActivityRow, activity_id)
            _audit(tx, "activity.untag", row, lines=lines)
        return len(ids)


# ---- reading ---------------------------------------------------------------------------------

def _not_reversal_stuff() -> Any:
    """Entries that are neither reversals nor reversed."""
    reversed_ids = select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))
    return (JournalEntry.reverses_id.is_(None)) & (JournalEntry.id.not_in(reversed_ids))


def _actuals(s: Session, activity_ids: Sequence[int] | None = None) -> dict[int, int]:
    stmt = (select(ActivityLineRow.activity_id,
                   func.sum(JournalLine.debit - JournalLine.credit))
            .join(JournalLine, JournalLine.id == ActivityLineRow.line_id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalEntry.status == POSTED, _not_reversal_stuff())
            .group_by(ActivityLineRow.activity_id))
    if activity_ids is not None:
        stmt = stmt.where(ActivityLineRow.activity_id.in_(list(activity_ids)))
    return {a: int(t or 0) for a, t in s.execute(stmt)}


def _row(r: ActivityRow, member: Member | None, actual: int, cur: str, on: dt.date
         ) -> Activity:
    overdue, late = flags(r.status, r.progress, r.starts, r.ends, on)
    return Activity(r.number, r.title, r.objective, member.number if member else None,
                    f"{member.first_names} {member.last_names}" if member else "",
                    r.starts, r.ends, from_minor(r.budget, cur), from_minor(actual, cur),
                    r.indicator, r.status, r.progress, r.requirement,
                    expected_progress(r.starts, r.ends, on), overdue, late)


def activities(uow: UnitOfWork, *, year: int | None = None, overdue_only: bool = False,
               on: dt.date | None = None) -> list[Activity]:
    """The activities in date order (those running in the calendar ``year`` when given),
    each with its actual from the books and whether it is overdue or late on ``on`` (today
    by default); ``overdue_only``: only the overdue ones."""
    day = on or dt.date.today()
    stmt = (select(ActivityRow, Member).outerjoin(Member, Member.id == ActivityRow.responsible_id)
            .order_by(ActivityRow.starts, ActivityRow.number))
    if year is not None:
        stmt = stmt.where(ActivityRow.starts <= dt.date(year, 12, 31),
                          ActivityRow.ends >= dt.date(year, 1, 1))
    if overdue_only:
        stmt = stmt.where(ActivityRow.status.not_in(CLOSED), ActivityRow.ends < day)
    with uow.read() as s:
        cur = _currency(s)
        rows = s.execute(stmt).all()
        actual = _actuals(s, [r.id for r, _m in rows])
        return [_row(r, m, actual.get(r.id, 0), cur, day) for r, m in rows]


def activity(uow: UnitOfWork, number: int, on: dt.date | None = None) -> Activity:
    """One activity."""
    with uow.read() as s:
        r = _activity(s, number)
        m = s.get(Member, r.responsible_id) if r.responsible_id else None
        return _row(r, m, _actuals(s, [r.id]).get(r.id, 0), _currency(s),
                    on or dt.date.today())


def _tagged_lines(s: Session, activity_id: int, cur: str) -> list[TaggedLine]:
    reversed_ids = set(s.scalars(select(JournalEntry.reverses_id)
                                 .where(JournalEntry.reverses_id.is_not(None))))
    rows = s.execute(
        select(JournalLine, JournalEntry, FiscalYear.name, Account.code, Account.name)
        .join(ActivityLineRow, ActivityLineRow.line_id == JournalLine.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(ActivityLineRow.activity_id == activity_id)
        .order_by(JournalEntry.date, JournalEntry.number, JournalLine.line_no)).all()
    return [TaggedLine(ln.id, entry_key(y, e.number), e.date, code, name,
                       ln.memo or e.description, from_minor(ln.debit - ln.credit, cur),
                       e.reverses_id is None and e.id not in reversed_ids)
            for ln, e, y, code, name in rows]


def activity_detail(uow: UnitOfWork, number: int, on: dt.date | None = None
                    ) -> ActivityDetail:
    """An activity with its progress reports (latest first) and its tagged lines."""
    with uow.read() as s:
        cur = _currency(s)
        r = _activity(s, number)
        m = s.get(Member, r.responsible_id) if r.responsible_id else None
        act = _row(r, m, _actuals(s, [r.id]).get(r.id, 0), cur, on or dt.date.today())
        reports = [ProgressReport(x.on, x.status, x.progress, x.note, x.recorded_by)
                   for x in s.scalars(select(ActivityReportRow)
                                      .where(ActivityReportRow.activity_id == r.id)
                                      .order_by(ActivityReportRow.on.desc(),
                                                ActivityReportRow.id.desc()))]
        return ActivityDetail(act, reports, _tagged_lines(s, r.id, cur))


def untagged_lines(uow: UnitOfWork, start: dt.date | None = None, end: dt.date | None = None,
                   limit: int = 300, text: str = "") -> list[TaggedLine]:
    """Lines on expense accounts of posted entries between ``start`` and ``end`` not yet
    tagged to any activity (reversed entries and reversals left out), newest first;
    ``text`` narrows to entries or accounts whose description or name holds it."""
    stmt = (select(JournalLine, JournalEntry, FiscalYear.name, Account.code, Account.name)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
            .join(Account, Account.id == JournalLine.account_id)
            .outerjoin(ActivityLineRow, ActivityLineRow.line_id == JournalLine.id)
            .where(JournalEntry.status == POSTED, Account.kind == "expense",
                   ActivityLineRow.line_id.is_(None), _not_reversal_stuff(),
                   or_(JournalEntry.source.is_(None), JournalEntry.source != "closing"))
            .order_by(JournalEntry.date.desc(), JournalEntry.number.desc(),
                      JournalLine.line_no).limit(max(limit, 1)))
    if start is not None:
        stmt = stmt.where(JournalEntry.date >= start)
    if end is not None:
        stmt = stmt.where(JournalEntry.date <= end)
    wanted = text.strip()
    if wanted:
        pattern = f"%{wanted}%"
        stmt = stmt.where(or_(JournalEntry.description.ilike(pattern),
                              JournalLine.memo.ilike(pattern), Account.name.ilike(pattern),
                              Account.code == wanted))
    with uow.read() as s:
        cur = _currency(s)
        return [TaggedLine(ln.id, entry_key(y, e.number), e.date, code, name,
                           ln.memo or e.description, from_minor(ln.debit - ln.credit, cur),
                           True) for ln, e, y, code, name in s.execute(stmt)]


def member_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    """Members who may be responsible for an activity: the active ones, by number."""
    with uow.read() as s:
        return [(n, f"{f} {last}") for n, f, last in s.execute(
            select(Member.number, Member.first_names, Member.last_names)
            .where(Member.status == "active").order_by(Member.number))]


def years(uow: UnitOfWork) -> list[int]:
    """The calendar years the activities run in, in order."""
    with uow.read() as s:
        first, last = s.execute(select(func.min(ActivityRow.starts),
                                       func.max(ActivityRow.ends))).one()
    if first is None or last is None:
        return []
    return list(range(first.year, last.year + 1))
