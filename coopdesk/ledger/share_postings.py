"""The share capital register in the books.

Once the cooperative keeps its books here (a chart of accounts exists), every share operation
that moves money posts its entry in the same transaction as the operation: a payment debits cash
(or the bank, or mobile money) and credits the member's share capital; a transfer moves capital
from one member to another; a refund pays it back; a reversal reverses the entry of the
operation it undoes. Subscriptions and cancellations promise or release shares and move no
money, so they post nothing. The register calls this through its hook; it never imports the
ledger.
"""

from __future__ import annotations

from sqlalchemy import select

from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor
from coopdesk.core.uow import WriteTx
from coopdesk.ledger import services as books
from coopdesk.ledger.models import FiscalYear, JournalEntry
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members import shares
from coopdesk.members.models import Member, ShareOperation
from coopdesk.members.shares import OpKind


def post_operation(tx: WriteTx, op: ShareOperation, member: Member,
                   counterparty: Member | None, reverses: ShareOperation | None,
                   via: str) -> None:
    """The ledger entry of an operation, when the cooperative keeps its books here."""
    s = tx.session
    if not books.has_chart(s) or op.kind in (OpKind.SUBSCRIPTION, OpKind.CANCELLATION):
        return
    if reverses is not None:
        orig = s.scalar(select(JournalEntry).where(JournalEntry.source == "shares",
                                                   JournalEntry.source_ref == str(reverses.number),
                                                   JournalEntry.reverses_id.is_(None)))
        if orig is not None and orig.number is not None:
            year = s.get(FiscalYear, orig.year_id)
            assert year is not None
            books.reverse_in(tx, year.name, orig.number, op.date, _(
                "share operation {number} reversed by {reversal}: {reason}",
                number=reverses.number, reversal=op.number, reason=op.note or ""))
        return
    currency = s.get_one(Cooperative, 1).currency
    amount = from_minor(op.amount, currency)
    capital = books.role_account(s, "share_capital").code
    if op.kind == OpKind.PAYMENT:
        lines = (LineInput(books.role_account(s, via).code, debit=amount),
                 LineInput(capital, credit=amount, member=member.number))
        text = _("Share payment, member {number}", number=member.number)
    elif op.kind == OpKind.TRANSFER:
        assert counterparty is not None
        lines = (LineInput(capital, debit=amount, member=member.number),
                 LineInput(capital, credit=amount, member=counterparty.number))
        text = _("Transfer of {shares} share(s), member {number} to member {other}",
                 shares=op.shares, number=member.number, other=counterparty.number)
    elif op.kind == OpKind.REFUND:
        lines = (LineInput(capital, debit=amount, member=member.number),
                 LineInput(books.role_account(s, via).code, credit=amount))
        text = _("Refund of {shares} share(s) to member {number}", shares=op.shares,
                 number=member.number)
    else:
        return
    if op.amount == 0:
        return
    books.post_in(tx, EntryInput(op.date, text, lines, op.reference, f"shares:{op.number}"),
                  source="shares", source_ref=str(op.number))


shares.on_operation(post_operation)
