"""The Fairmined premium use plan from a terminal: ``coopdesk premium plans|new|approve|tag|
untag|report``. The same services as the window; see :mod:`coopdesk.cli` for exit codes and
log-in."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _date, _open, _out
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.money import parse_amount

Cmd = Callable[..., argparse.ArgumentParser]
FORMATS = ("pdf", "xlsx", "csv")


def _use(text: str, currency: str) -> Any:
    """CODE:TITLE:BUDGET; the title may hold colons, the budget is after the last one."""
    from coopdesk.sharing.premium import UseInput

    code, sep, rest = text.partition(":")
    title, sep2, budget = rest.rpartition(":")
    if not sep or not sep2:
        raise UsageError(_("--use is CODE:TITLE:BUDGET, e.g. EDU:Scholarships:2000000; not "
                           "'{value}'.", value=text))
    try:
        amount = parse_amount(budget, currency)
    except ValidationError as exc:
        raise ValidationError(_("--use {code}: {reason}", code=code.strip(),
                                reason=exc.message), "uses") from exc
    return UseInput(code, title, amount)


def cmd_plans(args: argparse.Namespace) -> int:
    from coopdesk.sharing import premium

    uow = _open(args, login=False)
    rows = premium.plans(uow)
    if not rows:
        _out(_("No premium use plan yet: 'coopdesk premium new NAME --from DATE --to DATE "
               "--use CODE:TITLE:BUDGET'."))
    for p in rows:
        approved = f"{p.approved_on} {p.resolution}" if p.approved_on else _("not approved")
        _out(f"{p.name}\t{p.start}\t{p.end}\t{approved}\t{p.budget}\t{p.spent}\t{p.uses}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from coopdesk.sharing import premium

    uow = _open(args)
    cur = uow.coop().currency
    uses = [_use(t, cur) for t in args.use]
    premium.create_plan(uow, args.name, args.start, args.end, uses, args.approved,
                        args.resolution)
    _out(_("Premium use plan “{name}” created with {count} use(s).", name=args.name.strip(),
           count=len(uses)))
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from coopdesk.sharing import premium

    premium.approve_plan(_open(args), args.name, args.date or dt.date.today(), args.resolution)
    _out(_("Premium use plan “{name}” approved.", name=args.name))
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    from coopdesk.sharing import premium

    year, number = premium.parse_entry_key(args.entry)
    uow = _open(args)
    amount: Decimal | None = None
    if getattr(args, "amount", None):
        try:
            amount = parse_amount(args.amount, uow.coop().currency)
        except ValidationError as exc:
            raise ValidationError(f"--amount: {exc.message}", "amount") from exc
    if args.verb == "tag":
        premium.tag_spending(uow, args.name, args.use, year, number, amount, args.note)
        _out(_("Entry {entry} tagged to {code}.", entry=premium.entry_key(year, number),
               code=args.use.upper()))
    else:
        premium.untag(uow, args.name, args.use, year, number)
        _out(_("Entry {entry} untagged from {code}.", entry=premium.entry_key(year, number),
               code=args.use.upper()))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from coopdesk.reports.output import export
    from coopdesk.sharing import premium

    uow = _open(args, login=False)
    if args.output:
        fmt = args.format or Path(args.output).suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            raise UsageError(_("Say the format: --format pdf, xlsx or csv."))
        export(uow, premium.execution_report(uow, args.name), Path(args.output), fmt)
        _out(_("Report written to {path}.", path=args.output))
        return 0
    p = premium.plan_row(uow, args.name)
    received = premium.received(uow, args.name)
    _out(f"{p.name}\t{p.start}\t{p.end}")
    _out(_("Approved: {date} {ref}", date=p.approved_on, ref=p.resolution) if p.approved_on
         else _("Not approved yet"))
    _out(_("Premium received in the period: {amount}", amount=received))
    _out(_("Planned: {planned}; spent: {spent}; left: {left}", planned=p.budget,
           spent=p.spent, left=p.budget - p.spent))
    _out("\t".join((_("Use code"), _("Planned use"), _("Budget"), _("Spent"), _("Remaining"),
                    _("% spent"))))
    for u in premium.execution(uow, args.name):
        _out(f"{u.code}\t{u.title}\t{u.budget}\t{u.spent}\t{u.remaining}\t{u.percent}")
        for day, key, text, amount in u.entries:
            _out(f"  {day}\t{key}\t{text}\t{amount}")
    return 0


def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add this area's commands to the parser."""
    pr = cmd(sub, "premium", lambda a: 2, _("the Fairmined premium use plan")).add_subparsers(
        dest="verb", required=True, metavar="VERB")
    cmd(pr, "plans", cmd_plans, _("list the premium use plans"))
    x = cmd(pr, "new", cmd_new, _("a new plan with its planned uses"))
    x.add_argument("name")
    x.add_argument("--from", dest="start", type=_date, required=True)
    x.add_argument("--to", dest="end", type=_date, required=True)
    x.add_argument("--use", action="append", required=True, metavar="CODE:TITLE:BUDGET",
                   help=_("a planned use, once per use"))
    x.add_argument("--approved", type=_date, help=_("the date the assembly approved it"))
    x.add_argument("--resolution", help=_("the reference of the assembly's resolution"))
    x = cmd(pr, "approve", cmd_approve, _("record the assembly's approval of a plan"))
    x.add_argument("name")
    x.add_argument("--date", type=_date, help=_("default: today"))
    x.add_argument("--resolution", required=True)
    x = cmd(pr, "tag", cmd_tag, _("count a posted entry as spending on a planned use"))
    x.add_argument("name")
    x.add_argument("use", help=_("the use's code"))
    x.add_argument("entry", metavar="YEAR/NUMBER")
    x.add_argument("--amount", help=_("part of the entry (default: its expenses)"))
    x.add_argument("--note")
    x = cmd(pr, "untag", cmd_tag, _("stop counting an entry as spending on a use"))
    x.add_argument("name")
    x.add_argument("use", help=_("the use's code"))
    x.add_argument("entry", metavar="YEAR/NUMBER")
    x = cmd(pr, "report", cmd_report, _("the plan's execution; a PDF, Excel or CSV with -o"))
    x.add_argument("name")
    x.add_argument("--format", choices=list(FORMATS))
    x.add_argument("-o", "--output")
