"""ASGI middleware: request ids, body size limit (413), body read deadline (408) and JSON-only bodies (415),
all before parsing."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.messages import localise

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
_BODY_METHODS = ("POST", "PUT", "PATCH")


async def _send_problem(send: Send, status: int, code: str, detail: str, request_id: str,
                        accept_language: str | None = None) -> None:
    title, detail = localise(code, detail, detail, accept_language)
    body = json.dumps({"type": f"https://postguard.dev/problems/{code}", "title": title, "status": status,
                       "detail": detail, "code": code}, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()),
               (b"x-request-id", request_id.encode())]
    if status in (408, 413):  # the rest of the body is never read: the connection cannot be reused
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class RequestGuard:
    """Assigns X-Request-ID and reads each request body in full before the app sees it: over
    ``max_body_bytes`` (declared or streamed in chunks) is 413, slower than ``body_timeout_s`` is 408
    (a slow client then holds no route handler), a non-JSON content type is 415."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, body_timeout_s: float = 30.0,
                 image_paths: frozenset[str] = frozenset(), max_image_body_bytes: int | None = None,
                 multipart_paths: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout_s = body_timeout_s
        # Requests that may carry images get their own, larger limit; multipart is accepted only where a route
        # reads uploaded files.
        self.image_paths = image_paths
        self.max_image_body_bytes = max_image_body_bytes or max_body_bytes
        self.multipart_paths = multipart_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        given = headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw: list[Any] = list(message.get("headers", []))
                raw.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": raw}
            await send(message)

        if scope.get("method", "GET") not in _BODY_METHODS:
            await self.app(scope, receive, send_with_id)
            return
        limit = self.max_image_body_bytes if scope["path"] in self.image_paths else self.max_body_bytes
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await _send_problem(send, 413, "body_too_large", f"request body over {limit} bytes",
                                request_id, headers.get("accept-language"))
            return
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        console_form = ctype == "application/x-www-form-urlencoded" and scope["path"].startswith("/console/")
        upload = ctype == "multipart/form-data" and scope["path"] in self.multipart_paths
        if (ctype and ctype != "application/json" and not ctype.endswith("+json") and ctype != "application/x-yaml"
                and not console_form and not upload):  # the console's HTML forms post urlencoded bodies
            await _send_problem(send, 415, "unsupported_media_type",
                                f"content type {ctype!r} is not accepted; send application/json", request_id,
                                headers.get("accept-language"))
            return
        try:
            body = await asyncio.wait_for(self._read_body(receive, limit), self.body_timeout_s)
        except _TooLarge:
            await _send_problem(send, 413, "body_too_large", f"request body over {limit} bytes",
                                request_id, headers.get("accept-language"))
            return
        except TimeoutError:
            await _send_problem(send, 408, "request_timeout",
                                f"request body not received within {self.body_timeout_s:g} s", request_id,
                                headers.get("accept-language"))
            return
        except _Disconnected:
            return  # nobody is left to answer
        await self.app(scope, _replay(body, receive), send_with_id)

    async def _read_body(self, receive: Receive, limit: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The buffered body as one message, then the real channel (for disconnect notices)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
