"""/console pages. Handlers read and write through app.services (the same functions the API uses)."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from app.console import charts, drafts
from app.console.i18n import COOKIE as LANG_COOKIE
from app.console.i18n import category_label, lang_of, translator
from app.console.session import (
    COOKIE,
    LOGIN_CSRF,
    check_csrf,
    login_csrf_token,
    open_session,
    set_login_csrf,
    set_session_cookie,
    signed_in,
)
from app.errors import Conflict, PostguardError
from app.handbook import markdown_to_html, render_markdown
from app.models import ChainHead, Mention
from app.models.users import ROLES
from app.schemas.check import CheckRequest, FindingRead
from app.services import incidents as incident_service
from app.services import reviews as review_service
from app.services import rulesets as ruleset_service
from app.services.checks import check_one
from app.services.keys import SCOPES, create_key, list_keys
from app.services.ruleset_diff import diff_rulesets
from app.services.stats import compute_stats
from app.services.users import SignedIn, actor_of, create_user, list_users, may, sign_in, sign_out
from app.taxonomy import Channel, ContentType

HERE = Path(__file__).resolve().parent
STATIC = {p.name: p for p in (HERE / "static").iterdir() if p.suffix in (".js", ".css")}
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(prefix="/console", include_in_schema=False)
QUEUE_PAGE = 50  # queue items shown per page
QUEUE_SCAN = 1000  # a rule filter (read from each item's findings) examines at most this many items per page
# Scripts only from the package (htmx); no framing (clickjacking); inline style attributes are used in templates.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
IMPACT_POSTS = 200  # a publish confirmation re-checks this many recent archived posts


def _page(request: Request, name: str, who: SignedIn | None, status: int = 200, **context: Any) -> HTMLResponse:
    lang = lang_of(request)
    response = templates.TemplateResponse(request, name, {
        "t": translator(lang), "lang": lang, "who": who, "csrf": who.csrf if who else "",
        "may": (lambda right: who is not None and may(who.user.role, right)),
        "label": lambda category: category_label(category, lang), "path": request.url.path, **context,
    }, status_code=status)
    if request.query_params.get("lang") == lang:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", path="/console")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = CSP
    return response


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.get("/static/{name}")
def static(name: str) -> FileResponse:
    path = STATIC.get(name)
    if path is None:
        raise HTTPException(status_code=404, detail=f"no static file {name!r}")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


@router.get("")
def home() -> RedirectResponse:
    return RedirectResponse("/console/check", status_code=303)


# --- sign-in ---------------------------------------------------------------------------------------------------

@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    return _login_page(request, next_url=request.query_params.get("next", ""))


def _login_page(request: Request, *, next_url: str, error: str | None = None, status: int = 200) -> HTMLResponse:
    token = login_csrf_token(request)
    response = _page(request, "login.html", None, status=status, next=next_url, error=error, csrf=token)
    set_login_csrf(request, response, token)
    return response


@router.post("/login", response_model=None)
async def login(request: Request) -> Response:
    form = await _form(request)
    check_csrf(request.cookies.get(LOGIN_CSRF, ""), form.get("csrf", ""))
    # Password guessing is throttled per client like failed API keys (same limiter and setting, own namespace).
    limiter = getattr(getattr(request.app.state, "authenticator", None), "limiter", None)
    client = request.client.host if request.client else "unknown"
    per_minute = request.app.state.settings.auth_failures_per_minute
    if limiter is not None and not (await run_in_threadpool(limiter.over, "console", client, per_minute)).allowed:
        return _login_page(request, next_url=form.get("next", ""), error=translator(lang_of(request))["throttled"],
                           status=429)
    with open_session(request) as session, session.begin():
        found = await run_in_threadpool(sign_in, session=session, username=form.get("username", ""),
                                        password=form.get("password", ""))
    if found is None:
        if limiter is not None:
            await run_in_threadpool(limiter.hit, "console", client, per_minute)
        return _login_page(request, next_url=form.get("next", ""), error=translator(lang_of(request))["bad_login"],
                           status=401)
    token, _ = found
    target = form.get("next", "")
    response = RedirectResponse(target if target.startswith("/console") else "/console/check", status_code=303)
    set_session_cookie(request, response, token)
    response.delete_cookie(LOGIN_CSRF, path="/console")
    return response


@router.post("/logout")
async def logout(request: Request) -> RedirectResponse:
    who = signed_in(request, "check")
    check_csrf(who.csrf, (await _form(request)).get("csrf", ""))
    with open_session(request) as session, session.begin():
        sign_out(session=session, token=request.cookies.get(COOKIE, ""))
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(COOKIE, path="/console")
    return response


# --- check a draft ---------------------------------------------------------------------------------------------

def _choices() -> dict[str, Any]:
    return {"channels": [c.value for c in Channel], "content_types": [c.value for c in ContentType]}


@router.get("/check")
def check_form(request: Request) -> HTMLResponse:
    who = signed_in(request, "check")
    return _page(request, "check.html", who, draft={"content_type": "article"}, **_choices())


@router.post("/check")
async def check_draft(request: Request) -> HTMLResponse:
    who = signed_in(request, "check")
    form = await _form(request)
    check_csrf(who.csrf, form.get("csrf", ""))
    draft = {k: form.get(k, "") for k in ("text", "channel", "content_type", "account", "previous")}
    app = request.app
    settings, engine, ruleset = app.state.settings, app.state.engine, app.state.rulesets.current()
    recorder = getattr(app.state, "recorder", None)

    def request_for(text: str) -> CheckRequest:
        return CheckRequest.model_validate({
            "text": text, "channel": draft["channel"] or None, "content_type": draft["content_type"] or "article",
            "account": {"id": draft["account"]} if draft["account"] else None})

    def run() -> dict[str, Any]:
        text, previous = draft["text"], draft["previous"]
        if (which := form.get("apply", "")).isdigit():  # re-derive the finding, apply its suggestion
            before = check_one(engine=engine, ruleset=ruleset, req=request_for(text),
                               max_chars=settings.max_text_chars)
            index = int(which)
            if index < len(before.findings):
                edited = drafts.apply_suggestion(text, before.findings[index])
                if edited:
                    previous, text = text, edited
        result = check_one(engine=engine, ruleset=ruleset, req=request_for(text), max_chars=settings.max_text_chars,
                           recorder=recorder, key_id=actor_of(who.user))
        return {"text": text, "previous": previous, "result": result}

    try:
        out = await run_in_threadpool(run)
    except (ValidationError, PostguardError) as exc:
        message = exc.detail if isinstance(exc, PostguardError) else "; ".join(e["msg"] for e in exc.errors())
        return _page(request, "check.html", who, status=422, draft=draft, error=message, **_choices())
    result = out["result"]
    draft.update(text=out["text"], previous=out["previous"])
    return _page(request, "check.html", who, draft=draft, result=result,
                 segments=drafts.segments(out["text"], result.findings),
                 applicable=[drafts.apply_suggestion(out["text"], f) is not None for f in result.findings],
                 changes=drafts.changes(out["previous"], out["text"])
                 if out["previous"] and out["previous"] != out["text"] else None,
                 **_choices())


# --- review queue, verdicts ------------------------------------------------------------------------------------

_STORED_DEFAULTS: dict[str, Any] = {"start": None, "end": None, "text": None, "field": "text", "detector": "",
                                    "message": "", "basis": "", "suggestion": "", "score": 0.0}


def _findings(e: Any) -> list[FindingRead]:
    """Findings as the audit log stored them; fields an older record lacks are shown empty."""
    return [FindingRead.model_validate({**_STORED_DEFAULTS, **f}) for f in json.loads(e.findings)]


def _queue_page(session: Any, filters: dict[str, str], cursor: str | None) -> tuple[list[Any], str | None]:
    """One page of the queue, oldest first, and the cursor of the next. Channel, account, branch and category filter in
    the database; a rule filter reads each item's findings, so it walks the queue in batches and stops after
    QUEUE_SCAN items with a cursor to go on from (bounded work per request, however long the queue)."""
    wanted = {k: filters[k] or None for k in ("channel", "account", "branch", "category")}
    if not filters["rule"]:
        return review_service.review_queue(session=session, cursor=cursor, limit=QUEUE_PAGE, **wanted)
    items: list[Any] = []
    seen = 0
    while seen < QUEUE_SCAN:
        rows, nxt = review_service.review_queue(session=session, cursor=cursor, limit=QUEUE_PAGE, **wanted)
        for e in rows:
            seen += 1
            cursor = str(e.seq)
            if filters["rule"] in review_service.rule_ids(e):
                items.append(e)
                if len(items) == QUEUE_PAGE:
                    return items, (cursor if nxt or e is not rows[-1] else None)
        if nxt is None:
            return items, None
    return items, cursor


@router.get("/queue")
def queue(request: Request) -> HTMLResponse:
    who = signed_in(request, "review")
    filters = {k: request.query_params.get(k, "").strip()
               for k in ("channel", "account", "branch", "category", "rule")}
    cursor = request.query_params.get("cursor", "").strip() or None
    error = None
    items: list[Any] = []
    nxt = None
    try:
        with open_session(request) as session:
            items, nxt = _queue_page(session, filters, cursor)
    except PostguardError as exc:  # a malformed cursor
        error = exc.detail
    next_url = None
    if nxt:
        next_url = "/console/queue?" + urlencode({**{k: v for k, v in filters.items() if v}, "cursor": nxt})
    return _page(request, "queue.html", who, items=items, filters=filters, next_url=next_url, error=error,
                 **_choices())


@router.get("/verdicts")
def verdicts(request: Request) -> HTMLResponse:
    who = signed_in(request, "read")
    q = {k: request.query_params.get(k, "").strip()
         for k in ("verdict", "category", "channel", "account", "since", "until", "cursor")}
    error = None
    rows: list[Any] = []
    nxt = None
    try:
        since, until = _day(q["since"]), _day(q["until"])
        with open_session(request) as session:
            rows, nxt = review_service.list_verdicts(
                session=session, since=since, until=until, verdict=q["verdict"] or None,
                category=q["category"] or None, channel=q["channel"] or None, account=q["account"] or None,
                cursor=q["cursor"] or None, limit=50)
    except (ValueError, PostguardError) as exc:
        error = exc.detail if isinstance(exc, PostguardError) else str(exc)
    next_url = None
    if nxt:
        next_url = "/console/verdicts?" + urlencode({**{k: v for k, v in q.items() if v}, "cursor": nxt})
    return _page(request, "verdicts.html", who, items=rows, q=q, next_url=next_url, error=error, **_choices())


def _day(value: str) -> datetime | None:
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


def _verdict_context(request: Request, audit_id: str) -> dict[str, Any]:
    with open_session(request) as session:
        e = review_service.get_verdict(session=session, audit_id=audit_id)
        reviews = review_service.reviews_of(session=session, seqs=[e.seq]).get(e.seq, [])
    findings = _findings(e)
    text = e.stored_text or ""
    # Offsets index the checked text; the stored text keeps them unless redaction masked something (a mask can
    # change the length). Then matched text is taken from the stored text, as stored.
    exact = e.text_policy == "full" or not any(f.category.startswith("pii_") for f in findings)
    placed = []
    for f in findings:
        if exact and f.field == "text" and f.start is not None and f.end is not None and f.end <= len(text):
            placed.append(f if f.text else f.model_copy(update={"text": text[f.start:f.end]}))
        else:
            placed.append(f.model_copy(update={"start": None, "end": None}))
    findings = placed
    return {"e": e, "findings": findings, "reviews": reviews, "segments": drafts.segments(text, findings),
            "detectors": json.loads(e.detectors), "rules": review_service.rule_ids(e),
            "dismissed_of": {r.id: json.loads(r.dismissed_rules) for r in reviews}}


@router.get("/verdicts/{audit_id}")
def verdict(request: Request, audit_id: str) -> HTMLResponse:
    who = signed_in(request, "read")
    return _page(request, "verdict.html", who, **_verdict_context(request, audit_id))


@router.post("/verdicts/{audit_id}/review", response_model=None)
async def review(request: Request, audit_id: str) -> Response:
    who = signed_in(request, "review")
    form = await request.form()
    check_csrf(who.csrf, str(form.get("csrf", "")))
    decision = str(form.get("decision", ""))
    reason = str(form.get("reason", ""))
    dismissed = [str(v) for v in form.getlist("dismiss")]
    seen = str(form.get("seen", ""))
    error = None
    with open_session(request) as session, session.begin():
        e = review_service.get_verdict(session=session, audit_id=audit_id)
        earlier = review_service.reviews_of(session=session, seqs=[e.seq]).get(e.seq, [])
        count = len(earlier)
        # An escalation after a final decision is explicit by nature: it keeps that decision and names it.
        escalates_final = decision == "escalate" and any(r.decision in review_service.FINAL for r in earlier)
        if seen != str(count) and decision != "escalate":
            # Someone decided since this form was shown: never overwrite silently.
            error = translator(lang_of(request))["conflict"]
        elif decision not in ("approve", "reject", "escalate"):
            error = f"unknown decision {decision!r}"
        else:
            try:
                review_service.add_review(session=session, audit_id=audit_id, decision=decision, reason=reason,
                                          reviewer=actor_of(who.user),
                                          dismissed_rules=dismissed if decision == "approve" and dismissed else None,
                                          override=escalates_final)
            except PostguardError as exc:
                error = exc.detail
                session.rollback()
    if error is None:
        return RedirectResponse(f"/console/verdicts/{audit_id}?saved=1", status_code=303)
    return _page(request, "verdict.html", who, status=409 if "conflict" in error or "另一位" in error else 422,
                 error=error, form={"decision": decision, "reason": reason}, **_verdict_context(request, audit_id))


# --- dashboard -------------------------------------------------------------------------------------------------

STATS_TTL = 60.0  # seconds: handling-time figures also move with the clock, not only with new events
_stats_cache: dict[str, tuple[int, float, dict[str, Any]]] = {}


PURPOSES = ("publish", "all", "draft", "ci", "scan")


def _stats(request: Request, session: Any, since: datetime | None, until: datetime | None,
           purpose: str = "publish", only: dict[str, str] | None = None) -> dict[str, Any]:
    """compute_stats, reused while nothing was appended to the audit log (every check, review and incident
    change appends there) and for at most STATS_TTL: the figures scan the whole archive."""
    head = session.get(ChainHead, 1)
    seq = head.seq if head is not None else 0
    only = {k: v for k, v in (only or {}).items() if v}
    key = f"{request.app.state.db.url}|{since}|{until}|{purpose}|{sorted(only.items())}"
    cached = _stats_cache.get(key)
    now = time.monotonic()
    if cached is not None and cached[0] == seq and now - cached[1] < STATS_TTL:
        return cached[2]
    stats = compute_stats(session=session, since=since, until=until, top=10, purpose=purpose,
                          zone=request.app.state.settings.tzinfo, **only)
    if len(_stats_cache) > 100:  # many distinct ranges: start over rather than grow
        _stats_cache.clear()
    _stats_cache[key] = (seq, now, stats)
    return stats


@router.get("/dashboard")
def dashboard(request: Request) -> HTMLResponse:
    who = signed_in(request, "read")
    t = translator(lang_of(request))
    q = {k: request.query_params.get(k, "").strip()
         for k in ("since", "until", "purpose", "channel", "account", "branch")}
    q["purpose"] = q["purpose"] if q["purpose"] in PURPOSES else "publish"  # 合规率 counts published posts
    error = None
    try:
        since, until = _day(q["since"]), _day(q["until"])
    except ValueError as exc:
        since = until = None
        error = str(exc)
    with open_session(request) as session:
        stats = _stats(request, session, since, until, q["purpose"],
                       {k: q[k] for k in ("channel", "account", "branch")})
    svg = {
        "by_day": charts.line_chart(t["by_day"], [(r["key"], r["compliance_rate"]) for r in stats["by_day"]]),
        "volume": charts.bar_chart(t["volume"], [(r["key"], r["checked"]) for r in stats["by_day"][-14:]]),
        "by_verdict": charts.bar_chart(t["by_verdict"], [(t["verdict_" + v], stats["by_verdict"].get(v, 0))
                                                          for v in ("pass", "review", "block")]),
        "by_channel": charts.bar_chart(t["by_channel"], [(r["key"], r["compliance_rate"])
                                                          for r in stats["by_channel"]], percent=True),
        "by_account": charts.bar_chart(t["by_account"], [(r["key"], r["compliance_rate"])
                                                          for r in stats["by_account"][:15]], percent=True),
        "by_branch": charts.bar_chart(t["by_branch"], [(r["key"], r["compliance_rate"])
                                                        for r in stats["by_branch"][:15]], percent=True),
        "top_rules": charts.bar_chart(t["top_rules"], [(r["rule_id"], r["hits"]) for r in stats["top_rules"]]),
        "fp_rate": charts.bar_chart(t["fp_rate"], [(r["rule_id"], r["false_positive_rate"])
                                                    for r in stats["top_rules"]
                                                    if r["false_positive_rate"] is not None], percent=True),
    }
    return _page(request, "dashboard.html", who, stats=stats, svg=svg, q=q, error=error, purposes=PURPOSES,
                 **_choices())


# --- people and keys -------------------------------------------------------------------------------------------

def _admin_page(request: Request, who: SignedIn, status: int = 200, **context: Any) -> HTMLResponse:
    with open_session(request) as session:
        people, keys = list_users(session=session), list_keys(session=session)
    return _page(request, "admin.html", who, status=status, people=people, keys=keys, roles=ROLES, scopes=SCOPES,
                 **context)


@router.get("/admin")
def admin(request: Request) -> HTMLResponse:
    return _admin_page(request, signed_in(request, "admin"))


@router.post("/admin/users")
async def admin_create_user(request: Request) -> HTMLResponse:
    who = signed_in(request, "admin")
    form = await _form(request)
    check_csrf(who.csrf, form.get("csrf", ""))
    try:
        with open_session(request) as session, session.begin():
            await run_in_threadpool(create_user, session=session, username=form.get("username", ""),
                                    display_name=form.get("display_name", ""), role=form.get("role", ""),
                                    password=form.get("password", ""), actor=actor_of(who.user))
    except PostguardError as exc:
        return _admin_page(request, who, status=422, error=exc.detail)
    return _admin_page(request, who, notice=translator(lang_of(request))["saved"])


@router.post("/admin/keys")
async def admin_create_key(request: Request) -> HTMLResponse:
    who = signed_in(request, "admin")
    form = await request.form()
    check_csrf(who.csrf, str(form.get("csrf", "")))
    try:
        with open_session(request) as session, session.begin():
            _, token = create_key(session=session, owner=str(form.get("owner", "")).strip() or "console",
                                  scopes=[str(s) for s in form.getlist("scopes")], actor=actor_of(who.user))
    except PostguardError as exc:
        return _admin_page(request, who, status=422, error=exc.detail)
    return _admin_page(request, who, new_key=token)


# --- rules -----------------------------------------------------------------------------------------------------

@router.get("/rules")
def rules(request: Request) -> HTMLResponse:
    who = signed_in(request, "read")
    with open_session(request) as session:
        versions = ruleset_service.list_versions(session=session)
    return _page(request, "rules.html", who, versions=versions)


@router.post("/rules", response_model=None)
async def create_rules_draft(request: Request) -> Response:
    who = signed_in(request, "rules")
    form = await _form(request)
    check_csrf(who.csrf, form.get("csrf", ""))
    try:
        ruleset = ruleset_service.parse_document(form.get("document", ""))
        with open_session(request) as session, session.begin():
            number = ruleset_service.create_draft(session=session, ruleset=ruleset, author=actor_of(who.user),
                                                  notes=form.get("notes", "")).number
    except PostguardError as exc:
        with open_session(request) as session:
            versions = ruleset_service.list_versions(session=session)
        return _page(request, "rules.html", who, status=422, versions=versions, error=exc.detail,
                     document=form.get("document", ""))
    return RedirectResponse(f"/console/rules/{number}", status_code=303)


@router.get("/rules/diff")
def rules_diff(request: Request) -> HTMLResponse:
    who = signed_in(request, "read")
    try:
        old, new = int(request.query_params.get("from", "")), int(request.query_params.get("to", ""))
        with open_session(request) as session:
            a = ruleset_service.ruleset_of(ruleset_service.get_version(session=session, number=old))
            b = ruleset_service.ruleset_of(ruleset_service.get_version(session=session, number=new))
    except ValueError:
        raise HTTPException(status_code=422, detail="choose two version numbers") from None
    return _page(request, "rules_diff.html", who, diff=diff_rulesets(a, b))


@router.get("/rules/{number}")
def rules_version(request: Request, number: int) -> HTMLResponse:
    who = signed_in(request, "read")
    with open_session(request) as session:
        version = ruleset_service.get_version(session=session, number=number)
        live = ruleset_service.published_version(session=session)
    ruleset = ruleset_service.ruleset_of(version)
    return _page(request, "rules_version.html", who, version=version, live=live,
                 handbook=_demote(markdown_to_html(render_markdown(ruleset))))


def _demote(html: str) -> str:
    """The handbook's headings nest under the page's h1/h2 (one h1 per page, no skipped levels)."""
    return re.sub(r"<(/?)h([1-4])\b", lambda m: f"<{m[1]}h{int(m[2]) + 2}", html)


@router.get("/rules/{number}/impact")
def rules_impact(request: Request, number: int) -> HTMLResponse:
    """What publishing (or rolling back to) this version would change on recent archived posts, and the
    confirmation form: publishing happens only from this page."""
    who = signed_in(request, "publish")
    with open_session(request) as session:
        version = ruleset_service.get_version(session=session, number=number)
        live = ruleset_service.published_version(session=session)
        ruleset = ruleset_service.ruleset_of(version)
        impact = ruleset_service.dry_run(session=session, engine=request.app.state.engine, ruleset=ruleset,
                                         limit=IMPACT_POSTS)
        diff = diff_rulesets(ruleset_service.ruleset_of(live), ruleset) if live is not None else None
    return _page(request, "rules_impact.html", who, version=version, live=live, impact=impact, diff=diff)


@router.post("/rules/{number}/publish", response_model=None)
async def rules_publish(request: Request, number: int) -> Response:
    who = signed_in(request, "publish")
    form = await _form(request)
    check_csrf(who.csrf, form.get("csrf", ""))
    try:
        with open_session(request) as session, session.begin():
            version = ruleset_service.get_version(session=session, number=number)
            if form.get("confirm") != version.checksum:  # only from the impact page of this very content
                raise Conflict("confirm on the impact page before publishing")
            # The person saw the impact page of this very content and confirmed it: the gate is satisfied.
            settings = request.app.state.settings
            gate = ruleset_service.Gate(confirm=True, sample=settings.ruleset_impact_sample,
                                        max_share=settings.ruleset_confirm_share)
            if version.status == "retired":
                ruleset_service.rollback(session=session, actor=actor_of(who.user), to=number,
                                         engine=request.app.state.engine, gate=gate)
            else:
                ruleset_service.publish_version(session=session, number=number, actor=actor_of(who.user),
                                                engine=request.app.state.engine, gate=gate)
    except PostguardError as exc:
        raise HTTPException(status_code=exc.status, detail=exc.detail) from exc
    refresh = getattr(request.app.state.rulesets, "refresh", None)
    if callable(refresh):  # this worker serves it at once; the others at their next poll
        await run_in_threadpool(refresh)
    return RedirectResponse(f"/console/rules/{number}?published=1", status_code=303)


# --- incidents -------------------------------------------------------------------------------------------------

@router.get("/incidents")
def incidents(request: Request) -> HTMLResponse:
    who = signed_in(request, "incidents")
    state = request.query_params.get("state", "")
    with open_session(request) as session:
        rows = incident_service.list_incidents(session=session, state=state or None, limit=200)
    return _page(request, "incidents.html", who, items=rows, state=state, states=incident_service.STATES)


def _incident_page(request: Request, who: SignedIn, incident_id: str, status: int = 200,
                   error: str | None = None) -> HTMLResponse:
    with open_session(request) as session:
        incident = incident_service.get_incident(session=session, incident_id=incident_id)
        events = incident_service.events_of(session=session, incident_id=incident_id)
        mentions = [m for e in events if e.mention_id and (m := session.get(Mention, e.mention_id)) is not None]
    return _page(request, "incident.html", who, status=status, error=error, incident=incident, events=events,
                 mentions=mentions)


@router.get("/incidents/{incident_id}")
def incident(request: Request, incident_id: str) -> HTMLResponse:
    return _incident_page(request, signed_in(request, "incidents"), incident_id)


@router.post("/incidents/{incident_id}/{action}", response_model=None)
async def incident_action(request: Request, incident_id: str, action: str) -> Response:
    who = signed_in(request, "incidents")
    form = await _form(request)
    check_csrf(who.csrf, form.get("csrf", ""))
    change = {"ack": incident_service.acknowledge, "resolve": incident_service.resolve}.get(action)
    if change is None:
        raise HTTPException(status_code=404, detail=f"no incident action {action!r}")
    try:
        with open_session(request) as session, session.begin():
            change(session=session, incident_id=incident_id, actor=actor_of(who.user), note=form.get("note", ""))
    except PostguardError as exc:
        return _incident_page(request, who, incident_id, status=exc.status, error=exc.detail)
    return RedirectResponse(f"/console/incidents/{incident_id}", status_code=303)
