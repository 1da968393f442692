"""The dashboard: the register at a glance, in big numbers and charts, for a committee meeting
or an assembly in front of a projector."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes
from coopdesk.members.queries import RegisterStats, register_stats
from coopdesk.members.rules import (
    ROLE_LABELS,
    SEX_LABELS,
    STATUS_LABELS,
    Status,
)
from coopdesk.plans import formalisation
from coopdesk.ui.context import AppContext
from coopdesk.ui.widgets.chart import BarChart, DonutChart, number, percent

MAX_SITES = 10
E = TypeVar("E", bound=StrEnum)


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPointSizeF(base.pointSizeF() * factor)
    f.setBold(bold)
    return f


class StatCard(QFrame):
    """One big number with what it counts underneath."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#statCard { background: #f4f8fa; border: 1px solid #c9d9e0; "
                           "border-radius: 8px; }")
        self.value_label = QLabel("–")
        self.value_label.setFont(_scaled(self.font(), 2.4, bold=True))
        self.value_label.setStyleSheet("color: #1f6f8b;")
        self.title_label = QLabel(title)
        self.title_label.setFont(_scaled(self.font(), 1.1, bold=True))
        self.title_label.setWordWrap(True)
        self.note_label = QLabel("")
        self.note_label.setStyleSheet("color: #555555;")
        self.note_label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(self.value_label)
        lay.addWidget(self.title_label)
        lay.addWidget(self.note_label)
        lay.addStretch(1)

    def set_value(self, value: str, note: str = "") -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))


class PathCard(QFrame):
    """The formalisation path's progress: stages granted of all, the current step, and how
    many warnings, the first of them in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#pathCard { background: #f4f8fa; border: 1px solid #c9d9e0; "
                           "border-radius: 8px; }")
        self.title_label = QLabel(_("Formalisation path"))
        self.title_label.setFont(_scaled(self.font(), 1.1, bold=True))
        self.value_label = QLabel("–")
        self.value_label.setObjectName("pathProgress")
        self.value_label.setFont(_scaled(self.font(), 1.8, bold=True))
        self.value_label.setStyleSheet("color: #1f6f8b;")
        self.step_label = QLabel()
        self.step_label.setObjectName("pathStep")
        self.step_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("pathWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a4f00;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(self.title_label)
        lay.addWidget(self.value_label)
        lay.addWidget(self.step_label)
        lay.addWidget(self.warning_label)

    def show_path(self, progress: formalisation.PathProgress, warnings: list[str]) -> None:
        if progress.total == 0:
            self.value_label.setText(_("No stage recorded yet"))
            self.step_label.setText(_("Record the registrations, licences and titles on the "
                                      "Formalisation page."))
        else:
            self.value_label.setText(_("{granted} of {total} stages granted",
                                       granted=progress.granted, total=progress.total))
            cur = progress.current
            self.step_label.setText(
                _("Current step: {step}. {title} ({status})", step=cur.step, title=cur.title,
                  status=formalisation.state_label(cur.state)) if cur is not None
                else _("Every stage is granted and valid."))
        if warnings:
            self.warning_label.setText(_("⚠ {count} warning(s). {first}", count=len(warnings),
                                         first=warnings[0]))
        else:
            self.warning_label.setText(_("Nothing expires within {days} days.",
                                         days=formalisation.WARN_DAYS))


def _labelled(counts: dict[str, int], labels: Mapping[E, str]) -> list[tuple[str, float]]:
    """Counts in the enum's order with translated labels; unknown keys keep their raw name."""
    names = {key.value: label for key, label in labels.items()}
    keys = [k for k in names if k in counts] + sorted(k for k in counts if k not in names)
    return [(_(names[k]) if k in names else k, float(counts[k])) for k in keys]


class DashboardPage(QWidget):
    icon_name = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: RegisterStats | None = None
        self._stale = True
        self.heading = QLabel()
        self.heading.setFont(_scaled(self.font(), 1.6, bold=True))
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self.tr("The member register at a glance"))
        self.subheading.setStyleSheet("color: #555555;")
        self.cards = {
            "members": StatCard(self.tr("Members")),
            "active": StatCard(self.tr("Active")),
            "women": StatCard(self.tr("Women among active members")),
            "applicants": StatCard(self.tr("Applicants waiting")),
        }
        self.status_chart = BarChart(self.tr("Members by status"))
        self.sex_chart = DonutChart(self.tr("Current members by sex"))
        self.role_chart = BarChart(self.tr("Current members by role"))
        self.site_chart = BarChart(self.tr("Current members by mining site"))

        lay = QVBoxLayout(self)  # the window scrolls a page taller than the screen
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(14)
        lay.addWidget(self.heading)
        lay.addWidget(self.subheading)
        cards = QGridLayout()
        cards.setSpacing(12)
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        lay.addLayout(cards)
        self.path_card = PathCard()
        lay.addWidget(self.path_card)
        charts = QGridLayout()
        charts.setHorizontalSpacing(28)
        charts.setVerticalSpacing(18)
        charts.addWidget(self.status_chart, 0, 0)
        charts.addWidget(self.sex_chart, 0, 1)
        charts.addWidget(self.role_chart, 1, 0)
        charts.addWidget(self.site_chart, 1, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        lay.addLayout(charts)
        lay.addStretch(1)
        ctx.hub.changed.connect(self._on_changed)
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DashboardPage", "Dashboard")

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("members", "settings", "plans"):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        uow = self.ctx.uow
        self.heading.setText(uow.coop().name)
        stats = register_stats(uow)
        self.stats = stats
        self._stale = False
        by = stats.by_status
        active = by.get(Status.ACTIVE.value, 0)
        # The same basis as the charts below: applicants, active and suspended members.
        current = active + by.get(Status.SUSPENDED.value, 0) + by.get(Status.APPLICANT.value, 0)
        self.cards["members"].set_value(
            number(current), self.tr("applicants, active and suspended; {n} registered in all")
            .format(n=number(stats.total)))
        self.cards["active"].set_value(number(active))
        self.cards["women"].set_value(
            percent(stats.women_share_active),
            self.tr("{n} women").format(n=number(round(stats.women_share_active * active))))
        self.cards["applicants"].set_value(number(by.get(Status.APPLICANT.value, 0)))
        self.status_chart.set_data(_labelled(by, STATUS_LABELS))
        self.sex_chart.set_data(_labelled(stats.by_sex, SEX_LABELS))
        self.role_chart.set_data(_labelled(stats.by_role, ROLE_LABELS))
        self.site_chart.set_data(self._sites(stats.by_site))
        today = dt.date.today()
        self.path_card.show_path(formalisation.progress(uow, today),
                                 formalisation.warnings(uow, today))

    def _sites(self, by_site: dict[str, int]) -> list[tuple[str, float]]:
        ranked = sorted(by_site.items(), key=lambda kv: (-kv[1], kv[0]))
        out = [(name, float(n)) for name, n in ranked[:MAX_SITES]]
        rest = sum(n for _name, n in ranked[MAX_SITES:])
        if rest:
            out.append((self.tr("Other sites"), float(rest)))
        return out
