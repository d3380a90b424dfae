"""The PII detector's settings (app/rules/default/detectors/pii.yaml ``config``), validated."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.taxonomy import Category, Severity


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CategoryText(_Strict):
    severity: Severity
    message: str
    basis: str
    suggestion: str = Field(description="may use {masked}: the value in its masked form")


class PolicyPattern(_Strict):
    id: str
    insurer: str = ""
    pattern: str = Field(description="regular expression on the upper-cased half-width text")
    needs_context: bool = True


class PolicyNumbers(_Strict):
    context_words: list[str]
    blocking_words: list[str] = Field(default_factory=list, description="订单号, 运单号…: not a policy")
    window: int = Field(default=12, ge=1, le=60)
    patterns: list[PolicyPattern]


class Emails(_Strict):
    role_local_parts: list[str] = Field(description="service@, kefu@ …: a company mailbox, not a person's")
    corporate_context: list[str] = Field(default_factory=list, description="客服邮箱 … just before")
    window: int = Field(default=8, ge=0, le=40)
    self_context: list[str] = Field(
        default_factory=list, description="找我, 联系我 …: the author's own business contact, not a third party's"
    )
    self_window: int = Field(default=40, ge=0, le=120)
    third_party_words: list[str] = Field(
        default_factory=list, description="他的, 客户 …: between a self cue and the address, it is someone else's"
    )


class Phones(_Strict):
    mobile_prefixes: list[int] = Field(description="3-digit number segments of the carriers")
    corporate_context: list[str] = Field(default_factory=list, description="客服电话, 热线 … just before")
    window: int = Field(default=8, ge=0, le=40)


class Cards(_Strict):
    context_words: list[str] = Field(description="卡号, 银行卡 …: lets a Luhn-valid unknown BIN count")
    window: int = Field(default=12, ge=0, le=60)


class Names(_Strict):
    cues_before: list[str] = Field(description="客户, 投保人, 收件人 … right before a name")
    cues_after: list[str] = Field(description="先生, 阿姨, 的理赔 … right after a name")
    field_cues_after: list[str] = Field(
        default_factory=list, description="保单号, 手机 …: a record field after the name, past a space or comma"
    )
    weak_given_max_freq: int = Field(
        default=1000, ge=0, description="after a weak surname with no cue before, a given name this common is a word"
    )
    not_given_names: list[str] = Field(default_factory=list, description="一下, 一起 …: never a given name")
    honorifics: list[str] = Field(description="先生, 哥, 总, 某 …: right after a bare surname, the compliant form")
    common_word_min_freq: int = Field(default=100, ge=0, description="jieba frequency above which 黄金 is a word")
    not_names: list[str] = Field(default_factory=list, description="public figures and words that look like names")
    blocking_after: list[str] = Field(default_factory=list, description="人寿, 保险, 公司 …: an organisation")
    given_chars_max: int = Field(default=2, ge=1, le=3)
    false_cues: list[str] = Field(default_factory=list, description="客户名单 …: a cue inside another word")
    weak_surnames: str = Field(default="", description="surnames that are common words: need a cue before")
    stop_chars: str = Field(description="characters that never begin or continue a given name (的, 先, 某 …)")
    context_words: list[str] = Field(
        description="理赔, 确诊, 保单 …: a claim-story context that lets an NER name count"
    )
    context_window: int = Field(default=30, ge=0, le=200)
    adjacent_window: int = Field(default=4, ge=0, le=20, description="name-to-identifier gap (冯晓东 138…)")
    role_words: list[str] = Field(
        default_factory=list, description="投保人, 受益人 …: insurance roles, never part of a name (投保人和受益人)"
    )
    org_words: list[str] = Field(
        default_factory=list, description="人寿, 保险, 公司 …: a name never overlaps a company or product word"
    )
    measure_surnames: str = Field(default="", description="张 …: after a numeral a measure word (两张保单)")
    public_roles: list[str] = Field(
        default_factory=list, description="记者, 通讯员 …: a byline right before a name, not a customer"
    )
    self_intro_cues: list[str] = Field(
        default_factory=list, description="我是, 我叫 …: a third party's own words, when the account owner is known"
    )


class Ner(_Strict):
    backend: Literal["crf", "hanlp", "none"] = "crf"
    model_path: str = Field(default="ner/person_crf.crfsuite", description="relative to app/data/ or absolute")
    gate_window: int = Field(default=12, ge=0, le=200, description="cue-to-surname distance that wakes the NER")
    decode_window: int = Field(
        default=12, ge=2, le=200, description="characters either side of a woken surname that the NER reads"
    )
    gate_always: bool = Field(default=False, description="run the NER on every whole sentence (costly)")


class Address(_Strict):
    street_markers: list[str] = Field(description="路, 街, 巷, 弄 … the street part")
    door_markers: list[str] = Field(description="号, 栋, 幢, 单元, 室 … door level")
    cues: list[str] = Field(description="家住, 住址, 寄到 …: an address follows even without a province/city")
    blocking_words: list[str] = Field(default_factory=list, description="公司地址, 营业部 …: not a person's")
    window: int = Field(default=10, ge=0, le=60)
    max_length: int = Field(default=60, ge=8, le=200)


class Health(_Strict):
    conditions: list[str] = Field(description="diagnosis terms and stems (…癌, 骨折 …)")
    condition_suffixes: list[str] = Field(description="癌, 瘤, 炎 …: the ends of a diagnosis phrase")
    blocking_after: list[str] = Field(default_factory=list, description="险, 保险 …: 癌症险 is a product")
    window: int = Field(default=40, ge=1, le=200, description="identifier-to-diagnosis distance")
    story_window: int = Field(
        default=600, ge=0, le=5000, description="name-to-diagnosis distance in a story (0: window only)"
    )
    diagnosis_cues: list[str] = Field(
        default_factory=list, description="确诊, 查出, 病理 …: the sentence reports somebody's diagnosis"
    )
    person_refs: list[str] = Field(
        default_factory=list, description="她, 他, 客户 …: a third person the diagnosis belongs to"
    )
    hypothetical_cues: list[str] = Field(
        default_factory=list, description="如果, 比如 …: an example or a question, nobody's diagnosis"
    )


class IdNumbers(_Strict):
    context_words: list[str] = Field(description="身份证, 证件号 …: needed for 15-digit legacy IDs and passports")
    window: int = Field(default=12, ge=0, le=60)


class Plates(_Strict):
    """Licence plates; absent from a ruleset (older packs), the finder is off."""

    enabled: bool = False
    provinces: str = Field(default="", description="province abbreviations a plate starts with (沪, 滬 …)")
    context_words: list[str] = Field(default_factory=list, description="车牌, 车主, 出险车辆 …: a vehicle is meant")
    window: int = Field(default=12, ge=0, le=60, description="cue-to-plate distance before the plate")
    after_window: int = Field(default=6, ge=0, le=40, description="plate-to-cue distance after (沪A12345的车主)")
    labelling_separators: list[str] = Field(
        default_factory=list, description="·, • after the office letter: the official form, a plate without a cue"
    )
    self_context: list[str] = Field(default_factory=list, description="我的车牌 …: the author's own car")
    self_window: int = Field(default=12, ge=0, le=60)
    self_after: list[str] = Field(default_factory=list, description="是我的车 … right after the plate")
    third_party_words: list[str] = Field(
        default_factory=list, description="客户, 对方 …: between a self cue and the plate, it is someone else's"
    )


class PiiConfig(_Strict):
    categories: dict[Category, CategoryText]
    ids: IdNumbers
    phones: Phones
    cards: Cards
    emails: Emails
    policy_numbers: PolicyNumbers
    names: Names
    ner: Ner = Field(default_factory=Ner)
    address: Address
    health: Health
    plates: Plates = Field(default_factory=Plates)
