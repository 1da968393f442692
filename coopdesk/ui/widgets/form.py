"""The base of the small forms: an error label under each field, a service's refusal shown
under the field it names, and the OK/Cancel row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from coopdesk.core.errors import CoopdeskError, PermissionDenied
from coopdesk.core.i18n import _
from coopdesk.ui.dialogs.member_form import error_label, show_problem
from coopdesk.ui.errors import show_error


class FormDialog(QDialog):
    errors: dict[str, QLabel]
    buttons: QDialogButtonBox
    ok: QPushButton

    def _setup_errors(self, keys: Sequence[str]) -> None:
        self.errors = {}
        for key in (*keys, "form"):
            label = error_label()
            label.setObjectName(f"error_{key}")
            self.errors[key] = label

    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_problem(label, "")

    def refused(self, exc: CoopdeskError, aliases: dict[str, str] | None = None) -> None:
        """Show a service's refusal under the field it names (``aliases`` maps the service's
        field names to this form's), or under the form; a refusal of rights in a box."""
        if isinstance(exc, PermissionDenied):
            show_error(self, exc)
            return
        field = getattr(exc, "field", None) or "form"
        field = (aliases or {}).get(field, field)
        show_problem(self.errors[field if field in self.errors else "form"], exc.message)

    def _buttons(self, ok_text: str) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok = ok
        self.ok.setText(ok_text)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(_("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A Close button in the user's language (Qt's own button texts are not translated)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    if close is not None:
        close.setText(_("Close"))
    box.rejected.connect(dialog.reject)
    return box
