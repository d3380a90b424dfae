"""The account archive: create, read, update, delete and list accounts; completeness; the contact's storage.

Every change is also an audit event (account.create / account.update / account.delete) naming the fields that
changed, never their values: the log is append-only and the contact is personal information.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.detectors.pii.masking import mask_value
from app.errors import Conflict, NotFound
from app.models import Account
from app.models.base import utcnow
from app.schemas.accounts import AccountCreate, AccountRead, AccountUpdate
from app.services.audit import append_events, new_event

EDITABLE = ("platform", "handle", "display_name", "owner_employee_id", "owner_name", "branch", "contact",
            "registration_status", "registered_on", "opened_on", "closed_on", "status", "notes")
_ID_UNSAFE = re.compile(r"[\s\x1c-\x1f\x85/]+")


@dataclass(frozen=True, slots=True)
class ArchivePolicy:
    store: str  # none | redacted | full (POSTGUARD_STORE_TEXT): what is kept of the contact
    hash_key: str  # keys the contact's hash; empty = no hash
    required: tuple[str, ...]  # fields a complete record fills


def contact_key(value: str) -> str:
    """The contact as compared: lower case, no spaces or dashes, no +86 (138-1234-5678 is 13812345678)."""
    key = re.sub(r"[\s\-()（）]", "", value).lower()
    return key[3:] if key.startswith("+86") else key


def stored_contact(value: str | None, policy: ArchivePolicy) -> tuple[str | None, str | None, str | None]:
    """(what is kept, its keyed hash, the policy applied) for a contact as given."""
    if value is None or not value.strip():
        return None, None, None
    value = value.strip()
    digest = (hmac.new(policy.hash_key.encode(), b"contact:" + contact_key(value).encode(), hashlib.sha256)
              .hexdigest() if policy.hash_key else None)
    if policy.store == "full":
        return value, digest, "full"
    if policy.store == "none":
        return None, digest, "none"
    return mask_contact(value), digest, "redacted"


def mask_contact(value: str) -> str:
    """138****5678 for a phone, l*********@163.com for an e-mail, the first and last characters otherwise."""
    if "@" in value:
        return mask_value("pii_email", value)
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7 and len(digits) >= len(value) // 2:
        return mask_value("pii_phone", value)
    if len(value) <= 2:
        return "*" * len(value)
    return value[0] + "*" * (len(value) - 2) + value[-1]


def completeness(account: Account, required: Sequence[str]) -> tuple[list[str], list[str]]:
    """(required fields left empty, inconsistencies) of one record."""
    missing = [name for name in required if getattr(account, name, None) in (None, "")]
    problems = []
    if account.closed_on is not None and account.opened_on is not None and account.closed_on < account.opened_on:
        problems.append("closed_on is before opened_on")
    if account.status == "closed" and account.closed_on is None:
        missing.append("closed_on")
    if account.status != "closed" and account.closed_on is not None:
        problems.append(f"closed_on is set but the status is {account.status}")
    if account.registration_status == "registered" and account.registered_on is None and \
            "registered_on" not in missing:
        missing.append("registered_on")
    return missing, problems


def read(account: Account, policy: ArchivePolicy) -> AccountRead:
    missing, problems = completeness(account, policy.required)
    out = AccountRead.model_validate(account)
    return out.model_copy(update={"missing": missing, "problems": problems,
                                  "complete": not missing and not problems
                                  and account.registration_status == "registered"})


def default_id(platform: str, handle: str) -> str:
    return f"{platform}:{_ID_UNSAFE.sub('_', handle.strip())}"[:200]


def _audit(session: Session, kind: str, account_id: str, actor: str, fields: Iterable[str]) -> None:
    append_events(session, [new_event(kind, actor=actor[:200], account_id=account_id,
                                      payload=json.dumps({"fields": sorted(fields)}, ensure_ascii=False))])


def _apply(account: Account, values: dict[str, Any], policy: ArchivePolicy) -> list[str]:
    """Set ``values`` on ``account``; the names of the fields that changed."""
    changed = []
    for name, value in values.items():
        if name == "contact":
            stored, digest, applied = stored_contact(value, policy)
            if digest == account.contact_hash and (digest is not None or stored == account.contact):
                continue
            account.contact, account.contact_hash, account.contact_policy = stored, digest, applied
            changed.append(name)
            continue
        if hasattr(value, "value"):  # enums are stored as their codes
            value = value.value
        if name == "notes" and value is None:
            value = ""
        if getattr(account, name) != value:
            setattr(account, name, value)
            changed.append(name)
    return changed


def _taken(session: Session, platform: str, handle: str, but: str | None = None) -> Account | None:
    query = select(Account).where(Account.platform == platform, Account.handle == handle)
    if but is not None:
        query = query.where(Account.id != but)
    return session.scalars(query).first()


def create_account(*, session: Session, data: AccountCreate, actor: str, policy: ArchivePolicy) -> Account:
    """A new record (409 when its id or its platform and handle are taken); the caller commits."""
    account_id = data.id or default_id(data.platform.value, data.handle)
    if session.get(Account, account_id) is not None:
        raise Conflict(f"account {account_id!r} is already in the archive")
    if (other := _taken(session, data.platform.value, data.handle)) is not None:
        raise Conflict(f"{data.platform.value} account {data.handle!r} is already archived as {other.id!r}")
    now = utcnow()
    account = Account(id=account_id, platform=data.platform.value, handle=data.handle, registration_status="pending",
                      status="active", notes="", created_at=now, updated_at=now, updated_by=actor[:200])
    values = data.model_dump(exclude={"id", "platform", "handle"}, exclude_none=True)
    _apply(account, values, policy)
    session.add(account)
    session.flush()
    _audit(session, "account.create", account_id, actor, ["platform", "handle", *values])
    return account


def get_account(*, session: Session, account_id: str) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFound(f"no account {account_id!r} in the archive")
    return account


def update_account(*, session: Session, account_id: str, data: AccountUpdate, actor: str,
                   policy: ArchivePolicy) -> Account:
    """Change the fields sent (null clears one); 404 unknown, 409 when the new platform and handle are taken."""
    account = get_account(session=session, account_id=account_id)
    values = data.model_dump(exclude_unset=True)
    for required in ("platform", "handle", "registration_status", "status"):
        if required in values and values[required] is None:
            values.pop(required)  # these cannot be empty: null leaves them as they are
    platform = getattr(values.get("platform"), "value", values.get("platform")) or account.platform
    handle = values.get("handle") or account.handle
    if (platform, handle) != (account.platform, account.handle) and \
            (other := _taken(session, platform, handle, but=account.id)) is not None:
        raise Conflict(f"{platform} account {handle!r} is already archived as {other.id!r}")
    changed = _apply(account, values, policy)
    if changed:
        account.updated_at, account.updated_by = utcnow(), actor[:200]
        session.flush()
        _audit(session, "account.update", account.id, actor, changed)
    return account


def delete_account(*, session: Session, account_id: str, actor: str) -> None:
    """Remove a record entered by mistake (an account that stops is closed instead, and keeps its history)."""
    account = get_account(session=session, account_id=account_id)
    session.delete(account)
    session.flush()
    _audit(session, "account.delete", account_id, actor, [])


def list_accounts(*, session: Session, policy: ArchivePolicy, platform: str | None = None,
                  status: str | None = None, registration: str | None = None, branch: str | None = None,
                  owner: str | None = None, contact: str | None = None, q: str | None = None,
                  cursor: str | None = None, limit: int = 100) -> tuple[list[Account], str | None]:
    """Accounts ordered by id, filtered; ``contact`` matches by keyed hash (the same contact, however stored)."""
    query = select(Account)
    if platform:
        query = query.where(Account.platform == platform)
    if status:
        query = query.where(Account.status == status)
    if registration:
        query = query.where(Account.registration_status == registration)
    if branch:
        query = query.where(Account.branch == branch)
    if owner:
        query = query.where(or_(Account.owner_employee_id == owner, Account.owner_name == owner))
    if contact:
        digest = stored_contact(contact, policy)[1]
        query = query.where(Account.contact_hash == digest) if digest else query.where(Account.contact == contact)
    if q:
        like = f"%{q.replace('%', '').replace('_', '')}%"
        query = query.where(or_(Account.id.like(like), Account.handle.like(like), Account.display_name.like(like)))
    if cursor:
        query = query.where(Account.id > cursor)
    rows = list(session.scalars(query.order_by(Account.id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, rows[-1].id if more and rows else None
