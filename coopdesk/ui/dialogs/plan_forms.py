"""The business plan's forms: a new plan (optionally started from the books), a cost line, an
investment and its funding, the motion that adopts a plan, and a copy's title. Each calls its
service on OK and shows a refusal under the field it names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.core.errors import CoopdeskError, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.money import D, parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.ledger import queries as ledger_queries
from coopdesk.plans import business as bp
from coopdesk.ui.errors import show_error
from coopdesk.ui.widgets.form import FormDialog


def amount_of(edit: QLineEdit, currency: str, field: str, *, blank_zero: bool = True
              ) -> Decimal:
    """An amount typed by a person; blank is zero (when allowed)."""
    text = edit.text().strip()
    if not text and blank_zero:
        return Decimal(0)
    try:
        return parse_amount(text, currency)
    except ValidationError as exc:
        raise ValidationError(exc.message, field) from exc


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def expense_groups(uow: UnitOfWork) -> list[tuple[str, str]]:
    """The chart's expense headings and accounts (code, name), for a cost line's account."""
    try:
        return [(a.code, a.name) for a in ledger_queries.chart(uow) if a.kind == "expense"]
    except CoopdeskError:
        return []


class NewPlanDialog(FormDialog):
    """A new draft plan: title, first year, 3 to 5 years, cash at the start, and optionally the
    fiscal year whose books it starts from. ``plan_id`` once accepted."""

    FIELDS = ("title", "first_year", "years", "opening_cash", "year")

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(_("New business plan"))
        self.uow = uow
        self.currency = uow.coop().currency
        self.plan_id: int | None = None
        self._setup_errors(self.FIELDS)
        nxt = dt.date.today().year + 1
        self.title = _line("title", _("e.g. Business plan {first}-{last}", first=nxt,
                                      last=nxt + 2))
        self.first_year = QSpinBox()
        self.first_year.setObjectName("first_year")
        self.first_year.setRange(2000, 2100)
        self.first_year.setValue(nxt)
        self.years = QSpinBox()
        self.years.setObjectName("years")
        self.years.setRange(bp.MIN_YEARS, bp.MAX_YEARS)
        self.years.setValue(3)
        self.opening_cash = _line("opening_cash", "0")
        self.books = QComboBox()
        self.books.setObjectName("books")
        self.books.addItem(_("No: I will enter the numbers"), None)
        try:
            years = ledger_queries.fiscal_years(uow)
        except CoopdeskError:
            years = []
        for y in reversed(years):
            label = (_("{year} (closed)", year=y.name) if y.closed
                     else _("{year} (current)", year=y.name))
            self.books.addItem(label, y.name)
        closed = next((i for i in range(1, self.books.count())
                       if any(y.name == self.books.itemData(i) and y.closed for y in years)),
                      None)
        if closed is not None:
            self.books.setCurrentIndex(closed)
        form = QFormLayout()
        for label, widget, key in ((_("Title"), self.title, "title"),
                                   (_("First year"), self.first_year, "first_year"),
                                   (_("Number of years"), self.years, "years"),
                                   (_("Cash at the start ({currency})",
                                      currency=self.currency), self.opening_cash,
                                    "opening_cash"),
                                   (_("Start from the books of"), self.books, "year")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        note = QLabel(_("Starting from the books fills every year with the grams sold, the "
                        "average price and premium of that fiscal year, and a cost line for "
                        "each group of expense accounts."))
        note.setWordWrap(True)
        self._buttons(_("Create the plan"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            cash = amount_of(self.opening_cash, self.currency, "opening_cash")
            self.plan_id = bp.create_plan(self.uow, self.title.text(),
                                          self.first_year.value(), self.years.value(), cash)
        except CoopdeskError as exc:
            self.refused(exc)
            return
        year = self.books.currentData()
        if year:
            try:
                bp.baseline_from_books(self.uow, self.plan_id, str(year))
            except CoopdeskError as exc:   # the plan is made; say why the books did not fill it
                show_error(self, exc)
        super().accept()


class CostDialog(FormDialog):
    """A cost line: its label, per gram or per year, an expense account (or none) and an amount
    for each year. Edits ``cost`` when given."""

    def __init__(self, uow: UnitOfWork, detail: bp.PlanDetail, cost: bp.CostLine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costDialog")
        self.setWindowTitle(_("Cost line") if cost is None else _("Change the cost line"))
        self.uow, self.detail, self.cost = uow, detail, cost
        self.cost_id: int | None = None
        n = len(detail.years)
        self._setup_errors(("label", "account", "amounts",
                            *(f"amounts.{i + 1}" for i in range(n))))
        self.label = _line("label", _("e.g. Fuel, Wages, Gold bought from members"))
        self.per_gram = QCheckBox(_("The amounts are per gram sold (a variable cost)"))
        self.per_gram.setObjectName("per_gram")
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.account.addItem(_("None"), None)
        for code, name in expense_groups(uow):
            self.account.addItem(f"{code} {name}", code)
        self.amounts: list[QLineEdit] = []
        grid = QGridLayout()
        for i, y in enumerate(detail.years):
            edit = _line(f"amount{i + 1}", "0")
            self.amounts.append(edit)
            grid.addWidget(QLabel(y.label), 0, i)
            grid.addWidget(edit, 1, i)
        self.same = QCheckBox(_("The same amount every year"))
        self.same.setObjectName("same")
        self.same.toggled.connect(self._same)
        self.amounts[0].textChanged.connect(self._copy_first)
        if cost is not None:
            self.label.setText(cost.label)
            self.per_gram.setChecked(cost.variable)
            at = self.account.findData(cost.account_code)
            self.account.setCurrentIndex(max(at, 0))
            for edit, a in zip(self.amounts, cost.amounts, strict=False):
                edit.setText(str(a))
        form = QFormLayout()
        form.addRow(_("Label"), self.label)
        form.addRow("", self.errors["label"])
        form.addRow(_("Account group"), self.account)
        form.addRow("", self.errors["account"])
        form.addRow("", self.per_gram)
        form.addRow(_("Amount ({currency})", currency=detail.currency), grid)
        form.addRow("", self.same)
        form.addRow("", self.errors["amounts"])
        for i in range(n):
            form.addRow("", self.errors[f"amounts.{i + 1}"])
        self._buttons(_("Save the cost line"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(620, 0)

    def _same(self, on: bool) -> None:
        for edit in self.amounts[1:]:
            edit.setEnabled(not on)
        self._copy_first(self.amounts[0].text())

    def _copy_first(self, text: str) -> None:
        if self.same.isChecked():
            for edit in self.amounts[1:]:
                edit.setText(text)

    def accept(self) -> None:
        self.clear_errors()
        cur = self.detail.currency
        try:
            values = []
            for i, (e, y) in enumerate(zip(self.amounts, self.detail.years, strict=True)):
                try:
                    values.append(amount_of(e, cur, f"amounts.{i + 1}"))
                except ValidationError as exc:
                    raise ValidationError(_("{year}: {problem}", year=y.label,
                                            problem=exc.message), exc.field) from exc
            account = self.account.currentData()
            if self.cost is None:
                self.cost_id = bp.add_cost(self.uow, self.detail.summary.id, self.label.text(),
                                           self.per_gram.isChecked(), values, account)
            else:
                bp.update_cost(self.uow, self.cost.id, self.label.text(),
                               self.per_gram.isChecked(), values, account)
                self.cost_id = self.cost.id
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class InvestmentDialog(FormDialog):
    """An item of the investment programme and how it is funded (the four sources add up to
    the cost). Edits ``investment`` when given."""

    FIELDS = ("item", "year_index", "cost", "from_members", "from_premium", "from_loan",
              "from_grant", "funding", "loan_years", "loan_rate", "life_years")

    def __init__(self, uow: UnitOfWork, detail: bp.PlanDetail,
                 investment: bp.Investment | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("investmentDialog")
        self.setWindowTitle(_("Investment") if investment is None
                            else _("Change the investment"))
        self.uow, self.detail, self.investment = uow, detail, investment
        self.investment_id: int | None = None
        self._setup_errors(self.FIELDS)
        self.item = _line("item", _("e.g. Concentration table, compressor"))
        self.year = QComboBox()
        self.year.setObjectName("year_index")
        for y in detail.years:
            self.year.addItem(y.label, y.index)
        self.cost = _line("cost")
        self.members = _line("from_members", "0")
        self.premium = _line("from_premium", "0")
        self.loan = _line("from_loan", "0")
        self.grant = _line("from_grant", "0")
        self.loan_years = QSpinBox()
        self.loan_years.setObjectName("loan_years")
        self.loan_years.setRange(0, 30)
        self.rate = _line("loan_rate", "0")
        self.life = QSpinBox()
        self.life.setObjectName("life_years")
        self.life.setRange(1, 50)
        self.life.setValue(5)
        if investment is not None:
            x = investment.data
            self.item.setText(x.item)
            self.year.setCurrentIndex(max(self.year.findData(x.year_index), 0))
            for edit, v in ((self.cost, x.cost), (self.members, x.from_members),
                            (self.premium, x.from_premium), (self.loan, x.from_loan),
                            (self.grant, x.from_grant), (self.rate, x.loan_rate)):
                edit.setText(str(v) if v else "")
            self.loan_years.setValue(x.loan_years)
            self.life.setValue(x.life_years)
        cur = detail.currency
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget, str], ...] = (
                (_("Item"), self.item, "item"), (_("Year bought"), self.year, "year_index"),
                (_("Cost ({currency})", currency=cur), self.cost, "cost"),
                (_("Paid by the members"), self.members, "from_members"),
                (_("Paid from the premium"), self.premium, "from_premium"),
                (_("Borrowed"), self.loan, "from_loan"),
                (_("From a grant"), self.grant, "from_grant"))
        for label, widget, key in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        form.addRow("", self.errors["funding"])
        rows = ((_("Loan repaid over (years)"), self.loan_years, "loan_years"),
                (_("Loan interest (% a year)"), self.rate, "loan_rate"),
                (_("Useful life (years)"), self.life, "life_years"))
        for label, widget, key in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        self._buttons(_("Save the investment"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def accept(self) -> None:
        self.clear_errors()
        cur = self.detail.currency
        try:
            rate_text = self.rate.text().strip().replace(",", ".") or "0"
            try:
                rate = D(rate_text)
            except ValidationError as exc:
                raise ValidationError(exc.message, "loan_rate") from exc
            data = bp.InvestmentData(
                self.item.text(), int(self.year.currentData() or 0),
                amount_of(self.cost, cur, "cost", blank_zero=False),
                amount_of(self.members, cur, "from_members"),
                amount_of(self.premium, cur, "from_premium"),
                amount_of(self.loan, cur, "from_loan"),
                amount_of(self.grant, cur, "from_grant"),
                self.loan_years.value(), rate, self.life.value())
            if self.investment is None:
                self.investment_id = bp.add_investment(self.uow, self.detail.summary.id, data)
            else:
                bp.update_investment(self.uow, self.investment.id, data)
                self.investment_id = self.investment.id
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class AdoptDialog(FormDialog):
    """Choose the passed motion that adopted the plan."""

    def __init__(self, uow: UnitOfWork, detail: bp.PlanDetail, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("adoptDialog")
        self.setWindowTitle(_("Adopt the plan"))
        self.uow, self.detail = uow, detail
        self._setup_errors(("motion", "plan"))
        self.motion = QComboBox()
        self.motion.setObjectName("motion")
        for m in bp.passed_motions(uow):
            ref = m.resolution or "-"
            self.motion.addItem(_("Resolution {ref}: {text} ({meeting}, {date})", ref=ref,
                                  text=m.text[:80], meeting=m.meeting,
                                  date=m.on.isoformat()), m.id)
        intro = QLabel(_("Once adopted, “{title}” can no longer be changed; a new version is "
                         "a copy.", title=detail.summary.title))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Adopted by the motion"), self.motion)
        form.addRow("", self.errors["motion"])
        self._buttons(_("Adopt"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.motion.count() == 0:
            none = QLabel(_("No motion has passed yet: record the meeting's vote first."))
            none.setObjectName("noMotion")
            none.setWordWrap(True)
            layout.addWidget(none)
            self.ok.setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.errors["plan"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(620, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            bp.adopt(self.uow, self.detail.summary.id, int(self.motion.currentData() or 0))
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


class CopyPlanDialog(FormDialog):
    """A copy of a plan as a new draft, under a new title; ``plan_id`` once accepted."""

    def __init__(self, uow: UnitOfWork, detail: bp.PlanDetail, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("copyPlanDialog")
        self.setWindowTitle(_("Copy the plan"))
        self.uow, self.detail = uow, detail
        self.plan_id: int | None = None
        self._setup_errors(("title",))
        self.title = _line("title")
        self.title.setText(_("{title} (revised)", title=detail.summary.title))
        form = QFormLayout()
        form.addRow(_("Title of the copy"), self.title)
        form.addRow("", self.errors["title"])
        self._buttons(_("Copy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.plan_id = bp.copy_plan(self.uow, self.detail.summary.id, self.title.text())
        except CoopdeskError as exc:
            self.refused(exc)
            return
        super().accept()


__all__ = ["AdoptDialog", "CopyPlanDialog", "CostDialog", "InvestmentDialog", "NewPlanDialog"]
