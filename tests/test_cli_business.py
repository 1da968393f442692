"""The business plan from a terminal (both databases): a plan made, written, costed and funded,
shown with its projection, printed as PDF and Excel, copied; bad input names the option, exits
1 and writes nothing; the supervisory committee may read but not write."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coopdesk import cli
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import business as bp


@pytest.fixture
def coop(cli_env: UnitOfWork) -> UnitOfWork:
    admin = cli_env
    return admin


def run(*args: str, user: str = "treasurer") -> int:
    return cli.main(["--lang", "en", "--user", user, *args])


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def test_a_plan_from_the_cli(coop: UnitOfWork, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run("plan", "list") == 0
    assert "No business plan yet" in out(capsys)
    assert run("plan", "new", "Plan 2027-2029", "--first-year", "2027",
               "--opening-cash", "20000000") == 0
    found = re.match(r"Business plan (\d+) created\.", out(capsys))
    assert found
    pid = found[1]
    for year, grams in (("2027", "1000"), ("2", "1100"), ("2029", "1210")):
        assert run("plan", "year", pid, "--year", year, "--grams", grams, "--price", "300000",
                   "--premium", "10000") == 0
    assert run("plan", "cost", "add", pid, "Gold bought from members", "--amount", "240000",
               "--per-gram") == 0
    assert run("plan", "cost", "add", pid, "Staff", "--amount", "50000000", "--amount",
               "50000000", "--amount", "50000000") == 0
    assert run("plan", "investment", "add", pid, "Compressor", "--year", "2027", "--cost",
               "30000000", "--loan", "30000000", "--loan-years", "3", "--rate", "12") == 0
    section = tmp_path / "market.md"
    section.write_text("Our buyer pays a **premium**.\n\n- Fairmined\n", encoding="utf-8")
    assert run("plan", "section", pid, "--key", "market", "--file", str(section),
               user="secretary") == 0
    assert run("plan", "section", pid, "--key", "risks", "--text", "Floods") == 0
    out(capsys)
    assert run("plan", "show", pid) == 0
    shown = out(capsys).splitlines()
    assert shown[0] == f"{pid}\tPlan 2027-2029 (2027-2029)"
    assert "Status: Draft: not adopted yet" in shown
    assert "Section market (Market and buyers): 7 words" in shown
    assert "Fine grams sold\t1000\t1100\t1210" in shown
    assert "Operating result\t4000000.00\t6400000.00\t14200000.00" in shown
    assert "Cash at the end of the year\t40000000.00\t53400000.00\t75700000.00" in shown
    assert any(line.startswith("2027: the cooperative covers its costs from 933.3 g")
               for line in shown)
    assert run("plan", "show") == 0                     # the latest
    assert out(capsys).startswith(f"{pid}\t")
    pdf, xlsx = tmp_path / "plan.pdf", tmp_path / "plan.xlsx"
    assert run("report", "business-plan", "-o", str(pdf)) == 0
    assert run("report", "business-plan", "--plan", pid, "-o", str(xlsx)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    wb = openpyxl.load_workbook(xlsx)
    cash = wb["Cash"]
    rows = [[c.value for c in r] for r in cash.iter_rows()]
    closing = next(r for r in rows if r[0] == "Cash at the end of the year")
    assert [Decimal(str(v)) for v in closing[1:4]] == [Decimal(40000000), Decimal(53400000),
                                                       Decimal(75700000)]
    assert "Investments" in wb.sheetnames and "Break-even" in wb.sheetnames
    out(capsys)
    assert run("plan", "copy", pid, "Plan B") == 0
    assert re.match(rf"Business plan {pid} copied as draft \d+\.", out(capsys))
    assert run("plan", "list") == 0
    assert [line.split("\t")[2] for line in out(capsys).splitlines()] == ["Plan B",
                                                                          "Plan 2027-2029"]
    cost_id = bp.plan_detail(coop, int(pid)).costs[1].id
    inv_id = bp.plan_detail(coop, int(pid)).investments[0].id
    assert run("plan", "cost", "remove", str(cost_id)) == 0
    assert run("plan", "investment", "remove", str(inv_id)) == 0
    d = bp.plan_detail(coop, int(pid))
    assert (len(d.costs), d.investments) == (1, ())


def test_bad_input_names_the_option_and_writes_nothing(
        coop: UnitOfWork, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("plan", "new", "Plan", "--first-year", "2027", "--years", "7") == 1
    assert "--years: A business plan covers 3 to 5 years" in capsys.readouterr().err
    pid = str(bp.create_plan(coop, "Plan", 2027))
    assert run("plan", "investment", "add", pid, "Table", "--year", "2027", "--cost", "1000",
               "--members", "300", "--grant", "600") == 1
    err = capsys.readouterr().err
    assert "--members/--premium/--loan/--grant: The funding adds up to 900.00" in err
    assert run("plan", "year", pid, "--year", "2031", "--grams", "5", "--price", "1") == 1
    assert "--year: the plan runs from 2027 to 2029" in capsys.readouterr().err
    assert run("plan", "cost", "add", pid, "Fuel", "--amount", "1", "--amount", "2") == 1
    assert "--amount: Give one amount for each of the plan's 3 years" in \
        capsys.readouterr().err
    assert run("plan", "cost", "add", pid, "Fuel", "--amount", "abc") == 1
    assert "--amount:" in capsys.readouterr().err
    assert run("plan", "section", pid, "--key", "risks") == 2
    assert run("plan", "adopt", pid, "--motion", "99") == 1
    assert "--motion: There is no motion 99." in capsys.readouterr().err
    assert run("plan", "baseline", pid, "--year", "2025") == 1
    assert "--year: There is no fiscal year 2025" in capsys.readouterr().err
    d = bp.plan_detail(coop, int(pid))
    assert (d.costs, d.investments, d.summary.status) == ((), (), "draft")
    # the supervisory committee may read, not write
    assert run("plan", "show", pid, user="supervisory") == 0
    assert run("plan", "section", pid, "--key", "risks", "--text", "x",
               user="supervisory") == 1
    assert bp.plan_detail(coop, int(pid)).sections[4].text == ""
