"""The bylaws stored with the books (both databases): saved whole and checked, presets,
permissions, and a change made outside coopdesk caught by the audit chain."""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction

import pytest
from sqlalchemy import func, select, update

from coopdesk.core import audit
from coopdesk.core.access import Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.models import AuditEvent
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance import services
from coopdesk.governance.bylaws import Eligibility, MeetingKind, QuorumRule
from coopdesk.governance.models import BylawsDoc
from coopdesk.governance.presets import COLOMBIA, OHADA
from tests.conftest import add_role_users


def _verify(uow: UnitOfWork) -> audit.VerifyResult:
    with uow.read() as s:
        return audit.verify(s)


def test_no_bylaws_until_saved(admin: UnitOfWork) -> None:
    assert services.current_bylaws(admin) is None


def test_preset_installed_then_edited(admin: UnitOfWork) -> None:
    assert services.install_bylaws_preset(admin, "colombia") == COLOMBIA
    assert services.current_bylaws(admin) == COLOMBIA
    mine = dataclasses.replace(OHADA, name="Cooperativa El Porvenir",
                               eligibility=Eligibility(min_months=6), min_women=2)
    services.save_bylaws(admin, mine)
    assert services.current_bylaws(admin) == mine
    with admin.read() as s:
        assert s.scalar(select(func.count()).select_from(BylawsDoc)) == 1
        events = list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "bylaws")))
    assert events == ["governance.bylaws", "governance.bylaws"]
    assert _verify(admin).ok
    with pytest.raises(NotFound, match="colombia, ohada"):
        services.install_bylaws_preset(admin, "peru")


def test_broken_bylaws_refused_naming_the_field(admin: UnitOfWork) -> None:
    services.install_bylaws_preset(admin, "ohada")
    quorum = dict(OHADA.quorum)
    quorum[MeetingKind.ORDINARY] = QuorumRule(Fraction(3, 2))
    with pytest.raises(ValidationError, match="quorum at first call") as caught:
        services.save_bylaws(admin, dataclasses.replace(OHADA, quorum=quorum))
    assert caught.value.field == "quorum.ordinary_assembly.first_share"
    with pytest.raises(ValidationError) as caught:
        services.save_bylaws(admin, dataclasses.replace(OHADA, name=" ", quorum=quorum))
    assert caught.value.field == "name"
    assert "quorum at first call" in str(caught.value)  # every problem is listed
    assert services.current_bylaws(admin) == OHADA


def test_who_may_change_the_bylaws(admin: UnitOfWork) -> None:
    roles = add_role_users(admin)
    for role in (Role.SECRETARY, Role.PRESIDENT):
        services.install_bylaws_preset(roles[role], "ohada")
    for role in (Role.TREASURER, Role.TELLER, Role.SUPERVISORY, Role.TRAINER):
        with pytest.raises(PermissionDenied):
            services.save_bylaws(roles[role], COLOMBIA)
    assert services.current_bylaws(admin) == OHADA


def test_bylaws_changed_outside_coopdesk_show_on_verify(admin: UnitOfWork) -> None:
    services.install_bylaws_preset(admin, "colombia")
    assert _verify(admin).ok
    tampered = COLOMBIA.to_dict()
    tampered["eligibility"] = {"active": False, "shares_paid": False, "min_months": 0}
    with admin.write(None) as tx:
        tx.session.execute(update(BylawsDoc).values(spec=json.dumps(tampered)))
    result = _verify(admin)
    assert not result.ok
    assert "bylaws 1 differs" in (result.problem or "")
