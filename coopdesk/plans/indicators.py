"""Indicators the standards ask about, computed from the records, never typed: women among the
members and the officers, minors on the register, productivity, the premium spent against its
plan, assemblies held, members trained, incidents and the mercury used.

Each is an :class:`Indicator` with its value, the text a person reads ("38 %"), the target
or threshold when there is one and whether it is met. "The last 12 months" runs from the day
after the same day a year before up to the day asked about. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance.models import MeetingRow
from coopdesk.governance.officers import officers
from coopdesk.governance.services import current_bylaws
from coopdesk.members.models import Member
from coopdesk.plans.models import IncidentRow, TrainingAttendanceRow, TrainingRow
from coopdesk.plans.standards import ASSEMBLY_KINDS, REGISTER_STATUSES
from coopdesk.plans.training import kind_label, theme_label
from coopdesk.production.models import ProductionLot
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind

TENTH = Decimal("0.1")
HUNDREDTH = Decimal("0.01")
FAIRMINED_LIMIT_G = Decimal(4)   # grams of fine gold per miner per day (Fairmined 2.0 scope)
MERCURY_USED = "mercury_use"


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    value: Decimal | int | None          # None: nothing to compute it from
    unit: str                            # "%", "g", "mg", "" (a count)
    text: str                            # the value as read: "38 %", "2", "–"
    target: str | None                   # the target or threshold as read, if any
    ok: bool | None                      # the target met (None: no target, or no value)
    detail: str
    breakdown: tuple[tuple[str, int], ...] = ()   # e.g. members trained by theme


def year_before(on: dt.date) -> dt.date:
    """The first day of the 12 months that end on ``on``."""
    try:
        start = on.replace(year=on.year - 1)
    except ValueError:  # 29 February
        start = on.replace(year=on.year - 1, day=28)
    return start + dt.timedelta(days=1)


def _pct(part: int, whole: int) -> Decimal:
    return (Decimal(part) * 100 / whole).quantize(TENTH, ROUND_HALF_UP) if whole else Decimal(0)


class _Fmt:
    def __init__(self, currency: str) -> None:
        self.f = CellFormatter(language(), currency)

    def num(self, value: Decimal | int) -> str:
        if isinstance(value, int):
            return self.f.text(Kind.INT, value)
        return self.f.text(Kind.DECIMAL, value)

    def pct(self, value: Decimal) -> str:
        return _("{value} %", value=self.num(value))


def _active(s: Session, on: dt.date) -> list[tuple[int, int, str]]:
    """(id, number, sex) of the active members who had joined by ``on``."""
    return [(i, n, sex) for i, n, sex in s.execute(
        select(Member.id, Member.number, Member.sex)
        .where(Member.status == "active", Member.join_date <= on))]


def women_members(s: Session, on: dt.date, f: _Fmt) -> Indicator:
    active = _active(s, on)
    women = sum(1 for _i, _n, sex in active if sex == "F")
    share = _pct(women, len(active))
    return Indicator("women_members", _("Women among active members"),
                     share if active else None, "%", f.pct(share) if active else "–", None,
                     None, _("{women} women of {total} active members.", women=women,
                             total=len(active)))


def women_officers(uow: UnitOfWork, on: dt.date, f: _Fmt) -> Indicator:
    current = {o.number: o.sex for o in officers(uow, on)}
    women = sum(1 for sex in current.values() if sex == "F")
    share = _pct(women, len(current))
    b = current_bylaws(uow)
    least = b.min_women if b is not None else None
    target = None if not least else _("at least {n} women", n=least)
    ok = None if not least or not current else women >= least
    detail = _("{women} women of {total} officers in office.", women=women,
               total=len(current))
    if ok is False:
        detail += " " + _("The bylaws ask for at least {n}.", n=least)
    return Indicator("women_officers", _("Women among the officers"),
                     share if current else None, "%", f.pct(share) if current else "–",
                     target, ok, detail)


def minors(s: Session, on: dt.date, minimum_age: int) -> Indicator:
    """Members on the register (applicants, active, suspended) under the minimum age on
    ``on``; named only by their number."""
    try:
        born_after = on.replace(year=on.year - minimum_age)
    except ValueError:
        born_after = on.replace(year=on.year - minimum_age, day=28)
    numbers = list(s.scalars(select(Member.number).where(
        Member.status.in_(REGISTER_STATUSES), Member.join_date <= on,
        Member.birth_date > born_after).order_by(Member.number)))
    if numbers:
        detail = _("Under {age} on {date}: member number(s) {numbers}. Check their records "
                   "now.", age=minimum_age, date=on.isoformat(),
                   numbers=", ".join(str(n) for n in numbers))
    else:
        detail = _("No member on the register is under {age}.", age=minimum_age)
    return Indicator("minors_on_register", _("Members under {age} on the register",
                                             age=minimum_age),
                     len(numbers), "", str(len(numbers)), "0", not numbers, detail)


def productivity(s: Session, start: dt.date, on: dt.date, f: _Fmt) -> Indicator:
    """Grams of fine gold per miner per day over the period, from the production lots."""
    fine_mg, miner_days, lots = s.execute(
        select(func.coalesce(func.sum(ProductionLot.milligrams * ProductionLot.fineness), 0),
               func.coalesce(func.sum(ProductionLot.miners * ProductionLot.days), 0),
               func.count(ProductionLot.id))
        .where(ProductionLot.mineral == "gold", ProductionLot.date >= start,
               ProductionLot.date <= on)).one()
    label = _("Fine gold per miner per day")
    target = _("at most {value} g", value=f.num(FAIRMINED_LIMIT_G))
    if not miner_days:
        return Indicator("grams_per_miner_day", label, None, "g", "–", target, None,
                         _("No gold production lots from {start} to {end}.",
                           start=start.isoformat(), end=on.isoformat()))
    # fineness is in tenths of a part per thousand: fine mg = mg x fineness / 10 000.
    grams = (Decimal(int(fine_mg)) / 10_000 / 1000 / int(miner_days)).quantize(
        HUNDREDTH, ROUND_HALF_UP)
    return Indicator("grams_per_miner_day", label, grams, "g",
                     _("{value} g", value=f.num(grams)), target, grams <= FAIRMINED_LIMIT_G,
                     _("{grams} g of fine gold in {lots} lots over {days} miner-days, {start} "
                       "to {end}.", grams=f.num((Decimal(int(fine_mg)) / 10_000_000)
                                                .quantize(HUNDREDTH, ROUND_HALF_UP)),
                       lots=f.num(int(lots)), days=f.num(int(miner_days)),
                       start=start.isoformat(), end=on.isoformat()))


def premium_spent(uow: UnitOfWork, on: dt.date, f: _Fmt, currency: str) -> Indicator:
    """The share of the approved premium plan's budget spent: the plan running on ``on``, or
    else the latest approved before it."""
    from coopdesk.sharing import premium

    label = _("Fairmined premium spent against plan")
    approved = [p for p in premium.plans(uow)
                if p.approved_on is not None and p.start <= on]
    if not approved:
        return Indicator("premium_spent", label, None, "%", "–", None, None,
                         _("No premium use plan approved by the assembly yet."))
    running = [p for p in approved if p.start <= on <= p.end]
    plan = max(running or approved, key=lambda p: (p.start, p.name))
    share = premium.percent_of(plan.spent, plan.budget)
    money = CellFormatter(language(), currency)
    return Indicator("premium_spent", label, share, "%", f.pct(share), None, None,
                     _("{spent} of {budget} {currency} spent; plan “{plan}”, {start} to "
                       "{end}.", spent=money.text(Kind.MONEY, plan.spent),
                       budget=money.text(Kind.MONEY, plan.budget), currency=currency,
                       plan=plan.name, start=plan.start.isoformat(), end=plan.end.isoformat()))


def assemblies(s: Session, start: dt.date, on: dt.date) -> Indicator:
    """General assemblies in the 12 months whose minutes are final; the bylaws call for an
    ordinary assembly every year."""
    rows = s.execute(select(MeetingRow.kind, MeetingRow.title, MeetingRow.scheduled_at)
                     .where(MeetingRow.kind.in_(ASSEMBLY_KINDS), MeetingRow.status == "final",
                            MeetingRow.scheduled_at >= dt.datetime.combine(start, dt.time()),
                            MeetingRow.scheduled_at < dt.datetime.combine(
                                on + dt.timedelta(days=1), dt.time()))
                     .order_by(MeetingRow.scheduled_at)).all()
    ordinary = [r for r in rows if r.kind == ASSEMBLY_KINDS[0]]
    if ordinary:
        last = ordinary[-1]
        detail = _("Last ordinary assembly: {title} on {date}.", title=last.title,
                   date=last.scheduled_at.date().isoformat())
    else:
        detail = _("No ordinary general assembly with final minutes in the 12 months to "
                   "{date}; the bylaws call for one every year.", date=on.isoformat())
    return Indicator("assemblies_12m", _("General assemblies in the last 12 months"),
                     len(rows), "", str(len(rows)), _("an ordinary assembly each year"),
                     bool(ordinary), detail)


def trained(s: Session, start: dt.date, on: dt.date, f: _Fmt) -> Indicator:
    """Active members who attended at least one training session in the 12 months, and how
    many of them each theme reached."""
    active = {i for i, _n, _s in _active(s, on)}
    rows = s.execute(select(TrainingAttendanceRow.member_id, TrainingRow.theme)
                     .join(TrainingRow, TrainingRow.id == TrainingAttendanceRow.session_id)
                     .where(TrainingRow.date >= start, TrainingRow.date <= on)).all()
    who = {m for m, _t in rows if m in active}
    themes: dict[str, set[int]] = {}
    for m, theme in rows:
        if m in active:
            themes.setdefault(theme, set()).add(m)
    breakdown = tuple(sorted(((t, len(ms)) for t, ms in themes.items()),
                             key=lambda x: (-x[1], x[0])))
    share = _pct(len(who), len(active))
    detail = _("{n} of {total} active members attended at least one session.", n=len(who),
               total=len(active))
    if breakdown:
        detail += " " + _("By theme: {themes}.", themes=", ".join(
            f"{theme_label(t)} {n}" for t, n in breakdown))
    return Indicator("members_trained", _("Members trained in the last 12 months"),
                     share if active else None, "%", f.pct(share) if active else "–", None,
                     None, detail, breakdown)


def incidents(s: Session, start: dt.date, on: dt.date, f: _Fmt
              ) -> tuple[Indicator, Indicator]:
    """Incidents in the 12 months by kind, and the mercury used (in grams) they record."""
    rows = s.execute(select(IncidentRow.kind, IncidentRow.severity, IncidentRow.mercury_mg)
                     .where(IncidentRow.date >= start, IncidentRow.date <= on)).all()
    kinds: dict[str, int] = {}
    for kind, _sev, _mg in rows:
        kinds[kind] = kinds.get(kind, 0) + 1
    breakdown = tuple(sorted(kinds.items(), key=lambda x: (-x[1], x[0])))
    serious = sum(1 for _k, sev, _mg in rows if sev in ("serious", "fatal"))
    if rows:
        detail = _("By kind: {kinds}. Serious or fatal: {serious}.", kinds=", ".join(
            f"{kind_label(k)} {n}" for k, n in breakdown), serious=serious)
    else:
        detail = _("No incident recorded from {start} to {end}.", start=start.isoformat(),
                   end=on.isoformat())
    count = Indicator("incidents_12m", _("Incidents in the last 12 months"), len(rows), "",
                      str(len(rows)), None, None, detail, breakdown)
    used = [int(mg) for kind, _sev, mg in rows if mg is not None and kind == MERCURY_USED]
    grams = Decimal(sum(used)) / 1000  # the register keeps mg; people weigh mercury in g
    mercury = Indicator("mercury_used", _("Mercury used in the last 12 months"), grams, "g",
                        _("{value} g", value=f.num(grams.normalize() if grams else grams)),
                        None, None,
                        _("The total of {n} entries “mercury used” in the incident register.",
                          n=len(used)))
    return count, mercury


def indicators(uow: UnitOfWork, on: dt.date | None = None) -> list[Indicator]:
    """Every indicator on ``on`` (today by default), over the 12 months to that day where
    they count over time."""
    day = on or dt.date.today()
    start = year_before(day)
    coop = uow.coop()
    f = _Fmt(coop.currency)
    officers_now = women_officers(uow, day, f)
    premium_now = premium_spent(uow, day, f, coop.currency)
    with uow.read() as s:
        count, mercury = incidents(s, start, day, f)
        return [women_members(s, day, f), officers_now, minors(s, day, coop.minimum_age),
                productivity(s, start, day, f), premium_now, assemblies(s, start, day),
                trained(s, start, day, f), count, mercury]


def indicator_map(uow: UnitOfWork, on: dt.date | None = None) -> dict[str, Indicator]:
    return {i.key: i for i in indicators(uow, on)}
