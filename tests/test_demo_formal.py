"""The demo cooperative's formalisation path (see coopdesk.demo.formal_play): five stages in
the path's order with the Colombian authorities, the miner registration reflecting the
members' cards, the certificate kept as a PDF, the environmental licence expiring soon with its
fee from the books; without books no fee; a tiny cooperative gets no path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from coopdesk.core import audit
from coopdesk.core.access import SYSTEM, Actor, Role
from coopdesk.core.db import Database
from coopdesk.core.uow import UnitOfWork
from coopdesk.demo import formal_play, make_demo
from coopdesk.ledger.models import JournalEntry
from coopdesk.plans import formalisation as fp

TODAY = dt.date(2026, 11, 1)
ACTORS = {"secretario": Actor("secretario", frozenset({Role.SECRETARY})),
          "tesorera": Actor("tesorera", frozenset({Role.TREASURER}))}


def _demo(root: Path, members: int, books: bool) -> Database:
    db = make_demo(str(root / "demo.coopdesk"), members=members, seed=7, photos=False,
                   today=TODAY, books=books)
    formal_play.play(db, ACTORS, TODAY, 7)   # a second play (from the generator) is a no-op
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UnitOfWork]:
    db = _demo(tmp_path_factory.mktemp("formal-demo"), 60, True)
    yield UnitOfWork(db, SYSTEM)
    db.dispose()


def test_the_path_of_a_colombian_gold_cooperative(demo: UnitOfWork) -> None:
    rows = fp.path(demo, TODAY)
    assert [r.kind for r in rows] == ["miner_registration", "coop_registration",
                                      "provincial_licence", "national_licence", "mining_zone"]
    cards = fp.miner_cards(demo, TODAY)
    assert rows[0].state == ("granted" if cards.valid * 2 >= cards.members else "applied")
    assert rows[1].state == "granted" and rows[1].issued_on is not None
    assert rows[1].issued_on.year <= TODAY.year - 10 and rows[1].reference_no
    assert "Cámara de Comercio" in rows[1].authority
    lic = rows[2]
    assert lic.state == "expiring" and lic.days_to_expiry is not None
    assert 45 <= lic.days_to_expiry <= 60 and lic.authority.startswith("CORANTIOQUIA")
    assert lic.site == "Mina El Cogote"
    assert rows[3].state == "applied" and "Agencia Nacional de Minería" in rows[3].authority
    assert rows[4].state == "not_started" and "reserva especial" in rows[4].title
    assert fp.warnings(demo, TODAY)[0].startswith(lic.title)
    p = fp.progress(demo, TODAY)
    assert (p.total, p.current.id if p.current else None) == (5, rows[3].id)


def test_the_certificate_and_the_licence_fee(demo: UnitOfWork) -> None:
    rows = fp.path(demo, TODAY)
    docs = fp.documents(demo, rows[1].id)
    assert len(docs) == 1 and docs[0].mime == "application/pdf"
    name, data = fp.document_file(demo, docs[0].id)
    assert name.endswith(".pdf") and data.startswith(b"%PDF") and len(data) == docs[0].size
    fees = fp.fees(demo, rows[2].id)
    assert len(fees) == 1 and fees[0].amount > 0
    assert fees[0].description.startswith("Pago derechos de trámite licencia ambiental")
    assert TODAY - dt.timedelta(days=75) <= fees[0].date <= TODAY
    with demo.read() as s:
        e = s.get(JournalEntry, fees[0].entry_id)
        assert e is not None and e.status == "posted" and e.source == "cash"
        assert audit.verify(s).ok
    assert rows[2].fees_total == fees[0].amount


def test_without_books_and_when_tiny(tmp_path: Path) -> None:
    (tmp_path / "nobooks").mkdir()
    db = _demo(tmp_path / "nobooks", 40, False)
    uow = UnitOfWork(db, SYSTEM)
    assert len(fp.path(uow, TODAY)) == 5 and fp.fees(uow) == []
    db.dispose()
    (tmp_path / "tiny").mkdir()
    tiny = _demo(tmp_path / "tiny", 3, False)
    with UnitOfWork(tiny, SYSTEM).read() as s:
        assert s.scalars(select(JournalEntry.id)).first() is None
    assert fp.path(UnitOfWork(tiny, SYSTEM), TODAY) == []
    tiny.dispose()
