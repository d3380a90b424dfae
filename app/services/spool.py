"""The audit recorder: writes each answered check to the chain, or to a durable local spool while the
database is unreachable, and replays the spool in order when it is back.

The spool is one append-only JSON-lines file per process (``audit-<host>-<pid>.jsonl``), fsync'd
after every event and flock'ed while its process lives; a spool left by a dead process is adopted
and replayed by any live one. Replay skips events already in the database (a crash between commit
and truncation), so nothing is written twice and nothing is lost.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import socket
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from app.db import Database
from app.engine import CheckResult
from app.services.audit import append_events, existing_ids, new_event
from app.services.checks import CheckEvent, pii_succeeded

log = logging.getLogger("postguard.audit")
RETRY_SECONDS = 1.0


class Spool:
    """An fsync'd append-only file of pending audit rows."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise

    @classmethod
    def open_own(cls, directory: Path, stem: str) -> Spool:
        """This recorder's own spool: ``stem.jsonl``, or ``stem-N.jsonl`` when another recorder in the
        same process (two apps in one test process, say) already holds that one — never a wait."""
        for n in range(1000):
            try:
                return cls(directory / (f"{stem}.jsonl" if n == 0 else f"{stem}-{n}.jsonl"))
            except BlockingIOError:
                continue
        raise RuntimeError(f"no free audit spool file for {stem} in {directory}")

    def append(self, row: dict[str, Any]) -> None:
        line = json.dumps({**row, "created_at": row["created_at"].isoformat()}, ensure_ascii=False) + "\n"
        os.write(self._fd, line.encode())
        os.fsync(self._fd)

    def read(self) -> list[dict[str, Any]]:
        return read_spool(self.path)

    def truncate(self) -> None:
        os.ftruncate(self._fd, 0)
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)
        if self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink(missing_ok=True)


def read_spool(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:  # a torn last line from a crash mid-write: its check was not answered
            continue
        row["created_at"] = datetime.fromisoformat(row["created_at"])
        rows.append(row)
    return rows


def check_row(event: CheckEvent, *, policy: str) -> dict[str, Any]:
    """The audit row of one answered check; what is kept of the text follows ``policy``."""
    post, result = event.post, event.result
    stored: str | None = None
    title: str | None = None
    if policy == "full":
        stored, title = post.text, post.title
    elif policy == "redacted" and pii_succeeded(result):
        # Redaction masks what the PII detector found; if it did not run, or timed out or failed on this
        # check, nothing is known to be masked, so keep nothing (the row says "withheld"); the log is
        # append-only, raw PII in it could never be cleaned.
        stored = event.redacted_text if event.redacted_text is not None else _redact(event)
    findings = [{"category": str(f.category), "rule_id": f.rule_id, "severity": str(f.severity), "field": f.field,
                 "start": f.start, "end": f.end, "detector": f.detector, "score": round(f.score, 4)}
                for f in result.findings]
    digest = hashlib.sha256(post.text.encode())
    if post.title:
        digest.update(b"\x00" + post.title.encode())
    return new_event(
        "check", request_id=event.request_id, actor=event.key_id, account_id=post.account.id,
        channel=post.channel, content_type=post.content_type, content_sha256=digest.hexdigest(),
        text_policy=_text_policy(policy, stored, result), stored_text=stored,
        stored_title=title, verdict=str(result.verdict),
        findings=json.dumps(findings, ensure_ascii=False, sort_keys=True),
        categories="".join(sorted({f",{f['category']}" for f in findings})) + ("," if findings else ""),
        ruleset_name=result.ruleset_name, ruleset_version=result.ruleset_version,
        detectors=json.dumps(result.detector_versions, sort_keys=True), latency_ms=round(result.elapsed_ms, 3),
    )


def _text_policy(policy: str, stored: str | None, result: CheckResult) -> str:
    if stored is not None:
        return policy
    # "withheld": redaction was asked for but the PII detector was enabled and did not succeed.
    degraded = policy == "redacted" and any(r.name == "pii" for r in result.runs)
    return "withheld" if degraded else "none"


def _redact(event: CheckEvent) -> str | None:
    try:
        from app.services.checks import redact_post

        return redact_post(event.post, event.result.findings)
    except Exception as exc:  # never fail a check over its audit copy: keep no text instead
        log.error("audit_redaction_failed", extra={"error": type(exc).__name__})
        return None


class AuditRecorder:
    """``Recorder`` for app.services.checks: database first, spool when the database is down."""

    def __init__(self, db: Database, *, policy: str, spool_dir: Path, retry_seconds: float = RETRY_SECONDS) -> None:
        self.db = db
        self.policy = policy
        self.spool_dir = spool_dir
        self.spool = Spool.open_own(spool_dir, f"audit-{socket.gethostname()}-{os.getpid()}")
        self._lock = threading.Lock()
        self._pending = len(self.spool.read())
        self._down_since: float | None = None
        self.retry_seconds = retry_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._replay_loop, name="audit-replay", daemon=True)
        self._thread.start()

    def record(self, event: CheckEvent) -> str:
        row = check_row(event, policy=self.policy)
        with self._lock:
            queued = self._pending > 0 or self._down_since is not None
            if queued:  # keep order: once something is spooled, everything goes behind it
                self._to_spool(row)
                return str(row["id"])
        try:
            self._write([row])
        except SQLAlchemyError as exc:
            with self._lock:
                if self._down_since is None:
                    self._down_since = time.monotonic()
                    log.error("audit_db_unavailable", extra={"error": type(exc).__name__})
                self._to_spool(row)
        return str(row["id"])

    def _to_spool(self, row: dict[str, Any]) -> None:
        self.spool.append(row)
        self._pending += 1

    def _write(self, rows: list[dict[str, Any]]) -> None:
        with self.db.session() as session, session.begin():
            seen = existing_ids(session, [r["id"] for r in rows])
            append_events(session, [r for r in rows if r["id"] not in seen])

    def replay(self) -> int:
        """Move spooled events (ours, then orphans of dead processes) into the database, in order."""
        moved = 0
        with self._lock:
            rows = self.spool.read()
            if rows:
                for start in range(0, len(rows), 500):
                    self._write(rows[start : start + 500])
                self.spool.truncate()
                moved += len(rows)
            self._pending = 0
            self._down_since = None
        for path in sorted(self.spool_dir.glob("audit-*.jsonl")):
            if path != self.spool.path:
                moved += self._adopt(path)
        if moved:
            log.info("audit_spool_replayed", extra={"events": moved})
        return moved

    def _adopt(self, path: Path) -> int:
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return 0
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # its process is alive and will replay it itself
            os.close(fd)
            return 0
        try:
            rows = read_spool(path)
            for start in range(0, len(rows), 500):
                self._write(rows[start : start + 500])
            path.unlink(missing_ok=True)
            return len(rows)
        finally:
            os.close(fd)

    def _replay_loop(self) -> None:
        while not self._stop.wait(self.retry_seconds):
            if self._pending == 0 and self._down_since is None and not self._orphans():
                continue
            try:
                self.replay()
            except SQLAlchemyError:
                continue  # still down; try again next tick

    def _orphans(self) -> bool:
        return any(p != self.spool.path for p in self.spool_dir.glob("audit-*.jsonl"))

    def health(self) -> dict[str, Any]:
        down = self._down_since is not None
        return {"status": "degraded" if down or self._pending else "ok", "database": "down" if down else "up",
                "spooled": self._pending}

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        try:
            if self._pending:
                self.replay()
        except SQLAlchemyError:
            log.error("audit_spool_kept", extra={"events": self._pending, "spool": str(self.spool.path)})
        self.spool.close()
