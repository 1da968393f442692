"""The Books page: the chart of accounts with balances beside the journal, and the treasurer's
work on them (entries, receipts and payments, reversals, scanned receipts, fiscal years).

The journal is a :class:`~coopdesk.ui.models.journal_table.JournalTableModel` (counted and
fetched in pages by SQL, so a million entries cost a few hundred rows in memory); the chart is
an :class:`~coopdesk.ui.models.account_tree.AccountTreeModel` whose balances the database sums.
Every write goes through a service; the page learns of it through the hub (``Changes``
touching the books, the cash book, shares or production) and refreshes. A cooperative without a
chart of accounts sees a panel to choose one and open the first fiscal year instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import PERMISSION_LABELS, Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import language, translate
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.ledger import queries, services
from coopdesk.ledger.cashbook import Direction
from coopdesk.ledger.queries import JournalFilter, JournalRow, YearRow
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.books_setup import AccountDialog, ImportDialog
from coopdesk.ui.dialogs.cash_form import ATTACHMENT_FILTER, CashForm
from coopdesk.ui.dialogs.entry_form import EntryForm, EntryViewDialog
from coopdesk.ui.dialogs.member_form import (
    date_edit,
    date_of,
    error_label,
    set_date,
    show_problem,
)
from coopdesk.ui.dialogs.year_dialog import (
    ClosePeriodDialog,
    CloseYearDialog,
    OpenYearDialog,
    ReverseDialog,
    next_year,
)
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.account_tree import CODE_ROLE, TREE_COLUMNS, AccountTreeModel
from coopdesk.ui.models.journal_table import JOURNAL_COLUMNS, JournalTableModel
from coopdesk.ui.models.member_table import format_day
from coopdesk.ui.widgets.buttons import action_button

DEBOUNCE_MS = 200
AREAS = ("ledger", "cash", "shares", "production")
# Countries of the OHADA treaty, whose cooperatives keep SYSCOHADA books.
OHADA = frozenset({"BJ", "BF", "CM", "CF", "KM", "CG", "CD", "CI", "GA", "GN", "GW", "GQ", "ML",
                   "NE", "SN", "TD", "TG"})
# Column widths in average characters (the journal never measures its million rows).
_WIDTHS = {"date": 12, "number": 9, "description": 34, "reference": 11, "amount": 13,
           "status": 8, "links": 16, "source": 12}


class SetupPanel(QWidget):
    """Shown while the cooperative has no chart of accounts: choose one, open the first year."""

    def __init__(self, page: BooksPage) -> None:
        super().__init__(page)
        self.setObjectName("booksSetup")
        self.page = page
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.general = QRadioButton()
        self.general.setObjectName("general")
        self.general_note = self._note()
        self.syscohada = QRadioButton()
        self.syscohada.setObjectName("syscohada")
        self.syscohada_note = self._note()
        self.group = QButtonGroup(self)
        self.group.addButton(self.general)
        self.group.addButton(self.syscohada)
        self.year_title = QLabel()
        self.year_title.setFont(self._bold())
        self.year_name = QLineEdit()
        self.year_name.setObjectName("yearName")
        self.year_name.setMaxLength(40)
        self.year_start = date_edit()
        self.year_start.setObjectName("yearStart")
        self.year_end = date_edit()
        self.year_end.setObjectName("yearEnd")
        self.year_form = QFormLayout()
        self.year_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name_label, self.start_label, self.end_label = QLabel(), QLabel(), QLabel()
        self.year_form.addRow(self.name_label, self.year_name)
        self.year_form.addRow(self.start_label, self.year_start)
        self.year_form.addRow(self.end_label, self.year_end)
        self.button = QPushButton()
        self.button.setObjectName("setUp")
        self.button.setIcon(icons.icon("new"))
        self.button.setIconSize(QSize(24, 24))
        self.button.clicked.connect(lambda _c=False: self.set_up())
        self.error = error_label()
        self.error.setObjectName("setupError")
        self.rights = QLabel()
        self.rights.setWordWrap(True)
        self.chart_title = QLabel()
        self.chart_title.setFont(self._bold())

        box = QFrame()
        box.setObjectName("setupBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(640)
        inner = QVBoxLayout(box)
        inner.setSpacing(8)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addSpacing(6)
        inner.addWidget(self.chart_title)
        for w in (self.general, self.general_note, self.syscohada, self.syscohada_note):
            inner.addWidget(w)
        inner.addSpacing(6)
        inner.addWidget(self.year_title)
        inner.addLayout(self.year_form)
        inner.addWidget(self.error)
        inner.addWidget(self.rights)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def _note(self) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setIndent(26)
        note.setStyleSheet("color: #546e7a;")
        return note

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def retranslate(self) -> None:
        self.title.setText(self.tr("Set up the books"))
        self.intro.setText(self.tr(
            "This cooperative has no chart of accounts yet. Choose the one its accountant "
            "uses and the first fiscal year; accounts can be added under any heading later."))
        self.chart_title.setText(self.tr("Chart of accounts"))
        self.general.setText(self.tr("General chart for cooperatives"))
        self.general_note.setText(self.tr(
            "Classes 1 to 6 (assets, liabilities, equity, income, expenses), as used in Latin "
            "America and most other countries."))
        self.syscohada.setText(self.tr("SYSCOHADA"))
        self.syscohada_note.setText(self.tr(
            "The OHADA chart, required in West and Central Africa (DR Congo, Cameroon, Côte "
            "d'Ivoire, Mali, Burkina Faso…)."))
        self.year_title.setText(self.tr("First fiscal year"))
        self.name_label.setText(self.tr("Name"))
        self.start_label.setText(self.tr("First day"))
        self.end_label.setText(self.tr("Last day"))
        self.button.setText(self.tr("Set up the books"))

    def reset(self, country: str, years: list[YearRow], can_setup: bool) -> None:
        (self.syscohada if country.upper() in OHADA else self.general).setChecked(True)
        name, start, end = next_year(years, dt.date.today())
        self.year_name.setText(name)
        set_date(self.year_start, start)
        set_date(self.year_end, end)
        for w in (self.year_title, self.year_name, self.year_start, self.year_end,
                  self.name_label, self.start_label, self.end_label):
            w.setVisible(not years)
        for b in (self.general, self.syscohada, self.year_name, self.year_start,
                  self.year_end, self.button):
            b.setEnabled(can_setup)
        self.rights.setText("" if can_setup else self.page.no_right(Permission.LEDGER_SETUP))
        self.rights.setVisible(not can_setup)
        show_problem(self.error, "")

    def template(self) -> str:
        return "syscohada" if self.syscohada.isChecked() else "general"

    def set_up(self) -> None:
        year = None
        if self.year_name.isVisible():
            start, end = date_of(self.year_start), date_of(self.year_end)
            if start is None or end is None:
                return
            year = (self.year_name.text().strip(), start, end)
        problem = self.page.set_up_books(self.template(), year)
        show_problem(self.error, problem or "")


class BooksPage(QWidget):
    """The books. ``status_message`` carries a line for the window's status bar."""

    status_message = Signal(str)
    icon_name = "books"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BooksPage", "Books")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("booksPage")
        self.ctx = ctx
        self.stale = False
        self.selected_id: int | None = None
        self.years: list[YearRow] = []
        self.chart_key: tuple[tuple[int, str], ...] = ()
        currency = ctx.coop().currency
        self.model = JournalTableModel(lambda: self.ctx.uow, currency, self)
        self.tree_model = AccountTreeModel(currency, self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply_filter)
        self._build()
        self._retranslate()
        self.model.modelReset.connect(self._after_reset)
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def uow(self) -> UnitOfWork:
        """The unit of work now: read at each use, as the user can change after a lock."""
        return self.ctx.uow

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()

        def std(pixmap: QStyle.StandardPixmap) -> Any:
            return style.standardIcon(pixmap)

        self.new_button = self._button("newEntry", icons.icon("new"), self.new_entry)
        self.receipt_button = self._button("receipt", std(QStyle.StandardPixmap.SP_ArrowDown),
                                           lambda: self.cash(Direction.RECEIPT))
        self.payment_button = self._button("payment", std(QStyle.StandardPixmap.SP_ArrowUp),
                                           lambda: self.cash(Direction.PAYMENT))
        self.reverse_button = self._button("reverse",
                                           std(QStyle.StandardPixmap.SP_BrowserReload),
                                           self.reverse_selected)
        self.attach_button = self._button("attach", std(QStyle.StandardPixmap.SP_FileIcon),
                                          self.attach_to_selected)
        self.open_year_button = self._button(
            "openYear", std(QStyle.StandardPixmap.SP_FileDialogNewFolder), self.open_year)
        self.close_period_button = self._button(
            "closePeriod", std(QStyle.StandardPixmap.SP_DialogApplyButton), self.close_period)
        self.close_year_button = self._button("closeYear", icons.icon("lock"), self.close_year)
        self.import_button = self._button(
            "importJournal", std(QStyle.StandardPixmap.SP_DialogOpenButton), self.import_journal)
        self.account_button = self._button(
            "addAccount", std(QStyle.StandardPixmap.SP_FileDialogDetailedView), self.add_account)
        actions = QHBoxLayout()
        for b in (self.new_button, self.receipt_button, self.payment_button,
                  self.reverse_button, self.attach_button):
            actions.addWidget(b)
        actions.addStretch(1)
        # The year's and the chart's work sits at the foot, beside the year's state, so the
        # daily buttons keep the top row on a 1280-pixel screen.
        year_row = QHBoxLayout()
        self.year_row = year_row
        for b in (self.import_button, self.account_button, self.open_year_button,
                  self.close_period_button, self.close_year_button):
            year_row.addWidget(b)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.account_filter = QComboBox()
        self.account_filter.setObjectName("accountFilter")
        self.account_filter.setEditable(True)
        self.account_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account_filter.setMinimumContentsLength(16)
        completer = QCompleter(self.account_filter.model(), self.account_filter)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.account_filter.setCompleter(completer)
        self.account_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.from_label, self.to_label = QLabel(), QLabel()
        self.date_from = date_edit(optional=True)
        self.date_from.setObjectName("dateFrom")
        self.date_to = date_edit(optional=True)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(lambda _c=False: self.clear_filters())
        self.count = QLabel()
        self.count.setObjectName("count")
        bold = QFont(self.count.font())
        bold.setBold(True)
        self.count.setFont(bold)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.account_filter, 2)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.count)

        self.balance_label = QLabel()
        self.balance_date = date_edit(dt.date.today())
        self.balance_date.setObjectName("balanceDate")
        self.balance_date.dateChanged.connect(lambda _d: self.refresh_tree())
        self.tree = QTreeView()
        self.tree.setObjectName("accountTree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        th = self.tree.header()
        th.setStretchLastSection(False)
        th.setSectionResizeMode(TREE_COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        th.resizeSection(TREE_COLUMNS.index("code"), 11 * char + 30)
        th.resizeSection(TREE_COLUMNS.index("balance"), 18 * char + 12)
        self.tree.selectionModel().currentChanged.connect(self._account_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.balance_label)
        balance_row.addWidget(self.balance_date)
        balance_row.addStretch(1)
        left_layout.addLayout(balance_row)
        left_layout.addWidget(self.tree, 1)

        self.table = QTableView()
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, key in enumerate(JOURNAL_COLUMNS):
            hh.resizeSection(i, _WIDTHS[key] * char + 12)
        # The description keeps a readable width; on a narrow screen the columns after the
        # amount scroll into view instead of squeezing it, and a wide screen widens the last.
        hh.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        for enter_key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(enter_key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_current)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([480, 800])

        self.year_info = QLabel()
        self.year_info.setObjectName("yearInfo")
        self.year_info.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(actions)
        main_layout.addLayout(filters)
        main_layout.addWidget(self.splitter, 1)
        self.year_row.insertWidget(0, self.year_info, 1)
        main_layout.addLayout(self.year_row)
        main_layout.addWidget(self.message)
        self.main = main
        self.setup = SetupPanel(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.main)
        self.stack.addWidget(self.setup)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_entry)

    def _button(self, name: str, icon: Any, slot: Callable[[], None]) -> QPushButton:
        return action_button(name, icon, slot, 20)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("New entry…"))
        self.receipt_button.setText(self.tr("Receipt…"))
        self.payment_button.setText(self.tr("Payment…"))
        self.reverse_button.setText(self.tr("Reverse…"))
        self.attach_button.setText(self.tr("Attach receipt…"))
        self.open_year_button.setText(self.tr("Open year…"))
        self.close_period_button.setText(self.tr("Close period…"))
        self.close_year_button.setText(self.tr("Close year…"))
        self.import_button.setText(self.tr("Import…"))
        self.account_button.setText(self.tr("Add account…"))
        self.search.setPlaceholderText(self.tr("Search description or reference…"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every entry again"))
        self.balance_label.setText(self.tr("Balances at"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All entries"), None)
        self.status_filter.addItem(self.tr("Posted"), queries.POSTED)
        self.status_filter.addItem(self.tr("Drafts"), "draft")
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        if self.account_filter.count():
            self.account_filter.setItemText(0, self.tr("All accounts"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(JOURNAL_COLUMNS) - 1)
        self.tree_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                               len(TREE_COLUMNS) - 1)
        self.setup.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    # -- refreshing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again (after a change, a user switch or a language change)."""
        self.stale = False
        uow = self.uow()
        self.years = queries.fiscal_years(uow)
        rows = queries.chart(uow, date_of(self.balance_date))
        if not rows:
            self.stack.setCurrentWidget(self.setup)
            self.setup.reset(uow.coop().country, self.years,
                             uow.actor.can(Permission.LEDGER_SETUP))
            return
        self.stack.setCurrentWidget(self.main)
        key = tuple((r.id, r.code) for r in rows)
        self.tree_model.set_rows(rows)
        if key != self.chart_key:
            self.chart_key = key
            self.tree.expandAll()
            self.tree.resizeColumnToContents(TREE_COLUMNS.index("code"))
            self._fill_accounts(rows)
        self.debounce.stop()
        f = self.current_filter()
        if f != self.model.journal_filter:
            self.model.set_filter(f)
        else:
            self.model.invalidate()
        self._show_year()
        self._update_buttons()

    def refresh_tree(self) -> None:
        rows = queries.chart(self.uow(), date_of(self.balance_date))
        if rows:
            self.tree_model.set_rows(rows)

    def _fill_accounts(self, rows: list[queries.AccountRow]) -> None:
        combo = self.account_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All accounts"), None)
        for r in rows:
            combo.addItem(f"{r.code} {r.name}", r.code)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
        else:
            self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(*AREAS):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def _show_year(self) -> None:
        today = dt.date.today()
        lang = language()
        current = next((y for y in self.years if y.start <= today <= y.end), None)
        if current is None:
            open_years = [y for y in self.years if not y.closed]
            if not open_years:
                self.year_info.setText(self.tr(
                    "<b style='color:#c62828'>No fiscal year is open.</b> Open one to post "
                    "entries."))
                return
            current = open_years[-1]
        closed = [p for p in current.periods if p.closed]
        text = self.tr("Fiscal year <b>{year}</b>: {start} to {end}").format(
            year=current.name, start=format_day(current.start, lang),
            end=format_day(current.end, lang))
        if current.closed:
            text += self.tr(", closed.")
        elif closed:
            text += self.tr(", periods closed up to {date}.").format(
                date=format_day(closed[-1].end, lang))
        else:
            text += self.tr(", every period open.")
        if current.drafts:
            text += " " + self.tr("{count} draft(s) waiting to be posted.").format(
                count=current.drafts)
        self.year_info.setText(text)

    # -- filtering -------------------------------------------------------------------------

    def current_filter(self) -> JournalFilter:
        combo = self.account_filter
        i = combo.currentIndex()
        account = combo.itemData(i) if i >= 0 and combo.itemText(i) == combo.currentText() \
            else None
        return JournalFilter(text=self.search.text().strip(), account=account,
                             start=date_of(self.date_from), end=date_of(self.date_to),
                             status=self.status_filter.currentData())

    def apply_filter(self) -> None:
        self.debounce.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        widgets = (self.search, self.account_filter, self.date_from, self.date_to,
                   self.status_filter)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        self.account_filter.setCurrentIndex(0)
        self.date_from.setDate(self.date_from.minimumDate())
        self.date_to.setDate(self.date_to.minimumDate())
        self.status_filter.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self.tree.selectionModel().clearCurrentIndex()
        self.apply_filter()

    def set_account_filter(self, code: str | None) -> None:
        i = self.account_filter.findData(code) if code else 0
        self.account_filter.setCurrentIndex(max(0, i))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _account_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.set_account_filter(self.tree_model.data(current, CODE_ROLE))

    def _after_reset(self) -> None:
        n = self.model.entry_count()
        self.count.setText(self.tr("1 entry") if n == 1 else self.tr("{count} entries").format(
            count=format_decimal(n, locale=language())))
        row = None
        if self.selected_id is not None and n:
            self.model.row_at(0)  # the first page, where a new or changed entry usually is
            row = self.model.row_of_id(self.selected_id)
        if row is None:
            self.selected_id = None
        else:
            self.table.selectRow(row)
        self._update_buttons()

    def _selected(self) -> None:
        row = self.current_row()
        self.selected_id = row.id if row is not None else None
        self._update_buttons()

    def current_row(self) -> JournalRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of_id(entry_id)
        if row is None:
            self.model.row_at(0)
            row = self.model.row_of_id(entry_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- rights ----------------------------------------------------------------------------

    def no_right(self, permission: Permission) -> str:
        return self.tr("Your role may not {action}.").format(
            action=translate("coopdesk", PERMISSION_LABELS[permission]))

    def _update_buttons(self) -> None:
        actor = self.uow().actor
        post = actor.can(Permission.LEDGER_POST)
        setup = actor.can(Permission.LEDGER_SETUP)
        close = actor.can(Permission.PERIOD_CLOSE)
        open_years = [y for y in self.years if not y.closed]
        open_periods = any(not p.closed for y in open_years for p in y.periods)
        no_year = self.tr("Open a fiscal year first.")
        row = self.current_row()

        def allow(button: QPushButton, why_not: str, tip: str) -> None:
            button.setEnabled(not why_not)
            button.setToolTip(why_not or tip)

        post_why = self.no_right(Permission.LEDGER_POST) if not post else (
            no_year if not open_years else "")
        allow(self.new_button, post_why, self.tr("Type a journal entry line by line (Ctrl+N)"))
        allow(self.receipt_button, post_why, self.tr("Money received: a share payment, a "
                                                     "gold sale, the premium…"))
        allow(self.payment_button, post_why, self.tr("Money paid out: fuel, wages, supplies, a "
                                                     "member…"))
        pick = self.tr("Choose an entry in the journal first.")
        reverse_why = self.no_right(Permission.LEDGER_POST) if not post else (
            pick if row is None else
            self.tr("A draft is not in the books yet; open it to change or delete it.")
            if row.status != queries.POSTED else
            self.tr("This entry is itself a reversal.") if row.reverses is not None else
            self.tr("This entry was already reversed by entry {entry}.").format(
                entry=row.reversed_by) if row.reversed_by is not None else "")
        allow(self.reverse_button, reverse_why,
              self.tr("Post the mirror image of the selected entry, with the reason"))
        attach_why = self.no_right(Permission.LEDGER_POST) if not post else (
            pick if row is None else
            self.tr("Post the draft before attaching its receipt.")
            if row.status != queries.POSTED else "")
        allow(self.attach_button, attach_why,
              self.tr("Keep a scanned receipt or invoice with the selected entry"))
        allow(self.open_year_button, "" if setup else self.no_right(Permission.LEDGER_SETUP),
              self.tr("Open the next fiscal year"))
        allow(self.import_button, post_why, self.tr("Post entries, or a year's opening "
                                                    "balances, from Excel or CSV"))
        allow(self.account_button, "" if setup else self.no_right(Permission.LEDGER_SETUP),
              self.tr("Add an account under a heading of the chart"))
        allow(self.close_period_button, self.no_right(Permission.PERIOD_CLOSE) if not close else
              ("" if open_periods else self.tr("There is no open period.")),
              self.tr("Lock a month once its books are checked"))
        allow(self.close_year_button, self.no_right(Permission.PERIOD_CLOSE) if not close else
              ("" if open_years else self.tr("There is no open fiscal year.")),
              self.tr("Year-end closing: income and expenses to the result, every period "
                      "locked"))

    # -- the treasurer's work --------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def open_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.status != queries.POSTED:
            form = EntryForm(self.uow(), row.uid, self)
            if form.exec() == QDialog.DialogCode.Accepted:
                self._after_form(form)
            return
        try:
            view = EntryViewDialog(self.uow(), row.id, self)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        view.exec()

    def new_entry(self) -> None:
        if not self.new_button.isEnabled():
            return
        form = EntryForm(self.uow(), None, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._after_form(form)

    def _after_form(self, form: EntryForm) -> None:
        if form.posted is not None:
            self.say(self.tr("Entry {entry} posted.").format(
                entry=f"{form.posted.year}-{form.posted.number}"))
        elif form.deleted:
            self.say(self.tr("The draft was deleted."))
        elif form.saved_draft is not None:
            self.say(self.tr("Draft saved; it is not in the books until it is posted."))

    def cash(self, direction: Direction) -> None:
        button = self.receipt_button if direction == Direction.RECEIPT else self.payment_button
        if not button.isEnabled():
            return
        form = CashForm(self.uow(), direction, self)
        if form.exec() == QDialog.DialogCode.Accepted and form.posted is not None:
            entry = f"{form.posted.year}-{form.posted.number}"
            self.say(self.tr("Receipt recorded as entry {entry}.").format(entry=entry)
                     if direction == Direction.RECEIPT
                     else self.tr("Payment recorded as entry {entry}.").format(entry=entry))

    def reverse_selected(self) -> None:
        row = self.current_row()
        if row is None or row.key is None or not self.reverse_button.isEnabled():
            return
        dialog = ReverseDialog(self.uow(), row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.posted is not None:
            self.say(self.tr("Entry {entry} reversed by entry {reversal}.").format(
                entry=row.key, reversal=f"{dialog.posted.year}-{dialog.posted.number}"))

    def attach_to_selected(self) -> None:
        row = self.current_row()
        if row is None or row.key is None or not self.attach_button.isEnabled():
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a scanned receipt to entry {entry}").format(entry=row.key),
            self.ctx.settings.value("receipt_dir", str(Path.home())),
            self.tr("Scanned receipts ({patterns})").format(patterns=ATTACHMENT_FILTER))
        if not chosen:
            return
        path = Path(chosen)
        self.ctx.settings.set_value("receipt_dir", str(path.parent))
        try:
            services.attach(self.uow(), row.key.year, row.key.number, path.name,
                            path.read_bytes())
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(self, CoopdeskError(self.tr("{file} could not be read: {reason}").format(
                file=path.name, reason=exc.strerror or exc)))
            return
        self.say(self.tr("{file} attached to entry {entry}.").format(file=path.name,
                                                                     entry=row.key))

    def import_journal(self) -> None:
        dialog = ImportDialog(self.uow(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.imported:
            self.say(self.tr("{count} entries imported.").format(count=dialog.imported))

    def add_account(self) -> None:
        dialog = AccountDialog(self.uow(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added:
            self.refresh()
            self.say(self.tr("Account {code} added.").format(code=dialog.added))

    def open_year(self) -> None:
        dialog = OpenYearDialog(self.uow(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.opened:
            self.say(self.tr("Fiscal year {year} opened.").format(year=dialog.opened))

    def close_period(self) -> None:
        dialog = ClosePeriodDialog(self.uow(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.closed is not None:
            year, start = dialog.closed
            self.say(self.tr("The period of {year} starting {date} is closed.").format(
                year=year, date=format_day(start, language())))

    def close_year(self) -> None:
        dialog = CloseYearDialog(self.uow(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.closed is not None:
            if dialog.entry is not None:
                self.say(self.tr("Fiscal year {year} closed by entry {entry}.").format(
                    year=dialog.closed, entry=f"{dialog.entry.year}-{dialog.entry.number}"))
            else:
                self.say(self.tr("Fiscal year {year} closed.").format(year=dialog.closed))

    def set_up_books(self, template: str, year: tuple[str, dt.date, dt.date] | None
                     ) -> str | None:
        """Install a chart and open the first fiscal year; returns a problem to show, if any.
        (Two steps: a chart installed without its year stays, and the year can be opened
        from the page.)"""
        uow = self.uow()
        try:
            services.install_chart(uow, template)
        except CoopdeskError as exc:
            show_error(self, exc)
            return None
        if year is not None:
            try:
                services.open_fiscal_year(uow, *year)
            except CoopdeskError as exc:
                self.refresh()
                self.say(exc.message)
                return exc.message
        self.refresh()
        self.say(self.tr("The books are set up."))
        return None
