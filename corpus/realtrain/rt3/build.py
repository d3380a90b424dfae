#!/usr/bin/env python3
"""RT3: labelled TRAINING corpus of real public Chinese insurance-marketing text (stdlib only).

Slice: 香港保险/跨境, 银保, 代理人增员/早会, 直播, 车险/家财险, 团险/税优健康险, 个人养老金.
Each item: (channel, content_type, genre, source, note, text, labels). Labels are (category, phrase) or
(category, phrase, occurrence) (1-based); ("missing_disclosure",) is post-level. Offsets via str.find;
the build fails loudly when a phrase is missing or ambiguous, a text appears twice, a source is in
used_sources.txt, or a page gives more than 6 items. Writes posts.jsonl next to this file.
"""
import json
import os
import sys
from collections import Counter

CATEGORIES = {
    "ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
    "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info",
    "pii_name", "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email",
    "pii_policy_number", "pii_health", "missing_disclosure",
}
CHANNELS = {"moments", "wechat_mp", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"caption", "article", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "marketing", "warning", "guide", "news", "qa"}
PREFIX = "RT3"
ITEMS = []


def I(channel, ctype, genre, source, note, text, labels=()):
    ITEMS.append((channel, ctype, genre, source, note, text.strip("\n"), list(labels)))


MD = ("missing_disclosure",)

# =====================================================================================================
# A. 香港保险 / cross-border: marketing pages (posts themselves)
# =====================================================================================================
U = "https://www.insurehk.com/10295.html"
I("wechat_mp", "article", "marketing", U, "date: n.d. (2025); 香港重疾险 vs 内地 sales article; illustrated non-guaranteed 保额 stated as fact",
"""内地保单的保费和香港保单的保费相近,香港重疾保单的保额增长相比内地重疾险保额长久不变,明显要有很大的优势。
例如为同一个孩子投保,内地保单65岁时保额仍为90万元,而香港保单可达658万元。""",
  [("guaranteed_return", "香港保单可达658万元"), MD])
I("wechat_mp", "article", "marketing", U, "date: n.d.; same article, explanatory paragraph on what 重疾险 is for",
"""重疾险的核心价值,并非单纯用于覆盖医疗费用,而是为应对重疾后导致的收入中断风险,为家庭提供经济支撑。
当一个人不幸罹患重疾,往往需要至少1-2年甚至3年时间休养,收入可能大幅下降甚至中断,重疾险的理赔金正是为了保障这一期间的生活开销。""")

U = "http://www.cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=40000"
I("wechat_mp", "article", "marketing", U, "date: n.d.; forum post by an agent (香港重疾险VS内地重疾险); growth of dividend 保额 stated as achieved",
"""香港重疾险的本质是"储蓄型保险+重疾保障"的融合体,几乎所有产品都自带身故责任,采用"保底保障+浮动分红"的双重结构。这种设计意味着无论被保险人是否发生重疾理赔,最终都能通过退保或身故赔付拿回一笔现金价值,保费不会"打水漂"。以30岁男性投保10万美元保额为例,某香港热销产品到80岁时预期保额可增长至55万美元,30年间实现5倍以上增值,通过保额复利增长抵御长期医疗通胀风险。""",
  [("guaranteed_return", "30年间实现5倍以上增值"), MD])
I("wechat_mp", "article", "marketing", U, "date: n.d.; same post, neutral opening",
"""在保险市场全球化与本土化交织的当下,香港重疾险与内地重疾险始终是客户朋友们热议的焦点。两者源于不同的保险生态与监管体系,在产品设计、保障逻辑、服务体验等方面存在本质差异,并非简单的"优劣之分",而是"适配之选"。""")

U = "https://www.hkrinsu.com/11334.html"
I("wechat_mp", "article", "marketing", U, "date: n.d. (2025); 香港储蓄险 budgeting article; 6%-7% stated as the product's return",
"""在全球资产配置的浪潮中,香港储蓄险凭借 6%-7% 的美元复利收益脱颖而出,成为投资者眼中的 “香饽饽”。然而,面对这一热门金融产品,普通家庭该如何规划投保金额?高净值人群又怎样借助它实现风险隔离与财富传承?""",
  [("guaranteed_return", "6%-7% 的美元复利收益"), MD])
I("wechat_mp", "article", "marketing", U, "date: n.d.; same article, cautionary paragraph",
"""不过,低门槛并不等同于低投入 —— 香港储蓄险强调5-10年的持续缴费周期,且需通过长期复利积累实现资产增值,因此投资者需结合自身经济实力、财务规划目标,审慎制定投保方案。""")

U = "https://hkbxt.com/%e5%90%8c%e6%a0%b7100%e4%b8%87%ef%bc%8c%e9%a6%99%e6%b8%af%e4%bf%9d%e9%99%a9%e6%af%94%e5%86%85%e5%9c%b0%e5%a4%9a%e8%b5%9a40%e4%b8%87%e7%9a%84%e7%a7%98%e5%af%86"
I("wechat_mp", "article", "marketing", U, "date: 2025; '同样100万,香港保险比内地多赚40万' blog; illustrated value stated as what you get",
"""内地产品30年后能拿到约180万,而香港产品却能达到220万,整整多出40万。这40万的差距到底从何而来?我花了一个周末深挖了两边的产品机制,发现了三个让人意外的秘密。""",
  [("guaranteed_return", "香港产品却能达到220万"), MD])
I("wechat_mp", "article", "marketing", U, "date: 2025; same blog; belittles mainland insurers' dividend mechanism",
"""内地保险的分红相对简单粗暴,通常是保险公司拿出可分配盈余的70%给客户分红。但问题是,这个”可分配盈余”的计算方式相当保守,而且分红方式单一。""",
  [("disparagement", "内地保险的分红相对简单粗暴")])

U = "https://www.dawanbao.com/181.html"
I("wechat_mp", "article", "marketing", U, "date: 2025; 港险 sales blog; dividend product promoted with expected 6-7% and no uncertainty statement",
"""内地保险预定利率一路下调,现在好多朋友都发愁。
但你知道吗?香港的储蓄分红险却 “风景独好”,预期收益能达到惊人的 6% – 7%!
这可把内地的朋友们羡慕坏了,越来越多的人跑去香港投保。""",
  [MD])
I("wechat_mp", "article", "marketing", U, "date: 2025; same blog, call to action with the author's own WeChat (own contact, not third-party PII)",
"""辛辛苦苦攒的钱,就因为选了不同的保险,收益天差地别,换谁能不肉疼?
对港险感兴趣的朋友,不妨加微信>>>hk61808咨询,为你详细测算。""")

U = "https://www.10100.com/article/53417484"
I("wechat_mp", "article", "marketing", U, "date: 2025; '港险到底值不值得买' article; calls a dividend policy 保本",
"""勿只看演示表上的高数字,应重点关注「历史分红实现率」——即实际派发红利与演示红利的兑现比例[3]。长期稳定在90%–100%区间,说明公司具备较强的投资与分红兑现能力[3]。
港险宜理解为一种「保本基础上追求长期复利的资产工具」,兼顾安全性与灵活性,而非短期套利产品[3]。""",
  [("guaranteed_return", "保本基础上追求长期复利")])
I("wechat_mp", "article", "marketing", U, "date: 2025; same article, explains that illustrated returns are not promised",
"""历史数据显示,港险长期复利表现普遍优于内地储蓄险。但需明确:其优势主要来自“非保证收益”,而非保证部分。所谓演示收益(如6%+),本质是保险公司基于过往投资能力的预期展示,并非承诺回报[4]。""")

U = "https://www.10100.com/article/37749103"
I("wechat_mp", "article", "marketing", U, "date: 2025; 港险 consultant's article in a warning voice (quotes 稳赚不赔 to reject it)",
"""很多人以为,香港保险=wen賺不赔+高回报。其实不然。你看到的“预期收溢7%”,背后是一整套全球资产配置、精算建模和市场博弈的结果。""")
I("wechat_mp", "article", "marketing", U, "date: 2025; same article, 定存 comparison used to warn",
"""别急着心动。我做港险咨询这些年,见过太多客户冲着“长期复利6.5%”一头扎进去,结果第十年一看现金价值,连5年期定存都不如。更离谱的是,有人买了好几款,连自己买的是英式分红还是美式分红都说不清。""")

U = "https://www.10100.com/article/38221099"
I("wechat_mp", "article", "marketing", U, "date: 2025; 香港保险 explainer-sales article; 272x illustration, no uncertainty statement in the paragraph",
"""其高收益的底层逻辑的是全球化资产配置能力 —— 香港保险公司可投资于美股、美债、欧洲市场等全球资产池,捕捉多元市场的收益机会。以一份美元储蓄计划为例,若从孩子出生起每年缴费 5 万美元,连续缴费 5 年,总投入 25 万美元,至 85 岁时保单价值有望增长至逾 6000 万美元,相当于总保费的 272 倍,长期复利效应显著。""",
  [MD])

U = "https://www.10100.com/article/42038888"
I("wechat_mp", "article", "marketing", U, "date: 2025; 分红险 vs 快返年金 article; its own risk statement",
"""重要提示:以上涉及的保证、分红、现金红利等均以合同条款与公司年度宣告为准,非保证口径不构成承诺,历史或演示不代表未来表现。""")

U = "https://mtz.china.com/touzi/2025/0807/180829.html"
I("toutiao", "article", "marketing", U, "date: 2025-08-07; 香港储蓄保险 article; list of expected IRRs, the paragraph itself has no uncertainty statement",
"""香港储蓄保险的预期年化收益率普遍在5%-7%,显著高于内地同类产品(约3%-3.5%)。例如:
万通保险富饶千秋Plus:10年预期达4.19%,30年预期IRR达6.21%;
宏利宏挚传承:30年预期IRR达7.19%,交3年即可回本;""",
  [MD])
I("toutiao", "article", "marketing", U, "date: 2025-08-07; same article, risk paragraph",
"""需注意:这些收益中40%-60%为非保证分红,实际回报取决于保险公司投资表现及市场环境。
关键指标:分红实现率
历史分红实现率是评估产品可靠性的重要依据。
但2024年受美股波动影响,部分公司实现率跌至78%-85%,凸显市场波动风险。""")

U = "https://www.hkinsu.com/zhuanlan/chris/36068.html"
I("wechat_mp", "article", "marketing", U, "date: n.d. (2025); 香港分红储蓄险 column by an adviser; called a 理财产品, IRR 6-7% without uncertainty statement",
"""在当今全球经济波动、通货膨胀压力及家庭财富多元化需求的背景下,香港分红储蓄险已逐渐从单纯的理财产品转变为中产及高净值家庭的“财富多功能瑞士军刀”。很多家长或投资者在咨询时常问:“香港保险到底好在哪里?”
其实,香港分红险的魅力不仅在于长期的复利增值(通常预期内部收益率 $IRR$ 可达 6%-7%),更在于其强大的功能灵活性。""",
  [("deposit_comparison", "从单纯的理财产品"), MD])

# ---- 香港保险: news, Q&A, guides (clean) ----
U = "http://www.mipazx.cn/news/1109950816860335.shtml"
I("toutiao", "article", "news", U, "date: 2024-06; news on mainland visitors buying HK policies (reports HK insurers' own premium discounts)",
"""为吸引客户投保,香港的保险公司推出各种优惠活动。一位保险经纪人向记者展示的香港储蓄分红险优惠对比表显示,目前保险公司的优惠活动主要有两类:一类是保费折扣,根据保费金额不同,有不同折扣比例,期缴保费不少于50万美元,保费折扣最高可达26%。另一类是预缴利息,若一次性预缴5年保费,预缴部分可获得最高5.5%的保证年利率。""")
I("toutiao", "article", "news", U, "date: 2024-06; same report, warning about 返佣 and unlicensed selling",
"""随着投保热度攀升,违法违规销售香港保险的现象有所增多。记者调研了解到,一些保险经纪公司为拉客户而返佣,也有一些保险经纪公司与内地机构合作,签订转介协议在内地非法销售香港保单。业内人士提示,返佣、无牌销售保单行为带来较大风险,消费者权益可能遭受损害。建议消费者投保前认清销售人员资质,从持牌机构及人士处购买保险产品。""")

U = "https://www.ctmanga.com/a/gang-xian-ban-bao-xing-he-yi-yao-lai-liao-qu-xiang-gang-mai-bao-xian-huan-shi-men-hao-sheng-yi-ma.html"
I("toutiao", "article", "news", U, "date: 2025-08 (每日经济新闻); 港险版报行合一 report",
"""“市場苦‘經紀人返傭’久矣。”一位港險代理人在接受採訪時吐槽道,經紀人返傭做壞市場,對於長期服務客戶的代理人太不公平。從長遠而言,“新規”對代理人和客戶都是好事。""")

U = "https://labyris.com/post/7217.html"
I("toutiao", "article", "news", U, "date: 2025-09 (界面新闻); IA referral-fee cap",
"""自2025年10月1日起,持牌保险经纪公司向转介人支付的转介费用基准水平被设定为不得超过佣金总额的50%。这一“红线”旨在限制经纪公司将大部分佣金转给所谓“转介人”的做法。""")

U = "https://qifu.zcqtz.com/article/26096.html"
I("wechat_mp", "article", "guide", U, "date: 2024-11-21; '香港保险可以返佣吗' explainer",
"""尽管监管严格,部分中介机构仍通过"阴阳合同""境外转账"等手段规避审查。典型操作包括:将返佣资金伪装成"海外资产配置服务费",或利用离岸公司账户进行多道转账。某内地赴港投保群体调研显示,约35%的受访者遭遇过"保单签约后返还现金"的诱惑,其中68%的返佣承诺最终未能兑现。""")

U = "https://m.hkkaihu.com/h-nd-409.html"
I("wechat_mp", "article", "guide", U, "date: 2025; explainer on HK agents vs brokers",
"""香港保险的销售模式分为代理和经纪两类。代理人只销售某一家保险公司的产品,经纪人可销售不同保险公司的产品。无论是代理还是经纪,开展保险业务都须持有保险牌照,且均由保险公司以佣金形式支付报酬。""")

U = "https://licai.jiantou8.com/ask/qa_6016425.html"
I("toutiao", "article", "qa", U, "date: n.d.; public Q&A answer comparing HK and mainland 重疾险",
"""• 香港重疾险:核保更严格,需提交详细的体检报告,对吸烟史、家族病史、过往就医记录审核较严;投保年龄上限较高(部分产品可到70岁),但保费随年龄增长幅度大。
• 国内重疾险:核保相对宽松,支持智能核保、人工核保,对部分亚健康状况(如轻微高血压、甲状腺结节)可正常承保或除外承保;投保年龄一般到55-60岁,保费定价更亲民。""")

U = "https://licai.jiantou8.com/ask/qa_6005302.html"
I("toutiao", "article", "qa", U, "date: n.d.; public Q&A answer on 健康告知 in HK policies",
"""香港重疾险
无限告知原则:需主动披露所有既往病史,即使问卷未提及的疾病也需告知,否则可能影响理赔。
核保严格:对吸烟者、三高人群等可能加费或拒保,但非吸烟者费率更优(比内地低10%-15%)。""")

# =====================================================================================================
# B. 税优健康险 / 个人养老金 / 商业养老
# =====================================================================================================
U = "https://kijiji-com.com/3075.html"
I("wechat_mp", "article", "marketing", U, "date: n.d.; 税优健康险 promotional article; 万能账户 crediting rate stated without uncertainty statement",
"""3. 账户灵活,兼顾储蓄功能
部分产品设置“万能账户”,未理赔资金可累积生息,年化利率约2%-3%,兼具健康保障与资金保值功能。""",
  [MD])
I("wechat_mp", "article", "marketing", U, "date: n.d.; same article, tax deduction described correctly (national policy product: not false_authority)",
"""税优健康险是由政府引导、商业保险公司承保的特殊健康保险产品。其核心特点是“税收优惠”:投保人每年缴纳的保费可在个人所得税前扣除,最高每年抵扣2400元(每月200元)。例如,月收入1万元的投保人,购买税优健康险后,全年可少缴约240元税款,相当于以更低成本获得健康保障。""")

U = "http://www.csshebao.com/geren/75872.html"
I("toutiao", "article", "marketing", U, "date: 2025; 商业养老保险 selling points; 国家兜底 claim",
"""1. 法律保障与安全性
受《保险法》保护,即使保险公司破产,保单也会由其他机构接管或由国家兜底
采用双账户设计(锁定养老账户+持续养老账户),资金运用受银严格监管
合同明确约定收益率,固定收益型产品长期复利可达3-4%(需注意2025年部分产品预定利率已降至2.75%)""",
  [("false_authority", "由国家兜底")])

U = "https://m.cameronpac.com/wenda/1-552641"
I("toutiao", "article", "qa", U, "date: n.d.; Q&A answer '商业养老金可靠吗' by a seller; regulator guarantee and 本金安全 claims",
"""法律与监管保障
商业养老金以保险合同形式存在,受《保险法》保护,即使保险公司破产,银保监会也会通过保险保障基金等机制确保保单权益不受影响。
资金安全机制
保险资金运用受严格监管,主要投资于国债、银行存款等低风险资产,确保本金安全。""",
  [("false_authority", "银保监会也会通过保险保障基金等机制确保保单权益不受影响"), ("guaranteed_return", "确保本金安全")])
I("toutiao", "article", "qa", U, "date: n.d.; same answer; 3.5% compound stated as growth of principal",
"""长期收益稳定性
商业养老金通常采用复利计息方式,如年化利率3.5%的复利,30年后本金可增长近3倍,收益随时间累积效应显著。""",
  [("guaranteed_return", "30年后本金可增长近3倍")])

U = "https://www.zibizhengw.cn/qiwen/410091.html"
I("toutiao", "article", "guide", U, "date: n.d.; explainer on 商业养老保险 product types",
"""2. 增额终身寿险:其保额与现金价值随时间推移不断增长,同时支持灵活减保,既具有保障功能,又能实现储蓄目标,为投资者提供了更多的选择。
3. 专属商业养老保险:采用“保证+浮动”的收益模式,为投保人提供终身领取或固定期限领取的选项,近期更是首批入围个人养老金产品名录,显示了其稳健的发展趋势和广阔的市场前景。""")

# =====================================================================================================
# C. 直播 sales scripts (quoted verbatim in news)
# =====================================================================================================
U = "http://zhiy.hnshkx.cn/zx/2023/0729/5130.html"
I("douyin", "live_script", "news_quote", U, "date: 2023-07 (中国经营报); live-stream host's words quoted by the reporter",
"""小到感冒、猫抓狗咬,大到恶性肿瘤,只要生病就能报销""",
  [("coverage_exaggeration", "只要生病就能报销")])
I("douyin", "live_script", "news_quote", U, "date: 2023-07; live-stream host before the 3.5% 预定利率 withdrawal",
"""倒计时,复利3.5%就要下架,家人们别错过""",
  [("stop_sale_hype", "倒计时,复利3.5%就要下架")])
I("douyin", "live_script", "news_quote", U, "date: 2023-07; another host's line quoted in the same report",
"""锁定最后复利3.5%的机会,抓紧上车。""",
  [("stop_sale_hype", "锁定最后复利3.5%的机会,抓紧上车")])
I("douyin", "live_script", "news_quote", U, "date: 2023-07; another host's line quoted in the same report",
"""最后倒计时!请珍惜现在3.5%复利的增额终身寿险""",
  [("stop_sale_hype", "最后倒计时")])
I("toutiao", "article", "news", U, "date: 2023-07; regulator's risk warning reported in the same article",
"""近日,国家金融监督管理总局陕西监管局发布《关于防范金融直播营销有关风险的提示》称,广大消费者应注意甄别金融直播营销广告主体资质,选择正规金融机构和渠道购买金融产品;认真了解金融产品或服务重要信息和风险等级,防范直播营销中可能隐藏的销售误导等风险;树立科学理性的金融投资、消费观念,守好自己的“钱袋子”。""")

U = "http://protek-system.com/caijingzixun/guoneizixun/2023-09-26/26505.html"
I("toutiao", "article", "qa", U, "date: 2023-09-26 (每日经济新闻); insurer customer-service reply quoted in the report (accurate deductible statement)",
"""本產品重大疾病醫療報銷無免賠額。一般醫療報銷有一萬元免賠額。""")

U = "http://marijuanajourney.com/html/zyfz/hyzx/fl/21678.html"
I("moments", "caption", "news_quote", U, "date: 2018-10-25 (新华网); platform staff's words to a buyer, quoted; induces non-disclosure",
"""過往病史沒有住院及手術就不用申報""",
  [("coverage_exaggeration", "沒有住院及手術就不用申報")])
I("moments", "caption", "news_quote", U, "date: 2018-10-25; agent's Moments claim about a cancer product, quoted",
"""得了癌症還能繼續買""",
  [("coverage_exaggeration", "得了癌症還能繼續買")])

# =====================================================================================================
# D. 银保 bank-counter selling
# =====================================================================================================
U = "http://news.fishai.com.cn/news/3034124"
I("moments", "caption", "news_quote", U, "date: 2025-03-15 (新京报 via fishai); insurer seller in a bank outlet, quoted; insurance presented as a deposit",
"""现在有这种每年存的,固定存固定拿利息,每年存两万,一共存五次""",
  [("deposit_comparison", "固定存固定拿利息")])
I("toutiao", "article", "news", U, "date: 2025-03-15; same report, what the '2.5% interest' really is",
"""例如,信泰人寿保险的杨经理向记者透露,所谓每年2.5%的利息,其实是交满五年保费之后的收益,前五年是没有利息的。""")

U = "https://www.xnnu.com/313660.html"
I("wechat_mp", "article", "warning", U, "date: 2025; consumer warning on bank-counter tricks",
"""一、存款变理财/保险的套路
部分银行员工在推广业务时,可能将理财产品包装成「升级版存款」,通过模糊存款与理财的界限诱导客户签约。常见手法包括:
- 承诺「保本保息」却未在合同注明
- 将保险产品伪装成定期存款,锁定资金长达十余年
- 利用「周周宝」等名称混淆产品属性""")

U = "https://henanxw.com/baoxian/10702b7c9a8ea558970f5e528c3b7b56.html"
I("wechat_mp", "article", "guide", U, "date: n.d.; '存款变保险' explainer",
"""三、产品宣传的误导性
部分保险产品在设计上刻意模糊与存款的界限:
- 使用"预期收益率"代替保证利率
- 将分红险包装成"保值增值"产品
- 弱化保险期限和提前退保损失""")

# =====================================================================================================
# E. 家财险 / 车险 / 团险
# =====================================================================================================
U = "https://www.ainsur.top/insurance/yangguang/sites/HvetEfXZ/RajGLYnWTtXL/news/24400"
I("wechat_mp", "article", "marketing", U, "date: n.d.; insurer-hosted 家财险 article, states limits plainly",
"""首先,我们来看方案A:基础型家财险。这类产品通常只保障房屋主体结构及室内附属设备因火灾、爆炸、自然灾害(如台风、暴雨)造成的损失。它的核心保障要点明确,保费相对低廉,一年可能只需几百元。但它的保障范围非常有限,像张先生遇到的水管问题,以及常见的盗抢、家用电器安全、第三方责任等,都不在保障之列。""")

U = "https://www.ainsur.top/insurance/taikang/sites/HtgyNMWp/rgBBpkIqandG/news/114651"
I("wechat_mp", "article", "marketing", U, "date: n.d.; insurer-hosted 家财险 comparison article",
"""不同家庭结构及资产状况适配不同方案。基础保障型方案非常适合租房客、或拥有老旧小区房产、预算有限的家庭,其主要目的是防范房屋主体结构的重大损失风险。然而,对于拥有较多贵重家具、电器、收藏品或刚完成精装修的家庭,基础方案的保障明显不足。""")

# =====================================================================================================
# Batch 2
# =====================================================================================================
U = "https://www.insurehk.com/10305.html"
I("wechat_mp", "article", "marketing", U, "date: n.d. (2025); 香港储蓄险 article by an adviser; premiums described as deposits",
"""以我买的储蓄险为例,每年20万、连续存5年,能攒下100万,生活中总有太多“正当理由”让钱包失血,唯有强制储蓄能帮我们穿越消费诱惑的周期。
当利率进入2%以下的现代,通缩压力与职场不确定性交织,储蓄险变的越来越重要,在安全与增值的平衡中守护家庭财富。""",
  [("deposit_comparison", "每年20万、连续存5年")])
I("wechat_mp", "article", "marketing", U, "date: n.d.; same article; 6.5% presented as immune to volatility, no uncertainty statement",
"""香港保险公司则可布局全球资产,将资金分散到标普500、美债、国际投资级债券等标的——东边不亮西边亮的配置逻辑,让短期波动不影响长期收益,这也是6.5%复利的底气所在。""",
  [("guaranteed_return", "让短期波动不影响长期收益"), MD])
I("wechat_mp", "article", "marketing", U, "date: n.d.; same article; guaranteed vs non-guaranteed split stated",
"""1、内地产品长期复利约2%,全部为保证收益;香港产品长期预期复利6.5%,但保证部分1.5%左右,其余5%为非保证分红。""")

U = "https://www.10100.com/article/42038057"
I("wechat_mp", "article", "marketing", U, "date: 2025; 香港储蓄分红险 article; explains non-guaranteed part",
"""1. 收益的魔术:你买的不是“存款”,而是“投资组合”
很多人看到计划书上漂亮的数字,第一反应是:“这是保证的吗?” 答案可能会让你意外:高回报的魅力,恰恰来自其“非保证”的部分。""")
I("wechat_mp", "article", "marketing", U, "date: 2025; same article; illustration 'doubles every 10 years' without an uncertainty sentence in the paragraph",
"""保单30周年:A+B+C= 2,927,320,大概预计收益585%;
基本上,可以粗略算出每10年,翻倍吧~""",
  [MD])

U = "https://www.hongkongcard.com/blogs/guaranteed-return"
I("wechat_mp", "article", "guide", U, "date: 2026-01-09; HK blog on guaranteed vs non-guaranteed returns (Cantonese)",
"""如果你見到一份保單寫著「預期回報高達6%」,千萬不要開心得太早,因為當中的「保證」成份可能只佔很少部分。你一定要學識分辨甚麼是寫包單畀你的真正回報,甚麼是要到最後才知道的預期紅利。""")

U = "https://www.10life.com/zh-CN/blog/友邦保诚宏利热卖重疾选哪个"
I("wechat_mp", "article", "marketing", U, "date: 2025-10-23; HK broker platform's 重疾 review; factual underwriting comparison",
"""因此,重疾险的保额是否足够很重要,一般建议买到年收入的3-5倍。内地绝大多数产品保额超过50万人民币的话,就需体检,而如果查出一些身体的异样,无疑会增加投保的不确定性。香港重疾险的最高免体检额度一般都能有百万多人民币,对想购买较大保额的朋友来说,更友好些。""")

U = "https://www.bowtie.com.hk/blog/zh/learn/%e5%ae%9a%e6%9c%9f%e5%8d%b1%e7%96%be%e4%bf%9d%e9%9a%aa%e6%af%94%e8%bc%83"
I("wechat_mp", "article", "marketing", U, "date: 2026-01; HK insurer blog comparing term CI products",
"""在比較不同產品時,消費者不應單單比較受保障危疾數目。例如,某些危疾產品可能標榜保障過百種危疾,但其中許多疾病較為罕見。須知「羊毛出在羊身上」,涵蓋過多冷門疾病或會推高保費,增加投保人的經濟負擔。""")

# ---- 银保 ----
U = "https://www.ainsur.top/news/MYKHLVxdI1uI"
I("moments", "caption", "news_quote", U, "date: 2026-01-17; insurer-hosted consumer article quoting a typical 理财化 pitch verbatim (illustrative, not one identified post)",
"""这款产品年化收益接近4%,比银行理财还稳,还能送您一份保障,相当于免费得保险!""",
  [("guaranteed_return", "年化收益接近4%"), ("deposit_comparison", "比银行理财还稳")])
I("moments", "caption", "news_quote", U, "date: 2026-01-17; same article, the agent's pitch over a 万能/演示 illustration",
"""您看,按照中档演示利率,您每年放10万,放5年。从第6年开始,每年可以领将近2万元,一直领到终身。账户里的钱还会继续复利增值,80岁时现金价值能达到200多万,是您本金的两倍还多!""",
  [("guaranteed_return", "80岁时现金价值能达到200多万"), MD])
I("wechat_mp", "article", "warning", U, "date: 2026-01-17; same article, the explanation",
"""对话的微妙转折就在这里。强调“历史表现”和“安全稳健”,模糊了“保证”与“非保证”的界限。将不确定的“预期收益”描绘成近乎确定的未来,是此类误导的核心。""")

U = "http://www.senqingzn.com/dy/article/K2LO35IT0556BBCY.html?spss=dy_author"
I("moments", "caption", "news_quote", U, "date: 2024-25; bank wealth manager's words to an elderly customer, quoted in a commentary",
"""阿姨,這款產品和存款差不多,收益還更高""",
  [("deposit_comparison", "這款產品和存款差不多,收益還更高")])
I("toutiao", "article", "news", U, "date: 2024-25; same commentary on bank-channel insurance",
"""銀行在凈息差持續收窄的壓力下,將代銷保險視為中間業務收入的救命稻草。但銀行賺了中收,卻丟了專業服務能力。""")

U = "http://m.kwylx.cn/news/145ADEE644B84A73"
I("toutiao", "article", "warning", U, "date: n.d.; ex-agent's warning about treating policies as savings",
"""你以為保單是你的儲蓄罐,碰到急事才發現現金價值沒回本,這時候退保,虧損往往不止利息,連本金都被吞噬,幾十萬的數字不是危言聳聽,而是周圍真實發生過的故事。""")

# ---- 个人养老金 / 专属商业养老 ----
U = "https://www.yanglaojin.org/policy.html"
I("wechat_mp", "article", "guide", U, "date: n.d.; 个人养老金 policy explainer",
"""核心亮点:每年最高缴费12,000元可享受个税抵扣,实际税优幅度根据个人税率不同为3%-45%。""")

U = "https://www.21jingji.com/article/20260205/herald/442b844715d44bde227d74b17bca1ac6.html"
I("toutiao", "article", "news", U, "date: 2026-02-05 (21世纪经济报道); 专属商业养老保险 settlement rates explained",
"""不过,专属商业养老保险在积累期采取“保证利率+浮动收益率”的收益模式,只有保证利率才是保险公司保证给你的收益率,超过保证利率的部分为浮动的、不确定的。最终结算利率根据保险公司的实际投资情况确定。也就是说去年结算利率4%,今年能不能达到4%就不一定了。""")

U = "https://www.dtm.com.cn/news/202601/172608.html"
I("toutiao", "article", "marketing", U, "date: 2026-01-13; 快讯 written in promotional voice (treated as published promotion); '保本不亏'",
"""近期,多家保险机构陆续公布了专属商业养老保险产品的结算利率数据。作为养老保险体系第三支柱的重要补充,这类产品凭借“保本不亏”的特性,成为个人养老规划的新选择。""",
  [("guaranteed_return", "保本不亏")])
I("toutiao", "article", "marketing", U, "date: 2026-01-13; same piece; principal safety asserted for an account-type product",
"""其三,收益结构为“保底+浮动”,既保证本金安全,又保留市场上行收益空间。""",
  [("guaranteed_return", "既保证本金安全")])

U = "https://m.dtm.com.cn/news/202601/172581.html"
I("toutiao", "article", "marketing", U, "date: 2026-01; companion 快讯; principal safety asserted",
"""该类产品采用"双账户"设计,包含稳健型和进取型两种投资组合,均由保证利率和浮动结算利率构成。这种结构既确保了本金安全,又为追求更高收益的投资者提供了可能。""",
  [("guaranteed_return", "既确保了本金安全")])

U = "https://199bx.com/articles/2025/06/24/109.html"
I("wechat_mp", "article", "marketing", U, "date: 2025-06-24; 商业养老保险 recommendation article; product described with its terms",
"""例如,年金险中的“养多多 3 号”计划一因其较高的预期收益率(最高可达 3.91%)而广受欢迎。该产品由大家养老保险承保,投保者只需从 30 岁起连续五年缴纳五万元保费,即可享受从 60 岁起逐年发放的固定金额直至生命终结。""")
I("wechat_mp", "article", "marketing", U, "date: 2025-06-24; same article; product types and their risk",
"""其中,年金险与增额终身寿险以其安全性与稳健性著称,年化收益率多维持在 3%-4% 区间;而分红险收益具有不确定性,具体取决于公司经营状况;投连险则类似基金投资,存在盈利或亏损的可能性。""")

U = "http://jenazah.com/chanpinzhanshi/257742.html"
I("toutiao", "article", "marketing", U, "date: 2025-08; Toutiao-style 商业养老保险 article; '收益确定(最高近4%)'",
"""年金险:收益确定(最高近4%),专款专用,但灵活性低;
增额寿:现价增长快(IRR≤3.5%),支持减保取现,适合中长期理财。""",
  [("guaranteed_return", "收益确定(最高近4%)")])

U = "https://www.wanyiwang.com/view/136761.html"
I("wechat_mp", "article", "marketing", U, "date: n.d.; 个人养老金 + 泰康 product article; tax saving example",
"""以年收入20万元的参与者为例,每年顶额缴费12000元,在最高税率档(假设20%)下,当年即可节省个税2400元。""")

# ---- 增员 / agent recruiting ----
U = "https://www.09mi.com/zyjh/16515.html"
I("wechat_mp", "article", "guide", U, "date: n.d.; explainer on '保险公司兼职打卡拿底薪' recruiting pitch",
"""首先,我们需要解构保险行业所谓的“底薪”神话。在传统认知中,底薪意味着“无责任底薪”,即只要完成规定的出勤,无论业绩如何,都能获得的固定报酬。""")

U = "http://finance.ce.cn/rolling/201310/11/t20131011_1602145.shtml"
I("toutiao", "article", "news", U, "date: 2013-10-11 (中国经济网); news on mothers doing part-time insurance sales",
"""在商圈或者人流量大的地方,你或许会看到这样的女性身影。她们聊聊天就能卖一份保险,顺便推销化妆品,逛逛街就能做几份问卷,中午还能回家做饭,下午不到4点就能去学校接孩子,月入三五千还很轻松。她们就是抽空出来做兼职的全职妈妈。""")

# ---- 车险 / 财险 penalties news ----
U = "http://www.zzzmao.com/index/show/bzyc/cv/cv13497671647"
I("toutiao", "article", "news", U, "date: 2021-03-13 (中国经营网); property insurer penalties",
"""3月9日,深圳銀保監局對人保財險深圳分公司及相關負責人開出了109萬元的罰單,這是半個月內,第11家被監管部門處罰的人保財險分支機構。""")

U = "https://finance.zynews.cn/insurance/gongsidongtai/2018-06-11/67179.html"
I("toutiao", "article", "news", U, "date: 2018-06-11; Henan penalties on P&C insurers and intermediaries",
"""在这11张罚单中,全部为财险公司或者保险中介机构。细看其处罚原因,大多为利用职业便利强迫投保人订立保险合同、虚挂中介业务保费、编制虚假的报表等。""")

# =====================================================================================================
# Batch 3
# =====================================================================================================
U = "https://www.61405.com/baike/89564170092.html"
I("toutiao", "article", "qa", U, "date: n.d.; Q&A answer '太平洋保险的销售结构' publishing one insurer's commission rates (labelled as commission data)",
"""1. 产品类型差异
- 寿险产品:长期寿险(如年金险、重疾险)首年佣金率通常为保费的20%-40%,部分高价值产品可达50%,次年及后续年度逐级递减(如5%-15%)。
- 财产险:车险等短期险种佣金较低,约为保费的10%-20%,但可通过批量销售提升总收入。""",
  [("confidential_info", "首年佣金率通常为保费的20%-40%"), ("confidential_info", "佣金较低,约为保费的10%-20%")])
I("toutiao", "article", "qa", U, "date: n.d.; same answer; incentive scheme (开门红 double commission)",
"""3. 绩效考核与奖金
- 除基础佣金外,达成季度/年度目标可获得绩效奖金(如月保费超10万元额外奖励5%)。
- "开门红"等特殊营销期可能提供双倍佣金或专项补贴。""",
  [("confidential_info", "月保费超10万元额外奖励5%"), ("confidential_info", "双倍佣金或专项补贴")])

U = "http://m.zjjiangtong.com/post/19262.html"
I("toutiao", "article", "qa", U, "date: n.d.; generic Q&A on agent income (industry-level, no company scheme)",
"""保险代理人的收入结构通常包括底薪和佣金,其中佣金是主要的收入来源,底薪通常只在试用期或新入行时支付,并且金额较少。""")

U = "http://news.hlxy-bj.cn/zclb/detail/20180720/1000200000019001532047796466839325_1.html"
I("toutiao", "article", "news", U, "date: 2018-07-20 (证券日报); bank-channel penalties reported",
"""同樣,前不久天津保監局下發處罰函顯示,天津銀行第四中心支行2017年7月13日在營業場所制作并擺放自制的保險產品宣傳材料,套用“存入”概念,對代理銷售的保險產品進行虛假宣傳,欺騙投保人、被保險人。""")

U = "https://www.uhzs.com/thread-332594-1-1.html"
I("toutiao", "article", "news", U, "date: 2025-2026; forum repost of a commentary on unlicensed HK-policy selling in the mainland",
"""在内地社交媒体和高端理财圈内,所谓的“港险推介人”正以指数级增长。这些活跃在上海、深圳CBD写字楼里的机构,表面上是“家庭财富管理咨询”,实则是跨境金融违规销售的“搬运工”。""")

U = "https://bbapi.viigoo.eu.org/zh-TC/square/post/25590489406234"
I("wechat_mp", "article", "guide", U, "date: 2025; lawyer's article on FX risk when selling HK policies",
"""與他一同參與的三名介紹人,雖然每人僅獲利1至2萬元,卻被國家外匯管理局分別處以140萬至280萬元不等的行政罰款——罰沒金額是其實際獲利的百倍以上。""")

U = "https://reportify.cn/news/1218371126636449792"
I("toutiao", "article", "news", U, "date: 2026-01; news summary on 代理退保 black-market accounts",
"""- 这些账号使用“葆费”代替“保费”等错别字规避平台文字审核,并盗用金融机构标识与场景营造“官方背景”假象[3][5]""")

# ---- 团险 (clean marketing / guides) ----
U = "http://www.cainiubao.com/thread-35061-1-1.html"
I("wechat_mp", "article", "marketing", U, "date: 2025-09-11; broker's forum post on 团体意外险 + 雇主责任险",
"""作为一名深耕企业规划实战10余年、与140 + 保险公司合作的保险经纪人,我见过太多企业因风险保障配置不当,在意外来临时陷入经营危机。不少企业主会困惑:团体意外险和雇主责任险看起来很相似,到底该选哪一个?事实上,二者并非 “二选一” 的竞争关系,而是能形成 “双剑合璧” 的互补组合,为企业搭建更坚实的风险防护网。""")

U = "https://news.vobao.com/article/1145790442013612459.shtml"
I("wechat_mp", "article", "marketing", U, "date: n.d.; 团体意外险 buying guide on an insurance portal",
"""保额适配需与企业风险、员工需求匹配,避免保障虚设。 建议人均意外身故/伤残保额不低于80万(参考当地工伤赔偿标准),意外医疗保额5万起。对于管理层、技术骨干可叠加定制化高额保障。""")

U = "https://xuexi.huize.com/study/detal-519820.html"
I("wechat_mp", "article", "guide", U, "date: n.d.; 员工意外险 buying guide",
"""建议你重点查看这三个方面:工作期间发生的意外伤害、上下班通勤事故、以及职业病保障。特别是像建筑工人、外卖员这些高风险职业,一定要确认高空作业、交通事故等特殊情况的保障条款。""")

U = "https://henanxw.com/baoxian/4700d1981a5c9ba31d8ccd8f7ec8b80a.html"
I("wechat_mp", "article", "guide", U, "date: n.d.; 员工意外保险 explainer, states exclusions",
"""该险种的优势在于投保门槛低、生效快(次日零时生效),且不限制就医医院等级。但需注意,通常不包含职业病保障,且猝死等"非意外"情况可能不在赔付范围内。""")


# =====================================================================================================
def occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i != -1:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def resolve(pid, text, labels):
    findings, errors = [], []
    for lab in labels:
        cat = lab[0]
        if cat not in CATEGORIES:
            errors.append(f"{pid}: unknown category {cat!r}")
            continue
        if len(lab) == 1:
            if cat != "missing_disclosure":
                errors.append(f"{pid}: post-level label only allowed for missing_disclosure")
            findings.append({"category": cat, "start": None, "end": None, "text": None})
            continue
        phrase, occ = lab[1], (lab[2] if len(lab) > 2 else None)
        hits = occurrences(text, phrase)
        if not hits:
            errors.append(f"{pid}: phrase not found: {cat} {phrase!r}")
            continue
        if occ is None and len(hits) > 1:
            errors.append(f"{pid}: phrase ambiguous ({len(hits)}x): {phrase!r}")
            continue
        if occ is not None and not (1 <= occ <= len(hits)):
            errors.append(f"{pid}: occurrence {occ} out of range for {phrase!r}")
            continue
        st = hits[0] if occ is None else hits[occ - 1]
        f = {"category": cat, "start": st, "end": st + len(phrase), "text": phrase}
        if text[f["start"]:f["end"]] != phrase:
            errors.append(f"{pid}: offset check failed for {phrase!r}")
        findings.append(f)
    findings.sort(key=lambda f: (f["start"] is None, f["start"] or 0, f["category"]))
    keys = [(f["category"], f["start"]) for f in findings]
    if len(keys) != len(set(keys)):
        errors.append(f"{pid}: duplicate finding")
    return findings, errors


# Items sharing a 15-character shingle with an evaluation set (eval/suite, eval/blind-next) or with another
# training harvest, found when the set joined the project: not written, so nothing measured is trained on.
LEFT_OUT = ['RT3-0015', 'RT3-0018', 'RT3-0019', 'RT3-0058', 'RT3-0078']


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    up = os.path.join(here, "used_sources.txt")
    if os.path.exists(up):
        used = {l.strip() for l in open(up, encoding="utf-8") if l.strip()}
    errors, rows, texts = [], [], {}
    per_page = Counter()
    for n, (channel, ctype, genre, source, note, text, labels) in enumerate(ITEMS, 1):
        pid = f"{PREFIX}-{n:04d}"
        if channel not in CHANNELS:
            errors.append(f"{pid}: bad channel {channel}")
        if ctype not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {ctype}")
        if genre not in GENRES:
            errors.append(f"{pid}: bad genre {genre}")
        if not source.startswith("http"):
            errors.append(f"{pid}: bad source {source}")
        if source in used:
            errors.append(f"{pid}: source already used by an earlier harvester: {source}")
        if not text:
            errors.append(f"{pid}: empty text")
        if text in texts:
            errors.append(f"{pid}: duplicate text (same as {texts[text]})")
        texts[text] = pid
        per_page[source] += 1
        findings, errs = resolve(pid, text, labels)
        errors.extend(errs)
        if genre in ("warning", "guide", "news", "qa") and findings and genre != "qa":
            errors.append(f"{pid}: genre {genre} should be clean (reports ABOUT violations are not violations)")
        rows.append({"id": pid, "channel": channel, "content_type": ctype, "genre": genre, "text": text,
                     "account_owner": None, "findings": findings, "source": source, "note": note})
    for s, c in per_page.items():
        if c > 6:
            errors.append(f"more than 6 items from one page ({c}): {s}")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] in LEFT_OUT:
                continue
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(x["category"] for r in rows for x in r["findings"])
    dirty = sum(1 for r in rows if r["findings"])
    print(f"items {len(rows)}  positive {dirty}  clean {len(rows) - dirty}  pages {len(per_page)}  "
          f"max/page {max(per_page.values())}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("positive by genre", dict(sorted(Counter(r["genre"] for r in rows if r["findings"]).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))


if __name__ == "__main__":
    main()
