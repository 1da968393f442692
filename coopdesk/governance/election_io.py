"""A stored election's ballots to and from a BLT file (the format droop and OpenSTV read).

Exporting lets anyone count a closed poll again with another program; it is refused while the
poll is open, when the urn is secret. Importing enters the papers of a *paper* election from a
BLT file (counted elsewhere, or typed in by a teller with a text editor) through
:func:`~coopdesk.governance.elections.enter_paper_ballots`, after checking that the file's
candidates are this election's, in ballot-paper order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import counting, elections
from coopdesk.governance.ballots import Ballot, read_blt, write_blt

# More papers than any assembly casts: a weight beyond it is a typing error, and the
# papers are entered one by one.
MAX_PAPERS = 100_000


def export_blt(uow: UnitOfWork, election_id: int) -> str:
    """The election's ballots as BLT text: identical ballots on one line with their number
    (weight), in a fixed order (the urn's order says nothing, and the same urn gives the same
    file). Refused until the poll has closed."""
    info = elections.election_info(uow, election_id)
    if info.status not in (elections.CLOSED, elections.COUNTED):
        raise ValidationError(_("Election '{title}' is at the stage '{status}': its ballots "
                                "can be exported only once the poll has closed.",
                                title=info.title,
                                status=_(elections.STATUS_LABELS_ELECTION[info.status])),
                              "status")
    election, ballots = elections.ballots_of(uow, election_id)
    grouped: Counter[tuple[int, ...]] = Counter()
    for b in ballots:
        grouped[b.ranking] += b.weight
    rows = [Ballot(weight, ranking) for ranking, weight in
            sorted(grouped.items(), key=lambda item: (-item[1], item[0]))]
    return write_blt(election, rows).decode("utf-8")


def paper_problem(info: elections.ElectionInfo, places: Sequence[int]) -> str | None:
    """What is wrong with a paper marking ``places`` (on the paper, from 1, first choice
    first) in this election, or None: the checks the service makes, said before a batch is
    entered so that a file's line can be named."""
    count = len(info.candidates)
    seen: set[int] = set()
    for place in places:
        if not 1 <= place <= count:
            return _("there is no candidate {place} on the paper (1 to {count}).",
                     place=place, count=count)
        if place in seen:
            return _("candidate {place} is marked twice.", place=place)
        if info.candidates[place - 1].withdrawn:
            return _("candidate {place} has withdrawn.", place=place)
        seen.add(place)
    limit = {counting.PLURALITY: 1, counting.BLOCK: info.seats}.get(info.method)
    if limit is not None and len(places) > limit:
        return _("at most {limit} marks on this ballot; it has {count}.", limit=limit,
                 count=len(places))
    return None


def _ballot_lines(text: str) -> list[int]:
    """The line numbers of the ballot lines of a BLT file :func:`read_blt` accepted, in order
    (to name a file's line when a ballot is refused)."""
    out: list[int] = []
    header = True
    for number, raw in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        content = raw.split("#", 1)[0].strip()
        if not content:
            continue
        if header:
            header = False
            continue
        if content.startswith("-"):
            continue
        if content.split() == ["0"]:
            break
        out.append(number)
    return out


def import_blt(uow: UnitOfWork, election_id: int, text: str) -> int:
    """Enter the papers of a BLT file into a paper election whose poll has closed; returns the
    papers entered. The file's candidates must be the election's, in ballot-paper order (case
    does not matter). Marks for a candidate who withdrew from this election are passed over,
    as the count would. Nothing is entered when anything is wrong."""
    info = elections.election_info(uow, election_id)
    if info.entry != elections.PAPER:
        raise ValidationError(_("This election's ballots were cast in the booth: ballot files "
                                "are imported into paper elections only."), "entry")
    if info.status != elections.CLOSED:
        raise ValidationError(_("Election '{title}' is at the stage '{status}': ballots are "
                                "imported once the poll has closed, before the count.",
                                title=info.title,
                                status=_(elections.STATUS_LABELS_ELECTION[info.status])),
                              "status")
    election, ballots = read_blt(text.encode("utf-8"))
    names = [c.name for c in info.candidates]
    if len(election.candidates) != len(names):
        raise ValidationError(_("The file has {found} candidates; this election has {count}.",
                                found=len(election.candidates), count=len(names)),
                              "candidates")
    for place, (found, expected) in enumerate(zip(election.candidates, names, strict=True),
                                              start=1):
        if found.casefold() != expected.casefold():
            raise ValidationError(_("Candidate {place} in the file is '{found}'; on this "
                                    "election's paper it is '{expected}'.", place=place,
                                    found=found, expected=expected), "candidates")
    withdrawn = {c.place - 1 for c in info.candidates if c.withdrawn}
    extra = sorted(election.withdrawn - withdrawn)
    if extra:
        raise ValidationError(_("The file has {name} withdrawn; in this election they stand.",
                                name=names[extra[0]]), "candidates")
    lines = _ballot_lines(text)
    papers: list[list[int]] = []
    for n, ballot in enumerate(ballots):
        marks = [c + 1 for c in ballot.ranking if c not in withdrawn]
        line = lines[n] if n < len(lines) else n + 1
        problem = paper_problem(info, marks)
        if problem is not None:
            raise ValidationError(_("Line {line}: {problem}", line=line, problem=problem),
                                  "ballot")
        if len(papers) + ballot.weight > MAX_PAPERS:
            raise ValidationError(_("Line {line}: the file holds more than {count} papers.",
                                    line=line, count=MAX_PAPERS), "weight")
        papers += [marks] * ballot.weight
    elections.enter_paper_ballots(uow, election_id, papers)
    return len(papers)
