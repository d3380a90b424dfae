"""Rate limits shared by every worker process and replica, on the ``limits`` library.

Storage: the service database by default (table ``rate_counters``, one upsert per hit, so 2 workers or 5 replicas
share one count per key), Redis when ``POSTGUARD_RATE_LIMIT_STORAGE`` is a ``redis://`` URL, or ``memory`` (per
process: tests and single-worker experiments only). The strategy is a fixed one-minute window.

A storage failure (database outage) lets the request through and counts it in a metric: during an outage the
service keeps answering checks, and the limiter must not be what turns an outage into a refusal.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage, Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from app.db import Database
from app.models import RateCounter

log = logging.getLogger("postguard.ratelimit")
SWEEP_EVERY = 500  # hits between deletions of expired counters


class SqlStorage(Storage):
    """A ``limits`` storage on the service database: fixed-window counters, atomic by upsert."""

    STORAGE_SCHEME = None  # built directly, never from a URL

    def __init__(self, db: Database) -> None:
        super().__init__(uri=None)
        self.db = db
        self._hits = 0
        self._lock = threading.Lock()

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return SQLAlchemyError

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = time.time()
        table = RateCounter.__table__
        insert = pg_insert if self.db.engine.dialect.name == "postgresql" else sqlite_insert
        fresh = table.c.expires_at <= now  # the stored window is over: start a new one
        base = insert(RateCounter).values(key=key, count=amount, expires_at=now + expiry)
        stmt = base.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "count": _case(fresh, amount, table.c.count + amount),
                "expires_at": _case(fresh, now + expiry, table.c.expires_at),
            },
        ).returning(table.c.count)
        with self.db.session() as session, session.begin():
            count = int(session.execute(stmt).scalar_one())
        self._maybe_sweep(now)
        return count

    def get(self, key: str) -> int:
        with self.db.session() as session:
            row = session.get(RateCounter, key)
        return row.count if row is not None and row.expires_at > time.time() else 0

    def get_expiry(self, key: str) -> float:
        with self.db.session() as session:
            row = session.get(RateCounter, key)
        return row.expires_at if row is not None and row.expires_at > time.time() else time.time()

    def check(self) -> bool:
        try:
            with self.db.session() as session:
                session.execute(select(1))
            return True
        except SQLAlchemyError:
            return False

    def reset(self) -> int | None:
        with self.db.session() as session, session.begin():
            return session.execute(delete(RateCounter)).rowcount  # type: ignore[attr-defined, no-any-return]

    def clear(self, key: str) -> None:
        with self.db.session() as session, session.begin():
            session.execute(delete(RateCounter).where(RateCounter.key == key))

    def _maybe_sweep(self, now: float) -> None:
        with self._lock:
            self._hits += 1
            if self._hits % SWEEP_EVERY:
                return
        with self.db.session() as session, session.begin():
            session.execute(delete(RateCounter).where(RateCounter.expires_at < now - 60))


def _case(condition: object, when_true: object, otherwise: object) -> object:
    from sqlalchemy import case

    return case((condition, when_true), else_=otherwise)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    retry_after: float = 0.0  # seconds until the window resets, when refused


class RateLimiter:
    """``hit(namespace, key, per_minute)`` counts one request and says whether it is within the limit."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._limiter = FixedWindowRateLimiter(storage)
        self.storage_errors = 0

    def hit(self, namespace: str, key: str, per_minute: int) -> Decision:
        item = RateLimitItemPerMinute(per_minute)
        try:
            if self._limiter.hit(item, namespace, key):
                return Decision(True)
            reset = self._limiter.get_window_stats(item, namespace, key).reset_time
        except Exception as exc:
            self.storage_errors += 1
            log.warning("rate-limit storage unavailable; request allowed", extra={"error": type(exc).__name__})
            return Decision(True)
        return Decision(False, max(0.0, reset - time.time()))

    def over(self, namespace: str, key: str, per_minute: int) -> Decision:
        """Whether ``key`` is already over its limit, without counting a hit."""
        item = RateLimitItemPerMinute(per_minute)
        try:
            if self._limiter.test(item, namespace, key):
                return Decision(True)
            reset = self._limiter.get_window_stats(item, namespace, key).reset_time
        except Exception:
            self.storage_errors += 1
            return Decision(True)
        return Decision(False, max(0.0, reset - time.time()))


def build_limiter(storage: str, db: Database | None) -> RateLimiter:
    """``storage``: ``database`` (default; needs a database), ``memory``, or a ``redis://`` / ``rediss://`` URL."""
    if storage == "database" and db is not None:
        return RateLimiter(SqlStorage(db))
    if storage in ("memory", "database"):
        return RateLimiter(MemoryStorage())
    backend = storage_from_string(storage)
    if not isinstance(backend, Storage):
        raise ValueError(f"rate-limit storage {storage!r} is asynchronous; use a synchronous URL (redis://…)")
    return RateLimiter(backend)
