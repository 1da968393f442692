"""The base of the big tables: rows read from a query a page at a time as the view scrolls
(``canFetchMore``/``fetchMore``), so a table of 100,000 lines holds only what was scrolled to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
R = TypeVar("R")


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Fed by ``count``/``fetch`` (:meth:`set_source`) it reads ``PAGE`` rows at a time; fed a
    list (:meth:`set_rows`) it shows that list. Subclasses say the columns and the cells."""

    PAGE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self.total = 0
        self.fetches = 0  # how many pages were read (tests check the paging)
        self._fetch: Callable[[int, int], list[R]] | None = None

    def set_source(self, count: Callable[[], int], fetch: Callable[[int, int], list[R]]
                   ) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self.total = count()
        self.rows = self._read(0)
        self.endResetModel()

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._fetch = None
        self.rows = list(rows)
        self.total = len(self.rows)
        self.endResetModel()

    def _read(self, offset: int) -> list[R]:
        if self._fetch is None or offset >= self.total:
            return []
        self.fetches += 1
        return self._fetch(offset, self.PAGE)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._read(len(self.rows))
        if not more:  # the query found fewer rows than it counted: something changed
            self.total = len(self.rows)
            return
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
