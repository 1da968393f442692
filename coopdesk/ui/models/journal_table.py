"""The journal as a paged Qt table: newest entries first, a count and a few pages in memory.

A cooperative's journal can reach a million entries, far more than a cheap laptop should hold
as objects. The model asks the database how many entries match the filter and then fetches the
rows a page at a time as the view scrolls: by keyset after the page above when that page is in
the cache (the common case, scrolling down), by ``OFFSET`` after a jump of the scroll bar. A
change to the books (the hub's ``Changes``) drops the cache and counts again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from coopdesk.core.i18n import language, translate
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries
from coopdesk.ledger.cashbook import BY_KEY
from coopdesk.ledger.queries import JournalFilter, JournalRow
from coopdesk.ui.models.member_table import format_day
from coopdesk.ui.models.share_table import format_money

JOURNAL_COLUMNS: tuple[str, ...] = ("date", "number", "description", "reference", "amount",
                                    "status", "links", "source")
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DRAFT_COLOUR = QColor("#ef6c00")
REVERSED_COLOUR = QColor("#9e9e9e")

UowSource = UnitOfWork | Callable[[], UnitOfWork]
Index = QModelIndex | QPersistentModelIndex


class JournalTableModel(QAbstractTableModel):
    """The entries matching a :class:`JournalFilter`, fetched in pages of ``PAGE_SIZE``."""

    PAGE_SIZE = 200
    MAX_PAGES = 25  # pages kept; the least recently used goes first

    def __init__(self, uow: UowSource, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow_source = uow
        self.currency = currency
        self._filter = JournalFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[JournalRow]] = OrderedDict()
        self.fetches = 0  # pages read from the database (for tests and benchmarks)
        self._count = queries.journal_count(self.uow(), self._filter)

    def uow(self) -> UnitOfWork:
        src = self._uow_source
        return src if isinstance(src, UnitOfWork) else src()

    @property
    def journal_filter(self) -> JournalFilter:
        return self._filter

    def entry_count(self) -> int:
        return self._count

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- changes ---------------------------------------------------------------------------

    def set_filter(self, f: JournalFilter) -> None:
        if f == self._filter:
            return
        self._filter = f
        self.invalidate()

    def invalidate(self) -> None:
        """The books changed: count again and forget the pages."""
        self.beginResetModel()
        self._pages.clear()
        self._count = queries.journal_count(self.uow(), self._filter)
        self.endResetModel()

    # -- rows ------------------------------------------------------------------------------

    def row_at(self, row: int) -> JournalRow | None:
        if not 0 <= row < self._count:
            return None
        page, at = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        return rows[at] if at < len(rows) else None

    def _fetch(self, page: int) -> list[JournalRow]:
        before = self._pages.get(page - 1)
        if before is not None and len(before) == self.PAGE_SIZE:
            last = before[-1]
            rows = queries.journal_page(self.uow(), self._filter, limit=self.PAGE_SIZE,
                                        after=(last.date, last.id))
        else:
            rows = queries.journal_page(self.uow(), self._filter,
                                        offset=page * self.PAGE_SIZE, limit=self.PAGE_SIZE)
        self.fetches += 1
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def row_of_id(self, entry_id: int) -> int | None:
        """Where an entry is, among the pages in memory (None when it is not loaded)."""
        for page, rows in self._pages.items():
            for at, r in enumerate(rows):
                if r.id == entry_id:
                    return page * self.PAGE_SIZE + at
        return None

    # -- Qt's interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(JOURNAL_COLUMNS)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("No."), self.tr("Description"), self.tr("Reference"),
                self.tr("Amount"), self.tr("Status"), self.tr("Reversal"), self.tr("Source")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(JOURNAL_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and JOURNAL_COLUMNS[section] == "amount":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(JOURNAL_COLUMNS):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                        ENTRY_ID_ROLE):
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        key = JOURNAL_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("amount", "number"):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.status != queries.POSTED:
                return DRAFT_COLOUR
            return REVERSED_COLOUR if r.reversed_by is not None else None
        if role == Qt.ItemDataRole.FontRole:
            if r.status != queries.POSTED:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "reference" and r.attachments:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        return r.id

    def display(self, r: JournalRow, key: str) -> str:
        if key == "date":
            return format_day(r.date, language())
        if key == "number":
            return str(r.key) if r.key is not None else self.tr("draft")
        if key == "description":
            return r.description
        if key == "reference":
            return r.reference or ""
        if key == "amount":
            return format_money(r.total, self.currency)
        if key == "status":
            return self.status_text(r)
        if key == "links":
            if r.reversed_by is not None:
                return self.tr("reversed by {entry}").format(entry=r.reversed_by)
            if r.reverses is not None:
                return self.tr("reverses {entry}").format(entry=r.reverses)
            return ""
        return self.source_text(r)

    def status_text(self, r: JournalRow) -> str:
        if r.status != queries.POSTED:
            return self.tr("Draft")
        if r.reversed_by is not None:
            return self.tr("Reversed")
        return self.tr("Posted")

    def source_text(self, r: JournalRow) -> str:
        if r.source is None:
            return self.tr("Entered by hand")
        if r.source == "cash":
            return self.tr("Cash book")
        labels = {"opening": self.tr("Opening balances"), "closing": self.tr("Year-end closing"),
                  "shares": self.tr("Share register"), "purchase": self.tr("Gold purchase"),
                  "sale": self.tr("Gold sale"), "import": self.tr("Imported")}
        label = labels.get(r.source, r.source)
        if r.source in ("shares", "purchase", "sale") and r.source_ref:
            return self.tr("{source} no. {number}").format(source=label, number=r.source_ref)
        return label

    def _tooltip(self, r: JournalRow) -> str:
        lines = [r.description]
        if r.source == "cash":
            template = BY_KEY.get(r.source_ref or "")
            if template is not None:
                lines.append(self.tr("Cash book: {kind}").format(
                    kind=translate("coopdesk", template.label)))
        if r.attachments:
            lines.append(self.tr("{count} scanned receipt(s) attached").format(
                count=r.attachments))
        if r.status != queries.POSTED:
            lines.append(self.tr("A draft: not in the books until it is posted."))
        lines.append(self.tr("Double-click to see the lines."))
        return "\n".join(lines)
