"""Setting up the books from the window: add an account under a heading of the chart, and import
entries or a year's opening balances from Excel or CSV (checked row by row before anything is
written, then posted in the background, all or nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coopdesk.core.errors import CoopdeskError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import importer, services
from coopdesk.ledger.importer import JournalFile
from coopdesk.ledger.models import Account, FiscalYear
from coopdesk.ui.dialogs.member_form import error_label, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.ops import Progress, run_op


class AccountDialog(QDialog):
    """A new account under a heading; it takes the heading's kind."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.added: str | None = None
        self.setWindowTitle(self.tr("Add an account"))
        self.heading = QComboBox()
        self.heading.setObjectName("heading")
        with uow.read() as s:
            for a in s.scalars(select(Account).where(Account.postable.is_(False))
                               .order_by(Account.code)):
                self.heading.addItem(f"{a.code}  {a.name}", a.code)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.ledger = QComboBox()
        self.ledger.setObjectName("memberLedger")
        self.ledger.addItem(self.tr("No: an ordinary account"), None)
        self.ledger.addItem(self.tr("Members' share capital"), "share_capital")
        self.ledger.addItem(self.tr("Amounts owed to members"), "member_payable")
        self.ledger.addItem(self.tr("Loans and advances to members"), "member_loan")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Under the heading"), self.heading)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Keeps members' accounts"), self.ledger)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.heading.currentIndexChanged.connect(lambda _i: self._prefill())
        self._prefill()
        self.resize(480, self.sizeHint().height())

    def _prefill(self) -> None:
        code = str(self.heading.currentData() or "")
        if not self.code.text() or not self.code.text().startswith(code):
            self.code.setText(code)

    def accept(self) -> None:
        try:
            services.add_account(self.uow, self.code.text(), self.name.text(),
                                 str(self.heading.currentData()), self.ledger.currentData())
        except CoopdeskError as exc:
            show_problem(self.error, exc.message)
            return
        self.added = self.code.text().strip()
        super().accept()


class ImportDialog(QDialog):
    """Choose a file, see what it holds or what is wrong with which row, then import it."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.checked: JournalFile | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import entries or opening balances"))
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose a file…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.choose)
        self.opening = QCheckBox(self.tr("The file holds opening balances (no dates) for"))
        self.opening.setObjectName("opening")
        self.year = QComboBox()
        self.year.setObjectName("year")
        with uow.read() as s:
            for name in s.scalars(select(FiscalYear.name).where(FiscalYear.closed.is_(False))
                                  .order_by(FiscalYear.start)):
                self.year.addItem(name, name)
        self.opening.toggled.connect(lambda _on: self.check())
        self.year.currentIndexChanged.connect(lambda _i: self.check())
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr(
            "Columns are found by their names: date, entry, description, account, member, "
            "debit, credit, memo, reference (in English, Spanish, French or Swahili). Rows "
            "with the same entry number form one entry. A file without dates holds opening "
            "balances."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        year_row = QHBoxLayout()
        year_row.addWidget(self.opening)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File (Excel .xlsx or CSV)")))
        layout.addLayout(row)
        layout.addLayout(year_row)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 420)

    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import entries"), "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.check()

    def check(self) -> None:
        """Read and check the file; say what it holds, or every problem with its row."""
        self.checked = None
        self.import_button.setEnabled(False)
        if not self.path.text():
            return
        year = str(self.year.currentData()) if self.opening.isChecked() else None
        try:
            checked = importer.read_journal(self.uow, Path(self.path.text()), year)
        except CoopdeskError as exc:
            self.report.setPlainText(exc.message)
            return
        if checked.problems:
            lines = [self.tr("{count} problem(s); nothing can be imported until they are "
                             "fixed in the file:").format(count=len(checked.problems))]
            lines += [str(p) for p in checked.problems[:200]]
            self.report.setPlainText("\n".join(lines))
            return
        self.checked = checked
        what = (self.tr("Opening balances: {lines} lines, one entry on the first day of "
                        "{year}.").format(lines=checked.rows, year=year)
                if checked.opening else
                self.tr("{entries} entries from {rows} rows, all balanced.").format(
                    entries=len(checked.entries), rows=checked.rows))
        self.report.setPlainText(what + "\n" + self.tr("Press Import to post them."))
        self.import_button.setEnabled(True)

    def run_import(self) -> None:
        checked = self.checked
        if checked is None:
            return
        self.import_button.setEnabled(False)

        def work(_progress: Progress) -> int:
            return importer.import_journal(self.uow, checked)

        run_op(self, self.tr("Importing {file}…").format(file=checked.filename), work,
               self._done, self._failed)

    def _done(self, count: object) -> None:
        self.imported = int(count)  # type: ignore[call-overload]
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CoopdeskError):
            self.report.setPlainText(exc.message)
        else:
            show_error(self, exc)
