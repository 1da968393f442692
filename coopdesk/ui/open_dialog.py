"""Choosing what to open: the start dialog (new, open, demo, recent files), the open dialog (a
``*.coopdesk`` file or a PostgreSQL URL) and the demo cooperative kept in the user's data
folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.db import FILE_SUFFIX, is_url
from coopdesk.ui.errors import show_error
from coopdesk.ui.icons import icon
from coopdesk.ui.login import ERROR_STYLE
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.widgets.target import TargetChooser

DEMO_MEMBERS = 300
DEMO_USER = "admin"


def demo_path() -> Path:
    """Where the demo cooperative lives: the user's data folder, never beside real files."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".coopdesk") / "demo" / f"demo{FILE_SUFFIX}"


def is_demo(target: str) -> bool:
    """The app's own demo file, or the one ``make run`` opens (it sets COOPDESK_DEMO=1)."""
    if os.environ.get("COOPDESK_DEMO") == "1":
        return True
    return not is_url(target) and Path(target).expanduser().resolve() == demo_path().resolve()


def demo_hint() -> str:
    """What the log-in dialog says on the demo: its user and the generator's password."""
    from coopdesk.demo.generator import DEMO_PASSWORD

    return QCoreApplication.translate(
        "open_dialog", "Demo cooperative: user {user}, password {password}").format(
        user=DEMO_USER, password=DEMO_PASSWORD)


def ensure_demo(parent: QWidget | None) -> str | None:
    """The demo cooperative's path, made first (with a progress bar) if it does not exist."""
    path = demo_path()
    if path.exists():
        return str(path)
    from coopdesk.demo.generator import make_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    dialog = QProgressDialog(
        QCoreApplication.translate("open_dialog", "Making the demo cooperative…"), "", 0, 0,
        parent)
    dialog.setCancelButton(None)  # no button: the demo is quick and cannot be half-made
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()

    try:
        db = make_demo(str(path), members=DEMO_MEMBERS, progress=progress)
        db.dispose()
    except Exception as exc:
        dialog.close()
        show_error(parent, exc)
        return None
    dialog.close()
    return str(path)


def _big_button(text: str, icon_name: str) -> QPushButton:
    button = QPushButton(icon(icon_name), text)
    button.setIconSize(QSize(40, 40))
    button.setMinimumHeight(64)
    font = QFont(button.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    button.setFont(font)
    button.setStyleSheet("text-align: left; padding-left: 16px;")
    return button


class StartDialog(QDialog):
    """The first screen when no cooperative is open. ``choice`` is "new", "open", "demo" or
    "recent" (then ``target`` names the file)."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.target: str | None = None
        self.setWindowTitle(self.tr("Welcome — coopdesk"))
        self.setMinimumWidth(560)
        title = QLabel("coopdesk")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("The member register, meetings and books of your "
                                  "cooperative."))
        subtitle.setWordWrap(True)
        self.new_button = _big_button(self.tr("Create a new cooperative"), "new")
        self.open_button = _big_button(self.tr("Open a cooperative file…"), "open")
        self.demo_button = _big_button(self.tr("Open the demo cooperative"), "demo")
        self.new_button.clicked.connect(lambda: self._choose("new"))
        self.open_button.clicked.connect(lambda: self._choose("open"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 24)
        lay.setSpacing(12)
        lay.addWidget(title)
        lay.addWidget(subtitle)
        for b in (self.new_button, self.open_button, self.demo_button):
            lay.addWidget(b)
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        for target in settings.recent_files:
            if is_url(target) or Path(target).exists():
                item = QListWidgetItem(icon("open"), target)
                item.setData(Qt.ItemDataRole.UserRole, target)
                self.recent.addItem(item)
        if self.recent.count():
            lay.addWidget(QLabel(self.tr("Recently opened (double-click to open):")))
            self.recent.setMaximumHeight(140)
            self.recent.itemActivated.connect(self._recent_chosen)
            lay.addWidget(self.recent)
        else:
            self.recent.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Quit"))
        close.rejected.connect(self.reject)
        lay.addWidget(close)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        self.target = str(item.data(Qt.ItemDataRole.UserRole))
        self._choose("recent")


class OpenDialog(QDialog):
    """A cooperative file (``*.coopdesk``) or a PostgreSQL URL; ``target`` once accepted."""

    def __init__(self, start: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: str | None = None
        self.setWindowTitle(self.tr("Open a cooperative — coopdesk"))
        self.setMinimumWidth(620)
        self.chooser = TargetChooser("open")
        self.chooser.set_target(start)
        self.as_file, self.as_server = self.chooser.as_file, self.chooser.as_server
        self.path, self.url = self.chooser.path, self.chooser.url
        self.error_label = QLabel("")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.chooser)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)

    def _accept(self) -> None:
        problem = self.chooser.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        self.target = self.chooser.target()
        self.accept()


def choose_target(parent: QWidget | None, start: str = "") -> str | None:
    """Run the open dialog; the chosen file or URL, or None."""
    dialog = OpenDialog(start, parent)
    dialog.exec()
    return dialog.target
