"""The business plan: its written sections, yearly assumptions, costs, investment programme,
and the projection computed from them (:mod:`coopdesk.plans.projection`).

A plan starts as a draft over 3 to 5 years. Its first year can start from the books: the
expenses of a fiscal year by top-level expense group and the metal sold that year (grams,
average price and premium). Once a passed motion of a meeting adopts it, the plan is frozen:
a new version is a copy. Every write checks the plans permission, validates, writes, appends to
the audit chain with a digest of the whole plan, and commits all or nothing. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, quantize, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.governance.models import MeetingRow, MotionRow
from coopdesk.ledger.models import Account, AccountRole, FiscalYear, JournalEntry, JournalLine
from coopdesk.plans import projection as pj
from coopdesk.plans.models import (
    BusinessPlanRow,
    PlanCostAmountRow,
    PlanCostRow,
    PlanInvestmentRow,
    PlanSectionRow,
    PlanYearRow,
)
from coopdesk.production.models import Sale
from coopdesk.production.services import MINERALS

AREA = "plans"
ENTITY = "business_plan"
DRAFT, ADOPTED = "draft", "adopted"
MAX_TITLE, MAX_LABEL, MAX_TEXT = 200, 200, 100_000
MIN_YEARS, MAX_YEARS = 3, 5
ZERO = Decimal(0)
MG_PER_GRAM = Decimal(1000)
CLOSING = "closing"  # the year-end entry that empties the expense accounts: not a cost
# Expense accounts whose group is a cost per gram sold when the plan starts from the books.
VARIABLE_ROLES = ("purchases_members",)

SECTIONS: dict[str, str] = {
    "profile": N_("Profile of the cooperative"),
    "market": N_("Market and buyers"),
    "operations": N_("Production and operations"),
    "organisation": N_("Organisation and management"),
    "risks": N_("Risks and how we meet them"),
}
STATUS_LABELS = {DRAFT: N_("Draft"), ADOPTED: N_("Adopted")}


# ---- what the UI, the CLI and the report read --------------------------------------------------

@dataclass(frozen=True)
class PlanSummary:
    id: int
    title: str
    first_year: int
    years: int
    mineral: str
    status: str
    motion_id: int | None
    resolution: str | None
    updated_by: str
    updated_at: dt.datetime

    @property
    def adopted(self) -> bool:
        return self.status == ADOPTED

    @property
    def period(self) -> str:
        return f"{self.first_year}-{self.first_year + self.years - 1}"


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    text: str


@dataclass(frozen=True)
class YearAssumption:
    index: int
    label: str
    grams: Decimal
    price: Decimal
    premium: Decimal


@dataclass(frozen=True)
class CostLine:
    id: int
    label: str
    account_code: str | None
    variable: bool
    amounts: tuple[Decimal, ...]


@dataclass(frozen=True)
class InvestmentData:
    """An item of the investment programme as entered: the four sources add up to the cost;
    ``loan_rate`` is per cent a year."""

    item: str
    year_index: int
    cost: Decimal
    from_members: Decimal = ZERO
    from_premium: Decimal = ZERO
    from_loan: Decimal = ZERO
    from_grant: Decimal = ZERO
    loan_years: int = 0
    loan_rate: Decimal = ZERO
    life_years: int = 5


@dataclass(frozen=True)
class Investment:
    id: int
    data: InvestmentData


@dataclass(frozen=True)
class Adoption:
    motion_id: int
    resolution: str | None
    text: str
    meeting: str
    on: dt.date


@dataclass(frozen=True)
class MotionChoice:
    """A passed motion that may adopt a plan."""

    id: int
    resolution: str | None
    text: str
    meeting: str
    on: dt.date


@dataclass(frozen=True)
class PlanDetail:
    summary: PlanSummary
    cooperative: str
    currency: str
    opening_cash: Decimal
    sections: tuple[Section, ...]
    years: tuple[YearAssumption, ...]
    costs: tuple[CostLine, ...]
    investments: tuple[Investment, ...]
    adoption: Adoption | None
    projection: pj.Projection

    @property
    def year_labels(self) -> tuple[str, ...]:
        return tuple(y.label for y in self.years)


# ---- helpers -----------------------------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


def _plan(s: Session, plan_id: int) -> BusinessPlanRow:
    p = s.get(BusinessPlanRow, plan_id)
    if p is None:
        raise NotFound(_("There is no business plan {id}.", id=plan_id))
    return p


def _draft(s: Session, plan_id: int) -> BusinessPlanRow:
    """The plan, refused when an assembly has adopted it."""
    p = _plan(s, plan_id)
    if p.status == ADOPTED:
        ref = s.scalar(select(MotionRow.resolution).where(MotionRow.id == p.motion_id))
        raise ValidationError(_("The plan “{title}” was adopted (resolution {ref}) and can no "
                                "longer be changed. Make a copy to work on a new version.",
                                title=p.title, ref=ref or "-"), "plan")
    return p


def _money(value: Decimal, currency: str, field: str, label: str, *,
           positive: bool = False) -> int:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(_("{label}: give an amount.", label=label), field)
    if value < 0 or (positive and value == 0):
        raise ValidationError(_("{label} must be more than zero.", label=label) if positive
                              else _("{label} cannot be negative.", label=label), field)
    try:
        return to_minor(value, currency)
    except ValidationError as exc:
        raise ValidationError(_("{label}: {problem}", label=label, problem=exc.message),
                              field) from exc


def _text(value: str, field: str, label: str, limit: int) -> str:
    clean = " ".join(value.split())
    if not clean:
        raise ValidationError(_("Give the {what}.", what=label), field)
    if len(clean) > limit:
        raise ValidationError(_("The {what} is longer than {n} characters.", what=label,
                                n=limit), field)
    return clean


def _year_index(p: BusinessPlanRow, index: int, field: str = "year_index") -> int:
    if not 0 <= index < p.years:
        raise ValidationError(_("The plan runs from {first} to {last}; year {index} is not one "
                                "of its years (1 to {count}).", first=p.first_year,
                                last=p.first_year + p.years - 1, index=index + 1,
                                count=p.years), field)
    return index


def _grams_to_mg(grams: Decimal) -> int:
    if not isinstance(grams, Decimal) or not grams.is_finite() or grams < 0:
        raise ValidationError(_("The grams sold must be zero or more."), "grams")
    mg = grams * MG_PER_GRAM
    if mg != mg.to_integral_value():
        raise ValidationError(_("Give the grams to the milligram (three decimals at most), "
                                "not {grams}.", grams=grams), "grams")
    return int(mg)


def _expense_account(s: Session, code: str | None) -> int | None:
    if code is None or not code.strip():
        return None
    a = s.scalar(select(Account).where(Account.code == code.strip()))
    if a is None:
        raise ValidationError(_("There is no account {code} in the chart.", code=code),
                              "account")
    if a.kind != "expense":
        raise ValidationError(_("Account {code} ({name}) is not an expense account.",
                                code=a.code, name=a.name), "account")
    return a.id


def _digest(s: Session, p: BusinessPlanRow) -> str:
    sections = [[r.key, r.text] for r in s.scalars(
        select(PlanSectionRow).where(PlanSectionRow.plan_id == p.id)
        .order_by(PlanSectionRow.key))]
    years = [[r.year_index, r.milligrams, r.price_per_gram, r.premium_per_gram]
             for r in s.scalars(select(PlanYearRow).where(PlanYearRow.plan_id == p.id)
                                .order_by(PlanYearRow.year_index))]
    costs = []
    for c in s.scalars(select(PlanCostRow).where(PlanCostRow.plan_id == p.id)
                       .order_by(PlanCostRow.id)):
        amounts = [[a.year_index, a.amount] for a in s.scalars(
            select(PlanCostAmountRow).where(PlanCostAmountRow.cost_id == c.id)
            .order_by(PlanCostAmountRow.year_index))]
        costs.append([c.id, c.place, c.account_id, c.label, c.variable, amounts])
    invs = [[i.id, i.place, i.item, i.year_index, i.cost, i.from_members, i.from_premium,
             i.from_loan, i.from_grant, i.loan_years, i.loan_rate_bp, i.life_years]
            for i in s.scalars(select(PlanInvestmentRow)
                               .where(PlanInvestmentRow.plan_id == p.id)
                               .order_by(PlanInvestmentRow.id))]
    return audit.digest({"title": p.title, "first_year": p.first_year, "years": p.years,
                         "mineral": p.mineral, "opening_cash": p.opening_cash,
                         "status": p.status, "motion": p.motion_id, "sections": sections,
                         "plan_years": years, "costs": costs, "investments": invs})


def _audit(tx: WriteTx, action: str, p: BusinessPlanRow, **summary: object) -> None:
    p.updated_by, p.updated_at = tx.actor.username, _now()
    tx.session.flush()
    tx.audit(action, ENTITY, p.id, digest=_digest(tx.session, p), **summary)
    tx.touch(AREA)


def _plan_digests(s: Session) -> list[tuple[str, str]]:
    return [(str(p.id), _digest(s, p)) for p in s.scalars(select(BusinessPlanRow))]


audit.register_digest_source(ENTITY, _plan_digests, "business_plan")


# ---- the plan ----------------------------------------------------------------------------------

def create_plan(uow: UnitOfWork, title: str, first_year: int, years: int = 3,
                opening_cash: Decimal = ZERO, mineral: str = "gold") -> int:
    """A new draft plan over ``years`` (3 to 5) years from ``first_year``; returns its id."""
    clean = _text(title, "title", _("plan's title"), MAX_TITLE)
    if not 1900 <= first_year <= 2200:
        raise ValidationError(_("The first year {year} is not a calendar year.",
                                year=first_year), "first_year")
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError(_("A business plan covers {low} to {high} years, not {years}.",
                                low=MIN_YEARS, high=MAX_YEARS, years=years), "years")
    if mineral not in MINERALS:
        raise ValidationError(_("Unknown mineral {mineral}; known: {known}.", mineral=mineral,
                                known=", ".join(MINERALS)), "mineral")
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        cash = _cash(opening_cash, _currency(s))
        now = _now()
        p = BusinessPlanRow(title=clean, first_year=first_year, years=years, mineral=mineral,
                            opening_cash=cash, status=DRAFT, created_by=tx.actor.username,
                            created_at=now, updated_by=tx.actor.username, updated_at=now)
        s.add(p)
        s.flush()
        s.add_all([PlanYearRow(plan_id=p.id, year_index=i, milligrams=0, price_per_gram=0,
                               premium_per_gram=0) for i in range(years)])
        _audit(tx, "plan.create", p, title=clean, first_year=first_year, years=years)
        return p.id


def _cash(value: Decimal, currency: str) -> int:
    """An overdraft at the start is possible: opening cash may be negative."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(_("The opening cash: give an amount."), "opening_cash")
    try:
        return to_minor(value, currency)
    except ValidationError as exc:
        raise ValidationError(exc.message, "opening_cash") from exc


def update_plan(uow: UnitOfWork, plan_id: int, title: str, opening_cash: Decimal) -> None:
    """Rename a draft plan and change its opening cash."""
    clean = _text(title, "title", _("plan's title"), MAX_TITLE)
    with uow.write(Permission.PLANS, AREA) as tx:
        p = _draft(tx.session, plan_id)
        p.title = clean
        p.opening_cash = _cash(opening_cash, _currency(tx.session))
        _audit(tx, "plan.update", p, title=clean)


def set_section(uow: UnitOfWork, plan_id: int, key: str, markdown: str) -> None:
    """Write a section of the plan (Markdown)."""
    if key not in SECTIONS:
        raise ValidationError(_("Unknown section {key}; the sections are {keys}.", key=key,
                                keys=", ".join(SECTIONS)), "key")
    text = markdown.replace("\r\n", "\n").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(_("The section is longer than {n} characters.", n=MAX_TEXT),
                              "text")
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        p = _draft(s, plan_id)
        row = s.get(PlanSectionRow, (p.id, key))
        if row is None:
            row = PlanSectionRow(plan_id=p.id, key=key, text=text,
                                 updated_by=tx.actor.username, updated_at=_now())
            s.add(row)
        else:
            row.text, row.updated_by, row.updated_at = text, tx.actor.username, _now()
        _audit(tx, "plan.section", p, key=key, chars=len(text))


def set_year(uow: UnitOfWork, plan_id: int, year_index: int, grams: Decimal,
             price_per_gram: Decimal, premium_per_gram: Decimal) -> None:
    """A plan year's fine grams sold, price and premium per gram."""
    mg = _grams_to_mg(grams)
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        p = _draft(s, plan_id)
        _year_index(p, year_index)
        cur = _currency(s)
        price = _money(price_per_gram, cur, "price_per_gram", _("The price per gram"))
        premium = _money(premium_per_gram, cur, "premium_per_gram",
                         _("The premium per gram"))
        row = s.get(PlanYearRow, (p.id, year_index))
        if row is None:
            row = PlanYearRow(plan_id=p.id, year_index=year_index)
            s.add(row)
        row.milligrams, row.price_per_gram, row.premium_per_gram = mg, price, premium
        _audit(tx, "plan.year", p, year=p.first_year + year_index, milligrams=mg,
               price=price, premium=premium)


# ---- costs -------------------------------------------------------------------------------------

def _amounts(p: BusinessPlanRow, amounts: Sequence[Decimal], currency: str,
             variable: bool) -> list[int]:
    if len(amounts) != p.years:
        raise ValidationError(_("Give one amount for each of the plan's {count} years, not "
                                "{given}.", count=p.years, given=len(amounts)), "amounts")
    out = []
    for i, a in enumerate(amounts):
        label = (_("The cost per gram in {year}", year=p.first_year + i) if variable
                 else _("The cost in {year}", year=p.first_year + i))
        out.append(_money(a, currency, f"amounts.{i + 1}", label))
    return out


def _write_amounts(s: Session, cost_id: int, amounts: list[int]) -> None:
    for i, a in enumerate(amounts):
        row = s.get(PlanCostAmountRow, (cost_id, i))
        if row is None:
            s.add(PlanCostAmountRow(cost_id=cost_id, year_index=i, amount=a))
        else:
            row.amount = a


def add_cost(uow: UnitOfWork, plan_id: int, label: str, variable: bool,
             amounts: Sequence[Decimal], account_code: str | None = None) -> int:
    """A cost line: per gram sold (``variable``) or per year, one amount for each plan year,
    for an expense account group of the chart or under a label of its own."""
    clean = _text(label, "label", _("cost's label"), MAX_LABEL)
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        p = _draft(s, plan_id)
        minor = _amounts(p, amounts, _currency(s), variable)
        account_id = _expense_account(s, account_code)
        place = int(s.scalar(select(func.coalesce(func.max(PlanCostRow.place), 0))
                             .where(PlanCostRow.plan_id == p.id)) or 0) + 1
        row = PlanCostRow(plan_id=p.id, place=place, account_id=account_id, label=clean,
                          variable=variable)
        s.add(row)
        s.flush()
        _write_amounts(s, row.id, minor)
        _audit(tx, "plan.cost.add", p, cost=row.id, label=clean, variable=variable)
        return row.id


def _cost(s: Session, cost_id: int) -> tuple[PlanCostRow, BusinessPlanRow]:
    row = s.get(PlanCostRow, cost_id)
    if row is None:
        raise NotFound(_("There is no cost line {id}.", id=cost_id))
    return row, _draft(s, row.plan_id)


def update_cost(uow: UnitOfWork, cost_id: int, label: str, variable: bool,
                amounts: Sequence[Decimal], account_code: str | None = None) -> None:
    clean = _text(label, "label", _("cost's label"), MAX_LABEL)
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row, p = _cost(s, cost_id)
        minor = _amounts(p, amounts, _currency(s), variable)
        row.account_id = _expense_account(s, account_code)
        row.label, row.variable = clean, variable
        _write_amounts(s, row.id, minor)
        _audit(tx, "plan.cost.update", p, cost=row.id, label=clean, variable=variable)


def remove_cost(uow: UnitOfWork, cost_id: int) -> None:
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row, p = _cost(s, cost_id)
        label = row.label
        for a in s.scalars(select(PlanCostAmountRow).where(PlanCostAmountRow.cost_id == row.id)):
            s.delete(a)
        s.delete(row)
        _audit(tx, "plan.cost.remove", p, cost=cost_id, label=label)


# ---- investments -------------------------------------------------------------------------------

def _check_investment(p: BusinessPlanRow, d: InvestmentData, currency: str
                      ) -> dict[str, int | str]:
    item = _text(d.item, "item", _("item's name"), MAX_LABEL)
    _year_index(p, d.year_index)
    cost = _money(d.cost, currency, "cost", _("The cost"), positive=True)
    parts = {"from_members": _money(d.from_members, currency, "from_members",
                                    _("From the members")),
             "from_premium": _money(d.from_premium, currency, "from_premium",
                                    _("From the premium")),
             "from_loan": _money(d.from_loan, currency, "from_loan", _("From a loan")),
             "from_grant": _money(d.from_grant, currency, "from_grant", _("From a grant"))}
    funded = sum(parts.values())
    if funded != cost:
        gap = from_minor(cost - funded, currency)
        raise ValidationError(
            _("The funding adds up to {funded}, not to the cost {cost}: members {members} + "
              "premium {premium} + loan {loan} + grant {grant}; {gap} {what}.",
              funded=from_minor(funded, currency), cost=from_minor(cost, currency),
              members=from_minor(parts["from_members"], currency),
              premium=from_minor(parts["from_premium"], currency),
              loan=from_minor(parts["from_loan"], currency),
              grant=from_minor(parts["from_grant"], currency), gap=abs(gap),
              what=_("is missing") if gap > 0 else _("too much")), "funding")
    loan_years = d.loan_years
    rate_bp = 0
    if parts["from_loan"]:
        if not 1 <= loan_years <= 30:
            raise ValidationError(_("Repay the loan over 1 to 30 years."), "loan_years")
        rate = d.loan_rate
        if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 <= rate <= 100:
            raise ValidationError(_("The loan's interest rate is a percentage a year, from 0 "
                                    "to 100."), "loan_rate")
        bp = rate * 100
        if bp != bp.to_integral_value():
            raise ValidationError(_("Give the interest rate to two decimals at most, not "
                                    "{rate}.", rate=rate), "loan_rate")
        rate_bp = int(bp)
    else:
        loan_years = 0
    if not 1 <= d.life_years <= 50:
        raise ValidationError(_("The item's useful life is 1 to 50 years."), "life_years")
    return {"item": item, "year_index": d.year_index, "cost": cost, **parts,
            "loan_years": loan_years, "loan_rate_bp": rate_bp, "life_years": d.life_years}


def add_investment(uow: UnitOfWork, plan_id: int, data: InvestmentData) -> int:
    """An item of the investment programme and how it is funded."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        p = _draft(s, plan_id)
        values = _check_investment(p, data, _currency(s))
        place = int(s.scalar(select(func.coalesce(func.max(PlanInvestmentRow.place), 0))
                             .where(PlanInvestmentRow.plan_id == p.id)) or 0) + 1
        row = PlanInvestmentRow(plan_id=p.id, place=place, **values)
        s.add(row)
        s.flush()
        _audit(tx, "plan.investment.add", p, investment=row.id, item=values["item"],
               cost=values["cost"])
        return row.id


def _investment(s: Session, investment_id: int) -> tuple[PlanInvestmentRow, BusinessPlanRow]:
    row = s.get(PlanInvestmentRow, investment_id)
    if row is None:
        raise NotFound(_("There is no investment {id}.", id=investment_id))
    return row, _draft(s, row.plan_id)


def update_investment(uow: UnitOfWork, investment_id: int, data: InvestmentData) -> None:
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row, p = _investment(s, investment_id)
        for k, v in _check_investment(p, data, _currency(s)).items():
            setattr(row, k, v)
        _audit(tx, "plan.investment.update", p, investment=row.id, item=row.item,
               cost=row.cost)


def remove_investment(uow: UnitOfWork, investment_id: int) -> None:
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        row, p = _investment(s, investment_id)
        item = row.item
        s.delete(row)
        _audit(tx, "plan.investment.remove", p, investment=investment_id, item=item)


# ---- from the books ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Baseline:
    """What a fiscal year's books give as a plan's starting point."""

    year: str
    grams: Decimal
    price: Decimal
    premium: Decimal
    groups: tuple[tuple[str, str, bool, Decimal], ...]  # code, name, per gram, amount


def _top_groups(s: Session) -> dict[int, Account]:
    """Each expense account's top-level group: the expense account just under the root of
    the expense accounts (or the account itself when it is at the top)."""
    accounts = {a.id: a for a in s.scalars(select(Account).where(Account.kind == "expense"))}
    out: dict[int, Account] = {}
    for a in accounts.values():
        chain = [a]
        while chain[-1].parent_id in accounts:
            chain.append(accounts[chain[-1].parent_id])
        out[a.id] = chain[-2] if len(chain) >= 2 else chain[-1]
    return out


def _baseline(s: Session, fy: FiscalYear, mineral: str) -> Baseline:
    cur = _currency(s)
    groups = _top_groups(s)
    spent: dict[int, int] = {}
    for account_id, d, c in s.execute(
            select(JournalLine.account_id, func.sum(JournalLine.debit),
                   func.sum(JournalLine.credit))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .join(Account, Account.id == JournalLine.account_id)
            .where(JournalEntry.status == "posted", JournalEntry.year_id == fy.id,
                   Account.kind == "expense",
                   func.coalesce(JournalEntry.source, "") != CLOSING)
            .group_by(JournalLine.account_id)):
        g = groups[account_id]
        spent[g.id] = spent.get(g.id, 0) + int(d or 0) - int(c or 0)
    mg, amount, premium = s.execute(
        select(func.coalesce(func.sum(Sale.milligrams), 0),
               func.coalesce(func.sum(Sale.amount), 0),
               func.coalesce(func.sum(Sale.premium), 0))
        .where(Sale.date >= fy.start, Sale.date <= fy.end, Sale.mineral == mineral)).one()
    grams = Decimal(int(mg)) / MG_PER_GRAM
    variable_ids = {groups[a].id for a in s.scalars(
        select(AccountRole.account_id).where(AccountRole.role.in_(VARIABLE_ROLES)))
        if a in groups}
    by_id = {g.id: g for g in groups.values()}
    out = []
    for gid in sorted(spent, key=lambda i: by_id[i].code):
        g = by_id[gid]
        total = from_minor(max(spent[gid], 0), cur)
        per_gram = gid in variable_ids and grams > 0
        out.append((g.code, g.name, per_gram,
                    quantize(total / grams, cur) if per_gram else total))

    def per(total: int) -> Decimal:
        return quantize(from_minor(int(total), cur) / grams, cur) if grams else ZERO

    return Baseline(fy.name, grams, per(amount), per(premium), tuple(out))


def books_baseline(uow: UnitOfWork, fiscal_year_name: str, mineral: str = "gold") -> Baseline:
    """A fiscal year's expenses by top-level group and its metal sold, without writing."""
    with uow.read() as s:
        return _baseline(s, _fiscal_year(s, fiscal_year_name), mineral)


def _fiscal_year(s: Session, name: str) -> FiscalYear:
    fy = s.scalar(select(FiscalYear).where(FiscalYear.name == name.strip()))
    if fy is None:
        names = ", ".join(s.scalars(select(FiscalYear.name).order_by(FiscalYear.start)))
        raise ValidationError(_("There is no fiscal year {year}; the books have: {names}.",
                                year=name, names=names or "-"), "year")
    return fy


def baseline_from_books(uow: UnitOfWork, plan_id: int, fiscal_year_name: str) -> Baseline:
    """Start the plan from a fiscal year's books: every plan year gets that year's grams sold,
    average price and premium per gram; each top-level expense group becomes a cost line
    (per gram for the gold bought from members, per year for the rest), replacing the line
    already made from the same group. Lines of the plan's own are kept."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        p = _draft(s, plan_id)
        fy = _fiscal_year(s, fiscal_year_name)
        base = _baseline(s, fy, p.mineral)
        if not base.groups and base.grams == 0:
            raise ValidationError(_("The books of {year} have no posted expenses and no sales "
                                    "of {mineral}: there is nothing to start from.",
                                    year=fy.name, mineral=_(MINERALS[p.mineral])), "year")
        cur = _currency(s)
        if base.grams > 0:
            for i in range(p.years):
                row = s.get(PlanYearRow, (p.id, i))
                if row is None:
                    row = PlanYearRow(plan_id=p.id, year_index=i)
                    s.add(row)
                row.milligrams = int(base.grams * MG_PER_GRAM)
                row.price_per_gram = to_minor(base.price, cur)
                row.premium_per_gram = to_minor(base.premium, cur)
        place = int(s.scalar(select(func.coalesce(func.max(PlanCostRow.place), 0))
                             .where(PlanCostRow.plan_id == p.id)) or 0)
        for code, name, per_gram, amount in base.groups:
            account_id = s.scalar(select(Account.id).where(Account.code == code))
            line = s.scalar(select(PlanCostRow).where(PlanCostRow.plan_id == p.id,
                                                      PlanCostRow.account_id == account_id))
            if line is None:
                place += 1
                line = PlanCostRow(plan_id=p.id, place=place, account_id=account_id,
                                   label=name[:MAX_LABEL], variable=per_gram)
                s.add(line)
                s.flush()
            line.variable = per_gram
            _write_amounts(s, line.id, [to_minor(amount, cur)] * p.years)
        _audit(tx, "plan.baseline", p, fiscal_year=fy.name,
               milligrams=int(base.grams * MG_PER_GRAM), groups=len(base.groups))
        return base


# ---- adoption and copies -----------------------------------------------------------------------

def passed_motions(uow: UnitOfWork) -> list[MotionChoice]:
    """Passed motions, the latest first: those that may adopt a plan."""
    with uow.read() as s:
        return [MotionChoice(m.id, m.resolution, m.text, mt.title, mt.scheduled_at.date())
                for m, mt in s.execute(
                    select(MotionRow, MeetingRow).join(MeetingRow,
                                                       MeetingRow.id == MotionRow.meeting_id)
                    .where(MotionRow.passed.is_(True))
                    .order_by(MeetingRow.scheduled_at.desc(), MotionRow.id.desc()))]


def adopt(uow: UnitOfWork, plan_id: int, motion_id: int) -> None:
    """Record that a passed motion adopted the plan; from then on it does not change."""
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        p = _draft(s, plan_id)
        m = s.get(MotionRow, motion_id)
        if m is None:
            raise ValidationError(_("There is no motion {id}.", id=motion_id), "motion")
        if not m.passed:
            raise ValidationError(_("Motion {id} (“{text}”) did not pass; only a passed motion "
                                    "adopts a plan.", id=m.id, text=m.text), "motion")
        other = s.scalar(select(BusinessPlanRow).where(BusinessPlanRow.motion_id == m.id))
        if other is not None:
            raise ValidationError(_("Motion {id} already adopted the plan “{title}”.",
                                    id=m.id, title=other.title), "motion")
        p.status, p.motion_id = ADOPTED, m.id
        _audit(tx, "plan.adopt", p, motion=m.id, resolution=m.resolution)


def copy_plan(uow: UnitOfWork, plan_id: int, title: str) -> int:
    """A new draft with everything of the plan (sections, years, costs, investments)."""
    clean = _text(title, "title", _("plan's title"), MAX_TITLE)
    with uow.write(Permission.PLANS, AREA) as tx:
        s = tx.session
        src = _plan(s, plan_id)
        now = _now()
        p = BusinessPlanRow(title=clean, first_year=src.first_year, years=src.years,
                            mineral=src.mineral, opening_cash=src.opening_cash, status=DRAFT,
                            created_by=tx.actor.username, created_at=now,
                            updated_by=tx.actor.username, updated_at=now)
        s.add(p)
        s.flush()
        for sec in s.scalars(select(PlanSectionRow).where(PlanSectionRow.plan_id == src.id)):
            s.add(PlanSectionRow(plan_id=p.id, key=sec.key, text=sec.text,
                                 updated_by=tx.actor.username, updated_at=now))
        for y in s.scalars(select(PlanYearRow).where(PlanYearRow.plan_id == src.id)):
            s.add(PlanYearRow(plan_id=p.id, year_index=y.year_index, milligrams=y.milligrams,
                              price_per_gram=y.price_per_gram,
                              premium_per_gram=y.premium_per_gram))
        for c in list(s.scalars(select(PlanCostRow).where(PlanCostRow.plan_id == src.id)
                                .order_by(PlanCostRow.place, PlanCostRow.id))):
            nc = PlanCostRow(plan_id=p.id, place=c.place, account_id=c.account_id,
                             label=c.label, variable=c.variable)
            s.add(nc)
            s.flush()
            for a in s.scalars(select(PlanCostAmountRow)
                               .where(PlanCostAmountRow.cost_id == c.id)):
                s.add(PlanCostAmountRow(cost_id=nc.id, year_index=a.year_index,
                                        amount=a.amount))
        for i in s.scalars(select(PlanInvestmentRow).where(PlanInvestmentRow.plan_id == src.id)):
            s.add(PlanInvestmentRow(
                plan_id=p.id, place=i.place, item=i.item, year_index=i.year_index, cost=i.cost,
                from_members=i.from_members, from_premium=i.from_premium,
                from_loan=i.from_loan, from_grant=i.from_grant, loan_years=i.loan_years,
                loan_rate_bp=i.loan_rate_bp, life_years=i.life_years))
        _audit(tx, "plan.copy", p, source=src.id, title=clean)
        return p.id


# ---- reading -----------------------------------------------------------------------------------

def _summary(p: BusinessPlanRow, resolution: str | None) -> PlanSummary:
    return PlanSummary(p.id, p.title, p.first_year, p.years, p.mineral, p.status, p.motion_id,
                       resolution, p.updated_by, p.updated_at)


def plans(uow: UnitOfWork) -> list[PlanSummary]:
    """Every business plan, the latest first."""
    with uow.read() as s:
        return [_summary(p, ref) for p, ref in s.execute(
            select(BusinessPlanRow, MotionRow.resolution)
            .outerjoin(MotionRow, MotionRow.id == BusinessPlanRow.motion_id)
            .order_by(BusinessPlanRow.first_year.desc(), BusinessPlanRow.id.desc()))]


def latest_plan(uow: UnitOfWork) -> int | None:
    """The id of the latest plan (by first year, then the last made), or None."""
    found = plans(uow)
    return found[0].id if found else None


def plan_detail(uow: UnitOfWork, plan_id: int) -> PlanDetail:
    """Everything of a plan, and its projection computed."""
    with uow.read() as s:
        coop = s.get_one(Cooperative, 1)
        cur = coop.currency
        p = _plan(s, plan_id)
        adoption = None
        resolution = None
        if p.motion_id is not None:
            m, mt = s.execute(select(MotionRow, MeetingRow)
                              .join(MeetingRow, MeetingRow.id == MotionRow.meeting_id)
                              .where(MotionRow.id == p.motion_id)).one()
            resolution = m.resolution
            adoption = Adoption(m.id, m.resolution, m.text, mt.title, mt.scheduled_at.date())
        texts = {r.key: r.text for r in s.scalars(
            select(PlanSectionRow).where(PlanSectionRow.plan_id == p.id))}
        sections = tuple(Section(k, _(label), texts.get(k, "")) for k, label in SECTIONS.items())
        rows = {r.year_index: r for r in s.scalars(
            select(PlanYearRow).where(PlanYearRow.plan_id == p.id))}
        years = []
        for i in range(p.years):
            r = rows.get(i)
            years.append(YearAssumption(
                i, str(p.first_year + i),
                Decimal(r.milligrams if r else 0) / MG_PER_GRAM,
                from_minor(r.price_per_gram if r else 0, cur),
                from_minor(r.premium_per_gram if r else 0, cur)))
        codes: dict[int, str] = {i: c for i, c in s.execute(select(Account.id, Account.code))}
        amounts: dict[int, dict[int, int]] = {}
        for a in s.scalars(select(PlanCostAmountRow).join(
                PlanCostRow, PlanCostRow.id == PlanCostAmountRow.cost_id)
                .where(PlanCostRow.plan_id == p.id)):
            amounts.setdefault(a.cost_id, {})[a.year_index] = a.amount
        costs = tuple(
            CostLine(c.id, c.label, codes.get(c.account_id) if c.account_id else None,
                     c.variable, tuple(from_minor(amounts.get(c.id, {}).get(i, 0), cur)
                                       for i in range(p.years)))
            for c in s.scalars(select(PlanCostRow).where(PlanCostRow.plan_id == p.id)
                               .order_by(PlanCostRow.place, PlanCostRow.id)))
        invs = tuple(
            Investment(i.id, InvestmentData(
                i.item, i.year_index, from_minor(i.cost, cur), from_minor(i.from_members, cur),
                from_minor(i.from_premium, cur), from_minor(i.from_loan, cur),
                from_minor(i.from_grant, cur), i.loan_years,
                Decimal(i.loan_rate_bp).scaleb(-2), i.life_years))
            for i in s.scalars(select(PlanInvestmentRow)
                               .where(PlanInvestmentRow.plan_id == p.id)
                               .order_by(PlanInvestmentRow.place, PlanInvestmentRow.id)))
        summary = _summary(p, resolution)
        opening = from_minor(p.opening_cash, cur)
        name = coop.name
    proj = pj.project(projection_input(cur, opening, years, costs, invs))
    return PlanDetail(summary, name, cur, opening, sections, tuple(years), costs, invs,
                      adoption, proj)


def projection_input(currency: str, opening: Decimal, years: Sequence[YearAssumption],
                     costs: Sequence[CostLine], invs: Sequence[Investment]) -> pj.PlanInput:
    return pj.PlanInput(
        currency,
        tuple(pj.YearInput(y.label, y.grams, y.price, y.premium) for y in years),
        tuple(pj.CostInput(c.label, c.variable, c.amounts) for c in costs),
        tuple(pj.InvestmentInput(i.data.item, i.data.year_index, i.data.cost,
                                 i.data.from_members, i.data.from_premium, i.data.from_loan,
                                 i.data.from_grant, i.data.loan_years, i.data.loan_rate,
                                 i.data.life_years) for i in invs),
        opening)
