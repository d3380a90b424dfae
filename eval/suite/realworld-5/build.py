#!/usr/bin/env python3
"""RW5: labelled evaluation set of REAL public Chinese text (insurance marketing compliance). stdlib only.

Every text is copied verbatim from an excerpt returned by the `search` tool (corpus "pages"); the page
address is kept as `source`. Positives are ONLY the wording an insurer / agent / bank seller / platform
posted or said (as quoted in a report, or the post itself); negatives are real paragraphs in a warning,
guide, news or Q&A voice. Labels are (category, phrase) or (category, phrase, occurrence); offsets are
computed with str.find and the build fails loudly on a missing / ambiguous phrase or a duplicate text.

Run: python3 build.py   -> writes posts.jsonl next to this file and prints counts.
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
CHANNELS = {"moments", "wechat_mp", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"caption", "article", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "warning", "guide", "news", "qa"}

PREFIX = "RW5"
POSTS = []


def P(channel, content_type, genre, text, labels, source, note):
    POSTS.append({"channel": channel, "content_type": content_type, "genre": genre, "text": text,
                  "labels": list(labels), "source": source, "note": note})


# =====================================================================================================
# POSITIVES: wording actually posted / said by a seller (quoted in a report) or the marketing post itself
# =====================================================================================================

P("moments", "caption", "news_quote",
  "投保返现金3000元",
  [("improper_inducement", "返现金3000元")],
  "http://31spcar.com/27524.html",
  "date: n.d. (2020s); one of the car-insurance sales slogans the article quotes (买车险送加油卡/投保返现金3000元/年审代办全包); only this piece used")

P("moments", "poster_text", "news_quote",
  "传统渠道返还826元+200元购物卡,保单合同价是5XXX元,实付4XXX元,增值服务6次洗车……",
  [("improper_inducement", "返还826元+200元购物卡"), ("improper_inducement", "增值服务6次洗车")],
  "http://www.oeeee.com/html/202108/09/1121750.html",
  "date: 2021-08-09 (南方都市报); the car-insurance offer shown in the paper's graphic on 返佣揽客; 深圳 fines for 合同外利益")

P("moments", "caption", "news_quote",
  "保险利润远高于银行存款、复利计息……",
  [("deposit_comparison", "保险利润远高于银行存款")],
  "https://www.xkb.com.cn/articleDetail/386884",
  "date: 2025 (新快报, 2024 complaints); the life agent's sales promise quoted by 山西消保联 cases")

P("moments", "caption", "news_quote",
  "缴1年、分红超银行3倍、退保保本",
  [("deposit_comparison", "分红超银行3倍"), ("guaranteed_return", "退保保本"), ("missing_disclosure",)],
  "https://m.163.com/dy/article/KBEO61D005568W0A.html",
  "date: 2025 (河南省保险行业协会 以案说险); seller's pitch for 增额终身寿险 at a 老客户答谢 event; dividend promoted with no uncertainty statement")

P("moments", "caption", "news_quote",
  "住院全报、大病赔50万",
  [("coverage_exaggeration", "住院全报")],
  "https://m.163.com/dy/article/KBEO61D005568W0A.html",
  "date: 2025 (河南省保险行业协会); seller's claim for a 全家保障计划 that was in fact an annuity with death cover only")

P("moments", "caption", "news_quote",
  "公司垫首年保费,次年退保赚2000元",
  [("improper_inducement", "公司垫首年保费"), ("guaranteed_return", "退保赚2000元")],
  "https://m.163.com/dy/article/KBEO61D005568W0A.html",
  "date: 2025 (河南省保险行业协会); '垫资套利' pitch to a consumer who got a 免费重疾险 SMS")

P("moments", "caption", "court_quote",
  "大病小病都能保",
  [("coverage_exaggeration", "大病小病都能保")],
  "https://www.2wbiao.com/p/88684.html",
  "date: n.d. (c.2025); sales line of agent 李某 in a court case (60% liability for the client's 退保损失)")

P("wechat_mp", "article", "guide",
  "从监管角度看,储蓄保险的安全性具有制度保障。国有银行系保险产品受存款保险制度覆盖(50万元以内全额赔付),2022年行业理财亏损率仅0.3%,远低于普通理财产品1.8%的平均水平。",
  [("false_authority", "国有银行系保险产品受存款保险制度覆盖(50万元以内全额赔付)")],
  "https://www.kupet.cn/read-1749302297a10985049.html",
  "date: 2025-06-07; the post itself (savings-insurance promotion); false claim that insurance is covered by the state deposit-insurance scheme")

P("wechat_mp", "article", "guide",
  "大型保险公司拥有雄厚的资本实力,部分头部企业资产规模超万亿元,获得国际权威机构的AAA信用评级。保险产品的收益承诺写入合同,具备法律效力,这种刚性兑付特征为长期资金提供了稳定港湾。",
  [("guaranteed_return", "刚性兑付特征")],
  "http://lctzj.com/zenmepeizimaigupiao/168965.html",
  "date: n.d. (c.2025); the post itself ('存单与保单' article); insurance returns presented as 刚性兑付")

P("wechat_mp", "article", "guide",
  "2. 保险的增值潜力\n增额终身寿险、年金险等产品通过复利增值,长期收益更高。如增额寿险现金价值年增长3% - 3.5%,持有20年收益率可达4% - 6%。年金险养老金还可享受免税优惠,进一步放大实际收益。",
  [("guaranteed_return", "持有20年收益率可达4% - 6%")],
  "https://news.vobao.com/article/1135677138056776643.shtml",
  "date: 2025 (沃保网 '存款和保险哪个更靠谱'); the post itself; states a yield range as a fact with no uncertainty")

P("xiaohongshu", "article", "guide",
  "作为目前唯一一个能锁定终身保障(且费率固定)的健康险,买个保30年/70岁的重疾险简直是暴殄天物。",
  [("ad_absolute", "唯一一个")],
  "https://post.smzdm.com/p/a3dd2po5/",
  "date: 2021-05-17; the post itself (什么值得买 note by 懂保爷, critical-illness review)")

P("xiaohongshu", "caption", "guide",
  "99.9%的人都买错了重疾险!评测推荐目前性价比最高的重疾险产品。",
  [("ad_absolute", "性价比最高")],
  "https://post.smzdm.com/p/a3dd2po5/",
  "date: 2021-05-17; title of the same note")

P("wechat_mp", "article", "guide",
  "因为保险有“社会稳定器”之称,它遍布社会各行各业,影响我们生活的方方面面,\n这样无可替代的重要性,保险公司的安全等级是一定要优于银行的。",
  [("deposit_comparison", "保险公司的安全等级是一定要优于银行的")],
  "https://www.cwdbkk.com/html_2/chongwubaoxian/9615/list/5.html",
  "date: n.d.; the post itself ('奶爸' broker article on whether insurers can fail, with a 咨询 link); insurer safety ranked above banks")

P("wechat_mp", "article", "guide",
  "因为年金险有其他所有金融产品所不具备的功能,那就是100%安全,且可以锁定中长期利率。",
  [("ad_absolute", "其他所有金融产品所不具备的功能"), ("guaranteed_return", "100%安全")],
  "https://fpi.com.hk/whatagoodstartmeanstoinsurancecompanyemployees/",
  "date: 2022-11-02; the post itself (开门红 annuity article)")

P("wechat_mp", "poster_text", "guide",
  "四、奖项设置\n\n会员:400元+价值198元的暖心礼品\n\n投保人:400元+价值198元的暖心礼品\n\n网展助理:200元\n\n注:暖心礼品为:高级户外旅行背包、保温杯等任选一款",
  [("improper_inducement", "投保人:400元+价值198元的暖心礼品")],
  "http://m.vobao.com/news/805743762914693402.shtml",
  "date: 2014-12-25; the platform's own rule for its 2015 签单分享 contest: cash + gift to policyholders who share a signed policy")

P("moments", "caption", "news_quote",
  "把钱放在我们的投资账户里,每年可得6%左右的分红",
  [("guaranteed_return", "每年可得6%左右的分红"), ("missing_disclosure",)],
  "http://m.bx010.com/b/26318.html",
  "date: 2020-11-12; agent pitch quoted in a consumer explainer on 分红/投连 returns")

P("moments", "caption", "news_quote",
  "合同明確地保證了每年給客戶的收益,第一年14萬元,第二年15.4萬元,第三年16.8萬元,第四年18.2萬元,第五年19.6萬元,算下來每年就是8%,難道還是騙你們的不成。",
  [("guaranteed_return", "合同明確地保證了每年給客戶的收益"), ("guaranteed_return", "算下來每年就是8%")],
  "http://www.kcuv.cn/shebaoxinwen/1794178",
  "date: 2012 (complaint about 生命至瑞增额两全保险, bought 2008-2009); agent's words pointing at the sum-assured table; traditional-character copy kept as found")

P("moments", "caption", "news_quote",
  "有病保病,沒病里面的錢會利滾利",
  [("guaranteed_return", "里面的錢會利滾利")],
  "http://www.sccstd.com/baoxian/2022/0315/34016.html",
  "date: 2022-03-15 (北京商报 on 分红险 complaints); one of the quoted 分红险 sales slogans; traditional-character copy kept as found")

P("moments", "caption", "news_quote",
  "买保险比存银行划算",
  [("deposit_comparison", "买保险比存银行划算")],
  "https://paper.cnstock.com/html/2011-09/01/content_139062.htm",
  "date: 2011-09-01 (上海证券报); bank-staff line used on older customers ('存款变保险')")

P("moments", "caption", "news_quote",
  "重要提醒!你可能要被拒绝核保了!还有最后一周,一月进入尾声,你们可能以为时间还充裕,不是!!买保险是要留出核保时间的,特别是现在,重疾都卖爆了,核保全要排队。我只能帮大家到这里了,快上车!",
  [("stop_sale_hype", "还有最后一周"), ("stop_sale_hype", "快上车")],
  "https://ashea.com.cn/caijing/2021/0124/134452.html",
  "date: 2021-01-22 post, article 2021-01-24; a broker's Moments post quoted verbatim before the old critical-illness definitions were withdrawn")

P("wechat_mp", "article", "guide",
  "开心的是,重疾险的新世代要来了;\n\n担心的是,怕你错过最后上车的机会。\n\n因为,旧定义重疾险明年1月31日就全部下架了。",
  [("stop_sale_hype", "怕你错过最后上车的机会")],
  "https://babybx.com/zhongdajibingbaoxian/bd8eb86024/",
  "date: 2020-11 (双十一); the post itself (海豚君 broker article)")

P("wechat_mp", "caption", "guide",
  "重疾险新规倒计时:要抓紧上车了",
  [("stop_sale_hype", "要抓紧上车了")],
  "https://wap.265xx.com/w424/987471.html",
  "date: 2020-11/12; title of the post itself (the body later says not to panic-buy; the title is the hype)")

P("wechat_mp", "article", "guide",
  "时隔13年的重兵集体销售中断将于本周日(1月31日)彻底落幕。\n\n到时所有的旧定义重疾将全部下架,以后就再也买不到了。",
  [("stop_sale_hype", "以后就再也买不到了")],
  "https://www.qchdlb.com/finance/799586.html",
  "date: 2021-01 (week of 1月31日); the post itself (broker article recommending old-definition products)")

P("moments", "caption", "news_quote",
  "利息更高,收益更好,分红更多",
  [("deposit_comparison", "利息更高"), ("missing_disclosure",)],
  "http://money.fjsen.com/2022-03/14/content_30981741.htm",
  "date: 2022-03-14 (泉州市消保中心 case, sale in 2016); bank counter staff's words to a 70-year-old depositor, product was a 分红型 whole-life policy")

P("wechat_mp", "article", "guide",
  "现如今, 想要守住我们的钱袋子、真正可以做到【保本】的理财产品,也就只剩下50万以内的存款、国债和理财型保险了。 我自己和同事也都在往理财保险里加码, 没办法, 无风险投资的利率水平越来越低, 银行理财从6%降到3%,再到打破“刚兑”,投资者盈亏自负; 定期存款从3%降到1.5%; 余额宝从7%降到不足2%; 连国债的利率也降到只有2点几了…. (2020年12月以来1/3/7/10年期的国债收益变化) 好歹理财型保险,目前还能锁定3.5%的复利收益",
  [("guaranteed_return", "真正可以做到【保本】的理财产品"), ("deposit_comparison", "50万以内的存款、国债和理财型保险")],
  "https://baoxianzhinan.91dbb.com/category/%e4%bf%9d%e9%99%a9%e8%a1%8c%e4%b8%9a%e9%80%9f%e9%80%92/page/21",
  "date: 2022 (after 资管新规, '钱,都往这里涌…(理财保险)'); the post itself (大白 broker blog); insurance set beside deposits/bonds as 保本 理财")

P("wechat_mp", "article", "guide",
  "文章的第三部分,我们从上百款产品当中挑选出目前最适合成人的重疾险产品,并给出了最优的投保方案",
  [("ad_absolute", "最优的投保方案")],
  "https://wap.265xx.com/w424/1031791.html",
  "date: n.d. (c.2021); the post itself ('吐血整理,当前最推荐的成人重疾险')")

P("moments", "caption", "news_quote",
  "開門紅系統即日關閉",
  [("stop_sale_hype", "開門紅系統即日關閉")],
  "http://big5.china.com.cn/gate/big5/sl.china.com.cn/2023/1229/188868.shtml",
  "date: 2023-12-29 (证券日报 via china.com.cn big5); agents' Moments slogans quoted as 贩卖焦虑; traditional copy kept as found")

P("moments", "caption", "news_quote",
  "終身複利3%即將停售",
  [("stop_sale_hype", "即將停售")],
  "http://big5.china.com.cn/gate/big5/sl.china.com.cn/2023/1229/188868.shtml",
  "date: 2023-12-29; second Moments slogan quoted in the same report")

P("wechat_mp", "poster_text", "penalty_quote",
  "該款産品收益高於銀行利息",
  [("deposit_comparison", "收益高於銀行利息")],
  "http://big5.china.com.cn/gate/big5/sl.china.com.cn/2023/1229/188868.shtml",
  "date: 2023-10 NFRA 金融消费者权益保护典型案例, quoted 2023-12-29; an agency's online page for a '少儿教育金' without saying it is insurance")


# =====================================================================================================
# NEGATIVES: real paragraphs in a warning / guide / news / Q&A voice, same vocabulary, no violation
# =====================================================================================================

P("wechat_mp", "article", "news",
  "到底什么是“保险合同外利益”?深圳法律界专家向南都财研社记者介绍,所谓“保险合同约定以外利益”包括以下两种情况:\n\n其一是直接返费,一般按首期所交保费的一定比例或按到手佣金的部分或全部通过微信转账、银行卡转账等方式返给投保人,这在车险中比较明显。",
  [],
  "http://www.oeeee.com/html/202108/09/1121750.html",
  "date: 2021-08-09; explainer on 返费 in a news voice")

P("wechat_mp", "article", "guide",
  "从处罚决定书公布的案情来看,车险领域,以给予投保人加油卡、积分抵扣等为主,另有通过第三方来赠送汽车保养服务等违法方式。人身险领域,有产说会上给现场签单客户送礼的,还有按照保费额度赠送金牡丹、金如意的。绝大部分案例,并未披露具体违规操作形式。",
  [],
  "http://www.baoxianguancha.com/content-11-6096-1.html",
  "date: 2018-12-03; compliance officer's summary of 合同外利益 penalties")

P("toutiao", "article", "guide",
  "保险返点本质上是销售方将佣金收入的部分返还给客户的行为,常见形式包括直接现金返还、加油卡赠送、保养服务抵扣等。在车险领域,返点比例可达保费的15%-40%,人身险的长期保单返点甚至可能更高。这种做法的表面目的是增强市场竞争力,实际上却扰乱了行业定价体系。",
  [],
  "https://www.chengdudc8.com/read-90075.html",
  "date: n.d.; consumer explainer on 返点")

P("wechat_mp", "article", "guide",
  "于保险行业而言,常说的销售误导,通常包括“欺骗投保人、被保险人或者受益人”、“隐瞒与保险合同有关的重要情况”以及“阻碍投保人履行如实告知义务,或者诱导其不履行如实告知义务”三种类型,涉及影响合同效力纠纷的主要是前两种情形。",
  [],
  "http://deheheng.com/yjy/lssd/33086.html",
  "date: c.2025; law-firm note on 销售误导 and contract validity")

P("weibo", "caption", "warning",
  "“大爷,您知道什么是养老诈骗吗?”\n“那些承诺高额分红、保本高息的‘养老项目’您可得小心。”",
  [],
  "http://hld.lncourt.gov.cn/article/detail/2022/06/id/6723258.shtml",
  "date: 2022-06; 葫芦岛中院 anti-养老诈骗 outreach; the words are a warning, not a pitch")

P("wechat_mp", "article", "news",
  "老人们“入会”的门槛极低,起初也不需要购买产品,交5元入会费就可以去打牌、聊天、喝茶。随后,在日常接触中,公司负责人和业务员给老人们送鸡蛋、送水果。逐渐熟悉之后,业务员开始推销“养老产品”并签订合同(多为艺术品交易合同或居家服务合同),承诺每年13.5%的高额利息。",
  [],
  "http://news.caijingmobile.com/article/detail/466165?source_id=40",
  "date: 2022-07-13 (《财经》); report of a 养老诈骗 case; reporter's paraphrase, not the seller's words")

P("wechat_mp", "article", "warning",
  "4.三问核心问题:\n\n“这款产品的保险责任有哪些?哪些情况不赔?”\n\n“连续缴费几年?中途退保损失多少?”\n\n“收益怎么算?有没有写进合同?”",
  [],
  "https://m.163.com/dy/article/KBEO61D005568W0A.html",
  "date: 2025; 河南省保险行业协会 risk tips (questions a consumer should ask)")

P("wechat_mp", "article", "guide",
  "不惧时光流逝,“越”享无忧人生\n中宏宏越人生年金保险(分红型)\n\n该产品为分红保险, 其红利分配是不确定的,在某些年度红利可能为零。",
  [],
  "http://manulife-sinochem.com/P-customer/product/PWS-%E9%93%B6%E4%BF%9D%E5%AE%8F%E8%B6%8A%E4%BA%BA%E7%94%9F.htm",
  "date: n.d.; insurer's own product page for a participating annuity, WITH the required dividend-uncertainty statement")

P("wechat_mp", "article", "guide",
  "都会世家终身寿险(分红型)产品说明书 本产品为分红保险,其红利分配是不确定的,将根据本公司分红保险业务的实际经营情 况而定。 为方便您了解和购买本产品,请您仔细阅读本说明书。 产品特色 有效保额复利增值 身价保障稳步提升",
  [],
  "https://fdocument.pub/document/ceefeoee-efceeic.html",
  "date: c.2020; insurer product brochure (中美联泰大都会) with the dividend-uncertainty statement before the selling points")

P("toutiao", "article", "guide",
  "增额终身寿险的核心权益均载明于保险合同中,需重点关注保额递增规则、现金价值计算方式及免责条款。部分产品标注的“3.5%复利增长”实为保额增长率,而非实际收益。务必要求保险顾问提供现金价值演示表,明确不同缴费年限下的资金回本周期与中长期收益水平。",
  [],
  "https://m.vobao.com/news/1139497215898184498.shtml",
  "date: 2025; buyer's guide explaining that '3.5%复利' is not a return")

P("wechat_mp", "article", "guide",
  "很多人都有过这样的经历:去银行柜台想存个定期,结果在大堂经理的热情推荐下,稀里糊涂地买了一份“收益更高”的产品。拿回家仔细一看合同,发现上面写的是“XX人寿保险”。 这时候,很多人会心里打鼓:这不就是存款换个名字吗? 大错特错。",
  [],
  "https://news.unibao.com/licai/749.html",
  "date: n.d.; explainer on savings insurance vs bank deposits")

P("toutiao", "article", "guide",
  "安全性高,有存款保险制度兜底\n国内银行受存款保险条例保护,单个储户在同一家银行的存款,50万以内本金和利息都有保障,就算银行经营出问题,也有保险公司赔付,几乎不用担心血本无归,对保守型的人来说,这种“稳稳的幸福”很重要。",
  [],
  "https://172168.com/bx/10020252012662880071030.html",
  "date: n.d.; deposit-vs-annuity explainer; the 兜底/保本 words describe bank deposits, not the insurance product")

P("xiaohongshu", "article", "qa",
  "选择“最好”的重疾保险没有统一答案,关键在于综合评估个人健康、家庭责任、财务状况与具体产品保障责任、公司服务及条款细节,通过科学比对与动态规划,才能找到最适合自身的那一份保障方案。",
  [],
  "https://ask.nctoro.com/a356302",
  "date: 2026-02-21; Q&A answer to '重疾保险哪个最好' that refuses a superlative")

P("wechat_mp", "article", "qa",
  "保险保障基金和再保险机制:\n为了保障消费者的权益,国家设立了保险保障基金,并在保险公司出现风险时提供救助。此外,保险公司也会通过再保险机制分散风险,进一步降低倒闭的可能性。",
  [],
  "http://bxshww.cn/jingdianjuzi/1241810.html",
  "date: n.d.; Q&A on whether insurers can fail; factual mention of the guarantee fund")

P("wechat_mp", "article", "guide",
  "“我妈是腿受伤,跟甲状腺有什么关系?这不是故意刁难、拖延赔款吗?”\n\n说实话,90% 的客户遇到这种补件,第一反应都是愤怒和不解。",
  [],
  "https://m.163.com/dy/article/KMVCOH4V0519Q647.html",
  "date: 2026-01; broker's claims story (理赔简报) explaining a document request; surname-only, no identifiable diagnosis")

P("moments", "article", "guide",
  "这47件理赔案件里,金额最小的947.21元,是一个被狗咬后打狂犬病疫苗的案件,金额最大的147万元,是一个客户骑电动车闯黄灯与一辆汽车撞但是自己负主要责任的交通事故;有的客户对理赔结果不满意,经过我对理赔规则和当初投保产品条款的解释,客户最终心平气和的接收了理赔结果;",
  [],
  "https://www.qchdlb.com/finance/1077538.html",
  "date: 2021-02; an agent's own account of 47 claims handled; no customer identified")

P("weibo", "article", "warning",
  "提醒2:防范保险销售误导\n销售误导行为的表现形式包括:\n夸大保险责任或保险产品收益、虚假宣传、以其他金融产品的名义销售保险产品等欺骗行为。",
  [],
  "http://m.kcqsx.com/zhongshan/201808/123345.html",
  "date: 2018-08; 人民银行中山市中心支行 consumer reminder")

P("wechat_mp", "article", "warning",
  "(二)混淆产品性质\n\n1.风险表现:部分销售人员可能将保险、基金、理财等产品包装成“存款替代品”,甚至声称“保本保息”。\n\n2.应对建议:\n\n(1)明确产品类型:存款、理财、保险、基金的风险等级不同,购买前务必核实。\n\n(2)警惕“存款送保险”“高息理财”等话术,避免被误导。",
  [],
  "http://m.fjnx.com.cn/xmnsh/jrxfzqybh/jrzsxc/2025091215274165062/index.html",
  "date: 2025-09-12; 厦门农商银行 risk warning on 代销 products")

P("wechat_mp", "article", "warning",
  "(一)对带有“业绩优良”、“名列前茅”、“位居前列”、“最有价值”、“唯一”等关键词宣传进行冷静分析,避免上当受骗。",
  [],
  "https://www.psbc.com/cn/fhpd/jhdls/smfh/zxgg_1292/202106/t20210621_103636.html",
  "date: 2021-06-21; 邮储银行厦门分行 notice on illegal financial ads; superlatives named in a warning")

P("wechat_mp", "article", "news",
  "2.公司核查:保险公司收到退保申请及“证据”后,通过调取投保录音、回访记录、代理人展业档案等,发现王先生所述“销售误导”与事实不符——投保时录音明确显示代理人已清晰说明产品为分红型,收益不确定且无保底;回访电话中王先生也确认“了解产品条款及风险”。",
  [],
  "https://www.95549.cn/pages/news/cpl/xbfxtsalk/xbfxtsalk_shandong10.shtml",
  "date: 2024/2025; 国华人寿德州中支 以案说险 on 代理退保")

P("wechat_mp", "article", "court_quote",
  "由于存在套利空间,刘某便通过自身投保以及张某发展下线,承诺给与投保人返佣为首年保费的98%--108%,投保期间申请保单贷,一年后退保,还可获得保险公司退保金(保单贷和退保金合计约为保费的15%)。",
  [],
  "https://www.cpalawyer.cn/insights/2324.html",
  "date: 2024-2025; defence lawyer's account of a 高返佣 contract-fraud case; reporter-style paraphrase, not a sales post")

P("wechat_mp", "article", "warning",
  "三是明晰保险保障。消费者应综合考虑教育、养老、医疗、疾病、意外等保险保障需求,为不同家庭成员在不同时期选择差异化的保险方案。在签字确认前,要详细阅读保险合同中的保险责任、责任免除、保险期间及退保等相关规定。切勿轻信单一保险产品可以抵御所有风险,切勿将保险与存款混淆。",
  [],
  "http://zz.mnw.cn/jinrong/zgrs/2994333.html",
  "date: c.2025; 中国人寿 consumer risk warning")

P("wechat_mp", "article", "news",
  "从新规发布实施到2021年2月1日之间的这段时间为新规与旧规的过渡期。过渡期结束后,各公司不得继续销售基于老定义开发的重大疾病保险产品 由此可见,保险产品的大改会在2021年2月1日左右。",
  [],
  "https://h5.2239.com/article/4662.html",
  "date: 2020-11/12; neutral explanation of the critical-illness definition switch-over (停售 as fact, no urgency)")

P("wechat_mp", "article", "news",
  "最终,杨某某犯侵犯公民个人信息罪,被处罚金5000元;何某某犯侵犯公民个人信息罪,被处罚金5000元;俞某某犯侵犯公民个人信息罪,但免予刑事处罚。",
  [],
  "http://guilin.baitongwang.com/yongfuxian/2025/0820/52331.html",
  "date: 2025-08-20 (北京商报 repost); court outcome of an insurance-data resale case; names masked")

P("wechat_mp", "article", "guide",
  "国家信用背书\n基本养老保险由政府主导,资金安全性和政策稳定性远超商业保险。即使未来经济形势变化,国家也会通过财政补贴等方式确保养老金按时足额发放。",
  [],
  "https://www.surgenepal.com/wenda/12-565969",
  "date: n.d.; Q&A on pensions; 国家信用背书 correctly attributed to the basic state pension, not to an insurance product")

P("wechat_mp", "article", "warning",
  "对方先是索要了张女士的保单、身份证、银行卡等信息,随后指导她向保险公司投诉,谎称“投保时被业务员误导,告知只要生病住院都可申请理赔,保险到期可以全额拿回保费”,并承诺“我们有专业团队跟保险公司谈判,保证你拿回7.2万元保费”。",
  [],
  "http://21econ.cn/zixun/69091.html",
  "date: 2025; 以案说险 on 代理退保; the quoted lines are a fabricated complaint and a black-market promise, reported in a warning")

P("toutiao", "article", "guide",
  "“600万抗癌保障”等宣传实为噱头,实际治疗中罕见达到该金额。更关键的是关注“年度赔付限额”,部分产品将靶向药、ICU费用等单独设置10 - 20万元子限额,可能无法覆盖实际支出。",
  [],
  "https://m.vobao.com/news/1140099088383656630.shtml",
  "date: 2025; buyer's guide to 百万医疗险")

P("wechat_mp", "article", "guide",
  "第三十条 各类宣传材料应当按照保险条款全面、准确描述保险产品,要在醒目位置对经营主体、保险责任、退保费用、现金价值和费用扣除情况进行提示,不得夸大或变相夸大保险合同利益,不得承诺不确定收益或进行误导性演示",
  [],
  "http://yybscb.com/yybs/show/show-31.html",
  "date: 2021; bank-insurance mediation case, legal analysis quoting 商业银行代理保险业务管理办法")

P("wechat_mp", "article", "guide",
  "保险都是骗人的!\n保险最不保险!\n遇到卖保险的赶紧躲!\n保险买的时候容易,理赔时候难!\n保险这不赔那不赔,千万别买保险!以上说的是您的心声吧?",
  [],
  "https://yishusx.com/gongsizhuce/202309107785.html",
  "date: 2023-09; an agent's article that quotes common consumer complaints in order to answer them (no competitor named)")

P("wechat_mp", "article", "guide",
  "与病魔相随的还有持续、高昂的医疗费用。所幸三年来,我共获得了4轮15次理赔,理赔金额超过400万元——这笔钱,让我和家人免于“砸锅卖铁”求医的困境。",
  [],
  "http://china-ioe.cn/finance/2661521.html",
  "date: 2021-05-21; a broker's first-person account of her own claims (own data, not a third party's)")

P("wechat_mp", "article", "news",
  "事实上,这几年来,中国保监会及地方保监局多次下发通知,要求保险公司尤其是人身险公司在犹豫期内通过电话、信函、电子邮件、短信或上门等合适的方式对一年期以上人身保险新单的投保人进行100%的回访。",
  [],
  "https://paper.cnstock.com/html/2011-09/01/content_139062.htm",
  "date: 2011-09-01; '100%' as a regulatory requirement, not a claim")

P("wechat_mp", "article", "news",
  "部分保险公司针对“高净值”人群推出高额保费险种,而其中设置的高额佣金机制却被不良从业者异化为非法敛财的工具。以某十年期年金险为例,首期保费100万元,销售佣金达首期保费的81%至89%,20年期重疾险佣金更是高达95%至150%,滋生了“高额返佣+短期退保”的套利模式,形成内外勾结的隐蔽黑产链条,严重侵害保险消费者合法权益,也对金融市场秩序和金融安全构成威胁。",
  [],
  "http://www.bciyuan.org/./shzs/fzzc/202511/t20251118_1753903.shtml",
  "date: 2025-11-18 (检察日报); commission rates reported by prosecutors, not leaked by an insurer")



# =====================================================================================================

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


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
            starts = hits
        else:
            if not (1 <= occ <= len(hits)):
                errors.append(f"{pid}: occurrence {occ} out of range for {phrase!r}")
                continue
            starts = [hits[occ - 1]]
        for st in starts:
            f = {"category": cat, "start": st, "end": st + len(phrase), "text": phrase}
            if text[f["start"]:f["end"]] != phrase:
                errors.append(f"{pid}: offset check failed for {phrase!r}")
            findings.append(f)
    findings.sort(key=lambda f: (f["start"] is None, f["start"] or 0, f["category"]))
    return findings, errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors, rows, seen_text = [], [], {}
    for n, p in enumerate(POSTS, 1):
        pid = f"{PREFIX}-{n:04d}"
        text = p["text"].strip("\n")
        if p["channel"] not in CHANNELS:
            errors.append(f"{pid}: bad channel {p['channel']}")
        if p["content_type"] not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {p['content_type']}")
        if p["genre"] not in GENRES:
            errors.append(f"{pid}: bad genre {p['genre']}")
        if not p["source"].startswith("http"):
            errors.append(f"{pid}: bad source")
        if text in seen_text:
            errors.append(f"{pid}: duplicate text (same as {seen_text[text]})")
        seen_text[text] = pid
        findings, errs = resolve(pid, text, p["labels"])
        errors.extend(errs)
        keys = [(f["category"], f["start"]) for f in findings]
        if len(keys) != len(set(keys)):
            errors.append(f"{pid}: duplicate finding")
        rows.append({"id": pid, "channel": p["channel"], "content_type": p["content_type"],
                     "genre": p["genre"], "text": text, "account_owner": None, "findings": findings,
                     "source": p["source"], "note": p["note"]})
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dirty = [r for r in rows if r["findings"]]
    cats = Counter(f["category"] for r in rows for f in r["findings"])
    print(f"posts {len(rows)}  positive {len(dirty)}  clean {len(rows) - len(dirty)}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("genres (positive)", dict(sorted(Counter(r["genre"] for r in dirty).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))
    print("distinct pages", len({r["source"] for r in rows}))


if __name__ == "__main__":
    main()
