"""CSV and Excel statements: a :class:`Mapping` saying which column is what, or none at all.

Without a mapping the header line is found among the metadata lines banks put above it, columns
are recognised by their names in Spanish, French, English or Swahili, the delimiter, the date
format and the decimal separator are inferred from the file. Excel numbers arrive from openpyxl
as float; they are converted through ``str`` (shortest exact repr), never used as float.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from coopdesk.bank.formats.common import ENCODINGS, decode, fail
from coopdesk.bank.statement import Statement, StatementLine, normalise_text
from coopdesk.core.i18n import _

AMOUNT_MODES = ("signed", "debit_credit", "indicator")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("date", "fecha", "tarehe", "transaction date", "transaction_date", "booking date",
             "date operation", "date d'operation", "fecha operacion", "fecha de operacion",
             "completion time", "posting date", "trans date", "date comptable",
             "fecha contable", "datum", "buchungstag", "tarehe ya muamala"),
    "value_date": ("value date", "value_date", "date de valeur", "date valeur", "fecha valor",
                   "fecha de valor", "valuta"),
    "description": ("description", "descripcion", "libelle", "label", "details", "detail",
                    "maelezo", "concepto", "narration", "narrative", "particulars", "memo",
                    "transaction details", "motif", "glosa", "observaciones", "item1"),
    "amount": ("amount", "importe", "monto", "montant", "kiasi", "valor", "betrag",
               "transaction amount"),
    "debit": ("debit", "debito", "debits", "withdrawn", "withdrawal", "withdrawals",
              "paid out", "money out", "cargo", "cargos", "retiro", "retiros", "debe",
              "kutoa", "imetolewa", "sortie", "sorties"),
    "credit": ("credit", "credito", "credits", "paid in", "deposit", "deposits", "money in",
               "abono", "abonos", "haber", "ingreso", "ingresos", "kuweka", "imewekwa",
               "entree", "entrees"),
    "indicator": ("dc", "d c", "cr dr", "dr cr", "debit credit", "sens", "signo", "indicator",
                  "cdtdbtind", "type d c"),
    "balance": ("balance", "saldo", "solde", "salio", "running balance", "solde courant",
                "saldo disponible"),
    "reference": ("reference", "referencia", "ref", "reference1", "receipt no", "receipt",
                  "receipt number", "operation number", "numero d'operation", "cheque",
                  "check number", "numero de cheque", "numero de recibo", "nambari ya risiti"),
    "counterparty": ("partner name", "counterparty", "beneficiary", "beneficiaire",
                     "beneficiario", "payee", "payer", "tiers", "contraparte", "jina"),
    "bank_id": ("transaction id", "transaction_id", "id transaction", "fitid", "bank id",
                "receipt no", "receipt number", "operation number", "id de transaccion"),
    "status": ("transaction status", "status", "estado", "statut", "hali"),
    "currency": ("currency", "moneda", "devise", "sarafu"),
    "account": ("account number", "account_number", "numero de compte", "numero de cuenta",
                "cuenta", "compte", "nambari ya akaunti"),
    "opening": ("initial_balance", "opening balance", "saldo inicial", "solde initial"),
    "closing": ("final_balance", "closing balance", "saldo final", "solde final"),
}

OPENING_PATTERN = (r"balance at (the )?start|opening balance|balance brought forward|"
                   r"solde (initial|d'ouverture|de debut|au debut|precedent)|"
                   r"saldo (inicial|anterior)|salio (la )?(mwanzo|awali|kuanzia)")
CLOSING_PATTERN = (r"balance at (the )?end|closing balance|balance carried forward|"
                   r"solde (final|de cloture|a la fin|fin)|saldo (final|actual)|"
                   r"salio (la )?(mwisho|kufunga)")
ACCOUNT_PATTERN = (r"(account number|account no|numero de compte|n de compte|numero de cuenta|"
                   r"nambari ya akaunti)\s*:?\s*([\w./-]+)")
FAILED_STATUS = ("failed", "cancelled", "canceled", "declined", "rejected", "echoue",
                 "annule", "fallido", "rechazado", "cancelado", "imeshindwa", "imefutwa")
TOTAL_ROW = re.compile(r"^(total|totaux|totales|jumla|sum)\b")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d/%m/%y", "%m/%d/%y", "%d.%m.%Y",
                "%d.%m.%y", "%d-%m-%Y", "%d-%m-%y", "%Y/%m/%d", "%Y%m%d", "%d %b %Y",
                "%d-%b-%Y", "%d-%b-%y", "%d %B %Y")


@dataclass(frozen=True)
class Mapping:
    """How to read one bank's CSV or Excel export; saved per bank (see :meth:`to_dict`).

    Every field is optional: what is not said is inferred. Columns are named by their header
    text (case, accents and punctuation do not matter). ``header_row`` is 1-based, as a
    spreadsheet shows it.
    """

    header_row: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    date_formats: tuple[str, ...] = ()
    decimal: str | None = None
    thousands: str | None = None
    amount_mode: str | None = None
    date_column: str | None = None
    value_date_column: str | None = None
    description_columns: tuple[str, ...] = ()
    amount_column: str | None = None
    debit_column: str | None = None
    credit_column: str | None = None
    indicator_column: str | None = None
    debit_values: tuple[str, ...] = ("D", "DR", "DEBIT", "DBIT", "-")
    credit_values: tuple[str, ...] = ("C", "CR", "CREDIT", "CRDT", "+")
    reference_column: str | None = None
    balance_column: str | None = None
    counterparty_column: str | None = None
    bank_id_column: str | None = None
    currency: str | None = None
    account: str | None = None
    opening_pattern: str | None = None
    closing_pattern: str | None = None

    def __post_init__(self) -> None:
        if self.amount_mode is not None and self.amount_mode not in AMOUNT_MODES:
            raise fail(_("The amount mode must be one of {modes}.",
                         modes=", ".join(AMOUNT_MODES)), "amount_mode")
        if self.encoding is not None and self.encoding not in ENCODINGS:
            raise fail(_("The encoding must be one of {encodings}.",
                         encodings=", ".join(ENCODINGS)), "encoding")

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise fail(_("Unknown mapping setting(s): {names}.", names=", ".join(unknown)),
                       unknown[0])
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                                  for k, v in data.items()}
        return cls(**values)


# --- reading cells -----------------------------------------------------------------------

Cell = object


def _rows_csv(data: bytes, mapping: Mapping) -> list[tuple[int, list[Cell]]]:
    text = decode(data, mapping.encoding)
    delimiter = mapping.delimiter or _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[tuple[int, list[Cell]]] = []
    try:
        for row in reader:
            out.append((reader.line_num, list(row)))
    except csv.Error as exc:
        raise fail(_("This CSV file is damaged: {error}", error=str(exc)), "CSV",
                   reader.line_num) from exc
    return out


def _sniff_delimiter(text: str) -> str:
    sample = [ln for ln in text.splitlines()[:40] if ln.strip()]
    best, best_score = ",", -1
    for candidate in (",", ";", "\t", "|"):
        counts = [ln.count(candidate) for ln in sample]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = candidate, score
    return best


def _rows_xlsx(data: bytes, mapping: Mapping) -> list[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise fail(_("This Excel file cannot be opened: {error}", error=str(exc)),
                   "XLSX") from exc
    try:
        if mapping.sheet is not None:
            if mapping.sheet not in book.sheetnames:
                raise fail(_("The workbook has no sheet '{sheet}'.", sheet=mapping.sheet),
                           "sheet")
            sheet: Any = book[mapping.sheet]
        else:
            sheet = book.worksheets[0]
        return [(number, list(row)) for number, row in
                enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def _cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float):
        return str(value)  # openpyxl gives float: go through str, never compute with it
    return str(value).strip()


def _header_key(text: str) -> str:
    plain = normalise_text(re.sub(r"\(.*?\)|\[.*?\]", " ", text))
    return re.sub(r"[^\w']+", " ", plain).replace("_", "_").strip()


# --- the header and the columns ------------------------------------------------------------

def _find_header(rows: list[tuple[int, list[Cell]]], mapping: Mapping) -> int:
    if mapping.header_row is not None:
        for i, (number, _row) in enumerate(rows):
            if number == mapping.header_row:
                return i
        raise fail(_("The file has no line {line} for the header.", line=mapping.header_row),
                   "header_row")
    for i, (_number, row) in enumerate(rows[:60]):
        keys = {_header_key(_cell_text(c)) for c in row}
        has_date = bool(keys & set(SYNONYMS["date"])) or (
            mapping.date_column is not None and _header_key(mapping.date_column) in keys)
        money = set(SYNONYMS["amount"] + SYNONYMS["debit"] + SYNONYMS["credit"])
        named = {_header_key(c) for c in (mapping.amount_column, mapping.debit_column,
                                          mapping.credit_column) if c}
        if has_date and keys & (money | named):
            return i
    raise fail(_("No header line with a date column and an amount column was found in the "
                 "first 60 lines; this is not a statement coopdesk recognises, or it needs a "
                 "mapping."), "header_row")


def _columns(header: list[Cell], mapping: Mapping) -> dict[str, list[int]]:
    keys = [_header_key(_cell_text(c)) for c in header]
    explicit: dict[str, tuple[str, ...]] = {
        "date": (mapping.date_column,) if mapping.date_column else (),
        "value_date": (mapping.value_date_column,) if mapping.value_date_column else (),
        "description": mapping.description_columns,
        "amount": (mapping.amount_column,) if mapping.amount_column else (),
        "debit": (mapping.debit_column,) if mapping.debit_column else (),
        "credit": (mapping.credit_column,) if mapping.credit_column else (),
        "indicator": (mapping.indicator_column,) if mapping.indicator_column else (),
        "reference": (mapping.reference_column,) if mapping.reference_column else (),
        "balance": (mapping.balance_column,) if mapping.balance_column else (),
        "counterparty": (mapping.counterparty_column,) if mapping.counterparty_column else (),
        "bank_id": (mapping.bank_id_column,) if mapping.bank_id_column else (),
    }
    found: dict[str, list[int]] = {}
    for name, synonyms in SYNONYMS.items():
        wanted = explicit.get(name, ())
        if wanted:
            idx = []
            for column in wanted:
                key = _header_key(column)
                if key not in keys:
                    raise fail(_("The header has no column '{column}'.", column=column), name)
                idx.append(keys.index(key))
            found[name] = idx
            continue
        idx = [i for i, k in enumerate(keys) if k in synonyms]
        if idx:
            found[name] = idx if name == "description" else idx[:1]
    return found


# --- values --------------------------------------------------------------------------------

def _infer_decimal(samples: list[str]) -> str:
    comma = sum(1 for s in samples if re.search(r"\d,\d{1,2}$", s))
    point = sum(1 for s in samples if re.search(r"\d\.\d{1,2}$", s))
    return "," if comma > point else "."


def _amount(value: Cell, decimal: str, thousands: str | None, label: str, line: int,
            field: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise fail(_("'{value}' is not an amount.", value=value), field, line, label)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    text = str(value).strip().replace("\u00a0", "").replace("\u202f", "")
    if not text or text in ("-", "--"):
        return None
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text.endswith("-"):
        negative, text = True, text[:-1]
    text = re.sub(r"^[^\d+\-.,]+|[^\d.,]+$", "", text).replace(" ", "").replace("'", "")
    other = thousands if thousands is not None else ("." if decimal == "," else ",")
    text = text.replace(other, "")
    if decimal != ".":
        text = text.replace(decimal, ".")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise fail(_("'{value}' is not an amount.", value=str(value).strip()), field, line,
                   label) from exc
    if not amount.is_finite():
        raise fail(_("'{value}' is not an amount.", value=str(value).strip()), field, line,
                   label)
    return -amount if negative else amount


def human_date_format(fmt: str) -> str:
    """A strptime format as a person reads it: %d/%m/%Y -> DD/MM/YYYY."""
    return (fmt.replace("%d", "DD").replace("%m", "MM").replace("%Y", "YYYY")
            .replace("%y", "YY").replace("%b", "Mon").replace("%B", "Month"))


def _parse_date(value: Cell, fmt: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _text_date(_cell_text(value), fmt)


@lru_cache(maxsize=8192)
def _text_date(text: str, fmt: str) -> date:
    """A statement's dates repeat (a year has 365 of them): each text is parsed once."""
    # Times after the date (a mobile-money "Completion Time") do not change the day.
    head = re.split(r"[ T](?=\d{1,2}:\d{2})", text, maxsplit=1)[0].strip()
    if fmt == "%Y-%m-%d" and len(head) == 10 and head[4] == head[7] == "-":
        return date.fromisoformat(head)  # raises ValueError as strptime does
    return datetime.strptime(head, fmt).date()


def _choose_format(values: list[Cell], given: tuple[str, ...]) -> list[str]:
    candidates = list(given) or list(DATE_FORMATS)
    # each distinct text once: a format is judged by how many of the file's dates it reads
    texts = list(dict.fromkeys(v for v in values if not isinstance(v, date) and _cell_text(v)))
    if given or not texts:
        return candidates

    def parses(fmt: str) -> int:
        ok = 0
        for v in texts:
            try:
                _parse_date(v, fmt)
                ok += 1
            except ValueError:
                pass
        return ok

    scored = [(parses(fmt), -i, fmt) for i, fmt in enumerate(candidates)]
    best = max(scored)
    return [best[2]] if best[0] else candidates[:1]


def _date_of(value: Cell, formats: list[str], label: str, line: int, field: str) -> date:
    for fmt in formats:
        try:
            return _parse_date(value, fmt)
        except ValueError:
            continue
    raise fail(_("'{value}' is not a date (expected {format}).", value=_cell_text(value),
                 format=" / ".join(human_date_format(f) for f in formats)), field, line, label)


# --- what a mapping editor needs -----------------------------------------------------------

def header_of(data: bytes, kind: str, mapping: Mapping) -> tuple[int, list[str]]:
    """The header line of a CSV/Excel statement (its number, its cells' texts), found as the
    reader finds it (the mapping's ``header_row``, else the first line naming a date and an
    amount)."""
    rows = _rows_xlsx(data, mapping) if kind == "xlsx" else _rows_csv(data, mapping)
    number, cells = rows[_find_header(rows, mapping)]
    return number, [_cell_text(c) for c in cells]


def recognised_columns(names: list[str]) -> dict[str, str]:
    """Which header is which field by the reader's own recognition (the first of each)."""
    found = _columns(list(names), Mapping())
    return {field: names[idx[0]] for field, idx in found.items() if idx}


# --- the reader ----------------------------------------------------------------------------

def parse_table(data: bytes, kind: str, mapping: Mapping | None = None) -> list[Statement]:
    """One statement from a CSV (``kind="csv"``) or Excel (``kind="xlsx"``) file."""
    mapping = mapping or Mapping()
    rows = _rows_xlsx(data, mapping) if kind == "xlsx" else _rows_csv(data, mapping)
    head = _find_header(rows, mapping)
    header = rows[head][1]
    names = [_cell_text(c) for c in header]
    cols = _columns(header, mapping)
    mode = mapping.amount_mode or (
        "indicator" if "amount" in cols and "indicator" in cols else
        "signed" if "amount" in cols else "debit_credit")
    needed = {"signed": ("amount",), "debit_credit": ("debit", "credit"),
              "indicator": ("amount", "indicator")}[mode]
    if "date" not in cols:
        raise fail(_("The header has no date column."), "date", rows[head][0])
    if mode == "debit_credit" and not ({"debit", "credit"} & set(cols)):
        raise fail(_("The header has no amount, debit or credit column."), "amount",
                   rows[head][0])
    if mode != "debit_credit" and any(n not in cols for n in needed):
        missing = next(n for n in needed if n not in cols)
        raise fail(_("The header has no {column} column.", column=missing), missing,
                   rows[head][0])

    def cell(row: list[Cell], name: str) -> Cell:
        idx = cols.get(name)
        return row[idx[0]] if idx and idx[0] < len(row) else None

    def label(name: str) -> str:
        return _("column '{name}'", name=names[cols[name][0]])

    money_cols = [n for n in ("amount", "debit", "credit", "balance", "opening", "closing")
                  if n in cols]
    samples = [_cell_text(cell(r, n)) for _num, r in rows[head + 1:] for n in money_cols]
    decimal = mapping.decimal or _infer_decimal([s for s in samples if s])
    data_rows = rows[head + 1:]
    formats = _choose_format([cell(r, "date") for _n, r in data_rows
                              if not _is_meta(r, mapping)], mapping.date_formats)
    opening_re = re.compile(mapping.opening_pattern or OPENING_PATTERN)
    closing_re = re.compile(mapping.closing_pattern or CLOSING_PATTERN)
    opening = closing = None
    account = mapping.account
    for _number, row in rows[:head]:
        line_text = normalise_text(" ".join(_cell_text(c) for c in row))
        if account is None and (m := re.search(ACCOUNT_PATTERN, line_text)):
            account = m[2]
        opening = opening if opening is not None else _meta_amount(
            row, opening_re, decimal, mapping, _number)
        closing = closing if closing is not None else _meta_amount(
            row, closing_re, decimal, mapping, _number)

    lines: list[StatementLine] = []
    currencies: set[str] = set()
    first_row_opening = last_row_closing = None
    value_formats: list[str] | None = None
    for number, row in data_rows:
        texts = [_cell_text(c) for c in row]
        if not any(texts):
            continue
        joined = normalise_text(" ".join(texts))
        meta_open = _meta_amount(row, opening_re, decimal, mapping, number) if (
            opening_re.search(joined)) else None
        meta_close = _meta_amount(row, closing_re, decimal, mapping, number) if (
            closing_re.search(joined)) else None
        if meta_open is not None or meta_close is not None:
            opening = meta_open if meta_open is not None else opening
            closing = meta_close if meta_close is not None else closing
            continue
        raw_date = cell(row, "date")
        if not _cell_text(raw_date):
            if TOTAL_ROW.match(normalise_text(" ".join(texts))) or not any(
                    _cell_text(cell(row, n)) for n in ("amount", "debit", "credit")):
                continue
            raise fail(_("the row has an amount but no date."), "date", number, label("date"))
        if "status" in cols and normalise_text(_cell_text(cell(row, "status"))) in FAILED_STATUS:
            continue
        day = _date_of(raw_date, formats, label("date"), number, "date")

        def money(name: str, row: list[Cell] = row, number: int = number) -> Decimal | None:
            if name not in cols:
                return None
            return _amount(cell(row, name), decimal, mapping.thousands, label(name), number,
                           name)

        amount = _line_amount(mode, money, cell(row, "indicator") if "indicator" in cols else
                              None, mapping, number, label)
        value_day = None
        if "value_date" in cols and _cell_text(cell(row, "value_date")):
            if value_formats is None:  # chosen once, from every line's value date
                value_formats = _choose_format([cell(r, "value_date") for _n, r in data_rows],
                                               mapping.date_formats)
            value_day = _date_of(cell(row, "value_date"), value_formats, label("value_date"),
                                 number, "value_date")
        parts = [_cell_text(row[i]) for i in cols.get("description", []) if i < len(row)]
        reference = _cell_text(cell(row, "reference")) or None
        counterparty = _cell_text(cell(row, "counterparty")) or None
        description = " / ".join(dict.fromkeys(p for p in parts if p)) or (
            counterparty or reference or "")
        if "currency" in cols and _cell_text(cell(row, "currency")):
            currencies.add(_cell_text(cell(row, "currency")).upper())
        if "account" in cols and account is None:
            account = _cell_text(cell(row, "account")) or None
        if first_row_opening is None:
            first_row_opening = money("opening")
        last_row_closing = money("closing") if "closing" in cols else last_row_closing
        lines.append(StatementLine(
            date=day, amount=amount, description=description, reference=reference,
            bank_id=_cell_text(cell(row, "bank_id")) or None, counterparty=counterparty,
            balance=money("balance"), value_date=value_day, source_line=number))
    if not lines and opening is None and closing is None:
        raise fail(_("The file has a header but no statement lines."), "lines")
    if len(lines) > 1 and lines[0].date > lines[-1].date:
        lines.reverse()  # newest first (mobile money): the balances run oldest first
    opening = opening if opening is not None else first_row_opening
    closing = closing if closing is not None else last_row_closing
    if opening is None and lines and lines[0].balance is not None:
        opening = lines[0].balance - lines[0].amount
    if closing is None and lines and lines[-1].balance is not None:
        closing = lines[-1].balance
    return [Statement(
        account=account, currency=mapping.currency or (
            currencies.pop() if len(currencies) == 1 else None),
        opening=opening, closing=closing, start=min((ln.date for ln in lines), default=None),
        end=max((ln.date for ln in lines), default=None), lines=tuple(lines))]


def _is_meta(row: list[Cell], mapping: Mapping) -> bool:
    text = normalise_text(" ".join(_cell_text(c) for c in row))
    return bool(re.search(mapping.opening_pattern or OPENING_PATTERN, text) or
                re.search(mapping.closing_pattern or CLOSING_PATTERN, text) or
                TOTAL_ROW.match(text))


def _meta_amount(row: list[Cell], pattern: re.Pattern[str], decimal: str, mapping: Mapping,
                 number: int) -> Decimal | None:
    for i, value in enumerate(row):
        if pattern.search(normalise_text(_cell_text(value))):
            for later in row[i + 1:]:
                text = _cell_text(later)
                if text and re.search(r"\d", text):
                    return _amount(later, decimal, mapping.thousands, _("balance"), number,
                                   "balance")
            found = re.search(r"[-+]?[\d.,' ]*\d", _cell_text(value).split(":")[-1])
            if found and ":" in _cell_text(value):
                return _amount(found[0], decimal, mapping.thousands, _("balance"), number,
                               "balance")
    return None


def _line_amount(mode: str, money: Any, indicator: Cell, mapping: Mapping, number: int,
                 label: Any) -> Decimal:
    if mode == "signed":
        amount = money("amount")
    elif mode == "indicator":
        value = money("amount")
        flag = _cell_text(indicator).upper()
        if value is None:
            amount = None
        elif flag in (v.upper() for v in mapping.debit_values):
            amount = -abs(value)
        elif flag in (v.upper() for v in mapping.credit_values):
            amount = abs(value)
        else:
            raise fail(_("'{value}' is neither a debit nor a credit mark.", value=flag),
                       "indicator", number, label("indicator"))
    else:
        debit, credit = money("debit"), money("credit")
        # A debit is money out whatever sign the bank prints it with; a credit is taken as
        # printed, so a negative credit (a correction) is money out.
        amount = None if debit is None and credit is None else (
            (credit or Decimal(0)) - abs(debit or Decimal(0)))
    if amount is None:
        raise fail(_("the row has no amount."), "amount", number)
    return amount
