"""The database-backed RulesetSource: the published version, swapped whole when a new one is published.

Workers poll the ``ruleset_epoch`` counter every ``poll_seconds`` (one indexed single-row read);
on a change they load and parse the published version off the request path and then replace one
reference, so a request that already took the old Ruleset finishes under it. With a warmer set
(``warm_with``), each new version is warmed before the swap, so the first request after a publish
does not pay for building its lexicon index and detector configs.

Each version is verified before it is served (``verified_ruleset``: its content against its checksum, and
that checksum against the one the audit log recorded at publish). A version that fails is refused: the
worker keeps serving the last good one, logs ``ruleset_refused``, and reports it in /readyz and the
``postguard_ruleset_refused`` metric until a good version is published or rolled back to. A worker that
starts while the published version fails has nothing good to serve and refuses to start.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError

from app.db import Database
from app.errors import RulesetTampered
from app.models.base import utcnow
from app.ruleset import Ruleset
from app.services.rulesets import epoch, published_version, verified_ruleset

log = logging.getLogger("postguard.rulesets")


class DatabaseSource:
    def __init__(self, db: Database, *, poll_seconds: float) -> None:
        self.db = db
        self.poll_seconds = poll_seconds
        self._epoch = -1
        self._refused_epoch = -1
        self._ruleset: Ruleset | None = None
        self.refused: dict[str, object] | None = None  # the published version this worker will not serve
        self.swapped_at = 0.0
        self._warm: Callable[[Ruleset], None] | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()  # the poll thread and a publishing request may refresh at once
        self.refresh()
        if self._ruleset is None:
            raise RuntimeError("no published ruleset version; run `postguard db upgrade` (imports the default)")
        self._thread: threading.Thread = threading.Thread(target=self._poll, name="ruleset-poll", daemon=True)
        self._thread.start()

    def current(self) -> Ruleset:
        assert self._ruleset is not None
        return self._ruleset

    def warm_with(self, warm: Callable[[Ruleset], None]) -> None:
        """Run ``warm`` on every later version before it becomes current (the first is warmed at startup)."""
        self._warm = warm

    def refresh(self) -> bool:
        """Load the published version if the epoch moved; True when a new ruleset became current."""
        with self._lock, self.db.session() as session:
            now = epoch(session=session)
            if now in (self._epoch, self._refused_epoch):
                return False
            version = published_version(session=session)
            if version is None:
                return False
            try:
                ruleset = verified_ruleset(session=session, version=version)
            except RulesetTampered as exc:
                self._refuse(now, version.number, exc.detail)
                return False
            self._warm_up(ruleset)
            self._ruleset, self._epoch = ruleset, now  # one reference swap: never half a ruleset
            self.refused, self.swapped_at = None, time.time()
        log.info("ruleset_active", extra={"ruleset_version": ruleset.version, "epoch": now})
        return True

    def _refuse(self, now: int, number: int, reason: str) -> None:
        self._refused_epoch = now  # not re-read every poll; the next publish or rollback moves the epoch
        serving = self._ruleset.version if self._ruleset is not None else None
        self.refused = {"version": number, "reason": reason, "since": utcnow().isoformat(), "serving": serving}
        log.error("ruleset_refused", extra={"ruleset_version": number, "serving_version": serving, "reason": reason})
        if self._ruleset is None:
            raise RuntimeError(f"{reason}; refusing to serve it: publish or roll back to a good version")

    def _warm_up(self, ruleset: Ruleset) -> None:
        # Requests keep using the old version meanwhile. Warming only saves time: a failure is logged and
        # the version is served anyway (it was validated when published; a detector error degrades a check).
        if self._warm is None:
            return
        started = time.perf_counter()
        try:
            self._warm(ruleset)
        except Exception as exc:  # any failure: never keep a published version from being served
            log.warning("ruleset_warm_failed", extra={"ruleset_version": ruleset.version, "error": type(exc).__name__})
            return
        log.info("ruleset_warmed", extra={"ruleset_version": ruleset.version,
                                          "elapsed_ms": round((time.perf_counter() - started) * 1000, 1)})

    def _poll(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                self.refresh()
            except (SQLAlchemyError, ValueError) as exc:  # keep serving the current version
                log.warning("ruleset_poll_failed", extra={"error": type(exc).__name__})

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
