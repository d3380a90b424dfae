#!/usr/bin/env python3
"""realworld-9: labelled evaluation corpus of REAL public Chinese insurance-marketing text (stdlib only).

Each item is held as data: text copied verbatim from one `search` (corpus "pages") excerpt, its page address,
and labels as (category, phrase) or (category, phrase, occurrence) [occurrence 1-based], or ("missing_disclosure",)
for the post-level finding. Offsets are computed with str.find; the build fails loudly when a phrase is missing or
ambiguous, when a text appears twice, when a source was used by an earlier harvest, or when a page gives >6 items.
Writes posts.jsonl next to this file.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "RW9"
CATEGORIES = {
    "ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
    "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info",
    "pii_name", "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email",
    "pii_policy_number", "pii_health", "missing_disclosure",
}
CHANNELS = {"moments", "wechat_mp", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"caption", "article", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "marketing", "warning", "guide", "news", "qa"}

ITEMS = []


def I(source, genre, channel, content_type, note, text, labels=()):
    ITEMS.append({"source": source, "genre": genre, "channel": channel, "content_type": content_type,
                  "note": note, "text": text, "labels": list(labels)})


# ============================ items ============================
# ---- batch 1 ----
I("https://www.moneypathclass.com/post/2024-savings-insurance-products-review", "marketing", "wechat_mp", "article",
  "date: 2024; Taiwan savings-insurance review blog (traditional characters), product-type section",
  "傳統儲蓄險通常具有較長的保障期限,從10年至30年不等。契約內容明確,保險公司必須依照規定給付,不存在投資風險。同時,這類產品的解約金相對較高,通常在投保年數滿足後,可以領取接近或超過繳納保費的金額。",
  [("guaranteed_return", "不存在投資風險")])
I("https://www.moneypathclass.com/post/2024-savings-insurance-products-review", "marketing", "wechat_mp", "article",
  "date: 2024; same review blog, investment-linked savings insurance section",
  "投資型儲蓄險的優勢在於靈活性高,投保者可以在保險公司提供的多檔基金中進行選擇與調整。此外,這類產品通常提供保本機制,即使投資表現不佳,也能保障最低的保險利益。",
  [("guaranteed_return", "提供保本機制"), ("missing_disclosure",)])
I("https://econmanblog.com/short-term-savings-insurance-compare-26", "marketing", "wechat_mp", "article",
  "date: 2026; HK short-term savings-insurance comparison blog, title and lead",
  "短期儲蓄保險比較2026:5款高回報產品推薦,跑贏定存避開陷阱",
  [("deposit_comparison", "跑贏定存")])
I("https://econmanblog.com/short-term-savings-insurance-compare-26", "marketing", "wechat_mp", "article",
  "date: 2026; same blog, opening paragraph",
  "銀行定存利率持續低迷,資金增值速度跟不上通脹?想尋找一個比定期存款回報更高,同時風險又相對可控的短期理財工具嗎?近年備受關注的短期儲蓄保險,或許是您正在尋找的答案。",
  [("deposit_comparison", "比定期存款回報更高")])
I("https://econmanblog.com/short-term-savings-insurance-compare-26", "marketing", "wechat_mp", "article",
  "date: 2026; same blog, definition section (explains guaranteed vs non-guaranteed parts; clean)",
  "短期儲蓄保險,顧名思義,是一種年期較短的儲蓄型人壽保險。它像一位「混合型理財選手」,既有銀行儲蓄的增值特性,又附加了人壽保險的保障功能。投保人只需在指定年期內(供款期)繳付保費,保險公司便會將資金用作投資,並在保單期滿時,向您派發期滿利益,當中通常包括保證回報及潛在的非保證回報(即紅利)。",
  [])
I("https://bowiemoneydiary.com/2025/11/18/short-term-savings-insurance-comparison-2025", "marketing", "wechat_mp", "article",
  "date: 2025-11-18; HK personal-finance blog comparing short-term savings plans, lead",
  "最近銀行利率變幻莫測,想找個比定期存款回報更高,又能穩健增值的短期理財工具?「短期儲蓄保險」可能就是你尋覓已久的答案。它像是一個「加強版」的定存,既有儲蓄功能,又帶點保障。",
  [("deposit_comparison", "比定期存款回報更高"), ("deposit_comparison", "「加強版」的定存")])
I("https://bowiemoneydiary.com/2025/11/18/short-term-savings-insurance-comparison-2025", "marketing", "wechat_mp", "article",
  "date: 2025-11-18; same blog, how-it-works bullets",
  "保證回報:這是保險公司白紙黑字承諾,到期時必定會支付給你的金額,穩賺不賠。",
  [("guaranteed_return", "穩賺不賠")])
I("https://www.blue.com.hk/blog/hk/savings-insurance-guaranteed-returns/", "guide", "wechat_mp", "article",
  "date: 2022-12-20; HK insurer blog explainer on guaranteed vs expected returns (clean)",
  "預期回報是指如果沒有意外事件發生時根據已知信息所預測能得到的收益率,其收益金額並非保證,而是由保險公司釐定。",
  [])
I("https://www.rinaloveslife.com/news/hui-min-bao-you-shi-fen-xi-tou-bao-men-kan-di-bao-fei-qin-min-bao-zhang-gao-dan-mian-pei-e-gao-bao-x.html", "marketing", "wechat_mp", "article",
  "date: c.2024; self-media explainer/promo of 惠民保; judgement: 政府背书 goes beyond 政府指导、商保承办",
  "- 为什么门槛低? 惠民保由政府背书,目的是扩大保障覆盖面,而非盈利优先。保险公司通过大数据风险共担机制,降低个体风险评估要求。",
  [("false_authority", "惠民保由政府背书")])
I("https://www.bzfwy.com/262561.html", "marketing", "wechat_mp", "article",
  "date: c.2025; 增额终身寿 how-to-buy article, payment section (illustration with caveat; clean)",
  "长期稳定收入:5-10年缴费更适合,如年交5万、10年交,总保费50万,通过时间复利积累更高收益。需注意:缴费期越长,现金价值回正越慢(10年交可能前9年现金价值低于保费)。",
  [])
I("http://m.846650.com/news/2025/11/24/11423456.shtml", "news", "toutiao", "article",
  "date: 2025-11-24; 北京商报 report (traditional-character copy) on zero-threshold insurance promotion (news voice; clean)",
  "手機上點幾下,分享二維碼給朋友,一旦有人投保,就能獲得推廣費。無需專業背景,不用資格證書,甚至不必了解產品條款,只要擁有社交賬號,就能成為保險推廣鏈條上的一環。",
  [])
# ---- batch 2 ----
I("http://smilelifes.blogspot.com/2007/08", "warning", "wechat_mp", "article",
  "date: 2007-08-23; blog copy of a Taiwan magazine piece '保險業務員不會告訴你的10句話' (warning voice; clean)",
  "例如從航空公司地勤人員轉任空姐,意外險的職業等級就從1轉到6,如果仍只繳第1級保費,發生意外時,保險公司可能只會理賠部份保險金。同樣道理,健康狀 況也應誠實告知,假設業務員以「數年內不病發,保險公司就不會發現」為由,鼓勵隱瞞病情,不只該嚴正拒絕,你還該重新考慮是否該換個業務員。",
  [])
I("https://www.businesstoday.com.tw/article/category/80405/post/201806070004/?utm_source=今周刊&utm_medium=延伸閱讀", "news_quote", "moments", "caption",
  "date: 2015-04-11; 今周刊 report: what an agent told a 60-year-old customer when switching his investment-linked policy (quote only)",
  "給他操作一定比較賺!",
  [("guaranteed_return", "一定比較賺")])
I("https://www.businesstoday.com.tw/article/category/80405/post/201806070004/?utm_source=今周刊&utm_medium=延伸閱讀", "news", "toutiao", "article",
  "date: 2015-04-11; same report, adviser's explanation (clean)",
  "宏觀財務顧問平台首席顧問李鳳蘭表示,雖然名為投資型保單,但不代表保單有保本的功能,又或者是保單虧損由保險公司吸收,「投資型保單是由保戶決定投資標的,保戶自然也要自己負責盈虧。」",
  [])
I("https://businessbook.urinfotw.com/books/36ad9962d7b4fea117?feature_id=491", "guide", "wechat_mp", "article",
  "date: 2011-04-29 (book) / 2024-04 (page); blurb of a consumer book listing agents' lines as misconceptions (quoted inside education; clean)",
  "你的保險業務員也是這樣跟你說嗎?\n  1. 意外險保費最低,要節省保費,只要買意外險就可以了。  2. 你需要的保障這麼多,保費已經很低了。  3. 儲蓄險的利率比銀行定存高,買到賺到。  4. 我們的健康險提供全方位的醫療保障,是業界公認最好的保單。  5. 還本型保單到期可以退還保費,絕不會浪費每1塊錢。\n  這些觀念實際上都是錯的!",
  [])
I("http://smarttest.businessweekly.com.tw/Magazine/detail.aspx?id=24502&p=2", "news", "toutiao", "article",
  "date: c.2012; 商業周刊 piece on why agents mislead (commission mechanics; news voice; clean)",
  "一是因為佣金給付的期間長短不同。譬如躉繳型商品(例如還本型儲蓄險、連動債式投資型保單)的佣金都只發放一年,有些業務員在業績的龐大壓力下,就特別容易鼓動保戶不停解舊約、買新單,以便讓自己多賺一次佣金。",
  [])
I("https://www.76hw.com/news/jia-ting-li-cai-tou-zi-ce-lve-zi-nv-jiao-yu-jin-gui-hua-ru-he-xuan-ze-wen-jian-xing-li-cai-chan-pin.html", "guide", "wechat_mp", "article",
  "date: c.2025; education-fund planning guide (clean)",
  "子女教育金规划的核心在于”稳健”二字。教育费用具有刚性特征——无论市场如何波动,孩子到了入学年龄就必须支付学费。因此,与退休规划或财富增值不同,教育金规划对风险的容忍度极低。",
  [])
# ---- batch 3 ----
I("https://360docs.net/doc/4512924867.html", "marketing", "wechat_mp", "poster_text",
  "date: c.2016; internal training slides of a life insurer's Shenzhen branch on 保额销售, uploaded to a document site (internal material published)",
  "公司资料 仅供内部使用 平安福标准件是指平安福主险>30万;高额件是指保单风险保额>50万。",
  [("confidential_info", "公司资料 仅供内部使用")])
I("https://360docs.net/doc/4512924867.html", "marketing", "wechat_mp", "poster_text",
  "date: c.2016; same slides, team activity rate and per-capita FYC figures (internal performance data)",
  "13年-15年间, 深圳25部(何瑞梅)双福活动率从39%提升至60%,部门人均FYC从5027提 升至7327元; 深圳双福活动率从21%提升至44%,深圳人均FYC从2425提升至4190元;",
  [("confidential_info", "部门人均FYC从5027提 升至7327元"), ("confidential_info", "深圳人均FYC从2425提升至4190元")])
I("http://www.hcygmm.com/caijing/1230608.html", "marketing", "toutiao", "article",
  "date: c.2025; self-media article selling savings-type insurance against bank savings",
  "这类产品的核心逻辑,是借助保险的契约属性锁定长期收益,这和传统储蓄的底层逻辑完全不同。银行储蓄看似灵活,却要被动承受利率下行的风险,今天的3%利率,可能几年后就降到2%甚至更低,长期下来收益差距会越来越大。",
  [("deposit_comparison", "银行储蓄看似灵活,却要被动承受利率下行的风险")])
I("http://www.hcygmm.com/caijing/1230608.html", "marketing", "toutiao", "article",
  "date: c.2025; same article",
  "保险在这里提供的不仅是一份合同,更是长期收益的法律保障,这是普通储蓄无法比拟的优势。",
  [("deposit_comparison", "这是普通储蓄无法比拟的优势")])
I("https://www.suwdruck.com/view/134435.html", "marketing", "wechat_mp", "article",
  "date: c.2025; insurance-promotion essay '保险,就是蛮好的人生'; judgement: unprovable superlative about insurance",
  "保险的核心逻辑是“风险共担”。例如,1000人共同购买车险,每人每年交1000元(总保费100万元),若其中10人发生事故,每人获赔10万元(总赔付100万元),则多数人用小额支出覆盖了少数人的大额损失。这种“概率游戏”的本质,让保险成为普通人抵御“黑天鹅”的最有效工具。",
  [("ad_absolute", "最有效工具")])
I("http://www.wenfangge.com/rwfb/97062.html", "guide", "toutiao", "article",
  "date: c.2024; consumer explainer on insurance-plan pitfalls (quotes pitch words as warnings; clean)",
  "自己琢磨琢磨,你买保险时主要看啥?是不是被“每年返XX元”、“收益高达X%”、“大公司有保障”这种词吸引过?结果呢,真遇到事儿:",
  [])
I("http://www.hsgcjy.com.cn/answer/861967024152569190020.html", "qa", "toutiao", "article",
  "date: 2024-05-13; public Q&A answer on insurer solvency (clean)",
  "当核心偿付率>50%,且综合偿付能力充足率>100%,就算是偿付能力达标的公司。",
  [])
I("https://www.ourseo.net/jxfw/202506/301797.html", "guide", "wechat_mp", "article",
  "date: 2025-06; personal essay on insurance (explanatory; clean)",
  "其次,保险也是一种理财规划的方式。很多人认为保险只是花钱买保障,但实际上,许多保险产品兼具储蓄功能。例如,一些终身寿险或年金保险,在提供保障的同时还能积累一定的财富。因此,合理配置保险资金,可以为未来的养老、教育等重要支出做好准备。",
  [])
# ---- batch 4 ----
I("http://www.digipub.cc/dy/article/KIRJM36205239VSD.html?spss=dy_author", "marketing", "toutiao", "article",
  "date: c.2025; self-media (网易号, traditional-character copy) piece on whether insurers can fail; judgement: '國家信用背書' implies a state guarantee beyond 保险法 art 92",
  "國家信用背書下,中國保險業設立的“安全網”密不透風,但警報聲在歷史中確實響起過不止一次。",
  [("false_authority", "國家信用背書")])
I("http://www.digipub.cc/dy/article/KIRJM36205239VSD.html?spss=dy_author", "marketing", "toutiao", "article",
  "date: c.2025; same piece, on 保险法 art 92 (accurate legal description; clean)",
  "這條生命線,就是《保險法》第92條。它要求,經營有人壽保險業務的保險公司“出問題”,其保單和責任準備金必須轉讓給其他“健康”的保險公司;如果無法達成協議,監管部門將直接指定公司接手。",
  [])
I("http://chknak.cn/lianmengxinwen/44100988.htm", "guide", "wechat_mp", "article",
  "date: c.2020; consumer explainer debunking the two-year incontestability myth (question voice; clean)",
  "涉及到健康告知和保险理赔的话题,总有人会问:\n保险有两年不可抗辩,那我健康有问题,是不是不如实告知,也不带怕的!只要熬过两年,保险公司不想赔,也得赔?\n想多了!",
  [])
I("https://www.46km.com/bx/2238", "guide", "wechat_mp", "article",
  "date: c.2019; explainer on health disclosure (clean)",
  "健康告知,看似提高了投保的门槛,但事实上是保障大家承保更公平的手段。如果没有健康告知,一个具有癌症隐患的人和一个身体健康的人均可投保,那必将导致赔付率上升,而保险公司给予赔付的成本最后还是平摊到所有投保人的身上。这对身体健康或只有小毛病的人来说,显然不公平。",
  [])
I("https://www.ainsur.top/insurance/zhongan/sites/GvoaFClJ/sgPpPUAWaZyz/news/106680", "guide", "toutiao", "article",
  "date: c.2025; platform explainer on health disclosure after a refused claim (clean)",
  "健康告知的核心,在于保险公司通过一系列询问,评估被保险人的风险状况。其保障要点并非“保所有病”,而是保障“投保时健康状况符合告知要求”后新发生的、符合合同约定的疾病。关键在于“如实告知”原则,即询问什么,回答什么;怎么问,怎么答。",
  [])
I("https://www.ainsur.top/news/Zc5QS5hpLXBn", "guide", "toutiao", "article",
  "date: 2026-02-02; platform explainer '健康告知:保险公司不会告诉你的三个沉默陷阱' (clean)",
  "“体检报告?我每年都检,没啥大问题,就是些小箭头,医生都说不用管。”这是最常见的误区。保险公司核保时,关注的不是医生口中的“临床意义”,而是任何偏离标准值的“异常记录”。",
  [])
# ---- batch 5 ----
I("https://news.vobao.com/article/1139149465537512851.shtml", "marketing", "wechat_mp", "article",
  "date: c.2025; broker-site article promoting 两全保险万能险; 万能 crediting rates quoted with no uncertainty statement",
  "当前行业数据显示,头部保险公司的万能账户结算利率普遍维持在3.5%-4.5%区间,部分产品通过大数据精算模型动态调整投资组合,在控制风险的前提下提升收益空间。值得关注的是,2024年多家险企推出的新产品增加了「保单质押贷款」功能,允许投保人在紧急情况下最高贷取现金价值80%的资金,进一步强化了流动性优势。",
  [("missing_disclosure",)])
I("https://news.vobao.com/article/1139149465537512851.shtml", "marketing", "wechat_mp", "article",
  "date: c.2025; same article, target-customer section (万能 product, no risk statement)",
  "对于经营波动较大的企业主,该产品的保底收益特性可作为安全资产配置。广东某制造业老板将企业年度利润的20%投保,在2023年行业低迷期通过部分领取功能缓解现金流压力,待2024年经济复苏后继续复利增值,实现资产的跨周期管理。",
  [("missing_disclosure",)])
I("http://www.digipub.cc/dy/article/KJVO023G0536ATJH.html?spss=dy_author", "news", "toutiao", "article",
  "date: c.2025-12; self-media news (traditional-character copy) on falling 万能险 crediting rates (news voice; clean)",
  "以前買萬能險,保險公司會明確承諾一個“最低保證利率”,而且是終身有效,相當于給收益上了道“雙保險”——就算市場利率再低,至少能拿到保底收益,心里有底。",
  [])
I("http://www.yurongpawn.com/a/898241.html", "guide", "toutiao", "article",
  "date: c.2025; explainer on insurance 'wealth-management' products (clean)",
  "别急着下结论,先把概念拉直:所谓“收益率最高的保险理财产品”,并不是某一款永远跑赢市场的神药,而是取决于你的人生阶段、风险偏好、资金规模和期限。保险理财更像是一个组合游戏,收益来自分散、久期匹配和费用控制的综合效果。",
  [])
# ---- batch 6 ----
I("https://hkinsu.com/company/aia/2635.html/zh-tw", "marketing", "wechat_mp", "poster_text",
  "date: 2017-01; HK broker site reposting an insurer's savings-plan promotion (premium rebate tied to buying; a rebate under the mainland rules)",
  "「1+1家庭優惠」-保費回贈 6%!!!",
  [("improper_inducement", "保費回贈 6%")])
I("https://bowtie.com.hk/blog/zh/%E5%84%B2%E8%93%84%E4%BF%9D%E9%9A%AA-%E7%A8%AE%E9%A1%9E", "marketing", "wechat_mp", "article",
  "date: 2024-03-14; HK online insurer blog on savings products, 儲蓄壽險 section",
  "儲蓄壽險是儲蓄計劃中最為穩陣和保守的選擇,其特色是保證受保人的現金價值(申請退保時可取回的金額)、期滿利益(於保單年期屆滿時可獲得的金額)以及身故賠償(萬一身故後保險公司賠償的金額)。儲蓄壽險的性質與定期存款相近,利用時間滾存保證現金,讓你在保單期滿時賺取期滿利益。",
  [("deposit_comparison", "儲蓄壽險的性質與定期存款相近")])
I("https://articles.zkiz.com/?tag=%E5%94%AE%E7%89%8C", "news_quote", "moments", "caption",
  "date: c.2016; Taiwan finance-magazine piece (reposted) quoting what bank wealth managers tell customers when savings policies stop selling; quoted pitch pieces joined",
  "正式停賣前,要搶要快，現在不搶,以後費用調漲才買會更吃虧",
  [("stop_sale_hype", "正式停賣前,要搶要快"), ("stop_sale_hype", "現在不搶,以後費用調漲才買會更吃虧")])
I("https://articles.zkiz.com/?tag=%E5%94%AE%E7%89%8C", "news_quote", "moments", "caption",
  "date: c.2016; same piece, the pitch it quotes as 話術一",
  "儲蓄險既是儲蓄,又有保險性質,是很單純又安全的商品,穩賺不賠!",
  [("guaranteed_return", "穩賺不賠")])
I("https://articles.zkiz.com/?tag=%E5%94%AE%E7%89%8C", "news", "toutiao", "article",
  "date: c.2016; same piece, reporter's framing (report about the hype; clean)",
  "每逢此時,「停售效應」戲碼便會再度上演:理財專員們乘機對民眾搬出「正式停賣前,要搶要快」、「現在不搶,以後費用調漲才買會更吃虧」等話術,鼓吹民眾砸錢購買。",
  [])
I("https://blog.hamibook.com.tw/%E5%95%86%E7%AE%A1%E7%90%86%E8%B2%A1/%E5%BF%AB%E8%AE%80_%E9%8F%A1%E9%80%B1%E5%88%8A%E7%AC%AC166%E6%9C%9F_%E5%84%B2%E8%93%84%E9%9A%AA%E6%98%8E%E5%B9%B4%E6%BC%B2%E5%83%B9-%E6%90%9E%E6%87%823%E4%BB%B6%E4%BA%8B%E4%B8%8D%E6%90%B6%E8%B2%B7/?p=78250", "news_quote", "moments", "caption",
  "date: 2019-11; 鏡週刊 report: what a post-office clerk told a customer about savings insurance (quote only)",
  "儲蓄險2020年要漲價三成,要買要快!已經很多人在買了。",
  [("stop_sale_hype", "要漲價三成,要買要快")])
I("https://blog.hamibook.com.tw/%E5%95%86%E7%AE%A1%E7%90%86%E8%B2%A1/%E5%BF%AB%E8%AE%80_%E9%8F%A1%E9%80%B1%E5%88%8A%E7%AC%AC166%E6%9C%9F_%E5%84%B2%E8%93%84%E9%9A%AA%E6%98%8E%E5%B9%B4%E6%BC%B2%E5%83%B9-%E6%90%9E%E6%87%823%E4%BB%B6%E4%BA%8B%E4%B8%8D%E6%90%B6%E8%B2%B7/?p=78250", "news_quote", "moments", "caption",
  "date: 2019-11; same report: what a bank wealth manager told the same customer (quote only)",
  "最近儲蓄險狂銷,像妳這樣有閒置資金的人,建議趁漲價前趕緊規劃!",
  [("stop_sale_hype", "趁漲價前趕緊規劃")])
I("https://phew.tw/article/cont/phewpoint/current/news/9141/202006039141", "news", "toutiao", "article",
  "date: 2020-06-03; Taiwan news on policy changes from 1 July (news voice about the rush; clean)",
  "7月1日之後,所有保單將大改款,目前市售條件較好的舊單將下架,其中市場熱賣的短年期儲蓄險,將因保險公司無利可圖而絕跡,或是保戶得花更多的錢才能達到相同目標,不少人想搶在最後1個月趕緊幫自己買個儲蓄險,建議投保前先掌握以下5大面向,衡量自己是否需要,才不會踩到地雷。",
  [])
I("https://www.surgenepal.com/wenda/12-576052", "marketing", "wechat_mp", "article",
  "date: 2025; Q&A-site answer '复利2.5%的增额终身寿险是否值得买', yield section",
  "优质产品长期IRR可达2.3%-2.5%,显著高于银行存款和国债(当前5年期存款利率约1.55%)。",
  [("deposit_comparison", "显著高于银行存款和国债")])
I("https://www.surgenepal.com/wenda/12-576052", "marketing", "wechat_mp", "article",
  "date: 2025; same answer, case comparison",
  "增额寿险vs银行存款:\n50万本金,增额寿险长期持有30年,IRR可达2.38%,折合单利约4.9%;\n同期银行存款单利仅约2.5%,收益差距随时间扩大。",
  [("deposit_comparison", "同期银行存款单利仅约2.5%,收益差距随时间扩大")])
I("https://www.surgenepal.com/wenda/12-576052", "marketing", "wechat_mp", "article",
  "date: 2025; same answer, safety section",
  "增额终身寿险的现金价值及保底收益写入合同,刚性兑付,安全性高于银行理财和基金。",
  [("deposit_comparison", "安全性高于银行理财和基金")])
I("https://www.surgenepal.com/wenda/12-576052", "marketing", "wechat_mp", "article",
  "date: 2025; same answer, policy section; judgement: '窗口期' framing builds rate-cut urgency",
  "监管要求保险产品预定利率与市场利率挂钩,未来可能进一步下调。\n当前窗口期:2.5%的预定利率可能成为未来一段时间内的“高利率”产品。",
  [("stop_sale_hype", "当前窗口期")])
I("https://www.uhzs.com/thread-323178-1-1.html", "marketing", "wechat_mp", "article",
  "date: 2025; forum post promoting Macau participating savings policies to mainland buyers; illustrated 7% with no uncertainty statement",
  "· 澳门:目前未对演示利率设限,同类产品在澳门仍可展示原有收益水平,预期回报可达7.0%,成为少数仍可投保高收益保单的市场之一。",
  [("missing_disclosure",)])
I("http://yxax.cn/gourl?id=119521", "news_quote", "moments", "caption",
  "date: 2024-05; news report (traditional-character copy): line it says mainland brokers repeat about HK savings plans (quote only)",
  "你要考慮香港保險嗎,6%-7%的收益率,真的很香。",
  [("guaranteed_return", "6%-7%的收益率"), ("missing_disclosure",)])
I("https://www.investbrother.com/?p=10779", "guide", "wechat_mp", "article",
  "date: 2025-09-02; HK/TW finance blog on paying premiums (explainer; clean)",
  "許多保險業務員在推銷保單時,為了降低客戶的付款壓力,常會推薦月繳方案。然而,這看似輕鬆的背後,卻隱藏著保險公司的「分期利率」。",
  [])
# ---- batch 7 ----
I("https://cms.hangseng.com/cms/emkt/pmo/grp06/p98/chi/tnc1.html", "marketing", "wechat_mp", "poster_text",
  "date: 2025-05; HK bank's travel-insurance promotion terms (shopping voucher and premium discount tied to buying; a gift/rebate under the mainland rules)",
  "「旅遊綜合保障計劃」全年環球保障特選客戶推廣優惠包括保費折扣優惠和港幣200元電子購物禮券優惠(「推廣優惠」)。",
  [("improper_inducement", "保費折扣優惠"), ("improper_inducement", "港幣200元電子購物禮券優惠")])
I("https://wealth.businessweekly.com.tw/GArticle.aspx?id=ARTL000052195", "news_quote", "moments", "caption",
  "date: c.2014; 商業周刊 consumer piece, 案例一: what a bank seller says about a savings policy (quote only)",
  "這儲蓄險利率2.5%比定存利率高很多喔!",
  [("deposit_comparison", "比定存利率高很多")])
I("https://wealth.businessweekly.com.tw/GArticle.aspx?id=ARTL000052195", "news_quote", "moments", "caption",
  "date: c.2014; same piece, the seller's follow-up answer it quotes (quote only)",
  "保單預定利率2.5%就相當於定存利率。",
  [("deposit_comparison", "就相當於定存利率")])
I("https://wealth.businessweekly.com.tw/GArticle.aspx?id=ARTL000052195", "news", "toutiao", "article",
  "date: c.2014; same piece, reporter's explanation of bancassurance disputes (clean)",
  "銀行理專主力多以銷售儲蓄色彩濃厚的養老險、增額壽險為主,在理專銷售過程中,這類商品常被拿來和定存做比較。而這時理專如果解釋不夠清楚,甚至會讓保戶誤以為是定存,等到急需用錢辦理提前解約時,才發現無法像定存一樣百分之百拿回所繳的本金,因而衍生銷售糾紛。",
  [])
I("https://fund1688.pixnet.net/blog/post/17615209", "news_quote", "moments", "poster_text",
  "date: 2007-11-22; blog on a Taiwan broker accused of selling policies as deposits: the slogans the report says were used (quoted pieces joined)",
  "優惠存款，存款送免費保險",
  [("deposit_comparison", "優惠存款"), ("deposit_comparison", "存款送免費保險")])
I("https://fund1688.pixnet.net/blog/post/17615209", "warning", "wechat_mp", "article",
  "date: 2007-11-22; same blog, consumer warning (clean)",
  "依照國內的法律規定,只有銀行才可以「收受存款」,因此,民眾想要存款,只有上銀行去辦理。不過,在金融商品的創新之下,單純的銀行存款,也多半變得「不純正」。",
  [])
I("https://colamg.com/a/yin-xing-mai-bao-dan-feng-xian-sheng-gao-tai-xin-yin-qi-ge-yue-san-zhang-fa-dan.html", "news", "toutiao", "article",
  "date: 2022-07; Taiwan news on fines against a bank's insurance-agency unit (news voice; clean)",
  "7月20日,臺新銀又因保代業務中業務員代客戶填寫外幣保單適合度及投資風險適合度評估表,未詳實填寫,及客戶客訴業務員沒有詳細說明保單內容,又被罰90萬元。",
  [])
# ---- batch 8 ----
I("https://dzrb.dzng.com/general/0/NEWS3204068SAGVKMTQACGSB", "news_quote", "douyin", "caption",
  "date: 2026-03-08; 齐鲁壹点 3.15 piece: short-video ad wording for which a platform was fined (quote only)",
  "百万医疗险不限病种、不限年龄、保费每月仅1元",
  [("coverage_exaggeration", "不限病种、不限年龄")])
I("https://dzrb.dzng.com/general/0/NEWS3204068SAGVKMTQACGSB", "guide", "wechat_mp", "article",
  "date: 2026-03-08; same piece, compliance advice (clean)",
  "合规建议:所有营销宣传物料必须经过合规部门审核,明确标注\"免责条款\"\"投保须知\",短视频、直播类宣传必须保留完整录像,以备监管检查。",
  [])
I("https://172168.com/bx/10020262001660880071730.html", "marketing", "wechat_mp", "article",
  "date: c.2025; product explainer for a 110-disease critical-illness policy (benefit stated with its conditions; clean)",
  "重点来了:这110种重疾一旦确诊,只要符合条款条件,保险公司直接赔基本保额,比如你买50万保额,就赔50万,不用等治疗结束,也不用发票报销,钱直接打到账上,这笔钱你想怎么用都行,不管是手术费、康复费,还是弥补生病期间的收入损失,甚至还房贷车贷,都由你支配。",
  [])
I("http://www.handmsg.com/page/2019/1201/6070912.shtml", "guide", "wechat_mp", "article",
  "date: 2019-12-01; explainer (traditional-character copy) on whether small insurers are reliable (clean)",
  "也就是說,想要拿到保險公司的牌照,股東得有一定的實力,干干凈凈的,而且凈資產不得低于2個億。可以說是準入門檻很高了。",
  [])
I("https://www.ainsur.top/news/0ahnpVwQ1Bws", "news", "toutiao", "article",
  "date: c.2025; platform story of a claimant's letter about claim waiting (clean)",
  "陈默的信,像一把钥匙,打开了一个保险行业很少直面的话题:理赔过程中的“心理理赔期”。这段时间,从提交资料到审核通过,短则数日,长则数周,对患者而言,是叠加在疾病焦虑之上的另一种煎熬。",
  [])
# ---- batch 9 ----
I("https://wxredian.com/art?id=dc922d079fab30542721f653f82dd30f", "marketing", "wechat_mp", "article",
  "date: 2024-11-01; 公众号 monthly adult critical-illness ranking article, intro (lead-magnet for private contact)",
  "文章的第三部分,会带大家筛选目前市场上性价比最高的重疾险产品,作为本月的推荐榜单。\n近期想给自己或家人加强重疾保障的小伙伴一定不要错过。",
  [("ad_absolute", "性价比最高")])
I("https://wxredian.com/art?id=dc922d079fab30542721f653f82dd30f", "marketing", "wechat_mp", "article",
  "date: 2024-11-01; same article, explains lump-sum benefit (with 理赔标准 caveat; clean)",
  "重疾险简单来说就是\n当被保险人所患的疾病达到理赔标准时,保险公司会直接赔偿约定好的保额。\n这个钱没有使用限制。",
  [])
I("https://ergou.cc/vod/427531.html", "marketing", "wechat_mp", "article",
  "date: c.2021; reposted blogger article recommending three critical-illness policies",
  "总有人问,现在最好的重疾险是哪款?\n不兜圈子了,把我最推荐的 3 款重疾险奉上。\n筛选了 35 家保险公司,对比了 63 款新定义重疾险。\n最终根据三个维度:保障、价格、品牌,各自选出No.1 。",
  [("ad_absolute", "No.1")])
I("https://www.jiusongjiankang.com/health/news/7992169.html", "marketing", "wechat_mp", "article",
  "date: 2025; health-site article on lifelong critical-illness products; judgement: 'dispel' framing of a competitor's grouping clause is a feature comparison, not disparagement (clean)",
  "多次赔付产品已成主流趋势,但分组机制直接影响高发重疾重复获赔概率。例如分组型产品(如福禄倍禧24)存在“三同条款”限制——同一病因、意外、医疗行为引发的多重疾病仅赔1次,大幅降低复杂病情获赔机会。",
  [])
I("http://m.rexun.cn/guoji/2020/0611/061134742.html", "news", "toutiao", "article",
  "date: 2020-06-11; news on insurance live-stream selling (news voice; clean)",
  "保险业也不例外。水滴四周年之际,公司创始人兼CEO沈鹏的90分钟直播带来千万元保费收入;在32周年司庆日上,平安集团首席保险业务执行官陆敏直播1小时约转化保费1.6亿元;华夏人寿的一场产品发布会更是创造了4亿元的成交额。看到直播带货的能量,各保险机构都跃跃欲试。",
  [])
I("https://gubaposthk.eastmoney.com/news,cjpl,1613429827.html", "news", "toutiao", "article",
  "date: 2025-10; 北京商报 report on 代理退保 black industry (uses 全额退保 vocabulary in news voice; clean)",
  "在各家保险公司殚精竭虑地发出警告,甚至将“代理退保”的危害拍成短剧的今天,代理退保这条游走在灰色地带的产业链非但没有销声匿迹,反而在短视频平台的流量浇灌下愈发活跃。他们披着“维权”“法律咨询”的外衣,以“正义使者”自居,为焦虑的投保人递上一颗看似能“全额退保及时止损”的后悔药,专治消费者的不甘。",
  [])
# ---- batch 10 ----
I("https://epaper.gmw.cn/wzb/html/2019-09/10/nw.D110000wzb_20190910_4-03.htm?div=-1", "news_quote", "moments", "caption",
  "date: 2019-08-30 (工人日报, reprinted 2019-09-10); the lines the commentary says salespeople habitually use (quoted pieces joined)",
  "保险就是另一种存款，保险不仅可以有保障,还有收益,很划算",
  [("deposit_comparison", "保险就是另一种存款")])
I("https://epaper.gmw.cn/wzb/html/2019-09/10/nw.D110000wzb_20190910_4-03.htm?div=-1", "news", "toutiao", "article",
  "date: 2019-09-10; same commentary, news on the bancassurance rule (clean)",
  "10月1日以后,大家在银行里看到的保险宣传资料将不得出现银行的名字和标识,也不得出现“存款”“储蓄”“与银行共同推出”等字样。8月27日,银保监会官方网站发布《商业银行代理保险业务管理办法》,对商业银行经营保险代理业务的诸多细节进行了相应规范。",
  [])
I("https://yaliqi.com/new/41b78602045f4939b772e07e085edd12", "news", "toutiao", "article",
  "date: 2025; self-media report on insurers' staff posing as bank staff (report about misleading sales; clean)",
  "当老人质疑\"保险名声不好\"时,业务员便祭出银行金字招牌:\"您难道不相信我们银行吗?\"这种精准的话术,正是利用了中老年群体对国有银行的天然信任。",
  [])
I("https://m.vobao.com/news/1140360129020636337.shtml", "marketing", "wechat_mp", "article",
  "date: c.2025; broker-site explainer on annuities (fixed annuity described; clean)",
  "例如,一位30岁的投保人选择缴纳20年期保费,约定60岁起每月领取5000元年金。无论未来利率如何变化或资本市场波动,只要合同生效,这笔收入将终身发放。这种“锁定收益”的特性,是年金区别于其他理财产品的核心优势。",
  [])
I("http://cainiubao.com/thread-41246-1-1.html", "marketing", "wechat_mp", "article",
  "date: 2026-01-18; broker's forum post on annuities (explainer; clean)",
  "年金险是一种以被保险人生存为给付条件的人寿保险产品。投保人向保险公司缴纳保费,保险公司则承诺在约定时间开始,定期向被保险人支付年金,直至合同终止(如终身或固定年限)。",
  [])
I("http://cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=29462", "marketing", "wechat_mp", "article",
  "date: 2025-05-03; broker's forum post '关于养老年金,不看这篇一定会后悔!' (lifetime annuity described; clean)",
  "年金险产品独特的支付形态,决定了它不可复制的保障优势 ——只要生命存续,保险公司就会定期将一笔资金打入你的账户,无论是按月发放的细水长流,还是按年给付的稳定现金流,都能让你在每个人生阶段都拥有可靠的经济支撑。",
  [])
I("https://bowiemoneydiary.com/2026/01/20/fulfillment-ratio-savings-insurance-analysis-2025", "guide", "wechat_mp", "article",
  "date: 2026-01-20; HK blog (Cantonese) explaining fulfilment ratios (clean)",
  "當你考慮買儲蓄保險等分紅保單時,一定會見到一份利益說明書,上面列明「保證回報」同「非保證回報」。前者係保險公司承諾一定會畀你嘅金額,後者就係俗稱嘅「紅利」,實際派幾多就好睇保險公司嘅投資表現、理賠經驗同營運開支等因素,存在唔少變數。",
  [])
I("http://prudential.com.hk/withprofits", "marketing", "wechat_mp", "article",
  "date: c.2023; HK insurer's page on its participating-policy philosophy (clean)",
  "分紅計劃的保單持有人可透過非保證紅利的形式,公平享有相關基金營運帶來的盈利。我們致力在各個組別的保單持有人之間公平分配紅利,以保障所有保單持有人的權利及合理期望。縱然計劃的價值主要受基金的整體表現影響,我們亦可能會運用緩和調整方式以達致回報在長遠而言更為穩定。",
  [])
# ---- batch 11 ----
I("https://m.163.com/dy/article/KLGKVFFS0556JWQ1.html", "marketing", "toutiao", "article",
  "date: c.2025; 网易号 wealth article steering readers to annuities; judgement: a 5% annuity yield presented as stable for 20 years",
  "很多人问“哪个理财产品收益高”时,第一反应是翻收益率排行榜——但你可能没意识到:比“找高收益产品”更重要的,是“找对能落地的高收益配置”。比如同样是“年化5%”,股票型基金可能让你赚10%也可能亏20%,年金险却能稳定拿20年;",
  [("guaranteed_return", "年金险却能稳定拿20年")])
I("https://www.gzsxygs.com/post/398.html", "warning", "toutiao", "article",
  "date: c.2025; personal-finance explainer warning about 'zero-risk' promises (clean)",
  "在金融领域,绝对不存在“零风险、高回报”的投资。 任何承诺保本保息且收益率远高于市场平均水平的,都需要高度警惕,很可能是骗局或非法集资。",
  [])
I("https://www.hymcn.com/post/6610.html", "guide", "toutiao", "article",
  "date: c.2025; low-risk investing explainer (clean)",
  "“低风险”不等于“零风险”,任何投资都存在风险,只是风险高低不同,低风险产品通常意味着本金损失的可能性极小,但收益率也相对较低,且可能跑不赢通货膨胀(即资产的实际购买力可能下降)。",
  [])
I("http://tuiaxc.cn/a/722624.html", "guide", "toutiao", "article",
  "date: 2025-09-27; self-media explainer on 保本 products and insurance (warning voice; clean)",
  "最近不少朋友在朋友圈和私信里问我,保本理财到底值不值得买?要知道“保本”这四个字听起来像是稳稳的金汤匙,其实背后暗藏的坑比薯片还要容易踩。",
  [])
# ---- batch 12 ----
I("http://jjckb.xinhuanet.com/invest/2011-09/16/content_332696.htm", "news_quote", "moments", "caption",
  "date: 2011-09-16; 经济参考报: the pitch residents reported from insurance salespeople's messages (quote only); survival benefit passed off as a guaranteed 15% yield",
  "目前公司新推一款储蓄式保险产品,每年分利,有保证收益和浮动收益(分红)两项,第一年保证收益15%",
  [("guaranteed_return", "第一年保证收益15%")])
I("http://jjckb.xinhuanet.com/invest/2011-09/16/content_332696.htm", "news", "toutiao", "article",
  "date: 2011-09-16; same report, analyst's explanation (clean)",
  "“收益实则为保险资金投资所获,在分红险上主要指红利,是不确定的,而生存保险金是保险公司承诺定期、定额返还给客户的资金,两者完全不同。”保险分析师解释,保险营销员将生存金称为保证收益,并冠上15%的收益率,意图很明显,就是试图通过误导达到客户投保签单的目的。",
  [])
# ---- batch 13 ----
I("https://www.goingwriting.com/post/202601177", "marketing", "wechat_mp", "article",
  "date: 2026-01; Taiwan planner's blog promoting investment-linked (variable annuity) policies for monthly retirement income; no risk statement in the passage",
  "更現實的是,定存利率低到讓人提不起勁、基金忽晴忽雨、ETF 有時風大浪急……\n大家其實都在找尋一種工具:不用盯盤、不用選股、不用緊張的要命,卻能每個月穩穩收到一筆退休現金流。\n也因此,結合「投資」+「月月領」的投資型保險,這幾年悄悄變成許多準退休族、新退休族正在關注的選擇。",
  [("guaranteed_return", "卻能每個月穩穩收到一筆退休現金流"), ("missing_disclosure",)])
I("https://davidhuang1219.pixnet.net/blog/post/241436231", "marketing", "wechat_mp", "article",
  "date: c.2018; Taiwan blog on building monthly cash flow from a return-of-premium whole-life policy; judgement: survival benefit described as yearly interest payout (配息)",
  "我們找到一張保單來當本文的例子,富邦人壽鑫鑽利利率變動型還本終身保險是儲蓄型的終身壽險,含有生存還本金的設計,年年會給付還本金,或簡單來說,就是年年會配息給你,其配息的金額以下面公式計算,且以保額為計算基礎:",
  [("deposit_comparison", "就是年年會配息給你")])
I("https://www.kpi.url.tw/index.php/hot/yue-pei-xi-bao-dan-shi-shen-me/monthly-interest-insurance-fees-and-benefits", "marketing", "wechat_mp", "article",
  "date: c.2025; Taiwan broker page illustrating a monthly-distribution investment-linked policy, with the caveat that distributions may return principal (clean)",
  "- 若以「配息率 12%(方案B)」做情境觀察:示範約 1 萬/月;但配息不等於報酬,可能含本金返還。",
  [])
I("https://finance.ettoday.net/news/3103520", "marketing", "toutiao", "article",
  "date: 2026-01-19; ETtoday finance feature promoting variable annuities as a retirement 'salary'; investment-linked product, no risk statement in the passage",
  "退休規劃不僅是如何讓帳戶長大，更重要的是源源不絕的現金流。被專家視為第二張勞保的變額年金險，投資標的連結ETF或基金，很多人因此會質疑：「自己買ETF就好，費用更低，為什麼還要買這張保單？」",
  [("missing_disclosure",)])
I("https://tw.news.yahoo.com/%E7%BE%8E%E5%85%83%E4%BF%9D%E5%96%AE%E6%AF%94%E6%8B%9A1-%E5%88%A9%E8%AE%8A%E4%BF%9D%E5%96%AE%E5%88%A9%E7%8E%87%E8%B7%8C%E5%A4%9A%E6%BC%B2%E5%B0%91-4-%E9%A4%8A%E8%80%81%E9%9A%AA%E5%BC%B7%E5%8B%A2%E5%9B%9E%E6%AD%B8%E6%90%B6%E7%BF%BB%E5%A4%A9-212859271.html", "news_quote", "moments", "caption",
  "date: 2025-11-30; Taiwan news: what the agent told a buyer of a USD interest-sensitive policy six years earlier (quote only)",
  "宣告利率 4%，比美金定存好太多",
  [("deposit_comparison", "比美金定存好太多")])
I("https://next.mirrormedia.mg/story/20231013money003", "news", "toutiao", "article",
  "date: 2023-10-13; 鏡週刊 on falling declared rates of USD policies (news voice; clean)",
  "時間回到2019年,當時銀行美元1年期定存利率在2.2%,但壽險公司的美元保單宣告利率卻高達4%,多了1.8%的利差讓保戶趨之若鶩;當時美元保單可說是市場當紅炸子雞,創造出多張百億神單的業績。",
  [])
I("https://www.babyplanins.com/blog/2026-01-08-%E3%80%902026%E5%84%B2%E8%93%84%E9%9A%AA%E3%80%912%E5%B9%B4%E3%80%816%E5%B9%B4%E3%80%8120%E5%B9%B4%E6%9C%9F%E7%BE%8E%E5%85%83-%E5%8F%B0%E5%B9%A3%E5%84%B2%E8%93%84%E9%9A%AA%E5%95%86%E5%93%81%E4%BB%8B", "marketing", "wechat_mp", "poster_text",
  "date: 2026-01-08; Taiwan broker's savings-policy product page, strapline",
  "儲蓄險的優勢為風險較低、強迫儲蓄、保障兼具,適合重視「保障兼具資產保本」的族群!",
  [("guaranteed_return", "資產保本")])
I("https://www.babyplanins.com/blog/2026-01-08-%E3%80%902026%E5%84%B2%E8%93%84%E9%9A%AA%E3%80%912%E5%B9%B4%E3%80%816%E5%B9%B4%E3%80%8120%E5%B9%B4%E6%9C%9F%E7%BE%8E%E5%85%83-%E5%8F%B0%E5%B9%A3%E5%84%B2%E8%93%84%E9%9A%AA%E5%95%86%E5%93%81%E4%BB%8B", "warning", "wechat_mp", "poster_text",
  "date: 2026-01-08; same page, the risk statements under the product table (clean)",
  "⚠️ 投保後解約或不繼續繳費可能不利消費者,要保人需慎選符合需求之保險商品。\n⚠️ 宣告利率會隨經濟環境而有波動,並非固定利率,且下限亦可能因市場利率偏低,而導致無最低保證。",
  [])
I("https://zh.nguoilontuoi.com/post/us-dollar-policy-single-payment", "marketing", "wechat_mp", "article",
  "date: c.2020; Taiwan-style blog comparing time deposits with savings policies, lead",
  "錢放銀行定存好?還是買儲蓄險好?相信許多人都有這疑問。直接到銀行存個短年期定存,賺取一點利息相對安穩,但是報酬率實在不高;另一個選擇則是趁現在利率還可以的時候買儲蓄險,放個六年以上,強迫存錢之餘,利息大多也比銀行定存高。",
  [("deposit_comparison", "利息大多也比銀行定存高")])
I("https://www.tzdcd.com/_export/xhtml/%E8%BF%94%E8%BF%98%E5%9E%8B%E4%BF%9D%E9%99%A9", "guide", "wechat_mp", "article",
  "date: c.2025; wiki-style explainer on return-of-premium insurance (quotes the selling point critically; clean)",
  "返还型保险(Return of Premium Insurance),常被通俗地称为“储蓄型保险”或“保费返还型保险”,是一种将保险保障功能与储蓄功能结合在一起的金融产品。它的核心卖点听起来极具诱惑力:“有病治病,没病返钱”。",
  [])
I("http://www.cainiubao.com/forum.php?goto=lastpost&mod=redirect&tid=33103", "marketing", "wechat_mp", "article",
  "date: c.2025; broker's forum post on the HK insurance referral model; judgement: gifts or premium discounts to the referring customer are benefits tied to a purchase",
  "很多人以为转介绍就是 “帮人卖保险拿提成”,其实完全不是。简单说,这是一种基于信任的 “牵线”:已经买过香港保险的老客户,觉得产品靠谱、经纪人服务到位,主动把有需求的亲戚朋友,介绍给经纪公司的持牌人。等新客户成功投保后,老客户能拿到点 “感谢礼”—— 可能是实用礼品,或者保费打折的优惠。",
  [("improper_inducement", "老客户能拿到点 “感谢礼”"), ("improper_inducement", "保费打折的优惠")])
I("https://wap.gongyisiwang.com/3433.html", "marketing", "toutiao", "article",
  "date: c.2023; SEO explainer presenting premium rebates as a normal buying criterion",
  "4. 返点发放方式:返点可以以现金、支票、银行转账等形式发放给buy保险的客户。",
  [("improper_inducement", "返点可以以现金、支票、银行转账等形式发放")])
I("https://drbdp.com/4-6781964.html", "marketing", "toutiao", "article",
  "date: c.2024; Q&A-style page presenting motor-insurance kickbacks as normal and advising how to get more",
  "车险商业险的回扣比例一般在10%到30%之间,具体金额取决于保险公司政策、销售渠道和客户类型。直销渠道回扣较低,约10%-15%;中介渠道如4S店或保险代理人回扣较高,可达20%-30%。大型企业客户或高保单客户能获得额外优惠,回扣比例上浮5-10%。回扣形式多样,包括现金返还、礼品卡、加油卡或免费保养服务。",
  [("improper_inducement", "回扣形式多样,包括现金返还、礼品卡、加油卡")])
# ---- batch 14 ----
I("https://udn.com/news/story/7239/9286917", "news", "toutiao", "article",
  "date: c.2026; 聯合報 on bank wealth managers' sales scripts (news/advice voice; clean)",
  "如果是美元優利存款，要問的則是，若匯率貶值到百分之五或百分之十，優利會被吃掉還倒賠？此外，對於理專主打的「保本」話術，民眾可反問，保本是否僅限於到期才保本？中途賣出的費用怎麼計算？",
  [])
I("https://www.bxdbkk.com/html_3/shouxian/9919/list/1.html", "guide", "wechat_mp", "article",
  "date: c.2025; broker-site explainer separating debt isolation from debt evasion (clean)",
  "终身寿险的债务隔离功能,本质是通过保单架构设计,让资产归属权与债务风险分离。但必须满足特定条件,且需在债务发生前规划。若已陷入债务纠纷再投保,法律可能认定其为恶意转移资产,无法实现隔离效果。",
  [])
I("https://a011954.pixnet.net/blog/post/364364461", "guide", "wechat_mp", "article",
  "date: 2023; Taiwan agent's blog on complaint ratios; quotes hearsay about insurers in order to test it (clean)",
  "好的,我很經常聽到人家說\nXXX保險公司比較大,理賠比較快啦!\nXXX保險公司不常聽,會不會很難理賠?\nXXX理賠很阿薩利拉!\n等等等等這類型稍微沒有根據的臆測",
  [])
# ---- batch 15 ----
I("https://www.wanyiwang.com/view/136088.html", "marketing", "wechat_mp", "article",
  "date: 2025; product article for a named whole-life policy; judgement: named economists cited as endorsing insurance in a savings-product ad (Advertising Law art 25(2))",
  "2025年,著名财经作家吴晓波先生邀请了30位经济学家,共同展望新一年的资产配置方向。在他们的推荐榜单上,保险赫然位列第五。无独有偶,清华大学经济学教授韩秀云也多次在公开演讲中指出,在家庭资产配置中,商业养老保险是不可或缺的“压舱石”。",
  [("false_authority", "邀请了30位经济学家"), ("false_authority", "清华大学经济学教授韩秀云也多次在公开演讲中指出")])
I("https://udn.com/news/story/7239/9153004", "warning", "toutiao", "article",
  "date: 2025-11-20; 聯合報 on the regulator's warning about offshore policies sold on social media (warning voice; clean)",
  "金管會指出，不肖業者常以資產管理公司、財務顧問為名，在社群平台兜售境外保單，並以「保費便宜」、「投資報酬率高」等話術吸睛，但產品多由未經金管會許可的外國保險公司銷售，甚至存在偽造風險。",
  [])
I("https://m.huize.com/study/detail-460584.html", "marketing", "wechat_mp", "article",
  "date: 2025-04-28; 慧择 explainer on 增额终身寿 rate cuts (non-participating product's contractual growth; clean)",
  "增额终身寿险是一种结合了保障和储蓄功能的保险产品。它最大的特点在于保额会随着时间的推移而增长,通常以一定的利率逐年递增。这种增长是写在合同里的,属于确定的收益,不受市场波动影响。",
  [])
# ---- batch 16 ----
I("https://bwwdw.com/article/zndw.html", "marketing", "wechat_mp", "poster_text",
  "date: c.2015 (uploaded 2024-02-01); a county sub-branch's new-agent handbook posted on a document site (internal material published)",
  "新人成长手册内部资料禁止外泄\n\n以职业的行为塑造优秀的习惯 以坚持的信念创造灿烂的未来",
  [("confidential_info", "内部资料禁止外泄")])
I("https://readers.ctee.com.tw/cm/20180807/a39ac3/914662/share", "news_quote", "moments", "caption",
  "date: 2018-08-07; 工商時報: names under which bank telemarketers pitched policies (quoted pieces joined)",
  "優惠理財方案，限量優惠專案，存款配息優惠方案",
  [("deposit_comparison", "優惠理財方案"), ("deposit_comparison", "存款配息優惠方案")])
I("https://readers.ctee.com.tw/cm/20180807/a39ac3/914662/share", "news", "toutiao", "article",
  "date: 2018-08-07; same report, regulator's rule restated (clean)",
  "保險局表示,用電話銷售保單必須符合「保險業辦理電話行銷業務應注意事項」的相關規定,行銷人員一定要表明所屬單位,例如某某保險公司、某某保險經紀人、亦或是某銀行,然後會有保險登錄字號及姓名;同時保單行銷時,是不能跟銀行存款相比較,也不能用存款或會讓消費者誤以為是存款的字眼,必須明白揭露是保單。",
  [])
I("https://smartcpa.tw/news/content/97CDF16EA347C181B992A08C2A2367FC", "news_quote", "moments", "caption",
  "date: c.2023; Taiwan article on '反推銷' sales lines: the example line it quotes (quote only); judgement: claims presented as a way to profit",
  "多買幾張實支實付的醫療險,生病住院時可以從保險公司賺錢回來",
  [("coverage_exaggeration", "生病住院時可以從保險公司賺錢回來")])
I("http://www.tc-law.com.tw/column_read.php?id=24", "guide", "wechat_mp", "article",
  "date: c.2010; Taiwan law-firm column on telemarketed policies (quotes pitch lines in advice voice; clean)",
  "很多信用卡持卡人都曾接到這樣的電話:「你是優質卡友,推薦一張優惠保單給你。」,部分不知情的民眾在電話行銷員強力攻勢下而未能明確的拒絕,事後卻衍生不少糾紛,這種電話行銷保單是近年來相當盛行的保險行銷方式,其主要銷售的保單,多以低保費的平價商品為主要訴求",
  [])
I("https://udn.com/news/story/7239/9014488", "warning", "toutiao", "article",
  "date: 2025-09-18; 中央社 on the regulator's warning about offshore policies (warning voice; clean)",
  "第1，發生爭議處理困難，如遇到保險理賠糾紛需自行接洽外國保險公司，可能無法獲得妥善處理；第2，資訊不對稱，境外保單多以英文書寫或為中文譯本，資訊可能不透明；第3，法律保護不足，發行境外保單的保險公司不受保險法規範，購買相關商品無法獲得保險安定基金的保障。",
  [])
# ---- batch 17 ----
I("https://tinckay.com/hulianwang-baike/20579.html", "qa", "toutiao", "article",
  "date: c.2024; Q&A-style explainer on whether online insurance is reliable (answer voice; clean)",
  "Q:互联网保险理赔会不会更难?\nA:2023年行业数据显示,线上渠道平均理赔时效2.3天,比线下快1.7天。关键差异在于材料电子化:医疗险可直接对接医院系统调取发票,重疾险通过OCR识别病历,减少人工审核。",
  [])
I("https://www.10100.com/article/65312747", "guide", "wechat_mp", "article",
  "date: c.2025; consumer explainer on distrust of insurance (quotes '保险就是骗人的' as a common saying; clean)",
  "“保险就是骗人的!” 这句话,或许您没亲口说过,也一定在亲朋好友的闲聊中听过无数次。作为一名长期关注保险行业和消费者权益的人,我完全理解这种普遍的疑虑和不信任感。它并非空穴来风,而是源于我们每个人或多或少的负面见闻和体验。",
  [])
# ============================ end items ============================


def norm_url(u):
    return re.sub(r"^https?://(www\.)?", "", u.strip()).rstrip("/")


def occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i != -1:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def resolve(pid, text, labels, errors):
    findings = []
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
            errors.append(f"{pid}: span check failed for {phrase!r}")
        findings.append(f)
    findings.sort(key=lambda f: (f["start"] is None, f["start"] or 0, f["category"]))
    keys = [(f["category"], f["start"], f["end"]) for f in findings]
    if len(keys) != len(set(keys)):
        errors.append(f"{pid}: duplicate finding")
    return findings


# Items sharing a 15-character shingle with an earlier set (checked when the set joined the project): left out.
SHARED_WITH_EARLIER_SETS = {"RW9-0065"}


def main():
    errors, rows = [], []
    used_path = os.path.join(HERE, "used_sources.txt")
    used = set()
    if os.path.exists(used_path):
        with open(used_path, encoding="utf-8") as f:
            used = {norm_url(l) for l in f if l.strip()}
    seen_text = {}
    per_source = Counter()
    for n, it in enumerate(ITEMS, 1):
        pid = f"{PREFIX}-{n:04d}"
        text = it["text"]
        if text != text.strip() or not text:
            errors.append(f"{pid}: text empty or has outer whitespace")
        if text in seen_text:
            errors.append(f"{pid}: text duplicates {seen_text[text]}")
        seen_text[text] = pid
        if norm_url(it["source"]) in used:
            errors.append(f"{pid}: source was used by an earlier harvest: {it['source']}")
        per_source[norm_url(it["source"])] += 1
        if it["genre"] not in GENRES:
            errors.append(f"{pid}: bad genre {it['genre']}")
        if it["channel"] not in CHANNELS:
            errors.append(f"{pid}: bad channel {it['channel']}")
        if it["content_type"] not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {it['content_type']}")
        if not it["note"].startswith("date:"):
            errors.append(f"{pid}: note must start with 'date:'")
        findings = resolve(pid, text, it["labels"], errors)
        rows.append({"id": pid, "channel": it["channel"], "content_type": it["content_type"], "genre": it["genre"],
                     "text": text, "account_owner": None, "findings": findings, "source": it["source"],
                     "note": it["note"]})
    for src, c in per_source.items():
        if c > 6:
            errors.append(f"more than 6 items ({c}) from one page: {src}")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    rows = [r for r in rows if r["id"] not in SHARED_WITH_EARLIER_SETS]
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dirty = [r for r in rows if r["findings"]]
    cats = Counter(f["category"] for r in rows for f in r["findings"])
    print(f"items {len(rows)}  positive {len(dirty)}  clean {len(rows) - len(dirty)}  pages {len(per_source)}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("genres (positive)", dict(sorted(Counter(r["genre"] for r in dirty).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))
    print("max items from one page", max(per_source.values()) if per_source else 0)


if __name__ == "__main__":
    main()
