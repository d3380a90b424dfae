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

PREFIX = "XT"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def P(pid, channel, content_type, genre, text, labels=()):
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels)})


# ---- posts go here: P("F-0001", channel, content_type, genre, """text""", [(category, phrase), ...]) ----

P("XT-0001", "douyin", "comment_reply", "agent reply: one-line claim promise", """
放心，包赔的👌 出了事直接找我就行，别想那么多
""", [("coverage_exaggeration", "包赔的")])

P("XT-0002", "douyin", "comment_reply", "customer question quoting a promise", """
真的包赔吗？我看条款里写了一大堆责任免除，有没有懂行的细说一下🤔
""")

P("XT-0003", "weibo", "comment_reply", "onlooker mocking a sales line", """
“放心，包赔的”——每次听到这句我都想先把责任免除那页打印出来，贴在他朋友圈置顶😂
""")

P("XT-0004", "xiaohongshu", "comment_reply", "agent reply: correct explanation of waiting period", """
等待期内确诊是不赔的，这个一定要看清楚。过了90天等待期，符合合同里疾病定义的才赔。拿不准的可以把条款截图发我，帮你逐条对一下～
""")

P("XT-0005", "wechat_mp", "comment_reply", "agent reply: commission rate leaked", """
这款首年佣金给到40%，想转行的姐妹私我😏 名额不多
""", [("confidential_info", "首年佣金给到40%")])

P("XT-0006", "moments", "comment_reply", "agent reply: premium rebate", """
今天下单的，首年保费我返你15%，别声张🤫
""", [("improper_inducement", "首年保费我返你15%")])

P("XT-0007", "douyin", "comment_reply", "customer question about commission", """
代理人到底拿多少佣金啊？总感觉保费里一大半都进了佣金，有没有内行说句实话
""")

P("XT-0008", "douyin", "comment_reply", "brand account reply about commission", """
您好，佣金属于公司经营信息，这里不便公开。可以确认的是：同一款产品的保费按备案费率计算，无论通过哪个渠道购买，价格都一样。如需核对保费，可拨打官方客服热线。
""")

P("XT-0009", "weibo", "comment_reply", "customer angry complaint", """
鼎诚人寿就是骗子！住院一个月材料交了三次还在审，想退保又说只能退一点点，退保无门，已经打12378投诉了
""", [("negative_sentiment", "鼎诚人寿就是骗子"), ("negative_sentiment", "退保无门"),
      ("negative_sentiment", "打12378投诉")])

P("XT-0010", "weibo", "comment_reply", "brand account apology reply", """
您好，看到您的留言非常抱歉。已安排理赔专员今天内私信联系您，核对材料和审核进度，请留意站内信。给您添麻烦了。
""")

P("XT-0011", "xiaohongshu", "comment_reply", "customer update: complaint resolved", """
更新一下：上周吐槽的那笔住院报销今天到账了，专员还专门打电话解释了为什么要补发票原件。之前说话冲了点，收回🙏
""")

P("XT-0012", "douyin", "comment_reply", "agent slogan as reply", """
选保险就选钱塘人寿，理赔速度全国第一🏆🏆
""", [("ad_absolute", "理赔速度全国第一")])

P("XT-0013", "douyin", "comment_reply", "onlooker joke", """
第一次见评论区比正片还精彩的保险视频🍉 搬好小板凳了
""")

P("XT-0014", "weibo", "comment_reply", "agent reply disparaging a named insurer", """
华岳人寿那种小公司你也敢买？理赔全靠拖，趁早退了来我这儿重新配
""", [("disparagement", "华岳人寿那种小公司你也敢买"), ("disparagement", "理赔全靠拖")])

P("XT-0015", "moments", "caption", "agent countdown caption without the word 停售", """
⏰还剩最后72小时！3.0的车门就要关了，想上车的抓紧👇👇
""", [("stop_sale_hype", "还剩最后72小时"), ("stop_sale_hype", "3.0的车门就要关了")])

P("XT-0016", "xiaohongshu", "comment_reply", "customer question about free-look period", """
犹豫期最后一天了，想退又怕退错😭 有没有懂的姐妹说下，犹豫期退保是全额退吗？
""")

P("XT-0017", "xiaohongshu", "comment_reply", "agent reply: correct free-look explanation", """
犹豫期内退保，一般只扣不超过10元的工本费，其余保费全退，具体以你合同条款为准。过了犹豫期再退，就只能拿现金价值了，前几年损失会比较大，想清楚再决定。
""")

P("XT-0018", "douyin", "comment_reply", "agent reply dropping a customer's name, phone and diagnosis", """
@爱吃橘子的猫 你说的王秀兰阿姨我认识，她乳腺癌那单就是我跑的，电话13957284160，你直接打过去问她赔没赔
""", [("pii_name", "王秀兰"), ("pii_health", "乳腺癌"), ("pii_phone", "13957284160")])

P("XT-0019", "weibo", "comment_reply", "onlooker correcting a false claim", """
总有人说“国家兜底，保险公司不会倒闭”。兄弟，保险法写的是人寿险公司出问题时保单要转给别的保险公司接手，还有保险保障基金按规则救助，不是国家直接给你赔钱。
""")

P("XT-0020", "toutiao", "comment_reply", "agent reply claiming regulator endorsement", """
这款是银保监会推荐的，国家兜底，放一百个心
""", [("false_authority", "银保监会推荐的"), ("false_authority", "国家兜底")])

P("XT-0021", "wechat_mp", "comment_reply", "author's long reply: insurance is not a deposit", """
@理财小白兔 留言：增额终身寿是不是比存款划算？我一次性放20万进去，是不是稳赚？

作者回复：这个问题问的人很多，我多说几句，不带货。
第一，增额终身寿是人身保险，不是存款，也不是银行理财，两者不能简单比收益。合同里写明的是保额和现金价值，现金价值以合同所附的现金价值表为准，这部分是合同约定的；但前几年退保，拿回的现金价值通常低于已交保费，也就是说中途退保不保本，用钱会有损失。
第二，目前新备案普通型产品的预定利率上限已经下调过几轮，网上说的“3.5%复利”基本是老产品时代的说法，看到类似宣传要多个心眼。
第三，“稳赚”这个词不适用于任何保险产品。保险首先是保障和长期规划工具，关键看你这笔钱是不是十年以上都不会动。
第四，存款有存款保险，限额内本息受保障；人身保险有保险保障基金，救助规则不一样，不要混为一谈。
我的建议：先把应急金、医疗险、意外险配齐，再考虑长期储备；一次性放20万之前，最好先问问自己未来五年会不会买房、换车、孩子上学要用钱。具体产品信息请以保险公司官方渠道披露的条款和产品说明书为准，有疑问可以打官方客服电话核实。
""")

P("XT-0022", "douyin", "comment_reply", "customer question", """
所以到底是存款划算还是买增额寿划算？求个不带货的回答🙏
""")

P("XT-0023", "douyin", "comment_reply", "agent reply: deposit comparison and locked return", """
肯定买保险啊，比存款划算多了！存款利率都掉到1字头了，这个3%复利锁定终身，闭眼冲
""", [("deposit_comparison", "比存款划算多了"), ("guaranteed_return", "3%复利锁定终身"),
      ("ad_absolute", "闭眼冲")])

P("XT-0024", "xiaohongshu", "comment_reply", "customer question about own condition", """
本人甲状腺结节3类，去年做过穿刺是良性，现在还能买百万医疗吗？会不会被除外？
""")

P("XT-0025", "xiaohongshu", "comment_reply", "agent reply: correct underwriting explanation", """
结节3类一般要走智能核保，常见结果是甲状腺相关疾病除外承保，也有产品能标准体承保，不同公司不一样。但一定要如实告知，不然以后理赔可能有纠纷。
""")

P("XT-0026", "xiaohongshu", "comment_reply", "agent reply inducing non-disclosure", """
别填那个结节，小问题而已，过了两年就算查出来也得赔，放心
""", [("coverage_exaggeration", "别填那个结节"), ("coverage_exaggeration", "过了两年就算查出来也得赔")])

P("XT-0027", "video_channel", "caption", "agent Q&A pinned under a video, one answer promises dividends", """
评论区问得多的几个问题，统一回复一下👇

Q：金满仓是什么类型的产品？
A：金满仓是钱塘人寿的分红型年金保险，投保年龄出生满28天至60周岁，交费期可选3年、5年、10年。

Q：要体检吗？
A：按健康告知如实填写，超过免体检额度的会安排体检，具体看核保结果。

Q：多大开始领？
A：可以选55岁或60岁开始领取，领到终身，保证领取20年。

Q：分红到底有多少？
A：说实话，分红每年稳定在4%以上，比放银行定期强太多了。

Q：中途急用钱怎么办？
A：可以申请保单贷款，借款利息按条款约定计算，不影响保障。

Q：买了后悔怎么办？
A：有15天犹豫期，犹豫期内可以退，过了犹豫期退保只能拿现金价值。

Q：受益人可以写谁？
A：身故受益人可以指定配偶、子女、父母等，也可以写法定；投保人和被保险人可以不是同一个人，比如妈妈给孩子投保。

Q：哪里买？
A：私信我，帮你做一份计划书，按你的预算来。
""", [("guaranteed_return", "分红每年稳定在4%以上"), ("deposit_comparison", "比放银行定期强太多了"),
      ("missing_disclosure",)])

P("XT-0028", "weibo", "comment_reply", "onlooker sharing regulator news", """
新闻说金融监管总局又在查“炒停售”了，某些朋友圈天天倒计时的可以收收了🙃
""")

P("XT-0029", "moments", "comment_reply", "agent reply with emoji-split guarantee", """
这款保💰本💰保💰息，懂的都懂，私聊
""", [("guaranteed_return", "保💰本💰保💰息")])

P("XT-0030", "douyin", "comment_reply", "agent reply in pinyin to evade filters", """
bao ben，wen zhuan bu pei，要的扣1
""", [("guaranteed_return", "bao ben"), ("guaranteed_return", "wen zhuan bu pei")])

P("XT-0031", "douyin", "comment_reply", "customer asking what the pinyin means", """
扣1了，请问楼上那个“bao ben”是啥意思？保险还能保本？🤣
""")

P("XT-0032", "weibo", "comment_reply", "customer angry, quoting the agent's promise", """
当初业务员拍胸脯说“放心，包赔的”，现在说我那是既往症不赔，气得手抖，这家公司太坑人了
""", [("negative_sentiment", "这家公司太坑人了")])

P("XT-0033", "video_channel", "caption", "masked and consented claim story", """
【理赔故事·已获客户书面授权】
去年秋天，客户陈女士（化名）在单位体检时发现异常，进一步检查后确诊，属于合同约定的重大疾病。她第一时间联系了我，我们一起整理了病理报告、出院小结和身份证明材料，通过官方App上传。材料齐全后，公司在5个工作日内完成审核，按合同约定给付了重大疾病保险金。

很多人在评论区问：是不是买了就一定能赔？我想说，能赔的前提有三个：第一，投保时如实告知；第二，过了等待期；第三，符合合同里的疾病定义。陈女士投保前认真做了健康告知，没有隐瞒，所以整个过程比较顺。

也想借这个故事提醒大家：理赔不是靠关系，也不是靠业务员一句“包赔”，而是靠条款。买之前把保险责任、责任免除、等待期、免赔额都看清楚，比听任何人拍胸脯都重要。如果您已经有保单，建议把保单放在家人知道的地方，受益人信息也定期核对一下；联系方式变了，记得在App里及时更新，免得重要通知收不到。

本视频中客户姓名为化名，病历和身份信息均已脱敏，画面中的单据为演示样本。
""")

P("XT-0034", "video_channel", "comment_reply", "customer sceptical question", """
视频里的客户是真实的吗？名字都打码了，怎么证明不是编的？
""")

P("XT-0035", "video_channel", "comment_reply", "brand account reply on consent", """
您好，该案例已获客户本人书面授权，姓名和病历信息均已脱敏处理。如您有理赔需要，可拨打官方客服热线咨询。
""")

P("XT-0036", "toutiao", "comment_reply", "agent reply exposing customer ID and card", """
赵志强大哥的资料我都录好了，身份证440305199207189797，下午把银行卡6228480045123673也发我，续期就从这张卡扣
""", [("pii_name", "赵志强"), ("pii_id_card", "440305199207189797"), ("pii_bank_card", "6228480045123673")])

P("XT-0037", "douyin", "comment_reply", "customer question about privacy", """
买保险要身份证号和银行卡号，发给业务员安全吗？有点慌
""")

P("XT-0038", "douyin", "comment_reply", "agent reply: privacy advice", """
投保时在官方投保页面或App里自己填写就行，不要在评论区、私信里把完整身份证号、银行卡号发给任何人。正规公司也不会在公开平台要这些信息。
""")

P("XT-0039", "wechat_mp", "comment_reply", "customer question, product name looks like a person", """
温如意这款续保的时候要重新健康告知吗？去年刚查出高血压
""")

P("XT-0040", "wechat_mp", "comment_reply", "brand account reply with correct renewal terms", """
您好，温如意（医疗险）为保证续保20年的产品，保证续保期间内续保无需重新进行健康告知，但费率可能按条款约定调整。具体以您保单所附条款为准。
""")

P("XT-0041", "weibo", "comment_reply", "customer angry complaint", """
青禾人寿客服电话打了二十遍没人接，理赔拖了三个月，什么垃圾公司
""", [("negative_sentiment", "理赔拖了三个月"), ("negative_sentiment", "什么垃圾公司")])

P("XT-0042", "weibo", "comment_reply", "rival agent piling on a named insurer", """
所以说别买青禾的，他们家就是靠拒赔赚钱的，来我们这边稳稳的
""", [("disparagement", "别买青禾的"), ("disparagement", "他们家就是靠拒赔赚钱的")])

P("XT-0043", "weibo", "comment_reply", "onlooker criticising agents in comments", """
楼上卖保险的趁机拉客也是绝了，踩别家抬自家，跟菜市场抢摊位一样🙄
""")

P("XT-0044", "douyin", "comment_reply", "agent reply with homophone evasion", """
稳赚不bai，年化5个点妥妥的，评论区不方便细说
""", [("guaranteed_return", "稳赚不bai"), ("guaranteed_return", "年化5个点妥妥的")])

P("XT-0045", "xiaohongshu", "comment_reply", "long agent reply on a universal-life product with a buried promise", """
作者你好，我是做了八年保险的，补充几句关于常乐宝的。

常乐宝是澄江人寿的万能型年金保险，万能账户的最低保证利率是1.75%，这个写在合同里。很多人只盯着结算利率，其实更应该看费用：初始费用、退保费用，前五年退保都要扣一部分，这些买之前都要问清楚。

结算利率这几年一直是4%多，以后也不会低于这个数，放心。跟余额宝比，那是香多了，余额宝现在才1%出头。

还有人问追加保费的事：常乐宝可以不定期追加，追加部分也进万能账户，同样按月结算。领取的话，部分领取有最低金额要求，也可能有手续费，具体比例看条款。

适合什么人？我觉得适合手上有一笔闲钱、短期用不上、又想做长期规划的家庭。不适合三五年内就要用钱的人，也不适合把它当活期用的人。身故责任方面，常乐宝按万能账户价值的一定比例给付，比例和被保险人年龄有关，条款后面附了表。投保人和被保险人可以是同一个人，也可以给父母投，但要注意投保年龄限制。

有具体问题可以私信我，我把产品说明书原件发你，别只看别人做的截图。
""", [("guaranteed_return", "以后也不会低于这个数"), ("deposit_comparison", "跟余额宝比，那是香多了"),
      ("missing_disclosure",)])

P("XT-0046", "xiaohongshu", "comment_reply", "customer question on universal-life terms", """
万能险的“最低保证利率”和“结算利率”到底有啥区别？能说人话吗😵
""")

P("XT-0047", "xiaohongshu", "comment_reply", "agent reply: correct universal-life explanation", """
最低保证利率是合同写死的下限，万能账户每期的结算利率不会低于它；超过最低保证利率的部分是不确定的，过去的结算利率也不代表未来。另外最低保证利率只针对万能账户里的钱，扣掉的费用不算在内。
""")

P("XT-0048", "moments", "comment_reply", "agent reply offering a gift tied to purchase", """
这周投保满1万送吹风机一台🎁 先到先得，送完即止
""", [("improper_inducement", "投保满1万送吹风机一台")])

P("XT-0049", "moments", "comment_reply", "friend joking under the gift post", """
上次那个送吹风机的活动还有吗😂 我是来问吹风机的，不是来买保险的
""")

P("XT-0050", "douyin", "comment_reply", "agent reply exposing a policy number", """
@小雨点 你妈妈那张保单号P6620231108004512我查了，下个月8号扣款，记得卡里留够钱
""", [("pii_policy_number", "P6620231108004512")])

P("XT-0051", "douyin", "comment_reply", "brand account privacy reminder", """
您好，为保护您的隐私，请勿在评论区公开保单号、手机号等信息。已私信您，请在私信中核实身份后办理。
""")

P("XT-0052", "weibo", "comment_reply", "comment thread: slow claim resolved, neutral", """
@木子李 理赔进度一直卡在“审核中”十来天了，想问下正常要多久？住院发票原件已经寄了。

@青禾人寿官方 回复@木子李：您好，一般材料齐全后，小额案件会在5个工作日内作出核定，情况复杂的会延长并通知您。已私信您，麻烦提供报案号后四位，我们帮您查询。

@木子李 回复@青禾人寿官方：已私信。

@路过的阿强 同问，我上个月的也等了两周，后来发现是少了一张费用清单。

@青禾人寿官方 回复@路过的阿强：感谢分享。常见的补材料情况有：费用明细清单缺页、发票抬头与被保险人不一致、病历缺出院小结。建议提交前对照App里的材料清单逐项检查。

@木子李 更新：查到了，是医院盖章的费用清单漏了一页，补完第二天就审核通过，今天到账了。谢谢客服小姐姐，也谢谢阿强。

@青禾人寿官方 回复@木子李：不客气～后续如还有问题，可随时通过官方App在线客服联系我们。

@吃瓜不吐籽 这条评论区居然是和平收场，难得😂 建议置顶
""")

P("XT-0053", "toutiao", "comment_reply", "agent reply with inside info and price-rise urgency", """
内部消息，下个月这款要涨价了，趁现在赶紧投，别说我没提醒
""", [("confidential_info", "内部消息"), ("stop_sale_hype", "下个月这款要涨价了，趁现在赶紧投")])

P("XT-0054", "douyin", "comment_reply", "customer joke about a misleading group chat", """
我妈被拉进一个群，群主天天喊“存款搬家”，我说妈那是卖保险的，她说人家说了是银行理财😅 有没有人教教我怎么劝
""")

P("XT-0055", "weibo", "comment_reply", "agent reply selling insurance as a deposit", """
存单变保单，利息更高还安全，好多银行理财经理自己都在买
""", [("deposit_comparison", "存单变保单"), ("deposit_comparison", "利息更高还安全")])

P("XT-0056", "xiaohongshu", "comment_reply", "customer angry about surrender loss", """
退保只退了交的三成，业务员当初说“随时能退不亏”，我要去投诉他们
""", [("negative_sentiment", "我要去投诉他们")])

P("XT-0057", "douyin", "comment_reply", "customer first-time buyer question", """
最近在看重疾险，岚山守护和康宁百岁哪个好？第一次买完全不懂，求推荐思路不求广告
""")

P("XT-0058", "wechat_mp", "comment_reply", "long agent reply comparing products, then disparaging", """
很多人私信问我岚山守护和康宁健康那款“康宁百岁”怎么选，我统一说下。

保障责任上，两款都是重疾+中症+轻症。岚山守护重疾可以赔两次，第二次需要间隔一年，中轻症有保费豁免；康宁百岁重疾只赔一次，但60岁前确诊额外赔50%。价格上，30岁男性50万保额交30年，岚山守护每年大概贵几百块，多出的钱买的是第二次重疾赔付。

说到这里其实都是客观对比，按自己需求选就行。但我还是要说句掏心窝子的话：康宁健康那家理赔率行业倒数，买了等于白买，身边好几个客户在他们家被拒赔。岚山守护就不一样了，我们这款什么病都保，小病大病都能赔，交了钱就是买个安心。

另外提醒几点：不管买哪款，健康告知都要如实填写；等待期一般90天，等待期内确诊不赔；轻症、中症的病种定义各家不完全一样，要看条款原文。投保人、被保险人、受益人的关系也要在投保时填清楚，后续变更要走保全流程。合同拿到手后有15天犹豫期，建议逐页看一遍，尤其是责任免除那几页。

想要具体方案的私信，按年龄和预算给你测算。
""", [("disparagement", "康宁健康那家理赔率行业倒数，买了等于白买"),
      ("disparagement", "身边好几个客户在他们家被拒赔"),
      ("coverage_exaggeration", "我们这款什么病都保，小病大病都能赔")])

P("XT-0059", "douyin", "comment_reply", "agent countdown with emoji digits", """
⏳5⃣天后这个价格就没了，懂的来，不懂的别问
""", [("stop_sale_hype", "5⃣天后这个价格就没了")])

P("XT-0060", "douyin", "comment_reply", "onlooker mocking a fake countdown", """
又是“最后5天”？上个月也说最后5天，这个月还在卖🤡
""")

P("XT-0061", "douyin", "comment_reply", "agent slogan reply", """
保险界的天花板，闭眼入不踩雷✨✨
""", [("ad_absolute", "保险界的天花板"), ("ad_absolute", "闭眼入")])

P("XT-0062", "xiaohongshu", "comment_reply", "customer questioning a superlative", """
看到有博主说这款是“重疾险天花板”，天花板到底按什么排的？广告法不是不让这么说吗🤔
""")

P("XT-0063", "wechat_mp", "comment_reply", "compliance trainer quoting banned phrases as warnings", """
@保险小白菜 问：为什么我发的朋友圈总被公司合规退回来？我就写了个“稳赚不赔”。

回复：我是做内勤合规培训的，借这条评论统一说一下，哪些话在朋友圈、评论区里都不能说：
1. 承诺收益的：“稳赚不赔”“保本保息”“年化X%稳定收益”。分红、万能的收益是不确定的，写成确定的就是误导。
2. 借监管背书的：“国家兜底”“监管推荐”。产品备案不等于国家担保。
3. 炒停售的：“即将停售”“最后3天”“末班车”。公司没发公告之前，销售人员不能对外说停售；发了公告也不能渲染焦虑。
4. 合同外利益：“返佣”“返现”“投保送手机”。这是保险法明令禁止的。
5. 比存款的：“比存款划算”“存单变保单”。保险不是存款，不能简单拿来比利率。
6. 客户信息：客户的姓名、电话、身份证号、病情，哪怕是好消息（理赔到账）也不能直接发，必须脱敏，并且要有客户的书面授权。
7. 踩同行：“某某公司理赔难别买”。有意见可以讲条款差异，不能下结论抹黑别人。
以上这些词，像我这样拿来举例提醒是没问题的；问题在于拿它来卖产品。拿不准的，发之前先提交合规审核，别怕麻烦。
""")

P("XT-0064", "weibo", "comment_reply", "customer angry about motor claim", """
安澜财险车险定损压价压得离谱，修车钱一半都不够，明年再也不续了
""", [("negative_sentiment", "定损压价压得离谱"), ("negative_sentiment", "再也不续了")])

P("XT-0065", "weibo", "comment_reply", "brand account reply on a disputed assessment", """
您好，对定损金额有异议的，可以申请复勘，也可以委托双方认可的公估机构评估。已私信您专属处理通道，请留意。
""")

P("XT-0066", "douyin", "comment_reply", "agent reply exposing a customer's name and a relative's email", """
@小周同学 把你爸周建华的病历拍照发我就行，或者我直接发到你姐邮箱zhouxm1988@qq.com，她说她来弄
""", [("pii_name", "周建华"), ("pii_email", "zhouxm1988@qq.com")])

P("XT-0067", "douyin", "comment_reply", "onlooker criticising a privacy leak", """
评论区直接贴别人邮箱？这位代理人胆子是真大，客户隐私不要了？
""")

P("XT-0068", "moments", "comment_reply", "agent reply exposing a customer's address", """
合同已经寄给李国栋先生了，地址是杭州市西湖区桂溪路88号翠湖苑7幢2单元501，单号私发
""", [("pii_name", "李国栋"), ("pii_address", "杭州市西湖区桂溪路88号翠湖苑7幢2单元501")])

P("XT-0069", "toutiao", "comment_reply", "customer question about rebates", """
听说找某些代理人买能返佣，这合法吗？返的钱会不会影响以后理赔？
""")

P("XT-0070", "toutiao", "comment_reply", "agent reply: rebates are illegal", """
不合法。保险法明确禁止给予投保人合同约定以外的利益，返佣、返现都属于这一类。真遇到主动说要返佣的，后续服务多半也没保障，建议直接走官方渠道投保。
""")

P("XT-0071", "toutiao", "comment_reply", "long agent reply on a medical product with a premium subsidy buried in it", """
很多人问我为什么推荐青禾e保这款百万医疗，我简单说几点：
1. 一般医疗保险金和重大疾病医疗保险金共用年度最高保额，一般医疗有1万元免赔额，重疾医疗不设免赔额；
2. 经社保报销后的部分按100%比例报销，未经社保报销的按60%报销，这个一定看清楚，没带社保卡去看病会吃亏；
3. 保证续保20年，期间不会因为理赔或健康状况变化拒绝续保，但费率可能调整；
4. 院外特药、住院前后门急诊都能报，但药品要在清单里，门急诊要和住院是同一原因；
5. 等待期30天，意外导致的住院没有等待期；
6. 质子重离子治疗也在保障里，但要在条款列明的医院做。
责任免除里要特别注意：既往症不赔，投保前已经确诊的病、正在治疗的病，都不在保障范围内。
投保流程：官方App或者我发你的官方链接，自己填健康告知，自己付款，不要让任何人代填。
最后说个福利：这个月通过我投保的，第一年保费我帮你垫一半，名额就10个。
有问题评论区问，我看到都会回，不私聊收信息。
""", [("improper_inducement", "第一年保费我帮你垫一半")])

P("XT-0072", "xiaohongshu", "comment_reply", "customer joke about beneficiary order", """
我老公说他是家里保单的“第一受益人”，我说你先把碗洗了再说😂
""")

P("XT-0073", "xiaohongshu", "comment_reply", "agent reply: correct beneficiary explanation", """
受益人可以指定顺序和比例，比如第一顺序配偶50%、子女50%，不指定就按法定继承。投保人、被保险人、受益人可以是三个不同的人，但身故受益人的指定要经过被保险人同意。
""")

P("XT-0074", "weibo", "comment_reply", "onlooker joke: company name read as a person", """
“钱塘人寿”我一直以为是个人名，姓钱名塘，字人寿😂
""")

P("XT-0075", "douyin", "comment_reply", "agent reply: sick people covered, no disclosure needed", """
有病也能赔，三高糖尿病都不用告知，直接投就完事
""", [("coverage_exaggeration", "有病也能赔"), ("coverage_exaggeration", "三高糖尿病都不用告知")])

P("XT-0076", "xiaohongshu", "comment_reply", "customer's long neutral buying experience", """
分享一下我上个月买年金的经历，给还在犹豫的朋友参考，不吹不黑。
先后找了三个代理人。第一个开口就说“这款马上停售，今晚不买明天就没了”，我去公司官网和公众号翻了一圈，根本没有停售公告，就没理他。第二个给我看的计划书上只有最高档的演示数字，我问分红是不是确定的，他支支吾吾说不清。第三个讲得清楚：哪部分是合同保证的，哪部分是演示利益、不代表实际收益，退保前几年会损失多少，都在计划书上一条条指给我看。
最后我买的是普通型年金，不带分红，每年领取金额合同写死，收益一般，但心里踏实。
也说下我自己的体会：第一，保险不是存款，钱放进去前几年基本不能动；第二，问“保本吗”的时候，让对方指着现金价值表回答，比听口头承诺强；第三，最好让家人一起看合同，投保人、被保险人、受益人在填写前确认好；第四，犹豫期里把合同完整读一遍，有不懂的打官方客服问。
没有广告，评论区不接受私信推销，谢谢。也欢迎已经买过的朋友补充自己的经验。
""")

P("XT-0077", "douyin", "comment_reply", "agent reply exposing a named customer's diagnosis", """
孙丽娟姐去年查出肺癌，现在还在化疗期间，理赔款早就到了，所以说早买早安心
""", [("pii_name", "孙丽娟"), ("pii_health", "肺癌"), ("pii_health", "化疗期间")])

P("XT-0078", "video_channel", "comment_reply", "brand account slogan reply", """
全国理赔服务最快的保险公司，就是我们！欢迎体验💪
""", [("ad_absolute", "全国理赔服务最快的保险公司")])

P("XT-0079", "weibo", "comment_reply", "customer question mentioning a disease in general", """
现在乳腺癌发病率好像越来越高，30岁女生有必要单独买一份女性重疾吗？还是普通重疾就够了？
""")

P("XT-0080", "wechat_mp", "comment_reply", "agent reply promoting a participating product as certain", """
金满仓今年买，明年就能拿分红，每年稳稳的，比你放余额宝强
""", [("guaranteed_return", "明年就能拿分红，每年稳稳的"), ("deposit_comparison", "比你放余额宝强"),
      ("missing_disclosure",)])

P("XT-0081", "douyin", "comment_reply", "agent reply posting a commission table", """
给想加入的朋友看下我们这边的：重疾首年FYC 35%，年金10年交首年22%，本月冲刺再加佣5个点，团队长带教📈
""", [("confidential_info", "重疾首年FYC 35%"), ("confidential_info", "年金10年交首年22%"),
      ("confidential_info", "本月冲刺再加佣5个点")])

P("XT-0082", "douyin", "caption", "agent answers under a live replay on an investment-linked product", """
直播回放里大家问得最多的鑫稳盈，今天在评论区统一答一下：
1）鑫稳盈是澄江人寿的投资连结保险，保费扣除初始费用后进入投资账户，账户有稳健型、平衡型、进取型三种可以选，每年有几次免费转换的机会。
2）很多人担心亏钱。我跟你们说实话，这个产品是国家金融监管总局审批的，安全有保障，投资账户不会亏，最差也就是保本。
3）身故保障：身故时按投资账户价值再加一定比例给付，比例和年龄有关，具体看条款。
4）费用：有初始费用、账户管理费、退保费用，前几年退保费用比较高，短期要用钱的不要买。
5）适合人群：有一定闲钱、能放五年以上、不指望它应急的家庭。投保人和被保险人可以不是同一个人，给父母买要注意年龄上限。
6）怎么买：私信我，发你官方投保链接，健康告知和付款信息都自己填，别让别人代填。
7）犹豫期15天，拿到合同先把费用表和账户说明看一遍。
还有什么问题继续在评论区留言，我下次直播挨个答。之前有朋友问能不能帮忙代缴保费，这个不行，保费必须从投保人自己的账户扣。
""", [("false_authority", "国家金融监管总局审批的，安全有保障"), ("guaranteed_return", "投资账户不会亏"),
      ("guaranteed_return", "最差也就是保本"), ("missing_disclosure",)])

P("XT-0083", "weibo", "comment_reply", "customer joke about illustrated benefits", """
你们公众号文章里写“演示利益不代表实际收益”，那演示个啥😂 演示给空气看吗
""")

P("XT-0084", "weibo", "comment_reply", "brand account long explanation of illustrated benefits", """
您好，感谢提问，这个问题很多客户都问过，我们详细解释一下：
演示利益是按照监管规定的演示利率，对分红等非保证利益做的测算，目的是帮助您理解产品在假设情景下可能的利益水平。它不是承诺，也不是预测。实际红利取决于公司分红险账户的实际经营成果，是不确定的，在某些年度可能为零。
为了让大家能判断一家公司过去的分红兑现情况，公司会在官网定期公布红利实现率，也就是实际派发的红利与当初演示红利的比例。过去的红利实现率不代表未来的表现。
另外，保单利益中属于合同保证的部分，比如保证领取的年金、现金价值表中列明的金额，以合同条款为准，不受分红波动影响。
如果您购买时对计划书中的数字有疑问，可以在犹豫期内联系我们逐项核对；如果在销售过程中有人向您承诺分红“确定”“保底”，欢迎通过官方客服热线反馈，我们会核实处理。也提醒您，请勿在评论区公开保单号、身份证号等个人信息，如需查询具体保单的红利情况，可登录官方App或拨打客服热线，核实身份后为您查询。
""")

P("XT-0085", "douyin", "comment_reply", "agent reply with spaced-out countdown", """
停 售 倒 计 时 3 天，要的抓紧私
""", [("stop_sale_hype", "停 售 倒 计 时 3 天")])

P("XT-0086", "xiaohongshu", "comment_reply", "agent reply offering cash back in pinyin", """
下单私我，fan现8个点，懂的来🤫
""", [("improper_inducement", "fan现8个点")])

P("XT-0087", "weibo", "comment_reply", "customer's long angry complaint", """
说说我在钱塘人寿的遭遇，大家评评理。
2021年业务员上门，说这是重疾险，“有病就赔”，我就给自己买了一份，每年交八千多，从来没断过。去年我做了个手术，拿着材料去理赔，等了两个月，最后收到一张拒赔通知，说我投保前有一次门诊记录没告知。那次门诊就是个普通检查，当时业务员说“这种小事不用写”，是他拿着平板帮我点的“否”。
现在我找业务员，人已经离职了；打客服，每次都说“已记录，会有专人联系”，然后就没有然后了。我把病历、门诊记录、当年的投保回执都整理好了，前后跑了三趟分公司柜面，每次都让回去等电话。想退保，算下来只能拿回交的三分之一。
理赔被拒、退保亏一大半、投诉没人管，钱塘人寿你们就这么对待交了好几年钱的老客户？我已经向金融监管部门投诉了，也会继续在这里更新进展。
也提醒大家：健康告知一定要自己看、自己填，别让业务员代点，出了事吃亏的是自己。还有，投保后拿到的回执、告知书复印件都留好，真有纠纷的时候，这些比谁的嘴都管用。
""", [("negative_sentiment", "理赔被拒、退保亏一大半、投诉没人管"),
      ("negative_sentiment", "钱塘人寿你们就这么对待交了好几年钱的老客户"),
      ("negative_sentiment", "我已经向金融监管部门投诉了")])

P("XT-0088", "weibo", "comment_reply", "comment thread on rate-cap news, neutral answers", """
@财经小灯 【快讯】据报道，金融监管总局近日发布通知，下调新备案人身险产品预定利率上限，新规实施后，部分在售产品将按规定停止销售。

@路人甲乙丙 所以我去年买的那张增额寿会不会跟着降利率？
@持证小保 回复@路人甲乙丙：不会。已经生效的保单按合同约定执行，预定利率调整只影响新备案的产品。

@打工人小陈 那现在是不是该赶紧买？业务员天天给我发“最后上车机会”😅
@持证小保 回复@打工人小陈：不建议为了赶时间买。先想清楚需求和预算，这笔钱能不能放十年以上；某款产品是否停售，以保险公司官网公告为准，不要信朋友圈截图。另外，“最后上车机会”这种话术，监管是明确不允许的。

@理性吃瓜 说到底收益低一点的产品也不是不能买，保险本来就不是拿来跟理财比收益的，先把保障配好。

@路人甲乙丙 明白了，谢谢解答🙏 回头把合同翻出来看看。

@持证小保 回复@路人甲乙丙：不客气。顺手检查一下受益人和联系电话是不是最新的，很多人买完就忘了，真要理赔时才发现信息对不上。
""")

P("XT-0089", "moments", "comment_reply", "agent reply framing premiums as a fixed deposit", """
阿姨您放心，这个就跟存定期一样，存五年取出来连本带息，一分不少
""", [("deposit_comparison", "跟存定期一样"), ("deposit_comparison", "连本带息"),
      ("guaranteed_return", "一分不少")])

P("XT-0090", "moments", "comment_reply", "agent giving own work phone on own post", """
需要帮忙看保单的，直接打我本人工作号13806712345，工作日9点到18点，周末留言我看到就回
""")

P("XT-0091", "douyin", "comment_reply", "agent reply with masked customer details", """
已帮张**女士办理完理赔，尾号5678的手机会收到到账短信，感谢信任🙏
""")

P("XT-0092", "video_channel", "caption", "brand slogan caption", """
澄江人寿，中国人最信赖的保险品牌✨ 守护每一个家
""", [("ad_absolute", "中国人最信赖的保险品牌")])

P("XT-0093", "weibo", "comment_reply", "onlooker mocking a gift ad", """
“投保送iPhone”这种广告还有人信？保险法早就不让送合同外的东西了，真送了你也得小心后面的坑
""")

P("XT-0094", "xiaohongshu", "comment_reply", "long agent reply on surrender with a buried promise", """
@一只小鹿 问：前年买的年金险每年交2万，现在手头紧，想退保，会亏多少？

@鼎诚人寿小王 回复：先别急着退，我帮你分析一下。
第一，退保只能拿回现金价值，前几年现金价值低于你交的保费，你现在退大概只能拿回一半左右，具体数字看你合同后面的现金价值表，或者在App里做个退保试算。
第二，如果只是短期周转，可以考虑保单贷款，一般能贷现金价值的80%以内，借款利息按公司公布的利率计算，按时还款就不影响保单。
第三，也可以申请减额交清，以后不用再交保费，保额相应减少，保单继续有效。
第四，这一期实在交不上，还有60天宽限期，宽限期内保单照样有效，别慌。
说实话你这款交满五年后退保绝对不亏，再坚持三年就好了，到时候本金一分不少还能多拿利息。
最后提醒一句：不管做什么决定，都先打官方客服或在App里确认数字，别只听我一个人的。另外，减额交清、保单贷款都有各自的条件和影响，办理前让客服把利弊讲清楚再签字。有需要可以私信我，帮你一起算。
""", [("guaranteed_return", "交满五年后退保绝对不亏"), ("guaranteed_return", "本金一分不少"),
      ("deposit_comparison", "还能多拿利息")])

P("XT-0095", "toutiao", "comment_reply", "customer angry comment on a named insurer", """
安澜财险就是一群骗子，出险了电话永远打不通
""", [("negative_sentiment", "安澜财险就是一群骗子"), ("negative_sentiment", "电话永远打不通")])

P("XT-0096", "xiaohongshu", "comment_reply", "agent reply naming a customer and diagnosis", """
昨天刚帮客户何建军办完重疾理赔，胃癌早期，38万已经到账，所以说重疾险一定要早配
""", [("pii_name", "何建军"), ("pii_health", "胃癌早期")])

P("XT-0097", "douyin", "comment_reply", "customer question, product name looks like a person", """
安如山这款增额寿，现金价值表在哪看？业务员给的截图太糊了
""")

P("XT-0098", "douyin", "comment_reply", "agent reply: correct cash-value answer", """
安如山的现金价值表在合同最后几页，也可以在官方App的保单详情里查。表里每个保单年度末的金额是合同约定的，前几年会低于已交保费，具体以你的合同为准。
""")

P("XT-0099", "douyin", "comment_reply", "thread under a claim video: agent leaks a customer's details", """
@晚风吹过 视频里的阿姨好眼熟，是不是我们小区的？

@保险人老何 回复@晚风吹过：对，就是你们小区的吴春梅阿姨，今年3月确诊结肠癌，重疾30万一周就到账了。不信你直接打她电话15867213904问。

@晚风吹过 回复@保险人老何：……你这样把人家电话发出来真的好吗

@保险人老何 回复@晚风吹过：没事，阿姨人好说话，她儿子的保单也是我办的，身份证号33010619850312431X我都还存着呢，哈哈

@路人甲 这代理人是来搞笑的吧，客户信息全公开了，阿姨知道吗？

@澄江人寿官方 回复@保险人老何：您好，评论中涉及客户个人信息，请立即删除。公司已就此事联系您所在机构，并将向客户致歉。

@路人乙 官方来得挺快👍 但信息都被人看到了，删了也晚了吧

@晚风吹过 回复@路人乙：是啊，我截图都不敢截，怕再传出去。以后买保险得先问清楚业务员懂不懂保密。

@澄江人寿官方 回复@晚风吹过：感谢提醒，也请大家不要转发相关截图。
""", [("pii_name", "吴春梅"), ("pii_health", "结肠癌"), ("pii_phone", "15867213904"),
      ("pii_id_card", "33010619850312431X")])

P("XT-0100", "weibo", "comment_reply", "onlooker negative comment on a named insurer", """
看完评论区，钱塘人寿这口碑真是烂透了，谁还敢买
""", [("negative_sentiment", "钱塘人寿这口碑真是烂透了")])

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
