"""The share capital register of one member or of everyone, and recording an operation on it:
subscription, payment, transfer, refund, or the reversal of a mistake (nothing is edited)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.access import Permission
from coopdesk.core.errors import CoopdeskError, NotFound, PermissionDenied
from coopdesk.core.i18n import _
from coopdesk.core.money import from_minor, parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import queries
from coopdesk.members import shares as capital
from coopdesk.members.shares import KIND_LABELS, OpKind
from coopdesk.ui.dialogs.member_form import date_edit, date_of, error_label, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.share_table import ShareTableModel, format_money

MAX_NUMBER = 999_999_999

# Which inputs each kind of operation uses.
_USES: dict[OpKind, frozenset[str]] = {
    OpKind.SUBSCRIPTION: frozenset({"member", "shares", "reference", "note"}),
    OpKind.PAYMENT: frozenset({"member", "amount", "reference", "note"}),
    OpKind.TRANSFER: frozenset({"member", "counterparty", "shares", "reference", "note"}),
    OpKind.REFUND: frozenset({"member", "shares", "reference", "note"}),
    OpKind.REVERSAL: frozenset({"operation", "note"}),
}


class ShareDialog(QDialog):
    """The register of member ``number`` (or of all members when None), with a form below it
    for recording an operation."""

    def __init__(self, uow: UnitOfWork, number: int | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.uow = uow
        self.number = number
        self.today = today or dt.date.today()
        self.currency = uow.coop().currency
        self.last_operation: int | None = None
        if number is None:
            self.setWindowTitle(self.tr("Share register"))
        else:
            self.setWindowTitle(self.tr("Shares of {name} (no. {number})").format(
                name=self._name(number) or "?", number=number))
        self.balance = QLabel()
        self.balance.setObjectName("balance")
        self.balance.setWordWrap(True)
        self.model = ShareTableModel(self.currency, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._operation_box())
        layout.addWidget(self.buttons)
        self.resize(980, 680)
        self.reload()
        self._kind_changed()

    # -- the form for one operation --------------------------------------------------------

    def _operation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record an operation"))
        self.form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, label in KIND_LABELS.items():
            if kind is not OpKind.CANCELLATION:  # recorded by a refund, never by hand
                self.kind.addItem(_(label), kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.member = self._number_spin("member", self.number or 1)
        self.member.setEnabled(self.number is None)
        self.member_name = QLabel()
        self.member.valueChanged.connect(self._names_changed)
        self.counterparty = self._number_spin("counterparty", 1)
        self.counterparty_name = QLabel()
        self.counterparty.valueChanged.connect(self._names_changed)
        self.shares = self._number_spin("shares", 1)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(format_money(Decimal(1500), self.currency))
        self.operation = self._number_spin("operation", 1)
        self.date = date_edit(self.today)
        self.date.setObjectName("date")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note_label = QLabel()
        self.error = error_label()
        self.error.setObjectName("error")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("record")
        self.record_button.clicked.connect(self.record)

        self.rows: dict[str, QWidget] = {
            "member": _pair(self.member, self.member_name),
            "counterparty": _pair(self.counterparty, self.counterparty_name),
            "shares": self.shares,
            "amount": _pair(self.amount, QLabel(self.currency)),
            "operation": self.operation,
            "reference": self.reference,
            "note": self.note,
        }
        self.form.addRow(self.tr("Operation"), self.kind)
        self.form.addRow(self.tr("Member no."), self.rows["member"])
        self.form.addRow(self.tr("To member no."), self.rows["counterparty"])
        self.form.addRow(self.tr("Shares"), self.shares)
        self.form.addRow(self.tr("Amount paid"), self.rows["amount"])
        self.form.addRow(self.tr("Operation no. to reverse"), self.operation)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Receipt or reference"), self.reference)
        self.form.addRow(self.note_label, self.note)
        self.form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.record_button)
        self.form.addRow(buttons)
        if not self.uow.actor.can(Permission.SHARES_WRITE):
            for w in (self.kind, *self.rows.values(), self.date, self.record_button):
                w.setEnabled(False)
            self.message.setText(self.tr("Your role may look at the register but not record "
                                         "operations."))
        self._names_changed()
        return box

    def _number_spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, MAX_NUMBER)
        spin.setValue(value)
        spin.setGroupSeparatorShown(False)
        return spin

    def current_kind(self) -> OpKind:
        return OpKind(str(self.kind.currentData()))

    def set_kind(self, kind: OpKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _kind_changed(self, *_args: object) -> None:
        uses = _USES[self.current_kind()]
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, key in uses)
        self.note_label.setText(self.tr("Reason") if self.current_kind() == OpKind.REVERSAL
                                else self.tr("Note"))
        show_problem(self.error, "")

    def _names_changed(self, *_args: object) -> None:
        self.member_name.setText(self._name(self.member.value()) or self.tr("(no such member)"))
        self.counterparty_name.setText(self._name(self.counterparty.value())
                                       or self.tr("(no such member)"))

    def _name(self, number: int) -> str | None:
        try:
            d = queries.member_detail(self.uow, number)
        except NotFound:
            return None
        return f"{d.data.first_names} {d.data.last_names}"

    def _row_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        op = self.model.op_at(rows[0].row()) if rows else None
        if op is not None:
            self.operation.setValue(op.number)

    # -- reading and writing ---------------------------------------------------------------

    def reload(self) -> None:
        self.model.set_rows(capital.register_rows(self.uow, self.number))
        self.table.resizeColumnsToContents()
        if self.number is None:
            self.balance.setText(self.tr("{count} operation(s) in the register.").format(
                count=self.model.rowCount()))
            return
        b = capital.member_balance(self.uow, self.number)
        self.balance.setText(self.tr(
            "Shares held: {shares} · subscribed: {subscribed} {currency} · paid: {paid} "
            "{currency} · still to pay: {unpaid} {currency}").format(
            shares=b.shares, subscribed=self._money(b.subscribed), paid=self._money(b.paid),
            unpaid=self._money(b.unpaid), currency=self.currency))

    def _money(self, minor: int) -> str:
        return format_money(from_minor(minor, self.currency), self.currency)

    def record(self) -> int | None:
        """Record the operation the form describes; returns its number, or None."""
        kind = self.current_kind()
        when = date_of(self.date) or self.today
        ref = self.reference.text() or None
        note = self.note.text() or None
        member = self.member.value()
        try:
            if kind == OpKind.SUBSCRIPTION:
                n = capital.subscribe(self.uow, member, self.shares.value(), when, ref, note)
            elif kind == OpKind.PAYMENT:
                amount = parse_amount(self.amount.text(), self.currency)
                n = capital.pay(self.uow, member, amount, when, ref, note)
            elif kind == OpKind.TRANSFER:
                n = capital.transfer(self.uow, member, self.counterparty.value(),
                                     self.shares.value(), when, ref, note)
            elif kind == OpKind.REFUND:
                n = capital.refund(self.uow, member, self.shares.value(), when, ref, note)
            else:
                n = capital.reverse(self.uow, self.operation.value(), when, note or "")
        except PermissionDenied as exc:
            show_error(self, exc)
            return None
        except CoopdeskError as exc:
            show_problem(self.error, exc.message)
            self.message.clear()
            return None
        show_problem(self.error, "")
        self.message.setText(self.tr("Operation no. {number} recorded.").format(number=n))
        self.last_operation = n
        for edit in (self.amount, self.reference, self.note):
            edit.clear()
        self.reload()
        self.table.scrollToBottom()
        return n


def _pair(field: QWidget, label: QLabel) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    row.addWidget(label, 1)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box
