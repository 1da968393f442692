"""Reading bank statements: OFX/QFX, CAMT.053 (.02-.08), MT940, CSV and Excel.

:func:`read_statements` recognises the format from the content (the file name only breaks ties)
and returns every statement in the file, or raises one :class:`ValidationError` naming the line
and the field. Nothing partial is ever returned.
"""

from __future__ import annotations

import re

from coopdesk.bank.formats.camt import parse_camt053
from coopdesk.bank.formats.common import decode, fail
from coopdesk.bank.formats.ofx import parse_ofx
from coopdesk.bank.formats.swift import looks_like_mt940, parse_mt940
from coopdesk.bank.formats.table import Mapping, parse_table
from coopdesk.bank.statement import Statement
from coopdesk.core.i18n import _

__all__ = ["Mapping", "detect_format", "parse_camt053", "parse_mt940", "parse_ofx",
           "parse_table", "read_statements"]


def detect_format(data: bytes, filename: str = "") -> str:
    """``ofx``, ``camt053``, ``mt940``, ``csv`` or ``xlsx``; a ValidationError otherwise."""
    name = filename.lower()
    if not data.strip():
        raise fail(_("The file {name} is empty.", name=filename or "?"), "file")
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise fail(_("{name} is an old Excel (.xls) file: save it as .xlsx or CSV first.",
                     name=filename or "?"), "file")
    if data.startswith(b"%PDF") or b"\x00" in data[:4096]:
        raise fail(_("{name} is not a statement format coopdesk reads (OFX, CAMT.053, MT940, "
                     "CSV, Excel).", name=filename or "?"), "file")
    head = decode(data[:8192]).lstrip()
    if re.search(r"OFXHEADER|<OFX>", head, re.IGNORECASE) or name.endswith((".ofx", ".qfx")):
        return "ofx"
    if head.startswith("<"):
        if "camt.053" in head or "<!DOCTYPE" in head or "<!ENTITY" in head:
            return "camt053"  # the CAMT reader refuses DTDs and names anything else
        raise fail(_("{name} is an XML file but not a CAMT.053 statement.",
                     name=filename or "?"), "file")
    if looks_like_mt940(head) or name.endswith((".sta", ".mt940", ".940")):
        return "mt940"
    return "csv"


def read_statements(data: bytes, filename: str,
                    mapping: Mapping | None = None) -> list[Statement]:
    """Every statement in the file. A mapping only matters for CSV and Excel."""
    kind = detect_format(data, filename)
    if kind == "ofx":
        return parse_ofx(data)
    if kind == "camt053":
        return parse_camt053(data)
    if kind == "mt940":
        return parse_mt940(data)
    return parse_table(data, kind, mapping)
