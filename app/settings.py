"""Service configuration: one Settings object, read from POSTGUARD_* environment variables.

Never read at import time: ``create_app(settings)`` receives it, and tests build their own.
Every setting is documented in docs/configuration.md.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.zones import valid_zone


def user_data_dir() -> Path:
    """Where the embedded SQLite database and the spool live by default: the same place whatever the working
    directory, so a CLI command run elsewhere never creates a second, empty database ($XDG_DATA_HOME/postguard)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "postguard"


# Fields an archive record may be required to fill (app/services/accounts.py).
REQUIRABLE = ("display_name", "owner_employee_id", "owner_name", "branch", "contact", "opened_on", "registered_on")


def _sqlite_default(data: dict[str, Any]) -> str:
    return f"sqlite:///{Path(data['data_dir']).resolve() / 'postguard.db'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POSTGUARD_", env_file=None, extra="ignore")

    data_dir: Path = Field(
        default_factory=user_data_dir, json_schema_extra={"doc_default": "$XDG_DATA_HOME/postguard"},
        description="the default home of the SQLite database and the spool (~/.local/share/postguard)",
    )
    database_url: str = Field(
        default_factory=_sqlite_default, json_schema_extra={"doc_default": "sqlite:///<data_dir>/postguard.db"},
        description="SQLAlchemy URL (sqlite:///path or postgresql+psycopg://…); empty = no database (auth off only)",
    )
    ruleset_file: Path | None = Field(
        default=None, description="serve this ruleset file/pack directory instead of the database's published one"
    )
    max_text_chars: int = Field(default=50_000, ge=1, description="longest text field accepted, in characters")
    max_body_bytes: int = Field(default=2_000_000, ge=1024, description="largest request body accepted (413 above)")
    body_timeout_seconds: float = Field(
        default=30.0, gt=0, description="a request body must arrive within this many seconds (408 after: slow clients)"
    )
    batch_limit: int = Field(default=100, ge=1, le=1000, description="most posts in one batch request")
    max_images: int = Field(default=9, ge=0, le=100, description="most images in one post (422 too_many_images)")
    max_image_bytes: int = Field(
        default=10_000_000, ge=1024, description="largest image accepted, in bytes (after base64): 413 image_too_large"
    )
    max_image_pixels: int = Field(
        default=40_000_000, ge=1,
        description="most pixels (width × height) in one image; more, or a decompression bomb, is 413 "
        "image_too_many_pixels (a 1242 × 20,000 long screenshot is 25 M)",
    )
    max_image_body_bytes: int = Field(
        default=40_000_000, ge=1024,
        description="largest body of the requests that may carry images (POST /v1/check, /v1/check/upload); "
        "every other request keeps max_body_bytes",
    )
    ocr_timeout_seconds: float = Field(
        default=20.0, gt=0,
        description="time the OCR stage may take for all the images of one post; past it the post's text is still "
        "checked and `ocr` is listed in `degraded`",
    )
    ocr_workers: int = Field(
        default=1, ge=1, le=32, description="OCR processes per service worker (each holds the OCR model, ~200 MB)"
    )
    require_ocr: bool = Field(
        default=False,
        description="refuse to start when the OCR backend (the `ocr` extra) is missing, instead of answering posts "
        "with images with `ocr` in `degraded`",
    )
    store_text: Literal["none", "redacted", "full"] = Field(
        default="redacted", description="what the audit log keeps of each checked text"
    )
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR (probe and scrape lines: DEBUG)")
    log_json: bool = Field(default=True, description="structured JSON logs (never with content)")
    auth: bool = Field(default=True, description="require API keys (turn off only for local experiments)")
    ruleset_poll_seconds: float = Field(default=2.0, gt=0, description="how often workers look for a new version")
    ruleset_impact_sample: int = Field(
        default=200, ge=0, le=5000, description="archived posts re-checked to show a publish's impact (0 = none)"
    )
    ruleset_confirm_share: float = Field(
        default=0.05, ge=0, le=1,
        description="publishing a version that changes more than this share of those verdicts needs a confirmation",
    )
    spool_dir: Path = Field(
        default_factory=lambda data: Path(data["data_dir"]) / "spool",
        json_schema_extra={"doc_default": "<data_dir>/spool"},
        description="durable audit spool used while the DB is down",
    )
    rate_limit_per_minute: int = Field(default=600, ge=1, description="per API key, unless the key sets its own")
    rate_limit_storage: str = Field(
        default="database",
        description="where request counts live, shared by workers and replicas: `database` (the service database), "
        "a `redis://` URL, or `memory` (per process: tests only)",
    )
    auth_failures_per_minute: int = Field(
        default=30, ge=1, description="failed authentications a client (IP) may make per minute before 429"
    )
    auth_outage_grace_seconds: float = Field(
        default=900.0, ge=0,
        description="during a database outage, keys verified on this host within this long keep working (0 = none)",
    )
    cache_dir: str | None = Field(
        default=None, json_schema_extra={"doc_default": "$XDG_CACHE_HOME/postguard"},
        description="derived tables kept between starts (jieba, pinyin and normalisation tables, lexicon indexes, "
        "the claim model's arrays, the packaged pack's document: app/cachedir.py); empty = none. Read straight from "
        "the environment by the model loaders",
    )
    key_cache_dir: Path | None = Field(
        default=None, description="signed cache of verified keys shared by this host's workers (default: "
        "`keycache` beside the spool directory)"
    )

    @property
    def key_cache_path(self) -> Path:
        return self.key_cache_dir or self.spool_dir.parent / "keycache"
    audit_hmac_key: SecretStr = Field(
        default=SecretStr(""),
        description="anchors the audit chain (HMAC on every event and checkpoint); keep it out of the database",
    )
    audit_hmac_key_file: Path | None = Field(
        default=None, description="read the audit HMAC key from this file instead (a mounted secret)"
    )
    audit_checkpoint_file: Path | None = Field(
        default=None,
        description="append-only file for signed chain-head checkpoints, outside the database's reach; empty = none",
    )
    audit_checkpoint_seconds: float = Field(
        default=60.0, gt=0, description="how often each worker appends a chain-head checkpoint (when the head moved)"
    )
    audit_retention_days: int | None = Field(default=None, ge=1, description="`postguard audit prune` default age")
    check_concurrency: int = Field(
        default=1, ge=1, le=512,
        description="checks that compute at once per worker process; the rest wait their turn (their audit "
        "writes and OCR still overlap). Detectors are Python code under one GIL: more at once only thrash it",
    )
    detector_workers: int = Field(
        default=64, ge=1, le=512,
        description="threads per worker process that run detectors (each request in flight uses one per "
        "detector; a hung detector holds its thread until it returns)",
    )
    latency_budget_ms: float = Field(default=250.0, gt=0, description="p99 target, used by load tests and alerts")
    metrics_require_key: bool = Field(
        default=False, description="GET /metrics needs an API key with the read scope (default: open, no content)"
    )
    alert_webhook_url: str = Field(default="", description="incident webhook (HTTP POST); empty = no webhook")
    alert_webhook_secret: SecretStr = Field(
        default=SecretStr(""), description="HMAC-SHA256 key signing each webhook body (X-Postguard-Signature)"
    )
    alert_webhook_timeout_seconds: float = Field(default=5.0, gt=0, description="per delivery attempt")
    alert_webhook_max_attempts: int = Field(default=8, ge=1, le=50, description="then the delivery is failed")
    alert_webhook_backoff_seconds: float = Field(default=5.0, gt=0, description="first retry delay; doubles")
    alert_webhook_backoff_max_seconds: float = Field(default=900.0, gt=0, description="longest retry delay")
    incident_target_minutes: int = Field(
        default=120, ge=1, description="负面舆情处理及时率 target: open -> resolved (an alert rule may override)"
    )
    timezone: str = Field(
        default="Asia/Shanghai",
        description="IANA zone for dates and zone-less times in query parameters and for per-day figures in /v1/stats",
    )
    mention_hash_key: SecretStr = Field(
        default=SecretStr(""), description="keys the hash of mention author handles (else audit_hmac_key)"
    )

    account_required_fields: str = Field(
        default="display_name,owner_employee_id,owner_name,branch,contact,opened_on",
        description="comma-separated fields a complete archive record fills (display_name, owner_employee_id, "
        "owner_name, branch, contact, opened_on, registered_on)",
    )
    account_owner_limit: int = Field(
        default=3, ge=1, description="the owners report lists people running more than this many open accounts",
    )

    @field_validator("account_required_fields")
    @classmethod
    def _required(cls, v: str) -> str:
        names = [n.strip() for n in v.split(",") if n.strip()]
        if unknown := sorted(set(names) - set(REQUIRABLE)):
            raise ValueError(f"unknown account field(s) {unknown}; choose from {', '.join(REQUIRABLE)}")
        return ",".join(names)

    @property
    def account_required(self) -> tuple[str, ...]:
        return tuple(n for n in self.account_required_fields.split(",") if n)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        return valid_zone(v)

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def audit_key_of(settings: Settings) -> str:
    """The audit HMAC key: POSTGUARD_AUDIT_HMAC_KEY, else the contents of POSTGUARD_AUDIT_HMAC_KEY_FILE, else ""."""
    key = settings.audit_hmac_key.get_secret_value()
    if not key and settings.audit_hmac_key_file is not None:
        key = settings.audit_hmac_key_file.read_text(encoding="utf-8").strip()
    return key


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
