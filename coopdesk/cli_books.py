"""The books from a terminal: chart, fiscal years, the journal, the cash book, production and
reports. The same services as the window; see :mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.cli import UsageError, _date, _open, _out
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _, translate
from coopdesk.core.money import parse_amount

if TYPE_CHECKING:
    from coopdesk.core.uow import UnitOfWork
    from coopdesk.reports.document import Document

Cmd = Callable[..., argparse.ArgumentParser]
FORMATS = ("pdf", "xlsx", "csv")


def _number(text: str, field: str) -> Decimal:
    """A weight or a fineness as typed ("12.5" or "12,5")."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except ArithmeticError:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ValidationError(_("--{field}: '{value}' is not a number.", field=field,
                                value=text), field)
    return value


def _whole(text: str, field: str) -> int:
    try:
        return int(text)
    except ValueError as exc:
        raise ValidationError(_("--{field}: '{value}' is not a whole number.", field=field,
                                value=text), field) from exc


def _money(text: str, currency: str, field: str) -> Decimal:
    try:
        return parse_amount(text, currency)
    except ValidationError as exc:
        raise ValidationError(f"--{field}: {exc.message}", field) from exc


# ---- chart, years, periods ---------------------------------------------------------------------

def cmd_chart(args: argparse.Namespace) -> int:
    from coopdesk.ledger import services

    uow = _open(args)
    n = services.install_chart(uow, args.template)
    _out(_("Installed the {template} chart: {count} accounts.", template=args.template,
           count=n))
    return 0


def cmd_accounts(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from coopdesk.ledger.models import Account
    from coopdesk.ledger.queries import trial_balance

    uow = _open(args, login=False)
    at = args.at or dt.date.today()
    own = {r.code: r.balance for r in trial_balance(uow, dt.date(1900, 1, 1), at)}
    with uow.read() as s:
        accounts = list(s.scalars(select(Account).order_by(Account.code)))
    if not accounts:
        _out(_("No chart of accounts yet: run 'coopdesk books chart general' (or syscohada)."))
        return 0
    by_id = {a.id: a for a in accounts}
    total = {a.id: own.get(a.code, Decimal(0)) for a in accounts}
    depth = {a.id: 0 for a in accounts}
    for a in accounts:  # every account's balance adds to each heading above it
        parent, level = a.parent_id, 0
        while parent is not None:
            total[parent] += own.get(a.code, Decimal(0))
            level += 1
            parent = by_id[parent].parent_id
        depth[a.id] = level
    for a in accounts:
        mark = f" [{a.member_ledger}]" if a.member_ledger else ""
        _out(f"{'  ' * depth[a.id]}{a.code}\t{a.name}{mark}\t{total[a.id]}")
    return 0


def cmd_account_add(args: argparse.Namespace) -> int:
    from coopdesk.ledger import services

    services.add_account(_open(args), args.code, args.name, args.under, args.member_ledger)
    _out(_("Account {code} added.", code=args.code))
    return 0


def cmd_roles(args: argparse.Namespace) -> int:
    from coopdesk.ledger import services

    if args.role and args.code:
        services.set_role(_open(args), args.role, args.code)
    uow = _open(args, login=False)
    for role, code in sorted(services.roles(uow).items()):
        _out(f"{role}\t{code}")
    return 0


def cmd_year(args: argparse.Namespace) -> int:
    from coopdesk.ledger import services

    uow = _open(args)
    if args.verb2 == "open":
        services.open_fiscal_year(uow, args.name, args.start, args.end)
        _out(_("Fiscal year {year} opened.", year=args.name))
    else:
        ref = services.close_year(uow, args.name)
        _out(_("Fiscal year {year} closed.", year=args.name) + (
            " " + _("Closing entry {number}.", number=ref.number) if ref else ""))
    return 0


def cmd_period_close(args: argparse.Namespace) -> int:
    from coopdesk.ledger import services

    services.close_period(_open(args), args.year, args.start)
    _out(_("Period starting {date} closed.", date=args.start.isoformat()))
    return 0


# ---- the journal -------------------------------------------------------------------------------

def _line(text: str, currency: str) -> Any:
    """ACCOUNT:DEBIT:CREDIT[:MEMBER], e.g. 1105:500: or 3105::500:12"""
    from coopdesk.ledger.rules import LineInput

    parts = text.split(":")
    if len(parts) not in (3, 4):
        raise UsageError(_("--line is ACCOUNT:DEBIT:CREDIT[:MEMBER], e.g. 1105:500: or "
                           "3105::500:12; not '{value}'.", value=text))
    debit = parse_amount(parts[1], currency) if parts[1] else Decimal(0)
    credit = parse_amount(parts[2], currency) if parts[2] else Decimal(0)
    member = _whole(parts[3], "line") if len(parts) == 4 and parts[3] else None
    return LineInput(parts[0], debit, credit, member)


def cmd_journal(args: argparse.Namespace) -> int:
    from coopdesk.ledger import queries, services
    from coopdesk.ledger.rules import EntryInput

    verb = args.verb
    if verb == "list":
        uow = _open(args, login=False)
        for e in queries.journal(uow, args.year):
            links = (f" <- {e.reverses}" if e.reverses else "") + (
                f" -> {e.reversed_by}" if e.reversed_by else "")
            _out(f"{e.year}-{e.number or '*'}\t{e.date}\t{e.status}\t{e.total}\t"
                 f"{e.description}{links}")
        return 0
    if verb == "export":
        return _export(args)
    if verb == "import":
        return _import(args)
    uow = _open(args)
    if verb == "post":
        cur = uow.coop().currency
        lines = tuple(_line(t, cur) for t in args.line)
        ref = services.post_entry(uow, EntryInput(args.date or dt.date.today(),
                                                  args.description, lines, args.reference))
    elif verb == "reverse":
        ref = services.reverse_entry(uow, args.year, args.number, args.date or dt.date.today(),
                                     args.reason)
    else:  # attach
        path = Path(args.file)
        services.attach(uow, args.year, args.number, path.name, path.read_bytes())
        _out(_("{file} attached to entry {number}.", file=path.name, number=args.number))
        return 0
    _out(_("Entry {number} of {year} posted.", number=ref.number, year=ref.year))
    return 0


def _export(args: argparse.Namespace) -> int:
    from coopdesk.ledger.export import write_journal

    uow = _open(args, login=False)
    if args.output in (None, "-"):
        n = write_journal(uow, sys.stdout, args.start, args.end)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            n = write_journal(uow, fh, args.start, args.end)
        print(_("{count} entries written to {path}.", count=n, path=args.output),
              file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
    from coopdesk.ledger import importer

    uow = _open(args)
    checked = importer.read_journal(uow, Path(args.file), args.year)
    n = importer.import_journal(uow, checked)
    _out(_("{count} entries imported from {file}.", count=n, file=checked.filename))
    return 0


# ---- cash book ---------------------------------------------------------------------------------

def cmd_cash(args: argparse.Namespace) -> int:
    from coopdesk.ledger import cashbook

    if args.verb == "kinds":
        for tpl in cashbook.TEMPLATES:
            _out(f"{tpl.direction.value}\t{tpl.key}\t{translate('coopdesk', tpl.label)}")
        return 0
    uow = _open(args)
    t = cashbook.BY_KEY.get(args.kind)
    if t is None or t.direction.value != args.verb:
        raise ValidationError(_("'{kind}' is not a kind of {direction}; see 'coopdesk cash "
                                "kinds'.", kind=args.kind, direction=args.verb), "kind")
    attachment = None
    if args.attach:
        path = Path(args.attach)
        attachment = (path.name, path.read_bytes())
    ref = cashbook.record(uow, cashbook.CashInput(
        args.kind, args.date or dt.date.today(),
        _money(args.amount, uow.coop().currency, "amount"), args.description or "",
        args.place, args.member, args.account, args.reference, attachment))
    _out(_("Entry {number} of {year} posted.", number=ref.number, year=ref.year))
    return 0


# ---- production --------------------------------------------------------------------------------

def cmd_production(args: argparse.Namespace) -> int:
    from coopdesk.production import services as prod

    verb = args.verb
    if verb == "list":
        return _production_list(args)
    uow = _open(args)
    when = args.date or dt.date.today()
    cur = uow.coop().currency
    if verb == "lot":
        n = prod.record_lot(uow, prod.LotInput(
            when, _number(args.grams, "grams"), _number(args.fineness, "fineness"),
            args.member, args.group,
            args.miners, args.days, args.site, args.mineral, args.note))
        _out(_("Production lot {number} recorded.", number=n))
    elif verb == "buy":
        n = prod.buy(uow, prod.PurchaseInput(
            when, args.member, _money(args.price, cur, "price"), args.lot,
            _number(args.grams, "grams") if args.grams else None,
            _number(args.fineness, "fineness") if args.fineness else None, args.place))
        _out(_("Purchase {number} recorded.", number=n))
    else:
        lots: list[tuple[int, Decimal]] = []
        for text in args.lot:
            number, _sep, grams = text.partition(":")
            if not grams:
                raise UsageError(_("--lot is NUMBER:GRAMS, e.g. 12:7.5; not '{value}'.",
                                   value=text))
            lots.append((_whole(number, "lot"), _number(grams, "lot")))
        n = prod.sell(uow, prod.SaleInput(
            when, args.buyer, tuple(lots), _money(args.price, cur, "price"),
            _money(args.premium, cur, "premium") if args.premium else Decimal(0),
            args.reference, args.place))
        _out(_("Sale {number} recorded.", number=n))
    return 0


def _production_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from coopdesk.members.models import Member
    from coopdesk.production.models import ProductionLot
    from coopdesk.production.services import fine_grams, sold_mg

    uow = _open(args, login=False)
    with uow.read() as s:
        numbers = {i: n for i, n in s.execute(select(Member.id, Member.number))}
        for lot in s.scalars(select(ProductionLot).order_by(ProductionLot.number)):
            who = (str(numbers.get(lot.member_id, "")) if lot.member_id
                   else f"{lot.work_group} ({lot.miners})")
            _out(f"{lot.number}\t{lot.date}\t{who}\t{lot.mineral}\t"
                 f"{Decimal(lot.milligrams) / 1000}\t{Decimal(lot.fineness) / 10}\t"
                 f"{fine_grams(lot.milligrams, lot.fineness)}\t"
                 f"{Decimal(sold_mg(s, lot.id)) / 1000}")
    return 0


# ---- reports -----------------------------------------------------------------------------------

GOVERNANCE_REPORTS = ("convocation", "minutes", "minutes-book", "attendance",
                      "election-results", "ballot-papers")


# The plans' reports, each built by the CLI module of its area (``report(uow, args)``).
PLAN_REPORTS = {"business-plan": "coopdesk.cli_business",
                "action-plan": "coopdesk.cli_actions", "budget": "coopdesk.cli_actions",
                "formalisation": "coopdesk.cli_formal",
                "standards": "coopdesk.cli_standards",
                "training": "coopdesk.cli_training", "incidents": "coopdesk.cli_training"}


def governance_report(uow: UnitOfWork, args: argparse.Namespace) -> Document:
    """The meeting and election documents: of ``--meeting ID``, ``--election ID`` (with
    ``--papers N`` for numbered ballot papers), or the minutes book (``--year``)."""
    from coopdesk.governance import election_reports, meeting_reports

    if args.name == "minutes-book":
        return meeting_reports.minutes_book_document(uow, args.year)
    if args.name in ("election-results", "ballot-papers"):
        if args.election is None:
            raise UsageError(_("Say which election: --election ID (see 'coopdesk election "
                               "list')."))
        if args.name == "election-results":
            return election_reports.results_document(uow, args.election)
        return election_reports.ballot_papers_document(uow, args.election, args.papers)
    if args.meeting is None:
        raise UsageError(_("Say which meeting: --meeting ID (see 'coopdesk meeting list')."))
    build = {"convocation": meeting_reports.convocation_document,
             "minutes": meeting_reports.minutes_document,
             "attendance": meeting_reports.attendance_document}[args.name]
    return build(uow, args.meeting)


def cmd_report(args: argparse.Namespace) -> int:
    from coopdesk.ledger import reports
    from coopdesk.reports.output import export

    uow = _open(args, login=False)
    end = args.end or dt.date.today()
    start = args.start or end.replace(month=1, day=1)
    fmt = args.format or Path(args.output).suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UsageError(_("Say the format: --format pdf, xlsx or csv."))

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    if args.name == "bank-reconciliation":  # of a bank account, at a statement date
        from coopdesk.cli_bank import report

        doc = report(uow, args.account, args.end)
    elif args.name in GOVERNANCE_REPORTS:
        doc = governance_report(uow, args)
    elif args.name in PLAN_REPORTS:
        import importlib

        doc = importlib.import_module(PLAN_REPORTS[args.name]).report(uow, args)
    else:
        doc = reports.build(uow, args.name, start, end, account=args.account,
                            member=args.member, compare=not args.no_compare, progress=progress)
    export(uow, doc, Path(args.output), fmt)
    _out(_("Report written to {path}.", path=args.output))
    return 0


# ---- parser ------------------------------------------------------------------------------------

def add_commands(sub: Any, cmd: Cmd) -> None:
    from coopdesk.ledger.cashbook import MONEY_PLACES
    from coopdesk.ledger.charts import TEMPLATES
    from coopdesk.production.services import MINERALS

    bk = cmd(sub, "books", lambda a: 2, _("chart of accounts, fiscal years and periods")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    x = cmd(bk, "chart", cmd_chart, _("install a chart of accounts template"))
    x.add_argument("template", choices=sorted(TEMPLATES))
    x = cmd(bk, "accounts", cmd_accounts, _("the chart with balances"))
    x.add_argument("--at", type=_date, help=_("balances at this date (default: today)"))
    x = cmd(bk, "account-add", cmd_account_add, _("add an account under a heading"))
    x.add_argument("code")
    x.add_argument("name")
    x.add_argument("--under", required=True, help=_("the heading's code"))
    x.add_argument("--member-ledger", choices=["share_capital", "member_payable",
                                               "member_loan"])
    x = cmd(bk, "roles", cmd_roles, _("which account serves which purpose; ROLE CODE sets one"))
    x.add_argument("role", nargs="?")
    x.add_argument("code", nargs="?")
    yr = cmd(bk, "year", lambda a: 2, _("fiscal years")).add_subparsers(
        dest="verb2", required=True, metavar="VERB")
    x = cmd(yr, "open", cmd_year, _("open a fiscal year with monthly periods"))
    x.add_argument("name")
    x.add_argument("start", type=_date)
    x.add_argument("end", type=_date)
    x = cmd(yr, "close", cmd_year, _("year-end closing: income and expenses to the result"))
    x.add_argument("name")
    x = cmd(bk, "close-period", cmd_period_close, _("close a monthly period"))
    x.add_argument("year")
    x.add_argument("start", type=_date, help=_("the period's first day"))

    jn = cmd(sub, "journal", lambda a: 2, _("journal entries")).add_subparsers(
        dest="verb", required=True, metavar="VERB")
    x = cmd(jn, "list", cmd_journal, _("list entries"))
    x.add_argument("--year")
    x = cmd(jn, "post", cmd_journal, _("post an entry"))
    x.add_argument("--date", type=_date)
    x.add_argument("--description", required=True)
    x.add_argument("--reference")
    x.add_argument("--line", action="append", required=True,
                   help=_("ACCOUNT:DEBIT:CREDIT[:MEMBER], once per line"))
    x = cmd(jn, "reverse", cmd_journal, _("reverse a posted entry"))
    x.add_argument("year")
    x.add_argument("number", type=int)
    x.add_argument("--reason", required=True)
    x.add_argument("--date", type=_date)
    x = cmd(jn, "attach", cmd_journal, _("attach a scanned receipt (image or PDF)"))
    x.add_argument("year")
    x.add_argument("number", type=int)
    x.add_argument("file")
    x = cmd(jn, "export", cmd_journal, _("write the journal for hledger or ledger-cli"))
    x.add_argument("--format", choices=["ledger"], default="ledger")
    x.add_argument("-o", "--output", help=_("file (default: standard output)"))
    x.add_argument("--from", dest="start", type=_date)
    x.add_argument("--to", dest="end", type=_date)
    x = cmd(jn, "import", cmd_journal, _("import entries, or opening balances, from Excel or "
                                         "CSV"))
    x.add_argument("file")
    x.add_argument("--year", help=_("the fiscal year of opening balances (a file without "
                                    "dates)"))

    cash = cmd(sub, "cash", lambda a: 2, _("the cash book: receipts and payments")
               ).add_subparsers(dest="verb", required=True, metavar="VERB")
    cmd(cash, "kinds", cmd_cash, _("the kinds of receipts and payments"))
    for verb, text in (("receipt", _("record a receipt")), ("payment", _("record a payment"))):
        x = cmd(cash, verb, cmd_cash, text)
        x.add_argument("kind", help=_("see 'coopdesk cash kinds'"))
        x.add_argument("amount")
        x.add_argument("--date", type=_date)
        x.add_argument("--place", choices=list(MONEY_PLACES), default="cash")
        x.add_argument("--member", type=int)
        x.add_argument("--account", help=_("the account, for the kinds 'other'"))
        x.add_argument("--description")
        x.add_argument("--reference")
        x.add_argument("--attach", help=_("a scanned receipt (image or PDF)"))

    pr = cmd(sub, "production", lambda a: 2, _("production, purchases and sales")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    cmd(pr, "list", cmd_production, _("list production lots"))
    x = cmd(pr, "lot", cmd_production, _("record a production lot"))
    x.add_argument("--grams", required=True)
    x.add_argument("--fineness", required=True, help=_("parts per thousand, e.g. 916"))
    x.add_argument("--member", type=int)
    x.add_argument("--group", help=_("a work group's name, instead of a member"))
    x.add_argument("--miners", type=int, default=1)
    x.add_argument("--days", type=int, default=1)
    x.add_argument("--site")
    x.add_argument("--mineral", choices=list(MINERALS), default="gold")
    x.add_argument("--note")
    x.add_argument("--date", type=_date)
    x = cmd(pr, "buy", cmd_production, _("buy gold from a member"))
    x.add_argument("member", type=int)
    x.add_argument("price", help=_("price of a gram of fine metal"))
    x.add_argument("--lot", type=int)
    x.add_argument("--grams")
    x.add_argument("--fineness")
    x.add_argument("--place", choices=[*MONEY_PLACES, "payable"], default="cash")
    x.add_argument("--date", type=_date)
    x = cmd(pr, "sell", cmd_production, _("record a sale to a buyer"))
    x.add_argument("buyer")
    x.add_argument("price", help=_("price of a gram of fine metal"))
    x.add_argument("--lot", action="append", required=True, help=_("NUMBER:GRAMS, once per lot"))
    x.add_argument("--premium", help=_("the Fairmined premium, apart from the price"))
    x.add_argument("--reference")
    x.add_argument("--place", choices=[*MONEY_PLACES, "customers"], default="bank")
    x.add_argument("--date", type=_date)

    x = cmd(sub, "report", cmd_report, _("write a report as PDF, Excel or CSV"))
    x.add_argument("name", help="trial-balance, general-ledger, account-statement, "
                                "member-statement, cash-book, income-statement, balance-sheet, "
                                "production-sales, bank-reconciliation (--account: the bank "
                                "account; --to: the statement date, else the latest), "
                                "convocation, minutes, attendance (--meeting), minutes-book "
                                "(--year), election-results, ballot-papers (--election, "
                                "--papers), business-plan (--plan), action-plan, budget "
                                "(--year), formalisation, standards (--standard), training, "
                                "incidents (--from, --to)")
    x.add_argument("--from", dest="start", type=_date)
    x.add_argument("--to", dest="end", type=_date)
    x.add_argument("--format", choices=list(FORMATS))
    x.add_argument("-o", "--output", required=True)
    x.add_argument("--account")
    x.add_argument("--member", type=int)
    x.add_argument("--no-compare", action="store_true",
                   help=_("without the previous period"))
    x.add_argument("--meeting", type=int, help=_("the meeting, for its documents"))
    x.add_argument("--election", type=int, help=_("the election, for its documents"))
    x.add_argument("--year", type=int,
                   help=_("the year of the minutes book, the action plan or the budget"))
    x.add_argument("--plan", type=int, help=_("the business plan (else the latest)"))
    x.add_argument("--standard", help=_("craft, fairmined or maendeleo (else all)"))
    x.add_argument("--papers", type=int, default=50,
                   help=_("how many numbered ballot papers to print"))
