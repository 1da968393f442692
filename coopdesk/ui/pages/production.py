"""The Production and sales page: what members and work groups brought out, what the
cooperative bought from them and sold to buyers, and how many grams a miner brought out a day
(above the Fairmined limit is highlighted) — over a period chosen at the top.

Writes go through the forms in :mod:`coopdesk.ui.dialogs.production_forms` and their
services; the page learns of them through the hub (``production``, ``ledger``) and reads again.
A period of lots is a few thousand rows at most, so the tables hold their rows and sort them in
memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import Changes, UnitOfWork
from coopdesk.production import queries as pq
from coopdesk.production.lists import LotRow, PurchaseRow, lot_rows, purchase_rows
from coopdesk.production.services import MINERALS
from coopdesk.reports.cells import NUMERIC, CellFormatter
from coopdesk.reports.document import Cell, Kind
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.production_forms import LotDialog, PurchaseDialog, SaleDialog, grams_text
from coopdesk.ui.widgets.buttons import action_button
from coopdesk.ui.widgets.period import PeriodBar

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ABOVE_BG = QBrush(QColor("#ffe0b2"))
ABOVE_FG = QBrush(QColor("#8a3b00"))
MUTED_FG = QBrush(QColor("#8a949e"))
_ROOT = QModelIndex()


# ---- a table of plain rows -----------------------------------------------------------------------

@dataclass(frozen=True)
class Col(Generic[T]):
    title: str
    kind: Kind
    value: Callable[[T], Cell]


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one dataclass, typed cells formatted as the reports format them, sorted in
    memory; ``flag(row)`` names the rows to highlight (with a tooltip saying why)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Col[T]] = []
        self.rows: list[T] = []
        self.flag: Callable[[T], str | None] = lambda _row: None
        self.muted: Callable[[T], bool] = lambda _row: False
        self.fmt = CellFormatter(language(), "USD")

    def configure(self, columns: list[Col[T]], currency: str) -> None:
        self.beginResetModel()
        self.columns = columns
        self.fmt = CellFormatter(language(), currency)
        self.endResetModel()

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and \
                    self.columns[section].kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or \
                index.column() >= len(self.columns):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fmt.text(col.kind, col.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return ABOVE_BG if self.flag(row) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return ABOVE_FG if self.flag(row) else MUTED_FG if self.muted(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.flag(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        value = self.columns[column].value

        def key(row: T) -> tuple[bool, Any]:
            v = value(row)
            return (v is None, v if v is not None else 0)

        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [id(self.rows[i.row()]) for i in before]
        with contextlib.suppress(TypeError):  # a column of mixed types keeps its order
            self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(r): k for k, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            before, [self.index(where[h], i.column()) for h, i in zip(held, before, strict=True)])
        self.layoutChanged.emit()


def _table(name: str, model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(int(parent.fontMetrics().height() * 1.9))
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(True)
    hh.setSortIndicatorShown(True)
    return view


# ---- the page ----------------------------------------------------------------------------------

class ProductionPage(QWidget):
    """Lots, purchases, sales and grams per miner per day over a period."""

    status_message = Signal(str)
    icon_name = "production"
    TABS = ("lots", "purchases", "sales", "per_miner_day")

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ProductionPage", "Production and sales")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productionPage")
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.stale = False
        self.lots: RowsModel[LotRow] = RowsModel(self)
        self.purchases: RowsModel[PurchaseRow] = RowsModel(self)
        self.sales: RowsModel[pq.SaleLine] = RowsModel(self)
        self.per_day: RowsModel[pq.ProductivityLine] = RowsModel(self)
        self._build()
        self._retranslate()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def uow(self) -> UnitOfWork:
        return self.ctx.uow

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.period = PeriodBar(self.uow, self, self.today, choice="year")
        self.period.changed.connect(self.refresh)
        self.lot_button = self._button("recordLot", icons.icon("new"), self.record_lot)
        style = self.style()
        self.buy_button = self._button(
            "buy", style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.buy)
        self.sale_button = self._button(
            "sell", style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), self.sell)
        top = QHBoxLayout()
        top.addWidget(self.lot_button)
        top.addWidget(self.buy_button)
        top.addWidget(self.sale_button)
        top.addStretch(1)
        top.addWidget(self.period)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.lot_table = _table("lotTable", self.lots, self)
        self.purchase_table = _table("purchaseTable", self.purchases, self)
        self.sale_table = _table("saleTable", self.sales, self)
        self.per_day_table = _table("perDayTable", self.per_day, self)
        self.per_day_note = QLabel()
        self.per_day_note.setObjectName("perDayNote")
        self.per_day_note.setWordWrap(True)
        self.mineral = QComboBox()
        self.mineral.setObjectName("perDayMineral")
        for code in MINERALS:
            self.mineral.addItem("", code)
        self.mineral.currentIndexChanged.connect(lambda _i: self._load_per_day())
        per_day = QWidget()
        col = QVBoxLayout(per_day)
        head = QHBoxLayout()
        head.addWidget(self.per_day_note, 1)
        head.addWidget(self.mineral)
        col.addLayout(head)
        col.addWidget(self.per_day_table, 1)
        for widget in (self.lot_table, self.purchase_table, self.sale_table, per_day):
            self.tabs.addTab(widget, "")
        self.lot_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def _button(self, name: str, icon: Any, slot: Callable[[], None]) -> QPushButton:
        return action_button(name, icon, slot, 24)

    def _retranslate(self) -> None:
        self.lot_button.setText(self.tr("Record lot…"))
        self.buy_button.setText(self.tr("Buy from member…"))
        self.sale_button.setText(self.tr("Record sale…"))
        for i, text in enumerate((self.tr("Lots"), self.tr("Purchases"), self.tr("Sales"),
                                  self.tr("Grams per miner per day"))):
            self.tabs.setTabText(i, text)
        for i, code in enumerate(MINERALS):
            self.mineral.setItemText(i, _(MINERALS[code]))
        self.period.retranslate()
        self._configure()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _configure(self) -> None:
        """The columns, in the language now spoken."""
        cur = self.uow().coop().currency

        def mineral(code: str) -> str:
            return _(MINERALS[code]) if code in MINERALS else code

        self.lots.configure([
            Col(self.tr("Date"), Kind.DATE, lambda r: r.date),
            Col(self.tr("Lot"), Kind.INT, lambda r: r.number),
            Col(self.tr("Member or work group"), Kind.TEXT, lambda r: r.producer),
            Col(self.tr("Site"), Kind.TEXT, lambda r: r.site),
            Col(self.tr("Mineral"), Kind.TEXT, lambda r: mineral(r.mineral)),
            Col(self.tr("Miners × days"), Kind.TEXT, lambda r: f"{r.miners} × {r.days}"),
            Col(self.tr("Grams"), Kind.DECIMAL, lambda r: r.grams),
            Col(self.tr("Fineness ‰"), Kind.DECIMAL, lambda r: r.fineness),
            Col(self.tr("Fine grams"), Kind.DECIMAL, lambda r: r.fine_grams),
            Col(self.tr("Sold (g)"), Kind.DECIMAL, lambda r: r.sold),
            Col(self.tr("Left (g)"), Kind.DECIMAL, lambda r: r.left),
            Col(self.tr("Bought"), Kind.TEXT, lambda r: self.tr("no. {number}").format(
                number=r.purchase) if r.purchase else None),
        ], cur)
        self.lots.flag = self._lot_flag
        self.lots.muted = lambda r: r.left == 0
        self.purchases.configure([
            Col(self.tr("Date"), Kind.DATE, lambda r: r.date),
            Col(self.tr("No."), Kind.INT, lambda r: r.number),
            Col(self.tr("Member"), Kind.TEXT, lambda r: f"{r.member:04d} {r.name}"),
            Col(self.tr("Lot"), Kind.INT, lambda r: r.lot),
            Col(self.tr("Grams"), Kind.DECIMAL, lambda r: r.grams),
            Col(self.tr("Fineness ‰"), Kind.DECIMAL, lambda r: r.fineness),
            Col(self.tr("Fine grams"), Kind.DECIMAL, lambda r: r.fine_grams),
            Col(self.tr("Price per fine gram"), Kind.MONEY, lambda r: r.price_per_gram),
            Col(self.tr("Amount"), Kind.MONEY, lambda r: r.amount),
            Col(self.tr("Note"), Kind.TEXT, lambda r: self.tr("reversed") if r.reversed else None),
        ], cur)
        self.purchases.muted = lambda r: r.reversed

        def lots(parts: Sequence[tuple[int, Decimal]]) -> str:
            return ", ".join(self.tr("lot {lot}: {grams} g").format(lot=n, grams=grams_text(g))
                             for n, g in parts)

        self.sales.configure([
            Col(self.tr("Date"), Kind.DATE, lambda r: r.date),
            Col(self.tr("No."), Kind.INT, lambda r: r.number),
            Col(self.tr("Buyer"), Kind.TEXT, lambda r: r.buyer),
            Col(self.tr("Mineral"), Kind.TEXT, lambda r: mineral(r.mineral)),
            Col(self.tr("Grams"), Kind.DECIMAL, lambda r: r.grams),
            Col(self.tr("Fineness ‰"), Kind.DECIMAL, lambda r: r.fineness),
            Col(self.tr("Fine grams"), Kind.DECIMAL, lambda r: r.fine_grams),
            Col(self.tr("Amount"), Kind.MONEY, lambda r: r.amount),
            Col(self.tr("Premium"), Kind.MONEY, lambda r: r.premium),
            Col(self.tr("Lots"), Kind.TEXT, lambda r: lots(r.lots)),
        ], cur)
        self.per_day.configure([
            Col(self.tr("Member or work group"), Kind.TEXT, lambda r: r.producer),
            Col(self.tr("Lots"), Kind.INT, lambda r: r.lots),
            Col(self.tr("Miner-days"), Kind.INT, lambda r: r.miner_days),
            Col(self.tr("Grams"), Kind.DECIMAL, lambda r: r.grams),
            Col(self.tr("Grams per miner per day"), Kind.DECIMAL, lambda r: r.per_miner_day),
            Col(self.tr("Lots above the limit"), Kind.INT, lambda r: r.lots_above),
        ], cur)
        self.per_day.flag = self._per_day_flag
        widths = {self.lot_table: (0, 5, 24, 14, 9, 13, 9, 11, 11, 9, 9),
                  self.purchase_table: (0, 5, 24, 5, 9, 11, 11, 17, 15),
                  self.sale_table: (0, 5, 20, 9, 9, 11, 11, 15, 14),
                  self.per_day_table: (28, 6, 11, 10, 24)}
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        # Dates are measured: the longest month name differs between languages.
        fmt = CellFormatter(language(), cur)
        date_w = max(metrics.horizontalAdvance(fmt.date(dt.date(2026, m, 28)))
                     for m in range(1, 13)) + 24
        for view, chars in widths.items():
            for i, n in enumerate(chars):
                view.horizontalHeader().resizeSection(i, n * char + 18 if n else date_w)

    def _lot_flag(self, row: LotRow) -> str | None:
        if row.mineral == "gold" and row.per_miner_day > pq.FAIRMINED_DAILY_LIMIT_G:
            return self.tr("{grams} g per miner per day: above the Fairmined limit of "
                           "{limit} g").format(grams=grams_text(row.per_miner_day),
                                               limit=grams_text(pq.FAIRMINED_DAILY_LIMIT_G))
        return None

    def _per_day_flag(self, row: pq.ProductivityLine) -> str | None:
        if row.above:
            return self.tr("Above the Fairmined limit of {limit} g per miner per day").format(
                limit=grams_text(pq.FAIRMINED_DAILY_LIMIT_G))
        return None

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        uow = self.uow()
        start, end = self.period.period()
        self.lots.set_rows(lot_rows(uow, start, end))
        self.purchases.set_rows(purchase_rows(uow, start, end))
        self.sales.set_rows(pq.sales(uow, start, end))
        self._load_per_day()
        s = pq.summary(uow, start, end)
        cur = uow.coop().currency
        money = self.lots.fmt
        self.summary.setText(self.tr(
            "{lots} lot(s), {grams} g produced · bought {bought} g for {paid} {currency} · "
            "sold {sold} g for {sales} {currency}, premium {premium} {currency}").format(
            lots=s.lots, grams=grams_text(s.grams), bought=grams_text(s.purchased_grams),
            paid=money.text(Kind.MONEY, s.purchase_amount), sold=grams_text(s.sold_grams),
            sales=money.text(Kind.MONEY, s.sales_amount),
            premium=money.text(Kind.MONEY, s.premium), currency=cur))
        self._update_buttons()

    def _load_per_day(self) -> None:
        start, end = self.period.period()
        code = str(self.mineral.currentData() or "gold")
        rows = pq.productivity(self.uow(), start, end, code)
        self.per_day.set_rows(rows)
        above = sum(1 for r in rows if r.above)
        limit = grams_text(pq.FAIRMINED_DAILY_LIMIT_G)
        text = self.tr("Grams of each member or work group divided by the miners and days of "
                       "its lots. The Fairmined Standard allows at most {limit} g of gold per "
                       "miner per day.").format(limit=limit)
        if above:
            text += " " + self.tr("{count} producer(s) above the limit, highlighted.").format(
                count=above)
        self.per_day_note.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
        else:
            self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches("production", "ledger", "members", "sites"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def selected_lots(self) -> list[LotRow]:
        rows = sorted(i.row() for i in self.lot_table.selectionModel().selectedRows())
        return [r for r in (self.lots.row_at(i) for i in rows) if r is not None]

    def _update_buttons(self) -> None:
        actor = self.uow().actor
        produce = actor.can(Permission.PRODUCTION_WRITE)
        trade = produce and actor.can(Permission.LEDGER_POST)
        self.lot_button.setEnabled(produce)
        self.lot_button.setToolTip(
            self.tr("Record what a member or a work group brought out") if produce
            else self.tr("Your role may not record production."))
        for button, tip in ((self.buy_button, self.tr("The cooperative buys a member's lot "
                                                      "and pays them")),
                            (self.sale_button, self.tr("Sell lots to a buyer; the premium is "
                                                       "booked apart"))):
            button.setEnabled(trade)
            button.setToolTip(tip if trade else self.tr(
                "Your role may not record purchases and sales: it needs the rights to record "
                "production and journal entries."))

    # -- the work ------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    def record_lot(self) -> None:
        if not self.uow().actor.can(Permission.PRODUCTION_WRITE):
            return
        dialog = LotDialog(self.uow(), self, self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_number is not None:
            self.say(self.tr("Lot {number} recorded.").format(number=dialog.saved_number))

    def buy(self) -> None:
        chosen = next((r for r in self.selected_lots()
                       if r.member is not None and r.purchase is None), None)
        dialog = PurchaseDialog(self.uow(), self, self.today,
                                member=chosen.member if chosen else None,
                                lot=chosen.number if chosen else None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_number is not None:
            self.say(self.tr("Purchase {number} recorded and posted to the books.").format(
                number=dialog.saved_number))

    def sell(self) -> None:
        chosen = [r.number for r in self.selected_lots() if r.left > 0]
        dialog = SaleDialog(self.uow(), self, self.today, lots=chosen)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_number is not None:
            self.say(self.tr("Sale {number} recorded and posted to the books.").format(
                number=dialog.saved_number))
