#!/usr/bin/env python3
"""RW3: labelled corpus of REAL public Chinese text (insurance self-media compliance), stdlib only.

Every `text` is copied verbatim from one excerpt returned by the `search` tool (corpus "pages");
`source` is the address the tool returned. Positives hold ONLY the posted/said wording (the part inside
the reporter's quotation marks, or the post itself); negatives are real warning / news / guide / Q&A
paragraphs. Labels are (category, phrase) or (category, phrase, occurrence); ("missing_disclosure",) is
post-level. Offsets are computed with str.find; the build fails loudly on a missing or ambiguous phrase,
a duplicated text, or text[start:end] != phrase.
"""
import json
import os
import sys
from collections import Counter

PREFIX = "RW3"
# Left out when the set joined eval/suite (2026-12-07): finance1.ce.cn is the same news site as finance.ce.cn, which the
# brief excluded because the first real-world set used it. Their ids stay unused.
SAME_SITE_AS_EXCLUDED = {"RW3-0017", "RW3-0018"}
CATEGORIES = {
    "ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
    "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info",
    "pii_name", "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email",
    "pii_policy_number", "pii_health", "missing_disclosure",
}  # negative_sentiment deliberately excluded (brief)
CHANNELS = {"wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CONTENT_TYPES = {"caption", "article", "poster_text", "live_script"}
GENRES = {"penalty_quote", "court_quote", "news_quote", "warning", "guide", "news", "qa"}

ITEMS = []


def P(channel, content_type, genre, text, labels, source, note):
    ITEMS.append({"channel": channel, "content_type": content_type, "genre": genre, "text": text,
                  "labels": list(labels), "source": source, "note": note})


# =====================================================================================
# POSITIVES (wording actually posted / said, or the promotional post itself)
# =====================================================================================

# --- livestream wording quoted by 每日经济新闻 (2023-09-07), simplified reprint ---
SRC = "http://gblian.com/news/251.html"
P("douyin", "live_script", "news_quote",
  "大到癌症肿瘤心脏病冠心病,小到感冒发烧流感,意外骨折烫伤崴脚,责任内百分百报。",
  [("coverage_exaggeration", "责任内百分百报")], SRC,
  "date: 2023-09-07/08 (每日经济新闻 reprint); insurer official-store livestream / pop-up wording on a 百万医疗险 with 1万 deductible")
P("douyin", "live_script", "news_quote",
  "大病小病都能报,能投就投,只要投了就给保,交一单保一单,没有必要犹豫,交一年保一年,交一个月保一个月,交多久保多久,不想交了直接退。",
  [("coverage_exaggeration", "大病小病都能报"), ("coverage_exaggeration", "只要投了就给保")], SRC,
  "date: 2023-09-07; livestream sales rhyme quoted by 每日经济新闻; report: product has deductible, '大病小病都能保' misleading")
P("douyin", "live_script", "news_quote",
  "小到感冒发烧、猫抓狗咬,后面出了任何问题都可以报销,大病小病都能报。",
  [("coverage_exaggeration", "任何问题都可以报销"), ("coverage_exaggeration", "大病小病都能报")], SRC,
  "date: 2023-09-07; livestream host wording quoted by 每日经济新闻")

# --- Moments posts at the 2023 3.5% -> 3.0% 增额终身寿 switch, quoted by news ---
SRC = "http://m.mbatrip.com/xinwen/2023/0407/59367.html"
P("moments", "caption", "news_quote",
  "4月,增额终身寿将迎来行业整体退市,开往3.5%方向的列车马上停止检票了,下一趟是开往3.0%方向的列车,还没上车的旅客请抓紧时间上车",
  [("stop_sale_hype", "将迎来行业整体退市"), ("stop_sale_hype", "马上停止检票了"), ("stop_sale_hype", "请抓紧时间上车")], SRC,
  "date: 2023-04-07; Moments post quoted in a report on 炒停售 before the 3.5% 预定利率 products were withdrawn")
P("moments", "caption", "news_quote",
  "利率相差0.5个点,收益就差几十万至几百万",
  [("guaranteed_return", "收益就差几十万至几百万")], SRC,
  "date: 2023-04-07; Moments post; judgement call: return stated as a certain large gain (report calls it 夸大或不实宣传)")
P("moments", "caption", "news_quote",
  "保险产品现在预定利率3.5%马上就降为3%了,预定利率3.5%的产品马上要退出舞台,不要再犹豫了,抢到就是赚到",
  [("stop_sale_hype", "马上要退出舞台"), ("stop_sale_hype", "不要再犹豫了"), ("stop_sale_hype", "抢到就是赚到")], SRC,
  "date: 2023-04-07; Moments post quoted as 炒停售")

SRC = "http://www.senqingzn.com/dy/article/K5BHJJSF05199DKK.html?f=post2020_dy_recommends"
P("moments", "caption", "news_quote",
  "8月31日,保險產品的預定利率也要進入1時代了!一個月的窗口期,有(購買保險)需求的不容錯過!",
  [("stop_sale_hype", "一個月的窗口期"), ("stop_sale_hype", "不容錯過")], SRC,
  "date: 2025-07 (经济观察报 reprint, traditional characters as found); broker's pre-written Moments copy posted when the 预定利率 cut was announced")

# --- internet platform page for 增额寿, quoted by wallstreetcn ---
SRC = "https://wallstreetcn.com/articles/3756228"
P("wechat_mp", "poster_text", "news_quote",
  "炒股心累?这种躺赚保险才是普通人的财富避风港!",
  [("guaranteed_return", "躺赚"), ("deposit_comparison", "财富避风港")], SRC,
  "date: n/a (wallstreetcn); headline on an internet insurance platform's 增额寿 product page; report: compared with 理财, '躺赚''避风港' misleading")
P("wechat_mp", "poster_text", "news_quote",
  "收益稳居市场第一梯队，财富稳健增长，70岁可投保，资金流动性强,急用钱时可灵活提取",
  [("ad_absolute", "稳居市场第一梯队")], SRC,
  "date: n/a; four quoted slogans from the same 增额寿 sales page joined with '，' in original order; report shows heavy surrender loss in years 1-4")

# --- agent Q&A answer on an insurance platform (the post itself) ---
SRC = "https://m.vobao.com/ask/article/660752547427.shtml"
P("toutiao", "article", "qa",
  "您好:请看以下案例看如何。30岁男,存10年,年存1万:1、前10年生存金每年1553元(10年15530元)+10年持续奖金200元×10=2000元+ 特别奖金5000元×2次=10000元; 共固定返还27530元(不计分红和累积生息) ÷本金10万÷10年=2.753%(年利率); 如果考虑保费本金的实际存放时间:本金100000+90000+。。。+10000元/10年=5.5万元/年均,实际年利率:27530/55000/10年=5%,远超过目前银行一年期(2.25%);2、60岁后:每年固定返还20%=3106元,同样超过银行利率(不计红利增值)3、同样计算方法,30-60岁:稳定返还年利率约2.1%(加上红利和生存金月复利足以与银行媲美)",
  [("deposit_comparison", "年存1万"), ("deposit_comparison", "远超过目前银行一年期(2.25%)"),
   ("deposit_comparison", "同样超过银行利率"), ("deposit_comparison", "足以与银行媲美"), ("missing_disclosure",)], SRC,
  "date: n/a (沃保网 agent answer); participating annuity pitched as 年利率 vs bank one-year deposit; no 分红不确定 statement")

# --- content-site / platform articles (the posts themselves) ---
SRC = "http://381351.com/baoxian/18672.html"
P("wechat_mp", "article", "guide",
  "它们的产品设计比较简单,并且一般有个「保证给付期」,所以保本保息。银保监会前几天发了个通知说不再批4.025%的年金险了,以后长期年金险的最高预定利率为3.5%。30岁男性,每年交10万,一共交20年,并且约定60岁开始领养老金,保证领取20年。此时身故领到的钱是「已交保费」和「现金价值」中的较大值。又因为在49岁时,星颐年金险的现金价值就会超过已交保费。所以55岁身故,领到的钱就是现金价值2794023。因为规定了保证领取20年,所以剩下10年的养老金会在此时一次性支付。同样保本保息的银行创新存款,活期利率能到3.7%,5年定期能到5%。目前的银行创新存款,无论是活期还是定期,最长存款期都是5年。理财收益下降是确定无疑的趋势,不然银保监会也不会规定之后的年金险最高预定利率只有3.5%。所以年金险的意义实际上在于锁定未来几十年的长期收益。",
  [("guaranteed_return", "所以保本保息"), ("deposit_comparison", "同样保本保息的银行创新存款"),
   ("guaranteed_return", "锁定未来几十年的长期收益")], SRC,
  "date: ~2019 (4.025% annuity withdrawal); insurance content-site article promoting an annuity as 保本保息 like bank deposits")

SRC = "https://news.vobao.com/article/1146913343146242244.shtml"
P("toutiao", "article", "guide",
  "年金险还是增额寿?普通人长期理财这样选本金安全又复利增值\n每到年末盘点财务,很多人看着余额里躺着的工资存款总会焦虑——放活期利息约等于无,买股票基金怕血本无归,银行理财也频频破净。尤其当你准备为孩子的教育金、自己的养老钱做10年以上的储备时,选错理财工具可能直接让未来缩水几十万。当前普通人能接触到的、兼具安全性和复利增长特性的工具,主要集中在储蓄型保险领域,其中年金险和增额终身寿又是被问得最多的两类产品。表面上二者都写进合同保证收益,但实际持有10年、20年后的收益差距最高可达一倍以上,流动性特点更是天差地别。深入拆解这两种产品的底层逻辑会发现,没有绝对优劣,只有是否匹配你的用钱节奏。",
  [("guaranteed_return", "本金安全又复利增值"), ("deposit_comparison", "放活期利息约等于无")], SRC,
  "date: n/a (沃保网 platform article); insurance framed as 理财工具 superior to 活期/基金/银行理财")

SRC = "https://www.bzfwy.com/262304.html"
P("wechat_mp", "article", "guide",
  "在理财世界充满不确定性的今天,我们寻求储蓄险,核心往往是为了那份看得见、摸得着的确定性。而“保本保收益”,正是这份确定性的最高体现。并非所有披着“储蓄”外衣的保险都能做到这一点。在三分钟里,我们将带您穿透营销话术,直接锚定那些收益写进合同、现金价值明确列示的“确定性”产品,让您的每一分投入都心中有数。\n三分钟讲清楚理财储蓄险分类,哪些保本保收益\n保本保息类:写进合同的“零风险”选择",
  [("guaranteed_return", "保本保息类"), ("guaranteed_return", "零风险")], SRC,
  "date: n/a; content-site article classifying insurance as 理财储蓄险 with a '零风险' 保本保息 category")

SRC = "http://41171.cn/b/47144.html"
P("toutiao", "article", "guide",
  "总有人问,现在最好的重疾险是哪款?\n\n不兜圈子了,把我最推荐的 3 款重疾险奉上。\n\n筛选了 35 家保险公司,对比了 63 款新定义重疾险。\n\n最终根据三个维度:保障、价格、品牌,各自选出No.1 。",
  [("ad_absolute", "No.1")], SRC,
  "date: 2021; self-media ranking article picking a 'No.1' 重疾险 per dimension (simple ranking)")
P("toutiao", "article", "guide",
  "不过,重疾险虽复杂,但挑选起来还是有迹可循的,\n\n怎么买,银保监会(保险业和银行业的爸爸)早有指示:",
  [("false_authority", "银保监会(保险业和银行业的爸爸)早有指示")], SRC,
  "date: 2021; same article, later paragraph; judgement call: regulator's name used to back the selling advice")

# --- bank counter pitch, quoted by 黑龙江 consumer association report ---
SRC = "http://js315ccn.cn/html/bank/detail_2010_10/08/20665.shtml"
P("moments", "caption", "news_quote",
  "您存几千元都行,到时候领利息,年底还能分红,比存到银行划算。",
  [("deposit_comparison", "领利息"), ("deposit_comparison", "比存到银行划算")], SRC,
  "date: 2010-10-08; words of a seller at a postal savings counter (participating policy sold as deposit); channel is where such a pitch would be posted")

# --- car-insurance promotion (note: host finance1.ce.cn, see README) ---
SRC = "http://finance1.ce.cn/rolling/201406/04/t20140604_2917563.shtml"
P("wechat_mp", "poster_text", "news_quote",
  "6月1日-7月31日期间,上年度未出险的续保车主购买商业车险满3500元,在线支付即可获得200元礼品卡,最高返300元。",
  [("improper_inducement", "即可获得200元礼品卡"), ("improper_inducement", "最高返300元")], SRC,
  "date: 2014-06-04 (经济导报); 人保财险 '双节系列优惠' promotion text; report: 涉嫌违规诱导 (合同外利益)")
P("wechat_mp", "poster_text", "news_quote",
  "全场豪送:所有投保车主,只要商业车险保费满1500元,即可直接获赠家庭保险折扣券,还能赢取500元加油卡。",
  [("improper_inducement", "即可直接获赠家庭保险折扣券"), ("improper_inducement", "还能赢取500元加油卡")], SRC,
  "date: 2014-06-04; same promotion, '全场豪送' section")

# --- fake 惠民保 (illegal operator) publicity, quoted in court-case commentary ---
SRC = "https://www.163.com/dy/article/KLAQUF4N051481US.html"
P("douyin", "caption", "court_quote",
  "由国家医保局授权、大连市政府报备",
  [("false_authority", "国家医保局授权"), ("false_authority", "政府报备")], SRC,
  "date: 2026-02 (case tried); wording repeated across the '屹腾惠民保障服务' publicity (short video / internet channels)")
P("douyin", "caption", "court_quote",
  "无免赔门槛、可带病投保",
  [("coverage_exaggeration", "无免赔门槛"), ("coverage_exaggeration", "可带病投保")], SRC,
  "date: 2026-02; promises of the same illegal product, quoted by the commentary")

# --- 送金条 promise, Beijing Financial Court case ---
SRC = "http://www.digipub.cc/dy/article/KCBHNTPF0539LWQ1.html?spss=dy_author"
P("moments", "caption", "court_quote",
  "買兩份保險,就送金條。",
  [("improper_inducement", "就送金條")], SRC,
  "date: 2023 conduct, reported 2025-10 (21世纪经济报道 reprint, traditional as found); salesperson's promise; court ordered commission returned")

# --- internet insurance ad lines quoted by a commentary on the 上海消保委 test ---
SRC = "https://www.newskj.org/web/182472.html"
P("toutiao", "poster_text", "news_quote", "百万保额秒到账",
  [("coverage_exaggeration", "秒到账")], SRC,
  "date: 2025-05/06; ad pop-up wording on information platforms quoted by commentary on 上海消保委 test")
P("toutiao", "poster_text", "news_quote", "重疾保障全覆盖",
  [("coverage_exaggeration", "全覆盖")], SRC,
  "date: 2025; ad pop-up wording quoted in the same commentary")
P("toutiao", "poster_text", "news_quote", "今日仅剩 3 单",
  [("stop_sale_hype", "今日仅剩 3 单")], SRC,
  "date: 2025; countdown copy quoted as 饥饿营销误导 (91% of tested pages had such copy)")

# --- short video / article titles quoted by 中国银行保险报 ---
SRC = "http://pl.sinoins.com/2019-12/02/content_314442.htm"
P("douyin", "live_script", "news_quote", "重疾险一定要买,因为它确诊即赔。",
  [("coverage_exaggeration", "确诊即赔")], SRC,
  "date: 2019-12-02 (中国银行保险报); self-styled 理财专家 in a short video; newspaper: '确诊即赔' is irresponsible")
P("wechat_mp", "article", "news_quote", "买了这些保险,孩子看病不花一分钱",
  [("coverage_exaggeration", "孩子看病不花一分钱")], SRC,
  "date: 2019-12-02; self-media article title quoted by 中国银行保险报 as a 噱头")

# --- court-confirmed pitch ---
SRC = "http://attorney-china.com/insure/show.html?id=49"
P("moments", "caption", "court_quote", "有病看病、没病养老",
  [("coverage_exaggeration", "没病养老")], SRC,
  "date: 2016 sale, 上海金融法院 judgment; agent's 宣导话术 found to be 欺诈 (product had no pension function)")

# --- bank-counter pitch quoted by a reprinted feature ---
SRC = "http://www.senqingzn.com/dy/article/K4NLV5V205565VV2.html?spss=dy_author"
P("moments", "caption", "news_quote",
  "阿姨,您這錢存定期利息太低了,我們銀行現在有款‘儲蓄型保險’,保本保息,收益比定期高兩個點,還能附加保障,好多老客戶都買了。",
  [("deposit_comparison", "存定期利息太低了"), ("guaranteed_return", "保本保息"),
   ("deposit_comparison", "收益比定期高兩個點")], SRC,
  "date: 2025 (traditional as found); '理财顾问' at a bank counter, quoted in a feature on 存单变保单; narrative account, not an official case")

SRC = "http://news.43b.com.cn/a/798778.html"
P("moments", "caption", "news_quote",
  "您这笔定期存款到期后转存利息只有2%,我们这款产品保底收益4.5%",
  [("deposit_comparison", "转存利息只有2%"), ("guaranteed_return", "保底收益4.5%")], SRC,
  "date: 2025 (315 period); bank client manager's pitch quoted in a dramatised feature; lower-confidence source")

SRC = "https://www.pulanbx.com/bxzs/tbjq/222948.html"
P("toutiao", "poster_text", "news_quote", "看病不花钱,保额管够!",
  [("coverage_exaggeration", "看病不花钱")], SRC,
  "date: 2025; ad line quoted by an insurance-content site as typical '噱头十足的广告' for 600万百万医疗险")

SRC = "https://m.huize.com/study/detail-470510.html"
P("wechat_mp", "article", "guide",
  "5. 无需实际花费:重疾险的赔付方式主要是根据被保险人的确诊结果来进行赔付的,因此,被保险人无需实际花费就能获得保险金。这对于被保险人来说,是一种非常实用的保障方式。",
  [("coverage_exaggeration", "无需实际花费就能获得保险金")], SRC,
  "date: n/a; intermediary platform (慧择) explainer; claim payment presented as unconditional on diagnosis")

SRC = "https://licai.jiantou8.com/ask/qa_6328077.html"
P("toutiao", "article", "qa",
  "实际结算利率由保险公司投资业绩决定,市场行情好时可能达4%-6%,甚至更高;市场低迷时可能接近保底利率。例如,泰康人寿2025年7月万能账户结算利率为3.1%,远超同期存款利率,但未来收益仍存波动风险。",
  [("deposit_comparison", "远超同期存款利率")], SRC,
  "date: 2025; Q&A answer; universal-account crediting rate simply compared with deposit rates (risk is mentioned, comparison still made)")

SRC = "http://www.xueynn.com/xinwenzhongxin/19394.html"
P("wechat_mp", "article", "guide",
  "简单来说,“担保保全”就是保险公司为了确保客户的保单权益不受影响,采取的一系列保障措施。这些措施包括法律监管、资金储备、再保险安排、政府兜底机制等,确保即使保险公司经营不善,客户的保单仍然有效。",
  [("false_authority", "政府兜底机制")], SRC,
  "date: n/a; company-site article; judgement call: claims a government backstop (保障基金 is industry-funded, limited)")

SRC = "https://m.vobao.com/news/1139409866390650820.shtml"
P("toutiao", "article", "guide",
  "增额终身寿险的核心竞争力在于锁定长期利率。在银行存款利率下行、资管新规打破刚兑的背景下,其写入合同的复利增长模式成为稀缺资源。以50万保额为例,若选择年缴10万、分5年缴清的方案,到第25个保单年度时,现金价值可达约215万元,年化单利接近5.8%。这种“穿越周期”的确定性,使其成为家庭资产配置中的压舱石。",
  [("deposit_comparison", "在银行存款利率下行"), ("guaranteed_return", "年化单利接近5.8%")], SRC,
  "date: 2025; platform article positioning 增额寿 against deposits with a stated yield")

SRC = "https://m.vobao.com/news/1140099083021141252.shtml"
P("toutiao", "article", "guide",
  "1. 收益稳定性增强,长期复利优势凸显\n在利率下行背景下,终身寿险的收益确定性成为最大亮点。2025年主流产品的内部收益率(IRR)已突破3%,部分优质产品通过保额复利增长设计,现金价值增速远超传统理财工具。例如,某款增额终身寿险的现金价值在第5年即可超过已交保费,30年后可达保费的2倍以上。这种“锁定利率+复利滚存”的模式,尤其适合中长期资金规划(如教育金、养老金)。",
  [("guaranteed_return", "收益确定性成为最大亮点"), ("deposit_comparison", "现金价值增速远超传统理财工具")], SRC,
  "date: 2025; platform article")

SRC = "https://news.vobao.com/article/1144578019159782677.shtml"
P("wechat_mp", "article", "guide",
  "教育储备哪家强?三招挑对孩子的未来“小金库”\n教育,无疑是父母送给孩子最具远见的礼物,但其高昂且持续攀升的成本,已成为压在无数家庭肩头的重担。当银行利息跑不过通胀,当股票基金风险难测,一份能为孩子未来教育精准“兜底”的保险规划,正悄然成为中产家庭的刚需。",
  [("deposit_comparison", "当银行利息跑不过通胀")], SRC,
  "date: n/a; platform article on education-fund insurance; '最具远见' refers to education, not labelled")

SRC = "https://www.76hw.com/news/er-tong-jiao-yu-jin-bao-xian-gui-hua-fang-an-ru-he-jian-gu-shou-yi-yu-feng-xian-bi-mian-cai-keng.html"
P("xiaohongshu", "article", "guide",
  "相比银行存款,教育金保险的收益率通常更高(年化3%-6%),且有保险保障。相比股票或基金,它风险更低,适合中长期规划。",
  [("deposit_comparison", "相比银行存款,教育金保险的收益率通常更高")], SRC,
  "date: n/a; content-site guide; simple yield comparison with bank deposits")

SRC = "http://yes29.com/detail-fc8ff3e195a06122.html"
P("toutiao", "article", "qa",
  "终身增额寿险是复利,而且是年复利,利率是3.5%。复利指的是每期的收益会自动滚入本金,像滚雪球一样,雪球越滚会越大,同账户上原本的钱一起增值产生新的利息,复利产品随着时间越长,收益也会越来越多。",
  [("deposit_comparison", "产生新的利息")], SRC,
  "date: ~2022; Q&A answer by an insurance consultant; sum-assured growth described as 本金/利息 (cf. 湖北 penalty on '存''利息' wording)")

SRC = "http://www.wuliao.net.cn/rewentuijian/202101/zhishengzuihouyitian__huidajigegaopinwenti_11512.html"
P("wechat_mp", "article", "guide",
  "什么好言相劝,都不如告诉你,再不买,就要没了。\n人,不就是最怕没了吗。\n\n然后,再盘点下最值得买的几款重疾险。\n1. 成人重疾险\n达尔文3号:绝大多数人的首选",
  [("stop_sale_hype", "再不买,就要没了"), ("ad_absolute", "首选")], SRC,
  "date: 2021-01 (last day of old-definition 重疾险); self-media post by an insurance blogger")

# =====================================================================================
# NEGATIVES (clean: warnings, news, guides, Q&A -- many use violation vocabulary)
# =====================================================================================

P("wechat_mp", "article", "warning",
  "了解收益表述,防止概念混淆。所有保险产品收益演示均为假设,历史业绩不预示未来表现。针对保险 产品销售中易混淆的收益概念,请务必知悉:预定利率仅用于产品定价演示,不代表实际收益承诺;保 底利率仅适用于万能账户,实际结算利率可能浮动且不得低于合同约定保底值;",
  [], "https://reportify.ai/tags/concept?tagValue=%E7%82%92%E5%81%9C%E5%94%AE",
  "date: 2025-10-11; 吉林金融监管局 炒停售 risk warning as excerpted by 北京商报 (stray spaces kept as found)")
P("wechat_mp", "article", "warning",
  "套路二:混淆保险产品与理财产品。将保险产品包装成“理财产品”“储蓄存款”进行销售。将保险产品收益与银行存款利率进行简单对比,夸大收益,隐瞒其保险属性及提前退保产生损失的可能性。",
  [], "https://www.rhxfkj.com/article/82896.html", "date: 2025-10-11; 吉林金融监管局 warning, '套路二'")
P("wechat_mp", "article", "warning",
  "警惕个别保险销售人员在销售过程中“保证收益”“稳超存款”“高收益”“稳赚不赔”等误导宣传。认真阅读合同,重点关注“保险责任”“责任免除”“现金价值表”等关键内容。",
  [], "https://www.rhxfkj.com/article/82896.html", "date: 2025-10-11; same warning, consumer advice; quotes bad terms in warning voice")
P("wechat_mp", "article", "warning",
  "近期,一些不法分子冒充保险公司客服、业务员,以夸大保险产品收益、收取低价续期费用等为噱头,诱骗消费者通过第三方虚假平台、虚假网站链接缴纳保费、咨询费等。为保障广大金融消费者的合法权益,国家金融监督管理总局宁夏监管局发布消费者权益保护风险提示,提醒广大消费者谨防保险诈骗。",
  [], "http://cisf.cn/xfzjy/xfzzlm/4402.jsp", "date: 2025-03-21 (reposted 2025-07-04); 宁夏监管局 risk warning")
P("wechat_mp", "article", "guide",
  "“王姐,这款产品月底就停售了,最后几天,错过就再也没有了!”接到这样的电话或信息,你是否心头一紧,感觉再不行动就错失了一个亿?在保险销售场景中,“产品停售”堪称最经典、也最有效的“临门一脚”。但这一脚,踢向的是球门,还是消费者的钱包陷阱?",
  [], "https://www.ainsur.top/news/r8U6xc3Vm56l",
  "date: n/a; consumer-education piece that quotes a typical 停售 pitch in order to debunk it (hard negative: report about a violation)")
P("wechat_mp", "article", "guide",
  "- 人为制造的“营销停售”:这是误导的重灾区。可能只是某个销售团队或渠道的短期促销活动结束,却被包装成“全国永久停售”;或者将常规的产品“额度售罄”或“阶段性奖励结束”渲染成产品绝版。其核心目的是利用消费者的“损失厌恶”心理,制造紧迫感。",
  [], "https://www.ainsur.top/news/4ULDlZ6u9ti4", "date: n/a; explainer on kinds of 停售")
P("wechat_mp", "article", "guide",
  "第二变:对比艺术家\n“您看,这是银行存款利率,只有2%;而我们这款产品的演示利率中档都有4.5%!”对比产生美,也产生误导。艺术家精心挑选了对比对象——用保证利率对比非保证演示,用短期产品对比长期收益,用单一功能对比复合功能。他们不会告诉你,那4.5%只是基于精算假设的非保证收益,合同里写明的保证部分可能只有1.5%。更不会拿同类保险产品的真实历史分红实现率来对比。",
  [], "https://www.ainsur.top/news/b8IwEcbQUGdP",
  "date: n/a; explainer quoting a deposit-comparison pitch to debunk it (hard negative)")
P("toutiao", "article", "news",
  "让我们先看看近期几个典型案例。上个月,某大型寿险公司分公司因在销售某款分红型两全保险时,使用“保底收益5%”等不实宣传,被当地监管局处以罚款并责令整改。无独有偶,另一家公司的代理人因在社交媒体上发布“限量秒杀”、“停售涨价”等虚假信息制造焦虑,被吊销执业资格。",
  [], "https://www.ainsur.top/news/0HAHYMgDA1Vt", "date: n/a; news-style summary of penalties (report about violations)")
P("toutiao", "article", "qa",
  "360保险的600万医疗险本身是合规的真产品,但“600万”这个数字背后藏着不少容易被忽略的限制,多数用户对它的认知存在几个核心误区,需要拆清楚才能判断是否适合自己。首先,600万不是“一口价”全包,而是分项保额的总和。",
  [], "https://www.xunmei365.com/ask/120506.html", "date: n/a; Q&A answer explaining limits of a 600万 medical policy")
P("wechat_mp", "caption", "qa",
  "本产品重大疾病医疗报销无免赔额。一般医疗报销有一万元免赔额。只要被保险人的医疗费用符合条款约定的条件,我们在扣除1万元免赔额后,将按照应赔付金额的100%进行赔付。",
  [], "http://lhcjnews.com/caijingzixun/guoneizixun/2023-09-26/26505.html",
  "date: 2023-09-26 (每日经济新闻); insurer customer-service reply, accurate with conditions (hard negative: '100%' with deductible)")
P("toutiao", "article", "news",
  "飞鸟保险公司与史女士签订了《保险销售人员委托代理合同》,后双方产生纠纷,飞鸟保险公司将史女士诉至法院,要求退还销售佣金22500元并赔偿客户退保损失16828.04元。北京市海淀区人民法院经审理,判决支持飞鸟保险公司的诉讼请求。",
  [], "https://chinacourt.org/article/detail/2023/11/id/7644262.shtml", "date: 2023-11; court report (佣金, 退保; names pseudonymised)")
P("wechat_mp", "article", "news",
  "我们查阅保险合同可以发现,重疾险的赔付一般情况有如下三种:一是确诊某种重疾;二是为治疗某种重疾行某种治疗手段;三是确诊某种重疾,且确诊(发病)后存在某种症状。可见,“确诊即赔”是不负责任的“随口说说”。",
  [], "http://pl.sinoins.com/2019-12/02/content_314442.htm", "date: 2019-12-02; 中国银行保险报 commentary rebutting '确诊即赔'")
P("wechat_mp", "article", "guide",
  "首先,“确诊即赔”不是所有重疾都适用,只是针对少数特定重疾。根据银保监会规定的28种高发重疾(这28种重疾占了重疾理赔的90%以上),理赔条件主要分三类:第一类是“确诊即赔”,比如恶性肿瘤(癌症)、严重Ⅲ度烧伤等,只要拿到医院的确诊证明,符合条款定义就能理赔;",
  [], "https://www.pulanbx.com/bxzs/lpal/222696.html", "date: n/a; explainer qualifying '确诊即赔'")
P("toutiao", "article", "qa",
  "1.确诊即赔。部分重疾险的疾病一旦保险公司确诊以后,比如恶性肿瘤、多个肢体缺失、严重III度烧伤等,保险公司将一次性给付合同种约定的保额。\n2.达到特定的疾病状态。被保险人在确诊规定疾病以后,维持一段时间,使得身体状况达到了疾病的状况才能进行赔付。\n3.实施特定的手术。确诊疾病以后,必须实施了规定的手术,保险公司才会进行赔付。",
  [], "https://yes29.com/detail-976e09763c70bd4f.html", "date: n/a; Q&A answer listing three claim conditions (typos kept)")
P("wechat_mp", "article", "guide",
  "传统养老年金险(合同明确约定领取金额)属于人寿保险,安全性较高;而分红型、万能型等产品的非保证收益部分不享受兜底。",
  [], "http://sz12333.net.cn/baoxian/30857.html", "date: n/a; explainer on 保险保障基金 limits ('兜底' in explanatory voice)")
P("toutiao", "article", "news",
  "同日,國壽壽險、平安人壽等巨頭宣布,普通型人身險預定利率上限調整為2.0%,分紅型人身險產品預定利率調整為1.75%,萬能型人身險產品預定利率調整為1.0%。新舊產品切換將于8月31日前完成。",
  [], "http://m.6w8.com.cn/post/808.html", "date: 2025-07-25 (界面新闻 reprint, traditional as found); rate-cut news")
P("toutiao", "article", "news",
  "当在售普通型人身险产品预定利率最高值连续两个季度比研究值高25个基点及以上时,保险公司需及时下调新产品预定利率,并在两个月内完成新老产品切换。",
  [], "https://www.mffb.com.cn/news/show-502633.html", "date: 2025; explains the dynamic 预定利率 mechanism")
P("toutiao", "article", "news",
  "停售前,保险销售局面异常火爆。部分保险公司、保险经纪公司的系统在8月31日出现卡顿,双录系统也不例外。保险经纪人工作时长大幅增加,客户购买欲望强烈。保险中介平台下架产品数量高达百款,涉及重疾险、定期寿险、增额终身寿险、年金险和分红险等多类保险产品。",
  [], "https://xidsa.com/8184.html", "date: 2025-08-31 (北京商报); neutral news on the 停售 wave")
P("weibo", "article", "news",
  "中国人寿、平安人寿、太保寿险、工银安盛人寿等头部险企已率先启动应对方案,部分产品停售公告已挂上官网,其他公司也在陆续跟进。",
  [], "https://www.bangqike.com/read/1831605.html", "date: 2025-07-26 (大河财立方); news")
P("toutiao", "article", "news",
  "这一差距直接催生了销售端的 \"锁利\" 营销潮。增额终身寿险以 \"2.5% 最后窗口期\" 为核心卖点,销售人员密集推送停售倒计时信息,试图推动客户在 8 月底前完成投保。值得注意的是,这已是行业连续第三年因利率调整出现 \"炒停售\" 现象 ——2023 年至 2024 年预定利率从 3.5% 降至 2.5% 期间,类似营销曾推动寿险单月保费同比增速最高达 68.5%。",
  [], "https://www.shengjuzx.top/news/hyzx/703725706874949.shtml", "date: 2025-07/08; news analysis mentioning '最后窗口期' marketing (hard negative)")
P("wechat_mp", "article", "warning",
  "第一,经济损失风险。不法分子往往以“全额退保”为诱饵,利用“信息阻断”骗取消费者支付高额费用,退保后通过诱导消费者“退旧投新”、购买所谓“高收益”产品、截留侵占消费者退保资金、诱导消费者参与非法集资等方式实施诈骗。",
  [], "https://jianpian.cn/a/18yn0l8w", "date: n/a; 代理退保 risk warning")
P("wechat_mp", "article", "warning",
  "一是保障中断,风险无依。退保后,消费者将立即失去原有保险保障,若发生疾病、意外等风险,需自行承担全部损失。此外,未来重新投保时,可能因年龄增长、健康状况变化面临保费上涨、责任除外甚至拒保等情况。",
  [], "http://zz.mnw.cn/jinrong/zgrs/3042139.html", "date: n/a; 中国人寿 risk warning on 代理退保")
P("video_channel", "live_script", "warning",
  "广大消费者在购买保险产品时,要仔细阅读保险合同条款,全面了解保险产品的功能、保险责任、免责条款和退保损失等重要信息,理性选择适合自身需要,符合经济承受能力的保险产品。",
  [], "https://www.qchdlb.com/finance/984667.html", "date: n/a (12-07); 烟台银保监局 guest on TV programme")
P("wechat_mp", "article", "warning",
  "2. 保险责任需看清,切勿轻信口头承诺:投保时应仔细阅读保险条款,重点关注“保险责任”(如寿险仅保障身故/全残,并非“生病住院都能赔”)、“责任免除”“缴费期与保险期”“退保规则”(中途退保会按现金价值计算,可能产生较大损失),切勿仅凭业务员口头承诺投保;同时,需亲自完成投保签名、电话回访,确保自身权益不受损。",
  [], "https://www.xxf315.com/index.php?c=show&id=152632", "date: 2025-03+; insurer case-based risk tip (quotes '生病住院都能赔' as a falsehood)")
P("wechat_mp", "article", "warning",
  "代理退保并非“公益援助”,而是以侵害消费者合法权益,牟取非法利益的违法机构。他们会收取高额佣金(通常是退保金额的20%-40%),消费者即使退保成功,实际到手金额也大幅缩水。",
  [], "http://www.gybxxh.com/bxxhinfo/Article_Show.asp?ArticleID=10286", "date: n/a; insurance association case analysis")
P("toutiao", "article", "news",
  "2025年,新华保险持续以发布“以案说险在身边”形式,围绕扰乱市场秩序、侵害金融消费者权益的非法中介活动,针对“代理退保”“代理维权”“不良广告销售误导”等不法中介乱象,深度挖掘典型案例,面向消费者提示金融消费风险,普及金融消费者八项权利,提醒消费者提高消费风险防范意识,切实维护消费者合法权益。",
  [], "https://zx.zpt966033.com/toutiao/1617533.html", "date: 2025-05-29 (鲁网); insurer consumer-education news")
P("wechat_mp", "article", "warning",
  "尽管制度明确要求适当性匹配,但实践中仍可能存在“伪评估”现象。例如,部分销售人员通过诱导消费者修改风险测评答案,或以“预期年化收益”模糊产品风险等级。",
  [], "http://e.hznews.com/hzrb/pc/content/202509/20/content_1111217.html", "date: 2025-09-20 (惠州日报); 平安人寿 以案说险 series")
P("weibo", "article", "news",
  "测评发现,互联网保险产品存在诸多问题。此类产品多以标准化、短周期、易上架为设计导向,弱化了传统保险中个性化适配与责任解释环节。同时,产品在销售端的界面展示相对简洁,难以解释清楚免赔条款、健康告知、等待期等专业化的保险内容,普通消费者在无专业人员协助的情况下易造成理解偏差。比如,在京东保险经纪平台销售的个人百万综合意外险(人保财险),宣称的“百万”保额仅仅是指航空意外责任,核心的意外身故保险金只有10万元。",
  [], "https://mzj.sh.gov.cn/lnb-xw/20250623/e8012d5f9504435aa450fe60698899d3.html", "date: 2025-06-23; 上海消保委 test reported on a government site")
P("weibo", "article", "news",
  "蚂蚁保平台销售的天天保百万意外险(安盛天平),宣称的“百万”实为意外医疗费用补偿责任,而医疗费用补偿是报销模式,不超过实际医疗费用,所谓的“百万”为报销上限,且免赔额高达5千元,而该产品的意外身故及残疾保额仅有1万元。",
  [], "https://www.ngzb.com.cn/news/2025/05/23/xiaobao-mifeng-wutongshu-shuidi-mayi-dawenti-baoxian-hulianwang-.html", "date: 2025-05-23; 上海消保委 case")
P("toutiao", "article", "news",
  "5月23日,上海市消费者权益保护委员会发布互联网保险产品测评结果,发现存在产品名称有歧义、信息披露不全面、营销文案不规范、人工客服有缺失等问题。上海市消保委建议,应强化互联网保险信息透明度,优化产品结构与服务设计,在关键节点增加人工服务入口等。",
  [], "http://www.ca315.com/html/wx/2025/shbt_0526/315022.html", "date: 2025-05-27; news")
P("xiaohongshu", "article", "guide",
  "二是,担心普通百万医疗险「既往症不赔」。有些朋友认为,与其纠结某个病将来赔不赔,不如直接选免健康告知的产品,一般既往症也能赔,心里更踏实。\n\n这些想法完全可以理解。但这份「省心」,是有代价的。",
  [], "https://youzhiyouxing.cn/materials/2088?opinion_sort=hot", "date: 12-22; explainer on 免健康告知 products (reports others' reasoning, then cautions)")
P("wechat_mp", "article", "guide",
  "带病投保的核心在于“如实告知”。根据《中华人民共和国保险法》(以下简称《保险法》)第16条,投保人有义务如实告知保险公司询问的健康状况。如果隐瞒或虚假告知,保险公司有权在发现后解除合同,并拒绝赔付。",
  [], "https://www.76hw.com/news/dai-bing-tou-bao-ru-he-ru-shi-gao-zhi-bi-mian-li-pei-jiu-fen-bao-xian-gui-hua-bi-keng-shi-yong-zhi-n.html", "date: n/a; guide on 如实告知")
P("wechat_mp", "article", "warning",
  "消费者选择金融产品或服务时,不可盲信明星代言,应理性对待“明星代言”的产品或服务,做到“三看一防止”。",
  [], "http://jcfc.cn/col25/list_13.html", "date: 2021-04; 银保监会消保局 2021年第二期风险提示 (reposted)")
P("toutiao", "article", "news",
  "据记者调查,一些保险自媒体引流到保险公司、第三方平台,每卖出一份保险,可以得首年保费的60%至80%作为佣金。如果是粉丝众多的大号,佣金比例甚至高达百分之百,即投保人首年全部保费都将被自媒体收入囊中。",
  [], "http://dzb.hxnews.com/2018-10/25/content_485176.htm", "date: 2018-10-25 (新华社); news on self-media commissions (hard negative vs confidential_info)")
P("wechat_mp", "article", "guide",
  "(5)發布內容中使用易與銀行理財、基金、債券等金融產品相混淆的描述;\n(6)片面比較保險產品價格和簡單排名的內容;\n(7)誤導性解讀監管政策的內容,或使用、變相使用監管部門及其工作人員的名義或形象進行商業宣傳的內容;",
  [], "http://005779.com/index/show/catid/13/id/83817.html", "date: 2023-03 (traditional as found); items of the 2023 self-inspection red-line list")
P("toutiao", "article", "guide",
  "其一,收益型保險的收益並不穩定,最終收益並不一定比銀行存款的利率高。濟南的一位李姓大爺就曾遇到過存款變保險的事情,32000元5年後得到的收益只有4100元,但如果存定期則可以達到9000元。",
  [], "https://juduo.cc/finance/219624.html", "date: n/a (traditional as found); explainer on 存款变保险 (deposit vocabulary, warning voice)")
P("toutiao", "article", "news",
  "据介绍,中国保监会有明确要求,保险代理人不得将保险产品作为储蓄产品介绍,不得套用“本金”、“存入”等概念,不得将保险产品的利益与银行存款收益、国债收益等进行片面类比。",
  [], "http://js315ccn.cn/html/bank/detail_2010_10/08/20665.shtml", "date: 2010-10-08; consumer-association news")
P("wechat_mp", "article", "guide",
  "万能保险的利率主要由两部分构成:保证利率和结算利率。保证利率是保险公司承诺的最低收益率,写入合同,具有法律效力。目前市场上大多数万能险的保证利率在1.75%至3%之间,不同公司、不同产品略有差异。这部分利率是刚性兑付的,即使市场表现不佳,保险公司也必须按约定支付。而结算利率则是实际公布的月度或年度收益率,通常高于保证利率,但并不保证长期稳定。",
  [], "https://www.tlbxw.net/news-2946.html", "date: n/a; explainer on universal-life rates (guaranteed vs crediting)")
P("toutiao", "article", "qa",
  "传统型年金险:收益固定,以合同约定利率为准,不受市场波动影响。\n分红型年金险:收益由保底利率+分红组成,分红部分与保险公司经营成果挂钩,存在不确定性。\n万能型年金险:提供保底利率(如2%-3%),实际收益取决于结算利率,可能随市场变化调整。",
  [], "https://www.surgenepal.com/wenda/11-553306", "date: 2025; Q&A on annuity returns (carries the uncertainty statement)")
P("wechat_mp", "article", "warning",
  "某保险公司为保障客户信息安全,主动联系投保人,告知事件始末,并核实余某身份。投保人反馈,余某与投保人之间发生过经济纠纷的法律诉讼案件,现找到保险公司索要投保人保险相关信息,目的不纯。如果某保险公司未严格审核,向余某提供了投保人客户信息,有可能对投保人造成不利的负面影响。某保险公司严格把关,切实保障了客户的信息安全。",
  [], "http://baiyunzhujiang.com/art/2023/9/28/art_49_107198.html", "date: 2023-09-28; insurer 以案说险 on information security (masked name '余某')")
P("toutiao", "article", "news",
  "2018年9月,王女士被确诊为(右乳)乳腺中级别导管内癌,医院建议切除整个右乳。10月,王女士在医院接受了切除手术,其间共住院20天。",
  [], "https://www.psker.com/?id=701", "date: 2020-01 (杭州 court case); diagnosis of a pseudonymous, non-identifiable person in a court news report (hard negative vs pii_health)")
P("toutiao", "article", "news",
  "尽管接二连三被监管部门“铆牢”,但这家财险公司并不“孤单”,因为有“难兄难弟相伴”。如近日另一家财险公司鞍山中心支公司被辽宁保监局“算老账”,原因是2017年1月至6月销售保单时,给予投保人合同以外利益,金额达235.29万元。",
  [], "http://www.shfinancialnews.com/xww/2009jrb/node5019/node5036/n5434/u1ai208862.html", "date: 2018-11-05 (上海金融报); news on 合同外利益 penalties")
P("toutiao", "article", "news",
  "炒停售,即销售人员以产品停售为卖点,同时结合对费用率、收益率等夸大或不实宣传,以达到销售目的,业内把这种不正当的销售手段称为“炒停营销”。",
  [], "http://m.mbatrip.com/xinwen/2023/0407/59367.html", "date: 2023-04-07; definition paragraph of the same report")
P("toutiao", "article", "news",
  "根據相關規定,如果預定利率最高值連續兩個季度高于預定利率研究值25個基點及以上,就需要下調預定利率。目前,普通型人身保險產品的預定利率上限為2.5%,已經達到下調預定利率條件。",
  [], "http://www.senqingzn.com/dy/article/K5BHJJSF05199DKK.html?f=post2020_dy_recommends", "date: 2025-07 (经济观察报 reprint, traditional as found)")
P("toutiao", "article", "news",
  "依照材料列示的案例(下图),如果投资者在投保后的前四年发生退保取现,能取回的现金分别只有1847元、4771元、12895元、28360元(假设该投资者已缴纳当年的1万元保费)。",
  [], "https://wallstreetcn.com/articles/3756228", "date: n/a; news on surrender values of a 增额寿")
P("wechat_mp", "article", "guide",
  "二、他们通常是怎么“忽悠”你的?\n这些销售话术,可以说是经过千锤百炼的,专门针对我们普通人的心理弱点。我来给你学几句,你看看耳不耳熟:\n- “这和存款一样安全,但利息更高!” —— 这是最经典的诱饵。",
  [], "http://ohnana.cn/?id=2811", "date: n/a; explainer quoting a 存单变保单 pitch to debunk it (hard negative)")


# =====================================================================================

def occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i != -1:
        out.append(i)
        i = text.find(phrase, i + 1)
    return out


def resolve(idx, item):
    text, findings, errors = item["text"], [], []
    for lab in item["labels"]:
        cat = lab[0]
        if cat not in CATEGORIES:
            errors.append(f"item {idx}: unknown/forbidden category {cat!r}")
            continue
        if len(lab) == 1:
            if cat != "missing_disclosure":
                errors.append(f"item {idx}: post-level label only for missing_disclosure")
            findings.append({"category": cat, "start": None, "end": None, "text": None})
            continue
        phrase, occ = lab[1], (lab[2] if len(lab) > 2 else None)
        hits = occurrences(text, phrase)
        if not hits:
            errors.append(f"item {idx}: phrase not found: {cat} {phrase!r}")
            continue
        if occ is None and len(hits) > 1:
            errors.append(f"item {idx}: phrase ambiguous ({len(hits)}x): {phrase!r}")
            continue
        if occ is not None and not (1 <= occ <= len(hits)):
            errors.append(f"item {idx}: occurrence {occ} out of range for {phrase!r}")
            continue
        st = hits[0] if occ is None else hits[occ - 1]
        if text[st:st + len(phrase)] != phrase:
            errors.append(f"item {idx}: offset check failed for {phrase!r}")
            continue
        findings.append({"category": cat, "start": st, "end": st + len(phrase), "text": phrase})
    findings.sort(key=lambda f: (f["start"] is None, f["start"] or 0, f["category"]))
    keys = [(f["category"], f["start"]) for f in findings]
    if len(keys) != len(set(keys)):
        errors.append(f"item {idx}: duplicate finding")
    return findings, errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors, rows, seen_text = [], [], {}
    for i, it in enumerate(ITEMS, 1):
        pid = f"{PREFIX}-{i:04d}"
        if pid in SAME_SITE_AS_EXCLUDED:
            continue
        if it["channel"] not in CHANNELS:
            errors.append(f"{pid}: bad channel {it['channel']}")
        if it["content_type"] not in CONTENT_TYPES:
            errors.append(f"{pid}: bad content_type {it['content_type']}")
        if it["genre"] not in GENRES:
            errors.append(f"{pid}: bad genre {it['genre']}")
        if not it["source"].startswith("http"):
            errors.append(f"{pid}: bad source")
        if it["text"] != it["text"].strip():
            errors.append(f"{pid}: text has leading/trailing whitespace")
        if it["text"] in seen_text:
            errors.append(f"{pid}: duplicate text (also {seen_text[it['text']]})")
        seen_text[it["text"]] = pid
        findings, errs = resolve(pid, it)
        errors.extend(errs)
        rows.append({"id": pid, "channel": it["channel"], "content_type": it["content_type"], "genre": it["genre"],
                     "text": it["text"], "account_owner": None, "findings": findings,
                     "source": it["source"], "note": it["note"]})
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dirty = [r for r in rows if r["findings"]]
    cats = Counter(f["category"] for r in rows for f in r["findings"])
    print(f"items {len(rows)}  positive {len(dirty)}  negative {len(rows) - len(dirty)}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genre (all)", dict(sorted(Counter(r["genre"] for r in rows).items())))
    print("genre (positive)", dict(sorted(Counter(r["genre"] for r in dirty).items())))
    print("genre (negative)", dict(sorted(Counter(r["genre"] for r in rows if not r["findings"]).items())))
    print("channels", dict(sorted(Counter(r["channel"] for r in rows).items())))
    print("content_types", dict(sorted(Counter(r["content_type"] for r in rows).items())))
    print("distinct source pages", len({r["source"] for r in rows}),
          " positive pages", len({r["source"] for r in dirty}))


if __name__ == "__main__":
    main()
