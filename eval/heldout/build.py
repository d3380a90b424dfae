#!/usr/bin/env python3
"""Build the independent held-out evaluation corpus (posts.jsonl).

Written blind: the author (an AI helper) had no access to the dev corpus, the rule
files or app data. Posts are hand-written; offsets are computed here with str.find.
PII values are synthetic but structurally valid (GB 11643 check digits, Luhn).

usage: python3 eval/heldout/build.py   (writes eval/heldout/posts.jsonl next to this file)
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- synthetic PII
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idcard(region, birth, seq):
    body = region + birth + seq
    assert len(body) == 17 and body.isdigit()
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]


def id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17]


def luhn(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def fw(s):
    """ASCII digits/letters -> full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


CN = dict(zip("0123456789", "零一二三四五六七八九"))


def cn_phone(s, yao=True):
    t = "".join(CN[c] for c in s)
    if yao:
        t = t.replace("一", "幺")
    return t[:3] + " " + t[3:7] + " " + t[7:]


ID1 = idcard("440305", "19850612", "317")
ID2 = idcard("310104", "19790304", "526")
ID3 = idcard("110105", "19920917", "043")
ID4 = idcard("330106", "19880121", "688")
ID5 = idcard("510107", "19761108", "235")
ID6 = idcard("320102", "19560430", "162")
ID7 = idcard("420106", "19830719", "574")
ID8 = idcard("370202", "19900225", "081")
ID9 = idcard("350203", "20190813", "452")
ID10 = idcard("330106", "19710509", "213")
IDS = [ID1, ID2, ID3, ID4, ID5, ID6, ID7, ID8, ID9, ID10]

CARD1 = luhn("622202160200471835")  # ICBC 19
CARD2 = luhn("621700288001536472")  # CCB 19
CARD3 = luhn("622848001867325091")  # ABC 19
CARD4 = luhn("622588013746285")     # UnionPay 16
CARD5 = luhn("621483051927364")     # UnionPay 16
CARD6 = luhn("622908371605284")     # UnionPay 16
CARD7 = luhn("621661028734590162")  # UnionPay 19
CARD8 = luhn("622202400391827560")  # ICBC 19
CARD9 = luhn("623058000172694")     # UnionPay 16
CARDS = [CARD1, CARD2, CARD3, CARD4, CARD5, CARD6, CARD7, CARD8, CARD9]

P1 = "JC2024031588462017"
P2 = "8801202503160045"
P3 = "YT-2025-0716-0038152"
P4 = "P310120240902771346"
P5 = "JH2025110300917"
P6 = "AS8620231207003318"
P7 = "AS8620240419005562"
P8 = "HX660125008314729"
P9 = "LP2025062700148"

# owners (agents' own accounts)
O_LIU = {"name": "刘晓燕", "phone": "13602478135"}
O_ZHOU = {"name": "周敏", "phone": "18610459273"}
O_LIN = {"name": "林悦", "phone": "15068342291"}
O_CHEN = {"name": "陈嘉树", "phone": "17358206417"}
O_SONG = {"name": "宋雨桐", "phone": "19921784360"}
O_HE = {"name": "何立新", "phone": "13917504826"}

POSTS = []


def add(channel, ctype, text, findings, note, owner=None):
    POSTS.append(dict(channel=channel, content_type=ctype, text=text,
                      findings=findings, note=note, owner=owner))


MD = ("missing_disclosure",)

# ====================================================================== DIRTY
add("moments", "caption",
    "🔥重磅提醒！锦程人寿「金满仓」增额终身寿月底即将停售，3.0%的末班车真的是最后一趟了，错过再等十年！\n想上车的私信我～\n#增额终身寿 #养老规划",
    [("stop_sale_hype", "即将停售"), ("stop_sale_hype", "末班车"), ("stop_sale_hype", "错过再等十年")],
    "classic stop-sale hype, three cues", O_LIU)

add("wechat_mp", "article",
    "【锦程人寿·福满堂年金保险（分红型）】\n\n每年固定领取生存金，年年还有分红，给孩子的教育金一步到位。\n\n✅ 投保满5年起每年领取\n✅ 分红稳定在4%以上，收益确定\n✅ 领取的钱可转入万能账户继续增值\n\n家长们，给孩子的钱放这里只会多不会少。扫码预约专属顾问👇",
    [("guaranteed_return", "分红稳定在4%以上，收益确定"), ("guaranteed_return", "只会多不会少"), MD],
    "participating annuity: dividends stated as certain, paraphrased promise, no uncertainty statement")

add("douyin", "live_script",
    "家人们看过来！今天直播间下单的，我个人再返首年保费的20%，直接微信转给你，平台不知道的哈😉 而且这款重疾险全网最便宜，没有之一！三、二、一，上链接！",
    [("improper_inducement", "返首年保费的20%"), ("ad_absolute", "全网最便宜，没有之一")],
    "live-stream rebate plus superlative")

add("moments", "caption",
    f"感恩信任🙏\n客户陈志强先生，去年在我这儿配置的重疾险，今年3月确诊鼻咽癌，42万理赔款上周已到账！\n身份证{ID1}，保单号{P1}，全程我陪同办理，从报案到赔付只用了5天。\n保险不是买了就完，服务才是关键💪",
    [("pii_name", "陈志强"), ("pii_health", "鼻咽癌"), ("pii_id_card", ID1), ("pii_policy_number", P1)],
    "claim-story leak: full name, diagnosis, ID, policy number", O_ZHOU)

add("weibo", "caption",
    "说句大实话：千万别买华禧人寿的产品，他们家理赔出了名的难，销售全是忽悠人的，交了钱就找不到人。想买靠谱的来问我。",
    [("disparagement", "千万别买华禧人寿的产品"), ("disparagement", "理赔出了名的难"), ("disparagement", "销售全是忽悠人的")],
    "named competitor belittled")

add("moments", "caption",
    "内部资料，严禁外传‼️\n11月业务推动方案：\n· 年金险首佣４５％\n· 期交5万以上额外加佣8%\n· 季度FYC达10万奖励泰国游\n冲鸭伙伴们🚀",
    [("confidential_info", "内部资料，严禁外传"), ("confidential_info", "首佣４５％"), ("confidential_info", "额外加佣8%"), ("confidential_info", "季度FYC达10万奖励泰国游")],
    "evasion: full-width digits; internal incentive scheme posted publicly")

add("xiaohongshu", "caption",
    "存款利率又降了😭一年期才1.2%……\n我把到期的30万大额存单全部搬进了增额终身寿，比存款划算太多！\n姐妹们，存钱首选就是它，灵活领取还能传承～\n#存钱 #理财 #增额终身寿 #攒钱",
    [("deposit_comparison", "大额存单全部搬进了增额终身寿"), ("deposit_comparison", "比存款划算太多"), ("deposit_comparison", "存钱首选")],
    "deposit moving framing")

add("toutiao", "article",
    "很多人担心：保险公司倒闭了怎么办？\n告诉大家，保险是国家兜底的，银保监会给你担保，保险公司根本不会倒闭，你就放一百个心买吧！",
    [("false_authority", "国家兜底"), ("false_authority", "银保监会给你担保"), ("false_authority", "保险公司根本不会倒闭")],
    "state guarantee myth")

add("moments", "caption",
    "这款百万医疗不用健康告知，什么病都能赔，住院花多少报多少！闭着眼睛买就对了👍",
    [("coverage_exaggeration", "不用健康告知"), ("coverage_exaggeration", "什么病都能赔"), ("coverage_exaggeration", "花多少报多少"), ("ad_absolute", "闭着眼睛买")],
    "coverage overstated; 闭眼入 paraphrase")

add("moments", "caption",
    "转介绍名单整理好了📋 有意向的伙伴认领：\n1. 王建国 13857216490 咨询养老年金\n2. 李秀英 15921837746 孩子教育金\n先到先得哈",
    [("pii_name", "王建国"), ("pii_phone", "13857216490"), ("pii_name", "李秀英"), ("pii_phone", "15921837746")],
    "lead list with names and phones")

add("douyin", "caption",
    "📈昱泰人寿「鑫悦账户」万能险，稳 赚 不 赔，年化4.5%稳稳的，比放余额宝强多了！\n👉主页加V了解",
    [("guaranteed_return", "稳 赚 不 赔"), ("guaranteed_return", "年化4.5%稳稳的"), ("deposit_comparison", "比放余额宝强多了"), MD],
    "evasion: spaced 稳赚不赔; universal product without disclosure")

add("weibo", "caption",
    "【穩賺不賠】嘉泓人壽鉅惠年金險，保本保息，下月即將停售，手慢無！",
    [("guaranteed_return", "穩賺不賠"), ("guaranteed_return", "保本保息"), ("stop_sale_hype", "即將停售"), ("stop_sale_hype", "手慢無")],
    "evasion: traditional characters")

add("moments", "caption",
    f"王女士的理赔款今天已经打到她工行卡 {grp(CARD1, [4, 4, 4, 4])} 上了，从交材料到到账一共4天，大家放心👌",
    [("pii_bank_card", grp(CARD1, [4, 4, 4, 4]))],
    "bank card unmasked though the name is masked")

add("moments", "caption",
    "今天上门签单📝 客户周建平家住浙江省杭州市西湖区文三路259号3幢1单元502室，一家三口的保障都配齐啦，开心～",
    [("pii_name", "周建平"), ("pii_address", "浙江省杭州市西湖区文三路259号3幢1单元502室")],
    "customer name and home address")

add("moments", "caption",
    "@核保部 客户赵敏的体检报告我已经发到她邮箱 zhaomin0812[at]163.com 了，甲状腺结节3级，麻烦看下能不能加费承保🙏",
    [("pii_name", "赵敏"), ("pii_email", "zhaomin0812[at]163.com"), ("pii_health", "甲状腺结节3级")],
    "evasion: [at] email; named health condition")

add("wechat_mp", "article",
    "年度重磅｜康佑一生重疾险来了！\n市面上保障最全的重疾险，行业第一，闭眼入！\n120种重疾+60种轻症，最高保额100万，等待期90天。",
    [("ad_absolute", "保障最全"), ("ad_absolute", "行业第一"), ("ad_absolute", "闭眼入")],
    "superlatives; 最高保额 in the same post is a product term (not labelled)")

add("moments", "caption",
    "双十一福利🎁\n本周内投保，年缴保费满1万送戴森吹风机一台，满3万直接送iPhone 16！\n先到先得，私信我锁名额",
    [("improper_inducement", "送戴森吹风机一台"), ("improper_inducement", "送iPhone 16")],
    "gifts tied to purchase", O_LIN)

add("moments", "caption",
    "【內部資料 勿外傳】明年一季度開門紅：增額壽折標係數1.2，期繳10萬以上加傭15%，早簽早拿錢！",
    [("confidential_info", "內部資料 勿外傳"), ("confidential_info", "折標係數1.2"), ("confidential_info", "加傭15%")],
    "evasion: traditional characters; internal commission data")

add("xiaohongshu", "caption",
    "个人觉得这款增额寿比银行理财靠谱多了🤔 产品经过国家金融监管总局审批，安全有保障，国家认证的好产品！\n#理财 #保险 #攒钱",
    [("deposit_comparison", "比银行理财靠谱多了"), ("false_authority", "经过国家金融监管总局审批，安全有保障"), ("false_authority", "国家认证的好产品")],
    "approval presented as a guarantee")

add("douyin", "live_script",
    "有些家人说自己有高血压不敢买，我跟你们说，健康告知随便填，只要过了两年，隐瞒了也得赔！放心大胆买！",
    [("coverage_exaggeration", "健康告知随便填"), ("coverage_exaggeration", "隐瞒了也得赔")],
    "misuse of the two-year incontestability rule")

add("moments", "caption",
    f"帮客户提交理赔资料中…\n被保险人：刘洋\n证件号：{fw(ID3)}\n诊断：2型糖尿病并发视网膜病变\n有懂的同事帮看下这个能不能走重疾？",
    [("pii_name", "刘洋"), ("pii_id_card", fw(ID3)), ("pii_health", "2型糖尿病并发视网膜病变")],
    "evasion: full-width ID digits")

add("moments", "caption",
    f"老客户推荐的：吴丽娟阿姨，想给孙子买教育金，电话{cn_phone('15926837741')}，哪位伙伴离得近帮忙跑一趟～",
    [("pii_name", "吴丽娟"), ("pii_phone", cn_phone("15926837741"))],
    "evasion: phone in Chinese numerals (幺 for 1)")

add("weibo", "caption",
    "⚠️定价利率下调在即！这款3.0%的已经是绝版了，下个月就停shou，涨价前抢到就是赚到！",
    [("stop_sale_hype", "绝版"), ("stop_sale_hype", "下个月就停shou"), ("stop_sale_hype", "涨价前抢")],
    "evasion: pinyin 停shou")

add("moments", "caption",
    "找我买车险，商业险部分fan佣15个点，还送加油卡500元⛽️ 续保的老客户也可以哦",
    [("improper_inducement", "fan佣15个点"), ("improper_inducement", "送加油卡500元")],
    "evasion: pinyin fan佣", O_CHEN)

add("weibo", "comment_reply",
    "回复@小鱼儿：你说的那家云岫财险？别碰，那家快不行了，偿付能力都不达标，赔款拖半年都不给，跟骗子没区别。",
    [("disparagement", "那家快不行了，偿付能力都不达标"), ("disparagement", "赔款拖半年都不给"), ("disparagement", "跟骗子没区别")],
    "disparagement in a comment reply")

add("wechat_mp", "article",
    "【财富观察】为什么越来越多的家庭开始配置投连险？\n\n在利率下行的大环境下，越来越多家庭开始关注长期资产配置。嘉泓人寿「远航」投资连结保险提供稳健型、平衡型、进取型三个投资账户，客户可以根据自己的风险偏好自由转换，每年还有12次免费转换机会。\n\n以进取型账户为例，成立以来累计增长超过60%。专业投研团队管理，客户只需要选好账户，剩下的交给专家。\n\n此外，产品还提供身故保障：被保险人身故时，按账户价值的105%给付。\n\n适合人群：有一定闲置资金、希望长期财富增值的家庭。\n\n点击下方预约顾问，获取专属配置方案。",
    [MD],
    "long investment-linked promo with past performance and no risk statement")

add("douyin", "caption",
    "这笔钱放进去只涨不跌，哪天想用随时取，一分不亏。增额终身寿，真正的家庭小金库💰",
    [("guaranteed_return", "只涨不跌"), ("deposit_comparison", "哪天想用随时取"), ("guaranteed_return", "一分不亏")],
    "hides surrender loss; deposit-like access")

add("moments", "caption",
    "麻烦仓库同事寄一下客户生日礼盒🎂\n收件人：黄淑芬\n电话：177 2139 6058\n地址：广东省深圳市福田区福华三路168号国际商会中心2栋1803室",
    [("pii_name", "黄淑芬"), ("pii_phone", "177 2139 6058"), ("pii_address", "广东省深圳市福田区福华三路168号国际商会中心2栋1803室")],
    "evasion: phone split with spaces; shipping details posted publicly")

add("moments", "caption",
    f"温馨提醒客户马建华先生：您的保单 {P2} 本期续期保费12,680元，将于15日从您的建行卡 {grp(CARD2, [4, 4, 4, 4], '-')} 扣款，请保证余额充足～",
    [("pii_name", "马建华"), ("pii_policy_number", P2), ("pii_bank_card", grp(CARD2, [4, 4, 4, 4], "-"))],
    "evasion: card split with dashes; renewal reminder posted publicly")

add("weibo", "caption",
    "✨2025年度 最 佳 养老年金，销量NO.1，选它准没错！#养老 #年金险",
    [("ad_absolute", "最 佳"), ("ad_absolute", "销量NO.1")],
    "evasion: spaced 最佳")

add("moments", "caption",
    "不想冒险的看过来👀 这款年金险保笨保息，年年稳拿3.5%，比存定期多一倍！",
    [("guaranteed_return", "保笨保息"), ("guaranteed_return", "年年稳拿3.5%"), ("deposit_comparison", "比存定期多一倍")],
    "evasion: homophone 保笨")

add("toutiao", "article",
    "重要通知📢 国家规定从明年起每个家庭都必须买商业养老保险，政府兜底补贴一半保费！我们公司的「安享晚年」年金正好符合政策，不买以后就领不到养老金了。",
    [("false_authority", "国家规定从明年起每个家庭都必须买商业养老保险"), ("false_authority", "政府兜底补贴一半保费")],
    "fabricated policy mandate")

add("wechat_mp", "caption",
    "我们的承诺：零拒賠、無條件理賠，只要住院就能赔！选择昱泰，选择安心。",
    [("coverage_exaggeration", "零拒賠"), ("coverage_exaggeration", "無條件理賠"), ("coverage_exaggeration", "只要住院就能赔")],
    "evasion: mixed traditional characters; claim outcomes promised")

add("moments", "caption",
    "把核保手册第三版截图给大家📷 甲状腺结节、乳腺结节几级能过都写着呢，仅限内部伙伴，别外传哈",
    [("confidential_info", "核保手册第三版"), ("confidential_info", "仅限内部伙伴，别外传")],
    "underwriting manual leak")

add("moments", "caption",
    "招募兼职👋 介绍朋友来买，每单给你2000块介绍费，不用有证，拉人就行！",
    [("improper_inducement", "每单给你2000块介绍费")],
    "referral fee to unlicensed people")

add("video_channel", "live_script",
    "你先投上，首年保费我帮你垫付一半，你只管签字，明年再说！",
    [("improper_inducement", "首年保费我帮你垫付一半")],
    "agent pays premium")

add("xiaohongshu", "caption",
    "避雷‼️华禧、安晟这些老牌公司的重疾险就是智商税，条款全是坑，谁买谁后悔🙅‍♀️ #重疾险 #避坑",
    [("disparagement", "就是智商税"), ("disparagement", "条款全是坑"), ("disparagement", "谁买谁后悔")],
    "named competitors belittled in a 避雷 note")

add("moments", "caption",
    "最后3天！！！12月31日24点后这款产品正式下架，想要的抓紧，明年再想买可就没有了😱",
    [("stop_sale_hype", "最后3天"), ("stop_sale_hype", "明年再想买可就没有了")],
    "countdown")

add("xiaohongshu", "article",
    "记录一下我闺蜜林静的理赔经历🌷\n她今年体检查出乳腺癌二期，幸好三年前买了重疾险。报案、交材料、调查，一共两周就赔了50万。\n姐妹们，保险真的要趁健康的时候买！",
    [("pii_name", "林静"), ("pii_health", "乳腺癌二期")],
    "third party named with diagnosis")

add("moments", "caption",
    "各位客户的电子保单已陆续发送📩 吴总（wuhaitao@jiahongtech.cn）和陈姐（chenyan1979@126.com）请注意查收哦～",
    [("pii_email", "wuhaitao@jiahongtech.cn"), ("pii_email", "chenyan1979@126.com")],
    "customers' emails published", O_SONG)

add("moments", "caption",
    "零风险高收益💰 年化6%，每月还有利息拿，退休金就靠它了！",
    [("guaranteed_return", "零风险高收益"), ("guaranteed_return", "年化6%"), ("deposit_comparison", "每月还有利息拿")],
    "risk-free claim with deposit vocabulary")

add("douyin", "live_script",
    "家人们算笔账，银行定期三年才1.75%，咱们这款增额寿，五年后每年收益比定期高出一倍，说白了就是升级版的定期存款！",
    [("deposit_comparison", "收益比定期高出一倍"), ("deposit_comparison", "升级版的定期存款")],
    "simple yield comparison with deposits")

add("moments", "caption",
    "给客户送保单合同🚗 上海市徐汇区漕溪北路８８弄１２号６０２室，路上堵死了😮‍💨",
    [("pii_address", "上海市徐汇区漕溪北路８８弄１２号６０２室")],
    "evasion: full-width digits in address")

add("weibo", "comment_reply",
    f"回复@李春梅：您的保单号 {P3} 已经查到了，理赔款这周内到账，请留意短信。",
    [("pii_name", "李春梅"), ("pii_policy_number", P3)],
    "public reply with full policy number")

add("moments", "caption",
    "🌟安晟人寿「金喜连连」分红型终身寿，演示第20年现金价值翻倍，每年还有红利可以拿，给孩子存一份未来💰",
    [MD],
    "participating whole life, no uncertainty statement")

add("weibo", "caption",
    "万能账户当前结算利率4.0%，月月复利，资金灵活进出，小编已经给自己配上了✌️ #万能险",
    [MD],
    "universal crediting rate without minimum-rate caveat")

add("moments", "caption",
    "行业最高结算利率！昱泰「金账户」万能型终身寿连续36个月结算4.2%，想要的私我。",
    [("ad_absolute", "行业最高结算利率"), MD],
    "行业最高 is a superlative, not a product spec")

add("video_channel", "caption",
    "很多人问分红险的分红靠不靠谱？我们这款分红有保底，每年至少2.5%，再差也不会低于这个数。",
    [("guaranteed_return", "分红有保底，每年至少2.5%"), ("guaranteed_return", "再差也不会低于这个数"), MD],
    "dividends presented as guaranteed")

add("moments", "caption",
    "分红型年金最后一波了！下月起新产品演示利率全线下调，现在配置还能享受老费率，抓紧🏃",
    [("stop_sale_hype", "最后一波"), MD],
    "stop-sale hype on a participating product")

add("toutiao", "article",
    "投连账户去年收益12%，今年行情更好，预计也不会低于10%。嘉泓「远航」投连险，让钱替你打工。",
    [("guaranteed_return", "预计也不会低于10%"), MD],
    "investment-linked: return forecast as floor")

add("moments", "caption",
    f"谁的身份证落在我们营业部了？{ID2}，名字叫郑国华，速来二楼前台领取～",
    [("pii_id_card", ID2), ("pii_name", "郑国华")],
    "lost ID posted in full")

add("moments", "caption",
    f"客户信息（何先生）麻烦内勤录一下：\n身份证 {ID4}\n手机 19956208814\n银行卡 {CARD3}\n地址 四川省成都市武侯区人民南路四段27号8栋2单元1101",
    [("pii_id_card", ID4), ("pii_phone", "19956208814"), ("pii_bank_card", CARD3), ("pii_address", "四川省成都市武侯区人民南路四段27号8栋2单元1101")],
    "application data posted on Moments")

add("weibo", "caption",
    f"恭喜客户许文博获赔🎉 确诊急性心肌梗死，住院20天，保单号 {P4}，理赔款38万元已到账！",
    [("pii_name", "许文博"), ("pii_health", "急性心肌梗死"), ("pii_policy_number", P4)],
    "claim-story leak")

add("moments", "caption",
    "体检预约确认函已发送至 sunli_1990@qq.com，请孙莉女士查收，周六上午8点空腹到店哦～",
    [("pii_email", "sunli_1990@qq.com"), ("pii_name", "孙莉")],
    "email and name")

add("moments", "caption",
    "客户周一帆的保全资料请发 zhou.yifan(at)outlook(dot)com，她出差中，不方便接电话。",
    [("pii_name", "周一帆"), ("pii_email", "zhou.yifan(at)outlook(dot)com")],
    "evasion: (at)(dot) email")

add("moments", "caption",
    f"客户要求退保，退保金退到她的农行卡{CARD4}，户名钱慧敏，财务同事帮忙加急一下🙏",
    [("pii_bank_card", CARD4), ("pii_name", "钱慧敏")],
    "bank card and name")

add("moments", "caption",
    "上周在小区门口咨询养老险的那位阿姨，谁接待的？回个电话给她吧 150-6834-2291",
    [("pii_phone", "150-6834-2291")],
    "phone with dashes, no name")

add("weibo", "comment_reply",
    f"回复：收到您的私信了，身份证号 {ID5} 我这就帮您查保单，稍等～",
    [("pii_id_card", ID5)],
    "ID echoed in a public reply")

add("douyin", "live_script",
    f"恭喜榜一大哥张海涛下单！保单号{P5}，下单送的空气炸锅明天寄到江苏省南京市玄武区中山路18号德基广场二期写字楼2306室，注意查收～",
    [("pii_name", "张海涛"), ("pii_policy_number", P5), ("improper_inducement", "下单送的空气炸锅"), ("pii_address", "江苏省南京市玄武区中山路18号德基广场二期写字楼2306室")],
    "live-stream reads out buyer data; gift tied to purchase")

add("xiaohongshu", "article",
    f"晒一下给公公买的防癌险📑\n被保险人李德明，身份证{ID6}，高血压三级，只能买这种带既往症的……\n大家帮我看看这个保障够不够？",
    [("pii_name", "李德明"), ("pii_id_card", ID6), ("pii_health", "高血压三级")],
    "family member's ID and health condition")

add("moments", "caption",
    f"客户家住湖北省武汉市武昌区中北路108号东湖春天小区5栋2单元901，电话{cn_phone('18715523069', yao=False)}，明天谁顺路帮送下理赔材料？",
    [("pii_address", "湖北省武汉市武昌区中北路108号东湖春天小区5栋2单元901"), ("pii_phone", cn_phone("18715523069", yao=False))],
    "evasion: phone in Chinese numerals")

add("moments", "caption",
    "给大家看看客户发来的感谢信📧（来自 fengxiaoyu1993@163.com）真的太感动了😭",
    [("pii_email", "fengxiaoyu1993@163.com")],
    "customer email in screenshot caption")

add("moments", "caption",
    f"客户王海燕，身份证{grp(ID8, [6, 8, 4])}，上个月确诊肺腺癌，重疾险已申请理赔，请理赔部优先处理。",
    [("pii_name", "王海燕"), ("pii_id_card", grp(ID8, [6, 8, 4])), ("pii_health", "肺腺癌")],
    "evasion: ID split with spaces")

add("moments", "caption",
    f"理赔款账号 {CARD5}，开户行招商银行，麻烦核对一下～",
    [("pii_bank_card", CARD5)],
    "bare bank account posted")

add("moments", "caption",
    f"报销款已经转到客户卡上了：{fw(CARD6)}，大家放心，我们说到做到👍",
    [("pii_bank_card", fw(CARD6))],
    "evasion: full-width bank card digits")

add("moments", "caption",
    f"这两张保单 {P6}、{P7} 都是邓丽萍女士的，保全变更请一起做。",
    [("pii_policy_number", P6), ("pii_policy_number", P7), ("pii_name", "邓丽萍")],
    "two policy numbers and a name")

add("weibo", "caption",
    "客户吕晓东的电话 +86 139 1287 5604 一直打不通，有认识的朋友帮忙转告一下，他的续期保费快到宽限期了。",
    [("pii_name", "吕晓东"), ("pii_phone", "+86 139 1287 5604")],
    "evasion: +86 and spaced phone")

add("toutiao", "article",
    "【读者来信】来自邮箱 yuanfang_2016@sina.com 的读者周晓梅问：我45岁，有乙肝小三阳，还能买重疾险吗？\n答：这种情况并非不能投保，具体要看肝功能和B超结果，建议如实告知后交由保险公司核保。",
    [("pii_email", "yuanfang_2016@sina.com"), ("pii_name", "周晓梅"), ("pii_health", "乙肝小三阳")],
    "reader Q&A leaks email, name, health; answer itself is fine")

add("moments", "caption",
    "客户蒋伟去年体检查出肝血管瘤，今年加保被除外了，大家买保险一定要趁早！",
    [("pii_name", "蒋伟"), ("pii_health", "肝血管瘤")],
    "named customer's condition used as a sales hook")

add("xiaohongshu", "caption",
    f"给宝宝曹梓涵买的第一份保险🍼 身份证 {ID9}，保单号 {P8}，宝妈们可以参考下这个方案～ #少儿保险 #宝妈",
    [("pii_name", "曹梓涵"), ("pii_id_card", ID9), ("pii_policy_number", P8)],
    "child's identifiers; 第一份 is not absolute")

add("moments", "caption",
    "保单合同已寄出📦 送达地址：北京市朝阳区建国路93号万达广场8号楼1205室，收件人：韩磊，请注意签收。",
    [("pii_address", "北京市朝阳区建国路93号万达广场8号楼1205室"), ("pii_name", "韩磊")],
    "address and name")

add("moments", "caption",
    f"客户丁秀兰的理赔申请：出险地址广东省广州市天河区体育西路191号中石化大厦B塔2603，理赔编号{P9}，请跟进。",
    [("pii_name", "丁秀兰"), ("pii_address", "广东省广州市天河区体育西路191号中石化大厦B塔2603"), ("pii_policy_number", P9)],
    "claim number tied to customer")

add("wechat_mp", "caption",
    "全国唯一一款保到120岁的防癌险，绝对安全，万无一失！",
    [("ad_absolute", "全国唯一"), ("ad_absolute", "绝对安全，万无一失")],
    "唯一 / 绝对")

add("xiaohongshu", "caption",
    "顶级医疗资源+重疾险天花板🔝 这款真的可以冲！#重疾险推荐",
    [("ad_absolute", "顶级医疗资源"), ("ad_absolute", "重疾险天花板")],
    "顶级 / 天花板")

add("weibo", "caption",
    "這是市面上最好的重疾險，性價比第一，不接受反駁😎",
    [("ad_absolute", "最好的重疾險"), ("ad_absolute", "性價比第一")],
    "evasion: traditional characters superlatives")

add("douyin", "caption",
    "宝妈首选！史上最强少儿重疾险来了，保额翻倍送给孩子👶",
    [("ad_absolute", "宝妈首选"), ("ad_absolute", "史上最强")],
    "首选 / 史上最强")

add("moments", "caption",
    "好消息！这款产品是银保jian会推荐产品，大家可以放心配置～",
    [("false_authority", "银保jian会推荐产品")],
    "evasion: pinyin inside regulator name")

add("video_channel", "live_script",
    "有人问安不安全？我告诉你，这是政府担保的项目，跟国债一个级别，哪有不安全的道理！",
    [("false_authority", "政府担保的项目"), ("deposit_comparison", "跟国债一个级别")],
    "government guarantee; bond analogy")

add("toutiao", "article",
    "由保险协会专家和多位院士联合推荐的「寿享康宁」养老年金，年化收益稳定，值得每个家庭拥有。",
    [("false_authority", "保险协会专家和多位院士联合推荐"), ("guaranteed_return", "年化收益稳定")],
    "expert/association endorsement with stated-as-stable yield")

add("moments", "caption",
    "买保险最怕什么？怕公司跑路。放心，我们是国 家 兜 底，央行背书！",
    [("false_authority", "国 家 兜 底"), ("false_authority", "央行背书")],
    "evasion: spaced 国家兜底")

add("moments", "caption",
    "3.5%复利终身锁定，写进合同，比任何理财都稳，这辈子都不用担心收益了。",
    [("guaranteed_return", "3.5%复利终身锁定"), ("guaranteed_return", "这辈子都不用担心收益了"), ("deposit_comparison", "比任何理财都稳")],
    "锁定复利终身 plus paraphrased certainty")

add("moments", "caption",
    "计划书上的演示利益就是你以后能拿到的，白纸黑字，不会少一分钱！",
    [("guaranteed_return", "演示利益就是你以后能拿到的"), ("guaranteed_return", "不会少一分钱")],
    "illustration presented as actual")

add("weibo", "caption",
    "昱泰「稳盈宝」就是银行的理财，存期5年，到期还本付息，利率比大行高！",
    [("deposit_comparison", "就是银行的理财"), ("deposit_comparison", "到期还本付息"), ("deposit_comparison", "利率比大行高")],
    "insurance sold as WMP with deposit vocabulary")

add("moments", "caption",
    "预定利率下调前赶紧锁定！窗口期就这几天了⏳",
    [("stop_sale_hype", "预定利率下调前赶紧锁定"), ("stop_sale_hype", "窗口期就这几天了")],
    "rate-cut urgency")

add("douyin", "live_script",
    "最后十分钟啊家人们！错过今天再等一年，手慢无！",
    [("stop_sale_hype", "最后十分钟"), ("stop_sale_hype", "错过今天再等一年"), ("stop_sale_hype", "手慢无")],
    "live-stream FOMO")

add("weibo", "caption",
    "即 将 停 售！！这款高现价的增额寿，还没配的朋友赶紧了",
    [("stop_sale_hype", "即 将 停 售")],
    "evasion: spaced 即将停售")

add("moments", "caption",
    "我们家的意外险酒驾也赔，别家可做不到！",
    [("coverage_exaggeration", "酒驾也赔")],
    "drunk-driving exclusion denied")

add("douyin", "caption",
    "有病也能买，有病也能赔！三高、糖尿病、结节统统不限🙌",
    [("coverage_exaggeration", "有病也能买，有病也能赔"), ("coverage_exaggeration", "统统不限")],
    "pre-existing conditions overstated")

add("moments", "caption",
    "住院全额报销，一分钱不用自己出，社保报完剩下的我们全包！",
    [("coverage_exaggeration", "全额报销"), ("coverage_exaggeration", "一分钱不用自己出"), ("coverage_exaggeration", "剩下的我们全包")],
    "ignores deductibles and ratios")

add("weibo", "caption",
    "百病全賠💯 一張保單保全家，大病小病都管！",
    [("coverage_exaggeration", "百病全賠"), ("coverage_exaggeration", "大病小病都管")],
    "evasion: traditional 百病全賠")

add("moments", "caption",
    "就算在等待期内出险也照赔，我跟理赔部很熟，包你能赔下来。",
    [("coverage_exaggeration", "等待期内出险也照赔"), ("coverage_exaggeration", "包你能赔下来")],
    "agent promises claim outcome")

add("moments", "caption",
    "老規矩：找我投保，傭金分你一半，自己人不賺自己人的錢🤝",
    [("improper_inducement", "傭金分你一半")],
    "evasion: traditional characters; commission sharing")

add("xiaohongshu", "caption",
    "姐妹们，这家买保险有返.现！年缴8000返1200，直接到支付宝💸",
    [("improper_inducement", "返.现"), ("improper_inducement", "年缴8000返1200")],
    "evasion: dotted 返.现")

add("weibo", "caption",
    "锦程人寿的业务员都是骗子，专门骗老年人买理财险，大家千万别上当！",
    [("disparagement", "锦程人寿的业务员都是骗子"), ("disparagement", "专门骗老年人")],
    "named insurer's staff called frauds")

add("moments", "caption",
    "小道消息：安晟人寿快破产了，已经有人在退保了，赶紧转到我们家来。",
    [("disparagement", "安晟人寿快破产了")],
    "fabricated insolvency rumour")

add("douyin", "caption",
    "华禧的百万医疗就是垃圾，续保说停就停，买我们家的才靠谱。",
    [("disparagement", "华禧的百万医疗就是垃圾"), ("disparagement", "续保说停就停")],
    "named competitor product belittled")

add("weibo", "comment_reply",
    "回复@车主小王：云岫财险的理赔员出了名的故意压价，出险了根本不给你足额赔，换我们家吧。",
    [("disparagement", "出了名的故意压价"), ("disparagement", "根本不给你足额赔")],
    "disparagement in reply")

add("xiaohongshu", "article",
    "安晟那几款养老产品条款就是文字游戏，专门坑老人的，懂的都懂😅 #避雷",
    [("disparagement", "条款就是文字游戏，专门坑老人的")],
    "named competitor, insinuation")

add("moments", "caption",
    "报行合一之后，这款产品的费用率内部给到了32%，比其他家高不少，伙伴们冲！",
    [("confidential_info", "费用率内部给到了32%")],
    "expense rate disclosed")

add("moments", "caption",
    "内部消息🤫 下月新品「福寿双全」提前剧透：预定利率2.5%，首年佣金率38%，还没对外公布，先别转发。",
    [("confidential_info", "内部消息"), ("confidential_info", "首年佣金率38%"), ("confidential_info", "还没对外公布，先别转发")],
    "unreleased product and commission leak")

add("moments", "caption",
    "本月团队考核：每人至少3件期交，完不成的扣底薪，大家加油😤",
    [("confidential_info", "本月团队考核：每人至少3件期交")],
    "internal target published")

add("wechat_mp", "caption",
    "【公司机密】2026年开门红奖励方案：累计期交保费满20万，额外奖励3%；团队排名前十送欧洲游。",
    [("confidential_info", "公司机密"), ("confidential_info", "累计期交保费满20万，额外奖励3%"), ("confidential_info", "团队排名前十送欧洲游")],
    "incentive scheme")

add("moments", "caption",
    "保*本保*息，年*化5%，存3年就能取，名额不多👇",
    [("guaranteed_return", "保*本保*息"), ("guaranteed_return", "年*化5%"), ("deposit_comparison", "存3年就能取")],
    "evasion: asterisks inside terms")

add("wechat_mp", "article",
    "【每周一问】增额终身寿和分红险怎么选？\n\n很多读者私信问这个问题。简单说：增额终身寿是普通型产品，合同里的现金价值写得清清楚楚；分红险除了保证部分，每年还有分红。\n\n我们推荐嘉泓「鸿运当头」两全保险（分红型）：保证利率1.75%，另外每年分红，按中档演示，20年后账户翻一番，30年后接近三倍。教育金、养老金都能用上，比单纯存钱收益高得多。\n\n有兴趣的朋友可以在下方留言，我们安排顾问一对一讲解。",
    [("deposit_comparison", "比单纯存钱收益高得多"), MD],
    "long article: participating product, illustration without uncertainty statement, deposit comparison")

add("moments", "caption",
    "稳赚不陪🤑 昱泰「金如意」，放进去就等着收钱吧！",
    [("guaranteed_return", "稳赚不陪"), ("guaranteed_return", "放进去就等着收钱吧")],
    "evasion: homophone 稳赚不陪")

add("video_channel", "live_script",
    f"直播间第一位下单的是浙江的叶国强大哥，身份证{ID10}对吧？我帮您把保单信息核对一下，您有高血压这个已经告知了哈。",
    [("pii_name", "叶国强"), ("pii_id_card", ID10), ("pii_health", "高血压")],
    "live-stream reads out buyer ID and condition")

add("moments", "caption",
    f"理赔到账通知📢 客户程海波，确诊腰椎间盘突出术后，医疗险报销2.3万元，已转入卡号 {CARD7}。",
    [("pii_name", "程海波"), ("pii_health", "腰椎间盘突出"), ("pii_bank_card", CARD7)],
    "claim notice with bank card")

add("moments", "caption",
    f"客户车辆出险，车主电话18923074516，卡号{CARD8}，维修款先垫付给他。",
    [("pii_phone", "18923074516"), ("pii_bank_card", CARD8)],
    "car-claim data")

add("weibo", "caption",
    f"新客户开户资料：卡号{CARD9}，手机13725608841，邮箱 guoyu_cd@163.com，明天回访。",
    [("pii_bank_card", CARD9), ("pii_phone", "13725608841"), ("pii_email", "guoyu_cd@163.com")],
    "onboarding data posted")

add("moments", "caption",
    "客户邮箱 tangjie.sh＠gmail.com 收不到电子保单，有谁知道怎么回事？",
    [("pii_email", "tangjie.sh＠gmail.com")],
    "evasion: full-width @ in email")

add("moments", "caption",
    "客户住址：浙江省宁波市鄞州区天童南路588号宁波文化广场C座1208，明早十点上门递送合同。",
    [("pii_address", "浙江省宁波市鄞州区天童南路588号宁波文化广场C座1208")],
    "address leak")


add("wechat_mp", "article",
    "【养老规划】60后、70后该怎么给自己准备养老钱？\n\n最近后台收到很多读者留言，说社保养老金不够用，想自己再补一份。今天就来聊聊商业养老年金。\n\n以昱泰人寿「颐享金生」养老年金保险为例：\n1️⃣ 60岁起每年领取，领到终身，活多久领多久；\n2️⃣ 保证领取20年，领取期内身故的，未领完部分给付受益人；\n3️⃣ 可附加万能账户，领取的年金转入账户继续结算。\n\n很多读者关心安全性。这款产品是经国家金融监管总局批准的，相当于有国家信用背书，比把钱放在小银行还安全。\n\n另外透露一个好消息：公司下个季度的产品规划里，这款产品将被新版本替换，新版的领取金额会明显降低，现在是配置的窗口期。\n\n想要获取专属养老规划方案，点击下方“预约顾问”，我们会有专业顾问一对一联系您。",
    [("false_authority", "相当于有国家信用背书"), ("deposit_comparison", "比把钱放在小银行还安全"), ("confidential_info", "公司下个季度的产品规划里，这款产品将被新版本替换"), ("stop_sale_hype", "现在是配置的窗口期")],
    "long article: regulator approval as state backing, leaked product plan used as stop-sale hype; 保证领取 and 万能账户 mention are not the promoted product type")

add("douyin", "poster_text",
    "【内部培训·禁止外传】\n异议处理话术：客户说“再考虑考虑”时，就说这款下周要调整费率了。",
    [("confidential_info", "内部培训·禁止外传"), ("stop_sale_hype", "这款下周要调整费率了")],
    "training script leak with price-change hype")

add("xiaohongshu", "poster_text",
    "倒计时3天⏰\n停售在即\n3.0%最后机会",
    [("stop_sale_hype", "倒计时3天"), ("stop_sale_hype", "停售在即"), ("stop_sale_hype", "最后机会")],
    "short poster")

add("video_channel", "caption",
    "国家队出品🇨🇳 央企背景，政府信用担保，这份养老钱比国债还稳当。",
    [("false_authority", "政府信用担保"), ("deposit_comparison", "比国债还稳当")],
    "state backing implied; bond comparison")

add("moments", "caption",
    "💯%保本，0风险，到期连本带利一起拿回来，比放银行强👍",
    [("guaranteed_return", "💯%保本"), ("guaranteed_return", "0风险"), ("deposit_comparison", "连本带利"), ("deposit_comparison", "比放银行强")],
    "evasion: emoji for 100%; deposit vocabulary")

# ====================================================================== CLEAN (hard negatives)

add("toutiao", "article",
    "增额终身寿火了，但你真的看懂了吗？\n\n这两年增额终身寿卖得很火，不少人把它当成“储蓄神器”。作为从业十年的老保险人，我想说几句实在话。\n\n第一，它是保险，不是存款。它的现金价值是按合同写好的，但前几年现金价值低于已交保费，这期间退保一定亏钱。\n\n第二，“3.0%”“2.5%”说的是有效保额的增长率，不是你能拿到的年化收益率，两者不能直接比较，更不能拿去跟银行定期比。\n\n第三，减保取现有限制，每年能减多少、要不要手续费，合同里都写着，买之前一定要看。\n\n第四，关于停售：产品停售或调整以保险公司官网公告为准，听到“马上停售”“最后一波”的说法，先去官网核实，别急着掏钱。\n\n最后，适合它的是那笔10年以上都不会用到的钱。如果这笔钱随时可能要用，还是放在流动性好的地方更合适。\n\n保险有风险，投保需谨慎。",
    [], "long consumer-education article quoting hype phrases; 第一/第二 ordinals; 最后 as connector")

add("wechat_mp", "poster_text",
    "保险有风险 投保需谨慎\n具体保障责任以保险合同为准\n客服热线：95386",
    [], "compliance footer poster")

add("douyin", "poster_text",
    "理赔小贴士\n① 出险后及时报案\n② 保留发票、病历原件\n③ 资料齐全后通常5个工作日内审核",
    [], "claim tips poster")

add("video_channel", "caption",
    "锦程人寿官方视频号｜本期讲解：重疾险的“轻症、中症、重症”有什么区别？视频内容仅为知识科普，具体以合同条款为准。",
    [], "official education video")


add("wechat_mp", "article",
    "【产品解读】嘉泓「安心e保」百万医疗险\n\n· 一般医疗保险金、重大疾病医疗保险金共用最高保额300万元\n· 年免赔额1万元，经社保报销后，剩余合理医疗费用100%报销（未经社保报销的按60%赔付）\n· 保证续保20年，20年内不因产品停售或被保险人健康状况变化而拒绝续保（以合同约定为准）\n· 等待期30天，既往症不在保障范围内\n\n投保前请仔细阅读条款、免责条款及健康告知。",
    [], "product terms: 最高保额, 100%报销 as ratio, 保证续保, 停售 inside a contract clause")

add("moments", "caption",
    "⚠️防骗提醒：最近有人在群里说某款保险“稳赚不赔”“保本保息”，大家一定要警惕！保险不是存款，分红型产品的红利是不确定的，提前退保还可能有损失。看不懂的条款，随时问我。",
    [], "consumer education quoting risky phrases", O_LIU)

add("weibo", "caption",
    "【金融监管总局风险提示】警惕“炒停售”营销。近期部分销售人员以“产品即将停售”“最后一波高收益”“末班车”等说辞诱导消费者冲动投保。消费者应根据自身需求理性选择，不被营销话术左右。",
    [], "regulator notice quoting stop-sale phrases")

add("wechat_mp", "article",
    "【锦程人寿·悦享人生终身寿险（分红型）】\n\n产品特点：身故或全残保险金按合同约定给付；红利每年分配一次，可选择累积生息或购买交清增额保险。\n\n利益演示请见计划书。\n\n风险提示：本产品为分红保险，红利分配是不确定的，在某些年度红利可能为零。计划书中的演示利益仅为举例说明，不代表实际收益，也不作为未来分红的承诺。",
    [], "participating product WITH uncertainty statement")

add("wechat_mp", "article",
    "昱泰「金账户」万能型终身寿险｜产品说明\n万能账户最低保证利率1.0%（以合同约定为准）。近12个月公布的结算利率在2.8%–3.0%之间。\n温馨提示：最低保证利率之上的投资收益是不确定的，过往结算利率不代表未来表现，实际结算利率以公司公告为准。",
    [], "universal product WITH minimum-rate caveat")

add("wechat_mp", "article",
    "嘉泓「远航」投资连结保险提供稳健型、平衡型、进取型三个投资账户，可按个人风险偏好配置。\n⚠️风险提示：投资连结保险不保本，投资回报具有不确定性，账户价值可能低于所交保费，投资风险完全由投保人承担。过往业绩不代表未来表现。",
    [], "investment-linked WITH risk statement; 不保本 negation")

add("moments", "caption",
    "理赔分享｜李**先生，42岁，2023年投保重疾险，今年体检发现肺部结节，术后病理确诊为早期肺癌，获赔基本保额30万元。\n提醒大家：重疾险要趁年轻、身体好时配置，投保时如实告知。",
    [], "de-identified claim story", O_ZHOU)

add("moments", "caption",
    "我是林悦，嘉泓人寿持证保险代理人，从业8年。家庭保障规划、保单整理、理赔协助都可以找我～\n📞15068342291（微信同号）",
    [], "agent's own name and phone on own account", O_LIN)

add("weibo", "caption",
    "台风“海葵”来袭🌀 车辆如遇水淹，请勿二次启动。报案请拨打客服热线95386或400-820-6677，也可通过官方APP自助报案。",
    [], "company hotlines")

add("toutiao", "article",
    "【行业动态】国家金融监督管理总局发布通知，自9月1日起新备案普通型人身保险产品预定利率上限调整为2.5%。业内人士表示，此举旨在防范利差损风险，促进行业稳健经营。消费者应根据自身需求理性选择保险产品。",
    [], "factual rate-cap news, no call to buy")

add("moments", "caption",
    "最近好几个新手妈妈问我，第一次给宝宝买保险该怎么选？我的建议是：先医疗险+意外险，再考虑重疾险，预算有限的话优先保障大人。",
    [], "最近 / 第一次", O_SONG)

add("xiaohongshu", "caption",
    "想买重疾险的姐妹，最好先做个体检再投保，有异常结果也能提前知道核保结论。另外很多人问最佳投保年龄，其实越早越好，年轻时保费低、也更容易通过健康告知。#保险知识 #重疾险",
    [], "最好先体检 / 最佳投保年龄 advice")

add("moments", "caption",
    "温馨提醒：您的保单续期缴费日为每年6月18日，今天是宽限期最后一天，请确认扣款账户余额充足，以免保单失效。如有疑问请致电客服热线。",
    [], "customer's own policy deadline")

add("toutiao", "article",
    "年金险里常见的“保证领取20年”是什么意思？就是从开始领取起，前20年的年金属于合同约定的保证给付部分：被保险人在此期间身故的，未领完的部分按合同约定给付给受益人。这是合同条款，不等于收益承诺。",
    [], "保证领取 contract term")

add("douyin", "caption",
    "新买的保险觉得不合适？别担心，长期人身险一般有15天犹豫期，犹豫期内可以无条件退保，退还全部保费；过了犹豫期退保只能拿回现金价值，可能会有损失。",
    [], "无条件退保 during cooling-off period is a contract right")

add("xiaohongshu", "caption",
    "返还型重疾险和消费型重疾险有什么区别？返还型在合同期满时给付满期金，保费相对高；消费型保费低，杠杆高。两种没有绝对的好坏，看预算和需求～ #保险科普",
    [], "返还型 product category; 绝对 in negated advice")

add("wechat_mp", "article",
    "「温城惠民保」2026年度开始参保啦！由市医保局指导、商业保险公司承办，不限年龄、不限职业，既往症人群也可投保（既往症赔付比例30%，健康人群赔付比例80%）。每人每年89元，可使用医保个人账户支付。",
    [], "惠民保 described accurately with government guidance")

add("toutiao", "article",
    "保险公司经营不善怎么办？根据《保险法》，经营有人寿保险业务的保险公司被依法撤销或破产的，其持有的人寿保险合同及责任准备金必须转让给其他经营有人寿保险业务的保险公司；此外还有保险保障基金依法提供救助。但这不等于“国家兜底”，选择公司时仍应关注偿付能力等公开信息。",
    [], "accurate art. 92 / guarantee fund; 国家兜底 negated")

add("moments", "caption",
    "提醒车主：交强险是国家强制保险，车辆上路必须投保；商业车险则自愿选择。续保前记得核对车辆信息。",
    [], "交强险 mandatory is true", O_CHEN)

add("wechat_mp", "caption",
    "本产品已在国家金融监督管理总局备案，产品条款、费率以备案为准。备案信息可在中国保险行业协会官网查询。",
    [], "factual filing line")

add("xiaohongshu", "caption",
    "同样是百万医疗，A款保证续保20年，B款是每年续保；A款免赔额1万，B款有0免赔版本但保费更高。没有谁好谁坏，主要看你更在意续保稳定性还是免赔额。",
    [], "neutral feature comparison")

add("weibo", "comment_reply",
    "回复@小雨点：您放心，您的个人信息我们会严格保密，仅用于投保及理赔服务，不会外传。",
    [], "service promise: 保密 / 不会外传")

add("weibo", "comment_reply",
    "回复@静静：您尾号3318的保单已完成地址变更，电子批单已发送至您预留的邮箱，请查收～",
    [], "masked policy reference")

add("moments", "caption",
    "感谢客户王女士（138****5678）的信任与好评🌹 去年她家宝宝住院，医疗险报销了1.2万，今天专门送来锦旗。",
    [], "masked phone, masked name", O_HE)

add("moments", "caption",
    "【合规小课堂】《广告法》禁止使用“国家级”“最高级”“最佳”等用语；保险宣传也不得承诺收益、不得宣称“保本”“零风险”。伙伴们发朋友圈前请先自查哦。",
    [], "compliance education quoting banned words")

add("toutiao", "article",
    "保单贷款怎么用？一般最高可借保单现金价值的80%，借款期限不超过6个月，借款利息按合同约定的利率按复利计算，到期需偿还借款本金和利息。",
    [], "policy-loan clause wording")

add("moments", "caption",
    "自我介绍一下：我曾在银行做了8年客户经理，2022年转行做保险代理人。转行是因为见过太多家庭因病返贫，希望能帮更多人做好风险规划。",
    [], "agent's own bank background", O_HE)

add("toutiao", "article",
    "保险资金都投到哪里了？根据公开信息，保险资金主要投资于银行存款、债券、股票、不动产等，其运用受《保险法》严格限制。",
    [], "asset description mentioning deposits")

add("wechat_mp", "caption",
    "有人说“找我买保险可以返佣”？请注意，根据《保险法》，保险公司及代理人不得给予投保人合同约定以外的利益，返佣违规，还可能影响后续服务和理赔。",
    [], "warning against rebates")

add("toutiao", "caption",
    "本文仅为保险知识科普，不构成任何投资建议，不承诺收益。具体保险责任以合同条款为准。",
    [], "不承诺收益 disclaimer")

add("moments", "caption",
    "车险续保报价为什么有时候便宜？因为“无赔款优待系数”（NCD）：上一年没出险，今年系数下浮；连续几年不出险，折扣更多。",
    [], "NCD rating factor", O_CHEN)

add("xiaohongshu", "caption",
    "少儿重疾险加上投保人豁免，如果爸爸妈妈（投保人）发生合同约定的重疾或身故，后续保费不用再交，孩子的保障继续有效。#少儿保险",
    [], "保费豁免 contract benefit")

add("weibo", "caption",
    "据媒体报道，一位知名演员日前公开了自己的抗癌经历，呼吁大家定期体检。早发现、早治疗，才是对自己最负责任的态度。",
    [], "news; 最负责任 not a product claim")

add("moments", "caption",
    "本周六下午2点，社区养老规划公益讲座，内容：退休政策解读、医保报销流程。免费参加，今天是报名最后一天，扫码登记～",
    [], "报名最后一天 of a normal event", O_LIN)

add("wechat_mp", "article",
    "什么是红利实现率？它是分红险实际派发的红利与计划书演示红利的比值。比如实现率80%，意味着实际分红只有演示的八成。分红是不确定的，实现率可能高于也可能低于100%。",
    [], "educational 分红 explainer, no promotion")

add("toutiao", "article",
    "【解读】预定利率下调对已投保的保单有影响吗？答案是没有。已生效的保单按合同约定执行，不受新规影响。不必因为“炒停售”的说法冲动投保。",
    [], "rate news, explicitly against hype")

add("moments", "caption",
    "再次提醒：投保时绝对不能隐瞒病史！健康告知要如实填写，否则保险公司可能解除合同、拒绝理赔。",
    [], "绝对不能隐瞒病史 advice", O_ZHOU)

add("wechat_mp", "caption",
    "名词解释：\n① 绝对免赔额：损失在免赔额以内由被保险人自己承担；\n② 第一受益人：通常用于贷款类保险，指优先获得赔款的一方，例如贷款银行。",
    [], "绝对免赔额 / 第一受益人 terms")

add("weibo", "comment_reply",
    "回复@天天向上：您好，这款医疗险有30天等待期，等待期内确诊的疾病不在保障范围内；等待期后的住院费用，在扣除1万元免赔额后按合同约定比例报销，具体以条款为准哦。",
    [], "honest coverage reply")

add("toutiao", "article",
    "关于“两年不可抗辩”的误区：《保险法》第16条规定，合同成立超过两年，保险公司不得以未如实告知为由解除合同。但这不意味着隐瞒病史就一定能赔——故意不告知仍可能引发纠纷。如实告知才是最稳妥的做法。",
    [], "correct two-year rule explanation")

add("wechat_mp", "caption",
    "「康佑安心」多次赔付重疾险：重疾最多赔付3次（不同组），每次间隔期365天；前10个保单年度基本保额每年递增5%（以合同为准）。",
    [], "最多赔付3次 spec")

add("douyin", "caption",
    "意外险和医疗险有个区别：意外险通常没有等待期，生效后出险就能按合同申请理赔；医疗险一般有30天左右的等待期。",
    [], "意外险无等待期 fact")

add("moments", "caption",
    "理赔案例：张**，身份证3301**********1234，确诊乳腺癌，获赔重疾保险金50万元。感谢客户授权分享（已脱敏）。",
    [], "masked name and ID")

add("wechat_mp", "caption",
    "投保须知：投保年龄为出生满28天至60周岁，最长保至100岁；首期保费缴纳后次日零时合同生效。",
    [], "最长保至 / 首期保费")

add("toutiao", "article",
    "提前退保会有损失吗？会。以增额终身寿为例，第一个保单年度末的现金价值通常远低于所交保费，前几年退保损失较大。现金价值以合同所附现金价值表为准。",
    [], "第一个保单年度; honest surrender loss")

add("douyin", "caption",
    "别把保险当存款！很多人把增额终身寿当成“存钱”，这是误区：它是长期人身保险，提前退保可能亏损，流动性也不如存款。先想清楚这笔钱多少年不用，再决定要不要配置。",
    [], "insurance-is-not-deposit education")

add("moments", "caption",
    "配置保险最重要的是先给家庭经济支柱配置足额的保障，然后再考虑孩子和老人。别把预算都花在孩子身上。",
    [], "最重要 as advice", O_SONG)

add("moments", "caption",
    "今天是我第一张保单的第10个保单周年日🎂 十年前懵懵懂懂买下它，如今自己也成了保险人。感恩一路遇见的每一位客户。",
    [], "第一张 / 周年日", O_SONG)

add("wechat_mp", "caption",
    "重疾确诊即按100%基本保额给付重大疾病保险金；轻症按30%给付，最多给付3次。以合同条款为准。",
    [], "100%基本保额 spec")

add("toutiao", "article",
    "公司员工志愿者走进国家级贫困县开展“保险知识进乡村”活动，为当地村民讲解意外险、大病保险常识。",
    [], "国家级 official designation")

add("toutiao", "article",
    "个人养老金是国家推动的制度性安排，每年缴费上限12000元，缴费时可按规定享受个税优惠，资金可购买符合规定的储蓄存款、理财、基金和商业养老保险产品。",
    [], "individual pension policy, accurate")

add("wechat_mp", "caption",
    "【信息披露】本公司已在官网披露2025年度分红保险红利实现率，欢迎客户查阅。",
    [], "published disclosure notice")

add("wechat_mp", "caption",
    "万能险部分领取说明：前5个保单年度部分领取需收取手续费（第1年3%，第2年2%，第3至5年1%），第6年起免收，以合同约定为准。",
    [], "universal service note, not promotion; fees")

add("xiaohongshu", "caption",
    "打工人自己给自己买了份定期寿险+百万医疗，一年保费不到2000块。研究了两周条款，最大的收获是学会看免责条款了😂 #保险小白",
    [], "personal note; 最大的收获")

add("moments", "caption",
    "有任何保险问题欢迎咨询～\n——你的家庭保险规划师 周敏 18610459273",
    [], "agent signature on own account", O_ZHOU)

add("weibo", "comment_reply",
    "回复@王姐：谢谢王姐信任❤️ 阿姨的保单我已经整理好了，下周送过去给您讲解。",
    [], "partial name only")

add("toutiao", "article",
    "什么是保证续保？就是在约定的保证续保期间内，即使产品停售或被保险人健康状况变化，保险公司也不能拒绝续保。注意：“连续投保”不等于“保证续保”。",
    [], "保证续保 explained")

add("toutiao", "caption",
    "据嘉泓人寿发布的《2025年度理赔服务报告》，全年理赔件数同比增长12%，平均理赔时效1.3天。",
    [], "claim statistics with source")

add("weibo", "caption",
    "【警惕非法集资】凡是承诺“零风险、高收益”“保本保息”的所谓保险理财产品，都要提高警惕，务必通过正规渠道核实产品和销售人员资质。",
    [], "anti-fraud warning quoting phrases")

add("toutiao", "article",
    "重疾险怎么买？给第一次买保险的人5点建议\n\n1. 先看保额：重疾险保额建议至少覆盖3-5年收入。\n2. 再看保障期限：预算充足选终身，预算有限可以先买定期到70岁。\n3. 看病种定义：重疾病种定义由行业统一规范，各家差别主要在轻中症。\n4. 看健康告知：务必逐条如实回答，有异常记录的可以先找人预核保。\n5. 看等待期和免责条款：等待期内确诊通常不赔，免责条款要逐条看。\n\n最近很多读者问“哪款最好”，其实没有最好的产品，只有适合自己的方案。",
    [], "long explainer; 第一次 / 最近 / 没有最好的 negated")

add("moments", "caption",
    "这款意外险保费每年98元起，保额50万起，可附加意外医疗。具体保障以条款为准。",
    [], "plain product info", O_LIN)

add("moments", "caption",
    "新车上牌后记得第一时间买车险，交强险必须买，商业险建议三者险保额买到200万以上。",
    [], "第一时间 advice", O_CHEN)

add("weibo", "comment_reply",
    "回复@阿紫：今天是犹豫期最后一天也可以退的，犹豫期内提交退保申请即可退还全部保费。",
    [], "犹豫期最后一天")

add("weibo", "comment_reply",
    "回复@凉风：您好，理赔报案可拨打95386，或登录官方APP“理赔”页面自助提交资料。",
    [], "hotline in reply")

add("toutiao", "caption",
    "嘉泓人寿四川分公司开业仪式于今日在成都举行，分公司位于成都市高新区，将为当地客户提供寿险、健康险等服务。",
    [], "corporate news with district only")

add("douyin", "live_script",
    "今天跟大家聊聊，为什么我不建议把保险当理财买。第一，保险的核心是保障；第二，长期储蓄型保险流动性差，前期退保有损失；第三，分红、万能的收益都是不确定的。想清楚再买，别被“高收益”三个字冲昏头。",
    [], "education script; ordinals; quoted 高收益")

add("moments", "caption",
    "电子保单已发送至您预留的邮箱 z***@163.com，请查收。如未收到请联系我。",
    [], "masked email", O_HE)

add("wechat_mp", "caption",
    "【客户服务】公众号新增“保单查询”功能，输入保单号后六位和身份证后四位即可查询保单状态。",
    [], "mentions identifiers without values")

add("moments", "caption",
    "给自己配了一份分红型年金，图的是长期的保障和一点点分红的可能性。提醒：分红是不确定的，计划书的演示利益不代表实际收益，红利可能为零。适不适合要看个人情况～",
    [], "participating product mention WITH disclosure", O_LIU)

add("wechat_mp", "caption",
    "【万能账户结算利率公告】2025年12月，昱泰金账户万能型终身寿险结算利率为年化2.85%。最低保证利率为1.0%，超过最低保证利率部分的收益是不确定的，历史结算利率不代表未来。",
    [], "crediting-rate notice with caveat; 年化 in a notice")

add("wechat_mp", "caption",
    "【投资单位价格公告】嘉泓「远航」投资连结保险各账户2025年12月31日投资单位卖出价：稳健型1.2031，平衡型1.4478，进取型1.6012。投资有风险，账户价值可能下跌，投资风险由投保人承担。",
    [], "unit-price notice with risk statement")

add("moments", "caption",
    "年底了，最后提醒一下大家：检查一下家里的保单有没有快到期的，及时续保，别让保障断档。",
    [], "最后提醒 not product hype", O_LIU)

add("toutiao", "caption",
    "受益人可以指定一人或多人；如果只指定一人，该受益人就是唯一受益人，保险金全部归其所有。",
    [], "唯一受益人 legal sense")

add("xiaohongshu", "caption",
    "这款意外医疗社保内费用报销比例100%，社保外80%，0免赔，每年续保前需重新审核。#意外险",
    [], "100% reimbursement ratio")

add("toutiao", "article",
    "大病保险是基本医保的延伸，由政府主导、商业保险机构承办，城乡居民参加基本医保后自动享有，无需另外缴费。",
    [], "大病保险 described accurately")

add("moments", "caption",
    "上周陪杭州西湖区的李女士办理了理赔，家里老人骨折住院，意外险报销了8000多元。服务好每一位客户，是我的本分🙏",
    [], "district-level location only, masked name", O_ZHOU)

add("weibo", "caption",
    "别再信“保险什么都保”了！任何保险都有免责条款，比如医疗险一般不保既往症，意外险一般不保酒驾。买之前把责任免除那页看三遍。",
    [], "quoted 什么都保 in education; 酒驾 as exclusion")

add("douyin", "caption",
    "我们不搞返现，也不送礼品，只做一件事：帮你把条款讲清楚。保险有风险，投保需谨慎。",
    [], "negated 返现 / 送礼品")

add("wechat_mp", "article",
    "【消费者权益保护】金融监管总局提醒：保险不是存款，不是银行理财，不能简单比较收益率。投保前要确认销售人员资质和产品名称，警惕以“存款搬家”“比定期划算”为名的误导销售。",
    [], "regulator-style warning quoting deposit comparison")

add("xiaohongshu", "caption",
    "第一次自己走完理赔流程📝 小腿骨折，医疗险报销了6000多。流程：APP报案→上传发票和病历→3天到账。没有想象中难！#理赔日记",
    [], "first-person claim story (own health, not third-party)")

add("moments", "caption",
    "重疾险的等待期一般90天或180天，等待期内确诊的一般退还已交保费、合同终止；等待期后才开始正常保障。",
    [], "waiting period explanation", O_HE)

add("video_channel", "live_script",
    "大家好，欢迎来到锦程人寿官方直播间。今天讲讲养老年金怎么选：第一看领取方式，第二看保证领取期，第三看公司偿付能力。产品详情以条款为准，本直播间不承诺任何收益。",
    [], "official live script, careful")


add("xiaohongshu", "caption",
    "这款定期寿险30岁男性最高可保100万，保至60岁，年保费约800元（以实际核保结果为准）。#定期寿险",
    [], "最高可保 spec")

add("weibo", "comment_reply",
    "回复@Alex：保单现金价值可以在官方APP“我的保单”里查看，具体以合同所附现金价值表为准。",
    [], "cash value lookup")

add("moments", "caption",
    "年终保单检视开始啦📋 免费帮大家整理家庭保单，看看保障有没有缺口。\n欢迎咨询：宋雨桐 199 2178 4360",
    [], "agent's own phone split with spaces, own account", O_SONG)

add("toutiao", "article",
    "【案例】代理人私下承诺“返佣”后未兑现，投保人诉至法院。法院认为，该约定违反《保险法》关于不得给予合同约定以外利益的规定，相关约定无效。",
    [], "court news quoting 返佣")

add("toutiao", "caption",
    "客服热线可以同时受理咨询、报案和保全业务，例如嘉泓人寿客服热线４００－８２０－６６７７（全年无休）。",
    [], "company hotline in full-width digits")

add("wechat_mp", "article",
    "【新品上市】锦程人寿「禧福临门」两全保险（分红型）正式上市。产品提供满期保险金与身故保险金，并参与公司分红保险业务的盈余分配。\n\n风险提示：分红保险的红利分配是不确定的，红利可能为零；本文及计划书中的利益演示不代表实际收益，也不作为对未来分红的承诺。具体以保险合同为准。",
    [], "participating launch WITH uncertainty statement")

add("douyin", "caption",
    "保险的作用不是让你赚钱，而是在风险来临时，让你的生活不至于一落千丈。",
    [], "plain message")

add("moments", "caption",
    "客户问我：这款是不是市面上最好的？我说没有最好的产品，只有最适合你家情况的方案。",
    [], "negated 最好", O_HE)

# ====================================================================== BUILD
CATS = {"ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
        "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info", "pii_name",
        "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email", "pii_policy_number",
        "pii_health", "missing_disclosure"}
CHANNELS = {"wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CTYPES = {"article", "caption", "poster_text", "live_script", "comment_reply"}


def locate(text, spec, pid):
    cat = spec[0]
    assert cat in CATS, (pid, cat)
    if cat == "missing_disclosure":
        return {"category": cat, "start": None, "end": None, "text": None}
    phrase = spec[1]
    nth = spec[2] if len(spec) > 2 else None
    n = text.count(phrase)
    assert n >= 1, (pid, phrase)
    assert n == 1 or nth is not None, (pid, "ambiguous", phrase)
    start = -1
    for _ in range((nth or 0) + 1):
        start = text.find(phrase, start + 1)
    assert start >= 0
    end = start + len(phrase)
    assert text[start:end] == phrase
    return {"category": cat, "start": start, "end": end, "text": phrase}


def main():
    for v in IDS:
        assert id_ok(v), v
    for v in CARDS:
        assert luhn_ok(v), v
    out = []
    for i, p in enumerate(POSTS, 1):
        pid = f"h{i:04d}"
        assert p["channel"] in CHANNELS and p["content_type"] in CTYPES, pid
        fs = [locate(p["text"], s, pid) for s in p["findings"]]
        spans = sorted((f["start"], f["end"]) for f in fs if f["start"] is not None)
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (pid, "overlapping spans", a, b)
        fs.sort(key=lambda f: (f["start"] is None, f["start"] or 0))
        out.append({"id": pid, "channel": p["channel"], "content_type": p["content_type"], "text": p["text"],
                    "account_owner": p["owner"], "findings": fs, "note": p["note"]})
    path = os.path.join(HERE, "posts.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # ---- validate the written file
    posts_per_cat, spans_per_cat = Counter(), Counter()
    dirty = 0
    lens = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            lens.append(len(o["text"]))
            if o["findings"]:
                dirty += 1
            for x in o["findings"]:
                spans_per_cat[x["category"]] += 1
                if x["start"] is not None:
                    assert o["text"][x["start"]:x["end"]] == x["text"], o["id"]
                else:
                    assert x["end"] is None and x["text"] is None
            for c in {x["category"] for x in o["findings"]}:
                posts_per_cat[c] += 1
    n = len(out)
    print(f"posts {n}  with findings {dirty} ({dirty / n:.0%})  clean {n - dirty}  "
          f"text length {min(lens)}-{max(lens)}")
    print(f"{'category':22} posts spans")
    for c in sorted(CATS):
        print(f"{c:22} {posts_per_cat[c]:5} {spans_per_cat[c]:5}")
    print("findings per dirty post:", dict(sorted(Counter(len(o['findings']) for o in out if o['findings']).items())))
    print("channels:", dict(Counter(o["channel"] for o in out)))
    print("content types:", dict(Counter(o["content_type"] for o in out)))
    low = [c for c in CATS if posts_per_cat[c] < 8]
    assert not low, low


if __name__ == "__main__":
    main()
