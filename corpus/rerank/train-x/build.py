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

PREFIX = "X"
POSTS = []


def P(pid, channel, content_type, genre, text, labels=()):
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels)})

# ---- posts go here: P("F-0001", channel, content_type, genre, """text""", [(category, phrase), ...]) ----

# Voices: V1 恒青人寿品牌部 | V2 代理人周晓岚（岚姐） | V3 抖音主播阿凯 | V4 官方客服小青 | V5 小红书经纪人Momo
#         V6 银行网点理财经理陈经理 | V7 团队长老韩 | V8 理赔服务专员 | V9 头条行业作者 | V10 网友（入站评论）

P("X-0001", "moments", "caption", "agent_promo", """
今天给老客户做了一下午的保单整理，顺便说一句：我们家鑫悦增额终身寿，存进去的钱每年3.5%复利稳稳增长，比放银行死期强多了😊有需要的姐妹私我～
""", [("guaranteed_return", "每年3.5%复利稳稳增长"), ("deposit_comparison", "比放银行死期强多了")])

P("X-0002", "moments", "caption", "education", """
有客户问我：增额终身寿是不是存款？不是哦。它是保险合同，前几年退保拿回的现金价值会低于已交保费，钱要放得住再考虑，短期要用的钱别动。
""")

P("X-0003", "moments", "caption", "countdown", """
鑫悦这一版只剩最后5天了⏰ 下个月起同样的钱领得少，想锁利率的抓紧！
""", [("stop_sale_hype", "只剩最后5天了"), ("stop_sale_hype", "下个月起同样的钱领得少"), ("stop_sale_hype", "想锁利率的抓紧")])

P("X-0004", "moments", "caption", "service_notice", """
提醒我的老客户们：这周五是好几位的续期缴费最后一天啦（有60天宽限期，但别拖到失效）。我已经挨个打电话了，没接到的看到回我一下～
""")

P("X-0005", "moments", "poster_text", "gift_promo", """
投保送米送油还送体检卡🎁 本周签单的客户我再额外补贴首年保费10%，名额有限，先到先得！
""", [("improper_inducement", "投保送米送油还送体检卡"), ("improper_inducement", "额外补贴首年保费10%")])

P("X-0006", "moments", "caption", "warning", """
朋友圈总有人说"找我买保险返佣金"。这在《保险法》里是明令禁止的，今天给你返钱的人，以后理赔谁替你跑？正规代理人不返佣、不返现。
""")

P("X-0007", "wechat_mp", "article", "claim_story", """
【客户故事｜感恩信任】
今天想认真写一段。我的客户刘雅婷，三年前在我这里投保了文华·周全保重疾险，保额30万。当时她觉得自己年轻，犹豫了很久，是我陪她把条款一条条看完的。
去年10月单位体检，她查出甲状腺乳头状癌，做完手术第二周我就陪她准备材料：病理报告、出院小结、身份证明，一样样整理好交上去。上周，30万重疾保险金到账，她给我发了很长一段语音，说这笔钱让她可以安心休养半年，不用急着回去上班。
做保险第六年，这样的时刻是我坚持下去的理由。保险不是买来用的，是买来安心的。还在犹豫的朋友，真的不要等到需要的时候才想起它💪
""", [("pii_name", "刘雅婷"), ("pii_health", "甲状腺乳头状癌")])

P("X-0008", "wechat_mp", "article", "claim_story", """
【经客户本人书面同意后分享，姓名已化名】
刘女士（化名），42岁，三年前投保一款重疾险，基本保额30万元。去年确诊合同约定的重大疾病后，她在我们协助下准备了病理报告、出院记录和身份证明，提交后第6个工作日收到重大疾病保险金30万元。
借这个案例说三件事：
1. 重疾险是确诊且符合合同定义才按约定给付，不是"什么病都赔"，轻症、中症各有定义；
2. 投保时的健康告知非常关键，她当年如实告知了体检的小问题，核保通过，理赔时就没有争议；
3. 理赔时效因案而异，以保险公司核定为准。
具体保障以保险合同条款为准。
""")

P("X-0009", "douyin", "live_script", "live_line", """
家人们，这款医疗险什么病都能赔，有病也能买，健康告知不用管，直接上车！
""", [("coverage_exaggeration", "什么病都能赔"), ("coverage_exaggeration", "有病也能买"), ("coverage_exaggeration", "健康告知不用管")])

P("X-0010", "douyin", "live_script", "live_line", """
全网最低价！这款重疾险同样保额保费最便宜，闭眼入不踩坑！
""", [("ad_absolute", "全网最低价"), ("ad_absolute", "保费最便宜"), ("ad_absolute", "闭眼入")])

P("X-0011", "douyin", "live_script", "countdown", """
倒计时3、2、1！今晚12点一过这个价格就没了，错过再等一年，还没下单的家人抓紧！
""", [("stop_sale_hype", "今晚12点一过这个价格就没了"), ("stop_sale_hype", "错过再等一年")])

P("X-0012", "douyin", "live_script", "live_qa", """
有家人问"保本吗"——咱直播间讲清楚：这款是万能险，合同只保证最低保证利率1.5%，超出部分不确定，前几年退保有损失，它不是存款。
""")

P("X-0013", "douyin", "live_script", "live_line", """
今天直播间下单的，主播私下再返你300红包，评论区扣"1"我拉你进群～
""", [("improper_inducement", "主播私下再返你300红包")])

P("X-0014", "douyin", "live_script", "live_qa", """
弹幕问主播能不能返现？不能。返现、返佣都是违规的，我们直播间只讲条款，想投保请走官方链接。
""")

P("X-0015", "weibo", "comment_reply", "customer_service", """
您好，理赔材料齐全后我们一般在5个工作日内作出核定，复杂案件会延长，届时会电话告知进度。您方便的话私信保单号，我们帮您查询～
""")

P("X-0016", "weibo", "comment_reply", "customer_service", """
@用户7731 您好，已查到您母亲赵桂芬的保单（保单号P4401202300876512），因乳腺癌既往史本次核保结论为除外承保，如有疑问请致电95xxx。
""", [("pii_name", "赵桂芬"), ("pii_policy_number", "P4401202300876512"), ("pii_health", "乳腺癌既往史")])

P("X-0017", "weibo", "comment_reply", "customer_service", """
您好，保单号、身份证号属于个人信息，请勿在评论区公开发送。请通过官方App"在线客服"提交，我们会严格保密。
""")

P("X-0018", "xiaohongshu", "comment_reply", "customer_service", """
放心，您这种情况我们肯定赔，提交材料就行，不会拒赔的。
""", [("coverage_exaggeration", "您这种情况我们肯定赔"), ("coverage_exaggeration", "不会拒赔的")])

P("X-0019", "weibo", "comment_reply", "customer_service", """
关于"停售"传言：恒青鑫悦增额终身寿险目前仍在正常销售，如有停售安排会在官网公告，请以官方信息为准，勿信"最后几天"等说法。
""")

P("X-0020", "weibo", "caption", "inbound_mention", """
恒青人寿理赔太难了！住院材料交了三遍还说不全，客服电话打不通，我要去12378投诉！
""", [("negative_sentiment", "理赔太难了"), ("negative_sentiment", "我要去12378投诉")])

P("X-0021", "xiaohongshu", "comment_reply", "inbound_comment", """
退保无门！当初说随时能退，现在退一下亏一半，业务员也把我拉黑了，骗子公司。
""", [("negative_sentiment", "退保无门"), ("negative_sentiment", "骗子公司")])

P("X-0022", "xiaohongshu", "article", "education", """
📌分红险的"演示利益"到底能不能信？
做了8年经纪人，被问得最多的就是这个。说几个我自己的判断方法：
① 演示利益只是按假设利率算出来的，合同保证的只有"保证利益"那一栏；
② 红利分配是不确定的，某些年份可能为零；
③ 可以看公司过往的红利实现率，但历史不代表未来；
④ 有人跟你说"分红稳赚不赔""分红保底5%"，基本可以拉黑了。
我不推荐具体产品，只希望大家签字前看懂自己买的是什么，看不懂的条款就多问几遍，别不好意思。
#保险科普 #分红险 #避坑
""")

P("X-0023", "xiaohongshu", "caption", "note_opening", """
30岁女生重疾险怎么选？直接抄作业：周全保是目前市面上性价比第一的重疾险，我自己和全家都买了👇
""", [("ad_absolute", "性价比第一")])

P("X-0024", "xiaohongshu", "caption", "education", """
周全保和吴忧e生不是两个人名哈😂 一个是重疾险，一个是百万医疗：重疾确诊后按保额给付，医疗按发票报销，还有免赔额。
""")

P("X-0025", "xiaohongshu", "caption", "note_opening", """
瑞禾人寿的重疾千万别买，理赔全靠扯皮，他们家就是专门坑人的。
""", [("disparagement", "瑞禾人寿的重疾千万别买"), ("disparagement", "他们家就是专门坑人的")])

P("X-0026", "xiaohongshu", "caption", "comparison", """
瑞禾A款和恒青B款怎么选：A款轻症赔3次，每次30%；B款轻症赔2次，每次35%。没有谁绝对好，看你更在意次数还是比例。
""")

P("X-0027", "xiaohongshu", "article", "soft_ad_note", """
🌿35岁开始想养老这件事｜我的真实配置思路
上个月刚过35岁生日，突然开始焦虑养老。社保替代率大概只有四成，靠它肯定不够，所以这一年我陆续做了三件事：
1️⃣ 先把医疗险、意外险、重疾险补齐，这是底座；
2️⃣ 留出半年生活费的应急金，放在随时能取的地方；
3️⃣ 每年拿出一部分闲钱，给自己配了恒青福满堂年金险（分红型），交10年，60岁开始领。
为什么选它？我问了我的代理人好几遍，她说保本是肯定的，分红每年只多不少，活多久领多久。算下来到80岁能领回将近两倍的本金。
当然每个人情况不同，大家按自己的预算来，别硬上。有想了解的姐妹评论区见～
""", [("guaranteed_return", "保本是肯定的"), ("guaranteed_return", "分红每年只多不少"),
      ("guaranteed_return", "能领回将近两倍的本金"), ("missing_disclosure",)])

P("X-0028", "moments", "caption", "bank_channel", """
大额存单利率又降了，1.9%还要锁三年。来网点看看这款"存单型"年金，每年3%稳稳拿，比存单多一截，存款搬家正当时！
""", [("deposit_comparison", "存单型"), ("guaranteed_return", "每年3%稳稳拿"),
      ("deposit_comparison", "比存单多一截"), ("deposit_comparison", "存款搬家正当时")])

P("X-0029", "moments", "caption", "bank_channel", """
常有客户到柜台说"把定期转成保险"。我会先讲清楚：保险不是存款，不在存款保险保障范围内，前几年退保拿不回全部已交保费；急用的钱请继续放存款。
""")

P("X-0030", "moments", "poster_text", "bank_channel", """
存钱首选恒青金账户万能险，每月存500，60岁连本带息领回来。
""", [("deposit_comparison", "存钱首选"), ("deposit_comparison", "连本带息领回来"), ("missing_disclosure",)])

P("X-0031", "moments", "caption", "bank_channel", """
降息新闻刷屏，有人问要不要"存款搬家"买保险。我的建议：先留够应急钱，保险看保障需求，别只盯着利率数字。
""")

P("X-0032", "moments", "caption", "team_incentive", """
【内部资料 请勿外传】3月冲刺方案来了🔥
伙伴们，一季度最后一个月，分公司给到的政策非常给力：
▪️鑫悦增额终身寿：首佣45%，3月另加佣8%
▪️周全保重疾：首佣38%，件均保费过万再加5%
▪️月底前达成3件的伙伴，额外现金奖励2000元，达成5件送三亚游
客户沟通的话术已经发群里了，大家自己把握分寸。今晚8点线上早会，每人带3个准客户名单来，不许缺席！签单后记得第一时间在系统里录入，别拖到月底挤在一起。
""", [("confidential_info", "内部资料 请勿外传"), ("confidential_info", "首佣45%，3月另加佣8%"),
      ("confidential_info", "首佣38%，件均保费过万再加5%"), ("confidential_info", "额外现金奖励2000元，达成5件送三亚游")])

P("X-0033", "moments", "poster_text", "recruitment", """
加入我们团队，做保险月入3万不是梦！自己买保单还能拿佣金，相当于打折买保险～
""", [("improper_inducement", "自己买保单还能拿佣金，相当于打折买保险")])

P("X-0034", "moments", "caption", "team_share", """
团队早会复盘：本周客户问得最多的是"带病能不能投"。标准答案：如实健康告知，结果看核保，可能标准体、加费、除外或拒保，不能替客户打包票。
""")

P("X-0035", "moments", "caption", "personal", """
今天考核通过，正式拿到执业证了！第一次站上台分享，腿都在抖，感谢主管和伙伴们🌸
""")

P("X-0036", "wechat_mp", "article", "claim_story", """
理赔干货｜材料一次交齐不返工
上周刚帮一位客户办完重疾理赔，把他的材料原样贴出来给大家参考（客户说没关系）：
被保险人：孙建国
身份证号：320502196902047660
诊断：急性心肌梗死（3月2日入院，行PCI手术）
收款账户：6217002860001234565（建设银行苏州分行）
需要提交：理赔申请书、身份证正反面、病历及出院小结、心电图和心肌酶检查报告、银行卡复印件。
从报案到到账一共9天。大家平时记得把病历都保存好，出院小结尤其重要，丢了补起来很麻烦！
""", [("pii_name", "孙建国"), ("pii_id_card", "320502196902047660"),
      ("pii_health", "急性心肌梗死（3月2日入院，行PCI手术）"), ("pii_bank_card", "6217002860001234565")])

P("X-0037", "moments", "caption", "service_tip", """
理赔材料清单：①被保险人身份证；②病历、出院小结；③发票原件；④受益人银行卡。所有证件请打码后再发给我，千万别直接发群里。
""")

P("X-0038", "video_channel", "caption", "education", """
投保人、被保险人、受益人可以不是同一个人：妈妈给孩子买，妈妈是投保人，孩子是被保险人，身故受益人可以是法定也可以指定。
""")

P("X-0039", "wechat_mp", "article", "product_intro", """
【恒青福满堂年金险（分红型）产品说明】
恒青福满堂是一款分红型年金保险，保险期间至被保险人85周岁。
▪️交费方式：5年交或10年交
▪️保证利益：自60周岁起每年领取养老年金，20年保证领取
▪️非保证利益：红利分配
风险提示：本产品为分红型保险，红利分配是不确定的，在某些年度红利可能为零；宣传材料中的演示利益仅供参考，不代表实际收益。提前退保可能导致损失。
投保前请仔细阅读条款、产品说明书及责任免除内容。本产品已在国家金融监督管理总局备案。保险有风险，投保需谨慎。
""")

P("X-0040", "weibo", "poster_text", "brand_slogan", """
恒青人寿｜中国最值得信赖的保险公司，国家兜底，安心之选。
""", [("ad_absolute", "中国最值得信赖的保险公司"), ("false_authority", "国家兜底")])

P("X-0041", "weibo", "caption", "brand_report", """
恒青人寿2025年度理赔服务报告发布：全年结案28.6万件，获赔率98.3%，平均结案时效1.2天（数据来源：恒青人寿2025年理赔服务年报）。
""")

P("X-0042", "weibo", "poster_text", "brand_slogan", """
恒青鑫悦增额终身寿险，经国家金融监督管理总局审批，安全有保障。
""", [("false_authority", "经国家金融监督管理总局审批，安全有保障")])

P("X-0043", "weibo", "poster_text", "product_intro", """
本产品已在国家金融监督管理总局备案，备案编号：恒青人寿〔2025〕终身寿险048号。保险有风险，投保需谨慎。
""")

P("X-0044", "wechat_mp", "article", "education", """
【一文读懂保险保障基金】
常有朋友问：保险公司万一经营不下去，我的保单怎么办？
1. 《保险法》规定，经营有人寿保险业务的保险公司被依法撤销或宣告破产的，其持有的人寿保险合同及责任准备金，必须转让给其他经营有人寿保险业务的保险公司；
2. 保险公司依法缴纳保险保障基金，在被撤销、破产等情形下，按规定对保单持有人提供救助；
3. 救助有比例和条件，并不是"国家兜底一切"，也不是"保险公司不会倒闭"。
了解机制，是为了更理性地选择公司和产品，而不是把它当成购买理由。
""")

P("X-0045", "moments", "caption", "agent_promo", """
保险公司不会倒闭，就算倒了国家也会接手，您的钱一分都不会少。
""", [("false_authority", "保险公司不会倒闭"), ("false_authority", "国家也会接手"),
      ("guaranteed_return", "您的钱一分都不会少")])

P("X-0046", "toutiao", "article", "industry_news", """
预定利率再调整：行业进入"2时代"
据多家媒体报道，近期多家寿险公司发布公告，对部分普通型人身保险产品进行切换，新备案产品预定利率普遍下调。业内人士分析，这是负债成本管理的常规动作，与市场利率走低相关。
对已经投保的消费者来说，已生效保单的合同利益不受影响。对准备投保的人，研究员建议：不要因为"停售""涨价"的说法仓促决定，先看清保障需求、交费能力和资金的流动性安排。监管部门也多次提示，销售人员不得在公司正式公告前宣传产品即将停售。
（本文为行业资讯整理，不构成任何投保建议）
""")

P("X-0047", "toutiao", "article", "regulator_news", """
【监管动态】保险代理人朋友圈"炒停售"被罚
某地金融监管分局近日公布一则行政处罚信息：辖区一家保险代理公司的销售人员在朋友圈发布"年化4%保本保息""即将停售最后3天""投保送iPhone"等内容，被认定为夸大宣传、误导消费者，该机构被罚款5万元，相关责任人被警告。
监管提醒：保险销售人员发布产品宣传内容须经所属机构授权审核；停售信息应以保险公司官网公告为准；任何承诺收益、给予合同外利益的行为都属违规。
读者可在金融监管总局官网"行政处罚"栏目查询相关信息。
""")

P("X-0048", "toutiao", "article", "finance_column", """
国债一上架就秒光，普通人还能去哪里"存钱"？
这两年买过国债的都知道，手速慢一点就没了。三年期储蓄国债票面利率已经不到2%，大额存单更是一降再降。很多读者留言问我，手里二三十万闲钱怎么安排。
我的看法是分三块：一块留作应急，放活期或货币基金；一块做长期配置，可以考虑增额终身寿；剩下的按自己风险承受能力做点权益投资。
重点说说增额终身寿。它的现金价值写在合同里，按年增长。拿我最近帮亲戚看的一款来说，收益比国债还高，而且终身锁定不会变，等于买了一张超长期的国债，还不用抢。唯一要注意的是前几年退保会有损失，所以一定得是闲钱。
你手里的闲钱是怎么安排的？评论区聊聊。
""", [("deposit_comparison", "收益比国债还高"), ("guaranteed_return", "终身锁定不会变"),
      ("deposit_comparison", "等于买了一张超长期的国债")])

P("X-0049", "douyin", "caption", "countdown", """
宝子们！3.0%的末班车真的要开走了🚗 #增额终身寿 #养老规划
""", [("stop_sale_hype", "3.0%的末班车真的要开走了")])

P("X-0050", "douyin", "caption", "warning", """
"末班车""最后一波"这种话，你一听到就该警惕了。停售要由保险公司在官网公告，业务员不能抢先说。
""")

P("X-0051", "moments", "caption", "evasion", """
这款fen红险 bao本 bao息，收益wen赚不pei，懂的来🤫
""", [("guaranteed_return", "bao本 bao息"), ("guaranteed_return", "wen赚不pei"), ("missing_disclosure",)])

P("X-0052", "xiaohongshu", "caption", "evasion", """
存 款 利 息 太 低？这款💰理 财 险 每年稳 定 4%，躺着收钱💤
""", [("deposit_comparison", "理 财 险"), ("guaranteed_return", "每年稳 定 4%"), ("guaranteed_return", "躺着收钱")])

P("X-0053", "moments", "caption", "evasion", """
买保险送爱疯16，限前10名，私聊📱
""", [("improper_inducement", "买保险送爱疯16")])

P("X-0054", "moments", "caption", "personal", """
今天是我从业第一年的最后一天。最想感谢的，是愿意把信任交给我的每一位客户。新的一年，继续把服务做扎实。
""")

P("X-0055", "wechat_mp", "article", "compliance_education", """
保险人必须懂的广告法红线（建议收藏）
1. 不说绝对化用语："最好""第一""唯一""顶级""重疾险之王"都不能用来形容产品；
2. 不承诺收益："保本保息""稳赚不赔""年化5%稳定收益"这类说法一律不行；
3. 不拿保险和存款比："比存款划算""存钱首选"属于不当类比；
4. 不炒停售：公司没公告，就不能说"即将停售""最后几天"；
5. 不给合同外利益：返佣、返现、投保送礼都违规；
6. 不晒客户信息：姓名、电话、身份证、病情都要打码，并取得客户书面同意。
但也别矫枉过正："最高保额100万""第一年保费""最好先体检"这些是正常表述，可以放心写。
""")

P("X-0056", "douyin", "caption", "product_promo", """
吴忧e生百万医疗，全网销量NO.1，医疗险里的天花板！
""", [("ad_absolute", "全网销量NO.1"), ("ad_absolute", "医疗险里的天花板")])

P("X-0057", "douyin", "caption", "product_intro", """
吴忧e生百万医疗：一般医疗最高保额300万，重疾医疗最高600万，年免赔额1万，等待期30天，不保证续保。详见条款。
""")

P("X-0058", "moments", "caption", "agent_promo", """
隐瞒病史也没事，过了两年保险公司就不能拒赔了，放心投。
""", [("coverage_exaggeration", "隐瞒病史也没事"), ("coverage_exaggeration", "过了两年保险公司就不能拒赔了")])

P("X-0059", "video_channel", "caption", "education", """
"两年不可抗辩"不等于"瞒两年就能赔"。投保时有病史请一定如实告知，不如实告知带来的纠纷，很多就出在这里。
""")

P("X-0060", "xiaohongshu", "caption", "education", """
乳腺癌、甲状腺癌在女性重疾理赔里占比一直不低（各家公司公开的理赔年报都能查到），这也是很多女生先配重疾险的原因。
""")

P("X-0061", "moments", "caption", "referral_thanks", """
感谢老客户转介绍！新客户王志强（13857201946）今天已经签单，家人们想听听真实体验的，可以直接联系他～
""", [("pii_name", "王志强"), ("pii_phone", "13857201946")])

P("X-0062", "moments", "caption", "agent_contact", """
需要保单检视的朋友可以直接联系我：周晓岚 13961234587（微信同号），工作日晚8点后统一回复。
""")

P("X-0063", "moments", "caption", "personal", """
昨天去王阿姨家送保单，杭州市西湖区文三路188号3幢2单元501，阿姨还留我吃了饭❤️ 这份信任比什么都珍贵。
""", [("pii_address", "杭州市西湖区文三路188号3幢2单元501")])

P("X-0064", "moments", "caption", "service_tip", """
客户李晓雯的电子保单已发到她邮箱 lixiaowen1988@163.com，大家需要电子版的也可以找我要～
""", [("pii_name", "李晓雯"), ("pii_email", "lixiaowen1988@163.com")])

P("X-0065", "weibo", "comment_reply", "customer_service", """
您好，电子保单会发送到您投保时预留的邮箱，如未收到请查看垃圾箱，或在官方App"我的保单"中下载。
""")

P("X-0066", "wechat_mp", "article", "qa", """
【岚姐答疑｜第12期】
Q1：重疾险和医疗险有什么区别？
A：重疾险是确诊合同约定疾病后一次性给付，医疗险是按实际花费报销，两者是互补关系。
Q2：孩子的保险，投保人写谁？
A：一般爸爸或妈妈做投保人，孩子是被保险人，身故受益人默认法定。
Q3：恒青金账户万能险收益怎么样？
A：这款结算利率这几年一直在4%以上，以后也不会低于这个数，放心放。每个月能灵活追加，急用钱还能部分领取。
Q4：体检查出结节还能买吗？
A：要如实告知，具体看核保结论，可能加费或者除外。
有问题留言，下期继续答。
""", [("guaranteed_return", "以后也不会低于这个数"), ("missing_disclosure",)])

P("X-0067", "wechat_mp", "caption", "qa", """
Q：万能账户结算利率4%，是不是以后都有？
A：不是。合同只保证最低保证利率（本产品为1.75%），超过部分随投资情况变动，是不确定的，历史结算利率不代表未来。
""")

P("X-0068", "moments", "caption", "agent_promo", """
恒青智选投连险，过去三年账户涨了40%，跟着买就对了，长期持有不会亏。
""", [("guaranteed_return", "长期持有不会亏"), ("missing_disclosure",)])

P("X-0069", "video_channel", "caption", "education", """
投连险的账户价值随投资单位价格波动，可能亏损，投资风险由投保人承担。过去的业绩不代表未来表现。
""")

P("X-0070", "moments", "poster_text", "agent_promo", """
一张保单保全家，大病小病都能赔，住院门诊全额报销！
""", [("coverage_exaggeration", "大病小病都能赔"), ("coverage_exaggeration", "全额报销")])

P("X-0071", "xiaohongshu", "caption", "education", """
很多人以为百万医疗能"全额报销"，其实有1万免赔额，还得是合同约定范围内的医疗费用，社保外的自费药也要看条款。
""")

P("X-0072", "moments", "caption", "agent_promo", """
某禾人寿（懂的都懂）理赔慢得要死，我之前一个客户等了半年才拿到钱，换我们家的吧。
""", [("disparagement", "某禾人寿（懂的都懂）理赔慢得要死")])

P("X-0073", "toutiao", "article", "industry_news", """
行业观察｜偿付能力报告怎么看
每个季度，保险公司都要在官网披露偿付能力报告。普通读者主要看三个指标：核心偿付能力充足率、综合偿付能力充足率和风险综合评级。
按监管要求，综合偿付能力充足率不低于100%、核心偿付能力充足率不低于50%，风险综合评级在B类及以上，才算达标。据媒体报道，近期有少数中小寿险公司因评级下滑被监管约谈。
需要提醒的是，偿付能力只是一个侧面，不能简单用它给公司"排名"。买保险更重要的是条款本身是否适合你，以及你能不能长期交得起。
""")

P("X-0074", "moments", "caption", "team_share", """
分享一份核保手册（内部版）截图：甲状腺结节3级以下可标体承保，乙肝小三阳加费20%……新人直接对照着用。
""", [("confidential_info", "核保手册（内部版）")])

P("X-0075", "moments", "caption", "team_share", """
本季度分公司下达的目标：每人新单FYC不低于3万，未达标的取消晋升资格。大家加油！
""", [("confidential_info", "每人新单FYC不低于3万")])

P("X-0076", "wechat_mp", "article", "agent_essay", """
被客户当面问"你们拿多少佣金"，怎么答？
这个问题我被问过很多次，说说我的做法。
第一，不回避：代理人确实有佣金，这是公司按规定支付给我们的服务报酬，是产品定价的一部分，不是从你的保费里另外扣一笔。
第二，不透露具体比例：各产品的费用率属于公司经营信息，我没有权利对外公布。
第三，不分给你：有人说"佣金返你一半"，这是《保险法》明确禁止的，拿了返佣的单子，后面出了问题往往说不清。
客户听完说："你这么讲我反而放心。"
""")

P("X-0077", "moments", "poster_text", "savings_pitch", """
每年存2万，存10年，第15年开始每年领回"利息"1.2万，本金还在！
""", [("deposit_comparison", '每年领回"利息"1.2万'), ("guaranteed_return", "本金还在")])

P("X-0078", "wechat_mp", "caption", "product_terms", """
保单贷款说明：借款本金不超过现金价值的80%，借款利息按公司公布的利率按复利计息，逾期未还可能导致合同效力中止。
""")

P("X-0079", "xiaohongshu", "caption", "education", """
满期金、生存金是合同约定的给付，不是"返现"；返还型产品保费通常更高，选之前自己算算账。
""")

P("X-0080", "moments", "poster_text", "gift_promo", """
即日起签单恒青福满堂，首年保费返20%，再送价值888元养生礼包！
""", [("improper_inducement", "首年保费返20%"), ("improper_inducement", "再送价值888元养生礼包")])

P("X-0081", "wechat_mp", "caption", "event_notice", """
客户节活动：本周六上午在恒青客服中心举办健康讲座，已有保单的客户均可报名，报名最后一天是周四。活动不涉及任何产品销售。
""")

P("X-0082", "moments", "caption", "agent_promo", """
银保监会重点推荐的养老产品，专家都说好，闭眼买不会错。
""", [("false_authority", "银保监会重点推荐"), ("false_authority", "专家都说好"), ("ad_absolute", "闭眼买不会错")])

P("X-0083", "toutiao", "caption", "education", """
个人养老金是国家政策支持的养老制度，缴费可享受个税优惠，账户里可以买符合条件的养老保险产品。适不适合，要看你的税率和流动性需求。
""")

P("X-0084", "video_channel", "caption", "education", """
交强险是国家强制保险，车上路必须有；商业险要不要买、买多少，是自己的选择。
""")

P("X-0085", "douyin", "caption", "product_promo", """
城市惠民保，政府兜底，什么病都赔，不限年龄不限职业！
""", [("false_authority", "政府兜底"), ("coverage_exaggeration", "什么病都赔")])

P("X-0086", "wechat_mp", "article", "product_intro", """
2026版"西湖惠民保"上线说明
▪️性质：政府指导、商业保险公司承办的普惠型补充医疗保险
▪️保费：每人每年89元，不限年龄、不限职业
▪️既往症：5类既往症人群可投保，但既往症相关费用赔付比例为30%，非既往症为60%
▪️免赔额：年度免赔额2万元
▪️等待期：无
请注意：它不是"什么病都赔"，医保目录外的特药仅限清单内药品。详细责任以条款为准，投保请通过官方小程序，谨防假冒链接。
有疑问可在后台留言，客服会在工作时间回复。
""")

P("X-0087", "douyin", "live_script", "live_script", """
【直播口播稿·晚8点场】
家人们晚上好！欢迎刚进直播间的宝子们，点点关注不迷路，喜欢主播的给个小红心～
今天给大家带来的是恒青鑫悦增额终身寿，先说结论：这是今年最后一波高收益的产品了，稳超存款，收益写进合同一分不会少。
有家人问：主播，我没多少钱能买吗？能！一年三千起步，就当每年存一笔钱进去。
再说个福利：今晚在直播间下单的，主播自掏腰包送你一台空气炸锅，前20名再加500元京东卡！
好，上链接！三、二、一，手慢无！
""", [("stop_sale_hype", "今年最后一波高收益的产品了"), ("deposit_comparison", "稳超存款"),
      ("guaranteed_return", "收益写进合同一分不会少"), ("deposit_comparison", "就当每年存一笔钱进去"),
      ("improper_inducement", "主播自掏腰包送你一台空气炸锅"), ("improper_inducement", "前20名再加500元京东卡"),
      ("stop_sale_hype", "手慢无")])

P("X-0088", "wechat_mp", "article", "compliance_education", """
【合规小课堂】这些话，朋友圈里不能发
近期公司合规部抽查员工自媒体，发现以下表述频繁出现，统一提醒：
✘"保本保息，稳赚不赔"——新型产品的非保证利益不得承诺；
✘"比存款划算，存款搬家正当时"——不得将保险与存款简单比较；
✘"即将停售，最后3天"——停售以公司官网公告为准，销售人员不得抢先宣传；
✘"投保送iPhone，返佣20%"——合同外利益一律禁止；
✘"客户王某某确诊肺癌获赔"+身份证截图——客户信息须脱敏并取得书面同意。
员工发布产品相关内容，请使用公司官方素材库，并提交合规审核后再发。
""")

P("X-0089", "wechat_mp", "article", "product_promo", """
【福满堂｜让养老金多一份惊喜】
退休后的生活，你想过每个月要多少钱吗？
恒青福满堂年金险（分红型），60岁起每年领取养老年金，20年保证领取，在保证利益之外，还能参与公司分红。
过去五年，恒青人寿分红型产品的红利实现率均超过100%，意味着客户实际拿到的分红比演示的还多。选择福满堂，未来收益有保障，养老更从容。
▪️5年交/10年交，灵活选择
▪️保证领取20年，长寿更安心
立即联系您的专属顾问，了解适合您的领取方案。
""", [("guaranteed_return", "未来收益有保障"), ("missing_disclosure",)])

P("X-0090", "video_channel", "caption", "education", """
红利实现率=实际分红÷演示分红。超过100%说明实际分得比演示多，但过去的实现率不代表未来，分红本身也是不确定的。
""")

P("X-0091", "moments", "caption", "agent_promo", """
我们小区3栋开超市的老陈，今年查出肺癌晚期，治疗费已经花了四十多万，家里急得到处借钱。真心劝大家，保险要趁早！
""", [("pii_health", "肺癌晚期")])

P("X-0092", "moments", "caption", "claim_story", """
客户张**（已获本人书面授权分享）确诊后提交材料，7个工作日获赔。保单号已打码：P44********6512。具体以合同约定为准。
""")

P("X-0093", "xiaohongshu", "comment_reply", "agent_reply", """
回复@小鹿：姐你放心买，我们公司的重疾险是业内最全的，120种重疾全覆盖，啥病都包了。
""", [("ad_absolute", "业内最全的"), ("coverage_exaggeration", "啥病都包了")])

P("X-0094", "xiaohongshu", "comment_reply", "agent_reply", """
回复@小鹿：重疾险不是"啥病都包"，只保合同列明的重疾、中症、轻症，确诊且符合定义才赔，90天等待期内出险也不赔。
""")

P("X-0095", "moments", "poster_text", "countdown", """
紧急通知‼️福满堂即将停售，预定利率下调前赶紧锁定！
""", [("stop_sale_hype", "即将停售"), ("stop_sale_hype", "预定利率下调前赶紧锁定")])

P("X-0096", "weibo", "caption", "official_notice", """
【公告】恒青福满堂年金险（分红型）将于2026年3月31日24时起停止销售，已生效保单不受影响。详见恒青人寿官网公告栏。
""")

P("X-0097", "weibo", "comment_reply", "customer_service", """
评论区有人问：糖尿病还能买保险吗？可以了解专门面向带病人群的产品或当地惠民保；普通重疾险需要如实告知后由核保判断。
""")

P("X-0098", "xiaohongshu", "caption", "note_opening", """
存款利息跌破2%，我把定期全换成了这款增额终身寿，保本保息还能随时取，谁用谁知道！
""", [("deposit_comparison", "我把定期全换成了这款增额终身寿"), ("guaranteed_return", "保本保息还能随时取")])

P("X-0099", "xiaohongshu", "article", "agent_essay", """
为什么我没有把定期存款都换成增额终身寿？
最近很多朋友在问，我也说说自己的选择。
1. 流动性：增额寿前几年的现金价值低于已交保费，这几年要用钱就会亏；
2. 期限：它适合10年以上不用的钱，而我家孩子5年后要上大学；
3. 机制不同：银行存款受存款保险保障，寿险保单由保险保障基金和法定转让机制保护，不能简单比较谁更"安全"；
4. 增长方式：增额寿的现金价值按合同所附的现金价值表增长，不能和存款利率画等号。
所以我只放了其中一小部分，其余继续放在存款里。适合自己的才是对的，别跟风。
""")

P("X-0100", "video_channel", "poster_text", "gift_promo", """
双十一保险狂欢节！今天投保保费直降30%，再抽华为手机！
""", [("improper_inducement", "保费直降30%"), ("improper_inducement", "再抽华为手机")])

# ---- end of posts ----

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


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
