"""Who is calling: the identity an authenticated request carries into the services."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Principal:
    """An API key's id, owner and scopes (``None`` key id when auth is off)."""

    key_id: str | None
    owner: str
    scopes: frozenset[str]
