"""Hostile input: every case is answered with a problem (4xx) or a correct check, never a 5xx."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.ops.conftest import BANNED, lexicon_findings

JSON = {"content-type": "application/json"}


def _problem(r: Any, status: int, code: str) -> None:  # the test client's response type
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == code


@pytest.mark.parametrize(("body", "status", "code"), [pytest.param(*case[1:], id=case[0]) for case in [
    ("invalid utf-8", b'{"text": "\xff\xfe\xe7\xa8\xb3"}', 400, "malformed_body"),
    ("truncated utf-8", b'{"text": "\xe7\xa8"}', 400, "malformed_body"),
    ("lone surrogate escape", b'{"text": "abc\\ud800def"}', 422, "invalid_text"),
    ("lone low surrogate in title", b'{"text": "abc", "title": "\\udc00"}', 422, "invalid_text"),
    ("raw surrogate bytes", b'{"text": "\xed\xa0\x80abc"}', 422, "invalid_text"),
    ("NUL escape (PostgreSQL cannot store it)", b'{"text": "\\u0000\\u0000" }', 422, "invalid_text"),
    ("deeply nested arrays", b'{"text": "x", "account": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 400,
     "malformed_body"),
    ("deeply nested objects", b'{"text": "x", "options": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"}",
     400, "malformed_body"),
    ("nested batch", b'{"posts": ' + b"[" * 20_000 + b"]" * 20_000 + b"}", 400, "malformed_body"),
    ("5000-digit number", b'{"text": "x", "title": ' + b"9" * 5000 + b"}", 400, "malformed_body"),
    ("json array", b"[1, 2]", 422, "wrong_type"),
    ("text not a string", b'{"text": 5}', 422, "wrong_type"),
]])
def test_malformed_bodies_are_problems(full_client: TestClient, body: bytes, status: int, code: str) -> None:
    _problem(full_client.post("/v1/check", content=body, headers=JSON), status, code)


@pytest.mark.parametrize("inside", [
    "\u202e", "\u202d", "\u2066", "\u2067", "\u061c",  # bidi overrides and isolates
    "\u200d", "\u200b", "\u200c", "\ufeff", "\u00ad",  # zero-width joiners, spaces, BOM, soft hyphen
    "\x07", "\x1b",  # control characters (NUL is refused: a 422, above)
])
def test_invisible_characters_inside_a_banned_term_do_not_hide_it(full_client: TestClient, inside: str) -> None:
    text = "朋友们，这款产品" + inside.join(BANNED) + "。"
    # Only the lexicon reports here: other detectors' overlapping findings are merged into wider spans.
    r = full_client.post("/v1/check", json={"text": text, "options": {"detectors": ["lexicon"]}})
    assert r.status_code == 200, r.text[:300]
    found = lexicon_findings(r.json())
    assert len(found) == 1
    start, end = found[0]["start"], found[0]["end"]
    assert text[start:end] == inside.join(BANNED)  # offsets point into the original, invisible chars and all
    assert r.json()["verdict"] == "block"


@pytest.mark.parametrize("text", ["\x01" * 1000, "\x01\x02\x03 正常的一句话 \x7f", "\u202e" * 500 + "你好"])
def test_control_character_floods_are_answered(full_client: TestClient, text: str) -> None:
    r = full_client.post("/v1/check", json={"text": text})
    assert r.status_code == 200, r.text[:300]
    assert r.json()["verdict"] == "pass"


def test_100k_emoji_over_the_limit_is_a_clear_problem(full_client: TestClient) -> None:
    _problem(full_client.post("/v1/check", json={"text": "😀" * 100_000}), 422, "text_too_long")


def test_emoji_flood_within_the_limit_is_checked_in_time(full_client: TestClient) -> None:
    text = "😀" * 49_000 + "👍".join(BANNED)  # emoji between CJK characters are noise, removed before matching
    started = time.perf_counter()
    r = full_client.post("/v1/check", json={"text": text})  # every detector: the time limit is for all of them
    assert r.status_code == 200, r.text[:300]
    assert time.perf_counter() - started < 10
    assert r.json()["verdict"] == "block"
    r = full_client.post("/v1/check", json={"text": text, "options": {"detectors": ["lexicon"]}})
    found = lexicon_findings(r.json())
    assert [(f["start"], f["end"]) for f in found] == [(49_000, 49_000 + 7)]


@pytest.fixture
def small_body_client(tmp_path: Path) -> Iterator[TestClient]:
    from app.detectors.registry import discover
    from tests.ops.conftest import client_for, ops_ruleset

    # /v1/check may carry images: its own limit (max_image_body_bytes) is the one set small here.
    with client_for(tmp_path, ops_ruleset(), registry=discover(["lexicon"]), max_body_bytes=10_000,
                    max_image_body_bytes=10_000) as c:
        yield c


def test_huge_json_with_a_declared_length_is_413(small_body_client: TestClient) -> None:
    body = json.dumps({"text": "a" * 20_000}).encode()
    _problem(small_body_client.post("/v1/check", content=body, headers=JSON), 413, "body_too_large")


def test_huge_chunked_json_is_413(small_body_client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"a" * 1000
        yield b'"}'

    _problem(small_body_client.post("/v1/check", content=chunks(), headers=JSON), 413, "body_too_large")


def test_chunked_json_under_the_limit_is_checked(small_body_client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        yield BANNED.encode()
        yield b'"}'

    r = small_body_client.post("/v1/check", content=chunks(), headers=JSON)
    assert r.status_code == 200 and r.json()["verdict"] == "block"


@pytest.mark.parametrize("content_type", [
    "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
    "application/octet-stream", "image/png",
])
def test_wrong_content_types_are_415(full_client: TestClient, content_type: str) -> None:
    r = full_client.post("/v1/check", content=json.dumps({"text": BANNED}).encode(),
                         headers={"content-type": content_type})
    _problem(r, 415, "unsupported_media_type")


@pytest.mark.parametrize("content_type", ["application/json", "application/json; charset=utf-8",
                                          "application/problem+json"])
def test_json_content_types_are_accepted(full_client: TestClient, content_type: str) -> None:
    r = full_client.post("/v1/check", content=json.dumps({"text": BANNED}).encode(),
                         headers={"content-type": content_type})
    assert r.status_code == 200 and r.json()["verdict"] == "block"


@pytest.mark.parametrize("path", ["/v1/rulesets/rollback?to=19020011187541773385728",
                                  "/v1/rulesets/versions/99999999999999999999999/validate"])
def test_integers_beyond_the_database_range_are_422_not_500(full_client: TestClient, path: str) -> None:
    _problem(full_client.post(path), 422, "value_out_of_range")
