"""The progress tab of the Standards page: each standard's weighted progress with its
requirements counted by level, the indicators computed from the records as large cards (a tick
when a target is met, a warning when it is not: a minor on the register, no assembly this
year), and the standards report written as PDF or Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.i18n import _, language
from coopdesk.core.uow import Changes
from coopdesk.plans import indicators, standards
from coopdesk.plans.indicators import Indicator
from coopdesk.plans.standards import StandardProgress
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind
from coopdesk.ui.context import AppContext
from coopdesk.ui.exporting import WritesInWorker

AREAS = ("plans", "standards", "members", "officers", "meetings", "production", "sharing",
         "training", "incidents")
FORMATS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}
GREEN, RED, GREY = "#1b5e20", "#b71c1c", "#555555"
CARD_OK, CARD_BAD, CARD_PLAIN = "#e8f5e9", "#fdecea", "#f5f5f5"
LEVEL_COLOURS = {"not_started": "#9e9e9e", "in_progress": "#f39c12",
                 "partly_met": "#3b5b92", "met": "#1b7a3e", "not_applicable": "#7e57c2"}


def percent_text(value: Decimal) -> str:
    """A percentage as the user's language writes it: 33.2, 0 (not 0.0)."""
    return CellFormatter(language(), "USD").text(Kind.DECIMAL, value)


class StandardBar(QFrame):
    """One standard: its name, a bar of the weighted percentage, the counts by level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.setMinimumHeight(26)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)

    def show_progress(self, p: StandardProgress) -> None:
        self.setObjectName(f"progress_{p.key}")
        self.name.setText(f"{p.version} — {p.name}")
        self.bar.setValue(int(p.percent * 10))
        self.bar.setFormat(_("{percent} % met", percent=percent_text(p.percent)))
        parts = [f"<span style='color:{LEVEL_COLOURS[lv]}'>&#9632;</span> "
                 f"{_(standards.LEVEL_LABELS[lv])}: <b>{p.counts[lv]}</b>"
                 for lv in standards.LEVELS if p.counts[lv]]
        self.counts.setText(_("{total} requirements", total=p.total) + " &nbsp; "
                            + " &nbsp; ".join(parts))


class IndicatorCard(QFrame):
    """An indicator as a card: the value large, the label, and whether its target is met."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(130)
        self.value = QLabel()
        self.value.setObjectName("cardValue")
        self.value.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.label = QLabel()
        self.label.setObjectName("cardLabel")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 13px;")
        self.verdict = QLabel()
        self.verdict.setObjectName("cardVerdict")
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addWidget(self.verdict)
        layout.addStretch(1)

    def show_indicator(self, i: Indicator) -> None:
        self.setObjectName(f"card_{i.key}")
        self.value.setText(i.text)
        self.label.setText(i.label)
        self.setToolTip(i.detail)
        if i.ok is True:
            colour, bg = GREEN, CARD_OK
            text = "\u2714 " + (_("Target met: {target}", target=i.target) if i.target
                                else _("Target met"))
        elif i.ok is False:
            colour, bg = RED, CARD_BAD
            text = "\u26a0 " + _("CHECK: {detail}", detail=i.detail)
        else:
            colour, bg = GREY, CARD_PLAIN
            text = i.detail
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour};")
        self.value.setStyleSheet(f"font-size: 28px; font-weight: bold; color: "
                                 f"{RED if i.ok is False else '#222222'};")
        self.setStyleSheet(f"IndicatorCard {{ background: {bg}; border-radius: 6px; }}")


class ProgressTab(WritesInWorker, QWidget):
    """The standards' progress and the indicators, refreshed when the records change."""

    CARD_COLUMNS = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("stdProgressTab")
        self.ctx = ctx
        self.today = today
        self.busy = False
        self.last_export: Path | None = None
        self.bars: dict[str, StandardBar] = {}
        self.cards: dict[str, IndicatorCard] = {}
        self.progress: list[StandardProgress] = []
        self.indicators: list[Indicator] = []
        self._build()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def _build(self) -> None:
        self.export_pdf = QPushButton(_("Standards report (PDF)…"))
        self.export_pdf.setObjectName("exportPdf")
        self.export_pdf.clicked.connect(lambda _c=False: self.export("pdf"))
        self.export_xlsx = QPushButton(_("Standards report (Excel)…"))
        self.export_xlsx.setObjectName("exportXlsx")
        self.export_xlsx.clicked.connect(lambda _c=False: self.export("xlsx"))
        self.message = QLabel()
        self.message.setObjectName("progressMessage")
        top = QHBoxLayout()
        heading = QLabel(_("Progress on the standards"))
        heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.message)
        top.addWidget(self.export_pdf)
        top.addWidget(self.export_xlsx)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.bar_box = QVBoxLayout()
        self.body.addLayout(self.bar_box)
        self.cards_heading = QLabel()
        self.cards_heading.setStyleSheet("font-size: 17px; font-weight: bold; "
                                         "margin-top: 10px;")
        self.body.addWidget(self.cards_heading)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.body.addLayout(self.grid)
        note = QLabel(_("Indicators are computed from the register, the officers, production, "
                        "the premium plan, the minutes, training and the incident register; "
                        "hover over a card for how."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {GREY};")
        self.body.addWidget(note)
        self.body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*AREAS):
            self.refresh()

    def refresh(self) -> None:
        uow = self.ctx.uow
        day = self.today()
        self.progress = standards.progress(uow)
        for p in self.progress:
            bar = self.bars.get(p.key)
            if bar is None:
                bar = self.bars[p.key] = StandardBar()
                self.bar_box.addWidget(bar)
            bar.show_progress(p)
        self.indicators = indicators.indicators(uow, day)
        self.cards_heading.setText(_("Indicators on {date}", date=day.isoformat()))
        for n, i in enumerate(self.indicators):
            card = self.cards.get(i.key)
            if card is None:
                card = self.cards[i.key] = IndicatorCard()
                self.grid.addWidget(card, n // self.CARD_COLUMNS, n % self.CARD_COLUMNS)
            card.show_indicator(i)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_pdf.setEnabled(not self.busy)
        self.export_xlsx.setEnabled(not self.busy)

    def _export_said(self, text: str) -> None:
        self.message.setText(text)

    def _export_refused(self, message: str) -> None:
        self.message.setText(message)

    def ask_path(self, fmt: str) -> Path | None:
        folder = self.ctx.settings.value("export_dir", str(Path.home()))
        chosen, _picked = QFileDialog.getSaveFileName(
            self, _("Standards report"), str(Path(folder) / f"standards.{fmt}"), FORMATS[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self.ctx.settings.set_value("export_dir", str(path.parent))
        return path

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Write the standards report (all three standards, today) as ``fmt``."""
        if self.busy:
            return
        target = path or self.ask_path(fmt)
        if target is None:
            return
        import importlib

        from coopdesk.plans.standards_report import standards_document

        # the renderer is imported on the GUI thread (PySide6's import hook, see premium_panel)
        importlib.import_module({"pdf": "coopdesk.reports.pdf",
                                 "xlsx": "coopdesk.reports.xlsx"}[fmt])
        uow, day = self.ctx.uow, self.today()
        self.write_in_worker(uow, lambda: standards_document(uow, None, day), target, fmt)


__all__ = ["IndicatorCard", "ProgressTab", "StandardBar"]
