"""/v1/keys: API key administration (admin scope)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.api.deps import AdminCaller, SessionDep, actor_of
from app.models import ApiKey
from app.schemas.keys import ApiKeyCreate, ApiKeyCreated, ApiKeyRead
from app.services import keys as service

router = APIRouter(prefix="/v1/keys", tags=["keys"])


@router.post("", response_model=ApiKeyCreated, status_code=201)
def create_key(body: ApiKeyCreate, caller: AdminCaller, session: SessionDep) -> ApiKeyCreated:
    """Create a key; the secret is in this response only."""
    key, token = service.create_key(session=session, owner=body.owner, scopes=body.scopes, actor=actor_of(caller),
                                    rate_per_minute=body.rate_per_minute)
    session.commit()
    return ApiKeyCreated.model_validate({**ApiKeyRead.model_validate(key).model_dump(), "key": token})


@router.get("", response_model=list[ApiKeyRead])
def list_keys(caller: AdminCaller, session: SessionDep, include_revoked: bool = False) -> list[ApiKey]:
    """Keys (never their secrets)."""
    return service.list_keys(session=session, include_revoked=include_revoked)


@router.post("/{key_id}/revoke", response_model=ApiKeyRead)
def revoke_key(key_id: str, caller: AdminCaller, session: SessionDep, request: Request) -> ApiKey:
    """Revoke a key; every replica refuses it within a few seconds, this host's workers at once (also during a
    database outage)."""
    key = service.revoke_key(session=session, key_id=key_id, actor=actor_of(caller))
    session.commit()
    shared = getattr(request.app.state, "key_cache", None)
    if shared is not None:
        shared.revoke(key.key_hash)
    return key
