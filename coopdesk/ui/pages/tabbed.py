"""A page of tabs, each a widget of its own module, built the first time it is shown (an old
laptop paints the page at once) and refreshed with the page.

A subclass lists its tabs in ``TABS`` as ``(key, label, "module:Class")``; the label is marked
with ``N_`` and translated when the page is built.
"""

from __future__ import annotations

import importlib
from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coopdesk.core.i18n import _
from coopdesk.ui.context import AppContext


class TabbedPage(QWidget):
    TABS: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    object_name: ClassVar[str] = "tabbedPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName(self.object_name.removesuffix("Page") + "Tabs")
        self.tabs.setDocumentMode(True)
        self.built: dict[str, QWidget] = {}
        for key, label, _path in self.TABS:
            holder = QWidget()
            holder.setObjectName(f"{key}Holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, _(label))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._build_tab)
        self._build_tab(0)

    def _index(self, key: str) -> int:
        return next(i for i, (k, _label, _path) in enumerate(self.TABS) if k == key)

    def tab(self, key: str) -> QWidget:
        """The tab ``key`` (built now if it was not yet)."""
        self._build_tab(self._index(key))
        return self.built[key]

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab(key)
        self.tabs.setCurrentIndex(self._index(key))
        return widget

    def _build_tab(self, index: int) -> None:
        if index < 0:
            return
        key, _label, path = self.TABS[index]
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
