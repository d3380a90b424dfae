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

PREFIX = "YZ"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def P(pid, channel, content_type, genre, text, labels=()):
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels)})


# ---- posts go here: P("F-0001", channel, content_type, genre, """text""", [(category, phrase), ...]) ----
# Voice: Douyin / Kuaishou comment sections and live-room danmu replies by agents and brand accounts.
# Kuaishou has no channel code in the schema; Kuaishou replies use channel "douyin" and genre prefix "kuaishou_".
# Invented companies: 宁澜人寿 (own brand), 嘉泓人寿 / 澄宇人寿 / 汇川保险 / 昇平财险 (competitors),
# 钟安保险经纪 (broker). Products that look like person names: 乐康宁 (critical illness), 方安心 (medical).

# ---- batch 1: 0001-0020 ----
P("YZ-0001", "douyin", "comment_reply", "douyin_brand_reply:is_this_a_scam", """
@橘子汽水不加冰 您好，这里是宁澜人寿官方账号。对方是不是我们公司的销售人员，可以在官网“销售人员执业查询”里输入姓名和执业证号核实。提醒一句：保险不是存款，我们不会让您转账到个人账户，也不会承诺任何收益，遇到这种说法请直接拒绝并联系官方客服。
""")

P("YZ-0002", "douyin", "comment_reply", "douyin_agent_reply:one_line_promise", """
回复@晚风：姐你放心，这款增额寿保本保息，每年3.5%稳稳的，放着不动就行，到时候拿多少合同上都有👍 有问题随时问我
""", [("guaranteed_return", "保本保息"), ("guaranteed_return", "每年3.5%稳稳的")])

P("YZ-0003", "douyin", "comment_reply", "kuaishou_agent_reply:rebate_refusal", """
不好意思哈，返佣、返现这些都是违规的，我这边不做，也劝你别找做这个的人。保费都是按公司备案的费率交，找谁买都一样，我能给你的是把条款讲明白、理赔时帮你跑腿。
""")

P("YZ-0004", "douyin", "comment_reply", "douyin_agent_reply:dm_rebate", """
需要的直接私信我，首年保费返20%，投保成功当天微信转你，别在评论区问了，容易被删😂
""", [("improper_inducement", "首年保费返20%")])

P("YZ-0005", "douyin", "comment_reply", "douyin_agent_reply:competitor_disparagement", """
回复@小鹿乱撞：嘉泓人寿理赔出了名的难，买了等于白买，劝你趁犹豫期赶紧退了，换我们家的，我帮你重新做方案。
""", [("disparagement", "嘉泓人寿理赔出了名的难，买了等于白买")])

P("YZ-0006", "douyin", "comment_reply", "douyin_brand_reply:complaint_handling", """
@小熊软糖 非常抱歉让您久等了。您反映的理赔进度问题我们已记录，麻烦私信发一下保单号后四位和联系电话，理赔专员会在1个工作日内联系您。资料齐全的案件我们会尽快处理，进展也会同步给您。
""")

P("YZ-0007", "douyin", "comment_reply", "douyin_agent_pinned:claim_story_pii", """
感谢王淑芬阿姨的信任！去年底确诊乳腺癌，乐康宁重疾30万5天就到账了。阿姨电话13857214690，不信的可以自己打过去问问😊
""", [("pii_name", "王淑芬"), ("pii_health", "确诊乳腺癌"), ("pii_phone", "13857214690")])

P("YZ-0008", "douyin", "comment_reply", "kuaishou_agent_reply:correct_short_answer", """
等待期内确诊的，按大多数重疾险条款是退还已交保费、合同终止，不会赔保额。等待期多长、从哪天开始算，以您那份合同条款为准。
""")

P("YZ-0009", "douyin", "live_script", "douyin_live_danmu_reply:coverage", """
回一下弹幕问能不能买的：这款百万医疗什么都保，三高也能赔，健康告知随便勾就行，家人们放心下单
""", [("coverage_exaggeration", "什么都保"), ("coverage_exaggeration", "三高也能赔"),
      ("coverage_exaggeration", "健康告知随便勾就行")])

P("YZ-0010", "douyin", "comment_reply", "douyin_brand_reply:stop_sale_question", """
回复@阿枫：目前公司官网没有发布这款产品的停售公告，网上说“下个月停售”的消息我们没法确认，请以官网公告为准。建议按自己的需要和预算来决定，不用因为“停售”传言着急买。
""")

P("YZ-0011", "douyin", "comment_reply", "douyin_agent_pinned:countdown", """
倒计时3天⏰ 这个利率月底就没了，还在犹豫的宝子们想锁定的抓紧私我，我按顺序给大家出方案
""", [("stop_sale_hype", "倒计时3天"), ("stop_sale_hype", "这个利率月底就没了")])

P("YZ-0012", "douyin", "comment_reply", "kuaishou_agent_reply:disclosure_advice", """
投保前最好先把体检报告翻出来，对照健康告知一条条看。有结节、高血压这些情况绝对不能隐瞒，如实告知后核保怎么处理都有据可查，以后理赔才稳妥。
""")

P("YZ-0013", "douyin", "comment_reply", "douyin_agent_reply:pinyin_evasion", """
这款 bao ben bao xi，wen zhuan bu pei，评论区不方便多说，具体的 si 我聊，看到就回
""", [("guaranteed_return", "bao ben bao xi"), ("guaranteed_return", "wen zhuan bu pei")])

P("YZ-0014", "douyin", "comment_reply", "douyin_agent_reply:spacing_rebate", """
今晚直播间下单的家人，保费 返 现 8 个点🧧 下单后截图找我登记，明天中午统一处理
""", [("improper_inducement", "保费 返 现 8 个点")])

P("YZ-0015", "douyin", "comment_reply", "douyin_brand_reply:anti_fraud", """
@用户7712 这个号确实是宁澜人寿官方号，不是诈骗。但请注意：有人冒充我们，说能“返现”“退还手续费”让您转账，那都是骗局。我们的保费只通过合同约定的公司账户收取，不会用任何私人账户。
""")

P("YZ-0016", "douyin", "comment_reply", "kuaishou_agent_reply:deposit_framing", """
钱放银行不如放我这，比存款划算多了，三年后本息一起拿，随时要用随时取，比你那点定期强
""", [("deposit_comparison", "钱放银行不如放我这"), ("deposit_comparison", "比存款划算多了"),
      ("deposit_comparison", "本息一起拿"), ("deposit_comparison", "随时要用随时取"),
      ("deposit_comparison", "比你那点定期强")])

P("YZ-0017", "douyin", "comment_reply", "douyin_agent_reply:not_a_deposit", """
回复@喵小姐：增额终身寿不是存款哦。前几年退保只能拿回现金价值，通常比已交保费少，会有损失。每年的现金价值以合同所附的现金价值表为准，建议当长期钱来规划，短期要用的钱别放进来。
""")

P("YZ-0018", "douyin", "comment_reply", "douyin_agent_reply:false_authority", """
回复@怕被骗的阿姨：保险都是国家兜底的，保险公司不会倒闭，你就放一百个心，钱不会没的
""", [("false_authority", "国家兜底"), ("false_authority", "保险公司不会倒闭")])

P("YZ-0019", "douyin", "comment_reply", "kuaishou_agent_reply:guarantee_fund", """
关于“公司倒闭怎么办”：按《保险法》，经营人寿保险业务的公司被撤销或破产的，其持有的人寿保险合同要转让给其他公司，保险保障基金也会依规救助。但这不是“国家兜底”，分红、万能结算这些不确定的利益不在任何人的保证范围内。
""")

P("YZ-0020", "douyin", "comment_reply", "douyin_agent_reply:recruitment_commission", """
想入行的宝子看过来，我们这首年佣金45%，这个季度还额外加佣，门槛不高，私信拉你进群详细聊
""", [("confidential_info", "首年佣金45%"), ("confidential_info", "这个季度还额外加佣")])

# ---- batch 2: 0021-0040 ----
P("YZ-0021", "douyin", "comment_reply", "douyin_brand_pinned:live_faq", """
【置顶｜直播间高频问题统一回复】
感谢大家来宁澜人寿官方直播间，弹幕里问得多的问题，这里统一回复一下，一切以合同条款为准：
1. 问“收益多少”：今天介绍的宁澜金禧年年年金保险（分红型），合同里的保证领取金额是确定的；红利分配是不确定的，某些年度可能为零，页面上的演示利益不代表实际收益，过往红利实现率也不代表未来。
2. 问“保不保本”：不能简单说保本。前几年退保只能拿回现金价值，通常低于已交保费，会有损失。
3. 问“是不是要停售了”：目前公司官网没有发布这款产品的停售公告，主播和销售人员也不会用“停售”催您下单。以后如有调整，以官网公告为准。
4. 问“有没有返现、送礼”：没有。合同以外的返现、红包、礼品都是违规的，任何人私信说能返现，请截图举报。
5. 问“和存款比哪个好”：保险不是存款，两者用途不同，我们不做收益对比。短期要用的钱不建议投保。
6. 问“理赔好不好赔”：是否赔付、赔多少以合同条款和理赔审核为准，请仔细阅读等待期、责任免除和健康告知。
7. 问“有结节、高血压能不能买”：要看具体情况和核保结论，可能正常承保、加费、除外或延期，请如实告知。
8. 请不要在评论区发手机号、身份证号、银行卡号，需要咨询请点主页官方客服。
保险有风险，投保需谨慎。
""")

P("YZ-0022", "douyin", "comment_reply", "douyin_agent_reply:scam_question_long_with_promise", """
回复@山里的风：你问是不是骗人的，我理解，现在网上骗子确实多，我一条条跟你说清楚。
第一，我是宁澜人寿的持牌代理人，执业信息在行业平台上能查到，主页也挂了工号，你可以自己去核对，不用信我一面之词。
第二，投保都是在公司官方系统里操作，保费直接从你本人的银行卡扣到保险公司账户，我个人碰不到你一分钱。合同生效后会有回访电话，问你是不是自愿投保、条款有没有讲清楚，不满意的话犹豫期内可以退。
第三，说说你问的金禧年年。这是一款分红型年金，交5年，第6年开始每年领。领取金额合同里写得很清楚，分红每年4%是写死的，稳赚不赔，比定期存款高一倍都不止，这也是为什么我自己家里也买了。
第四，健康告知一定要如实填，年金险对健康要求不高，但该告知的还是要告知。
第五，有任何问题，你可以打公司官方客服核实，也可以来我们职场面谈，地址主页有。
做这行十年了，靠的就是口碑，骗人的事我不会做。你要是还不放心，我先把合同样本私信发你，你看完条款再决定。
""", [("guaranteed_return", "分红每年4%是写死的"), ("guaranteed_return", "稳赚不赔"),
      ("deposit_comparison", "比定期存款高一倍都不止"), ("missing_disclosure",)])

P("YZ-0023", "douyin", "comment_reply", "douyin_brand_reply:complaint_surrender_delay", """
@老陈钓鱼 看到您说退保到账慢，先跟您道个歉。退保款会在手续齐全后按规定时限支付，您的申请我们已经加急处理，具体进度请私信官方号，我们不会在评论区询问您的个人信息。
""")

P("YZ-0024", "douyin", "comment_reply", "kuaishou_agent_reply:names_phone_in_reply", """
张建军大哥，你老父亲那张保单续期交了没？你媳妇刘桂兰的电话13962085517一直打不通，看到评论回我一下，别过了宽限期
""", [("pii_name", "张建军"), ("pii_name", "刘桂兰"), ("pii_phone", "13962085517")])

P("YZ-0025", "douyin", "comment_reply", "douyin_agent_pinned:own_contact", """
有保单问题可以直接打我电话 13905716682（宁澜人寿 周晓梅，执业信息可在官网查询），工作日9点到18点都在。不收任何费用，只帮忙看条款、理保单。
""")

P("YZ-0026", "douyin", "comment_reply", "douyin_agent_reply:superlatives", """
回复@犹豫的小周：全网最低价的重疾险就是我们这款，保障最全，闭眼入就对了，别再比来比去浪费时间
""", [("ad_absolute", "全网最低价"), ("ad_absolute", "保障最全"), ("ad_absolute", "闭眼入")])

P("YZ-0027", "douyin", "comment_reply", "douyin_agent_reply:product_spec", """
回复@小麦：这款百万医疗一般医疗和重疾医疗共用保额，最高保额200万，年免赔额1万，最长保证续保20年，续保期间费率可能调整，具体以条款为准。
""")

P("YZ-0028", "douyin", "live_script", "douyin_live_host_reply:last_chance", """
回弹幕：家人们这款3.0%的是末班车了，今晚12点一过就下架，手慢无！想要的赶紧点下方小黄车
""", [("stop_sale_hype", "末班车"), ("stop_sale_hype", "今晚12点一过就下架"), ("stop_sale_hype", "手慢无")])

P("YZ-0029", "douyin", "comment_reply", "kuaishou_agent_reply:rate_cap_news", """
回复@阿梅：新闻说的是监管调整了新备案产品的预定利率上限，已经生效的保单合同不受影响，保证利益按原合同执行。要不要买还是看自己的需求，不用因为利率消息赶时间。
""")

P("YZ-0030", "douyin", "comment_reply", "douyin_agent_reply:homophone_evasion", """
回复@想养老的小李：这款年金稳转不赔，包本包息，评论区不能说太细，懂的都懂，放心冲就完事了
""", [("guaranteed_return", "稳转不赔"), ("guaranteed_return", "包本包息")])

P("YZ-0031", "douyin", "comment_reply", "douyin_agent_reply:insurance_roles", """
投保人是交钱的人，被保险人是被保障的人，受益人是出险后领钱的人。给孩子买，一般爸妈做投保人、孩子做被保险人；身故受益人可以指定，不指定就按法定继承处理。
""")

P("YZ-0032", "douyin", "comment_reply", "kuaishou_agent_reply:gift_for_purchase", """
这周投保满5000送高速吹风机，满1万送iPhone，数量不多先到先得，需要的评论区扣1
""", [("improper_inducement", "满5000送高速吹风机"), ("improper_inducement", "满1万送iPhone")])

P("YZ-0033", "douyin", "comment_reply", "douyin_agent_reply:gift_refusal", """
@一颗小土豆 不好意思，投保送手机、送油卡这类我们不能做，合同以外给好处是违规的。我能保证的是：条款、免责、等待期都给您讲清楚。
""")

P("YZ-0034", "douyin", "comment_reply", "douyin_agent_reply:claim_promise", """
回复@担心理赔的：我们家理赔零拒赔，隐瞒了病史两年后也照样赔，别担心，买了就安心
""", [("coverage_exaggeration", "零拒赔"), ("coverage_exaggeration", "隐瞒了病史两年后也照样赔")])

P("YZ-0035", "douyin", "comment_reply", "douyin_agent_reply:two_year_rule", """
回复@轻舟：“两年后隐瞒病史也得赔”是误读。《保险法》第十六条的两年不可抗辩是限制保险公司解除合同的，不是鼓励隐瞒，实际理赔中是否属于故意不告知、什么时候出险都会影响结果。健康告知一定如实填。
""")

P("YZ-0036", "douyin", "comment_reply", "douyin_agent_pinned:policy_number_leak", """
恭喜李国强先生，保单号NL2025031800482761的医疗险理赔已结案，胆结石手术报销了2.3万，感谢信任！
""", [("pii_name", "李国强"), ("pii_policy_number", "NL2025031800482761"), ("pii_health", "胆结石手术")])

P("YZ-0037", "douyin", "comment_reply", "douyin_agent_reply:masked_consented_claim", """
理赔分享（已获客户书面授权，信息已脱敏）：张女士为被保险人，投保方安心医疗险第二年因住院手术申请理赔，资料齐全后7个工作日结案。每个案件情况不同，赔不赔、赔多少以条款和理赔审核为准。
""")

P("YZ-0038", "douyin", "comment_reply", "kuaishou_agent_reply:competitor_scam", """
澄宇人寿那些都是骗人的，代理人拿了钱就跑，还是买我们这种大公司的靠谱，别省那几百块
""", [("disparagement", "澄宇人寿那些都是骗人的"), ("disparagement", "代理人拿了钱就跑")])

P("YZ-0039", "douyin", "comment_reply", "douyin_agent_reply:neutral_comparison", """
回复@小路：两款产品我只按条款客观说，A款等待期90天、轻症赔30%；B款等待期180天、轻症赔25%。哪个适合看您的预算和需求，不存在哪家一定不赔的说法。
""")

P("YZ-0040", "douyin", "comment_reply", "douyin_agent_reply:internal_document", """
内部资料严禁外传🤫 下个月新品预定利率方案先给粉丝们看看，截图我发粉丝群里了，别往外传
""", [("confidential_info", "内部资料严禁外传"), ("confidential_info", "下个月新品预定利率方案")])

# ---- batch 3: 0041-0060 ----
P("YZ-0041", "douyin", "comment_reply", "douyin_agent_reply:commission_question_refused", """
@吃瓜群众 佣金比例属于公司内部经营信息，我不方便公开，也请理解。您交的保费是按备案费率算的，不会因为找谁买而不同。
""")

P("YZ-0042", "douyin", "comment_reply", "douyin_agent_reply:long_claim_story_pii", """
好多朋友在评论区问宁澜到底赔不赔，今天不讲道理，直接上真实案例，大家自己判断。
我的客户陈秀英阿姨，今年六十多岁，2021年在我这里投保了乐康宁重疾险，基本保额30万。今年3月单位体检发现肺部有阴影，进一步检查确诊肺腺癌。
阿姨家里人一开始很慌，说是不是买了也白买。我当天就去医院帮忙收集资料：病理报告、出院小结、身份证复印件、银行卡。给大家看一下我当时整理的材料清单：
被保险人：陈秀英
身份证号：420111195908271616
收款账户：6228480912345678011
联系地址：武汉市洪山区青荷路118号3栋502室
资料齐全后提交，公司7个工作日就把30万打到了阿姨卡上。阿姨女儿特意打电话来感谢，说这笔钱正好解决了后面一大笔开销。
说这个案例，是想告诉大家：重疾险真正有用的时候，就是这种时候。当然，每个人情况不一样，能不能赔还是要看条款和健康告知，投保时该告知的一定要如实告知，别因为怕麻烦漏填。
想给家里老人了解重疾险或者防癌险的，可以在评论区扣1，我一个个回复，不着急买，先把条款看明白。
""", [("pii_name", "陈秀英", "*"), ("pii_health", "发现肺部有阴影"), ("pii_health", "确诊肺腺癌"),
      ("pii_id_card", "420111195908271616"), ("pii_bank_card", "6228480912345678011"),
      ("pii_address", "武汉市洪山区青荷路118号3栋502室")])

P("YZ-0043", "douyin", "comment_reply", "douyin_agent_reply:deposit_vs_insurance_answer", """
回复@大鹏：存款和保险是两类东西，不好直接比利率。存款有存款保险制度保障，随存随取；保险重在保障，长期持有才有意义，提前退保可能亏损。两者按用途分开安排更合适。
""")

P("YZ-0044", "douyin", "comment_reply", "kuaishou_agent_reply:premium_as_savings", """
回复@攒钱小能手：每年存2万，存10年，保险公司按3%给你算利息，到期本金利息全拿回来，老了手里有钱心不慌
""", [("deposit_comparison", "每年存2万，存10年"), ("deposit_comparison", "按3%给你算利息"),
      ("deposit_comparison", "本金利息全拿回来")])

P("YZ-0045", "douyin", "comment_reply", "douyin_brand_reply:complaint_misselling", """
@风吹麦浪 收到您的投诉，真的很抱歉这次体验不好。您说销售人员当时承诺“保本”，这个情况我们非常重视，已转交合规部门核查。您目前还在犹豫期内，可以申请退保并退还已交保费，需要协助请私信。
""")

P("YZ-0046", "douyin", "comment_reply", "douyin_agent_reply:waiting_period_lie", """
回复@熬夜冠军：这款重疾没有等待期，今天买明天查出来就能赔，啥病都赔，趁年轻赶紧配上
""", [("coverage_exaggeration", "没有等待期，今天买明天查出来就能赔"), ("coverage_exaggeration", "啥病都赔")])

P("YZ-0047", "douyin", "comment_reply", "kuaishou_agent_reply:accident_no_waiting", """
意外险一般没有等待期，生效后发生意外就能按条款申请理赔；但医疗险、重疾险通常有30到180天不等的等待期，具体看条款。
""")

P("YZ-0048", "douyin", "comment_reply", "douyin_agent_reply:commission_sharing", """
回复@精明的猫：私信我，佣金分你一半，自己买等于打五折，这种好事别到处说，名额我只留给老粉
""", [("improper_inducement", "佣金分你一半"), ("improper_inducement", "自己买等于打五折")])

P("YZ-0049", "douyin", "comment_reply", "douyin_agent_reply:how_to_spot_scam", """
回复@不吃香菜：问得好。分辨的办法：一看执业登记，能在公司官网或行业平台查到；二看收费，保费只交到保险公司账户；三看话术，说“稳赚不赔”“返现”的直接拉黑。
""")

P("YZ-0050", "douyin", "comment_reply", "douyin_agent_reply:universal_promo", """
宁澜稳盈万能账户现在结算利率4.2%，复利滚存，比余额宝强多了，要上车的私我，我教你怎么把年金领的钱转进去
""", [("deposit_comparison", "比余额宝强多了"), ("missing_disclosure",)])

P("YZ-0051", "douyin", "comment_reply", "douyin_brand_reply:universal_correct", """
宁澜稳盈万能账户各月结算利率以官网公告为准。提示：万能账户最低保证利率之上的部分是不确定的，过往结算利率不代表未来；账户有初始费用和退保费用，前几年退出可能有损失。
""")

P("YZ-0052", "douyin", "comment_reply", "kuaishou_agent_reply:competitor_car_insurance", """
昇平财险的车险出了事根本找不到人，定损员全是外包的，谁买谁后悔，明年续保记得找我
""", [("disparagement", "昇平财险的车险出了事根本找不到人"), ("disparagement", "定损员全是外包的"),
      ("disparagement", "谁买谁后悔")])

P("YZ-0053", "douyin", "comment_reply", "douyin_agent_reply:news_about_penalty", """
回复@路人甲：您说的那条新闻是监管对某保险公司的处罚通报，原因是销售人员承诺返现、夸大收益。我们内部也常拿这类通报做培训，大家遇到类似话术可以留证投诉。
""")

P("YZ-0054", "douyin", "comment_reply", "douyin_agent_reply:id_card_leak", """
给刘洋报单了，身份证510107197511032840，保费已从卡里扣，纸质回执下周寄到，放心
""", [("pii_name", "刘洋"), ("pii_id_card", "510107197511032840")])

P("YZ-0055", "douyin", "comment_reply", "douyin_brand_reply:masked_identifiers", """
@小猫钓鱼 已帮您核对：投保人王**，手机138****5678，身份证3301**********3629，保单已于今天生效，电子保单已发到您预留的邮箱。
""")

P("YZ-0056", "douyin", "live_script", "douyin_live_danmu_reply:ranking", """
弹幕问收益的：这款就是第一名，增额寿收益排行榜No.1，市面上没有比它更高的，不信自己去比
""", [("ad_absolute", "第一名"), ("ad_absolute", "收益排行榜No.1"), ("ad_absolute", "没有比它更高的")])

P("YZ-0057", "douyin", "comment_reply", "douyin_brand_reply:first_claim_howto", """
第一次理赔不知道怎么弄的，可以先拨打官方客服报案，客服会第一时间告诉您需要哪些材料。住院的话记得留好发票、费用清单和出院小结。
""")

P("YZ-0058", "douyin", "comment_reply", "kuaishou_agent_reply:premium_advance", """
回复@手头紧：钱不够没关系，首期保费我先帮你垫上，年底再还我就行，保障先生效最重要
""", [("improper_inducement", "首期保费我先帮你垫上")])

P("YZ-0059", "douyin", "comment_reply", "douyin_agent_reply:disease_general", """
甲状腺结节、乳腺结节现在很常见，能不能买重疾险要看结节分级和有没有做过手术，可能标准体承保，也可能除外承保或延期，以核保结论为准。
""")

P("YZ-0060", "douyin", "comment_reply", "douyin_agent_pinned:slogan", """
宁澜金禧年年｜一次投保，年年分红稳稳拿，养老不用愁💰 想了解的评论区扣“养老”，我挨个私信
""", [("guaranteed_return", "年年分红稳稳拿"), ("missing_disclosure",)])

# ---- batch 4: 0061-0080 ----
P("YZ-0061", "douyin", "comment_reply", "douyin_agent_reply:participating_correct", """
回复@秋天的风：金禧年年是分红型年金，合同里的保证领取部分是确定的；分红要看公司实际经营，红利分配是不确定的，某些年度可能为零，演示利益不代表实际收益。
""")

P("YZ-0062", "douyin", "comment_reply", "kuaishou_agent_reply:long_rate_cut_deposit_move", """
回复@精打细算的小王：你说得对，银行存款利率这两年一降再降，三年定期现在很多银行都不到2%了，大额存单也是一额难求。钱该放哪？我说说我的看法，仅供参考。
首先，要分清楚哪些钱是短期要用的，比如孩子明年的学费、家里的应急钱、半年内可能要换车装修的钱，这部分放银行活期或者货币基金就行，随用随取最重要。
其次，长期不用的钱，比如给自己准备的养老钱、给孩子准备的教育金，可以考虑存单变保单。像宁澜鑫享增额终身寿，本质上就是一张长期存单，锁定3%复利终身，比大额存单多赚一倍，而且利率写进合同，以后银行再降息也跟你没关系。
很多人担心流动性，其实它也能减保取钱，也能保单贷款，用起来跟存款差不多。
最后提醒一句，下个月预定利率要再往下调，到时候同样的钱就拿不到这么多了，想上车的这两周抓紧，别等到时候又后悔。
有具体问题可以私信，把你的年龄、预算、这笔钱大概多少年不用告诉我，我给你算一下适合放多少，不合适的我也会直说，不会硬推。
""", [("deposit_comparison", "存单变保单"), ("deposit_comparison", "本质上就是一张长期存单"),
      ("guaranteed_return", "锁定3%复利终身"), ("deposit_comparison", "比大额存单多赚一倍"), ("deposit_comparison", "以后银行再降息也跟你没关系"),
      ("deposit_comparison", "用起来跟存款差不多"), ("stop_sale_hype", "下个月预定利率要再往下调"),
      ("stop_sale_hype", "想上车的这两周抓紧")])

P("YZ-0063", "douyin", "comment_reply", "douyin_brand_reply:complaint_surrender", """
@阿强修车 您好，关于您说的“退保无门”，很抱歉让您有这样的感受。退保可以通过官方App、柜面办理，也可以拨打官方客服。如果对处理结果不满意，您还可以向金融消费纠纷调解组织或金融监管部门反映，这是您的权利。
""")

P("YZ-0064", "douyin", "comment_reply", "douyin_agent_reply:scam_question_authority", """
回复@警惕性很高：骗子？我们这是银保监会推荐的产品，有国家背书的，怕什么，你去查查就知道了
""", [("false_authority", "银保监会推荐的产品"), ("false_authority", "有国家背书")])

P("YZ-0065", "douyin", "comment_reply", "douyin_brand_reply:filing_fact", """
回复@蓝莓：本产品已在国家金融监督管理总局备案，备案信息可在保险行业协会官网查询。备案只说明按规定报备，不代表监管对产品收益或好坏作出任何保证。
""")

P("YZ-0066", "douyin", "comment_reply", "douyin_agent_reply:named_customer_health", """
楼上问的赵桂香阿姨就是我客户，她心脏搭桥以后重疾买不了了，我给她配的防癌险，有同样情况的可以参考
""", [("pii_name", "赵桂香"), ("pii_health", "心脏搭桥")])

P("YZ-0067", "douyin", "comment_reply", "douyin_agent_reply:company_name_like_person", """
回复@小七：“钟安保险经纪”是一家持牌保险经纪公司的名字，不是个人哈。合作产品的承保公司是宁澜人寿，理赔也由承保公司负责，投保前请看清合同上的承保主体。
""")

P("YZ-0068", "douyin", "comment_reply", "kuaishou_live_reply:red_packet", """
今天在直播间下单的老铁，截图发我，每单返888红包，下播以后统一发，记得关注别走丢
""", [("improper_inducement", "每单返888红包")])

P("YZ-0069", "douyin", "live_script", "douyin_live_pinned:compliance_notice", """
【直播间提示】本直播间不发放任何返现、红包，不收取任何私人转账。产品介绍以条款为准，分红型产品红利分配不确定，保险有风险，投保需谨慎。
""")

P("YZ-0070", "douyin", "comment_reply", "douyin_agent_reply:full_reimbursement", """
回复@怕花钱的小张：买了这个，以后生病住院全额报销，一分钱不用自己掏，一年才几百块
""", [("coverage_exaggeration", "全额报销"), ("coverage_exaggeration", "一分钱不用自己掏")])

P("YZ-0071", "douyin", "comment_reply", "kuaishou_agent_reply:reimbursement_limits", """
回复@鱼丸粗面：百万医疗不是“全额报销”，一般有1万免赔额，社保报过的部分要扣掉，自费药能不能报看条款。惠民保既往症人群也能投保，但既往症赔付比例通常更低。
""")

P("YZ-0072", "douyin", "comment_reply", "douyin_agent_reply:bank_card_leak", """
孙丽华姐，理赔款打到你那张建行卡了吗？卡号6217002810093472656我再核一下，没到的话跟我说
""", [("pii_name", "孙丽华"), ("pii_bank_card", "6217002810093472656")])

P("YZ-0073", "douyin", "comment_reply", "douyin_brand_reply:privacy_reminder", """
@吃饱了再减肥 请不要在评论区公开手机号和身份证号！已帮您隐藏该评论。需要查询保单请私信，我们会通过官方渠道核实身份后联系您。
""")

P("YZ-0074", "douyin", "comment_reply", "kuaishou_agent_reply:disguised_stop_sale", """
姐妹们懂的都懂，别问为什么，下周一这款就要“调整”了，想上车的今晚务必搞定，过了这村没这店
""", [("stop_sale_hype", "下周一这款就要“调整”了"), ("stop_sale_hype", "今晚务必搞定"),
      ("stop_sale_hype", "过了这村没这店")])

P("YZ-0075", "douyin", "comment_reply", "douyin_brand_reply:official_stop_notice", """
根据宁澜人寿官网2026年11月20日公告，宁澜鑫享增额终身寿险将于2026年12月31日24时起停止销售，已投保客户的合同不受影响。详情请查看官网公告原文。
""")

P("YZ-0076", "douyin", "comment_reply", "douyin_agent_reply:company_superlative", """
回复@谨慎的老李：我们是行业第一的保险公司，绝对安全，100%不会出问题，你把心放肚子里
""", [("ad_absolute", "行业第一"), ("ad_absolute", "绝对安全"), ("ad_absolute", "100%不会出问题")])

P("YZ-0077", "douyin", "comment_reply", "douyin_agent_reply:percent_spec", """
回复@夏天：这款重疾确诊合同约定的重大疾病，按100%基本保额给付，最多赔付1次；中症按60%、轻症按30%给付，等待期90天。
""")

P("YZ-0078", "douyin", "comment_reply", "douyin_agent_reply:email_leak", """
@全体 周玉梅的电子保单我发到她邮箱zhouyumei1988@163.com了，她让我在这说一声，麻烦家里人转告
""", [("pii_name", "周玉梅"), ("pii_email", "zhouyumei1988@163.com")])

P("YZ-0079", "douyin", "comment_reply", "kuaishou_agent_reply:is_insurance_a_scam", """
回复@老王不在家：理解您的担心。保险本身不是骗局，但确实有人误导销售。记住三点：说“稳赚”“保本”的不听，说“不用告知”的不信，要您转账到个人卡的坚决不转。
""")

P("YZ-0080", "douyin", "comment_reply", "douyin_agent_reply:qa_promise", """
问：这个分红险会不会亏？答：不会亏，分红每年至少3%，合同里写着的，放心买，有问题私信我
""", [("guaranteed_return", "不会亏", 2), ("guaranteed_return", "分红每年至少3%"), ("missing_disclosure",)])

# ---- batch 5: 0081-0100 ----
P("YZ-0081", "douyin", "comment_reply", "douyin_brand_reply:long_death_claim_roles", """
@向阳花开 看到您的留言，先向您和家人表示慰问。关于身故理赔，给您梳理一下流程，您可以对照准备：
一、先确认几个角色。投保人是当初签合同、交保费的人；被保险人是被保障的人，也就是您父亲；受益人是领取身故保险金的人。合同上如果指定了受益人，由指定的受益人申请；如果没有指定，身故保险金会作为被保险人的遗产，按法定继承处理，需要提供继承相关的证明材料。
二、报案。可以通过官方App、官方客服电话或者到柜面报案，报案时说明出险时间和原因即可，不需要在评论区留任何个人信息。
三、准备材料。一般包括：理赔申请书、保险合同或保单号、被保险人的死亡证明或户籍注销证明、受益人的身份证明和银行账户、与被保险人的关系证明。因疾病身故的，可能还需要相关病历资料。具体清单以报案后理赔人员告知为准。
四、审核和给付。材料齐全后，我们会在法定时限内作出核定并通知您，属于保险责任的按合同给付。
另外提醒一句：近期有不法分子冒充保险公司，以“加急理赔”“代办理赔”为名收取费用，宁澜人寿理赔不收取任何费用，请不要向任何个人转账。
我们已经私信您理赔专员的联系方式，有任何问题随时找我们。
""")

P("YZ-0082", "douyin", "comment_reply", "douyin_agent_reply:long_comparison_disparagement", """
回复@选择困难症：你问的三款我都研究过，按条款给你说说。
乐康宁2026：重疾120种，最多赔付1次，中症60%、轻症30%，等待期90天，60岁前确诊额外给付50%。
嘉泓人寿那款：重疾数量差不多，轻症赔付比例一样，等待期180天，多了一个心脑血管二次赔付的可选责任。
汇川保险那款：保费便宜一点，30岁男性50万保额交30年，一年大概便宜六七百块，但没有额外给付，也不能附加投保人豁免。
说实话，条款层面各有各的优点。但我要提醒你，汇川保险快不行了，偿付能力早就不达标，随时可能爆雷，买了以后找谁赔都不知道。嘉泓人寿就更别提了，理赔员专门挑刺，小病拖大病拒，我身边好几个客户都是从他家退出来的。
所以综合下来，乐康宁是市面上最好的重疾险，性价比之王，我自己全家都配的这款。
当然，最终还是看你自己的预算和需求。如果你有甲状腺结节或者乳腺结节，先别急着买，发我看一下体检报告，我帮你判断哪家核保宽松一点。有问题评论区继续问，我看到都会回。
""", [("disparagement", "汇川保险快不行了"), ("disparagement", "偿付能力早就不达标，随时可能爆雷"),
      ("disparagement", "理赔员专门挑刺，小病拖大病拒"), ("ad_absolute", "市面上最好的重疾险"),
      ("ad_absolute", "性价比之王")])

P("YZ-0083", "douyin", "comment_reply", "kuaishou_agent_reply:long_rate_cap_explainer", """
回复@理财小白兔：你问“听说产品要停售了是不是要赶紧买”，我从新闻层面解释一下，不带任何推荐。
这两年监管多次调整人身保险产品的定价利率上限，原则是新备案产品的预定利率要跟市场利率挂钩。利率上限下调之后，原来按较高利率定价的产品按规定要停止销售，换成新的产品。这是行业的正常调整，不是哪一家公司的特殊情况。
有几个点大家要清楚：
1. 已经生效的保单不受影响，合同里的保证利益照常执行。
2. 停售的产品名称和日期，以保险公司官网和营业场所的公告为准。公司公告之前，销售人员是不能对外说产品“即将停售”的，这是《保险销售行为管理办法》的要求。
3. 各地金融监管局也多次提示警惕“炒停售”，像“末班车”“最后一波”“错过再等十年”这种话术，本身就是违规的。
4. 买保险首先看自己需不需要、交不交得起、条款适不适合，而不是看它什么时候下架。分红型、万能型产品还要注意，演示利益不代表实际收益，红利和超过最低保证利率的部分都是不确定的。
如果你的需求本身明确，按正常节奏了解、比较、投保就好；如果只是因为“停售”两个字心动，建议先缓一缓。
""")

P("YZ-0084", "douyin", "live_script", "douyin_live_host_reply:long_recruitment_commission", """
【直播回复｜关于加入团队的问题统一说一下】
好多弹幕问“做保险到底能赚多少”，今天不藏着掖着，把我们团队的方案直接念给大家听：
首年佣金：重疾险40%，医疗险25%，年金险15%，增额寿12%；
续年佣金：第二年10%，第三年到第五年各5%；
本月冲刺方案：个人FYC达成3万，额外奖励8000元，达成5万再加一个港澳游名额；
新人津贴：入职前三个月每月3000，条件是每月至少2件。
这些都是公司内部下发的，正常不对外，我就在直播间跟家人们透个底。
当然，我也跟大家说实话，这个行业不是躺着赚钱。前三个月是最难的，要考证、要学条款、要学怎么跟客户讲清楚责任免除和等待期。我们团队每周有两次培训，有老人带新人，不会让你自己摸索。
做保险靠的是专业和口碑，不是靠忽悠。我们团队有一条铁规矩：不返佣、不承诺收益、不炒停售，谁违反了谁走人。
想了解的家人，评论区扣“了解”，我让团队长私信你，先约个线下面谈，合适再说，不合适也交个朋友。
""", [("confidential_info", "首年佣金：重疾险40%，医疗险25%，年金险15%，增额寿12%"),
      ("confidential_info", "续年佣金：第二年10%，第三年到第五年各5%"),
      ("confidential_info", "个人FYC达成3万，额外奖励8000元"),
      ("confidential_info", "新人津贴：入职前三个月每月3000"),
      ("confidential_info", "这些都是公司内部下发的，正常不对外")])

P("YZ-0085", "douyin", "comment_reply", "douyin_brand_reply:long_claim_denial_complaint", """
@一地鸡毛2023 您好，您在视频下的留言我们都看到了，先说一声抱歉，让您在家人生病的时候还要为理赔的事着急，这种心情我们理解。
您提到的理赔结论，我们已调取案件（保单号尾号6612）重新复核，情况跟您简单说明，详细内容理赔专员会电话和您逐条核对：
1. 本次不予赔付的原因，不是“找借口不赔”，而是出险时间在合同约定的90天等待期内。按条款，等待期内确诊的，合同终止并退还已交保费，这部分款项已经原路退回到您的账户。
2. 您说销售人员当时没有讲等待期，这一点我们非常重视，已经转给销售管理和合规部门调查，销售过程有双录的会调取核实，如果存在未履行说明义务的情况，我们会依规处理并给您答复。
3. 如果您对复核结果仍有异议，可以申请再次复核，也可以向当地金融消费纠纷调解组织申请调解，或者向金融监管部门反映，这些都是您的正当权利，我们不会因此对您区别对待。
为了保护您和家人的隐私，请不要在评论区发布病历、身份证和手机号。我们已通过您投保时预留的电话138****2096与您联系，如未接到，请私信官方号，我们再约时间。
再次向您致歉，也祝家人早日康复。
""")

P("YZ-0086", "douyin", "comment_reply", "kuaishou_agent_reply:long_pension_advice_with_promise", """
回复@想给自己存点养老钱：看到你的问题挺具体的，认真回你一下。
准备养老钱，我一般建议分三块：第一块是社保，这是基础，能交尽量交满；第二块是个人养老金账户，每年12000元的额度有税收优惠，可以在银行开户；第三块才是商业年金，用来补充退休后的现金流。
商业年金挑的时候看三点：一是领取年龄能不能和你的退休时间对上；二是领取方式，按年还是按月，有没有保证领取期；三是有没有可以搭配的万能账户，年金领出来不急用的话可以放进去继续滚。
我们家金禧年年可以搭配宁澜稳盈万能账户，这个账户这几年实际结算稳定在4.5%，基本不会低于这个数，领出来的钱放进去一直复利滚，到七八十岁账户里的钱很可观。
另外提醒你，45岁以后投保，年金的保费会明显上去，领取也会少一些，所以越早规划越从容。交费期别选太短，别影响日常生活，手头要留够半年的应急金。
如果愿意的话，把你的年龄、打算每年投入多少、想多大岁数开始领告诉我，我给你做个方案，演示给你看每年领多少。
""", [("guaranteed_return", "稳定在4.5%，基本不会低于这个数"), ("missing_disclosure",)])

P("YZ-0087", "douyin", "comment_reply", "douyin_brand_pinned:long_surrender_scam_warning", """
【官方提醒｜关于“代理退保”“全额退保”的骗局】
最近评论区和私信里，不少朋友问：有人说能帮忙“全额退保”，只收20%手续费，是真的吗？统一回复一下：
1. 这类“代理退保”大多是黑产。他们会教您编造理由去投诉，拿到退款后再收取高额手续费，甚至诱导您把退回的钱拿去买他们推荐的“理财产品”，最后钱没了、保障也没了。
2. 退保是您的合同权利，本人通过官方App、柜面或客服就能办理，不需要任何中介，宁澜人寿不收取任何代办费用。犹豫期内退保，退还已交保费；犹豫期后退保，退还保单的现金价值，前期可能低于已交保费。
3. 如果您认为当初确实存在销售误导，比如销售人员承诺“保本保息”“比存款划算”，或者说“有病也能赔”，可以直接向公司投诉，也可以向金融监管部门反映，我们会依规核查处理。
4. 请勿向任何个人账户转账，请勿把身份证照片、银行卡号、验证码发给陌生人。
保护好自己的保单，也保护好自己的个人信息。有疑问请私信官方账号，或拨打官方客服热线。
""")

P("YZ-0088", "douyin", "comment_reply", "douyin_agent_reply:address_leak", """
@快递小哥 那份纸质合同我寄给吴海燕了，地址是杭州市拱墅区和睦路366号2幢1103室，你帮她留意一下
""", [("pii_name", "吴海燕"), ("pii_address", "杭州市拱墅区和睦路366号2幢1103室")])

P("YZ-0089", "douyin", "comment_reply", "douyin_agent_reply:product_name_like_person", """
回复@大白：“乐康宁”是我们的重疾险产品名，不是哪位客户的名字哈😄 乐康宁2026版有轻症、中症、重症责任，等待期90天，免责条款请在投保页面完整阅读。
""")

P("YZ-0090", "douyin", "comment_reply", "douyin_agent_reply:emoji_guarantee", """
回复@打工人的养老：姐，年金险💯保本，收益🔒死，到手就是赚，有什么不放心的私信我
""", [("guaranteed_return", "💯保本"), ("guaranteed_return", "收益🔒死"), ("guaranteed_return", "到手就是赚")])

P("YZ-0091", "douyin", "comment_reply", "kuaishou_agent_reply:unit_linked_correct", """
回复@清风：投连险不保本，账户价值随投资表现涨跌，可能亏损，投资风险由投保人承担。适合能承受波动、长期不用这笔钱的人，不建议拿来替代存款。
""")

P("YZ-0092", "douyin", "comment_reply", "douyin_agent_reply:unit_linked_promo", """
宁澜智远投连险近三年账户累计涨了18%，跑赢大盘，现在进场正是时候，想配置的评论区留言
""", [("missing_disclosure",)])

P("YZ-0093", "douyin", "comment_reply", "douyin_agent_reply:survival_benefit", """
回复@小林：您说的“返还”是指合同里的生存金和满期金，属于合同约定的保险利益，写在条款里，不是额外返现。领取时间和金额以合同为准。
""")

P("YZ-0094", "douyin", "comment_reply", "kuaishou_agent_reply:referral_fee", """
介绍朋友来买的，每成交一单给你500介绍费，当天微信结清，多介绍多拿，不用考证，长期有效
""", [("improper_inducement", "每成交一单给你500介绍费")])

P("YZ-0095", "douyin", "comment_reply", "douyin_agent_reply:hesitation_last_day", """
@橙子味的夏天 提醒一下，您的保单犹豫期最后一天是本周五，如果还有疑问可以在这之前申请退保，过了犹豫期再退就按现金价值退了。
""")

P("YZ-0096", "douyin", "comment_reply", "douyin_agent_reply:disparage_competitor_agents", """
回复@隔壁老妈：别信汇川保险那个业务员，他们家的人全是骗子，只会忽悠老人，阿姨您有事直接找我
""", [("disparagement", "他们家的人全是骗子"), ("disparagement", "只会忽悠老人")])

P("YZ-0097", "douyin", "comment_reply", "douyin_agent_pinned:grace_period", """
续期保费宽限期还剩10天，麻烦看到的客户朋友尽快缴费，避免保单效力中止。已缴费的请忽略，谢谢！
""")

P("YZ-0098", "douyin", "comment_reply", "douyin_agent_reply:regulation_quote", """
回复@学法小能手：对，监管明确禁止销售人员在公司公告前说产品“即将停售”，也禁止承诺“保本保息”、给“返佣返现”。看到有人这么说，可以向公司或监管投诉。
""")

P("YZ-0099", "douyin", "comment_reply", "douyin_agent_reply:deposit_move", """
回复@存款族：降息了，赶紧把定期存款搬到增额寿里，利率1.5%和3%差一倍，算算一年多拿多少
""", [("deposit_comparison", "赶紧把定期存款搬到增额寿里"), ("deposit_comparison", "利率1.5%和3%差一倍")])

P("YZ-0100", "douyin", "comment_reply", "douyin_brand_reply:thanks_service", """
谢谢您的认可😊 理赔是我们该做的。也提醒大家：投保时如实告知、出险后及时报案、材料备齐，是理赔顺利的关键。有问题随时私信官方号。
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
