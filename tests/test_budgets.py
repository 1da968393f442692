"""The annual budget (both databases): versions that copy the last one, lines only on postable
income and expense accounts and never below zero (every problem named at once, nothing
written), a proposal from last year's actuals, approval only by a passed motion of a general
assembly and then frozen, budget against actual from the books, the documents, and the
supervisory committee refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import action_report, budgets
from coopdesk.plans import activities as acts
from coopdesk.reports.document import Chart, KeyValues, Paragraph, Table, Timeline
from coopdesk.reports.output import export
from tests.conftest import add_role_users
from tests.test_activities import Books, set_up_books

D = Decimal


@pytest.fixture
def coop(admin: UnitOfWork) -> tuple[UnitOfWork, Books]:
    return admin, set_up_books(admin)


def _lines(uow: UnitOfWork, budget_id: int) -> dict[str, Decimal]:
    return {a.code: a.amount for a in budgets.budget_accounts(uow, budget_id) if a.amount}


def test_versions_lines_and_a_proposal_from_last_year(coop: tuple[UnitOfWork, Books]) -> None:
    uow, _b = coop
    with pytest.raises(ValidationError) as err:
        budgets.create_budget(uow, "2031")
    assert err.value.field == "year"
    first = budgets.create_budget(uow, "2026")
    # last year's actuals (the closing entry left out) plus 10 %, rounded to whole units
    assert budgets.propose_from_actuals(uow, first, "2025", D(10)) == 3
    assert _lines(uow, first) == {"4105": D(55000), "5150": D(2201), "5195": D(11000)}
    assert budgets.set_lines(uow, first, {"5150": D(3000), "5305": D("50.25"),
                                          "5195": D(0)}) == 3
    assert _lines(uow, first) == {"4105": D(55000), "5150": D(3000), "5305": D("50.25")}
    # every problem at once, each naming its account; nothing written
    with pytest.raises(ValidationError) as err:
        budgets.set_lines(uow, first, {"5150": D(1), "1105": D(5), "51": D(5), "9999": D(5),
                                       "5105": D(-3), "5110": D("0.001")})
    assert err.value.field == "lines"
    assert err.value.message.splitlines() == [
        "Account 1105 is not an income or expense account.",
        "Account 51: a heading; budget the accounts under it.",
        "Account 9999: there is no such account.",
        "Account 5105: the amount -3 is less than zero.",
        "Account 5110: 0.001 has more decimals than COP allows."]
    assert _lines(uow, first)["5150"] == D(3000)
    with pytest.raises(ValidationError) as err:
        budgets.create_budget(uow, "2026")            # one draft at a time
    assert err.value.field == "year"
    with pytest.raises(ValidationError) as err:
        budgets.propose_from_actuals(uow, first, "2025", D(-100))
    assert err.value.field == "growth"
    info = budgets.budget_info(uow, first)
    assert (info.year, info.version, info.status, info.income, info.expense, info.lines) == (
        "2026", 1, "draft", D(55000), D("3050.25"), 3)
    with pytest.raises(NotFound):
        budgets.set_lines(uow, 999, {"5150": D(1)})


def test_approval_by_a_passed_assembly_motion_freezes_it(
        coop: tuple[UnitOfWork, Books]) -> None:
    uow, b = coop
    bid = budgets.create_budget(uow, "2026")
    with pytest.raises(ValidationError) as err:
        budgets.approve(uow, bid, b.assembly_motion)          # no lines yet
    assert err.value.field == "budget"
    budgets.set_lines(uow, bid, {"4105": D(60000), "5150": D(4000), "5195": D(10000)})
    for motion, words in ((b.failed_motion, "did not pass"),
                          (b.committee_motion, "not by a general assembly"),
                          (9999, "There is no motion 9999")):
        with pytest.raises(ValidationError) as err:
            budgets.approve(uow, bid, motion)
        assert err.value.field == "motion" and words in err.value.message
    budgets.approve(uow, bid, b.assembly_motion)
    info = budgets.budget_info(uow, bid)
    assert (info.status, info.approved_on, info.resolution, info.meeting) == (
        "approved", dt.date(2026, 3, 28), "2026-001", "General assembly 2026")
    assert [m.id for m in budgets.assembly_motions(uow)] == [b.assembly_motion]
    with pytest.raises(ValidationError) as err:
        budgets.set_lines(uow, bid, {"5150": D(1)})
    assert err.value.field == "budget" and "Make a revision" in err.value.message
    with pytest.raises(ValidationError):
        budgets.propose_from_actuals(uow, bid, "2025", 5)
    # a revision copies the approved version; the approved one stays the one compared
    rev = budgets.create_budget(uow, "2026")
    assert budgets.budget_info(uow, rev).version == 2
    assert _lines(uow, rev) == _lines(uow, bid)
    budgets.set_lines(uow, rev, {"5150": D(9000)})
    with pytest.raises(ValidationError) as err:
        budgets.approve(uow, rev, b.assembly_motion)
    assert "already approved version 1" in err.value.message
    assert budgets.find_budget(uow, "2026").id == bid
    assert budgets.budget_vs_actual(uow, "2026", 2).info.id == rev


def test_budget_against_actual_from_the_books(coop: tuple[UnitOfWork, Books]) -> None:
    uow, _b = coop
    with pytest.raises(NotFound):
        budgets.budget_vs_actual(uow, "2026")
    bid = budgets.create_budget(uow, "2026")
    budgets.set_lines(uow, bid, {"4105": D(60000), "5150": D(4000), "5195": D(10000),
                                 "5175": D(500)})
    vs = budgets.budget_vs_actual(uow, "2026")
    rows = {r.code: r for r in vs.rows}
    # the reversed entry nets to nothing: 5395 is not listed
    assert list(rows) == ["4105", "5150", "5175", "5195", "5305"]
    sale = rows["4105"]
    assert (sale.budget, sale.actual, sale.variance, sale.used, sale.over) == (
        D(60000), D(30000), D(-30000), D(50), False)
    ppe = rows["5150"]      # 4,500 helmets and boots + 800 kits - 100 refund
    assert (ppe.actual, ppe.variance, ppe.used, ppe.over) == (D(5200), D(-1200), D(130),
                                                              True)
    fuel = rows["5195"]
    assert (fuel.actual, fuel.variance, fuel.used, fuel.over) == (D(12000), D(-2000), D(120),
                                                                  True)
    fee = rows["5305"]      # spent with no budget
    assert (fee.budget, fee.actual, fee.used, fee.over) == (D(0), D(20), None, True)
    assert (rows["5175"].actual, rows["5175"].variance, rows["5175"].used) == (D(0), D(500),
                                                                              D(0))
    assert (vs.income.budget, vs.income.actual) == (D(60000), D(30000))
    assert (vs.expense.budget, vs.expense.actual) == (D(14500), D(17220))
    assert (vs.result.budget, vs.result.actual, vs.result.variance) == (
        D(45500), D(12780), D(-32720))
    assert rows["5150"].group.startswith("51 ")


def test_the_documents(coop: tuple[UnitOfWork, Books], tmp_path: Path) -> None:
    uow, b = coop
    bid = budgets.create_budget(uow, "2026")
    budgets.set_lines(uow, bid, {"4105": D(60000), "5150": D(4000), "5195": D(10000)})
    budgets.approve(uow, bid, b.assembly_motion)
    doc = action_report.budget_document(uow, 2026)
    facts = dict(next(x for x in doc.blocks if isinstance(x, KeyValues)).items)
    assert facts["Approval"] == ("Approved by the general assembly on Mar 28, 2026, "
                                 "resolution 2026-001 (“General assembly 2026”)")
    texts = [x.text for x in doc.blocks if isinstance(x, Paragraph)]
    assert any(t.startswith("OVER BUDGET: 5150") for t in texts)
    chart = next(x for x in doc.blocks if isinstance(x, Chart))
    assert chart.labels == ["51 Gastos operacionales y de administración",
                            "53 Gastos no operacionales"]
    assert [list(s.values) for s in chart.series] == [[D(14000), D(0)], [D(17200), D(20)]]
    out = export(uow, doc, tmp_path / "budget.xlsx")
    wb = openpyxl.load_workbook(out)
    values = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
              for c in row]
    assert 60000 in values and "OVER BUDGET" in values
    assert export(uow, doc, tmp_path / "budget.pdf").read_bytes().startswith(b"%PDF")

    on = dt.date(2026, 6, 30)
    done = acts.add_activity(uow, "PPE", dt.date(2026, 1, 1), dt.date(2026, 3, 31),
                             budget=D(4000), responsible=1)
    over = acts.add_activity(uow, "Dryer", dt.date(2026, 2, 1), dt.date(2026, 5, 31),
                             budget=D(2000))
    acts.report_progress(uow, done, dt.date(2026, 3, 31), "done", 100)
    acts.tag_entry(uow, done, "2026", b.entries["helmets"][1])
    doc = action_report.action_plan_document(uow, 2026, on)
    table = next(x for x in doc.blocks if isinstance(x, Table))
    rows = [list(r) for r in table.rows]
    assert rows[0][:3] == [done, "PPE", "Rosa Quispe"]
    assert rows[0][5:] == [D(4000), D(4520), D(-520), "done", 100]
    assert rows[1][8] == "OVERDUE - planned"
    timeline = next(x for x in doc.blocks if isinstance(x, Timeline))
    assert [(t.label, t.late, t.done) for t in timeline.bars] == [
        ("1. PPE", False, 100), ("OVERDUE · 2. Dryer", True, 0)]
    assert (timeline.start, timeline.end, timeline.today) == (dt.date(2026, 1, 1),
                                                              dt.date(2026, 12, 31), on)
    spent = [x for x in doc.blocks if isinstance(x, Table) and x.title]
    assert [t.title for t in spent] == ["1. PPE: budget 4,000.00, actual 4,520.00"]
    assert over == 2
    assert export(uow, doc, tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert export(uow, doc, tmp_path / "plan.xlsx").exists()


def test_the_supervisory_committee_may_not_write(coop: tuple[UnitOfWork, Books]) -> None:
    uow, b = coop
    bid = budgets.create_budget(uow, "2026")
    budgets.set_lines(uow, bid, {"5150": D(10)})
    fiscal = add_role_users(uow)[Role.SUPERVISORY]
    for attempt in (lambda: budgets.create_budget(fiscal, "2025"),
                    lambda: budgets.set_lines(fiscal, bid, {"5150": D(1)}),
                    lambda: budgets.propose_from_actuals(fiscal, bid, "2025", 5),
                    lambda: budgets.approve(fiscal, bid, b.assembly_motion)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert budgets.budget_info(fiscal, bid).status == "draft"
    assert _lines(fiscal, bid) == {"5150": D(10)}
    assert budgets.budgets(uow, "2025") == []
