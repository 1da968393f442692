"""Reading and writing BLT ballot files: every sample of shared/samples/ballots (copied byte for
byte into tests/fixtures/samples/ballots with their attribution), round trips, the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.core.errors import ValidationError
from coopdesk.governance.ballots import Ballot, Election, check_ballots, read_blt, write_blt

SAMPLES = Path(__file__).resolve().parent / "fixtures" / "samples" / "ballots"


def read(name: str) -> tuple[Election, list[Ballot]]:
    return read_blt((SAMPLES / name).read_bytes())


def first_preferences(ballots: list[Ballot], candidate: int) -> int:
    return sum(b.weight for b in ballots if b.ranking[:1] == (candidate,))


# (file, title, candidates, seats, withdrawn, ballot lines, papers)
EXPECTED = [
    ("42.blt", "Pollux and Helen should tie", 3, 2, frozenset(), 2, 6),
    ("SC.blt", "GPUS Steering Committee Election 2005-07-24", 13, 4, frozenset(), 94, 94),
    ("Linn-2007.blt", "LINN", 11, 4, frozenset(), 2522, 9567),
    ("maemo.blt", "Community Council Election Q1 2018", 5, 3, frozenset(), 51, 51),
    ("gnome_26.blt", "2018 Spring Board of Directors Election", 11, 7, frozenset(), 134, 135),
    ("atwood_so.blt", "Gardening Club Election", 4, 2, frozenset({1}), 10, 10),
]


def test_every_sample_is_covered() -> None:
    assert {p.name for p in SAMPLES.glob("*.blt")} == {e[0] for e in EXPECTED}


@pytest.mark.parametrize(("name", "title", "count", "seats", "withdrawn", "lines", "papers"),
                         EXPECTED, ids=[e[0] for e in EXPECTED])
def test_sample(name: str, title: str, count: int, seats: int, withdrawn: frozenset[int],
                lines: int, papers: int) -> None:
    election, ballots = read(name)
    assert election.title == title
    assert len(election.candidates) == count
    assert election.seats == seats
    assert election.withdrawn == withdrawn
    assert len(ballots) == lines
    assert sum(b.weight for b in ballots) == papers


def test_atwood_comments_indentation_and_withdrawal() -> None:
    election, ballots = read("atwood_so.blt")
    assert election.candidates == ("Amy", "Bob", "Chuck", "Diane")
    assert election.withdrawn == frozenset({1})
    assert election.standing == (0, 2, 3)
    assert first_preferences(ballots, 0) == 3
    assert ballots[0] == Ballot(1, (3, 0, 2, 1))


def test_maemo_utf8_names_and_blank_ballots() -> None:
    election, ballots = read("maemo.blt")
    assert "mosen (Timo Könnecke)" in election.candidates
    juiceme = election.candidates.index("juiceme (Jussi Ohenoja)")
    assert first_preferences(ballots, juiceme) == 31
    assert sum(b.weight for b in ballots if not b.ranking) == 4


def test_linn_weighted_lines() -> None:
    election, ballots = read("Linn-2007.blt")
    assert ballots[0] == Ballot(295, (0,))
    assert election.candidates[6] == "David Ritchie"
    assert first_preferences(ballots, 6) == 2043


@pytest.mark.parametrize("name", ["42.blt", "Linn-2007.blt", "maemo.blt", "gnome_26.blt"])
def test_written_back_identically(name: str) -> None:
    data = (SAMPLES / name).read_bytes()
    assert write_blt(*read_blt(data)) == data


def test_sc_written_back_with_a_final_newline() -> None:
    data = (SAMPLES / "SC.blt").read_bytes()
    assert not data.endswith(b"\n")
    assert write_blt(*read_blt(data)) == data + b"\n"


def test_atwood_written_plainly_and_read_back() -> None:
    election, ballots = read("atwood_so.blt")
    out = write_blt(election, ballots)
    assert b"#" not in out
    assert out.splitlines()[:2] == [b"4 2", b"-2"]
    assert read_blt(out) == (election, ballots)


HEAD = '3 1\n1 1 2 0\n0\n"A"\n"B"\n"C"\n"T"\n'
BROKEN = [
    ("", None, "empty"),
    ("3\n", 1, "number of candidates and of seats"),
    ("3 x\n", 1, "'x' is not a whole number"),
    ("3 4\n", 1, "between 1 and the number of candidates"),
    ("3 1\n\n# c\n1 1 2\n0\n", 4, "must end with 0"),
    ("3 1\n1 1 4 0\n0\n", 2, "no candidate 4"),
    ("3 1\n1 1 2 1 0\n0\n", 2, "marked twice"),
    ("3 1\n0 1 0\n0\n", 2, "weight of a ballot"),
    ("3 1\n1 1=2 0\n0\n", 2, "equal rankings"),
    ("3 1\n1 1 0\n-2\n0\n", 3, "withdrawn"),
    ("3 1\n-5\n0\n", 2, "no candidate 5 to withdraw"),
    ("3 1\n1 1 0\n", None, "ends before the end-of-ballots"),
    ('3 1\n1 1 0\n"A"\n', 3, "before the end-of-ballots"),
    ('3 1\n1 1 0\n0\n"A"\n"B"\n', None, "names 2 of its 3 candidates"),
    ('3 1\n1 1 0\n0\n"A"\nB\n"C"\n"T"\n', 5, "double quotes"),
    ('3 1\n1 1 0\n0\n"A"\n"B"\n"C"\n"T"\n"more"\n', 8, "after the title"),
    ('3 1\n1 1 0\n0\n"A"\n"A"\n"C"\n"T"\n', 5, "two candidates are named 'A'"),
]


@pytest.mark.parametrize(("text", "line", "words"), BROKEN, ids=[b[2] for b in BROKEN])
def test_a_broken_file_names_the_line_and_the_fault(text: str, line: int | None,
                                                    words: str) -> None:
    with pytest.raises(ValidationError) as info:
        read_blt(text.encode())
    message = str(info.value)
    assert words in message
    if line is not None:
        assert message.startswith(f"Line {line}:")


def test_not_utf8() -> None:
    with pytest.raises(ValidationError, match="Line 5: the file is not UTF-8"):
        read_blt(HEAD.replace('"B"', '"\xe9"').encode("latin-1"))


def test_hash_inside_a_name_is_text_and_title_may_be_missing() -> None:
    election, _ = read_blt(b'2 1\n1 1 0\n0\n"C# team" # comment\n"B"\n')
    assert election.candidates == ("C# team", "B")
    assert election.title == ""


def test_writer_refuses_what_it_cannot_write() -> None:
    election = Election('Say "yes"', ("A", "B"), 1)
    with pytest.raises(ValidationError, match="double quote"):
        write_blt(election, [])
    with pytest.raises(ValidationError, match="Ballot 1: there is no candidate 3"):
        write_blt(Election("T", ("A", "B"), 1), [Ballot(1, (2,))])
    with pytest.raises(ValidationError, match="marked twice"):
        check_ballots(Election("T", ("A", "B"), 1), [Ballot(1, (0, 0))])
    with pytest.raises(ValidationError, match="weight"):
        check_ballots(Election("T", ("A", "B"), 1), [Ballot(0, (0,))])


@st.composite
def elections(draw: st.DrawFn) -> tuple[Election, list[Ballot]]:
    n = draw(st.integers(1, 8))
    names = draw(st.lists(st.text(st.characters(blacklist_characters='"\r\n',
                                                blacklist_categories=("Cs",)),
                                  max_size=12), min_size=n, max_size=n, unique=True))
    seats = draw(st.integers(1, n))
    withdrawn = draw(st.frozensets(st.integers(0, n - 1)))
    ballots = draw(st.lists(st.builds(
        Ballot, st.integers(1, 1000),
        st.permutations(range(n)).flatmap(lambda p: st.integers(0, n).map(lambda k: p[:k]))
        .map(tuple)), max_size=20))
    title = draw(st.text(st.characters(blacklist_characters='"\r\n',
                                       blacklist_categories=("Cs",)),
                         max_size=20))
    return Election(title, tuple(names), seats, withdrawn), ballots


@settings(max_examples=200, deadline=None)
@given(elections())
def test_round_trip(case: tuple[Election, list[Ballot]]) -> None:
    election, ballots = case
    data = write_blt(election, ballots)
    assert read_blt(data) == (election, ballots)
    assert write_blt(*read_blt(data)) == data
