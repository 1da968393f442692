"""The statement files the demo cooperative's bank and wallet send: pure writers, rows in, bytes
out (see :mod:`coopdesk.demo.bank_play`, which makes the rows).

The bank's statement is a CSV in the style of a Colombian bank's export: semicolons, dd/mm/yyyy
dates, amounts written 1.234.567,89, debits and credits in two columns, a running balance, and a
few lines about the account above the header ("Número de cuenta", "Saldo inicial", "Saldo
final"), in Windows-1252 as the bank's branch software writes it; coopdesk reads it with no
mapping. The wallet's is an Excel workbook with its own column names ("Fecha del movimiento",
"Valor"), read with a saved mapping. Both are the same bytes for the same rows: the workbook's
times are fixed to the statement's period.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from coopdesk.bank.formats import Mapping

# How the wallet's workbook is read (saved in the demo under WALLET_MAPPING).
WALLET_MAPPING = "Nequi (Excel)"
WALLET_COLUMNS = ("Fecha del movimiento", "Descripción", "Valor", "Saldo")
WALLET_READER = Mapping(header_row=None, date_column=WALLET_COLUMNS[0],
                        description_columns=(WALLET_COLUMNS[1],), amount_column=WALLET_COLUMNS[2],
                        balance_column=WALLET_COLUMNS[3], amount_mode="signed",
                        date_formats=("%d/%m/%Y",))


@dataclass(frozen=True)
class Row:
    """One line of a statement, as the bank prints it."""

    date: dt.date
    description: str
    reference: str
    amount: int  # minor units (centavos), + into the account
    balance: int  # after the line
    office: str = ""


@dataclass(frozen=True)
class Header:
    institution: str
    title: str
    holder: str
    holder_id: str
    number: str
    start: dt.date
    end: dt.date
    opening: int
    closing: int


def money(minor: int) -> str:
    """1.234.567,89 (the sign in front)."""
    sign = "-" if minor < 0 else ""
    pesos, cents = divmod(abs(minor), 100)
    return f"{sign}{pesos:,}".replace(",", ".") + f",{cents:02d}"


def bank_csv(head: Header, rows: Sequence[Row]) -> bytes:
    """The bank's monthly statement as its CSV export."""
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    period = f"{head.start:%d/%m/%Y} - {head.end:%d/%m/%Y}"
    w.writerows([
        [head.institution.upper()], [head.title],
        ["Titular", head.holder], ["NIT", head.holder_id],
        ["Número de cuenta", head.number], ["Periodo", period], ["Moneda", "COP"],
        ["Saldo inicial", money(head.opening)], ["Saldo final", money(head.closing)],
        [],
        ["Fecha", "Descripción", "Referencia", "Oficina", "Débito", "Crédito", "Saldo"]])
    for r in rows:
        w.writerow([f"{r.date:%d/%m/%Y}", r.description, r.reference, r.office,
                    money(-r.amount) if r.amount < 0 else "",
                    money(r.amount) if r.amount > 0 else "", money(r.balance)])
    debits = -sum(r.amount for r in rows if r.amount < 0)
    credits = sum(r.amount for r in rows if r.amount > 0)
    w.writerow(["", f"Totales: {len(rows)} movimientos", "", "", money(debits),
                money(credits), ""])
    return out.getvalue().encode("cp1252", errors="replace")


def wallet_xlsx(head: Header, rows: Sequence[Row]) -> bytes:
    """The wallet's monthly statement as the Excel workbook its web page gives."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Movimientos"
    pesos = 100

    def whole(minor: int) -> int:
        assert minor % pesos == 0, minor  # the wallet moves whole pesos
        return minor // pesos

    sheet.append([f"{head.institution} - {head.title}"])
    sheet["A1"].font = Font(bold=True, size=13)
    for label, value in (("Titular", head.holder), ("NIT", head.holder_id),
                         ("Número de cuenta", head.number),
                         ("Periodo", f"{head.start:%d/%m/%Y} - {head.end:%d/%m/%Y}")):
        sheet.append([label, value])
    sheet.append(["Saldo inicial", whole(head.opening)])
    sheet.append(["Saldo final", whole(head.closing)])
    sheet.append([])
    sheet.append(list(WALLET_COLUMNS))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append([r.date, r.description, whole(r.amount), whole(r.balance)])
        sheet.cell(sheet.max_row, 1).number_format = "dd/mm/yyyy"
        for col in (3, 4):
            sheet.cell(sheet.max_row, col).number_format = "#,##0"
    for letter, width in zip("ABCD", (22, 48, 14, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    stamp = dt.datetime.combine(head.end, dt.time(23, 0))
    book.properties.creator = head.institution
    book.properties.created = book.properties.modified = stamp
    raw = io.BytesIO()
    book.save(raw)
    return _fixed_zip(raw.getvalue(), stamp)


def _fixed_zip(data: bytes, stamp: dt.datetime) -> bytes:
    """The same workbook with every time in it set to ``stamp``: the same bytes each time."""
    text_stamp = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text_stamp.encode(), body)
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, body)
    return out.getvalue()
