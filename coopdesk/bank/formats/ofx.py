"""OFX and QFX (SGML 1.x and XML 2.x) read with ofxtools' tolerant tree builder.

ofxtools' strict conversion refuses files real banks send (a bank id one digit too long), so the
tree is walked here instead; amounts are read as ``Decimal`` from the text, and dates are the
bank's own calendar date (the time and zone after it are ignored, not shifted to UTC).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET  # only the Element type; ofxtools builds the tree
from datetime import date

from ofxtools.Parser import OFXTree

from coopdesk.bank.formats.common import decimal_of, decode, fail, iso_date, line_of, tag_lines
from coopdesk.bank.statement import Statement, StatementLine
from coopdesk.core.i18n import _


def _text(el: ET.Element | None, tag: str) -> str | None:
    if el is None:
        return None
    found = el.find(tag)
    if found is None or found.text is None:
        return None
    value = found.text.strip()
    return value or None


def _date(el: ET.Element, tag: str, line: int | None) -> date | None:
    value = _text(el, tag)
    return iso_date(value, tag, line) if value else None


def parse_ofx(data: bytes) -> list[Statement]:
    """Every bank and credit-card statement in an OFX file, in file order.

    OFX gives no opening balance: ``opening`` is None and ``closing`` is the ledger balance.
    """
    text = decode(data)
    last = line_of(text, len(text.rstrip()))
    if not re.search(r"</OFX\s*>", text, re.IGNORECASE):
        raise fail(_("The OFX file is cut short: it ends without </OFX>."), "OFX", last)
    tree = OFXTree()
    try:
        tree.parse(io.BytesIO(data))
    except Exception as exc:  # ofxtools raises ParseError, ValueError, KeyError...
        raise fail(_("This OFX file cannot be read: {error}", error=str(exc) or
                     type(exc).__name__), "OFX") from exc
    root = tree.getroot()
    if root is None:
        raise fail(_("This OFX file holds no bank or credit-card statement."), "OFX")
    trn_lines = tag_lines(text, r"(?i)<STMTTRN>")
    index = 0
    statements: list[Statement] = []
    for rs in root.iter():
        if rs.tag not in ("STMTRS", "CCSTMTRS"):
            continue
        acct = rs.find("BANKACCTFROM")
        if acct is None:
            acct = rs.find("CCACCTFROM")
        lines: list[StatementLine] = []
        starts: list[date] = []
        ends: list[date] = []
        for tranlist in rs.findall("BANKTRANLIST"):
            start = _date(tranlist, "DTSTART", None)
            end = _date(tranlist, "DTEND", None)
            starts += [start] if start else []
            ends += [end] if end else []
            for trn in tranlist.findall("STMTTRN"):
                where = trn_lines[index] if index < len(trn_lines) else None
                index += 1
                lines.append(_line(trn, where))
        ledger = rs.find("LEDGERBAL")
        closing = None
        if ledger is not None and _text(ledger, "BALAMT"):
            closing = decimal_of(_text(ledger, "BALAMT") or "", "BALAMT", None)
            if not ends:
                asof = _date(ledger, "DTASOF", None)
                ends += [asof] if asof else []
        statements.append(Statement(
            account=_text(acct, "ACCTID"), currency=_text(rs, "CURDEF"), opening=None,
            closing=closing, start=min(starts) if starts else None,
            end=max(ends) if ends else None, lines=tuple(lines)))
    if not statements:
        raise fail(_("This OFX file holds no bank or credit-card statement."), "OFX")
    return statements


def _line(trn: ET.Element, where: int | None) -> StatementLine:
    posted = _date(trn, "DTPOSTED", where)
    if posted is None:
        raise fail(_("the transaction has no date."), "DTPOSTED", where)
    amount_text = _text(trn, "TRNAMT")
    if amount_text is None:
        raise fail(_("the transaction has no amount."), "TRNAMT", where)
    name = _text(trn, "NAME")
    payee = trn.find("PAYEE")
    if name is None and payee is not None:
        name = _text(payee, "NAME")
    memo = _text(trn, "MEMO")
    parts = [p for p in (name, memo) if p]
    if name and memo and (name in memo or memo in name):
        parts = [max(name, memo, key=len)]
    checknum = _text(trn, "CHECKNUM")
    reference = checknum if checknum and checknum.strip("0") else _text(trn, "REFNUM")
    return StatementLine(
        date=posted, amount=decimal_of(amount_text, "TRNAMT", where),
        description=" / ".join(parts), reference=reference, bank_id=_text(trn, "FITID"),
        counterparty=name, balance=None, value_date=_date(trn, "DTAVAIL", where),
        source_line=where)
