"""Rule documents are refused, not expanded, when they use YAML anchors/aliases (a "billion laughs" bomb).

The same loader serves POST /v1/rulesets/versions, `postguard rules` and POSTGUARD_RULESET_FILE. Before the
fix the 700-byte document below parsed in milliseconds (aliases share one object) and then took gigabytes
when the draft was stored or checksummed; here it must be refused while parsing, so no test ever walks it.
"""
# ruff: noqa: F811  (pytest fixtures imported from tests.dbfixtures are used as parameters)

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from app.db import Database
from app.errors import RulesetInvalid
from app.rulesource import load_ruleset_path
from app.services.rulesets import parse_document
from tests.dbfixtures import bearer, db, db_client, db_url, new_key  # noqa: F401


def bomb(levels: int) -> str:
    """9**levels strings from a few hundred bytes, inside a field the schema keeps (alerts: list of mappings)."""
    lines = ["name: bomb", "alerts:", '- a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"  a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


BOMB = bomb(10)  # 9**10 = 3.5 billion leaves: tens of GB if anything walked it


def test_the_bomb_is_small() -> None:
    assert len(BOMB.encode()) < 1024


@pytest.mark.parametrize("document", [BOMB, BOMB.encode()], ids=["text", "bytes"])
def test_alias_bomb_is_refused_while_parsing(document: str | bytes) -> None:
    with pytest.raises(RulesetInvalid, match="anchors and aliases"):
        parse_document(document)


@pytest.mark.parametrize(
    "document",
    [
        "name: x\ndescription: &d hello\n",  # an anchor alone is refused too: nothing needs one
        "name: x\nbase: &b {a: 1}\nalerts: [{<<: *b}]\n",  # merge keys are aliases
    ],
    ids=["anchor", "merge-key"],
)
def test_any_anchor_is_refused(document: str) -> None:
    with pytest.raises(RulesetInvalid, match="anchors and aliases"):
        parse_document(document)


def test_deep_nesting_is_refused_not_a_recursion_error() -> None:
    with pytest.raises(RulesetInvalid, match="nests deeper"):
        parse_document("name: x\nalerts: " + "[" * 5000 + "]" * 5000 + "\n")


def test_ruleset_file_setting_refuses_the_bomb(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(BOMB, encoding="utf-8")
    with pytest.raises(yaml.YAMLError, match="anchors and aliases"):
        load_ruleset_path(path)


def test_pack_directory_refuses_the_bomb(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "pack.yaml").write_text("name: p\n", encoding="utf-8")
    (tmp_path / "lexicon" / "x.yaml").write_text(BOMB.replace("alerts:", "rules:"), encoding="utf-8")
    with pytest.raises(RulesetInvalid, match="anchors and aliases"):
        parse_document(tmp_path)


def _cap_memory() -> None:  # a regression must fail this test, not exhaust the machine
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


def test_cli_validate_refuses_the_bomb_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(BOMB, encoding="utf-8")
    run = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", run, "rules", "validate", str(path)],
                          capture_output=True, text=True, timeout=120, preexec_fn=_cap_memory)
    assert done.returncode == 3, done.stderr
    assert "anchors and aliases" in done.stderr and "Traceback" not in done.stderr


def test_api_refuses_a_yaml_draft_with_aliases(db_client: TestClient, db: Database) -> None:
    admin = bearer(new_key(db, "admin"))
    r = db_client.post("/v1/rulesets/versions", content=bomb(5).encode(),  # 59 049 leaves: harmless if it parsed
                       headers={**admin, "Content-Type": "application/x-yaml"})
    assert r.status_code == 422 and r.json()["code"] == "ruleset_invalid", r.text
    assert "anchors and aliases" in r.json()["detail"]
    r = db_client.post("/v1/rulesets/versions", json={"document": BOMB}, headers=admin)  # YAML text inside JSON
    assert r.status_code == 422 and "anchors and aliases" in r.json()["detail"]
    assert [v["number"] for v in db_client.get("/v1/rulesets/versions", headers=admin).json()] == [1]
