from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.ruleset import json_schema, load_default_ruleset, parse_ruleset
from tests.helpers import RULE_DEFAULTS

SCHEMA = Path(__file__).resolve().parent.parent / "app" / "rules" / "schema.json"


def test_schema_file_is_in_sync_with_the_models() -> None:
    assert json.loads(SCHEMA.read_text("utf-8")) == json_schema(), "run: python -m app.ruleset > app/rules/schema.json"


def test_default_pack_validates_against_the_json_schema() -> None:
    import jsonschema

    from app.ruleset import default_pack_dir, load_pack_dir

    jsonschema.validate(load_pack_dir(default_pack_dir()), json_schema())
    rs = load_default_ruleset()
    assert rs.name and rs.lexicon.rules and len(rs.checksum) == 64


def test_the_packaged_pack_reads_the_same_with_the_fast_loader() -> None:
    """load_default_ruleset reads the packaged files with libyaml (start-up time); every other document goes
    through the checking loader. Both must give the same documents, and so the same ruleset and checksum."""
    from app.ruleset import default_pack_dir, load_pack_dir, load_yaml

    files = sorted(default_pack_dir().rglob("*.yaml"))
    assert len(files) > 5
    for path in files:
        text = path.read_bytes()
        assert load_yaml(text, packaged=True) == load_yaml(text), path.name
    checked = parse_ruleset(load_pack_dir(default_pack_dir()))
    assert load_default_ruleset().checksum == checked.checksum
    assert load_default_ruleset() == checked


def test_the_packaged_pack_from_the_cache_is_the_pack_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The merged document of the packaged files is kept in the cache directory: read back, the same document and
    ruleset; a broken entry is read from the files again; a changed file is a new key."""
    import shutil

    from app import cachedir
    from app.ruleset import default_pack_dir, load_pack_dir

    monkeypatch.setenv(cachedir.ENV, str(tmp_path / "cache"))
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), pack)
    read = load_pack_dir(pack, packaged=False)
    stored = load_pack_dir(pack, packaged=True)  # empty cache: read and stored
    (entry,) = (tmp_path / "cache").glob("pack-document-*.bin")
    cached = load_pack_dir(pack, packaged=True)
    assert stored == read and cached == read and cached is not stored
    assert json.dumps(cached, ensure_ascii=False) == json.dumps(read, ensure_ascii=False)  # key order, types
    assert parse_ruleset(cached).checksum == load_default_ruleset().checksum
    whole = entry.read_bytes()
    entry.write_bytes(whole[:200])
    assert load_pack_dir(pack, packaged=True) == read
    assert entry.read_bytes() == whole  # stored again, whole
    claims = pack / "detectors" / "claims.yaml"
    claims.write_text(claims.read_text("utf-8") + "\n# changed\nextra_key_for_the_test: 1\n", "utf-8")
    changed = load_pack_dir(pack, packaged=True)
    assert changed["detectors"]["claims"]["extra_key_for_the_test"] == 1
    assert len(list((tmp_path / "cache").glob("pack-document-*.bin"))) == 2


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"id": "x.a", "category": "ad_absolute", "severity": "high"}, "exactly one"),
        ({"id": "x.a", "category": "ad_absolute", "severity": "high", "terms": ["a"], "pattern": "b"}, "exactly one"),
        ({"id": "x.a", "category": "not_a_category", "severity": "high", "terms": ["a"]}, "category"),
        ({"id": "X A", "category": "ad_absolute", "severity": "high", "terms": ["a"]}, "id"),
        ({"id": "x.a", "category": "ad_absolute", "severity": "high", "terms": [" "]}, "blank"),
        ({"id": "x.a", "category": "ad_absolute", "severity": "high", "terms": ["a"], "typo": 1}, "typo"),
    ],
)
def test_bad_rules_are_rejected_with_a_reason(rule: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_ruleset({"name": "t", "lexicon": {"rules": [{**RULE_DEFAULTS, **rule}]}})


def test_duplicate_rule_ids_are_rejected() -> None:
    r = {**RULE_DEFAULTS, "id": "x.a", "category": "ad_absolute", "severity": "high", "terms": ["a"]}
    with pytest.raises(ValidationError, match="duplicate"):
        parse_ruleset({"name": "t", "lexicon": {"rules": [r, r]}})


def test_checksum_ignores_the_version_but_not_the_content() -> None:
    a = parse_ruleset({"name": "t"})
    assert a.checksum == a.with_version(7).checksum
    assert a.checksum != parse_ruleset({"name": "u"}).checksum


def test_sections_left_at_their_defaults_keep_old_checksums() -> None:
    """A version stored before `coverage` and `evasion` existed must not read as tampered after an upgrade."""
    from app.ruleset import Ruleset

    doc = {"name": "old", "detectors": {"lexicon": {"enabled": True}}}
    ruleset = Ruleset.model_validate(doc)
    dumped = ruleset.model_dump(mode="json", exclude={"version"})
    assert "evasion" not in dumped and "coverage" not in dumped
    changed = Ruleset.model_validate({**doc, "evasion": {"initials": ["健康告知"]}})
    assert "evasion" in changed.model_dump(mode="json") and changed.checksum != ruleset.checksum
