#!/usr/bin/env python3
"""As harvested (positives still inside the reporter's frame); writes posts-framed.jsonl, kept for the record.
RW2: labelled evaluation corpus of REAL public Chinese text (insurance marketing compliance), stdlib only.

Every `text` is copied verbatim from one excerpt returned by the `search` tool (corpus "pages"),
and `source` is the address that result carried. Positives quote what an insurer, agent, bank seller
or platform posted or said (inside a penalty decision, court report, regulator notice or news report);
negatives are warning / guide / news / Q&A paragraphs that use the same vocabulary in a report,
warning or explanatory voice.

Labels are (category, phrase) or (category, phrase, occurrence) with occurrence 1-based;
("missing_disclosure",) is post-level. Offsets are computed with str.find; the build fails loudly when
a phrase is missing or ambiguous, or when a text appears twice.

Writes posts.jsonl next to this file.
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
}  # negative_sentiment deliberately excluded (brief: never use it)
CHANNELS = {"wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"article", "caption", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "warning", "guide", "news", "qa"}
POSITIVE_GENRES = {"penalty_quote", "court_quote", "news_quote"}

PREFIX = "RW2"
POSTS = []
# Left out when the set joined eval/suite (2026-12-07): a 15-character-shingle check found these two items repeat
# passages of eval/suite/realworld (the same report on another page). Their ids stay unused.
NEAR_COPIES = {"RW2-0002", "RW2-0044"}


def P(channel, content_type, genre, text, source, note, labels=()):
    POSTS.append({"channel": channel, "content_type": content_type, "genre": genre,
                  "text": text, "source": source, "note": note, "labels": list(labels)})


# =====================================================================================
# POSITIVES: quoted marketing wording (plus at most one sentence of the surrounding report)
# =====================================================================================

# Hubei CBIRC penalty, agent's Moments post (traditional-script copy of the NBD report)
P("moments", "caption", "penalty_quote",
  "在微信朋友圈發布信息稱“華泰盛世返還高、拿錢快、快活好養老,司慶獻禮,僅售十天,今天不搶,更待何時”。",
  "https://blog.wongcw.com/2020/01/09/%e5%be%9e%e6%a5%ad%e4%ba%ba%e5%93%a1%e5%9c%a8%e6%9c%8b%e5%8f%8b%e5%9c%88%e7%99%bc%e7%94%a2%e5%93%81%e4%bf%a1%e6%81%af%e8%a2%ab%e7%bd%b05000%e5%85%83%e4%bf%9d%e9%9a%aa%e7%87%9f%e9%8a%b7%e4%b8%8d",
  "date: post 2018-08-31, report 2020-01-09; Hubei CBIRC penalty: the 'on sale for ten days only' claim was untrue (agent name cut off)",
  [("stop_sale_hype", "僅售十天"), ("stop_sale_hype", "今天不搶,更待何時")])

P("moments", "caption", "penalty_quote",
  "在朋友圈發布“一位母親聽了《百萬寶貝》之後,果斷給孩子投保了,她算了一筆賬:每年10000,10年一共存100000 ,平平安安30年後拿到150000,除去本金,還有利息50000。換句話說,每年存10000,利息1666元。額外還送100萬保額的大病保險,60萬的輕症保險,160種疾病,賠付4次,給孩子滿滿的愛!為愛點贊,畢竟保100萬,比掙100萬容易”的信息。",
  "https://blog.wongcw.com/2020/01/09/%e5%be%9e%e6%a5%ad%e4%ba%ba%e5%93%a1%e5%9c%a8%e6%9c%8b%e5%8f%8b%e5%9c%88%e7%99%bc%e7%94%a2%e5%93%81%e4%bf%a1%e6%81%af%e8%a2%ab%e7%bd%b05000%e5%85%83%e4%bf%9d%e9%9a%aa%e7%87%9f%e9%8a%b7%e4%b8%8d",
  "date: post 2019-02-11; Hubei CBIRC penalty: deposit words 存/利息 with yield analogy, exaggerated return, 'free' insurance never given",
  [("deposit_comparison", "10年一共存100000"), ("guaranteed_return", "30年後拿到150000"),
   ("deposit_comparison", "除去本金,還有利息50000"), ("deposit_comparison", "每年存10000,利息1666元"),
   ("improper_inducement", "額外還送100萬保額的大病保險")])

# Xinhua investigation of insurance self-media (2018-10), rewritten copy
P("moments", "caption", "news_quote",
  "保险代理人“琳琳”在朋友圈兜售名为“平安健康防癌守护2018”的产品,声称“得了癌症可以继续买”。然而,记者在平安保险官网发现,这款产品的致癌原因多达19种,可以导致保险公司拒赔,但其中的关键信息“琳琳”却完全没有提及。",
  "https://guangfuqiang.com/zobk/a658954.html",
  "date: 2018 (Xinhua 'self-media' investigation); agent's Moments claim hides 19 exclusions",
  [("coverage_exaggeration", "得了癌症可以继续买")])

P("wechat_mp", "article", "news_quote",
  "记者咨询了一位名叫“灿灿医生”的咨询师,他表示“尿酸高,不用说”“胆囊息肉问题不大,一般重疾险都可以,不用说”等等。",
  "https://guangfuqiang.com/zobk/a658954.html",
  "date: 2018; consultant of a WeChat insurance account induces non-disclosure",
  [("coverage_exaggeration", "尿酸高,不用说"), ("coverage_exaggeration", "胆囊息肉问题不大,一般重疾险都可以,不用说")])

P("wechat_mp", "article", "news_quote",
  "向女士称,她曾在蜗牛保险医院微信官方账号咨询过,咨询师为她制定保险方案时,称“为了避免与之前买保险时没有告知既往病史的情况发生冲突,这次不需要告知”,并诱导她在事故发生后利用制度漏洞进行理赔。",
  "https://guangfuqiang.com/zobk/a658954.html",
  "date: 2018; consultant tells customer disclosure is unnecessary",
  [("coverage_exaggeration", "这次不需要告知")])

# Bank leaflet for a participating endowment sold as a 'wealth product' (court case, Shenyang)
P("wechat_mp", "poster_text", "court_quote",
  "二人收到一张宣传单,上书:“理财新品(养老保障型)疾病1.05倍保障;意外2倍保障;自然灾害3倍保障;两年后有借款功能。零存整取升级型;收益演示:千元起存,以一万元为例,连存五年,5年支取收益6,000元左右;6年支取收益8,000元左右。”",
  "https://c.m.163.com/news/a/GD0J040C05521V9M.html",
  "date: leaflet 2009, judgment reported 2021; bank leaflet for 国寿安享一生两全保险(分红型) - deposit wording and illustrated returns without an uncertainty statement",
  [("deposit_comparison", "理财新品"), ("deposit_comparison", "零存整取升级型"), ("deposit_comparison", "千元起存"),
   ("deposit_comparison", "连存五年"), ("missing_disclosure",)])

# Minsheng Bank newspaper ad for a universal life product (Guangdong CIRC supervisory letter)
P("wechat_mp", "article", "penalty_quote",
  "民生银行在刊登于某报的广告文中如是宣传“‘金玉满堂’是一款以理财为主、保险为辅的产品,具备五个方面的特点,概括为‘四高一低’:收益高、安全性高、灵活性高、保障高、费用低。”",
  "https://m.sinotf.com/News/index/id/37660.html",
  "date: ~2009; Guangdong CIRC letter: ad blurred insurance with bank products and exaggerated returns",
  [("deposit_comparison", "以理财为主、保险为辅"), ("guaranteed_return", "收益高、安全性高")])

P("wechat_mp", "article", "penalty_quote",
  "广东保监局的监管函中指出,该广告文中没有介绍“金玉满堂”为平安人寿的保险产品,而且还含有“民生银行储蓄型保险产品、保本型储蓄产品本金、利息、利率、贷款后只需还息、无需还本、一直贷下去”的内容。",
  "https://m.sinotf.com/News/index/id/37660.html",
  "date: ~2009; same ad, second quoted passage",
  [("deposit_comparison", "民生银行储蓄型保险产品"), ("guaranteed_return", "保本型储蓄产品"),
   ("deposit_comparison", "本金、利息、利率")])

# Bank account manager's written yield calculation (court case)
P("moments", "caption", "court_quote",
  "客户经理潘小姐计算,王先生的保单预期收益为“每年5万,5.2%,7800+5200+2600=15600”,另银行存单收益为5400元。",
  "http://epaper.ncxxb.com.cn/shtml/ncxxb/20180505/80906.shtml",
  "date: sale 2014-02-11, report 2018-05-05; bank seller compares a 保险理财产品 with a deposit certificate",
  [("guaranteed_return", "5.2%"), ("deposit_comparison", "另银行存单收益为5400元")])

P("moments", "caption", "news_quote",
  "当时在银行大厅里,银行的一工作人员告知她一种“定期存款”的利息可达5.78%,这比普通储蓄要高很多,张女士没多想就让营业员给办成那种“定期存款”,并在“存单”上按了手印。",
  "https://m.vobao.com/news/685474649600.shtml",
  "date: sale ~2009, reported ~2012; bank staff sold an insurance policy as a 'time deposit'",
  [("deposit_comparison", "定期存款", 1), ("guaranteed_return", "利息可达5.78%"),
   ("deposit_comparison", "这比普通储蓄要高很多")])

P("moments", "caption", "news_quote",
  "当时,一位 “工作人员” 热情地接待了她,向她推荐了一款 “高收益定存” 产品,声称每年定期存两万,连续交五年,每年能有 2 厘利息,这利息可比银行普通存款高,而且五年到期就能取 10 万多,还额外赠送保险,能享受免费的医院陪护服务。",
  "http://jsdzs.cn/nannvjiankang/127430.html",
  "date: sale 2024-12; a long-term-care policy sold in a postal-bank branch as a 'high-yield time deposit'",
  [("deposit_comparison", "高收益定存"), ("deposit_comparison", "每年定期存两万"),
   ("deposit_comparison", "这利息可比银行普通存款高"), ("guaranteed_return", "五年到期就能取 10 万多"),
   ("improper_inducement", "还额外赠送保险")])

# Insurer's bancassurance training deck (published PPT text)
P("wechat_mp", "poster_text", "news_quote",
  "“金彩一生”养老计划:精彩来袭!!!银保产品设计机不可失,失不再来!金彩一生一款保证领取的“商业社保”百分百“定制”未来",
  "https://m448.com/info/docview_740161.html",
  "date: 2018 (开门红 deck, uploaded 2022-05-15); slide wording of an annuity sales deck; 保证领取 is a contract term and is not labelled",
  [("stop_sale_hype", "机不可失,失不再来"), ("false_authority", "商业社保"), ("ad_absolute", "百分百")])

P("moments", "caption", "news_quote",
  "这场看似普通的“健康讲座”,实则是精心策划的营销陷阱。业务员以“高利息回报”“免费赠送抗癌针”为诱饵,将复杂的保险产品包装成“稳赚不赔”的理财工具。",
  "https://wanbiaoku.com/new/f66a2060e1344618bde618d75d544735",
  "date: 2025-02 report (sales 2022); seminar pitch to a 72-year-old, 7 policies, 5.5m premium",
  [("guaranteed_return", "高利息回报"), ("improper_inducement", "免费赠送抗癌针"), ("guaranteed_return", "稳赚不赔")])

P("moments", "caption", "news_quote",
  "在一次“量身定制”的养老规划分析中,顾问推荐了一款号称“专为银发群体设计”的养老保险,承诺年化收益率高达6%,且强调“资金随时可取,比银行存款更灵活”。",
  "https://www.95549.cn/pages/news/cpl/xbfxtsalk/xbfxtsalk_anhui53.shtml",
  "date: case 2024-03; insurer 以案说险 about an annuity sold to a 70-year-old",
  [("guaranteed_return", "承诺年化收益率高达6%"), ("guaranteed_return", "资金随时可取"),
   ("deposit_comparison", "比银行存款更灵活")])

P("moments", "caption", "court_quote",
  "中心支公司经理承诺没有问题并在10月26日该支公司经理出具书面材料承诺该产品收益率为6.32%(保底)今后收益率更高。",
  "https://seo56.cn/Article/detail/id/90276.html",
  "date: 2015 (provincial high court judgment); written promise by a branch manager for a 理财型保险",
  [("guaranteed_return", "收益率为6.32%(保底)"), ("guaranteed_return", "今后收益率更高")])

P("moments", "caption", "court_quote",
  "季先生与许女士夫妇称,二人均系某保险公司老客户,该公司业务员兰某获取二人保单信息后主动上门,“游说”二人称已投保的产品利息很少,新的产品会计收复利、收益更有优势,可将原先购买的十份保险合同退掉,投保两份新的保险;兰某同时向二人承诺,因退保产生的损失会在退保后补偿给二人。",
  "https://law.rednet.cn/content/646045/50/9389.html",
  "date: unknown (Beijing Chaoyang court); agent talks clients into surrendering 10 policies, promises to cover surrender loss",
  [("guaranteed_return", "会计收复利"), ("improper_inducement", "因退保产生的损失会在退保后补偿给二人")])

P("moments", "caption", "court_quote",
  "据王先生回忆,2021年5月,保险代理人王某、孟某某向王先生推销一款人寿保险产品,称只要缴纳11万元,就可以在合同签订时先拿到利息1万元,一年后合同到期,11万元本金会原数退还。",
  "https://tzdzqp.com/html/xwzx/xwdt/670.html",
  "date: sale 2021-05; Beijing Chaoyang court found fraud ('长险短做')",
  [("improper_inducement", "在合同签订时先拿到利息1万元"), ("guaranteed_return", "11万元本金会原数退还")])

P("wechat_mp", "article", "news_quote",
  "今年以来,个别人身保险公司捏造散布“返还型健康险被叫停”“部分重大疾病将列为免责病种”等虚假信息,并通过虚假宣传引诱投保人订立保险合同,扰乱了市场秩序,损害了保险消费者合法权益。",
  "https://m.yybnet.net/news/caijing/201705/6121054.html",
  "date: 2017-05 (Xinhua on a CIRC notice); rumours of product withdrawal spread to drive sales",
  [("stop_sale_hype", "返还型健康险被叫停"), ("stop_sale_hype", "部分重大疾病将列为免责病种")])

P("wechat_mp", "caption", "news_quote",
  "“您的账户已到账600万健康保障,今天24:00前不领作废!”近期,记者不时接到轻松保发来这样的短信。",
  "http://xy178.com/baoxian/20210330/98550.html",
  "date: 2021-03-30; platform SMS for a 首月1元 medical product (SMS; nearest channel wechat_mp)",
  [("stop_sale_hype", "今天24:00前不领作废")])

P("moments", "caption", "news_quote",
  "「搶抓最後窗口期」「保險預定利率下調倒計時」……這兩天,市民朱先生在刷朋友圈時經常能看到營銷人員發布的人身險產品預定利率下調的相關信息。",
  "http://www.gdmsci.cn/gtp/xbt/aHl2WeUPCDsg.html",
  "date: 08-12 (year not shown, ~2025; 长沙晚报); agents' Moments posts before the pricing-rate cut",
  [("stop_sale_hype", "搶抓最後窗口期"), ("stop_sale_hype", "保險預定利率下調倒計時")])

P("moments", "caption", "news_quote",
  "五年前我来银行存钱的时候,一位工作人员告诉我,有一款理财产品利息比银行定存高,一年存一万多,连存五年,五年之后本息全部返还,其他一概未告知。",
  "http://caijing365.com/html/bank/baoxian/20170522/13982.html",
  "date: sale 2012-06, report 2017-05-22; bank seller's pitch for a participating annuity",
  [("deposit_comparison", "理财产品利息比银行定存高"), ("deposit_comparison", "连存五年"),
   ("guaranteed_return", "五年之后本息全部返还")])

P("wechat_mp", "poster_text", "penalty_quote",
  "天津保监局公布的处罚信息显示,去年某银行南开支行在销售某险企保险产品期间,在营业大厅摆放自制保险产品宣传材料,并在宣传材料中使用“银保理财”“我行最新理财计划”字样,以银行理财产品的名义宣传销售保险产品;对两款保险产品的保险期间、保险份数、保险责任等项目进行与保险条款不符的虚假宣传。",
  "http://xiangrikui.com/jiankang/qita/20160114/455293.html",
  "date: 2015 penalty, report 2016-01-14; self-made bank leaflets",
  [("deposit_comparison", "银保理财"), ("deposit_comparison", "我行最新理财计划")])

P("moments", "caption", "court_quote",
  "“买两份保险,就送金条。”2023 年,投保人阮某在保险销售人员靳某的推荐下决定投保,正是冲着这句承诺。",
  "https://www.rhxfkj.com/article/93218.html",
  "date: sale 2023, Beijing Financial Court 2025; seller's gift promise",
  [("improper_inducement", "买两份保险,就送金条")])

P("douyin", "caption", "news_quote",
  "宣传称每月1元起,就能享受百万医疗保险,几百万元的抗癌针也在报销范围。投保后却遇到被绑定每月自动续费、保费金额水涨船高。",
  "https://m.cqcb.com/feidian/2025-12-03/6021038_pc.html",
  "date: 2025-12-03 (上游新闻); social-platform ads for a 1-yuan medical product",
  [("coverage_exaggeration", "几百万元的抗癌针也在报销范围")])

P("moments", "caption", "news_quote",
  "案例二:销售误导风险 张大爷购买年金险时,销售人员承诺\"交5年保终身,年化收益5%\"。实际合同显示保底收益仅2%,且前5年退保损失本金。",
  "https://www.xxf315.com/index.php?c=show&id=157713",
  "date: unknown; consumer-education case; the contract's 保底收益仅2% is the reporter's fact and is not labelled",
  [("guaranteed_return", "年化收益5%")])

P("moments", "caption", "news_quote",
  "近日,部分保險營銷員在微信朋友圈等平台發布「大學入學要求考生有保障型保險交費記錄」「保險慢慢走向強制性」等不實信息,進行保險銷售誤導。",
  "http://www.ifuun.com/a2018081215430774",
  "date: 2018-08 (CBIRC risk warning); false policy claims posted by agents",
  [("false_authority", "大學入學要求考生有保障型保險交費記錄"), ("false_authority", "保險慢慢走向強制性")])

P("moments", "caption", "news_quote",
  "舉個例子,某保險公司在推銷一款「年金+萬能」雙主險的產品時表示,「這個產品除了年金保險,還有一個萬能賬戶,萬能賬戶的作用是讓返還金二次增值,萬能險收益一般設定最低保證利率,但上不封頂」。",
  "http://www.ifuun.com/a2018081215430774",
  "date: 2018-08; universal account pitched without saying returns above the minimum are uncertain; 最低保證利率 is a contract term",
  [("missing_disclosure",)])

P("moments", "caption", "court_quote",
  "调查过程中,李某陈述:“有说过有病看病、没病养老,但是当时说的是补充养老,指退保的时候可以拿一笔钱,是保单的现金价值,这也是公司的宣导话术”。",
  "https://pinkeng.com/fwc/a/MzIxNTYzNzU4NA==/2247550133/2",
  "date: sale 2016-06, SPC case study 2024-04-16; Shanghai regulator found the pension claim deceptive",
  [("coverage_exaggeration", "有病看病、没病养老")])

P("moments", "caption", "news_quote",
  "“哥,你放心,二十年肯定返本,说白了就是给家里存笔钱,还能白得一份重疾保障,稳赚不赔。”徐先生的声音带着几分熟稔的恳切,妻子在一旁不停点头附和,指尖点着合同上的空白处,示意他签字。",
  "https://m.163.com/dy/article/KKJNERVT0514FC80.html",
  "date: sale 2017, feature 2025/2026; agent friend's pitch for a critical-illness policy",
  [("guaranteed_return", "二十年肯定返本"), ("deposit_comparison", "给家里存笔钱"), ("guaranteed_return", "稳赚不赔")])

P("moments", "caption", "news_quote",
  "对方口若悬河,不仅承诺比普通定期存款高出许多的利率,还声称该产品具备特殊的 “储蓄性质”,存取灵活,与存款无异,却只字不提这其实是一份保险合同 。",
  "https://wanbiaoku.com/new/ed406ac9f87f4b78af55854edc8cb35d",
  "date: 2025-03-20 (315 gala exposure); seller in a bank lobby",
  [("deposit_comparison", "比普通定期存款高出许多的利率"), ("deposit_comparison", "存取灵活,与存款无异")])

P("moments", "caption", "news_quote",
  "\"这款产品和存款一样安全,收益更高!\"——今年\"315\"期间,某银行因工作人员将保险包装成\"高收益理财\"被点名曝光,导致大量客户误购后退保受损。",
  "https://yaliqi.com/new/9cf27c502ad5420ba55580892edcd978",
  "date: ~2025 (315 exposure); bank staff's line",
  [("deposit_comparison", "这款产品和存款一样安全,收益更高"), ("deposit_comparison", "高收益理财")])

P("wechat_mp", "poster_text", "penalty_quote",
  "(一)2022年1月至2月,泰康人寿湖北分公司武汉本部业务管理二部举办产说会宣传产品惠赢人生年金保险(分红型),所用课件以及现场录音中多次出现“保底”“保本付息”“复利”“利息”等与银行存款产品对比的描述;",
  "https://idataserch.com/docs/9XKUKI",
  "date: 2022-01/02 (Hubei penalty); seminar slides and recordings for a participating annuity",
  [("guaranteed_return", "保底"), ("guaranteed_return", "保本付息"), ("deposit_comparison", "利息")])

P("moments", "caption", "news_quote",
  "大连市民赵某在咨询某保险公司产品时,营销人员声称“年化收益8%稳赚不赔”,并隐瞒产品为分红型保险,收益需根据公司经营情况浮动。",
  "http://www.infoall.cn/baoxian/20250919/761500.html",
  "date: 2025-09-19 (以案说险); seller's claim for a participating product",
  [("guaranteed_return", "年化收益8%稳赚不赔")])

P("moments", "caption", "news_quote",
  "车主张某投保车险时,营销人员仅强调“全险保障”,未提示涉水险、无法找到第三方特约险等附加险需单独勾选。",
  "http://www.infoall.cn/baoxian/20250919/761500.html",
  "date: 2025-09-19 (以案说险); motor insurance sold as 'all-risk'",
  [("coverage_exaggeration", "全险保障")])

P("moments", "caption", "court_quote",
  "二人发现,兰某在推销新产品的过程中,有意回避了对二人不利的条款,存在误导行为,如把分红说成是复利、仅交一年保费不会产生损失等。",
  "https://law.rednet.cn/content/646045/50/9389.html",
  "date: unknown (Beijing Chaoyang court); court summary of the agent's claims; only the reported claim about surrender loss is labelled",
  [("guaranteed_return", "仅交一年保费不会产生损失")])

# Direct self-media posts (the page itself is the published marketing text; no report wrapper).
# The brief's genre list has no 'post' value, so they are filed as news_quote (see README).
P("toutiao", "article", "news_quote",
  "2020年初巨献:全网测评147款重疾险,选出6款极致性价比产品",
  "http://toutiao.com/item/6783548379512177164/",
  "date: early 2020; title of a Toutiao self-media ranking article (direct post)",
  [("ad_absolute", "极致性价比")])

P("toutiao", "article", "news_quote",
  "网上保险测评很多,产品更新很快,到底目前哪个产品最好?\n\n为了帮助大家解决这些难题,我们每月测评全网产品,\n\n通过严谨测评模型,筛选出当月性价比最高的保险,供大家参考。",
  "http://toutiao.com/item/6783548379512177164/",
  "date: early 2020; same post, body; the question '哪个产品最好?' is not labelled, the ranking claim is",
  [("ad_absolute", "性价比最高")])

P("toutiao", "article", "news_quote",
  "口碑最好的十个重疾险(谁是目前的性价比之王)",
  "https://web.aigexing.com/shenghuo/1734402.html",
  "date: unknown; title of a self-media ranking article (direct post)",
  [("ad_absolute", "口碑最好"), ("ad_absolute", "性价比之王")])

P("wechat_mp", "article", "news_quote",
  "平安、国寿、友邦、太平…全网最全大公司重疾险产品测评榜单",
  "https://www.12354.com/ketang/article-1367.html",
  "date: 2020-06-05; title of an insurance broker's own article (direct post); simple ranking of named insurers' products",
  [("ad_absolute", "全网最全")])

# =====================================================================================
# NEGATIVES: warnings, guides, neutral news and Q&A in the same vocabulary (clean)
# =====================================================================================

P("toutiao", "article", "news",
  "7月6日,据银保监会官网显示,青岛银保监局针对建设银行3家分支机构、长城人寿青岛分公司及国华人寿青岛分公司连发16张罚单,合计罚款210万元。其中,针对国华人寿员工通过微信朋友圈进行误导宣传的罚单引发了业内广泛讨论。",
  "https://cj.sina.com.cn/articles/view/5977787349/1644dcbd500100qydn",
  "date: 2020-07-07; penalty news, no marketing wording quoted")

P("wechat_mp", "article", "guide",
  "一些保险代理人为了吸引客户,往往夸大其所推销保险产品的覆盖范围和赔付能力。声称某款健康保险可以涵盖所有重大疾病,但产品条款中明确规定了特定疾病的赔付条件。",
  "https://www.liazhun.com/aljx/177079.html",
  "date: unknown; legal explainer on agents' false publicity (generic example in an explanatory voice)")

P("wechat_mp", "article", "guide",
  "根据《保险法》第131条规定,销售误导指保险机构及其从业人员在保险业务活动中,通过欺骗、隐瞒或诱导等方式,对保险产品作虚假陈述或片面宣传的行为。典型表现包括:夸大保险责任或收益、隐瞒免责条款、虚假承诺分红收益、混淆保险与理财产品概念等。",
  "https://henanxw.com/baoxian/4ce5e93412f25d5615b09b67205da541.html",
  "date: unknown; compliance guide")

P("wechat_mp", "article", "warning",
  "销售误导是指保险公司、保险代理机构以及办理保险销售业务的人员,在保险业务活动中,违反《保险法》等法律、行政法规和保险监管部门的有关规定,通过欺骗、隐瞒或者诱导等方式,对有关保险产品的情况作引人误解的宣传或者说明的行为。",
  "https://www.picclife.com/picclifewebsite/webfile//wap/fxts/2018-09-12/8af007af6ea71a69016eb149017308d0.html",
  "date: 2018-09-12; insurer's financial-literacy month risk warning")

P("wechat_mp", "article", "warning",
  "银保监会还明确指出了三类误导行为分别是:饥饿营销类、夸大收益类、曲解条款类。其中,饥饿营销类包括宣传保险产品即将停售或限时销售,如使用“秒杀”“全国疯抢”“限时限量”等用语;夸大收益类包括混淆保险产品和其他固定收益类理财产品,如发布“保本保息”“保本高收益”“复利滚存”等;",
  "http://www.pcfortune.com.cn/financing/vc/2020/0709/38051.html",
  "date: 2020-07-09; regulator's list of banned phrases quoted in a warning voice")

P("toutiao", "article", "news",
  "很多直播存在违规承诺收益的问题 , 比如混淆保险产品和其他银行理财产品的区别 , 发布“保本保息”“保本高收益”“复利滚存”等不实信息;不少主播以打折、送红包、抽奖等方式给予消费者保险合同约定以外的利益;借助热点事件炒作进行不当营销等 。",
  "http://tech.jiangsulong.com/a/2020/0915/0915212133H020_2.html",
  "date: 2020-09-15; investigation of insurance live-streams, generic examples")

P("toutiao", "article", "news",
  "“秒杀”、“全国疯抢”、“限时限量”等与产品销售事实不符的用语,采用“保本保息”、“复利滚存”、“日计息月复利”等将保险产品与其他固定收益类金融产品相混淆的宣传用语,不时出现在个人的微信朋友圈或者微信群里,保险营销广告社交化让人防不胜防。",
  "http://www.cqtresearch.com/news/yw/2018/1212/28070.html",
  "date: 2018-12-12 (工人日报); generic phrases in a report voice")

P("wechat_mp", "article", "guide",
  "当客户前往银行咨询“保本理财”“长期存款”时,部分工作人员可能顺势推荐保险产品,并将其描述为“比存款收益更高”“同样安全”的替代品。由于客户缺乏专业金融知识,容易将这类产品误认为是银行存款,从而在不知情或理解不充分的情况下签署协议,最终导致“存款变保单”。",
  "https://www.tlbxw.net/news-2668.html",
  "date: unknown; explainer on 存款变保单 (hypothetical, explanatory voice)")

P("wechat_mp", "article", "warning",
  "这类套路通常表现为:银行工作人员以‘高收益理财’、‘保本保息’等话术吸引储户,声称产品利率高于普通存款,但实际上推销的是保险公司的分红险或万能险产品。储户在不知情的情况下签署的并非存款协议,而是保险合约。",
  "https://www.huachuangmingde.com/product/24.html",
  "date: unknown; warning on deposit-to-policy switching")

P("xiaohongshu", "article", "qa",
  "**1.什么是银行存款变保险?**\n是指在办理银行存款业务时,银行工作人员以存款固定收益、保险收益高于存款利息为由,诱导储户将存款转为保险产品的情况。",
  "http://ccv168.com/baoxian/172895.html",
  "date: unknown; consumer Q&A")

P("toutiao", "article", "guide",
  "这条生命线,就是《保险法》第92条。它要求,经营有人寿保险业务的保险公司“出问题”,其保单和责任准备金必须转让给其他“健康”的保险公司;如果无法达成协议,监管部门将直接指定公司接手。",
  "https://m.163.com/dy/article/KIRJM36205239VSD.html",
  "date: unknown (2025/2026); accurate description of Insurance Law art. 92 (not a 'state guarantee' claim)")

P("wechat_mp", "article", "guide",
  "我国《保险法》明确规定,经营有人寿保险业务的保险公司,除分立、合并外,不得解散。如果真的到了经营不下去的地步,也会有其他保险公司接手原有的保险合同,我们的保障不会因此中断。",
  "http://www.zzppr.com/list_4/171602.html",
  "date: unknown; explainer on insurer failure")

P("toutiao", "article", "news",
  "岐山县蔡家坡林先生(化名)的儿子患上白血病,林先生在太平洋保险提交资料报保险后,儿子的病情、个人信息等隐私被保险公司工作人员作为宣传资料发到微信朋友圈大肆宣扬。",
  "http://hdzc.net/html/news/gn/2017_11/07/15221413.html",
  "date: 2017-11-07 (华商报); report about a privacy leak; the family is pseudonymous, so no pii finding")

P("toutiao", "article", "news",
  "面对违规行为,监管整治力度持续加码。据时代财经不完全统计,今年以来监管部门针对“返佣”行为已开出超75张罚单。其中,5月23日国家金融监管总局江西监管局发布行政处罚信息公开表显示,太保寿险江西分公司因“给予投保人等保险合同约定以外利益”被罚43万元,相关责任人合计被罚16万元。",
  "http://www.xabos.cn/news/3183368.html",
  "date: 2025-05-26; penalty news on rebates")

P("wechat_mp", "article", "warning",
  "“保本高收益”的合规风险:根据监管规定,保险产品不得承诺保证收益。这款所谓年化6%的“养老保险”实则是一款普通年金险,其演示收益仅基于假设利率,存在重大误导嫌疑。",
  "https://www.95549.cn/pages/news/cpl/xbfxtsalk/xbfxtsalk_anhui53.shtml",
  "date: 2024 case; insurer's risk-warning paragraph (same page as a positive)")

P("wechat_mp", "article", "warning",
  "“代理退保”机构往往以谋取高额手续费为目的,通常先向消费者收取部分费用。一旦退保失败,消费者不仅无法拿回已缴纳的保费,还会白白损失已支付的手续费。",
  "https://www.minshenglife.com/articleview/4140",
  "date: 2026-01-01; insurer's 以案说险 on 代理退保")

P("wechat_mp", "article", "warning",
  "非法机构利用消费者信息不对称,夸大保单“缺陷”(如“收益低”“条款无效”),却回避退保导致的保障终止、现金价值损失、再投保门槛提高等核心风险,剥夺消费者知情权。",
  "https://qinghai.news.163.com/25/0618/16/K2BOA8ND042898V6.html",
  "date: 2025-06-18; consumer-protection case analysis")

P("wechat_mp", "article", "warning",
  "近年来,随着保险行业快速发展,一些不法分子打着“代理退保”的幌子,以“全额退款”“专业维权”为诱饵,实则编织一张吞噬消费者财产与保障的巨网,诱导消费者退保并从中牟利,不仅使消费者失去原有的保险保障,还将带来巨大的经济损失和法律风险。",
  "https://www.95549.cn/pages/news/cpl/xbfxtsalk/xbfxtsalk_shandong36.shtml",
  "date: 2025; insurer branch's consumer-protection post")

P("wechat_mp", "article", "warning",
  "2. 防范销售误导:不轻信口头承诺,以书面合同为准,认真阅读\"保险责任\"和\"免责条款\",犹豫期内(通常15天)可无条件退保。",
  "https://www.xxf315.com/index.php?c=show&id=157713",
  "date: unknown; risk-warning paragraph (same page as a positive)")

P("toutiao", "article", "news",
  "与小胡所持产品相比,更多消费者面临万能险利率持续走低的现状。小李的投保经历成为行业缩影,其持有的万能险产品发行初期结算利率超5%,2023年仍维持4%水平,而截至2025年12月就已降至最低保证利率2.5%水平。",
  "https://m.163.com/dy/article/KKA92BS20512B07B.html",
  "date: 2026-01 (每日经济新闻); news on universal-life crediting rates, no product promotion")

P("toutiao", "article", "news",
  "安徽商报融媒体记者梳理发现,多数寿险公司的理赔金额和数量相较于2023年均有所提升,消费者获赔率整体在98%以上;重疾险赔付占比较大,且呈现年轻化、整体保障偏低的趋势;在落实保险为民的大背景下,有不少公司开启理赔预付服务、住院垫付服务等;同时,在技术升级的背景下,不少公司处理理赔案件效率优化,甚至可以实现秒级赔付。",
  "https://ahsbszb.ahnews.com.cn/pc/con/202501/27/c1071190.html",
  "date: 2025-01-27; claims-report news")

P("weibo", "caption", "news",
  "获赔率和理赔时效方面,纳入统计中的险企理赔获赔率均值达98.97%,大多数险企获赔率维持在99%以上的较高水平。",
  "http://meinengkg.com/2025-01-25/0536169.shtml",
  "date: 2025-01-25 (21世纪经济报道); claim statistics with a stated basis")

P("wechat_mp", "article", "guide",
  "保险:保险是一种风险管理工具,消费者支付保费后,保险公司为其提供特定风险保障(如健康、意外、养老等)。保险产品的流动性较低,往往需要长期持有,且投保后短期内保单现金价值远低于所交保险费,如提前退保可能面临损失。",
  "https://www.kunlunhealth.com.cn/cms/artdetail?id=25239&type=%E6%B6%88%E8%B4%B9%E8%80%85%E6%95%99%E8%82%B2",
  "date: unknown; insurer consumer education: insurance vs deposit")

P("xiaohongshu", "article", "qa",
  "收益模式:通常采用“固定收益+分红/万能账户收益”的形式,宣传的“类似定期存款利率”多为演示收益,实际分红或万能账户收益存在不确定性(受保险公司经营状况影响)。",
  "https://licai.jiantou8.com/ask/qa_5924061.html",
  "date: unknown; public Q&A answer on bank-sold savings insurance")

P("wechat_mp", "article", "guide",
  "首先,要遵循如实告知原则。这是填写健康告知的核心准则。投保人必须将被保险人的真实健康状况毫无保留地告知保险公司。",
  "http://25cdn.com/news/128626.html",
  "date: unknown; guide to health disclosure")

P("wechat_mp", "article", "qa",
  "为啥买了重疾险又不给赔?大公司的重疾险也不靠谱?重疾险是不是都是骗人的,实际上这也不赔那也不赔?",
  "https://meihualife.com/nrjx/385.html",
  "date: 2026-01-16; broker's article, rhetorical questions that the article then answers (question voice, no competitor named)")

P("toutiao", "article", "news",
  "重疾险理赔纠纷中,“如实告知义务”界定常成争议焦点。近日,北京西城法院审理的一起重疾险案件明确裁判规则:保险公司以“身体的其他感觉异常或活动障碍”等概括性条款主张投保人未履行如实告知义务的,法院不予支持。",
  "https://www.wokahuishou.com/post/199637.html",
  "date: ~2025-12 (每日经济新闻); court ruling news")

P("toutiao", "article", "guide",
  "保险公司作为销售方,其车险条款和费率已通过监管审批(或备案),保费是标准化的,销售人员以“返点”为诱招揽客户,本质上是通过不正当手段降低实际保费,扰乱了保险市场的定价秩序,同时也是一种商业贿赂行为。",
  "http://www.31spcar.com/28537.html",
  "date: unknown; explainer: motor-insurance rebates are illegal")

P("wechat_mp", "article", "guide",
  "禁止保险公司提供合同外利益最早规定于1995年《中华人民共和国保险法》,通常认为,该制度主要是为了防止商业贿赂和反不正当竞争,进而规范保险公司销售行为,维护保险行业秩序。",
  "http://www.shriic.com/ShowNews.asp?ClsID=877&ID=1477",
  "date: ~2025; law-firm article on benefits outside the contract")

P("xiaohongshu", "article", "guide",
  "犹豫期是法律赋予消费者的“反悔权”,是所有保险产品都有的免责退保期限。这个期限通常为15-20天,从签收合同次日开始计算。",
  "https://www.pulanbx.com/bxzs/225488.html",
  "date: 2026; guide to the cooling-off period")

P("toutiao", "article", "news",
  "三宗罪:向投保人输送利益。河北保监局调研发现,2015年4月份,某银行存在下列违法行为:一是销售保险时未出示《保险销售从业人员执业证书》;二是销售保险产品向投保人赠送电热水壶,河北保监局决对其定罚款5000元。",
  "http://xiangrikui.com/jiankang/qita/20160114/455293.html",
  "date: 2015 penalty, report 2016-01-14; describes conduct (a gift), quotes no marketing wording -> report about a violation, clean")

P("wechat_mp", "article", "guide",
  "保险的核心是风险保障,而非投资工具。警惕将保险与存款、理财直接类比的话术。",
  "http://boyidabaowang.com/product/52.html",
  "date: unknown; consumer guide")

P("toutiao", "article", "news",
  "日前,中國保險行業協會公布最新一期普通型人身險產品預定利率研究值為1.99%,這已是連續第二個季度低於2.25%的臨界線。根據相關監管規則,保險行業正式進入預定利率調降、產品切換期。",
  "http://www.gdmsci.cn/gtp/xbt/aHl2WeUPCDsg.html",
  "date: 08-12 (~2025); neutral rate-change news (same page as a positive)")

P("toutiao", "article", "news",
  "为符合公司风险管控要求,部分险企于6月末正式停售3%的增额终身寿险,并于7月1日上市预定利率为2.75%的增额终身寿险,新产品已经报备成功。",
  "https://www.bxdbkk.com/html_3/wannengxian/1784/list/1.html",
  "date: 2024; neutral stop-sale news, no call to buy")

P("toutiao", "article", "news",
  "面对这一趋势,行业对万能险的定位已形成新共识:弱化短期理财属性,强化长期保障功能。",
  "https://www.sixiang.info/news/industry/730263059165253.shtml",
  "date: 2025; industry news")

P("douyin", "article", "warning",
  "随着短视频平台的兴起,抖音已成为金融产品,特别是保险产品推广的重要阵地。“月缴几十元,最高保额600万”、“每天一杯奶茶钱,大病小病都不怕”……这类极具诱惑力的口号在抖音上广泛传播,吸引了大量用户关注和购买。",
  "https://www.520zimeiti.cn/34791.html",
  "date: unknown; risk article quoting generic slogans in a warning voice")

P("wechat_mp", "article", "warning",
  "提醒:保险不是理财,高收益背后往往伴随高风险!投保前务必仔细阅读合同条款,理性看待营销宣传。",
  "http://www.infoall.cn/baoxian/20250919/761500.html",
  "date: 2025-09-19; reminder paragraph (same page as positives)")

P("toutiao", "article", "news",
  "2025年12月23日,北京西城区法院召开新闻通报会,发布《涉重疾险纠纷审判白皮书(2021—2024)》。白皮书显示,2021年至2024年,西城区法院审理的重疾险纠纷案件达284件,标的额超过6,200万元,案件数量逐年增长,2024年较2021年上升了38.71%。",
  "http://www.dingtaide.cn/news/152729.html",
  "date: 2025-12-23; court white-paper news")

P("toutiao", "article", "news",
  "2025年6月30日起,部分保险公司将停售预定利率3.0%的增额终身寿险,并推出利率更低的新产品(如2.5%版本),这一消息源自财联社等权威媒体的报道。",
  "https://news.vobao.com/article/1140789168392418005.shtml",
  "date: 2025-06; stop-sale news with source, no urgency wording")

P("wechat_mp", "article", "warning",
  "對此,中國銀保監會發布風險提示指出,在我國,學生購買商業保險沒有此類強制性要求,大學生錄取與保險交費記錄掛鉤是誤導宣傳。",
  "http://www.ifuun.com/a2018081215430774",
  "date: 2018-08; regulator's rebuttal (same page as positives)")

P("toutiao", "article", "news",
  "那么,首月1元的保险真的是1元就能买吗?记者在轻松保定制页面最下方点击“同意”后,找到了《费率表》,看到除了首月1元,还有一个“2-12月(月付)”栏,根据投保年龄的不同,月付金额也不同。",
  "http://xy178.com/baoxian/20210330/98550.html",
  "date: 2021-03-30; reporter checks the rate table (same page as a positive)")


# =====================================================================================


def occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i != -1:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def resolve(pid, post):
    text, findings, errors = post["text"], [], []
    for lab in post["labels"]:
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
            if not 1 <= occ <= len(hits):
                errors.append(f"{pid}: occurrence {occ} out of range for {phrase!r}")
                continue
            st = hits[occ - 1]
        if text[st:st + len(phrase)] != phrase:
            errors.append(f"{pid}: offset check failed for {phrase!r}")
        findings.append({"category": cat, "start": st, "end": st + len(phrase), "text": phrase})
    findings.sort(key=lambda f: (f["start"] is None, f["start"] or 0, f["category"]))
    return findings, errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors, rows, seen_text = [], [], {}
    for n, p in enumerate(POSTS, 1):
        pid = f"{PREFIX}-{n:04d}"
        if pid in NEAR_COPIES:
            continue
        if p["channel"] not in CHANNELS:
            errors.append(f"{pid}: bad channel {p['channel']}")
        if p["content_type"] not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {p['content_type']}")
        if p["genre"] not in GENRES:
            errors.append(f"{pid}: bad genre {p['genre']}")
        if not p["source"].startswith("http"):
            errors.append(f"{pid}: bad source")
        if p["text"] != p["text"].strip() or not p["text"]:
            errors.append(f"{pid}: text has leading/trailing whitespace or is empty")
        if p["text"] in seen_text:
            errors.append(f"{pid}: duplicate text (same as {seen_text[p['text']]})")
        seen_text[p["text"]] = pid
        findings, errs = resolve(pid, p)
        errors.extend(errs)
        spans = [(f["category"], f["start"]) for f in findings]
        if len(spans) != len(set(spans)):
            errors.append(f"{pid}: duplicate finding")
        positive = p["genre"] in POSITIVE_GENRES
        if positive and not findings:
            errors.append(f"{pid}: quote genre without findings")
        if not positive and findings:
            errors.append(f"{pid}: clean genre with findings")
        rows.append({"id": pid, "channel": p["channel"], "content_type": p["content_type"], "genre": p["genre"],
                     "text": p["text"], "account_owner": None, "findings": findings,
                     "source": p["source"], "note": p["note"]})
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts-framed.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    cats = Counter(f["category"] for r in rows for f in r["findings"])
    dirty = sum(1 for r in rows if r["findings"])
    print(f"posts {len(rows)}  positive {dirty}  clean {len(rows) - dirty}  distinct sources {len(set(r['source'] for r in rows))}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))
    print("posts per category", dict(sorted(Counter(c for r in rows for c in {f['category'] for f in r['findings']}).items())))


if __name__ == "__main__":
    main()
