"""The unit of work: an open cooperative, the acting user, and the one door for writes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.core import audit
from coopdesk.core.access import SYSTEM, Actor, Permission
from coopdesk.core.db import Database
from coopdesk.core.models import Cooperative


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
    def write(self, permission: Permission | None, *areas: str) -> Iterator[WriteTx]:
        """Check the permission, open one transaction, commit all or nothing, then announce."""
        if permission is not None:
            self.actor.require(permission)
        touched = set(areas)
        with self.db.session(write=True) as s:
            yield WriteTx(s, self.actor, touched)
        changes = Changes(frozenset(touched))
        for listener in list(self.listeners):
            listener(changes)

    def coop(self) -> CoopInfo:
        with self.read() as s:
            c = s.get(Cooperative, 1)
            assert c is not None, "an open cooperative has its row"
            return CoopInfo(c.name, c.currency, c.country, c.language, c.share_value,
                            c.minimum_age, c.lock_minutes)

    def as_actor(self, actor: Actor) -> UnitOfWork:
        return UnitOfWork(self.db, actor, self.listeners)
