"""The Matching tab of the Bank page: the account's statement lines beside its book lines, both
read a page at a time with the filters in the query, matched by hand.

Keys: Tab or Ctrl+Left/Ctrl+Right switch sides; arrows move (Shift+arrows extend, Ctrl+Up/Down
move without selecting, Space adds or removes the current line); Ctrl+M or Enter match the
selected lines; Ctrl+U undoes a match; Ctrl+E makes an entry from a statement line; Ctrl+F goes
to the search.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.bank import links, queries
from coopdesk.bank.queries import BankLineView, BookLineView, Status
from coopdesk.bank.rules import ProposedEntry
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.reports.document import Kind
from coopdesk.ui import icons
from coopdesk.ui.dialogs import Button, Icon, message
from coopdesk.ui.dialogs.bank_rule import EntryDialog
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.models.bank_lines import BankLinesModel, BookLinesModel
from coopdesk.ui.models.distribution_lines import formatter
from coopdesk.ui.pages.bank_common import BankHost, selected_rows, table
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.tables import set_widths

OK_STYLE = "color: #2e7d32; font-weight: bold;"
BAD_STYLE = "color: #b71c1c; font-weight: bold;"
SEARCH_MS = 250


class MatchingPanel(QWidget):
    """Statement lines beside book lines, filtered, selected and matched by hand."""

    def __init__(self, host: BankHost, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchingTab")
        self.host = host
        self.bank_model = BankLinesModel(currency, self)
        self.book_model = BookLinesModel(currency, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_MS)
        self._search_timer.timeout.connect(self.reload_lines)
        self._build()

    def _build(self) -> None:
        std, sp = self.style().standardIcon, QStyle.StandardPixmap
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for key in ("unmatched", "matched", "all"):
            self.status.addItem("", key)
        self.status.currentIndexChanged.connect(lambda _i: self.reload_lines())
        self.search = QLineEdit()
        self.search.setObjectName("lineSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.reload_lines)
        self.date_from = date_edit(None, optional=True)
        self.date_from.setObjectName("dateFrom")
        self.date_to = date_edit(None, optional=True)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(130)
            edit.dateChanged.connect(lambda _d: self.reload_lines())
        self.status_label, self.from_label, self.to_label = QLabel(), QLabel(), QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.to_label)
        filters.addWidget(self.date_to)

        self.bank_table = table("bankLines", self.bank_model, self)
        self.book_table = table("bookLines", self.book_model, self)
        self.bank_title, self.book_title = QLabel(), QLabel()
        for title in (self.bank_title, self.book_title):
            title.setTextFormat(Qt.TextFormat.RichText)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.setObjectName("sides")
        for title, view in ((self.bank_title, self.bank_table),
                            (self.book_title, self.book_table)):
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(title)
            col.addWidget(view, 1)
            sides.addWidget(box)
            view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
            view.installEventFilter(self)
        sides.setChildrenCollapsible(False)
        self.sides = sides

        self.totals = QLabel()
        self.totals.setObjectName("selectionTotals")
        self.totals.setWordWrap(True)  # long in some languages: it must not widen the page
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.match_button = action_button("match", std(sp.SP_DialogApplyButton), self.match)
        self.unmatch_button = action_button("undoMatch", std(sp.SP_ArrowBack), self.undo_match)
        self.entry_button = action_button("makeEntry", icons.icon("books"), self.make_entry)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.match_button)
        bar.addWidget(self.unmatch_button)
        bar.addWidget(self.entry_button)

        col = QVBoxLayout(self)
        col.addLayout(filters)
        col.addWidget(sides, 1)
        col.addLayout(bar)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+M", self.match), ("Ctrl+U", self.undo_match), ("Ctrl+E", self.make_entry),
            ("Ctrl+F", self.focus_search), ("Ctrl+Left", lambda: self.focus_side(False)),
            ("Ctrl+Right", lambda: self.focus_side(True))]
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(context)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)

    def retranslate(self) -> None:
        for i, text in enumerate((_("Not matched"), _("Matched"), _("All"))):
            self.status.setItemText(i, text)
        self.status_label.setText(_("Show"))
        self.from_label.setText(_("from"))
        self.to_label.setText(_("to"))
        self.search.setPlaceholderText(_("Search text or reference (Ctrl+F)"))
        self.match_button.setText(_("Match"))
        self.match_button.setToolTip(_("Match the selected lines (Ctrl+M or Enter)"))
        self.unmatch_button.setText(_("Undo match"))
        self.unmatch_button.setToolTip(_("Undo the selected line's match (Ctrl+U)"))
        self.entry_button.setText(_("Make entry…"))
        self.entry_button.setToolTip(_("Book a statement line the books lack (Ctrl+E)"))
        self.bank_model.configure()
        self.book_model.configure()
        set_widths(self.bank_table, (2, 11, 30, 9, 14), stretch=2)
        set_widths(self.book_table, (2, 11, 8, 26, 9, 14), stretch=3)
        self.update_titles()
        self._show_totals()

    # -- reading -------------------------------------------------------------------------------

    def filters(self) -> tuple[Status, str, dt.date | None, dt.date | None]:
        return (cast(Status, self.status.currentData() or "unmatched"), self.search.text().strip(),
                date_of(self.date_from), date_of(self.date_to))

    def reload_lines(self) -> None:
        """Both sides again with the filters, read a page at a time."""
        self._search_timer.stop()
        code = self.host.code
        if code is None:
            self.bank_model.clear()
            self.book_model.clear()
        else:
            uow = self.host.uow()
            status, text, start, end = self.filters()
            self.bank_model.set_source(
                lambda: queries.count_bank_lines(uow, code, status=status, text=text,
                                                 start=start, end=end),
                lambda offset, limit: queries.bank_lines(uow, code, status=status, text=text,
                                                         start=start, end=end, offset=offset,
                                                         limit=limit))
            self.book_model.set_source(
                lambda: queries.count_book_lines(uow, code, status=status, text=text,
                                                 start=start, end=end),
                lambda offset, limit: queries.book_lines(uow, code, status=status, text=text,
                                                         start=start, end=end, offset=offset,
                                                         limit=limit))
        self.book_model.set_highlight(None)
        self.update_titles()
        self._selection_changed()

    def update_titles(self) -> None:
        self.bank_title.setText("<b>{}</b> — {}".format(
            _("Statement"), _("{count} line(s)", count=self.bank_model.total)))
        self.book_title.setText("<b>{}</b> — {}".format(
            _("Books"), _("{count} line(s)", count=self.book_model.total)))

    # -- the selection -------------------------------------------------------------------------

    def selected_bank(self) -> list[BankLineView]:
        return [r for r in (self.bank_model.line_at(n) for n in selected_rows(self.bank_table))
                if r is not None]

    def selected_book(self) -> list[BookLineView]:
        return [r for r in (self.book_model.line_at(n) for n in selected_rows(self.book_table))
                if r is not None]

    def _selection_changed(self) -> None:
        bank = self.selected_bank()
        amount = bank[0].amount if len(bank) == 1 and bank[0].match_id is None else None
        self.book_model.set_highlight(amount)
        if amount is not None and not self.selected_book():
            row = next((n for n, r in enumerate(self.book_model.rows)
                        if r.amount == amount and r.match_id is None), None)
            if row is not None:
                self.book_table.scrollTo(self.book_model.index(row, 1),
                                         QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_totals()
        self.host.update_buttons()

    def totals_of(self) -> tuple[Decimal, Decimal]:
        return (sum((r.amount for r in self.selected_bank()), Decimal(0)),
                sum((r.amount for r in self.selected_book()), Decimal(0)))

    def can_match(self) -> bool:
        bank, book = self.selected_bank(), self.selected_book()
        # statement and book lines of one total, or book lines that cancel out (an entry
        # and its reversal: the bank never sees them)
        if not book or (not bank and len(book) < 2):
            return False
        if any(r.match_id is not None for r in bank) or any(r.match_id is not None
                                                            for r in book):
            return False
        left, right = self.totals_of()
        return left == right

    def _show_totals(self) -> None:
        fmt = formatter(self.host.currency())
        bank, book = self.selected_bank(), self.selected_book()
        left, right = self.totals_of()
        diff = left - right
        if not bank and not book:
            self.totals.setText(_("Select lines on both sides with the same total, then "
                                  "match them (Ctrl+M)."))
            return
        style = OK_STYLE if bank and book and diff == 0 else BAD_STYLE
        self.totals.setText(
            _("Statement: {bank} ({n} line(s)) · Books: {book} ({m} line(s)) · Difference: "
              "{diff}", bank=fmt.text(Kind.MONEY, left), n=len(bank),
              book=fmt.text(Kind.MONEY, right), m=len(book),
              diff=f"<span style='{style}'>{fmt.text(Kind.MONEY, diff)}</span>"))

    def update_buttons(self, can: bool) -> None:
        """``can``: the user may write and no matcher is running."""
        bank = self.selected_bank()
        matched = [r.match_id for r in bank if r.match_id is not None] + \
            [r.match_id for r in self.selected_book() if r.match_id is not None]
        self.match_button.setEnabled(can and self.can_match())
        self.unmatch_button.setEnabled(can and len(set(matched)) == 1)
        self.entry_button.setEnabled(can and len(bank) == 1 and bank[0].match_id is None)

    # -- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.bank_table, self.book_table) and \
                event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event)
            mods = key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.focus_side(watched is self.bank_table)
                return True
            if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    mods == Qt.KeyboardModifier.NoModifier:
                self.match()
                return True
            if key.key() == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier:
                self._toggle_current(self.bank_table if watched is self.bank_table
                                     else self.book_table)
                return True
        return super().eventFilter(watched, event)

    def _toggle_current(self, view: QTableView) -> None:
        index = view.currentIndex()
        sm = view.selectionModel()
        if not index.isValid() or sm is None:
            return
        flags = sm.SelectionFlag.Toggle | sm.SelectionFlag.Rows
        sm.select(index, flags)

    def focus_side(self, books: bool) -> None:
        view = self.book_table if books else self.bank_table
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        model = view.model()
        if not view.currentIndex().isValid() and model.rowCount() > 0:
            view.selectionModel().setCurrentIndex(
                model.index(0, 1), view.selectionModel().SelectionFlag.NoUpdate)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- matching by hand ----------------------------------------------------------------------

    def match(self) -> None:
        code = self.host.code
        if code is None or not self.host.can_write() or not self.can_match():
            return
        bank = [r.id for r in self.selected_bank()]
        book = [r.id for r in self.selected_book()]

        def work() -> str:
            links.link(self.host.uow(), code, bank, book)
            return _("Matched {n} statement line(s) with {m} book line(s).", n=len(bank),
                     m=len(book))

        self.host.guard(work)
        self.bank_table.setFocus()

    def undo_match(self, reject: bool | None = None) -> None:
        """Undo the match of the selected line; ``reject`` None asks whether the matcher may
        propose the pairing again."""
        code = self.host.code
        ids = {r.match_id for r in self.selected_bank() if r.match_id is not None} | \
            {r.match_id for r in self.selected_book() if r.match_id is not None}
        if code is None or len(ids) != 1 or not self.host.can_write():
            return
        (match_id,) = ids
        if reject is None:
            answer = message(
                self, Icon.Question, _("Undo the match"),
                _("Undo this match. Should the matcher never propose these lines together "
                  "again?"),
                _("Yes: undo it and never propose it again. No: only undo it. An entry made "
                  "from a statement line stays in the books."),
                buttons=Button.Yes | Button.No | Button.Cancel, default=Button.No)
            if answer not in (Button.Yes, Button.No):
                return
            reject = answer == Button.Yes

        def work() -> str:
            links.unlink(self.host.uow(), code, match_id, reject=bool(reject))
            return _("Match undone; the pairing will not be proposed again.") if reject \
                else _("Match undone.")

        self.host.guard(work)

    def proposal_for(self, line_id: int) -> tuple[ProposedEntry | None, int | None, str]:
        """The entry a rule proposes for a statement line, its rule's id and name."""
        code = self.host.code
        if code is None:
            return None, None, ""
        run = self.host.run
        if run is None or not any(p.bank_line == line_id for p in run.proposals):
            try:
                run = links.suggestions(self.host.uow(), code)
            except CoopdeskError:
                return None, None, ""
        p = next((p for p in run.proposals if p.bank_line == line_id), None)
        if p is None:
            return None, None, ""
        rule_id = run.rule_ids.get(p.rule)
        name = next((r.name for r in self.host.rule_rows.rows if r.id == rule_id), "")
        return p, rule_id, name

    def make_entry(self) -> None:
        bank = self.selected_bank()
        code = self.host.code
        if code is None or len(bank) != 1 or bank[0].match_id is not None or \
                not self.host.can_write():
            return
        line = bank[0]
        proposal, rule_id, name = self.proposal_for(line.id)
        dialog = EntryDialog(self.host.uow(), code, line, proposal, rule_id, name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry:
            self.host.say(_("Entry {entry} posted and matched to the statement line.",
                            entry=dialog.entry))
