"""Import journal entries, or a year's opening balances, from Excel or CSV.

The file is read with the member import's reader (CSV with any delimiter and encoding, or
.xlsx), its columns found by their names in English, Spanish, French or Swahili. Every row is
checked before anything is written; each problem names its row and field as the spreadsheet
shows them. Then all entries are posted in one transaction, or none. A file is remembered by
its content, so importing it twice is refused.

Columns: date, entry (rows with the same entry number form one entry; without it, rows with the
same date and description do), description, account, member, debit, credit, memo, reference.
A file without dates holds opening balances for the year given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from coopdesk.core.access import Permission
from coopdesk.core.errors import Problem, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import parse_amount, to_minor
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import services as books
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members.import_parse import CellError, key, parse_date
from coopdesk.members.importer import RawTable, read_table
from coopdesk.members.models import Member

SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("date", "fecha", "tarehe", "day"),
    "entry": ("entry", "entry no", "entry number", "voucher", "asiento", "no asiento",
              "comprobante", "piece", "no piece", "numero de piece", "ecriture", "number",
              "numero", "no", "nambari"),
    "description": ("description", "descripcion", "detalle", "concepto", "glosa", "libelle",
                    "maelezo", "narration"),
    "account": ("account", "account code", "cuenta", "codigo cuenta", "compte", "no compte",
                "numero de compte", "akaunti", "code"),
    "member": ("member", "member no", "member number", "socio", "no socio", "asociado", "membre",
               "no membre", "mwanachama"),
    "debit": ("debit", "debito", "debe", "cargo", "dr", "debiti"),
    "credit": ("credit", "credito", "haber", "abono", "cr", "krediti"),
    "memo": ("memo", "note", "nota", "observacion", "remarque", "maoni"),
    "reference": ("reference", "ref", "referencia", "documento", "justificatif", "kumbukumbu"),
}
MAX_SHOWN = 50
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class JournalFile:
    """A read and checked file: the entries to post, or the problems found."""

    filename: str
    sha256: str
    entries: list[EntryInput]
    problems: list[Problem]
    opening: bool
    rows: int


def guess_columns(headers: list[str]) -> dict[str, str]:
    """field -> header, by exact (folded) synonym."""
    found: dict[str, str] = {}
    for header in headers:
        k = key(header)
        for field, words in SYNONYMS.items():
            if field not in found and k in words:
                found[field] = header
    return found


def read_journal(uow: UnitOfWork, path: Path, year: str | None = None) -> JournalFile:
    """Read and check a file of entries (or of opening balances, for ``year``)."""
    table = read_table(Path(path))
    return check_table(uow, table, year)


def check_table(uow: UnitOfWork, table: RawTable, year: str | None = None) -> JournalFile:
    cols = guess_columns(table.headers)
    missing = [f for f in ("account", "debit", "credit") if f not in cols]
    if missing:
        raise ValidationError(_("{file} has no column for: {fields}. The first row must name "
                                "the columns (account, debit, credit; and date for entries).",
                                file=table.filename, fields=", ".join(missing)))
    opening = "date" not in cols
    with uow.read() as s:
        cur = s.get_one(Cooperative, 1).currency
        accounts = {a.code: a for a in s.scalars(select(Account))}
        members = set(s.scalars(select(Member.number)))
        start: dt.date | None = None
        if opening:
            if year is None:
                raise ValidationError(_("{file} has no date column, so it holds opening "
                                        "balances: say for which fiscal year.",
                                        file=table.filename), "year")
            y = s.scalar(select(FiscalYear).where(FiscalYear.name == year))
            if y is None:
                raise ValidationError(_("There is no fiscal year {year}.", year=year), "year")
            start = y.start
    index = {f: table.headers.index(h) for f, h in cols.items()}
    problems: list[Problem] = []
    groups: dict[tuple[object, ...], list[tuple[int, LineInput, dt.date, str, str]]] = {}
    spoiled: set[tuple[object, ...]] = set()

    def cell(row: list[str], field: str) -> str:
        i = index.get(field)
        return " ".join(row[i].split()) if i is not None and i < len(row) else ""

    for n, row in enumerate(table.rows):
        rowno = table.row_number(n)
        bad = len(problems)

        def problem(field: str, message: str, rowno: int = rowno) -> None:
            problems.append(Problem(rowno, cols.get(field, field), message))

        day: dt.date | None = start
        if not opening:
            try:
                day = parse_date(cell(row, "date"))
            except CellError as exc:
                problem("date", exc.message)
            if day is None and len(problems) == bad:
                problem("date", _("The date is missing."))
        code = cell(row, "account")
        acc = accounts.get(code)
        if not code:
            problem("account", _("The account is missing."))
        elif acc is None:
            problem("account", _("There is no account {code}.", code=code))
        elif not acc.postable or not acc.active:
            problem("account", _("Account {code} is a heading or closed; choose an account "
                                 "under it.", code=code))
        elif opening and acc.kind in ("income", "expense"):
            problem("account", _("Account {code} is income or expense; opening balances are "
                                 "for assets, liabilities and equity.", code=code))
        member: int | None = None
        text = cell(row, "member")
        if text:
            try:
                member = int(Decimal(text))
            except ArithmeticError:
                problem("member", _("'{value}' is not a member number.", value=text))
            else:
                if member not in members:
                    problem("member", _("There is no member number {number}.", number=member))
                elif acc is not None and not acc.member_ledger:
                    problem("member", _("Account {code} does not keep members' accounts.",
                                        code=code))
        elif acc is not None and acc.member_ledger:
            problem("member", _("Account {code} keeps a member's account; say which member.",
                                code=code))
        amounts: list[Decimal] = []
        for field in ("debit", "credit"):
            raw = cell(row, field)
            try:
                value = parse_amount(raw, cur) if raw else Decimal(0)
                to_minor(value, cur)
            except (ValidationError, ArithmeticError) as exc:
                problem(field, getattr(exc, "message", str(exc)))
                value = Decimal(0)
            if value < 0:
                problem(field, _("Amounts are never negative; put the amount on the other "
                                 "side instead."))
            amounts.append(value)
        debit, credit = amounts
        if (debit > 0) == (credit > 0) and len(problems) == bad:
            problem("debit", _("Give a debit or a credit, not both and not neither."))
        description = cell(row, "description")
        group = ("opening",) if opening else (
            ("n", cell(row, "entry")) if cell(row, "entry") else ("d", day, description))
        if len(problems) > bad or day is None:
            spoiled.add(group)  # its balance is not checked: the row's own problem says enough
            continue
        line = LineInput(code, debit, credit, member, cell(row, "memo") or None)
        # (row, line, date, description, reference): tuples, light at 300,000 rows
        groups.setdefault(group, []).append((rowno, line, day, description,
                                             cell(row, "reference")))
    entries: list[EntryInput] = []
    while groups:
        g, rows = groups.popitem()  # the last first; each group is let go once an entry
        if g in spoiled:
            continue
        first_row, last_row = rows[0][0], rows[-1][0]
        dates = {r[2] for r in rows}
        where = _("rows {first}–{last}", first=first_row, last=last_row)
        if len(dates) > 1:
            problems.append(Problem(first_row, cols.get("date"), _(
                "Entry {entry} ({rows}) has more than one date.", entry=g[-1], rows=where)))
            continue
        lines = tuple(r[1] for r in rows)
        debit = sum((ln.debit for ln in lines), Decimal(0))
        credit = sum((ln.credit for ln in lines), Decimal(0))
        if debit != credit:
            label = _("The opening balances") if opening else _("Entry {entry}",
                                                                entry=g[-1] or first_row)
            problems.append(Problem(first_row, None, _(
                "{what} ({rows}) does not balance: debits {debit}, credits {credit}, difference "
                "{diff}.", what=label, rows=where, debit=debit, credit=credit,
                diff=abs(debit - credit))))
            continue
        if len(lines) < 2:
            problems.append(Problem(first_row, None, _("An entry needs at least two lines.")))
            continue
        description = next((r[3] for r in rows if r[3]), "")
        if not description:
            description = (_("Opening balances {year}", year=year) if opening else
                           _("Imported from {file}", file=table.filename))
        entries.append(EntryInput(rows[0][2], description, lines,
                                  next((r[4] for r in rows if r[4]), None) or None,
                                  uid=f"import:{table.sha256[:16]}:{len(entries) + 1}"))
    entries.reverse()  # back to the file's order
    problems.sort(key=lambda p: (p.row or 0))
    return JournalFile(table.filename, table.sha256, entries, problems, opening,
                       len(table.rows))


def import_journal(uow: UnitOfWork, checked: JournalFile) -> int:
    """Post every entry of a checked file in one transaction; returns how many."""
    if checked.problems:
        shown = [str(p) for p in checked.problems[:MAX_SHOWN]]
        if len(checked.problems) > MAX_SHOWN:
            shown.append(_("… and {count} more problems.",
                           count=len(checked.problems) - MAX_SHOWN))
        raise ValidationError(_("Nothing was imported from {file}; fix these rows first:",
                                file=checked.filename) + "\n" + "\n".join(shown))
    if not checked.entries:
        raise ValidationError(_("{file} holds no entries.", file=checked.filename))
    ref = checked.sha256[:40]
    with uow.write(Permission.LEDGER_POST, "ledger") as tx:
        s = tx.session
        done = s.scalar(select(JournalEntry.posted_at).where(JournalEntry.source.in_(
                                                             ("import", books.OPENING)),
                                                             JournalEntry.source_ref == ref)
                        .limit(1))
        if done is not None:
            raise ValidationError(_("{file} was already imported on {date}; nothing was "
                                    "imported again.", file=checked.filename,
                                    date=done.date().isoformat()))
        if checked.opening:
            prior = s.scalar(select(JournalEntry.number).where(
                JournalEntry.source == books.OPENING, JournalEntry.date ==
                checked.entries[0].date, JournalEntry.status == books.POSTED))
            if prior is not None:
                raise ValidationError(_("This year already has its opening balances (entry "
                                        "{number}); reverse that entry first to enter them "
                                        "again.", number=prior))
        count = books.post_batch(tx, checked.entries,
                                 source=books.OPENING if checked.opening else "import",
                                 source_ref=ref)
        tx.audit("ledger.import", "import", ref, file=checked.filename, entries=count,
                 opening=checked.opening)
        return count
