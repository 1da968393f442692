"""Use cases of the books: the chart, fiscal years and periods, drafts, posting, reversals.

Posted entries are final: numbered without gaps per fiscal year, chained into the audit trail
with a digest of their lines, and corrected only by a reversal that names them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import from_minor, to_minor
from coopdesk.core.uow import UnitOfWork, WriteTx
from coopdesk.ledger.models import (
    Account,
    AccountRole,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Period,
)
from coopdesk.ledger.rules import EntryInput, LineInput, check_entry
from coopdesk.members.models import Member
from coopdesk.members.services import reserve_numbers

POSTED, DRAFT = "posted", "draft"


@dataclass(frozen=True)
class EntryRef:
    year: str
    number: int
    uid: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _currency(session: Session) -> str:
    coop = session.get(Cooperative, 1)
    assert coop is not None
    return coop.currency


# ---- the chart ---------------------------------------------------------------------------------

def install_chart(uow: UnitOfWork, template: str) -> int:
    """Create the accounts of a shipped template; returns how many."""
    from coopdesk.ledger.charts import ROLE_CODES, load_template

    specs = load_template(template)

    with uow.write(Permission.LEDGER_SETUP, "ledger") as tx:
        s = tx.session
        if s.scalar(select(func.count()).select_from(Account)):
            raise ValidationError(_("This cooperative already has a chart of accounts."))
        coop = s.get(Cooperative, 1)
        language = coop.language if coop else "en"
        ids: dict[str, int] = {}
        for spec in specs:
            acc = Account(code=spec.code, name=spec.name(language), kind=spec.kind.value,
                          parent_id=ids.get(spec.parent) if spec.parent else None,
                          postable=spec.postable, active=True,
                          member_ledger=spec.member_ledger.value if spec.member_ledger else None)
            s.add(acc)
            s.flush()
            ids[spec.code] = acc.id
        for role, code in ROLE_CODES.get(template, {}).items():
            s.add(AccountRole(role=role, account_id=ids[code]))
        tx.audit("ledger.chart", "chart", template, accounts=len(specs))
        return len(specs)


def add_account(uow: UnitOfWork, code: str, name: str, parent_code: str,
                member_ledger: str | None = None) -> int:
    """Add an account under a heading of the chart; it takes the heading's kind."""
    code, name = code.strip(), " ".join(name.split())
    if not code or not name:
        raise ValidationError(_("An account needs a code and a name."), "code")
    with uow.write(Permission.LEDGER_SETUP, "ledger") as tx:
        s = tx.session
        parent = s.scalar(select(Account).where(Account.code == parent_code))
        if parent is None:
            raise NotFound(_("There is no account {code}.", code=parent_code))
        if parent.postable:
            raise ValidationError(_("Account {code} takes entries itself; add the new account "
                                    "under a heading.", code=parent_code), "parent")
        if not code.startswith(parent.code):
            raise ValidationError(_("The code of an account under {parent} starts with "
                                    "{parent}.", parent=parent.code), "code")
        if s.scalar(select(Account.id).where(Account.code == code)):
            raise ValidationError(_("There is already an account {code}.", code=code), "code")
        acc = Account(code=code, name=name, kind=parent.kind, parent_id=parent.id,
                      postable=True, member_ledger=member_ledger, active=True)
        s.add(acc)
        s.flush()
        tx.audit("ledger.account", "account", code, name=name, parent=parent.code,
                 kind=parent.kind, member_ledger=member_ledger)
        return acc.id


# ---- fiscal years and periods ------------------------------------------------------------------

def open_fiscal_year(uow: UnitOfWork, name: str, start: dt.date, end: dt.date) -> int:
    """A fiscal year with one period a month."""
    if end <= start:
        raise ValidationError(_("The year must end after it starts."), "end")
    if (end - start).days > 550:
        raise ValidationError(_("A fiscal year lasts at most eighteen months."), "end")
    with uow.write(Permission.LEDGER_SETUP, "ledger") as tx:
        s = tx.session
        clash = s.scalar(select(FiscalYear.name).where(FiscalYear.start <= end,
                                                       FiscalYear.end >= start))
        if clash:
            raise ValidationError(_("These dates overlap the fiscal year {name}.", name=clash),
                                  "start")
        if s.scalar(select(FiscalYear.id).where(FiscalYear.name == name.strip())):
            raise ValidationError(_("There is already a fiscal year {name}.", name=name),
                                  "name")
        year = FiscalYear(name=name.strip(), start=start, end=end, closed=False)
        s.add(year)
        s.flush()
        first = start
        while first <= end:
            nxt = (first.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            s.add(Period(year_id=year.id, start=first, end=min(end, nxt - dt.timedelta(days=1)),
                         closed=False))
            first = nxt
        tx.audit("ledger.year", "fiscal_year", year.name, start=start, end=end)
        return year.id


def close_period(uow: UnitOfWork, year: str, month_start: dt.date) -> None:
    """Close a period: nothing more can be posted into it. Earlier periods close first."""
    with uow.write(Permission.PERIOD_CLOSE, "ledger") as tx:
        s = tx.session
        y = _year(s, year)
        period = s.scalar(select(Period).where(Period.year_id == y.id,
                                               Period.start == month_start))
        if period is None:
            raise NotFound(_("Fiscal year {year} has no period starting {date}.", year=year,
                             date=month_start.isoformat()))
        open_before = s.scalar(select(func.count()).select_from(Period).where(
            Period.year_id == y.id, Period.start < period.start, Period.closed.is_(False)))
        if open_before:
            raise ValidationError(_("Close the earlier periods of {year} first.", year=year))
        if period.closed:
            raise ValidationError(_("The period starting {date} is already closed.",
                                    date=month_start.isoformat()))
        period.closed = True
        tx.audit("ledger.close_period", "period", f"{year}:{month_start.isoformat()}",
                 start=period.start, end=period.end)


def _year(session: Session, name: str) -> FiscalYear:
    y = session.scalar(select(FiscalYear).where(FiscalYear.name == name))
    if y is None:
        raise NotFound(_("There is no fiscal year {year}.", year=name))
    return y


def _year_of(session: Session, day: dt.date) -> FiscalYear:
    year = session.scalar(select(FiscalYear).where(FiscalYear.start <= day,
                                                   FiscalYear.end >= day))
    if year is None:
        raise ValidationError(_("No fiscal year covers {date}; open one first.",
                                date=day.isoformat()), "date")
    return year


def _open_period(session: Session, day: dt.date) -> tuple[FiscalYear, Period]:
    year = _year_of(session, day)
    period = session.scalar(select(Period).where(Period.year_id == year.id,
                                                 Period.start <= day, Period.end >= day))
    assert period is not None, "a fiscal year's periods cover it"
    if year.closed or period.closed:
        raise ValidationError(_("The period of {date} is closed; post into an open period, "
                                "or record a correction in the current one.",
                                date=day.isoformat()), "date")
    return year, period


# ---- entries -----------------------------------------------------------------------------------

def _raise_entry_problems(problems: list[tuple[int | None, str, str]]) -> None:
    if problems:
        raise ValidationError("\n".join(m for _n, _f, m in problems), problems[0][1])


def _lines(session: Session, lines: tuple[LineInput, ...], currency: str,
           strict: bool) -> list[JournalLine]:
    """Lines checked against the chart: postable, active accounts; a member on every member
    control account, and only there."""
    return [JournalLine(**row) for row in _line_rows(session, lines, currency, strict)]


def _line_rows(session: Session, lines: tuple[LineInput, ...], currency: str,
               strict: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    codes = {ln.account for ln in lines}
    accounts = {a.code: a for a in session.scalars(select(Account).where(Account.code.in_(codes)))}
    numbers = {ln.member for ln in lines if ln.member is not None}
    if len(numbers) > 500:  # a distribution's entry names thousands: read the whole list
        members = {n: i for n, i in session.execute(select(Member.number, Member.id))}
    else:
        members = {n: i for n, i in session.execute(
            select(Member.number, Member.id).where(Member.number.in_(numbers)))} if numbers \
            else {}
    problems: list[str] = []
    for n, ln in enumerate(lines, 1):
        acc = accounts.get(ln.account)
        if acc is None:
            problems.append(_("Line {n}: there is no account {code}.", n=n, code=ln.account))
            continue
        if strict and (not acc.postable or not acc.active):
            problems.append(_("Line {n}: account {code} is a heading or closed; choose an "
                              "account under it.", n=n, code=acc.code))
        if strict and acc.member_ledger and ln.member is None:
            problems.append(_("Line {n}: account {code} ({name}) keeps a member's account; say "
                              "which member.", n=n, code=acc.code, name=acc.name))
        if ln.member is not None and not acc.member_ledger:
            problems.append(_("Line {n}: account {code} does not keep members' accounts; "
                              "remove the member or choose a member account.", n=n,
                              code=acc.code))
        if ln.member is not None and ln.member not in members:
            problems.append(_("Line {n}: there is no member number {number}.", n=n,
                              number=ln.member))
        try:
            debit, credit = to_minor(ln.debit, currency), to_minor(ln.credit, currency)
        except ValidationError as exc:
            problems.append(_("Line {n}: {reason}", n=n, reason=exc.message))
            continue
        out.append({"line_no": n, "account_id": acc.id, "debit": debit, "credit": credit,
                    "member_id": members.get(ln.member) if ln.member else None,
                    "memo": ln.memo})
    if problems:
        raise ValidationError("\n".join(problems), "lines")
    return out


def _state(e: JournalEntry, codes: dict[int, str], numbers: dict[int, int],
           reverses: str | None) -> dict[str, Any]:
    return {"uid": e.uid, "year": e.year_id, "number": e.number, "date": e.date,
            "description": e.description, "reference": e.reference, "status": e.status,
            "reverses": reverses,
            "lines": [[ln.line_no, codes[ln.account_id],
                       numbers.get(ln.member_id) if ln.member_id else None,
                       ln.debit, ln.credit, ln.memo] for ln in e.lines]}


def entry_state(session: Session, e: JournalEntry) -> dict[str, Any]:
    """What a posted entry's digest covers."""
    codes = {i: c for i, c in session.execute(select(Account.id, Account.code).where(
        Account.id.in_({ln.account_id for ln in e.lines})))}
    member_ids = {ln.member_id for ln in e.lines if ln.member_id}
    numbers = {i: n for i, n in session.execute(select(Member.id, Member.number).where(
        Member.id.in_(member_ids)))} if member_ids else {}
    reverses = session.get(JournalEntry, e.reverses_id) if e.reverses_id else None
    return _state(e, codes, numbers, reverses.uid if reverses else None)


def _post(tx: WriteTx, e: JournalEntry, year: FiscalYear) -> EntryRef:
    s = tx.session
    e.number = reserve_numbers(s, f"journal:{year.id}", 1)
    e.status, e.posted_by, e.posted_at = POSTED, tx.actor.username, _now()
    s.flush()
    state = entry_state(s, e)
    tx.audit("ledger.post", "journal_entry", e.uid, digest=audit.digest(state), after=state)
    tx.touch("ledger")
    return EntryRef(year.name, e.number, e.uid)


def post_in(tx: WriteTx, entry: EntryInput, *, source: str | None = None,
            source_ref: str | None = None, allow_closed: bool = False
            ) -> tuple[JournalEntry, EntryRef]:
    """Check and post an entry inside a write that is already open (the share register, the
    cash book and production post this way, so their record and its entry commit together).
    Posting the same ``uid`` again returns the entry already posted."""
    _raise_entry_problems(check_entry(entry))
    uid = entry.uid or str(uuid.uuid4())
    s = tx.session
    existing = s.scalar(select(JournalEntry).where(JournalEntry.uid == uid))
    if existing is not None:
        if existing.status == POSTED and existing.number is not None:
            year = s.get(FiscalYear, existing.year_id)
            assert year is not None
            return existing, EntryRef(year.name, existing.number, uid)
        raise ValidationError(_("A draft with this identifier exists; post the draft."))
    if allow_closed:
        year = _year_of(s, entry.date)
    else:
        year, _period = _open_period(s, entry.date)
    e = JournalEntry(uid=uid, year_id=year.id, date=entry.date,
                     description=entry.description.strip(), reference=entry.reference,
                     status=DRAFT, created_by=tx.actor.username, created_at=_now(),
                     source=source, source_ref=source_ref)
    rows = _line_rows(s, entry.lines, _currency(s), strict=True)
    if len(rows) < LARGE:
        e.lines = [JournalLine(**row) for row in rows]
        s.add(e)
        s.flush()
        return e, _post(tx, e, year)
    return e, _post_large(tx, e, year, rows)


# An entry with more lines than this (a distribution to every member, its payout) is written
# with one Core insert instead of an ORM object per line: seconds instead of a minute.
LARGE = 500


def _post_large(tx: WriteTx, e: JournalEntry, year: FiscalYear,
                rows: list[dict[str, Any]]) -> EntryRef:
    from sqlalchemy import insert

    s = tx.session
    s.add(e)
    s.flush()
    s.execute(insert(JournalLine), [{**row, "entry_id": e.id} for row in rows])
    s.expire(e, ["lines"])
    e.number = reserve_numbers(s, f"journal:{year.id}", 1)
    e.status, e.posted_by, e.posted_at = POSTED, tx.actor.username, _now()
    s.flush()
    codes = {i: c for i, c in s.execute(select(Account.id, Account.code).where(
        Account.id.in_({row["account_id"] for row in rows})))}
    numbers = {i: n for i, n in s.execute(select(Member.id, Member.number))}
    state = {"uid": e.uid, "year": e.year_id, "number": e.number, "date": e.date,
             "description": e.description, "reference": e.reference, "status": e.status,
             "reverses": None,
             "lines": [[row["line_no"], codes[row["account_id"]],
                        numbers.get(row["member_id"]) if row["member_id"] else None,
                        row["debit"], row["credit"], row["memo"]] for row in rows]}
    tx.audit("ledger.post", "journal_entry", e.uid, digest=audit.digest(state), after=state)
    tx.touch("ledger")
    return EntryRef(year.name, e.number, e.uid)


def post_entry(uow: UnitOfWork, entry: EntryInput) -> EntryRef:
    """Check and post an entry in one step. On PostgreSQL the post runs serializable and is
    retried on conflict; its client-made ``uid`` keeps a retried post from posting twice."""
    _raise_entry_problems(check_entry(entry))
    entry = entry if entry.uid else replace(entry, uid=str(uuid.uuid4()))
    return uow.transact(Permission.LEDGER_POST, ("ledger",),
                        lambda tx: post_in(tx, entry)[1])


def save_draft(uow: UnitOfWork, entry: EntryInput) -> str:
    """Keep an entry unfinished (it may not balance yet); returns its uid. Saving the same uid
    again replaces the draft. Drafts are not in the books and not in the chain."""
    uid = entry.uid or str(uuid.uuid4())
    with uow.write(Permission.LEDGER_POST, "ledger") as tx:
        s = tx.session
        e = s.scalar(select(JournalEntry).where(JournalEntry.uid == uid))
        if e is not None and e.status == POSTED:
            raise ValidationError(_("This entry is posted; correct it with a reversal."))
        year = s.scalar(select(FiscalYear).where(FiscalYear.start <= entry.date,
                                                 FiscalYear.end >= entry.date))
        if year is None:
            raise ValidationError(_("No fiscal year covers {date}; open one first.",
                                    date=entry.date.isoformat()), "date")
        if e is None:
            e = JournalEntry(uid=uid, status=DRAFT, created_by=tx.actor.username,
                             created_at=_now(), year_id=year.id, date=entry.date,
                             description="")
            s.add(e)
        e.year_id, e.date = year.id, entry.date
        e.description, e.reference = entry.description.strip(), entry.reference
        e.lines = _lines(s, entry.lines, _currency(s), strict=False)
        s.flush()
        tx.audit("ledger.draft", "draft", uid, description=e.description,
                 lines=len(e.lines))
        tx.touch("ledger")
        return uid


def post_draft(uow: UnitOfWork, uid: str) -> EntryRef:
    return uow.transact(Permission.LEDGER_POST, ("ledger",), lambda tx: _post_draft(tx, uid))


def _post_draft(tx: WriteTx, uid: str) -> EntryRef:
    s = tx.session
    e = s.scalar(select(JournalEntry).where(JournalEntry.uid == uid))
    if e is None:
        raise NotFound(_("There is no draft {uid}.", uid=uid))
    if e.status == POSTED:
        raise ValidationError(_("This entry is already posted."))
    cur = _currency(s)
    codes = {i: c for i, c in s.execute(select(Account.id, Account.code))}
    numbers = {i: n for i, n in s.execute(select(Member.id, Member.number).where(
        Member.id.in_({ln.member_id for ln in e.lines if ln.member_id})))}
    entry = EntryInput(e.date, e.description, tuple(
        LineInput(codes[ln.account_id], from_minor(ln.debit, cur), from_minor(ln.credit, cur),
                  numbers.get(ln.member_id) if ln.member_id else None, ln.memo)
        for ln in e.lines), e.reference, e.uid)
    _raise_entry_problems(check_entry(entry))
    year, _period = _open_period(s, e.date)
    e.year_id = year.id
    e.lines = _lines(s, entry.lines, cur, strict=True)
    s.flush()
    return _post(tx, e, year)


def delete_draft(uow: UnitOfWork, uid: str) -> None:
    with uow.write(Permission.LEDGER_POST, "ledger") as tx:
        e = tx.session.scalar(select(JournalEntry).where(JournalEntry.uid == uid))
        if e is None:
            raise NotFound(_("There is no draft {uid}.", uid=uid))
        if e.status == POSTED:
            raise ValidationError(_("A posted entry is never deleted; reverse it instead."))
        tx.session.delete(e)
        tx.audit("ledger.draft_delete", "draft", uid)
        tx.touch("ledger")


# Entries that a domain standing on the books posts and must reverse itself, so its own
# records follow (a distribution, its payouts): source -> what to tell the user instead.
_OWNED_SOURCES: dict[str, Callable[[str | None], str]] = {}


def own_source(source: str, hint: Callable[[str | None], str]) -> None:
    """Entries of ``source`` are reversed by their domain, not from the journal;
    ``hint(source_ref)`` says where (translated)."""
    _OWNED_SOURCES[source] = hint


def reverse_entry(uow: UnitOfWork, year: str, number: int, when: dt.date,
                  reason: str) -> EntryRef:
    """Post the mirror image of a posted entry, linked to it; the original stays as it was."""
    if not reason.strip():
        raise ValidationError(_("Give the reason for the reversal."), "reason")

    def work(tx: WriteTx) -> EntryRef:
        y = _year(tx.session, year)
        orig = tx.session.scalar(select(JournalEntry).where(JournalEntry.year_id == y.id,
                                                            JournalEntry.number == number))
        if orig is not None and orig.source in _OWNED_SOURCES:
            raise ValidationError(_OWNED_SOURCES[orig.source](orig.source_ref), "entry")
        return reverse_in(tx, year, number, when, reason)[1]

    return uow.transact(Permission.LEDGER_POST, ("ledger",), work)


def reverse_in(tx: WriteTx, year: str, number: int, when: dt.date, reason: str
               ) -> tuple[JournalEntry, EntryRef]:
    """Reverse a posted entry inside a write that is already open."""
    s = tx.session
    y = _year(s, year)
    orig = s.scalar(select(JournalEntry).where(JournalEntry.year_id == y.id,
                                               JournalEntry.number == number))
    if orig is None or orig.status != POSTED:
        raise NotFound(_("There is no posted entry {number} in {year}.", number=number,
                         year=year))
    if orig.reverses_id is not None:
        raise ValidationError(_("Entry {number} is itself a reversal; post the original "
                                "again instead.", number=number))
    done = s.scalar(select(JournalEntry.number).where(JournalEntry.reverses_id == orig.id))
    if done is not None:
        raise ValidationError(_("Entry {number} was already reversed by entry {other}.",
                                number=number, other=done))
    target_year, _period = _open_period(s, when)
    rev = JournalEntry(uid=str(uuid.uuid4()), year_id=target_year.id, date=when,
                       description=_("Reversal of entry {number} ({year}): {reason}",
                                     number=number, year=year, reason=reason.strip()),
                       reference=orig.reference, status=DRAFT, reverses_id=orig.id,
                       created_by=tx.actor.username, created_at=_now())
    rev.lines = [JournalLine(line_no=ln.line_no, account_id=ln.account_id,
                             member_id=ln.member_id, debit=ln.credit, credit=ln.debit,
                             memo=ln.memo) for ln in orig.lines]
    rev.source, rev.source_ref = orig.source, orig.source_ref
    s.add(rev)
    s.flush()
    return rev, _post(tx, rev, target_year)


BATCH = 2_000  # entries written per slice by post_batch


def post_batch(tx: WriteTx, entries: list[EntryInput], *, source: str,
               source_ref: str | None = None) -> int:
    """Post many checked entries in one open write, in bulk (an import of a year's journal):
    numbers reserved per fiscal year at once, rows inserted with executemany, one audit event
    per entry appended under one lock of the chain. Returns how many were posted."""
    from sqlalchemy import insert

    s = tx.session
    cur = _currency(s)
    accounts = {a.code: a for a in s.scalars(select(Account))}
    numbers = {ln.member for e in entries for ln in e.lines if ln.member is not None}
    members = {n: i for n, i in s.execute(select(Member.number, Member.id).where(
        Member.number.in_(numbers)))} if numbers else {}
    years = list(s.scalars(select(FiscalYear)))
    closed = {(p.year_id, p.start, p.end) for p in s.scalars(select(Period).where(
        Period.closed.is_(True)))}

    def year_for(day: dt.date) -> FiscalYear:
        for y in years:
            if y.start <= day <= y.end:
                if y.closed or any(yid == y.id and a <= day <= b for yid, a, b in closed):
                    raise ValidationError(_("The period of {date} is closed.",
                                            date=day.isoformat()), "date")
                return y
        raise ValidationError(_("No fiscal year covers {date}; open one first.",
                                date=day.isoformat()), "date")

    order = sorted(range(len(entries)), key=lambda i: entries[i].date)
    by_year: dict[int, list[int]] = {}
    for i in order:
        by_year.setdefault(year_for(entries[i].date).id, []).append(i)
    now, user = _now(), tx.actor.username
    for year_id, idx in by_year.items():
        first = reserve_numbers(s, f"journal:{year_id}", len(idx))
        for start in range(0, len(idx), BATCH):  # in slices: memory stays flat at any size
            part = idx[start:start + BATCH]
            rows = []
            for k, i in enumerate(part, first + start):
                e = entries[i]
                rows.append({"uid": e.uid or str(uuid.uuid4()), "year_id": year_id,
                             "number": k, "date": e.date,
                             "description": e.description.strip(), "reference": e.reference,
                             "status": POSTED, "created_by": user, "created_at": now,
                             "posted_by": user, "posted_at": now, "source": source,
                             "source_ref": source_ref})
            s.execute(insert(JournalEntry), rows)
            # the numbers are unique in the year, so they find the new rows' ids
            ids: dict[int, int] = {int(n or 0): i for n, i in s.execute(
                select(JournalEntry.number, JournalEntry.id).where(
                    JournalEntry.year_id == year_id, JournalEntry.number >= rows[0]["number"],
                    JournalEntry.number <= rows[-1]["number"]))}
            line_rows = []
            events: list[tuple[str, str, object, dict[str, Any]]] = []
            for number, (i, row) in enumerate(zip(part, rows, strict=True), first + start):
                e = entries[i]
                state_lines = []
                for n, ln in enumerate(e.lines, 1):
                    acc = accounts[ln.account]
                    debit, credit = to_minor(ln.debit, cur), to_minor(ln.credit, cur)
                    line_rows.append({"entry_id": ids[number], "line_no": n,
                                      "account_id": acc.id,
                                      "member_id": members.get(ln.member) if ln.member
                                      else None,
                                      "debit": debit, "credit": credit, "memo": ln.memo})
                    state_lines.append([n, acc.code, ln.member, debit, credit, ln.memo])
                state = {"uid": row["uid"], "year": year_id, "number": row["number"],
                         "date": e.date, "description": row["description"],
                         "reference": e.reference, "status": POSTED, "reverses": None,
                         "lines": state_lines}
                events.append(("ledger.post", "journal_entry", row["uid"],
                               {"digest": audit.digest(state), "after": state}))
            s.execute(insert(JournalLine), line_rows)
            audit.append_many(s, actor=user, events=events)
            s.expunge_all()  # what was flushed is written; keep the session light
    tx.touch("ledger")
    return len(entries)


# ---- roles: which account serves which purpose -------------------------------------------------

def role_account(session: Session, role: str) -> Account:
    """The account the chart uses for ``role`` (cash, bank, gold_sales...)."""
    acc = session.scalar(select(Account).join(AccountRole, AccountRole.account_id == Account.id)
                         .where(AccountRole.role == role))
    if acc is None:
        raise ValidationError(_("The chart of accounts says no account for '{role}'; choose "
                                "one in the books' settings.", role=role), "account")
    return acc


def has_chart(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Account)))


def set_role(uow: UnitOfWork, role: str, code: str) -> None:
    """Choose the account used for a purpose."""
    with uow.write(Permission.LEDGER_SETUP, "ledger") as tx:
        s = tx.session
        acc = s.scalar(select(Account).where(Account.code == code))
        if acc is None:
            raise NotFound(_("There is no account {code}.", code=code))
        if not acc.postable:
            raise ValidationError(_("Account {code} is a heading; choose an account under it.",
                                    code=code), "account")
        row = s.get(AccountRole, role)
        if row is None:
            s.add(AccountRole(role=role, account_id=acc.id))
        else:
            row.account_id = acc.id
        tx.audit("ledger.role", "account_role", role, account=code)


def roles(uow: UnitOfWork) -> dict[str, str]:
    """Every purpose and the code of its account."""
    with uow.read() as s:
        return {r: c for r, c in s.execute(
            select(AccountRole.role, Account.code).join(Account,
                                                        Account.id == AccountRole.account_id))}


# ---- opening balances and year-end closing -------------------------------------------------------

OPENING, CLOSING = "opening", "closing"


def post_opening(uow: UnitOfWork, year: str, lines: tuple[LineInput, ...],
                 uid: str | None = None) -> EntryRef:
    """The balances a cooperative brings from its exercise books, on the first day of a year:
    balance-sheet accounts only, debits equal to credits, once per year."""
    problems: list[str] = []
    with uow.read() as s:
        kinds = {c: k for c, k in s.execute(select(Account.code, Account.kind).where(
            Account.code.in_({ln.account for ln in lines})))}
        y = _year(s, year)
        start = y.start
    for n, ln in enumerate(lines, 1):
        if kinds.get(ln.account) in ("income", "expense"):
            problems.append(_("Line {n}: account {code} is income or expense; opening balances "
                              "are for assets, liabilities and equity.", n=n, code=ln.account))
    if problems:
        raise ValidationError("\n".join(problems), "lines")
    entry = EntryInput(start, _("Opening balances {year}", year=year), lines,
                       uid=uid or str(uuid.uuid4()))

    def work(tx: WriteTx) -> EntryRef:
        s = tx.session
        y = _year(s, year)
        done = s.scalar(select(JournalEntry.number).where(
            JournalEntry.year_id == y.id, JournalEntry.source == OPENING,
            JournalEntry.status == POSTED, JournalEntry.uid != entry.uid,
            JournalEntry.reverses_id.is_(None),
            ~JournalEntry.id.in_(select(JournalEntry.reverses_id).where(
                JournalEntry.reverses_id.is_not(None)))))
        if done is not None:
            raise ValidationError(_("{year} already has its opening balances (entry {number}); "
                                    "reverse that entry first to enter them again.", year=year,
                                    number=done))
        return post_in(tx, entry, source=OPENING, source_ref=year)[1]

    return uow.transact(Permission.LEDGER_POST, ("ledger",), work)


def close_year(uow: UnitOfWork, year: str) -> EntryRef | None:
    """Year-end closing: one entry on the last day moves every income and expense account's
    balance to the result of the year (surplus or loss), ready for its allocation; then every
    period and the year are locked. Returns the closing entry (None when there was no income
    or expense)."""

    def work(tx: WriteTx) -> EntryRef | None:
        s = tx.session
        y = _year(s, year)
        if y.closed:
            raise ValidationError(_("The fiscal year {year} is already closed.", year=year))
        earlier = s.scalar(select(FiscalYear.name).where(FiscalYear.end < y.start,
                                                         FiscalYear.closed.is_(False)))
        if earlier:
            raise ValidationError(_("Close the fiscal year {year} first.", year=earlier))
        drafts = s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.year_id == y.id, JournalEntry.status == DRAFT))
        if drafts:
            raise ValidationError(_("{year} still has {count} draft entries; post or delete "
                                    "them before closing the year.", year=year, count=drafts))
        cur = _currency(s)
        rows = s.execute(
            select(Account.code, func.sum(JournalLine.debit) - func.sum(JournalLine.credit))
            .join(JournalLine, JournalLine.account_id == Account.id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalEntry.status == POSTED, JournalEntry.year_id == y.id,
                   Account.kind.in_(("income", "expense")))
            .group_by(Account.code).order_by(Account.code)).all()
        lines: list[LineInput] = []
        net = 0  # debit minus credit of income and expense: negative is a surplus
        for code, bal in rows:
            bal = int(bal or 0)
            if bal:
                net += bal
                amount = from_minor(abs(bal), cur)
                lines.append(LineInput(code, credit=amount) if bal > 0
                             else LineInput(code, debit=amount))
        ref: EntryRef | None = None
        if lines:
            if net:
                result = role_account(s, "surplus" if net < 0 else "loss")
                amount = from_minor(abs(net), cur)
                lines.append(LineInput(result.code, debit=amount) if net > 0
                             else LineInput(result.code, credit=amount))
            entry = EntryInput(y.end, _("Year-end closing {year}: income and expenses to the "
                                        "result", year=year), tuple(lines),
                               uid=f"closing:{year}")
            _e, ref = post_in(tx, entry, source=CLOSING, source_ref=year, allow_closed=True)
        for period in s.scalars(select(Period).where(Period.year_id == y.id)):
            period.closed = True
        y.closed = True
        tx.audit("ledger.close_year", "fiscal_year", year, result=-net,
                 entry=ref.number if ref else None)
        tx.touch("ledger")
        return ref

    return uow.transact(Permission.PERIOD_CLOSE, ("ledger",), work)


# ---- attachments ---------------------------------------------------------------------------------

MAX_ATTACHMENT = 10_000_000
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"),
          (b"\xff\xd8\xff", "image/jpeg"), (b"II*\x00", "image/tiff"),
          (b"MM\x00*", "image/tiff"), (b"RIFF", "image/webp"))


def attachment_type(data: bytes, filename: str) -> str:
    """The kind of a scanned receipt from its first bytes; only images and PDF are kept."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    raise ValidationError(_("{file} is not a scanned receipt coopdesk can keep; attach a PDF "
                            "or a photo (JPEG, PNG, TIFF, WebP).", file=filename), "attachment")


def attach_in(tx: WriteTx, entry: JournalEntry, filename: str, data: bytes) -> int:
    import hashlib

    from coopdesk.ledger.models import Attachment

    if not data:
        raise ValidationError(_("The file {file} is empty.", file=filename), "attachment")
    if len(data) > MAX_ATTACHMENT:
        raise ValidationError(_("{file} is larger than 10 MB; scan it at a lower resolution.",
                                file=filename), "attachment")
    mime = attachment_type(data, filename)
    sha = hashlib.sha256(data).hexdigest()
    a = Attachment(entry_id=entry.id, filename=filename[-200:], mime=mime, size=len(data),
                   sha256=sha, data=data, added_by=tx.actor.username, added_at=_now())
    tx.session.add(a)
    tx.session.flush()
    tx.audit("ledger.attach", "attachment", a.id, entry=entry.uid, file=a.filename, sha256=sha,
             size=len(data))
    return a.id


def attach(uow: UnitOfWork, year: str, number: int, filename: str, data: bytes) -> int:
    """Attach a scanned receipt to a posted entry (adding evidence never changes the entry)."""
    with uow.write(Permission.LEDGER_POST, "ledger") as tx:
        y = _year(tx.session, year)
        e = tx.session.scalar(select(JournalEntry).where(JournalEntry.year_id == y.id,
                                                         JournalEntry.number == number))
        if e is None:
            raise NotFound(_("There is no posted entry {number} in {year}.", number=number,
                             year=year))
        return attach_in(tx, e, filename, data)


def _entry_digests(session: Session) -> list[tuple[str, str]]:
    codes = {i: c for i, c in session.execute(select(Account.id, Account.code))}
    numbers = {i: n for i, n in session.execute(select(Member.id, Member.number))}
    uids = {i: u for i, u in session.execute(
        select(JournalEntry.id, JournalEntry.uid).where(JournalEntry.status == POSTED))}
    stmt = select(JournalEntry).where(JournalEntry.status == POSTED)
    return [(e.uid, audit.digest(_state(e, codes, numbers,
                                        uids.get(e.reverses_id) if e.reverses_id else None)))
            for e in session.scalars(stmt)]


audit.register_digest_source("journal_entry", _entry_digests, "journal_entry")
