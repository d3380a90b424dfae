"""/v1/rulesets: drafts, validation, diff, dry-run, publish, rollback, handbook."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from app.api.deps import AdminCaller, EngineDep, ReadCaller, SessionDep, SettingsDep, actor_of
from app.errors import ConfirmationRequired, InvalidInput
from app.models import RulesetVersion
from app.schemas.params import MAX_VERSION
from app.schemas.rulesets import (
    DryRunRead,
    PublishRequest,
    RulesetDiffRead,
    RulesetPublishRead,
    RulesetValidationRead,
    RulesetVersionCreate,
    RulesetVersionDetail,
    RulesetVersionRead,
)
from app.services import rulesets as service
from app.services.ruleset_diff import diff_rulesets
from app.settings import Settings

router = APIRouter(prefix="/v1/rulesets", tags=["rulesets"])
Number = Annotated[int, Path(ge=1, le=MAX_VERSION)]
_DRAFT_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"$ref": "#/components/schemas/RulesetVersionCreate"}},
    "application/x-yaml": {"schema": {"type": "string", "description": "the ruleset as YAML text"}},
}}}


def _detail(version: RulesetVersion) -> RulesetVersionDetail:
    return RulesetVersionDetail.model_validate(
        {**RulesetVersionRead.model_validate(version).model_dump(), "document": json.loads(version.content)})


@router.get("/versions", response_model=list[RulesetVersionRead])
def list_versions(caller: ReadCaller, session: SessionDep) -> list[RulesetVersion]:
    """Every version, newest first."""
    return service.list_versions(session=session)


@router.post("/versions", response_model=RulesetVersionDetail, status_code=201, openapi_extra=_DRAFT_BODY)
async def create_version(request: Request, caller: AdminCaller, session: SessionDep) -> RulesetVersionDetail:
    """Create a draft from a JSON body ``{document, notes}`` or a raw YAML body (Content-Type application/x-yaml)."""
    raw = await request.body()
    notes = request.query_params.get("notes", "")
    if request.headers.get("content-type", "").startswith("application/x-yaml"):
        document: str | bytes | dict[str, Any] = raw  # parse_document refuses bytes that are not UTF-8
    else:
        try:
            body = RulesetVersionCreate.model_validate_json(raw)
        except ValueError as exc:
            raise InvalidInput(f"expected {{document, notes}}: {exc}") from exc
        document, notes = body.document, body.notes or notes
    ruleset = service.parse_document(document)
    version = service.create_draft(session=session, ruleset=ruleset, author=actor_of(caller), notes=notes)
    session.commit()
    return _detail(version)


@router.get("/versions/{number}", response_model=RulesetVersionDetail)
def get_version(number: Number, caller: ReadCaller, session: SessionDep) -> RulesetVersionDetail:
    """One version with its full document."""
    return _detail(service.get_version(session=session, number=number))


@router.post("/versions/{number}/validate", response_model=RulesetValidationRead)
def validate_version(number: Number, caller: ReadCaller, session: SessionDep, engine: EngineDep
                     ) -> RulesetValidationRead:
    """Schema, safe patterns, every rule's own examples; a draft with problems cannot be published."""
    problems = service.validate_ruleset(service.ruleset_of(service.get_version(session=session, number=number)), engine)
    return RulesetValidationRead(number=number, valid=not problems, problems=problems)


@router.get("/diff", response_model=RulesetDiffRead)
def diff(caller: ReadCaller, session: SessionDep, to: Annotated[int, Query(ge=1, le=MAX_VERSION)],
         base: Annotated[int | None, Query(alias="from", ge=1, le=MAX_VERSION)] = None
         ) -> dict[str, Any]:
    """What changes from version ``from`` (default: the published one) to version ``to``."""
    if base is None:
        live = service.published_version(session=session)
        if live is None:
            raise InvalidInput("nothing is published; give ?from=")
        base = live.number
    old = service.ruleset_of(service.get_version(session=session, number=base))
    new = service.ruleset_of(service.get_version(session=session, number=to))
    return diff_rulesets(old, new)


@router.post("/versions/{number}/dry-run", response_model=DryRunRead)
def dry_run(number: Number, caller: AdminCaller, session: SessionDep, engine: EngineDep,
            limit: Annotated[int, Query(ge=1, le=5000)] = 200) -> DryRunRead:
    """Re-check the last ``limit`` archived posts (stored text only) under this version."""
    ruleset = service.ruleset_of(service.get_version(session=session, number=number))
    return DryRunRead(number=number, **service.dry_run(session=session, engine=engine, ruleset=ruleset, limit=limit))


def _refresh_here(request: Request) -> None:
    # This worker serves the new version at once; the others pick it up at their next poll.
    refresh = getattr(request.app.state.rulesets, "refresh", None)
    if callable(refresh):
        refresh()


def _gate(body: PublishRequest | None, settings: Settings) -> service.Gate:
    return service.Gate(confirm=body.confirm if body else False, sample=settings.ruleset_impact_sample,
                        max_share=settings.ruleset_confirm_share)


def _needs_confirmation(exc: ConfirmationRequired, request: Request) -> JSONResponse:
    body = {"type": f"https://postguard.dev/problems/{exc.code}", "title": exc.title, "status": exc.status,
            "detail": exc.detail, "code": exc.code, "instance": request.url.path, "impact": exc.extra["impact"]}
    return JSONResponse(body, status_code=exc.status, media_type="application/problem+json")


_GATED: dict[int | str, dict[str, Any]] = {409: {"description": "confirmation_required (with the impact), or conflict"}}


@router.post("/versions/{number}/publish", response_model=RulesetPublishRead, responses=_GATED)
def publish(number: Number, request: Request, caller: AdminCaller, session: SessionDep, engine: EngineDep,
            settings: SettingsDep, body: Annotated[PublishRequest | None, Body()] = None) -> Response | dict[str, Any]:
    """Validate a draft, compare it with the published version (diff and dry-run) and publish it atomically;
    every worker serves it within ruleset_poll_seconds. When the impact calls for it (rules or detectors
    removed, a category no longer checked, many verdicts changed) the answer is 409 ``confirmation_required``
    with the impact, and the draft is published only when sent again with ``{"confirm": true}``."""
    try:
        version, impact = service.publish_version(session=session, number=number, actor=actor_of(caller),
                                                  engine=engine, gate=_gate(body, settings))
    except ConfirmationRequired as exc:
        return _needs_confirmation(exc, request)
    session.commit()
    _refresh_here(request)
    return {**RulesetVersionRead.model_validate(version).model_dump(), "impact": impact}


@router.post("/rollback", response_model=RulesetPublishRead, responses=_GATED)
def rollback(request: Request, caller: AdminCaller, session: SessionDep, engine: EngineDep, settings: SettingsDep,
             to: Annotated[int | None, Query(ge=1, le=MAX_VERSION)] = None,
             body: Annotated[PublishRequest | None, Body()] = None) -> Response | dict[str, Any]:
    """Re-publish the previously published version (or ``?to=N``, a retired one); gated like a publish."""
    try:
        version, impact = service.rollback(session=session, actor=actor_of(caller), engine=engine, to=to,
                                           gate=_gate(body, settings))
    except ConfirmationRequired as exc:
        return _needs_confirmation(exc, request)
    session.commit()
    _refresh_here(request)
    return {**RulesetVersionRead.model_validate(version).model_dump(), "impact": impact}


@router.get("/versions/{number}/handbook", response_class=PlainTextResponse,
            responses={200: {"content": {"text/markdown": {"schema": {"type": "string"}},
                                         "text/html": {"schema": {"type": "string"}}}}})
def handbook(number: Number, caller: ReadCaller, session: SessionDep,
             format: Literal["markdown", "html"] = "markdown") -> Response:
    """The reviewer's handbook (审核标准和细则) rendered from this version."""
    from app.handbook import render_html, render_markdown

    ruleset = service.ruleset_of(service.get_version(session=session, number=number))
    if format == "html":
        return HTMLResponse(render_html(ruleset))
    return PlainTextResponse(render_markdown(ruleset), media_type="text/markdown; charset=utf-8")
