"""The reconciliation panel of the Bank page: a statement date and the bank's closing balance,
and, live as they change, the book balance, what the bank has not seen yet, the statement lines
the books lack and the difference; finishing saves the record (and locks its matches). Past
reconciliations stay viewable, read-only, and the latest finished one can be reopened (with a
reason, audited). The report goes out as PDF or Excel from a worker.

The arithmetic is :mod:`coopdesk.bank.reconcile`'s; this panel only shows it. Recomputing is
cheap but waits for a short pause in the typing (a single-shot timer).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.bank import reconcile, services
from coopdesk.bank.reconcile import DEPOSIT, PAYMENT, UNBOOKED, Item, ReconState, ReconSummary
from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import N_, _
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Document, Kind
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs import Button, Icon, message
from coopdesk.ui.dialogs.member_form import date_edit, date_of, error_label, set_date, show_problem
from coopdesk.ui.dialogs.sharing_forms import ask_save_path
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.models.distribution_lines import formatter
from coopdesk.ui.pages.production import Col, RowsModel
from coopdesk.ui.widgets.form import FormDialog
from coopdesk.ui.widgets.tables import list_view, set_widths

RECOMPUTE_MS = 200
OK_COLOUR, BAD_COLOUR = "#2e7d32", "#b71c1c"
BANNER_STYLE = ("background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9; "
                "border-radius: 4px; padding: 6px; font-weight: bold;")
KIND_LABELS = {DEPOSIT: N_("Deposit not yet on the statement"),
               PAYMENT: N_("Payment not yet on the statement"),
               UNBOOKED: N_("On the statement, not in the books")}


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def agrees(st: ReconState) -> bool:
    """No difference (which counts the statement lines the books lack), as the report says."""
    return st.difference == 0 and not any(i.kind == UNBOOKED for i in st.items)


def previous_month_end(today: dt.date) -> dt.date:
    return today.replace(day=1) - dt.timedelta(days=1)


def default_date(info: services.AccountInfo, today: dt.date) -> dt.date:
    """The last day of the previous month, or the latest statement line's date when the
    statement stops earlier (or when the month end is reconciled already)."""
    day = previous_month_end(today)
    last = info.last_line
    if last is not None and (last < day or (info.last_reconciled is not None
                                            and day <= info.last_reconciled < last)):
        day = last
    return day


class ReopenDialog(FormDialog):
    """Why a finished reconciliation is reopened; the reason goes to the record and the audit
    trail. Reopens it on OK (a refusal is shown under the reason)."""

    def __init__(self, uow: UnitOfWork, summary: ReconSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(_("Reopen the reconciliation"))
        self.uow, self.summary = uow, summary
        self._setup_errors(("reason", "status"))
        fmt = formatter(uow.coop().currency)
        intro = QLabel(_("The reconciliation of {date} will be reopened: its matches may be "
                         "changed again until it is finished anew. Say why; the reason is "
                         "kept with the record and in the audit trail.",
                         date=fmt.date(summary.statement_date)))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(_("e.g. the bank added a debit note dated in the month"))
        self.reason.setFixedHeight(self.fontMetrics().height() * 5)
        form = QFormLayout()
        form.addRow(_("Reason"), self.reason)
        form.addRow("", self.errors["reason"])
        self._buttons(_("Reopen"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["status"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(460, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            reconcile.reopen(self.uow, self.summary.id, self.reason.toPlainText())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class ReconcilePanel(WritesInWorker, QWidget):
    """The reconciliation of one bank account (``set_account``), live or a saved one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconcilePanel")
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.code: str | None = None
        self.currency = ctx.uow.coop().currency
        self.fmt = formatter(self.currency)
        self.state: ReconState | None = None  # the live reconciliation
        self.viewing: ReconState | None = None  # a saved one shown read-only
        self.history_rows: list[ReconSummary] = []
        self.balance_touched = False
        self._live_inputs: tuple[dt.date, str] | None = None  # kept while a saved one is shown
        self.busy = False
        self.last_export: Path | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_MS)
        self.timer.timeout.connect(self.recompute)
        self.items: RowsModel[Item] = RowsModel(self)
        self.items.configure([
            Col(_("What"), Kind.TEXT, lambda i: kind_label(i.kind)),
            Col(_("Date"), Kind.DATE, lambda i: i.date),
            Col(_("Reference / entry"), Kind.TEXT, lambda i: i.reference),
            Col(_("Description"), Kind.TEXT, lambda i: i.description),
            Col(_("Amount"), Kind.MONEY, lambda i: i.amount)], self.currency)
        self.items.flag = lambda i: (_("The books lack this statement line: match it, or make "
                                       "its entry.") if i.kind == UNBOOKED else None)
        self.history: RowsModel[ReconSummary] = RowsModel(self)
        self.history.configure([
            Col(_("Statement date"), Kind.DATE, lambda r: r.statement_date),
            Col(_("Bank balance"), Kind.MONEY, lambda r: r.bank_balance),
            Col(_("Book balance"), Kind.MONEY, lambda r: r.book_balance),
            Col(_("Status"), Kind.TEXT, self._status_text),
            Col(_("Done by"), Kind.TEXT, lambda r: r.done_by),
            Col(_("Done on"), Kind.TEXT, lambda r: self.fmt.datetime(r.done_at))],
            self.currency)
        self.history.muted = lambda r: r.status == reconcile.REOPENED
        self._build()
        self.set_account(None)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.date = date_edit(previous_month_end(self.today))
        self.date.setObjectName("statementDate")
        self.date.setMinimumDate(QDate(1990, 1, 1))
        self.date.dateChanged.connect(lambda _d: self._changed())
        self.balance = QLineEdit()
        self.balance.setObjectName("statementBalance")
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.balance.setPlaceholderText(_("as printed on the statement"))
        self.balance.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.balance.textEdited.connect(self._balance_edited)
        self.balance_error = error_label()
        self.balance_error.setObjectName("balanceError")
        inputs = QHBoxLayout()
        inputs.addWidget(QLabel(_("Statement date")))
        inputs.addWidget(self.date)
        inputs.addSpacing(16)
        inputs.addWidget(QLabel(_("Closing balance per statement")))
        inputs.addWidget(self.balance)
        inputs.addWidget(QLabel(self.currency))
        inputs.addStretch(1)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.back_button = QPushButton(_("Back to the current reconciliation"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.show_live)
        self.banner_row = QWidget()
        banner = QHBoxLayout(self.banner_row)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.banner, 1)
        banner.addWidget(self.back_button)
        self.banner_row.setVisible(False)

        # the summary: from the books to the bank, amounts right-aligned in one column
        self.amounts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        rows = [("book", _("Balance in the books")),
                ("deposits", _("Outstanding deposits (+)")),
                ("payments", _("Outstanding payments (−)")),
                ("bank", _("Bank balance per statement")),
                ("unbooked", _("Statement lines not in the books"))]
        for r, (key, title) in enumerate(rows):
            label = QLabel(title)
            value = QLabel()
            value.setObjectName(f"amount_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.amounts[key] = value
            grid.addWidget(label, r, 0)
            grid.addWidget(value, r, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(rule, len(rows), 0, 1, 2)
        diff_title = QLabel(_("Difference"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        diff_title.setFont(big)
        self.difference = QLabel()
        self.difference.setObjectName("difference")
        self.difference.setFont(big)
        self.difference.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(diff_title, len(rows) + 1, 0)
        grid.addWidget(self.difference, len(rows) + 1, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet(f"color: {BAD_COLOUR};")
        self.blockers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.finish_button = QPushButton(_("Finish reconciliation"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.clicked.connect(self.finish)
        self.pdf_button = QPushButton(_("Export PDF…"))
        self.pdf_button.setObjectName("pdfButton")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(_("Export Excel…"))
        self.xlsx_button.setObjectName("xlsxButton")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)

        summary = QWidget()
        side = QVBoxLayout(summary)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(grid)
        side.addWidget(self.verdict)
        side.addWidget(self.counts)
        side.addWidget(self.blockers)
        side.addStretch(1)
        summary.setMinimumWidth(self.fontMetrics().averageCharWidth() * 58)
        summary.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)

        self.items_view = list_view("reconItems", self.items, self, tab_keys=False, sorting=True)
        self.items_view.setSortingEnabled(False)  # as the service orders them: by kind, date
        set_widths(self.items_view, (36, 13, 17, 30, 16), 3)
        self.items_title = QLabel()
        self.items_title.setObjectName("itemsTitle")
        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items_title)
        items_layout.addWidget(self.items_view, 1)
        middle = QHBoxLayout()
        middle.addWidget(summary)
        middle.addWidget(items_box, 1)

        current = QWidget()
        top = QVBoxLayout(current)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.banner_row)
        top.addLayout(inputs)
        top.addWidget(self.balance_error)
        top.addLayout(middle, 1)
        top.addLayout(buttons)
        top.addWidget(self.message)

        self.history_box = QGroupBox(_("History"))
        self.history_box.setObjectName("historyBox")
        self.history_view = list_view("reconHistory", self.history, self, tab_keys=False,
                                      sorting=True)
        self.history_view.setSortingEnabled(False)
        set_widths(self.history_view, (14, 16, 16, 40, 12, 24), 3)
        self.history_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.history_view.doubleClicked.connect(lambda _i: self.view_selected())
        self.view_button = QPushButton(_("View"))
        self.view_button.setObjectName("viewButton")
        self.view_button.clicked.connect(self.view_selected)
        self.reopen_button = QPushButton(_("Reopen…"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen_selected)
        hb = QVBoxLayout()
        hb.addWidget(self.view_button)
        hb.addWidget(self.reopen_button)
        hb.addStretch(1)
        hist = QHBoxLayout(self.history_box)
        hist.addWidget(self.history_view, 1)
        hist.addLayout(hb)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(current)
        split.addWidget(self.history_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # -- the contract with the page ------------------------------------------------------------

    def uow(self) -> UnitOfWork:
        return self.ctx.uow

    def can_write(self) -> bool:
        return self.uow().actor.can(Permission.BANK)

    def set_account(self, code: str | None) -> None:
        """Show ``code``'s reconciliation (None: no account chosen), starting at its default
        statement date with the balance its imported lines give."""
        self.timer.stop()
        self.code = code
        self.viewing = None
        self._live_inputs = None
        self.state = None
        self.balance_touched = False
        self.last_export = None
        self.message.clear()
        self.balance.blockSignals(True)
        self.balance.clear()
        self.balance.blockSignals(False)
        if code is not None:
            try:
                info = services.account(self.uow(), code)
            except CoopdeskError as exc:
                self.code = None
                self.message.setText(exc.message)
            else:
                self.date.blockSignals(True)
                set_date(self.date, default_date(info, self.today))
                self.date.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read again (the page calls this when the bank or the books changed)."""
        self.timer.stop()
        if self.code is None:
            self.history_rows = []
            self.history.set_rows([])
            self._show(None)
            return
        try:
            self.history_rows = reconcile.history(self.uow(), self.code)
        except CoopdeskError as exc:
            self.history_rows = []
            self.message.setText(exc.message)
        self.history.set_rows(list(self.history_rows))
        if self.viewing is not None:
            record = self.viewing.record
            if record is not None and any(h.id == record for h in self.history_rows):
                self.viewing = reconcile.saved(self.uow(), record)  # reopened since, perhaps
            else:
                self.viewing = None
                self._restore_live_inputs()
        self.recompute()

    # -- the live reconciliation ---------------------------------------------------------------

    def _changed(self) -> None:
        if self.viewing is None:
            self.timer.start()

    def _balance_edited(self, _text: str) -> None:
        self.balance_touched = True
        self._changed()

    def statement_date(self) -> dt.date:
        day = date_of(self.date)
        assert day is not None
        return day

    def recompute(self) -> None:
        """Compute the live state now (what the debounce timer runs)."""
        self.timer.stop()
        if self.viewing is not None:
            self._show(self.viewing)
            return
        if self.code is None:
            self._show(None)
            return
        show_problem(self.balance_error, "")
        day = self.statement_date()
        given: Decimal | None = None
        try:
            if not self.balance_touched:
                # the imported lines know the bank's balance: offer it, the user may change it
                st = reconcile.state(self.uow(), self.code, day, Decimal(0))
                given = st.statement_balance
                self._set_balance_text("" if given is None else self._money(given))
                if given is not None:
                    st = reconcile.state(self.uow(), self.code, day, given)
            else:
                text = self.balance.text().strip()
                if text:
                    try:
                        given = parse_amount(text, self.currency)
                    except CoopdeskError as exc:
                        show_problem(self.balance_error, exc.message)
                st = reconcile.state(self.uow(), self.code, day,
                                     given if given is not None else Decimal(0))
        except CoopdeskError as exc:
            self.state = None
            show_problem(self.balance_error, exc.message)
            self._show(None)
            return
        self.state = st if given is not None else None
        self._show(st, given is None)

    def _set_balance_text(self, text: str) -> None:
        if self.balance.text() != text:
            self.balance.blockSignals(True)
            self.balance.setText(text)
            self.balance.blockSignals(False)

    # -- showing a state -----------------------------------------------------------------------

    def _money(self, amount: Decimal) -> str:
        return self.fmt.text(Kind.MONEY, amount)

    def _show(self, st: ReconState | None, no_balance: bool = False) -> None:
        saved = st is not None and st.status is not None
        self.banner_row.setVisible(saved)
        self.date.setEnabled(not saved and self.code is not None)
        self.balance.setReadOnly(saved or self.code is None)
        if st is None:
            for label in self.amounts.values():
                label.clear()
            self.difference.clear()
            self.verdict.setText(_("Choose a bank account.") if self.code is None else "")
            self.verdict.setStyleSheet("")
            self.counts.clear()
            self.blockers.clear()
            self.items.set_rows([])
            self.items_title.clear()
            self._update_buttons()
            return
        if saved:
            self.banner.setText(self._banner_text(st))
            self.date.blockSignals(True)
            set_date(self.date, st.statement_date)
            self.date.blockSignals(False)
            self._set_balance_text(self._money(st.bank_balance))
        self.amounts["book"].setText(self._money(st.book_balance))
        self.amounts["deposits"].setText(self._money(st.outstanding_deposits))
        self.amounts["payments"].setText(self._money(st.outstanding_payments))
        self.amounts["bank"].setText("" if no_balance else self._money(st.bank_balance))
        self.amounts["unbooked"].setText(self._money(st.unbooked))
        if no_balance:
            self.difference.setText("—")
            self.difference.setStyleSheet("")
            self.verdict.setText(_("Type the closing balance printed on the bank's statement."))
            self.verdict.setStyleSheet("")
        else:
            agree = agrees(st)
            colour = OK_COLOUR if agree else BAD_COLOUR
            self.difference.setText(self._money(st.difference))
            self.difference.setStyleSheet(f"color: {colour};")
            self.verdict.setText(_("The books and the bank agree") if agree else
                                 _("The books and the bank do not agree yet"))
            self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.counts.setText(_("Matched up to {date}: {bank} statement line(s) and {book} book "
                              "line(s).", date=self.fmt.date(st.statement_date),
                              bank=st.cleared_bank, book=st.cleared_book))
        blockers = [] if (saved or no_balance) else st.blockers
        self.blockers.setText("\n".join(f"• {b}" for b in blockers))
        self.items.set_rows(list(st.items))
        self.items_title.setText(_("{count} item(s) explain the difference between the books "
                                   "and the bank", count=len(st.items)) if st.items else
                                 _("Nothing outstanding: every line is matched."))
        self._update_buttons()

    def _banner_text(self, st: ReconState) -> str:
        text = _("Reconciliation of {date}, finished by {user} on {when}",
                 date=self.fmt.date(st.statement_date), user=st.done_by or "",
                 when=self.fmt.datetime(st.done_at) if st.done_at else "")
        if st.status == reconcile.REOPENED:
            text += " — " + _("reopened by {user}: {reason}", user=st.reopened_by or "",
                              reason=st.reopen_reason or "")
        return text

    def _status_text(self, r: ReconSummary) -> str:
        if r.status == reconcile.REOPENED:
            return _("Reopened by {user}: {reason}", user=r.reopened_by or "",
                     reason=r.reopen_reason or "")
        return _("Done")

    def shown(self) -> ReconState | None:
        """What the panel shows: the saved reconciliation viewed, else the live one."""
        return self.viewing if self.viewing is not None else self.state

    def _update_buttons(self) -> None:
        write = self.can_write() and not self.busy
        live = self.viewing is None
        st = self.state
        self.finish_button.setEnabled(write and live and st is not None and st.can_finish
                                      and st.difference == 0)
        self.finish_button.setVisible(live)
        has = self.shown() is not None and not self.busy
        self.pdf_button.setEnabled(has)
        self.xlsx_button.setEnabled(has)
        row = self.selected_history()
        self.view_button.setEnabled(row is not None)
        self.reopen_button.setEnabled(write and row is not None and row is self.latest_done())
        tip = "" if self.can_write() else _("Your role may read the bank but not change it.")
        for b in (self.finish_button, self.reopen_button):
            b.setToolTip(tip)

    # -- finishing -----------------------------------------------------------------------------

    def finish(self) -> None:
        self.recompute()
        st, code = self.state, self.code
        if st is None or code is None or not st.can_finish or not self.can_write():
            return
        answer = message(self, Icon.Question, _("Finish the reconciliation?"),
                         _("The reconciliation of {account} at {date} will be saved, and the "
                           "matches it proves locked (a reopening is recorded in the audit "
                           "trail).", account=code, date=self.fmt.date(st.statement_date)),
                         buttons=Button.Yes | Button.Cancel, default=Button.Yes)
        if answer != Button.Yes:
            return
        try:
            record = reconcile.finish(self.uow(), code, st.statement_date, st.bank_balance)
        except CoopdeskError as exc:
            show_error(self, exc)
            self.recompute()
            return
        self._live_inputs = (st.statement_date, self.balance.text())
        self.viewing = reconcile.saved(self.uow(), record)
        self.refresh()
        self.message.setText(_("The reconciliation of {date} is finished and saved.",
                               date=self.fmt.date(st.statement_date)))

    # -- history -------------------------------------------------------------------------------

    def selected_history(self) -> ReconSummary | None:
        sm = self.history_view.selectionModel()
        rows = sm.selectedRows() if sm is not None else []
        return self.history.row_at(rows[0].row()) if rows else None

    def latest_done(self) -> ReconSummary | None:
        return next((h for h in self.history_rows if h.status == reconcile.DONE), None)

    def select_history(self, record: int) -> None:
        for r, h in enumerate(self.history.rows):
            if h.id == record:
                self.history_view.selectRow(r)
                return

    def view_selected(self) -> None:
        row = self.selected_history()
        if row is not None:
            self.view(row.id)

    def view(self, record: int) -> None:
        """Show a saved reconciliation, read-only, as it was finished."""
        try:
            saved = reconcile.saved(self.uow(), record)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        if self.viewing is None:
            self._live_inputs = (self.statement_date(), self.balance.text())
        self.viewing = saved
        self.message.clear()
        self.recompute()

    def show_live(self) -> None:
        """Back from a saved reconciliation to the one in progress."""
        self.viewing = None
        self.message.clear()
        self._restore_live_inputs()
        self.recompute()

    def _restore_live_inputs(self) -> None:
        if self._live_inputs is None:
            return
        day, text = self._live_inputs
        self._live_inputs = None
        self.date.blockSignals(True)
        set_date(self.date, day)
        self.date.blockSignals(False)
        self._set_balance_text(text)

    def reopen_selected(self) -> None:
        row = self.selected_history()
        if row is None or row is not self.latest_done() or not self.can_write():
            return
        dialog = ReopenDialog(self.uow(), row, self)
        if dialog.exec() != ReopenDialog.DialogCode.Accepted:
            return
        self.refresh()
        self.message.setText(_("The reconciliation of {date} is reopened.",
                               date=self.fmt.date(row.statement_date)))

    # -- the report ----------------------------------------------------------------------------

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Write the reconciliation shown as PDF or Excel (in a worker); asks where unless
        ``path`` is given."""
        if self.timer.isActive():
            self.recompute()
        st = self.shown()
        if st is None or self.busy:
            return
        if path is None:
            name = _("reconciliation-{account}-{date}", account=st.account,
                     date=st.statement_date.isoformat())
            path = ask_save_path(self, self.ctx.settings, _("Export"), f"{name}.{fmt}", fmt)
            if path is None:
                return
        uow = self.uow()

        def build() -> Document:
            from coopdesk.bank import reports

            return reports.reconciliation_document(uow, st)

        self.write_in_worker(uow, build, path, fmt)

    def _export_said(self, text: str) -> None:
        self.message.setText(text)


__all__ = ["ReconcilePanel", "ReopenDialog", "kind_label"]
