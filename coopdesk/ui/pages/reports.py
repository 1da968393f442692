"""The Reports page: choose a report of the books or of production, its period (with quick
choices), the account or member it is about, whether to compare with the previous period; see
it on screen, then write it as PDF or Excel.

Building a report reads the books (a general ledger streams every posting of a year), so the
preview and the exports run off the GUI thread through :func:`~coopdesk.ui.ops.run_op`, with
progress and Cancel. The preview shows the first rows of each table, formatted as the PDF
formats them (:mod:`coopdesk.reports.html`); the exports hold every row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.ledger import queries as ledger
from coopdesk.ledger.reports import REPORTS, ReportSpec, build
from coopdesk.reports import output
from coopdesk.reports.document import Document
from coopdesk.reports.html import render_html
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.production_forms import member_name
from coopdesk.ui.errors import show_error
from coopdesk.ui.ops import Progress, run_op
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.period import PeriodBar

PREVIEW_ROWS = 400
MAX_NUMBER = 999_999_999


class Cancelled(Exception):
    """The user pressed Cancel while a report was being built."""


class ReportsPage(QWidget):
    """Every report of the cooperative's books and production, previewed and exported."""

    status_message = Signal(str)
    icon_name = "reports"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReportsPage", "Reports")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.busy = False
        self.stale = False
        self.preview_html: str | None = None
        self.last_export: Path | None = None
        self._build()
        self._retranslate()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def uow(self) -> UnitOfWork:
        return self.ctx.uow

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.report = QComboBox()
        self.report.setObjectName("report")
        for name in REPORTS:
            self.report.addItem("", name)
        self.report.setMinimumContentsLength(22)
        self.report.currentIndexChanged.connect(lambda _i: self._report_changed())
        self.period = PeriodBar(self.uow, self, self.today, choice="year")
        self.period.changed.connect(self._options_changed)
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.account.setEditable(True)
        self.account.setMinimumContentsLength(32)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.currentTextChanged.connect(lambda _t: self._options_changed())
        self.member = QSpinBox()
        self.member.setObjectName("member")
        self.member.setRange(1, MAX_NUMBER)
        self.member.setGroupSeparatorShown(False)
        self.member.valueChanged.connect(lambda _v: self._member_changed())
        self.member_name = QLabel()
        self.member_name.setObjectName("memberName")
        self.compare = QCheckBox()
        self.compare.setObjectName("compare")
        self.compare.setChecked(True)
        self.compare.toggled.connect(lambda _on: self._options_changed())

        self.report_label, self.period_label = QLabel(), QLabel()
        self.account_label, self.member_label = QLabel(), QLabel()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.addWidget(self.report_label, 0, 0)
        grid.addWidget(self.report, 0, 1)
        grid.addWidget(self.period_label, 0, 2)
        grid.addWidget(self.period, 0, 3)
        grid.addWidget(self.account_label, 1, 0)
        grid.addWidget(self.account, 1, 1)
        grid.addWidget(self.member_label, 1, 0)  # in the account's place: never both
        member_box = QWidget()
        row = QHBoxLayout(member_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.member)
        row.addWidget(self.member_name, 1)
        self.member_box = member_box
        grid.addWidget(member_box, 1, 1)
        grid.addWidget(self.compare, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        self.grid = grid

        style = self.style()
        self.preview_button = self._button(
            "preview", style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            self.preview)
        save = style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        self.pdf_button = self._button("exportPdf", save, lambda: self.export_as("pdf"))
        self.xlsx_button = self._button("exportXlsx", save, lambda: self.export_as("xlsx"))
        self.csv_button = self._button("exportCsv", save, lambda: self.export_as("csv"))
        # Shown once the renderers can write CSV (coopdesk.reports.output.FORMATS).
        self.csv_button.setVisible("csv" in output.FORMATS)
        actions = QHBoxLayout()
        for b in (self.preview_button, self.pdf_button, self.xlsx_button, self.csv_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.view = QTextBrowser()
        self.view.setObjectName("preview")
        self.view.setOpenLinks(False)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)
        self.view.setStyleSheet("QTextBrowser { background: white; }")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def _button(self, name: str, icon: Any, slot: Callable[[], None]) -> QPushButton:
        return action_button(name, icon, slot, 24)

    def _retranslate(self) -> None:
        for i, spec in enumerate(REPORTS.values()):
            self.report.setItemText(i, _(spec.title))
        self.report_label.setText(self.tr("Report"))
        self.period_label.setText(self.tr("Period"))
        self.account_label.setText(self.tr("Account"))
        self.member_label.setText(self.tr("Member no."))
        edit = self.account.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type a code or choose"))
        self.compare.setText(self.tr("Compare with the previous period"))
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Show the report here (the first {rows} rows "
                                               "of each table)").format(rows=PREVIEW_ROWS))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.period.retranslate()
        self._member_changed()
        if self.preview_html is None:
            self.view.setHtml(self._hint())

    def _hint(self) -> str:
        return "<p style='color: #616e7c;'>{}</p>".format(self.tr(
            "Choose a report and its period, then press Preview to see it here, or export it "
            "as PDF, Excel or CSV."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the chart's accounts again (a new account, a user switch)."""
        self.stale = False
        current = self.account_code()
        self.account.blockSignals(True)
        self.account.clear()
        for acc in ledger.chart(self.uow()):
            if acc.postable and acc.active:
                self.account.addItem(f"{acc.code} {acc.name}", acc.code)
        if current:
            i = self.account.findData(current)
            if i >= 0:
                self.account.setCurrentIndex(i)
            else:
                self.account.setEditText(current)
        self.account.blockSignals(False)
        self._member_changed()
        self._report_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches("ledger", "members"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def spec(self) -> ReportSpec:
        return REPORTS[str(self.report.currentData())]

    def set_report(self, name: str) -> None:
        self.report.setCurrentIndex(self.report.findData(name))

    def account_code(self) -> str | None:
        """The chosen account's code: from the list, or the first word typed."""
        text = self.account.currentText().strip()
        i = self.account.findText(text)
        if i >= 0:
            return str(self.account.itemData(i))
        return text.split()[0] if text else None

    def _report_changed(self) -> None:
        spec = self.spec()
        widgets: tuple[tuple[QWidget, bool], ...] = (
            (self.account_label, spec.needs_account), (self.account, spec.needs_account),
            (self.member_label, spec.needs_member), (self.member_box, spec.needs_member))
        for widget, shown in widgets:
            widget.setVisible(shown)
        # A balance sheet is at a date: only the end of the period counts.
        point = spec.name == "balance-sheet"
        self.period.start_edit.setEnabled(not point)
        self.period.to_label.setText(self.tr("at") if point else self.tr("to"))
        self._options_changed()

    def _member_changed(self) -> None:
        self.member_name.setText(member_name(self.uow(), self.member.value())
                                 or self.tr("(no such member)"))
        self._options_changed()

    def _options_changed(self) -> None:
        """A preview of other options or older books is out of date: say so."""
        if self.preview_html is not None:
            self.message.setText(self.tr("The preview may be out of date: press Preview to "
                                         "see the report again."))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for b in (self.preview_button, self.pdf_button, self.xlsx_button, self.csv_button):
            b.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    # -- building in the background ------------------------------------------------------------

    def _builder(self) -> Callable[[Progress], Document]:
        """Build the chosen report in a worker: everything is read from the widgets now."""
        uow, name = self.uow(), self.spec().name
        start, end = self.period.period()
        spec = self.spec()
        account = self.account_code() if spec.needs_account else None
        member = self.member.value() if spec.needs_member else None
        compare = self.compare.isChecked()

        def work(progress: Progress) -> Document:
            def report(done: int, total: int) -> None:
                if progress.cancelled():
                    raise Cancelled
                progress.report(done, total)

            return build(uow, name, start, end, account=account, member=member,
                         compare=compare, progress=report)

        return work

    def preview(self) -> None:
        if self.busy:
            return
        make = self._builder()
        title = self.report.currentText()

        def work(progress: Progress) -> str:
            doc = make(progress)
            if progress.cancelled():
                raise Cancelled
            return render_html(doc, PREVIEW_ROWS)

        self._set_busy(True)
        run_op(self, self.tr("Building the {report}…").format(report=title), work,
               self._previewed, self._failed)

    def _previewed(self, html: str) -> None:
        self._set_busy(False)
        self.preview_html = html
        self.view.setHtml(html)
        self.say(self.tr("{report}: preview ready.").format(report=self.report.currentText()))

    def _ask_path(self, fmt: str) -> Path | None:
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        start, end = self.period.period()
        name = f"{self.spec().name}-{start:%Y-%m-%d}-{end:%Y-%m-%d}.{fmt}"
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel (*.xlsx)"),
                   "csv": self.tr("CSV (*.csv)")}
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the {report}").format(report=self.report.currentText()),
            str(Path(folder) / name), filters[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        return path

    def export_as(self, fmt: str) -> None:
        if self.busy:
            return
        path = self._ask_path(fmt)
        if path is None:
            return
        uow, make = self.uow(), self._builder()

        def work(progress: Progress) -> Path:
            return output.export(uow, make(progress), path, fmt)

        self._set_busy(True)
        self.last_export = None
        run_op(self, self.tr("Writing {path}…").format(path=path.name), work,
               self._exported, self._failed)

    def _exported(self, path: Path) -> None:
        self._set_busy(False)
        self.last_export = path
        self.say(self.tr("Saved {path}").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self.say(self.tr("Cancelled; nothing was written."))
            return
        if isinstance(exc, CoopdeskError):
            self.message.setText(exc.message)
        show_error(self, exc)
