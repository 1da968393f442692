"""Benefit sharing from a terminal: ``coopdesk share VERB``. The same services as the window:
policies, a distribution's way from draft to payout, the payout sheet, unclaimed payouts and
"why this amount". See :mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _date, _open, _out, naming_options
from coopdesk.cli_books import FORMATS, _money
from coopdesk.core.errors import NotFound
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork

Cmd = Callable[..., argparse.ArgumentParser]
FIRST_ROWS = 10  # member lines the text preview shows

# A service's field, and the option of these commands that gives it.
OPTIONS = {"title": "--title", "year": "--year", "amount": "--amount", "period": "--from/--to",
           "account": "--account", "policy": "--policy", "resolution": "--resolution",
           "approved_on": "--date", "date": "--date", "via": "--via", "members": "--member"}


def _naming_options() -> AbstractContextManager[None]:
    return naming_options(OPTIONS)


def _policy_line(p: Any) -> str:
    from coopdesk.sharing.allocation import BASIS_LABELS

    steps = ", ".join(f"{s.title()} {s.percent} %" for s in p.steps) or _("no funds")
    mix = ", ".join(f"{_(BASIS_LABELS[b])} {w}" for b, w in p.mix)
    return f"{p.name}\t{steps}\t{mix}"


# ---- policies ----------------------------------------------------------------------------------

def cmd_policy(args: argparse.Namespace) -> int:
    from coopdesk.sharing import services

    if args.verb2 == "preset":
        p = services.install_preset(_open(args), args.preset, args.name)
        _out(_("Policy {name} saved from the preset {preset}.", name=p.name,
               preset=args.preset))
        return 0
    uow = _open(args, login=False)
    found = services.policies(uow)
    if args.verb2 == "list":
        if not found:
            _out(_("No sharing policy yet: 'coopdesk share policy preset colombia' (or ohada, "
                   "premium) installs one."))
        for p in found:
            _out(_policy_line(p))
        return 0
    shown = next((x for x in found if x.name == args.name), None)
    if shown is None:
        raise NotFound(_("There is no sharing policy “{name}”.", name=args.name))
    _show_policy(shown)
    return 0


def _show_policy(p: Any) -> None:
    from coopdesk.sharing.allocation import BASIS_LABELS

    _out(_("Policy {name}", name=p.name))
    _out(_("Funds, in order:"))
    for i, s in enumerate(p.steps, 1):
        cap = (" " + _("until it reaches {cap} % of the paid-up capital", cap=s.cap_percent)
               if s.cap_percent is not None else "")
        account = " " + _("(account {code})", code=s.account) if s.account else ""
        _out(f"  {i}. {s.title()}: {s.percent} %{cap}{account}")
    _out(_("The members' part, by:"))
    for b, w in p.mix:
        _out(f"  {_(BASIS_LABELS[b])}: {w}")
    _out(_("At least {days} active days in the period.", days=p.min_days))
    _out(_("Suspended members take no part.") if p.exclude_suspended else
         _("Suspended members take part."))
    if p.interest_cap is not None:
        _out(_("Interest on capital capped at {rate} % a year.", rate=p.interest_cap))
    _out(_("Payouts rounded to multiples of {unit} minor unit(s).", unit=p.rounding))
    _out(_("A payout not collected after {days} days is listed as unclaimed.",
           days=p.unclaimed_days))


# ---- a run -------------------------------------------------------------------------------------

def cmd_new(args: argparse.Namespace) -> int:
    from coopdesk.sharing import queries, services

    uow = _open(args)
    source = services.Source(args.source)
    amount = None
    if args.amount is not None:
        amount = _money(args.amount, uow.coop().currency, "amount")
    elif source is not services.Source.SURPLUS:
        raise UsageError(_("--amount: say the amount to share ({source}).",
                           source=_(services.SOURCE_LABELS[source]).lower()))
    if source is services.Source.SURPLUS and not args.year:
        raise UsageError(_("--year: say which closed year's surplus is shared."))
    if (args.start is None) != (args.end is None):
        raise UsageError(_("--from and --to go together: give both, or neither."))
    with _naming_options():
        n = services.create_run(uow, services.RunInput(
            args.title, source, args.policy, args.year, amount, args.start, args.end,
            args.account))
    d = queries.detail(uow, n)
    _out(_("Distribution {number} computed as a draft: {shared} {currency} to {count} "
           "member(s).", number=n, shared=d.row.shared, currency=d.currency,
           count=d.row.members))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from coopdesk.sharing import queries

    uow = _open(args, login=False)
    found = queries.runs(uow)
    if not found:
        _out(_("No distribution yet: 'coopdesk share new' computes one."))
    for r in found:
        _out(f"{r.number}\t{queries.status_text(r.status)}\t{r.title}\t{r.amount}\t{r.shared}\t"
             f"{r.paid}\t{r.members}\t{r.unpaid}\t{r.posted_on or ''}")
    return 0


def _write(uow: UnitOfWork, doc: Any, output: str, fmt: str | None = None) -> None:
    from coopdesk.reports.output import export

    path = export(uow, doc, Path(output), fmt)
    _out(_("Written {path}.", path=path))


def cmd_preview(args: argparse.Namespace) -> int:
    from coopdesk.sharing import queries, reports

    uow = _open(args, login=False)
    if args.output:
        fmt = args.format or Path(args.output).suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            raise UsageError(_("Say the format: --format pdf, xlsx or csv."))
        _write(uow, reports.preview(uow, args.number), args.output, fmt)
        return 0
    if args.format:
        raise UsageError(_("-o: say the file to write the {format} to.", format=args.format))
    d = queries.detail(uow, args.number)
    cur = d.currency
    _out(_("Distribution {number}: {title} — {status}", number=args.number, title=d.row.title,
           status=queries.status_text(d.row.status)))
    _out(_("Period {start} to {end}, policy {policy}, source account {account}.",
           start=d.start, end=d.end, policy=d.policy.name, account=d.source_account))
    _out(_("Amount shared: {amount} {currency}", amount=d.row.amount, currency=cur))
    for s in d.steps:
        capped = " " + _("(capped)") if s.capped else ""
        _out(f"  {s.title} ({s.percent} %, {s.account}): {s.amount}{capped}")
    _out(_("Members' part: {pool} {currency}; the members receive {shared}, {residue} is left "
           "by rounding.", pool=d.pool, currency=cur, shared=d.row.shared, residue=d.residue))
    _out(_("Members: {eligible} eligible, {excluded} excluded, {receiving} receive "
           "something, {unpaid} not paid yet.", eligible=d.eligible, excluded=d.excluded,
           receiving=d.row.members, unpaid=d.row.unpaid))
    if d.approved_on:
        _out(_("Approved on {date}, resolution {resolution}.", date=d.approved_on,
               resolution=d.resolution))
    if d.entry:
        _out(_("Posted on {date}, entry {entry}.", date=d.row.posted_on, entry=d.entry))
    total = queries.line_count(uow, args.number)
    for ln in queries.lines(uow, args.number, limit=FIRST_ROWS):
        note = ln.excluded or (_("paid to {payee}", payee=ln.payee) if ln.payee else "")
        _out(f"  {ln.number}\t{ln.name}\t{ln.amount}\t{note}")
    if total > FIRST_ROWS:
        _out("  " + _("… and {count} more: write the whole list with -o FILE.",
               count=total - FIRST_ROWS))
    return 0


def cmd_recompute(args: argparse.Namespace) -> int:
    from coopdesk.sharing import queries, services

    uow = _open(args)
    with _naming_options():
        services.recompute(uow, args.number)
    d = queries.detail(uow, args.number)
    _out(_("Distribution {number} computed again: {shared} {currency} to {count} member(s).",
           number=args.number, shared=d.row.shared, currency=d.currency,
           count=d.row.members))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from coopdesk.sharing import services

    services.delete_draft(_open(args), args.number)
    _out(_("Draft distribution {number} deleted.", number=args.number))
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from coopdesk.sharing import services

    if not (args.resolution or "").strip():
        raise UsageError(_("--resolution: give the reference of the assembly's resolution "
                           "that approved the distribution, e.g. --resolution \"AGO-2026 "
                           "res. 4\"."))
    uow = _open(args)
    when = args.date or dt.date.today()
    with _naming_options():
        services.approve(uow, args.number, when, args.resolution)
    _out(_("Distribution {number} approved on {date} (resolution {resolution}).",
           number=args.number, date=when.isoformat(), resolution=args.resolution.strip()))
    return 0


def cmd_payouts(args: argparse.Namespace) -> int:
    from coopdesk.sharing import services

    rows = services.payouts(_open(args, login=False), args.number)
    if not rows:
        _out(_("Distribution {number} has no payouts yet.", number=args.number))
    for p in rows:
        state = _("reversed") if p.reversed else ""
        _out(f"{p.id}\t{p.date.isoformat()}\t{p.via}\t{p.count}\t{p.amount}\t{p.entry}"
             f"\t{state}".rstrip())
    return 0


def cmd_reverse(args: argparse.Namespace) -> int:
    from coopdesk.sharing import services

    if not (args.reason or "").strip():
        raise UsageError(_("--reason: say why it is reversed."))
    uow = _open(args)
    when = args.date or dt.date.today()
    with _naming_options():
        if args.payout is not None:
            count = services.reverse_payout(uow, args.number, args.payout, when, args.reason)
            _out(_("Payout {payout} of distribution {number} reversed: {count} member(s) are "
                   "unpaid again.", payout=args.payout, number=args.number, count=count))
        else:
            ref = services.reverse(uow, args.number, when, args.reason)
            _out(_("Distribution {number} reversed by entry {entry} of {year}.",
                   number=args.number, entry=ref.number, year=ref.year))
    return 0


def cmd_post(args: argparse.Namespace) -> int:
    from coopdesk.sharing import services

    uow = _open(args)
    with _naming_options():
        ref = services.post(uow, args.number, args.date or dt.date.today())
    _out(_("Distribution {number} posted: entry {entry} of {year}.", number=args.number,
           entry=ref.number, year=ref.year))
    return 0


def cmd_pay(args: argparse.Namespace) -> int:
    from coopdesk.sharing import services

    uow = _open(args)
    with _naming_options():
        p = services.pay(uow, args.number, args.date or dt.date.today(), args.via,
                         args.member or None, args.reference)
    _out(_("Paid {count} member(s) {amount} {currency} by {via}: entry {entry} of {year}.",
           count=p.count, amount=p.amount, currency=uow.coop().currency,
           via=_(services.VIA_LABELS[args.via]).lower(), entry=p.entry.number,
           year=p.entry.year))
    return 0


def cmd_payout_sheet(args: argparse.Namespace) -> int:
    from coopdesk.sharing import reports

    uow = _open(args, login=False)
    with _naming_options():
        doc = reports.payout_sheet(uow, args.number, via=args.via, unpaid_only=not args.all)
    _write(uow, doc, args.output)
    return 0


def cmd_unclaimed(args: argparse.Namespace) -> int:
    from coopdesk.sharing import queries, reports, services

    uow = _open(args, login=False)
    if args.output:
        _write(uow, reports.unclaimed_list(uow, args.number, args.on), args.output)
        return 0
    d = queries.detail(uow, args.number)
    found = queries.unclaimed(uow, args.number, args.on)
    if not found:
        if d.row.posted_on is None:
            _out(_("Distribution {number} is not posted yet: nothing can be unclaimed.",
                   number=args.number))
        else:
            _out(_("Nothing is unclaimed in distribution {number} (payouts count as "
                   "unclaimed {days} days after the posting, from {date}).",
                   number=args.number, days=d.policy.unclaimed_days,
                   date=d.row.posted_on + dt.timedelta(days=d.policy.unclaimed_days)))
        return 0
    total = Decimal(0)
    for ln in found:
        via = services.METHOD_VIA.get(ln.method, "cash")
        _out(f"{ln.number}\t{ln.name}\t{ln.payee or ''}\t{_(services.VIA_LABELS[via])}\t"
             f"{ln.amount}")
        total += ln.amount
    _out(_("{count} member(s) have not collected {amount} {currency}.", count=len(found),
           amount=total, currency=d.currency))
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from coopdesk.sharing import explain, queries, reports

    uow = _open(args, login=False)
    number = args.run
    if number is None:
        found = queries.runs(uow)
        if not found:
            raise NotFound(_("There is no distribution yet."))
        number = next((r.number for r in found if r.status == "posted"), found[0].number)
    if args.output:
        _write(uow, reports.explanation(uow, number, args.member), args.output)
        return 0
    e = explain.explain(uow, number, args.member)
    _out(_("Why this amount: {name} (member {member}), distribution {number}: {title}",
           name=e.name, member=e.member, number=e.run, title=e.title))
    _out()
    for sentence in e.sentences:
        _out(sentence)
    _out()
    for label, value in e.figures:
        _out(f"{label}: {value}")
    return 0


# ---- parser ------------------------------------------------------------------------------------

def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add ``coopdesk share VERB`` to the parser."""
    from coopdesk.sharing.policies import PRESETS
    from coopdesk.sharing.services import VIA, Source

    sh = cmd(sub, "share", lambda a: 2, _("benefit sharing: policies, distributions, payouts")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")

    po = cmd(sh, "policy", lambda a: 2, _("the sharing policies of the bylaws")
             ).add_subparsers(dest="verb2", required=True, metavar="VERB")
    cmd(po, "list", cmd_policy, _("list the policies"))
    x = cmd(po, "show", cmd_policy, _("show a policy"))
    x.add_argument("name")
    x = cmd(po, "preset", cmd_policy, _("install a preset policy (colombia, ohada, premium)"))
    x.add_argument("preset", choices=sorted(PRESETS))
    x.add_argument("--name", help=_("save it under this name"))

    x = cmd(sh, "new", cmd_new, _("compute a new distribution as a draft"))
    x.add_argument("--title", required=True)
    x.add_argument("--source", required=True, choices=[s.value for s in Source],
                   help=_("a closed year's surplus, a Fairmined premium, or an amount decided "
                          "by the assembly"))
    x.add_argument("--policy", required=True)
    x.add_argument("--year", help=_("the closed fiscal year whose surplus is shared"))
    x.add_argument("--amount", help=_("the amount shared (premium or decided)"))
    x.add_argument("--from", dest="start", type=_date,
                   help=_("the period production, shares and days are counted over"))
    x.add_argument("--to", dest="end", type=_date)
    x.add_argument("--account", help=_("the account the amount comes from, instead of the "
                                       "source's usual one"))
    cmd(sh, "list", cmd_list, _("list the distributions"))
    x = cmd(sh, "preview", cmd_preview, _("a distribution's funds and members; -o writes the "
                                          "whole document"))
    x.add_argument("number", type=int)
    x.add_argument("--format", choices=list(FORMATS))
    x.add_argument("-o", "--output")
    x = cmd(sh, "recompute", cmd_recompute, _("compute a draft again"))
    x.add_argument("number", type=int)
    x = cmd(sh, "delete", cmd_delete, _("delete a draft"))
    x.add_argument("number", type=int)
    x = cmd(sh, "approve", cmd_approve, _("record the assembly's approval"))
    x.add_argument("number", type=int)
    x.add_argument("--date", type=_date, help=_("the day of the assembly (default: today)"))
    x.add_argument("--resolution", help=_("the reference of the assembly's resolution"))
    x = cmd(sh, "post", cmd_post, _("post an approved distribution to the books"))
    x.add_argument("number", type=int)
    x.add_argument("--date", type=_date)
    x = cmd(sh, "payouts", cmd_payouts, _("a distribution's payouts (id, date, method, "
                                          "members, amount, entry)"))
    x.add_argument("number", type=int)
    x = cmd(sh, "reverse", cmd_reverse, _("reverse a posted distribution, or one of its "
                                          "payouts (--payout ID)"))
    x.add_argument("number", type=int)
    x.add_argument("--payout", type=int, help=_("the payout to reverse (see 'share payouts')"))
    x.add_argument("--date", type=_date, help=_("default: today"))
    x.add_argument("--reason")
    x = cmd(sh, "pay", cmd_pay, _("record payouts: every unpaid member of a payout method, or "
                                  "the members named"))
    x.add_argument("number", type=int)
    x.add_argument("--via", required=True, choices=list(VIA))
    x.add_argument("--member", type=int, nargs="+", action="extend",
                   help=_("member numbers (default: every unpaid member paid this way)"))
    x.add_argument("--date", type=_date)
    x.add_argument("--reference")
    x = cmd(sh, "payout-sheet", cmd_payout_sheet, _("the payout sheet to sign, as PDF"))
    x.add_argument("number", type=int)
    x.add_argument("--via", choices=list(VIA), help=_("only members paid this way"))
    x.add_argument("--all", action="store_true", help=_("members already paid too"))
    x.add_argument("-o", "--output", required=True)
    x = cmd(sh, "unclaimed", cmd_unclaimed, _("payouts not collected in time"))
    x.add_argument("number", type=int)
    x.add_argument("--on", type=_date, help=_("as of this day (default: today)"))
    x.add_argument("-o", "--output")
    x = cmd(sh, "explain", cmd_explain, _("why a member receives what they receive"))
    x.add_argument("member", type=int, metavar="MEMBER_NO")
    x.add_argument("--run", type=int, help=_("the distribution (default: the latest posted)"))
    x.add_argument("-o", "--output", help=_("write the printable document"))
