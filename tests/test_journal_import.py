"""Importing entries and opening balances from CSV and Excel: row-level errors, all or nothing,
no double import, and the imported entries in the chain."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coopdesk.core import audit
from coopdesk.core.errors import ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import importer, queries, services
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status

D = Decimal


@pytest.fixture
def books(admin: UnitOfWork) -> UnitOfWork:
    services.install_chart(admin, "general")
    services.open_fiscal_year(admin, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    members.register_member(admin, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                               "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    return admin


GOOD = """Fecha;Asiento;Descripción;Cuenta;Socio;Debe;Haber
05/02/2026;1;Venta de oro;1110;;1.500.000,00;
05/02/2026;1;Venta de oro;4105;;;1.500.000,00
06/02/2026;2;Aporte;1105;;200,00;
06/02/2026;2;Aporte;3105;1;;200,00
"""


def test_entries_from_csv(books: UnitOfWork, tmp_path: Path) -> None:
    f = tmp_path / "diario.csv"
    f.write_text(GOOD, encoding="utf-8")
    checked = importer.read_journal(books, f)
    assert not checked.problems and len(checked.entries) == 2
    assert importer.import_journal(books, checked) == 2
    rows = {r.code: r.balance for r in queries.trial_balance(
        books, dt.date(2026, 1, 1), dt.date(2026, 12, 31))}
    assert rows["1110"] == D("1500000.00") and rows["4105"] == D("-1500000.00")
    assert queries.member_balance(books, 1, "3105") == D(-200)
    assert [e.number for e in queries.journal(books)] == [1, 2]
    with books.read() as s:
        assert audit.verify(s).ok, "bulk-posted entries match their digests"
    with pytest.raises(ValidationError, match="already imported"):
        importer.import_journal(books, importer.read_journal(books, f))


def test_bad_rows_are_named_and_nothing_is_written(books: UnitOfWork, tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("date,entry,description,account,member,debit,credit\n"
                 "2026-02-05,1,ok,1105,,10,\n"
                 "2026-02-05,1,ok,9999,,,10\n"          # row 3: no such account
                 "2026-02-06,2,short,1105,,10,\n"
                 "2026-02-06,2,short,4105,,,9\n"         # rows 4-5: does not balance
                 "31/02/2026,3,x,1105,,1,\n"             # row 6: no such date
                 "2026-02-07,4,x,3105,,1,\n"             # row 7: member missing
                 "2026-02-07,4,x,1105,,,abc\n",          # row 8: not an amount
                 encoding="utf-8")
    checked = importer.read_journal(books, f)
    text = "\n".join(str(p) for p in checked.problems)
    assert "Row 3, account: There is no account 9999." in text
    assert "Entry 2 (rows 4–5) does not balance" in text
    assert "Row 6, date:" in text
    assert "Row 7, member:" in text and "say which member" in text
    assert "Row 8, credit:" in text
    with books.read() as s:
        before = audit.head(s)
    with pytest.raises(ValidationError, match="Nothing was imported"):
        importer.import_journal(books, checked)
    with books.read() as s:
        assert audit.head(s) == before
    assert queries.journal(books) == []


def test_opening_balances_from_excel(books: UnitOfWork, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Compte", "Membre", "Débit", "Crédit", "Libellé"])
    ws.append(["1105", None, 800, None, "Caisse"])
    ws.append(["1110", None, 1200.5, None, "Banque"])
    ws.append(["3105", 1, None, 1500, "Capital Rosa"])
    ws.append(["3205", None, None, 500.5, "Réserve"])
    f = tmp_path / "ouverture.xlsx"
    wb.save(f)
    with pytest.raises(ValidationError, match="say for which fiscal year"):
        importer.read_journal(books, f)
    checked = importer.read_journal(books, f, year="2026")
    assert checked.opening and not checked.problems
    assert importer.import_journal(books, checked) == 1
    (e,) = queries.journal(books)
    assert e.date == dt.date(2026, 1, 1) and e.total == D("2000.50")
    with pytest.raises(ValidationError, match="already has its opening balances"):
        services.post_opening(books, "2026", ())


def test_opening_balances_refuse_income_accounts(books: UnitOfWork, tmp_path: Path) -> None:
    f = tmp_path / "o.csv"
    f.write_text("account,debit,credit\n1105,5,\n4105,,5\n", encoding="utf-8")
    checked = importer.read_journal(books, f, year="2026")
    assert [str(p) for p in checked.problems] == [
        "Row 3, account: Account 4105 is income or expense; opening balances are for assets, "
        "liabilities and equity."]


def test_a_file_without_the_needed_columns(books: UnitOfWork, tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("name,amount\nRosa,5\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no column for: account, debit, credit"):
        importer.read_journal(books, f)


def test_a_file_with_only_its_header(books: UnitOfWork, tmp_path: Path) -> None:
    f = tmp_path / "empty.csv"
    f.write_text("date,account,debit,credit\n\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="header line but no entries"):
        importer.read_journal(books, f)
