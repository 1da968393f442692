"""Render a document's tables as CSV (UTF-8 with a byte-order mark, so Excel reads accents).

Each table is written in turn: a line with its title, the header, its rows, its totals, then a
blank line. Numbers are written plainly with a point (``1234.50``) so any program reads them;
dates are ISO. Text that a spreadsheet would take for a formula is prefixed with an apostrophe,
as in the Excel export. Rows stream: a table given as an iterator is never held in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from coopdesk.core.i18n import _
from coopdesk.reports.document import Cell, Document, KeyValues, Kind, Table
from coopdesk.reports.xlsx import risky


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal | int):
        return str(value)
    text = str(value)
    return "'" + text if risky(text) else text


def render_csv(doc: Document, path: Path) -> None:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([_cell(doc.title)])
        if doc.subtitle:
            out.writerow([_cell(doc.subtitle)])
        out.writerow([_cell(doc.cooperative), doc.currency])
        for block in doc.blocks:
            if isinstance(block, KeyValues):
                for k, v in block.items:
                    out.writerow([_cell(k), _cell(v)])
            elif isinstance(block, Table):
                out.writerow([])
                _table(out, block)
        if doc.chain_head:
            out.writerow([])
            out.writerow([_("Audit chain at export"), doc.chain_seq, doc.chain_head])


def _table(out: csv._writer, table: Table) -> None:  # type: ignore[name-defined]
    if table.title:
        out.writerow([_cell(table.title)])
    cols: Sequence = table.columns
    out.writerow([_cell(c.title) for c in cols])
    totals: list[Decimal | int | None] = [0 if c.total else None for c in cols]
    for row in table.rows:
        out.writerow([_cell(v) for v in row])
        for i, c in enumerate(cols):
            v = row[i] if i < len(row) else None
            if c.total and isinstance(v, Decimal | int) and c.kind in (Kind.MONEY, Kind.INT,
                                                                        Kind.DECIMAL):
                totals[i] = (totals[i] or 0) + v
    if any(c.total for c in cols):
        line = [_cell(t) if t is not None else "" for t in totals]
        line[0] = line[0] or _("Total")
        out.writerow(line)
