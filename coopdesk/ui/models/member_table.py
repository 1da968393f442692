"""The member register as a Qt table model, in the pattern of Anki's card browser.

The model keeps only the ordered ids of the members that match the current filter and sort, as
SQL returns them, and a cache of rows that it fills a page at a time (``rows_for``) when the view
asks for a row it does not hold. Sorting and filtering query the ids again; a change to the
register drops the cache. So a register of 100,000 members costs one list of ints and the few
hundred rows on screen, never the whole table.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import queries
from coopdesk.members.queries import MemberFilter, MemberRow
from coopdesk.members.rules import ROLE_LABELS, SEX_LABELS, STATUS_LABELS, Status

COLUMNS: tuple[str, ...] = ("number", "last_names", "first_names", "sex", "birth_date", "role",
                            "status", "locality", "phone", "national_id", "join_date")
DATE_COLUMNS = frozenset({"birth_date", "join_date"})

STATUS_COLOURS: dict[str, str] = {
    Status.ACTIVE: "#2e7d32",     # green
    Status.APPLICANT: "#1565c0",  # blue
    Status.SUSPENDED: "#ef6c00",  # orange
    Status.EXITED: "#9e9e9e",     # grey
    Status.DECEASED: "#000000",   # black
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2

UowSource = UnitOfWork | Callable[[], UnitOfWork]
Index = QModelIndex | QPersistentModelIndex


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#607d8b"))


def status_icon(status: str, size: int = 16) -> QIcon:
    """A coloured dot for a status (active green, applicant blue, suspended orange...)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(status_colour(status))
    margin = max(1, size // 8)
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pix)


@functools.cache
def format_day(day: dt.date, lang: str) -> str:
    return str(format_date(day, format="medium", locale=lang))


def status_label(status: str) -> str:
    return _label(STATUS_LABELS, status)


def sex_label(sex: str) -> str:
    return _label(SEX_LABELS, sex)


def role_label(role: str) -> str:
    return _label(ROLE_LABELS, role)


def _label(table: dict[Any, str], code: str) -> str:
    """The translated label of a code (the tables' keys are ``StrEnum`` members)."""
    source = table.get(code)
    return _(source) if source is not None else code


class MemberTableModel(QAbstractTableModel):
    """The filtered, sorted register: ids in memory, rows fetched in pages of ``PAGE_SIZE``."""

    PAGE_SIZE = 200
    CACHE_LIMIT = 5000  # rows kept before the cache starts over (scrolling far through 100k)

    def __init__(self, uow: UowSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow_source = uow
        self._filter = MemberFilter()
        self._sort = "number"
        self._descending = False
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._cache: dict[int, MemberRow] = {}
        self._icons: dict[str, QIcon] = {}
        self._query_ids()

    # -- what the model shows -------------------------------------------------------------

    def uow(self) -> UnitOfWork:
        """The unit of work now (read at call time: the user may have changed)."""
        src = self._uow_source
        return src if isinstance(src, UnitOfWork) else src()

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def member_count(self) -> int:
        return len(self._ids)

    def cached_rows(self) -> int:
        return len(self._cache)

    # -- changes ---------------------------------------------------------------------------

    def set_filter(self, f: MemberFilter) -> None:
        """Show the members matching ``f`` (filtered in SQL)."""
        if f == self._filter:
            return
        self._filter = f
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reload()

    def invalidate(self) -> None:
        """The register changed: query the ids again (same filter and sort), drop the cache."""
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._query_ids()
        self.endResetModel()

    def _query_ids(self) -> None:
        self._ids = queries.member_ids(self.uow(), self._filter, self._sort, self._descending)
        self._positions = None
        self._cache.clear()

    # -- rows ------------------------------------------------------------------------------

    def row_at(self, row: int) -> MemberRow | None:
        """The member shown at ``row``, fetching its page if it is not cached."""
        if not 0 <= row < len(self._ids):
            return None
        member_id = self._ids[row]
        found = self._cache.get(member_id)
        if found is None:
            self._fetch_page(row)
            found = self._cache.get(member_id)
        return found

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.PAGE_SIZE
        wanted = [i for i in self._ids[start:start + self.PAGE_SIZE] if i not in self._cache]
        if len(self._cache) + len(wanted) > self.CACHE_LIMIT:
            self._cache.clear()
        self._cache.update(queries.rows_for(self.uow(), wanted))

    def row_of_id(self, member_id: int) -> int | None:
        """Where a member is in the current order, or None when the filter hides them."""
        if self._positions is None:
            self._positions = {mid: i for i, mid in enumerate(self._ids)}
        return self._positions.get(member_id)

    def numbers_at(self, rows: Sequence[int]) -> list[int]:
        out = []
        for r in sorted(set(rows)):
            found = self.row_at(r)
            if found is not None:
                out.append(found.number)
        return out

    # -- Qt's interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Last names"), self.tr("First names"), self.tr("Sex"),
                self.tr("Born"), self.tr("Role"), self.tr("Status"), self.tr("Locality"),
                self.tr("Phone"), self.tr("National ID"), self.tr("Joined")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] == "number":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                        ID_ROLE, NUMBER_ROLE):
            return None
        found = self.row_at(index.row())
        if found is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(found, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "number":
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DecorationRole:
            if key != "status":
                return None
            if found.status not in self._icons:
                self._icons[found.status] = status_icon(found.status)
            return self._icons[found.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{found.first_names} {found.last_names} ({found.number})"
        if role == ID_ROLE:
            return found.id
        return found.number

    @staticmethod
    def display(row: MemberRow, key: str) -> str:
        value = getattr(row, key)
        if value is None:
            return ""
        if key in DATE_COLUMNS:
            return format_day(value, language())
        if key == "sex":
            return sex_label(value)
        if key == "role":
            return role_label(value)
        if key == "status":
            return status_label(value)
        return str(value)
