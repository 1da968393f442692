"""A new distribution in four steps — where the money comes from, the policy, the preview,
the approval and posting — driven by :class:`~coopdesk.sharing.presenter.
DistributionWizardPresenter`, which holds the state and the rules; the pages only display what
it returns and put its problems under the fields they name.

The preview is computed in a worker (a run over a hundred thousand members takes seconds) with
progress and Cancel. Cancelling the wizard deletes the draft it made; finishing approves and
posts as far as the last page says.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Kind
from coopdesk.sharing.presenter import (
    DistributionWizardPresenter,
    Finished,
    MemberPage,
    PolicyForm,
    Problems,
    presets,
)
from coopdesk.sharing.services import SOURCE_LABELS, RunStatus, Source
from coopdesk.ui.dialogs.member_form import date_edit, date_of, error_label, set_date, show_problem
from coopdesk.ui.dialogs.sharing_policy import PolicyEditor
from coopdesk.ui.models.distribution_lines import (
    LinesModel,
    fit_columns,
    formatter,
    lines_view,
    money,
)
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.widgets.chart import DonutChart

NOTE_STYLE = "color: #616e7c;"


def _errors(keys: tuple[str, ...]) -> dict[str, QLabel]:
    out = {}
    for key in (*keys, "form"):
        label = error_label()
        label.setObjectName(f"error_{key.replace('.', '_')}")
        out[key] = label
    return out


def _show(errors: dict[str, QLabel], problems: Problems) -> None:
    """Each problem under its field (several joined), the others at the bottom."""
    by: dict[str, list[str]] = {}
    for f, m in problems:
        by.setdefault(f if f in errors else "form", []).append(m)
    for key, label in errors.items():
        show_problem(label, "\n".join(by.get(key, [])))


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    if stretch:
        row.addStretch(1)
    return box


class DistributionWizard(QWizard):
    """The four steps. ``result_value`` holds how the run ended once Finish was pressed."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionWizard")
        self.setWindowTitle(_("New distribution"))
        self.presenter = DistributionWizardPresenter(uow, today)
        self.result_value: Finished | None = None
        self.source_page = SourcePage(self)
        self.policy_page = PolicyPage(self)
        self.preview_page = PreviewPage(self)
        self.approval_page = ApprovalPage(self)
        for page in (self.source_page, self.policy_page, self.preview_page,
                     self.approval_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.NextButton, _("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _("Cancel"))
        self.resize(1100, 780)

    def reject(self) -> None:
        """Cancelled: the draft this wizard computed is deleted."""
        if self.result_value is None:
            self.presenter.discard()
        super().reject()


# ---- 1. where the money comes from -------------------------------------------------------------

class SourcePage(QWizardPage):
    def __init__(self, owner: DistributionWizard) -> None:
        super().__init__()
        self.owner = owner
        self.p = owner.presenter
        self.setTitle(_("1. What is shared"))
        self.setSubTitle(_("The surplus of a closed year, a Fairmined premium received, or an "
                           "amount the assembly decided; and the period over which production, "
                           "shares and days worked are counted."))
        self._loading = True
        self.errors = _errors(("title", "year", "amount", "period"))
        self.buttons: dict[Source, QRadioButton] = {}
        group = QButtonGroup(self)
        names = {Source.SURPLUS: "sourceSurplus", Source.PREMIUM: "sourcePremium",
                 Source.DECIDED: "sourceDecided"}
        for src in Source:
            b = QRadioButton(_(SOURCE_LABELS[src]))
            b.setObjectName(names[src])
            group.addButton(b)
            self.buttons[src] = b
            b.toggled.connect(lambda on, src=src: self._source_changed(src) if on else None)
        self.year = QComboBox()
        self.year.setObjectName("year")
        self.year.setMinimumContentsLength(34)
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(220)
        self.amount.setPlaceholderText(_("e.g. 25,000,000.00"))
        self.amount.textChanged.connect(self._amount_changed)
        self.amount_note = QLabel()
        self.amount_note.setObjectName("amountNote")
        self.amount_note.setStyleSheet(NOTE_STYLE)
        self.start = date_edit(None)
        self.start.setObjectName("start")
        self.end = date_edit(None)
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setMinimumWidth(150)
            edit.dateChanged.connect(lambda _d: self._period_changed())
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setMinimumWidth(420)
        self.title_edit.textChanged.connect(self._title_changed)
        currency = self.p.currency
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(_("Source"), self.buttons[Source.SURPLUS])
        form.addRow("", _row(self.year))
        form.addRow("", self.errors["year"])
        form.addRow("", self.buttons[Source.PREMIUM])
        form.addRow("", self.buttons[Source.DECIDED])
        form.addRow(_("Amount"), _row(self.amount, QLabel(currency), self.amount_note))
        form.addRow("", self.errors["amount"])
        form.addRow(_("Period counted"), _row(self.start, QLabel(_("to")), self.end))
        form.addRow("", self.errors["period"])
        form.addRow(_("Title"), self.title_edit)
        form.addRow("", self.errors["title"])
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.errors["form"])
        self._loading = False

    def initializePage(self) -> None:
        self._load()

    def _load(self) -> None:
        """The presenter's state into the widgets."""
        self._loading = True
        try:
            p = self.p
            years = p.years()
            self.year.clear()
            if years:
                for y in years:
                    self.year.addItem(_("{year}: surplus {amount}", year=y.name,
                                        amount=money(y.surplus, p.currency)), y.name)
                self.year.setCurrentIndex(max(0, self.year.findData(p.year)))
            else:
                self.year.addItem(_("(no closed year has a surplus left to share)"), None)
            self.buttons[p.source].setChecked(True)
            surplus = p.source is Source.SURPLUS
            self.year.setEnabled(surplus and bool(years))
            self.amount.setEnabled(not surplus)
            if surplus:
                amount = p.amount()
                self.amount.setText(formatter(p.currency).text(Kind.MONEY, amount)
                                    if amount is not None else "")
                self.amount_note.setText(_("the year's surplus, as the closing carried it"))
            else:
                self.amount.setText(p.amount_text)
                available = p.premium_available() if p.source is Source.PREMIUM else None
                self.amount_note.setText(
                    _("the premium account holds {amount}", amount=money(available, p.currency))
                    if available is not None and available > 0 else "")
            set_date(self.start, p.start)
            set_date(self.end, p.end)
            self.title_edit.setText(p.title)
        finally:
            self._loading = False

    def _amount_changed(self, text: str) -> None:
        if not self._loading:
            self.p.amount_text = text

    def _title_changed(self, text: str) -> None:
        if not self._loading:
            self.p.title = text

    def _source_changed(self, src: Source) -> None:
        if self._loading:
            return
        self.p.choose_source(src)
        self._load()
        _show(self.errors, [])

    def _year_changed(self) -> None:
        if self._loading or self.year.currentData() is None:
            return
        self.p.choose_year(str(self.year.currentData()))
        self._load()

    def _period_changed(self) -> None:
        if self._loading:
            return
        self.p.start, self.p.end = date_of(self.start), date_of(self.end)

    def validatePage(self) -> bool:
        problems = self.p.check_source()
        _show(self.errors, problems)
        return not problems


# ---- 2. the policy -----------------------------------------------------------------------------

class PolicyPage(QWizardPage):
    """Choose a stored policy, install a preset, or edit: the editor shows the chosen policy
    and checks it as one types; changes are stored (under the name in the editor) on Next."""

    def __init__(self, owner: DistributionWizard) -> None:
        super().__init__()
        self.owner = owner
        self.p = owner.presenter
        self.setTitle(_("2. The sharing policy"))
        self.setSubTitle(_("The funds the bylaws require, then how the members' part is shared. "
                           "Edit the policy here if the assembly decided otherwise; a changed "
                           "policy is stored when you press Next."))
        self.errors = _errors(("policy", "preset", "name"))
        self.policy = QComboBox()
        self.policy.setObjectName("policy")
        self.policy.setMinimumContentsLength(24)
        self.policy.currentIndexChanged.connect(lambda _i: self._policy_changed())
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in presets():
            self.preset.addItem(label, key)
        self.preset_name = QLineEdit()
        self.preset_name.setObjectName("presetName")
        self.preset_name.setPlaceholderText(_("its own name"))
        self.preset_name.setMaximumWidth(160)
        self.install = QPushButton(_("Install"))
        self.install.setObjectName("installPreset")
        self.install.clicked.connect(self.install_preset)
        self.editor = PolicyEditor(self.p.currency, self)
        self.editor.changed.connect(lambda: _show(self.errors, []))
        top = QGridLayout()
        top.addWidget(QLabel(_("Policy")), 0, 0)
        top.addWidget(_row(self.policy), 0, 1)
        top.addWidget(QLabel(_("or install a preset")), 1, 0)
        top.addWidget(_row(self.preset, QLabel(_("as")), self.preset_name, self.install), 1, 1)
        top.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for key in ("policy", "preset", "name"):
            layout.addWidget(self.errors[key])
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.errors["form"])
        self._loading = False

    def initializePage(self) -> None:
        if self.p.policy_name is None:
            self.p.choose_policy(self.p.suggested_policy())
        self._load()

    def _load(self) -> None:
        self._loading = True
        try:
            self.policy.clear()
            names = [x.name for x in self.p.policies()]
            if not names:
                self.policy.addItem(_("(no policy stored yet: install a preset)"), None)
            for n in names:
                self.policy.addItem(n, n)
            self.policy.setCurrentIndex(max(0, self.policy.findData(self.p.policy_name)))
            self.p.choose_policy(self.policy.currentData())
            self.editor.set_form(self.p.policy_form() if self.p.policy_name
                                 else PolicyForm(mix=[]))
            self.editor.check()
        finally:
            self._loading = False

    def _policy_changed(self) -> None:
        if self._loading:
            return
        self.p.choose_policy(self.policy.currentData())
        self._load()
        _show(self.errors, [])

    def install_preset(self) -> None:
        problems = self.p.install_preset(str(self.preset.currentData()),
                                         self.preset_name.text())
        _show(self.errors, problems)
        if not problems:
            self.preset_name.clear()
            self._load()

    def edited(self) -> bool:
        """Does the editor hold something other than the chosen stored policy?"""
        stored = self.p.policy()
        policy, _problems = self.editor.policy()
        return stored is None or policy != stored

    def validatePage(self) -> bool:
        if self.edited():
            problems = self.p.save_policy(self.editor.form())
            if problems:
                self.editor.show_problems(problems)
                _show(self.errors, [p for p in problems if p[0] in ("policy", "name")])
                return False
            self._load()
        problems = self.p.check_policy()
        _show(self.errors, problems)
        return not problems


# ---- 3. the preview ----------------------------------------------------------------------------

class PreviewPage(QWizardPage):
    """The draft as computed: the funds, the members' part, the residue, where the amount goes,
    and the members, a page at a time."""

    def __init__(self, owner: DistributionWizard) -> None:
        super().__init__()
        self.owner = owner
        self.p = owner.presenter
        self.setTitle(_("3. Preview"))
        self.setSubTitle(_("The distribution is computed as a draft. Check the funds and the "
                           "members' amounts; go back to change the source or the policy."))
        self.ready = False
        self.busy = False
        self.page_no = 0
        self.errors = _errors(())
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("previewFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.steps = QTableWidget(0, 4)
        self.steps.setObjectName("previewSteps")
        self.steps.setHorizontalHeaderLabels([_("Fund or part"), _("%"), _("Account"),
                                              _("Amount")])
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        hh = self.steps.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = DonutChart(_("Where the amount goes"))
        self.chart.setObjectName("previewChart")
        self.chart.setMinimumWidth(430)
        self.search = QLineEdit()
        self.search.setObjectName("previewSearch")
        self.search.setPlaceholderText(_("Find a member by name or number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.show_members(0))
        self.members = LinesModel(self.p.currency, self)
        self.table = lines_view("previewMembers", self.members, self)
        self.prev_button = QPushButton(_("< Previous"))
        self.prev_button.setObjectName("previousPage")
        self.prev_button.clicked.connect(lambda: self.show_members(self.page_no - 1))
        self.next_button = QPushButton(_("Next page >"))
        self.next_button.setObjectName("nextPage")
        self.next_button.clicked.connect(lambda: self.show_members(self.page_no + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")

        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.figures)
        left.addWidget(self.steps, 1)
        top_row.addLayout(left, 1)
        top_row.addWidget(self.chart, 1)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_row(self.search, self.prev_button, self.page_label, self.next_button,
                              stretch=False))
        column.addWidget(self.table, 1)
        self.search.setMinimumWidth(300)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        split.setSizes([line * 20, line * 18])
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(self.errors["form"])

    def initializePage(self) -> None:
        self.compute()

    def cleanupPage(self) -> None:
        """Back: the draft stays until something changes (then it is made again)."""
        _show(self.errors, [])

    def compute(self) -> None:
        if self.busy:
            return
        self.ready = False
        self.busy = True
        self.completeChanged.emit()
        _show(self.errors, [])
        self.status.setText(_("Computing every member's share…"))
        p = self.p

        def work(_progress: Progress) -> Problems:
            return p.compute()

        run_op(self, _("Computing the distribution…"), work, self._computed, self._failed)

    def _computed(self, problems: Problems) -> None:
        self.busy = False
        if problems:
            self.status.setText(_("The distribution cannot be computed:"))
            _show(self.errors, [("form", m) for _f, m in problems])
            self._clear()
        else:
            self._fill()
            self.ready = True
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.setText(_("The distribution cannot be computed:"))
        _show(self.errors, [("form", str(exc))])
        self._clear()
        self.completeChanged.emit()

    def _clear(self) -> None:
        self.steps.setRowCount(0)
        self.figures.clear()
        self.chart.set_data([])
        self.members.clear()
        self.page_label.clear()

    def _fill(self) -> None:
        v = self.p.preview
        assert v is not None
        fmt = formatter(v.currency)
        cur = v.currency

        def m(amount: Decimal) -> str:
            return fmt.text(Kind.MONEY, amount)

        self.status.setText(_("Draft distribution {number}, “{title}”: {source}, {start} to "
                              "{end}, policy “{policy}”.", number=v.number, title=v.title,
                              source=v.source, start=fmt.date(v.start), end=fmt.date(v.end),
                              policy=v.policy))
        lines = [
            (_("Amount shared"), money(v.amount, cur)),
            (_("Funds"), money(v.funds, cur)),
            (_("Members' part"), money(v.pool, cur)),
            (_("Received by {count} member(s)", count=fmt.text(Kind.INT, v.receiving)),
             money(v.shared, cur)),
            (_("Left in the source account by rounding"), money(v.residue, cur)),
        ]
        rows = "".join(f"<tr><td style='padding-right: 18px;'>{k}</td>"
                       f"<td align='right'><b>{val}</b></td></tr>" for k, val in lines)
        eligible = _("{eligible} member(s) eligible, {excluded} taking no part (see the "
                     "note of each).", eligible=fmt.text(Kind.INT, v.eligible),
                     excluded=fmt.text(Kind.INT, v.excluded))
        self.figures.setText(f"<table>{rows}</table><p>{eligible}</p>")
        items: list[tuple[str, str, str, str]] = [
            (s.title + (" " + _("(capped)") if s.capped else ""),
             fmt.text(Kind.DECIMAL, s.percent), s.account, m(s.amount)) for s in v.steps]
        for label, amount in v.parts:
            items.append((_("Members — {basis}", basis=label), "", "", m(amount)))
        if v.residue:
            items.append((_("Left by rounding"), "", "", m(v.residue)))
        self.steps.setRowCount(len(items))
        bold = QFont(self.steps.font())
        bold.setBold(True)
        for r, cells in enumerate(items):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                self.steps.setItem(r, c, item)
        self.chart.set_data([(label, float(amount)) for label, amount in v.chart])
        policy = self.p.policy()
        self.members.configure([b for b, w in policy.mix if w > 0] if policy else [],
                               (v.end - v.start).days + 1)
        bases = len([b for b, w in policy.mix if w > 0]) if policy else 0
        fit_columns(self.table, {0: 6, 1: 26, 2: 10, 3: 11, bases + 4: 15, bases + 5: 20})
        self.show_members(0)

    def show_members(self, page: int) -> MemberPage:
        shown = self.p.members(page, self.search.text())
        self.page_no = shown.page
        self.members.set_rows(shown.rows)
        fmt = formatter(self.p.currency)
        self.page_label.setText(_("{first}–{last} of {total}", first=fmt.text(Kind.INT,
                                                                             shown.first),
                                  last=fmt.text(Kind.INT, shown.last),
                                  total=fmt.text(Kind.INT, shown.total)))
        self.prev_button.setEnabled(shown.page > 0)
        self.next_button.setEnabled(shown.page + 1 < shown.pages)
        return shown

    def isComplete(self) -> bool:
        return self.ready and not self.busy

    def validatePage(self) -> bool:
        return self.isComplete()


# ---- 4. approval and posting -------------------------------------------------------------------

class ApprovalPage(QWizardPage):
    def __init__(self, owner: DistributionWizard) -> None:
        super().__init__()
        self.owner = owner
        self.p = owner.presenter
        self.setTitle(_("4. Approval and posting"))
        self.setSubTitle(_("The assembly's approval (its date and the reference of its "
                           "resolution), then the posting: one entry in the books, each "
                           "member's amount in their account."))
        self.errors = _errors(("approved_on", "resolution", "post_on"))
        self.choices: dict[RunStatus, QRadioButton] = {}
        group = QButtonGroup(self)
        for status, text, name in (
                (RunStatus.POSTED, _("Approve and post now"), "finishPosted"),
                (RunStatus.APPROVED, _("Record the approval; post later"), "finishApproved"),
                (RunStatus.DRAFT, _("Keep it as a draft for now"), "finishDraft")):
            b = QRadioButton(text)
            b.setObjectName(name)
            group.addButton(b)
            self.choices[status] = b
            b.toggled.connect(lambda on, s=status: self._choice(s) if on else None)
        self.approved_on = date_edit(None)
        self.approved_on.setObjectName("approvedOn")
        self.resolution = QLineEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setPlaceholderText(_("e.g. General assembly of 15 March, resolution 4"))
        self.resolution.setMinimumWidth(420)
        self.resolution.textChanged.connect(
            lambda _t: show_problem(self.errors["resolution"], ""))
        self.post_on = date_edit(None)
        self.post_on.setObjectName("postOn")
        for edit in (self.approved_on, self.post_on):
            edit.setMinimumWidth(150)
        self.summary = QLabel()
        self.summary.setObjectName("approvalSummary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(_("Now"), self.choices[RunStatus.POSTED])
        form.addRow("", self.choices[RunStatus.APPROVED])
        form.addRow("", self.choices[RunStatus.DRAFT])
        form.addRow(_("Approved by the assembly on"), _row(self.approved_on))
        form.addRow("", self.errors["approved_on"])
        form.addRow(_("Resolution"), self.resolution)
        form.addRow("", self.errors["resolution"])
        form.addRow(_("Posting date"), _row(self.post_on))
        form.addRow("", self.errors["post_on"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.errors["form"])
        self.setFinalPage(True)

    def initializePage(self) -> None:
        p = self.p
        set_date(self.approved_on, p.approved_on)
        set_date(self.post_on, p.post_on)
        self.resolution.setText(p.resolution)
        self.choices[RunStatus(p.finish_at)].setChecked(True)
        self._choice(RunStatus(p.finish_at))
        v = p.preview
        if v is not None:
            self.summary.setText(_("Distribution {number}, “{title}”: {amount} — funds {funds}, "
                                   "members {shared}.", number=v.number, title=v.title,
                                   amount=money(v.amount, v.currency),
                                   funds=money(v.funds, v.currency),
                                   shared=money(v.shared, v.currency)))
        _show(self.errors, [])

    def _choice(self, status: RunStatus) -> None:
        self.p.finish_at = status
        approve = status != RunStatus.DRAFT
        self.approved_on.setEnabled(approve)
        self.resolution.setEnabled(approve)
        self.post_on.setEnabled(status == RunStatus.POSTED)
        _show(self.errors, [])

    def validatePage(self) -> bool:
        p = self.p
        p.approved_on = date_of(self.approved_on)
        p.resolution = self.resolution.text()
        p.post_on = date_of(self.post_on)
        done = p.finish()
        _show(self.errors, done.problems)
        if done.problems:
            return False
        self.owner.result_value = done
        return True

