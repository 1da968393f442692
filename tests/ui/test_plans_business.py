"""The business plan tab, driven through its widgets (pytest-qt, offscreen, SQLite): a plan made
with the New dialog, a section written, the years typed in the table, a cost and an investment
added through their dialogs (a funding that does not add up refused under its field), the
break-even and the cash computed in the results; exported as PDF; read-only for the
supervisory committee; frozen once adopted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import business as bp
from coopdesk.ui.dialogs.plan_forms import CostDialog, InvestmentDialog, NewPlanDialog
from coopdesk.ui.pages.plans_business import BusinessPlanTab
from tests.conftest import add_role_users
from tests.test_business_plan import make_plan, passed_motion
from tests.ui.helpers import make_ctx, on_modal

SHOTS = Path("/tmp/p7")


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def text_at(t: QTableWidget, row: int, col: int) -> str:
    item = t.item(row, col)
    assert item is not None, (row, col)
    return item.text()


def shoot(tab: BusinessPlanTab, name: str) -> None:
    if SHOTS.is_dir():
        tab.grab().save(str(SHOTS / f"business-{name}.png"))


def test_a_plan_made_in_the_tab(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    tab = BusinessPlanTab(make_ctx(sqlite_admin, tmp_path))
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    assert tab.empty.isVisible() and not tab.tabs.isVisible()
    assert not tab.pdf_button.isEnabled()

    def new(d: NewPlanDialog) -> None:
        d.title.setText("Plan 2027-2029")
        d.first_year.setValue(2027)
        d.opening_cash.setText("20,000,000")
        assert d.books.count() == 1          # no books: nothing to start from
        d.accept()

    seen = on_modal(NewPlanDialog, new)
    click(qtbot, tab.new_button)
    assert len(seen) == 1
    pid = bp.latest_plan(sqlite_admin)
    assert pid is not None and tab.current_id() == pid
    assert tab.tabs.isVisible() and "Draft, 2027 to 2029" in tab.status.text()

    # a section
    tab.section_list.setCurrentRow(1)
    tab.editor.setMarkdown("Our buyer pays a **premium**.\n\n- Fairmined\n- Responsible gold")
    click(qtbot, tab.save_section_button)
    text = bp.plan_detail(sqlite_admin, pid).sections[1].text
    assert "**premium**" in text and "- Responsible gold" in text

    # the years, typed in the table
    t = tab.years_table
    for r, grams in enumerate(("1000", "1100", "1210")):
        for c, text in ((1, grams), (2, "300000"), (3, "10000")):
            item = t.item(r, c)
            assert item is not None
            item.setText(text)
    click(qtbot, tab.save_years_button)
    assert [y.grams for y in bp.plan_detail(sqlite_admin, pid).years] == [
        Decimal(1000), Decimal(1100), Decimal(1210)]
    assert text_at(tab.years_table, 1, 1) == "1,100"

    def variable(d: CostDialog) -> None:
        d.label.setText("Gold bought from members")
        d.per_gram.setChecked(True)
        d.same.setChecked(True)
        d.amounts[0].setText("240000")
        d.accept()

    on_modal(CostDialog, variable)
    click(qtbot, tab.add_cost_button)

    def fixed(d: CostDialog) -> None:
        d.label.setText("Staff")
        d.amounts[0].setText("50000000")
        d.amounts[1].setText("50000000")
        d.amounts[2].setText("50,000,000.001")     # too many decimals: refused, named
        d.accept()
        assert d.isVisible()
        assert d.errors["amounts.3"].isVisibleTo(d)
        assert "2029" in d.errors["amounts.3"].text()
        d.amounts[2].setText("50000000")
        d.accept()

    on_modal(CostDialog, fixed)
    click(qtbot, tab.add_cost_button)
    assert tab.costs_table.rowCount() == 2
    assert text_at(tab.costs_table, 0, 2) == "per gram"

    def investment(d: InvestmentDialog) -> None:
        d.item.setText("Compressor")
        d.cost.setText("30000000")
        d.loan.setText("20000000")
        d.accept()                                 # 10 million missing
        assert d.isVisible() and d.errors["funding"].isVisibleTo(d)
        assert "loan 20000000.00 + grant 0.00; 10000000.00 is missing" in d.errors["funding"].text()
        d.loan.setText("30000000")
        d.loan_years.setValue(3)
        d.rate.setText("12")
        d.accept()

    on_modal(InvestmentDialog, investment)
    click(qtbot, tab.add_inv_button)
    assert tab.inv_table.rowCount() == 1
    assert text_at(tab.inv_table, 0, 7) == "3 years at 12 %"
    assert "Total 30,000,000.00" in tab.funding.text()

    # the results
    tab.tabs.setCurrentIndex(3)
    assert "2027: the cooperative covers its costs from 933.3 g of fine gold sold" in \
        tab.break_even.text()
    rows = {text_at(tab.income_table, r, 0): r for r in range(tab.income_table.rowCount())}
    assert text_at(tab.income_table, rows["Operating result"], 1) == "4,000,000.00"
    last = tab.cash_table.rowCount() - 1
    assert [text_at(tab.cash_table, last, c) for c in (1, 2, 3)] == [
        "40,000,000.00", "53,400,000.00", "75,700,000.00"]
    assert tab.chart.cash == [40000000.0, 53400000.0, 75700000.0]
    shoot(tab, "results")
    for i, name in ((0, "sections"), (1, "numbers"), (2, "investments")):
        tab.tabs.setCurrentIndex(i)
        shoot(tab, name)

    # exported as PDF, in a worker
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))
    click(qtbot, tab.pdf_button)
    qtbot.waitUntil(lambda: tab.last_export is not None, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved" in tab.message.text()


def test_read_only_and_adopted(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path
                              ) -> None:
    users = add_role_users(sqlite_admin)
    pid = make_plan(sqlite_admin)
    ro = BusinessPlanTab(make_ctx(users[Role.SUPERVISORY], tmp_path))
    qtbot.addWidget(ro)
    assert ro.current_id() == pid
    assert ro.editor.isReadOnly()
    for b in (ro.new_button, ro.copy_button, ro.adopt_button, ro.save_section_button,
              ro.save_years_button, ro.add_cost_button, ro.add_inv_button):
        assert not b.isEnabled()
    assert ro.pdf_button.isEnabled()
    assert "may read" in ro.save_section_button.toolTip()
    assert "covers its costs" in ro.break_even.text()

    motion = passed_motion(sqlite_admin)
    tab = BusinessPlanTab(make_ctx(sqlite_admin, tmp_path))
    qtbot.addWidget(tab)
    bp.adopt(sqlite_admin, pid, motion)          # the hub refreshes the tab
    assert tab.detail is not None and tab.detail.summary.adopted
    assert "Adopted by resolution" in tab.status.text()
    assert tab.editor.isReadOnly() and not tab.save_years_button.isEnabled()
    assert tab.copy_button.isEnabled() and not tab.adopt_button.isEnabled()
    assert "Adopted" in tab.chooser.currentText()
    assert dt.date.today().year > 2000
