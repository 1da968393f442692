"""Users, passwords (argon2id) and log-in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from coopdesk.core.access import Actor, Permission, Role
from coopdesk.core.errors import AuthenticationFailed, ValidationError
from coopdesk.core.i18n import _
from coopdesk.core.models import User, UserRole
from coopdesk.core.uow import UnitOfWork, WriteTx

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
MIN_PASSWORD = 6
_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,64}$")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def validate_new_user(username: str, full_name: str, password: str, roles: set[Role]) -> None:
    if not _USERNAME.match(username):
        raise ValidationError(_("A user name has 2 to 64 letters, digits, dots, dashes or "
                                "underscores, and no spaces."), "username")
    if not full_name.strip():
        raise ValidationError(_("The full name is empty."), "full_name")
    if len(password) < MIN_PASSWORD:
        raise ValidationError(_("The password must have at least {n} characters.",
                                n=MIN_PASSWORD), "password")
    if not roles:
        raise ValidationError(_("Give the user at least one role."), "roles")


def _insert_user(tx: WriteTx, username: str, full_name: str, password: str,
                 roles: set[Role]) -> int:
    s = tx.session
    if s.scalar(select(func.count()).select_from(User).where(User.username == username)):
        raise ValidationError(_("There is already a user called {name}.", name=username),
                              "username")
    user = User(username=username, full_name=full_name.strip(),
                password_hash=hash_password(password), active=True,
                created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
    user.roles = [UserRole(role=r.value) for r in sorted(roles)]
    s.add(user)
    s.flush()
    tx.audit("user.add", "user", user.id, username=username, full_name=user.full_name,
             roles=sorted(r.value for r in roles))
    tx.touch("users")
    return user.id


def add_user(uow: UnitOfWork, username: str, full_name: str, password: str,
             roles: set[Role]) -> int:
    validate_new_user(username, full_name, password, roles)
    with uow.write(Permission.USERS_MANAGE, "users") as tx:
        return _insert_user(tx, username, full_name, password, roles)


def create_first_administrator(uow: UnitOfWork, username: str, full_name: str,
                               password: str) -> int:
    """The administrator made when a file is created; refused once any user exists."""
    validate_new_user(username, full_name, password, {Role.ADMINISTRATOR})
    with uow.write(None, "users") as tx:
        if tx.session.scalar(select(func.count()).select_from(User)):
            raise ValidationError(_("This file already has users; log in as an "
                                    "administrator to add more."))
        return _insert_user(tx, username, full_name, password, {Role.ADMINISTRATOR})


def change_password(uow: UnitOfWork, username: str, old: str, new: str) -> None:
    authenticate(uow, username, old)
    if len(new) < MIN_PASSWORD:
        raise ValidationError(_("The password must have at least {n} characters.",
                                n=MIN_PASSWORD), "password")
    with uow.write(None, "users") as tx:
        user = tx.session.scalars(select(User).where(User.username == username)).one()
        user.password_hash = hash_password(new)
        tx.audit("user.password", "user", user.id, username=username)


def authenticate(uow: UnitOfWork, username: str, password: str) -> Actor:
    """The actor for a user name and password, or :class:`AuthenticationFailed`."""
    with uow.read() as s:
        user = s.scalars(select(User).where(User.username == username)).one_or_none()
        if user is None or not user.active:
            _hasher.hash(password)  # same time whether or not the user exists
            raise AuthenticationFailed(_("Wrong user name or password."))
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError) as exc:
            raise AuthenticationFailed(_("Wrong user name or password.")) from exc
        return Actor(user.username, frozenset(Role(r.role) for r in user.roles), user.id)


def list_users(uow: UnitOfWork) -> list[UserRow]:
    with uow.read() as s:
        return [UserRow(u.id, u.username, u.full_name, frozenset(Role(r.role) for r in u.roles),
                        u.active) for u in s.scalars(select(User).order_by(User.username))]


def count_users(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(User)) or 0)
