"""The Bank page: a bank or mobile-money account's statement lines beside its book lines, matched
by hand from the keyboard or automatically; the suggestions and the rules' proposed entries of
the last automatic run; the rule editor; and the reconciliation (its own panel).

The page holds the account, the top buttons, the automatic matcher and the tabs; each tab is a
widget of its own (:mod:`~coopdesk.ui.pages.bank_matching`,
:mod:`~coopdesk.ui.pages.bank_suggestions`, :mod:`~coopdesk.ui.pages.bank_rules`,
:mod:`~coopdesk.ui.pages.bank_reconcile`), and their widgets and actions stay reachable under
the page's names. Writes go through :mod:`coopdesk.bank.links` (and the forms of
:mod:`coopdesk.ui.dialogs.bank_rule`); the page learns of them through the hub (``bank``,
``ledger``) and reads again. The automatic matcher runs in a worker. The new-account dialog,
the import wizard and the reconciliation panel are imported when first used, so the page works
while they are written.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.bank import links, services
from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.reports.document import Kind
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.bank_lines import PagedLines
from coopdesk.ui.models.distribution_lines import formatter
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.pages.bank_matching import MatchingPanel
from coopdesk.ui.pages.bank_rules import RulesPanel
from coopdesk.ui.pages.bank_suggestions import SuggestionsPanel
from coopdesk.ui.widgets.buttons import action_button

log = logging.getLogger("coopdesk")


class BankPage(QWidget):
    """Match a bank account's statement to the books, with rules and suggestions."""

    status_message = Signal(str)
    icon_name = "bank"

    @classmethod
    def title(cls) -> str:
        return _("Bank")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankPage")
        self.ctx = ctx
        self.stale = False
        self.busy = False
        self.code: str | None = None
        self.infos: list[services.AccountInfo] = []
        self.run: links.MatchRun | None = None  # the last automatic run (or suggestions)
        self.run_text = ""
        self.reconcile: QWidget | None = None
        self.holding = False  # several writes in a row: refresh once, after them
        self.pending = False
        self._build()
        self._retranslate()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def uow(self) -> UnitOfWork:
        return self.ctx.uow

    def currency(self) -> str:
        return self.ctx.uow.coop().currency

    def can_write(self) -> bool:
        return self.uow().actor.can(Permission.BANK)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.account_label = QLabel()
        self.account = QComboBox()
        self.account.setObjectName("bankAccount")
        self.account.setMinimumContentsLength(24)  # long names are elided, not widening
        self.account.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account.currentIndexChanged.connect(lambda _i: self._account_chosen())
        self.new_account_button = action_button("newAccount", icons.icon("new"),
                                                self.new_account)
        self.import_button = action_button("importStatement", icons.icon("open"),
                                           self.import_statement)
        self.auto_button = action_button("matchAutomatically", icons.icon("verify"),
                                         self.match_automatically)
        self.account_info = QLabel()
        self.account_info.setObjectName("accountInfo")
        self.account_info.setWordWrap(True)  # a long line must not widen the page
        self.message = QLabel()
        self.message.setObjectName("bankMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.account_label)
        top.addWidget(self.account)
        top.addWidget(self.new_account_button)
        top.addWidget(self.import_button)
        top.addWidget(self.auto_button)
        top.addStretch(1)

        # the empty state: no account yet
        self.empty = QWidget()
        self.empty.setObjectName("bankEmpty")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.empty_text.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_text.setFont(font)
        self.empty_button = action_button("emptyNewAccount", icons.icon("bank"),
                                          self.new_account, icon_size=32)
        empty_col = QVBoxLayout(self.empty)
        empty_col.addStretch(1)
        empty_col.addWidget(self.empty_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        empty_col.addLayout(row)
        empty_col.addStretch(2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("bankTabs")
        self.matching_tab = MatchingPanel(self, self.currency())
        self.suggestions_tab = SuggestionsPanel(self)
        self.rules_tab = RulesPanel(self)
        self._expose_tabs()
        self.tabs.addTab(self.matching_tab, "")
        self.tabs.addTab(self.suggestions_tab, "")
        self.tabs.addTab(self.rules_tab, "")
        self.reconcile_host = QWidget()
        QVBoxLayout(self.reconcile_host).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.reconcile_host, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.account_info)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)

    def _expose_tabs(self) -> None:
        """The tabs' models, widgets and actions under the names the page has always had."""
        m, s, r = self.matching_tab, self.suggestions_tab, self.rules_tab
        self.bank_model, self.book_model = m.bank_model, m.book_model
        self.status, self.search, self.date_from, self.date_to = (
            m.status, m.search, m.date_from, m.date_to)
        self.bank_table, self.book_table, self.bank_title, self.book_title = (
            m.bank_table, m.book_table, m.bank_title, m.book_title)
        self.totals, self.match_button, self.unmatch_button, self.entry_button = (
            m.totals, m.match_button, m.unmatch_button, m.entry_button)
        self.reload_lines, self.selected_bank, self.selected_book = (
            m.reload_lines, m.selected_bank, m.selected_book)
        self.can_match, self.match, self.undo_match, self.make_entry = (
            m.can_match, m.match, m.undo_match, m.make_entry)
        self.focus_side, self.focus_search = m.focus_side, m.focus_search

        self.suggestions, self.proposals = s.suggestions, s.proposals
        self.suggestion_title, self.suggestion_table, self.proposal_title, self.proposal_table = (
            s.suggestion_title, s.suggestion_table, s.proposal_title, s.proposal_table)
        self.accept_button, self.reject_button, self.post_button = (
            s.accept_button, s.reject_button, s.post_button)
        self.accept_suggestions, self.reject_suggestions, self.post_proposals = (
            s.accept_suggestions, s.reject_suggestions, s.post_proposals)

        self.rule_rows, self.suggested_rules = r.rule_rows, r.suggested_rules
        self.rule_table, self.suggested_table, self.suggested_box = (
            r.rule_table, r.suggested_table, r.suggested_box)
        self.add_rule_button, self.edit_rule_button, self.delete_rule_button = (
            r.add_rule_button, r.edit_rule_button, r.delete_rule_button)
        self.up_button, self.down_button = r.up_button, r.down_button
        self.suggest_button, self.add_suggested_button = r.suggest_button, r.add_suggested_button
        self.load_rules, self.selected_rule, self.select_rule = (
            r.load_rules, r.selected_rule, r.select_rule)
        self.add_rule, self.edit_rule, self.delete_rule, self.move_rule = (
            r.add_rule, r.edit_rule, r.delete_rule, r.move_rule)
        self.suggest_rules, self.add_suggested_rule = r.suggest_rules, r.add_suggested_rule

    def _retranslate(self) -> None:
        self.account_label.setText(_("Account"))
        self.new_account_button.setText(_("New account…"))
        self.import_button.setText(_("Import statement…"))
        self.auto_button.setText(_("Match automatically"))
        self.empty_button.setText(_("New account…"))
        self.empty_text.setText(_(
            "There is no bank or mobile-money account yet.\nAdd one, tied to the ledger "
            "account that holds its money; then import its statements and match them to the "
            "books."))
        self.tabs.setTabText(0, _("Matching"))
        self.tabs.setTabText(1, _("Suggestions"))
        self.tabs.setTabText(2, _("Rules"))
        self.tabs.setTabText(3, _("Reconciliation"))
        self.matching_tab.retranslate()
        self.suggestions_tab.retranslate()
        self.rules_tab.retranslate()
        self.update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        self.infos = services.accounts(self.uow())
        keep = self.code
        self.account.blockSignals(True)
        self.account.clear()
        for a in self.infos:
            self.account.addItem(f"{a.code} — {a.name} ({_(services.KINDS.get(a.kind, a.kind))})",
                                 a.code)
        codes = [a.code for a in self.infos]
        if keep not in codes:
            keep = codes[0] if codes else None
        self.account.setCurrentIndex(codes.index(keep) if keep is not None else -1)
        self.account.blockSignals(False)
        self.account.setVisible(bool(self.infos))
        self.account_label.setVisible(bool(self.infos))
        self.stack.setCurrentWidget(self.tabs if self.infos else self.empty)
        changed = keep != self.code
        self.code = keep
        if changed:
            self.run = None
            self.run_text = ""
        self._show_account()
        self.reload_lines()
        self.load_rules()
        self.suggestions_tab.fill()
        if self.reconcile is not None:
            if changed:
                self._panel_call("set_account", self.code)
            else:
                self._panel_call("refresh")
        self.update_buttons()

    def _account_chosen(self) -> None:
        code = self.account.currentData()
        if code == self.code:
            return
        self.code = code
        self.run = None
        self.run_text = ""
        self._show_account()
        self.reload_lines()
        self.suggestions_tab.fill()
        if self.reconcile is not None:
            self._panel_call("set_account", code)
        self.update_buttons()

    def info(self) -> services.AccountInfo | None:
        return next((a for a in self.infos if a.code == self.code), None)

    def _show_account(self) -> None:
        a = self.info()
        if a is None:
            self.account_info.clear()
            self.account_info.setVisible(False)
            return
        fmt = formatter(a.currency)
        parts = [_("Ledger account {code} {name}", code=a.ledger_code, name=a.ledger_name),
                 _("book balance {amount} {currency}",
                   amount=fmt.text(Kind.MONEY, a.book_balance), currency=a.currency),
                 _("{lines} statement line(s), {open} not matched", lines=a.lines,
                   open=a.unmatched)]
        if a.last_line is not None:
            parts.append(_("statements up to {date}", date=fmt.date(a.last_line)))
        if a.last_reconciled is not None:
            parts.append(_("reconciled up to {date}", date=fmt.date(a.last_reconciled)))
        self.account_info.setText(" · ".join(parts))
        self.account_info.setVisible(True)

    def update_buttons(self) -> None:
        can = self.can_write() and not self.busy
        has = self.code is not None
        setup = self.uow().actor.can(Permission.LEDGER_SETUP)
        self.new_account_button.setEnabled(setup)
        self.empty_button.setEnabled(setup)
        self.import_button.setEnabled(can and has)
        self.auto_button.setEnabled(can and has)
        self.matching_tab.update_buttons(can)
        self.suggestions_tab.update_buttons(can)
        self.rules_tab.update_buttons(can)
        tip = "" if self.can_write() else _("Your role may read the bank but not change it.")
        for b in (self.import_button, self.auto_button, self.accept_button,
                  self.reject_button, self.post_button, self.add_rule_button,
                  self.suggest_button):
            b.setToolTip(tip)

    # -- messages and writes, for the page and its tabs ----------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    def guard(self, work: Callable[[], str | None]) -> bool:
        try:
            text = work()
        except CoopdeskError as exc:
            show_error(self, exc)
            return False
        if text:
            self.say(text)
        return True

    def hold(self) -> None:
        """Several writes follow: refresh once, at :meth:`release`."""
        self.holding, self.pending = True, False

    def release(self) -> None:
        self.holding = False
        if self.pending:
            self.pending = False
            if self.isVisible():
                self.refresh()
            else:
                self.stale = True

    # -- accounts and imports (helper dialogs, imported when used) -----------------------------

    def new_account(self) -> None:
        try:
            module = importlib.import_module("coopdesk.ui.dialogs.bank_account")
        except ModuleNotFoundError:
            self.say(_("Adding accounts is not available in this version."))
            return
        dialog = module.BankAccountDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and getattr(dialog, "code", None):
            self.code = None
            self.refresh()
            self.choose_account(dialog.code)
            self.say(_("Account {code} added.", code=dialog.code))

    def choose_account(self, code: str) -> None:
        i = self.account.findData(code)
        if i >= 0:
            self.account.setCurrentIndex(i)

    def import_statement(self) -> None:
        code = self.code
        if code is None or not self.can_write():
            return
        try:
            module = importlib.import_module("coopdesk.ui.wizards.bank_import_wizard")
        except ModuleNotFoundError:
            self.say(_("Importing statements is not available in this version."))
            return
        wizard = module.BankImportWizard(self.ctx, code, self)
        wizard.exec()
        result = getattr(wizard, "result_value", None)
        if result is not None:
            self.refresh()
            self.say(_("{new} new statement line(s) imported, {known} already known.",
                       new=result.new, known=result.known))

    # -- the automatic matcher -----------------------------------------------------------------

    def match_automatically(self) -> None:
        code = self.code
        if code is None or self.busy or not self.can_write():
            return
        uow = self.uow()

        def work(progress: Progress) -> links.MatchRun:
            return links.run_matching(uow, code, progress=progress.report)

        self.busy = True
        self.update_buttons()
        run_op(self, _("Matching the statement to the books…"), work,
               lambda run: self._matched(code, run), self._failed)

    def _matched(self, code: str, run: links.MatchRun) -> None:
        self.busy = False
        if code != self.code:
            self.update_buttons()
            return
        self.run = run
        self.run_text = _("{matched} matched, {suggested} suggested, {proposed} entries "
                          "proposed, {left} left.", matched=len(run.matched),
                          suggested=len(run.suggested), proposed=len(run.proposals),
                          left=len(run.left_bank))
        self.suggestions_tab.fill()
        self.reload_lines()
        self._show_account()
        self.say(self.run_text)
        if run.suggested or run.proposals:
            self.tabs.setCurrentIndex(1)
        self.update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.update_buttons()
        if isinstance(exc, CoopdeskError):
            self.message.setText(exc.message)
        show_error(self, exc)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.run is None and self.code is not None:
            self.suggestions_tab.suggest(self.code)
        if index == 3 and self.reconcile is None:
            self._load_reconcile()

    # -- the reconciliation panel --------------------------------------------------------------

    def _load_reconcile(self) -> None:
        layout = self.reconcile_host.layout()
        assert layout is not None
        try:
            module = importlib.import_module("coopdesk.ui.pages.bank_reconcile")
            panel: QWidget = module.ReconcilePanel(self.ctx, self.reconcile_host)
        except ModuleNotFoundError:
            log.warning("coopdesk.ui.pages.bank_reconcile is not installed")
            panel = QLabel(_("The reconciliation is not available in this version."))
            layout.addWidget(panel)
            self.reconcile = panel
            return
        layout.addWidget(panel)
        self.reconcile = panel
        self._panel_call("set_account", self.code)

    def _panel_call(self, name: str, *args: Any) -> None:
        fn = getattr(self.reconcile, name, None)
        if callable(fn):
            fn(*args)

    # -- changes -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches("bank", "ledger"):
            return
        if self.holding:
            self.pending = True
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True


__all__ = ["BankPage", "PagedLines"]
