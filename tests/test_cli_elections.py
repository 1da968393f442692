"""Elections from a terminal (both databases): an election from its creation to its results
sheet and BLT file, plurality totals with a drawn lot, a BLT file imported; bad input names the
line or the member, exits non-zero and enters nothing."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from coopdesk import cli, cli_elections
from coopdesk.core import files
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import counting, services
from coopdesk.governance.ballots import read_blt
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status

NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Elena", "Cruz", "F"), ("Iván", "Poma", "M")]
APPLICANT = 13
PAPERS = "1 2\n1,3\n1 2 4\n1\n2 1\n3;4\n3 4 2\n4 3\n2 3\n\n"


@pytest.fixture(autouse=True)
def _election_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """``coopdesk election`` in the parser, until coopdesk.cli adds it itself."""
    real = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = real()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "election" not in sub.choices:
            def cmd(parent: Any, name: str, handler: cli.Handler,
                    help_text: str) -> argparse.ArgumentParser:
                sp: argparse.ArgumentParser = parent.add_parser(name, help=help_text,
                                                                description=help_text)
                sp.set_defaults(handler=handler)
                return sp

            cli_elections.add_commands(sub, cmd)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


@pytest.fixture
def coop(admin: UnitOfWork, target: str, monkeypatch: pytest.MonkeyPatch
         ) -> Iterator[UnitOfWork]:
    """Colombian bylaws; members 1-12 active with one paid share, 13 an applicant; the CLI
    pointed at the file."""
    services.save_bylaws(admin, dataclasses.replace(COLOMBIA))
    for first, last, sex in NAMES:
        n = members.register_member(admin, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                       "digger", dt.date(2020, 1, 1)),
                                    Status.ACTIVE)
        shares.subscribe(admin, n, 1, dt.date(2020, 1, 1))
        shares.pay(admin, n, Decimal(10000), dt.date(2020, 1, 2))
    members.register_member(admin, MemberInput("Luz", "Mendoza", "F", dt.date(1995, 1, 1),
                                               "digger", dt.date(2026, 5, 1)))
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
    yield admin
    for o in opened:
        o.db.dispose()


def election(*args: str) -> int:
    return cli.main(["--lang", "en", "election", *args])


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def _create(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert election("create", *args) == 0
    found = re.match(r"Election (\d+) created", out(capsys))
    assert found
    return found[1]


def _closed_paper(capsys: pytest.CaptureFixture[str], title: str, method: str, seats: int,
                  candidates: range, voters: range) -> str:
    eid = _create(capsys, title, "--method", method, "--seats", str(seats), "--entry", "paper")
    assert election("nominations", eid) == 0
    for n in candidates:
        assert election("nominate", eid, str(n), "--date", "2026-06-01") == 0
    assert election("open", eid) == 0
    for n in voters:
        assert election("check-off", eid, str(n)) == 0
    assert election("close", eid) == 0
    out(capsys)
    return eid


def test_an_election_from_creation_to_results(coop: UnitOfWork, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert election("list") == 0
    assert out(capsys).startswith("No election yet")
    eid = _create(capsys, "Consejo  2026", "--method", "stv", "--seats", "2", "--entry",
                  "paper")
    assert election("nominations", eid) == 0
    assert out(capsys) == f"Nominations are open for election {eid}.\n"
    for n in (1, 2, 3, 4):
        assert election("nominate", eid, str(n)) == 0
    assert out(capsys).splitlines()[-1] == ("Luis Condori (member 4) is candidate 4 on the "
                                            "ballot paper.")
    assert election("nominate", eid, str(APPLICANT)) == 1
    assert "Luz Mendoza (member 13) cannot stand: Not an active member." in \
        capsys.readouterr().err
    assert election("open", eid) == 0
    for n in range(1, 11):
        assert election("check-off", eid, str(n)) == 0
    assert out(capsys).splitlines()[-1] == "Member 10 checked off the roll (10 so far)."
    assert election("check-off", eid, str(APPLICANT)) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: Luz Mendoza (member 13) is not on the roll: the member is ")
    assert err.endswith("only active members vote.\n")
    assert election("check-off", eid, "3") == 1
    assert "was already checked off the roll (by admin)" in capsys.readouterr().err
    assert election("close", eid) == 0
    assert out(capsys) == "The poll is closed: 10 voter(s) checked off, 0 ballot(s).\n"

    bad = tmp_path / "bad.csv"
    bad.write_text("1 2\n2 1\n1 x 3\n", encoding="utf-8")
    assert election("paper", eid, str(bad)) == 1
    assert capsys.readouterr().err == ("Error: Line 3: 'x' is not a candidate's place on the "
                                       "paper (a number from 1 to 4).\n")
    bad.write_text("1 2\n2 2\n", encoding="utf-8")
    assert election("paper", eid, str(bad)) == 1
    assert "Line 2: candidate 2 is marked twice." in capsys.readouterr().err
    bad.write_text("1 2\n\n4 5\n", encoding="utf-8")
    assert election("paper", eid, str(bad)) == 1
    assert "Line 3: there is no candidate 5 on the paper (1 to 4)." in capsys.readouterr().err
    papers = tmp_path / "papers.csv"
    papers.write_text(PAPERS, encoding="utf-8")
    assert election("paper", eid, str(papers)) == 0
    assert out(capsys) == "10 paper(s) entered; 10 in the ballot box.\n"  # none before

    assert election("count", eid) == 0
    text = out(capsys)
    assert text.startswith("Elected, in order:\n  1. Rosa Quispe (member 1)\n  2. ")
    assert election("show", eid) == 0
    shown = out(capsys)
    assert shown.startswith(f"{eid}: Consejo 2026\nStage: counted\nMethod: Single "
                            "transferable vote")
    assert "  3. Eva Huanca (member 3)\n" in shown
    assert "Voters checked off the roll: 10; ballots: 10" in shown
    assert "Quota: 4" in shown and text.splitlines()[2] in shown

    assert election("list") == 0
    assert out(capsys).split("\t")[:6] == [eid, "counted", "stv", "2 seat(s)", "paper",
                                           "Consejo 2026"]

    blt = tmp_path / "consejo.blt"
    assert election("export-blt", eid, "-o", str(blt)) == 0
    assert out(capsys) == f"Written {blt}.\n"
    read, ballots = read_blt(blt.read_bytes())
    assert read.candidates == ("Rosa Quispe", "Juan Mamani", "Eva Huanca", "Luis Condori")
    assert sum(b.weight for b in ballots) == 10
    assert [f"  {n}. {read.candidates[c]}" for n, c in enumerate(
        counting.count("stv", read, ballots).elected, 1)] == [
        line.split(" (member")[0] for line in text.splitlines()[1:]]

    pdf, xlsx = tmp_path / "results.pdf", tmp_path / "results.xlsx"
    assert election("results", eid, "-o", str(pdf)) == 0
    assert election("results", eid, "-o", str(xlsx)) == 0
    assert out(capsys) == f"Written {pdf}.\nWritten {xlsx}.\n"
    assert pdf.read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(xlsx)
    cells = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row]
    assert "Election results" in cells and "Rosa Quispe" in cells
    assert book["Rounds"]["A1"].value == "Votes round by round"

    sheet = tmp_path / "papeletas.pdf"
    assert election("papers", eid, "--count", "5", "-o", str(sheet)) == 0
    assert sheet.read_bytes().startswith(b"%PDF")
    assert election("papers", eid, "--count", "0", "-o", str(sheet)) == 1
    assert capsys.readouterr().err.startswith("Error: --count: Print between 1 and 2000")

    # the file imported into a second paper election counts the same
    again = _closed_paper(capsys, "Consejo 2026 bis", "stv", 2, range(1, 5), range(1, 11))
    assert election("import-blt", again, str(blt)) == 0
    assert out(capsys) == f"10 paper(s) entered from {blt}.\n"
    assert election("count", again) == 0
    assert out(capsys) == text


def test_totals_a_lot_and_refusals(coop: UnitOfWork, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    eid = _create(capsys, "Tesorería", "--method", "plurality", "--seats", "1", "--entry",
                  "paper")
    blt = tmp_path / "t.blt"
    assert election("export-blt", eid, "-o", str(blt)) == 1
    assert "stage 'draft'" in capsys.readouterr().err and not blt.exists()
    assert election("results", eid, "-o", str(tmp_path / "r.pdf")) == 1
    assert "is not counted yet" in capsys.readouterr().err
    assert election("papers", eid, "--count", "3", "-o", str(tmp_path / "p.pdf")) == 1
    assert "has no candidates yet" in capsys.readouterr().err
    assert election("nominations", eid) == 0
    for n in (1, 2, 3):
        assert election("nominate", eid, str(n)) == 0
    assert election("open", eid) == 0
    for n in range(4, 11):
        assert election("check-off", eid, str(n)) == 0
    assert election("totals", eid, "1=3") == 1  # the poll is still open
    assert "stage 'poll open'" in capsys.readouterr().err
    assert election("close", eid) == 0
    out(capsys)
    with pytest.raises(SystemExit):  # argparse: the usage, exit 2
        cli.main(["--lang", "en", "election", "totals", eid])
    assert election("totals", eid, "1:3") == 2
    assert "'1:3' is not PLACE=COUNT" in capsys.readouterr().err
    assert election("totals", eid, "1=3", "2=3", "3=1", "--blank", "-1") == 1
    assert "--blank: Blank ballots cannot be negative." in capsys.readouterr().err
    assert election("totals", eid, "1=3", "2=3", "3=1") == 0
    assert out(capsys) == "7 paper(s) in the ballot box.\n"
    assert election("count", eid) == 1
    assert out(capsys) == (
        "Round 1: Rosa Quispe, Juan Mamani are tied for a seat. Draw a lot to choose the "
        "candidate to elect.\nDraw the lot, then enter it: coopdesk election lot "
        f"{eid} MEMBER --drawn-by NAME (MEMBER: one of 1, 2).\n")
    assert election("lot", eid, "3", "--drawn-by", "Nora Apaza") == 1
    assert "one of the tied candidates" in capsys.readouterr().err
    assert election("lot", eid, "2", "--drawn-by", " ") == 1
    assert "--drawn-by: Say who drew the lot." in capsys.readouterr().err
    assert election("lot", eid, "2", "--drawn-by", "Nora Apaza") == 0
    assert out(capsys) == "Elected, in order:\n  1. Juan Mamani (member 2)\n"
    assert election("show", eid) == 0
    assert "Lot 1: Juan Mamani (member 2), drawn by Nora Apaza." in out(capsys)
    assert election("export-blt", eid, "-o", "-") == 0
    assert out(capsys).splitlines()[:4] == ["3 1", "3 1 0", "3 2 0", "1 3 0"]

    other = _closed_paper(capsys, "Tesorería bis", "plurality", 1, range(1, 4), range(4, 11))
    wrong = tmp_path / "wrong.blt"
    wrong.write_text('3 1\n3 1 0\n0\n"Rosa Quispe"\n"Eva Huanca"\n"Juan Mamani"\n"t"\n',
                     encoding="utf-8")
    assert election("import-blt", other, str(wrong)) == 1
    assert capsys.readouterr().err == ("Error: Candidate 2 in the file is 'Eva Huanca'; on "
                                       "this election's paper it is 'Juan Mamani'.\n")
    wrong.write_text('3 1\n3 1 0\n2 1 2 0\n0\n"Rosa Quispe"\n"Juan Mamani"\n"Eva Huanca"\n',
                     encoding="utf-8")
    assert election("import-blt", other, str(wrong)) == 1
    assert capsys.readouterr().err == ("Error: Line 3: at most 1 marks on this ballot; it has "
                                       "2.\n")
    assert election("paper", other, str(tmp_path / "missing.csv")) == 1
    assert "missing.csv cannot be read" in capsys.readouterr().err
    assert election("show", other) == 0
    assert "Voters checked off the roll: 7; ballots: 0" in out(capsys)  # nothing entered
