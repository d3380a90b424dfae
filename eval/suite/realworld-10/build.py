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

PREFIX = "RW10"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def P(channel, content_type, genre, source, note, text, labels=()):
    pid = f"{PREFIX}-{len(POSTS) + 1:04d}"
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels), "source": source, "note": note})




# ============================ ITEMS ============================
# P(channel, content_type, genre, source, note, text, labels)
# labels: (category, phrase) | (category, phrase, occurrence) | ("missing_disclosure",)
# Every text is copied verbatim from a `search` (corpus "pages") excerpt of the page in `source`.

# --- batch 1 ---
P("toutiao", "article", "news", "http://xmtcb.com/caijing/31570.html", "date: 2023 (2024开门红); 贝壳财经 news on 开门红 pre-collection of premiums",
  "按照往年“开门红”的操作,保险公司往往在四季度就开始推次年一季度的“开门红”产品,消费者买这些产品虽然是次年1月1日才生效,但保险公司可以提前扣款。")
P("toutiao", "article", "news", "http://xmtcb.com/caijing/31570.html", "date: 2023; news reporting rebates as a (reported) inducement; report about a practice, not a pitch",
  "这样一来,保险公司扣款与消费者保障正式生效之间还有“时差”。记者了解到,有的保险公司会将这些“未生效”的保费用于购买短期理财产品,以给客户返利,作为吸引客户的手段。")
P("wechat_mp", "article", "guide", "https://www.liechua.com/qita/401044.html", "date: n.d.; law-firm style explainer on 开门红 compliance",
  "每年的岁末年初,保险行业内都会掀起一股“开门红”的热潮。这种现象最早起源于美国,在中国保险市场上逐渐发展成为一种特有的销售模式。“开门红”指保险公司集中在特定时间段内(通常为12月至次年3月)推出一系列促销活动,旨在通过有限的时间窗口吸引客户购买保险产品,实现业务目标。")
P("toutiao", "article", "news", "https://market.chinabaogao.com/gonggongfuwu/012531A0R018.html", "date: n.d. (about 2016-2018); industry report on 开门红 history",
  "2016年是寿险行业的“开门红”转折年,2016年“开门红”各公司大多采用了万能险基础上搭配年金的产品组合形式,但是“实质重于形式”,寿险公司开门红产品理财属性极强,保障功能十分有限,对标的产品更多为银行、信托、券商的理财产品。2016年1月1日至1月7日,国寿、平安、太保、太平、泰康、人保寿和新华七家个险渠道合计承保保费超过760亿元。其中,高现价产品承保保费超过400亿元,占比约53%。")
P("toutiao", "article", "guide", "http://news.ce5.com.cn/caijing/2022/0817/3565.html", "date: 2022-08-17; consumer-education on 万能险 two rates",
  "为什么这么说呢?因为万能险有两个利率:保证利率和结算利率,前者写入合同固定不变,目前各公司在1.75%-3%之间;后者每月公布,不固定。据统计,截至2022年6月末,全部1797只万能险结算利率平均值为3.96%,其中有22只高达5%。")
P("toutiao", "article", "warning", "http://news.ce5.com.cn/caijing/2022/0817/3565.html", "date: 2022-08-17; planner warns about agents demonstrating only the settlement rate",
  "高级保险规划师、杭州翰乔学社社长陈蕾说,今年以来,银行理财收益率持续下降,很多人冲着4%甚至更高的结算利率转而购买万能险,一些代理人在演示收益的时候,往往只演示结算利率,而不演示保证利率,由此造成万能险收益率非常高的假象。")
P("wechat_mp", "article", "marketing", "https://faermu.com/a/xinwenzixun/gongsidongtai/437.html", "date: 2024-01-16; repost of a broker's (大师兄) Zhihu 理财险 article, self-promotion line",
  "对毫无基础的保险小白来说,这绝对是你能在知乎上免费读到的、最良心、最系统、最专业的理财险科普解读!",
  [("ad_absolute", "最良心"), ("ad_absolute", "最系统"), ("ad_absolute", "最专业")])
P("wechat_mp", "article", "marketing", "https://faermu.com/a/xinwenzixun/gongsidongtai/437.html", "date: 2024-01-16; same broker article, neutral paragraph",
  "但是,保险作为一种特殊的金融产品自然有其特殊之处,如果什么都不懂,想买到靠谱的理财型保险并不是一件容易的事。")
P("wechat_mp", "article", "marketing", "https://cpic.com.cn/c/2026-02-11/1880459.shtml", "date: 2026-02-11; insurer (CPIC) site article on 万能险; claims safety above wealth-management products",
  "4.具备一定安全性\\n万能账户设有最低保证利率,即使市场利率下行,账户收益也不会归零。\\n此外,作为保险产品,其资金运作受到银保监会严格监管,安全性高于普通理财产品。",
  [("deposit_comparison", "安全性高于普通理财产品")])
P("wechat_mp", "article", "marketing", "https://cpic.com.cn/c/2026-02-11/1880459.shtml", "date: 2026-02-11; same insurer article, correct description",
  "它通常由“保障账户”和“万能账户”两部分组成。保费一部分用于支付死亡保障成本和管理费用,另一部分进入万能账户,按月或按年结算利息,实现资金增值。\\n万能账户设有最低保证利率(如1.75%~2.5%),实际结算利率则根据保险公司投资收益浮动,但不会低于该保证值。")

# --- batch 2 ---
P("wechat_mp", "article", "marketing", "https://surgenepal.com/zhishi/12-513898", "date: 2022; broker (大师兄) 17款重疾险测评, self-promotion line",
  "毫不夸张的说,你找遍整个知乎,也找不到比这篇还新鲜的测评文章啦!",
  [("ad_absolute", "找遍整个知乎,也找不到比这篇还新鲜")])
P("wechat_mp", "article", "marketing", "https://surgenepal.com/zhishi/12-513898", "date: 2022; same 测评 article, neutral paragraph (最少 is not a claim)",
  "真不怪大师兄偷懒,而是一篇重疾险测评,从挑选产品到测评、到最后发文,整个过程最少也得2周……")
P("wechat_mp", "article", "news", "http://m.dazhou.bendibao.com/live/4728.shtm", "date: n.d.; local portal explainer on 达州达惠保 eligibility; accurate product facts",
  "导语 达州达惠保参保不限年龄、不限户籍、不限职业、不限健康状况,购买了达州居民医保、职工医保的人员均可投保。更多内容详见正文。")
P("wechat_mp", "article", "guide", "http://m.dazhou.bendibao.com/live/4728.shtm", "date: n.d.; same page, 既往症 definition",
  "(二)既往症人群是指在投保达州达惠保之前已经罹患特定疾病的人群,特定疾病的种类在产品条款中明确,建议包括5类既往症。")
P("weibo", "article", "qa", "https://csai.cn/v/64265.html", "date: n.d.; public Q&A answer on 惠民保 (天津) terms",
  "住院和门诊特殊病医保外自费保障:保险金额为最高100万元,年度免赔2万元,非既往症人群报销70%,既往症人群报销30%;")

# --- batch 3 ---
P("toutiao", "article", "marketing", "https://licai.jiantou8.com/ask/qa_5084924.html", "date: 2025; Q&A answer on a seller platform (降息破1% and 储蓄型保险); compares with deposits to its advantage",
  "风险等级接近存款,但收益更高:\\n储蓄型保险属于 “非保本” 产品,但其底层资产以国债、政策性金融债、长期协议存款等为主,风险等级接近银行 R1-R2 级理财,而长期收益(IRR,内部收益率)通常可达 2.5%-3.5%(复利),高于当前存款利率。",
  [("deposit_comparison", "风险等级接近存款,但收益更高"), ("deposit_comparison", "高于当前存款利率")])
P("toutiao", "article", "marketing", "https://licai.jiantou8.com/ask/qa_5084924.html", "date: 2025; same answer, 100万 deposit vs 增额寿 comparison",
  "对比:100 万元存银行 10 年定期(假设利率 1.5%),本息合计约 116 万元;若配置增额寿(保证收益复利 3%),现金价值约 134 万元(需扣除初期退保损失)。",
  [("deposit_comparison", "100 万元存银行 10 年定期(假设利率 1.5%),本息合计约 116 万元;若配置增额寿(保证收益复利 3%),现金价值约 134 万元")])
P("toutiao", "article", "marketing", "https://licai.jiantou8.com/ask/qa_5084924.html", "date: 2025; same answer, claims superiority over bank wealth-management products",
  "法律层面的安全性保障:\\n保险合同受《保险法》保护,保险公司破产后,保单权益也将由其他机构接管,消费者权益基本不受影响,这一点优于银行理财子公司产品(无刚性兑付)。",
  [("deposit_comparison", "这一点优于银行理财子公司产品")])
P("wechat_mp", "article", "warning", "https://weixin.xmtc88.com/ketang/52028.html", "date: 2025; explainer on bank-sold insurance, warning paragraph",
  "销售误导风险\\n部分银行从业人员将保险产品包装为“高息存款”,隐瞒保障责任与退保损失。\\n2025年消协数据显示,60岁以上老年人因误导投保的投诉占比达45%,需特别警惕。")
P("toutiao", "article", "news", "http://www.cfztjj.com/article/12932788.html", "date: 2025-05; 時代財經 news on deposit-rate cuts and savings insurance (traditional characters as found)",
  "時代財經調研發現,許多銀行理財經理主推產品已從存款轉向保險,但保險業自身也面臨利率傳導壓力。監管部門建立的預定利率動態調整機制正加速顯效,行業預定利率研究值逼近2%,有險企分紅險預定利率上限從2%降至1.5%,部分2.5%預定利率儲蓄險于近期提前退出市場,多款萬能險也暫停保費追加。")
P("toutiao", "article", "news", "https://news.yufumall.com/n/211998.html", "date: 2026-02-09; neutral news on deposit rates and 分红险 demand",
  "现在,国有大行存款利率已降至历史低位,1年期普遍为0.95%,3年期和5年期分别只有1.25%和1.30%。更让人无奈的是,部分银行出现利率倒挂,5年期大额存单利率反而低于3年期,比如某国有银行3年期利率1.75%,5年期只有1.7%。")
P("wechat_mp", "article", "marketing", "http://m.gansulong.com/c/120G0363X2022_2.html", "date: n.d. (2020); broker 大师兄 支付宝百万医疗险测评 running down a named insurer's product",
  "橙色代表保障较差 , 比如太平洋太健康百万医疗险基础保障责任、癌症特药、增值服务全部缺失 , 所以表格中一大片都是橙色;",
  [("disparagement", "基础保障责任、癌症特药、增值服务全部缺失")])
P("wechat_mp", "article", "marketing", "http://m.gansulong.com/c/120G0363X2022_2.html", "date: n.d. (2020); same 测评, neutral explanation",
  "百万医疗险就是能帮我们报销住院医疗费的保险 。")
P("wechat_mp", "article", "guide", "https://www.ainsur.top/insurance/guoyuan/sites/uDDRJgeH/vtGsBaKUDVrV/news/124710", "date: n.d. (2025); insurer-hosted news page comparing 百万医疗 plans, caution paragraph",
  "需要警惕的是,百万医疗险普遍设有健康告知门槛,对于已有特定慢性病或既往症的人群,很可能被拒保或相关责任除外,这类人群或许需要转而关注防癌医疗险或各地惠民保产品。此外,对于高龄老人,即使能投保,保费也可能非常高昂,需综合衡量性价比。")

# --- batch 4: product pages (annuity / 分红 / 万能 promotion) and neutral news ---
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/134808.html", "date: n.d. (2025); product article for 英大人寿鑫享一生(尊享版)年金保险(分红型); no dividend-uncertainty statement in the passage",
  "在“养老焦虑”“财富传承”“利率下行”的三重压力下,寻找一款“收益稳定、保障终身、兼顾灵活”的年金保险,成为许多家庭的刚需。英大人寿推出的「鑫享一生(尊享版)年金保险(分红型)」,以“生存金终身领取+身故保障托底+红利增值赋能”的核心设计,为消费者提供了一份覆盖全生命周期的财富管理方案。",
  [("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/136023.html", "date: n.d. (2025); product article on 富德生命鑫富宝年金保险(C款), descriptive paragraph",
  "鑫富宝C款首先在投保规则上展现了极大的包容性与策略性。其被保险人年龄上限高达80周岁,将传统上被许多养老产品排除在外的“高龄”人群重新纳入保障范围。这一设计敏锐地捕捉到中国社会“未富先老”、“备老不足”的现实痛点,为那些临近或已进入退休阶段,却尚未完成充分养老储备的人群,提供了一个“补位”的机会。同时,从出生满25天即可投保的设置,使得产品能够无缝对接从“教育金规划”、“婚嫁金储备”到“养老金补充”的全生命周期财务目标。")
P("wechat_mp", "article", "marketing", "https://www.suwdruck.com/view/133156.html", "date: n.d. (2024-2025); product article on 富德生命鑫禧一生养老年金; deposit comparison to the product's advantage",
  "领取方案:60岁起年领29,800元(月领约2,567元),持续至终身;\\n收益对比:\\n银行定存:100万本金按2%复利,30年后仅181万,月均领取5,033元;\\n鑫禧一生:50年缴费期满后,账户现金价值211万,年领2.98万,终身领取总额超800万,实际IRR达3.8%。",
  [("deposit_comparison", "银行定存:100万本金按2%复利,30年后仅181万")])
P("wechat_mp", "article", "marketing", "https://www.suwdruck.com/view/133156.html", "date: n.d.; same article, 万能 account promoted with a demonstrated long-run rate and no uncertainty statement",
  "2. 附加险:如意宝F款万能账户——收益增强引擎\\n功能定位:承接主险年金转入,享受保底1.5%复利增值;\\n收益演示:第20年账户价值达41,860元,第50年增至214万,长期复利接近3.5%(见下表)。",
  [("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/136276.html", "date: n.d. (2025); product article on 瑞众金满堂年金保险(分红型,瑞盈C款); no dividend-uncertainty statement in the passage",
  "“金满堂年金保险(分红型,瑞盈C款)”的设计核心在于构建一个由保证利益与红利利益共同组成的多层次利益体系,为客户财富提供“下有保底,上可分享”的双重保障。",
  [("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/136191.html", "date: n.d. (2025); 鑫富保C款 + 如意宝F款(万能型) demo article; 万能 account promoted, no uncertainty statement",
  "如意宝F款:作为附加万能账户,虽仅需年交100元(象征性保费),但为年金提供了二次增值的可能。客户可将鑫富保C款的年金转入万能账户,享受最低保证利率(条款未明确具体数值,但通常不低于1.75%-2.5%)以上的浮动收益,进一步提升资金灵活性。",
  [("missing_disclosure",)])
P("toutiao", "article", "guide", "https://www.gzsxygs.com/post/1537.html", "date: n.d.; explainer on 平安投连险 returns",
  "平安投连险的收益是不固定的,它没有保证的预定利率,其收益完全取决于您所选择的投资账户的表现。")
P("toutiao", "article", "qa", "https://www.kupet.cn/read-1749346958a11180498.html", "date: 2025-06-08; Q&A answer on 投连险 yields with risk caveat",
  "投连险的年收益率通常在3%-15%之间,具体取决于投资账户类型和市场环境。根据2025年最新行业数据,稳健型账户平均年化收益率约3.7%,平衡型约5.4%,而进取型可达7%-13.9%。个别优质进取型账户历史表现突出,如泰康某账户近20年年化收益率达24.3%,但这类高收益产品往往伴随较大波动风险。")
P("toutiao", "article", "news", "https://reportify.cn/tags/concept?tagValue=%E6%8A%95%E8%B5%84%E8%BF%9E%E7%BB%93%E4%BF%9D%E9%99%A9", "date: 2026-01-20; 中国证券报 summary on 投连险 account returns",
  "从近一年收益率看,量化增强型投资账户收益率最高,达到45%以上,进取型和红利价值型账户收益率均超过30%,稳健收益型和领先优势混合型账户收益率为15%-20%,货币避险型账户收益率最低,约为1.6%[3]")
P("toutiao", "article", "news", "http://finance.ce.cn/insurance1/scrollnews/202503/05/t20250305_39310172.shtml", "date: 2025-03-05; 中国经济网 news on insurers' 2024 claims reports",
  "保险理赔是保险合同履行的核心部分,提升理赔服务的质量和效率是保险业高质量发展的必然要求。除了赔付金额,获赔率和赔付时效也是消费者的关注重点。2024年,多数保险公司的获赔率超过99%,如幸福人寿达99.96%、中宏保险为99.8%、交银人寿为99.78%。高获赔率体现了保险公司积极履行赔付责任,切实回应了消费者的保障诉求。")
P("toutiao", "article", "news", "http://taireedec.com/2025/0122/511831.html", "date: 2025-01-22; news on 2024 理赔年报 (traditional characters as found)",
  "與此同時,保險獲賠率和理賠時效持續走高。從已公布的數據看,2024年,保險獲賠率普遍在99%左右,如中國人壽獲賠率達99.7%,整體賠付時效壓縮至0.34天;平安人壽獲賠率為99.1%,最快一筆賠付時間僅10秒;新華保險5000元以內的小額醫療險理賠申請至結案的平均時效為0.43天;泰康人壽2024年賠付最快一筆時效僅1秒,平均索賠支付時效為1.49天。")

# --- batch 5 ---
P("wechat_mp", "article", "marketing", "https://news.vobao.cn/article/1144405688937290582.shtml", "date: n.d. (2025); broker-platform article 定额 vs 增额终身寿; describes product correctly",
  '定额终身寿险的核心特征在于"固定"。它在合同成立时即设定一个不变的保险金额。从保单生效直至被保险人身故,无论保障期间经过多少年,一旦触发赔付条件,受益人将获得始终如一的保额赔付。')
P("wechat_mp", "article", "marketing", "https://www.surgenepal.com/zhishi/12-512754", "date: 2023-02; broker 深蓝大师兄 重疾险 guide intro (spam link text inside the list is as found)",
  "大家好,我是 @深蓝大师兄,一个专注保险深度测评的男人。\\n作为知乎保险话题下专业答主,我测评过 百万医疗险、重疾险、定期寿险、支付宝保险、年金险、增额终身寿险、半岛游戏官方登录网站、父母保险等上千款保险,只为向您推荐最良心保险。",
  [("ad_absolute", "最良心")])
P("wechat_mp", "article", "marketing", "https://www.surgenepal.com/zhishi/12-512754", "date: 2023-02; same guide, explanation of 轻症/中症",
  "重疾险保障的轻症、中症并不是普通的小病,而是指与重大疾病概念相对的重疾的早期现象。")
P("wechat_mp", "article", "guide", "https://m.vobao.com/news/1138035092193493221.shtml", "date: 2025; explainer 重疾险 vs 医疗险",
  "许多人将重疾险与医疗险混淆,但二者在风险覆盖维度上存在本质差异。医疗保险(如百万医疗险)遵循“费用报销”原则,主要用于覆盖住院费、手术费等直接医疗支出,但对院外购药、收入损失等间接费用无能为力。")
P("wechat_mp", "article", "guide", "https://www.ainsur.top/insurance/dadi/sites/qkxpHBxF/JCsAdlkfZqYv/news/61719", "date: n.d. (2025); insurer-hosted guide comparing 定额/增额/分红型终身寿, states dividend uncertainty",
  "分红型终身寿险则在提供基础保额保障的同时,有机会分享保险公司的经营成果(红利),但红利分配具有不确定性,可能为零。")
P("toutiao", "article", "guide", "https://blob.wenxiaobai.com/article/182f9e54-1142-5579-9988-030a76b09124", "date: n.d.; explainer 终身寿 vs 增额终身寿",
  "增额终身寿险则在基础保障上叠加了“保额增长”属性。保单生效后,保额会按合同约定的复利利率(常见为2.5%-3.5%)逐年递增。例如,初始保额100万元、年复利3.5%的保单,20年后保额可增至约200万元,30年后可达280万元。这种设计让保障额度随时间推移持续膨胀,抵御通胀对保额购买力的侵蚀。")

# --- batch 6 ---
P("moments", "caption", "news_quote", "https://www.hexiehealth.com/hxdt/jrzsjyzq/yayx/14997.htm", "date: 2025-11-18; insurer's 以案说险 case: the agent's pitch to 王阿姨 as quoted (text = quoted pitch only)",
  "这款年金险特别适合您,每年返10%的保费,连续返20年,到期还能拿回本金,比银行存款划算多了!",
  [("guaranteed_return", "每年返10%的保费,连续返20年,到期还能拿回本金"), ("deposit_comparison", "比银行存款划算多了")])
P("wechat_mp", "article", "warning", "https://www.hexiehealth.com/hxdt/jrzsjyzq/yayx/14997.htm", "date: 2025-11-18; same insurer notice, explanation of the misleading point",
  "1.混淆“保费”与“保额”:故意把“保额的10%”说成“保费的10%”。保费是王阿姨交的10万元,保额是保险公司计算赔付的基数(通常低于保费),两者差距很大。")
P("wechat_mp", "article", "warning", "https://www.ainsur.top/news/gqF0MG4xoJQv", "date: 2026-01-29; consumer-education piece on 演示利率 misleading (hypothetical example, not a real post)",
  "问题来了:销售人员在讲解时,用了哪一档?根据某机构2023年的非公开调研,超过70%的客户回忆,销售主要讲解甚至只强调了中高档演示收益,对保证利率一笔带过或含糊其辞。")
P("toutiao", "article", "news", "http://js.news.cn/20240314/2b44ab7139444f14a42f405473cf0a6c/c.html", "date: 2024-03-14; 新华网江苏 news, industry comment",
  "业内人士表示,银行作为金融机构,在销售理财产品时应遵循公平、透明、规范的原则,充分揭示产品的特点和风险,保障投资者的合法权益。同时,投资者也应该增强自我保护意识,充分了解产品信息和风险,审慎做出投资决策。")
P("toutiao", "article", "news", "http://taihainet.com/news/finance/gncj/2010-11-21/619612.html", "date: 2010-11-21; news on bank-channel insurance mis-selling rules",
  "今年6月份,银监会和保监会对此进行了暗访,日前银监会出台了《关于进一步加强商业银行代理保险业务合规销售与风险管理的通知》,明令禁止保险人员进驻银行进行保险销售。")
P("toutiao", "article", "news", "https://reportify.cn/social-media/732590957035656", "date: 2025; news summary on 返佣 cases and commission structure (industry-wide, not one company's internal data)",
  "- 返佣不仅涉及职业道德问题,更存在明确法律风险,北京金融法院明确认定属于违法行为[11][12]")

# --- batch 7 ---
P("moments", "poster_text", "news_quote", "https://ousaite.com/new/67d66663c9b547619657947c3d112c19", "date: n.d. (2025); article dissecting two real sales images; text = the quoted poster phrases joined in order with '，'",
  "每年存10.8万，相当于8年银行存款利息，现场拿8640元，红利金逐年递增，7年后本金自由",
  [("deposit_comparison", "每年存10.8万"), ("deposit_comparison", "相当于8年银行存款利息"), ("improper_inducement", "现场拿8640元"),
   ("guaranteed_return", "红利金逐年递增"), ("guaranteed_return", "7年后本金自由")])
P("wechat_mp", "article", "warning", "https://ousaite.com/new/67d66663c9b547619657947c3d112c19", "date: n.d.; same article, explanation of why 存钱 wording is misleading",
  "保险是保障产品,不是银行存款,用“存钱”会让消费者误以为这是和银行定期一样的安全、保本、灵活的产品,完全模糊了保险产品可能存在的投资风险、退保损失以及长期锁定的特点。")
P("wechat_mp", "article", "warning", "https://www.ainsur.top/news/bpJvyx1vV7Ow", "date: n.d. (2026); consumer-education piece on 理财化 sales talk (warning voice)",
  "这类“返还型”或“两全型”保险,本质是您用远高于纯保障型产品的保费,去买一个“到期返还”的承诺。保险公司将多收的保费拿去投资,几十年后返还给您。算上通货膨胀,这笔返还资金的购买力可能已大幅缩水。")

# --- batch 8 ---
P("wechat_mp", "article", "marketing", "https://www.investbrother.com/?p=12029", "date: 2025-10-15; HK savings-insurance comparison blog (traditional characters as found), intro paragraph",
  "在規劃未來財務的藍圖上,不論是子女的教育基金、舒適的退休生活,還是財富的安穩傳承,長期儲蓄保險一直以來都是香港人穩健理財工具箱中的熱門選項。它結合了儲蓄增值與人壽保障的雙重功能,尤其適合追求穩定回報及需要紀律性儲蓄的人士。")
P("wechat_mp", "article", "guide", "https://www.10life.com/blog/Explain-the-types-of-insurance-savings-and-investment-products?locale=en", "date: 2021-08-09; HK platform explainer (Cantonese/traditional as found)",
  "用於儲錢的保險產品林林總總,常見的有儲蓄保險(可再細分為成短期和終身)、扣稅年金(正名「合資格延期年金保單」,QDAP)、投資相連保險計劃(簡稱「投連險」或ILAS)及萬用壽險。然而,對於上述保險產品,不少消費者都感到混淆,或者因為高回報而投保,但又因早期退保而蝕錢。")
P("wechat_mp", "article", "guide", "http://publishhk.com/394130.html", "date: n.d.; HK explainer on 儲蓄保險 vs deposits (balanced: notes lower liquidity)",
  "儲蓄保險計畫與市場上其他理財產品有著顯著區別。相較於單純的銀行定期存款,儲蓄保險通常提供更高的潛在回報,並附帶人壽保障,但流動性則較低。與股票、基金等權益類投資相比,儲蓄保險的風險相對較低,收益也較為穩定,但長期收益率的上限可能不及前者。")
P("wechat_mp", "article", "marketing", "https://m.huize.com/hz-planet/article/13293", "date: n.d. (2020); broker-platform product introduction (守卫者3号), factual",
  "基本信息:保险产品适合出生满28天-45周岁的人群投保,基本保额最高为60万,保障期限可选择至70岁、至80岁或终身,缴费年限最久为30年,能够有效缓解家庭经济压力。")
P("wechat_mp", "article", "marketing", "https://www.xgupiao.com/finance/thread/20240122/4868568.html", "date: 2024-01-22 (repost); broker 奶爸 重疾险 guide intro",
  "从2017年12月奶爸开始在知乎做保险测评开始,到今天服务了大概 30万个家庭进行保险配置。这其中在给大家做保险规划的时候,重疾险的配置是最烧脑的一部分。因为重疾险是四大险种中最复杂的一款。")
P("wechat_mp", "article", "marketing", "http://yes29.com/detail-3211ad47dc219384.html", "date: n.d. (2022); broker 大师兄 重疾险 buying tips",
  "大师兄多次跟大家强调, 买保险就是买保额,保额太低还不如不买。\\n保额决定了出险能得到多少赔偿,同样是得了癌症,A 获赔 100 万,B 获赔 10 万,对于治疗手段和康复信心,简直有天壤之别。")

# --- batch 9: annuity product pages ---
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/136346.html", "date: n.d. (2025); product article 瑞众福临门(国富一号)养老年金(分红型); claims premiums cannot be lost although after year 9 the benefit is only cash value",
  "身故/全残保险金:缴费期内(41-49岁)等于累计已交保费;缴费期满后(50岁起)不低于保单现金价值,确保“保费不亏”。",
  [("guaranteed_return", "确保“保费不亏”")])
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/135950.html", "date: n.d. (2025); product article 瑞众如意来年金保险(分红型,安盈版); dividend product promoted without uncertainty statement",
  "年金保险作为兼顾安全性、确定性和长期性的金融工具,在养老规划中扮演着越来越重要的角色。瑞众如意来年金保险(分红型,安盈版)正是为满足中高端客户群体对品质养老生活的需求而设计的一款综合性保险产品,它将保证利益与分红利益相结合,为客户构建了多层次、多维度的养老保障体系。",
  [("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.suwdruck.com/index.php/view/134660.html", "date: n.d. (2025); product article 太平乐享金生A款1.75年金保险(分红型); 保本+增值 claims",
  "2.满期领取:期满返还“全部保费”,实现“保本+增值”\\n被保险人生存至保险期满时,可一次性领取“期满金”(即累计已交保费)。以本例为例,3年交费期内累计缴纳300万元,期满时即可全额收回本金,相当于为资金上了一道“安全锁”,同时叠加年金和红利的长期增值,实现“保本+额外收益”的双重目标。",
  [("guaranteed_return", "实现“保本+增值”"), ("guaranteed_return", "实现“保本+额外收益”的双重目标")])
P("wechat_mp", "article", "marketing", "https://www.suwdruck.com/index.php/view/134660.html", "date: n.d. (2025); same article, dividend section without uncertainty statement",
  "3.分红助力:共享央企经营成果,收益“弹性可期”\\n作为分红型产品,投保人可参与太平人寿的经营盈余分配,红利以现金形式发放,可用于抵交保费、累积生息或现",
  [("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/view/136210.html", "date: n.d. (2025); product article 瑞众富贵竹年金保险(分红型,瑞盈C款) intro",
  "瑞众富贵竹年金保险(分红型,瑞盈C款)产品计划书案例深度解析:用时间与复利,为未来织就“稳稳的幸福” 在人口老龄化加剧、理财市场波动加大的背景下,兼具“安全性、收益性、保障性”的年金保险产品,正成为越来越多家庭规划养老、子女教育或财富传承的首选工具。瑞众保险推出的“富贵竹年金保险(分红型,瑞盈C款)”,以“固定年金+分红增值+满期返还”的设计,为投保人提供了长期稳健的资金规划方案。",
  [("ad_absolute", "首选工具"), ("missing_disclosure",)])
P("wechat_mp", "article", "marketing", "https://www.wanyiwang.com/index.php/view/136181.html", "date: n.d. (2025); product article 招商仁和和享年年3.0; guaranteed annuity described correctly",
  "养老保险金:从被保险人60岁(保单第21年度)开始,每年固定领取32,900元,直至终身。这笔与生命等长的、不可剥夺的现金流,是养老生活的“压舱石”。")
P("weibo", "article", "qa", "https://drbdp.com/4-6747341.html", "date: n.d.; Q&A explainer 什么叫终身寿险万能型",
  "万能型终身寿险的运作机制分为账户管理和费用扣除两部分。所缴保费首先扣除初始费用,剩余金额进入个人投资账户,按照保险公司公布的结算利率计息。")
P("wechat_mp", "article", "marketing", "http://xiangrikui.com/shaoer/jiaoyujin/20120701/238522_1.html", "date: 2012-07-01; agent (广州平安人寿) 万能 demo article WITH the required risk statement -> clean",
  "重要提示:该利益演示是基于公司的精算及其他假设,不代表公司的历史经营业绩,也不代表对公司未来经营业绩的预期,最低保证利率之上的投资收益是不确定的,实际保单账户利益可能低于中、高档利益演示水平。")
P("weibo", "article", "qa", "https://www.shenlanbao.com/wenda/11-398517", "date: 2024-04-03; public Q&A best answer on 终身寿险复利",
  "需要注意的是,终身寿险的复利收益并不保证,具体收益会受到投资市场的影响。在购买终身寿险时,投保人应充分了解保险产品的投资策略和风险,并根据自己的风险承受能力做出选择。")

# --- batch 10 ---
P("wechat_mp", "article", "marketing", "http://www.jushengyuan.com.cn/a/u/?a=www.zhihu.com%2Fquestion%2F50589347", "date: n.d. (about 2020); mirrored Zhihu answer by a broker (文思) on choosing insurers; claims insurance is safer than banks",
  "金融领域三驾马车:银行、证券、保险也叫三大支柱,其中,最安全的是保险保险的安全性,远高于银行。",
  [("ad_absolute", "最安全的是保险"), ("deposit_comparison", "保险的安全性,远高于银行")])
P("wechat_mp", "article", "marketing", "http://www.jushengyuan.com.cn/a/u/?a=www.zhihu.com%2Fquestion%2F50589347", "date: n.d.; same answer, broker's self-introduction (neutral)",
  "几年前干脆就自己买了几十本保险相关书来学习,也跟好几个专业经纪人咨询,同时还报了相关视频课程,一发不可收拾。兴趣是最好老师,保险,真不是短时间内能搞明白的,索性入了行。")
P("toutiao", "article", "guide", "https://news.vobao.com/article/1139065043618556166.shtml", "date: n.d. (2025); explainer on judging insurers (solvency thresholds)",
  "偿付能力直接决定保险公司能否履行赔付义务。根据银保监会要求,保险公司需同时满足**核心偿付能力充足率≥50%和综合偿付能力充足率≥100%**的最低标准。")
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/date/2021/11/page/804", "date: archived 2021-11 (article older); product recommendation for women, overstated coverage wording",
  "推荐产品:泰康e顺女性疾病保障计划 推荐理由:专为女性量身打造,针对女性高发疾病提供全方位保障,无需体检。",
  [("coverage_exaggeration", "提供全方位保障")])

# --- batch 11 ---
P("toutiao", "article", "qa", "https://www.dhradio.net/post/3964.html", "date: 2026; news Q&A on 存款搬家 and savings insurance (warning voice)",
  "定期存款可以随时支取,只影响利息部分,本金不受影响;保险一般有较长的锁定期,灵活性较低,按照合同约定现金价值进行领取,中途退保可能损失本金。部分保险的“随时取用”,往往是保单贷款功能。")
P("toutiao", "article", "news", "https://www.dhradio.net/post/3964.html", "date: 2026; same news, reports insurers' 大额存单平替 slogan (report about marketing, not the marketing itself)",
  "在不少银行网点,如果储户可接受资金中长期锁定,保险被大力推荐。同时,险企将“存款搬家”的储户作为潜在客群,一些险企打起“大额存单平替”招牌,在“开门红”期间大卖分红险。")

# ============================ END ITEMS ============================

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


# Items that share a 15-character shingle with an earlier evaluation or training set (checked when the set
# joined the project), left out of posts.jsonl.
SHARED_WITH_EARLIER_SETS = {"RW10-0018", "RW10-0037", "RW10-0064"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors, rows, seen, texts = [], [], set(), {}
    with open(os.path.join(here, "used_sources.txt"), encoding="utf-8") as f:
        used = {l.strip() for l in f if l.strip()}
    from collections import Counter as _C
    for src, n in _C(p["source"] for p in POSTS).items():
        if n > 6:
            errors.append(f"more than 6 items from one page ({n}): {src}")
    for p in POSTS:
        if p["id"] in seen:
            errors.append(f"duplicate id {p['id']}")
        seen.add(p["id"])
        if p["channel"] not in CHANNELS:
            errors.append(f"{p['id']}: bad channel {p['channel']}")
        if p["content_type"] not in CONTENT_TYPES:
            errors.append(f"{p['id']}: bad content_type {p['content_type']}")
        findings, errs = resolve(p)
        errors.extend(errs)
        spans = [(f["category"], f["start"]) for f in findings]
        if len(spans) != len(set(spans)):
            errors.append(f"{p['id']}: duplicate finding")
        if p["genre"] not in GENRES:
            errors.append(f"{p['id']}: bad genre {p['genre']}")
        for f_ in findings:
            if f_["start"] is not None and p["text"][f_["start"]:f_["end"]] != f_["text"]:
                errors.append(f"{p['id']}: span mismatch {f_}")
        if p["text"] in texts:
            errors.append(f"{p['id']}: duplicate text (also {texts[p['text']]})")
        texts[p["text"]] = p["id"]
        if p["source"] in used:
            errors.append(f"{p['id']}: source already used by an earlier harvest: {p['source']}")
        if not p["source"].startswith("http"):
            errors.append(f"{p['id']}: bad source")
        if not p["note"].startswith("date:"):
            errors.append(f"{p['id']}: note must start with 'date:'")
        rows.append({"id": p["id"], "channel": p["channel"], "content_type": p["content_type"],
                     "genre": p["genre"], "text": p["text"], "account_owner": None, "findings": findings,
                     "source": p["source"], "note": p["note"]})
    ids = [r["id"] for r in rows]
    if ids != [f"{PREFIX}-{i:04d}" for i in range(1, len(ids) + 1)]:
        errors.append(f"ids are not consecutive {PREFIX}-0001..")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    # Left out after the build (postguard round 39): items sharing a 15-character shingle with an earlier set.
    rows = [r for r in rows if r["id"] not in SHARED_WITH_EARLIER_SETS]
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
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
    print("findings/dirty post", dict(sorted(Counter(len(r["findings"]) for r in rows if r["findings"]).items())))
    print("genres", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("dirty by genre", dict(sorted(Counter(r["genre"] for r in rows if r["findings"]).items())))
    print("distinct pages", len({r["source"] for r in rows}))


if __name__ == "__main__":
    main()
