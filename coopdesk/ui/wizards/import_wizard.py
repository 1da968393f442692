"""Importing members from a CSV or Excel file, in four steps: the file, which column holds what,
a preview of every row's problems, and the import itself.

Nothing is written before the person accepts the preview: reading, mapping and checking only
read. The preview and the import run in a worker thread with progress and Cancel; a cancelled or
failed import writes nothing (the importer commits all rows or none).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Literal, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import importer
from coopdesk.members.importer import (
    IMPORT_FIELDS,
    REQUIRED_FIELDS,
    ImportResult,
    Preview,
    RawTable,
    field_label,
)
from coopdesk.ui.dialogs.member_form import ERROR_STYLE, error_label, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.ops import Progress, run_op

T = TypeVar("T")
SHOWN_PROBLEMS = 1000  # rows of problems listed; the counts cover all of them
WARNING_STYLE = "color: #e65100; font-weight: bold;"


class GuiRelay(QObject):
    """Hands a worker's result to a callback on the GUI thread (where this object lives).

    Widgets may only be touched from the GUI thread; whatever thread ``run_op`` delivers its
    result on, a relayed callback runs there, through a queued signal.
    """

    call = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.call.connect(self._run)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()

    def wrap(self, fn: Callable[[T], None]) -> Callable[[T], None]:
        def relayed(value: T) -> None:
            self.call.emit(functools.partial(fn, value))
        return relayed


class ImportWizard(QWizard):
    """The four steps. ``result_value`` holds what was imported once the last step is done."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import members"))
        self.uow = uow
        self.today = today or dt.date.today()
        self.table: RawTable | None = None
        self.mapping: dict[str, str] = {}
        self.preview_value: Preview | None = None
        self.result_value: ImportResult | None = None
        self.relay = GuiRelay(self)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.resize(900, 640)


class FilePage(QWizardPage):
    """Step 1: the file, read into text cells (problems with the file itself shown here)."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(self.tr("1. Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file with one member per row and the "
                                 "column names in the first row."))
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 50)
        self.header_row.setValue(1)
        self.header_row.valueChanged.connect(lambda _v: self.reload())
        self.error = error_label()
        self.error.setObjectName("error")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Column names are in row")))
        header.addWidget(self.header_row)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), "",
            self.tr("Tables (*.csv *.xlsx *.txt *.tsv)"))
        if chosen:
            self.load(chosen)

    def load(self, path: str | Path) -> bool:
        self.path.setText(str(path))
        return self.reload()

    def reload(self) -> bool:
        self.owner.table = None
        show_problem(self.error, "")
        self.summary.clear()
        if self.path.text():
            try:
                self.owner.table = importer.read_table(Path(self.path.text()),
                                                       header_row=self.header_row.value())
            except CoopdeskError as exc:
                show_problem(self.error, exc.message)
        table = self.owner.table
        if table is not None:
            if not table.rows:
                show_problem(self.error, self.tr("The file has column names but no rows."))
            self.summary.setText(self.tr("{rows} row(s) in {columns} column(s): {names}").format(
                rows=len(table.rows), columns=len(table.headers),
                names=", ".join(table.headers)))
        self.completeChanged.emit()
        return self.isComplete()

    def isComplete(self) -> bool:
        return self.owner.table is not None and bool(self.owner.table.rows)


class MappingPage(QWizardPage):
    """Step 2: for each field of the register, the file's column that holds it."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(self.tr("2. Which column holds what"))
        self.setSubTitle(self.tr("coopdesk guessed from the column names; check each line. "
                                 "Fields marked * are needed (a full name can stand in for first "
                                 "and last names)."))
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.sha: tuple[str, tuple[str, ...]] | None = None
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.error = error_label()
        self.error.setObjectName("error")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        table = self.owner.table
        if table is None or (self.combos and self.sha == (table.sha256, tuple(table.headers))):
            self.check()
            return
        self.sha = (table.sha256, tuple(table.headers))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.combos.clear()
        self.samples.clear()
        guessed = importer.guess_mapping(table.headers)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, name in enumerate(IMPORT_FIELDS):
            required = name in REQUIRED_FIELDS
            label = QLabel((field_label(name) or name) + (" *" if required else ""))
            if required:
                label.setFont(bold)
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.addItem(self.tr("— not imported —"), "")
            for header in table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(name, ""))))
            combo.currentIndexChanged.connect(lambda _i: self.check())
            sample = QLabel()
            sample.setStyleSheet("color: #546e7a;")
            self.grid.addWidget(label, r, 0)
            self.grid.addWidget(combo, r, 1)
            self.grid.addWidget(sample, r, 2)
            self.combos[name], self.samples[name] = combo, sample
        self.grid.setColumnStretch(2, 1)
        self.check()

    def mapping(self) -> dict[str, str]:
        return {name: str(c.currentData()) for name, c in self.combos.items() if c.currentData()}

    def set_column(self, name: str, header: str | None) -> None:
        combo = self.combos[name]
        combo.setCurrentIndex(max(0, combo.findData(header or "")))

    def problems(self) -> list[str]:
        mapping = self.mapping()
        out = []
        missing = [f for f in REQUIRED_FIELDS if f not in mapping]
        if "full_name" in mapping:
            missing = [f for f in missing if f not in ("first_names", "last_names")]
        if missing:
            out.append(self.tr("Choose a column for: {fields}.").format(
                fields=", ".join(field_label(f) or f for f in missing)))
        used: dict[str, list[str]] = {}
        for name, header in mapping.items():
            used.setdefault(header, []).append(field_label(name) or name)
        for header, names in used.items():
            if len(names) > 1:
                out.append(self.tr("The column '{column}' is chosen for {fields}; choose one "
                                   "column for each field.").format(column=header,
                                                                    fields=", ".join(names)))
        return out

    def check(self) -> None:
        table = self.owner.table
        first = table.rows[0] if table is not None and table.rows else []
        for name, combo in self.combos.items():
            header = combo.currentData()
            value = ""
            if header and table is not None and header in table.headers:
                i = table.headers.index(header)
                value = first[i] if i < len(first) else ""
            self.samples[name].setText(self.tr("e.g. {value}").format(value=value)
                                       if value else "")
        show_problem(self.error, "\n".join(self.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problems()

    def validatePage(self) -> bool:
        self.owner.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    """Step 3: every row checked, nothing written. The person chooses what to import."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(self.tr("3. Check the rows"))
        self.setSubTitle(self.tr("Nothing has been written yet. Rows with problems are listed "
                                 "below; correct them in the file and check again, or import "
                                 "only the valid rows."))
        self.setCommitPage(True)
        self.running = False
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("problems")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"),
                                              self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.import_all = QRadioButton()
        self.import_all.setObjectName("importAll")
        self.import_valid = QRadioButton()
        self.import_valid.setObjectName("importValid")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.import_all)
        self.choice.addButton(self.import_valid)
        self.choice.buttonToggled.connect(lambda *_a: self.completeChanged.emit())
        self.again = QPushButton(self.tr("Check again"))
        self.again.setObjectName("again")
        self.again.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_all)
        buttons.addWidget(self.import_valid)
        buttons.addStretch(1)
        buttons.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        table = self.owner.table
        if table is None or self.running:
            return
        self.owner.preview_value = None
        self.running = True
        self.counts.setText(self.tr("Checking {rows} row(s)…").format(rows=len(table.rows)))
        self.counts.setStyleSheet("")
        self.warning.clear()
        self.table.setRowCount(0)
        for b in (self.import_all, self.import_valid):
            b.setEnabled(False)
            b.setText("")
        self.completeChanged.emit()
        uow, mapping, today = self.owner.uow, dict(self.owner.mapping), self.owner.today

        def work(progress: Progress) -> Preview:
            return importer.preview(uow, table, mapping, today=today,
                                    cancel=progress.cancelled, progress=progress.report)

        relay = self.owner.relay
        run_op(self.owner, self.tr("Checking the rows…"), work, relay.wrap(self.show_preview),
               relay.wrap(self.failed))

    def failed(self, exc: BaseException) -> None:
        self.running = False
        if not isinstance(exc, CoopdeskError):
            show_error(self.owner, exc)
        self.counts.setText(str(exc) if isinstance(exc, CoopdeskError) else
                            self.tr("The rows could not be checked: {error}").format(error=exc))
        self.counts.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()

    def show_preview(self, pv: Preview) -> None:
        self.running = False
        self.owner.preview_value = pv
        self.counts.setText(self.tr(
            "{valid} row(s) ready to import · {invalid} with problems · {duplicates} already "
            "registered (will be skipped)").format(
            valid=pv.valid_count, invalid=pv.invalid_count, duplicates=pv.duplicate_count))
        if pv.already_imported:
            self.warning.setText(self.tr("This same file ({name}) was already imported. Rows "
                                         "already in the register will be skipped.").format(
                name=pv.filename))
        problems = pv.all_problems()
        shown = problems[:SHOWN_PROBLEMS]
        self.table.setRowCount(len(shown))
        red = QColor("#c62828")
        for r, p in enumerate(shown):
            for c, text in enumerate(("" if p.row is None else str(p.row), p.field or "",
                                      p.message)):
                item = QTableWidgetItem(text)
                item.setForeground(red)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if len(problems) > len(shown):
            self.warning.setText(self.warning.text() + "\n" + self.tr(
                "Only the first {shown} of {count} problems are listed.").format(
                shown=len(shown), count=len(problems)))
        self.import_all.setText(self.tr("Import all rows"))
        self.import_valid.setText(self.tr("Import only the {count} valid row(s)").format(
            count=pv.valid_count))
        sound = not pv.problems
        self.import_all.setEnabled(sound and pv.invalid_count == 0 and pv.valid_count > 0)
        self.import_valid.setEnabled(sound and pv.valid_count > 0)
        if self.import_all.isEnabled():
            self.import_all.setChecked(True)
        elif self.import_valid.isEnabled():
            self.import_valid.setChecked(True)
        if pv.valid_count == 0 and sound:
            self.warning.setText((self.warning.text() + "\n").lstrip() + self.tr(
                "There is no new member to import."))
        self.completeChanged.emit()

    def accept_mode(self) -> str | None:
        if self.import_all.isChecked() and self.import_all.isEnabled():
            return "all"
        if self.import_valid.isChecked() and self.import_valid.isEnabled():
            return "valid"
        return None

    def isComplete(self) -> bool:
        return (not self.running and self.owner.preview_value is not None
                and self.accept_mode() is not None)


class ResultPage(QWizardPage):
    """Step 4: the import, in one transaction, and what it did."""

    def __init__(self, owner: ImportWizard) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(self.tr("4. Import"))
        self.done = False
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.outcome.setFont(big)
        layout = QVBoxLayout(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def initializePage(self) -> None:
        pv = self.owner.preview_value
        mode = self.owner.preview_page.accept_mode()
        if pv is None or mode is None:
            return
        self.done = False
        self.outcome.setText(self.tr("Importing…"))
        self.outcome.setStyleSheet("")
        uow = self.owner.uow
        accept: Literal["all", "valid"] = "all" if mode == "all" else "valid"

        def work(progress: Progress) -> ImportResult:
            return importer.import_members(uow, pv, accept=accept, progress=progress.report,
                                           cancel=progress.cancelled)

        relay = self.owner.relay
        run_op(self.owner, self.tr("Importing members…"), work, relay.wrap(self.show_result),
               relay.wrap(self.failed))

    def show_result(self, result: ImportResult) -> None:
        self.owner.result_value = result
        self.done = True
        lines = [self.tr("{count} member(s) registered.").format(count=result.created)]
        if result.numbers:
            lines.append(self.tr("Member numbers {first} to {last}.").format(
                first=min(result.numbers), last=max(result.numbers)))
        if result.skipped_duplicates:
            lines.append(self.tr("{count} row(s) skipped: already in the register.").format(
                count=result.skipped_duplicates))
        if result.skipped_invalid:
            lines.append(self.tr("{count} row(s) with problems left out.").format(
                count=result.skipped_invalid))
        self.outcome.setText("\n".join(lines))
        self.completeChanged.emit()

    def failed(self, exc: BaseException) -> None:
        self.done = True
        if not isinstance(exc, CoopdeskError):
            show_error(self.owner, exc)
        message = exc.message if isinstance(exc, CoopdeskError) else str(exc)
        self.outcome.setText(self.tr("Nothing was imported.") + "\n" + message)
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
