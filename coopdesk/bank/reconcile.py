"""The reconciliation: at a statement date, the book balance, what the bank has not seen yet
(outstanding deposits and payments), what the books lack, and the bank's balance must agree.

At a date D a book line is *cleared* when it is in a match whose statement lines are all dated
on or before D; a statement line is *booked* when it is in a match whose book lines are all dated
on or before D. Then

    bank balance = book balance - outstanding deposits + outstanding payments + unbooked lines

where outstanding items are the book lines up to D not cleared (those brought forward from
before the account's start, and opening balances, excepted) and unbooked lines the statement
lines up to D not booked; the difference is the bank's balance plus the deposits on their way
less the payments not yet shown, less the book balance. Finishing needs no unbooked line and no
difference; it keeps the
items as they were and locks the matches it proved. Reopening is audited and unlocks them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coopdesk.bank.models import (
    BankAccount,
    BankLineRow,
    BankMatch,
    BankMatchBook,
    BankStatement,
    Reconciliation,
)
from coopdesk.bank.queries import brought_forward, since_of
from coopdesk.bank.services import DONE, REOPENED, account_row, last_done, now
from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Kind

DEPOSIT, PAYMENT, UNBOOKED = "deposit", "payment", "unbooked"


@dataclass(frozen=True)
class Item:
    kind: str  # deposit, payment (book lines the bank has not shown), unbooked (bank lines)
    id: int
    date: dt.date
    description: str
    reference: str  # the entry's number for a book line, the bank's reference otherwise
    amount: Decimal  # + into the account


@dataclass(frozen=True)
class ReconState:
    account: str
    account_name: str
    ledger: str
    currency: str
    statement_date: dt.date
    bank_balance: Decimal
    book_balance: Decimal
    outstanding_deposits: Decimal
    outstanding_payments: Decimal
    unbooked: Decimal
    statement_balance: Decimal | None  # what the imported lines give on that date
    items: list[Item]
    cleared_bank: int
    cleared_book: int
    blockers: list[str] = field(default_factory=list)
    record: int | None = None
    status: str | None = None  # None while working; done or reopened for a saved one
    done_by: str | None = None
    done_at: dt.datetime | None = None
    reopened_by: str | None = None
    reopen_reason: str | None = None

    @property
    def adjusted_bank(self) -> Decimal:
        """The bank's balance plus what is on its way, less what it has not paid yet: the
        book balance, when every statement line is in the books."""
        return self.bank_balance + self.outstanding_deposits - self.outstanding_payments

    @property
    def difference(self) -> Decimal:
        """How far the books are from the bank once what is on its way is counted: the
        statement lines not yet in the books, and anything unexplained."""
        return self.adjusted_bank - self.book_balance

    @property
    def unexplained(self) -> Decimal:
        """The part of the difference no statement line explains (a wrong balance, a line
        missing from the statement file, a wrong amount in the books)."""
        return self.difference - self.unbooked

    @property
    def can_finish(self) -> bool:
        return not self.blockers and self.status is None


def _statement_balance(s: Session, acc: BankAccount, day: dt.date) -> int | None:
    """The bank's own balance on ``day`` by the imported lines: the last running balance up to
    that day plus the lines after it, else the last closing balance before it plus the lines
    after its end."""
    last = s.execute(select(BankLineRow.id, BankLineRow.date, BankLineRow.balance)
                     .where(BankLineRow.bank_account_id == acc.id, BankLineRow.date <= day,
                            BankLineRow.balance.is_not(None))
                     .order_by(BankLineRow.date.desc(), BankLineRow.id.desc()).limit(1)).first()
    if last is not None:
        after = s.scalars(select(BankLineRow.amount).where(
            BankLineRow.bank_account_id == acc.id, BankLineRow.date <= day,
            (BankLineRow.date > last.date)
            | ((BankLineRow.date == last.date) & (BankLineRow.id > last.id)))).all()
        return int(last.balance) + sum(after)
    st = s.execute(select(BankStatement.end, BankStatement.closing)
                   .where(BankStatement.bank_account_id == acc.id, BankStatement.end <= day,
                          BankStatement.closing.is_not(None))
                   .order_by(BankStatement.end.desc()).limit(1)).first()
    if st is None:
        return None
    after = s.scalars(select(BankLineRow.amount).where(
        BankLineRow.bank_account_id == acc.id, BankLineRow.date > st.end,
        BankLineRow.date <= day)).all()
    return int(st.closing) + sum(after)


def _compute(s: Session, acc: BankAccount, day: dt.date, bank_balance: Decimal
             ) -> ReconState:
    cur = acc.currency
    ledger = s.get(Account, acc.account_id)
    assert ledger is not None
    since = since_of(s, acc)
    bank_rows = s.execute(select(BankLineRow.id, BankLineRow.date, BankLineRow.amount,
                                 BankLineRow.description, BankLineRow.reference,
                                 BankLineRow.match_id)
                          .where(BankLineRow.bank_account_id == acc.id)).all()
    book_rows = s.execute(
        select(JournalLine.id, JournalEntry.date, JournalLine.debit - JournalLine.credit,
               JournalEntry.description, FiscalYear.name, JournalEntry.number,
               JournalEntry.source, BankMatchBook.match_id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(FiscalYear, FiscalYear.id == JournalEntry.year_id)
        .outerjoin(BankMatchBook, BankMatchBook.journal_line_id == JournalLine.id)
        .where(JournalLine.account_id == acc.account_id, JournalEntry.status == "posted",
               JournalEntry.date <= day)).all()
    last_bank: dict[int, dt.date] = defaultdict(lambda: dt.date.min)
    for b in bank_rows:
        if b.match_id is not None:
            last_bank[b.match_id] = max(last_bank[b.match_id], b.date)
    # the latest book date of each match, all book lines (also those after the day) counted
    last_book: dict[int, dt.date] = defaultdict(lambda: dt.date.min)
    for mid, date in s.execute(select(BankMatchBook.match_id, JournalEntry.date)
                               .join(JournalLine,
                                     JournalLine.id == BankMatchBook.journal_line_id)
                               .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                               .join(BankMatch, BankMatch.id == BankMatchBook.match_id)
                               .where(BankMatch.bank_account_id == acc.id)):
        last_book[mid] = max(last_book[mid], date)
    for mid, day_book in last_book.items():  # book lines that cancel out, no statement line:
        if mid not in last_bank:             # cleared once the last of them is in the books
            last_bank[mid] = day_book
    items: list[Item] = []
    book_total = cleared_book = 0
    for r in book_rows:
        amount = int(r[2])  # debit - credit
        book_total += amount
        if r.match_id is not None and last_bank[r.match_id] <= day:
            cleared_book += 1
            continue
        if brought_forward(r.source, r.date, since):
            continue
        items.append(Item(DEPOSIT if amount > 0 else PAYMENT, r.id, r.date, r.description,
                          f"{r.name}/{r.number}", from_minor(amount, cur)))
    cleared_bank = 0
    for b in bank_rows:
        if b.date > day:
            continue
        if b.match_id is not None and last_book[b.match_id] <= day:
            cleared_bank += 1
            continue
        items.append(Item(UNBOOKED, b.id, b.date, b.description, b.reference or "",
                          from_minor(b.amount, cur)))
    items.sort(key=lambda i: (i.kind, i.date, i.id))
    deposits = sum((i.amount for i in items if i.kind == DEPOSIT), Decimal(0))
    payments = -sum((i.amount for i in items if i.kind == PAYMENT), Decimal(0))
    unbooked = sum((i.amount for i in items if i.kind == UNBOOKED), Decimal(0))
    stated = _statement_balance(s, acc, day)
    state = ReconState(acc.code, acc.name, ledger.code, cur, day, bank_balance,
                       from_minor(book_total, cur), deposits, payments, unbooked,
                       None if stated is None else from_minor(stated, cur), items,
                       cleared_bank, cleared_book)
    return replace(state, blockers=_blockers(s, acc, state))


def _blockers(s: Session, acc: BankAccount, st: ReconState) -> list[str]:
    """What keeps the reconciliation from being finished, in the reader's own formats."""
    fmt = CellFormatter(language(), st.currency)

    def money(value: Decimal) -> str:
        return fmt.text(Kind.MONEY, value)

    out = []
    rec = last_done(s, acc.id)
    if rec is not None and st.statement_date <= rec.statement_date:
        out.append(_("The account is reconciled up to {date} already; choose a later statement "
                     "date, or reopen that reconciliation.", date=fmt.date(rec.statement_date)))
    if st.statement_balance is not None and st.statement_balance != st.bank_balance:
        out.append(_("The imported statement lines give a balance of {stated} on {date}, not "
                     "the {given} entered: a statement may be missing, or the balance "
                     "mistyped.", stated=money(st.statement_balance),
                     date=fmt.date(st.statement_date), given=money(st.bank_balance)))
    count = sum(1 for i in st.items if i.kind == UNBOOKED)
    if count:
        out.append(_("{count} statement line(s) up to {date}, totalling {total}, are not in "
                     "the books: match them, or make their entries.", count=count,
                     date=fmt.date(st.statement_date), total=money(st.unbooked)))
    if st.unexplained != 0 and not count:
        out.append(_("The books and the bank differ by {difference}.",
                     difference=money(st.unexplained)))
    elif st.unexplained != 0:
        out.append(_("Besides those lines, {amount} of the difference is unexplained.",
                     amount=money(st.unexplained)))
    return out


def state(uow: UnitOfWork, code: str, day: dt.date, bank_balance: Decimal) -> ReconState:
    """The reconciliation as it stands, without saving: live, as the treasurer works."""
    with uow.read() as s:
        acc = account_row(s, code)
        to_minor(bank_balance, acc.currency)  # refuses more decimals than the currency has
        return _compute(s, acc, day, bank_balance)


def finish(uow: UnitOfWork, code: str, day: dt.date, bank_balance: Decimal) -> int:
    """Save the reconciliation and lock the matches it proves; refused while anything is
    unexplained (the message says what)."""
    with uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        acc = account_row(s, code)
        cur = acc.currency
        st = _compute(s, acc, day, bank_balance)
        if st.blockers:
            raise ValidationError(" ".join(st.blockers), "balance")
        detail = {"items": [[i.kind, i.id, i.date.isoformat(), i.description, i.reference,
                             str(i.amount)] for i in st.items],
                  "statement_balance": None if st.statement_balance is None
                  else str(st.statement_balance), "unbooked": str(st.unbooked),
                  "cleared_bank": st.cleared_bank, "cleared_book": st.cleared_book}
        rec = Reconciliation(
            bank_account_id=acc.id, statement_date=day,
            bank_balance=to_minor(bank_balance, cur),
            book_balance=to_minor(st.book_balance, cur),
            outstanding_deposits=to_minor(st.outstanding_deposits, cur),
            outstanding_payments=to_minor(st.outstanding_payments, cur),
            detail=json.dumps(detail, ensure_ascii=False), status=DONE,
            done_by=tx.actor.username, done_at=now())
        s.add(rec)
        s.flush()
        locked = _lockable(s, acc, day)
        if locked:
            s.execute(update(BankMatch).where(BankMatch.id.in_(locked))
                      .values(reconciliation_id=rec.id))
        tx.audit("bank.reconcile", "bank_reconciliation", rec.id, digest=_digest(rec),
                 account=acc.code, date=day,
                 bank=str(bank_balance), book=str(st.book_balance),
                 deposits=str(st.outstanding_deposits), payments=str(st.outstanding_payments),
                 locked=len(locked))
        return rec.id


def _digest(r: Reconciliation) -> str:
    """What the chain keeps of a reconciliation, so a record changed outside coopdesk shows."""
    return audit.digest({"account": r.bank_account_id, "date": r.statement_date.isoformat(),
                         "bank": r.bank_balance, "book": r.book_balance,
                         "deposits": r.outstanding_deposits,
                         "payments": r.outstanding_payments, "detail": r.detail,
                         "status": r.status, "reason": r.reopen_reason})


def _digests(session: Session) -> list[tuple[str, str]]:
    return [(str(r.id), _digest(r)) for r in session.scalars(select(Reconciliation))]


audit.register_digest_source("bank_reconciliation", _digests, "bank_reconciliation")


def _lockable(s: Session, acc: BankAccount, day: dt.date) -> list[int]:
    """Open matches of the account whose lines on both sides are all dated up to ``day``."""
    late: set[int] = set(s.scalars(select(BankLineRow.match_id).where(
        BankLineRow.bank_account_id == acc.id, BankLineRow.match_id.is_not(None),
        BankLineRow.date > day)))
    late.update(s.scalars(select(BankMatchBook.match_id)
                          .join(JournalLine, JournalLine.id == BankMatchBook.journal_line_id)
                          .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                          .join(BankMatch, BankMatch.id == BankMatchBook.match_id)
                          .where(BankMatch.bank_account_id == acc.id, JournalEntry.date > day)))
    return [m for m in s.scalars(select(BankMatch.id).where(
        BankMatch.bank_account_id == acc.id, BankMatch.reconciliation_id.is_(None)))
        if m not in late]


def reopen(uow: UnitOfWork, record: int, reason: str) -> None:
    """Reopen the latest finished reconciliation of its account: its matches may be changed
    again. The reason is kept in the audit trail and on the record."""
    if not reason.strip():
        raise ValidationError(_("Say why the reconciliation is reopened."), "reason")
    with uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        rec = s.get(Reconciliation, record)
        if rec is None:
            raise NotFound(_("There is no reconciliation {id}.", id=record))
        if rec.status != DONE:
            raise ValidationError(_("This reconciliation was reopened already."), "status")
        latest = last_done(s, rec.bank_account_id)
        if latest is not None and latest.id != rec.id:
            raise ValidationError(_("Only the latest reconciliation can be reopened; reopen the "
                                    "one of {date} first.", date=latest.statement_date),
                                  "status")
        rec.status, rec.reopened_by, rec.reopened_at = REOPENED, tx.actor.username, now()
        rec.reopen_reason = reason.strip()
        s.execute(update(BankMatch).where(BankMatch.reconciliation_id == rec.id)
                  .values(reconciliation_id=None))
        acc = s.get(BankAccount, rec.bank_account_id)
        tx.audit("bank.reopen", "bank_reconciliation", rec.id, digest=_digest(rec),
                 account=acc.code if acc else None, date=rec.statement_date,
                 reason=reason.strip())


@dataclass(frozen=True)
class ReconSummary:
    id: int
    account: str
    statement_date: dt.date
    bank_balance: Decimal
    book_balance: Decimal
    outstanding_deposits: Decimal
    outstanding_payments: Decimal
    status: str
    done_by: str
    done_at: dt.datetime
    reopened_by: str | None
    reopen_reason: str | None


def history(uow: UnitOfWork, code: str | None = None) -> list[ReconSummary]:
    """Every reconciliation, the latest first; of one account when ``code`` is given."""
    with uow.read() as s:
        q = (select(Reconciliation, BankAccount.code, BankAccount.currency)
             .join(BankAccount, BankAccount.id == Reconciliation.bank_account_id)
             .order_by(Reconciliation.statement_date.desc(), Reconciliation.id.desc()))
        if code:
            q = q.where(BankAccount.id == account_row(s, code).id)
        return [ReconSummary(r.id, c, r.statement_date, from_minor(r.bank_balance, cur),
                             from_minor(r.book_balance, cur),
                             from_minor(r.outstanding_deposits, cur),
                             from_minor(r.outstanding_payments, cur), r.status, r.done_by,
                             r.done_at, r.reopened_by, r.reopen_reason)
                for r, c, cur in s.execute(q)]


def saved(uow: UnitOfWork, record: int) -> ReconState:
    """A saved reconciliation as it was made (its items kept with it)."""
    with uow.read() as s:
        rec = s.get(Reconciliation, record)
        if rec is None:
            raise NotFound(_("There is no reconciliation {id}.", id=record))
        acc = s.get(BankAccount, rec.bank_account_id)
        assert acc is not None
        ledger = s.get(Account, acc.account_id)
        assert ledger is not None
        cur = acc.currency
        d = json.loads(rec.detail)
        items = [Item(k, i, dt.date.fromisoformat(day), text, ref, Decimal(amount))
                 for k, i, day, text, ref, amount in d["items"]]
        stated = d.get("statement_balance")
        return ReconState(
            acc.code, acc.name, ledger.code, cur, rec.statement_date,
            from_minor(rec.bank_balance, cur), from_minor(rec.book_balance, cur),
            from_minor(rec.outstanding_deposits, cur), from_minor(rec.outstanding_payments, cur),
            Decimal(d.get("unbooked", "0")), None if stated is None else Decimal(stated), items,
            int(d.get("cleared_bank", 0)), int(d.get("cleared_book", 0)), [], rec.id,
            rec.status, rec.done_by, rec.done_at, rec.reopened_by, rec.reopen_reason)
