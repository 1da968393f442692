"""Benefit sharing forms: the policy editor (used by the distribution wizard and the Policies
tab), approving, posting and paying out a distribution, the payout sheet's options, the
unclaimed payouts, and "why this amount" for one member.

Each form puts a service's refusal under the field it names; the rules themselves live in
:mod:`coopdesk.sharing.services` and :mod:`coopdesk.sharing.presenter`. The table model of a
distribution's member lines is here too: it reads them a page at a time (a run can have a
hundred thousand members) and is shared by the page, the wizard and the unclaimed list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import N_, _, language
from coopdesk.core.money import from_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.services import EntryRef
from coopdesk.members.rules import STATUS_LABELS, Status
from coopdesk.reports import output
from coopdesk.reports.cells import NUMERIC, CellFormatter
from coopdesk.reports.document import Cell, Kind
from coopdesk.sharing import explain as explaining
from coopdesk.sharing import queries
from coopdesk.sharing import services as sharing
from coopdesk.sharing.allocation import BASIS_LABELS, STEP_LABELS, Basis, Policy, StepKind
from coopdesk.sharing.policies import PRESETS
from coopdesk.sharing.presenter import (
    PolicyForm,
    Problems,
    StepForm,
    presets,
    read_policy,
    save_form,
    unpaid_by_via,
)
from coopdesk.sharing.services import METHOD_VIA, VIA, VIA_LABELS, PayoutRef
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.errors import show_error
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.widgets.form import FormDialog, close_buttons

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MUTED = QBrush(QColor("#8a949e"))
PAID = QBrush(QColor("#2e7d32"))
GRAM = Decimal("0.001")
# Short column titles for the bases (the full label is the column's tooltip).
BASIS_COLUMNS = {Basis.GRAMS: N_("Fine grams"), Basis.VALUE: N_("Gold sold"),
                 Basis.SHARES: N_("Capital (average)"), Basis.DAYS: N_("Days worked"),
                 Basis.EQUAL: N_("Parts")}


def formatter(currency: str) -> CellFormatter:
    return CellFormatter(language(), currency)


def money(amount: Decimal, currency: str) -> str:
    """An amount with the currency's decimals, in the user's language, and its code."""
    return f"{formatter(currency).text(Kind.MONEY, amount)} {currency}"


def status_label(status: str) -> str:
    try:
        return _(STATUS_LABELS[Status(status)])
    except ValueError:
        return status


def via_label(via: str) -> str:
    return _(VIA_LABELS.get(via, via))


def method_label(method: str) -> str:
    return via_label(METHOD_VIA.get(method, "cash"))


def _date_field(name: str, value: dt.date | None) -> Any:
    edit = date_edit(value)
    edit.setObjectName(name)
    edit.setMinimumWidth(150)
    edit.setMaximumWidth(200)
    return edit


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return box


def ask_save_path(parent: QWidget, settings: UiSettings | None, title: str, name: str,
                  fmt: str) -> Path | None:
    """Where to write an export: asked, with the last folder used offered first."""
    folder = settings.value("export_dir", str(Path.home())) if settings else str(Path.home())
    filters = {"pdf": _("PDF (*.pdf)"), "xlsx": _("Excel (*.xlsx)"), "csv": _("CSV (*.csv)")}
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name),
                                                  filters[fmt])
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(path.name + f".{fmt}")
    if settings is not None:
        settings.set_value("export_dir", str(path.parent))
    return path


# ---- the member lines of a run, a page at a time -----------------------------------------------

class LinesModel(QAbstractTableModel):
    """A distribution's member lines. Fed by ``count``/``fetch`` it holds only what was
    scrolled to, ``PAGE`` rows at a time (``canFetchMore``/``fetchMore``); fed a list with
    :meth:`set_rows` it shows that list."""

    PAGE = 200

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.fmt = formatter(currency)
        self.bases: list[Basis] = []
        self.period_days = 365
        self.rows: list[queries.LineRow] = []
        self.total = 0
        self.fetches = 0
        self._fetch: Callable[[int, int], list[queries.LineRow]] | None = None
        self._columns: list[tuple[str, Kind, Callable[[queries.LineRow], Cell]]] = []
        self._tips: dict[int, str] = {}
        self.configure([], 365)

    def configure(self, bases: Sequence[Basis], period_days: int) -> None:
        """The columns: the member, their value on each basis of the policy, the amount."""
        self.beginResetModel()
        self.bases, self.period_days = list(bases), max(period_days, 1)
        self.fmt = formatter(self.currency)
        cols: list[tuple[str, Kind, Callable[[queries.LineRow], Cell]]] = [
            (_("No."), Kind.INT, lambda r: r.number),
            (_("Member"), Kind.TEXT, lambda r: r.name),
            (_("Status"), Kind.TEXT, lambda r: status_label(r.status)),
            (_("Days active"), Kind.INT, lambda r: r.active_days)]
        for b in self.bases:
            cols.append((_(BASIS_COLUMNS[b]), self._basis_kind(b), self._basis_cell(b)))
        cols += [
            (_("Amount"), Kind.MONEY, lambda r: r.amount),
            (_("Paid"), Kind.TEXT, self._paid_text),
            (_("Note"), Kind.TEXT, self._note)]
        self._columns = cols
        self._tips = {4 + i: _(BASIS_LABELS[b]) for i, b in enumerate(self.bases)}
        self.endResetModel()

    def _basis_cell(self, b: Basis) -> Callable[[queries.LineRow], Cell]:
        def cell(r: queries.LineRow) -> Cell:
            return self._basis_value(b, r.values.get(b, 0))
        return cell

    @staticmethod
    def _basis_kind(b: Basis) -> Kind:
        if b is Basis.GRAMS:
            return Kind.DECIMAL
        return Kind.MONEY if b in (Basis.VALUE, Basis.SHARES) else Kind.INT

    def _basis_value(self, b: Basis, v: int) -> Cell:
        if b is Basis.GRAMS:
            return (Decimal(v).scaleb(-7)).quantize(GRAM, ROUND_HALF_EVEN)
        if b is Basis.VALUE:
            return from_minor(v, self.currency)
        if b is Basis.SHARES:
            return from_minor(v // self.period_days, self.currency)
        return v

    def _paid_text(self, r: queries.LineRow) -> str:
        if r.amount <= 0:
            return ""
        if r.paid_on is not None:
            return _("{date}, {via}", date=self.fmt.date(r.paid_on),
                     via=via_label(r.via or "cash").lower())
        return _("not yet ({method})", method=method_label(r.method).lower())

    @staticmethod
    def _note(r: queries.LineRow) -> str:
        if r.excluded:
            return _("No part: {reason}", reason=r.excluded)
        if r.payee is not None:
            return _("Paid to the successor {payee}", payee=r.payee) if r.payee else \
                _("Deceased, no successor recorded")
        return ""

    def set_source(self, count: Callable[[], int],
                   fetch: Callable[[int, int], list[queries.LineRow]]) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self.total = count()
        self.rows = self._read(0)
        self.endResetModel()

    def set_rows(self, rows: list[queries.LineRow]) -> None:
        self.beginResetModel()
        self._fetch = None
        self.rows = list(rows)
        self.total = len(self.rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def _read(self, offset: int) -> list[queries.LineRow]:
        if self._fetch is None or offset >= self.total:
            return []
        self.fetches += 1
        return self._fetch(offset, self.PAGE)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._read(len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(_ROOT, len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def line_at(self, row: int) -> queries.LineRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        title, kind, _value = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(section, title)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or \
                not 0 <= index.column() < len(self._columns):
            return None
        r = self.rows[index.row()]
        _title, kind, value = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fmt.text(kind, value(r))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if kind in NUMERIC else \
                Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.excluded:
                return MUTED
            return PAID if r.paid_on is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._note(r) or None
        return None


def lines_view(name: str, model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(int(parent.fontMetrics().height() * 1.8))
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    """Column widths in average characters (the rest sized to their contents)."""
    char = view.fontMetrics().averageCharWidth()
    model = view.model()
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        want = widths.get(col, max(len(title) + 2, 10))
        view.horizontalHeader().resizeSection(col, want * char + 16)


# ---- the policy editor -------------------------------------------------------------------------

STEP_COLUMNS = 5  # kind, %, cap, the bylaws' name, account


class PolicyEditor(QWidget):
    """A policy's fields, checked as one types: the problems are listed under the fields and
    the fields they name are marked."""

    changed = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyEditor")
        self.currency = currency
        self._loading = False
        self.name = QLineEdit()
        self.name.setObjectName("policyName")
        self.name.setPlaceholderText(_("e.g. bylaws-2024"))
        self.steps = QTableWidget(0, STEP_COLUMNS)
        self.steps.setObjectName("steps")
        self.steps.setHorizontalHeaderLabels([
            _("Fund"), _("% of the amount"), _("Until % of capital"), _("Name in the bylaws"),
            _("Account")])
        self.steps.verticalHeader().setVisible(False)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hh = self.steps.horizontalHeader()
        hh.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((32, 15, 17, 22)):
            hh.resizeSection(col, chars * char + 16)
        self.steps.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2))
        self.steps.setMinimumHeight(self.fontMetrics().height() * 10)
        self.steps.itemChanged.connect(lambda _i: self._changed())
        self.add_step_button = QPushButton(_("Add a fund"))
        self.add_step_button.setObjectName("addStep")
        self.add_step_button.clicked.connect(lambda: self.add_step(StepForm(StepKind.OTHER, "")))
        self.remove_step_button = QPushButton(_("Remove"))
        self.remove_step_button.setObjectName("removeStep")
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(_("Up"))
        self.up_button.setObjectName("stepUp")
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(_("Down"))
        self.down_button.setObjectName("stepDown")
        self.down_button.clicked.connect(lambda: self.move_step(1))

        self.weights: dict[Basis, QLineEdit] = {}
        mix = QGridLayout()
        mix.setHorizontalSpacing(12)
        for i, b in enumerate(Basis):
            edit = QLineEdit()
            edit.setObjectName(f"weight_{b.value}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(90)
            edit.setPlaceholderText("0")
            edit.textChanged.connect(lambda _t: self._changed())
            self.weights[b] = edit
            mix.addWidget(QLabel(_(BASIS_LABELS[b])), i // 2, (i % 2) * 2)
            mix.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        mix.setColumnStretch(4, 1)

        self.min_days = QSpinBox()
        self.min_days.setObjectName("minDays")
        self.min_days.setRange(0, 3660)
        self.min_days.setSuffix(" " + _("days"))
        self.exclude_suspended = QCheckBox(_("Suspended members take no part"))
        self.exclude_suspended.setObjectName("excludeSuspended")
        self.interest_cap = QLineEdit()
        self.interest_cap.setObjectName("interestCap")
        self.interest_cap.setPlaceholderText(_("no cap"))
        self.interest_cap.setMaximumWidth(110)
        self.rounding = QLineEdit()
        self.rounding.setObjectName("rounding")
        self.rounding.setPlaceholderText(_("smallest unit"))
        self.rounding.setMaximumWidth(140)
        self.unclaimed_days = QSpinBox()
        self.unclaimed_days.setObjectName("unclaimedDays")
        self.unclaimed_days.setRange(0, 3660)
        self.unclaimed_days.setSuffix(" " + _("days"))
        for spin in (self.min_days, self.unclaimed_days):
            spin.valueChanged.connect(lambda _v: self._changed())
        for edit in (self.name, self.interest_cap, self.rounding):
            edit.textChanged.connect(lambda _t: self._changed())
        self.exclude_suspended.toggled.connect(lambda _on: self._changed())

        self.problems_label = QLabel()
        self.problems_label.setObjectName("policyProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c62828;")

        form = QFormLayout()
        form.addRow(_("Name"), self.name)
        steps_box = QVBoxLayout()
        steps_box.addWidget(self.steps)
        steps_box.addWidget(_row(self.add_step_button, self.remove_step_button, self.up_button,
                                 self.down_button))
        form.addRow(_("Funds, in the order of the bylaws"), QWidget())
        form.addRow(steps_box)
        mix_label = QLabel(_("The members' part is shared by (weights; leave blank what is not "
                             "used):"))
        mix_label.setWordWrap(True)
        form.addRow(mix_label)
        form.addRow(mix)
        form.addRow(_("Eligible after"), _row(self.min_days, QLabel(_("active in the period")),
                                              self.exclude_suspended))
        form.addRow(_("Interest on capital at most"), _row(self.interest_cap,
                                                           QLabel(_("% a year"))))
        form.addRow(_("Round payouts to"), _row(self.rounding, QLabel(currency)))
        form.addRow(_("Unclaimed after"), _row(self.unclaimed_days,
                                               QLabel(_("from the posting"))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        self.set_form(PolicyForm(mix=[(Basis.VALUE, "100")]))

    # -- steps ---------------------------------------------------------------------------------

    def add_step(self, step: StepForm) -> None:
        self._loading = True
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        kind = QComboBox()
        kind.setObjectName(f"stepKind{row}")
        for k in StepKind:
            kind.addItem(_(STEP_LABELS[k]), k.value)
        kind.setCurrentIndex(kind.findData(step.kind.value))
        kind.currentIndexChanged.connect(lambda _i: self._changed())
        self.steps.setCellWidget(row, 0, kind)
        for col, text in ((1, step.percent), (2, step.cap), (3, step.label), (4, step.account)):
            item = QTableWidgetItem(text)
            if col in (1, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
            self.steps.setItem(row, col, item)
        self._loading = False
        self._changed()

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row < 0:
            row = self.steps.rowCount() - 1
        if row >= 0:
            self.steps.removeRow(row)
            self._changed()

    def move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        steps = self._step_forms()
        to = row + by
        if not 0 <= row < len(steps) or not 0 <= to < len(steps):
            return
        steps[row], steps[to] = steps[to], steps[row]
        self._set_steps(steps)
        self.steps.selectRow(to)

    def _step_forms(self) -> list[StepForm]:
        out = []
        for row in range(self.steps.rowCount()):
            kind = self.steps.cellWidget(row, 0)
            assert isinstance(kind, QComboBox)

            def text(col: int, row: int = row) -> str:
                item = self.steps.item(row, col)
                return item.text() if item is not None else ""

            out.append(StepForm(StepKind(str(kind.currentData())), text(1), text(2), text(3),
                                text(4)))
        return out

    def _set_steps(self, steps: Sequence[StepForm]) -> None:
        self._loading = True
        self.steps.setRowCount(0)
        for s in steps:
            self.add_step(s)
            self._loading = True
        self._loading = False
        self._changed()

    # -- the whole form ------------------------------------------------------------------------

    def form(self) -> PolicyForm:
        return PolicyForm(
            name=self.name.text(), steps=self._step_forms(),
            mix=[(b, e.text()) for b, e in self.weights.items() if e.text().strip()],
            min_days=str(self.min_days.value()),
            exclude_suspended=self.exclude_suspended.isChecked(),
            interest_cap=self.interest_cap.text(), rounding=self.rounding.text(),
            unclaimed_days=str(self.unclaimed_days.value()))

    def set_form(self, form: PolicyForm) -> None:
        self._loading = True
        self.name.setText(form.name)
        weights = dict(form.mix)
        for b, edit in self.weights.items():
            edit.setText(weights.get(b, ""))
        self.min_days.setValue(int(form.min_days or 0))
        self.exclude_suspended.setChecked(form.exclude_suspended)
        self.interest_cap.setText(form.interest_cap)
        self.rounding.setText(form.rounding)
        self.unclaimed_days.setValue(int(form.unclaimed_days or 0))
        self._set_steps(form.steps)

    def policy(self) -> tuple[Policy | None, Problems]:
        return read_policy(self.form(), self.currency)

    def check(self) -> Problems:
        """Show what is wrong now (nothing when all is well)."""
        _policy, problems = self.policy()
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: Problems) -> None:
        self.problems_label.setText("\n".join(f"• {m}" for _f, m in problems))
        self.problems_label.setVisible(bool(problems))
        named = {f for f, _m in problems}
        bad = "QLineEdit, QSpinBox { border: 1px solid #c62828; }"
        for key, widget in (("name", self.name), ("min_days", self.min_days),
                            ("interest_cap", self.interest_cap), ("rounding", self.rounding),
                            ("unclaimed_days", self.unclaimed_days)):
            widget.setStyleSheet(bad if key in named else "")
        for edit in self.weights.values():
            edit.setStyleSheet(bad if "mix" in named else "")
        for row in range(self.steps.rowCount()):
            wrong = f"steps.{row + 1}" in named or "steps" in named
            for col in (1, 2):
                item = self.steps.item(row, col)
                if item is not None:
                    item.setBackground(QBrush(QColor("#ffebee")) if wrong else QBrush())

    def _changed(self) -> None:
        if self._loading:
            return
        self.steps.blockSignals(True)
        try:
            self.check()
        finally:
            self.steps.blockSignals(False)
        self.changed.emit()


class PolicyDialog(FormDialog):
    """Write or edit a policy and store it (a new version under the same name, or a policy
    under a new name); a new one may start from a preset."""

    def __init__(self, uow: UnitOfWork, form: PolicyForm | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyDialog")
        self.uow = uow
        self.saved: Policy | None = None
        new = form is None
        self.setWindowTitle(_("New sharing policy") if new else
                            _("Edit the sharing policy “{name}”", name=form.name if form else ""))
        self._setup_errors(())
        currency = uow.coop().currency
        self.editor = PolicyEditor(currency, self)
        self.preset = QComboBox()
        self.preset.setObjectName("startFrom")
        self.preset.addItem(_("(empty)"), None)
        for key, label in presets():
            self.preset.addItem(label, key)
        self.preset.currentIndexChanged.connect(lambda _i: self._start_from())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(_("A distribution keeps a copy of the policy it was computed with: "
                        "editing a policy changes no distribution already made."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #616e7c;")
        layout = QVBoxLayout(self)
        if new:
            layout.addWidget(_row(QLabel(_("Start from")), self.preset))
        else:
            self.preset.setVisible(False)
        layout.addWidget(self.editor, 1)
        layout.addWidget(note)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        if form is not None:
            self.editor.set_form(form)
        self.resize(max(self.sizeHint().width(), 880), max(self.sizeHint().height(), 640))

    def _start_from(self) -> None:
        key = self.preset.currentData()
        if key is None:
            return
        name = self.editor.name.text()
        f = PolicyForm.of(PRESETS[str(key)], self.editor.currency)
        f.name = name or f.name
        self.editor.set_form(f)

    def accept(self) -> None:
        self.clear_errors()
        if self.editor.check():
            return
        policy, problems = save_form(self.uow, self.editor.form())
        if problems:
            self.editor.show_problems(problems)
            return
        self.saved = policy
        super().accept()


# ---- approve, post, pay ------------------------------------------------------------------------

def _run_title(uow: UnitOfWork, number: int) -> tuple[queries.RunDetail, str]:
    d = queries.detail(uow, number)
    return d, _("Distribution {number}, “{title}”: {amount}", number=number, title=d.row.title,
                amount=money(d.row.amount, d.currency))


class ApproveDialog(FormDialog):
    """Record the assembly's approval: its date and the reference of its resolution."""

    def __init__(self, uow: UnitOfWork, number: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(_("Approve distribution {number}", number=number))
        self.uow, self.number = uow, number
        self.today = today or dt.date.today()
        self.approved = False
        self._setup_errors(("approved_on", "resolution"))
        _d, title = _run_title(uow, number)
        head = QLabel(title)
        head.setWordWrap(True)
        self.date = _date_field("approvedOn", self.today)
        self.resolution = QLineEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setPlaceholderText(_("e.g. General assembly of 15 March, resolution 4"))
        self.resolution.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(_("Approved by the assembly on"), self.date)
        form.addRow("", self.errors["approved_on"])
        form.addRow(_("Resolution"), self.resolution)
        form.addRow("", self.errors["resolution"])
        self._buttons(_("Approve"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        self.clear_errors()
        try:
            sharing.approve(self.uow, self.number, date_of(self.date) or self.today,
                            self.resolution.text())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        self.approved = True
        super().accept()


class ReverseDialog(FormDialog):
    """Reverse a payout recorded by mistake, or, once no payout stands, the distribution
    itself: a reversing entry in the books, never an edit."""

    def __init__(self, uow: UnitOfWork, number: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reverseDialog")
        self.setWindowTitle(_("Reverse in distribution {number}", number=number))
        self.uow, self.number = uow, number
        self.today = today or dt.date.today()
        self.done_text: str | None = None
        self._setup_errors(("what", "date", "reason"))
        _d, title = _run_title(uow, number)
        head = QLabel(title)
        head.setWordWrap(True)
        self.what = QComboBox()
        self.what.setObjectName("what")
        currency = uow.coop().currency
        live = [p for p in sharing.payouts(uow, number) if not p.reversed]
        for p in live:
            self.what.addItem(_("Payout {payout} of {date}: {count} member(s), {amount} by "
                                "{via} (entry {entry})", payout=p.id, date=p.date.isoformat(),
                                count=p.count, amount=money(p.amount, currency),
                                via=_(sharing.VIA_LABELS.get(p.via, p.via)).lower(),
                                entry=p.entry), p.id)
        self.what.addItem(_("The distribution itself (its payouts reversed first)")
                          if live else _("The distribution itself"), None)
        self.date = _date_field("reverseDate", self.today)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(_("e.g. paid twice; the member did not come"))
        self.reason.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(_("Reverse"), self.what)
        form.addRow("", self.errors["what"])
        form.addRow(_("Date"), self.date)
        form.addRow("", self.errors["date"])
        form.addRow(_("Reason"), self.reason)
        form.addRow("", self.errors["reason"])
        self._buttons(_("Reverse"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def accept(self) -> None:
        self.clear_errors()
        when = date_of(self.date) or self.today
        payout = self.what.currentData()
        try:
            if payout is not None:
                count = sharing.reverse_payout(self.uow, self.number, int(payout), when,
                                               self.reason.text())
                self.done_text = _("Payout {payout} reversed: {count} member(s) are unpaid "
                                   "again.", payout=payout, count=count)
            else:
                ref = sharing.reverse(self.uow, self.number, when, self.reason.text())
                self.done_text = _("Distribution {number} reversed by entry {year}/{entry}.",
                                   number=self.number, year=ref.year, entry=ref.number)
        except CoopdeskError as exc:
            self.refused(exc, {"payouts": "what", "status": "what", "payout": "what"})
            return
        super().accept()


class PostDialog(FormDialog):
    """Post an approved distribution: one balanced entry on the date given."""

    def __init__(self, uow: UnitOfWork, number: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postDialog")
        self.setWindowTitle(_("Post distribution {number}", number=number))
        self.uow, self.number = uow, number
        self.today = today or dt.date.today()
        self.entry: EntryRef | None = None
        self._setup_errors(("date",))
        d, title = _run_title(uow, number)
        head = QLabel(title)
        head.setWordWrap(True)
        fmt = formatter(d.currency)
        what = QLabel(_("One entry: {source} debited {amount}; each fund credited; each "
                        "member's payable credited in the member sub-ledger ({count} "
                        "member(s)).", source=d.source_account,
                        amount=money(d.row.amount - d.residue, d.currency),
                        count=fmt.text(Kind.INT, d.row.members)))
        what.setWordWrap(True)
        if d.approved_on is not None:
            approval = QLabel(_("Approved on {date}: {resolution}",
                                date=fmt.date(d.approved_on), resolution=d.resolution or ""))
            approval.setWordWrap(True)
        else:
            approval = QLabel()
        self.date = _date_field("postOn", max(self.today, d.approved_on or self.today))
        form = QFormLayout()
        form.addRow(_("Posting date"), self.date)
        form.addRow("", self.errors["date"])
        self._buttons(_("Post"))
        layout = QVBoxLayout(self)
        for w in (head, approval, what):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.entry = sharing.post(self.uow, self.number, date_of(self.date) or self.today)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class PayDialog(FormDialog):
    """Pay out: everyone not paid yet who is paid a given way, or the members selected."""

    def __init__(self, uow: UnitOfWork, number: int, selected: Sequence[int] = (),
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payDialog")
        self.setWindowTitle(_("Pay out distribution {number}", number=number))
        self.uow, self.number = uow, number
        self.today = today or dt.date.today()
        self.selected = sorted(set(selected))
        self.paid: PayoutRef | None = None
        self._setup_errors(("date", "via", "members"))
        d, title = _run_title(uow, number)
        self.currency = d.currency
        head = QLabel(title)
        head.setWordWrap(True)
        groups = {g.via: g for g in unpaid_by_via(uow, number)}
        self.date = _date_field("payOn", self.today)
        self.via = QComboBox()
        self.via.setObjectName("via")
        fmt = formatter(d.currency)
        for v in VIA:
            g = groups.get(v)
            text = via_label(v) if g is None else _(
                "{via} — {count} member(s) to pay, {amount}", via=via_label(v),
                count=fmt.text(Kind.INT, g.count), amount=money(g.amount, d.currency))
            self.via.addItem(text, v)
        first = next((i for i, v in enumerate(VIA) if v in groups), 0)
        self.via.setCurrentIndex(first)
        self.all_unpaid = QRadioButton(_("Everyone not paid yet who is paid this way"))
        self.all_unpaid.setObjectName("allUnpaid")
        self.only_selected = QRadioButton(_("Only the {count} member(s) selected: {numbers}",
                                            count=len(self.selected),
                                            numbers=self._numbers_text()))
        self.only_selected.setObjectName("onlySelected")
        group = QButtonGroup(self)
        group.addButton(self.all_unpaid)
        group.addButton(self.only_selected)
        self.only_selected.setEnabled(bool(self.selected))
        (self.only_selected if self.selected else self.all_unpaid).setChecked(True)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(_("e.g. transfer batch or receipt book number"))
        form = QFormLayout()
        form.addRow(_("Paid on"), self.date)
        form.addRow("", self.errors["date"])
        form.addRow(_("Paid by"), self.via)
        form.addRow("", self.errors["via"])
        form.addRow(_("Who"), self.all_unpaid)
        form.addRow("", self.only_selected)
        form.addRow("", self.errors["members"])
        form.addRow(_("Reference"), self.reference)
        self._buttons(_("Pay and post"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _numbers_text(self) -> str:
        shown = ", ".join(str(n) for n in self.selected[:12])
        return shown + (" …" if len(self.selected) > 12 else "")

    def accept(self) -> None:
        self.clear_errors()
        members = self.selected if self.only_selected.isChecked() else None
        try:
            self.paid = sharing.pay(self.uow, self.number, date_of(self.date) or self.today,
                                    str(self.via.currentData()), members,
                                    self.reference.text().strip() or None)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class PayoutSheetDialog(QDialog):
    """What the payout sheet holds: which way of paying, the unpaid only, PDF or Excel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payoutSheetDialog")
        self.setWindowTitle(_("Payout sheet"))
        self.via = QComboBox()
        self.via.setObjectName("sheetVia")
        self.via.addItem(_("Every way, grouped as the treasurer pays"), None)
        for v in VIA:
            self.via.addItem(via_label(v), v)
        self.unpaid_only = QCheckBox(_("Only the members not paid yet"))
        self.unpaid_only.setObjectName("unpaidOnly")
        self.unpaid_only.setChecked(True)
        self.fmt = QComboBox()
        self.fmt.setObjectName("sheetFormat")
        self.fmt.addItem(_("PDF, to print and sign"), "pdf")
        self.fmt.addItem(_("Excel"), "xlsx")
        form = QFormLayout()
        form.addRow(_("Paid by"), self.via)
        form.addRow("", self.unpaid_only)
        form.addRow(_("Format"), self.fmt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Save…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def options(self) -> tuple[str | None, bool, str]:
        via = self.via.currentData()
        return (None if via is None else str(via), self.unpaid_only.isChecked(),
                str(self.fmt.currentData()))


# ---- why this amount ---------------------------------------------------------------------------

class ExplainDialog(QDialog):
    """For one member of one distribution: the sentences that say why they receive what they
    receive, the figures beside them, and Print… (a PDF of the same)."""

    def __init__(self, uow: UnitOfWork, number: int, member: int,
                 parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.uow, self.number, self.member = uow, number, member
        self.settings = settings
        self.busy = False
        self.last_export: Path | None = None
        self.explanation = explaining.explain(uow, number, member)  # NotFound: said by caller
        e = self.explanation
        currency = uow.coop().currency
        self.setWindowTitle(_("Why this amount — member {number}", number=member))
        head = QLabel(_("{name} (member {number}) receives {amount}", name=e.name,
                        number=e.member, amount=money(e.amount, currency)))
        head.setObjectName("explainHead")
        head.setWordWrap(True)
        big = QFont(head.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.35)
        head.setFont(big)
        sub = QLabel(_("Distribution {number}: {title}", number=e.run, title=e.title))
        sub.setStyleSheet("color: #616e7c;")
        self.text = QTextBrowser()
        self.text.setObjectName("sentences")
        self.text.setOpenLinks(False)
        self.text.setStyleSheet("QTextBrowser { background: white; }")
        body = "".join(f"<p style='margin-bottom: 8px;'>{_html(s)}</p>" for s in e.sentences)
        self.text.setHtml(f"<div style='font-size: 11pt;'>{body}</div>")
        self.figures = QTableWidget(len(e.figures), 2)
        self.figures.setObjectName("figures")
        self.figures.setHorizontalHeaderLabels([_("Figure"), _("Value")])
        self.figures.verticalHeader().setVisible(False)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setWordWrap(True)
        for i, (label, value) in enumerate(e.figures):
            self.figures.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(value)
            self.figures.setItem(i, 1, item)
        hh = self.figures.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self.figures.setStyleSheet("QTableWidget::item { padding: 3px; }")
        self.figures.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        hh.sectionResized.connect(lambda *_a: self.figures.resizeRowsToContents())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.print_button = QPushButton(_("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(_("Save this explanation as a PDF to print and hand to "
                                       "the member"))
        self.print_button.clicked.connect(lambda: self.print_pdf())
        close = close_buttons(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(sub)
        body_row = QHBoxLayout()
        body_row.addWidget(self.text, 1)
        body_row.addWidget(self.figures, 1)
        layout.addLayout(body_row, 1)
        layout.addLayout(bottom)
        self.resize(1120, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.figures.resizeRowsToContents()

    def sentences(self) -> list[str]:
        return list(self.explanation.sentences)

    def print_pdf(self, path: Path | None = None) -> None:
        """Write the explanation as a PDF (in a worker), asking where when not told."""
        if self.busy:
            return
        if path is None:
            path = ask_save_path(self, self.settings, _("Print the explanation"),
                                 _("why-this-amount-{run}-{member}.pdf", run=self.number,
                                   member=self.member), "pdf")
            if path is None:
                return
        uow, number, member = self.uow, self.number, self.member
        target = path

        def work(_progress: Progress) -> Path:
            from coopdesk.sharing import reports

            return output.export(uow, reports.explanation(uow, number, member), target, "pdf")

        self.busy = True
        self.last_export = None
        run_op(self, _("Writing {path}…", path=path.name), work, self._printed, self._failed)

    def _printed(self, path: Path) -> None:
        self.busy = False
        self.last_export = path
        self.message.setText(_("Saved {path}", path=path))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, CoopdeskError):
            self.message.setText(exc.message)
        show_error(self, exc)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- unclaimed payouts -------------------------------------------------------------------------

class UnclaimedDialog(QDialog):
    """Members not paid once the policy's time for collecting has passed, and the list as a
    PDF or Excel file."""

    export_requested = Signal(str)  # format

    def __init__(self, uow: UnitOfWork, number: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unclaimedDialog")
        self.setWindowTitle(_("Unclaimed payouts of distribution {number}", number=number))
        self.today = today or dt.date.today()
        d = queries.detail(uow, number)
        rows = queries.unclaimed(uow, number, self.today)
        fmt = formatter(d.currency)
        self.model = LinesModel(d.currency, self)
        self.model.configure([], 365)
        self.model.set_rows(rows)
        self.table = lines_view("unclaimedTable", self.model, self)
        fit_columns(self.table, {0: 7, 1: 28, 2: 12, 3: 11, 4: 16, 5: 22})
        days = d.policy.unclaimed_days
        if d.row.posted_on is None:
            text = _("The distribution is not posted: nothing can be unclaimed yet.")
        elif not rows:
            due = d.row.posted_on + dt.timedelta(days=days)
            text = _("Nobody's payout is unclaimed. Payouts count as unclaimed {days} days "
                     "after the posting ({date}).", days=days, date=fmt.date(due))
        else:
            total = sum((r.amount for r in rows), Decimal(0))
            text = _("{count} member(s) have not collected {amount}, {days} days or more after "
                     "the posting on {date}.", count=fmt.text(Kind.INT, len(rows)),
                     amount=money(total, d.currency), days=days,
                     date=fmt.date(d.row.posted_on))
        self.summary = QLabel(text)
        self.summary.setObjectName("unclaimedSummary")
        self.summary.setWordWrap(True)
        self.pdf_button = QPushButton(_("Export PDF…"))
        self.pdf_button.setObjectName("unclaimedPdf")
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.xlsx_button = QPushButton(_("Export Excel…"))
        self.xlsx_button.setObjectName("unclaimedXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        close = close_buttons(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(980, 520)
