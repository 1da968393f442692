"""The Fairmined premium use plan, as a panel of the Benefit sharing page: choose a plan, see
each planned use's budget, spending and what is left (a bar of how much is spent), and the
entries of the books tagged to the selected use.

New plan… (its uses typed in a table), Approve… (the assembly's date and resolution), Tag
spending… (a posted entry by year and number, or picked from the expense entries of the plan's
period), Untag, and Report… (the execution report as PDF, Excel or CSV, written off the GUI
thread). Every write goes through :mod:`coopdesk.sharing.premium`; the panel learns of it
through the hub (``sharing``, ``ledger``) and reads again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _, language
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.ledger import queries as ledger
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.sharing import premium
from coopdesk.sharing.premium import PlanRow, SpendEntry, UseInput, UseRow
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import date_edit, date_of, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.pages.production import Col, RowsModel
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.form import FormDialog

Index = QModelIndex | QPersistentModelIndex
TRACK = QColor("#e3eaee")
FILL = QColor("#2e7d6f")
OVER = QColor("#c62828")
INK = QColor("#263238")
NOTE_STYLE = "color: #8a5300;"
MAX_NUMBER = 999_999_999
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FORMATS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


def _table(name: str, model: RowsModel[Any], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(int(parent.fontMetrics().height() * 1.9))
    view.horizontalHeader().setHighlightSections(False)
    return view


def _heading(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class ProgressDelegate(QStyledItemDelegate):
    """Paints the percentage spent as a bar under its number; red above the budget."""

    def __init__(self, model: RowsModel[UseRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(opt.rect).adjusted(6, 5, -6, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(TRACK))
        painter.drawRoundedRect(rect, 4, 4)
        share = float(min(max(row.percent, Decimal(0)), Decimal(100)) / 100)
        filled = QRectF(rect)
        filled.setWidth(max(rect.width() * share, 6.0) if share > 0 else 0.0)
        if share > 0:
            painter.setBrush(QBrush(OVER if row.spent > row.budget else FILL))
            painter.drawRoundedRect(filled, 4, 4)
        text = f"{self.model.fmt.text(Kind.DECIMAL, row.percent)} %"
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        align = int(Qt.AlignmentFlag.AlignCenter)
        painter.setPen(INK)
        painter.drawText(rect, align, text)
        if share > 0:  # the part of the number over the bar in white, readable on both
            painter.setClipRect(filled)
            painter.setPen(QColor("white"))
            painter.drawText(rect, align, text)
        painter.restore()


def _load_renderer(fmt: str) -> None:
    """Import the renderer on the GUI thread: a first import of openpyxl (and numpy under it)
    in a worker thread can crash PySide6's import hook."""
    import importlib

    importlib.import_module({"pdf": "coopdesk.reports.pdf", "xlsx": "coopdesk.reports.xlsx",
                             "csv": "coopdesk.reports.csvout"}[fmt])


def _done(dialog: QDialog) -> bool:
    """Run a modal dialog; True if accepted. The dialog is deleted after, on the GUI thread
    (left to the garbage collector, it could be collected in a worker thread and crash)."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


# ---- the dialogs ---------------------------------------------------------------------------------

class NewPlanDialog(FormDialog):
    """A plan's name, period and planned uses (code, title, budget, one a row), and the
    assembly's approval when it has already voted the plan."""

    COLUMNS = 3

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(_("New premium use plan"))
        self.uow = uow
        self.currency = uow.coop().currency
        self.today = today or dt.date.today()
        self.saved_name: str | None = None
        self._setup_errors(("name", "end", "uses", "approved_on", "resolution"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("planName")
        self.name.setPlaceholderText(_("e.g. Fairmined premium {year}", year=self.today.year))
        form.addRow(_("Name"), self.name)
        form.addRow("", self.errors["name"])
        self.start = date_edit(self.today.replace(month=1, day=1))
        self.start.setObjectName("planStart")
        self.end = date_edit(self.today.replace(month=12, day=31))
        self.end.setObjectName("planEnd")
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(_("to")))
        period.addWidget(self.end)
        period.addStretch(1)
        form.addRow(_("Period"), period)
        form.addRow("", self.errors["end"])

        self.uses = QTableWidget(0, self.COLUMNS)
        self.uses.setObjectName("usesTable")
        self.uses.setHorizontalHeaderLabels([_("Use code"), _("Planned use"),
                                             _("Budget ({currency})", currency=self.currency)])
        hh = self.uses.horizontalHeader()
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.resizeSection(0, 90)
        hh.resizeSection(2, 150)
        self.uses.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().height() * 1.8))
        for _i in range(3):
            self.add_row()
        self.uses.itemChanged.connect(lambda _item: self._update_total())
        self.add_button = QPushButton(_("Add a use"))
        self.add_button.setObjectName("addUse")
        self.add_button.clicked.connect(lambda _c=False: self.add_row())
        self.remove_button = QPushButton(_("Remove the use"))
        self.remove_button.setObjectName("removeUse")
        self.remove_button.clicked.connect(lambda _c=False: self.remove_row())
        self.total = QLabel()
        self.total.setObjectName("total")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.total)

        self.approved = QCheckBox(_("The assembly has already approved this plan"))
        self.approved.setObjectName("approvedNow")
        self.approved_on = date_edit(self.today)
        self.approved_on.setObjectName("approvedOn")
        self.resolution = QLineEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setPlaceholderText(_("e.g. General assembly 2026, resolution 7"))
        approval = QFormLayout()
        approval.addRow(_("Approved on"), self.approved_on)
        approval.addRow("", self.errors["approved_on"])
        approval.addRow(_("Resolution"), self.resolution)
        approval.addRow("", self.errors["resolution"])
        self.approved.toggled.connect(self._approval_toggled)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(_("Planned uses, as the assembly approves them:")))
        layout.addWidget(self.uses, 1)
        layout.addLayout(row)
        layout.addWidget(self.errors["uses"])
        layout.addWidget(self.approved)
        layout.addLayout(approval)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self._buttons(_("Create the plan")))
        self._approval_toggled(False)
        self._update_total()
        self.resize(640, 560)

    def add_row(self, code: str = "", title: str = "", budget: str = "") -> None:
        n = self.uses.rowCount()
        self.uses.insertRow(n)
        for col, text in enumerate((code, title, budget)):
            item = QTableWidgetItem(text)
            if col == 2:
                item.setTextAlignment(RIGHT)
            self.uses.setItem(n, col, item)

    def remove_row(self) -> None:
        row = self.uses.currentRow()
        self.uses.removeRow(row if row >= 0 else self.uses.rowCount() - 1)
        self._update_total()

    def _approval_toggled(self, on: bool) -> None:
        self.approved_on.setEnabled(on)
        self.resolution.setEnabled(on)

    def _text(self, row: int, col: int) -> str:
        item = self.uses.item(row, col)
        return item.text().strip() if item is not None else ""

    def _update_total(self) -> None:
        total = Decimal(0)
        for r in range(self.uses.rowCount()):
            try:
                total += parse_amount(self._text(r, 2), self.currency)
            except CoopdeskError:
                continue
        fmt = CellFormatter(language(), self.currency)
        self.total.setText(_("Total budget: {amount} {currency}",
                             amount=fmt.text(Kind.MONEY, total), currency=self.currency))

    def use_inputs(self) -> list[UseInput] | None:
        """The filled rows as uses (blank rows left out), or None after naming bad budgets."""
        out: list[UseInput] = []
        problems: list[str] = []
        for r in range(self.uses.rowCount()):
            code, title, budget = (self._text(r, c) for c in range(self.COLUMNS))
            if not (code or title or budget):
                continue
            try:
                amount = parse_amount(budget, self.currency) if budget else Decimal(0)
            except CoopdeskError as exc:
                problems.append(_("Row {row}: {reason}", row=r + 1, reason=exc.message))
                continue
            out.append(UseInput(code, title, amount))
        if problems:
            show_problem(self.errors["uses"], "\n".join(problems))
            return None
        return out

    def accept(self) -> None:
        self.clear_errors()
        uses = self.use_inputs()
        if uses is None:
            return
        start, end = date_of(self.start) or self.today, date_of(self.end) or self.today
        on = self.approved.isChecked()
        try:
            premium.create_plan(self.uow, self.name.text(), start, end, uses,
                                date_of(self.approved_on) if on else None,
                                self.resolution.text() if on else None)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        self.saved_name = " ".join(self.name.text().split())
        super().accept()


class ApproveDialog(FormDialog):
    """The assembly's approval of a plan: its date and the reference of the resolution."""

    def __init__(self, uow: UnitOfWork, plan: str, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(_("Approval of “{plan}”", plan=plan))
        self.uow, self.plan = uow, plan
        self._setup_errors(("approved_on", "resolution"))
        form = QFormLayout()
        self.approved_on = date_edit(today or dt.date.today())
        self.approved_on.setObjectName("approvedOn")
        form.addRow(_("Approved by the assembly on"), self.approved_on)
        form.addRow("", self.errors["approved_on"])
        self.resolution = QLineEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setPlaceholderText(_("e.g. General assembly 2026, resolution 7"))
        form.addRow(_("Resolution"), self.resolution)
        form.addRow("", self.errors["resolution"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self._buttons(_("Record the approval")))
        self.setMinimumWidth(460)

    def accept(self) -> None:
        self.clear_errors()
        try:
            premium.approve_plan(self.uow, self.plan,
                                 date_of(self.approved_on) or dt.date.today(),
                                 self.resolution.text())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class TagDialog(FormDialog):
    """Count a posted entry, or part of it, as spending on a planned use: the entry by its
    year and number, or picked from the expense entries of the plan's period."""

    def __init__(self, uow: UnitOfWork, plan: PlanRow, uses: Sequence[UseRow],
                 use_code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(_("Tag spending to “{plan}”", plan=plan.name))
        self.uow, self.plan = uow, plan
        self.currency = uow.coop().currency
        self.fmt = CellFormatter(language(), self.currency)
        self.tagged_key: str | None = None
        self._setup_errors(("use", "entry", "amount"))
        form = QFormLayout()
        self.use = QComboBox()
        self.use.setObjectName("use")
        for u in uses:
            self.use.addItem(f"{u.code} — {u.title}", u.code)
        if use_code is not None:
            self.use.setCurrentIndex(max(self.use.findData(use_code), 0))
        form.addRow(_("Planned use"), self.use)
        form.addRow("", self.errors["use"])

        self.candidates = QTableWidget(0, 5)
        self.candidates.setObjectName("candidates")
        self.candidates.setHorizontalHeaderLabels(
            [_("Date"), _("Entry"), _("Description"), _("Total"), _("Already tagged")])
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.verticalHeader().setVisible(False)
        self.candidates.setAlternatingRowColors(True)
        hh = self.candidates.horizontalHeader()
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows = premium.expense_entries(uow, plan.name)
        done = premium.tagged(uow, [r.id for r in self.rows])
        for i, r in enumerate(self.rows):
            self.candidates.insertRow(i)
            cells = (self.fmt.date(r.date), premium.entry_key(r.year, r.number or 0),
                     r.description, self.fmt.text(Kind.MONEY, r.total),
                     self.fmt.text(Kind.MONEY, done[r.id]) if r.id in done else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 3:
                    item.setTextAlignment(RIGHT)
                self.candidates.setItem(i, c, item)
        self.candidates.resizeColumnsToContents()
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.candidates.itemSelectionChanged.connect(self._picked)

        self.year = QComboBox()
        self.year.setObjectName("year")
        for y in ledger.fiscal_years(uow):
            self.year.addItem(y.name, y.name)
        within = [y for y in ledger.fiscal_years(uow) if y.start <= plan.end
                  and y.end >= plan.start]
        if within:
            self.year.setCurrentIndex(self.year.findData(within[-1].name))
        self.number = QSpinBox()
        self.number.setObjectName("number")
        self.number.setRange(1, MAX_NUMBER)
        self.number.setGroupSeparatorShown(False)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(_("Year")))
        entry.addWidget(self.year)
        entry.addWidget(QLabel(_("Entry number")))
        entry.addWidget(self.number)
        entry.addStretch(1)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(_("All of its expenses"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(200)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        below = QFormLayout()
        below.addRow(_("Entry"), entry)
        below.addRow("", self.errors["entry"])
        below.addRow(_("Amount ({currency})", currency=self.currency), self.amount)
        below.addRow("", self.errors["amount"])
        below.addRow(_("Note"), self.note)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(_("Expense entries of the plan's period ({start} to {end}); pick one, or "
                        "give any posted entry's year and number below.",
                        start=self.fmt.date(plan.start), end=self.fmt.date(plan.end)))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(below)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self._buttons(_("Tag")))
        self.resize(760, 560)

    def _picked(self) -> None:
        rows = self.candidates.selectionModel().selectedRows()
        if not rows:
            return
        r = self.rows[rows[0].row()]
        self.year.setCurrentIndex(max(self.year.findData(r.year), 0))
        self.number.setValue(r.number or 1)

    def pick(self, key: str) -> None:
        """Select the candidate ``YEAR/NUMBER`` (as a click would)."""
        for i, r in enumerate(self.rows):
            if premium.entry_key(r.year, r.number or 0) == key:
                self.candidates.selectRow(i)
                return

    def accept(self) -> None:
        self.clear_errors()
        amount: Decimal | None = None
        if self.amount.text().strip():
            try:
                amount = parse_amount(self.amount.text(), self.currency)
            except CoopdeskError as exc:
                show_problem(self.errors["amount"], exc.message)
                return
        year = str(self.year.currentData() or "")
        try:
            premium.tag_spending(self.uow, self.plan.name, str(self.use.currentData()), year,
                                 self.number.value(), amount, self.note.text())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        self.tagged_key = premium.entry_key(year, self.number.value())
        super().accept()


# ---- the panel -----------------------------------------------------------------------------------

class PremiumPanel(WritesInWorker, QWidget):
    """A premium use plan's uses with budget, spending and what is left, and the entries
    tagged to each."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("premiumPanel")
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.stale = False
        self.busy = False
        self.plan_rows: list[PlanRow] = []
        self.last_export: Path | None = None
        self.uses: RowsModel[UseRow] = RowsModel(self)
        self.entries: RowsModel[SpendEntry] = RowsModel(self)
        self._build()
        self._retranslate()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def uow(self) -> UnitOfWork:
        return self.ctx.uow

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.new_button = self._button("newPlan", icons.icon("new"), self.new_plan)
        self.approve_button = self._button("approvePlan", icons.icon("verify"), self.approve)
        self.tag_button = self._button("tagSpending", icons.icon("books"), self.tag)
        self.untag_button = self._button(
            "untag", style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
            self.untag)
        self.report_button = self._button("report", icons.icon("reports"), self.report)
        self.plan_label = QLabel()
        self.plan_box = QComboBox()
        self.plan_box.setObjectName("plan")
        self.plan_box.setMinimumWidth(220)
        self.plan_box.currentIndexChanged.connect(lambda _i: self._load_plan())
        top = QHBoxLayout()
        for b in (self.new_button, self.approve_button, self.tag_button, self.untag_button,
                  self.report_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_box)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.approval = QLabel()
        self.approval.setObjectName("approval")
        self.approval.setWordWrap(True)

        self.uses_heading = _heading("usesHeading")
        self.use_table = _table("usesTable", self.uses, self)
        self.delegate = ProgressDelegate(self.uses, self.use_table)
        self.use_table.setItemDelegateForColumn(5, self.delegate)
        self.use_table.selectionModel().selectionChanged.connect(lambda *_a: self._load_use())
        self.entries_heading = _heading("entriesHeading")
        self.entry_table = _table("entriesTable", self.entries, self)
        self.entry_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        upper, lower = QWidget(), QWidget()
        col = QVBoxLayout(upper)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.uses_heading)
        col.addWidget(self.use_table, 1)
        col = QVBoxLayout(lower)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.entries_heading)
        col.addWidget(self.entry_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.approval)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

    def _button(self, name: str, icon: Any, slot: Callable[[], None]) -> QPushButton:
        return action_button(name, icon, slot, 24)

    def _retranslate(self) -> None:
        self.new_button.setText(_("New plan…"))
        self.approve_button.setText(_("Approve…"))
        self.tag_button.setText(_("Tag spending…"))
        self.untag_button.setText(_("Untag"))
        self.report_button.setText(_("Report…"))
        self.plan_label.setText(_("Plan"))
        self.uses_heading.setText(_("Planned uses"))
        cur = self.uow().coop().currency

        def flag(r: UseRow) -> str | None:
            if r.spent > r.budget:
                return _("Spent {amount} {currency} above the budget.", amount=self.uses.fmt.text(
                    Kind.MONEY, r.spent - r.budget), currency=cur)
            return None

        self.uses.configure([
            Col(_("Use code"), Kind.TEXT, lambda r: r.code),
            Col(_("Planned use"), Kind.TEXT, lambda r: r.title),
            Col(_("Budget"), Kind.MONEY, lambda r: r.budget),
            Col(_("Spent"), Kind.MONEY, lambda r: r.spent),
            Col(_("Remaining"), Kind.MONEY, lambda r: r.remaining),
            Col(_("Spent (%)"), Kind.DECIMAL, lambda r: r.percent),
        ], cur)
        self.uses.flag = flag
        self.entries.configure([
            Col(_("Date"), Kind.DATE, lambda r: r[0]),
            Col(_("Entry"), Kind.TEXT, lambda r: r[1]),
            Col(_("Description"), Kind.TEXT, lambda r: r[2]),
            Col(_("Amount"), Kind.MONEY, lambda r: r[3]),
        ], cur)
        char = self.fontMetrics().averageCharWidth()
        hh = self.use_table.horizontalHeader()
        hh.setStretchLastSection(False)
        for i, n in enumerate((8, 0, 16, 16, 16, 22)):
            if n:
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                hh.resizeSection(i, n * char + 18)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        eh = self.entry_table.horizontalHeader()
        eh.setStretchLastSection(False)
        for i, n in enumerate((14, 10, 0, 16)):
            if n:
                eh.resizeSection(i, n * char + 18)
        eh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    # -- reading -------------------------------------------------------------------------------

    def current_plan(self) -> PlanRow | None:
        name = self.plan_box.currentData()
        return next((p for p in self.plan_rows if p.name == name), None)

    def current_use(self) -> UseRow | None:
        rows = self.use_table.selectionModel().selectedRows()
        return self.uses.row_at(rows[0].row()) if rows else None

    def current_entry(self) -> SpendEntry | None:
        rows = self.entry_table.selectionModel().selectedRows()
        return self.entries.row_at(rows[0].row()) if rows else None

    def refresh(self, select: str | None = None) -> None:
        """Read the plans again, keeping the chosen plan (or choosing ``select``)."""
        self.stale = False
        wanted = select or self.plan_box.currentData()
        self.plan_rows = premium.plans(self.uow())
        self.plan_box.blockSignals(True)
        self.plan_box.clear()
        for p in self.plan_rows:
            self.plan_box.addItem(p.name, p.name)
        k = self.plan_box.findData(wanted) if wanted is not None else -1
        self.plan_box.setCurrentIndex(k if k >= 0 else 0 if self.plan_rows else -1)
        self.plan_box.blockSignals(False)
        self._load_plan()

    def select_plan(self, name: str) -> None:
        self.plan_box.setCurrentIndex(self.plan_box.findData(name))

    def select_use(self, code: str) -> None:
        for i, r in enumerate(self.uses.rows):
            if r.code == code:
                self.use_table.selectRow(i)
                return

    def _load_plan(self) -> None:
        p = self.current_plan()
        keep = self.current_use()
        code = keep.code if keep else None
        uow = self.uow()
        cur = uow.coop().currency
        fmt = self.uses.fmt
        if p is None:
            self.uses.set_rows([])
            self.summary.setText(_("No premium use plan yet. Press “New plan…” to enter the "
                                   "uses the assembly approves for the Fairmined premium."))
            self.approval.setText("")
            self._load_use()
            return
        rows = premium.execution(uow, p.name)
        self.uses.set_rows(rows)
        got = premium.received(uow, p.name)
        self.summary.setText(_(
            "{start} to {end} · premium received {received} {currency} · planned {planned} · "
            "spent {spent} ({percent} %) · left {left}", start=fmt.date(p.start),
            end=fmt.date(p.end), received=fmt.text(Kind.MONEY, got), currency=cur,
            planned=fmt.text(Kind.MONEY, p.budget), spent=fmt.text(Kind.MONEY, p.spent),
            percent=fmt.text(Kind.DECIMAL, premium.percent_of(p.spent, p.budget)),
            left=fmt.text(Kind.MONEY, p.budget - p.spent)))
        if p.approved_on is not None:
            self.approval.setText(_("Approved by the assembly on {date}, resolution {ref}.",
                                    date=fmt.date(p.approved_on), ref=p.resolution))
            self.approval.setStyleSheet("")
        else:
            self.approval.setText(_("Not approved yet: record the assembly's approval before "
                                    "tagging spending against this plan."))
            self.approval.setStyleSheet(NOTE_STYLE)
        if rows:
            self.select_use(code or rows[0].code)
            if self.current_use() is None:
                self.use_table.selectRow(0)
        self._load_use()

    def _load_use(self) -> None:
        u = self.current_use()
        self.entries.set_rows(list(u.entries) if u else [])
        self.entries_heading.setText(
            _("Spending tagged to {code} — {title}", code=u.code, title=u.title) if u
            else _("Spending tagged"))
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
        else:
            self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches("sharing", "ledger"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def _update_buttons(self) -> None:
        can = self.uow().actor.can(Permission.DISTRIBUTE)
        p = self.current_plan()
        approved = p is not None and p.approved_on is not None
        nope = _("Your role may not change the premium use plan.")
        self.new_button.setEnabled(can)
        self.new_button.setToolTip(_("A plan of the uses the assembly approves for the premium")
                                   if can else nope)
        self.approve_button.setEnabled(can and p is not None and not approved)
        self.approve_button.setToolTip(
            nope if not can else _("Already approved.") if approved
            else _("Record the date and the resolution of the assembly that approved the plan"))
        self.tag_button.setEnabled(can and approved)
        self.tag_button.setToolTip(
            nope if not can else _("Count a posted entry of the books as spending on a use")
            if approved else _("Record the assembly's approval first."))
        self.untag_button.setEnabled(can and self.current_entry() is not None)
        self.untag_button.setToolTip(nope if not can else _(
            "Stop counting the selected entry as spending on this use"))
        self.report_button.setEnabled(p is not None and not self.busy)
        self.report_button.setToolTip(_("The plan's execution report, as PDF, Excel or CSV"))

    # -- the work ------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    def new_plan(self) -> None:
        if not self.uow().actor.can(Permission.DISTRIBUTE):
            return
        dialog = NewPlanDialog(self.uow(), self, self.today)
        if _done(dialog) and dialog.saved_name:
            self.refresh(select=dialog.saved_name)
            self.say(_("Plan “{name}” created.", name=dialog.saved_name))

    def approve(self) -> None:
        p = self.current_plan()
        if p is None or p.approved_on is not None:
            return
        dialog = ApproveDialog(self.uow(), p.name, self, self.today)
        if _done(dialog):
            self.refresh()
            self.say(_("Plan “{name}” approved.", name=p.name))

    def tag(self) -> None:
        p = self.current_plan()
        if p is None or p.approved_on is None:
            return
        u = self.current_use()
        dialog = TagDialog(self.uow(), p, self.uses.rows, u.code if u else None, self)
        if _done(dialog) and dialog.tagged_key:
            code = str(dialog.use.currentData())
            self.refresh()
            self.select_use(code)
            self.say(_("Entry {entry} tagged to {code}.", entry=dialog.tagged_key, code=code))

    def untag(self) -> None:
        p, u, e = self.current_plan(), self.current_use(), self.current_entry()
        if p is None or u is None or e is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, _("Untag"),
                          _("Stop counting entry {entry} ({amount}) as spending on {code}?",
                            entry=e[1], amount=self.entries.fmt.text(Kind.MONEY, e[3]),
                            code=u.code),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("untagBox")
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Ok:
            return
        try:
            premium.untag(self.uow(), p.name, u.code, *premium.parse_entry_key(e[1]))
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.select_use(u.code)
        self.say(_("Entry {entry} untagged from {code}.", entry=e[1], code=u.code))

    def _ask_path(self, plan: str) -> tuple[Path, str] | None:
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in plan).strip("-")
        chosen, picked = QFileDialog.getSaveFileName(
            self, _("Execution report of “{plan}”", plan=plan),
            str(Path(folder) / f"premium-{safe or 'plan'}.pdf"), ";;".join(FORMATS.values()))
        if not chosen:
            return None
        path = Path(chosen)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            fmt = next((k for k, v in FORMATS.items() if v == picked), "pdf")
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        return path, fmt

    def report(self) -> None:
        p = self.current_plan()
        if p is None or self.busy:
            return
        asked = self._ask_path(p.name)
        if asked is None:
            return
        path, fmt = asked
        uow, name = self.uow(), p.name
        _load_renderer(fmt)
        self.write_in_worker(uow, lambda: premium.execution_report(uow, name), path, fmt)

    def _export_said(self, text: str) -> None:
        self.say(text)

    def _export_refused(self, message: str) -> None:
        self.message.setText(message)
