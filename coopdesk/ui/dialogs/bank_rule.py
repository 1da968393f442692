"""The bank page's two small forms: a matching rule (which statement lines it is for and where
they are booked), and the entry made from one statement line the books lack (a charge, interest,
a mobile-money fee). Both write through :mod:`coopdesk.bank.links`; a refusal is shown under
the field it names."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.bank import links, services
from coopdesk.bank.queries import BankLineView
from coopdesk.bank.rules import ProposedEntry, ProposedLine
from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries as ledger
from coopdesk.ledger.queries import AccountRow
from coopdesk.reports.document import Kind
from coopdesk.ui.dialogs.entry_form import AccountChooser
from coopdesk.ui.dialogs.member_form import show_problem
from coopdesk.ui.models.distribution_lines import formatter
from coopdesk.ui.widgets.form import FormDialog


def postable_accounts(uow: UnitOfWork) -> list[AccountRow]:
    return [a for a in ledger.chart(uow) if a.postable and a.active]


def _line_edit(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def parse_member(text: str, field: str = "member") -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(_("A member is given by their number, e.g. 17."), field)
    return int(text)


def _amount_text(value: Decimal | None, currency: str) -> str:
    return "" if value is None else formatter(currency).text(Kind.MONEY, value)


def fee_text(share: Decimal | None) -> str:
    """0.015 -> '1.5%'."""
    if share is None:
        return ""
    return f"{(share * 100).normalize():f}%"


class RuleDialog(FormDialog):
    """Add or change a rule. ``rule`` prefills the form (a stored rule, or a suggested one);
    ``rule_id`` says which stored rule is changed (None adds one at the end)."""

    FIELDS = ("name", "text", "regex", "min_amount", "max_amount", "account", "target_account",
              "member", "fee_split", "fee_account")

    def __init__(self, uow: UnitOfWork, rule: links.RuleInput | None = None,
                 rule_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankRuleDialog")
        self.setWindowTitle(_("Change the rule") if rule_id is not None else _("New rule"))
        self.uow, self.rule_id = uow, rule_id
        self.currency = uow.coop().currency
        self.saved_id: int | None = None
        self._setup_errors(self.FIELDS)
        r = rule or links.RuleInput("", "")
        self.name = _line_edit("ruleName", r.name, _("e.g. Bank charges"))
        self.text_contains = _line_edit("textContains", r.text_contains or "",
                                        _("words the statement line contains"))
        self.regex = _line_edit("regex", r.regex or "", _("or a pattern, e.g. ^COMISION"))
        self.min_amount = _line_edit("minAmount", _amount_text(r.min_amount, self.currency),
                                     _("no lower limit"))
        self.max_amount = _line_edit("maxAmount", _amount_text(r.max_amount, self.currency),
                                     _("no upper limit"))
        self.account = QComboBox()
        self.account.setObjectName("bankAccount")
        self.account.addItem(_("Any bank account"), None)
        for a in services.accounts(uow):
            self.account.addItem(f"{a.code} — {a.name}", a.code)
        self.account.setCurrentIndex(max(self.account.findData(r.account), 0))
        chart = postable_accounts(uow)
        self.target = AccountChooser(chart)
        self.target.setObjectName("targetAccount")
        if r.target_account:
            self.target.set_code(r.target_account)
        self.member = _line_edit("member", "" if r.member is None else str(r.member),
                                 _("member number, if the lines are one member's"))
        self.fee_split = _line_edit("feeSplit", fee_text(r.fee_split),
                                    _("e.g. 1.5% (the part of each line that is a fee)"))
        self.fee_account = AccountChooser(chart)
        self.fee_account.setObjectName("feeAccount")
        if r.fee_account:
            self.fee_account.set_code(r.fee_account)
        self.active = QCheckBox(_("Active (tried when matching)"))
        self.active.setObjectName("active")
        self.active.setChecked(r.active)
        note = QLabel(_("Amounts are signed as on the statement: a charge is negative, so "
                        "“highest amount 0” keeps the rule to money going out."))
        note.setWordWrap(True)
        form = QFormLayout()
        rows: list[tuple[str, QWidget, str | None]] = [
            (_("Name"), self.name, "name"),
            (_("Text contains"), self.text_contains, "text"),
            (_("Pattern (regular expression)"), self.regex, "regex"),
            (_("Lowest amount"), self.min_amount, "min_amount"),
            (_("Highest amount"), self.max_amount, "max_amount"),
            (_("Bank account"), self.account, "account"),
            (_("Book to account"), self.target, "target_account"),
            (_("Member"), self.member, "member"),
            (_("Fee share"), self.fee_split, "fee_split"),
            (_("Fee account"), self.fee_account, "fee_account"),
        ]
        for label, widget, key in rows:
            form.addRow(label, widget)
            if key is not None:
                form.addRow("", self.errors[key])
        form.addRow("", self.active)
        self._buttons(_("Save rule"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _amount(self, edit: QLineEdit, field: str) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text, self.currency)
        except ValidationError as exc:
            raise ValidationError(exc.message, field) from exc

    def _account(self, chooser: AccountChooser, field: str, required: bool) -> str | None:
        code = chooser.code()
        if not code:
            if required:
                raise ValidationError(_("Choose the account the lines are booked to."), field)
            return None
        if code not in chooser.accounts:
            raise ValidationError(_("There is no ledger account {code} that takes entries.",
                                    code=code), field)
        return code

    def rule_input(self) -> links.RuleInput:
        """What the form says; raises ValidationError naming the field it cannot read."""
        return links.RuleInput(
            name=self.name.text(),
            target_account=self._account(self.target, "target_account", True) or "",
            text_contains=self.text_contains.text().strip() or None,
            regex=self.regex.text().strip() or None,
            min_amount=self._amount(self.min_amount, "min_amount"),
            max_amount=self._amount(self.max_amount, "max_amount"),
            account=self.account.currentData(),
            member=parse_member(self.member.text()),
            fee_split=links.parse_fee(self.fee_split.text()),
            fee_account=self._account(self.fee_account, "fee_account", False),
            active=self.active.isChecked())

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.saved_id = links.save_rule(self.uow, self.rule_input(), self.rule_id)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class EntryDialog(FormDialog):
    """Book one statement line the books lack: to which account (and member), with what text.
    A rule's proposal prefills it; posting matches the new entry to the line."""

    def __init__(self, uow: UnitOfWork, code: str, line: BankLineView,
                 proposal: ProposedEntry | None = None, rule_id: int | None = None,
                 rule_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankEntryDialog")
        self.setWindowTitle(_("Make an entry from a statement line"))
        self.uow, self.code, self.line = uow, code, line
        self.proposal, self.rule_id = proposal, rule_id
        self.entry: str | None = None
        self._setup_errors(("account", "member", "description"))
        cur = uow.coop().currency
        fmt = formatter(cur)
        head = QLabel(_("{date} · {text} · {amount} {currency}", date=fmt.date(line.date),
                        text=line.description, amount=fmt.text(Kind.MONEY, line.amount),
                        currency=cur))
        head.setObjectName("entryLine")
        head.setWordWrap(True)
        self.account = AccountChooser(postable_accounts(uow))
        self.account.setObjectName("entryAccount")
        self.member = _line_edit("entryMember", placeholder=_("optional member number"))
        self.description = _line_edit("entryDescription", line.description)
        self.rule_note = QLabel()
        self.rule_note.setObjectName("ruleNote")
        self.rule_note.setWordWrap(True)
        self.rule_note.setVisible(False)
        first = proposal.lines[0] if proposal is not None and proposal.lines else None
        if proposal is not None and first is not None:
            self.account.set_code(first.account)
            if first.member is not None:
                self.member.setText(str(first.member))
            split = ", ".join(f"{ln.account} {fmt.text(Kind.MONEY, ln.amount)}"
                              for ln in proposal.lines)
            show_problem(self.rule_note, "")
            self.rule_note.setText(_("Proposed by the rule “{rule}”: {lines}.",
                                     rule=rule_name or "", lines=split))
            self.rule_note.setStyleSheet("color: #1565c0;")
            self.rule_note.setVisible(True)
        form = QFormLayout()
        form.addRow(_("Book to account"), self.account)
        form.addRow("", self.errors["account"])
        form.addRow(_("Member"), self.member)
        form.addRow("", self.errors["member"])
        form.addRow(_("Description"), self.description)
        form.addRow("", self.errors["description"])
        self._buttons(_("Post entry"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.rule_note)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def entry_lines(self) -> tuple[list[ProposedLine], int | None]:
        """The lines to post (other than the bank's own) and the rule they come from: the
        rule's own lines while the form still says what it proposed."""
        code = self.account.code()
        if not code:
            raise ValidationError(_("Choose the account the line is booked to."), "account")
        if code not in self.account.accounts:
            raise ValidationError(_("There is no ledger account {code} that takes entries.",
                                    code=code), "account")
        member = parse_member(self.member.text())
        p = self.proposal
        if p is not None and p.lines and p.lines[0].account == code and \
                p.lines[0].member == member:
            return list(p.lines), self.rule_id
        return links.proposal_lines(code, self.line.amount, member), None

    def accept(self) -> None:
        self.clear_errors()
        try:
            lines, rule_id = self.entry_lines()
            self.entry = links.book_line(self.uow, self.code, self.line.id, lines,
                                         self.description.text(), rule_id=rule_id)
        except CoopdeskError as exc:
            self.refused(exc, {"lines": "account"})
            return
        super().accept()
