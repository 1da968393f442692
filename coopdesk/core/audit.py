"""The audit chain: every write appends an event whose hash covers the previous one.

``verify`` recomputes the chain and names the first event that does not match. Because a chain
kept only in the file could be rewritten whole, every PDF carries the head (see reports), and
the records that matter carry a digest in their last event, so a row changed by raw SQL no
longer matches what the chain says it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from coopdesk.core.i18n import _
from coopdesk.core.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)


def digest(data: Any) -> str:
    return hashlib.sha256(canonical(data).encode()).hexdigest()


def event_hash(prev_hash: str, seq: int, at: dt.datetime, actor: str, action: str, entity: str,
               entity_id: str, summary: str) -> str:
    body = canonical([prev_hash, seq, at.isoformat(timespec="microseconds"), actor, action,
                      entity, entity_id, summary])
    return hashlib.sha256(body.encode()).hexdigest()


def append(session: Session, *, actor: str, action: str, entity: str, entity_id: object,
           summary: dict[str, Any]) -> AuditEvent:
    """Append one event. The head row is locked first, so concurrent writers queue up."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()
                           ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
    seq = head.seq + 1
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    text = canonical(summary)
    h = event_hash(head.hash, seq, at, actor, action, entity, str(entity_id), text)
    ev = AuditEvent(seq=seq, at=at, actor=actor, action=action, entity=entity,
                    entity_id=str(entity_id), summary=text, prev_hash=head.hash, hash=h)
    session.add(ev)
    head.seq, head.hash = seq, h
    session.flush()
    return ev


def append_many(session: Session, *, actor: str,
                events: Sequence[tuple[str, str, object, dict[str, Any]]]) -> None:
    """Append several events (action, entity, entity id, summary) under one lock of the head:
    the same chain as one :func:`append` each, for batch writes such as an import."""
    if not events:
        return
    head_row = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()
                               ).scalar_one_or_none()
    if head_row is None:
        head_row = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head_row)
    seq, prev = head_row.seq, head_row.hash
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = []
    for action, entity, entity_id, summary in events:
        seq += 1
        text = canonical(summary)
        h = event_hash(prev, seq, at, actor, action, entity, str(entity_id), text)
        rows.append(AuditEvent(seq=seq, at=at, actor=actor, action=action, entity=entity,
                               entity_id=str(entity_id), summary=text, prev_hash=prev, hash=h))
        prev = h
    session.add_all(rows)
    head_row.seq, head_row.hash = seq, prev
    session.flush()


def head(session: Session) -> tuple[int, str]:
    row = session.get(AuditHead, 1)
    return (row.seq, row.hash) if row else (0, GENESIS)


# Entities whose current rows are compared with the digest of their last audited state.
DigestSource = Callable[[Session], Iterable[tuple[str, str]]]
_DIGEST_SOURCES: dict[str, tuple[DigestSource, str]] = {}


def register_digest_source(entity: str, source: DigestSource, table: str) -> None:
    """``table`` holds the records; a file from before that table existed (an old backup)
    simply has none of them."""
    _DIGEST_SOURCES[entity] = (source, table)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    events: int
    head_hash: str
    problem: str | None = None
    first_bad_seq: int | None = None


def verify(session: Session) -> VerifyResult:
    stmt = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)
    events = session.scalars(stmt)
    try:
        return _verify_events(session, events)
    finally:
        events.close()


def _verify_events(session: Session, events: Iterable[AuditEvent]) -> VerifyResult:
    prev, expected_seq, count = GENESIS, 1, 0
    for ev in events:
        where = _("event #{seq} ({action} {entity} {id}, {at})", seq=ev.seq, action=ev.action,
                  entity=ev.entity, id=ev.entity_id, at=ev.at.isoformat(timespec="seconds"))
        if ev.seq != expected_seq:
            return VerifyResult(False, count, prev, _(
                "The chain is broken before {where}: event #{missing} is missing.",
                where=where, missing=expected_seq), expected_seq)
        if ev.prev_hash != prev:
            return VerifyResult(False, count, prev, _(
                "The chain is broken at {where}: it does not follow the event before it.",
                where=where), ev.seq)
        h = event_hash(ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.entity,
                       ev.entity_id, ev.summary)
        if h != ev.hash:
            return VerifyResult(False, count, prev, _(
                "{where} does not match its hash: it was changed outside coopdesk.",
                where=where), ev.seq)
        prev, expected_seq, count = ev.hash, expected_seq + 1, count + 1
    seq, head_hash = head(session)
    if (seq, head_hash) != (count, prev):
        return VerifyResult(False, count, prev, _(
            "The chain's head (event #{seq}) does not match its last event (#{count}): events "
            "were removed or added outside coopdesk.", seq=seq, count=count), count + 1)
    problem = _check_digests(session)
    if problem:
        return VerifyResult(False, count, prev, problem[1], problem[0])
    return VerifyResult(True, count, prev)


def _check_digests(session: Session) -> tuple[int, str] | None:
    if not _DIGEST_SOURCES:
        return None
    last: dict[tuple[str, str], tuple[int, str | None]] = {}
    rows = session.execute(select(AuditEvent.seq, AuditEvent.entity, AuditEvent.entity_id,
                                  AuditEvent.summary)
                           .where(AuditEvent.entity.in_(list(_DIGEST_SOURCES)))
                           .order_by(AuditEvent.seq))
    for seq, entity, entity_id, summary in rows:
        d = json.loads(summary).get("digest")
        if d is not None:
            last[(entity, entity_id)] = (seq, d)
    tables = set(inspect(session.connection()).get_table_names())
    for entity, (source, table) in _DIGEST_SOURCES.items():
        if table not in tables:
            continue
        for entity_id, current in source(session):
            seen = last.get((entity, entity_id))
            if seen is None:
                return (0, _("{entity} {id} is in the file but no event of the chain records "
                             "it: it was added outside coopdesk.", entity=entity, id=entity_id))
            if seen[1] != current:
                return (seen[0], _("{entity} {id} differs from what event #{seq} recorded: it "
                                   "was changed outside coopdesk.", entity=entity, id=entity_id,
                                   seq=seen[0]))
    return None
