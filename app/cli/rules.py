"""postguard rules create|validate|diff|dry-run|publish|rollback|list|show|handbook."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from app.cli.db import add_url, friendly, open_db, settings_of
from app.db import Database
from app.engine import Engine
from app.ruleset import Ruleset


def _cmd(cmds: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str,
         func: Any) -> argparse.ArgumentParser:
    p = cmds.add_parser(name, help=help)
    add_url(p)
    p.set_defaults(func=friendly(func))
    return p


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("rules", help="ruleset versions: draft, validate, diff, dry-run, publish, roll back")
    cmds = p.add_subparsers(dest="rules_command", required=True)
    c = _cmd(cmds, "create", "store a YAML/JSON file or a pack directory as a new draft", run_create)
    c.add_argument("source", type=Path)
    c.add_argument("--notes", default="")
    v = _cmd(cmds, "validate", "validate a stored version (number) or a file/pack directory", run_validate)
    v.add_argument("target")
    d = _cmd(cmds, "diff", "what changes from one version to another", run_diff)
    d.add_argument("--from", dest="base", type=int, default=None, help="default: the published version")
    d.add_argument("--to", type=int, required=True)
    dr = _cmd(cmds, "dry-run", "re-check the last N archived posts under a version", run_dry_run)
    dr.add_argument("number", type=int)
    dr.add_argument("--limit", type=int, default=200)
    pb = _cmd(cmds, "publish", "validate and publish a draft", run_publish)
    pb.add_argument("number", type=int)
    rb = _cmd(cmds, "rollback", "re-publish the previous (or --to N) version", run_rollback)
    rb.add_argument("--to", type=int, default=None)
    _cmd(cmds, "list", "list versions", run_list)
    sh = _cmd(cmds, "show", "print a version's document", run_show)
    sh.add_argument("number", type=int)
    sh.add_argument("--format", choices=("yaml", "json"), default="yaml")
    hb = _cmd(cmds, "handbook", "render the reviewer's handbook (审核标准和细则)", run_handbook)
    hb.add_argument("--version", dest="number", type=int, default=None, help="default: the published version")
    hb.add_argument("--format", choices=("markdown", "html"), default="markdown")
    hb.add_argument("-o", "--output", type=Path, default=None)


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _load(source: Path) -> Ruleset:
    from app.services.rulesets import parse_document

    return parse_document(source)


def _engine(args: argparse.Namespace, ruleset: Ruleset) -> Engine:
    from app.main import build_engine

    return build_engine(settings_of(args), list(ruleset.detectors))


def _version(db: Database, number: int | None) -> Ruleset:
    from app.errors import NotFound
    from app.services.rulesets import get_version, published_version, ruleset_of

    with db.session() as session:
        version = get_version(session=session, number=number) if number else published_version(session=session)
        if version is None:
            raise NotFound("nothing is published")
        return ruleset_of(version)


def run_create(args: argparse.Namespace) -> int:
    from app.services.rulesets import create_draft

    ruleset = _load(args.source)
    db = open_db(args)
    with db.session() as session, session.begin():
        version = create_draft(session=session, ruleset=ruleset, author=_actor(), notes=args.notes)
        print(f"draft version {version.number} ({version.checksum[:12]}) created")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from app.services.rulesets import validate_ruleset

    ruleset = _version(open_db(args), int(args.target)) if args.target.isdigit() else _load(Path(args.target))
    engine = _engine(args, ruleset)
    problems = validate_ruleset(ruleset, engine)
    engine.close()
    for problem in problems:
        print(f"- {problem}")
    print("valid" if not problems else f"{len(problems)} problem(s): this version cannot be published")
    return 0 if not problems else 1


def run_diff(args: argparse.Namespace) -> int:
    from app.services.ruleset_diff import diff_rulesets

    db = open_db(args)
    print(json.dumps(diff_rulesets(_version(db, args.base), _version(db, args.to)), ensure_ascii=False, indent=2))
    return 0


def run_dry_run(args: argparse.Namespace) -> int:
    from app.services.rulesets import dry_run

    db = open_db(args)
    ruleset = _version(db, args.number)
    engine = _engine(args, ruleset)
    with db.session() as session:
        result = dry_run(session=session, engine=engine, ruleset=ruleset, limit=args.limit)
    engine.close()
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from app.services.rulesets import publish_version

    db = open_db(args)
    engine = _engine(args, _version(db, args.number))
    with db.session() as session, session.begin():
        version = publish_version(session=session, number=args.number, actor=_actor(), engine=engine)
        print(f"version {version.number} published")
    engine.close()
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from app.services.rulesets import rollback

    db = open_db(args)
    with db.session() as session, session.begin():
        version = rollback(session=session, actor=_actor(), to=args.to)
        print(f"version {version.number} published again")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services.rulesets import list_versions

    with open_db(args).session() as session:
        for v in list_versions(session=session):
            print(f"{v.number}\t{v.status}\t{v.name}\t{v.checksum[:12]}\t{v.author}\t{v.created_at:%Y-%m-%d %H:%M}"
                  f"\t{v.notes[:60]}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    doc = _version(open_db(args), args.number).model_dump(mode="json", exclude={"version"})
    if args.format == "json":
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), end="")
    return 0


def run_handbook(args: argparse.Namespace) -> int:
    from app.handbook import render_html, render_markdown

    ruleset = _version(open_db(args), args.number)
    text = render_html(ruleset) if args.format == "html" else render_markdown(ruleset)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0
