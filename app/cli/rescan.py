"""postguard rescan: check an archive (JSONL or Parquet) on Apache Spark; --compare A B for two versions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.db import add_url, friendly, open_db
from app.ruleset import Ruleset


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("rescan", help="check an archive on Spark: verdicts, findings, errors (Parquet) and 合规率")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="JSONL or Parquet files, directories or globs (any filesystem Spark reads: hdfs://, s3a://)")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="where the Parquet tables and summary go")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--ruleset", type=Path, help="ruleset YAML file or pack directory (default: the packaged pack)")
    which.add_argument("--version", dest="number", type=int, help="a ruleset version from the database")
    which.add_argument("--compare", nargs=2, metavar=("A", "B"),
                       help="list the posts whose verdict changes from A to B (version numbers or ruleset files)")
    p.add_argument("--format", dest="input_format", choices=["auto", "jsonl", "parquet"], default="auto")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, default=None, help="tasks to split the archive into (default: 4 per core)")
    p.add_argument("--batch-rows", type=int, default=500, help="posts per Arrow batch")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="extra Spark setting (repeatable)")
    p.add_argument("--load-into-db", action="store_true",
                   help="then append the verdicts to the audit log as purpose=scan checks (/v1/stats?purpose=scan)")
    p.add_argument("--load-only", action="store_true",
                   help="check nothing: load the verdicts of an earlier run in --output (a local directory)")
    add_url(p)
    p.set_defaults(func=friendly(run_rescan))


def _from_db(args: argparse.Namespace, number: int) -> Ruleset:
    from app.services.rulesets import get_version, verified_ruleset

    db = open_db(args)
    with db.session() as session:
        return verified_ruleset(session=session, version=get_version(session=session, number=number))


def _ruleset(args: argparse.Namespace, ref: str | Path | int | None) -> Ruleset:
    """A version number from the database, or a file / pack directory, or the packaged pack (None)."""
    from app.rulesource import load_ruleset_path
    from app.services.rulesets import parse_document

    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        return _from_db(args, int(ref))
    return load_ruleset_path(None) if ref is None else parse_document(Path(ref))


def _load(args: argparse.Namespace) -> int:
    from app.rescan.load import load_into_db

    try:
        counts = load_into_db(open_db(args), args.output)
    except OSError as exc:
        print(f"postguard rescan: cannot read {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 3
    print(json.dumps(counts))
    return 0


def run_rescan(args: argparse.Namespace) -> int:
    if args.load_only:
        return _load(args)
    if not args.inputs:
        print("postguard rescan: name at least one INPUT (file, directory or glob)", file=sys.stderr)
        return 3
    try:
        import pyspark  # noqa: F401
    except ModuleNotFoundError:
        print("postguard rescan: needs Apache Spark: pip install 'postguard[spark]' (and Java 17+)", file=sys.stderr)
        return 3
    from app.rescan.job import Job, run
    from app.rescan.worker import Plan
    from app.settings import Settings

    if args.compare:
        rulesets = [_ruleset(args, ref) for ref in args.compare]
    else:
        rulesets = [_ruleset(args, args.number if args.number is not None else args.ruleset)]
    conf = {}
    for item in args.conf:
        key, sep, value = item.partition("=")
        if not sep:
            print(f"postguard rescan: --conf {item!r} is not KEY=VALUE", file=sys.stderr)
            return 3
        conf[key] = value
    if args.load_into_db and args.compare:
        print("postguard rescan: --load-into-db loads a rescan's verdicts, not a comparison", file=sys.stderr)
        return 3
    db = open_db(args) if args.load_into_db else None  # a bad database stops us before hours of checking
    job = Job(inputs=args.inputs, output=args.output, plan=Plan.of(rulesets, Settings().max_text_chars),
              compare=bool(args.compare), input_format=args.input_format, master=args.master,
              partitions=args.partitions, batch_rows=args.batch_rows, spark_conf=conf)
    try:
        summary = run(job)
    except Exception as exc:  # a missing input, an unreachable cluster: one line, exit 3, not a JVM trace
        first = (str(exc).strip().splitlines() or [""])[0][:500]
        print(f"postguard rescan: {type(exc).__name__}: {first}", file=sys.stderr)
        return 3
    if db is not None:
        from app.rescan.load import load_into_db

        summary["database"] = load_into_db(db, args.output)
    print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    if summary["errors"]:
        print(f"postguard rescan: {summary['errors']} row(s) could not be checked; see {args.output}/errors",
              file=sys.stderr)
    return 0
