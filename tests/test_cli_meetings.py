"""Meetings, officers and grievances from a terminal (both databases): a whole assembly from its
creation to its signed minutes, the officers and their warnings, the register of grievances
open to the secretary and closed to the treasurer; bad input names the field, exits 1 and
writes nothing."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from coopdesk import cli, cli_meetings
from coopdesk.core import files
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import grievances, meetings, officers, services
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from tests.conftest import add_role_users, login

BOARD = "Consejo de Administración"
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Elena", "Cruz", "F"), ("Iván", "Poma", "M")]
SUSPENDED = 13


@pytest.fixture(autouse=True)
def _meeting_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """``coopdesk meeting``, ``officers`` and ``grievance`` in the parser, until coopdesk.cli
    adds them itself."""
    real = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = real()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "meeting" not in sub.choices:
            def cmd(parent: Any, name: str, handler: cli.Handler,
                    help_text: str) -> argparse.ArgumentParser:
                sp: argparse.ArgumentParser = parent.add_parser(name, help=help_text,
                                                                description=help_text)
                sp.set_defaults(handler=handler)
                return sp

            cli_meetings.add_commands(sub, cmd)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)


@pytest.fixture
def coop(admin: UnitOfWork, target: str, monkeypatch: pytest.MonkeyPatch
         ) -> Iterator[UnitOfWork]:
    """Colombian bylaws; members 1-12 active with a paid share, 13 suspended; a user for each
    role; the CLI pointed at the file."""
    services.save_bylaws(admin, COLOMBIA)
    for first, last, sex in NAMES:
        n = members.register_member(admin, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                       "digger", dt.date(2020, 1, 1)),
                                    Status.ACTIVE)
        shares.subscribe(admin, n, 1, dt.date(2020, 1, 1))
        shares.pay(admin, n, Decimal(10000), dt.date(2020, 1, 2))
    members.register_member(admin, MemberInput("Pedro", "Sirpa", "M", dt.date(1975, 1, 1),
                                               "digger", dt.date(2018, 1, 1)), Status.ACTIVE)
    members.change_status(admin, SUSPENDED, Status.SUSPENDED, dt.date(2026, 1, 5),
                          "unpaid dues")
    add_role_users(admin)
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


def run(*args: str, user: str = "secretary") -> int:
    return cli.main(["--lang", "en", "--user", user, *args])


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def _opened(capsys: pytest.CaptureFixture[str]) -> str:
    """An assembly created, convened and opened from the CLI; its id."""
    when = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(minutes=5)
    assert run("meeting", "create", "ordinary_assembly", "Assembly", "--at",
               when.strftime("%Y-%m-%d %H:%M"), "--place", "Community hall",
               "--item", "Quorum and agenda", "--item", "Accounts of 2025") == 0
    found = re.match(r"Meeting (\d+) created\.", out(capsys))
    assert found
    mid = found[1]
    assert run("meeting", "convene", mid, "--on",
               (when.date() - dt.timedelta(days=30)).isoformat()) == 0
    assert run("meeting", "open", mid, "--chair", "Rosa Quispe",
               "--secretary", "Juan Mamani") == 0
    assert out(capsys).splitlines()[-1] == f"Meeting {mid} is open: 12 entitled to attend."
    return mid


def test_an_assembly_from_the_cli(coop: UnitOfWork, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    mid = _opened(capsys)
    assert run("meeting", "item", mid, "Any other business") == 0
    assert out(capsys) == "Item 3 added to the agenda.\n"
    for n in range(1, 6):
        assert run("meeting", "check-in", mid, str(n)) == 0
    assert out(capsys).splitlines()[-1] == "1 more member needed."
    assert run("meeting", "check-in", mid, "6", "--by", "name") == 0
    assert out(capsys).startswith("Quorum reached: 6 present or represented, 6 needed.")
    assert run("meeting", "quorum", mid) == 0
    assert out(capsys).splitlines() == [
        "Quorum reached: 6 present or represented, 6 needed.",
        "Needed 6 (first call); present or represented 6."]
    assert run("meeting", "motion", mid, "2", "Approve the accounts of 2025", "--type",
               "ordinary", "--yes", "5", "--no", "1", "--abstain", "0") == 0
    lines = out(capsys).splitlines()
    assert re.fullmatch(r"Motion \d+ PASSED: resolution \d{4}-001\.", lines[0])
    assert lines[1].startswith("Passed: 5 in favour")
    minutes = tmp_path / "item2.txt"
    minutes.write_text("The treasurer presented the accounts.\nQuestions were answered.\n",
                       encoding="utf-8")
    assert run("meeting", "minutes", mid, "2", "--file", str(minutes)) == 0
    assert run("meeting", "minutes", mid, "1", "--text", "Six present.") == 0
    assert run("meeting", "close", mid) == 0
    info = meetings.meeting_info(coop, mid_int := int(mid))
    assert info.items[1].minutes == ("The treasurer presented the accounts.\n"
                                     "Questions were answered.")
    assert info.status == meetings.CLOSED
    out(capsys)
    assert run("meeting", "sign", mid, user="president") == 0
    said = out(capsys)
    assert "Signed by president (president) on " in said
    assert "The other signature is still needed." in said
    assert run("meeting", "sign", mid, user="secretary") == 0
    said = out(capsys)
    info = meetings.meeting_info(coop, mid_int)
    assert info.status == meetings.FINAL and info.digest
    assert f"Minutes book No. 1, digest {info.digest[:16]}" in said
    assert "The minutes are final." in said
    assert run("meeting", "list") == 0
    line = out(capsys).splitlines()[0].split("\t")
    assert (line[0], line[2], line[3], line[4], line[5]) == (
        mid, "minutes final", "Ordinary general assembly", "Assembly", "minutes No. 1")
    assert run("meeting", "show", mid) == 0
    shown = out(capsys)
    assert "  2. Accounts of 2025\n    The treasurer presented the accounts.\n" in shown
    assert "Entitled 12, present 6, represented 0" in shown
    assert "[Ordinary decision] - PASSED, resolution" in shown
    # The papers, through 'coopdesk report'.
    sheet = tmp_path / "attendance.xlsx"
    assert run("report", "attendance", "--meeting", mid, "-o", str(sheet)) == 0
    rows = list(openpyxl.load_workbook(sheet).worksheets[0].iter_rows(values_only=True))
    assert next(r for r in rows if r[0] == 6)[:3] == (6, "Marco Choque", "yes")
    assert run("report", "minutes", "--meeting", mid, "-o", str(tmp_path / "m.pdf")) == 0
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_bad_motions_and_check_ins(coop: UnitOfWork, capsys: pytest.CaptureFixture[str]
                                   ) -> None:
    mid = _opened(capsys)
    for n in range(1, 8):
        assert run("meeting", "check-in", mid, str(n)) == 0
    out(capsys)
    assert run("meeting", "motion", mid, "2", "Approve", "--type", "ordinary", "--yes", "6",
               "--no", "2", "--abstain", "0") == 1
    err = capsys.readouterr().err
    assert err == ("Error: --yes/--no/--abstain/--invalid: 8 ballots cast but only 7 present "
                   "or represented.\n")
    assert run("meeting", "motion", mid, "2", "Buy", "--type", "ordinary",
               "--vote", "1=yes", "--vote", "9=yes") == 1
    assert capsys.readouterr().err == ("Error: --vote 9: Nora Apaza (member 9) is not in the "
                                       "room and cannot vote.\n")
    assert run("meeting", "motion", mid, "7", "Buy", "--type", "ordinary", "--yes", "6",
               "--no", "0", "--abstain", "0") == 1
    assert "the agenda of meeting" in capsys.readouterr().err
    assert run("meeting", "check-in", mid, str(SUSPENDED)) == 1
    assert capsys.readouterr().err == ("Error: MEMBER: Pedro Sirpa (member 13) is not on the "
                                       "roll: only active members attend and vote.\n")
    assert run("meeting", "check-in", mid, "3") == 1
    assert "already checked in" in capsys.readouterr().err
    assert meetings.meeting_info(coop, int(mid)).resolutions == []
    assert meetings.meeting_info(coop, int(mid)).present == 7
    assert run("meeting", "check-out", mid, "7") == 0
    assert out(capsys) == "Quorum reached: 6 present or represented, 6 needed.\n"
    assert meetings.meeting_info(coop, int(mid)).present == 6
    with pytest.raises(SystemExit) as usage:
        run("meeting", "create", "ordinary_assembly", "X", "--at", "tomorrow")
    assert usage.value.code == 2
    assert "'tomorrow' is not a date and time" in capsys.readouterr().err


def test_officers(coop: UnitOfWork, capsys: pytest.CaptureFixture[str]) -> None:
    for n in (1, 2, 3, 4):
        assert run("officers", "add", str(n), BOARD, "--from", "2025-01-01") == 0
    said = out(capsys).splitlines()
    assert re.fullmatch(rf"Mandate \d+: member 4 as {BOARD}\.", said[-1])
    assert run("officers", "--on", "2026-11-15") == 0
    lines = out(capsys).splitlines()
    rows = [ln.split("\t") for ln in lines if not ln.startswith("Warning")]
    assert rows[0][1:] == [BOARD, "1", "Rosa Quispe", "2025-01-01 - 2026-12-31",
                           "46 days left"]
    assert ("Warning: Rosa Quispe's term as Consejo de Administración ends on 2026-12-31 "
            "(46 days).") in lines
    assert f"Warning: {BOARD}: 4 of 5 seats filled." in lines
    mandate = rows[3][0]
    assert run("officers", "end", mandate, "--on", "2026-05-31", "--reason", "Resigned") == 0
    assert run("officers", "list", "--on", "2026-06-01") == 0
    assert [ln.split("\t")[2] for ln in out(capsys).splitlines()[1:]
            if not ln.startswith("Warning")] == ["1", "2", "3"]
    assert run("officers", "--all") == 0
    assert "ended 2026-05-31: Resigned" in out(capsys)
    assert run("officers", "end", mandate, "--on", "2026-06-01", "--reason", "x") == 1
    assert "already ended" in capsys.readouterr().err
    assert run("officers", "add", "5", "King", "--from", "2025-01-01") == 1
    assert capsys.readouterr().err == ("Error: POSITION: The bylaws have no position named "
                                       "King.\n")
    assert len(officers.officers(coop, everyone=True)) == 4


def test_grievances_for_the_secretary_not_the_treasurer(
        coop: UnitOfWork, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("grievance", "open", "--category", "payment", "--parties",
               "Luis Condori; the treasurer", "--summary", "Gold weighed short.",
               "--on", "2026-05-01") == 0
    found = re.fullmatch(r"Grievance (\d+) opened\.\n", out(capsys))
    assert found
    gid = found[1]
    assert run("grievance", "step", gid, "--kind", "mediation", "--note", "Both heard.",
               "--on", "2026-05-08") == 0
    assert run("grievance", "list", "--open") == 0
    lines = out(capsys).splitlines()
    assert lines[1].split("\t")[:4] == [gid, "2026-05-01", "in mediation",
                                        "Payments and benefit sharing"]
    assert lines[2] == "    2026-05-08\tMediation\tBoth heard.\tsecretary"
    assert run("grievance", "list", user="treasurer") == 1
    assert capsys.readouterr().err == (
        "Error: treasurer may not see the register of grievances: the bylaws open it to "
        "president, secretary, supervisory committee only.\n")
    assert run("grievance", "open", "--category", "work", "--parties", "A", "--summary", "B",
               user="treasurer") == 1
    capsys.readouterr()
    assert run("grievance", "close", gid, "--outcome", "Paid the difference.", "--resolved",
               "--on", "2026-05-20") == 0
    assert run("grievance", "list", "--open") == 0
    assert out(capsys).splitlines()[-1] == "No grievance."
    assert run("grievance", "step", gid, "--kind", "note", "--note", " ") == 1
    assert capsys.readouterr().err == "Error: --note: Say what happened at this step.\n"
    g = grievances.grievances(login(coop.db, "secretary"))
    assert [(x.status, x.outcome) for x in g] == [(grievances.RESOLVED, "Paid the difference.")]
