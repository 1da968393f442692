"""Each member's values on the sharing bases over a period, read in bulk from the register,
the share capital register and production (a handful of grouped queries, whatever the size)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.members.models import Member, ShareOperation, StatusChange
from coopdesk.members.shares import OpKind, effects
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
    """Paid-up capital (minor units) times the days it was held in [start, end], per member."""
    ops = list(session.execute(select(
        ShareOperation.id, ShareOperation.date, ShareOperation.kind, ShareOperation.member_id,
        ShareOperation.counterparty_id, ShareOperation.shares, ShareOperation.amount,
        ShareOperation.reverses_id).where(ShareOperation.date <= end)
        .order_by(ShareOperation.date, ShareOperation.number)))
    by_id = {op.id: op for op in ops}

    def moves(op: Any) -> list[tuple[int, int]]:
        if op.kind == OpKind.REVERSAL and op.reverses_id is not None:
            return [(m, -paid) for m, paid in moves(by_id[op.reverses_id])]
        mine, theirs = effects(op.kind, op.shares, op.amount)
        out = [(op.member_id, mine.paid)]
        if op.counterparty_id is not None:
            out.append((op.counterparty_id, theirs.paid))
        return out

    paid: dict[int, int] = defaultdict(int)
    since: dict[int, dt.date] = {}
    out: dict[int, int] = defaultdict(int)
    for op in ops:
        day = max(op.date, start)
        for member_id, delta in moves(op):
            if not delta:
                continue
            if paid[member_id] and member_id in since:
                out[member_id] += paid[member_id] * (day - since[member_id]).days
            paid[member_id] += delta
            since[member_id] = day
    for member_id, amount in paid.items():
        if amount and member_id in since:
            out[member_id] += amount * ((end - since[member_id]).days + 1)
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
