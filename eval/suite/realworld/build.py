#!/usr/bin/env python3
"""Build posts.jsonl: a small labelled corpus of REAL public text (stdlib only).

Every `text` below is copied verbatim from the page named in `source` (as stored in the
search index's copy of that page; that copy renders full-width commas/colons as ASCII ones,
and a few mirror sites serve the article in traditional script, which is kept as found).
Labels are (category, phrase) or (category, phrase, occurrence); offsets are computed with
str.find and the build fails loudly if a phrase is missing or ambiguous.

usage: python3 build.py            -> writes posts.jsonl next to this file, prints counts
"""
import collections
import json
import os
import sys

CATEGORIES = {
    "ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison",
    "stop_sale_hype", "coverage_exaggeration", "improper_inducement", "disparagement",
    "confidential_info", "pii_name", "pii_phone", "pii_id_card", "pii_bank_card",
    "pii_address", "pii_email", "pii_policy_number", "pii_health", "missing_disclosure",
}
CHANNELS = {"moments", "wechat_mp", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"caption", "article", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "warning", "guide", "news"}

# Sources (page addresses as returned by the `search` tool, corpus "pages")
S_CE_HUBEI = "http://finance.ce.cn/insurance1/scrollnews/202001/10/t20200110_34088143.shtml"
S_XSYDW = "http://www.xsydw.cn/lysy/flzb/4381.html"
S_HOTHERO = "http://hothero.net/xfjs/2020-8/4/213660.html"
S_CRONII = "http://www.cronii.com/pzsh/jkys/2019-05-17/5228.html"
S_XNNEWS = "http://szb.xnnews.com.cn/newb/html/2024-08/19/content_733963.htm"
S_ZXXSW = "https://zxxsw.cn/pxgs/3624.html"
S_HEXIE = "https://www.hexiehealth.com/hxdt/jrzsjyzq/yayx/14910.htm"
S_BS178 = "https://www.bs178.com/tuijian/16802591941279346.html"
S_SINA_HK = "https://finance.sina.com.cn/roll/2018-12-04/doc-ihprknvt0449844.shtml"
S_JSFY = "http://www.jsfy.gov.cn/article/103688.html"
S_CAIDING = "http://gold.caiding5.cn/huilv/123319.html"
S_QDXIN = "http://www.qdxin.com.cn/xin/2025/374172.html"
S_REPORTIFY_HMB = "https://reportify.cn/tags/concept?tagValue=%E5%81%87%E6%83%A0%E6%B0%91%E4%BF%9D"
S_163_HMB = "https://m.163.com/dy/article/KKSG6MH40519DFFO.html"
S_BJTITLE = "https://app.bjtitle.com/8816/newshow.php?did=ae2a6bb5a84d4e169157093ea032967c&newsid=6665714&typeid=96"
S_XUEHUA = "https://www.xuehua.us/a/663d63e9efc074f88e823a8b?lang=zh-hk"
S_658745 = "http://www.658745.cn/other/211223.html"
S_JWVIEW = "http://www.jwview.com/jingwei/html/01-08/206604.shtml"
S_QDNEWS = "http://finance.qingdaonews.com/content/2025-03/07/content_23646203.htm"
S_SHZX = "https://m.shzx.org/a/57-18071-0.html"
S_FJDAILY = "https://jjjjb.fjdaily.com/pc/con/202408/23/content_392425.html"
S_163_NCI = "https://www.163.com/dy/article/KFF8GLS805128QQ3.html"
S_CPIC26 = "https://www.cpic.com.cn/c/2026-03-16/1881020.shtml"
S_CPIC22 = "https://cpic.com.cn/c/2022-09-23/1635865.shtml"
S_COWBC = "http://cowbc.com/finance/cap/3572.html"
S_XRK = "http://xiangrikui.com/licai/fenhong/20121016/271316.html"
S_HUJIN = "https://www.hujinzicha.net/24589.html"
S_CFBOND = "http://m.cfbond.com/zclb/detail/20180608/1000200000019121528420123940462282_1.html"
S_SINOSAFE = "https://magazine.sinosafe.com.cn/?p=8038"
S_BASHOU = "https://www.bashou.cc/article/2472.html"
S_MZYFZ = "http://e.mzyfz.org.cn/paper/1542/paper_40064_8810.html"
S_WANYI = "https://www.wanyiwang.com/index.php/view/134402.html"
S_GUBA = "http://gubaposthk.eastmoney.com/news,cjpl,1600059183.html"
S_SURGE = "https://surgenepal.com/wenda/8-450079"
S_EASTMONEY = "http://finance.eastmoney.com/a/202303222669238774.html"

TRAD = "script: traditional (the only copy found is a mirror that serves the report in traditional characters; kept verbatim). "
ORAL = "channel nominal: the report quotes words said to a customer (not a self-media post); kept because the wording is what agents also post. "

# ---------------------------------------------------------------------------------------------
# Positives: wording posted/said by agents, companies or sellers, as quoted by the source.
# fields: text, channel, content_type, genre, labels, source, date, note
# ---------------------------------------------------------------------------------------------
POSITIVES = [
    dict(text="华泰盛世返还高、拿钱快、快活好养老,司庆献礼,仅售十天,今天不抢,更待何时",
         channel="moments", content_type="caption", genre="penalty_quote",
         labels=[("stop_sale_hype", "仅售十天"), ("stop_sale_hype", "今天不抢,更待何时")],
         source=S_CE_HUBEI, date="2018-08-31 (post); report 2020-01-10",
         note="湖北银保监局 penalty decision (case 1), quoted by 每日经济新闻: the '仅售十天' claim was untrue; agent warned and fined 3,000 yuan."),
    dict(text="一位母親給孩子投保,她算了一筆賬:每年10000,10年一共存100000,平平安安30年后拿到150000,除去本金,還有利息50000。換句話說,每年存1000,利息1666元。額外還送100萬保額的大病保險,60萬的輕癥保險,160種疾病,賠付4次,給孩子滿滿的愛!為愛點贊,畢竟保100萬,比掙100萬容易",
         channel="moments", content_type="caption", genre="penalty_quote",
         labels=[("deposit_comparison", "一共存100000"), ("guaranteed_return", "30年后拿到150000"),
                 ("deposit_comparison", "還有利息50000"), ("deposit_comparison", "每年存1000,利息1666元"),
                 ("improper_inducement", "額外還送100萬保額的大病保險")],
         source=S_XSYDW, date="2019-02-11 (post); report 2020",
         note=TRAD + "湖北银保监局 penalty decision (case 2): used '存' '利息' wording and a yield analogy, exaggerated returns, and advertised 'gift' cover that was never given (认定指引: gift insurance -> improper_inducement)."),
    dict(text="20家公司重疾險保費比較。32歲男性,30萬保額壽險+30重疾保障,20年繳費,年保費分別為:XXXX7536元;XXX11396元;XX9450元……,XXXX是目前市面上最具性價比的產品",
         channel="moments", content_type="caption", genre="penalty_quote",
         labels=[("ad_absolute", "市面上最具性價比")],
         source=S_XSYDW, date="report 2020",
         note=TRAD + "湖北银保监局 penalty decision (case 1 on this page): one-sided premium comparison with other insurers' products; excerpt stops before a garbled part of the mirror. The one-sided price comparison itself has no taxonomy code; only the superlative is labelled."),
    dict(text="全國瘋搶,即將停售",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "全國瘋搶"), ("stop_sale_hype", "即將停售")],
         source=S_HOTHERO, date="2020-08-04",
         note=TRAD + "中国消费者报 (聂国春) quoting Moments posts behind 2020 Qingdao/Hubei penalties."),
    dict(text="返利型重疾险即将停售,错过后悔一辈子",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "即将停售"), ("stop_sale_hype", "错过后悔一辈子")],
         source=S_CRONII, date="2019-05-17",
         note="Local paper quoting insurance ads in readers' Moments, in a report on penalties for misleading Moments content."),
    dict(text="保险慢慢走向强制型",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("false_authority", "慢慢走向强制型")],
         source=S_CRONII, date="2019-05-17",
         note="Same report; misstates policy as if insurance were becoming state-mandatory (taxonomy: 国家规定必须买)."),
    dict(text="只有保险还有3%,你还要再错过吗?错过就是罪过",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "你还要再错过吗"), ("stop_sale_hype", "错过就是罪过")],
         source=S_XNNEWS, date="2024-08-19",
         note="咸宁日报: posts agents shared in Moments before the 2024 pricing-rate cut."),
    dict(text="锁定3%复利,收益写进合同",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("guaranteed_return", "锁定3%复利"), ("guaranteed_return", "收益写进合同")],
         source=S_XNNEWS, date="2024-08-19",
         note="Same report; presents the pricing rate as a locked compound return written into the contract."),
    dict(text="3%时代即将终结,抓住最后窗口期,且买且珍惜",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "3%时代即将终结"), ("stop_sale_hype", "抓住最后窗口期"),
                 ("stop_sale_hype", "且买且珍惜")],
         source=S_XNNEWS, date="2024-08-19",
         note="Same report."),
    dict(text="购买返还型健康保险最后机会",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "最后机会")],
         source=S_ZXXSW, date="2018 (reported 2019)",
         note="CBIRC risk warning (亮剑行动 finding), quoted by 证券日报: agent 马某's Moments post, '炒停' misleading consumers."),
    dict(text="重大疾病保险费率调整",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "费率调整")],
         source=S_ZXXSW, date="2018 (reported 2019)",
         note="Same CBIRC finding: posted as '炒停' (price-change hype) information."),
    dict(text="监管批准复利4.8%,写进合同,3年交5年领,年化单利6%以上,保本保息,错过不再有!",
         channel="moments", content_type="poster_text", genre="news_quote",
         labels=[("false_authority", "监管批准"), ("guaranteed_return", "复利4.8%,写进合同"),
                 ("guaranteed_return", "年化单利6%以上"), ("guaranteed_return", "保本保息"),
                 ("stop_sale_hype", "错过不再有")],
         source=S_HEXIE, date="2024-03 (post); page 2025-09-19",
         note="Insurer's 以案说险 case (anonymised agent 王某, poster caption for a 两全保险(分红型)); provenance weaker than a published decision. The product is participating but the caption itself does not say so, so missing_disclosure is not labelled."),
    dict(text="只要9.9元,1天能领200元",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("coverage_exaggeration", "1天能领200元")],
         source=S_BS178, date="2023-03",
         note="新民快评: Moments ads for COVID quarantine cover; the commentary notes strict claim conditions behind such claims."),
    dict(text="隔离期让保险公司给你发工资",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("coverage_exaggeration", "让保险公司给你发工资")],
         source=S_BS178, date="2023-03",
         note="Same commentary."),
    dict(text="买车险,高优惠(海口车主都传疯了......)",
         channel="wechat_mp", content_type="article", genre="penalty_quote",
         labels=[("improper_inducement", "高优惠")],
         source=S_SINA_HK, date="2018 (decision reported 2018-12-04)",
         note="Title of the article agent 王小伟 (中国人寿海南) posted on his own official account '海口车险'; 海南银保监局筹备组 found 虚假宣传及承诺 (agent prohibitions, 保险法 art 131) and fined him 6,000 yuan. Labelled as an off-tariff discount promise."),
    dict(text="大病小病都能保,有大病的话保险公司给提前垫付,等老了给养老钱,如果自己想要用钱的话,可以灵活领取等。",
         channel="moments", content_type="caption", genre="court_quote",
         labels=[("coverage_exaggeration", "大病小病都能保"), ("coverage_exaggeration", "保险公司给提前垫付")],
         source=S_JSFY, date="2019 (sale); article 2025-03-28",
         note=ORAL + "沛县法院: agent 李某's pitch; court and regulator found he exaggerated coverage and hid exclusions."),
    dict(text="买保险就送金条!",
         channel="moments", content_type="caption", genre="court_quote",
         labels=[("improper_inducement", "送金条")],
         source=S_CAIDING, date="2023 (sale); report 2025-10",
         note=ORAL + "南都湾财社 rendering of the promise in the 北京金融法院 case (salesperson 靳某)."),
    dict(text="返还首年保费10%+免费越南旅游",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("improper_inducement", "返还首年保费10%"), ("improper_inducement", "免费越南旅游")],
         source=S_CAIDING, date="report 2025-10",
         note=ORAL + "南都湾财社: an agent's promise to policyholder 郭先生 (critical-illness policy)."),
    dict(text="满5年到期5万收益11250",
         channel="moments", content_type="poster_text", genre="news_quote",
         labels=[("guaranteed_return", "收益11250")],
         source=S_QDXIN, date="2020-10 (written); report 2025-10-27",
         note="channel nominal: handwritten promise on a bank envelope for a 两全保险(分红型), reported by 信号新闻; a guaranteed-return promise on a participating product."),
    dict(text="比定期利率高得多",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("deposit_comparison", "比定期利率高得多")],
         source=S_QDXIN, date="2020-10 (sale); report 2025-10-27",
         note=ORAL + "Same report: the seller's pitch comparing the policy with a time deposit."),
    dict(text="100%报销不限年龄、职业、既往症",
         channel="douyin", content_type="caption", genre="court_quote",
         labels=[("coverage_exaggeration", "100%报销"), ("coverage_exaggeration", "不限年龄、职业、既往症")],
         source=S_REPORTIFY_HMB, date="2023-09 onward; report 2026-02-03",
         note="北京商报 on the '屹腾惠民保障服务' criminal case (unlicensed fake 惠民保 promoted online and in short videos); channel approximate."),
    dict(text="医保局授权",
         channel="douyin", content_type="caption", genre="court_quote",
         labels=[("false_authority", "医保局授权")],
         source=S_REPORTIFY_HMB, date="report 2026-02-03",
         note="Same case: claimed authorisation by the medical-insurance bureau (forged documents)."),
    dict(text="报销除医保外的所有自费费用",
         channel="douyin", content_type="caption", genre="court_quote",
         labels=[("coverage_exaggeration", "所有自费费用")],
         source=S_163_HMB, date="report 2026-02-03",
         note="Same case, 北京商报 via 网易: the product's promise."),
    dict(text="限时优惠即将结束",
         channel="toutiao", content_type="poster_text", genre="news_quote",
         labels=[("stop_sale_hype", "限时优惠即将结束")],
         source=S_BJTITLE, date="2025",
         note="Commentary on the 上海消保委/复旦 review of internet-insurance ads on e-commerce and news-feed platforms; channel approximate."),
    dict(text="3.0%即將永久性退出歷史舞臺",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "即將永久性退出歷史舞臺")],
         source=S_XUEHUA, date="2024-05",
         note=TRAD + "上海证券报 (何奎): copy circulating among insurance sellers, '炒停售'."),
    dict(text="3.0%的儲蓄險且買且珍惜",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "且買且珍惜")],
         source=S_XUEHUA, date="2024-05",
         note=TRAD + "Same report."),
    dict(text="3.0%復利產品即將下架,再猶豫就是2.5%",
         channel="moments", content_type="caption", genre="news_quote",
         labels=[("stop_sale_hype", "即將下架"), ("stop_sale_hype", "再猶豫就是2.5%")],
         source=S_658745, date="2025",
         note=TRAD + "Article saying Moments are full of this '炒停售' line; the host page is itself promotional, provenance weak."),
]

# ---------------------------------------------------------------------------------------------
# Negatives: paragraphs a compliance officer would let an insurer publish (warnings, guides,
# neutral news). Quoted bad phrases inside a warning are clean by policy.
# ---------------------------------------------------------------------------------------------
NEGATIVES = [
    dict(text="1.准确识别惯用误导手法。通过自媒体平台发布的误导信息主要有:饥饿营销类:宣传保险产品即将停售或限时销售,如使用“秒杀”“全国疯抢”“限时限量”等用语。夸大收益类混淆保险产品和其他固定收益类理财产品,如发布“保本保息”“保本高收益”“复利滚存”等。曲解条款类:故意曲解政策或产品条款,如宣称“过往病史不用申报”“得了病也能买”“什么都能保”等。",
         genre="warning", source=S_JWVIEW, date="2019-01-08",
         note="CBIRC 消保局 risk warning on self-media misleading publicity; quotes banned phrases in a warning voice."),
    dict(text="2.充分了解保险产品信息。保险产品主要功能是提供风险保障,消费者应当树立科学的保险消费理念,通过正规渠道充分了解保障责任、保险金额、除外责任等重要产品信息,根据自身实际需求及风险承受能力选择适当的保险产品。",
         genre="warning", source=S_JWVIEW, date="2019-01-08", note="Same warning."),
    dict(text="3.销售人员要增强合规意识。部分保险营销员编造不实信息的行为属于销售误导,严重损害了消费者合法权益。各保险机构应当按照有关要求,加强从业人员合规教育和职业道德培训。",
         genre="warning", source=S_JWVIEW, date="2019-01-08", note="Same warning."),
    dict(text="4.虚假信息请勿轻信及传播,如有疑问可咨询。当前自媒体平台门槛低、发布主体多、缺乏内容审核,消费者在接收此类非官方渠道发布的销售信息时,应提高自我保护意识,避免冲动消费。",
         genre="warning", source=S_JWVIEW, date="2019-01-08", note="Same warning."),
    dict(text="分红险的红利来源于保险公司实际经营成果,受投资回报、赔付成本、费用支出等多重因素影响,红利分配并非保证收益。保险公司可能根据经营状况调整分红水平,甚至可能出现某年度“零分红”的情况。消费者需避免将历史分红水平简单等同于未来收益。",
         genre="warning", source=S_QDNEWS, date="2025-03-07", note="分红险 risk warning (青岛新闻网)."),
    dict(text="分红险多为中长期产品,若投保后短期内退保,需扣除手续费、管理费等成本,实际返还的现金价值可能低于已交保费。消费者应合理评估自身资金需求,避免因流动性问题被迫退保造成损失。",
         genre="warning", source=S_QDNEWS, date="2025-03-07", note="Same warning."),
    dict(text="部分销售人员可能使用“保底高收益”“稳赚不赔”等话术宣传分红险,或仅展示历史高分红案例。消费者需注意:\n-产品说明书中的“演示红利”仅为假设,非实际承诺;\n-不得将分红险与银行存款、基金等产品简单类比;\n-若发现承诺“保证分红”等违规行为,可向监管部门举报。",
         genre="warning", source=S_QDNEWS, date="2025-03-07", note="Same warning; quotes 稳赚不赔 etc. as things to distrust."),
    dict(text="分红险本质为“保障+分红”组合,其疾病、身故等基础保额通常低于纯保障型产品。若消费者优先需求为风险覆盖,建议优先配置足额保障型保险,避免过度追求分红而弱化保障。",
         genre="warning", source=S_QDNEWS, date="2025-03-07", note="Same warning."),
    dict(text="其实,分红型保险红利来源于利差、死差和费差等所产生的可分配盈余,保险公司每年向消费者派发的红利是不确定的,因此分红型保险的收益也是不确定的。基于精算及其他假设,分红型保险产品在销售时,会对未来的分红水平进行利益演示,但这不代表公司的历史经营业绩,也不代表对公司未来经营业绩的预期。实际分红水平并不确定,在某些年度,保险公司的实际分红情况甚至可能是零。",
         genre="guide", source=S_SHZX, date="", note="中国消费者报 explainer on participating insurance."),
    dict(text="因为分红保险前期的现金价值可能会低于所缴保费,犹豫期后短期内退保会有一定的损失,短期内的分红可能也相对不高。只有中长期持有分红保险,才可能获得预期的收益。",
         genre="guide", source=S_SHZX, date="", note="Same explainer."),
    dict(text="根据通知要求,自2024年9月1日起,新备案的普通型保险产品预定利率上限为2.5%,相关责任准备金评估利率按2.5%执行;预定利率超过上限的普通型保险产品停止销售。",
         genre="news", source=S_FJDAILY, date="2024-08-23", note="福建日报 news on the NFRA pricing notice; mentions 停止销售 neutrally."),
    dict(text="在产品集体换挡升级的窗口期,按照以往,一些销售人员会利用“产品即将停售”的噱头,使得“炒停售”现象时有发生。对于消费者而言,如何理解此次利率的变化?面对“炒停售”行为又该如何应对?",
         genre="news", source=S_FJDAILY, date="2024-08-23", note="Same article; quotes 产品即将停售 as a warning."),
    dict(text="《通知》要求,对于分红型保险产品和万能型保险产品,各公司在演示保单利益时,应当突出产品的保险保障功能,强调账户的利率风险共担和投资收益分成机制,帮助客户全面了解产品特点。",
         genre="news", source=S_FJDAILY, date="2024-08-23", note="Same article."),
    dict(text="采访时有险企负责人表示,在过去一年里,保险产品预定利率已多次下调。2023年7月,一批预定利率为3.5%的产品下架,新备案产品预定利率上限调至3%。今年初,通过监管部门窗口指导,万能险结算利率上限分别调降至3.3%和3.1%。近期,多家险企公布的分红险现金红利实现率也有所下降,而此次调整也在上半年的各类宣传中可以预见。",
         genre="news", source=S_XNNEWS, date="2024-08-19", note="Neutral news paragraph (下架, 分红, 利率) from the same page as three positives."),
    dict(text="近期打开朋友圈,人身险产品预订利率下调的消息铺天盖地。降低保险产品预定利率对市民有何影响?面对保险代理人的各种“提醒”,市民是否应该“上车”?记者对此进行了采访。",
         genre="news", source=S_XNNEWS, date="2024-08-19", note="Same page, news voice."),
    dict(text="保险的核心功能是风险保障,需结合自身年龄、职业、家庭结构等实际情况规划。年轻群体可侧重意外险、百万医疗险,覆盖突发风险;家庭支柱应配置重疾险、定期寿险,抵御收入中断风险;老年群体需优先考虑医疗险、长期护理险,适配健康保障需求 。警惕“他人推荐即购买”“网红产品必入手”的盲目跟风行为,避免出现“保障缺口”或“重复投保”,确保每一份保单都贴合实际需求。",
         genre="warning", source=S_163_NCI, date="2025", note="新华保险 suitability risk warning."),
    dict(text="不同保险产品风险等级差异显著:重疾险、定期寿险等保障型产品风险较低,核心聚焦风险转移;分红险、万能险收益存在不确定性,需承担经营波动风险;投连险投资属性较强,可能面临亏损 。投保前务必如实完成风险测评,保守型消费者应避开高风险投资类保险,稳健型消费者可适度配置分红险、万能险,切勿为追求“高收益”虚报风险承受能力,更不能轻信销售人员“保本保息”的虚假承诺 。",
         genre="warning", source=S_163_NCI, date="2025", note="Same warning; 保本保息 quoted as a false promise."),
    dict(text="个别销售人员利用“炒停售”手法,渲染“最后购买机会”,诱导消费者仓促投保。同时将保险产品包装成“理财产品”,与银行存款利率简单对比,夸大收益,隐瞒提前退保可能产生的损失。",
         genre="warning", source=S_CPIC26, date="2026-03-16", note="太平洋保险 consumer guide on misleading sales."),
    dict(text="老年人常成为重点“围猎”对象。不法分子通过“免费发放农副产品”“健康讲座”等方式吸引老年人,口头承诺“什么病都能赔”“交完返本”。待老人申请理赔时却遭拒,退保损失巨大,销售人员却早已失联。",
         genre="warning", source=S_CPIC26, date="2026-03-16", note="Same guide; quotes 什么病都能赔 as a scam line."),
    dict(text="第一,核实信息拒绝误导。面对“停售”“医保福利”“高收益”等宣传保持冷静,通过保险公司官方客服电话等渠道查验真伪。购买前核实销售机构资质,确认销售人员持有有效执业证。",
         genre="warning", source=S_CPIC26, date="2026-03-16", note="Same guide."),
    dict(text="第二,认真阅读合同条款。保险合同是重要法律文件,务必仔细阅读保险责任、责任免除、缴费金额、退保规则等关键内容。切勿轻信口头承诺,任何承诺若未写入合同都不具法律效力。",
         genre="warning", source=S_CPIC26, date="2026-03-16", note="Same guide."),
    dict(text="然而,对于消费者而言,重要的是要理性看待这一变化。保险产品预定利率的调整是行业根据市场环境进行的常规性操作,其根本目的是为了降低保险公司负债端成本,促进行业持续健康发展。市场利率具有波动性,未来的利率水平同样可能回升。",
         genre="news", source=S_COWBC, date="2025", note="News/commentary on 炒停售 ahead of a rate cut."),
    dict(text="在选购保险产品时,消费者不应仅关注于锁定当前利率,而应综合考虑自身需求与风险承受能力。首先,要明确保险产品的保障功能。寿险和重疾险等产品的主要作用是抵御突发风险带来的经济损失,在发生保险事故时为家庭提供经济补偿。",
         genre="news", source=S_COWBC, date="2025", note="Same article."),
    dict(text="专家提示,消费者在选择分红险时要以长期保障诉求为主,不要过分追求分红回报,尤其不应把短期分红指标看得过重。保险公司在推销时也要实事求是,不能过分夸大分红,甚至把预期收益说成保证收益,或将保险“包装”成纯理财产品忽悠消费者。",
         genre="guide", source=S_XRK, date="2012-10-16", note="Explainer on participating insurance."),
    dict(text="针对这一行业痼疾,监管部门近年来持续加码整治力度,2025年以来更是保持高压态势。据南都湾财社不完全统计,截至10月22日,监管机构年内已针对保险“返佣”相关违规行为开出约156张罚单,涉及保险公司分支机构、保险中介机构及相关责任人,累计罚款金额超过3000万元,罚单内容多指向“给予投保人保险合同约定以外的利益”等,以警示行业规范经营。",
         genre="news", source=S_CAIDING, date="2025-10", note="News on rebate penalties (返佣 in a news voice)."),
    dict(text="所谓“合同外利益”,即保险销售人员或机构通过返现、赠送礼品等“返佣”方式变相降低保费,吸引消费者投保。",
         genre="news", source=S_HUJIN, date="2025-05", note="Explains 返佣; news voice."),
    dict(text="“当前自媒体保险营销宣传方面主要存在夸大宣传、传递不实信息、误导销售等问题。”上述险企内部人士表示,在各种载体中,微信公众号发布的消息是自媒体保险销售误导的重灾区。",
         genre="news", source=S_CFBOND, date="2018-06-08", note="News on the 2018 self-media notice."),
    dict(text="2018年6月,银保监会发布了《关于加强自媒体保险营销宣传行为管理的通知》(以下简称《通知》)。《通知》规定,对于涉及保险产品介绍、销售政策和营销宣传推介活动的,应以公司官方自媒体信息为准,严禁保险公司分支机构、保险中介机构、从业人员自行编发。",
         genre="guide", source=S_SINOSAFE, date="", note="Insurer house magazine compliance article."),
    dict(text="增额寿的全称为增额终身寿险,指在保险合同有效期内,保额按照合同约定的固定利率逐年复利递增,且保单现金价值同步增长的寿险产品。",
         genre="guide", source=S_BASHOU, date="2025-07-03", note="Plain product definition (复利 describes the contractual sum-assured growth)."),
    dict(text="(一)关注保单信息安全。\n1.保管好身份证件、银行卡、银行(支付)账户等,不要转借他人使用;\n2.切勿向他人透露个人金融信息、财产状况等基本信息,不要随意在各类线上线下渠道留下个人金融信息;",
         genre="warning", source=S_CPIC22, date="2022-09-23", note="太平洋保险 personal-information risk tips (PII topic, no PII)."),
    dict(text="有的故意隐瞒除外责任、分红收益不确定等重要信息,甚至曲解保险产品条款,宣称“什么都保”。有的直播营销行为未向观众充分提示金融产品存在的风险、免责条款等。",
         genre="warning", source=S_MZYFZ, date="2020", note="CBIRC 消保局 warning on live-stream financial marketing, via 民主与法制时报."),
    dict(text="合规建议:\n•禁止使用「限时」「限量」「停售」等无事实依据的营销话术;\n•避免绝对化用语(如「国家级」「最高级」),如需强调产品优势,应使用客观数据支撑(如「近3年历史结算利率稳定在3.5%-4.0%」)。",
         genre="guide", source=S_WANYI, date="", note="Compliance review guide; quotes banned terms as examples."),
    dict(text="全面、真实、准确宣传是商业营销的基本规则,是经营者的法定义务,也是消费者的权益保障措施。《广告法》明确:广告应当真实、合法;不得含有虚假或者引人误解的内容,不得欺骗、误导消费者。保险销售平台的广告宣传含有水分,涉嫌侵犯消费者的知情权、选择权。",
         genre="news", source=S_BJTITLE, date="2025", note="Commentary (same page as one positive)."),
    dict(text="近年来,国家监管部门多次提醒,一些不法分子自称资深专业律师、业内专业人士等,在小红书、微信、抖音、快手等自媒体平台发布信息,宣称“国家出台退保政策”“退保新规”等,以“代理退保”“代理维权”名义招揽业务,声称消费者购买的保险无论多长时间、多少金额均可帮助其“全额退保”,怂恿或诱骗消费者委托其办理退保等事项以谋取不正当利益。",
         genre="news", source=S_GUBA, date="2025-09-15", note="21世纪经济报道 on 代理退保; quotes a false-policy claim in a news/warning voice."),
    dict(text="保单权益不受影响:已经购买的保单通常不会因为产品停售而受到影响。保单的条款和条件在购买时就已经确定,并且通常会一直有效至保单终止。",
         genre="guide", source=S_SURGE, date="", note="Q&A explainer on product withdrawal (停售 in an explanatory voice)."),
    dict(text="此次排查销售人员的自媒体,都是当前活跃度较高的平台,包括但不限于微信朋友圈、微信公众号、微信视频号、抖音视频、快手视频、微博帖子、小红书笔记、今日头条帖子等。",
         genre="news", source=S_EASTMONEY, date="2023-03-22", note="券商中国 on the 2023 self-check campaign."),
]

NEG_CHANNEL = {"warning": ("wechat_mp", "article"), "guide": ("wechat_mp", "article"), "news": ("toutiao", "article")}


def locate(text, phrase, occurrence=None):
    """Offsets of `phrase` in `text`; ambiguous phrases need an explicit 1-based occurrence."""
    starts, i = [], text.find(phrase)
    while i != -1:
        starts.append(i)
        i = text.find(phrase, i + 1)
    if not starts:
        raise SystemExit(f"phrase not found: {phrase!r} in {text[:40]!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise SystemExit(f"ambiguous phrase ({len(starts)}x): {phrase!r} in {text[:40]!r}")
        s = starts[0]
    else:
        if not 1 <= occurrence <= len(starts):
            raise SystemExit(f"occurrence {occurrence} out of range for {phrase!r}")
        s = starts[occurrence - 1]
    e = s + len(phrase)
    assert text[s:e] == phrase
    return s, e


def build():
    rows, seen = [], set()
    items = [(p, True) for p in POSITIVES] + [(n, False) for n in NEGATIVES]
    for n, (it, positive) in enumerate(items, 1):
        text = it["text"]
        if text in seen:
            raise SystemExit(f"duplicate text: {text[:40]!r}")
        seen.add(text)
        findings = []
        if positive:
            channel, ctype = it["channel"], it["content_type"]
            if not it["labels"]:
                raise SystemExit(f"positive without labels: {text[:40]!r}")
            for lab in it["labels"]:
                cat, phrase = lab[0], lab[1]
                occ = lab[2] if len(lab) > 2 else None
                if cat not in CATEGORIES:
                    raise SystemExit(f"unknown category {cat!r}")
                if cat == "missing_disclosure":
                    findings.append({"category": cat, "start": None, "end": None, "text": None})
                    continue
                s, e = locate(text, phrase, occ)
                findings.append({"category": cat, "start": s, "end": e, "text": text[s:e]})
        else:
            channel, ctype = NEG_CHANNEL[it["genre"]]
        assert channel in CHANNELS and ctype in CONTENT_TYPES and it["genre"] in GENRES
        note = it.get("note", "")
        if it.get("date"):
            note = f"date: {it['date']}. {note}"
        if not positive:
            note = note + " (clean; channel/content_type nominal)"
        rows.append({
            "id": f"R-{n:04d}", "channel": channel, "content_type": ctype, "genre": it["genre"],
            "text": text, "account_owner": None, "findings": findings, "source": it["source"],
            "note": note.strip(),
        })
    return rows


def main():
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "posts.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = collections.Counter(x["category"] for r in rows for x in r["findings"])
    pos = sum(1 for r in rows if r["findings"])
    print(f"wrote {out}: {len(rows)} posts, {pos} with findings, {len(rows) - pos} clean")
    print("findings per category:")
    for c, k in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {c:24} {k}")
    print("posts per genre:", dict(collections.Counter(r["genre"] for r in rows)))
    print("sources:", len({r['source'] for r in rows}))
    lens = [r["end"] - r["start"] for row in rows for r in row["findings"] if r["start"] is not None]
    print(f"span length: min {min(lens)}, max {max(lens)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
