"""What the governance widget tests share: a window context on a cooperative, and a way to act
on the next modal dialog (whose ``exec()`` would otherwise block the test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from coopdesk.core.uow import UnitOfWork
from coopdesk.ui.context import AppContext
from coopdesk.ui.hub import Hub
from coopdesk.ui.settings import UiSettings

Q = TypeVar("Q", bound=QDialog)


def make_ctx(uow: UnitOfWork, tmp_path: Path) -> AppContext:
    hub = Hub()
    hub.attach(uow)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(uow, hub, settings)


def on_modal(kind: type[Q], action: Callable[[Q], None]) -> list[Q]:
    """Run ``action`` on the next modal ``kind`` once its ``exec()`` runs; closed after."""
    seen: list[Q] = []
    tries = [0]

    def fire() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            tries[0] += 1
            if tries[0] < 400:
                QTimer.singleShot(20, fire)
            return
        seen.append(widget)
        try:
            action(widget)
        finally:
            if widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, fire)
    return seen
