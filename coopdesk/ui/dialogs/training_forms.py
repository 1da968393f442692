"""The forms of training and incidents: a session (new or corrected), its attendance taken at
the door (large type, a search by name or number, a tick for each who came), an incident
recorded, an incident closed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import BatchInvalid, CoopdeskError, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.queries import list_sites
from coopdesk.members.rules import fold
from coopdesk.plans import training
from coopdesk.plans.training import Incident, TrainingSession
from coopdesk.ui.dialogs.member_form import date_edit, date_of, set_date, show_problem
from coopdesk.ui.widgets.form import FormDialog


def _text_box(name: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().height() * lines + 12)
    return box


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class SessionDialog(FormDialog):
    """A training session, new or corrected; ``session_id`` once accepted."""

    FIELDS = ("date", "topic", "theme", "trainer", "place", "minutes", "notes")

    def __init__(self, uow: UnitOfWork, session: TrainingSession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(_("Correct the session") if session else _("New training session"))
        self.uow, self.session = uow, session
        self.session_id: int | None = session.id if session else None
        self._setup_errors(self.FIELDS)
        self.date = date_edit(dt.date.today())
        self.date.setObjectName("sessionDate")
        self.topic = _line("topic", _("What the session was about"))
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for key, label in training.THEMES.items():
            self.theme.addItem(_(label), key)
        self.trainer = _line("trainer", _("The trainer or the organisation"))
        self.place = _line("place")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, training.MAX_MINUTES)
        self.minutes.setSingleStep(30)
        self.minutes.setSuffix(" " + _("minutes"))
        self.minutes.setValue(120)
        self.notes = _text_box("notes", 3, self)
        if session is not None:
            set_date(self.date, session.date)
            self.topic.setText(session.topic)
            self.theme.setCurrentIndex(max(0, self.theme.findData(session.theme)))
            self.trainer.setText(session.trainer)
            self.place.setText(session.place)
            self.minutes.setValue(session.minutes)
            self.notes.setPlainText(session.notes)
        form = QFormLayout()
        for label, widget, key in ((_("Date"), self.date, "date"),
                                   (_("Topic"), self.topic, "topic"),
                                   (_("Theme"), self.theme, "theme"),
                                   (_("Trainer"), self.trainer, "trainer"),
                                   (_("Place"), self.place, "place"),
                                   (_("Length"), self.minutes, "minutes"),
                                   (_("Notes"), self.notes, "notes")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Save the session"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(600, 0)

    def accept(self) -> None:
        self.clear_errors()
        args = (date_of(self.date) or dt.date.today(), self.topic.text(),
                str(self.theme.currentData()), self.trainer.text())
        place, minutes, notes = self.place.text(), self.minutes.value(), self.notes.toPlainText()
        try:
            if self.session_id is None:
                self.session_id = training.add_session(self.uow, *args, place=place,
                                                       minutes=minutes, notes=notes)
            else:
                training.update_session(self.uow, self.session_id, *args, place=place,
                                        minutes=minutes, notes=notes)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class AttendanceDialog(FormDialog):
    """Who came: large type for the door, a search by name or number, a tick for each one;
    the count shows as they are ticked, and Save writes the whole list at once."""

    def __init__(self, uow: UnitOfWork, session: TrainingSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(_("Attendance"))
        self.uow, self.session = uow, session
        self._setup_errors(("members", "date"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        title = QLabel(_("{day}: {topic}", day=session.date.isoformat(), topic=session.topic))
        title.setObjectName("attendanceTitle")
        title.setWordWrap(True)
        bold = QFont(big)
        bold.setBold(True)
        title.setFont(bold)
        self.search = _line("memberSearch", _("Type a name or a number"))
        self.search.setFont(big)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.list = QListWidget()
        self.list.setObjectName("attendanceList")
        self.list.setFont(big)
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(lambda _i: self._count())
        self.list.itemActivated.connect(self._toggle)
        self.count = QLabel()
        self.count.setObjectName("attendanceCount")
        self.count.setFont(bold)
        self.shown_only = QPushButton(_("Tick all shown"))
        self.shown_only.setObjectName("tickShown")
        self.shown_only.clicked.connect(lambda _c=False: self.tick_shown(True))
        self.untick = QPushButton(_("Untick all shown"))
        self.untick.setObjectName("untickShown")
        self.untick.clicked.connect(lambda _c=False: self.tick_shown(False))
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.shown_only)
        row.addWidget(self.untick)
        self._buttons(_("Save the attendance"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.errors["date"])
        layout.addWidget(self.errors["members"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self._load()
        self.resize(760, 720)
        if session.date > dt.date.today():
            show_problem(self.errors["date"], _(
                "This session is on {day}: attendance is taken on the day.",
                day=session.date.isoformat()))
            self.ok.setEnabled(False)

    def _load(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for c in training.candidates(self.uow, self.session.id):
            item = QListWidgetItem(f"{c.number}  {c.name}")
            item.setData(Qt.ItemDataRole.UserRole, c.number)
            item.setData(Qt.ItemDataRole.UserRole + 1, c.sex)
            item.setData(Qt.ItemDataRole.UserRole + 2, fold(f"{c.number} {c.name}"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if c.attended else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._count()

    def _items(self) -> list[QListWidgetItem]:
        return [it for it in (self.list.item(i) for i in range(self.list.count()))
                if it is not None]

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        for it in self._items():
            hay = str(it.data(Qt.ItemDataRole.UserRole + 2))
            it.setHidden(not all(w in hay for w in words))

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def tick_shown(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for it in self._items():
            if not it.isHidden():
                it.setCheckState(state)
        self.list.blockSignals(False)
        self._count()

    def ticked(self) -> list[int]:
        return [int(it.data(Qt.ItemDataRole.UserRole)) for it in self._items()
                if it.checkState() == Qt.CheckState.Checked]

    def tick(self, number: int, on: bool = True) -> None:
        for it in self._items():
            if int(it.data(Qt.ItemDataRole.UserRole)) == number:
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _count(self) -> None:
        items = [it for it in self._items() if it.checkState() == Qt.CheckState.Checked]
        women = sum(1 for it in items if it.data(Qt.ItemDataRole.UserRole + 1) == "F")
        self.count.setText(_("{count} attended ({women} women)", count=len(items),
                             women=women))

    def accept(self) -> None:
        self.clear_errors()
        try:
            training.set_attendance(self.uow, self.session.id, self.ticked())
        except BatchInvalid as exc:
            show_problem(self.errors["members"], exc.message)
            return
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class IncidentDialog(FormDialog):
    """An incident recorded in the register; ``number`` once accepted."""

    FIELDS = ("date", "kind", "severity", "site", "member", "mercury_grams", "description",
              "action_taken")

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.setWindowTitle(_("Record an incident"))
        self.uow = uow
        self.number: int | None = None
        self._setup_errors(self.FIELDS)
        self.date = date_edit(dt.date.today())
        self.date.setObjectName("incidentDate")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in training.INCIDENT_KINDS.items():
            self.kind.addItem(_(label), key)
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        for key, label in training.SEVERITIES.items():
            self.severity.addItem(_(label), key)
        self.site = QComboBox()
        self.site.setObjectName("site")
        self.site.addItem(_("(no particular site)"), None)
        for site in list_sites(uow):
            self.site.addItem(site.name, site.id)
        self.member = QSpinBox()
        self.member.setObjectName("member")
        self.member.setRange(0, 10_000_000)
        self.member.setSpecialValueText(_("(no member)"))
        self.mercury = _line("mercury", _("grams, e.g. 12.5"))
        self.mercury_label = QLabel(_("Mercury (g)"))
        self.description = _text_box("description", 4, self)
        self.action = _text_box("actionTaken", 3, self)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        form = QFormLayout()
        rows: tuple[tuple[str | QLabel, QWidget, str], ...] = (
                                   (_("Date"), self.date, "date"),
                                   (_("Kind"), self.kind, "kind"),
                                   (_("Severity"), self.severity, "severity"),
                                   (_("Site"), self.site, "site"),
                                   (_("Member involved"), self.member, "member"),
                                   (self.mercury_label, self.mercury, "mercury_grams"),
                                   (_("What happened"), self.description, "description"),
                                   (_("Action taken so far"), self.action, "action_taken"))
        for caption, widget, key in rows:
            if isinstance(caption, QLabel):
                form.addRow(caption, widget)
            else:
                form.addRow(caption, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Record the incident"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self._kind_changed()
        self.resize(620, 0)

    def _kind_changed(self) -> None:
        needs = str(self.kind.currentData()) in training.MERCURY_KINDS
        self.mercury.setEnabled(needs)
        self.mercury.setVisible(needs)
        self.mercury_label.setVisible(needs)
        if not needs:
            self.mercury.clear()

    def _grams(self) -> Decimal | None:
        text = self.mercury.text().strip().replace(",", ".")
        if not text or not self.mercury.isEnabled():
            return None
        try:
            value = Decimal(text)
        except InvalidOperation as exc:
            raise ValidationError(_("'{value}' is not a number of grams.", value=text),
                                  "mercury_grams") from exc
        return value

    def accept(self) -> None:
        self.clear_errors()
        try:
            site = self.site.currentData()
            self.number = training.record_incident(
                self.uow, date_of(self.date) or dt.date.today(), str(self.kind.currentData()),
                str(self.severity.currentData()), self.description.toPlainText(),
                site=int(site) if site is not None else None,
                member=self.member.value() or None, mercury_grams=self._grams(),
                action_taken=self.action.toPlainText())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class CloseIncidentDialog(FormDialog):
    """An incident closed with the action taken."""

    def __init__(self, uow: UnitOfWork, incident: Incident,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeIncidentDialog")
        self.setWindowTitle(_("Close an incident"))
        self.uow, self.incident = uow, incident
        self._setup_errors(("on", "action_taken", "closed_on"))
        self.on = date_edit(dt.date.today())
        self.on.setObjectName("closedOn")
        self.action = _text_box("closeAction", 4, self)
        head = QLabel(_("Incident {number} of {day}: {kind}", number=incident.number,
                        day=incident.date.isoformat(), kind=training.kind_label(incident.kind)))
        head.setWordWrap(True)
        what = QLabel(incident.description)
        what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Closed on"), self.on)
        form.addRow("", self.errors["on"])
        form.addRow(_("Action taken"), self.action)
        form.addRow("", self.errors["action_taken"])
        self._buttons(_("Close the incident"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.errors["closed_on"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            training.close_incident(self.uow, self.incident.number,
                                    date_of(self.on) or dt.date.today(),
                                    self.action.toPlainText())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


__all__ = ["AttendanceDialog", "CloseIncidentDialog", "IncidentDialog", "SessionDialog"]
