"""The treasurer's daily work on SQLite and PostgreSQL: share operations in the ledger, the cash
book with scanned receipts, opening balances, year-end closing, production, purchases and sales."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import cashbook, queries, services
from coopdesk.ledger.cashbook import CashInput
from coopdesk.ledger.models import Attachment, JournalEntry
from coopdesk.ledger.rules import LineInput
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from coopdesk.production import services as production
from coopdesk.production.models import Sale
from coopdesk.production.services import LotInput, PurchaseInput, SaleInput
from tests.conftest import login

D = Decimal
DAY = dt.date(2026, 3, 10)
Y = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture
def books(admin: UnitOfWork) -> UnitOfWork:
    """The general chart, the fiscal years 2025 and 2026, two members and a site."""
    services.install_chart(admin, "general")
    services.open_fiscal_year(admin, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    services.open_fiscal_year(admin, "2026", *Y)
    for first, last in (("Rosa", "Quispe"), ("Juan", "Mamani")):
        members.register_member(admin, MemberInput(first, last, "F", dt.date(1980, 1, 1),
                                                   "digger", dt.date(2020, 1, 1)),
                                Status.ACTIVE)
    members.add_site(admin, "Santa Rosa")
    return admin


def balance(uow: UnitOfWork, code: str, start: dt.date = Y[0], end: dt.date = Y[1]
            ) -> Decimal:
    rows = {r.code: r.balance for r in queries.trial_balance(uow, start, end)}
    return rows.get(code, D(0))


def test_share_operations_post_to_the_member_sub_ledger(books: UnitOfWork) -> None:
    from coopdesk.core.models import Cooperative

    with books.db.session(write=True) as s:
        s.get_one(Cooperative, 1).share_value = 10000
    shares.subscribe(books, 1, 4, DAY)
    with books.read() as s:
        posted = s.scalar(select(func.count()).select_from(JournalEntry))
    assert posted == 0, "a subscription moves no money"


def test_payment_transfer_refund_and_reversal_in_the_books(admin: UnitOfWork) -> None:
    from coopdesk.core.models import Cooperative

    with admin.db.session(write=True) as s:
        s.get_one(Cooperative, 1).share_value = 10000  # 100.00 a share
    uow = admin
    services.install_chart(uow, "general")
    services.open_fiscal_year(uow, "2026", *Y)
    for first in ("Rosa", "Juan"):
        members.register_member(uow, MemberInput(first, "Quispe", "F", dt.date(1980, 1, 1),
                                                 "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    shares.subscribe(uow, 1, 3, DAY)
    op = shares.pay(uow, 1, D(250), DAY, reference="R-1")
    shares.reverse(uow, op, DAY, "wrong amount")
    assert balance(uow, "1105") == D(0)
    shares.pay(uow, 1, D(300), DAY, reference="R-1")
    assert balance(uow, "1105") == D(300)
    assert queries.member_balance(uow, 1, "3105") == D(-300)
    shares.subscribe(uow, 2, 1, DAY)
    shares.pay(uow, 2, D(100), DAY, via="bank")
    assert balance(uow, "1110") == D(100)
    shares.transfer(uow, 1, 2, 1, DAY)
    assert queries.member_balance(uow, 1, "3105") == D(-200)
    assert queries.member_balance(uow, 2, "3105") == D(-200)
    journal = queries.journal(uow)
    assert [e.reverses for e in journal if e.reverses] == [journal[0].number]
    members.change_status(uow, 2, Status.EXITED, DAY, "moved")
    shares.refund(uow, 2, 2, DAY)
    assert queries.member_balance(uow, 2, "3105") == D(0)
    assert balance(uow, "1105") == D(100)
    with uow.read() as s:
        assert audit.verify(s).ok


def test_share_payment_needs_an_open_year(admin: UnitOfWork) -> None:
    from coopdesk.core.models import Cooperative

    with admin.db.session(write=True) as s:
        s.get_one(Cooperative, 1).share_value = 10000
    services.install_chart(admin, "general")
    members.register_member(admin, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                               "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    shares.subscribe(admin, 1, 1, DAY)
    with pytest.raises(ValidationError, match="No fiscal year covers 2026-03-10"):
        shares.pay(admin, 1, D(100), DAY)
    assert shares.member_balance(admin, 1).paid == 0, "nothing half-written"


def test_cash_book_receipts_and_payments(books: UnitOfWork) -> None:
    scan = b"%PDF-1.4\n% a scanned receipt\n"
    r1 = cashbook.record(books, CashInput("gold_buyer", DAY, D("5000000"), "Lot 12 paid",
                                          place="bank", reference="TR-88"))
    r2 = cashbook.record(books, CashInput("fuel", DAY, D("120000.50"), "Diesel, 40 l",
                                          attachment=("factura.pdf", scan)))
    cashbook.record(books, CashInput("member_loan", DAY, D(50000), member=2))
    cashbook.record(books, CashInput("other_payment", DAY, D(1000), account="5130"))
    assert (r1.number, r2.number) == (1, 2)
    assert balance(books, "1110") == D(5000000)
    assert balance(books, "1105") == D("-171000.50")
    assert balance(books, "5195") == D("120000.50")
    assert queries.member_balance(books, 2, "1345") == D(50000)
    with books.read() as s:
        att = s.scalar(select(Attachment))
        assert att is not None and att.data == scan and att.mime == "application/pdf"


def test_cash_book_refuses_bad_input_and_writes_nothing(books: UnitOfWork) -> None:
    with books.read() as s:
        before = audit.head(s)
    cases = [
        (CashInput("fuel", DAY, D(0)), "more than zero"),
        (CashInput("member_payment", DAY, D(10)), "which member"),
        (CashInput("other_payment", DAY, D(10)), "Choose the account"),
        (CashInput("bribe", DAY, D(10)), "no kind of receipt"),
        (CashInput("fuel", DAY, D(10), place="pocket"), "cash, bank or mobile_money"),
        (CashInput("fuel", dt.date(2099, 1, 1), D(10)), "future"),
        (CashInput("fuel", DAY, D("10.001")), "more decimals"),
        (CashInput("fuel", DAY, D(10), attachment=("virus.exe", b"MZ\x90\x00")),
         "not a scanned receipt"),
        (CashInput("fuel", dt.date(2024, 5, 1), D(10)), "No fiscal year covers"),
    ]
    for c, message in cases:
        with pytest.raises(ValidationError, match=message):
            cashbook.record(books, c)
    with books.read() as s:
        assert audit.head(s) == before


def test_cash_share_payment_goes_through_the_register(admin: UnitOfWork) -> None:
    from coopdesk.core.models import Cooperative

    with admin.db.session(write=True) as s:
        s.get_one(Cooperative, 1).share_value = 10000
    services.install_chart(admin, "general")
    services.open_fiscal_year(admin, "2026", *Y)
    members.register_member(admin, MemberInput("Rosa", "Quispe", "F", dt.date(1980, 1, 1),
                                               "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    shares.subscribe(admin, 1, 2, DAY)
    ref = cashbook.record(admin, CashInput("share_payment", DAY, D(150), member=1,
                                           attachment=("recibo.jpg", b"\xff\xd8\xff\xe0jpeg")))
    assert ref.number == 1
    assert shares.member_balance(admin, 1).paid == 15000
    assert queries.member_balance(admin, 1, "3105") == D(-150)
    with pytest.raises(ValidationError, match="owes 50"):
        cashbook.record(admin, CashInput("share_payment", DAY, D(100), member=1))


def test_opening_balances(books: UnitOfWork) -> None:
    lines = (LineInput("1105", debit=D(800)), LineInput("1110", debit=D(1200)),
             LineInput("3105", credit=D(1500), member=1), LineInput("3205", credit=D(500)))
    ref = services.post_opening(books, "2026", lines)
    assert ref.number == 1
    assert balance(books, "1105") == D(800)
    with pytest.raises(ValidationError, match="already has its opening balances"):
        services.post_opening(books, "2026", lines)
    with pytest.raises(ValidationError, match="Line 1: account 4105 is income or expense"):
        services.post_opening(books, "2025", (LineInput("4105", debit=D(1)),
                                              LineInput("3205", credit=D(1))))
    with pytest.raises(ValidationError, match="does not balance"):
        services.post_opening(books, "2025", (LineInput("1105", debit=D(2)),
                                              LineInput("3205", credit=D(1))))
    services.reverse_entry(books, "2026", 1, DAY, "wrong figures")
    assert services.post_opening(books, "2026", lines).number == 3


def test_year_end_closing_moves_the_result(books: UnitOfWork) -> None:
    day = dt.date(2025, 6, 1)
    cashbook.record(books, CashInput("premium", day, D(1000)))
    cashbook.record(books, CashInput("fuel", day, D(300)))
    with pytest.raises(ValidationError, match="Close the fiscal year 2025 first"):
        services.close_year(books, "2026")
    ref = services.close_year(books, "2025")
    assert ref is not None and ref.year == "2025"
    full = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert balance(books, "3605", *full) == D(-700)
    assert balance(books, "4170", *full) == D(0) == balance(books, "5195", *full)
    with pytest.raises(ValidationError, match="closed"):
        cashbook.record(books, CashInput("fuel", day, D(1)))
    with pytest.raises(ValidationError, match="already closed"):
        services.close_year(books, "2025")
    # a loss the next year goes to the loss account
    cashbook.record(books, CashInput("fuel", DAY, D(50)))
    services.close_year(books, "2026")
    assert balance(books, "3610") == D(50)
    with books.read() as s:
        assert audit.verify(s).ok


def test_production_purchase_and_sale(books: UnitOfWork) -> None:
    lot1 = production.record_lot(books, LotInput(DAY, D("12.5"), D(900), member=1,
                                                 site="Santa Rosa"))
    lot2 = production.record_lot(books, LotInput(DAY, D("30"), D("850.5"), work_group="Socavón 3",
                                                 miners=5, days=2))
    assert (lot1, lot2) == (1, 2)
    # 12.5 g at 900/1000 = 11.25 fine g, at 250,000.00 a fine gram
    production.buy(books, PurchaseInput(DAY, 1, D(250000), lot=lot1))
    assert balance(books, "6105") == D("2812500.00")
    assert balance(books, "1105") == D("-2812500.00")
    with pytest.raises(ValidationError, match="already bought"):
        production.buy(books, PurchaseInput(DAY, 1, D(250000), lot=lot1))
    production.buy(books, PurchaseInput(DAY, 2, D(100), grams=D(1), fineness=D(500),
                                        place="payable"))
    assert queries.member_balance(books, 2, "2620") == D(-50)
    sale = production.sell(books, SaleInput(DAY, "Fair Gold Ltd", ((lot1, D("12.5")),
                                                                   (lot2, D(10))),
                                            D(260000), premium=D(450000), reference="INV-7"))
    assert sale == 1
    with books.read() as s:
        row = s.scalar(select(Sale))
        assert row is not None and row.milligrams == 22500
        # fine metal: 12.5*0.9 + 10*0.8505 = 19.755 g
        assert row.amount == 19755 * 260000 * 100 // 1000
    assert balance(books, "4105") == -D("5136300.00")
    assert balance(books, "4170") == -D(450000)
    assert balance(books, "1110") == D("5586300.00")
    with pytest.raises(ValidationError, match="lot 1 has 0 g left to sell"):
        production.sell(books, SaleInput(DAY, "Fair Gold Ltd", ((lot1, D(1)),), D(1)))


def test_production_refuses_bad_lots(books: UnitOfWork) -> None:
    bad = [
        (LotInput(DAY, D(0), D(900), member=1), "more than zero"),
        (LotInput(DAY, D("1.0001"), D(900), member=1), "milligram"),
        (LotInput(DAY, D(1), D(1001), member=1), "parts per thousand"),
        (LotInput(DAY, D(1), D(900)), "a member or a work group"),
        (LotInput(DAY, D(1), D(900), member=1, work_group="G"), "a member or a work group"),
        (LotInput(DAY, D(1), D(900), member=1, miners=3), "one miner"),
        (LotInput(DAY, D(1), D(900), member=1, mineral="uranium"), "Unknown mineral"),
        (LotInput(DAY, D(1), D(900), member=1, site="Nowhere"), "no site named Nowhere"),
    ]
    for lot, message in bad:
        with pytest.raises((ValidationError, NotFound), match=message):
            production.record_lot(books, lot)


def test_two_cashiers_at_once_keep_one_numbering(books: UnitOfWork) -> None:
    """Several writers post through the cash book at the same time; on PostgreSQL they run
    serializable and are retried on conflict. Numbers have no gap and the chain holds."""
    errors: list[BaseException] = []

    def work(kind: str) -> None:
        uow = login(books.db)
        try:
            for _ in range(6):
                cashbook.record(uow, CashInput(kind, DAY, D(3)))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in ("fuel", "premium", "wages")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert sorted(e.number or 0 for e in queries.journal(books)) == list(range(1, 19))
    with books.read() as s:
        assert audit.verify(s).ok


def test_verify_catches_a_lot_changed_behind_our_back(books: UnitOfWork) -> None:
    from sqlalchemy import text

    production.record_lot(books, LotInput(DAY, D("2.5"), D(900), member=1, site="Santa Rosa"))
    with books.read() as s:
        assert audit.verify(s).ok
    with books.db.session(write=True) as s:
        s.execute(text("UPDATE production_lot SET milligrams = 25000"))
    with books.read() as s:
        result = audit.verify(s)
    assert not result.ok and "production_lot" in str(result)
