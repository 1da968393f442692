"""The budget tab, driven through its widgets (pytest-qt, offscreen, SQLite): a fiscal year
without a budget shows its actual; a new version proposed from last year, typed in the table
(a bad amount refused naming its account) and saved; approved by choosing the assembly's
motion from a list, then frozen; over-budget rows in red with the words; a revision; the
budget exported as PDF and Excel; read-only for the supervisory committee."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import budgets
from coopdesk.ui.dialogs.activity_forms import ApproveBudgetDialog
from coopdesk.ui.pages.plans_budget import BUDGET_COL, OVER_BG, BudgetTab
from tests.conftest import add_role_users
from tests.test_activities import Books, set_up_books
from tests.ui.helpers import make_ctx, on_modal

TODAY = dt.date(2026, 6, 30)
SHOTS = Path("/tmp/p7")
LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000


@pytest.fixture
def coop(sqlite_admin: UnitOfWork) -> tuple[UnitOfWork, Books]:
    return sqlite_admin, set_up_books(sqlite_admin)


def row_of(tab: BudgetTab, code: str) -> int:
    return tab.codes.index(code)


def cell(tab: BudgetTab, code: str, col: int) -> str:
    item = tab.table.item(row_of(tab, code), col)
    assert item is not None
    return item.text()


def type_amount(tab: BudgetTab, code: str, text: str) -> None:
    item = tab.table.item(row_of(tab, code), BUDGET_COL)
    assert item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable
    item.setText(text)


def written(tab: BudgetTab, path: Path) -> Callable[[], bool]:
    return lambda: tab.last_export == path


def test_a_budget_from_proposal_to_approval(qtbot: QtBot, coop: tuple[UnitOfWork, Books],
                                            tmp_path: Path, shown_messages: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    uow, b = coop
    tab = BudgetTab(make_ctx(uow, tmp_path), today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    assert tab.year_name() == "2026" and tab.info is None
    assert "No budget for 2026 yet" in tab.status.text()
    assert cell(tab, "5195", 4) == "12,000.00" and cell(tab, "5195", BUDGET_COL) == ""
    assert not tab.save_button.isEnabled() and not tab.approve_button.isEnabled()

    qtbot.mouseClick(tab.new_button, LEFT)
    assert tab.info is not None and tab.info.version == 1 and not tab.info.approved
    tab.growth.setValue(10)
    qtbot.mouseClick(tab.propose_button, LEFT)
    assert tab.message.text() == "Proposed from the actuals of 2025 plus 10.0 %: 3 account(s)."
    assert cell(tab, "5195", BUDGET_COL) == "11,000.00"
    assert cell(tab, "4105", BUDGET_COL) == "55,000.00"

    # typed: a bad amount is named by its account and nothing is saved
    type_amount(tab, "5150", "4.000,5.5")
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.message.text().startswith("Account 5150:")
    assert shown_messages and shown_messages[-1].startswith("Account 5150:")
    assert budgets.budget_accounts(uow, tab.info.id)[0].amount == Decimal(55000)
    type_amount(tab, "5150", "4000")
    type_amount(tab, "5305", "10")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.message.text() == "The budget is saved."
    lines = {a.code: a.amount for a in budgets.budget_accounts(uow, tab.info.id) if a.amount}
    assert lines == {"4105": Decimal(55000), "5150": Decimal(4000), "5195": Decimal(11000),
                     "5305": Decimal(10)}
    # over budget: 5150 spent 5,200, 5195 12,000, 5305 20
    over = [c for c in tab.codes if cell(tab, c, 7) == "OVER BUDGET"]
    assert over == ["5150", "5195", "5305"]
    item = tab.table.item(row_of(tab, "5150"), 5)
    assert item is not None and item.background().color().name() == OVER_BG
    assert "3 account(s) over budget." in tab.status.text()
    assert "Result: budget 39,990.00, actual 12,780.00 COP" in tab.totals.text()
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / "budget-draft.png"))

    # approved by the assembly's motion, chosen from the list
    def approve(d: ApproveBudgetDialog) -> None:
        assert [m.id for m in d.motions] == [b.assembly_motion]
        assert "resolution 2026-001: Approve the budget 2026" in d.motion.currentText()
        d.accept()

    on_modal(ApproveBudgetDialog, approve)
    qtbot.mouseClick(tab.approve_button, LEFT)
    assert budgets.budget_info(uow, tab.info.id).approved
    assert "approved by the general assembly on Mar 28, 2026, resolution 2026-001" \
        in tab.status.text()
    item = tab.table.item(row_of(tab, "5150"), BUDGET_COL)
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert not tab.save_button.isEnabled() and not tab.propose_button.isEnabled()
    assert tab.new_button.isEnabled()
    tab.grab().save(str(SHOTS / "budget-approved.png"))

    # the budget as Excel and PDF
    for fmt, button in (("xlsx", tab.xlsx_button), ("pdf", tab.pdf_button)):
        target = tmp_path / f"budget.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        qtbot.mouseClick(button, LEFT)
        qtbot.waitUntil(written(tab, target), timeout=WAIT_MS)
        assert target.exists() and target.stat().st_size > 0

    # a revision: a new draft copying version 1; the approved one still chosen by default
    qtbot.mouseClick(tab.new_button, LEFT)
    assert tab.info is not None and tab.info.version == 2 and not tab.info.approved
    assert cell(tab, "5150", BUDGET_COL) == "4,000.00"
    assert tab.version.count() == 2


def test_read_only_for_the_supervisory_committee(qtbot: QtBot,
                                                 coop: tuple[UnitOfWork, Books],
                                                 tmp_path: Path) -> None:
    uow, _b = coop
    bid = budgets.create_budget(uow, "2026")
    budgets.set_lines(uow, bid, {"5150": Decimal(100)})
    fiscal = add_role_users(uow)[Role.SUPERVISORY]
    tab = BudgetTab(make_ctx(fiscal, tmp_path), today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.info is not None and tab.info.id == bid
    item = tab.table.item(row_of(tab, "5150"), BUDGET_COL)
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert not any(x.isEnabled() for x in (tab.new_button, tab.save_button,
                                           tab.propose_button, tab.approve_button))
    assert "may read the budget" in tab.approve_button.toolTip()
    assert tab.pdf_button.isEnabled()
