"""An election's papers: the results sheet (PDF and Excel, read back) of a counted election with
several rounds and a drawn lot, and numbered paper ballots to print; refusals name the field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coopdesk.core.errors import ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import election_reports, elections, services
from coopdesk.governance.presets import COLOMBIA
from coopdesk.members import services as members
from coopdesk.members import shares
from coopdesk.members.rules import MemberInput, Status
from coopdesk.reports.document import Chart, KeyValues, PageBreak, Paragraph, Signatures, Table
from coopdesk.reports.output import export

TODAY = dt.date(2026, 6, 1)
NAMES = [("Rosa", "Quispe", "F"), ("Juan", "Mamani", "M"), ("Eva", "Huanca", "F"),
         ("Luis", "Condori", "M"), ("Carmen", "Ticona", "F"), ("Marco", "Choque", "M"),
         ("Julia", "Limachi", "F"), ("Hugo", "Vargas", "M"), ("Nora", "Apaza", "F"),
         ("Raúl", "Flores", "M"), ("Elena", "Cruz", "F"), ("Iván", "Poma", "M")]
# Two seats among five by STV: Rosa has a surplus (transferred at a fraction of a vote), then
# Luis and Carmen go out, and Juan is elected.
PAPERS = ([[1, 2, 3]] * 5 + [[1, 3, 2]] * 2 + [[2, 1]] * 2 + [[3, 2]] * 2 + [[4, 3]] +
          [[5, 2]] * 2 + [[]])


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


def _closed(uow: UnitOfWork, method: str, seats: int, candidates: list[int], voters: int,
            title: str) -> int:
    eid = elections.create_election(uow, title, method, seats, entry=elections.PAPER)
    elections.open_nominations(uow, eid)
    for n in candidates:
        elections.nominate(uow, eid, n, today=TODAY)
    elections.open_poll(uow, eid)
    for voter in range(1, voters + 1):
        elections.check_off(uow, eid, voter)
    elections.close_poll(uow, eid)
    return eid


def _stv(uow: UnitOfWork) -> int:
    eid = _closed(uow, "stv", 2, [1, 2, 3, 4, 5], 12, "Consejo de Administración 2026")
    elections.enter_paper_ballots(uow, eid, PAPERS)
    assert elections.count(uow, eid).status == elections.COUNTED
    return eid


def _look(pdf: Path, name: str) -> list[Path]:
    """Pages as PNG in /tmp/gov (to look at) when pdftoppm is there."""
    if shutil.which("pdftoppm") is None:
        return []
    out = Path("/tmp/gov")
    out.mkdir(exist_ok=True)
    for old in out.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / name)], check=True)
    return sorted(out.glob(f"{name}-*.png"))


def test_results_sheet_of_an_stv_count(coop: UnitOfWork, tmp_path: Path) -> None:
    eid = _stv(coop)
    doc = election_reports.results_document(coop, eid)
    facts = dict(next(b for b in doc.blocks if isinstance(b, KeyValues)).items)
    assert facts["Election"] == "Consejo de Administración 2026"
    assert facts["Method"].startswith("Single transferable vote (Scottish rules)")
    assert (facts["Seats"], facts["Voters checked off the roll"], facts["Ballot papers"],
            facts["Blank papers"], facts["Valid votes"], facts["Quota"]) == (
        "2", "12", "15", "1", "14", "5")
    assert facts["Ballots and the roll"] == "15 ballots for 12 voters checked off the roll."
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    elected = [list(r) for r in tables[0].rows]
    assert elected == [[1, 1, "Rosa Quispe", 1], [2, 2, "Juan Mamani", 4]]
    rounds = [list(r) for r in tables[1].rows]
    assert [c.title for c in tables[1].columns] == [
        "Candidate", "Round 1", "Round 2", "Round 3", "Round 4", "Result"]
    assert rounds[0] == ["Rosa Quispe", "7", "5", "5", "5", "elected, round 1"]
    # Rosa's surplus of 2 goes on at 2/7 of a vote (0.28571, truncated): 5 papers to Juan,
    # 2 to Eva; Luis's paper goes to Eva, Carmen's two to Juan
    assert rounds[1] == ["Juan Mamani", "2", "3.42855", "3.42855", "5.42855",
                         "elected, round 4"]
    assert rounds[2] == ["Eva Huanca", "2", "2.57142", "3.57142", "3.57142", ""]
    assert rounds[3][-1] == "excluded, round 3" and rounds[4][-1] == "excluded, round 4"
    assert rounds[5] == ["Non-transferable", "0", "0", "0", "0", ""]
    assert rounds[6] == ["Lost to rounding down", "0", "0.00003", "0.00003", "0.00003", ""]
    assert rounds[7] == ["Transfer value of a paper", "", "0.28571", "", "", ""]
    events = [r[1] for r in tables[2].rows]
    assert events[0] == "First count"
    assert events[1] == "Rosa Quispe elected (reached the quota)"
    assert events[2] == ("Surplus of Rosa Quispe transferred (each paper at 0.28571 of a vote) "
                         "(largest surplus)")
    assert "Luis Condori excluded (fewest votes)" in events
    chart = next(b for b in doc.blocks if isinstance(b, Chart))
    assert chart.labels == ["Rosa Quispe", "Juan Mamani", "Eva Huanca"]  # not those out
    assert chart.values == [5, Decimal("5.42855"), Decimal("3.57142")]
    assert isinstance(doc.blocks[-1], Signatures) and doc.blocks[-1].roles == [
        "Teller", "Teller", "President", "Secretary"]
    assert not doc.landscape

    pdf = export(coop, doc, tmp_path / "results.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    assert _look(pdf, "election-results") or shutil.which("pdftoppm") is None

    xlsx = export(coop, election_reports.results_document(coop, eid), tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(xlsx)
    first = [[c for c in row if c is not None] for row in book.worksheets[0].iter_rows(
        values_only=True)]
    assert ["Quota", "5"] in first and ["Rosa Quispe", 1] not in first
    assert [1, 1, "Rosa Quispe", 1] in first
    rounds_sheet = [list(row) for row in book["Rounds"].iter_rows(values_only=True)]
    assert ["Juan Mamani", "2", "3.42855", "3.42855", "5.42855",
            "elected, round 4"] in rounds_sheet
    assert any(row[1] == "Luis Condori excluded (fewest votes)" for row in rounds_sheet)


def test_a_drawn_lot_and_a_long_count(coop: UnitOfWork, tmp_path: Path) -> None:
    eid = _closed(coop, "plurality", 1, [1, 2, 3], 7, "Tesorería")
    elections.enter_paper_totals(coop, eid, {1: 3, 2: 3, 3: 1})
    with pytest.raises(ValidationError, match="not counted yet") as caught:
        election_reports.results_document(coop, eid)
    assert caught.value.field == "status"
    elections.count(coop, eid)  # stops for a lot
    with pytest.raises(ValidationError, match="not counted yet"):
        election_reports.results_document(coop, eid)
    elections.enter_lot(coop, eid, 2, "Nora Apaza, the youngest member present")
    doc = election_reports.results_document(coop, eid)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [list(r) for r in tables[1].rows] == [
        ["Rosa Quispe", "3", ""], ["Juan Mamani", "3", "elected, round 1"],
        ["Eva Huanca", "1", ""]]
    lots = next(t for t in tables if t.title == "Lots drawn")
    assert [list(r) for r in lots.rows] == [[1, "to elect", "Juan Mamani (member 2)",
                                             "Nora Apaza, the youngest member present",
                                             "admin"]]
    assert [r[1] for r in tables[2].rows][-1] == ("Juan Mamani elected (tied with Rosa "
                                                  "Quispe; decided by lot 1)")

    # Twelve candidates by IRV, candidate c with c papers and no second choice: the lowest
    # goes out, round after round, until the last two: eleven rounds, printed landscape
    many = _closed(coop, "irv", 1, list(range(1, 13)), 12, "Presidencia")
    elections.enter_paper_ballots(coop, many, [[c] for c in range(1, 13) for _n in range(c)])
    elections.count(coop, many)
    doc = election_reports.results_document(coop, many)
    assert doc.landscape
    rounds = [b for b in doc.blocks if isinstance(b, Table) and b.sheet == "Rounds"]
    assert len(rounds[0].columns) == 2 + len(elections.election_info(coop, many).candidates) - 1
    pdf = export(coop, doc, tmp_path / "long.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    _look(pdf, "election-long")


def test_numbered_ballot_papers(coop: UnitOfWork, tmp_path: Path) -> None:
    eid = elections.create_election(coop, "Consejo 2026", "stv", 2)
    with pytest.raises(ValidationError, match="no candidates yet") as caught:
        election_reports.ballot_papers_document(coop, eid, 10)
    assert caught.value.field == "candidates"
    elections.open_nominations(coop, eid)
    for n in (1, 2, 3, 4):
        elections.nominate(coop, eid, n, today=TODAY)
    for bad in (0, 2001):
        with pytest.raises(ValidationError, match="between 1 and 2000") as caught:
            election_reports.ballot_papers_document(coop, eid, bad)
        assert caught.value.field == "papers"
    doc = election_reports.ballot_papers_document(coop, eid, 10)
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert texts[0] == "Cooperativa Minera El Porvenir — Ballot paper No. 0001"
    assert "Cooperativa Minera El Porvenir — Ballot paper No. 0010" in texts
    assert texts[1].startswith("2 seats to fill. Number the candidates in order of "
                               "preference: 1 for your first choice, 2")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 10
    assert [list(r) for r in tables[0].rows] == [[1, "Rosa Quispe", None],
                                                 [2, "Juan Mamani", None],
                                                 [3, "Eva Huanca", None],
                                                 [4, "Luis Condori", None]]
    assert tables[0].row_height and tables[0].row_height >= 20
    assert sum(isinstance(b, PageBreak) for b in doc.blocks) == 9
    pdf = export(coop, doc, tmp_path / "papers.pdf")
    pages = _look(pdf, "election-papers")
    if pages:  # three papers to a page: ten papers on four pages
        assert len(pages) == 4

    plural = elections.create_election(coop, "Vigilancia", "block", 3)
    elections.open_nominations(coop, plural)
    for n in range(5, 10):
        elections.nominate(coop, plural, n, today=TODAY)
    doc = election_reports.ballot_papers_document(coop, plural, 1)
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "Mark up to 3 candidates with a cross (X), one cross for each." in texts[1]
    approval = elections.create_election(coop, "Comité", "approval", 1)
    elections.open_nominations(coop, approval)
    elections.nominate(coop, approval, 10, today=TODAY)
    doc = election_reports.ballot_papers_document(coop, approval, 1)
    assert "every candidate you approve of" in next(
        b.text for b in doc.blocks if isinstance(b, Paragraph) and "approve" in b.text)
