"""The business plan from a terminal: ``coopdesk plan VERB``. The same services as the window:
make a plan, write its sections, set each year's production and prices, its costs and its
investments, start it from the books, adopt it by a passed motion, copy it, and print its
projection. ``coopdesk report business-plan`` prints it as PDF or Excel (see :func:`report`).
See :mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _open, _out
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.money import D, parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Document

Cmd = Callable[..., argparse.ArgumentParser]

OPTIONS = {"title": "TITLE", "first_year": "--first-year", "years": "--years",
           "opening_cash": "--opening-cash", "mineral": "--mineral", "key": "--key",
           "text": "--text", "grams": "--grams", "price_per_gram": "--price",
           "premium_per_gram": "--premium", "amounts": "--amount", "account": "--account",
           "label": "LABEL", "item": "ITEM", "cost": "--cost", "year_index": "--year",
           "funding": "--members/--premium/--loan/--grant", "from_members": "--members",
           "from_premium": "--premium", "from_loan": "--loan", "from_grant": "--grant",
           "loan_years": "--loan-years", "loan_rate": "--rate", "life_years": "--life",
           "motion": "--motion", "year": "--year", "plan": "PLAN"}


@contextmanager
def _naming() -> Iterator[None]:
    """A service's complaint said with the option that gives the field (``amounts.N``: the
    N-th ``--amount``)."""
    try:
        yield
    except ValidationError as exc:
        field = exc.field or ""
        head, _dot, tail = field.partition(".")
        option = OPTIONS.get(field) or (f"--amount {tail}" if head == "amounts" and tail
                                        else None)
        if option is None or exc.message.startswith("-"):
            raise
        raise ValidationError(f"{option}: {exc.message}", exc.field) from exc


def _money(uow: UnitOfWork, text: str | None, option: str) -> Decimal:
    if text is None:
        return Decimal(0)
    try:
        return parse_amount(text, uow.coop().currency)
    except ValidationError as exc:
        raise ValidationError(f"{option}: {exc.message}", option) from exc


def _grams(text: str) -> Decimal:
    try:
        value = D(text.replace(",", "."))
    except ValidationError as exc:
        raise ValidationError(f"--grams: {exc.message}", "grams") from exc
    return value


def _plan_id(uow: UnitOfWork, given: int | None) -> int:
    from coopdesk.plans import business as bp

    if given is not None:
        return given
    latest = bp.latest_plan(uow)
    if latest is None:
        raise NotFound(_("There is no business plan yet: 'coopdesk plan new TITLE "
                         "--first-year YEAR' makes one."))
    return latest


def _year_index(uow: UnitOfWork, plan_id: int, year: int) -> int:
    """A calendar year of the plan (2027) or its place (1 to 5) as the plan's year index."""
    from coopdesk.plans import business as bp

    s = bp.plan_detail(uow, plan_id).summary
    if 1 <= year <= s.years:
        return year - 1
    if s.first_year <= year < s.first_year + s.years:
        return year - s.first_year
    raise ValidationError(_("--year: the plan runs from {first} to {last}; {year} is not one "
                            "of its years.", first=s.first_year,
                            last=s.first_year + s.years - 1, year=year), "year")


# ---- reading -----------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    found = bp.plans(_open(args, login=False))
    if not found:
        _out(_("No business plan yet: 'coopdesk plan new TITLE --first-year YEAR' makes one."))
    for p in found:
        status = _(bp.STATUS_LABELS[p.status])
        if p.resolution:
            status = _("{status}, resolution {ref}", status=status, ref=p.resolution)
        _out("\t".join([str(p.id), p.period, p.title, status]))
    return 0


def _row(label: str, values: Any) -> str:
    return "\t".join([label, *(str(v) for v in values)])


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.core.i18n import language
    from coopdesk.plans import business as bp
    from coopdesk.plans.business_report import break_even_words, cash_words, status_text
    from coopdesk.reports.cells import CellFormatter

    uow = _open(args, login=False)
    d = bp.plan_detail(uow, _plan_id(uow, args.plan))
    fmt = CellFormatter(language(), d.currency)
    p = d.projection
    _out(f"{d.summary.id}\t{d.summary.title} ({d.summary.period})")
    _out(_("Status: {status}", status=status_text(d, fmt)))
    _out(_("Cash at the start: {amount} {currency}", amount=d.opening_cash,
           currency=d.currency))
    for sec in d.sections:
        words = len(sec.text.split())
        _out(_("Section {key} ({label}): {words} words", key=sec.key, label=sec.label,
               words=words))
    _out("")
    _out(_row(_("Year"), d.year_labels))
    _out(_row(_("Fine grams sold"), [y.grams for y in d.years]))
    _out(_row(_("Price per gram"), [y.price for y in d.years]))
    _out(_row(_("Premium per gram"), [y.premium for y in d.years]))
    for c in d.costs:
        basis = _("per gram") if c.variable else _("per year")
        _out(_row(f"[{c.id}] {c.label} ({basis})", c.amounts))
    _out("")
    _out(_("Projected income statement ({currency})", currency=d.currency))
    ys = p.years
    for label, values in ((_("Sales of metal"), [y.revenue for y in ys]),
                          (_("Variable costs"), [-y.variable_costs for y in ys]),
                          (_("Fixed costs"), [-y.fixed_costs for y in ys]),
                          (_("Depreciation"), [-y.depreciation for y in ys]),
                          (_("Interest on loans"), [-y.interest for y in ys]),
                          (_("Operating result"), [y.operating_result for y in ys]),
                          (_("Premium income"), [y.premium for y in ys]),
                          (_("Net result"), [y.net_result for y in ys])):
        _out(_row(label, values))
    if d.investments:
        _out("")
        _out(_("Investments"))
        for i in d.investments:
            x = i.data
            _out("\t".join([f"[{i.id}]", x.item, d.year_labels[x.year_index], str(x.cost),
                            _("members {members}, premium {premium}, loan {loan}, grant "
                              "{grant}", members=x.from_members, premium=x.from_premium,
                              loan=x.from_loan, grant=x.from_grant)]))
    _out("")
    _out(_("Break-even"))
    for text in break_even_words(d, fmt):
        _out(text)
    _out("")
    _out(_("Cash projection ({currency})", currency=d.currency))
    _out(_row(_("Cash at the start of the year"), [c.opening for c in p.cash]))
    _out(_row(_("Money in"), [c.inflows for c in p.cash]))
    _out(_row(_("Money out"), [-c.outflows for c in p.cash]))
    _out(_row(_("Cash at the end of the year"), [c.closing for c in p.cash]))
    _out(cash_words(d, fmt))
    return 0


def report(uow: UnitOfWork, args: argparse.Namespace) -> Document:
    """``coopdesk report business-plan [--plan ID]``: the plan (else the latest)."""
    from coopdesk.plans.business_report import business_plan_document

    return business_plan_document(uow, getattr(args, "plan", None))


# ---- writing -----------------------------------------------------------------------------------

def cmd_new(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        pid = bp.create_plan(uow, args.title, args.first_year, args.years,
                             _money(uow, args.opening_cash, "--opening-cash"), args.mineral)
    _out(_("Business plan {id} created.", id=pid))
    return 0


def cmd_section(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    if (args.file is None) == (args.text is None):
        raise UsageError(_("Give the section's text with --file PATH or --text TEXT."))
    text = args.text
    if args.file is not None:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValidationError(_("--file: cannot read {path}: {reason}", path=args.file,
                                    reason=exc.strerror or exc), "file") from exc
    uow = _open(args)
    with _naming():
        bp.set_section(uow, args.plan, args.key, text)
    _out(_("Section {key} saved.", key=args.key))
    return 0


def cmd_year(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        index = _year_index(uow, args.plan, args.year)
        bp.set_year(uow, args.plan, index, _grams(args.grams),
                    _money(uow, args.price, "--price"), _money(uow, args.premium, "--premium"))
    _out(_("Year {year} saved.", year=args.year))
    return 0


def cmd_cost_add(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        years = bp.plan_detail(uow, args.plan).summary.years
        amounts = [_money(uow, a, "--amount") for a in args.amount]
        if len(amounts) == 1:
            amounts = amounts * years
        cid = bp.add_cost(uow, args.plan, args.label, args.per_gram, amounts, args.account)
    _out(_("Cost line {id} added.", id=cid))
    return 0


def cmd_cost_remove(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        bp.remove_cost(uow, args.cost)
    _out(_("Cost line {id} removed.", id=args.cost))
    return 0


def cmd_investment_add(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        index = _year_index(uow, args.plan, args.year)
        rate = D(args.rate.replace(",", ".")) if args.rate else Decimal(0)
        data = bp.InvestmentData(
            args.item, index, _money(uow, args.cost, "--cost"),
            _money(uow, args.members, "--members"), _money(uow, args.premium, "--premium"),
            _money(uow, args.loan, "--loan"), _money(uow, args.grant, "--grant"),
            args.loan_years, rate, args.life)
        iid = bp.add_investment(uow, args.plan, data)
    _out(_("Investment {id} added.", id=iid))
    return 0


def cmd_investment_remove(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        bp.remove_investment(uow, args.investment)
    _out(_("Investment {id} removed.", id=args.investment))
    return 0


def cmd_baseline(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        base = bp.baseline_from_books(uow, args.plan, args.year)
    _out(_("The plan starts from the books of {year}: {grams} g sold at {price} a gram, "
           "{count} cost lines.", year=base.year, grams=base.grams, price=base.price,
           count=len(base.groups)))
    return 0


def cmd_adopt(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        bp.adopt(uow, args.plan, args.motion)
    ref = bp.plan_detail(uow, args.plan).summary.resolution or "-"
    _out(_("Business plan {id} adopted by resolution {ref}.", id=args.plan, ref=ref))
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from coopdesk.plans import business as bp

    uow = _open(args)
    with _naming():
        new = bp.copy_plan(uow, args.plan, args.title)
    _out(_("Business plan {id} copied as draft {new}.", id=args.plan, new=new))
    return 0


# ---- parser ------------------------------------------------------------------------------------

def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add ``coopdesk plan``."""
    from coopdesk.plans.business import SECTIONS
    from coopdesk.production.services import MINERALS

    pl = cmd(sub, "plan", lambda a: 2, _("the business plan: sections, projections, "
                                          "investments, adoption")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    cmd(pl, "list", cmd_list, _("list the business plans"))
    x = cmd(pl, "new", cmd_new, _("make a new draft plan"))
    x.add_argument("title")
    x.add_argument("--first-year", type=int, required=True,
                   help=_("the calendar year of the plan's first year"))
    x.add_argument("--years", type=int, default=3, help=_("3 to 5 years (default 3)"))
    x.add_argument("--opening-cash", help=_("the cash at the start of the plan"))
    x.add_argument("--mineral", default="gold", choices=sorted(MINERALS))
    x = cmd(pl, "show", cmd_show, _("print a plan and its projection"))
    x.add_argument("plan", type=int, nargs="?", help=_("the plan (default: the latest)"))
    x = cmd(pl, "section", cmd_section, _("write a section of the plan (Markdown)"))
    x.add_argument("plan", type=int)
    x.add_argument("--key", required=True, choices=list(SECTIONS))
    x.add_argument("--file", help=_("a text file with the section"))
    x.add_argument("--text", help=_("the section's text"))
    x = cmd(pl, "year", cmd_year, _("set a year's production and prices"))
    x.add_argument("plan", type=int)
    x.add_argument("--year", type=int, required=True,
                   help=_("the calendar year, or its place in the plan (1 to 5)"))
    x.add_argument("--grams", required=True, help=_("fine grams sold"))
    x.add_argument("--price", required=True, help=_("price per fine gram"))
    x.add_argument("--premium", default="0", help=_("premium per fine gram"))

    cost = cmd(pl, "cost", lambda a: 2, _("add or remove a cost line")).add_subparsers(
        dest="cost_verb", required=True, metavar="add|remove")
    x = cmd(cost, "add", cmd_cost_add, _("add a cost line"))
    x.add_argument("plan", type=int)
    x.add_argument("label")
    x.add_argument("--amount", action="append", required=True,
                   help=_("the amount of each year in order (one for every year)"))
    x.add_argument("--per-gram", action="store_true",
                   help=_("the amounts are per gram sold (else per year)"))
    x.add_argument("--account", help=_("the expense account group's code"))
    x = cmd(cost, "remove", cmd_cost_remove, _("remove a cost line"))
    x.add_argument("cost", type=int, help=_("the cost line's number (see 'plan show')"))

    inv = cmd(pl, "investment", lambda a: 2, _("add or remove an investment")
              ).add_subparsers(dest="investment_verb", required=True, metavar="add|remove")
    x = cmd(inv, "add", cmd_investment_add, _("add an investment and its funding"))
    x.add_argument("plan", type=int)
    x.add_argument("item")
    x.add_argument("--year", type=int, required=True,
                   help=_("the calendar year, or its place in the plan (1 to 5)"))
    x.add_argument("--cost", required=True)
    x.add_argument("--members", help=_("paid by the members"))
    x.add_argument("--premium", help=_("paid from the premium"))
    x.add_argument("--loan", help=_("borrowed"))
    x.add_argument("--grant", help=_("from a grant"))
    x.add_argument("--loan-years", type=int, default=0)
    x.add_argument("--rate", help=_("the loan's interest, per cent a year"))
    x.add_argument("--life", type=int, default=5, help=_("useful life in years"))
    x = cmd(inv, "remove", cmd_investment_remove, _("remove an investment"))
    x.add_argument("investment", type=int, help=_("the investment's number (see 'plan show')"))

    x = cmd(pl, "baseline", cmd_baseline, _("start the plan from a fiscal year's books"))
    x.add_argument("plan", type=int)
    x.add_argument("--year", required=True, help=_("the fiscal year's name"))
    x = cmd(pl, "adopt", cmd_adopt, _("record the passed motion that adopted the plan"))
    x.add_argument("plan", type=int)
    x.add_argument("--motion", type=int, required=True)
    x = cmd(pl, "copy", cmd_copy, _("copy a plan as a new draft"))
    x.add_argument("plan", type=int)
    x.add_argument("title")
