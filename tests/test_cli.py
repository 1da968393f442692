"""The CLI: every command's happy path, and exit status 1 with a message on a user error,
2 on bad usage."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.cli import main


@pytest.fixture
def coop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COOPDESK_PASSWORD", "secret1")
    monkeypatch.delenv("COOPDESK_DB", raising=False)
    monkeypatch.delenv("COOPDESK_LANG", raising=False)
    path = tmp_path / "c.coopdesk"
    assert main(["init", str(path), "--name", "Coopérative Minière de Kamituga",
                 "--currency", "CDF", "--country", "CD", "--language", "fr",
                 "--share-value", "5000"]) == 0
    return path


def run(path: Path, *args: str) -> int:
    return main(["--lang", "en", "--db", str(path), *args])


def test_init_and_verify(coop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(coop, "verify") == 0
    assert "verifies" in capsys.readouterr().out


def test_members_add_show_list_status(coop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(coop, "members", "add", "--first-names", "Aline", "--last-names", "Mwamba",
               "--sex", "F", "--born", "1990-02-03", "--role", "processor", "--status",
               "active", "--national-id", "CD-1") == 0
    assert run(coop, "members", "status", "1", "--to", "suspended", "--reason", "dues") == 0
    capsys.readouterr()
    assert run(coop, "members", "show", "1") == 0
    out = capsys.readouterr().out
    assert "Aline Mwamba" in out and "suspended" in out and "dues" in out
    assert run(coop, "members", "list", "--status", "suspended") == 0
    assert "Mwamba" in capsys.readouterr().out


def test_user_errors_exit_1_with_message(coop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(coop, "members", "add", "--first-names", "Petit", "--last-names", "Enfant",
               "--sex", "M", "--born", "2014-01-01", "--role", "digger")
    assert code == 1
    assert "minor cannot be registered" in capsys.readouterr().err
    assert run(coop, "members", "show", "99") == 1
    assert "no member number 99" in capsys.readouterr().err


def test_wrong_password_exit_1(coop: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COOPDESK_PASSWORD", "wrong-one")
    assert run(coop, "sites", "add", "Kamituga I") == 1
    assert "Wrong user name or password" in capsys.readouterr().err


def test_bad_usage_exit_2(coop: Path) -> None:
    with pytest.raises(SystemExit) as e:
        run(coop, "members", "frobnicate")
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        run(coop, "members", "add", "--born", "not-a-date")
    assert e.value.code == 2


def test_help_everywhere() -> None:
    for args in ([], ["members"], ["members", "import"], ["shares", "pay"], ["user", "add"]):
        proc = subprocess.run([sys.executable, "-m", "coopdesk", *args, "--help"],
                              capture_output=True, text=True)
        assert proc.returncode == 0, (args, proc.stderr)
        assert "usage: coopdesk" in proc.stdout


def test_verify_names_tampering(coop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(coop, "sites", "add", "Kamituga I", "--mineral", "gold")
    con = sqlite3.connect(coop)
    con.execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2")
    con.commit()
    con.close()
    assert run(coop, "verify") == 1
    assert "event #2" in capsys.readouterr().err


def test_users_sites_shares(coop: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COOPDESK_NEW_PASSWORD", "caisse1")
    assert run(coop, "user", "add", "tresor", "--name", "Trésorière", "--role", "treasurer") == 0
    assert run(coop, "user", "list") == 0
    assert "tresor" in capsys.readouterr().out
    assert run(coop, "sites", "add", "Kamituga I", "--mineral", "gold", "--lat", "-3.06",
               "--lon", "28.18") == 0
    assert run(coop, "members", "add", "--first-names", "Jean", "--last-names", "Bisimwa",
               "--sex", "M", "--born", "1980-01-01", "--role", "digger", "--status",
               "active") == 0
    assert run(coop, "shares", "subscribe", "--member", "1", "--shares", "2",
               "--date", "2026-01-05") == 0
    assert run(coop, "shares", "pay", "--member", "1", "--amount", "7000") == 0
    assert run(coop, "shares", "pay", "--member", "1", "--amount", "7000") == 1
    assert "owes 3000" in capsys.readouterr().err
    # The supervisory committee reads everything and changes nothing, from the CLI too.
    monkeypatch.setenv("COOPDESK_NEW_PASSWORD", "fiscal1")
    assert run(coop, "user", "add", "fiscal", "--role", "supervisory") == 0
    monkeypatch.setenv("COOPDESK_PASSWORD", "fiscal1")
    assert main(["--lang", "en", "--db", str(coop), "--user", "fiscal", "shares", "pay",
                 "--member", "1", "--amount", "100"]) == 1
    assert "may not record share capital operations" in capsys.readouterr().err
    assert main(["--db", str(coop), "--user", "fiscal", "shares", "list"]) == 0
    assert "subscription" in capsys.readouterr().out


def test_backup_and_restore(coop: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.coopdesk"
    assert run(coop, "backup", "-o", str(copy)) == 0
    assert run(coop, "sites", "add", "After the backup") == 0
    assert run(coop, "restore", str(copy)) == 0
    capsys.readouterr()
    assert run(coop, "sites", "list") == 0
    assert "After the backup" not in capsys.readouterr().out
    assert run(coop, "verify") == 0
    assert run(coop, "backup") == 0  # into the rotating folder
    assert list((tmp_path / "c.coopdesk.backups").glob("*manual*"))
    assert run(coop, "restore", str(tmp_path / "missing.coopdesk")) == 1


def test_export_and_cards(coop: Path, tmp_path: Path) -> None:
    run(coop, "members", "add", "--first-names", "Aline", "--last-names", "Mwamba", "--sex", "F",
        "--born", "1990-02-03", "--role", "processor", "--status", "active")
    assert run(coop, "members", "export", "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")) == 0
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "r.xlsx")
    texts = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row}
    assert "Mwamba" in texts
    assert run(coop, "members", "export", "-o", str(tmp_path / "r.pdf")) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert run(coop, "members", "cards", "-o", str(tmp_path / "cards.pdf")) == 0
    assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF")
    assert run(coop, "members", "export", "-o", str(tmp_path / "r.docx")) == 1


def test_import(coop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "socios.csv"
    csv.write_text("Nombres;Apellidos;Sexo;Fecha de nacimiento;Rol;Fecha de ingreso;Cédula\n"
                   "Ana;Quispe;F;01/02/1980;digger;01/01/2020;111\n"
                   "Niño;Quispe;M;01/02/2015;digger;01/01/2020;222\n", encoding="utf-8")
    assert run(coop, "members", "import", str(csv)) == 1
    assert "Row 3" in capsys.readouterr().err
    assert run(coop, "members", "list") == 0
    assert "Quispe" not in capsys.readouterr().out
    assert run(coop, "members", "import", str(csv), "--valid-only") == 0
    assert run(coop, "members", "import", str(csv), "--valid-only") == 0
    assert "0 member(s) created" in capsys.readouterr().out


def test_an_exported_register_imports_again(coop: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Excel out, Excel in: phones starting with + stay as typed (no visible quote), and the
    members sheet is found behind the summary sheet."""
    assert run(coop, "members", "add", "--first-names", "Aline", "--last-names", "Mwamba",
               "--sex", "F", "--born", "1990-02-03", "--role", "processor", "--status",
               "active", "--phone", "+243 990 000 111", "--national-id", "CD-77") == 0
    out = tmp_path / "register.xlsx"
    assert main(["--lang", "fr", "--db", str(coop), "members", "export", "-o", str(out)]) == 0
    from openpyxl import load_workbook

    cells = [c for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row]
    phone = next(c for c in cells if c.value == "+243 990 000 111")
    assert phone.data_type == "s" and phone.quotePrefix
    other = tmp_path / "other.coopdesk"
    assert main(["init", str(other), "--name", "Autre", "--currency", "CDF", "--country", "CD",
                 "--language", "fr"]) == 0
    capsys.readouterr()
    assert run(other, "members", "import", str(out)) == 0
    assert "1 member(s) created" in capsys.readouterr().out
    assert run(other, "members", "show", "1") == 0
    shown = capsys.readouterr().out
    assert "Aline Mwamba" in shown and "+243 990 000 111" in shown and "processor" in shown
