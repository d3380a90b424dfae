"""The ``postguard`` command. Each command group lives in its own module and registers itself."""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Sequence

# Modules that add subcommands via ``register(subparsers)``; optional ones may be absent.
COMMAND_MODULES = (
    "app.cli.serve",
    "app.cli.check",
    "app.cli.rescan",
    "app.cli.redact",
    "app.cli.rules",
    "app.cli.keys",
    "app.cli.users",
    "app.cli.audit",
    "app.cli.mentions",
    "app.cli.accounts",
    "app.cli.operations",
    "app.cli.db",
    "app.cli.cache",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="postguard", description="Compliance checks for insurance self-media posts.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from app import logs
    from app.cli.gcpause import collector_paused

    with collector_paused():  # imports most of the application (app/cli/gcpause.py)
        parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure("WARNING", as_json=True)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code


# numpy's OpenBLAS starts a thread per core at import, with its buffers, and shuts them down around every fork
# (a scan's workers): 30-70 ms of CPU on a 2-core machine. Postguard makes no BLAS call (numpy serves
# element-wise arithmetic, sorting and look-ups: the claim and rerank models), so those threads never work.
# Set before the parser's imports bring numpy in; a value the user set is kept.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS",)


def entry() -> None:
    """The ``postguard`` console script: ``main``, then exit (without interpreter teardown when the command
    allows it: app/cli/fastexit.py)."""
    from app.cli import fastexit

    for name in _BLAS_THREADS:
        os.environ.setdefault(name, "1")
    fastexit.leave(main())


if __name__ == "__main__":
    entry()
