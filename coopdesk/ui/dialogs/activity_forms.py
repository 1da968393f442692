"""The action plan's and the budget's forms: an activity (new or changed), a progress report,
the journal lines to tag to an activity (ticked in a list of expense lines not yet tagged),
and the approval of a budget by a passed motion of a general assembly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import activities as acts
from coopdesk.plans import budgets
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.ui.dialogs.member_form import date_edit, date_of, show_problem
from coopdesk.ui.widgets.form import FormDialog


def formatter(uow: UnitOfWork) -> CellFormatter:
    return CellFormatter(language(), uow.coop().currency)


class ActivityDialog(FormDialog):
    """A new activity, or the plan of one (``activity`` given); ``number`` once accepted."""

    FIELDS = ("title", "objective", "responsible", "starts", "ends", "budget", "indicator",
              "requirement")

    def __init__(self, uow: UnitOfWork, activity: acts.Activity | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(_("Change the activity") if activity else _("New activity"))
        self.uow, self.activity = uow, activity
        self.number: int | None = activity.number if activity else None
        self._setup_errors(self.FIELDS)
        day = today or dt.date.today()
        self.title_edit = QLineEdit(activity.title if activity else "")
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(_("e.g. Helmets and boots for every digger"))
        self.objective = QPlainTextEdit(activity.objective if activity else "")
        self.objective.setObjectName("objective")
        self.objective.setMinimumHeight(self.fontMetrics().height() * 3)
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsible")
        self.responsible.addItem(_("(nobody yet)"), None)
        for number, name in acts.member_choices(uow):
            self.responsible.addItem(_("{number} - {name}", number=number, name=name), number)
        if activity is not None and activity.responsible is not None:
            at = self.responsible.findData(activity.responsible)
            if at < 0:
                self.responsible.addItem(_("{number} - {name}", number=activity.responsible,
                                           name=activity.responsible_name),
                                         activity.responsible)
                at = self.responsible.count() - 1
            self.responsible.setCurrentIndex(at)
        self.starts = date_edit(activity.starts if activity else day)
        self.starts.setObjectName("starts")
        self.ends = date_edit(activity.ends if activity else day + dt.timedelta(days=90))
        self.ends.setObjectName("ends")
        fmt = formatter(uow)
        self.budget = QLineEdit(fmt.text(Kind.MONEY, activity.budget) if activity else "")
        self.budget.setObjectName("budget")
        self.budget.setPlaceholderText("0")
        self.indicator = QLineEdit(activity.indicator if activity else "")
        self.indicator.setObjectName("indicator")
        self.indicator.setPlaceholderText(_("How success is measured, e.g. diggers equipped"))
        self.requirement = QLineEdit((activity.requirement or "") if activity else "")
        self.requirement.setObjectName("requirement")
        self.requirement.setPlaceholderText(_("A standard's requirement, e.g. craft:2.1 "
                                              "(optional)"))
        form = QFormLayout()
        for label, widget, key in ((_("Title"), self.title_edit, "title"),
                                   (_("Objective"), self.objective, "objective"),
                                   (_("Responsible member"), self.responsible, "responsible"),
                                   (_("Starts"), self.starts, "starts"),
                                   (_("Ends"), self.ends, "ends"),
                                   (_("Budget ({currency})", currency=uow.coop().currency),
                                    self.budget, "budget"),
                                   (_("Indicator"), self.indicator, "indicator"),
                                   (_("Requirement"), self.requirement, "requirement")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Save the activity") if activity else _("Add the activity"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            text = self.budget.text().strip()
            budget = parse_amount(text, self.uow.coop().currency) if text else Decimal(0)
        except ValidationError as exc:
            show_problem(self.errors["budget"], exc.message)
            return
        fields = {"objective": self.objective.toPlainText(),
                  "responsible": self.responsible.currentData(),
                  "budget": budget, "indicator": self.indicator.text(),
                  "requirement": self.requirement.text() or None}
        starts = date_of(self.starts) or dt.date.today()
        ends = date_of(self.ends) or starts
        try:
            if self.number is None:
                self.number = acts.add_activity(self.uow, self.title_edit.text(), starts, ends,
                                                **fields)
            else:
                acts.update_activity(self.uow, self.number, title=self.title_edit.text(),
                                     starts=starts, ends=ends, **fields)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class ProgressDialog(FormDialog):
    """A progress report on an activity: the day, its status and per cent done, a note."""

    def __init__(self, uow: UnitOfWork, activity: acts.Activity,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(_("Report progress"))
        self.uow, self.activity = uow, activity
        self._setup_errors(("on", "status", "progress", "note"))
        intro = QLabel(_("{number}. {title} ({starts} to {ends}); now {status}, {progress} %.",
                         number=activity.number, title=activity.title,
                         starts=activity.starts.isoformat(), ends=activity.ends.isoformat(),
                         status=activity.status_text, progress=activity.progress))
        intro.setWordWrap(True)
        self.on = date_edit(today or dt.date.today())
        self.on.setObjectName("on")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in acts.STATUSES:
            self.status.addItem(acts.status_label(status), status)
        current = acts.IN_PROGRESS if activity.status == acts.PLANNED else activity.status
        self.status.setCurrentIndex(self.status.findData(current))
        self.progress = QSpinBox()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(activity.progress)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setMinimumHeight(self.fontMetrics().height() * 3)
        self.note.setPlaceholderText(_("What was done, what holds it up"))
        form = QFormLayout()
        for label, widget, key in ((_("Date"), self.on, "on"), (_("Status"), self.status,
                                                                 "status"),
                                   (_("Progress"), self.progress, "progress"),
                                   (_("Note"), self.note, "note")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Record the report"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(500, 0)

    def _status_changed(self) -> None:
        if self.status.currentData() == acts.DONE:
            self.progress.setValue(100)

    def accept(self) -> None:
        self.clear_errors()
        try:
            acts.report_progress(self.uow, self.activity.number,
                                 date_of(self.on) or dt.date.today(),
                                 str(self.status.currentData()), self.progress.value(),
                                 self.note.toPlainText())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class TagLinesDialog(FormDialog):
    """The expense lines of posted entries not yet tagged (of the activity's dates, or all),
    to tick and tag to the activity; ``tagged`` once accepted."""

    COLUMNS = 5

    def __init__(self, uow: UnitOfWork, activity: acts.Activity,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagLinesDialog")
        self.setWindowTitle(_("Tag journal lines"))
        self.uow, self.activity = uow, activity
        self.tagged = 0
        self.fmt = formatter(uow)
        self.lines: list[acts.TaggedLine] = []
        self._setup_errors(("lines",))
        intro = QLabel(_("Tick the expense lines spent on {number}. {title}. Only lines of "
                         "posted entries not tagged to another activity are listed.",
                         number=activity.number, title=activity.title))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(_("Search the description or the account"))
        self.search.textChanged.connect(lambda _t: self.load())
        self.in_dates = QCheckBox(_("Only from {starts} to {ends}",
                                    starts=activity.starts.isoformat(),
                                    ends=activity.ends.isoformat()))
        self.in_dates.setObjectName("inDates")
        self.in_dates.setChecked(True)
        self.in_dates.toggled.connect(lambda _c: self.load())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.in_dates)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("linesTable")
        self.table.setHorizontalHeaderLabels([_("Entry"), _("Date"), _("Account"),
                                              _("Description"), _("Amount")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _i: self._count())
        self.table.cellDoubleClicked.connect(self._toggle)
        self.total = QLabel()
        self.total.setObjectName("tagTotal")
        self._buttons(_("Tag the ticked lines"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.errors["lines"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.load()

    def load(self) -> None:
        dated = self.in_dates.isChecked()
        self.lines = acts.untagged_lines(
            self.uow, self.activity.starts if dated else None,
            self.activity.ends if dated else None, limit=500, text=self.search.text())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.lines))
        for r, ln in enumerate(self.lines):
            cells = (ln.entry, ln.date.isoformat(), ln.account, ln.memo,
                     self.fmt.text(Kind.MONEY, ln.amount))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setToolTip(f"{ln.account} {ln.account_name}" if c == 2 else ln.memo)
                if c == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self._count()

    def _toggle(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState()
                               == Qt.CheckState.Checked else Qt.CheckState.Checked)

    def tick(self, rows: list[int]) -> None:
        for r in rows:
            item = self.table.item(r, 0)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)

    def ticked(self) -> list[acts.TaggedLine]:
        out = []
        for r, ln in enumerate(self.lines):
            item = self.table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(ln)
        return out

    def _count(self) -> None:
        chosen = self.ticked()
        total = sum((ln.amount for ln in chosen), Decimal(0))
        self.total.setText(_("{count} line(s) ticked, {amount} {currency}; {shown} line(s) "
                             "listed.", count=len(chosen),
                             amount=self.fmt.text(Kind.MONEY, total),
                             currency=self.uow.coop().currency, shown=len(self.lines))
                           if self.lines else _("No expense line left to tag here."))
        self.ok.setEnabled(bool(chosen))

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.tagged = acts.tag_lines(self.uow, self.activity.number,
                                         [ln.line_id for ln in self.ticked()])
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class ApproveBudgetDialog(FormDialog):
    """Approve a draft budget by a passed motion of a general assembly, chosen from a list."""

    def __init__(self, uow: UnitOfWork, budget: budgets.BudgetInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveBudgetDialog")
        self.setWindowTitle(_("Approve the budget"))
        self.uow, self.budget = uow, budget
        self._setup_errors(("motion", "budget"))
        intro = QLabel(_("The {year} budget, version {version}, is approved by a motion the "
                         "general assembly passed. Once approved it is frozen; a change is a "
                         "new version.", year=budget.year, version=budget.version))
        intro.setWordWrap(True)
        self.motion = QComboBox()
        self.motion.setObjectName("motion")
        self.motions = budgets.assembly_motions(uow)
        for m in self.motions:
            text = m.text if len(m.text) <= 80 else m.text[:79] + "…"
            self.motion.addItem(_("{day} - resolution {resolution}: {text}",
                                  day=m.day.isoformat(), resolution=m.resolution or "-",
                                  text=text), m.id)
            self.motion.setItemData(self.motion.count() - 1, f"{m.meeting}\n{m.text}",
                                    Qt.ItemDataRole.ToolTipRole)
        best = next((i for i, m in enumerate(self.motions)
                     if "budget" in m.text.lower() or "presupuesto" in m.text.lower()), 0)
        self.motion.setCurrentIndex(best)
        form = QFormLayout()
        form.addRow(_("Motion"), self.motion)
        form.addRow("", self.errors["motion"])
        self._buttons(_("Approve"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.motions:
            note = QLabel(_("No general assembly has passed a motion yet. Record the "
                            "assembly's vote on the budget in Meetings first."))
            note.setObjectName("noMotions")
            note.setWordWrap(True)
            layout.addWidget(note)
            self.ok.setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.errors["budget"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(620, 0)

    def accept(self) -> None:
        self.clear_errors()
        motion = self.motion.currentData()
        if motion is None:
            show_problem(self.errors["motion"], _("Choose the motion."))
            return
        try:
            budgets.approve(self.uow, self.budget.id, int(motion))
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()
