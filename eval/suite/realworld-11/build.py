#!/usr/bin/env python3
"""realworld-11: labelled corpus of REAL public Chinese insurance text (stdlib only).

Each item: text copied verbatim from one search-result excerpt (corpus "pages"/"docs"), with the page address as source.
Labels are (category, phrase) or (category, phrase, occurrence) (1-based); ("missing_disclosure",) is post-level.
Offsets are computed with str.find; the build fails loudly on missing/ambiguous phrases or duplicate texts.
Writes posts.jsonl next to this file.
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
PREFIX = "RW11"

ITEMS = []


def P(channel, content_type, genre, source, note, text, labels=()):
    ITEMS.append({"channel": channel, "content_type": content_type, "genre": genre, "source": source,
                  "note": note, "text": text, "labels": list(labels)})


# ---------------------------------------------------------------------------------------------------------
# items (text verbatim from the excerpt the search tool returned for `source`)
# ---------------------------------------------------------------------------------------------------------
# q: 香港儲蓄保險 回報 推介 內地客戶
P("wechat_mp", "article", "marketing", "http://www.qdh2o.com/xinwendongtai/849.html",
  "date: 2025-08-26; 香港储蓄分红险购买指南 (copied onto an unrelated site); 分红 product promoted with a yield figure, no uncertainty statement in the paragraph",
  "香港储蓄分红险在全球金融市场中具有明显优势。首先,其预期收益较高,通常长期复利可达 6%-7%,远高于内地同类产品。其次,香港保险公司可以进行全球性的资产配置,投资渠道更加多元化,能够更好地规避单一市场的风险。",
  [("guaranteed_return", "通常长期复利可达 6%-7%"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.tjjqyzl.com/xinwendongtai/757.html",
  "date: 2025; 香港储蓄保险 article listing 'core value' points; 分红 savings plan, no uncertainty statement",
  "长期稳定回报:通过专业的投资管理,香港储蓄保险在长期内通常能提供较为稳定的回报,部分产品预期年化回报率可达 6% 以上。",
  [("guaranteed_return", "部分产品预期年化回报率可达 6% 以上"), ("missing_disclosure",)])
P("toutiao", "article", "news", "https://www.tjjqyzl.com/xinwendongtai/757.html",
  "date: 2025; market news paragraph of the same article",
  "香港保险市场在 2025 年持续保持强劲增长势头,第一季度新单保费高达 934 亿港元,同比增长 43.1%,创下自 2001 年有记录以来的最高季度保费数据。这一增长主要由内地访客投保热情推动,尽管香港保监局已停止发布内地访客分项统计数据,但市场观察显示内地居民仍是香港保险市场的重要支柱。2024 年全年,内地访客赴港投保保费达 628 亿港元,占全港个人业务总新造保单保费的 28.6%,显示出内地居民对香港保险产品的持续青睐。")
P("wechat_mp", "article", "marketing", "https://www.76hw.com/news/yang-lao-nian-jin-xian-gao-shou-yi-xuan-ze-zhi-nan-ru-he-tiao-xuan-zui-shi-he-ni-de-yang-lao-bao-zha.html",
  "date: n/a; 养老年金险高收益选择指南; annuity return presented as above time deposits",
  "养老年金险的运作类似于一个“强制储蓄+终身支付”的机制。投保人选择缴费期限(如10年或20年)和领取年龄(通常为55岁、60岁或65岁)。保险公司根据保费、年龄和性别计算出未来的年金金额。产品通常包括生存金(每年领取)和身故保障(若提前去世,受益人可获赔)。高收益的关键在于选择IRR(内部收益率)较高的产品,IRR是衡量年金险长期回报的核心指标,通常在3%-4%之间,高于银行定期存款。",
  [("deposit_comparison", "高于银行定期存款")])
P("toutiao", "article", "news", "https://reportify.cn/social-media/726396650976704",
  "date: 2025-10-03; summary of a 首席商业评论 article on HK insurance sold to mainland buyers; neutral/critical news",
  "收益结构与风险 - 香港保险高收益建立在牺牲保证收益基础上,当前保证收益率已压缩至不足0.5%,预期收益率则拉升至7%以上 [13] - 2023年约四成香港分红险产品未能100%达成收益目标,实际分红实现率在85%-107%间波动,长期产品如友邦\"充裕未来\"分红实现率从97%降至93% [13]")
P("wechat_mp", "article", "marketing", "https://www.hkinsu.com/zhuanlan/tong/34918.html/zh-tw",
  "date: n/a; HK insurance intermediary column (traditional characters) comparing 增额终身寿 and HK savings plans; explains guaranteed vs non-guaranteed parts",
  "香港的儲蓄保險(多為分紅型壽險)則更偏向於財富管理工具。它的保額可能是固定的(如100萬),但通過分紅機制實現收益增長。香港保險公司在設計產品時,通常會提供「保證收益」和「非保證分紅」兩部分。保證收益較低(如1%-2%),但非保證分紅可能高達4%-6%甚至更多,具體取決於保險公司的投資表現。")
P("wechat_mp", "article", "marketing", "http://razcy.com/quote/10441.html",
  "date: 2024; 重疾险测评/榜单 article by a broker ('奶爸'); intro paragraph",
  "2024年,各家保险公司又纷纷陆续新推出的高性价比的重疾险产品。奶爸测评了1502款保险后,选出值得推荐的几款重疾险在文中进行对比测评。")
P("wechat_mp", "article", "marketing", "http://razcy.com/quote/10441.html",
  "date: 2024; same 测评 article, explanation paragraph",
  "所谓的重疾险,得了合同规定的重大疾病。如癌症、心脑血管疾病、脑中风等疾病,直接赔付现金。重疾险属于给付型的保险。")

# q: 保险 销售话术 案例 监管通报 宣传 "保本保息"
P("toutiao", "article", "news_quote", "https://www.ctmanga.com/a/jin-rong-315-bao-xian-xiao-shou-he-gui-jin-xing-shi-cun-kuan-bian-bao-xian-kou-tou-cheng-nuo-bao-ben-bao-xi-dang-xiu-yi.html",
  "date: 2025-03 (金融315, 南方财经; traditional-character copy); bank-stationed insurance sellers' lines quoted by the report, joined in order",
  "存錢送保障，利息高於定期存款",
  [("deposit_comparison", "存錢送保障"), ("deposit_comparison", "利息高於定期存款")])
P("toutiao", "article", "news", "https://www.ctmanga.com/a/jin-rong-315-bao-xian-xiao-shou-he-gui-jin-xing-shi-cun-kuan-bian-bao-xian-kou-tou-cheng-nuo-bao-ben-bao-xi-dang-xiu-yi.html",
  "date: 2025-03; same report, neutral paragraph on the bank channel rules",
  "但2019年8月,原中國銀保監會辦公廳印發的《商業銀行代理保險業務管理辦法》明確規定,商業銀行不得允許保險公司人員等非商業銀行從業人員在商業銀行營業場所從事保險銷售相關活動。")
P("toutiao", "article", "news", "http://www.zgia.com.cn/detail.php?id=8983",
  "date: 2022 (2021年保险行业回顾); industry-association style review, neutral regulatory news",
  "2021年1月20日,银保监会发布《中国银保监会人身险部关于印发人身保险产品“负面清单”(2021版)的通知》,要求人身保险公司认真对照新版“负面清单”,对在售保险产品进行梳理自查,对存在的问题及时进行整改。这是银保监会继2018年4月印发《人身保险产品开发设计负面清单》后,再度印发的人身险产品“负面清单”。")
P("wechat_mp", "article", "guide", "https://xiexiebang.com/a12/201905142/b9f0124b8d8083f8.html",
  "date: 2005 (保监发〔2005〕94号, copied on a document site); compliance rule on 万能 sales materials",
  "各公司在制定万能保险宣传材料时,应从方便消费者全面准确理解产品特点的角度出发,将该产品的重要信息印在明显位置,1 语言通俗易懂,描述准确。")
P("toutiao", "article", "news", "https://huibaoxian.com.cn/htm/kb/20220615/3315.html",
  "date: 2022-06-15; 慧保天下 industry analysis, neutral",
  "2021年,我国健康险市场保费收入为8803亿元,相比2020年8172亿仅上涨7.8%,这改变了健康险历年来保持高速增长的形象。此外,从市场上来看,今年健康险产品供给相比历年显得气氛有些压抑,市场对于健康险的研究和讨论明显减少,除了惠民保能保持一定市场热度外,其他健康险产品的活跃度明显下降。")
P("toutiao", "article", "warning", "https://www.ju62.com/wzxm/63510.html",
  "date: n/a; article warning about insurance part-time-job traps; uses 零风险/高回报 in a warning voice",
  "机会多背后,隐藏着不容忽视的陷阱。保险兼职市场鱼龙混杂,骗局层出不穷。常见陷阱包括虚假招聘、高佣金诱惑和合同陷阱。例如,某些机构以“零风险、高回报”为噱头,诱导兼职者缴纳押金或购买培训课程,实则卷款跑路。更有甚者,利用信息不对称,推销不合规产品或夸大保障范围,引发消费者投诉和法律纠纷。")
P("xiaohongshu", "article", "qa", "https://licai.jiantou8.com/ask/qa_4605338.html",
  "date: n/a; public Q&A answer explaining the 万能险 minimum guaranteed rate",
  "保底利率是保险公司承诺的最低收益保障,是万能险区别于其他投资型保险的核心特征。无论市场如何波动,保险公司必须按照合同约定的保底利率(如1.75%-3%)进行收益结算。这一机制为投保人提供了收益下限保护,在极端市场环境下(如长期低利率或资本市场剧烈波动时),保底利率成为抵御风险的\"安全垫\"。")

# q: 香港保險 儲蓄計劃 預期回報 7% 內地人 投保 優勢
P("wechat_mp", "article", "marketing", "https://www.kerri-finance.com/tcn/savingplan/",
  "date: n/a; HK broker's savings-plan page (traditional characters) aimed at mainland readers",
  "香港儲蓄計劃(saving plan)主要是分紅保單,全保證回報的儲蓄型保險暫時只有繳款2年,保障5年的短期儲蓄保險2pay5。作為避險工具,這類儲蓄型保險只適用於經常在銀行定存的保守人士或短暫的經濟逆周期。其他香港儲蓄計劃分為有派息分紅保險和年金計劃。現時一共有5間香港保險公司推出專為節稅而設的分拆保單功能,在資產傳承上也擁有無比的靈活性。",
  [("ad_absolute", "無比的靈活性")])
P("wechat_mp", "article", "marketing", "https://www.kerri-finance.com/tcn/savingplan/",
  "date: n/a; same broker page; projected returns said to be reviewed by the regulator; HK participating annuity returns called very stable, no uncertainty statement",
  "現在內地的儲蓄計劃一共有三款:年金計劃和專屬養老保險,用的是預設回報。香港儲蓄計劃的預期回報和靈活性總體優於內地,計劃書上的預期回報經精算師根據投資資產計算,經保監局審核。",
  [("false_authority", "經保監局審核")])
P("wechat_mp", "article", "marketing", "https://www.kerri-finance.com/tcn/savingplan/",
  "date: n/a; same broker page, annuity comparison bullet",
  "以內地的年金計劃為例,保證回報較高,滿15年即可以達到IRR2.64%,滿20年即可以達到IRR2.75%,萬能賬戶非保證部分較為不確定,也沒有過往的數據可參考,最早第6年回本。而香港年金計劃分為兩種-即期年金延期年金,註重預期回報,例如非終身年金計劃第15年即達IRR4%以上,15-20年收率可翻倍。現時香港的年金計劃最早回本期為3年。香港的投資渠道較為廣泛,采取環球投資,有效分散投資風險,從保險公司每年公布的紅利實現率來看,年金的回報非常穩定。",
  [("guaranteed_return", "年金的回報非常穩定"), ("missing_disclosure",)])
P("wechat_mp", "article", "qa", "https://www.ainsur.top/news/MZswGRmG9g0z",
  "date: n/a; consumer-education Q&A by an insurance-site editor; 理赔 vocabulary in an explanatory voice",
  "- 听说理赔特别难?\n理赔难,很多时候难在“买错了”或“没如实告知”。买医疗险却指望它赔重疾,当然不行。健康问卷里问到的病史,哪怕你自己觉得没事,也要如实告知。保险公司不怕你得过感冒,怕的是你隐瞒了可能影响承保的重大情况。诚信,是顺畅理赔的基石。")
P("toutiao", "article", "news", "http://m.digipub.cc/dy/article/KF7SN58T05565ZS2.html?spss=dy_author",
  "date: 2025 (after 2025金融街论坛); news on 百万医疗险 and 保证续保 (traditional-character copy)",
  "2020年以前,由于缺乏費率調整的政策支持,考慮到長期醫療費用成本難以管控等因素,保險公司只開發短期醫療險,即便是當時的保證續保的醫療險產品,其保證續保期限一般也僅為3-5年。")

# q: 盛世金越 鑫享事业 福满佳 增额寿 对比 哪个好 收益
P("weibo", "article", "marketing", "https://www.tianya.org/thread-92248.htm?type=onlyhost",
  "date: n/a; forum thread by a seller ('小编') on the annuity 鑫福一生; return compared with bank large-denomination deposits",
  "它不是 “高收益理财”,是 “稳定领钱的工具”,收益算下来比银行大额存单高一点,但比股票、基金稳妥,适合不想担风险的人。",
  [("deposit_comparison", "收益算下来比银行大额存单高一点")])
P("weibo", "article", "marketing", "https://www.tianya.org/thread-92248.htm?type=onlyhost",
  "date: n/a; same thread, seller's Q&A; absolute wording about the payout",
  "2. 问:收益是固定的吗?会不会今年领 6 万,明年变成 5 万?\n答:\n绝对固定!投保时就会把 “每年领多少钱” 写进合同,不管以后银行利率降多少、经济怎么样,领的金额都不会变。",
  [("ad_absolute", "绝对固定")])
P("wechat_mp", "article", "marketing", "https://csai.cn/baoxian/1406897.html",
  "date: n/a; product comparison article (一生中意 vs 尊享世家); participating product described with its uncertainty",
  "一生中意是中意人寿推出的一款分红型终身寿险,它支持出生满7天至70周岁的人群投保,主要是保身故或全残,保额年复利增长利率为3.5%,随着保障时间越来越长,有效保险金额也会随之增长,并且这款产品在获得常规赔付外还能享受分红收益,但是分红是不确定的,甚至在某些年度有可能为0。")
P("wechat_mp", "article", "marketing", "https://csai.cn/baoxian/1406897.html",
  "date: n/a; same comparison article; 万能 account promoted with its current settlement rate and no statement that it is not guaranteed",
  "尊享世家是泰康人寿推出的一款增额终身寿险,投保年龄为出生满30天-70周岁,支持趸交、3/6/10/15/20年交,保额增长比例为3%,保障责任包括身故/高残保险金、意外身故/高残保险金以及身故/高残豁免,除此之外,尊享世家还可以附加保底利率为2%、实际结算利率为3.9%的万能账户,帮助消费者获得更高的收益。",
  [("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://2239.com/ask/33f5b21b849cae13.html",
  "date: 2022-03-21; broker-site product review of 鑫福一生; dividend uncertainty stated",
  "3.红利分配\n鑫福一生也是一款分红型产品,大部分消费者看中的还是这个分红,但合同明确产品的红利是不保证的,红利是有可能为零的。")
P("toutiao", "article", "news", "https://wxredian.com/art?id=af1bd6d3a534ff3527f12db0960fbd44",
  "date: 2025-01-11; 燕梳思想会 commentary on Equitable Life; neutral industry piece",
  "相互保险公司(mutual insurer),实际是投保人基于相互保障的原则设立并共同拥有,为投保人自己经营保险业务的法人组织。其经营目的是为各保单持有人提供低成本的保险产品,而不是追逐利润。")

# q: 银行理财经理 推荐 保险 存款 到期 转 保险 利息 更高 投诉 / 重疾险 理赔案例 ...
P("toutiao", "article", "news", "http://big5.taiwan.cn/gate/big5/econ.taiwan.cn/jjgc/201309/t20130905_4833069.htm",
  "date: 2013-09-05; news report (big5 copy) on bank deposits that turned out to be participating policies; the seller's words are only paraphrased",
  "近期不少消費者反映,幾年前在銀行辦理的存款近期到期,卻成了保單,如今到期不僅沒有獲得超額收益,反而到手利息比銀行存款還低。近日,記者對此進行了調查。")
P("toutiao", "article", "news", "http://big5.taiwan.cn/gate/big5/econ.taiwan.cn/jjgc/201309/t20130905_4833069.htm",
  "date: 2013-09-05; same report, complaint statistics",
  "記者發現,「銀保銷售誤導」已成為保險銷售及儲戶投訴的「重災區」。在中國保監會公佈的2013年上半年保險消費者投訴情況通報中,記者查閱到,保險銷售違規欺詐誤導的投訴量,佔投訴各事項的比例單項最高,高達19.91%,可謂五起保險投訴有其一。")
P("wechat_mp", "article", "guide", "https://www.ainsur.top/news/tgD1qIZHuFcu",
  "date: 2026-01-16; claims-handler's column on an insurer-style site; explains why a thyroid-cancer claim fell under old definitions; customer only as 张女士 (masked)",
  "张女士无法理解:“癌症就是癌症,怎么还有赔和不赔的区别?”这恰恰是重疾理赔中最常见的认知误区之一。重大疾病保险的“病种”并非简单的医学诊断,而是符合保险合同明确定义的经济损失补偿约定")
P("wechat_mp", "article", "guide", "https://www.ainsur.top/news/EsDV6eOnYkPn",
  "date: n/a; claims-handler's column; explains the industry definition for thyroid cancer",
  "根据行业通行的《重大疾病保险的疾病定义使用规范》,甲状腺癌属于恶性肿瘤,在保障范围内。但规范同时指出,“TNM分期为I期或更轻分期的甲状腺癌”不属于重疾,通常按轻症赔付。而判断分期的一个重要依据,就是肿瘤是否“浸润”突破包膜。")
P("wechat_mp", "article", "guide", "https://www.ainsur.top/news/a8iO9RXV8Yd9",
  "date: n/a; claims-handler's column; waiting-period explanation",
  "“等待期后首次确诊”——这八个字,是重疾险条款里一个沉默的“守门员”。")
P("wechat_mp", "article", "guide", "https://seanxp.com/2019/02/25/insurance/",
  "date: 2019-02-25; personal blog on buying insurance; buying principles",
  "保险最大的风险是你购买的保障并不是你真正需要的保障(不需要的东西,再便宜再贵也没有意义)\n  • 保险是为了保障家庭主要经济来源,避免风险损失,不是为了让保险公司赔偿\n  • 先大人,后小孩/老人(先保障家庭主要收入来源稳定)\n  • 先保障,后理财(保险是转嫁风险的工具,不是用来投资的)")
P("toutiao", "article", "warning", "https://mftsp.com/12996",
  "date: n/a; critical essay warning about 理财险 illustrations; 复利/收益 vocabulary in a warning voice",
  "保险业最精妙的话术,是把“不确定性”包装成“确定性”。业务员用复利计算公式在纸巾背面画曲线时,从来不会告诉你那些演示收益右上角的小字“仅供参考”。我见过太多人把教育金、养老金保单锁进抽屉时脸上那种安心的表情,像极了把愿望投进许愿池的游客。")

# q: 美元利變型壽險 宣告利率 推薦 穩定 儲蓄險 台灣
P("wechat_mp", "article", "marketing", "https://yesdaily.com/xinwen_216719.html",
  "date: n/a; savings-insurance ranking page (Taiwan content in simplified characters) that calls its own ranking the fairest in Taiwan",
  "下面提供给您,全台最公正的储蓄险评比,本站排名只看数据分析,不偏好任一家寿险公司。",
  [("ad_absolute", "全台最公正")])
P("wechat_mp", "article", "marketing", "https://yesdaily.com/xinwen_216719.html",
  "date: n/a; same ranking page, buying criteria with a surrender-loss warning",
  "(3)解约费用率越低越好,虽不建议提早解约,因提早解约可能会产生本金损失,但未来会不会发生临时状况,而急需一笔资金,是无法预知的。此费用率主要影响的是6年内的回报率。")
P("xiaohongshu", "article", "guide", "https://vocus.cc/article/67f7c5adfd89780001344146",
  "date: 2025; consumer-education post on 利變型保單 (traditional characters); warns the declared rate is not guaranteed and not a deposit",
  "不過要注意的是,宣告利率不是保證的!保險公司不會承諾每年都給你高利率,所以別把它當成定存看待。")
P("toutiao", "article", "news", "https://udn.com/news/story/7239/9115244",
  "date: 2025-11-04; 經濟日報 news on declared-rate changes; superlatives only in a reporting voice",
  "友邦人壽因10月推出二張新的美元利變型保單，其中「友利雙盈美元利率變動型終身壽險」宣告利率為4.35%，與宣布11月份不調整美元保單宣告利率的台灣人壽、合庫人壽及遠雄人壽並列冠軍。")
P("toutiao", "article", "news", "https://businesstoday.com.tw/article/category/183021/post/202502260049",
  "date: 2025-02-26; 今周刊 news explaining 利變 policies and rate cuts",
  "因宣告利率是根據區隔資產帳戶的投資績效作為平均報酬率,當市場降息時,宣告利率調整的時間可能落後於市場,因而出現高於市場利率的情況。台灣人壽指出,保險公司可透過平穩結餘調整機制,減少降息對宣告利率的影響。因此,去年當聯準會啟動降息後,美元利變保單挾著「利率緩降」的誘因,買氣明顯增溫。")
P("wechat_mp", "article", "guide", "https://aia.com.hk/zh-cn/our-products/further-product-information/profit-sharing-ratio.html",
  "date: n/a; insurer's own page explaining how participating-policy surplus is shared",
  "分红保险计划让我们与保单持有人分享该分红保险计划及其相关分红保险计划所赚取的利润。此计划专为长期持有保单人士而设。保单持有人可以透过保单中的红利及/或分红得到公平分配的可分盈馀,而可分盈馀指由我们釐定的可分配给保单持有人的利润。")

# q: 产品说明会 邀约 话术 年金 客户 活动 礼品 签单 奖励
P("moments", "article", "marketing", "https://www.renrendoc.com/p-67636115.html",
  "date: n/a; an insurer's 产说会 (sales seminar) operations manual marked 内部资料, re-published on a document-sharing site",
  "金裕人生产说会操作手册(整合版)圈中人 金 裕 人 生 产 说 会 操 作 手 册圈中人- 21 - 内部资料圈中人寿险资源网收集整理制作,未经授权请勿转载转发,违者必究!一、产说会概述:小胜靠个人,中胜靠团队,大胜靠平台。",
  [("confidential_info", "内部资料")])

# q: 产品亮点 复利3.0% 写进合同 ... / 防癌险 老人 推荐 ...
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/index.php/view/136198.html",
  "date: n/a; product explainer for a 2.0% 增额终身寿 (和泰乐享久久); contrasts it correctly with participating/universal products",
  "乐享久久(齐鲁版)的本质是一款增额终身寿险,其核心特征是“有效保险金额按固定利率复利增长”,且保障覆盖终身。与分红险、万能险等带有不确定性的产品不同,它通过合同约定的2.0%复利递增规则,为客户锁定长期增值空间,同时通过身故/全残保障实现风险兜底。")
P("wechat_mp", "article", "marketing", "https://www.zuihuibi.cn/?portfolio=60%25E5%25B2%2581%25E5%25B7%25A6%25E5%258F%25B3%25E7%259A%2584%25E8%2580%2581%25E4%25BA%25BA%25EF%25BC%258C%25E4%25BF%259D%25E9%2599%25A9%25E5%2588%25B0%25E5%25BA%2595%25E5%25BA%2594%25E8%25AF%25A5%25E6%2580%258E%25E4%25B9%2588%25E4%25B9%25B0%25EF%25BC%259F",
  "date: 2018; broker (最惠比) article on insuring people around 60; explains age and health-disclosure limits",
  "2、健康告知要求严格\n老年人或多或少都有一些疾病,高血压、高血脂、高血糖、糖尿病也是非常常见的,只要有这些毛病购买医疗险、重疾险其实就比较难了。")

# q: 少儿重疾险 推荐 宝妈 必买 ... / 某某保险 理赔难 ...
P("wechat_mp", "article", "marketing", "https://youzhiyouxing.cn/materials/2023",
  "date: 2025-10-01; product review of a children's CI product (达尔文宝贝计划12号); factual benefit description",
  "少儿特定疾病和罕见病还有额外赔付。比如高发的白血病,买 50 万保额,就能赔到 100 万。这项保障没有时间限制,孩子长大成人后确诊也能赔。")
P("wechat_mp", "article", "marketing", "http://cmbchina.cignacmb.com:8080/financing/1600.html",
  "date: n/a; insurer-site explainer on children's CI cover; claim only for listed diseases",
  "宝宝重大疾病险,顾名思义,就是专门为患上重大疾病的宝宝来提供保障的保险产品。当被保险宝宝因患上重大疾病时,必须由专科医生确诊,一经确诊是在保险合同中所列举的大病种类保障范围之内,投保人就可向保险公司申请理赔。")
P("toutiao", "article", "warning", "https://www.shengjuzx.top/news/hyzx/733146683478085.shtml",
  "date: n/a; anti-fraud guide on fake and real agents; 高额回报/年化利率 in a warning voice",
  "相较于假保代的直接诈骗,真保代利用信任 “杀熟” 的行为更具迷惑性。李先生与保险代理人 A 相识多年,还通过其投保过多份保险,对 A 的专业身份深信不疑。当 A 得知李先生有闲置资金时,便推荐两款 “年化利率 8%” 的理财产品,声称是 “大老板项目”,安全有保障。")
P("weibo", "article", "guide", "http://www.jukan.net/baoxian/202008/15019.html",
  "date: 2020-08; a customer's own tips on buying insurance (理赔 vocabulary, explanatory voice)",
  "为什么大家都讨论保险是否骗人的问题。有一句顺口溜:“劝你买保险时什么都赔,理赔时什么都不赔”。糟糕的理赔体验大大降低了投保人的满意度。")

# q: 增额寿 替代 大额存单 国债 比较 划算 保险 收益 更高 推荐买
P("toutiao", "article", "marketing", "https://ws46.com/showinfo-7-151396-0.html",
  "date: n/a; article comparing 增额终身寿 with long-term treasury bonds; insurance called principal-and-interest-protected 理财 that survives insurer bankruptcy",
  "增额终身寿险从理论上来说也是一款保本保息的理财产品,哪怕是保险公司破产都不怕。只不过,它的保本保息是有条件的,那就是在一定期限内不能退保,否则就未必能保本。",
  [("guaranteed_return", "保本保息的理财产品"), ("guaranteed_return", "哪怕是保险公司破产都不怕")])
P("toutiao", "article", "marketing", "https://ws46.com/showinfo-7-151396-0.html",
  "date: n/a; same article; insurance return compared with treasury bonds to its advantage",
  "假如同样是3%的收益率,如果按复利计算,10万元买增额终身寿险,30年的利息能超过14万元,而如果买国债,10万30年的利息就是9万元。 所以,在收益方面,增额终身寿险比国债略胜一筹。",
  [("deposit_comparison", "增额终身寿险比国债略胜一筹")])
P("toutiao", "article", "marketing", "https://ws46.com/showinfo-7-151396-0.html",
  "date: n/a; same article, opening; insurance set against bank deposits as a stable 理财",
  "尽管市面上的稳健理财仍然有不少,但能够保持几十年的收益都稳定的理财却不多,哪怕是银行存款也做不到。能做到几十年的收益率都没什么变化的,能够想到的就是增额终身寿险和长期国债,那么这两种理财哪个更好呢?",
  [("deposit_comparison", "哪怕是银行存款也做不到")])
P("wechat_mp", "article", "marketing", "https://mibaoxian.com/article/107162.htm",
  "date: n/a; insurance-site article (米保险): treasury bonds vs 增额终身寿; claims the policy is more liquid than bonds",
  "增额终身寿险在流动性方面则相对更加灵活。投资者可以通过减保的方式领取部分保单现金价值,以满足临时资金需求。不过,减保后保额会降低,从而影响到保单的复利增值。",
  [("deposit_comparison", "增额终身寿险在流动性方面则相对更加灵活")])
P("wechat_mp", "article", "marketing", "https://yibuda.com/post/2024.html",
  "date: 2024; article '别再把钱放余额宝了'; savings insurance listed as a risk-free locked-return tool next to deposits and bonds",
  "其实,就目前来看,市面上能锁定收益的无风险理财工具,主要就三种:\n银行存款\n国债\n储蓄险\n那这 3 种方法,到底谁的收益更高呢?",
  [("guaranteed_return", "能锁定收益的无风险理财工具")])

# q: 储蓄险 和 定期存款 哪个好 储蓄险 收益 更高 还有保障
P("xiaohongshu", "article", "qa", "https://www.surgenepal.com/wenda/12-575939",
  "date: 2025; public Q&A answer comparing savings insurance with time deposits; insurance return said to usually beat deposits",
  "储蓄险通常提供较为稳定的长期收益。其收益水平可能受到内部收益率(IRR)等因素的影响,但长期来看,往往能够提供超过定期存款的回报。尤其是在当前低利率环境下,储蓄险的收益优势更加明显。",
  [("deposit_comparison", "往往能够提供超过定期存款的回报")])
P("xiaohongshu", "article", "qa", "https://licai.jiantou8.com/ask/qa_5802270.html",
  "date: n/a; public Q&A answer on savings insurance vs bank deposits; explanatory",
  "• 储蓄型保险:流动性较差。通常有较长的缴费期和保障期,若提前退保,只能拿回现金价值(前期现金价值远低于已交保费,损失较大);部分产品支持保单贷款,但贷款额度和期限也有限制。")
P("toutiao", "article", "guide", "https://www.zuowenti.com/news/229330.html",
  "date: n/a; explainer on bank deposits vs insurance products; deposit-insurance and dividend uncertainty explained",
  "从安全性来看,银行存款是受存款保险制度保护的,在我国,同一存款人在同一家银行50万元以内的存款本金和利息能够得到全额保障。这意味着即使银行出现问题,储户的资金也能得到一定程度的保障。而保险产品的安全性主要依赖于保险公司的信誉和实力。")

# q: 年金险 vs 银行存款 哪个好 ... / 分红险 和 理财产品 哪个好 ... / 增额终身寿险 和 基金 哪个好 ...
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/838836.html",
  "date: n/a; insurance-guide site article on annuities vs bank deposits; annuity return said to be higher and certain",
  "然而,从收益的角度来看,年金险的收益则相对较高。年金险的收益率通常高于银行存款利率,且年金险的收益是确定的,投保人可以在购买时了解到未来的收益情况。而银行存款利率则受到市场利率的影响,存在不确定性。",
  [("deposit_comparison", "年金险的收益率通常高于银行存款利率")])
P("weibo", "article", "marketing", "http://cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=5897",
  "date: 2020-12-09; forum post by a seller promoting a named annuity ('咱们华夏这款福临门'); deposit comparison and return hype",
  "1、从收益上来讲,长远来看,保险年金可以挑选出收益比银行定期更高的。年金保险可以是复利增值的。比如咱们华夏这款福临门,收益高的让人感动涕零:\n2、从安全性上来讲,银行和保险年金一样的安全。",
  [("deposit_comparison", "收益比银行定期更高"), ("guaranteed_return", "收益高的让人感动涕零"),
   ("deposit_comparison", "银行和保险年金一样的安全")])
P("toutiao", "article", "marketing", "https://www.hkyyi.com/html/jie-mi-li-cai-bao-xian-yu-li-cai-chan-pin-feng-xian-yu-shou-yi-bei-hou-de-zhen-xiang.html",
  "date: n/a; article on '理财保险' vs wealth products; participating insurance called stable, no uncertainty statement in the paragraph",
  "以分红型理财保险为例,其投资收益和分红通常较为稳定,适合风险承受能力较低的投资者。",
  [("guaranteed_return", "其投资收益和分红通常较为稳定"), ("missing_disclosure",)])
P("xiaohongshu", "article", "qa", "https://www.surgenepal.com/wenda/8-598024",
  "date: 2025; public Q&A answer on whether participating insurance is worth it; higher return than deposits (uncertainty mentioned)",
  "相比银行存款,分红型保险的收益可能更高,尤其是在低利率环境下,保险产品的利率优势更为明显。",
  [("deposit_comparison", "相比银行存款,分红型保险的收益可能更高")])
P("toutiao", "article", "marketing", "https://600607.com/7afc694e568a.html",
  "date: n/a; article 分红保险 vs 定期存款; listed 'advantage' of stable long-term returns with no uncertainty statement",
  "分红保险的优势\n1、长期稳定收益:分红保险的收益主要来源于保险公司的投资收益,通常情况下,收益相对稳定,长期持有可以获得不错的回报。",
  [("guaranteed_return", "收益相对稳定,长期持有可以获得不错的回报"), ("missing_disclosure",)])
P("toutiao", "article", "news", "http://caijing365.com/html/bank/baoxian/20170625/44865.html",
  "date: 2017-06-25; news explainer stressing that dividends are not guaranteed",
  "记者再三强调一下:保险的分红是不确定的!保险宣传中提到的只是演示分红,并非实际分红。其次,一般来说,分红计算的基数不是你交的保费,而是保单的现金价值。同样,如果投保人想要退保,能够拿回的钱也是当年对应的现金价值,而非所交的全部保费。")
P("wechat_mp", "article", "marketing", "https://www.unibao.com/news/91",
  "date: n/a; broker-site article (优彼保) 增额寿 vs bank wealth products vs fund plans; certainty overstated",
  "它追求的不是“更高”,而是“更稳”和“更远”。它的核心使命,是在几十年的漫长时间里,为家庭资产提供一个100%确定的、安全无虞的“底”",
  [("guaranteed_return", "100%确定的、安全无虞的“底”")])
P("wechat_mp", "article", "marketing", "https://www.unibao.com/news/91",
  "date: n/a; same article, comparison table row; policy liquidity likened to a current account",
  "| 流动性 | 前期差,后期灵活。前期退保会有损失,但后期可通过“减保”灵活取用,类似活期。",
  [("deposit_comparison", "类似活期")])
P("toutiao", "article", "marketing", "https://news.vobao.cn/article/1145616899990186221.shtml",
  "date: n/a; insurance-portal article 两全险 vs 增额寿; cash value said to grow at the contract rate; policy called a savings account",
  "投保后,保单现金价值会按合同约定的年复利率(如3.0%、3.5%)逐年稳健增长,时间越长积累效应越惊人。身故保障额度通常与现金价值同步提升,覆盖终身。这使得增额终身寿具备了独特优势:它既是一份终身有效的身价保障,更是一个安全、锁定利率的复利储蓄账户。",
  [("guaranteed_return", "保单现金价值会按合同约定的年复利率(如3.0%、3.5%)逐年稳健增长"),
   ("deposit_comparison", "一个安全、锁定利率的复利储蓄账户")])

# q: 香港储蓄险 和 内地增额寿 哪个好 / 教育金保险 和 存钱 哪个好 / 养老年金 和 个人养老金 哪个好
P("wechat_mp", "article", "marketing", "https://blob.wenxiaobai.com/article/1831916c-5063-17d1-2588-030a3717e627",
  "date: n/a; article by a self-described 保险顾问 comparing HK and mainland cover; HK participating CI sum assured growth stated as fact",
  "香港优势:重疾险自带分红功能,保额随通胀增长。例如,香港某重疾险投保3万美元,80岁时保额可增至193万美元,有效抵御通胀。此外,癌症多次赔付(间隔期1-3年)是标配,疾病定义更宽松。",
  [("guaranteed_return", "80岁时保额可增至193万美元"), ("missing_disclosure",)])
P("wechat_mp", "article", "guide", "http://www.bdren.com.cn/product/449.html",
  "date: n/a; explainer (traditional characters) on HK vs mainland savings insurance; risk of non-guaranteed dividends stated",
  "- 香港儲蓄險:由于投資范圍更廣(如全球股票、債券等),潛在收益率較高,但風險也相對較大。分紅多為非保證,取決于保險公司的投資表現。")
P("xiaohongshu", "article", "qa", "https://m.cameronpac.com/wenda/12-564415",
  "date: n/a; public Q&A answer: insurance vs saving cash for a child; insurance called safer than banks",
  "风险偏好低:追求收益稳定、长期增值,且希望资金安全有保障(保险受《保险法》保护,安全性高于银行)。",
  [("deposit_comparison", "保险受《保险法》保护,安全性高于银行")])
P("toutiao", "article", "news", "https://www.xyz.cn/study/detail-100778.html",
  "date: 2012-03-13; newspaper Q&A on education savings deposits vs education insurance; neutral",
  "教育金保险与教育储蓄的储蓄收益很难进行简单对比。若藏女士打算为5岁的女儿存6年期教育储蓄,每月存入277元,到女儿11岁时,共存了本金19944元,可得利息1692.5元,本息合计21636.5元。而若藏女士为女儿投保3份保险公司的某少儿保险A款,则共需缴纳费用5679元,到女儿12岁时开始领取教育金,共可领取6762元。")
P("toutiao", "article", "marketing", "http://yunnanlong.com/c/09211K03432022_2.html",
  "date: 2022-09; education-annuity article (machine-rewritten copy); compound IRR restated as a larger simple-interest rate and likened to savings",
  "以垄断为例 , 3.94%的复利对应5.73%的单利 , 收益率还是很不错的 。教育经费的支付方式有两种:批发支付和分期支付 。如果你有钱 , 最好批量支付 。保费交得越早 , 产生收益的时间越长 , 整体收益率就越高 。如果你一下子拿不出这么多钱 , 你可以分期付款 。百万富翁国家保险等所有产品都可以按月缴费 , 缴费就停 。钱多可以 , 没钱可以少交 。就像储蓄一样 , 每个月存点钱 , 可以为孩子省下不少教育费 , 符合大多数人的实际情况 。",
  [("deposit_comparison", "3.94%的复利对应5.73%的单利"), ("deposit_comparison", "就像储蓄一样")])
P("xiaohongshu", "article", "qa", "https://www.surgenepal.com/wenda/11-566727",
  "date: n/a; public Q&A answer on annuity vs pension insurance; an example payout stated as a certainty",
  "案例:30岁男性年缴10万,交5年,选择10年后开始领取,每年可领约6万元,连续领10年,期满返还已交保费,兼顾中期资金需求与本金安全。",
  [("guaranteed_return", "每年可领约6万元,连续领10年,期满返还已交保费")])

# q: 预定利率 2.5% 即将切换 8月31日 前 投保 抓紧 增额寿 停售潮
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/133934.html",
  "date: 2025; training/marketing article on the 2.5% pricing-rate switch; countdown framing for in-force products",
  "2025 年三季度,监管研究值预计跌破 2.25%,现行 2.5% 预定利率产品进入“最后 60 天”倒计时。",
  [("stop_sale_hype", "进入“最后 60 天”倒计时")])
P("wechat_mp", "article", "marketing", "https://youzhiyouxing.cn/materials/1973?opinion_sort=new",
  "date: 2025-07-28; insurance column explaining the pricing-rate cut factually and questioning 炒停售",
  "根据这一结果,目前所有 2.5% 预定利率的产品都将下架,市场大概率会在 8 月 31 日前后新老产品切换。之后,固收型产品的预定利率上限很可能下调至 2%,分红型产品可能降至 1.75%,万能险的保底利率则可能下调至 1%。")
P("toutiao", "article", "news", "https://nginx-hzwcm.hangzhou.com.cn/hzwcm/site3/mweb/ja0fc/content_9124497.html",
  "date: 2025 autumn; 都市快报 news citing an insurer's published claims report; customer only as 王女士 (masked)",
  "根据《中国人寿2025年三季度寿险理赔服务报告》显示,2025年前三季度,中国人寿理赔总件数4409万件,理赔总金额733亿元。其中,健康保险责任理赔件数超4340万件,同比提升超13.3%,理赔金额超560亿元,同比提升超2.2%。前三季度,医疗、重疾的赔付占比分别为58.0%、18.3%,占比很高。")

# q: 萬用壽險 派息 保證 回報 高達 年 利率 推介 港人 / 保险代理人 自我介绍 ... MDRT
P("wechat_mp", "poster_text", "marketing", "https://1.800.gay:443/https/www.scribd.com/document/587545172/MLA-brochure-0420",
  "date: 2020-04 (brochure code MLA-0420; copy served through a proxy address as returned by the tool); HK insurer's annuity brochure, bilingual; superlative feature headline",
  "挑選一個合適的年金計劃,最重要是……\nThe most important features for your ideal annuity plan are…\n\n最穩定增長 傳承最愛",
  [("ad_absolute", "最穩定增長")])
P("wechat_mp", "poster_text", "marketing", "https://1.800.gay:443/https/www.scribd.com/document/587545172/MLA-brochure-0420",
  "date: 2020-04; same brochure, intro paragraph (guaranteed lifetime annuity described)",
  "要實現豐盛的退休生活,除進行策略性的投資外,更必須妥善\n管理風險。萬通終身年金助你優化資產配置,更是分散風險\n使財富穩定增長的理想工具,讓你退休後仍繼續月月有糧出,\n實現豐盛退休生活。")
P("wechat_mp", "article", "marketing", "https://10life.com/zh-HK/blog/top-10-highest-guaranteed-return-savings-insurance-jan-2017",
  "date: 2017-01; HK broker's ranking of guaranteed returns; caveat on early withdrawal",
  "要注意的是,這些保證回報是在保單達30年期後才可兌現。如果在30年期內提取保單的保證現金價值,回報會減低(甚至可以是負回報率)。")
P("toutiao", "article", "news", "https://news.mingpao.com/pns/%E7%B6%93%E6%BF%9F/article/20250825/s00004/1756051434607/%E6%8A%95%E4%BF%9D%E5%84%B2%E8%93%84%E5%A3%BD%E9%9A%AA-%E7%95%99%E6%84%8F%E7%B4%85%E5%88%A9%E9%9D%9E%E4%BF%9D%E8%AD%89",
  "date: 2025-08-25; 明報 personal-finance column: dividends not guaranteed, surrender losses",
  "【明報專訊】相比許多地方，香港稅率不高，退休後的福利保障亦相對較少，所以大多數香港人慣於自食其力，平日努力儲錢，冀未雨綢繆安享晚年，其一常用的儲錢和保障方法，是購買有儲蓄成分的保險產品。但要留心，具分紅成分的人壽保險，相比沒有儲蓄成分的定期人壽（Term Life），保費較高，而且紅利並不保證，若然提早退保，還可能有重大損失，因此投保前應先做「功課」。")
P("toutiao", "article", "news", "http://www.jxzk19.com/articles/2025-06-12/3906102.html",
  "date: 2025-06-12; 每日經濟新聞 (traditional copy) on agents dropping MDRT titles after 金規〔2025〕13號; superlatives only in a reporting voice",
  "近年來,MDRT得到行業越來越多的熱捧,甚至被譽為全球壽險精英的最高盛會,每年榜上有名的保險機構無不大力宣傳自身入選人數,以彰顯營銷隊伍的高收入、高產能、高素質,乃至帶動相當部分的保險機構皆以MDRT人數作為個險轉型與發展的成果和追求。")

# q: 2019 年金险 开门红 主打 产品 ... / 意外险 什么都赔 ... / 银保 产品 宣传折页 ...
P("wechat_mp", "article", "marketing", "https://www.163.com/dy/article/KEM9ISAB0519Q647.html",
  "date: 2025-12/2026 开门红 season; broker's review of big insurers' 开门红 products; universal account likened to 余额宝",
  "而万能账户,依旧是保底加浮动两部分组成。\n可以理解成一个有保底收益的“余额宝”。\n其中主险不领的钱可以放进去二次增值。",
  [("deposit_comparison", "可以理解成一个有保底收益的“余额宝”")])
P("wechat_mp", "article", "marketing", "https://www.163.com/dy/article/KEM9ISAB0519Q647.html",
  "date: 开门红 season; same review, warning paragraph about universal-account illustrations",
  "有些为了夸大产品的收益,会把不确定的万能账户结算利率,当做确定的收益来演示。\n所以咱们一定要擦亮眼睛,主险本身的收益才是根基。")
P("wechat_mp", "article", "marketing", "https://128885.nync.com/article/1571760.html",
  "date: n/a; seller's ('兔保哥') accident-insurance article ending in a card-product promotion; superlative opener",
  "由于价格低、保障多,意外险成了很多人居家必备之首选。\n但意外险还真不像看起来那么简单,兔保哥今天就来详细地扒一扒。",
  [("ad_absolute", "首选")])
P("toutiao", "article", "news", "https://reportify.cn/tags/concept?tagValue=%E9%94%81%E5%AE%9A%E6%94%B6%E7%9B%8A",
  "date: 2026-02-03; summary of a 中国证券报 report on banks pushing participating policies as deposits mature; reporting voice",
  "行业趋势:银行渠道营销重点转向保险产品 - 在存款利率持续调降的背景下,银行“开门红”期间营销策略发生显著变化,客户经理不再主推存款续存,而是大力推销保险产品,尤其是分红险和年金险 [1]")

# q: 终身寿险 推荐 理由 保险公司 不会倒闭 ... / 消费者权益保护 风险提示 ...
P("wechat_mp", "article", "marketing", "https://xyz.cn/discover/detail-zhongshenshouxian-3156862.html",
  "date: n/a; broker-platform (新一站) explainer on whole life; heading and claim that it carries no risk",
  "四、稳定0风险\n终身寿险很稳定没有什么风险,最适合用来充作养老金和教育金,终身寿险相较于定期寿险的保费会高一点,所以购买终身寿险也需要考虑自身的资金是否充足。",
  [("guaranteed_return", "稳定0风险"), ("guaranteed_return", "终身寿险很稳定没有什么风险"), ("ad_absolute", "最适合")])
P("wechat_mp", "article", "marketing", "http://zhonghuafloor.com/wangshangpeizichaxun/164837.html",
  "date: n/a; article '终身寿险靠谱吗'; cash value said to compound at the contract rate",
  "增额终身寿险:保额和现金价值按约定利率(如2.5%-3%)复利增长,长期持有可增值,适合中长期理财规划。",
  [("guaranteed_return", "保额和现金价值按约定利率(如2.5%-3%)复利增长")])
P("wechat_mp", "article", "marketing", "http://zhonghuafloor.com/wangshangpeizichaxun/164837.html",
  "date: n/a; same article, target-customer list; policy as a substitute for savings",
  "适合人群\n1. 高净值人群:需资产传承、税务规划或债务隔离。\n2. 家庭责任重者:希望确保子女/配偶终身经济保障。\n3. 长期理财需求者:能接受低风险、长周期增值(增额寿险替代部分储蓄)。",
  [("deposit_comparison", "增额寿险替代部分储蓄")])
P("toutiao", "article", "guide", "http://www.qkl6.com/post/1372.html",
  "date: n/a; explainer '终身寿险靠谱吗'; statutory transfer of policies if an insurer fails (accurate for life insurers)",
  "稳定性强,受法律保护\n\n保险公司受银保监会监管,即使公司破产,保单也会由其他保险公司接管,保障投保人权益。")
P("toutiao", "article", "warning", "http://www.xyly.net.cn/h/ly/fengxiantishi/list-85.html",
  "date: 2020-04; association/regulator risk warning on '代理退保' schemes; quotes the schemes' claims in a warning voice",
  "日前,银保监会官网发布《关于防范“代理退保”有关风险的提示》,警示“代理退保”中存在的种种损害消费者合法权益的行为,揭示了其中的失去正常保险保障、资金受损或遭受诈骗以及个人信息泄露三重风险。这类行为不仅扰乱了保险市场的正常经营秩序,而且最终会损害保险消费者的合法权益。")

# q: 学平险 推荐 家长 必买 一年 100元 什么都保 住院 全报
P("wechat_mp", "article", "marketing", "http://www.baozhidao18.com/shouxian/siwangbaoxian/20190827-5985.html",
  "date: 2019-08-27; seller's ('哆啦') back-to-school 学平险 article; all-round coverage promise",
  "买学平险之前,我们应该先搞清楚孩子面临的风险是什么,再有针对性的配置保险,360度无死角保障!",
  [("coverage_exaggeration", "360度无死角保障")])
P("toutiao", "article", "marketing", "https://blob.wenxiaobai.com/article/181be2f9-0b98-8400-3e82-030a541fe61a",
  "date: 2025-01-22; AI-platform article calling 学平险 a '神器'; no health disclosure claimed",
  "3. 投保简便:无需健康告知,只要身体健康、能正常学习生活的学生都可投保。",
  [("coverage_exaggeration", "无需健康告知")])
P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/957778143469483578.shtml",
  "date: n/a; insurance-portal explainer on 学平险; notes the 2015 ban on schools collecting premiums",
  "教育部为避免学校滥用职权和保险公司合作,成为“保险中介”,额外搞“创收”,早在2015年就发布《意见》禁止学校代销商业保险、代收保费,强制家长为孩子购买保险。")
P("toutiao", "article", "news", "https://c.m.163.com/news/a/GITVVET705398E09.html?from=subscribe",
  "date: n/a; 网易 column on 学平险: schools may not collect premiums; neutral",
  "其实在之前,学校都是统一购买学平险的,属于强制性质的,但是为了避免学校乱收费的问题,2015年6月,教育部、国家发改委发布《关于2015年规范教育收费治理教育乱收费工作的实施意见》,提出严禁各级各类学校代收商业保险保费,不允许保险公司进校设点推销商业保险。")

# q: 保費回贈 優惠 推廣 期內 投保 儲蓄計劃 首年保費 折扣
P("wechat_mp", "poster_text", "marketing", "https://www.bochk.com/dam/insurance/itarget/tc.html",
  "date: 2024 (promo to 2024-06-30); HK bank's product page for a 3-year savings plan (traditional characters); sales-ranking No.1 claim",
  "「目標三年網上儲蓄保險計劃」\n為中銀香港手機銀行人壽保險產品\n銷量排行 No. 1 。",
  [("ad_absolute", "銷量排行 No. 1")])
P("wechat_mp", "poster_text", "marketing", "https://www.bochk.com/dam/insurance/itarget/tc.html",
  "date: 2024; same page, flash promotion: first-year premium discount with a promo code, 'while quota lasts'. Judgement call: legal as an HK insurer's own offer, labelled because reposted to mainland readers it is a premium rebate plus quota urgency",
  "快閃優惠\n高達11.31%首年保費*折扣優惠\n推廣碼 UH7\n由即日起至2024年06月30日( 「推廣期」)輸入推廣碼投保目標三年網上儲蓄保險計劃(「本計劃」)即有機會獲享首年保費*折扣優惠。額滿即止!",
  [("improper_inducement", "高達11.31%首年保費*折扣優惠"), ("stop_sale_hype", "額滿即止")])

# ---- END ITEMS


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
        phrase = lab[1]
        occ = lab[2] if len(lab) > 2 else None
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
    spans = [(f["category"], f["start"]) for f in findings]
    if len(spans) != len(set(spans)):
        errors.append(f"{pid}: duplicate finding")
    return findings, errors


# Items that share a 15-character shingle with an earlier evaluation or training set (checked when the set
# joined the project), left out of posts.jsonl.
SHARED_WITH_EARLIER_SETS = {"RW11-0010", "RW11-0030", "RW11-0053", "RW11-0063"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    up = os.path.join(here, "used_sources.txt")
    if os.path.exists(up):
        used = {l.strip() for l in open(up, encoding="utf-8") if l.strip()}
    errors, rows, texts = [], [], set()
    per_source = Counter(it["source"] for it in ITEMS)
    for s, n in per_source.items():
        if n > 6:
            errors.append(f"more than 6 items from {s}: {n}")
    for n, it in enumerate(ITEMS, 1):
        pid = f"{PREFIX}-{n:04d}"
        text = it["text"]
        if text != text.strip() or not text:
            errors.append(f"{pid}: text empty or has surrounding whitespace")
        if text in texts:
            errors.append(f"{pid}: duplicate text")
        texts.add(text)
        if it["source"] in used:
            errors.append(f"{pid}: source already used by an earlier set: {it['source']}")
        if not re.match(r"https?://", it["source"]):
            errors.append(f"{pid}: bad source {it['source']!r}")
        if it["channel"] not in CHANNELS:
            errors.append(f"{pid}: bad channel {it['channel']}")
        if it["content_type"] not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {it['content_type']}")
        if it["genre"] not in GENRES:
            errors.append(f"{pid}: bad genre {it['genre']}")
        findings, errs = resolve(pid, text, it["labels"])
        errors.extend(errs)
        if it["genre"] in ("warning", "guide", "news", "qa") and findings:
            pass  # allowed (a Q&A answer by a seller may violate) but listed below
        rows.append({"id": pid, "channel": it["channel"], "content_type": it["content_type"], "genre": it["genre"],
                     "text": text, "account_owner": None, "findings": findings, "source": it["source"],
                     "note": it["note"]})
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    # Left out after the build (postguard round 40): items sharing a 15-character shingle with an earlier set.
    rows = [r for r in rows if r["id"] not in SHARED_WITH_EARLIER_SETS]
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(f["category"] for r in rows for f in r["findings"])
    dirty = sum(1 for r in rows if r["findings"])
    print(f"items {len(rows)}  positive {dirty}  clean {len(rows) - dirty}  distinct sources {len(per_source)}"
          f"  max/source {max(per_source.values()) if per_source else 0}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("genre x positive", dict(sorted(Counter((r["genre"], bool(r["findings"])) for r in rows).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))


if __name__ == "__main__":
    main()
