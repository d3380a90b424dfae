"""postguard rules create|validate|diff|dry-run|publish|rollback|list|show|handbook|catalogue."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from app.cli.db import add_url, friendly, open_db, settings_of
from app.engine import Engine
from app.ruleset import Ruleset

if TYPE_CHECKING:  # SQLAlchemy is imported by the commands that open the database (see app.cli.db)
    from app.db import Database


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
    pb = _cmd(cmds, "publish", "validate a draft, show its impact and publish it", run_publish)
    pb.add_argument("number", type=int)
    rb = _cmd(cmds, "rollback", "re-publish the previous (or --to N) version, showing its impact", run_rollback)
    rb.add_argument("--to", type=int, default=None)
    for gated in (pb, rb):
        gated.add_argument("--confirm", action="store_true",
                           help="publish although it removes rules or detectors, stops checking a category or "
                                "changes many archived verdicts (the impact is printed either way)")
        gated.add_argument("--json", action="store_true", help="print the impact as JSON")
    _cmd(cmds, "list", "list versions", run_list)
    sh = _cmd(cmds, "show", "print a version's document", run_show)
    sh.add_argument("number", type=int)
    sh.add_argument("--format", choices=("yaml", "json"), default="yaml")
    hb = _cmd(cmds, "handbook", "render the reviewer's handbook (审核标准和细则)", run_handbook)
    hb.add_argument("--version", dest="number", type=int, default=None, help="default: the published version")
    hb.add_argument("--format", choices=("markdown", "html"), default="markdown")
    hb.add_argument("-o", "--output", type=Path, default=None)
    cat = _cmd(cmds, "catalogue", "write a draft version whose product catalogue comes from a CSV file", run_catalogue)
    cat.add_argument("file", type=Path, help="FILE.csv: name, short_names, type, status, on_sale_from, stopped_on, "
                                             "code (or 产品名称, 简称, 类型, 销售状态, 上市日期, 停售日期, 备案号)")
    cat.add_argument("--from", dest="base", type=int, default=None, help="base version (default: the published one)")
    cat.add_argument("--merge", action="store_true",
                     help="add to the base's catalogue (a product of the same name is replaced) instead of "
                          "replacing it")
    cat.add_argument("--skip-bad-rows", action="store_true",
                     help="write the rows that can be read even when others cannot (default: write nothing)")
    cat.add_argument("--notes", default="")


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _load(source: Path) -> Ruleset:
    from app.services.rulesets import parse_document

    return parse_document(source)


def _engine(args: argparse.Namespace, ruleset: Ruleset | list[str]) -> Engine:
    from app.main import build_engine

    names = list(ruleset.detectors) if isinstance(ruleset, Ruleset) else sorted(set(ruleset))
    return build_engine(settings_of(args), names)


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
    from app.services.rulesets import dry_run, published_version, ruleset_of

    db = open_db(args)
    ruleset = _version(db, args.number)
    with db.session() as session:  # redacted posts are re-run under their own version too
        live = published_version(session=session)
        names = list(ruleset.detectors) + (list(ruleset_of(live).detectors) if live is not None else [])
    engine = _engine(args, names)
    with db.session() as session:
        result = dry_run(session=session, engine=engine, ruleset=ruleset, limit=args.limit)
    engine.close()
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _gate(args: argparse.Namespace) -> Any:
    from app.services.rulesets import Gate

    settings = settings_of(args)
    return Gate(confirm=args.confirm, sample=settings.ruleset_impact_sample, max_share=settings.ruleset_confirm_share)


def print_impact(impact: dict[str, Any], *, as_json: bool) -> None:
    """The diff and dry-run summary a publish is judged on, readable in a terminal."""
    if as_json:
        print(json.dumps(impact, ensure_ascii=False, indent=2))
        return
    diff, dry = impact["diff"], impact["dry_run"]
    print(f"impact of version {impact['to_version']} replacing version {impact['from_version']}:")
    if diff:
        print(f"  rules: {len(diff['rules_added'])} added, {len(diff['rules_removed'])} removed, "
              f"{len(diff['rules_changed'])} changed; sections changed: {', '.join(diff['sections_changed']) or '-'}")
        for key in ("rules_removed", "detectors_disabled", "categories_no_longer_checked", "categories_newly_checked"):
            if diff[key]:
                print(f"  {key.replace('_', ' ')}: {', '.join(diff[key])}")
    if dry is None:
        print("  dry-run: skipped (ruleset_impact_sample = 0)")
    else:
        moves = ", ".join(f"{k} {v}" for k, v in sorted(dry["moves"].items())) or "none"
        print(f"  dry-run: {dry['changed']} of {dry['checked']} comparable archived verdicts change "
              f"({dry['share']:.1%}; {dry['scanned']} looked at): {moves}")
        for note in dry["notes"]:
            print(f"    note: {note}")
    for reason in impact["reasons"]:
        print(f"  needs confirmation: {reason}")


def _publish(args: argparse.Namespace, kind: str) -> int:
    from app.errors import ConfirmationRequired
    from app.services.rulesets import get_version, publish_version, published_version, rollback, rollback_target

    db = open_db(args)
    with db.session() as session:  # the engine must run both the published version and the new one
        live = published_version(session=session)
        target = rollback_target(session=session, to=args.to) if kind == "rollback" else None
        numbers = [v.number for v in (live, target) if v is not None]
        names = [name for n in numbers for name in json.loads(get_version(session=session, number=n).content)
                 .get("detectors", {})]
    if kind == "publish":
        names += list(_version(db, args.number).detectors)
    engine = _engine(args, names)
    try:
        with db.session() as session, session.begin():
            if kind == "publish":
                version, impact = publish_version(session=session, number=args.number, actor=_actor(),
                                                  engine=engine, gate=_gate(args))
            else:
                version, impact = rollback(session=session, actor=_actor(), engine=engine, to=args.to,
                                           gate=_gate(args))
    except ConfirmationRequired as exc:
        print_impact(exc.extra["impact"], as_json=args.json)  # type: ignore[arg-type]
        print(f"postguard: not published: {exc.detail}; run again with --confirm to publish anyway", file=sys.stderr)
        return 1
    finally:
        engine.close()
    print_impact(impact, as_json=args.json)
    print(f"version {version.number} published" + (" again" if kind == "rollback" else ""))
    return 0


def run_publish(args: argparse.Namespace) -> int:
    return _publish(args, "publish")


def run_rollback(args: argparse.Namespace) -> int:
    return _publish(args, "rollback")


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


def run_catalogue(args: argparse.Namespace) -> int:
    from app.errors import NotFound
    from app.services.account_import import read_table
    from app.services.catalogue_import import product_rows, with_catalogue
    from app.services.rulesets import create_draft

    if not args.file.is_file():
        raise NotFound(f"no file {args.file}")
    products, errors = product_rows(read_table("csv", args.file.read_bytes()))
    for error in errors:
        print(f"row {error.row}: {error.code}: {error.detail}", file=sys.stderr)
    if errors and not args.skip_bad_rows:
        print(f"postguard: {len(errors)} row problem(s): nothing written (fix them, or --skip-bad-rows)",
              file=sys.stderr)
        return 1
    db = open_db(args)
    ruleset = with_catalogue(_version(db, args.base), products, merge=args.merge)
    notes = args.notes or f"product catalogue from {args.file.name}: {len(products)} product(s)"
    with db.session() as session, session.begin():
        version = create_draft(session=session, ruleset=ruleset, author=_actor(), notes=notes)
        print(f"draft version {version.number} ({version.checksum[:12]}) created: {len(ruleset.catalogue.products)} "
              f"product(s) in its catalogue; review it (rules diff --to {version.number}) and publish it")
    return 1 if errors else 0
