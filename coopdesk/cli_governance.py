"""Elections from a terminal: ``coopdesk count FILE.blt`` counts a ballot file without any
cooperative file and prints the rounds and the winners in order of election. A tie that the
rules leave to a drawn lot stops the count and says what to draw; the lots drawn are then given
with ``--lot`` (a candidate's number in the file, or name), in the order they were drawn."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from coopdesk.cli import _out
from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _
from coopdesk.governance.counting import votes_text

Cmd = Callable[..., argparse.ArgumentParser]

def lot_indexes(given: Sequence[str], candidates: Sequence[str]) -> list[int]:
    """``--lot`` values as candidate indexes: a number as in the file (1 is the first
    candidate), or a name (case does not matter)."""
    out = []
    for text in given:
        value = text.strip()
        if value.isdigit() and 1 <= int(value) <= len(candidates):
            out.append(int(value) - 1)
            continue
        found = [i for i, name in enumerate(candidates) if name.casefold() == value.casefold()]
        if len(found) != 1:
            raise ValidationError(_("--lot: '{value}' is not a candidate of this election (give "
                                    "the candidate's number, 1 to {count}, or name).",
                                    value=value, count=len(candidates)), "lot")
        out.append(found[0])
    return out


def _event_text(e: Any, names: Sequence[str]) -> str:
    who = ", ".join(names[c] for c in e.candidates)
    what = {"count": _("first count"), "surplus": _("surplus of {who} transferred", who=who),
            "exclude": _("{who} excluded", who=who),
            "elect": _("{who} elected", who=who)}.get(e.action, e.action)
    why = {"quota": _("reached the quota"), "lowest": _("fewest votes"),
           "largest_surplus": _("largest surplus"), "majority": _("more than half the votes"),
           "remaining": _("as many candidates left as seats"),
           "last_standing": _("last candidate standing"), "most_votes": _("most votes"),
           "tie_earlier_stage": _("tie broken by the votes at round {round}",
                                  round=e.decided_at),
           "tie_lot": _("tie broken by lot {n}", n=(e.lot or 0) + 1),
           "tie_no_votes": _("no votes: excluded in ballot-paper order")}.get(e.reason, "")
    return f"{what} ({why})" if why and e.action != "count" else what


def cmd_count(args: argparse.Namespace) -> int:
    from coopdesk.governance.ballots import read_blt
    from coopdesk.governance.counting import STV, count, describe_lot

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_("{file} cannot be read: {error}", file=args.file,
                                error=exc.strerror or str(exc)), "file") from exc
    election, ballots = read_blt(data)
    names = election.candidates
    result = count(args.method, election, ballots, lot_indexes(args.lot or [], names))
    if args.winners_only:
        if result.needs_lot is not None:
            print(describe_lot(result.needs_lot, election), file=sys.stderr)
            return 1
        for c in result.elected:
            _out(names[c])
        return 0
    places = 5 if args.method == STV else 0
    _out(election.title or path.name)
    _out(_("{count} candidates, {seats} seat(s), {valid} valid vote(s), {blank} blank "
           "paper(s); method: {method}", count=len(names), seats=election.seats,
           valid=votes_text(result.valid, places), blank=result.blank, method=args.method))
    if result.quota is not None:
        _out(_("Quota: {quota}", quota=votes_text(result.quota, places)))
    width = max(len(n) for n in names)
    for r in result.rounds:
        _out()
        _out(_("Round {n}", n=r.number))
        for e in r.events:
            _out("  " + _event_text(e, names))
        for c, name in enumerate(names):
            if c in election.withdrawn:
                continue
            _out(f"    {name.ljust(width)}  {votes_text(r.votes[c], places):>14}")
        if r.exhausted:
            _out(f"    {_('non-transferable').ljust(width)}  "
                 f"{votes_text(r.exhausted, places):>14}")
        if r.lost:
            _out(f"    {_('lost to truncation').ljust(width)}  "
                 f"{votes_text(r.lost, places):>14}")
    _out()
    _out(_("Elected, in order:"))
    for n, c in enumerate(result.elected, 1):
        _out(f"  {n}. {names[c]}")
    if result.needs_lot is not None:
        _out()
        _out(describe_lot(result.needs_lot, election))
        _out(_("Count again with --lot and the candidate the lot chose (number or name), once "
               "per lot drawn, in the order drawn."))
        return 1
    return 0


def add_commands(sub: Any, cmd: Cmd) -> None:
    from coopdesk.governance.counting import METHODS

    x = cmd(sub, "count", cmd_count, _("count a ballot file (BLT) and print the rounds and the "
                                       "winners in order of election"))
    x.add_argument("file", help=_("the ballot file, in BLT format"))
    x.add_argument("--method", required=True, choices=list(METHODS))
    x.add_argument("--lot", action="append", metavar="CANDIDATE",
                   help=_("the candidate a drawn lot chose (number or name); once per lot, in "
                          "the order drawn"))
    x.add_argument("--winners-only", action="store_true",
                   help=_("print only the elected candidates' names, one a line, in order"))
