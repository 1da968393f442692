"""The budget tab of the Plans page: a fiscal year's budget versions; a draft's amounts typed
in a table of the income and expense accounts (Save), proposed from last year's actuals, or
approved by a passed motion of a general assembly; the budget against the actual of the books
by account with the over-budget rows in red and said in words; the budget as PDF or Excel.

Writes need ``Permission.PLANS``; every role reads. The rules are
:mod:`coopdesk.plans.budgets`'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import Changes
from coopdesk.plans import action_report, budgets
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.activity_forms import ApproveBudgetDialog
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker

AREAS = ("plans", "ledger", "meetings")
RED, GREY = "#b71c1c", "#777777"
OVER_BG, EDIT_BG = "#fde0dc", "#fffbe6"
FORMATS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BUDGET_COL = 3
ZERO = Decimal(0)


class BudgetTab(WritesInWorker, QWidget):
    """A year's budget version against the actual; a draft edited in place."""

    COLUMNS = 8

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("budgetTab")
        self.ctx = ctx
        self.today = today
        self.busy = False
        self.last_export: Path | None = None
        self.info: budgets.BudgetInfo | None = None
        self.codes: list[str] = []
        self.amounts: dict[str, Decimal] = {}
        self.fmt = CellFormatter(language(), ctx.coop().currency)
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.PLANS)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        return b

    def _build(self) -> None:
        self.year = QComboBox()
        self.year.setObjectName("budgetYear")
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.version = QComboBox()
        self.version.setObjectName("budgetVersion")
        self.version.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version.setMinimumContentsLength(10)
        self.version.currentIndexChanged.connect(lambda _i: self.show_budget())
        self.new_button = self._button("newVersion", _("New version"), self.new_version)
        self.save_button = self._button("saveBudget", _("Save"), self.save)
        self.growth = QDoubleSpinBox()
        self.growth.setObjectName("growth")
        self.growth.setRange(-99, 1000)
        self.growth.setDecimals(1)
        self.growth.setValue(5)
        self.growth.setSuffix(" %")
        self.growth.setToolTip(_("Added to last year's actuals"))
        self.propose_button = self._button("proposeBudget", _("Propose from last year"),
                                           self.propose)
        self.approve_button = self._button("approveBudget", _("Approve…"), self.approve)
        self.pdf_button = self._button("exportPdf", _("Export PDF…"), lambda: self.export("pdf"))
        self.xlsx_button = self._button("exportXlsx", _("Export Excel…"),
                                        lambda: self.export("xlsx"))
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Fiscal year")))
        top.addWidget(self.year)
        top.addWidget(QLabel(_("Version")))
        top.addWidget(self.version)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        top.addWidget(self.propose_button)
        top.addWidget(self.growth)
        top.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("budgetStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("budgetTable")
        self.table.setHorizontalHeaderLabels([
            _("Account"), _("Name"), _("Kind"), _("Budget"), _("Actual"),
            _("Variance (+ favourable)"), _("% used"), _("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        self.totals = QLabel()
        self.totals.setObjectName("budgetTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setObjectName("budgetMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        second = QHBoxLayout()
        second.addWidget(self.status, 1)
        second.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignTop)
        second.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignTop)
        second.addWidget(self.xlsx_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)

    # ---- reading -------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS) and not self.dirty():
            self.refresh()

    def year_name(self) -> str | None:
        data = self.year.currentData()
        return str(data) if data is not None else None

    def refresh(self) -> None:
        names = budgets.year_names(self.ctx.uow)
        current = self.year_name() or budgets.year_of(self.ctx.uow, self.today())
        self.year.blockSignals(True)
        self.year.clear()
        for n in names:
            self.year.addItem(n, n)
        at = self.year.findData(current)
        self.year.setCurrentIndex(at if at >= 0 else self.year.count() - 1)
        self.year.blockSignals(False)
        self._year_changed()

    def _year_changed(self, keep: int | None = None) -> None:
        name = self.year_name()
        found = budgets.budgets(self.ctx.uow, name) if name else []
        wanted = keep if keep is not None else self.version.currentData()
        self.version.blockSignals(True)
        self.version.clear()
        for b in found:
            label = (_("{version} - approved", version=b.version) if b.approved
                     else _("{version} - draft", version=b.version))
            self.version.addItem(label, b.id)
        at = self.version.findData(wanted)
        if at < 0 and found:
            approved = [i for i, b in enumerate(found) if b.approved]
            at = approved[-1] if approved else len(found) - 1
        self.version.setCurrentIndex(at)
        self.version.blockSignals(False)
        self.show_budget()

    def show_budget(self) -> None:
        uow, name = self.ctx.uow, self.year_name()
        bid = self.version.currentData()
        self.info = budgets.budget_info(uow, int(bid)) if bid is not None else None
        accounts = budgets.budget_accounts(uow, self.info.id if self.info else None)
        vs = (budgets.budget_vs_actual(uow, name, self.info.version)
              if self.info is not None and name else None)
        actual = {r.code: r for r in vs.rows} if vs else {}
        if vs is None and name:
            actual = self._actual_only(name)
        editable = self.is_draft() and self.can_write()
        self.codes = [a.code for a in accounts]
        self.amounts = {a.code: a.amount for a in accounts}
        self.table.blockSignals(True)
        self.table.setRowCount(len(accounts))
        money = self.fmt.text
        for r, a in enumerate(accounts):
            row = actual.get(a.code)
            used = row.used if row else None
            over = bool(row and row.over)
            cells = (a.code, a.name, _("income") if a.kind == "income" else _("expense"),
                     money(Kind.MONEY, a.amount) if self.info else "",
                     money(Kind.MONEY, row.actual if row else ZERO),
                     money(Kind.MONEY, row.variance) if row and self.info else "",
                     money(Kind.DECIMAL, used) if used is not None else "",
                     _("OVER BUDGET") if over and self.info else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
                if c == BUDGET_COL and editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setBackground(QBrush(QColor(EDIT_BG)))
                item.setFlags(flags)
                if c >= BUDGET_COL and c != 7:
                    item.setTextAlignment(RIGHT)
                if over and self.info:
                    if c != BUDGET_COL or not editable:
                        item.setBackground(QBrush(QColor(OVER_BG)))
                    if c in (5, 7):
                        item.setForeground(QBrush(QColor(RED)))
                        f = item.font()
                        f.setBold(True)
                        item.setFont(f)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self._show_status(vs)
        self.update_buttons()

    def _actual_only(self, name: str) -> dict[str, budgets.VsRow]:
        """With no budget yet, the year's actual alone (the budget columns stay empty)."""
        return {r.code: r for r in budgets.year_actuals(self.ctx.uow, name)}

    def _show_status(self, vs: budgets.BudgetVsActual | None) -> None:
        info, name = self.info, self.year_name()
        money = self.fmt.text
        cur = self.ctx.coop().currency
        if name is None:
            self.status.setText(escape(_("There is no fiscal year yet: open one in the "
                                         "Ledger's settings first.")))
            self.totals.setText("")
            return
        if info is None:
            self.status.setText(escape(_("No budget for {year} yet. “New version” starts one; "
                                         "then type the amounts or propose them from last "
                                         "year.", year=name)))
            self.totals.setText("")
            return
        if info.approved and info.approved_on is not None:
            text = escape(_("Version {version}: approved by the general assembly on {day}, "
                            "resolution {resolution} (“{meeting}”). It is frozen; a change is a "
                            "new version.", version=info.version,
                            day=self.fmt.date(info.approved_on),
                            resolution=info.resolution or "-", meeting=info.meeting or ""))
        else:
            text = "<b>" + escape(_("Version {version}: DRAFT, not approved yet.",
                                    version=info.version)) + "</b> " + escape(
                _("Type the amounts in the Budget column and Save; “Approve…” once the "
                  "general assembly has voted it."))
        over = [r for r in vs.rows if r.over] if vs else []
        if over:
            text += (f"<br><b style='color:{RED}'>&#9888; "
                     + escape(_("{count} account(s) over budget.", count=len(over))) + "</b>")
        self.status.setText(text)
        if vs is None:
            self.totals.setText("")
            return

        def line(label: str, t: budgets.VsTotal) -> str:
            text = _("{what}: budget {budget}, actual {actual} {currency}", what=label,
                     budget=money(Kind.MONEY, t.budget), actual=money(Kind.MONEY, t.actual),
                     currency=cur)
            if t.used is not None:
                text = _("{text}; {pct} % used", text=text, pct=money(Kind.DECIMAL, t.used))
            return escape(text)

        self.totals.setText("<br>".join((line(_("Income"), vs.income),
                                         line(_("Expenses"), vs.expense),
                                         "<b>" + line(_("Result"), vs.result) + "</b>")))

    def is_draft(self) -> bool:
        return self.info is not None and not self.info.approved

    def typed(self) -> tuple[dict[str, Decimal], list[str]]:
        """The amounts typed in the Budget column, and the problems, each naming its
        account."""
        cur = self.ctx.coop().currency
        out: dict[str, Decimal] = {}
        problems: list[str] = []
        for r, code in enumerate(self.codes):
            item = self.table.item(r, BUDGET_COL)
            text = item.text().strip() if item is not None else ""
            try:
                out[code] = parse_amount(text, cur) if text else ZERO
            except ValidationError as exc:
                problems.append(_("Account {code}: {reason}", code=code, reason=exc.message))
        return out, problems

    def dirty(self) -> bool:
        if not self.is_draft():
            return False
        typed, problems = self.typed()
        return bool(problems) or any(typed.get(c, ZERO) != self.amounts.get(c, ZERO)
                                     for c in self.codes)

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == BUDGET_COL:
            self.update_buttons()

    def update_buttons(self) -> None:
        can, draft = self.can_write(), self.is_draft()
        has_year = self.year_name() is not None
        self.new_button.setEnabled(can and has_year and not draft)
        self.save_button.setEnabled(can and draft and self.dirty())
        self.propose_button.setEnabled(can and draft)
        self.growth.setEnabled(can and draft)
        self.approve_button.setEnabled(can and draft and bool(self.info and self.info.lines))
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(self.info is not None and not self.busy)
        tip = "" if can else _("Your role may read the budget but not change it.")
        for b in (self.new_button, self.save_button, self.propose_button, self.approve_button):
            b.setToolTip(tip)

    def _update_buttons(self) -> None:
        self.update_buttons()

    def say(self, text: str) -> None:
        self.message.setText(text)

    # ---- writing -------------------------------------------------------------------------

    def new_version(self) -> None:
        name = self.year_name()
        if name is None:
            return
        try:
            bid = budgets.create_budget(self.ctx.uow, name)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self._year_changed(keep=bid)
        assert self.info is not None
        self.say(_("Version {version} of the {year} budget started as a draft.",
                   version=self.info.version, year=name))

    def save(self) -> None:
        if self.info is None:
            return
        typed, problems = self.typed()
        if problems:
            self.say("\n".join(problems))
            show_error(self, ValidationError("\n".join(problems), "lines"))
            return
        try:
            budgets.set_lines(self.ctx.uow, self.info.id, typed)
        except CoopdeskError as exc:
            self.say(exc.message)
            show_error(self, exc)
            return
        self._year_changed(keep=self.info.id)
        self.say(_("The budget is saved."))

    def propose(self) -> None:
        if self.info is None:
            return
        name = self.year_name()
        years = budgets.year_names(self.ctx.uow)
        if name not in years or years.index(name) == 0:
            show_error(self, ValidationError(_("There is no fiscal year before {year} to "
                                               "start from.", year=name), "year"))
            return
        source = years[years.index(name) - 1]
        growth = Decimal(str(round(self.growth.value(), 1)))
        try:
            n = budgets.propose_from_actuals(self.ctx.uow, self.info.id, source, growth)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self._year_changed(keep=self.info.id)
        self.say(_("Proposed from the actuals of {source} plus {growth} %: {count} account(s).",
                   source=source, growth=growth, count=n))

    def approve(self) -> None:
        if self.info is None:
            return
        if self.dirty():
            self.save()
            if self.dirty():
                return
        dialog = ApproveBudgetDialog(self.ctx.uow, self.info, self)
        try:
            done = bool(dialog.exec())
        finally:
            dialog.deleteLater()
        if done:
            self._year_changed(keep=self.info.id)
            self.say(_("The budget is approved."))

    # ---- export --------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        info = self.info
        if self.busy or info is None:
            return
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        chosen, _picked = QFileDialog.getSaveFileName(
            self, _("Export the budget"),
            str(Path(folder) / f"budget-{info.year}-v{info.version}.{fmt}"), FORMATS[fmt])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        import importlib

        importlib.import_module({"pdf": "coopdesk.reports.pdf",
                                 "xlsx": "coopdesk.reports.xlsx"}[fmt])
        uow, year, version = self.ctx.uow, info.year, info.version
        self.write_in_worker(uow, lambda: action_report.budget_document(uow, year, version),
                             path, fmt)

    def _export_said(self, text: str) -> None:
        self.say(text)

    def _export_refused(self, message: str) -> None:
        self.say(message)


__all__ = ["BudgetTab"]
