"""The books' reports on SQLite and PostgreSQL: the statements agree with each other and with
figures worked out by hand, every report builds and reads back from PDF and Excel, bad options
are refused clearly, and random books keep the accounting identities (hypothesis)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from coopdesk.core.errors import CoopdeskError, NotFound, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import reports, services
from coopdesk.ledger import statements as stm
from coopdesk.ledger.models import Account, FiscalYear, JournalEntry, JournalLine
from coopdesk.ledger.rules import EntryInput, LineInput
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.production import queries as pq
from coopdesk.production import services as production
from coopdesk.production.services import LotInput, PurchaseInput, SaleInput
from coopdesk.reports import output
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import KeyValues, Kind, Table

D = Decimal
Y25 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
Y26 = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
PDFTOTEXT = shutil.which("pdftotext")


def post(uow: UnitOfWork, day: dt.date, text: str, *lines: LineInput) -> int:
    return services.post_entry(uow, EntryInput(day, text, lines)).number


def dr(code: str, amount: str, member: int | None = None) -> LineInput:
    return LineInput(code, debit=D(amount), member=member)


def cr(code: str, amount: str, member: int | None = None) -> LineInput:
    return LineInput(code, credit=D(amount), member=member)


def make_book(uow: UnitOfWork) -> UnitOfWork:
    """A small but complete book: 2025 opened, traded and closed; 2026 open with production,
    purchases, sales, a member payable, a loan, a share payment and a reversed entry."""
    services.install_chart(uow, "general")
    services.open_fiscal_year(uow, "2025", *Y25)
    services.open_fiscal_year(uow, "2026", *Y26)
    for first, last in (("Rosa", "Quispe"), ("Juan", "Mamani")):
        members.register_member(uow, MemberInput(first, last, "F", dt.date(1980, 1, 1),
                                                 "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    members.add_site(uow, "Santa Rosa")
    services.post_opening(uow, "2025", (dr("1105", "1000000"), dr("1110", "500000"),
                                        cr("3105", "1200000", 1), cr("3705", "300000")))
    lot = production.record_lot(uow, LotInput(dt.date(2025, 3, 15), D(100), D(900), member=1,
                                              days=30, site="Santa Rosa"))
    production.buy(uow, PurchaseInput(dt.date(2025, 3, 15), 1, D(200), lot=lot))  # 18,000
    production.sell(uow, SaleInput(dt.date(2025, 4, 10), "Metalor", ((lot, D(100)),), D(250),
                                   premium=D(1000)))  # 22,500 + 1,000 to the bank
    post(uow, dt.date(2025, 6, 30), "Diesel", dr("5195", "2000"), cr("1105", "2000"))
    services.close_year(uow, "2025")  # surplus 22,500 + 1,000 - 18,000 - 2,000 = 3,500
    a = production.record_lot(uow, LotInput(dt.date(2026, 2, 10), D(50), D(950), member=1,
                                            days=20, site="Santa Rosa"))
    b = production.record_lot(uow, LotInput(dt.date(2026, 2, 11), D(30), D(900),
                                            work_group="Grupo Norte", miners=3, days=2))
    production.record_lot(uow, LotInput(dt.date(2026, 2, 12), D("10.5"), D(800), member=2))
    production.buy(uow, PurchaseInput(dt.date(2026, 2, 12), 1, D(210), lot=a))  # 9,975
    production.sell(uow, SaleInput(dt.date(2026, 3, 1), "Metalor", ((a, D(50)), (b, D(20))),
                                   D(260), premium=D(1500)))  # (47.5+18) g * 260 = 17,030
    post(uow, dt.date(2026, 3, 5), "Admission fees", dr("1105", "5000"), cr("4250", "5000"))
    post(uow, dt.date(2026, 3, 6), "Wages", dr("5105", "3000"), cr("1110", "3000"))
    post(uow, dt.date(2026, 3, 7), "Loan to Juan", dr("1345", "1000", 2), cr("1105", "1000"))
    post(uow, dt.date(2026, 3, 8), "Gold owed to Rosa", dr("6105", "700"),
         cr("2620", "700", 1))
    wrong = post(uow, dt.date(2026, 3, 9), "Repairs", dr("5145", "400"), cr("1105", "400"))
    services.reverse_entry(uow, "2026", wrong, dt.date(2026, 3, 10), "typed twice")
    post(uow, dt.date(2026, 4, 1), "Shares paid by Juan", dr("1105", "250"),
         cr("3105", "250", 2))
    return uow


# Worked out by hand from make_book.
CASH_2026 = D(1000000 - 18000 - 2000) + D(5000 - 1000 - 400 + 400 + 250) - D(9975)
BANK_2026 = D(500000 + 22500 + 1000) + D(17030 + 1500 - 3000)
RESULT_2025 = D(3500)
RESULT_2026 = D(17030 + 1500 + 5000) - D(9975 + 3000 + 700)


@pytest.fixture
def book(admin: UnitOfWork) -> UnitOfWork:
    return make_book(admin)


# ---- statements ------------------------------------------------------------------------------

def test_trial_balance(book: UnitOfWork) -> None:
    tb = {t.code: t for t in stm.trial_balance(book, *Y26)}
    assert tb["1105"].opening == D(980000) and tb["1105"].closing == CASH_2026
    assert tb["1110"].closing == BANK_2026
    assert tb["3605"].opening == -RESULT_2025, "the closing entry is an ordinary movement"
    assert "4105" not in {t.code for t in stm.trial_balance(book, *Y25) if t.closing}
    total = stm.trial_totals(list(tb.values()))
    assert total.debit == total.credit and total.opening == 0 and total.closing == 0
    assert tb["5145"].debit == tb["5145"].credit == D(400) and tb["5145"].closing == 0
    with pytest.raises(ValidationError, match="must end on or after"):
        stm.trial_balance(book, Y26[1], Y26[0])


def test_income_statement_and_balance_sheet(book: UnitOfWork) -> None:
    year25 = stm.income_statement(book, *Y25)
    assert year25.result == RESULT_2025, "closing entries are left out"
    assert year25.section("income").total == D(23500)
    year26 = stm.income_statement(book, *Y26)
    assert year26.result == RESULT_2026
    groups = {g.code: g for s in year26.sections for g in s.groups}
    assert set(groups) == {"41", "42", "51", "61"}
    assert groups["41"].total == D(17030 + 1500) and groups["61"].total == D(9975 + 700)
    assert "5145" not in year26.amounts(), "reversed: nothing left"
    bs = stm.balance_sheet(book, Y26[1])
    assert bs.result == RESULT_2026, "2025 is closed: only 2026 is not"
    assets = bs.section("asset").total
    assert assets == bs.section("liability").total + bs.section("equity").total + bs.result
    tb = {t.code: t for t in stm.trial_balance(book, *Y26)}
    for code, amount in bs.amounts().items():
        sign = 1 if tb[code].kind == "asset" else -1
        assert sign * tb[code].closing == amount, code
    assert bs.amounts()["1105"] == CASH_2026 and bs.amounts()["3605"] == RESULT_2025
    assert stm.balance_sheet(book, dt.date(2025, 12, 30)).result == RESULT_2025


def test_general_ledger_streams_with_running_balances(book: UnitOfWork) -> None:
    seen: list[tuple[int, int]] = []
    rows = list(stm.general_ledger(book, *Y26, progress=lambda d, t: seen.append((d, t))))
    tb = {t.code: t for t in stm.trial_balance(book, *Y26)}
    closings = {r.account: r.balance for r in rows if r.kind is stm.RowKind.CLOSING}
    assert closings == {c: t.closing for c, t in tb.items()}
    assert [r.account for r in rows if r.kind is stm.RowKind.OPENING] == sorted(tb)
    postings = [r for r in rows if r.kind is stm.RowKind.POSTING]
    assert sum(r.debit for r in postings) == sum(r.credit for r in postings)
    assert seen[-1] == (len(postings), len(postings))
    bal = D(0)
    for r in rows:
        if r.account == "1105":
            bal = r.balance if r.kind is stm.RowKind.OPENING else bal
            if r.kind is stm.RowKind.POSTING:
                bal += r.debit - r.credit
                assert r.balance == bal and r.entry and r.entry.startswith("2026/")
    assert bal == CASH_2026
    only = list(stm.general_ledger(book, *Y26, accounts=["1110"]))
    assert {r.account for r in only} == {"1110"} and only[-1].balance == BANK_2026
    with pytest.raises(NotFound, match="There is no account 9999"):
        stm.general_ledger(book, *Y26, accounts=["9999"])


def test_ten_thousand_entries_stream_in_bounded_memory(sqlite_admin: UnitOfWork) -> None:
    import tracemalloc

    from sqlalchemy import insert

    uow = sqlite_admin
    services.install_chart(uow, "general")
    services.open_fiscal_year(uow, "2026", *Y26)
    with uow.db.session(write=True) as s:  # rows straight in: the reports, not the chain
        ids = [s.scalar(select(Account.id).where(Account.code == c))
               for c in ("1105", "1110", "4105", "5105")]
        year = s.scalar(select(FiscalYear.id))
        now = dt.datetime(2026, 1, 1)
        s.execute(insert(JournalEntry), [
            {"id": i + 1, "uid": f"u{i}", "year_id": year, "number": i + 1,
             "date": Y26[0] + dt.timedelta(days=i % 365), "description": f"Entry {i}",
             "status": "posted", "created_by": "t", "created_at": now} for i in range(10_000)])
        s.execute(insert(JournalLine), [
            {"entry_id": i + 1, "line_no": n + 1, "account_id": ids[(i + n) % 4],
             "debit": 0 if n else i + 1, "credit": i + 1 if n else 0}
            for i in range(10_000) for n in (0, 1)])
    seen: list[tuple[int, int]] = []
    rows = stm.general_ledger(uow, *Y26, progress=lambda d, t: seen.append((d, t)))
    tracemalloc.start()
    try:
        count = sum(1 for r in rows if r.kind is stm.RowKind.POSTING)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 20_000 and seen[-1] == (20_000, 20_000) and len(seen) == 21
    assert peak < 6_000_000, f"{peak} bytes: the rows were held, not streamed"


def test_account_member_and_cash_statements(book: UnitOfWork) -> None:
    rows = list(stm.account_statement(book, "3105", *Y26))
    assert rows[0].kind is stm.RowKind.OPENING and rows[0].balance == D(-1200000)
    assert [(r.member, r.credit) for r in rows if r.kind is stm.RowKind.POSTING] == [
        (2, D(250))]
    assert rows[-1].balance == D(-1200250)
    empty = list(stm.account_statement(book, "1540", *Y26))
    assert [(r.kind, r.balance) for r in empty] == [(stm.RowKind.OPENING, 0),
                                                    (stm.RowKind.CLOSING, 0)]
    rosa = list(stm.member_statement(book, 1, *Y26))
    assert {r.account: r.balance for r in rosa if r.kind is stm.RowKind.CLOSING} == {
        "2620": D(-700), "3105": D(-1200000)}
    juan = list(stm.member_statement(book, 2, *Y26))
    assert {r.account: r.balance for r in juan if r.kind is stm.RowKind.CLOSING} == {
        "1345": D(1000), "3105": D(-250)}
    cash = list(stm.cash_book(book, *Y26))
    closing = {r.account: r.balance for r in cash if r.kind is stm.RowKind.CLOSING}
    assert closing == {"1105": CASH_2026, "1110": BANK_2026, "1120": D(0)}
    with pytest.raises(ValidationError, match="heading"):
        stm.account_statement(book, "11", *Y26)
    with pytest.raises(NotFound, match="There is no member number 99"):
        stm.member_statement(book, 99, *Y26)


def test_production_queries(book: UnitOfWork) -> None:
    made = {(p.producer, p.site): p for p in pq.production(book, *Y26)}
    rosa = made[("0001 Rosa Quispe", "Santa Rosa")]
    assert (rosa.lots, rosa.grams, rosa.fine_grams) == (1, D(50), D("47.500"))
    assert made[("Grupo Norte", None)].fine_grams == D("27.000")
    assert made[("0002 Juan Mamani", None)].grams == D("10.5")
    (bought,) = pq.purchases(book, *Y26)
    assert (bought.member, bought.grams, bought.amount) == (1, D(50), D(9975))
    (sale,) = pq.sales(book, *Y26)
    assert (sale.grams, sale.amount, sale.premium) == (D(70), D(17030), D(1500))
    assert sale.lots == ((2, D(50)), (3, D(20))) and sale.fine_grams == D("65.500")
    rates = {p.producer: p for p in pq.productivity(book, *Y26)}
    assert rates["Grupo Norte"].per_miner_day == D(5) and rates["Grupo Norte"].above
    assert rates["0001 Rosa Quispe"].per_miner_day == D("2.5")
    assert not rates["0001 Rosa Quispe"].above
    assert rates["0002 Juan Mamani"].lots_above == 1
    s = pq.summary(book, *Y25)
    assert (s.lots, s.sold_grams, s.sales_amount, s.premium) == (1, D(100), D(22500), D(1000))


def test_headings_of_the_syscohada_chart(sqlite_admin: UnitOfWork) -> None:
    """Two-digit headings, and the top heading for accounts right under it (class 8)."""
    services.install_chart(sqlite_admin, "syscohada")
    services.open_fiscal_year(sqlite_admin, "2026", *Y26)
    for a, b, x in (("5711", "7021", "1000"), ("83", "5711", "100"), ("521", "84", "50")):
        post(sqlite_admin, dt.date(2026, 2, 1), "x", dr(a, x), cr(b, x))
    income = stm.income_statement(sqlite_admin, *Y26)
    assert [(g.code, g.total) for g in income.section("income").groups] == [
        ("70", D(1000)), ("8", D(50))]
    assert [g.code for g in income.section("expense").groups] == ["8"]
    bs = stm.balance_sheet(sqlite_admin, Y26[1])
    assert bs.section("asset").total == bs.result == income.result == D(950)


def test_previous_period() -> None:
    day = dt.date
    assert stm.previous_period(*Y26) == Y25
    assert stm.previous_period(day(2026, 3, 1), day(2026, 5, 31)) == (day(2025, 12, 1),
                                                                      day(2026, 2, 28))
    assert stm.previous_period(day(2024, 3, 1), day(2024, 3, 31)) == (day(2024, 2, 1),
                                                                      day(2024, 2, 29))
    assert stm.previous_period(day(2026, 3, 10), day(2026, 3, 19)) == (day(2026, 2, 28),
                                                                       day(2026, 3, 9))
    years = [(day(2024, 7, 1), day(2025, 12, 31)), (day(2026, 1, 1), day(2026, 12, 31))]
    assert stm.previous_period(*Y26, years) == years[0], "the previous fiscal year itself"
    assert stm.previous_period(day(2026, 1, 15), day(2027, 1, 14), [
        (day(2025, 1, 15), day(2026, 1, 14)), (day(2026, 1, 15), day(2027, 1, 14))]) == (
        day(2025, 1, 15), day(2026, 1, 14))
    calendar = [(day(2025, 1, 1), day(2025, 12, 31)), (day(2026, 1, 1), day(2026, 12, 31))]
    assert stm.previous_period(day(2026, 1, 1), day(2026, 10, 31), calendar) == (
        day(2025, 1, 1), day(2025, 10, 31)), "year to date against the same months last year"
    assert stm.previous_period(day(2026, 1, 1), day(2026, 2, 10), calendar) == (
        day(2025, 1, 1), day(2025, 2, 10))


# ---- documents -------------------------------------------------------------------------------

def progress_to(sink: list[tuple[int, int]]) -> Callable[[int, int], None]:
    return lambda done, total: sink.append((done, total))


def xlsx_rows(path: Path) -> list[list[object]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    out: list[list[object]] = [list(r) for ws in wb.worksheets
                               for r in ws.iter_rows(values_only=True)]
    wb.close()
    return out


def csv_rows(path: Path) -> list[list[object]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [list(r) for r in csv.reader(f)]


def pdf_text(path: Path) -> str:
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, "-layout", "-enc", "UTF-8", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return out.replace("\u202f", " ").replace("\xa0", " ")


def number(value: object) -> Decimal | None:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return D(str(value)).quantize(D("0.01"))
    if isinstance(value, str):
        try:
            return D(value.replace(",", "")).quantize(D("0.01"))
        except ArithmeticError:
            return None
    return None


def row_with(rows: Iterable[list[object]], label: str) -> list[Decimal]:
    """The numbers of the first row with a cell ``label``."""
    for r in rows:
        if label in r:
            return [n for n in map(number, r) if n is not None]
    raise AssertionError(f"no row labelled {label!r}")


# (report, a label in its table ({code}: the account's code and name), a figure of that row)
CHECKS = [
    ("trial-balance", "1105", CASH_2026),
    ("general-ledger", "{1110}: closing balance", BANK_2026),
    ("account-statement", "{1105}: closing balance", CASH_2026),
    ("member-statement", "{2620}: closing balance", D(-700)),
    ("cash-book", "{1105}: closing balance of the previous period", D(980000)),
    ("income-statement", "Result (surplus or loss)", RESULT_2026),
    ("balance-sheet", "Result not yet closed", RESULT_2026),
    ("production-sales", "This period", D("90.5")),
]


def test_every_report_builds_and_reads_back(book: UnitOfWork, tmp_path: Path) -> None:
    assert {name for name, _l, _f in CHECKS} == set(reports.REPORTS)
    fmt = CellFormatter("en", "COP")
    names = {c: f"{c} {stm.find_account(book, c).name}" for c in ("1105", "1110", "2620")}
    for name, pattern, figure in CHECKS:
        label = pattern
        for code, full in names.items():
            label = label.replace("{" + code + "}", full)
        progress: list[tuple[int, int]] = []
        for kind in output.FORMATS:
            doc = reports.build(book, name, *Y26, account="1105", member=1,
                                progress=progress_to(progress))
            assert doc.title == reports.REPORTS[name].title
            path = output.export(book, doc, tmp_path / f"{name}.{kind}")
            if kind == "pdf":
                if PDFTOTEXT is None:
                    continue
                text = pdf_text(path)
                want = fmt.text(Kind.DECIMAL if name == "production-sales" else Kind.MONEY,
                                figure)
                lines = [ln for ln in text.splitlines() if label[:28] in ln and want in ln]
                assert lines, (name, label, want)
                assert "Previous period" in text and "Generated for" in text
            elif kind in ("xlsx", "csv"):
                rows = xlsx_rows(path) if kind == "xlsx" else csv_rows(path)
                assert figure.quantize(D("0.01")) in row_with(rows, label), (name, kind)
        if name == "general-ledger":
            assert progress and progress[-1][0] == progress[-1][1] > 0


def test_compare_columns_and_landscape(book: UnitOfWork) -> None:
    doc = reports.build(book, "trial-balance", *Y26)
    assert doc.landscape
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    titles = [c.title for c in table.columns]
    assert "Debit, previous period" in titles
    assert all(c.total for c in table.columns if c.kind is Kind.MONEY)
    rows = {r[0]: r for r in table.rows}
    assert rows["4105"][6:] == [D(22500), D(22500)], "2025: sold, then closed"
    alone = reports.build(book, "income-statement", *Y26, compare=False)
    assert not any(k == "Previous period" for b in alone.blocks if isinstance(b, KeyValues)
                   for k, _v in b.items)
    assert all(len(b.columns) == 3 for b in alone.blocks if isinstance(b, Table))


def test_bad_options_are_refused_clearly(book: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match=r"no report named 'trial'.*trial-balance") as e:
        reports.build(book, "trial", *Y26)
    assert e.value.field == "report"
    with pytest.raises(ValidationError, match=r"Account statement. needs an account.*'account'"
                       ) as e:
        reports.build(book, "account-statement", *Y26)
    assert e.value.field == "account"
    with pytest.raises(ValidationError, match=r"needs a member.*'member'"):
        reports.build(book, "member-statement", *Y26)
    with pytest.raises(CoopdeskError, match="There is no account 9999"):
        reports.build(book, "account-statement", *Y26, account="9999")
    with pytest.raises(CoopdeskError, match="There is no member number 42"):
        reports.build(book, "member-statement", *Y26, member=42)
    with pytest.raises(ValidationError, match="must end on or after"):
        reports.build(book, "cash-book", Y26[1], Y26[0])


# ---- random books (hypothesis) ---------------------------------------------------------------

CODES = ("1105", "1110", "1345", "2620", "3105", "4105", "4250", "5105", "6105")
MEMBER_CODES = {"1345", "2620", "3105"}
entry_st = st.tuples(st.integers(0, len(CODES) - 1), st.integers(0, len(CODES) - 1),
                     st.integers(1, 10**8), st.integers(0, 10**8), st.integers(0, 364),
                     st.booleans())


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(entries=st.lists(entry_st, min_size=1, max_size=8), close=st.booleans())
def test_random_books_keep_the_identities(sqlite_admin: UnitOfWork,
                                          entries: list[tuple[int, int, int, int, int, bool]],
                                          close: bool) -> None:
    uow = sqlite_admin
    with uow.read() as s:
        years = list(s.execute(select(FiscalYear.name, FiscalYear.closed)
                               .order_by(FiscalYear.start)))
    if not years:
        services.install_chart(uow, "general")
        members.register_member(uow, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                                 "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    year = 2000 + len(years)
    first = dt.date(year, 1, 1)
    services.open_fiscal_year(uow, str(year), first, dt.date(year, 12, 31))
    for a, b, x, y, day, reverse in entries:
        when = first + dt.timedelta(days=day)
        c = (b + 1) % len(CODES)
        lines = [LineInput(CODES[a], debit=D(x + y).scaleb(-2),
                           member=1 if CODES[a] in MEMBER_CODES else None),
                 LineInput(CODES[b], credit=D(x).scaleb(-2),
                           member=1 if CODES[b] in MEMBER_CODES else None)]
        if y:
            lines.append(LineInput(CODES[c], credit=D(y).scaleb(-2),
                                   member=1 if CODES[c] in MEMBER_CODES else None))
        ref = services.post_entry(uow, EntryInput(when, "Random", tuple(lines)))
        if reverse:
            services.reverse_entry(uow, ref.year, ref.number, when, "random")
    if close:
        for name, closed in [*years, (str(year), False)]:
            if not closed:
                services.close_year(uow, name)
    with uow.read() as s:
        open_years = list(s.scalars(select(FiscalYear.start).where(
            FiscalYear.closed.is_(False)).order_by(FiscalYear.start)))
    start, end = dt.date(2000, 1, 1), dt.date(year, 12, 31)
    tb = stm.trial_balance(uow, start, end)
    total = stm.trial_totals(tb)
    assert total.debit == total.credit and total.closing == 0
    bs = stm.balance_sheet(uow, end)
    assert bs.section("asset").total == (bs.section("liability").total
                                         + bs.section("equity").total + bs.result)
    amounts = bs.amounts()
    for t in tb:
        if t.kind in stm.BALANCE_KINDS:
            assert amounts.get(t.code, D(0)) == (t.closing if t.kind == "asset"
                                                 else -t.closing), t.code
    since = open_years[0] if open_years else dt.date(year + 1, 1, 1)
    unclosed = (stm.income_statement(uow, since, end).result if open_years else D(0))
    assert unclosed == bs.result
    ledger = {r.account: r.balance for r in stm.general_ledger(uow, start, end)
              if r.kind is stm.RowKind.CLOSING}
    assert ledger == {t.code: t.closing for t in tb}
