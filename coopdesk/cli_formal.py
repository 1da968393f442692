"""The formalisation path from a terminal: ``coopdesk formal VERB``. The same services as the
window: the stages in the path's order, adding and changing one, keeping a scanned document
with it (and saving one back to a file), linking the posted entry that paid a fee, and the
warnings before something expires. ``coopdesk report formalisation`` prints the path (see
:func:`report`). See :mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _date, _open, _out, naming_options
from coopdesk.core.errors import CoopdeskError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Document

Cmd = Callable[..., argparse.ArgumentParser]

OPTIONS = {"kind": "KIND", "title": "TITLE", "authority": "--authority",
           "reference_no": "--reference", "status": "--status", "applied_on": "--applied",
           "issued_on": "--issued", "expires_on": "--expires", "site": "--site",
           "notes": "--notes", "entry": "--entry", "file": "FILE", "filename": "FILE"}
CLEARABLE = {"reference": "reference_no", "applied": "applied_on", "issued": "issued_on",
             "expires": "expires_on", "site": "site", "notes": "notes",
             "authority": "authority"}


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "-"


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _entry(text: str) -> tuple[str, int]:
    from coopdesk.plans import formalisation as fp

    with naming_options(OPTIONS):
        return fp.parse_entry(text)


# ---- reading ---------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    from coopdesk.plans import formal_report
    from coopdesk.plans import formalisation as fp

    uow = _open(args, login=False)
    on = args.on or dt.date.today()
    rows = fp.path(uow, on)
    if not rows:
        _out(_("No stage yet: 'coopdesk formal add KIND TITLE' adds one; the kinds are "
               "{kinds}.", kinds=", ".join(fp.KINDS)))
    for r in rows:
        _out("\t".join([str(r.id), f"{r.step}.", fp.kind_label(r.kind), r.title,
                        formal_report.stage_status(r), r.reference_no or "-",
                        _("issued {day}", day=_day(r.issued_on)),
                        _("expires {day}", day=_day(r.expires_on)),
                        _("fees {amount}", amount=_money(r.fees_total)),
                        _("{n} document(s)", n=r.documents)]))
    p = fp.progress(uow, on)
    if rows:
        _out(_("{granted} of {total} stages granted and valid on {day}.", granted=p.granted,
               total=p.total, day=on.isoformat()))
    _out(fp.cards_line(fp.miner_cards(uow, on)) + ".")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.plans import formal_report
    from coopdesk.plans import formalisation as fp

    uow = _open(args, login=False)
    r = fp.stage(uow, args.id, args.on or dt.date.today())
    _out(f"{r.step}. {r.title} ({fp.kind_label(r.kind)})")
    for label, value in ((_("Status"), formal_report.stage_status(r)),
                         (_("Authority"), r.authority or "-"),
                         (_("Reference"), r.reference_no or "-"),
                         (_("Applied on"), _day(r.applied_on)),
                         (_("Issued on"), _day(r.issued_on)),
                         (_("Expires on"), _day(r.expires_on)),
                         (_("Mining site"), r.site or "-"),
                         (_("Notes"), r.notes or "-")):
        _out(f"  {label}: {value}")
    for d in fp.documents(uow, r.id):
        _out("  " + _("Document {id}: {file} ({size}, sha256 {sha})", id=d.id, file=d.filename,
                      size=formal_report.file_size(d.size), sha=d.sha256[:16]))
    for f in fp.fees(uow, r.id):
        _out("  " + _("Fee: entry {entry} of {day}, {amount}: {text}", entry=f.key,
                      day=f.date.isoformat(), amount=_money(f.amount),
                      text=f"{f.description} — {f.note}" if f.note else f.description))
    return 0


def cmd_warnings(args: argparse.Namespace) -> int:
    from coopdesk.plans import formalisation as fp

    if args.within < 0:
        raise UsageError(_("--within: give a number of days, 0 or more."))
    uow = _open(args, login=False)
    found = fp.warnings(uow, args.on or dt.date.today(), args.within)
    if not found:
        _out(_("Nothing has expired and nothing expires within {days} days.",
               days=args.within))
    for text in found:
        _out(_("Warning: {text}", text=text))
    return 0


def cmd_document(args: argparse.Namespace) -> int:
    from coopdesk.plans import formalisation as fp

    name, data = fp.document_file(_open(args, login=False), args.id)
    target = Path(args.output) if args.output else Path(name)
    if target.is_dir():
        target = target / name
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise CoopdeskError(_("{path} could not be written: {reason}", path=target,
                              reason=exc.strerror or exc)) from exc
    _out(_("Document {id} saved to {path}.", id=args.id, path=target))
    return 0


# ---- writing ---------------------------------------------------------------------------------

def _fields(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for option, field in (("authority", "authority"), ("reference", "reference_no"),
                          ("applied", "applied_on"), ("issued", "issued_on"),
                          ("expires", "expires_on"), ("site", "site"), ("notes", "notes"),
                          ("status", "status")):
        value = getattr(args, option, None)
        if value is not None:
            out[field] = int(value) if field == "site" and str(value).isdigit() else value
    return out


def cmd_add(args: argparse.Namespace) -> int:
    from coopdesk.plans import formalisation as fp

    fields = _fields(args)
    with naming_options(OPTIONS):
        sid = fp.add_stage(_open(args), args.kind, args.title, **fields)
    _out(_("Stage {id} added: {title}.", id=sid, title=" ".join(args.title.split())))
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from coopdesk.plans import formalisation as fp

    fields = _fields(args)
    if args.kind is not None:
        fields["kind"] = args.kind
    if args.title is not None:
        fields["title"] = args.title
    for name in args.clear or ():
        field = CLEARABLE[name]
        if field in fields:
            raise UsageError(_("--clear {name}: the same field is also given a value.",
                               name=name))
        fields[field] = "" if field in ("notes", "authority") else None
    if not fields:
        raise UsageError(_("Say what to change, e.g. --status granted --issued 2026-03-01 "
                           "--reference 123."))
    with naming_options(OPTIONS):
        fp.update_stage(_open(args), args.id, **fields)
    _out(_("Stage {id} updated.", id=args.id))
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from coopdesk.plans import formalisation as fp

    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CoopdeskError(_("{file} could not be read: {reason}", file=path,
                              reason=exc.strerror or exc)) from exc
    with naming_options(OPTIONS):
        doc = fp.attach_document(_open(args), args.id, path.name, data)
    _out(_("{file} kept with stage {id} as document {doc}.", file=path.name, id=args.id,
           doc=doc))
    return 0


def cmd_fee(args: argparse.Namespace) -> int:
    from coopdesk.plans import formalisation as fp

    year, number = _entry(args.entry)
    uow = _open(args)
    with naming_options(OPTIONS):
        fp.link_fee(uow, args.id, year, number, args.note or "")
    fee = next(f for f in fp.fees(uow, args.id) if f.year == year and f.number == number)
    _out(_("Entry {entry} ({amount}) linked as a fee of stage {id}.", entry=fee.key,
           amount=_money(fee.amount), id=args.id))
    return 0


def cmd_unfee(args: argparse.Namespace) -> int:
    from coopdesk.plans import formalisation as fp

    year, number = _entry(args.entry)
    with naming_options(OPTIONS):
        fp.unlink_fee(_open(args), args.id, year, number)
    _out(_("Entry {entry} is no longer a fee of stage {id}.",
           entry=fp.entry_key(year, number), id=args.id))
    return 0


# ---- the report --------------------------------------------------------------------------------

def report(uow: UnitOfWork, args: argparse.Namespace) -> Document:
    """``coopdesk report formalisation``: the path as it stands on ``--end`` (or today)."""
    from coopdesk.plans.formal_report import formalisation_document

    return formalisation_document(uow, getattr(args, "end", None) or dt.date.today())


# ---- parser ------------------------------------------------------------------------------------

def _stage_options(x: argparse.ArgumentParser) -> None:
    from coopdesk.plans import formalisation as fp

    x.add_argument("--authority", help=_("who grants it, e.g. the regional environmental "
                                         "authority"))
    x.add_argument("--reference", help=_("the number of the certificate, licence or title"))
    x.add_argument("--status", choices=list(fp.STATUSES))
    x.add_argument("--applied", type=_date, metavar="DATE", help=_("applied for on"))
    x.add_argument("--issued", type=_date, metavar="DATE", help=_("issued on"))
    x.add_argument("--expires", type=_date, metavar="DATE",
                   help=_("the last day it is valid"))
    x.add_argument("--site", help=_("the mining site it is about (name or id)"))
    x.add_argument("--notes")


def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add ``coopdesk formal``."""
    from coopdesk.plans import formalisation as fp

    fm = cmd(sub, "formal", lambda a: 2, _("the formalisation path: registrations, licences, "
                                          "titles, their documents and fees")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    x = cmd(fm, "list", cmd_list, _("the stages in the path's order"))
    x.add_argument("--on", type=_date, help=_("as they stand on this day (default: today)"))
    x = cmd(fm, "show", cmd_show, _("one stage with its documents and fees"))
    x.add_argument("id", type=int)
    x.add_argument("--on", type=_date)
    x = cmd(fm, "add", cmd_add, _("add a stage to the path"))
    x.add_argument("kind", choices=list(fp.KINDS))
    x.add_argument("title")
    _stage_options(x)
    x = cmd(fm, "update", cmd_update, _("change a stage's fields"))
    x.add_argument("id", type=int)
    x.add_argument("--kind", choices=list(fp.KINDS))
    x.add_argument("--title")
    _stage_options(x)
    x.add_argument("--clear", action="append", choices=sorted(CLEARABLE),
                   help=_("empty a field (may be repeated)"))
    x = cmd(fm, "attach", cmd_attach, _("keep a scanned document (PDF, JPEG, PNG) with a "
                                        "stage"))
    x.add_argument("id", type=int)
    x.add_argument("file")
    x = cmd(fm, "document", cmd_document, _("save a kept document to a file"))
    x.add_argument("id", type=int, help=_("the document's number (see 'formal show')"))
    x.add_argument("--output", "-o", help=_("the file or folder (default: its own name "
                                            "here)"))
    x = cmd(fm, "fee", cmd_fee, _("link the posted entry that paid a fee of a stage"))
    x.add_argument("id", type=int)
    x.add_argument("--entry", required=True, metavar="YEAR:NUMBER")
    x.add_argument("--note")
    x = cmd(fm, "unfee", cmd_unfee, _("unlink an entry from a stage's fees"))
    x.add_argument("id", type=int)
    x.add_argument("--entry", required=True, metavar="YEAR:NUMBER")
    x = cmd(fm, "warnings", cmd_warnings, _("what has expired or expires soon"))
    x.add_argument("--within", type=int, default=fp.WARN_DAYS, metavar="DAYS")
    x.add_argument("--on", type=_date)
