"""Regular expressions from rule authors, compiled with RE2 so matching is always linear time."""

from __future__ import annotations

import re
import threading
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
    for their positions, so 50 rarely-matching patterns cost about one scan, not 50.

    The prefilter (an RE2 set of every pattern) is compiled on the first ``matching`` call: the lexicon keeps
    one PatternSet of all its patterns for ``compiled`` alone (candidates are searched one pattern at a time)
    and calls ``matching`` only on the smaller set of unanchored ones, so compiling the large set at every
    start (about 40 ms for the packaged rules) bought nothing."""

    def __init__(self, patterns: list[str]) -> None:
        self.sources = list(patterns)
        self.compiled = [compile_safe(p) for p in patterns]
        self._prefilter: tuple[Any, Any] | None = None  # (the set, its compiled object or None)
        self._lock = threading.Lock()

    def _compile_prefilter(self) -> tuple[Any, Any]:
        with self._lock:
            if self._prefilter is None:
                compiled_set: Any = None
                built: Any = None
                if self.sources:
                    built = re2.Set.SearchSet(_options())
                    for p in self.sources:
                        built.Add(p)
                    built.Compile()
                    # The binding's compiled set, called on the UTF-8 bytes directly: ``Set.Match`` wraps the same
                    # call in a Python method (a type test, an encoding helper), a quarter of the lexicon's set
                    # pass on a typical post. ``Set.Match`` is used if the binding's internals ever move.
                    compiled_set = getattr(built, "_set", None)
                    if not callable(getattr(compiled_set, "Match", None)):
                        compiled_set = None
                self._prefilter = (built, compiled_set)
            return self._prefilter

    def matching(self, text: str) -> list[int]:
        """Indices of the patterns that match somewhere in ``text``."""
        prefilter = self._prefilter or self._compile_prefilter()
        whole, compiled_set = prefilter
        if compiled_set is not None:
            found: list[int] | None = compiled_set.Match(text.encode("utf-8"))
        elif whole is not None:
            found = whole.Match(text)
        else:
            return []
        return sorted(found) if found else []


# ``requirements`` below: how many strings a part's exact set may hold before it counts as unknown.
_EXACT_LIMIT = 1024
# RE2 syntax Python's parser reads differently: POSIX classes ([[:alpha:]] would parse as a set and a
# literal "]"), and x{,n} (Python: a repeat; RE2: the literal text "{,n}"). Such patterns are not analysed.
_DIVERGENT = ("[:", "{,")
# RE2's Unicode classes (\p{Han}, \pN, \P{Greek}) are unknown to Python's parser: analysed as \w, any one
# character, which is never a literal.
_UNICODE_CLASS = re.compile(r"(?<!\\)((?:\\\\)*)\\[pP](?:\{[^}]*\}|[A-Za-z])")

Atom = frozenset[str]  # literals of which at least one occurs in every match of its part


def requirements(pattern: str) -> list[list[Atom]] | None:
    """What every match of ``pattern`` contains, as alternatives: each match contains, for at least one
    alternative, a literal of every one of its atoms. One alternative per top-level branch; an alternative
    without atoms requires nothing. None if the pattern cannot be analysed.

    Sound, not complete: a part not understood counts as "any text", which only drops atoms. Consecutive
    parts whose exact strings are few (a literal, a short class, an alternation of literals, an optional
    one) also give their products as atoms (把钱(存|放)? gives 把钱, 把钱存, 把钱放), so patterns built of
    one-character groups still get atoms of two characters or more.

    Parsed with Python's regex parser, ``re._parser``, on purpose private: no public parser exposes the tree,
    and RE2's binding exposes none. The cost of relying on it is bounded: if a Python release moves or changes
    it, the import or the walk fails, this returns None and the lexicon runs the pattern unfiltered (same
    findings, slower); tests/test_patterns.py fails loudly when that happens, so it is noticed."""
    if any(d in pattern for d in _DIVERGENT):
        return None
    try:
        import re._constants as c
        import re._parser as sre_parse

        parsed = sre_parse.parse(_UNICODE_CLASS.sub(r"\1\\w", pattern))
        if parsed.state.flags & re.IGNORECASE:
            return None
        items = list(parsed)
        top_branch = len(items) == 1 and items[0][0] is c.BRANCH
        branches = [list(b) for b in items[0][1][1]] if top_branch else [items]
        return [[frozenset(a) for a in _dedupe_atoms(_sequence(b)[1])] for b in branches]
    except Exception:
        return None


def _product(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None or b is None or len(a) * len(b) > _EXACT_LIMIT:
        return None
    return {x + y for x in a for y in b}


def _sequence(items: list[Any]) -> tuple[set[str] | None, list[set[str]]]:
    """(every string the sequence matches, or None if unknown or too many; its atoms)."""
    parts = [_item(op, arg) for op, arg in items]
    atoms = [a for _, found in parts for a in found]
    for i in range(len(parts)):  # products of consecutive exact parts
        run: set[str] | None = {""}
        for j in range(i, len(parts)):
            run = _product(run, parts[j][0])
            if run is None:
                break
            if "" not in run:
                atoms.append(run)
    exact: set[str] | None = {""}
    for e, _ in parts:
        exact = _product(exact, e)
    return exact, atoms


def _item(op: Any, arg: Any) -> tuple[set[str] | None, list[set[str]]]:
    import re._constants as c

    if op is c.LITERAL:
        return {chr(arg)}, []
    if op is c.IN:  # a class of a few literal characters; anything else (negated, \d, wide ranges) is unknown
        chars: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 16:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            else:
                return None, []
        return chars, []
    if op is c.SUBPATTERN:
        if arg[1] or arg[2]:
            raise ValueError("inline flags")  # (?i:...) and the like: not analysed
        return _sequence(list(arg[-1]))
    if op is c.BRANCH:
        branches = [_sequence(list(b)) for b in arg[1]]
        exact: set[str] | None = set()
        for e, _ in branches:
            exact = None if e is None or exact is None else exact | e
        if exact is not None and len(exact) > _EXACT_LIMIT:
            exact = None
        best = [_best(found) for _, found in branches]  # one atom per branch: their union is required
        return exact, ([set().union(*best)] if all(b is not None for b in best) else [])  # type: ignore[arg-type]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = arg
        e, found = _sequence(list(sub))
        exact = None
        if e is not None and high <= 4:
            exact, power = set(), {""}
            for k in range(high + 1):
                if k >= low:
                    exact |= power
                if k < high:
                    power = _product(power, e)  # type: ignore[assignment]
                    if power is None:
                        exact = None
                        break
            if exact is not None and len(exact) > _EXACT_LIMIT:
                exact = None
        if low < 1:
            return exact, []
        return exact, (found + ([e] if e and "" not in e else []))
    return None, []  # any other part (., \d, a negated class, an assertion) stands for unknown text


def _best(atoms: list[set[str]]) -> set[str] | None:
    """The most selective atom: longest shortest literal, then fewest literals."""
    return max(atoms, key=lambda a: (min(len(x) for x in a), -len(a))) if atoms else None


def _dedupe_atoms(atoms: list[set[str]]) -> list[set[str]]:
    """Each atom once, without its literals that hold another of its literals (保证 in {保证, 保}: a text
    with 保证 has 保), and without the atoms another one implies (every literal of {保费} holds 保)."""
    minimal = []
    for a in atoms:
        m = _without_superstrings(a)
        if m and m not in minimal:
            minimal.append(m)
    minimal.sort(key=lambda a: (-min(len(x) for x in a), len(a), sorted(a)))  # the most selective first
    out: list[set[str]] = []
    for a in minimal:
        if not any(all(any(x in y for x in a) for y in b) for b in out):
            out.append(a)
    return out


def _without_superstrings(atom: set[str]) -> set[str]:
    """The literals of ``atom`` that hold no other of its literals. Product atoms hold hundreds of literals, of
    few lengths: each literal's substrings of those lengths are looked up (the same set as testing every pair,
    which was most of the lexicon's build time)."""
    lengths = sorted({len(y) for y in atom})
    return {
        x for x in atom if not any(x[i : i + k] in atom for k in lengths if k < len(x) for i in range(len(x) - k + 1))
    }
