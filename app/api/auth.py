"""HTTP side of API-key authentication: the bearer header, 401 vs 403, per-key rate limits (429) and per-client
throttling of failed authentications, on top of the HTTP-free ``KeyVerifier``."""

from __future__ import annotations

import math
import threading
import time

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from app.errors import AuthUnavailable, Forbidden, RateLimited, TooManyAuthFailures, Unauthorized
from app.principal import Principal
from app.services.auth import KeyStoreDown, KeyVerifier
from app.services.keys import PREFIX
from app.services.ratelimit import Decision, RateLimiter

_BEARER = {"WWW-Authenticate": "Bearer"}
_RECENT = 60.0  # seconds a worker remembers that a client failed to authenticate
_RECENT_MAX = 10_000


_ALLOWED = Decision(True)


def _retry(seconds: float) -> dict[str, str]:
    return {"Retry-After": str(max(1, math.ceil(seconds)))}


class KeyAuthenticator:
    """``app.state.authenticator``: checks ``Authorization: Bearer pg_…`` for a scope."""

    def __init__(self, verifier: KeyVerifier, limiter: RateLimiter, *, failures_per_minute: int) -> None:
        self.verifier = verifier
        self.limiter = limiter
        self.failures_per_minute = failures_per_minute
        # Clients that failed here recently: only they pay the shared-storage look-up before verification.
        self._failed: dict[str, float] = {}
        self._lock = threading.Lock()

    async def __call__(self, request: Request, scope: str) -> Principal:
        client = request.client.host if request.client else "unknown"
        header = request.headers.get("authorization", "")
        kind, _, token = header.partition(" ")
        if kind.lower() != "bearer" or not token.strip().startswith(PREFIX):
            raise Unauthorized("send an API key as `Authorization: Bearer pg_…`", headers=_BEARER)
        # A client that keeps presenting bad keys is refused before its next key costs a database lookup.
        if self._failed_recently(client):
            blocked = await run_in_threadpool(self.limiter.over, "authfail", client, self.failures_per_minute)
        else:
            blocked = _ALLOWED
        if not blocked.allowed:
            raise TooManyAuthFailures(
                f"more than {self.failures_per_minute} failed authentications a minute from this client; "
                f"retry in {max(1, math.ceil(blocked.retry_after))} s", headers=_retry(blocked.retry_after))
        try:
            verified = await run_in_threadpool(self.verifier.verify, token.strip())
        except KeyStoreDown:
            raise AuthUnavailable("the key database is unreachable and this key was not verified recently on "
                                  "this host; retry shortly", headers=_retry(5)) from None
        if verified is None:
            self._note_failure(client)
            await run_in_threadpool(self.limiter.hit, "authfail", client, self.failures_per_minute)
            raise Unauthorized("the API key is unknown or revoked", headers=_BEARER)
        principal = verified.principal
        if not set(scope.split("|")) & principal.scopes and "admin" not in principal.scopes:  # "a|b": either
            wanted = " or ".join(repr(x) for x in scope.split("|"))
            raise Forbidden(f"this key lacks the {wanted} scope (it has {sorted(principal.scopes)})")
        decision = await run_in_threadpool(self.limiter.hit, "key", principal.key_id or "", verified.rate)
        if not decision.allowed:
            retry = max(1, math.ceil(decision.retry_after))
            raise RateLimited(f"rate limit of {verified.rate} requests per minute exceeded; retry in {retry} s",
                              headers=_retry(decision.retry_after))
        return principal

    def _failed_recently(self, client: str) -> bool:
        with self._lock:
            return time.monotonic() - self._failed.get(client, -_RECENT) < _RECENT

    def _note_failure(self, client: str) -> None:
        with self._lock:
            if len(self._failed) >= _RECENT_MAX:
                self._failed.clear()
            self._failed[client] = time.monotonic()
