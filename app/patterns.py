"""Regular expressions from rule authors, compiled with RE2 so matching is always linear time."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2

from app.errors import RulesetInvalid

MAX_PATTERN_LENGTH = 2000


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # an author's bad pattern is a 4xx answer, not stderr noise
    return options


@lru_cache(maxsize=4096)
def compile_safe(pattern: str) -> Any:
    """Compile ``pattern`` under RE2; raise RulesetInvalid naming it if RE2 rejects it.

    RE2 has no backreferences or look-around, which is the point: no pattern can backtrack."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise RulesetInvalid(f"pattern longer than {MAX_PATTERN_LENGTH} characters: {pattern[:40]}…")
    try:
        return re2.compile(pattern, options=_options())
    except re2.error as exc:
        raise RulesetInvalid(f"pattern {pattern!r} does not compile under RE2: {exc}") from exc


class PatternSet:
    """Many RE2 patterns behind one prefilter pass: only the patterns that match are run again
    for their positions, so 50 rarely-matching patterns cost about one scan, not 50."""

    def __init__(self, patterns: list[str]) -> None:
        self.compiled = [compile_safe(p) for p in patterns]
        self._set: Any = None
        if patterns:
            self._set = re2.Set.SearchSet(_options())
            for p in patterns:
                self._set.Add(p)
            self._set.Compile()

    def matching(self, text: str) -> list[int]:
        """Indices of the patterns that match somewhere in ``text``."""
        if self._set is None:
            return []
        found: list[int] | None = self._set.Match(text)
        return sorted(found) if found else []


def required_literals(pattern: str, avoid: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Literals of which at least one occurs in every match of ``pattern``, or None if unknown.

    Lets the lexicon run a pattern only when the Aho-Corasick pass saw one of its anchors. Parsed
    with Python's regex parser; anything it cannot parse (RE2-only syntax) just runs unfiltered.

    ``re._parser`` is private, on purpose: no public parser exposes the tree, and RE2's binding exposes none.
    The cost of relying on it is bounded: if a Python release moves or changes it, the import or the walk
    fails, this returns None and every pattern runs unfiltered (same findings, slower);
    tests/test_patterns.py fails loudly when that happens, so it is noticed."""
    try:
        import re._constants as _constants  # noqa: F401 - used by _required; checked here with the parser
        import re._parser as sre_parse

        parsed = sre_parse.parse(pattern)
    except Exception:
        return None
    try:
        if parsed.state.flags & 2:  # re.IGNORECASE: literals would need case variants
            return None
        found = _required(list(parsed), avoid)
    except Exception:
        return None
    return frozenset(found) if found else None


def _required(items: list[Any], avoid: frozenset[str]) -> set[str] | None:
    import re._constants as c

    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        sub: set[str] | None = None
        if op is c.SUBPATTERN:
            sub = _required(list(arg[-1]), avoid)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            sub = _required(list(arg[2]), avoid)
        elif op is c.BRANCH:
            branches = [_required(list(b), avoid) for b in arg[1]]
            sub = set().union(*branches) if branches and all(branches) else None  # type: ignore[arg-type]
        if sub:
            candidates.append(sub)
    if run:
        candidates.append({"".join(run)})
    # Requirements built on very common words would fire on every post: not worth anchoring on.
    candidates = [c for c in candidates if avoid.isdisjoint(c)]
    if not candidates:
        return None
    # The most selective requirement: the one whose shortest literal is longest.
    return max(candidates, key=lambda s: (min(len(x) for x in s), -len(s)))
