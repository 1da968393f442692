"""Any sequence of share operations, sensible or not, keeps the register sound: a refused
operation writes nothing, no member's capital goes negative, money is conserved, and the audit
chain verifies."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coopdesk.core import audit
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.files import create_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services, shares
from coopdesk.members.rules import MemberInput, Status
from tests.conftest import PASSWORD, SPEC, login

DAY = dt.date(2025, 1, 1)
MEMBERS = 4

op = st.one_of(
    st.tuples(st.just("subscribe"), st.integers(1, MEMBERS), st.integers(-1, 4)),
    st.tuples(st.just("pay"), st.integers(1, MEMBERS), st.integers(-5000, 60000)),
    st.tuples(st.just("transfer"), st.integers(1, MEMBERS), st.integers(1, MEMBERS),
              st.integers(0, 3)),
    st.tuples(st.just("refund"), st.integers(1, MEMBERS), st.integers(0, 3)),
    st.tuples(st.just("reverse"), st.integers(1, 30)),
    st.tuples(st.just("exit"), st.integers(1, MEMBERS)),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, max_size=30))
def test_any_sequence_keeps_the_register_sound(ops: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = create_cooperative(str(Path(tmp) / "c.coopdesk"), SPEC, "admin", "Admin", PASSWORD)
        try:
            uow = login(db)
            for i in range(1, MEMBERS + 1):
                services.register_member(uow, MemberInput(
                    f"M{i}", "Test", "F", dt.date(1980, 1, i), "digger", dt.date(2020, 1, 1),
                    national_id=f"P{i}"), Status.ACTIVE)
                # Three shares of 10,000 each, paid from a third to all of it, so transfers,
                # refunds and cancellations have something to work on.
                shares.subscribe(uow, i, 3, DAY)
                shares.pay(uow, i, Decimal(7500 * i), DAY)
            for o in ops:
                with uow.read() as s:
                    before = audit.head(s)
                try:
                    _apply(uow, o)
                    event(f"{o[0]} recorded")
                except CoopdeskError:
                    with uow.read() as s:
                        assert audit.head(s) == before, o  # refused: nothing written
                balances = [shares.member_balance(uow, n) for n in range(1, MEMBERS + 1)]
                for b in balances:
                    assert b.shares >= 0 and b.paid >= 0 and b.unpaid >= 0, (o, b)
                    if b.shares == 0:  # nothing held, nothing owed, nothing paid in
                        assert b.subscribed == 0 and b.paid == 0, (o, b)
                _conserved(uow, balances)
            with uow.read() as s:
                assert audit.verify(s).ok
        finally:
            db.dispose()


def _apply(uow: UnitOfWork, o: tuple[Any, ...]) -> None:
    kind = o[0]
    if kind == "subscribe":
        shares.subscribe(uow, int(o[1]), int(o[2]), DAY)
    elif kind == "pay":
        shares.pay(uow, int(o[1]), Decimal(int(o[2])), DAY)
    elif kind == "transfer":
        shares.transfer(uow, int(o[1]), int(o[2]), int(o[3]), DAY)
    elif kind == "refund":
        shares.refund(uow, int(o[1]), int(o[2]), DAY)
    elif kind == "reverse":
        shares.reverse(uow, int(o[1]), DAY, "test")
    else:
        services.change_status(uow, int(o[1]), Status.EXITED, DAY,
                               "left")


def _conserved(uow: UnitOfWork, balances: list[shares.Balance]) -> None:
    """What members hold equals what the register's operations put in and took out."""
    rows = shares.register_rows(uow)
    by_number = {r.number: r for r in rows}
    subscribed = paid = Decimal(0)
    for r in rows:
        kind, sign = r.kind, 1
        if kind == "reversal":
            assert r.reverses is not None
            kind, sign = by_number[r.reverses].kind, -1
        if kind == "subscription":
            subscribed += sign * r.amount
        elif kind == "payment":
            paid += sign * r.amount
        elif kind == "refund":
            subscribed -= sign * r.amount
            paid -= sign * r.amount
        elif kind == "cancellation":
            subscribed -= sign * r.amount
    assert sum(Decimal(b.subscribed) for b in balances) / 100 == subscribed
    assert sum(Decimal(b.paid) for b in balances) / 100 == paid
