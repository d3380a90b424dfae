"""The detector interface: what a detector receives and what it must return.

A detector is any object satisfying :class:`Detector` (a Protocol, not a base class). It reports
:class:`Finding` objects; turning findings into a verdict is the policy's job (app/policy.py).
Expensive shared analysis (normalised text, sentences, NER spans) is computed once per request and
reached through :class:`DetectContext`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

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
            from app.text import normalize

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
    stopped only at its checkpoints there, where a pooled one is also simply no longer waited for.
    """

    name: str
    version: str
    categories: frozenset[str]

    def load(self) -> None: ...

    def detect(self, post: Post, ctx: DetectContext) -> list[Finding]: ...
