"""Creating, opening, migrating, backing up and restoring a cooperative's database.

Backups of a SQLite file use SQLite's online backup API (a consistent copy even while the file
is in use, never a file copy). A PostgreSQL cooperative is backed up into the same portable
SQLite format, so any backup can be opened, checked and restored the same way.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from babel import Locale
from babel.numbers import list_currencies
from sqlalchemy import create_engine, delete, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from coopdesk.core import audit
from coopdesk.core.access import SYSTEM, Actor, Permission
from coopdesk.core.db import Database, storage_warnings
from coopdesk.core.errors import CoopdeskError, FileError, IntegrityBroken, ValidationError
from coopdesk.core.i18n import LANGUAGES, _
from coopdesk.core.models import Cooperative
from coopdesk.core.money import D, to_minor
from coopdesk.core.schema import metadata
from coopdesk.core.uow import UnitOfWork

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
KEEP_AUTOMATIC = 10
SCHEDULE = dt.timedelta(hours=24)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(db: Database) -> bool:
    """Bring the schema to the newest revision; back up an existing SQLite file first.
    Returns whether anything was migrated."""
    current = current_revision(db)
    if current == head_revision():
        return False
    if current is not None and db.path is not None:
        backup_automatic(db, "pre-migration")
    cfg = alembic_config()
    with db.engine.connect().execution_options(coopdesk_write=True) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


@dataclass(frozen=True)
class NewCooperative:
    name: str
    currency: str
    country: str
    language: str
    share_value: str = "0"
    registration_no: str | None = None


def validate_new(spec: NewCooperative) -> list[str]:
    problems: list[str] = []
    if not spec.name.strip():
        problems.append(_("The cooperative's name is empty."))
    if spec.currency.upper() not in list_currencies():
        problems.append(_("{code} is not an ISO 4217 currency code (e.g. COP, PEN, BOB, CDF, "
                          "TZS, USD).", code=spec.currency))
    if spec.country.upper() not in Locale("en").territories or len(spec.country) != 2:
        problems.append(_("{code} is not a two-letter country code (e.g. CO, PE, BO, CD, TZ).",
                          code=spec.country))
    if spec.language not in LANGUAGES:
        problems.append(_("{code} is not a language coopdesk speaks ({known}).",
                          code=spec.language, known=", ".join(LANGUAGES)))
    return problems


def create_cooperative(target: str, spec: NewCooperative, admin_username: str,
                       admin_full_name: str, admin_password: str) -> Database:
    """Create a new cooperative file (or fill an empty PostgreSQL database), with its first
    administrator. On any error nothing is left behind."""
    from coopdesk.core.access import Role
    from coopdesk.core.users import create_first_administrator, validate_new_user

    problems = validate_new(spec)
    try:
        validate_new_user(admin_username, admin_full_name, admin_password, {Role.ADMINISTRATOR})
    except ValidationError as exc:
        problems.append(exc.message)
    currency = spec.currency.upper()
    try:
        share_value = to_minor(D(spec.share_value), currency) if not problems else 0
    except (ValidationError, TypeError) as exc:
        problems.append(str(exc))
        share_value = 0
    if problems:
        raise ValidationError("\n".join(problems))
    db = Database.connect(target, must_exist=False)
    if db.path is None and db.has_schema():
        db.dispose()
        raise FileError(_("The database {db} already holds a cooperative.", db=db.label))
    try:
        migrate(db)
        uow = UnitOfWork(db, SYSTEM)
        with uow.write(None, "settings") as tx:
            coop = Cooperative(id=1, name=spec.name.strip(), currency=currency,
                               country=spec.country.upper(), language=spec.language,
                               registration_no=spec.registration_no, share_value=share_value,
                               minimum_age=18, lock_minutes=10,
                               created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
            tx.session.add(coop)
            tx.audit("cooperative.create", "cooperative", 1, name=coop.name, currency=currency,
                     country=coop.country, language=coop.language, share_value=share_value)
        create_first_administrator(uow, admin_username, admin_full_name, admin_password)
    except BaseException:
        _discard(db)
        raise
    return db


def _discard(db: Database) -> None:
    db.dispose()
    if db.path is not None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(db.path) + suffix).unlink(missing_ok=True)
    else:
        metadata.drop_all(db.engine)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")


@dataclass
class Opened:
    db: Database
    warnings: list[str] = field(default_factory=list)
    migrated: bool = False


def open_cooperative(target: str, *, scheduled_backup: bool = True) -> Opened:
    db = Database.connect(target)
    warnings = storage_warnings(db.path) if db.path is not None else []
    try:
        if current_revision(db) is None and not db.has_schema():
            raise FileError(_("{db} holds no cooperative. Create one with 'coopdesk init'.",
                              db=db.label))
        migrated = migrate(db)
        if scheduled_backup and db.path is not None:
            backup_if_due(db)
    except DatabaseError as exc:
        db.dispose()
        raise FileError(_("{db} is not a coopdesk file or is damaged: {reason}", db=db.label,
                          reason=str(exc.orig))) from exc
    except BaseException:
        db.dispose()
        raise
    return Opened(db, warnings, migrated)


# ---- backups ---------------------------------------------------------------------------------

def backup_dir(db: Database) -> Path:
    assert db.path is not None
    return db.path.with_name(db.path.name + ".backups")


def _sqlite_backup(src_path: Path, dest: Path) -> None:
    """Online backup into ``dest`` (written beside it first, then moved in place)."""
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(str(src_path), timeout=30)
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            ok = out.execute("PRAGMA quick_check").fetchone()
            if not ok or ok[0] != "ok":
                raise FileError(_("The backup {path} did not pass SQLite's check.", path=dest))
        finally:
            out.close()
    finally:
        src.close()
    os.replace(tmp, dest)


def backup_to(db: Database, dest: Path) -> Path:
    """A complete, consistent copy of the cooperative in a SQLite file at ``dest``."""
    dest = dest.expanduser().resolve()
    if not dest.parent.exists():
        raise FileError(_("The folder {folder} does not exist.", folder=dest.parent))
    if db.path is not None:
        if dest == db.path:
            raise FileError(_("A backup cannot overwrite the file it copies."))
        _sqlite_backup(db.path, dest)
    else:
        _copy_to_sqlite(db, dest)
    return dest


def backup(uow: UnitOfWork, dest: Path) -> Path:
    uow.actor.require(Permission.BACKUP)
    return backup_to(uow.db, dest)


def backup_automatic(db: Database, reason: str) -> Path:
    folder = backup_dir(db)
    folder.mkdir(exist_ok=True)
    assert db.path is not None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{db.path.stem}-{stamp}-{reason}{db.path.suffix or '.coopdesk'}"
    backup_to(db, dest)
    _rotate(folder)
    return dest


def _rotate(folder: Path) -> None:
    copies = sorted(folder.glob("*.coopdesk"), key=lambda p: p.name)
    for old in copies[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)


def last_automatic_backup(db: Database) -> dt.datetime | None:
    if db.path is None or not backup_dir(db).exists():
        return None
    times = [p.stat().st_mtime for p in backup_dir(db).glob("*.coopdesk")]
    return dt.datetime.fromtimestamp(max(times)) if times else None


def backup_if_due(db: Database, every: dt.timedelta = SCHEDULE) -> Path | None:
    """The rotating scheduled backup: one when the newest copy is older than ``every``."""
    last = last_automatic_backup(db)
    if last is not None and dt.datetime.now() - last < every:
        return None
    return backup_automatic(db, "scheduled")


def _copy_to_sqlite(db: Database, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    target = Database.connect(str(tmp), must_exist=False)
    try:
        migrate(target)
        with db.engine.connect() as src, target.engine.connect().execution_options(
                coopdesk_write=True) as out, out.begin():
            for table in metadata.sorted_tables:
                rows = src.execute(select(table)).mappings()
                batch = [dict(r) for r in rows]
                if batch:
                    out.execute(insert(table), batch)
    finally:
        target.dispose()
    os.replace(tmp, dest)


def check_backup(path: Path) -> audit.VerifyResult:
    """Open a backup and verify its audit chain; raise if it is not a sound coopdesk file."""
    if not path.exists():
        raise FileError(_("There is no backup at {path}.", path=path))
    bak = Database.connect(str(path))
    try:
        if current_revision(bak) is None:
            raise FileError(_("{path} is not a coopdesk backup.", path=path))
        with bak.session() as s:
            result = audit.verify(s)
    except DatabaseError as exc:
        raise FileError(_("{path} is not a coopdesk backup or is damaged.", path=path)) from exc
    finally:
        bak.dispose()
    if not result.ok:
        raise IntegrityBroken(_("The backup {path} does not verify: {problem}", path=path,
                                problem=result.problem))
    return result


def restore(target: str, backup_path: Path, actor: Actor | None) -> Path | None:
    """Replace the cooperative at ``target`` with a backup.

    The backup is checked first (its chain must verify). If ``target`` holds a cooperative, the
    acting user must be allowed to restore, and the current state is backed up before it is
    replaced. Returns that safety copy, if one was made.
    """
    backup_path = backup_path.expanduser().resolve()
    check_backup(backup_path)
    safety: Path | None = None
    try:
        existing: Database | None = Database.connect(target)
    except FileError:
        existing = None
    if existing is None:  # nothing there yet: the backup becomes the file
        _sqlite_restore(backup_path, Path(target).expanduser().resolve())
    else:
        try:
            if current_revision(existing) is not None:
                if actor is None:
                    raise FileError(_("Log in as an administrator of {db} to restore over it.",
                                      db=existing.label))
                actor.require(Permission.RESTORE)
                if existing.path is not None:
                    safety = backup_automatic(existing, "pre-restore")
                else:  # a server's cooperative: the safety copy goes beside the backup used
                    name = make_url(existing.url).database or "cooperative"
                    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                    safety = backup_to(existing, backup_path.with_name(
                        f"{name}-{stamp}-pre-restore.coopdesk"))
            if existing.path is not None:
                existing.dispose()
                _sqlite_restore(backup_path, existing.path)
            else:
                _restore_into_server(existing, backup_path)
        finally:
            existing.dispose()
    db = open_cooperative(target, scheduled_backup=False).db
    try:
        uow = UnitOfWork(db, actor or SYSTEM)
        with uow.write(None, "settings") as tx:
            tx.audit("file.restore", "cooperative", 1, backup=backup_path.name,
                     safety_copy=safety.name if safety else None)
    finally:
        db.dispose()
    return safety


def _sqlite_restore(backup_path: Path, dest: Path) -> None:
    src = sqlite3.connect(str(backup_path))
    live = sqlite3.connect(str(dest), timeout=30)
    try:
        src.backup(live)
    finally:
        live.close()
        src.close()


def _restore_into_server(db: Database, backup_path: Path) -> None:
    src = create_engine(f"sqlite+pysqlite:///{backup_path}")
    try:
        with src.connect() as inp, db.engine.begin() as out:
            for table in reversed(metadata.sorted_tables):
                out.execute(delete(table))
            for table in metadata.sorted_tables:
                batch = [dict(r) for r in inp.execute(select(table)).mappings()]
                if batch:
                    out.execute(insert(table), batch)
                pk = list(table.primary_key.columns)
                if len(pk) == 1 and pk[0].autoincrement is not False and batch:
                    seq = out.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                     {"t": table.name, "c": pk[0].name})
                    if seq:
                        top = out.scalar(select(func.max(pk[0])))
                        out.execute(text("SELECT setval(:s, :v)"), {"s": seq, "v": top})
    finally:
        src.dispose()


__all__ = ["CoopdeskError", "NewCooperative", "Opened", "backup", "backup_automatic",
           "backup_if_due", "backup_to", "check_backup", "create_cooperative", "migrate",
           "open_cooperative", "restore"]
