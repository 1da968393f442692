"""The chart of accounts as a Qt tree: code, name and balance at a date.

A chart holds a few hundred accounts at most, so the model keeps them all; balances come from
one ``GROUP BY`` in :func:`~coopdesk.ledger.queries.chart`. A heading shows the sum of the
accounts under it. Balances read on the account's normal side (an asset's debit balance, a
liability's credit balance are positive), so a negative number in red is the one to look at.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from coopdesk.ledger.queries import AccountRow
from coopdesk.ui import icons
from coopdesk.ui.models.share_table import format_money

TREE_COLUMNS: tuple[str, ...] = ("code", "name", "balance")
CREDIT_KINDS = frozenset({"liability", "equity", "income"})
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
BALANCE_ROLE = Qt.ItemDataRole.UserRole + 2  # Decimal, on the normal side
MEMBER_LEDGER_ROLE = Qt.ItemDataRole.UserRole + 3
NEGATIVE = QColor("#c62828")
INACTIVE = QColor("#9e9e9e")
ROOT = -1

Index = QModelIndex | QPersistentModelIndex


def normal_balance(kind: str, debit: Decimal, credit: Decimal) -> Decimal:
    """The balance on the side an account of this kind normally has."""
    return credit - debit if kind in CREDIT_KINDS else debit - credit


class AccountTreeModel(QAbstractItemModel):
    """Accounts under their headings; ``set_rows`` replaces them (or only their balances, when
    the chart itself did not change, so the view keeps what is expanded)."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._rows: list[AccountRow] = []
        self._children: dict[int, list[int]] = {ROOT: []}  # position -> child positions
        self._parent: list[int] = []
        self._row_in_parent: list[int] = []
        self._totals: list[tuple[Decimal, Decimal]] = []
        self._by_code: dict[str, int] = {}

    # -- content ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        same_chart = [(r.id, r.parent_id, r.code, r.name, r.active) for r in rows] == [
            (r.id, r.parent_id, r.code, r.name, r.active) for r in self._rows]
        if same_chart:
            self._rows = list(rows)
            self._sum()
            self._emit_balances(ROOT)
            return
        self.beginResetModel()
        self._rows = list(rows)
        position = {r.id: i for i, r in enumerate(self._rows)}
        self._children = {ROOT: []}
        self._parent = []
        self._row_in_parent = []
        for i, r in enumerate(self._rows):
            p = position.get(r.parent_id, ROOT) if r.parent_id is not None else ROOT
            siblings = self._children.setdefault(p, [])
            self._parent.append(p)
            self._row_in_parent.append(len(siblings))
            siblings.append(i)
        self._by_code = {r.code: i for i, r in enumerate(self._rows)}
        self._sum()
        self.endResetModel()

    def _sum(self) -> None:
        """Each account's debits and credits plus those of every account under it."""
        totals = [(r.debit, r.credit) for r in self._rows]
        order: list[int] = []  # pre-order: every parent before its children
        todo = list(self._children.get(ROOT, []))
        while todo:
            i = todo.pop()
            order.append(i)
            todo.extend(self._children.get(i, []))
        for i in reversed(order):  # children before their parents
            p = self._parent[i]
            if p != ROOT:
                d, c = totals[p]
                totals[p] = (d + totals[i][0], c + totals[i][1])
        self._totals = totals

    def _emit_balances(self, parent: int) -> None:
        kids = self._children.get(parent, [])
        if not kids:
            return
        col = TREE_COLUMNS.index("balance")
        first, last = self._index_of(kids[0], col), self._index_of(kids[-1], col)
        self.dataChanged.emit(first, last)
        for k in kids:
            self._emit_balances(k)

    def account_count(self) -> int:
        return len(self._rows)

    def row_of(self, index: Index) -> AccountRow | None:
        pos = self._pos(index)
        return self._rows[pos] if pos != ROOT else None

    def index_of_code(self, code: str, column: int = 0) -> QModelIndex:
        pos = self._by_code.get(code)
        return self._index_of(pos, column) if pos is not None else QModelIndex()

    def totals(self, code: str) -> tuple[Decimal, Decimal]:
        """Debits and credits of an account and of everything under it."""
        pos = self._by_code.get(code)
        return self._totals[pos] if pos is not None else (Decimal(0), Decimal(0))

    def balance(self, code: str) -> Decimal:
        """The balance of ``code`` (with its sub-accounts) on its normal side."""
        pos = self._by_code.get(code)
        if pos is None:
            return Decimal(0)
        d, c = self._totals[pos]
        return normal_balance(self._rows[pos].kind, d, c)

    # -- tree plumbing ---------------------------------------------------------------------

    def _pos(self, index: Index) -> int:
        return int(index.internalId()) if index.isValid() else ROOT

    def _index_of(self, pos: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._row_in_parent[pos], column, pos)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        kids = self._children.get(self._pos(parent), [])
        if not 0 <= row < len(kids) or not 0 <= column < len(TREE_COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        p = self._parent[self._pos(child)]
        return QModelIndex() if p == ROOT else self._index_of(p, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._pos(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(TREE_COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    # -- what it shows ---------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Account"), self.tr("Balance")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TREE_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and TREE_COLUMNS[section] == "balance":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pos = self._pos(index)
        r = self._rows[pos]
        key = TREE_COLUMNS[index.column()]
        d, c = self._totals[pos]
        balance = normal_balance(r.kind, d, c)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "code":
                return r.code
            if key == "name":
                return r.name
            return format_money(balance, self.currency) if (d or c) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "balance":
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            if not r.active:
                return INACTIVE
            if key == "balance" and balance < 0:
                return NEGATIVE
            return None
        if role == Qt.ItemDataRole.FontRole and not r.postable:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and key == "name" and r.member_ledger:
            return icons.icon("members")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, d, c)
        if role == CODE_ROLE:
            return r.code
        if role == BALANCE_ROLE:
            return balance
        if role == MEMBER_LEDGER_ROLE:
            return r.member_ledger
        return None

    def _tooltip(self, r: AccountRow, debit: Decimal, credit: Decimal) -> str:
        lines = [f"{r.code} {r.name}",
                 self.tr("Debits {debit} · credits {credit}").format(
                     debit=format_money(debit, self.currency),
                     credit=format_money(credit, self.currency))]
        if not r.postable:
            lines.append(self.tr("A heading: it shows the sum of the accounts under it."))
        if r.member_ledger:
            lines.append(self.tr("Member accounts: every line posted here names a member."))
        if not r.active:
            lines.append(self.tr("Closed: no more entries."))
        return "\n".join(lines)
