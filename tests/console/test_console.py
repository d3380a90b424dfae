"""The console over HTTP (TestClient), on SQLite and PostgreSQL: sign-in, CSRF, check a draft, review, search,
dashboard, people and keys. The browser tests (test_browser.py) drive the same pages in Chromium."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from app.db import Database
from tests.console.conftest import PASSWORD, csrf_of, sign_in

REVIEW_TEXT = "这款产品首选，值得抢购"  # medium-severity rules only: verdict review
BLOCK_TEXT = "最好的保险就是它，稳赚不赔"


def test_pages_need_a_signed_in_person(console: TestClient) -> None:
    for path in ("/console/check", "/console/queue", "/console/verdicts", "/console/dashboard", "/console/admin"):
        response = console.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/console/login")


def test_sign_in_sets_a_hardened_cookie_and_wrong_password_is_refused(console: TestClient) -> None:
    page = console.get("/console/login")
    token = csrf_of(page.text)
    bad = console.post("/console/login", data={"username": "admin", "password": "wrong password!", "csrf": token})
    assert bad.status_code == 401
    assert "pg_session" not in console.cookies
    good = console.post("/console/login", data={"username": "admin", "password": PASSWORD, "csrf": token},
                        follow_redirects=False)
    assert good.status_code == 303
    cookie = good.headers["set-cookie"]
    assert "pg_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    page = console.get("/console/check")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_forms_without_the_csrf_token_are_refused(console: TestClient) -> None:
    console.get("/console/login")
    assert console.post("/console/login", data={"username": "admin", "password": PASSWORD}).status_code == 403
    sign_in(console, "admin")
    response = console.post("/console/check", data={"text": BLOCK_TEXT, "csrf": "forged"})
    assert response.status_code == 403
    assert console.post("/console/admin/users", data={"username": "x", "role": "admin", "password": "p" * 12,
                                                      "csrf": ""}).status_code == 403


def test_check_highlights_findings_and_applies_a_suggestion(console: TestClient) -> None:
    csrf = sign_in(console, "rita")
    page = console.post("/console/check", data={"text": BLOCK_TEXT, "channel": "moments", "content_type": "article",
                                                "csrf": csrf})
    assert page.status_code == 200
    assert 'class="verdict verdict-block"' in page.text
    assert re.search(r'<mark class="sev-high" id="mark-\d+"><a [^>]*>最好的', page.text)
    assert "《广告法》" in page.text  # the legal basis is shown
    best = _index_of(page.text, "ad_absolute.best_terms")
    applied = console.post("/console/check", data={"text": BLOCK_TEXT, "channel": "moments", "csrf": csrf,
                                                   "content_type": "article", "apply": str(best)})
    assert applied.status_code == 200
    assert "较适合XX人群" in applied.text  # the suggested wording replaced the finding
    assert "<del>最好的保险</del><ins>较适合XX人群</ins>" in applied.text  # what changed between the drafts
    assert "ad_absolute.best_terms" not in applied.text


def _index_of(html: str, rule_id: str) -> int:
    sections = re.findall(r'<section class="finding" id="finding-(\d+)".*?</section>', html, re.S)
    bodies = re.split(r'<section class="finding" id="finding-\d+"', html)[1:]
    for index, body in zip(sections, bodies, strict=True):
        if rule_id in body:
            return int(index)
    raise AssertionError(f"{rule_id} not on the page")


def _checked(console: TestClient, csrf: str, text: str) -> str:
    page = console.post("/console/check", data={"text": text, "content_type": "article", "csrf": csrf,
                                                "channel": "weibo", "account": "acct-1"})
    found = re.search(r'href="/console/verdicts/([0-9a-f]+)"', page.text)
    assert found, page.text
    return found.group(1)


def test_review_queue_decision_records_the_person_and_refuses_silent_overwrites(console: TestClient) -> None:
    csrf = sign_in(console, "rita")
    audit_id = _checked(console, csrf, REVIEW_TEXT)
    queue = console.get("/console/queue", params={"channel": "weibo"})
    assert audit_id in queue.text
    assert audit_id not in console.get("/console/queue", params={"channel": "moments"}).text
    item = console.get(f"/console/verdicts/{audit_id}")
    assert "ad_absolute.first_claim" in item.text and "lexicon" in item.text  # findings and detector versions
    seen = re.search(r'name="seen" value="(\d+)"', item.text)
    assert seen and seen.group(1) == "0"
    no_reason = console.post(f"/console/verdicts/{audit_id}/review",
                             data={"csrf": csrf, "decision": "approve", "reason": "", "seen": "0"})
    assert no_reason.status_code == 422
    done = console.post(f"/console/verdicts/{audit_id}/review",
                        data={"csrf": csrf, "decision": "reject", "reason": "抢购是催促用语", "seen": "0"})
    assert done.status_code == 200 and "user:rita" in done.text
    assert audit_id not in console.get("/console/queue").text
    # A second reviewer whose form was shown before rita decided cannot overwrite her decision silently.
    console.cookies.clear()
    csrf2 = sign_in(console, "ravi")
    late = console.post(f"/console/verdicts/{audit_id}/review",
                        data={"csrf": csrf2, "decision": "approve", "reason": "fine", "seen": "0"})
    assert late.status_code == 409
    escalated = console.post(f"/console/verdicts/{audit_id}/review",
                             data={"csrf": csrf2, "decision": "escalate", "reason": "我不同意", "seen": "0"})
    assert escalated.status_code == 200 and "user:ravi" in escalated.text


def test_roles_limit_pages(console: TestClient) -> None:
    sign_in(console, "amy")  # rule author: checks drafts, does not review or administer
    assert console.get("/console/check").status_code == 200
    assert console.get("/console/queue").status_code == 403
    assert console.get("/console/admin").status_code == 403


def test_verdict_search_filters_and_pages(console: TestClient) -> None:
    csrf = sign_in(console, "admin")
    ids = [_checked(console, csrf, BLOCK_TEXT) for _ in range(3)]
    review_id = _checked(console, csrf, REVIEW_TEXT)
    blocked = console.get("/console/verdicts", params={"verdict": "block"})
    assert all(i in blocked.text for i in ids) and review_id not in blocked.text
    console_app_page = console.get("/console/verdicts", params={"verdict": "block", "category": "guaranteed_return"})
    assert ids[0] in console_app_page.text
    bad = console.get("/console/verdicts", params={"since": "not a date"})
    assert bad.status_code == 200 and 'role="alert"' in bad.text


def test_dashboard_charts_follow_the_verdicts(console: TestClient) -> None:
    csrf = sign_in(console, "admin")
    empty = console.get("/console/dashboard")
    assert empty.status_code == 200 and '<div class="figure" id="checked">0</div>' in empty.text
    _checked(console, csrf, BLOCK_TEXT)
    assert '<div class="figure" id="checked">0</div>' in console.get("/console/dashboard").text  # a draft
    page = console.get("/console/dashboard", params={"purpose": "all"})
    assert '<div class="figure" id="checked">1</div>' in page.text
    assert page.text.count('<svg class="chart" role="img"') == 8
    assert "按结论统计的数量" in page.text  # volume by verdict
    assert "guaranteed_return.no_loss" in page.text  # top rules chart
    later = console.get("/console/dashboard", params={"since": "2999-01-01", "purpose": "all"})
    assert '<div class="figure" id="checked">0</div>' in later.text  # a date range narrows the figures
    bad = console.get("/console/dashboard", params={"until": "someday"})
    assert bad.status_code == 200 and 'role="alert"' in bad.text


def test_admin_creates_people_and_keys(console: TestClient) -> None:
    csrf = sign_in(console, "admin")
    short = console.post("/console/admin/users", data={"csrf": csrf, "username": "bo", "role": "officer",
                                                       "password": "short"})
    assert short.status_code == 422
    made = console.post("/console/admin/users", data={"csrf": csrf, "username": "olga", "display_name": "奥尔加",
                                                      "role": "officer", "password": "a long passphrase"})
    assert made.status_code == 200 and "奥尔加" in made.text
    key = console.post("/console/admin/keys", data={"csrf": csrf, "owner": "cms", "scopes": ["check", "read"]})
    token = re.search(r'id="new-key">(pg_[^<]+)<', key.text)
    assert token
    assert console.get("/v1/verdicts", headers={"Authorization": f"Bearer {token.group(1)}"}).status_code == 200
    console.cookies.clear()
    sign_in(console, "olga", "a long passphrase")


def test_english_on_request(console: TestClient) -> None:
    sign_in(console, "admin")
    assert "检查草稿" in console.get("/console/check").text
    english = console.get("/console/check", params={"lang": "en"})
    assert "Check a draft" in english.text and '<html lang="en">' in english.text
    assert "Check a draft" in console.get("/console/check").text  # remembered


def test_sign_out_ends_the_session(console: TestClient) -> None:
    csrf = sign_in(console, "admin")
    cookie = console.cookies.get("pg_session")
    console.post("/console/logout", data={"csrf": csrf})
    console.cookies.set("pg_session", cookie or "", path="/console")
    assert console.get("/console/check", follow_redirects=False).status_code == 303


def _draft_without(*rule_ids: str) -> str:
    import yaml

    from tests.dbfixtures import lexicon_only

    doc = lexicon_only().model_dump(mode="json", exclude={"version"})
    doc["lexicon"]["rules"] = [r for r in doc["lexicon"]["rules"] if r["id"] not in rule_ids]
    return yaml.safe_dump(doc, allow_unicode=True)


def test_rules_publish_only_after_seeing_the_impact_and_roll_back(console: TestClient) -> None:
    csrf = sign_in(console, "admin")
    review_id = _checked(console, csrf, REVIEW_TEXT)
    made = console.post("/console/rules", data={"csrf": csrf, "notes": "drop two rules",
                                                "document": _draft_without("stop_sale_hype.rush",
                                                                           "ad_absolute.first_claim")})
    assert made.status_code == 200 and "v2" in made.text and "审核手册" in made.text
    diff = console.get("/console/rules/diff", params={"from": 1, "to": 2})
    assert "stop_sale_hype.rush" in diff.text and "ad_absolute.first_claim" in diff.text
    impact = console.get("/console/rules/2/impact")
    assert '<div class="figure" id="impact-changed">1</div>' in impact.text
    assert review_id[:8] in impact.text  # the example verdict that would change
    unconfirmed = console.post("/console/rules/2/publish", data={"csrf": csrf, "confirm": ""})
    assert unconfirmed.status_code == 409
    confirm = re.search(r'name="confirm" value="([0-9a-f]+)"', impact.text)
    assert confirm
    published = console.post("/console/rules/2/publish", data={"csrf": csrf, "confirm": confirm.group(1)})
    assert published.status_code == 200 and 'role="status"' in published.text
    after = console.post("/console/check", data={"text": REVIEW_TEXT, "content_type": "article", "csrf": csrf})
    assert "verdict-pass" in after.text and "v2" in after.text
    back = console.get("/console/rules/1/impact")
    confirm = re.search(r'name="confirm" value="([0-9a-f]+)"', back.text)
    assert confirm
    assert console.post("/console/rules/1/publish", data={"csrf": csrf, "confirm": confirm.group(1)}).status_code == 200
    again = console.post("/console/check", data={"text": REVIEW_TEXT, "content_type": "article", "csrf": csrf})
    assert "verdict-review" in again.text


def test_a_rule_author_drafts_but_cannot_publish(console: TestClient) -> None:
    csrf = sign_in(console, "amy")
    made = console.post("/console/rules", data={"csrf": csrf, "document": _draft_without("stop_sale_hype.rush")})
    assert made.status_code == 200
    assert console.get("/console/rules/2/impact").status_code == 403
    bad = console.post("/console/rules", data={"csrf": csrf, "document": "name: [unclosed"})
    assert bad.status_code == 422 and 'role="alert"' in bad.text


def _incident_with_mentions(db: Database, texts: list[str]) -> str:
    """An open incident linking ``texts`` as mentions (what an alert rule opens; made directly here)."""
    import hashlib
    import uuid

    from app.models import Incident, IncidentEvent, Mention
    from app.models.base import utcnow

    now = utcnow()
    incident_id = uuid.uuid4().hex
    with db.session() as session, session.begin():
        session.add(Incident(id=incident_id, rule_id="burst.account", kind="burst", group_by="account",
                             group_key="acct-9", open_key=f"burst.account|acct-9|{incident_id}", state="open",
                             severity="medium", summary="同一账号负面评论集中出现", mention_count=len(texts),
                             max_score=0.9, target_minutes=120, opened_at=now))
        session.flush()
        session.add(IncidentEvent(incident_id=incident_id, kind="opened", actor="alert:burst.account", note="",
                                  created_at=now))
        for text in texts:
            mention = Mention(id=uuid.uuid4().hex, source="weibo", account_id="acct-9", content_type="comment",
                              created_at=now, received_at=now, text_policy="full", stored_text=text,
                              content_sha256=hashlib.sha256(text.encode()).hexdigest(), negative=True,
                              score=0.9, verdict="review", findings="[]")
            session.add(mention)
            session.flush()
            session.add(IncidentEvent(incident_id=incident_id, kind="mention", mention_id=mention.id, note="",
                                      created_at=now))
    return incident_id


def test_incidents_show_their_mentions_and_are_acknowledged_then_resolved(console: TestClient, db: Database
                                                                          ) -> None:
    incident_id = _incident_with_mentions(db, ["理赔拖了三个月还没结果", "客服电话一直打不通"])
    csrf = sign_in(console, "rita")
    listing = console.get("/console/incidents", params={"state": "open"})
    assert incident_id in listing.text
    page = console.get(f"/console/incidents/{incident_id}")
    assert "理赔拖了三个月还没结果" in page.text and "客服电话一直打不通" in page.text
    acked = console.post(f"/console/incidents/{incident_id}/ack", data={"csrf": csrf, "note": "已联系理赔部门"})
    assert acked.status_code == 200 and "已确认" in acked.text and "已联系理赔部门" in acked.text
    again = console.post(f"/console/incidents/{incident_id}/ack", data={"csrf": csrf})
    assert again.status_code == 409 and 'role="alert"' in again.text
    done = console.post(f"/console/incidents/{incident_id}/resolve", data={"csrf": csrf, "note": "已回复客户"})
    assert "已处置" in done.text and "user:rita" in done.text
    assert incident_id not in console.get("/console/incidents", params={"state": "open"}).text


def test_verdict_search_follows_keyset_pages(console: TestClient) -> None:
    csrf = sign_in(console, "admin")
    ids = [_checked(console, csrf, f"第{i}篇：稳赚不赔") for i in range(52)]
    first = console.get("/console/verdicts", params={"verdict": "block"})
    assert ids[-1] in first.text and ids[0] not in first.text  # newest first, 50 a page
    link = re.search(r'href="(/console/verdicts\?[^"]*cursor=\d+[^"]*)" rel="next"', first.text)
    assert link and "verdict=block" in link.group(1)
    second = console.get(link.group(1).replace("&amp;", "&"))
    assert ids[0] in second.text and ids[1] in second.text and ids[-1] not in second.text
    assert 'rel="next"' not in second.text


def test_password_guessing_is_throttled(db: Database, db_url: str, tmp_path: Path) -> None:
    from app.detectors.registry import discover
    from app.main import create_app
    from tests.console.conftest import add_user
    from tests.dbfixtures import make_settings

    add_user(db, "admin", "admin")
    app = create_app(make_settings(db_url, tmp_path, auth_failures_per_minute=2), registry=discover(["lexicon"]))
    with TestClient(app) as client:
        token = csrf_of(client.get("/console/login").text)
        for _ in range(2):
            wrong = {"username": "admin", "password": "not the password", "csrf": token}
            assert client.post("/console/login", data=wrong).status_code == 401
        right = {"username": "admin", "password": PASSWORD, "csrf": token}
        refused = client.post("/console/login", data=right)
        assert refused.status_code == 429 and "pg_session" not in client.cookies


def test_queue_filters_see_the_whole_queue_and_page_on(console: TestClient, monkeypatch: Any) -> None:
    """Filters are not limited to the oldest items: a match behind many non-matching items is found, and a rule
    filter pages on with a cursor after a bounded number of items."""
    import app.console.routes as routes

    monkeypatch.setattr(routes, "QUEUE_PAGE", 2)
    monkeypatch.setattr(routes, "QUEUE_SCAN", 3)
    csrf = sign_in(console, "rita")
    older = [_checked(console, csrf, REVIEW_TEXT) for _ in range(5)]  # first_claim + rush, channel weibo
    page = console.post("/console/check", data={"text": "限量发售，名额有限", "content_type": "article",
                                                "csrf": csrf, "channel": "douyin", "account": "acct-9"})
    newest = re.search(r'href="/console/verdicts/([0-9a-f]+)"', page.text)
    assert newest
    by_channel = console.get("/console/queue", params={"channel": "douyin"})
    assert newest.group(1) in by_channel.text and not any(a in by_channel.text for a in older)
    first = console.get("/console/queue")
    assert sum(a in first.text for a in older) == 2 and 'rel="next"' in first.text  # a page, and a way on
    # A rule only the newest item has: the first request stops after 3 items with a cursor, the next finds it.
    found = console.get("/console/queue", params={"rule": "stop_sale_hype.rush", "channel": "douyin"})
    assert newest.group(1) in found.text
    walked = console.get("/console/queue", params={"rule": "no.such_rule"})
    assert "cursor=" in walked.text  # bounded: stopped after QUEUE_SCAN items with a link to go on
    assert console.get("/console/queue", params={"cursor": "not-a-cursor"}).status_code == 200


def test_queue_and_dashboard_know_the_branch_from_the_account_archive(console: TestClient, db: Database) -> None:
    from app.schemas.accounts import AccountCreate
    from app.services.accounts import ArchivePolicy, create_account

    with db.session() as session, session.begin():
        create_account(session=session, data=AccountCreate(id="acct-1", platform="weibo", handle="east-1",
                                                           branch="华东分公司"),
                       actor="test", policy=ArchivePolicy(store="redacted", hash_key="", required=()))
    csrf = sign_in(console, "rita")
    archived = _checked(console, csrf, REVIEW_TEXT)  # account acct-1
    page = console.post("/console/check", data={"text": REVIEW_TEXT, "content_type": "article", "csrf": csrf,
                                                "channel": "weibo", "account": "acct-unknown"})
    other = re.search(r'href="/console/verdicts/([0-9a-f]+)"', page.text)
    assert other
    east = console.get("/console/queue", params={"branch": "华东分公司"}).text
    assert archived in east and other.group(1) not in east
    assert archived not in console.get("/console/queue", params={"branch": "华南分公司"}).text
    console.cookies.clear()
    sign_in(console, "admin")
    dashboard = console.get("/console/dashboard", params={"purpose": "draft"}).text
    assert "合规率（按分支机构）" in dashboard and "华东分公司" in dashboard and "(unregistered)" in dashboard
    east_only = console.get("/console/dashboard", params={"purpose": "draft", "branch": "华东分公司"}).text
    assert re.search(r'id="checked">1<', east_only)  # every figure narrowed to the branch
