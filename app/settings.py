"""Service configuration: one Settings object, read from POSTGUARD_* environment variables.

Never read at import time: ``create_app(settings)`` receives it, and tests build their own.
Every setting is documented in docs/configuration.md.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POSTGUARD_", env_file=None, extra="ignore")

    database_url: str = Field(
        default="sqlite:///./postguard.db",
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
    store_text: Literal["none", "redacted", "full"] = Field(
        default="redacted", description="what the audit log keeps of each checked text"
    )
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR (probe and scrape lines: DEBUG)")
    log_json: bool = Field(default=True, description="structured JSON logs (never with content)")
    auth: bool = Field(default=True, description="require API keys (turn off only for local experiments)")
    ruleset_poll_seconds: float = Field(default=2.0, gt=0, description="how often workers look for a new version")
    spool_dir: Path = Field(default=Path("./var/spool"), description="durable audit spool used while the DB is down")
    rate_limit_per_minute: int = Field(default=600, ge=1, description="per API key, unless the key sets its own")
    audit_hmac_key: SecretStr = Field(default=SecretStr(""), description="signs audit retention checkpoints")
    audit_retention_days: int | None = Field(default=None, ge=1, description="`postguard audit prune` default age")
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


    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r}; use an IANA name such as Asia/Shanghai") from exc
        return v

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
