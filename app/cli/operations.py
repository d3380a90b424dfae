"""postguard operations import posts|activity FILE.csv: operations data from the platforms' CSV exports."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.cli.db import add_url, friendly, open_db, settings_of
from app.errors import NotFound

POST_COLUMNS = {
    "account_id": ["account_id", "账号", "账号id", "账号ID"],
    "post_ref": ["post_ref", "文章id", "内容id", "作品id", "链接", "文章链接", "post_id", "url"],
    "audit_id": ["audit_id", "审核编号"],
    "published_at": ["published_at", "发布时间"],
    "reads": ["reads", "阅读数", "阅读量", "播放量", "浏览量"],
    "likes": ["likes", "点赞数", "点赞量"],
    "comments": ["comments", "评论数", "评论量"],
    "shares": ["shares", "转发数", "分享数", "转发量"],
    "measured_at": ["measured_at", "统计时间"],
}
ACTIVITY_COLUMNS = {
    "account_id": ["account_id", "账号", "账号id", "账号ID"],
    "period_start": ["period_start", "开始日期", "统计开始日期"],
    "days": ["days", "天数"],
    "posts": ["posts", "发文数", "发布数", "作品数"],
    "followers": ["followers", "粉丝数", "关注数"],
    "measured_at": ["measured_at", "统计时间"],
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("operations", help="operations data: reads, interactions, posting frequency")
    cmds = p.add_subparsers(dest="operations_command", required=True)
    i = cmds.add_parser("import", help="store a CSV export (errors reported by row; the good rows are stored)")
    i.add_argument("what", choices=("posts", "activity"),
                   help="posts: account_id, post_ref, reads, likes, comments, shares, published_at, audit_id; "
                        "activity: account_id, period_start, days, posts, followers")
    i.add_argument("file", type=Path)
    i.add_argument("--source", default="csv", help="recorded with the rows (default csv)")
    add_url(i)
    i.set_defaults(func=friendly(run_import))


_NUMBERS = frozenset({"reads", "likes", "comments", "shares", "days", "posts", "followers"})


def _moment(text: str, zone: tzinfo) -> str:
    """A zone-less export time (2026-11-30 10:00, 2026/11/30 10:00) read in the service time zone."""
    try:
        moment = datetime.fromisoformat(text.replace("/", "-"))
    except ValueError:
        return text  # validation says what is wrong
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).isoformat()


def _rows(path: Path, columns: dict[str, list[str]],
          zone: tzinfo) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    from app.services.account_import import _date, read_table

    table = read_table("csv", path.read_bytes())
    header = {alias.lower(): name for name, aliases in columns.items() for alias in aliases}
    out = []
    for n, raw in enumerate(table.rows, start=2):
        values: dict[str, Any] = {}
        for name, value in zip(table.header, raw, strict=False):
            target = header.get(name.lower())
            text = "" if value is None else str(value).strip()
            if target is None or not text:
                continue
            if target in _NUMBERS:
                text = text.replace(",", "")  # 12,345 reads
                values[target] = int(text) if text.lstrip("-").isdigit() else text
                continue
            elif target == "period_start":
                text = _date(text)
            elif target in ("published_at", "measured_at"):
                text = _moment(text, zone)
            values[target] = text
        out.append((n, values))
    return out, [h for h in table.header if h and h.lower() not in header]


def run_import(args: argparse.Namespace) -> int:
    from app.schemas.operations import ActivityIn, PostMetricsIn
    from app.services.operations import store_activity, store_posts

    if not args.file.is_file():
        raise NotFound(f"no file {args.file}")
    model: Any = PostMetricsIn if args.what == "posts" else ActivityIn
    rows, ignored = _rows(args.file, POST_COLUMNS if args.what == "posts" else ACTIVITY_COLUMNS,
                          settings_of(args).tzinfo)
    items, bad = [], 0
    for n, values in rows:
        try:
            items.append(model.model_validate(values))
        except ValidationError as exc:
            bad += 1
            for e in exc.errors():
                where = ".".join(str(p) for p in e["loc"])
                print(f"row {n}: {where}: {e['msg']}", file=sys.stderr)
    if ignored:
        print(f"ignored columns: {', '.join(ignored)}", file=sys.stderr)
    with open_db(args).session() as session, session.begin():
        store = store_posts if args.what == "posts" else store_activity
        report = store(session=session, items=items, source=args.source)
    print(f"{len(rows)} rows: {report.created} created, {report.updated} updated, {report.stale} stale, "
          f"{bad} rejected")
    return 1 if bad else 0
