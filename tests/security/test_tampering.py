"""Item 5 and 6: what someone with write access to the database can try, and what ``audit verify`` says.

Each scenario runs on SQLite and PostgreSQL. The attacker knows the code (the hash algorithm) but not
the audit key, and cannot rewrite the checkpoint file (it lives outside the database's reach)."""
# ruff: noqa: F811
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from app.db import Database
from app.models import AuditEvent, ChainHead
from app.services.audit import (
    GENESIS,
    ChainReport,
    append_events,
    event_hash,
    head_checkpoint,
    new_event,
    prune,
    verify_chain,
    write_head_checkpoint,
)
from tests.dbfixtures import AUDIT_KEY, bearer, db, db_url, new_key  # noqa: F401
from tests.security.conftest import keyed_client  # noqa: F401


def _append(db: Database, n: int, *, created_at: datetime | None = None) -> None:
    with db.session() as session, session.begin():
        rows = [new_event("check", verdict="pass", account_id=f"acct{i}") for i in range(n)]
        for row in rows:
            row["created_at"] = created_at or row["created_at"]
        append_events(session, rows)


def _checkpoint(db: Database, path: Path) -> None:
    with db.session() as session:
        write_head_checkpoint(session, path)


def _verify(db: Database, key: str = AUDIT_KEY, cp: Path | None = None) -> ChainReport:
    with db.session() as session:
        return verify_chain(session, hmac_key=key, checkpoint_file=cp)


def _recompute(db: Database, *, mac: str | None = "keep") -> None:
    """What an attacker with the code but not the key does after editing: recompute every hash and the head."""
    with db.session() as session, session.begin():
        prev = GENESIS
        for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            ev.prev_hash = prev
            ev.hash = event_hash(prev, {c.name: getattr(ev, c.name) for c in AuditEvent.__table__.columns})
            if mac != "keep":
                ev.mac = mac
            prev = ev.hash
        head = session.get(ChainHead, 1)
        assert head is not None
        head.hash = prev


@pytest.fixture
def cp_file(tmp_path: Path) -> Path:
    return tmp_path / "anchor" / "checkpoints.jsonl"


def test_an_untouched_chain_verifies_anchored_and_checkpointed(db: Database, cp_file: Path) -> None:
    _append(db, 5)
    _checkpoint(db, cp_file)
    _append(db, 2)  # after the checkpoint: still fine
    report = _verify(db, cp=cp_file)
    assert report.ok and report.anchor == "anchored" and report.head_checkpoints == 1 and report.checked == 8


def test_truncating_the_tail_and_moving_the_head_is_caught_by_the_checkpoint(db: Database, cp_file: Path) -> None:
    _append(db, 6)
    _checkpoint(db, cp_file)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq > 4"))
        conn.execute(text("UPDATE audit_chain_head SET seq = 4, hash = (SELECT hash FROM audit_events WHERE seq = 4)"))
    assert _verify(db, cp=None).ok  # the database alone is consistent again ...
    report = _verify(db, cp=cp_file)
    assert (report.ok, report.problem, report.seq) == (False, "truncated", 5)  # ... the anchor is not


def test_deleting_everything_is_caught_by_the_checkpoint(db: Database, cp_file: Path) -> None:
    _append(db, 3)
    _checkpoint(db, cp_file)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM reviews"))
        conn.execute(text("DELETE FROM audit_events"))
        conn.execute(text(f"UPDATE audit_chain_head SET seq = 0, hash = '{GENESIS}'"))
    assert _verify(db, cp=None).ok
    assert _verify(db, cp=cp_file).problem == "truncated"


def test_editing_and_recomputing_the_chain_is_caught_by_the_mac(db: Database) -> None:
    _append(db, 4)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET verdict = 'block' WHERE seq = 3"))
    _recompute(db)
    assert _verify(db, key="").ok  # the bare hash chain is consistent again
    report = _verify(db)
    assert (report.problem, report.seq) == ("forged", 3)


def test_stripping_the_macs_is_caught(db: Database) -> None:
    _append(db, 4)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET verdict = 'block' WHERE seq = 3"))
    _recompute(db, mac=None)
    assert _verify(db).problem == "unanchored"


def test_without_a_key_the_checkpoint_file_still_catches_a_recomputed_chain(db: Database, cp_file: Path) -> None:
    _append(db, 4)
    with db.session() as session:  # a deployment with a checkpoint file but no key
        session.info["audit_hmac_key"] = ""
        write_head_checkpoint(session, cp_file)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET verdict = 'block' WHERE seq = 2"))
    _recompute(db)
    report = _verify(db, key="", cp=cp_file)
    assert (report.problem, report.seq) == ("rewritten", 5)


def test_a_forged_checkpoint_line_is_caught(db: Database, cp_file: Path) -> None:
    _append(db, 2)
    cp_file.parent.mkdir(parents=True)
    cp_file.write_text(json.dumps(head_checkpoint("not-the-key", 2, "a" * 64, "2026-01-01T00:00:00+00:00")) + "\n")
    assert _verify(db, cp=cp_file).problem == "checkpoint"


def test_inserting_a_forged_row_below_a_retention_checkpoint_is_caught(db: Database) -> None:
    _append(db, 3)
    cp = prune(db, before=datetime.now(UTC) + timedelta(seconds=1), hmac_key=AUDIT_KEY)
    assert cp is not None and cp.upto_seq == 4
    _append(db, 2)
    # The forger adds a verdict with a seq the checkpoint covers: verify used to start above it, unseen.
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO audit_events (seq, id, kind, created_at, findings, categories, detectors, payload, "
            "prev_hash, hash, verdict) VALUES (3, 'forged0000000000000000000000000', 'check', :t, '[]', '', '{}', "
            f"'{{}}', '{GENESIS}', '{GENESIS}', 'pass')"), {"t": datetime.now(UTC)})
    report = _verify(db)
    assert (report.ok, report.problem, report.seq) == (False, "inserted", 3)


def test_without_key_or_checkpoint_file_verify_says_unanchored(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    _append(db, 2)
    report = _verify(db, key="")
    assert report.ok and report.anchor == "unanchored"
    assert main(["audit", "verify", "--database-url", db_url]) == 0
    captured = capsys.readouterr()
    assert "unanchored" in captured.out and "rewrite the whole chain undetected" in captured.err
    assert main(["audit", "verify", "--strict", "--database-url", db_url]) == 1


def test_the_service_writes_signed_checkpoints_and_cli_verify_checks_them(
    keyed_client: TestClient, db: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli import main

    headers = bearer(new_key(db, "check"))
    for i in range(3):
        assert keyed_client.post("/v1/check", json={"text": f"第{i}篇"}, headers=headers).status_code == 200
    keyed_client.app.state.recorder.checkpoint()  # type: ignore[attr-defined]
    cp_file = tmp_path / "anchor" / "checkpoints.jsonl"
    line = json.loads(cp_file.read_text().splitlines()[-1])
    assert line["seq"] == 5 and len(line["mac"]) == 64
    monkeypatch.setenv("POSTGUARD_AUDIT_HMAC_KEY", AUDIT_KEY)
    monkeypatch.setenv("POSTGUARD_AUDIT_CHECKPOINT_FILE", str(cp_file))
    assert main(["audit", "verify", "--database-url", db_url]) == 0
    assert "anchored" in capsys.readouterr().out
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 5"))
        conn.execute(text("UPDATE audit_chain_head SET seq = 4, hash = (SELECT hash FROM audit_events WHERE seq = 4)"))
    assert main(["audit", "verify", "--database-url", db_url]) == 1
    assert "FAILED: truncated at seq 5" in capsys.readouterr().out


# Item 6: review decisions come from the chain, not the editable reviews table.

def _reviewed(client: TestClient, db: Database) -> tuple[dict[str, str], str]:
    headers = bearer(new_key(db, "check", "read", "review"))
    audit_id = client.post("/v1/check", json={"text": "这款产品收益最高"}, headers=headers).json()["audit_id"]
    r = client.post(f"/v1/verdicts/{audit_id}/reviews", json={"decision": "reject", "reason": "绝对化用语"},
                    headers={**headers, "X-Actor": "reviewer-li"})
    assert r.status_code == 201
    return headers, audit_id


def test_editing_a_decision_in_the_reviews_table_changes_nothing_the_api_says(
    keyed_client: TestClient, db: Database
) -> None:
    headers, audit_id = _reviewed(keyed_client, db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE reviews SET decision = 'approve', reason = 'looks fine', dismissed_rules = "
                          "'[\"ad_absolute.superlative\"]'"))
    detail = keyed_client.get(f"/v1/verdicts/{audit_id}", headers=headers).json()
    assert detail["decision"] == "reject" and detail["reviews"][0]["reason"] == "绝对化用语"
    stats = keyed_client.get("/v1/stats", headers=headers).json()
    assert all(rule["dismissed"] == 0 for rule in stats["top_rules"])
    assert _verify(db).ok  # nothing in the chain was touched


def test_a_forged_review_row_does_not_empty_the_queue(keyed_client: TestClient, db: Database) -> None:
    headers = bearer(new_key(db, "check", "read", "review"))
    r = keyed_client.post("/v1/check", json={"text": "这个方案配置起来最省心"}, headers=headers)
    audit_id = r.json()["audit_id"]
    with db.session() as session:
        seq = session.scalar(select(AuditEvent.seq).where(AuditEvent.id == audit_id))
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO reviews (id, event_seq, decision, reason, dismissed_rules, reviewer, created_at)"
                          " VALUES ('forged', :s, 'approve', 'x', '[]', 'nobody', :t)"),
                     {"s": seq, "t": datetime.now(UTC)})
    queue = keyed_client.get("/v1/reviews/queue", headers=headers).json()["items"]
    assert [v["id"] for v in queue] == [audit_id]
    assert keyed_client.get(f"/v1/verdicts/{audit_id}", headers=headers).json()["decision"] is None


def test_editing_the_review_event_itself_is_dropped_on_read_and_caught_by_verify(
    keyed_client: TestClient, db: Database
) -> None:
    headers, audit_id = _reviewed(keyed_client, db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET payload = REPLACE(payload, '\"reject\"', '\"approve\"') "
                          "WHERE kind = 'review'"))
    assert keyed_client.get(f"/v1/verdicts/{audit_id}", headers=headers).json()["decision"] is None
    assert _verify(db).problem == "altered"
