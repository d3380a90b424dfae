"""/v1/incidents: negative-opinion incidents opened by alert rules; acknowledge and resolve them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from app.api.deps import ReviewCaller, SessionDep, SettingsDep, actor_of, person_of
from app.principal import Principal
from app.schemas.incidents import (
    IncidentAction,
    IncidentDetail,
    IncidentMention,
    IncidentMentionPage,
    IncidentPage,
    IncidentRead,
    IncidentState,
)
from app.schemas.params import DateTime, in_zone
from app.services import incidents as service

router = APIRouter(prefix="/v1", tags=["incidents"])


@router.get("/incidents", response_model=IncidentPage)
def list_incidents(caller: ReviewCaller, session: SessionDep, settings: SettingsDep, state: IncidentState | None = None,
                   rule_id: str | None = None, since: DateTime | None = None,
                   cursor: Annotated[str | None, Query(pattern=r"^[0-9]{1,20}\.[0-9a-f]{1,32}$",
                                                       description="a next_cursor from a previous page")] = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50) -> IncidentPage:
    """Incidents, newest first, filtered by state, rule and opening time; follow ``next_cursor`` for older ones."""
    rows, nxt = service.incident_page(session=session, state=state, rule_id=rule_id,
                                      since=in_zone(since, settings.tzinfo, name="since"), cursor=cursor,
                                      limit=limit)
    return IncidentPage(items=[IncidentRead.model_validate(r) for r in rows], next_cursor=nxt)


@router.get("/incidents/{incident_id}/mentions", response_model=IncidentMentionPage)
def incident_mentions(incident_id: str, caller: ReviewCaller, session: SessionDep,
                      cursor: Annotated[str | None, Query(pattern=r"^[0-9]{1,18}$")] = None,
                      limit: Annotated[int, Query(ge=1, le=500)] = 100) -> IncidentMentionPage:
    """The mentions behind an incident (text as stored, per policy), in the order they were linked."""
    rows, nxt = service.mentions_of(session=session, incident_id=incident_id,
                                    cursor=int(cursor) if cursor else None, limit=limit)
    return IncidentMentionPage(items=[IncidentMention.model_validate(m) for m in rows],
                               next_cursor=str(nxt) if nxt is not None else None)


@router.get("/incidents/{incident_id}", response_model=IncidentDetail)
def get_incident(incident_id: str, caller: ReviewCaller, session: SessionDep) -> IncidentDetail:
    """One incident with its events (opened, linked mentions, acknowledged, resolved)."""
    incident = service.get_incident(session=session, incident_id=incident_id)
    events = service.events_of(session=session, incident_id=incident_id)
    return IncidentDetail.model_validate({**IncidentRead.model_validate(incident).model_dump(), "events": events})


def _actor(request: Request, caller: Principal) -> str:
    """The person (X-Actor, as given) when named, else the API key id."""
    return person_of(request) if request.headers.get("x-actor", "").strip() else actor_of(caller)


@router.post("/incidents/{incident_id}/ack", response_model=IncidentRead)
def acknowledge(incident_id: str, request: Request, caller: ReviewCaller, session: SessionDep,
                body: IncidentAction | None = None) -> IncidentRead:
    """open -> acknowledged (409 otherwise); ``X-Actor`` names the person."""
    incident = service.acknowledge(session=session, incident_id=incident_id, actor=_actor(request, caller),
                                   note=body.note if body else "")
    session.commit()
    return IncidentRead.model_validate(incident)


@router.post("/incidents/{incident_id}/resolve", response_model=IncidentRead)
def resolve(incident_id: str, request: Request, caller: ReviewCaller, session: SessionDep,
            body: IncidentAction | None = None) -> IncidentRead:
    """open or acknowledged -> resolved (409 if already resolved); ``X-Actor`` names the person."""
    incident = service.resolve(session=session, incident_id=incident_id, actor=_actor(request, caller),
                               note=body.note if body else "")
    session.commit()
    return IncidentRead.model_validate(incident)
