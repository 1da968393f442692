"""The bylaws' rules: quorum at first and second call, exact majorities, eligibility, the board's
women, notice, the tie-break cascade, the presets, storage, and by property that more yes votes
never undo a decision and more members present never lose a quorum."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.core.errors import ValidationError
from coopdesk.governance.bylaws import (
    Base,
    Bylaws,
    DecisionType,
    Majority,
    MeetingKind,
    MemberFacts,
    Position,
    Proxies,
    QuorumRule,
    TieFacts,
    TieOrder,
    TieStep,
    board_gender_ok,
    break_tie,
    check_bylaws,
    decide,
    eligible_candidate,
    notice_ok,
    quorum,
)
from coopdesk.governance.counting import LotNeeded
from coopdesk.governance.presets import COLOMBIA, OHADA, PRESETS

D = DecisionType
ORD = MeetingKind.ORDINARY
EXT = MeetingKind.EXTRAORDINARY


def with_majority(b: Bylaws, dtype: DecisionType, m: Majority) -> Bylaws:
    return dataclasses.replace(b, majorities={**b.majorities, dtype: m})


def fields(b: Bylaws) -> set[str]:
    return {f for f, _m in check_bylaws(b)}


# --- presets and storage -------------------------------------------------------------------

@pytest.mark.parametrize("name", list(PRESETS))
def test_presets_pass_their_check_and_round_trip_through_json(name: str) -> None:
    b = PRESETS[name]
    assert check_bylaws(b) == []
    stored = json.loads(json.dumps(b.to_dict()))
    assert Bylaws.from_dict(stored) == b
    assert Bylaws.from_dict(stored).to_dict() == b.to_dict()


def test_check_names_the_field_of_each_nonsense() -> None:
    q = COLOMBIA.quorum[ORD]
    bad = dataclasses.replace(
        COLOMBIA,
        name=" ",
        quorum={**COLOMBIA.quorum, ORD: dataclasses.replace(q, first_share=Fraction(3, 2))},
        positions=(Position("Consejo", 0, 24), Position("Junta", 3, 24, term_limit=-1)),
        tie_break=(TieStep.EARLIER_STAGE, TieStep.SENIORITY),
    )
    got = fields(bad)
    assert {"name", "quorum.ordinary_assembly.first_share", "positions.1.seats",
            "positions.2.term_limit", "tie_break"} <= got


@pytest.mark.parametrize("change, field", [
    ({"tie_break": (TieStep.LOT, TieStep.AGE)}, "tie_break"),
    ({"tie_break": (TieStep.AGE, TieStep.AGE, TieStep.LOT)}, "tie_break"),
    ({"tie_break": ()}, "tie_break"),
    ({"min_women": 9}, "min_women"),
    ({"min_women": -1}, "min_women"),
    ({"proxies": Proxies(True, 0)}, "proxies.max_per_member"),
    ({"positions": (Position("A", 1, 0),)}, "positions.1.term_months"),
    ({"positions": (Position("A", 1, 12), Position("a", 1, 12))}, "positions.2.name"),
])
def test_check_refuses(change: dict[str, object], field: str) -> None:
    assert field in fields(dataclasses.replace(COLOMBIA, **change))  # type: ignore[arg-type]


def test_check_refuses_bad_quorum_and_majority_rules() -> None:
    q = QuorumRule(Fraction(1, 4), second_share=Fraction(1, 2), second_min=-1)
    m = Majority(Fraction(1), True, Base.CAST)   # "more than all" cannot pass
    b = with_majority(dataclasses.replace(COLOMBIA, quorum={**COLOMBIA.quorum, EXT: q}),
                      D.BYLAWS, m)
    got = fields(b)
    assert {"quorum.extraordinary_assembly.second_share",
            "quorum.extraordinary_assembly.second_min", "majorities.bylaws_amendment"} <= got
    missing = dataclasses.replace(COLOMBIA, majorities={}, notice={})
    assert "majorities.dissolution" in fields(missing)
    assert "notice.supervisory_committee" in fields(missing)


# --- quorum --------------------------------------------------------------------------------

def test_colombia_first_call_needs_half_and_says_how_many_are_missing() -> None:
    s = quorum(COLOMBIA, ORD, eligible=200, present=88, proxies=0, minutes_since_start=10)
    assert (s.required, s.missing, s.reached, s.call) == (100, 12, False, "first")
    assert s.message.startswith("12 more members needed.")
    assert "after 60 minutes, 20 will be enough" in s.message
    assert quorum(COLOMBIA, ORD, 201, 101, 0, 0).required == 101   # half of 201, rounded up
    assert quorum(COLOMBIA, ORD, 200, 100, 0, 0).reached


def test_colombia_second_call_after_an_hour_ten_percent_never_fewer_than_ten() -> None:
    s = quorum(COLOMBIA, ORD, eligible=200, present=20, proxies=0, minutes_since_start=60)
    assert (s.required, s.reached, s.call) == (20, True, "second")
    small = quorum(COLOMBIA, ORD, eligible=40, present=9, proxies=0, minutes_since_start=75)
    assert (small.required, small.missing, small.message) == (10, 1, "1 more member needed.")
    assert quorum(COLOMBIA, ORD, 200, 20, 0, 59).call == "first"
    # 14 members: half (7) at first call; the second call's minimum of 10 does not raise it.
    tiny = quorum(COLOMBIA, ORD, eligible=14, present=7, proxies=0, minutes_since_start=90)
    assert (tiny.required, tiny.reached) == (7, True)


def test_delegates_assembly_counts_delegates_and_has_no_lower_second_call() -> None:
    s = quorum(COLOMBIA, ORD, eligible=900, present=14, proxies=0, minutes_since_start=90,
               delegates=30)
    assert (s.required, s.missing, s.call) == (15, 1, "first")
    assert "delegate" in s.message


def test_ohada_second_convocation_and_proxies() -> None:
    s = quorum(OHADA, ORD, eligible=100, present=20, proxies=4, minutes_since_start=0)
    assert (s.required, s.present_with_proxies, s.reached) == (25, 24, False)
    assert quorum(OHADA, ORD, 100, 20, 5, 0).reached
    # Waiting does not lower it; a second convocation needs no quorum (one person in the room).
    assert quorum(OHADA, ORD, 100, 3, 0, 600).call == "first"
    again = quorum(OHADA, ORD, 100, 3, 0, 0, reconvened=True)
    assert (again.required, again.reached, again.call) == (1, True, "second")
    assert quorum(OHADA, EXT, 100, 25, 0, 0, reconvened=True).reached
    with pytest.raises(ValidationError):   # one proxy each at most
        quorum(OHADA, ORD, 100, 3, 4, 0)


def test_proxies_do_not_count_where_the_bylaws_forbid_them() -> None:
    assert quorum(COLOMBIA, ORD, 100, 49, 0, 0).present_with_proxies == 49
    assert not quorum(COLOMBIA, ORD, 100, 49, 5, 0).reached


def test_committee_majority_of_members_and_impossible_counts() -> None:
    assert quorum(COLOMBIA, MeetingKind.MANAGEMENT, 4, 2, 0, 0).required == 3
    assert quorum(COLOMBIA, MeetingKind.MANAGEMENT, 5, 3, 0, 0).reached
    with pytest.raises(ValidationError):
        quorum(COLOMBIA, ORD, 10, 11, 0, 0)
    empty = quorum(COLOMBIA, ORD, 0, 0, 0, 0)
    assert not empty.reached


@given(st.integers(1, 500), st.data())
def test_quorum_is_monotonic_in_present(eligible: int, data: st.DataObject) -> None:
    b = data.draw(st.sampled_from([COLOMBIA, OHADA]))
    kind = data.draw(st.sampled_from(list(MeetingKind)))
    minutes = data.draw(st.integers(0, 200))
    reconvened = data.draw(st.booleans())
    low = data.draw(st.integers(0, eligible))
    high = data.draw(st.integers(low, eligible))
    a = quorum(b, kind, eligible, low, 0, minutes, reconvened=reconvened)
    c = quorum(b, kind, eligible, high, 0, minutes, reconvened=reconvened)
    assert a.required == c.required
    assert c.missing <= a.missing
    assert c.reached or not a.reached


# --- decisions -----------------------------------------------------------------------------

def test_two_thirds_of_thirty_present_is_twenty() -> None:
    d = decide(COLOMBIA, D.BYLAWS, yes=20, no=10, abstain=0, invalid=0, entitled=40, present=30)
    assert d.passed and d.needed == 20 and d.fewest == 20 and d.base == 30
    assert "at least two thirds" in d.explanation
    assert not decide(COLOMBIA, D.BYLAWS, 19, 10, 1, 0, 40, present=30).passed
    odd = decide(COLOMBIA, D.BYLAWS, 21, 10, 0, 0, 40, present=31)
    assert odd.needed == Fraction(62, 3) and odd.fewest == 21 and odd.passed


def test_fifteen_of_thirty_is_not_more_than_half() -> None:
    d = decide(COLOMBIA, D.ORDINARY, 15, 15, 0, 0, 40, present=30)
    assert not d.passed and d.needed == 15 and d.fewest == 16
    assert "more than half" in d.explanation
    assert decide(COLOMBIA, D.ORDINARY, 16, 14, 0, 0, 40, present=30).passed


def test_abstentions_in_or_out_of_the_base() -> None:
    out = with_majority(COLOMBIA, D.ORDINARY, Majority(Fraction(1, 2), True, Base.YES_NO))
    inside = with_majority(COLOMBIA, D.ORDINARY,
                           Majority(Fraction(1, 2), True, Base.YES_NO_ABSTAIN))
    assert decide(out, D.ORDINARY, 12, 10, 8, 0, 50).passed
    d = decide(inside, D.ORDINARY, 12, 10, 8, 0, 50)
    assert not d.passed and d.base == 30 and d.fewest == 16


def test_every_base() -> None:
    counts = {"yes": 10, "no": 4, "abstain": 3, "invalid": 2, "entitled": 40}
    bases = {Base.YES_NO: 14, Base.YES_NO_ABSTAIN: 17, Base.VALID: 17, Base.CAST: 19,
             Base.PRESENT: 25, Base.ENTITLED: 40}
    for base, expected in bases.items():
        b = with_majority(COLOMBIA, D.ORDINARY, Majority(Fraction(1, 2), False, base))
        d = decide(b, D.ORDINARY, **counts, present=25)
        assert d.base == expected
        assert d.passed == (expected <= 2 * 10)


def test_nobody_voting_passes_nothing_and_bad_counts_are_refused() -> None:
    at_least = with_majority(COLOMBIA, D.ORDINARY, Majority(Fraction(1, 2), False, Base.YES_NO))
    assert not decide(at_least, D.ORDINARY, 0, 0, 5, 0, 10).passed
    with pytest.raises(ValidationError):
        decide(COLOMBIA, D.ORDINARY, 5, 0, 0, 0, 10)          # base is those present
    with pytest.raises(ValidationError):
        decide(COLOMBIA, D.ORDINARY, 5, 6, 0, 0, 10, present=8)
    with pytest.raises(ValidationError):
        decide(COLOMBIA, D.ORDINARY, -1, 0, 0, 0, 10, present=8)


@given(st.sampled_from(list(Base)), st.sampled_from([Fraction(1, 2), Fraction(2, 3),
                                                     Fraction(3, 4), Fraction(1)]),
       st.booleans(), st.integers(0, 60), st.integers(0, 60), st.integers(0, 60),
       st.integers(0, 60), st.integers(0, 30))
def test_more_yes_never_undoes_a_decision(base: Base, fraction: Fraction, strict: bool,
                                          yes: int, no: int, abstain: int, invalid: int,
                                          more: int) -> None:
    if strict and fraction == 1:
        strict = False
    b = with_majority(OHADA, D.ORDINARY, Majority(fraction, strict, base))
    entitled = present = 300
    before = decide(b, D.ORDINARY, yes, no, abstain, invalid, entitled, present)
    after = decide(b, D.ORDINARY, yes + more, no, abstain, invalid, entitled, present)
    assert after.passed or not before.passed
    assert before.passed == (before.base > 0 and (
        yes > before.needed if strict else yes >= before.needed))


# --- candidates, board, notice -------------------------------------------------------------

def test_candidate_eligibility_gives_every_reason() -> None:
    ok = MemberFacts("active", True, 30, "F")
    assert eligible_candidate(COLOMBIA, ok) == []
    reasons = eligible_candidate(COLOMBIA, MemberFacts("suspended", False, 5, "M"))
    assert reasons == ["Not an active member.", "Shares not paid up.",
                       "A member for 5 months; the bylaws require at least 12."]
    limited = dataclasses.replace(COLOMBIA, positions=(Position("Consejo", 5, 24, 2),))
    assert eligible_candidate(limited, dataclasses.replace(ok, consecutive_terms=1),
                              "Consejo") == []
    assert len(eligible_candidate(limited, dataclasses.replace(ok, consecutive_terms=2),
                                  "Consejo")) == 1
    assert eligible_candidate(limited, ok, "Tesorería") != []


def test_board_needs_its_minimum_of_women() -> None:
    assert board_gender_ok(COLOMBIA, ["M", "M", "M"]) is None
    b = dataclasses.replace(COLOMBIA, min_women=2)
    assert board_gender_ok(b, ["F", "M", "F", "M", None]) is None
    problem = board_gender_ok(b, ["F", "M", "M", "M", "M"])
    assert problem is not None and "board: 1;" in problem and "at least 2" in problem


def test_notice_in_calendar_and_business_days() -> None:
    meeting = dt.date(2025, 3, 29)
    assert notice_ok(OHADA, ORD, dt.date(2025, 3, 14), meeting) is None          # 15 days
    late = notice_ok(OHADA, ORD, dt.date(2025, 3, 15), meeting)
    assert late is not None and "14" in late
    # Colombia: 10 business days. Friday 14 March to Friday 28 March gives 10.
    assert notice_ok(COLOMBIA, ORD, dt.date(2025, 3, 14), dt.date(2025, 3, 28)) is None
    holiday = notice_ok(COLOMBIA, ORD, dt.date(2025, 3, 14), dt.date(2025, 3, 28),
                        holidays=[dt.date(2025, 3, 24)])
    assert holiday is not None and "gives 9" in holiday
    assert notice_ok(COLOMBIA, ORD, dt.date(2025, 3, 28), dt.date(2025, 3, 14)) is not None


# --- ties ----------------------------------------------------------------------------------

def test_tie_looks_back_like_the_count_then_seniority() -> None:
    facts = {0: TieFacts(joined=dt.date(2010, 1, 1), stages=(5, 7)),
             1: TieFacts(joined=dt.date(2015, 1, 1), stages=(6, 7)),
             2: TieFacts(joined=dt.date(2005, 1, 1), stages=(6, 7))}
    got = break_tie(COLOMBIA, [0, 1, 2], facts)
    assert isinstance(got, TieOrder)
    # Equal at the last stage; at the first, 1 and 2 beat 0; seniority puts 2 before 1.
    assert got.order == (2, 1, 0)
    assert got.decided_by == (TieStep.EARLIER_STAGE, TieStep.SENIORITY)
    assert got.lots_used == 0


def test_a_lot_is_asked_for_only_when_the_steps_do_not_separate() -> None:
    same = TieFacts(born=dt.date(1980, 5, 1), stages=(4,))
    facts = {0: same, 1: same, 2: TieFacts(born=dt.date(1970, 1, 1), stages=(4,))}
    # One seat: the older candidate 2 takes it; 0 and 1 need not be separated.
    one = break_tie(OHADA, [0, 1, 2], facts, places=1)
    assert isinstance(one, TieOrder) and one.order[0] == 2 and one.tied == ((0, 1),)
    need = break_tie(OHADA, [0, 1, 2], facts, places=2)
    assert need == LotNeeded(0, "elect", (0, 1), 0)
    done = break_tie(OHADA, [0, 1, 2], facts, [1], places=2)
    assert isinstance(done, TieOrder) and done.order == (2, 1, 0)
    assert done.decided_by == (TieStep.AGE, TieStep.LOT) and done.lots_used == 1
    with pytest.raises(ValidationError):
        break_tie(OHADA, [0, 1, 2], facts, [2], places=2)


def test_exclusion_lot_chooses_who_goes_last() -> None:
    facts = {c: TieFacts() for c in range(3)}
    b = dataclasses.replace(OHADA, tie_break=(TieStep.LOT,))
    need = break_tie(b, [0, 1, 2], facts, places=2, purpose="exclude", round_no=4)
    assert need == LotNeeded(4, "exclude", (0, 1, 2), 0)
    done = break_tie(b, [0, 1, 2], facts, [1], places=2, purpose="exclude", round_no=4)
    assert isinstance(done, TieOrder) and done.order[-1] == 1


def test_missing_facts_skip_a_step_and_are_reported() -> None:
    facts = {0: TieFacts(joined=dt.date(2010, 1, 1)), 1: TieFacts()}
    b = dataclasses.replace(COLOMBIA, tie_break=(TieStep.SENIORITY, TieStep.FIRST_PREFERENCES,
                                                 TieStep.LOT))
    got = break_tie(b, [0, 1], {**facts, 1: TieFacts(first_preferences=3),
                                0: TieFacts(joined=dt.date(2010, 1, 1), first_preferences=9)})
    assert isinstance(got, TieOrder) and got.order == (0, 1)
    assert (1, TieStep.SENIORITY) in got.unknown
    assert isinstance(break_tie(b, [0, 1], facts), LotNeeded)


@pytest.mark.parametrize("damage", [
    lambda d: d["majorities"]["ordinary"].pop("base"),
    lambda d: d["quorum"]["ordinary_assembly"].update(first_share="half"),
    lambda d: d.update(positions="board"),
    lambda d: d["positions"][0].update(seats="five"),
])
def test_damaged_stored_bylaws_are_refused_not_half_read(damage: object) -> None:
    stored = json.loads(json.dumps(COLOMBIA.to_dict()))
    damage(stored)  # type: ignore[operator]
    with pytest.raises(ValidationError, match="damaged"):
        Bylaws.from_dict(stored)
