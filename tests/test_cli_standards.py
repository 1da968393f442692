"""Standards from a terminal (both databases): the list with progress, a checklist, an
assessment, evidence from a record, a file and the register, an improvement action, the
indicators and the standards report; bad input names the option, exits 1 and writes nothing;
the supervisory committee reads but may not write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from coopdesk import cli
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import standards
from coopdesk.plans.models import AssessmentRow
from tests.test_indicators import build_coop


@pytest.fixture
def coop(cli_env: UnitOfWork) -> tuple[UnitOfWork, dict[str, int]]:
    admin = cli_env
    ids = build_coop(admin)
    return admin, ids


def run(*args: str, user: str = "secretary") -> int:
    return cli.main(["--lang", "en", "--user", user, *args])


def assessments(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(AssessmentRow)) or 0)


def test_the_standards_from_a_terminal(coop: tuple[UnitOfWork, dict[str, int]],
                                       capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    uow, ids = coop
    assert run("standard", "assess", "craft", "2.4", "--level", "met", "--note",
               "Acta de marzo") == 0
    assert capsys.readouterr().out.strip() == "craft 2.4: Met."
    assert run("standard", "assess", "craft", "1.2", "--level", "partly_met") == 0
    assert run("standard", "evidence", "craft", "2.4", "--kind", "minutes", "--ref",
               str(ids["march"])) == 0
    assert "linked to craft 2.4" in capsys.readouterr().out
    assert run("standard", "evidence", "craft", "2.3", "--kind", "register") == 0
    plan = tmp_path / "plan-seguridad.pdf"
    plan.write_bytes(b"%PDF-1.4 plan")
    assert run("standard", "evidence", "craft", "5.1", "--file", str(plan)) == 0
    capsys.readouterr()

    assert run("standard", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    # (1 + 0.66) / 27
    assert lines[0].split("\t")[:3] == ["craft", "CRAFT 2.0", "6.1 % met"]
    assert "met 1" in lines[0] and "partly met 1" in lines[0]
    assert lines[1].startswith("fairmined\tFairmined 2.0\t0 % met")

    assert run("standard", "show", "craft", "-v") == 0
    text = capsys.readouterr().out
    assert "  2.4\t[Met " in text and "Decisions taken by the members" in text
    assert "evidence 1: Minutes no. 4: Asamblea ordinaria 2026 (2026-03-15)" in text
    assert "Member register on" in text and "plan-seguridad.pdf" in text
    assert f"suggested: Training: Sostenimiento de túneles (2026-02-10) (--kind training " \
           f"--ref {ids['safety']})" in text

    assert run("standard", "indicators", "--on", "2026-10-31") == 0
    text = capsys.readouterr().out
    assert "Members under 21 on the register: 1  (target: 0)  CHECK" in text
    assert "General assemblies in the last 12 months: 2" in text

    pytest.importorskip("coopdesk.plans.activities")
    today = dt.date.today()
    assert run("standard", "action", "craft", "5.4", "--title", "Comprar retortas",
               "--from", today.isoformat(), "--to", (today + dt.timedelta(days=90)).isoformat(),
               "--responsible", "2", "--budget", "1500000") == 0
    assert "added to the action plan for craft 5.4" in capsys.readouterr().out
    view = standards.checklist(uow, "craft").find("5.4")
    assert view is not None and [a.title for a in view.activities] == ["Comprar retortas"]

    out = tmp_path / "standards.xlsx"
    assert run("report", "standards", "--standard", "craft", "--to", "2026-10-31", "-o",
               str(out)) == 0
    book = openpyxl.load_workbook(out)
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    assert "CRAFT 2.0" in cells and "Comprar retortas" in " ".join(cells)
    assert any("Minutes no. 4" in c for c in cells)


def test_bad_input_and_rights(coop: tuple[UnitOfWork, dict[str, int]],
                              capsys: pytest.CaptureFixture[str]) -> None:
    uow, ids = coop
    assert run("standard", "assess", "craft", "9.9", "--level", "met") == 1
    assert "CRAFT 2.0 has no requirement “9.9”" in capsys.readouterr().err
    assert run("standard", "assess", "craft", "2.4", "--level", "met", "--on",
               (dt.date.today() + dt.timedelta(days=3)).isoformat()) == 1
    assert "--on: The assessment's date" in capsys.readouterr().err
    assert run("standard", "evidence", "craft", "2.4", "--kind", "minutes", "--ref",
               str(ids["open"])) == 1
    assert "--ref: The minutes of “Asamblea de septiembre” are not final" in \
        capsys.readouterr().err
    assert run("standard", "evidence", "craft", "2.4") == 1
    assert "--kind: say what kind of evidence" in capsys.readouterr().err
    assert run("standard", "assess", "craft", "2.4", "--level", "met",
               user="supervisory") == 1
    assert assessments(uow) == 0
    assert run("standard", "list", user="supervisory") == 0
