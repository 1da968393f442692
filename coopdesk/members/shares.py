"""The share capital register: a numbered, append-only list of operations.

Subscriptions promise shares, payments pay them up, transfers move paid-up shares between
members, refunds return them to a member who leaves. Nothing is changed after it is written; a
mistake is undone by a reversal that names the operation it reverses.

The register does not know the books: other domains subscribe with :func:`on_operation` and
run in the same transaction (the ledger posts each operation that moves money).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.members.models import Member, ShareOperation
from coopdesk.members.rules import STATUS_LABELS, Status, clean
from coopdesk.members.services import next_number


class OpKind(StrEnum):
    SUBSCRIPTION = "subscription"
    PAYMENT = "payment"
    TRANSFER = "transfer"
    REFUND = "refund"
    REVERSAL = "reversal"
    CANCELLATION = "cancellation"


KIND_LABELS = {OpKind.SUBSCRIPTION: N_("Subscription"), OpKind.PAYMENT: N_("Payment"),
               OpKind.TRANSFER: N_("Transfer"), OpKind.REFUND: N_("Refund"),
               OpKind.REVERSAL: N_("Reversal"),
               OpKind.CANCELLATION: N_("Cancellation of unpaid shares")}


@dataclass(frozen=True)
class Balance:
    """A member's capital, in minor units: shares held, subscribed and paid-up amounts."""

    shares: int = 0
    subscribed: int = 0
    paid: int = 0

    @property
    def unpaid(self) -> int:
        return self.subscribed - self.paid

    def __add__(self, o: Balance) -> Balance:
        return Balance(self.shares + o.shares, self.subscribed + o.subscribed, self.paid + o.paid)

    def __neg__(self) -> Balance:
        return Balance(-self.shares, -self.subscribed, -self.paid)


def effects(kind: str, shares: int, amount: int) -> tuple[Balance, Balance]:
    """What an operation does to (the member, the counterparty)."""
    if kind == OpKind.SUBSCRIPTION:
        return Balance(shares, amount, 0), Balance()
    if kind == OpKind.PAYMENT:
        return Balance(0, 0, amount), Balance()
    if kind == OpKind.TRANSFER:
        return Balance(-shares, -amount, -amount), Balance(shares, amount, amount)
    if kind == OpKind.REFUND:
        return Balance(-shares, -amount, -amount), Balance()
    if kind == OpKind.CANCELLATION:  # the unpaid part of refunded shares: no money moves
        return Balance(0, -amount, 0), Balance()
    raise ValueError(kind)


@dataclass(frozen=True)
class OpRow:
    number: int
    date: dt.date
    kind: str
    member_no: int
    member_name: str
    counterparty_no: int | None
    shares: int
    amount: Decimal
    reference: str | None
    note: str | None
    reverses: int | None
    reversed_by: int | None


def balance(session: Session, member_id: int) -> Balance:
    total = Balance()
    ops = session.scalars(select(ShareOperation).where(
        (ShareOperation.member_id == member_id) | (ShareOperation.counterparty_id == member_id)))
    by_id = {}
    for op in ops:
        by_id[op.id] = op
    for op in by_id.values():
        total = total + _effect_on(session, op, member_id)
    return total


def _effect_on(session: Session, op: ShareOperation, member_id: int) -> Balance:
    if op.kind == OpKind.REVERSAL:
        orig = session.get(ShareOperation, op.reverses_id)
        assert orig is not None
        return -_effect_on(session, orig, member_id)
    mine, theirs = effects(op.kind, op.shares, op.amount)
    out = Balance()
    if op.member_id == member_id:
        out = out + mine
    if op.counterparty_id == member_id:
        out = out + theirs
    return out


def member_balance(uow: UnitOfWork, number: int) -> Balance:
    with uow.read() as s:
        return balance(s, _member(s, number).id)


def _member(session: Session, number: int) -> Member:
    m = session.scalar(select(Member).where(Member.number == number))
    if m is None:
        raise NotFound(_("There is no member number {number}.", number=number))
    return m


def _share_value(session: Session) -> tuple[int, str]:
    coop = session.get(Cooperative, 1)
    assert coop is not None
    return coop.share_value, coop.currency


# What else must happen when an operation is recorded, in the same transaction: the books
# register here (coopdesk.ledger.share_postings) so the register never imports the ledger.
ShareHook = Callable[[WriteTx, ShareOperation, Member, "Member | None", "ShareOperation | None",
                      str], None]
_HOOKS: list[ShareHook] = []


def on_operation(hook: ShareHook) -> None:
    """Call ``hook(tx, op, member, counterparty, reverses, via)`` after every operation."""
    if hook not in _HOOKS:
        _HOOKS.append(hook)


def _record(tx: WriteTx, kind: OpKind, member: Member, shares: int, amount: int,
            when: dt.date, reference: str | None, note: str | None,
            counterparty: Member | None = None, reverses: ShareOperation | None = None,
            via: str = "cash") -> int:
    if when > dt.date.today():
        raise ValidationError(_("The date {date} is in the future.", date=when.isoformat()),
                              "date")
    op = ShareOperation(number=next_number(tx.session, "share_operation"), date=when,
                        kind=kind.value, member_id=member.id,
                        counterparty_id=counterparty.id if counterparty else None, shares=shares,
                        amount=amount, reference=clean(reference), note=clean(note),
                        reverses_id=reverses.id if reverses else None,
                        recorded_by=tx.actor.username,
                        recorded_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
    tx.session.add(op)
    tx.session.flush()
    state = {"number": op.number, "date": op.date, "kind": op.kind, "member": member.number,
             "counterparty": counterparty.number if counterparty else None,
             "shares": shares, "amount": amount, "reference": op.reference, "note": op.note,
             "reverses": reverses.number if reverses else None}
    tx.audit(f"shares.{kind.value}", "share_operation", op.number, digest=audit.digest(state),
             after=state)
    for hook in _HOOKS:
        hook(tx, op, member, counterparty, reverses, via)
    tx.touch("shares", "members")
    return op.number


def _status(code: str) -> str:
    """A status as the reader's language says it, for messages."""
    return _(STATUS_LABELS[Status(code)]).lower()


def _require_current(m: Member) -> None:
    if m.status not in (Status.APPLICANT, Status.ACTIVE, Status.SUSPENDED):
        raise ValidationError(_("Member {number} is {status}; their shares can only be "
                                "refunded.", number=m.number, status=_status(m.status)),
                              "member")


def subscribe(uow: UnitOfWork, number: int, shares: int, when: dt.date,
              reference: str | None = None, note: str | None = None) -> int:
    if shares <= 0:
        raise ValidationError(_("The number of shares must be at least 1."), "shares")
    with uow.write(Permission.SHARES_WRITE) as tx:
        m = _member(tx.session, number)
        _require_current(m)
        value, _cur = _share_value(tx.session)
        if value <= 0:
            raise ValidationError(_("Set the value of one share in the settings first."),
                                  "share_value")
        return _record(tx, OpKind.SUBSCRIPTION, m, shares, shares * value, when, reference, note)


def pay(uow: UnitOfWork, number: int, amount: Decimal, when: dt.date,
        reference: str | None = None, note: str | None = None, via: str = "cash") -> int:
    """A member pays on subscribed shares, into cash (or ``via`` the bank or mobile money)."""
    with uow.write(Permission.SHARES_WRITE) as tx:
        return pay_in(tx, number, amount, when, reference, note, via)


def pay_in(tx: WriteTx, number: int, amount: Decimal, when: dt.date,
           reference: str | None = None, note: str | None = None, via: str = "cash") -> int:
    tx.actor.require(Permission.SHARES_WRITE)
    m = _member(tx.session, number)
    _require_current(m)
    _value, currency = _share_value(tx.session)
    minor = to_minor(amount, currency)
    if minor <= 0:
        raise ValidationError(_("The amount paid must be more than zero."), "amount")
    b = balance(tx.session, m.id)
    if minor > b.unpaid:
        raise ValidationError(_(
            "Member {number} owes {owed} {currency} on subscribed shares; a payment of "
            "{amount} is more than that.", number=number,
            owed=from_minor(b.unpaid, currency), currency=currency, amount=amount), "amount")
    return _record(tx, OpKind.PAYMENT, m, 0, minor, when, reference, note, via=via)


def transfer(uow: UnitOfWork, from_number: int, to_number: int, shares: int, when: dt.date,
             reference: str | None = None, note: str | None = None) -> int:
    if shares <= 0:
        raise ValidationError(_("The number of shares must be at least 1."), "shares")
    if from_number == to_number:
        raise ValidationError(_("A member cannot transfer shares to themselves."), "member")
    with uow.write(Permission.SHARES_WRITE) as tx:
        src = _member(tx.session, from_number)
        _require_current(src)
        dst = _member(tx.session, to_number)
        if dst.status != Status.ACTIVE:
            raise ValidationError(_("Shares can only go to an active member; member {number} "
                                    "is {status}.", number=to_number,
                                    status=_status(dst.status)),
                                  "counterparty")
        b = balance(tx.session, src.id)
        _value, _cur = _share_value(tx.session)
        amount = _paid_up_value(b, shares)
        if amount is None:
            raise ValidationError(_("Member {number} holds {held} fully paid share(s); cannot "
                                    "transfer {shares}.", number=from_number,
                                    held=_fully_paid(b), shares=shares), "shares")
        return _record(tx, OpKind.TRANSFER, src, shares, amount, when, reference, note,
                       counterparty=dst)


def _fully_paid(b: Balance) -> int:
    if b.shares <= 0 or b.subscribed <= 0:
        return 0
    per = b.subscribed // b.shares
    return min(b.shares, b.paid // per) if per else 0


def _paid_up_value(b: Balance, shares: int) -> int | None:
    """The book value of ``shares`` fully paid shares, or None if the member has fewer."""
    if shares > _fully_paid(b):
        return None
    return b.subscribed * shares // b.shares


def refund(uow: UnitOfWork, number: int, shares: int, when: dt.date,
           reference: str | None = None, note: str | None = None, via: str = "cash") -> int:
    """Give back the shares of a member who left (exited, or deceased through a successor).

    The member receives what they paid on those shares; what was still unpaid on them is
    cancelled by a second operation right after, so a member with no shares owes nothing.
    Returns the refund's number."""
    with uow.write(Permission.SHARES_WRITE) as tx:
        m = _member(tx.session, number)
        if m.status not in (Status.EXITED, Status.DECEASED):
            raise ValidationError(_("Shares are refunded to members who have left; member "
                                    "{number} is {status}.", number=number,
                                    status=_status(m.status)),
                                  "member")
        b = balance(tx.session, m.id)
        if shares <= 0 or shares > b.shares:
            raise ValidationError(_("Member {number} holds {held} share(s).", number=number,
                                    held=b.shares), "shares")
        paid_part = b.paid * shares // b.shares
        unpaid_part = b.subscribed * shares // b.shares - paid_part
        number_out = _record(tx, OpKind.REFUND, m, shares, paid_part, when, reference, note,
                             via=via)
        if unpaid_part > 0:
            _record(tx, OpKind.CANCELLATION, m, 0, unpaid_part, when, reference,
                    _("Unpaid part of the shares refunded by operation {number}",
                      number=number_out))
        return number_out


def reverse(uow: UnitOfWork, op_number: int, when: dt.date, reason: str) -> int:
    if not clean(reason):
        raise ValidationError(_("Give the reason for the reversal."), "reason")
    with uow.write(Permission.SHARES_WRITE) as tx:
        s = tx.session
        op = s.scalar(select(ShareOperation).where(ShareOperation.number == op_number))
        if op is None:
            raise NotFound(_("There is no share operation number {number}.", number=op_number))
        if op.kind == OpKind.REVERSAL:
            raise ValidationError(_("A reversal cannot itself be reversed; record the "
                                    "operation again instead."))
        if s.scalar(select(ShareOperation.id).where(ShareOperation.reverses_id == op.id)):
            raise ValidationError(_("Operation {number} is already reversed.", number=op_number))
        member = s.get(Member, op.member_id)
        assert member is not None
        counter = s.get(Member, op.counterparty_id) if op.counterparty_id else None
        # A reversal must not leave anyone with negative capital.
        for who in filter(None, (member, counter)):
            after = balance(s, who.id) + -_effect_on(s, op, who.id)
            if after.shares < 0 or after.paid < 0 or after.unpaid < 0:
                raise ValidationError(_("Reversing operation {number} would leave member "
                                        "{member} with negative capital; reverse the later "
                                        "operations first.", number=op_number,
                                        member=who.number))
        return _record(tx, OpKind.REVERSAL, member, op.shares, op.amount, when, None, reason,
                       counterparty=counter, reverses=op)


def register_rows(uow: UnitOfWork, number: int | None = None) -> list[OpRow]:
    """The share register in number order, for one member or for all."""
    with uow.read() as s:
        _value, currency = _share_value(s)
        cp = aliased(Member)
        rev = aliased(ShareOperation)
        orig = aliased(ShareOperation)
        stmt = (select(ShareOperation, Member.number, Member.last_names, Member.first_names,
                       cp.number, orig.number, rev.number)
                .join(Member, Member.id == ShareOperation.member_id)
                .outerjoin(cp, cp.id == ShareOperation.counterparty_id)
                .outerjoin(orig, orig.id == ShareOperation.reverses_id)
                .outerjoin(rev, rev.reverses_id == ShareOperation.id)
                .order_by(ShareOperation.number))
        if number is not None:
            mid = _member(s, number).id
            stmt = stmt.where((ShareOperation.member_id == mid) |
                              (ShareOperation.counterparty_id == mid))
        return [OpRow(op.number, op.date, op.kind, mno, f"{last}, {first}", cpno, op.shares,
                      from_minor(op.amount, currency), op.reference, op.note, orig_no, rev_no)
                for op, mno, last, first, cpno, orig_no, rev_no in s.execute(stmt)]


def _share_digests(session: Session) -> list[tuple[str, str]]:
    out = []
    cp = aliased(Member)
    orig = aliased(ShareOperation)
    for op, mno, cpno, orig_no in session.execute(
            select(ShareOperation, Member.number, cp.number, orig.number)
            .join(Member, Member.id == ShareOperation.member_id)
            .outerjoin(cp, cp.id == ShareOperation.counterparty_id)
            .outerjoin(orig, orig.id == ShareOperation.reverses_id)):
        state = {"number": op.number, "date": op.date, "kind": op.kind, "member": mno,
                 "counterparty": cpno, "shares": op.shares, "amount": op.amount,
                 "reference": op.reference, "note": op.note, "reverses": orig_no}
        out.append((str(op.number), audit.digest(state)))
    return out


audit.register_digest_source("share_operation", _share_digests, "share_operation")
