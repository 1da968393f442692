"""The demo cooperative's bank and mobile-money accounts: statement files, January to
September reconciled through the services, October left for the class (see
coopdesk.demo.bank_play)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.bank import links, reconcile
from coopdesk.bank import services as bank
from coopdesk.bank.formats import read_statements
from coopdesk.bank.statement import check_arithmetic
from coopdesk.core import audit
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.demo import make_demo
from coopdesk.demo.bank_play import BANK_CODE, BANK_NUMBER, WALLET_CODE, WALLET_NUMBER
from coopdesk.demo.statements import WALLET_MAPPING, WALLET_READER
from coopdesk.ledger.models import JournalEntry, JournalLine
from tests.conftest import SMALL_DEMO

N, SEED = SMALL_DEMO  # the cooperative of tests/test_demo_sharing.py
MONTHS = [dt.date(2026, m, 1) for m in range(1, 11)]


def _end(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _name(code: str, month: dt.date) -> str:
    return f"banco-{month:%Y-%m}.csv" if code == BANK_CODE else f"nequi-{month:%Y-%m}.xlsx"


@pytest.fixture(scope="module")
def demo(small_demo: tuple[Database, Path]) -> tuple[UnitOfWork, Path]:
    return UnitOfWork(small_demo[0]), small_demo[1]


def test_two_accounts_tied_to_the_ledger(demo: tuple[UnitOfWork, Path]) -> None:
    uow, _ = demo
    accounts = {a.code: a for a in bank.accounts(uow)}
    assert set(accounts) == {BANK_CODE, WALLET_CODE}
    assert (accounts[BANK_CODE].kind, accounts[BANK_CODE].ledger_code) == ("bank", "1110")
    assert (accounts[WALLET_CODE].kind, accounts[WALLET_CODE].ledger_code) == (
        "mobile_money", "1120")
    assert accounts[WALLET_CODE].mapping == WALLET_MAPPING
    assert accounts[BANK_CODE].number == BANK_NUMBER
    assert all(a.last_reconciled == dt.date(2026, 9, 30) for a in accounts.values())
    assert len(links.rules(uow)) >= 3


def test_nine_months_reconciled_with_no_difference(demo: tuple[UnitOfWork, Path]) -> None:
    uow, _ = demo
    for code in (BANK_CODE, WALLET_CODE):
        history = sorted(reconcile.history(uow, code), key=lambda h: h.statement_date)
        assert [h.statement_date for h in history] == [_end(m) for m in MONTHS[:9]]
        assert all(h.status == "done" and h.done_by == "tesorera" for h in history)
        for h in history:
            state = reconcile.saved(uow, h.id)
            assert state.difference == 0, (code, h.statement_date)
            assert not [i for i in state.items if i.kind == "unbooked"]
    # some payments cross a month's end: outstanding at a reconciliation, cleared in the next
    outstanding = [reconcile.saved(uow, h.id).outstanding_payments
                   for h in reconcile.history(uow, BANK_CODE)]
    assert any(o > 0 for o in outstanding)


def test_the_files_read_and_add_up(demo: tuple[UnitOfWork, Path]) -> None:
    _uow, folder = demo
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        _name(code, m) for code in (BANK_CODE, WALLET_CODE) for m in MONTHS)
    closing = None
    for month in MONTHS:
        data = (folder / _name(BANK_CODE, month)).read_bytes()
        (st,) = read_statements(data, _name(BANK_CODE, month))  # no mapping: the bank's CSV
        assert st.account == BANK_NUMBER and not check_arithmetic(st)
        assert closing is None or st.opening == closing, "each month opens where the last closed"
        closing = st.closing
        assert {ln.date for ln in st.lines} <= {month + dt.timedelta(days=d) for d in range(31)}
        texts = " ".join(ln.description for ln in st.lines)
        assert "CUOTA DE MANEJO" in texts and "ABONO INTERESES" in texts
        data = (folder / _name(WALLET_CODE, month)).read_bytes()
        (wallet,) = read_statements(data, _name(WALLET_CODE, month), WALLET_READER)
        assert wallet.account == WALLET_NUMBER and not check_arithmetic(wallet)
        assert wallet.lines, month


def test_the_books_balance_and_the_chain_verifies(demo: tuple[UnitOfWork, Path]) -> None:
    uow, _ = demo
    with uow.read() as s:
        debit, credit = s.execute(
            select(func.sum(JournalLine.debit), func.sum(JournalLine.credit))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalEntry.status == "posted")).one()
        made = s.scalar(select(func.count()).select_from(JournalEntry)
                        .where(JournalEntry.source == "bank"))
        result = audit.verify(s)
    assert debit == credit
    assert made and made >= 9, "interest and fees booked from the statements"
    assert result.ok, result.problem


def test_the_same_seed_gives_the_same_files(demo: tuple[UnitOfWork, Path],
                                            tmp_path: Path) -> None:
    _uow, folder = demo
    again = tmp_path / "statements"
    make_demo(str(tmp_path / "again.coopdesk"), members=N, seed=SEED, photos=False,
              statements=again).dispose()
    for path in sorted(folder.iterdir()):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_october_is_left_for_the_class(demo: tuple[UnitOfWork, Path]) -> None:
    """(Last: it imports October into the demo.)"""
    uow, folder = demo
    october = MONTHS[-1]
    day = _end(october)
    for code in (BANK_CODE, WALLET_CODE):
        data = (folder / _name(code, october)).read_bytes()
        (st,) = read_statements(data, _name(code, october),
                                None if code == BANK_CODE else WALLET_READER)
        assert st.closing is not None
        result = bank.import_statement(uow, code, data, _name(code, october))
        assert result.new == len(st.lines) > 0
        run = links.run_matching(uow, code)
        assert run.matched, "most lines match on their own"
        state = reconcile.state(uow, code, day, st.closing)
        assert state.statement_balance == st.closing
        assert state.status is None and state.bank_balance == st.closing
        if code == BANK_CODE:  # the rules propose October's interest for the class to post
            assert any(p.lines[0].amount < 0 for p in run.proposals)
            assert any(i.kind == "unbooked" for i in state.items)
