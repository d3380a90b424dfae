from __future__ import annotations

import hashlib
import hmac
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import Conflict, RulesetInvalid
from app.models import Incident, Mention, WebhookDelivery
from app.ruleset import load_default_ruleset
from app.services import incidents
from app.services.alerts import BurstRule, KeywordSpikeRule, alert_rules, evaluate, keyword_hits, parse_alert_rules
from app.services.webhooks import WebhookSender, backoff_seconds, sign
from tests.services.fakes import receiver

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BURST = {"id": "b.acc", "kind": "burst", "min_count": 3, "window_minutes": 30, "group_by": "account",
         "min_score": 0.6}
SPIKE = {"id": "k.media", "kind": "keyword_spike", "words": ["曝光", "投诉", "12378"], "min_score": 0.7}


@pytest.mark.parametrize(("raw", "problem"), [
    ([BURST, SPIKE], None),
    ([{**BURST, "min_count": 1}], "min_count"),
    ([{**BURST, "kind": "flood"}], "kind"),
    ([{**BURST, "threshold": 3}], "threshold"),
    ([{**BURST, "group_by": "author"}], "group_by"),
    ([{**SPIKE, "words": []}], "words"),
    ([{**SPIKE, "words": ["投诉", " "]}], "blank word"),
    ([{**SPIKE, "min_score": 1.5}], "min_score"),
    ([BURST, {**SPIKE, "id": "b.acc"}], "duplicate rule id b.acc"),
])
def test_alert_rules_are_validated(raw: list[dict[str, Any]], problem: str | None) -> None:
    if problem is None:
        assert [type(r) for r in parse_alert_rules(raw)] == [BurstRule, KeywordSpikeRule]
        return
    with pytest.raises(RulesetInvalid, match=problem):
        parse_alert_rules(raw)


def test_the_packaged_pack_has_valid_alert_rules() -> None:
    kinds = {r.kind for r in alert_rules(load_default_ruleset())}
    assert kinds == {"burst", "keyword_spike"}


@pytest.mark.parametrize(("text", "words"), [
    ("我要去12378投诉你们", ("投诉", "12378")),
    ("再不处理就找媒体曝 光", ("曝光",)),  # noise between CJK characters
    ("我要投訴", ("投诉",)),  # traditional characters
    ("１２３７８见", ("12378",)),  # full-width digits
    ("理赔太慢了", ()),
    ("投保流程很顺利", ()),
])
def test_keyword_hits_see_through_spelling(text: str, words: tuple[str, ...]) -> None:
    assert keyword_hits(KeywordSpikeRule.model_validate(SPIKE), text) == words


def _mention(db: Database, *, minutes: float, account: str | None = "acc", score: float = 0.9,
             post_ref: str | None = None) -> Mention:
    m = Mention(id=uuid.uuid4().hex, source="test", account_id=account, post_ref=post_ref, content_type="comment",
                created_at=T0 + timedelta(minutes=minutes), received_at=T0, content_sha256="0" * 64,
                text_policy="none", negative=score >= 0.5, score=score,
                reason="service" if score >= 0.5 else None, verdict="review")
    with db.session() as session, session.begin():
        session.add(m)
    return m


@pytest.mark.parametrize(("earlier", "fires"), [
    ([(0, "acc", 0.9), (10, "acc", 0.9)], 3),  # three within 30 minutes
    ([(10, "acc", 0.9)], None),  # two only
    ([(-40, "acc", 0.9), (10, "acc", 0.9)], None),  # the first is outside the window
    ([(0, "acc", 0.55), (10, "acc", 0.9)], None),  # one scores below min_score
    ([(0, "other", 0.9), (10, "acc", 0.9)], None),  # another account
])
def test_burst_counts_the_group_inside_the_window(db: Database, earlier: list[tuple[float, str, float]],
                                                  fires: int | None) -> None:
    for minutes, account, score in earlier:
        _mention(db, minutes=minutes, account=account, score=score)
    new = _mention(db, minutes=20)
    rules = parse_alert_rules([BURST])
    with db.session() as session:
        triggers = evaluate(session=session, mention=new, text="x", rules=rules)
    assert [t.count for t in triggers] == ([fires] if fires else [])
    if fires:
        assert triggers[0].mention_ids[-1] == new.id and triggers[0].group_key == "acc"


def test_one_live_incident_per_rule_and_group_then_a_new_one_after_resolve(db: Database) -> None:
    rules = parse_alert_rules([SPIKE])
    first, second = _mention(db, minutes=0), _mention(db, minutes=1)
    with db.session() as session, session.begin():
        [t1] = evaluate(session=session, mention=first, text="我要曝光你们", rules=rules)
        inc1, opened1 = incidents.raise_incident(session=session, trigger=t1, target_minutes=60,
                                                 webhook_url="http://127.0.0.1:9/hook", now=T0)
        [t2] = evaluate(session=session, mention=second, text="已经投诉", rules=rules)
        inc2, opened2 = incidents.raise_incident(session=session, trigger=t2, target_minutes=60, webhook_url="",
                                                 now=T0)
    assert (opened1, opened2, inc1.id) == (True, False, inc2.id)
    with db.session() as session, session.begin():
        assert session.get(Incident, inc1.id).mention_count == 2  # type: ignore[union-attr]
        assert len(list(session.scalars(select(WebhookDelivery)))) == 1
        with pytest.raises(Conflict):
            incidents.resolve(session=session, incident_id=inc1.id, actor="r", now=T0)
            incidents.resolve(session=session, incident_id=inc1.id, actor="r", now=T0)
    with db.session() as session, session.begin():
        inc3, opened3 = incidents.raise_incident(session=session, trigger=t1, target_minutes=60, webhook_url="",
                                                 now=T0)
    assert opened3 and inc3.id != inc1.id


def test_handling_figures_median_p90_and_timely_rate(db: Database) -> None:
    rules = parse_alert_rules([{**SPIKE, "group_by": "post_ref"}])
    # (ack after, resolve after) in minutes; target 60. None = not yet.
    plans = [(5, 30), (10, 50), (20, 90), (None, None), (None, None)]
    ids = []
    mentions = [_mention(db, minutes=n, post_ref=f"p{n}") for n in range(len(plans))]
    with db.session() as session, session.begin():
        for n, m in enumerate(mentions):
            [t] = evaluate(session=session, mention=m, text="曝光", rules=rules)
            opened_at = T0 if n < 4 else datetime.now(UTC)  # the last one is not yet due
            ids.append(incidents.raise_incident(session=session, trigger=t, target_minutes=60, webhook_url="",
                                                now=opened_at)[0].id)
        for incident_id, (ack, res) in zip(ids, plans, strict=True):
            if ack is not None:
                incidents.acknowledge(session=session, incident_id=incident_id, actor="r",
                                      now=T0 + timedelta(minutes=ack))
            if res is not None:
                incidents.resolve(session=session, incident_id=incident_id, actor="r",
                                  now=T0 + timedelta(minutes=res))
    with db.session() as session:
        figures = incidents.handling_figures(session=session, since=None, until=None)
    assert figures["opened"] == 5
    assert figures["by_state"] == {"open": 2, "acknowledged": 0, "resolved": 3}
    assert figures["time_to_acknowledge_minutes"] == {"count": 3, "median": 10.0, "p90": 18.0}
    assert figures["time_to_resolve_minutes"] == {"count": 3, "median": 50.0, "p90": 82.0}
    # due: three resolved + one open past its target; on time: two resolved within 60 minutes.
    assert (figures["due"], figures["handled_within_target"], figures["timely_rate"]) == (4, 2, 0.5)


@pytest.mark.parametrize(("attempts", "delay"), [(1, 5.0), (2, 10.0), (3, 20.0), (8, 600.0), (20, 600.0)])
def test_backoff_doubles_up_to_the_cap(attempts: int, delay: float) -> None:
    assert backoff_seconds(attempts, base=5.0, cap=600.0) == delay


def _pending(db: Database, url: str) -> str:
    with db.session() as session, session.begin():
        m = Mention(id=uuid.uuid4().hex, source="t", account_id="a", content_type="comment", created_at=T0,
                    received_at=T0, content_sha256="0" * 64, text_policy="none", negative=True, score=0.9,
                    verdict="review")
        session.add(m)
        session.flush()
        [t] = evaluate(session=session, mention=m, text="曝光", rules=parse_alert_rules([SPIKE]))
        incident, _ = incidents.raise_incident(session=session, trigger=t, target_minutes=60, webhook_url=url)
        return incident.id


@pytest.mark.parametrize(("statuses", "max_attempts", "state", "attempts"), [
    ([], 3, "delivered", 1),
    ([500, 503], 3, "delivered", 3),
    ([500, 500, 500], 3, "failed", 3),
])
def test_sender_retries_with_backoff_and_signs_the_body(db: Database, statuses: list[int], max_attempts: int,
                                                        state: str, attempts: int) -> None:
    with receiver(statuses) as hook:
        incident_id = _pending(db, hook.url)
        sender = WebhookSender(db, secret="s3cret", timeout_seconds=2, max_attempts=max_attempts,
                               backoff_seconds=0.05, backoff_max_seconds=0.2, start=False)
        try:
            for _ in range(10):
                sender.deliver_due(datetime.now(UTC) + timedelta(seconds=1))
        finally:
            sender.close()
    with db.session() as session:
        row = session.scalars(select(WebhookDelivery)).one()
    assert (row.status, row.attempts, len(hook.calls)) == (state, attempts, attempts)
    call = hook.calls[-1]
    assert call.headers["x-postguard-signature"] == sign("s3cret", call.body)
    assert hmac.compare_digest(call.headers["x-postguard-signature"][7:],
                               hmac.new(b"s3cret", call.body, hashlib.sha256).hexdigest())
    doc = call.json()
    assert doc["event"] == "incident.opened" and doc["incident"]["id"] == incident_id  # type: ignore[index]


def test_an_unreachable_receiver_is_retried_later(db: Database) -> None:
    with receiver() as hook:
        url = hook.url  # the server is gone after this block: its port refuses connections
    _pending(db, url)
    sender = WebhookSender(db, secret="", timeout_seconds=1, max_attempts=5, backoff_seconds=30,
                           backoff_max_seconds=60, start=False)
    try:
        assert sender.deliver_due() == 1
        assert sender.deliver_due() == 0  # not due again for 30 s
    finally:
        sender.close()
    with db.session() as session:
        row = session.scalars(select(WebhookDelivery)).one()
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "ConnectError")
    assert row.next_attempt_at > datetime.now(UTC) + timedelta(seconds=25)
