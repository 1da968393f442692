"""The action plan and the annual budget from a terminal: ``coopdesk activity VERB`` and
``coopdesk budget VERB``, and the reports ``action-plan`` and ``budget`` (through
``coopdesk report``). The same services as the window; see :mod:`coopdesk.cli` for exit codes
and log-in."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _date, _open, _out, naming_options
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.money import parse_amount
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Document

Cmd = Callable[..., argparse.ArgumentParser]

ACTIVITY_OPTIONS = {"title": "TITLE", "starts": "--from", "ends": "--to",
                    "budget": "--budget", "responsible": "--responsible",
                    "requirement": "--requirement", "status": "--status",
                    "progress": "--progress", "on": "--on", "entry": "--entry",
                    "lines": "--line"}
BUDGET_OPTIONS = {"year": "--year", "lines": "ACCOUNT=AMOUNT", "growth": "--growth",
                  "motion": "--motion", "budget": "--year/--version"}


def _entry(text: str) -> tuple[str, int]:
    """``2026:14`` (or ``2026/14``) as the fiscal year's name and the entry's number."""
    raw = text.strip()
    for sep in (":", "/"):
        year, found, number = raw.rpartition(sep)
        if found and year.strip() and number.strip().isdigit() and int(number) > 0:
            return year.strip(), int(number)
    raise UsageError(_("--entry is YEAR:NUMBER, e.g. 2026:14; not '{value}'.", value=text))


def _money(text: str | None, uow: UnitOfWork, field: str) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_amount(text, uow.coop().currency)
    except ValidationError as exc:
        raise ValidationError(exc.message, field) from exc


# ---- activities ------------------------------------------------------------------------------

def cmd_activity_list(args: argparse.Namespace) -> int:
    from coopdesk.plans import action_report, activities

    rows = activities.activities(_open(args, login=False), year=args.year,
                                 overdue_only=args.overdue, on=args.on or dt.date.today())
    if not rows:
        _out(_("No activity found.") if args.year or args.overdue else _(
            "No activity yet: 'coopdesk activity add TITLE --from DATE --to DATE' adds one."))
    for a in rows:
        _out("\t".join([str(a.number), a.title, a.responsible_name or "-",
                        a.starts.isoformat(), a.ends.isoformat(), str(a.budget), str(a.actual),
                        str(a.variance), action_report.flag_text(a), f"{a.progress}%"]))
    return 0


def cmd_activity_add(args: argparse.Namespace) -> int:
    from coopdesk.plans import activities

    uow = _open(args)
    with naming_options(ACTIVITY_OPTIONS):
        budget = _money(args.budget, uow, "budget") or Decimal(0)
        number = activities.add_activity(
            uow, args.title, args.starts, args.ends, objective=args.objective or "",
            responsible=args.responsible, budget=budget, indicator=args.indicator or "",
            requirement=args.requirement)
    _out(_("Activity {number} added.", number=number))
    return 0


def cmd_activity_update(args: argparse.Namespace) -> int:
    from coopdesk.plans import activities

    uow = _open(args)
    fields: dict[str, Any] = {}
    for key, value in (("title", args.title), ("objective", args.objective),
                       ("starts", args.starts), ("ends", args.ends),
                       ("indicator", args.indicator), ("requirement", args.requirement)):
        if value is not None:
            fields[key] = value
    if args.responsible is not None:
        fields["responsible"] = args.responsible or None
    with naming_options(ACTIVITY_OPTIONS):
        if args.budget is not None:
            fields["budget"] = _money(args.budget, uow, "budget")
        if not fields:
            raise UsageError(_("Say what to change: --title, --objective, --from, --to, "
                               "--responsible, --budget, --indicator or --requirement."))
        activities.update_activity(uow, args.number, **fields)
    _out(_("Activity {number} changed.", number=args.number))
    return 0


def cmd_activity_progress(args: argparse.Namespace) -> int:
    from coopdesk.plans import activities

    uow = _open(args)
    progress = 100 if args.progress is None and args.status == activities.DONE else args.progress
    if progress is None:
        raise UsageError(_("Say the progress: --progress PERCENT."))
    with naming_options(ACTIVITY_OPTIONS):
        activities.report_progress(uow, args.number, args.on or dt.date.today(), args.status,
                                   progress, args.note or "")
    _out(_("Progress of activity {number} recorded: {status}, {progress} %.",
           number=args.number, status=activities.status_label(args.status),
           progress=progress))
    return 0


def cmd_activity_tag(args: argparse.Namespace) -> int:
    from coopdesk.plans import activities

    if bool(args.entry) == bool(args.line):
        raise UsageError(_("Say what to tag: --entry YEAR:NUMBER, or --line ID (one or more)."))
    uow = _open(args)
    with naming_options(ACTIVITY_OPTIONS):
        if args.entry:
            year, number = _entry(args.entry)
            n = activities.tag_entry(uow, args.number, year, number)
        else:
            n = activities.tag_lines(uow, args.number, args.line)
    _out(_("{count} line(s) tagged to activity {number}.", count=n, number=args.number))
    return 0


def cmd_activity_untag(args: argparse.Namespace) -> int:
    from coopdesk.plans import activities

    with naming_options(ACTIVITY_OPTIONS):
        n = activities.untag(_open(args), args.line)
    _out(_("{count} line(s) untagged.", count=n))
    return 0


def cmd_activity_show(args: argparse.Namespace) -> int:
    from coopdesk.plans import action_report, activities

    d = activities.activity_detail(_open(args, login=False), args.number,
                                   args.on or dt.date.today())
    a = d.activity
    _out(f"{a.number}\t{a.title}")
    _out(_("Responsible: {name}", name=(f"{a.responsible} - {a.responsible_name}"
                                        if a.responsible else "-")))
    _out(_("From {starts} to {ends}", starts=a.starts.isoformat(), ends=a.ends.isoformat()))
    _out(_("Objective: {text}", text=a.objective or "-"))
    _out(_("Indicator: {text}", text=a.indicator or "-"))
    if a.requirement:
        _out(_("Requirement: {ref}", ref=a.requirement))
    _out(_("Budget {budget}, actual {actual}, variance {variance}", budget=a.budget,
           actual=a.actual, variance=a.variance))
    _out(_("Status: {status}, {progress} % (time gone: {expected} %)",
           status=action_report.flag_text(a), progress=a.progress, expected=a.expected))
    _out(_("Progress reports:") if d.reports else _("No progress report yet."))
    for r in d.reports:
        _out(f"  {r.on.isoformat()}\t{activities.status_label(r.status)}\t{r.progress}%\t"
             f"{r.note}\t{r.recorded_by}")
    _out(_("Tagged lines:") if d.lines else _("No journal line tagged yet."))
    for ln in d.lines:
        note = "" if ln.counted else "\t" + _("(reversed, not counted)")
        _out(f"  {ln.line_id}\t{ln.entry}\t{ln.date.isoformat()}\t{ln.account}\t{ln.memo}\t"
             f"{ln.amount}{note}")
    return 0


# ---- budgets ---------------------------------------------------------------------------------

def _budget_id(uow: UnitOfWork, year: str, version: int | None, latest: bool = True) -> int:
    from coopdesk.plans import budgets

    found = budgets.budgets(uow, year)
    if not found:
        raise ValidationError(_("There is no budget for {year} yet: 'coopdesk budget new "
                                "--year {year}' starts one.", year=year), "year")
    if version is None:
        return found[-1].id if latest else budgets.find_budget(uow, year).id
    return budgets.find_budget(uow, year, version).id


def cmd_budget_list(args: argparse.Namespace) -> int:
    from coopdesk.plans import budgets

    rows = budgets.budgets(_open(args, login=False), args.year)
    if not rows:
        _out(_("No budget yet: 'coopdesk budget new --year NAME' starts one."))
    for b in rows:
        approval = (_("approved {day}, resolution {resolution}", day=b.approved_on.isoformat(),
                      resolution=b.resolution or "-") if b.approved and b.approved_on
                    else budgets.status_label(b.status))
        _out("\t".join([str(b.id), b.year, _("version {n}", n=b.version), approval,
                        str(b.income), str(b.expense), _("{n} lines", n=b.lines)]))
    return 0


def cmd_budget_new(args: argparse.Namespace) -> int:
    from coopdesk.plans import budgets

    uow = _open(args)
    with naming_options(BUDGET_OPTIONS):
        bid = budgets.create_budget(uow, args.year)
    info = budgets.budget_info(uow, bid)
    _out(_("Budget {year}, version {version}: a draft with {lines} line(s).", year=info.year,
           version=info.version, lines=info.lines))
    return 0


def _read_csv(path: Path) -> list[str]:
    """ACCOUNT,AMOUNT rows (a header row is skipped) as ACCOUNT=AMOUNT pairs."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror)
                         ) from exc
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    out = []
    for n, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), 1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if len(cells) < 2:
            raise ValidationError(_("Row {row} of {path}: give an account and an amount.",
                                    row=n, path=path.name), "lines")
        if n == 1 and not cells[0][:1].isdigit():
            continue  # a header
        out.append(f"{cells[0]}={cells[1]}")
    return out


def cmd_budget_set(args: argparse.Namespace) -> int:
    from coopdesk.plans import budgets

    pairs = list(args.pairs or [])
    if args.file:
        pairs += _read_csv(Path(args.file))
    if not pairs:
        raise UsageError(_("Give ACCOUNT=AMOUNT pairs, or --file CSV."))
    uow = _open(args)
    cur = uow.coop().currency
    amounts: dict[str, Decimal] = {}
    problems = []
    for pair in pairs:
        code, sep, amount = pair.partition("=")
        if not sep or not code.strip():
            raise UsageError(_("Write ACCOUNT=AMOUNT, e.g. 5105=36000000; not '{value}'.",
                               value=pair))
        try:
            amounts[code.strip()] = parse_amount(amount, cur)
        except ValidationError as exc:
            problems.append(_("Account {code}: {reason}", code=code.strip(), reason=exc.message))
    if problems:
        raise ValidationError("\n".join(problems), "lines")
    with naming_options(BUDGET_OPTIONS):
        bid = _budget_id(uow, args.year, args.version)
        n = budgets.set_lines(uow, bid, amounts)
    _out(_("{count} account(s) set in the {year} budget.", count=n, year=args.year))
    return 0


def cmd_budget_propose(args: argparse.Namespace) -> int:
    from coopdesk.plans import budgets

    uow = _open(args)
    try:
        growth = Decimal(args.growth.replace(",", "."))
    except ArithmeticError as exc:
        raise ValidationError(_("--growth: '{value}' is not a percentage.",
                                value=args.growth), "growth") from exc
    with naming_options(BUDGET_OPTIONS):
        bid = _budget_id(uow, args.year, args.version)
        n = budgets.propose_from_actuals(uow, bid, args.source, growth)
    _out(_("The {year} budget proposed from the actuals of {source} plus {growth} %: {count} "
           "line(s).", year=args.year, source=args.source, growth=growth, count=n))
    return 0


def cmd_budget_approve(args: argparse.Namespace) -> int:
    from coopdesk.plans import budgets

    uow = _open(args)
    with naming_options(BUDGET_OPTIONS):
        bid = _budget_id(uow, args.year, args.version)
        budgets.approve(uow, bid, args.motion)
    info = budgets.budget_info(uow, bid)
    _out(_("The {year} budget, version {version}, approved on {day} (resolution "
           "{resolution}).", year=info.year, version=info.version,
           day=info.approved_on.isoformat() if info.approved_on else "-",
           resolution=info.resolution or "-"))
    return 0


def cmd_budget_show(args: argparse.Namespace) -> int:
    from coopdesk.plans import budgets

    vs = budgets.budget_vs_actual(_open(args, login=False), args.year, args.version)
    info = vs.info
    approval = (_("approved {day}, resolution {resolution}", day=info.approved_on.isoformat(),
                  resolution=info.resolution or "-") if info.approved and info.approved_on
                else _("draft, not approved"))
    _out(_("Budget {year}, version {version}: {approval}", year=info.year,
           version=info.version, approval=approval))
    _out("\t".join([_("Account"), _("Name"), _("Budget"), _("Actual"), _("Variance"),
                    _("% used")]))
    for r in vs.rows:
        flag = "\t" + _("OVER BUDGET") if r.over else ""
        _out(f"{r.code}\t{r.name}\t{r.budget}\t{r.actual}\t{r.variance}\t"
             f"{r.used if r.used is not None else '-'}{flag}")
    for label, t in ((_("Income"), vs.income), (_("Expenses"), vs.expense),
                     (_("Result"), vs.result)):
        _out(f"{label}\t\t{t.budget}\t{t.actual}\t{t.variance}\t"
             f"{t.used if t.used is not None else '-'}")
    return 0


# ---- reports and parser ----------------------------------------------------------------------

def report(uow: UnitOfWork, args: argparse.Namespace) -> Document:
    """``action-plan`` (of the calendar year ``args.year``, or all) or ``budget`` (of the
    fiscal year holding ``args.year``, else the current one)."""
    from coopdesk.plans import action_report

    year = getattr(args, "year", None)
    if args.name == "action-plan":
        return action_report.action_plan_document(uow, year, dt.date.today())
    if args.name == "budget":
        return action_report.budget_document(uow, year, getattr(args, "version", None))
    raise UsageError(_("No report named '{name}' here.", name=args.name))


def add_commands(sub: Any, cmd: Cmd) -> None:
    from coopdesk.plans.activities import STATUSES

    act = cmd(sub, "activity", lambda a: 2, _("the action plan: activities, progress and "
                                              "spending tagged from the books")
              ).add_subparsers(dest="verb", required=True, metavar="VERB")
    x = cmd(act, "list", cmd_activity_list, _("the activities with budget and actual"))
    x.add_argument("--year", type=int, help=_("only those running in this calendar year"))
    x.add_argument("--overdue", action="store_true", help=_("only the overdue ones"))
    x.add_argument("--on", type=_date, help=_("the day to judge against (default: today)"))

    def plan_fields(p: argparse.ArgumentParser, required: bool) -> None:
        p.add_argument("--from", dest="starts", type=_date, required=required,
                       help=_("the first day"))
        p.add_argument("--to", dest="ends", type=_date, required=required,
                       help=_("the last day"))
        p.add_argument("--objective")
        p.add_argument("--responsible", type=int, help=_("the responsible member's number "
                                                         "(0: nobody, when changing)"))
        p.add_argument("--budget", help=_("the amount budgeted"))
        p.add_argument("--indicator")
        p.add_argument("--requirement", help=_("a standard's requirement, e.g. craft:2.1"))

    x = cmd(act, "add", cmd_activity_add, _("add an activity to the plan"))
    x.add_argument("title")
    plan_fields(x, True)
    x = cmd(act, "update", cmd_activity_update, _("change an activity's plan"))
    x.add_argument("number", type=int)
    x.add_argument("--title")
    plan_fields(x, False)
    x = cmd(act, "progress", cmd_activity_progress, _("record a progress report"))
    x.add_argument("number", type=int)
    x.add_argument("--status", required=True, choices=list(STATUSES))
    x.add_argument("--progress", type=int, help=_("per cent done, 0 to 100"))
    x.add_argument("--on", type=_date, help=_("the report's date (default: today)"))
    x.add_argument("--note")
    x = cmd(act, "tag", cmd_activity_tag, _("tag journal lines of posted entries to an "
                                            "activity"))
    x.add_argument("number", type=int)
    x.add_argument("--entry", help=_("YEAR:NUMBER: the entry's debits to expense accounts"))
    x.add_argument("--line", type=int, action="append", help=_("a journal line's id"))
    x = cmd(act, "untag", cmd_activity_untag, _("remove the tags of journal lines"))
    x.add_argument("--line", type=int, action="append", required=True)
    x = cmd(act, "show", cmd_activity_show, _("an activity with its reports and lines"))
    x.add_argument("number", type=int)
    x.add_argument("--on", type=_date)

    bud = cmd(sub, "budget", lambda a: 2, _("the annual budget by account, approved by the "
                                            "assembly, against the actual")
              ).add_subparsers(dest="verb", required=True, metavar="VERB")
    x = cmd(bud, "list", cmd_budget_list, _("the budgets and their versions"))
    x.add_argument("--year", help=_("a fiscal year's name"))
    x = cmd(bud, "new", cmd_budget_new, _("a new draft version of a year's budget"))
    x.add_argument("--year", required=True)
    x = cmd(bud, "set", cmd_budget_set, _("set amounts of a draft: ACCOUNT=AMOUNT..."))
    x.add_argument("pairs", nargs="*", metavar="ACCOUNT=AMOUNT")
    x.add_argument("--year", required=True)
    x.add_argument("--version", type=int, help=_("default: the latest"))
    x.add_argument("--file", help=_("a CSV file of ACCOUNT,AMOUNT rows"))
    x = cmd(bud, "propose", cmd_budget_propose, _("fill a draft from a year's actuals"))
    x.add_argument("--year", required=True)
    x.add_argument("--version", type=int)
    x.add_argument("--from", dest="source", required=True, help=_("the year to start from"))
    x.add_argument("--growth", default="0", help=_("per cent added, e.g. 5"))
    x = cmd(bud, "approve", cmd_budget_approve, _("approve a draft by an assembly's motion"))
    x.add_argument("--year", required=True)
    x.add_argument("--version", type=int)
    x.add_argument("--motion", type=int, required=True, help=_("the passed motion's id"))
    for verb in ("show", "compare"):
        x = cmd(bud, verb, cmd_budget_show, _("the budget against the actual by account"))
        x.add_argument("--year", required=True)
        x.add_argument("--version", type=int, help=_("default: the latest approved"))
