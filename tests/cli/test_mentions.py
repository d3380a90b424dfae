# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from app.cli import main
from app.db import Database
from app.ruleset import load_default_ruleset
from tests.dbfixtures import db, db_url  # noqa: F401

ALERTS = [{"id": "burst.post", "kind": "burst", "group_by": "post_ref", "min_count": 2, "window_minutes": 60,
           "min_score": 0.6}]


def test_import_list_ack_resolve(db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["detectors"] = {"sentiment": doc["detectors"]["sentiment"]}
    doc["alerts"] = ALERTS
    rules = tmp_path / "rules.yaml"
    rules.write_text(yaml.safe_dump(doc, allow_unicode=True), "utf-8")
    rows = [{"source": "app", "external_id": str(n), "post_ref": "p1", "text": text,
             "created_at": "2026-03-02T10:00:00+08:00"}
            for n, text in enumerate(["理赔拖了半年一直拒赔，太坑人了", "退保扣了一大半的钱，业务员当初根本没说"])]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + ["{not json", json.dumps({"source": "app"})]
    source = tmp_path / "mentions.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setenv("POSTGUARD_STORE_TEXT", "none")
    args = ["--database-url", db_url]
    assert main(["mentions", "import", str(source), "--ruleset", str(rules), *args]) == 1  # two bad lines
    err = capsys.readouterr().err
    assert "accepted 2, duplicates 0, rejected 2, negative 2, incidents opened 1" in err
    assert "malformed_json 1" in err and "missing_field 1" in err and "lines 3, 4" in err
    assert main(["mentions", "import", str(source), "--ruleset", str(rules), *args]) == 1
    assert "accepted 0, duplicates 2" in capsys.readouterr().err

    assert main(["incidents", "list", "--json", *args]) == 0
    [listed] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (listed["rule_id"], listed["group_key"], listed["state"]) == ("burst.post", "p1", "open")
    assert main(["incidents", "ack", listed["id"], "--note", "已回电", *args]) == 0
    assert main(["incidents", "ack", listed["id"], *args]) == 3  # already acknowledged: one line, no traceback
    assert main(["incidents", "resolve", listed["id"], *args]) == 0
    assert "is resolved" in capsys.readouterr().err
    assert main(["incidents", "list", "--state", "open", *args]) == 0
    assert "no incidents" in capsys.readouterr().err
