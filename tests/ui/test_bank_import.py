"""The bank statement import wizard and the new-account dialog, driven through their widgets
(pytest-qt, offscreen) on the cooperative of tests/test_bank_services.py: a good file previewed
and imported, a broken one refused with its line named and nothing imported, the same file
again adding nothing, a mapping defined for a bank's own layout and saved, and an account added
or refused under the field the service names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coopdesk.bank import queries, services
from coopdesk.bank.models import BankLineRow
from coopdesk.core.uow import UnitOfWork
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bank_account import BankAccountDialog
from coopdesk.ui.hub import Hub
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.wizards.bank_import_wizard import DEFINE, BankImportWizard
from tests.test_bank_services import JANUARY, coop, csv  # noqa: F401  (built on ``admin``)

WAIT_MS = 20_000


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """Widget tests run on SQLite only (the services run on both in tests/test_bank_*)."""
    return sqlite_admin


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    ops.wait_all()


@pytest.fixture
def ctx(coop: UnitOfWork, tmp_path: Path) -> AppContext:  # noqa: F811
    hub = Hub()
    hub.attach(coop)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(coop, hub, settings)


def lines(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return s.scalar(select(func.count()).select_from(BankLineRow)) or 0


def open_wizard(qtbot: QtBot, ctx: AppContext, path: Path) -> BankImportWizard:
    wizard = BankImportWizard(ctx, "BANCO")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    return wizard


def to_preview(qtbot: QtBot, wizard: BankImportWizard) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT_MS)


def finish(qtbot: QtBot, wizard: BankImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isVisible() and button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: wizard.result_value is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)


def cell(wizard: BankImportWizard, row: int, col: int) -> str:
    item = wizard.preview_page.table.item(row, col)
    assert item is not None
    return item.text()


def test_a_good_file_is_previewed_then_imported(qtbot: QtBot, ctx: AppContext,
                                                coop: UnitOfWork,  # noqa: F811
                                                tmp_path: Path) -> None:
    path = tmp_path / "enero.csv"
    path.write_bytes(JANUARY)
    wizard = open_wizard(qtbot, ctx, path)
    assert "CSV" in wizard.file_page.format_label.text()
    assert wizard.file_page.mapping_combo.isVisible()
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert not page.error.isVisible()
    assert page.counts.text() == "4 line(s): 4 new, 0 already imported"
    assert "Jan 5, 2026" in page.period.text() and "Jan 31, 2026" in page.period.text()
    assert "closing balance 2,337,500.00" in page.balances.text()
    assert page.table.rowCount() == 4
    assert [cell(wizard, 2, c) for c in range(6)] == [
        "Jan 15, 2026", "CHEQUE 000512", "512", "-350,000.00", "2,350,000.00", "new"]
    assert lines(coop) == 0  # the preview wrote nothing
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    result = wizard.result_value
    assert result is not None and (result.new, result.known) == (4, 0)
    assert wizard.outcome_text == "4 new line(s), 0 already imported"
    assert [ln.amount for ln in queries.bank_lines(coop, "BANCO")][-1] == -12_500


def test_a_broken_file_names_its_line_and_imports_nothing(qtbot: QtBot, ctx: AppContext,
                                                          coop: UnitOfWork,  # noqa: F811
                                                          tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(csv(("05/01/2026", "A", "", "10,00", "10,00"),
                         ("32/01/2026", "B", "", "10,00", "20,00")))
    wizard = open_wizard(qtbot, ctx, path)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.error.isVisible()
    assert page.error.text().startswith("Line 3")
    assert "32/01/2026" in page.error.text() and "Fecha" in page.error.text()
    assert page.table.rowCount() == 0
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert page.validatePage() is False and wizard.result_value is None
    assert lines(coop) == 0
    # a missing file is said on the first page; a file dropped there is taken
    wizard.back()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wizard.file_page.path.clear()
    wizard.file_page.dropEvent(drop)
    assert wizard.file_page.path.text() == str(path) and wizard.data is not None
    wizard.file_page.path.setText(str(tmp_path / "nope.csv"))
    assert wizard.file_page.error.isVisible() and "no file" in wizard.file_page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_statement_that_does_not_add_up_is_imported_only_on_purpose(
        qtbot: QtBot, ctx: AppContext, coop: UnitOfWork, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "odd.csv"
    path.write_bytes(csv(("05/01/2026", "A", "", "10,00", "10,00"),
                         ("06/01/2026", "B", "", "10,00", "25,00")))
    wizard = open_wizard(qtbot, ctx, path)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.mismatch.isVisible() and "does not add up" in page.mismatch.text()
    assert "25" in page.mismatch.text()
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert page.anyway.isVisible() and not button.isEnabled()
    page.anyway.setChecked(True)
    assert button.isEnabled()
    finish(qtbot, wizard)
    assert lines(coop) == 2


def test_the_same_file_again_adds_nothing(qtbot: QtBot, ctx: AppContext,
                                          coop: UnitOfWork, tmp_path: Path) -> None:  # noqa: F811
    services.import_statement(coop, "BANCO", JANUARY, "enero.csv")
    path = tmp_path / "enero.csv"
    path.write_bytes(JANUARY)
    wizard = open_wizard(qtbot, ctx, path)
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.counts.text() == "4 line(s): 0 new, 4 already imported"
    assert "adds nothing" in page.outcome.text()
    assert {cell(wizard, r, 5) for r in range(4)} == {"already imported"}
    finish(qtbot, wizard)
    result = wizard.result_value
    assert result is not None and (result.import_id, result.new, result.known) == (None, 0, 4)
    assert wizard.outcome_text.startswith("0 new line(s), 4 already imported")
    assert lines(coop) == 4


def test_a_mapping_defined_in_the_wizard_reads_the_file_and_is_saved(
        qtbot: QtBot, ctx: AppContext, coop: UnitOfWork, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "agrario.csv"
    path.write_bytes(b"Cuenta 4-0012-345678\n\nDia|Detalle|Cargo|Abono\n"
                     b"05-01-2026|DEPOSITO|0|1500000\n15-01-2026|CHEQUE 512|350000|0\n")
    wizard = open_wizard(qtbot, ctx, path)
    wizard.file_page.set_choice(DEFINE)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    # no date column the reader knows: the header is not found until the user says where
    assert page.error.isVisible() and not page.headers
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.header_row.setValue(3)
    page.delimiter.setCurrentIndex(page.delimiter.findData("|"))
    assert page.headers == ["Dia", "Detalle", "Cargo", "Abono"]
    assert "Header on line 3" in page.found.text()
    page.amount_mode.setCurrentIndex(page.amount_mode.findData("debit_credit"))
    assert page.columns["debit"].isVisibleTo(page) and not page.columns["amount"].isVisibleTo(page)
    for field, name in (("date", "Dia"), ("description", "Detalle"), ("debit", "Cargo"),
                        ("credit", "Abono")):
        page.columns[field].setCurrentIndex(page.columns[field].findData(name))
    page.date_format.setCurrentIndex(page.date_format.findData("%d-%m-%Y"))
    page.decimal.setCurrentIndex(page.decimal.findData("."))
    page.save_as.setText("Banco Agrario")
    to_preview(qtbot, wizard)
    assert not wizard.preview_page.error.isVisible(), wizard.preview_page.error.text()
    assert wizard.preview_page.counts.text() == "2 line(s): 2 new, 0 already imported"
    assert cell(wizard, 1, 3) == "-350,000.00"
    finish(qtbot, wizard)
    assert [ln.amount for ln in queries.bank_lines(coop, "BANCO")] == [1_500_000, -350_000]
    saved = services.mappings(coop)["Banco Agrario"]
    assert (saved.header_row, saved.delimiter, saved.debit_column) == (3, "|", "Cargo")
    # the saved mapping is offered the next time
    again = open_wizard(qtbot, ctx, path)
    assert again.file_page.mapping_combo.findText("Saved mapping: Banco Agrario") >= 0


def test_the_account_dialog_adds_an_account_or_says_why_not(qtbot: QtBot, ctx: AppContext,
                                                            coop: UnitOfWork,  # noqa: F811
                                                            ) -> None:
    dialog = BankAccountDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ledger.currentData() == "1110"  # the chart's bank account, for a bank
    assert "4105" not in [dialog.ledger.itemData(i) for i in range(dialog.ledger.count())]
    dialog.code_edit.setText("OTRA")
    dialog.name.setText("Otra cuenta")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.code is None
    error = dialog.errors["ledger"]
    assert error.isVisible() and "already belongs to the bank account BANCO" in error.text()
    assert [a.code for a in services.accounts(coop)] == ["BANCO"]

    dialog.kind.setCurrentIndex(dialog.kind.findData("mobile_money"))
    assert dialog.ledger.currentData() == "1120"  # the chart's mobile-money account
    assert dialog.number_label.text() == "Phone number"
    dialog.code_edit.setText("MPESA")
    dialog.name.setText("M-Pesa de la cooperativa")
    dialog.number.setText("+255 700 000 000")
    dialog.ok.click()
    assert dialog.result() == BankAccountDialog.DialogCode.Accepted
    assert dialog.code == "MPESA"
    info = services.account(coop, "MPESA")
    assert (info.kind, info.ledger_code, info.number) == ("mobile_money", "1120",
                                                          "+255 700 000 000")
