"""The bank from a terminal: accounts, import, matching, an entry from a statement line, rules,
the reconciliation and its report; bad input names the option, exits non-zero, writes nothing."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from coopdesk.bank import queries, reconcile
from coopdesk.cli import main
from coopdesk.core import audit, files
from coopdesk.core.uow import UnitOfWork
from tests.test_bank_services import JANUARY, csv
from tests.test_bank_services import coop as bank_coop  # noqa: F401  (the fixture)


@pytest.fixture
def coop(bank_coop: UnitOfWork, target: str,  # noqa: F811
         monkeypatch: pytest.MonkeyPatch) -> Iterator[UnitOfWork]:
    monkeypatch.setenv("COOPDESK_PASSWORD", "secret1")
    monkeypatch.setenv("COOPDESK_DB", target)
    monkeypatch.delenv("COOPDESK_LANG", raising=False)
    monkeypatch.delenv("COOPDESK_USER", raising=False)
    opened: list[files.Opened] = []
    real = files.open_cooperative

    def open_and_keep(where: str, **kw: bool) -> files.Opened:
        o = real(where, **kw)
        opened.append(o)
        return o

    monkeypatch.setattr(files, "open_cooperative", open_and_keep)
    yield bank_coop
    for o in opened:
        o.db.dispose()


def bank(*args: str) -> int:
    return main(["--lang", "en", "bank", *args])


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def head(uow: UnitOfWork) -> tuple[int, str]:
    with uow.read() as s:
        return audit.head(s)


def test_a_month_from_import_to_report(coop: UnitOfWork, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    statement = tmp_path / "enero.csv"
    statement.write_bytes(JANUARY)
    assert bank("accounts") == 0
    assert out(capsys).startswith("BANCO\tbank account\t1110\t")
    assert bank("import", "--account", "BANCO", str(statement), "--preview") == 0
    assert "4 lines from 2026-01-05 to 2026-01-31; 4 new" in out(capsys)
    assert bank("import", "--account", "BANCO", str(statement)) == 0
    assert "4 new line(s) imported, 0 already there" in out(capsys)
    assert bank("import", "--account", "BANCO", str(statement)) == 0
    assert "0 new line(s) imported, 4 already there" in out(capsys)

    assert bank("rules", "add", "Comisiones", "--to", "5305", "--contains", "comision",
                "--max", "0") == 0
    assert bank("match", "--account", "BANCO") == 0
    text = out(capsys)
    assert "Entries proposed by the rules: 1" in text and "Left in the books: 1" in text
    suggested = text.split("Suggested:")[1].split("Entries proposed")[0]
    for line in suggested.splitlines()[1:]:  # accept every suggestion as a treasurer would
        left, right = line.split("<->")
        assert bank("link", "--account", "BANCO", "--bank", left.split()[0], "--book",
                    right.split()[0]) == 0
    assert bank("post-rules", "--account", "BANCO") == 0
    assert "1 entries posted" in out(capsys)
    assert bank("lines", "--account", "BANCO", "--unmatched") == 0
    assert out(capsys) == ""
    assert bank("lines", "--account", "BANCO", "--book", "--unmatched") == 0
    left = out(capsys)
    assert "(brought forward)" not in left and "-80000" in left
    assert bank("lines", "--account", "BANCO", "--book") == 0
    assert "(brought forward)" in out(capsys)

    assert bank("reconcile", "--account", "BANCO", "--date", "2026-01-31", "--balance",
                "2.337.000,00") == 1
    text = out(capsys)
    assert "Not finished" in text and "not the 2,337,000.00 entered" in text
    before = head(coop)
    assert bank("reconcile", "--account", "BANCO", "--date", "2026-01-31", "--balance",
                "2337500") == 0
    text = out(capsys)
    assert "Difference:                           0" in text and "finished" in text
    assert head(coop) != before
    assert bank("reconciliations", "--account", "BANCO") == 0
    assert "2026-01-31\t2337500.00\t2257500.00\tdone" in out(capsys)

    pdf, xlsx = tmp_path / "rec.pdf", tmp_path / "rec.xlsx"
    for path in (pdf, xlsx):
        assert main(["--lang", "en", "report", "bank-reconciliation", "--account", "BANCO",
                     "-o", str(path)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "rec.txt")], check=True)
    words = (tmp_path / "rec.txt").read_text()
    assert "Bank reconciliation" in words and "The books and the bank agree." in words
    assert "Cal y cianuro" in words  # the outstanding payment, named
    book = openpyxl.load_workbook(xlsx)
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    assert "Payments in the books, not yet on the statement" in cells
    assert any(c == -80000 for c in cells if isinstance(c, (int, float)))

    rec = reconcile.history(coop, "BANCO")[0].id
    assert bank("reopen", str(rec), "--reason", "late debit note") == 0
    assert reconcile.history(coop, "BANCO")[0].status == "reopened"


def test_bad_input_names_the_option_and_writes_nothing(coop: UnitOfWork, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_bytes(csv(("05/01/2026", "A", "", "10,00", "10,00"),
                           ("31/02/2026", "B", "", "10,00", "20,00")))
    before = head(coop)
    assert bank("import", "--account", "BANCO", str(broken)) == 1
    err = capsys.readouterr().err
    assert "Line 3" in err
    assert bank("import", "--account", "NOPE", str(broken)) == 1
    assert "BANCO" in capsys.readouterr().err  # the accounts there are
    assert bank("reconcile", "--account", "BANCO", "--date", "2026-01-31", "--balance",
                "12,34,5") == 1
    assert "--balance" in capsys.readouterr().err
    assert bank("rules", "add", "X", "--to", "5305", "--regex", "([") == 1
    assert "--regex" in capsys.readouterr().err
    assert bank("add", "OTRA", "--name", "Otra", "--kind", "bank", "--ledger", "1110") == 1
    assert "--ledger" in capsys.readouterr().err
    assert head(coop) == before
    assert queries.count_bank_lines(coop, "BANCO") == 0
