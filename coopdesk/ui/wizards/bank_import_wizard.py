"""Importing a bank statement into one account: the file (and, for CSV or Excel, how its columns
are read), a preview of every line with what is new, and the import.

Nothing is written before Finish: the preview only reads (:func:`services.preview_import`), and
a broken file stops there with the one message naming its line and field. The preview and the
import run in a worker (:func:`run_op`); the import is all or nothing and never twice, so the
same file again adds 0 lines. A mapping defined here is saved under its name once the import
succeeded.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.bank import services
from coopdesk.bank.formats import Mapping, detect_format
from coopdesk.bank.formats import table as tablefmt
from coopdesk.bank.services import ImportPreview, ImportResult
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Kind
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import ERROR_STYLE, error_label, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.distribution_lines import formatter
from coopdesk.ui.ops import Progress, run_op

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = 0, 1, 2
TABLE_FORMATS = ("csv", "xlsx")
SHOWN_LINES = 2000  # lines listed in the preview; the counts cover all of them
MAX_BYTES = 50 * 1024 * 1024
AUTO, SAVED, DEFINE = "auto:", "saved:", "define:"  # the choices' data (SAVED + the name)
FORMAT_LABELS = {"ofx": "OFX", "camt053": "CAMT.053", "mt940": "MT940", "csv": "CSV",
                 "xlsx": "Excel"}
AMOUNT_MODE_LABELS = {"signed": N_("One amount column, signed (− for money out)"),
                      "debit_credit": N_("Two columns: debit and credit"),
                      "indicator": N_("An amount and a debit/credit indicator column")}
COLUMN_FIELDS = (("date", N_("Date")), ("description", N_("Description")),
                 ("amount", N_("Amount")), ("debit", N_("Debit (money out)")),
                 ("credit", N_("Credit (money in)")), ("indicator", N_("Debit/credit indicator")),
                 ("reference", N_("Reference")), ("balance", N_("Balance")),
                 ("counterparty", N_("Counterparty")))
NEW_COLOUR, KNOWN_COLOUR = QColor("#2e7d32"), QColor("#8a949e")


file_headers = tablefmt.header_of
guessed_columns = tablefmt.recognised_columns
human_date_format = tablefmt.human_date_format


def _say(label: QLabel, text: str) -> None:
    """A label of the preview shows only when it has something to say."""
    label.setText(text)
    label.setVisible(bool(text))


class BankImportWizard(QWizard):
    """Import a statement into account ``code``. ``result_value`` holds what was imported
    once Finish succeeded (the wizard is then accepted)."""

    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankImportWizard")
        self.ctx, self.code = ctx, code
        self.uow: UnitOfWork = ctx.uow
        self.currency = ctx.uow.coop().currency
        self.info = services.account(self.uow, code)
        self.setWindowTitle(_("Import a statement into {code} — {name}", code=code,
                              name=self.info.name))
        self.data: bytes | None = None
        self.filename = ""
        self.kind: str | None = None
        self.preview_value: ImportPreview | None = None
        self.result_value: ImportResult | None = None
        self.outcome_text = ""
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        for button, text in ((QWizard.WizardButton.NextButton, _("Next >")),
                             (QWizard.WizardButton.BackButton, _("< Back")),
                             (QWizard.WizardButton.CancelButton, _("Cancel")),
                             (QWizard.WizardButton.FinishButton, _("Import"))):
            self.setButtonText(button, text)
        self.resize(960, 660)

    def is_table(self) -> bool:
        return self.kind in TABLE_FORMATS

    def chosen_mapping(self) -> str | Mapping | None:
        """What the preview and the import read the file with: a saved mapping's name, one
        defined here, or an empty mapping (everything recognised from the file)."""
        if not self.is_table():
            return None
        how, name = self.file_page.choice()
        if how == SAVED:
            return name
        if how == DEFINE:
            return self.mapping_page.mapping()
        return Mapping()


class FilePage(QWizardPage):
    """Step 1: the statement file (dropped, browsed or typed) and, for CSV or Excel, how its
    columns are read."""

    def __init__(self, owner: BankImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(_("Choose the statement file"))
        self.setSubTitle(_("OFX, CAMT.053, MT940, CSV or Excel (.xlsx), as the bank or the "
                           "mobile-money operator exports it. You may also drop the file here."))
        self.setAcceptDrops(True)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(_("the file's path"))
        self.path.textChanged.connect(lambda _t: self.load())
        browse = QPushButton(_("Browse…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        self.format_label = QLabel()
        self.format_label.setObjectName("format")
        self.error = error_label()
        self.error.setObjectName("fileError")
        self.mapping_combo = QComboBox()
        self.mapping_combo.setObjectName("mapping")
        self.mapping_combo.addItem(_("Recognise the columns automatically"), AUTO)
        try:
            saved = sorted(services.mappings(owner.uow))
        except CoopdeskError:
            saved = []
        for name in saved:
            self.mapping_combo.addItem(_("Saved mapping: {name}", name=name), SAVED + name)
        self.mapping_combo.addItem(_("Define the columns…"), DEFINE)
        if owner.info.mapping:
            self.set_choice(SAVED, owner.info.mapping)
        self.mapping_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.mapping_label = QLabel(_("Read the columns"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(_("File"), row)
        form.addRow("", self.format_label)
        form.addRow("", self.error)
        form.addRow(self.mapping_label, self.mapping_combo)
        drop = QLabel(_("Drop a statement file here"))
        drop.setObjectName("dropZone")
        drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop.setMinimumHeight(90)
        drop.setStyleSheet("border: 2px dashed #b0bec5; border-radius: 6px; color: #607d8b;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addWidget(drop)
        layout.addStretch(1)
        self._show_mapping_row()

    def choice(self) -> tuple[str, str | None]:
        """How the columns are read: AUTO, DEFINE, or SAVED and the mapping's name."""
        data = str(self.mapping_combo.currentData() or AUTO)
        if data.startswith(SAVED):
            return SAVED, data[len(SAVED):]
        return data, None

    def set_choice(self, how: str, name: str | None = None) -> None:
        i = self.mapping_combo.findData(how + (name or "") if how == SAVED else how)
        if i >= 0:
            self.mapping_combo.setCurrentIndex(i)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the statement file"), str(Path.home()),
            _("Statements (*.ofx *.qfx *.xml *.sta *.mt940 *.940 *.txt *.csv *.xlsx);;"
              "All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.path.setText(urls[0].toLocalFile())
            event.acceptProposedAction()

    def load(self) -> None:
        """Read the file named and recognise its format (the errors shown here)."""
        owner = self.owner
        owner.data, owner.kind, owner.preview_value = None, None, None
        owner.filename = ""
        show_problem(self.error, "")
        self.format_label.clear()
        text = self.path.text().strip()
        if text:
            path = Path(text).expanduser()
            try:
                if not path.is_file():
                    raise OSError(_("There is no file {path}.", path=path))
                if path.stat().st_size > MAX_BYTES:
                    raise OSError(_("{name} is larger than 50 MB: is it really a statement?",
                                    name=path.name))
                data = path.read_bytes()
                kind = detect_format(data, path.name)
            except CoopdeskError as exc:
                show_problem(self.error, exc.message)
            except OSError as exc:
                show_problem(self.error, str(exc.args[0]) if exc.args else str(exc))
            else:
                owner.data, owner.kind, owner.filename = data, kind, path.name
                self.format_label.setText(_("{format} file, {size} bytes",
                                            format=FORMAT_LABELS.get(kind, kind),
                                            size=f"{len(data):,}"))
                owner.mapping_page.file_changed()
        self._show_mapping_row()
        self.completeChanged.emit()

    def _choice_changed(self) -> None:
        self._show_mapping_row()
        self.completeChanged.emit()

    def _show_mapping_row(self) -> None:
        table = self.owner.is_table()
        self.mapping_label.setVisible(table)
        self.mapping_combo.setVisible(table)
        how, _name = self.choice()
        if not table:
            self.hint.setText("" if self.owner.kind is None else
                              _("This format says itself which column is what."))
        elif how == DEFINE:
            self.hint.setText(_("Next, say which column of the file is the date, the amount and "
                                "the rest; the mapping can be saved for this bank's next files."))
        elif how == SAVED:
            self.hint.setText(_("The file is read as the saved mapping says."))
        else:
            self.hint.setText(_("coopdesk finds the header line and recognises the columns by "
                                "their names (date, description, amount or debit and credit, "
                                "balance…). If it cannot, define the columns."))

    def isComplete(self) -> bool:
        return self.owner.data is not None

    def nextId(self) -> int:
        return MAPPING_PAGE if self.owner.is_table() and self.choice()[0] == DEFINE \
            else PREVIEW_PAGE


class MappingPage(QWizardPage):
    """Step 1b: which column of a CSV/Excel file is what, how its dates and amounts are
    written, and a name to keep it under."""

    def __init__(self, owner: BankImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(_("Which column holds what"))
        self.setSubTitle(_("The column names are those of the file's header line. Leave a "
                           "setting on “recognise” to let coopdesk work it out."))
        self.headers: list[str] = []
        self._loading = False
        self.header_row = QSpinBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(0, 500)
        self.header_row.setSpecialValueText(_("find it"))
        self.header_row.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.header_row.valueChanged.connect(lambda _v: self.reload_headers())
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("delimiter")
        for text, value in ((_("recognise"), None), (_("semicolon ;"), ";"),
                            (_("comma ,"), ","), (_("tab"), "\t"), (_("bar |"), "|")):
            self.delimiter.addItem(text, value)
        self.delimiter.currentIndexChanged.connect(lambda _i: self.reload_headers())
        self.date_format = QComboBox()
        self.date_format.setObjectName("dateFormat")
        self.date_format.addItem(_("recognise"), None)
        for fmt in tablefmt.DATE_FORMATS:
            self.date_format.addItem(human_date_format(fmt), fmt)
        self.decimal = QComboBox()
        self.decimal.setObjectName("decimal")
        for text, value in ((_("recognise"), None), (_("comma: 1.234,50"), ","),
                            (_("point: 1,234.50"), ".")):
            self.decimal.addItem(text, value)
        self.thousands = QComboBox()
        self.thousands.setObjectName("thousands")
        for text, value in ((_("the other one"), None), (_("none"), ""), (_("point ."), "."),
                            (_("comma ,"), ","), (_("space"), " "), (_("apostrophe '"), "'")):
            self.thousands.addItem(text, value)
        self.amount_mode = QComboBox()
        self.amount_mode.setObjectName("amountMode")
        for mode in tablefmt.AMOUNT_MODES:
            self.amount_mode.addItem(_(AMOUNT_MODE_LABELS[mode]), mode)
        self.amount_mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.columns: dict[str, QComboBox] = {}
        self.column_labels: dict[str, QLabel] = {}
        for field, _label in COLUMN_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column_{field}")
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.columns[field] = combo
        self.save_as = QLineEdit()
        self.save_as.setObjectName("saveAs")
        self.save_as.setPlaceholderText(_("e.g. the bank's name; leave empty not to save it"))
        self.found = QLabel()
        self.found.setObjectName("found")
        self.found.setWordWrap(True)
        self.error = error_label()
        self.error.setObjectName("mappingError")

        reading = QFormLayout()
        reading.addRow(_("Header line"), self.header_row)
        self.delimiter_label = QLabel(_("Separator"))
        reading.addRow(self.delimiter_label, self.delimiter)
        reading.addRow(_("Dates written as"), self.date_format)
        reading.addRow(_("Decimal separator"), self.decimal)
        reading.addRow(_("Thousands separator"), self.thousands)
        reading.addRow(_("Amounts"), self.amount_mode)
        cols = QGridLayout()
        for r, (field, label) in enumerate(COLUMN_FIELDS):
            title = QLabel(_(label))
            self.column_labels[field] = title
            cols.addWidget(title, r, 0)
            cols.addWidget(self.columns[field], r, 1)
        cols.setColumnStretch(1, 1)
        top = QHBoxLayout()
        top.addLayout(reading, 1)
        top.addSpacing(24)
        top.addLayout(cols, 1)
        save = QFormLayout()
        save.addRow(_("Save this mapping as"), self.save_as)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.found)
        layout.addWidget(self.error)
        layout.addLayout(save)
        layout.addStretch(1)

    def file_changed(self) -> None:
        self.delimiter.setVisible(self.owner.kind == "csv")
        self.delimiter_label.setVisible(self.owner.kind == "csv")
        self.reload_headers(guess=True)

    def initializePage(self) -> None:
        if not self.headers:
            self.reload_headers(guess=True)

    def reload_headers(self, guess: bool = False) -> None:
        """Read the header line with the current settings and offer its names in the combos
        (preselected as the reader would recognise them, when ``guess``)."""
        data, kind = self.owner.data, self.owner.kind
        show_problem(self.error, "")
        names: list[str] = []
        if data is not None and kind in TABLE_FORMATS:
            try:
                number, names = file_headers(data, kind, Mapping(
                    header_row=self.header_row.value() or None,
                    delimiter=self.delimiter.currentData() if kind == "csv" else None))
            except CoopdeskError as exc:
                show_problem(self.error, exc.message)
                self.found.clear()
            else:
                shown = [n for n in names if n]
                self.found.setText(_("Header on line {line}: {names}", line=number,
                                     names=", ".join(shown)))
        previous = {f: c.currentData() for f, c in self.columns.items()}
        guessed = guessed_columns(names) if guess and names else {}
        self.headers = [n for n in names if n]
        self._loading = True
        for field, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_("recognise") if field != "counterparty" else _("none"), None)
            for name in self.headers:
                combo.addItem(name, name)
            want = guessed.get(field) if guess else previous.get(field)
            i = combo.findData(want) if want else 0
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        if guess and names:
            mode = ("indicator" if "amount" in guessed and "indicator" in guessed else
                    "signed" if "amount" in guessed else "debit_credit")
            self.amount_mode.setCurrentIndex(max(self.amount_mode.findData(mode), 0))
        self._loading = False
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = self.amount_mode.currentData()
        visible = {"amount": mode in ("signed", "indicator"),
                   "debit": mode == "debit_credit", "credit": mode == "debit_credit",
                   "indicator": mode == "indicator"}
        for field, show in visible.items():
            self.columns[field].setVisible(show)
            self.column_labels[field].setVisible(show)
        self.completeChanged.emit()

    def column(self, field: str) -> str | None:
        if not self.columns[field].isVisibleTo(self) and field in ("amount", "debit", "credit",
                                                                   "indicator"):
            return None
        value = self.columns[field].currentData()
        return str(value) if value else None

    def mapping(self) -> Mapping:
        fmt = self.date_format.currentData()
        description = self.column("description")
        return Mapping(
            header_row=self.header_row.value() or None,
            delimiter=self.delimiter.currentData() if self.owner.kind == "csv" else None,
            date_formats=(str(fmt),) if fmt else (),
            decimal=self.decimal.currentData(), thousands=self.thousands.currentData(),
            amount_mode=str(self.amount_mode.currentData()),
            date_column=self.column("date"),
            description_columns=(description,) if description else (),
            amount_column=self.column("amount"), debit_column=self.column("debit"),
            credit_column=self.column("credit"), indicator_column=self.column("indicator"),
            reference_column=self.column("reference"), balance_column=self.column("balance"),
            counterparty_column=self.column("counterparty"))

    def save_name(self) -> str:
        return " ".join(self.save_as.text().split())

    def isComplete(self) -> bool:
        return self.owner.data is not None and bool(self.headers)

    def nextId(self) -> int:
        return PREVIEW_PAGE


class PreviewPage(QWizardPage):
    """Step 2: every line of the file as it will be imported, which are new, the statement's
    balances; nothing written yet. Finish imports."""

    def __init__(self, owner: BankImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(_("Check the lines"))
        self.setSubTitle(_("Nothing has been imported yet. Lines imported before are skipped, "
                           "so importing the same file again adds nothing."))
        self.running = False
        self.importing = False
        self.fmt = formatter(owner.currency)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        self.counts.setFont(bold)
        self.period = QLabel()
        self.period.setObjectName("period")
        self.period.setWordWrap(True)
        self.balances = QLabel()
        self.balances.setObjectName("balances")
        self.balances.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("previewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        # a statement whose own balances do not add up: said, and imported only on purpose
        self.mismatch = QLabel()
        self.mismatch.setObjectName("mismatch")
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(ERROR_STYLE)
        self.mismatch.setVisible(False)
        self.anyway = QCheckBox(_("Import it anyway (what does not add up is recorded)"))
        self.anyway.setObjectName("importAnyway")
        self.anyway.setVisible(False)
        self.anyway.toggled.connect(lambda _on: self.completeChanged.emit())
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([_("Date"), _("Description"), _("Reference"),
                                              _("Amount"), _("Balance"), _("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        char = self.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for col, width in enumerate((13, 40, 12, 16, 16, 16)):
            header.resizeSection(col, width * char + 18)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for col in (3, 4):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setTextAlignment(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.period)
        layout.addWidget(self.balances)
        layout.addWidget(self.error)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.anyway)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.owner.preview_value = None

    def start(self) -> None:
        owner = self.owner
        data = owner.data
        if data is None or self.running:
            return
        owner.preview_value = None
        self.table.setRowCount(0)
        for label in (self.period, self.balances, self.outcome):
            _say(label, "")
        self.error.setVisible(False)
        self.counts.setText(_("Reading {name}…", name=owner.filename))
        try:
            mapping = owner.chosen_mapping()
        except CoopdeskError as exc:
            self.failed(exc)
            return
        self.running = True
        self.completeChanged.emit()
        uow, code, name = owner.uow, owner.code, owner.filename

        def work(_progress: Progress) -> ImportPreview:
            return services.preview_import(uow, code, data, name, mapping)

        run_op(owner, _("Reading the statement…"), work, self.show_preview, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.running = False
        self.owner.preview_value = None
        if not isinstance(exc, CoopdeskError):
            show_error(self.owner, exc)
        self.counts.setText(_("Nothing can be imported from this file."))
        text = exc.message if isinstance(exc, CoopdeskError) else str(exc)
        self.error.setText(text)
        self.error.setVisible(True)
        _say(self.outcome, _("Correct the file and choose it again, or go back and say which "
                             "column holds what."))
        self.completeChanged.emit()

    def _money(self, amount: Decimal | None) -> str:
        return "" if amount is None else self.fmt.text(Kind.MONEY, amount)

    def _date(self, day: dt.date | None) -> str:
        return "" if day is None else self.fmt.date(day)

    def show_preview(self, pv: ImportPreview) -> None:
        self.running = False
        self.owner.preview_value = pv
        self.counts.setText(_("{lines} line(s): {new} new, {known} already imported",
                              lines=pv.lines, new=pv.new, known=pv.known))
        _say(self.period, _("From {first} to {last} · {format}{mapping}",
                            first=self._date(pv.first), last=self._date(pv.last),
                            format=FORMAT_LABELS.get(pv.format, pv.format),
                            mapping=_(", mapping “{name}”", name=pv.mapping)
                            if pv.mapping else ""))
        parts = []
        for n, st in enumerate(pv.statements, 1):
            opening = self._money(st.opening) or _("not given")
            closing = self._money(st.closing) or _("not given")
            parts.append(_("Statement {n}: opening balance {opening}, closing balance "
                           "{closing}", n=n, opening=opening, closing=closing)
                         if len(pv.statements) > 1 else
                         _("Opening balance {opening}, closing balance {closing}",
                           opening=opening, closing=closing))
        _say(self.balances, "\n".join(parts))
        _say(self.mismatch, _("The statement does not add up by its own balances:") + "\n"
             + "\n".join(pv.problems) if pv.problems else "")
        self.anyway.setChecked(False)
        self.anyway.setVisible(bool(pv.problems))
        if pv.new == 0:
            _say(self.outcome, _("Every line of this file was imported before: importing it "
                                 "again adds nothing."))
        lines = [ln for st in pv.statements for ln in st.lines]
        shown = lines[:SHOWN_LINES]
        self.table.setRowCount(len(shown))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, ln in enumerate(shown):
            new = pv.new_flags[r] if r < len(pv.new_flags) else True
            cells: list[tuple[str, Any]] = [
                (self._date(ln.date), None), (ln.description, None), (ln.reference or "", None),
                (self._money(ln.amount), right), (self._money(ln.balance), right),
                (_("new") if new else _("already imported"), None)]
            for c, (text, align) in enumerate(cells):
                item = QTableWidgetItem(text)
                if align is not None:
                    item.setTextAlignment(align)
                if c == 5:
                    item.setForeground(NEW_COLOUR if new else KNOWN_COLOUR)
                elif not new:
                    item.setForeground(KNOWN_COLOUR)
                self.table.setItem(r, c, item)
        if len(lines) > len(shown):
            _say(self.outcome, _("The first {shown} of {count} lines are listed.",
                                   shown=len(shown), count=len(lines)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        pv = self.owner.preview_value
        return (not self.running and not self.importing and pv is not None
                and (not pv.problems or self.anyway.isChecked()))

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        """Finish: import in a worker; the wizard closes once it succeeded."""
        if self.owner.result_value is not None:
            return True
        self.start_import()
        return False

    def start_import(self) -> None:
        owner = self.owner
        data = owner.data
        if data is None or owner.preview_value is None or self.importing:
            return
        mapping = owner.chosen_mapping()
        how, _name = owner.file_page.choice()
        save_as = owner.mapping_page.save_name() if how == DEFINE else ""
        self.importing = True
        self.error.setVisible(False)
        self.completeChanged.emit()
        uow, code, name = owner.uow, owner.code, owner.filename
        anyway = self.anyway.isChecked()

        def work(progress: Progress) -> tuple[ImportResult, str]:
            result = services.import_statement(uow, code, data, name, mapping=mapping,
                                               allow_mismatch=anyway, progress=progress.report)
            problem = ""
            if save_as and isinstance(mapping, Mapping):
                try:
                    services.save_mapping(uow, save_as, mapping)
                except CoopdeskError as exc:  # the import stands; say why the mapping did not
                    problem = exc.message
            return result, problem

        run_op(owner, _("Importing the statement…"), work, self.imported, self.import_failed)

    def imported(self, done: tuple[ImportResult, str]) -> None:
        self.importing = False
        owner = self.owner
        result, problem = done
        owner.result_value = result
        owner.outcome_text = _("{new} new line(s), {known} already imported",
                               new=result.new, known=result.known)
        if problem:
            owner.outcome_text += " " + _("The mapping was not saved: {problem}",
                                          problem=problem)
        _say(self.outcome, owner.outcome_text)
        owner.accept()

    def import_failed(self, exc: BaseException) -> None:
        self.importing = False
        if not isinstance(exc, CoopdeskError):
            show_error(self.owner, exc)
        text = exc.message if isinstance(exc, CoopdeskError) else str(exc)
        self.error.setText(_("Nothing was imported.") + " " + text)
        self.error.setVisible(True)
        self.completeChanged.emit()


__all__ = ["BankImportWizard", "file_headers", "guessed_columns"]
