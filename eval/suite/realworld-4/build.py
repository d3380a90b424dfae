#!/usr/bin/env python3
"""Build posts.jsonl (RW4 real-text evaluation set) from the item data held below.

stdlib only. Labels are held as (category, phrase) or (category, phrase, occurrence);
offsets are computed with str.find. A post-level label is (category, None).
Fails loudly on: missing phrase, ambiguous phrase without an occurrence index,
duplicate text, unknown category/channel/content_type/genre, text[start:end] mismatch.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- item data
# Each item: dict(src, channel, ctype, genre, text, labels=[(cat, phrase[, occ])], note)
ITEMS = []
def add(src, channel, ctype, genre, text, labels, note):
    ITEMS.append(dict(src=src, channel=channel, ctype=ctype, genre=genre, text=text, labels=labels, note=note))

U_CCC = "http://finance.china.com.cn/money/insurance/20240229/6086575.shtml"
add(U_CCC, "moments", "caption", "news_quote",
    "作为年金翘楚内部报酬率达4%,可是它这两天就要下架了",
    [("guaranteed_return", "内部报酬率达4%"), ("stop_sale_hype", "这两天就要下架了")],
    "date: 2024-02-29; 北京商报 report on 炒停售 of savings insurance; wording quoted from agents' Moments posts")
add(U_CCC, "moments", "caption", "news_quote",
    "又一批好产品下架了",
    [("stop_sale_hype", "下架了")],
    "date: 2024-02-29; same report; Moments copy quoted verbatim")
add(U_CCC, "moments", "caption", "news_quote",
    "最近几天最好的第一梯队储蓄类保险会整体下架",
    [("ad_absolute", "最好的第一梯队"), ("stop_sale_hype", "会整体下架")],
    "date: 2024-02-29; same report; Moments copy quoted verbatim")
add(U_CCC, "moments", "caption", "news_quote",
    "王牌增额终身寿险,保底+分红,预计2月29日下架",
    [("guaranteed_return", "保底"), ("stop_sale_hype", "预计2月29日下架"), ("missing_disclosure", None)],
    "date: 2024-02-29; same report; Moments copy quoted verbatim (增额终身寿)")
add(U_CCC, "toutiao", "article", "news",
    "北京商报记者梳理发现,对于保险产品的“停售”,相关保险公司多无官方的明确通知,“炒停售”的主体多为保险经纪公司和保险经纪人。此外,在宣传过程中,销售人员往往将储蓄险产品类比理财产品,片面比较收益,而忽略其保障功能。",
    [], "date: 2024-02-29; news voice about 炒停售; clean")

U_CENN = "http://cennjx.cn/shows/29/25668.html"
add(U_CENN, "wechat_mp", "article", "news_quote",
    "这款产品保证收益2.5%,加上分红至少能有5%的年化收益。",
    [("guaranteed_return", "保证收益2.5%"), ("guaranteed_return", "至少能有5%的年化收益"), ("missing_disclosure", None)],
    "date: case 2022-03 (bank-channel 分红型年金); insurer consumer-education case quoting the bank seller's pitch")
add(U_CENN, "wechat_mp", "article", "warning",
    "1.警惕“演示收益”与“保证收益”的区别:所有理财险合同均需明确标注“保证利益”和“非保证利益”部分,后者可能存在波动甚至亏损。",
    [], "date: c. 2024; 富德生命人寿江西分公司 risk tip; clean")

U_360YL = "http://360yanglao.com/regulation/rights/info-3551.htm"
add(U_360YL, "wechat_mp", "live_script", "news_quote",
    "现在存不划算啊,还有利息更高的理财产品。",
    [("deposit_comparison", "现在存不划算啊,还有利息更高的理财产品")],
    "date: c. 2012 (现代快报); bank counter staff's words to elderly depositors, who were then sold 万能险 as a 理财产品")

U_SDF = "http://kuai.shadafang.com/c/tj0102J15262018.html"
add(U_SDF, "moments", "caption", "news_quote",
    "某某人寿等9家保险公司被叫停整改",
    [("disparagement", "某某人寿等9家保险公司被叫停整改")],
    "date: c. late 2017; article on insurance rumours spread by agents for marketing; rumour about named competitors (names masked by the article)")
add(U_SDF, "moments", "caption", "news_quote",
    "某某人寿甲状腺癌必须5公分才能赔",
    [("disparagement", "某某人寿甲状腺癌必须5公分才能赔")],
    "date: c. late 2017; same article; false claim about a competitor's claims practice")
add(U_SDF, "moments", "caption", "news_quote",
    "《健康保险管理办法》于2017年1月1日起实施,返还型健康险即将停售,此后所有健康险均为消费型,有病赔钱,没病返本的时代已经终结",
    [("stop_sale_hype", "返还型健康险即将停售"), ("stop_sale_hype", "没病返本的时代已经终结")],
    "date: c. 2016-2017; same article; rumour used to push 返还型 health insurance before a rule change")
add(U_SDF, "moments", "caption", "news_quote",
    "买保险要抓紧了,11月要开始双录,到时买会越来越难",
    [("stop_sale_hype", "买保险要抓紧了"), ("stop_sale_hype", "到时买会越来越难")],
    "date: c. 2017; same article; deadline urgency built on a regulatory change")
add(U_SDF, "toutiao", "article", "news",
    "这些谣言,不少还有鼻子有眼,日期、公司名字、数据等都十分明确,个别还“有图有真相”,甚至引入央视新闻联播的画面。当然,最后若不是官方站出来实力辟谣,也会有业内人士来专业“打假”,吃瓜群众一颗悬着的心才踏实地放下来。从内容来看,谣言主要趁政策调整、险企自查整改等时机,制造与保险产品、保险公司相关的噱头,造成消费者恐慌,来达到其营销目的。",
    [], "date: c. 2017; news voice on rumour marketing; clean")

U_CQ315 = "http://www.cq315xf.com/News/View.aspx?ID=33012"
add(U_CQ315, "wechat_mp", "article", "warning",
    "1.警惕“全额退保”骗局:保险退保需依据合同条款计算现金价值,任何声称“百分百退保”“无损失退保”的承诺均属虚假宣传。",
    [], "date: 2026-03-12; 富德生命人寿重庆分公司 3·15 以案说险 risk tip; clean")

U_XXF = "https://www.xxf315.com/index.php?c=show&id=153144"
add(U_XXF, "wechat_mp", "article", "warning",
    "一是谨慎决策退保。超过犹豫期的退保仅能拿回保单现金价值,大概率产生经济损失,且会失去原有保障,再投保成本更高。 二是警惕陌生渠道。消费者勿轻信短视频、社交软件中“全额退保”“高额退费”等宣传,此类信息多为欺诈陷阱。",
    [], "date: 2025; 中国人寿龙海区支公司 case and risk tip on 代理退保; clean")

U_JS315 = "http://js315ccn.cn/html/insurance/detail_2018_06/30/70502.shtml"
add(U_JS315, "toutiao", "article", "news",
    "中国银保监会调查发现,阳光人寿保险公司呼和浩特中心支公司工作人员王某君在销售该保险产品时所宣称的保险期间和年化收益率等内容与保险合同规定严重不符,欺骗投保人;中国银行呼和浩特市呼和佳地支行允许保险公司工作人员王某君驻点销售、参与银行代理保险销售工作和“双录”工作,违反了相关监管法律法规。",
    [], "date: 2018-06; news on a 银保 存单变保单 typical case; names masked as printed; clean")

U_TW = "http://taiwan.cn/jinrong/jrdt/dl/201305/t20130517_4216581.htm"
add(U_TW, "toutiao", "article", "news",
    "重庆保监局认为:一是保单红利的宣传与事实不符。其一,将不确定的保单红利宣传为确定的利益。其二,从该利益演示系统打印的宣传资料不能同时显示高、中、低三档红利,只能显示其中一档,而检查发现的宣传资料均是选择高档红利进行宣传。",
    [], "date: 2013-05-17; news on a penalty for 分红险 benefit illustrations; clean")

U_163JT = "https://www.163.com/dy/article/KCCJQR5105199NPP.html"
add(U_163JT, "moments", "live_script", "court_quote",
    "买两份保险,就送金条。",
    [("improper_inducement", "就送金条")],
    "date: 2023 sale, reported 2025-10; 北京金融法院 case: seller's promise of gold bars to the policyholder (quoted)")
add(U_163JT, "toutiao", "article", "news",
    "北京金融法院判决指出,作为销售员的靳某因其过错导致保险合同解除,不仅应返还保险公司已支付的佣金、奖励及津贴,还需赔偿保险公司因退保造成的实际损失,包括保费与现金价值的差额及律师费等。",
    [], "date: 2025-10; court-report voice on 返佣 case; clean")

U_76CMS = "https://76cms.com/?id=11661"
add(U_76CMS, "wechat_mp", "poster_text", "court_quote",
    "7月保险公司销售的创富一号受益率6.32%(保底),今后受益率会更高",
    [("guaranteed_return", "受益率6.32%(保底)"), ("guaranteed_return", "今后受益率会更高")],
    "date: 2015-10-26; written statement an insurer employee gave the policyholder about a 分红型 annuity; 吉林保监局 found 承诺高额收益; court case write-up")

U_HZ = "https://xuexi.huize.com/study/detail-393354.html"
add(U_HZ, "wechat_mp", "article", "guide",
    "2022年某保险公司宜昌中支员工在接受投保人对其已购买的2份分红型保险咨询时,表述中多次出现“存”“取”等与银行存款产品类比的描述,且拿分红型产品分红率与银行产品利率作片面对比。",
    [], "date: c. 2024; compliance guide on 分红险 marketing, describing a penalty; clean")
add(U_HZ, "wechat_mp", "article", "guide",
    "具体定义可参照《分红保险精算规定》,分红保险是指保险公司将其实际经营成果产生的盈余,按一定比例向保单持有人进行分配的人身保险产品。",
    [], "date: c. 2024; same guide; definition; clean")

U_FDK = "https://www.fudaoke.com/exam/2825811.html"
add(U_FDK, "wechat_mp", "article", "guide",
    "保险公司需在官网披露年度红利实现率(现金/增额/终了红利),并定期向投保人发送红利通知书,包含保单信息、累计红利、分配政策等。演示表格需用醒目字体标明“利益演示基于假设,不代表实际收益”,且禁止使用投资回报率等比率性指标宣传。",
    [], "date: c. 2023-2024; explainer of 分红险 illustration rules; clean")

U_CBIMC = "http://xw.cbimc.cn/2018-06/07/content_263198.htm"
add(U_CBIMC, "toutiao", "article", "news",
    "银保监会有关负责人介绍,银保监会对这起案例相关机构和责任人从重进行处罚,将惩防并举,注重预防,严厉查处各类损害消费者合法权益的违法违规行为,继续加大对保险销售误导行为的治理力度。",
    [], "date: 2018-06-07; 中国银行保险报 news on a 存单变保单 case; clean")

U_JSJK = "https://www.jiusongjiankang.com/health/news/7440743.html"
add(U_JSJK, "xiaohongshu", "article", "qa",
    "惠民保作为普惠型补充医疗保险,虽覆盖广泛,但明确规定了多类疾病不予报销,主要包括美容整形、不孕不育、精神疾病、慢性病、性病、非法药物滥用、意外伤害、自愿手术等非治疗性或高风险项目。恶性肿瘤、肝肾疾病、心脑血管疾病等重大既往症也可能被限制赔付,具体需以当地条款为准。",
    [], "date: c. 2024; consumer Q&A explainer on 惠民保 exclusions; clean")

U_FX361 = "https://m.fx361.cc/news/2021/0927/10848552.html"
add(U_FX361, "wechat_mp", "article", "court_quote",
    "冒着被“追杀”的风险,揭秘“平某福”的真正面目",
    [("disparagement", "揭秘“平某福”的真正面目")],
    "date: posts 2017-2019, judgment 2021-03-23 (山东高院); title of a WeChat MP article by a broker-agent attacking a competitor's product; product name masked by the report; court ordered apology and damages")
add(U_FX361, "wechat_mp", "article", "news",
    "律师注意到,“慧眼选保”登载的这些文章均带有原创字样。点击“阅读原文”后,即可看到公众号营销的某民营公司的保险产品。公证员当场拍照保全了证据,不久,公证处出具了公证书。",
    [], "date: 2021-09-27; 民主与法制 report on a disparagement lawsuit; clean")

U_31S = "http://www.31spcar.com/30324.html"
add(U_31S, "moments", "live_script", "news_quote",
    "不接就错过最低折扣",
    [("stop_sale_hype", "不接就错过"), ("ad_absolute", "最低折扣")],
    "date: c. 2025; 车险 telemarketer's line as recounted by a car owner in an article on 车险电销")
add(U_31S, "moments", "live_script", "news_quote",
    "您好,先生/女士,我是XX保险的,您的车险马上到期了,我们这边有超低折扣,需要了解一下吗?",
    [], "date: c. 2025; typical 车险 telemarketing opener quoted by the same article; judged clean (no absolute, no benefit outside the contract)")

U_SINA_SY = "https://finance.sina.com.cn/jinrong/bx/2022-06-07/doc-imizirau7069871.shtml"
add(U_SINA_SY, "weibo", "article", "news",
    "电销是保险公司推销车险的一种营销方式,也是消费者购买车险的渠道之一。然而,一直以来,很多消费者都苦于车险电销的狂轰乱炸,给人们的工作生活带来很大困扰。",
    [], "date: 2022-06-07; news on 车险电销 complaints; clean")

U_CNB = "http://cainiubao.com/thread-32161-1-1.html"
add(U_CNB, "xiaohongshu", "caption", "news_quote",
    "复利7%最后抢购窗口期,错过就买不到!",
    [("guaranteed_return", "复利7%"), ("stop_sale_hype", "最后抢购窗口期"), ("stop_sale_hype", "错过就买不到")],
    "date: c. 2025; 大成研究 legal note quoting 港险 marketing copy seen on 小红书/朋友圈")

U_VIIGOO = "https://bbapi.viigoo.eu.org/zh-CN/square/post/25474838101442"
add(U_VIIGOO, "wechat_mp", "article", "guide",
    "香港保险其实并不对内地居民开放展业渠道。按现行规定,保单需本人亲赴香港签署,否则可能因形式不合规被认定无效。很多客户为了缴费方便选择地下钱庄转账,涉嫌违反国家有关外汇管理和反洗钱相关法律规定。一旦发生理赔纠纷,可能面临高额跨境诉讼成本,汇率波动,保单价值缩水的风险。",
    [], "date: c. 2025; lawyer's explainer on buying Hong Kong insurance; clean")
add(U_VIIGOO, "wechat_mp", "article", "guide",
    "除了保费本身以外,还有后续更多的成本。赴港签单、开户、续期、体检,每项都可能产生额外支出。储蓄型保险的“演示收益”常高于实际回报,长期持有仍亏损的案例并非没有。更关键的是,前两年退保现金价值接近为零,一旦急用资金,可能血本无归。",
    [], "date: c. 2025; same explainer; clean (warning voice about 演示收益 and 退保)")


U_BZBX = "http://www.bzbx.org.cn/contents/103/1794.html"
add(U_BZBX, "wechat_mp", "article", "warning",
    "加强开户管理,不得通过赠送“礼品”“返现”等方式诱导消费者盲目开户,严禁误导开户,防止“被开户”“销户难”等问题。",
    [], "date: 2025-05-12; 山东金融监管局 requirement on 个人养老金 marketing, republished by a local insurance association; clean")

U_YJD = "https://youjingdian.com/a/177951.html"
add(U_YJD, "toutiao", "article", "news",
    "比较而言,“扫码送大鹅”的获客支出,不可谓不高。很显然,各家银行之间的猛烈竞争,直接推高了市场整体的营销成本。于是乎,不少人颇有“待价而沽”之心态,想着用自己宝贵的“个人养老金”开户名额,往银行兑换最大化的福利筹码——谁派的红包大、谁给的礼物好,就往哪家银行开户!",
    [], "date: c. 2023; 封面评论 commentary on 个人养老金 account-opening gifts; clean")

U_ITB = "http://finance.itbear.com.cn/html/2024-12/121055.html"
add(U_ITB, "toutiao", "article", "news",
    "这种“冲量”行为虽然在短期内能帮助银行员工批量完成任务,但资深金融监管政策专家指出,这种做法并没有真正提高客户的质量和账户的实际使用率。对于商业银行来说,不仅没有带来任何回报,反而可能被“薅羊毛”,损害了银行的长期利益。",
    [], "date: 2024-12; news on 个人养老金 开户 incentives; clean")

U_HZD = "https://hzdaily.hangzhou.com.cn/dskb/2023/04/03/article_detail_2_20230403A131.html"
add(U_HZD, "moments", "caption", "news_quote",
    "曾经有一份复利3.5%的产品我没有珍惜,等到失去的时候才追悔莫及!",
    [("guaranteed_return", "复利3.5%"), ("stop_sale_hype", "等到失去的时候才追悔莫及")],
    "date: 2023-04-03; 都市快报 on a 炒停售 wave for 增额终身寿; copy posted by agents and bank wealth managers on social platforms")
add(U_HZD, "toutiao", "article", "news",
    "这本来只是监管部门一次正常的工作调研,但在部分保险营销人员口中,就变成了继去年11月之后增额终身寿险又一次集中停售。",
    [], "date: 2023-04-03; same report, news voice; clean")

U_ACT = "http://www.actitracker.com/2018/1206/831168.shtml"
add(U_ACT, "moments", "caption", "news_quote",
    "心脑血管疾病61天,花了104万",
    [], "date: 2018-12-06; 金华日报 on agents spreading a patient's hospital bill in Moments to sell insurance; fear marketing but the caption itself names no person and makes no claim in the taxonomy, so judged clean")

U_CB = "http://www.chenbao.meiriwang.net/gd/2023/0411/10971.html"
add(U_CB, "toutiao", "article", "warning",
    "而比较常见的陷阱是不法分子打着“国家扶持”“政策补贴”旗号,通过虚构投资理财项目或夸大投资收益,以“低风险、高回报”为噱头进行诈骗。",
    [], "date: 2023-04-11; 正观新闻 on 银保监会 2023年第1期风险提示 (elderly fraud); clean")

U_XXF2 = "https://xxf315.com/index.php?c=show&id=148195"
add(U_XXF2, "wechat_mp", "article", "warning",
    "当今社会快速发展,新事物频出,老年群体成金融诈骗“重灾区”。老年人接纳新事物慢、信息获取有限、辨别能力弱,易被新骗局迷惑。老年人要防诈骗,不加陌生人微信、不入陌生群,遇骗保留截图维权,警惕高收益承诺,守好财产安享晚年。",
    [], "date: c. 2025; 中国人寿莆田分公司 以案说险 risk tip; clean")

U_XRK1 = "http://xiangrikui.com/licai/fenhong/20111221/173910.html"
add(U_XRK1, "wechat_mp", "live_script", "news_quote",
    "这款分红险期限6年,从以往收益来看,年分红不会少于7.2%,如果身故还会3倍返还保费。",
    [("guaranteed_return", "年分红不会少于7.2%"), ("missing_disclosure", None)],
    "date: 2011-12; bank-branch sellers' pitch for a 分红型两全 product as recalled by the buyer (actual first-year dividend 1.78%)")

U_XRK2 = "http://xiangrikui.com/shouxian/20130304/299323_1.html"
add(U_XRK2, "toutiao", "article", "news",
    "记者查看两份保险的介绍资料,保险期限分别是5年和6年,资料上绝大部分内容都与分红收益有关,关于保障功能的介绍很少,位置也不起眼。根据资料上演示的分红收益,即使按最高档分红水平计算,消费者一次性交清189610元保费,5年累积红利为31821元,年化仅3.36%,远不如五年期银行定存利率(4.75%)。",
    [], "date: 2013-03-04; 快理财 undercover report on bank-branch 分红险 selling; clean (reporter compares with deposits in a warning voice)")

U_JJCKB = "http://jjckb.xinhuanet.com/invest/2012-05/17/content_375797.htm"
add(U_JJCKB, "wechat_mp", "live_script", "news_quote",
    "有个产品收益很高,5年期的产品,到期的保底收益是5.6%,如果投资情况好的话,收益率可以达到6%甚至更高，这个比5年期定期存款合算多了",
    [("guaranteed_return", "到期的保底收益是5.6%"), ("deposit_comparison", "这个比5年期定期存款合算多了")],
    "date: 2012-05-17; 经济参考报: bank staff's words to a depositor (product turned out to be insurance with no guaranteed return); two quoted pieces of the same conversation joined with ，")
add(U_JJCKB, "toutiao", "article", "news",
    "更让李阿姨生气的是,保险公司打来电话与她沟通时,已经过了购买保险产品的“犹豫期”。这就意味着,她想要进行退保已经不可能了。",
    [], "date: 2012-05-17; same report, news voice; clean")

U_SYX = "https://www.syxfjr.cn/info/xbkt/574"
add(U_SYX, "moments", "live_script", "news_quote",
    "收益远超银行存款",
    [("deposit_comparison", "收益远超银行存款")],
    "date: c. 2025; consumer-education case: seller's words to a 66-year-old buyer of an investment-type policy")
add(U_SYX, "wechat_mp", "article", "warning",
    "投资连结型保险属于中高风险产品,收益波动较大,不适合风险承受能力较低的老年投资者。金融机构若未履行“了解产品”义务,可能导致投资者因产品不匹配而亏损。金融机构的销售行为需遵循“公平适当”原则,确保产品与客户风险等级匹配。",
    [], "date: c. 2025; same page, case analysis on 投连险 suitability; clean")

U_163PB = "https://m.163.com/dy/article/JQP58QAC0556BJG6.html"
add(U_163PB, "toutiao", "article", "news",
    "今年2月,新京报记者在湖北武汉卧底调查发现,有银行网点违规引入保险公司销售人员,并任由他们冒充银行职工向储户推销保险。而且,这些销售人员还会刻意夸大保险收益,隐瞒保险不利条款。银行甚至泄露储户个人信息,将储户的姓名、联系方式以及存款情况提供给保险公司。",
    [], "date: 2025-03; commentary on 存款变保险 (新京报 undercover report); clean")

U_CCC2 = "http://finance.china.com.cn/money/insurance/20240515/6117943.shtml"
add(U_CCC2, "toutiao", "article", "news",
    "2022年5月,王先生找到保险公司的某主管询问到期退费事宜时被拒绝,该主管称保单缴费期为10年,一切按照合同约定办理。",
    [], "date: 2024-05-15; court report (朝阳法院, 长险短做 fraud case); clean")

U_HBTV = "https://news.hbtv.com.cn/p/4550291.html"
add(U_HBTV, "toutiao", "article", "news",
    "9月15日,金融监管总局、中国人民银行、中国证监会联合启动金融教育宣传周活动。本次活动以“保障金融权益 助力美好生活”为主题,充分发挥金融教育的预防性保护作用,帮助群众明辨风险、远离侵害、维护合法权益。",
    [], "date: 2025-09; 长江云 以案说险 series intro; clean")

U_BBT = "https://epaper.bbtnews.com.cn/site1/bjsb/html/2020-10/30/content_457691.htm?div=-1"
add(U_BBT, "wechat_mp", "poster_text", "news_quote",
    "参加‘答谢礼’的客户,现场认购长期寿险家庭保单标准保费≥3000元,或者现场认购长期寿险单件标准保费≥5000元,奖励多功能电锅一个",
    [("improper_inducement", "奖励多功能电锅一个")],
    "date: 2020-10-30; 北京商报 on 开门红 marketing: event rules offering gifts for buying, quoted verbatim")
add(U_BBT, "wechat_mp", "poster_text", "news_quote",
    "单笔保费5万元,客户经理奖励××空气净化器一台或××微波炉一台",
    [("improper_inducement", "客户经理奖励××空气净化器一台或××微波炉一台")],
    "date: 2020-10-30; same report; incentive copy quoted verbatim (brands masked by the paper)")
add(U_BBT, "toutiao", "article", "news",
    "即便监管部门刚性文件“立规矩”,但是日常经营中的返佣乱象不止于此。梳理罚单不难发现,返佣礼品更是从加油卡、消费卡等,升级为丽江游、邮轮游。",
    [], "date: 2020-10-30; same report, news voice on 返佣; clean")

U_YWPDD = "https://ywpdd.com/Content/2024/03-15/1527061903.html"
add(U_YWPDD, "douyin", "live_script", "news_quote",
    "錯過可能會后悔一輩子",
    [("stop_sale_hype", "錯過可能會后悔一輩子")],
    "date: 2024-03-15; 中国消费者报 (traditional-script mirror) quoting the closing line of a short-video ad for a 600万 百万医疗险 (每月1.9元); kept in the mirror's traditional characters")

U_31S2 = "http://www.31spcar.com/45860.html"
add(U_31S2, "moments", "caption", "news_quote",
    "续保返现30%",
    [("improper_inducement", "续保返现30%")],
    "date: c. 2025; 车险 返点 slogan quoted in an article on 车险返点渠道")
add(U_31S2, "moments", "caption", "news_quote",
    "买车险送加油卡",
    [("improper_inducement", "送加油卡")],
    "date: c. 2025; same article; 车险 slogan quoted")
add(U_31S2, "toutiao", "article", "news",
    "部分保险代理人为完成业绩任务,或通过“低报价+高返点”吸引客户,将个人佣金的一部分返还给投保人,某车险保费原价5000元,代理人佣金约15%(750元),可能返给客户300-500元,剩余部分作为自己的“业绩奖励”,这种渠道返点金额灵活,但依赖个人信誉,风险较高。",
    [], "date: c. 2025; same article, explanatory voice on 车险返点 (mentions commission rates generically, not a company's internal data); clean")

U_PV = "http://pvnews.cn/toutiao/2023/0906/2000167536.html"
add(U_PV, "toutiao", "article", "news",
    "一年几十元或百余元保费便可拥有高达上百万元保障的学平险在校园很流行,但也深受一些家长反感。临近开学,又有家长吐槽,明明自愿投保的学平险,却被学校强制购买。那么,谁在其中“犯规”?这一乱象何时才能消失?",
    [], "date: 2023-09-06; 北京商报 on compulsory 学平险 (意外险); clean")

U_ZY = "https://finance.zynews.cn/insurance/hangyezixun/2016-09-23/51556.html"
add(U_ZY, "toutiao", "article", "news",
    "然而,根据有关规定,投保“学平险”等商业保险必须坚持学生和家长自愿原则,不得允许保险公司进校设点推销、销售商业保险。",
    [], "date: 2016-09-23; 新华社 report on a school forcing 学平险; clean")

U_MJ = "http://mvm8f.taxpressrelease.com/r65wp/93133.html"
add(U_MJ, "douyin", "live_script", "news_quote",
    "大到癌症肿瘤心脏病冠心病,小到感冒发烧流感,意外骨折烫伤崴脚,责任内百分百报。",
    [("coverage_exaggeration", "大到癌症肿瘤心脏病冠心病,小到感冒发烧流感,意外骨折烫伤崴脚,责任内百分百报")],
    "date: c. 2023-2024; 每日经济新闻 (mirror) quoting a live-stream host selling a 百万医疗险 that has a 1万 deductible")
add(U_MJ, "wechat_mp", "article", "news_quote",
    "本产品重大疾病医疗报销无免赔额。一般医疗报销有一万元免赔额。只要被保险人的医疗费用符合条款约定的条件,我们在扣除1万元免赔额后,将按照应赔付金额的100%进行赔付。",
    [], "date: c. 2023-2024; same report; the insurer's customer-service explanation, quoted; clean (100% stated with its deductible and conditions)")

U_UOPER = "http://uoper.xyz/articles/2023-09-07/3009791.html"
add(U_UOPER, "douyin", "live_script", "news_quote",
    "小到感冒發燒、貓抓狗咬,后面出了任何問題都可以報銷,大病小病都能報。",
    [("coverage_exaggeration", "出了任何問題都可以報銷"), ("coverage_exaggeration", "大病小病都能報")],
    "date: 2023-09-07; 每日经济新闻 (traditional-script mirror) quoting insurers' official live-stream hosts; kept in the mirror's characters")

U_BZD = "http://baozhidao18.com/baoxianxinwen/523.html"
add(U_BZD, "moments", "caption", "news_quote",
    "华泰保险已被我们中国人寿接管。",
    [("disparagement", "华泰保险已被我们中国人寿接管")],
    "date: c. 2017-12-12; false rumour posted by agents of one insurer in Moments about a competitor; both companies declared it untrue")
add(U_BZD, "toutiao", "article", "news",
    "同日下午,中国人寿保险股份有限公司在官网发布声明称,微信朋友圈有传播华泰保险已被中国人寿接管的信息,此信息为不实信息,中国人寿将积极努力维护好保险市场秩序。",
    [], "date: c. 2017-12-13; same report; news voice relaying an insurer's denial; clean")

U_YYB = "https://www.yybnet.net/baise/news/201902/8727407.html"
add(U_YYB, "wechat_mp", "article", "warning",
    "1、准确识别惯用误导手法。通过自媒体平台发布的误导信息主要有:饥饿营销类:宣传保险产品即将停售或限时销售,如使用“秒杀”“全国疯抢”“限时限量”等用语。夸大收益类:混淆保险产品和其他固定收益类理财产品,如发布“保本保息”“保本高收益”“复利滚存”等。曲解条款类:故意曲解政策或产品条款,如宣称“过往病史不用申报”“得了病也能买”“什么都能保”等。",
    [], "date: 2019-02-21; 银保监会消保局 risk tip republished by 右江日报; clean (warning that quotes banned terms)")

U_ZJ = "http://zhongjin.caijingnews.net/finance/2020/0708/11784.html"
add(U_ZJ, "toutiao", "article", "news",
    "综合排序最靠前的视频多数由保险专业中介机构发布,这些机构账号纷纷表示“我们不会推荐任何一家公司和产品”,面对评论区的网友提问,主播均回应“加微信私聊”“私信回复”。",
    [], "date: 2020-07-08; news on insurance live-streaming/short video; clean")

U_NF = "https://tw.newsflash.city/2401/4aabf86ba1e6ea07.html"
add(U_NF, "moments", "caption", "news_quote",
    "3%終身複利即將終止",
    [("guaranteed_return", "3%終身複利"), ("stop_sale_hype", "即將終止")],
    "date: c. 2024-01; traditional-script mirror of a report on agents' Moments copy after deposit-rate cuts; kept in the mirror's characters")
add(U_NF, "moments", "caption", "news_quote",
    "開戶系統當天關閉",
    [("stop_sale_hype", "開戶系統當天關閉")],
    "date: c. 2024-01; same report; agent slogan quoted (traditional script)")
add(U_NF, "wechat_mp", "poster_text", "news_quote",
    "該產品收益高於銀行利息",
    [("deposit_comparison", "該產品收益高於銀行利息")],
    "date: case published 2023-10 by 国家金融监督管理总局 (金融消费者权益保护典型案例); an insurer's online platform promoting a 子女教育金 product; traditional-script mirror")

U_163KF = "https://m.163.com/dy/article/KKFP6LHA0519DFFO.html"
add(U_163KF, "toutiao", "article", "news",
    "北京商报记者注意到,分红险,这一在保险公司会计年度结束后,将可分配盈余按比例分配给客户的人寿保险,如今已从众多产品中脱颖而出,站上了银行渠道的\"C位\"。",
    [], "date: 2026-01-29; 北京商报 on 存款搬家 into bank-channel 分红险; clean")

U_FR = "http://farennews.com/magazine/content/2022-02/25/content_8678875.html"
add(U_FR, "toutiao", "article", "news",
    "然而,一些保险机构进入养老产业后,在养老保险的制度设计、实践指导、风险防控及实际兑现等方面,存在着一些争议,甚至损害了消费者的合法权益。",
    [], "date: 2022-02-25; 法人杂志 on 养老社区-linked annuity products; clean")

U_271 = "http://www.27168.cn/10008.html"
add(U_271, "wechat_mp", "article", "guide",
    "展业过程中,我们最无奈也最唏嘘的,是听到来自客户对保险的以下两个偏见和疑惑:\n一个是,保险都是骗人的。\n另一个是,保险一买几十年,万一保险公司破产了,我买的保险怎么办?",
    [], "date: c. 2020; agent-training article on answering customer objections; clean (quotes objections, claims nothing)")

U_WPP = "https://wanpiaopiao.cn/show/130845.html"
add(U_WPP, "douyin", "live_script", "news_quote",
    "一天不到一个鸡蛋、一瓶水的价钱,就能获得最高600万保障。",
    [], "date: c. 2023-10; 南都湾财社 report on insurance live-stream hosts; the quoted line uses 最高 as a sum-insured ceiling (a product term), judged clean under the taxonomy's 最高保额 exception")

U_JJCKB2 = "http://dz.jjckb.cn/www/pages/webpage2009/html/2025-09/19/content_110378.htm"
add(U_JJCKB2, "toutiao", "article", "news",
    "据悉,此次金融教育宣传周活动内容聚焦四大方面:一是开展规范营销行为、强化适当性管理方面政策宣传;二是提示防范互联网贷款乱象、金融领域“黑灰产”侵害;三是展现金融为民办实事的亮点举措;四是加强反诈宣传,弘扬诚信文化。",
    [], "date: 2025-09-19; 经济参考报 on 金融教育宣传周; clean")

U_CAM = "https://m.cameronpac.com/wenda/8-570279"
add(U_CAM, "xiaohongshu", "article", "qa",
    "2.5%预定利率的保险产品停售与市场利率下行、监管政策调整等因素有关,消费者需根据自身需求及时配置,避免错过窗口期。",
    [("stop_sale_hype", "避免错过窗口期")],
    "date: c. 2025; third-party Q&A platform answer itself (not a report about it) urging purchase before a rate-driven withdrawal")

U_SGN = "https://www.surgenepal.com/wenda/8-552258"
add(U_SGN, "xiaohongshu", "article", "qa",
    "二季度末窗口期:当前市场上最后一波2.5%复利产品将在2025年二季度末全面退市。",
    [("stop_sale_hype", "最后一波2.5%复利产品将在2025年二季度末全面退市")],
    "date: c. 2025-Q2; third-party Q&A platform answer itself; deadline urgency on savings products")

U_125 = "http://125.65.46.38/down/8607381115.shtm"
add(U_125, "toutiao", "article", "news",
    "自2024年9月1日起,新备案的普通型保险产品预定利率上限为2.5%,相关责任准备金评估利率按2.5%执行;预定利率超过上限的普通型保险产品停止销售。",
    [], "date: 2024-09-08; republished 国家金融监督管理总局 notice on 预定利率 caps; clean (factual 停止销售 in a regulator voice)")

U_CSAI = "https://csai.cn/video/65344.html"
add(U_CSAI, "wechat_mp", "article", "qa",
    "一般来说,万能账户有保底利率和实际结算利率。其中,保底利率一般为1.75%-3%。实际结算利率则通常可达4%-6%,不过实际结算利率是无法确定的,需要看保险公司每个月发布的具体信息。",
    [], "date: c. 2023; Q&A explainer on 万能险 结算利率; judged clean (explains guaranteed vs. uncertain crediting rate)")

U_YUFU = "https://news.yufumall.com/n/144228.html"
add(U_YUFU, "moments", "live_script", "news_quote",
    "比定期存款高2%",
    [("deposit_comparison", "比定期存款高2%")],
    "date: 2025-05-06; article on 存款变保险: the yield pitch bank staff use with elderly depositors, quoted")

U_XNNU = "https://www.xnnu.com/308697.html"
add(U_XNNU, "moments", "live_script", "news_quote",
    "存钱送粮油",
    [("improper_inducement", "送粮油")],
    "date: c. 2025; article on 邮政 insurance mis-selling to the elderly; pitch phrase quoted (gift tied to buying)")
add(U_XNNU, "toutiao", "article", "news",
    "部分案例显示,保险合同存在条款表述复杂、字体过小等问题,且签约时缺乏必要的条款解读。辽宁退休职工江某诉讼案中,法院认定银行已完成形式告知义务,但未充分考虑老年人理解能力差异,最终判决客户败诉。这反映出当前法律对特殊群体保护存在盲区。",
    [], "date: c. 2025; same article, analysis voice; clean")

U_DIGI = "http://www.digipub.cc/dy/article/KLAQUF4N051481US.html?f=post1603_tab_news"
add(U_DIGI, "douyin", "poster_text", "news_quote",
    "由國家醫保局授權、大連市政府報備",
    [("false_authority", "由國家醫保局授權"), ("false_authority", "大連市政府報備")],
    "date: promotion 2023-09 to 2024-04, report 2026-02; traditional-script mirror of a 羽扇观金 article on the 屹腾惠民 fake 惠民保 case; wording 'repeatedly used in its promotion'. NOTE: the simplified original at www.163.com/dy/article/KLAQUF4N051481US.html is in used_sources.txt; this mirror is a different address but the same article - drop this item if mirrors of used articles are unwanted")

# ---------------------------------------------------------------- build

CATEGORIES = {
    "ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
    "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info",
    "pii_name", "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email",
    "pii_policy_number", "pii_health", "missing_disclosure",
}
POST_LEVEL = {"missing_disclosure"}
# Left out when the set joined Postguard's suite: a 15-character shingle shared with an earlier real-world set
# (0060, 0061, 0065, 0077), or a mirror of an article an earlier set used (0082, digipub.cc of 163.com KLAQUF4N051481US).
SHARED_WITH_EARLIER_SETS = {"RW4-0060", "RW4-0061", "RW4-0065", "RW4-0077", "RW4-0082"}
CHANNELS = {"moments", "wechat_mp", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CTYPES = {"caption", "article", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "warning", "guide", "news", "qa"}


def find_all(text, phrase):
    out, i = [], text.find(phrase)
    while i != -1:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def build():
    posts, seen = [], {}
    for n, it in enumerate(ITEMS, 1):
        pid = f"RW4-{n:04d}"
        if pid in SHARED_WITH_EARLIER_SETS:
            continue
        text = it["text"]
        if not text.strip():
            raise SystemExit(f"{pid}: empty text")
        if text in seen:
            raise SystemExit(f"{pid}: duplicate text (same as {seen[text]})")
        seen[text] = pid
        for field, allowed in (("channel", CHANNELS), ("ctype", CTYPES), ("genre", GENRES)):
            if it[field] not in allowed:
                raise SystemExit(f"{pid}: bad {field} {it[field]!r}")
        findings = []
        for lab in it["labels"]:
            cat, phrase = lab[0], lab[1]
            occ = lab[2] if len(lab) > 2 else None
            if cat not in CATEGORIES:
                raise SystemExit(f"{pid}: unknown category {cat!r}")
            if phrase is None:
                if cat not in POST_LEVEL:
                    raise SystemExit(f"{pid}: span category {cat} needs a phrase")
                findings.append({"category": cat, "start": None, "end": None, "text": None})
                continue
            hits = find_all(text, phrase)
            if not hits:
                raise SystemExit(f"{pid}: phrase not found: {phrase!r}")
            if occ is None:
                if len(hits) > 1:
                    raise SystemExit(f"{pid}: phrase ambiguous ({len(hits)} hits): {phrase!r}")
                start = hits[0]
            else:
                if occ >= len(hits):
                    raise SystemExit(f"{pid}: occurrence {occ} out of range for {phrase!r}")
                start = hits[occ]
            end = start + len(phrase)
            if text[start:end] != phrase:
                raise SystemExit(f"{pid}: offset check failed for {phrase!r}")
            findings.append({"category": cat, "start": start, "end": end, "text": phrase})
        if it["genre"] in ("warning", "guide", "news") and findings:
            raise SystemExit(f"{pid}: genre {it['genre']} is a clean genre but has findings")
        posts.append({
            "id": pid, "channel": it["channel"], "content_type": it["ctype"], "genre": it["genre"],
            "text": text, "account_owner": None, "findings": findings,
            "source": it["src"], "note": it["note"],
        })
    return posts


def main():
    posts = build()
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    pos = [p for p in posts if p["findings"]]
    print(f"items: {len(posts)}  positive: {len(pos)}  clean: {len(posts) - len(pos)}")
    print(f"distinct source pages: {len({p['source'] for p in posts})}")
    cats = Counter(f["category"] for p in posts for f in p["findings"])
    print("findings per category:")
    for c, k in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {c:24} {k}")
    print("posts per genre (positive/clean):")
    g_all = Counter(p["genre"] for p in posts)
    g_pos = Counter(p["genre"] for p in pos)
    for g in sorted(g_all):
        print(f"  {g:14} {g_all[g]:3}  ({g_pos[g]}/{g_all[g] - g_pos[g]})")
    print("posts per channel:", dict(Counter(p["channel"] for p in posts)))


if __name__ == "__main__":
    main()
