"""A distribution's member lines as a table model that reads them a page at a time (a run
can have a hundred thousand members), shared by the sharing page, the distribution wizard and
the unclaimed list; and the small display helpers of benefit sharing (amounts, statuses,
payout methods)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QTableView,
    QWidget,
)

from coopdesk.core.i18n import N_, _, language
from coopdesk.core.money import from_minor
from coopdesk.members.rules import STATUS_LABELS, Status
from coopdesk.reports.cells import NUMERIC, CellFormatter
from coopdesk.reports.document import Cell, Kind
from coopdesk.sharing import queries
from coopdesk.sharing.allocation import BASIS_LABELS, Basis
from coopdesk.sharing.services import METHOD_VIA, VIA_LABELS
from coopdesk.ui.models.paged import ROOT as _ROOT
from coopdesk.ui.models.paged import Index, PagedTableModel
from coopdesk.ui.widgets.tables import list_view

MUTED = QBrush(QColor("#8a949e"))
PAID = QBrush(QColor("#2e7d32"))
GRAM = Decimal("0.001")
# Short column titles for the bases (the full label is the column's tooltip).
BASIS_COLUMNS = {Basis.GRAMS: N_("Fine grams"), Basis.VALUE: N_("Gold sold"),
                 Basis.SHARES: N_("Capital (average)"), Basis.DAYS: N_("Days worked"),
                 Basis.EQUAL: N_("Parts")}


def formatter(currency: str) -> CellFormatter:
    return CellFormatter(language(), currency)


def money(amount: Decimal, currency: str) -> str:
    """An amount with the currency's decimals, in the user's language, and its code."""
    return f"{formatter(currency).text(Kind.MONEY, amount)} {currency}"


def status_label(status: str) -> str:
    try:
        return _(STATUS_LABELS[Status(status)])
    except ValueError:
        return status


def via_label(via: str) -> str:
    return _(VIA_LABELS.get(via, via))


def method_label(method: str) -> str:
    return via_label(METHOD_VIA.get(method, "cash"))


# ---- the member lines of a run, a page at a time -----------------------------------------------

class LinesModel(PagedTableModel[queries.LineRow]):
    """A distribution's member lines. Fed by ``count``/``fetch`` it holds only what was
    scrolled to, ``PAGE`` rows at a time; fed a list with :meth:`set_rows` it shows that
    list."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.fmt = formatter(currency)
        self.bases: list[Basis] = []
        self.period_days = 365
        self._columns: list[tuple[str, Kind, Callable[[queries.LineRow], Cell]]] = []
        self._tips: dict[int, str] = {}
        self.configure([], 365)

    def configure(self, bases: Sequence[Basis], period_days: int) -> None:
        """The columns: the member, their value on each basis of the policy, the amount."""
        self.beginResetModel()
        self.bases, self.period_days = list(bases), max(period_days, 1)
        self.fmt = formatter(self.currency)
        cols: list[tuple[str, Kind, Callable[[queries.LineRow], Cell]]] = [
            (_("No."), Kind.INT, lambda r: r.number),
            (_("Member"), Kind.TEXT, lambda r: r.name),
            (_("Status"), Kind.TEXT, lambda r: status_label(r.status)),
            (_("Days active"), Kind.INT, lambda r: r.active_days)]
        for b in self.bases:
            cols.append((_(BASIS_COLUMNS[b]), self._basis_kind(b), self._basis_cell(b)))
        cols += [
            (_("Amount"), Kind.MONEY, lambda r: r.amount),
            (_("Paid"), Kind.TEXT, self._paid_text),
            (_("Note"), Kind.TEXT, self._note)]
        self._columns = cols
        self._tips = {4 + i: _(BASIS_LABELS[b]) for i, b in enumerate(self.bases)}
        self.endResetModel()

    def _basis_cell(self, b: Basis) -> Callable[[queries.LineRow], Cell]:
        def cell(r: queries.LineRow) -> Cell:
            return self._basis_value(b, r.values.get(b, 0))
        return cell

    @staticmethod
    def _basis_kind(b: Basis) -> Kind:
        if b is Basis.GRAMS:
            return Kind.DECIMAL
        return Kind.MONEY if b in (Basis.VALUE, Basis.SHARES) else Kind.INT

    def _basis_value(self, b: Basis, v: int) -> Cell:
        if b is Basis.GRAMS:
            return (Decimal(v).scaleb(-7)).quantize(GRAM, ROUND_HALF_EVEN)
        if b is Basis.VALUE:
            return from_minor(v, self.currency)
        if b is Basis.SHARES:
            return from_minor(v // self.period_days, self.currency)
        return v

    def _paid_text(self, r: queries.LineRow) -> str:
        if r.amount <= 0:
            return ""
        if r.paid_on is not None:
            return _("{date}, {via}", date=self.fmt.date(r.paid_on),
                     via=via_label(r.via or "cash").lower())
        return _("not yet ({method})", method=method_label(r.method).lower())

    @staticmethod
    def _note(r: queries.LineRow) -> str:
        if r.excluded:
            return _("No part: {reason}", reason=r.excluded)
        if r.payee is not None:
            return _("Paid to the successor {payee}", payee=r.payee) if r.payee else \
                _("Deceased, no successor recorded")
        return ""

    def clear(self) -> None:
        self.set_rows([])

    def line_at(self, row: int) -> queries.LineRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        title, kind, _value = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(section, title)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or \
                not 0 <= index.column() < len(self._columns):
            return None
        r = self.rows[index.row()]
        _title, kind, value = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fmt.text(kind, value(r))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if kind in NUMERIC else \
                Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.excluded:
                return MUTED
            return PAID if r.paid_on is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._note(r) or None
        return None


def lines_view(name: str, model: QAbstractTableModel, parent: QWidget) -> QTableView:
    """A distribution's member lines: several may be chosen (to pay them)."""
    return list_view(name, model, parent, multi=True, row_height=1.8, stretch_last=True)


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    """Column widths in average characters (the rest sized to their contents)."""
    char = view.fontMetrics().averageCharWidth()
    model = view.model()
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        want = widths.get(col, max(len(title) + 2, 10))
        view.horizontalHeader().resizeSection(col, want * char + 16)
