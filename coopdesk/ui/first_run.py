"""The first-run wizard: a new cooperative in four pages (language, the cooperative, its first
administrator, where to keep it). Each page says what is wrong inline before going on; the
last page creates the file and stays open if that fails.

Choosing a language switches the wizard to it at once (when its translation is compiled).
"""

from __future__ import annotations

import re

from babel import Locale
from babel.numbers import get_currency_name
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.core import users
from coopdesk.core.access import Role
from coopdesk.core.db import FILE_SUFFIX, is_url
from coopdesk.core.errors import ValidationError
from coopdesk.core.files import NewCooperative, create_cooperative, validate_new
from coopdesk.core.i18n import LANGUAGES, language
from coopdesk.core.money import parse_amount
from coopdesk.ui.dialogs import documents_dir
from coopdesk.ui.errors import show_error
from coopdesk.ui.i18n import install_language
from coopdesk.ui.icons import pixmap
from coopdesk.ui.login import ERROR_STYLE
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.widgets.target import TargetChooser

CURRENCIES = ["COP", "PEN", "BOB", "CDF", "TZS", "XAF", "XOF", "GHS", "KES", "UGX",
              "RWF", "BIF", "ZMW", "MZN", "MGA", "USD", "EUR"]
COUNTRIES = ["CO", "PE", "BO", "EC", "CD", "TZ", "CM", "CF", "BF", "ML", "CI", "GN", "NE",
             "SN", "GH", "KE", "UG", "RW", "BI", "ZM", "MZ", "MG"]
# A sensible first guess from the language; the person changes it on the next page.
DEFAULTS = {"es": ("COP", "CO"), "fr": ("CDF", "CD"), "sw": ("TZS", "TZ"), "en": ("USD", "")}


def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("pageError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, problems: list[str]) -> bool:
    """Show the problems under the form; True when there are none."""
    label.setText("\n".join(problems))
    label.setVisible(bool(problems))
    return not problems


def _code(combo: QComboBox) -> str:
    """The code at the start of a combo's text ("COP — Colombian peso" gives "COP")."""
    text = combo.currentText().strip()
    return text.split()[0].upper() if text else ""


def _select_code(combo: QComboBox, code: str) -> None:
    for i in range(combo.count()):
        if combo.itemText(i).split()[0] == code:
            combo.setCurrentIndex(i)
            return
    combo.setEditText(code)


def _fill(combo: QComboBox, codes: list[str], names: dict[str, str]) -> None:
    """Items "CODE — name" in the current language, keeping the code that was chosen."""
    current = _code(combo)
    combo.blockSignals(True)
    combo.clear()
    for code in codes:
        name = names.get(code)
        combo.addItem(f"{code} — {name}" if name else code)
    combo.blockSignals(False)
    if current:
        _select_code(combo, current)


def currency_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in CURRENCIES:
        try:
            out[code] = str(get_currency_name(code, locale=language()))
        except (ValueError, LookupError):
            continue
    return out


def country_names() -> dict[str, str]:
    territories = Locale.parse(language()).territories
    return {code: str(territories[code]) for code in COUNTRIES if code in territories}


def safe_file_name(name: str) -> str:
    stem = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", name).strip(" .") or "cooperative"
    return stem[:80] + FILE_SUFFIX


class LanguagePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("wizardLanguage")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(language()), 0))
        self.combo.currentIndexChanged.connect(self._chosen)
        self.label = QLabel()
        self.label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.retranslate()

    def code(self) -> str:
        return str(self.combo.currentData())

    def _chosen(self, _index: int) -> None:
        install_language(self.code())
        wizard = self.wizard()
        if isinstance(wizard, NewCooperativeWizard):
            wizard.retranslate_all()  # also when no translator changed (no LanguageChange)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language of coopdesk's windows and documents."))
        self.label.setText(self.tr("Choose the language you read best. You can change it "
                                   "later in Settings."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CoopPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("coopName")
        self.currency = QComboBox()
        self.currency.setObjectName("coopCurrency")
        self.currency.setEditable(True)
        self.country = QComboBox()
        self.country.setObjectName("coopCountry")
        self.country.setEditable(True)
        self.share_value = QLineEdit("0")
        self.share_value.setObjectName("coopShareValue")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        self.errors = _error_label()
        self._defaults_for: str | None = None
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.name, self.currency, self.country,
                                              self.share_value), strict=True):
            self.form.addRow(label, field)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.note)
        lay.addWidget(self.errors)
        lay.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        code = language()
        if self._defaults_for is None:
            currency, country = DEFAULTS.get(code, DEFAULTS["en"])
            _select_code(self.currency, currency)
            _select_code(self.country, country)
            self._defaults_for = code

    def spec(self) -> NewCooperative:
        return NewCooperative(self.name.text().strip(), _code(self.currency),
                              _code(self.country), language(), self.share_value.text().strip())

    def validatePage(self) -> bool:
        spec = self.spec()
        problems = validate_new(spec)
        try:
            parse_amount(spec.share_value or "0", spec.currency)
        except ValidationError as exc:
            problems.append(exc.message)
        return _show(self.errors, problems)

    def share_value_text(self) -> str:
        spec = self.spec()
        return str(parse_amount(spec.share_value or "0", spec.currency))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The cooperative"))
        self.setSubTitle(self.tr("Its name, the currency of its books, its country and the "
                                 "value of one share."))
        for label, text in zip(self.labels, (self.tr("Name"), self.tr("Currency (ISO code)"),
                                             self.tr("Country (2 letters)"),
                                             self.tr("Value of one share")), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Cooperativa Minera La Esperanza"))
        self.note.setText(self.tr("Pick a currency and a country from the lists or type their "
                                  "codes. The value of one share is what a member pays for each "
                                  "share of the cooperative's capital; the bylaws say it."))
        _fill(self.currency, CURRENCIES, currency_names())
        _fill(self.country, COUNTRIES, country_names())
        for combo in (self.currency, self.country):
            edit = combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(self.tr("Choose from the list or type the code"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminFullName")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("adminPassword2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = _error_label()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.username, self.full_name, self.password,
                                              self.password2), strict=True):
            form.addRow(label, field)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.errors)
        lay.addStretch(1)
        self.retranslate()

    def validatePage(self) -> bool:
        problems: list[str] = []
        try:
            # the same check create_cooperative makes, so the page says it before the end
            users.validate_new_user(self.username.text().strip(), self.full_name.text(),
                                 self.password.text(), {Role.ADMINISTRATOR})
        except ValidationError as exc:
            problems.append(exc.message)
        if self.password.text() != self.password2.text():
            problems.append(self.tr("The two passwords are not the same."))
        return _show(self.errors, problems)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("The person who will add the other users. Keep the password "
                                 "safe: nobody can read it back."))
        for label, text in zip(self.labels, (
                self.tr("User name"), self.tr("Full name"),
                self.tr("Password (at least {n} characters)").format(n=users.MIN_PASSWORD),
                self.tr("Password again")), strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SavePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = TargetChooser("save")
        # The chooser's parts, as the wizard's tests and screenshots reach them.
        self.as_file, self.as_server = self.chooser.as_file, self.chooser.as_server
        self.path, self.url = self.chooser.path, self.chooser.url
        self.errors = _error_label()
        lay = QVBoxLayout(self)
        lay.addWidget(self.chooser)
        lay.addWidget(self.errors)
        lay.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not self.chooser.path_touched and isinstance(wizard, NewCooperativeWizard):
            name = wizard.coop_page.name.text()
            self.path.setText(str(documents_dir() / safe_file_name(name)))

    def target(self) -> str:
        return self.chooser.target()

    def problems(self) -> list[str]:
        problem = self.chooser.problem()
        return [problem] if problem else []

    def validatePage(self) -> bool:
        if not _show(self.errors, self.problems()):
            return False
        wizard = self.wizard()
        assert isinstance(wizard, NewCooperativeWizard)
        return wizard.create_now()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to keep it"))
        self.setSubTitle(self.tr("Keep the file on this computer's own disk, not on a network "
                                 "share or in a synced folder."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NewCooperativeWizard(QWizard):
    """``target`` holds where the new cooperative was created once the wizard is accepted."""

    def __init__(self, settings: UiSettings | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.target: str | None = None
        self._language_before = language()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, pixmap("members", 48))
        self.setMinimumSize(640, 480)
        self.language_page = LanguagePage()
        self.coop_page = CoopPage()
        self.admin_page = AdminPage()
        self.save_page = SavePage()
        for page in (self.language_page, self.coop_page, self.admin_page, self.save_page):
            self.addPage(page)
        self.retranslate()

    def target_is_url(self) -> bool:
        return self.target is not None and is_url(self.target)

    def create_now(self) -> bool:
        """Create the cooperative; on failure say why and stay on the page."""
        target = self.save_page.target()
        spec = self.coop_page.spec()
        try:
            spec = NewCooperative(spec.name, spec.currency, spec.country, spec.language,
                                  self.coop_page.share_value_text())
            db = create_cooperative(target, spec, self.admin_page.username.text().strip(),
                                    self.admin_page.full_name.text(),
                                    self.admin_page.password.text())
        except Exception as exc:
            show_error(self, exc)
            return False
        db.dispose()
        self.target = target
        if self.settings is not None:
            self.settings.language = self.language_page.code()
        return True

    def reject(self) -> None:
        if language() != self._language_before:
            install_language(self._language_before)
        super().reject()

    def retranslate_all(self) -> None:
        self.retranslate()
        for page in (self.language_page, self.coop_page, self.admin_page, self.save_page):
            page.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New cooperative — coopdesk"))
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Back")),
                             (QWizard.WizardButton.NextButton, self.tr("Next >")),
                             (QWizard.WizardButton.FinishButton, self.tr("Create")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def new_cooperative(parent: QWidget | None, settings: UiSettings | None = None) -> str | None:
    """Run the wizard; the new cooperative's target, or None if the person cancelled."""
    wizard = NewCooperativeWizard(settings, parent)
    wizard.exec()
    return wizard.target
