"""The PII finder: customers' personal information in a post, validated and located.

Structured identifiers (resident ID, bank card, phone, email, passport/permit, policy and claim
numbers, licence plates) are found in a one-to-one "digit view" of each field, so full-width digits, Chinese
numerals and grouped digits need no offset map. Names come from an NER backend combined with
context cues; addresses and health information from rules in pii.yaml. The account owner's own
name and phone, masked values and company hotlines are compliant and not reported.
"""

from __future__ import annotations

import threading
from typing import Any

from app.deadline import checkpoint
from app.detectors.base import DetectContext, Finding, Post
from app.detectors.pii.address import find_addresses
from app.detectors.pii.config import PiiConfig
from app.detectors.pii.emails import find_emails
from app.detectors.pii.health import find_health
from app.detectors.pii.hits import Hit, overlaps
from app.detectors.pii.masking import mask_value
from app.detectors.pii.names import find_names
from app.detectors.pii.ner import NerBackend, make_backend
from app.detectors.pii.numbers import find_numbers, find_travel_documents
from app.detectors.pii.numerals import digit_view
from app.detectors.pii.plates import find_plates
from app.detectors.pii.policy import find_policy_numbers
from app.detectors.pii.spaced import spaced_names
from app.detectors.pii.tables import load_tables
from app.taxonomy import PII_CATEGORIES, Category

__all__ = ["PiiDetector"]


class PiiDetector:
    """Finds third-party personal information (the ``pii_*`` categories)."""

    name = "pii"
    version = "0.1.0"
    categories: frozenset[str] = frozenset(c.value for c in PII_CATEGORIES)

    def __init__(self, ner: NerBackend | None = None) -> None:
        self._fixed_ner = ner
        self._backends: dict[tuple[str, str], NerBackend | None] = {}
        self._configs: dict[str, PiiConfig] = {}
        self._lock = threading.Lock()

    def load(self) -> None:
        load_tables()
        from app.ruleset import load_default_ruleset

        backend = self._backend(self._config_for(load_default_ruleset().checksum, load_default_ruleset()))
        if backend is not None:
            backend.load()
        # One short post through every finder builds the lazy parts (word frequencies, the disease
        # vocabulary's automata), so the first request stays inside the detector deadline.
        warm = Post(text="客户王小明，确诊肺腺癌，电话13912345678")
        self.detect(warm, DetectContext(ruleset=load_default_ruleset(), post=warm))

    def _config_for(self, checksum: str, ruleset: Any) -> PiiConfig:
        cfg = self._configs.get(checksum)
        if cfg is None:
            cfg = PiiConfig.model_validate(ruleset.detector_config(self.name))
            self._configs[checksum] = cfg
        return cfg

    def _backend(self, cfg: PiiConfig) -> NerBackend | None:
        if self._fixed_ner is not None:
            return self._fixed_ner
        key = (cfg.ner.backend, cfg.ner.model_path)
        with self._lock:
            if key not in self._backends:
                self._backends[key] = make_backend(cfg.ner.backend, cfg.ner.model_path, load_tables().surnames)
            return self._backends[key]

    def inline_for(self, ctx: DetectContext) -> bool:
        """On the calling thread unless the name model runs outside Python (HanLP on torch): a call there
        cannot stop at a checkpoint, and only the pool's bounded wait keeps it from holding the request."""
        backend = self._backend(self._config_for(ctx.ruleset.checksum, ctx.ruleset))
        return backend is None or getattr(backend, "pure_python", False) is True

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]:
        cfg = self._config_for(ctx.ruleset.checksum, ctx.ruleset)
        findings: list[Finding] = []
        for field, text in post.fields():
            checkpoint()  # past the engine's deadline: stop here (app/deadline.py)
            hits = self._field_hits(text, post, cfg)
            findings.extend(_to_finding(h, text, field, cfg) for h in hits)
        return findings

    def _field_hits(self, text: str, post: Post, cfg: PiiConfig) -> list[Hit]:
        tables = load_tables()
        view = digit_view(text)
        hits = find_policy_numbers(view, cfg)
        numbers = [
            h
            for h in find_numbers(view, cfg, tables, post.account.owner_phone)
            if h.category is Category.PII_ID_CARD or not any(overlaps(h, p) for p in hits)
        ]
        hits = [p for p in hits if not any(overlaps(p, n) for n in numbers)] + numbers
        hits += find_travel_documents(view, cfg, hits)
        checkpoint()
        hits += [e for e in find_emails(view, cfg) if not any(overlaps(e, h) for h in hits)]
        backend, owner = self._backend(cfg), post.account.owner_name
        names = find_names(text, view, cfg, tables, backend, owner, hits)
        names += [
            s
            for s in spaced_names(text, hits, lambda t, a: find_names(t, t, cfg, tables, backend, owner, a))
            if not any(overlaps(s, n) for n in names)
        ]
        checkpoint()
        addresses = find_addresses(text, cfg, tables)
        hits += [n for n in names if not any(overlaps(n, a) for a in addresses)] + addresses
        checkpoint()
        hits += find_health(text, cfg, hits)
        checkpoint()
        # After health on purpose: a plate is not an anchor for a diagnosis (health.py) nor for a name.
        hits += [p for p in find_plates(view, cfg) if not any(overlaps(p, h) for h in hits)]
        return sorted(hits, key=lambda h: (h.start, h.end))


def _to_finding(hit: Hit, text: str, field: str, cfg: PiiConfig) -> Finding:
    surface = text[hit.start : hit.end]
    about = cfg.categories[hit.category]
    return Finding(
        category=hit.category.value,
        start=hit.start,
        end=hit.end,
        text=surface,
        detector=PiiDetector.name,
        rule_id=f"pii.{hit.rule_id}",
        severity=about.severity,
        message=about.message,
        basis=about.basis,
        suggestion=about.suggestion.replace("{masked}", mask_value(hit.category, surface)),
        score=hit.score,
        field=field,
        evidence=hit.evidence,
    )
