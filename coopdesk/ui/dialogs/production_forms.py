"""Production and sales forms: record a lot, buy a lot from a member, sell to a buyer from
several lots. Each form shows, as one types, what will be written (fine grams, amount, premium)
with the same arithmetic as the service, and puts the service's refusal under the field it
names. The read side they need (single lots, single purchases, lots still to sell) is at the
end of this module, Qt-free.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError, NotFound, PermissionDenied
from coopdesk.core.i18n import _, language
from coopdesk.core.money import from_minor, parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger.cashbook import PLACE_LABELS
from coopdesk.members import queries as register
from coopdesk.production import services
from coopdesk.production.lists import LotRow, lot_rows
from coopdesk.production.queries import FAIRMINED_DAILY_LIMIT_G
from coopdesk.production.services import MINERALS, LotInput, PurchaseInput, SaleInput
from coopdesk.reports.cells import CellFormatter
from coopdesk.ui.dialogs.member_form import date_edit, date_of, error_label, show_problem
from coopdesk.ui.errors import show_error
from coopdesk.ui.models.share_table import format_money

MAX_NUMBER = 999_999_999
WARN_BG = QColor("#fff3cd")
WARN_STYLE = "color: #8a5300;"
MG = Decimal(1000)


# ---- numbers -----------------------------------------------------------------------------------

def parse_number(text: str) -> Decimal | None:
    """A weight or fineness typed by a person: "12.5", "12,5", "1 234,5", "1,234.5". One kind of
    separator used once is the decimal mark (a weight has up to three decimals, so "12.345" is
    never twelve thousand); used more than once, it groups thousands. None if not a number."""
    s = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in s and "." in s:
        mark = "," if s.rfind(",") > s.rfind(".") else "."
    elif s.count(",") > 1 or s.count(".") > 1:
        mark = ""
    else:
        mark = "," if "," in s else "."
    group = {",": ".", ".": ",", "": "," if "," in s else "."}[mark]
    whole, _sep, decimals = s.partition(mark) if mark else (s, "", "")
    if not re.fullmatch(r"[+-]?(\d+|\d{1,3}(" + re.escape(group) + r"\d{3})+)", whole) or \
            not re.fullmatch(r"\d*", decimals) or (_sep and not decimals):
        return None
    return Decimal(whole.replace(group, "") + ("." + decimals if decimals else ""))


def grams_text(value: Decimal) -> str:
    """Grams in the user's locale, with the milligrams when there are any."""
    return str(format_decimal(value, format="#,##0.###", locale=language()))


def value_of(mg_x_fineness: int, price: Decimal, currency: str) -> Decimal:
    """What ``mg_x_fineness`` (milligrams times tenths of per mille) is worth at ``price`` a
    fine gram, rounded half up to the currency's minor unit: the services' own rule."""
    return from_minor(services.value(mg_x_fineness, price, currency), currency)


def money_or_none(text: str, currency: str) -> Decimal | None:
    try:
        return parse_amount(text, currency) if text.strip() else None
    except CoopdeskError:
        return None


def _money_edit(name: str, currency: str, example: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(format_money(Decimal(example), currency))
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaximumWidth(180)
    return edit


def _number_edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaximumWidth(160)
    return edit


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setGroupSeparatorShown(False)
    return spin


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """Widgets side by side, left-aligned (the rest of the line left empty)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    if stretch:
        row.addStretch(1)
    return box


def day_text(day: dt.date) -> str:
    """A date as the reports print it (``Nov 20, 2026``, ``20 nov 2026``)."""
    return CellFormatter(language(), "USD").date(day)


def _date_field(value: dt.date) -> QDateEdit:
    edit = date_edit(value)
    edit.setObjectName("date")
    edit.setMinimumWidth(140)
    edit.setMaximumWidth(180)
    return edit


def member_name(uow: UnitOfWork, number: int) -> str | None:
    try:
        d = register.member_detail(uow, number)
    except NotFound:
        return None
    return f"{d.data.first_names} {d.data.last_names}"


class _Form(QDialog):
    """What the three forms share: error labels under fields, and the service's refusal put
    under the field it names (or in a box when it names none)."""

    def _setup_errors(self, keys: Iterable[str]) -> None:
        self.errors: dict[str, QLabel] = {}
        for key in (*keys, "form"):  # "form": what belongs to no field (the chart, a year)
            label = error_label()
            label.setObjectName(f"error_{key}")
            self.errors[key] = label

    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_problem(label, "")

    def refused(self, exc: CoopdeskError, default: str) -> None:
        """Show a service's refusal under the field it names; a missing member or lot under
        ``default``; anything else above the buttons."""
        if isinstance(exc, PermissionDenied):
            show_error(self, exc)
            return
        field = getattr(exc, "field", None)
        key = field if field in self.errors else default if isinstance(exc, NotFound) \
            else "form"
        show_problem(self.errors[key], exc.message)


# ---- a lot -------------------------------------------------------------------------------------

class LotDialog(_Form):
    """Record what a member or a work group brought out, with the fine metal and the grams per
    miner per day shown as one types (above the Fairmined limit is flagged, not refused)."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None, member: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotDialog")
        self.setWindowTitle(self.tr("Record a production lot"))
        self.uow = uow
        self.today = today or dt.date.today()
        self.saved_number: int | None = None
        self._setup_errors(("date", "member", "miners", "site", "mineral", "grams",
                            "fineness"))
        form = QFormLayout()
        self.date = _date_field(self.today)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.errors["date"])

        self.by_member = QRadioButton(self.tr("A member"))
        self.by_member.setObjectName("byMember")
        self.by_group = QRadioButton(self.tr("A work group"))
        self.by_group.setObjectName("byGroup")
        group = QButtonGroup(self)
        group.addButton(self.by_member)
        group.addButton(self.by_group)
        self.by_member.setChecked(True)
        self.by_member.toggled.connect(self._who_changed)
        form.addRow(self.tr("Produced by"), _row(self.by_member, self.by_group))
        self.member = _spin("member", 1, MAX_NUMBER, member or 1)
        self.member_name = QLabel()
        self.member.valueChanged.connect(self._member_changed)
        self.member_row = _row(self.member, self.member_name)
        form.addRow(self.tr("Member no."), self.member_row)
        self.work_group = QLineEdit()
        self.work_group.setObjectName("workGroup")
        self.work_group.setPlaceholderText(self.tr("e.g. Tunnel 3 crew"))
        form.addRow(self.tr("Work group"), self.work_group)
        form.addRow("", self.errors["member"])
        self.miners = _spin("miners", 1, 9999, 1)
        self.days = _spin("days", 1, 366, 1)
        form.addRow(self.tr("Work"), _row(self.miners, QLabel(self.tr("miner(s) for")),
                                          self.days, QLabel(self.tr("day(s)"))))
        form.addRow("", self.errors["miners"])

        self.site = QComboBox()
        self.site.setObjectName("site")
        self.site.addItem(self.tr("(no site)"), None)
        for site in register.list_sites(uow):
            self.site.addItem(site.name, site.name)
        form.addRow(self.tr("Site"), self.site)
        form.addRow("", self.errors["site"])
        self.mineral = QComboBox()
        self.mineral.setObjectName("mineral")
        for code, label in MINERALS.items():
            self.mineral.addItem(_(label), code)
        form.addRow(self.tr("Mineral"), self.mineral)
        form.addRow("", self.errors["mineral"])
        self.grams = _number_edit("grams", self.tr("e.g. 12.5"))
        form.addRow(self.tr("Weight (grams)"), self.grams)
        form.addRow("", self.errors["grams"])
        self.fineness = _number_edit("fineness", self.tr("e.g. 916 or 999.9"))
        form.addRow(self.tr("Fineness (per mille)"), self.fineness)
        form.addRow("", self.errors["fineness"])
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(self.tr("Note"), self.note)

        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.form = form
        for edit in (self.grams, self.fineness):
            edit.textChanged.connect(self._update)
        for spin in (self.miners, self.days):
            spin.valueChanged.connect(self._update)
        self.by_member.setFocus()
        self._who_changed()
        self._member_changed()
        self.setMinimumWidth(520)

    def _who_changed(self, *_args: object) -> None:
        member = self.by_member.isChecked()
        self.form.setRowVisible(self.member_row, member)
        self.form.setRowVisible(self.work_group, not member)
        self.miners.setEnabled(not member)
        if member:
            self.miners.setValue(1)
        show_problem(self.errors["member"], "")
        self._update()

    def _member_changed(self, *_args: object) -> None:
        self.member_name.setText(member_name(self.uow, self.member.value())
                                 or self.tr("(no such member)"))

    def _update(self, *_args: object) -> None:
        grams, fineness = parse_number(self.grams.text()), parse_number(self.fineness.text())
        lines = []
        above = False
        if grams is not None and grams > 0 and fineness is not None and 0 < fineness <= 1000:
            lines.append(self.tr("Fine metal: {grams} g").format(
                grams=grams_text((grams * fineness / MG).quantize(Decimal("0.001")))))
        if grams is not None and grams > 0:
            rate = (grams / (self.miners.value() * self.days.value())).quantize(
                Decimal("0.001"))
            text = self.tr("{grams} g per miner per day").format(grams=grams_text(rate))
            above = rate > FAIRMINED_DAILY_LIMIT_G
            if above:
                text += " — " + self.tr("above the Fairmined limit of {limit} g: check the "
                                        "weight, the miners and the days").format(
                    limit=grams_text(FAIRMINED_DAILY_LIMIT_G))
            lines.append(text)
        self.preview.setText("\n".join(lines))
        self.preview.setStyleSheet(WARN_STYLE if above else "")

    def lot_input(self) -> LotInput | None:
        """What the form says, or None after marking the fields that are not numbers."""
        self.clear_errors()
        grams, fineness = parse_number(self.grams.text()), parse_number(self.fineness.text())
        if grams is None:
            show_problem(self.errors["grams"], self.tr("Type the weight in grams, e.g. 12.5"))
        if fineness is None:
            show_problem(self.errors["fineness"],
                         self.tr("Type the fineness in per mille, e.g. 916"))
        if grams is None or fineness is None:
            return None
        member = self.by_member.isChecked()
        return LotInput(date=date_of(self.date) or self.today, grams=grams, fineness=fineness,
                        member=self.member.value() if member else None,
                        work_group=None if member else self.work_group.text(),
                        miners=self.miners.value(), days=self.days.value(),
                        site=self.site.currentData(), mineral=str(self.mineral.currentData()),
                        note=self.note.text().strip() or None)

    def accept(self) -> None:
        lot = self.lot_input()
        if lot is None:
            return
        try:
            self.saved_number = services.record_lot(self.uow, lot)
        except CoopdeskError as exc:
            self.refused(exc, "member")
            return
        super().accept()


# ---- a purchase --------------------------------------------------------------------------------

class PurchaseDialog(_Form):
    """The cooperative buys a member's lot (or gold weighed at the counter) and pays them from
    cash, bank or mobile money, or owes it."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None, member: int | None = None,
                 lot: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchaseDialog")
        self.setWindowTitle(self.tr("Buy gold from a member"))
        self.uow = uow
        self.today = today or dt.date.today()
        self.currency = uow.coop().currency
        self.saved_number: int | None = None
        self.lots: dict[int, LotRow] = {}
        self._setup_errors(("date", "member", "lot", "grams", "fineness", "price", "place"))
        form = QFormLayout()
        self.date = _date_field(self.today)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.errors["date"])
        self.member = _spin("member", 1, MAX_NUMBER, member or 1)
        self.member_name = QLabel()
        form.addRow(self.tr("Member no."), _row(self.member, self.member_name))
        form.addRow("", self.errors["member"])
        self.lot = QComboBox()
        self.lot.setObjectName("lot")
        self.lot.setMinimumContentsLength(30)
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow("", self.errors["lot"])
        self.grams = _number_edit("grams", self.tr("e.g. 12.5"))
        self.fineness = _number_edit("fineness", self.tr("e.g. 916"))
        self.weighed = _row(self.grams, QLabel(self.tr("g at")), self.fineness,
                            QLabel(self.tr("per mille")))
        form.addRow(self.tr("Weighed here"), self.weighed)
        form.addRow("", self.errors["grams"])
        form.addRow("", self.errors["fineness"])
        self.price = _money_edit("price", self.currency, 250000)
        form.addRow(self.tr("Price per fine gram"), _row(self.price, QLabel(self.currency)))
        form.addRow("", self.errors["price"])
        self.place = QComboBox()
        self.place.setObjectName("place")
        for code, label in PLACE_LABELS.items():
            self.place.addItem(self.tr("Paid from: {place}").format(place=_(label)), code)
        self.place.addItem(self.tr("Not paid yet: owed to the member"), "payable")
        form.addRow(self.tr("Payment"), self.place)
        form.addRow("", self.errors["place"])
        self.form = form

        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        bold = self.preview.font()
        bold.setBold(True)
        self.preview.setFont(bold)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Buy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.member.valueChanged.connect(self._member_changed)
        self.lot.currentIndexChanged.connect(self._lot_changed)
        for edit in (self.grams, self.fineness, self.price):
            edit.textChanged.connect(self._update)
        self._member_changed()
        if lot is not None:
            self.lot.setCurrentIndex(max(0, self.lot.findData(lot)))
        self.setMinimumWidth(560)

    def _member_changed(self, *_args: object) -> None:
        number = self.member.value()
        self.member_name.setText(member_name(self.uow, number) or self.tr("(no such member)"))
        self.lots = {r.number: r for r in lot_rows(self.uow, member=number, unbought=True)}
        with QSignalBlocker(self.lot):
            self.lot.clear()
            for row in self.lots.values():
                self.lot.addItem(self.tr("Lot {lot} of {date}: {grams} g at {fineness} per "
                                         "mille").format(
                    lot=row.number, date=day_text(row.date), grams=grams_text(row.grams),
                    fineness=grams_text(row.fineness)), row.number)
            self.lot.addItem(self.tr("No lot: weighed here"), None)
        self._lot_changed()

    def _lot_changed(self, *_args: object) -> None:
        self.form.setRowVisible(self.weighed, self.lot.currentData() is None)
        self._update()

    def fine_mg_x(self) -> int | None:
        """Milligrams times tenths of per mille of what is bought, or None if unknown."""
        row = self.lots.get(self.lot.currentData()) if self.lot.currentData() else None
        if row is not None:
            return row.milligrams * row.fineness_units
        grams, fineness = parse_number(self.grams.text()), parse_number(self.fineness.text())
        if grams is None or fineness is None or grams <= 0 or fineness <= 0:
            return None
        return int(grams * MG) * int(fineness * 10)

    def _update(self, *_args: object) -> None:
        x = self.fine_mg_x()
        price = money_or_none(self.price.text(), self.currency)
        if x is None:
            self.preview.setText("")
            return
        fine = (Decimal(x) / Decimal(10_000_000)).quantize(Decimal("0.001"))
        text = self.tr("Fine metal: {grams} g").format(grams=grams_text(fine))
        if price is not None and price > 0:
            text += " · " + self.tr("To pay: {amount} {currency}").format(
                amount=format_money(value_of(x, price, self.currency), self.currency),
                currency=self.currency)
        self.preview.setText(text)

    def accept(self) -> None:
        self.clear_errors()
        price = money_or_none(self.price.text(), self.currency)
        if price is None:
            show_problem(self.errors["price"], self.tr("Type the price of a fine gram."))
            return
        lot = self.lot.currentData()
        grams = fineness = None
        if lot is None:
            grams, fineness = parse_number(self.grams.text()), parse_number(self.fineness.text())
            if grams is None or fineness is None:
                show_problem(self.errors["grams"], self.tr("Type the weight in grams and the "
                                                           "fineness in per mille."))
                return
        try:
            self.saved_number = services.buy(self.uow, PurchaseInput(
                date=date_of(self.date) or self.today, member=self.member.value(),
                price_per_gram=price, lot=lot, grams=grams, fineness=fineness,
                place=str(self.place.currentData())))
        except CoopdeskError as exc:
            self.refused(exc, "member")
            return
        super().accept()


# ---- a sale ------------------------------------------------------------------------------------

# Columns of the sale form's table of lots.
TAKE, LOT, DATE, PRODUCER, FINENESS, LEFT, GRAMS = range(7)


class SaleDialog(_Form):
    """A sale to a buyer from several lots: tick lots (all that is left of each is taken) or
    type the grams to take; the fine metal, the amount and the premium follow at once."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: dt.date | None = None, lots: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("saleDialog")
        self.setWindowTitle(self.tr("Record a sale"))
        self.uow = uow
        self.today = today or dt.date.today()
        self.currency = uow.coop().currency
        self.saved_number: int | None = None
        self.rows: list[LotRow] = []
        self._setup_errors(("date", "buyer", "lots", "price", "premium", "place"))

        head = QFormLayout()
        self.buyer = QLineEdit()
        self.buyer.setObjectName("buyer")
        self.buyer.setPlaceholderText(self.tr("Who buys: a refinery, a trader…"))
        head.addRow(self.tr("Buyer"), self.buyer)
        head.addRow("", self.errors["buyer"])
        self.date = _date_field(self.today)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("invoice or contract no."))
        self.reference.setMinimumWidth(260)
        head.addRow(self.tr("Date"), _row(self.date, QLabel(self.tr("Reference")),
                                          self.reference))
        head.addRow("", self.errors["date"])
        self.mineral = QComboBox()
        self.mineral.setObjectName("mineral")
        for code, label in MINERALS.items():
            self.mineral.addItem(_(label), code)
        head.addRow(self.tr("Mineral"), self.mineral)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("lots")
        self.table.setHorizontalHeaderLabels([
            "", self.tr("Lot"), self.tr("Date"), self.tr("Member or work group"),
            self.tr("Fineness ‰"), self.tr("Grams left"), self.tr("Grams to sell")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(PRODUCER, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)

        money = QFormLayout()
        self.price = _money_edit("price", self.currency, 260000)
        money.addRow(self.tr("Price per fine gram"), _row(self.price, QLabel(self.currency)))
        money.addRow("", self.errors["price"])
        self.premium = _money_edit("premium", self.currency, 0)
        self.premium_mode = QComboBox()
        self.premium_mode.setObjectName("premiumMode")
        self.premium_mode.addItem(self.tr("{currency} per fine gram").format(
            currency=self.currency), "per_gram")
        self.premium_mode.addItem(self.tr("{currency} in all").format(currency=self.currency),
                                  "total")
        money.addRow(self.tr("Fairmined premium"), _row(self.premium, self.premium_mode))
        money.addRow("", self.errors["premium"])
        self.place = QComboBox()
        self.place.setObjectName("place")
        for code, label in PLACE_LABELS.items():
            self.place.addItem(self.tr("Paid into: {place}").format(place=_(label)), code)
        self.place.addItem(self.tr("Not paid yet: the buyer owes it"), "customers")
        self.place.setCurrentIndex(max(0, self.place.findData("bank")))
        money.addRow(self.tr("Payment"), self.place)
        money.addRow("", self.errors["place"])

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setStyleSheet("background: #eef5f1; border: 1px solid #b9d7c8; "
                                  "padding: 8px;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record the sale"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(QLabel(self.tr("Lots still to sell: tick a lot to sell all that is "
                                        "left of it, or type the grams to take.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.errors["lots"])
        bottom = QHBoxLayout()
        bottom.addLayout(money, 3)
        bottom.addWidget(self.totals, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.mineral.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.price, self.premium):
            edit.textChanged.connect(self._update)
        self.premium_mode.currentIndexChanged.connect(self._update)
        self.resize(860, 720)
        first = next((r for r in lot_rows(uow, numbers=lots)), None) if lots else None
        if first is not None:
            self.mineral.setCurrentIndex(max(0, self.mineral.findData(first.mineral)))
        self.reload()
        for number in lots:
            self.take(number)

    # -- the lots ----------------------------------------------------------------------------

    def reload(self) -> None:
        """List the lots of the chosen mineral that still have grams to sell."""
        self.rows = lot_rows(self.uow, mineral=str(self.mineral.currentData()), open_only=True)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.rows))
            for i, row in enumerate(self.rows):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(i, TAKE, check)
                for col, text in ((LOT, str(row.number)), (DATE, day_text(row.date)),
                                  (PRODUCER, row.producer),
                                  (FINENESS, grams_text(row.fineness)),
                                  (LEFT, grams_text(row.left))):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    if col in (LOT, FINENESS, LEFT):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(i, col, item)
                grams = QTableWidgetItem("")
                grams.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsEditable)
                grams.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
                grams.setToolTip(self.tr("Grams to take from this lot"))
                self.table.setItem(i, GRAMS, grams)
        self.empty.setText(self.tr("No lot of this mineral is waiting to be sold. Record "
                                   "lots first.") if not self.rows else "")
        self.empty.setVisible(not self.rows)
        self._update()

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "every cell is filled by reload()"
        return item

    def row_of(self, lot: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.number == lot), None)

    def take(self, lot: int, grams: Decimal | None = None) -> None:
        """Take ``grams`` from lot ``lot`` (everything left when None), as a click would."""
        i = self.row_of(lot)
        if i is None:
            return
        self.cell(i, GRAMS).setText(grams_text(self.rows[i].left if grams is None else grams))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        i = item.row()
        with QSignalBlocker(self.table):
            grams_item, check = self.cell(i, GRAMS), self.cell(i, TAKE)
            if item.column() == TAKE:
                ticked = check.checkState() == Qt.CheckState.Checked
                grams_item.setText(grams_text(self.rows[i].left) if ticked else "")
            elif item.column() == GRAMS:
                value = parse_number(grams_item.text())
                check.setCheckState(Qt.CheckState.Checked if value and value > 0
                                    else Qt.CheckState.Unchecked)
        self._update()

    def taken(self) -> list[tuple[LotRow, Decimal | None, str]]:
        """Each lot with grams typed: the row, the grams (None if not a number), the text."""
        out = []
        for i, row in enumerate(self.rows):
            text = self.cell(i, GRAMS).text().strip()
            if text:
                out.append((row, parse_number(text), text))
        return out

    # -- the figures -------------------------------------------------------------------------

    def figures(self) -> tuple[Decimal, Decimal, Decimal | None, Decimal | None, list[str]]:
        """Grams, fine grams, amount, premium (None when the price is missing) and the
        problems of the typed grams."""
        problems: list[str] = []
        total = Decimal(0)
        x = 0
        for row, grams, text in self.taken():
            if grams is None or grams <= 0:
                problems.append(self.tr("Lot {lot}: '{text}' is not a weight.").format(
                    lot=row.number, text=text))
                continue
            if grams > row.left:
                problems.append(self.tr("Lot {lot} has {left} g left, not {grams} g.").format(
                    lot=row.number, left=grams_text(row.left), grams=grams_text(grams)))
            total += grams
            x += int(grams * MG) * row.fineness_units
        fine = (Decimal(x) / Decimal(10_000_000)).quantize(Decimal("0.001"))
        price = money_or_none(self.price.text(), self.currency)
        amount = value_of(x, price, self.currency) if price is not None and price > 0 else None
        premium = self._premium(x)
        return total, fine, amount, premium, problems

    def _premium(self, x: int) -> Decimal | None:
        rate = money_or_none(self.premium.text(), self.currency)
        if not self.premium.text().strip():
            return Decimal(0)
        if rate is None:
            return None
        if self.premium_mode.currentData() == "total":
            return rate
        return value_of(x, rate, self.currency)

    def _update(self, *_args: object) -> None:
        grams, fine, amount, premium, problems = self.figures()
        cur = self.currency

        def money(v: Decimal | None) -> str:
            return "—" if v is None else f"{format_money(v, cur)} {cur}"

        lots = len(self.taken())
        total = amount + premium if amount is not None and premium is not None else None
        rows = [
            (self.tr("Lots"), str(lots)),
            (self.tr("Weight"), f"{grams_text(grams)} g"),
            (self.tr("Fine metal"), f"{grams_text(fine)} g"),
            (self.tr("Amount for the metal"), money(amount)),
            (self.tr("Fairmined premium, apart"), money(premium)),
            (self.tr("The buyer pays"), money(total)),
        ]
        cells = "".join(f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;<b>{value}</b>"
                        f"</td></tr>" for label, value in rows)
        self.totals.setText(f"<table>{cells}</table>")
        show_problem(self.errors["lots"], "\n".join(problems))

    def sale_input(self) -> SaleInput | None:
        self.clear_errors()
        _grams, _fine, _amount, premium, problems = self.figures()
        taken = [(row.number, g) for row, g, _t in self.taken() if g is not None]
        if problems:
            show_problem(self.errors["lots"], "\n".join(problems))
        if not taken and not problems:
            show_problem(self.errors["lots"], self.tr("Take grams from at least one lot."))
        price = money_or_none(self.price.text(), self.currency)
        if price is None:
            show_problem(self.errors["price"], self.tr("Type the price of a fine gram."))
        if premium is None:
            show_problem(self.errors["premium"], self.tr("Type the premium as an amount, or "
                                                         "leave it empty."))
        if problems or not taken or price is None or premium is None:
            return None
        return SaleInput(date=date_of(self.date) or self.today, buyer=self.buyer.text(),
                         lots=tuple(taken), price_per_gram=price, premium=premium,
                         reference=self.reference.text().strip() or None,
                         place=str(self.place.currentData()))

    def accept(self) -> None:
        sale = self.sale_input()
        if sale is None:
            return
        try:
            self.saved_number = services.sell(self.uow, sale)
        except CoopdeskError as exc:
            self.refused(exc, "lots")
            return
        super().accept()
