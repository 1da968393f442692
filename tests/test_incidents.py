"""The incident register on both databases: numbered without gaps, mercury in grams kept as
milligrams, closed with the action taken and never reopened, the summary (by kind and
severity, mercury, days since the last accident), bad input naming the field with nothing
written, the audit chain and the rights."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.uow import UnitOfWork
from coopdesk.members import services as members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.plans import training
from coopdesk.plans.models import IncidentRow
from tests.conftest import add_role_users

TODAY = dt.date.today()


def _coop(admin: UnitOfWork) -> int:
    members.register_member(admin, MemberInput("Rosa", "Quispe", "F", dt.date(1985, 5, 1),
                                               "digger", dt.date(2020, 1, 1)), Status.ACTIVE)
    return members.add_site(admin, "Mina La Esperanza", "gold")


def _count(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(IncidentRow)) or 0)


def test_record_close_and_read_the_register(admin: UnitOfWork) -> None:
    site = _coop(admin)
    d1, d2, d3 = (TODAY - dt.timedelta(days=n) for n in (90, 40, 12))
    n1 = training.record_incident(admin, d1, "mercury_use", "minor",
                                  "Amalgamación en el entable", site=site,
                                  mercury_grams=Decimal("350.5"))
    n2 = training.record_incident(admin, d2, "accident", "serious",
                                  "Caída en el pique 2", site=site, member=1,
                                  action_taken="Traslado al hospital")
    n3 = training.record_incident(admin, d3, "near_miss", "minor", "Roca suelta")
    assert (n1, n2, n3) == (1, 2, 3)
    with admin.read() as s:
        assert s.scalar(select(IncidentRow.mercury_mg).where(IncidentRow.number == 1)) == 350500
    reg = training.incidents(admin, TODAY - dt.timedelta(days=365), TODAY)
    assert [i.number for i in reg] == [3, 2, 1]
    two = training.incident(admin, 2)
    assert (two.kind, two.severity, two.site, two.member, two.member_name, two.mercury_grams,
            two.action_taken, two.closed_on, two.is_open) == (
        "accident", "serious", "Mina La Esperanza", 1, "Rosa Quispe", None,
        "Traslado al hospital", None, True)
    assert training.incident(admin, 1).mercury_grams == Decimal("350.500")

    training.close_incident(admin, 2, d2 + dt.timedelta(days=5),
                            "Baranda instalada en el pique; capacitación en arnés")
    two = training.incident(admin, 2)
    assert two.closed_on == d2 + dt.timedelta(days=5)
    assert two.action_taken == ("Traslado al hospital\n"
                                "Baranda instalada en el pique; capacitación en arnés")
    with pytest.raises(ValidationError, match="is not reopened") as err:
        training.close_incident(admin, 2, TODAY, "Otra vez")
    assert err.value.field == "closed_on"
    assert [i.number for i in training.incidents(admin, open_only=True)] == [3, 1]
    assert [i.number for i in training.incidents(admin, kind="accident")] == [2]
    assert [i.number for i in training.incidents(admin, d2, TODAY)] == [3, 2]
    with admin.read() as s:
        assert audit.verify(s).ok


def test_the_summary(admin: UnitOfWork) -> None:
    _coop(admin)
    start = TODAY - dt.timedelta(days=365)
    training.record_incident(admin, TODAY - dt.timedelta(days=300), "mercury_use", "minor",
                             "Amalgamación", mercury_grams=Decimal("400"))
    training.record_incident(admin, TODAY - dt.timedelta(days=200), "mercury_use", "minor",
                             "Amalgamación", mercury_grams=Decimal("150.25"))
    training.record_incident(admin, TODAY - dt.timedelta(days=100), "accident", "serious",
                             "Caída")
    training.record_incident(admin, TODAY - dt.timedelta(days=33), "accident", "minor",
                             "Golpe en la mano")
    training.record_incident(admin, TODAY - dt.timedelta(days=3), "near_miss", "minor", "Roca")
    training.record_incident(admin, TODAY - dt.timedelta(days=500), "accident", "fatal",
                             "Derrumbe, años atrás")
    s = training.incident_summary(admin, start, TODAY)
    assert (s.total, s.open) == (5, 5)
    assert s.by_kind == {"mercury_use": 2, "accident": 2, "near_miss": 1}
    assert s.by_severity == {"minor": 4, "serious": 1}
    assert s.by_kind_severity[("accident", "serious")] == 1
    assert s.mercury_grams == Decimal("550.250")
    assert (s.last_accident, s.days_since_accident) == (TODAY - dt.timedelta(days=33), 33)
    # Up to an earlier end, the last accident is the one before it.
    early = training.incident_summary(admin, start, TODAY - dt.timedelta(days=50))
    assert early.days_since_accident == 50
    assert early.total == 3
    nothing = training.incident_summary(admin, TODAY - dt.timedelta(days=900),
                                        TODAY - dt.timedelta(days=600))
    assert (nothing.total, nothing.last_accident, nothing.days_since_accident,
            nothing.mercury_grams) == (0, None, None, Decimal(0))


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"date": TODAY + dt.timedelta(days=1)}, "date", "on a day ahead"),
    ({"kind": "flood"}, "kind", "is not a kind of incident"),
    ({"severity": "bad"}, "severity", "is not a severity"),
    ({"description": "  "}, "description", "Say what happened"),
    ({"kind": "mercury_use"}, "mercury_grams", "how many grams"),
    ({"kind": "mercury_spill", "mercury_grams": Decimal("0")}, "mercury_grams", "more than"),
    ({"kind": "mercury_use", "mercury_grams": Decimal("1.0005")}, "mercury_grams",
     "milligram"),
    ({"mercury_grams": Decimal("5")}, "mercury_grams", "only for mercury"),
    ({"member": 99}, "member", "no member number 99"),
    ({"site": 99}, "site", "no mining site 99"),
])
def test_bad_input_names_the_field_and_writes_nothing(admin: UnitOfWork, kwargs: dict[str, object],
                                                      field: str, message: str) -> None:
    _coop(admin)
    args: dict[str, object] = {"date": TODAY, "kind": "accident", "severity": "minor",
                               "description": "Golpe"}
    args.update(kwargs)
    with pytest.raises(ValidationError, match=message) as err:
        training.record_incident(admin, **args)  # type: ignore[arg-type]
    assert err.value.field == field
    assert _count(admin) == 0
    # The number is not used up by a refusal.
    assert training.record_incident(admin, TODAY, "accident", "minor", "Golpe") == 1


def test_closing_rules(admin: UnitOfWork) -> None:
    _coop(admin)
    day = TODAY - dt.timedelta(days=10)
    n = training.record_incident(admin, day, "conflict", "minor", "Discusión en el turno")
    with pytest.raises(ValidationError, match="before it happened") as err:
        training.close_incident(admin, n, day - dt.timedelta(days=1), "Mediación")
    assert err.value.field == "on"
    with pytest.raises(ValidationError, match="Say what was done") as err:
        training.close_incident(admin, n, day, " ")
    assert err.value.field == "action_taken"
    with pytest.raises(ValidationError, match="day ahead"):
        training.close_incident(admin, n, TODAY + dt.timedelta(days=1), "Mediación")
    with pytest.raises(NotFound):
        training.close_incident(admin, 8, day, "Mediación")
    assert training.incident(admin, n).is_open


def test_only_those_who_keep_the_plans_write(admin: UnitOfWork) -> None:
    _coop(admin)
    users = add_role_users(admin)
    n = training.record_incident(users[Role.PRESIDENT], TODAY, "security", "minor",
                                 "Intento de robo en el campamento")
    sup = users[Role.SUPERVISORY]
    with pytest.raises(PermissionDenied):
        training.record_incident(sup, TODAY, "accident", "minor", "Golpe")
    with pytest.raises(PermissionDenied):
        training.close_incident(sup, n, TODAY, "Vigilancia")
    assert [i.number for i in training.incidents(sup)] == [n]
    assert _count(admin) == 1
