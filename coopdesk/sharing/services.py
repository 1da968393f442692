"""Benefit sharing: the policies, and a distribution's way from draft to payout.

draft (computed, recomputable) -> approved (the assembly's resolution recorded) -> posted (one
balanced entry: the source debited, each fund credited, each member's payable credited in the
member sub-ledger) -> paid out, member by member or all at once (cash, bank or mobile money),
each payout posting its own entry. Every step checks the permission, validates, writes, appends
to the audit chain with a digest of the run, and commits all or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger import services as books
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.sharing.allocation import (
    STEP_ROLES,
    AllocationError,
    Basis,
    Policy,
    allocate,
    check_policy,
    fund_steps,
)
from coopdesk.sharing.bases import member_rows
from coopdesk.sharing.models import (
    Distribution,
    DistributionLine,
    DistributionStep,
    Payout,
    SharingPolicy,
)
from coopdesk.sharing.policies import PRESETS

AREA = "sharing"


class Source(StrEnum):
    SURPLUS = "surplus"    # the closed year's surplus
    PREMIUM = "premium"    # a Fairmined premium received
    DECIDED = "decided"    # an amount the assembly decides


class RunStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    POSTED = "posted"
    REVERSED = "reversed"   # its entry reversed in the books; its surplus may be shared again


SOURCE_LABELS = {Source.SURPLUS: N_("Surplus of a closed year"),
                 Source.PREMIUM: N_("Fairmined premium received"),
                 Source.DECIDED: N_("Amount decided by the assembly")}
STATUS_LABELS = {RunStatus.DRAFT: N_("Draft"), RunStatus.APPROVED: N_("Approved"),
                 RunStatus.POSTED: N_("Posted"), RunStatus.REVERSED: N_("Reversed")}
# The ledger role debited by default for each source.
SOURCE_ROLES = {Source.SURPLUS: "surplus", Source.PREMIUM: "premium_deferred",
                Source.DECIDED: "retained"}
VIA = ("cash", "bank", "mobile_money")
VIA_LABELS = {"cash": N_("Cash"), "bank": N_("Bank transfer"),
              "mobile_money": N_("Mobile money")}
# A member's payout method in the register, and the ledger role it is paid from.
METHOD_VIA = {"cash": "cash", "bank": "bank", "mobile": "mobile_money"}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _currency(s: Session) -> str:
    return s.get_one(Cooperative, 1).currency


# ---- policies ----------------------------------------------------------------------------------

def _raise(problems: list[tuple[str, str]]) -> None:
    if problems:
        raise ValidationError("\n".join(m for _f, m in problems), problems[0][0])


def save_policy(uow: UnitOfWork, policy: Policy) -> None:
    """Store a policy under its name (a new one, or a new version of an existing one)."""
    _raise(check_policy(policy))
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        s = tx.session
        for step in policy.steps:
            if step.account and s.scalar(select(Account.id).where(
                    Account.code == step.account, Account.postable.is_(True))) is None:
                raise ValidationError(_("Step “{step}”: there is no postable account {code}.",
                                        step=step.title(), code=step.account), "steps")
        spec = json.dumps(policy.to_dict(), sort_keys=True)
        row = s.scalar(select(SharingPolicy).where(SharingPolicy.name == policy.name))
        if row is None:
            s.add(SharingPolicy(name=policy.name, spec=spec, updated_by=tx.actor.username,
                                updated_at=_now()))
        else:
            row.spec, row.updated_by, row.updated_at = spec, tx.actor.username, _now()
        tx.audit("sharing.policy", "sharing_policy", policy.name,
                 digest=audit.digest(policy.to_dict()))


def install_preset(uow: UnitOfWork, preset: str, name: str | None = None) -> Policy:
    """Copy a shipped policy (Colombian law, OHADA-style, premium) into the file."""
    if preset not in PRESETS:
        raise NotFound(_("There is no preset policy “{name}”; choose one of {names}.",
                         name=preset, names=", ".join(PRESETS)))
    p = PRESETS[preset]
    if name:
        p = Policy.from_dict({**p.to_dict(), "name": name})
    save_policy(uow, p)
    return p


def policies(uow: UnitOfWork) -> list[Policy]:
    with uow.read() as s:
        return [Policy.from_dict(json.loads(spec)) for spec in s.scalars(
            select(SharingPolicy.spec).order_by(SharingPolicy.name))]


def get_policy(s: Session, name: str) -> Policy:
    spec = s.scalar(select(SharingPolicy.spec).where(SharingPolicy.name == name))
    if spec is None:
        raise NotFound(_("There is no sharing policy “{name}”.", name=name))
    return Policy.from_dict(json.loads(spec))


# ---- a run ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunInput:
    title: str
    source: Source
    policy: str
    year: str | None = None                # the closed fiscal year (surplus)
    amount: Decimal | None = None          # premium or decided amount
    start: dt.date | None = None           # the period the bases are measured over
    end: dt.date | None = None
    source_account: str | None = None      # instead of the source's usual account


def _run(s: Session, number: int) -> Distribution:
    d = s.scalar(select(Distribution).where(Distribution.number == number))
    if d is None:
        raise NotFound(_("There is no distribution number {number}.", number=number))
    return d


def _account_code(s: Session, code: str | None, role: str, what: str) -> str:
    if code:
        acc = s.scalar(select(Account).where(Account.code == code))
        if acc is None or not acc.postable:
            raise ValidationError(_("{what}: there is no postable account {code}.", what=what,
                                    code=code), "account")
        return acc.code
    try:
        return books.role_account(s, role).code
    except ValidationError as exc:
        raise ValidationError(_("{what}: {reason} (coopdesk books roles {role} CODE)",
                                what=what, reason=exc.message, role=role), "account") from exc


def balance(s: Session, code: str) -> int:
    """Credit minus debit of an account over everything posted, in minor units."""
    row = s.execute(select(func.coalesce(func.sum(JournalLine.credit), 0),
                           func.coalesce(func.sum(JournalLine.debit), 0))
                    .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                    .join(Account, Account.id == JournalLine.account_id)
                    .where(Account.code == code, JournalEntry.status == "posted")).one()
    return int(row[0]) - int(row[1])


def year_surplus(s: Session, year: str) -> int:
    """The surplus the closing entry of ``year`` carried to the result account."""
    y = s.scalar(select(FiscalYear).where(FiscalYear.name == year))
    if y is None:
        raise NotFound(_("There is no fiscal year {year}.", year=year))
    if not y.closed:
        raise ValidationError(_("The year {year} is not closed yet; its surplus is known only "
                                "once it is closed.", year=year), "year")
    surplus = books.role_account(s, "surplus")
    row = s.execute(select(func.coalesce(func.sum(JournalLine.credit - JournalLine.debit), 0))
                    .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                    .where(JournalEntry.source == books.CLOSING,
                           JournalEntry.source_ref == year,
                           JournalEntry.status == "posted",
                           JournalLine.account_id == surplus.id)).scalar_one()
    amount = int(row)
    if amount <= 0:
        raise ValidationError(_("The year {year} closed without a surplus; there is nothing to "
                                "share.", year=year), "year")
    return amount


def _digest(s: Session, d: Distribution) -> str:
    h = hashlib.sha256()
    for n, amount, payout in s.execute(
            select(DistributionLine.member_number, DistributionLine.amount,
                   DistributionLine.payout_id)
            .where(DistributionLine.distribution_id == d.id)
            .order_by(DistributionLine.member_number)):
        h.update(f"{n}:{amount}:{payout or ''};".encode())
    return audit.digest({"number": d.number, "status": d.status, "amount": d.amount,
                         "shared": d.shared, "residue": d.residue, "policy": d.policy,
                         "entry": d.entry_id, "approved_on": str(d.approved_on),
                         "resolution": d.resolution_ref, "lines": h.hexdigest()})


def _audit(tx: WriteTx, action: str, d: Distribution, **extra: object) -> None:
    tx.audit(action, "distribution", d.number, digest=_digest(tx.session, d), **extra)
    tx.touch(AREA, "ledger")


def create_run(uow: UnitOfWork, inp: RunInput) -> int:
    """A draft distribution, computed at once; returns its number."""
    if not inp.title.strip():
        raise ValidationError(_("Give the distribution a title."), "title")
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        s = tx.session
        policy = get_policy(s, inp.policy)
        currency = _currency(s)
        year = None
        start, end = inp.start, inp.end
        if inp.source is Source.SURPLUS:
            if not inp.year:
                raise ValidationError(_("Say which closed year's surplus is shared."), "year")
            taken = s.scalar(select(Distribution.number).where(
                Distribution.source == Source.SURPLUS, Distribution.year == inp.year,
                Distribution.status != RunStatus.REVERSED))
            if taken is not None:
                raise ValidationError(_("The surplus of {year} is already shared by "
                                        "distribution {number}.", year=inp.year, number=taken),
                                      "year")
            amount = year_surplus(s, inp.year)
            y = s.scalar(select(FiscalYear).where(FiscalYear.name == inp.year))
            assert y is not None
            year, start, end = y.name, start or y.start, end or y.end
        else:
            if inp.amount is None or inp.amount <= 0:
                raise ValidationError(_("Say the amount to share; it must be more than zero."),
                                      "amount")
            amount = to_minor(inp.amount, currency)
        if start is None or end is None:
            raise ValidationError(_("Say the period over which production, shares and days "
                                    "are counted."), "period")
        if end < start:
            raise ValidationError(_("The period ends ({end}) before it starts ({start}).",
                                    start=start, end=end), "period")
        d = Distribution(
            number=(s.scalar(select(func.max(Distribution.number))) or 0) + 1,
            title=inp.title.strip(), source=inp.source.value, year=year, period_start=start,
            period_end=end, amount=amount,
            source_account=_account_code(s, inp.source_account, SOURCE_ROLES[inp.source],
                                         _("The source account")),
            payable_account=_account_code(s, None, "member_payable",
                                          _("The members' payable account")),
            policy_name=policy.name, policy=json.dumps(policy.to_dict(), sort_keys=True),
            status=RunStatus.DRAFT.value, created_by=tx.actor.username, created_at=_now())
        s.add(d)
        s.flush()
        _compute(tx, d)
        _audit(tx, "sharing.create", d, source=d.source, amount=amount)
        return d.number


def _compute(tx: WriteTx, d: Distribution) -> None:
    s = tx.session
    policy = Policy.from_dict(json.loads(d.policy))
    s.execute(delete(DistributionLine).where(DistributionLine.distribution_id == d.id))
    s.execute(delete(DistributionStep).where(DistributionStep.distribution_id == d.id))
    accounts = [_account_code(s, st.account or None, STEP_ROLES[st.kind], st.title())
                for st in policy.steps]
    capital = balance(s, books.role_account(s, "share_capital").code) if any(
        st.cap_percent is not None for st in policy.steps) else 0
    results = fund_steps(d.amount, policy.steps,
                         [balance(s, a) if st.cap_percent is not None else 0
                          for a, st in zip(accounts, policy.steps, strict=True)], capital)
    pool = d.amount - sum(r.amount for r in results)
    rows = member_rows(s, policy, d.period_start, d.period_end)
    try:
        alloc = allocate(pool, [r.member for r in rows], policy)
    except AllocationError as exc:
        raise ValidationError(str(exc), "policy") from exc
    s.add_all([DistributionStep(distribution_id=d.id, position=i, kind=r.step.kind.value,
                                title=r.step.title(), account=a, percent=str(r.step.percent),
                                exact=str(r.exact), amount=r.amount, capped=r.capped)
               for i, (r, a) in enumerate(zip(results, accounts, strict=True), 1)])
    s.flush()
    methods = {"cash", "bank", "mobile"}
    bases = sorted(b.value for b, w in policy.mix if w > 0)
    table = DistributionLine.__table__
    assert isinstance(table, Table)
    # A Core insert: the ORM's bulk path costs seconds on 100,000 members.
    s.connection().execute(table.insert(), [
        {"distribution_id": d.id, "member_id": r.member.member_id,
         "member_number": r.member.number, "name": r.name, "status": r.status,
         "active_days": r.active_days,
         "values": "{" + ", ".join(f'"{b}": {r.member.values[Basis(b)]}' for b in bases) + "}",
         "excluded": r.member.excluded, "numerator": str(alloc.numerators[i]),
         "amount": alloc.amounts[i], "extra_unit": alloc.extra_unit[i], "payee": r.payee,
         "payout_method": r.payout_method if r.payout_method in methods else "cash",
         "payout_id": None}
        for i, r in enumerate(rows)])
    d.shared, d.residue = alloc.shared, alloc.residue
    d.computed = json.dumps({
        "pool": pool, "denominator": str(alloc.denominator),
        "parts": {b.value: str(f) for b, f in alloc.parts.items()},
        "totals": {b.value: str(t) for b, t in alloc.totals.items()},
        "capped": str(alloc.capped), "units_left": sum(alloc.extra_unit),
        "computed_at": _now().isoformat(timespec="seconds"),
    }, sort_keys=True)


def recompute(uow: UnitOfWork, number: int) -> None:
    """Compute a draft again, with its policy as it is now stored (members, production,
    shares or the policy changed since); approval freezes both."""
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        d = _run(tx.session, number)
        _require(d, RunStatus.DRAFT, _("Only a draft can be computed again."))
        policy = get_policy(tx.session, d.policy_name)
        d.policy = json.dumps(policy.to_dict(), sort_keys=True)
        _compute(tx, d)
        _audit(tx, "sharing.recompute", d)


def delete_draft(uow: UnitOfWork, number: int) -> None:
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        d = _run(tx.session, number)
        _require(d, RunStatus.DRAFT, _("Only a draft can be deleted; a posted distribution is "
                                       "undone by reversing its entry in the books."))
        tx.session.delete(d)
        tx.session.flush()
        tx.audit("sharing.delete", "distribution", number, digest=None)
        tx.touch(AREA)


def _require(d: Distribution, status: RunStatus, message: str) -> None:
    if d.status != status:
        raise ValidationError(
            _("Distribution {number} is {status}. {message}", number=d.number,
              status=_(STATUS_LABELS[RunStatus(d.status)]).lower(), message=message), "status")


def approve(uow: UnitOfWork, number: int, approved_on: dt.date, resolution: str,
            resolution_id: int | None = None) -> None:
    """Record the assembly's approval: the date and the reference of its resolution."""
    if not resolution.strip():
        raise ValidationError(_("Give the reference of the assembly's resolution that approved "
                                "the distribution."), "resolution")
    if approved_on > dt.date.today():
        raise ValidationError(_("The approval date {date} is in the future.",
                                date=approved_on), "approved_on")
    with uow.write(Permission.DISTRIBUTE, AREA) as tx:
        d = _run(tx.session, number)
        _require(d, RunStatus.DRAFT, _("It can be approved only once, as a draft."))
        if approved_on < d.period_end and d.source == Source.SURPLUS:
            raise ValidationError(_("The assembly cannot approve sharing the surplus of {year} "
                                    "before the year ends ({end}).", year=d.year,
                                    end=d.period_end), "approved_on")
        d.status = RunStatus.APPROVED.value
        d.approved_on, d.resolution_ref = approved_on, resolution.strip()
        d.resolution_id, d.approved_by = resolution_id, tx.actor.username
        _audit(tx, "sharing.approve", d, resolution=d.resolution_ref)


def post(uow: UnitOfWork, number: int, when: dt.date) -> books.EntryRef:
    """Post the approved distribution: one balanced entry."""
    def work(tx: WriteTx) -> books.EntryRef:
        s = tx.session
        d = _run(s, number)
        _require(d, RunStatus.APPROVED, _("Only an approved distribution can be posted."))
        assert d.approved_on is not None
        if when < d.approved_on:
            raise ValidationError(_("The posting date {date} is before the approval "
                                    "({approved}).", date=when, approved=d.approved_on), "date")
        currency = _currency(s)
        lines: list[LineInput] = [LineInput(d.source_account,
                                            debit=from_minor(d.amount - d.residue, currency))]
        for st in s.scalars(select(DistributionStep).where(
                DistributionStep.distribution_id == d.id).order_by(DistributionStep.position)):
            if st.amount:
                lines.append(LineInput(st.account, credit=from_minor(st.amount, currency),
                                       memo=st.title))
        for n, amount in s.execute(
                select(DistributionLine.member_number, DistributionLine.amount)
                .where(DistributionLine.distribution_id == d.id, DistributionLine.amount > 0)
                .order_by(DistributionLine.member_number)):
            lines.append(LineInput(d.payable_account, credit=from_minor(amount, currency),
                                   member=n))
        entry = EntryInput(when, _("Distribution {number}: {title}", number=d.number,
                                   title=d.title), tuple(lines), d.resolution_ref,
                           f"distribution:{d.number}")
        e, ref = books.post_in(tx, entry, source="distribution", source_ref=str(d.number))
        d.status, d.posted_on, d.entry_id = RunStatus.POSTED.value, when, e.id
        _audit(tx, "sharing.post", d, entry=ref.number, year=ref.year)
        return ref

    return uow.transact(Permission.DISTRIBUTE, (AREA, "ledger"), work)


@dataclass(frozen=True)
class PayoutRef:
    count: int
    amount: Decimal
    entry: books.EntryRef


def pay(uow: UnitOfWork, number: int, when: dt.date, via: str,
        members: Sequence[int] | None = None, reference: str | None = None) -> PayoutRef:
    """Mark members paid (all unpaid members with a method of payment ``via`` when
    ``members`` is None) and post the payout: each member's payable debited, the cash, bank
    or mobile money account credited."""
    if via not in VIA:
        raise ValidationError(_("Pay by cash, bank or mobile_money, not “{via}”.", via=via),
                              "via")
    if when > dt.date.today():
        raise ValidationError(_("The payout date {date} is in the future.", date=when), "date")

    def work(tx: WriteTx) -> PayoutRef:
        s = tx.session
        d = _run(s, number)
        _require(d, RunStatus.POSTED, _("Post the distribution before paying it out."))
        assert d.posted_on is not None
        if when < d.posted_on:
            raise ValidationError(_("The payout date {date} is before the distribution was "
                                    "posted ({posted}).", date=when, posted=d.posted_on),
                                  "date")
        q = select(DistributionLine.id, DistributionLine.member_number,
                   DistributionLine.amount, DistributionLine.payout_id,
                   DistributionLine.payee).where(DistributionLine.distribution_id == d.id,
                                                 DistributionLine.amount > 0)
        if members is None:
            method = next(k for k, v in METHOD_VIA.items() if v == via)
            lines = list(s.execute(q.where(DistributionLine.payout_id.is_(None),
                                           DistributionLine.payout_method == method)
                                   .order_by(DistributionLine.member_number)))
        else:
            wanted = sorted(set(members))
            by_no = {ln.member_number: ln for ln in s.execute(
                q.where(DistributionLine.member_number.in_(wanted)))} if len(wanted) < 900 \
                else {ln.member_number: ln for ln in s.execute(q)}
            problems = []
            for n in wanted:
                ln = by_no.get(n)
                if ln is None:
                    problems.append(_("Member {number} receives nothing from distribution "
                                      "{run}.", number=n, run=d.number))
                elif ln.payout_id is not None:
                    problems.append(_("Member {number} has already been paid.", number=n))
            if problems:
                raise ValidationError("\n".join(problems), "members")
            lines = [by_no[n] for n in wanted]
        if not lines:
            raise ValidationError(_("Nobody is left to pay by {via} in distribution {number}.",
                                    via=_(VIA_LABELS[via]).lower(), number=d.number), "members")
        orphans = [ln.member_number for ln in lines if ln.payee == ""]
        if orphans:
            raise ValidationError(_(
                "Deceased member(s) {numbers} have no nominated successor; record the successor "
                "in the register before paying their share.",
                numbers=", ".join(str(n) for n in orphans[:20])), "members")
        currency = _currency(s)
        total = sum(ln.amount for ln in lines)
        entry_lines = [LineInput(d.payable_account, debit=from_minor(ln.amount, currency),
                                 member=ln.member_number,
                                 memo=_("paid to {payee}", payee=ln.payee) if ln.payee else None)
                       for ln in lines]
        entry_lines.append(LineInput(books.role_account(s, via).code,
                                     credit=from_minor(total, currency)))
        entry = EntryInput(when, _("Payout of distribution {number} ({count} member(s))",
                                   number=d.number, count=len(lines)), tuple(entry_lines),
                           reference, str(uuid.uuid4()))
        e, ref = books.post_in(tx, entry, source="payout", source_ref=str(d.number))
        p = Payout(distribution_id=d.id, date=when, via=via, count=len(lines), amount=total,
                   entry_id=e.id, recorded_by=tx.actor.username, recorded_at=_now())
        s.add(p)
        s.flush()
        ids = [ln.id for ln in lines]
        for i in range(0, len(ids), 500):
            s.execute(update(DistributionLine).where(DistributionLine.id.in_(ids[i:i + 500]))
                      .values(payout_id=p.id))
        _audit(tx, "sharing.pay", d, payout=p.id, count=len(lines), amount=total,
               entry=ref.number)
        return PayoutRef(len(lines), from_minor(total, currency), ref)

    return uow.transact(Permission.DISTRIBUTE, (AREA, "ledger"), work)


@dataclass(frozen=True)
class PayoutRow:
    id: int
    date: dt.date
    via: str
    count: int
    amount: Decimal
    entry: str            # "YEAR/NUMBER"
    reversed: bool


def payouts(uow: UnitOfWork, number: int) -> list[PayoutRow]:
    """A run's payouts, the latest first, with the entry each posted."""
    with uow.read() as s:
        d = _run(s, number)
        currency = _currency(s)
        return [PayoutRow(p.id, p.date, p.via, p.count, from_minor(p.amount, currency),
                          f"{y}/{n}", p.reversal_entry_id is not None)
                for p, y, n in s.execute(
                    select(Payout, FiscalYear.name, JournalEntry.number)
                    .join(JournalEntry, JournalEntry.id == Payout.entry_id)
                    .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
                    .where(Payout.distribution_id == d.id)
                    .order_by(Payout.id.desc()))]


def _reverse_entry_of(tx: WriteTx, entry_id: int, when: dt.date, reason: str) -> JournalEntry:
    s = tx.session
    e = s.get(JournalEntry, entry_id)
    y = s.get(FiscalYear, e.year_id) if e is not None else None
    assert e is not None and e.number is not None and y is not None
    rev, _ref = books.reverse_in(tx, y.name, e.number, when, reason)
    return rev


def reverse_payout(uow: UnitOfWork, number: int, payout_id: int, when: dt.date,
                   reason: str) -> int:
    """Undo a payout recorded by mistake: its entry reversed, its members unpaid again.
    Returns how many members it had paid."""
    if not reason.strip():
        raise ValidationError(_("Give the reason for the reversal."), "reason")

    def work(tx: WriteTx) -> int:
        s = tx.session
        d = _run(s, number)
        p = s.get(Payout, payout_id)
        if p is None or p.distribution_id != d.id:
            raise NotFound(_("Distribution {number} has no payout {payout}.", number=number,
                             payout=payout_id))
        if p.reversal_entry_id is not None:
            raise ValidationError(_("Payout {payout} is already reversed.", payout=payout_id),
                                  "payout")
        rev = _reverse_entry_of(tx, p.entry_id, when, reason)
        p.reversal_entry_id = rev.id
        s.execute(update(DistributionLine).where(DistributionLine.payout_id == p.id)
                  .values(payout_id=None))
        _audit(tx, "sharing.reverse_payout", d, payout=p.id, count=p.count,
               reason=reason.strip())
        return p.count

    return uow.transact(Permission.DISTRIBUTE, (AREA, "ledger"), work)


def reverse(uow: UnitOfWork, number: int, when: dt.date, reason: str) -> books.EntryRef:
    """Undo a posted distribution: its entry reversed in the books (funds and members'
    payables back to the source). Its payouts must be reversed first. The run stays, marked
    reversed; a closed year's surplus may then be shared again."""
    if not reason.strip():
        raise ValidationError(_("Give the reason for the reversal."), "reason")

    def work(tx: WriteTx) -> books.EntryRef:
        s = tx.session
        d = _run(s, number)
        _require(d, RunStatus.POSTED, _("Only a posted distribution can be reversed; a draft "
                                        "or an approved one is deleted or left as it is."))
        live = s.scalar(select(func.count()).select_from(Payout).where(
            Payout.distribution_id == d.id, Payout.reversal_entry_id.is_(None)))
        if live:
            raise ValidationError(_("Distribution {number} has {count} payout(s); members were "
                                    "paid. Reverse the payouts first.", number=number,
                                    count=live), "payouts")
        assert d.entry_id is not None
        rev = _reverse_entry_of(tx, d.entry_id, when, reason)
        d.status, d.reversal_entry_id = RunStatus.REVERSED.value, rev.id
        y = s.get(FiscalYear, rev.year_id)
        assert y is not None and rev.number is not None
        _audit(tx, "sharing.reverse", d, entry=rev.number, reason=reason.strip())
        return books.EntryRef(y.name, rev.number, rev.uid)

    return uow.transact(Permission.DISTRIBUTE, (AREA, "ledger"), work)


def _owned_hint(kind: str) -> Callable[[str | None], str]:
    def hint(ref: str | None) -> str:
        if kind == "payout":
            return _("This entry is a payout of distribution {number}; reverse it from the "
                     "Benefit sharing page ('coopdesk share reverse {number} --payout ID'), so "
                     "its members show as unpaid again.", number=ref)
        return _("This entry posts distribution {number}; reverse it from the Benefit sharing "
                 "page ('coopdesk share reverse {number}'), so the distribution follows.",
                 number=ref)
    return hint


books.own_source("distribution", _owned_hint("distribution"))
books.own_source("payout", _owned_hint("payout"))


def parts_of(d: Distribution) -> tuple[dict[Basis, Fraction], dict[Basis, int], int]:
    """The computed parts per basis, the totals per basis, and the common denominator."""
    c = json.loads(d.computed or "{}")
    return ({Basis(b): Fraction(f) for b, f in c.get("parts", {}).items()},
            {Basis(b): int(t) for b, t in c.get("totals", {}).items()},
            int(c.get("denominator", "1")))


def _distribution_digests(session: Session) -> list[tuple[str, str]]:
    return [(str(d.number), _digest(session, d)) for d in session.scalars(select(Distribution))]


audit.register_digest_source("distribution", _distribution_digests, "distribution")
