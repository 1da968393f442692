"""The log-in dialog: the cooperative's name in big type, a user name and a password. A wrong
password says so inline and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Actor
from coopdesk.core.errors import AuthenticationFailed
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import authenticate
from coopdesk.ui.icons import pixmap

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class LoginDialog(QDialog):
    """Ask for a user name and password; ``actor`` holds who logged in once accepted."""

    def __init__(self, uow: UnitOfWork, hint: str | None = None, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — coopdesk"))
        self.setMinimumWidth(460)
        logo = QLabel()
        logo.setPixmap(pixmap("members", 56))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.coop_label = QLabel(uow.coop().name)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.coop_label.setFont(font)
        self.coop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.coop_label.setWordWrap(True)
        self.hint_label = QLabel(hint or "")
        self.hint_label.setObjectName("loginHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setStyleSheet("background: #fff4d6; border: 1px solid #e0c060; "
                                      "border-radius: 4px; padding: 6px;")
        self.hint_label.setVisible(bool(hint))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel("")
        self.error_label.setObjectName("loginError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))
        ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.addWidget(logo)
        lay.addWidget(self.coop_label)
        lay.addWidget(self.hint_label)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        """Check the credentials; accept on success, else say so and stay open."""
        try:
            self.actor = authenticate(self.uow, self.username.text().strip(),
                                      self.password.text())
        except AuthenticationFailed as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
