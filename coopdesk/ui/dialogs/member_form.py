"""The member form: register a new member or edit one, the register's rules checked as one types.

The form runs the same pure :func:`~coopdesk.members.rules.check_member` as the service on every
change and shows each problem in red under its field, so a secretary sees "a minor cannot be
registered" before pressing anything. What only the database knows (a national ID already
registered) comes back from the service as a ``ValidationError`` naming its field, and is shown
under that field the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QImageWriter, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import queries, services
from coopdesk.members.rules import (
    CONSENT_LABELS,
    FIELD_LABELS,
    PAYOUT_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    MemberInput,
    Sex,
    Status,
    age_on,
    check_member,
)
from coopdesk.ui.errors import show_error

BLANK_DATE = QDate(1900, 1, 1)
PHOTO_MAX_PX = 400
PHOTO_QUALITY = 85
ERROR_STYLE = "color: #c62828;"


# ---- small helpers shared by the register's dialogs ------------------------------------------

def date_format() -> str:
    """The user's short date format, always with a four-digit year."""
    fmt = QLocale(language()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class CalendarStart(QObject):
    """Opens a blank date field's calendar on a useful page (``years_back`` years ago, e.g. for
    a date of birth) instead of January 1900, the hidden value that stands for blank."""

    def __init__(self, edit: QDateEdit, years_back: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.years_back = years_back
        calendar = edit.calendarWidget()
        if calendar is not None:
            calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and date_of(self.edit) is None:
            calendar = self.edit.calendarWidget()
            today = dt.date.today()
            if calendar is not None:
                calendar.setCurrentPage(today.year - self.years_back, today.month)
        return False


def date_edit(value: dt.date | None = None, optional: bool = False,
              years_back: int = 0) -> QDateEdit:
    """A date field with a calendar popup; an optional one shows blank until a date is set."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setMinimumDate(BLANK_DATE)
    if optional:
        edit.setSpecialValueText(" ")
        CalendarStart(edit, years_back)
    set_date(edit, value)
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    out = edit.date().toPython()
    assert isinstance(out, dt.date)
    return out


def set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def load_photo(path: str) -> bytes:
    """A picture file as JPEG bytes, at most 400 px on its longer side (quality 85), so the
    register's 2 MB limit is rarely reached; transparency becomes white."""
    image = QImage(path)
    if image.isNull():
        raise ValidationError(QCoreApplication.translate(
            "MemberFormDialog", "This file is not a picture coopdesk can read; choose a PNG or "
            "JPEG photo."), "photo")
    if max(image.width(), image.height()) > PHOTO_MAX_PX:
        image = image.scaled(PHOTO_MAX_PX, PHOTO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"JPEG"))
    writer.setQuality(PHOTO_QUALITY)
    ok = writer.write(image)
    buffer.close()
    if not ok:
        raise ValidationError(QCoreApplication.translate(
            "MemberFormDialog", "The photo could not be converted: {reason}").format(
            reason=writer.errorString()), "photo")
    return bytes(data.data())


def choose_photo(parent: QWidget) -> bytes | None:
    """Ask for a picture file; None when the person cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("MemberFormDialog", "Choose a photo"), "",
        QCoreApplication.translate("MemberFormDialog", "Pictures (*.png *.jpg *.jpeg)"))
    return load_photo(path) if path else None


def photo_pixmap(data: bytes | None, width: int, height: int) -> QPixmap | None:
    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)


def sex_icon(sex: str, size: int = 40) -> QIcon:
    """A person drawn plainly: a dress for a woman, trousers for a man."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 64, size / 64)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#8e24aa" if sex == Sex.F else "#00796b"))
    p.drawEllipse(24, 2, 16, 16)
    body = QPainterPath()
    if sex == Sex.F:
        body.moveTo(32, 20)
        body.lineTo(48, 50)
        body.lineTo(16, 50)
        body.closeSubpath()
        p.drawPath(body)
        p.drawRect(25, 50, 5, 12)
        p.drawRect(34, 50, 5, 12)
    else:
        p.drawRoundedRect(20, 20, 24, 24, 5, 5)
        p.drawRect(21, 40, 9, 22)
        p.drawRect(34, 40, 9, 22)
    p.end()
    return QIcon(pix)


# ---- the dialog --------------------------------------------------------------------------------

class MemberFormDialog(QDialog):
    """Register a new member (``number=None``) or edit member ``number``."""

    def __init__(self, uow: UnitOfWork, number: int | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberForm")
        self.uow = uow
        self.number = number
        self.today = today or dt.date.today()
        self.minimum_age = uow.coop().minimum_age
        self.detail = queries.member_detail(uow, number) if number is not None else None
        self.read_only = not uow.actor.can(Permission.MEMBERS_WRITE)
        self.saved_number: int | None = None
        self.photo: bytes | None = services.get_photo(uow, number) if number else None
        self.photo_changed = False
        self.errors: dict[str, QLabel] = {}
        self.field_tab: dict[str, int] = {}
        self.touched: set[str] = set()
        self.server_error: tuple[str | None, str] | None = None
        self._build()
        if self.detail is not None:
            self._load(self.detail.data)
            self.touched.update(FIELD_LABELS)
        self._update_photo()
        self.validate()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        if self.detail is None:
            self.setWindowTitle(self.tr("New member"))
        else:
            d = self.detail.data
            self.setWindowTitle(self.tr("Member no. {number}: {name}").format(
                number=self.number, name=f"{d.first_names} {d.last_names}"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._identity_tab(), self.tr("Identity"))
        self.tabs.addTab(self._work_tab(), self.tr("Work"))
        self.tabs.addTab(self._successor_tab(), self.tr("Successor and payouts"))
        self.tabs.addTab(self._consents_tab(), self.tr("Consents and notes"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Register") if self.detail is None else self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        if self.read_only:
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                for child in page.findChildren(QWidget) if page else []:
                    if not isinstance(child, QLabel):
                        child.setEnabled(False)
            self.ok.setVisible(False)
        self.resize(760, 640)

    def _form(self, tab: int) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not between them
        return page, form

    def _row(self, form: QFormLayout, key: str, widget: QWidget, tab: int,
             label: str | None = None) -> None:
        """A field with its problem shown in red underneath."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        err = error_label()
        err.setObjectName(f"error_{key}")
        col.addWidget(err)
        self.errors[key] = err
        self.field_tab[key] = tab
        form.addRow(label if label is not None else _(FIELD_LABELS[key]), box)

    def _line(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.textChanged.connect(self._changed_slot(key))
        return edit

    def _changed_slot(self, key: str) -> Callable[..., None]:
        def slot(*_args: object) -> None:
            self.changed(key)
        return slot

    def _identity_tab(self) -> QWidget:
        page, form = self._form(0)
        self.first_names = self._line("first_names")
        self.last_names = self._line("last_names")
        self._row(form, "first_names", self.first_names, 0)
        self._row(form, "last_names", self.last_names, 0)
        sex_box = QWidget()
        sex_row = QHBoxLayout(sex_box)
        sex_row.setContentsMargins(0, 0, 0, 0)
        self.sex_group = QButtonGroup(self)
        self.sex_f = QRadioButton(self.tr("Woman"))
        self.sex_m = QRadioButton(self.tr("Man"))
        for sex, button in ((Sex.F, self.sex_f), (Sex.M, self.sex_m)):
            button.setObjectName(f"sex_{sex.value}")
            button.setIcon(sex_icon(sex))
            button.setIconSize(button.iconSize() * 2)
            self.sex_group.addButton(button)
            sex_row.addWidget(button)
        sex_row.addStretch(1)
        self.sex_group.buttonToggled.connect(self._changed_slot("sex"))
        self._row(form, "sex", sex_box, 0)
        self.birth_date = date_edit(optional=True, years_back=30)
        self.birth_date.setObjectName("birth_date")
        self.birth_date.dateChanged.connect(self._changed_slot("birth_date"))
        self._row(form, "birth_date", self.birth_date, 0)
        self.national_id = self._line("national_id")
        self._row(form, "national_id", self.national_id, 0)
        self.miner_card_no = self._line("miner_card_no")
        self._row(form, "miner_card_no", self.miner_card_no, 0)
        self.miner_card_expiry = date_edit(optional=True)
        self.miner_card_expiry.setObjectName("miner_card_expiry")
        self.miner_card_expiry.dateChanged.connect(self._changed_slot("miner_card_expiry"))
        self._row(form, "miner_card_expiry", self.miner_card_expiry, 0)
        self.phone = self._line("phone")
        self._row(form, "phone", self.phone, 0)
        self.locality = self._line("locality")
        self._row(form, "locality", self.locality, 0)

        self.photo_label = QLabel()
        self.photo_label.setObjectName("photo")
        self.photo_label.setFixedSize(150, 190)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #b0bec5; background: #eceff1;")
        self.photo_button = QPushButton(self.tr("Photo…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.photo_error = error_label()
        side = QVBoxLayout()
        side.addWidget(self.photo_label)
        side.addWidget(self.photo_button)
        side.addWidget(self.remove_photo_button)
        side.addWidget(self.photo_error)
        side.addStretch(1)
        self.errors["photo"] = self.photo_error
        self.field_tab["photo"] = 0
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.addWidget(page, 1)
        row.addLayout(side)
        return outer

    def _work_tab(self) -> QWidget:
        page, form = self._form(1)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem(self.tr("— choose —"), "")
        for code, label in ROLE_LABELS.items():
            self.role.addItem(_(label), code.value)
        self.role.currentIndexChanged.connect(self._changed_slot("role"))
        self._row(form, "role", self.role, 1)
        self.sites = QListWidget()
        self.sites.setObjectName("sites")
        for site in queries.list_sites(self.uow):
            item = QListWidgetItem(site.name + (f" ({site.mineral})" if site.mineral else ""))
            item.setData(Qt.ItemDataRole.UserRole, site.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sites.addItem(item)
        if self.sites.count() == 0:
            self.sites.addItem(self.tr("No mining sites yet: add them with Sites… on the "
                                       "Members page."))
        self.sites.setFixedHeight(130)
        self.sites.itemChanged.connect(self._changed_slot("sites"))
        self._row(form, "sites", self.sites, 1)
        self.join_date = date_edit(self.today)
        self.join_date.setObjectName("join_date")
        self.join_date.dateChanged.connect(self._changed_slot("join_date"))
        self._row(form, "join_date", self.join_date, 1)
        self.status = QComboBox()
        self.status.setObjectName("status")
        if self.detail is None:
            for start in (Status.APPLICANT, Status.ACTIVE):
                self.status.addItem(_(STATUS_LABELS[start]), start.value)
            self._row(form, "status", self.status, 1, self.tr("Starts as"))
        return page

    def _successor_tab(self) -> QWidget:
        page, form = self._form(2)
        self.successor_name = self._line("successor_name")
        self.successor_relation = self._line("successor_relation")
        self.successor_phone = self._line("successor_phone")
        for key, edit in (("successor_name", self.successor_name),
                          ("successor_relation", self.successor_relation),
                          ("successor_phone", self.successor_phone)):
            self._row(form, key, edit, 2)
        self.payout_method = QComboBox()
        self.payout_method.setObjectName("payout_method")
        for code, label in PAYOUT_LABELS.items():
            self.payout_method.addItem(_(label), code.value)
        self.payout_method.currentIndexChanged.connect(self._changed_slot("payout_method"))
        self._row(form, "payout_method", self.payout_method, 2)
        self.payout_account = self._line("payout_account")
        self._row(form, "payout_account", self.payout_account, 2)
        self.payout_provider = self._line("payout_provider")
        self._row(form, "payout_provider", self.payout_provider, 2)
        return page

    def _consents_tab(self) -> QWidget:
        page, form = self._form(3)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.consents: dict[str, QCheckBox] = {}
        for code, label in CONSENT_LABELS.items():
            check = QCheckBox(_(label))
            check.setObjectName(f"consent_{code.value}")
            check.toggled.connect(self._changed_slot("consents"))
            self.consents[code.value] = check
            col.addWidget(check)
        self._row(form, "consents", box, 3)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(140)
        self.notes.setObjectName("notes")
        self.notes.textChanged.connect(self._changed_slot("notes"))
        self._row(form, "notes", self.notes, 3)
        return page

    def _load(self, d: MemberInput) -> None:
        self.first_names.setText(d.first_names)
        self.last_names.setText(d.last_names)
        (self.sex_f if d.sex == Sex.F else self.sex_m).setChecked(True)
        set_date(self.birth_date, d.birth_date)
        self.national_id.setText(d.national_id or "")
        self.miner_card_no.setText(d.miner_card_no or "")
        set_date(self.miner_card_expiry, d.miner_card_expiry)
        self.phone.setText(d.phone or "")
        self.locality.setText(d.locality or "")
        self.role.setCurrentIndex(max(0, self.role.findData(d.role)))
        for i in range(self.sites.count()):
            item = self.sites.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in d.site_ids:
                item.setCheckState(Qt.CheckState.Checked)
        set_date(self.join_date, d.join_date)
        self.successor_name.setText(d.successor_name or "")
        self.successor_relation.setText(d.successor_relation or "")
        self.successor_phone.setText(d.successor_phone or "")
        self.payout_method.setCurrentIndex(max(0, self.payout_method.findData(d.payout_method)))
        self.payout_account.setText(d.payout_account or "")
        self.payout_provider.setText(d.payout_provider or "")
        for code, check in self.consents.items():
            check.setChecked(code in d.consents)
        self.notes.setPlainText(d.notes or "")

    # -- reading and checking ------------------------------------------------------------

    def member_input(self) -> MemberInput:
        checked = self.sex_group.checkedButton()
        sex = Sex.F.value if checked is self.sex_f else Sex.M.value if checked else ""
        sites = tuple(int(item.data(Qt.ItemDataRole.UserRole))
                      for item in (self.sites.item(i) for i in range(self.sites.count()))
                      if item.data(Qt.ItemDataRole.UserRole) is not None
                      and item.checkState() == Qt.CheckState.Checked)
        return MemberInput(
            first_names=self.first_names.text(), last_names=self.last_names.text(), sex=sex,
            birth_date=date_of(self.birth_date), role=str(self.role.currentData() or ""),
            join_date=date_of(self.join_date), national_id=self.national_id.text(),
            miner_card_no=self.miner_card_no.text(),
            miner_card_expiry=date_of(self.miner_card_expiry), phone=self.phone.text(),
            locality=self.locality.text(), site_ids=sites,
            successor_name=self.successor_name.text(),
            successor_relation=self.successor_relation.text(),
            successor_phone=self.successor_phone.text(),
            payout_method=str(self.payout_method.currentData()),
            payout_account=self.payout_account.text(),
            payout_provider=self.payout_provider.text(),
            consents=frozenset(c for c, box in self.consents.items() if box.isChecked()),
            notes=self.notes.toPlainText())

    def problems(self) -> list[tuple[str, str]]:
        """The rules' problems with this record, as the service will see them."""
        inp = self.member_input()
        if self.detail is None:
            found = check_member(inp, self.today, self.minimum_age)
        else:  # as update_member: the age rule is about the age on joining
            found = [p for p in check_member(inp, self.today, 0)
                     if not (p[0] == "join_date" and inp.join_date == self.detail.data.join_date)]
            if inp.birth_date and inp.join_date and inp.birth_date <= inp.join_date and \
                    age_on(inp.birth_date, inp.join_date) < self.minimum_age:
                found.append(("birth_date", _(
                    "With this date of birth the member was a minor when they joined; a minor "
                    "cannot be registered as a miner.")))
        out = []
        for key, message in found:
            if key == "sex" and not inp.sex:
                message = self.tr("Choose woman or man.")
            elif key == "role" and not inp.role:
                message = self.tr("Choose the member's role.")
            out.append((key, message))
        return out

    def changed(self, key: str) -> None:
        self.touched.add(key)
        self.server_error = None
        self.validate()

    def validate(self) -> list[tuple[str, str]]:
        problems = self.problems()
        shown: dict[str, list[str]] = {}
        untouched: list[str] = []
        for key, message in problems:
            if key in self.touched or key not in self.errors:
                shown.setdefault(key, []).append(message)
            else:
                untouched.append(_(FIELD_LABELS.get(key, key)))
        extra = ""
        if self.server_error is not None:
            where, message = self.server_error
            if where is not None and where in self.errors:
                shown.setdefault(where, []).append(message)
            else:
                extra = message
        for key, label in self.errors.items():
            show_problem(label, "\n".join(shown.get(key, [])))
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bad_tabs = {self.field_tab.get(k, 0) for k in shown}
        for i in range(self.tabs.count()):
            self.tabs.setTabIcon(i, warn if i in bad_tabs else QIcon())
        lines = [extra] if extra else []
        if untouched:
            lines.append(self.tr("Still to fill in: {fields}.").format(
                fields=", ".join(untouched)))
        elif shown and not extra:
            lines.append(self.tr("Correct the fields marked in red to save."))
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet(ERROR_STYLE if extra or shown else "")
        self.ok.setEnabled(not problems and not self.read_only)
        return problems

    # -- photo ---------------------------------------------------------------------------

    def choose_photo(self) -> None:
        try:
            data = choose_photo(self)
        except ValidationError as exc:
            show_problem(self.photo_error, exc.message)
            return
        if data is not None:
            self.set_photo_bytes(data)

    def set_photo_bytes(self, data: bytes | None) -> None:
        self.photo = data
        self.photo_changed = True
        show_problem(self.photo_error, "")
        self._update_photo()

    def remove_photo(self) -> None:
        self.set_photo_bytes(None)

    def _update_photo(self) -> None:
        pix = photo_pixmap(self.photo, self.photo_label.width(), self.photo_label.height())
        if pix is None:
            self.photo_label.clear()
            self.photo_label.setText(self.tr("No photo"))
        else:
            self.photo_label.setPixmap(pix)
        self.remove_photo_button.setEnabled(self.photo is not None and not self.read_only)

    # -- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        if self.validate() or self.read_only:
            return
        inp = self.member_input()
        try:
            if self.number is None:
                status = Status(str(self.status.currentData()))
                self.saved_number = services.register_member(self.uow, inp, status, self.today)
            else:
                services.update_member(self.uow, self.number, inp, self.today)
                self.saved_number = self.number
        except ValidationError as exc:
            self.server_error = (exc.field, exc.message)
            self.validate()
            if exc.field in self.field_tab:
                self.tabs.setCurrentIndex(self.field_tab[exc.field])
            return
        except CoopdeskError as exc:
            show_error(self, exc)
            return
        if self.photo_changed:
            try:
                services.set_photo(self.uow, self.saved_number, self.photo)
            except CoopdeskError as exc:
                show_error(self, exc)
        super().accept()
