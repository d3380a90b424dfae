"""/v1/accounts: the account archive (账号管理档案): records, imports from CSV/XLSX, and its reports."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from app.api.deps import AdminCaller, ReadCaller, SessionDep, SettingsDep, actor_of, person_of
from app.models.base import utcnow
from app.principal import Principal
from app.schemas.accounts import (
    AccountCreate,
    AccountImport,
    AccountPage,
    AccountRead,
    AccountStatus,
    AccountUpdate,
    FallingRow,
    ImportReport,
    IncompleteRow,
    OwnerRow,
    Registration,
    UnregisteredRow,
)
from app.schemas.params import DateTime, UntilDateTime, in_zone
from app.services import account_reports as reports
from app.services import accounts as service
from app.services.account_import import decode_upload, import_accounts, read_table
from app.settings import Settings
from app.taxonomy import Channel

router = APIRouter(prefix="/v1", tags=["accounts"])
AccountId = Annotated[str, Path(max_length=200, description="the account's id (what posts send as account.id)")]


def archive_policy(settings: Settings) -> service.ArchivePolicy:
    key = settings.mention_hash_key.get_secret_value() or settings.audit_hmac_key.get_secret_value()
    return service.ArchivePolicy(store=settings.store_text, hash_key=key, required=settings.account_required)


def _actor(request: Request, caller: Principal) -> str:
    """The person (X-Actor, as given) when named, else the API key id."""
    return person_of(request) if request.headers.get("x-actor", "").strip() else actor_of(caller)


@router.get("/accounts/reports/incomplete", response_model=list[IncompleteRow])
def report_incomplete(caller: ReadCaller, session: SessionDep, settings: SettingsDep,
                      include_closed: bool = False) -> list[IncompleteRow]:
    """Accounts not registered (报备), with a required field empty (POSTGUARD_ACCOUNT_REQUIRED_FIELDS) or with
    inconsistent dates; closed accounts only with ``include_closed``."""
    return reports.incomplete(session=session, required=settings.account_required, include_closed=include_closed)


@router.get("/accounts/reports/owners", response_model=list[OwnerRow])
def report_owners(caller: ReadCaller, session: SessionDep, settings: SettingsDep,
                  more_than: Annotated[int | None, Query(ge=0, le=10_000)] = None) -> list[OwnerRow]:
    """People (employee number, else name) running more than ``more_than`` open accounts (default
    POSTGUARD_ACCOUNT_OWNER_LIMIT), most first."""
    limit = settings.account_owner_limit if more_than is None else more_than
    return reports.owners_over(session=session, more_than=limit)


@router.get("/accounts/reports/unregistered", response_model=list[UnregisteredRow])
def report_unregistered(caller: ReadCaller, session: SessionDep, settings: SettingsDep,
                        since: DateTime | None = None, until: UntilDateTime | None = None,
                        limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[UnregisteredRow]:
    """Account ids carried by checks or mentions in the range that the archive does not hold, busiest first:
    accounts publishing without being registered."""
    zone = settings.tzinfo
    return reports.unregistered(session=session, since=in_zone(since, zone, name="since"),
                                until=in_zone(until, zone, name="until"), limit=limit)


@router.get("/accounts/reports/falling", response_model=list[FallingRow])
def report_falling(caller: ReadCaller, session: SessionDep, settings: SettingsDep,
                   until: UntilDateTime | None = None, weeks: Annotated[int, Query(ge=2, le=26)] = 4,
                   min_checks: Annotated[int, Query(ge=1, le=10_000)] = 3,
                   min_drop: Annotated[float, Query(ge=0, le=1)] = 0.1) -> list[FallingRow]:
    """Accounts whose 合规率 (publish checks) in the latest 7 days before ``until`` (default now) is at least
    ``min_drop`` below the 7 days before, both with ``min_checks`` checks or more; with the weekly series."""
    zone = settings.tzinfo
    end: datetime = in_zone(until, zone, name="until") or utcnow()
    return reports.falling(session=session, weeks=weeks, until=end, zone=zone, min_checks=min_checks,
                           min_drop=min_drop)


@router.post("/accounts/import", response_model=ImportReport)
async def import_file(body: AccountImport, request: Request, caller: AdminCaller, session: SessionDep,
                      settings: SettingsDep) -> ImportReport:
    """Create or update accounts from a CSV or XLSX account list (columns in English or Chinese: 平台, 账号,
    负责人, 工号, 分支机构, 联系方式, 报备状态 ...). Every row is checked on its own: rows with errors are
    reported by row number and skipped, the others stored. ``dry_run`` reports without storing."""
    actor, policy = _actor(request, caller), archive_policy(settings)

    def run() -> ImportReport:
        table = read_table(body.format, decode_upload(body.format, body.data))
        report = import_accounts(session=session, table=table, actor=actor, policy=policy, dry_run=body.dry_run)
        session.commit()
        return report

    return await run_in_threadpool(run)


@router.post("/accounts", response_model=AccountRead, status_code=201)
def create(body: AccountCreate, request: Request, caller: AdminCaller, session: SessionDep,
           settings: SettingsDep) -> AccountRead:
    """Register an account; its id (default ``<platform>:<handle>``) is what posts send as ``account.id``.
    409 when the id, or the platform and handle, are already archived."""
    policy = archive_policy(settings)
    account = service.create_account(session=session, data=body, actor=_actor(request, caller), policy=policy)
    session.commit()
    return service.read(account, policy)


@router.get("/accounts", response_model=AccountPage)
def list_accounts(caller: ReadCaller, session: SessionDep, settings: SettingsDep, platform: Channel | None = None,
                  status: AccountStatus | None = None, registration: Registration | None = None,
                  branch: Annotated[str | None, Query(max_length=200)] = None,
                  owner: Annotated[str | None, Query(max_length=100, description="employee number or name")] = None,
                  contact: Annotated[str | None, Query(max_length=100,
                                                       description="a phone or e-mail: matched by keyed hash")] = None,
                  q: Annotated[str | None, Query(max_length=100, description="part of the id, handle or name")] = None,
                  cursor: Annotated[str | None, Query(max_length=200, description="a next_cursor")] = None,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100) -> AccountPage:
    """Archived accounts by id, filtered; each with the required fields it lacks."""
    policy = archive_policy(settings)
    rows, nxt = service.list_accounts(
        session=session, policy=policy, platform=platform.value if platform else None,
        status=status.value if status else None, registration=registration.value if registration else None,
        branch=branch, owner=owner, contact=contact, q=q, cursor=cursor, limit=limit)
    return AccountPage(items=[service.read(a, policy) for a in rows], next_cursor=nxt)


@router.get("/accounts/{account_id}", response_model=AccountRead)
def get(account_id: AccountId, caller: ReadCaller, session: SessionDep, settings: SettingsDep) -> AccountRead:
    """One archived account, with what its record lacks."""
    return service.read(service.get_account(session=session, account_id=account_id), archive_policy(settings))


@router.patch("/accounts/{account_id}", response_model=AccountRead)
def update(account_id: AccountId, body: AccountUpdate, request: Request, caller: AdminCaller, session: SessionDep,
           settings: SettingsDep) -> AccountRead:
    """Change the fields sent (null clears an optional one); the change is an audit event naming the fields."""
    policy = archive_policy(settings)
    account = service.update_account(session=session, account_id=account_id, data=body,
                                     actor=_actor(request, caller), policy=policy)
    session.commit()
    return service.read(account, policy)


@router.delete("/accounts/{account_id}", response_model=AccountRead)
def delete(account_id: AccountId, request: Request, caller: AdminCaller, session: SessionDep,
           settings: SettingsDep) -> AccountRead:
    """Remove a record entered by mistake and answer it as it was (an account that stops is closed instead:
    PATCH status closed)."""
    policy = archive_policy(settings)
    gone = service.read(service.get_account(session=session, account_id=account_id), policy)
    service.delete_account(session=session, account_id=account_id, actor=_actor(request, caller))
    session.commit()
    return gone
