"""The pages' action buttons: named for tests and style sheets, with an icon and one slot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton


def action_button(name: str, icon: Any, slot: Callable[[], None] | None,
                  icon_size: int = 24) -> QPushButton:
    """A push button; its text is set by the page's retranslate, so the language can change."""
    button = QPushButton()
    button.setObjectName(name)
    button.setIcon(icon)
    button.setIconSize(QSize(icon_size, icon_size))
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button
