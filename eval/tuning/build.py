#!/usr/bin/env python3
"""Build eval/tuning/posts.jsonl: an independent, hand-written labelled corpus for error analysis.

Every finding is given as (category, phrase); the offset is located with str.find and the phrase
must occur exactly once in the post text. missing_disclosure is post-level (start/end/text null).
All names, companies, products and identifiers are invented; identifiers are generated to be
format-valid (GB 11643 check digit, Luhn, real mobile prefixes).
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- synthetic identifiers
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idcard(region, birth, seq):
    body = f"{region}{birth}{seq}"
    assert len(body) == 17
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]


def luhn(prefix_body):
    digits = [int(c) for c in prefix_body]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return prefix_body + str((10 - s % 10) % 10)


def check_luhn(num):
    ds = [int(c) for c in num]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def check_id(n):
    return "10X98765432"[sum(int(c) * w for c, w in zip(n[:17], W)) % 11] == n[17]


ID1 = idcard("330106", "19870315", "282")   # Hangzhou Xihu
ID2 = idcard("440304", "19920708", "513")   # Shenzhen Futian
ID3 = idcard("510107", "19650122", "046")   # Chengdu Wuhou
ID4 = idcard("320583", "19791130", "227")   # Kunshan
ID5 = idcard("370202", "19581009", "361")   # Qingdao Shinan
ID6 = idcard("420106", "20010417", "082")   # Wuhan Wuchang
ID7 = idcard("110108", "19830926", "745")   # Beijing Haidian
ID8 = idcard("350203", "19760605", "128")   # Xiamen Siming
ID9 = idcard("610113", "19900219", "564")   # Xi'an Yanta

CARD1 = luhn("622848040256778")           # 16 digits, ABC-style BIN
CARD2 = luhn("621700123400876543")        # 19 digits, CCB-style BIN
CARD3 = luhn("622202100381624")           # 16 digits, ICBC-style BIN
CARD4 = luhn("623058000172993")           # 16 digits
CARD5 = luhn("621483650019277")           # 16 digits, CMB-style BIN
CARD6 = luhn("622588016639420")           # 16 digits
CARD7 = luhn("621661280004137")           # 16 digits, BOC-style BIN
CARD8 = luhn("622700380591264")           # 16 digits
CARD9 = luhn("622908335716042")           # 16 digits
CARD10 = luhn("621226100291837465")       # 19 digits, ICBC-style BIN


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
CN = str.maketrans("0123456789", "零一二三四五六七八九")

for n in (ID1, ID2, ID3, ID4, ID5, ID6, ID7, ID8, ID9):
    assert check_id(n)
for c in (CARD1, CARD2, CARD3, CARD4, CARD5, CARD6, CARD7, CARD8, CARD9, CARD10):
    assert check_luhn(c)

# ---------------------------------------------------------------- posts
POSTS = []


def P(channel, ctype, text, findings=(), owner=None, note=""):
    POSTS.append(dict(channel=channel, content_type=ctype, text=text, findings=list(findings),
                      owner=owner, note=note))


MD = ("missing_disclosure", None)
AG1 = {"name": "邬思妍", "phone": "13957126638"}
AG2 = {"name": "蒲承泽", "phone": "18620873315"}
AG3 = {"name": "焦曼宁", "phone": "15026659014"}
AG4 = {"name": "冼一帆", "phone": "17708526641"}
AG5 = {"name": "柯念真", "phone": "19951432287"}

# ======================= DIRTY POSTS =======================

P("wechat_mp", "article",
  "【存钱这件事，我劝你早点想明白】\n\n最近很多粉丝问我：存款利率一降再降，手里的钱放哪里？\n\n"
  "我的答案一直没变——恒岳人寿「澄心增额终身寿」。\n\n"
  "✅ 每年复利增长，写进合同\n✅ 第5年起现金价值超过已交保费\n✅ 想用钱可以减保取出\n\n"
  "说白了，它就是一个带合同的存钱罐，钱只会多不会少，比存定期香太多了。\n\n"
  "而且据我了解，下个月起行业预定利率要再下调，现在上车还能锁住3.0%，过了这个村就没这个店了。\n\n"
  "想算一份自己的利益演示，后台回复【存钱】。",
  [("deposit_comparison", "带合同的存钱罐"), ("guaranteed_return", "钱只会多不会少"),
   ("deposit_comparison", "比存定期香太多了"), ("stop_sale_hype", "过了这个村就没这个店了")],
  AG1, "increased-whole-life sold as savings jar; paraphrased guarantee; rate-cut urgency")

P("moments", "caption",
  "🔥🔥最后3天！！\n朗川人寿「金穗年年」月底正式下架，3.0%的产品以后再也买不到了😭 想给孩子存教育金的抓紧私我～",
  [("stop_sale_hype", "最后3天"), ("stop_sale_hype", "以后再也买不到了")], AG2,
  "classic stop-sale countdown")

P("douyin", "live_script",
  "家人们家人们，今天直播间下单的，首年保费我个人补贴你三成，直接转你微信，别在公屏问，私信我！"
  "这款重疾我敢说全网性价比天花板，没有之一。",
  [("improper_inducement", "首年保费我个人补贴你三成"), ("ad_absolute", "全网性价比天花板，没有之一")],
  None, "indirect rebate (subsidy) + superlative")

P("xiaohongshu", "caption",
  "打工人的第一份年金险🌟 瀚禾人寿安享一生，每年固定返还，闭眼入不亏！姐妹们冲就完事了 #年金险 #理财 #存钱",
  [("guaranteed_return", "闭眼入不亏")], None, "paraphrased no-loss promise")

P("weibo", "caption",
  "说句得罪人的话：澄海保险那家理赔就是拖，拖到你放弃为止，身边三个朋友都被拒赔了，谁买谁后悔。选我们鸿屿的，理赔秒到账。",
  [("disparagement", "澄海保险那家理赔就是拖"), ("disparagement", "谁买谁后悔"),
   ("coverage_exaggeration", "理赔秒到账")], None, "named competitor disparagement")

P("moments", "caption",
  "兄弟们这款必须冲🔥 FYC给到45%，折标系数1.2，做一单顶三单！我们组这个月考核还差8万标保，帮帮忙转发一下👇",
  [("confidential_info", "FYC给到45%"), ("confidential_info", "折标系数1.2"),
   ("confidential_info", "考核还差8万标保")], None, "commission + internal targets in agent slang")

P("moments", "caption",
  f"感恩信任🙏 客户庞雪芹女士确诊乳腺癌二期，我们7天内完成重疾赔付50万！身份证{ID1}的资料都是我亲自跑的，专业的事交给专业的人💪",
  [("pii_name", "庞雪芹"), ("pii_health", "乳腺癌二期"), ("pii_id_card", ID1)], AG1,
  "claim-story brag leaking full name, diagnosis, ID")

P("wechat_mp", "article",
  "国家队出手！由国资委直属央企背景的允泰人寿推出的「国泰民安」养老年金，相当于国家给你养老兜底，安全性和国债一个级别。\n\n"
  "60岁起每月领取，领到终身，活多久领多久。名额有限，每人限购一份。",
  [("false_authority", "相当于国家给你养老兜底"), ("false_authority", "安全性和国债一个级别"),
   ("stop_sale_hype", "名额有限，每人限购一份")], None, "state-owned framing as state guarantee")

P("toutiao", "article",
  "银行理财破净、基金亏损、股票套牢……2024年，越来越多的人把钱转向了增额寿。\n\n"
  "以锦渡人寿「锦上添福」为例：30岁男性每年存5万，交5年，到60岁账户里稳稳躺着60多万。"
  "跟存银行三年定期比，收益高出一大截，而且保本保息，零风险。\n\n"
  "这才是普通家庭最稳的理财方式。",
  [("deposit_comparison", "跟存银行三年定期比，收益高出一大截"), ("guaranteed_return", "保本保息，零风险"),
   ("ad_absolute", "最稳的理财方式")], None, "deposit & fund comparison; principal-protected claim")

P("douyin", "caption",
  "这款百万医疗真的什么都保！！带病也能投，不用健康告知，住院花多少报多少🏥 #百万医疗 #保险",
  [("coverage_exaggeration", "什么都保"), ("coverage_exaggeration", "带病也能投，不用健康告知"),
   ("coverage_exaggeration", "花多少报多少")], None, "coverage overstated")

P("moments", "caption",
  f"麻烦客户詹立峰先生尽快补交材料哈，电话{'13867452190'}一直打不通😂 快递寄到浙江省杭州市西湖区文三路478号华星时代广场B座1203室",
  [("pii_name", "詹立峰"), ("pii_phone", "13867452190"),
   ("pii_address", "浙江省杭州市西湖区文三路478号华星时代广场B座1203室")], AG2,
  "agent publicly chasing a customer")

P("wechat_mp", "article",
  "【分红险才是真正的抗通胀神器】\n\n嘉溪人寿「嘉年丰盈」两全保险（分红型），保证利益+分红双重收益。\n\n"
  "按照中档演示，60岁时账户价值可达180万，是已交保费的3.6倍。过去十年该公司分红实现率都在100%以上，"
  "今后只会更高。\n\n早买早受益，早存早翻倍！",
  [MD, ("guaranteed_return", "今后只会更高"), ("guaranteed_return", "早存早翻倍")], None,
  "participating product without risk statement; dividend extrapolation")

P("video_channel", "live_script",
  "我跟大家讲，万能账户现在结算利率4.5%，你就当它每年稳定4.5%来算，比余额宝高三倍不止，还随用随取，"
  "真的就是个高级版的活期。",
  [MD, ("guaranteed_return", "每年稳定4.5%"), ("deposit_comparison", "比余额宝高三倍不止"),
   ("deposit_comparison", "高级版的活期")], None, "universal account as guaranteed demand deposit")

P("weibo", "caption",
  "#保险避坑# 青穹保险的重疾就是垃圾产品，条款全是坑，买了等于白买。",
  [("disparagement", "青穹保险的重疾就是垃圾产品"), ("disparagement", "买了等于白买")], None,
  "blunt competitor disparagement")

P("moments", "caption",
  "投 保 送 戴森吹风机🎁 前20名再送价值888的体检卡，保费满1万还有京东卡📦 心动不如行动～",
  [("improper_inducement", "投 保 送 戴森吹风机"), ("improper_inducement", "再送价值888的体检卡"),
   ("improper_inducement", "保费满1万还有京东卡")], None, "gifts; spaced evasion")

P("xiaohongshu", "caption",
  "穩賺不賠的儲蓄險來了✨ 朗川人寿「朗月傳家」，現金價值寫進合同，利息比銀行高一倍！ #存錢 #理財",
  [("guaranteed_return", "穩賺不賠"), ("deposit_comparison", "利息比銀行高一倍")], None,
  "traditional-character evasion")

P("moments", "caption",
  "姐妹们，内部资料严禁外传❗️ 下面是瀚禾这款新品的费用率明细和渠道方案截图，只发给自己团队的伙伴，看完记得删。",
  [("confidential_info", "内部资料严禁外传"), ("confidential_info", "费用率明细和渠道方案截图")], None,
  "internal docs shared")

P("douyin", "live_script",
  "来，左上角小黄车，最后一波了啊！这个价格今晚12点一过就涨，真的涨，系统都通知了，今晚不买明天就贵三百块！",
  [("stop_sale_hype", "今晚12点一过就涨"), ("stop_sale_hype", "今晚不买明天就贵三百块")], None,
  "price-rise countdown in live stream")

P("wechat_mp", "article",
  "很多人问我买了鸿屿人寿「守护e生」重疾险靠不靠谱。我直接说结论：这是目前市面上保障最全面的重疾险，100%理赔无忧。\n\n"
  "轻症、中症、重症全覆盖，只要确诊就赔，不看条款也能放心。",
  [("ad_absolute", "目前市面上保障最全面的重疾险"), ("coverage_exaggeration", "100%理赔无忧"),
   ("coverage_exaggeration", "只要确诊就赔")], None, "superlative + claims overstated")

P("moments", "caption",
  f"提醒一下卢嘉树，下期保费记得存到尾号之前那张卡，我再发一遍卡号：{spaced4(CARD1)}，农行的，别存错啦～",
  [("pii_name", "卢嘉树"), ("pii_bank_card", spaced4(CARD1))], AG3, "bank card spaced into groups")

P("wechat_mp", "comment_reply",
  f"@阮文涛 您的投保资料已经发到您邮箱 ruanwentao1988@163.com 了，保单号HY20231108004567，请注意查收～",
  [("pii_name", "阮文涛"), ("pii_email", "ruanwentao1988@163.com"), ("pii_policy_number", "HY20231108004567")],
  None, "public reply with email and policy number")

P("moments", "caption",
  "做保险12年，我说句实话：咱们这行被银保监会点名推荐的产品就这一款，政府背书，放心买！",
  [("false_authority", "被银保监会点名推荐"), ("false_authority", "政府背书")], None,
  "regulator endorsement claimed")

P("weibo", "caption",
  "趁着还没停，赶紧给爸妈把防癌险安排上。内部消息，这款下月就要改版，新版保障缩水，懂的都懂🤫",
  [("stop_sale_hype", "内部消息，这款下月就要改版"), ("stop_sale_hype", "新版保障缩水，懂的都懂")], None,
  "veiled stop-sale urgency")

P("moments", "caption",
  "本月成交的客户，我的那部分全部让给你🧧 具体怎么让，加微信细聊，懂的来～",
  [("improper_inducement", "我的那部分全部让给你")], None, "commission give-back phrased indirectly")

P("toutiao", "article",
  f"【真实理赔案例】上个月，客户甘慧琳（{ID2}）在体检中发现甲状腺乳头状癌，术后我们第一时间帮她申请了理赔。"
  f"赔款打到她的招行卡{CARD5}，前后不到5天。\n\n再次提醒大家，保险一定要趁早配置！",
  [("pii_name", "甘慧琳"), ("pii_id_card", ID2), ("pii_health", "甲状腺乳头状癌"), ("pii_bank_card", CARD5)],
  None, "claim case with full identifiers")

P("douyin", "caption",
  "教你一招：这款年金险年化收益5.2%，保证领取，稳稳的幸福～评论区扣1送你测算表 #养老 #年金",
  [("guaranteed_return", "年化收益5.2%，保证领取")], None, "stated high yield as certain")

P("moments", "caption",
  "有朋友问我为什么从澄海跳槽到允泰，说白了，澄海那边快不行了，偿付能力都亏空了，客户的钱迟早出问题，还在那边的赶紧退保转过来。",
  [("disparagement", "澄海那边快不行了"), ("disparagement", "客户的钱迟早出问题")], None,
  "solvency rumour about named competitor")

P("wechat_mp", "article",
  "投连险到底值不值得买？\n\n朗川人寿「朗润投资连结保险」提供激进型、平衡型、稳健型三个账户。过去5年激进型账户累计收益率高达78%，"
  "远超同期大盘。资金灵活进出，一年只需一次免费转换。\n\n现在入场正是好时机，长期持有收益可观。",
  [MD, ("guaranteed_return", "长期持有收益可观")], None, "investment-linked promoted without risk statement")

P("moments", "caption",
  "王哥，阿姨上次说的那个高血压和糖尿病的情况我已经帮她在健康告知里“处理”过了，核保肯定过，放心😉 阿姨名字就写周桂芬，身份证我这边有。",
  [("pii_name", "周桂芬"), ("pii_health", "高血压和糖尿病"), ("coverage_exaggeration", "核保肯定过")], None,
  "non-disclosure coaching; health of named person")

P("weibo", "caption",
  "保險界的茅台來了！國家級品牌，全國第一的理賠速度，買到就是賺到🔥",
  [("ad_absolute", "國家級品牌"), ("ad_absolute", "全國第一的理賠速度"), ("guaranteed_return", "買到就是賺到")],
  None, "traditional-character superlatives")

P("douyin", "live_script",
  "直播间的宝宝们听好了，这个产品我 fan yong 给你们，具体比例私聊，不要在公屏打出来，会被限流的哈。",
  [("improper_inducement", "fan yong")], None, "pinyin rebate evasion")

P("wechat_mp", "article",
  "【年终冲刺】\n恒岳人寿「福满堂」分红型年金，2月28日24:00准时停售！\n\n"
  "保底2.5%+预期分红3%，合计5.5%，历史分红稳定，闭着眼睛都能拿。\n\n错过这一波，再等一年！",
  [MD, ("stop_sale_hype", "2月28日24:00准时停售"), ("guaranteed_return", "闭着眼睛都能拿"),
   ("stop_sale_hype", "错过这一波，再等一年")], None, "participating + stop-sale + expected dividend as certain")

P("moments", "caption",
  f"客户饶振宇 电话：一八六 二零七四 三九一五，住址：广东省深圳市南山区科技南十二路2号金蝶软件园B栋803，明天上门签单，谁顺路帮忙送一下资料？",
  [("pii_name", "饶振宇"), ("pii_phone", "一八六 二零七四 三九一五"),
   ("pii_address", "广东省深圳市南山区科技南十二路2号金蝶软件园B栋803")], None, "phone written in Chinese numerals")

P("xiaohongshu", "caption",
  "宝妈们！给娃存教育金别再存银行了，利息太低了🙅‍♀️ 锦渡这款教育年金就是升级版的定期存款，随用随取还更高息💰 #教育金 #存钱",
  [("deposit_comparison", "别再存银行了"), ("deposit_comparison", "升级版的定期存款"),
   ("deposit_comparison", "随用随取还更高息")], None, "insurance dressed as savings")

P("moments", "caption",
  "这个月新人有多少个转正了？晒一下咱们分公司的达成率：目前完成62%，离季度KPI还差1400万保费，主管们今晚开会。",
  [("confidential_info", "达成率：目前完成62%"), ("confidential_info", "离季度KPI还差1400万保费")], None,
  "internal performance figures")

P("weibo", "caption",
  "这款惠民保有市政府兜底，政府出钱补贴，不赔政府负责，比任何商业保险都靠谱！",
  [("false_authority", "有市政府兜底"), ("false_authority", "不赔政府负责"),
   ("ad_absolute", "比任何商业保险都靠谱")], None, "city-backed health plan as government guarantee")

P("video_channel", "caption",
  "意外险30块钱保一年，磕了碰了、感冒发烧统统都能赔，一年不用白不用！",
  [("coverage_exaggeration", "感冒发烧统统都能赔")], None, "accident cover overstated to illness")

P("wechat_mp", "article",
  "很多粉丝私信，问我鸿屿和青穹哪家好。实话说，青穹的客服全是外包，理赔员专门挑刺，"
  "我有个客户在那边理赔了半年都没结果。至于鸿屿，目前没有一例拒赔，可以说是业内理赔最好的公司。",
  [("disparagement", "理赔员专门挑刺"), ("coverage_exaggeration", "目前没有一例拒赔"),
   ("ad_absolute", "业内理赔最好的公司")], None, "comparison turns into disparagement")

P("moments", "caption",
  f"【理赔进度】毕晓蔓 保单号 LC2022-0917-338156 已结案，赔款22.6万已打入尾号账户。感谢公司高效！",
  [("pii_name", "毕晓蔓"), ("pii_policy_number", "LC2022-0917-338156")], AG4, "named claim progress post")

P("douyin", "poster_text",
  "保 本 保 息 的年金险还有吗？有！今天就给大家分享一款，稳 赚 不 赔，评论区留言领资料👇",
  [("guaranteed_return", "保 本 保 息"), ("guaranteed_return", "稳 赚 不 赔")], None, "spaced evasion")

P("moments", "caption",
  "今天带客户去医院做了体检，柯婉清姐姐查出来肺部结节4mm，还好上个月刚买了我们的防癌险，买对了就是安心🙏",
  [("pii_name", "柯婉清"), ("pii_health", "肺部结节4mm")], AG5, "named client's health finding")

P("wechat_mp", "article",
  "【银行渠道专属】\n\n本款产品仅限本行VIP客户购买，是本行今年主推的「稳健理财计划」。\n\n"
  "5年期满一次性返还，总收益约18%，高于同期大额存单，且本金安全有保障。\n\n请到各网点理财经理处咨询。",
  [("deposit_comparison", "稳健理财计划"), ("deposit_comparison", "高于同期大额存单"),
   ("guaranteed_return", "本金安全有保障")], None, "bank-channel seller calls insurance a wealth-mgmt plan")

P("moments", "caption",
  "新单激励方案出来了：个险新人首月FYC满3000额外奖励1500，这份方案是总公司刚下发的，大家别外传截图🙈",
  [("confidential_info", "首月FYC满3000额外奖励1500"), ("confidential_info", "总公司刚下发的，大家别外传截图")],
  None, "incentive scheme leaked")

P("xiaohongshu", "caption",
  "小红书独家福利🎀 通过我的链接投保，第一年保费返还20%到支付宝！！名额有限先到先得 #保险福利",
  [("improper_inducement", "第一年保费返还20%到支付宝"), ("stop_sale_hype", "名额有限先到先得")],
  None, "cash-back")

P("weibo", "caption",
  "某些网红推荐的允泰那款重疾，条款一看全是文字游戏，博主恰烂钱，买的都是韭菜。",
  [("disparagement", "条款一看全是文字游戏"), ("disparagement", "买的都是韭菜")], None,
  "disparagement of competing product and its buyers")

P("wechat_mp", "article",
  "【万能险为什么值得拥有】\n\n北辰望安人寿「望安金账户」年金保险（万能型），当前结算利率4.2%，日计息月复利，"
  "资金随时可以部分领取。\n\n对于不想承担风险又嫌存款利息低的人来说，它就是最理想的选择。",
  [MD, ("deposit_comparison", "嫌存款利息低"), ("ad_absolute", "最理想的选择")], None,
  "universal product without minimum-rate/risk statement")

P("moments", "caption",
  f"Mark一下今天的签单客户资料：邹明远，{ID3}，成都市武侯区人民南路四段27号，年交保费8万。感恩🙏",
  [("pii_name", "邹明远"), ("pii_id_card", ID3), ("pii_address", "成都市武侯区人民南路四段27号")],
  None, "signing brag with ID and address")

P("douyin", "live_script",
  "我跟你们讲，这个是国家政策性的保险，国家在推，国家在补贴，你买了等于国家给你担保。",
  [("false_authority", "国家政策性的保险，国家在推"), ("false_authority", "国家给你担保")],
  None, "state-policy framing")

P("moments", "caption",
  "预定利率马上要降到2.5%了，📢今晚就是3.0%产品最后的窗口期，明早系统关闭，真的没有下次了！",
  [("stop_sale_hype", "今晚就是3.0%产品最后的窗口期"), ("stop_sale_hype", "真的没有下次了")], None,
  "rate-cut deadline hype")

P("toutiao", "caption",
  "确诊即赔！无需住院、无需手术，甲状腺结节、乳腺增生都能赔，买到就是赚到！",
  [("coverage_exaggeration", "确诊即赔！无需住院、无需手术"),
   ("coverage_exaggeration", "甲状腺结节、乳腺增生都能赔"), ("guaranteed_return", "买到就是赚到")],
  None, "critical illness scope overstated")

P("moments", "caption",
  "今年最后一次了，大家听我的，现在不买以后就真的买不到这么好的了，这波不上车你会后悔一辈子。",
  [("stop_sale_hype", "现在不买以后就真的买不到这么好的了"), ("stop_sale_hype", "这波不上车你会后悔一辈子")],
  None, "veiled urgency without explicit stop-sale word")

P("wechat_mp", "comment_reply",
  "回复@小雨点：可以的亲，您先把身份证号和银行卡号发我，我帮您直接录单～像上面那位客户滕翠兰一样，她的卡号是" + CARD3 + "，已经扣款成功啦",
  [("pii_name", "滕翠兰"), ("pii_bank_card", CARD3)], None, "agent leaking other customer's card in reply")

P("moments", "caption",
  "晒单啦🎉 今天又签了一单，客户邮箱 yu.defu_1969[at]qq.com，保单号：JX8800231576402，年交12万，继续冲！",
  [("pii_email", "yu.defu_1969[at]qq.com"), ("pii_policy_number", "JX8800231576402")], AG1,
  "[at] email evasion + policy number")

P("weibo", "caption",
  "朗川人寿这款重疾险，性价比绝对第一，市面上找不到第二款！",
  [("ad_absolute", "性价比绝对第一"), ("ad_absolute", "市面上找不到第二款")], None, "superlatives")

P("moments", "caption",
  "把钱放我这儿比放银行强多了，银行一年利息才1点几，我这款一年4个点，还不用担心亏。",
  [("deposit_comparison", "比放银行强多了"), ("guaranteed_return", "一年4个点，还不用担心亏")], None,
  "casual deposit comparison")

P("douyin", "poster_text",
  "年金险=强制储蓄+保本增值+终身领取💰 比存款划算、比理财安全、比基金稳！ #养老规划",
  [("guaranteed_return", "保本增值"), ("deposit_comparison", "比存款划算、比理财安全、比基金稳")], None,
  "formula-style comparison")

P("moments", "caption",
  f"帮同事找个人：焦雅楠，手机 １５８ ０２１３ ７７４６，上海市浦东新区张杨路1588号汇亚大厦17楼，她的保单回执还没签，谁认识提醒下",
  [("pii_name", "焦雅楠"), ("pii_phone", "１５８ ０２１３ ７７４６"),
   ("pii_address", "上海市浦东新区张杨路1588号汇亚大厦17楼")], None, "full-width digit phone")

P("wechat_mp", "article",
  "【一张图看懂佣金】\n\n很多朋友好奇我们代理人到底赚多少？以这款20年交重疾为例：首年佣金率38%，第二年12%，第三年8%，"
  "续年5%。附上公司内部的费用结构表，仅供参考。\n\n所以别再说代理人都是骗子啦，我们也是靠专业吃饭的。",
  [("confidential_info", "首年佣金率38%，第二年12%，第三年8%"), ("confidential_info", "公司内部的费用结构表")],
  None, "commission rates published")

P("video_channel", "caption",
  "有病也能赔！既往症也不怕，投保后保障全面，一张保单保全家所有疾病。",
  [("coverage_exaggeration", "有病也能赔"), ("coverage_exaggeration", "一张保单保全家所有疾病")],
  None, "coverage exaggeration")

P("moments", "caption",
  "🙏感谢客户鲍志远对我的信任，他的胃癌理赔已经顺利下来了，手机号13562187490，需要了解理赔流程的可以直接问他本人哈～",
  [("pii_name", "鲍志远"), ("pii_health", "胃癌"), ("pii_phone", "13562187490")], AG2,
  "referral to named claimant with phone")

P("xiaohongshu", "caption",
  "年薪30万的我，为什么把存款全部换成了增额寿？👀\n1️⃣ 利率锁定终身，比大额存单高\n2️⃣ 安全性堪比银行\n3️⃣ 灵活取用\n结论：普通人的财富护城河 #增额终身寿 #存钱",
  [("deposit_comparison", "把存款全部换成了增额寿"), ("deposit_comparison", "比大额存单高"),
   ("deposit_comparison", "安全性堪比银行")], None, "lifestyle savings framing")

P("weibo", "poster_text",
  "投保即送价值3999元的华为手表，只限本周，先到先得⌚",
  [("improper_inducement", "投保即送价值3999元的华为手表"), ("stop_sale_hype", "只限本周，先到先得")],
  None, "gift + deadline")

P("douyin", "live_script",
  "家人们，我们这个分红险，分红每年都有，去年分了4.8%，今年只多不少，你就按5%去算，亏了算我的！",
  [MD, ("guaranteed_return", "今年只多不少"), ("guaranteed_return", "亏了算我的")], None,
  "participating in live stream, no risk statement")

P("moments", "caption",
  f"【急】客户资料核对：姓名冼国栋 身份证号{ID5[:6]} {ID5[6:14]} {ID5[14:]} 联系电话15965832107，麻烦后援帮忙查一下保单状态",
  [("pii_name", "冼国栋"), ("pii_id_card", f"{ID5[:6]} {ID5[6:14]} {ID5[14:]}"), ("pii_phone", "15965832107")],
  None, "ID split with spaces")

P("wechat_mp", "article",
  "【权威发布】经中国保险行业协会评定，锦渡人寿荣获“国家级五星服务品牌”，是唯一获此殊荣的寿险公司。\n\n"
  "选择锦渡，就是选择国家认可的安心。",
  [("false_authority", "经中国保险行业协会评定"), ("ad_absolute", "唯一获此殊荣的寿险公司"),
   ("false_authority", "国家认可的安心")], None, "fake award and state recognition")

P("moments", "caption",
  "保险公司排名出来了，瀚禾人寿垫底，服务最差，千万别碰，已经买了的赶紧退。",
  [("disparagement", "瀚禾人寿垫底，服务最差"), ("disparagement", "千万别碰")], None,
  "disparaging ranking")

P("moments", "caption",
  "周末客户答谢会🎁 凡是今年签单的客户，统一送一袋五常大米+一桶油，保费10万以上的直接送三亚双人游✈️",
  [("improper_inducement", "统一送一袋五常大米+一桶油"), ("improper_inducement", "保费10万以上的直接送三亚双人游")], None,
  "gifts tied to purchase and premium size")

P("wechat_mp", "article",
  "【家庭财富安全垫】\n\n恒岳人寿「金玉满堂」终身寿险（分红型）。基本保额每年按3%复利递增，另享红利。\n\n"
  "▶ 30岁女性，年交10万，交10年\n▶ 60岁现金价值约320万（含红利）\n▶ 80岁约680万（含红利）\n\n"
  "这么高的回报，相当于给自己找了个终身理财经理。联系我获取完整计划书。",
  [MD, ("deposit_comparison", "终身理财经理")], AG3,
  "participating illustration with no uncertainty statement")

P("moments", "caption",
  "我们家这款是银保监会备案的，相当于监管局亲自认证，出了问题找监管局兜底。",
  [("false_authority", "监管局亲自认证"), ("false_authority", "出了问题找监管局兜底")], None,
  "filing presented as regulator guarantee")

P("douyin", "caption",
  "停shou倒计时⏰ 这款3.0%的增额寿真的要走了，家人们抓紧上车🚗",
  [("stop_sale_hype", "停shou倒计时"), ("stop_sale_hype", "真的要走了")], None, "pinyin-mixed stop-sale")

P("moments", "caption",
  "给大家看看我今天的业绩截图📊 团队排名第三，个人FYC本月已破5万，明年争取MDRT！下面是公司内部排行榜，别传出去哈",
  [("confidential_info", "个人FYC本月已破5万"), ("confidential_info", "公司内部排行榜，别传出去哈")], None,
  "internal ranking board; note MDRT itself is not confidential")

P("wechat_mp", "comment_reply",
  "@蒲** 你的情况我看了，你母亲虞秀珍之前做过心脏支架，这个我们这边健康告知可以不写，直接投没问题的。",
  [("pii_name", "虞秀珍"), ("pii_health", "做过心脏支架"), ("coverage_exaggeration", "健康告知可以不写")],
  None, "masked commenter but mother named with condition")

P("xiaohongshu", "caption",
  "💌 有需要的姐妹可以把资料发我邮箱～或者直接发给之前那位客户 censhiyu_0603@126.com 问她的体验，她人超好的！",
  [("pii_email", "censhiyu_0603@126.com")], AG5, "third-party email shared")

P("toutiao", "article",
  "近期有网友反映，部分保险公司理赔困难。笔者调查发现，其中以青穹保险最为严重，该公司拒赔率高达行业平均的3倍，"
  "消费者投保时务必避开这家公司。\n\n相比之下，笔者所在的鸿屿人寿理赔率高达99.9%，值得信赖。",
  [("disparagement", "消费者投保时务必避开这家公司"), ("disparagement", "拒赔率高达行业平均的3倍")],
  AG4, "agent posing as journalist, unverified claims against competitor")

P("moments", "caption",
  "名单发一下，明天回访：1. 窦佩瑶 13705718826  2. 蒙立新 18857160392  3. 龚少华 13306572214，大家分头打电话",
  [("pii_name", "窦佩瑶"), ("pii_phone", "13705718826"), ("pii_phone", "18857160392"), ("pii_phone", "13306572214")],
  None, "customer call list in Moments")

P("wechat_mp", "article",
  "为什么说年金险是最好的养老方式？\n\n社保只能保基本，想要体面养老必须自己准备。嘉溪人寿「颐年金」"
  "（万能型）前5年保证4%，之后每年不低于3.5%，长期复利，养老钱稳稳的。\n\n目前全国已有超百万家庭选择。",
  [MD, ("ad_absolute", "最好的养老方式"), ("guaranteed_return", "之后每年不低于3.5%")], None,
  "universal with inflated guaranteed rates, no disclosure")

P("moments", "caption",
  "重要的事情说三遍：下个月开始，这款产品的价格会上调15%！！\n老客户加保现在还是老价格，拖到下个月就亏大了💸",
  [("stop_sale_hype", "这款产品的价格会上调15%"), ("stop_sale_hype", "拖到下个月就亏大了")], None,
  "price-rise urgency")

P("douyin", "caption",
  "保费返20%，回佣秒到账，专业团队1对1服务～戳主页了解 #保险 #返佣",
  [("improper_inducement", "保费返20%"), ("improper_inducement", "回佣秒到账")], None, "rebates")

P("moments", "caption",
  f"@所有人 本周五前请把以下客户的续期卡号更新到系统：蔡文博 {CARD2}；温可欣 {CARD4}。别等系统扣款失败再找我😤",
  [("pii_name", "蔡文博"), ("pii_bank_card", CARD2), ("pii_name", "温可欣"), ("pii_bank_card", CARD4)],
  None, "team instruction with customers' cards")

P("weibo", "caption",
  "给爸妈配置保险，选择鸿屿人寿的「孝心安康」就对了，无条件理赔，不问病史，80岁也能买，想赔就能赔！",
  [("coverage_exaggeration", "无条件理赔，不问病史"), ("coverage_exaggeration", "想赔就能赔")],
  None, "elderly product overstated")

P("moments", "caption",
  "客户的理赔授权书我拍照留个底📄 被保险人：邱嘉禾，住址：湖北省武汉市武昌区中北路108号东湖春树里12栋2单元1501，诊断：急性白血病，保单号HY-2024-07-5501983。",
  [("pii_name", "邱嘉禾"), ("pii_address", "湖北省武汉市武昌区中北路108号东湖春树里12栋2单元1501"),
   ("pii_health", "急性白血病"), ("pii_policy_number", "HY-2024-07-5501983")], None,
  "photo of claim authorisation transcribed")

P("wechat_mp", "article",
  "【增额寿 vs 大额存单】\n\n大额存单：3年期利率2.15%，到期要重新找出路，利率还在下降。\n增额寿：锁定3.0%复利终身，"
  "一辈子不用操心。\n\n结论：增额寿完胜大额存单，有闲钱的一定要配置！",
  [("deposit_comparison", "增额寿完胜大额存单")], None, "one-sided comparison (no liquidity/surrender loss mentioned)")

P("moments", "caption",
  "省监管局的领导都在我们这里买，你说靠不靠谱？我们分公司总经理以前就是监管局出来的。",
  [("false_authority", "省监管局的领导都在我们这里买")], None, "officials' endorsement implied")

P("douyin", "live_script",
  "姐妹们今天福利价啊！不是保费打折，是我私人给你发红包，保单生效后我给你包个大红包，金额看你的保费～",
  [("improper_inducement", "保单生效后我给你包个大红包")], None, "red envelope after policy effective")

P("moments", "caption",
  "💬 岑诗雨姐姐确诊抑郁症后情绪一直不太好，我们帮她申请了保费豁免，希望她早日康复🙏 同款保障了解一下👇",
  [("pii_name", "岑诗雨"), ("pii_health", "抑郁症")], AG3, "mental health of named client")

P("xiaohongshu", "caption",
  "偷偷告诉你们，这款重疾是行业内最便宜的，保额最高，保障最多，没有比它更好的了🤫 #重疾险测评",
  [("ad_absolute", "行业内最便宜的"), ("ad_absolute", "没有比它更好的了")], None, "superlatives in review-style post")

P("wechat_mp", "article",
  "【2024开门红】\n\n锦渡人寿「锦绣年华」两全保险（分红型）开门红限时发售！\n\n"
  "🎯 3年交，5年满期\n🎯 满期保证给付+年度红利\n🎯 首年送价值2000元的高端体检\n\n"
  "开门红期间额度有限，售完即止。",
  [MD, ("improper_inducement", "首年送价值2000元的高端体检"), ("stop_sale_hype", "额度有限，售完即止")], None,
  "new-year campaign with gift, no dividend disclosure")

P("moments", "caption",
  "有些公司的代理人天天说别人坏话，不如多学学条款。顺便说一句，瀚禾那款医疗险续保审核超严，生过病基本就续不上了，买之前想清楚。",
  [("disparagement", "瀚禾那款医疗险续保审核超严，生过病基本就续不上了")], None,
  "disparagement disguised as advice")

P("moments", "caption",
  f"帮客户查一下：谭梓萱 {ID6} 这个身份证号在系统里查不到投保记录，是不是录错了？她手机19868215630",
  [("pii_name", "谭梓萱"), ("pii_id_card", ID6), ("pii_phone", "19868215630")], None,
  "back-office query posted publicly")

P("weibo", "caption",
  "保险界的余额宝来了！万能账户，日日计息，随存随取，收益比余额宝高一倍！🎉",
  [MD, ("deposit_comparison", "保险界的余额宝"), ("deposit_comparison", "收益比余额宝高一倍")], None,
  "universal product as money-market fund")

P("video_channel", "caption",
  "买保险就要买对的，我们公司是央企控股，国家给兜着底，永远不会倒闭。",
  [("false_authority", "国家给兜着底"), ("ad_absolute", "永远不会倒闭")], None, "state-owned framing")

P("moments", "caption",
  "跟大家分享一下客户甘文杰（lx_gwj2020@outlook.com）给我的感谢信💌 他说这是他买过最值的一份保险，感谢信全文见图。",
  [("pii_name", "甘文杰"), ("pii_email", "lx_gwj2020@outlook.com"), ("ad_absolute", "最值的一份保险")],
  AG4, "testimonial with email")

P("moments", "caption",
  f"理赔款今天到账了！被保险人房晓东（卡号{CARD6}），脑梗住院报销4.3万，保单号 YT20211223000918。",
  [("pii_name", "房晓东"), ("pii_bank_card", CARD6), ("pii_health", "脑梗"), ("pii_policy_number", "YT20211223000918")],
  None, "full claim details")

P("wechat_mp", "comment_reply",
  "回复：亲，邮箱发错了，正确的是 mengli.xin＠foxmail.com，蒙立新先生的资料我已经转过去了～",
  [("pii_email", "mengli.xin＠foxmail.com"), ("pii_name", "蒙立新")], None, "full-width @ email")

P("moments", "caption",
  "【续期提醒】保单号 QW2019A00387162 的客户，您的保费已逾期，请于本月25日前缴纳，地址：福建省厦门市思明区湖滨南路90号立信广场2308室的那位客户，电话联系不上",
  [("pii_policy_number", "QW2019A00387162"), ("pii_address", "福建省厦门市思明区湖滨南路90号立信广场2308室")],
  None, "policy number + address make customer identifiable")

P("douyin", "caption",
  "內部資料❗嚴禁外傳❗ 某司新品佣金表流出，首年高達50%…想做保險的朋友私我",
  [("confidential_info", "內部資料❗嚴禁外傳"), ("confidential_info", "首年高達50%")], None,
  "traditional chars + recruitment with commission leak")

P("moments", "caption",
  f"客户资料汇总（供新同事学习）：宁佳慧，{ID7}，北京市海淀区中关村南大街5号院3号楼1102，邮箱ningjh83@sina.com。",
  [("pii_name", "宁佳慧"), ("pii_id_card", ID7), ("pii_address", "北京市海淀区中关村南大街5号院3号楼1102"),
   ("pii_email", "ningjh83@sina.com")], None, "training material with real-looking customer data")

P("wechat_mp", "article",
  f"【客户故事】\n\n施永康先生今年52岁，去年确诊冠心病，"
  f"幸好三年前在我这里配置了重疾险，保单号SY2021060800127，获赔30万。\n\n"
  f"他的身份证号{ID8}，本人同意公开（已口头授权）。希望更多人看到保险的意义。",
  [("pii_name", "施永康"), ("pii_health", "冠心病"), ("pii_policy_number", "SY2021060800127"), ("pii_id_card", ID8)],
  AG2, "'oral consent' does not make ID publication compliant")

P("moments", "caption",
  f"客户温雅琪的新地址记一下：陕西省西安市雁塔区高新路52号高科大厦9层，身份证号：{ID9.translate(FW)}",
  [("pii_name", "温雅琪"), ("pii_address", "陕西省西安市雁塔区高新路52号高科大厦9层"),
   ("pii_id_card", ID9.translate(FW))], None, "full-width ID")

P("xiaohongshu", "caption",
  f"我的保单号是 LC20230415889012，有没有同款的姐妹一起交流下？我是在@邬思妍 那里买的～",
  [], None, "PLACEHOLDER")  # replaced below (self-disclosure, treat as clean)
POSTS.pop()

P("moments", "caption",
  f"把 邹 明 远 的银行卡 {CARD7} 和保单 LC20230415889012 发一下给柜面，今天要办退保",
  [("pii_name", "邹 明 远"), ("pii_bank_card", CARD7), ("pii_policy_number", "LC20230415889012")], None,
  "spaced name evasion")

P("moments", "caption",
  f"理赔群消息误发朋友圈：车险报案号 RA2024031500672，车主联系电话0571-88236714，出险地址杭州市拱墅区莫干山路1008号",
  [("pii_policy_number", "RA2024031500672"), ("pii_phone", "0571-88236714")], None,
  "claim number + landline (road address is accident location, not a residence)")

P("wechat_mp", "article",
  "【人生需要一份确定性】\n\n恒岳人寿「恒盈一号」终身寿险（投资连结型），进取型账户近三年年均收益9.6%。\n\n"
  f"上周客户柯女士的缴费卡{CARD8}已绑定成功，首期已扣款，想了解的私我。",
  [MD, ("pii_bank_card", CARD8)], None,
  "investment-linked without risk statement; payment to a personal card (labelled as bank card)")


P("moments", "caption",
  "刚开完早会😴 分享下今天的培训PPT要点：这款给银行渠道的手续费是保费的28%，网点考核按折标保费算，二季度每个网点指标300万。PPT是内部版本，别外发哈🙏",
  [("confidential_info", "手续费是保费的28%"), ("confidential_info", "每个网点指标300万"),
   ("confidential_info", "PPT是内部版本，别外发哈")], None, "bank-channel fees and targets, casual")

P("wechat_mp", "comment_reply",
  f"@黄岚溪 收到～您的理赔款会打到您留的工行卡{CARD10}，材料副本已发您邮箱 lanxi.huang@139.com，有问题打我电话。",
  [("pii_name", "黄岚溪"), ("pii_bank_card", CARD10), ("pii_email", "lanxi.huang@139.com")], AG3,
  "public comment reply with card and email")

P("moments", "caption",
  "卓浩然先生的体检报告我收到了，邮箱是 zhuo_haoran(at)gmail(dot)com 对吧？报告显示乙肝小三阳，核保可能要加费，我再跟公司沟通～",
  [("pii_name", "卓浩然"), ("pii_email", "zhuo_haoran(at)gmail(dot)com"), ("pii_health", "乙肝小三阳")], AG1,
  "(at)/(dot) email evasion, hepatitis status of named person")

P("moments", "caption",
  f"谁捡到一个钱包？里面有张建行卡 {CARD9[:4]}-{CARD9[4:8]}-{CARD9[8:12]}-{CARD9[12:]}，失主是我客户，叫他联系 幺三九 零五七一 二二六四 就行",
  [("pii_bank_card", f"{CARD9[:4]}-{CARD9[4:8]}-{CARD9[8:12]}-{CARD9[12:]}"), ("pii_phone", "幺三九 零五七一 二二六四")],
  None, "hyphenated card, phone in spoken numerals (幺)")

P("weibo", "caption",
  "客户蔺梦琪电话一三七·六八二一·四四〇九，她说上周在允泰买的那单被误导了，想退保，有同行能帮忙吗？",
  [("pii_name", "蔺梦琪"), ("pii_phone", "一三七·六八二一·四四〇九")], None,
  "Chinese-numeral phone with 〇 and middle dots")

P("xiaohongshu", "caption",
  "姐妹们这个真的是保险界的“定存plus”💰 锁利3%、随时能取、永不缩水，我把三年定期都取出来买了 #存钱搭子",
  [("deposit_comparison", "保险界的“定存plus”"), ("guaranteed_return", "永不缩水"),
   ("deposit_comparison", "我把三年定期都取出来买了")], None, "savings framing in lifestyle slang")

P("douyin", "caption",
  "蕞后一天‼️ 这款重疾明天就下jia了，想要的宝宝赶紧，真·绝版",
  [("stop_sale_hype", "蕞后一天"), ("stop_sale_hype", "明天就下jia了")], None, "homophone 蕞 + pinyin jia")

P("moments", "caption",
  "说个不好听的，朗川的代理人都是半路出家的，什么都不懂就敢卖，条款都没看过，买他们家的保险等于把钱扔水里。",
  [("disparagement", "朗川的代理人都是半路出家的"), ("disparagement", "买他们家的保险等于把钱扔水里")], None,
  "disparaging a named competitor's agents")

# ======================= CLEAN HARD NEGATIVES =======================

P("wechat_mp", "article",
  "【产品小课堂】什么是“最高保额”？\n\n很多产品写着“最高保额100万”，指的是在不同年龄、职业类别下，公司允许投保的保额上限，"
  "并不代表每个人都能买到100万，更不代表出险一定赔100万。实际保额以核保结果和保单载明为准。",
  [], AG1, "product term 最高保额")

P("moments", "caption",
  "朗川「安禾百万医疗」：保证续保20年，20年内不会因为健康变化或理赔而拒绝续保。注意：保证续保期间内费率可能调整，具体以条款为准。",
  [], AG2, "保证续保 as product term with caveat")

P("wechat_mp", "article",
  "北辰望安人寿「望安金账户」年金保险（万能型）\n\n▶ 最低保证利率：1.75%\n▶ 近期结算利率：3.6%（月度公布）\n\n"
  "风险提示：本产品为万能型保险，最低保证利率之上的投资收益是不确定的，结算利率不代表未来收益；"
  "演示利益仅为举例，不代表实际收益。提前退保可能遭受损失。",
  [], None, "universal with proper risk statement")

P("xiaohongshu", "caption",
  "科普｜百万医疗的“100%报销比例”是什么意思？\n指的是在扣除免赔额后，合同约定范围内的合理医疗费用按100%报销；"
  "如果没有用社保结算，比例会降为60%。不是所有费用都能报哦～ #保险科普",
  [], None, "100%报销比例 as product term")

P("weibo", "caption",
  "提醒大家：世上没有“稳赚不赔”的保险。凡是跟你说“保本保息、零风险、高收益”的，先多问一句：写进合同了吗？",
  [], None, "quoted risky phrases in consumer education")

P("toutiao", "article",
  "【监管提示】关于防范保险产品“停售炒作”的风险提示\n\n近期，部分销售人员以“即将停售”“最后三天”“错过再等一年”等话术制造焦虑，"
  "诱导消费者仓促投保。请广大消费者理性看待产品调整，根据自身需求和保障缺口选择保险，"
  "认真阅读条款，不要被营销话术左右。",
  [], None, "regulator-style notice quoting stop-sale phrases")

P("wechat_mp", "article",
  "嘉溪人寿「嘉年丰盈」两全保险（分红型）\n\n保单利益由保证利益和非保证的红利两部分组成。\n\n"
  "⚠️ 分红水平不确定，红利分配是不保证的，在某些年度红利可能为零。利益演示基于公司精算假设，"
  "演示利益不代表实际收益，也不代表对未来分红的预期。",
  [], None, "participating with risk statement")

P("moments", "caption",
  "真实理赔分享：王先生，45岁，去年体检查出问题后申请了重疾理赔，15个工作日内结案。分享出来是想说，买对保障、如实告知真的很重要。（已获客户同意，信息已脱敏）",
  [], AG3, "de-identified claim story")

P("moments", "caption",
  "客户李**（电话138****5678）反馈续期扣款失败，已联系银行处理，同类问题的朋友可以私信我 ☎️",
  [], AG4, "masked identifiers")

P("wechat_mp", "article",
  "我是保险代理人邬思妍，从业8年，持证执业。需要咨询保障规划可以直接联系我：13957126638（微信同号）。\n\n"
  "我的原则：不夸大、不返佣、不承诺收益，只帮你把合同讲清楚。",
  [], AG1, "agent's own contact; negated risky words")

P("moments", "poster_text",
  "理赔报案请拨打公司客服热线 95837 或 400-820-6618，7×24小时受理。",
  [], None, "company hotlines")

P("toutiao", "article",
  "【行业动态】多家寿险公司发布公告，自下月起下调部分产品预定利率。业内人士表示，这是行业根据利率环境进行的正常调整，"
  "已生效的保单不受影响。消费者应根据自身需求选择产品，不必因调整而匆忙投保。",
  [], None, "factual news on rate change, no urgency")

P("xiaohongshu", "caption",
  "两款重疾险对比📝\nA款（鸿屿）：保费较低，轻中症赔付次数少\nB款（青穹）：保费略高，含癌症二次赔付\n各有侧重，没有绝对的好坏，按预算和家族病史选～ #重疾险",
  [], None, "balanced comparison with named invented insurers")

P("weibo", "caption",
  "投连险不保本！账户价值随投资表现波动，可能高于也可能低于已交保费，购买前请认真阅读投资风险提示。",
  [], None, "negated 保本")

P("moments", "caption",
  "第一次给自己买保险的朋友看过来👀 先配意外和医疗，再考虑重疾和寿险，年金放最后。最近很多人问，就统一回复一下。",
  [], AG5, "第一次/最近 not absolute")

P("wechat_mp", "article",
  "保险不是存款！\n\n增额终身寿险虽然现金价值会逐年增长，但它是长期保险产品，前几年退保会有损失，流动性也不如存款。"
  "它不能替代银行存款，更不适合短期要用的钱。如果你3-5年内可能要用这笔钱，放在银行更合适。",
  [], None, "negated deposit comparison (consumer education)")

P("moments", "caption",
  "有朋友问能不能返点？不能。正规投保没有返佣、没有返现、也不送礼品，遇到这样承诺的要小心。",
  [], AG2, "refusal of rebates")

P("toutiao", "article",
  "【新闻】国家医保局公布2024年国家医保药品目录调整结果，新增药品91种，其中包括多款抗肿瘤用药。"
  "参保人员可在定点医疗机构按规定报销。",
  [], None, "factual state news, not false authority")

P("moments", "caption",
  "本市惠民保今年开放投保：由市医保局指导、多家保险公司共同承保，保费69元/年。请注意：既往症人群有赔付限制，具体以条款为准。",
  [], None, "惠民保 factual description")

P("wechat_mp", "article",
  "关于“产品停售”，我想说几句。\n\n产品上新下架是保险公司正常的经营行为。旧产品停售不等于它就是最好的，新产品也未必更差。"
  "买保险最重要的是看自己的需求和预算，而不是追着“停售”跑。",
  [], AG3, "calm discussion of stop-sale")

P("video_channel", "caption",
  "健康告知一定要如实填写！隐瞒病史，保险公司有权解除合同、不予理赔。不确定的情况可以先做智能核保或人工核保。",
  [], None, "consumer education on disclosure")

P("moments", "caption",
  "客户张**的身份证 3301**********1234 已核验，保单回执已签收，感谢配合～",
  [], AG4, "masked ID")

P("xiaohongshu", "caption",
  "攒钱第3年💰 定期+基金+保险，各司其职：定期管流动性，基金博收益，保险管风险。别指望一样东西干所有的活～ #存钱",
  [], None, "balanced personal finance post")

P("wechat_mp", "article",
  "【年金险怎么看】\n\n1. 看确定领取的部分：合同约定的生存金才是确定的；\n2. 看IRR：长期持有的内部收益率一般在2%-3%之间；\n"
  "3. 看退保损失：前几年退保现金价值低于已交保费。\n\n年金险适合长期、确定的养老规划，不适合追求高收益的资金。",
  [], None, "neutral annuity guide")

P("douyin", "caption",
  "理赔小知识：重疾险的“确诊即赔”只适用于部分疾病，比如恶性肿瘤；很多疾病需要达到特定状态或实施特定手术才能赔。一定要看条款！",
  [], None, "quoted 确诊即赔 correctly qualified")

P("moments", "caption",
  "今天参加了公司组织的合规培训📚 主题是“销售误导的十种表现”，比如夸大收益、承诺保本、和存款比较……做这行，合规是底线。",
  [], AG5, "compliance training mentions risky topics")

P("weibo", "caption",
  "客服电话：400-699-5588。营业时间：周一至周五 9:00-17:30。如需投诉，也可拨打12378银行保险消费者投诉维权热线。",
  [], None, "hotlines")

P("wechat_mp", "article",
  "锦渡人寿「锦上添福」终身寿险（分红型）产品说明\n\n保险利益：身故或全残保险金 + 红利\n\n"
  "红利说明：本产品红利分配是不确定的，分红水平取决于公司实际经营状况。利益演示中的中、高档红利仅为举例，"
  "演示利益不代表实际收益，实际红利可能低于演示，也可能为零。",
  [], None, "participating with disclosure")

P("moments", "caption",
  "🎂 恭喜我的客户王女士喜提二胎，第一时间帮宝宝配置了少儿医疗和意外险～ 母婴平安最重要❤️",
  [], AG1, "de-identified customer, no health finding")

P("xiaohongshu", "caption",
  "做保险代理人的第一年🥹 从一个人都不认识，到现在服务了62位客户。谢谢每一位信任我的人，我会继续学习条款，做个靠谱的人。",
  [], AG2, "第一年 not absolute")

P("toutiao", "article",
  "某保险公司年报显示，2023年其赔付支出同比增长12%，其中重疾赔付占比最高，平均理赔时效为1.8天（小额案件）。"
  "该数据来自公司公开披露的年度报告。",
  [], None, "factual reporting of published data")

P("moments", "caption",
  "投连险账户价值会波动，过往业绩不代表未来表现。恒岳「恒盈一号」三个账户风险等级不同，请根据自己的风险承受能力选择，投资风险由投保人承担。",
  [], AG3, "investment-linked with risk statement")

P("wechat_mp", "comment_reply",
  "回复@阿哲：这个产品没有“保证收益”的说法，只有合同约定的现金价值是确定的，其他都是演示，别被误导哈。",
  [], AG4, "negated guarantee in reply")

P("weibo", "caption",
  "看到有人说“买保险就是交智商税”，其实不是。保险的意义是转移风险，不是赚钱。不同公司各有优缺点，没有谁一定更好。",
  [], None, "balanced opinion")

P("moments", "caption",
  "有问题随时找我👇\n📞 17708526641\n📮 xianyifan.agent@163.com\n冼一帆｜持证保险代理人",
  [], AG4, "agent's own contact details incl. email")

P("douyin", "caption",
  "千万不要相信“百病全赔”这种话！每一份医疗险都有免责条款，比如既往症、美容整形、不孕不育，都是不赔的。",
  [], None, "quoted exaggeration debunked")

P("wechat_mp", "article",
  "【关于我们的客户服务承诺】\n\n1. 理赔资料齐全后，小额案件力争3个工作日内结案；\n2. 全国统一客服热线95837；\n"
  "3. 提供上门理赔协助服务。\n\n以上为公司服务目标，具体时效以实际审核为准。",
  [], None, "qualified service commitment")

P("moments", "caption",
  "家里老人多大还能买保险？一般来说，防癌险和意外险对年龄和健康要求宽松一些，很多产品可以投保到70-80岁，但保费较高，且依然需要健康告知。",
  [], AG5, "elderly insurance education")

P("xiaohongshu", "caption",
  "银行存款 vs 增额寿，我的真实看法👇\n存款：灵活、随时取，有存款保险保障\n增额寿：长期锁定利率，但前期退保有损失\n"
  "短钱放存款，长钱才考虑增额寿，两者不是替代关系哦～",
  [], None, "balanced deposit vs insurance comparison")

P("moments", "caption",
  "今日学习：保险法第十六条，投保人故意或者因重大过失未履行如实告知义务，足以影响保险人决定是否同意承保的，保险人有权解除合同。",
  [], AG1, "law quote")

P("wechat_mp", "article",
  "【理赔案例】李**，32岁，因意外骨折住院，医疗费用1.2万元，扣除社保报销和免赔额后，商业医疗险赔付6800元。\n\n"
  "案例已做脱敏处理。提醒大家保留好发票和病历。",
  [], AG2, "de-identified case with diagnosis (not identifiable)")

P("toutiao", "article",
  "【消费提示】警惕“保险理财化”宣传。部分销售人员将保险产品宣传为“存款”“理财”，甚至与银行存款收益直接比较。"
  "消费者应明确：保险是保障工具，退保可能产生损失，不能等同于银行存款。",
  [], None, "consumer warning quoting deposit framing")

P("moments", "caption",
  "🎁 客户节活动：本周六在门店举办健康讲座，欢迎所有朋友参加，现场有茶歇～ 不要求投保，纯分享。",
  [], AG3, "event not tied to purchase")

P("douyin", "caption",
  "保险公司会倒闭吗？根据《保险法》，经营有人寿保险业务的保险公司被依法撤销或宣告破产的，其持有的人寿保险合同必须转让给其他保险公司。另外还有保险保障基金制度。",
  [], None, "factual legal education (not a state guarantee claim)")

P("wechat_mp", "article",
  "本文内容为个人学习笔记，不构成投资建议。\n\n万能险的“保底利率”目前行业普遍在1.5%-2%之间，超出部分为不保证利益。"
  "近期多家公司结算利率有所下调，这是市场利率下行的正常体现。",
  [], None, "universal education with caveat, not a promotion")

P("moments", "caption",
  "今年团队组织去了一趟莫干山团建🏞️ 大家辛苦了一年，明年继续专业服务客户！",
  [], AG4, "non-sales life post")

P("weibo", "caption",
  "#保险知识# 重疾险等待期一般是90天或180天，等待期内确诊的通常只退还保费、不赔付保额。",
  [], None, "waiting period fact")

P("xiaohongshu", "caption",
  "给自己存了一份养老钱🌱 选的是瀚禾的养老年金，60岁开始领。知道它收益不高，也知道前几年退保亏，但就是图个确定和强制储蓄。#养老规划",
  [], None, "honest consumer post, no comparison claims")

P("moments", "caption",
  "客户王先生（138****2210）的保单已寄出，顺丰单号尾号3391，请注意查收📦",
  [], AG5, "masked phone")

P("wechat_mp", "article",
  "【如何看懂利益演示表】\n\n1. 保证利益：合同写明，一定会给；\n2. 非保证利益：分红、万能结算利息等，会随公司经营和市场变化；\n"
  "3. 演示利益不代表实际收益，低档演示也不是最低。\n\n读懂这三点，就不容易被“高收益”的说法误导。",
  [], None, "education on illustrations")

P("toutiao", "caption",
  "据媒体报道，某地监管局近日对一家保险代理公司开出罚单，原因是其销售人员在朋友圈宣传“保本保息”“国家兜底”等误导性内容。",
  [], None, "news quoting violations")

P("moments", "caption",
  "没有哪一款保险适合所有人。我更愿意花时间听你说清楚家庭情况，再给建议。欢迎预约：15026659014（焦曼宁）",
  [], AG3, "agent's own phone in text")

P("douyin", "live_script",
  "今天直播不卖货，就讲条款。大家看这里，这一条是责任免除，这一条是等待期，买之前一定要看清楚。有问题打公屏，我一个一个回答。",
  [], None, "education live stream")

P("wechat_mp", "article",
  "【公司公告】鸿屿人寿关于「守护e生」重疾险停售的公告\n\n根据公司产品规划，「守护e生」重疾险将于2024年6月30日停止销售。"
  "停售后已承保的保单继续有效，保障责任不受影响。如有疑问请致电客服热线400-608-9955。",
  [], None, "official stop-sale notice, factual")

P("moments", "caption",
  "今年的考核已经结束了，感谢所有客户一年的陪伴🙏 明年继续努力学习，做更专业的服务。",
  [], AG1, "mentions 考核 without internal figures")

P("xiaohongshu", "caption",
  "最近在学习CFP课程📖 才发现保险只是家庭资产配置里的一小块，千万别把所有钱都压在一个篮子里～",
  [], None, "neutral")

P("weibo", "caption",
  "一个小提醒：对方说“投保送手机”“返你多少佣金”的，别心动。这种行为在《保险法》里是明确禁止的，出了问题你也维权困难。",
  [], None, "quoted inducements debunked")

P("moments", "caption",
  "帮一位客户（已授权分享）晒一下理赔通知书📄 被保险人：陈**，保单号：HY2023****4567，赔付金额：100,000元。",
  [], AG2, "masked policy number and name")

P("wechat_mp", "article",
  "【理性看待“国资背景”】\n\n股东背景只能说明公司资本来源，不等于国家为保单提供担保。保单安全依靠的是偿付能力监管和保险保障基金制度，"
  "而不是股东是谁。投保时请关注公司偿付能力报告。",
  [], None, "debunks state-owned framing")

P("douyin", "caption",
  "小额医疗险适合谁？门诊多、经常小病的人。它保额不高，一般1万左右，有次数和免赔限制，别指望它保大病哦～",
  [], None, "balanced")

P("moments", "caption",
  "客户反馈：“你是我见过最耐心的代理人。”😊 谢谢认可，我会继续努力！",
  [], AG5, "quoted compliment; superlative is customer's personal opinion, not a product claim (hard negative)")

P("toutiao", "article",
  "如何选择靠谱的保险公司？\n\n1. 看偿付能力充足率是否达标；\n2. 看风险综合评级；\n3. 看服务评价和投诉数据（可在监管官网查询）；\n"
  "4. 看产品条款本身。\n\n不要只看广告和代理人的介绍。",
  [], None, "neutral guide")

P("moments", "caption",
  "收到客户的锦旗，很感动🥹 这位阿姨去年做了手术，理赔后专门送来感谢。保护好客户隐私，就不多透露信息啦～",
  [], AG4, "non-identifiable health mention")

P("wechat_mp", "article",
  "朗川人寿「朗润投资连结保险」\n\n▶ 提供三个投资账户，风险等级由低到高\n▶ 过往业绩不代表未来表现\n\n"
  "投资风险提示：投资连结保险的投资账户价值随投资收益波动，投资风险完全由投保人承担，账户价值可能低于已交保费。"
  "本产品不保证投资收益。",
  [], None, "investment-linked with proper statement")

P("xiaohongshu", "caption",
  "分享我家的保单整理表📋 每个人的保障一目了然，身份证、保单号这些我都打码了哈，模板可以直接拿去用～",
  [], None, "mentions identifiers without any")

P("moments", "caption",
  "这两天好几位朋友问我青穹的那款重疾怎么样，我看了条款，保障责任和我们公司的差不多，价格略低，适合预算有限的朋友，可以对比了再决定。",
  [], AG1, "fair mention of competitor")

P("weibo", "caption",
  "年底了，提醒大家检查一下自己的保单：续期保费有没有按时交、受益人信息是否需要更新、联系方式有没有变化。",
  [], None, "service reminder")

P("moments", "caption",
  "保单服务小贴士：如需修改银行卡、地址、手机号，请通过公司官方APP或拨打95837办理，不要把资料发给陌生人。",
  [], AG2, "privacy tip")

P("douyin", "caption",
  "为什么我不推荐把保险当理财？因为保险的核心是保障，收益只是附带。想要高收益，去看其他投资工具，风险自担。",
  [], None, "anti-deposit-comparison stance")

P("wechat_mp", "article",
  "【开门红，不焦虑】\n\n每年年初都会有很多“开门红”产品上市。它们本质上就是普通的年金或两全保险，"
  "没有必要因为“限时”而冲动购买。\n\n适合你的产品，什么时候买都不晚。",
  [], AG3, "calm 开门红 commentary")

P("moments", "caption",
  "今天陪客户去医院递交理赔材料，排队两小时，但看到材料递交成功还是很开心。理赔这件事，专业的代理人能帮你少走很多弯路。",
  [], AG4, "service post, no PII")

P("video_channel", "caption",
  "意外险保什么？意外身故/伤残、意外医疗、意外住院津贴。感冒发烧、疾病住院不在意外险保障范围内哦！",
  [], None, "correct scope")

P("xiaohongshu", "caption",
  "保险小白入门书单📚 1.《保险法》条文解读 2. 各家公司的公开条款 3. 监管发布的消费提示。自己先懂一点，才不容易被忽悠。",
  [], None, "neutral")

P("moments", "caption",
  "注意⚠️ 最近有人冒充我的名义加好友推销保险，我本人只有这一个微信，号码18620873315，其他都不是我！",
  [], AG2, "agent's own phone in anti-fraud notice")

P("toutiao", "article",
  "【解读】为什么保险公司要下调预定利率？\n\n预定利率是保险公司对未来投资收益的定价假设。市场利率下行时，继续维持高预定利率会增加利差损风险。"
  "下调预定利率有利于行业稳健经营，保护长期保单持有人的利益。",
  [], None, "rate cut explainer")

P("wechat_mp", "comment_reply",
  "回复@晴天：您说的“最后三天”是其他平台的宣传，我们这款产品目前没有停售计划，请按自己的需求考虑，不用着急。",
  [], AG5, "quoted urgency, denied")

P("moments", "caption",
  "这周工作小结：完成3次保单检视，帮2位客户补齐了医疗险，1位客户办理了理赔。充实的一周💪",
  [], AG1, "neutral")

P("weibo", "caption",
  "有网友问万能险是不是“保本”。答：万能险账户有最低保证利率，但扣除初始费用和退保费用后，前几年退保仍可能拿不回全部保费。",
  [], None, "nuanced universal answer")

P("douyin", "caption",
  "🏠 房贷、车贷、孩子教育……家庭支柱一定要配一份定期寿险，保费低保额高，专门用来对冲最坏的情况。",
  [], None, "term life education")

P("moments", "caption",
  "客户的一句“谢谢你当初坚持让我如实告知”，是我做这行最大的成就感。",
  [], AG3, "最大 as personal feeling (hard negative)")

P("xiaohongshu", "caption",
  "研究了一周，终于给爸妈选好了防癌险✅ 不用太多健康告知，但有等待期，而且只保癌症，不是什么病都保。#给父母买保险",
  [], None, "negated 什么病都保")

P("wechat_mp", "article",
  "【互联网保险怎么买才放心】\n\n1. 认准持牌机构：在监管官网可查询公司和中介资质；\n2. 看清保险责任和免责条款；\n"
  "3. 注意保费支付页面的收款方应为保险公司；\n4. 保存好电子保单。\n\n如有疑问，可拨打公司客服热线或12378。",
  [], None, "internet insurance safety guide")

P("moments", "caption",
  "公司今年新推出的服务：80岁以上老人理赔可申请上门办理，详情可咨询客服400-820-6618。",
  [], AG4, "service news")

P("toutiao", "caption",
  "某地法院判决：保险代理人承诺“返还佣金”，事后未兑现，法院认定该承诺违反保险法规定，不予支持。",
  [], None, "legal news quoting 返还佣金")


P("weibo", "caption",
  "【繁體版】提醒各位：保險不是存款，分紅不保證，演示利益不代表實際收益。投保前請看清條款，如有疑問請撥打客服熱線４００－８２０－６６１８。",
  [], None, "traditional characters + full-width hotline, compliant")

P("moments", "caption",
  "今天帮客户做了保单检视：她家三口人只有社保，我建议先补百万医疗（保证续保6年那款）和定寿，重疾看预算再定。客户信息不公开哈～",
  [], AG5, "保证续保 product term, no PII")

P("wechat_mp", "article",
  "【团队招募】\n\n我们团队正在招募保险规划师：\n✔ 系统培训：条款解读、合规销售、客户服务\n✔ 不要求囤单、不鼓励自保件\n"
  "✔ 收入与专业服务挂钩\n\n具体基本法和薪酬请线下面谈。联系人：蒲承泽 18620873315",
  [], AG2, "recruitment without disclosing commission rates; own contact")

P("xiaohongshu", "caption",
  "被问了800遍的“停售前要不要赶紧买”😂 我的回答：需要就买，不需要就不买，停不停售和你需不需要没关系。#理性消费",
  [], None, "quoted stop-sale, rejected")

P("douyin", "caption",
  "教大家识别“返佣”陷阱：代理人说私下返你保费，实际可能让你签更贵的方案，或者以后找各种理由要回去。正规投保不存在返佣。",
  [], None, "education quoting 返佣")

P("toutiao", "article",
  "【数据】据行业协会公开数据，2023年人身险公司原保险保费收入同比增长约10%，其中普通寿险占比上升。"
  "分析人士认为，这与居民储蓄需求和预定利率调整预期有关。",
  [], None, "industry statistics, no promotion")


P("wechat_mp", "article",
  "【写给35岁的你：养老这件事，越早越从容】\n\n"
  "上周和一位老同学吃饭，她说现在最焦虑的不是房贷，而是养老。社保替代率只有40%左右，退休后收入直接腰斩，想想都睡不着。\n\n"
  "其实答案很简单。我这两年帮300多个家庭做了养老规划，用的都是同一款产品——恒岳人寿「恒享颐年」养老年金（分红型）。\n\n"
  "为什么选它？\n"
  "1️⃣ 领取确定：60岁开始每年领，领到终身，写进合同；\n"
  "2️⃣ 分红加持：公司过去8年分红实现率均超过100%，按中档演示，80岁时累计领取可达310万；\n"
  "3️⃣ 资金安全：你的钱比放在银行还安全；\n"
  "4️⃣ 灵活：急用钱时可以保单贷款，最高可贷现金价值的80%。\n\n"
  "很多人说年金险收益低，那是没算清楚。跟银行理财比，它不会破净；跟基金比，它不会亏；跟存款比，它利率锁定一辈子。"
  "这就是我说的——用确定的钱，对冲不确定的未来。\n\n"
  "另外悄悄说一句，公司已经发通知，这款产品的预定利率下个季度就要调整，现在是最后的上车机会。"
  "需要做一份专属养老规划的，后台留言【养老】，我一对一帮你算。\n\n"
  "（本文仅代表个人观点）",
  [MD, ("deposit_comparison", "你的钱比放在银行还安全"), ("guaranteed_return", "跟基金比，它不会亏"),
   ("stop_sale_hype", "现在是最后的上车机会")], AG3,
  "long article: participating annuity without dividend uncertainty statement, deposit/fund comparison, veiled urgency")

P("wechat_mp", "article",
  "【深度】为什么我劝你慎重对待“增额终身寿”？\n\n"
  "这两年，增额终身寿险几乎成了“爆款”。社交媒体上，不少博主把它称作“存钱神器”“比定期香”，甚至直接说“稳赚不赔”。"
  "作为一名从业十年的保险从业者，我想说几句不同的声音。\n\n"
  "第一，它不是存款。增额寿是人寿保险，前几年退保的现金价值通常低于已交保费，流动性远不如银行存款；银行存款还有存款保险制度保护，两者机制完全不同。\n\n"
  "第二，收益要看IRR。合同里的“保额按3%复利递增”不等于你的实际收益率是3%，长期持有的现金价值IRR一般低于这个数字，短期更低。\n\n"
  "第三，“减保取现”有规则。很多产品对减保有时间、比例限制，不是想取就取。\n\n"
  "第四，别被“停售”节奏带跑。产品调整是常态，真正要问的是：这笔钱未来10年以上是否确定不用？\n\n"
  "如果答案是肯定的，增额寿可以作为长期资金的一部分配置；如果不确定，宁可放在存款或其他流动性更好的工具里。\n\n"
  "保险是好东西，但前提是买对、买明白。",
  [], AG1, "long consumer-education article quoting risky phrases; clean")

P("toutiao", "article",
  "【案例复盘】一位客户的重疾理赔全过程\n\n"
  "（本文已获客户书面授权，关键信息已做脱敏处理）\n\n"
  "客户：陈女士，38岁，某市公司职员\n投保：2019年投保一款重疾险，基本保额50万，附加轻中症责任\n"
  "经过：2023年体检发现异常，进一步检查后确诊，属于合同约定的重大疾病\n"
  "报案：确诊后第二天通过客服热线95837报案，理赔人员当天联系\n"
  "材料：理赔申请书、身份证明、病理报告、出院小结、银行卡信息（通过官方APP上传）\n"
  "结果：材料齐全后第6个工作日结案，赔付50万元\n\n"
  "几点提示：\n1. 投保时如实告知，是顺利理赔的前提；\n2. 病理报告是重疾理赔的关键材料；\n"
  "3. 个人信息和银行卡请只通过官方渠道提交，不要发给任何个人；\n4. 有疑问可以拨打公司热线或12378咨询。\n\n"
  "每一个理赔案例背后都是一个家庭。希望大家都用不上保险，但都有保险。",
  [], AG4, "long de-identified claim case; clean")

P("douyin", "poster_text",
  "重 疾 险 天 花 板\n✔ 120种重疾 ✔ 多次赔付 ✔ 保到终身\n全网最低价 今日下单立减500",
  [("ad_absolute", "重 疾 险 天 花 板"), ("ad_absolute", "全网最低价"), ("improper_inducement", "今日下单立减500")], None,
  "poster: spaced superlative, off-contract discount")

P("xiaohongshu", "poster_text",
  "🌸 女性专属保障 🌸\n乳腺、甲状腺、宫颈相关疾病保障\n等待期90天｜保障期间1年｜保证续保期间内费率可能调整\n投保前请阅读条款及免责说明",
  [], None, "poster with caveats; clean")


P("moments", "caption",
  "这款年金 wen zhuan bu pei，bao ben bao xi，懂的私我～ 不方便明说怕被屏蔽😂",
  [("guaranteed_return", "wen zhuan bu pei"), ("guaranteed_return", "bao ben bao xi")], None, "full pinyin evasion")

P("douyin", "caption",
  "新品上线✨ 比銀行定♥期还高的利息，随存随取～ #理财",
  [("deposit_comparison", "比銀行定♥期还高的利息"), ("deposit_comparison", "随存随取")], None, "symbol-inserted + traditional evasion")

P("weibo", "caption",
  "guo jia dou di 的养老产品，yin bao jian 推荐，放心冲🔥",
  [("false_authority", "guo jia dou di"), ("false_authority", "yin bao jian 推荐")], None, "pinyin false authority")

P("moments", "caption",
  "签单就反拥15个点，首年到账，老客户介绍再加5个点🧧",
  [("improper_inducement", "签单就反拥15个点"), ("improper_inducement", "老客户介绍再加5个点")], None,
  "homophone 反拥 for 返佣")

P("xiaohongshu", "caption",
  "這款醫療險什麼病都賠❗️ 不用健康告知，帶病也能買，姐妹們衝 #醫療險",
  [("coverage_exaggeration", "什麼病都賠"), ("coverage_exaggeration", "不用健康告知，帶病也能買")], None,
  "traditional-character coverage exaggeration")

P("moments", "caption",
  "F.Y.C 首年给到四成，折.标 1.3，本月考.核线 5 万，冲冲冲💪（截图别外传）",
  [("confidential_info", "F.Y.C 首年给到四成"), ("confidential_info", "折.标 1.3"), ("confidential_info", "考.核线 5 万")],
  None, "dotted internal jargon evasion")

P("moments", "caption",
  "客户信息别再发群里了！上次有人把别人的身份证号直接贴出来，被公司通报了。发资料请用公司系统，脱敏后再沟通。",
  [], AG1, "privacy warning; clean")

P("weibo", "caption",
  "“稳賺不賠”“保本保息”這些話，監管早就明令禁止了，看到這樣宣傳的保險請直接舉報。",
  [], None, "traditional quoted phrases in warning; clean")

P("douyin", "caption",
  "今天聊聊“tingshou”这个词🤔 很多人一看到就慌，其实产品下架很正常，先看需求再决定，别被节奏带着走。",
  [], None, "pinyin quoted stop-sale, calm; clean")

P("moments", "caption",
  "客户电话统一用公司400热线回拨：４００－６９９－５５８８，请勿将客户手机号发到工作群以外的地方。",
  [], AG2, "full-width hotline; clean")

# ---------------------------------------------------------------- build


def build():
    out = []
    cat_posts = Counter()
    cat_spans = Counter()
    for i, p in enumerate(POSTS, 1):
        text = p["text"]
        assert 20 <= len(text) <= 500, (i, len(text), text[:30])
        fs = []
        for cat, phrase in p["findings"]:
            if phrase is None:
                assert cat == "missing_disclosure"
                fs.append({"category": cat, "start": None, "end": None, "text": None})
                continue
            n = text.count(phrase)
            assert n == 1, (i, cat, phrase, n)
            s = text.find(phrase)
            fs.append({"category": cat, "start": s, "end": s + len(phrase), "text": phrase})
        assert len(fs) <= 4, (i, len(fs))
        for f in fs:
            cat_spans[f["category"]] += 1
        for c in {f["category"] for f in fs}:
            cat_posts[c] += 1
        out.append({"id": f"t{i:04d}", "channel": p["channel"], "content_type": p["content_type"], "text": text,
                    "account_owner": p["owner"], "findings": sorted(fs, key=lambda f: (f["start"] is not None, f["start"] or 0)),
                    "note": p["note"]})
    path = os.path.join(HERE, "posts.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out, cat_posts, cat_spans


if __name__ == "__main__":
    out, cp, cs = build()
    dirty = sum(1 for o in out if o["findings"])
    print(f"posts={len(out)} dirty={dirty} clean={len(out) - dirty}")
    for c, n in sorted(cp.items()):
        print(f"  {c:24s} posts={n:3d} spans={cs[c]:3d}")
