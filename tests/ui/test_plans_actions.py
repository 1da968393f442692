"""The action plan tab, driven through its widgets (pytest-qt, offscreen, SQLite): the
activities with budget against actual, the overdue one in red with the word and the late one
in amber, the filters, a new activity, a change and a progress report through the forms (a
refusal shown under its field), journal lines ticked and tagged then untagged, the timeline
painted, the plan exported as PDF and Excel, and read-only for the supervisory committee."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import activities as acts
from coopdesk.ui.dialogs.activity_forms import ActivityDialog, ProgressDialog, TagLinesDialog
from coopdesk.ui.pages.plans_actions import OVERDUE_BG, ActionPlanTab
from tests.conftest import add_role_users
from tests.test_activities import Books, set_up_books
from tests.ui.helpers import make_ctx, on_modal

TODAY = dt.date(2026, 6, 30)
SHOTS = Path("/tmp/p7")
LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000


@pytest.fixture
def coop(sqlite_admin: UnitOfWork) -> tuple[UnitOfWork, Books]:
    b = set_up_books(sqlite_admin)
    uow = sqlite_admin
    acts.add_activity(uow, "Helmets and boots for all", dt.date(2026, 1, 5),
                      dt.date(2026, 4, 30), responsible=1, budget=Decimal(4000),
                      indicator="diggers equipped")
    acts.add_activity(uow, "Solar dryer", dt.date(2026, 2, 1), dt.date(2026, 5, 31),
                      responsible=3, budget=Decimal(2000))
    acts.add_activity(uow, "Women's savings group", dt.date(2026, 1, 1),
                      dt.date(2026, 12, 31), budget=Decimal(500))
    acts.add_activity(uow, "Training 2027", dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    acts.report_progress(uow, 1, dt.date(2026, 4, 30), "done", 100, "delivered")
    acts.report_progress(uow, 2, dt.date(2026, 4, 1), "in_progress", 40, "frame built")
    acts.report_progress(uow, 3, dt.date(2026, 6, 1), "in_progress", 10, "slow start")
    acts.tag_entry(uow, 1, "2026", b.entries["helmets"][1])
    return uow, b


def text_at(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item.text()


def rows(tab: ActionPlanTab) -> list[list[str]]:
    t = tab.table
    return [[text_at(t, r, c) for c in range(t.columnCount())] for r in range(t.rowCount())]


def shot(tab: ActionPlanTab, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / f"actions-{name}.png"))


def written(tab: ActionPlanTab, path: Path) -> Callable[[], bool]:
    return lambda: tab.last_export == path


def test_the_plan_with_overdue_and_late_rows(qtbot: QtBot, coop: tuple[UnitOfWork, Books],
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    uow, _b = coop
    ctx = make_ctx(uow, tmp_path)
    tab = ActionPlanTab(ctx, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    assert tab.year.currentData() == 2026
    assert rows(tab) == [
        ["3", "Women's savings group", "–", "2026-01-01", "2026-12-31", "500.00", "0.00",
         "500.00", "LATE - in progress", "10 %"],
        ["1", "Helmets and boots for all", "Rosa Quispe", "2026-01-05", "2026-04-30",
         "4,000.00", "4,520.00", "-520.00", "done", "100 %"],
        ["2", "Solar dryer", "Eva Huanca", "2026-02-01", "2026-05-31", "2,000.00", "0.00",
         "2,000.00", "OVERDUE - in progress", "40 %"]]
    overdue = tab.table.item(2, 8)
    assert overdue is not None and overdue.background().color().name() == OVERDUE_BG
    assert "1 overdue" in tab.summary.text() and "1 late" in tab.summary.text()
    assert [a.number for a in tab.timeline.rows] == [3, 1, 2]
    # filters
    tab.overdue_only.setChecked(True)
    assert [r[0] for r in rows(tab)] == ["2"]
    tab.overdue_only.setChecked(False)
    tab.year.setCurrentIndex(tab.year.findData(None))
    assert [r[0] for r in rows(tab)] == ["3", "1", "2", "4"]
    tab.year.setCurrentIndex(tab.year.findData(2026))

    # the detail of the chosen activity
    tab.select(1)
    assert tab.detail is not None and tab.detail.activity.number == 1
    assert "Indicator: diggers equipped" in tab.detail_title.text()
    assert tab.reports.rowCount() == 1 and text_at(tab.reports, 0, 3) == "delivered"
    assert [text_at(tab.lines, r, 4) for r in range(tab.lines.rowCount())] == [
        "3,000.00", "1,500.00", "20.00"]
    shot(tab, "plan")

    # a new activity: first refused under its field, then added
    def fill(d: ActivityDialog) -> None:
        d.title_edit.setText("First-aid training")
        d.budget.setText("1.500,00")
        d.starts.setDate(QDate(2026, 7, 1))
        d.ends.setDate(QDate(2026, 6, 1))
        d.responsible.setCurrentIndex(d.responsible.findData(2))
        d.accept()
        assert d.isVisible() and "before it starts" in d.errors["ends"].text()
        d.ends.setDate(QDate(2026, 9, 30))
        d.accept()

    on_modal(ActivityDialog, fill)
    qtbot.mouseClick(tab.new_button, LEFT)
    new = acts.activity(uow, 5, TODAY)
    assert (new.title, new.budget, new.responsible, new.ends) == (
        "First-aid training", Decimal(1500), 2, dt.date(2026, 9, 30))
    assert tab.selected() is not None and tab.selected().number == 5  # type: ignore[union-attr]
    assert tab.message.text() == "Activity 5 added."

    # change it
    def change(d: ActivityDialog) -> None:
        assert d.title_edit.text() == "First-aid training"
        d.indicator.setText("first-aiders per site")
        d.accept()

    on_modal(ActivityDialog, change)
    qtbot.mouseClick(tab.edit_button, LEFT)
    assert acts.activity(uow, 5).indicator == "first-aiders per site"

    # report progress on the overdue one: done sets 100
    tab.select(2)

    def progress(d: ProgressDialog) -> None:
        d.status.setCurrentIndex(d.status.findData("done"))
        assert d.progress.value() == 100
        d.progress.setValue(80)
        d.accept()
        assert d.isVisible() and "100 %" in d.errors["progress"].text()
        d.progress.setValue(100)
        d.note.setPlainText("dryer in use")
        d.accept()

    on_modal(ProgressDialog, progress)
    qtbot.mouseClick(tab.progress_button, LEFT)
    a = acts.activity(uow, 2, TODAY)
    assert (a.status, a.progress, a.overdue) == ("done", 100, False)
    assert "OVERDUE" not in " ".join(r[8] for r in rows(tab))

    # tag journal lines: the fuel line, ticked in the list
    tab.select(2)

    def tag(d: TagLinesDialog) -> None:
        d.in_dates.setChecked(False)
        memos = [ln.memo for ln in d.lines]
        assert "Diesel for the mill" in memos and "bank fee" not in memos
        d.search.setText("diesel")
        assert [ln.memo for ln in d.lines] == ["Diesel for the mill", "Diesel"]
        d.tick([0])
        assert d.total.text().startswith("1 line(s) ticked, 12,000.00 COP")
        d.accept()

    on_modal(TagLinesDialog, tag)
    qtbot.mouseClick(tab.tag_button, LEFT)
    assert acts.activity(uow, 2).actual == Decimal(12000)
    assert tab.message.text() == "1 line(s) tagged to activity 2."
    assert tab.lines.rowCount() == 1
    shot(tab, "tagged")

    # untag it from the detail (the question answered Ok)
    tab.lines.selectRow(0)
    assert tab.untag_button.isEnabled()
    qtbot.mouseClick(tab.untag_button, LEFT)
    assert acts.activity(uow, 2).actual == Decimal(0)
    assert tab.message.text() == "1 line(s) untagged."

    # the plan as Excel and PDF, off the GUI thread
    for fmt, button in (("xlsx", tab.xlsx_button), ("pdf", tab.pdf_button)):
        target = tmp_path / f"plan.{fmt}"

        def ask(*_a: object, t: Path = target, **_k: object) -> tuple[str, str]:
            return str(t.with_suffix("")), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
        qtbot.mouseClick(button, LEFT)
        qtbot.waitUntil(written(tab, target), timeout=WAIT_MS)
        assert target.exists() and target.stat().st_size > 0
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_read_only_for_the_supervisory_committee(qtbot: QtBot,
                                                 coop: tuple[UnitOfWork, Books],
                                                 tmp_path: Path) -> None:
    uow, _b = coop
    fiscal = add_role_users(uow)[Role.SUPERVISORY]
    tab = ActionPlanTab(make_ctx(fiscal, tmp_path), today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.select(1)
    assert tab.table.rowCount() == 3
    assert not any(b.isEnabled() for b in (tab.new_button, tab.edit_button,
                                           tab.progress_button, tab.tag_button))
    assert tab.pdf_button.isEnabled()
    assert "may read the action plan" in tab.new_button.toolTip()
    tab.lines.selectRow(0)
    assert not tab.untag_button.isEnabled()
    tab.edit_activity()                     # a double-click does nothing either
    assert acts.activity(uow, 1).title == "Helmets and boots for all"
