"""Benefit sharing forms for one run: approving, posting, paying out and reversing a
distribution, the payout sheet's options, the unclaimed payouts, and "why this amount" for one
member.

Each form puts a service's refusal under the field it names; the rules themselves live in
:mod:`coopdesk.sharing.services` and :mod:`coopdesk.sharing.presenter`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.services import EntryRef
from coopdesk.reports import output
from coopdesk.reports.document import Kind
from coopdesk.sharing import explain as explaining
from coopdesk.sharing import queries
from coopdesk.sharing import services as sharing
from coopdesk.sharing.presenter import (
    unpaid_by_via,
)
from coopdesk.sharing.services import VIA, PayoutRef
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.distribution_lines import (
    LinesModel,
    fit_columns,
    formatter,
    lines_view,
    money,
    via_label,
)
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.widgets.form import FormDialog, close_buttons


def date_field(name: str, value: dt.date | None) -> Any:
    edit = date_edit(value)
    edit.setObjectName(name)
    edit.setMinimumWidth(150)
    edit.setMaximumWidth(200)
    return edit


def row_of(*widgets: QWidget) -> QWidget:
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
        self.date = date_field("approvedOn", self.today)
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
        self.date = date_field("reverseDate", self.today)
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
        self.date = date_field("postOn", max(self.today, d.approved_on or self.today))
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
        self.date = date_field("payOn", self.today)
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
