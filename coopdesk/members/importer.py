"""Importing members from a CSV or Excel file: read, map columns, preview every problem, write.

Three steps, each usable alone (the import wizard shows the preview between them, the CLI runs
them in a row):

1. :func:`read_table` turns a file into text cells, or raises a :class:`ValidationError` that
   names the file; it never lets a pandas, openpyxl or codec exception through.
2. :func:`preview` parses every cell and applies the register's rules to every row. It never
   raises on cell content: each problem becomes a :class:`Problem` with its spreadsheet row and
   field. Existing members are loaded once, up front, so 10,000 rows cost no query per row.
3. :func:`import_members` writes the valid rows in one transaction, through the same
   :func:`~coopdesk.members.services.insert_members` with the form's checks, or nothing.

Rows already in the register (same national ID, or same names and birth date) are not
problems: they are skipped, so importing the same file twice creates nobody twice.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from coopdesk.core.access import Permission
from coopdesk.core.errors import BatchInvalid, CoopdeskError, Problem, ValidationError
from coopdesk.core.i18n import N_, _
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import import_parse as ip
from coopdesk.members.import_parse import guess_mapping
from coopdesk.members.models import ImportBatch, Member
from coopdesk.members.queries import list_sites
from coopdesk.members.rules import FIELD_LABELS, MemberInput, Status, clean, fold
from coopdesk.members.services import insert_members

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
T = TypeVar("T")

IMPORT_FIELDS: tuple[str, ...] = (
    "first_names", "last_names", "full_name", "sex", "birth_date", "national_id",
    "miner_card_no", "miner_card_expiry", "phone", "locality", "role", "sites", "join_date",
    "status", "successor_name", "successor_relation", "successor_phone", "payout_method",
    "payout_account", "payout_provider", "consents", "notes",
)
# A column with the full name ("full_name") may stand in for first and last names.
REQUIRED_FIELDS: tuple[str, ...] = ("first_names", "last_names", "sex", "birth_date", "role",
                                    "join_date")
_LABELS = {**FIELD_LABELS, "full_name": N_("Full name")}
_TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls both start so
MAX_BYTES = 100_000_000
_STEP = 200  # rows between two progress reports and cancel checks


def field_label(name: str | None) -> str | None:
    """A field's label in the user's language (an unknown name is shown as it is)."""
    return _(_LABELS[name]) if name in _LABELS else name


# ---- reading the file --------------------------------------------------------------------------

@dataclass(frozen=True)
class RawTable:
    """A file's cells as text. ``row_numbers`` gives each row's number as a spreadsheet shows it
    (blank lines are dropped but still counted)."""

    headers: list[str]
    rows: list[list[str]]
    sha256: str
    filename: str
    row_numbers: list[int] = field(default_factory=list)
    header_row: int = 1

    def row_number(self, index: int) -> int:
        if index < len(self.row_numbers):
            return self.row_numbers[index]
        return self.header_row + 1 + index


def read_table(path: Path, *, sheet: str | int | None = None, encoding: str | None = None,
               header_row: int = 1) -> RawTable:
    """The cells of a CSV (delimiter , ; tab or | found by itself) or Excel (.xlsx) file.

    Without ``sheet``, a workbook's sheet is the one whose first row names the most member
    fields (a register exported by coopdesk has a summary sheet before the members')."""
    path = Path(path)
    name = path.name
    if header_row < 1:
        raise ValidationError(_("The header row must be 1 or more."), "header_row")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError(_("{file} is larger than 100 MB; split it into smaller files.",
                                    file=name))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_("Cannot read {file}: {reason}", file=name,
                                reason=exc.strerror or exc)) from exc
    if not data.strip():
        raise ValidationError(_("The file {file} is empty.", file=name))
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        records = _csv_records(data, name, encoding)
    elif suffix in _EXCEL_SUFFIXES:
        records = _excel_records(data, name, sheet, suffix)
    else:
        raise ValidationError(_("{file} is not a file coopdesk can import; save it as CSV (.csv) "
                                "or Excel (.xlsx).", file=name))
    return _to_table(records, hashlib.sha256(data).hexdigest(), name, header_row)


def _not_text(name: str) -> ValidationError:
    return ValidationError(_("{file} is not a text table (CSV); it looks like another kind of "
                             "file. Save the list as CSV or Excel (.xlsx) and try again.",
                             file=name))


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError as exc:
            raise ValidationError(_("'{encoding}' is not a known text encoding; try utf-8 or "
                                    "cp1252.", encoding=encoding), "encoding") from exc
        except UnicodeDecodeError as exc:
            raise ValidationError(_("{file} is not written in {encoding}; choose another "
                                    "encoding (utf-8, cp1252 or latin-1).", file=name,
                                    encoding=encoding), "encoding") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _not_text(name) from exc
    if b"\x00" in data:
        raise _not_text(name)
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def _sniff(text: str) -> str:
    """The delimiter that splits at least half of the first lines into the same number of
    fields, and the most fields (an unquoted ; or , inside a cell only disturbs a few lines)."""
    lines = [ln for ln in text.splitlines()[:60] if ln.strip()][:30]
    best, best_score = ",", (False, 0, 0)
    for delim in (",", ";", "\t", "|"):
        counts = [len(next(csv.reader([ln], delimiter=delim), [])) for ln in lines]
        if not counts:
            continue
        mode = max(set(counts), key=lambda n: (counts.count(n), n))
        regular = mode > 1 and 2 * counts.count(mode) >= len(counts)
        score = (regular, mode, counts.count(mode))
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_records(data: bytes, name: str, encoding: str | None) -> list[list[str]]:
    text = _decode(data, name, encoding)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise _not_text(name)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff(text))
        return [[c.strip() for c in rec] for rec in reader]
    except csv.Error as exc:
        raise ValidationError(_("{file} cannot be read as CSV: {reason}", file=name,
                                reason=exc)) from exc


def _excel_records(data: bytes, name: str, sheet: str | int | None, suffix: str
                   ) -> list[list[str]]:
    import pandas as pd

    engine: Literal["xlrd", "openpyxl"]
    if suffix == ".xls" or data.startswith(_OLE):
        if data.startswith(_OLE) and suffix != ".xls":
            raise ValidationError(_("{file} is protected by a password or saved in the old "
                                    "Excel format. Remove the password, or save it as .xlsx or "
                                    "CSV, and try again.", file=name))
        engine = "xlrd"
    elif not data.startswith(b"PK"):
        raise ValidationError(_("{file} is not an Excel workbook (.xlsx), or it is damaged. Open "
                                "it in a spreadsheet program and save it as .xlsx or CSV.",
                                file=name))
    else:
        engine = "openpyxl"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pd.ExcelFile(io.BytesIO(data), engine=engine) as book:
                names = [str(n) for n in book.sheet_names]
                if isinstance(sheet, str):
                    found = [n for n in names if fold(n.strip()) == fold(sheet.strip())]
                    if not found:
                        raise ValidationError(_("{file} has no sheet called '{sheet}'; its "
                                                "sheets are: {sheets}.", file=name,
                                                sheet=sheet, sheets=", ".join(names)), "sheet")
                    chosen: str | int = found[0]
                elif sheet is None:
                    chosen = _likeliest_sheet(book, names)
                elif 0 <= sheet < len(names):
                    chosen = sheet
                else:
                    raise ValidationError(_("{file} has {count} sheet(s); there is no sheet "
                                            "number {number}.", file=name, count=len(names),
                                            number=sheet + 1), "sheet")
                frame = book.parse(chosen, header=None, dtype=object, keep_default_na=False)
    except CoopdeskError:
        raise
    except ImportError as exc:
        raise ValidationError(_("{file} is in the old Excel format (.xls). Open it in a "
                                "spreadsheet program and save it as .xlsx or CSV.",
                                file=name)) from exc
    except Exception as exc:  # any reader failure means the same to the user
        raise ValidationError(_("{file} is not an Excel workbook (.xlsx), or it is damaged. Open "
                                "it in a spreadsheet program and save it as .xlsx or CSV.",
                                file=name)) from exc
    return [[ip.cell_text(v).strip() for v in row] for row in frame.to_numpy().tolist()]


def _likeliest_sheet(book: Any, names: list[str]) -> int:
    """The sheet whose first row maps the most member fields; the first one on a tie."""
    best, best_score = 0, 0
    for i in range(len(names)):
        head = book.parse(i, header=None, nrows=1, dtype=object, keep_default_na=False)
        cells = [ip.cell_text(v).strip() for v in (head.to_numpy().tolist() or [[]])[0]]
        score = len(guess_mapping(cells))
        if score > best_score:
            best, best_score = i, score
    return best


def _column_letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _to_table(records: list[list[str]], sha: str, name: str, header_row: int) -> RawTable:
    if header_row > len(records) or not any(records[header_row - 1]):
        raise ValidationError(_("{file} has no header line at row {row}: the first line must "
                                "name the columns (or choose the row that does).", file=name,
                                row=header_row), "header_row")
    rows: list[list[str]] = []
    numbers: list[int] = []
    for i in range(header_row, len(records)):
        if any(records[i]):
            rows.append(records[i])
            numbers.append(i + 1)
    if not rows:
        raise ValidationError(_("{file} has a header line but no members below it.", file=name))
    header = records[header_row - 1]
    width = max(len(header), *(len(r) for r in rows))
    keep = [c for c in range(width) if (c < len(header) and header[c])
            or any(c < len(r) and r[c] for r in rows)]
    headers: list[str] = []
    for c in keep:
        text = header[c] if c < len(header) else ""
        label = text or _("Column {letter}", letter=_column_letter(c))
        n, unique = 2, label
        while unique in headers:
            unique, n = f"{label} ({n})", n + 1
        headers.append(unique)
    cells = [[r[c] if c < len(r) else "" for c in keep] for r in rows]
    return RawTable(headers, cells, sha, name, numbers, header_row)


# ---- preview -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RowResult:
    row: int
    data: MemberInput | None
    status: str
    site_names: tuple[str, ...]
    problems: tuple[Problem, ...]
    duplicate_of: int | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Preview:
    """Every row parsed and checked. The counts split the rows: ``valid_count`` would be
    created, ``duplicate_count`` are sound but already in the register, ``invalid_count`` have
    problems."""

    rows: list[RowResult]
    mapping: dict[str, str]
    problems: list[Problem]
    sha256: str
    filename: str
    already_imported: bool
    today: dt.date

    @property
    def valid_count(self) -> int:
        return sum(1 for r in self.rows if r.valid and r.duplicate_of is None)

    @property
    def invalid_count(self) -> int:
        return sum(1 for r in self.rows if not r.valid)

    @property
    def duplicate_count(self) -> int:
        return sum(1 for r in self.rows if r.valid and r.duplicate_of is not None)

    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for r in self.rows for p in r.problems)]


def _id_key(national_id: str | None) -> str:
    """IDs compared without dots, dashes and spaces ("1.234.567" is "1234567"); an ID of
    punctuation only is compared as written."""
    text = clean(national_id) or ""
    return re.sub(r"[\W_]+", "", text).casefold() or text


def _name_key(last: str, first: str, birth: dt.date) -> tuple[str, str, dt.date]:
    return (" ".join(fold(last).split()), " ".join(fold(first).split()), birth)


@dataclass
class _Register:
    """What the register already holds, loaded once: IDs and names+birth dates to numbers."""

    ids: dict[str, int]
    names: dict[tuple[str, str, dt.date], list[tuple[int, bool]]]

    @classmethod
    def load(cls, session: Session) -> _Register:
        reg = cls({}, {})
        for number, nid, last, first, birth in session.execute(select(
                Member.number, Member.national_id, Member.last_names, Member.first_names,
                Member.birth_date)):
            reg.add(number, nid, last, first, birth)
        return reg

    def add(self, number: int, nid: str | None, last: str, first: str, birth: dt.date) -> None:
        if _id_key(nid):
            self.ids[_id_key(nid)] = number
        self.names.setdefault(_name_key(last, first, birth), []).append(
            (number, bool(_id_key(nid))))

    def find(self, m: MemberInput) -> int | None:
        """The member this record already is: same ID, or same names and birth date when one
        of the two has no ID."""
        nid = _id_key(m.national_id)
        if nid and nid in self.ids:
            return self.ids[nid]
        if m.birth_date is None:
            return None
        for number, has_id in self.names.get(_name_key(m.last_names, m.first_names,
                                                       m.birth_date), []):
            if not (has_id and nid):
                return number
        return None


def _mapping_problems(table: RawTable, mapping: dict[str, str]) -> tuple[list[Problem], set[str]]:
    """Problems of the column choice, and the required fields no column gives."""
    row = table.header_row
    out: list[Problem] = []
    by_column: dict[str, list[str]] = {}
    for name, column in mapping.items():
        if name not in IMPORT_FIELDS:
            out.append(Problem(row, column, _("'{field}' is not a field coopdesk can import; "
                                              "leave this column out.", field=name)))
        elif column not in table.headers:
            out.append(Problem(row, field_label(name), _(
                "The column '{column}' is not in the file; choose another column.",
                column=column)))
        else:
            by_column.setdefault(column, []).append(name)
    for column, names in by_column.items():
        if len(names) > 1:
            out.append(Problem(row, column, _(
                "This column is chosen for {fields}; choose one column for each field.",
                fields=", ".join(f"{field_label(n)}" for n in names))))
    missing = {f for f in REQUIRED_FIELDS if f not in mapping}
    if "full_name" in mapping:
        missing -= {"first_names", "last_names"}
    for name in REQUIRED_FIELDS:
        if name in missing:
            out.append(Problem(row, field_label(name), _(
                "No column is chosen for {field}; choose the column that holds it.",
                field=field_label(name))))
    return out, missing


def preview(uow: UnitOfWork, table: RawTable, mapping: dict[str, str], *,
            today: dt.date | None = None, cancel: Cancel | None = None,
            progress: Progress | None = None) -> Preview:
    """Parse and check every row against the rules and the register; never raises on a cell."""
    today = today or dt.date.today()
    # An existing member number is never imported: the register gives its own numbers.
    mapping = {f: c for f, c in mapping.items() if c and f != "number"}
    problems, missing = _mapping_problems(table, mapping)
    coop = uow.coop()
    sites = {ip.key(s.name): (s.id, s.name) for s in list_sites(uow)}
    with uow.read() as s:
        register = _Register.load(s)
        already = s.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == table.sha256)
                           .limit(1)) is not None
    parser = ip.RowParser(today, coop.minimum_age, sites, "full_name" in mapping)
    columns = {f: table.headers.index(c) for f, c in mapping.items()
               if f in IMPORT_FIELDS and c in table.headers}
    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple[str, str, dt.date], tuple[int, bool]] = {}
    results: list[RowResult] = []
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        if index % _STEP == 0:
            _checkpoint(index, total, cancel, progress)
        row = table.row_number(index)
        values = {f: (cells[c] if c < len(cells) else "") for f, c in columns.items()}
        try:
            results.append(_check_row(parser.parse(values, missing), row, register, seen_ids,
                                      seen_names))
        except Exception as exc:  # never raise on content; say which row
            results.append(RowResult(row, None, "", (), (Problem(row, None, _(
                "This row cannot be read ({error}); check its cells.",
                error=type(exc).__name__)),)))
    _checkpoint(total, total, cancel, progress)
    return Preview(results, mapping, problems, table.sha256, table.filename, already, today)


def _check_row(parsed: tuple[MemberInput, str, tuple[str, ...], list[tuple[str, str]]],
               row: int, register: _Register, seen_ids: dict[str, int],
               seen_names: dict[tuple[str, str, dt.date], tuple[int, bool]]) -> RowResult:
    """A parsed row with its problems labelled, checked against the rows above it (a member
    only once per file) and against the register (``duplicate_of``, not a problem)."""
    inp, status, names, found = parsed
    labelled = [Problem(row, field_label(f), m) for f, m in found]
    nid = _id_key(inp.national_id)
    if nid and nid in seen_ids:
        labelled.append(Problem(row, field_label("national_id"), _(
            "National ID {id} is also on row {other}; a member can be in the file only once. "
            "Correct the ID or delete one of the two rows.", id=inp.national_id,
            other=seen_ids[nid])))
    elif inp.birth_date is not None and clean(inp.last_names):
        name_key = _name_key(inp.last_names, inp.first_names, inp.birth_date)
        other = seen_names.get(name_key)
        if other is not None and not (other[1] and nid):
            name = f"{clean(inp.first_names) or ''} {clean(inp.last_names)}".strip()
            labelled.append(Problem(row, field_label("last_names"), _(
                "{name}, born {date}, is also on row {other}; a member can be in the file only "
                "once. Give both national IDs if they are two people, or delete one of the two "
                "rows.", name=name, date=inp.birth_date.isoformat(), other=other[0])))
        seen_names.setdefault(name_key, (row, bool(nid)))
    if nid:
        seen_ids.setdefault(nid, row)
    return RowResult(row, inp, status, names, tuple(labelled), register.find(inp))


def _checkpoint(done: int, total: int, cancel: Cancel | None, progress: Progress | None) -> None:
    if cancel is not None and cancel():
        raise CoopdeskError(_("Import cancelled; nothing was written."))
    if progress is not None:
        progress(done, total)


# ---- writing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped_duplicates: int
    skipped_invalid: int
    numbers: list[int]


def import_members(uow: UnitOfWork, pv: Preview, *, accept: Literal["all", "valid"],
                   progress: Progress | None = None, cancel: Cancel | None = None
                   ) -> ImportResult:
    """Write the previewed rows in one transaction: ``accept="all"`` only when every row is
    sound, ``"valid"`` to leave the rows with problems out. Members already in the register
    are skipped. Anything that fails (or a cancel) rolls back the whole import."""
    uow.actor.require(Permission.MEMBERS_WRITE)
    invalid = [r for r in pv.rows if not r.valid]
    if pv.problems or (accept == "all" and invalid):
        raise BatchInvalid(pv.all_problems() if accept == "all" else pv.problems)
    todo = [r for r in pv.rows if r.valid and r.duplicate_of is None and r.data is not None]
    numbers: list[int] = []
    skipped = pv.duplicate_count
    with uow.write(Permission.MEMBERS_WRITE, "members") as tx:
        # Read again inside the write: someone may have registered a member since the preview.
        register = _Register.load(tx.session)
        fresh = []
        for r in todo:
            assert r.data is not None and r.data.birth_date is not None
            if register.find(r.data) is not None:
                skipped += 1
                continue
            register.add(0, r.data.national_id, r.data.last_names, r.data.first_names,
                         r.data.birth_date)
            fresh.append(r)
        # Batches keep the progress bar and Cancel alive; the transaction stays one.
        for start in range(0, len(fresh), _STEP):
            _checkpoint(start, len(fresh), cancel, progress)
            part = fresh[start:start + _STEP]
            try:
                made = insert_members(tx, [(r.data, Status(r.status)) for r in part
                                           if r.data is not None], pv.today,
                                      rows=[r.row for r in part])
            except (ValueError, IntegrityError, DataError) as exc:
                raise BatchInvalid([Problem(part[0].row, None, _(
                    "The rows from {row} on could not be written: {reason}", row=part[0].row,
                    reason=str(exc).split("\n")[0]))]) from exc
            numbers.extend(m.number for m in made)
        _checkpoint(len(todo), len(todo), cancel, progress)
        batch = ImportBatch(sha256=pv.sha256, filename=pv.filename[:300],
                            imported_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                            created=len(numbers), skipped=skipped + len(invalid))
        tx.session.add(batch)
        tx.session.flush()
        tx.audit("member.import", "import", batch.id, filename=pv.filename, sha256=pv.sha256,
                 created=len(numbers), skipped=skipped + len(invalid))
    return ImportResult(len(numbers), skipped, len(invalid), numbers)


__all__ = ["IMPORT_FIELDS", "REQUIRED_FIELDS", "ImportResult", "Preview", "RawTable",
           "RowResult", "guess_mapping", "import_members", "preview", "read_table"]
