"""The Bylaws tab and its editor, driven through their widgets (pytest-qt, offscreen): a preset
installed from the empty tab, one rule of each kind edited and saved and read back, every
preset shown and read back unchanged, a wrong edit kept open with its message and nothing
written, a preset started from without replacing anything until saved, and a teller who reads
but finds the buttons disabled."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import services
from coopdesk.governance.bylaws import DecisionType, MeetingKind, TieStep
from coopdesk.governance.presets import COLOMBIA, OHADA, PRESETS
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bylaws_dialog import BylawsDialog
from coopdesk.ui.pages.gov_bylaws import BylawsTab
from tests.conftest import add_role_users
from tests.ui.helpers import make_ctx, on_modal

Q = TypeVar("Q", bound=QDialog)


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """Widget tests run on SQLite only (the services run on both in their own tests)."""
    return sqlite_admin


def show_tab(qtbot: QtBot, ctx: AppContext) -> BylawsTab:
    tab = BylawsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def head(uow: UnitOfWork) -> tuple[int, str]:
    with uow.read() as s:
        return audit.head(s)


def cell(dialog: BylawsDialog, row: int, col: int) -> QWidget:
    w = dialog.positions.cellWidget(row, col)
    assert w is not None
    return w


def test_install_a_preset_edit_two_rules_and_read_them_back(
        qtbot: QtBot, admin: UnitOfWork, tmp_path: Path) -> None:
    ctx = make_ctx(admin, tmp_path)
    tab = show_tab(qtbot, ctx)
    assert tab.stack.currentWidget() is tab.empty
    assert not tab.edit_button.isEnabled()
    assert tab.install_buttons["colombia"].text() == (
        "Use the preset: Colombian cooperative law (Ley 79 de 1988)")
    click(qtbot, tab.install_buttons["colombia"])
    assert services.current_bylaws(admin) == COLOMBIA
    assert tab.stack.currentWidget() is tab.text
    text = tab.text.toPlainText()
    assert ("Ordinary general assembly: at least half of the members at first call; after 60 "
            "minutes, one tenth, and never fewer than 10.") in text
    assert "Dissolution: at least two thirds of the members present or represented." in text
    assert tab.edit_button.isEnabled()

    def edit(d: BylawsDialog) -> None:
        assert d.name.text() == "colombia"
        d.tabs.setCurrentIndex(2)
        d.majorities[DecisionType.DISSOLUTION].fraction.setText("3/4")
        seats = cell(d, 0, 1)
        assert isinstance(seats, QSpinBox) and seats.value() == 5
        seats.setValue(7)
        click(qtbot, d.add_position_button)
        name = cell(d, 2, 0)
        assert isinstance(name, QLineEdit)
        name.setText("Comité de Educación")
        d.min_women.setValue(2)
        click(qtbot, d.ok)

    seen = on_modal(BylawsDialog, edit)
    click(qtbot, tab.edit_button)
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    now = services.current_bylaws(admin)
    assert now is not None
    assert now.majorities[DecisionType.DISSOLUTION].fraction == Fraction(3, 4)
    assert now.majorities[DecisionType.MERGER] == COLOMBIA.majorities[DecisionType.MERGER]
    assert [(p.name, p.seats) for p in now.positions] == [
        ("Consejo de Administración", 7), ("Junta de Vigilancia", 3),
        ("Comité de Educación", 1)]
    assert now.min_women == 2
    assert now.quorum == COLOMBIA.quorum and now.tie_break == COLOMBIA.tie_break

    again = show_tab(qtbot, ctx)   # a fresh tab reads the file again
    for t in (tab, again):
        text = t.text.toPlainText()
        assert ("Dissolution: at least three quarters of the members present or "
                "represented.") in text
        assert "Consejo de Administración: 7 seats, terms of 24 months" in text
        assert "At least 2 women on the board." in text


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_is_shown_and_read_back_unchanged(qtbot: QtBot, admin: UnitOfWork,
                                                       name: str) -> None:
    d = BylawsDialog(admin, PRESETS[name])
    qtbot.addWidget(d)
    assert d.read() == (PRESETS[name], [])


def test_a_wrong_edit_keeps_the_dialog_open_and_writes_nothing(
        qtbot: QtBot, admin: UnitOfWork) -> None:
    services.install_bylaws_preset(admin, "ohada")
    before = head(admin)
    d = BylawsDialog(admin, OHADA)
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentIndex(0)
    second = d.quorum[MeetingKind.EXTRAORDINARY].second
    assert second.text() == "1/4"
    second.setText("3/4")                       # above the first call's 1/2
    cell(d, 1, 0).setProperty("text", "")       # a position with no name
    click(qtbot, d.ok)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    assert d.saved is None
    problems = d.problems_label.text().splitlines()
    assert problems == [
        "• Extraordinary general assembly: the quorum at second call cannot be higher than "
        "at first call.",
        "• Position 2 needs a name."]
    assert d.tabs.currentIndex() == 1            # the Quorum tab, where the first problem is
    assert "c62828" in second.styleSheet()
    assert "c62828" in cell(d, 1, 0).styleSheet()
    assert d.tabs.tabBar().tabTextColor(4).name() == "#c62828"   # Board is marked too
    assert d.tabs.tabBar().tabTextColor(2).name() != "#c62828"
    assert services.current_bylaws(admin) == OHADA
    assert head(admin) == before

    second.setText("1/4")
    d.majorities[DecisionType.DISSOLUTION].fraction.setText("two thirds")
    click(qtbot, d.ok)
    assert d.isVisible()
    assert d.problems_label.text() == (
        "• Dissolution: 'two thirds' is not a share between 0 and 1: write it as 1/2, 50 % or "
        "0.5.")
    assert d.tabs.currentIndex() == 2
    assert "c62828" not in second.styleSheet()
    assert head(admin) == before

    d.majorities[DecisionType.DISSOLUTION].fraction.setText("66,67 %")
    cell(d, 1, 0).setProperty("text", "Conseil de surveillance")
    click(qtbot, d.ok)
    assert d.result() == QDialog.DialogCode.Accepted
    now = services.current_bylaws(admin)
    assert now is not None and now.majorities[DecisionType.DISSOLUTION].fraction == Fraction(
        6667, 10000)


def test_ties_positions_and_proxies_in_the_editor(qtbot: QtBot, admin: UnitOfWork) -> None:
    d = BylawsDialog(admin, COLOMBIA)
    qtbot.addWidget(d)
    labels = [d.ties.item(i).text() for i in range(d.ties.count())]
    assert labels == ["Votes at an earlier stage of the count", "Longer membership",
                      "More first preferences", "Older member", "A drawn lot"]
    d.ties.setCurrentRow(3)                      # Older member, moved to the top and ticked
    for _i in range(5):
        d.move_tie(-1)
    d.ties.item(0).setCheckState(Qt.CheckState.Checked)
    d.ties.setCurrentRow(3)                      # the step just above the lot cannot pass it
    d.move_tie(1)
    assert d.ties.item(4).text() == "A drawn lot"
    d.ties.setCurrentRow(4)                      # nor can the lot move
    d.move_tie(-1)
    assert d.ties.item(4).text() == "A drawn lot"
    d.positions.setCurrentCell(0, 0)
    click(qtbot, d.remove_position_button)
    d.proxies_allowed.setChecked(True)
    assert d.proxies_max.isEnabled()
    bylaws, problems = d.read()
    assert bylaws is not None
    assert bylaws.tie_break == (TieStep.AGE, TieStep.EARLIER_STAGE, TieStep.SENIORITY,
                                TieStep.LOT)
    assert [p.name for p in bylaws.positions] == ["Junta de Vigilancia"]
    assert problems == [("proxies.max_per_member", "Proxies are allowed: say how many one "
                         "member may hold (at least one).")]
    d.quorum[MeetingKind.ORDINARY].second.setText("")
    assert not d.quorum[MeetingKind.ORDINARY].after.isEnabled()
    d.quorum[MeetingKind.ORDINARY].after.setValue(-1)
    d.proxies_max.setValue(2)
    bylaws, problems = d.read()
    assert problems == [] and bylaws is not None
    assert bylaws.quorum[MeetingKind.ORDINARY].second_share is None
    assert bylaws.proxies.max_per_member == 2


def test_start_from_a_preset_replaces_nothing_until_saved(
        qtbot: QtBot, admin: UnitOfWork, tmp_path: Path) -> None:
    services.install_bylaws_preset(admin, "colombia")
    tab = show_tab(qtbot, make_ctx(admin, tmp_path))
    assert [a.text() for a in tab.preset_actions.values()] == [
        "Colombian cooperative law (Ley 79 de 1988)", "OHADA cooperative law (Uniform Act of 2010)"]
    names: list[str] = []
    seen = on_modal(BylawsDialog, lambda d: names.append(d.name.text()))
    tab.preset_actions["ohada"].trigger()
    assert len(seen) == 1 and names == ["ohada"]   # shown, then cancelled
    assert services.current_bylaws(admin) == COLOMBIA
    assert "Bylaws: colombia" in tab.text.toPlainText()

    on_modal(BylawsDialog, lambda d: click(qtbot, d.ok))
    tab.preset_actions["ohada"].trigger()
    assert services.current_bylaws(admin) == OHADA
    assert "Bylaws: ohada" in tab.text.toPlainText()
    assert "at a second convocation, any number present" in tab.text.toPlainText()


def test_a_teller_reads_the_bylaws_but_cannot_change_them(
        qtbot: QtBot, admin: UnitOfWork, tmp_path: Path, shown_messages: list[str]) -> None:
    teller = add_role_users(admin)[Role.TELLER]
    tab = show_tab(qtbot, make_ctx(teller, tmp_path))
    assert tab.stack.currentWidget() is tab.empty
    assert not any(b.isEnabled() for b in tab.install_buttons.values())
    assert not tab.preset_button.isEnabled() and not tab.edit_button.isEnabled()
    assert "may read the bylaws but not change them" in tab.preset_button.toolTip()
    services.install_bylaws_preset(admin, "ohada")
    tab.refresh()
    assert "Bylaws: ohada" in tab.text.toPlainText()
    assert not tab.edit_button.isEnabled() and not tab.preset_button.isEnabled()
    tab.install("colombia")                      # the service refuses even if called
    assert any("may not change the bylaws" in m for m in shown_messages)
    assert services.current_bylaws(admin) == OHADA
