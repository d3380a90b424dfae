"""A signed, expiring cache of verified API keys, shared by the worker processes of one host.

Why: while the database is down, a worker cannot look keys up. Each successful database verification writes a small
signed file here (one per key hash); during an outage any worker on the host accepts a key whose file is valid,
unexpired (verified within ``grace_seconds``) and not tombstoned. Revoking a key through this host (API or CLI)
tombstones it at once; on other hosts a revocation takes effect at their next database lookup (at most the
in-process cache time while the database is up).

Files hold the key's id, owner, scopes and rate limit (never the key itself) and an HMAC-SHA256 over them, so a file
copied or edited by someone without the secret is ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

SECRET_FILE = ".secret"
REVOKED = "revoked"  # lookup() result for a key tombstoned on this host


@dataclass(frozen=True, slots=True)
class CachedKey:
    key_id: str
    owner: str
    scopes: tuple[str, ...]
    rate: int
    verified_at: float


class SharedKeyCache:
    def __init__(self, directory: Path, *, grace_seconds: float, secret: bytes | None = None) -> None:
        self.dir = directory
        self.grace = grace_seconds
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._secret = secret or self._host_secret()

    def _host_secret(self) -> bytes:
        path = self.dir / SECRET_FILE
        with contextlib.suppress(FileExistsError):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
        return path.read_text().strip().encode()

    def _sign(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def _path(self, digest: str) -> Path:
        if not digest.isalnum():  # a key hash is hex; never let a name walk out of the directory
            raise ValueError("bad key digest")
        return self.dir / f"{digest}.json"

    def remember(self, digest: str, key: CachedKey) -> None:
        body = json.dumps({"digest": digest, "key_id": key.key_id, "owner": key.owner, "scopes": list(key.scopes),
                           "rate": key.rate, "verified_at": key.verified_at}, sort_keys=True)
        self._write(digest, {"body": body, "sig": self._sign(body.encode())})

    def revoke(self, digest: str) -> None:
        body = json.dumps({"digest": digest, "revoked_at": time.time()}, sort_keys=True)
        self._write(digest, {"body": body, "sig": self._sign(body.encode())})

    def forget(self, digest: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(digest).unlink()

    def lookup(self, digest: str, now: float | None = None) -> CachedKey | str | None:
        """The cached key if its file is genuine, for this digest and verified within the grace; REVOKED if it was
        revoked through this host; else None."""
        try:
            raw = json.loads(self._path(digest).read_text())
            body = str(raw["body"])
            if not hmac.compare_digest(self._sign(body.encode()), str(raw["sig"])):
                return None
            data = json.loads(body)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if data.get("digest") != digest:
            return None
        if "revoked_at" in data:
            return REVOKED
        key = CachedKey(str(data["key_id"]), str(data["owner"]), tuple(data["scopes"]), int(data["rate"]),
                        float(data["verified_at"]))
        if (now if now is not None else time.time()) - key.verified_at > self.grace:
            return None
        return key

    def _write(self, digest: str, obj: dict[str, str]) -> None:
        path = self._path(digest)
        tmp = path.with_suffix(f".{os.getpid()}.{secrets.token_hex(4)}.tmp")
        tmp.write_text(json.dumps(obj))
        os.replace(tmp, path)  # atomic: a reader sees the old file or the new one
