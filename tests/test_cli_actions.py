"""The action plan and the budget from a terminal (both databases): activities added, changed,
reported on, tagged by entry and by line, listed with overdue ones said in words and shown;
a budget started, set from pairs and from a CSV file, proposed from last year, approved by the
assembly's motion and compared; the reports action-plan and budget; bad input names the option,
exits 1 and writes nothing; the supervisory committee is refused."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coopdesk import cli, cli_actions
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import activities as acts
from coopdesk.plans import budgets
from tests.test_activities import Books, line_ids, set_up_books


@pytest.fixture
def coop(cli_env: UnitOfWork) -> tuple[UnitOfWork, Books]:
    admin = cli_env
    made = set_up_books(admin)
    return admin, made


def run(*args: str, user: str = "treasurer") -> int:
    return cli.main(["--lang", "en", "--user", user, *args])


def test_activities_from_the_terminal(coop: tuple[UnitOfWork, Books],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    uow, b = coop
    assert run("activity", "add", "Helmets for all", "--from", "2026-01-05", "--to",
               "2026-04-30", "--responsible", "2", "--budget", "4.000,50",
               "--indicator", "diggers equipped", "--requirement", "craft:2.1") == 0
    assert capsys.readouterr().out == "Activity 1 added.\n"
    assert run("activity", "add", "Dryer", "--from", "2026-02-01", "--to", "2026-05-31",
               "--budget", "2000") == 0
    a = acts.activity(uow, 1)
    assert (a.budget, a.responsible, a.requirement) == (Decimal("4000.50"), 2, "craft:2.1")
    assert run("activity", "update", "1", "--title", "PPE for all", "--responsible", "0") == 0
    assert (acts.activity(uow, 1).title, acts.activity(uow, 1).responsible) == (
        "PPE for all", None)
    assert run("activity", "progress", "1", "--status", "done", "--on", "2026-04-30",
               "--note", "delivered") == 0
    assert run("activity", "tag", "1", "--entry", f"2026:{b.entries['helmets'][1]}") == 0
    kits = line_ids(uow, b.entries["kits"])
    assert run("activity", "tag", "2", "--line", str(kits[0])) == 0
    capsys.readouterr()
    assert run("activity", "list", "--year", "2026", "--on", "2026-06-30") == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split("\t") == ["1", "PPE for all", "-", "2026-01-05", "2026-04-30",
                                     "4000.50", "4520.00", "-519.50", "done", "100%"]
    assert listed[1].split("\t")[8] == "OVERDUE - planned"
    assert run("activity", "list", "--overdue", "--on", "2026-06-30") == 0
    assert [ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines()] == ["2"]
    assert run("activity", "show", "1") == 0
    shown = capsys.readouterr().out
    assert "Budget 4000.50, actual 4520.00, variance -519.50" in shown
    assert "2026-04-30\tdone\t100%\tdelivered\ttreasurer" in shown
    assert f"2026/{b.entries['helmets'][1]}" in shown
    assert run("activity", "untag", "--line", str(kits[0])) == 0
    assert acts.activity(uow, 2).actual == Decimal(0)

    # bad input names the option; nothing written
    capsys.readouterr()
    assert run("activity", "add", "X", "--from", "2026-05-01", "--to", "2026-04-01") == 1
    assert "--to: The activity ends (2026-04-01) before it starts" in capsys.readouterr().err
    assert run("activity", "progress", "1", "--status", "in_progress",
               "--progress", "120") == 1
    assert "--progress: The progress is a whole per cent" in capsys.readouterr().err
    assert run("activity", "tag", "2", "--entry", "2026:999") == 1
    assert "--entry: There is no posted entry 2026/999." in capsys.readouterr().err
    assert run("activity", "tag", "2", "--entry", "nonsense") == 2
    assert run("activity", "tag", "2", "--line", str(line_ids(uow, b.entries["helmets"])[0])
               ) == 1
    assert "already tagged to activity 1" in capsys.readouterr().err
    assert len(acts.activities(uow)) == 2
    # the supervisory committee reads, and may not write
    assert run("activity", "add", "Y", "--from", "2026-05-01", "--to", "2026-06-01",
               user="supervisory") == 1
    assert "may not write the plans" in capsys.readouterr().err
    assert run("activity", "list", user="supervisory") == 0


def test_the_budget_from_the_terminal(coop: tuple[UnitOfWork, Books], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    uow, b = coop
    assert run("budget", "list") == 0
    assert "No budget yet" in capsys.readouterr().out
    assert run("budget", "new", "--year", "2026") == 0
    assert capsys.readouterr().out == "Budget 2026, version 1: a draft with 0 line(s).\n"
    assert run("budget", "propose", "--year", "2026", "--from", "2025", "--growth", "5") == 0
    bid = budgets.budgets(uow, "2026")[0].id
    assert budgets.budget_info(uow, bid).lines == 3
    sheet = tmp_path / "budget.csv"
    sheet.write_text("account;amount\n5150;3000\n5305;50,25\n", encoding="utf-8")
    assert run("budget", "set", "--year", "2026", "--file", str(sheet), "4105=60000") == 0
    lines = {a.code: a.amount for a in budgets.budget_accounts(uow, bid) if a.amount}
    assert lines == {"4105": Decimal(60000), "5150": Decimal(3000), "5305": Decimal("50.25"),
                     "5195": Decimal(10500)}
    capsys.readouterr()
    assert run("budget", "set", "--year", "2026", "1105=5", "5150=-1") == 1
    err = capsys.readouterr().err
    assert "Account 1105 is not an income or expense account." in err
    assert "Account 5150: the amount -1 is less than zero." in err
    assert run("budget", "approve", "--year", "2026", "--motion", str(b.failed_motion)) == 1
    assert "--motion: Motion" in capsys.readouterr().err
    assert run("budget", "approve", "--year", "2026", "--motion", str(b.assembly_motion),
               user="supervisory") == 1
    assert budgets.budget_info(uow, bid).status == "draft"
    assert run("budget", "approve", "--year", "2026", "--motion", str(b.assembly_motion)) == 0
    assert "approved on 2026-03-28 (resolution 2026-001)" in capsys.readouterr().out
    assert run("budget", "set", "--year", "2026", "5150=1") == 1
    assert "Make a revision" in capsys.readouterr().err
    assert run("budget", "compare", "--year", "2026") == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[0] == "Budget 2026, version 1: approved 2026-03-28, resolution 2026-001"
    assert "5150\tSeguridad minera y elementos de protección\t3000.00\t5200.00\t-2200.00\t" \
           "173.3\tOVER BUDGET" in shown
    assert shown[-1] == "Result\t\t46449.75\t12780.00\t-33669.75\t-"

    # the reports, by calendar year
    for name in ("action-plan", "budget"):
        for fmt in ("pdf", "xlsx"):
            out = tmp_path / f"{name}.{fmt}"
            assert run("report", name, "--year", "2026", "-o", str(out)) == 0, name
            assert out.exists()
    wb = openpyxl.load_workbook(tmp_path / "budget.xlsx")
    values = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
              for c in row]
    assert 60000 in values and "OVER BUDGET" in values


def test_report_finds_the_fiscal_year(coop: tuple[UnitOfWork, Books]) -> None:
    uow, _b = coop
    budgets.create_budget(uow, "2026")
    doc = cli_actions.report(uow, argparse.Namespace(name="budget", year=2026))
    assert doc.subtitle == "Fiscal year 2026, version 1"
    doc = cli_actions.report(uow, argparse.Namespace(name="action-plan", year=None))
    assert doc.title == "Action plan"
    assert dt.date.today().year >= 2026
