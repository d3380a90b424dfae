"""`postguard rescan --load-into-db`: a rescan's verdicts become check events in the audit log.

Each verdict is appended as a ``check`` event with purpose ``scan`` (a bulk review, as `postguard scan
--server` records), so ``/v1/stats?purpose=scan`` and the console's dashboard show the archive's 合规率 by
channel and account, and its top rules, next to (never mixed into) the publish figures. The post's text is not
stored (text_policy ``none``): the archive keeps it. Event ids are derived from the run id and the post id, so
loading the same run twice adds nothing the second time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.db import Database
from app.services.audit import append_rows, existing_ids, new_event

GROUP = 1_000  # events per transaction: one lock of the chain head and one commit for each group


def event_id(run_id: str, post_id: str) -> str:
    return hashlib.sha256(f"rescan:{run_id}:{post_id}".encode()).hexdigest()[:32]


def _stored(finding: dict[str, Any]) -> dict[str, Any]:
    keep = ("category", "rule_id", "severity", "field", "start", "end", "detector", "score", "confidence", "context")
    return {k: finding.get(k) for k in keep} | {"text": None}


def to_event(row: dict[str, Any], actor: str) -> dict[str, Any]:
    findings = [_stored(f) for f in row.get("findings") or []]
    categories = "".join(sorted({f",{f['category']}" for f in findings})) + ("," if findings else "")
    return new_event(
        "check", id=event_id(str(row["run_id"]), str(row["id"])), request_id=str(row["id"])[:100], actor=actor,
        account_id=row.get("account"), channel=row.get("channel"), content_type=row.get("content_type"),
        content_sha256=row.get("content_sha256"), text_policy="none", verdict=row.get("verdict"),
        findings=json.dumps(findings, ensure_ascii=False, sort_keys=True), categories=categories,
        ruleset_name=row.get("ruleset_name"), ruleset_version=row.get("ruleset_version"),
        detectors=row.get("detectors") or "{}", latency_ms=row.get("elapsed_ms"), purpose="scan",
        payload=json.dumps({"rescan": row["run_id"], "branch": row.get("branch"), "degraded": row.get("degraded")},
                           ensure_ascii=False, sort_keys=True),
    )


def _rows(verdicts: Path) -> Iterator[list[dict[str, Any]]]:
    import pyarrow.dataset as ds

    dataset = ds.dataset(str(verdicts), format="parquet")
    for batch in dataset.to_batches(batch_size=GROUP):
        yield batch.to_pylist()


def load_into_db(db: Database, output: str, *, actor: str = "cli:rescan") -> dict[str, int]:
    """Append every verdict under ``output``/verdicts to the audit log, in groups; returns counts."""
    verdicts = Path(output.removeprefix("file://")) / "verdicts"
    if not verdicts.is_dir():
        raise FileNotFoundError(2, "no verdicts/ (run a rescan without --compare first)", str(verdicts))
    added = skipped = 0
    for rows in _rows(verdicts):
        events = [to_event(r, actor) for r in rows]
        with db.session() as session, session.begin():
            seen = existing_ids(session, [e["id"] for e in events])
            fresh = [e for e in events if e["id"] not in seen]
            append_rows(session, fresh)
        added += len(fresh)
        skipped += len(events) - len(fresh)
    return {"loaded": added, "already_loaded": skipped}
