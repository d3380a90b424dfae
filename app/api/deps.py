"""Request-scoped dependencies, as Annotated aliases for routers.

The ones that only read ``app.state`` are ``async def``: FastAPI runs a plain ``def`` dependency in its thread
pool, one thread hop per dependency per request, for work that takes a microsecond."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.engine import Engine
from app.errors import PostguardError
from app.ocr.stage import OcrStage
from app.principal import Principal
from app.ruleset import Ruleset
from app.services.checks import Recorder
from app.settings import Settings

# An authenticator checks the request's API key for a scope (raising 401/403/429 problems) and
# returns the principal. app.main installs the database-backed one; with auth off, everyone is local.
Authenticator = Callable[[Request, str], Awaitable[Principal]]


async def _open(request: Request, scope: str) -> Principal:
    return Principal(key_id=None, owner="local", scopes=frozenset({"check", "read", "review", "admin"}))


def require(scope: str) -> Callable[[Request], Awaitable[Principal]]:
    async def dependency(request: Request) -> Principal:
        auth: Authenticator = getattr(request.app.state, "authenticator", None) or _open
        return await auth(request, scope)

    dependency.postguard_scope = scope  # type: ignore[attr-defined]  # read by app.api.openapi (security)
    return dependency


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


async def _ruleset(request: Request) -> Ruleset:
    # One reference per request: a version published mid-request is seen by the next request only.
    ruleset: Ruleset = request.app.state.rulesets.current()
    return ruleset


async def _ocr(request: Request) -> OcrStage | None:
    stage: OcrStage | None = getattr(request.app.state, "ocr", None)
    return stage


async def _recorder(request: Request) -> Recorder | None:
    recorder: Recorder | None = getattr(request.app.state, "recorder", None)
    return recorder


class NoDatabase(PostguardError):
    code = "no_database"
    status = 503
    title = "No database"


def _session(request: Request) -> Iterator[Session]:
    db = getattr(request.app.state, "db", None)
    if db is None:
        raise NoDatabase("this service runs without a database (POSTGUARD_DATABASE_URL is empty)")
    with db.session() as session:
        yield session


def request_id(request: Request) -> str:
    rid: Any = request.scope.get("state", {}).get("request_id")
    return str(rid) if rid else ""


async def _request_id(request: Request) -> str:
    return request_id(request)


@dataclass(frozen=True, slots=True)
class CheckServices:
    """What a check route needs from the app, resolved as one dependency: FastAPI's dependency solving costs
    per dependency, and the check routes are the hot path (six separate ones took a tenth of a lexicon-only
    check)."""

    settings: Settings
    engine: Engine
    ruleset: Ruleset  # one reference per request, as RulesetDep
    recorder: Recorder | None
    ocr: OcrStage | None
    request_id: str


async def _check_services(request: Request) -> CheckServices:
    state = request.app.state
    return CheckServices(
        settings=state.settings,
        engine=state.engine,
        ruleset=state.rulesets.current(),
        recorder=getattr(state, "recorder", None),
        ocr=getattr(state, "ocr", None),
        request_id=request_id(request),
    )


SettingsDep = Annotated[Settings, Depends(_settings)]
EngineDep = Annotated[Engine, Depends(_engine)]
RulesetDep = Annotated[Ruleset, Depends(_ruleset)]
RecorderDep = Annotated[Recorder | None, Depends(_recorder)]
OcrDep = Annotated[OcrStage | None, Depends(_ocr)]
RequestIdDep = Annotated[str, Depends(_request_id)]
SessionDep = Annotated[Session, Depends(_session)]
CheckServicesDep = Annotated[CheckServices, Depends(_check_services)]
CheckCaller = Annotated[Principal, Depends(require("check"))]
ReadCaller = Annotated[Principal, Depends(require("read"))]
ReviewCaller = Annotated[Principal, Depends(require("review"))]
ReadOrReviewCaller = Annotated[Principal, Depends(require("read|review"))]  # reviewers open what they review
AdminCaller = Annotated[Principal, Depends(require("admin"))]


class ActorRequired(PostguardError):
    code = "actor_required"
    status = 422
    title = "Reviewer name required"


def person_of(request: Request) -> str:
    """The person behind a decision: the ``X-Actor`` header, recorded as given (until the console's
    sign-in exists); the decision also records the API key that carried it."""
    raw = request.headers.get("x-actor", "")
    with contextlib.suppress(UnicodeError):  # ASGI gives header bytes as latin-1; names come as UTF-8
        raw = raw.encode("latin-1").decode("utf-8")
    name = unquote(raw).strip() if "%" in raw else raw.strip()
    if not name:
        raise ActorRequired("send the reviewer's name in the X-Actor header: decisions are made by people, not keys")
    if len(name) > 200 or not name.isprintable():
        raise ActorRequired("X-Actor must be a printable name of at most 200 characters")
    return name


def actor_of(principal: Principal) -> str:
    """How an audit event names the caller: the key id (never the key), or the owner when auth is off."""
    return principal.key_id or principal.owner
