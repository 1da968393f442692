"""The sharing policy editor (used by the distribution wizard and the Policies tab) and its
dialog: fund steps, the mix of bases, eligibility, the cap on interest and the rounding, with
the policy's problems shown as they are typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.sharing.allocation import BASIS_LABELS, STEP_LABELS, Basis, Policy, StepKind
from coopdesk.sharing.policies import PRESETS
from coopdesk.sharing.presenter import (
    PolicyForm,
    Problems,
    StepForm,
    presets,
    read_policy,
    save_form,
)
from coopdesk.ui.dialogs.sharing_forms import row_of
from coopdesk.ui.widgets.form import FormDialog

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
        steps_box.addWidget(row_of(self.add_step_button, self.remove_step_button, self.up_button,
                                 self.down_button))
        form.addRow(_("Funds, in the order of the bylaws"), QWidget())
        form.addRow(steps_box)
        mix_label = QLabel(_("The members' part is shared by (weights; leave blank what is not "
                             "used):"))
        mix_label.setWordWrap(True)
        form.addRow(mix_label)
        form.addRow(mix)
        form.addRow(_("Eligible after"), row_of(self.min_days, QLabel(_("active in the period")),
                                              self.exclude_suspended))
        form.addRow(_("Interest on capital at most"), row_of(self.interest_cap,
                                                           QLabel(_("% a year"))))
        form.addRow(_("Round payouts to"), row_of(self.rounding, QLabel(currency)))
        form.addRow(_("Unclaimed after"), row_of(self.unclaimed_days,
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
            layout.addWidget(row_of(QLabel(_("Start from")), self.preset))
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
