"""The cash book: what a treasurer actually does, as quick receipts and payments.

Each kind of receipt or payment is a template that knows the account on the other side (by its
role in the chart), whether a member must be named, and what the entry says. The treasurer
gives the date, the amount, where the money went in or out (cash, bank or mobile money), and
optionally a scanned receipt; the template makes the balanced entry. A member paying shares
goes through the share register, so the register and the books never disagree.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select

from coopdesk.core.access import Permission
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger import services as books
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry
from coopdesk.ledger.rules import EntryInput, LineInput


class Direction(StrEnum):
    RECEIPT = "receipt"
    PAYMENT = "payment"


@dataclass(frozen=True)
class CashTemplate:
    key: str
    direction: Direction
    label: str  # N_() text
    role: str | None  # the account on the other side; None: the treasurer chooses
    member: str = "no"  # "no", "optional" or "required"


TEMPLATES: tuple[CashTemplate, ...] = (
    CashTemplate("share_payment", Direction.RECEIPT, N_("A member pays shares"),
                 "share_capital", "required"),
    CashTemplate("gold_buyer", Direction.RECEIPT, N_("A buyer pays for gold"), "customers"),
    CashTemplate("premium", Direction.RECEIPT, N_("Fairmined premium received"), "premium"),
    CashTemplate("admission_fee", Direction.RECEIPT, N_("Admission fee"), "admission_fees",
                 "optional"),
    CashTemplate("loan_repayment", Direction.RECEIPT, N_("A member repays a loan"),
                 "member_loan", "required"),
    CashTemplate("other_receipt", Direction.RECEIPT, N_("Other receipt"), None, "optional"),
    CashTemplate("fuel", Direction.PAYMENT, N_("Fuel"), "fuel"),
    CashTemplate("supplies", Direction.PAYMENT, N_("Processing inputs and supplies"),
                 "supplies"),
    CashTemplate("safety", Direction.PAYMENT, N_("Safety equipment"), "safety"),
    CashTemplate("repairs", Direction.PAYMENT, N_("Maintenance and repairs"), "repairs"),
    CashTemplate("wages", Direction.PAYMENT, N_("Wages"), "wages"),
    CashTemplate("royalties", Direction.PAYMENT, N_("Mining royalties and taxes"), "royalties"),
    CashTemplate("training", Direction.PAYMENT, N_("Training and education"), "training"),
    CashTemplate("bank_fees", Direction.PAYMENT, N_("Bank and mobile money fees"),
                 "bank_fees"),
    CashTemplate("member_payment", Direction.PAYMENT, N_("Pay a member what is owed"),
                 "member_payable", "required"),
    CashTemplate("member_loan", Direction.PAYMENT, N_("Loan or advance to a member"),
                 "member_loan", "required"),
    CashTemplate("supplier", Direction.PAYMENT, N_("Pay a supplier's invoice"), "suppliers"),
    CashTemplate("deposit", Direction.PAYMENT, N_("Deposit cash at the bank"), "bank"),
    CashTemplate("other_payment", Direction.PAYMENT, N_("Other payment"), None, "optional"),
)
BY_KEY = {t.key: t for t in TEMPLATES}
MONEY_PLACES = ("cash", "bank", "mobile_money")
PLACE_LABELS = {"cash": N_("Cash box"), "bank": N_("Bank"), "mobile_money": N_("Mobile money")}


@dataclass(frozen=True)
class CashInput:
    kind: str  # a template key
    date: dt.date
    amount: Decimal
    description: str = ""
    place: str = "cash"  # where the money is: cash, bank, mobile_money
    member: int | None = None
    account: str | None = None  # the other side, for the templates that let one choose
    reference: str | None = None
    attachment: tuple[str, bytes] | None = None  # file name, content
    uid: str | None = None


def templates(direction: Direction | None = None) -> list[CashTemplate]:
    return [t for t in TEMPLATES if direction is None or t.direction == direction]


def _check(c: CashInput) -> CashTemplate:
    t = BY_KEY.get(c.kind)
    if t is None:
        raise ValidationError(_("There is no kind of receipt or payment named '{kind}'; the "
                                "kinds are: {known}.", kind=c.kind,
                                known=", ".join(BY_KEY)), "kind")
    if c.place not in MONEY_PLACES:
        raise ValidationError(_("Money is kept in cash, bank or mobile_money, not '{place}'.",
                                place=c.place), "place")
    if c.amount <= 0:
        raise ValidationError(_("The amount must be more than zero."), "amount")
    if t.member == "required" and c.member is None:
        raise ValidationError(_("Say which member."), "member")
    if t.role is None and not c.account:
        raise ValidationError(_("Choose the account this is for."), "account")
    if t.key == "deposit" and c.place == "bank":
        raise ValidationError(_("A deposit takes money from the cash box or mobile money to "
                                "the bank; choose where it comes from."), "place")
    if c.date > dt.date.today():
        raise ValidationError(_("The date {date} is in the future.", date=c.date.isoformat()),
                              "date")
    return t


def record(uow: UnitOfWork, c: CashInput) -> books.EntryRef:
    """Post a receipt or a payment (and keep its scanned receipt) in one transaction."""
    t = _check(c)
    c = c if c.uid else CashInput(**{**c.__dict__, "uid": str(uuid.uuid4())})
    if c.attachment is not None:  # refuse a bad file before anything is written
        books.attachment_type(c.attachment[1], c.attachment[0])
    permission = Permission.SHARES_WRITE if t.key == "share_payment" else Permission.LEDGER_POST
    return uow.transact(permission, ("ledger", "cash"), lambda tx: _record(tx, t, c))


def _record(tx: WriteTx, t: CashTemplate, c: CashInput) -> books.EntryRef:
    s = tx.session
    assert c.uid is not None
    done = s.scalar(select(JournalEntry).where(JournalEntry.uid == c.uid))
    if done is not None and done.number is not None:  # a retried click: already posted
        return books.EntryRef(s.get_one(FiscalYear, done.year_id).name, done.number, done.uid)
    label = _(t.label)
    description = " ".join(c.description.split()) or label
    if t.key == "share_payment":
        from coopdesk.members.shares import pay_in

        assert c.member is not None
        op = pay_in(tx, c.member, c.amount, c.date, c.reference, description, via=c.place)
        entry = s.scalar(select(JournalEntry).where(JournalEntry.source == "shares",
                                                    JournalEntry.source_ref == str(op)))
        if entry is None or entry.number is None:
            raise ValidationError(_("The books have no chart of accounts yet; set them up "
                                    "before recording receipts."))
        ref = books.EntryRef(s.get_one(FiscalYear, entry.year_id).name, entry.number,
                             entry.uid)
    else:
        money = books.role_account(s, c.place).code
        other = c.account if t.role is None and c.account else books.role_account(
            s, t.role or "").code
        if other == money:
            raise ValidationError(_("The money and the other side are the same account "
                                    "{code}.", code=money), "account")
        member = c.member if t.member != "no" else None
        if member is not None:
            acc = s.scalar(select(Account).where(Account.code == other))
            if acc is not None and not acc.member_ledger:
                member = None  # a member named for the record, on an account without members
        if t.direction == Direction.RECEIPT:
            lines = (LineInput(money, debit=c.amount), LineInput(other, credit=c.amount,
                                                                 member=member))
        else:
            lines = (LineInput(other, debit=c.amount, member=member),
                     LineInput(money, credit=c.amount))
        if c.member is not None and member is None:
            description = _("{text} (member {number})", text=description, number=c.member)
        entry, ref = books.post_in(tx, EntryInput(c.date, description, lines, c.reference,
                                                  c.uid), source="cash", source_ref=t.key)
    if c.attachment is not None:
        books.attach_in(tx, entry, c.attachment[0], c.attachment[1])
    return ref
