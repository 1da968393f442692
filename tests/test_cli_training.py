"""Training and incidents from a terminal (both databases): a session added, its attendance
taken and corrected, a member's history; an incident recorded and closed; the two reports;
bad input names the option, exits 1 and writes nothing; the supervisory committee cannot
write."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from coopdesk import cli, cli_training
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import training

TODAY = dt.date.today()
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M")]


@pytest.fixture
def coop(cli_env: UnitOfWork) -> UnitOfWork:
    admin = cli_env
    for first, last, sex in NAMES:
        members.register_member(admin, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                   "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    members.add_site(admin, "Mina La Esperanza", "gold")
    return admin


def run(*args: str, user: str = "secretary") -> int:
    return cli.main(["--lang", "en", "--user", user, *args])


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def test_a_session_and_its_attendance(coop: UnitOfWork, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    day = (TODAY - dt.timedelta(days=7)).isoformat()
    assert run("training", "add", "Primeros auxilios", "--theme", "first_aid", "--trainer",
               "Cruz Roja", "--on", day, "--minutes", "240", "--place", "Salón") == 0
    assert out(capsys) == "Training session 1 added.\n"
    assert run("training", "attend", "1", "1", "2") == 0
    assert out(capsys) == "2 attended session 1.\n"
    assert run("training", "attend", "1", "3") == 0
    assert out(capsys) == "3 attended session 1.\n"
    assert run("training", "absent", "1", "2") == 0
    assert out(capsys) == "Member 2 taken off the list; 2 attended session 1.\n"
    assert run("training", "show", "1") == 0
    assert out(capsys).splitlines() == [
        f"1\t{day}\tPrimeros auxilios",
        "Theme: First aid; trainer: Cruz Roja; place: Salón; length: 4.0 h",
        "2 attended (2 women):", "  1\tRosa Quispe\tF", "  3\tEva Huanca\tF"]
    assert run("training", "list") == 0
    assert out(capsys) == (f"1\t{day}\tFirst aid\tPrimeros auxilios\tCruz Roja\t4.0 h\t"
                           "2 attended (2 women)\n")
    assert run("training", "list", "--theme", "safety") == 0
    assert out(capsys).startswith("No training session from")
    assert run("training", "member", "1") == 0
    assert out(capsys).splitlines() == [
        "Rosa Quispe (member 1): 1 session(s), 4.0 h",
        f"{day}\tFirst aid\tPrimeros auxilios\tCruz Roja\t4.0 h",
        "By theme:", "  First aid\t1\t4.0 h"]


def test_bad_attendance_names_everyone_and_writes_nothing(
        coop: UnitOfWork, capsys: pytest.CaptureFixture[str]) -> None:
    sid = training.add_session(coop, TODAY, "Estatuto", "governance", "Secretario")
    members.change_status(coop, 4, Status.SUSPENDED, TODAY, "dues")
    assert run("training", "attend", str(sid), "1", "4", "50", "51") == 1
    err = capsys.readouterr().err
    assert "3 of the members named cannot be on the attendance list" in err
    assert "There is no member number 50." in err and "There is no member number 51." in err
    assert "Luis Condori (member 4) is not an active member." in err
    assert training.session_detail(coop, sid).attendees == ()
    assert run("training", "add", "  ", "--theme", "safety", "--trainer", "ANM") == 1
    assert capsys.readouterr().err == "Error: TOPIC: Say what the session was about.\n"
    assert len(training.sessions(coop)) == 1


def test_incidents(coop: UnitOfWork, capsys: pytest.CaptureFixture[str]) -> None:
    day = (TODAY - dt.timedelta(days=3)).isoformat()
    assert run("incident", "add", "mercury_use", "Amalgamación", "--on", day, "--site", "1",
               "--mercury", "120,5") == 0
    assert out(capsys) == "Incident 1 recorded.\n"
    assert run("incident", "add", "accident", "Caída en el pique", "--severity", "serious",
               "--member", "2", "--on", day) == 0
    assert out(capsys) == "Incident 2 recorded.\n"
    assert run("incident", "close", "2", "--action", "Baranda instalada") == 0
    assert out(capsys) == "Incident 2 closed.\n"
    assert run("incident", "close", "2", "--action", "Otra") == 1
    assert "is not reopened" in capsys.readouterr().err
    assert run("incident", "list", "--open") == 0
    assert out(capsys) == f"1\t{day}\tMercury used\tminor\tOPEN\t120.500 g mercury\tAmalgamación\n"
    assert run("incident", "show", "2") == 0
    lines = out(capsys).splitlines()
    assert lines[0] == (f"2\t{day}\tAccident\tSERIOUS\tclosed {TODAY.isoformat()}\t"
                        "Caída en el pique")
    assert "Member: Juan Mamani (2)" in lines
    assert "Action taken: Baranda instalada" in lines
    # Bad input: a day ahead, mercury missing; nothing written.
    ahead = (TODAY + dt.timedelta(days=1)).isoformat()
    assert run("incident", "add", "accident", "Golpe", "--on", ahead) == 1
    assert capsys.readouterr().err.startswith("Error: --on: An incident cannot be recorded")
    assert run("incident", "add", "mercury_spill", "Derrame") == 1
    assert capsys.readouterr().err.startswith("Error: --mercury: Say how many grams")
    assert len(training.incidents(coop)) == 2
    # The supervisory committee reads but does not write.
    assert run("incident", "add", "accident", "Golpe", user="supervisory") == 1
    assert "may not" in capsys.readouterr().err
    assert run("incident", "list", user="supervisory") == 0
    assert len(out(capsys).splitlines()) == 2


def test_the_reports(coop: UnitOfWork, tmp_path: Path) -> None:
    sid = training.add_session(coop, TODAY - dt.timedelta(days=20), "Seguridad minera",
                               "safety", "ANM", minutes=120)
    training.set_attendance(coop, sid, [1, 2, 3])
    training.record_incident(coop, TODAY - dt.timedelta(days=2), "near_miss", "minor", "Roca")
    args = argparse.Namespace(name="training", start=None, end=None, year=None, plan=None,
                              standard=None)
    doc = cli_training.report(coop, args)
    assert doc.title == "Training report"
    path = tmp_path / "training.xlsx"
    from coopdesk.reports.output import export

    export(coop, doc, path, "xlsx")
    rows = list(openpyxl.load_workbook(path)["Sessions"].iter_rows(values_only=True))
    assert rows[1][1:] == ("Seguridad minera", "Safety at work", "ANM", 2, 3, 2)
    args.name = "incidents"
    args.start = TODAY - dt.timedelta(days=10)
    doc = cli_training.report(coop, args)
    assert doc.title == "Incident register"
    assert doc.subtitle is not None and args.start.strftime("%Y") in doc.subtitle
    export(coop, doc, tmp_path / "incidents.pdf", "pdf")
    assert (tmp_path / "incidents.pdf").read_bytes().startswith(b"%PDF")
