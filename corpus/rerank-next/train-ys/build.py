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

PREFIX = "YS"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def P(pid, channel, content_type, genre, text, labels=()):
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text.strip("\n"), "labels": list(labels)})


# ---- posts go here: P("F-0001", channel, content_type, genre, """text""", [(category, phrase), ...]) ----

P("YS-0001", "moments", "caption", "dialect_northeast/policy_reminder", """
老铁们，今儿零下二十八度，出门贼拉冷，都把帽子戴上昂！顺嘴提一句，年底了，有保单续期的老客户瞅一眼缴费日子，宽限期就六十天，过了保单效力就中止了，到时候再申请复效还得重新健康告知，可别整那出。有啥不明白的直接给我打电话唠唠。
""")

P("YS-0002", "moments", "caption", "dialect_northeast/deposit_talk", """
大姐大哥们听我一句，现在银行那点利息还够干啥的？搁银行存死期一年才一块多，搁我这儿这个增额寿，钱放进去嘎嘎稳，一分不带少的，比存银行强老多了！咱就是说闭眼入就完了，想整的私我。
""", [("guaranteed_return", "嘎嘎稳，一分不带少的"), ("deposit_comparison", "比存银行强老多了"), ("ad_absolute", "闭眼入")])

P("YS-0003", "moments", "caption", "voice_transcript/explanation", """
【语音转文字】喂 王姐啊 那个你昨天问我这个是不是跟存款一样 我跟你说实话哈 不一样 保险就是保险 不是存款 前几年你要是退保的话 现金价值是比你交的钱少的 会有损失的 所以你要是这笔钱两三年内要用 我不建议你买 你先把家里应急的钱留够 剩下的再说 啊 不着急 你想好了再找我
""")

P("YS-0004", "xiaohongshu", "caption", "emoji_heavy/countdown", """
🔥🔥姐妹们冲鸭！！这款3.0的宝藏年金 ⏰还剩最后5天⏰ 下个月就💨没了💨 错过真的要拍大腿😭😭 手慢无‼️ 私我上车🚗
""", [("stop_sale_hype", "还剩最后5天"), ("stop_sale_hype", "下个月就💨没了💨"), ("stop_sale_hype", "错过真的要拍大腿"), ("stop_sale_hype", "手慢无")])

P("YS-0005", "weibo", "caption", "dialect_sichuan/scam_warning", """
各位老乡注意哈！最近好多人接到电话，说是啥子"保险公司客服"，喊你"保单升级"、"退保可以全额退还还多返钱"，叫你下个APP转账。莫信！这些都是骗子。正规保险公司不会喊你往私人账户转钱，退保也是按现金价值退，不存在啥子全额还倒贴。遇到这种电话直接挂了，拿不准就打保单上印的官方客服电话问。转给屋头老汉老妈看哈，莫遭整了。
""")

P("YS-0006", "moments", "caption", "elderly_agent/inducement", """
各位亲朋好友大家好我是老刘做保线二十年了，年底了冲个业绩，凡是这个月在我这里买保险的，我把我的佣金返一半给你，另外还送食用油一桶大米一袋，买的多送的多，介绍朋友来买的还给介绍费二百，欢迎大家来咨询在下谢谢大家支持
""", [("improper_inducement", "我把我的佣金返一半给你"), ("improper_inducement", "送食用油一桶大米一袋"), ("improper_inducement", "介绍朋友来买的还给介绍费二百")])

P("YS-0007", "wechat_mp", "article", "dialect_cantonese/roles_explainer", """
点解买保险要分清「投保人」「被保险人」同「受益人」？好多街坊问过我，今日一次过讲清楚。

投保人，就係同保险公司签合同、负责交保费嘅人。被保险人，就係张保单保障紧嘅人，佢出咗事先会触发赔付。受益人，就係身故保险金最后落到边个手度。三个可以係同一个人，亦可以唔同。

举个例：阿爸帮细路买重疾险，阿爸係投保人，细路係被保险人。重疾保险金一般係赔畀被保险人本人嘅，唔使指定受益人；身故保险金先至要睇受益人。如果冇指定受益人，就会当遗产处理，按法定继承顺序分，手续会麻烦啲，可能要公证、要全部继承人一齐到场。

所以我成日建议：指定受益人，写清楚比例同顺序，第一顺序写边个、第二顺序写边个。家庭情况有变，例如结婚、离婚、添咗BB，记得去改受益人，喺公司APP或者柜面做个变更就得，唔使重新买过。

仲有一个位好多人唔知：投保人可以变更，但係被保险人唔可以改。如果将来想转畀仔女做投保人，要问清楚公司流程，同埋现金价值点处理。

有咩唔明，留言问我，我逐条答。保险係长期嘢，唔好急，睇清楚条款先签名。
""")

P("YS-0008", "moments", "caption", "voice_transcript/nondisclosure", """
【语音转文字】有高血压糖尿病的大哥大姐们 你们别怕 买这个百万医疗 填表的时候你就别勾了 没事的 我跟你讲 过了两年保险公司就不能拒赔了 法律规定的 到时候啥病都给你赔 你放心 我干这么多年了就没见过不赔的
""", [("coverage_exaggeration", "填表的时候你就别勾了"), ("coverage_exaggeration", "过了两年保险公司就不能拒赔了"), ("coverage_exaggeration", "啥病都给你赔"), ("coverage_exaggeration", "就没见过不赔的")])

P("YS-0009", "douyin", "caption", "emoji_heavy/family_news", """
我家老大今天考驾照一把过🎉🎉 当妈的比他还紧张🤣 晚上整顿火锅庆祝🍲 顺便给他把驾乘意外险安排上了，新手上路，安全第一哈🚗💨
""")

P("YS-0010", "weibo", "caption", "dialect_sichuan/disparagement", """
莫去买那个鼎泰人寿的东西哈，我跟你们说，他们家理赔就是拖，拖到你不想要为止，整个就是骗钱的。要买还是来找我，我们这边的巴适得很。
""", [("disparagement", "他们家理赔就是拖，拖到你不想要为止"), ("disparagement", "整个就是骗钱的")])

P("YS-0011", "moments", "caption", "elderly_agent/masked_claim_story", """
今天帮客户李**阿姨办完了理陪，她去年体检查出来甲状腺结节做了手术，按合同约定赔付了。阿姨同意我把这个事情发出来给大家提个醒，名字我就不写全了。体检报告一定要保存好，买保险的时候如实告之，理陪的时候才顺利，这个是我做了十几年最大的体会。
""")

P("YS-0012", "moments", "caption", "run_on/claim_story_pii", """
好消息我们客户赵春梅大姐前段时间查出来乳腺癌住院做了手术我们这边三天就把重疾的钱给她打到卡上了三十万大姐特别感动说早知道多买点有想了解的可以问问赵大姐本人她电话13945127786她都愿意给你们讲讲真的是雪中送炭
""", [("pii_name", "赵春梅"), ("pii_health", "乳腺癌"), ("pii_phone", "13945127786")])

P("YS-0013", "wechat_mp", "article", "dialect_northeast/participating_explainer", """
唠唠分红险那点事儿，不整虚的

最近老有人在后台问我：“老李，分红险到底能分多少？是不是跟银行利息似的，年年固定给？”今儿我就搁这儿一次性唠明白。

头一个，分红险不是存款。存款是银行的事儿，分红险是保险合同，合同里写的“保证利益”那部分是确定的，分红那部分是不确定的。保险公司每年根据经营情况定分红，今年多点明年少点都有可能，有的年份可能就没有。

第二个，宣传单上那个演示利益，它就是个演示，不代表你实际能拿着多少。现在规矩也改了，演示得按监管定的档位来，不是业务员想写多少写多少。你要是看见谁给你写个“年年分红8%”，那你得留个心眼儿。

第三个，红利实现率。这个是保险公司公开披露的，意思是实际分的跟当初演示的比，达成了多少。这个数能看出一家公司分红靠不靠谱，但过去的数也不代表以后。

第四个，退保。分红险前几年现金价值低，你这会儿退，拿回来的钱可能比交的少，有损失。所以短期要用的钱别往里放，这话我跟谁都这么说。

最后说句掏心窝子的：买保险先买保障，意外、医疗、重疾这些先配齐了，手里真有长期不用的闲钱，再考虑分红、年金这些。别让人忽悠着把过日子的钱全整进去。

有啥不明白的评论区唠，我看见了都回。
""")

P("YS-0014", "xiaohongshu", "caption", "emoji_heavy/pinyin_evasion", """
💰宝子们，手里有闲钱的看过来～这款不是lc是bx，但比lc还香！bao ben bao xi，年年都有，wen zhuan bu pei✨ 利息比yh高一大截👆 评论区扣1我私你
""", [("deposit_comparison", "比lc还香"), ("guaranteed_return", "bao ben bao xi"), ("guaranteed_return", "年年都有"), ("guaranteed_return", "wen zhuan bu pei"), ("deposit_comparison", "利息比yh高一大截")])

P("YS-0015", "douyin", "live_script", "dialect_sichuan/live_qa_correct", """
直播间有朋友问：“你们这个能不能保本嘛？”我老实跟你讲哈，这个话我不能乱说。我们这款是分红型的，合同里头写明了的保证部分就是保证的，分红那块是不确定的，有可能多有可能少，演示的数字不代表你实际拿到的。前几年退保还会亏，所以短期要用钱的莫买。
""")

P("YS-0016", "wechat_mp", "article", "elderly_agent/long_retirement_promise", """
给五十岁左右的兄弟姐妹们说说养老的事

我今年六十一了，做保险也有十八个年头，身边看的事多了，今天就想跟大家唠叨唠叨养老这个事情。

咱们这一代人，上有老下有小，年轻时候挣的钱都给孩子买房结婚了，自己手里剩不下几个。等到退休了，社保的养老金够不够花？说实话，在我们这个小地方一个月两三千，吃饭看病是够呛的。我身边就有老姐妹，老伴走的早，自己一个人生了病，连个陪护都请不起，孩子在外地也顾不上，看着真是心酸。

所以我一直跟大家说，养老要早准备，不能光靠孩子，也不能光靠社保。社保是基础，这个一定要交，断了的赶紧补上。医保也一定要有，这个是看病的底子。

然后呢，手里有点余钱的，可以考虑给自己配一份养老年金。我们公司现在有一款福禄双全分红型养老年金，六十岁开始领，领到一百岁，我给好几个老客户都配了。这款每年稳定6%的收益，分红年年都有，一年比一年多，等于是把存单变成保单，钱放在这里比放银行吃那点死利息强多了，活的越久领的越多。

还有就是身体，身体是革命的本钱，每年体检不能少，有啥小毛病早发现早治疗，别拖。

最后再说一句，养老这个事情不能等，等你想起来的时候可能年龄大了买不了了或者保费贵了。有什么不明白的可以随时来找我，电话微信都行，我都在的，给大家耐心讲解。
""", [("guaranteed_return", "每年稳定6%的收益"), ("guaranteed_return", "分红年年都有，一年比一年多"), ("deposit_comparison", "把存单变成保单"), ("deposit_comparison", "比放银行吃那点死利息强多了"), ("missing_disclosure",)])

P("YS-0017", "moments", "caption", "dialect_cantonese/product_name_like_person", """
有街坊问我「金满堂」係边个，系咪我啲客人🤣 唔係呀，係我哋公司一款年金险嘅名，全称「恒禾人寿金满堂年金保险」，同人名冇关系。有兴趣了解条款嘅，记得睇埋保险责任同责任免除先。
""")

P("YS-0018", "moments", "caption", "dialect_northeast/commission_table", """
老铁们瞅瞅咱家这个月政策，内部的哈别往外传：康乐一生首年佣金45%，金满堂年金首佣32%，月底前多交一单再加佣5个点，想跟我干的私信，一块儿挣大钱！
""", [("confidential_info", "内部的哈别往外传"), ("confidential_info", "首年佣金45%"), ("confidential_info", "首佣32%"), ("confidential_info", "再加佣5个点")])

P("YS-0019", "weibo", "caption", "dialect_sichuan/rate_news", """
摆个龙门阵：新闻说监管又在调人身险的预定利率上限了，具体好多以金融监管总局发的文件为准。有人喊“赶紧上车”，我觉得莫慌，保险是买保障的，不是抢购的，自己需要啥子、预算好多，想清楚再说。
""")

P("YS-0020", "douyin", "caption", "homophone_evasion/countdown", """
家人们 这款要停兽了🈲 只剩三天 倒计时⏳ 现在把村款挪过来 以后稳攥不亏 比放银行香多了
""", [("stop_sale_hype", "这款要停兽了"), ("stop_sale_hype", "只剩三天 倒计时"), ("deposit_comparison", "现在把村款挪过来"), ("guaranteed_return", "稳攥不亏"), ("deposit_comparison", "比放银行香多了")])

P("YS-0021", "moments", "article", "voice_transcript/elderly_agent_day", """
【语音转文字】各位老姐妹晚上好啊 我是你们的老周 今天跑了一天有点累 跟大家唠几句 今天上午呢去医院陪一个老客户 我就不说是谁了 咱得给人家保密 她住院了 我帮她把理赔的材料理了理 发票啊 出院小结啊 费用清单啊 这些都得要原件或者按要求拍照 大家平时住院了这些东西千万别扔 扔了再补可麻烦了

然后下午呢 社区请我去讲了讲今年的惠民保 好多老人问我 我有高血压有糖尿病能不能买 我说能买 惠民保是政府指导、保险公司承办的 有既往症的也能投保 但是既往症那部分赔得少 比例是有规定的 具体多少你看当地的条款 不是啥都给你报 这个我得说清楚 别到时候以为全报了 结果拿到的少了心里不舒服

还有一个事儿 最近有人冒充什么律师团队 说能帮你全额退保 还要收你手续费 这个大家千万别信 这叫代理退保 搞不好你保单退了 钱还让人骗走了 有啥想退保的 直接找我或者打公司客服 咱正规走流程 会告诉你能退多少 损失多少 你自己拿主意

好了 今天就说这些 天冷了 大家出门多穿点 家里的老人多打个电话 咱们明天见
""")

P("YS-0022", "moments", "caption", "dialect_cantonese/gift_rebate", """
呢个月喺我度买年金满两万蚊保费，直接送部爱疯15📱，仲包埋首年保费返10%现金，唔使谂啦，搵我！
""", [("improper_inducement", "送部爱疯15"), ("improper_inducement", "首年保费返10%现金")])

P("YS-0023", "moments", "caption", "dialect_northeast/customer_event", """
这是我头一回参加公司的客户节，老热闹了！剪纸、包饺子、量血压，老头老太太们玩得可开心了。明天是活动最后一天，没来的老客户可以带家里人来溜达溜达，不用买啥，就是唠唠嗑。
""")

P("YS-0024", "wechat_mp", "article", "dialect_sichuan/qa_hidden_promise", """
【安逸养老问答】这几天后台问得多的几个问题，我一起答了哈

问：我今年四十五，现在开始准备养老晚不晚？
答：不晚。四十五到五十五，娃娃大了，房贷也快还完了，正好给自己留一笔。先把社保医保交齐，这个是底子。

问：啥子是万能险？
答：万能险就是一份保障加一个账户，交的钱扣了保障成本和费用以后进账户，账户按结算利率每个月给你算利息。合同里有个最低保证利率，这部分是写死了的。

问：那你们那款“安逸年年”万能账户现在结算利率好多？
答：现在是4.0%。我跟你说，这款我敢打包票，保证你每年至少拿4%，一分都不会少，国家兜底的，比你放银行安逸多了。

问：要是中途要用钱咋办？
答：可以部分领取，不过前几年领取有手续费，具体看条款。所以这笔钱最好是五年以上不动的闲钱。

问：买了以后有啥子服务？
答：有专门的服务人员跟进，每年给你寄保单年度报告，账户价值好多一清二楚。

问：身体有点小毛病能不能买？
答：要如实健康告知，核保说了算，我不乱讲。

还有问题的评论区留言，我一个一个回。
""", [("guaranteed_return", "保证你每年至少拿4%，一分都不会少"), ("false_authority", "国家兜底的"), ("deposit_comparison", "比你放银行安逸多了"), ("missing_disclosure",)])

P("YS-0025", "xiaohongshu", "caption", "emoji_heavy/elder_warning", """
⚠️提醒家里长辈⚠️ 保险≠存款❗ 银行柜台有人跟你说“存款搬家”“存单升级”，先问一句：这是不是保险？📄 保险前几年退保会亏钱💸 看清楚合同上写的是XX人寿还是XX银行再签字✍️ 转给爸妈👴👵
""")

P("YS-0026", "moments", "poster_text", "spacing_evasion/poster", """
年 终 特 惠 🧧 保 本 保 息 稳 赚 不 赔 🧧 存 钱 首 选 🧧 详 情 私 信 老 马
""", [("guaranteed_return", "保 本 保 息"), ("guaranteed_return", "稳 赚 不 赔"), ("deposit_comparison", "存 钱 首 选")])

P("YS-0027", "moments", "caption", "dialect_cantonese/disease_general", """
秋冬流感又嚟啦🤧 细路发烧、肺炎入院真係好常见。提提大家，少儿医疗险报销住院费係要睇免赔额同报销比例嘅，唔係乜都全报。入院记得留低发票同费用清单，出院先好办理赔。
""")

P("YS-0028", "moments", "caption", "elderly_agent/claim_paperwork_pii", """
帮客户孙秀兰阿姨整理理赔资料，她身份证230103196804129796，住南岗区学府路188号3单元502，明天我去她家取原件，家里人看到的话帮忙提醒老人把病历找出来
""", [("pii_name", "孙秀兰"), ("pii_id_card", "230103196804129796"), ("pii_address", "南岗区学府路188号3单元502")])

P("YS-0029", "video_channel", "live_script", "voice_transcript/dialect_northeast/disclosure_education", """
【语音转文字】哎 老铁们 今儿唠个正经的 健康告知 好多人买保险栽就栽在这上头

你像有的人吧 听别人忽悠 说啥“有病你别写 过两年保险公司就拿你没招了” 我跟你说 这话可不能信 法律是有个两年的规定 可那是说保险公司知道了你没告知 它得在规定时间里行使解除权 可不是说你故意瞒着 到时候就一准儿给你赔 真要是故意不告知 出了事儿保险公司照样能拒赔 你交的钱都不一定退 你说这冤不冤

那咋整呢 问啥答啥 问到的照实说 没问到的不用说 体检报告上有异常的 像结节啊 血压高点啊 该写写 写了不一定就不能买 可能就是除外或者加点费 也有可能正常承保 比你瞒着强一百倍 到时候理赔的时候心里踏实

再一个 家里有老人的 给老人买的时候 老人有啥病你得问明白了 别替老人拍胸脯 说俺妈身体杠杠的 结果一理赔一查病历 前年就住过院 这就麻烦了

最后说一句 找业务员的时候 谁跟你说不用告知 你就离他远点 这人不靠谱

行了 就唠这些 觉得有用的转给家里人看看
""")

P("YS-0030", "moments", "caption", "voice_transcript/wmp_framing", """
【语音转文字】嗯 那个 李哥 你就把它当成银行理财就行 这个就等于银行理财 年化4个点 保底的 比你存定期强 放心吧 手续我都给你弄好
""", [("deposit_comparison", "你就把它当成银行理财就行"), ("deposit_comparison", "这个就等于银行理财"), ("guaranteed_return", "年化4个点 保底的"), ("deposit_comparison", "比你存定期强")])

P("YS-0031", "moments", "caption", "dialect_sichuan/family_news", """
屋头老汉今天满七十了🎂 一家人围到吃了顿火锅，老汉喝了二两，话都多了，说这辈子最安逸的就是儿女都在身边。祝老汉身体巴巴适适，明年还一起过！
""")

P("YS-0032", "weibo", "comment_reply", "inbound_complaint/dialect_northeast", """
恒禾人寿你们咋回事？我爸住院的理赔拖了仨月了还没信儿，打客服一直说在审核，骗子公司，再不给说法我就去投诉！
""", [("negative_sentiment", "理赔拖了仨月了还没信儿"), ("negative_sentiment", "骗子公司"), ("negative_sentiment", "我就去投诉")])

P("YS-0033", "weibo", "comment_reply", "dialect_cantonese/agent_reply", """
@街坊阿May 唔好意思令你担心咗🙏 理赔进度我可以帮你跟，但请唔好喺评论区公开保单号同证件号码，私信我或者直接打公司客服热线，我哋一齐睇下仲差边份资料。
""")

P("YS-0034", "moments", "caption", "dialect_northeast/state_backing", """
有人问我保险公司要是黄了咋整，我跟你说国家兜底的，保险公司倒不了，你放一百个心，钱搁这儿比搁哪都安全。
""", [("false_authority", "国家兜底的"), ("false_authority", "保险公司倒不了"), ("ad_absolute", "比搁哪都安全")])

P("YS-0035", "toutiao", "article", "dialect_northeast/insolvency_explainer", """
保险公司要是黄了，我的保单咋整？

这问题老有人问，今儿正经唠唠，不吓唬人也不打包票。

第一，保险公司不是想开就开、想关就关的。开一家保险公司门槛挺高，平常还得受金融监管总局管着，每个季度要公布偿付能力报告，这些在公司官网上都能查着。

第二，真要是一家人寿保险公司经营不下去了，《保险法》有规定，它手里的人寿保险合同要转让给别的保险公司，或者由监管机构指定接受转让。意思是你的保单不是说没就没了，会有人接着管。

第三，还有一个保险保障基金，是各家保险公司按规定交钱攒起来的，在保险公司出问题的时候用来救助保单持有人。但是这个救助是有规定比例和上限的，不是说啥都百分百兜着。

所以咋看这事儿？我的意思是：保险合同的保障是有制度安排的，但这不等于保险就没有风险，更不等于谁家产品都一样、随便买。挑公司的时候看看偿付能力、看看服务，挑产品的时候看条款、看免责、看现金价值，这才是正道。

网上有人说“国家兜底、保险公司永远倒不了”，这话说过头了，大伙儿听听就行，别当真。

有啥想问的评论区见。
""")

P("YS-0036", "xiaohongshu", "article", "emoji_heavy/family_plan_hidden_claims", """
👶30岁宝妈的家庭保单作业📒 照抄就行✨

💁‍♀️背景：我30，老公32，娃3岁，两边老人都60出头，家庭年收入二十来万。

🛡️第一步：先给大人买！！大人是家里的顶梁柱，大人倒了娃咋办😢 我和老公各配了定期寿险+重疾+百万医疗+意外，保费加起来一年不到一万。

🧒第二步：娃的保障。少儿重疾我选的是我们家的「童安一生」，这款是全网最全的少儿重疾👑，啥病都能赔，出险了无条件理赔，孩子生病的时候家长怕的就是拖，这款完全不用担心🥹 另外少儿医疗选了带门急诊的，小朋友感冒发烧跑医院太频繁了。

👵第三步：老人。老人年纪大了重疾基本买不了或者太贵，我给爸妈配的是惠民保+意外险，惠民保有既往症也能投，只是赔付比例低一些，这个要心里有数。

💡几个小经验：
1️⃣ 先保障后理财，别一上来就买年金
2️⃣ 健康告知一定老老实实填
3️⃣ 保额够用比保费便宜更重要
4️⃣ 每年整理一次保单，放一个文件夹里

🎁另外这个月找我配「童安一生」的，送儿童平衡车一辆，名额有限先到先得～

有问题评论区问，我看到都会回💕
""", [("ad_absolute", "全网最全的少儿重疾"), ("coverage_exaggeration", "啥病都能赔"), ("coverage_exaggeration", "无条件理赔"), ("improper_inducement", "送儿童平衡车一辆")])

P("YS-0037", "moments", "caption", "elderly_agent/compliance_news", """
今天公司组织学习了新的销售行为管理办法，以后朋友圈不能乱发产品信息了，不能说保本，不能炒做停售，不能返佣送礼，大家以后看到我发的少了别以为我不干了哈哈，我还在的，有事随时找我
""")

P("YS-0038", "moments", "caption", "run_on/countdown", """
今年最后一个月了下个月这个产品就下架了利率要降了赶紧找我锁定再不买就没机会了有意向的抓紧时间联系我微信同号
""", [("stop_sale_hype", "下个月这个产品就下架了"), ("stop_sale_hype", "利率要降了赶紧找我锁定"), ("stop_sale_hype", "再不买就没机会了")])

P("YS-0039", "douyin", "caption", "dialect_northeast/ranking_refusal", """
评论区有人问：“你们家是不是行业第一？”排名这种话我不说，也不该说。公司偿付能力报告、服务评价都是公开的，想比较的自己去官网查，眼见为实。
""")

P("YS-0040", "moments", "caption", "elderly_agent/bank_card_pii", """
提醒一下客户王德顺大哥，今天扣续期保费没扣成功，您那张卡6228482254410199526余额不够了，家里人看到帮忙转告一声，宽限期内补上就行
""", [("pii_name", "王德顺"), ("pii_bank_card", "6228482254410199526")])

P("YS-0041", "wechat_mp", "article", "dialect_cantonese/universal_product_correct", """
「如意宝」万能账户点样计利息？一篇讲晒

最近有几位街坊问我公司嗰款「恒禾人寿如意宝终身寿险（万能型）」，话见到宣传讲「结算利率」，唔知同银行利息有咩分别。今日用最白嘅话讲下。

一、保费去咗边？
你交嘅保费唔係全部入账户。先扣初始费用，之后每个月扣保障成本（即係身故保障嘅成本），剩低嘅先至係账户价值。所以头几年账户价值会低过你交嘅钱，呢点一定要知。

二、结算利率係咩？
账户每个月按公司公布嘅结算利率计息。合同写明嘅最低保证利率係1.75%，呢个係保底嘅部分，而且只係针对万能账户。超过最低保证利率嘅部分係唔确定嘅，公司会按投资情况每月公布，可能高可能低，过去嘅结算利率唔代表将来。

三、可唔可以随时攞钱出嚟？
可以部分领取，但头五个保单年度领取会收手续费，比例喺条款度写明。退保都一样，前几年会有损失。

四、同银行存款有咩唔同？
佢係保险合同，唔係存款，冇存款保险，亦都唔适合同存款直接比利率。如果你呢笔钱一两年内要用，我唔建议放入去。

五、适合边啲人？
适合有长期闲钱、想要一份身故保障、又接受收益唔确定嘅人。

以上只係简单介绍，具体以合同条款为准。保险有风险，投保需谨慎。有咩唔明，留言或者私信我。
""")

P("YS-0042", "moments", "poster_text", "emoji_evasion/cashback", """
🎉年底福利🎉 本月投保 💰返💰现💰 20% 📱➕ 送体检卡一张 名额有限 先到先得 私聊👉 老客户转介绍同样有礼
""", [("improper_inducement", "💰返💰现💰 20%"), ("improper_inducement", "送体检卡一张")])

P("YS-0043", "weibo", "comment_reply", "dialect_sichuan/disease_question", """
回复@川妹子小罗：甲状腺癌咋个赔，要看分期和合同约定，有的属于轻度恶性肿瘤，按条款的比例赔，不是一律按重疾赔全额。各家产品不一样，具体看条款里头的定义哈，拿不准的把条款发我，我帮你对一下。
""")

P("YS-0044", "moments", "caption", "elderly_agent/named_diagnosis", """
大家帮忙转发祈福，我的老客户刘桂芳大姐确诊胃癌晚期了，现在在省肿瘤医院住院，我们已经给她赔了重疾，希望大姐挺过去，好人一生平安
""", [("pii_name", "刘桂芳"), ("pii_health", "胃癌晚期")])

P("YS-0045", "moments", "caption", "dialect_northeast/product_name_like_person", """
咱公司新出的意外险叫「何太平」，老多人以为是个人名儿😂 全称是「恒禾财险何太平家庭意外险」，管意外身故伤残和意外医疗，猝死、高风险运动这些得看条款里有没有，别想当然。
""")

P("YS-0046", "wechat_mp", "article", "dialect_cantonese/savings_framing_long", """
【阿芳姐讲储钱】后生仔女储唔到钱？睇下我点帮屋企人储

我做咗保险十几年，成日有后生问我：阿芳姐，点先储到钱？我话你知，储钱最紧要係「强制」。放喺银行卡，一唔小心就碌咗卡；放股票基金，升升跌跌心都离。

我自己同屋企人都用紧一款增额终身寿，我叫佢做「保险存钱罐」。每年存两万，存五年，之后就唔使再供，到期连本带利慢慢增长，锁定3.5%复利终身，呢个利息银行冇得比。

点解咁讲？你而家去银行问下，三年定期得1.几厘，大额存单都冇2厘，我呢个直接多一倍。

而且佢好灵活，将来仔女读书、结婚、自己养老，都可以减保攞钱出嚟用。

当然，呢个唔係话所有钱都放入去。日常洗费、应急钱一定要留足，三至六个月生活费放喺活期。保障方面，重疾、医疗、意外要先买齐，先至轮到储蓄。

仲有一点，健康告知要如实填，虽然增额寿对身体要求唔高，但都要照实答。

想知自己每年存几多合适，可以私信我，我帮你度一份计划书，唔买都冇所谓，当交个朋友。
""", [("deposit_comparison", "保险存钱罐"), ("deposit_comparison", "每年存两万，存五年"), ("deposit_comparison", "到期连本带利慢慢增长"), ("guaranteed_return", "锁定3.5%复利终身"), ("deposit_comparison", "呢个利息银行冇得比"), ("deposit_comparison", "我呢个直接多一倍")])

P("YS-0047", "moments", "caption", "voice_transcript/guaranteed_renewal_fact", """
【语音转文字】哎 你问的那个保证续保啊 是这么回事 这个医疗险合同里写的是保证续保20年 这20年里头就算你得了病 或者这个产品停售了 也能接着续 但是保费不是一直不变的 会随着年龄还有费率调整变 这个你得心里有数 别听人说一次定价管一辈子
""")

P("YS-0048", "weibo", "caption", "homophone_evasion/disparagement", """
提醒一句，瑞疯人寿那家的重疾全是坑，买了等于白买，理赔专挑毛病，他家业务员嘴上说得好听，出了事人影都找不着。
""", [("disparagement", "全是坑，买了等于白买"), ("disparagement", "理赔专挑毛病"), ("disparagement", "出了事人影都找不着")])

P("YS-0049", "moments", "article", "run_on/elderly_agent_scam_warning", """
今天孙子过五岁生日一大家子人在饭店吃的饭孩子可高兴了收了好多玩具我也给他包了个红包他爸妈给他订了个奥特曼的蛋糕吹蜡烛的时候许愿说要当警察把坏人都抓起来大家都笑了

说个正事隔壁楼的老张头前两天差点让人骗了有人拉他去听什么养老讲座天天送鸡蛋送挂面去了几次以后让他买一个什么养老项目说年息百分之十二保本保息到期还能返现老张头都准备去银行取钱了他闺女着急给我打电话问我我说这个肯定不是保险也不是正规理财正规的保险公司不会在那种讲座上收现金的更不会给你承诺年息百分之十二你让他看看合同是哪家公司的有没有保险公司的章能不能在保险公司官网上查到保单后来一查啥也查不到就是个皮包公司幸亏钱还没交出去

我做保险以经十五年了这种事见的太多了大家家里有老人的多留个心眼凡是说保本保息高回报的凡是让你往个人账户转钱的凡是不给正式合同的都别信天上不会掉馅饼的有拿不准的随时问我我不收钱给大家把把关真是保险的我给你看条款不是保险的我也跟你说实话

最后祝我大孙子生日快乐健健康康长大
""")

P("YS-0050", "xiaohongshu", "caption", "emoji_heavy/countdown_no_stop_word", """
‼️12月31日24点以后就买不到这个利率了⏰ 最后一波2.5%‼️ 还在犹豫的姐妹抓紧🏃‍♀️ 早上车早安心🚗 私信我出方案
""", [("stop_sale_hype", "12月31日24点以后就买不到这个利率了"), ("stop_sale_hype", "最后一波2.5%")])

P("YS-0051", "moments", "caption", "dialect_cantonese/cooling_off_reminder", """
提提上个月投保嘅客户：犹豫期係15日，今日係最后一日。如果你觉得份保单唔啱自己，今日之内可以申请退保，犹豫期内退保会退返已交保费（按合同可能扣少少工本费）。有疑问即刻搵我，唔好拖过今日。
""")

P("YS-0052", "moments", "caption", "voice_transcript/premium_advance", """
【语音转文字】你先别着急交钱 第一年的保费我先帮你垫上 你明年手头宽裕了再给我就行 反正咱俩谁跟谁 签字就完事了
""", [("improper_inducement", "第一年的保费我先帮你垫上")])

P("YS-0053", "douyin", "caption", "news_regulator/compliance_reminder", """
刚看到新闻：有地方监管部门通报了一批保险销售人员违规的案例，有人在朋友圈发“保本保息”“返佣”被罚了。干这行的都看看，别为了一单把自己搭进去。
""")

P("YS-0054", "moments", "caption", "elderly_agent/policy_number_pii", """
客户周玉珍的保单号HH2025110800417已经办理了减保，钱三个工作日到帐，周姐放心，有啥问题随时找我
""", [("pii_name", "周玉珍"), ("pii_policy_number", "HH2025110800417")])

P("YS-0055", "toutiao", "article", "dialect_sichuan/critical_illness_explainer", """
重疾险到底赔啥子？摆清楚，莫遭误会

好多人以为买了重疾险就是“得了大病就赔”，其实没那么简单。今天我用四川话给大家摆一摆。

一是病种有定义。重疾险赔的病，是合同里头列出来的，像恶性肿瘤、急性心肌梗死、脑中风后遗症这些，每一种都有医学定义和条件。比如脑中风后遗症，要求是确诊180天后还有规定的功能障碍，不是一中风就赔。

二是轻症、中症和重症分开赔。有些病程度轻，按轻症赔一部分保额；程度重了才按重疾赔全额。甲状腺癌、原位癌这些，按现在的规范好多属于轻度恶性肿瘤，赔的比例就低。

三是等待期。一般90天或者180天，等待期里头确诊的，按合同一般是退保费、不赔保额。所以莫等到身体不舒服了才想起买。

四是健康告知。投保的时候问到的情况要如实说，隐瞒了，出事了可能拒赔。

五是保额。重疾险赔的钱不光是治病，还是养病期间的收入补偿，保额太低作用有限，一般建议是年收入的三到五倍，看预算。

最后说一句，买之前把“保险责任”和“责任免除”两部分仔仔细细看一遍，看不懂就问，问清楚了再签字，这个比啥子都要紧。

有问题评论区摆，我晓得的都跟你说。
""")

P("YS-0056", "douyin", "caption", "dialect_sichuan/no_disclosure_claim", """
这款医疗险莫得健康告知，有病也能赔，三高、结节都能买，住院全报销，一年才几百块钱，安逸惨了！链接在评论区
""", [("coverage_exaggeration", "莫得健康告知"), ("coverage_exaggeration", "有病也能赔"), ("coverage_exaggeration", "住院全报销")])

P("YS-0057", "moments", "caption", "elderly_agent/medical_spec", """
咱这款百万医疗最高保额600万，一般医疗有1万免赔额，重大疾病0免赔，报销比例看有没有社保，以有社保身份投保并用社保结算的100%报，没用社保结算的按60%报。等待期30天，具体以条款为准。
""")

P("YS-0058", "moments", "caption", "dialect_cantonese/slogan", """
买保险就揾阿杰！全大湾区服务最好嘅保险顾问，理赔100%包赔，唔使担心！有需要嘅朋友直接私信我啦。
""", [("ad_absolute", "全大湾区服务最好嘅保险顾问"), ("coverage_exaggeration", "理赔100%包赔")])

P("YS-0059", "moments", "caption", "emoji_heavy/beneficiary_family", """
今天陪我妈去把保单受益人改了😌 原来写的是我爸，我爸前年走了一直没顾上改，现在改成我和我弟各50%。家里有类似情况的记得翻出保单看看受益人还对不对哦🙏
""")

P("YS-0060", "wechat_mp", "article", "dialect_northeast/year_end_leak_promise", """
年终唠嗑：干保险第八年

一晃干保险八年了，年底了跟大伙儿唠唠这一年。

今年感受挺深的就是累，但也踏实。跑了二百多户人家，办了三十多件理赔，大的有重疾，小的就是孩子发烧住院报销。每次把钱送到人家手里，心里就觉着这活儿没白干。

说点行业的事儿。今年监管管得严了，朋友圈不让瞎发，产品也换了好几茬，利率一降再降。说实话，对我们这些一线的压力挺大，公司给我们定的季度考核任务是每人30万标保，完不成就降级，我这季度差点没完成，最后是几个老客户帮着加保才够上。

也有好事儿。今年我们团队进来三个新人，都是二十多岁的小年轻，能吃苦，嘴也甜，我挺看好他们的。

明年我主推的还是咱家那款「鸿福满堂」分红型终身寿，去年分红实现率100%，今年肯定也差不了，保单利益一年比一年高，给孩子攒教育金、给自己攒养老钱都合适。

最后感谢一年来信任我的老客户们，没有你们就没有我。明年我继续在，有事儿吱一声，随叫随到，祝大伙儿新年顺顺当当。
""", [("confidential_info", "季度考核任务是每人30万标保"), ("guaranteed_return", "今年肯定也差不了"), ("guaranteed_return", "保单利益一年比一年高"), ("missing_disclosure",)])

P("YS-0061", "video_channel", "live_script", "voice_transcript/claim_story_id_card", """
【语音转文字】各位家人们晚上好 今天给大家讲个真事儿 就上个月的事 我一个老客户 叫韩立新 五十一岁 在咱们这个新华街道住 平时身体挺好的 单位体检的时候查出来肺上有个结节 后来一查是肺腺癌早期 做了手术 他这个重疾是前年在我这儿买的 保额五十万 我给他跑的理赔 材料交上去一个礼拜钱就到了 韩哥说要不是这五十万 手术费还得跟亲戚借 他媳妇儿当时就哭了 拉着我的手一个劲儿说谢谢 我说别谢我 要谢就谢你们自己当初舍得花这个钱 我就是个跑腿的

我为啥讲这个事呢 就是想告诉大家 保险这东西 平时看着没用 用的时候真管用 你说谁能想到一个五十出头的人 天天打太极 身体倍儿棒 说得病就得病了

我把他的理赔材料给大家念念 身份证号是510104197511231592 理赔金额五十万 这都是实打实的 不是我编的 想看原件的私信我

所以啊 我还是那句话 保险要趁早买 身体好的时候买 等查出来毛病了 想买都买不了了 有啥问题随时问我 我都在
""", [("pii_name", "韩立新"), ("pii_health", "肺上有个结节"), ("pii_health", "肺腺癌早期"), ("pii_id_card", "510104197511231592")])

P("YS-0062", "moments", "caption", "dialect_northeast/own_contact", """
新的一年继续为大伙儿服务💪 保单查询、理赔报案、信息变更都可以找我。我的电话13836012345（微信同号），晚上十点以后消息可能回得慢，急事直接打公司客服热线。
""")

P("YS-0063", "moments", "caption", "dialect_sichuan/deposit_move", """
降息了哈！存款利率又降了，莫把钱放银行吃灰了，赶紧把存款转到增额寿里头，利率锁死一辈子，娃娃的教育金、自己的养老钱都有了。
""", [("deposit_comparison", "莫把钱放银行吃灰了"), ("deposit_comparison", "赶紧把存款转到增额寿里头"), ("guaranteed_return", "利率锁死一辈子")])

P("YS-0064", "wechat_mp", "article", "dialect_cantonese/is_insurance_a_scam", """
「保险係咪都係呃人嘅？」——呢个问题我听咗十几年

每次饮茶，总有亲戚问我：「阿伟，你哋保险係咪都係呃人嘅？」我唔嬲，因为我明白点解大家会咁谂。

第一种情况：买嘅时候冇睇清楚。好多人买咗重疾险，以为乜病都赔，点知病种唔喺合同入面，或者未达到定义，就觉得被呃。其实合同写得好清楚，问题係买嘅时候冇人讲清楚，或者自己冇睇。

第二种情况：冇如实告知。投保时有病冇讲，出险时保险公司查到，拒赔。呢个唔係保险呃人，係投保嘅时候出咗问题。

第三种情况：当咗储蓄。有人被人讲「好似存钱咁」，买咗分红险，两年后想退，发现只退返一半，就话保险呃人。分红险本身前几年现金价值就低，红利亦都係唔确定嘅，卖嘅人如果冇讲清楚，就係销售误导。

所以我嘅答案係：保险本身唔呃人，但係卖保险嘅人讲嘢要负责任，买保险嘅人亦都要睇清楚。我自己做咗十几年，最怕嘅就係客人买咗唔明白。

如果你手上有保单唔知买咗乜，可以拎嚟畀我睇，唔使你买任何嘢，我帮你逐条讲。
""")

P("YS-0065", "moments", "caption", "elderly_agent/email_pii", """
已经把电子保单发到客户陈晓丽的邮箱chenxiaoli1988@163.com了，陈姐查收一下，收不到的话看看垃圾箱，还收不到就给我打电话
""", [("pii_name", "陈晓丽"), ("pii_email", "chenxiaoli1988@163.com")])

P("YS-0066", "douyin", "caption", "dialect_northeast/name_correction", """
有老铁问：保单上名字写错一个字咋整？别慌，拿着身份证到公司柜面或者在APP上申请信息变更，改过来就完事儿了，不影响保障。就怕名字错了一直不管，到理赔的时候核对身份麻烦。
""")

P("YS-0067", "wechat_mp", "article", "dialect_cantonese/qa_unit_linked_promise", """
【街坊问，阿伟答】投连险係咩嚟？

问：阿伟，见到你朋友圈成日讲「投连」，究竟係咩？
答：投连即係投资连结保险，你交嘅保费扣咗费用之后，会放入唔同嘅投资账户，例如稳健型、平衡型、进取型，账户价值跟住投资表现升跌。

问：同买基金有咩唔同？
答：投连係保险合同，有身故保障，账户之间可以免费转换几次，亦都有一定嘅传承上嘅安排，具体要睇条款。

问：你哋嗰款「恒禾人寿智富通投资连结保险」表现点？
答：佢个进取型账户去年升咗18%，前年都有12%，我自己同屋企人都有买。你而家入，基本上每年一成几係有嘅，就算跌都跌唔到边度去，长线一定赚。

问：要几多钱先买得？
答：期交每年一万起，趸交五万起。

问：几时可以攞返啲钱？
答：第三年之后可以部分领取，前两年领取或者退保会收手续费。

问：身体唔好可唔可以买？
答：投连嘅身故保障都要做健康告知，照实填，核保话事。

有兴趣嘅朋友可以私信我，我帮你睇下边个账户组合适合你。
""", [("guaranteed_return", "基本上每年一成几係有嘅"), ("guaranteed_return", "就算跌都跌唔到边度去"), ("guaranteed_return", "长线一定赚"), ("missing_disclosure",)])

P("YS-0068", "weibo", "caption", "dialect_sichuan/sms_scam_warning", """
收到短信说“您的保单有退费未领取，点击链接办理”的，莫点！保险公司退费不会发个陌生链接喊你填银行卡号和验证码。拿不准就打保单上的客服电话核实，验证码哪个问都莫给。
""")

P("YS-0069", "xiaohongshu", "caption", "emoji_heavy/superlative_slogans", """
👑重疾险之王👑 来了！！保障天花板🔝 闭眼冲就完事了💯 NO.1不是吹的😎 想了解的姐妹私我看条款📄
""", [("ad_absolute", "重疾险之王"), ("ad_absolute", "保障天花板"), ("ad_absolute", "闭眼冲就完事了"), ("ad_absolute", "NO.1不是吹的")])

P("YS-0070", "toutiao", "article", "dialect_northeast/pension_and_compulsory", """
唠两个正事儿。

头一个是个人养老金。好多老铁问我这是啥，我简单说说：这是国家的政策，每年最多能往个人养老金账户里存一万二，存的钱能在个税里扣除，能买的产品有储蓄存款、理财、基金，也有保险公司的专属商业养老保险这些，都得是名录里头的。它跟咱平常说的买保险不是一回事儿，它是个账户，账户里买啥自己选。钱存进去以后一般得到退休才能领，中间不能随便取，这个得想明白了。账户里买的东西有的有波动，有的可能还亏，不是啥都保本，看你买的是啥。

第二个是交强险。刚买车的老铁记着，交强险是国家强制保险，不买上不了路，被查着了还得罚。但是交强险保额低，死亡伤残那块才十八万，撞个好车、伤个人根本不够，所以商业三者险也得买，保额现在一般建议二百万往上，城里车多人多，一百万都不一定够使。

再啰嗦一句，买车险的时候别光看便宜，多问问出了险咋报案、咋定损、多长时间赔下来，这些比省几十块钱要紧多了。

就这些，有啥不懂的评论区问。
""")

P("YS-0071", "moments", "caption", "spacing_evasion/named_diagnosis", """
大家一起为老客户刘 建 军大哥祈祷🙏 脑梗住院第三天了，人还没醒，保险这边的事我都给跑下来了，家属放心
""", [("pii_name", "刘 建 军"), ("pii_health", "脑梗住院第三天了，人还没醒")])

P("YS-0072", "moments", "caption", "elderly_agent/masked_consented_claim", """
【理赔分享·已征得客户本人同意】客户陈**，去年体检发现甲状腺乳头状癌，按合同轻度恶性肿瘤赔付了保额的30%。她让我转告大家：体检有异常别拖着，买保险的时候如实告知，该写的都写上。
""")

P("YS-0073", "douyin", "live_script", "dialect_northeast/live_countdown", """
【直播口播稿】
家人们晚上好！欢迎新进来的朋友，点点关注不迷路！

今天咱不整别的，就唠一款产品。先说好，我是持证的哈，执业证号在主页能查着。

这款是咱们家的「恒禾福满年金保险」，普通型的，交五年，第六年开始每年领，领到终身。领多少合同里写死了，现金价值表也附在合同后边，这部分都是确定的。

但是！家人们！重点来了！今晚12点就下架了，过了今晚就再也买不到了，这是今年最后一个机会，错过再等一年都不一定有！

有人问我，为啥下架？利率要降，下一款肯定没这个好。所以今天能上车的赶紧上车，屏幕下方小黄车点进去，有问题的打在公屏上，助理一个一个回。

投保年龄是出生满28天到60周岁，交费方式有年交和月交，月交的话每个月扣一次，别忘了卡里留够钱。

犹豫期十五天，不满意可以退，这个大家放心。前几年退保有损失，这个也得跟大伙儿说清楚。

还有家人问能不能给老人买，六十岁以内都行，超过了就买不了了，具体看投保规则。

再说一遍，今晚12点！倒计时开始！能不能上车就看今天了！
""", [("stop_sale_hype", "今晚12点就下架了"), ("stop_sale_hype", "过了今晚就再也买不到了"), ("stop_sale_hype", "这是今年最后一个机会"), ("stop_sale_hype", "错过再等一年都不一定有"), ("stop_sale_hype", "利率要降，下一款肯定没这个好"), ("stop_sale_hype", "倒计时开始"), ("stop_sale_hype", "今天能上车的赶紧上车"), ("stop_sale_hype", "能不能上车就看今天了")])

P("YS-0074", "moments", "caption", "dialect_cantonese/contract_terms", """
份少儿保单我帮大家拆下：投保人係阿妈，被保险人係仔仔，附加咗投保人豁免——即係阿妈如果出咗合同约定嘅事，之后嘅保费唔使再交，保障照样有。满期金返还係合同写明嘅生存金，唔係额外送嘅。
""")

P("YS-0075", "moments", "caption", "dialect_northeast/regulator_endorsement", """
咱这产品金融监管总局审批过的，安全有保障，监管认证的好产品，专家都推荐，你就放心买，错不了！
""", [("false_authority", "金融监管总局审批过的，安全有保障"), ("false_authority", "监管认证的好产品"), ("false_authority", "专家都推荐")])

P("YS-0076", "xiaohongshu", "article", "emoji_heavy/bank_upsell_story", """
💢差点把我妈的养老钱变成了保单｜记录一下

📍上周陪我妈去银行存定期，大堂一个小姐姐热情地把我们拉到理财区，说“阿姨现在定期利息太低了，有款'存款升级版'，利息比定期高一倍，还保本”。我妈当场就心动了😅

🤔我多问了一句：这是存款还是保险？小姐姐支支吾吾说“算是保险公司的储蓄产品”。再要合同一看，是一款分红型终身寿险，交十年，演示表上写着很高的数字，但旁边有一行小字“红利分配是不确定的，演示利益不代表实际收益”。

📉我又问：中途要退是多少钱？翻到现金价值表，第一年退只能拿回不到三成，第五年也才七成多。

✅最后我们没买，还是存了定期。不是说这个产品不好，而是：
1️⃣我妈这笔钱三年内可能要用
2️⃣她以为是存款，根本没搞懂是保险
3️⃣演示的分红不是确定能拿到的

💡给大家的建议：
▪️在银行听到“存款升级”“比定期高”先问清楚是不是保险
▪️看合同抬头是哪家保险公司
▪️看现金价值表，算算中途退会亏多少
▪️分红那部分当成“可能有”，别当成“一定有”

👵转给家里长辈，别被话术带跑了🙏
""")

P("YS-0077", "moments", "caption", "elderly_agent/underwriting_leak", """
给团队伙伴们发个福利，核保内部口径，别外传：甲状腺结节3级以下、乳腺结节3级以下按标准体，肺结节8毫米以下免体检直接过，赶紧去签单！
""", [("confidential_info", "核保内部口径，别外传"), ("confidential_info", "甲状腺结节3级以下、乳腺结节3级以下按标准体"), ("confidential_info", "肺结节8毫米以下免体检直接过")])

P("YS-0078", "weibo", "caption", "dialect_sichuan/commission_question", """
有朋友问我：“你们卖一单保险佣金是不是好高哦？”现在搞“报行合一”，费用要跟报给监管的一致，不能乱给。具体好多是公司内部的事，我不方便说。但有一点我敢讲：买不买、买啥子，按自己需要来，莫因为哪个给你“返点”就买，那是违规的。
""")

P("YS-0079", "moments", "caption", "run_on/discount_gift", """
车险到期的老铁找我续保我给你打八五折再送一箱牛奶加一桶油保单当天就出老铁们抓紧找我昂
""", [("improper_inducement", "我给你打八五折"), ("improper_inducement", "再送一箱牛奶加一桶油")])

P("YS-0080", "moments", "caption", "dialect_cantonese/own_health_news", """
上个礼拜做咗个小手术，休息咗几日，多谢各位客人同朋友关心🙏 而家已经返工啦。经过呢次，更加觉得医疗险要早啲买，我自己张单今次报咗大部分费用，自付嗰啲都喺预期之内。
""")

P("YS-0081", "xiaohongshu", "article", "emoji_heavy/savings_hack_participating", """
💰25岁打工人的强制存钱法｜亲测有效

🙋‍♀️先说背景：月薪8k，以前月光，存不下一分钱😭 去年开始用这个方法，一年攒了3万多！

1️⃣记账：每天晚上花5分钟记账，知道钱花哪了
2️⃣分账户：工资到手先分成生活费、应急金、存钱三份
3️⃣应急金：3-6个月生活费，放活期或者货基，随用随取
4️⃣存钱部分👇重点来了

我存钱用的是一款分红型的年金险「恒禾金豆豆」📈 每个月交1000，当作是零存整取，交满10年。它的好处是：
✔️年化3.5%起步，还有分红拿
✔️比余额宝高多了，余额宝现在才1点几
✔️中途想用钱可以随时取，不亏本金
✔️每月自动扣款，不会手痒乱花

我还做了个对比表📊：
余额宝 1.3% | 银行定期 1.5% | 金豆豆 3.5%+分红

姐妹们算算就知道哪个香了😏

5️⃣消费降级：奶茶从一天一杯改成一周一杯，一年省好几千

💬有想了解「金豆豆」的评论区扣“存钱”，我一个个私你～
""", [("deposit_comparison", "我存钱用的是一款分红型的年金险"), ("deposit_comparison", "当作是零存整取"), ("guaranteed_return", "年化3.5%起步，还有分红拿"), ("deposit_comparison", "比余额宝高多了"), ("guaranteed_return", "可以随时取，不亏本金"), ("deposit_comparison", "余额宝 1.3% | 银行定期 1.5% | 金豆豆 3.5%+分红"), ("missing_disclosure",)])

P("YS-0082", "moments", "article", "voice_transcript/dialect_sichuan/wedding_news", """
【语音转文字】哎呀各位亲戚朋友 今天我幺女结婚 好多人来不到 我就发个语音谢谢大家哈 酒席摆了二十桌 热闹得很 女婿是个老实娃娃 在成都搞设计的 两个人耍了五年了 终于修成正果 我这个当妈的心头 又高兴又舍不得

说个题外话哈 好多朋友晓得我是做保险的 今天酒席上还有人问我 娃娃结婚了保单要不要动 我顺便说一下 一个是受益人 以前给女儿买的保单 受益人写的是我和她老汉 现在她成家了 要不要改成她老公 这个她们小两口自己商量 我不替她做主 二个是投保人 以前是我交的 以后想转给她自己交也可以 去公司办个变更就行 三个是新家庭的保障 两个年轻人 房贷要还 以后还要生娃娃 意外险 医疗险 重疾险 定期寿险这些基础的先配齐 保额够用就行 莫一上来就买贵的

好了好了 今天不谈工作 大家吃好喝好 没来的 喜糖我给你们留到起的 过几天给你们送过来 还有我那几个老姐妹 今天帮我忙前忙后 从早上五点钟忙到现在 辛苦了辛苦了 改天我请你们喝茶 谢谢大家 谢谢大家哈
""")

P("YS-0083", "moments", "caption", "dialect_sichuan/unreleased_product_leak", """
给老客户透个底，内部消息哈，下个月要出新品，费率表还没公布，我先给你们说，想买的先跟我登记，到时候第一批给你们办。
""", [("confidential_info", "内部消息哈，下个月要出新品"), ("confidential_info", "费率表还没公布，我先给你们说")])

P("YS-0084", "douyin", "caption", "dialect_northeast/timing_advice", """
老有人问啥时候买保险合适。要我说最好是身体好的时候买，最好先做个体检心里有底，别等查出毛病了再着急。给孩子买的话，出生满28天就能投，年纪小保费低，这也算是最佳投保时机吧。
""")

P("YS-0085", "moments", "caption", "dialect_cantonese/referral_fee_pii", """
多谢黄志强先生帮我介绍咗三位朋友过嚟投保🙏 按约定每单畀佢500蚊介绍费，已经转咗。有朋友想了解黄生嘅经验，可以直接打畀佢 15846230917。
""", [("pii_name", "黄志强"), ("improper_inducement", "每单畀佢500蚊介绍费"), ("pii_phone", "15846230917")])

P("YS-0086", "moments", "caption", "dialect_cantonese/hype_warning", """
见到有人喺群入面讲「呢款无条件理赔、乜都赔」，我真係忍唔住讲两句：世上冇乜都赔嘅保险。每份保单都有保险责任同责任免除，等待期、免赔额、报销比例，全部写喺合同度。听到咁嘅讲法，问佢攞条款睇清楚先。
""")

P("YS-0087", "wechat_mp", "article", "run_on/elderly_agent_accident_exaggeration", """
给跑车的司机师傅们说说意外险的事

我老伴儿以前就是跑大车的跑了三十年风里来雨里去的这行多辛苦多危险我是知道的所以我一直跟司机师傅们说意外险一定得有这是给家里人留的一份保障不是给自己花的是给老婆孩子爹妈留的

咱这款「路路安」意外险一年三百多块钱意外身故伤残保五十万意外医疗保五万住院还有津贴一天一百这个价在现在算是挺实在的

有师傅问我喝了点酒开车出事了赔不赔我跟你说酒驾也赔你放心咱这个不管那些还有猝死也赔全额五十万一分不少

还有就是职业类别这个得说清楚货车司机一般是四类有的产品只保一到三类买之前得看好了别买错了买错了出了事不赔那可就白花钱了还有一个是车上人员和三者这个是车险的事跟意外险不是一回事别搞混了

投保也简单手机上填个信息就行不用体检次日零时生效保一年到期了记着续

最后就是提醒师傅们开车千万别疲劳驾驶累了就找个服务区歇会儿钱是挣不完的人得好好的家里老婆孩子都等着你回家呢大过年的都平平安安的
""", [("coverage_exaggeration", "酒驾也赔你放心咱这个不管那些"), ("coverage_exaggeration", "猝死也赔全额五十万一分不少")])

P("YS-0088", "wechat_mp", "article", "elderly_agent/claim_lessons_masked", """
说说这几年帮客户理赔的事（都是客户同意了才说的，名字都隐去了）

第一个是位六十多的王阿姨，买的防癌险，前年查出来结肠癌，材料齐全，一个多星期就赔下来了。王阿姨说这个钱给她减轻了不少负担。

第二个是个三十多岁的小伙子，百万医疗，阑尾炎住院花了八千多，这个没赔，为啥呢，因为百万医疗一般医疗有一万的免赔额，他社保报完自费那部分没超过一万，所以保险这块赔不了。小伙子一开始挺生气，我给他把条款翻出来一条一条对，他也就明白了。所以我说买保险的时候得把免赔额搞清楚，不然出了事心里有落差。

第三个是个拒赔的，这个我也要说。一位客户买了重疾险第二个月就查出来乳腺癌，还在九十天等待期里头，按合同只能退还已交保费，不能赔保额。家里人当时很激动，说保险公司骗人，我也很难受，可合同就是这么写的，当初签的时候我是讲过等待期的。

我想说的是，保险能赔的不能赔的，合同里都写着呢，我们做业务的要讲清楚，客户自己也要看明白，别光听好听的。理陪的时候该准备的资料准备好，发票、病历、出院小结都留着，有不明白的问我，我不会瞒着大家。
""")

P("YS-0089", "weibo", "comment_reply", "inbound_complaint/dialect_sichuan", """
恒禾人寿的人看一下嘛，我要退保退了两个月了，打了十几次电话都莫得人管，退保无门，黑心公司！
""", [("negative_sentiment", "打了十几次电话都莫得人管"), ("negative_sentiment", "退保无门"), ("negative_sentiment", "黑心公司")])

P("YS-0090", "moments", "caption", "dialect_sichuan/policy_loan_terms", """
有朋友问保单贷款咋个算。按我们这款合同，借款金额不超过现金价值的80%，借款利息按公司公布的利率按复利计息，到期要连借款本金带利息一起还，没还上的话利息滚到本金里头，贷款本息超过现金价值的时候保单效力会中止。急用钱可以用，但莫当成提款机。
""")

P("YS-0091", "moments", "caption", "dialect_cantonese/illustration_promise", """
阿姨你睇下，呢份计划书上面演示嘅数就係你将来攞到嘅，分红型嘅，每年分红都会有，放心签啦！
""", [("guaranteed_return", "演示嘅数就係你将来攞到嘅"), ("guaranteed_return", "每年分红都会有"), ("missing_disclosure",)])

P("YS-0092", "moments", "caption", "dialect_northeast/superlative_product_name", """
有客户问我：“「至尊无忧」是不是全网最好的重疾险？”“至尊无忧”只是产品名字，不代表它就是最好的。适不适合你，要看保障责任、保费、你的预算和健康状况，我把条款发你，咱一条一条看。
""")

P("YS-0093", "xiaohongshu", "caption", "emoji_heavy/last_train", """
🈵绝版🈵 预定利率3.0%最后的末班车🚌 下个月全面切换💥 现在不上以后就没有了 👉主页私信
""", [("stop_sale_hype", "绝版"), ("stop_sale_hype", "最后的末班车"), ("stop_sale_hype", "下个月全面切换"), ("stop_sale_hype", "现在不上以后就没有了")])

P("YS-0094", "douyin", "caption", "dialect_northeast/penalty_news", """
看新闻说有家保险代理公司因为员工在网上“炒停售”、说什么“最后三天”，被监管罚了款。咱干这行的都引以为戒吧，产品停不停售以公司官方公告为准，别自己瞎喊。
""")

P("YS-0095", "moments", "article", "voice_transcript/morning_meeting_leak", """
【语音转文字·早会分享】伙伴们早上好 今天早会简单说几个事 说完大家就出去跑

第一个 本月的推动方案出来了哈 内部的 大家别往朋友圈发 重疾险FYC系数是1.2 年金险折标按70%算 月底之前个人达成两万标保的 额外奖励三千 团队达成的 主管再加一个点

第二个 这个月重点推「鸿福满堂」 大家跟客户讲的时候 就说分红比定期存款高 每年都有 客户爱听这个 讲多了自然就成了

第三个 新人的话 先把自己和家里人的保障配齐 自己都没买的东西 跟客户讲的时候心里也没底 有问题多问师傅 别不好意思

第四个 周五下午有产品培训 讲的是健康告知和理赔流程 这个很重要 客户问到了你答不上来 人家凭啥信你

第五个 下周开始客户回访 电话里态度好点 客户有不满意的地方先记下来 别跟人家争 回来咱们一起想办法解决

第六个 天冷路滑 骑电动车的伙伴注意安全 头盔戴好 咱自己是卖意外险的 自己可别出意外

好 就这些 大家加油 散会
""", [("confidential_info", "本月的推动方案出来了哈 内部的 大家别往朋友圈发"), ("confidential_info", "重疾险FYC系数是1.2"), ("confidential_info", "年金险折标按70%算"), ("confidential_info", "个人达成两万标保的 额外奖励三千"), ("confidential_info", "主管再加一个点"), ("deposit_comparison", "分红比定期存款高"), ("guaranteed_return", "每年都有"), ("missing_disclosure",)])

P("YS-0096", "xiaohongshu", "article", "emoji_heavy/new_mom_lessons", """
🍼新手妈妈给宝宝买保险踩过的坑｜真心话

宝宝出生第30天我就开始研究保险了，前前后后问了五六个代理人，看了一堆条款，踩了好几个坑，分享给姐妹们👇

❌坑1：先给宝宝买，大人裸奔
一开始只想着给娃买买买，后来一位靠谱的代理人提醒我：孩子最好的保障是健康的爸妈。我们俩先把重疾、医疗、意外、定寿配齐了，才轮到娃。

❌坑2：只看保费便宜
有的产品便宜是因为保障少、病种定义窄，或者不保证续保。买之前要看清楚续保条件，比如“保证续保20年”和“可续保”是两回事。

❌坑3：健康告知随便填
宝宝出生有黄疸住过院，我一开始觉得小事不用写。后来代理人说问到了就要写，黄疸已经好了的很多产品也能正常承保。最后如实写了，正常通过✅

❌坑4：被“返还型”说动
有人推荐我买返还型的少儿重疾，说“到期还本，不花一分钱”。其实返还型保费贵了好几倍，同样的预算保额却上不去，到期返的钱也不是白来的。我最后选了消费型+单独的教育金规划，不混在一起。

❌坑5：等待期没注意
医疗险一般30天、重疾险90-180天等待期，这段时间出险不赔或者只退保费。别等孩子生病了才想起来买🙏

💡总结：先大人后孩子，先保障后理财，保额够用，条款看清，如实告知。

📌以上是我自己的经验，不构成任何产品推荐，具体以合同条款为准～
""")

P("YS-0097", "moments", "caption", "dialect_cantonese/disparagement", """
提醒大家，永泰保险啲经纪全部都係骗子，佢哋嘅医疗险出咗事一定拒赔，千祈唔好买！要买就揾我。
""", [("disparagement", "永泰保险啲经纪全部都係骗子"), ("disparagement", "出咗事一定拒赔")])

P("YS-0098", "moments", "caption", "voice_transcript/rebate_refusal", """
【语音转文字】哎 刘姐 你说那个返佣的事儿啊 我可不能给你整 这是违规的 查着了我证都得吊销 你要是觉着保费贵 咱就调调方案 保额降点或者换个交费期 在合同范围里头给你省 别的我真不能答应你
""")

P("YS-0099", "moments", "caption", "elderly_agent/address_pii", """
今天给老客户马秀英阿姨送生日蛋糕🎂 道里区安静街26号2单元301，阿姨八十了还自己爬三楼，身体真硬朗！祝阿姨生日快乐，福如东海
""", [("pii_name", "马秀英"), ("pii_address", "道里区安静街26号2单元301")])

P("YS-0100", "moments", "caption", "dialect_cantonese/typhoon_reminder", """
台风「青鸾」今晚到，各位街坊记得收好阳台啲花盆、关好门窗🌀 如果屋企有买家财险，万一有损失，先影相留证据、唔好急住执，再打保险公司报案电话。大家注意安全！
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
