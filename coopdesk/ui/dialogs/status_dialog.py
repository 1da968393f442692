"""Changing a member's status (only the moves the lifecycle allows) and verifying members in a
census."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import queries, services
from coopdesk.members.rules import (
    REASON_REQUIRED,
    STATUS_LABELS,
    TRANSITIONS,
    Status,
    check_transition,
)
from coopdesk.ui.dialogs.member_form import date_edit, date_of, error_label, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.member_table import format_day, status_colour, status_icon

_ORDER = list(Status)


class StatusDialog(QDialog):
    """Move member ``number`` to one of the statuses the lifecycle allows from where they are."""

    def __init__(self, uow: UnitOfWork, number: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.uow = uow
        self.number = number
        self.today = today or dt.date.today()
        detail = queries.member_detail(uow, number)
        self.current = Status(detail.status)
        self.since = detail.status_date
        name = f"{detail.data.first_names} {detail.data.last_names}"
        self.setWindowTitle(self.tr("Change status: {name}").format(name=name))

        head = QLabel(self.tr("{name} (no. {number}) is <b style='color:{colour}'>{status}</b> "
                              "since {date}.").format(
            name=name, number=number, colour=status_colour(self.current.value).name(),
            status=_(STATUS_LABELS[self.current]), date=format_day(self.since, language())))
        head.setWordWrap(True)

        self.group = QButtonGroup(self)
        choices = QVBoxLayout()
        self.choices: dict[Status, QRadioButton] = {}
        for status in sorted(TRANSITIONS[self.current], key=_ORDER.index):
            button = QRadioButton(_(STATUS_LABELS[status]))
            button.setObjectName(f"status_{status.value}")
            button.setIcon(status_icon(status.value, 24))
            button.setIconSize(QSize(24, 24))
            self.group.addButton(button)
            self.choices[status] = button
            choices.addWidget(button)
        if not self.choices:
            choices.addWidget(QLabel(self.tr("No further change of status is possible.")))
        self.group.buttonToggled.connect(self.validate)
        self.status_error = error_label()
        choices.addWidget(self.status_error)

        self.date = date_edit(self.today)
        self.date.setObjectName("date")
        self.date.dateChanged.connect(self.validate)
        self.date_error = error_label()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(90)
        self.reason.textChanged.connect(self.validate)
        self.reason_hint = QLabel()
        self.reason_error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("New status"), _boxed(choices))
        form.addRow(self.tr("Date"), _stack(self.date, self.date_error))
        form.addRow(self.tr("Reason"), _stack(self.reason, self.reason_hint, self.reason_error))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change status"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 400)
        self.validate()

    def chosen(self) -> Status | None:
        for status, button in self.choices.items():
            if button.isChecked():
                return status
        return None

    def choose(self, status: Status) -> None:
        self.choices[status].setChecked(True)

    def validate(self, *_args: object) -> list[tuple[str, str]]:
        new = self.chosen()
        when = date_of(self.date) or self.today
        reason = self.reason.toPlainText()
        problems = [] if new is None else check_transition(
            self.current, new, reason, when, self.since, self.today)
        by_field = {f: m for f, m in problems}
        show_problem(self.status_error, by_field.get("status", ""))
        show_problem(self.date_error, by_field.get("date", ""))
        # Asking for a reason before anything is typed would only scold.
        show_problem(self.reason_error, by_field.get("reason", "") if reason else "")
        self.reason_hint.setText(self.tr("Required for this change.") if new in REASON_REQUIRED
                                 else self.tr("Optional."))
        self.ok.setEnabled(new is not None and not problems)
        return problems

    def accept(self) -> None:
        new = self.chosen()
        if new is None or self.validate():
            return
        try:
            services.change_status(self.uow, self.number, new, date_of(self.date) or self.today,
                                   self.reason.toPlainText(), today=self.today)
        except ValidationError as exc:
            label = {"date": self.date_error, "reason": self.reason_error}.get(
                exc.field or "", self.status_error)
            show_problem(label, exc.message)
            return
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        super().accept()


class CensusDialog(QDialog):
    """Mark members as seen and verified in a census (opening a new census if needed)."""

    def __init__(self, uow: UnitOfWork, numbers: Sequence[int], parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("censusDialog")
        self.uow = uow
        self.numbers = list(numbers)
        self.today = today or dt.date.today()
        self.verified = 0
        self.setWindowTitle(self.tr("Verify in census"))
        head = QLabel(self.tr("Mark {count} member(s) as seen and verified.").format(
            count=len(self.numbers)))
        self.census = QComboBox()
        self.census.setObjectName("census")
        self.census.currentIndexChanged.connect(self.validate)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newCensus")
        self.new_name.setPlaceholderText(self.tr("e.g. Census {year}").format(
            year=self.today.year))
        self.open_button = QPushButton(self.tr("Open new census"))
        self.open_button.clicked.connect(self.open_census)
        self.census_error = error_label()
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.open_button)
        self.date = date_edit(self.today)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Census"), self.census)
        form.addRow(self.tr("or a new one"), _boxed(new_row))
        form.addRow("", self.census_error)
        form.addRow(self.tr("Verified on"), self.date)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Verify"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.census.clear()
        for cid, name, started, count in queries.list_censuses(self.uow):
            self.census.addItem(self.tr("{name} (from {date}, {count} verified)").format(
                name=name, date=format_day(started, language()), count=count), cid)
        if select is not None:
            self.census.setCurrentIndex(max(0, self.census.findData(select)))
        elif self.census.count():
            self.census.setCurrentIndex(self.census.count() - 1)
        self.validate()

    def validate(self, *_args: object) -> None:
        self.ok.setEnabled(self.census.currentData() is not None and bool(self.numbers))

    def open_census(self) -> None:
        try:
            cid = services.open_census(self.uow, self.new_name.text(), self.today)
        except ValidationError as exc:
            show_problem(self.census_error, exc.message)
            return
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        show_problem(self.census_error, "")
        self.new_name.clear()
        self.reload(cid)

    def accept(self) -> None:
        cid = self.census.currentData()
        if cid is None:
            return
        try:
            self.verified = services.verify_in_census(
                self.uow, int(cid), self.numbers, date_of(self.date) or self.today,
                self.note.text() or None)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        super().accept()


def _boxed(layout: QVBoxLayout | QHBoxLayout) -> QWidget:
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


def _stack(*widgets: QWidget) -> QWidget:
    col = QVBoxLayout()
    col.setSpacing(2)
    for w in widgets:
        col.addWidget(w)
    return _boxed(col)
