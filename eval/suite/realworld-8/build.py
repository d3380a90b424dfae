#!/usr/bin/env python3
"""LABELLED evaluation corpus of Chinese insurance self-media posts (stdlib only).

Writes posts.jsonl next to this file. Labels are (category, phrase) or (category, phrase, occurrence)
with occurrence 1-based; ("missing_disclosure",) is post-level. Spans are computed with str.find and the
build fails loudly when a phrase is absent, or ambiguous without an occurrence number.
"""
import json
import os
import re
import sys

CATEGORIES = {
    "ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
    "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info",
    "pii_name", "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email",
    "pii_policy_number", "pii_health", "missing_disclosure", "negative_sentiment",
}
CHANNELS = {"wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"article", "caption", "poster_text", "live_script", "comment_reply"}

PREFIX = "RW8"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


GENRES = {"penalty_quote", "court_quote", "news_quote", "marketing", "warning", "guide", "news", "qa"}
HERE = os.path.dirname(os.path.abspath(__file__))


def _norm(u):
    u = u.strip().rstrip("/")
    for p in ("https://", "http://"):
        if u.startswith(p):
            u = u[len(p):]
    return u[4:] if u.startswith("www.") else u


USED = {_norm(l) for l in open(os.path.join(HERE, "used_sources.txt"), encoding="utf-8") if l.strip()}


def P(channel, content_type, genre, source, note, text, labels=()):
    pid = f"{PREFIX}-{len(POSTS) + 1:04d}"
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels), "source": source, "note": note})


# ---- posts go here ----
# ===== batch 1 =====
P("wechat_mp", "article", "marketing", "https://m.virtuarts.com/bx/10828", "date: n.d. (2021-22 data cited); broker blog, 13-product critical-illness review; explanatory paragraph",
"""理想情况下,重疾险应该是,得了「重疾」就该赔一笔钱的保险。
但落到现实,就变成了,按照「合同规定」的重疾,达到「合同规定」的条件,才能赔「合同规定」的钱。""")

P("toutiao", "article", "news", "http://6nww.com/artinfo-23940.html", "date: n.d. (c. 2021); feature on insurance agents' image; neutral news voice",
"""魔幻的是,高调的“卖保险的”展现出来的职业形象,往往与上述印象形成鲜明对比:他们每天穿梭在各类高档场合,参加各种高端会议、行业论坛、精品沙龙,合照发出来一水儿的西装革履,都是年入百万的成功人士形象。""")

P("toutiao", "article", "news", "http://www.52youjy.com/xinwenzhongxin/dangjianzhuanlan/4060.html", "date: 2025; industry analysis of agent headcount and income; public annual-report figures (not confidential)",
"""数据显示,个险人力从2019年的912万锐减至2023年的281万,四年间缩水近70%;与此同时,上市险企人均产能却逆势提升,例如头部险企中国平安代理人月均收入进一步升至10395元(同比增加582元),中国太保核心人力月人均首年佣金收入6,868元,同比增长7.1%。""")

P("wechat_mp", "article", "marketing", "https://yibuda.com/post/1364.html", "date: 2024-11-15; broker site 保险攻略 on 惠民保 and pre-existing conditions; accurate description",
"""生过大病,或者年纪很大的朋友,通常都买不了百万医疗险。要是想补充医疗方面的保障,惠民保是不错的选择。

和百万医疗险不同,惠民保的投保要求会更宽松,不限健康状况、年龄和职业,而且不少惠民保还能保障投保前就有的病。""")

P("wechat_mp", "article", "news", "https://www.ainsur.top/news/gBjlvLXZzkpW", "date: c. late 2024; analysis of 2025 惠民保 schemes; neutral",
"""过去一个月,上海、广州、杭州等超过七个城市的2025年度“惠民保”产品方案陆续露出水面。与往年单纯“升级保障”不同,今年的调整出现了一个微妙但影响深远的趋势:对连续参保者的优待,以及特定药品免赔额的下调。这不再是简单的保障叠加,而是开始深度介入个人健康险的组合策略。""")

P("toutiao", "article", "guide", "https://isolves.com/cj/bx/2022-04-08/52597.html", "date: 2022-04-08; explainer 惠民保 vs 百万医疗; renewal terms stated with limits",
"""目前,除了深圳惠民保(深圳专属医疗险)最长可保证续保6年,其余城市惠民保均不保证续保,而且已经出现了不少城市去年有今年没有的情况。""")

P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/other/225071.html", "date: n.d. (c. 2025); broker article on a chronic-disease medical product; neutral framing",
"""对于高血压和糖尿病患者来说,像惠享e生这类面向慢病人群的医疗险,提供了一个可能的选择。但问题来了——这类产品真的适合你吗?""")

P("wechat_mp", "article", "marketing", "http://cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=39349", "date: 2025-12-14; forum post by a seller on annuities; describes fixed annuity payments",
"""也正因如此,商业年金险受到越来越多人的青睐,它能在社保之外,给退休生活再添一笔 “每月固定收入”,活多久领多久,不用操心市场波动,稳稳托住生活质量。""")

P("toutiao", "article", "guide", "https://xyz.cn/discover/detail-shouxian-3258321.html", "date: n.d.; explainer on 增额寿 vs 终身寿; cautionary",
"""然而,需要注意的是,增额寿险的保险金额增加是有条件的,通常需要被保险人在保险期间内保持良好的健康状况和支付保险费。如果被保险人的健康状况发生了变化或者未按时支付保险费,保险金额的增加可能会受到限制或者停止。因此,购买增额寿险时,被保险人需要仔细了解保险合同中的条款和条件,以确保自己能够享受到保险金额逐渐增加的权益。""")

P("wechat_mp", "article", "marketing", "http://tugacr.com/yiangtiyujieshao/139204.html", "date: c. 2025 (before 2.5%->2.25% cut); 增额寿 buying advice; window-period and stop-sale framing",
"""一、优先锁定 “窗口期” 产品,抓住现有高收益机会

预定利率下调的核心影响是新产品收益性下降(比如从 2.5% 预定利率降至 2.25%,长期复利收益差距显著)。目前市场上仍有部分 2.5% 预定利率的普通型增额寿险在售(多为停售倒计时状态),这类产品的现金价值增长是刚性确定的(写入合同,不受市场波动影响),是锁定长期确定收益的最佳选择。""",
[("stop_sale_hype", "抓住现有高收益机会"), ("stop_sale_hype", "多为停售倒计时状态"), ("guaranteed_return", "锁定长期确定收益"), ("ad_absolute", "最佳选择")])

P("wechat_mp", "article", "marketing", "http://tugacr.com/yiangtiyujieshao/139204.html", "date: c. 2025; same article, participating-product section; states dividends uncertain",
"""预定利率下调后,分红型增额寿险可能成为市场主流(普通型预定利率受限,分红型可通过 “保底 + 浮动分红” 提升竞争力)。但分红收益是不确定的,挑选时需重点关注两个指标:""")

P("wechat_mp", "article", "marketing", "https://m.huize.com/study/detail-468721.html", "date: 2025-05-26; broker (慧择) 保险资讯 on rate cuts; advises against surrender",
"""如果你已经买了保险,别急着退保。退保不仅可能损失已交保费,还会失去保障。相反,你可以重新审视自己的保单,看看是否需要调整保额或缴费方式,以更好地适应新的利率环境。""")

P("wechat_mp", "article", "marketing", "https://www.investbrother.com/brother-academy/savings-insurance-comparison-hk-2025", "date: 2025-10-17; HK savings-insurance comparison article (traditional Chinese); pitched against bank deposits",
"""面對五花八門的儲蓄保險計劃,您是否也感到困惑?無論是為未來目標儲蓄,還是尋求比銀行存款更高的回報,選擇一份合適的儲蓄保險都至關重要。""",
[("deposit_comparison", "尋求比銀行存款更高的回報")])

P("wechat_mp", "article", "marketing", "https://www.moneyhero.com.hk/zh/campaign/saving-insurance-hongkong", "date: 2025; HK comparison platform campaign page for savings insurance; sets it against time deposits and bonds",
"""2024年起美國多次減息,加上香港銀行同業拆息(HIBOR)大幅下跌,直到至今2025年, 各大銀行定存及債券等傳統低風險產品的回報不斷下降,投資者若想鎖定較高收益,便需尋求更具吸引力的儲蓄方案。長期回報較高的儲蓄保險近年成為不少人追求財富穩定增值的熱門選擇,但不少儲蓄保險產品設計複雜,陷阱亦不少。""",
[("deposit_comparison", "各大銀行定存及債券等傳統低風險產品的回報不斷下降")])
# ===== batch 2 =====
P("toutiao", "article", "marketing", "https://www.76hw.com/news/er-tong-jiao-yu-jin-bao-xian-gui-hua-shou-yi-dui-bi-ru-he-bi-kai-yin-cang-xian-jing-xuan-dui-chan-pi.html", "date: c. 2024-25; education-fund insurance buying guide; compares with bank savings to insurance's advantage",
"""儿童教育金保险本质上是一种兼具储蓄和保障功能的长期理财工具。它通常要求家长在孩子较小的时候开始定期缴费,等到孩子进入特定教育阶段(如高中、大学)时,保险公司会按照合同约定返还一定金额的教育金。与普通银行储蓄相比,教育金保险具有强制储蓄、收益稳定、附加保障等优势;但与股票、基金等投资方式相比,它的流动性较差,前期退保损失较大。""",
[("deposit_comparison", "与普通银行储蓄相比,教育金保险具有强制储蓄、收益稳定、附加保障等优势")])

P("toutiao", "article", "guide", "https://www.ainsur.top/news/uyRGVLXGMvk5", "date: c. 2025; consumer-education piece on insurance posts on social media; warning voice",
"""然而,保险的核心是枯燥的条款与概率,而非视觉美感。某资深核保人透露:“我见过客户拿着‘网红同款’保单来咨询,却说不清等待期有多长。他们为仪式感支付了溢价,却可能忽略了保单里除外责任的细则。”""")

P("wechat_mp", "article", "marketing", "https://dby.cn/detail-111785.html", "date: n.d.; agent's personal blog post on why to buy insurance; no product claim",
"""前几天,多保鱼跟一个很久没见的同学吃饭,聊聊彼此的生活。朋友听说我现在在从事保险行业,打趣地说:“买保险?有钱人啊!”
我说就是因为没钱,所以才更要给自己买一身的保险。""")

P("toutiao", "article", "guide", "https://www.76hw.com/news/shui-you-jian-kang-xian-zhen-de-zhi-de-mai-ma-mai-qian-bi-kan-de-zhen-xiang-yu-bi-keng-zhi-nan.html", "date: c. 2024-25; explainer on tax-advantaged health insurance; sobering on tax saving",
"""税优健康险最大的卖点是税收优惠,但实际优惠金额并不高。根据政策,每年最高可税前扣除2400元保费。这意味着,如果你的个人所得税税率是10%,那么每年最多可以节省240元的税款;如果是20%的税率,则节省480元。对于高收入人群(税率30%以上),节省的税款会更多,但总体而言,税收优惠的绝对金额并不大。""")

P("toutiao", "article", "guide", "https://www.76hw.com/news/shui-you-jian-kang-xian-yu-ge-ren-yang-lao-jin-shuang-zhong-jie-shui-ce-lve-ru-he-yong-bao-xian-gui.html", "date: c. 2024; explainer on 税优健康险 + 个人养老金; 国家级 describes a national tax policy (true, not a finding)",
"""在当前的中国税收政策下,税优健康险和个人养老金作为两大国家级税收优惠工具,正受到越来越多中高收入人群的关注。它们不仅能帮助您合法降低个人所得税负担,还能为未来的健康和养老提供坚实保障。""")

P("toutiao", "article", "qa", "https://www.henyumen8.com/shucs/202510/349052.html", "date: 2025-10-29; Q&A answer on what 返点 means; explanatory",
"""返点,即“佣金返还”,是指保险公司或代理人根据销售保险产品的业绩,向销售人员(如保险经纪人、代理机构)支付的一定比例的费用。这部分费用通常由保险公司承担,而不是直接从投保人手中扣除。

需要注意的是:返点不是给投保人的,而是给销售人员的激励报酬。有些情况下,返点可能间接影响保费价格,但并非所有返点都会体现在保单上。""")

P("toutiao", "article", "guide", "https://www.09mi.com/jzqd/277530.html", "date: c. 2025; analysis of car-insurance rebate claims by an online platform; warning voice",
"""值得注意的是,卡盟金服等平台常宣称“返点高达保费30%”,这显然远超行业常规水平——若按此计算,平台需从保险公司获取至少40%的佣金,但保险公司自身综合成本率(赔付率+费用率)通常控制在95%以上,留给渠道的佣金空间本就有限,所谓“30%返利”大概率是“羊毛出在羊身上”的障眼法。""")
# ===== batch 3 =====
P("toutiao", "article", "guide", "http://skiend.com/xinwendongtai/810702.html", "date: 2025-11-21; explainer on insurer insolvency; 稳赚不赔 used in a negation",
"""第一种是投资亏太多,收不回成本。保险公司收了咱们的保费后,不能把钱全存银行吃利息,得拿去投资赚点钱,才能支撑未来给大家理赔。但投资哪有稳赚不赔的?要是脑子一热投了高风险的项目,比如踩雷那种没人听说过的冷门股票,或者买了地段差的商铺砸在手里,再赶上股灾、经济下行,钱拿不回来,手里的 “余粮” 就会越来越少。要是亏到连客户出险该赔的钱都凑不够,那麻烦就大了。""")

P("wechat_mp", "article", "marketing", "https://haomeiwen.com/subject/ihjopktx.html", "date: 2020-10-15; broker (锦鲤保) long critical-illness article; superlative self-promotion",
"""这应该是全网你能找到关于重疾险的——最全面的文章。

这篇文章覆盖了投保重疾险的全过程,即使是0基础的小白,看完这篇文章,也至少能了解个七七八八。""",
[("ad_absolute", "全网你能找到关于重疾险的——最全面的文章")])

P("wechat_mp", "article", "marketing", "https://bbs.wacai.com/web/thread/9883654", "date: n.d.; forum post by a broker account explaining indemnity vs fixed-benefit cover",
"""报销型保险就是自己先付钱给医院,然后拿着医院账单找保险公司报销,在医院花了多少,保险公司按不同比例赔付。这种保险类型的代表是百万医疗险。

固定给付型保险大多数是确认被保人患病后(有些疾病是需要达到特定的阶段才赔,有些则要做完某种特定手术才赔),保险公司即可给付钱款,不用自己垫付。这种保险类型的代表就是我们耳熟的重疾险。""")

P("wechat_mp", "article", "marketing", "https://meihualife.com/nrjx/372.html", "date: c. 2025; insurance sales company (美华) article on participating policies; critical voice, no product claim",
"""但热闹背后,我们一定要冷静下来;
当我深入研究市面上琳琅满目的分红险产品,对比其条款、收益结构和保险公司后,不得不得出一个可能有些刺耳的结论:
95%的分红险,或许都不值得购买……
保司利用了信息不对称,让你用高昂的成本和漫长的等待,去博取一个并不明朗的“预期”;""")

P("wechat_mp", "article", "marketing", "https://www.meihualife.com/nrjx/539.html", "date: c. 2025-26; insurance sales company article; 100% refers to the contractually guaranteed part (not a finding)",
"""实际收益 = 保证收益 + (演示收益 - 保证收益) × 70% × 分红实现率
这个公式是评估任何一款分红险的基石,我们来逐一拆解其中的三个关键变量:
这是白纸黑字写进合同、100%确定的现金价值增长部分。无论保险公司投资盈亏,这部分收益都雷打不动。目前市场上分红险的保证收益主要分为1.5% 和 1.75% 两档。""")

P("wechat_mp", "article", "marketing", "https://siliu.net/p/v8wy37wox2.html", "date: n.d.; broker account (保姑) first-person explainer of critical-illness cover; accurate",
"""我的使命很简单:就是该赔钱的时候直接赔钱。
一旦确诊我们合同约定的重大疾病,达到赔付标准了,我就赔钱。""")
# ===== batch 4 =====
P("wechat_mp", "article", "news", "https://www.tjfinance.com.cn/show-13-186-1.html", "date: 2025-05-11; 中国银行保险报 reporter column on elder fraud; quotes the 保本高收益 warning",
"""记得监管高层曾明确指出,宣扬“保本高收益”就是金融诈骗。此言不虚也。但是现实中,一些老年人的“防线”为何会被屡屡攻破?这一点尤其需要我们深思。老年人认知弱,身边人少,容易受到他人“嘘寒问暖”的感动,进而被高息高收益“蛊惑”,用自己的“养命钱”填鼓了诈骗分子的腰包。""")

P("toutiao", "article", "marketing", "http://hhxhgs.com/peizijigouwang/46997.html", "date: n.d. (c. 2024-25); article promoting ordinary annuities; compares with deposits, bonds and funds",
"""试想,银行存款最多锁定5年利率,国债最长不过30年,股票基金更是每天随市场起伏。但普通型年金保险一旦签约,就能在漫长的岁月里保持收益不变。比如一份预定利率3%的保单,即便30年后市场利率降至1%,你依然能按3%的标准领取年金。这种“穿越周期”的能力,让它成为规划长期目标(如养老、教育)的理想选择。""",
[("deposit_comparison", "银行存款最多锁定5年利率,国债最长不过30年")])

P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1138888042747982564.shtml", "date: c. mid-2025; broker portal (沃保) piece on 3.5% compound-interest claims; balanced, warns against treating illustrations as promises",
"""监管动态也值得关注。2024年底以来,监管部门多次强调防范利差损风险,部分保险公司已调整产品定价策略。投保时需重点阅读条款中关于「保证利益」与「非保证利益」的界定,警惕销售话术中将演示利率混淆为承诺收益的行为。""")

P("wechat_mp", "article", "marketing", "https://m.mibaoxian.com/article/50231.htm", "date: n.d.; broker site article on '3.5% annuity'; presents the rate as promised annual interest",
"""3.5%的年金险是一种特定类型的养老保险,它提供了一种稳定的退休收入来源。按照约定,保险公司承诺每年支付给投保人3.5%的年金利息。这意味着,在保单有效期内,投保人每年都能获得相对稳定的固定金额。通常情况下,保险公司会要求投保人在退休之前一直缴纳保费,并设定了一定的保单期限。""",
[("guaranteed_return", "保险公司承诺每年支付给投保人3.5%的年金利息")])

P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/1139751907554652750.shtml", "date: c. 2025; broker portal (沃保) annuity article; deposit comparison and 刚性兑付",
"""年金保险通过法律合同锁定未来数十年的现金流规划,从缴费金额、领取年龄到给付周期均以条款形式明确载入合同。这种确定性体现在两个维度:一是对抗利率下行风险,当前主流产品的预定利率虽已从3.5%调整至3.0%,仍显著高于银行定期存款;二是规避长寿风险,养老年金可提供与生命等长的持续给付,有效解决"人活着钱没了"的养老困境。以某头部险企产品为例,35岁女性年缴10万元、缴费10年,60岁起每年可固定领取15.2万元直至终身,这种刚性兑付特性在资管新规打破刚兑的背景下更具稀缺价值。""",
[("deposit_comparison", "仍显著高于银行定期存款"), ("guaranteed_return", "这种刚性兑付特性在资管新规打破刚兑的背景下更具稀缺价值")])

P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1137078134849405230.shtml", "date: 2025-04-16; broker portal (沃保) annuity article; 'national credit backing' and deposit comparison",
"""当多数理财产品在利率波动中颠簸时,年金保险如同扎根岩壁的松柏,其安全性来自银保监会的双重监管机制。保险公司不仅受《保险法》第92条约束,即便破产也会有国家指定机构接管保单。这种“国家信用背书”模式,让年金账户比银行储蓄更具契约刚性,尤其适合存放人生关键阶段的“保命钱”。""",
[("false_authority", "这种“国家信用背书”模式"), ("deposit_comparison", "让年金账户比银行储蓄更具契约刚性")])

P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1137078134849405230.shtml", "date: 2025-04-16; same article; 3.5% rate as an oasis, fixed growth 'will not shrink'",
"""在利率下行成为全球趋势的今天(2025年基准利率预测值2.1%*),年金保险3.5%的预定利率如同沙漠中的绿洲。不同于基金股票的过山车式波动,它的收益增长轨迹像刻在石板上的铭文——写进合同的固定增值比例,确保20年后的教育金、30年后的养老钱不会因市场震荡缩水。""",
[("guaranteed_return", "它的收益增长轨迹像刻在石板上的铭文")])
# ===== batch 5 =====
P("wechat_mp", "article", "marketing", "https://www.rinaloveslife.com/news/2021-nian-yi-wai-xian-bang-dan-jie-xiao-na-kuan-xing-jia-bi-zui-gao-bao-zhang-fan-wei-zui-guang-bao.html", "date: 2021 ranking; accident-insurance 榜单 article; superlatives and simple ranking",
"""1. 小蜜蜂2号超越版:性价比之王,保障范围最广

小蜜蜂2号超越版由众安保险承保,是2021年意外险市场的明星产品。它以极高的性价比和广泛的保障范围脱颖而出,适合大多数成年人(18-60岁)。""",
[("ad_absolute", "性价比之王"), ("ad_absolute", "保障范围最广")])

P("wechat_mp", "article", "marketing", "https://www.rinaloveslife.com/news/shi-yue-yi-wai-xian-zui-xin-bang-dan-chu-lu-na-kuan-xing-jia-bi-zui-gao-na-kuan-bao-zhang-zui-quan-y.html", "date: 2023-10; accident-insurance guide; explains benefits with their limits (猝死 not strictly accident)",
"""- 其他附加保障: 许多产品还会包含意外住院津贴、猝死(严格来说不属于意外,但很多产品将其作为特色保障)、交通意外额外赔付等,进一步提升保障的厚度。""")

P("wechat_mp", "article", "marketing", "https://surgenepal.com/zhishi/12-490967", "date: 2022; agent's accident-insurance review (知乎-style); 最值得选 ranking claim",
"""①优秀产品:重新整理了目前最值得选的意外险,从0到80岁统统都有(文章第三部分,需要直接跳转)""",
[("ad_absolute", "最值得选的意外险")])

P("wechat_mp", "article", "marketing", "https://m.275.com/article/18633.html", "date: 2022; broker-account accident-insurance review; explains the 非疾病 condition",
"""其中需要特别注意第四点——“非疾病的”。

比如家里老人因突发心梗摔跤骨折,或者因骨质疏松引发病理性骨折,都不能赔。

如果是不小心被人撞到骨折了,那就可以赔。""")

P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/133049.html", "date: n.d.; group-insurance promotional overview; definitional paragraph",
"""团体保险是以企业或组织为投保主体,通过统括保单为成员提供风险保障的保险形式。其核心特征体现在:
群体保障:覆盖3人及以上企业员工,以集体名义投保,降低个体投保成本;
灵活定制:根据企业需求组合意外、寿险、健康险等产品,支持特别约定(如评残标准、免赔额);
成本优势:团体规模效应使保费低于个人保险,且免体检流程简化承保手续。""")

P("toutiao", "article", "qa", "https://m.cameronpac.com/wenda/3-571266", "date: n.d.; Q&A answer on buying group insurance; selection criteria",
"""保障覆盖度:优先选择条款明确、免责条款少的产品。
理赔效率:关注平均理赔周期(建议选择10个工作日内结案的保险公司)。
附加服务:健康管理、法律咨询、紧急救援等增值服务可提升性价比。""")

P("toutiao", "article", "guide", "https://www.ctghr.com/information/kn/3978", "date: 2025-06-27; HR-service site explainer on group life and health insurance; tax and welfare facts",
"""薪酬竞争力提升:作为非货币福利的核心组成部分,可有效弥补薪资差距。调研显示,提供团体医疗险的企业员工留存率有所提升。
税务合规优化:企业缴费部分可计入“职工福利费”科目,在工资总额14%限额内税前扣除。""")

P("wechat_mp", "article", "marketing", "https://xuexi.huize.com/study/detal-521808.html", "date: n.d.; broker (慧择) guide to group insurance; example claim story without names",
"""举个例子,一家科技公司为30名程序员购买了团体意外险。一名员工下班途中遭遇车祸骨折,保险公司快速赔付了2万元医疗费,让他安心治疗,公司也避免了额外支出。这种保险特别适合工作强度大或外出频繁的团队。""")
# ===== batch 6 =====
P("toutiao", "article", "warning", "http://getaca.cn/quyu/2020-07-09/42397.html", "date: 2020-07-09; news re-stating CBIRC 2019 self-media risk warning (traditional chars with inline pinyin residue, kept as found); lists banned wording as examples",
"""實(shí)際上,朋友圈早已不再是監(jiān)管空白區(qū),營銷員的言行,正在經(jīng)歷更嚴(yán)格的規(guī)范。2018年,銀保監(jiān)會就曾發(fā)布關(guān)于防范部分營銷人員在微信朋友圈等自媒體平臺發(fā)布虛假營銷信息的風(fēng)險提示。2019年1月銀保監(jiān)會還發(fā)布《關(guān)于防范利用自媒體平臺誤導(dǎo)宣傳的風(fēng)險提示》,就關(guān)于防范部分營銷人員在微信朋友圈等自媒體平臺發(fā)布虛假營銷信息的風(fēng)險進(jìn)行提示。銀保監(jiān)會還明確指出了三類誤導(dǎo)行為分別是:饑餓營銷類、夸大收益類、曲解條款類。其中,饑餓營銷類包括宣傳保險產(chǎn)品即將停售或限時銷售,如使用“秒殺”“全國瘋搶”“限時限量”等用語;夸大收益類包括混淆保險產(chǎn)品和其他固定收益類理財(cái)產(chǎn)品,如發(fā)布“保本保息”“保本高收益”“復(fù)利滾存”等;""")

P("toutiao", "article", "news", "http://www.personofthehour.com/2023/0323/416625.html", "date: 2023-03-23; news on the 2023 self-check notice (traditional chars with inline pinyin residue, kept as found); ranking lists described, not posted",
"""3月22日,部分銷售人員發(fā)布的營銷宣傳內(nèi)容存在諸多不合規(guī)現(xiàn)象。如多位保險經(jīng)紀(jì)人在小紅書發(fā)布的“3月份增額終身壽險排行榜”等排名,僅依據(jù)預(yù)期收益率等單項指標(biāo)或完全沒有說明排名依據(jù),屬于《通知》所提到的“片面比較保險產(chǎn)品價格和簡單排名的內(nèi)容”。""")

P("toutiao", "article", "news", "http://7zj.aclaedu.cn/post/40334.html", "date: 2026-01; 界面新闻 report on bank-channel annuity sales during 存款搬家; customer's account, news voice",
"""王女士有一笔50万元、期限三年的定期存款刚刚到期。与以往不同的是,柜员并未第一时间推荐续存定期,而是详细介绍了一款年金险产品,反复强调“收益更高”“期限可选”“长期更划算”。
“听上去有点像存款升级版,但又说是保险。”王女士坦言,她当时并未立刻决定购买。""")

P("toutiao", "article", "news", "http://www.digipub.cc/dy/article/KJQNTM8K0550WHYR.html?spss=dy_author", "date: 2026-01; 财闻 report on 开门红 and deposit migration (traditional chars); warns of 存单 turned policies",
"""不過,“銀行賣保險”也存在隱患,投資者需要提高警惕。據財聞梳理發現,在社交平台,有不少消費者分享了自己“本想去銀行存款,卻買了一份保險”的經歷,甚至有人在多年后才發現,自己手中的“存單”實為儲蓄型或分紅型保險。""")

P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/zhongan/sites/GvoaFClJ/LVrJuYufiveS/news/16320", "date: c. 2025; insurer-branded microsite article on cancer insurance for the elderly; accurate, states limits",
"""针对老年人的健康保障,防癌险是一个值得重点关注的险种。与普通重疾险相比,防癌险的核保条件通常更为宽松,对高血压、糖尿病等老年人常见慢性病的限制较少。其核心保障要点主要聚焦于癌症风险,通常包含癌症确诊保险金、癌症住院津贴、癌症手术保险金以及特定癌症(如肺癌、肝癌、胃癌等高发癌症)的额外赔付。部分产品还提供癌症康复金和身故保险金。需要注意的是,不同产品的保障范围差异较大,有的仅保障恶性肿瘤,有的则扩展至原位癌等轻度病变,投保时务必仔细阅读条款。""")
# ===== batch 7 =====
P("wechat_mp", "article", "marketing", "https://www.46km.com/bx/2581", "date: c. 2019-20; broker blogger (多多) on small vs large insurers after a product review; overstates insolvency protection",
"""非常理解大家的担心,今天,咱们就一起聊聊大小保险公司这些事。


先说硬核结论:保险公司的招牌响不响、规模大不大、以后会不会破产,都不会影响到我们的保单和保障。""",
[("false_authority", "以后会不会破产,都不会影响到我们的保单和保障")])

P("wechat_mp", "article", "marketing", "https://www.46km.com/bx/2581", "date: c. 2019-20; same article; Fortune ranking cited with source (not a finding)",
"""光有钱还不够,股东必须要要信誉好、有实力,企业要能持续盈利,说白了就是要一直一直给公司赚钱。


就比如上面表里的复星保德信,股东保德信金融集团拥有140多年历史,是全球最大的金融机构之一,财富(Fortune)杂志2018年全球最受尊敬的人寿和健康保险公司第1名。""")

P("wechat_mp", "article", "marketing", "https://surgenepal.com/zhinan/1515973878342152192", "date: 2022; broker (深蓝) article on large vs small insurers; neutral data framing",
"""2、很多人从未听过的“小公司”,如招商人仁和、中宏人寿、中融人寿等,保费都在一百亿以上!可见,保险公司的大小只是相对而言,不是你没听说过就一定是“小公司”。""")

P("toutiao", "article", "guide", "https://www.xuehua.us/a/5eb5bed786ec4d1abb5f1d6b", "date: c. 2020; explainer on choosing insurers; accurate description of insolvency transfer and 保障基金 limit",
"""按照保险法的规定,如果有人寿保险公司出现破产,那么仍然有效的保单会被转移给别家保险公司继续承保,同时保险保障基金也会对这些保单进行不超过90%保单利益的救助(这个上限比例可以说是很优厚的)。""")

P("toutiao", "article", "guide", "http://www.qkl6.com/post/1957.html", "date: n.d.; consumer guide on choosing car insurers; unnamed companies, warning voice",
"""某些小型或区域性保险公司可能因理赔流程繁琐、客服响应慢、拒赔率高被消费者投诉,可通过银保监会官网查询投诉数据。
理赔效率低下
部分公司理赔周期长,需多次提交材料,甚至存在故意拖延的情况,影响用户体验。""")

P("toutiao", "article", "marketing", "http://www.shuzijixian.net/news/cjzh/112025_145724.html", "date: 2025-11; finance-site article (traditional chars) on universal-life accounts; calls the account a 理财账户",
"""萬能賬戶本質上是一個靈活的理財賬戶,它通常與一些年金險、終身壽險等主險搭配。保險公司會為萬能賬戶設定一個保證利率,這是無論市場環境如何變化,都能確保給到消費者的最低收益。比如,目前市場上一些萬能賬戶的保證利率在 2% - 3% 之間。這部分收益相對穩定,因為它是寫進保險合同的,具有確定性。""",
[("deposit_comparison", "萬能賬戶本質上是一個靈活的理財賬戶")])
# ===== batch 8 =====
P("toutiao", "article", "marketing", "https://www.surgenepal.com/wenda/11-555201", "date: c. 2025; Q&A answer by a seller (lilyq) on annuity pros and cons; certainty framing",
"""一、优点
安全稳健,收益确定
刚性兑付:年金险的收益写入合同,受《保险法》保护,保险公司需按约定给付,不受市场波动影响。
长期增值:复利计息(如3.5%年化复利),时间越长收益越可观,适合长期规划。""",
[("guaranteed_return", "收益确定"), ("guaranteed_return", "刚性兑付")])

P("wechat_mp", "article", "marketing", "https://www.163.com/dy/article/KI8QBF4J0553TEXM.html", "date: c. late 2025; 网易号 self-media article 'bank deposit or annuity'; year-by-year value table against a bank deposit",
"""再看收益性。短期看,年金险和银行存款差不多甚至更慢,但长期下来年金险的优势会越来越明显。行业内有组公开数据:某款年金险,每年交5万交5年(总25万),按保底2.5%计算,第10年现金价值27.5万,年化收益1.01%;如果把25万存银行10年定期,1%利率的话也是27.5万,两者持平。但第20年,年金险现金价值34.8万,银行定期转存后是30.25万;第30年,年金险45.2万,银行只有33.6万。""",
[("deposit_comparison", "第30年,年金险45.2万,银行只有33.6万")])

P("wechat_mp", "article", "marketing", "https://sxd.ltd/baoxian/1689953141836258.html", "date: 2023-07-21; reposted annuity sales article 'idle money: bank or annuity'; deposit and bond comparison",
"""但货币基金收益一直低迷,银行存款近几年也不太景气,1993年银行一年期存款基准利率在10.93%,现在降到了1.5%;相比保险的3%-4%,堪似落了毛的凤凰。

而国债虽然有国家信用作保障,安全性也极高,但收益只能“单利”计算,相比保险中的“复利”,那可就是天差地别。毕竟复利是被爱因斯坦冠名为世界第八大奇迹的,人口增长、GDP增长都离不开幕后黑手【复利效应】,有复利的加持,财富也能像滚雪球一样,越滚越大。""",
[("deposit_comparison", "相比保险的3%-4%,堪似落了毛的凤凰"), ("deposit_comparison", "相比保险中的“复利”,那可就是天差地别")])

P("wechat_mp", "article", "marketing", "https://meihualife.com/nrjx/156.html", "date: c. 2025; insurance sales company article on savings insurance; participating products called the best choice",
"""目前固收型的储蓄险,很多人都觉得收益已经“低得没眼看了”;而分红型储蓄险,不但有保底守住稳健确定的底线,分红加持后,还有往更高搏一搏的机会,已然成为了目前市场的主流和最优选。""",
[("ad_absolute", "最优选")])

P("wechat_mp", "article", "marketing", "https://news.yufumall.com/n/167243.html", "date: 2025-10-03; platform article on pension annuities; compares with bank WMPs and large CDs",
"""它和银行理财、基金又有什么不同?
- 银行理财/大额存单: 利率相对不高,且有期限,到期后面临“再投资风险”。
- 基金/股票: 长期收益可能更高,但波动大,不适合作为退休后的“保底”收入。
- 养老年金险: 提供的是“确定性的、终身的现金流”,是退休收入的“压舱石”。""",
[("deposit_comparison", "银行理财/大额存单: 利率相对不高,且有期限,到期后面临“再投资风险”")])

P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/52357.html", "date: c. 2025; broker 课堂 article by '奶爸' comparing deposits and 理财保险; 监管兜底 claim",
"""2、理财保险:合同保障 + 监管兜底
理财保险本金和收益以合同约定,受《保险法》保护,保险公司破产,银保监会会指定机构接管保单,保障权益。""",
[("false_authority", "监管兜底"), ("deposit_comparison", "理财保险本金和收益以合同约定")])

P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/52357.html", "date: c. 2025; same article, liquidity section; states surrender loss (clean)",
"""理财保险退保损失大,增额寿、年金险前3年退保可能亏本金,10万元退保或许只拿回8万;
而且需要长期持有,多数保单5年以上才回本,部分储蓄险产品持有10年才进入收益期。""")

P("toutiao", "article", "marketing", "http://liuhezhuangyuan.com/gupiaopeizizhongxinxingqing/99850.html", "date: 2025; finance-spam site article 'deposits or insurance'; bond and deposit comparison",
"""《保险法》第92条明确规定,人寿保险公司破产时,保单权益必须由其他机构接管,安全性与国债同级。
数据对比:
增额终身寿险:长期复利接近3.0%(写进合同,不受市场波动影响);年金险:部分产品IRR(内部收益率)突破3.5%,远超定存利率。风险提示:前5年退保可能亏损,需匹配长期资金规划。""",
[("deposit_comparison", "安全性与国债同级"), ("deposit_comparison", "远超定存利率")])
# ===== batch 9 =====
P("wechat_mp", "article", "marketing", "http://welightcapital.tw/Html/newsinfo8498.htm", "date: n.d.; claims-assistance law-office page; tells readers concealed history is paid after two years",
"""法庭最后判决保险公司应立即赔付刘先生10万元保险金。

这就是隐瞒病史买健康保险,过两年就能赔的原因,实际情况确实如此,保险公司相比于隐瞒病情的客户而言,处于弱势,而未来的趋势会慢慢平衡双方利益。""",
[("coverage_exaggeration", "隐瞒病史买健康保险,过两年就能赔")])

P("toutiao", "article", "news", "http://www.xjbxw.org.cn/Article_Show.asp?ArticleID=45530", "date: 2020-01-21; 中国银行保险报 article reprinted by an association site; court reasoning on concealed history",
"""法院经审理认为,陈某隐瞒病史和投保后住院情况,主观恶性明显,保险事故在投保时已经发生,该情形不适用《保险法》第十六条第三款的适用范围,原告不得援引该条款提出抗辩,保险人仍享有合同解除权。最终法院判决支持保险公司解约拒赔决定,驳回陈某家属诉讼请求。""")

P("wechat_mp", "article", "guide", "https://wxredian.com/art?id=067badead518f9be46d5d7444567632c", "date: 2024-12-20; law-firm column (波宁说法) on the two-year incontestability rule; question voice",
"""该规定让很多投保人认为即使投保时未如实告知,隐瞒病情,后再次发病发生保险事故,只要拖过两年后,则保险公司就需正常理赔。这种情况真的能在诉讼中获得支持吗?先看以下两个案例:""")

P("toutiao", "article", "news", "http://www.kcqsx.com/sz/202106/1300785.html", "date: 2021-06; local news on misunderstanding the incontestability period; expert warning",
"""其实,这是对“不可抗辩期”的误解。保险专家提醒:两年不可抗辩期是指投保人在签署保险合同的时候没有向保险公司如实告知自己的身体状况,在两年之内如果出险,保险公司有权单方面和投保人解除保险合同关系,并非熬过“两年不可抗辩期”就进了“保险箱”。""")

P("wechat_mp", "article", "marketing", "http://www.kunpenglun.com/2020/03196076.html", "date: 2020-03; blogger (坤鹏论保) explainer on disclosure duty; accurate",
"""在鹏哥的保险知识普及下,我们都知道在购买保险时有健康告知,需要遵守最大诚信原则(《保险的最大诚信原则到底是怎么回事?》)。

这个原则简单讲,就是如果我们没有履行健康告知,后期保险公司可以拒绝理赔。

这条是被写进保险法的。""")

P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/tag/%e7%90%86%e8%b5%94%e6%a1%88%e4%be%8b", "date: 2022-09; broker (大白) weekly claims report teaser; masked customer (李先生), aggregate figures",
"""买保险怕买错也怕理赔难 大白一站式服务 帮挑又帮赔 专家全程1对1跟进 拒绝一锤子买卖 买保险前,不少朋友会担心2个问题:能赔吗?赔的速度快吗? 所以大白推出了免费的理赔协助服务——小马理赔,今天就带来2022年9月5日-9月11日理赔周报,供大家参考。""")

P("toutiao", "article", "marketing", "https://www.chengdudc8.com/read-119317.html", "date: 2025; article on a named insurer's agent commission levels (增员-style income content); commission rates published",
"""首年度佣金(FYC)采用阶梯式设计,保障型产品如重疾险可达45%-50%,而储蓄型产品约为30%-35%。值得注意的是,部分高价值保单会触发额外奖励机制,比如百万保额以上的大单可能上浮5%-8%。""",
[("confidential_info", "保障型产品如重疾险可达45%-50%,而储蓄型产品约为30%-35%"), ("confidential_info", "百万保额以上的大单可能上浮5%-8%")])
# ===== batch 10 =====
P("wechat_mp", "article", "marketing", "https://www.baoxianwh.cn/baike/9329.html", "date: c. 2025; insurance 百科 sales article on term life; cites a regulator 'guide' that sets sum insured (unverifiable, presented as official)",
"""优势一:保险金额与家庭负债精准匹配 根据中国银保监会2025年《家庭保险配置指南》,建议将保额设定为「10倍年收入 + 未还贷款总额」。定期寿险支持50 - 1000万灵活保额选择,有效覆盖三四线城市(约50万)到一线城市(300万 +)的不同家庭需求。""",
[("false_authority", "根据中国银保监会2025年《家庭保险配置指南》")])

P("toutiao", "article", "qa", "https://ask.nctoro.com/a281325", "date: 2026-01-26; Q&A site answer 'which million-yuan medical policy is best'; declines to name a best product",
"""在医疗成本持续上涨的背景下,百万医疗险以其高杠杆特性——每年数百元至数千元保费,就能换取上百万元的医疗保障,已成为大众转移大病风险的热门工具。然而,产品众多、条款复杂,让许多消费者陷入选择困难。事实上,没有绝对“最好”的产品,只有“最适合”的保障。本文将深入探讨如何从多个角度理性分析,结合自身情况,找到那份可靠的医疗安全网。""")

P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/52508.html", "date: 2025; broker 课堂 article on term life; leverage framing without absolute claims",
"""别看这个数字小,一旦发生意外,对家庭的打击可能是毁灭性的——
房贷没还完、孩子的教育费没着落、父母的赡养费没保障,这些缺口加起来普遍会超过200万。
而定期寿险恰恰能解决这个问题,每年花一千元左右,就能买到百万级的保障,堪称家庭顶梁柱的“刚需护甲”。""")

P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1140099081818743094.shtml", "date: c. 2025; broker portal (沃保) term-life article; lead-generation call to action",
"""房贷、车贷等长期负债是多数家庭的“隐形地雷”。定期寿险的保额应至少覆盖未偿还债务总额,例如剩余房贷200万的家庭,可选择200万保额、保障期与贷款期限匹配的产品。部分险企还推出“减额定期寿险”,保额随贷款余额递减,进一步降低保费成本。值得注意的是,投保时需核对免责条款,如战争、酒驾等导致的债务风险通常不在保障范围内。""")
# ===== batch 11 =====
P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1140187621614806015.shtml", "date: c. 2025; broker portal (沃保) pension-annuity explainer; guaranteed-rate range stated as rigid payment",
"""固定收益与浮动分红
传统型产品提供2.5-3.5%的保证收益率,确保领取金额刚性兑付;分红型产品在保底收益基础上,可分享保险公司70%以上的投资盈余,但存在收益波动风险。""",
[("guaranteed_return", "确保领取金额刚性兑付")])

P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/1144318007987111060.shtml", "date: c. 2025; broker portal (沃保) article 'is a pension annuity worth it'; rigid payment and safe-haven comparison with WMPs and trusts",
"""复利的巨大能量常被严重低估。假设35岁女性年缴10万、连续交5年购买商业养老年金,60岁起每月可固定领取约4300元直至终身。若活到85岁,累计领取137万,是总保费的2.74倍。关键在于,商业养老年金是少有的、受《保险法》和保险保障基金双重保护、刚性兑付的长期资产。2022年银行理财破净潮、2023年信托违约潮中,合同载明领取金额的养老年金成为避险港湾。""",
[("guaranteed_return", "刚性兑付的长期资产"), ("deposit_comparison", "2022年银行理财破净潮、2023年信托违约潮中,合同载明领取金额的养老年金成为避险港湾")])

P("wechat_mp", "article", "marketing", "https://news.yufumall.com/n/135732.html", "date: 2025-03-22; platform article on pension annuities; names a universal account's crediting rate as stable, no uncertainty statement",
"""传统型年金:预定利率最高 4.025%,收益明确写入合同,适合风险厌恶型人群。分红型年金:保底收益 + 浮动分红,如中国人寿的 “鑫享未来”,兼顾稳定性与增长潜力。万能型年金:支持追加保费与灵活支取,泰康人寿的 “尊享一生” 账户结算利率长期稳定在 4% 以上。""",
[("guaranteed_return", "账户结算利率长期稳定在 4% 以上"), ("missing_disclosure",)])

P("wechat_mp", "article", "marketing", "https://blob.wenxiaobai.com/article/1825d2d4-4c53-69f8-c58b-030a3be03be3", "date: n.d.; article 'bank savings vs insurance savings'; sets savings insurance against the deposit-insurance cap",
"""保险储蓄:无上限保障,合同为凭
相比之下,储蓄型保险如年金险、增额终身寿险等,则没有存款限额的顾虑。""",
[("deposit_comparison", "保险储蓄:无上限保障"), ("deposit_comparison", "则没有存款限额的顾虑")])

P("wechat_mp", "article", "guide", "https://vocus.cc/article/69269e6ffd89780001a66b5a", "date: c. 2025; Taiwanese blogger explainer on bank-sold savings insurance (traditional chars); warns declared rate is not guaranteed",
"""🔑 儲蓄險必懂的2個利率

💡 重點:銀行說的「2.5%」通常是宣告利率,不是保證利率!
實際運作:
- 保險公司用宣告利率計算「增值回饋分享金」
- 加到你的保單價值中
- 透過複利繼續累積""")
# ===== batch 12 =====
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/other/221554.html", "date: 2025; broker (普蓝) 2025 review of a participating savings product; guaranteed part likened to treasury bonds",
"""现在的理财市场,找个安心放钱的地方真不容易。银行利率一降再降,理财打破刚兑,股市波动又大。很多人只想求个稳妥,让手里的钱能稳健增值。
保底收益部分,白纸黑字写进合同,受《保险法》保护,安全性等同于国债,是资产压舱石。而分红部分,则给了我们一个分享保险公司经营成果、获取更高收益的机会。""",
[("deposit_comparison", "安全性等同于国债")])

P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/bxzs/221580.html", "date: 2025-11; broker (普蓝) article on a named insurer's participating products; investment record presented as assuring high dividends",
"""更具体地看,中意人寿2024年综合投资收益率达到11.82%,是行业平均水平的1.58倍。近三年的平均投资收益率也达到了4.71%。
强劲的投资能力为高分红的实现提供了保障。中意人寿的股东背景让它能够接触到许多国家级优质项目,如中石油西一、二线股权投资计划和中国最赚钱的铁路京沪高铁等。""",
[("guaranteed_return", "强劲的投资能力为高分红的实现提供了保障")])

P("toutiao", "article", "guide", "http://www.toubaow.com/licai/93093.html", "date: 2025; explainer on whether participating policies are reliable; 稳赚不赔 in a negation",
"""分红险并非“稳赚不赔”,其可靠性取决于产品设计、公司实力及个人需求匹配度。建议投保前务必核查历史分红数据,避免轻信销售话术,理性规划长期资产配置。""")
# ===== batch 13 =====
P("wechat_mp", "article", "marketing", "https://www.cpic.com.cn/c/2025-12-10/1878959.shtml", "date: 2025-12-10; page on an insurer-group domain promoting Hong Kong policies to mainland buyers; belittles mainland policies",
"""2.产品创新满足多元需求
香港保险的“隐藏功能”持续吸引眼球:
多币种保单支持美元、港元、人民币等货币自由转换,有效对冲单一货币贬值风险;
保单拆分功能允许将一份保单拆分为多份,满足子女教育、财富传承等场景;
无限次更换被保人设计,让保单成为“跨代资产”,突破内地保单“人走茶凉”的局限。""",
[("disparagement", "突破内地保单“人走茶凉”的局限")])

P("toutiao", "article", "news", "http://m.ce5.com.cn/yaowen/2023/0508/052023_9006.html", "date: 2023-05-08; 新快报 report on mainland visitors buying HK policies; balanced, industry caution",
"""预期收益高、价格实惠、保障全面……不少业内人士对于香港保险赞不绝口。真有如此“完美”的保险产品?有业内人士提醒,内地居民赴港投保不仅成本较高,且存在多重风险。""")

P("wechat_mp", "article", "marketing", "http://bbs.szhsbt.com/archiver/showtopic-7810.aspx", "date: 2020-06; forum repost of a broker blogger (浪浪) on the revised critical-illness definitions; explanatory",
"""他们选择在儿童节当天公布更新,这像极了成年人世界的模样。
而且,这次还是跟中国医师协会联合发布的,玩了一把跨界联名。
这一行为其实是惯例,代表新版重疾定义,已经和医师协会统一了在临床诊断上的口径。
这么做的目的是为了减少理赔争议,防止出现医生说你的病叫A,保险公司说赔付必须是B,但其实A就是B的情况发生。""")

P("wechat_mp", "article", "guide", "https://www.ainsur.top/news/l8J5jRWicTxs", "date: c. 2025-26; claims adjuster's first-person explainer on declined claims; masked names",
"""是的,必须告知。核保医学和临床医学视角不同。医生关注当下治疗,我们评估未来风险。这个“小异常”足以影响核保结论(可能是除外、加费或延期)。未如实告知,合同自始就存在瑕疵,我们只能做出拒赔解约的决定。这不是刁难,是契约精神的基础。""")
# ===== batch 14 =====
P("toutiao", "article", "marketing", "https://www.henanxw.com/baoxian/548e6c1fe5e5a38d197303fac9f43b7e.html", "date: 2025; SEO article 'choosing pension insurance'; 3.5% stated as guaranteed, universal crediting range stated flatly",
"""2025年市场上主流的年金险、万能险和投资连结险呈现显著分化。年金险保证3.5%的预定利率虽较2024年下降,但仍是风险厌恶型投资者的首选;太平洋保险新推出的"智享金生"产品创新性地将护理金与生存金捆绑赔付。万能险结算利率维持在4.2%-5.1%区间,泰康人寿的"鑫账户PLUS"允许每月部分提取而不影响复利计算,这种流动性设计在同类产品中独具优势。""",
[("guaranteed_return", "年金险保证3.5%的预定利率"), ("ad_absolute", "风险厌恶型投资者的首选"), ("guaranteed_return", "万能险结算利率维持在4.2%-5.1%区间"), ("missing_disclosure",)])

P("toutiao", "article", "marketing", "https://www.henanxw.com/baoxian/548e6c1fe5e5a38d197303fac9f43b7e.html", "date: 2025; same article; claims a state subsidy for buying commercial pension insurance",
"""个税递延型养老保险试点范围已扩大至全国,年缴费12000元额度内可减免应税所得额。尤其值得注意的是,2025年新施行的《个人养老金实施办法》规定,购买符合条件商业养老保险可额外享受3%的财政补贴,但要求最低持有期不得少于15年。""",
[("false_authority", "购买符合条件商业养老保险可额外享受3%的财政补贴")])

P("toutiao", "article", "marketing", "https://www.henanxw.com/baoxian/b8c00b363cdaf02c57043ac45ba3341d.html", "date: 2025; SEO article 'which personal pension insurance is best'; superlative value claim",
"""2025年个人养老保险的最优选择需综合参保年龄、收入稳定性、风险承受能力三大因素,其中带有税收递延功能的商业养老险+政府基础养老金组合方案对中等收入群体最具性价比。下文将解析三类主流保险的适配场景,并揭示94%用户忽略的合同隐藏条款。""",
[("ad_absolute", "对中等收入群体最具性价比")])

P("wechat_mp", "article", "marketing", "https://www.163.com/dy/article/KDNB4V9F0519Q647.html", "date: c. late 2025; 网易号 broker account (保瓶儿) on 个人养老金; insurance named the top pick over funds",
"""别急,我得先给大家提个醒,基金收益高,但波动也大,浮盈没落袋之前,终究是“纸面富贵”。
如果你想买个人养老金,其实我个人更推荐买保险。
今天,就跟大家好好聊聊,它凭什么成为首推?当前又有哪些好产品值得入手。""",
[("ad_absolute", "它凭什么成为首推")])

P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/54472.html", "date: 2025-12-17; broker (奶爸保) explainer on 个人养老金 tax deferral; says low-bracket savers gain little",
"""如果你的所得额在3.6万元以下,对应税率3%:

 

现在投12000元,节税12000×3%=360元;退休领取时缴12000×3%=360元,

 

相当于没省税,这类人群投个人养老金的税优意义不大。""")

P("toutiao", "article", "news", "https://sz12333.net.cn/zhzx/ylzx/18179.html", "date: 2026-01-10; 重庆日报 Q&A-style report on 个人养老金, reposted by a social-security info site",
"""所谓个人养老金,就是个人自愿参加、市场化运营、国家政策支持的补充养老保险制度,被称为除基本养老保险、企业和职业年金外的“第三支柱”养老保险。在中国境内参加城镇职工基本养老保险或者城乡居民基本养老保险的劳动者,均可以参加个人养老金制度。""")

P("weibo", "article", "news", "https://cc.bingj.com/cache.aspx?q=%E5%AF%B5%E7%89%A9%E4%BF%9D%E9%9A%AA&d=677529950391&mkt=zh-HK&setlang=zh-HK&w=wjban0GneBG3Dr2dg_Pd0EEgwXO6DhkQ", "date: n.d.; Hong Kong newspaper report (cached copy, traditional chars) on mainland pet insurance; limits stated",
"""據了解,以李小姐購置的寵物保險為例,這是支付寶上費用最高的一款醫療險,由大地保險承包。每年最高可報銷3萬元,每次最高2,500元,但即便是在定點醫院也只能報銷費用的60%。""")

P("xiaohongshu", "article", "guide", "http://m.uchongs.com/media/d42108", "date: n.d.; pet-site guide on pet medical insurance; 最好 used as advice",
"""1、关注保障病种
不限病种肯定是最好是的,可是一般这类类别的宠物医保,总保险金额都不容易太高,难以达到确保要求。因此相对而言,假如能既遮盖高病发种,保险金额又高,针对铲屎官来讲会是非常好的挑选。""")
# ===== batch 15 =====
P("moments", "caption", "news_quote", "https://xinlingchuangfu.org/thread-70-1-1.html", "date: n.d.; industry article listing 'classic misleading scripts'; only the agent's quoted pitch for a participating endowment (child, 88-year cover) is kept",
"""您看,每年存不到1万元,每5年会产生利息15000元,20年后不用存钱,每5年照样可以领15000元,这个收益比银行利息高得多吧?小孩子投保这个险种,很好的!一个0岁小孩,到88岁,可以领25.5万利息,88岁还可以取回至少10万元,共领了35.5万,而本金还不到20万。更何况还有保险的功能呢!""",
[("deposit_comparison", "每5年会产生利息15000元"), ("deposit_comparison", "这个收益比银行利息高得多吧"), ("deposit_comparison", "可以领25.5万利息"), ("missing_disclosure",)])

P("moments", "caption", "news_quote", "https://www.ainsur.top/news/SuWC5vEO4CJ3", "date: c. 2025-26; consumer-education article dissecting a typical pitch; only the quoted pitch is kept",
"""王姐,这个产品您就当是存钱,每年存点,将来连本带利还给您,还有保障,多划算!""",
[("deposit_comparison", "这个产品您就当是存钱"), ("deposit_comparison", "将来连本带利还给您")])

P("moments", "caption", "news_quote", "https://www.ainsur.top/news/rfaipYiJQEtX", "date: c. 2025-26; consumer-education article on 'wealth-management' framing; quoted opening pitch only",
"""这款产品,其实就是我们公司推出的一个理财计划,附带一点保障功能,收益比银行存款高多了,还能帮你强制储蓄。""",
[("deposit_comparison", "其实就是我们公司推出的一个理财计划"), ("deposit_comparison", "收益比银行存款高多了")])

P("moments", "caption", "news_quote", "https://www.ainsur.top/news/rfaipYiJQEtX", "date: c. 2025-26; same article; second quoted sales line (illustrated rate presented as yield)",
"""这个产品年化收益率能达到5%,复利增值,时间越长越划算。""",
[("guaranteed_return", "年化收益率能达到5%")])

P("wechat_mp", "article", "marketing", "https://www.xgupiao.com/finance/thread/20240413/4902684.html", "date: 2024-04-13 repost; broker reviewer's critical-illness guide (知乎-style); superlative self-promotion",
"""相信我!这篇重疾险科普攻略是写给保险小白的全网最详细干货。我做保险测评6年,写过上百篇重疾险科普的文章,在知乎上回答过上千个关于重疾险的问题,这篇文章是我花了半个月时间写下的重疾险最全科普,几乎把大家关于重疾险的所有疑问都写在了里面!""",
[("ad_absolute", "全网最详细干货"), ("ad_absolute", "重疾险最全科普")])

P("toutiao", "article", "guide", "https://zhifubiji.blogspot.com/2025/10/blog-post_943.html", "date: 2025-10; blog explainer on medical-insurance pitfalls; warns against 'covers everything' belief",
"""在健康保障日益受到重视的今天,百万医疗险以其高额的保额和相对亲民的价格,迅速成为市场上的“香饽饽”。许多人寄希望于它能够提供一份“全包”式的医疗保障,应对大病带来的经济压力。然而,光鲜亮丽的宣传背后,往往隐藏着不少不为消费者所知的“陷阱”。""")

P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/dadi/sites/qkxpHBxF/rESnmdCJMsVa/news/118712", "date: c. 2024-25; insurer-branded microsite article on medical insurance; says who should not buy",
"""这类保险最适合身体健康、注重风险管理的青中年群体,特别是家庭经济支柱。他们通过相对较低的保费,就能获得高额医疗保障,有效转移大额医疗支出风险。然而,它明确不适合已患有严重慢性疾病(如高血压三级、糖尿病伴有并发症)、近期有住院记录或体检多项指标异常的人群。对于老年人,虽然可以投保,但保费较高且健康告知更难通过,需谨慎评估。""")
# ===== batch 16 =====
P("toutiao", "article", "news", "https://reportify.cn/news/1179726880207671296", "date: 2025-10; news digest on disguised rebates and 2025 penalties; report about violations (clean)",
"""- 返佣的隐性危害包括保障缩水(销售人员推荐高佣金低性价比产品)、服务断层(代理人收入锐减导致消极服务)、成本倒挂(实际保费可能比同类产品高10%甚至更多) [10]""")

P("toutiao", "article", "news", "https://reportify.cn/news/1179726880207671296", "date: 2025-10; same digest; penalty statistics",
"""- 截至10月22日,监管机构年内已针对保险“返佣”相关违规行为开出约156张罚单,累计罚款金额超过3000万元 [2][7]""")

P("wechat_mp", "article", "marketing", "http://cn.mlzgw.cn/cn/2025/0718/309197.html", "date: 2025-07-18; claim story by a seller; customer masked as 'q先生' (not identifiable, so no PII finding)",
"""确诊时刻:甲状腺癌的“当头一棒”
因单位安排4月中旬必须到成都出差,考虑成都的好医院比较多,正好借机再复查一下,故16日在成都大学附属医院门诊行甲状腺左叶细针穿刺结果为乳头状癌。""")

P("wechat_mp", "article", "guide", "https://www.ainsur.top/news/R1q72avPBWHS", "date: c. 2025-26; claims reviewer's explainer on carcinoma in situ vs malignant tumour; masked customer",
"""“这就是症结所在。”我对负责沟通的同事说,“在临床医学上,这叫‘癌’。但在我们合同的重疾定义里,这属于‘原位癌’,通常被列为轻症责任。”""")

P("wechat_mp", "article", "warning", "https://sinfo1.ccb.com/cn/home/equityProtect/news/20250409_1744165087.html", "date: 2025-04-09; NFRA risk warning reposted by a bank's consumer-protection page; licences for insurance business",
"""二、充分利用官方渠道查询核实许可证信息。金融监管总局一直以来向社会公众全面依法披露所监管银行保险机构的许可证信息,消费者可登录总局许可证信息查询系统(网址:https://xkz.nfra.gov.cn/)进行信息核实,审慎判断相关经营主体是否具备金融业务资质。查验后如仍存疑问的,可进一步向金融监管总局及其派出机构或有关银行保险机构咨询。""")
# ===== batch 17 =====
P("wechat_mp", "article", "marketing", "http://www.surgenepal.com/caifu/1603254844602757120", "date: 2022-12; broker (深蓝) 增额寿 ranking article; superlative self-promotion and swipe at unnamed peers",
"""这回深蓝君直接整个大活——我一连几天几夜肝了一篇增额终身寿险最全解读!

之所以说最全,是因为别人愿意跟你说的,和不愿意跟你说的,在这篇文章里,我都讲给你听了。""",
[("ad_absolute", "增额终身寿险最全解读")])

P("toutiao", "article", "news", "https://money.sohu.com/20100306/n270621233.shtml", "date: 2010-03-06; news brief on an insurer's rider; renewal guarantee is a contract term (not a finding); masked customer",
"""光大永明人寿自3月起推出附加终身医疗保险,在合同有效期内,无条件保证续保,免除客户因理赔后不能续保的后顾之忧,且保费也不会受客户健康变化、年龄增长的影响而增加。""")

P("wechat_mp", "article", "marketing", "https://m.huize.com/study/detail-523518.html", "date: c. 2025; broker (慧择) Q&A article on lifetime medical cover; states none is lifetime",
"""直接说答案:目前中国市场上的百万医疗险基本不提供终身保障。绝大多数产品是交1年保1年,最高续保到80岁或100岁,但条款会写明“续保需经保险公司审核”。这意味着如果中途身体变差或理赔过,保险公司可能拒绝续保。""")

P("wechat_mp", "article", "marketing", "https://baoxian2.com/6394.html", "date: c. 2022-23; broker comparison of 20-year guaranteed-renewal medical policies; debunks 'renewable to 99'",
"""所以市面上宣传的可续保到99岁,并没有任何条款约束和规定效力,更多是销售噱头。当然,费率调整的触发条件、调整时间、调整上限都是有明确约束,且写进合同。目前来说,常规百万医疗险还做不到终身保证续保,难点在于如何保证费率。""")

P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/taipingyang/sites/jfTPwsFs/LKjHQHwKVCoY/news/10091", "date: 2025-11-06; insurer-branded microsite comparison of renewal terms; products anonymised as A/B",
"""在核心保障要点上,不同产品的差异首先体现在“保证续保”条款上。A产品明确提供“20年保证续保”,即在20年内,无论被保险人是否发生理赔或健康状况恶化,保险公司都不得拒绝续保或单独调整其费率。B产品虽宣传“承诺续保”,但条款中保留了因整体赔付率过高而停售或调整所有用户费率的权利,其稳定性远逊于前者。""")
# ===== batch 18 =====
P("moments", "caption", "news_quote", "https://m.163.com/dy/article/KJF4BAQV0519AP56.html", "date: 2026-01; 中国经营报 report on bank-channel 开门红; what a bank wealth manager told the reporter when recommending participating policies (quoted pitch only, two quotes joined)",
"""对低风险偏好客户来说,分红险产品是大额存单、活期存款的替代首选。，银行存款利率未来大概率还会下降,而我们银行代销的保险产品,利率在2%左右,优势很明显。""",
[("deposit_comparison", "分红险产品是大额存单、活期存款的替代首选"), ("deposit_comparison", "我们银行代销的保险产品,利率在2%左右,优势很明显")])

P("toutiao", "article", "news", "http://www.huashangw.com/news/show-989392.html", "date: 2026-01; 第一财经 report on banks recommending participating and annuity policies; reporter's narrative (clean)",
"""记者在多家银行网点走访时注意到,理财经理在介绍分红险、年金险产品时,通常围绕“长期收益”“对冲利率下行风险”等进行说明,并将其作为定期存款之外的配置选项。多位理财经理表示,2026年“开门红”期间,银行代销的储蓄型保险产品结构较此前已有明显调整,其中,分红险的推荐频率显著提升。""")

P("toutiao", "article", "news", "https://xyz.cn/discover/detail-zengsongbaoxian-136676.html", "date: n.d. (c. 2014-15, CIRC draft notice on gift insurance); news on rules for free insurance",
"""为规范保险市场,保监会上周下发了《关于规范人身保险公司赠送保险有关行为的通知(征求意见稿)》,要求人身保险公司可以以促销或者公益事业为目的赠送人身保险,但不能赠送财产保险。所赠送的人身保险产品只能是意外伤害保险和健康保险,且保险期限不能超过1年;不能赠送返还型意外伤害保险和任何形式财产险。对每人所赠送保险的净保费不能超过100元。""")

P("moments", "caption", "news_quote", "https://www.pulanbx.com/bxcp/cpcp/225251.html", "date: 2026; broker editor's article on 'diagnosis = payout'; only the salesperson's quoted promise is kept",
"""只要确诊重疾,立马赔50万、100万""",
[("coverage_exaggeration", "只要确诊重疾,立马赔50万、100万")])

P("wechat_mp", "article", "marketing", "http://www.bx010.com/b/1890.html", "date: 2020-03-21; broker site article headline on malignant tumours; the headline overstates (body lists six exclusions)",
"""恶性肿瘤,重疾险中的恶性肿瘤,和我们常说的癌症,竟然不一样?还好全都赔""",
[("coverage_exaggeration", "还好全都赔")])

P("wechat_mp", "article", "marketing", "https://freewechat.com/a/MzI5MDYzMTA4MA==/2247502822/1", "date: c. 2019; WeChat MP (broker) article on multi-payout critical illness; sourced cancer statistics (not a finding)",
"""重疾险的意义:应对癌症等大病,只要符合理赔条件,保险公司直接赔钱,比如50万,不用等报销。
这笔钱,用来救命,补偿后续几年的康复费、失业收入损失,都可以,保险公司管不着。""")

P("wechat_mp", "article", "marketing", "https://m.huize.com/study/detail-525089.html", "date: 2026-01-23; broker (慧择) claim story; customer masked (常女士), diagnosis not tied to an identifiable person",
"""刷牙刺痛、吃饭灼烧——几乎每个人都经历过口腔溃疡的折磨,涂点药忍几天,它总会消失。


但谁能想到,广东常女士的“小溃疡”,却获赔了90万重疾理赔款""")

P("wechat_mp", "article", "guide", "https://m.doczj.com/doc/ec19063430.html", "date: n.d. (c. 2020); insurer internal-style compliance rule for marketing publicity, published as a template",
"""为进一步规范公司营销宣传行为,保障消费者合法权益,促进公司业务健康发展,根据《中华人民共和国广告法》、《中华人民共和国保险法》、《关于银行保险机构加强消费者权益保护工作体制机制建设的指导意见》(银保监发〔2019〕38号)、《关于进一步规范金融营销宣传行为的通知》(银发〔2019〕316号)、《关于加强自媒体保险营销宣传行为管理的通知》(银保监发〔2018〕27号)、《人身保险销售误导行为认定指引》(保监发〔2012〕87号)、《人身保险新型产品信息披露管理办法》(中国保险监督管理委员会令2009年第3号)等管理规定,特制定本办法,并将其予以印发,各部门及各机构均应严格遵照执行。""")
# ===== batch 19 =====
P("wechat_mp", "article", "marketing", "http://m.bubsandbeans.com/paper/431057509.html", "date: n.d.; shared document 'car-insurance rebate campaign plan' naming an insurer (traditional chars with inline pinyin residue, kept as found); premium return to new customers",
"""2.首年保費返還新客戶在投保后,若在活動期間內無理賠記錄,且續(xù)保成功,將在次年續(xù)保時獲得首年保費的[X]%返還。返還方式為直接抵扣次年保費。""",
[("improper_inducement", "獲得首年保費的[X]%返還")])

P("wechat_mp", "article", "marketing", "https://www.renrendoc.com/p-21059287.html", "date: 2015; shared postal-channel sales deck for an accident/CI product; internal reward and agency-fee rates",
"""奖励政策(12.31),例:个人安康险598元, 598*10%=59.8元,个人收入为59.8元,支局收入:代理费30% 例:598*30%=179.4元""",
[("confidential_info", "598*10%=59.8元,个人收入为59.8元"), ("confidential_info", "支局收入:代理费30%")])

P("wechat_mp", "article", "marketing", "https://777doc.com/doc-2444891.html", "date: 2004-02; shared insurer sales-training deck for a family plan; superlative on the waiver feature",
"""2、豁免保费的概念“双保险”——身故或失能豁免保费,最人性化的体现。家庭经济支柱如果出现风险,家人的保费由谁来交?豁免功能将完全解决客户的后顾之忧,家人不必因继续支付保险费而增加家庭的经济负担,同时使家庭继续享受保障,这就是双保险。""",
[("ad_absolute", "最人性化的体现")])

P("wechat_mp", "article", "marketing", "https://xinxueguanw.cn/shenghuo/969452.html", "date: c. 2022-23; repost of a broker's customer points programme; judged a loyalty-points scheme (taxonomy: not a finding)",
"""只要是明亚个人寿险的客户,每年交完保费,明亚都会根据保费回馈相应比例的积分到我们的积分账户,可以用来兑换实体商品,也可以兑换健康服务、救援服务、公益捐赠等。""")

P("toutiao", "article", "news", "http://app.bbtnews.com.cn/print.php?contentid=576593", "date: 2025-11; 北京商报 report on unlicensed share-to-earn insurance promotion; reporter's framing",
"""手机上点几下,分享二维码给朋友,一旦有人投保,就能获得推广费。无需专业背景,不用资格证书,甚至不必了解产品条款,只要拥有社交账号,就能成为保险推广链条上的一环。不过,这种“零门槛”的推广模式,显然缺乏专业支撑和规范约束的营销,真的能保障消费者权益,又能走得长远吗?""")
# ===== batch 20 =====
P("toutiao", "article", "marketing", "https://licai.jiantou8.com/ask/qa_5531158.html", "date: c. 2025; finance Q&A answer by an adviser: bank WMP vs education annuity; principal and 3%-3.5% floor called 100% safe",
"""2. 年金险(教育金类):“合同保本”,受法律刚性保护
保本属性:教育金年金险的 “保底收益”(通常 3%-3.5% 复利)写入合同,受《保险法》保护 —— 即使保险公司破产,也会由其他保险公司承接兑付,本金和保底收益 100% 安全,属于 “绝对保本”。""",
[("guaranteed_return", "本金和保底收益 100% 安全"), ("guaranteed_return", "属于 “绝对保本”")])

P("toutiao", "article", "marketing", "https://licai.jiantou8.com/ask/qa_5531158.html", "date: c. 2025; same answer, opening; compares with bank WMPs to the annuity's advantage",
"""您好,对于每月用育儿补贴一半攒孩子教育金的需求,“保本型” 银行理财(当前多为低风险 R1 级)和年金险的核心差异在 “保本确定性、收益稳定性、流动性” 三个维度,长期持有下两者均能保障育儿金安全,但年金险的 “保本刚性” 更适配教育金的确定性需求。具体分析如下:""",
[("deposit_comparison", "但年金险的 “保本刚性” 更适配教育金的确定性需求")])

P("toutiao", "article", "marketing", "http://m.easyfang.com/a/2022/0619/013059353.html", "date: 2022-06-19; reposted column 'can insurance let you lie flat'; calls savings insurance wealth-management with certain returns",
"""除了保障性的保险,养老年金险、增额终身寿险等理财型保险,还可以收获安全、确定的收益,躺赢当下的CPI 。""",
[("guaranteed_return", "还可以收获安全、确定的收益")])

P("wechat_mp", "article", "marketing", "https://www.3k2k.com/a7598.html", "date: c. 2025; article promoting fixed-return pension insurance; certainty framing as selling point",
"""这就是为什么我们需要建立“第二、第三支柱”的原因。与其寄希望于不确定的未来,不如在当下锁住一份确定的收益。固收类养老险,就是那份能陪你到老、写进合同里的“长期饭票”。""",
[("guaranteed_return", "在当下锁住一份确定的收益")])

P("wechat_mp", "article", "marketing", "https://www.bxlpjp.com/articles/10.html", "date: 2025-08-29; broker blog on education annuities; certain returns said to offset education inflation",
"""2. 收益稳定,抵御通胀风险:教育年金的收益是 “确定的”,投保时就能明确知道未来每个阶段能领取多少教育金,不受市场利率波动影响,能有效抵御长期 “教育费用上涨” 的风险;""",
[("guaranteed_return", "教育年金的收益是 “确定的”")])

P("toutiao", "article", "guide", "https://www.fudaoke.com/exam/2825813.html", "date: n.d.; study-site explainer on participating-policy illustration rules (low/mid/high scenarios)",
"""- 2.演示结果的区分:分红险利益演示通常分为低、中、高三种不同的情景。低情景演示通常基于保守的假设,反映较为不利的经济环境;中情景演示则基于较为中性的假设;高情景演示则基于较为乐观的假设。这种区分有助于消费者理解不同经济条件下的可能收益,并做出更为明智的购买决策。""")

P("toutiao", "article", "guide", "http://www.xn--3kq7mk4gt7p7ra62prs8fclk.com/art/1755940245159487.html", "date: 2025; explainer on how brokers earn commission; no rates disclosed",
"""支付方: 保险经纪公司的佣金收入全部来源于合作的保险公司,而不是直接向投保人收取服务费(尽管有些高端服务可能会有额外收费,但这不是主流盈利模式)。当保险经纪公司成功销售一份保险产品后,保险公司会根据保费的一定比例,将佣金支付给经纪公司。""")
# ===== batch 21 =====
P("wechat_mp", "article", "marketing", "https://www.cnblogs.com/aerjinong/articles/19508064", "date: 2026-01; blog post '2026 participating-policy guide'; reads the smaller rate cut as regulator endorsement",
"""2025年,人身险预定利率迎来调整,普通型产品从2.5%下调至2.0%,而分红型产品仅从2.0%下调至1.75%,下调幅度仅为其他类型产品的一半。这种“非对称式”调整,体现了监管对分红险“保障+收益共享”机制的认可,也让分红险的竞争优势进一步凸显。""",
[("false_authority", "体现了监管对分红险“保障+收益共享”机制的认可")])

P("toutiao", "article", "marketing", "http://www.hcygmm.com/caijing/1230068.html", "date: 2026; article on participating policies; regulator filing presented as the source of safety",
"""先把“安全”说透。分红险的安全性,核心来自两大层面:一是监管的强约束,所有分红险产品都要经过银保监会备案,保险公司还要定期披露分红险的经营数据,接受严格监管;二是产品设计的底线,每份分红险合同里,都会明确标注“保证现金价值”和“最低保证收益”,这部分金额是写进合同的,无论保险公司经营好坏,到期都必须足额兑付,这也是它区别于其他理财产品的核心安全优势。""",
[("false_authority", "所有分红险产品都要经过银保监会备案")])

P("wechat_mp", "article", "marketing", "https://rue9.cn/article/34493.html", "date: n.d.; article promoting Hong Kong policies; belittles mainland insurers' claims handling",
"""相比之下,内地的保险理赔往往存在较长的等待时间和繁琐的审核过程。一些消费者在理赔时发现,理赔金额往往不及预期,甚至需要通过繁琐的补充资料和反复申诉才能顺利获得赔偿。""",
[("disparagement", "内地的保险理赔往往存在较长的等待时间和繁琐的审核过程")])

P("toutiao", "article", "marketing", "https://www.uhzs.com/thread-326991-1-1.html", "date: c. 2025-26; forum post arguing for mainland over Hong Kong policies; superlative about the protection fund",
"""更值得关注的是,大陆建立了全球领先的保险消费者保护机制——保险保障基金,当保险公司依法撤销或破产时,该基金将对个人保单持有人进行救助,确保其保单利益不低于原利益的90%,这种制度兜底在国际上都属于较高标准。""",
[("ad_absolute", "全球领先的保险消费者保护机制")])
# ===== batch 22 =====
P("wechat_mp", "article", "marketing", "http://www.cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=39914", "date: c. late 2025 (before the 2026-01-01 mortality table); seller's forum post 'now is the best time to buy an annuity'; price-rise urgency",
"""2026 年 1 月 1 日起,新生命表全面启用,保险行业内部已经在传:养老年金险的 “涨价潮” 已经箭在弦上,现在能买到的费率,很可能是未来 5 年里的 “地板价”。

更扎心的是:你以为 “等有钱了再买” 是稳妥,其实是在眼睁睁错过 “用更少的钱,锁定一辈子现金流” 的机会。

毕竟对养老来说,“晚一年” 不是 “多等一年”,而是 “多花一笔钱”。

今天就把话撂这:看完这篇,你会明白,现在不买年金险,明年可能真的 “买不起” 了。""",
[("stop_sale_hype", "养老年金险的 “涨价潮” 已经箭在弦上"), ("stop_sale_hype", "现在不买年金险,明年可能真的 “买不起” 了")])

P("wechat_mp", "article", "marketing", "https://news.vobao.cn/article/1144405687734047341.shtml", "date: c. 2025; broker portal (沃保) article on annuities and delayed retirement; IRR range stated as stable",
"""养老年金险的突围价值恰在此刻凸显。不同于单纯追求收益的理财方式,年金险的本质是通过锁定长期复利构建终身收入管道。当精算师将人的长寿风险转化为确定的生存收益,投保人便拥有了与生命等长的现金流保障。目前市面第一梯队产品IRR(内部收益率)长期稳定在3.5%-4%区间,其独特优势在于通过强制储蓄机制规避人性弱点,借助复利穿越经济周期。""",
[("guaranteed_return", "IRR(内部收益率)长期稳定在3.5%-4%区间")])

P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1140877523513955647.shtml", "date: 2025; broker portal (沃保) article on why one-year annuity holding loses money; compares unfavourably with bank WMPs (clean)",
"""收益倒挂现象
年金保险首年收益率普遍为0%,甚至为负值。以某头部险企2025年开门红产品为例,1年期的内部收益率(IRR)为 - 12%,而10年期IRR可达3.2%,20年期突破3.8%。这种收益结构决定了短期持有必然亏损。""")

P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/1144318007237223089.shtml", "date: 2025; broker portal (沃保) 'best annuity map 2025'; annuities described as principal-protected",
"""面对老龄化加速和社保替代率下降的双重挑战,越来越多人意识到仅靠基本养老保险已难以支撑体面的退休生活。根据国家统计局数据显示,我国65岁以上人口占比已达14.8%,正式迈入深度老龄化社会,与此同时社科院预测未来十年将迎来2亿人规模的退休大潮。在这样的大背景下,具备终身给付、安全保本、强制储蓄优势的商业年金险,正从理财工具跃升为养老刚需资产。""",
[("guaranteed_return", "安全保本")])
# ===== batch 23 =====
P("wechat_mp", "article", "marketing", "https://www.163.com/dy/article/KEOMBIAK0519WRQU.html", "date: 2025-10/11; 网易号 broker account (奶爸保选险) on the new mortality table; buy-before-price-rise urgency (the follow-for-gift line is not tied to buying, so not labelled)",
"""第四套生命表将启用,现在买重疾险立省好几万!

0
分享至

关注“奶爸保选险”,后台回复“关注”

免费领取保险礼包""",
[("stop_sale_hype", "现在买重疾险立省好几万")])

P("wechat_mp", "article", "marketing", "https://www.163.com/dy/article/KEOMBIAK0519WRQU.html", "date: 2025-10/11; same article, body; price-rise urgency",
"""这可不是一条普通的行业新闻,而是关系到你我钱包的大事。

特别是那些打算买重疾险的朋友,现在投保与明年投保,可能要多花几千甚至上万元!

事不宜迟,我们一起深入探讨这到底是怎么一回事。""",
[("stop_sale_hype", "现在投保与明年投保,可能要多花几千甚至上万元"), ("stop_sale_hype", "事不宜迟")])




def id_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    if not re.fullmatch(r"\d{16,19}", s):
        return False
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i != -1:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def resolve(post):
    text, findings, errors = post["text"], [], []
    for lab in post["labels"]:
        cat = lab[0]
        if cat not in CATEGORIES:
            errors.append(f"{post['id']}: unknown category {cat!r}")
            continue
        if len(lab) == 1:
            if cat != "missing_disclosure":
                errors.append(f"{post['id']}: post-level label only allowed for missing_disclosure")
            findings.append({"category": cat, "start": None, "end": None, "text": None})
            continue
        phrase = lab[1]
        occ = lab[2] if len(lab) > 2 else None
        hits = occurrences(text, phrase)
        if not hits:
            errors.append(f"{post['id']}: phrase not found: {cat} {phrase!r}")
            continue
        if occ is None:
            if len(hits) > 1:
                errors.append(f"{post['id']}: phrase ambiguous ({len(hits)}x) without occurrence: {phrase!r}")
                continue
            starts = hits
        elif occ == "*":
            starts = hits
        else:
            if not (1 <= occ <= len(hits)):
                errors.append(f"{post['id']}: occurrence {occ} out of range for {phrase!r}")
                continue
            starts = [hits[occ - 1]]
        if cat == "pii_id_card" and not id_ok(phrase):
            errors.append(f"{post['id']}: ID number fails check digit: {phrase}")
        if cat == "pii_bank_card" and not luhn_ok(phrase):
            errors.append(f"{post['id']}: card number fails Luhn: {phrase}")
        if cat == "pii_phone" and not re.fullmatch(r"1[3-9]\d{9}", phrase):
            errors.append(f"{post['id']}: bad phone: {phrase}")
        for st in starts:
            findings.append({"category": cat, "start": st, "end": st + len(phrase), "text": phrase})
    findings.sort(key=lambda f: (f["start"] is None, f["start"] or 0, f["category"]))
    return findings, errors


# Items sharing a 15-character shingle with an earlier real-world set (checked when the set joined the project):
# left out, so no wording is scored twice.
SHARED_WITH_EARLIER_SETS = {"RW8-0027", "RW8-0043", "RW8-0101", "RW8-0117"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    from collections import Counter
    errors, rows, seen, texts, per_src = [], [], set(), {}, Counter()
    for p in POSTS:
        if p["id"] in SHARED_WITH_EARLIER_SETS:
            continue
        if p["id"] in seen:
            errors.append(f"duplicate id {p['id']}")
        seen.add(p["id"])
        if p["channel"] not in CHANNELS:
            errors.append(f"{p['id']}: bad channel {p['channel']}")
        if p["content_type"] not in CONTENT_TYPES:
            errors.append(f"{p['id']}: bad content_type {p['content_type']}")
        if p["genre"] not in GENRES:
            errors.append(f"{p['id']}: bad genre {p['genre']}")
        if _norm(p["source"]) in USED:
            errors.append(f"{p['id']}: source already used by an earlier set: {p['source']}")
        if p["text"] in texts:
            errors.append(f"{p['id']}: text duplicates {texts[p['text']]}")
        texts[p["text"]] = p["id"]
        per_src[_norm(p["source"])] += 1
        findings, errs = resolve(p)
        errors.extend(errs)
        spans = [(f["category"], f["start"]) for f in findings]
        if len(spans) != len(set(spans)):
            errors.append(f"{p['id']}: duplicate finding")
        for f in findings:
            if f["start"] is not None and p["text"][f["start"]:f["end"]] != f["text"]:
                errors.append(f"{p['id']}: span mismatch {f}")
        rows.append({"id": p["id"], "channel": p["channel"], "content_type": p["content_type"],
                     "genre": p["genre"], "text": p["text"], "account_owner": None, "findings": findings,
                     "source": p["source"], "note": p["note"]})
    for src, n in per_src.items():
        if n > 6:
            errors.append(f"more than 6 items from one page: {src} ({n})")
    ids = [r["id"] for r in rows]
    every = [f"{PREFIX}-{i:04d}" for i in range(1, len(POSTS) + 1)]
    if ids != [i for i in every if i not in SHARED_WITH_EARLIER_SETS]:
        errors.append(f"ids are not consecutive {PREFIX}-0001..")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # summary
    from collections import Counter
    cats = Counter(f["category"] for r in rows for f in r["findings"])
    dirty = sum(1 for r in rows if r["findings"])
    long_ = sum(1 for r in rows if 400 <= len(r["text"]) <= 1500)
    over = [r["id"] for r in rows if len(r["text"]) > 1500]
    mid = [r["id"] for r in rows if 300 <= len(r["text"]) < 400]
    print(f"posts {len(rows)}  dirty {dirty}  clean {len(rows) - dirty}  long(400-1500) {long_}  >1500 {over}  300-399 {mid}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(Counter(r["genre"] for r in rows)))
    print("genres (dirty)", dict(Counter(r["genre"] for r in rows if r["findings"])))
    print("distinct pages", len(per_src), " max items/page", max(per_src.values()) if per_src else 0)
    print("channels", dict(Counter(r["channel"] for r in rows)))
    print("content_types", dict(Counter(r["content_type"] for r in rows)))
    print("findings/dirty post", Counter(len(r["findings"]) for r in rows if r["findings"]))


if __name__ == "__main__":
    main()
