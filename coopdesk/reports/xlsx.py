"""Render a :class:`~coopdesk.reports.document.Document` to an Excel workbook with openpyxl.

The workbook is write-only (rows stream to disk), so a table of 100,000 rows never sits in
memory. Numbers stay numbers and dates stay dates, with formats that carry the currency's
decimals; text that Excel could read as a formula is neutralised.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as XCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from coopdesk.core.i18n import _
from coopdesk.reports.blocks import (
    Run,
    done_until,
    markdown_blocks,
    months,
    plain_text,
    series_of,
)
from coopdesk.reports.cells import Totals, money_pattern
from coopdesk.reports.document import (
    Block,
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
    RichText,
    Signatures,
    Table,
    Timeline,
)
from coopdesk.reports.html import GANTT, month_shade

__all__ = ["neutralise", "render_xlsx", "risky", "sheet_name"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E4E7EB")
CHART_ROWS = 16  # rows a chart (7.5 cm high) covers; later blocks start below it
TIMELINE_COLS = 5  # activity, start, end, done %, late; then one column per month
MONTH_WIDTH = 4.0
RICH_SIZES = {1: 12.5, 2: 11.5, 3: 11.0}


def neutralise(text: str) -> str:
    """Text that is valid XML and fits a cell."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:32_000]


def risky(text: str) -> bool:
    """Text a spreadsheet could take for a formula (= + - @ and friends at its start)."""
    return text.startswith(FORMULA_START)


def sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """A legal sheet name (31 characters, none of ``[]:*?/\\``), unique among ``taken``."""
    base = " ".join(name.translate(SHEET_FORBIDDEN).split()).strip("'")[:31].rstrip() or "Sheet"
    used = {t.casefold() for t in taken}
    out, n = base, 1
    while out.casefold() in used:
        n += 1
        suffix = f" ({n})"
        out = base[: 31 - len(suffix)] + suffix
    return out


class _Sheet:
    """A write-only sheet and the number of rows written to it so far."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.rows = 0

    @property
    def full(self) -> Worksheet:
        """The sheet typed as a normal one, for what a write-only sheet borrows from it
        (page breaks, auto filter, charts; written when the sheet closes)."""
        return cast(Worksheet, self.ws)

    def append(self, values: Sequence[Any] = ()) -> None:
        self.ws.append([_cell(self.ws, v) if isinstance(v, str) and risky(v) else v
                        for v in values])
        self.rows += 1


def _cell(ws: WriteOnlyWorksheet, value: Any, font: Font | None = None,
          number_format: str | None = None) -> XCell:
    cell = WriteOnlyCell(ws, value=neutralise(value) if isinstance(value, str) else value)
    if isinstance(value, str) and risky(value):
        # Kept as the text it is ("+57 300...", "=SUM(A1)"), never run: a string cell with
        # Excel's quote prefix, which shows no apostrophe and reads back unchanged.
        cell.data_type = "s"
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _plain(value: Any) -> Any:
    """A value ``ws.append`` can take as is; the typed ones need a cell with a format."""
    return neutralise(value) if isinstance(value, str) else value


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.wb = Workbook(write_only=True)
        self.money = money_pattern(doc.currency)
        self.first = self._sheet(sheet_name(doc.title or _("Report")), self._first_widths())
        self.sheets: dict[str, _Sheet] = {}  # Table.sheet as given -> its sheet

    # -- sheets and widths ------------------------------------------------------------------

    def _sheet(self, title: str, widths: Sequence[float]) -> _Sheet:
        ws = self.wb.create_sheet(title)
        for i, w in enumerate(widths, 1):  # widths must be set before the first row
            ws.column_dimensions[get_column_letter(i)].width = w
        return _Sheet(ws)

    @staticmethod
    def _column_width(col: Column) -> float:
        base = {Kind.INT: 10.0, Kind.MONEY: 16.0, Kind.DECIMAL: 12.0, Kind.DATE: 12.0}
        width = base.get(col.kind, min(max(12.0 * col.width, 10.0), 60.0))
        return max(width, min(len(col.title) + 3.0, 40.0))

    def _first_widths(self) -> list[float]:
        widths = [26.0, 18.0]
        for block in self.doc.blocks:
            if isinstance(block, Table) and block.sheet is None:
                for i, col in enumerate(block.columns):
                    w = self._column_width(col)
                    if i < len(widths):
                        widths[i] = max(widths[i], w)
                    else:
                        widths.append(w)
            elif isinstance(block, Cards | Chart):
                widths[:2] = [max(widths[0], 30.0), max(widths[1], 24.0)]
                if isinstance(block, Chart):  # one column of numbers per series
                    for i in range(2, 1 + len(series_of(block))):
                        if i < len(widths):
                            widths[i] = max(widths[i], 18.0)
                        else:
                            widths.append(18.0)
            elif isinstance(block, Timeline):
                least = [36.0, 12.0, 12.0, 9.0, 8.0]
                for i, w in enumerate(least):
                    if i < len(widths):
                        widths[i] = max(widths[i], w)
                    else:
                        widths.append(w)
                count = TIMELINE_COLS + len(months(*sorted((block.start, block.end))))
                widths.extend([MONTH_WIDTH] * (count - len(widths)))
        return widths

    def _table_sheet(self, table: Table) -> _Sheet:
        if table.sheet is None:
            return self.first
        sheet = self.sheets.get(table.sheet)
        if sheet is None:
            taken = [ws.title for ws in self.wb.worksheets]
            sheet = self._sheet(sheet_name(table.sheet, taken),
                                [self._column_width(c) for c in table.columns])
            head_row = 2 if table.title else 1
            sheet.ws.freeze_panes = f"A{head_row + 1}"
            self.sheets[table.sheet] = sheet
        return sheet

    # -- blocks -----------------------------------------------------------------------------

    def title_rows(self) -> None:
        d, s = self.doc, self.first
        s.append([_cell(s.ws, d.cooperative, Font(bold=True, size=12))])
        s.append([_cell(s.ws, d.title, Font(bold=True, size=14))])
        if d.subtitle:
            s.append([_plain(d.subtitle)])
        when = d.generated_at or dt.datetime.now()
        if when.tzinfo is not None:  # Excel has no time zones; keep the wall-clock time
            when = when.replace(tzinfo=None)
        s.append([_cell(s.ws, _("Generated"), BOLD),
                  _cell(s.ws, when, number_format=DATETIME_FORMAT)])
        chain = f"#{d.chain_seq} {d.chain_head}" if d.chain_head else _("not recorded")
        s.append([_cell(s.ws, _("Audit chain"), BOLD), _plain(chain)])
        s.append()

    def block(self, block: Block) -> None:
        s, ws = self.first, self.first.ws
        match block:
            case Heading():
                size = {1: 13, 2: 11.5}.get(block.level, 11)
                s.append([_cell(ws, block.text, Font(bold=True, size=size))])
            case Paragraph():
                s.append([_plain(block.text)])
                s.append()
            case RichText():
                self.rich_text(block)
            case KeyValues():
                for key, value in block.items:
                    s.append([_cell(ws, key, BOLD), _plain(value)])
                s.append()
            case Table():
                self.table(block)
            case Chart():
                self.chart(block)
            case Timeline():
                self.timeline(block)
            case Cards():
                self.cards(block)
            case Signatures():
                for role in block.roles:
                    s.append()
                    s.append([_cell(ws, role, BOLD), "_" * 30])
                s.append()
            case PageBreak():
                s.full.row_breaks.append(Break(id=s.rows))

    def _typed(self, ws: WriteOnlyWorksheet, kind: Kind, value: Cell,
               font: Font | None = None) -> Any:
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            if kind is Kind.MONEY:
                return _cell(ws, float(value), font, self.money)
            if kind is Kind.INT:
                return _cell(ws, value if isinstance(value, int) else float(value), font, "#,##0")
            number = value if isinstance(value, int) else float(value)
            return _cell(ws, number, font) if font else number
        if isinstance(value, dt.date):
            fmt = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
            return _cell(ws, value, font, fmt)
        if font is not None and value is not None:
            return _cell(ws, value, font)
        return _plain(value)

    def table(self, table: Table) -> None:
        s = self._table_sheet(table)
        ws, cols = s.ws, list(table.columns)
        kinds = [c.kind for c in cols]
        if table.title:
            s.append([_cell(ws, table.title, Font(bold=True, size=12))])
        head_row = s.rows + 1
        s.append([self._head(ws, c) for c in cols])
        totals = Totals(cols)
        for row in table.rows:
            s.append([self._typed(ws, k, v) for k, v in zip(kinds, row, strict=False)])
            if totals:
                totals.add(row)
        last = s.rows
        if totals:
            values: list[Cell] = totals.row(len(cols))
            if values[0] is None:
                values[0] = _("Total")
            s.append([self._typed(ws, k, v, BOLD) for k, v in zip(kinds, values, strict=True)])
        if s is not self.first and not s.full.auto_filter.ref and last > head_row:
            s.full.auto_filter.ref = f"A{head_row}:{get_column_letter(len(cols))}{last}"
        s.append()

    @staticmethod
    def _head(ws: WriteOnlyWorksheet, col: Column) -> XCell:
        cell = _cell(ws, col.title, BOLD)
        cell.fill = HEAD_FILL
        if col.kind in (Kind.INT, Kind.MONEY, Kind.DECIMAL):
            cell.alignment = Alignment(horizontal="right")
        return cell

    def rich_text(self, block: RichText) -> None:
        """The text line by line: headings bold, bullets with "• ", numbered items with their
        number, bold and italic kept inside the cells."""
        s, ws = self.first, self.first.ws
        blocks = markdown_blocks(block.markdown)
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if b.kind == "h":
                font = Font(bold=True, size=RICH_SIZES.get(b.level, 11))
                s.append([_cell(ws, plain_text(b.lines[0]), font)])
                continue
            prefix = {"bullet": "• ", "number": f"{b.marker} "}.get(b.kind, "")
            for n, runs in enumerate(b.lines):
                s.append([self._rich(ws, prefix if n == 0 else "", runs)])
            if not (nxt is not None and nxt.kind == b.kind and b.kind != "p"):
                s.append()

    @staticmethod
    def _rich(ws: WriteOnlyWorksheet, prefix: str, runs: Sequence[Run]) -> Any:
        """A cell of text; with bold or italic parts, an Excel rich-text cell."""
        if not any(r.bold or r.italic for r in runs):
            return _cell(ws, prefix + plain_text(runs))
        parts: list[str | TextBlock] = [prefix] if prefix else []
        for r in runs:
            text = neutralise(r.text)
            if r.bold or r.italic:
                parts.append(TextBlock(InlineFont(b=r.bold, i=r.italic), text))
            else:
                parts.append(text)
        cell = WriteOnlyCell(ws)
        cell.value = CellRichText(parts)
        return cell

    def chart(self, block: Chart) -> None:
        """The chart's data as a small table, with a native Excel chart beside it."""
        if block.series or block.kind == "line":
            self.series_chart(block)
            return
        s, ws = self.first, self.first.ws
        s.append([_cell(ws, block.title, Font(bold=True, size=12))])
        start = s.rows + 1
        s.append([self._head(ws, Column(_("Label"))),
                  self._head(ws, Column(_("Value"), Kind.DECIMAL))])
        for label, value in zip(block.labels, block.values, strict=False):
            s.append([_plain(label), self._typed(ws, Kind.DECIMAL, value)])
        end = s.rows
        if end > start:
            chart: BarChart | PieChart = PieChart() if block.kind == "pie" else BarChart()
            chart.title = block.title
            data = Reference(ws, min_col=2, min_row=start, max_row=end)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=start + 1, max_row=end))
            if isinstance(chart, BarChart):
                chart.legend = None
            s.full.add_chart(chart, f"D{start}")
        while s.rows < start + CHART_ROWS:
            s.append()

    def _chart_number(self, ws: WriteOnlyWorksheet, value: int | Decimal) -> Any:
        if isinstance(value, int):
            return _cell(ws, value, number_format="#,##0")
        return _cell(ws, float(value), number_format=self.money)

    def series_chart(self, block: Chart) -> None:
        """A table of the values (a column per series, a row per label) and a native
        clustered bar chart or line chart of it beside the table."""
        s, ws = self.first, self.first.ws
        series = series_of(block)
        s.append([_cell(ws, block.title, Font(bold=True, size=12))])
        start = s.rows + 1
        names = [x.name for x in series] if block.series else [_("Value")]
        s.append([self._head(ws, Column(_("Label"))),
                  *(self._head(ws, Column(name, Kind.DECIMAL)) for name in names)])
        for i, label in enumerate(block.labels):
            s.append([_plain(label), *(self._chart_number(ws, x.values[i]) for x in series)])
        end = s.rows
        if end > start:
            chart: BarChart | LineChart
            if block.kind == "line":
                chart = LineChart()
            else:
                chart = BarChart()
                chart.type = "col"
                chart.grouping = "clustered"
            chart.title = block.title
            chart.width = max(15, min(30, round(1.2 * len(block.labels) * len(series))))  # cm
            data = Reference(ws, min_col=2, max_col=1 + len(series), min_row=start, max_row=end)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=start + 1, max_row=end))
            if len(series) == 1:
                chart.legend = None
            elif chart.legend is not None:
                chart.legend.position = "b"
            s.full.add_chart(chart, f"{get_column_letter(len(series) + 3)}{start}")
        while s.rows < start + CHART_ROWS:
            s.append()

    def timeline(self, block: Timeline) -> None:
        """The timeline as a table (activity, start, end, done %, late) with one narrow
        column per month shaded like a Gantt chart: darker for the part done, red if late."""
        s, ws = self.first, self.first.ws
        start, end = sorted((block.start, block.end))
        cols = months(start, end)
        s.append([_cell(ws, block.title, Font(bold=True, size=12))])
        if block.today is not None:
            s.append([_cell(ws, _("Today"), BOLD),
                      _cell(ws, block.today, number_format=DATE_FORMAT)])
        head = [self._head(ws, Column(_("Activity"))),
                self._head(ws, Column(_("Start"), Kind.DATE)),
                self._head(ws, Column(_("End"), Kind.DATE)),
                self._head(ws, Column(_("Done %"), Kind.INT)),
                self._head(ws, Column(_("Late")))]
        now = block.today.replace(day=1) if block.today else None
        for m in cols:
            cell = _cell(ws, m, BOLD, "mmm yy")
            cell.fill = PatternFill("solid", fgColor="F1C1B8") if m == now else HEAD_FILL
            cell.alignment = Alignment(textRotation=90, horizontal="center")
            head.append(cell)
        s.append(head)
        fills = {k: PatternFill("solid", fgColor=v.lstrip("#").upper())
                 for k, v in GANTT.items()}
        late_font = Font(color="B23A2A", bold=True)
        for bar in block.bars:
            until = done_until(bar)
            row: list[Any] = [
                _cell(ws, bar.label, late_font) if bar.late else _plain(bar.label),
                _cell(ws, bar.start, number_format=DATE_FORMAT),
                _cell(ws, bar.end, number_format=DATE_FORMAT),
                min(max(bar.done, 0), 100),
                _cell(ws, _("Late"), late_font) if bar.late else None,
            ]
            for m in cols:
                shade = month_shade(bar, m, until)
                cell = WriteOnlyCell(ws, value=None)
                if shade is not None:
                    cell.fill = fills[(bar.late, shade)]
                row.append(cell)
            s.append(row)
        s.append()

    def cards(self, block: Cards) -> None:
        s, ws = self.first, self.first.ws
        s.append([self._head(ws, Column(_("Card"))), self._head(ws, Column(_("QR code"))),
                  self._head(ws, Column(_("Details")))])
        for card in block.cards:
            s.append([_plain(card.title), _plain(card.qr), *(_plain(x) for x in card.lines)])
        s.append()


def render_xlsx(doc: Document, path: Path | str) -> None:
    """Write ``doc`` as an .xlsx workbook at ``path``."""
    w = _Writer(doc)
    w.title_rows()
    for block in doc.blocks:
        w.block(block)
    w.wb.save(str(path))
