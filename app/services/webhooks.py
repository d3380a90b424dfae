"""Incident webhooks: deliveries are rows written with the incident (so a crash loses none), sent by a
background loop with HMAC-signed bodies, retried with exponential backoff, then marked failed.

Delivery is at least once: a process that dies mid-send leaves its claim to expire and the call is
made again, so receivers deduplicate on ``X-Postguard-Delivery``. The body's signature is
``X-Postguard-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Incident, WebhookDelivery
from app.models.base import utcnow
from app.settings import Settings

log = logging.getLogger("postguard.webhooks")
CLAIM_BATCH = 20


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def backoff_seconds(attempts: int, *, base: float, cap: float) -> float:
    """Delay after the ``attempts``-th failed attempt: base, 2·base, 4·base ... at most ``cap``."""
    return float(min(cap, base * 2 ** max(0, attempts - 1)))


def incident_document(incident: Incident) -> dict[str, Any]:
    """What receivers learn about an incident: rule, group, counts, times; never mention text or authors."""
    def iso(t: datetime | None) -> str | None:
        return t.isoformat() if t else None

    return {"id": incident.id, "rule_id": incident.rule_id, "kind": incident.kind, "group_by": incident.group_by,
            "group_key": incident.group_key, "state": incident.state, "severity": incident.severity,
            "summary": incident.summary, "mention_count": incident.mention_count,
            "max_score": round(incident.max_score, 4), "target_minutes": incident.target_minutes,
            "opened_at": iso(incident.opened_at), "acknowledged_at": iso(incident.acknowledged_at),
            "resolved_at": iso(incident.resolved_at)}


def enqueue(*, session: Session, incident: Incident, event: str, url: str) -> WebhookDelivery:
    """A pending delivery in the caller's transaction (the caller commits, then wakes the sender)."""
    delivery_id = uuid.uuid4().hex
    body = json.dumps({"event": event, "delivery_id": delivery_id, "incident": incident_document(incident)},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    now = utcnow()
    delivery = WebhookDelivery(id=delivery_id, incident_id=incident.id, event=event, url=url, body=body,
                               status="pending", attempts=0, next_attempt_at=now, created_at=now)
    session.add(delivery)
    return delivery


class WebhookSender:
    """Sends due deliveries: ``deliver_due()`` once, or a daemon thread polling every ``poll_seconds``
    and woken at once by ``wake()`` after an ingestion commits."""

    def __init__(self, db: Database, *, secret: str, timeout_seconds: float, max_attempts: int,
                 backoff_seconds: float, backoff_max_seconds: float, poll_seconds: float = 5.0,
                 start: bool = True) -> None:
        self.db = db
        self.secret = secret
        self.timeout = timeout_seconds
        self.max_attempts = max_attempts
        self.base, self.cap = backoff_seconds, backoff_max_seconds
        self.poll_seconds = poll_seconds
        self._client = httpx.Client(timeout=timeout_seconds, follow_redirects=False)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if start:
            self._thread = threading.Thread(target=self._loop, name="webhook-sender", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self.timeout + 2)
        self._client.close()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                while self.deliver_due() and not self._stop.is_set():
                    pass
            except Exception as exc:  # the database may be down; try again on the next tick
                log.error("webhook_loop_error", extra={"error": type(exc).__name__})
            self._wake.wait(self._pause())
            self._wake.clear()

    def _pause(self) -> float:
        """Until the next retry falls due, at most ``poll_seconds`` (rows from other processes appear)."""
        try:
            with self.db.session() as session:
                due = session.scalar(select(func.min(WebhookDelivery.next_attempt_at))
                                     .where(WebhookDelivery.status == "pending"))
        except Exception:
            return self.poll_seconds
        if due is None:
            return self.poll_seconds
        return min(self.poll_seconds, max(0.01, (due - utcnow()).total_seconds()))

    def _claim(self, now: datetime) -> list[tuple[str, str, str]]:
        """Due deliveries, leased (next attempt pushed past the send timeout) so no one else sends them."""
        lease = now + timedelta(seconds=self.timeout + 30)
        due = (WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
        with self.db.session() as session:  # a read first: an idle poll takes no write lock (SQLite)
            if session.scalar(select(WebhookDelivery.id).where(*due).limit(1)) is None:
                return []
        with self.db.session() as session, session.begin():
            query = select(WebhookDelivery).where(*due).order_by(WebhookDelivery.next_attempt_at).limit(CLAIM_BATCH)
            if self.db.is_postgres:  # replicas share the queue; SQLite's BEGIN IMMEDIATE already serialises
                query = query.with_for_update(skip_locked=True)
            rows = list(session.scalars(query))
            for row in rows:
                row.next_attempt_at = lease
            return [(r.id, r.url, r.body) for r in rows]

    def deliver_due(self, now: datetime | None = None) -> int:
        """Send every due delivery once; returns how many were attempted."""
        claimed = self._claim(now or utcnow())
        for delivery_id, url, body in claimed:
            status, error = self._send(delivery_id, url, body.encode())
            self._record(delivery_id, status, error)
        return len(claimed)

    def _send(self, delivery_id: str, url: str, body: bytes) -> tuple[int | None, str | None]:
        headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "postguard-webhook",
                   "X-Postguard-Delivery": delivery_id, "X-Postguard-Signature": sign(self.secret, body)}
        try:
            resp = self._client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return None, type(exc).__name__
        return resp.status_code, None if 200 <= resp.status_code < 300 else f"HTTP {resp.status_code}"

    def _record(self, delivery_id: str, status: int | None, error: str | None) -> None:
        now = utcnow()
        with self.db.session() as session, session.begin():
            row = session.get(WebhookDelivery, delivery_id)
            if row is None or row.status != "pending":
                return
            row.attempts += 1
            row.response_status = status
            if error is None:
                row.status, row.delivered_at, row.last_error = "delivered", now, None
                log.info("webhook_delivered", extra={"delivery": delivery_id, "attempts": row.attempts})
                return
            row.last_error = error
            if row.attempts >= self.max_attempts:
                row.status = "failed"
                log.error("webhook_failed", extra={"delivery": delivery_id, "attempts": row.attempts, "error": error})
                return
            row.next_attempt_at = now + timedelta(seconds=backoff_seconds(row.attempts, base=self.base, cap=self.cap))
            log.warning("webhook_retry", extra={"delivery": delivery_id, "attempts": row.attempts, "error": error})


def start_sender(settings: Settings, db: Database | None) -> WebhookSender | None:
    """The service's sender, when a webhook URL is configured (pending rows from any process are sent)."""
    if db is None or not settings.alert_webhook_url:
        return None
    return WebhookSender(db, secret=settings.alert_webhook_secret.get_secret_value(),
                         timeout_seconds=settings.alert_webhook_timeout_seconds,
                         max_attempts=settings.alert_webhook_max_attempts,
                         backoff_seconds=settings.alert_webhook_backoff_seconds,
                         backoff_max_seconds=settings.alert_webhook_backoff_max_seconds)
