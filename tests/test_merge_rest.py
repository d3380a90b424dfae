"""Issue 10: a claim finding that spans several clauses keeps the clauses a lexicon phrase does not hold."""

from __future__ import annotations

from app.detectors.base import Finding
from app.postprocess import merge
from app.taxonomy import Severity
from tests.security.workmeter import lines_executed

ORDER = ["lexicon", "claims"]


def _claim(text: str, sentence: str, category: str = "coverage_exaggeration") -> Finding:
    start = text.index(sentence)
    return Finding(category, start, start + len(sentence), sentence, "claims", f"claims.{category}",
                   Severity.HIGH, confidence=0.99)


def _phrase(text: str, phrase: str, category: str = "coverage_exaggeration") -> Finding:
    start = text.index(phrase)
    return Finding(category, start, start + len(phrase), phrase, "lexicon", "lex.cov", Severity.HIGH, confidence=0.9)


def _spans(findings: list[Finding]) -> list[tuple[str, str | None]]:
    return [(f.detector, f.text) for f in findings]


def test_the_clauses_around_a_phrase_stay_a_finding() -> None:
    text = "先说结论：不问既往病史，续保不再审核，出险都给报，放心冲。"
    sentence = "不问既往病史，续保不再审核，出险都给报"
    merged = merge([_claim(text, sentence), _phrase(text, "出险都给报")], ORDER)
    assert _spans(merged) == [("claims", "不问既往病史，续保不再审核"), ("lexicon", "出险都给报")]
    assert any(e.startswith("claims:") for e in merged[1].evidence)  # the sentence is still the phrase's evidence


def test_a_phrase_in_the_middle_leaves_two_pieces() -> None:
    text = "买它不用体检，有病也照样赔，三天之内钱就到账"
    merged = merge([_claim(text, text), _phrase(text, "有病也照样赔")], ORDER)
    assert _spans(merged) == [("claims", "买它不用体检"), ("lexicon", "有病也照样赔"), ("claims", "三天之内钱就到账")]


def test_no_piece_when_every_clause_holds_a_phrase_or_is_too_short() -> None:
    text = "稳赚不赔，真的，保本保息"
    merged = merge([_claim(text, text, "guaranteed_return"), _phrase(text, "稳赚不赔", "guaranteed_return"),
                    _phrase(text, "保本保息", "guaranteed_return")], ORDER)
    assert _spans(merged) == [("lexicon", "稳赚不赔"), ("lexicon", "保本保息")]


def test_a_claim_without_clause_marks_merges_as_before() -> None:
    text = "这款产品买了就能赔付到位"
    merged = merge([_claim(text, text), _phrase(text, "买了就能赔")], ORDER)
    assert _spans(merged) == [("lexicon", "买了就能赔")]


def test_other_categories_are_not_cut() -> None:
    text = "张三，住在幸福路，电话在下面"
    wide = Finding("pii_address", 0, len(text), text, "ner", "ner.addr", Severity.HIGH)
    merged = merge([wide, Finding("pii_address", 3, 8, text[3:8], "lexicon", "lex.a", Severity.HIGH)],
                   ["lexicon", "ner"])
    assert len(merged) == 1


def _many_clauses(n: int) -> list[Finding]:
    # One claim sentence of n clauses, a lexicon phrase in every other clause: the pieces between them.
    clause = "保证赔付到底"
    text = "，".join([clause] * n)
    findings = [Finding("coverage_exaggeration", 0, len(text), text, "claims", "claims.c", Severity.HIGH)]
    findings += [Finding("coverage_exaggeration", 7 * i, 7 * i + 6, clause, "lexicon", "lex.c", Severity.HIGH)
                 for i in range(0, n, 2)]
    return findings


def test_cutting_a_long_claim_is_linear() -> None:
    small_findings, large_findings = _many_clauses(400), _many_clauses(1600)
    assert len(merge(large_findings, ORDER)) == 1600  # 800 phrases and the 800 clauses between them
    small = lines_executed(lambda: merge(small_findings, ORDER))
    large = lines_executed(lambda: merge(large_findings, ORDER))
    assert large <= 5 * small, (small, large)
