"""Bearer API-key authentication, scope checks (401 vs 403) and per-key token-bucket rate limits."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from app.api.deps import Principal
from app.db import Database
from app.errors import Forbidden, RateLimited, Unauthorized
from app.services.keys import PREFIX, find_key, hash_key

CACHE_SECONDS = 5.0  # a revoked key stops working within this long on every replica


class TokenBucket:
    """``rate`` requests per minute with a burst of ``rate``; thread-safe."""

    def __init__(self, rate_per_minute: int) -> None:
        self.capacity = float(rate_per_minute)
        self.refill = rate_per_minute / 60.0
        self.tokens = self.capacity
        self.stamp = time.monotonic()
        self._lock = threading.Lock()

    def take(self) -> float:
        """0 if allowed, else seconds until a token is available."""
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.refill)
            self.stamp = now
            if self.tokens >= 1:
                self.tokens -= 1
                return 0.0
            return (1 - self.tokens) / self.refill


@dataclass
class _Cached:
    principal: Principal
    rate: int
    until: float


class KeyAuthenticator:
    """``app.state.authenticator``: checks ``Authorization: Bearer pg_…`` against the key table."""

    def __init__(self, db: Database, *, default_rate_per_minute: int) -> None:
        self.db = db
        self.default_rate = default_rate_per_minute
        self._cache: dict[str, _Cached] = {}
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    async def __call__(self, request: Request, scope: str) -> Principal:
        header = request.headers.get("authorization", "")
        kind, _, token = header.partition(" ")
        if kind.lower() != "bearer" or not token.strip().startswith(PREFIX):
            raise Unauthorized("send an API key as `Authorization: Bearer pg_…`",
                               headers={"WWW-Authenticate": "Bearer"})
        cached = await run_in_threadpool(self._lookup, token.strip())
        if cached is None:
            raise Unauthorized("the API key is unknown or revoked", headers={"WWW-Authenticate": "Bearer"})
        principal = cached.principal
        if not set(scope.split("|")) & principal.scopes and "admin" not in principal.scopes:  # "a|b": either
            wanted = " or ".join(repr(x) for x in scope.split("|"))
            raise Forbidden(f"this key lacks the {wanted} scope (it has {sorted(principal.scopes)})")
        wait = self._bucket(principal.key_id or "", cached.rate).take()
        if wait > 0:
            retry = max(1, math.ceil(wait))
            raise RateLimited(f"rate limit of {cached.rate} requests per minute exceeded; retry in {retry} s",
                              headers={"Retry-After": str(retry)})
        return principal

    def _lookup(self, token: str) -> _Cached | None:
        digest = hash_key(token)
        now = time.monotonic()
        hit = self._cache.get(digest)
        if hit is not None and hit.until > now:
            return hit
        try:
            with self.db.session() as session:
                key = find_key(session=session, token=token)
        except SQLAlchemyError:
            return hit  # database down: a key seen before keeps working (checks are spooled)
        if key is None:
            self._cache.pop(digest, None)
            return None
        entry = _Cached(Principal(key_id=key.id, owner=key.owner, scopes=frozenset(key.scopes.split())),
                        key.rate_per_minute or self.default_rate, now + CACHE_SECONDS)
        self._cache[digest] = entry
        return entry

    def _bucket(self, key_id: str, rate: int) -> TokenBucket:
        with self._lock:
            bucket = self._buckets.get(key_id)
            if bucket is None or bucket.capacity != rate:
                bucket = self._buckets[key_id] = TokenBucket(rate)
            return bucket
