"""The Suggestions tab of the Bank page: the matches the last automatic run suggested, to accept
(A) or reject (R), and the entries its rules propose, to post. Opened before any run, the tab
asks the matcher what it would do, without saving anything."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStyle, QVBoxLayout, QWidget

from coopdesk.bank import links, matching, queries
from coopdesk.bank.rules import ProposedEntry
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Kind
from coopdesk.ui import icons
from coopdesk.ui.errors import show_error
from coopdesk.ui.pages.bank_common import BankHost, selected_rows, table
from coopdesk.ui.pages.production import Col, RowsModel
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.tables import set_widths


@dataclass(frozen=True)
class SuggestionRow:
    match: matching.Match
    date: dt.date | None
    bank_text: str
    amount: Decimal
    entries: str
    book_text: str

    @property
    def score(self) -> Decimal:
        return Decimal(round(self.match.score * 100))


@dataclass(frozen=True)
class ProposalRow:
    proposal: ProposedEntry
    text: str  # the statement line's
    amount: Decimal
    targets: str
    rule: str


class SuggestionsPanel(QWidget):
    """Suggested matches above, the rules' proposed entries below."""

    def __init__(self, host: BankHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsTab")
        self.host = host
        self.suggestions: RowsModel[SuggestionRow] = RowsModel(self)
        self.proposals: RowsModel[ProposalRow] = RowsModel(self)
        self._build()

    def _build(self) -> None:
        std, sp = self.style().standardIcon, QStyle.StandardPixmap
        self.suggestion_title = QLabel()
        self.suggestion_table = table("suggestionTable", self.suggestions, self)
        self.suggestion_table.doubleClicked.connect(lambda _i: self.accept_suggestions())
        self.accept_button = action_button("acceptSuggestions", std(sp.SP_DialogApplyButton),
                                           self.accept_suggestions)
        self.reject_button = action_button("rejectSuggestions", std(sp.SP_DialogCancelButton),
                                           self.reject_suggestions)
        self.proposal_title = QLabel()
        self.proposal_table = table("proposalTable", self.proposals, self)
        self.post_button = action_button("postProposals", icons.icon("books"),
                                         self.post_proposals)
        for view in (self.suggestion_table, self.proposal_table):
            view.selectionModel().selectionChanged.connect(
                lambda *_a: self.host.update_buttons())
        for key, slot in (("A", self.accept_suggestions), ("R", self.reject_suggestions)):
            sc = QShortcut(QKeySequence(key), self.suggestion_table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        upper = QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.suggestion_title, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        up.addLayout(row)
        up.addWidget(self.suggestion_table, 1)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.proposal_title, 1)
        row.addWidget(self.post_button)
        low.addLayout(row)
        low.addWidget(self.proposal_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(split)

    def retranslate(self) -> None:
        self.accept_button.setText(_("Accept"))
        self.accept_button.setToolTip(_("Accept the selected suggestions (A)"))
        self.reject_button.setText(_("Reject"))
        self.reject_button.setToolTip(_("Never propose the selected suggestions again (R)"))
        self.post_button.setText(_("Post selected entries"))
        cur = self.host.currency()
        self.suggestions.configure([
            Col(_("Date"), Kind.DATE, lambda r: r.date),
            Col(_("Statement"), Kind.TEXT, lambda r: r.bank_text),
            Col(_("Amount"), Kind.MONEY, lambda r: r.amount),
            Col(_("Entry"), Kind.TEXT, lambda r: r.entries),
            Col(_("Book text"), Kind.TEXT, lambda r: r.book_text),
            Col(_("Score %"), Kind.INT, lambda r: r.score),
        ], cur)
        self.proposals.configure([
            Col(_("Date"), Kind.DATE, lambda r: r.proposal.date),
            Col(_("Statement"), Kind.TEXT, lambda r: r.text),
            Col(_("Amount"), Kind.MONEY, lambda r: r.amount),
            Col(_("Booked to"), Kind.TEXT, lambda r: r.targets),
            Col(_("Rule"), Kind.TEXT, lambda r: r.rule),
        ], cur)
        set_widths(self.suggestion_table, (11, 34, 14, 12, 34, 8), stretch=4)
        set_widths(self.proposal_table, (11, 40, 14, 30, 20), stretch=1)

    def update_buttons(self, can: bool) -> None:
        """``can``: the user may write and no matcher is running."""
        self.accept_button.setEnabled(can and bool(selected_rows(self.suggestion_table)))
        self.reject_button.setEnabled(can and bool(selected_rows(self.suggestion_table)))
        self.post_button.setEnabled(can and bool(selected_rows(self.proposal_table)))

    # -- reading -------------------------------------------------------------------------------

    def fill(self) -> None:
        """The last run's suggestions and proposals whose lines are still open."""
        run, code = self.host.run, self.host.code
        if run is None or code is None:
            self.suggestions.set_rows([])
            self.proposals.set_rows([])
            self._titles()
            return
        uow = self.host.uow()
        bank = {r.id: r for r in queries.bank_lines(uow, code, status="unmatched")}
        book = {r.id: r for r in queries.book_lines(uow, code, status="unmatched")}
        rows = []
        for m in run.suggested:
            if not all(i in bank for i in m.bank) or not all(j in book for j in m.book):
                continue
            b = [bank[i] for i in m.bank]
            k = [book[j] for j in m.book]
            rows.append(SuggestionRow(
                m, min(x.date for x in b), " + ".join(x.description for x in b),
                sum((x.amount for x in b), Decimal(0)),
                ", ".join(dict.fromkeys(x.entry for x in k)),
                " + ".join(dict.fromkeys(x.description for x in k))))
        self.suggestions.set_rows(rows)
        names = {r.id: r.name for r in self.host.rule_rows.rows}
        props = [ProposalRow(p, bank[p.bank_line].description, bank[p.bank_line].amount,
                             ", ".join(f"{ln.account}" + (f" ({ln.member})" if ln.member else "")
                                       for ln in p.lines),
                             names.get(run.rule_ids.get(p.rule, 0), ""))
                 for p in run.proposals if p.bank_line in bank]
        self.proposals.set_rows(props)
        self._titles()

    def _titles(self) -> None:
        if self.host.run is None:
            self.suggestion_title.setText(_("Suggested matches: run “Match automatically”."))
        else:
            self.suggestion_title.setText(_("Suggested matches ({count}): accept (A) or reject "
                                            "(R) them", count=self.suggestions.rowCount()))
        self.proposal_title.setText(_("Entries the rules propose ({count})",
                                      count=self.proposals.rowCount()))

    def suggest(self, code: str) -> None:
        """What the matcher would do now, as suggestions: nothing is saved."""
        try:
            run = links.suggestions(self.host.uow(), code)
        except CoopdeskError as exc:
            self.host.say(exc.message)
            return
        # what the matcher would match is a suggestion too
        self.host.run = links.MatchRun([], run.matched + run.suggested, run.proposals,
                                       run.left_bank, run.left_book, run.rule_ids)
        self.fill()
        self.host.update_buttons()

    # -- writing -------------------------------------------------------------------------------

    def chosen_suggestions(self) -> list[SuggestionRow]:
        return [r for r in (self.suggestions.row_at(n)
                            for n in selected_rows(self.suggestion_table)) if r is not None]

    def accept_suggestions(self) -> None:
        done = self._each(lambda uow, code, m: links.link(uow, code, m.bank, m.book,
                                                          score=m.score))
        if done is not None:
            self.host.say(_("{count} suggested match(es) accepted.", count=done))

    def reject_suggestions(self) -> None:
        done = self._each(lambda uow, code, m: links.reject(uow, code, m.bank, m.book))
        if done is not None:
            self.host.say(_("{count} suggestion(s) rejected; they will not be proposed again.",
                            count=done))

    def _each(self, write: Callable[[UnitOfWork, str, matching.Match], object]) -> int | None:
        """``write`` each chosen suggestion, stopping at the first refused, with one refresh
        after them all; how many were written (None: nothing to do)."""
        code, rows = self.host.code, self.chosen_suggestions()
        if code is None or not rows or not self.host.can_write():
            return None
        done = 0
        self.host.hold()
        for r in rows:
            try:
                write(self.host.uow(), code, r.match)
            except CoopdeskError as exc:
                show_error(self, exc)
                break
            done += 1
        self.host.release()
        self._drop(rows[:done])
        return done

    def _drop(self, rows: list[SuggestionRow]) -> None:
        run = self.host.run
        if run is None:
            return
        gone = {r.match for r in rows}
        self.host.run = links.MatchRun(run.matched, [m for m in run.suggested if m not in gone],
                                       run.proposals, run.left_bank, run.left_book,
                                       run.rule_ids)
        self.fill()
        self.host.update_buttons()

    def post_proposals(self) -> None:
        code, run = self.host.code, self.host.run
        chosen = [r.proposal for r in (self.proposals.row_at(n)
                                       for n in selected_rows(self.proposal_table))
                  if r is not None]
        if code is None or run is None or not chosen or not self.host.can_write():
            return

        def work() -> str:
            posted = links.post_proposals(self.host.uow(), code, chosen, run.rule_ids)
            return _("{count} entr(y/ies) posted and matched: {entries}.", count=len(posted),
                     entries=", ".join(posted))

        self.host.guard(work)
