"""The demo's training and incident register (coopdesk.demo.training_play) on a small demo:
eight sessions over the year with realistic attendance (women most of those at the gender
session), one planned ahead with none; the register with mercury falling, a serious accident
closed with its action, a near miss open; played through the services (the chain verifies),
once only, and not at all on a tiny cooperative."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.core import audit
from coopdesk.core.access import Actor
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import list_users
from coopdesk.demo import make_demo, training_play
from coopdesk.plans import training

TODAY = dt.date.today()


def _actors(db: Database) -> dict[str, Actor]:
    return {u.username: Actor(u.username, u.roles, u.id) for u in list_users(UnitOfWork(db))}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UnitOfWork]:
    root = tmp_path_factory.mktemp("training-demo")
    db = make_demo(str(root / "demo.coopdesk"), members=60, seed=7, photos=False)
    training_play.play(db, _actors(db), TODAY, 7)   # nothing more if the generator played it
    yield UnitOfWork(db)
    db.dispose()


def test_sessions_and_attendance(demo: UnitOfWork) -> None:
    found = training.sessions(demo)
    # eight sessions held and one planned (no attendance yet), whichever day the demo was made
    ahead = [s for s in found if s.attendees == 0]
    past = [s for s in found if s.attendees > 0]
    assert len(past) == 8 and len(ahead) == 1
    assert all(TODAY - dt.timedelta(days=366) <= s.date for s in past)
    assert all(s.date.weekday() == 5 for s in past)          # given on Saturdays
    assert {s.theme for s in past} == {"safety", "first_aid", "mercury", "finance",
                                       "governance", "gender"}
    assert all(s.attendees >= 15 and s.minutes >= 180 for s in past)
    gender = next(s for s in past if s.theme == "gender")
    assert gender.women * 2 > gender.attendees                 # women most of those present
    first_aid = next(s for s in past if s.theme == "first_aid")
    assert first_aid.trainer.startswith("Cruz Roja")
    year = training.summary(demo, TODAY - dt.timedelta(days=366), TODAY)
    assert year.members_trained >= 30
    assert gender.women / gender.attendees > year.women_trained / year.members_trained


def test_the_incident_register(demo: UnitOfWork) -> None:
    reg = sorted(training.incidents(demo), key=lambda i: i.number)
    assert [i.number for i in reg] == list(range(1, len(reg) + 1))
    mercury = [i for i in reg if i.kind == "mercury_use"]
    assert len(mercury) == 2
    assert mercury[0].mercury_grams is not None and mercury[1].mercury_grams is not None
    assert mercury[0].date < mercury[1].date and mercury[0].mercury_grams > mercury[1].mercury_grams
    (serious,) = [i for i in reg if i.severity == "serious"]
    assert serious.kind == "accident" and serious.closed_on is not None
    assert "línea de vida" in serious.action_taken and serious.member is not None
    assert sum(1 for i in reg if i.kind == "accident" and i.severity == "minor") >= 2
    still = [i for i in reg if i.is_open]
    assert [i.kind for i in still] == ["near_miss"]
    s = training.incident_summary(demo, TODAY - dt.timedelta(days=366), TODAY)
    assert s.days_since_accident is not None and 30 < s.days_since_accident < 120
    with demo.read() as sess:
        assert audit.verify(sess).ok


def test_played_once_and_not_on_a_tiny_cooperative(demo: UnitOfWork, sqlite_db: Database,
                                                   tmp_path: Path) -> None:
    before = len(training.sessions(demo)), len(training.incidents(demo))
    training_play.play(demo.db, _actors(demo.db), TODAY, 7)
    assert (len(training.sessions(demo)), len(training.incidents(demo))) == before
    from coopdesk.core.access import SYSTEM, Role
    from coopdesk.core.users import add_user

    admin = UnitOfWork(sqlite_db, SYSTEM)
    add_user(admin, "secretario", "Secretario", "secret1", {Role.SECRETARY})
    training_play.play(sqlite_db, _actors(sqlite_db), TODAY, 7)
    assert training.sessions(admin) == [] and training.incidents(admin) == []
