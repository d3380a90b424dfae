"""postguard redact: print files with personal information masked (张**, 138****5678, ...); for an image, write
a copy with the personal information it shows filled over (NAME.redacted.png) and print its path."""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path

from app.cli.check import _gate, image_in, is_image
from app.cli.checker import LocalChecker
from app.schemas.check import CheckOptions, CheckRequest


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("redact", help="mask personal information in files or images (or - for stdin)")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="text files, or images (.png .jpg .jpeg .webp): written as NAME.redacted.png beside them")
    p.add_argument("--ruleset", type=Path)
    p.add_argument("--in-place", action="store_true", help="rewrite the (text) files instead of printing")
    p.set_defaults(func=_gate(run))  # one line and exit 3 on a failure, never a traceback


def run(args: argparse.Namespace) -> int:
    checker = LocalChecker(args.ruleset)
    try:
        for path in args.files:
            if is_image(path):
                redact_image(checker, Path(path))
                continue
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
            if not text.strip():
                sys.stdout.write(text)
                continue
            resp = checker.check(CheckRequest(text=text, options=CheckOptions(redact=True)))
            masked = resp.redacted_text if resp.redacted_text is not None else text
            if args.in_place and path != "-":
                Path(path).write_text(masked, encoding="utf-8")
            else:
                sys.stdout.write(masked)
    finally:
        checker.close()
    return 0


def redact_image(checker: LocalChecker, path: Path) -> Path:
    """Write ``path`` with its PII boxes filled to NAME.redacted.png; refuses (exit 3) rather than write an
    image that was not read, since nothing in it would be known to be masked."""
    req = CheckRequest.model_validate({"images": [image_in(path)], "options": {"redact": True}})
    resp = checker.check(req)
    image = resp.images[0] if resp.images else None
    if image is None or image.redacted_image is None:
        why = ", ".join(resp.degraded) or "no text read"
        raise RuntimeError(f"{path}: not redacted ({why} did not succeed); nothing written")
    out = path.with_name(f"{path.stem}.redacted.png")
    out.write_bytes(base64.b64decode(image.redacted_image))
    print(out)
    return out
