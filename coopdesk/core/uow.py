"""The unit of work: an open cooperative, the acting user, and the one door for writes."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import SYSTEM, Actor, Permission
from coopdesk.core.db import Database
from coopdesk.core.errors import FileBusy
from coopdesk.core.i18n import _
from coopdesk.core.models import Cooperative

T = TypeVar("T")
RETRIES = 8
_RETRYABLE = {"40001", "40P01"}  # serialization failure, deadlock


def _retryable(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in _RETRYABLE


@dataclass(frozen=True)
class Changes:
    """What a write touched, so each page can decide whether to refresh (areas like
    ``members``, ``shares``, ``users``, ``settings``)."""

    areas: frozenset[str]

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))


@dataclass(frozen=True)
class CoopInfo:
    name: str
    currency: str
    country: str
    language: str
    share_value: int
    minimum_age: int
    lock_minutes: int


class WriteTx:
    """The open write: its session, and the audit events it appends."""

    def __init__(self, session: Session, actor: Actor, areas: set[str]) -> None:
        self.session = session
        self.actor = actor
        self.areas = areas

    def audit(self, action: str, entity: str, entity_id: object, **summary: Any) -> None:
        audit.append(self.session, actor=self.actor.username, action=action, entity=entity,
                     entity_id=entity_id, summary=summary)

    def touch(self, *areas: str) -> None:
        self.areas.update(areas)


@dataclass
class UnitOfWork:
    db: Database
    actor: Actor = SYSTEM
    listeners: list[Callable[[Changes], None]] = field(default_factory=list)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.session() as s:
            yield s

    @contextmanager
    def write(self, permission: Permission | None, *areas: str,
              serializable: bool = False) -> Iterator[WriteTx]:
        """Check the permission, open one transaction, commit all or nothing, then announce."""
        if permission is not None:
            self.actor.require(permission)
        touched = set(areas)
        with self.db.session(write=True, serializable=serializable) as s:
            yield WriteTx(s, self.actor, touched)
        changes = Changes(frozenset(touched))
        for listener in list(self.listeners):
            listener(changes)

    def transact(self, permission: Permission | None, areas: tuple[str, ...],
                 work: Callable[[WriteTx], T]) -> T:
        """Run ``work`` in one serializable transaction, again from the start if the database
        finds it conflicted with another writer (PostgreSQL); ``work`` must be safe to repeat,
        which the client-made ids of entries guarantee."""
        for attempt in range(RETRIES):
            try:
                with self.write(permission, *areas, serializable=True) as tx:
                    return work(tx)
            except DBAPIError as exc:
                if not _retryable(exc):
                    raise
                if attempt == RETRIES - 1:
                    raise FileBusy(_("Others were writing to {db} at the same moment, again "
                                     "and again. Nothing was written; try again.",
                                     db=self.db.label)) from exc
                time.sleep(random.uniform(0.005, 0.02) * (2 ** attempt))
        raise AssertionError("unreachable")

    def coop(self) -> CoopInfo:
        with self.read() as s:
            c = s.get(Cooperative, 1)
            assert c is not None, "an open cooperative has its row"
            return CoopInfo(c.name, c.currency, c.country, c.language, c.share_value,
                            c.minimum_age, c.lock_minutes)

    def as_actor(self, actor: Actor) -> UnitOfWork:
        return UnitOfWork(self.db, actor, self.listeners)
