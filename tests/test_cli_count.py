"""``coopdesk count``: a ballot file counted from a terminal, without any cooperative file; the
winners in order, the rounds, a drawn lot asked for and then entered; bad input named."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.cli import main
from tests.test_bank_formats import SAMPLES as BANK_SAMPLES

BALLOTS = BANK_SAMPLES.parent / "ballots"


def count(*args: str) -> int:
    return main(["--lang", "en", "count", *args])


def test_winners_in_order_of_election(capsys: pytest.CaptureFixture[str]) -> None:
    assert count(str(BALLOTS / "Linn-2007.blt"), "--method", "stv", "--winners-only") == 0
    assert capsys.readouterr().out.splitlines() == [
        "David Ritchie", "Sadie Docherty", "John McKenzie", "Margot Clark"]
    assert count(str(BALLOTS / "SC.blt"), "--method", "stv", "--winners-only") == 0
    assert set(capsys.readouterr().out.splitlines()) == {
        "Tom Sevigny", "Pat LaMarche", "Rebecca Rotzler", "Steve Kramer"}


def test_the_rounds_are_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert count(str(BALLOTS / "Linn-2007.blt"), "--method", "stv") == 0
    out = capsys.readouterr().out
    assert "Quota: 1914" in out and "Round 10" in out
    assert "David Ritchie elected (reached the quota)" in out
    assert "905.13482" in out  # Esme H Clark after Ritchie's surplus, five decimals, truncated
    assert out.rstrip().endswith("4. Margot Clark")


def test_a_tie_asks_for_a_lot_then_takes_it(capsys: pytest.CaptureFixture[str]) -> None:
    gnome = str(BALLOTS / "gnome_26.blt")
    assert count(gnome, "--method", "stv", "--winners-only") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Carlos Soriano, Federico Mena Quintero have equal surpluses" in captured.err
    assert count(gnome, "--method", "stv", "--winners-only", "--lot", "carlos soriano") == 0
    assert set(capsys.readouterr().out.splitlines()) == {
        "Allan Day", "Carlos Soriano", "Ekaterina Gerasimova", "Federico Mena Quintero",
        "Nuritzi Sanchez", "Philip Chimento", "Robert McQueen"}


def test_bad_input_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert count(str(BALLOTS / "SC.blt"), "--method", "stv", "--lot", "Nobody") == 1
    assert "--lot" in capsys.readouterr().err
    broken = tmp_path / "broken.blt"
    broken.write_text("3 2\n1 1 9 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n", encoding="utf-8")
    assert count(str(broken), "--method", "stv") == 1
    assert "Line 2" in capsys.readouterr().err
    assert count(str(tmp_path / "none.blt"), "--method", "irv") == 1
    assert "cannot be read" in capsys.readouterr().err
