"""Elections of a cooperative from a terminal: ``coopdesk election VERB``. The same services as
the window, from creating an election to its results sheet: nominations, the roll, paper
ballots (one by one from a file, or plurality totals), the count and its lots, BLT files and
numbered paper ballots to print. Ballots are not cast here: the booth is the window's. See
:mod:`coopdesk.cli` for exit codes and log-in."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from coopdesk.cli import UsageError, _date, _open, _out, naming_options
from coopdesk.core.errors import FileError, ValidationError
from coopdesk.core.i18n import _
from coopdesk.governance.counting import votes_text

Cmd = Callable[..., argparse.ArgumentParser]

OPTIONS = {"title": "TITLE", "method": "--method", "seats": "--seats",
           "position": "--position", "entry": "--entry", "papers": "--count",
           "drawn_by": "--drawn-by", "blank": "--blank"}


def _naming_options() -> AbstractContextManager[None]:
    return naming_options(OPTIONS)


def _read(name: str) -> bytes:
    """A file's bytes, or standard input's for ``-``."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise ValidationError(_("{file} cannot be read: {error}", file=name,
                                error=exc.strerror or str(exc)), "file") from exc


def _text(name: str) -> str:
    data = _read(name)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ValidationError(_("{file}, line {line}: the file is not UTF-8 text.", file=name,
                                line=line), "file") from None


def _print_outcome(outcome: Any, names: dict[int, str]) -> int:
    """The count's outcome: the elected in order, or the lot it needs (exit 1)."""
    if outcome.mismatch:
        _out(_("Warning: {text}", text=outcome.mismatch))
    if outcome.needs_lot is not None:
        _out(outcome.needs_lot)
        _out(_("Draw the lot, then enter it: coopdesk election lot {id} MEMBER --drawn-by "
               "NAME (MEMBER: one of {members}).", id=outcome.election_id,
               members=", ".join(str(n) for n in outcome.lot_candidates)))
        return 1
    _out(_("Elected, in order:"))
    for n, number in enumerate(outcome.elected, start=1):
        _out(_("  {n}. {name} (member {number})", n=n, name=names.get(number, ""),
               number=number))
    return 0


def _names(uow: Any, election_id: int) -> dict[int, str]:
    from coopdesk.governance import elections

    return {c.number: c.name for c in elections.election_info(uow, election_id).candidates}


# ---- reading -----------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    found = elections.list_elections(_open(args, login=False))
    if not found:
        _out(_("No election yet: 'coopdesk election create TITLE --method METHOD --seats N' "
               "creates one."))
    for e in found:
        _out("\t".join([str(e.id), _(elections.STATUS_LABELS_ELECTION[e.status]), e.method,
                        _("{seats} seat(s)", seats=e.seats), e.entry, e.title,
                        _("{count} candidate(s)", count=len(e.candidates)),
                        _("{count} ballot(s)", count=e.ballots)]))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.governance import election_reports, elections
    from coopdesk.governance.ballots import Election
    from coopdesk.governance.counting import describe_lot

    uow = _open(args, login=False)
    e = elections.election_info(uow, args.id)
    _out(f"{e.id}: {e.title}")
    _out(_("Stage: {status}", status=_(elections.STATUS_LABELS_ELECTION[e.status])))
    _out(_("Method: {method}", method=_(election_reports.METHOD_LABELS.get(e.method,
                                                                          e.method))))
    _out(_("Seats: {seats}; ballots: {entry}", seats=e.seats,
           entry=_(election_reports.ENTRY_LABELS.get(e.entry, e.entry))))
    if e.position:
        _out(_("Position: {position}", position=e.position))
    _out(_("Candidates:") if e.candidates else _("No candidates yet."))
    for c in e.candidates:
        line = _("  {place}. {name} (member {number})", place=c.place, name=c.name,
                 number=c.number)
        _out(line + (" — " + _("withdrawn") if c.withdrawn else ""))
    _out(_("Voters checked off the roll: {checked}; ballots: {ballots}",
           checked=e.checked_off, ballots=e.ballots))
    if e.status == elections.OPEN and e.entry == elections.BOOTH:
        _out(_("Checked off and not yet voted: {count}", count=e.outstanding))
    sc = election_reports.stored_count(uow, e.id)
    if sc is None:
        return 0
    r = sc.result
    _out(_("Counted: {valid} valid vote(s), {blank} blank paper(s), {rounds} round(s).",
           valid=votes_text(r.valid, sc.places), blank=r.blank,
           rounds=len(r.rounds)))
    if r.quota is not None:
        _out(_("Quota: {quota}", quota=votes_text(r.quota, sc.places)))
    if r.needs_lot is not None:
        _out(describe_lot(r.needs_lot, Election(e.title, tuple(sc.names), e.seats)))
        return 0
    _out(_("Elected, in order:"))
    for n, index in enumerate(r.elected, start=1):
        _out(_("  {n}. {name} (member {number})", n=n, name=sc.names[index],
               number=e.candidates[index].number))
    for lot in sc.lots:
        _out(_("Lot {n}: {name} (member {number}), drawn by {who}.", n=lot.number,
               name=lot.name, number=lot.member, who=lot.drawn_by))
    return 0


# ---- setting up and the poll ------------------------------------------------------------------

def cmd_create(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    with _naming_options():
        eid = elections.create_election(_open(args), args.title, args.method, args.seats,
                                        position=args.position, entry=args.entry)
    _out(_("Election {id} created: {title}. Next: coopdesk election nominations {id}.",
           id=eid, title=" ".join(args.title.split())))
    return 0


def cmd_nominations(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    elections.open_nominations(_open(args), args.id)
    _out(_("Nominations are open for election {id}.", id=args.id))
    return 0


def cmd_nominate(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    uow = _open(args)
    place = elections.nominate(uow, args.id, args.member, today=args.date)
    _out(_("{name} (member {number}) is candidate {place} on the ballot paper.",
           name=_names(uow, args.id).get(args.member, ""), number=args.member, place=place))
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    elections.withdraw(_open(args), args.id, args.member)
    _out(_("Member {number} has withdrawn from election {id}.", number=args.member,
           id=args.id))
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    elections.open_poll(_open(args), args.id)
    _out(_("The poll of election {id} is open: check the voters off the roll as they vote.",
           id=args.id))
    return 0


def cmd_check_off(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    uow = _open(args)
    elections.check_off(uow, args.id, args.member)
    _out(_("Member {number} checked off the roll ({count} so far).", number=args.member,
           count=elections.election_info(uow, args.id).checked_off))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    report = elections.close_poll(_open(args), args.id)
    _out(_("The poll is closed: {checked} voter(s) checked off, {ballots} ballot(s).",
           checked=report.checked_off, ballots=report.ballots))
    if report.mismatch:
        _out(_("Warning: {text}", text=report.mismatch))
    return 0


# ---- paper ballots -----------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s,;]+")


def parse_papers(text: str, info: Any) -> list[list[int]]:
    """Ranked papers, one a line: the candidates' places on the paper, first choice first,
    separated by spaces, commas or semicolons ("2 1 3"); a blank line is a blank paper. A bad
    line raises naming it, and nothing is returned."""
    from coopdesk.governance.election_io import paper_problem

    papers: list[list[int]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        places: list[int] = []
        for token in _SEPARATORS.split(line.strip()):
            if not token:
                continue
            if not token.isdigit():
                raise ValidationError(_("Line {line}: '{token}' is not a candidate's place on "
                                        "the paper (a number from 1 to {count}).", line=number,
                                        token=token, count=len(info.candidates)), "file")
            places.append(int(token))
        problem = paper_problem(info, places)
        if problem is not None:
            raise ValidationError(_("Line {line}: {problem}", line=number, problem=problem),
                                  "file")
        papers.append(places)
    if not papers:
        raise ValidationError(_("The file holds no papers: write one paper a line."), "file")
    return papers


def cmd_paper(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    uow = _open(args)
    papers = parse_papers(_text(args.file), elections.election_info(uow, args.id))
    total = elections.enter_paper_ballots(uow, args.id, papers)
    _out(_("{count} paper(s) entered; {total} in the ballot box.", count=len(papers),
           total=total))
    return 0


def cmd_totals(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    totals: dict[int, int] = {}
    for item in args.totals:
        place, sep, count = item.partition("=")
        if not sep or not place.strip().isdigit() or not count.strip().isdigit():
            raise UsageError(_("'{item}' is not PLACE=COUNT (the candidate's place on the "
                               "paper and their papers, like 2=15).", item=item))
        if int(place) in totals:
            raise UsageError(_("Candidate {place} is given twice.", place=int(place)))
        totals[int(place)] = int(count)
    with _naming_options():
        total = elections.enter_paper_totals(_open(args), args.id, totals, args.blank)
    _out(_("{total} paper(s) in the ballot box.", total=total))
    return 0


# ---- the count ---------------------------------------------------------------------------------

def cmd_count(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    uow = _open(args)
    outcome = elections.count(uow, args.id)
    return _print_outcome(outcome, _names(uow, args.id))


def cmd_lot(args: argparse.Namespace) -> int:
    from coopdesk.governance import elections

    uow = _open(args)
    with _naming_options():
        outcome = elections.enter_lot(uow, args.id, args.member, args.drawn_by)
    return _print_outcome(outcome, _names(uow, args.id))


# ---- files -------------------------------------------------------------------------------------

def cmd_export_blt(args: argparse.Namespace) -> int:
    from coopdesk.governance.election_io import export_blt

    text = export_blt(_open(args, login=False), args.id)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    path = Path(args.output).expanduser()
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FileError(_("Cannot write {path}: {error}", path=path,
                          error=exc.strerror or str(exc))) from exc
    _out(_("Written {path}.", path=path))
    return 0


def cmd_import_blt(args: argparse.Namespace) -> int:
    from coopdesk.governance.election_io import import_blt

    entered = import_blt(_open(args), args.id, _text(args.file))
    _out(_("{count} paper(s) entered from {file}.", count=entered, file=args.file))
    return 0


def cmd_results(args: argparse.Namespace) -> int:
    from coopdesk.governance.election_reports import results_document
    from coopdesk.reports.output import export

    uow = _open(args, login=False)
    path = export(uow, results_document(uow, args.id), Path(args.output), args.format)
    _out(_("Written {path}.", path=path))
    return 0


def cmd_papers(args: argparse.Namespace) -> int:
    from coopdesk.governance.election_reports import ballot_papers_document
    from coopdesk.reports.output import export

    uow = _open(args, login=False)
    with _naming_options():
        doc = ballot_papers_document(uow, args.id, args.count)
    path = export(uow, doc, Path(args.output), "pdf")
    _out(_("Written {path}.", path=path))
    return 0


# ---- parser ------------------------------------------------------------------------------------

def add_commands(sub: Any, cmd: Cmd) -> None:
    """Add ``coopdesk election VERB`` to the parser."""
    from coopdesk.governance.counting import METHODS

    el = cmd(sub, "election", lambda a: 2, _("elections: nominations, the roll, paper "
                                             "ballots, the count, the results sheet")
             ).add_subparsers(dest="verb", required=True, metavar="VERB")
    cmd(el, "list", cmd_list, _("list the elections, the latest first, the number first"))
    x = cmd(el, "show", cmd_show, _("show an election: its stage, candidates, roll and count"))
    x.add_argument("id", type=int)
    x = cmd(el, "create", cmd_create, _("create an election (in draft)"))
    x.add_argument("title")
    x.add_argument("--method", required=True, choices=list(METHODS))
    x.add_argument("--seats", required=True, type=int)
    x.add_argument("--position", help=_("the post of the bylaws it fills"))
    x.add_argument("--entry", choices=["booth", "paper"], default="booth",
                   help=_("ballots cast in the window's booth, or on paper and entered by the "
                          "tellers (default: booth)"))
    x = cmd(el, "nominations", cmd_nominations, _("open the nominations"))
    x.add_argument("id", type=int)
    x = cmd(el, "nominate", cmd_nominate, _("put a member on the ballot paper"))
    x.add_argument("id", type=int)
    x.add_argument("member", type=int)
    x.add_argument("--date", type=_date, help=_("the day eligibility is judged (default: "
                                                 "today)"))
    x = cmd(el, "withdraw", cmd_withdraw, _("a candidate stands down"))
    x.add_argument("id", type=int)
    x.add_argument("member", type=int)
    x = cmd(el, "open", cmd_open, _("open the poll (the ballot paper is then fixed)"))
    x.add_argument("id", type=int)
    x = cmd(el, "check-off", cmd_check_off, _("check a voter off the roll"))
    x.add_argument("id", type=int)
    x.add_argument("member", type=int)
    x = cmd(el, "close", cmd_close, _("close the poll"))
    x.add_argument("id", type=int)
    x = cmd(el, "paper", cmd_paper, _("enter paper ballots from a file, one paper a line: the "
                                      "candidates' places, first choice first, like '2 1 3'; "
                                      "a blank line is a blank paper"))
    x.add_argument("id", type=int)
    x.add_argument("file", help=_("the file, or - for standard input"))
    x = cmd(el, "totals", cmd_totals, _("enter a plurality election's totals counted by the "
                                        "tellers"))
    x.add_argument("id", type=int)
    x.add_argument("totals", nargs="+", metavar="PLACE=COUNT")
    x.add_argument("--blank", type=int, default=0, help=_("blank papers"))
    x = cmd(el, "count", cmd_count, _("count the closed poll and print the elected in order"))
    x.add_argument("id", type=int)
    x = cmd(el, "lot", cmd_lot, _("enter the lot the count asked for, then count again"))
    x.add_argument("id", type=int)
    x.add_argument("member", type=int, help=_("the candidate the lot chose (member number)"))
    x.add_argument("--drawn-by", dest="drawn_by", required=True, help=_("who drew the lot"))
    x = cmd(el, "export-blt", cmd_export_blt, _("write the ballots of a closed poll as a BLT "
                                                "file"))
    x.add_argument("id", type=int)
    x.add_argument("-o", "--output", required=True, help=_("the file, or - for standard "
                                                            "output"))
    x = cmd(el, "import-blt", cmd_import_blt, _("enter a paper election's ballots from a BLT "
                                                "file"))
    x.add_argument("id", type=int)
    x.add_argument("file", help=_("the file, or - for standard input"))
    x = cmd(el, "results", cmd_results, _("the results sheet, as PDF or Excel"))
    x.add_argument("id", type=int)
    x.add_argument("--format", choices=["pdf", "xlsx"])
    x.add_argument("-o", "--output", required=True)
    x = cmd(el, "papers", cmd_papers, _("numbered paper ballots to print (PDF)"))
    x.add_argument("id", type=int)
    x.add_argument("--count", required=True, type=int, help=_("how many papers"))
    x.add_argument("-o", "--output", required=True)
