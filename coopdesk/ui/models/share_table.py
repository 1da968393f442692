"""The share capital register (one member's operations, or everyone's) as a Qt table model.

The register of a cooperative is a few thousand lines at most, so the model holds them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from coopdesk.core.i18n import _, language
from coopdesk.core.money import exponent
from coopdesk.members.shares import KIND_LABELS, OpRow
from coopdesk.ui.models.member_table import format_day

SHARE_COLUMNS: tuple[str, ...] = ("number", "date", "kind", "member_no", "member_name",
                                  "counterparty_no", "shares", "amount", "reference", "note")
_NUMERIC = frozenset({"number", "member_no", "counterparty_no", "shares", "amount"})

Index = QModelIndex | QPersistentModelIndex


def format_money(amount: Decimal, currency: str) -> str:
    """An amount with the currency's own number of decimals, in the user's locale."""
    digits = exponent(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(amount, format=pattern, locale=language()))


class ShareTableModel(QAbstractTableModel):
    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._rows: list[OpRow] = []

    def set_rows(self, rows: Sequence[OpRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def op_at(self, row: int) -> OpRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SHARE_COLUMNS)

    def headers(self) -> list[str]:
        return [self.tr("Op. no."), self.tr("Date"), self.tr("Operation"), self.tr("Member"),
                self.tr("Name"), self.tr("Other member"), self.tr("Shares"),
                self.tr("Amount ({currency})").format(currency=self._currency),
                self.tr("Reference"), self.tr("Note")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(SHARE_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        op = self.op_at(index.row()) if index.isValid() else None
        if op is None or index.column() >= len(SHARE_COLUMNS):
            return None
        key = SHARE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(op, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if key in _NUMERIC
                          else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and op.reversed_by is not None:
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.ToolTipRole:
            if op.reversed_by is not None:
                return self.tr("Reversed by operation {number}").format(number=op.reversed_by)
            if op.reverses is not None:
                return self.tr("Reverses operation {number}").format(number=op.reverses)
        return None

    def _display(self, op: OpRow, key: str) -> str:
        if key == "date":
            return format_day(op.date, language())
        if key == "kind":
            source = KIND_LABELS.get(op.kind)  # type: ignore[call-overload]
            label = _(source) if source else op.kind
            if op.reverses is not None:
                return self.tr("{kind} of no. {number}").format(kind=label, number=op.reverses)
            return label
        if key == "amount":
            return format_money(op.amount, self._currency)
        value = getattr(op, key)
        return "" if value is None else str(value)
