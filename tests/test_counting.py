"""Counting: the stated results of every ballot sample, Linn ward round by round against Droop's
published Scottish STV report, ties and lots, and hypothesis checks - plurality, block, approval
and IRV against a brute-force count written here, STV against its invariants."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.core.errors import ValidationError
from coopdesk.governance.ballots import Ballot, Election, read_blt
from coopdesk.governance.counting import (
    SCALE,
    LotNeeded,
    Result,
    approval,
    block_vote,
    count,
    describe_lot,
    irv,
    plurality,
    scottish_stv,
)

SAMPLES = Path(__file__).resolve().parent / "fixtures" / "samples" / "ballots"
Counter = Callable[[Election, Sequence[Ballot], Sequence[int]], Result]


def read(name: str) -> tuple[Election, list[Ballot]]:
    return read_blt((SAMPLES / name).read_bytes())


def names(election: Election, indexes: Sequence[int]) -> list[str]:
    return [election.candidates[c] for c in indexes]


def settle(counter: Counter, election: Election, ballots: Sequence[Ballot],
           pick: Callable[[LotNeeded], int] = lambda need: min(need.candidates)) -> Result:
    """Count; each time a lot is asked for, 'draw' it with ``pick`` and count again."""
    lots: list[int] = []
    for _ in range(100):
        result = counter(election, ballots, lots)
        if result.needs_lot is None:
            return result
        assert result.needs_lot.lot == len(lots)
        lots.append(pick(result.needs_lot))
    raise AssertionError("a count asked for more than 100 lots")


# --- the samples ---------------------------------------------------------------------------

def test_42_elects_castor_and_helen_without_a_lot() -> None:
    """Scottish STV has no tie here: the quota is 6 // 3 + 1 = 3, not Meek's 2, so Castor's
    surplus is 1 and gives Pollux 4 x 0.25 = 1 against Helen's 2. Pollux is excluded as the
    lowest (the file's title speaks of Droop's other rules, where the surplus is 2)."""
    election, ballots = read("42.blt")
    result = scottish_stv(election, ballots)
    assert result.complete and result.lots_used == 0
    assert result.quota == 3
    assert names(election, result.elected) == ["Castor", "Helen"]
    assert names(election, result.excluded) == ["Pollux"]
    surplus, exclusion = result.rounds[1], result.rounds[2]
    assert surplus.action == "surplus" and surplus.votes == (3, 1, 2)
    assert surplus.transfer_value == Fraction(1, 4)
    assert exclusion.events[0].reason == "lowest"
    assert exclusion.exhausted == 1
    assert [(e.action, e.reason) for e in exclusion.events] == [
        ("exclude", "lowest"), ("elect", "remaining")]


def test_sc_scottish_stv() -> None:
    election, ballots = read("SC.blt")
    result = scottish_stv(election, ballots)
    assert result.complete and result.quota == 19
    assert names(election, result.elected) == [
        "Rebecca Rotzler", "Pat LaMarche", "Steve Kramer", "Tom Sevigny"]
    assert set(names(election, result.elected)) == {
        "Tom Sevigny", "Pat LaMarche", "Rebecca Rotzler", "Steve Kramer"}
    # Droop's dump (SC-scotland-fixed-p5-d5): its round k is our round k + 1.
    kramer = election.candidates.index("Steve Kramer")
    assert result.rounds[8].votes[kramer] == Fraction("19.68180")
    assert result.rounds[9].votes[election.candidates.index("Budd Dickinson")] == Fraction(
        "9.01084")
    assert result.rounds[-1].votes[election.candidates.index("Tom Sevigny")] == Fraction(
        "18.59172")
    assert result.rounds[-1].exhausted == Fraction("18.40808")
    # Four candidates with no votes at all are tied at the bottom: they are excluded one by
    # one in ballot-paper order, as Droop did, and no lot is asked for (none could matter).
    no_votes = [r.events[0] for r in result.rounds if r.events[0].reason == "tie_no_votes"]
    assert [names(election, e.candidates) for e in no_votes] == [
        ["Write-In 2"], ["Write-In 1"], ["Steve Greenfield"]]


# Droop's report test/ref/report/scotland/Linn-2007-scotland-fixed-p5-d5.txt, the votes after
# each stage's transfers in candidate order, then non-transferable votes and the residual.
LINN_DROOP = [
    "898 1284 1782 219 165 1381 2043 955 296 149 395 | 0 0",
    "905.13482 1302.94200 1789.19796 224.61946 166.83106 1389.27134 1914 961.44028 310.77476 "
    "156.82936 409.77476 | 36.17922 0.00498",
    "906.45052 1311.32084 1798.70308 229.80888 170.02048 1395.65018 1914 970.56656 328.78500 0 "
    "469.48978 | 72.19970 0.00498",
    "961.76622 1318.44712 1807.82936 239.06144 0 1417.83960 1914 980.69284 338.97442 0 "
    "478.67920 | 109.70482 0.00498",
    "991.39762 1350.20480 1826.01878 0 0 1433.90274 1914 990.00854 359.36350 0 498.31060 | "
    "203.78844 0.00498",
    "1005.34472 1458.48808 1849.71332 0 0 1459.28158 1914 1001.51366 0 0 547.47784 | "
    "331.17582 0.00498",
    "1015.91298 1532.33962 1896.91298 0 0 1514.35496 1914 1078.47100 0 0 0 | 615.00348 0.00498",
    "0 1866.00174 1947.35496 0 0 1530.60752 1914 1105.84984 0 0 0 | 1203.18096 0.00498",
    "0 1868.39022 1914 0 0 1547.18432 1914 1111.65708 0 0 0 | 1211.74700 0.02138",
    "0 2008.75096 1914 0 0 2174.90506 1914 0 0 0 0 | 1555.32260 0.02138",
]


def test_linn_round_by_round_as_droop_reports() -> None:
    election, ballots = read("Linn-2007.blt")
    result = scottish_stv(election, ballots)
    assert result.complete and result.quota == 1914 and result.valid == 9567
    assert set(names(election, result.elected)) == {
        "Margot Clark", "Sadie Docherty", "John McKenzie", "David Ritchie"}
    # In order of election: McKenzie and Clark both pass the quota at the last stage, McKenzie
    # with more votes (Droop lists them alphabetically as "remaining candidates").
    assert names(election, result.elected) == [
        "David Ritchie", "Sadie Docherty", "John McKenzie", "Margot Clark"]
    assert len(result.rounds) == len(LINN_DROOP)
    for stage, expected in zip(result.rounds, LINN_DROOP, strict=True):
        votes, rest = expected.split(" | ")
        assert stage.votes == tuple(Fraction(v) for v in votes.split()), stage.number
        assert (stage.exhausted, stage.lost) == tuple(Fraction(v) for v in rest.split())
    assert [r.action for r in result.rounds] == ["count", "surplus"] + ["exclude"] * 6 + [
        "surplus", "exclude"]
    assert result.rounds[1].transfer_value == Fraction(6314, SCALE)  # 129 / 2043, truncated


def test_maemo_scottish_stv_gives_votelib_gregory_winners() -> None:
    """votelib counts maemo with a Gregory STV and a Droop quota; the Scottish rules elect the
    same three in the same order. The four blank papers are not valid votes (quota 47 // 4 + 1
    = 12; counting them, 13, would not change the result)."""
    election, ballots = read("maemo.blt")
    result = scottish_stv(election, ballots)
    assert result.complete and result.blank == 4 and result.quota == 12
    assert names(election, result.elected) == [
        "juiceme (Jussi Ohenoja)", "mosen (Timo Könnecke)", "eekkelund (Eetu Kahelin)"]


GNOME_26 = {"Allan Day", "Carlos Soriano", "Ekaterina Gerasimova", "Federico Mena Quintero",
            "Nuritzi Sanchez", "Philip Chimento", "Robert McQueen"}


def test_gnome_26_asks_for_a_lot_and_elects_the_stated_board_either_way() -> None:
    """Carlos Soriano and Federico Mena Quintero both have 20 first preferences (quota 17) and
    equal votes at every stage, so rule 49(3) leaves the order of their surpluses to a lot. The
    count stops and asks; whichever the lot chooses, the seven elected are those the source
    states (votelib's Gregory STV and vote.gnome.org)."""
    election, ballots = read("gnome_26.blt")
    asked = scottish_stv(election, ballots)
    assert not asked.complete
    assert asked.needs_lot == LotNeeded(3, "surplus", (1, 3), 0)
    assert "Carlos Soriano, Federico Mena Quintero" in describe_lot(asked.needs_lot, election)
    assert [r.number for r in asked.rounds] == [1, 2]  # the rounds counted so far
    for lot in (1, 3):
        result = scottish_stv(election, ballots, [lot])
        assert result.complete and result.lots_used == 1
        assert set(names(election, result.elected)) == GNOME_26
        tie = result.rounds[2].events[0]
        assert (tie.action, tie.candidates, tie.reason, tie.lot) == ("surplus", (lot,),
                                                                      "tie_lot", 0)


def test_atwood_needs_a_lot_to_finish() -> None:
    """The source states no winners. Bob is withdrawn; Chuck (4 of 10, quota 4) is elected at
    once; Amy and Diane then have 3 each at every stage, so the exclusion goes to a lot."""
    election, ballots = read("atwood_so.blt")
    asked = scottish_stv(election, ballots)
    assert asked.needs_lot == LotNeeded(2, "exclude", (0, 3), 0)
    assert names(election, asked.elected) == ["Chuck"]
    assert names(election, scottish_stv(election, ballots, [0]).elected) == ["Chuck", "Diane"]
    assert names(election, scottish_stv(election, ballots, [3]).elected) == ["Chuck", "Amy"]
    assert all(r.votes[1] == 0 for r in asked.rounds)  # withdrawn, skipped


def test_one_round_methods_on_sc() -> None:
    election, ballots = read("SC.blt")
    assert set(names(election, plurality(election, ballots).elected)) == {
        "Rebecca Rotzler", "Pat LaMarche", "Steve Kramer", "Tom Sevigny"}
    result = block_vote(election, ballots)
    assert len(result.rounds) == 1 and len(result.elected) == 4
    assert sum(result.rounds[0].votes) <= 4 * 94


# --- ties ----------------------------------------------------------------------------------

def ballots_of(*lines: tuple[int, str]) -> list[Ballot]:
    return [Ballot(w, tuple("ABCDE".index(c) for c in prefs)) for w, prefs in lines]


ABCD = Election("t", ("A", "B", "C", "D"), 1)


def test_exclusion_tie_broken_at_an_earlier_stage() -> None:
    # Stage 1: A 8, B 4, C 5, D 2. D is excluded: one paper to B, one exhausted, so B and C
    # have 5 each; at stage 1 B had fewer, so B is excluded (rule 51(2)(a)).
    ballots = ballots_of((8, "A"), (4, "B"), (5, "C"), (1, "DB"), (1, "D"))
    result = irv(ABCD, ballots)
    second = result.rounds[2].events[0]
    assert (second.action, second.candidates, second.reason) == ("exclude", (1,),
                                                                 "tie_earlier_stage")
    assert second.decided_at == 1 and second.tied == (1, 2)
    stv = scottish_stv(ABCD, ballots)
    assert stv.rounds[2].events[0].candidates == (1,)
    assert stv.rounds[2].events[0].reason == "tie_earlier_stage"


def test_a_lot_is_asked_for_never_drawn() -> None:
    election = Election("t", ("A", "B", "C"), 1)
    ballots = ballots_of((3, "A"), (3, "B"), (1, "C"))
    asked = irv(election, ballots)
    # C out (1 -> exhausted); A and B tie 3-3 at every stage: a lot decides who is excluded.
    assert asked.needs_lot == LotNeeded(3, "exclude", (0, 1), 0)
    assert asked.elected == ()
    assert "A, B are tied for exclusion" in describe_lot(asked.needs_lot, election)
    assert irv(election, ballots, [0]).elected == (1,)
    assert irv(election, ballots, [1]).elected == (0,)
    with pytest.raises(ValidationError, match="Lot 1 must choose one of the tied"):
        irv(election, ballots, [2])


def test_plurality_lots_for_the_last_seats() -> None:
    election = Election("t", ("A", "B", "C", "D"), 2)
    ballots = ballots_of((5, "A"), (3, "B"), (3, "C"), (3, "D"))
    asked = plurality(election, ballots)
    assert asked.elected == (0,) and asked.needs_lot == LotNeeded(1, "elect", (1, 2, 3), 0)
    assert "tied for a seat" in describe_lot(asked.needs_lot, election)
    done = plurality(election, ballots, [3])
    assert done.elected == (0, 3) and done.rounds[0].events[-1].reason == "tie_lot"


def test_zero_vote_candidates_tied_for_a_seat_need_a_lot() -> None:
    """No shortcut when the order matters: one of two candidates with no votes will be
    elected to fill the last seat."""
    election = Election("t", ("A", "B", "C"), 2)
    asked = scottish_stv(election, ballots_of((5, "A")))  # round 2: A's surplus, exhausted
    assert asked.needs_lot == LotNeeded(3, "exclude", (1, 2), 0)
    assert scottish_stv(election, ballots_of((5, "A")), [1]).elected == (0, 2)


def test_unknown_method_and_irv_with_several_seats() -> None:
    election, ballots = read("42.blt")
    with pytest.raises(ValidationError, match="not a counting method"):
        count("borda", election, ballots)
    with pytest.raises(ValidationError, match="Instant-runoff elects one candidate"):
        count("irv", election, ballots)
    assert count("approval", election, ballots) == approval(election, ballots)


# --- hypothesis: the one-round methods and IRV against a brute-force count -----------------

@st.composite
def cases(draw: st.DrawFn, max_seats: int = 3) -> tuple[Election, list[Ballot]]:
    n = draw(st.integers(1, 6))
    seats = draw(st.integers(1, min(n, max_seats)))
    withdrawn = draw(st.frozensets(st.integers(0, n - 1), max_size=n - 1))
    rankings = st.permutations(range(n)).flatmap(
        lambda p: st.integers(0, n).map(lambda k: tuple(p[:k])))
    ballots = draw(st.lists(st.builds(Ballot, st.integers(1, 4), rankings), max_size=25))
    return Election("h", tuple("ABCDEF"[:n]), seats, withdrawn), ballots


def brute_top(election: Election, ballots: Sequence[Ballot],
              marks: Callable[[list[int]], list[int]]) -> tuple[set[int], list[int]]:
    standing = [c for c in range(len(election.candidates)) if c not in election.withdrawn]
    votes = [0] * len(election.candidates)
    for b in ballots:
        for c in marks([c for c in b.ranking if c not in election.withdrawn]):
            votes[c] += b.weight
    # a lot always chooses the lowest index: so sorting by (votes down, index) is the result
    chosen = sorted(standing, key=lambda c: (-votes[c], c))[:election.seats]
    return set(chosen), votes


@pytest.mark.parametrize(("counter", "marks"), [
    (plurality, lambda seats: lambda m: m[:1]),
    (block_vote, lambda seats: lambda m: m[:seats]),
    (approval, lambda seats: lambda m: m),
], ids=["plurality", "block", "approval"])
@settings(max_examples=150, deadline=None)
@given(case=cases())
def test_one_round_methods_match_a_brute_force_count(
        counter: Counter, marks: Callable[[int], Callable[[list[int]], list[int]]],
        case: tuple[Election, list[Ballot]]) -> None:
    election, ballots = case
    result = settle(counter, election, ballots)
    expected, votes = brute_top(election, ballots, marks(election.seats))
    assert set(result.elected) == expected
    assert result.rounds[0].votes == tuple(Fraction(v) for v in votes)


def brute_irv(election: Election, ballots: Sequence[Ballot]) -> tuple[int | None, list[int]]:
    """IRV recounting every paper from scratch each round; lots choose the lowest index."""
    out = set(election.withdrawn)
    history: list[dict[int, int]] = []
    excluded: list[int] = []
    while True:
        tally = {c: 0 for c in range(len(election.candidates)) if c not in out}
        if not tally:
            return None, excluded
        for b in ballots:
            for c in b.ranking:
                if c not in out:
                    tally[c] += b.weight
                    break
        history.append(tally)
        total = sum(tally.values())
        for c, v in tally.items():
            if 2 * v > total:
                return c, excluded
        if len(tally) == 1:
            return next(iter(tally)), excluded
        low = min(tally.values())
        tied = [c for c in tally if tally[c] == low]
        group = tied
        if low == 0 and len(tally) - len(tied) >= 1:
            group = [min(tied)]
        for past in reversed(history):
            if len(group) == 1:
                break
            least = min(past[c] for c in group)
            group = [c for c in group if past[c] == least]
        loser = min(group)
        excluded.append(loser)
        out.add(loser)


@settings(max_examples=300, deadline=None)
@given(case=cases(max_seats=1))
def test_irv_matches_a_brute_force_count(case: tuple[Election, list[Ballot]]) -> None:
    election, ballots = case
    result = settle(irv, election, ballots)
    winner, excluded = brute_irv(election, ballots)
    assert result.elected == (() if winner is None else (winner,))
    assert list(result.excluded) == excluded


# --- hypothesis: Scottish STV invariants ---------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(case=cases(max_seats=4), seed=st.integers(0, 2**32))
def test_stv_invariants(case: tuple[Election, list[Ballot]], seed: int) -> None:
    election, ballots = case
    result = settle(scottish_stv, election, ballots)
    standing = len(election.standing)
    assert len(result.elected) == min(election.seats, standing)
    assert len(set(result.elected)) == len(result.elected)
    assert not set(result.elected) & set(result.excluded)
    assert result.quota == result.valid // (election.seats + 1) + 1
    valid = sum(b.weight for b in ballots
                if any(c not in election.withdrawn for c in b.ranking))
    assert result.valid == valid
    previous = (Fraction(0), Fraction(0))
    for stage in result.rounds:
        # votes are conserved: held + non-transferable + lost to truncation = valid votes
        assert sum(stage.votes) + stage.exhausted + stage.lost == valid
        assert stage.exhausted >= previous[0] and stage.lost >= previous[1]
        assert all(v % Fraction(1, SCALE) == 0 for v in stage.votes)
        previous = (stage.exhausted, stage.lost)
        for event in stage.events:
            if event.action == "elect" and event.reason == "quota":
                assert all(stage.votes[c] >= result.quota for c in event.candidates)
    reasons = {c: e.reason for r in result.rounds for e in r.events if e.action == "elect"
               for c in e.candidates}
    assert set(reasons) == set(result.elected)
    assert set(reasons.values()) <= {"quota", "remaining"}
    # the order of the ballots cannot change anything
    shuffled = list(ballots)
    random.Random(seed).shuffle(shuffled)
    assert settle(scottish_stv, election, shuffled) == result


@settings(max_examples=200, deadline=None)
@given(case=cases(max_seats=1))
def test_stv_for_one_seat_elects_the_irv_winner(case: tuple[Election, list[Ballot]]) -> None:
    """With one seat the quota is a majority of the valid votes and no surplus moves before
    the election, so Scottish STV and IRV (a majority of the continuing votes) agree."""
    election, ballots = case
    assert settle(scottish_stv, election, ballots).elected == settle(
        irv, election, ballots).elected
