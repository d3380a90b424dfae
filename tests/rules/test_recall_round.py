"""Issue 10, ninth round (recall): phrasings the default pack did not propose before, each written for this test.

The whole default pack runs (not one rule alone), so these also check that a neighbouring rule, the negation
handling or the education cues do not swallow the new findings, and that ordinary explanatory writing about
the same topics stays clean.
"""

from __future__ import annotations

import pytest

from app.detectors.base import DetectContext, Finding, Post
from app.detectors.lexicon import LexiconDetector
from app.ruleset import load_default_ruleset
from app.taxonomy import Severity

PACK = load_default_ruleset()
DETECTOR = LexiconDetector()


def flagged(text: str) -> list[Finding]:
    post = Post(text=text)
    found = DETECTOR.detect(post, DetectContext(ruleset=PACK, post=post))
    return [f for f in found if f.severity != Severity.INFO]


@pytest.mark.parametrize(
    ("text", "category", "phrase"),
    [
        # floor-plus-dividend and "the past predicts the future"
        ("这款年金保底2.5%再加分红，老人家放心", "guaranteed_return", "保底2.5%再加分红"),
        ("结算利率这几年都在四个点上下，以后也差不了", "guaranteed_return", "以后也差不了"),
        ("每年领的钱稳稳到手，孩子上大学不用愁", "guaranteed_return", "稳稳到手"),
        ("按宣传册上的数算就行，错不了", "guaranteed_return", "算就行"),
        # premiums framed as savings and interest
        ("说白了，你每年交的保费就是本金，到时候连本带息拿回来", "deposit_comparison", "保费就是本金"),
        ("放在我们这儿，比放在农商行强多了", "deposit_comparison", "强多了"),
        ("这东西就是加强版的大额存单", "deposit_comparison", "加强版的大额存单"),
        # stop-sale hype that never says 停售
        ("元旦以后就买不到这个版本了，身边朋友都在问", "stop_sale_hype", "元旦以后就买不到"),
        ("晚一周就得等明年，自己掂量", "stop_sale_hype", "晚一周就得等"),
        # coverage and disclosure evasion
        ("问卷上那几项别太实诚，没人去查", "coverage_exaggeration", "别太实诚"),
        ("以后看病不用自己掏一分钱", "coverage_exaggeration", "看病不用自己掏一分"),
        # superlative nickname, named gifts, internal incentives, rumours, endorsements
        ("被大家叫作教育金界的扛把子", "ad_absolute", "扛把子"),
        ("本月签约的客户加送一台空气炸锅", "improper_inducement", "空气炸锅"),
        ("伙伴们注意：本季度新单达成十件，另有海岛游名额", "confidential_info", "名额"),
        ("那家保险公司偿付能力告急，赶紧换吧", "disparagement", "偿付能力告急"),
        ("好几位院士都推荐这种配置思路", "false_authority", "都推荐"),
    ],
)
def test_new_phrasings_are_proposed(text: str, category: str, phrase: str) -> None:
    hits = [f for f in flagged(text) if f.category == category]
    assert hits, f"no {category} finding in {text!r}: {[(f.category, f.text) for f in flagged(text)]}"
    start = text.index(phrase)
    assert any(f.start < start + len(phrase) and start < f.end for f in hits), [f.text for f in hits]


@pytest.mark.parametrize(
    "text",
    [
        "万能账户有最低保证利率，超过部分不确定，以后也可能下降",
        "保单贷款按合同约定计息，借款每年要付利息",
        "保险不是存款，提前退保按现金价值退还，可能低于已交保费",
        "产品停售以保险公司官网公告为准，请勿轻信小道消息",
        "投保时请如实回答健康问卷，未如实告知可能影响理赔",
        "住院医疗险设有免赔额和年度限额，以合同为准",
        "产品备案不代表监管认证，也不代表收益有保证",
        "国家规定用人单位应依法为职工缴纳社会保险",
        "理赔结果以保险公司核定为准，我们无法保证一定赔付",
    ],
)
def test_plain_explanations_stay_clean(text: str) -> None:
    assert not [f for f in flagged(text) if f.severity == Severity.HIGH], [(f.rule_id, f.text) for f in flagged(text)]
