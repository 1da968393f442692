"""Adding a user: user name, full name, password twice and roles. Mistakes in the form are said
inline; a refusal (the acting user may not manage users) comes through ``show_error``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import ROLE_LABELS, Role
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import MIN_PASSWORD, add_user
from coopdesk.ui.errors import show_error
from coopdesk.ui.login import ERROR_STYLE


class UserDialog(QDialog):
    """Add one user; ``user_id`` holds the new user's id once accepted."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.user_id: int | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(480)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("e.g. maria.quispe"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least {n} characters").format(
            n=MIN_PASSWORD))
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password2)
        roles_box = QGroupBox(self.tr("Roles"))
        roles_lay = QVBoxLayout(roles_box)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(_(ROLE_LABELS[role]))
            box.setObjectName(f"role_{role.value}")
            self.role_boxes[role] = box
            roles_lay.addWidget(box)
        self.error_label = QLabel("")
        self.error_label.setObjectName("userError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add the user"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(roles_box)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)

    def roles(self) -> set[Role]:
        return {role for role, box in self.role_boxes.items() if box.isChecked()}

    def _inline(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> None:
        """Add the user; stay open with the reason when it cannot be done."""
        if self.password.text() != self.password2.text():
            self._inline(self.tr("The two passwords are not the same."))
            self.password2.setFocus()
            return
        try:
            self.user_id = add_user(self.uow, self.username.text().strip(),
                                    self.full_name.text(), self.password.text(), self.roles())
        except ValidationError as exc:
            self._inline(exc.message)
            return
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        self.accept()
