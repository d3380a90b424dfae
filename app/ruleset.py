"""The ruleset: every rule, threshold and policy the engine applies, as validated data.

A ruleset is a document (YAML or JSON). The packaged default lives in app/rules/default/ as
``pack.yaml`` plus one file of lexicon rules per category (lexicon/*.yaml) and one file of settings
per detector (detectors/<name>.yaml); ``load_default_ruleset`` merges them.
The pydantic models below are the schema; app/rules/schema.json is generated from them
(``python -m app.ruleset > app/rules/schema.json``) and a test keeps the two in sync.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, field_validator, model_serializer

from app.brand_rules import BrandSection, CatalogueSection
from app.readings import Readings, shared_readings
from app.taxonomy import Category, Severity, Verdict


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Examples(_Strict):
    hit: list[str] = Field(default_factory=list, description="texts this rule must flag")
    miss: list[str] = Field(default_factory=list, description="texts this rule must not flag")


class Cooccur(_Strict):
    """Two term lists whose members occur within ``window`` characters of each other."""

    first: list[str] = Field(min_length=1)
    second: list[str] = Field(min_length=1)
    window: int = Field(default=8, ge=1, le=200)
    ordered: bool = Field(default=True, description="first must precede second")


class LexiconRule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_.\-]+$")
    category: Category
    severity: Severity
    terms: list[str] = Field(default_factory=list, description="literal terms (matched after normalisation)")
    pattern: str | None = Field(default=None, description="RE2 regular expression (linear time)")
    cooccur: Cooccur | None = None
    allow: list[str] = Field(
        default_factory=list, description="longer legitimate phrases: a hit inside one is dropped"
    )
    negatable: bool = Field(default=True, description="a negation cue just before the hit cancels it")
    channels: list[str] = Field(default_factory=list, description="channels it applies to; empty = all")
    message: str
    basis: str
    suggestion: str
    examples: Examples = Field(default_factory=Examples)

    @field_validator("terms", "allow")
    @classmethod
    def _no_blank(cls, v: list[str]) -> list[str]:
        if any(not t.strip() for t in v):
            raise ValueError("blank term")
        return v

    def kind(self) -> Literal["terms", "pattern", "cooccur"]:
        kinds = [k for k, present in (("terms", bool(self.terms)), ("pattern", self.pattern is not None),
                                       ("cooccur", self.cooccur is not None)) if present]
        if len(kinds) != 1:
            raise ValueError(f"rule {self.id}: exactly one of terms / pattern / cooccur, got {kinds}")
        return kinds[0]  # type: ignore[return-value]


class Negation(_Strict):
    prefixes: list[str] = Field(default_factory=list)
    window: int = Field(default=8, ge=0, le=30, description="characters before the hit searched for a longer cue")
    short_window: int = Field(
        default=2, ge=0, le=10, description="characters before the hit searched for a one-character cue (不, 非, 无)"
    )
    not_negation: list[str] = Field(
        default_factory=list, description="words that start with a cue but do not negate (不少, 不管, 非常)"
    )
    suffixes: list[str] = Field(default_factory=list, description="cues right after the hit (…是不存在的)")


class Education(_Strict):
    """Consumer-education framing: quoted or warned-against phrases are downgraded."""

    cue_words: list[str] = Field(default_factory=list)
    window: int = Field(default=10, ge=0, le=100)
    quotes: list[str] = Field(default_factory=lambda: ["“”", "「」", "『』", '""', "''", "《》"])
    quote_exempt_categories: list[Category] = Field(
        default_factory=list, description="categories a quotation does not excuse (a leaked 《内部手册》 title)"
    )
    downgrade_to: Severity = Severity.INFO


class LexiconSection(_Strict):
    negation: Negation = Field(default_factory=Negation)
    education: Education = Field(default_factory=Education)
    global_allow: list[str] = Field(default_factory=list, description="phrases never flagged by any rule")
    rules: list[LexiconRule] = Field(default_factory=list)


class Policy(_Strict):
    severity_verdict: dict[Severity, Verdict] = Field(
        default_factory=lambda: {
            Severity.HIGH: Verdict.BLOCK,
            Severity.MEDIUM: Verdict.REVIEW,
            Severity.LOW: Verdict.REVIEW,
            Severity.INFO: Verdict.PASS,
        }
    )
    category_verdict: dict[Category, dict[Severity, Verdict]] = Field(
        default_factory=dict, description="per-category overrides of severity_verdict"
    )
    on_detector_error: Literal["fail_closed", "fail_open"] = Field(
        default="fail_closed", description="fail_closed: a failed detector forces at least review"
    )
    detector_timeout_ms: int = Field(default=2000, ge=1)


class DetectorSettings(_Strict):
    enabled: bool = True
    content_types: list[str] = Field(default_factory=list, description="content types it runs on; empty = all")
    config: dict[str, Any] = Field(default_factory=dict, description="validated by the detector's own model")


class Coverage(_Strict):
    """What the ruleset deliberately leaves unchecked. Validation refuses a ruleset that leaves a taxonomy
    category without an enabled detector (or lexicon rule) unless the category is declared here."""

    not_checked: dict[Category, str] = Field(
        default_factory=dict, description="category -> why this ruleset does not check it (checked elsewhere, ...)"
    )

    @field_validator("not_checked")
    @classmethod
    def _reasons(cls, v: dict[Category, str]) -> dict[Category, str]:
        if blank := sorted(str(c) for c, why in v.items() if not why.strip()):
            raise ValueError(f"give a reason for each category not checked: {blank}")
        return v


class Evasion(_Strict):
    """Evasive spellings found by reading (app/readings.py), beyond the hand-made ``variants`` table."""

    readings: bool = Field(
        default=True, description="match every lexicon term and variant phrase by its pinyin reading"
    )
    homophone_min_chars: int = Field(
        default=4, ge=2, le=20, description="shortest phrase matched by CJK homophones alone (高手艺 is not 高收益)"
    )
    initials: list[str] = Field(
        default_factory=list, description="phrases whose pinyin initials also count (健康告知: jkgz, jk告知)"
    )
    homophones_anywhere: list[str] = Field(
        default_factory=list, max_length=50,
        description="phrases whose homophones may swap the first character too (饱本饱息) and, at three characters, "
        "one character (零疯险); keep it short: each adds root branches to the lexicon's automaton",
    )


class Ruleset(_Strict):
    name: str = Field(min_length=1, max_length=100)
    version: int = Field(default=0, ge=0, description="assigned by the database; 0 for the packaged pack")
    description: str = ""
    policy: Policy = Field(default_factory=Policy)
    detectors: dict[str, DetectorSettings] = Field(default_factory=dict)
    variants: dict[str, list[str]] = Field(
        default_factory=dict, description="canonical text -> evasive spellings (homophones, pinyin)"
    )
    lexicon: LexiconSection = Field(default_factory=LexiconSection)
    evasion: Evasion = Field(default_factory=Evasion)
    alerts: list[dict[str, Any]] = Field(default_factory=list, description="negative-opinion alert rules")
    coverage: Coverage = Field(default_factory=Coverage)
    brand: BrandSection = Field(
        default_factory=BrandSection,
        description="the company's names, slogans and logo wordings (brand_inconsistency; app/brand_rules.py)")
    catalogue: CatalogueSection = Field(
        default_factory=CatalogueSection,
        description="the approved products, their types and sales dates (unauthorized_product; the disclosure "
        "check reads each product's type)")

    @model_serializer(mode="wrap")
    def _omit_empty_coverage(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Rulesets that declare nothing keep the content and checksum they had before the field existed.
        data: dict[str, Any] = handler(self)
        if not self.coverage.not_checked:
            data.pop("coverage", None)
        if self.evasion == Evasion():  # likewise for the evasion section (added 2026-12-04) left at its defaults
            data.pop("evasion", None)
        for name in ("brand", "catalogue"):  # and the brand rules and catalogue (added 2026-12-05)
            if getattr(self, name).is_empty():
                data.pop(name, None)
        return data

    @field_validator("lexicon")
    @classmethod
    def _unique_ids(cls, v: LexiconSection) -> LexiconSection:
        seen: set[str] = set()
        for rule in v.rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id}")
            seen.add(rule.id)
            rule.kind()
        return v

    @cached_property
    def checksum(self) -> str:
        """SHA-256 of the canonical JSON content (version excluded)."""
        doc = self.model_dump(mode="json", exclude={"version"})
        return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    @cached_property
    def variant_table(self) -> tuple[tuple[str, str], ...]:
        """(variant, canonical) pairs, longest variant first, lower-cased like normalised text."""
        pairs = {(v.lower(), k) for k, vs in self.variants.items() for v in vs}
        return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))

    @cached_property
    def readings(self) -> Readings | None:
        """The phrases matched by reading: every variant phrase and lexicon term (None when off)."""
        if not self.evasion.readings:
            return None
        phrases = {*self.variants}
        for rule in self.lexicon.rules:
            phrases.update(rule.terms)
            if rule.cooccur is not None:
                phrases.update(rule.cooccur.first + rule.cooccur.second)
        return shared_readings(
            tuple(sorted(p.lower() for p in phrases if p)),
            tuple(sorted(self.evasion.initials)),
            self.evasion.homophone_min_chars,
        )

    def detector_config(self, name: str) -> dict[str, Any]:
        settings = self.detectors.get(name)
        return dict(settings.config) if settings else {}

    def with_version(self, version: int) -> Ruleset:
        return self.model_copy(update={"version": version})


# Rule documents come from admins over HTTP, from `postguard rules` and from POSTGUARD_RULESET_FILE. YAML
# anchors and aliases let 1 KB expand to gigabytes once something walks the document (a "billion laughs"),
# and nothing in a rule document needs them, so they are refused while parsing, before any walk.
MAX_DOCUMENT_BYTES = 10_000_000
MAX_DEPTH = 64


class _RuleDocumentLoader(yaml.SafeLoader):
    """SafeLoader without anchors and aliases, and with a nesting limit (deep nesting is a RecursionError)."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None, None, "YAML anchors and aliases (&, *) are not allowed in rule documents", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"the document nests deeper than {MAX_DEPTH} levels", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# The packaged pack is read at every start-up: libyaml's safe loader (PyYAML's C binding, when it is built with
# it) reads its 18 files in about 0.03 s where the pure-Python one above takes 0.25 s. Only for the packaged
# files, which are ours: rule documents from anyone else keep the checking loader. tests/test_ruleset.py
# checks that both loaders read every packaged file the same.
_PackagedLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str | bytes, *, packaged: bool = False) -> Any:
    """One YAML/JSON rule document: UTF-8, at most MAX_DOCUMENT_BYTES, no anchors or aliases (``packaged``: a
    file of the packaged pack, read by the fast loader).

    Raises ``yaml.YAMLError`` for bad or refused YAML and ``UnicodeDecodeError`` for bytes that are not UTF-8."""
    if len(text) > MAX_DOCUMENT_BYTES:  # characters or bytes: either way, far above any real pack (~0.3 MB)
        raise yaml.YAMLError(f"the document is larger than {MAX_DOCUMENT_BYTES:,} bytes")
    if isinstance(text, bytes):
        text = text.decode("utf-8")  # strict: YAML's own reader would guess an encoding from a BOM
    return yaml.load(text, Loader=_PackagedLoader if packaged else _RuleDocumentLoader)  # both SafeLoaders


def load_yaml_file(path: Path, *, packaged: bool = False) -> Any:
    return load_yaml(path.read_bytes(), packaged=packaged)


def parse_ruleset(document: str | bytes | dict[str, Any]) -> Ruleset:
    """Parse YAML/JSON text or a mapping into a validated ruleset (pydantic ValidationError on bad input)."""
    data = load_yaml(document) if isinstance(document, str | bytes) else document
    if not isinstance(data, dict):
        raise ValueError("a ruleset document must be a mapping")
    return Ruleset.model_validate(data)


def load_pack_dir(path: Path, *, packaged: bool = False) -> dict[str, Any]:
    """Merge pack.yaml, every lexicon/*.yaml (sorted), brand.yaml, catalogue.yaml and detectors/*.yaml of a pack
    directory into one document (``packaged``: the packaged pack, see _PackagedLoader and _packaged_pack)."""
    if packaged:
        return _packaged_pack(path)
    return _merged_pack(path, packaged=False)


def _packaged_pack(path: Path) -> dict[str, Any]:
    """The packaged pack's merged document, from the cache directory (app/cachedir.py) when it holds one for
    these files: a marshal of the document loads in a fraction of the 0.03-0.04 s that libyaml's parse and
    PyYAML's object construction of the 18 files take at every start. Keyed by every file under the directory
    (path and bytes), PyYAML's version and loader and Python's version; a missing, unreadable or foreign entry
    is read from the files again and stored (not stored if marshal cannot hold it, say a date)."""
    from app import cachedir

    if cachedir.cache_dir() is None:
        return _merged_pack(path, packaged=True)
    digest = hashlib.sha256(f"{yaml.__version__}|{_PackagedLoader.__name__}|{sys.version}".encode())
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(b"\0" + file.relative_to(path).as_posix().encode() + b"\0" + file.read_bytes())
    return cachedir.memo("pack-document", digest.hexdigest(), lambda: _merged_pack(path, packaged=True),
                         lambda value: isinstance(value, dict))


def _merged_pack(path: Path, *, packaged: bool) -> dict[str, Any]:
    doc: dict[str, Any] = load_yaml_file(path / "pack.yaml", packaged=packaged) or {}
    lexicon = doc.setdefault("lexicon", {})
    rules = lexicon.setdefault("rules", [])
    for part in sorted((path / "lexicon").glob("*.yaml")):
        extra = load_yaml_file(part, packaged=packaged) or {}
        rules.extend(extra.get("rules", []))
        for key, values in (extra.get("variants") or {}).items():
            doc.setdefault("variants", {}).setdefault(key, []).extend(values)
        if "evasion" in extra:
            doc["evasion"] = extra["evasion"]
    # brand.yaml and catalogue.yaml hold the brand rules and the product catalogue (app/brand_rules.py).
    for section in ("brand", "catalogue"):
        if (path / f"{section}.yaml").is_file():
            doc[section] = load_yaml_file(path / f"{section}.yaml", packaged=packaged) or {}
    # detectors/<name>.yaml holds one detector's settings, so each detector's rules stay in one file.
    for part in sorted((path / "detectors").glob("*.yaml")):
        doc.setdefault("detectors", {})[part.stem] = load_yaml_file(part, packaged=packaged) or {}
    return doc


def default_pack_dir() -> Path:
    return Path(str(resources.files("app") / "rules" / "default"))


@lru_cache(maxsize=1)
def load_default_ruleset() -> Ruleset:
    """The packaged default rule pack (cached: rulesets are immutable)."""
    return parse_ruleset(load_pack_dir(default_pack_dir(), packaged=True))


def json_schema() -> dict[str, Any]:
    return Ruleset.model_json_schema()


if __name__ == "__main__":
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
