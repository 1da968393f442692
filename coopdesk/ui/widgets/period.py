"""Choosing a period: this month, this fiscal year, last fiscal year, or other dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import statements
from coopdesk.ui.dialogs.member_form import date_edit, date_of, set_date


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    return first, after - dt.timedelta(days=1)


def fiscal_year_of(years: Sequence[tuple[dt.date, dt.date]], day: dt.date,
                   back: int = 0) -> tuple[dt.date, dt.date]:
    """The fiscal year holding ``day`` (``back`` years before it); calendar years where the
    books have none."""
    ordered = sorted(years)
    k = next((i for i, (a, b) in enumerate(ordered) if a <= day <= b), None)
    if k is not None and k - back >= 0:
        return ordered[k - back]
    year = day.year - back
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


class PeriodBar(QWidget):
    """From and to dates with quick choices: this month, this fiscal year, last fiscal year."""

    changed = Signal()
    CHOICES = ("month", "year", "last_year", "custom")

    def __init__(self, uow: Callable[[], UnitOfWork], parent: QWidget | None = None,
                 today: dt.date | None = None, choice: str = "month") -> None:
        super().__init__(parent)
        self.setObjectName("periodBar")
        self.uow = uow
        self.today = today or dt.date.today()
        self.quick = QComboBox()
        self.quick.setObjectName("quickPeriod")
        for key in self.CHOICES:
            self.quick.addItem("", key)
        self.start_edit = date_edit(self.today)
        self.start_edit.setObjectName("periodStart")
        self.end_edit = date_edit(self.today)
        self.end_edit.setObjectName("periodEnd")
        self.from_label, self.to_label = QLabel(), QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.quick, self.from_label, self.start_edit, self.to_label, self.end_edit):
            row.addWidget(w)
        self.retranslate()
        self.quick.currentIndexChanged.connect(lambda _i: self._quick_chosen())
        self.start_edit.dateChanged.connect(self._typed)
        self.end_edit.dateChanged.connect(self._typed)
        self.choose(choice)

    def retranslate(self) -> None:
        labels = {"month": self.tr("This month"), "year": self.tr("This fiscal year"),
                  "last_year": self.tr("Last fiscal year"), "custom": self.tr("Other dates")}
        for i, key in enumerate(self.CHOICES):
            self.quick.setItemText(i, labels[key])
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))

    def period(self) -> tuple[dt.date, dt.date]:
        return (date_of(self.start_edit) or self.today, date_of(self.end_edit) or self.today)

    def choose(self, key: str) -> None:
        with QSignalBlocker(self.quick):
            self.quick.setCurrentIndex(max(0, self.quick.findData(key)))
        self._quick_chosen()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        with QSignalBlocker(self.start_edit), QSignalBlocker(self.end_edit):
            set_date(self.start_edit, start)
            set_date(self.end_edit, end)
        self._typed()

    def _quick_chosen(self) -> None:
        key = self.quick.currentData()
        if key == "custom":
            return
        if key == "month":
            start, end = month_of(self.today)
        else:
            years = statements.fiscal_years(self.uow())
            start, end = fiscal_year_of(years, self.today, 1 if key == "last_year" else 0)
        with QSignalBlocker(self.start_edit), QSignalBlocker(self.end_edit):
            set_date(self.start_edit, start)
            set_date(self.end_edit, end)
        self.changed.emit()

    def _typed(self, *_args: object) -> None:
        with QSignalBlocker(self.quick):
            self.quick.setCurrentIndex(self.quick.findData("custom"))
        if self.end_edit.date() < self.start_edit.date():
            with QSignalBlocker(self.end_edit):
                self.end_edit.setDate(QDate(self.start_edit.date()))
        self.changed.emit()
