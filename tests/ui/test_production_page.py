"""The Production and sales page and its forms, driven through the widgets: record lots, buy
one from its member, sell from two lots; the tables, the highlighted miners and the books."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coopdesk.core.access import Role
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries as ledger
from coopdesk.ledger import services as books
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.production import services as production
from coopdesk.production.lists import lot_rows
from coopdesk.production.services import LotInput
from coopdesk.ui import ops
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.member_form import set_date
from coopdesk.ui.dialogs.production_forms import (
    GRAMS,
    TAKE,
    LotDialog,
    PurchaseDialog,
    SaleDialog,
    parse_number,
    value_of,
)
from coopdesk.ui.hub import Hub
from coopdesk.ui.pages.production import ProductionPage, RowsModel
from coopdesk.ui.settings import UiSettings
from coopdesk.ui.widgets.period import fiscal_year_of, month_of
from tests.conftest import add_role_users

D = Decimal
Q = TypeVar("Q", bound=QDialog)
TODAY = dt.date(2026, 11, 20)  # in the past, in the open fiscal year 2026
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield shown
    ops.wait_all()


@pytest.fixture
def ctx(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path) -> AppContext:
    """The general chart, fiscal years 2025 and 2026, two members and a site."""
    uow = sqlite_admin
    books.install_chart(uow, "general")
    books.open_fiscal_year(uow, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    books.open_fiscal_year(uow, "2026", *YEAR)
    for first, last, sex in (("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M")):
        members.register_member(uow, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                 "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    members.add_site(uow, "Santa Rosa")
    hub = Hub()
    hub.attach(uow)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    return AppContext(uow, hub, settings)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> ProductionPage:
    widget = ProductionPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def on_modal(kind: type[Q], action: Callable[[Q], None]) -> list[Q]:
    """Run ``action`` on the next modal ``kind`` once its ``exec()`` runs; closed after."""
    seen: list[Q] = []
    tries = [0]

    def fire() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(20, fire)
            return
        seen.append(widget)
        try:
            action(widget)
        finally:
            if widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, fire)
    return seen


def balance(uow: UnitOfWork, code: str) -> Decimal:
    rows = {r.code: r.balance for r in ledger.trial_balance(uow, *YEAR)}
    return rows.get(code, D(0))


def texts(page_model: RowsModel[Any], row: int) -> list[str]:
    return [page_model.data(page_model.index(row, c)) for c in range(page_model.columnCount())]


# ---- the whole flow ----------------------------------------------------------------------------

def test_record_lots_buy_one_and_sell_from_two(qtbot: QtBot, page: ProductionPage,
                                               ctx: AppContext) -> None:
    uow = ctx.uow

    def member_lot(d: LotDialog) -> None:
        assert d.by_member.isChecked() and d.member_name.text() == "Rosa Quispe"
        d.site.setCurrentIndex(d.site.findData("Santa Rosa"))
        qtbot.keyClicks(d.grams, "12.5")
        qtbot.keyClicks(d.fineness, "900")
        assert "Fine metal: 11.25 g" in d.preview.text()
        assert "12.5 g per miner per day" in d.preview.text()
        assert "above the Fairmined limit" in d.preview.text()
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen = on_modal(LotDialog, member_lot)
    qtbot.mouseClick(page.lot_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert page.lots.rowCount() == 1  # refreshed through the hub
    assert "Lot 1 recorded" in page.message.text()

    def group_lot(d: LotDialog) -> None:
        d.by_group.click()
        assert not d.form.isRowVisible(d.member_row) and d.miners.isEnabled()
        qtbot.keyClicks(d.work_group, "Tunnel 3 crew")
        d.miners.setValue(5)
        d.days.setValue(2)
        d.grams.setText("30")
        d.fineness.setText("850,5")  # a decimal comma
        assert "Fine metal: 25.515 g" in d.preview.text()
        assert "3 g per miner per day" in d.preview.text()
        assert "above" not in d.preview.text()
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen = on_modal(LotDialog, group_lot)
    qtbot.mouseClick(page.lot_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].saved_number == 2
    assert page.lots.rowCount() == 2
    row = texts(page.lots, 0)
    assert row[:8] == ["Nov 20, 2026", "1", "0001 Rosa Quispe", "Santa Rosa", "Gold", "1 × 1",
                       "12.5", "900"]
    assert row[8:11] == ["11.25", "0", "12.5"]
    assert texts(page.lots, 1)[2:4] == ["Tunnel 3 crew", ""]
    assert texts(page.lots, 1)[7] == "850.5"

    # Buy lot 1 from Rosa: selected in the table, the form opens on it.
    page.lot_table.selectRow(0)

    def purchase(d: PurchaseDialog) -> None:
        assert d.member.value() == 1 and d.lot.currentData() == 1
        assert not d.form.isRowVisible(d.weighed)
        assert d.lot.count() == 2  # lot 1, and "no lot: weighed here"
        qtbot.keyClicks(d.price, "250000")
        assert "Fine metal: 11.25 g" in d.preview.text()
        assert "To pay: 2,812,500.00 COP" in d.preview.text()
        d.place.setCurrentIndex(d.place.findData("cash"))
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen_p = on_modal(PurchaseDialog, purchase)
    qtbot.mouseClick(page.buy_button, Qt.MouseButton.LeftButton)
    assert seen_p and seen_p[0].saved_number == 1
    assert "Purchase 1 recorded" in page.message.text()
    assert page.purchases.rowCount() == 1
    assert texts(page.purchases, 0)[1:9] == ["1", "0001 Rosa Quispe", "1", "12.5", "900",
                                             "11.25", "250,000.00", "2,812,500.00"]
    assert texts(page.lots, 0)[11] == "no. 1"
    assert balance(uow, "6105") == D("2812500.00")
    assert balance(uow, "1105") == D("-2812500.00")

    # Sell lot 1 whole (ticked) and 10 g of lot 2 (typed), premium in all, into the bank.
    page.lot_table.clearSelection()

    def sale(d: SaleDialog) -> None:
        assert d.table.rowCount() == 2
        assert d.cell(0, 5).text() == "12.5" and d.cell(1, 5).text() == "30"
        d.cell(0, TAKE).setCheckState(Qt.CheckState.Checked)
        assert d.cell(0, GRAMS).text() == "12.5"
        d.cell(1, GRAMS).setText("10")
        assert d.cell(1, TAKE).checkState() == Qt.CheckState.Checked
        qtbot.keyClicks(d.buyer, "Fair Gold Ltd")
        qtbot.keyClicks(d.price, "260000")
        d.premium_mode.setCurrentIndex(d.premium_mode.findData("total"))
        qtbot.keyClicks(d.premium, "450000")
        d.reference.setText("INV-7")
        totals = d.totals.text()
        for text in ("22.5 g", "19.755 g", "5,136,300.00 COP", "450,000.00 COP",
                     "5,586,300.00 COP"):
            assert text in totals, text
        d.cell(1, GRAMS).setText("31")  # more than is left: said at once, not recorded
        assert "Lot 2 has 30 g left, not 31 g." in d.errors["lots"].text()
        d.accept()
        assert d.saved_number is None and d.isVisible()
        d.cell(1, GRAMS).setText("10")
        assert d.errors["lots"].isHidden()
        qtbot.mouseClick(d.ok, Qt.MouseButton.LeftButton)

    seen_s = on_modal(SaleDialog, sale)
    qtbot.mouseClick(page.sale_button, Qt.MouseButton.LeftButton)
    assert seen_s and seen_s[0].saved_number == 1
    assert "Sale 1 recorded" in page.message.text()
    assert texts(page.sales, 0)[1:] == ["1", "Fair Gold Ltd", "Gold", "22.5", "878", "19.755",
                                        "5,136,300.00", "450,000.00",
                                        "lot 1: 12.5 g, lot 2: 10 g"]
    assert texts(page.lots, 0)[9:11] == ["12.5", "0"]
    assert texts(page.lots, 1)[9:11] == ["10", "20"]
    assert balance(uow, "4105") == -D("5136300.00")
    assert balance(uow, "4170") == -D(450000)
    assert balance(uow, "1110") == D("5586300.00")
    summary = page.summary.text()
    assert "2 lot(s), 42.5 g produced" in summary and "2,812,500.00" in summary
    assert "5,136,300.00" in summary and "premium 450,000.00 COP" in summary

    # A sale form now offers only what is left: lot 2, 20 g.
    d = SaleDialog(uow, today=TODAY)
    qtbot.addWidget(d)
    assert [r.number for r in d.rows] == [2] and d.cell(0, 5).text() == "20"


def test_a_premium_per_fine_gram_and_the_live_figures_match_the_books(
        qtbot: QtBot, ctx: AppContext) -> None:
    uow = ctx.uow
    lot = production.record_lot(uow, LotInput(TODAY, D("7.321"), D("999.9"), member=2))
    d = SaleDialog(uow, today=TODAY, lots=[lot])  # pre-ticked, as from the page's selection
    qtbot.addWidget(d)
    assert d.cell(0, GRAMS).text() == "7.321"
    d.buyer.setText("Refinería del Sur")
    d.price.setText("261.333,33")
    d.premium.setText("15.000")  # per fine gram, the default
    _g, fine, amount, premium, problems = d.figures()
    assert not problems and fine == D("7.320")
    d.accept()
    assert d.saved_number == 1
    assert balance(uow, "4105") == -amount  # type: ignore[operator]
    assert balance(uow, "4170") == -premium  # type: ignore[operator]
    assert amount == value_of(7321 * 9999, D("261333.33"), "COP")


def test_the_sale_form_asks_for_what_is_missing(qtbot: QtBot, ctx: AppContext) -> None:
    production.record_lot(ctx.uow, LotInput(TODAY, D(5), D(900), member=1))
    d = SaleDialog(ctx.uow, today=TODAY)
    qtbot.addWidget(d)
    d.accept()
    assert "at least one lot" in d.errors["lots"].text()
    assert not d.errors["price"].isHidden()
    d.take(1)
    d.price.setText("100")
    d.accept()  # no buyer: the service's refusal, under the buyer
    assert d.saved_number is None and "Name the buyer" in d.errors["buyer"].text()
    d.mineral.setCurrentIndex(d.mineral.findData("silver"))
    assert d.table.rowCount() == 0 and "No lot of this mineral" in d.empty.text()


def test_the_lot_form_shows_problems_under_their_fields(qtbot: QtBot, ctx: AppContext) -> None:
    d = LotDialog(ctx.uow, today=TODAY)
    qtbot.addWidget(d)
    d.grams.setText("heavy")
    d.fineness.setText("916")
    d.accept()
    assert "Type the weight" in d.errors["grams"].text() and d.saved_number is None
    d.grams.setText("1.0001")
    d.accept()
    assert "milligram" in d.errors["grams"].text()
    d.grams.setText("3")
    set_date(d.date, dt.date(2027, 1, 5))
    d.accept()
    assert "in the future" in d.errors["date"].text()
    set_date(d.date, TODAY)
    d.member.setValue(9)
    assert d.member_name.text() == "(no such member)"
    d.accept()
    assert "no member number 9" in d.errors["member"].text()
    d.member.setValue(2)
    d.accept()
    assert d.saved_number == 1 and d.errors["member"].isHidden()


def test_buying_gold_weighed_at_the_counter_on_credit(qtbot: QtBot, ctx: AppContext) -> None:
    d = PurchaseDialog(ctx.uow, today=TODAY, member=2)
    qtbot.addWidget(d)
    assert d.lot.currentData() is None and d.form.isRowVisible(d.weighed)
    d.grams.setText("1")
    d.fineness.setText("500")
    d.price.setText("100")
    assert "To pay: 50.00 COP" in d.preview.text()
    d.place.setCurrentIndex(d.place.findData("payable"))
    set_date(d.date, dt.date(2024, 5, 2))  # no fiscal year: said under the date
    d.accept()
    assert d.saved_number is None and "No fiscal year covers" in d.errors["date"].text()
    set_date(d.date, TODAY)
    d.accept()
    assert d.saved_number == 1
    assert ledger.member_balance(ctx.uow, 2, "2620") == D(-50)


# ---- grams per miner per day -------------------------------------------------------------------

def test_miners_above_four_grams_a_day_are_highlighted(qtbot: QtBot, page: ProductionPage,
                                                       ctx: AppContext) -> None:
    production.record_lot(ctx.uow, LotInput(TODAY, D(10), D(900), member=1))
    production.record_lot(ctx.uow, LotInput(TODAY, D(30), D(900), work_group="Tunnel 3",
                                            miners=5, days=2))
    page.tabs.setCurrentIndex(3)
    model = page.per_day
    assert model.rowCount() == 2
    assert texts(model, 0) == ["0001 Rosa Quispe", "1", "1", "10", "10", "1"]
    assert texts(model, 1) == ["Tunnel 3", "1", "10", "30", "3", "0"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "above the fairmined limit" in str(model.data(model.index(0, 4),
                                                          Qt.ItemDataRole.ToolTipRole)).lower()
    assert "1 producer(s) above the limit" in page.per_day_note.text()
    lots = page.lots
    assert lots.data(lots.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert lots.data(lots.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    page.mineral.setCurrentIndex(page.mineral.findData("silver"))
    assert model.rowCount() == 0


def test_the_tables_pass_the_model_tester_and_sort(qtbot: QtBot, page: ProductionPage,
                                                   ctx: AppContext) -> None:
    for grams, member in ((D(3), 2), (D(1), 1), (D(2), 2)):
        production.record_lot(ctx.uow, LotInput(TODAY, grams, D(900), member=member))
    for model in (page.lots, page.purchases, page.sales, page.per_day):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.lot_table.selectRow(0)  # lot 1, 3 g
    page.lot_table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # grams
    assert [texts(page.lots, r)[6] for r in range(3)] == ["1", "2", "3"]
    assert [r.number for r in page.selected_lots()] == [1]  # the selection follows its row
    page.lot_table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # no site anywhere: None
    page.refresh()
    assert page.lots.rowCount() == 3


# ---- rights, refreshing, the period ------------------------------------------------------------

def test_buttons_follow_the_users_rights(qtbot: QtBot, page: ProductionPage,
                                         ctx: AppContext) -> None:
    assert all(b.isEnabled() for b in (page.lot_button, page.buy_button, page.sale_button))
    users = add_role_users(ctx.uow)
    ctx.uow = users[Role.SUPERVISORY]
    page.refresh()
    for b in (page.lot_button, page.buy_button, page.sale_button):
        assert not b.isEnabled() and "Your role may not" in b.toolTip()
    ctx.uow = users[Role.SECRETARY]  # records production, not the books
    page.refresh()
    assert page.lot_button.isEnabled()
    assert not page.buy_button.isEnabled() and "journal entries" in page.sale_button.toolTip()
    ctx.uow = users[Role.TREASURER]
    page.refresh()
    assert page.buy_button.isEnabled() and page.sale_button.isEnabled()


def test_a_change_elsewhere_refreshes_the_page(qtbot: QtBot, page: ProductionPage,
                                               ctx: AppContext) -> None:
    production.record_lot(ctx.uow, LotInput(TODAY, D(2), D(900), member=1))
    assert page.lots.rowCount() == 1
    page.hide()
    production.record_lot(ctx.uow, LotInput(TODAY, D(2), D(900), member=2))
    assert page.stale and page.lots.rowCount() == 1
    page.show()
    assert not page.stale and page.lots.rowCount() == 2
    assert ProductionPage.title() == "Production and sales"


def test_the_period_and_its_quick_choices(qtbot: QtBot, page: ProductionPage,
                                          ctx: AppContext) -> None:
    production.record_lot(ctx.uow, LotInput(dt.date(2026, 2, 3), D(2), D(900), member=1))
    production.record_lot(ctx.uow, LotInput(dt.date(2025, 7, 1), D(2), D(900), member=1))
    assert page.period.period() == YEAR, "the page opens on this fiscal year"
    page.period.choose("month")
    assert page.period.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert page.lots.rowCount() == 0
    page.period.choose("year")
    assert page.period.period() == YEAR and page.lots.rowCount() == 1
    page.period.choose("last_year")
    assert page.period.period() == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert page.lots.rowCount() == 1
    page.period.set_period(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert page.period.quick.currentData() == "custom" and page.lots.rowCount() == 2


def test_period_helpers() -> None:
    assert month_of(dt.date(2026, 2, 14)) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert month_of(dt.date(2026, 12, 5)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    years = [(dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
             (dt.date(2024, 7, 1), dt.date(2025, 6, 30))]
    assert fiscal_year_of(years, dt.date(2026, 3, 1)) == years[0]
    assert fiscal_year_of(years, dt.date(2026, 3, 1), 1) == years[1]
    assert fiscal_year_of(years, dt.date(2026, 8, 1)) == (dt.date(2026, 1, 1),
                                                           dt.date(2026, 12, 31))
    assert fiscal_year_of(years, dt.date(2025, 3, 1), 1) == (dt.date(2024, 1, 1),
                                                              dt.date(2024, 12, 31))


def test_parse_number() -> None:
    cases = {"12.5": "12.5", "12,5": "12.5", "1 234,5": "1234.5", "1,234.5": "1234.5",
             "1.234,567": "1234.567", "12.345": "12.345", "1.000.000": "1000000",
             " 7 ": "7"}
    for text, want in cases.items():
        assert parse_number(text) == D(want), text
    for bad in ("", "abc", "1..2,3", "NaN", "inf", "1,23,4.5", "12.", "1e3", "--1"):
        assert parse_number(bad) is None, bad


def test_lot_rows_filters(ctx: AppContext) -> None:
    uow = ctx.uow
    production.record_lot(uow, LotInput(TODAY, D(2), D(900), member=1))
    production.record_lot(uow, LotInput(TODAY, D(3), D(900), member=2, mineral="silver"))
    assert [r.number for r in lot_rows(uow, mineral="silver")] == [2]
    assert [r.number for r in lot_rows(uow, member=1, unbought=True)] == [1]
    assert [r.number for r in lot_rows(uow, numbers=[2, 9])] == [2]
    assert lot_rows(uow, dt.date(2026, 11, 21), None) == []


# ---- pictures ----------------------------------------------------------------------------------

def test_screenshots(qtbot: QtBot, page: ProductionPage, ctx: AppContext) -> None:
    """Pictures of the page and the forms for a human to look at (/tmp/prod-*.png)."""
    uow = ctx.uow
    day = dt.date(2026, 11, 3)
    for i in range(12):
        production.record_lot(uow, LotInput(day + dt.timedelta(days=i), D(3) + D(i) / 4,
                                             D(880) + i, member=1 + i % 2,
                                             site="Santa Rosa" if i % 3 else None))
    production.record_lot(uow, LotInput(TODAY, D("48.25"), D("850.5"),
                                        work_group="Cuadrilla Socavón 3", miners=6, days=3))
    production.buy(uow, production.PurchaseInput(day, 1, D(250000), lot=1))
    production.sell(uow, production.SaleInput(TODAY, "Fair Gold Ltd", ((1, D(3)), (2, D(2))),
                                              D(260000), premium=D(450000), reference="INV-7"))
    page.refresh()
    page.grab().save("/tmp/prod-lots.png")
    for i, name in ((1, "purchases"), (2, "sales"), (3, "per-day")):
        page.tabs.setCurrentIndex(i)
        page.grab().save(f"/tmp/prod-{name}.png")
    sale = SaleDialog(uow, today=TODAY, lots=[2, 13])
    qtbot.addWidget(sale)
    sale.buyer.setText("Fair Gold Ltd")
    sale.price.setText("260000")
    sale.premium.setText("15000")
    sale.show()
    sale.grab().save("/tmp/prod-sale-dialog.png")
    lot = LotDialog(uow, today=TODAY)
    qtbot.addWidget(lot)
    lot.grams.setText("12.5")
    lot.fineness.setText("900")
    lot.show()
    lot.grab().save("/tmp/prod-lot-dialog.png")
    buy = PurchaseDialog(uow, today=TODAY, member=2, lot=3)
    qtbot.addWidget(buy)
    buy.price.setText("250000")
    buy.show()
    buy.grab().save("/tmp/prod-purchase-dialog.png")
    assert Path("/tmp/prod-sale-dialog.png").stat().st_size > 1000
