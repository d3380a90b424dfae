"""Console sign-in: the session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) and CSRF checks.

Every form carries a ``csrf`` field. Signed in, it must equal the session's token (stored with the session);
on the sign-in form, which has no session yet, it must equal the ``pg_csrf`` cookie set with the form."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException, Request, Response
from sqlalchemy.orm import Session

from app.api.deps import NoDatabase
from app.db import Database
from app.services.users import SESSION_HOURS, SignedIn, may, session_user

COOKIE = "pg_session"
LOGIN_CSRF = "pg_csrf"


def database(request: Request) -> Database:
    db: Database | None = getattr(request.app.state, "db", None)
    if db is None:
        raise NoDatabase("the console needs the database (POSTGUARD_DATABASE_URL is empty)")
    return db


@contextmanager
def open_session(request: Request) -> Iterator[Session]:
    with database(request).session() as session:
        yield session


def to_login(request: Request) -> HTTPException:
    return HTTPException(status_code=303, detail="sign in first",
                         headers={"Location": f"/console/login?next={request.url.path}"})


def signed_in(request: Request, right: str = "read") -> SignedIn:
    """The person behind the session cookie, with ``right``; otherwise 303 to sign-in or 403."""
    token = request.cookies.get(COOKIE)
    if not token:
        raise to_login(request)
    with open_session(request) as session:
        who = session_user(session=session, token=token)
    if who is None:
        raise to_login(request)
    if not may(who.user.role, right):
        raise HTTPException(status_code=403, detail=f"role {who.user.role} may not do this ({right})")
    return who


def check_csrf(expected: str, given: str) -> None:
    if not expected or not hmac.compare_digest(expected.encode(), given.encode()):
        raise HTTPException(status_code=403, detail="CSRF token missing or wrong; reload the form")


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(COOKIE, token, max_age=SESSION_HOURS * 3600, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/console")


def login_csrf_token(request: Request) -> str:
    return request.cookies.get(LOGIN_CSRF) or secrets.token_urlsafe(24)


def set_login_csrf(request: Request, response: Response, token: str) -> None:
    response.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", secure=request.url.scheme == "https",
                        path="/console")
