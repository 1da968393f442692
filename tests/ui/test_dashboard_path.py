"""The dashboard's card of the formalisation path: stages granted of all, the current step,
the warnings' count with the first one; it follows the hub when the path changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from coopdesk.core.uow import UnitOfWork
from coopdesk.plans import formalisation as fp
from coopdesk.ui.pages.dashboard import DashboardPage
from tests.ui.helpers import make_ctx

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def test_the_path_card(qtbot: QtBot, sqlite_admin: UnitOfWork, tmp_path: Path) -> None:
    ctx = make_ctx(sqlite_admin, tmp_path)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    card = page.path_card
    assert card.value_label.text() == "No stage recorded yet"
    assert card.warning_label.text() == "Nothing expires within 90 days."

    uow = ctx.uow
    fp.add_stage(uow, "coop_registration", "Registration", reference_no="S-1",
                 issued_on=days(-900))
    licence = fp.add_stage(uow, "provincial_licence", "Environmental licence",
                           authority="CORANTIOQUIA", reference_no="LA-1",
                           issued_on=days(-300), expires_on=days(50))
    fp.add_stage(uow, "national_licence", "Concession contract", applied_on=days(-30))
    fp.add_stage(uow, "mining_zone", "Special reserve area")
    # the hub said "plans": the card follows
    assert card.value_label.text() == "2 of 4 stages granted"
    assert card.step_label.text() == ("Current step: 3. Concession contract "
                                      "(Applied, in progress)")
    assert card.warning_label.text() == (
        "⚠ 1 warning(s). Environmental licence (CORANTIOQUIA) expires on "
        f"{days(50)}, in 50 days: apply for its renewal now.")
    Path("/tmp/p7").mkdir(exist_ok=True)
    page.grab().save("/tmp/p7/dashboard-path-test.png")
    fp.update_stage(uow, licence, expires_on=days(500))
    assert card.warning_label.text() == "Nothing expires within 90 days."
