"""ASGI middleware: request ids, body size limit (413) and JSON-only bodies (415), before parsing."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")


async def _send_problem(send: Send, status: int, code: str, detail: str, request_id: str) -> None:
    body = json.dumps({"type": f"https://postguard.dev/problems/{code}", "title": detail, "status": status,
                       "detail": detail, "code": code}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()),
        (b"x-request-id", request_id.encode())]})
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class RequestGuard:
    """Assigns X-Request-ID, rejects bodies over ``max_body_bytes`` and non-JSON request bodies."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        given = headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        method = scope.get("method", "GET")
        if method in ("POST", "PUT", "PATCH"):
            length = headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
                await _send_problem(send, 413, "body_too_large",
                                    f"request body over {self.max_body_bytes} bytes", request_id)
                return
            ctype = headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and ctype != "application/json" and not ctype.endswith("+json") and ctype != "application/x-yaml":
                await _send_problem(send, 415, "unsupported_media_type",
                                    f"content type {ctype!r} is not accepted; send application/json", request_id)
                return

        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _TooLarge
            return message

        async def send_with_id(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                raw: list[Any] = list(message.get("headers", []))
                raw.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": raw}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_id)
        except _TooLarge:
            if not started:
                await _send_problem(send, 413, "body_too_large",
                                    f"request body over {self.max_body_bytes} bytes", request_id)
