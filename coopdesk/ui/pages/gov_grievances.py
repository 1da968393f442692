"""The grievances tab of the governance page: the register of complaints and conflicts - who,
about what, the hearings and mediation steps, how each ended.

Only users holding a role the bylaws name may see it (:func:`grievances.may_see`); for anyone
else the tab says so in one sentence and reads nothing of the register. The services check
the same rule on every reading and writing.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.governance import grievances
from coopdesk.governance.grievances import Grievance
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.widgets.form import FormDialog

AREAS = ("grievances", "governance")
CLOSED = (grievances.RESOLVED, grievances.UNRESOLVED)


def category_label(key: str) -> str:
    return _(grievances.CATEGORIES[key]) if key in grievances.CATEGORIES else key


def status_label(key: str) -> str:
    return _(grievances.STATUS_LABELS[key]) if key in grievances.STATUS_LABELS else key


def _text_box(name: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().height() * lines + 12)
    return box


class OpenGrievanceDialog(FormDialog):
    """A grievance entered in the register; ``grievance_id`` once accepted."""

    FIELDS = ("opened_on", "category", "parties", "summary")

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openGrievanceDialog")
        self.setWindowTitle(_("Open a grievance"))
        self.uow = uow
        self.grievance_id: int | None = None
        self._setup_errors(self.FIELDS)
        self.opened_on = date_edit(dt.date.today())
        self.opened_on.setObjectName("openedOn")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for key, label in grievances.CATEGORIES.items():
            self.category.addItem(_(label), key)
        self.parties = QLineEdit()
        self.parties.setObjectName("parties")
        self.parties.setPlaceholderText(_("Who complains, and against whom"))
        self.summary = _text_box("summary", 4, self)
        form = QFormLayout()
        for label, widget, key in ((_("Opened on"), self.opened_on, "opened_on"),
                                   (_("Category"), self.category, "category"),
                                   (_("Parties"), self.parties, "parties"),
                                   (_("What it is about"), self.summary, "summary")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Open the grievance"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.grievance_id = grievances.open_grievance(
                self.uow, date_of(self.opened_on) or dt.date.today(),
                str(self.category.currentData()), self.parties.text(),
                self.summary.toPlainText())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class StepDialog(FormDialog):
    """A hearing, a mediation session, a decision or a note."""

    def __init__(self, uow: UnitOfWork, g: Grievance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grievanceStepDialog")
        self.setWindowTitle(_("Add a step"))
        self.uow, self.grievance = uow, g
        self._setup_errors(("on", "kind", "note", "status"))
        self.on = date_edit(dt.date.today())
        self.on.setObjectName("stepOn")
        self.kind = QComboBox()
        self.kind.setObjectName("stepKind")
        for key, label in grievances.STEPS.items():
            self.kind.addItem(_(label), key)
        self.note = _text_box("stepNote", 4, self)
        form = QFormLayout()
        for label, widget, key in ((_("Date"), self.on, "on"), (_("Step"), self.kind, "kind"),
                                   (_("What happened"), self.note, "note")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Add the step"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Grievance {id}: {parties}", id=g.id, parties=g.parties)))
        layout.addLayout(form)
        layout.addWidget(self.errors["status"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            grievances.add_step(self.uow, self.grievance.id, date_of(self.on) or dt.date.today(),
                                str(self.kind.currentData()), self.note.toPlainText())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class CloseGrievanceDialog(FormDialog):
    """How a grievance ended: resolved by agreement, or closed without one."""

    def __init__(self, uow: UnitOfWork, g: Grievance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeGrievanceDialog")
        self.setWindowTitle(_("Close a grievance"))
        self.uow, self.grievance = uow, g
        self._setup_errors(("on", "outcome", "status"))
        self.on = date_edit(dt.date.today())
        self.on.setObjectName("closedOn")
        self.resolved = QRadioButton(_("Resolved: the parties agreed"))
        self.resolved.setObjectName("resolved")
        self.resolved.setChecked(True)
        self.unresolved = QRadioButton(_("Closed without agreement"))
        self.unresolved.setObjectName("unresolved")
        self.outcome = _text_box("outcome", 4, self)
        ends = QVBoxLayout()
        ends.addWidget(self.resolved)
        ends.addWidget(self.unresolved)
        form = QFormLayout()
        form.addRow(_("Closed on"), self.on)
        form.addRow("", self.errors["on"])
        form.addRow(_("Ending"), ends)
        form.addRow(_("Outcome"), self.outcome)
        form.addRow("", self.errors["outcome"])
        self._buttons(_("Close the grievance"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Grievance {id}: {parties}", id=g.id, parties=g.parties)))
        layout.addLayout(form)
        layout.addWidget(self.errors["status"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            grievances.close_grievance(self.uow, self.grievance.id,
                                       date_of(self.on) or dt.date.today(),
                                       self.outcome.toPlainText(), self.resolved.isChecked())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class GrievancesTab(QWidget):
    """The register for the roles the bylaws name; a sentence for everyone else."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grievancesTab")
        self.ctx = ctx
        self.rows: list[Grievance] = []
        self.allowed = False
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def _build(self) -> None:
        self.closed_text = QLabel(_(
            "The bylaws keep the register of grievances for the roles they name; yours is not "
            "one of them, so it is not shown here."))
        self.closed_text.setObjectName("grievancesClosed")
        self.closed_text.setWordWrap(True)
        self.closed_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.closed_text.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.closed_text.setFont(font)
        closed = QWidget()
        ccol = QVBoxLayout(closed)
        ccol.addStretch(1)
        ccol.setContentsMargins(40, 20, 40, 20)
        ccol.addWidget(self.closed_text)
        ccol.addStretch(2)

        self.open_button = QPushButton(_("Open a grievance…"))
        self.open_button.setObjectName("openGrievance")
        self.open_button.clicked.connect(lambda _c=False: self.open_grievance())
        self.step_button = QPushButton(_("Add a step…"))
        self.step_button.setObjectName("addStep")
        self.step_button.clicked.connect(lambda _c=False: self.add_step())
        self.close_button = QPushButton(_("Close…"))
        self.close_button.setObjectName("closeGrievance")
        self.close_button.clicked.connect(lambda _c=False: self.close_selected())
        self.open_only = QCheckBox(_("Open ones only"))
        self.open_only.setObjectName("openOnly")
        self.open_only.toggled.connect(lambda _c: self.refresh())
        top = QHBoxLayout()
        for b in (self.open_button, self.step_button, self.close_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.open_only)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("grievancesTable")
        self.table.setHorizontalHeaderLabels([_("Opened"), _("Category"), _("Parties"),
                                              _("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = QTextBrowser()
        self.details.setObjectName("grievanceDetails")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        register = QWidget()
        rcol = QVBoxLayout(register)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addLayout(top)
        rcol.addWidget(split, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(closed)
        self.stack.addWidget(register)
        self.closed_page, self.register_page = closed, register
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def refresh(self) -> None:
        """Read the register again - only when the user may see it."""
        keep = self.selected()
        self.allowed = grievances.may_see(self.ctx.uow)
        if not self.allowed:
            self.rows = []
            self.table.setRowCount(0)
            self.details.clear()
            self.stack.setCurrentWidget(self.closed_page)
            return
        self.stack.setCurrentWidget(self.register_page)
        try:
            self.rows = grievances.grievances(self.ctx.uow,
                                              open_only=self.open_only.isChecked())
        except CoopdeskError as exc:
            self.rows = []
            self.details.setPlainText(exc.message)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for n, g in enumerate(self.rows):
            cells = (g.opened_on.isoformat(), category_label(g.category), g.parties,
                     status_label(g.status))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if g.status in CLOSED:
                    item.setForeground(QBrush(QColor("#666666")))
                self.table.setItem(n, c, item)
        self.table.blockSignals(False)
        ids = [g.id for g in self.rows]
        if keep is not None and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        elif ids:
            self.table.selectRow(0)
        self._selected()

    def selected(self) -> Grievance | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selected(self) -> None:
        g = self.selected()
        self.details.setHtml(self._details_html(g) if g is not None else escape(
            _("No grievance in the register.") if not self.rows else ""))
        still_open = g is not None and g.status not in CLOSED
        self.open_button.setEnabled(self.allowed)
        self.step_button.setEnabled(self.allowed and still_open)
        self.close_button.setEnabled(self.allowed and still_open)

    def _details_html(self, g: Grievance) -> str:
        title = _("Grievance {id}: {category}", id=g.id, category=category_label(g.category))
        parts = [f"<h3>{escape(title)}</h3>",
                 f"<p><b>{escape(_('Parties'))}:</b> {escape(g.parties)}<br>"
                 f"<b>{escape(_('Opened on'))}:</b> {g.opened_on.isoformat()}<br>"
                 f"<b>{escape(_('Status'))}:</b> {escape(status_label(g.status))}</p>",
                 f"<p>{escape(g.summary)}</p>"]
        if g.steps:
            parts.append(f"<h4>{escape(_('Steps'))}</h4><ul>")
            for st in g.steps:
                kind = _(grievances.STEPS[st.kind]) if st.kind in grievances.STEPS else st.kind
                parts.append(f"<li><b>{st.on.isoformat()} - {escape(kind)}</b> "
                             f"({escape(st.by)}): {escape(st.note)}</li>")
            parts.append("</ul>")
        if g.closed_on is not None:
            parts.append(f"<h4>{escape(_('Outcome, {day}', day=g.closed_on.isoformat()))}</h4>"
                         f"<p>{escape(g.outcome or '')}</p>")
        return "".join(parts)

    def _run(self, dialog: FormDialog) -> None:
        try:
            if dialog.exec():
                self.refresh()
        finally:
            dialog.deleteLater()

    def open_grievance(self) -> None:
        self._run(OpenGrievanceDialog(self.ctx.uow, self))

    def add_step(self) -> None:
        g = self.selected()
        if g is not None:
            self._run(StepDialog(self.ctx.uow, g, self))

    def close_selected(self) -> None:
        g = self.selected()
        if g is not None:
            self._run(CloseGrievanceDialog(self.ctx.uow, g, self))


__all__ = ["CloseGrievanceDialog", "GrievancesTab", "OpenGrievanceDialog", "StepDialog"]
