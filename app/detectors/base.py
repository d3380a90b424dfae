"""The detector interface: what a detector receives and what it must return.

A detector is any object satisfying :class:`Detector` (a Protocol, not a base class). It reports
:class:`Finding` objects; turning findings into a verdict is the policy's job (app/policy.py).
Expensive shared analysis (normalised text, sentences, NER spans) is computed once per request and
reached through :class:`DetectContext`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar, runtime_checkable

from app.taxonomy import Severity

if TYPE_CHECKING:
    from app.ruleset import Ruleset
    from app.text import NormalizedText

T = TypeVar("T")

# Names of the text fields of a post that detectors look at, in reporting order.
FIELDS = ("title", "text")


@dataclass(frozen=True, slots=True)
class Account:
    id: str | None = None
    owner_name: str | None = None
    owner_phone: str | None = None


@dataclass(frozen=True, slots=True)
class Post:
    text: str
    title: str | None = None
    channel: str | None = None
    content_type: str = "article"
    account: Account = field(default_factory=Account)

    def fields(self) -> Iterator[tuple[str, str]]:
        """(field name, value) for every non-empty text field."""
        for name in FIELDS:
            value = getattr(self, name)
            if value:
                yield name, value


@dataclass(frozen=True, slots=True)
class Finding:
    """One located problem. ``start``/``end`` are code-point offsets into ``field`` of the post
    as the user sent it (``end`` exclusive); both are ``None`` for post-level findings."""

    category: str
    start: int | None
    end: int | None
    text: str | None
    detector: str
    rule_id: str
    severity: Severity
    message: str = ""
    basis: str = ""
    suggestion: str = ""
    score: float = 1.0
    field: str = "text"
    evidence: tuple[str, ...] = ()
    # How sure the pipeline is that this is a real violation (0-1), after judging its context, and the
    # context decision itself ("asserted", "answer", "hedged" ...; None where no context is judged).
    confidence: float = 1.0
    context: str | None = None
    # Findings in the text read from an image (field ``image:N``): the image's index, one box around the
    # phrase and one per line it spans (quadrilaterals in the image's pixels; app/ocr/layout.py).
    image: int | None = None
    box: tuple[tuple[float, float], ...] | None = None
    boxes: tuple[tuple[tuple[float, float], ...], ...] = ()


FindingMaker: TypeAlias = Callable[[str, int, int, str, str, str, Severity, str, str, str, str], Finding]


def _finding_maker() -> FindingMaker:
    """A constructor of span findings that fills the slots directly, every other field at its default.

    ``Finding(...)`` costs about 1.6 µs with keywords (the frozen dataclass's ``__init__`` sets each of its 18
    fields through ``object.__setattr__``); this about half of that, and the lexicon builds one per finding.
    The object is the same: a ``Finding``, frozen, equal and hashing as one built by ``__init__``, pickled
    alike (tests/test_hot_path.py). Bound to the fields as they are declared: a field added, removed or
    moved changes ``_FIELDS`` below, and the import fails instead of leaving a slot unset."""
    declared = tuple(f.name for f in fields(Finding))
    if declared != _FIELDS:
        raise RuntimeError(f"Finding's fields changed ({declared}): update base._finding_maker")
    slot = {name: vars(Finding)[name].__set__ for name in declared}
    default = {f.name: f.default for f in fields(Finding)}
    (
        s_category,
        s_start,
        s_end,
        s_text,
        s_detector,
        s_rule_id,
        s_severity,
        s_message,
        s_basis,
        s_suggestion,
        s_score,
        s_field,
        s_evidence,
        s_confidence,
        s_context,
        s_image,
        s_box,
        s_boxes,
    ) = slot.values()
    score, evidence, confidence = default["score"], default["evidence"], default["confidence"]
    context, image, box, boxes = default["context"], default["image"], default["box"], default["boxes"]
    new = object.__new__

    def make(
        category: str,
        start: int,
        end: int,
        text: str,
        detector: str,
        rule_id: str,
        severity: Severity,
        message: str,
        basis: str,
        suggestion: str,
        field: str,
        /,
    ) -> Finding:
        f = new(Finding)
        s_category(f, category)
        s_start(f, start)
        s_end(f, end)
        s_text(f, text)
        s_detector(f, detector)
        s_rule_id(f, rule_id)
        s_severity(f, severity)
        s_message(f, message)
        s_basis(f, basis)
        s_suggestion(f, suggestion)
        s_score(f, score)
        s_field(f, field)
        s_evidence(f, evidence)
        s_confidence(f, confidence)
        s_context(f, context)
        s_image(f, image)
        s_box(f, box)
        s_boxes(f, boxes)
        return f

    return make


_FIELDS = (
    "category",
    "start",
    "end",
    "text",
    "detector",
    "rule_id",
    "severity",
    "message",
    "basis",
    "suggestion",
    "score",
    "field",
    "evidence",
    "confidence",
    "context",
    "image",
    "box",
    "boxes",
)
# span_finding(category, start, end, text, detector, rule_id, severity, message, basis, suggestion, field) is
# Finding(category=..., ..., field=...) with the other fields at their defaults, built faster (positional only).
span_finding: FindingMaker = _finding_maker()


# app.text.normalize, imported on first use (app.text loads the matching libraries; a function-level import
# statement costs about 0.4 µs on every call, and every field of every check asks for its normalised view).
_normalize: Callable[..., NormalizedText] | None = None


def _load_normalize() -> Callable[..., NormalizedText]:
    global _normalize
    from app.text import normalize

    _normalize = normalize
    return normalize


class DetectContext:
    """Per-request context: the active ruleset, the post, and a memo for shared analysis."""

    def __init__(self, *, ruleset: Ruleset, post: Post) -> None:
        self.ruleset = ruleset
        self.post = post
        self._memo: dict[Any, Any] = {}

    def shared(self, key: str, compute: Callable[[], T]) -> T:
        """Compute ``key`` once per request and share it between detectors."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    def normalized(
        self, field_name: str, *, strip_noise: bool = True, variants: bool = False, readings: bool = False
    ) -> NormalizedText:
        """The field's normalised view with its offset map back to the original (memoised).

        ``variants=True`` also rewrites the ruleset's evasive spellings to their canonical form
        (the lexicon does not need it: it matches the variant forms directly); ``readings=True``
        rewrites rule phrases spelt in pinyin or initials (wen赚不赔, jk告知; app/readings.py)."""
        key = ("norm", field_name, strip_noise, variants, readings)  # every detector asks, often twice: no f-string
        found: NormalizedText | None = self._memo.get(key)
        if found is None:
            normalize = _normalize or _load_normalize()
            raw = getattr(self.post, field_name) or ""
            table = self.ruleset.variant_table if variants else ()
            spelt = self.ruleset.readings if readings else None
            found = self._memo[key] = normalize(raw, strip_noise=strip_noise, variants=table, readings=spelt)
        return found

    def detector_config(self, name: str) -> dict[str, Any]:
        """The raw config mapping the ruleset gives detector ``name`` (empty if none)."""
        return self.ruleset.detector_config(name)


@runtime_checkable
class Detector(Protocol):
    """What every detector, built-in or third-party, provides.

    ``name`` is the registry key and the ``detector`` field of its findings; ``version`` is
    recorded with every verdict; ``categories`` lists the taxonomy codes it may report.
    ``load()`` is called once per process before the first ``detect`` (load models there);
    ``detect`` must be thread-safe and must not mutate shared state.

    Optional: ``inline = True`` lets the engine run the detector on the calling thread instead of its pool
    (one thread switch less per check). Only for detectors linear in their input, with no model or other
    call that could block, and a :func:`app.deadline.checkpoint` in every loop: a detector that overruns is
    stopped only at its checkpoints there, where a pooled one is also simply no longer waited for. A
    detector whose answer depends on its configuration defines ``inline_for(ctx) -> bool`` instead.
    """

    name: str
    version: str
    categories: frozenset[str]

    def load(self) -> None: ...

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]: ...
