"""The Benefit sharing page: the distributions with their funds and every member's line, from
draft to approval, posting and payout; the sharing policies; and the Fairmined premium use plan.

Writes go through the wizard (:mod:`coopdesk.ui.wizards.distribution_wizard`), the forms of
:mod:`coopdesk.ui.dialogs.sharing_forms` and their services; the page learns of them through the
hub (``sharing``, ``ledger``, ``members``) and reads again. A run can have a hundred thousand
members: its member table reads them a page at a time as it scrolls, and its filter is a query.
The exports (preview, payout sheet, unclaimed list) are built in a worker.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.reports.document import Document, Kind
from coopdesk.sharing import queries
from coopdesk.sharing import services as sharing
from coopdesk.sharing.allocation import BASIS_LABELS, Policy
from coopdesk.sharing.presenter import PolicyForm, presets
from coopdesk.sharing.services import SOURCE_LABELS, RunStatus, Source
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs import Button, Icon, message
from coopdesk.ui.dialogs.sharing_forms import (
    ApproveDialog,
    ExplainDialog,
    PayDialog,
    PayoutSheetDialog,
    PostDialog,
    ReverseDialog,
    UnclaimedDialog,
    ask_save_path,
)
from coopdesk.ui.dialogs.sharing_policy import PolicyDialog
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.models.distribution_lines import (
    LinesModel,
    fit_columns,
    formatter,
    lines_view,
    money,
)
from coopdesk.ui.pages.production import Col, RowsModel
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.tables import list_view, set_widths
from coopdesk.ui.wizards.distribution_wizard import DistributionWizard

log = logging.getLogger("coopdesk")
STATUS_COLOURS = {"draft": "#ef6c00", "approved": "#1565c0", "posted": "#2e7d32",
                  "reversed": "#6d6d6d"}


@dataclass(frozen=True)
class FundRow:
    title: str
    percent: Decimal | None
    account: str
    amount: Decimal


def policy_summary(p: Policy) -> tuple[str, str]:
    """The funds and the bases of a policy, each in one line."""
    funds = ", ".join(f"{s.title()} {s.percent} %" + (
        " " + _("(until {cap} % of capital)", cap=s.cap_percent) if s.cap_percent is not None
        else "") for s in p.steps) or _("no fund")
    total = sum((w for _b, w in p.mix if w > 0), Decimal(0))
    fmt = formatter("USD")
    mix = ", ".join(f"{_(BASIS_LABELS[b])} "
                    f"{fmt.text(Kind.DECIMAL, (w * 100 / total).quantize(Decimal('0.1')))} %"
                    for b, w in p.mix if w > 0) if total else _("nothing")
    return funds, mix


class SharingPage(WritesInWorker, QWidget):
    """Distributions, policies and the premium use plan."""

    status_message = Signal(str)
    icon_name = "sharing"

    @classmethod
    def title(cls) -> str:
        return _("Benefit sharing")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingPage")
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.stale = False
        self.busy = False
        self.last_export: Path | None = None
        self.detail: queries.RunDetail | None = None
        self.runs: RowsModel[queries.RunRow] = RowsModel(self)
        self.funds: RowsModel[FundRow] = RowsModel(self)
        self.policy_rows: RowsModel[Policy] = RowsModel(self)
        self.lines = LinesModel(self.currency(), self)
        self.premium: QWidget | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_search)
        self._build()
        self._retranslate()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def uow(self) -> UnitOfWork:
        return self.ctx.uow

    def currency(self) -> str:
        return self.ctx.uow.coop().currency

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        std = style.standardIcon
        sp = QStyle.StandardPixmap
        self.new_button = action_button("newDistribution", icons.icon("new"), self.new_run)
        self.recompute_button = action_button("recompute", std(sp.SP_BrowserReload),
                                              self.recompute)
        self.approve_button = action_button("approve", std(sp.SP_DialogApplyButton),
                                            self.approve)
        self.post_button = action_button("post", icons.icon("books"), self.post)
        self.pay_button = action_button("pay", icons.icon("sharing"), self.pay)
        # One button undoes what the selected run allows: delete a draft, reverse a posting
        self.trash_icon, self.back_icon = std(sp.SP_TrashIcon), std(sp.SP_ArrowBack)
        self.reverse_button = action_button("undo", self.back_icon, self.undo)
        self.preview_button = action_button("previewExport", icons.icon("reports"), None)
        preview_menu = QMenu(self.preview_button)
        self.preview_pdf = preview_menu.addAction("")
        self.preview_pdf.triggered.connect(lambda: self.export("preview", "pdf"))
        self.preview_xlsx = preview_menu.addAction("")
        self.preview_xlsx.triggered.connect(lambda: self.export("preview", "xlsx"))
        self.preview_button.setMenu(preview_menu)
        self.sheet_button = action_button("payoutSheet", std(sp.SP_FileDialogDetailedView),
                                          self.payout_sheet)
        self.unclaimed_button = action_button("unclaimed", icons.icon("warning"),
                                              self.show_unclaimed)
        top = QHBoxLayout()
        for b in (self.new_button, self.recompute_button, self.approve_button,
                  self.post_button, self.pay_button, self.reverse_button):
            top.addWidget(b)
        top.addStretch(1)

        self.run_table = list_view("runTable", self.runs, self, row_height=1.8, stretch_last=True)
        self.run_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._run_selected())
        self.run_info = QLabel()
        self.run_info.setObjectName("runInfo")
        self.run_info.setWordWrap(True)
        self.run_info.setTextFormat(Qt.TextFormat.RichText)
        self.run_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.fund_table = list_view("fundTable", self.funds, self, row_height=1.8,
                                    stretch_last=True)
        self.fund_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fund_table.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().height() * 1.5))
        middle = QWidget()
        middle_row = QHBoxLayout(middle)
        middle_row.setContentsMargins(0, 0, 0, 0)
        info = QWidget()
        info_col = QVBoxLayout(info)
        info_col.setContentsMargins(0, 0, 0, 0)
        info_col.addWidget(self.run_info, 1)
        exports = QHBoxLayout()
        for b in (self.preview_button, self.sheet_button, self.unclaimed_button):
            exports.addWidget(b)
        exports.addStretch(1)
        info_col.addLayout(exports)
        middle_row.addWidget(info, 1)
        middle_row.addWidget(self.fund_table, 1)

        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.why_button = action_button("why", icons.icon("about"), self.why)
        self.line_count = QLabel()
        self.line_count.setObjectName("lineCount")
        self.line_table = lines_view("lineTable", self.lines, self)
        self.line_table.doubleClicked.connect(lambda _i: self.why())
        self.line_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        members = QWidget()
        members_col = QVBoxLayout(members)
        members_col.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search)
        bar.addWidget(self.line_count, 1)
        bar.addWidget(self.why_button)
        members_col.addLayout(bar)
        members_col.addWidget(self.line_table, 1)

        self.split = QSplitter(Qt.Orientation.Vertical)
        for w in (self.run_table, middle, members):
            self.split.addWidget(w)
        self.split.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        self.split.setSizes([line * 7, line * 14, line * 22])
        runs_tab = QWidget()
        runs_col = QVBoxLayout(runs_tab)
        runs_col.addLayout(top)
        runs_col.addWidget(self.split, 1)

        # Policies
        self.policy_table = list_view("policyTable", self.policy_rows, self, row_height=1.8,
                                      stretch_last=True)
        self.policy_table.doubleClicked.connect(lambda _i: self.edit_policy())
        self.policy_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.new_policy_button = action_button("newPolicy", icons.icon("new"), self.new_policy)
        self.edit_policy_button = action_button("editPolicy", std(sp.SP_FileDialogInfoView),
                                                self.edit_policy)
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        self.preset.setMinimumContentsLength(30)
        for key, _label in presets():
            self.preset.addItem("", key)
        self.install_button = action_button("installPreset", std(sp.SP_ArrowDown),
                                            self.install_preset)
        self.preset_label = QLabel()
        policy_bar = QHBoxLayout()
        policy_bar.addWidget(self.new_policy_button)
        policy_bar.addWidget(self.edit_policy_button)
        policy_bar.addStretch(1)
        policy_bar.addWidget(self.preset_label)
        policy_bar.addWidget(self.preset)
        policy_bar.addWidget(self.install_button)
        self.policy_note = QLabel()
        self.policy_note.setWordWrap(True)
        self.policy_note.setStyleSheet("color: #616e7c;")
        policies_tab = QWidget()
        pol_col = QVBoxLayout(policies_tab)
        pol_col.addLayout(policy_bar)
        pol_col.addWidget(self.policy_table, 1)
        pol_col.addWidget(self.policy_note)

        self.premium_host = QWidget()
        self.premium_host.setObjectName("premiumHost")
        QVBoxLayout(self.premium_host)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(runs_tab, "")
        self.tabs.addTab(policies_tab, "")
        self.tabs.addTab(self.premium_host, "")
        self.tabs.currentChanged.connect(lambda i: self._tab_changed(i))

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def _retranslate(self) -> None:
        texts = {self.new_button: _("New distribution…"), self.recompute_button: _("Recompute"),
                 self.approve_button: _("Approve…"), self.post_button: _("Post…"),
                 self.pay_button: _("Pay…"), self.reverse_button: _("Reverse…"),
                 self.preview_button: _("Preview…"), self.sheet_button: _("Payout sheet…"),
                 self.unclaimed_button: _("Unclaimed…"), self.why_button: _("Why this amount…"),
                 self.new_policy_button: _("New policy…"),
                 self.edit_policy_button: _("Edit…"), self.install_button: _("Install")}
        for b, text in texts.items():
            b.setText(text)
        self.preview_pdf.setText(_("As PDF…"))
        self.preview_xlsx.setText(_("As Excel…"))
        self.search.setPlaceholderText(_("Find a member by name or number"))
        self.preset_label.setText(_("Preset"))
        for i, (_key, label) in enumerate(presets()):
            self.preset.setItemText(i, label)
        self.policy_note.setText(_("A distribution keeps a copy of the policy it was computed "
                                   "with: editing a policy changes no distribution already "
                                   "made."))
        for i, text in enumerate((_("Distributions"), _("Policies"),
                                  _("Premium use plan"))):
            self.tabs.setTabText(i, text)
        self._configure()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _configure(self) -> None:
        cur = self.currency()
        self.runs.configure([
            Col(_("No."), Kind.INT, lambda r: r.number),
            Col(_("Title"), Kind.TEXT, lambda r: r.title),
            Col(_("Source"), Kind.TEXT, lambda r: _(SOURCE_LABELS[Source(r.source)])),
            Col(_("Status"), Kind.TEXT, lambda r: queries.status_text(r.status)),
            Col(_("Amount"), Kind.MONEY, lambda r: r.amount),
            Col(_("Shared"), Kind.MONEY, lambda r: r.shared),
            Col(_("Paid"), Kind.MONEY, lambda r: r.paid),
            Col(_("Not paid yet"), Kind.INT, lambda r: r.unpaid),
        ], cur)
        self.runs.muted = lambda r: r.status == RunStatus.DRAFT
        self.funds.configure([
            Col(_("Fund or part"), Kind.TEXT, lambda r: r.title),
            Col(_("%"), Kind.DECIMAL, lambda r: r.percent),
            Col(_("Account"), Kind.TEXT, lambda r: r.account),
            Col(_("Amount"), Kind.MONEY, lambda r: r.amount),
        ], cur)
        self.policy_rows.configure([
            Col(_("Name"), Kind.TEXT, lambda p: p.name),
            Col(_("Funds"), Kind.TEXT, lambda p: policy_summary(p)[0]),
            Col(_("Members' part shared by"), Kind.TEXT, lambda p: policy_summary(p)[1]),
            Col(_("Eligible after (days)"), Kind.INT, lambda p: p.min_days),
            Col(_("Unclaimed after (days)"), Kind.INT, lambda p: p.unclaimed_days),
        ], cur)
        set_widths(self.run_table, (5, 30, 24, 9, 15, 15, 15, 12), stretch=1)
        set_widths(self.fund_table, (28, 6, 9, 17), stretch=0)
        set_widths(self.policy_table, (16, 60, 38, 20, 22), stretch=1)
        for view in (self.run_table, self.fund_table, self.policy_table):
            view.setSortingEnabled(False)

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        keep = self.selected_run()
        self.runs.set_rows(queries.runs(self.uow()))
        self.policy_rows.set_rows(sharing.policies(self.uow()))
        self.select_run(keep if keep is not None else
                        (self.runs.rows[0].number if self.runs.rows else None))
        if self.premium is not None:
            refresh = getattr(self.premium, "refresh", None)
            if callable(refresh):
                refresh()
        self._update_buttons()

    def select_run(self, number: int | None) -> None:
        row = next((i for i, r in enumerate(self.runs.rows) if r.number == number), None)
        if row is None:
            self.run_table.clearSelection()
        else:
            self.run_table.selectRow(row)
        self._run_selected()

    def selected_run(self) -> int | None:
        rows = self.run_table.selectionModel().selectedRows() \
            if self.run_table.selectionModel() else []
        r = self.runs.row_at(rows[0].row()) if rows else None
        return r.number if r is not None else None

    def _run_selected(self) -> None:
        number = self.selected_run()
        if number is None:
            self.detail = None
            self.run_info.setText(_("No distribution yet: press “New distribution…”.")
                                  if not self.runs.rows else "")
            self.funds.set_rows([])
            self.lines.clear()
            self.line_count.clear()
        else:
            try:
                self.detail = queries.detail(self.uow(), number)
            except CoopdeskError as exc:  # deleted meanwhile
                self.detail = None
                self.say(exc.message)
                return
            self._show_detail(self.detail)
            self.lines.configure([b for b, w in self.detail.policy.mix if w > 0],
                                 (self.detail.end - self.detail.start).days + 1)
            bases = len([w for _b, w in self.detail.policy.mix if w > 0])
            widths = {0: 6, 1: 24, 2: 10, 3: 11, bases + 4: 15, bases + 5: 25}
            fit_columns(self.line_table, widths)
            self.apply_search()
        self._update_buttons()

    def _show_detail(self, d: queries.RunDetail) -> None:
        fmt = formatter(d.currency)
        colour = STATUS_COLOURS.get(d.row.status, "#222")
        parts = [f"<b>{_html(d.row.title)}</b> — <span style='color: {colour};'><b>"
                 f"{queries.status_text(d.row.status)}</b></span>"]
        parts.append(_("Period {start} to {end}, policy “{policy}”.",
                       start=fmt.date(d.start), end=fmt.date(d.end), policy=d.policy.name))
        if d.approved_on is not None:
            parts.append(_("Approved on {date}: {resolution}.", date=fmt.date(d.approved_on),
                           resolution=_html(d.resolution or "")))
        if d.row.posted_on is not None:
            parts.append(_("Posted on {date}, entry {entry}.", date=fmt.date(d.row.posted_on),
                           entry=d.entry or "—"))
        parts.append(_("{eligible} member(s) eligible, {excluded} taking no part; "
                       "{members} receive something, {unpaid} not paid yet.",
                       eligible=fmt.text(Kind.INT, d.eligible),
                       excluded=fmt.text(Kind.INT, d.excluded),
                       members=fmt.text(Kind.INT, d.row.members),
                       unpaid=fmt.text(Kind.INT, d.row.unpaid)))
        self.run_info.setText("<br>".join(parts))
        rows = [FundRow(s.title, s.percent, s.account, s.amount) for s in d.steps]
        rows.append(FundRow(_("Members' part"), None, d.payable_account, d.pool))
        if d.residue:
            rows.append(FundRow(_("Left by rounding"), None, d.source_account, d.residue))
        rows.append(FundRow(_("Total"), None, d.source_account, d.row.amount))
        self.funds.set_rows(rows)

    def apply_search(self) -> None:
        """Show the selected run's lines matching the filter, read a page at a time."""
        self._search_timer.stop()
        d = self.detail
        if d is None:
            self.lines.clear()
            return
        uow, number, text = self.uow(), d.row.number, self.search.text().strip()
        self.lines.set_source(
            lambda: queries.line_count(uow, number, text),
            lambda offset, limit: queries.lines(uow, number, offset=offset, limit=limit,
                                                search=text))
        fmt = formatter(d.currency)
        self.line_count.setText(_("{count} member line(s)", count=fmt.text(Kind.INT,
                                                                          self.lines.total)))
        self._update_buttons()

    def selected_members(self) -> list[int]:
        rows = sorted(i.row() for i in self.line_table.selectionModel().selectedRows())
        return [ln.number for ln in (self.lines.line_at(r) for r in rows) if ln is not None]

    def current_member(self) -> int | None:
        chosen = self.selected_members()
        if chosen:
            return chosen[0]
        ln = self.lines.line_at(self.line_table.currentIndex().row())
        return ln.number if ln is not None else None

    def selected_policy(self) -> Policy | None:
        rows = self.policy_table.selectionModel().selectedRows()
        return self.policy_rows.row_at(rows[0].row()) if rows else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches("sharing", "ledger", "members"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def _tab_changed(self, index: int) -> None:
        if index == 2 and self.premium is None:
            self._load_premium()

    def _load_premium(self) -> None:
        """The premium use plan panel, imported when first shown (it may not be installed)."""
        layout = self.premium_host.layout()
        assert layout is not None
        try:
            module = importlib.import_module("coopdesk.ui.pages.premium_panel")
            self.premium = module.PremiumPanel(self.ctx, self.premium_host)
        except ModuleNotFoundError:
            log.warning("coopdesk.ui.pages.premium_panel is not installed")
            self.premium = QLabel(_("The premium use plan is not available in this version."))
        layout.addWidget(self.premium)

    def _update_buttons(self) -> None:
        can = self.uow().actor.can(Permission.DISTRIBUTE)
        d = self.detail
        status = d.row.status if d is not None else None
        states = {
            self.new_button: can,
            self.recompute_button: can and status == RunStatus.DRAFT,
            self.approve_button: can and status == RunStatus.DRAFT,
            self.post_button: can and status == RunStatus.APPROVED,
            self.pay_button: can and status == RunStatus.POSTED and d is not None
            and d.row.unpaid > 0,
            self.reverse_button: can and status in (RunStatus.DRAFT, RunStatus.POSTED),
            self.sheet_button: status == RunStatus.POSTED,
            self.unclaimed_button: status == RunStatus.POSTED,
            self.preview_button: d is not None,
            self.why_button: d is not None and self.current_member() is not None,
            self.new_policy_button: can,
            self.edit_policy_button: can and self.selected_policy() is not None,
            self.install_button: can,
        }
        for b, on in states.items():
            b.setEnabled(on and not self.busy)
        draft = status == RunStatus.DRAFT
        self.reverse_button.setText(_("Delete draft") if draft else _("Reverse…"))
        self.reverse_button.setIcon(self.trash_icon if draft else self.back_icon)
        tip = "" if can else _("Your role may not prepare, post or pay out distributions.")
        for b in (self.new_button, self.recompute_button, self.approve_button,
                  self.post_button, self.pay_button, self.reverse_button,
                  self.new_policy_button, self.edit_policy_button, self.install_button):
            b.setToolTip(tip)

    # -- the work ------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    def _allowed(self) -> bool:
        return self.uow().actor.can(Permission.DISTRIBUTE)

    def new_run(self) -> None:
        if not self._allowed():
            return
        wizard = DistributionWizard(self.uow(), self, self.today)
        wizard.exec()
        done = wizard.result_value
        if done is not None and done.number is not None:
            self.refresh()
            self.select_run(done.number)
            texts = {RunStatus.DRAFT: _("Distribution {number} kept as a draft."),
                     RunStatus.APPROVED: _("Distribution {number} approved."),
                     RunStatus.POSTED: _("Distribution {number} approved and posted (entry "
                                         "{entry}).")}
            template = texts[RunStatus(done.status or "draft")]
            self.say(template.format(number=done.number, entry=done.entry or ""))

    def _guard(self, work: Callable[[], str | None]) -> None:
        try:
            text = work()
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        if text:
            self.say(text)

    def recompute(self) -> None:
        number = self.selected_run()
        if number is None or not self._allowed():
            return

        def work() -> str:
            sharing.recompute(self.uow(), number)
            return _("Distribution {number} computed again.", number=number)

        self._guard(work)

    def delete_draft(self) -> None:
        number = self.selected_run()
        if number is None or not self._allowed():
            return
        answer = message(self, Icon.Warning, _("Delete the draft?"),
                         _("Distribution {number} is a draft; deleting it removes its "
                           "computation and nothing else.", number=number),
                         buttons=Button.Yes | Button.Cancel, default=Button.Cancel)
        if answer != Button.Yes:
            return

        def work() -> str:
            sharing.delete_draft(self.uow(), number)
            return _("Draft distribution {number} deleted.", number=number)

        self._guard(work)

    def approve(self) -> None:
        number = self.selected_run()
        if number is None or not self._allowed():
            return
        dialog = ApproveDialog(self.uow(), number, self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.say(_("Distribution {number} approved.", number=number))

    def post(self) -> None:
        number = self.selected_run()
        if number is None or not self._allowed():
            return
        dialog = PostDialog(self.uow(), number, self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry is not None:
            self.say(_("Distribution {number} posted: entry {year}/{entry}.", number=number,
                       year=dialog.entry.year, entry=dialog.entry.number))

    def pay(self) -> None:
        number = self.selected_run()
        if number is None or not self._allowed():
            return
        dialog = PayDialog(self.uow(), number, self.selected_members(), self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.paid is not None:
            p = dialog.paid
            self.say(_("Paid {count} member(s) {amount}: entry {year}/{entry}.",
                       count=p.count, amount=money(p.amount, self.currency()),
                       year=p.entry.year, entry=p.entry.number))

    def undo(self) -> None:
        if self.detail is not None and self.detail.row.status == RunStatus.DRAFT:
            self.delete_draft()
        else:
            self.reverse()

    def reverse(self) -> None:
        number = self.selected_run()
        if number is None or not self._allowed():
            return
        dialog = ReverseDialog(self.uow(), number, self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.done_text:
            self.say(dialog.done_text)

    def why(self) -> None:
        number, member = self.selected_run(), self.current_member()
        if number is None or member is None:
            return
        try:
            dialog = ExplainDialog(self.uow(), number, member, self, self.ctx.settings)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        dialog.exec()

    def show_unclaimed(self) -> None:
        number = self.selected_run()
        if number is None:
            return
        dialog = UnclaimedDialog(self.uow(), number, self, self.today)
        dialog.export_requested.connect(lambda fmt: self.export("unclaimed", fmt))
        dialog.exec()

    def payout_sheet(self) -> None:
        if self.selected_run() is None:
            return
        dialog = PayoutSheetDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            via, unpaid_only, fmt = dialog.options()
            self.export("payout_sheet", fmt, via=via, unpaid_only=unpaid_only)

    # -- policies ------------------------------------------------------------------------------

    def new_policy(self) -> None:
        if not self._allowed():
            return
        dialog = PolicyDialog(self.uow(), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.say(_("Policy “{name}” saved.", name=dialog.saved.name))

    def edit_policy(self) -> None:
        p = self.selected_policy()
        if p is None or not self._allowed():
            return
        dialog = PolicyDialog(self.uow(), PolicyForm.of(p, self.currency()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.say(_("Policy “{name}” saved.", name=dialog.saved.name))

    def install_preset(self) -> None:
        if not self._allowed():
            return
        key = str(self.preset.currentData())
        names = {p.name for p in self.policy_rows.rows}
        name = key
        n = 2
        while name in names:  # a stored policy is never overwritten by a preset
            name, n = f"{key}-{n}", n + 1

        def work() -> str:
            sharing.install_preset(self.uow(), key, name)
            return _("Preset installed as the policy “{name}”.", name=name)

        self._guard(work)

    # -- exports -------------------------------------------------------------------------------

    def export(self, kind: str, fmt: str, path: Path | None = None, via: str | None = None,
               unpaid_only: bool = True) -> None:
        """Write the preview, the payout sheet or the unclaimed list of the selected run (in a
        worker); asks where unless ``path`` is given."""
        number = self.selected_run()
        if number is None or self.busy:
            return
        titles = {"preview": _("distribution-{number}-preview", number=number),
                  "payout_sheet": _("distribution-{number}-payout-sheet", number=number),
                  "unclaimed": _("distribution-{number}-unclaimed", number=number)}
        if path is None:
            path = ask_save_path(self, self.ctx.settings, _("Export"), f"{titles[kind]}.{fmt}",
                                 fmt)
            if path is None:
                return
        uow, today = self.uow(), self.today

        def build() -> Document:
            from coopdesk.sharing import reports

            if kind == "preview":
                return reports.preview(uow, number)
            if kind == "payout_sheet":
                return reports.payout_sheet(uow, number, via=via, unpaid_only=unpaid_only)
            return reports.unclaimed_list(uow, number, today)

        self.write_in_worker(uow, build, path, fmt)

    def _export_said(self, text: str) -> None:
        self.say(text)

    def _export_refused(self, message: str) -> None:
        self.message.setText(message)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

