"""The inactivity lock. A shared laptop left open in a cooperative's office must not leave the
register and the books open to whoever walks by: after ``lock_minutes`` without a key press or a
mouse movement, the window hides its pages behind a screen that asks for the password again.
Another person may log in there instead ("Switch user")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import AuthenticationFailed
from coopdesk.core.users import authenticate
from coopdesk.ui.context import AppContext
from coopdesk.ui.icons import pixmap
from coopdesk.ui.login import ERROR_STYLE

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class ActivityWatcher(QObject):
    """An application-wide event filter: any key or mouse input restarts the idle timer;
    ``idle`` is emitted when it runs out. ``minutes <= 0`` turns the lock off."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._installed = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self._timer.setInterval(max(minutes, 0) * 60_000)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.restart()

    def restart(self) -> None:
        if self.minutes > 0:
            self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def is_active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class LockScreen(QWidget):
    """What the window shows while locked. Emits ``unlocked(Actor)`` after a right password."""

    unlocked = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockScreen")
        icon = QLabel()
        icon.setPixmap(pixmap("lock", 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self.tr("coopdesk is locked"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit()
        self.username.setObjectName("lockUsername")
        self.username.setReadOnly(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.error_label = QLabel("")
        self.error_label.setObjectName("lockError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.clicked.connect(self.switch_user)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setStyleSheet("#lockPanel { background: white; border: 1px solid #c9d9e0; "
                            "border-radius: 10px; }")
        panel.setMaximumWidth(520)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(icon)
        inner.addWidget(self.heading)
        inner.addWidget(self.message)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(2)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen { background: #e8eef1; }")

    def lock(self, username: str, minutes: int) -> None:
        """Show the screen for ``username``, fields cleared."""
        self.username.setText(username)
        self.username.setReadOnly(True)
        self.password.clear()
        self.error_label.hide()
        if minutes > 0:
            self.message.setText(self.tr("Locked after {n} minutes without use. Enter the "
                                         "password of {user} to go on.")
                                 .format(n=minutes, user=username))
        else:
            self.message.setText(self.tr("Enter the password of {user} to go on.")
                                 .format(user=username))
        self.password.setFocus()

    def switch_user(self) -> None:
        """Let another person log in: the user name becomes editable."""
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.error_label.hide()
        self.message.setText(self.tr("Log in as another user. The pages will show what "
                                     "their roles allow."))
        self.username.setFocus()

    def try_unlock(self) -> None:
        try:
            actor = authenticate(self.ctx.uow, self.username.text().strip(),
                                 self.password.text())
        except AuthenticationFailed as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.error_label.hide()
        self.unlocked.emit(actor)
