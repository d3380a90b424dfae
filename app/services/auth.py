"""API-key verification without HTTP: database lookup, a short in-process cache, and the shared outage cache.

Policy (docs/operations.md, "Authentication during a database outage"):
- database up: a key is looked up at most every ``CACHE_SECONDS`` per worker, so a revocation takes effect on every
  replica within that time;
- database down: a key is accepted if any worker on this host verified it within ``auth_outage_grace_seconds`` and
  it was not revoked through this host since; any other key gets 503 ``auth_unavailable`` (not 401: the key may
  well be valid).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from app.db import Database
from app.principal import Principal
from app.services.keycache import REVOKED, CachedKey, SharedKeyCache
from app.services.keys import find_key, hash_key

CACHE_SECONDS = 5.0  # a revoked key stops working within this long on every replica


class KeyStoreDown(Exception):
    """The database cannot be asked and the key is not in the outage cache."""


@dataclass(frozen=True, slots=True)
class Verified:
    principal: Principal
    rate: int


class KeyVerifier:
    def __init__(self, db: Database, *, default_rate_per_minute: int, shared: SharedKeyCache | None = None) -> None:
        self.db = db
        self.default_rate = default_rate_per_minute
        self.shared = shared
        self._cache: dict[str, tuple[Verified, float]] = {}
        self._lock = threading.Lock()

    def verify(self, token: str) -> Verified | None:
        """The key's principal and rate, None if unknown or revoked; KeyStoreDown during an outage."""
        digest = hash_key(token)
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None and hit[1] > now:
            return hit[0]
        try:
            with self.db.session() as session:
                key = find_key(session=session, token=token)
        except SQLAlchemyError:
            return self._during_outage(digest)
        if key is None:
            with self._lock:
                self._cache.pop(digest, None)
            if self.shared is not None:
                self.shared.forget(digest)
            return None
        verified = Verified(Principal(key_id=key.id, owner=key.owner, scopes=frozenset(key.scopes.split())),
                            key.rate_per_minute or self.default_rate)
        with self._lock:
            self._cache[digest] = (verified, now + CACHE_SECONDS)
        if self.shared is not None:
            self.shared.remember(digest, CachedKey(key.id, key.owner, tuple(key.scopes.split()), verified.rate,
                                                   time.time()))
        return verified

    def _during_outage(self, digest: str) -> Verified | None:
        cached = self.shared.lookup(digest) if self.shared is not None else None
        if cached == REVOKED:
            return None
        if not isinstance(cached, CachedKey):
            raise KeyStoreDown
        return Verified(Principal(key_id=cached.key_id, owner=cached.owner, scopes=frozenset(cached.scopes)),
                        cached.rate)
