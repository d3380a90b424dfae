#!/usr/bin/env python3
"""RW6: labelled evaluation set of REAL public Chinese insurance-marketing text (stdlib only).

Every item's text is copied verbatim from one excerpt returned by the `search` tool (corpus "pages"),
and carries that page's address as `source`. Positives are only the posted/said wording quoted in a
penalty decision, court report, regulator notice or news report; negatives are warning, guide, news
or Q&A paragraphs. Labels are (category, phrase) or (category, phrase, occurrence); offsets are
computed with str.find. The build fails loudly on a missing/ambiguous phrase or a duplicate text.
Run: python3 build.py  -> writes posts.jsonl next to this file.
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
GENRES = {"penalty_quote", "court_quote", "news_quote", "warning", "guide", "news", "qa"}
POSITIVE_GENRES = {"penalty_quote", "court_quote", "news_quote"}

# domains / addresses excluded by the brief (in addition to used_sources.txt)
BANNED = [
    "finance.ce.cn", "xsydw.cn", "hothero.net", "cronii.com", "szb.xnnews.com.cn", "zxxsw.cn",
    "hexiehealth.com", "bs178.com", "jsfy.gov.cn", "caiding5.cn", "qdxin.com.cn", "reportify.cn",
    "m.163.com/dy/article/KKSG6MH40519DFFO", "app.bjtitle.com", "xuehua.us", "658745.cn",
    "jwview.com/jingwei/html/01-08/206604", "m.shzx.org", "jjjjb.fjdaily.com",
    "163.com/dy/article/KFF8GLS805128QQ3", "cpic.com.cn", "cowbc.com", "xiangrikui.com/licai/fenhong/20121016",
    "hujinzicha.net", "m.cfbond.com", "magazine.sinosafe.com.cn", "bashou.cc", "e.mzyfz.org.cn",
    "wanyiwang.com", "gubaposthk.eastmoney.com",
]

POSTS = []


def P(channel, content_type, genre, text, labels, source, note):
    POSTS.append({"channel": channel, "content_type": content_type, "genre": genre, "text": text,
                  "labels": list(labels), "source": source, "note": note})


# ---- items ----
P("toutiao", "article", "news",
  "银保渠道缘何成为保险违规重灾区?中国社科院保险与经济发展研究中心秘书长王向楠对记者表示,银保客户往往是有理财需求和支付能力的,他们更关注保险产品的“收益”,这易导致销售人员夸大保险产品的收益或对风险讲解不足",
  [], "https://finance.stockstar.com/JC2018120300000230.shtml",
  "date: 2018-12-03; 上海证券报 news on bank-channel penalties; expert comment")
P("toutiao", "article", "news",
  "以杭州联合银行为例,该行在2017年向客户宣称某款产品保单满3周年,保底年化收益率为4.6%至4.8%,事实上该产品的最低保证利率为3%。此外,该行还在2017年的客户活动中,向投保人赠送积分,积分可兑换油卡。",
  [], "https://finance.stockstar.com/JC2018120300000230.shtml",
  "date: 2018-12-03; reporter's paraphrase of a penalty (no verbatim pitch), so clean news")
P("toutiao", "article", "news",
  "近期,天津保監局下發的(津保監罰〔2018〕8號)表示,經查,天津銀行第四中心支行存在以下違法行為:2017年7月13日在營業場所製作並擺放自制的保險產品宣傳材料,套用“存入”概念,對代理銷售的保險產品進行虛假宣傳,欺騙投保人、被保險人。",
  [], "https://ttnews.xyz/a/5b5bd86fdc9b5e1e97a39dc7",
  "date: 2018; traditional-character news copy about bank-channel penalties")
P("wechat_mp", "article", "warning",
  "辨别业务资质,远离不法诈骗。“机构持牌、人员持证”是互联网保险营销宣传的基本原则,非保险机构不得开展互联网保险业务,包括但不限于提供保险产品咨询服务,比较保险产品、保费试算、报价比价,设计投保方案,代办投保手续和代收保费等。消费者要提高自我保护意识,认真辨别相关机构和个人的资质,防范不法分子假借互联网保险名义骗取钱财、谋求私利。",
  [], "http://www.shpxk.cn/html/31e799959.html",
  "date: 2021-03-15; 福建银保监局 risk warning on internet insurance, reported by 中国消费者报")
P("moments", "caption", "penalty_quote",
  "華泰盛世返還高、拿錢快、快活好養(yǎng)老,司慶獻禮,僅售十天,今天不搶,更待何時",
  [("stop_sale_hype", "僅售十天"), ("stop_sale_hype", "今天不搶,更待何時")],
  "http://m.fzxysj.com/tj/04/01/202001/t20200110_6016074.html",
  "date: post 2018-08-31, decision c. 2019-12 (湖北银保监局); agent's WeChat Moments post; regulator: 僅售十天 was untrue (炒作停售). Traditional-character copy with a pinyin artefact '(yǎng)' kept as found")
P("wechat_mp", "article", "penalty_quote",
  "收益比銀行存款高,同時還有保險保障",
  [("deposit_comparison", "收益比銀行存款高")],
  "http://skiptheapp.com/news/newsc_counties/newsc_hz/202310/t20231019_1536442.htm",
  "date: 2023-10 (金融监管总局 金融消费者权益保护典型案例); insurer's sellers pitched a 分红保险 this way; regulator: 营销宣传行为不规范, misleading")
P("wechat_mp", "article", "penalty_quote",
  "大小疾病全賠",
  [("coverage_exaggeration", "大小疾病全賠")],
  "http://skiptheapp.com/news/newsc_counties/newsc_hz/202310/t20231019_1536442.htm",
  "date: 2023-10 (金融监管总局 典型案例); sellers' description of a 重大疾病保险; regulator: misleading")
P("toutiao", "article", "news",
  "近日,中國銀保監會湖北監管局的幾張罰單,再次給保險從業人員在微信朋友圈等社交平臺發布保險產品營銷信息的合規性“提了醒兒”,同時也為人們甄別選擇保險產品時“排了雷”。這幾張罰單包括多種情形,如將不同保險公司保險產品進行片面對比,承諾給予投保人保險合同約定以外利益、不實宣傳、炒作停售等問題。",
  [], "http://www.whtianma.com/yhbx/20200119/35479.html",
  "date: 2020-01-19; 法制日报 news on Moments marketing penalties (traditional-character copy)")
P("toutiao", "article", "news",
  "业内人士向时代财经指出,“返利”行为不仅破坏了市场公平的交易环境,还可能损害长期稳定经营的企业利益。随着“报行合一”政策逐渐从银行保险渠道延伸到个人保险领域,行业面临着深度洗牌。",
  [], "https://www.tojoyun.com/news/zixun/6835317cdf26f46294132472",
  "date: 2025; 时代财经 news on rebate penalties")
P("wechat_mp", "article", "news",
  "市場的火熱,使得增額終身壽險成為一些保險代理人推銷的爆款產品。不過,中國精算師協會近日提示消費者,應理性看待這款產品,警惕保險營銷員在銷售產品過程中涉嫌誤導性宣傳。而監管部門也在發力降溫,一些爆款產品在近期先後下架。",
  [], "http://wuhuxiaoyouquan.cn/Content/2022/10-18/1031161557.html",
  "date: 2022-10-18; 中国消费者报 news on 增额终身寿 marketing (traditional-character copy)")
P("toutiao", "article", "news",
  "這種銷售行為已涉嫌多重違規。根據中國銀保監會《商業銀行代理保險業務管理辦法》,銀行銷售人員需明確告知客戶產品屬性、風險及退保損失,不得將保險與儲蓄存款混淆宣傳,更不能代替客戶填寫文件或隱瞞關鍵信息。",
  [], "http://www.senqingzn.com/dy/article/JOJ6864P05569C2W.html?spss=dy_author",
  "date: c. 2025; self-media article on 存单变保单 in bank channels, explaining the rule (traditional-character copy)")
P("toutiao", "article", "news",
  "在法庭上,上海某银行辩称,银行只是代理人寿保险公司向汪先生销售保险类的理财产品,不存在许诺高利率、隐瞒产品性质的情形。汪老伯应该能够理解《业务受理单》的意思,知道购买保险行为的后果。保险公司还补充道,在《保险合同》上有明确的保险责任、红利事项的记载,并没有收益承诺。",
  [], "http://xmwb.xinmin.cn/xmwbusa/html/2015-12/25/content_39_1.htm",
  "date: 2015-12-25; 新民晚报 court report (杨浦法院) on a bank-sold 分红型 policy; defendants' arguments")
P("wechat_mp", "article", "qa",
  "一位银行内部人员告诉记者,一般保单都存在10~15天的犹豫期,投保人可以在犹豫期内退保。通常情况下不会支持投保人在犹豫期外退保,但如果银行工作人员对办理保单存在重大过错,银行可能会与投保人协商退保。",
  [], "https://superpyq.com/article/627561ae30a9ee5dc74b9ebd",
  "date: c. 2022; 21世纪经济报道 piece on bank-sold policies; explanatory answer about the cooling-off period")
P("toutiao", "article", "news_quote",
  "Top1:星相守百万医疗险——综合实力王者,家庭首选 【综合得分】:9.8/10 【推荐指数】:★★★★★ 【综合性价比】:极高 核心亮点: 1. 外购药保障全面升级:覆盖200+种癌症特药,含3种CAR-T疗法,取消药品清单限制,医生开具的必需药品均100%报销。从财务角度看,这彻底填补了医保目录外的费用缺口,避免家庭因“用药自由”承担额外巨额支出。 2. 极致价格优势:30岁年保费仅194元,比同类20年保证续保产品低30%;附加特需版年保费约800元,仅为高端医疗险1/5。",
  [("ad_absolute", "综合实力王者"), ("ad_absolute", "家庭首选"), ("coverage_exaggeration", "医生开具的必需药品均100%报销"),
   ("coverage_exaggeration", "彻底填补了医保目录外的费用缺口"), ("ad_absolute", "极致价格优势")],
  "http://cn.dingtaide.cn/caijing/1624943.html",
  "date: c. 2025; found as the post itself: an advertorial '百万医疗险权威榜单' ranking a named product; no regulator finding, labels are ours (superlatives, 100% reimbursement claim)")
P("moments", "caption", "news_quote",
  "存款与保险一样",
  [("deposit_comparison", "存款与保险一样")],
  "https://www.shiguanyingerw.cn/jiankang/528670.html",
  "date: c. 2023 (湖北潜江 邮储 case); bank staff's pitch to an elderly depositor as quoted in a news recap; recordings reportedly showed the staff mixed up insurance and deposits")
P("wechat_mp", "article", "warning",
  "二、高收益还能稳赚不赔?\n理财型保险往往涉及合同保底利率,假定演算利率,预定利率,结算利率,消费者在配置理财保险过程中,一定要分清销售人员说的所谓高回报,到底是哪个利率。其中,合同保底利率才是真正写进合同的确定的利率回报,其他都是不确定的。",
  [], "http://www.sxwq.org.cn/info/1029/5955.htm",
  "date: 3·15 week (year not shown); provincial consumer-council insurance education base, '适老' warning")
P("wechat_mp", "article", "warning",
  "在此特别提示:消费者在银行购买理财产品时,切记注意自己购买的是何种理财产品,如若为基金、保险等第三方开发产品,一定要看清交费期限、到期时间、收益变化等综合评估风险,与家人商量后理性购买,切勿轻听轻信销售人员口头承诺,对产品信息有任何不理解的地方,可直接咨询保险公司等第三方开发机构。",
  [], "http://www.sxwq.org.cn/info/1029/5955.htm",
  "date: 3·15 week (year not shown); same warning, bank-channel paragraph")
P("xiaohongshu", "article", "guide",
  "最后提醒,百万医疗险大多是1年期产品,可能存在停售风险。选择时要优先考虑稳定性好的产品,查看保险公司的续保条款是否明确承诺'不会因为被保险人健康状况变化或理赔历史而拒绝续保'。千万别光看价格便宜就盲目下手,保障持续性才是关键。",
  [], "https://m.huize.com/study/detail-519024.html",
  "date: c. 2025; insurance-platform consumer guide on 百万医疗险; mentions 停售 as a risk, not as urgency")
P("wechat_mp", "article", "guide",
  "百万医疗险的核心保障,本质上是针对住院期间产生的高额医疗费用进行补偿。其典型设计是1万元左右的免赔额,超过部分按比例报销,年度保额可达数百万元。这意味着它主要防范的是重大疾病或意外伤害导致的巨额医疗支出,而非普通门诊或小额住院。保障范围通常涵盖住院医疗、特殊门诊、门诊手术以及住院前后门急诊,但需注意条款中对“合理且必要”的医疗费用定义,以及是否包含外购药、质子重离子治疗等特定项目。",
  [], "https://www.ainsur.top/insurance/renmin/sites/lOYuPvFk/vppKVDqqZuVa/news/20582",
  "date: c. 2025; explainer on 百万医疗险 limits (免赔额, 按比例报销)")
P("toutiao", "article", "news",
  "2020年11月5日,中国保险行业协会、中国医师协会正式发布《重大疾病保险的疾病定义使用规范(2020年修订版)》,新规自今年2月1日起实施。修订后的版本将甲状腺癌归为轻度恶性肿瘤,理赔比例从100%降至30%,同时还将恶性肿瘤、急性心肌梗死、脑中风后遗症等疾病分为重度、轻度。但部分消费者认为,旧版重疾险理赔条件更有吸引力,因此重疾险老产品在停售前一个月,迎来了销售热潮。很多消费者甚至还没弄清楚保险类别、合同条款就购买了保险,只为搭上旧版重疾的“末班车”,殊不知这种草率的行为或引发诸多理赔纠纷。",
  [], "https://m.falvchangshi.com/tags/132116.html",
  "date: 2022-12-01; lawyer's article; news voice on the 2021 重疾 definition change and the 末班车 rush")
P("wechat_mp", "article", "guide",
  "由于保险产品往往是精密设置和计算的产物,又涉及法律和医学等领域的专业知识,存在一定知识门槛,普通消费者很难深刻理解保险合同各类条款设置及流程的相关意义。加之部分基层保险投保业务人员可能存在业绩至上的粗放式推销,或有误导宣传,投保人对于健康保险产品重要的健康告知程序的性质认知上存在偏差,认为不过是走个过场故随意应付的情形并不鲜见,然而在购买重疾险后一旦罹患相关疾病,却有可能遭遇保险人(即是通常意义上的“保险公司”)以投保人在健康告知时未履行如实告知义务的理由拒绝理赔,此时投保人在无法与保险公司协商一致获得通融的情况下,无奈选择诉诸法律。",
  [], "http://kunxlaw.com/a/kunxiangfaji/zhuanyewenzhang/2021/0729/317.html",
  "date: 2021-07-29; law-firm article on health disclosure and claim denials")
P("toutiao", "article", "news",
  "问题到底出在哪儿?根子在销售环节的信息不对称和提示义务不到位。当业务员在平板上让投保人签“已阅读保险条款”时,投保人真看懂“终身”“现金价值”“分红计入保额”这些条款了吗?如果业务员口头说“有病就赔、没病就当存款,10年后拿出来”,这算不算误导性陈述甚至欺诈?司法实践并不统一:2023年开封案法院支持按现金价值退还,理由是保险公司能提供完整的提示证据链;2024年唐山案法院判全额退还,认为保险公司未对“现金价值”这一专业术语做充分提示,格式条款因此无效。两案告诉我们的重要一课是:证据链决定胜负。书面提示、投保签名、电话回访、录音等越完整,保险公司越可能胜诉;反之,投保人胜算越大。",
  [], "http://yuzaishi.cn/gupiaogonggankaihu/313663.html",
  "date: c. 2025; self-media commentary on a Nanchang 分红险 dispute; the pitch is a hypothetical in a question, so clean")
P("wechat_mp", "article", "guide",
  "三、企业如何防范此类法律风险?\n这个案子说透了一个关键问题:\"如实告知\"不能只靠客户嘴上说,企业必须留证据!",
  [], "http://www.zhenghelvshi.cn/post/4469",
  "date: c. 2024; law-firm case note ((2017)鄂9005民初698号) aimed at insurers: disclosure evidence")
P("wechat_mp", "article", "warning",
  "非法集资是指单位或者个人未依照法定程序经有关部门批准,以发行股票、债券、彩票、投资基金证券或者其他债权凭证的方式向社会公众筹集资金,并承诺在一定期限内以货币、实物以及其他方式向出资人还本付息或给予回报的行为。--《关于取缔非法金融机构和非法金融业务活动中有关问题的通知》(银发〔1999〕41号)",
  [], "http://sino-life.com/about/ffffjz.shtml",
  "date: 2023 (防范非法集资宣传月); insurer's own (富德生命人寿) consumer-education page; 还本付息 in a definition")
P("toutiao", "article", "news",
  "北京銀保監局日前指出,近期,短視頻、直播帶貨等互聯網銷售新模式受到社會廣泛關注,北京地區保險公司、保險專業中介機構及其從業人員通過短視頻、直播等方式開展保險營銷宣傳和銷售等行為也日益普遍,合規風險隱患需要重視,特別是存在有的機構混淆線上線下保險業務進行監管套利,有的保險短視頻、直播主體不具有合法資質,有的保險短視頻、直播內容存在誤導宣傳等諸多問題。",
  [], "http://www.kangyitai.cn/jrjg/insurance/2020-06-26/A1593135416913.html",
  "date: 2020-06-26; 证券日报 news on regulator warnings about insurance live-streaming (traditional-character copy)")
P("wechat_mp", "article", "news",
  "一大型险企支公司高管方先生告诉笔者,从保险公司的内部控制机制来看,保险公司对客户信息的保密机制不可谓不严格。首先,保险公司对员工接触客户信息设置了严格的权限和范围,员工不可能一次接触到全部的客户信息。其次,保险公司内部系统中会记录每一次查阅客户信息时间、操作人员工号等信息,且不允许拷贝,员工基本没有短时间大量复制客户信息的可能性。因此,只要有证据证明客户信息泄露是保险公司所为,保险公司完全有能力锁定并揪出“元凶”。",
  [], "https://xuexi.huize.com/study/detail-77632.html",
  "date: c. 2014 (保监会《人身保险客户信息真实性管理暂行办法》); news on customer-information protection")
P("toutiao", "article", "news",
  "從處罰原因來看,除了“違規展業、銷售誤導、虛列費用、虛假宣傳、虛假理賠、虛構保險中介業務、產品不符合監管規定”等行業較為常見的處罰原因之外,今年上半年,有兩個“另類”處罰原因頗為惹人注意:一是保險公司妨礙監管檢查;二是朋友圈銷售誤導。",
  [], "https://pttnews.cc/d841005a60",
  "date: 2019-07; 证券日报 review of H1 2019 insurance penalties (traditional-character copy)")
P("toutiao", "article", "news",
  "某老年产业公司周某玲、谢某斌租用某景区建筑用于建设养老院,通过散发传单、熟人介绍、参观考察、讲课动员等公开宣传方式,吸引老年投资人,以缴纳养老床位预订金可领取福利补贴作为返利为诱饵,共计吸收郑某、吴某等200余名投资者人民币1210万元,给投资者造成实际损失955万余元。",
  [], "http://fxcxw.org.cn/html/68/2021-05/content-21102.html",
  "date: 2021-05; 中国老龄协会/司法大数据研究院 典型案例 news; 养老 scam, masked names")
P("wechat_mp", "article", "guide",
  "根据《中华人民共和国保险法》及相关法律法规,保险公司及其销售人员在营销活动中不得进行任何形式的虚假宣传。虚假宣传是指通过夸大、隐瞒或者误导的方式,使消费者对保险产品的保障范围、收益能力或其他重要信息产生错误认识的行为。",
  [], "https://www.zeihun.com/xfshqq/165857.html",
  "date: c. 2024; legal explainer on false insurance advertising (the page's article numbering is unreliable; this paragraph avoids it)")
P("moments", "caption", "news_quote",
  "满10年连本带利能拿25万,比存银行划算多了",
  [("guaranteed_return", "满10年连本带利能拿25万"), ("deposit_comparison", "比存银行划算多了")],
  "https://news.43u.com.cn/a/2584302.html",
  "date: pitch c. 2015, article 2025; agent's oral pitch for a 10-year 分红险 as quoted by the policyholder's relative in a self-media piece; the contract paid far less")
P("moments", "poster_text", "news_quote",
  "您的賬戶已到賬600萬健康保障,今天24:00前不領作廢!",
  [("coverage_exaggeration", "您的賬戶已到賬600萬健康保障"), ("stop_sale_hype", "今天24:00前不領作廢")],
  "http://www.bohaiimd.com/yhbx/2021/0331/783.html",
  "date: 2021-03-31 (北京青年报 commentary); SMS/landing copy for a 首月1元 百万医疗 product; commentary calls it 诱导消费 (traditional-character copy)")
P("wechat_mp", "poster_text", "news_quote",
  "6月1日-7月31日期间,上年度未出险的续保车主购买商业车险满3500元,在线支付即可获得200元礼品卡,最高返300元。",
  [("improper_inducement", "在线支付即可获得200元礼品卡"), ("improper_inducement", "最高返300元")],
  "http://finance1.ce.cn/rolling/201406/04/t20140604_2917563.shtml",
  "date: 2014-06-04 (经济导报); an insurer's online car-insurance promotion (续保好礼) quoted by the paper, which asks whether gifts are 合同外利益. Host finance1.ce.cn (not the excluded finance.ce.cn)")
P("wechat_mp", "poster_text", "news_quote",
  "全场豪送:所有投保车主,只要商业车险保费满1500元,即可直接获赠家庭保险折扣券,还能赢取500元加油卡。",
  [("improper_inducement", "即可直接获赠家庭保险折扣券"), ("improper_inducement", "还能赢取500元加油卡")],
  "http://finance1.ce.cn/rolling/201406/04/t20140604_2917563.shtml",
  "date: 2014-06-04 (经济导报); same promotion, '全场豪送' part")
P("wechat_mp", "article", "warning",
  "陷阱1:非法操作,扰乱市场秩序\n“代理退保”机构无合法资质,通过编造理由、伪造证据等手段恶意投诉,违反《中华人民共和国保险法》第一百一十六条“禁止欺骗投保人”及国家金融监督管理总局《关于防范“代理退保”风险提示》规定。此类行为不仅损害保险公司权益,更破坏行业正常经营秩序。",
  [], "http://fortune.nmgnews.com.cn/system/2025/03/17/030114741.shtml",
  "date: 2025-03-17; insurer branch (人保寿险赤峰) 3·15 consumer warning on 代理退保")
P("moments", "caption", "news_quote",
  "保单即定存",
  [("deposit_comparison", "保单即定存")],
  "https://m.mtwz.net/news/vZxzaK09N1.html",
  "date: pitch 2016-2019, report c. 2022 (海都 news, Fuzhou); a bank salesperson's words to an elderly depositor, who was sold bank-distributed insurance as a fixed deposit")
# ---- end of items ----


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
        phrase = lab[1]
        occ = lab[2] if len(lab) > 2 else None
        hits = occurrences(text, phrase)
        if not hits:
            errors.append(f"{pid}: phrase not found: {cat} {phrase!r}")
            continue
        if occ is None and len(hits) > 1:
            errors.append(f"{pid}: phrase ambiguous ({len(hits)}x) without occurrence: {phrase!r}")
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
    return findings, errors


# Left out: a 15-character shingle shared with an earlier real-world set (0005 is RW2-0001's wording quoted again
# on another page, with a pinyin gloss).
SHARED_WITH_EARLIER_SETS = {"RW6-0005"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    up = os.path.join(here, "used_sources.txt")
    if os.path.exists(up):
        with open(up, encoding="utf-8") as f:
            used = {ln.strip() for ln in f if ln.strip()}
    errors, rows, texts = [], [], {}
    for n, p in enumerate(POSTS, 1):
        pid = f"RW6-{n:04d}"
        if pid in SHARED_WITH_EARLIER_SETS:
            continue
        if p["channel"] not in CHANNELS:
            errors.append(f"{pid}: bad channel {p['channel']}")
        if p["content_type"] not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {p['content_type']}")
        if p["genre"] not in GENRES:
            errors.append(f"{pid}: bad genre {p['genre']}")
        if not p["text"] or p["text"] != p["text"].strip():
            errors.append(f"{pid}: empty text or surrounding whitespace")
        if p["text"] in texts:
            errors.append(f"{pid}: text duplicates {texts[p['text']]}")
        texts.setdefault(p["text"], pid)
        src = p["source"]
        if not src.startswith("http"):
            errors.append(f"{pid}: bad source {src!r}")
        if src in used or src.rstrip("/") in used:
            errors.append(f"{pid}: source already used by an earlier set: {src}")
        for b in BANNED:
            if b in src:
                errors.append(f"{pid}: source on a banned domain/address ({b}): {src}")
        if "finance.sina.com.cn" in src and "2018-12-04" in src:
            errors.append(f"{pid}: banned sina 2018-12-04 page")
        if "finance.qingdaonews.com" in src and "2025-03-07" in src:
            errors.append(f"{pid}: banned qingdaonews 2025-03-07 page")
        findings, errs = resolve(pid, p)
        errors.extend(errs)
        spans = [(f["category"], f["start"]) for f in findings]
        if len(spans) != len(set(spans)):
            errors.append(f"{pid}: duplicate finding")
        if p["genre"] in POSITIVE_GENRES and not findings:
            errors.append(f"{pid}: quote genre but no findings")
        if p["genre"] not in POSITIVE_GENRES and findings:
            errors.append(f"{pid}: clean genre {p['genre']} carries findings")
        rows.append({"id": pid, "channel": p["channel"], "content_type": p["content_type"], "genre": p["genre"],
                     "text": p["text"], "account_owner": None, "findings": findings, "source": src,
                     "note": p["note"]})
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(x["category"] for r in rows for x in r["findings"])
    pos = sum(1 for r in rows if r["findings"])
    print(f"items {len(rows)}  positive {pos}  negative {len(rows) - pos}")
    print(f"distinct pages {len({r['source'] for r in rows})}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))


if __name__ == "__main__":
    main()
