"""What the window, the CLI and the reports read about distributions: plain rows, paged."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core.i18n import _
from coopdesk.core.money import exact_major, from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import FiscalYear, JournalEntry
from coopdesk.sharing.allocation import Basis, Policy
from coopdesk.sharing.models import Distribution, DistributionLine, DistributionStep, Payout
from coopdesk.sharing.services import STATUS_LABELS, RunStatus, _currency, _run, parts_of


@dataclass(frozen=True)
class RunRow:
    number: int
    title: str
    source: str
    status: str
    amount: Decimal
    shared: Decimal
    paid: Decimal
    members: int          # members who receive something
    unpaid: int           # of them, not yet paid
    posted_on: dt.date | None


@dataclass(frozen=True)
class StepRow:
    title: str
    kind: str
    account: str
    percent: Decimal
    amount: Decimal
    capped: bool


@dataclass(frozen=True)
class RunDetail:
    row: RunRow
    year: str | None
    start: dt.date
    end: dt.date
    policy: Policy
    source_account: str
    payable_account: str
    steps: list[StepRow]
    pool: Decimal                      # the members' part
    residue: Decimal                   # left in the source account by rounding
    parts: dict[Basis, Decimal]        # the members' part on each basis (rounded for show)
    totals: dict[Basis, int]
    eligible: int
    excluded: int
    approved_on: dt.date | None
    resolution: str | None
    entry: str | None                  # "YEAR/NUMBER" of the posting
    currency: str


@dataclass(frozen=True)
class LineRow:
    number: int
    name: str
    status: str
    active_days: int
    values: dict[Basis, int]
    excluded: str | None
    amount: Decimal
    payee: str | None
    method: str
    paid_on: dt.date | None
    via: str | None


def _paid(s: Session, d: Distribution) -> tuple[int, int, int]:
    members, unpaid = s.execute(
        select(func.count(), func.count().filter(DistributionLine.payout_id.is_(None)))
        .where(DistributionLine.distribution_id == d.id, DistributionLine.amount > 0)).one()
    paid = s.scalar(select(func.coalesce(func.sum(Payout.amount), 0))
                    .where(Payout.distribution_id == d.id,
                           Payout.reversal_entry_id.is_(None))) or 0
    return int(members), int(unpaid), int(paid)


def _row(s: Session, d: Distribution, currency: str) -> RunRow:
    members, unpaid, paid = _paid(s, d)
    return RunRow(d.number, d.title, d.source, d.status, from_minor(d.amount, currency),
                  from_minor(d.shared, currency), from_minor(paid, currency), members, unpaid,
                  d.posted_on)


def runs(uow: UnitOfWork) -> list[RunRow]:
    with uow.read() as s:
        currency = _currency(s)
        return [_row(s, d, currency) for d in s.scalars(
            select(Distribution).order_by(Distribution.number.desc()))]


def detail(uow: UnitOfWork, number: int) -> RunDetail:
    with uow.read() as s:
        return detail_in(s, number)


def detail_in(s: Session, number: int) -> RunDetail:
    currency = _currency(s)
    d = _run(s, number)
    steps = [StepRow(st.title, st.kind, st.account, Decimal(st.percent),
                     from_minor(st.amount, currency), st.capped)
             for st in s.scalars(select(DistributionStep).where(
                 DistributionStep.distribution_id == d.id)
                 .order_by(DistributionStep.position))]
    parts, totals, _den = parts_of(d)
    c = json.loads(d.computed or "{}")
    eligible, excluded = s.execute(
        select(func.count().filter(DistributionLine.excluded.is_(None)),
               func.count().filter(DistributionLine.excluded.is_not(None)))
        .where(DistributionLine.distribution_id == d.id)).one()
    entry = None
    if d.entry_id is not None:
        e = s.get(JournalEntry, d.entry_id)
        y = s.get(FiscalYear, e.year_id) if e is not None else None
        if e is not None and y is not None:
            entry = f"{y.name}/{e.number}"
    return RunDetail(
        _row(s, d, currency), d.year, d.period_start, d.period_end,
        Policy.from_dict(json.loads(d.policy)), d.source_account, d.payable_account, steps,
        from_minor(int(c.get("pool", 0)), currency), from_minor(d.residue, currency),
        {b: exact_major(f, currency) for b, f in parts.items()}, totals, int(eligible),
        int(excluded), d.approved_on, d.resolution_ref, entry, currency)


def lines(uow: UnitOfWork, number: int, *, offset: int = 0, limit: int | None = None,
          search: str = "", unpaid_only: bool = False, receiving_only: bool = False
          ) -> list[LineRow]:
    """A run's member lines in member-number order, a page at a time."""
    with uow.read() as s:
        return list(iter_lines(s, number, offset=offset, limit=limit, search=search,
                               unpaid_only=unpaid_only, receiving_only=receiving_only))


def iter_lines(s: Session, number: int, *, offset: int = 0, limit: int | None = None,
               search: str = "", unpaid_only: bool = False, receiving_only: bool = False,
               ) -> list[LineRow]:
    currency = _currency(s)
    d = _run(s, number)
    q = (select(DistributionLine, Payout.date, Payout.via)
         .outerjoin(Payout, Payout.id == DistributionLine.payout_id)
         .where(DistributionLine.distribution_id == d.id))
    if search.strip():
        t = search.strip()
        if t.isdigit():
            q = q.where(DistributionLine.member_number == int(t))
        else:
            q = q.where(DistributionLine.name.ilike(f"%{t}%"))
    if unpaid_only:
        q = q.where(DistributionLine.payout_id.is_(None), DistributionLine.amount > 0)
    if receiving_only:
        q = q.where(DistributionLine.amount > 0)
    q = q.order_by(DistributionLine.member_number).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    out = []
    for ln, paid_on, via in s.execute(q):
        out.append(LineRow(ln.member_number, ln.name, ln.status, ln.active_days,
                           {Basis(b): int(v) for b, v in json.loads(ln.values).items()},
                           ln.excluded, from_minor(ln.amount, currency), ln.payee,
                           ln.payout_method, paid_on, via))
    return out


def line_count(uow: UnitOfWork, number: int, search: str = "") -> int:
    with uow.read() as s:
        d = _run(s, number)
        q = select(func.count()).select_from(DistributionLine).where(
            DistributionLine.distribution_id == d.id)
        if search.strip():
            t = search.strip()
            q = q.where(DistributionLine.member_number == int(t)) if t.isdigit() else \
                q.where(DistributionLine.name.ilike(f"%{t}%"))
        return int(s.scalar(q) or 0)


def unclaimed(uow: UnitOfWork, number: int, today: dt.date | None = None) -> list[LineRow]:
    """Members not paid once the policy's time for collecting has passed since posting."""
    with uow.read() as s:
        d = _run(s, number)
        if d.posted_on is None:
            return []
        days = Policy.from_dict(json.loads(d.policy)).unclaimed_days
        if ((today or dt.date.today()) - d.posted_on).days < days:
            return []
        return iter_lines(s, number, unpaid_only=True)


def member_history(uow: UnitOfWork, member_number: int) -> list[tuple[int, str, str, Decimal,
                                                                      dt.date | None]]:
    """Every distribution a member took part in: (run, title, status, amount, paid on)."""
    with uow.read() as s:
        currency = _currency(s)
        return [(n, t, st, from_minor(a, currency), p) for n, t, st, a, p in s.execute(
            select(Distribution.number, Distribution.title, Distribution.status,
                   DistributionLine.amount, Payout.date)
            .join(DistributionLine, DistributionLine.distribution_id == Distribution.id)
            .outerjoin(Payout, Payout.id == DistributionLine.payout_id)
            .where(DistributionLine.member_number == member_number)
            .order_by(Distribution.number))]


def status_text(status: str) -> str:
    return _(STATUS_LABELS[RunStatus(status)])
