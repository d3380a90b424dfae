"""The audit recorder: writes each answered check to the chain, or to a durable local spool while the
database is unreachable, and replays the spool in order when it is back.

The spool is one append-only JSON-lines file per process (``audit-<host>-<pid>.jsonl``), fsync'd
after every event and flock'ed while its process lives; a spool left by a dead process is adopted
and replayed by any live one, at start and every retry tick. Replay skips events already in the
database (a crash between commit and truncation), so nothing is written twice and nothing is lost.

Checks are written by group commit (app/services/group_commit.py): each request's row goes to one committer
thread, which writes everything queued in one transaction (or, while the database is down, one spool write
and fsync), and the request is answered only after its group is durable (docs/audit.md, *Group commit*).

Failures are told apart: a lost connection (an outage) spools and queues later events behind it; an
event the database refuses (a data error) can never succeed, so it goes to ``dead-letter.jsonl`` with
an error log line and the queue moves on. A spool or dead-letter write that fails raises
``AuditUnavailable`` (503) before the check is answered: no answered check goes unrecorded.
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
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, SQLAlchemyError, StatementError

from app.db import Database
from app.engine import CheckResult
from app.errors import PostguardError
from app.models.base import utcnow
from app.services.audit import append_rows, append_rows_on, existing_ids, new_event, write_head_checkpoint
from app.services.checks import CheckEvent, pii_succeeded, stored_findings
from app.services.durable import append_line, fsync_dir, write_all
from app.services.group_commit import GroupCommitter

if TYPE_CHECKING:
    from app.services.audit_pg import PgLiveAppender

log = logging.getLogger("postguard.audit")
RETRY_SECONDS = 1.0
DEAD_LETTER = "dead-letter.jsonl"


class AuditUnavailable(PostguardError):
    code = "audit_unavailable"
    status = 503
    title = "Audit log unavailable"


def is_poison(exc: SQLAlchemyError) -> bool:
    """True when the database refused this event's data (retrying cannot help); False for an outage.

    Only data and integrity errors count: anything else (a lost connection, a missing table, a pool
    timeout) may be the database's state rather than the event's, so it is retried, never discarded."""
    if isinstance(exc, DBAPIError):
        return not exc.connection_invalidated and isinstance(exc, DataError | IntegrityError)
    return isinstance(exc, StatementError)  # failed before reaching the database: a value it cannot bind


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
        fsync_dir(path.parent)

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
        """Append one event durably, or leave the file as it was and raise OSError (disk full, say)."""
        write_all(self._fd, encode_row(row))

    def append_many(self, rows: list[dict[str, Any]]) -> None:
        """Append events with one write and one fsync: all of them durably, or none (the file as it was)."""
        write_all(self._fd, b"".join(encode_row(row) for row in rows))

    def read(self) -> list[dict[str, Any]]:
        return read_spool(self.path)

    def truncate(self) -> None:
        os.ftruncate(self._fd, 0)
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)
        if self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink(missing_ok=True)


def encode_row(row: dict[str, Any]) -> bytes:
    return (json.dumps({**row, "created_at": row["created_at"].isoformat()}, ensure_ascii=False) + "\n").encode()


def read_spool(path: Path, bad: list[str] | None = None) -> list[dict[str, Any]]:
    """The spooled rows; undecodable lines (a crash mid-write) are collected in ``bad``, never just dropped."""
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            row["created_at"] = datetime.fromisoformat(row["created_at"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError):
            if bad is not None:
                bad.append(line)
            continue
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
    findings = stored_findings(event, policy=policy if stored is not None else "none")
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
        purpose=event.purpose,
        **({"payload": json.dumps({"images": image_records(event, policy if stored is not None else "none")},
                                  ensure_ascii=False, sort_keys=True)} if event.images else {}),
    )


def image_records(event: CheckEvent, policy: str) -> list[dict[str, Any]]:
    """What the audit log keeps of each image: its SHA-256, format and size always, never its bytes; the text
    read in it as the post's text is kept (``policy``: full, redacted with PII masked, or none)."""
    from app.redact import redact

    out = []
    for image in event.images:
        text: str | None = None
        if image.text is not None and policy == "full":
            text = image.text
        elif image.text is not None and policy == "redacted":
            text = redact(image.text, event.result.findings, field=f"image:{image.index}")
        name = image.name if policy == "full" else None  # a file name can name a person
        out.append({"index": image.index, "name": name, "sha256": image.sha256, "format": image.format,
                    "width": image.width, "height": image.height, "read": image.text is not None, "text": text})
    return out


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

    def __init__(self, db: Database, *, policy: str, spool_dir: Path, retry_seconds: float = RETRY_SECONDS,
                 checkpoint_file: Path | None = None, checkpoint_seconds: float = 60.0,
                 max_group: int = 256) -> None:
        self.db = db
        self.policy = policy
        self.spool_dir = spool_dir
        self.spool = Spool.open_own(spool_dir, f"audit-{socket.gethostname()}-{os.getpid()}")
        self.dead_letter = spool_dir / DEAD_LETTER
        self.checkpoint_file = checkpoint_file
        self.checkpoint_seconds = checkpoint_seconds
        self._last_checkpoint: tuple[float, int] | None = None  # (monotonic time, head seq)
        self._lock = threading.Lock()
        self._pending = len(self.spool.read())
        self._down_since: float | None = None
        self.retry_seconds = retry_seconds
        # Adopt at start: our own leftover (same host and pid after a container restart) and orphans.
        self._try_replay()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._replay_loop, name="audit-replay", daemon=True)
        self._thread.start()
        self._live_conn: Connection | None = None  # the group committer's own connection (``_write_live``)
        # PostgreSQL through psycopg 3 (what postgresql:// URLs mean here): the live groups in one statement each,
        # on a connection of the appender's own; another driver keeps the Core path
        self._pg_live: PgLiveAppender | None = None
        if db.is_postgres and db.engine.dialect.driver == "psycopg":
            from app.services.audit_pg import PgLiveAppender  # psycopg: only where PostgreSQL is used

            self._pg_live = PgLiveAppender(db.engine, db.audit_key)
        self._committer: GroupCommitter[dict[str, Any]] = GroupCommitter(
            self._commit_group, max_group=max_group, name="audit-commit")

    def record(self, event: CheckEvent) -> str:
        """Hand the check's row to the group committer and return once it is durable (in the database, or
        in the fsync'd spool); AuditUnavailable when neither could take it. The answer waits for this."""
        row = check_row(event, policy=self.policy)
        self._committer.submit(row)
        return str(row["id"])

    def _commit_group(self, rows: list[dict[str, Any]]) -> list[BaseException | None]:
        """One group, in order: one transaction for all of it while the database is up; the spool (one fsync)
        while it is down or anything is still spooled (so nothing overtakes what waits there)."""
        with self._lock:
            if self._pending > 0 or self._down_since is not None:
                return self._spool_group(rows)
        try:
            self._write(rows, fresh=True)
            return [None] * len(rows)
        except SQLAlchemyError as exc:
            if not is_poison(exc):
                with self._lock:
                    self._mark_down(exc)
                    return self._spool_group(rows)
        # The database refused something in the group: row by row, so only the refused rows are set aside.
        outcomes: list[BaseException | None] = []
        for row in rows:
            with self._lock:
                if self._down_since is not None:
                    outcomes.extend(self._spool_group([row]))
                    continue
            try:
                self._write([row], fresh=True)
                outcomes.append(None)
            except SQLAlchemyError as exc:
                if is_poison(exc):
                    try:
                        self._to_dead_letter(row, exc, fail_closed=True)
                        outcomes.append(None)
                    except AuditUnavailable as err:
                        outcomes.append(err)
                    continue
                with self._lock:
                    self._mark_down(exc)
                    outcomes.extend(self._spool_group([row]))
        return outcomes

    def _mark_down(self, exc: BaseException) -> None:
        if self._down_since is None:
            self._down_since = time.monotonic()
            log.error("audit_db_unavailable", extra={"error": type(exc).__name__})

    def _spool_group(self, rows: list[dict[str, Any]]) -> list[BaseException | None]:
        """Spool ``rows`` with one durable write (all or none); the caller holds ``_lock``."""
        try:
            self._to_spool_many(rows)
            return [None] * len(rows)
        except AuditUnavailable as exc:
            return [exc] * len(rows)

    def _to_spool_many(self, rows: list[dict[str, Any]]) -> None:
        try:
            self.spool.append_many(rows)
        except OSError as exc:
            log.critical("audit_spool_write_failed", extra={"error": str(exc), "spool": str(self.spool.path)})
            raise AuditUnavailable("the audit record could not be stored (database unavailable and the local spool "
                                   "is not writable); the check was not answered") from exc
        self._pending += len(rows)

    def _to_dead_letter(self, row: dict[str, Any], exc: BaseException | str, *, fail_closed: bool = False) -> None:
        """Set an event the database refuses aside, durably, and alert; the queue goes on without it."""
        error = exc if isinstance(exc, str) else f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
        doc = {"at": utcnow().isoformat(), "error": error,
               "row": json.loads(encode_row(row)) if "created_at" in row else row}
        try:
            append_line(self.dead_letter, json.dumps(doc, ensure_ascii=False))
        except OSError as err:
            log.critical("audit_dead_letter_write_failed", extra={"error": str(err)})
            if fail_closed:
                raise AuditUnavailable("the audit record was refused by the database and could not be set aside; "
                                       "the check was not answered") from err
            raise
        log.error("audit_dead_letter", extra={"audit_id": row.get("id"), "error": error,
                                              "file": str(self.dead_letter)})

    def _write(self, rows: list[dict[str, Any]], *, fresh: bool = False) -> None:
        """``fresh``: rows of checks just answered, never written before (a group that failed rolled back whole,
        and what went to the spool comes back through the replay, which is not fresh): no look-up of their ids.
        The replay may find rows a lost acknowledgement already committed, so it skips the ids it finds."""
        if fresh:
            self._write_live(rows)
            return
        with self.db.session() as session, session.begin():
            seen = existing_ids(session, [r["id"] for r in rows])
            append_rows(session, [r for r in rows if r["id"] not in seen])

    def _write_live(self, rows: list[dict[str, Any]]) -> None:
        """The group committer's rows on its own connection, held between groups: no pool checkout, no pre-ping
        and no ORM session per group (they cost the audited service about as much Python as the writes). Only
        the committer's thread comes here. A failed group drops the connection (the next one reconnects); the
        group itself goes to the spool, as before. On PostgreSQL, rows of plain values (a check's always are) go
        through ``PgLiveAppender``: the same rows and chain in one statement (app/services/audit_pg.py)."""
        if self._pg_live is not None and self._pg_live.takes(rows):
            self._pg_live.append(rows)
            return
        conn = self._live_conn
        if conn is None:
            conn = self._live_conn = self.db.engine.connect()
        try:
            with conn.begin():
                append_rows_on(conn, self.db.audit_key, rows)
        except BaseException:
            self._live_conn = None
            try:
                conn.invalidate()  # a broken connection must not go back to the pool
                conn.close()
            except SQLAlchemyError:
                pass
            raise

    def _write_rows(self, rows: list[dict[str, Any]]) -> None:
        """Write in order; a batch the database refuses is retried row by row, and the refused rows are
        dead-lettered. An outage raises (the spool stays as it is, for the next try)."""
        for start in range(0, len(rows), 500):
            batch = rows[start : start + 500]
            try:
                self._write(batch)
                continue
            except SQLAlchemyError as exc:
                if not is_poison(exc):
                    raise
            for row in batch:
                try:
                    self._write([row])
                except SQLAlchemyError as exc:
                    if not is_poison(exc):
                        raise
                    self._to_dead_letter(row, exc)

    def _replay_file(self, path: Path) -> int:
        bad: list[str] = []
        rows = read_spool(path, bad)
        self._write_rows(rows)
        for line in bad:
            self._to_dead_letter({"raw": line}, f"undecodable spool line in {path.name}")
        return len(rows)

    def replay(self) -> int:
        """Move spooled events (ours, then orphans of dead processes) into the database, in order."""
        moved = 0
        with self._lock:
            if self.spool.path.stat().st_size:
                moved += self._replay_file(self.spool.path)
                self.spool.truncate()
            self._pending = 0
            self._down_since = None
        for path in self._orphan_paths():
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
            moved = self._replay_file(path)
            path.unlink(missing_ok=True)
            return moved
        finally:
            os.close(fd)

    def _try_replay(self) -> None:
        try:
            if self._pending or self._orphans():
                self.replay()
        except (SQLAlchemyError, OSError) as exc:  # still down (or the dead letter is not writable): next tick
            with self._lock:
                if self._down_since is None:
                    self._down_since = time.monotonic()
                    log.error("audit_db_unavailable", extra={"error": type(exc).__name__})

    def _replay_loop(self) -> None:
        while not self._stop.wait(self.retry_seconds):
            if self._pending or self._down_since is not None or self._orphans():
                self._try_replay()
            self._maybe_checkpoint()

    def checkpoint(self) -> None:
        """Append the chain head to the checkpoint file, if it moved since our last one."""
        if self.checkpoint_file is None:
            return
        with self.db.session() as session:
            line = write_head_checkpoint(session, self.checkpoint_file) if self._head_moved(session) else None
        if line is not None:
            self._last_checkpoint = (time.monotonic(), int(line["seq"]))

    def _head_moved(self, session: Any) -> bool:
        from sqlalchemy import select

        from app.models import ChainHead

        seq = session.scalar(select(ChainHead.seq).where(ChainHead.id == 1))
        return self._last_checkpoint is None or seq != self._last_checkpoint[1]

    def _maybe_checkpoint(self) -> None:
        if self.checkpoint_file is None or self._down_since is not None:
            return
        if self._last_checkpoint is not None and time.monotonic() - self._last_checkpoint[0] < self.checkpoint_seconds:
            return
        try:
            self.checkpoint()
        except (SQLAlchemyError, OSError) as exc:
            log.error("audit_checkpoint_failed", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})

    def _orphan_paths(self) -> list[Path]:
        # (a checkpoint file kept in the spool directory and named audit-*.jsonl is no spool either)
        skip = {p.resolve() for p in (self.spool.path, self.checkpoint_file) if p is not None}
        return [p for p in sorted(self.spool_dir.glob("audit-*.jsonl")) if p.resolve() not in skip]

    def _orphans(self) -> bool:
        return bool(self._orphan_paths())

    def dead_letters(self) -> int:
        try:
            with self.dead_letter.open("rb") as fh:
                return sum(1 for _ in fh)
        except FileNotFoundError:
            return 0

    def health(self) -> dict[str, Any]:
        down = self._down_since is not None
        dead = self.dead_letters()
        return {"status": "degraded" if down or self._pending or dead else "ok", "database": "down" if down else "up",
                "spooled": self._pending, "dead_letters": dead}

    def close(self) -> None:
        self._committer.close()  # the checks already queued are written (or spooled) first
        if self._live_conn is not None:
            self._live_conn.close()
            self._live_conn = None
        if self._pg_live is not None:
            self._pg_live.close()
        self._stop.set()
        self._thread.join(timeout=5)
        try:
            if self._pending:
                self.replay()
            if self._down_since is None:
                self._last_checkpoint = None
                self.checkpoint()  # anchor the tail at a clean shutdown
        except (SQLAlchemyError, OSError):
            log.error("audit_spool_kept", extra={"events": self._pending, "spool": str(self.spool.path)})
        self.spool.close()
