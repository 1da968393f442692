"""Every rule of the bylaws in one dialog, a tab per part: general (name, source, who keeps the
grievances), quorum, majorities, notice, the board, candidates and proxies, the tie-break.

Shares are typed as a person writes them ("1/2", "50 %", "0.5"; see
:func:`~coopdesk.governance.bylaws_text.parse_share`). On Save the whole document is read and
checked by :func:`~coopdesk.governance.bylaws.check_bylaws`: every problem is listed, the fields
they name are marked, the first one is shown and focused, and the dialog stays open with
nothing written. Otherwise :func:`~coopdesk.governance.services.save_bylaws` stores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import ROLE_LABELS, Role
from coopdesk.core.errors import CoopdeskError, PermissionDenied, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance.bylaws import (
    BASE_LABELS,
    DECISION_LABELS,
    MEETING_LABELS,
    TIE_LABELS,
    Base,
    Bylaws,
    DecisionType,
    Eligibility,
    Majority,
    MeetingKind,
    Notice,
    Position,
    Proxies,
    QuorumRule,
    TieStep,
    check_bylaws,
)
from coopdesk.governance.bylaws_text import parse_optional_share, parse_share, share_text
from coopdesk.governance.services import save_bylaws
from coopdesk.ui.errors import show_error

Problems = list[tuple[str, str]]

BAD = "border: 2px solid #c62828;"
COMMITTEES = (MeetingKind.MANAGEMENT, MeetingKind.SUPERVISORY)
POSITION_COLUMNS = 5  # name, seats, term, term limit, committee


@dataclass
class QuorumRow:
    strict: QComboBox
    first: QLineEdit
    second: QLineEdit
    minimum: QSpinBox
    after: QSpinBox
    delegates: QLineEdit


@dataclass
class MajorityRow:
    strict: QComboBox
    fraction: QLineEdit
    base: QComboBox


@dataclass
class NoticeRow:
    days: QSpinBox
    business: QCheckBox


def _strict_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(_("at least"), False)
    combo.addItem(_("more than"), True)
    return combo


def _share_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 10)
    edit.setToolTip(_("A share: 1/2, 2/3, 50 % or 0.5."))
    return edit


def _spin(name: str, low: int, high: int, special: str = "", suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    if special:
        spin.setSpecialValueText(special)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def _header(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    label.setWordWrap(True)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #616e7c;")
    return label


class BylawsDialog(QDialog):
    """Edit every rule of the bylaws and save them through ``uow``; ``saved`` holds the bylaws
    once stored. ``bylaws``: what to start from (the bylaws in force, or a preset)."""

    def __init__(self, uow: UnitOfWork, bylaws: Bylaws | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bylawsDialog")
        self.setWindowTitle(_("The bylaws"))
        self.uow = uow
        self.saved: Bylaws | None = None
        self._marked: list[QWidget] = []
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bylawsTabs")
        self.tabs.addTab(self._general_tab(), _("General"))
        self.tabs.addTab(self._quorum_tab(), _("Quorum"))
        self.tabs.addTab(self._majorities_tab(), _("Majorities"))
        self.tabs.addTab(self._notice_tab(), _("Notice"))
        self.tabs.addTab(self._board_tab(), _("Board"))
        self.tabs.addTab(self._candidates_tab(), _("Candidates and proxies"))
        self.tabs.addTab(self._ties_tab(), _("Ties"))
        self.problems_label = QLabel()
        self.problems_label.setObjectName("bylawsProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c62828;")
        self.problems_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        self.ok = ok
        self.ok.setText(_("Save the bylaws"))
        cancel.setText(_("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        if bylaws is not None:
            self.load(bylaws)
        else:
            self._sync()
        hint = self.sizeHint()
        self.resize(max(hint.width(), 1000), max(hint.height(), 600))

    # -- the tabs ------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(_("e.g. Bylaws of 2024"))
        self.source = QPlainTextEdit()
        self.source.setObjectName("source")
        self.source.setPlaceholderText(_("the law and the articles of the bylaws these rules "
                                         "come from"))
        self.source.setMaximumHeight(self.fontMetrics().height() * 6)
        self.grievance: dict[Role, QCheckBox] = {}
        roles = QGroupBox(_("Who keeps and reads the register of grievances"))
        roles.setObjectName("grievanceRoles")
        grid = QGridLayout(roles)
        for i, role in enumerate(Role):
            check = QCheckBox(_(ROLE_LABELS[role]))
            check.setObjectName(f"grievance_{role.value}")
            self.grievance[role] = check
            grid.addWidget(check, i // 3, i % 3)
        self.grievance_box = roles
        page = QWidget()
        form = QFormLayout()
        form.addRow(_("Name"), self.name)
        form.addRow(_("Source"), self.source)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(roles)
        box.addStretch(1)
        return page

    def _quorum_tab(self) -> QWidget:
        self.quorum: dict[MeetingKind, QuorumRow] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        heads = (_("Meeting"), _("Rule"), _("First call"), _("Second call"),
                 _("Never fewer than"), _("Second call after"), _("Delegates' assembly"))
        for col, text in enumerate(heads):
            grid.addWidget(_header(text), 0, col)
        for row, kind in enumerate(MeetingKind, 1):
            k = kind.value
            r = QuorumRow(
                _strict_combo(f"quorumStrict_{k}"),
                _share_edit(f"quorumFirst_{k}"),
                _share_edit(f"quorumSecond_{k}", _("no second call")),
                _spin(f"quorumMin_{k}", 0, 100000, suffix=" " + _("members")),
                _spin(f"quorumAfter_{k}", -1, 24 * 60, _("second convocation only"),
                      " " + _("minutes")),
                _share_edit(f"quorumDelegates_{k}", _("as members")))
            if kind in COMMITTEES:
                r.delegates.setEnabled(False)
                r.delegates.setPlaceholderText("")
            r.second.textChanged.connect(lambda _t: self._sync())
            self.quorum[kind] = r
            grid.addWidget(QLabel(_(MEETING_LABELS[kind])), row, 0)
            for col, w in enumerate((r.strict, r.first, r.second, r.minimum, r.after,
                                     r.delegates), 1):
                grid.addWidget(w, row, col)
        grid.setColumnStretch(7, 1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addLayout(grid)
        box.addWidget(_note(_(
            "Shares of the members entitled to attend: 1/2, 2/3, 50 % or 0.5. At second call "
            "the lower share applies after the wait, or only when the meeting is convened a "
            "second time; \"Never fewer than\" is the least number of members even then. Leave "
            "\"Second call\" blank when there is none, and \"Delegates' assembly\" blank when "
            "delegates follow the members' rules.")))
        box.addStretch(1)
        return page

    def _majorities_tab(self) -> QWidget:
        self.majorities: dict[DecisionType, MajorityRow] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for col, text in enumerate((_("Decision"), _("Rule"), _("Share"), "", _("Of"))):
            grid.addWidget(_header(text), 0, col)
        for row, dtype in enumerate(DecisionType, 1):
            d = dtype.value
            base = QComboBox()
            base.setObjectName(f"majorityBase_{d}")
            for b, label in BASE_LABELS.items():
                base.addItem(_(label), b.value)
            r = MajorityRow(_strict_combo(f"majorityStrict_{d}"),
                            _share_edit(f"majorityFraction_{d}"), base)
            self.majorities[dtype] = r
            grid.addWidget(QLabel(_(DECISION_LABELS[dtype])), row, 0)
            grid.addWidget(r.strict, row, 1)
            grid.addWidget(r.fraction, row, 2)
            grid.addWidget(QLabel(_("of the")), row, 3)
            grid.addWidget(r.base, row, 4)
        grid.setColumnStretch(5, 1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addLayout(grid)
        box.addWidget(_note(_(
            "\"More than half\" of 30 needs 16; \"at least two thirds\" of 30 is reached by "
            "20.")))
        box.addStretch(1)
        return page

    def _notice_tab(self) -> QWidget:
        self.notice: dict[MeetingKind, NoticeRow] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for col, text in enumerate((_("Meeting"), _("Notice at least"), "")):
            grid.addWidget(_header(text), 0, col)
        for row, kind in enumerate(MeetingKind, 1):
            business = QCheckBox(_("business days (no weekends or holidays)"))
            business.setObjectName(f"noticeBusiness_{kind.value}")
            r = NoticeRow(_spin(f"noticeDays_{kind.value}", 0, 365, suffix=" " + _("days")),
                          business)
            self.notice[kind] = r
            grid.addWidget(QLabel(_(MEETING_LABELS[kind])), row, 0)
            grid.addWidget(r.days, row, 1)
            grid.addWidget(r.business, row, 2)
        grid.setColumnStretch(3, 1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addLayout(grid)
        box.addWidget(_note(_("Notice is counted from the day after the convocation up to and "
                              "including the day of the meeting.")))
        box.addStretch(1)
        return page

    def _board_tab(self) -> QWidget:
        self.positions = QTableWidget(0, POSITION_COLUMNS)
        self.positions.setObjectName("positions")
        self.positions.setHorizontalHeaderLabels([
            _("Position"), _("Seats"), _("Term"), _("Terms in a row"), _("Committee")])
        self.positions.verticalHeader().setVisible(False)
        self.positions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.positions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.positions.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().height() * 2.2))
        hh = self.positions.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for col, chars in enumerate((30, 10, 14, 16)):
            hh.resizeSection(col, chars * char + 24)
        hh.setSectionResizeMode(POSITION_COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.add_position_button = QPushButton(_("Add a position"))
        self.add_position_button.setObjectName("addPosition")
        self.add_position_button.clicked.connect(
            lambda: self.add_position(Position("", 1, 24)))
        self.remove_position_button = QPushButton(_("Remove"))
        self.remove_position_button.setObjectName("removePosition")
        self.remove_position_button.clicked.connect(self.remove_position)
        self.min_women = _spin("minWomen", -1, 999, _("no minimum"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_position_button)
        buttons.addWidget(self.remove_position_button)
        buttons.addStretch(1)
        women = QHBoxLayout()
        women.addWidget(QLabel(_("Women on the board, at least")))
        women.addWidget(self.min_women)
        women.addStretch(1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.positions, 1)
        box.addLayout(buttons)
        box.addLayout(women)
        return page

    def _candidates_tab(self) -> QWidget:
        self.elig_active = QCheckBox(_("Candidates must be active members"))
        self.elig_active.setObjectName("eligActive")
        self.elig_shares = QCheckBox(_("Candidates must have paid up the shares they "
                                       "subscribed"))
        self.elig_shares.setObjectName("eligShares")
        self.elig_months = _spin("eligMonths", 0, 600, suffix=" " + _("months"))
        candidates = QGroupBox(_("Who may stand for a position"))
        form = QFormLayout(candidates)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.elig_active)
        form.addRow(self.elig_shares)
        form.addRow(_("A member for at least"), self.elig_months)
        self.proxies_allowed = QCheckBox(_("A member may be represented by another member"))
        self.proxies_allowed.setObjectName("proxiesAllowed")
        self.proxies_allowed.toggled.connect(lambda _on: self._sync())
        self.proxies_max = _spin("proxiesMax", 0, 50)
        self.proxies_quorum = QCheckBox(_("Members represented count towards the quorum"))
        self.proxies_quorum.setObjectName("proxiesQuorum")
        proxies = QGroupBox(_("Proxies"))
        form = QFormLayout(proxies)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.proxies_allowed)
        form.addRow(_("Proxies one member may hold, at most"), self.proxies_max)
        form.addRow(self.proxies_quorum)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(candidates)
        box.addWidget(proxies)
        box.addStretch(1)
        return page

    def _ties_tab(self) -> QWidget:
        self.ties = QListWidget()
        self.ties.setObjectName("tieBreak")
        self.ties.setSpacing(4)
        self.ties.setMaximumHeight(self.fontMetrics().height() * 12)
        self.tie_up = QPushButton(_("Move up"))
        self.tie_up.setObjectName("tieUp")
        self.tie_up.clicked.connect(lambda: self.move_tie(-1))
        self.tie_down = QPushButton(_("Move down"))
        self.tie_down.setObjectName("tieDown")
        self.tie_down.clicked.connect(lambda: self.move_tie(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.tie_up)
        buttons.addWidget(self.tie_down)
        buttons.addStretch(1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(_note(_("A tie is settled by the ticked steps, from the top. A drawn lot "
                              "is always the last step, so that every tie can be settled.")))
        box.addWidget(self.ties)
        box.addLayout(buttons)
        box.addStretch(1)
        return page

    # -- positions and ties --------------------------------------------------------------------

    def add_position(self, p: Position) -> None:
        row = self.positions.rowCount()
        self.positions.insertRow(row)
        name = QLineEdit(p.name)
        name.setObjectName(f"positionName{row}")
        seats = _spin(f"positionSeats{row}", 0, 99)
        seats.setValue(p.seats)
        term = _spin(f"positionTerm{row}", 0, 240, suffix=" " + _("months"))
        term.setValue(p.term_months)
        limit = _spin(f"positionLimit{row}", 0, 20, _("no limit"))
        limit.setValue(p.term_limit or 0)
        committee = QComboBox()
        committee.setObjectName(f"positionCommittee{row}")
        committee.addItem(_("none"), None)
        for kind in COMMITTEES:
            committee.addItem(_(MEETING_LABELS[kind]), kind.value)
        committee.setCurrentIndex(max(committee.findData(
            None if p.committee is None else p.committee.value), 0))
        for col, w in enumerate((name, seats, term, limit, committee)):
            self.positions.setCellWidget(row, col, w)

    def remove_position(self) -> None:
        row = self.positions.currentRow()
        if row < 0:
            row = self.positions.rowCount() - 1
        if row >= 0:
            positions = self._positions()
            del positions[row]
            self._set_positions(positions)

    def _set_positions(self, positions: list[Position]) -> None:
        self.positions.setRowCount(0)
        for p in positions:
            self.add_position(p)

    def _cell(self, row: int, col: int) -> QWidget:
        w = self.positions.cellWidget(row, col)
        assert w is not None
        return w

    def _positions(self) -> list[Position]:
        out = []
        for row in range(self.positions.rowCount()):
            name, seats, term, limit, committee = (self._cell(row, c)
                                                   for c in range(POSITION_COLUMNS))
            assert isinstance(name, QLineEdit) and isinstance(committee, QComboBox)
            assert isinstance(seats, QSpinBox) and isinstance(term, QSpinBox)
            assert isinstance(limit, QSpinBox)
            kind = committee.currentData()
            out.append(Position(name.text().strip(), seats.value(), term.value(),
                                limit.value() or None,
                                None if kind is None else MeetingKind(str(kind))))
        return out

    def _set_ties(self, steps: tuple[TieStep, ...]) -> None:
        self.ties.clear()
        order = [s for s in steps if s != TieStep.LOT]
        order += [s for s in TieStep if s not in order and s != TieStep.LOT]
        for step in [*order, TieStep.LOT]:
            item = QListWidgetItem(_(TIE_LABELS[step]))
            item.setData(Qt.ItemDataRole.UserRole, step.value)
            if step == TieStep.LOT:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if step in steps
                                   else Qt.CheckState.Unchecked)
            self.ties.addItem(item)

    def move_tie(self, by: int) -> None:
        """Move the chosen step up or down; the lot stays last."""
        row = self.ties.currentRow()
        to = row + by
        last = self.ties.count() - 1       # the lot
        if not 0 <= row < last or not 0 <= to < last:
            return
        item = self.ties.takeItem(row)
        self.ties.insertItem(to, item)
        self.ties.setCurrentRow(to)

    def _tie_steps(self) -> tuple[TieStep, ...]:
        steps = []
        for i in range(self.ties.count()):
            item = self.ties.item(i)
            step = TieStep(str(item.data(Qt.ItemDataRole.UserRole)))
            if step != TieStep.LOT and item.checkState() == Qt.CheckState.Checked:
                steps.append(step)
        return (*steps, TieStep.LOT)

    # -- the whole document --------------------------------------------------------------------

    def load(self, b: Bylaws) -> None:
        """Show ``b`` in every field."""
        self.clear_problems()
        self.name.setText(b.name)
        self.source.setPlainText(b.source)
        for role, box in self.grievance.items():
            box.setChecked(role.value in b.grievance_roles)
        for kind, r in self.quorum.items():
            q = b.quorum.get(kind)
            r.strict.setCurrentIndex(1 if q is not None and q.strict else 0)
            r.first.setText(share_text(q.first_share) if q is not None else "")
            r.second.setText(share_text(q.second_share) if q is not None else "")
            r.minimum.setValue(q.second_min if q is not None else 0)
            after = q.second_after_minutes if q is not None else 60
            r.after.setValue(-1 if after is None else after)
            r.delegates.setText(share_text(q.delegate_share) if q is not None else "")
        for dtype, m_row in self.majorities.items():
            m = b.majorities.get(dtype)
            m_row.strict.setCurrentIndex(1 if m is not None and m.strict else 0)
            m_row.fraction.setText(share_text(m.fraction) if m is not None else "")
            m_row.base.setCurrentIndex(max(m_row.base.findData(
                (m.base if m is not None else Base.YES_NO).value), 0))
        for kind, n_row in self.notice.items():
            n = b.notice.get(kind)
            n_row.days.setValue(n.days if n is not None else 0)
            n_row.business.setChecked(n is not None and n.business_days)
        self._set_positions(list(b.positions))
        self.min_women.setValue(-1 if b.min_women is None else b.min_women)
        self.elig_active.setChecked(b.eligibility.active)
        self.elig_shares.setChecked(b.eligibility.shares_paid)
        self.elig_months.setValue(b.eligibility.min_months)
        self.proxies_allowed.setChecked(b.proxies.allowed)
        self.proxies_max.setValue(b.proxies.max_per_member)
        self.proxies_quorum.setChecked(b.proxies.count_for_quorum)
        self._set_ties(tuple(b.tie_break))
        self._sync()

    def _sync(self) -> None:
        """Second-call fields only with a second call; proxy fields only with proxies."""
        for r in self.quorum.values():
            on = bool(r.second.text().strip())
            r.minimum.setEnabled(on)
            r.after.setEnabled(on)
        allowed = self.proxies_allowed.isChecked()
        self.proxies_max.setEnabled(allowed)
        self.proxies_quorum.setEnabled(allowed)

    def read(self) -> tuple[Bylaws | None, Problems]:
        """The bylaws the fields say, and every problem with them (a share that cannot be read
        leaves no bylaws, only its problem)."""
        problems: Problems = []

        def share(edit: QLineEdit, field: str, label: str,
                  optional: bool = False) -> Fraction | None:
            try:
                if optional:
                    return parse_optional_share(edit.text(), field, label)
                return parse_share(edit.text(), field, label)
            except ValidationError as exc:
                problems.append((exc.field or field, exc.message))
                return None

        quorum: dict[MeetingKind, QuorumRule] = {}
        for kind, r in self.quorum.items():
            k, meeting = kind.value, _(MEETING_LABELS[kind])
            first = share(r.first, f"quorum.{k}.first_share",
                          _("{meeting}, first call", meeting=meeting))
            second = share(r.second, f"quorum.{k}.second_share",
                           _("{meeting}, second call", meeting=meeting), True)
            delegates = None if kind in COMMITTEES else share(
                r.delegates, f"quorum.{k}.delegate_share",
                _("{meeting}, delegates", meeting=meeting), True)
            if first is not None:
                quorum[kind] = QuorumRule(
                    first, bool(r.strict.currentData()), second, r.minimum.value(),
                    None if r.after.value() < 0 else r.after.value(), delegates)
        majorities: dict[DecisionType, Majority] = {}
        for dtype, m in self.majorities.items():
            fraction = share(m.fraction, f"majorities.{dtype.value}",
                             _(DECISION_LABELS[dtype]))
            if fraction is not None:
                majorities[dtype] = Majority(fraction, bool(m.strict.currentData()),
                                             Base(str(m.base.currentData())))
        if problems:
            return None, problems
        b = Bylaws(
            name=self.name.text().strip(),
            quorum=quorum, majorities=majorities,
            notice={kind: Notice(n.days.value(), n.business.isChecked())
                    for kind, n in self.notice.items()},
            positions=tuple(self._positions()),
            eligibility=Eligibility(self.elig_active.isChecked(), self.elig_shares.isChecked(),
                                    self.elig_months.value()),
            min_women=None if self.min_women.value() < 0 else self.min_women.value(),
            proxies=Proxies(self.proxies_allowed.isChecked(), self.proxies_max.value(),
                            self.proxies_quorum.isChecked()),
            tie_break=self._tie_steps(),
            source=self.source.toPlainText().strip(),
            grievance_roles=tuple(r.value for r, box in self.grievance.items()
                                  if box.isChecked()),
        )
        return b, check_bylaws(b)

    # -- problems ------------------------------------------------------------------------------

    def field_widget(self, field: str) -> QWidget | None:
        """The widget a problem's field names (``quorum.ordinary_assembly.second_share``,
        ``positions.2.seats``...), or the nearest one that holds it."""
        parts = field.split(".")
        head = parts[0]
        if head == "name":
            return self.name
        if head == "source":
            return self.source
        if head == "grievance_roles":
            return self.grievance_box
        if head == "quorum" and len(parts) > 1:
            r = self.quorum.get(MeetingKind(parts[1])) if parts[1] in set(
                MeetingKind) else None
            if r is None:
                return None
            return {"second_share": r.second, "second_min": r.minimum,
                    "second_after_minutes": r.after, "delegate_share": r.delegates,
                    }.get(parts[2] if len(parts) > 2 else "", r.first)
        if head == "majorities" and len(parts) > 1 and parts[1] in set(DecisionType):
            return self.majorities[DecisionType(parts[1])].fraction
        if head == "notice" and len(parts) > 1 and parts[1] in set(MeetingKind):
            return self.notice[MeetingKind(parts[1])].days
        if head == "positions":
            if len(parts) > 1 and parts[1].isdigit() and 0 < int(parts[1]) <= (
                    self.positions.rowCount()):
                col = {"name": 0, "seats": 1, "term_months": 2, "term_limit": 3,
                       "committee": 4}.get(parts[2] if len(parts) > 2 else "", 0)
                return self._cell(int(parts[1]) - 1, col)
            return self.positions
        return {"min_women": self.min_women, "eligibility": self.elig_months,
                "proxies": self.proxies_max, "tie_break": self.ties}.get(head)

    def clear_problems(self) -> None:
        for w in self._marked:
            w.setStyleSheet("")
        self._marked = []
        bar = self.tabs.tabBar()
        for i in range(self.tabs.count()):
            bar.setTabTextColor(i, QColor())
        self.problems_label.clear()
        self.problems_label.setVisible(False)

    def show_problems(self, problems: Problems) -> None:
        """List every problem, mark the fields they name and their tabs, and show and focus
        the first one."""
        self.clear_problems()
        self.problems_label.setText("\n".join(f"• {m}" for _f, m in problems))
        self.problems_label.setVisible(bool(problems))
        first: QWidget | None = None
        bar = self.tabs.tabBar()
        for field, _m in problems:
            w = self.field_widget(field)
            if w is None:
                continue
            first = first or w
            w.setStyleSheet(f"{type(w).__name__} {{ {BAD} }}")
            self._marked.append(w)
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if page is not None and page.isAncestorOf(w):
                    bar.setTabTextColor(i, QColor("#c62828"))
        if first is not None:
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if page is not None and page.isAncestorOf(first):
                    self.tabs.setCurrentIndex(i)
            if self.positions.isAncestorOf(first):
                for row in range(self.positions.rowCount()):
                    if any(self._cell(row, c) is first for c in range(POSITION_COLUMNS)):
                        self.positions.selectRow(row)
            first.setFocus()
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def accept(self) -> None:
        bylaws, problems = self.read()
        if problems or bylaws is None:
            self.show_problems(problems)
            return
        try:
            save_bylaws(self.uow, bylaws)
        except PermissionDenied as exc:
            show_error(self, exc)
            return
        except CoopdeskError as exc:
            self.show_problems([(getattr(exc, "field", None) or "", exc.message)])
            return
        self.saved = bylaws
        super().accept()


__all__ = ["BylawsDialog"]
