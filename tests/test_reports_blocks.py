"""The plan blocks (rich text, line and grouped charts, timelines) in every renderer, read back.

Set ``COOPDESK_BLOCKS_EXAMPLE=/some/dir`` to keep the example PDF and its pages as PNGs.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock

from coopdesk.core import i18n
from coopdesk.reports.blocks import markdown_blocks, plain_text
from coopdesk.reports.document import (
    Chart,
    Document,
    Heading,
    RichText,
    Series,
    Timeline,
    TimelineBar,
)
from coopdesk.reports.html import render_html
from coopdesk.reports.pdf import render_pdf
from coopdesk.reports.xlsx import render_xlsx

PDFTOTEXT = shutil.which("pdftotext")
PDFTOPPM = shutil.which("pdftoppm")
TODAY = dt.date(2025, 7, 15)

MARKDOWN = """# Resumen ejecutivo

La **Cooperativa Minera El Porvenir** agrupa a 48 mineros de *Segovia*.
Este plan describe la ruta hacia una operación **formal** & <segura>.

## Objetivos

- Obtener el **título minero** antes de diciembre.
* Reducir el mercurio a *cero*.

1. Registro en el RUCOM.
1. Plan de trabajos y obras.

Texto con <script>alert("x")</script>, 2 * 3 = 6 y ** sueltos.
#### no es un título
"""

YEARS = ["2025", "2026", "2027", "2028", "2029"]
PROJECTION = [
    Series("Ingresos", [Decimal("850000000"), Decimal("1020000000"), Decimal("1250000000"),
                        Decimal("1400000000"), Decimal("1580000000")]),
    Series("Gastos", [Decimal("910000000"), Decimal("980000000"), Decimal("1050000000"),
                      Decimal("1120000000"), Decimal("1190000000")]),
    Series("Resultado neto", [Decimal("-60000000"), Decimal("40000000"), Decimal("200000000"),
                              Decimal("280000000"), Decimal("390000000")]),
]
MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
CASH = [Decimal(x) for x in ("12000000", "-3500000", "-15000000", "-8000000", "4000000",
                             "9000000", "15500000", "21000000", "18000000", "25000000",
                             "31000000", "40000000")]


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def bars(count: int) -> list[TimelineBar]:
    out = []
    for i in range(count):
        start = dt.date(2025, 1, 1) + dt.timedelta(days=(i * 37) % 540)
        end = start + dt.timedelta(days=30 + (i * 53) % 200)
        done = (0, 25, 50, 80, 100)[i % 5]
        out.append(TimelineBar(f"Actividad {i + 1:02d} — capacitación", start, end, done,
                               late=end < TODAY and done < 100))
    return out


def timeline(count: int) -> Timeline:
    return Timeline("Cronograma del plan de acción", bars(count), dt.date(2025, 1, 1),
                    dt.date(2026, 12, 31), TODAY)


def document(*, bar_count: int = 12) -> Document:
    doc = Document("Plan de negocio", "Cooperativa Minera El Porvenir", "COP",
                   subtitle="2025–2029", language="es")
    doc.generated_at = dt.datetime(2025, 7, 15, 9, 30)
    doc.add(
        Heading("1. Resumen"),
        RichText(MARKDOWN),
        Chart("Proyección de resultados", YEARS, [], series=PROJECTION),
        Chart("Flujo de caja proyectado", MONTHS, CASH, kind="line"),
        Chart("Saldo frente al mínimo", YEARS, [], kind="line", series=[
            PROJECTION[2], Series("Mínimo", [Decimal("30000000")] * 5)]),
        timeline(bar_count),
    )
    return doc


def pdf_pages(path: Path) -> list[str]:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", "-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [p.replace("\u202f", " ").replace("\xa0", " ") for p in out.split("\f")]


def keep(path: Path, name: str) -> None:
    """Copy the PDF and its pages as PNGs where COOPDESK_BLOCKS_EXAMPLE says, to look at."""
    where = os.environ.get("COOPDESK_BLOCKS_EXAMPLE")
    if not where or PDFTOPPM is None:
        return
    shutil.copy(path, Path(where) / f"{name}.pdf")
    subprocess.run([PDFTOPPM, "-png", "-r", "70", str(path), str(Path(where) / name)],
                   check=True)


# -- the Markdown -----------------------------------------------------------------------------


def test_markdown_is_parsed_into_blocks_and_nothing_else_is_markup() -> None:
    blocks = markdown_blocks(MARKDOWN)
    assert [(b.kind, b.level, b.marker) for b in blocks] == [
        ("h", 1, ""), ("p", 0, ""), ("h", 2, ""), ("bullet", 0, "•"), ("bullet", 0, "•"),
        ("number", 0, "1."), ("number", 0, "2."), ("p", 0, ""),
    ]
    first = blocks[1].lines[0]
    assert plain_text(first) == ("La Cooperativa Minera El Porvenir agrupa a 48 mineros de "
                                 "Segovia. Este plan describe la ruta hacia una operación "
                                 "formal & <segura>.")
    assert [r.text for r in first if r.bold] == ["Cooperativa Minera El Porvenir", "formal"]
    assert [r.text for r in first if r.italic] == ["Segovia"]
    last = plain_text(blocks[-1].lines[0])
    assert last == ('Texto con <script>alert("x")</script>, 2 * 3 = 6 y ** sueltos. '
                    "#### no es un título")
    assert not any(r.bold or r.italic for r in blocks[-1].lines[0])


def test_markdown_edge_cases() -> None:
    assert markdown_blocks("") == []
    assert markdown_blocks("\n\n  \n") == []
    (b,) = markdown_blocks("**sin cerrar y *tampoco")
    assert plain_text(b.lines[0]) == "**sin cerrar y *tampoco"
    (h,) = markdown_blocks("### **Fase** *uno*")
    assert h.kind == "h" and h.level == 3 and plain_text(h.lines[0]) == "Fase uno"
    assert all(r.bold for r in h.lines[0]) and [r.italic for r in h.lines[0]][-1]
    items = markdown_blocks("3. tres\n7. siete\n\nfin\n\n1. otra lista")
    assert [b.marker for b in items] == ["3.", "4.", "", "1."]
    assert markdown_blocks("#título")[0].kind == "p"
    assert markdown_blocks("-sin espacio")[0].kind == "p"


# -- PDF --------------------------------------------------------------------------------------


def test_pdf_renders_rich_text_charts_and_timeline(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    render_pdf(document(), path)
    keep(path, "blocks")
    pages = pdf_pages(path)
    text = "\n".join(pages)
    flat = " ".join(text.split())
    assert "Resumen ejecutivo" in text and "Objetivos" in text
    assert "La Cooperativa Minera El Porvenir agrupa a 48 mineros de Segovia." in flat
    assert "formal & <segura>." in flat
    assert 'Texto con <script>alert("x")</script>, 2 * 3 = 6 y ** sueltos.' in flat
    assert "**" not in flat.replace("y ** sueltos", "")
    assert "• Obtener el título minero antes de diciembre." in flat
    assert "1. Registro en el RUCOM." in flat and "2. Plan de trabajos y obras." in flat
    # The charts: titles, legends, labels, axis numbers in the locale (Spanish: 1.500.000.000).
    for title in ("Proyección de resultados", "Flujo de caja proyectado",
                  "Saldo frente al mínimo", "Ingresos", "Gastos", "Resultado neto", "Mínimo"):
        assert title in text, title
    assert "1.500.000.000" in text
    assert "-10.000.000" in text  # the cash line goes below zero: so does its axis
    for month in ("ene", "jul", "dic"):
        assert month in text
    # The timeline: its rows, the per cents, the months, the legend with today.
    assert "Cronograma del plan de acción" in text
    assert "Actividad 01 — capacitación" in text and "Actividad 12 — capacitación" in text
    assert "80 %" in text and "100 %" in text
    assert "Today, 15 jul 2025" in text
    assert "2025" in text and "2026" in text


def test_a_long_timeline_goes_on_over_pages_with_its_months_repeated(tmp_path: Path) -> None:
    doc = Document("Plan de acción", "Cooperativa Minera El Porvenir", "COP", language="es")
    doc.add(timeline(60))
    path = tmp_path / "timeline.pdf"
    render_pdf(doc, path)
    keep(path, "timeline")
    pages = [p for p in pdf_pages(path) if p.strip()]
    assert len(pages) >= 2
    for n, page in enumerate(pages):
        assert "Activity" in page and "Done" in page and "2025" in page, n
        if n:
            assert "Cronograma del plan de acción (continued)" in page
    text = "\n".join(pages)
    found = re.findall(r"Actividad (\d\d) —", text)
    assert sorted(set(found)) == [f"{i:02d}" for i in range(1, 61)]
    assert len(found) == 60  # every row once, none lost or repeated at a break


def test_a_line_chart_of_negative_values_and_odd_charts_render(tmp_path: Path) -> None:
    doc = Document("Caja", "Coop", "EUR", language="en")
    doc.add(
        Chart("All below zero", ["Q1", "Q2", "Q3"],
              [Decimal("-1200.50"), Decimal("-300"), Decimal("-4500.25")], kind="line"),
        Chart("Ragged series", ["a", "b", "c"], [], series=[
            Series("short", [1]), Series("long", [1, 2, 3, 4, 5])]),
        Chart("No labels", [], [], kind="line", series=[Series("x", [])]),
        Chart("Pie with series falls back to bars", ["a", "b"], [], kind="pie",
              series=[Series("one", [1, 2]), Series("two", [2, 1])]),
        Timeline("Empty", [], dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        Timeline("Backwards and outside", [
            TimelineBar("Before the range", dt.date(2020, 1, 1), dt.date(2020, 2, 1)),
            TimelineBar("Ends before it starts", dt.date(2025, 3, 1), dt.date(2025, 2, 1), 50),
            TimelineBar("Overflows", dt.date(2024, 6, 1), dt.date(2027, 1, 1), 150, True),
        ], dt.date(2025, 6, 30), dt.date(2025, 1, 1), dt.date(2030, 1, 1)),
    )
    path = tmp_path / "odd.pdf"
    render_pdf(doc, path)
    keep(path, "odd")
    text = "\n".join(pdf_pages(path))
    assert "All below zero" in text and "-4,000" in text
    assert "Ragged series" in text and "short" in text and "long" in text
    assert "Nothing planned." in text
    assert "Overflows" in text and "100 %" in text


# -- Excel ------------------------------------------------------------------------------------


def test_xlsx_writes_text_native_charts_and_a_gantt_table(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    render_xlsx(document(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    col_a = [c.value for c in ws["A"]]
    assert "Resumen ejecutivo" in col_a and "Objetivos" in col_a
    assert ("La Cooperativa Minera El Porvenir agrupa a 48 mineros de Segovia. Este plan "
            "describe la ruta hacia una operación formal & <segura>.") in col_a
    assert "• Obtener el título minero antes de diciembre." in col_a
    assert "• Reducir el mercurio a cero." in col_a
    assert "1. Registro en el RUCOM." in col_a and "2. Plan de trabajos y obras." in col_a
    heading = ws.cell(col_a.index("Resumen ejecutivo") + 1, 1)
    assert heading.font.b
    # Bold and italic are kept inside the cell (rich text), without asterisks.
    rich = openpyxl.load_workbook(path, rich_text=True).worksheets[0]
    cell = rich.cell(col_a.index("• Reducir el mercurio a cero.") + 1, 1).value
    assert isinstance(cell, CellRichText)
    assert [(b.text, b.font.i) for b in cell if isinstance(b, TextBlock)] == [("cero", True)]

    # The projection: a table of numbers, a column per series, and a clustered bar chart.
    top = col_a.index("Proyección de resultados") + 2
    assert [ws.cell(top, c).value for c in range(1, 5)] == [
        "Label", "Ingresos", "Gastos", "Resultado neto"]
    assert [ws.cell(top + 1, c).value for c in range(1, 5)] == [
        "2025", 850000000, 910000000, -60000000]
    assert all(isinstance(ws.cell(top + r, c).value, int | float)
               for r in range(1, 6) for c in range(2, 5))
    charts = ws._charts  # type: ignore[attr-defined]
    kinds = [(type(c).__name__, len(c.series)) for c in charts]
    assert kinds == [("BarChart", 3), ("LineChart", 1), ("LineChart", 2)]
    assert charts[0].grouping == "clustered"
    cash = col_a.index("Flujo de caja proyectado") + 2
    assert [ws.cell(cash + 1 + i, 2).value for i in range(12)] == [int(v) for v in CASH]

    # The timeline: label, start, end, done %, late, then months shaded like a Gantt chart.
    head = col_a.index("Activity") + 1
    assert [ws.cell(head, c).value for c in range(1, 6)] == [
        "Activity", "Start", "End", "Done %", "Late"]
    assert ws.cell(head, 6).value == dt.datetime(2025, 1, 1)
    assert ws.cell(head, 6 + 23).value == dt.datetime(2026, 12, 1)
    assert ws.cell(head, 6 + 24).value is None
    expected = bars(12)
    for i, bar in enumerate(expected):
        row = head + 1 + i
        assert ws.cell(row, 1).value == bar.label
        assert ws.cell(row, 2).value == dt.datetime.combine(bar.start, dt.time())
        assert ws.cell(row, 3).value == dt.datetime.combine(bar.end, dt.time())
        assert ws.cell(row, 4).value == bar.done
        assert ws.cell(row, 5).value == ("Late" if bar.late else None)
        months_on = [c - 6 for c in range(6, 30) if ws.cell(row, c).fill.fill_type == "solid"]
        first = (bar.start.year - 2025) * 12 + bar.start.month - 1
        last = (bar.end.year - 2025) * 12 + bar.end.month - 1
        assert months_on == list(range(first, last + 1)), bar.label
    late = next(i for i, b in enumerate(expected) if b.late)
    assert ws.cell(head + 1 + late, 6 + expected[late].start.month - 1).fill.fgColor.rgb in (
        "00B23A2A", "00F1C1B8")


def test_xlsx_line_chart_of_values_is_labelled_value(tmp_path: Path) -> None:
    doc = Document("Caja", "Coop", "EUR")
    doc.add(Chart("Caja", ["Q1", "Q2"], [Decimal("-10.5"), 3], kind="line"))
    path = tmp_path / "c.xlsx"
    render_xlsx(doc, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    rows = [r for r in ws.iter_rows(values_only=True) if r[0] in ("Label", "Q1", "Q2")]
    assert rows == [("Label", "Value"), ("Q1", -10.5), ("Q2", 3)]
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
        chart = next(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/"))
    assert "<lineChart>" in chart and "<barChart>" not in chart


# -- HTML -------------------------------------------------------------------------------------


def test_html_rich_text_is_escaped_html() -> None:
    html = render_html(document(), language="es")
    assert "<h3><b>Resumen ejecutivo</b></h3>" in html
    assert "<b>Cooperativa Minera El Porvenir</b>" in html and "<i>Segovia</i>" in html
    assert "formal</b> &amp; &lt;segura&gt;." in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<script" not in html
    assert "<ul><li>Obtener el <b>título minero</b> antes de diciembre.</li>" in html
    assert '<ol start="1"><li>Registro en el RUCOM.</li><li>Plan de trabajos y obras.</li></ol>' \
        in html
    assert "**" not in html.replace("y ** sueltos", "")


def test_html_charts_and_timeline() -> None:
    html = render_html(document(), language="es")
    for text in ("Proyección de resultados", "Ingresos", "Resultado neto", "-60.000.000",
                 "1.580.000.000", "Flujo de caja proyectado", "-15.000.000", "█",
                 "Cronograma del plan de acción", "Actividad 01 — capacitación", "80 %",
                 "Activity", "Today: 15 jul 2025", "<small>E</small>", "<small>D</small>"):
        assert text in html, text
    assert 'rowspan="3"' in html
    # One shaded cell per month a bar is on (bar 4: 22 Apr 2025 to 28 Oct 2025), the first
    # 80 % of its days darker.
    four = bars(12)[3]
    assert (four.start, four.end, four.done) == (dt.date(2025, 4, 22), dt.date(2025, 10, 28), 80)
    row = html.split("Actividad 04 — capacitación", 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r'<td( bgcolor="[^"]+")?></td>', row)
    assert len(cells) == 24
    assert [i for i, c in enumerate(cells) if c] == [3, 4, 5, 6, 7, 8, 9]
    # 80 % of its 190 days ends on 20 Sep: April to September done, October not.
    assert [c for c in cells if c].count(' bgcolor="#0b6e4f"') == 6
    assert "late" in html


def test_html_timeline_counts_against_the_preview_cap() -> None:
    doc = Document("Plan", "Coop", "COP")
    doc.add(timeline(30))
    html = render_html(doc, max_rows=10, language="en")
    assert "Actividad 10" in html and "Actividad 11" not in html
    assert "20 more rows in the export." in html
