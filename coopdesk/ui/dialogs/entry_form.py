"""A journal entry typed by hand, and one entry shown with its lines and scanned receipts.

:class:`EntryForm` runs the same pure :func:`~coopdesk.ledger.rules.check_entry` as the service
on every keystroke, so the treasurer sees the difference between debits and credits shrink to
zero and each line's problem before pressing Post. The entry's ``uid`` is made when the form
opens: pressing Post twice (or a retry after a lost connection) posts it once.

The account and member choosers defined here serve the cash book form too.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, PermissionDenied, ValidationError
from coopdesk.core.i18n import language
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries, services
from coopdesk.ledger.queries import AccountRow
from coopdesk.ledger.rules import EntryInput, LineInput, check_entry
from coopdesk.ledger.services import EntryRef
from coopdesk.ui.dialogs.member_form import (
    ERROR_STYLE,
    date_edit,
    date_of,
    error_label,
    set_date,
    show_problem,
)
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.member_table import format_day
from coopdesk.ui.models.share_table import format_money
from coopdesk.ui.widgets.form import close_buttons

OK_STYLE = "color: #2e7d32;"
MEMBER_SEARCH_MS = 150
LINE_COLUMNS = ("account", "member", "debit", "credit", "memo")


# ---- choosers shared with the cash book ---------------------------------------------------------

class AccountChooser(QComboBox):
    """An account typed by code or by name: the list completes on any part of "code name"."""

    def __init__(self, accounts: list[AccountRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.accounts = {a.code: a for a in accounts}
        for a in accounts:
            self.addItem(f"{a.code} {a.name}", a.code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.setEditText("")
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("code or name"))
            edit.editingFinished.connect(self._complete)

    def _complete(self) -> None:
        """A typed code or a name that names one account becomes "code name"."""
        code = self.code()
        if code in self.accounts and self.currentText() != self.itemText(self.currentIndex()):
            self.set_code(code)

    def code(self) -> str:
        """The chosen account's code; what was typed when it names no account; "" if empty."""
        text = self.currentText().strip()
        if not text:
            return ""
        i = self.currentIndex()
        if i >= 0 and self.itemText(i) == self.currentText():
            return str(self.itemData(i))
        first = text.split()[0]
        if first in self.accounts:
            return first
        folded = text.casefold()
        found = [c for c, a in self.accounts.items() if folded in f"{c} {a.name}".casefold()]
        return found[0] if len(found) == 1 else text

    def account(self) -> AccountRow | None:
        return self.accounts.get(self.code())

    def set_code(self, code: str) -> None:
        i = self.findData(code)
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText(code)
        edit = self.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)  # the code first, the name after it


class MemberChooser(QLineEdit):
    """A member by number, or found by name: typing shows up to twenty matches from the
    register (searched in SQL, so a register of 100,000 members costs nothing here)."""

    member_changed = Signal()

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.setPlaceholderText(self.tr("number or name"))
        self.matches = QStringListModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MEMBER_SEARCH_MS)
        self.timer.timeout.connect(self._search)
        self.textEdited.connect(lambda _t: self.timer.start())
        self.textChanged.connect(lambda _t: self.member_changed.emit())

    def _search(self) -> None:
        text = self.text().strip()
        if not text or text.split()[0].isdigit():
            self.matches.setStringList([])
            return
        self.matches.setStringList([f"{n} — {name}"
                                    for n, name in queries.find_members(self.uow, text)])
        completer = self.completer()
        if completer is not None and self.hasFocus():
            completer.complete()

    def number(self) -> int | None:
        """The member number at the start of the text, or None."""
        first = self.text().strip().split(" ", 1)[0] if self.text().strip() else ""
        return int(first) if first.isdigit() else None

    def set_number(self, number: int | None) -> None:
        if number is None:
            self.clear()
            return
        name = queries.member_names(self.uow, [number]).get(number)
        self.setText(f"{number} — {name}" if name else str(number))


def money_edit(currency: str, placeholder: str = "") -> QLineEdit:
    """An amount field; what was typed is shown in the currency's format once it is left."""
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setPlaceholderText(placeholder)

    def tidy() -> None:
        try:
            amount = parse_amount(edit.text(), currency)
        except ValidationError:
            return  # left as typed; the form says what is wrong with it
        text = format_money(amount, currency)
        if text != edit.text():
            edit.setText(text)

    edit.editingFinished.connect(tidy)
    return edit


# ---- the entry form ------------------------------------------------------------------------------

@dataclass
class LineWidgets:
    account: AccountChooser
    member: MemberChooser
    debit: QLineEdit
    credit: QLineEdit
    memo: QLineEdit


class EntryForm(QDialog):
    """Type a journal entry and post it, or keep it as a draft (``draft_uid`` opens one)."""

    def __init__(self, uow: UnitOfWork, draft_uid: str | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryForm")
        self.uow = uow
        self.today = today or dt.date.today()
        self.currency = uow.coop().currency
        self.accounts = [a for a in queries.chart(uow) if a.postable and a.active]
        self.by_code = {a.code: a for a in self.accounts}
        self.draft = queries.draft_input(uow, draft_uid) if draft_uid else None
        self.uid = draft_uid or str(uuid.uuid4())  # made once: a second click posts nothing
        self.years = queries.fiscal_years(uow)
        self.read_only = not uow.actor.can(Permission.LEDGER_POST)
        self.posted: EntryRef | None = None
        self.saved_draft: str | None = None
        self.deleted = False
        self.lines: list[LineWidgets] = []
        self.touched: set[int | str] = set()  # line numbers and field names the user changed
        self.tried = False
        self.server_error: str | None = None
        self.date_problem = ""  # what the service said of the date
        self.busy = False
        self._build()
        if self.draft is not None:
            self._load(self.draft)
        else:
            self.add_line()
            self.add_line()
        self.validate()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("New journal entry") if self.draft is None
                            else self.tr("Draft journal entry"))
        self.date = date_edit(self.today)
        self.date.setObjectName("date")
        self.date.dateChanged.connect(lambda _d: self.changed("date"))
        self.date_error = error_label()
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("What the entry is for"))
        self.description.textChanged.connect(lambda _t: self.changed("description"))
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("Receipt, invoice or voucher number"))
        self.reference.setMaxLength(100)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        date_box = QWidget()
        date_row = QVBoxLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date, 0, Qt.AlignmentFlag.AlignLeft)
        date_row.addWidget(self.date_error)
        form.addRow(self.tr("Date"), date_box)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Reference"), self.reference)

        self.table = QTableWidget(0, len(LINE_COLUMNS))
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Member"),
                                              self.tr("Debit"), self.tr("Credit"),
                                              self.tr("Memo")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for col, width in enumerate((42, 20, 13, 13)):
            hh.resizeSection(col, width * char + 16)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(int(self.fontMetrics().height() * 2.2))

        style = self.style()
        self.add_button = QPushButton(self.tr("Add a line"))
        self.add_button.setObjectName("addLine")
        self.add_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.add_button.clicked.connect(lambda _c=False: self.add_line())
        self.remove_button = QPushButton(self.tr("Remove the line"))
        self.remove_button.setObjectName("removeLine")
        self.remove_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.remove_button.clicked.connect(lambda _c=False: self.remove_line())
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.totals)

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox()
        self.post_button = self.buttons.addButton(self.tr("Post"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.post_button.setObjectName("post")
        self.draft_button = self.buttons.addButton(self.tr("Save draft"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setObjectName("saveDraft")
        self.delete_button = self.buttons.addButton(self.tr("Delete draft"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("deleteDraft")
        self.delete_button.setVisible(self.draft is not None)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.post_button.clicked.connect(lambda _c=False: self.post())
        self.draft_button.clicked.connect(lambda _c=False: self.save_draft())
        self.delete_button.clicked.connect(lambda _c=False: self.delete_draft())
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        if self.read_only:
            for w in (self.date, self.description, self.reference, self.table, self.add_button,
                      self.remove_button, self.post_button, self.draft_button,
                      self.delete_button):
                w.setEnabled(False)
            self.problems.setText(self.tr("Your role may read the books but not record "
                                          "entries."))
        self.resize(1000, 500)

    def add_line(self, line: LineInput | None = None) -> LineWidgets:
        row = self.table.rowCount()
        self.table.insertRow(row)
        w = LineWidgets(AccountChooser(self.accounts), MemberChooser(self.uow),
                        money_edit(self.currency), money_edit(self.currency), QLineEdit())
        for col, widget in enumerate((w.account, w.member, w.debit, w.credit, w.memo)):
            widget.setObjectName(f"{LINE_COLUMNS[col]}_{row + 1}")
            self.table.setCellWidget(row, col, widget)
        self.lines.append(w)
        if line is not None:
            w.account.set_code(line.account)
            w.member.set_number(line.member)
            w.debit.setText(self._amount_text(line.debit))
            w.credit.setText(self._amount_text(line.credit))
            w.memo.setText(line.memo or "")
        w.account.editTextChanged.connect(lambda _t, w=w: self._line_changed(w))
        w.account.currentIndexChanged.connect(lambda _i, w=w: self._line_changed(w))
        w.member.member_changed.connect(lambda w=w: self._line_changed(w))
        w.debit.textEdited.connect(lambda _t, w=w: self._amount_typed(w, w.credit))
        w.credit.textEdited.connect(lambda _t, w=w: self._amount_typed(w, w.debit))
        w.memo.textChanged.connect(lambda _t, w=w: self._line_changed(w))
        self._enable_member(w)
        self.validate()
        return w

    def remove_line(self, row: int | None = None) -> None:
        if row is None:
            current = self.table.currentRow()
            row = current if current >= 0 else self.table.rowCount() - 1
        if not 0 <= row < len(self.lines) or len(self.lines) <= 1:
            return
        self.table.removeRow(row)
        del self.lines[row]
        self.touched = {t for t in self.touched if not isinstance(t, int)}
        self.touched.add("lines")
        self.validate()

    def _amount_text(self, amount: Decimal) -> str:
        return format_money(amount, self.currency) if amount else ""

    def _load(self, d: EntryInput) -> None:
        set_date(self.date, d.date)
        self.description.setText(d.description)
        self.reference.setText(d.reference or "")
        for line in d.lines:
            self.add_line(line)
        while len(self.lines) < 2:
            self.add_line()
        self.touched.update({"description", "date", *range(1, len(self.lines) + 1)})

    # -- live checking ---------------------------------------------------------------------

    def _line_changed(self, w: LineWidgets) -> None:
        self._enable_member(w)
        self.changed(self.lines.index(w) + 1 if w in self.lines else "lines")

    def _amount_typed(self, w: LineWidgets, other: QLineEdit) -> None:
        """A line is a debit or a credit: typing one side clears the other."""
        if other.text():
            other.clear()
        self._line_changed(w)

    def _enable_member(self, w: LineWidgets) -> None:
        account = self.by_code.get(w.account.code())
        keeps_members = account is not None and account.member_ledger is not None
        w.member.setEnabled(keeps_members and not self.read_only)
        if not keeps_members and w.member.text():
            w.member.clear()
        w.member.setToolTip("" if keeps_members else self.tr(
            "Only member accounts (share capital, payables to members, loans to members) "
            "name a member."))

    def changed(self, key: int | str) -> None:
        self.touched.add(key)
        self.server_error = None
        if key == "date":
            self.date_problem = ""
        self.validate()

    def date_check(self, day: dt.date) -> str:
        """Why nothing can be posted on ``day`` (no fiscal year, a closed period), or ""."""
        year = next((y for y in self.years if y.start <= day <= y.end), None)
        if year is None:
            return self.tr("No fiscal year covers {date}; open one first.").format(
                date=format_day(day, language()))
        period = next((p for p in year.periods if p.start <= day <= p.end), None)
        if year.closed or (period is not None and period.closed):
            return self.tr("The period of {date} is closed; date the entry in an open period."
                           ).format(date=format_day(day, language()))
        return ""

    def entry_input(self) -> tuple[EntryInput, list[tuple[int | None, str, str]]]:
        """What the form says, and the problems of typing (unreadable amounts, unknown
        accounts or members) that the pure rules cannot see."""
        problems: list[tuple[int | None, str, str]] = []
        lines = []
        numbers = {w.member.number() for w in self.lines} - {None}
        names = queries.member_names(self.uow, [n for n in numbers if n is not None])
        for n, w in enumerate(self.lines, 1):
            amounts = []
            for edit in (w.debit, w.credit):
                try:
                    amounts.append(parse_amount(edit.text(), self.currency)
                                   if edit.text().strip() else Decimal(0))
                except ValidationError as exc:
                    problems.append((n, "amount", self.tr("Line {n}: {reason}").format(
                        n=n, reason=exc.message)))
                    amounts.append(Decimal(0))
            code = w.account.code()
            account = self.by_code.get(code)
            member = w.member.number()
            if code and account is None:
                problems.append((n, "account", self.tr(
                    "Line {n}: there is no account {code} that takes entries.").format(
                    n=n, code=code)))
            if account is not None and account.member_ledger and member is None:
                problems.append((n, "member", self.tr(
                    "Line {n}: account {code} keeps members' accounts; say which member.")
                    .format(n=n, code=code)))
            if member is not None and member not in names:
                problems.append((n, "member", self.tr(
                    "Line {n}: there is no member number {number}.").format(n=n,
                                                                            number=member)))
            lines.append(LineInput(code, amounts[0], amounts[1], member,
                                   w.memo.text().strip() or None))
        entry = EntryInput(date_of(self.date) or self.today, self.description.text(),
                           tuple(lines), self.reference.text().strip() or None, self.uid)
        return entry, problems

    def validate(self) -> list[tuple[int | None, str, str]]:
        if not hasattr(self, "problems"):
            return []
        entry, typing = self.entry_input()
        found = typing + [p for p in check_entry(entry) if p[1] != "balance"]
        date_problem = self.date_problem or self.date_check(entry.date)
        show_problem(self.date_error, date_problem)
        if date_problem:
            found.append((None, "date", date_problem))
        debit = sum((ln.debit for ln in entry.lines), Decimal(0))
        credit = sum((ln.credit for ln in entry.lines), Decimal(0))
        diff = debit - credit
        text = self.tr("Debit {debit} · Credit {credit} · Difference {diff}").format(
            debit=format_money(debit, self.currency), credit=format_money(credit, self.currency),
            diff=format_money(abs(diff), self.currency))
        if not diff and debit:
            text = self.tr("Debit {debit} · Credit {credit} · Balanced").format(
                debit=format_money(debit, self.currency),
                credit=format_money(credit, self.currency))
        self.totals.setText(text)
        self.totals.setStyleSheet(OK_STYLE if not diff and debit else ERROR_STYLE)

        shown = [m for line, key, m in found if key != "date" and (
            self.tried or (line if line is not None else key) in self.touched)]
        if self.server_error:
            shown.insert(0, self.server_error)
        if not self.read_only:
            self.problems.setText("\n".join(dict.fromkeys(shown)))
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bad = {line for line, _k, _m in found if line is not None}
        for row in range(self.table.rowCount()):
            item = QTableWidgetItem(str(row + 1))
            if row + 1 in bad and (self.tried or row + 1 in self.touched):
                item.setIcon(warn)
            self.table.setVerticalHeaderItem(row, item)
        ok = not found and not diff and not self.read_only and not self.busy
        self.post_button.setEnabled(ok)
        self.post_button.setToolTip("" if ok else self.tr(
            "Post is possible once every line is complete and debits equal credits."))
        self.remove_button.setEnabled(len(self.lines) > 1 and not self.read_only)
        return found if not diff else [*found, (None, "balance", text)]

    # -- writing ---------------------------------------------------------------------------

    def post(self) -> EntryRef | None:
        """Post the entry (once, whatever happens to the button); returns where it went."""
        if self.posted is not None:  # already posted: the same entry, not a second one
            return self.posted
        self.tried = True
        if self.busy or self.read_only or self.validate():
            return None
        entry, _typing = self.entry_input()
        self.busy = True
        try:
            if self.draft is not None:
                services.save_draft(self.uow, entry)
                self.posted = services.post_draft(self.uow, self.uid)
            else:
                self.posted = services.post_entry(self.uow, entry)
        except CoopdeskError as exc:
            self._failed(exc)
            return None
        finally:
            self.busy = False
        self.accept()
        return self.posted

    def save_draft(self) -> str | None:
        if self.busy or self.read_only:
            return None
        entry, typing = self.entry_input()
        if typing:
            self.tried = True
            self.validate()
            return None
        blank = LineInput("")
        entry = replace(entry, lines=tuple(ln for ln in entry.lines if ln != blank))
        try:
            self.saved_draft = services.save_draft(self.uow, entry)
        except CoopdeskError as exc:
            self._failed(exc)
            return None
        self.accept()
        return self.saved_draft

    def delete_draft(self) -> None:
        if self.draft is None or self.read_only:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the draft"),
                          self.tr("Delete this draft? It was never in the books; nothing "
                                  "else changes."), QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            services.delete_draft(self.uow, self.uid)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.deleted = True
        self.accept()

    def _failed(self, exc: CoopdeskError) -> None:
        if isinstance(exc, PermissionDenied) or not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        if exc.field == "date":
            self.date_problem = exc.message
        else:
            self.server_error = exc.message
        self.validate()


# ---- one entry, read only ------------------------------------------------------------------------

class EntryViewDialog(QDialog):
    """A posted entry's lines (account, member, debit, credit, memo) and its scanned receipts,
    each of which can be saved to a file."""

    def __init__(self, uow: UnitOfWork, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryView")
        self.uow = uow
        self.currency = uow.coop().currency
        self.detail = queries.entry_detail(uow, entry_id)
        self.saved: Path | None = None
        r = self.detail.row
        key = str(r.key) if r.key is not None else self.tr("draft")
        self.setWindowTitle(self.tr("Entry {entry}").format(entry=key))
        head = QLabel()
        head.setObjectName("head")
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = [self.tr("<b>Entry {entry}</b> of {date}").format(
            entry=key, date=format_day(r.date, language())), html.escape(r.description)]
        if r.reference:
            facts.append(self.tr("Reference: {reference}").format(
                reference=html.escape(r.reference)))
        if r.reverses is not None:
            facts.append(self.tr("Reverses entry {entry}.").format(entry=r.reverses))
        if r.reversed_by is not None:
            facts.append(self.tr("Reversed by entry {entry}.").format(entry=r.reversed_by))
        facts.append(self.tr("Entered by {user}").format(user=self.detail.created_by)
                     + (self.tr(", posted by {user}").format(user=self.detail.posted_by)
                        if self.detail.posted_by else ""))
        head.setText("<br>".join(facts))

        self.table = QTableWidget(len(self.detail.lines) + 1, 5)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Member"),
                                              self.tr("Debit"), self.tr("Credit"),
                                              self.tr("Memo")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        total_d = total_c = Decimal(0)
        for i, ln in enumerate(self.detail.lines):
            member = f"{ln.member} — {ln.member_name}" if ln.member is not None else ""
            cells = (f"{ln.account} {ln.account_name}", member,
                     format_money(ln.debit, self.currency) if ln.debit else "",
                     format_money(ln.credit, self.currency) if ln.credit else "", ln.memo or "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(right)
                self.table.setItem(i, col, item)
            total_d += ln.debit
            total_c += ln.credit
        last = len(self.detail.lines)
        for col, text in ((0, self.tr("Total")), (2, format_money(total_d, self.currency)),
                          (3, format_money(total_c, self.currency))):
            item = QTableWidgetItem(text)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            if col:
                item.setTextAlignment(right)
            self.table.setItem(last, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

        self.files_title = QLabel(self.tr("Scanned receipts"))
        self.files = QListWidget()
        self.files.setObjectName("attachments")
        self.files.setMaximumHeight(110)
        for a in self.detail.attachments:
            entry = QListWidgetItem(self.tr("{file} ({size} kB, added by {user})").format(
                file=a.filename, size=max(1, round(a.size / 1024)), user=a.added_by))
            entry.setData(Qt.ItemDataRole.UserRole, a.id)
            self.files.addItem(entry)
        if not self.detail.attachments:
            self.files.addItem(self.tr("No scanned receipt is attached."))
        self.save_button = QPushButton(self.tr("Save to a file…"))
        self.save_button.setObjectName("saveAttachment")
        self.save_button.setEnabled(bool(self.detail.attachments))
        self.save_button.clicked.connect(lambda _c=False: self.save_attachment())
        if self.detail.attachments:
            self.files.setCurrentRow(0)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.files_title)
        layout.addLayout(files_row)
        layout.addWidget(buttons)
        self.resize(860, 480)

    def save_attachment(self) -> Path | None:
        item = self.files.currentItem()
        attachment_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if attachment_id is None:
            return None
        try:
            name, data = queries.attachment_file(self.uow, int(attachment_id))
        except CoopdeskError as exc:
            show_error(self, exc)
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the scanned receipt"), str(Path.home() / name))
        if not chosen:
            return None
        try:
            Path(chosen).write_bytes(data)
        except OSError as exc:
            show_error(self, CoopdeskError(self.tr("{path} could not be written: {reason}")
                                           .format(path=chosen, reason=exc.strerror or exc)))
            return None
        self.saved = Path(chosen)
        return self.saved

