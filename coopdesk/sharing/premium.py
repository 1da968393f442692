"""The Fairmined premium use plan: planned uses the assembly approved, spending tagged against
them from the books, and an execution report.

A plan has a period, planned uses (a short code, a title, a budget) and, once the assembly has
voted it, the date and reference of the resolution. Spending is tagged from posted journal
entries of the plan's period: an entry, or part of it, is counted against one use (by default
its debits to expense accounts). An entry that was reversed, or that is a reversal, is not
spending; an entry is never counted for more than its total. The premium received in the
period is read from the books (credits to the accounts of the roles ``premium`` and
``premium_deferred``), so the report sets what came in against what was planned and spent.

Every write checks the right to distribute, validates, writes, appends to the audit chain with
a digest of the whole plan, and commits all or nothing. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger import queries as ledger_queries
from coopdesk.ledger import services as books
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    Paragraph,
    Signatures,
    Table,
)
from coopdesk.sharing.models import PremiumPlan, PremiumSpend, PremiumUse

AREA = "sharing"
ENTITY = "premium_plan"
PREMIUM_ROLES = ("premium", "premium_deferred")
MAX_NAME, MAX_CODE, MAX_TITLE, MAX_REF = 200, 20, 200, 100
ZERO = Decimal(0)
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class UseInput:
    code: str
    title: str
    budget: Decimal


@dataclass(frozen=True)
class PlanRow:
    name: str
    start: dt.date
    end: dt.date
    approved_on: dt.date | None
    resolution: str | None
    budget: Decimal
    spent: Decimal
    uses: int

    @property
    def approved(self) -> bool:
        return self.approved_on is not None


# One tagged entry under a use: its date, "YEAR/NUMBER", description (and the note), amount.
SpendEntry = tuple[dt.date, str, str, Decimal]


@dataclass(frozen=True)
class UseRow:
    code: str
    title: str
    budget: Decimal
    spent: Decimal
    remaining: Decimal
    percent: Decimal  # spent as a percentage of the budget, to a tenth
    entries: list[SpendEntry]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


def entry_key(year: str, number: int) -> str:
    """How an entry is named to a person: ``2026/14``."""
    return f"{year}/{number}"


def parse_entry_key(text: str) -> tuple[str, int]:
    """``2026/14`` (or ``2026-14``, as the journal lists it) as the year's name and number."""
    raw = text.strip()
    year, sep, number = raw.rpartition("/")
    if not sep:
        year, sep, number = raw.rpartition("-")
    try:
        n = int(number)
    except ValueError:
        n = 0
    if not sep or not year.strip() or n <= 0:
        raise ValidationError(_("Name the entry as YEAR/NUMBER, e.g. 2026/14; not “{value}”.",
                                value=text), "entry")
    return year.strip(), n


def percent_of(spent: int | Decimal, budget: int | Decimal) -> Decimal:
    """``spent`` as a percentage of ``budget``, to a tenth (minor or major units alike)."""
    if budget <= 0:
        return ZERO
    return (Decimal(spent) * 100 / Decimal(budget)).quantize(TENTH, ROUND_HALF_UP)


# ---- finding things --------------------------------------------------------------------------

def _plan(s: Session, name: str) -> PremiumPlan:
    p = s.scalar(select(PremiumPlan).where(PremiumPlan.name == name.strip()))
    if p is None:
        raise NotFound(_("There is no premium use plan “{name}”.", name=name))
    return p


def _use(s: Session, plan: PremiumPlan, code: str) -> PremiumUse:
    wanted = code.strip().upper()
    u = s.scalar(select(PremiumUse).where(PremiumUse.plan_id == plan.id,
                                          PremiumUse.code == wanted))
    if u is None:
        codes = ", ".join(s.scalars(select(PremiumUse.code).where(
            PremiumUse.plan_id == plan.id).order_by(PremiumUse.id)))
        raise NotFound(_("The plan “{plan}” has no use {code}; its uses are {codes}.",
                         plan=plan.name, code=code, codes=codes))
    return u


def _entry(s: Session, year: str, number: int) -> tuple[JournalEntry, str]:
    y = s.scalar(select(FiscalYear).where(FiscalYear.name == year.strip()))
    if y is None:
        raise NotFound(_("There is no fiscal year {year}.", year=year))
    e = s.scalar(select(JournalEntry).where(JournalEntry.year_id == y.id,
                                            JournalEntry.number == number,
                                            JournalEntry.status == books.POSTED))
    if e is None:
        raise NotFound(_("There is no posted entry {number} in {year}.", number=number,
                         year=y.name))
    return e, y.name


def _key_of(s: Session, entry_id: int) -> str:
    name, number = s.execute(select(FiscalYear.name, JournalEntry.number)
                             .join(JournalEntry, JournalEntry.year_id == FiscalYear.id)
                             .where(JournalEntry.id == entry_id)).one()
    return entry_key(name, int(number or 0))


def _debits(s: Session, entry_id: int) -> tuple[int, int]:
    """The entry's total debits, and its debits to expense accounts, in minor units."""
    total, expense = s.execute(
        select(func.coalesce(func.sum(JournalLine.debit), 0),
               func.coalesce(func.sum(case((Account.kind == "expense", JournalLine.debit),
                                            else_=0)), 0))
        .join(Account, Account.id == JournalLine.account_id)
        .where(JournalLine.entry_id == entry_id)).one()
    return int(total), int(expense)


# ---- the audit trail -------------------------------------------------------------------------

def _digest(s: Session, p: PremiumPlan) -> str:
    uses = []
    for u in s.scalars(select(PremiumUse).where(PremiumUse.plan_id == p.id)
                       .order_by(PremiumUse.code)):
        spends = [[uid, amount, note] for uid, amount, note in s.execute(
            select(JournalEntry.uid, PremiumSpend.amount, PremiumSpend.note)
            .join(JournalEntry, JournalEntry.id == PremiumSpend.entry_id)
            .where(PremiumSpend.use_id == u.id).order_by(JournalEntry.uid))]
        uses.append([u.code, u.title, u.budget, spends])
    return audit.digest({"name": p.name, "start": str(p.start), "end": str(p.end),
                         "approved_on": str(p.approved_on), "resolution": p.resolution_ref,
                         "uses": uses})


def _audit(tx: WriteTx, action: str, p: PremiumPlan, **extra: object) -> None:
    tx.session.flush()
    tx.audit(action, ENTITY, p.name, digest=_digest(tx.session, p), **extra)
    tx.touch(AREA)


def _plan_digests(s: Session) -> list[tuple[str, str]]:
    return [(p.name, _digest(s, p)) for p in s.scalars(select(PremiumPlan))]


audit.register_digest_source(ENTITY, _plan_digests, "premium_plan")


# ---- writing ---------------------------------------------------------------------------------

def _check_approval(approved_on: dt.date, resolution: str) -> str:
    ref = " ".join(resolution.split())
    if not ref:
        raise ValidationError(_("Give the reference of the assembly's resolution that approved "
                                "the plan."), "resolution")
    if len(ref) > MAX_REF:
        raise ValidationError(_("The resolution's reference is longer than {n} characters.",
                                n=MAX_REF), "resolution")
    if approved_on > dt.date.today():
        raise ValidationError(_("The approval date {date} is in the future.",
                                date=approved_on.isoformat()), "approved_on")
    return ref


def _check_uses(uses: Sequence[UseInput], currency: str) -> list[tuple[str, str, int]]:
    """Every problem of the uses at once, each naming its row; else (code, title, budget)."""
    if not uses:
        raise ValidationError(_("A plan needs at least one planned use: a code, a title and "
                                "a budget."), "uses")
    out: list[tuple[str, str, int]] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for n, u in enumerate(uses, 1):
        code, title = u.code.strip().upper(), " ".join(u.title.split())
        here: list[str] = []
        if not code:
            here.append(_("give it a code"))
        elif len(code) > MAX_CODE or any(c.isspace() for c in code):
            here.append(_("the code {code} must be one word of at most {n} characters",
                          code=code, n=MAX_CODE))
        elif code in seen:
            here.append(_("the code {code} is already used by use {row}", code=code,
                          row=seen[code]))
        else:
            seen[code] = n
        if not title:
            here.append(_("give it a title"))
        elif len(title) > MAX_TITLE:
            here.append(_("the title is longer than {n} characters", n=MAX_TITLE))
        budget = 0
        if not isinstance(u.budget, Decimal) or not u.budget.is_finite() or u.budget <= 0:
            here.append(_("the budget must be more than zero"))
        else:
            try:
                budget = to_minor(u.budget, currency)
            except ValidationError as exc:
                here.append(exc.message)
        if here:
            problems.append(_("Use {row} ({code}): {problems}.", row=n, code=code or "?",
                              problems="; ".join(here)))
        out.append((code, title, budget))
    if problems:
        raise ValidationError("\n".join(problems), "uses")
    return out


def create_plan(uow: UnitOfWork, name: str, start: dt.date, end: dt.date,
                uses: Sequence[UseInput], approved_on: dt.date | None = None,
                resolution: str | None = None) -> int:
    """A new plan with its planned uses (and the assembly's approval, when it is already
    voted); returns the plan's id."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("Give the plan a name, e.g. “Premium 2026”."), "name")
    if len(name) > MAX_NAME:
        raise ValidationError(_("The name is longer than {n} characters.", n=MAX_NAME), "name")
    if end < start:
        raise ValidationError(_("The plan ends ({end}) before it starts ({start}).",
                                start=start.isoformat(), end=end.isoformat()), "end")
    ref = None
    if approved_on is not None or (resolution or "").strip():
        if approved_on is None:
            raise ValidationError(_("Give the date on which the assembly approved the plan."),
                                  "approved_on")
        ref = _check_approval(approved_on, resolution or "")
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        s = tx.session
        checked = _check_uses(uses, _currency(s))
        if s.scalar(select(PremiumPlan.id).where(PremiumPlan.name == name)) is not None:
            raise ValidationError(_("There is already a premium use plan “{name}”.", name=name),
                                  "name")
        p = PremiumPlan(name=name, start=start, end=end, approved_on=approved_on,
                        resolution_ref=ref, created_by=tx.actor.username, created_at=_now())
        s.add(p)
        s.flush()
        s.add_all([PremiumUse(plan_id=p.id, code=code, title=title, budget=budget)
                   for code, title, budget in checked])
        _audit(tx, "premium.create", p, uses=len(checked),
               budget=sum(b for _c, _t, b in checked), approved_on=approved_on,
               resolution=ref)
        return p.id


def approve_plan(uow: UnitOfWork, name: str, approved_on: dt.date, resolution: str) -> None:
    """Record the assembly's approval of a plan: the date and its resolution's reference."""
    ref = _check_approval(approved_on, resolution)
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        p = _plan(tx.session, name)
        if p.approved_on is not None:
            raise ValidationError(_("The plan “{name}” was already approved on {date} "
                                    "(resolution {ref}).", name=p.name,
                                    date=p.approved_on.isoformat(), ref=p.resolution_ref),
                                  "approved_on")
        p.approved_on, p.resolution_ref = approved_on, ref
        _audit(tx, "premium.approve", p, approved_on=approved_on, resolution=ref)


def tag_spending(uow: UnitOfWork, plan: str, use_code: str, year: str, entry_number: int,
                 amount: Decimal | None = None, note: str | None = None) -> None:
    """Count a posted entry of the plan's period, or part of it, as spending on a use.

    Without ``amount``, the entry's debits to expense accounts (or, with none, its total
    debits) less what other uses already count of it."""
    if amount is not None and (not amount.is_finite() or amount <= 0):
        raise ValidationError(_("The amount must be more than zero."), "amount")
    text = " ".join((note or "").split()) or None

    def work(tx: WriteTx) -> None:
        s = tx.session
        p = _plan(s, plan)
        if p.approved_on is None:
            raise ValidationError(_("The plan “{name}” is not approved yet: record the "
                                    "assembly's approval before tagging spending against it.",
                                    name=p.name), "plan")
        u = _use(s, p, use_code)
        e, year_name = _entry(s, year, entry_number)
        key = entry_key(year_name, entry_number)
        if e.reverses_id is not None:
            raise ValidationError(_("Entry {entry} is a reversal of entry {other}; it is not "
                                    "spending.", entry=key, other=_key_of(s, e.reverses_id)),
                                  "entry")
        by = s.scalar(select(JournalEntry.id).where(JournalEntry.reverses_id == e.id))
        if by is not None:
            raise ValidationError(_("Entry {entry} was reversed by entry {other}; it is no "
                                    "longer spending.", entry=key, other=_key_of(s, by)),
                                  "entry")
        if not p.start <= e.date <= p.end:
            raise ValidationError(_("Entry {entry} is dated {date}, outside the plan's period "
                                    "({start} to {end}).", entry=key, date=e.date.isoformat(),
                                    start=p.start.isoformat(), end=p.end.isoformat()),
                                  "entry")
        if s.scalar(select(PremiumSpend.id).where(PremiumSpend.use_id == u.id,
                                                  PremiumSpend.entry_id == e.id)) is not None:
            raise ValidationError(_("Entry {entry} is already tagged to {code}.", entry=key,
                                    code=u.code), "entry")
        currency = _currency(s)
        total, expense = _debits(s, e.id)
        tagged = int(s.scalar(select(func.coalesce(func.sum(PremiumSpend.amount), 0))
                              .where(PremiumSpend.entry_id == e.id)) or 0)
        left = total - tagged
        if amount is None:
            minor = min(expense or total, left)
            if minor <= 0:
                raise ValidationError(_("Entry {entry} is already wholly tagged ({tagged} of "
                                        "{total}).", entry=key,
                                        tagged=from_minor(tagged, currency),
                                        total=from_minor(total, currency)), "amount")
        else:
            minor = to_minor(amount, currency)
            if minor > total:
                raise ValidationError(_("The amount {amount} is more than the whole of "
                                        "entry {entry} ({total}).", amount=amount, entry=key,
                                        total=from_minor(total, currency)), "amount")
            if minor > left:
                raise ValidationError(_("Entry {entry} amounts to {total}, of which {tagged} "
                                        "is already tagged to other uses; at most {left} is "
                                        "left.", entry=key, total=from_minor(total, currency),
                                        tagged=from_minor(tagged, currency),
                                        left=from_minor(left, currency)), "amount")
        s.add(PremiumSpend(use_id=u.id, entry_id=e.id, amount=minor, note=text,
                           tagged_by=tx.actor.username, tagged_at=_now()))
        _audit(tx, "premium.tag", p, use=u.code, entry=key, amount=minor)

    uow.transact(Permission.DISTRIBUTE, (AREA,), work)


def untag(uow: UnitOfWork, plan: str, use_code: str, year: str, entry_number: int) -> None:
    """Stop counting an entry as spending on a use."""
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        s = tx.session
        p = _plan(s, plan)
        u = _use(s, p, use_code)
        e, year_name = _entry(s, year, entry_number)
        key = entry_key(year_name, entry_number)
        spend = s.scalar(select(PremiumSpend).where(PremiumSpend.use_id == u.id,
                                                    PremiumSpend.entry_id == e.id))
        if spend is None:
            raise NotFound(_("Entry {entry} is not tagged to {code}.", entry=key, code=u.code))
        amount = spend.amount
        s.delete(spend)
        _audit(tx, "premium.untag", p, use=u.code, entry=key, amount=amount)


# ---- reading ---------------------------------------------------------------------------------

def _spent_by_use(s: Session, plan_id: int) -> dict[int, int]:
    return {i: int(t or 0) for i, t in s.execute(
        select(PremiumUse.id, func.sum(PremiumSpend.amount))
        .join(PremiumSpend, PremiumSpend.use_id == PremiumUse.id)
        .where(PremiumUse.plan_id == plan_id).group_by(PremiumUse.id))}


def plans(uow: UnitOfWork) -> list[PlanRow]:
    """Every plan, the latest first, with its total budget and what is tagged against it."""
    with uow.read() as s:
        cur = _currency(s)
        budgets = {i: (int(b or 0), int(n)) for i, b, n in s.execute(
            select(PremiumUse.plan_id, func.sum(PremiumUse.budget), func.count())
            .group_by(PremiumUse.plan_id))}
        spent = {i: int(t or 0) for i, t in s.execute(
            select(PremiumUse.plan_id, func.sum(PremiumSpend.amount))
            .join(PremiumSpend, PremiumSpend.use_id == PremiumUse.id)
            .group_by(PremiumUse.plan_id))}
        out = []
        for p in s.scalars(select(PremiumPlan).order_by(PremiumPlan.start.desc(),
                                                        PremiumPlan.name)):
            budget, uses = budgets.get(p.id, (0, 0))
            out.append(PlanRow(p.name, p.start, p.end, p.approved_on, p.resolution_ref,
                               from_minor(budget, cur), from_minor(spent.get(p.id, 0), cur),
                               uses))
        return out


def plan_row(uow: UnitOfWork, name: str) -> PlanRow:
    """One plan's row."""
    for row in plans(uow):
        if row.name == name.strip():
            return row
    raise NotFound(_("There is no premium use plan “{name}”.", name=name))


def execution(uow: UnitOfWork, plan: str) -> list[UseRow]:
    """Each planned use in the plan's order: budget, spent, remaining, percentage, and the
    entries tagged to it in date order."""
    with uow.read() as s:
        cur = _currency(s)
        p = _plan(s, plan)
        entries: dict[int, list[SpendEntry]] = {}
        for use_id, day, year, number, description, note, amount in s.execute(
                select(PremiumSpend.use_id, JournalEntry.date, FiscalYear.name,
                       JournalEntry.number, JournalEntry.description, PremiumSpend.note,
                       PremiumSpend.amount)
                .join(PremiumUse, PremiumUse.id == PremiumSpend.use_id)
                .join(JournalEntry, JournalEntry.id == PremiumSpend.entry_id)
                .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
                .where(PremiumUse.plan_id == p.id)
                .order_by(JournalEntry.date, FiscalYear.name, JournalEntry.number)):
            text = f"{description} — {note}" if note else description
            entries.setdefault(use_id, []).append(
                (day, entry_key(year, int(number or 0)), text, from_minor(int(amount), cur)))
        spent = _spent_by_use(s, p.id)
        out = []
        for u in s.scalars(select(PremiumUse).where(PremiumUse.plan_id == p.id)
                           .order_by(PremiumUse.id)):
            used = spent.get(u.id, 0)
            out.append(UseRow(u.code, u.title, from_minor(u.budget, cur),
                              from_minor(used, cur), from_minor(u.budget - used, cur),
                              percent_of(used, u.budget), entries.get(u.id, [])))
        return out


def premium_accounts(s: Session) -> list[int]:
    """The ids of the accounts the premium is received on (the roles that are set)."""
    ids: list[int] = []
    for role in PREMIUM_ROLES:
        try:
            acc = books.role_account(s, role)
        except ValidationError:
            continue
        if acc.id not in ids:
            ids.append(acc.id)
    return ids


def received(uow: UnitOfWork, plan: str) -> Decimal:
    """The premium received in the plan's period: each posted entry's credits less its debits
    on the premium accounts, where that is positive (moving the premium from one of these
    accounts to the other is not receiving it); reversed entries and reversals left out."""
    with uow.read() as s:
        cur = _currency(s)
        p = _plan(s, plan)
        ids = premium_accounts(s)
        if not ids:
            return ZERO
        reversed_ids = select(JournalEntry.reverses_id).where(
            JournalEntry.reverses_id.is_not(None))
        net = func.sum(JournalLine.credit - JournalLine.debit)
        rows = s.execute(
            select(JournalLine.entry_id, net)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalEntry.status == books.POSTED, JournalEntry.date >= p.start,
                   JournalEntry.date <= p.end, JournalEntry.reverses_id.is_(None),
                   JournalEntry.id.not_in(reversed_ids), JournalLine.account_id.in_(ids))
            .group_by(JournalLine.entry_id)).all()
        return from_minor(sum(int(n) for _i, n in rows if int(n or 0) > 0), cur)


def tagged(uow: UnitOfWork, entry_ids: Sequence[int]) -> dict[int, Decimal]:
    """How much of each entry is already tagged to a use, of any plan."""
    if not entry_ids:
        return {}
    with uow.read() as s:
        cur = _currency(s)
        return {i: from_minor(int(t or 0), cur) for i, t in s.execute(
            select(PremiumSpend.entry_id, func.sum(PremiumSpend.amount))
            .where(PremiumSpend.entry_id.in_(list(entry_ids)))
            .group_by(PremiumSpend.entry_id))}


def expense_entries(uow: UnitOfWork, plan: str, limit: int = 200
                    ) -> list[ledger_queries.JournalRow]:
    """Posted entries of the plan's period touching an expense account, newest first, without
    reversed entries and reversals: what may be tagged as spending."""
    p = plan_row(uow, plan)
    accounts = ledger_queries.chart(uow)
    kinds = {a.id: a.kind for a in accounts}
    roots = [a.code for a in accounts
             if a.kind == "expense" and (a.parent_id is None or kinds.get(a.parent_id)
                                         != "expense")]
    found: dict[int, ledger_queries.JournalRow] = {}
    for code in roots:
        f = ledger_queries.JournalFilter(account=code, start=p.start, end=p.end,
                                         status=books.POSTED)
        for r in ledger_queries.journal_page(uow, f, limit=limit):
            if r.reverses is None and r.reversed_by is None:
                found[r.id] = r
    return sorted(found.values(), key=lambda r: (r.date, r.id), reverse=True)[:limit]


# ---- the execution report ------------------------------------------------------------------

def execution_report(uow: UnitOfWork, plan: str) -> Document:
    """What the assembly approved, what came in, what was spent on each use and on which
    entries: the plan's execution, printable for the assembly and the certifier."""
    row = plan_row(uow, plan)
    uses = execution(uow, plan)
    got = received(uow, plan)
    coop = uow.coop()
    fmt = CellFormatter(language(), coop.currency)

    def money(v: Decimal) -> str:
        return f"{fmt.text(Kind.MONEY, v)} {coop.currency}"

    doc = Document(title=_("Premium use plan: execution report"), cooperative=coop.name,
                   currency=coop.currency, subtitle=row.name)
    period = _("{start} to {end}", start=fmt.date(row.start), end=fmt.date(row.end))
    approval = (_("{date}, resolution {ref}", date=fmt.date(row.approved_on),
                  ref=row.resolution) if row.approved_on is not None
                else _("Not approved yet"))
    left = row.budget - row.spent
    facts = [(_("Plan"), row.name), (_("Period"), period),
             (_("Approved by the assembly"), approval),
             (_("Premium received in the period"), money(got)),
             (_("Planned"), money(row.budget)),
             (_("Spent"), _("{amount} ({percent} % of the plan)", amount=money(row.spent),
                            percent=fmt.text(Kind.DECIMAL,
                                                  percent_of(row.spent, row.budget)))),
             (_("Left to spend"), money(left)),
             (_("Premium received not yet spent"), money(got - row.spent))]
    if uow.actor.user_id is not None:
        facts.append((_("Generated for"), uow.actor.username))
    doc.add(KeyValues(facts))
    if got < row.budget:
        doc.add(Paragraph(_("The premium received in the period ({received}) is less than the "
                            "plan's budget ({planned}).", received=money(got),
                            planned=money(row.budget))))
    over = [u.code for u in uses if u.spent > u.budget]
    if over:
        doc.add(Paragraph(_("Spending is above the budget for: {codes}.",
                            codes=", ".join(over))))

    doc.add(Heading(_("Execution by use"), 2), Table(
        [Column(_("Use code"), Kind.TEXT, 0.6), Column(_("Planned use"), Kind.TEXT, 2.4),
         Column(_("Budget"), Kind.MONEY, 1.1, True), Column(_("Spent"), Kind.MONEY, 1.1, True),
         Column(_("Remaining"), Kind.MONEY, 1.1, True), Column(_("% spent"), Kind.DECIMAL, 0.7)],
        [[u.code, u.title, u.budget, u.spent, u.remaining, u.percent] for u in uses],
        sheet=_("Execution")))
    labels: list[str] = []
    values: list[int | Decimal] = []
    for u in uses:
        labels += [_("{code} budget", code=u.code), _("{code} spent", code=u.code)]
        values += [u.budget, u.spent]
    doc.add(Chart(_("Budget and spending by use"), labels, values))
    doc.add(Chart(_("Premium received, planned and spent"),
                  [_("Received"), _("Planned"), _("Spent")], [got, row.budget, row.spent]))

    doc.add(Heading(_("Spending tagged to each use"), 2))
    cols = [Column(_("Date"), Kind.DATE, 0.9), Column(_("Entry"), Kind.TEXT, 0.8),
            Column(_("Description"), Kind.TEXT, 3.2), Column(_("Amount"), Kind.MONEY, 1.1, True)]
    for u in uses:
        title = f"{u.code} — {u.title}"
        if u.entries:
            rows: list[list[Cell]] = [[d, k, text, a] for d, k, text, a in u.entries]
            doc.add(Table(cols, rows, title=title, sheet=_("Spending")))
        else:
            doc.add(Heading(title, 3), Paragraph(_("No spending tagged yet.")))
    doc.add(Signatures([_("Treasurer"), _("President"), _("Supervisory committee")]))
    return doc
