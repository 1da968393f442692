"""The bylaws, stored with the books: one current document, saved whole, checked and audited.

Every save appends an audit event carrying the digest of the document, and the table is a
digest source of the chain, so bylaws changed outside coopdesk show on ``coopdesk verify``.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import Permission
from coopdesk.core.errors import NotFound, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.uow import UnitOfWork
from coopdesk.governance.bylaws import Bylaws, check_bylaws
from coopdesk.governance.models import BylawsDoc
from coopdesk.governance.presets import PRESETS

AREA = "governance"
ENTITY = "bylaws"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def save_bylaws(uow: UnitOfWork, bylaws: Bylaws) -> None:
    """Make ``bylaws`` the cooperative's current bylaws; refused, naming the first field, when
    :func:`check_bylaws` finds anything wrong (the message lists every problem)."""
    problems = check_bylaws(bylaws)
    if problems:
        field, first = problems[0]
        text = first if len(problems) == 1 else "\n".join(
            f"{f}: {m}" for f, m in problems)
        raise ValidationError(text, field)
    data = bylaws.to_dict()
    spec = json.dumps(data, sort_keys=True, ensure_ascii=False)
    with uow.write(Permission.GOVERNANCE, AREA) as tx:
        s = tx.session
        row = s.get(BylawsDoc, 1)
        if row is None:
            row = BylawsDoc(id=1, name=bylaws.name, spec=spec, updated_by=tx.actor.username,
                            updated_at=_now())
            s.add(row)
        else:
            row.name, row.spec = bylaws.name, spec
            row.updated_by, row.updated_at = tx.actor.username, _now()
        s.flush()
        tx.audit("governance.bylaws", ENTITY, 1, name=bylaws.name, digest=_digest(row))


def install_bylaws_preset(uow: UnitOfWork, preset: str) -> Bylaws:
    """Make a shipped preset (``colombia``, ``ohada``) the current bylaws, to edit from there."""
    if preset not in PRESETS:
        raise NotFound(_("There are no preset bylaws '{name}'; choose one of {names}.",
                         name=preset, names=", ".join(PRESETS)))
    save_bylaws(uow, PRESETS[preset])
    return PRESETS[preset]


def bylaws_in(session: Session) -> Bylaws | None:
    row = session.get(BylawsDoc, 1)
    return None if row is None else Bylaws.from_dict(json.loads(row.spec))


def current_bylaws(uow: UnitOfWork) -> Bylaws | None:
    """The bylaws in force, or None when none were saved yet."""
    with uow.read() as s:
        return bylaws_in(s)


def _digest(row: BylawsDoc) -> str:
    return audit.digest({"name": row.name, "spec": row.spec})


def _digests(session: Session) -> list[tuple[str, str]]:
    return [(str(r.id), _digest(r)) for r in session.scalars(select(BylawsDoc))]


audit.register_digest_source(ENTITY, _digests, "bylaws")
