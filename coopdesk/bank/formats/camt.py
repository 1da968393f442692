"""ISO 20022 CAMT.053 bank-to-customer statements, versions .001.02 to .001.08 (and later
versions of the same message), parsed with defusedxml: no DTD, no entities, no external
references, so a billion-laughs or external-entity file is refused, never expanded.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # only the Element and ParseError types
from datetime import date
from decimal import Decimal

import defusedxml
import defusedxml.ElementTree as SafeET

from coopdesk.bank.formats.common import decimal_of, decode, fail, iso_date, tag_lines
from coopdesk.bank.statement import Statement, StatementLine
from coopdesk.core.i18n import _

NAMESPACE = re.compile(r"^\{(urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d+))\}Document$")
OPENING_CODES = ("OPBD", "PRCD", "ITBD")
CLOSING_CODES = ("CLBD",)
SKIPPED_STATUS = ("PDNG", "INFO", "FUTR")


def camt_version(root_tag: str) -> int | None:
    m = NAMESPACE.match(root_tag)
    return int(m[2]) if m else None


class _Ns:
    def __init__(self, ns: str) -> None:
        self.ns = ns

    def q(self, path: str) -> str:
        return "/".join(f"{{{self.ns}}}{p}" if p not in (".", "..") else p
                        for p in path.split("/"))

    def find(self, el: ET.Element | None, path: str) -> ET.Element | None:
        return None if el is None else el.find(self.q(path))

    def all(self, el: ET.Element, path: str) -> list[ET.Element]:
        return el.findall(self.q(path))

    def text(self, el: ET.Element | None, *paths: str) -> str | None:
        for path in paths:
            found = self.find(el, path)
            if found is not None and found.text and found.text.strip():
                return found.text.strip()
        return None


def parse_camt053(data: bytes) -> list[Statement]:
    """Every ``Stmt`` of a CAMT.053 file; booked entries only (pending ones move no money)."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise fail(_("This XML file declares a DTD or entities, which a bank statement never "
                     "needs; it is refused for safety."), "XML") from exc
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise fail(_("This XML file is damaged: {error}", error=str(exc)), "XML", line) from exc
    version = camt_version(root.tag)
    if version is None:
        raise fail(_("This XML file is not a CAMT.053 bank statement."), "XML")
    ns = _Ns(NAMESPACE.match(root.tag)[1])  # type: ignore[index]
    text = decode(data)
    entry_lines = tag_lines(text, r"<(?:[\w.-]+:)?Ntry[\s>]")
    number = 0
    statements: list[Statement] = []
    for stmt in ns.all(root, "BkToCstmrStmt/Stmt"):
        opening = closing = None
        opening_date = closing_date = None
        currency = ns.text(stmt, "Acct/Ccy")
        for bal in ns.all(stmt, "Bal"):
            code = ns.text(bal, "Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry")
            amount_el = ns.find(bal, "Amt")
            if amount_el is None or amount_el.text is None:
                continue
            value = _signed(ns, bal, amount_el.text, "Bal/Amt", None)
            when_text = ns.text(bal, "Dt/Dt", "Dt/DtTm")
            when = iso_date(when_text, "Bal/Dt", None) if when_text else None
            if code in OPENING_CODES and opening is None:
                opening, opening_date = value, when
                currency = currency or amount_el.get("Ccy")
            elif code in CLOSING_CODES and closing is None:
                closing, closing_date = value, when
                currency = currency or amount_el.get("Ccy")
        lines: list[StatementLine] = []
        for ntry in ns.all(stmt, "Ntry"):
            where = entry_lines[number] if number < len(entry_lines) else None
            number += 1
            status = ns.text(ntry, "Sts/Cd", "Sts")
            if status in SKIPPED_STATUS:
                continue
            lines.append(_entry(ns, ntry, where))
        start_text = ns.text(stmt, "FrToDt/FrDtTm")
        end_text = ns.text(stmt, "FrToDt/ToDtTm")
        statements.append(Statement(
            account=ns.text(stmt, "Acct/Id/IBAN", "Acct/Id/Othr/Id"), currency=currency,
            opening=opening, closing=closing,
            start=iso_date(start_text, "FrDtTm", None) if start_text else opening_date,
            end=iso_date(end_text, "ToDtTm", None) if end_text else closing_date,
            lines=tuple(lines)))
    if not statements:
        raise fail(_("This CAMT.053 file holds no statement."), "Stmt")
    return statements


def _signed(ns: _Ns, el: ET.Element, amount: str, field: str, where: int | None) -> Decimal:
    value = decimal_of(amount, field, where)
    indicator = ns.text(el, "CdtDbtInd")
    if indicator not in ("CRDT", "DBIT"):
        raise fail(_("CdtDbtInd must be CRDT or DBIT, not '{value}'.", value=indicator or ""),
                   "CdtDbtInd", where)
    return -value if indicator == "DBIT" else value


def _entry(ns: _Ns, ntry: ET.Element, where: int | None) -> StatementLine:
    amount_el = ns.find(ntry, "Amt")
    if amount_el is None or not (amount_el.text or "").strip():
        raise fail(_("the entry has no amount."), "Amt", where)
    # CdtDbtInd is the direction of this booking, reversal or not (RvslInd only says why).
    amount = _signed(ns, ntry, amount_el.text or "", "Amt", where)
    booked = ns.text(ntry, "BookgDt/Dt", "BookgDt/DtTm")
    valued = ns.text(ntry, "ValDt/Dt", "ValDt/DtTm")
    if booked is None and valued is None:
        raise fail(_("the entry has no booking date."), "BookgDt", where)
    day = iso_date(booked or valued or "", "BookgDt", where)
    value_day: date | None = iso_date(valued, "ValDt", where) if valued else None
    details = ns.all(ntry, "NtryDtls/TxDtls")
    texts: list[str] = []
    refs: list[str] = []
    parties: list[str] = []
    side = "Dbtr" if amount > 0 else "Cdtr"
    for tx in details:
        texts += [t.text.strip() for t in ns.all(tx, "RmtInf/Ustrd") if t.text and t.text.strip()]
        ref = ns.text(tx, "Refs/EndToEndId", "RmtInf/Strd/CdtrRefInf/Ref", "Refs/InstrId",
                      "Refs/PmtInfId")
        if ref and ref != "NOTPROVIDED":
            refs.append(ref)
        party = ns.text(tx, f"RltdPties/{side}/Nm", f"RltdPties/{side}/Pty/Nm")
        if party:
            parties.append(party)
    info = ns.text(ntry, "AddtlNtryInf")
    if not texts:
        texts = [t for t in [info] if t] or [
            t.text.strip() for tx in details for t in ns.all(tx, "AddtlTxInf")
            if t.text and t.text.strip()]
    counterparty = parties[0] if parties and len(set(parties)) == 1 else None
    description = " / ".join(dict.fromkeys(texts)) or counterparty or ""
    return StatementLine(
        date=day, amount=amount, description=description,
        reference=refs[0] if len(refs) == 1 else ns.text(ntry, "NtryRef"),
        bank_id=ns.text(ntry, "AcctSvcrRef"), counterparty=counterparty, balance=None,
        value_date=value_day, source_line=where)
