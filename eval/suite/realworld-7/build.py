#!/usr/bin/env python3
"""RW7: labelled corpus of REAL public Chinese insurance-marketing text (stdlib only).

Every item's text is copied verbatim from one search-result excerpt (corpus "pages"), with the page
address as `source`. Labels are (category, phrase) or (category, phrase, occurrence), occurrence 1-based;
("missing_disclosure",) is post-level. Offsets are computed with str.find; the build fails loudly when a
phrase is missing or ambiguous, a text appears twice, a source was used by earlier harvesters
(used_sources.txt), or a page gives more than 6 items. Writes posts.jsonl next to this file.
"""
import json
import os
import re
import sys
from collections import Counter

CATEGORIES = {
    "ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
    "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info",
    "pii_name", "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email",
    "pii_policy_number", "pii_health", "missing_disclosure",
}
CHANNELS = {"wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"article", "caption", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "marketing", "warning", "guide", "news", "qa"}
PREFIX = "RW7"
MAX_PER_PAGE = 6

ITEMS = []


def P(channel, content_type, genre, source, note, text, labels=()):
    ITEMS.append({"channel": channel, "content_type": content_type, "genre": genre, "source": source,
                  "note": note, "text": text, "labels": list(labels)})


# ============================ items ============================
# ---- batch 1 ----
P("wechat_mp", "article", "marketing", "https://www.mingbaibao.com/?p=114", "date: 2025; broker blog article on annuities (年金险 真相/测评推荐)",
  """年金险号称普通人的“养老神器”,现在投入一笔钱,从50岁/60岁/65岁开始,就能源源不断的往出领钱,活多久领多久;关键是这笔钱绝对安全、足够保值,中途不会出什么岔子。""",
  [("guaranteed_return", "这笔钱绝对安全、足够保值")])
P("wechat_mp", "article", "marketing", "https://www.mingbaibao.com/?p=114", "date: 2025; broker blog article on annuities",
  """这两年,养老年金险可谓是异军突起,火的是一塌糊涂,凭借“锁定利率,刚性兑付”的优势吊打一切理财产品;最厉害的是它能创造与生命等长的现金流,活多久领多久。""",
  [("guaranteed_return", "刚性兑付"), ("deposit_comparison", "吊打一切理财产品")])
P("wechat_mp", "article", "marketing", "https://www.mingbaibao.com/?p=114", "date: 2025; broker blog article on annuities",
  """年金险的出现,好似天降神兵,困扰我们多年的“养老”难题,得到了妥善的解决,凭借“锁定利率、刚性兑付”的优势成了规划养老金的首选。""",
  [("guaranteed_return", "刚性兑付"), ("ad_absolute", "规划养老金的首选")])
P("wechat_mp", "article", "marketing", "https://www.mingbaibao.com/?p=114", "date: 2025; broker blog article; the author warns readers (clean)",
  """① 你是否觉得年金险稳赚不赔?那你想简单了,年金险,短则5年,长则20年都回不了本,如果你要在这期间取钱,就要面临巨额损失;""")
P("toutiao", "article", "marketing", "https://jinriwenda.com/thread-5195-1-1.html", "date: 2023-08-03; reposted Zhihu insurance-review column (年金险 排行榜)",
  """作为知乎保险话题下专业答主,我测评过百万医疗险、重疾险、定期寿险、支付宝保险、年金险、增额终身寿险 等上千款保险,只为向您推荐最良心保险。""",
  [("ad_absolute", "最良心保险")])
P("toutiao", "article", "marketing", "https://jinriwenda.com/thread-5195-1-1.html", "date: 2023-08-03; reposted Zhihu insurance-review column",
  """大事件!互联网人身保险新规出台,大批年金险即将迎来下架潮!""",
  [("stop_sale_hype", "大批年金险即将迎来下架潮")])
P("toutiao", "article", "marketing", "https://jinriwenda.com/thread-5195-1-1.html", "date: 2023-08-03; reposted Zhihu insurance-review column",
  """想趁这次机会买份年金险,又害怕被“坑”的朋友,赶紧看过来了!——2023年最新的年金险挑选攻略,以及最权威的年金险排行榜榜单出炉了!""",
  [("ad_absolute", "最权威的年金险排行榜")])
P("toutiao", "article", "marketing", "https://www.ainiseo.com/bbs/70789.html", "date: 2025-12-24; forum post, annuity buying guide; IRR explainer (clean)",
  """IRR 可以简单理解为,你买年金保险后,长期能拿到的平均年化收益率。它特别重要,因为能真实反映产品收益水平。比如两款年金保险,A 产品宣传每年领 10 万,B 产品每年领 8 万,但 A 产品 IRR 只有 2%,B 产品 IRR 有 3%,算下来,长期持有 B 产品反而更划算。""")
P("wechat_mp", "article", "news_quote", "https://meihualife.com/nrjx/139.html", "date: 2025; broker article quoting a bank teller's pitch for a participating policy; only the quoted pitch kept",
  """你看这款分红险,近5年红利实现率全在100%以上!别的公司都做不到,闭眼入准没错!""",
  [("ad_absolute", "别的公司都做不到"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://meihualife.com/nrjx/139.html", "date: 2025; broker article explaining dividend realisation rate (clean)",
  """所以,分红实现率只是 “相对值”,分红实现率高≠实际收益高。""")
P("wechat_mp", "article", "marketing", "https://meihualife.com/nrjx/144.html", "date: 2025-12-26; broker article on participating policies (clean explainer)",
  """分红收益: 这部分的钱不保证,但往往能占到总收益的60%甚至更高。换句话说,你最终能拿多少钱,很大程度上取决于这部分分红的表现。""")
P("wechat_mp", "article", "warning", "https://www.hkinsu.com/support/insure/35470.html", "date: 2025; HK insurance site warning about savings-plan illustrations (clean)",
  """业务员常提到的 6.5% IRR,其实是把保证与非保证部分叠加后的理想值,就像基金宣传“年化10%”一样,市场不好时也可能大幅缩水。""")
P("wechat_mp", "article", "warning", "https://www.hkinsu.com/support/insure/35470.html", "date: 2025; HK insurance site, liquidity warning (clean)",
  """香港储蓄险普遍 回本周期较长,例如部分友邦产品需7年才能返本。若中途退保,不仅分红拿不到,本金也可能缩水。资金被“套牢”,是很多跟风投保者最容易后悔的原因。""")
P("xiaohongshu", "article", "marketing", "https://www.hongkongcard.com/blogs/saving-plan-instruction", "date: 2025; HK card/finance blog selling savings insurance (traditional characters as found)",
  """儲蓄保險提供保證回報,部分產品的內部回報率(IRR)可達3-4%,市場更有儲蓄保險產品保證每年回報4.3%,遠超銀行定期存款。與股票或基金相比,儲蓄保險的波動性低,適合保守型投資者。""",
  [("guaranteed_return", "保證每年回報4.3%"), ("deposit_comparison", "遠超銀行定期存款")])
P("xiaohongshu", "article", "marketing", "https://www.hongkongcard.com/blogs/saving-plan-instruction", "date: 2025; HK finance blog",
  """儲蓄保險是一種結合儲蓄與保障功能的理財工具,深受追求穩定回報的投保人歡迎。尤其在香港,加息週期下部分儲蓄保險的回報率可高達4%以上,成為銀行定期存款以外的熱門選擇。本文將詳細介紹儲蓄保險的定義、運作方式、好處與注意事項,幫助你了解這款產品是否適合你的理財需求。""",
  [("deposit_comparison", "成為銀行定期存款以外的熱門選擇")])
P("wechat_mp", "article", "marketing", "https://sz12333.net.cn/zhzx/ylzx/14339.html", "date: 2026; pension-annuity sales article after the 4th life table",
  """反过来说:选在售的旧养老年金险,相当于占了保险公司的便宜。
现在也有一些高收益产品,比如说交 30 万,每年最高预期可以领 7 万多块钱,总收益可达 150 万,收益率可达 3.5% 以上。""",
  [("stop_sale_hype", "选在售的旧养老年金险,相当于占了保险公司的便宜"), ("guaranteed_return", "总收益可达 150 万,收益率可达 3.5% 以上")])
# ---- batch 2 ----
P("wechat_mp", "article", "marketing", "http://cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=19754", "date: 2023-11-07; forum repost of a 公众号 monthly critical-illness review; explainer (clean)",
  """重症是所有重疾险产品都有的最核心的保障内容,银保监会发布的重疾新定义中统一规范的28种重疾,这28种重大疾病就占重疾理赔的95%以上。""")
P("wechat_mp", "article", "marketing", "http://cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=19754", "date: 2023-11-07; forum repost of a 公众号 review; explains 停售/续保 risk (clean)",
  """第一个原因是医疗险虽然好,但医疗险都是短期险。有可能这个医疗险停售了,或者是你在这个期间得了一些小病,医疗险就不让你续保了,那你得病的风险就暴露了。""")
P("toutiao", "article", "marketing", "https://news.vobao.com/article/1153244316907752618.shtml", "date: 2024; insurance-portal article 重疾险有必要买吗 (附2024年投保建议)",
  """确诊即付:不同于医疗险的实报实销,重疾险凭诊断证明即可获赔,保障金可用于支付国内外尖端疗法(如质子治疗)、院外购药或弥补收入中断损失。""",
  [("coverage_exaggeration", "重疾险凭诊断证明即可获赔")])
P("toutiao", "article", "marketing", "https://news.vobao.com/article/1153244316907752618.shtml", "date: 2024; insurance-portal article; '确诊即赔' overstates claim conditions",
  """我国心脑血管疾病患者达2.9亿,占居民疾病死因的44%,远超肿瘤及其他疾病。此类疾病以高死亡率、高致残率著称,75%的存活者将面临长期康复与收入损失。而单次治疗费用普遍在10万-50万元,术后康复年均支出达3万-8万元,叠加误工损失,多数家庭将承受巨额经济压力。重疾险的“确诊即赔”机制能一次性覆盖治疗、康复及收入补偿三重需求,是转移财务风险的核心工具。""",
  [("coverage_exaggeration", "重疾险的“确诊即赔”机制")])
P("wechat_mp", "article", "marketing", "https://post.m.smzdm.com/p/awk5wxpm/", "date: 2021-04; monthly critical-illness ranking post (重疾险榜单); sizing advice (clean)",
  """建议普通家庭投保重疾险保额,最好在50万,最低30万,再低的话就起不到应对风险的能力了。""")
P("wechat_mp", "article", "marketing", "https://post.m.smzdm.com/p/awk5wxpm/", "date: 2021-04; ranking post; definition (clean)",
  """重大疾病保险(重疾险):一旦确诊合同约定的重大疾病,达到赔付标准,一次性获得保险公司几十万赔偿。重疾险是长期型保险,并且一般推荐选择保障终身,因为越年老,患大病的概率越大。""")
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/bxcp/cpcp/208134.html", "date: 2025; broker product review of a medical policy; renewal wording (clean)",
  """续保稳定性:该产品为1年期非保证续保,续保需审核,历史无停售记录,但条款明确保留费率调整权。""")
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/bxcp/cpcp/208134.html", "date: 2025; broker product review; market-share claim sourced (clean)",
  """在医疗险领域,平安健康凭借“平安e生保”系列占据市场头部地位,2024年市场份额约12%,位居行业前三(数据来源:中国保险行业协会报告)。""")
P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/54414.html", "date: 2025; 公众号-style product review of a critical-illness policy; misstates the waiting period",
  """等待期:90 天(行业较短水平,投保后 3 个月内非意外患病也能赔,比 180 天等待期的产品风险空白期更短);""",
  [("coverage_exaggeration", "投保后 3 个月内非意外患病也能赔")])
P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/54414.html", "date: 2025; product review",
  """重疾后中轻症持续赔:重疾确诊后,非同组的中症仍能赔 3 次(60% 保额)、轻症仍能赔 5 次(30% 保额)—— 解决了 “重疾后并发症没保障” 的痛点,比多数重疾险 “重疾赔后终止中轻症” 更实用;""")
P("wechat_mp", "article", "warning", "https://www.76hw.com/news/bao-xian-gong-si-kai-men-hong-chan-pin-re-xiao-bei-hou-yin-cang-na-xie-bao-xian-gui-hua-xian-jing-yu.html", "date: 2025; planner's article warning about 开门红 selling (clean; reports the pitch, not a pitch)",
  """高预期收益宣传:代理人常强调“复利增值”“保底3.5%”,但忽略实际结算利率的波动性。""")
P("wechat_mp", "article", "warning", "https://www.76hw.com/news/bao-xian-gong-si-kai-men-hong-chan-pin-re-xiao-bei-hou-yin-cang-na-xie-bao-xian-gui-hua-xian-jing-yu.html", "date: 2025; planner's warning article (clean)",
  """作为一名资深保险规划顾问,我见过无数案例:一位中年客户在开门红期间被“保本高收益”的承诺吸引,购买了年金险,却在5年后发现实际收益率仅为2-3%,远低于宣传的5%以上。""")
P("toutiao", "article", "news", "http://61.152.230.22/news,cjpl,57087545.html", "date: 2025-11; 北京商报 news on 2026 开门红 and rate cuts (clean)",
  """当前,人身险产品预定利率从2.5%降至2%及以下,看似微小的调整,却彻底改变了保险产品的核心竞争力,倒逼险企重新设计产品收益结构,代理人也不得不升级“算账”能力。""")
P("toutiao", "article", "news", "http://hbrb.hebnews.cn/pc/paper/c/202111/25/content_110355.html", "date: 2021-11-25; 河北日报 news on 开门红 (clean)",
  """不过,在监管趋严和保险回归保障本源的背景下,淡化“开门红”已成大势所趋。""")
# ---- batch 3 ----
P("wechat_mp", "article", "marketing", "https://meihualife.com/nrjx/377.html", "date: 2025-10; broker article 存银行vs存保险 after deposit-rate cuts",
  """如何储蓄成为了我们最关心的问题,也有很多朋友开始寻找能够安全、稳健且长期收益的替代产品。
而近两年火爆全网的理财型保险,凭借“绝对安全”、“刚性兑付”、“终身锁定利率”,变成了大家口中的香饽饽,听说这种保险不仅能够锁定未来几十年的利率,还可以将利率走低的风险转嫁给保险公司。""",
  [("deposit_comparison", "理财型保险"), ("guaranteed_return", "“绝对安全”、“刚性兑付”")])
P("toutiao", "article", "news", "https://www.ggty56.cn/news/ZKqdZ6b15R.html", "date: 2025-05; 山西晚报 news on deposit-rate cuts and savings insurance (clean)",
  """如今,当利率普降,银行存款利率迈入“1%”时代,居民理财方式正在发生转变,一场“钱袋子保卫战”在理财市场上演。社交平台上,“风险低”“跑赢通胀”“收益高于银行定期”等关键词,早已成为年轻人筛选理财产品的核心标准。市场上,兼具保障与理财功能的储蓄型保险产品再次被盯上,成为资金新宠。那么,储蓄型保险到底是否可以代替银行存款?低利率环境中,投资者又该如何选择适合的理财产品?""")
P("wechat_mp", "article", "guide", "https://www.chezhishi.cn/show/1449266542.html", "date: 2025; car-insurance gift explainer, compliance paragraph (clean)",
  """法律合规性需首要关注:根据《保险法》第116条,严禁返佣行为。若赠品价值超过保费15%,可能涉嫌违规。2022年某知名险企因赠送高额加油卡被罚87万元即是典型案例。""")
P("wechat_mp", "article", "guide", "https://www.baoxianwh.cn/baike/4572.html", "date: 2025; consumer guide on free/gifted insurance (clean)",
  """监管部门要求所有赠送保险必须通过官方渠道承保,消费者可通过"保险万事通"平台查询保单有效性。建议重点核查三项核心信息:一是赠送方是否具备银保监会备案资质;二是保单是否载明完整保险责任和免责条款;三是是否强制绑定其他付费服务,合规赠送应实现"零附加条件"。""")
P("wechat_mp", "article", "marketing", "http://byt.xiebao18.com/jifenshangcheng/guize", "date: n/a; online broker's points-mall rules page: points per yuan of premium, redeemable for gifts",
  """当您购买了保险产品并顺利承保后,所付现金部分即可获得积分。如不得已发生退保,之前获赠的积分将会被退回。
积分换算规则为1元等于1积分(积分换算规则根据各保险公司积分系数而变动)。积分计算取整数,不记小数部分。""",
  [("improper_inducement", "所付现金部分即可获得积分")])
P("wechat_mp", "article", "marketing", "http://byt.xiebao18.com/jifenshangcheng/guize", "date: n/a; online broker's referral reward tied to friends' premiums",
  """您可以邀请您的好友来携保注册成为会员,在他们成功购买保险产品并承保后,单个好友累计投保保费满5000元,您将获得200积分。""",
  [("improper_inducement", "单个好友累计投保保费满5000元,您将获得200积分")])
P("wechat_mp", "article", "marketing", "https://www.xnnu.com/306305.html", "date: 2025; card-site page advertising car-insurance cash-back tiers",
  """阶梯式返现比例:商业险保费5000元以下返15%,5000-10000元返20%,1万元以上最高返25%""",
  [("improper_inducement", "返15%"), ("improper_inducement", "返20%"), ("improper_inducement", "最高返25%")])
# ---- batch 4 ----
P("wechat_mp", "article", "guide", "http://www.qkl6.com/post/1739.html", "date: 2025; explainer 传统寿险 vs 增额终身寿险 (clean)",
  """回本时间:增额寿通常需5-10年现金价值才能超过已交保费,短期退保可能亏损。""")
P("toutiao", "article", "marketing", "https://news.bazhongol.com/zxwd/202509/785317.html", "date: 2025-09; local portal Q&A article selling 增额终身寿险 as a wealth product",
  """收益方式 | 以预定利率为基础,保单收益较为稳定 |
投资风险 | 相对较低,属于稳健型理财产品 |""",
  [("deposit_comparison", "属于稳健型理财产品")])
P("toutiao", "article", "marketing", "https://news.bazhongol.com/zxwd/202509/785317.html", "date: 2025-09; local portal article; death benefit described as payable whether or not the insured is alive",
  """身故保障:无论被保险人是否存活,受益人都能获得相应的赔付。""",
  [("coverage_exaggeration", "无论被保险人是否存活,受益人都能获得相应的赔付")])
P("toutiao", "article", "qa", "https://licai.jiantou8.com/ask/qa_5873902.html", "date: 2025; finance Q&A answer 终身寿险 vs 增额终身寿险 (clean)",
  """若你更看重财富增值和资金灵活性,比如为孩子储备教育金、为自己规划养老金,或想通过保单实现“强制储蓄+灵活用钱”,增额终身寿险更合适。例如每年存5万,存10年,到孩子上大学时可通过减保提取学费,退休后再提取养老金,未提取的资金持续复利增值。""")
P("wechat_mp", "article", "marketing", "https://m.cameronpac.com/wenda/11-557247", "date: 2025; Q&A-style article selling education-fund insurance",
  """锁定利率:在利率下行周期,教育金保险可锁定当前较高利率(如3.0%-3.5%),避免未来存款利率跌破2%。""",
  [("deposit_comparison", "避免未来存款利率跌破2%")])
P("wechat_mp", "article", "marketing", "https://m.cameronpac.com/wenda/11-557247", "date: 2025; '复利3.5%相当于单利6%' style yield framing",
  """时间杠杆:长期持有下,复利效应显著。例如,年化3.5%复利,20年相当于单利4.75%,30年相当于单利6.02%,可有效抵御教育成本上涨。""",
  [("guaranteed_return", "年化3.5%复利,20年相当于单利4.75%,30年相当于单利6.02%")])
P("wechat_mp", "article", "marketing", "https://www.surgenepal.com/wenda/12-560554", "date: 2025; Q&A article on education-fund insurance; dividend-inclusive yield described as written into the contract",
  """教育金保险通常包含固定收益和分红收益,长期持有可抵御通货膨胀。例如,部分产品年化收益率可达3%-4%,且收益写入合同,确保资金安全。""",
  [("guaranteed_return", "部分产品年化收益率可达3%-4%,且收益写入合同"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.surgenepal.com/wenda/12-560554", "date: 2025; same article, limitations section (clean)",
  """教育金保险通常需长期持有,早期退保可能损失本金。例如,缴费前几年退保,可能仅能拿回已交保费的60%-70%。""")
P("wechat_mp", "article", "qa", "https://www.luotuoguihua.com/ketang/wenda/baoxianguihua-97-102/1291", "date: n/a; planner's Q&A answer on education insurance (clean)",
  """保险教育金是一款以给孩子储备教育基金为主要目的的保险产品。它具有强制性型的储蓄功能,还具有一定的保障功能。家长给孩子购买保险教育金的话,可以减轻孩子教育费用给家庭带来的经济压力,给孩子的教育提供经济保障,还可以帮助孩子规避意外风险事故。但是要注意,保险教育金有在短期不能提前支取,资金流动性差等缺点。""")
P("wechat_mp", "article", "marketing", "https://www.76hw.com/news/er-tong-jiao-yu-jin-bao-xian-gui-hua-fang-an-ru-he-jian-gu-shou-yi-yu-bao-zhang-bi-mian-jia-zhang-ch.html", "date: 2025; planner article on children's education insurance",
  """传统型教育金保险:提供固定利率回报,类似于银行存款,但附加保障。收益稳定但不高,适合风险厌恶型家长。保障包括孩子满期金(如18岁开始领取教育金)和家长意外身故豁免保费。""",
  [("deposit_comparison", "类似于银行存款")])
P("toutiao", "article", "guide", "http://qzr.cn/sys/98216.html", "date: 2019-09-16; industry portal column on agents' Moments posts (clean; cites the penalty rule for 停售 misleading)",
  """《人身保险公司保险条款和保险费率管理办法》以及《保险法》中有相关规定:保险公司以停止使用保险条款和保险费率进行销售误导的,由保险监督管理机构责令改正,处五万元以上三十万元以下的罚款;情节严重的,限制其业务范围、责令停止接受新业务或者吊销业务许可证。""")
P("toutiao", "article", "news", "http://huibaoxian.com.cn/htm/kb/20220615/3315.html", "date: 2022-06-15; 慧保天下 industry analysis (clean)",
  """这是因为2020年在疫情冲击下行业矛盾快速爆发,各家公司为了稳定保费大盘,开始投入更多资源进入银保渠道。反应到健康险和储蓄险之间的结构关系上:""")
# ---- batch 5 ----
P("wechat_mp", "article", "marketing", "https://www.cpic.com.cn/c/2026-02-18/1880548.shtml", "date: 2026-02-18; insurer-site article on participating 增额终身寿 (分红型)",
  """在预定利率持续下行、固收类产品收益率普遍跌破2%的背景下,分红型增额终身寿险正成为中长期稳健理财的新宠。它以“保底+分红”的双层结构,在确保资金安全的同时,为投保人提供了分享保险公司投资成果的机会。""",
  [("deposit_comparison", "分红型增额终身寿险正成为中长期稳健理财的新宠"), ("guaranteed_return", "确保资金安全"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.cpic.com.cn/c/2026-02-18/1880548.shtml", "date: 2026-02-18; insurer-site article; selection advice (clean)",
  """选择分红型增额终身寿险时,应从公司实力、收益结构和产品灵活性三个维度综合评估。""")
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/bxzs/219872.html", "date: 2025; broker article on participating whole life; explains guaranteed vs dividend parts (clean)",
  """保证收益是白纸黑字写进合同的,长期复利在1.0-1.8%之间,这部分是确定的。
分红收益则取决于保险公司的经营状况和投资收益等因素,具有一定的不确定性。""")
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/bxzs/220358.html", "date: 2025; broker 测评 article on participating whole life",
  """在当前低利率环境下,银行定存利率普遍低于1.5%,不少人开始将目光转向兼具保障和理财功能的分红型终身寿险。这类产品通过“保底收益+浮动分红”的模式,在提供终身保障的同时,也有机会获得超越传统理财产品的收益。""",
  [("deposit_comparison", "银行定存利率普遍低于1.5%"), ("deposit_comparison", "有机会获得超越传统理财产品的收益"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/bxzs/220358.html", "date: 2025; broker 测评 article",
  """与传统纯保障型寿险不同,分红型终身寿险融合了保障与储蓄双重功能。它不仅提供终身的身故和全残保障,更重要的是现金价值会随着时间复利增长,相当于一个稳健增值的储蓄账户。""",
  [("deposit_comparison", "相当于一个稳健增值的储蓄账户"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/other/219820.html", "date: 2025; broker article; deposit-rate vs participating IRR",
  """随着央行可能进一步降息,银行利率持续走低,5年期定存利率如今仅约1.55%。
而分红型终身寿险通过“保证+浮动”的收益模式,长期持有后的综合IRR(内部收益率)有机会突破3%甚至3.5%,成为了抵御利率下行的有力工具。""",
  [("deposit_comparison", "5年期定存利率如今仅约1.55%"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.pulanbx.com/other/219820.html", "date: 2025; broker article; 分红 said to break the 2.5% cap",
  """保证部分是白纸黑字写进合同的,长期复利在1.0-1.8%之间,而分红部分则赋予了收益向上突破的可能,叠加后有机会打破普通型产品2.5%的利率上限。""")
P("toutiao", "article", "warning", "http://news.joyyang.com/dongtai/202511/24/112025_292807.html", "date: 2025-11-24; news portal guide on HK participating policies, compliance notice (clean)",
  """【监管合规提示】1. 跨境投保需遵守《个人外汇管理办法》及香港《保险公司条例》,违规操作将影响资金安全;2. 香港分红险非保证收益部分占比超80%,过往收益不代表未来表现;3. 本文提及的产品均为香港保监局备案合规产品,仅作客观解析,不构成强制投保建议,投保前请结合自身需求咨询两地合规金融机构。""")
P("toutiao", "article", "guide", "http://news.joyyang.com/dongtai/202511/24/112025_292807.html", "date: 2025-11-24; same guide (clean)",
  """与内地分红险以“保证收益为主”不同,香港分红险的保证收益普遍较低(多数在1%左右),非保证分红占比极高,其实际收益取决于保险公司投资能力、全球经济环境等多重因素。行业通行的“预期收益”仅为演示数据,并非承诺回报,历史分红实现率可作为参考,但不代表未来表现。""")
P("toutiao", "article", "guide", "https://news.vobao.com/article/1138888098592593792.shtml", "date: 2025; portal consumer explainer 买保险到底好不好 (clean)",
  """重疾险、终身寿险等长期险种年缴保费常达数千甚至数万元,对低收入家庭可能造成负担。若中途退保,仅能收回现金价值,可能损失超50%本金。""")
P("toutiao", "article", "guide", "https://www.tinckay.com/zhichang-zixun/12824.html", "date: 2025; life-insurance buying guide (clean)",
  """互联网产品省去代理人佣金,同样保额便宜15%~30%,但需自行健康告知,务必如实填写。""")
# ---- batch 6 ----
P("moments", "caption", "news_quote", "http://m.cfbond.com/zclb/detail/20181129/1000200000019121543472365211083219_1.html", "date: 2018-11-29; 证券日报 via cfbond reporting a regulator risk notice: agent 马某's WeChat Moments posts; the two quoted phrases joined in order",
  """购买返还型健康保险最后机会，重大疾病保险费率调整""",
  [("stop_sale_hype", "购买返还型健康保险最后机会"), ("stop_sale_hype", "重大疾病保险费率调整")])
P("toutiao", "article", "news", "http://m.cfbond.com/zclb/detail/20181129/1000200000019121543472365211083219_1.html", "date: 2018-11-29; same news, frame paragraph (clean)",
  """实际上,近年来在备战“开门红”前夕,有不少保险代理人在朋友圈发布各类“炒停售”信息,误导消费者,而近期银保监会的风险提示无疑具有警示意义。""")
P("toutiao", "article", "news", "http://news.xinxunwang.com/china/syzx/179868.html", "date: 2018-09; 证券日报 report on fines for Moments misselling (clean)",
  """一家中型寿险公司品牌相关负责人对《证券日报》记者表示,近两年来有一些同业保险公司销售人员不仅在朋友圈误导消费者,还通过“炒停售”等手段促销保险产品,更有一些代理人通过朋友圈诋毁同业产品及同业公司,为此,公司此前多次发布声明及辟谣公告。""")
P("moments", "caption", "news_quote", "http://ybxx.org/news/188.html", "date: n/a; broker article quoting an insurer salesperson's advice to a friend with a thyroid nodule; only the quoted advice kept",
  """民营体检机构的数据,保险公司一般不查,不要紧,不用告知。""",
  [("coverage_exaggeration", "不用告知")])
P("wechat_mp", "article", "marketing", "http://ybxx.org/news/188.html", "date: n/a; same broker article explaining the duty of disclosure (clean)",
  """《保险法》第十六条告诉我们,告知内容仅限于被询问的,就是说,问到了才告知,不问到不告知。""")
P("toutiao", "article", "marketing", "http://zjgjinglue.com/chaogupeizigupiaopeizi/87018.html", "date: 2025; self-media explainer reassuring buyers after insurer failures; claims a state backstop",
  """这是最核心的定心丸!哪怕保险公司真的破产,你的保单也不会无人问津,国家有“法定接盘+基金兜底”双重保障,2025年《保险保障基金管理办法》写得清清楚楚 :""",
  [("false_authority", "国家有“法定接盘+基金兜底”双重保障")])
P("toutiao", "article", "guide", "http://www.y0356.cn/fcjf/8928.html", "date: 2025; lawyer's explainer on insurer insolvency (clean)",
  """很多人潜意识里觉得,保险公司和银行一样,是“大而不能倒”的。这种想法有其道理,但并非全貌。从法律和监管的层面看,保险公司确实拥有一套极为严格的风险隔离与处置机制,其“倒闭”的概率远低于普通工商公司,但这绝不意味着风险为零。金融史上,国内外都曾出现过保险公司因经营不善、投资失败或欺诈等原因被接管、重组甚至破产清算的案例。""")
# ---- batch 7 ----
P("wechat_mp", "article", "news_quote", "https://news.yufumall.com/n/150415.html", "date: 2025-06-11; self-media article by a bank employee quoting the typical bank-counter pitch for 增额终身寿/年金; only the quoted pitch kept",
  """阿姨,我们这款产品比定期存款利息高多了,也是保本的,存五年就行,就当是帮孩子存一笔钱了!""",
  [("deposit_comparison", "比定期存款利息高多了"), ("guaranteed_return", "也是保本的")])
P("toutiao", "article", "warning", "https://news.yufumall.com/n/150415.html", "date: 2025-06-11; same article, warning paragraph (clean)",
  """流动性陷阱:所谓的“存”,其实是“锁”。
银行的定期存款,哪怕你提前取,损失的也只是部分利息,本金是绝对安全的。但理财保险完全不同!它本质是“保险”,有很长的锁定期,通常是10年、20年甚至终身。""")
P("toutiao", "article", "news", "http://gold.caiding5.cn/huobi/82018.html", "date: 2025; commentary on a Xi'an pensioner's deposit turned into a policy (clean)",
  """徐大爷申请退保的过程,恐怕会异常艰难。首先,他在办理时,银行客户经理遵守“双录”程序,这个证据对徐大爷十分不利,因为你同意购买了保险,有录音、录像为证。其次,徐大爷在电子合同上签了名,表示同意购买保险。最后,购买保险有20天的犹豫期,手机也有提醒,但徐大爷犹豫期内未提出异议。""")
P("toutiao", "article", "news", "https://m.163.com/dy/article/K87P87UC0514E15R.html", "date: 2025; NetEase self-media commentary on bank-sold insurance (clean)",
  """2025年邮储银行天津西青区支行因误导销售被罚20万元,中国银行银行卡中心因夸大收益被罚13万元。""")
# ---- batch 8 ----
P("xiaohongshu", "caption", "marketing", "https://m.pcauto.com.cn/note/859398377650000288.html", "date: 2025; user note on a car platform advising how to get car-insurance rebates (first-person, encourages rebates)",
  """商业险是返点的主要来源,通常在保费的10%-30%之间浮动。比如你商业险交了5000元,按15%返点就能拿750元。我见过不少案例,促销期或低出险的优质客户,返点能到25%-30%;部分地区像四川,个别渠道甚至能到45%以上,但这类高返点得注意合规性,别踩坑。""",
  [("improper_inducement", "按15%返点就能拿750元"), ("improper_inducement", "返点能到25%-30%")])
P("toutiao", "article", "guide", "http://www.31spcar.com/40670.html", "date: 2025; car-insurance explainer on rebates (clean)",
  """所谓“车险返点”,指的是保险公司在收取保费后,以现金、礼品、积分等形式返还部分保费给投保人或中介渠道(如保险代理人、4S店、车商等),简单说,保费打折+额外返现”,本质上是保险公司或中介为吸引客户、抢占市场份额采取的“价格战”手段。""")
P("toutiao", "article", "marketing", "https://m.vobao.com/news/1147084978381562253.shtml", "date: 2025; portal article promoting an insurer's whole-life line",
  """投保人缴纳的保费,经过保险公司专业的资产管理与风险分摊机制,将在保单持有期间持续积累现金价值,并可能通过增额设计实现保额与现价的动态增长,为投保人构建起穿越经济周期的确定性资产。""",
  [("guaranteed_return", "为投保人构建起穿越经济周期的确定性资产")])
P("toutiao", "article", "marketing", "https://m.vobao.com/news/1139497177538449711.shtml", "date: 2025; portal article on 增额终身寿 with a lead-capture button; explicitly plays down stop-sale talk (clean)",
  """短期内,增额终身寿险不会全面停售,但产品形态将加速分化。建议消费者重点关注三点:""")
P("toutiao", "article", "marketing", "https://m.vobao.com/news/1139497177538449711.shtml", "date: 2025; same article, explains the 保额翻倍 claim (clean)",
  """例如,部分产品宣称“20年保额翻倍”,其隐含的3.5%年化收益率若与当前市场投资回报率倒挂,可能触发监管介入。业内人士指出,2025年部分激进定价的增额终身寿险或将面临停售或条款调整。""")
P("wechat_mp", "article", "guide", "https://tzdcd.com/%E9%98%B2%E7%99%8C%E9%99%A9", "date: n/a; glossary page on cancer insurance (clean)",
  """防癌险:是给付型保险。确诊即赔付,拿到钱后怎么花,保险公司不管。你可以用它支付医疗费,也可以用来还房贷、作为生活费,甚至去环游世界。""")
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/722735.html", "date: 2023; broker's monthly critical-illness recommendation post (clean paragraph)",
  """但这点差别不用太在意,除非是很极端的情况,一般都很难赔超过3次。""")
# ---- batch 9 ----
P("moments", "caption", "penalty_quote", "http://m.fzxysj.com/tj/04/01/202001/t20200110_6016074.html", "date: 2018-08-31 post, reported 2020-01 (每日经济新闻, traditional-character mirror); 湖北银保监局 penalty on an agent's Moments post; only the tail of the quoted post kept (the head carries pinyin artifacts in this copy)",
  """司慶獻禮,僅售十天,今天不搶,更待何時""",
  [("stop_sale_hype", "僅售十天,今天不搶,更待何時")])
P("moments", "caption", "news_quote", "http://wuhuxiaoyouquan.cn/Content/2020/08-13/0953023640.html", "date: 2020-08-04; 中国消费者报 (traditional-character mirror) on 青岛银保监局 Moments fines; first words of a quoted Moments post (rest carries pinyin artifacts)",
  """每年存10000元,利息1666元""",
  [("deposit_comparison", "每年存10000元,利息1666元")])
P("wechat_mp", "article", "marketing", "https://www.baoxianwh.cn/baike/9251.html", "date: 2025; site article 年金险文案 promoting a participating annuity",
  """区别于银行存款或理财产品的单利计息,年金险采用复利增值机制。以某款分红型产品为例,保单现金价值在第8年即可超过已交保费,到被保险人80岁时内部收益率(IRR)可达3.92%,完胜国债等固收类产品。特别设计的保证领取20年条款,即便被保险人在保证期内身故,剩余未领取年金可由指定受益人继承,真正实现「活着有钱花,走了不亏本」。""",
  [("deposit_comparison", "区别于银行存款或理财产品的单利计息"), ("deposit_comparison", "完胜国债等固收类产品"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.baoxianwh.cn/baike/9251.html", "date: 2025; same article; dividends counted into an 'actual' yield",
  """年金险本质是抵御「活得太久却没钱花」的生存风险,2025年主流产品如中意一生中意(尊享版)采用「固定收益+分红浮动」双轨模式。通过投保时约定领取年龄(通常55/60/65周岁),投保人可终身按月/年领取生存金,例如30岁女性年交10万交5年,60岁起每月可固定领取4200元,叠加分红后实际收益可达年化3.8%。""",
  [("guaranteed_return", "叠加分红后实际收益可达年化3.8%"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.suwdruck.com/view/134575.html", "date: 2025; product promotion article for a pension annuity; runs down other products",
  """当前市场上养老类产品琳琅满目,但多数产品存在“收益模糊”“领取条件苛刻”“保障覆盖不全”等痛点。而“臻享添翼”的核心定位是:聚焦养老刚需,以“三金一保”(养老年金、祝寿金、满期生存金、身故保障)为核心,打造“快领取、长保障、高确定”的品质养老方案。""",
  [("disparagement", "多数产品存在“收益模糊”“领取条件苛刻”“保障覆盖不全”等痛点")])
P("wechat_mp", "article", "marketing", "https://www.suwdruck.com/index.php/view/135613.html", "date: 2025; product walk-through of a traditional annuity; explains the low payout honestly (clean)",
  """很多人一看“6000 元”就皱眉:才 2% 而已!别忘了,这里只算了“领取”,没算“现金价值”。""")
P("wechat_mp", "article", "marketing", "https://www.hkppw.com/news/53.html", "date: 2025; HK/mainland comparison article; overstates mainland thyroid-cancer cover (post-2021 definitions pay early-stage thyroid cancer as 轻症)",
  """内地保险:依据行业统一规范,重疾险必保 28 种疾病,这些疾病占理赔率 95% 以上;甲状腺癌无论分期,均按重疾 100% 赔付 。""",
  [("coverage_exaggeration", "甲状腺癌无论分期,均按重疾 100% 赔付")])
P("wechat_mp", "article", "marketing", "https://xuexi.huize.com/study/detal-527161.html", "date: 2025; online broker's study article on return-of-premium critical illness",
  """与消费型重疾险不同,返还型重疾险的特点是‘返还’。如果你在保险期间内没有发生理赔,保险公司会在保险期满后返还你所缴纳的保费,有的产品甚至还会额外支付一定的利息。这种设计让你在获得保障的同时,还能实现资金的保值增值。""",
  [("deposit_comparison", "额外支付一定的利息"), ("guaranteed_return", "还能实现资金的保值增值")])
P("toutiao", "article", "guide", "https://news.vobao.com/article/1136657571159703717.shtml", "date: 2025-04-11; portal explainer 消费型 vs 返还型 (clean)",
  """决策关键:若需强制储蓄且偏好资金回流,可选返还型;若追求高性价比保障,消费型更具优势。需注意:返还型产品的保额常低于消费型,本质是“用多缴保费换取未来返还”。""")
P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/54148.html", "date: 2025; broker (奶爸) article on return-of-premium CI (clean)",
  """而消费型重疾险,它是纯保障型产品,保费全部用于购买风险保障。
若保险期间内没发生理赔,保费不会返还,相当于“花了钱买安心”,没有返本设计。""")
P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/taipingyang/sites/jfTPwsFs/EmIyhxrjuZir/news/55286", "date: 2025; insurer-agent microsite news on medical-insurance renewal (clean)",
  """要理解差异,我们对比市场上两类主流方案。A类产品是“非保证续保”的一年期医疗险,条款明确写明“续保需经保险公司审核同意”,且“产品停售则不再接受续保”。B类产品则是“保证续保”的长期医疗险,例如保证续保20年的产品,条款承诺在保证续保期内,无论被保险人健康状况变化或产品是否停售,保险公司都必须按约定费率和原条款继续承保。王先生购买的正是A类产品,当产品停售,他的保障便戛然而止。""")
# ---- batch 10 ----
P("toutiao", "article", "marketing", "https://www.fudaoke.com/exam/3032684.html", "date: 2025; Q&A-site answer urging parents to buy children's CI; misstates underwriting of sick children",
  """儿童身体发育未完全成熟,健康问题较少,投保时无需严格体检,即使已患先天性疾病(如白血病)也多可通过豁免或延期承保。""",
  [("coverage_exaggeration", "即使已患先天性疾病(如白血病)也多可通过豁免或延期承保")])
P("wechat_mp", "article", "marketing", "http://nalinengmaidao.com/post/13341.html", "date: 2023-05-07; repost of a broker's children's-CI 测评 (TOP5 ranking)",
  """少儿重疾险 10 项保障的详细拆解 + 全网最全面的少儿重疾险挑选攻略 + 22 款热门少儿重疾险的硬核测评。""",
  [("ad_absolute", "全网最全面")])
P("wechat_mp", "article", "marketing", "http://www.tudoubaoxian.com/chengrenyiwaixian2", "date: n/a; broker's accident-insurance review; explains exclusions (clean)",
  """例如:中暑、猝死、药物过敏等,可能是身体内部疾病原因造成的,不会被认定为意外。""")
P("wechat_mp", "article", "marketing", "https://www.huize.com/hz-planet/article/15518", "date: ~2024; online broker's accident-insurance guide (clean)",
  """最典型的误区就是以为“意外生病”也能赔,

所以当有些人拿着感冒发热的报销单来理赔,只会得到拒绝赔付的通知,""")
P("wechat_mp", "article", "marketing", "https://surgenepal.com/wenda/3-195525", "date: ~2022; reposted Zhihu-style accident-insurance answer by a reviewer; belittles other insurers' products",
  """而有些意外险在意外伤残的保障上却只保障全残,可谓是居心叵测。""",
  [("disparagement", "可谓是居心叵测")])
P("wechat_mp", "article", "marketing", "https://surgenepal.com/zhinan/1524594809845526528", "date: 2022; reviewer's accident-insurance guide with product picks",
  """第一部分是意外险的科普,将我所有在知乎回答过的意外险高赞精华内容,以及大家对意外险的疑问整理后,写下的全网最全意外险深度科普文。
第二部分则是2022性价比最高产品介绍,想看产品推荐的朋友可以直接阅读。""",
  [("ad_absolute", "性价比最高产品")])
P("wechat_mp", "article", "marketing", "https://www.rinaloveslife.com/news/2023-nian-11-yue-yi-wai-xian-bang-dan-zui-xin-jie-xiao-gao-xing-jia-bi-chan-pin-dui-bi-fen-xi-bang-n.html", "date: 2023-11; accident-insurance ranking article; sudden-death note (clean)",
  """注意点:很多产品为了降低保费,会将“猝死”排除在意外身故之外(猝死通常属于疾病),所以如果经常加班、压力大,一定要选包含“猝死”责任的产品。""")
P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/yangguang/sites/HvetEfXZ/XemPfeoXcniS/news/8998", "date: 2025; insurer-agent microsite news comparing 百万医疗 and 高端医疗 (clean)",
  """百万医疗险像是精打细算的管家,年保费通常几百到一千多元,保额高达百万,核心解决的是“大病巨额花费”的痛点。它覆盖住院医疗、特殊门诊、住院前后门急诊,但通常有1万元左右的免赔额,且限定在中国大陆二级及以上公立医院普通部。""")
# ---- batch 11 ----
P("wechat_mp", "article", "marketing", "https://haomeiwen.com/subject/mnjuhhtx.html", "date: 2020-02; broker's claim-story blog; client referred to only by initial (masked form: no PII finding)",
  """L是一位很nice的30多岁女士,也是一位宝妈,对于重疾的责任比较看重,日常关注身体健康,对于很早就存在的乳腺结节一直有做随访,同时在沟通中得知有妊娠临床甲减史。""")
P("toutiao", "article", "guide", "https://news.vobao.com/article/1144058230335406217.shtml", "date: 2024; portal explainer on withdrawals from 增额终身寿 (clean)",
  """需要警惕的是部分销售人员口头承诺的"无限次减保",在2022年后备案的产品中已彻底消失。""")
P("wechat_mp", "article", "marketing", "https://news.unibao.com/renshouxian/629.html", "date: 2025; broker-site explainer selling 增额终身寿 as a deposit-like account",
  """听说过一种保险,里面的钱能像存款一样“利滚利”?这就是增额终身寿险。本文将用大白话为你讲清它的三大核心特点,以及它究竟适合谁买,什么人买了会后悔。""",
  [("deposit_comparison", "里面的钱能像存款一样“利滚利”")])
P("wechat_mp", "article", "marketing", "https://news.unibao.com/renshouxian/629.html", "date: 2025; same article; 保额增长率 presented as the yield",
  """你可以把它想象成一个“只存不取、稳定增长”的特殊储蓄账户。它的收益率被白纸黑字写进法律合同,不受未来经济波动、利率下行的影响。""",
  [("deposit_comparison", "特殊储蓄账户"), ("guaranteed_return", "它的收益率被白纸黑字写进法律合同")])
P("toutiao", "article", "guide", "http://i.0713pc.com/archives/468015.html", "date: 2025; explainer on policy loans (clean)",
  """不过,保单贷款也有一些限制和注意事项。贷款额度方面,通常是根据保单的现金价值来确定,一般为保单现金价值的一定比例,最高可达 80%。贷款期限一般较短,通常不超过 6 个月,如果到期未能按时还款,利息将自动计入本金,继续计算利息。若借款人逾期时间过长,且贷款本息超过了保单的现金价值,保单可能会失效,保险保障也将随之终止。""")
P("wechat_mp", "article", "qa", "https://www.shenlanbao.com/wenda/12-42236", "date: n/a; broker platform's official Q&A answer on insurer retirement communities (clean)",
  """如果不想交押金,购买高额保险同样可以入住养老社区。不过这个保费要求不是固定的,不同的公司要求不同:""")
# ---- batch 12 ----
P("wechat_mp", "article", "marketing", "https://meihualife.com/nrjx/335.html", "date: 2026-01-11; broker's annuity ranking article (年金险排行榜); dividend projections stated as what you will receive",
  """② 分红型年金险:强势崛起,同样30岁缴纳50万,60岁时每年能领6.1万,70岁时每年能领7.1万,80岁时每年能领8.4万,IRR能达到3.8%以上;收益不仅没降,而且相比2.5%的年金险,也能轻松碾压。""",
  [("guaranteed_return", "IRR能达到3.8%以上"), ("missing_disclosure",)])
P("toutiao", "article", "marketing", "https://news.vobao.com/article/1139497169335949167.shtml", "date: 2025; portal article 年金保险哪种好 with product recommendations",
  """年金保险的本质是“用时间换收益”,通过长期储蓄对冲通胀风险,为教育、养老等刚性支出提供确定性现金流。其核心优势在于安全性与稳定性——收益写入合同不受市场波动影响,适合风险承受能力较低、追求资产保值的群体。""",
  [("guaranteed_return", "收益写入合同不受市场波动影响")])
P("toutiao", "article", "marketing", "https://m.vobao.com/news/1140013184079589190.shtml", "date: 2025; portal article recommending term-life products",
  """优先选择涵盖“身故+全残”基础责任的产品,猝死、交通意外等附加项可视预算追加。例如“定海柱6号”创新加入增值服务包,提供重疾绿通和线上问诊,适合注重服务体验的人群;而“大麦2024”凭借极致定价,成为纯保障型用户的性价比首选。""",
  [("ad_absolute", "性价比首选")])
P("toutiao", "article", "marketing", "https://m.vobao.com/news/1140013184079589190.shtml", "date: 2025; same article, product headings",
  """大麦2024:性价比之王
臻爱2024:大牌险企的“隐形福利”
定海柱6号:健康告知最宽松""",
  [("ad_absolute", "性价比之王"), ("ad_absolute", "健康告知最宽松")])
P("toutiao", "article", "guide", "https://m.vobao.com/news/1140099080584401155.shtml", "date: 2025; portal explainer on term life (clean)",
  """消费型属性意味着保障期内未出险则保费“清零”,这与带有储蓄功能的增额终身寿险形成鲜明对比。对于既想保障又想强制储蓄的用户,可能需要额外配置其他理财型保险。""")
P("toutiao", "article", "guide", "https://tinckay.com/zhichang-zixun/12610.html", "date: 2025; life-insurance buying guide, disclosure pitfalls (clean)",
  """2年内住院记录:哪怕是阑尾炎也要告知
- 体检异常:甲状腺结节、脂肪肝、尿酸高
- 医保卡外借:曾给家人买过降压药会被认定高血压""")
P("toutiao", "article", "news_quote", "http://www.handmsg.com/page/2009/1231/26274075.shtml", "date: 2009-12; news (traditional-character mirror) on a 广东保监局 notice against a bank newspaper ad for a universal-life policy; only the quoted ad copy kept",
  """‘金玉滿堂’是一款以理財為主、保險為輔的產品,具備五個方面的特點,概括為‘四高一低’:收益高、安全性高、靈活性高、保障高、費用低""",
  [("deposit_comparison", "以理財為主、保險為輔的產品"), ("guaranteed_return", "收益高、安全性高"), ("missing_disclosure",)])
P("wechat_mp", "article", "guide", "https://www.wnwk.com/doc/3559890.html", "date: 2012; regional regulator notice 甘保监发〔2012〕37号 on bank-sold insurance (clean; regulator voice with violation vocabulary)",
  """(三)禁止夸大产品收益不得将保险产品的利益与银行存款收益、国债收益等进行片面类比,不得夸大或变相夸大保险合同的收益。不得用以往利益预计保险产品未来收益,将保险公司过往整体资金投资收益情况作为保单分红情况向客户作不实宣传。""")
P("wechat_mp", "article", "guide", "https://www.233.com/ccbp/zhishiku/385/202601/20091409870881.html", "date: 2026-01; exam-prep knowledge page on bank-sold insurance misselling (clean)",
  """偷换概念:将保险产品包装成"高息存款"或"理财产品"(2024年6月真题明确禁止此行为)
- 夸大收益:只演示高档分红利率,隐瞒收益不确定性""")
P("xiaohongshu", "article", "marketing", "https://m.haiwaimoney.com/h-nd-4432.html", "date: 2025; HK-insurance agency article on savings plans; non-guaranteed doubling stated as fact",
  """以友邦环宇盈活为例,5年缴费情况下,保单第16年可实现本金翻倍,第22年翻三倍。
假设一位30岁女性每年缴纳6万美元,5年累计保费30万美元,持有30年后保单价值预计可达175万美元,增值近6倍。""",
  [("guaranteed_return", "保单第16年可实现本金翻倍,第22年翻三倍"), ("missing_disclosure",)])
P("xiaohongshu", "article", "marketing", "https://m.haiwaimoney.com/h-nd-4432.html", "date: 2025; same article; claims superiority over mainland products",
  """太平洋人寿的世代鑫享即为典型代表,保证收益可达2%复利,预期收益为5.1%。
无论是分红还是保底收益,均优于内地同类产品。""",
  [("ad_absolute", "无论是分红还是保底收益,均优于内地同类产品")])
P("toutiao", "article", "qa", "https://licai.jiantou8.com/ask/qa_5565767.html", "date: 2025-08-04; finance Q&A answer on HK participating plans (clean)",
  """• 非保证红利:历史实现率≠未来,需查阅保险公司官网公布的Fulfillment Ratio(如友邦、保诚近年约90-100%)。
• 流动性差:前5年退保亏损可达30%+,适合10年以上持有。""")
# ---- batch 13 ----
P("wechat_mp", "poster_text", "marketing", "https://www.xiaomilidoc.com/p-13497480.html", "date: n/a; shared document: a car dealer's annual insurance-renewal reward plan (cash back per renewal)",
  """我们的续保奖励方案分为两部分:首次续保和续保返现。其中,首次续保针对于第一次在我们公司进行续保的客户。续保返现则是指在第一次续保以后,客户在以后的续保中也可以获得相应的奖励。""",
  [("improper_inducement", "续保返现", 1)])
P("wechat_mp", "poster_text", "marketing", "https://www.xiaomilidoc.com/p-13497480.html", "date: n/a; same plan document, cash-back rule",
  """续保奖励金额将以现金形式返还至客户续保账户中,客户可以在下一次续保时直接使用。""",
  [("improper_inducement", "续保奖励金额将以现金形式返还至客户续保账户中")])
P("wechat_mp", "article", "marketing", "https://zhuanlan.zhihu.com/p/53325755", "date: ~2018-12; Zhihu column by an online-insurance reviewer; runs down offline agents and a named competitor product",
  """目前这个现状并没有改变,几乎每个人都会被周围亲戚朋友强行推销几个很坑的保险,线下卖的最火的平安福,就坑的不能在坑,具体见我文章:今天,我把平安福的底裤拔下来了""",
  [("disparagement", "线下卖的最火的平安福,就坑的不能在坑")])
P("wechat_mp", "article", "marketing", "https://zhuanlan.zhihu.com/p/53325755", "date: ~2018-12; same Zhihu column",
  """过去这么多年,保险≈骗子,就是线下保险作恶积累的结果,这不是某个人的问题,而是线下这个制度把所有人绑架了。""",
  [("disparagement", "就是线下保险作恶积累的结果")])
P("wechat_mp", "article", "marketing", "https://zhuanlan.zhihu.com/p/53325755", "date: ~2018-12; same Zhihu column, title line",
  """99%的人买重疾险贵了1-3倍(附目前性价比最高的20款重疾险测评)""",
  [("ad_absolute", "性价比最高的20款重疾险")])
P("wechat_mp", "article", "marketing", "https://meihualife.com/nrjx/350.html", "date: 2025; broker article explaining CI definitions (clean)",
  """比如恶性肿瘤 - 重度,不是所有 “癌症” 都算。像原位癌(比如乳腺原位癌、宫颈原位癌)、1 期甲状腺癌、没转移的皮肤癌这些,虽然带 “癌” 字,却被明确排除在 “重度” 之外;只有癌细胞扩散、转移,或者病理结果符合特定编码的,才算重疾。""")
P("toutiao", "article", "guide", "https://www.kuaizhang.com/news/detail_75075.html", "date: 2025; consumer explainer on CI pitfalls (clean)",
  """只看保费高低,是最容易踩的坑。不少人把价格当作首要判断标准,执着于找低价产品,却忘了保险的核心是“成本与保障对等”。""")
P("toutiao", "article", "qa", "https://www.xout.cn/jxwd/202508/305662.html", "date: 2025-08; Q&A article 养老保险哪个最好 (clean; uses 最好 in a question voice)",
  """【养老保险哪个最好】在当今社会,随着人口老龄化趋势的加剧,养老保险成为越来越多家庭关注的重点。面对多种类型的养老保险产品,很多人会问:“养老保险哪个最好?”其实,这个问题并没有一个绝对的答案,因为“最好”的标准因人而异,取决于个人的经济状况、年龄、职业规划以及对未来养老生活的预期。""")
P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/renmin/sites/lOYuPvFk/RkXJeODnIuwH/news/20115", "date: 2025; insurer-agent microsite article on cancer insurance for the elderly (clean)",
  """最后,特别注意等待期条款,多数防癌险有90-180天等待期,在此期间确诊癌症无法获得赔付。""")
# ---- batch 14 ----
P("moments", "poster_text", "news_quote", "http://bbs.jingtiao123.com/showtopic-3010.aspx", "date: ~2020-12; forum repost of an agent's article quoting stop-sale notices seen in Moments before the old CI definitions lapsed; one quoted notice kept",
  """英雄迟暮,XX重疾保险将在12月X日停售""",
  [("stop_sale_hype", "XX重疾保险将在12月X日停售")])
P("wechat_mp", "article", "marketing", "http://bbs.jingtiao123.com/showtopic-3010.aspx", "date: ~2020-12; same repost, author's own voice; belittles a (masked) competitor's product",
  """我仔细研究了几款转发比较多的重疾产品,发现都是性价比较高的好产品,不同于某安的XX福一年一波的停售升级炒作,为什么这些性价比和认可度都还算比较高的重疾产品会在短时间内相继停售退市呢?""",
  [("disparagement", "不同于某安的XX福一年一波的停售升级炒作")])
P("wechat_mp", "article", "guide", "https://www.uhzs.com/thread-318630-1-1.html", "date: 2025-11-28; forum repost of a law-firm note on HK rebates (clean)",
  """在投保香港保险过程中,不少人认为返佣是一种“双赢”:销售人员冲了业绩,客户省了保费。但这种看似划算的“潜规则”,实则是一条法律红线。它不仅可能导致保单效力受损、理赔受阻,更可能让投保人卷入刑事犯罪的漩涡。""")
P("wechat_mp", "article", "guide", "https://www.deheheng.com/yjy/lssd/34484.html", "date: 2025-08-05; law-firm article on insurers recovering losses from agents (clean)",
  """1.保险代理人从事寿险保险代理活动应具备保险专业知识、秉持职业操守,使投保人正确理解所购买的保险产品本质和保障范围。保险代理人为了促成保单、获取高额佣金,从事销售误导等违规保险销售行为,导致保险公司实际向投保人退还的保费超过现金价值部分而产生损失的,保险代理人应在过错范围内担责。""")
# ---- batch 15 ----
P("xiaohongshu", "article", "marketing", "http://www.yuanse.com/index.php/ebooks/%E5%A5%B3%E6%80%A7%E7%90%86%E8%B4%A2%E5%AE%89%E5%85%A8%E5%AE%9A%E6%9C%9F%E5%AF%BF%E9%99%A9%E6%9E%84%E5%BB%BA%E8%B4%A2%E5%8A%A1%E8%87%AA%E7%94%B1%E4%BF%9D%E9%9A%9C--2-%E7%AC%AC%E4%BA%8C%E7%AB%A0-%E8%AE%A4%E8%AF%86%E4%BD%A0%E7%9A%84%E2%80%9C%E8%B4%A2%E5%8A%A1%E5%AE%88%E6%8A%A4%E7%A5%9E%E2%80%9D%E2%80%94%E2%80%94%E5%AE%9A%E6%9C%9F%E5%AF%BF%E9%99%A9.html", "date: n/a; Xiaohongshu-style e-book chapter selling term life to women (emoji kept as found)",
  """看到没?每年不到1000块,就能撬动上百万的保障!这杠杆,比基金、股票还猛,而且超级稳定!💪📉""",
  [("deposit_comparison", "比基金、股票还猛,而且超级稳定")])
P("xiaohongshu", "article", "marketing", "http://www.yuanse.com/index.php/ebooks/%E5%A5%B3%E6%80%A7%E7%90%86%E8%B4%A2%E5%AE%89%E5%85%A8%E5%AE%9A%E6%9C%9F%E5%AF%BF%E9%99%A9%E6%9E%84%E5%BB%BA%E8%B4%A2%E5%8A%A1%E8%87%AA%E7%94%B1%E4%BF%9D%E9%9A%9C--2-%E7%AC%AC%E4%BA%8C%E7%AB%A0-%E8%AE%A4%E8%AF%86%E4%BD%A0%E7%9A%84%E2%80%9C%E8%B4%A2%E5%8A%A1%E5%AE%88%E6%8A%A4%E7%A5%9E%E2%80%9D%E2%80%94%E2%80%94%E5%AE%9A%E6%9C%9F%E5%AF%BF%E9%99%A9.html", "date: n/a; same e-book chapter",
  """所以呀,别再说“保险是浪费钱”啦~
这可是性价比最高的“爱的备用计划”!💌""",
  [("ad_absolute", "性价比最高")])
P("wechat_mp", "article", "marketing", "https://www.sanwenwang.com/ba/ehtyliqf.html", "date: 2023; repost of a 公众号 reviewer's self-introduction (二师姐); leans on regulator filing and a 'national' title",
  """保险行业从业人员,看过了很多保险的套路,也见了很多人踩坑,后面离职做独立第三方保险点评和推荐。
本人在银保监会报备,有行业执业资格,正规保险人,也是国家理财规划师。""",
  [("false_authority", "本人在银保监会报备")])
P("toutiao", "article", "news", "https://xmwb.xinmin.cn/html/2015-05/22/content_36_1.htm", "date: 2015-05-22; 新民晚报 on fake 'policy upgrade' pitches, 上海保监局 advice (clean)",
  """“先要思考自身是否需要。如果购买保险的初衷就是建立保险保障,就应当提醒自己抵御诱惑,谨慎退保,一方面,在保险合同未到期情况下,中途退保保险公司是按客户保单‘现金价值’退还保费,有可能出现保单‘现金价值’低于‘本金’的情况。”""")
P("wechat_mp", "article", "warning", "https://www.95549.cn/pages/news/cpl/jrfx/jrfx_detail156.shtml", "date: 2025-10-29; insurer (国华人寿) consumer-education page for older customers (clean)",
  """银行代销理财,认清“主角”很重要。很多老年朋友前往银行办理存款业务时,容易被工作人员推荐的“高收益理财产品”吸引,却未意识到部分产品并非银行自营,而是第三方机构发行的代销产品。两者的核心区别在于风险承担主体不同:银行自营理财产品由银行负责管理和兑付,而代销产品的风险则由发行机构承担,银行仅收取销售佣金。""")
P("toutiao", "article", "warning", "https://www.ainsur.top/news/w0VdPOAlfho5", "date: 2025; consumer-education article on 'copy my plan' influencer posts (clean)",
  """首先被美化的,是“适配性”。那张完美的计划书,是基于分享者自身的年龄、健康状况、收入、家庭结构量身定制的。对你而言,它可能是一件尺码、款式完全不合身的“高级成衣”。盲目照搬,最大的风险就是要么保障不足,要么花了冤枉钱。""")

# ============================ build ============================

def norm_url(u):
    u = u.strip()
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


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
        if occ is None:
            if len(hits) > 1:
                errors.append(f"{pid}: phrase ambiguous ({len(hits)}x) without occurrence: {phrase!r}")
                continue
            st = hits[0]
        else:
            if not (1 <= occ <= len(hits)):
                errors.append(f"{pid}: occurrence {occ} out of range for {phrase!r}")
                continue
            st = hits[occ - 1]
        f = {"category": cat, "start": st, "end": st + len(phrase), "text": phrase}
        if text[f["start"]:f["end"]] != phrase:
            errors.append(f"{pid}: offset check failed for {phrase!r}")
        findings.append(f)
    findings.sort(key=lambda f: (f["start"] is None, f["start"] or 0, f["category"]))
    return findings, errors


# Left out after the harvest: a 15-character shingle shared with an earlier real-world set (0079 repeats RW2-0001,
# 0110 RW2-0007 in traditional characters, 0111 a regulation sentence RW3-0076 also quotes).
SHARED_WITH_EARLIER_SETS = {"RW7-0079", "RW7-0110", "RW7-0111"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    with open(os.path.join(here, "used_sources.txt"), encoding="utf-8") as f:
        used = {norm_url(l) for l in f if l.strip()}
    errors, rows, texts = [], [], {}
    per_page = Counter()
    for n, it in enumerate(ITEMS, 1):
        pid = f"{PREFIX}-{n:04d}"
        if pid in SHARED_WITH_EARLIER_SETS:
            continue
        text = it["text"]
        if text != text.strip():
            errors.append(f"{pid}: text has leading/trailing whitespace")
        if not text:
            errors.append(f"{pid}: empty text")
        if text in texts:
            errors.append(f"{pid}: duplicate text (same as {texts[text]})")
        texts[text] = pid
        if it["channel"] not in CHANNELS:
            errors.append(f"{pid}: bad channel {it['channel']}")
        if it["content_type"] not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {it['content_type']}")
        if it["genre"] not in GENRES:
            errors.append(f"{pid}: bad genre {it['genre']}")
        src = it["source"]
        if not re.match(r"^https?://", src):
            errors.append(f"{pid}: bad source {src!r}")
        if norm_url(src) in used:
            errors.append(f"{pid}: source already used by earlier harvesters: {src}")
        per_page[norm_url(src)] += 1
        findings, errs = resolve(pid, text, it["labels"])
        errors.extend(errs)
        spans = [(f["category"], f["start"]) for f in findings]
        if len(spans) != len(set(spans)):
            errors.append(f"{pid}: duplicate finding")
        if it["genre"] in ("warning", "guide", "news", "qa") and findings:
            errors.append(f"{pid}: genre {it['genre']} is a clean genre but has findings")
        if it["genre"] in ("penalty_quote", "court_quote", "news_quote") and not findings:
            errors.append(f"{pid}: quote genre without findings")
        rows.append({"id": pid, "channel": it["channel"], "content_type": it["content_type"],
                     "genre": it["genre"], "text": text, "account_owner": None, "findings": findings,
                     "source": src, "note": it["note"]})
    for page, c in per_page.items():
        if c > MAX_PER_PAGE:
            errors.append(f"page {page} gives {c} items (max {MAX_PER_PAGE})")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    cats = Counter(f["category"] for r in rows for f in r["findings"])
    dirty = sum(1 for r in rows if r["findings"])
    print(f"posts {len(rows)}  positive {dirty}  clean {len(rows) - dirty}  distinct pages {len(per_page)}  max/page {max(per_page.values())}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("posts per category", dict(sorted(Counter(c for r in rows for c in {f['category'] for f in r['findings']}).items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("genre x positive", dict(sorted(Counter((r["genre"], bool(r["findings"])) for r in rows).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))


if __name__ == "__main__":
    main()
