"""Console people: create (argon2id password hash), list, disable, sign in / out, look up a session.

A role decides what a person may do in the console; ``may`` is the one place that says so."""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models.base import utcnow
from app.models.users import ROLES, User, UserSession
from app.services.audit import append_events, new_event

SESSION_HOURS = 12
MIN_PASSWORD = 10
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# What each role may do: check drafts (everyone), review, write rules, publish rules, administer people and keys.
_RIGHTS = {
    "reviewer": {"check", "read", "review", "incidents"},
    "rule_author": {"check", "read", "rules"},
    "officer": {"check", "read", "review", "rules", "publish", "incidents"},
    "admin": {"check", "read", "review", "rules", "publish", "incidents", "admin"},
}
# A hash to verify against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY = _hasher.hash("not-a-password")


@dataclass(frozen=True, slots=True)
class SignedIn:
    user: User
    csrf: str


def may(role: str, right: str) -> bool:
    return right in _RIGHTS.get(role, set())


def actor_of(user: User) -> str:
    """How audit events and reviews name a person."""
    return f"user:{user.username}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(*, session: Session, username: str, display_name: str, role: str, password: str,
                actor: str) -> User:
    username = username.strip()
    if not username or len(username) > 100 or any(c.isspace() for c in username):
        raise InvalidInput("a username is 1 to 100 characters without spaces", field="username")
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}; roles are {list(ROLES)}", field="role")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD} characters", field="password")
    if session.scalars(select(User).where(User.username == username)).first() is not None:
        raise InvalidInput(f"username {username!r} is taken", field="username")
    user = User(id=uuid.uuid4().hex, username=username, display_name=display_name.strip() or username, role=role,
                password_hash=_hasher.hash(password), created_at=utcnow())
    session.add(user)
    append_events(session, [new_event("user.create", actor=actor, payload=json.dumps(
        {"user_id": user.id, "username": username, "role": role}, sort_keys=True))])
    return user


def list_users(*, session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.created_at)))


def disable_user(*, session: Session, user_id: str, actor: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"no user {user_id!r}")
    if user.disabled_at is None:
        user.disabled_at = utcnow()
        session.execute(delete(UserSession).where(UserSession.user_id == user.id))
        append_events(session, [new_event("user.disable", actor=actor, payload=json.dumps(
            {"user_id": user.id, "username": user.username}, sort_keys=True))])
    return user


def sign_in(*, session: Session, username: str, password: str) -> tuple[str, SignedIn] | None:
    """A new session token (for the cookie) and the signed-in person, or None for a wrong name or password."""
    user = session.scalars(select(User).where(User.username == username.strip())).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled_at is not None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = UserSession(token_hash=_digest(token), user_id=user.id, csrf=secrets.token_urlsafe(32), created_at=now,
                      expires_at=now + timedelta(hours=SESSION_HOURS))
    session.add(row)
    return token, SignedIn(user, row.csrf)


def session_user(*, session: Session, token: str) -> SignedIn | None:
    row = session.get(UserSession, _digest(token))
    if row is None or row.expires_at <= utcnow():
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled_at is not None:
        return None
    return SignedIn(user, row.csrf)


def sign_out(*, session: Session, token: str) -> None:
    session.execute(delete(UserSession).where(UserSession.token_hash == _digest(token)))
