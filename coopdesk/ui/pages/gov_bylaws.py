"""The Bylaws tab of Meetings & elections: the bylaws in force in plain sentences
(:func:`~coopdesk.governance.bylaws_text.describe`), edited whole in
:class:`~coopdesk.ui.dialogs.bylaws_dialog.BylawsDialog`, or started again from a preset.

With no bylaws yet the tab offers the presets, one button each, installed at once. "Start from
a preset…" with bylaws in force opens the editor on the preset, so nothing is replaced until
it is saved. Changing anything needs :attr:`Permission.GOVERNANCE`; every role reads. The tab
reads again when the hub announces a change of ``governance``.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import Changes
from coopdesk.governance.bylaws import Bylaws
from coopdesk.governance.bylaws_text import describe
from coopdesk.governance.presets import PRESET_LABELS, PRESETS
from coopdesk.governance.services import AREA, current_bylaws, install_bylaws_preset
from coopdesk.ui import icons
from coopdesk.ui.context import AppContext
from coopdesk.ui.errors import show_error
from coopdesk.ui.widgets.buttons import action_button


def bylaws_html(b: Bylaws) -> str:
    """The sentences of :func:`describe` as simple HTML: a heading per section."""
    parts = [f"<h2>{escape(_('Bylaws: {name}', name=b.name))}</h2>"]
    for title, sentences in describe(b):
        parts.append(f"<h3>{escape(title)}</h3>")
        parts += [f"<p style='margin: 2px 0 2px 12px'>{escape(s)}</p>" for s in sentences]
    return "\n".join(parts)


class BylawsTab(QWidget):
    """The bylaws in force, readable by all; edited by those who may change them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bylawsTab")
        self.ctx = ctx
        self.bylaws: Bylaws | None = None
        self._build()
        self._retranslate()
        ctx.hub.changed.connect(self._on_changes)
        self.refresh()

    def can_write(self) -> bool:
        return self.ctx.uow.actor.can(Permission.GOVERNANCE)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        std = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.edit_button = action_button("editBylaws", std, self.edit)
        self.preset_button = QPushButton()
        self.preset_button.setObjectName("startFromPreset")
        self.preset_menu = QMenu(self.preset_button)
        self.preset_actions: dict[str, QAction] = {}
        for key in PRESETS:
            action = self.preset_menu.addAction("")
            action.setObjectName(f"fromPreset_{key}")
            action.triggered.connect(lambda _c=False, k=key: self.start_from(k))
            self.preset_actions[key] = action
        self.preset_button.setMenu(self.preset_menu)
        self.note = QLabel()
        self.note.setObjectName("bylawsNote")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.edit_button)
        top.addWidget(self.preset_button)
        top.addStretch(1)

        self.text = QTextBrowser()
        self.text.setObjectName("bylawsText")
        self.text.setOpenLinks(False)

        self.empty = QWidget()
        self.empty.setObjectName("bylawsEmpty")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.empty_text.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_text.setFont(font)
        self.install_buttons: dict[str, QPushButton] = {}
        col = QVBoxLayout(self.empty)
        col.addStretch(1)
        col.addWidget(self.empty_text)
        for key in PRESETS:
            button = action_button(f"install_{key}", icons.icon("new"),
                                   self._installer(key), icon_size=32)
            self.install_buttons[key] = button
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            col.addLayout(row)
        col.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)

    def _retranslate(self) -> None:
        self.edit_button.setText(_("Edit…"))
        self.preset_button.setText(_("Start from a preset…"))
        for key, action in self.preset_actions.items():
            action.setText(_(PRESET_LABELS.get(key, key)))
        for key, button in self.install_buttons.items():
            button.setText(_("Use the preset: {label}", label=_(PRESET_LABELS.get(key, key))))
        self.empty_text.setText(_(
            "No bylaws yet.\nStart from the preset for your country's law, then change every "
            "rule to match your own bylaws."))
        self.update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    # -- reading -------------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(AREA):
            self.refresh()

    def refresh(self) -> None:
        try:
            self.bylaws = current_bylaws(self.ctx.uow)
        except CoopdeskError as exc:   # damaged bylaws: say so, and let them be entered again
            self.bylaws = None
            self.note.setText(exc.message)
        else:
            self.note.setText("")
        if self.bylaws is None:
            self.text.clear()
            self.stack.setCurrentWidget(self.empty)
        else:
            self.text.setHtml(bylaws_html(self.bylaws))
            self.stack.setCurrentWidget(self.text)
        self.note.setVisible(bool(self.note.text()))
        self.update_buttons()

    def update_buttons(self) -> None:
        can = self.can_write()
        tip = "" if can else _("Your role may read the bylaws but not change them.")
        self.edit_button.setEnabled(can and self.bylaws is not None)
        self.preset_button.setEnabled(can)
        for button in (self.edit_button, self.preset_button, *self.install_buttons.values()):
            button.setToolTip(tip)
        for button in self.install_buttons.values():
            button.setEnabled(can)

    # -- writing -------------------------------------------------------------------------------

    def install(self, key: str) -> None:
        """Make a preset the bylaws in force at once (offered while there are none)."""
        try:
            install_bylaws_preset(self.ctx.uow, key)
        except CoopdeskError as exc:
            show_error(self, exc)
        self.refresh()

    def _installer(self, key: str) -> Callable[[], None]:
        return lambda: self.install(key)

    def start_from(self, key: str) -> None:
        """Open the editor on a preset; the bylaws in force change only when it is saved."""
        self._edit(PRESETS[key])

    def edit(self) -> None:
        if self.bylaws is not None:
            self._edit(self.bylaws)

    def _edit(self, start: Bylaws) -> None:
        from coopdesk.ui.dialogs.bylaws_dialog import BylawsDialog

        dialog = BylawsDialog(self.ctx.uow, start, self)
        try:
            if dialog.exec():
                self.refresh()
        finally:
            dialog.deleteLater()
