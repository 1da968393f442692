"""The documents of benefit sharing on SQLite and PostgreSQL: a distribution's preview, the
payout sheet, "why this amount" and the unclaimed list; their totals add up, the PDF is drawn
(looked at as an image), Excel keeps numbers as numbers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PIL import Image, ImageStat

from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook
from coopdesk.ledger import services as books
from coopdesk.ledger.cashbook import CashInput
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from coopdesk.production import services as production
from coopdesk.production.services import LotInput, PurchaseInput
from coopdesk.reports.document import Cell, Chart, Document, KeyValues, Paragraph, Signatures, Table
from coopdesk.reports.output import export
from coopdesk.sharing import queries as sq
from coopdesk.sharing import reports
from coopdesk.sharing import services as sharing
from coopdesk.sharing.services import RunInput, Source

D = Decimal
Y25 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
APPROVED, POSTED, PAID = dt.date(2026, 3, 1), dt.date(2026, 3, 2), dt.date(2026, 3, 5)
PDFTOPPM = shutil.which("pdftoppm")

# number, first, last, grams delivered in 2025, payout method, account, phone
PEOPLE = (
    (1, "Rosa", "Quispe", D(30), "cash", None, "+57 300 111 2233"),
    (2, "Juan", "Mamani", D(10), "bank", "0012-3456-78", None),
    (3, "Eva", "Huanca", D(20), "cash", None, None),          # dies; Ana Huanca collects
    (4, "Luis", "Condori", D(5), "cash", None, None),          # suspended: no part
    (5, "Marta", "Ñahui Tupac", D(15), "mobile", "3009998877", "3009998877"),
    (6, "Pedro", "Choque", D(12), "cash", None, None),
)


def build_coop(admin: UnitOfWork) -> UnitOfWork:
    """A closed 2025 with a surplus; six members who delivered gold in 2025 (one paid by bank,
    one by mobile money, one deceased with a successor, one suspended) and the Colombian
    preset policy."""
    books.install_chart(admin, "general")
    books.open_fiscal_year(admin, "2025", *Y25)
    books.open_fiscal_year(admin, "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for n, first, last, _g, method, account, phone in PEOPLE:
        assert members.register_member(admin, MemberInput(
            first, last, "F", dt.date(1980, 1, 1), "digger", dt.date(2020, 1, 1), phone=phone,
            payout_method=method, payout_account=account,
            payout_provider={"bank": "Banco Agrario", "mobile": "Nequi"}.get(method),
            successor_name="Ana Huanca" if n == 3 else None,
            successor_phone="+57 311 000 0003" if n == 3 else None), Status.ACTIVE) == n
    day = dt.date(2025, 5, 2)
    for n, *_rest in PEOPLE:
        grams = PEOPLE[n - 1][3]
        production.record_lot(admin, LotInput(day, grams, D(1000), member=n, days=n))
        production.buy(admin, PurchaseInput(day, n, D(1000), lot=n))
    for n in (1, 2):
        shares.subscribe(admin, n, 1, dt.date(2025, 1, 1))
    cashbook.record(admin, CashInput("premium", day, D(1_000_000) + D(92_000)))
    books.close_year(admin, "2025")
    members.change_status(admin, 3, Status.DECEASED, dt.date(2025, 12, 1), "accident")
    members.change_status(admin, 4, Status.SUSPENDED, dt.date(2026, 1, 10), "absent")
    sharing.install_preset(admin, "colombia")
    return admin


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    return build_coop(admin)


@pytest.fixture
def posted(coop: UnitOfWork) -> int:
    """Distribution 1 of the 2025 surplus, approved and posted; member 1 paid in cash."""
    n = sharing.create_run(coop, RunInput("Excedentes 2025", Source.SURPLUS, "colombia",
                                          year="2025"))
    sharing.approve(coop, n, APPROVED, "AGO-2026 res. 4")
    sharing.post(coop, n, POSTED)
    sharing.pay(coop, n, PAID, "cash", [1])
    return n


def tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def rows(t: Table) -> list[Sequence[Cell]]:
    return list(t.rows)


def col(t: Table, title: str) -> int:
    return [c.title for c in t.columns].index(title)


def money_sum(t: Table, title: str) -> Decimal:
    i = col(t, title)
    return sum((v for r in rows(t) if isinstance(v := r[i], Decimal)), D(0))


def look(pdf: Path, tmp_path: Path) -> list[Image.Image]:
    """The PDF's pages as images; each must carry ink (not a blank page)."""
    if PDFTOPPM is None:
        pytest.skip("needs pdftoppm (poppler-utils)")
    prefix = tmp_path / pdf.stem
    subprocess.run([PDFTOPPM, "-png", "-r", "40", str(pdf), str(prefix)], check=True)
    pages = [Image.open(p).convert("L") for p in sorted(tmp_path.glob(f"{pdf.stem}*.png"))]
    assert pages
    for im in pages:
        stat = ImageStat.Stat(im)
        assert stat.stddev[0] > 10, "a blank page"
        darkest, _lightest = im.getextrema()
        assert isinstance(darkest, int) and darkest < 80, "no dark ink on the page"
    return pages


def test_preview_adds_up_and_renders(coop: UnitOfWork, tmp_path: Path) -> None:
    n = sharing.create_run(coop, RunInput("Excedentes 2025", Source.SURPLUS, "colombia",
                                          year="2025"))
    d = sq.detail(coop, n)
    doc = reports.preview(coop, n)
    assert doc.title == "Distribution 1: Excedentes 2025" and doc.landscape
    facts = dict(next(b for b in doc.blocks if isinstance(b, KeyValues)).items)
    assert facts["Status"] == "Draft" and facts["Approved"] == "Not approved yet"
    funds, bases, people = tables(doc)
    # the funds, the members' part and the rounding residue add up to the amount shared
    assert money_sum(funds, "Amount") == d.row.amount
    assert [r[0] for r in rows(funds)][-2:] == ["Members' part, shared among the members",
                                                "Left by rounding"]
    assert rows(bases)[0][0] == "Production delivered (value)" and rows(bases)[0][1] == 100
    assert rows(bases)[0][3] == D(87_000)  # eligible members' purchases (not the suspended)
    # one line per member; the amounts add up to what the members share
    lines = rows(people)
    assert [r[0] for r in lines] == [1, 2, 3, 4, 5, 6]
    assert money_sum(people, "Amount") == d.row.shared
    by_no = {r[0]: r for r in lines}
    assert by_no[4][col(people, "Excluded because")] == "suspended"
    assert by_no[3][col(people, "Paid to")] == "Ana Huanca"
    assert by_no[3][col(people, "Status")] == "Deceased"
    assert by_no[1][col(people, "Production delivered (COP)")] == D(30_000)
    chart = next(b for b in doc.blocks if isinstance(b, Chart))
    assert sum(chart.values) == d.row.amount and chart.labels[-1] in ("Members",
                                                                      "Left by rounding")
    # the rows stream from the database and can be read again (PDF, then Excel)
    pdf = export(coop, doc, tmp_path / "preview.pdf")
    xlsx = export(coop, doc, tmp_path / "preview.xlsx")
    export(coop, doc, tmp_path / "preview.csv")
    look(pdf, tmp_path)
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    ws = wb["Members"]
    values = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(values) if r[0] == "No.")
    first = values[head + 1]
    assert first[0] == 1 and isinstance(first[0], int)
    amount_col = list(values[head]).index("Amount")
    amount = first[amount_col]
    assert isinstance(amount, float) and amount > 0
    assert isinstance(first[4], (int, float))  # production delivered is a number


def test_payout_sheet_one_tall_row_per_member_to_pay(coop: UnitOfWork, posted: int,
                                                     tmp_path: Path) -> None:
    doc = reports.payout_sheet(coop, posted)
    assert not doc.landscape
    groups = [t for t in tables(doc) if t.row_height]
    # member 1 is paid, member 4 receives nothing: cash 3 and 6, bank 2, mobile 5
    assert [t.title for t in groups] == ["Cash: 2 member(s)", "Bank transfer: 1 member(s)",
                                         "Mobile money: 1 member(s)"]
    cash, bank, mobile = groups
    assert [r[0] for r in rows(cash)] == [3, 6]
    assert [c.title for c in cash.columns][-1] == "Signature or thumbprint"
    assert all(r[-1] is None for t in groups for r in rows(t))  # left empty to sign in
    assert cash.row_height is not None and cash.row_height >= 36  # room for a thumb
    assert cash.columns[col(cash, "Amount")].total  # a subtotal for each method
    ana = rows(cash)[0]
    assert ana[col(cash, "Paid to (successor)")] == "Ana Huanca"
    assert ana[col(cash, "Account or phone")] == "+57 311 000 0003"
    assert rows(bank)[0][col(bank, "Account or phone")] == "Banco Agrario 0012-3456-78"
    assert rows(mobile)[0][col(mobile, "Account or phone")] == "Nequi 3009998877"
    summary = tables(doc)[-1]
    lines = {ln.number: ln for ln in sq.lines(coop, posted)}
    unpaid = sum(ln.amount for ln in lines.values() if ln.amount and ln.paid_on is None)
    assert money_sum(summary, "Amount") == unpaid
    assert sum(money_sum(t, "Amount") for t in groups) == unpaid
    assert [r[1] for r in rows(summary)] == [2, 1, 1]
    assert isinstance(doc.blocks[-1], Signatures)
    assert list(doc.blocks[-1].roles) == ["Treasurer", "Witness"]
    pdf = export(coop, doc, tmp_path / "sheet.pdf")
    look(pdf, tmp_path)
    # by one method, and with those already paid
    bank_only = reports.payout_sheet(coop, posted, via="bank")
    assert [t.title for t in tables(bank_only) if t.row_height] == [
        "Bank transfer: 1 member(s)"]
    everyone = reports.payout_sheet(coop, posted, via="cash", unpaid_only=False)
    (sheet,) = [t for t in tables(everyone) if t.row_height]
    paid = {r[0]: r[col(sheet, "Paid on")] for r in rows(sheet)}
    assert paid == {1: PAID, 3: None, 6: None}
    with pytest.raises(ValidationError, match="not “cheque”"):
        reports.payout_sheet(coop, posted, via="cheque")
    with pytest.raises(NotFound, match="no distribution number 9"):
        reports.payout_sheet(coop, 9)


def test_payout_sheet_when_nobody_is_left(coop: UnitOfWork, posted: int) -> None:
    for via in ("cash", "bank", "mobile_money"):
        sharing.pay(coop, posted, PAID, via)
    doc = reports.payout_sheet(coop, posted)
    assert not tables(doc)
    assert any(isinstance(b, Paragraph) and "Nobody is left" in b.text for b in doc.blocks)


def test_payout_sheet_of_a_draft_warns(coop: UnitOfWork) -> None:
    n = sharing.create_run(coop, RunInput("E", Source.SURPLUS, "colombia", year="2025"))
    doc = reports.payout_sheet(coop, n)
    assert any(isinstance(b, Paragraph) and "not posted yet" in b.text for b in doc.blocks)


def test_explanation_and_unclaimed(coop: UnitOfWork, posted: int, tmp_path: Path) -> None:
    doc = reports.explanation(coop, posted, 3)
    assert not doc.landscape and doc.title == "Why this amount"
    text = " ".join(b.text for b in doc.blocks if isinstance(b, Paragraph))
    assert "Ana Huanca" in text and "Production delivered (value)" in text
    figures = dict(next(b for b in doc.blocks if isinstance(b, KeyValues)).items)
    assert figures["Paid to"] == "Ana Huanca" and "Amount received" in figures
    assert list(next(b for b in doc.blocks if isinstance(b, Signatures)).roles) == ["Treasurer"]
    look(export(coop, doc, tmp_path / "why.pdf"), tmp_path)
    with pytest.raises(NotFound, match="Member 99 is not on distribution"):
        reports.explanation(coop, posted, 99)

    early = reports.unclaimed_list(coop, posted, POSTED + dt.timedelta(days=10))
    assert not tables(early)
    assert any(isinstance(b, Paragraph) and "nothing is unclaimed yet" in b.text
               for b in early.blocks)
    late = reports.unclaimed_list(coop, posted, POSTED + dt.timedelta(days=200))
    (t,) = tables(late)
    assert [r[0] for r in rows(t)] == [2, 3, 5, 6]
    assert [ln.number for ln in sq.unclaimed(coop, posted, POSTED + dt.timedelta(days=200))
            ] == [2, 3, 5, 6]
    assert rows(t)[1][col(t, "Payout method")] == "Cash"
    look(export(coop, late, tmp_path / "unclaimed.pdf"), tmp_path)


def test_preview_after_posting_names_the_approval_and_entry(coop: UnitOfWork,
                                                            posted: int) -> None:
    doc = reports.preview(coop, posted)
    facts = dict(next(b for b in doc.blocks if isinstance(b, KeyValues)).items)
    assert "AGO-2026 res. 4" in facts["Approved"]
    assert facts["Posted"].startswith("Entry 2026/")
    people = tables(doc)[-1]
    paid = {r[0]: r[col(people, "Paid on")] for r in rows(people)}
    assert paid[1] == PAID and paid[2] is None
