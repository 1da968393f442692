"""An election's documents from the elections tab: the results sheet (PDF and Excel) once
counted, numbered ballot papers, and BLT written from one paper election and read into
another, whose count then agrees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import elections
from coopdesk.ui import ops
from coopdesk.ui.pages.gov_elections import ElectionsTab
from tests.test_elections import TODAY, coop  # noqa: F401  (built on ``admin``)
from tests.ui.helpers import make_ctx


@pytest.fixture
def admin(sqlite_admin: UnitOfWork) -> UnitOfWork:
    return sqlite_admin


@pytest.fixture(autouse=True)
def _workers_done() -> Iterator[None]:
    yield
    ops.wait_all()


def _paper(uow: UnitOfWork, title: str) -> int:
    eid = elections.create_election(uow, title, "stv", 2, entry=elections.PAPER)
    elections.open_nominations(uow, eid)
    for n in (1, 2, 3, 4):
        elections.nominate(uow, eid, n, today=TODAY)
    elections.open_poll(uow, eid)
    for n in range(1, 8):
        elections.check_off(uow, eid, n)
    elections.close_poll(uow, eid)
    return eid


def test_results_papers_and_blt_from_the_tab(qtbot: QtBot, coop: UnitOfWork,  # noqa: F811
                                             tmp_path: Path) -> None:
    first = _paper(coop, "Board A")
    elections.enter_paper_ballots(coop, first, [[1, 2], [1, 2], [1, 3], [1], [2, 1], [2],
                                                [3, 4]])
    tab = ElectionsTab(make_ctx(coop, tmp_path))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.select(first)
    docs = tab.documents
    assert not docs.results_pdf.isEnabled()            # not counted yet
    assert docs.export_blt.isEnabled()
    docs.write_blt(tmp_path / "a.blt")
    assert (tmp_path / "a.blt").read_text().splitlines()[0] == "4 2"
    outcome = elections.count(coop, first)
    assert outcome.status == elections.COUNTED, outcome.needs_lot
    tab.refresh()
    tab.select(first)
    assert docs.results_pdf.isEnabled() and not docs.import_blt.isEnabled()
    docs.write_results("pdf", tmp_path / "results.pdf")
    qtbot.waitUntil(lambda: not docs.busy, timeout=20000)
    assert (tmp_path / "results.pdf").read_bytes()[:4] == b"%PDF"
    docs.write_results("xlsx", tmp_path / "results.xlsx")
    qtbot.waitUntil(lambda: not docs.busy, timeout=20000)
    sheet = openpyxl.load_workbook(tmp_path / "results.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Board A" in cells
    docs.write_papers(tmp_path / "papers.pdf")
    qtbot.waitUntil(lambda: not docs.busy, timeout=20000)
    assert "Saved" in docs.said.text()
    # The file read into a second paper election gives the same winners.
    second = _paper(coop, "Board B")
    tab.refresh()
    tab.select(second)
    assert docs.import_blt.isEnabled()
    docs.read_blt(tmp_path / "a.blt")
    assert docs.said.text() == "7 papers read from a.blt."
    assert elections.count(coop, second).elected == outcome.elected
