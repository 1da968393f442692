"""A receipt or a payment as the treasurer thinks of it: what kind, how much, where the money
is, which member, and the scanned receipt. The cash book's template makes the balanced entry;
the form shows which accounts it will touch before anything is recorded.

Recording runs in the background (:func:`~coopdesk.ui.ops.run_op`). The entry's ``uid`` is
made when the form opens, so pressing Record twice records once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import PermissionDenied, ValidationError
from coopdesk.core.i18n import translate
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook, queries, services
from coopdesk.ledger.cashbook import BY_KEY, MONEY_PLACES, PLACE_LABELS, CashInput, Direction
from coopdesk.ledger.services import EntryRef
from coopdesk.ui.dialogs.entry_form import AccountChooser, MemberChooser, money_edit
from coopdesk.ui.dialogs.member_form import (
    ERROR_STYLE,
    date_edit,
    date_of,
    error_label,
    show_problem,
)
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.share_table import format_money
from coopdesk.ui.ops import Progress, run_op

ATTACHMENT_FILTER = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp"
FIELDS = ("kind", "date", "amount", "place", "member", "account", "attachment")


def _label(text: str) -> str:
    return translate("coopdesk", text)


class CashForm(QDialog):
    """Record a receipt (``Direction.RECEIPT``) or a payment (``Direction.PAYMENT``)."""

    def __init__(self, uow: UnitOfWork, direction: Direction, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashForm")
        self.uow = uow
        self.direction = direction
        self.today = today or dt.date.today()
        self.currency = uow.coop().currency
        self.uid = str(uuid.uuid4())  # made once: a second click records nothing more
        self.posted: EntryRef | None = None
        self.busy = False
        self.attachment: tuple[str, bytes] | None = None
        chart = queries.chart(uow)
        self.names = {a.code: a.name for a in chart}
        self.roles = services.roles(uow)
        self.errors: dict[str, QLabel] = {}
        self._build([a for a in chart if a.postable and a.active])
        self._kind_changed()

    # -- building ------------------------------------------------------------------------

    def _build(self, accounts: list[queries.AccountRow]) -> None:
        receipt = self.direction == Direction.RECEIPT
        self.setWindowTitle(self.tr("Record a receipt") if receipt
                            else self.tr("Record a payment"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        shares_ok = self.uow.actor.can(Permission.SHARES_WRITE)
        for t in cashbook.templates(self.direction):
            self.kind.addItem(_label(t.label), t.key)
            if t.key == "share_payment" and not shares_ok:
                model = self.kind.model()
                if isinstance(model, QStandardItemModel):
                    item = model.item(self.kind.count() - 1)
                    item.setEnabled(False)
                    item.setToolTip(self.tr("Your role may not record share payments."))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.date = date_edit(self.today)
        self.date.setObjectName("date")
        self.date.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.amount = money_edit(self.currency, format_money(Decimal(150000), self.currency))
        self.amount.setObjectName("amount")
        self.amount.textChanged.connect(lambda _t: self._changed("amount"))
        self.place = QComboBox()
        self.place.setObjectName("place")
        for place in MONEY_PLACES:
            self.place.addItem(_label(PLACE_LABELS[place]), place)
        self.place.currentIndexChanged.connect(lambda _i: self._changed("place"))
        self.member = MemberChooser(self.uow)
        self.member.setObjectName("member")
        self.member_name = QLabel()
        self.member_name.setObjectName("memberName")
        self.member.member_changed.connect(lambda: self._changed("member"))
        self.account = AccountChooser(accounts)
        self.account.setObjectName("account")
        self.account.editTextChanged.connect(lambda _t: self._changed("account"))
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("Receipt or invoice number"))
        self.attach_button = QPushButton(self.tr("Attach scanned receipt…"))
        self.attach_button.setObjectName("attach")
        self.attach_button.clicked.connect(lambda _c=False: self.choose_attachment())
        self.file_label = QLabel()
        self.file_label.setObjectName("fileName")
        self.remove_file = QPushButton(self.tr("Remove"))
        self.remove_file.setObjectName("removeFile")
        self.remove_file.clicked.connect(lambda _c=False: self.set_attachment(None))
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, QWidget] = {}
        self.row_labels: dict[str, QLabel] = {}
        amount_box = QWidget()
        amount_row = QHBoxLayout(amount_box)
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(QLabel(self.currency))
        member_box = QWidget()
        member_row = QHBoxLayout(member_box)
        member_row.setContentsMargins(0, 0, 0, 0)
        member_row.addWidget(self.member, 1)
        member_row.addWidget(self.member_name, 1)
        file_box = QWidget()
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.attach_button)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.remove_file)
        self._row("kind", self.tr("Kind"), self.kind)
        self._row("date", self.tr("Date"), self.date)
        self._row("amount", self.tr("Amount"), amount_box)
        self._row("place", self.tr("Received into") if receipt else self.tr("Paid from"),
                  self.place)
        self._row("member", self.tr("Member"), member_box)
        self._row("account", self.tr("Account"), self.account)
        self._row("description", self.tr("Description"), self.description)
        self._row("reference", self.tr("Reference"), self.reference)
        self._row("attachment", self.tr("Scanned receipt"), file_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok = ok
        self.ok.setObjectName("record")
        self.ok.setText(self.tr("Record"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if not self.uow.actor.can(Permission.LEDGER_POST):
            for w in (self.kind, self.date, self.amount, self.place, self.member, self.account,
                      self.description, self.reference, self.attach_button, self.ok):
                w.setEnabled(False)
            self.summary.setText(self.tr("Your role may read the books but not record "
                                         "receipts or payments."))
        self.set_attachment(None)
        self.resize(620, 0)

    def _row(self, key: str, label: str, widget: QWidget) -> None:
        """A field with its problem in red underneath."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if key == "date":
            col.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            col.addWidget(widget)
        if key in FIELDS:
            err = error_label()
            err.setObjectName(f"error_{key}")
            col.addWidget(err)
            self.errors[key] = err
        title = QLabel(label)
        self.rows[key], self.row_labels[key] = box, title
        self.form.addRow(title, box)

    # -- live state ------------------------------------------------------------------------

    def template(self) -> cashbook.CashTemplate:
        return BY_KEY[str(self.kind.currentData())]

    def set_kind(self, key: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(key))

    def _kind_changed(self) -> None:
        t = self.template()
        self.form.setRowVisible(self.rows["member"], t.member != "no")
        self.form.setRowVisible(self.rows["account"], t.role is None)
        self.row_labels["member"].setText(self.tr("Member (optional)") if t.member == "optional"
                                          else self.tr("Member"))
        self.description.setPlaceholderText(_label(t.label))
        for label in self.errors.values():
            show_problem(label, "")
        self._changed("kind")

    def _changed(self, key: str) -> None:
        if key in self.errors:
            show_problem(self.errors[key], "")
        if self.uow.actor.can(Permission.LEDGER_POST):
            self.summary.clear()
        if key == "member":
            self._show_member()
        self._preview()

    def _show_member(self) -> None:
        number = self.member.number()
        if number is None:
            self.member_name.setText("")
            return
        name = queries.member_names(self.uow, [number]).get(number)
        self.member_name.setText(name or self.tr("(no such member)"))

    def _preview(self) -> None:
        """Which accounts the entry will touch, in words."""
        t = self.template()
        money = self.roles.get(str(self.place.currentData()))
        other = self.account.code() if t.role is None else self.roles.get(t.role or "")
        if t.key == "share_payment":
            other = self.roles.get("share_capital")
        if not money or not other:
            self.preview.setText("")
            return

        def name(code: str) -> str:
            return f"{code} {self.names.get(code, '?')}"

        debit, credit = (money, other) if self.direction == Direction.RECEIPT else (other, money)
        self.preview.setText(self.tr("In the books: debit {debit}, credit {credit}.").format(
            debit=name(debit), credit=name(credit)))

    # -- the scanned receipt ---------------------------------------------------------------

    def choose_attachment(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the scanned receipt"), "",
            self.tr("Scanned receipts ({patterns})").format(patterns=ATTACHMENT_FILTER))
        if chosen:
            self.set_attachment(Path(chosen))

    def set_attachment(self, path: Path | None) -> bool:
        """Keep ``path`` to attach when recording (None: no file); False if it is refused."""
        show_problem(self.errors["attachment"], "")
        if path is None:
            self.attachment = None
        else:
            try:
                data = path.read_bytes()
                if len(data) > services.MAX_ATTACHMENT:
                    raise ValidationError(self.tr(
                        "{file} is larger than 10 MB; scan it at a lower resolution.").format(
                        file=path.name), "attachment")
                services.attachment_type(data, path.name)
            except OSError as exc:
                show_problem(self.errors["attachment"], self.tr(
                    "{file} could not be read: {reason}").format(
                    file=path.name, reason=exc.strerror or exc))
                return False
            except ValidationError as exc:
                show_problem(self.errors["attachment"], exc.message)
                return False
            self.attachment = (path.name, data)
        self.file_label.setText(self.attachment[0] if self.attachment else self.tr("none"))
        self.remove_file.setVisible(self.attachment is not None)
        return True

    # -- recording -------------------------------------------------------------------------

    def cash_input(self) -> CashInput | None:
        """What the form says, or None after showing what is missing under its field."""
        t = self.template()
        problems: dict[str, str] = {}
        amount = Decimal(0)
        try:
            amount = parse_amount(self.amount.text(), self.currency)
        except ValidationError as exc:
            problems["amount"] = exc.message
        member = self.member.number() if t.member != "no" else None
        if t.member != "no" and self.member.text().strip() and member is None:
            problems["member"] = self.tr("Type the member's number, or choose them in the "
                                         "list.")
        elif member is not None and not queries.member_names(self.uow, [member]):
            problems["member"] = self.tr("There is no member number {number}.").format(
                number=member)
        account = self.account.code() if t.role is None else None
        if t.role is None and account and self.account.account() is None:
            problems["account"] = self.tr("There is no account {code} that takes entries."
                                          ).format(code=account)
        for key, message in problems.items():
            show_problem(self.errors[key], message)
        if problems:
            return None
        return CashInput(kind=t.key, date=date_of(self.date) or self.today, amount=amount,
                         description=self.description.text(),
                         place=str(self.place.currentData()), member=member,
                         account=account or None,
                         reference=self.reference.text().strip() or None,
                         attachment=self.attachment, uid=self.uid)

    def record(self) -> None:
        if self.busy:
            return
        c = self.cash_input()
        if c is None:
            return
        self.busy = True
        self.ok.setEnabled(False)
        uow = self.uow

        def work(_progress: Progress) -> EntryRef:
            return cashbook.record(uow, c)

        run_op(self, self.tr("Recording…"), work, self._recorded, self._failed)

    def _recorded(self, ref: EntryRef) -> None:
        self.busy = False
        self.posted = ref
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.ok.setEnabled(True)
        if isinstance(exc, ValidationError) and not isinstance(exc, PermissionDenied):
            field = exc.field if exc.field in self.errors else None
            if field is None and exc.field == "lines":
                field = "member" if self.template().member != "no" else "account"
            if field is not None and self.form.isRowVisible(self.rows[field]):
                show_problem(self.errors[field], exc.message)
            else:
                self.summary.setText(exc.message)
            return
        show_error(self, exc)
