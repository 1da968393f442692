"""The Governance page: meetings and their minutes, elections, the officers, the grievances and
the bylaws, one tab each.

Each tab is a widget of its own module, built the first time it is shown (an old laptop paints
the page at once) and refreshed by itself when the hub announces a write it cares about. The
assembly mode and the voting booth are windows of their own, opened from the meetings and the
elections tabs.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coopdesk.core.i18n import N_, _
from coopdesk.ui.context import AppContext

TABS = (
    ("meetings", N_("Meetings"), "coopdesk.ui.pages.gov_meetings:MeetingsTab"),
    ("elections", N_("Elections"), "coopdesk.ui.pages.gov_elections:ElectionsTab"),
    ("officers", N_("Officers"), "coopdesk.ui.pages.gov_officers:OfficersTab"),
    ("grievances", N_("Grievances"), "coopdesk.ui.pages.gov_grievances:GrievancesTab"),
    ("bylaws", N_("Bylaws"), "coopdesk.ui.pages.gov_bylaws:BylawsTab"),
)


class GovernancePage(QWidget):
    """Meetings, elections, officers, grievances and bylaws."""

    icon_name = "governance"

    @classmethod
    def title(cls) -> str:
        return _("Governance")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("governancePage")
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("governanceTabs")
        self.tabs.setDocumentMode(True)
        self.built: dict[str, QWidget] = {}
        for key, label, _path in TABS:
            holder = QWidget()
            holder.setObjectName(f"{key}Holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, _(label))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._build_tab)
        self._build_tab(0)

    def tab(self, key: str) -> QWidget:
        """The tab ``key`` (built now if it was not yet)."""
        index = next(i for i, (k, _label, _path) in enumerate(TABS) if k == key)
        self._build_tab(index)
        return self.built[key]

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab(key)
        self.tabs.setCurrentIndex(next(i for i, (k, _l, _p) in enumerate(TABS) if k == key))
        return widget

    def _build_tab(self, index: int) -> None:
        if index < 0:
            return
        key, _label, path = TABS[index]
        if key in self.built:
            return
        module, _sep, name = path.partition(":")
        widget: QWidget = getattr(importlib.import_module(module), name)(self.ctx)
        holder = self.tabs.widget(index)
        layout = holder.layout() if holder is not None else None
        assert layout is not None
        layout.addWidget(widget)
        self.built[key] = widget

    def refresh(self) -> None:
        for widget in self.built.values():
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh()
