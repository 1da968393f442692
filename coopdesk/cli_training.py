"""Training and the incident register from a terminal: ``coopdesk training VERB`` and
``coopdesk incident VERB``, and the ``training`` and ``incidents`` reports. The same services
as the window; see :mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any

from coopdesk.cli import _date, _open, _out
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.reports.document import Document

Cmd = Callable[..., argparse.ArgumentParser]

OPTIONS = {"topic": "TOPIC", "theme": "--theme", "trainer": "--trainer", "place": "--place",
           "minutes": "--minutes", "date": "--on", "members": "NUMBER", "kind": "KIND",
           "severity": "--severity", "description": "DESCRIPTION", "site": "--site",
           "member": "--member", "mercury_grams": "--mercury", "action_taken": "--action",
           "on": "--on", "closed_on": "NUMBER"}


@contextmanager
def _naming() -> Iterator[None]:
    """A service's complaint said with the option that gives the field."""
    try:
        yield
    except ValidationError as exc:
        option = OPTIONS.get(exc.field or "")
        if option is None or exc.message.startswith("-") or "\n" in exc.message:
            raise
        raise ValidationError(f"{option}: {exc.message}", exc.field) from exc


def _grams(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation as exc:
        raise argparse.ArgumentTypeError(_("'{value}' is not a number of grams.",
                                           value=text)) from exc
    if not value.is_finite():
        raise argparse.ArgumentTypeError(_("'{value}' is not a number of grams.", value=text))
    return value


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """``--from``/``--to``, by default the twelve months up to today."""
    end = getattr(args, "end", None) or dt.date.today()
    start = getattr(args, "start", None) or (end - dt.timedelta(days=365))
    return start, end


def _hours(minutes: int) -> str:
    from coopdesk.plans.training import hours

    return _("{hours} h", hours=hours(minutes))


# ---- training ----------------------------------------------------------------------------------

def cmd_training_list(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    start, end = _period(args)
    rows = training.sessions(_open(args, login=False), start, end, args.theme)
    if not rows:
        _out(_("No training session from {start} to {end}.", start=start.isoformat(),
               end=end.isoformat()))
    for r in rows:
        _out("\t".join([str(r.id), r.date.isoformat(), training.theme_label(r.theme), r.topic,
                        r.trainer, _hours(r.minutes),
                        _("{count} attended ({women} women)", count=r.attendees,
                          women=r.women)]))
    return 0


def cmd_training_add(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    with _naming():
        sid = training.add_session(_open(args), args.on or dt.date.today(), args.topic,
                                   args.theme, args.trainer, place=args.place or "",
                                   minutes=args.minutes, notes=args.notes or "")
    _out(_("Training session {id} added.", id=sid))
    return 0


def cmd_training_attend(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    uow = _open(args)
    detail = training.session_detail(uow, args.session)
    numbers = [a.number for a in detail.attendees]
    with _naming():
        count = training.set_attendance(uow, args.session, [*numbers, *args.numbers])
    _out(_("{count} attended session {id}.", count=count, id=args.session))
    return 0


def cmd_training_absent(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    uow = _open(args)
    with _naming():
        training.remove_attendee(uow, args.session, args.number)
    left = training.session_detail(uow, args.session).session.attendees
    _out(_("Member {number} taken off the list; {count} attended session {id}.",
           number=args.number, count=left, id=args.session))
    return 0


def cmd_training_show(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    d = training.session_detail(_open(args, login=False), args.session)
    s = d.session
    _out(f"{s.id}\t{s.date.isoformat()}\t{s.topic}")
    _out(_("Theme: {theme}; trainer: {trainer}; place: {place}; length: {length}",
           theme=training.theme_label(s.theme), trainer=s.trainer, place=s.place or "-",
           length=_hours(s.minutes)))
    if s.notes:
        _out(s.notes)
    _out(_("{count} attended ({women} women):", count=s.attendees, women=s.women))
    for a in d.attendees:
        _out(f"  {a.number}\t{a.name}\t{a.sex}")
    return 0


def cmd_training_member(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    h = training.member_history(_open(args, login=False), args.number)
    _out(_("{name} (member {number}): {count} session(s), {length}", name=h.name,
           number=h.number, count=len(h.sessions), length=_hours(h.minutes)))
    for r in h.sessions:
        _out("\t".join([r.date.isoformat(), training.theme_label(r.theme), r.topic, r.trainer,
                        _hours(r.minutes)]))
    if h.by_theme:
        _out(_("By theme:"))
        for t in h.by_theme:
            _out(f"  {training.theme_label(t.theme)}\t{t.sessions}\t{_hours(t.minutes)}")
    return 0


# ---- incidents ---------------------------------------------------------------------------------

def _incident_line(i: Any) -> str:
    from coopdesk.plans import training

    severity = training.severity_label(i.severity)
    state = (_("closed {day}", day=i.closed_on.isoformat()) if i.closed_on is not None
             else _("OPEN"))
    mercury = _("{grams} g mercury", grams=i.mercury_grams) if i.mercury_grams else ""
    return "\t".join(x for x in [str(i.number), i.date.isoformat(), training.kind_label(i.kind),
                                 severity.upper() if i.severity != "minor" else severity,
                                 state, mercury, i.description.splitlines()[0]] if x)


def cmd_incident_list(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    found = training.incidents(_open(args, login=False), args.start, args.end,
                               open_only=args.open)
    if not found:
        _out(_("No incident in the register.") if not args.open
             else _("No open incident."))
    for i in found:
        _out(_incident_line(i))
    return 0


def cmd_incident_add(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    with _naming():
        number = training.record_incident(
            _open(args), args.on or dt.date.today(), args.kind, args.severity,
            args.description, site=args.site, member=args.member, mercury_grams=args.mercury,
            action_taken=args.action or "")
    _out(_("Incident {number} recorded.", number=number))
    return 0


def cmd_incident_close(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    with _naming():
        training.close_incident(_open(args), args.number, args.on or dt.date.today(),
                                args.action)
    _out(_("Incident {number} closed.", number=args.number))
    return 0


def cmd_incident_show(args: argparse.Namespace) -> int:
    from coopdesk.plans import training

    i = training.incident(_open(args, login=False), args.number)
    _out(_incident_line(i))
    if i.site:
        _out(_("Site: {site}", site=i.site))
    if i.member is not None:
        _out(_("Member: {name} ({number})", name=i.member_name, number=i.member))
    _out(_("What happened: {text}", text=i.description))
    if i.action_taken:
        _out(_("Action taken: {text}", text=i.action_taken))
    _out(_("Recorded by {user}", user=i.recorded_by))
    return 0


# ---- the reports -------------------------------------------------------------------------------

def report(uow: UnitOfWork, args: argparse.Namespace) -> Document:
    """``coopdesk report training|incidents``: the twelve months up to today unless
    ``--from``/``--to`` say otherwise."""
    from coopdesk.plans import training_report

    start, end = _period(args)
    if args.name == "incidents":
        return training_report.incidents_document(uow, start, end)
    return training_report.training_document(uow, start, end)


# ---- parser ------------------------------------------------------------------------------------

def add_commands(sub: Any, cmd: Cmd) -> None:
    from coopdesk.plans.training import INCIDENT_KINDS, SEVERITIES, THEMES

    tr = cmd(sub, "training", lambda a: 2, _("training sessions and who attended")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    x = cmd(tr, "list", cmd_training_list, _("sessions of a period (default: the last 12 "
                                             "months)"))
    x.add_argument("--from", dest="start", type=_date)
    x.add_argument("--to", dest="end", type=_date)
    x.add_argument("--theme", choices=list(THEMES))
    x = cmd(tr, "add", cmd_training_add, _("record a session given (or planned)"))
    x.add_argument("topic")
    x.add_argument("--theme", required=True, choices=list(THEMES))
    x.add_argument("--trainer", required=True, help=_("the trainer or the organisation"))
    x.add_argument("--on", type=_date, help=_("the day (default: today)"))
    x.add_argument("--place")
    x.add_argument("--minutes", type=int, default=0, help=_("how long it lasted"))
    x.add_argument("--notes")
    x = cmd(tr, "attend", cmd_training_attend, _("add members to a session's attendance"))
    x.add_argument("session", type=int)
    x.add_argument("numbers", type=int, nargs="+", metavar="NUMBER")
    x = cmd(tr, "absent", cmd_training_absent, _("take a member off a session's attendance"))
    x.add_argument("session", type=int)
    x.add_argument("number", type=int)
    x = cmd(tr, "show", cmd_training_show, _("a session and who attended"))
    x.add_argument("session", type=int)
    x = cmd(tr, "member", cmd_training_member, _("a member's training history"))
    x.add_argument("number", type=int)

    inc = cmd(sub, "incident", lambda a: 2, _("the incident register")).add_subparsers(
        dest="verb", required=True, metavar="VERB")
    x = cmd(inc, "list", cmd_incident_list, _("the register, the latest first"))
    x.add_argument("--open", action="store_true", help=_("only those not closed"))
    x.add_argument("--from", dest="start", type=_date)
    x.add_argument("--to", dest="end", type=_date)
    x = cmd(inc, "add", cmd_incident_add, _("record an incident"))
    x.add_argument("kind", choices=list(INCIDENT_KINDS))
    x.add_argument("description")
    x.add_argument("--severity", choices=list(SEVERITIES), default="minor")
    x.add_argument("--on", type=_date, help=_("the day it happened (default: today)"))
    x.add_argument("--site", type=int, help=_("the mining site's id (see 'coopdesk sites "
                                              "list')"))
    x.add_argument("--member", type=int, help=_("the member involved"))
    x.add_argument("--mercury", type=_grams, help=_("grams of mercury used or spilled"))
    x.add_argument("--action", help=_("the action taken already"))
    x = cmd(inc, "close", cmd_incident_close, _("close an incident with the action taken"))
    x.add_argument("number", type=int)
    x.add_argument("--action", required=True, help=_("what was done about it"))
    x.add_argument("--on", type=_date, help=_("the day it closed (default: today)"))
    x = cmd(inc, "show", cmd_incident_show, _("an incident in full"))
    x.add_argument("number", type=int)
