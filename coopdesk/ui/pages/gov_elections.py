"""The elections tab of the governance page: the elections, and for the one selected the steps
its stage allows - nominations, the poll (the roll, the booth), paper ballots and their second
entry, the count, a lot - and the results as a rounds table and a bar chart.

Writes go straight to :mod:`coopdesk.governance.elections` (the count runs in a worker); what
the count says is :class:`~coopdesk.governance.count_presenter.CountPresenter`'s. Setting up
(create, nominations, nominate, withdraw) needs ``Permission.GOVERNANCE``; running the poll
(open, roll, booth, close, papers, count, lot) ``Permission.ELECTION``, as the services check.
The booth is :class:`~coopdesk.ui.booth.BoothWindow`, full screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes
from coopdesk.governance import counting, elections
from coopdesk.governance.count_presenter import (
    ENTRY_LABELS,
    CountPresenter,
    method_label,
)
from coopdesk.governance.elections import ElectionInfo, list_elections
from coopdesk.members.queries import MemberFilter, member_ids, rows_for
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.election_forms import NewElectionDialog, parse_places
from coopdesk.ui.dialogs.member_form import ERROR_STYLE
from coopdesk.ui.errors import show_error
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.pages.gov_election_docs import ElectionDocuments
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.chart import BarChart

ELECTED_BG = QColor("#dff3e6")
EXCLUDED_FG = QColor("#8a8a8a")


def status_label(status: str) -> str:
    label = elections.STATUS_LABELS_ELECTION.get(status)
    return _(label) if label else status


class ElectionsTab(QWidget):
    """Elections: create, nominate, run the poll, enter papers, count, show the results."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("electionsTab")
        self.ctx = ctx
        self.summaries: list[ElectionInfo] = []
        self.info: ElectionInfo | None = None
        self.presenter: CountPresenter | None = None
        self.pending: dict[int, list[list[int]]] = {}  # paper ballots typed, not yet saved
        self.booth: QWidget | None = None
        self.booth_full_screen = True  # tests show the booth as a normal window
        self.busy = False
        self.stale = False
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    # -- rights --------------------------------------------------------------------------------

    def can_set_up(self) -> bool:
        return self.ctx.uow.actor.can(Permission.GOVERNANCE)

    def can_run(self) -> bool:
        return self.ctx.uow.actor.can(Permission.ELECTION)

    # -- building ------------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], None],
                icon: str | None = None) -> QPushButton:
        b = action_button(name, icons.icon(icon) if icon else QIcon(), slot)
        b.setText(text)
        b.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return b

    @staticmethod
    def _note(name: str, error: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if error:
            label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        return label

    def _build(self) -> None:
        self.new_button = self._button("newElection", _("New election…"), self.new_election,
                                       "new")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("electionList")
        self.table.setHorizontalHeaderLabels([_("Election"), _("Method"), _("Seats"),
                                              _("Stage")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        left_lay.addLayout(row)
        left_lay.addWidget(self.table, 1)

        # the election selected
        self.heading = QLabel()
        self.heading.setObjectName("electionHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("electionDetails")
        self.details.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("electionsMessage")
        self.message.setWordWrap(True)
        self.empty = QLabel(_("No election yet. Create one with “New election…”: choose the "
                              "counting method, the seats and whether members vote in the "
                              "booth on this laptop or on paper."))
        self.empty.setObjectName("electionsEmpty")
        self.empty.setWordWrap(True)

        self._build_candidates()
        self._build_poll()
        self._build_paper()
        self._build_count()
        self._build_results()
        self.documents = ElectionDocuments(self.ctx)

        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.addWidget(self.empty)
        body_lay.addWidget(self.heading)
        body_lay.addWidget(self.details)
        body_lay.addWidget(self.message)
        for box in (self.candidates_box, self.poll_box, self.paper_box, self.count_box,
                    self.results_box, self.documents):
            body_lay.addWidget(box)
        body_lay.addStretch(1)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(body)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_candidates(self) -> None:
        self.candidates_box = QGroupBox(_("Candidates (in ballot-paper order)"))
        self.candidate_list = QListWidget()
        self.candidate_list.setObjectName("candidateList")
        self.open_nominations_button = self._button(
            "openNominations", _("Open nominations"), self.open_nominations)
        self.nominee = QLineEdit()
        self.nominee.setObjectName("nominee")
        self.nominee.setPlaceholderText(_("member number or name"))
        self.nominee.returnPressed.connect(self.nominate)
        self.nominate_button = self._button("nominateButton", _("Nominate"), self.nominate)
        self.withdraw_button = self._button("withdrawButton", _("Withdraw the candidate"),
                                            self.withdraw)
        self.open_poll_button = self._button("openPoll", _("Open the poll"), self.open_poll)
        self.nominate_error = self._note("nominateError", error=True)
        row = QHBoxLayout()
        row.addWidget(self.nominee, 4)
        row.addWidget(self.nominate_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        steps = QHBoxLayout()
        steps.addWidget(self.open_nominations_button)
        steps.addWidget(self.open_poll_button)
        steps.addStretch(1)
        lay = QVBoxLayout(self.candidates_box)
        lay.addWidget(self.candidate_list)
        lay.addLayout(row)
        lay.addWidget(self.nominate_error)
        lay.addLayout(steps)

    def _build_poll(self) -> None:
        self.poll_box = QGroupBox(_("The poll"))
        self.roll_counts = QLabel()
        self.roll_counts.setObjectName("rollCounts")
        self.voter = QLineEdit()
        self.voter.setObjectName("voter")
        self.voter.setPlaceholderText(_("member number or name of the voter"))
        self.voter.returnPressed.connect(self.check_off)
        self.check_off_button = self._button("checkOff", _("Check off the roll"),
                                             self.check_off, "verify")
        self.voter_note = self._note("voterNote")
        self.booth_button = self._button("openBooth", _("Open the booth (full screen)"),
                                         self.open_booth, "lock")
        self.close_poll_button = self._button("closePoll", _("Close the poll"),
                                              self.close_poll)
        row = QHBoxLayout()
        row.addWidget(self.voter, 1)
        row.addWidget(self.check_off_button)
        steps = QHBoxLayout()
        steps.addWidget(self.booth_button)
        steps.addWidget(self.close_poll_button)
        steps.addStretch(1)
        lay = QVBoxLayout(self.poll_box)
        lay.addWidget(self.roll_counts)
        lay.addLayout(row)
        lay.addWidget(self.voter_note)
        lay.addLayout(steps)

    def _build_paper(self) -> None:
        self.paper_box = QGroupBox(_("Paper ballots"))
        self.second = QCheckBox(_("Second entry: enter the same papers again to check the "
                                  "first entry (nothing is saved)"))
        self.second.setObjectName("secondEntry")
        # one by one
        self.ranked_host = QWidget()
        self.paper_line = QLineEdit()
        self.paper_line.setObjectName("paperLine")
        self.paper_line.setPlaceholderText(_("candidates' numbers, first choice first, e.g. "
                                             "2 1 3 - then Enter; 0 for a blank ballot"))
        self.paper_line.returnPressed.connect(self.add_paper)
        self.paper_list = QListWidget()
        self.paper_list.setObjectName("paperList")
        self.paper_list.setMaximumHeight(150)
        self.remove_paper_button = self._button("removePaper", _("Remove the last"),
                                                self.remove_paper)
        self.save_papers_button = self._button("savePapers", _("Save the ballots"),
                                               self.save_papers)
        rl = QVBoxLayout(self.ranked_host)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.paper_line)
        rl.addWidget(self.paper_list)
        row = QHBoxLayout()
        row.addWidget(self.remove_paper_button)
        row.addStretch(1)
        row.addWidget(self.save_papers_button)
        rl.addLayout(row)
        # totals
        self.totals_host = QWidget()
        self.totals_form = QFormLayout()
        self.total_spins: dict[int, QSpinBox] = {}
        self.blank_spin = QSpinBox()
        self.save_totals_button = self._button("saveTotals", _("Save the totals"),
                                               self.save_totals)
        tl = QVBoxLayout(self.totals_host)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(self.totals_form)
        row_t = QHBoxLayout()
        row_t.addStretch(1)
        row_t.addWidget(self.save_totals_button)
        tl.addLayout(row_t)
        self.clear_papers_button = self._button("clearPapers", _("Clear the entered ballots…"),
                                                self.clear_papers)
        self.paper_note = self._note("paperNote")
        self.paper_error = self._note("paperError", error=True)
        lay = QVBoxLayout(self.paper_box)
        lay.addWidget(self.second)
        lay.addWidget(self.ranked_host)
        lay.addWidget(self.totals_host)
        lay.addWidget(self.paper_error)
        lay.addWidget(self.paper_note)
        row2 = QHBoxLayout()
        row2.addWidget(self.clear_papers_button)
        row2.addStretch(1)
        lay.addLayout(row2)

    def _build_count(self) -> None:
        self.count_box = QGroupBox(_("The count"))
        self.count_button = self._button("countButton", _("Count the votes"), self.count,
                                         "verify")
        self.lot_text = self._note("lotText")
        bold = QFont(self.lot_text.font())
        bold.setBold(True)
        self.lot_text.setFont(bold)
        self.lot_choice = QComboBox()
        self.lot_choice.setObjectName("lotChoice")
        self.drawn_by = QLineEdit()
        self.drawn_by.setObjectName("drawnBy")
        self.drawn_by.setPlaceholderText(_("who drew the lot, in front of the assembly"))
        self.lot_button = self._button("enterLot", _("Enter the lot"), self.enter_lot)
        self.lot_host = QWidget()
        form = QFormLayout(self.lot_host)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_("The lot chose"), self.lot_choice)
        form.addRow(_("Drawn by"), self.drawn_by)
        form.addRow("", self.lot_button)
        row = QHBoxLayout()
        row.addWidget(self.count_button)
        row.addStretch(1)
        lay = QVBoxLayout(self.count_box)
        lay.addLayout(row)
        lay.addWidget(self.lot_text)
        lay.addWidget(self.lot_host)

    def _build_results(self) -> None:
        self.results_box = QGroupBox(_("Results"))
        self.elected_label = QLabel()
        self.elected_label.setObjectName("electedLabel")
        font = QFont(self.elected_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.elected_label.setFont(font)
        self.elected_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.mismatch = self._note("mismatch", error=True)
        self.rounds = QTableWidget()
        self.rounds.setObjectName("roundsTable")
        self.rounds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rounds.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.chart = BarChart()
        self.chart.setObjectName("resultChart")
        self.narrative = QLabel()
        self.narrative.setObjectName("narrative")
        self.narrative.setWordWrap(True)
        self.narrative.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self.results_box)
        lay.addWidget(self.elected_label)
        lay.addWidget(self.summary)
        lay.addWidget(self.mismatch)
        lay.addWidget(self.rounds)
        lay.addWidget(self.chart)
        lay.addWidget(self.narrative)

    # -- reading -------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.summaries[rows[0].row()].id if rows[0].row() < len(self.summaries) else None

    def select(self, election_id: int) -> None:
        for i, s in enumerate(self.summaries):
            if s.id == election_id:
                self.table.selectRow(i)
                return

    def refresh(self) -> None:
        self.stale = False
        keep = self.selected_id()
        self.summaries = list_elections(self.ctx.uow)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.summaries))
        for i, s in enumerate(self.summaries):
            for col, text in enumerate((s.title, method_label(s.method).split(" (")[0],
                                        str(s.seats), status_label(s.status))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        ids = [s.id for s in self.summaries]
        if keep not in ids:
            keep = ids[0] if ids else None
        self.table.clearSelection()
        if keep is not None:
            self.table.selectRow(ids.index(keep))
        self.table.blockSignals(False)
        self._show()

    def _selected(self) -> None:
        self.message.clear()
        self.nominate_error.setVisible(False)
        self.voter_note.setVisible(False)
        self.paper_error.setVisible(False)
        self.paper_note.setVisible(False)
        self._show()

    def _show(self) -> None:
        eid = self.selected_id()
        self.new_button.setEnabled(self.can_set_up())
        self.new_button.setToolTip("" if self.can_set_up() else
                                   _("Your role may not prepare elections."))
        if eid is None:
            self.info = self.presenter = None
            for w in (self.heading, self.details, self.message, self.candidates_box,
                      self.poll_box, self.paper_box, self.count_box, self.results_box):
                w.setVisible(False)
            self.documents.show_for(None)
            self.empty.setVisible(not self.summaries)
            return
        self.empty.setVisible(False)
        self.info = info = elections.election_info(self.ctx.uow, eid)
        self.presenter = CountPresenter.load(self.ctx.uow, eid)
        self.heading.setText(info.title)
        self.heading.setVisible(True)
        parts = [method_label(info.method), _("{n} seat(s)", n=info.seats)]
        if info.position:
            parts.append(info.position)
        parts += [_(ENTRY_LABELS.get(info.entry, info.entry)),
                  _("stage: {status}", status=status_label(info.status))]
        self.details.setText(" · ".join(parts))
        self.details.setVisible(True)
        self.message.setVisible(bool(self.message.text()))
        self._show_candidates(info)
        self._show_poll(info)
        self._show_paper(info)
        self._show_count(info)
        self._show_results()
        self.documents.show_for(info)

    def _show_candidates(self, info: ElectionInfo) -> None:
        gov, st = self.can_set_up(), info.status
        self.candidate_list.clear()
        for c in info.candidates:
            text = _("{place}. {name} (member {number})", place=c.place, name=c.name,
                     number=c.number)
            if c.withdrawn:
                text += " — " + _("withdrawn")
            self.candidate_list.addItem(text)
        rows = max(self.candidate_list.count(), 2)
        row_h = self.candidate_list.sizeHintForRow(0) if self.candidate_list.count() else 20
        self.candidate_list.setFixedHeight(min(rows, 8) * max(row_h, 18)
                                           + 2 * self.candidate_list.frameWidth() + 6)
        self.candidates_box.setVisible(True)
        setup = st in (elections.DRAFT, elections.NOMINATIONS)
        self.open_nominations_button.setVisible(st == elections.DRAFT)
        self.open_nominations_button.setEnabled(gov)
        for w in (self.nominee, self.nominate_button):
            w.setVisible(setup)
            w.setEnabled(gov and st == elections.NOMINATIONS)
        self.withdraw_button.setVisible(st != elections.COUNTED)
        self.withdraw_button.setEnabled(gov and any(not c.withdrawn for c in info.candidates))
        self.open_poll_button.setVisible(st == elections.NOMINATIONS)
        self.open_poll_button.setEnabled(self.can_run())
        if not gov:
            tip = _("Your role may not prepare elections.")
            for b in (self.open_nominations_button, self.nominate_button, self.withdraw_button):
                b.setToolTip(tip)

    def _show_poll(self, info: ElectionInfo) -> None:
        run = self.can_run()
        self.poll_box.setVisible(info.status == elections.OPEN)
        counts = _("Checked off the roll: {checked} · ballots in the urn: {ballots}",
                   checked=info.checked_off, ballots=info.ballots)
        if info.entry == elections.BOOTH:
            counts += " · " + _("waiting to vote: {n}", n=info.outstanding)
        self.roll_counts.setText(counts)
        for w in (self.voter, self.check_off_button, self.close_poll_button):
            w.setEnabled(run)
        self.booth_button.setVisible(info.entry == elections.BOOTH)
        self.booth_button.setEnabled(run)

    def _show_paper(self, info: ElectionInfo) -> None:
        show = info.status == elections.CLOSED and info.entry == elections.PAPER
        self.paper_box.setVisible(show)
        if not show:
            return
        self.paper_box.setEnabled(self.can_run())
        totals = info.method == counting.PLURALITY
        self.ranked_host.setVisible(not totals)
        self.totals_host.setVisible(totals)
        if totals:
            self._fill_totals(info)
        else:
            self._show_pending()
        self.clear_papers_button.setEnabled(info.ballots > 0)
        self.roll_note = _("{ballots} papers entered for {checked} voters checked off.",
                           ballots=info.ballots, checked=info.checked_off)
        if not self.paper_note.isVisible():
            self.paper_note.setText(self.roll_note)
            self.paper_note.setVisible(True)

    def _fill_totals(self, info: ElectionInfo) -> None:
        places = [c.place for c in info.candidates if not c.withdrawn]
        if (list(self.total_spins) == places and self.totals_form.rowCount()
                and self.totals_host.property("election") == info.id):
            return  # keep what is typed
        self.totals_host.setProperty("election", info.id)
        while self.totals_form.rowCount():
            self.totals_form.removeRow(0)
        self.total_spins = {}
        self.blank_spin = QSpinBox()
        self.blank_spin.setObjectName("totalBlank")
        self.blank_spin.setRange(0, 1_000_000)
        for c in info.candidates:
            if c.withdrawn:
                continue
            spin = QSpinBox()
            spin.setObjectName(f"total{c.place}")
            spin.setRange(0, 1_000_000)
            self.total_spins[c.place] = spin
            self.totals_form.addRow(f"{c.place}. {c.name}", spin)
        self.totals_form.addRow(_("Blank ballots"), self.blank_spin)

    def _show_pending(self) -> None:
        eid = self.selected_id()
        papers = self.pending.get(eid, []) if eid is not None else []
        self.paper_list.clear()
        for n, p in enumerate(papers, 1):
            self.paper_list.addItem(
                _("Ballot {n}: {marks}", n=n, marks=" ".join(map(str, p))) if p else
                _("Ballot {n}: blank", n=n))
        self.paper_list.scrollToBottom()
        self.remove_paper_button.setEnabled(bool(papers))
        self.save_papers_button.setEnabled(bool(papers))
        self.save_papers_button.setText(
            _("Check {n} ballots against the first entry", n=len(papers))
            if self.second.isChecked() else _("Save {n} ballots", n=len(papers)))

    def _show_count(self, info: ElectionInfo) -> None:
        p = self.presenter
        self.count_box.setVisible(info.status == elections.CLOSED)
        self.count_button.setEnabled(self.can_run() and not self.busy)
        lot = p.lot_text() if p is not None else None
        self.lot_text.setText(lot or "")
        self.lot_text.setVisible(lot is not None)
        self.lot_host.setVisible(lot is not None)
        self.lot_choice.clear()
        for c in p.lot_candidates() if p is not None else []:
            self.lot_choice.addItem(f"{c.place}. {c.name}", c.number)
        self.lot_button.setEnabled(self.can_run())

    def _show_results(self) -> None:
        p = self.presenter
        self.results_box.setVisible(p is not None and p.counted)
        if p is None or not p.counted:
            return
        self.elected_label.setText(p.elected_text())
        self.summary.setText(p.summary())
        self.mismatch.setText(p.mismatch or "")
        self.mismatch.setVisible(p.mismatch is not None)
        rows, cols = p.rows(), p.columns()
        self.rounds.clear()
        self.rounds.setRowCount(len(rows))
        self.rounds.setColumnCount(len(cols))
        self.rounds.setHorizontalHeaderLabels(cols)
        self.rounds.setVerticalHeaderLabels([r.label for r in rows])
        bold = QFont(self.rounds.font())
        bold.setBold(True)
        for i, row in enumerate(rows):
            for j, cell in enumerate(row.cells):
                item = QTableWidgetItem(cell.text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if cell.mark == "elected":
                    item.setBackground(QBrush(ELECTED_BG))
                    item.setFont(bold)
                    item.setToolTip(_("elected in this round"))
                elif cell.mark == "excluded":
                    item.setForeground(QBrush(EXCLUDED_FG))
                    item.setToolTip(_("excluded in this round"))
                if row.kind != "candidate":
                    item.setForeground(QBrush(EXCLUDED_FG))
                self.rounds.setItem(i, j, item)
        header = self.rounds.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for j in range(len(cols)):
            self.rounds.setColumnWidth(j, max(header.sectionSizeHint(j) + 16, 96))
        self.rounds.resizeRowsToContents()
        height = (header.sizeHint().height() + 2 * self.rounds.frameWidth() + 2
                  + sum(self.rounds.rowHeight(i) for i in range(len(rows))))
        width = (self.rounds.verticalHeader().sizeHint().width() + 2 * self.rounds.frameWidth()
                 + sum(self.rounds.columnWidth(j) for j in range(len(cols))) + 2)
        room = self.detail_scroll.viewport().width() - 60  # the results box's margins
        scrollbar = self.rounds.horizontalScrollBar().sizeHint().height()
        self.rounds.setFixedHeight(height + (scrollbar if width > room else 0))
        self.rounds.setMaximumWidth(width)
        labels, values = p.chart()
        self.chart.set_title(p.chart_title())
        self.chart.set_data([(label, float(v)) for label, v in zip(labels, values,
                                                                    strict=True)])
        self.chart.setMinimumHeight(self.chart.sizeHint().height())
        self.narrative.setText("\n".join(p.narrative()))

    # -- messages ------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _guard(self, work: Callable[[], str | None]) -> bool:
        try:
            text = work()
        except CoopdeskError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        if text:
            self.say(text)
        return True

    def _eid(self) -> int:
        eid = self.selected_id()
        assert eid is not None
        return eid

    def find_member(self, text: str, note: QLabel) -> int | None:
        """A member number typed, or a name that matches one member; several matches are
        listed under the field."""
        text = text.strip()
        note.setVisible(False)
        if text.isdigit():
            return int(text)
        if not text:
            note.setText(_("Type a member number or a name."))
            note.setVisible(True)
            return None
        ids = member_ids(self.ctx.uow, MemberFilter(text=text))
        rows = rows_for(self.ctx.uow, ids[:9])
        found = sorted(rows.values(), key=lambda r: r.number)
        if len(ids) == 1:
            return found[0].number
        if not ids:
            note.setText(_("No member matches “{text}”.", text=text))
        else:
            names = "; ".join(f"{r.number} {r.first_names} {r.last_names}" for r in found[:8])
            more = " …" if len(ids) > 8 else ""
            note.setText(_("{n} members match: {names}{more}. Type the member number.",
                           n=len(ids), names=names, more=more))
        note.setVisible(True)
        return None

    # -- setting up ----------------------------------------------------------------------------

    def new_election(self) -> None:
        if not self.can_set_up():
            return
        dialog = NewElectionDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.election_id is not None:
            self.refresh()
            self.select(dialog.election_id)
            self.say(_("Election created. Open the nominations to put candidates on the "
                       "paper."))

    def open_nominations(self) -> None:
        eid = self._eid()

        def work() -> str:
            elections.open_nominations(self.ctx.uow, eid)
            return _("Nominations are open.")

        self._guard(work)

    def nominate(self) -> None:
        eid = self._eid()
        number = self.find_member(self.nominee.text(), self.nominate_error)
        if number is None:
            return
        try:
            place = elections.nominate(self.ctx.uow, eid, number)
        except CoopdeskError as exc:  # every reason the bylaws give, under the field
            self.nominate_error.setStyleSheet(ERROR_STYLE)
            self.nominate_error.setText(exc.message)
            self.nominate_error.setVisible(True)
            return
        self.nominee.clear()
        self.refresh()
        self.say(_("Candidate {place} on the paper.", place=place))
        self.nominee.setFocus()

    def withdraw(self) -> None:
        info = self.info
        row = self.candidate_list.currentRow()
        if info is None or not 0 <= row < len(info.candidates):
            self.say(_("Select the candidate who withdraws."))
            return
        c = info.candidates[row]
        eid = info.id

        def work() -> str:
            elections.withdraw(self.ctx.uow, eid, c.number)
            return _("{name} withdrew.", name=c.name)

        self._guard(work)

    # -- the poll ------------------------------------------------------------------------------

    def open_poll(self) -> None:
        eid = self._eid()

        def work() -> str:
            elections.open_poll(self.ctx.uow, eid)
            return _("The poll is open: check voters off the roll.")

        self._guard(work)

    def check_off(self) -> None:
        eid = self._eid()
        number = self.find_member(self.voter.text(), self.voter_note)
        if number is None:
            return
        try:
            elections.check_off(self.ctx.uow, eid, number)
        except CoopdeskError as exc:
            self.voter_note.setStyleSheet(ERROR_STYLE)
            self.voter_note.setText(exc.message)
            self.voter_note.setVisible(True)
            return
        self.voter.clear()
        self.refresh()
        self.voter_note.setStyleSheet("")
        self.voter_note.setText(_("Member {number} checked off the roll.", number=number))
        self.voter_note.setVisible(True)
        self.voter.setFocus()

    def open_booth(self) -> None:
        from coopdesk.ui.booth import BoothWindow

        if self.booth is not None:
            self.booth.raise_()
            return
        booth = BoothWindow(self.ctx, self._eid())
        booth.closed.connect(self._booth_closed)
        self.booth = booth
        if self.booth_full_screen:
            booth.showFullScreen()
        else:
            booth.show()

    def _booth_closed(self) -> None:
        booth, self.booth = self.booth, None
        if booth is not None:
            booth.deleteLater()
        self.refresh()

    def close_poll(self) -> None:
        eid = self._eid()
        if self.booth is not None:
            self.say(_("Close the booth first (the teller's Close button)."))
            return

        def work() -> str:
            report = elections.close_poll(self.ctx.uow, eid)
            text = _("The poll is closed: {ballots} ballots, {checked} voters checked off.",
                     ballots=report.ballots, checked=report.checked_off)
            if report.mismatch:
                show_error(self, ValidationError(report.mismatch, "roll"))
                text += " " + report.mismatch
            return text

        self._guard(work)

    # -- paper ballots -------------------------------------------------------------------------

    def add_paper(self) -> None:
        info = self.info
        if info is None:
            return
        self.paper_error.setVisible(False)
        try:
            places = parse_places(self.paper_line.text())
        except ValueError as exc:
            self.paper_error.setText(str(exc))
            self.paper_error.setVisible(True)
            return
        n = len(info.candidates)
        bad = [p for p in places if not 1 <= p <= n]
        twice = {p for p in places if places.count(p) > 1}
        if bad or twice:
            self.paper_error.setText(
                _("There is no candidate {place} on the paper (1 to {count}).", place=bad[0],
                  count=n) if bad else
                _("Candidate {place} is marked twice.", place=min(twice)))
            self.paper_error.setVisible(True)
            return
        self.pending.setdefault(info.id, []).append(places)
        self.paper_line.clear()
        self._show_pending()

    def remove_paper(self) -> None:
        eid = self.selected_id()
        if eid is not None and self.pending.get(eid):
            self.pending[eid].pop()
        self._show_pending()

    def _compared(self, diffs: list[elections.Difference]) -> str:
        if not diffs:
            return _("Both entries agree.")
        lines = [_("The entries differ:")]
        for d in diffs:
            marks = " ".join(map(str, d.choices)) or _("blank")
            lines.append(_("ballot {marks}: {first} in the first entry, {second} in the "
                           "second", marks=marks, first=d.first, second=d.second))
        return "\n".join(lines)

    def _paper_result(self, text: str, problem: bool) -> None:
        self.paper_note.setText(text)
        self.paper_note.setStyleSheet(ERROR_STYLE if problem else "")
        self.paper_note.setVisible(True)

    def save_papers(self) -> None:
        eid = self._eid()
        papers = list(self.pending.get(eid, []))
        if not papers:
            return
        try:
            if self.second.isChecked():
                diffs = elections.second_entry(self.ctx.uow, eid, papers)
                text, problem = self._compared(diffs), bool(diffs)
            else:
                total = elections.enter_paper_ballots(self.ctx.uow, eid, papers)
                text, problem = _("{n} ballots saved; {total} in the urn.", n=len(papers),
                                  total=total), False
        except CoopdeskError as exc:
            self.paper_error.setText(exc.message)
            self.paper_error.setVisible(True)
            return
        self.pending[eid] = []
        self.refresh()
        self._paper_result(text, problem)

    def save_totals(self) -> None:
        eid = self._eid()
        totals = {place: spin.value() for place, spin in self.total_spins.items()}
        blank = self.blank_spin.value()
        try:
            if self.second.isChecked():
                diffs = elections.second_entry(self.ctx.uow, eid, totals=totals, blank=blank)
                text, problem = self._compared(diffs), bool(diffs)
            else:
                total = elections.enter_paper_totals(self.ctx.uow, eid, totals, blank)
                text, problem = _("Totals saved: {total} papers.", total=total), False
        except CoopdeskError as exc:
            self.paper_error.setText(exc.message)
            self.paper_error.setVisible(True)
            return
        self.refresh()
        self._paper_result(text, problem)

    def clear_papers(self) -> None:
        eid = self._eid()
        reason, ok = QInputDialog.getText(self, _("Clear the entered ballots"),
                                          _("Why are the entered ballots cleared?"))
        if not ok:
            return

        def work() -> str:
            elections.clear_paper_ballots(self.ctx.uow, eid, reason)
            return _("The entered ballots were cleared; enter them again.")

        self._guard(work)

    # -- the count -----------------------------------------------------------------------------

    def count(self) -> None:
        if self.busy:
            return
        eid, uow = self._eid(), self.ctx.uow

        def work(_progress: Progress) -> elections.Outcome:
            return elections.count(uow, eid)

        self._run(_("Counting the votes…"), work)

    def enter_lot(self) -> None:
        eid, uow = self._eid(), self.ctx.uow
        number = self.lot_choice.currentData()
        drawn_by = self.drawn_by.text()
        if number is None:
            return

        def work(_progress: Progress) -> elections.Outcome:
            return elections.enter_lot(uow, eid, int(number), drawn_by)

        self._run(_("Counting the votes…"), work)

    def _run(self, label: str, work: Callable[[Progress], elections.Outcome]) -> None:
        self.busy = True
        self.count_button.setEnabled(False)
        run_op(self, label, work, self._counted, self._count_failed)

    def _counted(self, outcome: elections.Outcome) -> None:
        self.busy = False
        self.drawn_by.clear()
        self.refresh()
        self.select(outcome.election_id)
        if outcome.needs_lot:
            self.say(_("The count needs a lot: draw it in front of the assembly and enter it "
                       "under “The count”."))
        else:
            self.say(_("Counted."))

    def _count_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.refresh()
        show_error(self, exc)

    # -- changes -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(elections.AREA, "members"):
            return
        if self.isVisible() and not self.busy:
            self.refresh()
        else:
            self.stale = True


__all__ = ["ElectionsTab", "NewElectionDialog", "parse_places"]
