#!/usr/bin/env python3
"""Blind corpus D ("the adversary and the careful"). stdlib only.
Holds posts as data, computes offsets with str.find, writes posts.jsonl."""
import json, os, sys
from collections import Counter

PREFIX = "D"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- synthetic identifiers ----------
def id18(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return first17 + "10X98765432"[s % 11]

def luhn(partial):
    digits = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)

def luhn_ok(n):
    digits = [int(c) for c in n]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

ID_A = id18("33010619900315234")          # Hangzhou Xihu, 1990-03-15
ID_A_SP = f"{ID_A[:6]} {ID_A[6:14]} {ID_A[14:]}"
CARD_A = luhn("622848104512736908")         # 19 digits
assert luhn_ok(CARD_A) and len(CARD_A) == 19
CARD_A_SP = " ".join(CARD_A[i:i+4] for i in range(0, 19, 4))
ID_B = id18("32050219851107462")
CARD_B = luhn("621700126003458811")
assert luhn_ok(CARD_B)
PH_A = "18627359904"
PH_A_CN = "一八六 二七三五 九九零四"
PH_B = "13958126473"
PH_B_DASH = "139-5812-6473"
PH_C = "15867203318"
OWN1 = {"name": "周婷", "phone": "13706518822"}
OWN2 = {"name": "林悦", "phone": "15157190364"}
OWN3 = {"name": "何志远", "phone": "18868012457"}
OWN4 = {"name": "陈晓雯", "phone": "17757126039"}

P = []
def post(channel, ctype, genre, text, labels, note, owner=None):
    P.append(dict(channel=channel, content_type=ctype, genre=genre, text=text,
                  labels=labels, note=note, owner=owner))

MD = ("missing_disclosure", None)

# =====================================================================
# DIRTY: the adversary (and a few careful-looking genres that still slip)
# =====================================================================
post("weibo", "caption", "evasion",
     "年底钱放哪？🤔 不炒股不买基，就认准这个：穩賺不賠，收益寫進合同，终身复利滚着走📈 有需要的评论区扣“1”，我一个个回。#年终规划 #增额终身寿",
     [("guaranteed_return", "穩賺不賠")],
     "traditional-character 稳赚不赔")

post("moments", "caption", "evasion",
     "刚帮老同学配好了一份，她说这是她今年做过最踏实的决定😌\n给大家划重点：w z b p，本金一分不少，钱放得住的可以考虑。\n想要计划书的私我～",
     [("guaranteed_return", "w z b p"), ("guaranteed_return", "本金一分不少")],
     "spaced pinyin initials of 稳赚不赔 plus principal promise")

post("douyin", "caption", "evasion",
     "这款主打一个稳砖不陪🧱🧱 交三年就完事，第五年开始回本，往后全是纯赚。比放余额宝里香太多了吧家人们 #保险 #存钱小技巧",
     [("guaranteed_return", "稳砖不陪"), ("guaranteed_return", "往后全是纯赚"),
      ("deposit_comparison", "比放余额宝里香太多了")],
     "homophone 稳砖不陪; comparison with a money-market fund")

post("moments", "poster_text", "evasion",
     "🎉老客户专享🎉\n保·本·保·息\n年年有钱领 活到老领到老\n⏰月底下架 名额有限⏰\n咨询：小周",
     [("guaranteed_return", "保·本·保·息"), ("stop_sale_hype", "月底下架"), ("stop_sale_hype", "名额有限")],
     "dot-split 保本保息 on a poster; deadline", owner=OWN1)

post("weibo", "caption", "evasion",
     "预定利率３．０％的末班车🚌 最后３天！！！\n下个月新产品就只剩２．０了，差一个点，二十年下来差多少自己算。\n现在上车，３．０％稳稳锁住一辈子。",
     [("stop_sale_hype", "末班车"), ("stop_sale_hype", "最后３天"), ("stop_sale_hype", "下个月新产品就只剩２．０了"),
      ("guaranteed_return", "稳稳锁住一辈子")],
     "full-width digits")

post("moments", "caption", "evasion",
     "内部通知📢 据说⑫月㉛号之后这款就下了，还没上车的抓紧🏃‍♀️🏃‍♀️ 过了这个村真没这个店",
     [("confidential_info", "内部通知"), ("stop_sale_hype", "⑫月㉛号之后这款就下了"),
      ("stop_sale_hype", "过了这个村真没这个店")],
     "circled digits in a rumoured stop-sale date; 'internal notice' framing judged confidential_info")

post("moments", "caption", "evasion",
     "老规矩，找我配的都有小心意🧧 首年保费二十个点，签完当面给，不走账～ 懂的来",
     [("improper_inducement", "小心意"), ("improper_inducement", "首年保费二十个点，签完当面给")],
     "rebate as 'a small token' and 'points'")

post("weibo", "caption", "evasion",
     "有朋友问在我这买和自己在网上买有啥区别。区别就是我这能fy啊😏 具体私聊，不公开说",
     [("improper_inducement", "fy")],
     "pinyin initials for 返佣")

post("douyin", "caption", "evasion",
     "重疾险交一年，饭拥直接打你卡上💳 这种好事别说我没告诉你 #重疾险 #省钱",
     [("improper_inducement", "饭拥直接打你卡上")],
     "homophone 饭拥 for 返佣")

post("moments", "poster_text", "evasion",
     "返/现/活/动 进行中\n投保年金险满5万，返/现3000\n满10万 返/现8000 + 戴森吹风机一台\n本周有效",
     [("improper_inducement", "返/现/活/动"), ("improper_inducement", "返/现3000"),
      ("improper_inducement", "返/现8000"), ("improper_inducement", "戴森吹风机一台")],
     "slash-split 返现; gift tied to purchase")

post("weibo", "caption", "evasion",
     "很多人擔心保險公司倒閉怎麼辦？放心，國家兜底！保險公司是不會倒閉的，就算出事也有監管接管，你的錢一分不會少。",
     [("false_authority", "國家兜底"), ("false_authority", "保險公司是不會倒閉的"),
      ("guaranteed_return", "你的錢一分不會少")],
     "traditional characters; misreading of Insurance Law art. 92")

post("moments", "caption", "evasion",
     "好多人问我：保险公司那么多，为什么我敢推这款？因为有gj兜di啊，jg亲自审批过的，不可能有问题👌 别的我不敢保证，这点我拍胸脯。",
     [("false_authority", "gj兜di"), ("false_authority", "jg亲自审批过的，不可能有问题")],
     "pinyin for 国家兜底 / 监管")

post("wechat_mp", "article", "evasion",
     "算给你听：每年交两万，交五年，年化百分之三点五复利，合同里白纸黑字，一分不少给你滚到老。这就是我为什么说，这笔钱放这儿比放哪都安心。",
     [("guaranteed_return", "年化百分之三点五复利"), ("guaranteed_return", "一分不少给你滚到老")],
     "yield written in words")

post("xiaohongshu", "caption", "evasion",
     "带病也能买？能！\n这款不用做健\n康告知，三高、结节、乙肝\n统统都能赔\n名额不多，先到先得",
     [("coverage_exaggeration", "不用做健\n康告知"), ("coverage_exaggeration", "统统都能赔"),
      ("stop_sale_hype", "名额不多，先到先得")],
     "phrase split across lines")

post("douyin", "caption", "evasion",
     "医疗险选它👉 大病小病💊统统报💰 住院门诊 全💯报销 #医疗险 #打工人必备",
     [("coverage_exaggeration", "大病小病💊统统报"), ("coverage_exaggeration", "全💯报销")],
     "emoji inside coverage promises")

post("weibo", "caption", "evasion",
     "做这行第六年了，说点实在的：我们家理赔从来不卡人，０拒赔！上个月客户住院三天，一个电话钱就到了。选保险，选的就是这份踏实。",
     [("coverage_exaggeration", "０拒赔")],
     "full-width zero")

post("xiaohongshu", "article", "evasion",
     "劝退贴⚠️ 某P家和某T家的重疾，理赔出了名的难，交了十几年钱，最后一句“未如实告知”就给你拒了。真想买保障还是来找我，我们家不玩这套。",
     [("disparagement", "理赔出了名的难")],
     "competitors identified by initials")

post("weibo", "caption", "evasion",
     "说句得罪人的，PA家卖的都是坑，业务员全是骗纸，买了就是交智商税🙄",
     [("disparagement", "卖的都是坑"), ("disparagement", "业务员全是骗纸")],
     "homophone 骗纸 for 骗子 aimed at an identifiable competitor")

post("moments", "caption", "evasion",
     "内 部 资 料 勿 外 传\n本月方案：年金险首年拥金四十个点，十二月再加佣十个点，达成三件以上还有港澳游～ 团队的小伙伴冲鸭🦆",
     [("confidential_info", "内 部 资 料 勿 外 传"), ("confidential_info", "首年拥金四十个点"),
      ("confidential_info", "再加佣十个点"), ("confidential_info", "达成三件以上还有港澳游")],
     "spaced 内部资料; homophone 拥金 for commission rate")

post("douyin", "caption", "evasion",
     "重疾险天花板来了‼️ 全网zui强保障，闭眼入就完事 ＮＯ．１ 没有之一",
     [("ad_absolute", "天花板"), ("ad_absolute", "全网zui强"), ("ad_absolute", "闭眼入"),
      ("ad_absolute", "ＮＯ．１ 没有之一")],
     "pinyin zui, full-width NO.1")

post("moments", "caption", "evasion",
     "定期才一点几，大额存单也就二点多，这个三起步，还不怕银行降息。存款搬家正当时🏠➡️ 想挪的私我",
     [("deposit_comparison", "大额存单也就二点多，这个三起步"), ("deposit_comparison", "存款搬家")],
     "deposit-rate comparison in words")

post("moments", "caption", "evasion",
     "这款fh型年金，每年分hong稳定到账💰 孩子教育金、自己养老金一步到位。演示给你看：六十岁起每年领两万多，活多久领多久～",
     [("guaranteed_return", "分hong稳定到账"), MD],
     "pinyin for 分红; dividends presented as steady; no risk statement")

post("weibo", "caption", "evasion",
     "wn账户结算利率常年4%+，年年都有，复利滚存😎 想给孩子攒一笔的看过来",
     [("guaranteed_return", "常年4%+，年年都有"), MD],
     "universal-life abbreviated wn; no disclosure")

post("douyin", "comment_reply", "evasion",
     "回复@阿杰：tl账户去年收益18%，今年只会更好📈 不会亏的，亏了算我的",
     [("guaranteed_return", "今年只会更好"), ("guaranteed_return", "不会亏的"),
      ("guaranteed_return", "亏了算我的"), MD],
     "investment-linked abbreviated tl")

post("moments", "caption", "evasion",
     "恭喜我的客户 周 建 国 先生 获赔重疾保险金50万🎉\n周先生去年确诊肝癌，家住嘉兴市南湖区紫金路77弄12号401室，今天款已到账。感谢信任！保险是爱的延续❤️",
     [("pii_name", "周 建 国"), ("pii_health", "肝癌"), ("pii_address", "嘉兴市南湖区紫金路77弄12号401室")],
     "name split by spaces to dodge a name detector")

post("moments", "poster_text", "evasion",
     f"理赔进度更新✅\n被保险人：黄思琪\n证件号：{ID_A_SP}\n保单号：PL2026 0815 3391\n收款卡：{CARD_A_SP}\n状态：已结案 已打款\n#又一笔理赔到账",
     [("pii_name", "黄思琪"), ("pii_id_card", ID_A_SP), ("pii_policy_number", "PL2026 0815 3391"),
      ("pii_bank_card", CARD_A_SP)],
     "claim screenshot transcribed with spaced digit groups")

post("moments", "caption", "evasion",
     "客户L姐（我们小区快递驿站的老板娘刘红梅）乳腺ca术后恢复得不错，今天特意来店里谢我，说幸好前年听了我的。姐妹们，保险要趁早！",
     [("pii_name", "刘红梅"), ("pii_health", "乳腺ca")],
     "initial then full name; diagnosis abbreviated")

post("weibo", "caption", "evasion",
     f"上周朋友介绍了个客户叫 孙 海 涛 ，说要续车险，今天打他电话 {PH_A_CN} 一直占线😂 哪位认识帮我提醒下",
     [("pii_name", "孙 海 涛"), ("pii_phone", PH_A_CN)],
     "phone in Chinese numerals")

post("xiaohongshu", "caption", "evasion",
     "电子保单都发啦📮 客户 Chen Yuting 的邮箱 chenyuting1992@163.com 已收到，其他没收到的宝子看下垃圾箱～",
     [("pii_name", "Chen Yuting"), ("pii_email", "chenyuting1992@163.com")],
     "name in pinyin")

post("weibo", "caption", "evasion",
     "听说8号以后就要换新条款了，到时候可就不是这个数了，要的抓紧锁定。手慢无。",
     [("stop_sale_hype", "8号以后就要换新条款了"), ("stop_sale_hype", "手慢无")],
     "unannounced term change rumour")

post("moments", "poster_text", "evasion",
     "🎁 投保即送 五 粮 液 两瓶 🍶\n年交一万以上再送三甲医院体检套餐\n名额有限 送完即止",
     [("improper_inducement", "投保即送 五 粮 液 两瓶"), ("improper_inducement", "年交一万以上再送三甲医院体检套餐"),
     ],
     "gift tied to purchase, spaced brand-like word; gift scarcity (送完即止) judged part of the inducement, not stop-sale")

post("moments", "caption", "evasion",
     "手头紧没关系～第一年保费我先帮你垫上，你明年再补给我，保障先有了再说😉",
     [("improper_inducement", "第一年保费我先帮你垫上")],
     "agent paying the premium")

post("douyin", "caption", "evasion",
     "车险到期的老铁，在我这续，送两百油卡➕洗车十次⛽ 比你在4S店划算多了",
     [("improper_inducement", "送两百油卡"), ("improper_inducement", "洗车十次")],
     "slang gifts for motor renewal")

post("weibo", "caption", "evasion",
     "被问了八百遍为什么我自己也买这个。很简单，这玩意就是旱涝保收，经济好不好都不影响它，交完那几年就躺着收钱就完了🛋 爸妈那份我也给配上了。",
     [("guaranteed_return", "旱涝保收"), ("guaranteed_return", "躺着收钱")],
     "idioms for guaranteed returns")

post("moments", "caption", "evasion",
     "今天跟客户聊到半夜，说到底大家要的就是个安心。这款分红保di 3%，上不封顶🔥 这种条件以后真的很难见了，想给自己留条后路的私我。",
     [("guaranteed_return", "分红保di 3%"), ("stop_sale_hype", "以后真的很难见了"), MD],
     "pinyin for 保底 on dividends")

post("moments", "caption", "evasion",
     "小秘密🤫 健康告知没那么严，有点小毛病不说也没事，过了两年保险公司就没法拒赔了，这是法律规定的～",
     [("coverage_exaggeration", "有点小毛病不说也没事"), ("coverage_exaggeration", "过了两年保险公司就没法拒赔了")],
     "misuse of the 2-year incontestability rule")

post("wechat_mp", "article", "evasion",
     "【年终盘点】降息周期里，钱该怎么放？\n\n今年很多朋友问我，存款利率一降再降，手里的钱怎么办。先说结论：没有一种工具适合所有人，流动性、期限、风险承受能力都要考虑。\n\n如果这笔钱五年内要用，建议放在流动性好的地方；如果是长期不动的养老钱、教育钱，可以考虑年金保险。\n\n我们这次主推的“福瑞年年年金保险（分红型）”，保证部分写进合同，分红部分随公司经营情况浮动，演示利益不代表实际收益。说实话，这是市场上最安全的一类产品，比银行理财稳多了，适合不想操心的人。\n\n有兴趣的朋友后台留言，我发详细条款。",
     [("ad_absolute", "市场上最安全"), ("deposit_comparison", "比银行理财稳多了")],
     "long balanced article with violations buried late; disclosure present so no missing_disclosure")

post("xiaohongshu", "article", "evasion",
     "姐妹们我悟了‼️ 与其存银行不如存保险💡\n交够五年，以后本息一起领，还能给娃当教育金。\n我给自己和闺女各存了一份，真·强制储蓄✨",
     [("deposit_comparison", "与其存银行不如存保险"), ("deposit_comparison", "本息一起领")],
     "consumer-voice post by an agent; deposit vocabulary")

post("video_channel", "live_script", "evasion",
     "直播间的家人们，今天在直播间下单的，我个人再补贴一千块，截图找我领！这个价今晚十二点以后就没有了，三、二、一，上链接！",
     [("improper_inducement", "我个人再补贴一千块"), ("stop_sale_hype", "今晚十二点以后就没有了")],
     "live-stream script")

post("weibo", "caption", "evasion",
     "这款是 银 保 jian 会推荐的惠民产品，官方背书，放心买🙆",
     [("false_authority", "银 保 jian 会推荐"), ("false_authority", "官方背书")],
     "spaced and pinyin regulator name")

post("xiaohongshu", "caption", "evasion",
     "給家裡長輩挑了一圈，最後選了這款，史上最強醫療險‼️ 什麼病都能報，一年才幾百塊，不買真的虧。有需要的朋友留言～",
     [("ad_absolute", "史上最強"), ("coverage_exaggeration", "什麼病都能報")],
     "traditional characters")

post("wechat_mp", "article", "training",
     "开门红启动会小记\n\n今天参加了分公司2027开门红启动会，上午是合规培训，讲师反复强调红线：不能说“稳赚不赔”，不能炒停售，不能返佣，朋友圈只能转发公司审核过的素材。这些大家都懂，我就不多说了。\n\n下午是方案发布，干货来了：期交标保每万元奖励800元，一季度达成5万标保再奖励2000，连续三个月达成另有海岛游名额。伙伴们，冲！",
     [("confidential_info", "期交标保每万元奖励800元"), ("confidential_info", "一季度达成5万标保再奖励2000"),
      ("confidential_info", "连续三个月达成另有海岛游名额")],
     "training recap: quoted red lines are fine, the incentive scheme is confidential")

post("wechat_mp", "article", "faq",
     "常见问题解答｜福瑞年年（分红型）\n\n问：这款的分红有保证吗？\n答：我们公司历年分红实现率都在100%以上，基本等于保证的，您放心。\n\n问：多久可以领？\n答：60岁起每年领取，领至终身。",
     [("guaranteed_return", "基本等于保证的"), MD],
     "FAQ that turns dividend realisation history into a guarantee; no uncertainty statement")

post("toutiao", "article", "news_commentary",
     "【评论】又一张罚单：代理人朋友圈写“保本保息”被罚\n\n近日，某地金融监管分局对一名保险代理人作出处罚，原因是其在朋友圈发布“保本保息、国家兜底”等内容。这类话术早已是监管红线。\n\n不过话说回来，买保险还是要挑公司。恒信人寿那种小公司，出了事第一个跑路，理赔能拖就拖，大家心里要有数。",
     [("disparagement", "出了事第一个跑路，理赔能拖就拖")],
     "starts as legitimate news commentary, ends by smearing a named competitor (invented name)")

post("moments", "caption", "evasion",
     "𝟑.𝟎%锁定终身 最后一周🔒\n下周起全面切换新产品，懂的都懂",
     [("guaranteed_return", "𝟑.𝟎%锁定终身"), ("stop_sale_hype", "最后一周"),
      ("stop_sale_hype", "下周起全面切换新产品")],
     "mathematical bold digits")

post("weibo", "caption", "evasion",
     "不聊虚的，这款就是稳\u200b赚\u200b不\u200b赔，你把钱放进去，剩下的交给时间⌛",
     [("guaranteed_return", "稳\u200b赚\u200b不\u200b赔")],
     "zero-width spaces inside 稳赚不赔")

post("douyin", "comment_reply", "evasion",
     "回复@小鹿爱吃草：可以的宝，这款有结节也能赔，不用告知的💕 放心冲",
     [("coverage_exaggeration", "有结节也能赔"), ("coverage_exaggeration", "不用告知的")],
     "reply under a video")

post("moments", "caption", "evasion",
     "今年最后一波高收益了，明年就只剩鸡肋产品。给爸妈存养老钱的，这个比国债香，国债要抢，这个不用抢（但也快没了）",
     [("stop_sale_hype", "最后一波高收益"), ("deposit_comparison", "比国债香"), ("stop_sale_hype", "也快没了")],
     "treasury-bond comparison and last-wave framing")

post("weibo", "caption", "evasion",
     f"求扩散🙏 我的客户王建华大哥上周脑梗住院了，家属联系不上我，麻烦认识的朋友告诉他家里人打这个号：{PH_B_DASH}（他儿子的）",
     [("pii_name", "王建华"), ("pii_health", "脑梗"), ("pii_phone", PH_B_DASH)],
     "well-meant post leaking a customer's name, condition and a relative's phone")

FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
ID_B_FW = ID_B.translate(FW)
CARD_B_DASH = "-".join([CARD_B[:4], CARD_B[4:8], CARD_B[8:12], CARD_B[12:16], CARD_B[16:]])
PH_C_SP = f"{PH_C[:3]} {PH_C[3:7]} {PH_C[7:]}"

post("wechat_mp", "article", "evasion",
     "理赔故事｜一场意外之后\n\n做保险这些年，最怕接到客户半夜的电话。今年九月，老客户徐志刚在工地摔伤，腰椎骨折住院，家里一下子乱了套。\n\n我第一时间赶到医院，帮着整理病历、发票。这里也给大家提个醒：意外医疗一般要求在二级及以上公立医院就诊，发票原件要保存好。\n\n为了方便同事对接，把资料贴在这儿：投保人徐志刚，身份证"
     + ID_B_FW + "，联系电话 " + PH_C_SP + "。\n\n十天后，意外医疗和住院津贴都到账了。保险的意义，就在这些时刻。",
     [("pii_name", "徐志刚", 1), ("pii_name", "徐志刚", 2), ("pii_health", "腰椎骨折"), ("pii_id_card", ID_B_FW), ("pii_phone", PH_C_SP)],
     "long claim story; full-width ID digits and a spaced phone buried mid-article")

post("xiaohongshu", "caption", "evasion",
     "帮客户（退休教师曹玉兰阿姨）把年金领取账户改成了新卡📝 新卡号 " + CARD_B_DASH + " 已提交，地址也顺手改成了苏州市姑苏区十全街双塔新村3幢205室，阿姨说以后领钱方便多了～服务就是要细致❤️",
     [("pii_name", "曹玉兰"), ("pii_bank_card", CARD_B_DASH), ("pii_address", "苏州市姑苏区十全街双塔新村3幢205室")],
     "service brag leaking card (dash groups) and address")

post("weibo", "comment_reply", "evasion",
     "回复@小沈同学：您好，查到您母亲沈桂芳的保单 P33012024O9150087 还在有效期内，电子保单已重新发到 shen_gf1958@qq.com，请注意查收哈🌷",
     [("pii_name", "沈桂芳"), ("pii_policy_number", "P33012024O9150087"), ("pii_email", "shen_gf1958@qq.com")],
     "public reply exposing a customer's policy number (letter O inside the digits) and email")

# =====================================================================
# CLEAN: the careful
# =====================================================================
post("wechat_mp", "article", "training",
     "合规小课堂｜“变个写法”就不违规了？\n\n最近抽查朋友圈发现一个现象：有伙伴把“稳赚不赔”写成“稳砖不陪”“wzbp”，把“返佣”写成“fy”“饭拥”，把“即将停售”拆成“即 将 停 售”，以为这样机器就查不到。\n\n请记住：监管和公司审核看的是意思，不是字形。换个写法，性质不变，处罚也不会打折。\n\n正确做法只有一个：产品宣传素材一律使用公司官方发布的版本，不自行编辑。",
     [], "training that quotes evasive spellings as examples of what not to do")

post("weibo", "caption", "news_commentary",
     "【罚单速递】某财险公司分支机构员工在朋友圈发布“国家兜底、保本保息”等内容，该机构被罚款12万元，相关责任人被警告。记者注意到，这类话术如今多以谐音字、拼音缩写出现。提醒大家：看到“保本”“兜底”字样的保险广告，先打个问号。",
     [], "penalty news quoting the offending wording")

post("toutiao", "article", "news_commentary",
     "别被“返现”冲昏头：拿了返佣的保单，可能更麻烦\n\n“首年保费返你30%”——不少读者向我们反映收到过这样的私信。按照《保险法》第一百三十一条，保险代理人不得给予投保人合同约定以外的利益，返佣本身就是违规行为。\n\n更现实的问题是：愿意返佣的业务员，往往也最可能在健康告知、条款解释上“打马虎眼”。等到理赔时发现问题，当初那点返现根本不够弥补。\n\n消费者权益小贴士：遇到返佣、送礼、代垫保费的，可保留聊天记录，向保险公司或当地金融监管部门反映。",
     [], "consumer column quoting a rebate offer")

post("wechat_mp", "article", "faq",
     "问：分红险的分红是保证的吗？\n答：不是。分红水平取决于公司分红险业务的实际经营成果，红利分配是不确定的，在某些年度可能为零。产品说明书中的演示利益仅供参考，不代表实际收益。\n\n问：红利实现率是什么？\n答：指实际派发的红利与演示红利的比值，公司每年在官网公开披露。过往实现率不代表未来。",
     [], "FAQ on participating products with proper uncertainty language")

post("wechat_mp", "article", "faq",
     "问：什么是“保证续保”？\n答：保证续保是指在合同约定的保证续保期间内（例如20年），即使被保险人健康状况发生变化或发生过理赔，保险公司也不得因此拒绝续保。但需要注意，保证续保不等于保费不变，费率可能按规定调整；产品停售后的续保安排以合同条款为准。",
     [], "explains 保证续保 as a contract term")

post("moments", "caption", "hard_negative",
     "最近好几个朋友私信问我：“你家这款能不能保证年化3%？”\n我一般这样回答：增额终身寿的现金价值是写进合同的，这部分确定；但它不是“年化收益”，前几年退保拿回的钱会少于已交保费，钱一定要放得住。\n我不会跟你说稳赚不赔，也不会说它比存款划算——它本来就不是存款。想清楚了再来找我，不急。",
     [], "agent explaining why they will not promise returns", owner=OWN3)

post("wechat_mp", "article", "hard_negative",
     "关于“安盈一生终身寿险（2024版）”停止销售的公告\n\n根据公司产品管理安排，我公司“安盈一生终身寿险（2024版）”将于2026年12月31日24时起停止销售。停售前已承保的保单，合同效力不受影响，我公司将继续按照合同约定提供各项服务。\n\n如有疑问，请致电本公司客服热线95xxx或前往各营业网点咨询。\n\n特此公告。\n安泰人寿保险股份有限公司\n2026年12月1日",
     [], "official stop-sale notice without urgency wording")

post("moments", "caption", "hard_negative",
     "提醒各位老客户⏰ 本月续期保费的宽限期最后一天是12月28日，过了宽限期保单效力会中止，记得检查扣款卡余额哦～有问题随时找我 17757126039",
     [], "customer's own policy deadline; owner's own phone", owner=OWN4)

post("xiaohongshu", "article", "hard_negative",
     "先把限制说在前面👇\n这款百万医疗年度最高保额300万，一般医疗有1万元免赔额，等待期30天，既往症不赔，60岁以后续保要重新看健康状况（非保证续保）。\n优点是保费便宜、有外购药清单。觉得这些条件能接受的，再来聊。",
     [], "product spec including 最高保额 with limits stated")

post("weibo", "caption", "news_commentary",
     "金融监管部门近日发布风险提示，提醒消费者警惕“炒停售”营销。提示列举的常见话术包括“产品即将停售”“末班车”“最后购买机会”“3.0%绝版”等。监管表示，消费者应根据自身需求和承受能力选择产品，不要因所谓的停售倒计时仓促投保。",
     [], "regulator warning quoting stop-sale hype")

post("xiaohongshu", "article", "training",
     "我们支公司今天的早会主题是“说话的分寸”📝\n讲师举了几组对照，我觉得普通人也值得看：\n❌“这款就是银行理财”\n✅“这是一款年金保险，不是存款，也不是理财产品”\n❌“有病也能赔”\n✅“投保前要如实告知健康状况，具体以核保结论为准”\n❌“交几年就回本”\n✅“回本时间以合同现金价值表为准，前几年退保会有损失”\n分享给大家，也提醒自己。",
     [], "branch training recap written for the public; bad examples marked ❌")

post("wechat_mp", "article", "faq",
     "问：万能账户的结算利率是多少？\n答：本产品万能账户最低保证利率为年利率1.75%，最低保证利率仅针对万能账户价值。超过最低保证利率的部分是不确定的，公司每月在官网公布实际结算利率，过往结算利率不代表未来表现。\n\n问：万能账户可以随时取钱吗？\n答：可以申请部分领取，但前五个保单年度部分领取需收取一定比例的手续费，具体以合同为准。",
     [], "universal-life FAQ with disclosure")

post("moments", "caption", "hard_negative",
     "分享一个刚结案的理赔（已征得客户同意，化名）：一位38岁的客户陈女士，今年体检发现甲状腺结节，术后病理为早期，按合同赔付轻症保险金。从交材料到到账一共6个工作日。\n想说的是：买的时候如实告知了，理赔才顺。",
     [], "anonymised claim story; surname plus honorific, no identifying details")

post("weibo", "caption", "hard_negative",
     "张江安泰人寿浦东营业部本周六下午两点举办“家庭保障知识讲座”，地点：本营业部三楼会议室。讲座不涉及具体产品销售，欢迎街坊邻居来听。",
     [], "company name containing a name-like string; company venue not personal address")

post("weibo", "caption", "faq",
     "給在香港的朋友們科普一下：內地的分紅型保險，紅利是不保證的，要看公司實際經營情況，某些年度可能為零；計劃書上的演示利益只是假設，不代表實際收益。保證部分以合同現金價值表為準。有問題可以問我，但請不要把它當成存款。",
     [], "traditional characters, educational, with uncertainty statement")

post("wechat_mp", "article", "faq",
     "退保小知识：\n①犹豫期（１５天）内退保，退还已交保费（扣除不超过１０元的工本费）；\n②犹豫期后退保，退还的是保单现金价值，第１个保单年度的现金价值通常远低于已交保费；\n③退保前建议先了解保单贷款、减额交清等替代方式。",
     [], "full-width and circled digits in a neutral FAQ")

post("wechat_mp", "article", "faq",
     "问：“返还型重疾险”的返还，算不算返佣？\n答：不算。返还型是一类产品形态，指合同约定在满期时给付满期保险金，这是写进合同的利益，保费也相应更高。\n反过来，业务员私下把佣金的一部分转给你，那才是法律禁止的“合同约定以外的利益”。",
     [], "explains 返还 versus 返佣")

post("moments", "caption", "hard_negative",
     "去年没出险，今年车险保费降了不少，这是无赔款优待系数（NCD）自动调整的，不是我给的折扣哈，别误会😂 按时续保、安全驾驶就是最好的省钱办法。",
     [], "NCD explained; 最好 as advice")

post("toutiao", "article", "news_commentary",
     "一张截图引发的罚单\n\n某保险代理人将客户的理赔通知书原图发到朋友圈“晒理赔”，图片上身份证号、银行卡号一览无余。公司被监管约谈，该代理人被解除代理合同。\n\n记者查看了处罚后重新发布的版本：姓名改为“黄**”，证件号显示为3301**********1234，卡号只保留后四位。个人信息保护法实施后，“晒理赔”必须先做脱敏，这不是可选项。",
     [], "news on a PII leak, only masked forms shown")

post("wechat_mp", "article", "training",
     "合规自测｜下面哪些说法可以出现在朋友圈？\n1.“国家兜底，放心买”——✖ 暗示国家担保\n2.“本产品已在国家金融监督管理总局备案”——✔ 客观备案信息\n3.“交强险是国家规定必须投保的”——✔ 事实\n4.“监管推荐的好产品”——✖ 冒用监管名义\n5.“保险公司不会倒闭”——✖ 误读法律条文\n答案解析见下期。",
     [], "quiz quoting false-authority wording")

post("xiaohongshu", "caption", "hard_negative",
     "重疾险最好在30岁前配置💡 保费相对低、核保也更宽松。注意是“最好”，不是“必须”，什么时候发现需要，什么时候就是最佳时机。",
     [], "had-better advice and best-time tip")

post("weibo", "caption", "faq",
     "问：保险公司倒闭了，我的保单怎么办？\n答：根据《保险法》，经营有人寿保险业务的保险公司被依法撤销或者宣告破产的，其持有的人寿保险合同及责任准备金，必须转让给其他经营有人寿保险业务的保险公司。此外还有保险保障基金，按规定比例救助。但这不等于“国家兜底”，不同情形救助比例不同，选公司时依然要看偿付能力报告。",
     [], "accurate account of art. 92 and the protection fund; negates 国家兜底")

post("wechat_mp", "article", "hard_negative",
     "2027版“钱塘惠民保”开放参保\n本项目由市医疗保障局指导、多家商业保险公司共保承办，基本医保参保人均可投保，不限年龄和职业。\n需要注意：既往症人群可以参保，但既往症相关费用赔付比例为30%，非既往症为60%；免赔额2万元。详情以保险条款为准。",
     [], "government-guided 惠民保 described accurately")

post("xiaohongshu", "caption", "hard_negative",
     "自我介绍一下～我是持证保险代理人林悦，执业信息可在金融监管总局官网查询。有问题可以直接打我电话 15157190364。\n先说清楚：我不返佣、不送礼，保费按公司定价，一分不多一分不少。",
     [], "own contact details; negated rebates", owner=OWN2)

post("wechat_mp", "article", "hard_negative",
     "产品介绍｜安康福瑞年金保险（分红型）\n\n• 交费期：3年/5年/10年\n• 领取：60周岁起每年领取基本保险金，保证领取20年\n• 分红：每年根据分红险业务实际经营状况确定红利\n\n风险提示：本产品为分红型保险，红利分配是不确定的，某些年度可能为零；产品说明书中的利益演示基于公司的精算假设，不代表实际收益，实际利益以保险合同为准。保险不是存款，提前退保可能有损失。",
     [], "participating product promoted with a full risk statement")

post("toutiao", "article", "news_commentary",
     "“谐音梗”卖保险，躲得过初一躲不过十五\n\n翻看近一年的处罚案例，一个新现象越来越明显：违规话术开始“加密”。“稳赚不赔”变成“稳砖不陪”，“返佣”写成“fy”，国家兜底干脆缩成“gj兜底”，还有人在字中间插表情符号。\n\n业内合规人士告诉记者，公司审核系统和人工抽查早已把这些变体列入词库。“字可以换，意思换不了。”\n\n对消费者来说，分辨方法其实很简单：凡是承诺收益、许诺返现、催你赶紧下单的，不管怎么写，都先按下暂停键。",
     [], "journalism about evasion, quoting variants")

post("moments", "caption", "training",
     "代理人发圈自查清单✅（贴在工位上了）\n□ 没有承诺收益、保本\n□ 没有返佣、送礼、代垫保费\n□ 没有说“即将停售”“最后几天”\n□ 没有晒客户姓名、电话、病情\n□ 产品素材来自公司官方\n五项全打勾再发。",
     [], "checklist quoting banned phrases")

post("weibo", "caption", "hard_negative",
     "保险不是存款，这句话我每次见客户都会说。增额终身寿前几年的现金价值低于已交保费，提前退保会损失本金；它适合的是长期不动的钱。收益确定的部分只有合同里的现金价值表，别听任何人口头承诺。",
     [], "negation: insurance is not a deposit")

post("wechat_mp", "article", "faq",
     "问：投连险会亏钱吗？\n答：会。投资连结保险的投资账户价值随投资单位价格波动，投资回报具有不确定性，可能亏损，投资风险由投保人承担。过往投资账户表现不代表未来。\n\n问：它和基金一样吗？\n答：不一样。投连险是保险产品，包含保险保障和费用扣除，不能简单拿来和基金比收益。",
     [], "investment-linked FAQ with disclosure and negated comparison")

post("douyin", "caption", "hard_negative",
     "评论区有人问：“朋友说这款有病也能赔，真的吗？”\n答：不能这么理解。投保前要按问卷如实告知，有没有结节、三高要看核保结论，可能标准体、加费、除外或拒保。故意不告知，出险后保险公司可以拒赔。 #保险知识",
     [], "question quoting 有病也能赔 then correcting it")

post("moments", "caption", "hard_negative",
     "📣 客户节亲子运动会报名最后一天！\n本活动面向所有客户及家属，与是否投保、投保金额无关，免费参加。名额满后可候补。",
     [], "normal event deadline, not tied to purchase")

post("toutiao", "article", "news_commentary",
     "“报行合一”满两年：银保渠道佣金明显下降\n\n据多家上市险企年报及公开报道，“报行合一”全面推行后，银保渠道的手续费率较此前明显下降，行业内“高费用换规模”的做法受到约束。业内人士认为，这有助于减少销售误导，但也对代理人的专业能力提出更高要求。",
     [], "commission written as industry news from public sources, no internal rates")

post("video_channel", "live_script", "training",
     "（合规直播脚本·开场）\n大家好，欢迎来到今天的保险知识直播间。开始前先说三件事：第一，本直播不销售具体产品；第二，讲到的任何收益演示都不代表实际收益；第三，主播不会私下给任何人返现或礼品，如果有人以我们的名义这么做，请直接向公司举报。",
     [], "compliant live-stream opening with negations")

post("wechat_mp", "article", "hard_negative",
     "受益人怎么填？\n很多人填保单时会犹豫受益人一栏。简单说：投保人是交钱的人，被保险人是被保障的人，受益人是领保险金的人。身故受益人可以指定多人并设第一顺序、第二顺序，也可以约定比例。不指定的，按法定继承处理。",
     [], "insurance roles and 第一顺序")

post("weibo", "caption", "news_commentary",
     "监管通报：某保险代理公司因在营销中使用“存款搬家”“比存款划算”“存单变保单”等表述，被责令改正并处罚款。通报指出，将保险产品与银行存款简单类比，容易误导消费者忽视退保损失和长期持有要求。",
     [], "regulator report quoting deposit comparisons")

post("wechat_mp", "article", "hard_negative",
     "年金险里的“保证领取20年”是什么意思？\n意思是：从开始领取起，前20年的养老金无论被保险人是否生存都会给付（身故的给受益人），20年之后生存才继续领。它是合同条款，不是收益承诺，和“保本保息”完全是两回事。本产品为普通型年金，领取金额以合同约定为准。",
     [], "保证领取 explained as a contract term")

post("moments", "caption", "hard_negative",
     "有朋友问我为什么不给返佣，别家都给。\n我的理由很简单：第一，违法，《保险法》明确禁止；第二，返给你的钱总要从别处找补，服务、专业度、理赔协助，总有一样会打折。我宁可少签一单，也想十年后你出险时还能理直气壮地找我。",
     [], "agent explaining refusal to pay rebates", owner=OWN3)

post("weibo", "caption", "news_commentary",
     "判决速读：某保险公司员工在网络发帖称同行“理赔难、别买、都是骗人的”，被法院认定构成商业诋毁，判令删帖、公开致歉并赔偿经济损失。法官提示：同业竞争应当比服务、比产品，而不是散布无依据的负面言论。",
     [], "court ruling quoting disparaging phrases")

post("wechat_mp", "article", "faq",
     "问：为什么你们的代理人不送礼品？\n答：根据《保险法》，保险代理人不得给予投保人合同约定以外的利益。公司每年举办的客户节活动面向全体客户开放，不与是否投保、投保金额挂钩。如有人以本公司名义承诺“投保送礼”“返现”，请拨打客服热线举报。",
     [], "FAQ on gifts and rebates")

post("xiaohongshu", "article", "hard_negative",
     "看懂计划书的三个词📒\nIRR：内部收益率，只适合同类产品之间比较，不是“年化收益”；\n现金价值：退保时能拿回的钱，前几年通常低于已交保费；\n基本保额：计算各项保险金的基础，不等于你能拿到的钱。\n画了张图放在最后，收藏慢慢看～",
     [], "explains IRR without promising returns")

post("moments", "caption", "hard_negative",
     "我们内部培训讲的第一件事，不是产品，而是：客户信息严格保密。\n所以大家放心，晒理赔我一律打码，名字只写姓，证件和卡号一个数字都不会露。",
     [], "内部培训 and 保密 used harmlessly")

post("wechat_mp", "article", "hard_negative",
     "重疾险条款里的“100%”\n常见写法是：确诊合同约定的重大疾病，按基本保额的100%给付重大疾病保险金，给付后该项责任终止。也就是说，100%指的是赔付比例，不是“100%能赔”。是否属于合同约定的疾病、是否过了90天等待期、投保时是否如实告知，都会影响结果。",
     [], "100% as a product parameter, with explicit negation")

post("moments", "caption", "hard_negative",
     "今天陪客户去医院交理赔材料🏥 流程比想象中快。保险不是万能的，但关键时刻真的能帮上忙。也提醒大家：病历、发票原件一定保存好。",
     [], "anonymous service post; 万能 as an idiom")

post("weibo", "caption", "training",
     "《广告法》第九条禁止使用“国家级”“最高级”“最佳”等用语，保险宣传尤其要注意“第一”“唯一”“首选”“天花板”。但“最高保额”“最长保至100岁”“第一个保单年度”属于产品参数或时间表述，不在禁止之列。学会区分，才不会误伤正常表达。",
     [], "training on absolute terms")

post("weibo", "caption", "news_commentary",
     "据多家保险公司官网公告，部分预定利率2.25%的普通型终身寿险产品将于本月底停止销售，业内人士表示，这与人身险产品定价机制调整有关。专家提醒，消费者应根据自身需求配置，不必因停售消息仓促决策，已购保单不受影响。",
     [], "neutral rate-cap news, no call to buy")

post("wechat_mp", "article", "faq",
     "问：申请理赔需要提供哪些资料？\n答：一般包括理赔申请书、被保险人身份证件、收款银行卡、病历及费用发票等，具体以理赔指引为准。\n温馨提示：请通过官方APP或柜面提交，切勿在朋友圈、群聊等公开渠道发送身份证号、银行卡号等个人信息。",
     [], "FAQ mentioning ID/bank card as document types only")

post("xiaohongshu", "caption", "hard_negative",
     "被问了一百遍的问题：增额寿和存款比哪个好？\n我不做这种比较，它们就不是一类东西。存款随存随取、有存款保险；增额寿是长期保险合同，前几年退保有损失，适合十年以上不用的钱。先把应急钱留够，再谈别的。",
     [], "refuses the deposit comparison")

post("douyin", "caption", "training",
     "合规主播教你识别违规直播间🔍\n1️⃣ “今晚12点下架”——炒停售\n2️⃣ “下单截图找我领红包”——返现\n3️⃣ “不用健康告知”——夸大保障\n4️⃣ “监管推荐”——冒用名义\n看到这些，直接划走👋 #保险避坑",
     [], "training listing live-stream tricks")

post("moments", "caption", "hard_negative",
     "又一笔理赔到账🎉 客户黄女士（尾号4721）上月因阑尾炎住院，医疗险报销已到账。保单号P3301********0087，资料已脱敏，感谢客户授权分享。小病也值得一份医疗险。",
     [], "masked identifiers only; common condition, person not identifiable")

post("xiaohongshu", "caption", "hard_negative",
     "关于我：十年保险从业，主做家庭保障规划，不做理财、不承诺收益。\n商务合作/咨询👉 邮箱 chenxiaowen.ins@163.com  电话 17757126039\n私信看到都会回，不着急的问题我会整理成笔记统一解答。",
     [], "the account owner's own email and phone", owner=OWN4)

# ---------------------------------------------------------------------
def build():
    out = []
    cat_counts = Counter()
    clean = 0
    for i, p in enumerate(P, 1):
        pid = f"{PREFIX}-{i:04d}"
        text = p["text"]
        findings = []
        for lab in p["labels"]:
            cat, phrase = lab[0], lab[1]
            occ = lab[2] if len(lab) > 2 else None
            if phrase is None:
                assert cat == "missing_disclosure", (pid, lab)
                findings.append({"category": cat, "start": None, "end": None, "text": None})
                cat_counts[cat] += 1
                continue
            n = text.count(phrase)
            if n == 0:
                sys.exit(f"{pid}: phrase not found: {phrase!r}")
            if n > 1 and occ is None:
                sys.exit(f"{pid}: phrase ambiguous ({n}x): {phrase!r}")
            start = -1
            for _ in range(occ or 1):
                start = text.find(phrase, start + 1)
            assert start >= 0
            end = start + len(phrase)
            assert text[start:end] == phrase
            findings.append({"category": cat, "start": start, "end": end, "text": phrase})
            cat_counts[cat] += 1
        if not findings:
            clean += 1
        if not (30 <= len(text) <= 400):
            sys.exit(f"{pid}: length {len(text)} out of range")
        owner = p["owner"]
        if owner and owner["phone"] and owner["phone"] in text:
            pass  # own phone on own account: not a finding
        out.append({"id": pid, "channel": p["channel"], "content_type": p["content_type"],
                    "genre": p["genre"], "text": text, "account_owner": owner,
                    "findings": findings, "note": p["note"]})
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"posts: {len(out)}  clean: {clean}  dirty: {len(out) - clean}")
    for c, n in sorted(cat_counts.items()):
        print(f"  {c:22} {n}")
    g = Counter(o["genre"] for o in out)
    gc = Counter(o["genre"] for o in out if not o["findings"])
    print("genres (total/clean):", {k: (g[k], gc[k]) for k in sorted(g)})

if __name__ == "__main__":
    build()
