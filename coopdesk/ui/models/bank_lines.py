"""A bank account's statement lines and book lines as table models that read a page at a time
(a mobile-money account gathers thousands of lines a year): fed by ``queries.count_*`` and
``queries.bank_lines``/``queries.book_lines`` with the page's filters, amounts right-aligned,
a first column marking what is matched (✓) or locked in a finished reconciliation (a lock)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from coopdesk.bank.queries import BankLineView, BookLineView
from coopdesk.core.i18n import _, language
from coopdesk.reports.cells import NUMERIC, CellFormatter
from coopdesk.reports.document import Cell, Kind
from coopdesk.ui import icons
from coopdesk.ui.models.paged import ROOT as _ROOT
from coopdesk.ui.models.paged import Index, PagedTableModel

T = TypeVar("T", BankLineView, BookLineView)
MUTED = QBrush(QColor("#8a949e"))
NEGATIVE = QBrush(QColor("#b71c1c"))
SAME_AMOUNT = QBrush(QColor("#fff3c4"))
MATCHED_MARK = "✓"
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class PagedLines(PagedTableModel[T]):
    """Statement or book lines, read a page at a time as the view scrolls."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.fmt = CellFormatter(language(), currency)
        self.highlight: Decimal | None = None  # rows of this amount are shown first-class
        self._columns: list[tuple[str, Kind, Callable[[T], Cell]]] = []
        self.configure()

    # -- what the subclasses say ---------------------------------------------------------------

    def columns(self) -> list[tuple[str, Kind, Callable[[T], Cell]]]:
        raise NotImplementedError

    def configure(self, currency: str | None = None) -> None:
        """The column titles in the current language (and the currency, when it changes)."""
        self.beginResetModel()
        if currency is not None:
            self.currency = currency
        self.fmt = CellFormatter(language(), self.currency)
        cols: list[tuple[str, Kind, Callable[[T], Cell]]] = [("", Kind.TEXT, _blank)]
        cols.extend(self.columns())
        self._columns = cols
        self.endResetModel()

    # -- feeding -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.set_rows([])

    def set_highlight(self, amount: Decimal | None) -> None:
        if amount == self.highlight:
            return
        self.highlight = amount
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(self._columns) - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def line_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, line_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == line_id), None)

    # -- Qt ------------------------------------------------------------------------------------

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
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return _("✓ matched; a lock: in a finished reconciliation")
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or \
                not 0 <= index.column() < len(self._columns):
            return None
        r = self.rows[index.row()]
        col = index.column()
        _title, kind, value = self._columns[col]
        if role == ID_ROLE:
            return r.id
        if col == 0:
            return self._mark(r, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fmt.text(kind, value(r))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if kind in NUMERIC else \
                Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.match_id is not None or _brought_forward(r):
                return MUTED
            return NEGATIVE if kind == Kind.MONEY and r.amount < 0 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return SAME_AMOUNT if self.highlight is not None and r.match_id is None and \
                r.amount == self.highlight else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(r)
        return None

    def _mark(self, r: T, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if r.locked or r.match_id is None else MATCHED_MARK
        if role == Qt.ItemDataRole.DecorationRole and r.locked:
            return icons.icon("lock", "#6d6d6d")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#2e7d32"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.locked:
                return _("Matched, in a finished reconciliation (reopen it to change this)")
            if r.match_id is not None:
                return _("Matched")
            if _brought_forward(r):
                return _("Brought forward: before the account's statements begin, taken as "
                         "agreed with the bank")
            return _("Not matched yet")
        return None

    def tooltip(self, r: T) -> str | None:
        return None


class BankLinesModel(PagedLines[BankLineView]):
    """A statement's lines: date, text, reference, amount (+ into the account)."""

    def columns(self) -> list[tuple[str, Kind, Callable[[BankLineView], Cell]]]:
        return [(_("Date"), Kind.DATE, lambda r: r.date),
                (_("Text"), Kind.TEXT, lambda r: _bank_text(r)),
                (_("Reference"), Kind.TEXT, lambda r: r.reference or ""),
                (_("Amount"), Kind.MONEY, lambda r: r.amount)]

    def tooltip(self, r: BankLineView) -> str | None:
        parts = [_bank_text(r)]
        if r.balance is not None:
            parts.append(_("Balance after it: {balance}",
                           balance=self.fmt.text(Kind.MONEY, r.balance)))
        kinds = {"auto": _("matched automatically"), "manual": _("matched by hand"),
                 "entry": _("booked from this line")}
        if r.match_kind in kinds:
            parts.append(kinds[r.match_kind])
        return "\n".join(parts)


class BookLinesModel(PagedLines[BookLineView]):
    """The ledger account's posted lines: date, entry, text, member, amount (+ debit)."""

    def columns(self) -> list[tuple[str, Kind, Callable[[BookLineView], Cell]]]:
        return [(_("Date"), Kind.DATE, lambda r: r.date),
                (_("Entry"), Kind.TEXT, lambda r: r.entry),
                (_("Text"), Kind.TEXT, lambda r: r.description),
                (_("Member"), Kind.TEXT, lambda r: "" if r.member is None else
                 f"{r.member} {r.member_name or ''}".strip()),
                (_("Amount"), Kind.MONEY, lambda r: r.amount)]

    def tooltip(self, r: BookLineView) -> str | None:
        text = f"{r.entry} · {r.description}"
        if r.reference:
            text += f"\n{_('Reference')}: {r.reference}"
        if r.brought_forward:
            text += "\n" + _("Brought forward: before the account's statements begin")
        return text


def _brought_forward(r: BankLineView | BookLineView) -> bool:
    return isinstance(r, BookLineView) and r.brought_forward


def _blank(_row: object) -> str:
    return ""


def _bank_text(r: BankLineView) -> str:
    if r.counterparty and r.counterparty not in r.description:
        return f"{r.description} · {r.counterparty}"
    return r.description
