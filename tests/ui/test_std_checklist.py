"""The standards' checklist tab: the tree of sections and requirements with the level in
words and colour, the chosen requirement's text, clause, evidence, suggestions and history;
assessing, attaching a suggested record or a register extract, removing evidence and making an
improvement action through the dialogs; the supervisory committee reads only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import standards
from coopdesk.ui.dialogs.standard_forms import ActionDialog, AssessDialog, EvidenceDialog
from coopdesk.ui.pages.std_checklist import ChecklistTab
from tests.conftest import add_role_users
from tests.test_indicators import ON, build_coop
from tests.ui.helpers import make_ctx, on_modal


def select(tab: ChecklistTab, rid: str) -> QTreeWidgetItem:
    for i in range(tab.tree.topLevelItemCount()):
        top = tab.tree.topLevelItem(i)
        assert top is not None
        for j in range(top.childCount()):
            child = top.child(j)
            if child is not None and child.data(0, 256) == rid:
                tab.tree.setCurrentItem(child)
                return child
    raise AssertionError(rid)


def texts(widget: object) -> list[str]:
    return [widget.item(n).text() for n in range(widget.count())]  # type: ignore[attr-defined]


@pytest.fixture
def coop(sqlite_admin: UnitOfWork) -> tuple[UnitOfWork, dict[str, int]]:
    return sqlite_admin, build_coop(sqlite_admin)


def test_the_checklist_and_its_dialogs(qtbot: QtBot, coop: tuple[UnitOfWork, dict[str, int]],
                                       tmp_path: Path) -> None:
    uow, _ids = coop
    tab = ChecklistTab(make_ctx(uow, tmp_path), today=lambda: ON)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    assert tab.tree.topLevelItemCount() == 5
    first = tab.tree.topLevelItem(0)
    assert first is not None and first.text(0) == "1. Management system"
    item = select(tab, "2.4")
    assert (item.text(0), item.text(1)) == ("2.4  Decisions taken by the members", "Not started")
    assert "Clause: CRAFT 2.0, Vol. 2A, legitimacy of the ASM producer" in tab.detail.text()
    assert texts(tab.suggested)[:2] == [
        "Minutes no. 5: Asamblea extraordinaria (2026-07-01)",
        "Minutes no. 4: Asamblea ordinaria 2026 (2026-03-15)"]

    def assess(d: AssessDialog) -> None:
        d.level.setCurrentIndex(d.level.findData("met"))
        d.note.setPlainText("Acta de marzo firmada")
        d.ok.click()

    on_modal(AssessDialog, assess)
    tab.assess_button.click()
    item = select(tab, "2.4")
    assert item.text(1) == "Met"
    assert item.foreground(1).color().name() == "#1b7a3e"
    assert "Acta de marzo firmada" in tab.detail.text()
    assert texts(tab.history)[0].endswith("Met  (admin) — Acta de marzo firmada")

    # a suggested record attached by double-click, then through the dialog
    tab.attach_suggestion(tab.suggested.item(1))
    assert texts(tab.evidence) == ["Minutes no. 4: Asamblea ordinaria 2026 (2026-03-15)"]
    assert select(tab, "2.4").text(2) == "1"

    def attach(d: EvidenceDialog) -> None:
        assert d.record.isChecked()
        d.suggestions.setCurrentRow(0)
        d.label.setText("Acta extraordinaria")
        d.ok.click()

    on_modal(EvidenceDialog, attach)
    tab.evidence_button.click()
    assert texts(tab.evidence)[1] == "Acta extraordinaria"

    select(tab, "2.3")

    def register(d: EvidenceDialog) -> None:
        d.register.setChecked(True)
        d.ok.click()

    on_modal(EvidenceDialog, register)
    tab.evidence_button.click()
    assert texts(tab.evidence) == [
        f"Member register on {dt.date.today().isoformat()}: 10 members"]

    tab.evidence.setCurrentRow(0)
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()
    assert texts(tab.evidence) == ["No evidence yet."]

    # a refused file keeps the dialog open and names the field
    select(tab, "1.3")

    def no_file(d: EvidenceDialog) -> None:
        d.file.setChecked(True)
        d.ok.click()
        assert d.errors["filename"].text() == "Choose the file."
        assert d.isVisible()

    on_modal(EvidenceDialog, no_file)
    tab.evidence_button.click()

    pytest.importorskip("coopdesk.plans.activities")
    select(tab, "5.4")

    def action(d: ActionDialog) -> None:
        d.title.setText("Comprar retortas")
        d.responsible.setValue(2)
        d.budget.setText("1.500.000,00")
        d.ok.click()

    on_modal(ActionDialog, action)
    tab.action_button.click()
    assert texts(tab.activities)[0].startswith("1. Comprar retortas (")
    assert select(tab, "5.4").text(3) == "1"
    tab.grab().save(str(tmp_path / "checklist.png"))
    view = standards.checklist(uow, "craft").find("5.4")
    assert view is not None and view.activities[0].responsible == "Nombre2 Apellido2"


def test_the_supervisory_committee_reads_only(qtbot: QtBot,
                                              coop: tuple[UnitOfWork, dict[str, int]],
                                              tmp_path: Path) -> None:
    uow, _ids = coop
    standards.assess(uow, "fairmined", "1.4", "partly_met")
    reader = add_role_users(uow)[Role.SUPERVISORY]
    tab = ChecklistTab(make_ctx(reader, tmp_path), today=lambda: ON)
    qtbot.addWidget(tab)
    tab.standard.setCurrentIndex(tab.standard.findData("fairmined"))
    assert tab.summary.text() == "2.4 % met; 1 of 28 assessed"   # 0.66 / 28
    assert select(tab, "1.4").text(1) == "Partly met"
    assert not tab.assess_button.isEnabled() and not tab.evidence_button.isEnabled()
    assert not tab.action_button.isEnabled()
    assert "may read the standards" in tab.assess_button.toolTip()
