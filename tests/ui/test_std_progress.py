"""The standards' progress tab: a bar per standard with its weighted percentage and counts by
level, the indicators as cards (a warning on a minor on the register, a tick on assemblies),
a refresh when an assessment is recorded, and the standards report written as PDF and Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import standards
from coopdesk.ui.pages.std_progress import ProgressTab
from tests.test_indicators import ON, build_coop
from tests.ui.helpers import make_ctx


def test_the_progress_dashboard(qtbot: QtBot, sqlite_admin: UnitOfWork,
                                tmp_path: Path) -> None:
    build_coop(sqlite_admin)
    standards.assess(sqlite_admin, "craft", "2.4", "met")
    tab = ProgressTab(make_ctx(sqlite_admin, tmp_path), today=lambda: ON)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    craft = tab.bars["craft"]
    assert craft.bar.value() == 37                 # 1 of 27 met: 3.7 %
    assert craft.bar.format() == "3.7 % met"
    assert "Not started: <b>26</b>" in craft.counts.text()
    assert "Met: <b>1</b>" in craft.counts.text()
    assert tab.bars["maendeleo"].bar.format() == "0 % met"

    minors = tab.cards["minors_on_register"]
    assert minors.value.text() == "1"
    assert minors.verdict.text().startswith("\u26a0 CHECK: Under 21 on 2026-10-31: member "
                                            "number(s) 10.")
    assemblies = tab.cards["assemblies_12m"]
    assert assemblies.value.text() == "2"
    assert assemblies.verdict.text().startswith("\u2714 Target met")
    assert tab.cards["women_members"].value.text() == "44.4 %"
    assert tab.cards["mercury_used"].value.text() == "20 g"
    assert len(tab.cards) == 9

    # a write elsewhere is announced, and the tab follows
    standards.assess(sqlite_admin, "craft", "2.3", "partly_met")
    assert craft.bar.value() == 61                 # (1 + 0.66) / 27
    tab.grab().save(str(tmp_path / "progress.png"))

    for fmt in ("pdf", "xlsx"):
        target = tmp_path / f"standards.{fmt}"
        tab.export(fmt, target)
        def written(t: Path = target) -> bool:
            return t.exists() and not tab.busy

        qtbot.waitUntil(written, timeout=30000)
        assert tab.message.text() == f"Saved {target}"
    assert (tmp_path / "standards.pdf").read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(tmp_path / "standards.xlsx")
    texts = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "Members under 21 on the register" in texts
    assert dt.date.today() >= ON
