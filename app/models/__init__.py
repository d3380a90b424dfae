"""SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from __future__ import annotations

from app.models.accounts import Account, AccountActivity, PostMetrics
from app.models.audit import AuditEvent, ChainHead, Checkpoint, Review
from app.models.base import Base
from app.models.keys import ApiKey
from app.models.mentions import Incident, IncidentEvent, Mention, WebhookDelivery
from app.models.ratelimit import RateCounter
from app.models.rulesets import Counter, RulesetVersion
from app.models.users import User, UserSession

__all__ = [
    "Account", "AccountActivity", "ApiKey", "AuditEvent", "Base", "ChainHead", "Checkpoint", "Counter", "Incident",
    "IncidentEvent", "Mention",
    "PostMetrics", "RateCounter", "Review", "RulesetVersion", "User", "UserSession", "WebhookDelivery",
]
