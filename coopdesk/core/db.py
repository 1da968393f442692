"""Opening a cooperative: a SQLite file (the default) or a PostgreSQL database (a federation).

SQLite is set up for a laptop with power cuts: WAL journal, ``synchronous=FULL``, foreign keys
on, and every write transaction starts with ``BEGIN IMMEDIATE`` so that a second process that
wants to write waits for the lock, then gets a clear message, and never interleaves its writes.
Migrations run on open, after an online backup of the file.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.core.errors import FileBusy, FileError
from coopdesk.core.i18n import _

FILE_SUFFIX = ".coopdesk"
BUSY_TIMEOUT_S = 5.0
_SYNCED = re.compile(r"dropbox|onedrive|google ?drive|icloud|nextcloud|owncloud|seafile|"
                     r"syncthing|megasync|pcloud|box sync", re.IGNORECASE)
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs", "fuse.davfs2",
               "afpfs", "ncpfs", "fuse.rclone", "fuse.gvfsd-fuse"}


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def normalise_url(target: str) -> str:
    """A path or a URL to a SQLAlchemy URL; ``postgresql://`` uses the psycopg 3 driver."""
    if not is_url(target):
        return sqlite_url(Path(target).expanduser().resolve())
    url = make_url(target)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def _install_sqlite_events(engine: Engine, busy_timeout: float) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("coopdesk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@dataclass
class Database:
    """An open cooperative database: the engine, a session factory, and where it lives."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def label(self) -> str:
        """How to name this database to a person (a password never shows)."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @classmethod
    def connect(cls, target: str, *, busy_timeout: float = BUSY_TIMEOUT_S,
                must_exist: bool = True) -> Database:
        url = normalise_url(target)
        path: Path | None = None
        if url.startswith("sqlite"):
            path = Path(make_url(url).database or "")
            if must_exist and not path.exists():
                raise FileError(_("There is no cooperative file at {path}.", path=path))
            if not must_exist and path.exists():
                raise FileError(_("{path} already exists; choose another name.", path=path))
            if not path.parent.exists():
                raise FileError(_("The folder {folder} does not exist.", folder=path.parent))
            if path.exists():
                check_sqlite_header(path)
            engine = create_engine(url, connect_args={"timeout": busy_timeout,
                                                       "check_same_thread": False})
            _install_sqlite_events(engine, busy_timeout)
        else:
            engine = create_engine(url, pool_pre_ping=True)
        db = cls(url, engine, sessionmaker(engine, expire_on_commit=False), path)
        db.check_reachable()
        return db

    def check_reachable(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except OperationalError as exc:
            raise FileError(_("Cannot open {db}: {reason}", db=self.label,
                              reason=str(exc.orig).strip())) from exc

    def has_schema(self) -> bool:
        return inspect(self.engine).has_table("cooperative")

    @contextmanager
    def session(self, *, write: bool = False, serializable: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        A write begins with ``BEGIN IMMEDIATE`` on SQLite; a lock held by another process past
        the busy timeout becomes :class:`FileBusy`.
        """
        s = self.sessions()
        try:
            if write:
                options: dict[str, Any] = {"coopdesk_write": True}
                if serializable and not self.is_sqlite:
                    options["isolation_level"] = "SERIALIZABLE"
                s.connection(execution_options=options)
            yield s
            s.commit()
        except OperationalError as exc:
            s.rollback()
            if getattr(exc.orig, "sqlstate", None) in ("40001", "40P01"):
                raise  # a PostgreSQL conflict: UnitOfWork.transact runs the work again
            if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
                raise FileBusy(
                    _("Another program or window is changing {db} right now. Nothing was "
                      "written; wait a moment and try again.", db=self.label)
                ) from exc
            raise
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        self.engine.dispose()


def check_sqlite_header(path: Path) -> None:
    with path.open("rb") as fh:
        header = fh.read(16)
    if header and header != b"SQLite format 3\x00":
        raise FileError(_("{path} is not a coopdesk file.", path=path))


def storage_warnings(path: Path) -> list[str]:
    """Why a file's place is risky: a network share or a synced folder can lose or fork writes."""
    out: list[str] = []
    text = str(path)
    if text.startswith(("\\\\", "//")):
        out.append(_("{path} is on a network share. SQLite files can be damaged when written "
                     "over a network; keep the file on this computer's own disk.", path=path))
    elif _SYNCED.search(text):
        out.append(_("{path} is inside a synced folder. Two computers syncing the same file "
                     "can overwrite each other's work; keep the file outside the synced folder "
                     "and sync its backups instead.", path=path))
    else:
        fstype = _mount_fstype(path)
        if fstype in _NETWORK_FS:
            out.append(_("{path} is on a network file system ({fs}). SQLite files can be "
                         "damaged when written over a network; keep the file on this "
                         "computer's own disk.", path=path, fs=fstype))
    return out


def _mount_fstype(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = os.path.realpath(path)
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (target == parts[1] or target.startswith(parts[1].rstrip("/") + "/")
                                ) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    return fstype
