# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
"""A check with images on both databases: the image record goes into the hashed payload and the chain still
verifies (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path

from fastapi.testclient import TestClient

from app.db import Database
from app.detectors.registry import discover
from app.main import create_app
from app.models import AuditEvent
from app.ocr.stage import OcrStage
from app.services.audit import verify_chain
from tests.dbfixtures import bearer, db, db_url, make_settings, new_key  # noqa: F401
from tests.ocr import readers
from tests.ocr.conftest import need_pillow


def test_image_record_is_hashed_into_the_chain(db: Database, db_url: str, tmp_path: Path) -> None:
    need_pillow()
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, format="PNG")
    raw = out.getvalue()
    stage = OcrStage(workers=1, reader=readers.fixed, version="fixed-1")
    try:
        app = create_app(make_settings(db_url, tmp_path), registry=discover(["lexicon"]), ocr=stage)
        with TestClient(app) as c:
            key = new_key(db, "check")
            r = c.post("/v1/check", headers=bearer(key),
                       json={"text": "海报", "images": [{"data": base64.b64encode(raw).decode(), "name": "a.png"}]})
            assert r.status_code == 200, r.text
            audit_id = r.json()["audit_id"]
    finally:
        stage.close()
    with db.session() as session:
        event = session.query(AuditEvent).filter_by(id=audit_id).one()
        (image,) = json.loads(event.payload)["images"]
        assert image["sha256"] == hashlib.sha256(raw).hexdigest()
        assert image["text"] == "这款产品稳赚不赔\n客户电话13812345678"  # store_text=full in these fixtures
        assert json.loads(event.findings)[0]["field"] == "image:0"
        report = verify_chain(session, hmac_key="")  # the app here runs without the key: hashes and links only
    assert report.ok, report.as_dict()
