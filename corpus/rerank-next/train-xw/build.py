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
CONTENT_TYPES = {"article", "caption", "poster_text", "live_script", "comment_reply"}

PREFIX = "XW"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def P(pid, channel, content_type, genre, text, labels=()):
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels)})


# ---- posts go here: P("F-0001", channel, content_type, genre, """text""", [(category, phrase), ...]) ----

# P("PREFIX-0001", "moments", "caption", "a short description of the voice", """
# 文本……""", [("guaranteed_return", "稳赚不赔")]),

P("XW-0001", "moments", "caption", "agent moments: claim-paid brag naming the customer", """
又一单理赔到账！客户周海燕，去年在我这配的重疾，今年3月体检查出甲状腺乳头状癌，资料交上去第5天就赔了30万。感谢信任，保险真的有用！有需要的朋友私我～
""", [("pii_name", "周海燕"), ("pii_health", "甲状腺乳头状癌")])

P("XW-0002", "moments", "comment_reply", "agent reply under a claim post, masked and consented", """
回复@一棵树：张女士（已征得本人同意分享，手机尾号3021）那笔是重疾险的轻症赔付，具体病种不方便说。每个人的健康情况和合同条款都不一样，能不能赔要以保险公司审核为准，别看别人赔了就觉得自己也一定能赔哈。
""")

P("XW-0003", "moments", "caption", "team group chat retyped: leader posts target and commission table", """
【团队群转】各位伙伴早！本月目标：人均FYC 1.2万，团队冲刺80件。政策再确认一下：丁香守护重疾首佣38%，增额寿“文华鑫享”首佣25%，本周出单额外加佣5个点。截图别外传哈，冲冲冲💪
""", [("confidential_info", "本月目标：人均FYC 1.2万"), ("confidential_info", "团队冲刺80件"), ("confidential_info", "丁香守护重疾首佣38%"),
      ("confidential_info", "增额寿“文华鑫享”首佣25%"), ("confidential_info", "本周出单额外加佣5个点")])

P("XW-0004", "xiaohongshu", "caption", "agent note: general talk about thyroid nodules and underwriting", """
最近好几位朋友问：查出甲状腺结节还能买重疾吗？结节分级不一样，核保结果也不一样，有的标准体承保，有的除外承保，有的延期。最好先把最近一次的B超报告准备好，投保时如实告知，别自己判断“小毛病不用说”。告知不实，以后理赔可能有麻烦。
""")

P("XW-0005", "moments", "caption", "one-to-one chat retyped: pinyin evasion of principal and deposit claims", """
客户问我闲钱放哪，我直接说：放银行一年才一点几，放我这款增额寿，bao ben还有复利，比cun kuan划算多了，随时要用随时取～ 想了解的私聊
""", [("guaranteed_return", "bao ben还有复利"), ("deposit_comparison", "比cun kuan划算多了"), ("deposit_comparison", "随时要用随时取")])

P("XW-0006", "wechat_mp", "article", "morning-meeting notes on compliance red lines, quoting banned phrases", """
【周一晨会笔记｜朋友圈发文的六条红线】
今天晨会主管带大家过了一遍朋友圈发文的红线，整理出来给新人伙伴，也给关心这个话题的朋友看看。
一、收益类。凡是分红、万能、投连产品，不能说“稳赚不赔”“保本保息”“零风险”，也不能把演示利益说成一定能拿到的钱。客户问收益，先讲保证部分写在合同哪张表里，再讲不保证的部分为什么不确定。
二、存款类。不要说“比存款划算”“存钱首选”，也不要用本息、存期、到期还本这些词来形容保险。保险就是保险，前几年退保可能有损失，这一点要主动讲。
三、停售类。监管明确禁止“炒停售”。公司没有正式公告之前，谁都不能在朋友圈说某个产品“即将停售”“最后3天”。公司发了公告，也只能转述产品名称和日期，不加倒计时、不催单。
四、利益类。返佣、返现、投保送礼都属于合同外利益，保险法明令禁止。客户主动开口要，也要拒绝。
五、客户信息。理赔案例要分享，必须本人书面同意，姓名写成“王女士”，电话、身份证、保单号一律不出现，病情描述也要模糊到无法识别到个人。
六、内部资料。佣金比例、考核方案、推动方案这些不能出现在任何对外渠道，截图也不行。
最后主管说了一句话，我觉得挺对：朋友圈发出去的每一个字，都是你签了名的。与其事后删，不如发之前多看一眼。
""")

P("XW-0007", "moments", "comment_reply", "Q&A reply with a real promise on a universal-life product", """
问：这个万能险收益有保证吗？
答：有保底2.5%，现在结算利率是4%，实际到手就是4%，只会多不会少，放心买。
""", [("guaranteed_return", "实际到手就是4%"), ("guaranteed_return", "只会多不会少"), ("missing_disclosure",)])

P("XW-0008", "moments", "caption", "agent explains policyholder, insured and beneficiary roles", """
给孩子买保险，三个角色别填错：投保人一般是爸爸或妈妈，负责交保费；被保险人是孩子，保障的是他；身故受益人未成年人保单一般是法定。投保人和被保险人不是同一个人时，记得考虑投保人豁免。
""")

P("XW-0009", "moments", "caption", "agent's claim-help memo with full customer identifiers", """
帮客户跑理赔，备忘一下：被保险人刘桂芳，身份证420106196903151248，电话13871625094，住院小结已拿到，诊断腰椎间盘突出，下周一去柜面交材料。
""", [("pii_name", "刘桂芳"), ("pii_id_card", "420106196903151248"), ("pii_phone", "13871625094"), ("pii_health", "腰椎间盘突出")])

P("XW-0010", "moments", "caption", "renewal reminder about customers' own policy dates", """
温馨提醒：几位老客户的续期保费本月25号是约定缴费日，过了还有60天宽限期。宽限期内出险也按合同赔，但过了宽限期保单就中止了。已经逐个私信了，没收到的看一下自己扣款卡余额够不够。
""")

P("XW-0011", "moments", "caption", "countdown post on a rate-cut deadline without the word 停售", """
倒计时3天⏰ 3.0%的这班车月底就开走了，下个月同款只有2.5%，想上车的今晚之前联系我，名额不等人！
""", [("stop_sale_hype", "倒计时3天"), ("stop_sale_hype", "3.0%的这班车月底就开走了"), ("stop_sale_hype", "名额不等人")])

P("XW-0012", "toutiao", "caption", "agent relays regulator news on pricing-rate caps with no call to buy", """
新闻速递：金融监管总局发文，新备案普通型人身险预定利率上限下调，分红型同步调整。对已经生效的保单没有影响，合同里写的保证利益照旧。要不要买保险看自己的需求，别因为一句“利率要降了”就冲动下单。
""")

P("XW-0013", "wechat_mp", "article", "long claim story with customer's name, diagnosis and home address plus a closing boast", """
【理赔手记】一位老客户的三年
2022年冬天，我在小区门口的药店认识了何志远大哥。他五十出头，在附近开一家五金店，说自己身体一直挺好，只给老婆孩子买过意外险。聊了几次，他在我这配了一份重疾加一份百万医疗。
去年9月，何大哥体检发现肺部有阴影，后来在省肿瘤医院确诊肺腺癌早期，做了胸腔镜手术。住院那几天我去看他，他说最担心的是钱。我告诉他：别慌，资料我来跑。
接下来就是一件件整理：病理报告、出院小结、发票、身份证复印件……我把清单拍在群里，嫂子一样样找。重疾保额40万，提交后第7个工作日到账；医疗险报销了自费部分的大头，扣掉免赔额后又赔了6万多。
现在何大哥恢复得不错，每天下午还去店里坐一坐。他家就住在城东区建设路216号2单元401，老街坊有空可以去看看他。
写这篇不是为了卖保险，是想说几个这些年的体会：
1.投保时如实告知，是理赔顺利的前提。何大哥当年有高血压，也写了，核保正常承保，理赔时一点争议都没有。
2.资料越全越快。出院时就把病历复印齐，能省很多来回。
3.医疗险和重疾险是两回事，一个报销花出去的钱，一个补偿收入损失，最好搭配着配置。
说到底，我们家的产品是我见过理赔最快的，基本零拒赔，交给我，你就放心吧。
""", [("pii_name", "何志远"), ("pii_health", "确诊肺腺癌早期"), ("pii_address", "城东区建设路216号2单元401"), ("pii_health", "何大哥当年有高血压"),
      ("ad_absolute", "我见过理赔最快的"), ("coverage_exaggeration", "基本零拒赔")])

P("XW-0014", "moments", "caption", "company and product names that look like person names", """
今天有客户问：“文华人寿的高明e保，高明是谁，你们经理吗？”哈哈，不是人名，是医疗险的产品名。续保条件、免赔额、报销比例都写在条款里，投保前一定看清楚。
""")

P("XW-0015", "moments", "caption", "agent offers gifts and referral red packets tied to buying", """
本周福利🎁 在我这投保年缴过万的，送戴森吹风机一台；介绍朋友成功投保的，按保费给你8%的红包，当天转账。
""", [("improper_inducement", "送戴森吹风机一台"), ("improper_inducement", "按保费给你8%的红包")])

P("XW-0016", "moments", "caption", "agent refuses a rebate request and explains why", """
有人私信问我：“你们能返佣吗？别家返20%。”说清楚：返佣、返现、送礼这类合同外利益是保险法明确禁止的，我不做，也劝你别图这点小便宜，保单出了问题没人管。
""")

P("XW-0017", "moments", "caption", "agent disparages a named competitor", """
说句实话，瑞丰人寿的理赔就是出了名的难，我好几个客户在他们家被拒赔，都是骗保费的，买之前想清楚，别到时候哭。
""", [("disparagement", "瑞丰人寿的理赔就是出了名的难"), ("disparagement", "都是骗保费的")])

P("XW-0018", "wechat_mp", "article", "masked and consented medical-claim story explaining deductibles", """
【经本人同意分享】陈女士（化姓）的住院报销
陈女士是我三年前的客户，今年春天因为一次急性病住院九天。出院后她在微信上问我：“我买的那个医疗险，这次能报多少？”
我先让她别急着算数字，把几样东西准备好：出院小结、费用清单、发票原件、银行卡信息（只提交到保险公司的理赔通道，不要发在群里）。然后我们一起对照条款：
第一，这份医疗险有1万元年度免赔额，社保报销后的剩余部分要先扣掉免赔额。
第二，合同约定赔的是合理且必要的医疗费用，院外购药要看是否在保障范围内。
第三，等待期30天，她的保单早就过了等待期，这一条没有问题。
最后的结果：总费用4.3万，社保报了2.1万，剩下的扣掉1万免赔额，保险公司按合同赔了1.2万左右。她有点失望，说原以为能全报。
这就是我想写这篇的原因：医疗险不是“什么都报”，免赔额、报销比例、责任范围都写在条款里。买之前看清楚，比出事后失望好。
陈女士看过这篇文字，同意我用化姓分享，具体病种和医院都不写。有类似疑问的朋友欢迎留言，我会尽量一条条回复。
""")

P("XW-0019", "moments", "caption", "group message asking others to chase a customer, with full card number", """
群里谁认识李振东？他的续期扣款卡6222021603008710这个月扣款失败，银行说余额不足，麻烦帮忙提醒他一下，不然过了宽限期保单就中止了。
""", [("pii_name", "李振东"), ("pii_bank_card", "6222021603008710")])

P("XW-0020", "moments", "comment_reply", "agent answers whether a whole-life product is 保本", """
客户问：“这个保险保本吗？”我的回答是：要看你说的保本是什么意思。增额终身寿的现金价值以合同所附现金价值表为准，前几年退保会有损失，拿不回已交保费。所以别把它当活期用，短期要用的钱别放进来。
""")

P("XW-0021", "wechat_mp", "article", "long family-planning article with a participating annuity framed as a CD", """
【家庭保单规划｜双职工家庭的养老钱怎么准备】
上周帮一对三十五岁的双职工夫妻做了家庭保单梳理，借这个案例（已隐去个人信息）说说养老金的准备思路。
第一步是保障。夫妻俩单位都有社保和补充医疗，我建议先补齐各自的定期寿险和重疾险，保额覆盖房贷和五年左右的家庭开支。这部分是底子，不能省。
第二步是应急金。留出六个月的生活费放在随时能取的地方，不要放进长期保单里。
第三步才是养老钱。夫妻俩每年能拿出5万元做长期规划，我推荐了文华人寿的“福满年年”分红型年金：交10年，60岁开始每年领取。按计划书演示，60岁起每年能领2.4万左右，另外还有分红，活多久领多久。
很多人问我这个和存钱有什么区别。我的说法是：它就相当于一张30年期的大额存单，但利息比银行高，而且这笔钱是稳稳的，谁也拿不走。
当然也有缺点：钱要锁定比较长时间，中途退保会有损失，所以一定要用闲钱。
最后提醒大家，做规划之前先理清楚家庭的现金流，保障优先，理财在后。需要帮忙梳理家庭保单的朋友，可以私信我预约。
""", [("deposit_comparison", "相当于一张30年期的大额存单"), ("deposit_comparison", "利息比银行高"), ("guaranteed_return", "这笔钱是稳稳的"), ("missing_disclosure",)])

P("XW-0022", "moments", "comment_reply", "agent asks a customer not to post medical records in the group", """
@群里的阿姨们：涉及病情的资料（病历、检查单）请不要发在群里，单独私发给我就行，我只用于提交核保，不会转给其他人。大家的信息我会严格保密。
""")

P("XW-0023", "douyin", "caption", "emoji-split evasion of principal-and-interest promises", """
养老钱放哪？👇 年化3.5%稳稳拿 保💰本💰保💰息 存一次领一辈子 评论区扣1 私你方案
""", [("guaranteed_return", "年化3.5%稳稳拿"), ("guaranteed_return", "保💰本💰保💰息"), ("deposit_comparison", "存一次领一辈子")])

P("XW-0024", "moments", "caption", "correct product description with contract terms 保证续保 and 最高保额", """
说下这款医疗险的几个条款：保证续保20年，20年内不会因为健康变化或理赔过被拒绝续保；一般医疗最高保额200万，年免赔1万，社保内报销比例100%、社保外60%。等待期30天，既往症不赔。适不适合你，要结合你已有的保障看。
""")

P("XW-0025", "moments", "caption", "agent posts a prospect list with names and phone numbers", """
今天社区活动收获不错，意向客户先记在这，明天分给组里跟进：王春梅 13605718234 想了解养老年金；赵立新 18958016637 孩子10岁想做教育金。
""", [("pii_name", "王春梅"), ("pii_phone", "13605718234"), ("pii_name", "赵立新"), ("pii_phone", "18958016637")])

P("XW-0026", "wechat_mp", "article", "general explainer on nodules and underwriting, no individual", """
【科普】体检报告上的“结节”，对买保险有什么影响？
这几年体检普及，报告上出现“结节”两个字的人越来越多。常见的有三类：甲状腺结节、乳腺结节、肺结节。今天不讲医学，只讲它们和投保的关系。
一、为什么保险公司关心结节？重疾险、医疗险的健康告知里，通常都会问到“是否有结节、囊肿、肿块”。结节大多数是良性的，但有一小部分需要随访，核保时要根据分级、大小和随访结果来判断。
二、常见的核保结果有几种：标准体承保；除外承保，比如甲状腺相关疾病除外；加费承保；延期，等复查结果出来再看；拒保。同一份报告，不同公司、不同产品的结论可能不一样，这很正常。
三、投保前可以做的准备：把最近一次的体检报告和影像报告找出来，看清楚分级（比如TI-RADS、BI-RADS的级别）；如果医生建议复查，最好复查后再投保；可以先做智能核保或人工核保，不要同时投好几家。
四、最重要的一条：如实告知。健康告知问到的，有就写有，没有就写没有；没问到的不用主动展开。隐瞒不是省事，是给将来的理赔埋雷。
有结节不等于不能买保险，也不等于一定会加费。具体情况可以拿着报告找专业人员一起看。
""")

P("XW-0027", "moments", "caption", "homophone evasion plus a claimed state backstop", """
这款年金就是稳zhuan不赔，钱放进去只会越滚越多。有人担心保险公司倒闭？保险公司倒闭了国家兜底，你怕啥😂
""", [("guaranteed_return", "稳zhuan不赔"), ("guaranteed_return", "只会越滚越多"), ("false_authority", "保险公司倒闭了国家兜底")])

P("XW-0028", "moments", "comment_reply", "agent corrects a customer's belief that the state guarantees insurers", """
回复@老李：“国家兜底”这个说法不准确。保险法的规定是：经营人寿保险的公司如果被撤销或破产，它的人寿保险合同要转让给其他保险公司，另外还有保险保障基金按规定救助。这是制度安排，不等于国家给某款产品担保，也不代表收益有保证。
""")

P("XW-0029", "moments", "comment_reply", "Q&A answer telling a customer not to disclose hepatitis B", """
问：我是乙肝小三阳，能买这款重疾吗？
答：能买，不用告知，健康告知那几页直接点“否”，两年后就算查出来也得赔，我经手的都赔了。
""", [("coverage_exaggeration", "不用告知"), ("coverage_exaggeration", "两年后就算查出来也得赔")])

P("XW-0030", "xiaohongshu", "caption", "agent explains the two-year incontestability rule correctly", """
很多人听说“隐瞒病史两年后也得赔”，这是对保险法第十六条的误读。两年不可抗辩说的是合同成立满两年后保险公司不能以未如实告知为由解除合同，但如果是投保前就已经确诊的疾病，很多条款本身就不属于保险责任。如实告知永远是最稳妥的做法。
""")

P("XW-0031", "wechat_mp", "article", "team leader's monthly recap with targets, commission rates and a named customer", """
【3月团队复盘｜内部学习用】
伙伴们辛苦了，3月收官，简单复盘一下。
整体：团队本月实现FYC 46.8万，达成率92%，离分公司下达的50万考核线还差一口气。个人排名前三：小周、阿敏、老陈，恭喜！
亮点：老陈签下王丽华姐一张年缴20万的年金大单，这一单就贡献了团队近四分之一的业绩。王姐是做外贸的，老陈跟进了半年，中间还陪她去医院复查了好几次。（此处有掌声👏）
问题：新人开单率只有四成，部分伙伴还停留在“发朋友圈等客户上门”的阶段。4月开始新人要多出去见客户，周报我会逐个看。
4月政策（内部，勿外传）：重疾险首年佣金比例上调到42%，年金险维持28%；季度末前转正的新人额外发放2000元津贴；4月15日前达成个人FYC 1万的，进季度荣誉榜，旅游名额优先。
最后说两句心里话：业绩重要，合规更重要。发朋友圈不要碰收益承诺，不要碰停售炒作，客户资料不要到处转。我们要做的是长久的生意。
下周一晨会8:30，不要迟到。
""", [("confidential_info", "团队本月实现FYC 46.8万"), ("confidential_info", "分公司下达的50万考核线"), ("pii_name", "王丽华"),
      ("confidential_info", "重疾险首年佣金比例上调到42%"), ("confidential_info", "年金险维持28%"),
      ("confidential_info", "季度末前转正的新人额外发放2000元津贴"), ("confidential_info", "4月15日前达成个人FYC 1万的")])

P("XW-0032", "moments", "caption", "training notice with no internal figures", """
【通知】本周四下午两点，三楼培训室，合规专题培训：《保险销售行为管理办法》逐条解读，重点讲销售宣传和客户信息保护。请组里伙伴准时参加，带上笔记本。
""")

P("XW-0033", "moments", "caption", "claim-progress update with a customer's name and claim and policy numbers", """
跟大家同步一下孙美玲姐的理赔进度：报案号LP2024110800317，保单号8860201900452317，目前已进入调查环节，调查员下周会联系医院调病历，有消息第一时间告诉大家。
""", [("pii_name", "孙美玲"), ("pii_policy_number", "LP2024110800317"), ("pii_policy_number", "8860201900452317")])

P("XW-0034", "moments", "caption", "masked policy-number update, no identifiable customer", """
同步一下：保单号8860****2317的那位客户，理赔已经结案，款项明天到账。客户同意我发这条，但个人信息就不公开了。感谢理赔同事这周的加班。
""")

P("XW-0035", "moments", "caption", "last-chance urgency about high-yield products", """
错过这个月，再等一年都不一定有了！最后一波高收益，手慢无，需要的宝子抓紧戳我🔥 已经有三位姐妹上车了
""", [("stop_sale_hype", "错过这个月，再等一年都不一定有了"), ("stop_sale_hype", "最后一波高收益"), ("stop_sale_hype", "手慢无")])

P("XW-0036", "moments", "caption", "reminder about the cooling-off period of customers' own new policies", """
提醒这周签单的几位客户：犹豫期15天，最后一天是下周五。犹豫期内退保，保险公司全额退还已交保费，只扣不超过10元的工本费。有任何疑问随时问我，想清楚再定。
""")

P("XW-0037", "video_channel", "live_script", "live-stream script on education annuity with superlative, return promise and gifts", """
【视频号直播口播稿｜周三晚8点】
家人们晚上好，欢迎来到直播间！新进来的朋友点个关注，今天我们聊一个大家都关心的话题：孩子的教育金怎么准备。
先说一个真实的感受。我做保险八年，见过太多家长，孩子上初中了才开始着急，这时候再准备，压力就很大了。所以教育金越早准备越轻松。
那用什么工具准备呢？常见的有三种：银行储蓄、基金定投、教育金保险。我不说哪种一定好，各有各的特点：储蓄灵活，基金有波动，保险强制储蓄、专款专用。
今天给大家介绍的是我们家的“状元郎”教育年金，是目前市面上同类产品里最好的一款，没有之一。它的特点是：孩子18岁到21岁每年领一笔大学教育金，25岁再领一笔创业金或婚嫁金。
有家人在公屏问：收益多少？我给大家算一下，0岁宝宝每年交1万，交10年，到大学四年一共领回来差不多16万，相当于年化收益3.5%，白纸黑字写进合同，一分不会少。
还有家人问：中途要用钱怎么办？可以保单贷款，但是我要说清楚，前几年退保是有损失的，这个大家一定要知道。
好，今天直播间下单的家人，我个人再送一套儿童绘本，前20名还送儿童智能手表一块，先到先得！
讲得不对的地方欢迎指正，我们下周三同一时间再见。
""", [("ad_absolute", "同类产品里最好的一款，没有之一"), ("guaranteed_return", "相当于年化收益3.5%"), ("guaranteed_return", "一分不会少"),
      ("improper_inducement", "我个人再送一套儿童绘本"), ("improper_inducement", "前20名还送儿童智能手表一块")])

P("XW-0038", "xiaohongshu", "caption", "beginner tips using 第一 in sequence sense", """
第一次买保险，第一步做什么？先别急着挑产品，把家里的社保、单位团险、已有的商业保险列一张表，看看缺什么再补。第一年保费别超过家庭年收入的10%，交得起才能坚持下去。
""")

P("XW-0039", "moments", "caption", "courier note with customer's name, home address and personal email", """
合同寄出啦📦 收件人杨帆，浙江省宁波市鄞州区天童南路588号1幢1702室，电子保单也同步发到她邮箱yangfan1987@163.com了，请注意查收～
""", [("pii_name", "杨帆"), ("pii_address", "浙江省宁波市鄞州区天童南路588号1幢1702室"), ("pii_email", "yangfan1987@163.com")])

P("XW-0040", "moments", "caption", "agent posts their own contact number on their own account", """
最近咨询的朋友比较多，微信回复可能不及时，着急的可以直接打我电话13957120486（本人，工作日9点到18点）。我是持证代理人，执业证号可在行业平台查询。
""")

P("XW-0041", "wechat_mp", "article", "how to read a claim decision notice, transcribed with masking", """
【教你看懂理赔决定通知书】
很多客户收到理赔通知书，只看最后一行金额，其他的看不懂。今天拿一份真实的通知书（已打码，客户同意使用）给大家讲讲每一栏是什么意思。
通知书原文大致是这样的：
被保险人：郑*华　证件号码：3301**********2352
保单号：8860********4471　报案日期：2024年6月3日
理赔结论：给付　给付金额：300000元
给付责任：重大疾病保险金
1.被保险人。就是被保障的那个人，不一定是交钱的人。交钱的是投保人，领钱的是受益人。重疾保险金一般是被保险人自己领。
2.给付责任。说明这次是按合同里哪一条赔的。同一张保单可能有好几项责任，比如轻症、中症、重症、身故，每一项的条件都不一样。
3.理赔结论。常见有“给付”“部分给付”“拒付”“通融给付”几种。部分给付要看附页的说明，通常是某些费用不在保障范围。
4.给付金额。重疾险是按保额给付，跟花了多少医疗费无关；医疗险是按实际费用报销，要扣免赔额和社保已报部分。
如果对结论有疑问，先看通知书附页的理由说明，再对照条款；还是不明白，可以申请复核，或拨打公司客服。我们代理人也可以帮你一起梳理。
最后强调一句：通知书上有个人信息，分享给别人之前一定要打码。
""")

P("XW-0042", "moments", "comment_reply", "group-chat reply revealing a customer's husband's test results", """
@张晓燕 你老公的体检报告我看了，肝功能异常加中度脂肪肝，这次核保估计要加费，我先帮你们问问核保老师，有结果了私聊你。
""", [("pii_name", "张晓燕"), ("pii_health", "肝功能异常加中度脂肪肝")])

P("XW-0043", "moments", "comment_reply", "agent answers whether a discontinued product's policies stay valid", """
问：听说我买的那款产品停售了，我的保单还有效吗？
答：有效。停售是指保险公司不再卖给新客户，已经生效的保单按原合同继续履行，保障和领取都不受影响，正常交续期保费就行。
""")

P("XW-0044", "moments", "caption", "simple rate comparison between a time deposit and a whole-life product", """
给大家算笔账📊 定期3年利率1.75%，这款增额寿3.0%复利，同样10万块，多出来的都是白赚的。想给钱找个好去处的，来聊聊。
""", [("deposit_comparison", "定期3年利率1.75%，这款增额寿3.0%复利"), ("guaranteed_return", "多出来的都是白赚的")])

P("XW-0045", "xiaohongshu", "caption", "explainer: pricing rate is not a yield", """
科普一下：增额终身寿说的“预定利率3.0%”，是保险公司定价时用的利率，不等于你的收益率。实际能拿多少，要看合同里的现金价值表，扣除了保障成本和费用，前几年退保是亏的。别把它和存款利率放一起比。
""")

P("XW-0046", "toutiao", "article", "career-story article from a former bank teller ending with a deposit-switch push", """
【从银行柜员到保险代理人，这六年我学到了什么】
我在银行做了六年柜员，2019年转行做保险。很多老同事不理解，觉得保险名声不好。今天想聊聊这几年的感受。
一是客户的焦虑变了。在银行的时候，客户最关心的是利率高一点还是低一点；现在我接触的客户，更关心的是生病了钱够不够、老了谁来养。
二是专业要求更高了。存款的规则很简单，保险的条款要一条条讲：保障范围、免责条款、等待期、犹豫期、现金价值……讲不清楚，就是对客户不负责。
三是我自己的保险观念。以前我也觉得保险可有可无，直到一位老客户生病后跟我说，幸亏当年买了重疾，不然房子都得卖。那次之后我给全家都配齐了保障。
当然，转行也有辛苦的地方：收入不稳定，要面对很多拒绝，有时候一个月都开不了一单。
说到这里，顺便提一句最近很多人问我的问题：存款利率又降了，钱该放哪？我的建议很直接，趁着降息把存款搬家到增额寿，利率锁定一辈子，收益确定还比定期高，晚了就没了。
欢迎有同样经历的朋友留言交流。
""", [("deposit_comparison", "趁着降息把存款搬家到增额寿"), ("guaranteed_return", "利率锁定一辈子"), ("guaranteed_return", "收益确定"),
      ("deposit_comparison", "还比定期高"), ("stop_sale_hype", "晚了就没了")])

P("XW-0047", "moments", "caption", "agent introduces their bank background without comparing products", """
自我介绍一下：我之前在银行做了6年柜员，现在是文华人寿的持证代理人。做过银行的人更知道，存款是存款，保险是保险，两者解决的问题不一样。找我聊保障，我会先问你家里已经有什么。
""")

P("XW-0048", "moments", "comment_reply", "Q&A answer claiming industry-first claims and covering every illness", """
问：你们家理赔快吗？
答：我们是全行业理赔第一，小额的很快就到账，什么病都能赔，买了就放心吧。
""", [("ad_absolute", "全行业理赔第一"), ("coverage_exaggeration", "什么病都能赔")])

P("XW-0049", "moments", "comment_reply", "Q&A answer on claim speed citing the company's published report", """
问：你们家理赔快吗？
答：资料齐全的小额案件一般几个工作日结案，复杂案件要调查会久一些。公司《2024年理赔服务年报》公布的获赔率是97.6%，没赔的多数是不在保障范围或未如实告知，所以投保时告知一定要如实。
""")

P("XW-0050", "moments", "caption", "agent asks the group to check a customer's ID and beneficiary details", """
帮我核对一下这个客户信息对不对：吴建军 370202198101097416，投保人兼被保险人，身故受益人填他儿子吴磊，比例100%。明天上午要录单。
""", [("pii_name", "吴建军"), ("pii_id_card", "370202198101097416"), ("pii_name", "吴磊")])

P("XW-0051", "moments", "caption", "product name mistaken for a colleague's name", """
有客户把“周全保”当成了我同事老周的名字😂 其实周全保是文华人寿的一款意外险，保意外身故伤残和意外医疗，职业类别1-4类可投，高风险职业不在承保范围内。
""")

P("XW-0052", "douyin", "live_script", "Douyin live script for critical illness with coverage and price-rise pressure", """
【抖音直播话术｜重疾险专场】
（开场）宝子们晚上好！今天不卖关子，直接上干货，讲讲重疾险到底怎么买。
（痛点）现在得重病的人越来越年轻，一场大病动辄三五十万，医保报一部分，剩下的自费药、康复费、误工收入都得自己扛。所以重疾险是给家里顶梁柱配的第一份保障。
（产品）今天推荐的这款“丁香守护”，保120种重疾、20种中症、40种轻症，重疾最多赔付两次。保费方面，30岁男生，50万保额，交30年，每年五千出头。
（互动）公屏有宝子问：我有高血压能买吗？能！这款不用健康告知，有病也能买，买了就能赔，百分百理赔，绝不拒赔。
（科普）顺便说下重疾险和医疗险的区别：医疗险报销花掉的医药费，重疾险是确诊符合条款定义就一次性给一笔钱，可以弥补收入损失和康复费用，两者可以搭配。
（对比）市面上同价位的我都研究过，这款是全网性价比天花板，别家根本比不了。
（逼单）而且我跟大家说，这个价格只到今晚12点，过了12点就涨价了，想买的赶紧点小黄车！
（结尾）谢谢宝子们，关注我，下次直播讲医疗险。
""", [("coverage_exaggeration", "这款不用健康告知"), ("coverage_exaggeration", "有病也能买，买了就能赔"), ("coverage_exaggeration", "百分百理赔，绝不拒赔"),
      ("ad_absolute", "全网性价比天花板"), ("ad_absolute", "别家根本比不了"), ("stop_sale_hype", "这个价格只到今晚12点，过了12点就涨价了")])

P("XW-0053", "moments", "caption", "correct statement of payout ratios with 100% as a product spec", """
重疾险的赔付怎么算？以这款为例：轻症赔基本保额的30%，中症赔50%，重症100%给付基本保额，轻中症赔过不影响重症。不同产品比例不一样，以条款为准。
""")

P("XW-0054", "moments", "caption", "agent shares an internal underwriting manual", """
分享一份核保手册（内部资料，别外传）：甲状腺结节3级及以下直接标准体，乳腺结节BI-RADS 3级以下除外承保，血压控制在150/95以内可以正常投保。需要的截图保存。
""", [("confidential_info", "核保手册（内部资料，别外传）")])

P("XW-0055", "weibo", "caption", "news about a regulator penalising another firm for stop-sale hype", """
【监管动态】某地金融监管局通报：一家保险代理公司的销售人员在朋友圈发布“产品即将停售”“最后3天”等内容，公司被罚款3万元，当事人被警告。提醒同行：炒停售不是小事。
""")

P("XW-0056", "weibo", "comment_reply", "inbound customer comment retyped into case notes: anger and complaint", """
【客户留言原文，存档】你们公司就是骗子！理赔材料交了三个月一直拖着不给，打客服永远在排队，我已经准备去投诉了，退保还不给全退，退保无门！
""", [("negative_sentiment", "你们公司就是骗子"), ("negative_sentiment", "理赔材料交了三个月一直拖着不给"), ("negative_sentiment", "我已经准备去投诉了"), ("negative_sentiment", "退保无门")])

P("XW-0057", "weibo", "comment_reply", "agent's calm outbound reply to a complaint", """
您好，看到您的留言很抱歉让您久等了。您的理赔材料目前还缺一份病理报告，补齐后会尽快进入审核。如果对处理结果有异议，可以通过公司客服热线或官方投诉渠道反映，我也会全程跟进，有进展第一时间告诉您。
""")

P("XW-0058", "wechat_mp", "article", "participating-annuity explainer that treats dividends as certain", """
【分红险到底值不值得买？说说“福满年年”】
最近问分红险的朋友多了，今天用我们家的“福满年年”分红型年金给大家讲讲分红险的门道。
分红险的利益分两块：一块是合同写明的保证利益，白纸黑字，到点就给；另一块是分红，来自保险公司分红险账户的经营结果，每年分多少由公司决定。
那分红靠不靠谱？大家可以看一个指标，叫红利实现率，就是实际分红和当初演示分红的比例，公司官网每年都会公布。“福满年年”同系列的老产品，过去五年红利实现率都在100%以上，以后也不会低，所以演示里中档的分红基本可以算进去。
很多人分不清分红险和增额终身寿：增额终身寿是普通型，利益全部写在合同的利益表里；分红险除了保证部分还多了一块分红，相应的保证部分会低一些。
给大家算一笔账：40岁女士，年交5万，交10年，60岁起每年领取。保证部分每年领1.8万，加上分红，按演示每年能到2.6万，一直领到终身。
适合谁？有稳定收入、对养老有规划、不需要短期动用这笔钱的朋友。不适合谁？手头紧、三五年内就要用钱的朋友，前期退保会有损失。
想要具体计划书的，留言或私信我。
""", [("guaranteed_return", "以后也不会低"), ("guaranteed_return", "演示里中档的分红基本可以算进去"), ("missing_disclosure",)])

P("XW-0059", "wechat_mp", "article", "correct participating-annuity description with required risk statements", """
【产品说明｜“福满年年”分红型年金，这些要看清楚】
应朋友要求，把“福满年年”分红型年金的要点整理一下。以下内容依据产品条款和公司官方产品说明书，一切以合同为准。
一、产品类型：分红型年金保险，保险期间至被保险人85周岁。
二、保证利益：合同所附利益表列明的养老年金，自60周岁起每年领取；身故保险金按条款约定给付。
三、非保证利益：红利。红利来源于分红险账户的实际经营结果，每年分配多少由公司根据经营状况确定。
四、风险提示：本产品为分红型保险，红利分配是不确定的，在某些年度红利可能为零；计划书中的演示利益仅为举例，不代表实际收益，也不代表对未来红利的预期或承诺。
五、红利实现率：公司官网按规定披露各分红产品的红利实现率，过往数据不代表未来表现，大家可以自行查阅。
六、退保：犹豫期后退保，只能领取保单的现金价值，前几年现金价值低于已交保费，会有损失。
七、适合人群：有长期养老规划、能坚持缴费、不需要在中短期动用这笔资金的人。
这篇只是帮大家读条款，不是投资建议。保险有风险，投保需谨慎；要不要买，请结合自己的保障情况和收支情况决定。
""")

P("XW-0060", "moments", "caption", "spacing evasion of risk-free and never-lose promises", """
懂的来👇 这款 零 风 险，稳 赚 不 赔，年年有钱领，给爸妈存养老钱的首选，私我要资料。
""", [("guaranteed_return", "零 风 险"), ("guaranteed_return", "稳 赚 不 赔"), ("deposit_comparison", "给爸妈存养老钱的首选"), ("ad_absolute", "首选")])

P("XW-0061", "wechat_mp", "article", "long child-claim story naming mother and child with diagnosis and phone", """
【理赔手记｜孩子的一场病，让我重新认识少儿医疗险】
上个月，我的老客户邓丽萍在凌晨一点给我打电话，声音都是抖的：她儿子陈子墨高烧五天不退，手脚脱皮，眼睛发红，医院最后确诊川崎病，要住院打丙球。
我第二天一早赶到市儿童医院，孩子在住院部六楼，床位靠窗。丽萍姐一边哭一边问：“那个少儿医疗险能报吗？要不要先交押金？”
我跟她说了三件事：第一，先安心治疗，押金该交就交，票据全部留好；第二，这份少儿医疗险的免赔额是在社保报销后计算的，丙球属于合理且必要的医疗费用，可以报；第三，出院时让医生开出院小结和诊断证明，费用清单要盖章。
孩子住了十一天，出院时总费用3.6万，社保报了1.4万，商业医疗险扣掉免赔额后赔了1.2万左右，前后不到两周到账。
这件事让我想到很多家长的误区：觉得孩子小，生病就是感冒发烧，医保够了。但真遇到需要住院、用自费药的情况，差距就出来了。少儿医疗险一年几百块，值得考虑。
也想给有同样经历的家长一个交流的渠道：子墨妈妈很愿意分享经验，可以直接打她电话15967382041。
""", [("pii_name", "邓丽萍"), ("pii_name", "陈子墨"), ("pii_health", "确诊川崎病"), ("pii_phone", "15967382041")])

P("XW-0062", "xiaohongshu", "caption", "general talk on common childhood illnesses and children's medical cover", """
秋冬季节儿科爆满，支原体肺炎、流感、手足口轮番来。给孩子配保险，少儿医疗险管住院报销，少儿重疾险管大病一次性给付，意外险管磕磕碰碰。先医疗和意外，再重疾，预算有限就按这个顺序来。
""")

P("XW-0063", "moments", "caption", "agent offers to subsidise first-year premium personally", """
今晚12点前签单的客户，首年保费我个人补贴15%，直接微信转给你，自己人不说二话。名额就5个。
""", [("improper_inducement", "首年保费我个人补贴15%"), ("improper_inducement", "直接微信转给你")])

P("XW-0064", "moments", "caption", "customer-day event not tied to purchase, with registration deadline", """
【客户节活动】本周六上午9点，城东区文化中心二楼，老客户可以带家人参加亲子手工和中医养生讲座，不需要购买任何产品。报名最后一天是周四，名额40个，需要的留言报名。
""")

P("XW-0065", "moments", "caption", "emoji countdown on a pricing-rate cut", """
⏳还剩48小时 📉下月起预定利率下调 现在上车还能锁定3.0% 🚗💨 过了这村没这店
""", [("stop_sale_hype", "还剩48小时"), ("stop_sale_hype", "现在上车还能锁定3.0%"), ("stop_sale_hype", "过了这村没这店")])

P("XW-0066", "wechat_mp", "article", "agent explains why commission figures won't be disclosed and rebates are illegal", """
【客户问：你们卖一单能拿多少佣金？】
这个问题几乎每个月都会被问到，有人是好奇，有人是想让我“分一点”。今天统一回答一下。
第一，佣金具体是多少，我不能说。佣金比例和公司的费用政策属于公司经营信息，公司规定不得对外公开，这不是我故意藏着。
第二，佣金从哪里来？它是产品定价里费用的一部分，在你交的保费里已经包含了。这几年监管推行“报行合一”，要求公司实际支付的费用要和备案时报的费用假设一致，也就是说，佣金不是代理人随便定的。
第三，能不能把佣金返一部分给你？不能。保险法明确规定，保险代理人不得给予投保人合同约定以外的利益，返佣、返现都属于这一类。你拿了返佣，看似省了钱，但代理人违规被处理，你的保单服务也没人跟进，得不偿失。
第四，那我凭什么拿这份佣金？凭的是投保前帮你把需求理清楚、把条款讲明白，投保后帮你做保全、跑理赔。一张保单短的十几年，长的一辈子，服务才是我真正要交付的东西。
所以如果有人跟你说“我在别家买能返20%”，你可以想一想，他是真心为你考虑，还是只想做成这一单。
有其他关于保险的问题，欢迎留言，我尽量逐条回复。
""")

P("XW-0067", "moments", "caption", "forwarded customer chat naming her mother and a dementia diagnosis", """
客户原话转发给组里学习怎么回：“小刘，我妈高翠兰上周查出阿尔茨海默症，她那份长护险怎么申请？要带她本人去吗？”大家觉得第一句该怎么回？
""", [("pii_name", "高翠兰"), ("pii_health", "查出阿尔茨海默症")])

P("XW-0068", "xiaohongshu", "caption", "general explanation of Alzheimer's in critical-illness definitions", """
阿尔茨海默病在多数重疾险里属于重度疾病，但理赔要满足条款定义：通常要求专科医生确诊，且自主生活能力严重丧失、在认知量表上达到一定程度。早期只是记性差、没有达到定义的，暂时不能按重疾赔，可以看看有没有轻症或长护责任。
""")

P("XW-0069", "moments", "caption", "agent tells customers to avoid a named insurer with invented solvency claims", """
真心劝一句：别买康泰人寿，那家公司快不行了，偿付能力都亮红灯了，随时倒闭，已经买了的赶紧退了来我这。
""", [("disparagement", "别买康泰人寿，那家公司快不行了"), ("disparagement", "偿付能力都亮红灯了，随时倒闭")])

P("XW-0070", "moments", "comment_reply", "neutral term-by-term comparison with a named competitor's product", """
回复@小鹿：康泰人寿那款和我们这款重疾我都看过条款。它的轻症赔35%，我们是30%；它有癌症二次赔付，我们没有；我们的中症多5种。各有侧重，你更在意哪一项就选哪款，也可以都拿去问问其他顾问。
""")

P("XW-0071", "wechat_mp", "article", "universal-life explainer presenting crediting rate as certain", """
【万能险入门｜“鑫账户”万能险怎么玩】
很多朋友对万能险的印象还停留在“理财险”，今天拿文华人寿的“鑫账户”终身寿险（万能型）跟大家说说它的结构。
万能险可以理解为“保障+账户”。你交的保费扣掉初始费用和保障成本后，进入万能账户，账户按结算利率每月计息。“鑫账户”合同里写明的最低保证利率是1.75%，上个月公布的结算利率是3.3%。
万能险的优点是灵活：交费灵活，可以追加；领取灵活，满足条件就能部分领取；保额也可以按规则调整。缺点是前几年有初始费用和退保费用，短期内领取不划算。
说说大家最关心的收益。“鑫账户”的结算利率这几年一直很稳，基本都在3%以上，可以当成确定收益来看，比余额宝强多了。按3.3%算，30岁每年放2万，放10年，60岁账户里大概有60万，养老基本够了。
谁适合万能险？有一笔长期闲钱、希望灵活安排又想要点保障的人。谁不适合？追求高收益、能承受波动的人，那去看基金。
具体的演示表我可以私发给你。
""", [("guaranteed_return", "可以当成确定收益来看"), ("deposit_comparison", "比余额宝强多了"), ("missing_disclosure",)])

P("XW-0072", "wechat_mp", "article", "correct explanation of the universal-life minimum guaranteed rate", """
【万能账户的“保底”到底保的是什么？】
群里有阿姨问：“万能险是不是保底收益？我儿媳说有个保底利率。”这个问题很容易讲错，单独写一篇。
一、“最低保证利率”是合同条款。万能险合同会写明一个最低保证利率，比如1.75%或2%。它的意思是：万能账户的结算利率不会低于这个数。注意，这个保证只针对进入万能账户的那部分钱。
二、万能账户不是你交的全部保费。保费先要扣除初始费用，每月还要扣保障成本（风险保费）和保单管理费，剩下的才在账户里计息。所以“账户保底1.75%”不等于“我交的钱每年涨1.75%”。
三、超过最低保证利率的部分是不确定的。公司每月公布的结算利率会随投资情况变化，过去高不代表以后也高，计划书里按中档、高档演示的利益不代表实际收益。
四、退保有费用。前五年左右退保通常要扣退保费用，现金价值可能低于已交保费。
所以回答阿姨的问题：有“保底利率”，但它保的是万能账户部分的最低结算利率，不是保本，也不是保证你拿到某个收益。买之前把条款里“保单账户价值”“退保费用”几节读一读，有不明白的我陪你一起看。
""")

P("XW-0073", "moments", "caption", "group message passing on an elderly customer's phone number", """
理赔调查员要联系的那位马秀英阿姨，电话是13758249316，她耳朵不太好，打的时候说慢一点。谁明天有空陪调查员去一趟？
""", [("pii_name", "马秀英"), ("pii_phone", "13758249316")])

P("XW-0074", "moments", "caption", "masked-phone service notice", """
手机尾号5678的客户您好，您的电子保单和发票已经补发到预留手机，请注意查收短信。其他客户如需补发，直接在公司APP“保单服务”里操作就行，不用把身份证发给我。
""")

P("XW-0075", "wechat_mp", "article", "consented masked claim story that still prints the full policy number", """
【理赔分享｜张女士的住院津贴】（已获本人同意）
先说明：这个故事经张女士本人同意分享，她的姓名和联系方式都已隐去。
张女士（手机尾号1234）今年52岁，是一位社区工作者。三年前她在我这里买了一份住院医疗险，附加住院津贴，每天200元。今年夏天她因为一次急病住院十四天。
出院后她第一时间联系我，我帮她列了材料清单：出院小结、费用明细、发票、病历首页，还有她本人的身份证和银行卡复印件，通过公司APP上传。
十天后，理赔结果出来了：医疗费用扣除社保和免赔额后赔了8600元，住院津贴按14天赔了2800元。张女士说，津贴虽然不多，但正好够请护工的钱。
很多人买医疗险的时候只看保额，忽略了这些小附加险。其实住院津贴、门急诊责任这些，才是生活中用得最多的。
最后附上理赔信息方便大家核对真实性：保单号8860201800371264，理赔结案日期2024年8月21日。
需要了解住院医疗险的朋友可以私信我，我帮你看看已有的保单缺什么。
""", [("pii_policy_number", "8860201800371264")])

P("XW-0076", "wechat_mp", "article", "industry commentary on expense alignment and commissions, no figures", """
【行业观察｜“报行合一”之后，代理人的收入会怎样？】
最近行业里讨论最多的就是“报行合一”。简单说，就是保险公司报给监管的产品费用假设，要和实际执行的费用一致，不能报一套、做一套。这项要求先在银保渠道落地，后来扩展到个险渠道。
对消费者来说，这是好事。过去有些产品靠高费用、高佣金冲规模，销售人员为了拿高佣金，可能会夸大收益、炒作停售，甚至私下返佣。费用压下来以后，这种动力会小一些。
对代理人来说，短期内收入会受影响，尤其是依赖个别高佣金产品的人。但长期看，收入会更多地取决于服务质量和客户的续保、加保，而不是一锤子买卖。
我自己的想法是：佣金是多少，属于公司内部的政策，不在这里讨论；能讨论的是，我们能不能把每一个客户服务好。一个客户服务十年，比十个客户只见一面更有价值。
对于想买保险的朋友，我的建议还是那几条：先看需求再看产品，先看条款再看演示，先看保障再看收益。对“返佣”“送礼”“马上停售”这类话术保持警惕。
欢迎同行留言交流你们的看法。
""")

P("XW-0077", "moments", "caption", "emoji-coded premium rebate offer", """
投保就返🧧 首年返30%，老规矩，懂的私聊，不懂的别问😏 本月只限前10位，先到先得
""", [("improper_inducement", "投保就返🧧"), ("improper_inducement", "首年返30%")])

P("XW-0078", "moments", "comment_reply", "explains return-of-premium products as a contract feature", """
问：返还型重疾是不是买了还能把钱返给我？
答：返还型是一类产品，满期或达到约定年龄后按合同返还已交保费，这是写进条款的责任，不是额外给的好处。代价是保费比同保额的消费型贵不少，适不适合要看你更在意保障杠杆还是到期拿回钱。
""")

P("XW-0079", "moments", "caption", "claims regulator certification and official recommendation", """
这款是国家金融监管总局认证的好产品，官方推荐，安全有保障，放心买！爸妈的养老钱交给它，睡觉都踏实。
""", [("false_authority", "国家金融监管总局认证的好产品"), ("false_authority", "官方推荐")])

P("XW-0080", "moments", "caption", "factual filing statement with disclaimer", """
有客户问这款产品是不是正规的：本产品已在国家金融监督管理总局备案，备案编号可在公司官网“公开信息披露”页查到。备案是监管流程，不代表监管机构对产品的推荐，也不代表收益有保证。
""")

P("XW-0081", "wechat_mp", "article", "weekly service log leaking a card number, a home address and a diagnosis", """
【周记｜这一周跑的几件保全和理赔】
每周日晚上我都会把这周的服务记录整理一下，给自己复盘，也给新人伙伴参考。
周一：冯国强大哥换了工资卡，续期扣款账户要变更。他把新卡号6217002831045762发给我，我在公司APP上帮他提交了变更，提醒他下次扣款前确认卡里余额。
周二：帮一位钱先生（手机尾号0921）做了年金领取方式变更，从年领改成月领。手续很简单，本人在APP上刷脸就能完成。
周三：韩雪姐的住院医疗险理赔。她生完二宝后产后抑郁，在市精神卫生中心住了两周，这部分费用在保障范围内。材料要寄原件，地址是她家：江苏省南京市玄武区北京东路71号紫金花园5栋902，快递员上门取件。
周四：给三位老客户做了保单年检，发现其中两位的重疾保额偏低，建议他们有预算时再补充。没有推产品，先把已有保单讲清楚。
周五：参加公司的合规培训，主题是客户信息保护。讲师说了一句话印象很深：客户的信息不是你的素材。
周末：整理了五份家庭保单报告。
这一周最大的体会：服务没有大事，都是一件件小事做扎实。
""", [("pii_name", "冯国强"), ("pii_bank_card", "6217002831045762"), ("pii_name", "韩雪"), ("pii_health", "产后抑郁"),
      ("pii_address", "江苏省南京市玄武区北京东路71号紫金花园5栋902")])

P("XW-0082", "moments", "comment_reply", "explains how to change a beneficiary", """
问：保单的受益人想从我妈改成我老婆，怎么弄？
答：变更身故受益人要由投保人申请，并经被保险人书面同意。在公司APP“保全服务”里就能办，准备好双方身份证件。改完记得看一下批单，确认新受益人和比例都对。
""")

P("XW-0083", "moments", "caption", "team group announcement with quarterly quotas and incentives", """
【群公告】Q4冲刺正式开始！每人至少12件，人均保费8万，未达成的取消年终旅游资格；完成的分公司额外奖励5000元。大家加油，有困难找我。
""", [("confidential_info", "每人至少12件，人均保费8万"), ("confidential_info", "未达成的取消年终旅游资格"), ("confidential_info", "完成的分公司额外奖励5000元")])

P("XW-0084", "moments", "comment_reply", "agent warns about a 5% stable-yield pitch", """
有朋友转给我一个海报问：“年化5%稳定收益，保本保息”，是真的吗？不可能。现在新备案的保险产品预定利率都有上限，任何人这样跟你说，要么是把演示利益当保证，要么根本不是正规保险，建议直接拉黑。
""")

P("XW-0085", "video_channel", "live_script", "live script on pensions: true policy facts mixed with endorsement and deposit claims", """
【视频号直播稿｜养老话题专场】
各位叔叔阿姨、哥哥姐姐晚上好，今天我们聊养老钱。
先讲政策。国家在大力推个人养老金，每年可以存1.2万，享受个税优惠，这是国家层面的制度安排，有兴趣的可以在银行APP开户了解。
再讲商业养老。除了社保和个人养老金，很多家庭还会配一份商业养老年金，作为第三支柱的补充。
今天给大家介绍我们公司的“颐年”分红型养老年金。这是政府背书的产品，跟个人养老金一样属于国家鼓励的，大家放心。
我给大家对比一下：大额存单3年才1.9%，这款分红年金算下来3.5%，高出将近一倍。而且分红保底，只会多不会少。
有叔叔问：我60岁了还能买吗？能买，投保年龄到65岁，交5年，第6年开始领。
还有阿姨问：中途急用钱怎么办？可以申请保单贷款，额度一般是现金价值的80%，按合同约定计息，到期要还。退保的话前几年拿回的是现金价值，会有损失。
最后提醒大家，这个月是最后的窗口期，下个月利率一调整，同样的钱就领得少了，想好的今晚就下单。
有问题在公屏打出来，我一个个回。
""", [("false_authority", "这是政府背书的产品"), ("false_authority", "跟个人养老金一样属于国家鼓励的"),
      ("deposit_comparison", "大额存单3年才1.9%，这款分红年金算下来3.5%"), ("guaranteed_return", "分红保底"), ("guaranteed_return", "只会多不会少"),
      ("stop_sale_hype", "这个月是最后的窗口期"), ("missing_disclosure",)])

P("XW-0086", "wechat_mp", "article", "explainer separating the national private-pension scheme from commercial annuities", """
【个人养老金和商业养老年金，别混为一谈】
最近直播间里经常有人把“个人养老金”和“商业养老年金”混着说，甚至说“都是国家的”。今天理一理。
一、个人养老金是一项制度。参加了基本养老保险的人，可以在商业银行开立个人养老金资金账户，每年缴纳上限1.2万元，缴费时可以按规定在个税前扣除，领取时按规定缴税。账户里的钱可以买名录里的储蓄、理财、基金和商业养老保险产品。这是国家层面推的第三支柱政策，说它是“国家政策支持”没有问题。
二、商业养老年金是具体的保险产品。它由保险公司设计、经营，监管部门负责备案和监管，但不为某一款产品的收益背书。不同产品的保证利益、领取方式差别很大，要看合同。
三、两者的关系。个人养老金账户里可以买符合条件的商业养老保险产品；但你在账户外单独买的商业养老年金，不享受个人养老金的税收优惠。
四、怎么选？先确认社保有没有断缴，再看个税税率，税率较高的人个人养老金的税优更明显；商业养老年金看的是领取的确定性和时间安排，分红型的还要看清楚红利的不确定性。
说这些不是为了推荐哪一个，而是希望大家买之前分清楚：政策是政策，产品是产品。
""")

P("XW-0087", "moments", "caption", "claim notice retyped without masking", """
帮客户看的理赔通知书，晒一下🙏 被保险人：谢婉婷　身份证号：510107197607234615　给付责任：恶性肿瘤——重度　给付金额：500000元。保险不是用不上，是还没到时候。
""", [("pii_name", "谢婉婷"), ("pii_id_card", "510107197607234615"), ("pii_health", "恶性肿瘤——重度")])

P("XW-0088", "toutiao", "caption", "general statistics on top critical-illness claim causes with source", """
据文华人寿《2024年理赔服务年报》，重疾理赔件数排前三的是恶性肿瘤——重度、较重急性心肌梗死、严重脑中风后遗症，占比合计超过八成。定期体检、控制血压血脂、戒烟，比买什么保险都重要。
""")

P("XW-0089", "moments", "comment_reply", "Q&A answer promising a diabetic that everything is paid", """
问：我有2型糖尿病，吃药控制着，能买吗？
答：没问题，这款百病全赔，既往症也赔，你直接投就行，不用纠结。
""", [("coverage_exaggeration", "百病全赔"), ("coverage_exaggeration", "既往症也赔")])

P("XW-0090", "moments", "comment_reply", "correct description of a city health plan covering pre-existing conditions at a lower ratio", """
问：我有2型糖尿病，有什么能买的？
答：可以看看本市的惠民保，它是政府指导、商保承办的，既往症人群也能投保，但既往症相关费用的赔付比例是30%，还有2万元免赔额。商业百万医疗一般要看血糖控制情况和并发症，核保后才知道。
""")

P("XW-0091", "xiaohongshu", "article", "long useful tip list on medical insurance that ends with a superlative pitch", """
【百万医疗险的五个坑，我替你踩过了】
做保险五年，被问最多的就是百万医疗险。今天把我见过的坑整理出来，建议收藏。
坑一：只看保额。几百万的保额其实差别不大，真正用到的多是一般医疗的几万到几十万。更该看的是免赔额、报销比例和续保条件。
坑二：忽略续保。一年期产品，停售后能不能续、健康变化后能不能续，条款里写得清清楚楚。有保证续保条款的，可以优先考虑。
坑三：以为什么药都能报。多数产品对社保外用药有比例限制，院外购药要看有没有特药清单。
坑四：健康告知随便点。结节、高血压、乳腺增生，这些常见情况都要看清问法，如实告知。
坑五：只买医疗险不买重疾。医疗险报的是花出去的钱，重疾险补的是收入损失，两个不能互相替代。
补充一点：百万医疗大多是一年期产品，续保时保费会随年龄上涨，别只看第一年的价格，也要算算五十岁、六十岁时交不交得起。
最后说说我自己在卖的这款“安心e保”。它是市面上唯一一款社保外用药也能全额报销的百万医疗，不看健康告知，闭眼入就对了。
有问题评论区见～
""", [("ad_absolute", "市面上唯一一款"), ("coverage_exaggeration", "社保外用药也能全额报销"), ("coverage_exaggeration", "不看健康告知"),
      ("ad_absolute", "闭眼入就对了")])

P("XW-0092", "wechat_mp", "article", "masked and consented heart-attack claim story with general cardiovascular tips", """
【经客户同意分享｜李先生（化姓）的一次心梗】
李先生今年四十多岁，做物流生意，平时应酬多、抽烟，体检报告上血脂一直偏高。今年年初的一个早上，他在仓库搬货时胸口剧痛，被送到医院做了急诊介入手术。
术后他太太联系我，问那份重疾险能不能赔。我先跟她解释：重疾险里的“较重急性心肌梗死”有严格定义，要看肌钙蛋白、心电图、心功能等指标；而介入手术本身，在很多产品里属于轻症或中症里的“冠状动脉介入手术”。具体按哪一项赔，要以医院的诊断和检查报告为准。
最后，保险公司按条款认定符合中症责任，给付了基本保额的50%。李先生说，这笔钱让他心里踏实了不少，可以安心在家休养三个月。
借这个故事说几句心血管疾病的常识：
1.心梗、脑卒中是中年男性重疾理赔里排在前面的疾病，高血脂、高血压、吸烟、肥胖是常见的危险因素。
2.胸痛持续超过15分钟不缓解，要立刻打120，别自己开车去医院。
3.每年体检别只看一眼就扔，指标异常要复查。
李先生和太太看过这篇文字，同意我用化姓分享，年龄和职业都做了模糊处理。保险是最后一道防线，健康才是第一道。
""")

P("XW-0093", "moments", "caption", "group request to email a plan to a named customer", """
谁电脑在手边？帮我把计划书PDF发给客户黄志明，邮箱huangzm_0815@qq.com，他说微信收不到文件，谢谢啦🙏
""", [("pii_name", "黄志明"), ("pii_email", "huangzm_0815@qq.com")])

P("XW-0094", "moments", "caption", "agent gives own work email on own account", """
需要电子版条款或者想约时间做保单检视的，可以发邮件到我的工作邮箱 xiaowen.agent@wenhualife.cn，写清楚你的问题，我两个工作日内回复。不要在邮件里发身份证照片。
""")

P("XW-0095", "weibo", "comment_reply", "inbound angry comment retyped from a post's comment section", """
【评论区原文】你们这个保险理赔难得要死，交了五年保费，住个院推三阻四，骗子公司，我已经打12378投诉了，等着吧！
""", [("negative_sentiment", "理赔难得要死"), ("negative_sentiment", "推三阻四"), ("negative_sentiment", "骗子公司"), ("negative_sentiment", "我已经打12378投诉了")])

P("XW-0096", "moments", "caption", "outbound education on avoiding claim difficulties", """
总有人说“保险理赔难”，其实大部分纠纷出在三件事上：投保时没有如实告知；出险后没有及时报案；单据和病历没保存好。把这三件事做好，理赔就顺得多。
""")

P("XW-0097", "moments", "caption", "new-business paperwork posted with IDs and a child's heart condition", """
新单资料先放这，明早录单：投保人唐志刚 320102198812295027，被保险人是他女儿唐欣悦，6岁，先天性心脏病术后两年，需要走人工核保。
""", [("pii_name", "唐志刚"), ("pii_id_card", "320102198812295027"), ("pii_name", "唐欣悦"), ("pii_health", "先天性心脏病术后两年")])

P("XW-0098", "wechat_mp", "article", "compliance class on what customer information may be posted", """
【合规小课堂｜客户的信息，哪些能发、哪些不能发】
新人最常问的问题之一：理赔案例能不能发朋友圈？能发，但要守规矩。
一、必须有客户本人同意。最好是书面或者微信上的明确同意，说明发在哪里、发哪些内容。
二、姓名要处理。写成“王女士”“李先生（化姓）”，或者“王**”。不要写全名，也不要写“某某小区开超市的王姐”这种熟人一眼就能认出来的描述。
三、号码一律打码。手机号写成138****5678，身份证写成3301**********1234，保单号、报案号只留后四位或者干脆不写。银行卡号、家庭住址、邮箱更不能出现。
四、病情要模糊。写“因病住院”“确诊重疾”就够了，不要写具体的病名、医院、科室和床号。个人健康信息是敏感个人信息，泄露了后果很严重。
五、截图要检查。理赔通知书、转账记录、聊天截图，发之前放大看一遍，头像、昵称、备注名都可能暴露身份。
六、群里也不是私域。几百人的客户群、团队群，转出去就收不回来。
最后说一句：客户愿意把这么私密的信息交给我们，是信任。别让一条朋友圈毁掉这份信任。
""")

P("XW-0099", "moments", "caption", "restates a real stop-sale notice but adds a countdown and rush", """
公司刚发公告了！文华鑫享增额终身寿5月31日起停止销售，最后10天，抓紧抢，晚一步就没了！
""", [("stop_sale_hype", "最后10天，抓紧抢"), ("stop_sale_hype", "晚一步就没了")])

P("XW-0100", "moments", "article", "team group Q&A for new agents on commissions, rebates, superlatives and roles", """
【团队群聊天整理｜新人周答疑】
每周五晚上是团队群的新人答疑时间，挑几条有代表性的整理出来，已去掉个人信息。
新人A：客户问我佣金多少，我该怎么说？
主管：佣金政策属于公司内部信息，不对外讲，也不要截图转发。你可以告诉客户，佣金包含在产品定价里，公司按规定报行合一。
新人B：有客户说别家能返佣，我们能不能也返一点？
主管：不能。返佣是合同外利益，违法。丢了这一单，也不能丢了执业资格。
新人C：客户问“这款是不是最好的”，我怎么答？
主管：别说“最好”“第一”。说清楚这款适合什么人、保什么、不保什么，让客户自己判断。
新人D：客户有乳腺结节，问能不能买，我直接说能买行不行？
主管：不行。核保结果要以公司审核为准，你可以帮客户准备好检查报告，先做核保，再谈投保。
新人E：客户说她想当投保人，被保险人是她妈妈，受益人写她自己，可以吗？
主管：可以，但要满足保险利益的要求，而且指定身故受益人需要经被保险人同意。
最后提醒：下周一开始季度培训，时间地点看公司通知。
""")

# ---- end of posts ----


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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errors, rows, seen = [], [], set()
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
        rows.append({"id": p["id"], "channel": p["channel"], "content_type": p["content_type"],
                     "genre": p["genre"], "text": p["text"], "findings": findings})
    ids = [r["id"] for r in rows]
    if ids != [f"{PREFIX}-{i:04d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not consecutive {PREFIX}-0001..")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
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
    print("findings/dirty post", Counter(len(r["findings"]) for r in rows if r["findings"]))


if __name__ == "__main__":
    main()
