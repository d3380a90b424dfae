"""The PII finder end to end on the shipped rule pack and model: positives and negatives side by side."""

from __future__ import annotations

import pytest

from app.detectors.base import Account, DetectContext, Finding, Post
from app.detectors.pii import PiiDetector
from app.detectors.pii.ids import id_check_digit, luhn_ok
from app.ruleset import load_default_ruleset
from app.taxonomy import Severity
from tests.helpers import assert_span

DETECTOR = PiiDetector()
ID = "44010619850312443" + id_check_digit("44010619850312443")
CARD = next("621700123498765432" + d for d in "0123456789" if luhn_ok("621700123498765432" + d))
ID_SPACED = " ".join(ID[i : i + 4] for i in range(0, 18, 4))
CARD_FULLWIDTH = CARD.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def run(text: str, owner_name: str | None = None, owner_phone: str | None = None) -> list[Finding]:
    post = Post(text=text, account=Account(owner_name=owner_name, owner_phone=owner_phone))
    return DETECTOR.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post))


def categories(findings: list[Finding]) -> set[str]:
    return {f.category for f in findings}


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        (f"报名表上身份证{ID}，请核对", "pii_id_card", ID),
        (f"证件号 {ID_SPACED} 已登记", "pii_id_card", ID_SPACED),
        (f"退款打到这张卡{CARD}就行", "pii_bank_card", CARD),
        (f"他的卡号{CARD_FULLWIDTH}（建行）", "pii_bank_card", CARD_FULLWIDTH),
        ("有事打他手机13912345678。", "pii_phone", "13912345678"),
        ("联系她：186-5566-7788", "pii_phone", "186-5566-7788"),
        ("电话幺三九 幺二三四 五六七八找他", "pii_phone", "幺三九 幺二三四 五六七八"),
        ("号码是139 1234\n5678，晚上打", "pii_phone", "139 1234\n5678"),
        ("座机0571-86661234有人接", "pii_phone", "0571-86661234"),
        ("材料发到 wangxiaoyu88@163.com 了", "pii_email", "wangxiaoyu88@163.com"),
        ("邮箱 chenmo2001[at]qq.com 收一下", "pii_email", "chenmo2001[at]qq.com"),
        ("保单号：KC2023440100778899，请查收", "pii_policy_number", "KC2023440100778899"),
        ("赔案号CLM20240312000456已结案", "pii_policy_number", "CLM20240312000456"),
        ("保单号9911202201020033", "pii_policy_number", "9911202201020033"),
        ("护照号E12345678的客户", "pii_id_card", "e12345678"[0].upper() + "12345678"),
    ],
)
def test_identifiers_found(text: str, category: str, span: str) -> None:
    f = assert_span(run(text), category, span, text)
    assert f.detector == "pii" and f.basis and f.message


@pytest.mark.parametrize(
    "text",
    [
        "例如证件号3301**********1234，请核对校验码",  # masked ID
        "中奖号码139****0021和186****7735",  # masked phones
        "手机尾号0021的朋友中奖了",  # tail digits only
        "订单编号：202411291530224817，支付成功",  # 18 digits, not a valid ID
        "电子发票号码24332000000012345678",
        "顺丰单号SF1432876549021，明天到",
        "请拨打95522或400-888-9595咨询",  # company hotlines
        "客服邮箱：service@example-life.com.cn",
        "保单号P2023****8765，已生效",
        "支付时间：2024-11-29 15:30:22",
        "今年累计赔付1385万元，服务客户28.6万人次",
    ],
)
def test_compliant_forms_not_found(text: str) -> None:
    assert run(text) == []


def test_owner_phone_is_not_a_finding() -> None:
    text = "咨询请加我微信或打我电话17746501234，欢迎转介绍"
    assert run(text, owner_phone="17746501234") == []
    assert categories(run(text)) == {"pii_phone"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("客户韩立新的续期扣款失败了", "韩立新"),
        ("投保人：欧阳静宜，已签字", "欧阳静宜"),
        ("今天陪冯桂兰阿姨去医院复查", "冯桂兰"),
        ("抽中大奖的是 曾志伟 13812345678", "曾志伟"),
        ("收件人苏晓梅，快递明天到", "苏晓梅"),
    ],
)
def test_names_found(text: str, name: str) -> None:
    f = assert_span(run(text), "pii_name", name, text)
    assert f.severity is Severity.MEDIUM
    assert "*" in f.suggestion


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("客户陈先生今天来送锦旗", None),
        ("恭喜客户李**女士获赔", None),
        ("中奖名单：王*华、139****0021，请私信领取", None),
        ("被保险人王某，45岁", None),
        ("张哥记得查收材料哈", None),
        ("我是你们的保险顾问赵立群，欢迎咨询", "赵立群"),
        ("客户名单今天公布", None),
        ("马云说过一句话：让天下没有难做的生意", None),
        ("感谢客户信任，我们将继续努力", None),
        ("瑞和人寿理赔服务升级", None),
        ("感谢王经理帮忙跑理赔", None),  # 谢 inside the cue 感谢
        ("客户黄金周出游前记得买意外险", None),  # 黄金 is a word
        ("客户李建华（化名）今年确诊", None),  # a pseudonym
        ("@阳光小贝 您好，已私信您", None),  # a handle, not a name
    ],
)
def test_names_not_found(text: str, owner: str | None) -> None:
    assert "pii_name" not in categories(run(text, owner_name=owner))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "礼品寄到广东省广州市天河区体育西路101号维多利广场B座2203室",
            "广东省广州市天河区体育西路101号维多利广场B座2203室",
        ),
        ("她家住成都市锦江区春熙路38号5栋2单元601，老小区", "成都市锦江区春熙路38号5栋2单元601"),
        ("地址：幸福里小区12栋302室", "幸福里小区12栋302室"),
    ],
)
def test_addresses_found(text: str, span: str) -> None:
    assert_span(run(text), "pii_address", span, text)


@pytest.mark.parametrize(
    "text",
    [
        "今天在杭州西湖区给客户做了保单检视",  # district only
        "公司地址：杭州市西湖区文三路100号3楼，欢迎来访",  # a company's address
        "活动地点：成都环球中心5楼会议厅",
    ],
)
def test_addresses_not_found(text: str) -> None:
    assert "pii_address" not in categories(run(text))


def test_health_needs_an_identifiable_person() -> None:
    named = "客户吴海峰上个月确诊肺腺癌，已经赔付"
    f = assert_span(run(named), "pii_health", "肺腺癌", named)
    assert f.severity is Severity.HIGH
    assert "pii_health" not in categories(run("被保险人王某，45岁，确诊肺腺癌，已经赔付"))
    assert "pii_health" not in categories(run("防癌险怎么选？肺癌早筛很重要"))


def test_title_field_and_offsets() -> None:
    post = Post(text="正文", title="客户韩立新理赔到账")
    found = DETECTOR.detect(post, DetectContext(ruleset=load_default_ruleset(), post=post))
    assert [(f.field, f.text) for f in found] == [("title", "韩立新")]
