"""The premium use plan panel, driven through its widgets: a plan typed in the dialog (a bad
budget refused under the table), approved, spending tagged from the list of expense entries,
untagged, the execution report written; the buttons follow the role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.sharing import premium
from coopdesk.sharing.premium import UseInput
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import set_date
from coopdesk.ui.hub import Hub
from coopdesk.ui.pages.premium_panel import (
    ApproveDialog,
    NewPlanDialog,
    PremiumPanel,
    RowsModel,
    TagDialog,
)
from coopdesk.ui.settings import UiSettings
from tests.conftest import add_role_users

D = Decimal
Q = TypeVar("Q", bound=QDialog)
TODAY = dt.date(2026, 11, 20)
WAIT_MS = 20000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield shown
    ops.wait_all()


@pytest.fixture
def ctx(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path) -> AppContext:
    """The general chart and 2026: the premium received, training and safety paid."""
    uow = sqlite_admin
    books.install_chart(uow, "general")
    books.open_fiscal_year(uow, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for kind, day, amount, text in (
            ("premium", dt.date(2026, 2, 10), "9000000", "Premium, lot 12"),
            ("training", dt.date(2026, 3, 5), "750000", "Course on mercury-free processing"),
            ("safety", dt.date(2026, 4, 2), "2400000", "Helmets, boots and gloves"),
            ("safety", dt.date(2026, 8, 19), "1650000", "Ventilation fan")):
        cashbook.record(uow, CashInput(kind, day, D(amount), text, place="bank"))
    hub = Hub()
    hub.attach(uow)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(uow, hub, settings)


def make_panel(qtbot: QtBot, ctx: AppContext) -> PremiumPanel:
    widget = PremiumPanel(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    return widget


def on_modal(kind: type[Q], action: Callable[[Q], None]) -> list[Q]:
    """Run ``action`` on the next modal ``kind`` once its ``exec()`` runs; closed after."""
    seen: list[Q] = []
    tries = [0]

    def fire() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(20, fire)
            return
        seen.append(widget)
        try:
            action(widget)
        finally:
            if widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, fire)
    return seen


def texts(model: RowsModel[Any], row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_a_plan_from_the_dialog_to_the_report(qtbot: QtBot, ctx: AppContext, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              boxes: list[str]) -> None:
    panel = make_panel(qtbot, ctx)
    QAbstractItemModelTester(panel.uses)
    QAbstractItemModelTester(panel.entries)
    assert "No premium use plan yet" in panel.summary.text()
    assert panel.new_button.isEnabled()
    assert not panel.approve_button.isEnabled() and not panel.tag_button.isEnabled()
    assert not panel.report_button.isEnabled()

    refused: list[str] = []

    def fill(d: NewPlanDialog) -> None:
        d.name.setText("Premium 2026")
        set_date(d.start, dt.date(2026, 2, 1))
        set_date(d.end, dt.date(2026, 11, 30))
        for row, values in enumerate((("edu", "Scholarships and training", "2 000 000"),
                                      ("SAFE", "Safety equipment", "3000000,50"),
                                      ("COM", "Water tank", "abc"))):
            for col, text in enumerate(values):
                item = d.uses.item(row, col)
                assert item is not None
                item.setText(text)
        assert "5,000,000.50" in d.total.text()
        d.accept()  # the bad budget is named under the table
        refused.append(d.errors["uses"].text())
        assert d.isVisible()
        d.remove_row()  # the current row is none: the last one goes
        d.accept()

    seen = on_modal(NewPlanDialog, fill)
    qtbot.mouseClick(panel.new_button, LEFT)
    assert seen and refused == ["Row 3: 'abc' is not an amount."]
    assert panel.plan_box.currentText() == "Premium 2026"
    assert texts(panel.uses, 0)[:5] == ["EDU", "Scholarships and training", "2,000,000.00",
                                        "0.00", "2,000,000.00"]
    assert "Not approved yet" in panel.approval.text()
    assert panel.approve_button.isEnabled() and not panel.tag_button.isEnabled()
    assert panel.message.text() == "Plan “Premium 2026” created."

    def approve(d: ApproveDialog) -> None:
        d.accept()  # no resolution: refused under its field
        assert "resolution" in d.errors["resolution"].text()
        set_date(d.approved_on, dt.date(2026, 1, 25))
        d.resolution.setText("AGO-2026 res. 7")
        d.accept()

    assert on_modal(ApproveDialog, approve) is not None
    qtbot.mouseClick(panel.approve_button, LEFT)
    assert "resolution AGO-2026 res. 7" in panel.approval.text()
    assert panel.tag_button.isEnabled() and not panel.approve_button.isEnabled()

    panel.select_use("SAFE")

    def tag(d: TagDialog) -> None:
        assert d.use.currentData() == "SAFE"
        assert d.candidates.rowCount() == 3  # the premium receipt is no expense
        d.pick("2026/3")
        assert (d.year.currentData(), d.number.value()) == ("2026", 3)
        d.amount.setText("9999999")
        d.accept()
        assert "more than the whole of entry 2026/3" in d.errors["amount"].text()
        d.amount.setText("2000000")
        d.note.setText("helmets only")
        d.accept()

    on_modal(TagDialog, tag)
    qtbot.mouseClick(panel.tag_button, LEFT)
    assert panel.message.text() == "Entry 2026/3 tagged to SAFE."
    use = panel.current_use()
    assert use is not None and use.code == "SAFE"
    assert texts(panel.entries, 0)[1:] == ["2026/3", "Helmets, boots and gloves — helmets only",
                                           "2,000,000.00"]
    assert texts(panel.uses, 1)[3:] == ["2,000,000.00", "1,000,000.50", "66.7"]
    assert "spent 2,000,000.00 (40 %)" in panel.summary.text()
    assert "premium received 9,000,000.00 COP" in panel.summary.text()
    panel.grab().save(str(tmp_path / "panel.png"))  # the progress bars paint

    # the report, as the Reports page writes one: off the GUI thread
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "plan"), "Excel (*.xlsx)"))
    qtbot.mouseClick(panel.report_button, LEFT)
    qtbot.waitUntil(lambda: panel.last_export is not None, timeout=WAIT_MS)
    assert panel.last_export == tmp_path / "plan.xlsx" and panel.last_export.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "plan.pdf"), "Excel (*.xlsx)"))
    qtbot.mouseClick(panel.report_button, LEFT)
    qtbot.waitUntil(lambda: panel.last_export == tmp_path / "plan.pdf", timeout=WAIT_MS)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert ctx.settings.value("export_dir") == str(tmp_path)

    # untag: the entry selected, the question answered Ok
    panel.entry_table.selectRow(0)
    assert panel.untag_button.isEnabled()
    qtbot.mouseClick(panel.untag_button, LEFT)
    assert boxes[-1].startswith("Stop counting entry 2026/3")
    assert panel.entries.rowCount() == 0
    assert premium.execution(ctx.uow, "Premium 2026")[1].spent == 0
    assert not panel.untag_button.isEnabled()


def test_the_panel_follows_changes_and_roles(qtbot: QtBot, ctx: AppContext) -> None:
    panel = make_panel(qtbot, ctx)
    premium.create_plan(ctx.uow, "Premium 2026", dt.date(2026, 2, 1), dt.date(2026, 11, 30),
                        [UseInput("SAFE", "Safety", D(1000000))], dt.date(2026, 1, 25), "r. 7")
    assert panel.plan_box.currentText() == "Premium 2026"  # the hub said "sharing"
    premium.tag_spending(ctx.uow, "Premium 2026", "SAFE", "2026", 3)
    assert texts(panel.uses, 0)[3:] == ["2,400,000.00", "-1,400,000.00", "240"]
    assert "above the budget" in (panel.uses.data(panel.uses.index(0, 0), 3) or "")
    users = add_role_users(ctx.uow)
    reader = PremiumPanel(AppContext(users[Role.SUPERVISORY], ctx.hub, ctx.settings),
                          today=TODAY)
    qtbot.addWidget(reader)
    reader.show()
    for b in (reader.new_button, reader.approve_button, reader.tag_button,
              reader.untag_button):
        assert not b.isEnabled()
        assert "may not" in b.toolTip()
    assert reader.report_button.isEnabled()
