"""The bylaws in plain sentences (every section, both presets, the odd rules a cooperative may
write) and shares typed by a person: exact, in every common way, and refused naming the field."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.i18n import set_language
from coopdesk.governance.bylaws import (
    Base,
    Bylaws,
    DecisionType,
    Eligibility,
    Majority,
    MeetingKind,
    Notice,
    Position,
    Proxies,
    QuorumRule,
    TieStep,
)
from coopdesk.governance.bylaws_text import (
    describe,
    describe_text,
    parse_optional_share,
    parse_share,
    share_text,
    share_words,
)
from coopdesk.governance.presets import COLOMBIA, OHADA

ORD = MeetingKind.ORDINARY
EXT = MeetingKind.EXTRAORDINARY


def sections(b: Bylaws) -> dict[str, list[str]]:
    return dict(describe(b))


def test_colombia_in_sentences() -> None:
    s = sections(COLOMBIA)
    assert list(s) == ["Quorum", "Majorities", "Notice", "Board", "Candidates", "Proxies",
                       "Ties", "Grievances", "Source"]
    assert s["Quorum"][0] == ("Ordinary general assembly: at least half of the members at "
                              "first call; after 60 minutes, one tenth, and never fewer "
                              "than 10.")
    assert ("Ordinary general assembly of delegates: at least half of the delegates at any "
            "call.") in s["Quorum"]
    assert ("Management committee: more than half of the members of the committee, at every "
            "call.") in s["Quorum"]
    assert s["Majorities"][0] == ("Ordinary decision: more than half of the members present "
                                  "or represented.")
    assert ("Amendment of the bylaws: at least two thirds of the members present or "
            "represented.") in s["Majorities"]
    assert len(s["Majorities"]) == len(DecisionType)
    assert s["Notice"][0] == "Ordinary general assembly: at least 10 business days of notice."
    assert "Management committee: at least 2 days of notice." in s["Notice"]
    assert s["Board"][0] == ("Consejo de Administración: 5 seats, terms of 24 months, no limit "
                             "on terms in a row. Sits on the management committee.")
    assert s["Board"][-1] == "No minimum number of women on the board."
    assert s["Candidates"] == [
        "A candidate must be an active member.",
        "A candidate must have paid up the shares they subscribed.",
        "A candidate must have been a member for at least 12 months."]
    assert s["Proxies"] == ["No proxies: members vote in person."]
    assert s["Ties"][1:] == ["1. Votes at an earlier stage of the count",
                             "2. Longer membership", "3. A drawn lot"]
    assert s["Grievances"] == ["The register of grievances is kept and read by: President, "
                               "Secretary, Supervisory committee."]
    assert s["Source"] == [COLOMBIA.source]


def test_ohada_second_convocation_and_proxies() -> None:
    s = sections(OHADA)
    assert s["Quorum"][0] == ("Ordinary general assembly: at least one quarter of the members "
                              "at first call; at a second convocation, any number present.")
    assert s["Quorum"][1] == ("Extraordinary general assembly: at least half of the members at "
                              "first call; at a second convocation, one quarter.")
    assert "Members represented by a proxy count towards the quorum." in s["Quorum"]
    assert s["Proxies"] == ["A member may represent one other member by proxy, no more."]
    assert "Ordinary general assembly: at least 15 days of notice." in s["Notice"]
    assert s["Ties"][2] == "2. Older member"


def test_unusual_rules_in_sentences() -> None:
    b = dataclasses.replace(
        COLOMBIA,
        quorum={ORD: QuorumRule(Fraction(3, 5), strict=True, second_share=Fraction(3, 20),
                                second_min=0, second_after_minutes=30),
                EXT: QuorumRule(Fraction(1), second_share=Fraction(0), second_min=5,
                                second_after_minutes=None)},
        majorities={DecisionType.ORDINARY: Majority(Fraction(51, 100), False, Base.VALID),
                    DecisionType.DISSOLUTION: Majority(Fraction(7, 12), True, Base.ENTITLED)},
        notice={ORD: Notice(0), EXT: Notice(1, business_days=True)},
        positions=(Position("Presidency", 1, 1, term_limit=1),
                   Position("Board", 4, 36, term_limit=2, committee=MeetingKind.MANAGEMENT)),
        eligibility=Eligibility(active=False, shares_paid=False, min_months=0),
        min_women=2, proxies=Proxies(True, 3, count_for_quorum=False),
        tie_break=(TieStep.LOT,), source=" ", grievance_roles=())
    s = sections(b)
    assert s["Quorum"][0] == ("Ordinary general assembly: more than three fifths of the members "
                              "at first call; after 30 minutes, more than 15 %.")
    assert s["Quorum"][1] == ("Extraordinary general assembly: all the members at first call; "
                              "at a second convocation, any number present, and never fewer "
                              "than 5.")
    assert "No quorum is set for: Management committee, Supervisory committee." in s["Quorum"]
    assert "Members represented by a proxy do not count towards the quorum." in s["Quorum"]
    assert s["Majorities"][0] == "Ordinary decision: at least 51 % of the valid ballots."
    assert s["Majorities"][1] == "Amendment of the bylaws: no majority is set."
    assert ("Dissolution: more than 7/12 of the members entitled to vote."
            in s["Majorities"])
    assert s["Notice"][:3] == ["Ordinary general assembly: no notice needed.",
                               "Extraordinary general assembly: at least 1 business day of "
                               "notice.", "Management committee: no notice period is set."]
    assert s["Board"] == ["Presidency: 1 seat, terms of 1 month, at most 1 term in a row.",
                          "Board: 4 seats, terms of 36 months, at most 2 terms in a row. Sits "
                          "on the management committee.",
                          "At least 2 women on the board."]
    assert s["Candidates"] == ["Any member may stand."]
    assert s["Proxies"] == ["A member may hold at most 3 proxies."]
    assert s["Ties"] == ["A tie is settled by these steps, in order:", "1. A drawn lot"]
    assert s["Grievances"] == ["Nobody is named to keep the register of grievances."]
    assert "Source" not in s


def test_describe_text_and_another_language() -> None:
    text = describe_text(OHADA)
    assert text.splitlines()[:3] == ["Bylaws: ohada", "", "Quorum"]
    assert "\nTies\n  A tie is settled by these steps, in order:\n  1. " in text
    set_language("es")
    try:
        s = describe(COLOMBIA)
        assert len(s) == 9
        assert s[0][1][0].startswith("Asamblea general ordinaria: ")
        assert "2. Mayor antigüedad como asociado" in s[6][1]
    finally:
        set_language("en")


@pytest.mark.parametrize("f, words", [
    (Fraction(1, 2), "half"), (Fraction(2, 3), "two thirds"), (Fraction(1, 10), "one tenth"),
    (Fraction(3, 4), "three quarters"), (Fraction(1), "all"), (Fraction(51, 100), "51 %"),
    (Fraction(67, 200), "33.5 %"), (Fraction(7, 12), "7/12"), (Fraction(0), "0 %")])
def test_share_words(f: Fraction, words: str) -> None:
    assert share_words(f) == words


@pytest.mark.parametrize("text, value", [
    ("1/2", Fraction(1, 2)), ("2/3", Fraction(2, 3)), ("50%", Fraction(1, 2)),
    ("50 %", Fraction(1, 2)), ("66.67%", Fraction(6667, 10000)), ("0.5", Fraction(1, 2)),
    ("0,5", Fraction(1, 2)), (".25", Fraction(1, 4)), (" 1 ", Fraction(1)), ("0", Fraction(0)),
    ("10/100", Fraction(1, 10)), ("100%", Fraction(1))])
def test_parse_share(text: str, value: Fraction) -> None:
    assert parse_share(text) == value
    assert parse_share(share_text(value)) == value


@pytest.mark.parametrize("text", ["half", "3/2", "1/0", "-1/2", "150%", "1.5", "", "50%%",
                                  "1/2/3", "0.5.1", "1e-1"])
def test_parse_share_refuses_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_share(text, "quorum.ordinary_assembly.first_share", "First call")
    assert exc.value.field == "quorum.ordinary_assembly.first_share"
    assert exc.value.message.startswith("First call: ")
    assert "1/2, 50 % or 0.5" in exc.value.message


def test_optional_share() -> None:
    assert parse_optional_share("  ") is None
    assert parse_optional_share("1/4") == Fraction(1, 4)
    assert share_text(None) == ""
    with pytest.raises(ValidationError) as exc:
        parse_optional_share("x", "delegates")
    assert exc.value.field == "delegates"
