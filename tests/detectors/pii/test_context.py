"""PII in context: negative evidence for names, health tied to a named person, meaningful confidences.

All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from app.detectors.pii.vocab import conditions
from tests.detectors.pii.test_detector import run

_STORY = "客户符雅静今天续保了。" + "保障要趁早配置，别等生病了才想起来。" * 3


def found(text: str, category: str, owner: str | None = None) -> list[str]:
    return [f.text for f in run(text, owner_name=owner) if f.category == category]


@pytest.mark.parametrize(
    "text",
    [
        "保单里可以写明受益人和受益顺序，也可以写法定",  # 和 + 受益: a role phrase, not a name
        "投保人和被保险人可以是同一个人",
        "他当年买的是华康人寿的一款年金",  # 康 + 人寿: a company
        "老公司经历过几轮利率周期",  # 司 ends 公司
        "这两张保单的保全一起办",  # 张 counts the policies
        "回复@李姐：谢谢王姐信任，资料收到了",  # 谢王 + 姐: surname and honorific
        "小孩子高烧惊厥送急诊，医疗险能报吗",  # 高烧惊厥 is a disease name
        "受益人是妻子和两个孩子",  # 和两: a numeral, not a given name
        "推荐《安康福满多》这款产品，客户反馈不错",
    ],
)
def test_words_that_are_not_names(text: str) -> None:
    assert found(text, "pii_name") == []


@pytest.mark.parametrize(
    ("text", "owner", "names"),
    [
        ("被保险人：刘洋\n证件号码见附件", None, ["刘洋"]),  # a form label: even a name that is also a word
        ("被保险人丁雨辰下周复查", None, ["丁雨辰"]),  # 人丁 is a word, but 被保险人 is a cue
        ("来信原文：老师你好，我是葛芸珊，想问问续保的事", "钱晓东", ["葛芸珊"]),
        ("甘佩玲，女，五十岁，在超市上班。后来被保险人：甘佩玲提交了材料", None, ["甘佩玲", "甘佩玲"]),
    ],
)
def test_names_found_in_context(text: str, owner: str | None, names: list[str]) -> None:
    assert found(text, "pii_name", owner) == names


def test_self_introduction_is_the_author_when_no_owner_is_known() -> None:
    assert found("大家好，我是葛芸珊，今天聊聊年金", "pii_name") == []
    assert found("大家好，我是葛芸珊，今天聊聊年金", "pii_name", owner="葛芸珊") == []


def test_name_confidence_follows_the_cue() -> None:
    labelled = next(f for f in run("被保险人：葛芸珊\n") if f.category == "pii_name")
    relation = next(f for f in run("今天陪葛芸珊阿姨去复查") if f.category == "pii_name")
    repeat = [f for f in run("客户葛芸珊说，葛芸珊这个名字是外婆取的") if f.category == "pii_name"]
    assert labelled.score > relation.score > repeat[1].score
    assert repeat[1].rule_id == "pii.name.repeat"


def test_health_in_a_story_about_a_named_person() -> None:
    filler = "这件事让我想了很久，也和很多同行聊过，大家的看法不太一样，但有一点是共同的：保障要趁早配置。" * 2
    text = f"被保险人：符雅静\n证件号码已打码。{filler}\n去年秋天，她体检时查出甲状腺乳头状癌，做了手术。"
    health = [f for f in run(text) if f.category == "pii_health"]
    assert [f.text for f in health] == ["甲状腺乳头状癌"]
    assert health[0].rule_id == "pii.health.story" and health[0].score < 0.9


@pytest.mark.parametrize(
    "text",
    [
        # Far from the name and hypothetical.
        _STORY + "\n比如查出甲状腺乳头状癌，能赔吗？",
        # An anonymised person is the one the story is about.
        _STORY + "\n另一位客户孙**，去年确诊肺腺癌，已经赔付。",
        # The author's own health.
        _STORY + "\n我自己去年确诊了甲状腺结节，所以更懂。",
        # Words with a condition suffix that name no diagnosis.
        "客户符雅静的住院病历和病理报告都交了",
        "客户符雅静只能买这种带既往症的产品",
    ],
)
def test_health_not_tied_to_the_named_person(text: str) -> None:
    assert found(text, "pii_health") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("客户符雅静确诊肺原位腺癌", "肺原位腺癌"),
        ("客户符雅静查出急性髓系白血病（M2型）", "急性髓系白血病（M2型）"),
        ("客户符雅静体检发现乳腺结节4a类", "乳腺结节4a类"),
        ("客户符雅静伤残评定为十级", "伤残评定为十级"),
        ("客户符雅静腰椎间盘突出住院", "腰椎间盘突出"),
    ],
)
def test_vocabulary_phrases(text: str, span: str) -> None:
    assert found(text, "pii_health") == [span]


def test_cover_words_need_a_grade() -> None:
    assert found("客户符雅静买了意外险，含意外身故伤残20万", "pii_health") == []


def test_vocabulary_has_the_2020_critical_illnesses() -> None:
    vocab = conditions()
    for term in ("恶性肿瘤", "较重急性心肌梗死", "严重运动神经元病", "重型再生障碍性贫血", "严重溃疡性结肠炎"):
        assert term in vocab.terms
    assert "病历" in vocab.not_terms and "病历" not in vocab.terms


def test_a_byline_is_not_a_customer() -> None:
    text = "本报讯（通讯员 宋雨田 记者 林可）一名投保人隐瞒甲状腺结节，两年后确诊甲状腺癌被拒赔"
    assert found(text, "pii_name") == []
    assert found(text, "pii_health") == []


def test_a_letter_to_the_customer_is_about_them() -> None:
    text = (
        "尊敬的周雅静女士：您提交的理赔申请已受理，保单已核对，材料齐全，请耐心等待结果。"
        "如有疑问可拨打客服热线，工作时间为每周一至周五上午九点到下午五点，节假日顺延。"
        "经审核，您因胃癌申请的重大疾病保险金已赔付。"
    )
    assert found(text, "pii_health") == ["胃癌"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("客户符雅静做了髋关节置换", "髋关节置换"),
        ("被保险人：符雅静，诊断为左手拇指离断伤", "离断伤"),
        ("客户符雅静乳腺ca术后复查", "乳腺ca"),
    ],
)
def test_more_vocabulary(text: str, span: str) -> None:
    spans = found(text, "pii_health")
    assert len(spans) == 1 and span in spans[0]
