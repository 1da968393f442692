"""The annual budget by account, in versions, and the budget against the actual of the books.

- A fiscal year's budget is a version: a draft, edited freely, then approved by a passed
  motion of a general assembly (ordinary or extraordinary) and frozen; its approval date is
  the assembly's day. A revision is a new version, which starts as a copy of the last one.
- A line is a postable income or expense account and the year's amount in the account's
  normal direction (income received, expense spent), never below zero.
- A draft may be proposed from a past year's actuals, grown by a percentage.
- Budget against actual reads the fiscal year's posted entries (the year-end closing left
  out). The variance is favourable when positive: for income, actual less budget; for
  expenses, budget less actual. An expense account spent beyond its budget is over budget.

Writes check ``Permission.PLANS``, validate, audit and commit all or nothing. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.governance.bylaws import MeetingKind
from coopdesk.governance.models import MeetingRow, MotionRow
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
from coopdesk.plans.models import BudgetLineRow, BudgetRow

AREA = "plans"
ENTITY = "budget"
DRAFT, APPROVED = "draft", "approved"
STATUS_LABELS = {DRAFT: N_("draft"), APPROVED: N_("approved")}
ASSEMBLIES = (MeetingKind.ORDINARY.value, MeetingKind.EXTRAORDINARY.value)
KINDS = ("income", "expense")
ZERO = Decimal(0)
TENTH = Decimal("0.1")


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return _(label) if label else status


# ---- plain data ------------------------------------------------------------------------------

@dataclass(frozen=True)
class BudgetInfo:
    id: int
    year: str
    version: int
    status: str
    approved_on: dt.date | None
    motion_id: int | None
    resolution: str | None
    meeting: str | None               # the title of the assembly that approved it
    income: Decimal
    expense: Decimal
    lines: int
    created_by: str

    @property
    def approved(self) -> bool:
        return self.status == APPROVED


@dataclass(frozen=True)
class BudgetAccount:
    """A postable income or expense account with its amount in one budget (0: none)."""

    code: str
    name: str
    kind: str
    group: str                        # its heading: "51 Gastos operacionales..."
    amount: Decimal


@dataclass(frozen=True)
class MotionChoice:
    """A passed motion of a general assembly, to approve a budget with."""

    id: int
    resolution: str | None
    text: str
    meeting: str
    day: dt.date


@dataclass(frozen=True)
class VsRow:
    code: str
    name: str
    kind: str
    group: str
    budget: Decimal
    actual: Decimal
    variance: Decimal                 # favourable when positive
    used: Decimal | None              # actual as a per cent of the budget (None: no budget)
    over: bool                        # an expense beyond its budget


@dataclass(frozen=True)
class VsTotal:
    budget: Decimal
    actual: Decimal
    variance: Decimal
    used: Decimal | None


@dataclass(frozen=True)
class BudgetVsActual:
    info: BudgetInfo
    year_start: dt.date
    year_end: dt.date
    meeting_day: dt.date | None
    rows: list[VsRow]
    income: VsTotal
    expense: VsTotal
    result: VsTotal                   # income less expense


def percent_used(actual: Decimal, budget: Decimal) -> Decimal | None:
    if budget <= 0:
        return None
    return (actual * 100 / budget).quantize(TENTH, ROUND_HALF_UP)


# ---- helpers ---------------------------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


def _year(s: Session, name: str) -> FiscalYear:
    y = s.scalar(select(FiscalYear).where(FiscalYear.name == str(name).strip()))
    if y is None:
        raise ValidationError(_("There is no fiscal year {year}.", year=name), "year")
    return y


def _budget(s: Session, budget_id: int) -> BudgetRow:
    b = s.get(BudgetRow, budget_id)
    if b is None:
        raise NotFound(_("There is no budget {id}.", id=budget_id))
    return b


def _draft(s: Session, budget_id: int) -> tuple[BudgetRow, FiscalYear]:
    b = _budget(s, budget_id)
    y = s.get_one(FiscalYear, b.year_id)
    if b.status != DRAFT:
        raise ValidationError(_("Version {version} of the {year} budget was approved on "
                                "{date} and is frozen. Make a revision (a new version) to "
                                "change it.", version=b.version, year=y.name,
                                date=b.approved_on.isoformat() if b.approved_on else "?"),
                              "budget")
    return b, y


def _budget_accounts(s: Session) -> dict[str, Account]:
    return {a.code: a for a in s.scalars(select(Account).where(
        Account.kind.in_(KINDS), Account.postable.is_(True)).order_by(Account.code))}


def _groups(s: Session) -> dict[int, str]:
    """Each account's heading (its parent) as "CODE Name"."""
    by_id = {a.id: a for a in s.scalars(select(Account))}
    out = {}
    for a in by_id.values():
        p = by_id.get(a.parent_id) if a.parent_id else None
        out[a.id] = f"{p.code} {p.name}" if p is not None else f"{a.code} {a.name}"
    return out


def _audit(tx: WriteTx, action: str, b: BudgetRow, year: str, **summary: object) -> None:
    tx.session.flush()
    tx.audit(action, ENTITY, b.id, year=year, version=b.version, **summary)
    tx.touch(AREA)


def actuals(s: Session, year: FiscalYear) -> dict[int, int]:
    """Each income or expense account's actual in the year, in minor units, in its normal
    direction (income: credit less debit; expense: debit less credit); closing left out."""
    rows = s.execute(
        select(Account.id, Account.kind, func.sum(JournalLine.debit - JournalLine.credit))
        .join(JournalLine, JournalLine.account_id == Account.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalEntry.status == "posted", JournalEntry.year_id == year.id,
               Account.kind.in_(KINDS),
               or_(JournalEntry.source.is_(None), JournalEntry.source != "closing"))
        .group_by(Account.id, Account.kind)).all()
    return {aid: (-int(net or 0) if kind == "income" else int(net or 0))
            for aid, kind, net in rows}


# ---- writing ---------------------------------------------------------------------------------

def create_budget(uow: UnitOfWork, year_name: str) -> int:
    """A new draft version of the year's budget (the last version plus one), starting as a
    copy of the last version's lines; returns its id."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        y = _year(s, year_name)
        last = s.scalar(select(BudgetRow).where(BudgetRow.year_id == y.id)
                        .order_by(BudgetRow.version.desc()).limit(1))
        if last is not None and last.status == DRAFT:
            raise ValidationError(_("Version {version} of the {year} budget is still a draft: "
                                    "change it rather than starting another.",
                                    version=last.version, year=y.name), "year")
        b = BudgetRow(year_id=y.id, version=(last.version + 1) if last else 1, status=DRAFT,
                      note="", created_by=tx.actor.username, created_at=_now())
        s.add(b)
        s.flush()
        copied = 0
        if last is not None:
            for ln in s.scalars(select(BudgetLineRow).where(BudgetLineRow.budget_id == last.id)):
                s.add(BudgetLineRow(budget_id=b.id, account_id=ln.account_id, amount=ln.amount))
                copied += 1
        _audit(tx, "budget.create", b, y.name, copied_from=last.version if last else None,
               lines=copied)
        return b.id


def _set(s: Session, b: BudgetRow, amounts: Mapping[int, int]) -> None:
    existing = {ln.account_id: ln for ln in s.scalars(
        select(BudgetLineRow).where(BudgetLineRow.budget_id == b.id))}
    for account_id, minor in amounts.items():
        line = existing.get(account_id)
        if minor == 0:
            if line is not None:
                s.delete(line)
        elif line is None:
            s.add(BudgetLineRow(budget_id=b.id, account_id=account_id, amount=minor))
        else:
            line.amount = minor


def set_lines(uow: UnitOfWork, budget_id: int, amounts: Mapping[str, Decimal]) -> int:
    """Set the amounts of accounts (by code) in a draft; zero removes the account's line.
    Every problem is said at once, each naming its account; nothing is written then.
    Returns how many accounts were set."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        b, y = _draft(s, budget_id)
        cur = _currency(s)
        accounts = _budget_accounts(s)
        problems: list[str] = []
        minor: dict[int, int] = {}
        for raw, amount in amounts.items():
            code = str(raw).strip()
            acc = accounts.get(code)
            if acc is None:
                other = s.scalar(select(Account).where(Account.code == code))
                problems.append(
                    _("Account {code}: there is no such account.", code=code) if other is None
                    else _("Account {code}: a heading; budget the accounts under it.",
                           code=code) if not other.postable
                    else _("Account {code} is not an income or expense account.", code=code))
                continue
            if isinstance(amount, int) and not isinstance(amount, bool):
                amount = Decimal(amount)
            if not isinstance(amount, Decimal) or not amount.is_finite():
                problems.append(_("Account {code}: the amount is not a number.", code=code))
                continue
            if amount < 0:
                problems.append(_("Account {code}: the amount {amount} is less than zero.",
                                  code=code, amount=amount))
                continue
            try:
                minor[acc.id] = to_minor(amount, cur)
            except ValidationError as exc:
                problems.append(_("Account {code}: {reason}", code=code, reason=exc.message))
        if problems:
            raise ValidationError("\n".join(problems), "lines")
        _set(s, b, minor)
        _audit(tx, "budget.set", b, y.name,
               lines={a.code: minor[a.id] for a in accounts.values() if a.id in minor})
        return len(minor)


def propose_from_actuals(uow: UnitOfWork, budget_id: int, from_year_name: str,
                         growth_percent: Decimal | int = 0) -> int:
    """Fill a draft from a year's actuals grown by ``growth_percent`` (rounded to whole units
    of the currency); accounts with nothing in that year are left out. Returns the number of
    lines."""
    if isinstance(growth_percent, int) and not isinstance(growth_percent, bool):
        growth_percent = Decimal(growth_percent)
    if (not isinstance(growth_percent, Decimal) or not growth_percent.is_finite()
            or not Decimal(-100) < growth_percent <= Decimal(1000)):
        raise ValidationError(_("The growth is a percentage above -100 and at most 1000; "
                                "not {value}.", value=growth_percent), "growth")
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        b, y = _draft(s, budget_id)
        source = _year(s, from_year_name)
        cur = _currency(s)
        factor = 1 + growth_percent / 100
        accounts = {a.id for a in _budget_accounts(s).values()}
        amounts: dict[int, int] = {}
        for aid, net in actuals(s, source).items():
            if aid in accounts and net > 0:
                grown = (from_minor(net, cur) * factor).quantize(Decimal(1), ROUND_HALF_UP)
                amounts[aid] = to_minor(grown, cur)
        for ln in s.scalars(select(BudgetLineRow).where(BudgetLineRow.budget_id == b.id)):
            s.delete(ln)
        s.flush()
        s.add_all([BudgetLineRow(budget_id=b.id, account_id=aid, amount=amt)
                   for aid, amt in amounts.items()])
        _audit(tx, "budget.propose", b, y.name, source=source.name,
               growth=str(growth_percent), lines=len(amounts))
        return len(amounts)


def approve(uow: UnitOfWork, budget_id: int, motion_id: int) -> None:
    """Approve a draft by a passed motion of a general assembly; it is frozen from then on,
    dated the assembly's day."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        b, y = _draft(s, budget_id)
        motion = s.get(MotionRow, motion_id)
        if motion is None:
            raise ValidationError(_("There is no motion {id}.", id=motion_id), "motion")
        meeting = s.get_one(MeetingRow, motion.meeting_id)
        if meeting.kind not in ASSEMBLIES:
            raise ValidationError(_("Motion {id} was voted by “{meeting}”, not by a general "
                                    "assembly; only the assembly approves the budget.",
                                    id=motion_id, meeting=meeting.title), "motion")
        if not motion.passed:
            raise ValidationError(_("Motion {id} did not pass; it cannot approve the budget.",
                                    id=motion_id), "motion")
        other = s.scalar(select(BudgetRow).where(BudgetRow.motion_id == motion_id,
                                                 BudgetRow.id != b.id))
        if other is not None:
            raise ValidationError(_("Motion {id} already approved version {version} of a "
                                    "budget.", id=motion_id, version=other.version), "motion")
        if not s.scalar(select(func.count()).select_from(BudgetLineRow)
                        .where(BudgetLineRow.budget_id == b.id)):
            raise ValidationError(_("The budget has no lines yet; give amounts before it is "
                                    "approved."), "budget")
        b.status, b.motion_id = APPROVED, motion.id
        b.approved_on = meeting.scheduled_at.date()
        _audit(tx, "budget.approve", b, y.name, motion=motion.id,
               resolution=motion.resolution, approved_on=b.approved_on.isoformat())


# ---- reading ---------------------------------------------------------------------------------

def _infos(s: Session, where: object | None = None) -> list[BudgetInfo]:
    cur = _currency(s)
    kinds = {a.id: a.kind for a in s.scalars(select(Account))}
    sums: dict[int, dict[str, int]] = {}
    counts: dict[int, int] = {}
    for bid, aid, amt in s.execute(select(BudgetLineRow.budget_id, BudgetLineRow.account_id,
                                          BudgetLineRow.amount)):
        k = kinds.get(aid, "expense")
        sums.setdefault(bid, {}).setdefault(k, 0)
        sums[bid][k] += int(amt)
        counts[bid] = counts.get(bid, 0) + 1
    stmt = (select(BudgetRow, FiscalYear.name, MotionRow.resolution, MeetingRow.title)
            .join(FiscalYear, FiscalYear.id == BudgetRow.year_id)
            .outerjoin(MotionRow, MotionRow.id == BudgetRow.motion_id)
            .outerjoin(MeetingRow, MeetingRow.id == MotionRow.meeting_id)
            .order_by(FiscalYear.start, BudgetRow.version))
    if where is not None:
        stmt = stmt.where(where)  # type: ignore[arg-type]
    out = []
    for b, year, resolution, meeting in s.execute(stmt):
        t = sums.get(b.id, {})
        out.append(BudgetInfo(b.id, year, b.version, b.status, b.approved_on, b.motion_id,
                              resolution, meeting, from_minor(t.get("income", 0), cur),
                              from_minor(t.get("expense", 0), cur), counts.get(b.id, 0),
                              b.created_by))
    return out


def budgets(uow: UnitOfWork, year_name: str | None = None) -> list[BudgetInfo]:
    """Every budget version (of one fiscal year when named), by year and version."""
    with uow.read() as s:
        if year_name is None:
            return _infos(s)
        return _infos(s, FiscalYear.name == str(year_name).strip())


def budget_info(uow: UnitOfWork, budget_id: int) -> BudgetInfo:
    with uow.read() as s:
        _budget(s, budget_id)
        return _infos(s, BudgetRow.id == budget_id)[0]


def find_budget(uow: UnitOfWork, year_name: str, version: int | None = None) -> BudgetInfo:
    """A year's version; without ``version``, the latest approved one, else the latest."""
    found = budgets(uow, year_name)
    if not found:
        raise NotFound(_("There is no budget for {year} yet.", year=year_name))
    if version is not None:
        hit = next((b for b in found if b.version == version), None)
        if hit is None:
            raise NotFound(_("The {year} budget has no version {version}.", year=year_name,
                             version=version))
        return hit
    approved = [b for b in found if b.approved]
    return (approved or found)[-1]


def budget_accounts(uow: UnitOfWork, budget_id: int | None = None) -> list[BudgetAccount]:
    """Every postable income and expense account, in code order, with its amount in the
    budget (0 without a budget or a line)."""
    with uow.read() as s:
        cur = _currency(s)
        groups = _groups(s)
        lines: dict[int, int] = {}
        if budget_id is not None:
            _budget(s, budget_id)
            lines = {a: int(m) for a, m in s.execute(
                select(BudgetLineRow.account_id, BudgetLineRow.amount)
                .where(BudgetLineRow.budget_id == budget_id))}
        return [BudgetAccount(a.code, a.name, a.kind, groups.get(a.id, ""),
                              from_minor(lines.get(a.id, 0), cur))
                for a in _budget_accounts(s).values()]


def assembly_motions(uow: UnitOfWork) -> list[MotionChoice]:
    """The passed motions of general assemblies, the latest meeting first."""
    with uow.read() as s:
        return [MotionChoice(m.id, m.resolution, m.text, title, at.date())
                for m, title, at in s.execute(
                    select(MotionRow, MeetingRow.title, MeetingRow.scheduled_at)
                    .join(MeetingRow, MeetingRow.id == MotionRow.meeting_id)
                    .where(MeetingRow.kind.in_(ASSEMBLIES), MotionRow.passed.is_(True))
                    .order_by(MeetingRow.scheduled_at.desc(), MotionRow.id))]


def _total(budget: Decimal, actual: Decimal, favourable: Decimal) -> VsTotal:
    return VsTotal(budget, actual, favourable, percent_used(actual, budget))


def budget_vs_actual(uow: UnitOfWork, year_name: str, version: int | None = None
                     ) -> BudgetVsActual:
    """The budget (the version asked for; else the latest approved, else the latest) against
    the year's actual by account: every budgeted account and every one with actuals."""
    info = find_budget(uow, year_name, version)
    with uow.read() as s:
        cur = _currency(s)
        y = _year(s, year_name)
        groups = _groups(s)
        meeting_day = None
        if info.motion_id is not None:
            at = s.scalar(select(MeetingRow.scheduled_at).join(
                MotionRow, MotionRow.meeting_id == MeetingRow.id)
                .where(MotionRow.id == info.motion_id))
            meeting_day = at.date() if at is not None else None
        lines = {a: int(m) for a, m in s.execute(
            select(BudgetLineRow.account_id, BudgetLineRow.amount)
            .where(BudgetLineRow.budget_id == info.id))}
        actual = actuals(s, y)
        ids = set(lines) | {a for a, v in actual.items() if v}
        accounts = sorted((a for a in s.scalars(select(Account).where(Account.id.in_(ids)))),
                          key=lambda a: (KINDS.index(a.kind), a.code))
    rows: list[VsRow] = []
    for a in accounts:
        bud, act = from_minor(lines.get(a.id, 0), cur), from_minor(actual.get(a.id, 0), cur)
        fav = act - bud if a.kind == "income" else bud - act
        rows.append(VsRow(a.code, a.name, a.kind, groups.get(a.id, ""), bud, act, fav,
                          percent_used(act, bud), a.kind == "expense" and act > bud))
    inc = [r for r in rows if r.kind == "income"]
    exp = [r for r in rows if r.kind == "expense"]
    ib, ia = sum((r.budget for r in inc), ZERO), sum((r.actual for r in inc), ZERO)
    eb, ea = sum((r.budget for r in exp), ZERO), sum((r.actual for r in exp), ZERO)
    result = VsTotal(ib - eb, ia - ea, (ia - ea) - (ib - eb), None)
    return BudgetVsActual(info, y.start, y.end, meeting_day, rows, _total(ib, ia, ia - ib),
                          _total(eb, ea, eb - ea), result)


def year_actuals(uow: UnitOfWork, year_name: str) -> list[VsRow]:
    """The year's actual by account with no budget to set it against (before there is one)."""
    with uow.read() as s:
        cur = _currency(s)
        y = _year(s, year_name)
        groups = _groups(s)
        actual = actuals(s, y)
        accounts = sorted(s.scalars(select(Account).where(Account.id.in_(list(actual)))),
                          key=lambda a: (KINDS.index(a.kind), a.code))
    out = []
    for a in accounts:
        act = from_minor(actual[a.id], cur)
        out.append(VsRow(a.code, a.name, a.kind, groups.get(a.id, ""), ZERO, act,
                         act if a.kind == "income" else -act, None, False))
    return out


def year_of(uow: UnitOfWork, day: dt.date) -> str | None:
    """The name of the fiscal year holding ``day`` (None: none does)."""
    with uow.read() as s:
        return s.scalar(select(FiscalYear.name).where(FiscalYear.start <= day,
                                                      FiscalYear.end >= day))


def year_names(uow: UnitOfWork) -> list[str]:
    with uow.read() as s:
        return list(s.scalars(select(FiscalYear.name).order_by(FiscalYear.start)))
