"""Shared fixtures: a cooperative on SQLite or on a real PostgreSQL server, and users of each
role. Qt runs offscreen; tests/ui/conftest.py keeps message boxes from blocking."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coopdesk.core.access import Role
from coopdesk.core.db import Database
from coopdesk.core.files import NewCooperative, create_cooperative
from coopdesk.core.i18n import set_language
from coopdesk.core.uow import UnitOfWork
from coopdesk.core.users import add_user, authenticate
from tests.pg import PgServer

PASSWORD = "secret1"
SPEC = NewCooperative("Cooperativa Minera El Porvenir", "COP", "CO", "es", "10000")


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """argon2id with the smallest cost in tests only: the suite creates hundreds of users."""
    from argon2 import PasswordHasher

    from coopdesk.core import users

    real = users._hasher
    users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    users._hasher = real


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    try:
        server = PgServer()
    except Exception as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI=true but could not start: {exc}")
        yield None
        return
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where a new cooperative goes: a file path, or a fresh PostgreSQL database URL."""
    if backend == "sqlite":
        yield str(tmp_path / "coop.coopdesk")
        return
    server: PgServer | None = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip("PostgreSQL server not available (set CI=true to make this a failure)")
    name = "t_" + uuid.uuid4().hex[:12]
    url = server.create_database(name)
    yield url
    server.drop_database(name)


@pytest.fixture
def db(target: str) -> Iterator[Database]:
    database = create_cooperative(target, SPEC, "admin", "Ana Administradora", PASSWORD)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = create_cooperative(str(tmp_path / "coop.coopdesk"), SPEC, "admin",
                                  "Ana Administradora", PASSWORD)
    yield database
    database.dispose()


def login(db: Database, username: str = "admin") -> UnitOfWork:
    return UnitOfWork(db, authenticate(UnitOfWork(db), username, PASSWORD))


def add_role_users(uow: UnitOfWork) -> dict[Role, UnitOfWork]:
    """One user per role (administrator is ``admin``); returns a logged-in uow for each."""
    out = {Role.ADMINISTRATOR: uow}
    for role in Role:
        if role is Role.ADMINISTRATOR:
            continue
        add_user(uow, role.value, role.value.title(), PASSWORD, {role})
        out[role] = login(uow.db, role.value)
    return out


@pytest.fixture
def admin(db: Database) -> UnitOfWork:
    return login(db)


@pytest.fixture
def sqlite_admin(sqlite_db: Database) -> UnitOfWork:
    return login(sqlite_db)


SMALL_DEMO = (60, 7)  # members, seed: the demo the sharing and bank tests read


@pytest.fixture(scope="session")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    """One small demo cooperative (and its statement files) for every test module that reads
    the demo's books, sharing and bank: made once, it takes seconds."""
    from coopdesk.demo import make_demo

    root = tmp_path_factory.mktemp("small-demo")
    members, seed = SMALL_DEMO
    db = make_demo(str(root / "demo.coopdesk"), members=members, seed=seed, photos=False,
                   statements=root / "statements")
    yield db, root / "statements"
    db.dispose()


@pytest.fixture
def cli_env(admin: UnitOfWork, target: str, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[UnitOfWork]:
    """The cooperative ready for ``coopdesk.cli.main``: a user per role (password
    ``PASSWORD``), the file named by ``COOPDESK_DB``, English; every file the CLI opens is
    closed after the test."""
    from coopdesk.core import files

    add_role_users(admin)
    monkeypatch.setenv("COOPDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("COOPDESK_DB", target)
    monkeypatch.delenv("COOPDESK_LANG", raising=False)
    monkeypatch.delenv("COOPDESK_USER", raising=False)
    opened: list[files.Opened] = []
    real = files.open_cooperative

    def open_and_keep(where: str, **kw: bool) -> files.Opened:
        o = real(where, **kw)
        opened.append(o)
        return o

    monkeypatch.setattr(files, "open_cooperative", open_and_keep)
    yield admin
    for o in opened:
        o.db.dispose()
