"""How CLI commands get answers: in-process (the default) or from a running service (--server)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.cli.gcpause import collector_paused
from app.schemas.check import CheckRequest, CheckResponse

if TYPE_CHECKING:
    from app.ocr.stage import OcrStage


# In-process (CI, bulk scans) nobody waits on a request: a long screenshot on a busy runner gets time to be read.
_CLI_OCR_TIMEOUT_S = 120.0


class CheckerUnavailable(RuntimeError):
    """No post can be checked (server unreachable, key refused, rules unreadable): stop, one line, exit 3."""


class Checker(Protocol):
    def check(self, req: CheckRequest) -> CheckResponse: ...

    def check_many(self, reqs: list[CheckRequest]) -> list[CheckResponse]: ...


class LocalChecker:
    """Runs the engine in this process with the packaged (or a given) ruleset; no server needed."""

    def __init__(self, ruleset_path: Path | None = None, max_chars: int = 50_000) -> None:
        from app.detectors.registry import discover
        from app.engine import Engine
        from app.rulesource import load_ruleset_path
        from app.taxonomy import ContentType

        with collector_paused():  # the collector runs once after the load instead
            self.ruleset = load_ruleset_path(ruleset_path)
            registry = discover(list(self.ruleset.detectors))
            registry.load_models()
            self.engine = Engine(registry, concurrent=False)  # batch work: no detector threads (app/engine.py)
            # Detectors run one after the other under one deadline: lazy work (a given ruleset's lexicon index,
            # the tokeniser's tables) is done now, not inside the first post's deadline.
            self.engine.warm(self.ruleset, [c.value for c in ContentType], observed=False)
        self.max_chars = max_chars
        self._ocr: OcrStage | None = None  # started by the first post with images

    def check(self, req: CheckRequest) -> CheckResponse:
        from app.images import ImageLimits, decode_base64_images
        from app.services.checks import check_one

        images = decode_base64_images([(i.data, i.name) for i in req.images], ImageLimits()) if req.images else []
        if images and self._ocr is None:
            from app.ocr.stage import OcrStage

            self._ocr = OcrStage(workers=1, timeout_s=_CLI_OCR_TIMEOUT_S)
        return check_one(engine=self.engine, ruleset=self.ruleset, req=req, max_chars=self.max_chars,
                         images=images, ocr=self._ocr)

    def close(self) -> None:
        if self._ocr is not None:
            self._ocr.close()

    def check_many(self, reqs: list[CheckRequest]) -> list[CheckResponse]:
        return [self.check(r) for r in reqs]


class RemoteChecker:
    """Sends posts to a running Postguard service (API key from --api-key or POSTGUARD_API_KEY)."""

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 30.0) -> None:
        import httpx

        key = api_key or os.environ.get("POSTGUARD_API_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.client = httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout)

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        import httpx

        try:
            resp = self.client.post(path, json=body)
        except httpx.HTTPError as exc:
            reason = str(exc) or type(exc).__name__
            raise CheckerUnavailable(f"cannot reach {self.client.base_url}: {reason}") from None
        if resp.status_code in (401, 403):
            raise CheckerUnavailable(f"{self.client.base_url} refused the API key ({resp.status_code}: "
                                     f"{_problem(resp)}); pass --api-key or set POSTGUARD_API_KEY")
        if resp.status_code >= 400:
            raise RuntimeError(f"server answered {resp.status_code} ({_problem(resp)})")
        try:
            data: dict[str, Any] = resp.json()
        except ValueError:
            raise CheckerUnavailable(f"{self.client.base_url} is not a Postguard service (no JSON answer)") from None
        return data

    def check(self, req: CheckRequest) -> CheckResponse:
        return CheckResponse.model_validate(self._post("/v1/check", req.model_dump(mode="json", exclude_none=True)))

    def check_many(self, reqs: list[CheckRequest]) -> list[CheckResponse]:
        out: list[CheckResponse] = []
        for i in range(0, len(reqs), 100):
            body = {"posts": [r.model_dump(mode="json", exclude_none=True) for r in reqs[i : i + 100]]}
            for x in self._post("/v1/check/batch", body)["results"]:
                if "error" in x:
                    raise RuntimeError(f"post {x.get('index')}: {x['error'].get('code')}: {x['error'].get('detail')}")
                out.append(CheckResponse.model_validate(x))
        return out


def _problem(resp: Any) -> str:
    try:
        problem = resp.json()
        return f"{problem.get('code')}: {problem.get('detail')}"
    except (ValueError, AttributeError):
        return str(resp.text[:200])


def make_checker(server: str | None, api_key: str | None, ruleset: Path | None) -> Checker:
    """The checker, or CheckerUnavailable with the reason (bad URL, unreadable or invalid rules)."""
    from app.errors import PostguardError

    try:
        if server:
            return RemoteChecker(server, api_key)
        return LocalChecker(ruleset)
    except CheckerUnavailable:
        raise
    except PostguardError as exc:
        raise CheckerUnavailable(exc.detail) from None
    except OSError as exc:
        raise CheckerUnavailable(f"cannot read {exc.filename or ''}: {exc.strerror or exc}") from None
    except Exception as exc:  # a bad --server URL, a missing --ruleset: one line, not a traceback
        raise CheckerUnavailable(f"{type(exc).__name__}: {exc}") from None
