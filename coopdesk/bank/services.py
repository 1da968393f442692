"""Use cases of the bank: accounts tied to the ledger, saved CSV/Excel mappings, and importing
statements (all or nothing, never twice).

Matching and entries made from statement lines are in :mod:`coopdesk.bank.links`, the
reconciliation in :mod:`coopdesk.bank.reconcile`, read-only views in :mod:`coopdesk.bank.queries`.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from coopdesk.bank.formats import Mapping, detect_format, read_statements
from coopdesk.bank.models import (
    BankAccount,
    BankImport,
    BankLineRow,
    BankMapping,
    BankStatement,
    Reconciliation,
)
from coopdesk.bank.statement import Statement, check_arithmetic, fingerprints
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, quantize, to_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.models import Account

KINDS = {"bank": N_("bank account"), "mobile_money": N_("mobile money")}
DONE, REOPENED = "done", "reopened"

Progress = Callable[[int, int], None]


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def currency_of(session: Session) -> str:
    coop = session.get(Cooperative, 1)
    assert coop is not None
    return coop.currency


def account_row(session: Session, code: str) -> BankAccount:
    acc = session.scalar(select(BankAccount).where(BankAccount.code == code.strip()))
    if acc is None:
        known = ", ".join(session.scalars(select(BankAccount.code).order_by(BankAccount.code)))
        raise NotFound(_("There is no bank account {code} (the accounts are: {known}).",
                         code=code, known=known or _("none yet")))
    return acc


def last_done(session: Session, account_id: int) -> Reconciliation | None:
    """The latest finished reconciliation of an account still in force."""
    return session.scalar(select(Reconciliation).where(
        Reconciliation.bank_account_id == account_id, Reconciliation.status == DONE)
        .order_by(Reconciliation.statement_date.desc()).limit(1))


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Importing a statement, or reading, matching and saving a year of lines, makes many
    objects that live until the end: the cyclic collector would only scan them again and
    again (as in matching.match). Reference counting still frees what is dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---- accounts ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class AccountInfo:
    code: str
    name: str
    kind: str
    ledger_code: str
    ledger_name: str
    institution: str | None
    number: str | None
    currency: str
    mapping: str | None
    active: bool
    lines: int
    unmatched: int
    last_line: dt.date | None
    last_reconciled: dt.date | None
    book_balance: Decimal


_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,20}$")


def add_account(uow: UnitOfWork, code: str, name: str, kind: str, ledger_code: str, *,
                institution: str | None = None, number: str | None = None,
                mapping: str | None = None, since: dt.date | None = None) -> int:
    """A bank or mobile-money account whose money the ledger keeps in ``ledger_code``; book
    lines before ``since`` are taken as agreed with the bank (see BankAccount.since)."""
    code, name = code.strip(), " ".join(name.split())
    if not _CODE.match(code):
        raise ValidationError(_("A bank account's code is 1 to 20 letters, digits, '-', '_' "
                                "or '.', without spaces."), "code")
    if not name:
        raise ValidationError(_("Give the account a name (the bank and what it is for)."),
                              "name")
    if kind not in KINDS:
        raise ValidationError(_("The kind of account is 'bank' or 'mobile_money'."), "kind")
    with uow.write(Permission.LEDGER_SETUP, "bank") as tx:
        s = tx.session
        if s.scalar(select(BankAccount.id).where(BankAccount.code == code)):
            raise ValidationError(_("There is already a bank account {code}.", code=code),
                                  "code")
        ledger = s.scalar(select(Account).where(Account.code == ledger_code.strip()))
        if ledger is None:
            raise NotFound(_("There is no ledger account {code}.", code=ledger_code))
        if not ledger.postable or ledger.kind != "asset":
            raise ValidationError(_("Ledger account {code} cannot hold a bank's money: choose "
                                    "an asset account that takes entries.", code=ledger.code),
                                  "ledger")
        if ledger.member_ledger:
            raise ValidationError(_("Ledger account {code} is a members' account.",
                                    code=ledger.code), "ledger")
        other = s.scalar(select(BankAccount.code).where(BankAccount.account_id == ledger.id))
        if other:
            raise ValidationError(_("Ledger account {ledger} already belongs to the bank account "
                                    "{code}.", ledger=ledger.code, code=other), "ledger")
        mapping_id = _mapping_row(s, mapping).id if mapping else None
        acc = BankAccount(code=code, name=name, kind=kind, account_id=ledger.id,
                          institution=(institution or "").strip() or None,
                          number=(number or "").strip() or None, currency=currency_of(s),
                          mapping_id=mapping_id, since=since, active=True,
                          created_by=tx.actor.username, created_at=now())
        s.add(acc)
        s.flush()
        tx.audit("bank.account", "bank_account", code, name=name, kind=kind,
                 ledger=ledger.code, number=acc.number, mapping=mapping, since=since)
        return acc.id


def set_account_mapping(uow: UnitOfWork, code: str, mapping: str | None) -> None:
    """The mapping an account's CSV/Excel files are read with by default."""
    with uow.write(Permission.BANK, "bank") as tx:
        acc = account_row(tx.session, code)
        acc.mapping_id = _mapping_row(tx.session, mapping).id if mapping else None
        tx.audit("bank.account.mapping", "bank_account", acc.code, mapping=mapping)


def accounts(uow: UnitOfWork) -> list[AccountInfo]:
    with uow.read() as s:
        cur = currency_of(s)
        rows = s.execute(select(BankAccount, Account.code, Account.name)
                         .join(Account, Account.id == BankAccount.account_id)
                         .order_by(BankAccount.code)).all()
        mapping_names = dict(s.execute(select(BankMapping.id, BankMapping.name)).all())
        out = []
        for acc, lcode, lname in rows:
            out.append(_info(s, acc, lcode, lname, mapping_names, cur))
        return out


def account(uow: UnitOfWork, code: str) -> AccountInfo:
    for info in accounts(uow):
        if info.code == code.strip():
            return info
    with uow.read() as s:
        account_row(s, code)  # raises the message naming the accounts
    raise AssertionError("unreachable")


def _info(s: Session, acc: BankAccount, lcode: str, lname: str,
          mapping_names: dict[int, str], cur: str) -> AccountInfo:
    from coopdesk.ledger.models import JournalEntry, JournalLine

    lines, unmatched, last = s.execute(
        select(func.count(), func.count().filter(BankLineRow.match_id.is_(None)),
               func.max(BankLineRow.date)).where(BankLineRow.bank_account_id == acc.id)).one()
    balance = s.scalar(select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
                       .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                       .where(JournalLine.account_id == acc.account_id,
                              JournalEntry.status == "posted")) or 0
    rec = last_done(s, acc.id)
    return AccountInfo(acc.code, acc.name, acc.kind, lcode, lname, acc.institution, acc.number,
                       acc.currency, mapping_names.get(acc.mapping_id or 0), acc.active,
                       lines, unmatched, last, rec.statement_date if rec else None,
                       from_minor(int(balance), cur))


# ---- mappings ----------------------------------------------------------------------------------

def _mapping_row(s: Session, name: str) -> BankMapping:
    row = s.scalar(select(BankMapping).where(BankMapping.name == name.strip()))
    if row is None:
        known = ", ".join(s.scalars(select(BankMapping.name).order_by(BankMapping.name)))
        raise NotFound(_("There is no saved mapping '{name}' (saved: {known}).", name=name,
                         known=known or _("none yet")))
    return row


def save_mapping(uow: UnitOfWork, name: str, mapping: Mapping) -> int:
    """Keep how a bank's CSV/Excel export is read, under a name; saving again replaces it."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("Give the mapping a name (the bank's, say)."), "name")
    with uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        spec = json.dumps(mapping.to_dict(), sort_keys=True)
        row = s.scalar(select(BankMapping).where(BankMapping.name == name))
        if row is None:
            row = BankMapping(name=name, spec=spec, updated_by=tx.actor.username,
                              updated_at=now())
            s.add(row)
        else:
            row.spec, row.updated_by, row.updated_at = spec, tx.actor.username, now()
        s.flush()
        tx.audit("bank.mapping", "bank_mapping", name, spec=mapping.to_dict())
        return row.id


def mappings(uow: UnitOfWork) -> dict[str, Mapping]:
    with uow.read() as s:
        return {m.name: Mapping.from_dict(json.loads(m.spec))
                for m in s.scalars(select(BankMapping).order_by(BankMapping.name))}


# ---- import ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportPreview:
    format: str
    mapping: str | None
    statements: list[Statement]
    lines: int
    new: int
    known: int
    first: dt.date | None
    last: dt.date | None
    new_flags: list[bool]  # per line of every statement in order: not imported before
    problems: list[str] = field(default_factory=list)  # where the bank's arithmetic fails


@dataclass(frozen=True)
class ImportResult:
    import_id: int | None
    format: str
    statements: int
    new: int
    known: int
    first: dt.date | None
    last: dt.date | None


def _resolve_mapping(s: Session, acc: BankAccount, mapping: str | Mapping | None
                     ) -> tuple[Mapping | None, str | None]:
    if isinstance(mapping, Mapping):
        return mapping, None
    if mapping:
        row = _mapping_row(s, mapping)
        return Mapping.from_dict(json.loads(row.spec)), row.name
    if acc.mapping_id is not None:
        row2 = s.get(BankMapping, acc.mapping_id)
        if row2 is not None:
            return Mapping.from_dict(json.loads(row2.spec)), row2.name
    return None, None


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def _check(acc: BankAccount, statements: list[Statement], filename: str,
           allow_mismatch: bool) -> list[str]:
    """The file must be this account's, in its currency, and add up by its own numbers (unless
    the treasurer imports it anyway, knowing what does not add up); returns what does not."""
    if not any(st.lines for st in statements):
        raise ValidationError(_("{name} holds no statement lines.", name=filename), "file")
    found: list[str] = []
    for n, st in enumerate(statements, 1):
        where = _("statement {n}", n=n) if len(statements) > 1 else filename
        if st.currency and st.currency.upper() != acc.currency.upper():
            raise ValidationError(_("{where} is in {theirs}; account {code} is kept in {ours}.",
                                    where=where, theirs=st.currency, code=acc.code,
                                    ours=acc.currency), "currency")
        ours, theirs = _digits(acc.number), _digits(st.account)
        if ours and theirs and not (ours.endswith(theirs[-6:]) or theirs.endswith(ours[-6:])):
            raise ValidationError(_("{where} is a statement of account {theirs}, not of {code} "
                                    "({ours}). Choose the right account.", where=where,
                                    theirs=st.account, code=acc.code, ours=acc.number),
                                  "account")
        problems = check_arithmetic(st)
        if problems and not allow_mismatch:
            raise ValidationError(_("{where} does not add up, so it was not imported: {problems}",
                                    where=where, problems=" ".join(problems[:3])), "balance")
        found += [f"{where}: {p}" for p in problems]
    return found


def _exact(amount: Decimal, cur: str, where: str) -> int:
    if quantize(amount, cur) != amount:
        raise ValidationError(_("At {where}: the amount {amount} has more decimals than "
                                "{currency} has.", where=where, amount=amount, currency=cur),
                              "amount")
    return to_minor(amount, cur)


def _read(s: Session, acc: BankAccount, data: bytes, filename: str,
          mapping: str | Mapping | None, allow_mismatch: bool
          ) -> tuple[str, str | None, list[Statement], list[str], set[str], list[str]]:
    kind = detect_format(data, filename)
    chosen, name = _resolve_mapping(s, acc, mapping)
    statements = read_statements(data, filename, chosen)
    problems = _check(acc, statements, filename, allow_mismatch)
    keys = fingerprints([ln for st in statements for ln in st.lines])
    known: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        known.update(s.scalars(select(BankLineRow.fingerprint).where(
            BankLineRow.bank_account_id == acc.id, BankLineRow.fingerprint.in_(chunk))))
    return kind, name, statements, keys, known, problems


def preview_import(uow: UnitOfWork, code: str, data: bytes, filename: str,
                   mapping: str | Mapping | None = None) -> ImportPreview:
    """What importing the file would do, without writing: its lines, which are new, and what
    does not add up in the bank's own numbers (importing it then needs ``allow_mismatch``)."""
    with uow.read() as s:
        acc = account_row(s, code)
        kind, name, statements, keys, known, problems = _read(s, acc, data, filename, mapping,
                                                              True)
        dates = [ln.date for st in statements for ln in st.lines]
        flags = [k not in known for k in keys]
        return ImportPreview(kind, name, statements, len(keys), sum(flags),
                             len(keys) - sum(flags), min(dates), max(dates), flags, problems)


def import_statement(uow: UnitOfWork, code: str, data: bytes, filename: str, *,
                     mapping: str | Mapping | None = None, allow_mismatch: bool = False,
                     progress: Progress | None = None) -> ImportResult:
    """Import every statement of a file into an account: all of it or, on any problem, none.
    Lines already imported (by the bank's id, or by fingerprint) are skipped, so importing the
    same or an overlapping file again creates nothing twice. A statement whose balances do
    not add up is refused unless ``allow_mismatch`` (what does not add up is then audited)."""
    with no_cycle_collection(), uow.write(Permission.BANK, "bank") as tx:
        s = tx.session
        acc = account_row(s, code)
        cur = acc.currency
        kind, name, statements, keys, known, problems = _read(s, acc, data, filename, mapping,
                                                              allow_mismatch)
        lines = [(st_no, ln) for st_no, st in enumerate(statements) for ln in st.lines]
        fresh = [(n, st_no, ln) for n, (st_no, ln) in enumerate(lines) if keys[n] not in known]
        dates = [ln.date for _n, ln in lines]
        if not fresh:
            return ImportResult(None, kind, len(statements), 0, len(lines), min(dates),
                                max(dates))
        rec = last_done(s, acc.id)
        if rec is not None:
            early = [ln for _n, _st, ln in fresh if ln.date <= rec.statement_date]
            if early:
                ln = early[0]
                raise ValidationError(_(
                    "{count} new line(s) fall on or before {date}, which is reconciled and "
                    "finished (the first: {day}, {amount}, '{text}'). Reopen that "
                    "reconciliation first, if the bank really added them.",
                    count=len(early), date=rec.statement_date, day=ln.date, amount=ln.amount,
                    text=ln.description), "date")
        sha = hashlib.sha256(data).hexdigest()
        imp = BankImport(bank_account_id=acc.id, filename=filename[:255], sha256=sha,
                         format=kind, mapping=name, lines_new=len(fresh),
                         lines_known=len(lines) - len(fresh), imported_by=tx.actor.username,
                         imported_at=now())
        s.add(imp)
        s.flush()
        statement_ids: dict[int, int] = {}
        for st_no, st in enumerate(statements):
            count = sum(1 for _n, no, _ln in fresh if no == st_no)
            if not count:
                continue
            where = filename
            row = BankStatement(
                bank_account_id=acc.id, import_id=imp.id, start=st.start, end=st.end,
                opening=None if st.opening is None else _exact(st.opening, cur, where),
                closing=None if st.closing is None else _exact(st.closing, cur, where),
                lines=count)
            s.add(row)
            s.flush()
            statement_ids[st_no] = row.id
        rows: list[dict[str, Any]] = []
        for done, (n, st_no, ln) in enumerate(fresh, 1):
            where = _("line {line}", line=ln.source_line or n + 1)
            rows.append({
                "bank_account_id": acc.id, "statement_id": statement_ids[st_no],
                "date": ln.date, "value_date": ln.value_date,
                "amount": _exact(ln.amount, cur, where), "description": ln.description,
                "reference": (ln.reference or None) and ln.reference[:100],
                "bank_id": (ln.bank_id or None) and ln.bank_id[:100],
                "counterparty": (ln.counterparty or None) and ln.counterparty[:200],
                "balance": None if ln.balance is None else _exact(ln.balance, cur, where),
                "fingerprint": keys[n], "source_line": ln.source_line, "match_id": None})
            if progress is not None and done % 2000 == 0:
                progress(done, len(fresh))
        s.execute(insert(BankLineRow), rows)
        first, last = min(ln.date for _n, _s, ln in fresh), max(ln.date for _n, _s, ln in fresh)
        tx.audit("bank.import", "bank_account", acc.code, file=filename, sha256=sha,
                 format=kind, mapping=name, new=len(fresh), known=len(lines) - len(fresh),
                 first=first, last=last, mismatch=problems or None,
                 total=str(from_minor(sum(r["amount"] for r in rows), cur)))
        if progress is not None:
            progress(len(fresh), len(fresh))
        return ImportResult(imp.id, kind, len(statements), len(fresh), len(lines) - len(fresh),
                            first, last)
