"""The business plan as a document (PDF and Excel): the cover facts, the written sections, the
assumptions, the projected income statement, the investment programme and its funding, the
break-even in a table and in words, the cash projection, and two charts."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from coopdesk.core.errors import NotFound
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import business as bp
from coopdesk.plans.projection import funding_total
from coopdesk.production.services import MINERALS
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import (
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
    Series,
    Table,
)

TENTH = Decimal("0.1")


def _grams(v: Decimal) -> Decimal:
    """Grams as a table shows them: to the tenth of a gram, exact milligrams kept in Excel
    only when they are whole milligrams."""
    return v.quantize(TENTH, ROUND_HALF_UP)


def status_text(d: bp.PlanDetail, fmt: CellFormatter) -> str:
    if d.adoption is None:
        return _("Draft: not adopted yet")
    return _("Adopted by resolution {ref} of “{meeting}” on {date}",
             ref=d.adoption.resolution or "-", meeting=d.adoption.meeting,
             date=fmt.date(d.adoption.on))


def break_even_words(d: bp.PlanDetail, fmt: CellFormatter) -> list[str]:
    """The break-even of each year said in a sentence."""
    metal = _(MINERALS.get(d.summary.mineral, d.summary.mineral)).lower()
    out = []
    for y in d.projection.years:
        money = f"{fmt.text(Kind.MONEY, y.break_even_revenue)} {d.currency}"
        planned = fmt.text(Kind.DECIMAL, _grams(y.grams))
        if y.break_even_grams is None:
            out.append(_("{year}: each gram of {metal} costs {cost} to produce and sells for "
                         "{price}; no quantity sold covers the costs.", year=y.label,
                         metal=metal, cost=fmt.text(Kind.MONEY, y.variable_per_gram),
                         price=fmt.text(Kind.MONEY, y.price)))
            continue
        need = fmt.text(Kind.DECIMAL, _grams(y.break_even_grams))
        if y.break_even_grams == 0:
            out.append(_("{year}: there are no fixed costs; every gram sold earns {margin}.",
                         year=y.label, margin=fmt.text(Kind.MONEY, y.margin_per_gram)))
        elif y.grams >= y.break_even_grams:
            above = (y.grams - y.break_even_grams) * 100 / y.break_even_grams
            out.append(_("{year}: the cooperative covers its costs from {need} g of fine "
                         "{metal} sold (sales of {money}). It plans {planned} g, {percent} % "
                         "above that.", year=y.label, need=need, metal=metal, money=money,
                         planned=planned,
                         percent=fmt.text(Kind.DECIMAL, above.quantize(TENTH))))
        else:
            short = (y.break_even_grams - y.grams) * 100 / y.break_even_grams
            out.append(_("{year}: the cooperative covers its costs from {need} g of fine "
                         "{metal} sold (sales of {money}). It plans only {planned} g, "
                         "{percent} % short: a loss without the premium.", year=y.label,
                         need=need, metal=metal, money=money, planned=planned,
                         percent=fmt.text(Kind.DECIMAL, short.quantize(TENTH))))
    return out


def cash_words(d: bp.PlanDetail, fmt: CellFormatter) -> str:
    low = [c for c in d.projection.cash if c.negative]
    if not low:
        least = min(d.projection.cash, key=lambda c: c.closing)
        return _("Cash stays above zero every year; it is lowest at the end of {year} "
                 "({amount} {currency}).", year=least.label,
                 amount=fmt.text(Kind.MONEY, least.closing), currency=d.currency)
    years = ", ".join(f"{c.label} ({fmt.text(Kind.MONEY, c.closing)})" for c in low)
    return _("Warning: cash falls below zero at the end of {years} {currency}. Find more "
             "funding, spread the investments or cut costs before adopting the plan.",
             years=years, currency=d.currency)


def business_plan_document(uow: UnitOfWork, plan_id: int | None = None) -> Document:
    """The plan ``plan_id`` (the latest when None) as a document."""
    if plan_id is None:
        plan_id = bp.latest_plan(uow)
        if plan_id is None:
            raise NotFound(_("There is no business plan yet."))
    d = bp.plan_detail(uow, plan_id)
    fmt = CellFormatter(language(), d.currency)
    p = d.projection
    labels = list(d.year_labels)
    wide = len(labels) >= 5

    def money(v: Decimal) -> str:
        return f"{fmt.text(Kind.MONEY, v)} {d.currency}"

    doc = Document(title=_("Business plan"), cooperative=d.cooperative, currency=d.currency,
                   subtitle=d.summary.title, landscape=wide)
    facts = [(_("Cooperative"), d.cooperative), (_("Plan"), d.summary.title),
             (_("Years"), _("{first} to {last} ({count} years)", first=labels[0],
                            last=labels[-1], count=len(labels))),
             (_("Metal"), _(MINERALS.get(d.summary.mineral, d.summary.mineral))),
             (_("Status"), status_text(d, fmt)),
             (_("Cash at the start"), money(d.opening_cash)),
             (_("Last changed"), _("{date} by {user}", date=fmt.date(
                 d.summary.updated_at.date()), user=d.summary.updated_by))]
    if d.adoption is not None:
        facts.insert(5, (_("Adopting motion"), d.adoption.text))
    doc.add(KeyValues(facts))

    for sec in d.sections:
        doc.add(Heading(sec.label, 2))
        doc.add(RichText(sec.text) if sec.text.strip()
                else Paragraph(_("This section is not written yet.")))

    # ---- assumptions
    doc.add(PageBreak(), Heading(_("Assumptions"), 2))
    doc.add(Table([Column(_("Year"), Kind.TEXT, 0.8),
                   Column(_("Fine grams sold"), Kind.DECIMAL, 1.2),
                   Column(_("Price per gram"), Kind.MONEY, 1.2),
                   Column(_("Premium per gram"), Kind.MONEY, 1.2),
                   Column(_("Variable cost per gram"), Kind.MONEY, 1.3)],
                  [[y.label, y.grams, y.price, y.premium, r.variable_per_gram]
                   for y, r in zip(d.years, p.years, strict=True)],
                  title=_("Production and prices"), sheet=_("Assumptions")))
    year_cols = [Column(label, Kind.MONEY, 1.0) for label in labels]
    cost_rows: list[list[Cell]] = []
    for c in d.costs:
        basis = _("per gram") if c.variable else _("per year")
        name = f"{c.account_code} {c.label}" if c.account_code else c.label
        cost_rows.append([name, basis, *c.amounts])
    if cost_rows:
        doc.add(Table([Column(_("Cost"), Kind.TEXT, 2.2), Column(_("Basis"), Kind.TEXT, 0.8),
                       *year_cols], cost_rows, title=_("Costs"), sheet=_("Costs")))
    else:
        doc.add(Paragraph(_("No costs entered yet.")))

    # ---- income statement
    doc.add(Heading(_("Projected income statement"), 2))
    rows: list[list[Cell]] = []

    def line(label: str, values: list[Decimal]) -> None:
        rows.append([label, *values])

    ys = p.years
    line(_("Sales of metal"), [y.revenue for y in ys])
    line(_("Variable costs"), [-y.variable_costs for y in ys])
    line(_("Fixed costs"), [-y.fixed_costs for y in ys])
    line(_("Depreciation"), [-y.depreciation for y in ys])
    line(_("Interest on loans"), [-y.interest for y in ys])
    line(_("Operating result"), [y.operating_result for y in ys])
    line(_("Premium income"), [y.premium for y in ys])
    line(_("Net result"), [y.net_result for y in ys])
    doc.add(Table([Column("", Kind.TEXT, 2.0), *year_cols], rows,
                  sheet=_("Income statement")))
    doc.add(Paragraph(_("Costs are shown as negative amounts. The operating result leaves out "
                        "the Fairmined premium, which is kept for the uses the assembly votes; "
                        "the net result includes it.")))
    doc.add(Chart(_("Revenue and costs per year"), labels, [], kind="bar", series=[
        Series(_("Sales of metal"), [y.revenue for y in ys]),
        Series(_("Premium income"), [y.premium for y in ys]),
        Series(_("Total costs"), [y.total_costs for y in ys])]))

    # ---- investments
    doc.add(Heading(_("Investment programme"), 2))
    if d.investments:
        inv_rows: list[list[Cell]] = []
        terms_rows: list[list[Cell]] = []
        for i in d.investments:
            x = i.data
            year = labels[x.year_index] if x.year_index < len(labels) else str(x.year_index)
            inv_rows.append([x.item, year, x.cost, x.from_members, x.from_premium,
                             x.from_loan, x.from_grant])
            terms = (_("{amount} over {years} years at {rate} % a year",
                       amount=fmt.text(Kind.MONEY, x.from_loan), years=x.loan_years,
                       rate=fmt.text(Kind.DECIMAL, x.loan_rate)) if x.from_loan else "")
            terms_rows.append([x.item, x.life_years, (x.cost / x.life_years).quantize(
                Decimal(1).scaleb(-2)) if x.life_years else None, terms])
        money_col = 1.3
        doc.add(Table([Column(_("Item"), Kind.TEXT, 2.4), Column(_("Year"), Kind.TEXT, 0.5),
                       Column(_("Cost"), Kind.MONEY, 1.5, True),
                       Column(_("Members"), Kind.MONEY, money_col, True),
                       Column(_("Premium"), Kind.MONEY, money_col, True),
                       Column(_("Loan"), Kind.MONEY, money_col, True),
                       Column(_("Grant"), Kind.MONEY, money_col, True)], inv_rows,
                      title=_("Cost and funding"), sheet=_("Investments")))
        doc.add(Table([Column(_("Item"), Kind.TEXT, 2.6),
                       Column(_("Life (years)"), Kind.INT, 0.8),
                       Column(_("Write-off a year"), Kind.MONEY, 1.2),
                       Column(_("Loan"), Kind.TEXT, 2.8)], terms_rows,
                      title=_("Write-off and loans"), sheet=_("Investments")))
        t = funding_total([i.data for i in d.investments])
        doc.add(Paragraph(_("The programme costs {cost}: {members} from the members, {premium} "
                            "from the premium, {loan} borrowed and {grant} in grants. Items "
                            "are written off in equal parts over their life; loans are repaid "
                            "in equal parts from the year after they are drawn, with interest "
                            "on what is still owed.", cost=money(t["cost"]),
                            members=money(t["members"]), premium=money(t["premium"]),
                            loan=money(t["loan"]), grant=money(t["grant"]))))
    else:
        doc.add(Paragraph(_("No investment is planned.")))

    # ---- break-even
    doc.add(Heading(_("Break-even"), 2))
    doc.add(Table([Column(_("Year"), Kind.TEXT, 0.7),
                   Column(_("Margin per gram"), Kind.MONEY, 1.1),
                   Column(_("Costs to cover"), Kind.MONEY, 1.4),
                   Column(_("Break-even grams"), Kind.DECIMAL, 1.1),
                   Column(_("Break-even sales"), Kind.MONEY, 1.4),
                   Column(_("Grams planned"), Kind.DECIMAL, 1.1)],
                  [[y.label, y.margin_per_gram, y.fixed_costs + y.depreciation + y.interest,
                    None if y.break_even_grams is None else _grams(y.break_even_grams),
                    y.break_even_revenue, y.grams] for y in ys],
                  sheet=_("Break-even")))
    doc.add(Paragraph(_("The break-even is the quantity of fine metal whose margin (price less "
                        "the variable cost of each gram) pays the fixed costs, the "
                        "depreciation and the interest of the year. The premium is not "
                        "counted.")))
    for text in break_even_words(d, fmt):
        doc.add(Paragraph(text))

    # ---- cash
    doc.add(Heading(_("Cash projection"), 2))
    cash = p.cash
    crow: list[list[Cell]] = []

    def cline(label: str, values: list[Decimal]) -> None:
        crow.append([label, *values])

    cline(_("Cash at the start of the year"), [c.opening for c in cash])
    cline(_("Sales of metal"), [c.revenue for c in cash])
    cline(_("Premium received"), [c.premium for c in cash])
    cline(_("Contributions of members"), [c.members for c in cash])
    cline(_("Loans drawn"), [c.loans for c in cash])
    cline(_("Grants"), [c.grants for c in cash])
    cline(_("Costs paid"), [-c.costs for c in cash])
    cline(_("Investments bought"), [-c.investments for c in cash])
    cline(_("Loans repaid"), [-c.principal for c in cash])
    cline(_("Interest paid"), [-c.interest for c in cash])
    cline(_("Cash at the end of the year"), [c.closing for c in cash])
    doc.add(Table([Column("", Kind.TEXT, 2.0), *year_cols], crow, sheet=_("Cash")))
    doc.add(Paragraph(cash_words(d, fmt)))
    doc.add(Chart(_("Cash at the end of each year"), labels, [], kind="line",
                  series=[Series(_("Cash at the end of the year"), [c.closing for c in cash])]))
    return doc
