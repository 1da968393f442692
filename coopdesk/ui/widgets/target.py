"""Where a cooperative lives: a file on this computer, or a PostgreSQL database on a server.

One widget for the two places that ask it: the open dialog (the file must exist) and the
first-run wizard's last page (the file must not exist yet).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import FILE_SUFFIX, is_url
from coopdesk.ui.dialogs import documents_dir

Mode = Literal["open", "save"]
URL_STARTS = ("postgresql://", "postgres://", "postgresql+psycopg://")


class TargetChooser(QWidget):
    def __init__(self, mode: Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.as_file = QRadioButton()
        self.as_server = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.as_file)
        group.addButton(self.as_server)
        self.as_file.setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("savePath" if mode == "save" else "openPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.url = QLineEdit()
        self.url.setObjectName("saveUrl" if mode == "save" else "openUrl")
        self.url.setPlaceholderText("postgresql://user:password@server/database")
        self.path_touched = False
        self.path.textEdited.connect(self._touched)
        self.as_file.toggled.connect(self._sync)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.as_file)
        lay.addLayout(row)
        lay.addSpacing(10)
        lay.addWidget(self.as_server)
        lay.addWidget(self.url)
        self.retranslate()
        self._sync()

    def _touched(self, _text: str) -> None:
        self.path_touched = True

    def set_target(self, text: str) -> None:
        if is_url(text):
            self.as_server.setChecked(True)
            self.url.setText(text)
        else:
            self.as_file.setChecked(True)
            self.path.setText(text)

    def target(self) -> str:
        """The chosen URL, or the file's path (a new file gets the .coopdesk suffix)."""
        if self.as_server.isChecked():
            return self.url.text().strip()
        text = self.path.text().strip()
        if text and self.mode == "save" and not text.endswith(FILE_SUFFIX):
            text += FILE_SUFFIX
        return str(Path(text).expanduser()) if text else ""

    def problem(self) -> str | None:
        """What is wrong with the choice, in words, or None."""
        target = self.target()
        if self.as_server.isChecked():
            if not target.startswith(URL_STARTS):
                return self.tr("Give a PostgreSQL address that starts with postgresql://")
            return None
        if not target:
            return (self.tr("Say where to keep the file.") if self.mode == "save"
                    else self.tr("Choose a cooperative file."))
        path = Path(target)
        if self.mode == "open":
            return None if path.is_file() else self.tr("There is no file at {path}.").format(
                path=target)
        if path.exists():
            return self.tr("{path} already exists; choose another name.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return None

    def _sync(self, _checked: bool = True) -> None:
        self.path.setEnabled(self.as_file.isChecked())
        self.browse.setEnabled(self.as_file.isChecked())
        self.url.setEnabled(self.as_server.isChecked())

    def _browse(self) -> None:
        files = self.tr("coopdesk files (*.coopdesk)")
        if self.mode == "save":
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Where to keep the file"), self.path.text(), files)
            if path and not path.endswith(FILE_SUFFIX):
                path += FILE_SUFFIX
        else:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Open a cooperative file"),
                self.path.text() or str(documents_dir()), files)
        if path:
            self.path.setText(path)
            self.path_touched = True

    def retranslate(self) -> None:
        self.as_file.setText(self.tr("A cooperative file on this computer"))
        self.as_server.setText(self.tr("A PostgreSQL database on a server "
                                       "(for a federation)"))
        self.browse.setText(self.tr("Browse…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
