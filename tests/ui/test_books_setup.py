"""Adding an account and importing a journal or opening balances from the Books page."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from coopdesk.ledger import queries
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.books_setup import AccountDialog, ImportDialog
from coopdesk.ui.pages.books import BooksPage
from tests.ui.test_books_page import WAIT_MS, books, boxes, ctx, make_page, on_modal

__all__ = ["books", "boxes", "ctx"]  # fixtures shared with the page's tests


def test_add_an_account_from_the_page(qtbot: QtBot, books: AppContext) -> None:
    page = make_page(qtbot, books)
    assert page.account_button.isEnabled()

    def fill(d: AccountDialog) -> None:
        d.heading.setCurrentIndex(d.heading.findData("11"))
        assert d.code.text() == "11"
        d.code.setText("1199")
        d.name.setText("Caja menor de la mina")
        d.accept()
        assert d.added == "1199"

    seen = on_modal(AccountDialog, fill)
    page.add_account()
    assert seen
    codes = [r.code for r in queries.chart(books.uow)]
    assert "1199" in codes
    dialog = AccountDialog(books.uow)
    qtbot.addWidget(dialog)
    dialog.heading.setCurrentIndex(dialog.heading.findData("11"))
    dialog.code.setText("2299")
    dialog.name.setText("Wrong place")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "starts with" in dialog.error.text()


def test_import_checks_every_row_then_posts(qtbot: QtBot, books: AppContext,
                                            tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,entry,account,debit,credit\n2026-03-01,1,1105,10,\n"
                   "2026-03-01,1,9999,,10\n", encoding="utf-8")
    dialog = ImportDialog(books.uow)
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    assert "Row 3, account: There is no account 9999." in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()

    good = tmp_path / "opening.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Cuenta", "Socio", "Debe", "Haber"])
    ws.append(["1105", None, 500, None])
    ws.append(["3105", 1, None, 300])
    ws.append(["3205", None, None, 200])
    wb.save(good)
    dialog.set_file(good)
    assert "say for which fiscal year" in dialog.report.toPlainText()
    dialog.opening.setChecked(True)
    assert "Opening balances: 3 lines" in dialog.report.toPlainText()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported == 1, timeout=WAIT_MS)
    ops.wait_all()
    (entry,) = queries.journal(books.uow)
    assert entry.description.startswith("Opening balances 2026")
    assert queries.member_balance(books.uow, 1, "3105") == -300


def test_a_reader_cannot_import_or_add(qtbot: QtBot, books: AppContext) -> None:
    from coopdesk.core.access import Role
    from tests.conftest import add_role_users

    fiscal = add_role_users(books.uow)[Role.SUPERVISORY]
    page = BooksPage(AppContext(fiscal, books.hub, books.settings))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.import_button.isEnabled() and "may not" in page.import_button.toolTip()
    assert not page.account_button.isEnabled()
