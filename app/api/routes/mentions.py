"""POST /v1/mentions: batch ingestion of inbound comments and mentions (scored, stored, alerted on)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from app.api.deps import CheckCaller, EngineDep, RulesetDep, SessionDep, SettingsDep
from app.schemas.mentions import MentionBatchCreate, MentionBatchRead
from app.services.mentions import IngestPolicy, ingest_mentions
from app.settings import Settings

router = APIRouter(prefix="/v1", tags=["mentions"])


def ingest_policy(settings: Settings) -> IngestPolicy:
    key = settings.mention_hash_key.get_secret_value() or settings.audit_hmac_key.get_secret_value()
    return IngestPolicy(store_text=settings.store_text, hash_key=key, max_chars=settings.max_text_chars,
                        batch_limit=settings.batch_limit, webhook_url=settings.alert_webhook_url,
                        target_minutes=settings.incident_target_minutes)


@router.post("/mentions", response_model=MentionBatchRead)
async def ingest(body: MentionBatchCreate, request: Request, caller: CheckCaller, engine: EngineDep,
                 ruleset: RulesetDep, session: SessionDep, settings: SettingsDep) -> MentionBatchRead:
    """Score and store up to ``batch_limit`` comments/mentions; bad items get per-item error codes."""
    report = await run_in_threadpool(lambda: ingest_mentions(
        session=session, engine=engine, ruleset=ruleset, items=body.items, policy=ingest_policy(settings)))
    sender = getattr(request.app.state, "webhooks", None)
    if sender is not None and report.incidents:
        sender.wake()  # deliver now, outside the request; the rows are already committed
    return report
