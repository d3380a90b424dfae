"""The check recorder's live appends on PostgreSQL: one statement, one round trip per group.

``append_rows_on`` (app/services/audit.py) takes a group through SQLAlchemy Core in four round trips (lock
the chain head, INSERT, update the head, COMMIT); its statement machinery cost the audited server more of
its one interpreter than the rows themselves. ``PgLiveAppender`` writes the same rows with psycopg directly,
on a connection of its own in autocommit mode, with one statement:

    WITH moved AS (UPDATE audit_chain_head SET seq = <new>, hash = <new>
                   WHERE id = 1 AND seq = <expected> AND hash = <expected> RETURNING 1)
    INSERT INTO audit_events (...) SELECT * FROM unnest(<one array per column>) WHERE EXISTS (SELECT FROM moved)

The rows are chained (seq, prev_hash, hash, MAC: ``chain_rows``, the same function as the Core path) after
the head this appender last wrote, which it remembers. The UPDATE takes the head row's lock and, under READ
COMMITTED, re-checks its condition on the newest version of the row, so the group lands only if nothing was
appended since (by another replica, the spool's replay, a review): then it is one statement and one commit.
Otherwise nothing was written (0 rows) and the group is written again inside a transaction, after the head
read ``FOR UPDATE``, as the Core path does. One chain, gap-free, across replicas either way.

The statement's text is the same for every group size (one array per column), so psycopg prepares it once.
Rows whose values are not the plain types the columns expect (str, int, float, an aware datetime, None) are
not written here: ``plain`` says so and the caller takes the Core path, so what is stored never depends on
which path wrote it. psycopg's errors come out as SQLAlchemy's (``DBAPIError.instance``), so the recorder
tells an outage from a refused row as before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import BigInteger, Engine, Float, Integer, String, Text
from sqlalchemy.exc import DBAPIError

from app.models import AuditEvent, ChainHead
from app.models.base import UTCDateTime
from app.services.audit import _COLUMNS, chain_rows

_ARRAY_TYPES: dict[type, str] = {BigInteger: "bigint", Integer: "integer", Float: "float8", UTCDateTime: "timestamptz",
                                 String: "text", Text: "text"}  # text, never varchar(n): a cast would truncate


def _array_type(column: str) -> str:
    kind = type(AuditEvent.__table__.c[column].type)
    for base, name in _ARRAY_TYPES.items():
        if issubclass(kind, base):
            return name
    raise TypeError(f"audit_events.{column}: no array type for {kind.__name__}")


_KINDS = {c: _array_type(c) for c in _COLUMNS}
_HEAD = ChainHead.__tablename__
APPEND_SQL = (
    f'WITH moved AS (UPDATE {_HEAD} SET seq = %b, hash = %b WHERE id = 1 AND seq = %b AND hash = %b RETURNING 1) '
    f'INSERT INTO {AuditEvent.__tablename__} ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in _COLUMNS)}) '
    f'SELECT * FROM unnest({", ".join(f"%b::{_KINDS[c]}[]" for c in _COLUMNS)}) WHERE EXISTS (SELECT FROM moved)'
)
HEAD_SQL = f"SELECT seq, hash FROM {_HEAD} WHERE id = 1"
LOCK_HEAD_SQL = HEAD_SQL + " FOR UPDATE"


def _plain(kind: str, value: Any) -> bool:
    if value is None:
        return True
    if kind == "text":
        return type(value) is str
    if kind in ("bigint", "integer"):
        return type(value) is int
    if kind == "float8":
        return type(value) in (float, int)
    return isinstance(value, datetime) and value.utcoffset() is not None  # timestamptz: aware only


def plain(rows: Sequence[dict[str, Any]]) -> bool:
    """True when every value of ``rows`` is of the plain type its column expects (what ``check_row`` makes):
    those the fast path stores exactly as the Core path would. Anything else goes the Core path."""
    return all(_plain(_KINDS[c], v) for row in rows for c, v in row.items() if c in _KINDS)


def _arrays(values: list[dict[str, Any]]) -> list[list[Any]]:
    out = []
    for c in _COLUMNS:
        column = [v[c] for v in values]
        kind = _KINDS[c]
        if kind == "float8":
            column = [None if x is None else float(x) for x in column]  # psycopg refuses int and float mixed
        elif kind == "timestamptz":
            column = [None if x is None else x.astimezone(UTC) for x in column]  # as UTCDateTime binds it
        out.append(column)
    return out


class PgLiveAppender:
    """Appends the live groups of one process on its own autocommit psycopg connection (only the group
    committer's thread calls it). ``hits``/``misses``: groups written in one statement / after a head read."""

    def __init__(self, engine: Engine, key: str) -> None:
        self._engine = engine
        self._key = key
        self._conn: psycopg.Connection[Any] | None = None
        self._head: tuple[int, str] | None = None  # the head as this appender last wrote or read it
        self.hits = 0
        self.misses = 0

    takes = staticmethod(plain)

    def _connect(self) -> psycopg.Connection[Any]:
        if self._conn is None:
            # From the engine's pool, so the URL's options and connect_args apply, then detached: this
            # connection lives in autocommit mode and must never go back to the pool.
            raw = self._engine.raw_connection()
            conn = raw.driver_connection
            raw.detach()
            if not isinstance(conn, psycopg.Connection):
                raw.close()
                raise TypeError(f"PgLiveAppender needs a psycopg connection, not {type(conn).__name__}")
            self._conn = conn  # from here on, a failure closes it (``_drop``)
            if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                conn.rollback()
            conn.autocommit = True
        return self._conn

    def append(self, rows: Sequence[dict[str, Any]]) -> int:
        """Append ``rows`` (``plain`` ones) to the chain, committed when this returns; a failure raises
        SQLAlchemy's exception for it and drops the connection (the next group reconnects)."""
        if not rows:
            return 0
        try:
            return self._append(rows)
        except psycopg.Error as exc:
            broken = self._drop()
            raise DBAPIError.instance(APPEND_SQL, None, exc, psycopg.Error, connection_invalidated=broken) from exc
        except BaseException:
            self._drop()
            raise

    def _append(self, rows: Sequence[dict[str, Any]]) -> int:
        conn = self._connect()
        if self._head is not None:
            seq, prev = self._head
            values, new_seq, new_hash = chain_rows(rows, seq, prev, self._key)
            cur = conn.execute(APPEND_SQL, [new_seq, new_hash, seq, prev, *_arrays(values)])
            if cur.rowcount == len(values):
                self._head = (new_seq, new_hash)
                self.hits += 1
                return len(values)
            if cur.rowcount != 0:  # all or nothing by construction; anything else is a bug, never a half chain
                raise RuntimeError(f"audit append wrote {cur.rowcount} of {len(values)} rows")
        # The head moved (or is not known yet): read it under its lock and chain on it, in one transaction.
        self.misses += 1
        with conn.transaction():
            head = conn.execute(LOCK_HEAD_SQL).fetchone()
            assert head is not None
            seq, prev = int(head[0]), str(head[1])
            values, new_seq, new_hash = chain_rows(rows, seq, prev, self._key)
            cur = conn.execute(APPEND_SQL, [new_seq, new_hash, seq, prev, *_arrays(values)])
            if cur.rowcount != len(values):
                raise RuntimeError(f"audit append wrote {cur.rowcount} of {len(values)} rows under the head's lock")
        self._head = (new_seq, new_hash)
        return len(values)

    def _drop(self) -> bool:
        """Close the connection after a failure; True if it was broken (lost, not merely refused a row)."""
        conn, self._conn, self._head = self._conn, None, None
        if conn is None:
            return True
        broken = conn.broken
        with contextlib.suppress(psycopg.Error):
            conn.close()
        return broken

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()
