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

PREFIX = "XF"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def P(pid, channel, content_type, genre, text, labels=()):
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels)})


# ---- posts go here: P("F-0001", channel, content_type, genre, """text""", [(category, phrase), ...]) ----

P("XF-0001", "xiaohongshu", "caption", "xhs_savings_note", """
姐妹们!!这款年金我自己也买了🥹 bao本bao息，放着就行，比存💰香多了～ 3.5%复利躺赚到老，月光族也能攒下钱 👉戳我私信拿计划书 #年金险 #攒钱日记
""", [("guaranteed_return", "bao本bao息"), ("deposit_comparison", "比存💰香多了"),
      ("guaranteed_return", "3.5%复利躺赚到老")])

P("XF-0002", "xiaohongshu", "caption", "xhs_warning_note", """
⚠️避雷笔记｜听到这几句话请马上🏃‍♀️：'bao本保息'、'比cun款划算'、'下月就ting售了'。保险≠存款，退保前几年现金价值可能低于已交保费，正规销售不会这么说！有问题评论区问我～ #保险避坑
""")

P("XF-0003", "moments", "caption", "moments_countdown", """
⏰还剩72h！！这个版本过了周五就没了，以后想买都买不到🥲 还没上车的宝子抓紧dd我，晚了别怪我没提醒
""", [("stop_sale_hype", "还剩72h"), ("stop_sale_hype", "过了周五就没了，以后想买都买不到")])

P("XF-0004", "moments", "caption", "moments_service_reminder", """
提醒下我的客户们🙋‍♀️：今年续期缴费日是本月28号，过了还有60天宽限期，但最好别拖，记得看下扣款卡余额～ 有疑问直接call我 13958021476（本人工作号，24h在线）
""")

P("XF-0005", "douyin", "caption", "douyin_inducement", """
新人首单 fan xian 20%🧧 私我领 hb，名额有限先到先得～ 重疾医疗意外都能选 #保险 #重疾险 #打工人
""", [("improper_inducement", "新人首单 fan xian 20%"), ("improper_inducement", "私我领 hb")])

P("XF-0006", "xiaohongshu", "caption", "xhs_family_plan", """
今天帮闺蜜看了「安小宁」少儿重疾和「周全保」百万医疗👶 投保人是她老公，被保险人是宝宝，身故受益人默认法定。两款都要如实健康告知，宝宝如果有过敏性鼻炎、湿疹住过院，问卷问到了也要写上哦🤧 #少儿保险
""")

P("XF-0007", "xiaohongshu", "article", "xhs_long_savings_diary", """
【95后打工人的攒钱plan｜真实分享💰】
姐妹们好～我是入行第三年的保险小🐟。最近后台好多人问：工资不高，每个月剩个一两千，该放哪？今天用我自己的配置来聊聊，纯分享哈。

① 先搞清楚优先级
应急金>保障>长期储蓄。应急金建议留3–6个月开支，放活期或者货币基金，随时能取。保障就是医疗险+意外险+重疾险，这个是底座，我自己每年大概花3000出头。

② 长期的钱怎么放
我选的是「恒睿人寿·金福年年」分红型年金，每年交1.2w交10年。说实话利息比定存高一截，分红每年稳稳到账，合同里保证领取的部分60岁起每年1.1w，一直领到老～这笔钱我就当成是cun在保险公司的"强制储蓄"，不用天天盯着。

③ 一些小tips
- 交费期别选太长也别太短，跟自己收入匹配最重要；
- 一定要看清合同里的犹豫期，15天内退保只扣工本费；
- 健康告知如实写，别信'不写也能赔'的鬼话。

④ 写在最后
攒钱这件事，最难的是开始。我身边好多朋友都是工资到手先花，月底吃土🤣。有了这笔钱打底，至少养老这块心里有数了。想要同款计划书的宝子评论区扣1，我一个个发～ #攒钱 #年金险 #95后理财
""", [("deposit_comparison", "利息比定存高一截"), ("guaranteed_return", "分红每年稳稳到账"),
      ("deposit_comparison", "cun在保险公司的\"强制储蓄\""), ("missing_disclosure",)])

P("XF-0008", "xiaohongshu", "article", "xhs_long_explainer", """
【分红险扫盲｜别再被'fh'两个字母绕晕了🌀】
最近后台私信最多的问题：'小鱼，分红险到底能分多少？是不是稳赚？' 今天一次讲清楚，建议收藏📌

1️⃣ 分红险的钱分两块
一块是'保证利益'，写在合同里，比如年金的保证领取部分、现金价值表；另一块是'红利'，也就是fh，它取决于公司实际经营情况，每年都可能不一样，甚至可能为零。

2️⃣ 计划书上的数字怎么看
现在的计划书一般是两档演示：保证部分+按某个演示利率算出的红利。注意⚠️演示利益不代表实际收益，红利分配是不确定的。任何人跟你说'演示的就是你能拿到的'，直接pass。

3️⃣ 红利实现率是啥
公司每年会公布过往产品的红利实现率，比如某款产品实现率是80%，意思是实际派的红利大约是演示的80%。这个数据可以在公司官网查，不要只听销售口头说。

4️⃣ 适合谁
能接受收益有波动、看重长期规划、而且这笔钱5年以上不用的人。如果你想要'稳赚不赔'，抱歉，分红险不是那个答案，保险本来也不是理财产品。

📝一句话总结：分红险=保证部分（确定）+红利部分（不确定），买之前先看保证部分自己能不能接受。
#分红险 #保险小白 #理性配置
""")

P("XF-0009", "moments", "caption", "moments_disparage", """
说句大实话，华盈人寿那款百万医疗就是个坑🕳，理赔拖半年，买了等于白买。身边踩雷的已经好几个了，要买就来找我们家～
""", [("disparagement", "华盈人寿那款百万医疗就是个坑"), ("disparagement", "理赔拖半年，买了等于白买")])

P("XF-0010", "weibo", "caption", "weibo_regulator_news", """
#金融监管总局# 又点名'炒停售'了📢 通报里说有销售人员在产品没公告前就发'最后3天''末班车'，已经被处罚。以后刷到这种文案，大家自己留个心眼，先去保险公司官网查公告～
""")

P("XF-0011", "xiaohongshu", "caption", "xhs_superlative", """
全网zui划算的重疾！！yyds 闭眼入就完事👀 同价位找不到第二款，我妈我爸我自己都买的这个
""", [("ad_absolute", "全网zui划算的重疾"), ("ad_absolute", "yyds"), ("ad_absolute", "闭眼入"),
      ("ad_absolute", "同价位找不到第二款")])

P("XF-0012", "xiaohongshu", "caption", "xhs_spec_note", """
最近好多人问：最高保额能买多少？这款「知安e保」百万医疗最高保额400w，最长保证续保20年，最低保费一年几十块（看年龄）📋 买之前最好先把健康告知逐条看一遍，不确定的先问再投～
""")

P("XF-0013", "douyin", "live_script", "douyin_live_gift", """
家人们今晚直播间下单的，我额外送一台airpods🎧！！不要钱！！只要把投保成功截图发给小助理～ 名额就10个，先到先得
""", [("improper_inducement", "我额外送一台airpods"), ("improper_inducement", "只要把投保成功截图发给小助理")])

P("XF-0014", "moments", "caption", "moments_claim_masked", """
✨理赔分享（已获客户本人授权）：客户陈女士，138****2206，去年体检发现问题，术后报案，12个工作日收到赔款。提醒大家：体检异常别拖着，理赔材料我陪你一起准备💪 具体能不能赔以合同和保险公司审核为准。
""")

P("XF-0015", "xiaohongshu", "caption", "xhs_deposit_move", """
降息了😭 宝子们把定期搬到增额寿吧！cun款1.5%，这款复利3%，差一倍啊！！还犹豫啥
""", [("deposit_comparison", "把定期搬到增额寿吧"), ("deposit_comparison", "cun款1.5%，这款复利3%")])

P("XF-0016", "xiaohongshu", "caption", "xhs_qa_commission", """
被问爆的问题：你们卖保险佣金是不是超高？🤔 真心话：现在监管要求'报行合一'，实际费用要和报备的一致，具体比例是公司内部规定，我不能也不该公开。我能做的是把条款讲清楚，买不买你说了算～
""")

P("XF-0017", "wechat_mp", "article", "mp_recruit_leak", """
【招募｜00后也能做的'轻创业'？聊聊我为啥入行】
大学毕业那年我在奶茶店打工，后来被师姐拉进保险行业，一晃两年。很多人对这行有偏见，觉得就是'卖保险的'，但我真的觉得，帮一个家庭把风险安排好，是件挺有成就感的事🥹

这行的门槛：
✅ 需要通过公司岗前培训并完成执业登记
✅ 不要求销售经验，但要愿意学习条款
✅ 时间相对自由，收入和努力直接挂钩

说到收入，很多人最关心这个。给大家看看这个月的内部方案（截图文字版，别外传🤫）：
· 鑫享一生 增额终身寿 10年交：首年佣金38%，续年6%
· 康佑100 重疾险 20年交：首年佣金45%，本月再加佣10%
· 季度FYC达2w，额外奖励3000元旅游基金

是不是比想象中高？当然，前提是你得真的能服务好客户。我带新人的原则很简单：不夸大、不承诺、不返佣，签一单就要对这一单负责。

想了解的宝子可以留言'了解'，我拉你进新人交流群，每周三晚上有免费的条款解读课📚 入行前的培训和考试我也会陪你一起准备。
""", [("confidential_info", "这个月的内部方案"), ("confidential_info", "首年佣金38%，续年6%"),
      ("confidential_info", "首年佣金45%，本月再加佣10%"),
      ("confidential_info", "季度FYC达2w，额外奖励3000元旅游基金")])

P("XF-0018", "douyin", "caption", "douyin_disease_general", """
甲状腺结节、乳腺结节、肺结节，三大'结节'还能不能买重疾？👇 要看分级和有没有做过手术，不同公司核保尺度不一样。别听'有病也能赔'这种话，如实告知才是真的保护自己。#健康告知 #重疾险
""")

P("XF-0019", "moments", "caption", "moments_authority", """
这款是guo家兜di的‼️保险公司不会倒闭，你的钱比放银行还安全🏦 爸妈的养老钱放这里才踏实
""", [("false_authority", "guo家兜di"), ("false_authority", "保险公司不会倒闭"),
      ("deposit_comparison", "你的钱比放银行还安全")])

P("XF-0020", "weibo", "caption", "weibo_law_explainer", """
有粉丝问：保险公司要是倒闭了，我的寿险保单咋办？📝 按保险法第92条，经营有人寿保险业务的公司被撤销或破产的，保单要转让给其他公司或者由指定的公司接受，另外还有保险保障基金。所以不是'不会倒闭'，而是有制度安排兜着保单权益～
""")

P("XF-0021", "xiaohongshu", "poster_text", "xhs_spaced_poster", """
年 金 新 品 上 线
保 本 保 息 ！稳 赚 不 赔 ！
懂的都懂🤐 想要资料的私
""", [("guaranteed_return", "保 本 保 息"), ("guaranteed_return", "稳 赚 不 赔")])

P("XF-0022", "xiaohongshu", "caption", "xhs_fun_fact", """
今日份保险冷知识🧊：'保证续保'≠'保证收益'！前者是医疗险到期后能不能续、会不会因为你生过病就不让续；后者…保险广告里根本不能这么说。别被字面意思绕晕啦～ #保险冷知识
""")

P("XF-0023", "xiaohongshu", "article", "xhs_claim_story_pii", """
💗一次让我泪目的理赔｜这就是我做保险的意义
上个月的一个晚上，我接到客户刘雅婷的电话，她声音都在抖。32岁，单位体检查出乳腺有个结节，做了穿刺，确诊乳腺浸润性导管癌。她第一句话问我的是：'我那份保险还能用吗？'

说实话我也慌，但还是第一时间帮她梳理材料👇
📄 病理报告、出院小结、住院发票
🪪 身份证：330106199203140523
📑 保单号：HR2023061588210
💳 收款卡：6217001234567890122
📱 她老公的电话15967203318，我加了微信方便沟通

报案后第9个工作日，50万重疾保险金到账。她给我发了一长串语音，说这笔钱至少让她不用为了治疗费卖房子了。

写这篇不是为了卖保险，是想告诉大家：
1. 体检报告上的'结节'别不当回事，该复查就复查；
2. 投保时一定如实告知，她当年如实写了乳腺增生，所以理赔一点没卡；
3. 保单放哪、受益人是谁，一定要让家里人知道。

愿刘雅婷早日康复🌷 也愿大家都用不上保险，但一定要有。#理赔故事 #重疾险
""", [("pii_name", "刘雅婷", "*"), ("pii_health", "确诊乳腺浸润性导管癌"), ("pii_health", "查出乳腺有个结节"), ("pii_health", "乳腺增生"),
      ("pii_id_card", "330106199203140523"), ("pii_policy_number", "HR2023061588210"),
      ("pii_bank_card", "6217001234567890122"), ("pii_phone", "15967203318")])

P("XF-0024", "xiaohongshu", "article", "xhs_claim_story_masked", """
🌷理赔日记｜已获客户本人书面授权，信息已打码
去年秋天，客户L女士（3301**********0523）在单位体检时发现甲状腺结节，复查后医生建议手术。术后病理出来，她第一时间给我打了电话。

我当时做的三件事：
1️⃣ 先安抚情绪，确认她的重疾险和医疗险都在保障期内、过了等待期；
2️⃣ 对照合同的疾病定义，判断属于重疾还是轻症，不瞎承诺，具体以保险公司审核为准；
3️⃣ 列材料清单：病理报告、出院小结、发票原件、身份证和银行卡复印件。

保单号我就不贴了（P2023******8210），银行卡尾号也不晒，大家懂的🙈 报案后两周左右，医疗险报销了住院费用，重疾险按合同约定赔付。

她让我一定要写进来的一段话：'我当时差点因为嫌麻烦不写结节，是你让我如实告知的。'

给大家的提醒📝：
· 甲状腺结节现在很常见，有结节不等于不能买，不同公司核保结论不同；
· 投保前的检查和就诊记录，问卷问到的都要写；
· 理赔不是'必赔'，也不是'必拒'，看合同、看告知、看材料。

（本文经L女士同意发布，如需删除请联系我）#理赔日记
""")

P("XF-0025", "video_channel", "caption", "vc_stop_sale", """
3.0%的🚌末班车！下个月预定利率一调就没了，tíng shòu前最后一周，冲冲冲🏃 评论区扣1拿计划书
""", [("stop_sale_hype", "3.0%的🚌末班车"), ("stop_sale_hype", "下个月预定利率一调就没了"),
      ("stop_sale_hype", "tíng shòu前最后一周")])

P("XF-0026", "toutiao", "article", "toutiao_rate_news", """
【行业观察】监管部门近期就人身险预定利率动态调整机制发布新要求，新备案普通型产品的预定利率上限随市场利率调整。业内人士表示，这属于正常的定价机制安排，已售保单不受影响；消费者应根据自身需求配置，不必因为'停售''涨价'一类的传言仓促投保。
""")

P("XF-0027", "xiaohongshu", "caption", "xhs_coverage_hype", """
这款医疗险啥都bao🙌 不用jk告知，有bing也能赔，冲就完了！一年才两百多，手慢就被别人抢光了
""", [("coverage_exaggeration", "啥都bao"), ("coverage_exaggeration", "不用jk告知"),
      ("coverage_exaggeration", "有bing也能赔"),
      ("stop_sale_hype", "手慢就被别人抢光了")])

P("XF-0028", "xiaohongshu", "caption", "xhs_jk_tips", """
jk告知到底要不要写小时候的哮喘？🤧 答案：问到了就要写！问卷没问的可以不写。别信'不用jk告知'的说法，那是给自己埋雷💣 拿不准的先做智能核保～
""")

P("XF-0029", "moments", "caption", "moments_savings_frame", """
每年cun 2w进去，20年后连本带息拿回60w，等于白送一份保障🎁 给孩子攒钱、给自己养老都合适
""", [("deposit_comparison", "每年cun 2w进去"), ("guaranteed_return", "20年后连本带息拿回60w")])

P("XF-0030", "douyin", "caption", "douyin_roles_explainer", """
投保人、被保险人、受益人 傻傻分不清？👨‍👩‍👧 投保人=交钱、签合同的人；被保险人=被保障的人；受益人=领身故保险金的人。给娃买：投保人是爸妈，被保险人是娃，身故受益人可以指定也可以法定。#保险小白
""")

P("XF-0031", "xiaohongshu", "caption", "xhs_authority_pinyin", """
yin保jian都推荐的宝藏产品💎 hang业NO.1，放心冲，我身边客户买完都说好，老人小孩都能投
""", [("false_authority", "yin保jian都推荐的"), ("ad_absolute", "hang业NO.1")])

P("XF-0032", "xiaohongshu", "caption", "xhs_compliance_quote", """
作为从业者的自我修养📚：《广告法》禁止'最佳''第一''国家级'这类词，所以你看到'行业NO.1''全网最低价'的保险文案，大概率是没过合规的。下次刷到可以在心里默默扣分～
""")

P("XF-0033", "wechat_mp", "article", "mp_qa_universal", """
【粉丝问答合集 vol.7｜万能险篇】
整理了这周被问得最多的5个问题，答案是我个人理解，仅供参考～

Q1：万能险是什么？
A：一种带'万能账户'的人身保险，交的钱扣除初始费用后进入账户，按公司公布的结算利率计息，同时有身故保障。

Q2：能随时取钱吗？
A：可以部分领取，但前几年领取有手续费，具体看条款。

Q3：你推荐的那款「恒睿·鑫盈账户」现在结算多少？
A：这个月是3.8%，而且这款一直都稳在3.5%以上，不会低于这个数，你就按3.5%去算收益就行👌

Q4：跟银行理财比怎么样？
A：说实话比银行理财稳多了，理财还有破净的，这个不会～

Q5：有什么要注意的？
A：犹豫期15天内可以退（扣工本费）；另外保单贷款、部分领取都会影响账户价值，需要用钱前先问我。

有其他问题欢迎评论区继续问，下周出'年金险篇'，讲讲领取方式和受益人怎么填📮 想要「恒睿·鑫盈账户」产品资料的，后台回复'万能'。
""", [("guaranteed_return", "一直都稳在3.5%以上，不会低于这个数"), ("guaranteed_return", "按3.5%去算收益就行"),
      ("deposit_comparison", "比银行理财稳多了，理财还有破净的，这个不会"), ("missing_disclosure",)])

P("XF-0034", "wechat_mp", "article", "mp_qa_principal", """
【粉丝问答合集 vol.8｜'保本'篇】
这周的问题画风很统一：'xx险保不保本？' 挑几个典型的回答一下👇

Q1：增额终身寿保本吗？
A：要看时间。前几年退保，现金价值通常低于已交保费，会亏；过了某个年份才会超过已交保费。具体哪一年，看合同附的现金价值表，不同年龄、交费期都不一样。所以不能简单说'保本'。

Q2：分红险的分红有保底吗？
A：没有。红利分配是不确定的，演示利益不代表实际收益，有的年份可能很少甚至为零。

Q3：万能险不是有保证利率吗？
A：有'最低保证利率'，但它只针对万能账户里的钱，而且扣除初始费用之后才进账户；超过最低保证利率的部分是不确定的。

Q4：那有没有'稳赚不赔'的保险？
A：这句话本身就是违规话术🙅‍♀️ 保险的核心是保障，储蓄类产品也有退保损失和流动性成本。

Q5：存款和保险到底选哪个？
A：不是二选一。存款管流动性，保险管风险和长期规划，我一般不建议拿两者的收益率直接比。

有不懂的继续问，我会尽量用人话讲清楚🫡
""")

P("XF-0035", "weibo", "caption", "weibo_inbound_complaint", """
@瑞丰康年人寿 理赔三个月了还在让我'补材料'，客服电话永远打不通，什么垃圾公司，骗子！已经打12378投诉了😡 大家买之前擦亮眼
""", [("negative_sentiment", "理赔三个月了还在让我'补材料'"), ("negative_sentiment", "什么垃圾公司，骗子"),
      ("negative_sentiment", "已经打12378投诉了")])

P("XF-0036", "moments", "caption", "moments_claim_tips", """
如何避免'理赔难'？三个习惯🧾：①投保时如实告知 ②看病保存好病历和发票 ③出险后及时报案。很多纠纷不是出在理赔那一步，而是出在投保那一步～
""")

P("XF-0037", "xiaohongshu", "caption", "xhs_homophone_return", """
这款年金稳zhuan不pei，0⃣️风险，bj随时能拿回来💸 比放余额宝安心，闲钱放着就行
""", [("guaranteed_return", "稳zhuan不pei"), ("guaranteed_return", "0⃣️风险"),
      ("guaranteed_return", "bj随时能拿回来"), ("deposit_comparison", "比放余额宝安心")])

P("XF-0038", "xiaohongshu", "caption", "xhs_evasion_warning", """
文案里写'稳zhuan不pei''0⃣️风险'的，都是在躲审核🙈 真正的年金险，前几年退保是会亏bj的，看清现金价值表再决定，别被花式写法骗了。
""")

P("XF-0039", "douyin", "caption", "douyin_commission_share", """
通过我投保的，佣金我分你一半🤝 等于打5折买保险，懂的来，不懂的划走，名额每月就5个
""", [("improper_inducement", "佣金我分你一半"), ("improper_inducement", "等于打5折买保险")])

P("XF-0040", "weibo", "caption", "weibo_penalty_news", """
看到一条处罚通报：某代理人在朋友圈承诺'返佣30%'被罚款。评论区有人问返还型保险算不算返佣——不算！返还型是合同里约定的生存金/满期金，是产品设计，不是额外好处🙆‍♀️
""")

P("XF-0041", "xiaohongshu", "article", "xhs_long_my_list", """
【2026我的保险清单｜25岁打工人真实版🧾】
工作第三年终于把自己的保障配齐了，做个记录，也给同龄人参考～（我自己也是从业者，下面是我个人的选择，不构成推荐哈）

🩺 百万医疗：年交300出头，保证续保20年，一般医疗免赔额1万。这个是必须的，住院大头靠它。
🚑 意外险：一年150，含意外医疗和猝死。我平时骑电动车通勤，觉得挺必要。
🎗 重疾险：「康佑100」，保额30w，交到60岁。这款是我见过的性价比天花板，轻中症都有，还能多次赔。
💼 定期寿险：暂时没买，等结婚买房有房贷了再加。

几个踩过的坑：
❌ 一开始只买了重疾，没买医疗，结果阑尾炎住院全自费😭
❌ 健康告知差点漏写了之前的胃镜检查，后来老老实实补上了
❌ 保额定太低，30w其实是起步，有条件可以往50w加

💡 最后小声说一句：听内部说「康佑100」下个月就要下架了，想要的趁早上车～

总预算一年大约4500，占收入不到5%，我觉得可以接受。你们的预算大概多少？评论区聊聊👇 #保险清单 #打工人
""", [("ad_absolute", "性价比天花板"), ("stop_sale_hype", "下个月就要下架了，想要的趁早上车")])

P("XF-0042", "xiaohongshu", "article", "xhs_long_family_plan", """
【新手妈妈的第一份家庭保单｜记录一下🍼】
宝宝满月后，我们终于坐下来认真盘了一遍家里的保障。第一次弄，走了不少弯路，记录下来给同样迷茫的姐妹📝

👶 宝宝：少儿医疗险+少儿重疾。投保人是我，被保险人是宝宝，身故受益人按法定。少儿重疾选了保到30岁的定期款，保费便宜，等他长大再自己买。
👩 我：补了定期寿险，保额覆盖房贷。孕期查出过的问题，健康告知问到了就老老实实写了，最后标准体通过，核保结论因人而异哈。
👨 老公：他是家里经济支柱，寿险和重疾保额都做得比我高。

几个小心得：
✅ 最好先给大人买，再给孩子买，大人才是孩子最大的依靠；
✅ 犹豫期最后一天前一定要把合同看完，不满意可以无条件退；
✅ '最高保额''最长保障期'这些是产品参数，别和广告里的'最好''第一'混为一谈；
✅ 别被'即将停售'催着下单，适合自己的才重要。

最近还在研究要不要给爸妈补一份防癌险，有经验的姐妹评论区教教我🙏 #家庭保单 #新手妈妈
""")

P("XF-0043", "moments", "poster_text", "moments_countdown_emoji", """
📣 t售倒计时 3⃣️ 天！！
过了这村没这店，之后再想上车就只能等新版本了😭
要的宝子今晚dd我
""", [("stop_sale_hype", "t售倒计时 3⃣️ 天"), ("stop_sale_hype", "过了这村没这店")])

P("XF-0044", "moments", "caption", "moments_event_deadline", """
客户答谢会报名最后一天🎉 周六下午亲子烘焙，老客户带娃来玩就行，不谈业务不推产品，纯粹想见见大家～名额30个，报满为止
""")

P("XF-0045", "xiaohongshu", "caption", "xhs_piggybank", """
把保险当💰罐子用：每月存1000，存期10年，到期还本还有利息，比余额宝强多了！月光族强制攒钱神器🐷
""", [("deposit_comparison", "每月存1000，存期10年"), ("deposit_comparison", "到期还本还有利息"),
      ("deposit_comparison", "比余额宝强多了")])

P("XF-0046", "xiaohongshu", "caption", "xhs_policy_loan", """
保单贷款怎么算利息？📱 合同一般写：借款本金按公司公布的利率计息，单次最长6个月，到期要还本付息。别把它当'提款机'，借款加利息超过现金价值的话，保单效力可能中止哦～
""")

P("XF-0047", "video_channel", "caption", "vc_gift_inducement", """
年底福利🎁 投保就送🛢油卡500+体检套餐，老客户转介绍每单再给200红包🧧 详情私聊
""", [("improper_inducement", "投保就送🛢油卡500+体检套餐"), ("improper_inducement", "转介绍每单再给200红包")])

P("XF-0048", "xiaohongshu", "caption", "xhs_contract_service", """
这款重疾合同里自带'重疾绿通+二次诊疗'健康管理服务，是条款和服务手册里约定的，不是我私人送的哈～ 具体服务范围以合同和服务手册为准📄
""")

P("XF-0049", "xiaohongshu", "caption", "xhs_disparage_initial", """
为啥不推荐C泰人寿那款？📉 懂的都懂，那家理赔出了名的难，买它不如买我们家，别问我怎么知道的🤐
""", [("disparagement", "那家理赔出了名的难"), ("disparagement", "买它不如买我们家")])

P("XF-0050", "xiaohongshu", "caption", "xhs_neutral_compare", """
A款和B款重疾怎么选？对比了条款📑：A款轻症赔35%、60岁前重疾额外赔50%；B款轻症赔30%，但含恶性肿瘤二次赔。没有谁吊打谁，看你更在意哪个～
""")

P("XF-0051", "douyin", "live_script", "douyin_live_long", """
【直播口播稿｜周五晚8点】
家人们晚上好～欢迎新进直播间的宝子，点个关注不迷路💕 今天不卖货，就聊聊养老钱怎么规划。

先说个数据：现在一年期定期利率已经不到1.5%了，很多人问我钱放哪。我自己的思路是：短期要用的放活期，3–5年的放定期或国债，10年以上的长钱才考虑年金。

好，那说到年金，今天重点讲这款「金福年年」分红型年金——
第一，交10年，60岁开始领，领到终身；
第二，每年还有分红，计划书上那个中档演示，基本就是你将来能拿到的，我们公司分红一直很稳，bao底4%没问题；
第三，今晚直播间下单的家人，我私人再送一份价值599的体检套餐🎁！

还有个事必须提醒大家，这款是全网同类年金里收益zui高的，而且下个月预定利率一调整，就再也买不到这个版本了，今晚就是最后机会⏰

有问题的打在公屏上，我一个个回答。想要计划书的扣'养老'，小助理私信发你～

（下一个环节：抽奖送保温杯，关注+评论即可参与，和下单无关哈）
""", [("guaranteed_return", "计划书上那个中档演示，基本就是你将来能拿到的"),
      ("guaranteed_return", "我们公司分红一直很稳，bao底4%没问题"),
      ("improper_inducement", "我私人再送一份价值599的体检套餐"),
      ("ad_absolute", "全网同类年金里收益zui高的"),
      ("stop_sale_hype", "下个月预定利率一调整，就再也买不到这个版本了"),
      ("stop_sale_hype", "今晚就是最后机会"), ("missing_disclosure",)])

P("XF-0052", "video_channel", "live_script", "vc_live_compliant", """
【视频号直播口播稿｜合规版✅】
大家好，我是小鱼。今天直播只做一件事：把分红型年金讲明白，不催单、不搞下单抽奖🙅‍♀️

📌它是什么：分红型年金=合同约定的保证领取部分+不确定的红利部分。
📌保证部分：60岁起每年领多少，合同里写得清清楚楚，这部分是确定的。
📌红利部分：计划书里会有演示，但我要念一遍这句话——红利分配是不确定的，演示利益不代表实际收益，有可能为零。

公屏有人问：'能保本吗？'
答：前几年退保会有损失，现金价值可能低于已交保费，所以不能说保本。

又有人问：'比存款划算吗？'
答：它俩不是一类东西，监管也不允许拿分红险和存款做简单收益对比。你要流动性就选存款，你要长期的养老现金流安排可以考虑年金，两者可以搭配。

还有人问：'是不是快停售了？'
答：截至今天，公司官网没有任何停售公告，我也不会用'停售'催你。真有调整，以官网公告为准。

最后提醒：保险有风险，投保需谨慎，请仔细阅读条款、产品说明书和责任免除。不懂的随时问，宁可你不买，也别买错～
""")

P("XF-0053", "moments", "caption", "moments_signing_pii", """
恭喜客户吴振宇顺利签单🎉 纸质保单已经寄到他家：杭州市拱墅区湖墅南路88号6幢1203室，电子保单也发到wuzhenyu88@163.com啦～ 感谢信任，后续服务交给我💪
""", [("pii_name", "吴振宇"), ("pii_address", "杭州市拱墅区湖墅南路88号6幢1203室"),
      ("pii_email", "wuzhenyu88@163.com")])

P("XF-0054", "moments", "caption", "moments_training_note", """
今天去「李文忠保险经纪」总部参加培训📚 他们家培训负责人讲需求分析：先问家庭结构和负债，再谈产品。干货满满，不是广告哈，就是学习笔记～
""")

P("XF-0055", "xiaohongshu", "poster_text", "xhs_lookalike_chars", """
穏賺不賠的年金險來了✨
保夲保息 锁定3.0%
一次投入 終身受益
給爸媽養老、給孩子攢學費都合適 私信了解👇
""", [("guaranteed_return", "穏賺不賠"), ("guaranteed_return", "保夲保息"), ("guaranteed_return", "锁定3.0%")])

P("XF-0056", "xiaohongshu", "caption", "xhs_lookalike_warning", """
为什么有人把'保本'写成'保夲'、'bao本'、'保 本'？因为平台会拦截敏感词🙄 记住：写法再花，内容违规就是违规，作为消费者看到这种字眼直接划走👋
""")

P("XF-0057", "weibo", "caption", "weibo_regulator_claim", """
经金融监管总局审批的产品，安全有保障✅ 国家都认证过了还怕啥？放心买就对了，小区好多阿姨都配了
""", [("false_authority", "经金融监管总局审批的产品，安全有保障"), ("false_authority", "国家都认证过了")])

P("XF-0058", "weibo", "caption", "weibo_filing_line", """
产品信息📄：「长盈安康」终身重疾险由瑞丰康年人寿承保，已在国家金融监督管理总局备案，备案编号以公司官网公示为准。等待期90天，具体保障责任和责任免除以条款为准。保险有风险，投保需谨慎。
""")

P("XF-0059", "douyin", "comment_reply", "douyin_reply_promise", """
回复@小鹿乱撞：亲，这款前几年退保也不亏的，放心买，随时急用随时取💯 有问题再私我哈
""", [("guaranteed_return", "前几年退保也不亏的"), ("deposit_comparison", "随时急用随时取")])

P("XF-0060", "douyin", "comment_reply", "douyin_reply_honest", """
回复@momo不吃香菜：亲，前几年退保会有损失哦，能退多少看现金价值表，不建议把短期要用的钱放进来🙏 有需要我可以帮你对着表算一下
""")

P("XF-0061", "wechat_mp", "article", "mp_long_where_money", """
【存款利率跌破1%之后，我的钱该去哪？｜一个保险人的碎碎念】
这两年身边讨论最多的话题之一，就是'钱放哪'。几家大行的定期利率陆续下调，很多阿姨来问我：'小鱼，我那点养老钱怎么办？'

先说结论：没有完美的地方，只有适合你的组合。

🏦 活期/货币基金：流动性好，收益低，适合放3–6个月的应急金；
📃 国债/大额存单：相对稳健，但额度紧张，经常要抢；
📈 基金/股票：长期看可能有更高回报，但波动大，不适合承受不了亏损的人；
🛡 保险：核心是保障，储蓄型产品适合10年以上不用的长钱。

说到这儿，很多人会问我增额终身寿。我个人觉得，它就是'升级版定存'——定期3年利率才1.5%左右，增额寿比它高一大截，终身锁定2.5%复利，银行降息也影响不了它。算下来同样存10万，30年后比定存多出好几万💰 存款搬家，现在正是时候。

当然也有需要注意的地方：
1. 前几年退保会亏，一定要用闲钱；
2. 交费期要和收入匹配，别硬撑；
3. 如实健康告知，虽然是储蓄型，也有身故保障部分。

说到底，钱怎么放没有标准答案。如果你想聊聊自己的情况，欢迎后台留言，我一对一帮你看📮
""", [("deposit_comparison", "它就是'升级版定存'"), ("deposit_comparison", "定期3年利率才1.5%左右，增额寿比它高一大截"),
      ("guaranteed_return", "终身锁定2.5%复利"), ("deposit_comparison", "同样存10万，30年后比定存多出好几万"),
      ("deposit_comparison", "存款搬家，现在正是时候")])

P("XF-0062", "wechat_mp", "article", "mp_long_deposit_edu", """
【'存款搬家'到保险？先看完这5点再说】
最近'存款利率下调''存款搬家'上了好几次热搜，后台也有不少朋友问：是不是该把定期换成增额终身寿？作为从业者，我想泼点冷水，也讲点实话🧊

1. 保险不是存款
存款受存款保险制度保护，随存随取（定期提前支取按活期算）；保险是合同，提前退保拿回的是现金价值，前几年通常低于已交保费。

2. 别做简单收益对比
监管规定不能拿人身险和银行储蓄、理财、基金、国债做简单收益比较。增额寿的现金价值以合同所附现金价值表为准，网上那种'X%复利 vs 定期1.x%'的对比图，本身就不合规。

3. 看清流动性成本
一笔钱放进去，可能10年、20年都不方便动。保单贷款可以应急，但要付借款利息，也有额度上限。

4. 想清楚用途
养老、教育这种确定要用、但不急用的钱，才适合考虑长期储蓄型保险；短期要用的钱，放保险里就是给自己找麻烦。

5. 别被'停售'催着走
产品调整以公司官网公告为准，任何'最后几天'的说法，先去官网查一查。

写这篇大概率会让我少签几单，但我觉得，把话说清楚比签单重要。你们还有什么疑问，评论区见👇
""")

P("XF-0063", "xiaohongshu", "poster_text", "xhs_ranking_poster", """
🥇销量冠军！！
今年卖爆的重疾天花板
第①名实至名归，同行都在抄作业📋
扫码找我领计划书
""", [("ad_absolute", "🥇销量冠军"), ("ad_absolute", "重疾天花板"), ("ad_absolute", "第①名实至名归")])

P("XF-0064", "xiaohongshu", "caption", "xhs_parents_first", """
第一次给爸妈买保险🥹 60岁以上能买的不多，比来比去最后选了防癌医疗+意外险。最好趁早，年龄越大保费越高、能选的越少，健康告知也越难过。#给爸妈买保险
""")

P("XF-0065", "moments", "caption", "moments_claim_pii_id", """
帮客户王秀兰（身份证440305198807211631）跑完理赔了，慢性肾衰竭尿毒症期，赔了40万💪 做这行最开心的就是这种时刻
""", [("pii_name", "王秀兰"), ("pii_id_card", "440305198807211631"), ("pii_health", "慢性肾衰竭尿毒症期")])

P("XF-0066", "moments", "caption", "moments_claim_consent", """
经客户本人同意分享🙏：王阿姨（4403**********1631）去年获赔了重疾保险金，她最想让我转达给大家的一句话是：保费再紧也别断缴。信息已打码，感谢阿姨的信任。
""")

P("XF-0067", "xiaohongshu", "caption", "xhs_fx_initials", """
今天下单的姐妹，首年保费fx 15%，私聊发你🧧 懂的都懂，别在评论区问哈，怕被平台吞
""", [("improper_inducement", "首年保费fx 15%")])

P("XF-0068", "xiaohongshu", "caption", "xhs_slang_dictionary", """
保险人黑话词典📖：jk=健康告知，dd=滴滴我，plan=计划书，hb=红包……但是！hb只能是朋友之间的，跟投保挂钩的红包、fx都是违规的哦🙅‍♀️
""")

P("XF-0069", "weibo", "caption", "weibo_company_superlative", """
我们公司偿付能力全行业最强💪 绝对不会出问题，钱放我们这儿，选我们就对了，有啥问题随时找我
""", [("ad_absolute", "偿付能力全行业最强"), ("ad_absolute", "绝对不会出问题")])

P("XF-0070", "weibo", "caption", "weibo_solvency_report", """
我司2026年三季度偿付能力报告已在官网披露，综合偿付能力充足率、风险综合评级等数据都可以自行查询🔍 买保险前看看公司'体检报告'，是个好习惯～
""")

P("XF-0071", "xiaohongshu", "article", "xhs_long_medical_guide", """
【百万医疗避坑指南｜小白必看🩺】
每次看到有人说'医保够了，不用买商保'，我都想拉过来聊五分钟😤 今天把百万医疗的关键点捋一遍。

🔍看什么
1. 续保条件：有没有保证续保，保证几年。产品停售了还能不能续，这点很关键；
2. 免赔额：一般医疗通常1万免赔，有的产品重疾0免赔；
3. 报销范围：住院、特殊门诊、外购药，清单要看全；
4. 等待期：一般30天，等待期内出险不赔。

🙋常见问题
Q：我有高血压，能买吗？
A：我们这款既往症也照赔，高血压糖尿病都能直接买，不影响理赔。
Q：以前住过院没写会怎样？
A：放心，两年后就算没告知也必须赔，这是保险法规定的。
Q：贵吗？
A：30岁一年两三百，比一顿火锅贵不了多少🍲
Q：报销要先自己垫钱吗？
A：一般是先垫付后报销，部分产品有住院垫付服务，具体看产品说明。

📝总结：医疗险是保障的底座，先买它再考虑别的。有问题评论区问，看到都回～ #百万医疗 #保险小白
""", [("coverage_exaggeration", "既往症也照赔"), ("coverage_exaggeration", "高血压糖尿病都能直接买，不影响理赔"),
      ("coverage_exaggeration", "两年后就算没告知也必须赔")])

P("XF-0072", "xiaohongshu", "article", "xhs_long_two_year_rule", """
【'两年后不告知也得赔'？这个说法坑了不少人⚠️】
保险法第16条确实有个'两年不可抗辩'：合同成立满两年，保险公司不能再以未如实告知为由解除合同。于是就有人传成了'隐瞒病史，熬过两年就稳赔'。

真相是：
1️⃣ 这条规定保护的是'合同不被解除'，不等于'什么都赔'；
2️⃣ 如果疾病在投保前就已经发生（既往症），很多医疗险、重疾险本身就在责任免除里，不赔跟告知无关；
3️⃣ 故意不告知的，合同解除前发生的事故，保险公司可以不赔，也不退保费；
4️⃣ 实际纠纷中，法院也会看投保人有没有恶意。

所以我的建议一直是：jk告知问什么答什么，不问的不用主动说；拿不准的，先做智能核保或人工核保，让保险公司给结论。

🙋‍♀️评论区常见问题：
Q：我有甲状腺结节，会被拒吗？
A：看分级和是否手术，可能标准体、除外或延期，每家尺度不同。
Q：高血压还能买医疗险吗？
A：有的产品可以，但既往症一般不赔；惠民保类产品对既往症人群也有保障，但赔付比例较低，以各地方案为准。

别贪一时省事，理赔时最怕的就是'告知有问题'。#健康告知 #两年不可抗辩
""")

P("XF-0073", "douyin", "caption", "douyin_homophone_stop", """
家人们，这款要'挺收'了🥲 下周一开始涨价，涨前最后上车机会！评论区扣'上车'我挨个回
""", [("stop_sale_hype", "这款要'挺收'了"), ("stop_sale_hype", "下周一开始涨价，涨前最后上车机会")])

P("XF-0074", "douyin", "caption", "douyin_official_notice", """
【公告转发】瑞丰康年人寿官网公告：「金福年年」年金险自2026年12月31日24时起停止销售，已投保客户的保障和领取不受影响。详情以公司官网公告栏为准。
""")

P("XF-0075", "xiaohongshu", "caption", "xhs_deposit_emoji", """
🏦存款搬家进行时！把存💴换成这款增额寿，一样是存，利息多一倍，傻子才放银行🙃 想了解的评论区扣1
""", [("deposit_comparison", "🏦存款搬家进行时"), ("deposit_comparison", "一样是存，利息多一倍"),
      ("deposit_comparison", "傻子才放银行")])

P("XF-0076", "xiaohongshu", "caption", "xhs_agent_bio", """
自我介绍一下👋 我之前在银行做了5年柜员，后来转行做保险规划。常有人问我'保险和存款哪个好'——它俩不是一类东西，一个管风险，一个管流动性，没法直接比～
""")

P("XF-0077", "moments", "caption", "moments_internal_rates", """
内部消息🤫 下个月新品的费率表提前给大家看（严禁外传）：30岁男 50w保额 年交6200，比现在这款便宜不少，想等的可以先等等
""", [("confidential_info", "下个月新品的费率表提前给大家看"), ("confidential_info", "严禁外传")])

P("XF-0078", "moments", "caption", "moments_privacy_promise", """
你的健康告知、病历、银行卡信息我都会严格保密🔒 理赔分享一律打码+本人同意才发，这是我的底线，也是行业的底线。
""")

P("XF-0079", "weibo", "caption", "weibo_public_callout_pii", """
@客户 赵海峰 你的续期扣款失败了，卡号6228487654321092余额不足，你留的手机13706581294也打不通，看到赶紧回我！
""", [("pii_name", "赵海峰"), ("pii_bank_card", "6228487654321092"), ("pii_phone", "13706581294")])

P("XF-0080", "weibo", "caption", "weibo_masked_reminder", """
提醒客户赵先生（尾号1092的卡）：续期扣款未成功，请在宽限期内补缴，有问题联系我工作号或公司客服热线～ 已私信，怕你没看到再发一条
""")

P("XF-0081", "xiaohongshu", "article", "xhs_long_unit_linked", """
【投连险是什么？一篇讲透｜理财小白入门📈】
最近好多粉丝问我'投连险'，今天用大白话讲讲～

📌 投连险=保险+投资账户
你交的保费，扣掉一部分费用后进入投资账户，账户里有不同风格的子账户：货币型、债券型、平衡型、进取型……你可以自己选，也可以中途转换。

📌 跟基金有啥区别
它有一份身故保障，另外账户之间转换一般免费或收费很低，适合不想天天操心的人。

📌 我推荐的「智远进取账户」
过去5年年化8.6%，以后也差不多是这个水平，长期持有基本亏不了。我身边的客户拿了3年的，都是正收益✨

📌 适合谁
有一定闲钱、能放5年以上、想给养老钱做点增值的朋友。

📌 注意事项
1. 初始费用和账户管理费要看清楚；
2. 犹豫期内退保，退还的是账户价值加上已扣的初始费用，可能和你交的钱有差额；
3. 不要把短期要用的钱放进来；
4. 账户转换次数多了可能收费，具体看条款。

有兴趣的宝子评论区扣'投连'，我发你产品说明书和近几年的账户表现截图📚 #投连险 #理财入门
""", [("guaranteed_return", "以后也差不多是这个水平"), ("guaranteed_return", "长期持有基本亏不了"),
      ("missing_disclosure",)])

P("XF-0082", "wechat_mp", "article", "mp_long_unit_linked_edu", """
【投连险｜给想'增值'的朋友泼盆冷水🧊】
最近有朋友看到别人晒投连账户收益，跑来问我：'小鱼，这个是不是比基金还好？' 我先把话放这儿：投资回报具有不确定性，可能亏损，投资风险由投保人承担。这句不是套话，是投连险最核心的特点。

📌 投连险怎么运作
保费扣除初始费用后，按你选的比例进入不同的投资账户，账户价值跟着投资单位价格变动。涨了账户价值涨，跌了就跟着跌，没有最低保证。

📌 费用看哪几项
初始费用、买入卖出差价、账户管理费、风险保险费……这些在产品说明书里都有，别只看'过去几年年化多少'。

📌 过往业绩怎么看
公司会定期公布各投资账户的单位价格，可以在官网查询。但过往业绩不代表未来表现，某一年表现好，不代表以后也能这样。

📌 适合谁
有一定投资经验、能承受账户价值下跌、这笔钱长期不用的人。如果你听到'长期持有亏不了''年化8%稳稳的'，请直接拉黑这个销售😅

📌 买之前做三件事
1. 完整看一遍产品说明书和条款；
2. 做一遍风险测评，看自己是不是真的适合；
3. 想清楚这笔钱5年、10年内会不会要用。

保险首先是保障，投连险里的保障部分往往不高，别本末倒置～
""")

P("XF-0083", "douyin", "caption", "douyin_all_claims", """
💯百bing全赔！！一百多种重疾+轻中症都管，没有不赔的，买了就安心睡觉😴 #重疾险
""", [("coverage_exaggeration", "百bing全赔"), ("coverage_exaggeration", "没有不赔的")])

P("XF-0084", "douyin", "caption", "douyin_myth_buster", """
'百病全赔'？不存在的🙅 重疾险只赔合同列明的疾病，而且要达到合同里的疾病定义才赔。买之前把疾病定义和责任免除看完，比看广告词靠谱一百倍。
""")

P("XF-0085", "xiaohongshu", "caption", "xhs_edu_fund_promise", """
给宝宝准备教育金📚 这款我给我家娃也买了，18岁能领回来本金的1.8倍，稳稳的，不用担心市场波动～ 早买早安心，宝妈们冲
""", [("guaranteed_return", "18岁能领回来本金的1.8倍，稳稳的"), ("guaranteed_return", "不用担心市场波动")])

P("XF-0086", "xiaohongshu", "caption", "xhs_edu_fund_honest", """
教育金险到底能领多少？看合同里'保证利益'那一栏，那是写进合同的；计划书里如果还有分红演示，那部分不保证，可能为零哦📝 别只看最大的那个数字～
""")

P("XF-0087", "moments", "caption", "moments_disparage_agents", """
提醒一下朋友们⚠️ 康x人寿的业务员都是忽悠人的，别信他们那套，听说那家公司快不行了，已经买了的赶紧来找我转
""", [("disparagement", "康x人寿的业务员都是忽悠人的"), ("disparagement", "那家公司快不行了")])

P("XF-0088", "weibo", "caption", "weibo_hot_search_comment", """
有网友吐槽某公司'理赔难、退保无门'上了热搜。作为从业者说两句：先对照合同约定和材料清单，真有争议可以打12378或者走调解、诉讼，理性维权，也别一竿子打翻整个行业～
""")

P("XF-0089", "xiaohongshu", "caption", "xhs_bj_safe", """
bj100%安全，全市场zui稳的理财型保险，替代存款刚刚好💰 爸妈的养老钱、自己的小金库都能放
""", [("guaranteed_return", "bj100%安全"), ("ad_absolute", "全市场zui稳的"),
      ("deposit_comparison", "理财型保险，替代存款刚刚好")])

P("XF-0090", "xiaohongshu", "caption", "xhs_spec_100", """
这款意外险：意外身故/伤残最高赔50w，身故赔付比例100%；意外医疗0免赔、社保范围内报销比例100%，社保外按80%。具体以条款为准哦～
""")

P("XF-0091", "wechat_mp", "article", "mp_long_new_year_letter", """
【2027开门红｜给老客户的一封信✉️】
亲爱的朋友们：
又到一年年末，先谢谢大家这一年的信任🙏 今年我一共服务了68个家庭，协助理赔23次，最快的一笔3天到账。

年底了想跟大家说几件事：
1️⃣ 保单年检：建议把家里的保单拿出来看看，受益人、联系方式有没有变化，地址变了记得告诉我；
2️⃣ 续期提醒：12月有续期的客户，我会提前一周提醒，宽限期60天，不用慌；
3️⃣ 开门红：公司1月上新了一款年金，很多老客户问。跟大家透个底，我们团队今年开门红目标是1200万标保，我个人要冲300万，所以真心需要大家支持💪

这次的活动力度也很大：
⏳ 倒数10天！1月10日前签单，额外送全家体检卡+年货礼包🎁
⏳ 过了1月10日，这个版本就不一定还有了，真的不是吓唬大家

另外，公司1月18日有一场客户答谢会，不管有没有新投保都欢迎来，现场有理赔老师答疑。

最后，祝大家新年身体健康、万事顺意🧧 有任何保险上的问题，随时找我。
""", [("confidential_info", "团队今年开门红目标是1200万标保"), ("confidential_info", "我个人要冲300万"),
      ("stop_sale_hype", "倒数10天"), ("improper_inducement", "1月10日前签单，额外送全家体检卡+年货礼包"),
      ("stop_sale_hype", "过了1月10日，这个版本就不一定还有了")])

P("XF-0092", "wechat_mp", "article", "mp_long_kaimenhong_edu", """
【什么是保险'开门红'？一篇讲清楚🧧】
每年11、12月，朋友圈里的保险人就开始刷'开门红'。很多朋友问：开门红是什么？是不是错过就没了？今天用大白话说一下。

1️⃣ 开门红是啥
本质上是保险行业年初的销售旺季，公司会在这个时候推出一些年金、增额寿类产品，配套一些营销活动。它不是一种产品，也不代表别的时间买不到保险。

2️⃣ '错过等一年'是真的吗
不一定。产品会不会停售、什么时候停售，要以保险公司官网公告为准。监管明确要求，公司没公告之前，销售人员不能说产品'即将停售'，更不能用'最后几天''末班车'来催单。

3️⃣ 那些'开门红福利'能要吗
公司组织的、跟投保无关的客户活动，比如讲座、亲子活动，可以参加；但'投保送油卡''返现''签单送礼包'这类跟买保险挂钩的，都属于合同外利益，是违规的。

4️⃣ 买不买怎么判断
看需求，不看节点：家里保障配齐了吗？这笔钱多少年不用？能接受前几年退保的损失吗？这三个问题想清楚了，什么时候买都一样。

5️⃣ 分红型产品要多看一句
如果是分红型，记住：红利分配是不确定的，演示利益不代表实际收益。

祝大家新年都有好的规划，而不是被'开门红'推着走🙏
""")

P("XF-0093", "video_channel", "poster_text", "vc_slogan", """
买保险，就认准我们家
行业唯一零拒赔🏆
最后一波高收益产品，错过再等一年！
评论区扣1，私信发你计划书📩
""", [("ad_absolute", "行业唯一"), ("coverage_exaggeration", "零拒赔"),
      ("stop_sale_hype", "最后一波高收益产品，错过再等一年")])

P("XF-0094", "video_channel", "caption", "vc_claim_stats", """
我们公司2025年度理赔年报出来了：获赔率97.6%，平均结案时效1.8天（数据来源：公司官网理赔服务年报）。没赔的那部分，多数是不在保障范围或者投保时没有如实告知📊
""")

P("XF-0095", "xiaohongshu", "caption", "xhs_universal_promo", """
「鑫盈账户」万能险现在结算4.2%‼️放进去每月复利，比理财稳，取用灵活～ 想了解的dd我发产品资料
""", [("deposit_comparison", "比理财稳"), ("missing_disclosure",)])

P("XF-0096", "xiaohongshu", "caption", "xhs_universal_edu", """
万能账户的结算利率是公司按月公布的，历史不代表未来；最低保证利率只针对万能账户，超过部分是不确定的📉 另外前几年部分领取有手续费，别把它当活期用。
""")

P("XF-0097", "moments", "caption", "moments_claim_pii_pinyin", """
恭喜客户孙立波顺利拿到赔款🎉 他去年查出肺ai，术后恢复得不错！家属电话15158203376，有同样情况想咨询理赔流程的可以问问他们～
""", [("pii_name", "孙立波"), ("pii_health", "查出肺ai"), ("pii_phone", "15158203376")])

P("XF-0098", "moments", "caption", "moments_renewal_reminder", """
续保提醒🔔：你的百万医疗下个月到期，保证续保期内不用重新健告，到期前我会再提醒一次，记得留意扣款卡余额，不用担心～
""")

P("XF-0099", "douyin", "caption", "douyin_wmp_label", """
宝子们，这款增额寿就是银行理财plus版，比大额存单还香🤤 放进去就不用管了，躺着等它长大
""", [("deposit_comparison", "就是银行理财plus版"), ("deposit_comparison", "比大额存单还香")])

P("XF-0100", "xiaohongshu", "article", "xhs_long_reflection", """
【做保险第3年｜我的'三不原则'和它让我丢掉的单🌙】
入行三年，签了一百多单，也丢了不少单。今天不聊产品，聊聊我给自己定的三条规矩。

❶ 不说'稳赚'
第一年我特别想出单，有次客户问'这个年金能保本吗'，我差点脱口而出'放心，稳的'。后来师父拦住我，让我把现金价值表打开给客户看：前几年退保都是亏的。那单客户当时没买，半年后又回来找我，说就冲我没忽悠她。

❷ 不炒'停售'
每年总有几次'预定利率要调''某某产品要下架'的传言。我的做法是：官网没公告就不说，官网公告了就只转公告原文，不加任何'最后几天'的话。有同事说我傻，错过了好多单。但我觉得，靠吓唬签的单，迟早要还。

❸ 不给'返现'
被问最多的一句话：'别人都返20%，你返多少？' 我每次都回：返现是违规的，我一分都不能返；我能做的，是保单有任何问题随时找我，理赔材料我陪你跑。有客户因此去找了别人，我也尊重。

这三条让我少签了不少单，收入确实不如同期的同事。但是最近一年，转介绍的客户越来越多，理赔的时候也没有一个客户说'你当初不是这么说的'。

做保险不是一锤子买卖，是几十年的关系。希望三年后、十年后，我还能这么写😴
#保险人日常 #做保险的第三年
""")

# BATCH_MARK
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
