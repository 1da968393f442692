"""The Members page: the register as a big, fast table with filters, the selected member's
details beside it, and the register's work (new, import, status, census, shares, exports).

The table is a :class:`~coopdesk.ui.models.member_table.MemberTableModel`: filters and sorting
run in SQL, rows come in pages. Every write goes through a service; the page learns of it through
the hub (``Changes`` touching ``members``) and refreshes, keeping the selected member.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, NotFound
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.members import queries, services
from coopdesk.members.queries import MemberDetail, MemberFilter
from coopdesk.members.reports import cards_document, register_document
from coopdesk.members.rules import (
    ROLE_LABELS,
    SEX_LABELS,
    STATUS_LABELS,
    MinerRole,
    Sex,
    Status,
)
from coopdesk.reports.output import export
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import MemberFormDialog, choose_photo
from coopdesk.ui.dialogs.share_dialog import ShareDialog
from coopdesk.ui.dialogs.site_dialog import SitesDialog
from coopdesk.ui.dialogs.status_dialog import CensusDialog, StatusDialog
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.member_table import (
    COLUMNS,
    ID_ROLE,
    MemberTableModel,
)
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.pages.member_detail import DetailPanel
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.wizards.import_wizard import GuiRelay, ImportWizard

DEBOUNCE_MS = 150
# Column widths in average characters (the table never measures 100,000 rows).
_WIDTHS = {"number": 6, "last_names": 16, "first_names": 15, "sex": 7, "birth_date": 12,
           "role": 17, "status": 13, "locality": 15, "phone": 16, "national_id": 15,
           "join_date": 13}


class MembersPage(QWidget):
    """The member register. ``status_message`` carries a line for the window's status bar."""

    status_message = Signal(str)
    icon_name = "members"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("MembersPage", "Members")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersPage")
        self.ctx = ctx
        self.selected_id: int | None = None
        self.detail: MemberDetail | None = None
        self.busy = False
        self.last_export: Path | None = None
        self.stale = False
        self.model = MemberTableModel(lambda: self.ctx.uow, self)
        self.relay = GuiRelay(self)
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
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(lambda _text: self.debounce.start())
        self.search.returnPressed.connect(self._search_done)
        self.status_filter = self._combo("statusFilter")
        self.sex_filter = self._combo("sexFilter")
        self.role_filter = self._combo("roleFilter")
        self.site_filter = self._combo("siteFilter")
        self.count = QLabel()
        self.count.setObjectName("count")
        bold = QFont(self.count.font())
        bold.setBold(True)
        self.count.setFont(bold)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for combo in (self.status_filter, self.sex_filter, self.role_filter, self.site_filter):
            filters.addWidget(combo)
        filters.addWidget(self.count)

        style = self.style()
        self.new_button = self._button("newMember", icons.icon("new"), self.new_member)
        self.import_button = self._button("import", icons.icon("open"), self.import_members)
        save_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        self.pdf_button = self._button("exportPdf", save_icon, lambda: self.export_register("pdf"))
        self.xlsx_button = self._button("exportXlsx", save_icon,
                                        lambda: self.export_register("xlsx"))
        self.cards_button = self._button("cards", icons.icon("user"), None)
        self.cards_menu = QMenu(self)
        self.cards_selected = self.cards_menu.addAction("")
        self.cards_selected.triggered.connect(lambda: self.export_cards(selected_only=True))
        self.cards_active = self.cards_menu.addAction("")
        self.cards_active.triggered.connect(lambda: self.export_cards(selected_only=False))
        self.cards_button.setMenu(self.cards_menu)
        self.register_button = self._button(
            "shareRegister", style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.open_share_register)
        self.sites_button = self._button(
            "sites", style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self.open_sites)
        actions = QHBoxLayout()
        for b in (self.new_button, self.import_button, self.pdf_button, self.xlsx_button,
                  self.cards_button, self.register_button, self.sites_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(16, 16))
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for i, key in enumerate(COLUMNS):
            hh.resizeSection(i, _WIDTHS[key] * char + 16)
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        for enter_key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(enter_key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_current)

        self.panel = DetailPanel(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(300)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 400])

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_member)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Long site names must not widen the page past a 1280-px screen.
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(11)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    def _button(self, name: str, icon: Any, slot: Callable[[], None] | None) -> QPushButton:
        return action_button(name, icon, slot, 24)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, number, ID, phone, place…"))
        self._fill_combo(self.status_filter, self.tr("All statuses"),
                         [(s.value, _(STATUS_LABELS[s])) for s in Status])
        self._fill_combo(self.sex_filter, self.tr("Women and men"),
                         [(s.value, _(SEX_LABELS[s])) for s in Sex])
        self._fill_combo(self.role_filter, self.tr("All roles"),
                         [(r.value, _(ROLE_LABELS[r])) for r in MinerRole])
        self.new_button.setText(self.tr("New member…"))
        self.new_button.setToolTip(self.tr("Register a new member (Ctrl+N)"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import members from a CSV or Excel file"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.cards_button.setText(self.tr("Member cards…"))
        self.cards_selected.setText(self.tr("Cards for the selected members"))
        self.cards_active.setText(self.tr("Cards for all active members"))
        self.register_button.setText(self.tr("Share register…"))
        self.sites_button.setText(self.tr("Sites…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.panel.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _fill_combo(self, combo: QComboBox, everyone: str, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    # -- refreshing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again (after a change, a user switch or a language change)."""
        self.stale = False
        self._fill_combo(self.site_filter, self.tr("All sites"),
                         [(s.id, s.name) for s in queries.list_sites(self.uow())])
        self.debounce.stop()
        f = self.current_filter()
        if f != self.model.member_filter:
            self.model.set_filter(f)
        else:
            self.model.invalidate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
        else:
            self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches("members", "shares", "sites"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def current_filter(self) -> MemberFilter:
        return MemberFilter(text=self.search.text().strip(),
                            status=self.status_filter.currentData(),
                            sex=self.sex_filter.currentData(),
                            role=self.role_filter.currentData(),
                            site_id=self.site_filter.currentData())

    def apply_filter(self) -> None:
        self.debounce.stop()
        self.model.set_filter(self.current_filter())

    def _search_done(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_filters(self) -> None:
        for combo in (self.status_filter, self.sex_filter, self.role_filter, self.site_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()

    def _after_reset(self) -> None:
        n = self.model.member_count()
        loc = language()
        self.count.setText(self.tr("1 member") if n == 1 else self.tr("{count} members").format(
            count=format_decimal(n, locale=loc)))
        row = self.model.row_of_id(self.selected_id) if self.selected_id is not None else None
        if row is None:
            self.selected_id = None
            self.show_detail(None)
        else:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
            self._current_changed(self.model.index(row, 0), QModelIndex())
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member_id = self.model.data(current, ID_ROLE) if current.isValid() else None
        self.selected_id = member_id
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.show_detail(row.number if row is not None else None)
        self._update_buttons()

    def selected_number(self) -> int | None:
        return self.detail.number if self.detail is not None else None

    def selected_numbers(self) -> list[int]:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        return self.model.numbers_at(rows)

    def select_number(self, number: int) -> bool:
        """Select member ``number``, clearing the filters if they hide them."""
        member_id = self._id_of(number)
        if member_id is None:
            return False
        if self.model.row_of_id(member_id) is None:
            self.clear_filters()
        row = self.model.row_of_id(member_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _id_of(self, number: int) -> int | None:
        uow = self.uow()
        ids = queries.member_ids(uow, MemberFilter(text=str(number)))
        return next((i for i, r in queries.rows_for(uow, ids).items() if r.number == number),
                    None)

    def show_detail(self, number: int | None) -> None:
        self.detail = None
        if number is not None:
            try:
                self.detail = queries.member_detail(self.uow(), number)
            except NotFound:
                self.detail = None
        self.panel.show_member(self.detail)

    def _update_buttons(self) -> None:
        actor = self.uow().actor
        members = actor.can(Permission.MEMBERS_WRITE)
        capital = actor.can(Permission.SHARES_WRITE)
        chosen = self.detail is not None
        no_right = self.tr("Your role may not change the member register.")
        for b in (self.new_button, self.import_button):
            b.setEnabled(members)
            b.setToolTip("" if members else no_right)
        self.cards_selected.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.panel.set_enabled(members=members and chosen, shares=capital and chosen)

    # -- the register's work ---------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def open_current(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.edit_member(number)

    def new_member(self) -> None:
        if not self.uow().actor.can(Permission.MEMBERS_WRITE):
            return
        dialog = MemberFormDialog(self.uow(), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_number is not None:
            self.select_number(dialog.saved_number)
            self.say(self.tr("Member no. {number} registered.").format(
                number=dialog.saved_number))

    def edit_member(self, number: int | None = None) -> None:
        number = number if number is not None else self.selected_number()
        if number is None:
            return
        dialog = MemberFormDialog(self.uow(), number, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.say(self.tr("Member no. {number} saved.").format(number=number))

    def change_status(self) -> None:
        number = self.selected_number()
        if number is None:
            return
        if StatusDialog(self.uow(), number, self).exec() == QDialog.DialogCode.Accepted:
            self.say(self.tr("The status of member no. {number} was changed.").format(
                number=number))

    def set_photo(self) -> None:
        number = self.selected_number()
        if number is None:
            return
        try:
            data = choose_photo(self)
            if data is not None:
                services.set_photo(self.uow(), number, data)
        except CoopdeskError as exc:
            show_error(self, exc)

    def verify_in_census(self) -> None:
        current = self.selected_number()
        numbers = self.selected_numbers() or ([current] if current is not None else [])
        if not numbers:
            return
        dialog = CensusDialog(self.uow(), numbers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.say(self.tr("{count} member(s) verified in the census.").format(
                count=dialog.verified))

    def share_operation(self) -> None:
        number = self.selected_number()
        if number is not None:
            ShareDialog(self.uow(), number, self).exec()

    def open_share_register(self) -> None:
        ShareDialog(self.uow(), None, self).exec()

    def open_sites(self) -> None:
        SitesDialog(self.uow(), self).exec()

    def import_members(self) -> None:
        wizard = ImportWizard(self.uow(), self)
        wizard.exec()
        if wizard.result_value is not None:
            self.say(self.tr("{count} member(s) imported.").format(
                count=wizard.result_value.created))

    # -- exports ---------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, fmt: str) -> Path | None:
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        filters = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel (*.xlsx)")
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name),
                                                      filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        return path

    def export_register(self, fmt: str) -> None:
        """Write the register as the table shows it (same filter and order) to PDF or Excel."""
        path = self._ask_path(self.tr("Export the member register"),
                              self.tr("member-register") + f"-{dt.date.today():%Y-%m-%d}.{fmt}",
                              fmt)
        if path is None:
            return
        uow, f, sort = self.uow(), self.model.member_filter, self.model.sort_key
        self._run_export(self.tr("Writing the member register…"),
                         lambda: export(uow, register_document(uow, f, sort), path))

    def export_cards(self, selected_only: bool) -> None:
        numbers = self.selected_numbers() if selected_only else None
        if selected_only and not numbers:
            return
        path = self._ask_path(self.tr("Print member cards"),
                              self.tr("member-cards") + f"-{dt.date.today():%Y-%m-%d}.pdf", "pdf")
        if path is None:
            return
        uow = self.uow()
        self._run_export(self.tr("Making member cards…"),
                         lambda: export(uow, cards_document(uow, numbers), path))

    def _run_export(self, label: str, write: Callable[[], Path]) -> None:
        self.busy = True
        self.last_export = None

        def work(_progress: Progress) -> Path:
            return write()

        run_op(self, label, work, self.relay.wrap(self._exported),
               self.relay.wrap(self._export_failed))

    def _exported(self, path: Path) -> None:
        self.busy = False
        self.last_export = path
        self.say(self.tr("Saved {path}").format(path=path))

    def _export_failed(self, exc: BaseException) -> None:
        self.busy = False
        show_error(self, exc)
