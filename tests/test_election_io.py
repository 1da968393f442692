"""A stored election's ballots to a BLT file and back (both databases): a paper election
exported and imported into a second one counts the same; export is refused while the urn is
secret; a file whose candidates differ, or a broken file, is refused naming what is wrong, and
nothing is entered."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import counting, election_io, elections, services
from coopdesk.governance.ballots import read_blt
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status

TODAY = dt.date(2026, 6, 1)
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Elena", "Cruz", "F"), ("Iván", "Poma", "M")]
# Ten ranked papers over four candidates (places on the paper): two seats by STV.
PAPERS = [[1, 2], [1, 3], [1, 2, 4], [1], [2, 1], [3, 4], [3, 4, 2], [4, 3], [2, 3], []]


@pytest.fixture
def coop(admin: UnitOfWork) -> UnitOfWork:
    """Colombian bylaws; members 1-12 active, each with one paid share."""
    services.save_bylaws(admin, dataclasses.replace(COLOMBIA))
    for first, last, sex in NAMES:
        n = members.register_member(admin, MemberInput(first, last, sex, dt.date(1980, 1, 1),
                                                       "digger", dt.date(2020, 1, 1)),
                                    Status.ACTIVE)
        shares.subscribe(admin, n, 1, dt.date(2020, 1, 1))
        shares.pay(admin, n, Decimal(10000), dt.date(2020, 1, 2))
    return admin


def _election(uow: UnitOfWork, method: str, seats: int, candidates: list[int], *,
              entry: str = elections.PAPER, title: str | None = None) -> int:
    eid = elections.create_election(uow, title or f"{method} {seats}", method, seats,
                                    entry=entry)
    elections.open_nominations(uow, eid)
    for n in candidates:
        elections.nominate(uow, eid, n, today=TODAY)
    elections.open_poll(uow, eid)
    return eid


def _closed(uow: UnitOfWork, method: str, seats: int, candidates: list[int], voters: int,
            **kw: str) -> int:
    eid = _election(uow, method, seats, candidates, **kw)
    for voter in range(1, voters + 1):
        elections.check_off(uow, eid, voter)
    elections.close_poll(uow, eid)
    return eid


def test_a_paper_election_round_trip(coop: UnitOfWork) -> None:
    first = _closed(coop, "stv", 2, [1, 2, 3, 4], 10, title="Consejo 2026")
    assert elections.enter_paper_ballots(coop, first, PAPERS) == 10
    outcome = elections.count(coop, first)
    assert outcome.status == elections.COUNTED

    text = election_io.export_blt(coop, first)
    lines = text.splitlines()
    assert lines[0] == "4 2"
    assert lines[-5:] == ['"Rosa Quispe"', '"Juan Mamani"', '"Eva Huanca"', '"Luis Condori"',
                          '"Consejo 2026"']
    assert "1 3 4 2 0" in lines and "1 0" in lines  # a ranked paper, the blank one
    election, ballots = read_blt(text.encode())
    assert sum(b.weight for b in ballots) == 10
    assert counting.count("stv", election, ballots) == outcome.result
    assert election_io.export_blt(coop, first) == text  # the same urn, the same file

    second = _closed(coop, "stv", 2, [1, 2, 3, 4], 10, title="Consejo 2026 (again)")
    assert election_io.import_blt(coop, second, text) == 10
    assert elections.election_info(coop, second).ballots == 10
    again = elections.count(coop, second)
    assert again.elected == outcome.elected and len(again.elected) == 2
    assert again.result == outcome.result and again.mismatch is None


def test_plurality_totals_are_written_with_their_weight(coop: UnitOfWork) -> None:
    eid = _closed(coop, "plurality", 1, [5, 6, 7], 9)
    elections.enter_paper_totals(coop, eid, {1: 5, 2: 1, 3: 2}, blank=1)
    elections.count(coop, eid)
    lines = election_io.export_blt(coop, eid).splitlines()
    assert lines[:6] == ["3 1", "5 1 0", "2 3 0", "1 0", "1 2 0", "0"]
    other = _closed(coop, "plurality", 1, [5, 6, 7], 9)
    assert election_io.import_blt(coop, other, "\n".join(lines)) == 9
    outcome = elections.count(coop, other)
    assert outcome.elected == (5,) and outcome.result.blank == 1


def test_export_refused_while_the_urn_is_secret(coop: UnitOfWork) -> None:
    eid = elections.create_election(coop, "Vigilancia", "plurality", 1)
    with pytest.raises(ValidationError, match="stage 'draft'") as caught:
        election_io.export_blt(coop, eid)
    assert caught.value.field == "status"
    booth = _election(coop, "plurality", 1, [1, 2], entry=elections.BOOTH)
    elections.check_off(coop, booth, 3)
    elections.cast(coop, booth, [1])
    with pytest.raises(ValidationError, match=r"stage 'poll open'.*once the poll has closed"
                       ) as caught:
        election_io.export_blt(coop, booth)
    assert caught.value.field == "status"
    elections.close_poll(coop, booth)
    assert election_io.export_blt(coop, booth).splitlines()[:3] == ["2 1", "1 1 0", "0"]


def test_import_refuses_other_candidates_and_broken_files(coop: UnitOfWork) -> None:
    first = _closed(coop, "stv", 2, [1, 2, 3, 4], 10)
    elections.enter_paper_ballots(coop, first, PAPERS)
    text = election_io.export_blt(coop, first)
    other = _closed(coop, "stv", 2, [1, 3, 2, 4], 10)  # Eva and Juan swapped on the paper
    with pytest.raises(ValidationError, match="Candidate 2 in the file is 'Juan Mamani'; on "
                       "this election's paper it is 'Eva Huanca'") as caught:
        election_io.import_blt(coop, other, text)
    assert caught.value.field == "candidates"
    fewer = _closed(coop, "stv", 2, [1, 2, 3], 10)
    with pytest.raises(ValidationError, match="The file has 4 candidates; this election has 3"):
        election_io.import_blt(coop, fewer, text)
    same = _closed(coop, "stv", 2, [1, 2, 3, 4], 10)
    # names match whatever their case
    upper = text.replace('"Rosa Quispe"', '"ROSA QUISPE"')
    broken = upper.replace("1 3 4 2 0", "1 3 x 2 0")
    with pytest.raises(ValidationError, match=r"^Line \d+: 'x' is not a whole number"):
        election_io.import_blt(coop, same, broken)
    with pytest.raises(ValidationError, match="Line 2: there is no candidate 9"):
        election_io.import_blt(coop, same, "4 2\n1 9 0\n0\n" + "\n".join(
            text.splitlines()[-5:]))
    assert elections.election_info(coop, same).ballots == 0  # nothing entered
    assert election_io.import_blt(coop, same, upper) == 10

    plural = _closed(coop, "plurality", 1, [1, 2], 3)
    with pytest.raises(ValidationError, match="Line 4: at most 1 marks on this ballot; it has "
                       "2") as caught:
        election_io.import_blt(coop, plural, '2 1\n1 1 0\n# a comment\n1 2 1 0\n0\n"Rosa '
                               'Quispe"\n"Juan Mamani"\n"t"\n')
    assert caught.value.field == "ballot"
    assert elections.election_info(coop, plural).ballots == 0


def test_import_only_into_a_closed_paper_election(coop: UnitOfWork) -> None:
    blt = '2 1\n1 1 0\n0\n"Rosa Quispe"\n"Juan Mamani"\n"t"\n'
    booth = _closed(coop, "plurality", 1, [1, 2], 0, entry=elections.BOOTH)
    with pytest.raises(ValidationError, match="cast in the booth") as caught:
        election_io.import_blt(coop, booth, blt)
    assert caught.value.field == "entry"
    open_ = _election(coop, "plurality", 1, [1, 2])
    with pytest.raises(ValidationError, match="stage 'poll open'") as caught:
        election_io.import_blt(coop, open_, blt)
    assert caught.value.field == "status"


def test_list_elections(coop: UnitOfWork) -> None:
    a = elections.create_election(coop, "Uno", "plurality", 1)
    b = elections.create_election(coop, "Dos", "stv", 2, entry=elections.PAPER)
    found = elections.list_elections(coop)
    assert [(e.id, e.title, e.status, e.entry) for e in found] == [
        (b, "Dos", elections.DRAFT, elections.PAPER), (a, "Uno", elections.DRAFT,
                                                       elections.BOOTH)]
