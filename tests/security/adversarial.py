"""Adversarial inputs for every detector, shared by tests/security and bench/adversarial.py.

Each entry makes a text of ``n`` characters from a repeated unit (or a unit and a filler) aimed at a
detector's loops: long runs of digit groups, separators, repeated cue words, surnames, email- and
plate-like strings, quotes around banned terms, co-occurrence pairs, allow-phrases. Issue 16 asks
that each is checked in time linear in its length; the digit runs were cubic before the fix.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Maker = Callable[[int], str]


def repeat(unit: str) -> Maker:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def framed(head: str, unit: str, tail: str = "") -> Maker:
    return lambda n: (head + repeat(unit)(max(0, n - len(head) - len(tail))) + tail)[:n]


def random_digit_groups(n: int) -> str:
    """Single random digits joined by spaces: no two windows alike (nothing to cache)."""
    rng = random.Random(16)
    return " ".join(rng.choice("0123456789") for _ in range(n // 2 + 1))[:n]


# Digit groups joined by single separators: one long "number run" for the PII scan (issue 16.1).
DIGIT_RUNS: dict[str, Maker] = {
    "random_digits_space": random_digit_groups,
    "digits_space": repeat("1 "),
    "digits_dash": repeat("1-"),
    "digits_newline": repeat("1\n"),
    "digit_pairs_dash": repeat("12-"),
    "fullwidth_digits": repeat("１ "),
    "chinese_numerals": repeat("一 "),
    "mobiles_in_a_row": repeat("13812345678 "),
    "id_x_groups": repeat("1x "),
}

ADVERSARIAL: dict[str, Maker] = {
    **DIGIT_RUNS,
    # separators and one huge group
    "one_digit_group": repeat("1"),
    "mixed_separators": repeat("1 -"),
    "separators_only": repeat(" -·/\n"),
    # identifiers with cues, many of them
    "cued_mobiles": repeat("客户电话13812345678，"),
    "cued_ids": repeat("身份证110101199003077777 "),
    "cued_cards": repeat("卡号6222020200112233445 "),
    "policy_numbers": repeat("保单号AB2023-0412-556677 "),
    "policy_dashes": repeat("保单号A-1-"),
    # email-like strings
    "emails": repeat("a@b.cc "),
    "email_dot_chain": framed("a@", "a."),
    "email_local_chain": framed("", "a.", "@qq.com"),
    "email_at_words": repeat("a[at]"),
    "email_spaces": framed("a", " ", "at b.com"),
    "email_hashes": repeat("a#b.c"),
    # names: surnames, cue words, spaced names
    "surnames": repeat("王李张刘陈"),
    "spaced_surnames": repeat("王 "),
    "cued_names": repeat("客户王小明"),
    "name_cues_only": repeat("客户"),
    "honorifics": repeat("王先生"),
    "at_signs": repeat("@"),
    # addresses and health
    "addresses": repeat("家住北京市朝阳区建国路88号"),
    "address_cues": repeat("住址"),
    "address_markers": repeat("家住路号"),
    "diagnoses": repeat("确诊高血压"),
    "named_diagnoses": repeat("王小明确诊癌症"),
    "condition_suffixes": repeat("癌"),
    # plates
    "plates": repeat("车牌沪A12345 "),
    "plate_separators": repeat("沪A··"),
    # lexicon: banned terms, negation and education cues, quotes, co-occurrence, allow-phrases
    "banned_terms": repeat("保本保息稳赚不赔"),
    "banned_sentences": repeat("保本。"),
    "quoted_banned_terms": framed("“", "稳赚不赔，"),
    "negation_cues": repeat("不"),
    "education_cues": repeat("警惕"),
    "cooccur_pairs": repeat("收益，是确定的"),
    "cooccur_far_apart": repeat("收益一二三四五六七八九十是确定的"),
    "allow_phrases": repeat("保证续保不保证"),
    # claims, disclosure, sentiment
    "claim_cues": repeat("收益稳定，年化收益"),
    "disclosure_triggers": repeat("分红险免责条款等待期"),
    "complaint_words": repeat("垃圾骗子投诉"),
    "long_sentence": repeat("今天给大家讲讲重疾险和医疗险的区别，"),
    # brand and catalogue (the example company of the default pack): names, homophones, slogan near misses,
    # slogan bigrams, product names, type marks, titles, company names followed by product words
    "company_names": repeat("安宁人寿"),
    "company_homophones": repeat("安凝人寿，"),
    "slogan_near_misses": repeat("守护每一日！"),
    "slogan_bigrams": repeat("守护每一"),
    "full_name_near_misses": repeat("安宁人寿保险有限公司"),
    "product_names": repeat("福满堂金禧终身寿"),
    "type_marks": repeat("鑫享两全保险（分红型）"),
    "bare_type_marks": repeat("（分红型）"),
    "product_titles": repeat("《安宁鑫享年金保险》"),
    "open_titles": repeat("《安宁鑫享年金保险"),
    "company_then_products": repeat("安宁鑫享年金保险"),
    "company_then_suffixes": framed("安宁", "年金保险"),
    "punctuation": repeat("，"),
    "newlines": repeat("\n"),
    "emoji": repeat("😀"),
    "zero_width": repeat("\u200d"),
    "latin_words": repeat("abc "),
}
