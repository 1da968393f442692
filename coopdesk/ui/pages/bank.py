"""The Bank page: a bank or mobile-money account's statement lines beside its book lines, matched
by hand from the keyboard or automatically; the suggestions and the rules' proposed entries of
the last automatic run; the rule editor; and the reconciliation (its own panel).

Writes go through :mod:`coopdesk.bank.links` (and the forms of
:mod:`coopdesk.ui.dialogs.bank_rule`); the page learns of them through the hub (``bank``,
``ledger``) and reads again. Both tables read their lines a page at a time, filtered in the
query. The automatic matcher runs in a worker. The new-account dialog, the import wizard and the
reconciliation panel are imported when first used, so the page works while they are written.

Keys in the Matching tab: Tab or Ctrl+Left/Ctrl+Right switch sides; arrows move (Shift+arrows
extend, Ctrl+Up/Down move without selecting, Space adds or removes the current line); Ctrl+M or
Enter match the selected lines; Ctrl+U undoes a match; Ctrl+E makes an entry from a statement
line; Ctrl+F goes to the search. In the Suggestions tab, A accepts and R rejects.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.bank import links, matching, queries, services
from coopdesk.bank.queries import BankLineView, BookLineView, Status
from coopdesk.bank.rules import ProposedEntry
from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.reports.document import Kind
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs import Button, Icon, message
from coopdesk.ui.dialogs.bank_rule import EntryDialog, RuleDialog, fee_text
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.bank_lines import BankLinesModel, BookLinesModel, PagedLines
from coopdesk.ui.models.distribution_lines import formatter
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.pages.production import Col, RowsModel
from coopdesk.ui.widgets.buttons import action_button

log = logging.getLogger("coopdesk")
OK_STYLE = "color: #2e7d32; font-weight: bold;"
BAD_STYLE = "color: #b71c1c; font-weight: bold;"
SEARCH_MS = 250


# ---- rows of the suggestions and rules tables --------------------------------------------------

@dataclass(frozen=True)
class SuggestionRow:
    match: matching.Match
    date: dt.date | None
    bank_text: str
    amount: Decimal
    entries: str
    book_text: str

    @property
    def score(self) -> Decimal:
        return Decimal(round(self.match.score * 100))


@dataclass(frozen=True)
class ProposalRow:
    proposal: ProposedEntry
    text: str  # the statement line's
    amount: Decimal
    targets: str
    rule: str


def table(name: str, model: Any, parent: QWidget, multi: bool = True) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(int(parent.fontMetrics().height() * 1.7))
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(False)
    return view


def widths(view: QTableView, chars: tuple[int, ...], stretch: int | None = None) -> None:
    """Column widths in average characters; ``stretch`` takes the room left."""
    char = view.fontMetrics().averageCharWidth()
    hh = view.horizontalHeader()
    for i, n in enumerate(chars):
        hh.resizeSection(i, n * char + 18)
    if stretch is not None:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def selected_rows(view: QTableView) -> list[int]:
    sm = view.selectionModel()
    return sorted(i.row() for i in sm.selectedRows()) if sm is not None else []


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
        cur = self.currency()
        self.bank_model = BankLinesModel(cur, self)
        self.book_model = BookLinesModel(cur, self)
        self.suggestions: RowsModel[SuggestionRow] = RowsModel(self)
        self.proposals: RowsModel[ProposalRow] = RowsModel(self)
        self.rule_rows: RowsModel[links.RuleView] = RowsModel(self)
        self.suggested_rules: RowsModel[links.RuleInput] = RowsModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_MS)
        self._search_timer.timeout.connect(self.reload_lines)
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
        std, sp = self.style().standardIcon, QStyle.StandardPixmap
        self.account_label = QLabel()
        self.account = QComboBox()
        self.account.setObjectName("bankAccount")
        self.account.setMinimumContentsLength(36)
        self.account.currentIndexChanged.connect(lambda _i: self._account_chosen())
        self.new_account_button = action_button("newAccount", icons.icon("new"),
                                                self.new_account)
        self.import_button = action_button("importStatement", icons.icon("open"),
                                           self.import_statement)
        self.auto_button = action_button("matchAutomatically", icons.icon("verify"),
                                         self.match_automatically)
        self.account_info = QLabel()
        self.account_info.setObjectName("accountInfo")
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
        self.tabs.addTab(self._build_matching(std, sp), "")
        self.tabs.addTab(self._build_suggestions(std, sp), "")
        self.tabs.addTab(self._build_rules(std, sp), "")
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

    def _build_matching(self, std: Callable[..., Any], sp: Any) -> QWidget:
        tab = QWidget()
        tab.setObjectName("matchingTab")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for key in ("unmatched", "matched", "all"):
            self.status.addItem("", key)
        self.status.currentIndexChanged.connect(lambda _i: self.reload_lines())
        self.search = QLineEdit()
        self.search.setObjectName("lineSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.reload_lines)
        self.date_from = date_edit(None, optional=True)
        self.date_from.setObjectName("dateFrom")
        self.date_to = date_edit(None, optional=True)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(130)
            edit.dateChanged.connect(lambda _d: self.reload_lines())
        self.status_label, self.from_label, self.to_label = QLabel(), QLabel(), QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)

        self.bank_table = table("bankLines", self.bank_model, self)
        self.book_table = table("bookLines", self.book_model, self)
        self.bank_title, self.book_title = QLabel(), QLabel()
        for title in (self.bank_title, self.book_title):
            title.setTextFormat(Qt.TextFormat.RichText)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.setObjectName("sides")
        for title, view in ((self.bank_title, self.bank_table),
                            (self.book_title, self.book_table)):
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(title)
            col.addWidget(view, 1)
            sides.addWidget(box)
            view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
            view.installEventFilter(self)
        sides.setChildrenCollapsible(False)
        self.sides = sides

        self.totals = QLabel()
        self.totals.setObjectName("selectionTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.match_button = action_button("match", std(sp.SP_DialogApplyButton), self.match)
        self.unmatch_button = action_button("undoMatch", std(sp.SP_ArrowBack), self.undo_match)
        self.entry_button = action_button("makeEntry", icons.icon("books"), self.make_entry)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.match_button)
        bar.addWidget(self.unmatch_button)
        bar.addWidget(self.entry_button)

        col = QVBoxLayout(tab)
        col.addLayout(filters)
        col.addWidget(sides, 1)
        col.addLayout(bar)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+M", self.match), ("Ctrl+U", self.undo_match), ("Ctrl+E", self.make_entry),
            ("Ctrl+F", self.focus_search), ("Ctrl+Left", lambda: self.focus_side(False)),
            ("Ctrl+Right", lambda: self.focus_side(True))]
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            sc = QShortcut(QKeySequence(key), tab)
            sc.setContext(context)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)
        return tab

    def _build_suggestions(self, std: Callable[..., Any], sp: Any) -> QWidget:
        tab = QWidget()
        tab.setObjectName("suggestionsTab")
        self.suggestion_title = QLabel()
        self.suggestion_table = table("suggestionTable", self.suggestions, self)
        self.suggestion_table.doubleClicked.connect(lambda _i: self.accept_suggestions())
        self.accept_button = action_button("acceptSuggestions", std(sp.SP_DialogApplyButton),
                                           self.accept_suggestions)
        self.reject_button = action_button("rejectSuggestions", std(sp.SP_DialogCancelButton),
                                           self.reject_suggestions)
        self.proposal_title = QLabel()
        self.proposal_table = table("proposalTable", self.proposals, self)
        self.post_button = action_button("postProposals", icons.icon("books"),
                                         self.post_proposals)
        for view in (self.suggestion_table, self.proposal_table):
            view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        for key, slot in (("A", self.accept_suggestions), ("R", self.reject_suggestions)):
            sc = QShortcut(QKeySequence(key), self.suggestion_table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        upper = QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.suggestion_title, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        up.addLayout(row)
        up.addWidget(self.suggestion_table, 1)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.proposal_title, 1)
        row.addWidget(self.post_button)
        low.addLayout(row)
        low.addWidget(self.proposal_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        QVBoxLayout(tab).addWidget(split)
        return tab

    def _build_rules(self, std: Callable[..., Any], sp: Any) -> QWidget:
        tab = QWidget()
        tab.setObjectName("rulesTab")
        self.rule_table = table("ruleTable", self.rule_rows, self, multi=False)
        self.rule_table.doubleClicked.connect(lambda _i: self.edit_rule())
        self.rule_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.add_rule_button = action_button("addRule", icons.icon("new"), self.new_rule)
        self.edit_rule_button = action_button("editRule", std(sp.SP_FileDialogInfoView),
                                              self.edit_rule)
        self.delete_rule_button = action_button("deleteRule", std(sp.SP_TrashIcon),
                                                self.delete_rule)
        self.up_button = action_button("ruleUp", std(sp.SP_ArrowUp), lambda: self.move_rule(True))
        self.down_button = action_button("ruleDown", std(sp.SP_ArrowDown),
                                         lambda: self.move_rule(False))
        self.suggest_button = action_button("suggestRules", icons.icon("about"),
                                            self.suggest_rules)
        bar = QHBoxLayout()
        for b in (self.add_rule_button, self.edit_rule_button, self.delete_rule_button,
                  self.up_button, self.down_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.suggest_button)
        self.rules_note = QLabel()
        self.rules_note.setWordWrap(True)
        self.suggested_title = QLabel()
        self.suggested_table = table("suggestedRules", self.suggested_rules, self, multi=False)
        self.suggested_table.doubleClicked.connect(lambda _i: self.edit_suggested_rule())
        self.suggested_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.add_suggested_button = action_button("addSuggestedRule", std(sp.SP_ArrowDown),
                                                  self.add_suggested_rule)
        self.suggested_box = QWidget()
        box = QVBoxLayout(self.suggested_box)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.suggested_title, 1)
        row.addWidget(self.add_suggested_button)
        box.addLayout(row)
        box.addWidget(self.suggested_table, 1)
        self.suggested_box.setVisible(False)
        col = QVBoxLayout(tab)
        col.addLayout(bar)
        col.addWidget(self.rules_note)
        col.addWidget(self.rule_table, 2)
        col.addWidget(self.suggested_box, 1)
        return tab

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
        for i, text in enumerate((_("Not matched"), _("Matched"), _("All"))):
            self.status.setItemText(i, text)
        self.status_label.setText(_("Show"))
        self.from_label.setText(_("from"))
        self.to_label.setText(_("to"))
        self.search.setPlaceholderText(_("Search text or reference (Ctrl+F)"))
        self.match_button.setText(_("Match"))
        self.match_button.setToolTip(_("Match the selected lines (Ctrl+M or Enter)"))
        self.unmatch_button.setText(_("Undo match"))
        self.unmatch_button.setToolTip(_("Undo the selected line's match (Ctrl+U)"))
        self.entry_button.setText(_("Make entry…"))
        self.entry_button.setToolTip(_("Book a statement line the books lack (Ctrl+E)"))
        self.accept_button.setText(_("Accept"))
        self.accept_button.setToolTip(_("Accept the selected suggestions (A)"))
        self.reject_button.setText(_("Reject"))
        self.reject_button.setToolTip(_("Never propose the selected suggestions again (R)"))
        self.post_button.setText(_("Post selected entries"))
        self.add_rule_button.setText(_("Add…"))
        self.edit_rule_button.setText(_("Edit…"))
        self.delete_rule_button.setText(_("Delete"))
        self.up_button.setText(_("Move up"))
        self.down_button.setText(_("Move down"))
        self.suggest_button.setText(_("Suggest rules from my entries"))
        self.add_suggested_button.setText(_("Add this rule"))
        self.rules_note.setText(_(
            "Rules turn statement lines the books lack (bank charges, interest, mobile-money "
            "fees) into proposed entries. They are tried in order; the first that fits wins."))
        self.suggested_title.setText(_("Rules suggested from the entries you made by hand"))
        self.bank_model.configure()
        self.book_model.configure()
        cur = self.currency()
        self.suggestions.configure([
            Col(_("Date"), Kind.DATE, lambda r: r.date),
            Col(_("Statement"), Kind.TEXT, lambda r: r.bank_text),
            Col(_("Amount"), Kind.MONEY, lambda r: r.amount),
            Col(_("Entry"), Kind.TEXT, lambda r: r.entries),
            Col(_("Book text"), Kind.TEXT, lambda r: r.book_text),
            Col(_("Score %"), Kind.INT, lambda r: r.score),
        ], cur)
        self.proposals.configure([
            Col(_("Date"), Kind.DATE, lambda r: r.proposal.date),
            Col(_("Statement"), Kind.TEXT, lambda r: r.text),
            Col(_("Amount"), Kind.MONEY, lambda r: r.amount),
            Col(_("Booked to"), Kind.TEXT, lambda r: r.targets),
            Col(_("Rule"), Kind.TEXT, lambda r: r.rule),
        ], cur)
        self.rule_rows.configure([
            Col(_("No."), Kind.INT, lambda r: r.position),
            *self._rule_columns(),
            Col(_("Active"), Kind.TEXT, lambda r: _("yes") if r.active else _("no")),
        ], cur)
        self.rule_rows.muted = lambda r: not r.active
        self.suggested_rules.configure(self._rule_columns(), cur)
        widths(self.bank_table, (2, 11, 30, 10, 14), stretch=2)
        widths(self.book_table, (2, 11, 9, 26, 14, 14), stretch=3)
        widths(self.suggestion_table, (11, 34, 14, 12, 34, 8), stretch=4)
        widths(self.proposal_table, (11, 40, 14, 30, 20), stretch=1)
        widths(self.rule_table, (5, 22, 24, 22, 14, 12, 10, 12, 8), stretch=2)
        widths(self.suggested_table, (22, 24, 22, 14, 12, 10, 12), stretch=1)
        self._update_titles()
        self._show_totals()
        self._update_buttons()

    def _rule_columns(self) -> list[Col[Any]]:
        fmt = formatter(self.currency())

        def money(v: Decimal | None) -> str:
            return "" if v is None else fmt.text(Kind.MONEY, v)

        def amounts(r: links.RuleInput) -> str:
            if r.min_amount is None and r.max_amount is None:
                return ""
            return f"{money(r.min_amount) or '…'} – {money(r.max_amount) or '…'}"

        def which(r: links.RuleInput) -> str:
            parts = [f"“{r.text_contains}”" if r.text_contains else "",
                     f"/{r.regex}/" if r.regex else ""]
            return " ".join(p for p in parts if p)

        return [
            Col(_("Name"), Kind.TEXT, lambda r: r.name),
            Col(_("Text or pattern"), Kind.TEXT, which),
            Col(_("Amounts"), Kind.TEXT, amounts),
            Col(_("Bank account"), Kind.TEXT, lambda r: r.account or _("any")),
            Col(_("→ Account"), Kind.TEXT, lambda r: r.target_account),
            Col(_("Member"), Kind.TEXT, lambda r: "" if r.member is None else str(r.member)),
            Col(_("Fee"), Kind.TEXT, lambda r: fee_text(r.fee_split) + (
                f" → {r.fee_account}" if r.fee_split and r.fee_account else "")),
        ]

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
        self._fill_suggestions()
        if self.reconcile is not None:
            if changed:
                self._panel_call("set_account", self.code)
            else:
                self._panel_call("refresh")
        self._update_buttons()

    def _account_chosen(self) -> None:
        code = self.account.currentData()
        if code == self.code:
            return
        self.code = code
        self.run = None
        self.run_text = ""
        self._show_account()
        self.reload_lines()
        self._fill_suggestions()
        if self.reconcile is not None:
            self._panel_call("set_account", code)
        self._update_buttons()

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

    def filters(self) -> tuple[Status, str, dt.date | None, dt.date | None]:
        return (cast(Status, self.status.currentData() or "unmatched"), self.search.text().strip(),
                date_of(self.date_from), date_of(self.date_to))

    def reload_lines(self) -> None:
        """Both sides again with the filters, read a page at a time."""
        self._search_timer.stop()
        code = self.code
        if code is None:
            self.bank_model.clear()
            self.book_model.clear()
        else:
            uow = self.uow()
            status, text, start, end = self.filters()
            self.bank_model.set_source(
                lambda: queries.count_bank_lines(uow, code, status=status, text=text,
                                                 start=start, end=end),
                lambda offset, limit: queries.bank_lines(uow, code, status=status, text=text,
                                                         start=start, end=end, offset=offset,
                                                         limit=limit))
            self.book_model.set_source(
                lambda: queries.count_book_lines(uow, code, status=status, text=text,
                                                 start=start, end=end),
                lambda offset, limit: queries.book_lines(uow, code, status=status, text=text,
                                                         start=start, end=end, offset=offset,
                                                         limit=limit))
        self.book_model.set_highlight(None)
        self._update_titles()
        self._selection_changed()

    def _update_titles(self) -> None:
        self.bank_title.setText("<b>{}</b> — {}".format(
            _("Statement"), _("{count} line(s)", count=self.bank_model.total)))
        self.book_title.setText("<b>{}</b> — {}".format(
            _("Books"), _("{count} line(s)", count=self.book_model.total)))

    # -- the selection -------------------------------------------------------------------------

    def selected_bank(self) -> list[BankLineView]:
        return [r for r in (self.bank_model.line_at(n) for n in selected_rows(self.bank_table))
                if r is not None]

    def selected_book(self) -> list[BookLineView]:
        return [r for r in (self.book_model.line_at(n) for n in selected_rows(self.book_table))
                if r is not None]

    def _selection_changed(self) -> None:
        bank = self.selected_bank()
        amount = bank[0].amount if len(bank) == 1 and bank[0].match_id is None else None
        self.book_model.set_highlight(amount)
        if amount is not None and not self.selected_book():
            row = next((n for n, r in enumerate(self.book_model.rows)
                        if r.amount == amount and r.match_id is None), None)
            if row is not None:
                self.book_table.scrollTo(self.book_model.index(row, 1),
                                         QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_totals()
        self._update_buttons()

    def totals_of(self) -> tuple[Decimal, Decimal]:
        return (sum((r.amount for r in self.selected_bank()), Decimal(0)),
                sum((r.amount for r in self.selected_book()), Decimal(0)))

    def can_match(self) -> bool:
        bank, book = self.selected_bank(), self.selected_book()
        if not bank or not book:
            return False
        if any(r.match_id is not None for r in bank) or any(r.match_id is not None
                                                            for r in book):
            return False
        left, right = self.totals_of()
        return left == right

    def _show_totals(self) -> None:
        fmt = formatter(self.currency())
        bank, book = self.selected_bank(), self.selected_book()
        left, right = self.totals_of()
        diff = left - right
        if not bank and not book:
            self.totals.setText(_("Select lines on both sides with the same total, then "
                                  "match them (Ctrl+M)."))
            return
        style = OK_STYLE if bank and book and diff == 0 else BAD_STYLE
        self.totals.setText(
            _("Statement: {bank} ({n} line(s)) · Books: {book} ({m} line(s)) · Difference: "
              "{diff}", bank=fmt.text(Kind.MONEY, left), n=len(bank),
              book=fmt.text(Kind.MONEY, right), m=len(book),
              diff=f"<span style='{style}'>{fmt.text(Kind.MONEY, diff)}</span>"))

    def _update_buttons(self) -> None:
        can = self.can_write() and not self.busy
        has = self.code is not None
        bank = self.selected_bank()
        matched = [r.match_id for r in bank if r.match_id is not None] + \
            [r.match_id for r in self.selected_book() if r.match_id is not None]
        states = {
            self.new_account_button: self.uow().actor.can(Permission.LEDGER_SETUP),
            self.empty_button: self.uow().actor.can(Permission.LEDGER_SETUP),
            self.import_button: can and has,
            self.auto_button: can and has,
            self.match_button: can and self.can_match(),
            self.unmatch_button: can and len(set(matched)) == 1,
            self.entry_button: can and len(bank) == 1 and bank[0].match_id is None,
            self.accept_button: can and bool(selected_rows(self.suggestion_table)),
            self.reject_button: can and bool(selected_rows(self.suggestion_table)),
            self.post_button: can and bool(selected_rows(self.proposal_table)),
            self.add_rule_button: can,
            self.edit_rule_button: can and self.selected_rule() is not None,
            self.delete_rule_button: can and self.selected_rule() is not None,
            self.up_button: can and self.selected_rule() is not None,
            self.down_button: can and self.selected_rule() is not None,
            self.suggest_button: can,
            self.add_suggested_button: can and bool(selected_rows(self.suggested_table)),
        }
        for b, on in states.items():
            b.setEnabled(on)
        tip = "" if self.can_write() else _("Your role may read the bank but not change it.")
        for b in (self.import_button, self.auto_button, self.accept_button,
                  self.reject_button, self.post_button, self.add_rule_button,
                  self.suggest_button):
            b.setToolTip(tip)

    # -- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.bank_table, self.book_table) and \
                event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event)
            mods = key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.focus_side(watched is self.bank_table)
                return True
            if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    mods == Qt.KeyboardModifier.NoModifier:
                self.match()
                return True
            if key.key() == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier:
                self._toggle_current(self.bank_table if watched is self.bank_table
                                     else self.book_table)
                return True
        return super().eventFilter(watched, event)

    def _toggle_current(self, view: QTableView) -> None:
        index = view.currentIndex()
        sm = view.selectionModel()
        if not index.isValid() or sm is None:
            return
        flags = sm.SelectionFlag.Toggle | sm.SelectionFlag.Rows
        sm.select(index, flags)

    def focus_side(self, books: bool) -> None:
        view = self.book_table if books else self.bank_table
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        model = view.model()
        if not view.currentIndex().isValid() and model.rowCount() > 0:
            view.selectionModel().setCurrentIndex(
                model.index(0, 1), view.selectionModel().SelectionFlag.NoUpdate)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- matching by hand ----------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    def _guard(self, work: Callable[[], str | None]) -> bool:
        try:
            text = work()
        except CoopdeskError as exc:
            show_error(self, exc)
            return False
        if text:
            self.say(text)
        return True

    def match(self) -> None:
        code = self.code
        if code is None or not self.can_write() or not self.can_match():
            return
        bank = [r.id for r in self.selected_bank()]
        book = [r.id for r in self.selected_book()]

        def work() -> str:
            links.link(self.uow(), code, bank, book)
            return _("Matched {n} statement line(s) with {m} book line(s).", n=len(bank),
                     m=len(book))

        self._guard(work)
        self.bank_table.setFocus()

    def undo_match(self, reject: bool | None = None) -> None:
        """Undo the match of the selected line; ``reject`` None asks whether the matcher may
        propose the pairing again."""
        code = self.code
        ids = {r.match_id for r in self.selected_bank() if r.match_id is not None} | \
            {r.match_id for r in self.selected_book() if r.match_id is not None}
        if code is None or len(ids) != 1 or not self.can_write():
            return
        (match_id,) = ids
        if reject is None:
            answer = message(
                self, Icon.Question, _("Undo the match"),
                _("Undo this match. Should the matcher never propose these lines together "
                  "again?"),
                _("Yes: undo it and never propose it again. No: only undo it. An entry made "
                  "from a statement line stays in the books."),
                buttons=Button.Yes | Button.No | Button.Cancel, default=Button.No)
            if answer not in (Button.Yes, Button.No):
                return
            reject = answer == Button.Yes

        def work() -> str:
            links.unlink(self.uow(), code, match_id, reject=bool(reject))
            return _("Match undone; the pairing will not be proposed again.") if reject \
                else _("Match undone.")

        self._guard(work)

    def proposal_for(self, line_id: int) -> tuple[ProposedEntry | None, int | None, str]:
        """The entry a rule proposes for a statement line, its rule's id and name."""
        code = self.code
        if code is None:
            return None, None, ""
        run = self.run
        if run is None or not any(p.bank_line == line_id for p in run.proposals):
            try:
                run = links.suggestions(self.uow(), code)
            except CoopdeskError:
                return None, None, ""
        p = next((p for p in run.proposals if p.bank_line == line_id), None)
        if p is None:
            return None, None, ""
        rule_id = run.rule_ids.get(p.rule)
        name = next((r.name for r in self.rule_rows.rows if r.id == rule_id), "")
        return p, rule_id, name

    def make_entry(self) -> None:
        bank = self.selected_bank()
        code = self.code
        if code is None or len(bank) != 1 or bank[0].match_id is not None or \
                not self.can_write():
            return
        line = bank[0]
        proposal, rule_id, name = self.proposal_for(line.id)
        dialog = EntryDialog(self.uow(), code, line, proposal, rule_id, name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry:
            self.say(_("Entry {entry} posted and matched to the statement line.",
                       entry=dialog.entry))

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
        self._update_buttons()
        run_op(self, _("Matching the statement to the books…"), work,
               lambda run: self._matched(code, run), self._failed)

    def _matched(self, code: str, run: links.MatchRun) -> None:
        self.busy = False
        if code != self.code:
            self._update_buttons()
            return
        self.run = run
        self.run_text = _("{matched} matched, {suggested} suggested, {proposed} entries "
                          "proposed, {left} left.", matched=len(run.matched),
                          suggested=len(run.suggested), proposed=len(run.proposals),
                          left=len(run.left_bank))
        self._fill_suggestions()
        self.reload_lines()
        self._show_account()
        self.say(self.run_text)
        if run.suggested or run.proposals:
            self.tabs.setCurrentIndex(1)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        if isinstance(exc, CoopdeskError):
            self.message.setText(exc.message)
        show_error(self, exc)

    # -- suggestions ---------------------------------------------------------------------------

    def _fill_suggestions(self) -> None:
        """The last run's suggestions and proposals whose lines are still open."""
        run, code = self.run, self.code
        if run is None or code is None:
            self.suggestions.set_rows([])
            self.proposals.set_rows([])
            self._suggestion_titles()
            return
        uow = self.uow()
        bank = {r.id: r for r in queries.bank_lines(uow, code, status="unmatched")}
        book = {r.id: r for r in queries.book_lines(uow, code, status="unmatched")}
        rows = []
        for m in run.suggested:
            if not all(i in bank for i in m.bank) or not all(j in book for j in m.book):
                continue
            b = [bank[i] for i in m.bank]
            k = [book[j] for j in m.book]
            rows.append(SuggestionRow(
                m, min(x.date for x in b), " + ".join(x.description for x in b),
                sum((x.amount for x in b), Decimal(0)),
                ", ".join(dict.fromkeys(x.entry for x in k)),
                " + ".join(dict.fromkeys(x.description for x in k))))
        self.suggestions.set_rows(rows)
        names = {r.id: r.name for r in self.rule_rows.rows}
        props = [ProposalRow(p, bank[p.bank_line].description, bank[p.bank_line].amount,
                             ", ".join(f"{ln.account}" + (f" ({ln.member})" if ln.member else "")
                                       for ln in p.lines),
                             names.get(run.rule_ids.get(p.rule, 0), ""))
                 for p in run.proposals if p.bank_line in bank]
        self.proposals.set_rows(props)
        self._suggestion_titles()

    def _suggestion_titles(self) -> None:
        if self.run is None:
            self.suggestion_title.setText(_("Suggested matches: run “Match automatically”."))
        else:
            self.suggestion_title.setText(_("Suggested matches ({count}): accept (A) or reject "
                                            "(R) them", count=self.suggestions.rowCount()))
        self.proposal_title.setText(_("Entries the rules propose ({count})",
                                      count=self.proposals.rowCount()))

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.run is None and self.code is not None:
            try:
                run = links.suggestions(self.uow(), self.code)
            except CoopdeskError as exc:
                self.say(exc.message)
                return
            # nothing is saved here: what the matcher would match is a suggestion too
            self.run = links.MatchRun([], run.matched + run.suggested, run.proposals,
                                      run.left_bank, run.left_book, run.rule_ids)
            self._fill_suggestions()
            self._update_buttons()
        if index == 3 and self.reconcile is None:
            self._load_reconcile()

    def chosen_suggestions(self) -> list[SuggestionRow]:
        return [r for r in (self.suggestions.row_at(n)
                            for n in selected_rows(self.suggestion_table)) if r is not None]

    def accept_suggestions(self) -> None:
        code, rows = self.code, self.chosen_suggestions()
        if code is None or not rows or not self.can_write():
            return
        done = 0
        self.holding, self.pending = True, False
        for r in rows:
            try:
                links.link(self.uow(), code, r.match.bank, r.match.book, score=r.match.score)
            except CoopdeskError as exc:
                show_error(self, exc)
                break
            done += 1
        self._release()
        self._drop_suggestions(rows[:done])
        self.say(_("{count} suggested match(es) accepted.", count=done))

    def reject_suggestions(self) -> None:
        code, rows = self.code, self.chosen_suggestions()
        if code is None or not rows or not self.can_write():
            return
        done = 0
        self.holding, self.pending = True, False
        for r in rows:
            try:
                links.reject(self.uow(), code, r.match.bank, r.match.book)
            except CoopdeskError as exc:
                show_error(self, exc)
                break
            done += 1
        self._release()
        self._drop_suggestions(rows[:done])
        self.say(_("{count} suggestion(s) rejected; they will not be proposed again.",
                   count=done))

    def _release(self) -> None:
        self.holding = False
        if self.pending:
            self.pending = False
            if self.isVisible():
                self.refresh()
            else:
                self.stale = True

    def _drop_suggestions(self, rows: list[SuggestionRow]) -> None:
        run = self.run
        if run is None:
            return
        gone = {r.match for r in rows}
        self.run = links.MatchRun(run.matched, [m for m in run.suggested if m not in gone],
                                  run.proposals, run.left_bank, run.left_book, run.rule_ids)
        self._fill_suggestions()
        self._update_buttons()

    def post_proposals(self) -> None:
        code, run = self.code, self.run
        chosen = [r.proposal for r in (self.proposals.row_at(n)
                                       for n in selected_rows(self.proposal_table))
                  if r is not None]
        if code is None or run is None or not chosen or not self.can_write():
            return

        def work() -> str:
            posted = links.post_proposals(self.uow(), code, chosen, run.rule_ids)
            return _("{count} entr(y/ies) posted and matched: {entries}.", count=len(posted),
                     entries=", ".join(posted))

        self._guard(work)

    # -- rules ---------------------------------------------------------------------------------

    def load_rules(self) -> None:
        keep = self.selected_rule()
        self.rule_rows.set_rows(links.rules(self.uow()))
        if keep is not None:
            self.select_rule(keep.id)

    def selected_rule(self) -> links.RuleView | None:
        rows = selected_rows(self.rule_table)
        return self.rule_rows.row_at(rows[0]) if rows else None

    def select_rule(self, rule_id: int) -> None:
        row = next((n for n, r in enumerate(self.rule_rows.rows) if r.id == rule_id), None)
        if row is not None:
            self.rule_table.selectRow(row)

    def new_rule(self) -> None:
        self.add_rule()

    def add_rule(self, rule: links.RuleInput | None = None) -> int | None:
        if not self.can_write():
            return None
        dialog = RuleDialog(self.uow(), rule, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.load_rules()
            self.select_rule(dialog.saved_id)
            self.say(_("Rule saved."))
            return dialog.saved_id
        return None

    def edit_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None or not self.can_write():
            return
        dialog = RuleDialog(self.uow(), rule, rule.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_rules()
            self.say(_("Rule “{name}” saved.", name=rule.name))

    def delete_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None or not self.can_write():
            return
        answer = message(self, Icon.Warning, _("Delete the rule?"),
                         _("Delete the rule “{name}”? Entries it made stay in the books.",
                           name=rule.name), buttons=Button.Yes | Button.Cancel,
                         default=Button.Cancel)
        if answer != Button.Yes:
            return

        def work() -> str:
            links.delete_rule(self.uow(), rule.id)
            return _("Rule “{name}” deleted.", name=rule.name)

        if self._guard(work):
            self.load_rules()

    def move_rule(self, up: bool) -> None:
        rule = self.selected_rule()
        if rule is None or not self.can_write():
            return

        def work() -> None:
            links.move_rule(self.uow(), rule.id, up)

        if self._guard(work):
            self.load_rules()
            self.select_rule(rule.id)

    def suggest_rules(self) -> None:
        found = links.suggested_rules(self.uow())
        self.suggested_rules.set_rows(found)
        self.suggested_box.setVisible(True)
        self.say(_("{count} rule(s) suggested from the entries made by hand.",
                   count=len(found)) if found else
                 _("No rule to suggest: a rule is suggested once the same words were booked "
                   "by hand three times to the same account."))
        if found:
            self.suggested_table.selectRow(0)
        self._update_buttons()

    def chosen_suggested_rule(self) -> links.RuleInput | None:
        rows = selected_rows(self.suggested_table)
        return self.suggested_rules.row_at(rows[0]) if rows else None

    def add_suggested_rule(self) -> None:
        """Add the chosen suggested rule as it is, with one click."""
        rule = self.chosen_suggested_rule()
        if rule is None or not self.can_write():
            return

        def work() -> str:
            links.save_rule(self.uow(), rule)
            return _("Rule “{name}” added.", name=rule.name)

        if self._guard(work):
            self._forget_suggested(rule)
            self.load_rules()

    def edit_suggested_rule(self) -> None:
        rule = self.chosen_suggested_rule()
        if rule is not None and self.add_rule(rule) is not None:
            self._forget_suggested(rule)

    def _forget_suggested(self, rule: links.RuleInput) -> None:
        self.suggested_rules.set_rows([r for r in self.suggested_rules.rows if r != rule])
        self._update_buttons()

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
