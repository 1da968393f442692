"""A new bank or mobile-money account, tied to the ledger account that holds its money.

The ledger account is chosen among the postable asset accounts that are not a members' ledger;
the account of the chart's role ``bank`` or ``mobile_money`` is offered first, by kind. The
checks are :func:`coopdesk.bank.services.add_account`'s; a refusal is shown under the field it
names (an account already tied to another bank account, say).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.bank import services
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.ledger import queries as ledger
from coopdesk.ledger import services as books
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import date_edit, date_of
from coopdesk.ui.widgets.form import FormDialog


class BankAccountDialog(FormDialog):
    """Add a bank account; ``code`` is the new account's code once accepted."""

    FIELDS = ("code", "name", "kind", "ledger", "institution", "number", "mapping", "since")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankAccountDialog")
        self.setWindowTitle(_("New bank account"))
        self.ctx = ctx
        self.uow = ctx.uow
        self.code: str | None = None
        self._setup_errors(self.FIELDS)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(_("short, e.g. AGRARIO or MPESA"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(_("the bank and what the account is for"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, kind_label in services.KINDS.items():
            self.kind.addItem(_(kind_label), kind)
        self.ledger = QComboBox()
        self.ledger.setObjectName("ledger")
        taken = {a.ledger_code: a.code for a in services.accounts(self.uow)}
        for a in ledger.chart(self.uow):
            if a.postable and a.active and a.kind == "asset" and not a.member_ledger:
                text = f"{a.code} — {a.name}"
                if a.code in taken:
                    text += " " + _("(bank account {code})", code=taken[a.code])
                self.ledger.addItem(text, a.code)
        self.roles = books.roles(self.uow)
        self.institution = QLineEdit()
        self.institution.setObjectName("institution")
        self.institution.setPlaceholderText(_("e.g. Banco Agrario, M-Pesa"))
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number_label = QLabel()
        self.mapping = QComboBox()
        self.mapping.setObjectName("mapping")
        self.mapping.addItem(_("None (recognise the columns)"), None)
        for name in sorted(services.mappings(self.uow)):
            self.mapping.addItem(name, name)
        self.since = date_edit(None, optional=True)
        self.since.setObjectName("since")
        note = QLabel(_("Book lines dated before the day the statements start are taken as "
                        "agreed with the bank (they are not asked for on statements)."))
        note.setWordWrap(True)
        form = QFormLayout()
        rows: list[tuple[QLabel | str, QWidget, str]] = [
            (_("Code"), self.code_edit, "code"),
            (_("Name"), self.name, "name"),
            (_("Kind"), self.kind, "kind"),
            (_("Ledger account"), self.ledger, "ledger"),
            (_("Institution"), self.institution, "institution"),
            (self.number_label, self.number, "number"),
            (_("Default mapping (CSV/Excel)"), self.mapping, "mapping"),
            (_("Statements start on"), self.since, "since"),
        ]
        for label, widget, key in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Add account"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.resize(560, 0)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        mobile = kind == "mobile_money"
        self.number_label.setText(_("Phone number") if mobile else _("Account number"))
        self.number.setPlaceholderText(_("the wallet's phone number") if mobile else
                                       _("as on the statements"))
        role = self.roles.get(str(kind))
        i = self.ledger.findData(role) if role else -1
        if i >= 0:
            self.ledger.setCurrentIndex(i)

    def accept(self) -> None:
        self.clear_errors()
        code = self.code_edit.text().strip()
        try:
            services.add_account(
                self.uow, code, self.name.text(), str(self.kind.currentData()),
                str(self.ledger.currentData() or ""), institution=self.institution.text(),
                number=self.number.text(), mapping=self.mapping.currentData(),
                since=date_of(self.since))
        except CoopdeskError as exc:
            self.refused(exc)
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.adjustSize()  # room for the message under its field
            return
        self.code = code
        super().accept()


__all__ = ["BankAccountDialog"]
