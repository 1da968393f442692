"""The business plan tab of the Plans page: choose a plan (or make, copy, adopt and export one),
write its five sections in Markdown, enter each year's production and prices, its costs and its
investments, and read the computed results: the income statement, the break-even in words, the
cash projection and a chart of revenue against costs with the cash line.

Writing needs ``Permission.PLANS``; every role reads. An adopted plan is shown, never changed:
a new version is a copy. The rules are :mod:`coopdesk.plans.business`'.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.money import D, parse_amount
from coopdesk.core.uow import Changes
from coopdesk.plans import business as bp
from coopdesk.plans.business_report import break_even_words, business_plan_document, cash_words
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.plan_forms import (
    AdoptDialog,
    CopyPlanDialog,
    CostDialog,
    InvestmentDialog,
    NewPlanDialog,
)
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker
from coopdesk.ui.widgets.chart import number

AREAS = ("plans", "books")
RED, GREEN, AMBER = "#b71c1c", "#1b5e20", "#8a4f00"
REVENUE, COSTS, CASH = QColor("#009E73"), QColor("#0072B2"), QColor("#E69F00")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, *, right: bool = False, bold: bool = False, colour: str | None = None,
          editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    if bold:
        f = item.font()
        f.setBold(True)
        item.setFont(f)
    if colour:
        item.setForeground(QBrush(QColor(colour)))
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(name: str, columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(columns)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setWordWrap(False)
    hh = t.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return t


def _fit(t: QTableWidget) -> None:
    """A short table as tall as its rows, so the panel scrolls instead of the table."""
    height = t.horizontalHeader().height() + 4
    for r in range(t.rowCount()):
        height += t.rowHeight(r)
    t.setFixedHeight(max(height, 60))


class PlanChart(QWidget):
    """Revenue (sales and premium) and total costs per year as grouped bars, and the cash at
    the end of each year as a line, on one money scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planChart")
        self.labels: list[str] = []
        self.revenue: list[float] = []
        self.costs: list[float] = []
        self.cash: list[float] = []
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 300)

    def set_data(self, labels: list[str], revenue: list[Decimal], costs: list[Decimal],
                 cash: list[Decimal]) -> None:
        # floats for drawing only; the numbers shown come from the exact values' text
        self.labels = labels
        self.revenue = [float(v) for v in revenue]
        self.costs = [float(v) for v in costs]
        self.cash = [float(v) for v in cash]
        self.setToolTip("\n".join(
            f"{lab}: {_('revenue')} {number(float(r))}, {_('costs')} {number(float(c))}, "
            f"{_('cash')} {number(float(k))}"
            for lab, r, c, k in zip(labels, revenue, costs, cash, strict=True)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        fm = QFontMetricsF(self.font())
        line = fm.height()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        title = QFont(self.font())
        title.setBold(True)
        p.setFont(title)
        p.setPen(QColor("#222222"))
        p.drawText(QRectF(area.left(), area.top(), area.width(), line),
                   Qt.AlignmentFlag.AlignLeft, _("Revenue, costs and cash per year"))
        p.setFont(self.font())
        x = area.left()
        legend_y = area.top() + line * 1.4
        for colour, text in ((REVENUE, _("Revenue (sales and premium)")),
                             (COSTS, _("Total costs")), (CASH, _("Cash at the end of the year"))):
            p.fillRect(QRectF(x, legend_y + line * 0.25, line * 0.8, line * 0.5), colour)
            x += line
            p.drawText(QRectF(x, legend_y, fm.horizontalAdvance(text) + 4, line),
                       Qt.AlignmentFlag.AlignLeft, text)
            x += fm.horizontalAdvance(text) + line * 1.2
        if not self.labels:
            return
        values = self.revenue + self.costs + self.cash
        top, low = max(max(values), 0.0), min(min(values), 0.0)
        span = (top - low) or 1.0
        top += span * 0.08              # room above the tallest bar
        low -= span * 0.08 if low < 0 else 0.0
        span = top - low
        axis_w = max(fm.horizontalAdvance(number(round(v))) for v in (top, low)) + 10
        plot = QRectF(area.left() + axis_w, legend_y + line * 1.8,
                      area.width() - axis_w, area.bottom() - legend_y - line * 3.6)

        def y_of(v: float) -> float:
            return plot.bottom() - (v - low) / span * plot.height()

        p.setPen(QPen(QColor("#dddddd")))
        for k in range(5):
            v = low + span * k / 4
            yy = y_of(v)
            p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(area.left(), yy - line / 2, axis_w - 6, line), RIGHT,
                       number(round(v)))
            p.setPen(QPen(QColor("#dddddd")))
        p.setPen(QPen(QColor("#444444")))
        p.drawLine(QPointF(plot.left(), y_of(0)), QPointF(plot.right(), y_of(0)))
        n = len(self.labels)
        slot = plot.width() / n
        bar = slot * 0.28
        points = []
        for i, label in enumerate(self.labels):
            cx = plot.left() + slot * (i + 0.5)
            for k, (v, colour) in enumerate(((self.revenue[i], REVENUE),
                                             (self.costs[i], COSTS))):
                left = cx - bar + k * bar
                y0, y1 = y_of(0), y_of(v)
                p.fillRect(QRectF(left + 1, min(y0, y1), bar - 2, abs(y1 - y0)), colour)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(cx - slot / 2, plot.bottom() + 4, slot, line),
                       Qt.AlignmentFlag.AlignHCenter, label)
            points.append(QPointF(cx, y_of(self.cash[i])))
        pen = QPen(CASH)
        pen.setWidthF(2.5)
        p.setPen(pen)
        for a, b in itertools.pairwise(points):
            p.drawLine(a, b)
        p.setBrush(CASH)
        for pt in points:
            p.drawEllipse(pt, 4, 4)
        p.end()


class BusinessPlanTab(WritesInWorker, QWidget):
    """The business plan: chooser and actions above; sections, numbers and results below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessPlanTab")
        self.ctx = ctx
        self.detail: bp.PlanDetail | None = None
        self.busy = False
        self.last_export: Path | None = None
        self._loading = False
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    # ---- building -------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())  # type: ignore[operator]
        return b

    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setObjectName("planChooser")
        self.chooser.setMinimumWidth(320)
        self.chooser.currentIndexChanged.connect(lambda _i: self._show_current())
        self.new_button = self._button("newPlan", _("New plan…"), self.new_plan)
        self.copy_button = self._button("copyPlan", _("Copy…"), self.copy_plan)
        self.adopt_button = self._button("adoptPlan", _("Adopt…"), self.adopt_plan)
        self.pdf_button = self._button("exportPdf", _("Export PDF…"),
                                       lambda: self.export("pdf"))
        self.xlsx_button = self._button("exportExcel", _("Export Excel…"),
                                        lambda: self.export("xlsx"))
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Plan:")))
        top.addWidget(self.chooser, 1)
        for b in (self.new_button, self.copy_button, self.adopt_button, self.pdf_button,
                  self.xlsx_button):
            top.addWidget(b)
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.addTab(self._sections_page(), _("Sections"))
        self.tabs.addTab(self._numbers_page(), _("Production and costs"))
        self.tabs.addTab(self._investments_page(), _("Investments"))
        self.tabs.addTab(self._results_page(), _("Results"))
        self.empty = QLabel(_("No business plan yet. “New plan…” makes one; it can start from "
                              "the books of a fiscal year."))
        self.empty.setObjectName("planEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)

    def _sections_page(self) -> QWidget:
        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        for key, label in bp.SECTIONS.items():
            self.section_list.addItem(_(label))
            self.section_list.item(self.section_list.count() - 1).setData(
                Qt.ItemDataRole.UserRole, key)
        self.section_list.setMaximumWidth(280)
        self.section_list.setSpacing(4)
        self.section_list.currentRowChanged.connect(lambda _r: self._show_section())
        self.editor = QTextEdit()
        self.editor.setObjectName("sectionEditor")
        self.editor.setAcceptRichText(False)
        self.editor.setPlaceholderText(_("Write the section here. Blank lines separate "
                                         "paragraphs; a line starting with “- ” is a bullet; "
                                         "**bold** and *italic* work."))
        self.save_section_button = self._button("saveSection", _("Save the section"),
                                                self.save_section)
        self.section_hint = QLabel()
        self.section_hint.setObjectName("sectionHint")
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.section_hint, 1)
        row.addWidget(self.save_section_button)
        right.addLayout(row)
        page = QWidget()
        lay = QHBoxLayout(page)
        lay.addWidget(self.section_list)
        lay.addLayout(right, 1)
        return page

    def _numbers_page(self) -> QWidget:
        self.years_table = _table("yearsTable", [_("Year"), _("Fine grams sold"),
                                                 _("Price per gram"), _("Premium per gram")])
        self.years_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.years_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.save_years_button = self._button("saveYears", _("Save the years"),
                                              self.save_years)
        self.costs_table = _table("costsTable", [_("Cost")])
        self.costs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.costs_table.itemSelectionChanged.connect(self._update_buttons)
        self.costs_table.doubleClicked.connect(lambda _i: self.change_cost())
        self.add_cost_button = self._button("addCost", _("Add a cost…"), self.add_cost)
        self.change_cost_button = self._button("changeCost", _("Change…"), self.change_cost)
        self.remove_cost_button = self._button("removeCost", _("Remove"), self.remove_cost)
        page = QWidget()
        lay = QVBoxLayout(page)
        head = QHBoxLayout()
        head.addWidget(QLabel(_("<b>Production and prices</b>: type in the table, then save.")),
                       1)
        head.addWidget(self.save_years_button)
        lay.addLayout(head)
        lay.addWidget(self.years_table)
        head = QHBoxLayout()
        head.addWidget(QLabel(_("<b>Costs</b>: per gram sold, or per year")), 1)
        for b in (self.add_cost_button, self.change_cost_button, self.remove_cost_button):
            head.addWidget(b)
        lay.addLayout(head)
        lay.addWidget(self.costs_table, 1)
        return page

    def _investments_page(self) -> QWidget:
        self.inv_table = _table("investmentsTable", [
            _("Item"), _("Year"), _("Cost"), _("Members"), _("Premium"), _("Loan"), _("Grant"),
            _("Loan terms"), _("Life")])
        self.inv_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inv_table.itemSelectionChanged.connect(self._update_buttons)
        self.inv_table.doubleClicked.connect(lambda _i: self.change_investment())
        self.add_inv_button = self._button("addInvestment", _("Add an investment…"),
                                           self.add_investment)
        self.change_inv_button = self._button("changeInvestment", _("Change…"),
                                              self.change_investment)
        self.remove_inv_button = self._button("removeInvestment", _("Remove"),
                                              self.remove_investment)
        self.funding = QLabel()
        self.funding.setObjectName("fundingTotals")
        self.funding.setWordWrap(True)
        page = QWidget()
        lay = QVBoxLayout(page)
        head = QHBoxLayout()
        head.addWidget(QLabel(_("<b>Investment programme</b> and how each item is funded")), 1)
        for b in (self.add_inv_button, self.change_inv_button, self.remove_inv_button):
            head.addWidget(b)
        lay.addLayout(head)
        lay.addWidget(self.inv_table, 1)
        lay.addWidget(self.funding)
        return page

    def _results_page(self) -> QWidget:
        self.income_table = _table("incomeTable", [""])
        self.income_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cash_table = _table("cashTable", [""])
        self.cash_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.break_even = QLabel()
        self.break_even.setObjectName("breakEven")
        self.break_even.setWordWrap(True)
        self.break_even.setTextFormat(Qt.TextFormat.RichText)
        self.cash_note = QLabel()
        self.cash_note.setObjectName("cashNote")
        self.cash_note.setWordWrap(True)
        self.chart = PlanChart()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(QLabel(_("<b>Projected income statement</b>")))
        ll.addWidget(self.income_table)
        ll.addWidget(QLabel(_("<b>Break-even</b>")))
        ll.addWidget(self.break_even)
        ll.addWidget(QLabel(_("<b>Cash projection</b>")))
        ll.addWidget(self.cash_table)
        ll.addWidget(self.cash_note)
        ll.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([740, 520])
        return split

    # ---- state ----------------------------------------------------------------------------

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.PLANS)

    def editable(self) -> bool:
        return (self.can_write() and self.detail is not None
                and not self.detail.summary.adopted)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def current_id(self) -> int | None:
        data = self.chooser.currentData()
        return int(data) if data is not None else None

    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        found = bp.plans(self.ctx.uow)
        self._loading = True
        self.chooser.clear()
        for p in found:
            state = _(bp.STATUS_LABELS[p.status])
            self.chooser.addItem(f"{p.title} ({p.period}) — {state}", p.id)
        at = self.chooser.findData(keep) if keep is not None else -1
        self.chooser.setCurrentIndex(at if at >= 0 else (0 if found else -1))
        self._loading = False
        self._show_current()

    def _show_current(self) -> None:
        if self._loading:
            return
        pid = self.current_id()
        self.detail = bp.plan_detail(self.ctx.uow, pid) if pid is not None else None
        self.empty.setVisible(self.detail is None)
        self.tabs.setVisible(self.detail is not None)
        if self.detail is not None:
            self._fill()
        else:
            self.status.setText("")
        self._update_buttons()

    def _fmt(self) -> CellFormatter:
        assert self.detail is not None
        return CellFormatter(language(), self.detail.currency)

    def _money(self, v: Decimal) -> str:
        return self._fmt().text(Kind.MONEY, v)

    def _fill(self) -> None:
        d = self.detail
        assert d is not None
        fmt = self._fmt()
        if d.adoption is not None:
            self.status.setText(_("Adopted by resolution {ref} of “{meeting}” on {date}. It "
                                  "can no longer be changed; copy it to work on a new version.",
                                  ref=d.adoption.resolution or "-", meeting=d.adoption.meeting,
                                  date=fmt.date(d.adoption.on)))
            self.status.setStyleSheet(f"color: {GREEN};")
        else:
            self.status.setText(_("Draft, {first} to {last}; cash at the start {cash} "
                                  "{currency}.", first=d.year_labels[0],
                                  last=d.year_labels[-1], cash=self._money(d.opening_cash),
                                  currency=d.currency))
            self.status.setStyleSheet("")
        if self.section_list.currentRow() < 0:
            self.section_list.setCurrentRow(0)
        else:
            self._show_section()
        self._fill_years()
        self._fill_costs()
        self._fill_investments()
        self._fill_results()

    def _show_section(self) -> None:
        if self.detail is None:
            return
        row = max(self.section_list.currentRow(), 0)
        sec = self.detail.sections[row]
        self.editor.setMarkdown(sec.text)
        self.section_hint.setText(_("{label}: {words} words", label=sec.label,
                                    words=len(sec.text.split())))

    def _fill_years(self) -> None:
        d = self.detail
        assert d is not None
        t = self.years_table
        t.setRowCount(len(d.years))
        edit = self.editable()
        for r, y in enumerate(d.years):
            t.setItem(r, 0, _item(y.label, bold=True))
            t.setItem(r, 1, _item(self._fmt().text(Kind.DECIMAL, y.grams), right=True,
                                  editable=edit))
            t.setItem(r, 2, _item(self._money(y.price), right=True, editable=edit))
            t.setItem(r, 3, _item(self._money(y.premium), right=True, editable=edit))
        t.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if edit
                          else QAbstractItemView.EditTrigger.NoEditTriggers)
        _fit(t)

    def _fill_costs(self) -> None:
        d = self.detail
        assert d is not None
        t = self.costs_table
        t.setColumnCount(3 + len(d.years))
        t.setHorizontalHeaderLabels([_("Cost"), _("Account"), _("Basis"),
                                     *d.year_labels])
        t.setRowCount(len(d.costs))
        for r, c in enumerate(d.costs):
            t.setItem(r, 0, _item(c.label))
            t.setItem(r, 1, _item(c.account_code or ""))
            t.setItem(r, 2, _item(_("per gram") if c.variable else _("per year")))
            for k, a in enumerate(c.amounts):
                t.setItem(r, 3 + k, _item(self._money(a), right=True))

    def _fill_investments(self) -> None:
        d = self.detail
        assert d is not None
        fmt = self._fmt()
        t = self.inv_table
        t.setRowCount(len(d.investments))
        for r, i in enumerate(d.investments):
            x = i.data
            terms = (_("{years} years at {rate} %", years=x.loan_years,
                       rate=fmt.text(Kind.DECIMAL, x.loan_rate)) if x.from_loan else "")
            cells = [x.item, d.year_labels[x.year_index], self._money(x.cost),
                     self._money(x.from_members), self._money(x.from_premium),
                     self._money(x.from_loan), self._money(x.from_grant), terms,
                     str(x.life_years)]
            for k, text in enumerate(cells):
                t.setItem(r, k, _item(text, right=2 <= k <= 6 or k == 8))
        if d.investments:
            from coopdesk.plans.projection import funding_total

            tot = funding_total([i.data for i in d.investments])
            self.funding.setText(_("Total {cost}: members {members}, premium {premium}, loans "
                                   "{loan}, grants {grant} ({currency}).",
                                   cost=self._money(tot["cost"]),
                                   members=self._money(tot["members"]),
                                   premium=self._money(tot["premium"]),
                                   loan=self._money(tot["loan"]),
                                   grant=self._money(tot["grant"]), currency=d.currency))
        else:
            self.funding.setText(_("No investment planned yet."))

    def _fill_results(self) -> None:
        d = self.detail
        assert d is not None
        fmt = self._fmt()
        ys, cash = d.projection.years, d.projection.cash
        income = [(_("Sales of metal"), [y.revenue for y in ys], False),
                  (_("Variable costs"), [-y.variable_costs for y in ys], False),
                  (_("Fixed costs"), [-y.fixed_costs for y in ys], False),
                  (_("Depreciation"), [-y.depreciation for y in ys], False),
                  (_("Interest on loans"), [-y.interest for y in ys], False),
                  (_("Operating result"), [y.operating_result for y in ys], True),
                  (_("Premium income"), [y.premium for y in ys], False),
                  (_("Net result"), [y.net_result for y in ys], True)]
        flows = [(_("Cash at the start of the year"), [c.opening for c in cash], False),
                 (_("Money in"), [c.inflows for c in cash], False),
                 (_("Money out"), [-c.outflows for c in cash], False),
                 (_("Cash at the end of the year"), [c.closing for c in cash], True)]
        for t, rows in ((self.income_table, income), (self.cash_table, flows)):
            t.setColumnCount(1 + len(d.years))
            t.setHorizontalHeaderLabels([d.currency, *d.year_labels])
            t.setRowCount(len(rows))
            for r, (label, values, bold) in enumerate(rows):
                t.setItem(r, 0, _item(label, bold=bold))
                for k, v in enumerate(values):
                    t.setItem(r, 1 + k, _item(self._money(v), right=True, bold=bold,
                                              colour=RED if v < 0 and bold else None))
            _fit(t)
        words = break_even_words(d, fmt)
        self.break_even.setText("<br>".join(
            f"<span style='color:{GREEN if y.above_break_even else RED}'>&#9679;</span> "
            f"{text}" for y, text in zip(ys, words, strict=True)))
        self.cash_note.setText(cash_words(d, fmt))
        self.cash_note.setStyleSheet(f"color: {RED};" if d.projection.negative_years else "")
        self.chart.set_data(list(d.year_labels), [y.revenue + y.premium for y in ys],
                            [y.total_costs for y in ys], [c.closing for c in cash])

    def _update_buttons(self) -> None:
        can = self.can_write()
        edit = self.editable()
        has = self.detail is not None
        adopted = has and self.detail is not None and self.detail.summary.adopted
        self.new_button.setEnabled(can)
        self.copy_button.setEnabled(can and has)
        self.adopt_button.setEnabled(edit)
        self.pdf_button.setEnabled(has and not self.busy)
        self.xlsx_button.setEnabled(has and not self.busy)
        self.editor.setReadOnly(not edit)
        self.save_section_button.setEnabled(edit)
        self.save_years_button.setEnabled(edit)
        self.add_cost_button.setEnabled(edit)
        self.add_inv_button.setEnabled(edit)
        cost = bool(self.costs_table.selectionModel().selectedRows())
        inv = bool(self.inv_table.selectionModel().selectedRows())
        self.change_cost_button.setEnabled(edit and cost)
        self.remove_cost_button.setEnabled(edit and cost)
        self.change_inv_button.setEnabled(edit and inv)
        self.remove_inv_button.setEnabled(edit and inv)
        tip = ("" if edit else _("Your role may read the business plan but not change it.")
               if not can else _("An adopted plan is not changed: copy it.") if adopted
               else "")
        for b in (self.save_section_button, self.save_years_button, self.add_cost_button,
                  self.add_inv_button, self.adopt_button):
            b.setToolTip(tip)

    def say(self, text: str, colour: str | None = None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};" if colour else "")

    # ---- actions --------------------------------------------------------------------------

    def _dialog(self, dialog: QWidget) -> bool:
        try:
            return bool(dialog.exec())  # type: ignore[attr-defined]
        finally:
            dialog.deleteLater()

    def new_plan(self) -> None:
        dialog = NewPlanDialog(self.ctx.uow, self)
        if self._dialog(dialog) and dialog.plan_id is not None:
            self.refresh(select=dialog.plan_id)
            self.say(_("Plan created."))

    def copy_plan(self) -> None:
        if self.detail is None:
            return
        dialog = CopyPlanDialog(self.ctx.uow, self.detail, self)
        if self._dialog(dialog) and dialog.plan_id is not None:
            self.refresh(select=dialog.plan_id)
            self.say(_("Copied as a new draft."))

    def adopt_plan(self) -> None:
        if self.detail is None:
            return
        dialog = AdoptDialog(self.ctx.uow, self.detail, self)
        if self._dialog(dialog):
            self.refresh()
            self.say(_("The plan is adopted."), GREEN)

    def save_section(self) -> None:
        if self.detail is None:
            return
        row = max(self.section_list.currentRow(), 0)
        key = self.detail.sections[row].key
        try:
            bp.set_section(self.ctx.uow, self.detail.summary.id, key,
                           self.editor.toMarkdown())
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.say(_("Section saved."))

    def save_years(self) -> None:
        d = self.detail
        if d is None:
            return
        t = self.years_table
        try:
            rows = []
            def cell(r: int, c: int) -> str:
                item = t.item(r, c)
                return item.text() if item is not None else ""

            for r, y in enumerate(d.years):
                grams_text = cell(r, 1).strip().replace("\u00a0", "").replace(" ", "")
                try:
                    grams = D(_grams_plain(grams_text))
                except ValidationError as exc:
                    raise ValidationError(_("{year}, grams: {problem}", year=y.label,
                                            problem=exc.message), "grams") from exc
                price = parse_amount(cell(r, 2), d.currency)
                premium = parse_amount(cell(r, 3) or "0", d.currency)
                rows.append((y.index, grams, price, premium))
            for index, grams, price, premium in rows:
                bp.set_year(self.ctx.uow, d.summary.id, index, grams, price, premium)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.say(_("Years saved."))

    def _selected(self, t: QTableWidget) -> int | None:
        rows = t.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_cost(self) -> None:
        if self.detail is not None and self._dialog(CostDialog(self.ctx.uow, self.detail,
                                                               parent=self)):
            self.refresh()

    def change_cost(self) -> None:
        r = self._selected(self.costs_table)
        if self.detail is None or r is None or not self.editable():
            return
        if self._dialog(CostDialog(self.ctx.uow, self.detail, self.detail.costs[r], self)):
            self.refresh()

    def remove_cost(self) -> None:
        r = self._selected(self.costs_table)
        if self.detail is None or r is None:
            return
        try:
            bp.remove_cost(self.ctx.uow, self.detail.costs[r].id)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def add_investment(self) -> None:
        if self.detail is not None and self._dialog(InvestmentDialog(self.ctx.uow, self.detail,
                                                                     parent=self)):
            self.refresh()

    def change_investment(self) -> None:
        r = self._selected(self.inv_table)
        if self.detail is None or r is None or not self.editable():
            return
        if self._dialog(InvestmentDialog(self.ctx.uow, self.detail,
                                         self.detail.investments[r], self)):
            self.refresh()

    def remove_investment(self) -> None:
        r = self._selected(self.inv_table)
        if self.detail is None or r is None:
            return
        try:
            bp.remove_investment(self.ctx.uow, self.detail.investments[r].id)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def export(self, fmt: str) -> None:
        if self.detail is None or self.busy:
            return
        title = self.detail.summary.title
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in title).strip("-")
        pattern = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        chosen, _picked = QFileDialog.getSaveFileName(
            self, _("Export the business plan"), str(Path(folder) / f"{safe or 'plan'}.{fmt}"),
            pattern)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        import importlib

        importlib.import_module({"pdf": "coopdesk.reports.pdf",
                                 "xlsx": "coopdesk.reports.xlsx"}[fmt])
        uow, pid = self.ctx.uow, self.detail.summary.id
        self.write_in_worker(uow, lambda: business_plan_document(uow, pid), path, fmt)

    def _export_said(self, text: str) -> None:
        self.say(text)

    def _export_refused(self, message: str) -> None:
        self.say(message, RED)


def _grams_plain(text: str) -> str:
    """Grams as typed or as shown in the user's language (``1.234,5`` in Spanish) as a plain
    decimal."""
    from babel.numbers import NumberFormatError, parse_decimal

    from coopdesk.reports.cells import locale_of

    if not text:
        return "0"
    try:
        return str(parse_decimal(text, locale=locale_of(language())))
    except NumberFormatError as exc:
        raise ValidationError(_("'{value}' is not a number.", value=text), "grams") from exc


__all__ = ["BusinessPlanTab", "PlanChart"]
