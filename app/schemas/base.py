"""The base of every request body: no NUL character anywhere in it.

PostgreSQL cannot store U+0000 in text, and a NUL that reached the audit log used to stall it; refusing
it at the edge (422, code ``invalid_text``, like a lone surrogate) keeps it out of every table."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, model_validator
from pydantic_core import PydanticCustomError


def nul_path(value: Any, path: str = "") -> str | None:
    """The dotted path of the first string (key or value) holding NUL in ``value``, or None."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and "\x00" in key:
                return where
            if (found := nul_path(item, where)) is not None:
                return found
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            if (found := nul_path(item, f"{path}.{i}" if path else str(i))) is not None:
                return found
    return None


class RequestModel(BaseModel):
    @model_validator(mode="before")
    @classmethod
    def _refuse_nul(cls, data: Any) -> Any:
        where = nul_path(data)
        if where is not None:
            raise PydanticCustomError("invalid_text", "{where} contains a NUL character (U+0000), which cannot be "
                                      "stored", {"where": where.replace("\x00", "\\0") or "body"})
        return data
