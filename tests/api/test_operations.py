# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""Operations data (issue 13): pushed over HTTP or imported from CSV, and shown in /v1/stats beside compliance:
the accounts publishing most, the posts that drew complaints, reach by verdict. SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.cli import main
from app.db import Database
from app.detectors.registry import discover
from app.main import create_app
from tests.dbfixtures import bearer, db, db_url, make_settings, new_key  # noqa: F401

BLOCKED = "这款产品稳赚不赔，保本保息！"
CLEAN = "周末家庭保障知识分享会，欢迎报名。"


def test_push_figures_and_read_them_beside_compliance(db: Database, db_url: str, tmp_path: Path) -> None:
    settings = make_settings(db_url, tmp_path)
    admin, checker = bearer(new_key(db, "admin")), bearer(new_key(db, "check"))
    with TestClient(create_app(settings, registry=discover(["lexicon"]))) as client:
        client.post("/v1/accounts", json={"platform": "wechat_mp", "handle": "hz", "id": "gh_hz",
                                          "owner_name": "王小明", "branch": "杭州分公司"}, headers=admin)
        audit: dict[str, str] = {}
        for ref, account, text in (("p1", "gh_hz", CLEAN), ("p2", "gh_hz", BLOCKED), ("p3", "gh_nb", CLEAN)):
            answer = client.post("/v1/check", json={"text": text, "purpose": "publish", "account": {"id": account}},
                                 headers=checker).json()
            audit[ref] = answer["audit_id"]
        posts = [{"account_id": "gh_hz", "post_ref": "p1", "audit_id": audit["p1"], "reads": 1000, "likes": 30,
                  "comments": 5, "shares": 5, "published_at": "2025-06-03T09:00:00+08:00"},
                 {"account_id": "gh_hz", "post_ref": "p2", "audit_id": audit["p2"], "reads": 5000, "likes": 100,
                  "published_at": "2025-06-04T09:00:00+08:00"},
                 {"account_id": "gh_nb", "post_ref": "p3", "audit_id": audit["p3"], "reads": 200,
                  "published_at": "2025-06-04T10:00:00+08:00"},
                 {"account_id": "gh_nb", "post_ref": "p4", "reads": 50, "published_at": "2025-06-05T10:00:00+08:00"}]
        posts = [{**p, "measured_at": "2025-06-06T23:00:00+08:00"} for p in posts]
        pushed = client.post("/v1/operations/posts", json={"items": posts}, headers=checker)
        assert pushed.json() == {"created": 4, "updated": 0, "stale": 0}, pushed.text
        newer = {**posts[0], "reads": 1500, "measured_at": "2025-06-07T00:00:00+08:00"}
        older = {**posts[1], "reads": 1, "measured_at": "2020-01-01T00:00:00+08:00"}
        assert client.post("/v1/operations/posts", json={"items": [newer, older]}, headers=checker).json() == {
            "created": 0, "updated": 1, "stale": 1}
        weeks = [{"account_id": "gh_hz", "period_start": "2025-06-02", "days": 7, "posts": 14, "followers": 3000},
                 {"account_id": "gh_nb", "period_start": "2025-06-02", "posts": 2}]
        assert client.post("/v1/operations/accounts", json={"items": weeks}, headers=checker).json()["created"] == 2
        mentions = [{"source": "weibo", "external_id": f"m{i}", "account_id": "gh_hz", "post_ref": "p2",
                     "text": "理赔拖了三个月，骗子公司，我要投诉！", "created_at": "2025-06-05T08:00:00+08:00"}
                    for i in range(2)]
        client.post("/v1/mentions", json={"items": mentions}, headers=checker)

        stats = client.get("/v1/stats", params={"since": "2025-06-02", "until": "2025-06-09"}, headers=admin).json()
        ops = stats["operations"]
        hz, nb = ops["accounts"]
        assert (hz["account_id"], hz["registered"], hz["owner_name"], hz["posts"], hz["posts_per_week"]) == (
            "gh_hz", True, "王小明", 14, 14.0)
        assert (hz["measured_posts"], hz["reads"], hz["interactions"]) == (2, 6500, 140)
        assert (nb["account_id"], nb["registered"], nb["posts"], nb["reads"]) == ("gh_nb", False, 2, 250)
        # 合规率 of each account in the same range: the checks ran today, outside it
        assert (hz["checked"], hz["compliance_rate"]) == (0, None)
        # mentions scored negative need the sentiment detector; this service runs the lexicon only
        assert ops["complained_posts"] == [] and hz["complaints"] == 0
        reach = {r["verdict"]: (r["posts"], r["reads"]) for r in ops["reach_by_verdict"]}
        assert reach == {"pass": (2, 1700), "block": (1, 5000), "unlinked": (1, 50)}

        today = client.get("/v1/stats", headers=admin).json()["operations"]
        rates = {a["account_id"]: (a["checked"], a["compliance_rate"]) for a in today["accounts"]}
        assert rates == {"gh_hz": (2, 0.5), "gh_nb": (1, 1.0)}
        branches = {r["key"]: (r["checked"], r["compliance_rate"])
                    for r in client.get("/v1/stats", headers=admin).json()["by_branch"]}
        assert branches == {"杭州分公司": (2, 0.5), "(unregistered)": (1, 1.0)}  # 合规率 by the archive's branch
        # every figure narrowed to one branch, account or channel: its 合规率 over time
        hz_only = client.get("/v1/stats", params={"branch": "杭州分公司"}, headers=admin).json()
        assert (hz_only["checked"], hz_only["compliance_rate"]) == (2, 0.5)
        assert [r["checked"] for r in hz_only["by_day"]] == [2]
        assert client.get("/v1/stats", params={"account": "gh_nb"}, headers=admin).json()["checked"] == 1
        assert client.get("/v1/stats", params={"channel": "douyin"}, headers=admin).json()["checked"] == 0
        assert client.get("/v1/stats", params={"channel": "fax"}, headers=admin).status_code == 422

        for bad in ({"items": []}, {"items": [{**posts[0], "reads": -1}]}, {"items": [{**posts[0], "post_ref": " "}]},
                    {"items": [{**posts[0], "published_at": "2026-12-01T09:00:00"}]}):
            answer = client.post("/v1/operations/posts", json=bad, headers=checker)
            assert answer.status_code == 422 and answer.headers["content-type"] == "application/problem+json", bad
        assert client.post("/v1/operations/posts", json={"items": posts}, headers=bearer(new_key(db, "read"))
                           ).status_code == 403


def test_complained_posts(db: Database, db_url: str, tmp_path: Path) -> None:
    """Negative mentions about a measured post (by post_ref) make it a complained post of its account."""
    from app.models import Mention
    from app.schemas.operations import PostMetricsIn
    from app.services.operations import operations_stats, store_posts

    with db.session() as session, session.begin():
        store_posts(session=session, items=[PostMetricsIn(account_id="gh_hz", post_ref="p2", reads=5000),
                                            PostMetricsIn(account_id="gh_hz", post_ref="p1", reads=10)])
        for i, negative in enumerate((True, True, False)):
            session.add(Mention(id=f"m{i}", source="weibo", post_ref="p2", account_id="gh_hz", content_type="comment",
                                created_at=_now(), content_sha256="0" * 64, text_policy="none", negative=negative,
                                verdict="review"))
    from zoneinfo import ZoneInfo

    with db.session() as session:
        ops = operations_stats(session=session, since=None, until=None, top=10, rates={}, zone=ZoneInfo("UTC"))
    assert [(p.post_ref, p.negative_mentions, p.reads) for p in ops.complained_posts] == [("p2", 2, 5000)]
    assert ops.accounts[0].complaints == 2


def _now() -> Any:
    from app.models.base import utcnow

    return utcnow()


def test_csv_import(db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    posts = tmp_path / "posts.csv"
    posts.write_text("账号,文章链接,发布时间,阅读数,点赞数,评论数,转发数,备注\n"
                     "gh_hz,https://mp.example/s/1,2026-12-01 09:00,\"12,345\",10,2,1,x\n"
                     "gh_hz,https://mp.example/s/2,2026/12/02 09:00,-5,0,0,0,\n"
                     ",https://mp.example/s/3,,1,0,0,0,\n", encoding="utf-8")
    assert main(["operations", "import", "posts", str(posts), "--database-url", db_url]) == 1
    out, err = capsys.readouterr()
    assert "3 rows: 1 created" in out and "2 rejected" in out
    assert "row 3: reads" in err and "row 4: account_id" in err and "ignored columns: 备注" in err
    activity = tmp_path / "activity.csv"
    activity.write_text("账号,开始日期,天数,发文数,粉丝数\ngh_hz,2026/11/30,7,21,3000\n", encoding="utf-8")
    assert main(["operations", "import", "activity", str(activity), "--database-url", db_url]) == 0
    from app.models import AccountActivity, PostMetrics

    with db.session() as session:
        (post,) = session.query(PostMetrics).all()
        assert (post.reads, post.published_at.isoformat()) == (12345, "2026-12-01T01:00:00+00:00")
        (week,) = session.query(AccountActivity).all()
        assert (week.period_start.isoformat(), week.period_end.isoformat(), week.posts) == ("2026-11-30",
                                                                                          "2026-12-06", 21)
