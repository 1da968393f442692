"""The cooperative file: creation, opening, migrations, the audit chain, backups, locking."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from coopdesk.core import audit
from coopdesk.core.db import Database, storage_warnings
from coopdesk.core.errors import FileBusy, FileError, PermissionDenied, ValidationError
from coopdesk.core.files import (
    KEEP_AUTOMATIC,
    NewCooperative,
    backup_automatic,
    backup_if_due,
    backup_to,
    check_backup,
    create_cooperative,
    open_cooperative,
    restore,
)
from coopdesk.core.schema import metadata
from coopdesk.core.uow import UnitOfWork
from coopdesk.members.queries import count_members
from coopdesk.members.rules import MemberInput, Status
from coopdesk.members.services import change_status, register_member
from tests.conftest import PASSWORD, SPEC, add_role_users, login


def member(i: int = 1, **kw: object) -> MemberInput:
    base = dict(first_names=f"Ana {i}", last_names="Quispe", sex="F",
                birth_date=dt.date(1985, 5, 1), role="digger", join_date=dt.date(2020, 1, 1),
                national_id=f"ID{i:05d}")
    base.update(kw)
    return MemberInput(**base)  # type: ignore[arg-type]


def test_create_and_reopen(db: Database, target: str) -> None:
    uow = login(db)
    assert uow.coop().name == SPEC.name and uow.coop().share_value == 1_000_000
    register_member(uow, member())
    db.dispose()
    opened = open_cooperative(target)
    try:
        assert count_members(UnitOfWork(opened.db)) == 1
        assert not opened.migrated
    finally:
        opened.db.dispose()


def test_schema_matches_migrations(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize(("kw", "message"), [
    ({"currency": "XXQ"}, "ISO 4217"), ({"country": "Colombia"}, "two-letter"),
    ({"language": "de"}, "language"), ({"name": " "}, "name is empty"),
])
def test_create_rejects_bad_settings(tmp_path: Path, kw: dict[str, str], message: str) -> None:
    spec = NewCooperative(**{**SPEC.__dict__, **kw})
    path = tmp_path / "bad.coopdesk"
    with pytest.raises(ValidationError, match=message):
        create_cooperative(str(path), spec, "admin", "Admin", PASSWORD)
    assert not path.exists()


def test_create_refuses_existing_file_and_short_password(tmp_path: Path) -> None:
    path = tmp_path / "x.coopdesk"
    path.write_bytes(b"")
    with pytest.raises(FileError, match="already exists"):
        create_cooperative(str(path), SPEC, "admin", "Admin", PASSWORD)
    with pytest.raises(ValidationError, match="at least 6"):
        create_cooperative(str(tmp_path / "y.coopdesk"), SPEC, "admin", "Admin", "123")
    assert not (tmp_path / "y.coopdesk").exists()


def test_open_rejects_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(FileError, match="no cooperative file"):
        open_cooperative(str(tmp_path / "none.coopdesk"))
    junk = tmp_path / "junk.coopdesk"
    junk.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(FileError, match="not a coopdesk file"):
        open_cooperative(str(junk))
    other = tmp_path / "other.coopdesk"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(FileError, match="holds no cooperative"):
        open_cooperative(str(other))


def test_audit_chain_catches_raw_sql_tampering(db: Database) -> None:
    uow = login(db)
    n = register_member(uow, member())
    change_status(uow, n, Status.ACTIVE, dt.date(2020, 2, 1), None)
    register_member(uow, member(2))
    with db.session() as s:
        ok = audit.verify(s)
    assert ok.ok and ok.events >= 5
    # Someone edits an event's summary with raw SQL: verify names that event.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET summary = '{}' WHERE seq = 3"))
    with db.session() as s:
        bad = audit.verify(s)
    assert not bad.ok and bad.first_bad_seq == 3 and "#3" in (bad.problem or "")


def test_audit_chain_catches_a_changed_record(db: Database) -> None:
    uow = login(db)
    register_member(uow, member())
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE member SET national_id = 'FORGED' WHERE number = 1"))
    with db.session() as s:
        bad = audit.verify(s)
    assert not bad.ok and "member 1" in (bad.problem or "")


def test_audit_chain_catches_a_removed_event(db: Database) -> None:
    uow = login(db)
    register_member(uow, member())
    register_member(uow, member(2))
    with db.engine.begin() as conn:
        top = conn.execute(text("SELECT max(seq) FROM audit_event")).scalar()
        conn.execute(text("DELETE FROM audit_event WHERE seq = :s"), {"s": top})
    with db.session() as s:
        bad = audit.verify(s)
    assert not bad.ok and "head" in (bad.problem or "")


def test_every_write_is_audited_and_rolled_back_on_error(db: Database) -> None:
    uow = login(db)
    with db.session() as s:
        before = audit.head(s)[0]
    register_member(uow, member())
    with db.session() as s:
        assert audit.head(s)[0] == before + 1
    with pytest.raises(ValidationError, match="already registered"):
        register_member(uow, member(1, first_names="Other"))
    with db.session() as s:
        assert audit.head(s)[0] == before + 1
    assert count_members(uow) == 1


def test_second_process_writing_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "busy.coopdesk"
    db = create_cooperative(str(path), SPEC, "admin", "Admin", PASSWORD)
    db.dispose()
    script = textwrap.dedent(f"""
        import sqlite3, sys, time
        c = sqlite3.connect({str(path)!r}, isolation_level=None)
        c.execute("BEGIN IMMEDIATE")
        c.execute("UPDATE cooperative SET name = name")
        print("locked", flush=True)
        sys.stdin.readline()
        c.execute("ROLLBACK")
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        db = Database.connect(str(path), busy_timeout=0.3)
        uow = login(db)
        with pytest.raises(FileBusy, match="Another program or window"):
            register_member(uow, member())
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
        assert holder.stdout is not None
        holder.stdout.close()
    register_member(uow, member())  # once the other writer is gone, writing works
    with db.session() as s:
        assert audit.verify(s).ok
    db.dispose()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_and_restore(db: Database, target: str, tmp_path: Path) -> None:
    uow = login(db)
    register_member(uow, member())
    copy = backup_to(db, tmp_path / "copy.coopdesk")
    assert check_backup(copy).ok
    register_member(uow, member(2))
    assert count_members(uow) == 2
    with pytest.raises(PermissionDenied):
        restore(target, copy, add_role_users(uow)[_role("supervisory")].actor)
    db.dispose()
    safety = restore(target, copy, uow.actor)
    assert safety is not None and check_backup(safety).ok  # the state it replaced, kept
    opened = open_cooperative(target)
    try:
        assert count_members(UnitOfWork(opened.db)) == 1
        with opened.db.session() as s:
            assert audit.verify(s).ok
    finally:
        opened.db.dispose()


def _role(name: str):  # type: ignore[no-untyped-def]
    from coopdesk.core.access import Role

    return Role(name)


def test_restore_refuses_a_tampered_backup(sqlite_db: Database, tmp_path: Path) -> None:
    register_member(login(sqlite_db), member())
    copy = backup_to(sqlite_db, tmp_path / "copy.coopdesk")
    con = sqlite3.connect(copy)
    con.execute("UPDATE member SET last_names = 'X'")
    con.commit()
    con.close()
    from coopdesk.core.errors import IntegrityBroken

    with pytest.raises(IntegrityBroken, match="member 1"):
        restore(str(sqlite_db.path), copy, login(sqlite_db).actor)


def test_rotating_backups(sqlite_db: Database) -> None:
    for _i in range(KEEP_AUTOMATIC + 3):
        backup_automatic(sqlite_db, "scheduled")
    assert sqlite_db.path is not None
    copies = list((sqlite_db.path.with_name(sqlite_db.path.name + ".backups")).glob("*.coopdesk"))
    assert len(copies) == KEEP_AUTOMATIC
    assert backup_if_due(sqlite_db) is None  # a fresh one exists
    assert backup_if_due(sqlite_db, dt.timedelta(0)) is not None


def test_storage_warnings() -> None:
    assert storage_warnings(Path("/home/ana/Dropbox/coop.coopdesk"))
    assert storage_warnings(Path("C:/Users/ana/OneDrive/coop.coopdesk"))
    assert storage_warnings(Path("//server/share/coop.coopdesk"))
    assert not storage_warnings(Path("/home/ana/Documents/coop.coopdesk"))


def test_migration_on_open_backs_up_first(sqlite_db: Database) -> None:
    """A file at an older revision is copied (online backup) before it is migrated."""
    from alembic import command

    from coopdesk.core.files import alembic_config, current_revision, head_revision

    path = sqlite_db.path
    assert path is not None
    register_member(login(sqlite_db), member())
    cfg = alembic_config()
    with sqlite_db.engine.connect().execution_options(coopdesk_write=True) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert current_revision(sqlite_db) == "0001"
    sqlite_db.dispose()
    opened = open_cooperative(str(path), scheduled_backup=False)
    try:
        assert opened.migrated and current_revision(opened.db) == head_revision()
        assert count_members(UnitOfWork(opened.db)) == 1
    finally:
        opened.db.dispose()
    copies = list(path.with_name(path.name + ".backups").glob("*pre-migration*"))
    assert len(copies) == 1 and check_backup(copies[0]).ok
    backup = Database.connect(str(copies[0]))
    try:
        assert current_revision(backup) == "0001"  # the copy is the file as it was
    finally:
        backup.dispose()
