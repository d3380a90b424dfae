"""postguard check (gate files in CI) and postguard scan (bulk JSONL review)."""

from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import gc
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from app.cli import fastexit
from app.cli.checker import Checker, CheckerUnavailable, make_checker
from app.cli.progress import Progress
from app.cli.report import cli_language, render_json, render_sarif, render_text, scan_summary_line
from app.errors import PostguardError
from app.schemas.check import CheckRequest, CheckResponse, Purpose
from app.taxonomy import VERDICT_RANK, Verdict

EXIT = {Verdict.PASS: 0, Verdict.REVIEW: 1, Verdict.BLOCK: 2}
EXIT_ERROR = 3  # unreadable input or server failure: distinct from the verdict codes


def _common(p: argparse.ArgumentParser, purpose: Purpose) -> None:
    p.add_argument("--server", metavar="URL", help="send to a running service instead of checking in-process")
    p.add_argument("--api-key", help="API key for --server (default: $POSTGUARD_API_KEY)")
    p.add_argument("--ruleset", type=Path, help="ruleset YAML file or pack directory (in-process only)")
    p.add_argument("--lang", choices=["zh", "en"], default=None,
                   help="language of the text report and summary (default: zh under a Chinese locale, else en)")
    p.add_argument("--purpose", choices=[x.value for x in Purpose], default=purpose.value,
                   help=f"why the posts are checked, as recorded by --server (default: {purpose.value}; "
                   "only publish counts towards 合规率)")


def _gate(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """CI reads the exit status: any failure is one line on stderr and status 3, never a traceback
    (whose status 1 would read as a verdict of review)."""

    @functools.wraps(fn)
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except CheckerUnavailable as exc:
            print(f"postguard {args.command}: {exc}", file=sys.stderr)
        except OSError as exc:
            print(f"postguard {args.command}: cannot read {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        except Exception as exc:
            print(f"postguard {args.command}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR

    return run


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="check files; exit 0 pass / 1 review / 2 block (3 on errors)")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="text or Markdown files, images (.png .jpg .jpeg .webp: the text in them is read), or - "
                   "for standard input")
    p.add_argument("--format", choices=["text", "json", "sarif"], default="text")
    p.add_argument("--fail-on", choices=["review", "block"], default="review",
                   help="lowest verdict that gives a non-zero exit (default: review)")
    p.add_argument("--channel", help="channel the copy is for (wechat_mp, weibo, douyin, ...)")
    p.add_argument("--content-type", default="article")
    _common(p, Purpose.CI)
    p.set_defaults(func=_gate(run_check))

    s = sub.add_parser("scan", help="check a JSONL file of posts; write {id, verdict, findings} per line")
    s.add_argument("input", metavar="IN.jsonl",
                   help="one /v1/check body plus an id per line (- for stdin); `images` may list image file paths, "
                   "relative to the file's directory")
    s.add_argument("-o", "--output", metavar="OUT.jsonl", help="output file (default: standard output)")
    s.add_argument("--workers", type=int, default=1, help="worker processes (in-process mode)")
    _common(s, Purpose.SCAN)
    s.set_defaults(func=_gate(run_scan))


IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})


def is_image(path: str) -> bool:
    return path != "-" and Path(path).suffix.lower() in IMAGE_SUFFIXES


def image_in(path: Path) -> dict[str, str]:
    """An image file as a /v1/check `images` entry (base64, named by its file name)."""
    return {"data": base64.b64encode(path.read_bytes()).decode(), "name": path.name}


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _request(path: str, args: argparse.Namespace) -> tuple[str, CheckRequest]:
    """(the file's text, the request): an image file is a post of that image alone."""
    body: dict[str, Any] = {"channel": args.channel, "content_type": args.content_type, "purpose": args.purpose}
    if is_image(path):
        return "", CheckRequest.model_validate({**body, "images": [image_in(Path(path))]})
    text = _read(path)
    return text, CheckRequest.model_validate({**body, "text": text})


def _finish(checker: Checker | None) -> None:
    """Close what the checker started (OCR processes, an HTTP client); the process may then exit without
    interpreter teardown (app/cli/fastexit.py)."""
    close = getattr(checker, "close", None)
    if callable(close):
        close()
    fastexit.request()


def run_check(args: argparse.Namespace) -> int:
    checker = make_checker(args.server, args.api_key, args.ruleset)
    items: list[tuple[str, str, CheckResponse]] = []
    failed = False
    try:
        for path in args.files:
            try:
                text, req = _request(path, args)
                items.append((path, text, checker.check(req)))
            except CheckerUnavailable:
                raise  # no file can be checked: one line for the run, not one per file
            except (OSError, UnicodeDecodeError, ValidationError, RuntimeError, PostguardError) as exc:
                print(f"postguard: {path}: {_reason(exc)}", file=sys.stderr)
                failed = True
    finally:
        _finish(checker)
    worst = max((r.verdict for _, _, r in items), key=VERDICT_RANK.__getitem__, default=Verdict.PASS)
    if args.format == "json":
        print(render_json(items, worst.value))
    elif args.format == "sarif":
        print(render_sarif(items))
    else:
        color = sys.stdout.isatty()
        for path, text, resp in items:
            print(render_text(path, text, resp, color=color, lang=cli_language(args.lang)))
    if failed:
        return EXIT_ERROR
    threshold = Verdict.REVIEW if args.fail_on == "review" else Verdict.BLOCK
    return EXIT[worst] if VERDICT_RANK[worst] >= VERDICT_RANK[threshold] else 0


def _reason(exc: Exception) -> str:
    if isinstance(exc, PostguardError):
        return f"{exc.code}: {exc.detail}"
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(x) for x in first['loc'])}: {first['msg']}"
    return str(exc)


def parse_line(line: str, purpose: Purpose = Purpose.SCAN, base: Path | None = None) -> tuple[str, CheckRequest]:
    """One scan input line -> (id, request). ``account_owner: {name, phone}`` is accepted as an alias;
    a line without its own ``purpose`` gets ``purpose``. ``images`` entries may be file paths (or
    ``{"path": ...}``), relative to ``base`` (the input file's directory)."""
    return parse_object(json.loads(line), purpose, base)


def parse_object(obj: Any, purpose: Purpose = Purpose.SCAN, base: Path | None = None) -> tuple[str, CheckRequest]:
    """``parse_line`` after the JSON decoding (``postguard rescan`` decodes rows itself)."""
    if not isinstance(obj, dict):
        raise ValueError("line is not a JSON object")
    if "id" not in obj:
        raise ValueError("missing id")
    obj.setdefault("purpose", purpose.value)
    if isinstance(obj.get("images"), list):
        obj["images"] = [_image_entry(x, base or Path.cwd()) for x in obj["images"]]
    pid = str(obj.pop("id"))
    owner = obj.get("account_owner")
    if obj.get("account") is None and isinstance(owner, dict):
        obj["account"] = {"owner_name": owner.get("name"), "owner_phone": owner.get("phone")}
    return pid, CheckRequest.model_validate(obj)


def _image_entry(entry: Any, base: Path) -> Any:
    path = entry if isinstance(entry, str) else entry.get("path") if isinstance(entry, dict) else None
    if not isinstance(path, str):
        return entry  # already {"data": ...}, or wrong: validation says so
    try:
        return image_in(base / path)
    except OSError as exc:
        raise ValueError(f"image {path}: {exc.strerror or exc}") from None


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(stream, 1):
        if line.strip():
            yield n, line


def _out_line(pid: str, resp: CheckResponse) -> str:
    findings = [f.model_dump(mode="json", exclude={"evidence"}) for f in resp.findings]
    return json.dumps({"id": pid, "verdict": resp.verdict.value, "findings": findings}, ensure_ascii=False) + "\n"


# One scanned line: (line number, output line, why it was skipped, verdict, categories of its findings).
# Workers of `scan --workers N` answer this, not a CheckResponse: a few short strings cross the process
# boundary and the parent only writes them (it used to re-validate and re-encode every answer, serially).
Outcome = tuple[int, str | None, str | None, str | None, tuple[str, ...]]


def scan_one(checker: Checker, n: int, line: str, purpose: Purpose, base: Path | None = None) -> Outcome:
    try:
        pid, req = parse_line(line, purpose, base)
    except (ValueError, ValidationError) as exc:
        return n, None, _reason(exc), None, ()
    try:
        resp = checker.check(req)
    except CheckerUnavailable:
        raise  # the server is gone or refuses the key: every further line would fail the same way
    except Exception as exc:  # one bad post never aborts the run
        return n, None, _reason(exc) if isinstance(exc, ValidationError) else f"{type(exc).__name__}: {exc}", None, ()
    return n, _out_line(pid, resp), None, resp.verdict.value, tuple(f.category.value for f in resp.findings)


def run_scan(args: argparse.Namespace) -> int:
    from app.cli.scan_pool import checker as scan_pool_checker
    from app.cli.scan_pool import scan_parallel

    started = time.perf_counter()
    src: IO[str] = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    checker: Checker | None = None
    if args.server or args.workers <= 1:  # before the output file is created: a bad server or rules stop here
        checker = make_checker(args.server, args.api_key, args.ruleset)
        # The models live as long as the process: out of the collector's sight, full collections do not walk
        # them again and again (as in the forked workers of scan_pool; one worker must not pay what N don't).
        gc.collect()
        gc.freeze()
    dst: IO[str] = sys.stdout if not args.output else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    verdicts: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    base = Path.cwd() if args.input == "-" else Path(args.input).resolve().parent
    bad = 0
    purpose = Purpose(args.purpose)
    with src if src is not sys.stdin else contextlib.nullcontext(src):
        lines = list(_lines(src))
    progress = Progress(len(lines), enabled=sys.stderr.isatty())
    try:
        results: Iterator[Outcome]
        if checker is not None:
            results = (scan_one(checker, n, line, purpose, base) for n, line in lines)
        else:
            results = scan_parallel(lines, args.workers, args.ruleset, purpose, base)
        with dst if dst is not sys.stdout else contextlib.nullcontext(dst):  # never close stdout
            for n, out, why, verdict, found in results:
                progress.step()
                if out is None or verdict is None:
                    bad += 1
                    print(f"postguard scan: line {n}: skipped ({why})", file=sys.stderr)
                    continue
                verdicts[verdict] += 1
                categories.update(found)
                dst.write(out)
    finally:
        progress.close()
        _finish(checker if checker is not None else scan_pool_checker())
    elapsed = time.perf_counter() - started
    done = sum(verdicts.values())
    summary = {"posts": done, "skipped": bad, "verdicts": dict(verdicts), "findings": dict(categories.most_common()),
               "seconds": round(elapsed, 2), "posts_per_second": round(done / elapsed, 1) if elapsed else None}
    print("postguard scan: " + json.dumps(summary, ensure_ascii=False), file=sys.stderr)
    print("postguard scan: " + scan_summary_line(summary, cli_language(args.lang)), file=sys.stderr)
    return EXIT_ERROR if bad else 0  # a skipped line is not a clean run (like `mentions import`)
