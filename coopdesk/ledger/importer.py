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
import sys
from collections.abc import Callable, Iterator
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


ZERO = Decimal(0)


class _Group:
    """The rows of one entry as they are read: lines, the first description and reference."""

    __slots__ = ("day", "description", "first_row", "last_row", "lines", "many_dates",
                 "reference")

    def __init__(self, first_row: int, day: dt.date) -> None:
        self.first_row = self.last_row = first_row
        self.day = day
        self.lines: list[LineInput] = []
        self.description = self.reference = ""
        self.many_dates = False

    def add(self, row: int, line: LineInput, day: dt.date, description: str,
            reference: str) -> None:
        self.lines.append(line)
        self.last_row = row
        self.many_dates = self.many_dates or day != self.day
        self.description = self.description or description
        self.reference = self.reference or reference


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
    path = Path(path)
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return _check_csv(uow, path, year)
    table = read_table(path)
    return check_table(uow, table, year, consume=True)


def _lines(text: str) -> Iterator[str]:
    """The lines of a text, one at a time (a StringIO would copy it at four bytes a
    character)."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end + 1
        yield text[start:end]
        start = end


def _check_csv(uow: UnitOfWork, path: Path, year: str | None) -> JournalFile:
    """A CSV file read record by record: a year's journal of 300,000 lines is never held as
    cells, only as the entries it becomes."""
    import csv
    import hashlib

    from coopdesk.members.importer import _CONTROL, _decode, _not_text, _sniff

    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_("Cannot read {file}: {reason}", file=name,
                                reason=exc.strerror or exc)) from exc
    if not data.strip():
        raise ValidationError(_("The file {file} is empty.", file=name))
    sha = hashlib.sha256(data).hexdigest()
    text = _decode(data, name, None)
    del data
    if len(_CONTROL.findall(text, 0, 200_000)) > max(2, min(len(text), 200_000) // 200):
        raise _not_text(name)
    reader = csv.reader(_lines(text), delimiter=_sniff(text))
    records = ((n, [c.strip() for c in rec]) for n, rec in enumerate(reader, 1))
    try:
        headers = next((r for _n, r in records if any(r)), [])
        rows = ((n, r) for n, r in records if any(r))
        return _check_rows(uow, headers, rows, name, sha, year)
    except csv.Error as exc:
        raise ValidationError(_("{file} cannot be read as CSV: {reason}", file=name,
                                reason=exc)) from exc


def check_table(uow: UnitOfWork, table: RawTable, year: str | None = None, *,
                consume: bool = False) -> JournalFile:
    """Check every row. With ``consume`` each row's cells are let go once read, so a large
    file is never held twice (as text and as entries)."""

    def rows() -> Iterator[tuple[int, list[str]]]:
        for n, row in enumerate(table.rows):
            if consume:
                table.rows[n] = []
            yield table.row_number(n), row

    return _check_rows(uow, table.headers, rows(), table.filename, table.sha256, year)


def _check_rows(uow: UnitOfWork, headers: list[str], table_rows: Iterator[tuple[int, list[str]]],
                filename: str, sha256: str, year: str | None) -> JournalFile:
    cols = guess_columns(headers)
    missing = [f for f in ("account", "debit", "credit") if f not in cols]
    if missing:
        raise ValidationError(_("{file} has no column for: {fields}. The first row must name "
                                "the columns (account, debit, credit; and date for entries).",
                                file=filename, fields=", ".join(missing)))
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
                                        file=filename), "year")
            y = s.scalar(select(FiscalYear).where(FiscalYear.name == year))
            if y is None:
                raise ValidationError(_("There is no fiscal year {year}.", year=year), "year")
            start = y.start
    index = {f: headers.index(h) for f, h in cols.items()}
    problems: list[Problem] = []
    groups: dict[tuple[object, ...], _Group] = {}
    spoiled: set[tuple[object, ...]] = set()

    def cell(row: list[str], field: str) -> str:
        i = index.get(field)
        return " ".join(row[i].split()) if i is not None and i < len(row) else ""

    total_rows = 0
    for rowno, row in table_rows:
        total_rows += 1
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
        line = LineInput(sys.intern(code), debit or ZERO, credit or ZERO, member,
                         cell(row, "memo") or None)
        grp = groups.get(group)
        if grp is None:
            groups[group] = grp = _Group(rowno, day)
        grp.add(rowno, line, day, description, cell(row, "reference"))
    entries: list[EntryInput] = []
    while groups:
        g, grp = groups.popitem()  # the last first; each group is let go once an entry
        if g in spoiled:
            continue
        first_row, last_row = grp.first_row, grp.last_row
        where = _("rows {first}–{last}", first=first_row, last=last_row)
        if grp.many_dates:
            problems.append(Problem(first_row, cols.get("date"), _(
                "Entry {entry} ({rows}) has more than one date.", entry=g[-1], rows=where)))
            continue
        lines = tuple(grp.lines)
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
        description = grp.description
        if not description:
            description = (_("Opening balances {year}", year=year) if opening else
                           _("Imported from {file}", file=filename))
        entries.append(EntryInput(grp.day, description, lines, grp.reference or None,
                                  uid=f"import:{sha256[:16]}:{len(entries) + 1}"))
    entries.reverse()  # back to the file's order
    problems.sort(key=lambda p: (p.row or 0))
    if not total_rows:
        raise ValidationError(_("{file} has a header line but no entries below it.",
                                file=filename))
    return JournalFile(filename, sha256, entries, problems, opening, total_rows)


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
