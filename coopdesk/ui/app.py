"""Starting the window: the application, its language and type size, what to open (the file
given, the last one, or the start dialog), the log-in, then the main window.

Environment (for ``make run``, the screenshot script and the benchmark):

- ``COOPDESK_AUTOLOGIN=user:password`` logs in without the dialog when the credentials are right.
- ``COOPDESK_QUIT_AFTER_PAINT=1`` prints ``first-paint-ms=<ms>`` after the main window's first
  paint and quits. The milliseconds count from ``COOPDESK_T0`` (seconds since the epoch, as
  ``time.time()`` gives, set by the caller just before it starts the process), else from the
  import of this module.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.engine import make_url

from coopdesk.core.access import Actor
from coopdesk.core.db import is_url
from coopdesk.core.errors import AuthenticationFailed
from coopdesk.core.files import open_cooperative
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs import message
from coopdesk.ui.errors import show_error
from coopdesk.ui.first_run import new_cooperative
from coopdesk.ui.hub import Hub
from coopdesk.ui.i18n import choose_language, install_language
from coopdesk.ui.login import LoginDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.open_dialog import (
    DEMO_USER,
    StartDialog,
    choose_target,
    demo_hint,
    ensure_demo,
    is_demo,
)
from coopdesk.ui.settings import UiSettings

_IMPORTED_AT = time.time()


def started_at() -> float:
    """When the process started, as the caller measured it, else this module's import."""
    try:
        return float(os.environ["COOPDESK_T0"])
    except (KeyError, ValueError):
        return _IMPORTED_AT


def make_context(uow: UnitOfWork, settings: UiSettings | None = None) -> AppContext:
    """A context whose hub hears every write of ``uow`` (and of its ``as_actor`` copies)."""
    hub = Hub()
    hub.attach(uow)
    return AppContext(uow, hub, settings or UiSettings())


def autologin(uow: UnitOfWork) -> Actor | None:
    """The actor named by ``COOPDESK_AUTOLOGIN`` if its password is right, else None."""
    value = os.environ.get("COOPDESK_AUTOLOGIN", "")
    user, sep, password = value.partition(":")
    if not sep:
        return None
    try:
        return authenticate(uow, user, password)
    except AuthenticationFailed:
        return None


def recent_label(target: str) -> str:
    """What to remember of a target: a server URL is kept without its password."""
    if not is_url(target):
        return target
    return make_url(target).set(password=None).render_as_string(hide_password=False)


class _FirstPaint(QObject):
    """Prints the time to the main window's first paint, then closes the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            ms = (time.time() - started_at()) * 1000
            print(f"first-paint-ms={ms:.0f}", flush=True)
            QTimer.singleShot(0, self.window.close)
        return False


class Launcher(QObject):
    """Opens cooperatives and keeps the one main window; quits when it closes."""

    def __init__(self, app: QApplication, settings: UiSettings) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.window: MainWindow | None = None
        self._paint_probe: _FirstPaint | None = None

    def start(self, target: str | None) -> bool:
        """Show a main window; False when the person gave up before one opened."""
        if target is None and self.settings.last_file:
            last = self.settings.last_file
            if is_url(last) or os.path.exists(last):
                target = last
        return self.open_interactive(target)

    def open_interactive(self, target: str | None) -> bool:
        """From a target (or the start dialog), through opening and log-in, to a window.
        A target that fails, or a cancelled log-in, leads back to the start dialog."""
        hint: str | None = None
        while True:
            if target is None:
                chosen = self.from_start_dialog()
                if chosen is None:
                    return False
                target, hint = chosen
            ctx = self.open_and_login(target, hint)
            if ctx is not None:
                self.show_window(ctx)
                return True
            target, hint = None, None

    def from_start_dialog(self) -> tuple[str, str | None] | None:
        while True:
            dialog = StartDialog(self.settings)
            if not dialog.exec() or dialog.choice is None:
                return None
            target: str | None
            if dialog.choice == "new":
                target = new_cooperative(None, self.settings)
            elif dialog.choice == "open":
                target = choose_target(None)
            elif dialog.choice == "demo":
                target = ensure_demo(None)
            else:
                target = dialog.target
            if target:
                return target, demo_hint() if is_demo(target) else None

    def open_and_login(self, target: str, hint: str | None = None,
                       parent: QWidget | None = None) -> AppContext | None:
        """Open ``target`` (showing its storage warnings) and log in; None if either fails."""
        try:
            opened = open_cooperative(target)
        except Exception as exc:
            show_error(parent, exc)
            return None
        if opened.warnings:
            message(parent, QMessageBox.Icon.Warning,
                    self.tr("Where this file is kept is risky"), "\n\n".join(opened.warnings))
        uow = UnitOfWork(opened.db)
        if hint is None and is_demo(target):
            hint = demo_hint()
        actor = autologin(uow)
        if actor is None:
            # The demo's user, or whoever last logged in on this computer, is typed already.
            who = DEMO_USER if is_demo(target) else self.settings.value("last_user")
            dialog = LoginDialog(uow, hint, username=who, parent=parent)
            if not dialog.exec() or dialog.actor is None:
                opened.db.dispose()
                return None
            actor = dialog.actor
        self.settings.set_value("last_user", actor.username)
        self.settings.add_recent(recent_label(target))
        return make_context(uow.as_actor(actor), self.settings)

    def show_window(self, ctx: AppContext) -> None:
        old = self.window
        window = MainWindow(ctx)
        window.open_requested.connect(self.replace)
        window.reopen_requested.connect(self.reopen)
        window.closed.connect(lambda w=window: self._closed(w))
        self.window = window
        if os.environ.get("COOPDESK_QUIT_AFTER_PAINT") == "1":
            self._paint_probe = _FirstPaint(window)
            window.installEventFilter(self._paint_probe)
        window.show()
        if old is not None:
            old.close()

    def replace(self, target: str) -> None:
        """Open another cooperative; the current window stays if that fails."""
        ctx = self.open_and_login(target, None, self.window)
        if ctx is not None:
            self.show_window(ctx)

    def reopen(self, target: str) -> None:
        """The open file was replaced (restore): log in to it again once the window closed."""
        self.window = None
        QTimer.singleShot(0, lambda: self.open_interactive(target) or self.app.quit())

    def _closed(self, window: MainWindow) -> None:
        window.ctx.uow.db.dispose()
        window.deleteLater()
        if window is self.window:
            self.window = None
            self.app.quit()


def create_application(argv: list[str]) -> QApplication:
    """The QApplication (made once): names for QSettings, and type one point larger."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName("coopdesk")
    QApplication.setOrganizationName("coopdesk")
    app = QApplication(argv)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() + 1)  # many users read little: larger type
    app.setFont(font)
    return app


def run(target: str | None, *, argv: list[str] | None = None) -> int:
    """Run the window on ``target`` (a file or URL), or on what the person chooses; the exit
    code."""
    app = create_application(list(sys.argv if argv is None else argv))
    app.setQuitOnLastWindowClosed(False)  # the launcher quits when the main window closes
    settings = UiSettings()
    install_language(choose_language(settings.language))
    launcher = Launcher(app, settings)
    if not launcher.start(target):
        return 0
    return int(app.exec())
