"""The books from a terminal: init with a chart, the journal, the cash book, production,
import, export and reports; user errors exit 1 with a message."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from coopdesk.cli import main

TODAY = dt.date.today()
DAY = dt.date(TODAY.year, 1, 15).isoformat()


@pytest.fixture
def coop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COOPDESK_PASSWORD", "secret1")
    monkeypatch.delenv("COOPDESK_DB", raising=False)
    monkeypatch.delenv("COOPDESK_LANG", raising=False)
    path = tmp_path / "c.coopdesk"
    assert main(["init", str(path), "--name", "Coopérative Minière de Kamituga",
                 "--currency", "CDF", "--country", "CD", "--language", "fr",
                 "--share-value", "5000", "--chart", "syscohada"]) == 0
    assert run(path, "members", "add", "--first-names", "Aline", "--last-names", "Mwamba",
               "--sex", "F", "--born", "1990-02-03", "--role", "processor", "--status",
               "active") == 0
    return path


def run(path: Path, *args: str) -> int:
    return main(["--lang", "en", "--db", str(path), *args])


def test_init_installs_the_chosen_chart(coop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(coop, "books", "accounts") == 0
    out = capsys.readouterr().out
    assert "5711\t" in out and "[share_capital]" in out
    assert run(coop, "books", "roles") == 0
    assert "cash\t5711" in capsys.readouterr().out


def test_cash_journal_and_reversal(coop: Path, capsys: pytest.CaptureFixture[str],
                                   tmp_path: Path) -> None:
    scan = tmp_path / "recu.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    assert run(coop, "cash", "receipt", "premium", "250000", "--date", DAY, "--place", "bank",
               "--attach", str(scan)) == 0
    assert run(coop, "cash", "payment", "fuel", "40000", "--date", DAY) == 0
    assert run(coop, "shares", "subscribe", "--member", "1", "--shares", "2", "--date",
               DAY) == 0
    assert run(coop, "shares", "pay", "--member", "1", "--amount", "10000", "--date", DAY,
               "--via", "mobile_money") == 0
    assert run(coop, "journal", "post", "--date", DAY, "--description", "Bank fees",
               "--line", "631:1500:", "--line", "521::1500") == 0
    assert run(coop, "journal", "reverse", str(TODAY.year), "4", "--reason", "wrong bank",
               "--date", DAY) == 0
    capsys.readouterr()
    assert run(coop, "journal", "list") == 0
    out = capsys.readouterr().out
    assert "-> 5" in out and "<- 4" in out and "Share payment, member 1" in out
    assert run(coop, "books", "accounts") == 0
    out = capsys.readouterr().out
    assert "552\t" in out and "10000" in out


def test_user_errors(coop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(coop, "journal", "post", "--date", DAY, "--description", "x",
               "--line", "631:10:", "--line", "521::9") == 1
    assert "does not balance" in capsys.readouterr().err
    assert run(coop, "cash", "payment", "premium", "10") == 1
    assert "not a kind of payment" in capsys.readouterr().err
    assert run(coop, "cash", "payment", "fuel", "-5", "--date", DAY) == 1
    assert "more than zero" in capsys.readouterr().err
    assert run(coop, "journal", "post", "--description", "x", "--line", "631") == 2
    assert run(coop, "production", "sell", "Buyer", "100", "--lot", "9:1", "--date", DAY) == 1
    assert "no production lot 9" in capsys.readouterr().err
    assert run(coop, "production", "lot", "--grams", "doce", "--fineness", "900",
               "--member", "1") == 1
    assert "--grams: 'doce' is not a number." in capsys.readouterr().err
    assert run(coop, "production", "sell", "Buyer", "100", "--lot", "x:1") == 1
    assert "--lot: 'x' is not a whole number." in capsys.readouterr().err


def test_production_from_the_terminal(coop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(coop, "production", "lot", "--grams", "12.5", "--fineness", "900",
               "--member", "1", "--date", DAY) == 0
    assert run(coop, "production", "lot", "--grams", "20", "--fineness", "880",
               "--group", "Puits 3", "--miners", "4", "--date", DAY) == 0
    assert run(coop, "production", "buy", "1", "150000", "--lot", "1", "--date", DAY) == 0
    assert run(coop, "production", "sell", "Fair Gold SARL", "160000", "--lot", "1:12.5",
               "--lot", "2:5", "--premium", "300000", "--date", DAY) == 0
    capsys.readouterr()
    assert run(coop, "production", "list") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t")[-1] == "12.5" and out[1].split("\t")[-1] == "5"


def test_import_opening_balances_and_entries(coop: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Compte", "Membre", "Débit", "Crédit"])
    ws.append(["5711", None, 70000, None])
    ws.append(["1013", 1, None, 20000])
    ws.append(["111", None, None, 50000])
    f = tmp_path / "ouverture.xlsx"
    wb.save(f)
    year = str(TODAY.year)
    assert run(coop, "journal", "import", str(f), "--year", year) == 0
    assert "1 entries imported" in capsys.readouterr().out
    assert run(coop, "journal", "import", str(f), "--year", year) == 1
    assert "already imported" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text(f"date,account,debit,credit\n{DAY},5711,5,\n{DAY},9999,,5\n")
    assert run(coop, "journal", "import", str(bad)) == 1
    assert "Row 3, account: There is no account 9999." in capsys.readouterr().err


def test_export_for_hledger_and_reports(coop: Path, tmp_path: Path) -> None:
    assert run(coop, "cash", "receipt", "premium", "250000", "--date", DAY) == 0
    assert run(coop, "cash", "payment", "fuel", "40000", "--date", DAY) == 0
    journal = tmp_path / "coop.journal"
    assert run(coop, "journal", "export", "--format", "ledger", "-o", str(journal)) == 0
    text = journal.read_text()
    assert "250000" in text
    if shutil.which("hledger"):
        out = subprocess.run(["hledger", "-f", str(journal), "bal", "--flat", "-N"],
                             capture_output=True, text=True, check=True).stdout
        assert "210000" in out
    start, end = f"{TODAY.year}-01-01", f"{TODAY.year}-12-31"
    for name in ("trial-balance", "income-statement", "balance-sheet", "cash-book",
                 "general-ledger", "production-sales"):
        for fmt in ("pdf", "xlsx", "csv"):
            out_path = tmp_path / f"{name}.{fmt}"
            assert run(coop, "report", name, "--from", start, "--to", end, "--format", fmt,
                       "-o", str(out_path)) == 0, (name, fmt)
            assert out_path.stat().st_size > 0
    assert run(coop, "report", "member-statement", "--member", "1", "--from", start, "--to",
               end, "-o", str(tmp_path / "m.pdf")) == 0
    assert run(coop, "report", "account-statement", "--account", "5711", "--from", start,
               "--to", end, "-o", str(tmp_path / "a.xlsx")) == 0
    assert run(coop, "report", "account-statement", "--from", start, "--to", end, "-o",
               str(tmp_path / "a.pdf")) == 1
