"""Structured JSON logs. Records carry ids, verdicts, counts and timings — never post content."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}
# Fields that could carry content or secrets are dropped even if a caller passes them.
_FORBIDDEN = {"text", "title", "content", "api_key", "authorization", "phone", "name", "body"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _RESERVED and key not in _FORBIDDEN and not key.startswith("_"):
                doc[key] = value if isinstance(value, str | int | float | bool | type(None)) else str(value)
        if record.exc_info and record.exc_info[0] is not None:
            doc["exc_type"] = record.exc_info[0].__name__
        return json.dumps(doc, ensure_ascii=False)


def configure(level: str = "INFO", as_json: bool = True) -> None:
    root = logging.getLogger("postguard")
    root.setLevel(level.upper())
    if not any(getattr(h, "_postguard", False) for h in root.handlers):
        stream = logging.StreamHandler()
        stream._postguard = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    for handler in root.handlers:
        if getattr(handler, "_postguard", False):
            plain = logging.Formatter("%(levelname)s %(name)s %(message)s")
            handler.setFormatter(JsonFormatter() if as_json else plain)
    root.propagate = False
