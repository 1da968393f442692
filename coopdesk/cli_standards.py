"""Standards from a terminal: ``coopdesk standard VERB`` - the standards and their progress,
a checklist, an assessment, evidence, an improvement action and the indicators - and the
``standards`` report. The same services as the window; see :mod:`coopdesk.cli` for exit codes
and log-in."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopdesk.cli import _date, _open, _out, naming_options
from coopdesk.core.errors import FileError, ValidationError
from coopdesk.core.i18n import _, language
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.cells import CellFormatter
from coopdesk.reports.document import Document, Kind

Cmd = Callable[..., argparse.ArgumentParser]
OPTIONS = {"level": "--level", "note": "--note", "on": "--on", "kind": "--kind",
           "ref_id": "--ref", "label": "--label", "filename": "--file", "data": "--file",
           "title": "--title", "starts": "--from", "ends": "--to", "budget": "--budget",
           "responsible": "--responsible"}


def cmd_list(args: argparse.Namespace) -> int:
    from coopdesk.plans import standards as stds

    uow = _open(args, login=False)
    fmt = CellFormatter(language(), uow.coop().currency)
    for p in stds.progress(uow):
        counts = ", ".join(f"{_(stds.LEVEL_LABELS[lv]).lower()} {p.counts[lv]}"
                           for lv in stds.LEVELS if p.counts[lv])
        met = _("{percent} % met", percent=fmt.text(Kind.DECIMAL, p.percent))
        _out(f"{p.key}\t{p.version}\t{met}\t{counts}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.plans import standards as stds

    uow = _open(args, login=False)
    check = stds.checklist(uow, args.standard)
    std = check.standard
    _out(f"{std.name} ({std.version})")
    for sec in check.sections:
        _out("")
        _out(f"{sec.id}. {sec.title}")
        for r in sec.requirements:
            when = f" {r.assessed_on.isoformat()}" if r.assessed_on else ""
            _out(f"  {r.id}\t[{_(stds.LEVEL_LABELS[r.level])}{when}]\t{r.requirement.title}")
            if args.verbose:
                _out(f"      {r.requirement.text}")
                _out("      " + _("Clause: {clause}", clause=r.requirement.clause))
                if r.note:
                    _out("      " + _("Note: {note}", note=r.note))
            for e in r.evidence:
                _out("      " + _("evidence {id}: {label}", id=e.id, label=e.label))
            for a in r.activities:
                _out("      " + _("activity {number}: {title} ({starts} to {ends}, {status})",
                                  number=a.number, title=a.title, starts=a.starts.isoformat(),
                                  ends=a.ends.isoformat(),
                                  status=stds.activity_status(a.status)))
            if args.verbose:
                for g in r.suggestions:
                    ref = f" --ref {g.ref_id}" if g.ref_id is not None else ""
                    _out("      " + _("suggested: {label} (--kind {kind}{ref})", label=g.label,
                                      kind=g.kind, ref=ref))
    return 0


def cmd_assess(args: argparse.Namespace) -> int:
    from coopdesk.plans import standards as stds

    uow = _open(args)
    with naming_options(OPTIONS):
        stds.assess(uow, args.standard, args.requirement, args.level, args.note or "",
                    args.on)
    _out(_("{standard} {id}: {level}.", standard=args.standard, id=args.requirement,
           level=_(stds.LEVEL_LABELS[args.level])))
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    from coopdesk.plans import standards as stds

    uow = _open(args)
    filename: str | None = None
    data: bytes | None = None
    kind = args.kind
    if args.file:
        path = Path(args.file).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise FileError(_("Cannot read {path}: {error}", path=path,
                              error=exc.strerror or exc)) from exc
        filename = path.name
        kind = kind or "file"
    if kind is None:
        raise ValidationError(_("--kind: say what kind of evidence: {kinds}.",
                                kinds=", ".join(stds.EVIDENCE_KINDS)), "kind")
    with naming_options(OPTIONS):
        eid = stds.add_evidence(uow, args.standard, args.requirement, kind, args.ref,
                                args.label or "", filename, data)
    _out(_("Evidence {id} linked to {standard} {req}.", id=eid, standard=args.standard,
           req=args.requirement))
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    from coopdesk.plans import standards as stds

    stds.remove_evidence(_open(args), args.evidence)
    _out(_("Evidence {id} removed.", id=args.evidence))
    return 0


def cmd_action(args: argparse.Namespace) -> int:
    from coopdesk.core.money import parse_amount
    from coopdesk.plans import standards as stds

    uow = _open(args)
    budget = parse_amount(args.budget, uow.coop().currency) if args.budget else Decimal(0)
    with naming_options(OPTIONS):
        number = stds.improvement_action(uow, args.standard, args.requirement, args.title,
                                         args.start, args.end, args.responsible, budget)
    _out(_("Activity {number} added to the action plan for {standard} {req}.", number=number,
           standard=args.standard, req=args.requirement))
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from coopdesk.plans import indicators

    for i in indicators.indicators(_open(args, login=False), args.on):
        mark = "" if i.ok is None else ("  " + (_("ok") if i.ok else _("CHECK")))
        target = f"  ({_('target: {target}', target=i.target)})" if i.target else ""
        _out(f"{i.label}: {i.text}{target}{mark}")
        _out(f"    {i.detail}")
    return 0


def report(uow: UnitOfWork, args: argparse.Namespace) -> Document:
    """The ``standards`` report: of ``--standard`` (else all three), on ``--to`` or today."""
    from coopdesk.plans.standards_report import standards_document

    return standards_document(uow, getattr(args, "standard", None),
                              getattr(args, "end", None) or dt.date.today())


def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add ``coopdesk standard``."""
    from coopdesk.plans.standards import EVIDENCE_KINDS, KEYS, LEVELS

    sp = cmd(sub, "standard", lambda a: 2, _("standards: CRAFT, Fairmined, Maendeleo - "
                                             "checklists, evidence and indicators"))
    verbs = sp.add_subparsers(dest="verb", required=True, metavar="VERB")
    cmd(verbs, "list", cmd_list, _("the standards and their progress"))
    x = cmd(verbs, "show", cmd_show, _("a standard's checklist"))
    x.add_argument("standard", choices=KEYS)
    x.add_argument("-v", "--verbose", action="store_true",
                   help=_("with the texts, clauses, notes and suggested evidence"))
    x = cmd(verbs, "assess", cmd_assess, _("record a requirement's level"))
    x.add_argument("standard", choices=KEYS)
    x.add_argument("requirement", help=_("e.g. 2.4"))
    x.add_argument("--level", required=True, choices=LEVELS)
    x.add_argument("--note")
    x.add_argument("--on", type=_date, help=_("the day assessed (default: today)"))
    x = cmd(verbs, "evidence", cmd_evidence, _("link evidence to a requirement"))
    x.add_argument("standard", choices=KEYS)
    x.add_argument("requirement")
    x.add_argument("--kind", choices=EVIDENCE_KINDS)
    x.add_argument("--ref", type=int, help=_("the record's id (see 'standard show -v')"))
    x.add_argument("--file", help=_("a file to keep as evidence"))
    x.add_argument("--label")
    x = cmd(verbs, "unlink", cmd_unlink, _("remove a piece of evidence"))
    x.add_argument("evidence", type=int)
    x = cmd(verbs, "action", cmd_action, _("an improvement action (an activity of the action "
                                           "plan)"))
    x.add_argument("standard", choices=KEYS)
    x.add_argument("requirement")
    x.add_argument("--title", required=True)
    x.add_argument("--from", dest="start", required=True, type=_date)
    x.add_argument("--to", dest="end", required=True, type=_date)
    x.add_argument("--responsible", type=int, help=_("the member number in charge"))
    x.add_argument("--budget")
    x = cmd(verbs, "indicators", cmd_indicators, _("the indicators computed from the records"))
    x.add_argument("--on", type=_date, help=_("the day (default: today)"))
