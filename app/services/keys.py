"""API keys: create (the plaintext is returned once), list, revoke, look up by hash, bootstrap."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import ApiKey, ChainHead
from app.models.base import utcnow
from app.services.audit import append_events, new_event

SCOPES = ("check", "read", "review", "admin")
PREFIX = "pg_"


def hash_key(token: str) -> str:
    # Keys are 32 random bytes: a plain SHA-256 is enough (no dictionary to guess from).
    return hashlib.sha256(token.encode()).hexdigest()


def parse_scopes(scopes: Iterable[str]) -> list[str]:
    wanted = {s.strip() for s in scopes if s.strip()}
    if unknown := sorted(wanted - set(SCOPES)):
        raise InvalidInput(f"unknown scope(s) {unknown}; scopes are {list(SCOPES)}")
    if not wanted:
        raise InvalidInput(f"a key needs at least one scope of {list(SCOPES)}")
    return [s for s in SCOPES if s in wanted]


def create_key(
    *, session: Session, owner: str, scopes: Iterable[str], actor: str, rate_per_minute: int | None = None
) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the plaintext token (shown once, never stored)."""
    if rate_per_minute is not None and rate_per_minute < 1:
        raise InvalidInput(f"rate_per_minute must be at least 1, got {rate_per_minute}")
    token = PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(id=uuid.uuid4().hex[:16], key_hash=hash_key(token), prefix=token[:7], owner=owner,
                 scopes=" ".join(parse_scopes(scopes)), rate_per_minute=rate_per_minute, created_at=utcnow())
    session.add(key)
    append_events(session, [new_event("key.create", actor=actor, payload=_payload(key))])
    return key, token


def _payload(key: ApiKey) -> str:
    import json

    return json.dumps({"key_id": key.id, "owner": key.owner, "scopes": key.scopes}, sort_keys=True)


def list_keys(*, session: Session, include_revoked: bool = False) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.created_at)
    if not include_revoked:
        query = query.where(ApiKey.revoked_at.is_(None))
    return list(session.scalars(query))


def revoke_key(*, session: Session, key_id: str, actor: str) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound(f"no API key {key_id!r}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        append_events(session, [new_event("key.revoke", actor=actor, payload=_payload(key))])
    return key


def find_key(*, session: Session, token: str) -> ApiKey | None:
    """The live key for a presented token, or None (unknown or revoked)."""
    key = session.scalars(select(ApiKey).where(ApiKey.key_hash == hash_key(token))).first()
    return key if key is not None and key.revoked_at is None else None


def bootstrap_admin(*, session: Session, only_if_empty: bool = False) -> str | None:
    """Create an admin key and return its token (print it once), or None.

    ``only_if_empty`` (what ``db upgrade`` does at every container start): only when no key was ever
    created, so revoking every admin key during an incident stays revoked across restarts. Otherwise
    (the explicit ``keys bootstrap``): when no live admin key exists. Race-free: the check and the
    insert run under the chain-head row lock (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE)."""
    session.execute(select(ChainHead.id).where(ChainHead.id == 1).with_for_update()).scalar_one()
    if only_if_empty:
        if session.scalar(select(func.count()).select_from(ApiKey)):
            return None
    elif any("admin" in k.scopes.split() for k in list_keys(session=session)):
        return None
    _, token = create_key(session=session, owner="bootstrap-admin", scopes=SCOPES, actor="bootstrap")
    return token
