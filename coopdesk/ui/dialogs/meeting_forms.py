"""The meetings tab's forms: a new meeting, its agenda, the convocation (the notice checked as
the date is typed), the opening, a proxy and a motion (counts of hands, or named votes)."""


from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import meetings
from coopdesk.governance.assembly_presenter import (
    AssemblyPresenter,
    MotionResult,
    decision_choices,
)
from coopdesk.governance.bylaws import MEETING_LABELS, MeetingKind
from coopdesk.ui.dialogs.member_form import date_edit, date_of, show_problem
from coopdesk.ui.widgets.form import FormDialog

COMMITTEES = (MeetingKind.MANAGEMENT.value, MeetingKind.SUPERVISORY.value)


def status_label(status: str) -> str:
    label = meetings.STATUS_LABELS.get(status)
    return _(label) if label else status


def kind_label(kind: str) -> str:
    return _(MEETING_LABELS[MeetingKind(kind)])


def when(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


# --- dialogs -----------------------------------------------------------------------------------

class NewMeetingDialog(FormDialog):
    """A new meeting, planned: kind, title, date and time, place, the agenda one item a line;
    ``meeting_id`` once accepted."""

    FIELDS = ("kind", "title", "scheduled_at", "place", "agenda")

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setWindowTitle(_("New meeting"))
        self.uow = uow
        self.meeting_id: int | None = None
        self._setup_errors(self.FIELDS)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, label in MEETING_LABELS.items():
            self.kind.addItem(_(label), kind.value)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(_("e.g. Ordinary general assembly 2026"))
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=30), dt.time(9, 0))
        self.scheduled = QDateTimeEdit(QDateTime(start))
        self.scheduled.setObjectName("scheduledAt")
        self.scheduled.setCalendarPopup(True)
        self.scheduled.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("agenda")
        self.agenda.setPlaceholderText(_("One item a line, in order:\nQuorum and agenda\n"
                                         "Accounts of the year\nElection of the board"))
        self.agenda.setMinimumHeight(self.fontMetrics().height() * 7)
        form = QFormLayout()
        for label, widget, key in ((_("Kind of meeting"), self.kind, "kind"),
                                   (_("Title"), self.title_edit, "title"),
                                   (_("Date and time"), self.scheduled, "scheduled_at"),
                                   (_("Place"), self.place, "place"),
                                   (_("Agenda"), self.agenda, "agenda")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Create the meeting"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def agenda_lines(self) -> list[str]:
        return [line for line in self.agenda.toPlainText().splitlines() if line.strip()]

    def accept(self) -> None:
        self.clear_errors()
        at = self.scheduled.dateTime().toPython()
        assert isinstance(at, dt.datetime)
        try:
            self.meeting_id = meetings.create_meeting(
                self.uow, str(self.kind.currentData()), self.title_edit.text(),
                at.replace(second=0, microsecond=0), place=self.place.text(),
                agenda=self.agenda_lines())
        except CoopdeskError as exc:
            field = getattr(exc, "field", "") or ""
            self.refused(exc, {field: "agenda"} if field.startswith("agenda.") else None)
            return
        super().accept()


class AgendaDialog(FormDialog):
    """The agenda of a meeting not yet convened, one item a line, replaced whole."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, titles: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaDialog")
        self.setWindowTitle(_("Agenda"))
        self.uow, self.meeting_id = uow, meeting_id
        self._setup_errors(("agenda",))
        self.agenda = QPlainTextEdit("\n".join(titles))
        self.agenda.setObjectName("agenda")
        self.agenda.setMinimumHeight(self.fontMetrics().height() * 10)
        self._buttons(_("Save the agenda"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("One item a line, in order.")))
        layout.addWidget(self.agenda)
        layout.addWidget(self.errors["agenda"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def accept(self) -> None:
        self.clear_errors()
        lines = [x for x in self.agenda.toPlainText().splitlines() if x.strip()]
        try:
            meetings.set_agenda(self.uow, self.meeting_id, lines)
        except CoopdeskError as exc:
            field = getattr(exc, "field", "") or ""
            self.refused(exc, {field: "agenda"} if field.startswith("agenda") else None)
            return
        super().accept()


class ConveneDialog(FormDialog):
    """The day the convocation goes out; the notice the bylaws require is checked as the date
    changes, and nothing is saved while it is too short."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conveneDialog")
        self.setWindowTitle(_("Convene the meeting"))
        self.uow, self.meeting_id = uow, meeting_id
        info = meetings.meeting_info(uow, meeting_id)
        self._setup_errors(("convened_on", "agenda"))
        self.on = date_edit(min(dt.date.today(), info.scheduled_at.date()))
        self.on.setObjectName("convenedOn")
        self.on.dateChanged.connect(lambda _d: self.check())
        intro = QLabel(_("{title}, {when}. The convocation, with its agenda, goes out on:",
                         title=info.title, when=when(info.scheduled_at)))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Sent on"), self.on)
        form.addRow("", self.errors["convened_on"])
        self._buttons(_("Convene"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["agenda"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self.check()

    def day(self) -> dt.date:
        return date_of(self.on) or dt.date.today()

    def check(self) -> str | None:
        """The notice problem for the date shown (None: enough notice), shown under it."""
        try:
            problem = meetings.notice_problem(self.uow, self.meeting_id, self.day())
        except CoopdeskError as exc:
            problem = exc.message
        show_problem(self.errors["convened_on"], problem or "")
        self.ok.setEnabled(problem is None)
        return problem

    def accept(self) -> None:
        self.clear_errors()
        if self.check() is not None:
            return
        try:
            meetings.convene(self.uow, self.meeting_id, self.day())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class OpenMeetingDialog(FormDialog):
    """Open the session: who chairs it and who takes the minutes."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openMeetingDialog")
        self.setWindowTitle(_("Open the meeting"))
        self.uow, self.meeting_id = uow, meeting_id
        self._setup_errors(("chair", "secretary", "bylaws", "status"))
        self.chair = QLineEdit()
        self.chair.setObjectName("chair")
        self.secretary = QLineEdit()
        self.secretary.setObjectName("secretary")
        form = QFormLayout()
        form.addRow(_("Chair"), self.chair)
        form.addRow("", self.errors["chair"])
        form.addRow(_("Secretary of the meeting"), self.secretary)
        form.addRow("", self.errors["secretary"])
        self._buttons(_("Open the meeting"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for key in ("bylaws", "status", "form"):
            layout.addWidget(self.errors[key])
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            meetings.open_meeting(self.uow, self.meeting_id, self.chair.text(),
                                  self.secretary.text())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class ProxyDialog(FormDialog):
    """An absent member represented by one in the room."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, present: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proxyDialog")
        self.setWindowTitle(_("Add a proxy"))
        self.uow, self.meeting_id = uow, meeting_id
        self._setup_errors(("giver", "holder"))
        self.giver = QSpinBox()
        self.giver.setObjectName("giver")
        self.giver.setRange(1, 999_999)
        self.holder = QComboBox()
        self.holder.setObjectName("holder")
        for number, name in present:
            self.holder.addItem(_("{number} - {name}", number=number, name=name), number)
        form = QFormLayout()
        form.addRow(_("Absent member (number)"), self.giver)
        form.addRow("", self.errors["giver"])
        form.addRow(_("Represented by (in the room)"), self.holder)
        form.addRow("", self.errors["holder"])
        self._buttons(_("Add the proxy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def accept(self) -> None:
        self.clear_errors()
        holder = self.holder.currentData()
        if holder is None:
            show_problem(self.errors["holder"], _("Check in the member who holds the proxy "
                                                  "first."))
            return
        try:
            meetings.add_proxy(self.uow, self.meeting_id, self.giver.value(), int(holder))
        except CoopdeskError as exc:
            self.refused(exc, {"proxy": "form", "member": "giver"})
            return
        super().accept()


class MotionDialog(FormDialog):
    """A motion put to the vote under the current agenda item: its text, the type of
    decision, and the counts of a show of hands - or, at a committee, each member's vote.
    ``result`` once recorded."""

    FIELDS = ("text", "decision_type", "votes")

    def __init__(self, presenter: AssemblyPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("motionDialog")
        self.setWindowTitle(_("Put a motion to the vote"))
        self.presenter = presenter
        self.outcome: MotionResult | None = None
        self._setup_errors(self.FIELDS)
        item = presenter.current_item
        heading = QLabel(_("Agenda item {place}: {title}", place=item.place, title=item.title)
                         if item else _("No agenda item"))
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.text = QPlainTextEdit()
        self.text.setObjectName("motionText")
        self.text.setFixedHeight(self.fontMetrics().height() * 4)
        self.decision = QComboBox()
        self.decision.setObjectName("decisionType")
        for value, label in decision_choices():
            self.decision.addItem(label, value)
        self.named = presenter.info.kind in COMMITTEES
        self.spins: dict[str, QSpinBox] = {}
        self.votes: dict[int, QComboBox] = {}
        form = QFormLayout()
        form.addRow(_("Motion"), self.text)
        form.addRow("", self.errors["text"])
        form.addRow(_("Type of decision"), self.decision)
        form.addRow("", self.errors["decision_type"])
        if self.named:
            self.table = QTableWidget(0, 2)
            self.table.setObjectName("namedVotes")
            self.table.setHorizontalHeaderLabels([_("Member"), _("Vote")])
            self.table.verticalHeader().setVisible(False)
            self.table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch)
            for number, name in presenter.present_members():
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(
                    _("{number} - {name}", number=number, name=name)))
                box = QComboBox()
                box.setObjectName(f"vote_{number}")
                box.addItem(_("did not vote"), None)
                for vote, label in meetings.VOTE_LABELS.items():
                    box.addItem(_(label), vote)
                self.table.setCellWidget(row, 1, box)
                self.votes[number] = box
            self.table.setMinimumHeight(self.fontMetrics().height() * 8)
            form.addRow(_("Votes by name"), self.table)
        else:
            for key, label in (("yes", _("In favour")), ("no", _("Against")),
                               ("abstain", _("Abstentions")), ("invalid", _("Spoilt"))):
                spin = QSpinBox()
                spin.setObjectName(key)
                spin.setRange(0, 999_999)
                self.spins[key] = spin
                form.addRow(label, spin)
        form.addRow("", self.errors["votes"])
        self._buttons(_("Record the vote"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def accept(self) -> None:
        self.clear_errors()
        text, dtype = self.text.toPlainText(), str(self.decision.currentData())
        try:
            if self.named:
                named = {n: str(box.currentData()) for n, box in self.votes.items()
                         if box.currentData() is not None}
                self.outcome = self.presenter.record_motion(text, dtype, named=named)
            else:
                s = self.spins
                self.outcome = self.presenter.record_motion(
                    text, dtype, yes=s["yes"].value(), no=s["no"].value(),
                    abstain=s["abstain"].value(), invalid=s["invalid"].value())
        except CoopdeskError as exc:
            field = getattr(exc, "field", "") or ""
            self.refused(exc, {field: "votes"} if field.startswith("votes") else
                         {"quorum": "form", "present": "votes"})
            return
        super().accept()


# --- the tab -----------------------------------------------------------------------------------
