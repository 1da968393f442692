"""The HTML preview of a report: the PDF's formatting, escaped text, and a cap on rows that
streams the rest (counted and totalled, never held)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal

from coopdesk.core import i18n
from coopdesk.reports.cells import CellFormatter
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
from coopdesk.reports.html import render_html

COLUMNS = (Column("Date", Kind.DATE), Column("Account"), Column("Lines", Kind.INT, total=True),
           Column("Amount", Kind.MONEY, total=True))


def doc(*blocks: object, currency: str = "COP") -> Document:
    d = Document("Trial balance", "Cooperativa Minera <El Porvenir>", currency,
                 subtitle="1 Jan 2026 – 31 Oct 2026")
    d.add(*blocks)  # type: ignore[arg-type]
    return d


def test_money_dates_and_numbers_read_as_in_the_pdf() -> None:
    rows: list[Sequence[Cell]] = [
        (dt.date(2026, 3, 10), "1105 Cash", 3, Decimal("2812500.5")),
        (dt.date(2026, 3, 11), "4105 Gold sales", 1234, Decimal("-5136300")),
    ]
    html = render_html(doc(Table(COLUMNS, rows, title="Balances")), language="en")
    fmt = CellFormatter("en", "COP")
    assert fmt.text(Kind.MONEY, Decimal("2812500.5")) == "2,812,500.50"
    for text in ("2,812,500.50", "-5,136,300.00", "Mar 10, 2026", "1,234",
                 "1105 Cash", "Balances", "Trial balance", "1 Jan 2026 – 31 Oct 2026"):
        assert text in html, text
    # The totals row, as in the PDF: "Total" in the first column when it holds no sum.
    assert "Total" in html and "1,237" in html and "-2,323,799.50" in html
    assert 'align="right"' in html


def test_the_readers_locale_is_used() -> None:
    rows = [(dt.date(2026, 3, 10), "Caja", 1, Decimal("2812500.5"))]
    html = render_html(doc(Table(COLUMNS, rows)), language="es")
    assert "2.812.500,50" in html
    assert "2026" in html and "mar" in html.lower()
    # Without a language, the one the application speaks now.
    i18n.set_language("fr")
    try:
        assert "2\u202f812\u202f500,50" in render_html(doc(Table(COLUMNS, rows))) or \
            "2 812 500,50" in render_html(doc(Table(COLUMNS, rows)))
    finally:
        i18n.set_language("en")


def test_a_currency_without_cents() -> None:
    rows = [(None, "Caisse", None, Decimal(150000))]
    html = render_html(doc(Table(COLUMNS, rows), currency="XAF"), language="en")
    assert "150,000<" in html and "150,000.00" not in html


def test_text_is_escaped() -> None:
    rows = [(None, "<script>alert(1)</script> & co", 1, Decimal(1))]
    html = render_html(doc(Paragraph("a < b\nnext line"), Table(COLUMNS, rows)))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "Cooperativa Minera &lt;El Porvenir&gt;" in html
    assert "a &lt; b<br/>next line" in html


def test_a_big_iterator_is_capped_counted_and_totalled() -> None:
    pulled = [0]

    def rows() -> Iterator[Sequence[Cell]]:
        for i in range(100_000):
            pulled[0] += 1
            yield (None, f"row-{i}", 1, Decimal(2))

    html = render_html(doc(Table(COLUMNS, rows())), max_rows=50, language="en")
    assert pulled[0] == 100_000  # all pulled, to count and total them
    assert "row-49<" in html and "row-50<" not in html
    assert "99,950 more rows in the export." in html
    assert "100,000" in html and "200,000.00" in html  # the totals are those of every row


def test_the_cap_is_for_the_whole_document() -> None:
    first = [(None, f"a{i}", 1, Decimal(1)) for i in range(8)]
    second = [(None, f"b{i}", 1, Decimal(1)) for i in range(8)]
    third = [(None, "c0", 1, Decimal(1))]
    html = render_html(doc(Table(COLUMNS, first, title="First"),
                           Table(COLUMNS, second, title="Second"),
                           Table(COLUMNS, third, title="Third")), max_rows=10)
    assert "a7<" in html and "b1<" in html and "b2<" not in html
    assert "6 more rows in the export." in html
    assert "1 more row in the export." in html  # the third table: its heading, then the note
    assert "Third" in html and "c0<" not in html


def test_every_kind_of_block() -> None:
    html = render_html(doc(
        Heading("Production"), Heading("By site", level=2),
        KeyValues([("Registration", "NIT 900.123.456-7"), ("Period", "2026")]),
        Chart("Grams per site", ["Santa Rosa", "El Limón"], [Decimal("12.5"), 30]),
        Chart("Members", ["Women", "Men"], [25, 75], kind="pie"),
        PageBreak(),
        Cards([Card("Rosa Quispe", ["No. 1", "Digger"], "coopdesk:member:1")]),
        Signatures(["President", "Treasurer"]),
    ), language="en")
    for text in ("Production", "By site", "Registration", "NIT 900.123.456-7",
                 "Grams per site", "Santa Rosa", "El Limón", "12.5", "█",
                 "25 (25 %)", "75 (75 %)", "Rosa Quispe", "Digger",
                 "President", "Treasurer", "<hr"):
        assert text in html, text


def test_an_empty_table_and_an_empty_chart() -> None:
    html = render_html(doc(Table(COLUMNS, []), Table([], []), Chart("Nothing", [], [])))
    assert "Date" in html and "Nothing" in html and "more row" not in html
