"""Counting an election: plurality, block vote, approval, instant-runoff and Scottish STV.

Pure: an :class:`~coopdesk.governance.ballots.Election` and its ballots in, a :class:`Result` out,
with every round's votes so the window can show the count as a table and a chart. Arithmetic is
exact: whole votes are ``int``; Scottish STV counts in hundred-thousandths of a vote held as
``int``, truncating as the rules say. The result gives votes as ``Fraction``.

Ties are never broken at random. Where the rules leave a tie to a lot, the count uses the lots
already drawn (``lots``: the k-th lot of the count is the candidate it chose - to exclude, to
transfer first or to elect, as :class:`LotNeeded` says); when none is left it stops and returns a
result whose ``needs_lot`` names the tied candidates, so the returning officer can draw, enter
the lot, and count again. A count with the same ballots and lots always gives the same result.

Scottish STV follows the Scottish Local Government Elections Order 2007 (SSI 2007/42), schedule
1, rules 45-52: quota floor(valid / (seats + 1)) + 1; a candidate reaching the quota is elected;
the largest surplus is transferred first, all the candidate's papers at a value of surplus x
paper value / votes, truncated to five decimal places (the weighted inclusive Gregory method);
then the lowest candidate is excluded and all their papers pass on at their value; ties look back
to the most recent stage at which the tied candidates had unequal votes, then go to a lot; when
the continuing candidates are as many as the seats left, they are elected. Two readings we
chose, both in the docstrings below: a look-back that leaves several tied keeps looking further
back among those; and a lot between candidates with no votes, all of whom will be excluded in
turn whatever the order, is not drawn (their exclusion cannot move a vote).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import _
from coopdesk.governance.ballots import Ballot, Election, check_ballots

PLURALITY = "plurality"
BLOCK = "block"
APPROVAL = "approval"
IRV = "irv"
STV = "stv"

SCALE = 100_000  # Scottish STV counts in 1/100,000 of a vote (rule 48(3): five decimal places)


@dataclass(frozen=True)
class Event:
    """One thing that happened in a round, machine-readable.

    ``action``: ``count`` (the first count), ``surplus`` (the surplus of ``candidates`` was
    transferred), ``exclude``, ``elect``. ``reason`` says why these candidates: ``first``,
    ``largest_surplus``, ``lowest``, ``quota``, ``majority``, ``remaining`` (as many continuing
    candidates as seats), ``last_standing``, ``most_votes``, or for a tie ``tie_earlier_stage``
    (decided by the votes at round ``decided_at``), ``tie_lot`` (by the ``lot``-th lot drawn,
    counted from 0) or ``tie_no_votes`` (candidates with no votes excluded in ballot-paper
    order, all of them in turn, so no lot could change anything). ``tied`` lists who was tied.
    """

    action: str
    candidates: tuple[int, ...]
    reason: str
    tied: tuple[int, ...] = ()
    decided_at: int | None = None
    lot: int | None = None


@dataclass(frozen=True)
class Round:
    """The state at the end of one round (a "stage" in the Scottish rules)."""

    number: int
    events: tuple[Event, ...]
    votes: tuple[Fraction, ...]      # each candidate's votes at the end of the round, by index
    transfers: tuple[Fraction, ...]  # what each candidate gained (+) or passed on (-) this round
    exhausted: Fraction              # non-transferable votes so far
    lost: Fraction                   # votes lost to truncation so far (Scottish STV)
    transfer_value: Fraction | None = None  # a surplus's value for a paper worth one vote

    @property
    def action(self) -> str:
        return self.events[0].action


@dataclass(frozen=True)
class LotNeeded:
    """The count stopped: ``candidates`` are tied and the rules leave it to a lot.

    ``purpose`` is ``exclude``, ``surplus`` (whose surplus is transferred first) or ``elect``;
    the lot entered is the candidate it chose for that. ``lot`` is its place among the count's
    lots (0-based), ``round`` the round being decided.
    """

    round: int
    purpose: str
    candidates: tuple[int, ...]
    lot: int


@dataclass(frozen=True)
class Result:
    method: str
    seats: int
    elected: tuple[int, ...]   # in order of election
    excluded: tuple[int, ...]  # in order of exclusion
    rounds: tuple[Round, ...]
    valid: Fraction            # votes counted (papers with at least one mark for a candidate)
    blank: int                 # papers with no mark for a standing candidate
    quota: Fraction | None = None
    needs_lot: LotNeeded | None = None
    lots_used: int = 0

    @property
    def complete(self) -> bool:
        return self.needs_lot is None


def describe_lot(needed: LotNeeded, election: Election) -> str:
    """What the returning officer is asked to draw, in the user's language."""
    names = ", ".join(election.candidates[c] for c in needed.candidates)
    if needed.purpose == "exclude":
        return _("Round {round}: {names} are tied for exclusion. Draw a lot to choose the "
                 "candidate to exclude.", round=needed.round, names=names)
    if needed.purpose == "surplus":
        return _("Round {round}: {names} have equal surpluses. Draw a lot to choose whose "
                 "surplus is transferred first.", round=needed.round, names=names)
    return _("Round {round}: {names} are tied for a seat. Draw a lot to choose the candidate "
             "to elect.", round=needed.round, names=names)


# --- shared machinery ----------------------------------------------------------------------

class _NeedLot(Exception):
    """Stops a count that needs a lot; caught inside this module, never raised out of it."""

    def __init__(self, needed: LotNeeded) -> None:
        super().__init__(needed.purpose)
        self.needed = needed


class _Ties:
    """Breaks ties by looking back over the rounds, then by the lots drawn, in order."""

    def __init__(self, lots: Sequence[int], election: Election) -> None:
        self.lots = list(lots)
        self.used = 0
        self.election = election

    def by_lot(self, tied: list[int], purpose: str, round_no: int) -> Event:
        if self.used >= len(self.lots):
            raise _NeedLot(LotNeeded(round_no, purpose, tuple(tied), self.used))
        chosen = self.lots[self.used]
        if chosen not in tied:
            names = ", ".join(self.election.candidates[c] for c in tied)
            raise ValidationError(_(
                "Lot {number} must choose one of the tied candidates ({names}).",
                number=self.used + 1, names=names), "lots")
        self.used += 1
        return Event(purpose, (chosen,), "tie_lot", tuple(tied), lot=self.used - 1)

    def choose(self, tied: list[int], history: Sequence[Sequence[int]], lowest: bool,
               purpose: str, round_no: int) -> Event:
        """The candidate chosen among ``tied``: the lowest (or highest) at the most recent
        earlier round where they differed; if several share it there, look further back among
        those; equal at every round, a lot."""
        if len(tied) == 1:
            return Event(purpose, (tied[0],), "lowest" if lowest else "largest_surplus")
        group = list(tied)
        pick = min if lowest else max
        for index in range(len(history) - 1, -1, -1):
            votes = history[index]
            best = pick(votes[c] for c in group)
            narrowed = [c for c in group if votes[c] == best]
            if len(narrowed) < len(group):
                group = narrowed
                if len(group) == 1:
                    return Event(purpose, (group[0],), "tie_earlier_stage", tuple(tied),
                                 decided_at=index + 1)
        return self.by_lot(group, purpose, round_no)


def _prepare(election: Election, ballots: Sequence[Ballot],
             marks: Callable[[tuple[int, ...]], tuple[int, ...]] | None = None,
             ) -> tuple[list[tuple[int, ...]], list[int], int]:
    """Identical ballots grouped (withdrawn candidates dropped): rankings, papers each, blanks.

    Groups keep the order of first appearance; every count below is a sum over groups, so the
    order of the ballots cannot change a result.
    """
    check_ballots(election, ballots)
    withdrawn = election.withdrawn
    groups: dict[tuple[int, ...], int] = {}
    blank = 0
    for ballot in ballots:
        ranking = tuple(c for c in ballot.ranking if c not in withdrawn)
        if marks is not None:
            ranking = marks(ranking)
        if not ranking:
            blank += ballot.weight
            continue
        groups[ranking] = groups.get(ranking, 0) + ballot.weight
    return list(groups), list(groups.values()), blank


def _fractions(values: Sequence[int], scale: int = 1) -> tuple[Fraction, ...]:
    return tuple(Fraction(v, scale) for v in values)


# --- one-round methods ---------------------------------------------------------------------

def _single_round(method: str, election: Election, ballots: Sequence[Ballot],
                  lots: Sequence[int],
                  marks: Callable[[tuple[int, ...]], tuple[int, ...]]) -> Result:
    rankings, papers, blank = _prepare(election, ballots, marks)
    n = len(election.candidates)
    votes = [0] * n
    for ranking, count in zip(rankings, papers, strict=True):
        for c in ranking:
            votes[c] += count
    valid = sum(papers)
    ties = _Ties(lots, election)
    events: list[Event] = [Event("count", (), "first")]
    elected: list[int] = []
    needed: LotNeeded | None = None
    standing = list(election.standing)
    try:
        while len(elected) < election.seats and len(elected) < len(standing):
            rest = [c for c in standing if c not in elected]
            top = max(votes[c] for c in rest)
            tied = [c for c in rest if votes[c] == top]
            if len(tied) <= election.seats - len(elected):
                elected += tied
                events.append(Event("elect", tuple(tied), "most_votes"))
            else:
                event = ties.by_lot(tied, "elect", 1)
                elected.append(event.candidates[0])
                events.append(event)
    except _NeedLot as stop:
        needed = stop.needed
    counted = _fractions(votes)
    round_ = Round(1, tuple(events), counted, counted, Fraction(0), Fraction(0))
    return Result(method, election.seats, tuple(elected), (), (round_,), Fraction(valid),
                  blank, None, needed, ties.used)


def plurality(election: Election, ballots: Sequence[Ballot], lots: Sequence[int] = ()
              ) -> Result:
    """Each paper one vote, for its first choice among the standing candidates; the ``seats``
    candidates with the most votes are elected."""
    return _single_round(PLURALITY, election, ballots, lots, lambda r: r[:1])


def block_vote(election: Election, ballots: Sequence[Ballot], lots: Sequence[int] = ()
               ) -> Result:
    """Each paper a vote for each of its first ``seats`` marks; the most votes are elected."""
    seats = election.seats
    return _single_round(BLOCK, election, ballots, lots, lambda r: r[:seats])


def approval(election: Election, ballots: Sequence[Ballot], lots: Sequence[int] = ()
             ) -> Result:
    """Each paper a vote for every candidate it marks; the most votes are elected."""
    return _single_round(APPROVAL, election, ballots, lots, lambda r: r)


# --- transferable votes --------------------------------------------------------------------

class _Piles:
    """Who holds which group of papers, and where each group's next preference is read.

    A pile is the list of groups a candidate holds; only the piles that move are read, so a
    round costs the papers transferred, not all the papers.
    """

    def __init__(self, n: int, rankings: list[tuple[int, ...]]) -> None:
        self.rankings = rankings
        self.position = [0] * len(rankings)
        self.piles: list[list[int]] = [[] for _ in range(n)]
        for g, ranking in enumerate(rankings):
            self.piles[ranking[0]].append(g)

    def next_holder(self, g: int, continuing: list[bool]) -> int | None:
        """Move group ``g`` to its next continuing preference; None when it has none."""
        ranking = self.rankings[g]
        p = self.position[g] + 1
        while p < len(ranking) and not continuing[ranking[p]]:
            p += 1
        self.position[g] = p
        if p == len(ranking):
            return None
        holder = ranking[p]
        self.piles[holder].append(g)
        return holder


def irv(election: Election, ballots: Sequence[Ballot], lots: Sequence[int] = ()) -> Result:
    """Instant-runoff for one seat: a candidate with more than half the continuing votes is
    elected; else the lowest is excluded and their papers go to their next choices. Ties for
    the lowest look back over the rounds, then go to a lot."""
    if election.seats != 1:
        raise ValidationError(_("Instant-runoff elects one candidate; this election has {seats} "
                                "seats. Count it by single transferable vote.",
                                seats=election.seats), "seats")
    rankings, papers, blank = _prepare(election, ballots)
    n = len(election.candidates)
    piles = _Piles(n, rankings)
    continuing = [c not in election.withdrawn for c in range(n)]
    votes = [0] * n
    for g, ranking in enumerate(rankings):
        votes[ranking[0]] += papers[g]
    exhausted = 0
    ties = _Ties(lots, election)
    history: list[list[int]] = [list(votes)]
    rounds: list[Round] = []
    elected: list[int] = []
    excluded: list[int] = []
    events: list[Event] = [Event("count", (), "first")]
    before = [0] * n
    needed: LotNeeded | None = None
    while True:
        hopeful = [c for c in range(n) if continuing[c]]
        total = sum(votes[c] for c in hopeful)
        leaders = [c for c in hopeful if 2 * votes[c] > total]
        if leaders or len(hopeful) == 1:
            elected.append((leaders or hopeful)[0])
            events.append(Event("elect", (elected[0],),
                                "majority" if leaders else "last_standing"))
        rounds.append(Round(len(rounds) + 1, tuple(events), _fractions(votes),
                            tuple(Fraction(a - b) for a, b in zip(votes, before, strict=True)),
                            Fraction(exhausted), Fraction(0)))
        if elected or not hopeful:
            break
        before = list(votes)
        low = min(votes[c] for c in hopeful)
        tied = [c for c in hopeful if votes[c] == low]
        try:
            event = _exclusion(ties, tied, hopeful, 1, history, len(rounds) + 1)
        except _NeedLot as stop:
            needed = stop.needed
            break
        out = event.candidates[0]
        excluded.append(out)
        continuing[out] = False
        for g in piles.piles[out]:
            holder = piles.next_holder(g, continuing)
            if holder is None:
                exhausted += papers[g]
            else:
                votes[holder] += papers[g]
        piles.piles[out] = []
        votes[out] = 0
        history.append(list(votes))
        events = [event]
    return Result(IRV, 1, tuple(elected), tuple(excluded), tuple(rounds), Fraction(sum(papers)),
                  blank, None, needed, ties.used)


def _exclusion(ties: _Ties, tied: list[int], hopeful: list[int], seats_left: int,
               history: Sequence[Sequence[int]], round_no: int) -> Event:
    """Whom to exclude among ``tied`` (the lowest). Candidates with no votes, when all of them
    will be excluded whatever the order (enough others remain for the seats left), go in
    ballot-paper order: excluding one moves no vote, so no lot could change anything."""
    if len(tied) > 1 and history[-1][tied[0]] == 0 and len(hopeful) - len(tied) >= seats_left:
        return Event("exclude", (min(tied),), "tie_no_votes", tuple(tied))
    return ties.choose(tied, history, True, "exclude", round_no)


def scottish_stv(election: Election, ballots: Sequence[Ballot], lots: Sequence[int] = ()
                 ) -> Result:
    """Single transferable vote under the Scottish STV rules (see the module's docstring)."""
    rankings, papers, blank = _prepare(election, ballots)
    n = len(election.candidates)
    seats = election.seats
    valid_papers = sum(papers)
    quota = (valid_papers // (seats + 1) + 1) * SCALE
    piles = _Piles(n, rankings)
    value = [SCALE] * len(rankings)  # each group's value per paper, in 1/SCALE of a vote
    continuing = [c not in election.withdrawn for c in range(n)]
    votes = [0] * n
    for g, ranking in enumerate(rankings):
        votes[ranking[0]] += papers[g] * SCALE
    pending: list[int] = []  # elected, surplus not yet transferred
    elected: list[int] = []
    excluded: list[int] = []
    exhausted = lost = 0
    history: list[list[int]] = [list(votes)]
    rounds: list[Round] = []
    ties = _Ties(lots, election)
    needed: LotNeeded | None = None

    def hopeful() -> list[int]:
        return [c for c in range(n) if continuing[c]]

    def complete() -> bool:
        return len(elected) >= seats or len(hopeful()) <= seats - len(elected)

    def elect(events: list[Event]) -> None:
        reached = sorted((c for c in hopeful() if votes[c] >= quota), key=lambda c: -votes[c])
        if reached:
            for c in reached:
                continuing[c] = False
                elected.append(c)
                if votes[c] > quota:
                    pending.append(c)
            events.append(Event("elect", tuple(reached), "quota"))
        if len(elected) < seats and len(hopeful()) <= seats - len(elected):
            rest = sorted(hopeful(), key=lambda c: -votes[c])
            if rest:
                for c in rest:
                    continuing[c] = False
                    elected.append(c)
                events.append(Event("elect", tuple(rest), "remaining"))

    def record(events: list[Event], before: Sequence[int], tv: int | None = None) -> None:
        rounds.append(Round(
            len(rounds) + 1, tuple(events), _fractions(votes, SCALE),
            tuple(Fraction(a - b, SCALE) for a, b in zip(votes, before, strict=True)),
            Fraction(exhausted, SCALE), Fraction(lost, SCALE),
            None if tv is None else Fraction(tv, SCALE)))

    events: list[Event] = [Event("count", (), "first")]
    elect(events)
    record(events, [0] * n)
    while not complete():
        before = list(votes)
        round_no = len(rounds) + 1
        tv: int | None = None
        try:
            if pending:
                top = max(votes[c] for c in pending)
                tied = [c for c in pending if votes[c] == top]
                event = ties.choose(tied, history, False, "surplus", round_no)
                source = event.candidates[0]
                pending.remove(source)
                total = votes[source]
                surplus = total - quota
                tv = SCALE * surplus // total
                moved = 0
                for g in piles.piles[source]:
                    value[g] = value[g] * surplus // total  # rule 48(3): truncated
                    share = papers[g] * value[g]
                    moved += share
                    holder = piles.next_holder(g, continuing)
                    if holder is None:
                        exhausted += share
                    else:
                        votes[holder] += share
                lost += surplus - moved
                votes[source] = quota
            else:
                live = hopeful()
                low = min(votes[c] for c in live)
                tied = [c for c in live if votes[c] == low]
                event = _exclusion(ties, tied, live, seats - len(elected), history, round_no)
                source = event.candidates[0]
                excluded.append(source)
                continuing[source] = False
                for g in piles.piles[source]:
                    share = papers[g] * value[g]
                    holder = piles.next_holder(g, continuing)
                    if holder is None:
                        exhausted += share
                    else:
                        votes[holder] += share
                votes[source] = 0
        except _NeedLot as stop:
            needed = stop.needed
            break
        piles.piles[source] = []
        history.append(list(votes))
        events = [event]
        elect(events)
        record(events, before, tv)
    return Result(STV, seats, tuple(elected), tuple(excluded), tuple(rounds),
                  Fraction(valid_papers), blank, Fraction(quota, SCALE), needed, ties.used)


METHODS: dict[str, Callable[[Election, Sequence[Ballot], Sequence[int]], Result]] = {
    PLURALITY: plurality,
    BLOCK: block_vote,
    APPROVAL: approval,
    IRV: irv,
    STV: scottish_stv,
}


def count(method: str, election: Election, ballots: Sequence[Ballot],
          lots: Sequence[int] = ()) -> Result:
    """Count by the method named (one of :data:`METHODS`)."""
    try:
        counter = METHODS[method]
    except KeyError:
        raise ValidationError(_("'{method}' is not a counting method; choose one of {methods}.",
                                method=method, methods=", ".join(METHODS)), "method") from None
    return counter(election, ballots, lots)


def votes_text(value: Fraction, places: int) -> str:
    """A candidate's votes: whole numbers as they are, transferred votes to ``places``
    decimals (truncated, as the Scottish rules count them)."""
    if value.denominator == 1:
        return str(value.numerator)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN))
