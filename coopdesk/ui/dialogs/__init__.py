"""Dialogs, and the file actions that both the menu and the Settings page offer: back up now,
restore a backup, verify the audit chain.

Messages are shown through :func:`message` (a ``QMessageBox`` instance and ``exec()``, never the
static helpers), so a test can neutralise them by patching ``QMessageBox.exec``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coopdesk.core import audit, files
from coopdesk.core.audit import VerifyResult
from coopdesk.core.db import FILE_SUFFIX
from coopdesk.core.uow import Changes
from coopdesk.ui.context import AppContext
from coopdesk.ui.errors import show_error
from coopdesk.ui.ops import Progress, run_op

RESTORED = "file.restored"
"""The area announced through the hub when a backup replaced the open cooperative: the window
closes and the file is opened again."""

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
            detail: str | None = None,
            buttons: QMessageBox.StandardButton = Button.Ok,
            default: QMessageBox.StandardButton = Button.Ok) -> QMessageBox.StandardButton:
    """Show a message box and return the button pressed."""
    box = QMessageBox(parent)
    box.setObjectName("messageBox")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(buttons)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def documents_dir() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


class FileActions(QObject):
    """Back up, restore and verify the open cooperative, on behalf of ``widget``."""

    def __init__(self, widget: QWidget, ctx: AppContext) -> None:
        super().__init__(widget)
        self.widget = widget
        self.ctx = ctx

    def default_backup_path(self) -> Path:
        db = self.ctx.uow.db
        stem = db.path.stem if db.path is not None else "cooperative"
        folder = db.path.parent if db.path is not None else documents_dir()
        return folder / f"{stem}-backup-{dt.datetime.now():%Y%m%d-%H%M}{FILE_SUFFIX}"

    def backup_now(self) -> None:
        """Ask where, then write a complete backup copy there (in a worker)."""
        path, _filter = QFileDialog.getSaveFileName(
            self.widget, self.tr("Back up the cooperative"), str(self.default_backup_path()),
            self.tr("coopdesk files (*.coopdesk)"))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, dest: Path) -> None:
        if not dest.suffix:
            dest = dest.with_suffix(FILE_SUFFIX)
        uow = self.ctx.uow

        def done(result: Any) -> None:
            message(self.widget, Icon.Information, self.tr("Backup made"),
                    self.tr("A complete copy of the cooperative was saved to {path}.")
                    .format(path=result))

        run_op(self.widget, self.tr("Making the backup…"), lambda _p: files.backup(uow, dest),
               done)

    def verify_chain(self) -> None:
        """Recompute the audit chain in a worker and show what was found."""
        uow = self.ctx.uow

        def work(_progress: Progress) -> VerifyResult:
            with uow.read() as s:
                return audit.verify(s)

        run_op(self.widget, self.tr("Verifying the audit chain…"), work,
               self.show_verify_result)

    def show_verify_result(self, result: VerifyResult) -> None:
        if result.ok:
            message(self.widget, Icon.Information, self.tr("The audit chain verifies"),
                    self.tr("All {n} events of the audit chain verify: nothing was changed "
                            "outside coopdesk.").format(n=result.events),
                    self.tr("Head of the chain: {head}").format(head=result.head_hash))
        else:
            message(self.widget, Icon.Critical, self.tr("The audit chain does not verify"),
                    result.problem or self.tr("The audit chain does not verify."),
                    self.tr("{n} events verified before the problem. Keep this file as it is "
                            "and ask your federation or auditor for help.")
                    .format(n=result.events))

    def restore_backup(self) -> bool:
        """Choose a backup, confirm, and restore it over the open cooperative.

        Returns True when the cooperative was replaced. The hub then announces ``RESTORED``:
        the window closes and opens the file again, since its pages show data that is gone.
        """
        db = self.ctx.uow.db
        start = str(db.path.parent if db.path is not None else documents_dir())
        path, _filter = QFileDialog.getOpenFileName(
            self.widget, self.tr("Choose the backup to restore"), start,
            self.tr("coopdesk files (*.coopdesk)"))
        if not path:
            return False
        answer = message(
            self.widget, Icon.Warning, self.tr("Restore this backup?"),
            self.tr("The cooperative {db} will be replaced by the backup {backup}. Everything "
                    "recorded since that backup was made will be gone from the file (a safety "
                    "copy of the current state is kept beside it).")
            .format(db=db.label, backup=Path(path).name),
            buttons=Button.Yes | Button.Cancel, default=Button.Cancel)
        if answer != Button.Yes:
            return False
        target = str(db.path) if db.path is not None else db.url
        db.dispose()
        try:
            safety = files.restore(target, Path(path), self.ctx.uow.actor)
        except Exception as exc:
            show_error(self.widget, exc)
            return False
        detail = self.tr("A copy of the state before the restore is at {path}.").format(
            path=safety) if safety else None
        message(self.widget, Icon.Information, self.tr("Backup restored"),
                self.tr("The backup was restored. Log in again to continue."), detail)
        self.ctx.hub.changed.emit(Changes(frozenset({RESTORED})))
        return True
