"""The bank reconciliation report: from the book balance to the bank's, item by item.

Built as :class:`~coopdesk.reports.document.Document` data (PDF, Excel or CSV by the renderers)
from a :class:`~coopdesk.bank.reconcile.ReconState`: a live one as the treasurer works, or a
saved one exactly as it was finished.
"""

from __future__ import annotations

import datetime as dt

from coopdesk.bank import reconcile
from coopdesk.bank.reconcile import DEPOSIT, PAYMENT, UNBOOKED, ReconState
from coopdesk.core.i18n import N_, _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
    Cell,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    Paragraph,
    Signatures,
    Table,
)

SECTIONS = {
    DEPOSIT: N_("Deposits in the books, not yet on the statement"),
    PAYMENT: N_("Payments in the books, not yet on the statement"),
    UNBOOKED: N_("On the statement, not yet in the books"),
}


def reconciliation_document(uow: UnitOfWork, st: ReconState) -> Document:
    coop = uow.coop()
    fmt = CellFormatter(language(), st.currency)
    doc = Document(title=_("Bank reconciliation"), cooperative=coop.name, currency=st.currency,
                   subtitle=_("{account} at {date}", account=f"{st.account} — {st.account_name}",
                              date=fmt.date(st.statement_date)))
    facts = [(_("Account"), f"{st.account} — {st.account_name}"),
             (_("Ledger account"), st.ledger),
             (_("Statement date"), fmt.date(st.statement_date))]
    if st.status is None:
        facts.append((_("Status"), _("In progress, not finished")))
    else:
        facts.append((_("Status"), _("Finished by {user} on {when}", user=st.done_by or "",
                                     when=fmt.datetime(st.done_at) if st.done_at else "")))
        if st.status == reconcile.REOPENED:
            facts.append((_("Reopened"), _("by {user}: {reason}", user=st.reopened_by or "",
                                           reason=st.reopen_reason or "")))
    facts.append((_("Currency"), st.currency))
    doc.add(KeyValues(facts))

    summary: list[list[Cell]] = [
        [_("Balance in the books"), st.book_balance],
        [_("less deposits not yet on the statement"), -st.outstanding_deposits],
        [_("plus payments not yet on the statement"), st.outstanding_payments],
        [_("Expected balance on the statement"),
         st.book_balance - st.outstanding_deposits + st.outstanding_payments],
        [_("Balance on the bank statement"), st.bank_balance],
        [_("Difference"), st.difference]]
    if st.unbooked:
        summary += [[_("of which statement lines not yet in the books"), st.unbooked],
                    [_("of which unexplained"), st.unexplained]]
    if st.statement_balance is not None and st.statement_balance != st.bank_balance:
        summary.append([_("Balance the imported lines give"), st.statement_balance])
    doc.add(Heading(_("Summary")), Table(
        [Column(_("From the books to the bank"), Kind.TEXT, 4.0),
         Column(_("Amount"), Kind.MONEY, 1.4)], summary, sheet=_("Summary")))
    if st.difference == 0:
        doc.add(Paragraph(_("The books and the bank agree.")))
    else:
        doc.add(Paragraph(_("The books and the bank do not agree yet.")))
    for blocker in st.blockers:
        doc.add(Paragraph(blocker))
    doc.add(Paragraph(_("Lines matched: {bank} on the statement, {book} in the books.",
                        bank=st.cleared_bank, book=st.cleared_book)))
    for kind in (DEPOSIT, PAYMENT, UNBOOKED):
        items = [i for i in st.items if i.kind == kind]
        if not items:
            continue
        title = _(SECTIONS[kind])
        ref = _("Entry") if kind != UNBOOKED else _("Reference")
        doc.add(Table(
            [Column(_("Date"), Kind.DATE, 0.9), Column(ref, Kind.TEXT, 0.9),
             Column(_("Description"), Kind.TEXT, 3.2),
             Column(_("Amount"), Kind.MONEY, 1.2, True)],
            [[i.date, i.reference, i.description, i.amount] for i in items],
            title=title, sheet=_short(kind)))
    doc.add(Signatures([_("Treasurer"), _("Supervisory committee")]))
    return doc


def _short(kind: str) -> str:
    return {DEPOSIT: _("Deposits"), PAYMENT: _("Payments"), UNBOOKED: _("Not in books")}[kind]


def for_account(uow: UnitOfWork, code: str, day: dt.date | None = None) -> Document:
    """The report of the account's finished reconciliation on ``day`` (or its latest one)."""
    from coopdesk.core.errors import NotFound

    for h in reconcile.history(uow, code):
        if day is None or h.statement_date == day:
            return reconciliation_document(uow, reconcile.saved(uow, h.id))
    raise NotFound(_("Account {code} has no reconciliation at {date}; run 'coopdesk bank "
                     "reconcile' first.", code=code, date=day or "-"))
