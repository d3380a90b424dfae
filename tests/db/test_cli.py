from __future__ import annotations

import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Database


def test_first_upgrade_bootstraps_once_and_verify_catches_an_edit(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    assert main(["db", "upgrade", "--database-url", db_url]) == 0
    first = capsys.readouterr()
    token = first.out.strip()
    assert token.startswith("pg_") and "published version 1" in first.err
    assert main(["db", "upgrade", "--database-url", db_url]) == 0
    assert capsys.readouterr().out == ""  # the key is shown once only
    assert main(["db", "current", "--database-url", db_url]) == 0
    assert main(["audit", "verify", "--database-url", db_url]) == 0
    assert "ok: 2 events" in capsys.readouterr().out
    db = Database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 1"))
    db.dispose()
    assert main(["audit", "verify", "--database-url", db_url]) == 1
    assert "FAILED: altered at seq 1" in capsys.readouterr().out


def test_commands_on_an_empty_database_name_the_upgrade(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["rules", "list", "--database-url", db_url])
    assert exc.value.code == 3 and "postguard db upgrade" in capsys.readouterr().err


def test_rules_and_keys_commands(db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    from pathlib import Path

    url = ["--database-url", db_url]
    main(["db", "upgrade", *url])
    capsys.readouterr()
    assert main(["rules", "show", "1", "--format", "json", *url]) == 0
    doc = Path(str(tmp_path)) / "v1.json"
    doc.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["rules", "create", str(doc), "--notes", "same again", *url]) == 0
    assert main(["rules", "diff", "--to", "2", *url]) == 0
    assert '"identical": true' in capsys.readouterr().out
    out = Path(str(tmp_path)) / "handbook.html"
    assert main(["rules", "handbook", "--version", "1", "--format", "html", "-o", str(out), *url]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["rules", "rollback", *url]) == 3  # nothing earlier was published
    assert "no earlier published version" in capsys.readouterr().err
    assert main(["keys", "create", "--owner", "cms", "--scopes", "check,read", *url]) == 0
    assert capsys.readouterr().out.startswith("pg_")
    assert main(["keys", "list", *url]) == 0
    listing = capsys.readouterr().out
    assert "cms" in listing and "pg_" in listing and len(listing.split("pg_")[1].split("…")[0]) == 4


def test_publish_shows_the_impact_and_needs_confirm_to_drop_every_rule(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    """Before: a draft without rules published at once. Now its impact is printed and --confirm is needed."""
    from pathlib import Path

    from app.taxonomy import Category

    url = ["--database-url", db_url]
    draft = Path(str(tmp_path)) / "empty.yaml"
    draft.write_text("name: paused\ncoverage:\n  not_checked:\n"
                     + "".join(f"    {c.value}: 合规检查暂停，人工审核\n" for c in Category), encoding="utf-8")
    assert main(["rules", "create", str(draft), *url]) == 0
    capsys.readouterr()
    assert main(["rules", "publish", "2", *url]) == 1
    held = capsys.readouterr()
    assert "impact of version 2 replacing version 1" in held.out and "needs confirmation: removes" in held.out
    assert "stops checking categories" in held.out and "--confirm" in held.err
    assert main(["rules", "list", *url]) == 0
    assert "2\tdraft" in capsys.readouterr().out
    assert main(["rules", "publish", "2", "--confirm", *url]) == 0
    assert "version 2 published" in capsys.readouterr().out
    assert main(["rules", "rollback", "--json", *url]) == 0  # back to the rules: nothing removed, no confirm
    assert '"ad_absolute"' in capsys.readouterr().out.split('"categories_newly_checked"')[1]
