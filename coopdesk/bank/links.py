"""Linking statement lines to the books: the automatic matcher's run, the treasurer's own
matches and rejections, entries made from statement lines (by hand or by a rule), and the rules.

Every write is one transaction, audited. A match inside a finished reconciliation cannot be
undone until that reconciliation is reopened.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from coopdesk.bank import matching
from coopdesk.bank import rules as rules_mod
from coopdesk.bank.models import (
    BankAccount,
    BankLineRow,
    BankMatch,
    BankMatchBook,
    BankRejection,
    BankRule,
)
from coopdesk.bank.queries import open_bank_lines, open_book_lines
from coopdesk.bank.rules import ProposedEntry, ProposedLine
from coopdesk.bank.services import Progress, account_row, no_cycle_collection, now
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger import services as books
from coopdesk.ledger.models import Account, JournalEntry, JournalLine
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members.models import Member

AUTO, MANUAL, ENTRY, REVERSAL = "auto", "manual", "entry", "reversal"


def _key(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in sorted(ids))


# ---- the automatic matcher ---------------------------------------------------------------------

@dataclass(frozen=True)
class MatchRun:
    matched: list[matching.Match]  # automatic, saved (when the run saves)
    suggested: list[matching.Match]  # for the treasurer to accept or reject
    proposals: list[ProposedEntry]  # entries the rules propose for lines the books lack
    left_bank: list[int]  # statement lines in nothing above
    left_book: list[int]  # book lines in the statement's dates it does not show (yet)
    rule_ids: dict[int, int] = field(default_factory=dict)  # a proposal's rule order -> id


def _rejected(s: Session, acc: BankAccount) -> set[tuple[str, str]]:
    return {(b, k) for b, k in s.execute(select(BankRejection.bank_key, BankRejection.book_key)
                                         .where(BankRejection.bank_account_id == acc.id))}


def _compute(s: Session, acc: BankAccount, window_days: int) -> MatchRun:
    bank = open_bank_lines(s, acc)
    if not bank:
        book = []
    else:  # only book lines a statement line's date window reaches can match it
        reach = dt.timedelta(days=window_days + 1)
        book = open_book_lines(s, acc, min(b.date for b in bank) - reach,
                               max(b.date for b in bank) + reach)
    result = matching.match(bank, book, window_days=window_days)
    rejected = _rejected(s, acc)
    kept = [m for m in result.matches if (_key(m.bank), _key(m.book)) not in rejected]
    used_bank = {i for m in kept for i in m.bank}
    used_book = {j for m in kept for j in m.book}
    by_id = {b.id: b for b in bank}
    rule_rows = _rule_rows(s)
    plain = [_as_rule(r, acc.code, acc.currency)
             for r in rule_rows if r.active and r.bank_account_id in (None, acc.id)]
    proposals = []
    for line in bank:
        if line.id in used_bank:
            continue
        proposal = rules_mod.apply(plain, by_id[line.id], account=acc.code)
        if proposal is not None:
            proposals.append(proposal)
    proposed = {p.bank_line for p in proposals}
    return MatchRun(
        matched=[m for m in kept if m.kind == "auto"],
        suggested=[m for m in kept if m.kind == "suggested"],
        proposals=proposals,
        left_bank=[b.id for b in bank if b.id not in used_bank and b.id not in proposed],
        left_book=[k.id for k in book if k.id not in used_book],
        rule_ids={r.position: r.id for r in rule_rows})


def reversal_pairs(s: Session, acc: BankAccount) -> list[tuple[int, int]]:
    """Open book lines of the account that a reversal cancels: (the original's line, the
    reversal's line of the same number), both unmatched."""
    original, reversal = aliased(JournalEntry), aliased(JournalEntry)
    line_o, line_r = aliased(JournalLine), aliased(JournalLine)
    rows = s.execute(
        select(line_o.id, line_r.id)
        .join(original, original.id == line_o.entry_id)
        .join(reversal, reversal.reverses_id == original.id)
        .join(line_r, (line_r.entry_id == reversal.id) & (line_r.line_no == line_o.line_no))
        .where(line_o.account_id == acc.account_id, line_r.account_id == acc.account_id,
               original.status == "posted", reversal.status == "posted",
               ~select(BankMatchBook.match_id).where(
                   BankMatchBook.journal_line_id.in_((line_o.id, line_r.id))).exists()))
    return [(a, b) for a, b in rows]


def suggestions(uow: UnitOfWork, code: str, *, window_days: int = 7) -> MatchRun:
    """What the matcher would do now, without saving anything."""
    with no_cycle_collection(), uow.read() as s:
        return _compute(s, account_row(s, code), window_days)


def run_matching(uow: UnitOfWork, code: str, *, window_days: int = 7,
                 progress: Progress | None = None) -> MatchRun:
    """Match the account's open statement lines to its open book lines and save the automatic
    matches; suggestions and proposals are returned for the treasurer to decide."""
    with no_cycle_collection(), uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        acc = account_row(s, code)
        if progress is not None:
            progress(0, 2)
        cancelled = reversal_pairs(s, acc)
        if cancelled:  # an entry and its reversal cancel out: the bank never sees them
            _save(tx, acc, [((), pair, None) for pair in cancelled], REVERSAL)
            tx.audit("bank.match.reversals", "bank_account", acc.code, count=len(cancelled))
        run = _compute(s, acc, window_days)
        if progress is not None:
            progress(1, 2)
        _save(tx, acc, [(m.bank, m.book, m.score) for m in run.matched], AUTO)
        if run.matched:
            pairs = ";".join(f"{_key(m.bank)}={_key(m.book)}" for m in run.matched)
            tx.audit("bank.match.auto", "bank_account", acc.code, count=len(run.matched),
                     pairs=hashlib.sha256(pairs.encode()).hexdigest())
        if progress is not None:
            progress(2, 2)
        return run


def _save(tx: WriteTx, acc: BankAccount,
          groups: Sequence[tuple[Sequence[int], Sequence[int], float | None]], kind: str,
          rule_id: int | None = None) -> list[int]:
    """Write matches in bulk: one row each, their book lines, their statement lines' link."""
    if not groups:
        return []
    conn = tx.session.connection()  # Core statements: thousands of rows, no ORM objects
    stamp = now()
    match_t, book_t, line_t = (cast(Table, m.__table__)
                               for m in (BankMatch, BankMatchBook, BankLineRow))
    ids = list(conn.execute(
        insert(match_t).returning(match_t.c.id, sort_by_parameter_order=True),
        [{"bank_account_id": acc.id, "kind": kind, "rule_id": rule_id,
          "score": None if score is None else round(score * 1000), "reconciliation_id": None,
          "created_by": tx.actor.username, "created_at": stamp}
         for _b, _k, score in groups]).scalars())
    conn.execute(insert(book_t), [{"journal_line_id": j, "match_id": mid}
                                  for mid, (_b, book, _s) in zip(ids, groups, strict=True)
                                  for j in book])
    lines = [{"line": i, "mid": mid}
             for mid, (bank, _k, _s) in zip(ids, groups, strict=True) for i in bank]
    if lines:  # book lines that cancel out have no statement line
        conn.execute(update(line_t).where(line_t.c.id == bindparam("line"))
                     .values(match_id=bindparam("mid")), lines)
    tx.touch("bank")
    return ids


# ---- the treasurer's own matches ---------------------------------------------------------------

def _check_lines(s: Session, acc: BankAccount, bank_ids: Sequence[int],
                 book_ids: Sequence[int]) -> None:
    if not book_ids or (not bank_ids and len(book_ids) < 2):
        raise ValidationError(_("Choose at least one statement line and one book line, or "
                                "book lines that cancel out (an entry and its reversal)."),
                              "lines")
    rows = {r.id: r for r in s.scalars(select(BankLineRow).where(BankLineRow.id.in_(bank_ids)))}
    for i in bank_ids:
        r = rows.get(i)
        if r is None or r.bank_account_id != acc.id:
            raise NotFound(_("Statement line {id} is not a line of account {code}.", id=i,
                             code=acc.code))
        if r.match_id is not None:
            raise ValidationError(_("Statement line {id} ({date}, {text}) is matched already; "
                                    "undo that match first.", id=i, date=r.date,
                                    text=r.description), "bank")
    lines = {ln.id: (ln, e) for ln, e in s.execute(
        select(JournalLine, JournalEntry).join(JournalEntry,
                                               JournalEntry.id == JournalLine.entry_id)
        .where(JournalLine.id.in_(book_ids)))}
    taken = set(s.scalars(select(BankMatchBook.journal_line_id)
                          .where(BankMatchBook.journal_line_id.in_(book_ids))))
    for j in book_ids:
        pair = lines.get(j)
        if pair is None or pair[0].account_id != acc.account_id or pair[1].status != "posted":
            raise NotFound(_("Book line {id} is not a posted line of account {code}'s ledger "
                             "account.", id=j, code=acc.code))
        if j in taken:
            raise ValidationError(_("Book line {id} (entry {number}) is matched already; undo "
                                    "that match first.", id=j, number=pair[1].number), "book")
    bank_total = sum(rows[i].amount for i in bank_ids)
    book_total = sum(lines[j][0].debit - lines[j][0].credit for j in book_ids)
    if bank_total != book_total:
        cur = acc.currency
        raise ValidationError(_(
            "The statement lines total {bank} and the book lines {book} (difference {diff}): "
            "matched lines must be the same money.", bank=from_minor(bank_total, cur),
            book=from_minor(book_total, cur), diff=from_minor(bank_total - book_total, cur)),
            "amount")


def link(uow: UnitOfWork, code: str, bank_ids: Sequence[int], book_ids: Sequence[int], *,
         score: float | None = None) -> int:
    """Match statement line(s) to book line(s) of the same total, by hand (or accepting a
    suggestion); or, with no statement line, book lines that cancel out (an entry posted to
    the bank by mistake and its reversal: the bank never sees either)."""
    bank_ids, book_ids = sorted(set(bank_ids)), sorted(set(book_ids))
    with uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        acc = account_row(s, code)
        _check_lines(s, acc, bank_ids, book_ids)
        s.execute(delete(BankRejection).where(BankRejection.bank_key == _key(bank_ids),
                                              BankRejection.book_key == _key(book_ids)))
        (mid,) = _save(tx, acc, [(bank_ids, book_ids, score)], MANUAL)
        tx.audit("bank.match", "bank_match", mid, account=acc.code, bank=bank_ids,
                 book=book_ids, suggested=score is not None)
        return mid


def _match_row(s: Session, acc: BankAccount, match_id: int) -> BankMatch:
    m = s.get(BankMatch, match_id)
    if m is None or m.bank_account_id != acc.id:
        raise NotFound(_("There is no match {id} on account {code}.", id=match_id,
                         code=acc.code))
    return m


def unlink(uow: UnitOfWork, code: str, match_id: int, *, reject: bool = False) -> None:
    """Undo a match; with ``reject`` the matcher never proposes that pairing again. An entry
    made from a statement line stays in the books (reverse it in the journal if it is wrong)."""
    with uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        acc = account_row(s, code)
        m = _match_row(s, acc, match_id)
        if m.reconciliation_id is not None:
            from coopdesk.bank.models import Reconciliation

            rec = s.get(Reconciliation, m.reconciliation_id)
            raise ValidationError(_("This match is part of the reconciliation of {date}, which "
                                    "is finished; reopen it first.",
                                    date=rec.statement_date if rec else "?"), "match")
        bank = sorted(s.scalars(select(BankLineRow.id).where(BankLineRow.match_id == m.id)))
        book = sorted(s.scalars(select(BankMatchBook.journal_line_id)
                                .where(BankMatchBook.match_id == m.id)))
        s.execute(update(BankLineRow).where(BankLineRow.match_id == m.id).values(match_id=None))
        s.execute(delete(BankMatchBook).where(BankMatchBook.match_id == m.id))
        s.delete(m)
        if reject:
            _reject(tx, acc, bank, book)
        tx.audit("bank.unmatch", "bank_match", match_id, account=acc.code, kind=m.kind,
                 bank=bank, book=book, rejected=reject)


def _reject(tx: WriteTx, acc: BankAccount, bank: Sequence[int], book: Sequence[int]) -> None:
    s = tx.session
    bk, kk = _key(bank), _key(book)
    if not s.scalar(select(BankRejection.id).where(BankRejection.bank_key == bk,
                                                   BankRejection.book_key == kk)):
        s.add(BankRejection(bank_account_id=acc.id, bank_key=bk, book_key=kk,
                            created_by=tx.actor.username, created_at=now()))


def reject(uow: UnitOfWork, code: str, bank_ids: Sequence[int], book_ids: Sequence[int]
           ) -> None:
    """Refuse a suggested match: it is not proposed again."""
    with uow.write(Permission.BANK, "bank") as tx:
        acc = account_row(tx.session, code)
        _reject(tx, acc, sorted(set(bank_ids)), sorted(set(book_ids)))
        tx.audit("bank.reject", "bank_account", acc.code, bank=sorted(bank_ids),
                 book=sorted(book_ids))


# ---- entries made from statement lines ---------------------------------------------------------

def _post_from_line(tx: WriteTx, acc: BankAccount, line_id: int,
                    lines: Sequence[ProposedLine], description: str,
                    rule_id: int | None) -> str:
    s = tx.session
    row = s.get(BankLineRow, line_id)
    if row is None or row.bank_account_id != acc.id:
        raise NotFound(_("Statement line {id} is not a line of account {code}.", id=line_id,
                         code=acc.code))
    if row.match_id is not None:
        raise ValidationError(_("Statement line {id} is matched already.", id=line_id), "bank")
    cur = acc.currency
    amount = from_minor(row.amount, cur)
    if sum((ln.amount for ln in lines), Decimal(0)) != -amount:
        raise ValidationError(_("The lines of the entry must come to {amount}, the statement "
                                "line's amount.", amount=abs(amount)), "amount")
    ledger = s.get(Account, acc.account_id)
    assert ledger is not None
    entry_lines = [LineInput(ledger.code, debit=max(amount, Decimal(0)),
                             credit=max(-amount, Decimal(0)), memo=row.reference)]
    entry_lines += [LineInput(ln.account, debit=max(ln.amount, Decimal(0)),
                              credit=max(-ln.amount, Decimal(0)), member=ln.member)
                    for ln in lines]
    entry = EntryInput(date=row.date, description=description.strip() or row.description,
                       lines=tuple(entry_lines), reference=row.reference,
                       uid=str(uuid.uuid4()))
    e, ref = books.post_in(tx, entry, source="bank", source_ref=str(row.id))
    bank_line = next(ln.id for ln in e.lines if ln.line_no == 1)
    (mid,) = _save(tx, acc, [([row.id], [bank_line], None)], ENTRY, rule_id)
    tx.audit("bank.entry", "bank_match", mid, account=acc.code, bank=row.id,
             entry=f"{ref.year}/{ref.number}", rule=rule_id)
    return f"{ref.year}/{ref.number}"


def book_line(uow: UnitOfWork, code: str, line_id: int, lines: Sequence[ProposedLine],
              description: str = "", *, rule_id: int | None = None) -> str:
    """Post the entry a statement line needs (a charge, interest, a fee the books lack) and
    match it to the line; returns the entry's number, '2026/123'."""
    uow.actor.require(Permission.BANK)
    with uow.write(Permission.LEDGER_POST, "bank", "ledger") as tx:
        return _post_from_line(tx, account_row(tx.session, code), line_id, lines,
                               description, rule_id)


def post_proposals(uow: UnitOfWork, code: str, proposals: Sequence[ProposedEntry],
                   rule_ids: dict[int, int] | None = None) -> list[str]:
    """Post the entries the rules proposed, all or none."""
    uow.actor.require(Permission.BANK)
    with uow.write(Permission.LEDGER_POST, "bank", "ledger") as tx:
        acc = account_row(tx.session, code)
        return [_post_from_line(tx, acc, p.bank_line, p.lines, p.description,
                                (rule_ids or {}).get(p.rule)) for p in proposals]


# ---- rules -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RuleInput:
    name: str
    target_account: str
    text_contains: str | None = None
    regex: str | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    account: str | None = None  # a bank account's code: only its lines
    member: int | None = None
    fee_split: Decimal | None = None  # the share of the amount that is a fee, 0.015 = 1.5 %
    fee_account: str | None = None
    active: bool = True


@dataclass(frozen=True)
class RuleView(RuleInput):
    id: int = 0
    position: int = 0


def _rule_rows(s: Session) -> list[BankRule]:
    return list(s.scalars(select(BankRule).order_by(BankRule.position, BankRule.id)))


def _as_rule(r: BankRule, account_code: str | None, cur: str) -> rules_mod.Rule:
    return rules_mod.Rule(
        order=r.position, target_account=r.target_account, text_contains=r.text_contains,
        regex=r.regex, min_amount=None if r.min_amount is None else from_minor(r.min_amount, cur),
        max_amount=None if r.max_amount is None else from_minor(r.max_amount, cur),
        account=account_code if r.bank_account_id is not None else None, member=r.member_number,
        fee_split=Decimal(r.fee_split) if r.fee_split else None, fee_account=r.fee_account,
        description=r.name)


def rules(uow: UnitOfWork) -> list[RuleView]:
    with uow.read() as s:
        codes = dict(s.execute(select(BankAccount.id, BankAccount.code)).all())
        cur = _cur(s)
        return [RuleView(r.name, r.target_account, r.text_contains, r.regex,
                         None if r.min_amount is None else from_minor(r.min_amount, cur),
                         None if r.max_amount is None else from_minor(r.max_amount, cur),
                         codes.get(r.bank_account_id or 0), r.member_number,
                         Decimal(r.fee_split) if r.fee_split else None, r.fee_account,
                         r.active, r.id, r.position) for r in _rule_rows(s)]


def _cur(s: Session) -> str:
    from coopdesk.bank.services import currency_of

    return currency_of(s)


def _check_rule(s: Session, rule: RuleInput) -> dict[str, object]:
    name = " ".join(rule.name.split())
    if not name:
        raise ValidationError(_("Give the rule a name (what the lines are: 'bank charges')."),
                              "name")
    if not (rule.text_contains or "").strip() and not (rule.regex or "").strip():
        raise ValidationError(_("Say which lines the rule is for: words the description "
                                "contains, or a pattern."), "text")
    if rule.regex:
        try:
            re.compile(rule.regex)
        except re.error as exc:
            raise ValidationError(_("The pattern is not valid: {error}.", error=str(exc)),
                                  "regex") from exc
    if (rule.min_amount is not None and rule.max_amount is not None
            and rule.min_amount > rule.max_amount):
        raise ValidationError(_("The lowest amount is above the highest."), "min_amount")
    for code, what in ((rule.target_account, "target_account"),
                       (rule.fee_account, "fee_account")):
        if code is None:
            continue
        acc = s.scalar(select(Account).where(Account.code == code.strip()))
        if acc is None:
            raise NotFound(_("There is no ledger account {code}.", code=code))
        if not acc.postable:
            raise ValidationError(_("Account {code} is a heading; choose an account under it.",
                                    code=code), what)
        if acc.member_ledger and rule.member is None and what == "target_account":
            raise ValidationError(_("Account {code} is a members' account: the rule must name "
                                    "the member.", code=code), "member")
    if rule.member is not None and not s.scalar(select(Member.id).where(
            Member.number == rule.member)):
        raise NotFound(_("There is no member number {number}.", number=rule.member))
    if rule.fee_split is not None and not Decimal(0) < rule.fee_split < Decimal(1):
        raise ValidationError(_("The fee is a share between 0 and 1 (0.015 for 1.5 %)."),
                              "fee_split")
    bank_id = account_row(s, rule.account).id if rule.account else None
    cur = _cur(s)
    return {"name": name, "target_account": rule.target_account.strip(),
            "text_contains": (rule.text_contains or "").strip() or None,
            "regex": (rule.regex or "").strip() or None,
            "min_amount": None if rule.min_amount is None else to_minor(rule.min_amount, cur),
            "max_amount": None if rule.max_amount is None else to_minor(rule.max_amount, cur),
            "bank_account_id": bank_id, "member_number": rule.member,
            "fee_split": None if rule.fee_split is None else str(rule.fee_split),
            "fee_account": (rule.fee_account or "").strip() or None, "active": rule.active}


def save_rule(uow: UnitOfWork, rule: RuleInput, rule_id: int | None = None) -> int:
    """Add a rule at the end, or change one."""
    with uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        values = _check_rule(s, rule)
        if rule_id is None:
            last = s.scalar(select(func.max(BankRule.position))) or 0
            row = BankRule(position=last + 10, updated_by=tx.actor.username, updated_at=now(),
                           **values)
            s.add(row)
        else:
            found = s.get(BankRule, rule_id)
            if found is None:
                raise NotFound(_("There is no rule {id}.", id=rule_id))
            row = found
            for k, v in values.items():
                setattr(row, k, v)
            row.updated_by, row.updated_at = tx.actor.username, now()
        s.flush()
        tx.audit("bank.rule", "bank_rule", row.id, position=row.position,
                 **{k: v for k, v in values.items() if v is not None})
        return row.id


def delete_rule(uow: UnitOfWork, rule_id: int) -> None:
    with uow.write(Permission.BANK, "bank") as tx:
        row = tx.session.get(BankRule, rule_id)
        if row is None:
            raise NotFound(_("There is no rule {id}.", id=rule_id))
        tx.session.delete(row)
        tx.audit("bank.rule.delete", "bank_rule", rule_id, name=row.name)


def move_rule(uow: UnitOfWork, rule_id: int, up: bool) -> None:
    """Rules are tried in order; move one before (``up``) or after its neighbour."""
    with uow.write(Permission.BANK, "bank") as tx:
        rows = _rule_rows(tx.session)
        index = next((n for n, r in enumerate(rows) if r.id == rule_id), None)
        if index is None:
            raise NotFound(_("There is no rule {id}.", id=rule_id))
        other = index - 1 if up else index + 1
        if 0 <= other < len(rows):
            rows[index], rows[other] = rows[other], rows[index]
            for n, r in enumerate(rows, 1):
                r.position = n * 10
            tx.audit("bank.rule.move", "bank_rule", rule_id, up=up)


def parse_fee(text: str) -> Decimal | None:
    """'1.5%' or '0.015' -> Decimal('0.015'); '' -> None."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        if text.endswith("%"):
            return Decimal(text[:-1].strip()) / 100
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValidationError(_("'{text}' is not a share: write 1.5% or 0.015.", text=text),
                              "fee_split") from exc


def suggested_rules(uow: UnitOfWork) -> list[RuleInput]:
    """Rules proposed from the entries the treasurer made by hand from statement lines: the
    same words booked three times or more to the same account."""
    with uow.read() as s:
        codes = dict(s.execute(select(BankAccount.id, BankAccount.code)).all())
        cur = _cur(s)
        made = s.execute(
            select(BankLineRow.description, BankLineRow.amount, BankLineRow.bank_account_id,
                   BankMatchBook.journal_line_id)
            .join(BankMatch, BankMatch.id == BankLineRow.match_id)
            .join(BankMatchBook, BankMatchBook.match_id == BankMatch.id)
            .where(BankMatch.kind == ENTRY, BankMatch.rule_id.is_(None))).all()
        entry_of = dict(s.execute(select(JournalLine.id, JournalLine.entry_id).where(
            JournalLine.id.in_([m.journal_line_id for m in made]))).all())
        others: dict[int, list[tuple[str, int | None]]] = {}
        for entry_id, code, number in s.execute(
                select(JournalLine.entry_id, Account.code, Member.number)
                .join(Account, Account.id == JournalLine.account_id)
                .outerjoin(Member, Member.id == JournalLine.member_id)
                .where(JournalLine.entry_id.in_(set(entry_of.values())),
                       JournalLine.id.not_in(list(entry_of)))):
            others.setdefault(entry_id, []).append((code, number))
        manual = []
        for m in made:
            targets = others.get(entry_of[m.journal_line_id], [])
            if len(targets) == 1:
                manual.append(rules_mod.ManualMatch(
                    m.description, from_minor(m.amount, cur), targets[0][0], targets[0][1],
                    codes.get(m.bank_account_id)))
        existing = [_as_rule(r, codes.get(r.bank_account_id or 0), cur) for r in _rule_rows(s)]
        return [RuleInput(name=r.description, target_account=r.target_account,
                          text_contains=r.text_contains, min_amount=r.min_amount,
                          max_amount=r.max_amount, account=r.account, member=r.member)
                for r in rules_mod.suggest_rules(manual, existing)]


def proposal_lines(target: str, amount: Decimal, member: int | None = None
                   ) -> list[ProposedLine]:
    """The other side of a statement line booked to one account: a charge of -12.00 books
    +12.00 (a debit) to ``target``."""
    return [ProposedLine(target, -amount, member)]
