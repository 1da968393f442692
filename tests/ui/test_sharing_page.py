"""The Benefit sharing page, the distribution wizard and the sharing forms, driven through their
widgets (pytest-qt, offscreen) on the cooperative of tests/test_sharing.py: a wizard run from
the surplus of 2025 to posted, approval, posting and payout from the page, "why this amount",
the exports, the paged member table, the policies, rights, and bad input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries as ledger
from coopdesk.sharing import queries as sq
from coopdesk.sharing import services as sharing
from coopdesk.sharing.allocation import Basis
from coopdesk.sharing.services import RunInput, Source
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import set_date
from coopdesk.ui.dialogs.sharing_forms import (
    ApproveDialog,
    ExplainDialog,
    PayDialog,
    PayoutSheetDialog,
    PostDialog,
    ReverseDialog,
    UnclaimedDialog,
)
from coopdesk.ui.dialogs.sharing_policy import PolicyDialog
from coopdesk.ui.hub import Hub
from coopdesk.ui.models.distribution_lines import LinesModel
from coopdesk.ui.pages import PAGES, load_pages
from coopdesk.ui.pages.sharing import SharingPage
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.wizards.distribution_wizard import DistributionWizard
from tests.conftest import add_role_users
from tests.test_sharing import coop  # noqa: F401  (the cooperative, built on ``admin``)

D = Decimal
Q = TypeVar("Q", bound=QDialog)
TODAY = dt.date(2026, 3, 10)
WAIT_MS = 20_000


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    """Widget tests run on SQLite only (the services run on both in tests/test_sharing*)."""
    return sqlite_admin


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    ops.wait_all()


@pytest.fixture
def ctx(qtbot: QtBot, coop: UnitOfWork, tmp_path: Path) -> AppContext:  # noqa: F811
    hub = Hub()
    hub.attach(coop)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(coop, hub, settings)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> SharingPage:
    widget = SharingPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
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
            if tries[0] < 400:
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


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item


def posted_run(uow: UnitOfWork) -> int:
    n = sharing.create_run(uow, RunInput("Excedentes 2025", Source.SURPLUS, "colombia",
                                         year="2025"))
    sharing.approve(uow, n, dt.date(2026, 3, 1), "AGO-2026 res. 4")
    sharing.post(uow, n, dt.date(2026, 3, 2))
    return n


def texts(model: object, row: int) -> list[str]:
    m = model  # a QAbstractTableModel
    return [m.data(m.index(row, c)) for c in range(m.columnCount())]  # type: ignore[attr-defined]


# ---- the wizard, end to end --------------------------------------------------------------------

def test_the_wizard_from_a_surplus_to_posted(qtbot: QtBot, page: SharingPage,
                                             ctx: AppContext) -> None:
    assert page.runs.rowCount() == 0 and "New distribution" in page.run_info.text()

    def drive(w: DistributionWizard) -> None:
        next_b = w.button(QWizard.WizardButton.NextButton)
        # 1. the closed year is offered with its surplus; a title is needed
        src = w.source_page
        assert src.buttons[Source.SURPLUS].isChecked()
        assert src.year.currentData() == "2025" and "1,000,000.00" in src.year.currentText()
        assert src.title_edit.text() == "Surplus 2025" and not src.amount.isEnabled()
        w.grab().save("/tmp/sharing_wizard_source.png")
        src.title_edit.clear()
        click(qtbot, next_b)
        assert w.currentPage() is src
        assert "Give the distribution a title" in src.errors["title"].text()
        assert src.errors["title"].isVisible()
        # a premium asks for an amount; back to the surplus
        src.buttons[Source.PREMIUM].click()
        assert src.amount.isEnabled() and src.title_edit.text() == "Fairmined premium 2025"
        click(qtbot, next_b)
        assert "more than zero" in src.errors["amount"].text()
        src.buttons[Source.SURPLUS].click()
        assert src.title_edit.text() == "Surplus 2025"
        qtbot.keyClicks(src.title_edit, " (Excedentes)")
        click(qtbot, next_b)
        # 2. the stored policy, shown in the editor; a wrong edit is said at once
        pol = w.policy_page
        assert w.currentPage() is pol and pol.policy.currentData() == "colombia"
        editor = pol.editor
        w.grab().save("/tmp/sharing_wizard_policy.png")
        assert editor.steps.rowCount() == 3 and editor.weights[Basis.VALUE].text() == "100"
        editor.weights[Basis.VALUE].setText("lots")
        assert "not a number" in editor.problems_label.text()
        click(qtbot, next_b)
        assert w.currentPage() is pol
        editor.weights[Basis.VALUE].setText("100")
        assert editor.problems_label.isHidden()
        click(qtbot, next_b)
        # 3. the preview, computed in a worker
        prev = w.preview_page
        assert w.currentPage() is prev
        qtbot.waitUntil(lambda: prev.ready, timeout=WAIT_MS)
        assert "Draft distribution 1" in prev.status.text()
        assert prev.steps.rowCount() == 4  # three funds and the members' part
        assert cell(prev.steps, 0, 0).text() == "Statutory reserve"
        assert cell(prev.steps, 0, 3).text() == "200,000.00"
        assert "Members — Production delivered (value)" in cell(prev.steps, 3, 0).text()
        assert [label for label, _v in prev.chart.items()][-1] == "Members"
        assert prev.members.rowCount() == 4 and prev.page_label.text() == "1–4 of 4"
        assert prev.members.headerData(4, Qt.Orientation.Horizontal) == "Gold sold"
        assert prev.members.headerData(4, Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.ToolTipRole) == \
            "Production delivered (value)"
        qtbot.keyClicks(prev.search, "Quispe")
        assert prev.members.rowCount() == 1 and prev.page_label.text() == "1–1 of 1"
        prev.search.clear()
        w.resize(1180, 820)
        qtbot.wait(50)
        w.grab().save("/tmp/sharing_wizard_preview.png")
        click(qtbot, next_b)
        # 4. approval without a resolution is refused, then posted
        ap = w.approval_page
        assert w.currentPage() is ap and ap.choices[sharing.RunStatus.POSTED].isChecked()
        finish = w.button(QWizard.WizardButton.FinishButton)
        click(qtbot, finish)
        assert w.currentPage() is ap and w.result_value is None
        assert "resolution" in ap.errors["resolution"].text()
        set_date(ap.approved_on, dt.date(2026, 3, 1))
        set_date(ap.post_on, dt.date(2026, 3, 2))
        qtbot.keyClicks(ap.resolution, "AGO-2026 res. 4")
        w.grab().save("/tmp/sharing_wizard_approval.png")
        click(qtbot, finish)

    seen = on_modal(DistributionWizard, drive)
    click(qtbot, page.new_button)
    assert seen and seen[0].result_value is not None
    assert seen[0].result_value.status == "posted"
    assert page.runs.rowCount() == 1
    assert texts(page.runs, 0)[:4] == ["1", "Surplus 2025 (Excedentes)", "Surplus of a closed year",
                                       "Posted"]
    assert "approved and posted" in page.message.text()
    assert page.lines.rowCount() == 4 and page.pay_button.isEnabled()
    assert ledger.member_balance(ctx.uow, 1, "2620") < 0


def test_cancelling_the_wizard_deletes_its_draft(qtbot: QtBot, ctx: AppContext) -> None:
    w = DistributionWizard(ctx.uow, None, TODAY)
    qtbot.addWidget(w)
    w.show()
    w.next()
    w.next()
    qtbot.waitUntil(lambda: w.preview_page.ready, timeout=WAIT_MS)
    assert [r.number for r in sq.runs(ctx.uow)] == [1]
    w.reject()
    assert sq.runs(ctx.uow) == []


def test_a_premium_that_cannot_be_shared_says_why(qtbot: QtBot, ctx: AppContext) -> None:
    w = DistributionWizard(ctx.uow, None, TODAY)
    qtbot.addWidget(w)
    w.show()
    src = w.source_page
    src.buttons[Source.DECIDED].click()
    src.amount.setText("500")
    set_date(src.start, dt.date(2026, 1, 1))
    set_date(src.end, dt.date(2026, 1, 31))  # nobody produced then
    w.next()
    w.next()
    prev = w.preview_page
    qtbot.waitUntil(lambda: not prev.busy, timeout=WAIT_MS)
    assert not prev.ready and not prev.isComplete()
    assert "No eligible member has anything" in prev.errors["form"].text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    assert sq.runs(ctx.uow) == []


# ---- approve, post, pay from the page ----------------------------------------------------------

def test_approve_post_and_pay_from_the_page(qtbot: QtBot, page: SharingPage,
                                            ctx: AppContext, shown_messages: list[str]) -> None:
    uow = ctx.uow
    sharing.create_run(uow, RunInput("Excedentes 2025", Source.SURPLUS, "colombia",
                                     year="2025"))
    assert page.runs.rowCount() == 1 and page.selected_run() == 1  # through the hub
    assert page.approve_button.isEnabled() and not page.post_button.isEnabled()
    page.recompute()
    assert "computed again" in page.message.text()

    def approve(d: ApproveDialog) -> None:
        click(qtbot, d.ok)  # no resolution: said under the field, nothing written
        assert d.isVisible() and not d.approved
        assert "reference of the assembly's resolution" in d.errors["resolution"].text()
        set_date(d.date, dt.date(2025, 6, 1))
        qtbot.keyClicks(d.resolution, "AGO-2026 res. 4")
        click(qtbot, d.ok)
        assert "before the year ends" in d.errors["approved_on"].text()
        set_date(d.date, dt.date(2026, 3, 1))
        click(qtbot, d.ok)

    seen = on_modal(ApproveDialog, approve)
    click(qtbot, page.approve_button)
    assert seen and seen[0].approved
    assert texts(page.runs, 0)[3] == "Approved" and page.post_button.isEnabled()

    def post(d: PostDialog) -> None:
        set_date(d.date, dt.date(2026, 2, 1))
        click(qtbot, d.ok)
        assert "before the approval" in d.errors["date"].text()
        set_date(d.date, dt.date(2026, 3, 2))
        click(qtbot, d.ok)

    seen_p = on_modal(PostDialog, post)
    click(qtbot, page.post_button)
    assert seen_p and seen_p[0].entry is not None
    assert "posted: entry 2026/" in page.message.text()
    assert texts(page.runs, 0)[3] == "Posted" and texts(page.runs, 0)[7] == "3"

    # Pay Rosa (selected) in cash, then everyone else paid in cash.
    page.line_table.selectRow(0)
    assert page.selected_members() == [1]

    def pay_one(d: PayDialog) -> None:
        assert d.only_selected.isChecked() and "3 member(s) to pay" in d.via.currentText()
        set_date(d.date, dt.date(2026, 2, 1))
        click(qtbot, d.ok)
        assert "before the distribution was posted" in d.errors["date"].text()
        set_date(d.date, dt.date(2026, 3, 5))
        d.reference.setText("Recibo 101")
        click(qtbot, d.ok)

    seen_pay = on_modal(PayDialog, pay_one)
    click(qtbot, page.pay_button)
    assert seen_pay and seen_pay[0].paid is not None and seen_pay[0].paid.count == 1
    assert "Paid 1 member(s)" in page.message.text()
    assert texts(page.runs, 0)[7] == "2"
    assert page.lines.data(page.lines.index(0, page.lines.columnCount() - 2)).startswith("Mar 5")

    def pay_rest(d: PayDialog) -> None:
        d.all_unpaid.click()
        d.via.setCurrentIndex(d.via.findData("bank"))  # nobody is paid by bank
        click(qtbot, d.ok)
        assert "Nobody is left to pay by bank" in d.errors["members"].text()
        d.via.setCurrentIndex(d.via.findData("cash"))
        set_date(d.date, dt.date(2026, 3, 6))
        click(qtbot, d.ok)

    page.line_table.clearSelection()
    seen_rest = on_modal(PayDialog, pay_rest)
    click(qtbot, page.pay_button)
    assert seen_rest and seen_rest[0].paid is not None and seen_rest[0].paid.count == 2
    assert texts(page.runs, 0)[7] == "0" and not page.pay_button.isEnabled()
    assert ledger.member_balance(uow, 1, "2620") == 0

    # The last payout was a mistake: reverse it; then the distribution needs its other
    # payout reversed before it can be reversed itself.
    def reverse_payout(d: ReverseDialog) -> None:
        assert d.what.count() == 3 and d.what.currentData() is not None  # two payouts first
        click(qtbot, d.ok)
        assert "reason" in d.errors["reason"].text()
        d.reason.setText("they did not come")
        set_date(d.date, dt.date(2026, 3, 7))
        click(qtbot, d.ok)

    seen_rev = on_modal(ReverseDialog, reverse_payout)
    click(qtbot, page.reverse_button)
    assert seen_rev and "2 member(s) are unpaid again" in page.message.text()
    assert texts(page.runs, 0)[7] == "2" and page.pay_button.isEnabled()

    def reverse_run_too_early(d: ReverseDialog) -> None:
        d.what.setCurrentIndex(d.what.count() - 1)
        d.reason.setText("wrong policy")
        set_date(d.date, dt.date(2026, 3, 7))
        click(qtbot, d.ok)
        assert "Reverse the payouts first" in d.errors["what"].text()

    assert on_modal(ReverseDialog, reverse_run_too_early) is not None
    click(qtbot, page.reverse_button)
    assert texts(page.runs, 0)[3] == "Posted"
    assert shown_messages == []


# ---- why this amount, exports, unclaimed -------------------------------------------------------

def test_why_this_amount_and_its_print(qtbot: QtBot, page: SharingPage, ctx: AppContext,
                                       tmp_path: Path) -> None:
    posted_run(ctx.uow)
    page.refresh()
    page.line_table.selectRow(2)  # Eva Huanca, deceased: paid to her successor

    def check(d: ExplainDialog) -> None:
        assert d.member == 3
        text = d.text.toPlainText()
        for sentence in d.sentences():
            assert sentence in text
        assert "Ana Huanca" in text and "Production delivered (value)" in text
        labels = [cell(d.figures, r, 0).text() for r in range(d.figures.rowCount())]
        assert "Exact share" in labels and "Amount received" in labels
        d.print_pdf(tmp_path / "why.pdf")
        qtbot.waitUntil(lambda: d.last_export is not None, timeout=WAIT_MS)
        assert "Saved" in d.message.text()

    seen = on_modal(ExplainDialog, check)
    click(qtbot, page.why_button)
    assert seen
    assert (tmp_path / "why.pdf").read_bytes().startswith(b"%PDF")


def test_exports_and_the_unclaimed_list(qtbot: QtBot, page: SharingPage, ctx: AppContext,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    n = posted_run(ctx.uow)
    page.refresh()
    page.export("preview", "pdf", tmp_path / "preview.pdf")
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
    assert (tmp_path / "preview.pdf").read_bytes().startswith(b"%PDF")
    page.export("preview", "xlsx", tmp_path / "preview.xlsx")
    qtbot.waitUntil(lambda: page.last_export == tmp_path / "preview.xlsx", timeout=WAIT_MS)

    saved = tmp_path / "sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))

    def options(d: PayoutSheetDialog) -> None:
        d.via.setCurrentIndex(d.via.findData("cash"))
        assert d.options() == ("cash", True, "pdf")
        d.accept()

    seen = on_modal(PayoutSheetDialog, options)
    click(qtbot, page.sheet_button)
    assert seen
    qtbot.waitUntil(lambda: page.last_export == tmp_path / "sheet.pdf", timeout=WAIT_MS)
    assert (tmp_path / "sheet.pdf").stat().st_size > 1000

    # Nobody is unclaimed yet (90 days after the posting); later, three are.
    d = UnclaimedDialog(ctx.uow, n, today=TODAY)
    qtbot.addWidget(d)
    assert d.model.rowCount() == 0 and "Nobody's payout is unclaimed" in d.summary.text()
    d = UnclaimedDialog(ctx.uow, n, today=dt.date(2026, 9, 1))
    qtbot.addWidget(d)
    assert d.model.rowCount() == 3 and "3 member(s) have not collected" in d.summary.text()
    page.today = dt.date(2026, 9, 1)
    saved = tmp_path / "unclaimed"

    def export_it(dialog: UnclaimedDialog) -> None:
        click(qtbot, dialog.pdf_button)
        qtbot.waitUntil(lambda: page.last_export == tmp_path / "unclaimed.pdf",
                        timeout=WAIT_MS)

    seen_u = on_modal(UnclaimedDialog, export_it)
    click(qtbot, page.unclaimed_button)
    assert seen_u


# ---- the member table, a page at a time --------------------------------------------------------

def test_the_member_table_reads_a_page_at_a_time_and_filters(qtbot: QtBot, page: SharingPage,
                                                             ctx: AppContext) -> None:
    posted_run(ctx.uow)
    page.refresh()
    model = page.lines
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.PAGE = 3
    page.apply_search()
    assert model.total == 4 and model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()
    assert "4 member line(s)" in page.line_count.text()
    page.search.setText("mamani")
    qtbot.waitUntil(lambda: model.total == 1, timeout=2000)
    assert texts(model, 0)[:2] == ["2", "Juan Mamani"]
    page.search.setText("4")
    page.apply_search()
    row = texts(model, 0)
    assert row[1] == "Luis Condori" and row[-1] == "No part: suspended"
    page.search.setText("nobody")
    page.apply_search()
    assert model.rowCount() == 0 and not page.why_button.isEnabled()
    # the same model holds a plain list too
    plain = LinesModel("COP")
    plain.set_rows(sq.lines(ctx.uow, 1))
    assert plain.rowCount() == 4 and not plain.canFetchMore()


# ---- policies, rights, the registry, the premium tab -------------------------------------------

def test_policies_are_written_checked_and_installed(qtbot: QtBot, page: SharingPage,
                                                    ctx: AppContext) -> None:
    page.tabs.setCurrentIndex(1)
    assert page.policy_rows.rowCount() == 1
    assert texts(page.policy_rows, 0)[:2] == [
        "colombia", "Statutory reserve 20 %, Education fund 20 %, Solidarity fund 10 %"]

    def new(d: PolicyDialog) -> None:
        d.preset.setCurrentIndex(d.preset.findData("ohada"))
        ed = d.editor
        assert ed.steps.rowCount() == 4 and ed.weights[Basis.GRAMS].text() == "80"
        ed.name.setText("")
        cell(ed.steps, 0, 1).setText("95")
        click(qtbot, d.ok)  # no name, funds over 100 %: said, nothing stored
        problems = ed.problems_label.text()
        assert "needs a name" in problems and "more than 100" in problems
        assert d.isVisible() and d.saved is None
        ed.name.setText("estatuto-2026")
        cell(ed.steps, 0, 1).setText("20")
        ed.rounding.setText("50")
        assert ed.problems_label.isHidden()
        click(qtbot, d.ok)

    seen = on_modal(PolicyDialog, new)
    click(qtbot, page.new_policy_button)
    assert seen and seen[0].saved is not None and seen[0].saved.rounding == 5000
    assert [p.name for p in page.policy_rows.rows] == ["colombia", "estatuto-2026"]
    page.preset.setCurrentIndex(page.preset.findData("colombia"))
    click(qtbot, page.install_button)
    assert "colombia-2" in page.message.text()
    assert len(page.policy_rows.rows) == 3

    page.policy_table.selectRow(0)

    def edit(d: PolicyDialog) -> None:
        assert d.editor.name.text() == "colombia" and not d.preset.isVisible()
        d.editor.min_days.setValue(30)
        click(qtbot, d.ok)

    seen_e = on_modal(PolicyDialog, edit)
    click(qtbot, page.edit_policy_button)
    assert seen_e and seen_e[0].saved is not None and seen_e[0].saved.min_days == 30


def test_buttons_follow_the_users_rights(qtbot: QtBot, page: SharingPage,
                                         ctx: AppContext) -> None:
    sharing.create_run(ctx.uow, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    assert page.new_button.isEnabled() and page.approve_button.isEnabled()
    users = add_role_users(ctx.uow)
    ctx.uow = users[Role.SECRETARY]
    page.refresh()
    for b in (page.new_button, page.approve_button, page.recompute_button,
              page.new_policy_button, page.install_button):
        assert not b.isEnabled() and "may not prepare" in b.toolTip()
    assert page.preview_button.isEnabled()  # reading is allowed
    ctx.uow = users[Role.TREASURER]
    page.refresh()
    assert page.approve_button.isEnabled()


def test_registry_title_refresh_and_premium_tab(qtbot: QtBot, page: SharingPage,
                                                ctx: AppContext) -> None:
    keys = [k for k, _p in PAGES]
    assert keys.index("sharing") == keys.index("production") + 1
    assert any(s.key == "sharing" and s.icon_name == "sharing" for s in load_pages())
    assert SharingPage.title() == "Benefit sharing"
    page.hide()
    sharing.create_run(ctx.uow, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    assert page.stale and page.runs.rowCount() == 0
    page.show()
    assert not page.stale and page.runs.rowCount() == 1
    page.tabs.setCurrentIndex(2)
    assert page.premium is not None
    layout = page.premium_host.layout()
    assert layout is not None and layout.count() == 1


# ---- pictures ----------------------------------------------------------------------------------

def test_screenshots(qtbot: QtBot, page: SharingPage, ctx: AppContext) -> None:
    """The page with a posted, partly paid run, and the explanation (/tmp/sharing_*.png)."""
    n = posted_run(ctx.uow)
    sharing.pay(ctx.uow, n, dt.date(2026, 3, 5), "cash", [1])
    page.refresh()
    page.line_table.selectRow(0)
    qtbot.wait(50)
    page.grab().save("/tmp/sharing_page.png")
    page.tabs.setCurrentIndex(1)
    page.grab().save("/tmp/sharing_policies.png")
    d = ExplainDialog(ctx.uow, n, 1, settings=ctx.settings)
    qtbot.addWidget(d)
    d.show()
    qtbot.wait(50)
    d.grab().save("/tmp/sharing_explain.png")
    pay = PayDialog(ctx.uow, n, [2], today=TODAY)
    qtbot.addWidget(pay)
    pay.show()
    pay.grab().save("/tmp/sharing_pay.png")
    pol = PolicyDialog(ctx.uow)
    qtbot.addWidget(pol)
    pol.preset.setCurrentIndex(pol.preset.findData("ohada"))
    pol.show()
    pol.grab().save("/tmp/sharing_policy_dialog.png")
    assert Path("/tmp/sharing_page.png").stat().st_size > 1000


@pytest.mark.parametrize("lang", ["en", "es", "fr", "sw"])
def test_the_page_fits_beside_the_rail(qtbot: QtBot, ctx: AppContext, lang: str) -> None:
    """The window is 1280 wide with a rail of up to 270 in French: the page must fit in 980
    in every language, with a posted run selected (its buttons' longest labels)."""
    from coopdesk.core.i18n import set_language

    set_language(lang)
    n = sharing.create_run(ctx.uow, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    sharing.approve(ctx.uow, n, dt.date(2026, 3, 1), "res. 4")
    sharing.post(ctx.uow, n, dt.date(2026, 3, 2))
    widget = SharingPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.reverse_button.text() in ("Reverse…",) or lang != "en"
    assert widget.minimumSizeHint().width() <= 980, (lang, widget.minimumSizeHint())


def test_one_button_deletes_a_draft_or_reverses_a_posting(qtbot: QtBot, page: SharingPage,
                                                          ctx: AppContext,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    import coopdesk.ui.pages.sharing as page_module

    sharing.create_run(ctx.uow, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    assert page.reverse_button.text() == "Delete draft" and page.reverse_button.isEnabled()
    monkeypatch.setattr(page_module, "message", lambda *a, **k: page_module.Button.Yes)
    click(qtbot, page.reverse_button)
    qtbot.waitUntil(lambda: page.runs.rowCount() == 0, timeout=WAIT_MS)
    assert not page.reverse_button.isEnabled()
