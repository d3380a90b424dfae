#!/usr/bin/env python3
"""Blind corpus C (explainers and customers' stories) for the insurance self-media compliance checker.

stdlib only. Holds every post as data, computes offsets with str.find, fails loudly when a labelled phrase
is absent or ambiguous, and writes posts.jsonl next to this file.
Labels: (category, phrase) | (category, phrase, occurrence_index_0_based) | ("missing_disclosure",)
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- synthetic identifiers
def id_card(first17):
    assert len(first17) == 17 and first17.isdigit()
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def luhn(prefix_wo_check):
    digits = [int(c) for c in prefix_wo_check]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # these positions get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_wo_check + str((10 - total % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def mobile(prefix3, rest8):
    assert prefix3 in {"134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
                       "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "176",
                       "133", "153", "180", "181", "189", "177", "173", "199", "191", "166", "198"}
    assert len(rest8) == 8
    return prefix3 + rest8


ID_ZHAO = id_card("44030619780412351")     # Shenzhen Nanshan, 1978-04-12, male (odd 17th digit)
ID_HE = id_card("33010619850927462")       # Hangzhou Xihu, 1985-09-27, female
ID_DENG = id_card("51010719620301113")     # Chengdu Wuhou, 1962-03-01, male
CARD_ABC = luhn("622848042198765432")      # 19-digit, ABC-style BIN
CARD_CCB = luhn("621700123456789012")      # 19-digit, CCB-style BIN
CARD_ICBC = luhn("622202100208765431")     # 19-digit, ICBC-style BIN
for _c in (CARD_ABC, CARD_CCB, CARD_ICBC):
    assert luhn_ok(_c) and len(_c) == 19, _c

PH_LIU = mobile("138", "57216604")
PH_CHEN = mobile("139", "57083321")
PH_SUN = mobile("186", "21937750")
PH_WU = mobile("152", "68804219")
PH_GUO = mobile("177", "30952186")
PH_TANG = mobile("199", "05127368")
# account owners' own numbers (not findings when they appear on their own account)
OWN_LIN = mobile("137", "95820316")
OWN_FANG = mobile("159", "07734521")
OWN_XU = mobile("188", "16673095")
OWN_MA = mobile("135", "20749968")

POSTS = []


def P(channel, ctype, genre, owner, text, labels, note):
    POSTS.append(dict(channel=channel, content_type=ctype, genre=genre, owner=owner, text=text,
                      labels=labels, note=note))


def agent(name, phone):
    return {"name": name, "phone": phone}

# ================================================================ Q&A explainers
ANHE = {"name": "安禾人寿客户服务中心", "phone": "400-690-8866"}
ZHOUJA = {"name": "周瑾安人寿官方号", "phone": "400-177-9500"}
DURH = {"name": "杜若衡保险理赔服务", "phone": "400-828-3311"}

P("wechat_mp", "article", "qa_explainer", ANHE,
"""【客服问答】关于重疾险，您最常问的6个问题

问：之前的业务员跟我说“什么病都赔”，我买的重疾险真的什么病都能赔吗？
答：不是的。重疾险只对合同里列明的疾病、并且达到条款约定的程度才给付。比如“恶性肿瘤——重度”要求病理确诊，原位癌、皮肤的基底细胞癌一般不在重度范围内，部分产品把它们放在轻度疾病里按比例给付。所以“什么病都赔”这种说法是不准确的，请以您手里合同的疾病定义为准。

问：体检查出甲状腺结节（TI-RADS 3类），还能买吗？
答：可以申请，但要如实告知。常见的核保结论有标准体承保、甲状腺相关疾病除外承保、延期等，具体看B超报告和有没有穿刺。千万别因为“结节很小”就不写。

问：等待期是什么意思？
答：合同生效后的一段时间（我们这款产品是90天），这期间确诊合同约定的疾病，不给付重疾保险金，一般退还已交保费，合同终止。意外导致的除外。

问：确诊了肺腺癌，多久能拿到钱？
答：资料齐全后，我们会在条款约定的时限内作出核定，达成协议后10日内给付。材料包括病理报告、出院小结、身份证明和银行账户信息（请通过官方App或柜面提交，不要发在群里）。

问：保额最高能买多少？
答：最高保额和您的年龄、收入、已有保额有关，不是想买多少就买多少。财务核保会看整体保障是否合理。

问：听说“原位癌也按重疾赔”？
答：要看具体产品。有的产品把原位癌列为轻度疾病，按基本保额的一定比例给付，不是按重疾全额赔付。

以上内容仅为一般性说明，具体保险责任和责任免除以保险合同为准。客服热线400-690-8866。""",
[], "clean hard: quotes 什么病都赔 in a rebuttal; nodules, cancer subtypes, 最高保额 as term; company hotline")

P("wechat_mp", "article", "qa_explainer", agent("方志诚", OWN_FANG),
"""分红险到底分多少？一篇讲清楚（不卖产品，纯科普）

问：朋友说她买的分红险“每年保底分红4%”，有这回事吗？
答：没有这回事。分红险的红利来源于公司分红险账户的实际经营成果，每年分多少要看当年的利差、死差、费差，红利分配是不确定的，可能为零。所谓“保底分红”是错误说法，如果有人这样跟你承诺，建议留个截图。

问：那宣传册上的演示数字是什么？
答：那是按照监管规定的假设利率演示的，演示利益不代表实际收益。现在的新规是两档演示，一档是保证利益（按合同约定一定能拿到的部分），另一档是含红利的演示。

问：怎么判断一家公司分红“靠不靠谱”？
答：看红利实现率。公司每年会在官网公布各款分红产品的红利实现率，比如实现率100%，就是实际派发的红利等于当初演示的水平；低于100%，就是没达到。注意：过去的实现率也不代表以后。

问：分红险和银行存款哪个好？
答：这两个没法简单比。存款受存款保险保障，随时可以取；分红险是长期的保险合同，前几年退保会有损失，红利也不确定。适合能长期放着、又想要一定保障的人，不适合短期要用的钱。

我是方志诚，做保险第9年，有问题可以留言，或者打我电话""" + OWN_FANG + """。""",
[], "clean hard: educational on 分红险, negates 保底分红, balanced deposit comparison, own phone on own account")

P("xiaohongshu", "article", "qa_explainer", agent("许悦", OWN_XU),
"""健康告知那些坑｜我被问爆了的5个问题🙋‍♀️

Q：两年不可抗辩，是不是瞒着病史过两年就一定能赔？
A：姐妹们千万别信这个！！不可抗辩条款是说合同成立满两年后，保险公司不能再以未如实告知为由解除合同。但是如果病是投保前就确诊的，理赔时照样会查，而且故意不告知本身就是问题。别拿自己的理赔去赌😭

Q：乳腺结节3类要写吗？
A：问到了就要写！问卷问“是否有乳腺结节、肿块”，就如实勾“是”，附上B超报告。很多产品对3类是乳腺除外或者标准体，结果没你想的那么糟。

Q：幽门螺杆菌阳性、胃炎算吗？
A：看问卷问没问。问了就答，没问的可以不答（这叫有限告知）。

Q：业务员说“不用告知，我帮你填”怎么办？
A：直接拒绝。投保单是投保人自己签的，后果也是自己担。

Q：我有高血压，吃药控制得很好，还能买百万医疗吗？
A：能买的产品不少，但一般高血压相关并发症会除外，或者走非标准体。

有问题评论区见～ 我不是来带货的，只是理赔岗出身看过太多因为告知出问题的案子🥲 #健康告知 #重疾险 #保险避坑""",
[], "clean hard: rebuts 瞒着病史过两年就一定能赔 and 不用告知; conditions are generic/asker's own, anonymous")

P("wechat_mp", "article", "qa_explainer", ANHE,
"""“某某产品下个月停售，赶紧买！”——这样的消息该信吗？

问：最近好几个群都在转“最后三天”“错过再等一年”的海报，是真的要停售了吗？
答：产品停售或者费率调整，按照《保险销售行为管理办法》，保险公司要先在官网等渠道公告，写清楚产品名称和停售时间。公司没公告之前，销售人员不能对外宣称产品“即将停售”。所以看到这类海报，先去保险公司官网查有没有公告。

问：那官网公告了停售，是不是要抓紧买？
答：停售本身不代表这款产品就适合你。已经投保的客户不受影响，合同继续有效。您要看的是保障内容、保费和家庭预算，而不是倒计时。

问：预定利率下调是怎么回事？
答：这是监管根据市场利率对新产品定价上限作的调整，老产品会陆续切换。这是行业常规的动作，不需要为了“赶末班车”仓促做决定。

问：我是被“炒停售”话术劝买的，想退怎么办？
答：犹豫期内（一般15天）可以无条件退保，只扣不超过10元的工本费；过了犹豫期退保会按现金价值退，可能有损失。您可以拨打客服热线400-690-8866咨询。

温馨提示：保险有风险，投保需谨慎。""",
[], "clean hard: regulator-rule explainer quoting 最后三天/错过再等一年/末班车 as things to beware of")

P("toutiao", "article", "qa_explainer", agent("林晓岚", OWN_LIN),
"""查出肺结节，还能买保险吗？一个老代理人的真心话

这两年体检做低剂量CT的人多了，“肺结节”三个字几乎成了我微信里出现频率最高的词。整理几个常见问题：

问：肺结节就是肺癌吗？
答：不是。绝大多数肺结节是良性的，比如炎性结节、钙化灶。医生一般会根据大小、密度（实性、磨玻璃、混合）建议随访。

问：有肺结节，重疾险还能买吗？
答：可以试，但结果差异很大。小于5mm的实性结节、随访稳定的，部分公司可以标准体或者肺部除外；磨玻璃结节、8mm以上的，往往延期。建议先做智能核保或者人工核保，别直接投。

问：医疗险呢？
答：百万医疗一般会把肺部疾病除外，惠民保这类产品对既往症是可以投保的，只是既往症的赔付比例会低一些，条款里写得很清楚。

问：那我现在没结节，要不要赶紧买？
答：我的建议是，身体健康的时候配置保障，核保是最顺利的。但这不是说要你今天就下单，先把家庭预算和需求理清楚。

问：听说有产品“带病也能买、买了全都赔”？
答：带病可以投保的产品确实有（比如部分惠民保、防癌险），但“全都赔”肯定不对，既往症往往不赔或者低比例赔。

欢迎私信交流，我的电话""" + OWN_LIN + """。""",
[], "clean hard: nodules, underwriting outcomes, quotes 带病也能买、买了全都赔 as wrong; own phone")

P("wechat_mp", "article", "qa_explainer", ZHOUJA,
"""投保人、被保险人、受益人，到底谁是谁？

很多客户在填投保单时会问：这三个人有什么区别？我们用一个例子说明。

问：张先生给太太买了一份定期寿险，张先生是什么角色？
答：张先生出钱、签合同，他是投保人；太太的生命是保险对象，她是被保险人。身故受益人可以由被保险人指定，比如指定为他们的孩子。

问：第一受益人、第二受益人是什么意思？
答：这是受益顺序。第一顺序的受益人全部先于被保险人身故或放弃时，才由第二顺序受益人受领。同一顺序有多个人时，可以约定份额。

问：不指定受益人会怎样？
答：会按法定受益人处理，保险金作为被保险人的遗产，按照《民法典》继承编来分配，手续会复杂一些。

问：投保人和被保险人不是同一个人，投保人先走了，保单怎么办？
答：保单的现金价值属于投保人的财产，可以办理投保人变更。具体要看合同约定和家庭情况。

问：“周瑾安人寿”是一个人的名字吗？
答：“周瑾安人寿”是公司名称（周瑾安人寿保险股份有限公司），取自创始地的地名和寓意，不是某个人的名字。常有客户问起，在此统一说明。

以上为一般性说明，具体以保险合同条款为准。""",
[], "clean hard: insurance roles, 张先生/太太 unnamed; company name that looks like a person name")

P("weibo", "article", "qa_explainer", agent("马文涛", OWN_MA),
"""#保险冷知识# 银行里买的“保险”是存款吗？

问：我妈在银行柜台买了一个“5年期的存款”，拿回来一看合同抬头写的是某某人寿的两全保险，这是怎么回事？
答：这就是保险，不是存款。保险不是存款，不受存款保险制度保障，而且前几年退保可能拿不回全部保费。

问：那这种算不算被误导了？
答：如果当时销售人员说的是“存款”“存期5年”“到期还本付息”，这些描述本身就是监管不允许的。可以先看犹豫期过了没有；过了的话，可以收集证据向保险公司投诉，或者向金融监管部门反映。

问：增额终身寿是不是比存款划算？
答：这种问题没有标准答案。二者性质不同：一个是长期人身保险合同，一个是银行存款，流动性、保障功能、风险都不一样，不能光看一个利率数字对比。

转发给家里长辈看看🙏""",
[], "clean hard: quotes 存款/存期/到期还本付息/比存款划算 as misconduct or question; negation 保险不是存款")

P("wechat_mp", "article", "qa_explainer", ANHE,
"""防骗提示｜“买保险返佣金”可信吗？

问：有人在群里说，通过他买保险可以返30%的佣金，是真的吗？
答：这是违法行为。《保险法》禁止保险公司和代理人给投保人合同约定以外的利益，包括返还佣金、返现、送贵重礼品等。

问：那我拿了返现有什么风险？
答：一是对方可能让你先交全额保费，返现迟迟不到；二是有些“返佣”实际上是让你做“保单贷款”或者“退旧投新”，损失更大；三是保单服务可能无人跟进。

问：公司组织的客户节活动送小礼品，算不算？
答：公司统一组织、与是否购买无关的客户答谢活动，和“买保险送礼”不是一回事。

问：发现有人这么做怎么举报？
答：可以拨打我司客服热线400-690-8866，或者向当地金融监管部门反映。

本文由安禾人寿客户服务中心发布。""",
[], "clean hard: anti-fraud notice quoting 返30%的佣金/返现/送贵重礼品 as illegal")

P("wechat_mp", "article", "qa_explainer", agent("林晓岚", OWN_LIN),
"""惠民保问答：既往症能不能赔？

问：今年的“安城惠民保”说有病也能买，是真的吗？
答：是的，这类城市定制型医疗保险通常不限年龄、不限职业、既往症人群可以投保。但是，能买≠都能赔。

问：那我妈有糖尿病、做过心脏支架，能报吗？
答：条款里会列出“特定既往症”，比如恶性肿瘤、肝肾疾病、心脑血管疾病、糖尿病等。对这些既往症，有的版本是不赔，有的版本是赔付比例降到30%左右。健康人群一般是免赔额以上按比例报销。

问：听说是政府的保险？
答：准确说法是“政府指导、商业保险公司承保”。它是商业保险，不是医保，也不是政府兜底的。

问：免赔额怎么算？
答：一般是年度免赔额，医保报销后的合规自费部分超过免赔额的才报，具体看当年版本。

问：多少钱？
答：各地不同，一般一百来块一年。

以上仅为科普，具体以当年官方公布的保险条款为准。""",
[], "clean hard: 有病也能买 as question about 惠民保 with limits stated; 政府指导、商保承保; negates 政府兜底")

P("toutiao", "article", "qa_explainer", agent("方志诚", OWN_FANG),
"""万能险的“保证利率”和“结算利率”，别再搞混了

问：合同写的最低保证利率1.75%，业务员说“每年都能拿4%”，到底能拿多少？
答：最低保证利率是合同里写明的，万能账户每年结算利率不会低于它。超过最低保证利率的部分是不确定的，公司每月公布的结算利率会随投资情况变动，过去的结算利率不代表未来。“每年都能拿4%”不是合同承诺。

问：那万能账户是不是就是“保本”的？
答：要分开看。账户里的价值按结算利率计息，但是初始费用、退保费用、风险保险费会从账户里扣，前几年退保可能拿不回全部。所以不要简单理解成保本。

问：万能险适合谁？
答：适合有长期资金规划、希望有一定灵活性的人，一般作为年金险或者终身寿的附加账户使用。

问：结算利率在哪里查？
答：保险公司官网有“万能险结算利率公告”，每月更新。

本文为知识分享，不针对任何具体产品。""",
[], "clean hard: explains 最低保证利率 and uncertainty; rebuts 每年都能拿4%/保本 in quotes")

P("xiaohongshu", "article", "qa_explainer", agent("许悦", OWN_XU),
"""百万医疗险那些数字，一条一条解释给你听📒

❓「最高保额600万」是能赔600万吗？
👉是年度报销上限，不是一次性给你600万。你花多少、合规的，扣掉免赔额之后才报。

❓「1万免赔额」什么意思？
👉一年里自己先承担1万（医保报过的部分不能抵，一般），超过的部分才报。

❓「保证续保20年」靠谱吗？
👉这是合同条款，写了就算数：20年内就算产品停售或者你生了病，也能按合同续保。但是费率可以按年龄段调整，也可以整体调，不是保费永远不变。

❓「100%报销」？
👉有的产品写的是“经社保报销的按100%，未经社保的按60%”，要看清前提。

❓甲状腺结节手术能报吗？
👉如果投保前就有结节，大概率被除外了。投保后新发的、过了等待期（一般30天），住院手术是能报的。

不要被海报上的大数字唬住，看条款!!📌 #百万医疗 #保险科普""",
[], "clean hard: 最高保额600万, 保证续保20年, 100%报销 with conditions — product terms explained")

P("wechat_mp", "article", "qa_explainer", ANHE,
"""保险公司要是倒闭了，我的保单怎么办？

问：新闻上说有保险公司被接管了，我的保单还有效吗？
答：有效。被接管只是由监管部门组织接管组管理公司的经营，保单合同继续有效，正常理赔、正常交费。

问：要是真的破产了呢？
答：《保险法》第九十二条规定，经营有人寿保险业务的保险公司被依法撤销或者依法宣告破产的，其持有的人寿保险合同及责任准备金，必须转让给其他经营有人寿保险业务的保险公司；不能同其他保险公司达成转让协议的，由国务院保险监督管理机构指定经营有人寿保险业务的保险公司接受转让。

问：保险保障基金是什么？
答：是按规定向保险公司收取、用于救助保单持有人的行业风险救助基金，有一定的救助额度和比例限制，不等于百分之百全额兜底。

问：那是不是说“保险公司永远不会倒闭”？
答：不是。保险公司也是企业，有经营风险。上述制度保护的是保单持有人的权益，而不是保证每家公司都不会出问题。

本内容依据公开法律条文整理，仅供参考。""",
[], "clean hard: art 92 and 保障基金 described accurately; rebuts 永远不会倒闭 and 全额兜底")

P("wechat_mp", "article", "qa_explainer", DURH,
"""甲状腺癌还算“重疾”吗？理赔岗的同事来回答

问：我确诊了甲状腺乳头状癌，医生说是“懒癌”，重疾险能赔吗？
答：要看合同版本和分期。2021年2月起新备案的重疾险采用新版重大疾病定义，其中TNM分期为Ⅰ期的甲状腺癌属于“轻度恶性肿瘤”，按轻症比例给付；Ⅱ期及以上才按重度恶性肿瘤给付。老版本合同，则按老定义执行。

问：做了甲状腺全切，医疗险能报吗？
答：可以，属于住院医疗费用，按医疗险的免赔额和比例报销。

问：我有甲状腺结节，术后病理提示桥本甲状腺炎，能赔吗？
答：桥本甲状腺炎不属于恶性肿瘤，不在重疾责任内，但住院手术费用可以按医疗险报。

问：理赔要准备什么？
答：病理报告（最关键）、出院小结、手术记录、发票或费用清单、被保险人身份证明、受益人账户信息。可以在杜若衡保险App在线提交。

问：“杜若衡”是哪位？
答：不是人名哦，是我们公司的名字（杜若衡财产保险股份有限公司），杜若是一种香草，衡取“平衡”之意。

理赔热线：400-828-3311""",
[], "clean hard: thyroid cancer staging, 桥本, anonymous asker; company name looks like a person name")

P("douyin", "live_script", "qa_explainer", agent("马文涛", OWN_MA),
"""【直播口播稿·问答环节】
家人们，评论区有人问：“三高能买重疾吗？”我直接说，能不能买看核保，血压血糖控制得好的，有机会加费或者除外承保，控制不好的可能就延期了。

又有人问：“你们家是不是理赔最快的？”这个我不能这么说，理赔时效看材料齐不齐，合同里写的是资料齐全后按约定时限核定，我没法跟你保证“最快”。

还有人问：“听说买了就不用健康告知？”不对，哪家都要健康告知，问到的都要如实答。

最后一个：“有没有返现？”没有，返现是违规的，家人们别信这种。我能给你的就是把条款讲清楚，理赔的时候陪你跑。""",
[], "clean hard: live script that negates 理赔最快, 不用健康告知, 返现")
# ---------------- Q&A explainers with violations
P("wechat_mp", "article", "qa_explainer", agent("林晓岚", OWN_LIN),
"""降息潮来了，钱放哪里？客户问得最多的几个问题

问：存款利率又降了，三年定期才1.5%左右，手里的钱怎么办？
答：很多客户都在问这个。我的建议是看看增额终身寿，比定期存款划算多了，合同写死的，年化稳定收益3%，一直复利到终身，不用担心以后利率继续往下走。

问：会不会亏？
答：放心，保本保息，白纸黑字写在合同里。

问：钱要用的时候能拿出来吗？
答：可以减保取现，也可以保单贷款。就当是一张长期存单，只是利息比银行高。

问：听说这类产品要下架了？
答：对，预定利率下调前赶紧锁定，这款下个月就停售了，之后的新产品利率只会更低。

想了解具体演示的，私信我，电话""" + OWN_LIN + """。""",
[("deposit_comparison", "比定期存款划算多了"), ("guaranteed_return", "年化稳定收益3%"),
 ("guaranteed_return", "保本保息"), ("deposit_comparison", "就当是一张长期存单"), ("deposit_comparison", "利息比银行高"),
 ("stop_sale_hype", "预定利率下调前赶紧锁定"), ("stop_sale_hype", "下个月就停售了")],
"dirty: Q&A format selling 增额终身寿 as a deposit with certain yield and stop-sale urgency")

P("wechat_mp", "article", "qa_explainer", agent("方志诚", OWN_FANG),
"""关于“鑫悦年年”年金保险（分红型），您关心的问题都在这里

问：这款产品每年能分多少红？
答：按照公司历史的分红水平，中档演示一年下来大约能有3%以上的分红，加上保证利益，整体收益相当可观。

问：红利会不会没有？
答：不会的，我们公司经营稳健，分红保底，往年从来没让客户失望过。

问：什么时候开始领？
答：交满5年，第6年开始每年领生存金，领到终身，同时还有分红可以累积生息。

问：适合给孩子买吗？
答：非常适合，教育金、婚嫁金、养老金一张保单全搞定。

有兴趣的朋友可以私信我，帮你做一份详细的利益演示。""",
[("guaranteed_return", "分红保底"), ("missing_disclosure",)],
"dirty: promotes a participating annuity with illustrated dividends, says 分红保底, no uncertainty statement")

P("xiaohongshu", "article", "qa_explainer", agent("许悦", OWN_XU),
"""🌸有结节的姐妹看过来｜重疾险还能不能买？

很多姐妹私信问我：乳腺结节、甲状腺结节，还能不能买重疾险？我统一回答一下👇

Q：乳腺结节3类，要不要告知？
A：说实话，你不说谁也不知道。小结节而已，问卷上勾“否”就行，我见过太多人一告知就被除外了，划不来。

Q：万一以后查出来呢？
A：放心，隐瞒病史两年后也得赔，这是保险法规定的，两年后保险公司就没权利拒赔了。

Q：那等待期内查出来呢？
A：等待期一般90天，过了就好。

Q：哪款好？
A：我们家这款是目前市面上最好的女性重疾险，没有之一，癌症多次赔，甲状腺癌也按重疾赔！

有需要的dd我～ #乳腺结节 #甲状腺结节 #女性保险""",
[("coverage_exaggeration", "你不说谁也不知道"), ("coverage_exaggeration", "问卷上勾“否”就行"),
 ("coverage_exaggeration", "隐瞒病史两年后也得赔"), ("coverage_exaggeration", "两年后保险公司就没权利拒赔了"),
 ("ad_absolute", "目前市面上最好的"), ("ad_absolute", "没有之一"),
 ("coverage_exaggeration", "甲状腺癌也按重疾赔")],
"dirty: advises non-disclosure, misuses 2-year rule, superlatives; the nodule talk is the asker's own, not PII")

P("toutiao", "article", "qa_explainer", agent("马文涛", OWN_MA),
"""为什么越来越多的人选择我们康源人寿？问答告诉你

问：康源人寿靠谱吗？
答：理赔速度全国第一，获赔率行业领先，这是有目共睹的。

问：和盛泰人寿比怎么样？
答：盛泰那边理赔难是出了名的，我好几个客户在那边买的重疾，确诊了拖半年都不赔，奉劝大家别买盛泰的产品。

问：你们的产品有监管背书吗？
答：有的，我们的产品是经过国家金融监督管理总局审批的，安全有保障，国家兜底，您放一百个心。

问：住院都能报吗？
答：只要住院就能报，百病全赔，没有免赔额。

需要方案的朋友欢迎咨询。""",
[("ad_absolute", "理赔速度全国第一"), ("ad_absolute", "行业领先"),
 ("disparagement", "盛泰那边理赔难是出了名的"), ("disparagement", "奉劝大家别买盛泰的产品"),
 ("false_authority", "经过国家金融监督管理总局审批的，安全有保障"), ("false_authority", "国家兜底"),
 ("coverage_exaggeration", "百病全赔"), ("coverage_exaggeration", "只要住院就能报")],
"dirty: several categories in Q&A format; invented companies 康源人寿/盛泰人寿")

P("wechat_mp", "article", "qa_explainer", agent("方志诚", OWN_FANG),
"""新人必看｜做保险到底赚不赚钱？师父的真心话

问：做代理人收入从哪来？
答：主要是佣金。不瞒大家，我们公司重疾险的首年佣金是35%，年金险趸交是3%左右，期交的更高。

问：还有别的奖励吗？
答：有的，这个季度公司出了推动方案：本月加佣10%，FYC达到2万的再奖励一次海南游。具体附件是内部资料，严禁外传，我这里只给大家说个大概。

问：新人怎么开单？
答：先从身边人做起，把自己和家人的保障配齐。

问：考核压力大吗？
答：每个季度都有考核，达不到就降级，这个要有心理准备。

想了解的私信我，团队招新中。""",
[("confidential_info", "首年佣金是35%"), ("confidential_info", "趸交是3%左右"),
 ("confidential_info", "本月加佣10%"), ("confidential_info", "FYC达到2万的再奖励一次海南游"),
 ("confidential_info", "内部资料，严禁外传")],
"dirty: recruitment Q&A leaking commission rates and an incentive scheme")

P("wechat_mp", "article", "qa_explainer", agent("林晓岚", OWN_LIN),
"""万能账户问答｜“金穗添利”账户结算利率怎么样？

问：这个万能账户现在结算利率多少？
答：上个月公布是4.0%，日复利、月结算，比余额宝高一倍多。

问：能随时取吗？
答：第三个保单年度之后，部分领取很灵活，随存随取，跟活期差不多。

问：利率会不会降？
答：我们公司的结算利率一直都很稳，这几年从来没低于3.5%，可以说是稳赚不赔的。

问：起投多少？
答：追加保费1000元起。

欢迎大家咨询，年底前办理的还有小礼品。""",
[("deposit_comparison", "比余额宝高一倍多"), ("deposit_comparison", "随存随取，跟活期差不多"),
 ("guaranteed_return", "稳赚不赔"), ("improper_inducement", "年底前办理的还有小礼品"), ("missing_disclosure",)],
"dirty: promotes a universal account with crediting rate, compares to 余额宝/活期, purchase-tied gift, no uncertainty statement")

P("weibo", "comment_reply", "qa_explainer", agent("许悦", OWN_XU),
"""评论区统一回复几个问题👇
1、“甲状腺结节能不能买？”——能买，具体看核保。
2、“你们理赔快不快？”——上周我客户刘建英，就是那个在河西开花店的刘姐，确诊乳腺浸润性导管癌Ⅱ期，三天就到账了。不信可以问她，她电话""" + PH_LIU + """。
3、“有没有优惠？”——这周下单的，我私人补贴你首年保费的15%，加我v细聊😉""",
[("pii_name", "刘建英"), ("pii_health", "乳腺浸润性导管癌Ⅱ期"), ("pii_phone", PH_LIU),
 ("improper_inducement", "私人补贴你首年保费的15%")],
"dirty: comment reply Q&A exposing a customer's name, phone and diagnosis; premium subsidy")
# ================================================================ claim stories
P("wechat_mp", "article", "claim_story", DURH,
"""理赔员手记｜一份迟到了三个月的病理报告

这是我做理赔第七年遇到的一个案子。出于隐私保护，下文客户信息已做处理。

Z女士，38岁，2023年在我司投保了一份重疾险，基本保额50万。今年春天单位体检，B超提示左乳结节，BI-RADS 4a类。她拖了两个月才去复查，穿刺病理显示浸润性导管癌，后来术后分期是Ⅰ期，免疫组化HER2阴性。

她第一次打电话来的时候，很紧张，问我：“我之前体检有过乳腺增生，投保时没写，会不会不赔？”我们调阅了投保单，问卷问的是“乳腺肿块、结节”，乳腺增生不在询问范围内，她没有违反告知义务。

材料齐了之后，我们在条款约定时限内完成了审核，重疾保险金50万元给付到了她本人指定的账户。

写这个故事，不是想说“我们什么都赔”，而是想提醒大家两件事：一是体检有异常要及时复查；二是投保时问卷问什么就如实答什么，没问到的不用自己加戏。理赔的结论，永远看的是合同和事实。

理赔咨询：400-828-3311""",
[], "clean hard: anonymised claim story (Z女士, age only) with detailed cancer subtype; quotes 我们什么都赔 as a disclaimer")

P("wechat_mp", "article", "claim_story", ANHE,
"""安禾人寿2025年度理赔服务报告（摘要）

2025年，我们共处理个人理赔案件约12.6万件，赔付金额18.3亿元，获赔率97.6%（统计口径：结案件数中给付件数占比，数据来源：公司年度理赔服务报告）。

重疾险理赔中，恶性肿瘤占比约七成，排名前五的依次是肺癌、乳腺癌、甲状腺癌、结直肠癌和胃癌。其中甲状腺癌按轻度恶性肿瘤给付的案件占比明显上升，这与新版重疾定义有关。

案例一：一位来自成都的52岁男性客户，确诊结肠腺癌（Ⅲ期），重疾险赔付30万元，医疗险报销住院和化疗费用共计12.4万元。
案例二：一位4岁的小朋友，确诊急性淋巴细胞白血病，少儿重疾险赔付40万元，并豁免后续保费。
案例三：一位45岁女性客户因未如实告知投保前已确诊的高血压三级，且与本次脑出血直接相关，按照合同约定解除合同，不予给付。

理赔不是“一定赔”或者“一定不赔”，而是依照合同约定和事实。感谢每一位客户的信任。""",
[], "clean hard: company claim report with cited statistic and anonymised cases, including a declined claim")

P("wechat_mp", "article", "claim_story", agent("林晓岚", OWN_LIN),
"""这一次，理赔的人是我自己

做了8年保险，帮客户递过上百份理赔材料，没想到今年轮到了我自己。

8月份单位体检，甲状腺B超提示右叶结节，TI-RADS 4b。穿刺结果出来那天，我在车里坐了很久——甲状腺乳头状癌。医生说预后很好，但“癌”这个字听到的时候，脑子还是一片空白。

手术很顺利，术后分期Ⅰ期。我的重疾险是2022年买的新定义产品，甲状腺癌Ⅰ期属于轻度恶性肿瘤，按基本保额的30%给付，赔了9万；百万医疗扣掉1万免赔额，报销了2.1万。前后两周就到账了。

说真的，以前跟客户讲“保险是给家人的底气”，总觉得有点像口号。这次我自己是被保险人，才真的体会到：生病的时候，有人帮你把钱的问题解决掉，你就可以只管好好养病。

也想借这个机会提醒一下朋友们：体检报告里的“结节”别忽视，该复查就复查。

有保险上的问题，还是可以随时找我，电话""" + OWN_LIN + """。""",
[], "clean hard: agent's own diagnosis on her own account (not third-party PII); own phone")

P("wechat_mp", "article", "claim_story", agent("马文涛", OWN_MA),
"""一张保单里的三个人：一个身故理赔的故事

去年冬天，我的客户李**（投保人）打电话给我，声音很哑：她先生走了，心梗，才46岁。

2019年，她给先生买了一份定期寿险，投保人是她，被保险人是她先生，受益人写的是他们的女儿和她本人，各占50%。

理赔的时候，遇到一个小插曲：女儿刚满17岁，属于未成年人，她那份保险金需要由监护人代为领取。我们按流程准备了死亡证明、户口注销证明、亲属关系证明、受益人身份证明，公司在资料齐全后给付了100万元保险金。

事后她说，幸亏当初受益人写清楚了，不然走法定继承，要找齐所有继承人签字，还要去公证。

所以我现在跟每个客户都会多说一句：受益人别写“法定”，能指定就指定，写清楚顺序和比例。

（已征得客户同意分享，客户信息已做脱敏处理，如需联系我：""" + OWN_MA + """）""",
[], "clean hard: roles 投保人/被保险人/受益人, masked name 李**, 心梗 not tied to identifiable person; own phone")

P("wechat_mp", "article", "claim_story", ZHOUJA,
"""周瑾安人寿｜理赔服务故事第12期：凌晨两点的报案电话

凌晨两点，我们的24小时理赔热线接到一位客户的报案：他的父亲在外地出差时突发脑梗，正在当地医院抢救。

接线的同事先确认了保单状态——有效，再告诉他需要保留哪些材料：急诊病历、影像报告、住院费用清单。因为是异地就医，同事还帮他查询了直付服务是否覆盖这家医院。

这位老先生后来做了取栓手术，恢复得不错。医疗险报销了大部分住院费用，因为后遗症没有达到重疾定义里“永久性功能障碍”的程度，重疾责任这次没有触发。我们把原因一条条跟家属解释清楚，家属也表示理解。

讲这个故事是想说：理赔不是口号，一份保单能做什么、不能做什么，合同里写得明明白白。

周瑾安人寿保险股份有限公司 24小时服务热线：400-177-9500""",
[], "clean hard: anonymised story; company name looks like a person's name (周瑾安); explains why a CI benefit did not trigger")

P("douyin", "live_script", "claim_story", agent("许悦", OWN_XU),
"""【短视频口播稿】
这是一个被拒赔的案子，我讲出来给大家提个醒。

客户是一位40多岁的大哥，投保前两年就查出了高血压，一直在吃药，投保的时候问卷问“是否患有高血压”，他勾了“否”。第三年他脑出血住院，申请重疾理赔，调取病历发现了之前的就诊记录。

结果是什么？虽然过了两年，但因为是投保前就确诊的疾病，而且和这次的脑出血直接相关，最后还是没赔下来。

所以大家记住，“过了两年就一定赔”是误解！该告知的一定要告知。

关注我，每天讲一个真实理赔案例（已脱敏）。""",
[], "clean hard: anonymised declined-claim story; quotes 过了两年就一定赔 as a misconception")

P("wechat_mp", "article", "claim_story", agent("方志诚", OWN_FANG),
"""小区门口摔的那一跤，意外险赔了多少？

上个月，一位客户阿姨在小区门口下台阶时踩空，右手腕桡骨远端骨折，在市里的一家三甲医院做了切开复位内固定手术。

她有一份我三年前帮她配的综合意外险：意外医疗保额2万，0免赔，100%报销（社保范围内），另外有骨折津贴。

她女儿帮她在App上传了门诊病历、X光片、出院小结和发票，一周后到账：意外医疗报销1.36万，骨折津贴2000元。

阿姨后来问我：“那我要是以后关节退化、骨质疏松导致的骨折，也能赔吗？”我跟她讲，意外险只赔“外来的、突发的、非本意的、非疾病的”伤害，疾病导致的不算意外，这个要看具体情况。

很多人觉得意外险便宜不重要，其实老人家真的很需要。""",
[], "clean hard: anonymous 阿姨 with fracture; 0免赔/100%报销 stated with limits; explains exclusions")

P("xiaohongshu", "article", "claim_story", agent("许悦", OWN_XU),
"""记录｜小朋友的白血病理赔，我们全家都没想到

这是我一个客户家的故事，孩子妈妈允许我分享，名字和城市都不写了。

宝宝3岁半，发烧反复不退，血常规异常，最后骨穿确诊急性淋巴细胞白血病（B-ALL，标危）。

两年前孩子妈妈在我这里给宝宝买了少儿重疾险和一份少儿医疗险。确诊后我们第一时间报了案，少儿重疾险赔了50万，因为产品有少儿特定疾病额外给付，又多给了一笔；医疗险报销了化疗期间绝大部分自费药。

孩子现在在维持治疗阶段，状态很好🙏

我想说的是：少儿重疾别光看价格，要看清疾病定义和额外给付条件；投保人最好是爸妈中收入稳定的一方，可以附加投保人豁免。

祝所有小朋友都健健康康💛""",
[], "clean hard: child's leukaemia, anonymised (no name/city); 第一时间 is a time word")

P("wechat_mp", "article", "claim_story", agent("马文涛", OWN_MA),
"""看到一则处罚新闻，心里挺不是滋味

今天行业群里转了一条新闻：某地一家保险代理公司的业务员，把客户的理赔通知书截图发到朋友圈做宣传，客户姓名、身份证号、诊断都露出来了，被当地监管部门处罚，公司也被通报。

说实话，以前我刚入行的时候，也见过同行晒“恭喜XXX获赔50万”的。现在想想，客户的病情是最私密的信息，哪怕是好事，也不应该拿出来晒。

所以我自己发理赔故事，一律遵守三条：
1. 不写全名，不写电话、身份证、保单号；
2. 不写能认出是谁的细节（单位、住址）；
3. 截图一律打码。

理赔是客户的事，不是我的业绩海报。""",
[], "clean hard: reports someone else's misconduct; 恭喜XXX获赔50万 as a placeholder, no real PII")

P("toutiao", "article", "claim_story", agent("林晓岚", OWN_LIN),
"""确诊胃癌早期，医疗险和重疾险怎么赔？讲一个真实案例

先说结论：同样是“胃癌”，早期和晚期、原位和浸润，理赔结果差很多。

案例：一位56岁的男性客户（已脱敏），常年胃不舒服，胃镜发现胃窦部病变，活检提示高级别上皮内瘤变，做了内镜下黏膜剥离术（ESD）。术后病理：黏膜内癌，T1a。

重疾险方面：他的产品是新定义的，这种情况符合“恶性肿瘤——重度”吗？核赔老师看了病理，黏膜内癌属于浸润癌的早期，最终按重度恶性肿瘤给付了30万。（注意：如果术后病理只是“高级别上皮内瘤变”，不少产品是按原位癌处理，只能走轻症。）

医疗险方面：ESD手术住院费用2.3万，医保报销后自付部分不到1万，没有超过免赔额，所以百万医疗这次没报，他单位的补充医疗报了一部分。

一个病例，三种保险，三种结果。所以配置保险一定要搭配好，不是一份就够。""",
[], "clean hard: anonymised gastric cancer case with staging; explains why medical insurance did not pay")

P("weibo", "article", "claim_story", agent("方志诚", OWN_FANG),
"""客户C先生（已授权、已脱敏）前年在我这配了一份定期寿险+医疗险。今年体检发现肝脏占位，一查是肝细胞癌，做了肝部分切除术。医疗险报销住院费用约7万，有一部分进口药因为在院外药店购买、又没走特药直付，没能报。

写出来是想提醒：特药要走保险公司的特药服务流程，别自己买了再去报。

也有人问我：“你们公司是不是从来不拒赔？”不是的，拒赔的案子也有，原因大部分是告知问题或者不在保险责任范围内。""",
[], "clean hard: anonymised C先生 with liver cancer; rebuts 从来不拒赔 as a question")
# ---------------- claim stories with violations
P("wechat_mp", "article", "claim_story", agent("马文涛", OWN_MA),
"""【理赔喜报】恭喜王秀梅阿姨获赔42万元！

王秀梅阿姨今年61岁，是我们营业部的老客户了，2018年在我这里给自己买了一份重疾险。

今年5月，阿姨吃饭总觉得胃胀，去市第二人民医院做了胃镜，确诊胃印戒细胞癌，已经是进展期了。阿姨的女儿第一时间给我打了电话，我连夜帮她准备了材料。

从报案到到账，只用了6天！重疾险42万元全额赔付，另外还豁免了剩下的保费。

阿姨说：“幸亏当年听了小马的话。”

朋友们，保险就是这样，平时看不见，关键时候能救命。我们公司理赔从来不拖，零拒赔，只要你买了，出了事就一定赔！

想给爸妈配置的，私信我～""",
[("pii_name", "王秀梅", 0), ("pii_name", "王秀梅", 1), ("pii_health", "胃印戒细胞癌"),
 ("coverage_exaggeration", "零拒赔"), ("coverage_exaggeration", "出了事就一定赔")],
"dirty: claim 'good news' naming the customer twice with diagnosis; promises claims will always be paid")

P("moments", "poster_text", "claim_story", agent("许悦", OWN_XU),
"""📄理赔结案通知（截图文字版）
被保险人：赵志强
证件号码：""" + ID_ZHAO + """
保单号：AH2021440300086712
出险原因：鼻咽癌（未分化型非角化性癌）
给付金额：人民币500,000.00元
又一位客户拿到了理赔款✅ 有保障的人生，底气都不一样💪""",
[("pii_name", "赵志强"), ("pii_id_card", ID_ZHAO), ("pii_policy_number", "AH2021440300086712"),
 ("pii_health", "鼻咽癌（未分化型非角化性癌）")],
"dirty: transcribed claim notice with full name, ID card (valid check digit), policy number, diagnosis")

P("wechat_mp", "article", "claim_story", agent("林晓岚", OWN_LIN),
"""今天，把理赔款亲手送到了孙奶奶家

孙桂兰奶奶今年78岁，去年冬天在家里摔了一跤，股骨颈骨折，做了髋关节置换。她的意外险是她儿子几年前在我这买的。

理赔款本来是直接打到账户里的，但奶奶不太会用手机银行，非说要看看“纸上的东西”，所以今天我把理赔通知书打印出来，专门送到了她家：南京市鼓楼区湖南路街道云南北路17号3单元402室。

奶奶拉着我的手说了半天话，还给我塞了一把自己炒的花生🥜

这份工作，值了。""",
[("pii_name", "孙桂兰"), ("pii_address", "南京市鼓楼区湖南路街道云南北路17号3单元402室"),
 ("pii_health", "股骨颈骨折"), ("pii_health", "髋关节置换")],
"dirty: warm story that publishes an elderly customer's full name, home address and injury")

P("moments", "caption", "claim_story", agent("方志诚", OWN_FANG),
"""又一笔理赔到账🎉 客户邓建国大哥的赔款今天打到他卡上了：""" + CARD_ABC + """（农行），肺鳞癌中期，重疾赔付35万。大哥说要请我吃饭哈哈😂 保险，真的有用！""",
[("pii_name", "邓建国"), ("pii_bank_card", CARD_ABC), ("pii_health", "肺鳞癌中期")],
"dirty: Moments claim caption with full name, unmasked bank card (Luhn-valid) and diagnosis")

P("wechat_mp", "article", "claim_story", agent("马文涛", OWN_MA),
"""什么叫专业？这就叫专业

前几天一个朋友来找我，他老爸在盛泰人寿买了份重疾，确诊了结直肠癌，申请理赔三个月了，一会儿要补材料一会儿要调查，到现在一分钱没见着。

我只能说，盛泰人寿就是骗人的，买的时候什么都答应，理赔的时候各种刁难。

反观我们康源人寿，上个月我一个客户确诊甲状腺癌，资料交上去3天就赔了。

所以说，买保险，公司真的很重要！选对公司，比什么都强。""",
[("disparagement", "盛泰人寿就是骗人的"), ("disparagement", "理赔的时候各种刁难")],
"dirty: claim story used to defame a named competitor; the friend's father's condition is not identifiable")

P("xiaohongshu", "article", "claim_story", agent("许悦", OWN_XU),
"""💗分享一个温暖的理赔故事

去年一位客户姐姐在我这投保了我们的“芳华安康”女性重疾，今年体检发现宫颈有问题，确诊宫颈鳞癌ⅠB期，手术+放疗，重疾赔了40万，一分没少～

姐姐说当时差点就没买，还好最后下定了决心🥹

💡划重点：这款产品ting售倒计时啦！！12月31号之后就买不到了，想给自己一份安心的姐妹抓紧，最后一波了，错过真的要再等好久😭

本月投保的姐妹，我再送一张价值1288的高端体检卡🎁""",
[("stop_sale_hype", "ting售倒计时"), ("stop_sale_hype", "12月31号之后就买不到了"), ("stop_sale_hype", "最后一波了"), ("stop_sale_hype", "错过真的要再等好久"),
 ("improper_inducement", "再送一张价值1288的高端体检卡")],
"dirty: anonymous claim story (clean part) followed by stop-sale hype with pinyin evasion and a purchase-tied gift")

P("wechat_mp", "article", "claim_story", agent("林晓岚", OWN_LIN),
"""【客户故事】陈师傅的第二次理赔

陈师傅是开出租车的，老客户了。前年他做了一次肠息肉切除，医疗险报了；今年复查发现肝硬化失代偿，住院一个多月。

这一次，我们的医疗险又报销了8万多。陈师傅说，他这个病没想到还能赔，真是没白买。

有朋友想了解陈师傅当时买的是哪款，可以直接问他本人，他很乐意分享：""" + PH_CHEN + """（陈师傅已同意）。

我们家的医疗险，有病也能赔，小病大病都管，放心买！""",
[("pii_phone", PH_CHEN), ("pii_health", "肝硬化失代偿"), ("pii_health", "肠息肉切除"),
 ("coverage_exaggeration", "有病也能赔"), ("coverage_exaggeration", "小病大病都管")],
"dirty: customer identifiable through his published mobile number (no full name), so his conditions are pii_health")

P("moments", "caption", "claim_story", agent("马文涛", OWN_MA),
"""感谢客户胡佳琪的来信💌 她说：“谢谢马经理，化疗期间一直帮我跑理赔。”
佳琪去年确诊霍奇金淋巴瘤，现在已经完全缓解啦🎉 她的邮箱hujiaqi0917@163.com 也发来了感谢信，我会一直珍藏～""",
[("pii_name", "胡佳琪"), ("pii_health", "霍奇金淋巴瘤"), ("pii_email", "hujiaqi0917@163.com")],
"dirty: thank-you post naming the customer, her lymphoma and her personal email. 佳琪 alone is a repeat of the given name (not separately labelled)")

P("douyin", "live_script", "claim_story", agent("方志诚", OWN_FANG),
"""【口播稿】
家人们，今天给大家讲一个真实的理赔。我一个客户，50来岁的大姐，去年查出乳腺癌，我们的重疾险三天就赔了。

为什么能这么快？因为我们是全国理赔时效第一的公司，没有之一！

很多人问，我之前有三高、有结节，能不能买？我告诉你，我们这个产品不用健康告知，什么人都能买，买了就能赔。

今天直播间下单的，我自掏腰包给你返现10%，再送一桶油，名额有限，手慢无！""",
[("ad_absolute", "全国理赔时效第一"), ("ad_absolute", "没有之一"),
 ("coverage_exaggeration", "不用健康告知"), ("coverage_exaggeration", "什么人都能买"), ("coverage_exaggeration", "买了就能赔"),
 ("improper_inducement", "自掏腰包给你返现10%"), ("improper_inducement", "再送一桶油"),
 ("stop_sale_hype", "手慢无")],
"dirty: live script with anonymous claim anecdote then several violations")

P("wechat_mp", "article", "claim_story", agent("许悦", OWN_XU),
"""从确诊到到账，我陪郭女士走了27天

这是我入行以来印象最深的一次理赔。

郭女士今年44岁，在我们这条街开一家小超市。今年3月，她突然头痛得厉害，送到医院查出来是颅内动脉瘤破裂。她老公郭先生慌得不行，半夜给我打电话（""" + PH_GUO + """），问我保险能不能用。

我第二天一早就到了医院，帮他们整理材料……

（以下略）

她出院那天，给我发了一个大大的红包，我没收。做这行，图的不是这个。""",
[("pii_phone", PH_GUO), ("pii_health", "颅内动脉瘤破裂")],
"dirty: surname+honorific alone would be fine, but the husband's full mobile number makes the family identifiable")

P("wechat_mp", "article", "claim_story", agent("林晓岚", OWN_LIN),
"""理赔小课堂｜重疾理赔要准备什么？（附真实材料示例）

很多客户不知道重疾理赔要准备哪些材料，今天用我上个月经手的一个案子给大家展示一下（客户已同意）：

1. 理赔申请书（被保险人：何婉清，身份证号""" + ID_HE + """）
2. 病理诊断报告：（左肺上叶）浸润性腺癌，腺泡为主型
3. 出院小结、手术记录
4. 受益人银行卡：建设银行 """ + CARD_CCB + """
5. 联系电话：""" + PH_WU + """

材料齐全的话，一般一周左右就能出结果。大家保存好这篇，以后用得上！""",
[("pii_name", "何婉清"), ("pii_id_card", ID_HE), ("pii_health", "浸润性腺癌，腺泡为主型"),
 ("pii_bank_card", CARD_CCB), ("pii_phone", PH_WU)],
"dirty: 'how to claim' explainer built from a real customer's unmasked file; consent line does not make publication compliant")

P("weibo", "article", "claim_story", agent("马文涛", OWN_MA),
"""给大家晒一个理赔：客户唐**，男，39岁，确诊2型糖尿病伴视网膜病变，住院花了3万多，医疗险报了2.6万。

很多人说保险公司理赔难，那是因为你没找对人。跟着我买，我保证你100％能赔，理赔包在我身上💪

另外说一句，我们这款是银保监会推荐的产品，大家放心。""",
[("coverage_exaggeration", "我保证你100％能赔"), ("ad_absolute", "100％"),
 ("coverage_exaggeration", "理赔包在我身上"), ("false_authority", "银保监会推荐的产品")],
"dirty: masked name (唐**) so diagnosis is not PII; full-width 100％ promise, outdated regulator endorsement")

P("toutiao", "article", "claim_story", agent("方志诚", OWN_FANG),
"""肺结节手术后，他靠这份万能险撑过了最难的一年

客户老吴（已脱敏）五年前在我这投保了一份终身寿险，附加了“金福来”万能账户，每年往账户里追加一点钱。

前年他查出肺部磨玻璃结节，做了胸腔镜手术，术后病理是微浸润腺癌。重疾险赔付之后，他又从万能账户里领了一笔钱周转。

老吴说，这几年万能账户的结算利率一直在4%以上，比放银行定期强太多了，关键时候还能灵活取用。

现在这款万能账户还能追加，年结算利率稳稳的4%，想给自己留一笔灵活资金的朋友可以了解一下。""",
[("deposit_comparison", "比放银行定期强太多了"), ("guaranteed_return", "年结算利率稳稳的4%"),
 ("missing_disclosure",)],
"dirty: anonymised claim story used to promote a universal account with crediting rate stated as steady; no uncertainty statement")

P("wechat_mp", "article", "claim_story", agent("林晓岚", OWN_LIN),
"""保单号也能晒？这个理赔故事我替客户捏了把汗

（以下是一位同行发在群里、被我要求删掉的原文，隐去关键信息后给大家看看问题在哪）

“恭喜客户唐X获赔！保单号HW20230************，确诊：XXX，赔付28万！”

问题一：保单号即便部分打码，也没必要晒。
问题二：诊断结果属于敏感个人信息，即使写成XXX，也别把病名和可识别的人放在一起。
问题三：“恭喜”客户生病获赔，本身也不太妥当。

分享理赔案例没问题，但要做到：去标识化、取得客户单独同意、只讲对大家有用的信息。""",
[], "clean hard: compliance lesson quoting a colleague's post with masked policy number and redacted diagnosis")
# ================================================================ Moments captions
LIN = agent("林晓岚", OWN_LIN)
FANG = agent("方志诚", OWN_FANG)
XU = agent("许悦", OWN_XU)
MA = agent("马文涛", OWN_MA)

P("moments", "caption", "moments_caption", LIN,
"""今天陪客户去医院交理赔材料，一路顺顺利利🙏 希望每位客户都用不上保险，但真用得上的时候，我都在。""",
[], "clean: generic claim-service caption")

P("moments", "caption", "moments_caption", FANG,
"""⏰续期提醒：有几位客户的宽限期还剩10天，看到短信的记得交一下哈，别让保单失效了～有问题直接打我""" + OWN_FANG,
[], "clean hard: customer's own policy dates (宽限期还剩10天), own phone")

P("moments", "caption", "moments_caption", XU,
"""保险不是存款，也不是理财产品。
它是当你躺在病床上的时候，不用为钱发愁的那份底气💪""",
[], "clean hard: negation 保险不是存款")

P("moments", "caption", "moments_caption", MA,
"""看到新闻，又有代理人因为“炒停售”被罚了😂 家人们，买保险别被“最后3天”“错过再等一年”这种话吓到，先看保障适不适合自己。""",
[], "clean hard: quotes stop-sale phrases inside a warning")

P("moments", "caption", "moments_caption", LIN,
"""又一笔理赔✅ X先生，甲状腺结节手术，百万医疗扣掉免赔额报了1.8万。
提醒：结节如果是投保前就有的，大概率会被除外哦，买之前如实告知！""",
[], "clean hard: anonymous X先生 with procedure; disclosure reminder")

P("moments", "caption", "moments_caption", FANG,
"""最好在做年度体检之前把保障配好🧐 体检查出个结节、息肉再来买，核保就麻烦多了。这是经验，不是催单哈～""",
[], "clean hard: 最好 as had-better advice; nodule/polyp generic")

P("moments", "caption", "moments_caption", XU,
"""今天参加了周瑾安人寿的客户答谢会🎉 学了插花🌷 还听了一堂关于乳腺健康的讲座，医生说乳腺结节大部分是良性的，定期复查就好～""",
[], "clean hard: company name like a person name; event not tied to purchase; generic health talk")

P("moments", "caption", "moments_caption", MA,
"""第一次自己在App上给老妈办理门诊理赔🙈 拍发票、传病历，十分钟搞定。原来没那么复杂！""",
[], "clean hard: 第一次 as time word; no diagnosis")

P("moments", "caption", "moments_caption", LIN,
"""【公告转发】根据安禾人寿官网2026年11月20日公告，“安禾康悦重大疾病保险”将于2026年12月31日24时停止销售。已投保客户的保单不受影响，保障和服务照常。详情请以官网公告为准。""",
[], "clean hard: neutral restatement of an official stop-sale notice with source and date, no urgency")

P("moments", "caption", "moments_caption", FANG,
"""有客户问“赔付比例100%、0免赔”是不是我编的😄 不是，这是那款中端医疗险条款原文，但前提是在指定医院、社保范围内，条款第六条写着呢，自己翻翻📖""",
[], "clean hard: 100%/0免赔 as product spec with stated conditions")

P("moments", "caption", "moments_caption", XU,
"""问：三阴性乳腺癌术后5年，还能买保险吗？
答：重疾险基本不行了，但可以看看专门的癌症复发险、惠民保，赔付条件写得很清楚，别信“什么都能买”的说法～""",
[], "clean hard: Q&A caption with a subtype but no person; negates 什么都能买")

P("moments", "caption", "moments_caption", MA,
"""跟华信和人寿的理赔老师学习了一下午，人家讲的“理赔难”的三大原因：告知不实、不在责任范围、材料不全。真是干货👍""",
[], "clean hard: company name with person-like characters; 理赔难 in educational context")

# ---------------- Moments with violations
P("moments", "caption", "moments_caption", FANG,
"""🔥稳赚不赔🔥 年化3.5% 保本保息，比存银行强多了！手里有闲钱的抓紧私我👇""",
[("guaranteed_return", "稳赚不赔"), ("guaranteed_return", "年化3.5%"), ("guaranteed_return", "保本保息"),
 ("deposit_comparison", "比存银行强多了")], "dirty: classic guaranteed-return caption")

P("moments", "caption", "moments_caption", LIN,
"""‼️最后3天‼️ 这款重疾下周一涨价，错过再等一年！还没配的赶紧了⏳""",
[("stop_sale_hype", "最后3天"), ("stop_sale_hype", "下周一涨价"), ("stop_sale_hype", "错过再等一年")],
"dirty: price-rise countdown")

P("moments", "caption", "moments_caption", MA,
"""年底冲刺🏃 投保送飞天茅台一瓶🍶 前10名再返现5%，名额有限先到先得！""",
[("improper_inducement", "投保送飞天茅台一瓶"), ("improper_inducement", "返现5%")],
"dirty: gift and cash back tied to buying")

P("moments", "caption", "moments_caption", XU,
"""恭喜李桂芳阿姨肺癌理赔到账50万🎉🎉 阿姨说幸好当年买了！保险就是这么实在💰""",
[("pii_name", "李桂芳"), ("pii_health", "肺癌")], "dirty: full name + diagnosis in a congratulation caption")

P("moments", "caption", "moments_caption", FANG,
"""稳 赚 不 赔 の 宝藏产品，懂的都懂，闭眼入👀""",
[("guaranteed_return", "稳 赚 不 赔"), ("ad_absolute", "闭眼入")],
"dirty: spaced-out evasion of 稳赚不赔")

P("moments", "caption", "moments_caption", LIN,
"""买保险找我，fan佣💰，比你在网上买划算，加v详聊～""",
[("improper_inducement", "fan佣")], "dirty: pinyin evasion of 返佣")

P("moments", "caption", "moments_caption", MA,
"""全网最好的重疾险，没有之一！癌症、心梗、脑中风统统都保，什么都保👍""",
[("ad_absolute", "全网最好的重疾险"), ("ad_absolute", "没有之一"), ("coverage_exaggeration", "什么都保")],
"dirty: superlatives and coverage exaggeration; 统统都保 is listed illnesses (left to 什么都保)")

P("moments", "poster_text", "moments_caption", XU,
"""📢內部資料 嚴禁外傳📢 第四季度推動方案：重疾期交首年加傭15%，年金險達成50萬標保送香港遊✈️""",
[("confidential_info", "內部資料 嚴禁外傳"), ("confidential_info", "首年加傭15%"),
 ("confidential_info", "年金險達成50萬標保送香港遊")],
"dirty: traditional-character internal incentive scheme")

P("moments", "caption", "moments_caption", FANG,
"""🚌3.0%末班車 🚌 停🈲售倒计时⏳ 增额寿就是升级版的定期存款，锁定终身复利，手慢无！""",
[("stop_sale_hype", "3.0%末班車"), ("stop_sale_hype", "停🈲售倒计时"), ("deposit_comparison", "升级版的定期存款"),
 ("guaranteed_return", "锁定终身复利"), ("stop_sale_hype", "手慢无")],
"dirty: emoji/traditional evasions of stop-sale hype; deposit analogy")

P("moments", "caption", "moments_caption", MA,
"""国家兜底的养老产品👴 个人养老年金，政府担保，利率写进合同，闭着眼睛买都不会错！""",
[("false_authority", "国家兜底"), ("false_authority", "政府担保"), ("ad_absolute", "闭着眼睛买都不会错")],
"dirty: state-guarantee claims")

P("moments", "caption", "moments_caption", XU,
"""我们家的医疗险，什么病都赔，有病也能赔，无条件理赔🙌 不用体检不用告知，直接买！""",
[("coverage_exaggeration", "什么病都赔"), ("coverage_exaggeration", "有病也能赔"),
 ("coverage_exaggeration", "无条件理赔"), ("coverage_exaggeration", "不用告知")],
"dirty: stacked coverage exaggeration")

P("moments", "caption", "moments_caption", LIN,
"""金瓯保险理赔难出了名，买了等于白买🙅 别问我怎么知道的，我好几个客户都被坑过。""",
[("disparagement", "金瓯保险理赔难出了名"), ("disparagement", "买了等于白买")],
"dirty: disparages a named competitor")

P("moments", "caption", "moments_caption", FANG,
"""「鸿运年年」分红型年金，中档演示第10年现金价值+累积红利超过所交保费的140%！给孩子准备教育金，比存定期划算，首选👍""",
[("deposit_comparison", "比存定期划算"), ("ad_absolute", "首选"), ("missing_disclosure",)],
"dirty: participating annuity illustrated figures without uncertainty statement; deposit comparison and 首选")

# ================================================================ extra items (added after first pass)

P("wechat_mp", "article", "qa_explainer", ANHE,
"""产品问答｜“安禾福满年年年金保险（分红型）”常见问题

问：这款产品是什么类型？
答：这是一款分红型年金保险，交费期5年或10年，第6个保单年度起每年给付年金，同时可以参与公司分红险账户的盈余分配。

问：每年的红利有多少？
答：本产品的红利分配是不确定的，在某些年度红利可能为零。宣传材料中的利益演示基于公司的精算及其他假设，演示利益不代表实际收益，也不是对未来红利的承诺，实际以每年的红利通知书为准。

问：年金部分是确定的吗？
答：合同约定的年金属于保证利益，按合同条款给付；红利部分不确定。

问：中途退保会怎样？
答：退保只能领取保单的现金价值，前几个保单年度现金价值低于已交保费，退保会有损失。

问：在哪里查产品的红利实现率？
答：公司官网“公开信息披露—红利实现率”栏目。

以上内容仅供参考，详细内容请以保险合同条款为准。""",
[], "clean hard: company promotes a participating annuity AND carries the required uncertainty statement")

P("wechat_mp", "article", "qa_explainer", ZHOUJA,
"""周瑾安人寿“添利宝”万能账户（2026版）问答

问：结算利率怎么定？
答：万能账户按月公布结算利率。本产品最低保证利率为年利率1.0%，该最低保证利率仅针对万能账户价值。超过最低保证利率的部分是不确定的，历史结算利率不代表未来表现。

问：现在的结算利率是多少？
答：请以公司官网每月发布的《万能保险结算利率公告》为准。

问：可以随时领取吗？
答：满足合同约定条件后可部分领取，但前五个保单年度部分领取或退保会收取退保费用，可能导致损失。

问：它是存款吗？
答：不是。本产品是保险产品，不是银行存款，不受存款保险保障。

保险有风险，投保需谨慎。""",
[], "clean hard: universal account promoted with the 万能-specific uncertainty statement; negates 存款")

P("wechat_mp", "article", "claim_story", agent("马文涛", OWN_MA),
"""一个川崎病宝宝的理赔，让我重新认识了“投保人豁免”

投保人：吴海燕（宝妈）
被保险人：吴子轩（儿子，6岁）
受益人：被保险人本人

去年12月，子轩连续高烧5天，眼睛红、嘴唇干裂，在儿童医院确诊川崎病，并发冠状动脉瘤。少儿重疾险里，这属于少儿特定疾病，额外赔付了保额的100%。

更让宝妈意外的是：她自己今年体检查出乳腺癌早期，因为保单附加了投保人豁免，儿子那张保单后面的保费都不用交了。

所以我常说，给孩子买保险，投保人是谁、要不要附加豁免，真的很重要。""",
[("pii_name", "吴海燕"), ("pii_name", "吴子轩"), ("pii_health", "川崎病，并发冠状动脉瘤"),
 ("pii_health", "乳腺癌早期")],
"dirty: roles with full names of policyholder and child insured; both diagnoses identifiable")

P("weibo", "article", "claim_story", agent("林晓岚", OWN_LIN),
"""说个暖心的事。咱们区实验二小教六年级语文的黄老师，就是去年区里评上优秀班主任那位，今年春天查出来结肠癌，在我这买的重疾险赔了40万。黄老师说孩子们都在等她回去上课❤️ 祝黄老师早日康复！""",
[("pii_health", "结肠癌")],
"dirty: no full name, but school, grade, subject and award make the teacher identifiable, so her diagnosis is pii_health")

P("moments", "caption", "claim_story", agent("许悦", OWN_XU),
"""周*姐的理赔案号LP2026110500347今天结案啦✅ 医疗险报销1.2万，姐姐可以安心休养了～感谢公司理赔老师的高效🙏""",
[("pii_policy_number", "LP2026110500347")],
"dirty: masked name is fine but the unmasked claim number tied to the customer is not")

P("moments", "caption", "moments_caption", agent("方志诚", OWN_FANG),
"""新保单到啦📦 已经给唐振华大哥寄过去了：成都市武侯区玉林南路26号玉林小区7栋1单元503，顺丰明天到～""",
[("pii_name", "唐振华"), ("pii_address", "成都市武侯区玉林南路26号玉林小区7栋1单元503")],
"dirty: routine courier caption exposing a customer's name and home address")

P("moments", "caption", "moments_caption", agent("马文涛", OWN_MA),
"""bao本bao息，收益杠杠滴💯 比存银行不知道强多少倍，老铁们冲就完了！""",
[("guaranteed_return", "bao本bao息"), ("deposit_comparison", "比存银行不知道强多少倍")],
"dirty: pinyin evasion of 保本保息; 💯 and 杠杠滴 left unlabelled as non-specific")

P("moments", "caption", "moments_caption", agent("林晓岚", OWN_LIN),
"""常有人问我“返还型”是不是返钱给你🤔 其实它是一种产品类型：合同约定满期时返还已交保费或给付满期金，写在条款里的。跟“返佣”“返现”这种违规操作完全是两回事，别搞混啦～""",
[], "clean hard: 返还型 as a product category; quotes 返佣/返现 as violations")

P("douyin", "live_script", "claim_story", agent("马文涛", OWN_MA),
"""【口播稿·东北话版】
老铁们，今儿唠一个理赔的事儿。
我一个客户大哥，五十出头，搁工地干活儿，去年冬天突然胸口疼得不行，送医院一查，急性心梗，下了两个支架。
他那份重疾险是前年买的，急性心梗在合同里属于重疾，但是得符合条款那几个条件，医院出的诊断、心电图、心肌酶啥的都得有。材料整齐了，赔了30万。
有人问了，那要是搭个支架就算心梗吗？不一定啊！冠心病做支架，有的产品算轻症，有的啥也不算，得看合同咋写的。
所以咱买保险，别光听人家嘚吧，条款得自己瞅一眼。""",
[], "clean hard: dialect voice, anonymous heart-attack claim, explains conditions")

P("moments", "caption", "moments_caption", agent("许悦", OWN_XU),
"""资料发我邮箱就行📮 xuyue.baoxian@qq.com，或者直接打我电话""" + OWN_XU + """～ 理赔材料原件记得自己留好，别寄丢了！""",
[], "clean hard: the account owner's own email and phone")

# ================================================================ build
VALID_CHANNELS = {"wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
VALID_TYPES = {"article", "caption", "poster_text", "live_script", "comment_reply"}
VALID_CATS = {"ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
              "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info", "pii_name",
              "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email", "pii_policy_number",
              "pii_health", "missing_disclosure"}


def locate(text, phrase, occ, pid):
    hits = []
    i = text.find(phrase)
    while i != -1:
        hits.append(i)
        i = text.find(phrase, i + 1)
    if not hits:
        sys.exit(f"{pid}: phrase not found: {phrase!r}")
    if occ is None:
        if len(hits) > 1:
            sys.exit(f"{pid}: phrase ambiguous ({len(hits)} hits), give an occurrence: {phrase!r}")
        occ = 0
    if occ >= len(hits):
        sys.exit(f"{pid}: occurrence {occ} of {phrase!r} does not exist ({len(hits)} hits)")
    return hits[occ]


def build():
    import random
    order = list(range(len(POSTS)))
    random.Random(20261204).shuffle(order)  # interleave genres and clean/dirty
    out, cats, clean, genres = [], Counter(), 0, Counter()
    for n, k in enumerate(order, 1):
        p = POSTS[k]
        pid = f"C-{n:04d}"
        assert p["channel"] in VALID_CHANNELS, (pid, p["channel"])
        assert p["content_type"] in VALID_TYPES, (pid, p["content_type"])
        text = p["text"]
        findings, seen = [], set()
        for lab in p["labels"]:
            cat = lab[0]
            assert cat in VALID_CATS, (pid, cat)
            if cat == "missing_disclosure":
                assert len(lab) == 1
                findings.append({"category": cat, "start": None, "end": None, "text": None})
                cats[cat] += 1
                continue
            phrase = lab[1]
            occ = lab[2] if len(lab) > 2 else None
            start = locate(text, phrase, occ, pid)
            end = start + len(phrase)
            assert text[start:end] == phrase
            key = (cat, start, end)
            if key in seen:
                sys.exit(f"{pid}: duplicate finding {key}")
            seen.add(key)
            findings.append({"category": cat, "start": start, "end": end, "text": phrase})
            cats[cat] += 1
        # the account owner's own number may appear; make sure no labelled phone is the owner's
        own = (p["owner"] or {}).get("phone")
        for f in findings:
            if f["category"] == "pii_phone":
                assert f["text"] != own, (pid, "owner phone labelled as PII")
        if not findings:
            clean += 1
        genres[p["genre"]] += 1
        out.append({"id": pid, "channel": p["channel"], "content_type": p["content_type"], "genre": p["genre"],
                    "text": text, "account_owner": p["owner"], "findings": findings, "note": p["note"]})
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"posts: {len(out)}  clean: {clean}  dirty: {len(out) - clean}")
    print("genres:", dict(genres))
    print("findings per category:")
    for c, v in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {c:24} {v}")
    print("total findings:", sum(cats.values()))


if __name__ == "__main__":
    build()
