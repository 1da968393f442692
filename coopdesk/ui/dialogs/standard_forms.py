"""The standards' forms: assess a requirement (level, note, day), add evidence (a suggested
record, an extract of the member register, or a file) and make an improvement action (an
activity of the action plan). Each calls its service and shows a refusal under the field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import standards as stds
from coopdesk.plans.standards import RequirementView
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.widgets.form import FormDialog


def _intro(standard: str, view: RequirementView) -> QLabel:
    std = stds.get_standard(standard)
    label = QLabel(_("{standard} {id}: {title}", standard=std.version, id=view.id,
                     title=view.requirement.title))
    label.setObjectName("requirementTitle")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    return label


class AssessDialog(FormDialog):
    """A requirement's level on a day, with a note; ``assessment_id`` once accepted."""

    def __init__(self, uow: UnitOfWork, standard: str, view: RequirementView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessDialog")
        self.setWindowTitle(_("Assess a requirement"))
        self.uow, self.standard, self.view = uow, standard, view
        self.assessment_id: int | None = None
        self._setup_errors(("level", "note", "on"))
        self.level = QComboBox()
        self.level.setObjectName("level")
        for lv in stds.LEVELS:
            self.level.addItem(_(stds.LEVEL_LABELS[lv]), lv)
        self.level.setCurrentIndex(stds.LEVELS.index(view.level))
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(_("What was seen, what is missing"))
        self.note.setFixedHeight(90)
        self.on = date_edit(dt.date.today())
        self.on.setObjectName("on")
        form = QFormLayout()
        for text, widget, key in ((_("Level"), self.level, "level"),
                                  (_("Note"), self.note, "note"),
                                  (_("Assessed on"), self.on, "on")):
            form.addRow(text, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Record the assessment"))
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(standard, view))
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.assessment_id = stds.assess(self.uow, self.standard, self.view.id,
                                             str(self.level.currentData()),
                                             self.note.toPlainText(), date_of(self.on))
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class EvidenceDialog(FormDialog):
    """Evidence for a requirement: one of the records suggested, an extract of the member
    register, or a file; ``evidence_id`` once accepted."""

    def __init__(self, uow: UnitOfWork, standard: str, view: RequirementView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.setWindowTitle(_("Add evidence"))
        self.uow, self.standard, self.view = uow, standard, view
        self.evidence_id: int | None = None
        self._setup_errors(("ref_id", "filename", "label"))
        self.choice = QButtonGroup(self)
        self.record = QRadioButton(_("A record coopdesk holds"))
        self.record.setObjectName("fromRecord")
        self.register = QRadioButton(_("An extract of the member register, today"))
        self.register.setObjectName("fromRegister")
        self.file = QRadioButton(_("A file (a photo, a scan, a report)"))
        self.file.setObjectName("fromFile")
        for n, b in enumerate((self.record, self.register, self.file)):
            self.choice.addButton(b, n)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        for g in view.suggestions:
            if g.kind == "register":
                continue
            item = QListWidgetItem(g.label)
            item.setData(256, (g.kind, g.ref_id))
            self.suggestions.addItem(item)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(_("Choose…"))
        browse.setObjectName("browse")
        browse.clicked.connect(lambda _c=False: self.browse())
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.label = QLineEdit()
        self.label.setObjectName("label")
        self.label.setPlaceholderText(_("Leave blank for the record's own name"))
        has_records = self.suggestions.count() > 0
        self.record.setEnabled(has_records)
        (self.record if has_records else self.register).setChecked(True)
        if not has_records:
            self.suggestions.addItem(_("No record fits this requirement yet."))
            self.suggestions.setEnabled(False)
        self.choice.idToggled.connect(lambda _i, _on: self._enable())
        self._buttons(_("Add the evidence"))
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(standard, view))
        layout.addWidget(self.record)
        layout.addWidget(self.suggestions, 1)
        layout.addWidget(self.errors["ref_id"])
        layout.addWidget(self.register)
        layout.addWidget(self.file)
        layout.addLayout(row)
        layout.addWidget(self.errors["filename"])
        form = QFormLayout()
        form.addRow(_("Label (optional)"), self.label)
        form.addRow("", self.errors["label"])
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self._enable()
        self.resize(620, 480)

    def _enable(self) -> None:
        self.suggestions.setEnabled(self.record.isChecked())
        self.path.setEnabled(self.file.isChecked())

    def browse(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(self, _("A file to keep as evidence"),
                                                 str(Path.home()))
        if chosen:
            self.path.setText(chosen)
            self.file.setChecked(True)

    def accept(self) -> None:
        self.clear_errors()
        label = self.label.text()
        try:
            if self.record.isChecked():
                item = self.suggestions.currentItem()
                if item is None or item.data(256) is None:
                    raise ValidationError(_("Choose one of the records."), "ref_id")
                kind, ref = item.data(256)
                self.evidence_id = stds.add_evidence(self.uow, self.standard, self.view.id,
                                                     kind, ref, label)
            elif self.register.isChecked():
                self.evidence_id = stds.add_evidence(self.uow, self.standard, self.view.id,
                                                     "register", label=label)
            else:
                text = self.path.text().strip()
                if not text:
                    raise ValidationError(_("Choose the file."), "filename")
                path = Path(text).expanduser()
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    raise ValidationError(_("Cannot read {path}: {error}", path=path,
                                            error=exc.strerror or exc), "filename") from exc
                self.evidence_id = stds.add_evidence(self.uow, self.standard, self.view.id,
                                                     "file", label=label, filename=path.name,
                                                     data=data)
        except CoopdeskError as exc:
            self.refused(exc, {"data": "filename"})
            return
        super().accept()


class ActionDialog(FormDialog):
    """An improvement action: an activity of the action plan tied to the requirement;
    ``number`` (the activity's) once accepted."""

    def __init__(self, uow: UnitOfWork, standard: str, view: RequirementView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(_("Make an improvement action"))
        self.uow, self.standard, self.view = uow, standard, view
        self.number: int | None = None
        self._setup_errors(("title", "starts", "ends", "responsible", "budget"))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(_("e.g. Buy retorts and train the processors"))
        today = dt.date.today()
        self.starts = date_edit(today)
        self.starts.setObjectName("starts")
        self.ends = date_edit(today + dt.timedelta(days=90))
        self.ends.setObjectName("ends")
        self.responsible = QSpinBox()
        self.responsible.setObjectName("responsible")
        self.responsible.setRange(0, 999_999)
        self.responsible.setSpecialValueText(_("nobody yet"))
        self.budget = QLineEdit("0")
        self.budget.setObjectName("budget")
        form = QFormLayout()
        for text, widget, key in ((_("What will be done"), self.title, "title"),
                                  (_("Starts"), self.starts, "starts"),
                                  (_("Ends"), self.ends, "ends"),
                                  (_("Responsible (member number)"), self.responsible,
                                   "responsible"),
                                  (_("Budget ({currency})", currency=uow.coop().currency),
                                   self.budget, "budget")):
            form.addRow(text, widget)
            form.addRow("", self.errors[key])
        note = QLabel(_("The action becomes an activity of the action plan, where its progress "
                        "and spending are followed."))
        note.setWordWrap(True)
        self._buttons(_("Add to the action plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(standard, view))
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(540, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            text = self.budget.text().strip()
            budget = parse_amount(text, self.uow.coop().currency) if text else Decimal(0)
        except ValidationError as exc:
            self.refused(ValidationError(exc.message, "budget"))
            return
        try:
            self.number = stds.improvement_action(
                self.uow, self.standard, self.view.id, self.title.text(),
                date_of(self.starts) or dt.date.today(), date_of(self.ends) or dt.date.today(),
                self.responsible.value() or None, budget)
        except CoopdeskError as exc:
            self.refused(exc, {"member": "responsible", "requirement": "form"})
            return
        super().accept()
