"""The one place where errors become dialogs. Expected errors (``CoopdeskError``) show their
message; anything else shows a short apology with the details folded away. Nothing is
swallowed."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk.core.errors import BatchInvalid, CoopdeskError, PermissionDenied

log = logging.getLogger("coopdesk")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    if isinstance(exc, PermissionDenied):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Not allowed"))
        box.setText(exc.message)
    elif isinstance(exc, BatchInvalid):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Please correct"))
        first = exc.message.split("\n", 1)[0]
        box.setText(first)
        box.setDetailedText("\n".join(str(p) for p in exc.problems))
    elif isinstance(exc, CoopdeskError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Please correct"))
        box.setText(exc.message)
    else:
        log.error("unexpected error", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("errors", "Something went wrong"))
        box.setText(QCoreApplication.translate(
            "errors", "coopdesk met an unexpected problem. Nothing was half-written: the "
            "change was either saved whole or not at all."))
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
