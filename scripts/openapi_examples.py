#!/usr/bin/env python3
"""Record a real request and answer for every API operation, as the OpenAPI document's examples.

usage: python scripts/openapi_examples.py [--check]

Runs one scenario against the real app (SQLite in a temporary directory, the packaged rules and detectors, auth on):
check a post, a batch, draft / validate / diff / dry-run / publish / roll back rules, read verdicts and the queue,
review, recheck, stats, keys, mentions that open an incident, ack and resolve it; and provokes each error status
once. What was sent and answered is written to app/api/openapi_examples.json, which app/api/examples.py attaches to
the document (so Swagger's "Try it out" starts from a body that works). ``--check`` compares the operations the
scenario reaches with the committed file and exits 1 when they differ (the test suite runs the same comparison).
Secrets (API keys) are replaced by placeholders; ids and times are kept as they were.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.api.examples import EXAMPLES_FILE  # noqa: E402
from app.db import Database, upgrade  # noqa: E402
from app.errors import AuthUnavailable  # noqa: E402
from app.main import create_app  # noqa: E402
from app.ruleset import load_default_ruleset  # noqa: E402
from app.services.keys import create_key  # noqa: E402
from app.services.rulesets import ensure_published  # noqa: E402
from app.settings import Settings  # noqa: E402

KEY_PLACEHOLDER = "pg_<your-api-key>"
POST = "这款增额终身寿稳赚不赔，年化收益5%，比存银行划算，即将停售！"
CLEAN = "周末家庭保障知识分享会，欢迎大家报名参加，了解重疾险和医疗险的区别。"
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def poster(lines: list[str]) -> bytes:
    """A small poster (PNG) with ``lines`` in Noto CJK; blank where the font is missing (the scenario still
    reaches every operation, the answer then says the image held no text)."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (520, 60 + 70 * len(lines)), 255)
    if FONT.exists():
        draw = ImageDraw.Draw(img)
        for i, line in enumerate(lines):
            draw.text((30, 30 + 70 * i), line, font=ImageFont.truetype(str(FONT), 44), fill=0)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


class Recorder:
    """A TestClient wrapper that keeps the first request body and answer of each (method, path template)."""

    def __init__(self, client: TestClient, key: str) -> None:
        self.client, self.key = client, key
        self.operations: dict[str, dict[str, Any]] = {}
        self.errors: dict[str, Any] = {}

    def call(self, method: str, template: str, *, path: str | None = None, body: Any = None,
             params: dict[str, Any] | None = None, key: str | None = None, record: bool = True,
             expect: int | None = None) -> Any:
        headers = {"Authorization": f"Bearer {key or self.key}", "X-Actor": quote("王审核")}  # percent-encoded UTF-8
        answer = self.client.request(method, path or template, json=body, params=params, headers=headers)
        if expect is not None and answer.status_code != expect:
            raise SystemExit(f"{method} {path or template}: {answer.status_code} {answer.text[:300]}")
        data = answer.json()
        if record and answer.status_code >= 300:
            raise SystemExit(f"{method} {path or template}: {answer.status_code} {answer.text[:300]}")
        if record:
            self.operations.setdefault(f"{method.lower()} {template}", {
                "request": _shorten(body), "params": params or None, "status": answer.status_code,
                "response": _shorten(_scrub(data))})
        return data

    def upload(self, template: str, fields: dict[str, str], files: list[tuple[str, bytes]]) -> Any:
        """A multipart/form-data call; the request example shows the fields and names the files."""
        answer = self.client.post(template, data=fields, files=[("images", (name, raw, "image/png"))
                                                                 for name, raw in files],
                                  headers={"Authorization": f"Bearer {self.key}"})
        if answer.status_code >= 300:
            raise SystemExit(f"POST {template}: {answer.status_code} {answer.text[:300]}")
        data = answer.json()
        request = {**fields, "images": [f"<{name}: the PNG file's bytes>" for name, _ in files]}
        self.operations.setdefault(f"post {template}", {"request": request, "params": None,
                                                        "status": answer.status_code, "response": _scrub(data)})
        return data

    def error(self, status: int, answer: Any, key: str | None = None) -> None:
        if answer.status_code != status:
            raise SystemExit(f"expected {status}, got {answer.status_code}: {answer.text[:300]}")
        self.errors.setdefault(key or str(status), answer.json())


def _shorten(data: Any, inside: bool = False) -> Any:
    """A ruleset document is 100+ KB: in the examples its lists keep their first 2 items (still a valid
    document, which the operation's description says), so it stays readable; everything else is as sent."""
    if isinstance(data, dict):
        return {k: _shorten(v, inside or k == "document") for k, v in data.items()}
    if isinstance(data, list):
        return [_shorten(v, inside) for v in (data[:2] if inside else data)]
    return data


def _scrub(data: Any) -> Any:
    """API keys never go into the document."""
    if isinstance(data, dict):
        return {k: (KEY_PLACEHOLDER if k in ("token", "key") and isinstance(v, str) and v.startswith("pg_")
                    else _scrub(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [_scrub(v) for v in data]
    return data


@contextmanager
def _service() -> Iterator[tuple[TestClient, Database, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/examples.db"
        upgrade(url)
        settings = Settings(database_url=url, spool_dir=Path(tmp) / "spool", key_cache_dir=Path(tmp) / "keys",
                            log_level="WARNING", ruleset_poll_seconds=0.2,
                            body_timeout_seconds=0.5)
        db = Database(url)
        with db.session() as session, session.begin():
            ensure_published(session=session)
            _, admin = create_key(session=session, owner="合规部", scopes=["admin"], actor="examples")
        try:
            with TestClient(create_app(settings)) as client:
                yield client, db, admin
        finally:
            db.dispose()


def _rules(r: Recorder) -> None:
    r.call("GET", "/v1/rulesets/versions")
    live = max(v["number"] for v in r.call("GET", "/v1/rulesets/versions") if v["status"] == "published")
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    dropped = next(rule["id"] for rule in doc["lexicon"]["rules"] if rule["category"] == "ad_absolute")
    doc["lexicon"]["rules"] = [rule for rule in doc["lexicon"]["rules"] if rule["id"] != dropped]
    draft = r.call("POST", "/v1/rulesets/versions", body={"document": doc, "notes": f"草稿：删除规则 {dropped}"},
                   expect=201)
    number = draft["number"]
    r.call("GET", "/v1/rulesets/versions/{number}", path=f"/v1/rulesets/versions/{number}")
    r.call("POST", "/v1/rulesets/versions/{number}/validate", path=f"/v1/rulesets/versions/{number}/validate")
    r.call("GET", "/v1/rulesets/diff", params={"from": live, "to": number})
    r.call("POST", "/v1/rulesets/versions/{number}/dry-run", path=f"/v1/rulesets/versions/{number}/dry-run",
           params={"limit": 50})
    gated = r.client.post(f"/v1/rulesets/versions/{number}/publish", headers={"Authorization": f"Bearer {r.key}"})
    r.error(409, gated, key="409-confirm")
    r.call("POST", "/v1/rulesets/versions/{number}/publish", path=f"/v1/rulesets/versions/{number}/publish",
           body={"confirm": True})
    r.call("POST", "/v1/rulesets/rollback", body={"confirm": True})
    r.client.get(f"/v1/rulesets/versions/{live}/handbook", headers={"Authorization": f"Bearer {r.key}"})


def _mentions(r: Recorder) -> None:
    items = [{"source": "weibo", "external_id": f"wb-{i}", "account_id": "gh_demo_agent", "post_ref": "post-88",
              "author_handle": f"user{i}", "text": text, "created_at": f"2026-12-04T09:3{i}:00+08:00"}
             for i, text in enumerate(["理赔拖了三个月还不赔，我要去12378投诉，还要找媒体曝光！",
                                       "客服电话一直打不通，太失望了", "服务挺好的，理赔很快到账"])]
    r.call("POST", "/v1/mentions", body={"items": items})
    page = r.call("GET", "/v1/incidents", params={"state": "open", "limit": 20})
    incident = page["items"][0]["id"]
    r.call("GET", "/v1/incidents/{incident_id}", path=f"/v1/incidents/{incident}")
    r.call("GET", "/v1/incidents/{incident_id}/mentions", path=f"/v1/incidents/{incident}/mentions",
           params={"limit": 20})
    r.call("POST", "/v1/incidents/{incident_id}/ack", path=f"/v1/incidents/{incident}/ack",
           body={"note": "已联系客户，转理赔部加急处理"})
    r.call("POST", "/v1/incidents/{incident_id}/resolve", path=f"/v1/incidents/{incident}/resolve",
           body={"note": "理赔款已到账，客户撤回投诉"})


def _errors(r: Recorder, check_key: str) -> None:
    c, auth = r.client, {"Authorization": f"Bearer {r.key}"}
    r.error(400, c.post("/v1/check", content=b'{"text": "', headers={**auth, "content-type": "application/json"}))
    r.error(401, c.post("/v1/check", json={"text": CLEAN}))
    r.error(403, c.get("/v1/keys", headers={"Authorization": f"Bearer {check_key}"}))
    r.error(404, c.get("/v1/verdicts/00000000000000000000000000", headers=auth))
    # A batch (the image routes take bodies up to max_image_body_bytes, every other route max_body_bytes).
    r.error(413, c.post("/v1/check/batch", content=b'{"posts": [{"text": "' + b"a" * 2_000_000 + b'"}]}',
                        headers={**auth, "content-type": "application/json"}))
    r.error(415, c.post("/v1/check", content=CLEAN.encode(), headers={**auth, "content-type": "text/plain"}))
    r.error(422, c.post("/v1/check", json={"text": "   "}, headers=auth))
    slow = r.call("POST", "/v1/keys", body={"owner": "限流示例", "scopes": ["check"], "rate_per_minute": 1},
                  record=False, expect=201)["key"]
    for _ in range(2):
        answer = c.post("/v1/check", json={"text": CLEAN}, headers={"Authorization": f"Bearer {slow}"})
    r.error(429, answer)
    r.error(405, c.get("/v1/check", headers=auth))
    r.error(408, asyncio.run(_slow_body(c.app, auth)))
    # 503 needs the database down while a key is checked; it is rendered as the service renders it.
    unavailable = AuthUnavailable("API keys cannot be checked: the database is unreachable and this key is not in "
                                  "the signed host cache")
    r.errors["503"] = {"type": f"https://postguard.dev/problems/{unavailable.code}", "title": unavailable.title,
                       "status": 503, "detail": unavailable.detail, "code": unavailable.code}


async def _slow_body(app: Any, auth: dict[str, str]) -> httpx.Response:
    """A client that stops sending its body halfway: the body deadline answers 408."""
    async def trickle() -> AsyncIterator[bytes]:
        yield b'{"text": "'
        await asyncio.sleep(1.5)
        yield b'x"}'

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://examples") as client:
        return await client.post("/v1/check", content=trickle(),
                                 headers={**auth, "content-type": "application/json"})


def record() -> dict[str, Any]:
    """Run the scenario; return {"operations": {"method path": {...}}, "errors": {"status": problem}}."""
    with _service() as (client, _db, admin):
        r = Recorder(client, admin)
        client.get("/healthz")
        r.call("GET", "/healthz")
        r.call("GET", "/readyz")
        r.call("GET", "/v1/taxonomy", params={"lang": "zh"})
        r.call("POST", "/v1/check", body={"text": POST, "title": "年底理财好选择", "channel": "moments",
                                          "content_type": "caption", "purpose": "publish", "id": "post-88",
                                          "account": {"id": "gh_demo_agent"},
                                          "images": [{"name": "cover.png", "data": base64.b64encode(
                                              poster(["年底加推 名额有限"])).decode()}]})
        r.call("POST", "/v1/check/batch", body={"posts": [
            {"id": "a-1", "text": CLEAN, "channel": "wechat_mp"},
            {"id": "a-2", "text": "全网最低价，错过再等一年！", "channel": "douyin"},
            {"id": "a-3", "channel": "weibo",
             "text": "本产品为分红型保险，红利分配是不确定的，过往业绩不代表未来表现。"}]})
        r.upload("/v1/check/upload", {"text": "周末来听讲座，海报见图", "channel": "moments", "id": "poster-7"},
                 [("poster.png", poster(["限时加推 稳赚不赔", "咨询 13812345678"]))])
        checked = r.call("POST", "/v1/check", body={"text": "客户张伟（电话13812345678）的重疾理赔已到账。",
                                                    "purpose": "publish"}, record=False)
        _rules(r)
        r.call("GET", "/v1/verdicts", params={"verdict": "block", "limit": 20})
        r.call("GET", "/v1/reviews/queue", params={"limit": 20})
        audit_id = checked["audit_id"]
        r.call("GET", "/v1/verdicts/{audit_id}", path=f"/v1/verdicts/{audit_id}")
        r.call("POST", "/v1/verdicts/{audit_id}/reviews", path=f"/v1/verdicts/{audit_id}/reviews",
               body={"decision": "reject", "reason": "含客户姓名和电话，须删除后再发布"}, expect=201)
        r.error(409, client.post(f"/v1/verdicts/{audit_id}/reviews", json={"decision": "approve", "reason": "改判"},
                                 headers={"Authorization": f"Bearer {admin}", "X-Actor": quote("李复核")}))
        r.call("POST", "/v1/verdicts/{audit_id}/recheck", path=f"/v1/verdicts/{audit_id}/recheck")
        r.call("GET", "/v1/stats", params={"since": "2026-12-01", "until": "2026-12-31"})
        created = r.call("POST", "/v1/keys", body={"owner": "营销中台", "scopes": ["check"], "rate_per_minute": 600},
                         expect=201)
        r.call("GET", "/v1/keys")
        _mentions(r)
        check_key = r.call("POST", "/v1/keys", body={"owner": "发布工具", "scopes": ["check"]}, record=False)["key"]
        _errors(r, check_key)
        r.call("POST", "/v1/keys/{key_id}/revoke", path=f"/v1/keys/{created['id']}/revoke")
        return {"operations": dict(sorted(r.operations.items())), "errors": dict(sorted(r.errors.items()))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = parser.parse_args()
    found = record()
    if args.check:
        committed = json.loads(EXAMPLES_FILE.read_text("utf-8"))
        same = (set(found["operations"]) == set(committed["operations"])
                and set(found["errors"]) == set(committed["errors"]))
        print("up to date" if same else f"out of date: run {Path(__file__).name} without --check")
        return 0 if same else 1
    EXAMPLES_FILE.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {EXAMPLES_FILE.relative_to(ROOT)}: {len(found['operations'])} operations, "
          f"{len(found['errors'])} error statuses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
