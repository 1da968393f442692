"""The officers tab of the governance page: the management team in office today (position,
name, term, days left), with what needs doing above it - terms over or ending soon, seats left
empty, a board short of women - and, on request, every term ever served.

Mandates come from the count of an election to a position; a team elected before coopdesk was
used is entered by hand, and a term is ended early (resignation, death, exclusion) with its
reason. Both need ``Permission.GOVERNANCE``; every role reads. The rules are
:mod:`coopdesk.governance.officers`'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.governance import officers
from coopdesk.governance.officers import Officer
from coopdesk.governance.services import current_bylaws
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.widgets.form import FormDialog

AREAS = ("officers", "governance", "members", "elections")
RED, AMBER, GREY = "#b71c1c", "#8a4f00", "#777777"
EXPIRING_BG, EXPIRED_BG = "#fff1d6", "#fde0dc"
LEVEL_COLOURS = {"expired": RED, "expiring": AMBER, "vacant": AMBER, "board": AMBER}


class AddMandateDialog(FormDialog):
    """A member's term entered by hand; ``mandate_id`` once accepted."""

    FIELDS = ("member", "position", "starts", "ends")

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addMandateDialog")
        self.setWindowTitle(_("Add a mandate"))
        self.uow = uow
        self.mandate_id: int | None = None
        self._setup_errors(self.FIELDS)
        self.member = QSpinBox()
        self.member.setObjectName("member")
        self.member.setRange(1, 999_999)
        self.position = QComboBox()
        self.position.setObjectName("position")
        bylaws = current_bylaws(uow)
        for p in bylaws.positions if bylaws is not None else ():
            self.position.addItem(_("{name} ({months} months)", name=p.name,
                                    months=p.term_months), p.name)
        self.starts = date_edit(dt.date.today())
        self.starts.setObjectName("starts")
        self.ends = date_edit(None, optional=True)
        self.ends.setObjectName("ends")
        self.ends.setToolTip(_("Leave blank for the term the bylaws set."))
        form = QFormLayout()
        for label, widget, key in ((_("Member number"), self.member, "member"),
                                   (_("Position"), self.position, "position"),
                                   (_("Term starts"), self.starts, "starts"),
                                   (_("Term ends (blank: the bylaws' term)"), self.ends,
                                    "ends")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Add the mandate"))
        layout = QVBoxLayout(self)
        if self.position.count() == 0:
            note = QLabel(_("The bylaws name no positions yet: enter them first."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.mandate_id = officers.add_mandate(
                self.uow, self.member.value(), str(self.position.currentData() or ""),
                date_of(self.starts) or dt.date.today(), date_of(self.ends))
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class EndMandateDialog(FormDialog):
    """End a term early: its last day and why."""

    def __init__(self, uow: UnitOfWork, officer: Officer, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("endMandateDialog")
        self.setWindowTitle(_("End a term early"))
        self.uow, self.officer = uow, officer
        self._setup_errors(("on", "reason", "mandate"))
        intro = QLabel(_("{name} (member {number}), {position}, {starts} to {ends}.",
                         name=officer.name, number=officer.number, position=officer.position,
                         starts=officer.starts.isoformat(), ends=officer.ends.isoformat()))
        intro.setWordWrap(True)
        self.on = date_edit(min(dt.date.today(), officer.ends))
        self.on.setObjectName("on")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(_("e.g. resigned, moved away, excluded"))
        form = QFormLayout()
        form.addRow(_("Last day in office"), self.on)
        form.addRow("", self.errors["on"])
        form.addRow(_("Reason"), self.reason)
        form.addRow("", self.errors["reason"])
        self._buttons(_("End the term"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["mandate"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            officers.end_mandate(self.uow, self.officer.mandate_id,
                                 date_of(self.on) or dt.date.today(), self.reason.text())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class OfficersTab(QWidget):
    """The team in office and its warnings; every term with "Show all terms"."""

    COLUMNS = 6

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("officersTab")
        self.ctx = ctx
        self.today = today
        self.rows: list[Officer] = []
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.GOVERNANCE)

    def _build(self) -> None:
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("officerWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setStyleSheet(
            f"#officerWarnings {{ background: {EXPIRING_BG}; border: 1px solid #e0b25c; "
            "border-radius: 4px; padding: 6px; }")
        self.show_all = QCheckBox(_("Show all terms, past ones too"))
        self.show_all.setObjectName("showAllTerms")
        self.show_all.toggled.connect(lambda _c: self.refresh())
        self.add_button = QPushButton(_("Add a mandate…"))
        self.add_button.setObjectName("addMandate")
        self.add_button.clicked.connect(lambda _c=False: self.add_mandate())
        self.end_button = QPushButton(_("End a term early…"))
        self.end_button.setObjectName("endMandate")
        self.end_button.clicked.connect(lambda _c=False: self.end_selected())
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.end_button)
        top.addStretch(1)
        top.addWidget(self.show_all)
        self.heading = QLabel()
        self.heading.setObjectName("officersHeading")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("officersTable")
        self.table.setHorizontalHeaderLabels([_("Position"), _("Member"), _("From"), _("To"),
                                              _("Days left"), _("Ended")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.empty = QLabel()
        self.empty.setObjectName("officersEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def refresh(self) -> None:
        day = self.today()
        everyone = self.show_all.isChecked()
        self.rows = officers.officers(self.ctx.uow, day, everyone=everyone)
        warns = officers.warnings(self.ctx.uow, day)
        order = {"expired": 0, "expiring": 1, "vacant": 2, "board": 3}
        lines = [f"<span style='color:{LEVEL_COLOURS.get(w.level, AMBER)}'>"
                 f"<b>{'&#9888;' if w.level in ('expired', 'expiring') else '&#8226;'}</b> "
                 f"{escape(w.text, quote=False)}</span>"
                 for w in sorted(warns, key=lambda w: order.get(w.level, 9))]
        self.warnings_label.setText("<br>".join(lines))
        self.warnings_label.setVisible(bool(lines))
        self.heading.setText(_("Every term, past and present") if everyone else
                             _("The team in office on {day}", day=day.isoformat()))
        self.table.setColumnHidden(5, not everyone)
        self.table.setRowCount(len(self.rows))
        for n, o in enumerate(self.rows):
            ended = "" if o.ended_on is None else _("{day}: {reason}", day=o.ended_on.isoformat(),
                                                   reason=o.end_reason or "")
            days = str(o.days_left) if o.current else "–"
            cells = (o.position, _("{number} - {name}", number=o.number, name=o.name),
                     o.starts.isoformat(), o.ends.isoformat(), days, ended)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not o.current:
                    item.setForeground(QBrush(QColor(GREY)))
                elif o.days_left <= officers.WARN_DAYS:
                    item.setBackground(QBrush(QColor(EXPIRING_BG)))
                    if c == 4:
                        item.setForeground(QBrush(QColor(AMBER)))
                self.table.setItem(n, c, item)
        self.empty.setText("" if self.rows else _(
            "No mandates yet. They are created when an election to a position is counted; "
            "a team elected before coopdesk was used can be added by hand."))
        self.empty.setVisible(not self.rows)
        self.update_buttons()

    def selected(self) -> Officer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def update_buttons(self) -> None:
        can = self.can_write()
        chosen = self.selected()
        self.add_button.setEnabled(can)
        self.end_button.setEnabled(can and chosen is not None and chosen.ended_on is None)
        tip = "" if can else _("Your role may read the officers register but not change it.")
        self.add_button.setToolTip(tip)
        self.end_button.setToolTip(tip)

    def add_mandate(self) -> None:
        dialog = AddMandateDialog(self.ctx.uow, self)
        try:
            if dialog.exec():
                self.refresh()
        finally:
            dialog.deleteLater()

    def end_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = EndMandateDialog(self.ctx.uow, chosen, self)
        try:
            if dialog.exec():
                self.refresh()
        finally:
            dialog.deleteLater()


__all__ = ["AddMandateDialog", "EndMandateDialog", "OfficersTab"]
