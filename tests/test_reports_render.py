"""The PDF and Excel renderers, read back: text, numbers, dates, totals, sheets, big tables.

Set ``COOPDESK_REPORT_EXAMPLE=/some/file.pdf`` to keep a copy of the full example PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PIL import Image, ImageDraw

from coopdesk.core import i18n
from coopdesk.reports.cells import CellFormatter, Totals
from coopdesk.reports.document import (
    Card,
    Cards,
    Cell,
    Chart,
    Column,
    Document,
    Heading,
    KeyValues,
    Kind,
    PageBreak,
    Paragraph,
    Signatures,
    Table,
)
from coopdesk.reports.pdf import render_pdf
from coopdesk.reports.pdf_layout import Metrics, register_fonts
from coopdesk.reports.xlsx import neutralise, render_xlsx, risky, sheet_name

CHAIN_HEAD = "3f9a0c1d2e4b5a6f" + "9" * 48
PAYMENTS_SHEET = "Pagos [2024]: caja/banco y otros movimientos"
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Footer labels go through ``_()``; pin the language so the checks below are stable."""
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def photo() -> bytes:
    im = Image.new("RGB", (300, 400), (40, 110, 150))
    draw = ImageDraw.Draw(im)
    draw.ellipse((90, 60, 210, 200), fill=(235, 210, 185))
    draw.rectangle((60, 220, 240, 400), fill=(30, 50, 80))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def member_rows() -> list[list[Cell]]:
    return [
        [1, "José Ñúñez", Decimal("1500.50"), dt.date(2024, 3, 5), Decimal("12.125")],
        [2, "Coopérative minière de Kamituga", Decimal("250000"), dt.date(2024, 4, 30), None],
        [3, "=SUM(A1)", Decimal("0.25"), None, Decimal("3")],
        [4, "Ŝtefan Mwangi — mchimbaji mdogo", Decimal("-100.75"), dt.date(2024, 12, 31),
         Decimal("0.5")],
    ]


COLUMNS = [
    Column("Nº", Kind.INT, 0.5),
    Column("Socio", Kind.TEXT, 3),
    Column("Aporte", Kind.MONEY, 1.5, total=True),
    Column("Fecha", Kind.DATE, 1.2),
    Column("Oro (g)", Kind.DECIMAL, 1, total=True),
]


def build_document(currency: str = "COP", language: str = "es") -> Document:
    doc = Document(
        title="Informe anual — reparto de beneficios 2024",
        cooperative="Asociación Minera Ñuñoa",
        currency=currency,
        subtitle="Coopérative minière · Ushirika wa wachimbaji wadogo",
        language=language,
        chain_seq=4821,
        chain_head=CHAIN_HEAD,
        generated_at=dt.datetime(2024, 12, 31, 17, 45),
    )
    payments: list[Sequence[Cell]] = [["Caja", Decimal("10.10")], ["Banco", Decimal("20.20")]]
    return doc.add(
        Heading("Datos de la cooperativa"),
        Paragraph("La Asociación Minera Ñuñoa agrupa a mineros artesanales de Segovia. " * 4),
        KeyValues([("Registro", "NIT 900.123.456-7"), ("Presidenta", "María Ŝkoda Pérez")]),
        Heading("Aportes", level=2),
        Table(COLUMNS, member_rows(), title="Aportes de los socios"),
        Table([Column("Concepto"), Column("Monto", Kind.MONEY, total=True)],
              iter(payments),
              title="Pagos", sheet=PAYMENTS_SHEET),
        Chart("Producción por mina (g)", ["La Esperanza", "El Ñame", "Kamituga"],
              [Decimal("1234.5"), 800, 450]),
        Chart("Reparto", ["Socios", "Fondo social", "Reserva"], [70, 20, 10], kind="pie"),
        Signatures(["Presidenta", "Secretario", "Tesorero"]),
        PageBreak(),
        Cards([
            Card(f"José Ñúñez {i}", [f"Socio Nº {i:05d}", "Mina La Esperanza"],
                 qr=f"coopdesk-member:{i}", photo=photo() if i % 2 else None)
            for i in range(12)
        ]),
    )


def spaces(text: str) -> str:
    """Narrow and no-break spaces (French grouping) as plain spaces, as pdftotext gives them."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def pdf_pages(path: Path) -> list[str]:
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    out = spaces(out)
    return [p for p in out.split("\f") if p.strip()]


# -- PDF --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("currency", "language", "amount"), [
    ("COP", "es", "1.500,50"),   # two decimals, Spanish grouping
    ("XAF", "fr", "250\u202f000"),  # no decimals, French narrow-space grouping
])
def test_pdf_renders_every_block(tmp_path: Path, currency: str, language: str,
                                 amount: str) -> None:
    path = tmp_path / "report.pdf"
    render_pdf(build_document(currency, language), path)
    assert path.read_bytes().startswith(b"%PDF")
    if example := os.environ.get("COOPDESK_REPORT_EXAMPLE"):
        shutil.copyfile(path, example)
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pages = pdf_pages(path)
    assert len(pages) >= 3  # the cards start on a page of their own (PageBreak)
    for n, page in enumerate(pages, 1):
        assert "Asociación Minera Ñuñoa" in page
        assert "Audit chain #4821 3f9a0c1d2e4b5a6f…" in page
        assert f"Page {n} / {len(pages)}" in page
        assert "Generated" in page
    text = "\n".join(pages)
    for word in ("Coopérative minière", "Ŝtefan", "Socio Nº 00011", "Presidenta",
                 "La Esperanza", "Aportes de los socios", spaces(amount), "=SUM(A1)"):
        assert word in text, word
    if currency == "XAF":
        assert "1 500 " in text  # 1500.50 XAF has no minor unit: half-even gives 1 500
        assert "250 000," not in text
    else:
        assert "250.000,00" in text


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs pdftoppm (poppler-utils) and zbarimg (zbar-tools)")
def test_pdf_qr_codes_scan(tmp_path: Path) -> None:
    """The footer's QR code carries the chain head; each card's carries its payload."""
    path = tmp_path / "report.pdf"
    render_pdf(build_document(), path)
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "3", "-l", "3", str(path),
                    str(tmp_path / "p")], check=True)
    (png,) = tmp_path.glob("p*.png")
    found = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                           text=True).stdout.split()
    assert f"coopdesk:4821:{CHAIN_HEAD}" in found
    assert {f"coopdesk-member:{i}" for i in range(10)} <= set(found)


def test_pdf_landscape_and_empty_document(tmp_path: Path) -> None:
    doc = Document(title="Vacío", cooperative="Coop", currency="USD", landscape=True)
    render_pdf(doc, tmp_path / "empty.pdf")
    assert (tmp_path / "empty.pdf").read_bytes().startswith(b"%PDF")
    if PDFTOTEXT:
        (page,) = pdf_pages(tmp_path / "empty.pdf")
        assert "Audit chain: not recorded" in page
        assert "Page 1 / 1" in page


def test_pdf_cuts_long_cells_with_an_ellipsis() -> None:
    register_fonts()
    m = Metrics("DejaVuSans")
    long = "Socio número 42 — José Ñúñez Ŝtefan con un nombre muy largo"
    cut = m.fit(long, 60, 8)
    assert cut.endswith("…") and long.startswith(cut[:-1])
    assert m(cut, 8) <= 60
    assert m.fit("corto", 60, 8) == "corto"


# -- Excel ------------------------------------------------------------------------------------


def test_xlsx_keeps_types_totals_and_sheets(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    render_xlsx(build_document("COP"), path)
    wb = openpyxl.load_workbook(path)
    first_name = "Informe anual — reparto de bene"
    assert wb.sheetnames == [first_name, "Pagos 2024 caja banco y otros m"]
    ws = wb[first_name]
    rows = list(ws.iter_rows(values_only=False))
    cells = {c.value: c for row in rows for c in row if c.value is not None}
    assert "Asociación Minera Ñuñoa" in cells
    assert f"#4821 {CHAIN_HEAD}" in cells
    assert isinstance(cells["Coopérative minière · Ushirika wa wachimbaji wadogo"].value, str)

    # The member table: find its header row, then read the four rows and the totals.
    head = next(i for i, r in enumerate(rows) if r[0].value == "Nº")
    body = rows[head + 1: head + 5]
    assert [r[0].value for r in body] == [1, 2, 3, 4]
    for r in body:
        assert isinstance(r[0].value, int)
        assert isinstance(r[2].value, int | float) and r[2].number_format == "#,##0.00"
    assert body[0][2].value == pytest.approx(1500.50)
    assert isinstance(body[0][3].value, dt.datetime) and body[0][3].is_date
    assert body[0][3].value.date() == dt.date(2024, 3, 5)
    assert body[2][3].value is None
    formula = body[2][1]
    assert formula.data_type == "s" and formula.value == "=SUM(A1)" and formula.quotePrefix
    total = rows[head + 5]
    assert total[0].value == "Total" and total[0].font.b
    expected = sum((r[2] for r in member_rows() if isinstance(r[2], Decimal)), Decimal(0))
    assert expected == Decimal("251400.00")
    assert Decimal(str(total[2].value)) == expected
    assert total[4].value == pytest.approx(15.625)
    assert total[3].value is None

    pay = wb["Pagos 2024 caja banco y otros m"]
    values = [tuple(c.value for c in r) for r in pay.iter_rows()]
    assert values[0][0] == "Pagos"
    assert values[1] == ("Concepto", "Monto")
    assert values[-1] == ("Total", pytest.approx(30.30))
    assert pay.auto_filter.ref == "A2:B4"
    assert pay.freeze_panes == "A3"

    # Charts and cards are written as data.
    assert "Producción por mina (g)" in cells and "El Ñame" in cells
    assert "José Ñúñez 11" in cells and "coopdesk-member:11" in cells
    with zipfile.ZipFile(path) as z:  # native charts beside the data
        assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(z.namelist())


def test_xlsx_zero_decimal_currency(tmp_path: Path) -> None:
    path = tmp_path / "xaf.xlsx"
    render_xlsx(build_document("XAF", "fr"), path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    money = [c for row in ws.iter_rows() for c in row if c.number_format.startswith("#,##0")
             and isinstance(c.value, float)]
    assert money and all(c.number_format == "#,##0" for c in money)


def test_neutralise_and_sheet_names() -> None:
    for bad in ("=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert risky(bad) and neutralise(bad) == bad
    assert not risky("Ñuñoa = bien") and neutralise("Ñuñoa = bien") == "Ñuñoa = bien"
    assert neutralise("a\x00b\x07c") == "abc"
    assert sheet_name("a[b]:c*d?e/f\\g") == "a b c d e f g"
    assert len(sheet_name("x" * 50)) == 31
    assert sheet_name("Caja", taken=["caja"]) == "Caja (2)"
    assert sheet_name("y" * 40, taken=["y" * 31]) == "y" * 27 + " (2)"
    assert sheet_name("[]") == "Sheet"


def test_cell_formatting_follows_currency_and_language() -> None:
    cop = CellFormatter("es", "COP")
    assert cop.text(Kind.MONEY, Decimal("1234567.5")) == "1.234.567,50"
    assert cop.text(Kind.MONEY, 3) == "3,00"
    assert cop.text(Kind.DATE, dt.date(2024, 3, 5)) == "5 mar 2024"
    assert cop.text(Kind.INT, None) == ""
    assert cop.text(Kind.DECIMAL, Decimal("1.23456")) == "1,23456"
    xaf = CellFormatter("fr", "XAF")
    assert xaf.text(Kind.MONEY, Decimal("1234567")) == "1\u202f234\u202f567"
    assert xaf.text(Kind.DATE, dt.date(2024, 3, 5)) == "5 mars 2024"
    totals = Totals(COLUMNS)
    for row in member_rows():
        totals.add(row)
    assert totals.row(5) == [None, None, Decimal("251400.00"), None, Decimal("15.625")]


# -- Big tables and isolation -----------------------------------------------------------------


def big_rows(n: int) -> Iterator[Sequence[Cell]]:
    for i in range(n):
        yield (i + 1, f"Socio {i + 1} — Ñúñez", Decimal(i) / 4, dt.date(2024, 1, 1)
               + dt.timedelta(days=i % 300), "=1+1" if i == 7 else "ok")


def big_document(n: int) -> Document:
    cols = [Column("Nº", Kind.INT), Column("Socio", Kind.TEXT, 2),
            Column("Monto", Kind.MONEY, total=True), Column("Fecha", Kind.DATE), Column("Nota")]
    doc = Document(title="Grande", cooperative="Asociación Minera Ñuñoa", currency="COP",
                   chain_seq=1, chain_head="ab" * 32)
    return doc.add(Table(cols, big_rows(n), title="Aportes", sheet="Aportes"))


def test_big_table_streams_from_a_generator(tmp_path: Path) -> None:
    n = 20_000
    expected = sum((Decimal(i) / 4 for i in range(n)), Decimal(0))
    t0 = time.perf_counter()
    render_pdf(big_document(n), tmp_path / "big.pdf")
    render_xlsx(big_document(n), tmp_path / "big.xlsx")
    elapsed = time.perf_counter() - t0
    assert elapsed < 60, elapsed  # about 5 s on a quiet 2-core machine

    assert (tmp_path / "big.pdf").read_bytes().startswith(b"%PDF")
    if PDFTOTEXT:
        pages = pdf_pages(tmp_path / "big.pdf")
        assert len(pages) > 300
        assert all("Audit chain #1 abababababababab…" in p for p in pages)
        assert "Socio 20000 — Ñúñez" in pages[-1]
        assert "Nº" in pages[-1]  # the header row repeats
    wb = openpyxl.load_workbook(tmp_path / "big.xlsx", read_only=True)
    ws = wb["Aportes"]
    last = None
    count = 0
    for row in ws.iter_rows(min_row=3, values_only=True):
        if row and row[0] is not None:
            count += 1
            last = row
    assert count == n + 1  # the rows and the totals row
    assert last is not None and last[0] == "Total"
    assert Decimal(str(last[2])) == expected
    wb.close()


def test_renderers_do_not_import_qt() -> None:
    code = ("import coopdesk.reports.pdf, coopdesk.reports.xlsx, sys; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
