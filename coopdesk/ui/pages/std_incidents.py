"""The incidents tab of the standards page: the register with the open incidents first (or only
them), serious and fatal ones standing out in words and colour, an incident recorded or
closed, the days since the last accident and the mercury of the year, and the register as PDF
or Excel."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes
from coopdesk.plans import training
from coopdesk.plans.training import Incident
from coopdesk.reports.document import Document
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.dialogs.sharing_forms import ask_save_path
from coopdesk.ui.dialogs.training_forms import CloseIncidentDialog, IncidentDialog
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.widgets.form import FormDialog

AREAS = ("plans", "incidents", "members")
FORMATS = {"pdf": "PDF", "xlsx": "Excel"}
GRAVE = {"serious": "#b26a00", "fatal": "#b00020"}


def severity_text(key: str) -> str:
    """The severity in words; serious and fatal in capitals, so they stand out in grey too."""
    label = training.severity_label(key)
    return label.upper() if key in GRAVE else label


class IncidentsTab(WritesInWorker, QWidget):
    """The incident register."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsTab")
        self.ctx = ctx
        self.busy = False
        self.last_export: Path | None = None
        self.rows: list[Incident] = []
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def _button(self, name: str, text: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        return b

    def _build(self) -> None:
        today = dt.date.today()
        self.start = date_edit(today - dt.timedelta(days=365))
        self.start.setObjectName("incidentsFrom")
        self.end = date_edit(today)
        self.end.setObjectName("incidentsTo")
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(16)
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(_("All kinds"), None)
        for key, label in training.INCIDENT_KINDS.items():
            self.kind.addItem(_(label), key)
        self.open_only = QCheckBox(_("Open ones only"))
        self.open_only.setObjectName("openOnly")
        for w in (self.start, self.end):
            w.dateChanged.connect(lambda _d: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.record_button = self._button("recordIncident", _("Record an incident…"))
        self.record_button.clicked.connect(lambda _c=False: self.record())
        self.close_button = self._button("closeIncident", _("Close…"))
        self.close_button.clicked.connect(lambda _c=False: self.close_selected())
        self.export_button = self._button("exportIncidents", _("Export…"))
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, label in FORMATS.items():
            action = menu.addAction(_("Incident register ({format})…", format=label))
            action.setObjectName(f"export_incidents_{fmt}")
            action.triggered.connect(lambda _c=False, f=fmt: self.export(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(_("to")))
        top.addWidget(self.end)
        top.addWidget(self.kind)
        top.addWidget(self.open_only)
        top.addStretch(1)
        for b in (self.record_button, self.close_button, self.export_button):
            top.addWidget(b)
        self.summary = QLabel()
        self.summary.setObjectName("incidentsSummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("incidentsMessage")

        self.table = QTableWidget(0, 8)
        self.table.setObjectName("incidentsTable")
        self.table.setHorizontalHeaderLabels([
            _("No."), _("Date"), _("Kind"), _("Severity"), _("Site"), _("Member"),
            _("Mercury (g)"), _("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.details = QTextBrowser()
        self.details.setObjectName("incidentDetails")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

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
        today = dt.date.today()
        found = training.incidents(self.ctx.uow, start, end, self.kind.currentData(),
                                   self.open_only.isChecked())
        # Open ones first, each group the latest first.
        self.rows = sorted(found, key=lambda i: (not i.is_open, -i.date.toordinal(),
                                                 -i.number))
        year = training.incident_summary(self.ctx.uow, dt.date(today.year, 1, 1), today)
        period = training.incident_summary(self.ctx.uow, start, end)
        since = (_("{days} days since the last accident", days=year.days_since_accident)
                 if year.days_since_accident is not None else _("No accident recorded"))
        self.summary.setText(_(
            "{since} · mercury this year: {grams} g · in the period: {total} incident(s), "
            "{open} open", since=since, grams=year.mercury_grams.normalize()
            if year.mercury_grams else 0, total=period.total, open=period.open))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for n, i in enumerate(self.rows):
            status = _("OPEN") if i.is_open else _("closed {day}",
                                                    day=i.closed_on.isoformat()
                                                    if i.closed_on else "")
            cells = [str(i.number), i.date.isoformat(), training.kind_label(i.kind),
                     severity_text(i.severity), i.site or "",
                     f"{i.member} {i.member_name}" if i.member is not None else "",
                     f"{i.mercury_grams.normalize():f}" if i.mercury_grams is not None else "",
                     status]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if i.severity in GRAVE and c in (2, 3):
                    item.setForeground(QBrush(QColor(GRAVE[i.severity])))
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                elif c == 7 and i.is_open:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                elif not i.is_open:
                    item.setForeground(QBrush(QColor("#555555")))
                self.table.setItem(n, c, item)
        self.table.blockSignals(False)
        numbers = [i.number for i in self.rows]
        if keep is not None and keep.number in numbers:
            self.table.selectRow(numbers.index(keep.number))
        elif numbers:
            self.table.selectRow(0)
        self._selected()

    def selected(self) -> Incident | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selected(self) -> None:
        i = self.selected()
        if i is None:
            self.details.setPlainText(_("No incident in the register for this period.")
                                      if not self.rows else "")
        else:
            self.details.setHtml(self._details_html(i))
        self._update_buttons()

    def _details_html(self, i: Incident) -> str:
        title = _("Incident {number}: {kind}, {severity}", number=i.number,
                  kind=training.kind_label(i.kind), severity=severity_text(i.severity))
        facts = [(_("Date"), i.date.isoformat())]
        if i.site:
            facts.append((_("Site"), i.site))
        if i.member is not None:
            facts.append((_("Member"), f"{i.member_name} ({i.member})"))
        if i.mercury_grams is not None:
            facts.append((_("Mercury"), f"{i.mercury_grams.normalize():f} g"))
        facts.append((_("Recorded by"), i.recorded_by))
        facts.append((_("Status"), _("OPEN") if i.is_open else _(
            "closed on {day}", day=i.closed_on.isoformat() if i.closed_on else "")))
        parts = [f"<h3>{escape(title)}</h3><p>"]
        parts += [f"<b>{escape(k)}:</b> {escape(v)}<br>" for k, v in facts]
        parts.append(f"</p><h4>{escape(_('What happened'))}</h4>"
                     f"<p>{escape(i.description)}</p>")
        if i.action_taken:
            body = escape(i.action_taken).replace("\n", "<br>")
            parts.append(f"<h4>{escape(_('Action taken'))}</h4><p>{body}</p>")
        return "".join(parts)

    def _update_buttons(self) -> None:
        i = self.selected()
        write = self.can_write()
        self.record_button.setEnabled(write)
        self.close_button.setEnabled(write and i is not None and i.is_open)
        self.export_button.setEnabled(not self.busy)

    def _run(self, dialog: FormDialog) -> bool:
        try:
            ok = bool(dialog.exec())
            if ok:
                self.refresh()
            return ok
        finally:
            dialog.deleteLater()

    def record(self) -> None:
        self._run(IncidentDialog(self.ctx.uow, self))

    def close_selected(self) -> None:
        i = self.selected()
        if i is not None and i.is_open:
            self._run(CloseIncidentDialog(self.ctx.uow, i, self))

    def export(self, fmt: str, path: Path | None = None) -> None:
        if self.busy:
            return
        start, end = self.period()
        if path is None:
            name = _("incidents-{start}-{end}", start=start.isoformat(), end=end.isoformat())
            path = ask_save_path(self, self.ctx.settings, _("Export"), f"{name}.{fmt}", fmt)
            if path is None:
                return
        uow = self.ctx.uow

        def build() -> Document:
            from coopdesk.plans.training_report import incidents_document

            return incidents_document(uow, start, end)

        self.write_in_worker(uow, build, path, fmt)

    def _export_said(self, text: str) -> None:
        self.message.setText(text)


__all__ = ["IncidentsTab", "severity_text"]
