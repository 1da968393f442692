"""The books' calendar: opening a fiscal year, closing a period or a year, and reversing an
entry on a date. Each dialog says plainly what will happen before it is done, because closing
cannot be undone and a reversal stays in the books for good."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError, PermissionDenied, ValidationError
from coopdesk.core.i18n import language
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries, services
from coopdesk.ledger.queries import JournalRow, YearRow
from coopdesk.ledger.services import EntryRef
from coopdesk.ui.dialogs.member_form import date_edit, date_of, error_label, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.member_table import format_day
from coopdesk.ui.models.share_table import format_money


def _day(day: dt.date) -> str:
    return format_day(day, language())


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("explanation")
    return label


def next_year(years: list[YearRow], today: dt.date) -> tuple[str, dt.date, dt.date]:
    """The fiscal year that would come next: after the last one, or this calendar year."""
    if not years:
        return str(today.year), dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    last = years[-1]
    start = last.end + dt.timedelta(days=1)
    try:
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        end = start.replace(year=start.year + 1, day=28)
    name = str(start.year) if (start.month, start.day) == (1, 1) else \
        f"{start.year}/{str(end.year)[-2:]}"
    return name, start, end


class OpenYearDialog(QDialog):
    """Open a fiscal year: its name and dates; the months become its periods."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openYear")
        self.setWindowTitle(self.tr("Open a fiscal year"))
        self.uow = uow
        self.opened: str | None = None
        name, start, end = next_year(queries.fiscal_years(uow), today or dt.date.today())
        self.name = QLineEdit(name)
        self.name.setObjectName("name")
        self.name.setMaxLength(40)
        self.start = date_edit(start)
        self.start.setObjectName("start")
        self.end = date_edit(end)
        self.end.setObjectName("end")
        self.error = error_label()
        self.error.setObjectName("error")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        self.buttons, self.ok = _buttons(self, self.tr("Open the year"))
        layout = QVBoxLayout(self)
        layout.addWidget(_explain(self.tr(
            "Entries can be posted on any day of an open fiscal year. Each month of the year "
            "becomes a period that can be closed once its books are checked.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda _t: self._check())
        self._check()
        self.resize(480, 210)

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        start, end = date_of(self.start), date_of(self.end)
        if start is None or end is None:
            return
        try:
            services.open_fiscal_year(self.uow, self.name.text().strip(), start, end)
        except PermissionDenied as exc:
            show_error(self, exc)
            return
        except CoopdeskError as exc:
            show_problem(self.error, exc.message)
            return
        self.opened = self.name.text().strip()
        super().accept()


class ClosePeriodDialog(QDialog):
    """Close the earliest open month of an open year (months close in order)."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closePeriod")
        self.setWindowTitle(self.tr("Close a period"))
        self.uow = uow
        self.closed: tuple[str, dt.date] | None = None
        self.period = QComboBox()
        self.period.setObjectName("period")
        for y in queries.fiscal_years(uow):
            if y.closed:
                continue
            first_open = next((p for p in y.periods if not p.closed), None)
            if first_open is not None:
                self.period.addItem(self.tr("{year}: {start} to {end}").format(
                    year=y.name, start=_day(first_open.start), end=_day(first_open.end)),
                    (y.name, first_open.start, first_open.end))
        self.explanation = _explain("")
        self.error = error_label()
        self.error.setObjectName("error")
        self.buttons, self.ok = _buttons(self, self.tr("Close the period"))
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.period.currentIndexChanged.connect(lambda _i: self._explain())
        self._explain()
        self.resize(540, 220)

    def _explain(self) -> None:
        chosen = self.period.currentData()
        self.ok.setEnabled(chosen is not None)
        if chosen is None:
            self.explanation.setText(self.tr("There is no open period to close."))
            return
        _year, start, end = chosen
        self.explanation.setText(self.tr(
            "After closing, nothing more can be posted dated from {start} to {end}: a mistake "
            "found later is corrected by an entry in an open period. Periods close in order, "
            "the earliest first. Closing cannot be undone.").format(start=_day(start),
                                                                    end=_day(end)))

    def accept(self) -> None:
        chosen = self.period.currentData()
        if chosen is None:
            return
        year, start, _end = chosen
        try:
            services.close_period(self.uow, year, start)
        except PermissionDenied as exc:
            show_error(self, exc)
            return
        except CoopdeskError as exc:
            show_problem(self.error, exc.message)
            return
        self.closed = (year, start)
        super().accept()


class CloseYearDialog(QDialog):
    """Year-end closing, with what it does spelled out first."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeYear")
        self.setWindowTitle(self.tr("Close a fiscal year"))
        self.uow = uow
        self.today = today or dt.date.today()
        self.closed: str | None = None
        self.entry: EntryRef | None = None
        self.years = {y.name: y for y in queries.fiscal_years(uow) if not y.closed}
        self.year = QComboBox()
        self.year.setObjectName("year")
        for name in self.years:
            self.year.addItem(name, name)
        self.explanation = _explain("")
        self.explanation.setObjectName("explanation")
        self.warning = error_label()
        self.warning.setObjectName("warning")
        self.error = error_label()
        self.error.setObjectName("error")
        self.buttons, self.ok = _buttons(self, self.tr("Close the year"))
        form = QFormLayout()
        form.addRow(self.tr("Fiscal year"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(lambda _i: self._explain())
        self._explain()
        self.resize(600, 300)

    def _explain(self) -> None:
        y = self.years.get(str(self.year.currentData()))
        show_problem(self.error, "")
        if y is None:
            self.explanation.setText(self.tr("Every fiscal year is closed already."))
            show_problem(self.warning, "")
            self.ok.setEnabled(False)
            return
        self.explanation.setText(self.tr(
            "<p>Closing the fiscal year <b>{year}</b>:</p><ul>"
            "<li>posts one entry dated {end} that moves the balance of every income and "
            "expense account to the result of the year (surplus or loss), ready for the "
            "general assembly to allocate;</li>"
            "<li>locks every period of {year}: nothing more can be posted into it, and a "
            "mistake found later is corrected in the next year;</li>"
            "<li>cannot be undone.</li></ul>").format(year=html.escape(y.name),
                                                       end=_day(y.end)))
        self.ok.setText(self.tr("Close {year}").format(year=y.name))
        problems = []
        if y.drafts:
            problems.append(self.tr("{year} still has {count} draft entries; post or delete "
                                    "them first.").format(year=y.name, count=y.drafts))
        earlier = [n for n, o in self.years.items() if o.end < y.start]
        if earlier:
            problems.append(self.tr("Close {year} first.").format(year=earlier[0]))
        if y.end >= self.today:
            problems.append(self.tr("{year} has not ended yet: it runs until {end}.").format(
                year=y.name, end=_day(y.end)))
        show_problem(self.warning, "\n".join(problems))
        self.ok.setEnabled(not y.drafts and not earlier)

    def accept(self) -> None:
        name = self.year.currentData()
        if name is None:
            return
        try:
            self.entry = services.close_year(self.uow, str(name))
        except PermissionDenied as exc:
            show_error(self, exc)
            return
        except CoopdeskError as exc:
            show_problem(self.error, exc.message)
            return
        self.closed = str(name)
        super().accept()


class ReverseDialog(QDialog):
    """Reverse a posted entry: the reason and the day; the original stays as it was."""

    def __init__(self, uow: UnitOfWork, row: JournalRow, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reverseEntry")
        self.uow = uow
        self.row = row
        self.posted: EntryRef | None = None
        currency = uow.coop().currency
        self.setWindowTitle(self.tr("Reverse entry {entry}").format(entry=row.key))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why the entry was wrong"))
        self.date = date_edit(today or dt.date.today())
        self.date.setObjectName("date")
        self.error = error_label()
        self.error.setObjectName("error")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Date of the reversal"), self.date)
        self.buttons, self.ok = _buttons(self, self.tr("Post the reversal"))
        layout = QVBoxLayout(self)
        layout.addWidget(_explain(self.tr(
            "<b>Entry {entry}</b> of {date}: {description} ({amount})").format(
            entry=row.key, date=_day(row.date), description=html.escape(row.description),
            amount=format_money(row.total, currency))))
        layout.addWidget(_explain(self.tr(
            "A reversal posts the mirror image of this entry (every debit becomes a credit), "
            "linked to it. The original stays in the books as it was.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda _t: self._check())
        self.date.dateChanged.connect(lambda _d: self._check())
        self._check()
        self.resize(540, 220)

    def _check(self) -> None:
        show_problem(self.error, "")
        self.ok.setEnabled(bool(self.reason.text().strip()))

    def accept(self) -> None:
        when = date_of(self.date)
        key = self.row.key
        if when is None or key is None or not self.reason.text().strip():
            return
        try:
            self.posted = services.reverse_entry(self.uow, key.year, key.number, when,
                                                 self.reason.text())
        except PermissionDenied as exc:
            show_error(self, exc)
            return
        except ValidationError as exc:
            show_problem(self.error, exc.message)
            return
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        super().accept()
