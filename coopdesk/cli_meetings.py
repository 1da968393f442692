"""Meetings, officers and grievances from a terminal: ``coopdesk meeting VERB``,
``coopdesk officers [VERB]`` and ``coopdesk grievance VERB``. The same services as the window:
a meeting from its creation to its signed minutes (an agenda item is named by its number on the
agenda, from 1), the officers' terms and their warnings, and the register of grievances (open
only to the roles the bylaws name). See :mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _date, _open, _out
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork

Cmd = Callable[..., argparse.ArgumentParser]

OPTIONS = {"kind": "KIND", "title": "TITLE", "convened_on": "--on", "chair": "--chair",
           "secretary": "--secretary", "member": "MEMBER", "found_by": "--by",
           "giver": "GIVER", "holder": "HOLDER", "text": "TEXT", "decision_type": "--type",
           "votes": "--yes/--no/--abstain/--invalid", "present": "--yes/--no/--abstain",
           "position": "POSITION", "ends": "--to", "on": "--on", "reason": "--reason",
           "category": "--category", "parties": "--parties", "summary": "--summary",
           "note": "--note", "outcome": "--outcome", "opened_on": "--on"}


@contextmanager
def _naming() -> Iterator[None]:
    """A service's complaint said with the option that gives the field; ``votes.N`` is the
    ``--vote`` of member N, ``agenda.N`` the N-th ``--item``."""
    try:
        yield
    except ValidationError as exc:
        field = exc.field or ""
        head, _dot, tail = field.partition(".")
        option = OPTIONS.get(field) or {"votes": f"--vote {tail}",
                                        "agenda": f"--item {tail}"}.get(head if tail else "")
        if option is None or exc.message.startswith("-"):
            raise
        raise ValidationError(f"{option}: {exc.message}", exc.field) from exc


def _datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(_("'{value}' is not a date and time; write "
                                           "\"YYYY-MM-DD HH:MM\".", value=text)) from exc


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "-"


def _item_id(uow: UnitOfWork, meeting_id: int, place: int) -> int:
    from coopdesk.governance import meetings

    items = meetings.meeting_info(uow, meeting_id).items
    found = next((i.id for i in items if i.place == place), None)
    if found is None:
        raise NotFound(_("ITEM: the agenda of meeting {id} has no item {place} (it has "
                         "{count} items).", id=meeting_id, place=place, count=len(items)))
    return found


# ---- meetings: reading --------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    found = meetings.meetings(_open(args, login=False))
    if not found:
        _out(_("No meeting yet: 'coopdesk meeting create KIND TITLE --at \"YYYY-MM-DD "
               "HH:MM\"' plans one."))
    for m in found:
        book = _("minutes No. {number}", number=m.number) if m.number else ""
        _out("\t".join([str(m.id), _when(m.scheduled_at), _(meetings.STATUS_LABELS[m.status]),
                        _(meetings.MEETING_LABELS[meetings.MeetingKind(m.kind)]), m.title,
                        book]).rstrip())
    return 0


def _print_motion(m: Any) -> None:
    from coopdesk.governance import meetings

    result = (_("PASSED, resolution {number}", number=m.resolution) if m.passed
              else _("NOT PASSED"))
    _out(_("    Motion {id}: {text} [{decision}] - {result}", id=m.id, text=m.text,
           decision=meetings.decision_label(m.decision_type), result=result))
    _out(_("      in favour {yes}, against {no}, abstentions {abstain}, invalid {invalid}; "
           "{explanation}", yes=m.yes, no=m.no, abstain=m.abstain, invalid=m.invalid,
           explanation=m.explanation))
    for number, name, vote in m.votes:
        _out(f"      {number}\t{name}\t{_(meetings.VOTE_LABELS.get(vote, vote))}")


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    info = meetings.meeting_info(_open(args, login=False), args.id)
    _out(f"{info.id}\t{info.kind_label}: {info.title}")
    _out(_("When: {when}; place: {place}", when=_when(info.scheduled_at),
           place=info.place or "-"))
    _out(_("Status: {status}", status=_(meetings.STATUS_LABELS[info.status])))
    _out(_("Convened on: {day}", day=info.convened_on.isoformat() if info.convened_on
           else "-") + (" " + _("(second convocation)") if info.reconvened else ""))
    if info.opened_at:
        _out(_("Opened {opened}, closed {closed}; chair {chair}, secretary {secretary}",
               opened=_when(info.opened_at), closed=_when(info.closed_at), chair=info.chair,
               secretary=info.secretary))
    _out(_("Entitled {eligible}, present {present}, represented {represented}",
           eligible=info.eligible, present=info.present, represented=len(info.proxies)))
    _out(_("Agenda:"))
    for item in info.items:
        _out(f"  {item.place}. {item.title}")
        if item.minutes:
            _out("    " + item.minutes.replace("\n", "\n    "))
        for m in item.motions:
            _print_motion(m)
    for p in info.proxies:
        _out(_("Proxy: {giver} ({giver_name}) represented by {holder} ({holder_name})",
               giver=p.giver, giver_name=p.giver_name, holder=p.holder,
               holder_name=p.holder_name))
    _print_signatures(info)
    return 0


def _print_signatures(info: Any) -> None:
    for role, user, when in ((_("president"), info.signed_president, info.signed_president_at),
                             (_("secretary"), info.signed_secretary, info.signed_secretary_at)):
        if user:
            _out(_("Signed by {user} ({role}) on {when}", user=user, role=role,
                   when=_when(when)))
    if info.number is not None and info.digest:
        _out(_("Minutes book No. {number}, digest {digest}", number=info.number,
               digest=info.digest[:16]))


def cmd_quorum(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    q = meetings.quorum_now(_open(args, login=False), args.id)
    call = _("first call") if q.call == "first" else _("second call")
    _out(q.message)
    _out(_("Needed {required} ({call}); present or represented {there}.", required=q.required,
           call=call, there=q.present_with_proxies))
    return 0


# ---- meetings: preparing ------------------------------------------------------------------

def cmd_create(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    with _naming():
        mid = meetings.create_meeting(_open(args), args.kind, args.title, args.at,
                                      place=args.place or "", agenda=args.item or [],
                                      reconvened=args.second_convocation)
    _out(_("Meeting {id} created.", id=mid))
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    with _naming():
        meetings.set_agenda(_open(args), args.id, args.items)
    _out(_("Agenda of meeting {id}: {count} items.", id=args.id, count=len(args.items)))
    return 0


def cmd_item(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    uow = _open(args)
    with _naming():
        item_id = meetings.add_item(uow, args.id, args.title)
    place = next(i.place for i in meetings.meeting_info(uow, args.id).items if i.id == item_id)
    _out(_("Item {place} added to the agenda.", place=place))
    return 0


def cmd_convene(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    with _naming():
        meetings.convene(_open(args), args.id, args.on)
    _out(_("Meeting {id} convened on {day}.", id=args.id, day=args.on.isoformat()))
    return 0


def cmd_open_meeting(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    uow = _open(args)
    with _naming():
        meetings.open_meeting(uow, args.id, args.chair, args.secretary)
    info = meetings.meeting_info(uow, args.id)
    _out(_("Meeting {id} is open: {eligible} entitled to attend.", id=args.id,
           eligible=info.eligible))
    return 0


# ---- meetings: in session -----------------------------------------------------------------

def cmd_check_in(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    with _naming():
        _out(meetings.check_in(_open(args), args.id, args.member, args.by))
    return 0


def cmd_check_out(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    with _naming():
        _out(meetings.check_out(_open(args), args.id, args.member))
    return 0


def cmd_proxy(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    with _naming():
        meetings.add_proxy(_open(args), args.id, args.giver, args.holder)
    _out(_("Member {giver} is represented by member {holder}.", giver=args.giver,
           holder=args.holder))
    return 0


def _named_votes(given: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for text in given:
        number, sep, vote = text.partition("=")
        if not sep or not number.strip().isdigit():
            raise ValidationError(_("--vote: write MEMBER=yes, MEMBER=no or MEMBER=abstain, "
                                    "not '{text}'.", text=text), "votes")
        out[int(number)] = vote.strip().lower()
    return out


def _counts(args: argparse.Namespace) -> dict[str, Any]:
    hands = (args.yes, args.no, args.abstain)
    if args.vote:
        if any(v is not None for v in (*hands, args.invalid)):
            raise UsageError(_("Give either --yes/--no/--abstain or --vote, not both."))
        return {"named": _named_votes(args.vote)}
    if any(v is None for v in hands):
        raise UsageError(_("Give --yes, --no and --abstain (a show of hands), or --vote "
                           "MEMBER=yes|no|abstain for each voter."))
    return {"yes": args.yes, "no": args.no, "abstain": args.abstain,
            "invalid": args.invalid or 0}


def cmd_motion(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    counts = _counts(args)
    uow = _open(args)
    item = _item_id(uow, args.id, args.item)
    with _naming():
        m = meetings.record_motion(uow, args.id, item, args.text, args.type, **counts)
    if m.passed:
        _out(_("Motion {id} PASSED: resolution {number}.", id=m.id, number=m.resolution))
    else:
        _out(_("Motion {id} NOT PASSED.", id=m.id))
    _out(m.explanation)
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    if args.file is not None:
        try:
            text = Path(args.file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(_("--file: {file} cannot be read as UTF-8 text: {error}",
                                    file=args.file, error=str(exc)), "file") from exc
    else:
        text = args.text
    uow = _open(args)
    item = _item_id(uow, args.id, args.item)
    with _naming():
        meetings.write_minutes(uow, args.id, item, text)
    _out(_("Minutes of item {place} saved.", place=args.item))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    meetings.close_meeting(_open(args), args.id)
    _out(_("Meeting {id} closed: the president and the secretary may now sign the minutes.",
           id=args.id))
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from coopdesk.governance import meetings

    info = meetings.sign_minutes(_open(args), args.id)
    _print_signatures(info)
    if info.status != meetings.FINAL:
        _out(_("The other signature is still needed."))
    else:
        _out(_("The minutes are final."))
    return 0


# ---- officers -----------------------------------------------------------------------------

def cmd_officers(args: argparse.Namespace) -> int:
    from coopdesk.governance import officers

    uow = _open(args, login=False)
    on = getattr(args, "on", None) or dt.date.today()
    team = officers.officers(uow, on, everyone=bool(getattr(args, "all", False)))
    if not team:
        _out(_("No officer on {day}.", day=on.isoformat()))
    for o in team:
        if o.ended_on is not None:
            state = _("ended {day}: {reason}", day=o.ended_on.isoformat(),
                      reason=o.end_reason or "")
        elif o.days_left < 0:
            state = _("term over")
        else:
            state = _("{days} days left", days=o.days_left)
        _out("\t".join([str(o.mandate_id), o.position, str(o.number), o.name,
                        f"{o.starts.isoformat()} - {o.ends.isoformat()}", state]))
    for w in officers.warnings(uow, on):
        _out(_("Warning: {text}", text=w.text))
    return 0


def cmd_officers_add(args: argparse.Namespace) -> int:
    from coopdesk.governance import officers

    with _naming():
        mid = officers.add_mandate(_open(args), args.member, args.position, args.start,
                                   args.end)
    _out(_("Mandate {id}: member {number} as {position}.", id=mid, number=args.member,
           position=args.position))
    return 0


def cmd_officers_end(args: argparse.Namespace) -> int:
    from coopdesk.governance import officers

    with _naming():
        officers.end_mandate(_open(args), args.mandate, args.on, args.reason)
    _out(_("Mandate {id} ended on {day}.", id=args.mandate, day=args.on.isoformat()))
    return 0


# ---- grievances ---------------------------------------------------------------------------

def cmd_grievances(args: argparse.Namespace) -> int:
    from coopdesk.governance import grievances as g

    found = g.grievances(_open(args), open_only=args.open)
    if not found:
        _out(_("No grievance."))
    for r in found:
        _out("\t".join([str(r.id), r.opened_on.isoformat(), _(g.STATUS_LABELS[r.status]),
                        _(g.CATEGORIES.get(r.category, r.category)), r.parties, r.summary]))
        for st in r.steps:
            _out(f"    {st.on.isoformat()}\t{_(g.STEPS.get(st.kind, st.kind))}\t{st.note}"
                 f"\t{st.by}")
        if r.outcome:
            _out("    " + _("Outcome ({day}): {text}", day=r.closed_on.isoformat()
                            if r.closed_on else "-", text=r.outcome))
    return 0


def cmd_grievance_open(args: argparse.Namespace) -> int:
    from coopdesk.governance import grievances as g

    with _naming():
        gid = g.open_grievance(_open(args), args.on or dt.date.today(), args.category,
                               args.parties, args.summary)
    _out(_("Grievance {id} opened.", id=gid))
    return 0


def cmd_grievance_step(args: argparse.Namespace) -> int:
    from coopdesk.governance import grievances as g

    with _naming():
        g.add_step(_open(args), args.id, args.on or dt.date.today(), args.kind, args.note)
    _out(_("Step added to grievance {id}.", id=args.id))
    return 0


def cmd_grievance_close(args: argparse.Namespace) -> int:
    from coopdesk.governance import grievances as g

    with _naming():
        g.close_grievance(_open(args), args.id, args.on or dt.date.today(), args.outcome,
                          args.resolved)
    _out(_("Grievance {id} closed.", id=args.id))
    return 0


# ---- the parser ---------------------------------------------------------------------------

def _meeting_commands(sub: Any, cmd: Cmd) -> None:
    from coopdesk.governance.bylaws import DecisionType, MeetingKind
    from coopdesk.governance.meetings import FOUND_BY

    me = cmd(sub, "meeting", lambda a: 2, _("meetings: convocation, attendance, quorum, "
                                            "motions, minutes")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    cmd(me, "list", cmd_list, _("list the meetings, the latest first, the number first"))
    x = cmd(me, "show", cmd_show, _("show a meeting: agenda, motions, attendance, signatures"))
    x.add_argument("id", type=int)
    x = cmd(me, "create", cmd_create, _("plan a meeting"))
    x.add_argument("kind", choices=[k.value for k in MeetingKind])
    x.add_argument("title")
    x.add_argument("--at", required=True, type=_datetime, help='"YYYY-MM-DD HH:MM"')
    x.add_argument("--place")
    x.add_argument("--item", action="append", metavar="TEXT", help=_("an agenda item, in "
                                                                     "order; repeat it"))
    x.add_argument("--second-convocation", action="store_true",
                   help=_("the second convocation of a meeting that lacked its quorum"))
    x = cmd(me, "agenda", cmd_agenda, _("replace the agenda of a meeting not yet convened"))
    x.add_argument("id", type=int)
    x.add_argument("items", nargs="+", metavar="ITEM")
    x = cmd(me, "item", cmd_item, _("add an item at the end of the agenda"))
    x.add_argument("id", type=int)
    x.add_argument("title")
    x = cmd(me, "convene", cmd_convene, _("record the day the convocation went out"))
    x.add_argument("id", type=int)
    x.add_argument("--on", required=True, type=_date)
    x = cmd(me, "open", cmd_open_meeting, _("open the session"))
    x.add_argument("id", type=int)
    x.add_argument("--chair", required=True)
    x.add_argument("--secretary", required=True, help=_("who takes the minutes"))
    x = cmd(me, "check-in", cmd_check_in, _("a member arrives; prints the quorum"))
    x.add_argument("id", type=int)
    x.add_argument("member", type=int)
    x.add_argument("--by", choices=list(FOUND_BY), default="number",
                   help=_("how the member was found at the door"))
    x = cmd(me, "check-out", cmd_check_out, _("a member leaves; prints the quorum"))
    x.add_argument("id", type=int)
    x.add_argument("member", type=int)
    x = cmd(me, "proxy", cmd_proxy, _("an absent member is represented by one present"))
    x.add_argument("id", type=int)
    x.add_argument("giver", type=int)
    x.add_argument("holder", type=int)
    x = cmd(me, "quorum", cmd_quorum, _("the quorum now: who is needed, who is there"))
    x.add_argument("id", type=int)
    x = cmd(me, "motion", cmd_motion, _("put a motion to the vote under an agenda item"))
    x.add_argument("id", type=int)
    x.add_argument("item", type=int, metavar="ITEM_PLACE", help=_("the item's number on the "
                                                                  "agenda, from 1"))
    x.add_argument("text")
    x.add_argument("--type", required=True, choices=[d.value for d in DecisionType])
    for name in ("yes", "no", "abstain", "invalid"):
        x.add_argument(f"--{name}", type=int, metavar="N")
    x.add_argument("--vote", action="append", metavar="MEMBER=VOTE",
                   help=_("a named vote: yes, no or abstain; repeat for each voter"))
    x = cmd(me, "minutes", cmd_minutes, _("write the minutes of an agenda item"))
    x.add_argument("id", type=int)
    x.add_argument("item", type=int, metavar="ITEM_PLACE")
    g = x.add_mutually_exclusive_group(required=True)
    g.add_argument("--text")
    g.add_argument("--file", help=_("a UTF-8 text file"))
    x = cmd(me, "close", cmd_close, _("close the session"))
    x.add_argument("id", type=int)
    x = cmd(me, "sign", cmd_sign, _("sign the minutes as president or as secretary"))
    x.add_argument("id", type=int)


def _officers_commands(sub: Any, cmd: Cmd) -> None:
    def list_options(p: argparse.ArgumentParser, default: Any) -> None:
        p.add_argument("--on", type=_date, default=default,
                       help=_("the day (default: today)"))
        p.add_argument("--all", action="store_true", default=default,
                       help=_("every term, ended ones too"))

    op = cmd(sub, "officers", cmd_officers, _("the officers: who holds which position, their "
                                              "terms and warnings"))
    list_options(op, None)
    verbs = op.add_subparsers(dest="verb", metavar="VERB")
    # SUPPRESS: options given before 'list' are kept, not reset by the subcommand.
    list_options(cmd(verbs, "list", cmd_officers, _("the team, its terms and the warnings")),
                 argparse.SUPPRESS)
    x = cmd(verbs, "add", cmd_officers_add, _("enter a member's term by hand"))
    x.add_argument("member", type=int)
    x.add_argument("position")
    x.add_argument("--from", dest="start", required=True, type=_date)
    x.add_argument("--to", dest="end", type=_date, help=_("the last day (default: the "
                                                          "bylaws' term)"))
    x = cmd(verbs, "end", cmd_officers_end, _("end a term early"))
    x.add_argument("mandate", type=int)
    x.add_argument("--on", required=True, type=_date, help=_("the last day of the term"))
    x.add_argument("--reason", required=True)


def _grievance_commands(sub: Any, cmd: Cmd) -> None:
    from coopdesk.governance.grievances import CATEGORIES, STEPS

    gr = cmd(sub, "grievance", lambda a: 2, _("the register of grievances")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    x = cmd(gr, "list", cmd_grievances, _("the register, the latest first"))
    x.add_argument("--open", action="store_true", help=_("only those not closed"))
    x = cmd(gr, "open", cmd_grievance_open, _("open a grievance"))
    x.add_argument("--category", required=True, choices=list(CATEGORIES))
    x.add_argument("--parties", required=True)
    x.add_argument("--summary", required=True)
    x.add_argument("--on", type=_date, help=_("default: today"))
    x = cmd(gr, "step", cmd_grievance_step, _("a hearing, mediation, decision or note"))
    x.add_argument("id", type=int)
    x.add_argument("--kind", required=True, choices=list(STEPS))
    x.add_argument("--note", required=True)
    x.add_argument("--on", type=_date, help=_("default: today"))
    x = cmd(gr, "close", cmd_grievance_close, _("close a grievance"))
    x.add_argument("id", type=int)
    x.add_argument("--outcome", required=True)
    x.add_argument("--on", type=_date, help=_("default: today"))
    g = x.add_mutually_exclusive_group(required=True)
    g.add_argument("--resolved", dest="resolved", action="store_true")
    g.add_argument("--unresolved", dest="resolved", action="store_false")


def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add ``coopdesk meeting``, ``coopdesk officers`` and ``coopdesk grievance``."""
    _meeting_commands(sub, cmd)
    _officers_commands(sub, cmd)
    _grievance_commands(sub, cmd)

