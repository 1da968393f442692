"""The journal export read by hledger and ledger-cli: every account's (and member sub-account's)
balance as the books have it, to the cent, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import services
from coopdesk.ledger import statements as stm
from coopdesk.ledger.export import account_name, write_journal
from coopdesk.ledger.models import Account, JournalEntry, JournalLine
from coopdesk.members.models import Member
from tests.test_ledger_reports import Y26, cr, dr, make_book, post

D = Decimal
ODD_NAME = "Tools; spare  parts: misc [x] @ 5% (field)"


@pytest.fixture
def book(admin: UnitOfWork) -> UnitOfWork:
    make_book(admin)
    services.add_account(admin, "5199", ODD_NAME, "51")
    post(admin, dt.date(2026, 5, 2), "Spades; picks\nand  bars", dr("5199", "123.45"),
         cr("1105", "123.45"))
    return admin


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is required under CI=true")
        pytest.skip(f"{name} is not installed")
    return found


def expected(uow: UnitOfWork, start: dt.date | None = None) -> dict[str, Decimal]:
    """Balance per journal account (members apart), as the database sums it."""
    stmt = (select(Account.code, Account.name, Account.kind, Member.number,
                   func.sum(JournalLine.debit - JournalLine.credit))
            .join(JournalLine, JournalLine.account_id == Account.id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .outerjoin(Member, Member.id == JournalLine.member_id)
            .where(JournalEntry.status == "posted")
            .group_by(Account.code, Account.name, Account.kind, Member.number))
    if start is not None:
        stmt = stmt.where(JournalEntry.date >= start)
    with uow.read() as s:
        return {account_name(c, n, k, m): D(int(b)).scaleb(-2)
                for c, n, k, m, b in s.execute(stmt) if b}


def export(uow: UnitOfWork, path: Path, **period: dt.date) -> int:
    with path.open("w", encoding="utf-8") as f:
        return write_journal(uow, f, **period)


def hledger(path: Path) -> dict[str, Decimal]:
    out = subprocess.run([tool("hledger"), "-f", str(path), "bal", "-N", "--flat", "-O", "csv"],
                         check=True, capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert all(amount.endswith(" COP") for _a, amount in rows), rows
    return {account: D(amount.removesuffix(" COP")) for account, amount in rows}


def ledger(path: Path) -> dict[str, Decimal]:
    out = subprocess.run([tool("ledger"), "-f", str(path), "bal", "--flat", "--no-total",
                          "--balance-format", "%(account)\t%(quantity(scrub(display_total)))\n"],
                         check=True, capture_output=True, text=True).stdout
    return {a: D(q) for a, q in (line.split("\t") for line in out.splitlines() if line)}


def test_hledger_and_ledger_read_the_same_balances(book: UnitOfWork, tmp_path: Path) -> None:
    path = tmp_path / "books.journal"
    count = export(book, path)
    with book.read() as s:
        posted = s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.status == "posted"))
    assert count == posted
    want = expected(book)
    assert want[account_name("3105", stm.find_account(book, "3105").name, "equity", 1)] == D(
        -1200000)
    assert hledger(path) == want
    assert ledger(path) == want
    tb = {t.code: t.closing for t in stm.trial_balance(book, *Y26)}
    cash = account_name("1105", stm.find_account(book, "1105").name, "asset")
    assert hledger(path)[cash] == tb["1105"]


def test_a_period_only(book: UnitOfWork, tmp_path: Path) -> None:
    path = tmp_path / "2026.journal"
    count = export(book, path, start=Y26[0], end=Y26[1])
    with book.read() as s:
        assert count == s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.status == "posted", JournalEntry.date >= Y26[0]))
    assert hledger(path) == ledger(path) == expected(book, Y26[0])
    movements = {t.code: t.debit - t.credit for t in stm.trial_balance(book, *Y26)}
    got = hledger(path)
    assert sum(got.values()) == 0
    assert sum(v for k, v in got.items() if ":2620 " in k) == movements["2620"]


def test_the_text_both_tools_read(book: UnitOfWork) -> None:
    out = io.StringIO()
    write_journal(book, out, start=dt.date(2026, 5, 1))
    text = out.getvalue()
    odd = account_name("5199", ODD_NAME, "expense")
    assert odd == "expenses:5199 Tools spare parts misc x 5 (field)"
    assert f"    {odd}  123.45 COP\n" in text
    assert "2026-05-02 * #2026-" in text and " Spades, picks and bars\n" in text
    assert "\n    ; uid: " in text
    assert "-123.45 COP" in text
    for line in text.splitlines():
        if line.startswith("    ") and not line.lstrip().startswith(";"):
            name, _sep, amount = line.strip().partition("  ")
            assert "  " not in name and ";" not in name and "\t" not in name
            assert amount.endswith(" COP")
    assert account_name("2620", "Payables to members", "liability", 12) == (
        "liabilities:2620 Payables to members:member 0012")
    empty = io.StringIO()
    assert write_journal(book, empty, start=dt.date(2030, 1, 1)) == 0
