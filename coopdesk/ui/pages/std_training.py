"""The training tab of the standards page: the sessions of a period with who attended, a new
session or a correction, the attendance taken at the door, and the training report as PDF or
Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes
from coopdesk.plans import training
from coopdesk.plans.training import TrainingSession
from coopdesk.reports.document import Document
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.dialogs.sharing_forms import ask_save_path
from coopdesk.ui.dialogs.training_forms import AttendanceDialog, SessionDialog
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.widgets.form import FormDialog

AREAS = ("plans", "training", "members")
FORMATS = {"pdf": "PDF", "xlsx": "Excel"}


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class TrainingTab(WritesInWorker, QWidget):
    """Sessions of the period, the selected one's attendance, and the report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTab")
        self.ctx = ctx
        self.busy = False
        self.last_export: Path | None = None
        self.rows: list[TrainingSession] = []
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _button(self, name: str, text: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        return b

    def _build(self) -> None:
        today = dt.date.today()
        self.start = date_edit(today - dt.timedelta(days=365))
        self.start.setObjectName("trainingFrom")
        self.end = date_edit(today + dt.timedelta(days=90))
        self.end.setObjectName("trainingTo")
        self.theme = QComboBox()
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(16)
        self.theme.setObjectName("themeFilter")
        self.theme.addItem(_("All themes"), None)
        for key, label in training.THEMES.items():
            self.theme.addItem(_(label), key)
        for w in (self.start, self.end):
            w.dateChanged.connect(lambda _d: self.refresh())
        self.theme.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = self._button("newSession", _("New session…"))
        self.new_button.clicked.connect(lambda _c=False: self.new_session())
        self.edit_button = self._button("editSession", _("Correct…"))
        self.edit_button.clicked.connect(lambda _c=False: self.edit_session())
        self.attend_button = self._button("takeAttendance", _("Attendance…"))
        self.attend_button.clicked.connect(lambda _c=False: self.take_attendance())
        self.export_button = self._button("exportTraining", _("Export…"))
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, label in FORMATS.items():
            action = menu.addAction(_("Training report ({format})…", format=label))
            action.setObjectName(f"export_training_{fmt}")
            action.triggered.connect(lambda _c=False, f=fmt: self.export(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(_("to")))
        top.addWidget(self.end)
        top.addWidget(self.theme)
        top.addStretch(1)
        for b in (self.new_button, self.edit_button, self.attend_button, self.export_button):
            top.addWidget(b)
        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("trainingMessage")

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("sessionsTable")
        self.table.setHorizontalHeaderLabels([_("Date"), _("Topic"), _("Theme"), _("Trainer"),
                                              _("Hours"), _("Attended"), _("Women")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 260)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.take_attendance())

        self.who_title = QLabel()
        self.who_title.setObjectName("attendeesTitle")
        self.who = QListWidget()
        self.who.setObjectName("attendees")
        self.who.setFlow(QListWidget.Flow.TopToBottom)
        self.who.setWrapping(True)
        self.who.setResizeMode(QListWidget.ResizeMode.Adjust)
        lower = QWidget()
        lcol = QVBoxLayout(lower)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.who_title)
        lcol.addWidget(self.who, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

    # -- reading -------------------------------------------------------------------------------

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.PLANS)

    def period(self) -> tuple[dt.date, dt.date]:
        today = dt.date.today()
        return date_of(self.start) or today, date_of(self.end) or today

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected()
        start, end = self.period()
        theme = self.theme.currentData()
        self.rows = training.sessions(self.ctx.uow, start, end, theme)
        total = training.summary(self.ctx.uow, start, min(end, dt.date.today()))
        self.summary.setText(_(
            "{sessions} session(s) given, {hours} hours; {members} members trained, "
            "{share} % of them women.", sessions=total.sessions, hours=total.hours,
            members=total.members_trained, share=total.women_share))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        today = dt.date.today()
        for n, r in enumerate(self.rows):
            ahead = r.date > today
            cells = [_item(r.date.isoformat() + ("  " + _("(planned)") if ahead else "")),
                     _item(r.topic), _item(training.theme_label(r.theme)), _item(r.trainer),
                     _item(str(training.hours(r.minutes)), True),
                     _item(str(r.attendees) if not ahead else "—", True),
                     _item(str(r.women) if not ahead else "—", True)]
            for c, item in enumerate(cells):
                item.setToolTip(r.topic if c == 1 else item.text())
                self.table.setItem(n, c, item)
        self.table.blockSignals(False)
        ids = [r.id for r in self.rows]
        if keep is not None and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        elif ids:
            self.table.selectRow(0)
        self._selected()

    def selected(self) -> TrainingSession | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selected(self) -> None:
        s = self.selected()
        self.who.clear()
        if s is None:
            self.who_title.setText(_("No training session in this period.") if not self.rows
                                   else "")
        else:
            detail = training.session_detail(self.ctx.uow, s.id)
            self.who_title.setText(_("{count} attended “{topic}” ({women} women):",
                                     count=s.attendees, topic=s.topic, women=s.women))
            for a in detail.attendees:
                self.who.addItem(f"{a.number}  {a.name}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        s = self.selected()
        write = self.can_write()
        self.new_button.setEnabled(write)
        self.edit_button.setEnabled(write and s is not None)
        self.attend_button.setEnabled(write and s is not None and s.date <= dt.date.today())
        self.export_button.setEnabled(not self.busy)

    # -- acting --------------------------------------------------------------------------------

    def _run(self, dialog: FormDialog) -> bool:
        try:
            ok = bool(dialog.exec())
            if ok:
                self.refresh()
            return ok
        finally:
            dialog.deleteLater()

    def new_session(self) -> None:
        dialog = SessionDialog(self.ctx.uow, None, self)
        if self._run(dialog) and dialog.session_id is not None:
            ids = [r.id for r in self.rows]
            if dialog.session_id in ids:
                self.table.selectRow(ids.index(dialog.session_id))

    def edit_session(self) -> None:
        s = self.selected()
        if s is not None:
            self._run(SessionDialog(self.ctx.uow, s, self))

    def take_attendance(self) -> None:
        s = self.selected()
        if s is not None and self.attend_button.isEnabled():
            self._run(AttendanceDialog(self.ctx.uow, s, self))

    def export(self, fmt: str, path: Path | None = None) -> None:
        if self.busy:
            return
        start, end = self.period()
        end = min(end, dt.date.today())
        if path is None:
            name = _("training-{start}-{end}", start=start.isoformat(), end=end.isoformat())
            path = ask_save_path(self, self.ctx.settings, _("Export"), f"{name}.{fmt}", fmt)
            if path is None:
                return
        uow = self.ctx.uow

        def build() -> Document:
            from coopdesk.plans.training_report import training_document

            return training_document(uow, start, end)

        self.write_in_worker(uow, build, path, fmt)

    def _export_said(self, text: str) -> None:
        self.message.setText(text)


__all__ = ["TrainingTab"]
