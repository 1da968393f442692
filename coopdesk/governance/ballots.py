"""An election's ballots as plain data, and the BLT ballot file (read and written).

Candidates are numbered from 0 in Python (an index into ``Election.candidates``) and from 1 in a
BLT file. A ballot lists the candidates it marks, most preferred first; for approval or block
voting the order is ignored. ``weight`` is how many identical papers the line stands for.

The BLT format (as droop, OpenSTV and votelib read it)::

    4 2                 candidates seats
    -2                  withdrawn candidates, negative (optional, one or more lines)
    1 4 1 3 2 0         weight, preferences..., 0
    3 1 0
    0                   end of the ballots
    "Amy"               one quoted name per candidate, in number order
    ...
    "Gardening Club"    the title

``#`` starts a comment outside quotes; indentation and blank lines are ignored. Equal rankings
(``2=3``) are refused: none of our methods counts them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _


@dataclass(frozen=True)
class Election:
    """What is being elected: its title, the candidates in ballot-paper order, the seats."""

    title: str
    candidates: tuple[str, ...]
    seats: int
    withdrawn: frozenset[int] = field(default_factory=frozenset)

    @property
    def standing(self) -> tuple[int, ...]:
        """Indexes of the candidates not withdrawn, in ballot-paper order."""
        return tuple(i for i in range(len(self.candidates)) if i not in self.withdrawn)


@dataclass(frozen=True)
class Ballot:
    """``weight`` identical papers marking ``ranking`` (candidate indexes, first choice first)."""

    weight: int
    ranking: tuple[int, ...]


def _fail(message: str, line: int | None = None, field: str | None = None) -> ValidationError:
    if line is None:
        return ValidationError(message, field)
    return ValidationError(_("Line {line}: {message}", line=line, message=message), field)


def check_ballots(election: Election, ballots: Sequence[Ballot]) -> None:
    """Refuse ballots a count cannot take: a bad weight, an unknown or repeated candidate."""
    n = len(election.candidates)
    if n < 1:
        raise _fail(_("The election has no candidates."), field="candidates")
    if not 1 <= election.seats <= n:
        raise _fail(_("The number of seats ({seats}) must be between 1 and the number of "
                      "candidates ({count}).", seats=election.seats, count=n), field="seats")
    for number, ballot in enumerate(ballots, start=1):
        if not isinstance(ballot.weight, int) or ballot.weight < 1:
            raise _fail(_("Ballot {number}: the weight must be a whole number of at least 1.",
                          number=number), field="weight")
        seen: set[int] = set()
        for c in ballot.ranking:
            if not 0 <= c < n:
                raise _fail(_("Ballot {number}: there is no candidate {candidate}.",
                              number=number, candidate=c + 1), field="ranking")
            if c in seen:
                raise _fail(_("Ballot {number}: candidate {candidate} is marked twice.",
                              number=number, candidate=c + 1), field="ranking")
            seen.add(c)


# --- reading -------------------------------------------------------------------------------

_QUOTED = re.compile(r'\s*"([^"\n]*)"')
_INTEGER = re.compile(r"-?[0-9]+")


def _strip_comment(text: str) -> str:
    """The line without a ``#`` comment; a ``#`` inside quotes is text."""
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted:
            return text[:i]
    return text


def _ints(tokens: list[str], line: int, what: str) -> list[int]:
    out: list[int] = []
    for token in tokens:
        if "=" in token:
            raise _fail(_("equal rankings ('{token}') are not supported.", token=token), line,
                        what)
        if not _INTEGER.fullmatch(token):
            raise _fail(_("'{token}' is not a whole number.", token=token), line, what)
        out.append(int(token))
    return out


def read_blt(data: bytes) -> tuple[Election, list[Ballot]]:
    """The election and its ballots from a BLT file; a broken file raises ``ValidationError``
    naming the line and what is wrong, and nothing is returned."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise _fail(_("the file is not UTF-8 text."), line, "encoding") from None
    lines = [(number, _strip_comment(raw.removesuffix("\r")).strip())
             for number, raw in enumerate(text.split("\n"), start=1)]
    lines = [(number, content) for number, content in lines if content]
    if not lines:
        raise _fail(_("The ballot file is empty."), field="header")
    pos = 0

    number, content = lines[pos]
    header = _ints(content.split(), number, "header")
    if len(header) != 2:
        raise _fail(_("the first line must give the number of candidates and of seats."),
                    number, "header")
    count, seats = header
    if count < 1:
        raise _fail(_("there must be at least one candidate."), number, "header")
    if not 1 <= seats <= count:
        raise _fail(_("the number of seats ({seats}) must be between 1 and the number of "
                      "candidates ({count}).", seats=seats, count=count), number, "header")
    pos += 1

    withdrawn: set[int] = set()
    ballots: list[Ballot] = []
    ended = False
    while pos < len(lines):
        number, content = lines[pos]
        pos += 1
        if content.startswith('"'):
            raise _fail(_("a name comes before the end-of-ballots line '0'."), number, "ballot")
        values = _ints(content.split(), number, "ballot")
        if values[0] < 0:
            if ballots or any(v >= 0 for v in values):
                raise _fail(_("withdrawn candidates (negative numbers) must come on their "
                              "own line(s) straight after the first line."), number, "withdrawn")
            for v in values:
                if -v > count:
                    raise _fail(_("there is no candidate {candidate} to withdraw.",
                                  candidate=-v), number, "withdrawn")
                withdrawn.add(-v - 1)
            continue
        if values == [0]:
            ended = True
            break
        weight, *prefs = values
        if weight < 1:
            raise _fail(_("the weight of a ballot must be at least 1."), number, "weight")
        if not prefs or prefs[-1] != 0:
            raise _fail(_("a ballot line must end with 0."), number, "ballot")
        prefs = prefs[:-1]
        seen: set[int] = set()
        for p in prefs:
            if not 1 <= p <= count:
                raise _fail(_("there is no candidate {candidate}.", candidate=p), number,
                            "ballot")
            if p in seen:
                raise _fail(_("candidate {candidate} is marked twice.", candidate=p), number,
                            "ballot")
            seen.add(p)
        ballots.append(Ballot(weight, tuple(p - 1 for p in prefs)))
    if not ended:
        raise _fail(_("The file ends before the end-of-ballots line '0'."), field="ballot")

    names: list[tuple[int, str]] = []
    while pos < len(lines):
        number, content = lines[pos]
        pos += 1
        rest = content
        while rest.strip():
            m = _QUOTED.match(rest)
            if m is None:
                raise _fail(_("expected a name in double quotes."), number, "name")
            names.append((number, m[1]))
            rest = rest[m.end():]
    if len(names) < count:
        raise _fail(_("The file names {found} of its {count} candidates.", found=len(names),
                      count=count), field="name")
    if len(names) > count + 1:
        raise _fail(_("unexpected text after the title."), names[count + 1][0], "title")
    candidates = tuple(name for _line, name in names[:count])
    for (number, name), earlier in zip(names[1:count], range(1, count), strict=True):
        if name in candidates[:earlier]:
            raise _fail(_("two candidates are named '{name}'.", name=name), number, "name")
    title = names[count][1] if len(names) > count else ""
    return Election(title, candidates, seats, frozenset(withdrawn)), ballots


# --- writing -------------------------------------------------------------------------------

def write_blt(election: Election, ballots: Sequence[Ballot]) -> bytes:
    """The BLT file of an election: UTF-8, one ballot a line, in the order given."""
    check_ballots(election, ballots)
    for text in (*election.candidates, election.title):
        if '"' in text or "\n" in text or "\r" in text:
            raise _fail(_("'{name}' cannot be written to a ballot file: it holds a double "
                          "quote or a line break.", name=text), field="name")
    out = [f"{len(election.candidates)} {election.seats}"]
    if election.withdrawn:
        out.append(" ".join(f"-{c + 1}" for c in sorted(election.withdrawn)))
    out += [" ".join(str(v) for v in (b.weight, *(c + 1 for c in b.ranking), 0))
            for b in ballots]
    out.append("0")
    out += [f'"{name}"' for name in election.candidates]
    out.append(f'"{election.title}"')
    return ("\n".join(out) + "\n").encode("utf-8")
