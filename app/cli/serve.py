"""postguard serve."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="run the HTTP service")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="worker processes")
    p.add_argument("--log-level", default="info")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    import uvicorn

    from app.main import writable_dirs
    from app.settings import get_settings

    if problem := writable_dirs(get_settings()):  # before any worker starts: one line, exit 3
        print(f"postguard serve: {problem}", file=sys.stderr)
        return 3

    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        timeout_graceful_shutdown=30,
        access_log=False,  # our own JSON request logs carry no content; uvicorn's would carry URLs only
    )
    return 0
