"""The formalisation path from a terminal (both databases): add and change stages, keep a
document and save it back, link a fee from the books, the warnings and the report; bad input
names the option, exits 1 and writes nothing; the supervisory committee only reads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from coopdesk import cli
from coopdesk.core import audit
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.plans import formalisation as fp
from coopdesk.plans.models import FormalDocumentRow, FormalFeeRow, FormalStageRow

TODAY = dt.date.today()
PDF = b"%PDF-1.4\n%%EOF\n"


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def coop(cli_env: UnitOfWork) -> UnitOfWork:
    """The general chart and this year's books with one payment; a user for each role; the CLI
    pointed at the file."""
    admin = cli_env
    books.install_chart(admin, "general")
    books.open_fiscal_year(admin, str(TODAY.year), dt.date(TODAY.year, 1, 1),
                           dt.date(TODAY.year, 12, 31))
    cashbook.record(admin, CashInput("royalties", TODAY, Decimal("850000"),
                                     "Pago derechos de trámite licencia ambiental"))
    return admin


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _state(uow: UnitOfWork) -> tuple[object, ...]:
    with uow.read() as s:
        return (audit.head(s), *(s.scalar(select(func.count()).select_from(t))
                                 for t in (FormalStageRow, FormalDocumentRow, FormalFeeRow)))


def test_a_path_from_the_terminal(coop: UnitOfWork, capsys: pytest.CaptureFixture[str],
                                  tmp_path: Path) -> None:
    code, out, _err = run(capsys, "formal", "list")
    assert code == 0 and "No stage yet" in out
    code, out, _err = run(capsys, "formal", "add", "provincial_licence", "Environmental licence",
                          "--authority", "CORANTIOQUIA", "--reference", "LA-77",
                          "--applied", days(-400).isoformat(), "--issued",
                          days(-300).isoformat(), "--expires", days(30).isoformat())
    assert code == 0 and out.strip() == "Stage 1 added: Environmental licence."
    code, out, _err = run(capsys, "formal", "add", "coop_registration", "Registration",
                          "--authority", "Chamber of Commerce")
    assert code == 0
    code, out, _err = run(capsys, "formal", "list")
    lines = out.splitlines()
    assert lines[0].split("\t")[:6] == ["2", "1.", "Cooperative registered", "Registration",
                                        "Not started", "-"]
    assert lines[1].split("\t")[:6] == ["1", "2.", "Regional permit or environmental licence",
                                        "Environmental licence",
                                        "Expiring soon (in 30 days)", "LA-77"]
    assert lines[2] == f"1 of 2 stages granted and valid on {TODAY}."
    code, out, _err = run(capsys, "formal", "update", "2", "--status", "granted", "--issued",
                          days(-2000).isoformat(), "--reference", "S-0042")
    assert code == 0 and out.strip() == "Stage 2 updated."

    # a document kept, then saved back
    scan = tmp_path / "certificado.pdf"
    scan.write_bytes(PDF)
    code, out, _err = run(capsys, "formal", "attach", "2", str(scan))
    assert code == 0 and out.strip() == "certificado.pdf kept with stage 2 as document 1."
    code, out, _err = run(capsys, "formal", "document", "1", "-o", str(tmp_path / "copy.pdf"))
    assert code == 0 and (tmp_path / "copy.pdf").read_bytes() == PDF

    # a fee from the books
    code, out, _err = run(capsys, "formal", "fee", "1", "--entry", f"{TODAY.year}:1",
                          "--note", "evaluation")
    assert code == 0
    assert out.strip() == f"Entry {TODAY.year}/1 (850,000.00) linked as a fee of stage 1."
    code, out, _err = run(capsys, "formal", "show", "1")
    assert f"Fee: entry {TODAY.year}/1 of {TODAY}, 850,000.00: Pago derechos de trámite " \
           "licencia ambiental — evaluation" in out
    code, out, _err = run(capsys, "formal", "show", "2")
    assert "Document 1: certificado.pdf (15 bytes, sha256 " in out

    # warnings: the licence within 90 days, not within 10
    code, out, _err = run(capsys, "formal", "warnings")
    assert code == 0 and out.startswith("Warning: Environmental licence (CORANTIOQUIA) "
                                        f"expires on {days(30)}, in 30 days")
    code, out, _err = run(capsys, "formal", "warnings", "--within", "10")
    assert out.strip() == "Nothing has expired and nothing expires within 10 days."

    # the report, PDF and Excel
    code, out, _err = run(capsys, "report", "formalisation", "-o", str(tmp_path / "f.pdf"))
    assert code == 0 and (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    code, out, _err = run(capsys, "report", "formalisation", "-o", str(tmp_path / "f.xlsx"),
                          "--to", days(31).isoformat())
    wb = openpyxl.load_workbook(tmp_path / "f.xlsx")
    path_rows = list(wb.worksheets[1].iter_rows(values_only=True))
    assert path_rows[2][:4] == (2, "Environmental licence", "CORANTIOQUIA", "LA-77")
    assert path_rows[2][6] == "Expired (1 days ago)" and path_rows[2][7] == 850000

    code, out, _err = run(capsys, "formal", "unfee", "1", "--entry", f"{TODAY.year}/1")
    assert code == 0 and fp.fees(coop) == []


def test_bad_input_names_the_option_and_writes_nothing(
        coop: UnitOfWork, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fp.add_stage(coop, "national_licence", "Mining title", applied_on=days(-10))
    before = _state(coop)
    code, _out, err = run(capsys, "formal", "update", "1", "--issued", days(-20).isoformat())
    assert code == 1 and err.startswith("Error: --issued: It cannot be issued")
    code, _out, err = run(capsys, "formal", "update", "1", "--status", "granted",
                          "--issued", days(-5).isoformat())
    assert code == 1 and err.startswith("Error: --reference: A granted stage needs")
    code, _out, err = run(capsys, "formal", "add", "other", "  ")
    assert code == 1 and "TITLE: Give the stage a title" in err
    code, _out, err = run(capsys, "formal", "add", "other", "Audit", "--site", "Nowhere")
    assert code == 1 and "--site: There is no mining site" in err
    code, _out, err = run(capsys, "formal", "fee", "1", "--entry", "2026")
    assert code == 1 and "--entry: Name the entry as YEAR:NUMBER" in err
    code, _out, err = run(capsys, "formal", "fee", "1", "--entry", f"{TODAY.year}:99")
    assert code == 1 and "--entry: There is no posted entry 99" in err
    text = tmp_path / "note.txt"
    text.write_text("hello")
    code, _out, err = run(capsys, "formal", "attach", "1", str(text))
    assert code == 1 and "FILE: note.txt is not a document" in err
    code, _out, err = run(capsys, "formal", "attach", "1", str(tmp_path / "missing.pdf"))
    assert code == 1 and "could not be read" in err
    code, _out, err = run(capsys, "formal", "update", "1")
    assert code == 2 and "Say what to change" in err
    code, _out, err = run(capsys, "formal", "update", "7", "--notes", "x")
    assert code == 1 and "There is no stage 7" in err
    code, _out, err = run(capsys, "formal", "warnings", "--within", "-3")
    assert code == 2
    code, _out, err = run(capsys, "formal", "document", "9")
    assert code == 1 and "There is no document 9" in err
    assert _state(coop) == before
    # --clear empties a date
    code, _out, _err = run(capsys, "formal", "update", "1", "--clear", "applied",
                          "--status", "not_started")
    assert code == 0 and fp.stage(coop, 1, TODAY).applied_on is None


def test_the_supervisory_committee_reads_but_may_not_write(
        coop: UnitOfWork, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    fp.add_stage(coop, "mining_zone", "Special reserve area")
    before = _state(coop)
    monkeypatch.setenv("COOPDESK_USER", "supervisory")
    code, _out, err = run(capsys, "formal", "add", "other", "Audit")
    assert code == 1 and "supervisory may not write the plans" in err
    code, _out, err = run(capsys, "formal", "update", "1", "--notes", "x")
    assert code == 1
    code, out, _err = run(capsys, "formal", "list")
    assert code == 0 and "Special reserve area" in out
    assert _state(coop) == before
