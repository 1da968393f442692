"""SWIFT MT940 (and the MT942-like variants banks export as .sta), read with the mt-940 library.

The library folds every statement of a file into one object, so the file is cut into statements
at each ``:20:`` tag first and each part is parsed alone. Amounts come from it as ``Decimal``.
"""

from __future__ import annotations

import re
from typing import Any

import mt940

from coopdesk.bank.formats.common import decode, fail, line_of
from coopdesk.bank.statement import Statement, StatementLine
from coopdesk.core.i18n import _

_START = re.compile(r"^:20:", re.MULTILINE)
_END = re.compile(r"^-\s*$", re.MULTILINE)
_TXN = re.compile(r"^:61:", re.MULTILINE)
_NONREF = ("NONREF", "")


def looks_like_mt940(text: str) -> bool:
    return bool(_START.search(text)) and bool(re.search(r"^:(60[FM]|61|62[FM]):", text, re.M))


def _blocks(text: str) -> list[tuple[int, str]]:
    starts = [m.start() for m in _START.finditer(text)]
    out = []
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        chunk = text[start:stop]
        end = _END.search(chunk)
        if end:
            chunk = chunk[:end.start()]
        out.append((line_of(text, start), chunk))
    return out


def _balance(data: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if data.get(key) is not None:
            return data[key]
    return None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def parse_mt940(data: bytes) -> list[Statement]:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    blocks = _blocks(text)
    if not blocks:
        raise fail(_("This is not an MT940 statement: no :20: tag."), ":20:")
    statements = []
    for first_line, chunk in blocks:
        txn_lines = [first_line + chunk.count("\n", 0, m.start()) for m in _TXN.finditer(chunk)]
        parsed = mt940.models.Transactions()
        try:
            parsed.parse(chunk)
        except Exception as exc:  # the library raises bare ValueError/KeyError/RuntimeError
            raise fail(_("This MT940 statement cannot be read: {error}",
                         error=str(exc) or type(exc).__name__), "MT940", first_line) from exc
        if len(parsed) != len(txn_lines):
            raise fail(_("{found} of the {count} :61: transactions could be read.",
                         found=len(parsed), count=len(txn_lines)), ":61:", first_line)
        opening = _balance(parsed.data, "final_opening_balance", "intermediate_opening_balance")
        closing = _balance(parsed.data, "final_closing_balance", "intermediate_closing_balance")
        lines = []
        for where, txn in zip(txn_lines, parsed, strict=True):
            lines.append(_line(txn.data, where))
        currency = (opening or closing).amount.currency if (opening or closing) else None
        statements.append(Statement(
            account=_clean(parsed.data.get("account_identification")), currency=currency,
            opening=opening.amount.amount if opening else None,
            closing=closing.amount.amount if closing else None,
            start=_as_date(opening.date) if opening else None,
            end=_as_date(closing.date) if closing else None, lines=tuple(lines)))
    return statements


def _as_date(value: Any) -> Any:
    from datetime import date

    return date(value.year, value.month, value.day)


def _line(d: dict[str, Any], where: int) -> StatementLine:
    amount = d.get("amount")
    if amount is None or d.get("date") is None:
        raise fail(_("the transaction has no amount or date."), ":61:", where)
    value_day = _as_date(d["date"])
    booked = _as_date(d["entry_date"]) if d.get("entry_date") else value_day
    purpose = _clean(d.get("purpose"))
    details = _clean(d.get("transaction_details"))
    extra = _clean(d.get("extra_details"))
    structured = [t for t in (_clean(d.get("posting_text")), purpose) if t]
    description = " / ".join(structured) or details or extra or ""
    customer_ref = _clean(d.get("customer_reference"))
    reference = customer_ref if customer_ref and customer_ref.upper() not in _NONREF else (
        _clean(d.get("end_to_end_reference")))
    return StatementLine(
        date=booked, amount=amount.amount, description=description, reference=reference,
        bank_id=_clean(d.get("bank_reference")), counterparty=_clean(d.get("applicant_name")),
        balance=None, value_date=value_day, source_line=where)
