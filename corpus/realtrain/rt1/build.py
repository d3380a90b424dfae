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
CONTENT_TYPES = {"article", "caption", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "marketing", "warning", "guide", "news", "qa"}

PREFIX = "RT1"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def P(channel, content_type, genre, text, labels, source, note):
    POSTS.append({"id": f"{PREFIX}-{len(POSTS) + 1:04d}", "channel": channel, "content_type": content_type,
                  "genre": genre, "text": text.strip("\n"), "labels": list(labels), "source": source, "note": note})


# Each item: P(channel, content_type, genre, text, labels, source, note). Text copied verbatim from the search
# excerpt of `source` (corpus "pages"). Labels: (category, phrase[, occurrence]) or ("missing_disclosure",).
MP, TT, MO = "wechat_mp", "toutiao", "moments"  # channel where such text is (or would be) posted

# --- batch 1
U = "https://news.vobao.com/article/1140187627942862623.shtml"
P(MP, "article", "marketing", """增额终身寿险值得买吗?2025年预定利率下调前的最后机会""",
  [("stop_sale_hype", "预定利率下调前的最后机会")], U, "date: 2025; title of a 增额终身寿 sales article on a broker site")
P(MP, "article", "marketing", """当前保险行业正面临预定利率调整窗口期。据业内消息,部分优质产品的2.5%-3.5%复利可能随政策调整而下调。这意味着现在投保可锁定终身较高收益,10年后相同保额所需保费或将增加20%-30%。某银行测算显示,普通家庭通过合理配置增额寿险,在30年周期内有望多积累百万级财富。""",
  [("stop_sale_hype", "现在投保可锁定终身较高收益")], U, "date: 2025; rate-cut urgency in a 增额终身寿 sales article")
P(MP, "article", "marketing", """增额终身寿险是一种兼具终身身故保障和资产增值功能的保险产品。其核心特点在于保额和现金价值以复利形式逐年递增,且收益明确写入合同,不受市场利率波动影响。与定额终身寿险相比,增额型产品更注重长期财富积累——例如某款产品在投保人30岁时年缴5万元、缴费3年后,到第5年现金价值已超总保费,至60岁时可翻倍至32.9万元。这种「时间+复利」的独特机制,使其成为对抗利率下行、实现资产稳健增长的有效工具。""",
  [], U, "date: 2025; product description of a 普通型 增额终身寿 (cash value is contractual); judged clean")

U = "https://www.163.com/dy/article/KIIF30AE0553RVN3.html"
P(MO, "caption", "news_quote", """现价3.5%复利增长,比存银行强,随时能取,就当高息活期账户用。""",
  [("deposit_comparison", "比存银行强"), ("deposit_comparison", "就当高息活期账户用")], U,
  "date: ~2025; a 增额终身寿 salesperson's pitch as quoted (业务员说) in a NetEase self-media explainer; only the quoted words")
P(TT, "article", "warning", """这是最大的销售话术陷阱。所谓的“3.5%复利”,并非指你投入本金的收益率,而是指保单“现金价值”这个数字,会按约定利率逐年复利增长。""",
  [], U, "date: ~2025; consumer-education explainer on 增额终身寿 sales talk")
P(TT, "article", "warning", """· 与银行存款比,不公平:银行利息是基于你存入的全部本金计算。而增额寿前期的“本金”(现金价值)是大幅缩水的。用后期才达到的利率,对比银行存款的当期利率,是典型的“田忌赛马”。""",
  [], U, "date: ~2025; explainer warning against deposit comparisons")

U = "https://licai.jiantou8.com/ask/qa_5965216.html"
P(TT, "article", "qa", """首先,你每年交1万,交5年,总共交了5万。这笔钱会在保险公司那里“生息”,就像把钱存到一个有固定收益(预定利率)的账户里。""",
  [("deposit_comparison", "就像把钱存到一个有固定收益(预定利率)的账户里")], U,
  "date: 2025-10-04; Q&A answer on a finance Q&A site explaining 年金险 payouts; deposit analogy labelled")
P(TT, "article", "qa", """但要注意,不同产品的设计天差地别:有的是短期快返(交完没几年就开始领),有的是长期养老型(退休后才领);有的预定利率高,有的附加了分红(分红是不确定的)。所以具体能领多少,一定要看你买的那款产品的条款里的“领取规则”和“演示利率”,建议你找到产品的现金价值表或领取演示表,就能一目了然啦。""",
  [], U, "date: 2025-10-04; same answer, explanatory part; clean")

U = "https://m.vobao.com/news/1139751918555231746.shtml"
P(MP, "article", "guide", """风险:
- 收益不确定性:分红型产品的复利收益与保险公司投资表现挂钩,市场波动可能导致实际收益低于3.5%;投资型产品虽收益全归投保人,但需承担更高风险。
- 流动性限制:短期退保可能亏损本金,例如某产品需持有满9年才能回本。""",
  [], U, "date: 2025; risk section of a 3.5%复利 explainer; clean")
P(MP, "article", "guide", """终身寿险中提到的“3.5%复利”并非简单的年利率,而是指保单的现金价值或保额以复利形式逐年累积。""",
  [], U, "date: 2025; explainer; clean")

U = "https://www.pulanbx.com/bxzs/223304.html"
P(MP, "article", "marketing", """在讨论具体产品前,我们先了解下养老年金险的核心逻辑。简单说,就是你年轻时定期存钱,保险公司运作增值,等你老了再按约定定期给你发钱。""",
  [("deposit_comparison", "你年轻时定期存钱")], U, "date: ~2025; 养老年金 sales article; deposit vocabulary (定期存钱) for insurance")
P(MP, "article", "marketing", """30岁男性,选择5年交费,每年交10万元,累计投入50万元。他选择“保证领取25年”的方案,从60岁起每年可领取养老年金25,300元。""",
  [], U, "date: ~2025; illustrated case of a 养老年金 with guaranteed-payment period (contract term); clean")

U = "https://www.wanyiwang.com/index.php/view/133832.html"
P(MP, "article", "marketing", """现金价值:逐年递增,第3年末达94,356元,超过已交保费的30%(30万×31.45%),说明资金并非“锁死”,早期退保仍可保留部分收益。""",
  [("guaranteed_return", "早期退保仍可保留部分收益")], U,
  "date: ~2025; 年金 illustration explainer; cash value is ~31% of premiums yet called '保留部分收益' (hides surrender loss)")
P(MP, "article", "marketing", """缴费期内(第1-3年),生存年金、身故保险金与现金价值的表现各有特点:""",
  [], U, "date: ~2025; neutral sentence of the same article; clean")

U = "https://www.76hw.com/news/zi-nv-jiao-yu-jin-gui-hua-zhi-nan-ru-he-tiao-xuan-zui-shi-he-de-jiao-yu-jin-bao-xian-jie-jue-hai-zi.html"
P(MP, "article", "marketing", """规划益处:通过教育金规划,您可以利用复利效应(本金+利息滚动增长),小额定期投入即可积累大额资金。例如,每月投入1000元,年化收益率5%,18年后可积累约35万元,足以覆盖大部分本科费用。""",
  [("guaranteed_return", "年化收益率5%")], U, "date: ~2025; 教育金保险 guide; states a 5% yield as the planning basis")

U = "https://xuexi.huize.com/study/detal-7177.html"
P(MP, "article", "marketing", """一般情况下,具有分红功能的教育保险,如果保额相同,分红型教育保险的保费要稍高一些。分红型的教育保险可以从孩子上中学开始,分期从保险公司领取保险金,如此一定程度上规避了物价上涨带来的货币贬值风险。以平安人寿平安世纪星光少儿两全保险(分红型)为例,从0岁起便可投保,具有满期创业保险金、可转换年金的权益,同时在保障期间孩子还可以享受到保单分红的利益""",
  [("missing_disclosure",)], U, "date: older (慧择 study page); promotes a named 分红型 教育金 product, no statement that dividends are uncertain")
P(MP, "article", "guide", """教育保险则是专款专用,由保险公司为家长管理,只有到了升学等特定时间才能领取使用。一般情况下,孩子从出生开始到其十四五岁时,都有资格投保这类险种,不同的保险公司规定当孩子上初中、高中开始就可以获得保险公司分阶段给付的教育金,以体现其保障功能。""",
  [], U, "date: older; explainer; clean")

U = "https://henanxw.com/baoxian/d094ddd8d5c8eb7ee90d95432d8e259d.html"
P(MP, "article", "marketing", """相比银行储蓄等传统方式,保险教育金的独特价值主要体现在:在一开始是收益稳定性,目前市场上的教育金产品IRR(内部收益率)通常在3%-3.5%区间,虽不及高风险投资但显著高于普通定期存款;然后接下来是法律属性优势,保险金受《保险法》保护,具备资产隔离和债务规避的法律特性;第三是保障杠杆效应,以30岁父母为例,年缴2万元连续交10年,可能获得高达50万元的高等教育金储备,这种放大效应是储蓄账户难以实现的。""",
  [("deposit_comparison", "显著高于普通定期存款"), ("deposit_comparison", "这种放大效应是储蓄账户难以实现的")], U,
  "date: ~2025; 教育金 article comparing with deposits to insurance's advantage")

U = "https://www.hwbxw.com/hkinsurance/vip_doc/29995786.html"
P(MP, "article", "marketing", """有人说它是 “资产荒里的暖流”,长期复利能摸到 6.5%;有人看中它的美元属性,当作对抗单一货币风险的盾牌;也有人单纯想 “逼自己存钱”,用保单锁定一笔未来的确定性。""",
  [("guaranteed_return", "长期复利能摸到 6.5%")], U, "date: ~2025-08; 香港储蓄险 sales article by an HK-insurance site; high yield stated without the dividend caveat in this paragraph")
P(MP, "article", "marketing", """香港储蓄险本质是 “长期储蓄工具 + 保险保障” 的结合体,但分红的不确定性是绕不开的前提。与其被 “高收益” 冲昏头,不如先问自己三个问题:""",
  [], U, "date: ~2025-08; same article, caveat paragraph; clean")

U = "https://mtz.china.com/touzi/2025/0807/180829.html"
P(TT, "article", "news", """需注意:这些收益中40%-60%为非保证分红,实际回报取决于保险公司投资表现及市场环境。
关键指标:分红实现率
历史分红实现率是评估产品可靠性的重要依据。
但2024年受美股波动影响,部分公司实现率跌至78%-85%,凸显市场波动风险。""",
  [], U, "date: 2025-08-07; finance-portal article on HK savings insurance; caveat; clean")

U = "http://www.qkl6.com/post/1709.html"
P(MP, "article", "guide", """长期收益不确定性
- 结算利率可能随市场下行,最终收益可能低于演示数据(非保证部分)。
- 若保障成本过高(如高龄时),可能侵蚀账户价值。""",
  [], U, "date: ~2025; 万能险 explainer; clean")
P(MP, "article", "guide", """- 保底利率:平安万能险通常有保底收益(约1.75%-2.5%,具体以合同为准),超出部分为浮动收益(与公司投资表现挂钩)。
- 历史结算利率:近年平安万能险结算利率多在3.5%-4.5%之间(需注意长期利率下行趋势)。""",
  [], U, "date: ~2025; 万能险 minimum guaranteed rate described as a contract term with caveat; clean")

U = "https://m.jiusongjiankang.com/health/news/4904314.html"
P(MP, "article", "guide", """万能保险通过设立独立账户,将保费扣除风险保险费、初始费用等成本后,按合同约定为账户价值提供最低保证利率(通常为1.75%-3%)。若账户实际收益未达最低保证利率,保险公司将按最低利率结算。""",
  [], U, "date: ~2025; 万能险 explainer; 最低保证利率 is a contract term; clean")

U = "https://blog.alkdhj.cn/article/2473244.html"
P(MP, "article", "guide", """首先,要明确结算利率的概念。万能险的结算利率是保险公司每月公布的实际利率,它反映了该账户在当月的实际收益情况。这与预定利率不同,预定利率是保险产品在设计时承诺给客户的最低利率,而结算利率是实际执行的利率,会根据保险公司的投资运作情况而波动。""",
  [], U, "date: ~2025; 万能险 结算利率 explainer; clean")

U = "http://finance.henanjinrong.com/cjzs/202602/194849.html"
P(TT, "article", "guide", """寿险公司排名榜通常由第三方机构或媒体根据保险公司规模、偿付能力、服务质量、产品多样性、客户满意度等指标综合评定。其主要作用是为消费者提供一个初步的参考方向,但并非绝对标准。""",
  [], U, "date: 2026-02; explainer on insurer rankings; clean ('并非绝对')")

U = "http://cainiubao.com/thread-16830-1-1.html"
P(MP, "article", "guide", """市面上的年金险主要区别在于,开始领取养老金以后,身故是退回已交保费,还是支持保障领取?退回已交保费的话,也就是保个本谈不上什么收益了。好处就是养老金会领得更多一些。""",
  [], U, "date: ~2025; forum post by an insurance blogger comparing annuity designs; clean")

U = "https://stage.planto.io/zh/blog/saving-insurance"
P(MP, "article", "guide", """此外,儲蓄保險的資產管理方式又分為投資類與非投資類。如投保人只想平穩地取得預期回報,可會選擇非投資類的儲蓄保險;希望有更高回報者,自然會選擇投資類保單,惟實際回報涉及保險計劃背後的投資組合、市場的經濟狀況等因素,投保人最終未必能夠得到計劃書上的預期回報。""",
  [], U, "date: ~2024; HK-platform explainer on savings insurance (traditional characters); clean")

# --- batch 2
U = "https://xyz.cn/discover/detail-92288.html"
P(MP, "article", "marketing", """一、产品特色
1、更高:返还收益高
终生享有生存金两年一返,给付比例为基本保险金额的18%,给付比例高。
2、更快:祝寿还本快
自61周岁开始,可每五年领取一次祝寿金,单次祝寿金为应缴保费总额的18%,最多可领取6次,累计可获应缴保费总额的108%。
3、更强:保障功能强
终身拥有身故保障,助您抵御未知的人生风险。
4、更多:分红复利多
每期的生存金、祝寿金和红利分别进入账户后,每年按各自确定的累积利率以年复利方式累积生息,让您足不出户坐享持续不断的丰厚汇报。""",
  [("guaranteed_return", "坐享持续不断的丰厚汇报"), ("missing_disclosure",)], U,
  "date: older; product page of a 分红型 annuity on an insurance e-shop; dividends presented as certain, no uncertainty statement")

U = "https://n.baoxianhai.com/toubao/licai/10911202154448.shtml"
P(MP, "article", "marketing", """满期保险金
若被保险人生存至保险单满期日,且未发生其他导致合同终止的情形,经确认后,将按合同的累计已交纳保险费(无息)向满期保险金受益人给付满期保险金,同时合同终止。""",
  [], U, "date: older; annuity product page quoting the contract's maturity benefit; clean")

U = "https://www.russky.net/zixun/222774.html"
P(TT, "article", "warning", """▶ 雷区1:利差损黑洞

  • 真相:保险公司承诺 3.5%复利,但2025年平均投资收益率仅 2.5%,每卖1亿保单年亏 800万 💸""",
  [], U, "date: 2025; consumer warning about 增额寿 stop-sale; clean (report voice)")
P(TT, "article", "warning", """▶ 雷区2:长险短做陷阱

  • 旧版增额寿:缴费3年回本 → 诱导客户 集中退保套现
  • 监管重拳:新规要求 回本期≥8年,前5年退保 亏损超50%!""",
  [], U, "date: 2025; same warning article; clean")

U = "https://news.vobao.com/article/1140360133505457218.shtml"
P(MP, "article", "marketing", """场景一:子女教育金筹备
年轻父母若计划15年后支付子女留学费用,选择年金险可通过时间平滑市场波动,假设年缴5万元、缴费10年,到期预计可累积约68万元,远超同期定存收益。""",
  [("deposit_comparison", "远超同期定存收益")], U, "date: 2025; 年金险 vs 存款 article on a broker portal; comparison to the insurance's advantage")
P(MP, "article", "marketing", """年金保险的收益潜力建立在长期复利增值的基础上。以某款分红型年金险为例,投保人若连续10年缴纳保费,从第15年开始可按年领取生存金,搭配万能账户的二次增值,长期年化收益率可能突破3.5%,在低利率时代优势显著。但需注意,这类产品的演示利率并非保证收益,实际回报受保险公司投资能力影响较大,存在收益波动风险。""",
  [], U, "date: 2025; same article; 分红 product mentioned with the uncertainty statement; judged clean")

U = "https://licai.jiantou8.com/ask/qa_5978351.html"
P(TT, "article", "qa", """• 保本:年金险的保费投入后,会进入保险公司的责任准备金账户,受银保监会严格监管,合同约定的年金领取、满期金等属于确定收益,因此本金是安全的。""",
  [("false_authority", "受银保监会严格监管"), ("guaranteed_return", "因此本金是安全的")], U,
  "date: ~2025; Q&A answer headed '保本保息的底层逻辑'; regulator supervision used as the reason the principal is safe")
P(TT, "article", "qa", """1. 流动性风险:
年金险通常需要长期持有(如5 - 10年以上),若中途退保,只能拿回现金价值(前期现金价值低于已交保费,退保会亏损)。例如,年交10万,交3年,第4年退保可能只拿回25万左右,损失5万。""",
  [], U, "date: ~2025; same answer, risk section; clean")

U = "https://www.76hw.com/news/bao-xian-li-cai-tou-zi-ce-lve-shen-du-jie-xi-nian-jin-xian-yu-zeng-e-zhong-shen-shou-xian-de-shou-yi.html"
P(MP, "article", "marketing", """在当前人口老龄化加速、银行存款利率持续走低的宏观经济背景下,如何构建一个安全、稳定且具备增长潜力的养老资金池,是每一个成年人必须面对的严肃课题。商业养老保险作为国家养老金体系(社保)的重要补充,凭借其刚性兑付锁定长期利率法律契约的特性,成为了资产配置中“防守型”资产的核心。""",
  [("guaranteed_return", "刚性兑付")], U, "date: ~2025; 年金/增额寿 strategy article; '刚性兑付' for products whose returns include dividends")
P(MP, "article", "guide", """3. 收益结构:通常由“保证收益(写在合同里)+ 分红(不确定)+ 万能账户(二次增值)”组成。""",
  [], U, "date: ~2025; same article; clean")

U = "https://licai.jiantou8.com/ask/qa_6266343.html"
P(TT, "article", "qa", """分红收益不确定性
分红金额取决于保险公司上一会计年度的实际经营状况,可能为低档、中档或高档,但无保底利率。例如,某案例中75岁领取祝寿金后,叠加分红与现金价值,内部收益率(IRR)为3.20%,但若分红实现率低于演示水平,收益可能缩水。""",
  [], U, "date: ~2025; Q&A answer reviewing a 分红 annuity; clean")

U = "https://www.suwdruck.com/view/134617.html"
P(MP, "article", "marketing", """在利率下行、资管新规打破刚兑的大背景下,保险产品因其“保本+长期收益”的特性,成为家庭资产配置的“压舱石”。其中,分红型终身寿险凭借“保证收益+浮动分红”的双重优势,既锁定长期最低收益,又通过保险公司经营成果共享机制,有机会分享经济增长红利,成为高净值人群及家庭长期储蓄、财富传承的热门选择。""",
  [("guaranteed_return", "“保本+长期收益”")], U, "date: ~2025; review article of a named 分红型终身寿; '保本' claimed for insurance")
P(MP, "article", "marketing", """1.保证收益托底:无论保险公司经营如何,投保人至少可获得合同约定的身故保险金与现金价值,确保资产安全;
2.浮动分红增值:红利来源于保险公司死差益、利差益、费差益的可分配盈余,长期来看可通过复利效应实现资产增值,抵御利率下行风险。""",
  [("missing_disclosure",)], U, "date: ~2025; same article; dividend growth promoted without an uncertainty statement")

U = "https://m.vobao.com/news/1159106756904014914.shtml"
P(MP, "article", "marketing", """复星保德信星福家朱雀版终身寿险(分红型),0 岁(满 30天)-65岁可投,保至终身,有效保险金额按 1.75% 年复利递增,涵盖身故 / 全残保障 + 增额红利 + 终了红利,搭配保单贷款、转换年金等灵活权益,既能实现资产稳健增值,又能为家人留下确定性保障,适配长期理财、财富传承等需求。""",
  [("missing_disclosure",)], U, "date: 2025/26; product-introduction post for a named 分红型终身寿; no dividend-uncertainty statement")
P(MP, "article", "marketing", """关键节点:犹豫期 15 天(退保扣除不超过 10 元工本费,返还已交保费),宽限期 60 天(宽限期内保障有效,欠交保费需扣除),合同效力中止后 2 年内可申请恢复。""",
  [], U, "date: 2025/26; same post, contract facts; clean")

U = "https://licai.jiantou8.com/ask/qa_6160936.html"
P(TT, "article", "qa", """作为分红型保险,其收益分为“保底收益”和“分红收益”:
• 保底收益是合同明确约定的,确保资金有基础增值;
• 分红收益与保险公司的经营状况挂钩,每年分红金额不固定,可能为0(但保险公司会将可分配盈余的70%以上分配给客户)。""",
  [], U, "date: ~2025; Q&A on a 分红型两全; states uncertainty; clean")

# --- batch 3
U = "http://www.513hx.cn/jingsuanshi/206267.html"
P(MP, "article", "marketing", """增额终身寿险的用途非常广泛,可以用作养老金、教育金和其他储蓄用途。增额终身寿险跟银行理财产品和大额存单相比还有以下优势:

增额终身寿险的本金和收益都受到保险法的保障;

配置的门槛很低,并且能锁定一个不错的终身复利收益。这在当前利率下行的经济周期中,非常难得;""",
  [("deposit_comparison", "增额终身寿险跟银行理财产品和大额存单相比还有以下优势"), ("guaranteed_return", "本金和收益都受到保险法的保障")], U,
  "date: 2024-01-05; Q&A-style article on an insurance site; compares with WMPs/大额存单 to insurance's advantage and claims principal and return are guaranteed by law")
P(MP, "article", "marketing", """举个例子:同样的保费,定额终寿险一开始的身故保额可达100万,而增额终寿险一开始的身故保额可能是10万。但是增额终寿险的保额逐年以复利递增,增值时间越长保额越高,所以短期来看定额终身寿险的保障功能更强。从长期来看,增额终身寿险的保障更强,而且能够实现财富增长,是一种被动理财的工具。""",
  [("deposit_comparison", "是一种被动理财的工具")], U, "date: 2024-01-05; same article; insurance presented as a wealth-management tool (judgement call)")
P(MP, "article", "guide", """定额终身寿险的身故赔付额是确定的,不会随时间变化而变化。""",
  [], U, "date: 2024-01-05; same article; clean")

U = "https://mftsp.com/14209"
P(TT, "article", "warning", """最近监管层要求银保渠道“双录”(录音录像)倒是好事,至少能避免我当年那种被话术绕晕的遭遇。但魔幻的是,现在客户经理都学会在录制开始时特意强调“我们已清楚说明这是保险产品”,转头就用“这和定期存款差不多”的类比来模糊边界——这种合规范围内的套路,反而更让人防不胜防。""",
  [], U, "date: ~2025; personal blog about bank-sold annuities; report ABOUT deposit analogies, clean")
P(TT, "article", "warning", """我专门翻了翻他们家热销的某款分红险条款,发现个有趣的现象:演示收益表上永远用加粗字体突出“中档4.5%”的字样,但底下那行“保证利率2.0%”小得需要拿放大镜找。更绝的是,去年有朋友急用钱想提前退保,才发现现金价值表第一年居然只退回保费的30%——这哪是理财,简直是现代版貔貅只进不出。""",
  [], U, "date: ~2025; same blog; consumer criticism of illustration practice; clean")

U = "https://www.gilin.com.cn/essence0807859.html"
P(TT, "article", "news", """电话销售(电销)作为保险行业重要的获客渠道,因沟通效率高、覆盖范围广而被广泛应用。但由于电销场景中信息传递依赖口头表述,消费者难以实时核对合同条款,易滋生误导销售行为。""",
  [], U, "date: 2025; report on telesales mis-selling complaints; clean")

U = "https://ddkuai.com/post/206314.html"
P(TT, "article", "news", """为什么分红险等投资理财型保险产品的潜在销售误导行为更为突出呢?除了消费者普遍对合同内容缺乏了解外,演示收益率也是一个重要原因,这类产品通常提供高、中、低三档演示收益,但这并非真实收益率,只是估算与演示,消费者很可能误以为这是固定收益率。""",
  [], U, "date: ~2024; news report on 分红险 mis-selling; clean")
P(TT, "article", "news", """对此,律师指出,保险代理人在销售过程中应诚实守信,客观真实地向消费者介绍产品情况,如果存在夸大宣传、隐瞒真相等行为,就可能构成销售误导,而分红型保险在条款中会明确标注“分红是不确定的”,消费者应该充分了解这一不确定性,不被表面的高收益所迷惑。""",
  [], U, "date: ~2024; same report; clean")

# --- batch 4
U = "https://www.henanxw.com/licai/a641ec21057100e6ecd61723768d4698.html"
P(MP, "article", "marketing", """2025年养老规划压力持续加大,年金险作为理财型保险的主流选择,其核心价值在于通过契约锁定长期利率并具备法律隔离功能。经多维分析发现,当前市场最优组合应为「变额年金+万能账户」架构,兼顾3.5%保底收益与股市超额回报潜力,但具体选择需综合流动性需求、年龄阶段及税务规划三要素。""",
  [("ad_absolute", "最优组合"), ("guaranteed_return", "3.5%保底收益")], U, "date: 2025; 年金 selection article; superlative and a 3.5% floor claimed for a variable/universal combination")
P(MP, "article", "marketing", """万能账户的关键作用
作为收益加速器,现行监管要求下万能账户保底利率不得超2.5%,但实际结算仍普遍维持在4%-4.8%区间。友邦「优享金生」的阶梯式奖励机制值得关注:持续持有15年以上,额外给予1.2%的忠诚客户加成利率。""",
  [("missing_disclosure",)], U, "date: 2025; same article; 万能 crediting rates promoted without saying the excess over the guaranteed rate is uncertain")
P(MP, "article", "marketing", """更重要的是保证给付期设计,泰康「幸福有约」独创的「双倍给付期」条款(若被保险人身故时未领满20年,受益人可继续领取至期满),实质将年金转化为「生死两全」的混合险种。""",
  [("ad_absolute", "独创")], U, "date: 2025; same article; '独创' as an unprovable exclusivity claim")

U = "https://www.76hw.com/news/yang-lao-nian-jin-xian-zen-me-xuan-shou-yi-gao-bi-kai-zhe-san-da-keng-rang-ni-de-qian-wen-wen-zeng-z.html"
P(MP, "article", "guide", """选择高收益产品的关键是理解“收益”的构成:主要包括保证收益(合同锁定的最低回报)和浮动收益(如分红或万能账户增值)。高收益不等于高保证,而是要在风险可控的前提下,实现年化内部收益率(IRR)超过3%(当前市场基准)。""",
  [], U, "date: ~2024; 养老年金 selection guide; explains guaranteed vs non-guaranteed; clean")

U = "https://meihualife.com/nrjx/696.html"
P(MP, "article", "guide", """最近大家是不是总被保险公司的消息轮番轰炸?不是说这款产品马上要下架,就是那款产品即将涨价,各种提醒看得人眼花缭乱。""",
  [], U, "date: 2026-02-26; broker article on the 2.5% rate exit; describes stop-sale messaging in report voice; clean")
P(MP, "article", "guide", """为啥会这样?一方面可能是大家对停售这类消息有点疲劳了,听多了难免麻木;另一方面,或许有人觉得这又是保险公司的营销套路。""",
  [], U, "date: 2026-02-26; same article; clean")

# --- batch 5
U = "https://m.vobao.com/news/1139669929863083719.shtml"
P(MP, "article", "marketing", """从金融底层逻辑来看,分红型年金保险的可靠性建立在保险公司的长期投资能力与监管制度的双重保障之上。中国银保监会规定,保险公司需将分红账户盈余的至少70%分配给投保人。以泰康鑫享世家2025终身寿险(分红型)为例,其现金价值从投保首年即明确写入合同,且自现金价值超过已交保费后,客户可自主选择减保或质押贷款,实现资金灵活周转。这类产品的设计充分体现了“安全垫+成长性”的组合优势。""",
  [("false_authority", "监管制度的双重保障"), ("missing_disclosure",)], U,
  "date: 2025; 分红型年金 recommendation article; reliability of dividends attributed to regulation; named 分红 product without uncertainty statement")
P(MP, "article", "marketing", """- 高净值定制型:中国人寿鑫益丰年金(分红型)针对百万级保费客户设计,40岁男性年缴100万、连缴3年,60岁起每年可领取36.8万元生存金,配合万能账户二次增值,实际IRR(内部收益率)可达3.8%-4.2%。这类产品正在取代部分信托产品,成为资产传承的新载体。""",
  [("guaranteed_return", "实际IRR(内部收益率)可达3.8%-4.2%"), ("missing_disclosure",)], U,
  "date: 2025; same article; illustrated dividend/万能 return stated as the actual IRR")
P(MP, "article", "marketing", """- 分红浮动性:2025年保险业投资端普遍加大权益类资产配置,虽然提升潜在收益空间,但资本市场波动可能导致年度分红率较演示水平下降5%-15%。""",
  [], U, "date: 2025; same article, risk section; clean")

U = "https://www.meihualife.com/nrjx/251.html"
P(MP, "article", "marketing", """普通型年金险像一份雷打不动的“铁饭碗”,每年领取金额白纸黑字写入合同,安全性高但收益锁定 2% 复利。""",
  [], U, "date: 2025-12-31; broker article; describes a 普通型 annuity's contractual payouts; clean")
P(MP, "article", "marketing", """而分红型年金险则更像“底薪+绩效奖金”:保证部分收益略低于普通型,但增加了浮动分红,有机会分享保险公司的投资成果。""",
  [], U, "date: 2025-12-31; same article; dividend described as a chance, not certain; clean")

U = "https://m.vobao.com/news/1139149463100302102.shtml"
P(MP, "article", "marketing", """- 长期资产保值:通过锁定长期利率和分红复利增值,可有效对抗通货膨胀。部分产品历史分红实现率可达90%-105%,尤其在低利率环境下,这类产品能提供优于银行理财的收益稳定性。""",
  [("deposit_comparison", "优于银行理财的收益稳定性")], U, "date: 2025; 分红年金 article; comparison with bank WMPs to insurance's advantage")
P(MP, "article", "marketing", """- 收益不确定性:分红收益受保险公司投资能力影响,若资本市场表现不佳,可能出现实际分红低于预期的情况。投保人需明确合同中注明的“保底收益”与“预期收益”差异。""",
  [], U, "date: 2025; same article, risk section; clean")

U = "https://www.pulanbx.com/bxzs/218287.html"
P(MP, "article", "marketing", """这种“下有保底,上不封顶”的特性,对于担心通货膨胀、希望养老收入能有些增长空间的朋友来说,确实有一定的吸引力。""",
  [("guaranteed_return", "下有保底,上不封顶")], U, "date: 2025; 分红型养老年金 review; unbounded upside implied for dividends")
P(MP, "article", "marketing", """以复星保德信的星海赢家(火凤版)为例,这类产品一般覆盖的年龄范围较广(如从出生满30天到60岁),通常不需要健康告知,也无需体检。承保职业范围也较广泛,适合1-7类职业人群。保障期限一般很长,很多产品保障至106岁或终身。""",
  [], U, "date: 2025; same review; for an annuity with no risk cover, no health questionnaire is a product fact: judged clean (hard negative)")

U = "https://199bx.com/articles/2025/06/24/152.html"
P(MP, "article", "guide", """固收型年金险的最大特点是收益明确,投保时即可确定未来领取的具体金额,这种稳定性使其成为保守型投资者的理想选择。而分红型年金险则在此基础上增加了分红收益,这部分收益取决于保险公司的实际经营状况,具有不确定性。""",
  [], U, "date: 2025-06-24; explainer; clean")

U = "https://www.meihualife.com/nrjx/302.html"
P(MP, "article", "marketing", """所以,固收型养老金就像一份“超长期的特种债券”。您借出本金,换取一份受法律严格保护的、按约定日期和金额支付的、与生命等长的现金流。
其价值在于极致的确定性,所以也就是养老规划中名副其实的“压舱石”。""",
  [("deposit_comparison", "就像一份“超长期的特种债券”"), ("ad_absolute", "极致的确定性")], U,
  "date: 2025; broker 养老年金 ranking article; insurance likened to a bond, superlative '极致'")

U = "https://www.pulanbx.com/bxzs/yljzs/222816.html"
P(MP, "article", "marketing", """很多人买养老金保险,光听销售说“这款能分红,收益高”“这款收益固定,稳当”,就稀里糊涂买了。其实固定型和分红型的核心差别特别简单,就俩:收益是否确定、领取金额是否固定。搞懂这两点,就能避开80%的坑。""",
  [], U, "date: 2025; 养老金保险 guide on a broker site; clean")

U = "https://m.vobao.com/news/1140703810111147765.shtml"
P(MP, "article", "marketing", """作为受《保险法》保护的人寿保险,分红型年金险具有刚性兑付特性。即便保险公司破产,银保监会也会指定机构接管保单,确保固定年金部分100%履约。搭配分红机制后,在银行存款利率下行、理财产品打破刚兑的市场环境下,这种“保底+浮动”结构成为中产家庭资产配置的压舱石。2023年招商信诺数据显示,持有10年以上的分红型年金险实际年化收益可达3.5%-4.8%,显著高于同期国债收益率。""",
  [("guaranteed_return", "具有刚性兑付特性"), ("false_authority", "银保监会也会指定机构接管保单,确保固定年金部分100%履约"), ("deposit_comparison", "显著高于同期国债收益率")], U,
  "date: 2025; 分红型年金 article; rigid payment claim, regulator as guarantor, bond comparison")
P(MP, "article", "marketing", """监管部门仅要求分红险演示利率不超过4.5%,实际分红取决于保险公司死差、费差、利差等不透明指标。2024年某合资保险公司就因房地产投资亏损,将分红实现率从92%骤降至67%,引发大规模投诉。""",
  [], U, "date: 2025; same article, risk part; clean")

U = "https://www.76hw.com/news/bao-xian-gui-hua-er-tong-jiao-yu-jin-chu-bei-ru-he-bi-mian-jia-ting-cai-wu-feng-xian-bing-que-bao-ha.html"
P(MP, "article", "guide", """保险规划的核心在于“保障+储蓄”的双重功能:它不像单纯的投资那样追求高回报,而是强调安全性和确定性。""",
  [], U, "date: ~2024; 教育金 planning guide; clean")

U = "https://henanxw.com/baoxian/10702b7c9a8ea558970f5e528c3b7b56.html"
P(TT, "article", "warning", """二、销售人员的利益驱动
相比普通存款业务,保险产品销售能为银行员工带来更高佣金回报。通常保险产品的佣金率可达首年保费的15-30%,而存款业务几乎不产生直接收益。在这种激励机制下,部分销售人员会选择性地夸大保险收益、隐瞒退保风险,甚至直接宣称\"这是收益率更高的新型存款\"。""",
  [], U, "date: ~2024; consumer guide on 存款变保险; report ABOUT the pitch; clean")

# --- batch 6
U = "https://www.ainsur.top/news/MYKHLVxdI1uI"
P(TT, "article", "warning", """对话的微妙转折就在这里。强调“历史表现”和“安全稳健”,模糊了“保证”与“非保证”的界限。将不确定的“预期收益”描绘成近乎确定的未来,是此类误导的核心。""",
  [], U, "date: 2026-01-17; consumer-education article on '理财化' sales talk; clean")

U = "https://yahuihk.cn/insurance/tkjd/1873091-1.htm"
P(MP, "article", "marketing", """1.
独立账户运作
本公司为万能险产品建立单独账户,万能型保险产品投资范围和比例相对分红型保险产品更灵活,预计该产品在保证最低收益的基础上,还能为客户提供较好的投资回报。""",
  [("missing_disclosure",)], U, "date: older; product page of a group 万能型养老保险; promises 'better returns' without saying the excess over the minimum rate is uncertain")
P(MP, "article", "marketing", """3.
账户收益有保证
结算及时更透明
本公司为本主险合同保单账户价值设定了保证利率,即各账户价值的最低年结算利率。本产品各账户的年最低保证利率为3.0%。""",
  [], U, "date: older; same page; the heading refers to the contractual minimum guaranteed rate of a 万能 account, explained at once: judged clean (hard negative)")

U = "https://www.kupet.cn/read-1749538559a12175538.html"
P(TT, "article", "qa", """这种设计之所以成为中产家庭财富管理的优选,首先源于其法律保障优势。根据《保险法》第89、92条,万能账户的保底利率写入合同,即便保险公司破产也需履行兑付义务,这比银行理财更安全。数据显示,2025年保险业资金运用余额达33.26万亿元,其中债券配置占比超50%,底层资产以固收类为主,确保了收益稳定性。税务优化特性显著,账户收益暂不征收个人所得税,且通过受益人指定可实现资产定向传承。从收益表现看,中国人寿某案例显示账户余额11.9万元时月收益达292元,年化超3.6%,显著高于同期银行存款。""",
  [("deposit_comparison", "这比银行理财更安全"), ("guaranteed_return", "确保了收益稳定性"), ("deposit_comparison", "显著高于同期银行存款"), ("missing_disclosure",)], U,
  "date: 2025-06-10; Q&A answer promoting a 万能账户; compares with WMPs and deposits, no statement that crediting above the minimum is uncertain")

U = "https://xuexi.huize.com/study/detal-225766.html"
P(MP, "article", "marketing", """产品特点
1、年年给付,双倍养老;
2、短期积累,终身回报;
3、享受分红,额外惊喜;
4、选择附险,多重保障。""",
  [("missing_disclosure",)], U, "date: older; product page of a named 年金保险(分红险); dividend promoted, no uncertainty statement")

# --- batch 7
U = "https://gubaposthk.eastmoney.com/news,cjpl,1657087263.html"
P(TT, "article", "news", """记者走访广州多家银行网点发现,在大量储蓄到期与存款低利率双重驱动下,“保底+浮动收益”的分红险产品成为居民财富管理的主力产品之一,承接了部分储蓄迁移需求。""",
  [], U, "date: 2026-01; 南都 news on 存款搬家 and 分红险 (repost); clean")
P(TT, "article", "news", """据多家网点销售人员介绍称,当前短期大额存单利率已跌破1%,正式进入“0字头”时代,中长期利率也大幅回落,普遍在1.55%~1.75%之间,与2023年普遍3%以上的水平相去甚远,且多数银行仅发行1年期及以下产品。""",
  [], U, "date: 2026-01; same news; deposit-rate facts; clean")

U = "https://reportify.cn/news/1214298518236303360"
P(TT, "article", "news", """- 存款属于无风险资产,而储蓄型保险属于低风险资产,两者的风险特征和定位不完全一致 [4]
- 定期存款可随时支取仅影响利息,本金不受损;保险产品通常有较长锁定期,灵活性较低,中途退保可能损失本金,其“随时取用”功能往往通过保单贷款实现 [4]""",
  [], U, "date: 2026-01; news digest on deposits vs savings insurance; clean")
P(TT, "article", "news", """- 2026年保险公司“开门红”主推的分红险产品,基于演示利率的收益率大多在2.5%以上,相较于固定收益的传统保险和存款具有一定吸引力 [9]""",
  [], U, "date: 2026-01; same digest; news voice; clean")

U = "https://www.yanglaojin.org/policy.html"
P(MP, "article", "guide", """投资阶段:暂不征税
- 个人养老金资金账户内的投资收益暂不征收个人所得税
- 相当于免税复利增长""",
  [], U, "date: ~2025; 个人养老金 policy explainer; clean")

U = "https://www.wanyiwang.com/view/136761.html"
P(MP, "article", "guide", """个人养老金制度是在基本养老保险(第一支柱)和企业年金、职业年金(第二支柱)基础上,由政府政策支持、个人自愿参加、市场化运营的补充养老保险制度,是我国养老保障体系的“第三支柱”。""",
  [], U, "date: ~2025; 个人养老金 explainer preceding a 泰康 product analysis; accurate national-policy description, clean (hard negative for false_authority)")

# --- batch 8
U = "https://xuexi.huize.com/study/detail-314120.html"
P(MP, "article", "marketing", """2. 银行定存
银行定存相对而言,其保障风险则相对较低。虽然银行定存也有保险保障,但是其覆盖范围相对较小,只能在银行遭受损失时才能得到保障。此外,银行定存的收益也相对较低,无法满足人们的实际需求。
总体来看,增额寿险的保障风险更为全面,更加适合投资者的需求。""",
  [("deposit_comparison", "银行定存的收益也相对较低,无法满足人们的实际需求"), ("deposit_comparison", "增额寿险的保障风险更为全面,更加适合投资者的需求")], U,
  "date: ~2023; 增额寿险 vs 银行定存 article on an insurance e-shop's study pages; comparison to insurance's advantage")

U = "http://abc006.com/pingce/detail-df66d2c21d676202.html"
P(TT, "article", "qa", """终身增额寿险比定期存款收益高,这个是没有问题的""",
  [("deposit_comparison", "终身增额寿险比定期存款收益高")], U, "date: ~2022; answer on an insurance Q&A page ('推荐的终身增额寿险比定期存款收益高吗')")
P(TT, "article", "qa", """而增额终身寿险相比银行存款的一个优势,就是有比较高的收益率。目前各家保险公司的增额终身寿险,最高的收益率基本都能达到3.5%左右。而银行存款利率鲜有能达到3.5%,有些银行的最高存款利率都不到3%。""",
  [("deposit_comparison", "增额终身寿险相比银行存款的一个优势,就是有比较高的收益率")], U, "date: ~2022; same answer; simple yield comparison with deposits")
P(TT, "article", "qa", """3、再次,就是长期收益更稳定。增额终身寿险的收益率虽然不是固定的,但在达到一定年限之后就会稳定下来,之后基本上就不会再有什么变化了。""",
  [("guaranteed_return", "之后基本上就不会再有什么变化了")], U, "date: ~2022; same answer; return presented as stable and unchanging")

U = "https://news.vobao.cn/article/1145095695942568505.shtml"
P(MP, "article", "marketing", """对比之下,增额终身寿险的保障贯穿一生。它提供终身的身故/全残保障,核心亮点在于保单现金价值会按合同约定的年复利率(当前市场集中在2.5%-3.0%)持续增长。""",
  [], U, "date: 2025; 两全 vs 增额寿 article; contractual growth of a 普通型 product; clean")

U = "https://www.10100.com/article/38221099"
P(MP, "article", "marketing", """其高收益的底层逻辑的是全球化资产配置能力 —— 香港保险公司可投资于美股、美债、欧洲市场等全球资产池,捕捉多元市场的收益机会。以一份美元储蓄计划为例,若从孩子出生起每年缴费 5 万美元,连续缴费 5 年,总投入 25 万美元,至 85 岁时保单价值有望增长至逾 6000 万美元,相当于总保费的 272 倍,长期复利效应显著。""",
  [("missing_disclosure",)], U, "date: 2025; HK 储蓄分红险 article; illustrated policy value promoted without an uncertainty statement in the paragraph")
P(MP, "article", "marketing", """非保证分红:长期复利预期收益率可达 6%-7%,虽不承诺刚性兑付,但香港监管要求保险公司每年公开分红达成率,通过市场监督倒逼机构提升投资表现。""",
  [], U, "date: 2025; same article; non-guaranteed nature stated; clean")

U = "https://www.163.com/dy/article/K7LOHH6Q0556FXVJ.html"
P(TT, "article", "news", """2025 年香港投资保险市场正经历重大变革。7 月 1 日起,香港保监局实施新规定,将分红保单演示利率上限从 7% 调整为 6.5%(非港元保单)和 6%(港元保单),标志着 "6.5% 时代" 正式到来。这一政策调整促使保险公司更加注重产品的实际投资能力和长期收益稳定性,而非仅依靠高演示利率吸引客户。""",
  [], U, "date: 2025; NetEase self-media article on HK insurance; regulatory news; clean")

U = "https://www.hkinsu.com/zhuanlan/chris/36068.html"
P(MP, "article", "marketing", """其实,香港分红险的魅力不仅在于长期的复利增值(通常预期内部收益率 $IRR$ 可达 6%-7%),更在于其强大的功能灵活性。本文将结合四大真实使用场景,带您透视香港分红储蓄险如何精准解决子女教育、资产分配、退休养老及跨代传承的难题。""",
  [("missing_disclosure",)], U, "date: ~2025; HK insurance agent's column; 分红 IRR promoted without risk statement")

# --- batch 9
U = "http://m.vobao.com/news/1140619813125452900.shtml"
P(MP, "article", "guide", """- 保底收益明确写入合同,常见于传统型两全险。如某银行代销的6年期两全险保底利率为1.17%,结算利率可达2.5%左右。这类收益虽稳定,但普遍低于同期国债(十年期国债利率约1.7%)及银行理财(平均2%),更适用于风险承受能力较低的保守型投资者。""",
  [], U, "date: 2025; 两全保险 returns explainer; comparison with bonds/WMPs NOT to insurance's advantage; clean (hard negative)")

U = "https://m.vobao.com/news/1140951203135982446.shtml"
P(MP, "article", "guide", """误区 1:分红等同固定收益
实际红利分配具有不确定性,2023 年行业分红实现率中位数约 85%,部分公司特定产品甚至出现零分红。投保时应重点查看保险公司近 5 年分红达成率数据。""",
  [], U, "date: 2025; 分红两全 explainer; clean")

U = "https://m.vobao.com/news/1138284113263661271.shtml"
P(MP, "article", "marketing", """两全保险通过保费分期缴纳和满期金返还机制,形成强制储蓄效果。投保人缴纳的保费中,部分用于风险保障成本,另一部分由保险公司进行稳健投资(如国债、优质企业债等),最终以生存金形式返还。相较于银行储蓄,两全保险的长期复利效应更显著,尤其适合缺乏自律储蓄习惯的人群。以某款两全保险为例,30岁男性投保20年期产品,年缴保费2万元,满期后可领取约48万元,年均收益率接近3.5%,高于同期定期存款利率。""",
  [("deposit_comparison", "相较于银行储蓄,两全保险的长期复利效应更显著"), ("deposit_comparison", "高于同期定期存款利率")], U,
  "date: 2025; 两全保险 promotion article; compares with bank savings to insurance's advantage")

U = "https://m.vobao.com/news/1138887965010555089.shtml"
P(MP, "article", "marketing", """- 保障与储蓄的结合:两全保险将风险保障与储蓄投资功能融合,投保人缴纳的保费中,一部分用于支付风险保障成本,另一部分进入储蓄账户由保险公司投资运作,最终以生存金形式返还。例如,某产品约定每年缴纳1万元保费,其中60%用于身故/全残保障,40%进入储蓄账户,到期返还本金及3%-5%的年化收益。""",
  [("guaranteed_return", "到期返还本金及3%-5%的年化收益")], U, "date: 2025; 两全保险 article; principal plus 3-5% presented as the contractual maturity payout")
P(MP, "article", "marketing", """- 中长期财务规划场景:两全保险的储蓄功能适合追求稳健收益的投资者。例如,某分红型两全保险承诺保底2.5%收益+浮动分红,在低利率环境下可作为教育金、婚嫁金的储备工具。""",
  [("missing_disclosure",)], U, "date: 2025; same article; 分红型两全 promoted without dividend-uncertainty statement")

U = "https://www.toubao-tong.com/zhishi/3249.html"
P(MP, "article", "marketing", """提到寿险,很多人第一反应是 “保死的”,似乎离日常理财很遥远。但增额终身寿险不一样 —— 它既保留了寿险的基础保障,又自带 “保额 + 现金价值” 逐年增长的属性,既能给家人留份安心,又能帮你实现长期储蓄、财富规划。今天就用大白话讲透增额终身寿险,看完你会明白:它为什么成了越来越多人的 “理财新选择”。""",
  [("deposit_comparison", "“理财新选择”")], U, "date: ~2025; 增额寿 explainer on an insurance-knowledge site; insurance presented as a wealth-management product (judgement call, consistent with '被动理财的工具')")
P(MP, "article", "marketing", """1. 收益确定,写进合同不 “画饼”
它的现金价值增长是刚性承诺—— 每年涨多少,未来某一年的现金价值是多少,在投保时就能通过保单现金价值表查到,不会受市场利率波动、经济环境影响。""",
  [], U, "date: ~2025; same article; describes the contractual cash-value table of a 普通型 增额寿: judged clean (regulations' do-not-flag case)")

U = "https://news.unibao.com/renshouxian/632.html"
P(MP, "article", "marketing", """随着你不断缴费和时间的推移,这份保单的现金价值会持续增长。当它积累到一定金额后,就相当于你在保险公司存了一笔可以随时动用的“活钱”。""",
  [("deposit_comparison", "相当于你在保险公司存了一笔可以随时动用的“活钱”")], U, "date: ~2025; 终身寿险 explainer on a broker news site; deposit-like framing of cash value")
P(MP, "article", "guide", """对于“终身寿险是不是死了才能赔”这个问题,一个最准确的回答是:不完全是。""",
  [], U, "date: ~2025; same article; '最准确' about an answer, not a product claim: clean (hard negative for ad_absolute)")

U = "http://m.993113.com/1074500.html"
P(TT, "article", "qa", """收益中等:长期IRR(实际收益率)通常在3%~4%,跑不赢通胀,但优于银行定存。分红型年金险的“分红”部分不确定。""",
  [("deposit_comparison", "但优于银行定存")], U, "date: ~2025; Q&A-style article '年金险到底该不该买'; comparison with deposits to insurance's advantage")
P(TT, "article", "qa", """短期缺钱或负债较多者:年金险需长期持有,提前退保损失大。""",
  [], U, "date: ~2025; same article; clean")

U = "https://bsnsh.com/so/29536.html"
P(MP, "article", "marketing", """先别被那些专业术语唬住,咱们用大白话解释。想象你在银行开了个超长期存折,不过这次存钱对象换成了保险公司。你按约定每年存钱,保险公司拿着这些钱去投资,等合同到期就开始按月或按年给你打钱。这个过程中有两点特别关键:强制储蓄属性和收益确定性""",
  [("deposit_comparison", "想象你在银行开了个超长期存折")], U, "date: 2025-05-23; 年金险 explainer; insurance framed as a bank passbook")
P(MP, "article", "guide", """这里重点说说收益计算。很多业务员会拿着演示表给你算几十年后的百万收益,其实用Excel的IRR公式一算就知道,大部分产品真实年化收益就在3%-4%之间。要是遇上那种把"生存金""祝寿金"各种名目混在一起算的,可得擦亮眼睛。""",
  [], U, "date: 2025-05-23; same article; warning; clean")

U = "https://www.moneyandlife.net/%E5%B9%B4%E9%87%91%E9%99%A9%E6%98%AF%E4%BB%80%E4%B9%88%EF%BC%9F%E9%80%82%E4%B8%8D%E9%80%82%E5%90%88%E4%BD%9C%E4%B8%BA%E9%80%80%E4%BC%91%E5%B7%A5%E5%85%B7"
P(MP, "article", "guide", """年金险的本质是“以安全和保障为主、收益次之”,并不适合所有投资风格。""",
  [], U, "date: ~2025; 年金险 explainer; clean")

# --- batch 10
U = "http://m.993113.com/1071498.html"
P(TT, "article", "marketing", """三、3.0增额终身寿险投保建议
抓紧最后窗口期:若找到仍在售的3.0%增额寿险,且符合需求,建议尽快投保(可能随时停售)。
理性看待收益:未来保险产品利率可能进一步下调,3.0%已是当前较高水平。""",
  [("stop_sale_hype", "抓紧最后窗口期"), ("stop_sale_hype", "建议尽快投保(可能随时停售)")], U,
  "date: ~2024; article '3.0增额终身寿险停售了吗'; last-window urgency without an insurer announcement")
P(TT, "article", "news", """2023年11月,监管要求寿险公司调整新开发产品的定价利率(从3.5%下调至3.0%)。此后,市场上原有的 3.5%增额终身寿险 基本全部停售,但部分 3.0%产品 仍可销售。""",
  [], U, "date: ~2024; same article, factual background on rate cuts; clean")

U = "https://m.cameronpac.com/wenda/8-552215"
P(TT, "article", "qa", """动态调整机制触发条件
调整依据:保险行业协会每季度发布预定利率研究值,挂钩5年期以上LPR、5年期定存利率、10年期国债收益率。
触发条件:若普通型人身险预定利率最高值连续两个季度高于研究值25个基点,需下调新产品预定利率,并在2个月内完成新老产品切换。""",
  [], U, "date: 2025; Q&A on 预定利率 trends; clean")

U = "https://www.51maipai.com/news/baoxianzixun/20250725/619.html"
P(TT, "article", "news", """根据公告,自2025年9月1日零时起:
这意味着,8月31日24时后,所有超过上述利率的新产品将停止销售。""",
  [], U, "date: 2025-07-25; news on the 预定利率 cut; stop-sale stated as news with date and source, no call to buy: clean (hard negative)")
P(TT, "article", "news", """“2%的预定利率是银保和个险渠道的销售临界点。”某大型寿险公司总精算师指出,普通型产品利率下调后,销售压力将显著增大,推动行业向分红险转型。""",
  [], U, "date: 2025-07-25; same news; clean")

U = "http://cowbc.com/finance/cap/822.html"
P(TT, "article", "news", """中国保险行业协会近期召开2025年一季度例会,针对人身保险业责任准备金评估利率进行了研究和评估。会议确定普通型人身保险产品预定利率研究值为2.13%,较此前一期下降了21个基点。""",
  [], U, "date: 2025-04; news; clean")

U = "https://finance.itbear.com.cn/html/2025-10/260300.html"
P(TT, "article", "news", """近日,中国保险行业协会组织召开了人身保险业责任准备金评估利率专家咨询委员会2025年三季度例会,会上保险业专家围绕人身保险产品预定利率展开深入讨论。专家指出,当前普通型人身保险产品预定利率研究值为1.90%,而最高值设定为2.0%,两者差距仅0.1个百分点。这一数据引发市场广泛关注,多位券商保险分析师认为,此次研究值基本符合预期,未触发行业定价利率调整条件。""",
  [], U, "date: 2025-10; news; clean")

U = "http://www.hangzhou-wyhotel.com/chengzhang/60.html"
P(MP, "article", "guide", """选择时不能只看宣传资料上的数字。实际收益率、提前退保损失、通货膨胀因素都需要仔细考量。有些产品名义收益率不错,但扣除各种费用后,实际收益可能大打折扣。""",
  [], U, "date: ~2025; 教育保险 buying guide; clean")

# --- batch 11
U = "https://www.wanyiwang.com/view/134719.html"
P(MP, "article", "marketing", """在“资管新规”打破刚兑、银行存款利率持续下行、资本市场波动加剧的今天,家庭财富管理的需求正从“激进增值”转向“稳健守护”。当投资者为“钱放在哪里更安全”焦虑时,一款兼具“终身保障+确定性增值+灵活领取”的终身寿险产品——国寿鑫瑞一生终身寿险,以其“投保宽、本金稳、增值快、领取活”的四大核心优势,成为低利率时代家庭财富规划的“压舱石”。""",
  [("guaranteed_return", "本金稳")], U, "date: ~2025; sales article for a named 增额 whole-life product; principal-stability claim hides early-surrender loss")

U = "https://zhuanlan.zhihu.com/p/545744685"
P(TT, "article", "marketing", """“越老越赚”的商业养老年金保险,怎么买更划算,赚得更多?

有哪几款养老年金险可以锁定长期的增长利率?保证安全稳健地增值""",
  [("guaranteed_return", "保证安全稳健地增值")], U, "date: 2022; Zhihu column by an insurance blogger ('2022高收益养老年金险榜单')")
P(TT, "article", "marketing", """3)总结

养多多 2 号 保证领取 20 年,它的收益在目前的年金险中属于第一梯队""",
  [("ad_absolute", "属于第一梯队")], U, "date: 2022; same column; ranking claim for a named product")
P(TT, "article", "marketing", """需要注意的是,过了 20 年的保证领取期后,它的现金价值就会变为 0,退保也拿不到任何钱。""",
  [], U, "date: 2022; same column; caveat; clean")

U = "https://m.vobao.com/news/1140789165158698430.shtml"
P(MP, "article", "marketing", """复利增长的稳健性
增额终身寿险的复利利率在合同中明确约定,不受市场波动影响。以年复利3%为例,30年后保额可达初始值的2.43倍,远超单利计息模式。""",
  [], U, "date: 2025; 增额寿 explainer; contractual growth of a 普通型 product: judged clean (hard negative)")

# ---- end posts ----


def norm(u):
    return re.sub(r"^https?://(www\.)?", "", u.strip())


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


# Items sharing a 15-character shingle with an evaluation set (eval/suite, eval/blind-next) or with another
# training harvest, found when the set joined the project: not written, so nothing measured is trained on.
LEFT_OUT = ['RT1-0085', 'RT1-0114', 'RT1-0115']


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors, rows, seen, texts = [], [], set(), {}
    used = {norm(u) for u in open(os.path.join(here, "used_sources.txt"), encoding="utf-8").read().split()}
    for p in POSTS:
        if p["id"] in seen:
            errors.append(f"duplicate id {p['id']}")
        seen.add(p["id"])
        if p["channel"] not in CHANNELS:
            errors.append(f"{p['id']}: bad channel {p['channel']}")
        if p["genre"] not in GENRES:
            errors.append(f"{p['id']}: bad genre {p['genre']}")
        if p["text"] in texts:
            errors.append(f"{p['id']}: duplicate text (also {texts[p['text']]})")
        texts[p["text"]] = p["id"]
        if not p["source"].startswith("http"):
            errors.append(f"{p['id']}: bad source")
        if norm(p["source"]) in used:
            errors.append(f"{p['id']}: source already used: {p['source']}")
        if p["content_type"] not in CONTENT_TYPES:
            errors.append(f"{p['id']}: bad content_type {p['content_type']}")
        findings, errs = resolve(p)
        errors.extend(errs)
        spans = [(f["category"], f["start"]) for f in findings]
        if len(spans) != len(set(spans)):
            errors.append(f"{p['id']}: duplicate finding")
        for f in findings:
            if f["start"] is not None and p["text"][f["start"]:f["end"]] != f["text"]:
                errors.append(f"{p['id']}: offset mismatch {f}")
        rows.append({"id": p["id"], "channel": p["channel"], "content_type": p["content_type"],
                     "genre": p["genre"], "text": p["text"], "account_owner": None, "findings": findings,
                     "source": p["source"], "note": p["note"]})
    ids = [r["id"] for r in rows]
    if ids != [f"{PREFIX}-{i:04d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not consecutive {PREFIX}-0001..")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] in LEFT_OUT:
                continue
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
    print("channels", dict(Counter(r["channel"] for r in rows)))
    print("content_types", dict(Counter(r["content_type"] for r in rows)))
    print("genres", dict(Counter(r["genre"] for r in rows)))
    print("genre x dirty", dict(Counter((r["genre"], bool(r["findings"])) for r in rows)))
    srcs = Counter(r["source"] for r in rows)
    print("distinct sources", len(srcs), "max per source", max(srcs.values()))
    if max(srcs.values()) > 6:
        print("TOO MANY FROM ONE PAGE", [s for s, n in srcs.items() if n > 6], file=sys.stderr)
        sys.exit(1)
    print("findings/dirty post", Counter(len(r["findings"]) for r in rows if r["findings"]))


if __name__ == "__main__":
    main()
