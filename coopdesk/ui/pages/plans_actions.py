"""The action plan tab of the Plans page: the activities with budget against actual from the
books (overdue ones in red and said in words, late ones in amber), filters by year and overdue
only, the forms (new, change, progress, tagging journal lines), a timeline painted below the
table, the chosen activity's progress reports and tagged lines, and the plan as PDF or Excel.

Writes need ``Permission.PLANS``; every role reads. The rules are
:mod:`coopdesk.plans.activities`'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import Changes
from coopdesk.plans import action_report
from coopdesk.plans import activities as acts
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.activity_forms import ActivityDialog, ProgressDialog, TagLinesDialog
from coopdesk.ui.errors import show_error
from coopdesk.ui.exporting import WritesInWorker

AREAS = ("plans", "ledger", "members")
RED, AMBER, GREEN, GREY = "#b71c1c", "#8a4f00", "#1b6e3c", "#777777"
OVERDUE_BG, LATE_BG = "#fde0dc", "#fff1d6"
FORMATS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    out, day = [], start.replace(day=1)
    while day <= end:
        out.append(day)
        day = day.replace(year=day.year + (day.month == 12), month=day.month % 12 + 1)
    return out


class TimelineView(QWidget):
    """A Gantt-style timeline: a bar per activity over the months, the part done filled,
    overdue bars red and late ones amber (with the word in the label), a line at today."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityTimeline")
        self.rows: list[acts.Activity] = []
        self.start = self.end = dt.date.today()
        self.today: dt.date | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[acts.Activity], start: dt.date, end: dt.date,
                 today: dt.date) -> None:
        self.rows, self.start, self.end = list(rows), start, end
        self.today = today if start <= today <= end else None
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 34 + self.ROW * max(len(self.rows), 1) + 8)

    def _x(self, day: dt.date, left: float, width: float) -> float:
        span = (self.end - self.start).days + 1
        return left + width * ((day - self.start).days / span)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        label_w = min(max(self.width() * 0.32, 160.0), 360.0)
        left, right = label_w + 8, self.width() - 10
        width = max(right - left, 10.0)
        top = 30
        if not self.rows:
            p.setPen(QColor(GREY))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       _("No activity to show on the timeline."))
            p.end()
            return
        # months
        p.setPen(QPen(QColor("#dddddd"), 1))
        bottom = top + self.ROW * len(self.rows)
        for month in _months(self.start, self.end):
            x = self._x(max(month, self.start), left, width)
            p.drawLine(int(x), top - 4, int(x), bottom)
            p.setPen(QColor(GREY))
            name = month.strftime("%m/%y")
            p.drawText(QRectF(x + 2, 8, 60, 18), Qt.AlignmentFlag.AlignLeft, name)
            p.setPen(QPen(QColor("#dddddd"), 1))
        bold = QFont(p.font())
        bold.setBold(True)
        for i, a in enumerate(self.rows):
            y = top + i * self.ROW
            if i % 2:
                p.fillRect(QRectF(0, y, self.width(), self.ROW), QColor("#f6f8f9"))
            colour = QColor(RED if a.overdue else AMBER if a.late else GREEN)
            prefix = (_("OVERDUE") + " · " if a.overdue else _("LATE") + " · " if a.late
                      else "")
            p.setFont(bold if prefix else self.font())
            p.setPen(colour if prefix else QColor("#222222"))
            text = p.fontMetrics().elidedText(f"{prefix}{a.number}. {a.title}",
                                 Qt.TextElideMode.ElideRight, int(label_w - 4))
            p.drawText(QRectF(4, y, label_w - 4, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x0 = self._x(max(a.starts, self.start), left, width)
            x1 = self._x(min(a.ends, self.end) + dt.timedelta(days=1), left, width)
            bar = QRectF(x0, y + 5, max(x1 - x0, 2.0), self.ROW - 10)
            light = QColor(colour)
            light.setAlpha(60)
            p.setPen(QPen(colour, 1))
            p.setBrush(light)
            p.drawRect(bar)
            done = QRectF(bar.left(), bar.top(), bar.width() * a.progress / 100, bar.height())
            p.fillRect(done, colour)
        p.setFont(self.font())
        if self.today is not None:
            x = self._x(self.today, left, width)
            p.setPen(QPen(QColor(RED), 2))
            p.drawLine(int(x), top - 6, int(x), bottom)
            p.drawText(QRectF(x + 3, bottom - 2, 120, 14), Qt.AlignmentFlag.AlignLeft,
                       _("today"))
        p.end()


class ActionPlanTab(WritesInWorker, QWidget):
    """The action plan: the table, the timeline and the chosen activity's detail."""

    COLUMNS = 10

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanTab")
        self.ctx = ctx
        self.today = today
        self.rows: list[acts.Activity] = []
        self.detail: acts.ActivityDetail | None = None
        self.busy = False
        self.last_export: Path | None = None
        self.fmt = CellFormatter(language(), ctx.coop().currency)
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.PLANS)

    # ---- building ------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        return b

    def _build(self) -> None:
        self.year = QComboBox()
        self.year.setObjectName("yearFilter")
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_only = QCheckBox(_("Overdue only"))
        self.overdue_only.setObjectName("overdueOnly")
        self.overdue_only.toggled.connect(lambda _c: self.refresh())
        self.new_button = self._button("newActivity", _("New…"), self.new_activity)
        self.edit_button = self._button("editActivity", _("Edit…"), self.edit_activity)
        self.progress_button = self._button("reportProgress", _("Report progress…"),
                                            self.report_progress)
        self.tag_button = self._button("tagLines", _("Tag journal lines…"), self.tag_lines)
        self.pdf_button = self._button("exportPdf", _("Export PDF…"), lambda: self.export("pdf"))
        self.xlsx_button = self._button("exportXlsx", _("Export Excel…"),
                                        lambda: self.export("xlsx"))
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Year")))
        top.addWidget(self.year)
        top.addWidget(self.overdue_only)
        top.addSpacing(12)
        for b in (self.new_button, self.edit_button, self.progress_button, self.tag_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("activitiesTable")
        self.table.setHorizontalHeaderLabels([
            _("No."), _("Activity"), _("Responsible"), _("Starts"), _("Ends"), _("Budget"),
            _("Actual"), _("Variance"), _("Status"), _("Progress")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the activity's title is what a reader looks for: it keeps a readable width, and the
        # responsible's name gives way (in full in the detail panel and the tooltip)
        for column, width in ((1, 260), (2, 150)):
            hh.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_activity())
        self.timeline = TimelineView()
        scroll = QScrollArea()
        scroll.setObjectName("timelineScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        # the detail
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.reports = QTableWidget(0, 4)
        self.reports.setObjectName("reportsTable")
        self.reports.setHorizontalHeaderLabels([_("Date"), _("Status"), _("Progress"),
                                                _("Note")])
        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("taggedLines")
        self.lines.setHorizontalHeaderLabels([_("Entry"), _("Date"), _("Account"),
                                              _("Description"), _("Amount")])
        for t in (self.reports, self.lines):
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            t.verticalHeader().setVisible(False)
            t.setWordWrap(False)
            h = t.horizontalHeader()
            h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.lines.itemSelectionChanged.connect(self.update_buttons)
        self.untag_button = self._button("untagLines", _("Untag the chosen lines"), self.untag)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(QLabel(_("Progress reports")))
        dl.addWidget(self.reports, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Journal lines tagged to it")))
        row.addStretch(1)
        row.addWidget(self.untag_button)
        dl.addLayout(row)
        dl.addWidget(self.lines, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setObjectName("lowerSplitter")
        lower.addWidget(scroll)
        lower.addWidget(detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("planSplitter")
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 300])
        lower.setSizes([720, 540])
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

    # ---- reading -------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def chosen_year(self) -> int | None:
        data = self.year.currentData()
        return int(data) if data is not None else None

    def _fill_years(self) -> None:
        day = self.today()
        years = sorted(set(acts.years(self.ctx.uow)) | {day.year})
        current = self.year.currentData() if self.year.count() else day.year
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(_("All years"), None)
        for y in years:
            self.year.addItem(str(y), y)
        at = self.year.findData(current)
        self.year.setCurrentIndex(at if at >= 0 else 0)
        self.year.blockSignals(False)

    def refresh(self) -> None:
        keep = self.selected()
        self._fill_years()
        day = self.today()
        year = self.chosen_year()
        self.rows = acts.activities(self.ctx.uow, year=year,
                                    overdue_only=self.overdue_only.isChecked(), on=day)
        self.table.setRowCount(len(self.rows))
        money = self.fmt.text
        for r, a in enumerate(self.rows):
            cells = (str(a.number), a.title, a.responsible_name or "–", a.starts.isoformat(),
                     a.ends.isoformat(), money(Kind.MONEY, a.budget),
                     money(Kind.MONEY, a.actual), money(Kind.MONEY, a.variance),
                     action_report.flag_text(a), f"{a.progress} %")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 5, 6, 7, 9):
                    item.setTextAlignment(RIGHT)
                if a.overdue or a.late:
                    item.setBackground(QBrush(QColor(OVERDUE_BG if a.overdue else LATE_BG)))
                    if c == 8:
                        item.setForeground(QBrush(QColor(RED if a.overdue else AMBER)))
                        f = item.font()
                        f.setBold(True)
                        item.setFont(f)
                elif a.status in acts.CLOSED:
                    item.setForeground(QBrush(QColor(GREY if a.status == acts.CANCELLED
                                                     else "#222222")))
                if c == 7 and a.variance < 0:
                    item.setForeground(QBrush(QColor(RED)))
                self.table.setItem(r, c, item)
        overdue = sum(1 for a in self.rows if a.overdue)
        late = sum(1 for a in self.rows if a.late)
        budget = sum((a.budget for a in self.rows), start=acts.ZERO)
        actual = sum((a.actual for a in self.rows), start=acts.ZERO)
        cur = self.ctx.coop().currency
        parts = [escape(_("{count} activities; budget {budget} {currency}, actual {actual} "
                          "{currency} from the books.", count=len(self.rows),
                          budget=money(Kind.MONEY, budget), actual=money(Kind.MONEY, actual),
                          currency=cur))]
        if overdue:
            parts.append(f"<b style='color:{RED}'>&#9888; "
                         f"{escape(_('{count} overdue', count=overdue))}</b>")
        if late:
            parts.append(f"<b style='color:{AMBER}'>"
                         f"{escape(_('{count} late', count=late))}</b>")
        if not self.rows:
            parts = [escape(_("No activity here yet. “New…” adds the first.")
                            if not self.overdue_only.isChecked()
                            else _("No overdue activity."))]
        self.summary.setText(" &nbsp; ".join(parts))
        if self.rows:
            start, end = ((dt.date(year, 1, 1), dt.date(year, 12, 31)) if year is not None
                          else (min(a.starts for a in self.rows),
                                max(a.ends for a in self.rows)))
        else:
            start, end = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        self.timeline.set_rows(self.rows, start, end, day)
        if keep is not None:
            self.select(keep.number)
        self._selected_changed()

    def selected(self) -> acts.Activity | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select(self, number: int) -> None:
        for r, a in enumerate(self.rows):
            if a.number == number:
                self.table.selectRow(r)
                return

    def _selected_changed(self) -> None:
        a = self.selected()
        self.detail = (acts.activity_detail(self.ctx.uow, a.number, self.today())
                       if a is not None else None)
        self._show_detail()
        self.update_buttons()

    def _show_detail(self) -> None:
        d = self.detail
        if d is None:
            self.detail_title.setText(escape(_("Choose an activity to see its progress "
                                               "reports and the journal lines tagged to it.")))
            self.reports.setRowCount(0)
            self.lines.setRowCount(0)
            return
        a = d.activity
        flag = ""
        if a.overdue:
            flag = f" <b style='color:{RED}'>{escape(_('OVERDUE'))}</b>"
        elif a.late:
            flag = f" <b style='color:{AMBER}'>{escape(_('LATE'))}</b>"
        facts = [_("Objective: {text}", text=a.objective or "–"),
                 _("Indicator: {text}", text=a.indicator or "–"),
                 _("{progress} % done; {expected} % of its time gone.", progress=a.progress,
                   expected=a.expected)]
        if a.requirement:
            facts.append(_("Requirement: {ref}", ref=a.requirement))
        self.detail_title.setText(f"<b>{escape(f'{a.number}. {a.title}')}</b>{flag}<br>"
                                  + "<br>".join(escape(x) for x in facts))
        self.reports.setRowCount(len(d.reports))
        for r, rep in enumerate(d.reports):
            for c, text in enumerate((rep.on.isoformat(), acts.status_label(rep.status),
                                      f"{rep.progress} %", rep.note)):
                self.reports.setItem(r, c, QTableWidgetItem(text))
        self.lines.setRowCount(len(d.lines))
        for r, ln in enumerate(d.lines):
            memo = ln.memo if ln.counted else _("{text} (reversed, not counted)", text=ln.memo)
            for c, text in enumerate((ln.entry, ln.date.isoformat(), ln.account, memo,
                                      self.fmt.text(Kind.MONEY, ln.amount))):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setToolTip(f"{ln.account} {ln.account_name}")
                if c == 3:
                    item.setToolTip(memo)
                if c == 4:
                    item.setTextAlignment(RIGHT)
                if not ln.counted:
                    item.setForeground(QBrush(QColor(GREY)))
                self.lines.setItem(r, c, item)

    def update_buttons(self) -> None:
        can, chosen = self.can_write(), self.selected() is not None
        self.new_button.setEnabled(can)
        for b in (self.edit_button, self.progress_button, self.tag_button):
            b.setEnabled(can and chosen)
        model = self.lines.selectionModel()
        self.untag_button.setEnabled(can and model is not None and model.hasSelection())
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(not self.busy)
        tip = "" if can else _("Your role may read the action plan but not change it.")
        for b in (self.new_button, self.edit_button, self.progress_button, self.tag_button,
                  self.untag_button):
            b.setToolTip(tip)

    def _update_buttons(self) -> None:
        self.update_buttons()

    # ---- writing -------------------------------------------------------------------------

    def _run(self, dialog: ActivityDialog | ProgressDialog | TagLinesDialog) -> bool:
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    def new_activity(self) -> None:
        dialog = ActivityDialog(self.ctx.uow, None, self, self.today())
        if self._run(dialog) and dialog.number is not None:
            self.refresh()
            self.select(dialog.number)
            self.say(_("Activity {number} added.", number=dialog.number))

    def edit_activity(self) -> None:
        a = self.selected()
        if a is None or not self.can_write():
            return
        if self._run(ActivityDialog(self.ctx.uow, a, self, self.today())):
            self.refresh()
            self.select(a.number)
            self.say(_("Activity {number} saved.", number=a.number))

    def report_progress(self) -> None:
        a = self.selected()
        if a is None:
            return
        if self._run(ProgressDialog(self.ctx.uow, a, self, self.today())):
            self.refresh()
            self.select(a.number)
            self.say(_("Progress of activity {number} recorded.", number=a.number))

    def tag_lines(self) -> None:
        a = self.selected()
        if a is None:
            return
        dialog = TagLinesDialog(self.ctx.uow, a, self)
        tagged = 0
        try:
            if dialog.exec():
                tagged = dialog.tagged
        finally:
            dialog.deleteLater()
        if tagged:
            self.refresh()
            self.select(a.number)
            self.say(_("{count} line(s) tagged to activity {number}.", count=tagged,
                       number=a.number))

    def untag(self) -> None:
        d = self.detail
        model = self.lines.selectionModel()
        if d is None or model is None:
            return
        ids = [d.lines[i.row()].line_id for i in model.selectedRows() if i.row() < len(d.lines)]
        if not ids:
            return
        box = QMessageBox(QMessageBox.Icon.Question, _("Untag"),
                          _("Stop counting {count} line(s) as spending on activity {number}?",
                            count=len(ids), number=d.activity.number),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("untagBox")
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Ok:
            return
        try:
            n = acts.untag(self.ctx.uow, ids)
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        number = d.activity.number
        self.refresh()
        self.select(number)
        self.say(_("{count} line(s) untagged.", count=n))

    def say(self, text: str) -> None:
        self.message.setText(text)

    # ---- export --------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        if self.busy:
            return
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        year = self.chosen_year()
        name = f"action-plan-{year}.{fmt}" if year else f"action-plan.{fmt}"
        chosen, _picked = QFileDialog.getSaveFileName(self, _("Export the action plan"),
                                                      str(Path(folder) / name), FORMATS[fmt])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        import importlib

        importlib.import_module({"pdf": "coopdesk.reports.pdf",
                                 "xlsx": "coopdesk.reports.xlsx"}[fmt])
        uow, day = self.ctx.uow, self.today()
        self.write_in_worker(uow, lambda: action_report.action_plan_document(uow, year, day),
                             path, fmt)

    def _export_said(self, text: str) -> None:
        self.say(text)

    def _export_refused(self, message: str) -> None:
        self.say(message)


__all__ = ["ActionPlanTab", "TimelineView"]
