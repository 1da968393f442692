"""Settings: the language, the cooperative's details, the users, and the file (backup, restore,
verify). Buttons a user's roles do not allow are disabled; the services check again."""

from __future__ import annotations

from babel import Locale
from babel.numbers import format_currency, get_currency_name
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import ROLE_LABELS, Permission
from coopdesk.core.i18n import LANGUAGES, _, language
from coopdesk.core.money import from_minor
from coopdesk.core.uow import Changes, CoopInfo
from coopdesk.core.users import list_users
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs import FileActions
from coopdesk.ui.dialogs.user_dialog import UserDialog
from coopdesk.ui.icons import icon
from coopdesk.ui.widgets.chart import number


def describe_currency(code: str) -> str:
    try:
        return f"{code} — {get_currency_name(code, locale=language())}"
    except (ValueError, LookupError):
        return code


def describe_country(code: str) -> str:
    name = Locale.parse(language()).territories.get(code)
    return f"{code} — {name}" if name else code


def share_value_text(coop: CoopInfo) -> str:
    amount = from_minor(coop.share_value, coop.currency)
    # "10,000.00 Colombian pesos": the currency's name reads better than a code glued to the
    # number ("COP10,000.00"), which is what Babel gives for English.
    return str(format_currency(amount, coop.currency, locale=language(), format_type="name"))


class SettingsPage(QWidget):
    icon_name = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file_actions = FileActions(self, ctx)
        self._stale = True
        heading = QLabel(self.tr("Settings"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)

        lay = QVBoxLayout(self)  # the window scrolls a page taller than the screen
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(16)
        lay.addWidget(heading)
        lay.addWidget(self._language_box())
        lay.addWidget(self._coop_box())
        lay.addWidget(self._users_box())
        lay.addWidget(self._file_box())
        lay.addStretch(1)
        ctx.hub.changed.connect(self._on_changed)
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "Settings")

    # ---- building -----------------------------------------------------------------------

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        saved = self.ctx.settings.language or language()
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(saved), 0))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("A new language applies the next time coopdesk "
                                            "starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #555555;")
        row = QHBoxLayout(box)
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        return box

    def _coop_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The cooperative"))
        form = QFormLayout(box)
        self.coop_fields: dict[str, QLabel] = {}
        for key, label in (("name", self.tr("Name")), ("currency", self.tr("Currency")),
                           ("country", self.tr("Country")),
                           ("share_value", self.tr("Value of one share")),
                           ("minimum_age", self.tr("Minimum age of a member")),
                           ("lock_minutes", self.tr("Lock the window after"))):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"coop_{key}")
            self.coop_fields[key] = value
            form.addRow(label, value)
        return box

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Users"))
        self.users_table = QTableWidget(0, 4)
        self.users_table.setObjectName("usersTable")
        self.users_table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("Active")])
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.verticalHeader().hide()
        header = self.users_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.users_table.setMinimumHeight(120)
        self.add_user_button = QPushButton(icon("user"), self.tr("Add user…"))
        self.add_user_button.setObjectName("addUser")
        self.add_user_button.clicked.connect(self.add_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_user_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(self.users_table)
        lay.addLayout(buttons)
        return box

    def _file_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The cooperative file"))
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(icon("backup"), self.tr("Back up now…"))
        self.backup_button.clicked.connect(self.file_actions.backup_now)
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore a backup…"))
        self.restore_button.clicked.connect(self.file_actions.restore_backup)
        self.verify_button = QPushButton(icon("verify"), self.tr("Verify the audit chain"))
        self.verify_button.clicked.connect(self.file_actions.verify_chain)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.verify_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        note = QLabel(self.tr("coopdesk also keeps a copy beside the file every day (the last "
                              "ten are kept)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        lay = QVBoxLayout(box)
        lay.addWidget(self.file_label)
        lay.addLayout(buttons)
        lay.addWidget(note)
        return box

    # ---- behaviour ----------------------------------------------------------------------

    def _language_chosen(self, _index: int) -> None:
        self.ctx.settings.language = str(self.language_combo.currentData())

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("users", "settings"):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        uow = self.ctx.uow
        coop = uow.coop()
        f = self.coop_fields
        f["name"].setText(coop.name)
        f["currency"].setText(describe_currency(coop.currency))
        f["country"].setText(describe_country(coop.country))
        f["share_value"].setText(share_value_text(coop))
        f["minimum_age"].setText(self.tr("{n} years").format(n=number(coop.minimum_age)))
        f["lock_minutes"].setText(
            self.tr("{n} minutes without use").format(n=number(coop.lock_minutes))
            if coop.lock_minutes > 0 else self.tr("never"))
        self.file_label.setText(self.tr("Open file: {label}").format(label=uow.db.label))
        users = list_users(uow)
        self.users_table.setRowCount(len(users))
        for row, u in enumerate(users):
            roles = ", ".join(_(ROLE_LABELS[r]) for r in sorted(u.roles))
            cells = (u.username, u.full_name, roles, self.tr("yes") if u.active else self.tr("no"))
            for col, text in enumerate(cells):
                self.users_table.setItem(row, col, QTableWidgetItem(text))
        self._fit_users_table(len(users))
        actor = uow.actor
        self._allow(self.add_user_button, actor.can(Permission.USERS_MANAGE))
        self._allow(self.backup_button, actor.can(Permission.BACKUP))
        self._allow(self.restore_button, actor.can(Permission.RESTORE))
        self._stale = False

    def _fit_users_table(self, rows: int) -> None:
        """Tall enough for every user (up to twelve; more scroll)."""
        table = self.users_table
        row_h = table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + row_h * min(max(rows, 1), 12) + 4
        table.setFixedHeight(height + 2 * table.frameWidth())

    def _allow(self, button: QPushButton, allowed: bool) -> None:
        button.setEnabled(allowed)
        button.setToolTip("" if allowed else self.tr("Your roles do not allow this. Ask an "
                                                     "administrator."))

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx.uow, self)
        dialog.exec()
