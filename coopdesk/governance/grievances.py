"""The register of grievances: complaints and conflicts, the steps taken, and how they ended.

Only users holding a role the bylaws name (``Bylaws.grievance_roles``; by default the
president, the secretary and the supervisory committee) may read or keep the register: the
check is made here, for every reading and writing, not only by the window. The audit chain
records that a grievance was opened, advanced or closed, with its category and a digest, but
not the parties or what was said, since anyone who may read the chain is not necessarily
someone who may read the register.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import ROLE_LABELS, Role
from coopdesk.core.errors import NotFound, PermissionDenied, ValidationError
from coopdesk.core.i18n import N_, _, translate
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance.bylaws import DEFAULT_GRIEVANCE_ROLES
from coopdesk.governance.models import GrievanceRow, GrievanceStepRow
from coopdesk.governance.services import bylaws_in

AREA = "grievances"
CATEGORIES = {
    "payment": N_("Payments and benefit sharing"),
    "work": N_("Work, safety and the mine site"),
    "land": N_("Land, claims and neighbours"),
    "conduct": N_("Conduct of a member or an officer"),
    "governance": N_("Elections, meetings and decisions"),
    "discrimination": N_("Discrimination or harassment"),
    "other": N_("Other"),
}
OPEN, MEDIATION, RESOLVED, UNRESOLVED = "open", "mediation", "resolved", "unresolved"
STATUS_LABELS = {OPEN: N_("open"), MEDIATION: N_("in mediation"),
                 RESOLVED: N_("resolved"), UNRESOLVED: N_("closed without agreement")}
STEPS = {"hearing": N_("Hearing"), "mediation": N_("Mediation"),
         "decision": N_("Decision"), "note": N_("Note")}


@dataclass(frozen=True)
class Step:
    on: dt.date
    kind: str
    note: str
    by: str


@dataclass(frozen=True)
class Grievance:
    id: int
    opened_on: dt.date
    category: str
    parties: str
    summary: str
    status: str
    outcome: str | None
    closed_on: dt.date | None
    steps: tuple[Step, ...]


def _roles(s: Session) -> tuple[str, ...]:
    b = bylaws_in(s)
    return DEFAULT_GRIEVANCE_ROLES if b is None else b.grievance_roles


def may_see(uow: UnitOfWork) -> bool:
    """Whether the user holds a role the bylaws allow to read the register."""
    with uow.read() as s:
        roles = _roles(s)
    return any(r.value in roles for r in uow.actor.roles)


def _check(s: Session, uow: UnitOfWork) -> None:
    roles = _roles(s)
    if not any(r.value in roles for r in uow.actor.roles):
        names = ", ".join(translate("coopdesk", ROLE_LABELS[Role(r)]).lower()
                          for r in roles if r in Role.__members__.values())
        raise PermissionDenied(_("{user} may not see the register of grievances: the bylaws "
                                 "open it to {roles} only.", user=uow.actor.username,
                                 roles=names or _("no one")))


def _text(value: str, field: str, message: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(message, field)
    return value


def _grievance(s: Session, grievance_id: int, lock: bool = False) -> GrievanceRow:
    stmt = select(GrievanceRow).where(GrievanceRow.id == grievance_id)
    row = s.scalar(stmt.with_for_update() if lock else stmt)
    if row is None:
        raise NotFound(_("There is no grievance {id}.", id=grievance_id))
    return row


def _digest(s: Session, row: GrievanceRow) -> str:
    steps = [[st.on, st.kind, st.note, st.by] for st in s.scalars(
        select(GrievanceStepRow).where(GrievanceStepRow.grievance_id == row.id)
        .order_by(GrievanceStepRow.id))]
    return audit.digest({"opened_on": row.opened_on, "category": row.category,
                         "parties": row.parties, "summary": row.summary, "status": row.status,
                         "outcome": row.outcome, "closed_on": row.closed_on, "steps": steps})


def open_grievance(uow: UnitOfWork, opened_on: dt.date, category: str, parties: str,
                   summary: str) -> int:
    if category not in CATEGORIES:
        raise ValidationError(_("'{category}' is not a category of grievance; choose one of "
                                "{categories}.", category=category,
                                categories=", ".join(CATEGORIES)), "category")
    parties = _text(parties, "parties", _("Name the parties to the grievance."))
    summary = _text(summary, "summary", _("Say what the grievance is about."))
    if opened_on > dt.date.today():
        raise ValidationError(_("A grievance cannot be opened in the future."), "opened_on")
    with uow.write(None, AREA) as tx:
        s = tx.session
        _check(s, uow)
        row = GrievanceRow(opened_on=opened_on, category=category, parties=parties,
                           summary=summary, status=OPEN, created_by=tx.actor.username)
        s.add(row)
        s.flush()
        tx.audit("grievance.open", "grievance", row.id, category=category,
                 digest=_digest(s, row))
        return row.id


def add_step(uow: UnitOfWork, grievance_id: int, on: dt.date, kind: str, note: str) -> None:
    """A hearing, a mediation session, a decision or a note; a mediation step moves an open
    grievance into mediation."""
    if kind not in STEPS:
        raise ValidationError(_("'{kind}' is not a step; choose one of {kinds}.", kind=kind,
                                kinds=", ".join(STEPS)), "kind")
    note = _text(note, "note", _("Say what happened at this step."))
    with uow.write(None, AREA) as tx:
        s = tx.session
        _check(s, uow)
        row = _grievance(s, grievance_id, lock=True)
        if row.status in (RESOLVED, UNRESOLVED):
            raise ValidationError(_("Grievance {id} is closed.", id=row.id), "status")
        if on < row.opened_on:
            raise ValidationError(_("A step cannot come before the grievance was opened "
                                    "({day}).", day=row.opened_on.isoformat()), "on")
        s.add(GrievanceStepRow(grievance_id=row.id, on=on, kind=kind, note=note,
                               by=tx.actor.username))
        if kind == "mediation":
            row.status = MEDIATION
        s.flush()
        tx.audit("grievance.step", "grievance", row.id, kind=kind, status=row.status,
                 digest=_digest(s, row))


def close_grievance(uow: UnitOfWork, grievance_id: int, on: dt.date, outcome: str,
                    resolved: bool) -> None:
    outcome = _text(outcome, "outcome", _("Say how the grievance ended."))
    with uow.write(None, AREA) as tx:
        s = tx.session
        _check(s, uow)
        row = _grievance(s, grievance_id, lock=True)
        if row.status in (RESOLVED, UNRESOLVED):
            raise ValidationError(_("Grievance {id} is already closed.", id=row.id), "status")
        if on < row.opened_on:
            raise ValidationError(_("A grievance cannot close before it was opened ({day}).",
                                    day=row.opened_on.isoformat()), "on")
        row.status = RESOLVED if resolved else UNRESOLVED
        row.outcome, row.closed_on = outcome, on
        s.flush()
        tx.audit("grievance.close", "grievance", row.id, status=row.status,
                 digest=_digest(s, row))


def grievances(uow: UnitOfWork, *, open_only: bool = False) -> list[Grievance]:
    """The register, the latest first."""
    with uow.read() as s:
        _check(s, uow)
        steps: dict[int, list[Step]] = {}
        for st in s.scalars(select(GrievanceStepRow).order_by(GrievanceStepRow.on,
                                                              GrievanceStepRow.id)):
            steps.setdefault(st.grievance_id, []).append(Step(st.on, st.kind, st.note, st.by))
        stmt = select(GrievanceRow).order_by(GrievanceRow.opened_on.desc(),
                                             GrievanceRow.id.desc())
        if open_only:
            stmt = stmt.where(GrievanceRow.status.in_((OPEN, MEDIATION)))
        return [Grievance(r.id, r.opened_on, r.category, r.parties, r.summary, r.status,
                          r.outcome, r.closed_on, tuple(steps.get(r.id, ())))
                for r in s.scalars(stmt)]


def _digests(session: Session) -> list[tuple[str, str]]:
    return [(str(r.id), _digest(session, r)) for r in session.scalars(select(GrievanceRow))]


audit.register_digest_source("grievance", _digests, "grievance")
