"""Each member's values on the sharing bases over a period, read in bulk from the register,
the share capital register and production (a handful of grouped queries, whatever the size)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, aliased

from coopdesk.members.models import Member, ShareOperation, StatusChange
from coopdesk.members.shares import OpKind
from coopdesk.production.models import ProductionLot, Purchase
from coopdesk.sharing.allocation import Basis, MemberInput, Policy, active_days, exclusion


@dataclass(frozen=True)
class MemberRow:
    member: MemberInput
    name: str
    status: str
    active_days: int
    payee: str | None        # the nominated successor of a deceased member
    payout_method: str


def capital_days(session: Session, start: dt.date, end: dt.date) -> dict[int, int]:
    """Paid-up capital (minor units) times the days it was held in [start, end], per member.

    The paid-up capital on a day is the sum of the payments, transfers and refunds before it,
    so its days add up operation by operation: each moves ``delta`` for every day from its date
    (or the start) to the end. A reversal moves its original's deltas back from its own date.
    """
    last = end.toordinal() + 1
    first = start.toordinal()
    out: dict[int, int] = defaultdict(int)

    def add(member_id: int | None, delta: int, day: dt.date) -> None:
        if member_id is not None and delta:
            out[member_id] += delta * (last - max(day.toordinal(), first))

    moving = (OpKind.PAYMENT, OpKind.TRANSFER, OpKind.REFUND)
    orig = aliased(ShareOperation)
    for day, kind, member_id, other, amount, sign in (
            *session.execute(select(ShareOperation.date, ShareOperation.kind,
                                    ShareOperation.member_id, ShareOperation.counterparty_id,
                                    ShareOperation.amount, literal(1))
                             .where(ShareOperation.date <= end,
                                    ShareOperation.kind.in_(moving))),
            *session.execute(select(ShareOperation.date, orig.kind, orig.member_id,
                                    orig.counterparty_id, orig.amount, literal(-1))
                             .join(orig, orig.id == ShareOperation.reverses_id)
                             .where(ShareOperation.date <= end,
                                    ShareOperation.kind == OpKind.REVERSAL,
                                    orig.kind.in_(moving)))):
        if kind == OpKind.PAYMENT:
            add(member_id, sign * amount, day)
        elif kind == OpKind.REFUND:
            add(member_id, -sign * amount, day)
        else:  # a transfer moves paid-up capital from the member to the counterparty
            add(member_id, -sign * amount, day)
            add(other, sign * amount, day)
    return dict(out)


def member_rows(session: Session, policy: Policy, start: dt.date, end: dt.date
                ) -> list[MemberRow]:
    """Every member who ever joined before the period ends, with their values and whether
    they take part; in member-number order."""
    bases = {b for b, w in policy.mix if w > 0}
    grams: dict[int, int] = {}
    days: dict[int, int] = {}
    if bases & {Basis.GRAMS, Basis.DAYS}:
        for mid, g, d in session.execute(
                select(ProductionLot.member_id,
                       func.sum(ProductionLot.milligrams * ProductionLot.fineness),
                       func.sum(ProductionLot.days))
                .where(ProductionLot.member_id.is_not(None),
                       ProductionLot.date.between(start, end))
                .group_by(ProductionLot.member_id)):
            if mid is not None:
                grams[mid], days[mid] = int(g or 0), int(d or 0)
    value: dict[int, int] = {}
    if Basis.VALUE in bases:
        value = {mid: int(v or 0) for mid, v in session.execute(
            select(Purchase.member_id, func.sum(Purchase.amount))
            .where(Purchase.date.between(start, end)).group_by(Purchase.member_id))}
    capital = capital_days(session, start, end) if Basis.SHARES in bases else {}
    changes: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    for mid, when, status in session.execute(
            select(StatusChange.member_id, StatusChange.date, StatusChange.to_status)
            .where(StatusChange.date <= end)
            .order_by(StatusChange.member_id, StatusChange.date, StatusChange.id)):
        changes[mid].append((when, status))
    out: list[MemberRow] = []
    for m in session.execute(select(
            Member.id, Member.number, Member.first_names, Member.last_names, Member.status,
            Member.successor_name, Member.payout_method)
            .where(Member.join_date <= end).order_by(Member.number)):
        n_days = active_days(changes.get(m.id, []), start, end)
        if n_days == 0 and m.status not in ("active", "suspended"):
            continue  # not a member during the period at all
        excluded = exclusion(m.status, n_days, policy)
        values: dict[Basis, int] = {}
        for b in bases:
            if b is Basis.GRAMS:
                values[b] = grams.get(m.id, 0)
            elif b is Basis.DAYS:
                values[b] = days.get(m.id, 0)
            elif b is Basis.VALUE:
                values[b] = value.get(m.id, 0)
            elif b is Basis.SHARES:
                values[b] = capital.get(m.id, 0)
            else:
                values[b] = 1
        payee = (m.successor_name or "") if m.status == "deceased" else None
        out.append(MemberRow(MemberInput(m.id, m.number, values, excluded),
                             f"{m.first_names} {m.last_names}", m.status, n_days, payee,
                             m.payout_method))
    return out
