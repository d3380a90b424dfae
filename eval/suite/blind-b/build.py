#!/usr/bin/env python3
"""Blind corpus B (spoken and social): live-stream transcripts, recruiting posts, Xiaohongshu notes.

stdlib only. Holds every post as data, computes offsets with str.find, fails loudly on absent or
ambiguous phrases, and writes posts.jsonl next to this file.
"""
import json
import os
import sys
from collections import Counter

# ---------------------------------------------------------------- synthetic identifiers

def id_card(body17):
    """GB 11643-1999 check digit."""
    assert len(body17) == 17 and body17.isdigit(), body17
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(c) * x for c, x in zip(body17, w)) % 11]


def luhn(partial):
    """Append a Luhn check digit."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mobile(prefix, rest8):
    assert prefix in {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                      "153", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182",
                      "183", "185", "186", "187", "188", "189", "191", "198", "199", "173", "175", "147"}
    assert len(rest8) == 8 and rest8.isdigit()
    return prefix + rest8


# third-party identifiers used in dirty posts
ID_1 = id_card("33010619870314261")       # Hangzhou, 1987-03-14, male
ID_2 = id_card("44030619920807153")       # Shenzhen, 1992-08-07, male
ID_3 = id_card("51010719680922364")       # Chengdu, 1968-09-22, female
CARD_1 = luhn("622848001234567801")       # 19-digit, ABC-style BIN
CARD_2 = luhn("621700123488120")          # 16-digit, CCB-style BIN
PH_1 = mobile("139", "57226418")
PH_2 = mobile("186", "21093375")
PH_3 = mobile("177", "08426651")
PH_4 = mobile("152", "36718024")
# account owners' own numbers (not findings when they appear in their own posts)
OWN_1 = mobile("138", "61127930")
OWN_2 = mobile("159", "08813462")
OWN_3 = mobile("181", "67420395")
OWN_4 = mobile("135", "72036681")
OWN_5 = mobile("199", "51482270")
OWN_6 = mobile("187", "30569214")

for c in (CARD_1, CARD_2):
    assert luhn_ok(c), c

POSTS = []


def P(channel, content_type, genre, text, labels, note, owner=None):
    POSTS.append(dict(channel=channel, content_type=content_type, genre=genre, text=text,
                      labels=labels, note=note, owner=owner))

# ================================================================ live_transcript
LIVE, DY, VC = "live_transcript", "douyin", "video_channel"

P(DY, "live_script", LIVE, """好，家人们晚上好啊，刚进来的宝宝点个关注，左上角小黄车先别急着点哈，听我讲完再说。
今天咱们聊什么呢，还是这个增额终身寿。好多人私信问我，鹿姐，我手上有二十来万，放银行还是放你这儿？我跟你讲啊，你去看看现在银行一年定期多少，一点几对吧，三年的也就那样，你放我们这款，那是白纸黑字写进合同里的，比存银行划算多了，真的，我自己家里的钱都挪过来了，我妈的也挪过来了。
然后看到有个宝宝问，“中途要用钱能取吗”——能啊，可以减保，也可以保单贷款，灵活得很。
“会不会亏啊？”哎呀不会亏的姐妹，稳赚不赔的东西你怕什么，人家保险公司比你还怕亏呢哈哈哈。
还有啊我必须提醒一下，这款月底就下架了，我们公司内部已经在传了，到时候你想买都没有，错过再等一年都不一定有这个利率了。想上车的公屏扣个“上车”，我让助理一个个私信你们，别在公屏上说手机号哈。
嗯，“小雨点”问，我四十三岁能买吗？能买，四十三正好，交十年，六十岁以后慢慢用，给自己养老也行，给孩子也行。
“有没有保额上限”——有的，按你的年龄和交费来，助理会给你出计划书。
好我们继续，下一个问题……""",
  [("deposit_comparison", "比存银行划算多了"), ("guaranteed_return", "不会亏的"),
   ("guaranteed_return", "稳赚不赔"), ("stop_sale_hype", "月底就下架了"),
   ("stop_sale_hype", "错过再等一年")],
  "Host of a Douyin live room sells 增额终身寿 with deposit comparison, no-loss promise and an unannounced stop-sale rumour.",
  {"name": "林晓鹿", "phone": OWN_1})

P(DY, "live_script", LIVE, """哈喽大家好，这里是阿杰讲保险，每周三晚上八点直播答疑，今天先不讲产品，专门回答问题，上周后台攒了好多。
第一个，“杰哥，我体检查出甲状腺结节，3类，能买重疾险吗？以后能赔吗？”——这个问题特别典型啊。我先说结论：能不能买，看核保，不是我说了算。结节3类的话，有的产品可能除外承保，就是甲状腺相关的病不赔、其他的正常按合同赔；有的可能要你补B超报告再看。你千万不要想着“不说就行了”。
第二个，“听说隐瞒病史两年以后就必须赔了？”这个说法网上特别多，我负责任地说一句，不对。保险法第十六条讲的是合同成立满两年，保险公司不能再以没如实告知为由解除合同，但是这不等于投保前就有的病也一定赔，而且故意不告知本身就有风险，闹到最后大家都难受。所以我的建议永远是：问什么答什么，如实告知。
第三个，“那有病也能赔吗？”要分清楚，投保前已经有的病，一般不在保障范围内；投保后新发生的、符合合同定义的，才按合同赔。
第四个，“有没有什么都保的产品？”没有，真的没有。谁跟你说什么都保，你就多留个心眼，让他把条款拿出来，翻到“责任免除”那一页，一条一条念给你听。
好，后面还有几个医疗险续保的问题，我喝口水，马上回来。""",
  [],
  "Clean: Q&A live; '有病也能赔', '隐瞒病史两年', '什么都保' appear only as audience questions or rebuttals.",
  {"name": "邵俊杰", "phone": OWN_2})

P(VC, "live_script", LIVE, f"""来来来，新进来的朋友扣个1。我今天给你们讲个真事儿啊，不是编的。
上个礼拜，我们一个客户，王建军大哥，就住我们小区的，今年五十二，单位体检查出来肺腺癌早期，人当时都懵了。他前年在我这儿买的重疾，三十万保额，加一个防癌医疗。我陪他去的医院，材料我帮他弄的，你猜怎么着，资料交上去，四十万，三天就到账了。咱们家理赔那是全国最快的，没有之一。
“真的假的？”——不信你们去问他嘛，他电话{PH_1}，他自己说了可以给大家讲讲，他现在逢人就说买保险买对了。
所以我一直跟你们讲，重疾险它不是给你赚钱的，它是让你生病的时候有钱治病、家里收入断了也不至于塌。
好，有人问“五十多岁还能买吗”，能买，就是贵一点，而且要看健康告知，有三高的话我们要先看看能不能过核保，不是每个人都能标准体。
“防癌险和重疾险啥区别”，防癌险只保癌症，重疾险保的病种多，价格也不一样，你要是预算少，身体又有点小毛病，可以先看防癌险。
好，想要方案的点小风车留个言，我下播一个个回。""",
  [("pii_name", "王建军"), ("pii_health", "肺腺癌早期"), ("pii_phone", PH_1), ("ad_absolute", "全国最快的")],
  "Claim story names a customer, his diagnosis and his mobile number; 'fastest in the country' claim.",
  {"name": "何春梅", "phone": OWN_3})

P(DY, "live_script", LIVE, """好，我们继续。刚才有好几个朋友在问同一个问题，我统一回答一下：
问：“这个分红险能保本吗？”
我不说“保本”这俩字，为什么？因为分红险它的利益分两块：一块是合同保证的，写在现金价值表里、保额里，这块是确定的；另一块是分红，分红是不确定的，取决于公司每年分红账户的实际经营情况，可能多，可能少，也可能某一年是零。计划书里演示的那个“中档”“高档”，那是按假设的分红水平算出来的，演示利益不代表实际收益，这个一定要看清楚。
问：“那你们去年分了多少？”
公司官网每年会公布红利实现率，我们这款去年披露的是百分之九十几，具体数字大家以官网公告为准，我不在直播间念，免得念错。过去的实现率也不代表以后。
问：“前几年退保亏不亏？”
亏。头几年现金价值低于你交的保费，退保是有损失的，所以这钱你得是长期不用的闲钱。短期要用的钱，真的别放这儿。
问：“和存银行比哪个好？”
这俩不是一个东西，没法这么比。存款是存款，保险是保险，保险是长期的保障和规划，你把它当定期存款来看就看错了。
好，想了解的，左下角可以预约一对一，我们会先做风险测评，再给你讲条款。保险有风险，投保需谨慎，以合同条款为准。""",
  [],
  "Clean: participating product discussed with full uncertainty statement (分红不确定, 演示利益不代表实际收益) and refusal of deposit comparison.",
  {"name": "韦晴", "phone": OWN_4})

P(VC, "live_script", LIVE, """各位老铁，各位哥哥姐姐，晚上好！今天给大家带来一款重磅产品——“金穗添福”两全保险（分红型），我跟你们说，这款的分红那是全网最高的，我把同类的都翻遍了，没有比它高的。
你看啊，现在降息降成什么样了，存款利率一降再降，聪明人都在干嘛？都在存款搬家！把银行那点死钱挪到分红险里，保证的部分给你兜着，每年分红妥妥的，一年一分，雷打不动，二十年下来你自己算算多多少。
有人问：“交多少年？”三年、五年、十年都有，你看你手上闲钱情况。
“多大能买？”出生满三十天到六十五周岁。
“保额怎么算？”按你交的保费和年龄算，计划书上都有，每个人不一样。
“能给孩子买吗？”能，给孩子买最合适，从小攒一笔教育金、婚嫁金。
“身体有结节能买吗？”这款是两全型的，告知比较宽松，具体你私信我，我帮你看。
好，右下角购物车已经挂上了，点进去留资料，我们这边专属顾问会联系你。
“什么时候能领？”满期那年一次性领，或者按合同约定的方式领，中途也有生存金。
来，我再讲一下它的领取方式啊……""",
  [("ad_absolute", "全网最高的"), ("deposit_comparison", "存款搬家"), ("guaranteed_return", "每年分红妥妥的"),
   ("guaranteed_return", "雷打不动"), ("missing_disclosure", None)],
  "Participating endowment pitched as 'highest online', dividend stated as certain, deposit-moving, no uncertainty statement.",
  {"name": "赵一鸣", "phone": OWN_5})

P(DY, "live_script", LIVE, """（直播回放整理稿，口语化，已去掉部分重复内容）
嗯，看到好几个人在公屏刷：“是不是要停售了？”“听说下个月要降息了赶紧买？”
我今天就把话说清楚。第一，产品停不停售、调不调价，是保险公司说了算，公司要在官网和营业场所发公告，公告之前，我作为销售人员不能跟你说“快停售了”，这是有规定的，《保险销售行为管理办法》写得很明白。第二，就算公司真发了停售公告，我也只会告诉你产品名字、哪天停、公告在哪儿能查到，不会催你。
第三，也是最重要的，你买保险的理由，永远不应该是“它要停售了”。你应该问的是：我家里缺什么保障？这份钱多少年不用？我能不能接受前几年退保有损失？
有人说：“别家主播都在说最后几天了。”那是别人，我不评价。你要是因为着急买了个不适合你的，后面退保损失的是你自己的钱。
有个姐妹问：“那我现在的保单，续期缴费是下周五最后一天，还来得及吗？”来得及的，你的交费日之后还有六十天宽限期，但我建议你别拖，按时交最省心，有问题随时找我。
好，今天就聊到这儿，下周三同一时间见。""",
  [],
  "Clean: host explains art. 19 rules on stop-sale notices, quotes others' '最后几天', reminds a customer of her own renewal date.",
  {"name": "林晓鹿", "phone": OWN_1})

P(DY, "live_script", LIVE, """宝宝们！！今天这个是真的炸！百万医疗，一年几百块，保六百万，你们说香不香！
我跟你们讲，这个医疗险，什么病都能报，感冒发烧住院也报，癌症也报，进口药也报，反正只要是住院花的钱，它基本都给你包了。
“要不要健康告知啊？”不用健康告知！直接买，手机上点几下就完事了。
“我有高血压能买吗？”能买能买，放心买。
“理赔麻不麻烦？”一点不麻烦，我们家零拒赔，你只要住院了就能赔。
所以我说这款就是闭眼入，真的，不用对比了，我替你们对比过了。
有人问：“免赔额多少？”免赔额一万，一年一万，这个是有的哈。
“保证续保吗？”保证续保二十年，这个是条款里写的。
“等待期多久？”三十天，意外住院没有等待期。
“小孩能买吗？”出生满二十八天就能买，少儿版更便宜，一年一两百。
“门诊报不报？”普通门诊不报哈，住院前后的门诊可以报，还有特殊门诊，像肾透析、癌症放化疗这种。
好，小黄车一号链接，今晚十二点前下单的，我额外再给大家讲一节保险小课堂，家人们冲！""",
  [("coverage_exaggeration", "什么病都能报"), ("coverage_exaggeration", "不用健康告知"),
   ("coverage_exaggeration", "能买能买，放心买"), ("coverage_exaggeration", "零拒赔"),
   ("coverage_exaggeration", "只要住院了就能赔"), ("ad_absolute", "闭眼入")],
  "Million-yuan medical plan: coverage overstated, health disclosure waved away, zero-rejection claim, 闭眼入. The deductible and 保证续保20年 lines are product facts and are not labelled.",
  {"name": "甘甜", "phone": None})

P(VC, "live_script", LIVE, """今天这场直播，我想先给大家念一段东西，是前段时间金融监管部门发的一个风险提示，大意我给大家讲一下。
它说，最近有些销售人员通过短视频、直播，用“产品即将停售”“最后一波高收益产品”“末班车”“最后购买机会”这样的说法制造紧张情绪，诱导消费者仓促购买；还有的把保险包装成存款、理财，说什么“稳超存款”，把保证利益和演示利益混在一起讲。
提示里提醒消费者：买保险要通过正规渠道，认真阅读条款，分清保证利益和非保证利益，不要被“停售”“涨价”这类话牵着鼻子走。
我为什么要念这个？因为我自己也是做这一行的，我知道这些话术有多好用，也知道被这些话术坑了的客户后来有多难受。
评论区有人问：“那你们主播不也是卖保险的吗？”是，我们也卖，但我们直播间有几条规矩：不说停售倒计时、不拿保险和存款比收益、不承诺分红、不送礼品返现。做不到这几条的，你可以直接举报我。
“那什么情况下可以说停售？”公司正式发了公告，我会把公告原文和日期给你看，就这样，不加戏。
好，接下来我们讲讲怎么看一份年金险的现金价值表。""",
  [],
  "Clean: reads a regulator warning that quotes banned phrases (末班车, 最后一波高收益, 稳超存款) and states the room's own rules in negations.",
  {"name": "邵俊杰", "phone": OWN_2})

P(DY, "live_script", LIVE, """哈喽哈喽，家人们我又来啦～今天福利场！福利场！
先说规矩啊，今天这个重疾险，年交保费满五千的，我们送戴森吹风机一台，对，就是那个戴森，你们自己去搜多少钱。满一万的，再加一个 f̶a̶n̶ 返 点 ——我不能在屏幕上说太明白，懂的都懂，私我，首年保费给你返15个点，直接转你微信。
“真的假的？”真的，我做了六年了，你去翻我主页，老客户都知道我的为人。
“会不会有什么坑？”没有坑，这个重疾险就是正常的重疾，一百二十种重疾，二十种中症，四十种轻症，中症赔百分之五十，轻症赔百分之三十，这都是条款写的。等待期九十天，这个你们要知道。
“能分期吗？”保费就是按年交的，你选二十年交，每年压力就小了。
“多大能买？”十八到五十五周岁，五十岁以上的要看体检报告。
“能给爸妈买吗？”爸妈六十岁以上的这款买不了，可以看看防癌险，我下次专门讲。
好，想参加福利的在公屏打“福利”，我助理拉你进群，群里再详细说。今天名额有限，先到先得哈。""",
  [("improper_inducement", "送戴森吹风机"), ("improper_inducement", "f̶a̶n̶ 返 点"),
   ("improper_inducement", "首年保费给你返15个点")],
  "Gifts and premium rebates tied to purchase, partly disguised with strike-through pinyin and spaced characters. Coverage facts in the middle are accurate and not labelled.",
  {"name": "甘甜", "phone": None})

P(DY, "live_script", LIVE, """晚上好，欢迎来到“老周聊保障”，今天专门讲惠民保，很多城市的新一年投保期开了，问的人特别多。
先说它是个什么东西：惠民保一般是地方政府相关部门指导、商业保险公司承办的补充医疗保险，价格便宜，一年几十到一百多，和医保衔接。注意，是“指导”，赔钱的是承办的保险公司，按条款赔。
问：“我有糖尿病，能买吗？”能投保，大多数惠民保不限年龄、不限健康状况，既往症人群可以投。但是！既往症人群的赔付比例一般低很多，比如健康人赔百分之七十，既往症可能只赔百分之三十，有的既往症相关费用直接不赔。所以能投保不等于都能赔，这点一定要看清楚。
问：“有了惠民保还要买百万医疗吗？”看你情况。惠民保免赔额通常比较高，两万左右，药品目录也有限制；百万医疗要健康告知，但保障更全面。身体条件允许的，我个人建议两个都考虑。
问：“能保证续保吗？”惠民保是一年一保，明年还有没有、价格变不变，要看明年的方案，不能保证。
好，具体到你们城市的方案，我放在主页置顶的文章里了，大家自己对着条款看，有问题留言。""",
  [],
  "Clean: 惠民保 described accurately as government-guided, commercially underwritten; 既往症可投 given with reduced payout ratio.",
  {"name": "周立伟", "phone": None})

P(DY, "live_script", LIVE, """来，我们接着回答问题。“保险公司会不会倒闭？倒闭了我的钱怎么办？”
哎呀，这个你真的一百个放心。保险公司不会倒闭的，国家不允许它倒闭。我们是持牌金融机构，国家兜底的，你在我这里买的每一分钱都有国家给你担着，比理财平台安全一万倍，你放什么P2P那是真可能血本无归的。
再一个，这款年金呢，它是零风险的，你交进来的钱，一分都不会少，到期连本带利全拿回去。
“那收益有多少？”保证的部分你看计划书，写得清清楚楚，六十岁开始领，领到终身，活多久领多久。
还有一个福利，投保的时候可以附加一个万能账户，领的年金可以放进万能账户里继续滚。
“我五十五了还能买吗？”能，这款最高投保年龄六十五周岁，五十五买正好，交五年，六十岁开始领。
“中间要用钱怎么办？”可以申请保单贷款，按合同约定的利率计息，具体以公司当时公布的为准。
“能给老公买吗？”能，投保人写你，被保险人写他，受益人可以写你或者孩子。
好，想要计划书的，评论区打“计划书”加你的年龄，我们一个个做。""",
  [("false_authority", "保险公司不会倒闭的"), ("false_authority", "国家兜底的"),
   ("false_authority", "有国家给你担着"), ("guaranteed_return", "零风险的"), ("guaranteed_return", "一分都不会少"),
   ("deposit_comparison", "比理财平台安全一万倍"), ("deposit_comparison", "连本带利"), ("missing_disclosure", None)],
  "State-backing myths, 'zero risk', deposit vocabulary (连本带利); a universal account is promoted with no crediting-rate uncertainty statement.",
  {"name": "何春梅", "phone": OWN_3})

P(VC, "live_script", LIVE, f"""今天我们讲一个看起来很基础、但是很多人搞错的东西：投保人、被保险人、受益人，到底谁是谁。
投保人，就是跟保险公司签合同、交保费的人。被保险人，是保险保的那个人，他生病、出险，保险公司才赔。受益人，是被保险人身故以后，拿身故保险金的人。
举个例子，李先生给他太太买了一份定期寿险，李先生是投保人，太太是被保险人，受益人可以写孩子，也可以写李先生。
问：“受益人可以写女朋友吗？”一般来说受益人要和被保险人有保险利益相关的关系，女朋友能不能指定，要看公司的规定，有的公司不行，有的需要补充材料。
问：“受益人写‘法定’是什么意思？”就是没有指定具体的人，身故金按继承法定顺序来分，第一顺序是配偶、子女、父母。
问：“投保人和被保险人不一样，万一投保人先走了怎么办？”有的产品可以附加投保人豁免，投保人出事了，后面的保费不用交了，保障继续。
问：“我们公司叫‘国寿安’，是不是国家的？”这个我不知道你说的是哪家，公司名字里有什么字不代表背景，看它的股东和牌照，官网和监管的网站上都能查到。
好，今天就到这儿，有问题的朋友可以打我电话{OWN_4}，工作日九点到六点，我叫韦晴，在明德人寿做了八年了。""",
  [],
  "Clean: explains policy roles; '第一顺序' is a legal term; host gives her own phone.",
  {"name": "韦晴", "phone": OWN_4})
P(DY, "live_script", LIVE, """好的好的，看到有人问：“主播，你们家跟恒泰人寿比怎么样？我朋友在恒泰买的。”
哎我跟你说，你让你朋友赶紧去看看吧。恒泰人寿那家，理赔就是拖，拖到你放弃，我身边好几个客户都是从他们家转过来的。他们家的产品千万别买，买了就是给自己找气受。
我们这款呢，不是我吹，性价比天花板，同样的保额，保费比他们便宜一截，责任还多。
“哪里多？”你看啊，我们这款重疾多次赔，癌症可以赔三次，间隔三年；心脑血管的也有二次赔；还有一个身故保障，身故赔保额，这个是含身故的版本。
“不含身故是不是更便宜？”对，不含身故便宜很多，你要是家里已经有定寿了，可以选不含身故的，预算省下来加保额。
“等待期呢？”九十天，等待期内确诊的不赔，退还已交保费，这个大家一定要记住。
“我三十五岁，预算一年五千能买多少？”大概能做到四十万左右的保额，交三十年，具体以计划书为准。
好，我再说一遍，买保险一定要看清楚公司和条款，别听人家一说就买。想要对比方案的私我，我帮你们把几家的条款列出来看。""",
  [("disparagement", "理赔就是拖，拖到你放弃"), ("disparagement", "他们家的产品千万别买"),
   ("ad_absolute", "性价比天花板")],
  "Names a (fictional) competitor and says its claims are stalled and its products must not be bought; 性价比天花板.",
  {"name": "甘甜", "phone": None})

P(DY, "live_script", LIVE, """嗯，公屏上有个朋友问得很直接：“你卖一单提成多少？能不能分我一点？”
我也直接回答你。第一，提成多少，这个是公司的内部规定，我不能在直播间说，说了是违规的。第二，能不能分你——不能。返佣、返现、送东西抵保费，这些在保险法里都是明确禁止的，叫“给予合同以外的利益”，我拿了会被处罚，你拿了以后要是出点什么纠纷，也说不清楚。
第三，有的朋友会担心，“你们佣金那么高，是不是我交的钱一大半都给你了？”我理解这个担心。现在监管推的是“报行合一”，就是产品报备的时候写的费用，和实际给渠道的费用要一致，而且长期险的佣金很多是分好几年发的。具体每款产品的费用结构我说不了，但保费是按备案的费率定的，你找谁买都是这个价，找我买不会多收你一分钱，也不会少。
还有人问：“那别人说给我返30%是骗我的吗？”我不评价具体的人，但你要想清楚，拿了返现的保单，后面服务谁管你？
好，回到今天的正题，我们讲讲定期寿险怎么选保额。一般的建议是，覆盖你的房贷加上家庭五到十年的必要开支，比如房贷还剩一百万，家里一年开支十五万，那保额可以考虑在一百五十万到两百五十万之间。""",
  [],
  "Clean: commission and rebate questions answered with refusals; 报行合一 explained without company rates.",
  {"name": "周立伟", "phone": None})

P(VC, "live_script", LIVE, """朋友们晚上好，今天跟大家聊聊“鑫享一生”终身寿险（万能型），好多人问这个，我就专门开一场。
先说这个账户啊，万能险最香的地方就是这个万能账户。你交进去的钱，扣完初始费用进账户，每个月按结算利率给你算利息，复利滚存。现在公司公布的结算利率是三点几，这几年一直都在三点几，以后也掉不下来，你就当年化3.5%稳稳拿就行了。
“能随时取吗？”部分领取是可以的，前五年有手续费，五年以后免费领，很灵活。
“跟银行理财比呢？”银行理财现在都打破刚兑了，净值化，说亏就亏，你看看去年多少人的理财亏了。我们这个账户是有保底的，比银行理财稳多了。
“最少交多少？”一年一万起，交三年就行。
“多大能买？”零到七十周岁都能买。
“身故怎么赔？”身故赔账户价值和基本保额里较大的那个，具体条款写着呢。
“能追加吗？”可以，追加保费也进账户，追加有一个初始费用，比例比基本保费低。
好，有兴趣的朋友左下角预约，我们专属顾问跟你联系，给你做一个专属的账户演示。""",
  [("guaranteed_return", "以后也掉不下来"), ("guaranteed_return", "年化3.5%稳稳拿"),
   ("deposit_comparison", "比银行理财稳多了"), ("missing_disclosure", None)],
  "Universal-life pitch: crediting rate promised for the future, compared favourably with bank WMPs, no statement that the excess over the minimum guaranteed rate is uncertain.",
  {"name": "赵一鸣", "phone": OWN_5})

P(DY, "live_script", LIVE, """今天这场，我们讲万能险，我尽量讲得不那么“销售”。
万能险，就是在保障之外带一个万能账户，保费扣掉初始费用以后进入账户，按结算利率计息。这里面有两个利率大家要分清：一个是“最低保证利率”，合同写着，比如说百分之一点多，这是保底的，但它只针对万能账户的价值；另一个是每月公布的“结算利率”，超过最低保证利率的那部分是不确定的，公司经营好就高一点，不好就低一点，过去的结算利率不代表未来。
计划书里会有几档演示，低、中、高，或者现在新规下的两档，那都是假设，演示利益不代表实际收益，实际能拿到多少要看以后每个月实际公布的结算利率。
问：“那现在结算利率多少？”你去公司官网“信息披露”栏目查，每个月都有，我不在这里报数，因为它随时在变。
问：“能当存款用吗？”不能。它有初始费用，前几年部分领取或者退保有手续费，账户价值可能低于你交的钱。真的需要流动性的钱，放银行。
问：“适合什么人？”手上有长期闲钱、想要一点保障、又能接受收益不确定的人。你要是想要“确定的高收益”，那没有这种东西。
好，欢迎大家提问，我们讲条款不讲故事。""",
  [],
  "Clean: universal life explained with the minimum-guaranteed-rate vs uncertain excess statement; refuses deposit analogy.",
  {"name": "邵俊杰", "phone": OWN_2})

P(DY, "live_script", LIVE, """家人们，我给你们念一下这个理赔通知书啊，刚收到的，热乎的！
“尊敬的孙丽华女士，您好，您于本月提交的理赔申请，保单号：P4403 2024 0815 6621，经审核，您因乳腺癌（浸润性导管癌）申请的重大疾病保险金人民币伍拾万元整，已于……”
看到没有！五十万！孙姐是我三年前签的客户，那时候她还犹豫，说自己身体好得很买什么保险，我磨了她两个月她才签。现在呢？她昨天跟我打电话哭了半个小时，说幸亏听了我的。
所以说啊，保险这个东西，你用不上的时候觉得它没用，用得上的时候它就是救命钱。
“这个是什么产品？”就是我们家的“安康守护”重疾险，我主页有介绍。
“乳腺结节能买吗？”乳腺结节要看分级，2类、3类的，有的产品可以标准体或者除外，4类以上一般要等手术病理结果出来再说。
“多久到账的？”资料齐全的话一般几个工作日，孙姐这个我记得是五天。
“理赔要准备什么？”病理报告、出院小结、身份证、银行卡，我都会提前跟客户列好清单。
好，想给家里人配重疾的，私信我，我帮你们看。""",
  [("pii_name", "孙丽华"), ("pii_policy_number", "P4403 2024 0815 6621"),
   ("pii_health", "乳腺癌（浸润性导管癌）")],
  "Host reads a claim notice aloud: customer's full name, policy number and diagnosis.",
  {"name": "何春梅", "phone": OWN_3})

P(VC, "live_script", LIVE, """今天想讲一个理赔的故事，先说明一下，当事人同意我分享，但我把能认出他的信息都去掉了，我们就叫他L哥。
L哥四十岁出头，做工程的，经常出差。前年在我这儿配了一份重疾，一份百万医疗，一份定期寿。配的时候他嫌麻烦，健康告知那一页问我“这个脂肪肝要不要写？”我说要写，写了，核保结论是标准体，因为轻度脂肪肝很多产品不算问题。
去年他出差的时候胸口疼，送医院查出来是心梗，做了支架。后来理赔的时候，重疾险这边，要看是不是符合合同里“较重急性心肌梗死”的定义，他的情况不完全符合重疾定义，最后是按中症赔的，赔了保额的一半；医疗险那边住院花的钱，扣掉免赔额，剩下的按比例报了。
我讲这个故事，不是想说“你看我们赔得多爽快”，而是想说两件事：第一，当初健康告知如实写了，理赔的时候调查也没什么可担心的；第二，重疾险不是一住院就赔保额，要符合合同定义，不符合重疾的，可能按轻症、中症赔，也可能不赔。
问：“那中症赔了以后重疾还保吗？”要看你买的产品，L哥这个是中症赔付以后重疾责任继续有效。
好，有什么问题评论区留言。""",
  [],
  "Clean: anonymised claim story (L哥, consent mentioned, no identifiers); honest about definitions and partial payout.",
  {"name": "周立伟", "phone": None})

P(DY, "live_script", LIVE, """宝子们快来！！今天这款真的要冲，“福满堂”年金保险（分红型），我直接说重点：
年化４．５％，稳稳到手，写在计划书里的！你们去看看现在的余额宝多少？一点几！这款比 yu额宝 香太多了，同样一万块钱，一年下来差多少你们自己算。
而且我得告诉你们，下个月 tíng 售，是真的，我们领导开会说的，下个月一号以后就没了，想要的抓紧。
“能不能少买点？”最低三千起，月交也可以。
“交几年？”交五年，第五年末开始领，领到八十岁，期间还有分红。
“分红是什么？”就是公司每年赚了钱给你分一部分，放在账户里，越滚越多。
“退保会亏吗？”放够时间就不亏，咱们这是长期的，不要想着短期取出来。
“谁能买？”三十天到六十周岁，投保人和被保险人可以不是一个人，给孩子买、给爸妈买都可以。
“能不能附加重疾？”这款不能附加，重疾要单独买，我下一场讲。
“领的钱打到哪？”打到你投保时留的银行卡，也可以不领，放进账户里。
好，一号链接，上车上车！🚗🚗""",
  [("guaranteed_return", "年化４．５％，稳稳到手"), ("deposit_comparison", "比 yu额宝 香太多了"),
   ("stop_sale_hype", "下个月 tíng 售"), ("stop_sale_hype", "下个月一号以后就没了"), ("stop_sale_hype", "想要的抓紧"),
   ("guaranteed_return", "越滚越多"), ("guaranteed_return", "放够时间就不亏"), ("missing_disclosure", None)],
  "Evasive spellings: full-width digits, pinyin for 余 and 停; participating annuity without uncertainty statement.",
  {"name": "甘甜", "phone": None})

P(VC, "live_script", LIVE, """（视频号直播·少儿教育金专场·文字整理）
很多爸妈问教育金，我今天不推具体哪一款，先把几个概念讲明白。
教育金一般是年金保险，现在大部分是普通型的，合同里会写“保证领取”的部分：比如孩子十八岁到二十一岁，每年领多少，这个是合同保证的；有的产品还带万能账户或者分红，那部分就是不确定的，我们今天不讲带分红的。
问：“教育金是不是跟存钱一样？”不一样。我特别要强调，这不是存款。前几年如果退保，拿回来的是现金价值，会比你交的保费少，有损失。现金价值以合同所附的现金价值表为准，投保前一定要看这张表。
问：“那为什么还要买？”它的好处是专款专用和确定的领取时间，而且可以附加投保人豁免，爸妈出事了，后面的保费不用交，孩子照样领。它的缺点是流动性差、钱锁得久。
问：“保证利益和演示利益有什么区别？”保证利益就是合同里白纸黑字写的、不管公司经营怎样都给你的；演示利益是按假设算的，不是承诺。
问：“多大给孩子买合适？”越早交费期越长、每年压力越小，但前提是你家里大人的保障先配好了，孩子的教育金排在后面。
今天就到这儿，条款我放在评论区置顶，大家自己看。""",
  [],
  "Clean: education annuity; 保证领取/保证利益 as contract terms, explicit '这不是存款' and surrender loss.",
  {"name": "韦晴", "phone": OWN_4})

P(DY, "live_script", LIVE, """各位朋友大家好，欢迎来到我们的官方授权直播间！先给大家介绍一下我们公司，我们是全国第一家专做养老年金的保险公司，这个大家可以去查。
今天给大家带来的这款“长青颐年”养老年金，是银保监会推荐的产品，经过国家层层审批的，国家级的养老产品，你买了就是跟着国家政策走，绝对不会错。
“银保监会不是改名了吗？”对对对，现在叫金融监管总局，反正就是国家的监管部门推荐的，一个意思。
“能领多少？”六十岁开始领，每年领多少要看你交多少，保证领取二十年，这个是合同写的，如果二十年内身故，剩下没领完的给家人。
“跟个人养老金是一个东西吗？”不是一个东西，个人养老金是有税优的账户，我们这款是普通的商业养老年金。
“多少钱起？”年交一万起，交十年。
“领的时候要交税吗？”商业养老年金目前领取是不用交个税的，具体以税务规定为准。
“中途能退吗？”能退，退的是现金价值，前几年退会有损失，这个要提前知道。
好，主播给大家讲一下怎么看计划书，大家把手机横过来。""",
  [("ad_absolute", "全国第一家"), ("false_authority", "银保监会推荐的产品"), ("false_authority", "经过国家层层审批的"),
   ("ad_absolute", "国家级的养老产品"), ("false_authority", "跟着国家政策走"), ("ad_absolute", "绝对不会错"),
   ("false_authority", "国家的监管部门推荐的")],
  "Regulator-endorsement claims (old and new regulator names), 全国第一家, 国家级, 绝对. 保证领取二十年 is a contract term.",
  {"name": "赵一鸣", "phone": OWN_5})

P(VC, "live_script", LIVE, """今天直播间的主题是意外险，先回答一个被问了无数次的问题：
问：“猝死算不算意外？能赔吗？”
按照行业通用的意外伤害定义，意外要满足“外来的、突发的、非本意的、非疾病的”，猝死一般是疾病引起的，所以大部分意外险是不赔猝死的。市面上有一些意外险额外附加了“猝死保障”，那是单独写在条款里的责任，有就赔，没有就不赔，你要看条款。
问：“骑电动车出事赔不赔？”一般赔，但要注意有的产品对无证驾驶、酒驾、无有效行驶证是免责的，这些在责任免除里写着。
问：“意外险有等待期吗？”大部分意外险没有等待期，第二天零时生效，但附加的意外医疗、猝死责任有的会有等待期。
问：“高空作业的能买吗？”要看职业类别，一到四类的一般可以，五六类的很多产品不保，你得如实写职业，不然理赔的时候会有问题。
问：“意外医疗能报多少？”看你买的额度和报销比例，有的扣一百块免赔，按百分之百报；有的只报医保范围内的，这些都写在条款里。
最后提醒一句，买意外险最好连着买，别断保，断了中间出事就没得赔了。""",
  [],
  "Clean: accident insurance Q&A; 能赔吗 questions, 酒驾 in exclusions, '最好连着买' is had-better advice, 100% reimbursement ratio is a spec.",
  {"name": "周立伟", "phone": None})

P(VC, "live_script", LIVE, """来，看看公屏……“我有乙肝小三阳，能买吗？”能买！我跟你说，有病也能赔，你别管那么多。健康告知随便勾，勾完了就行，两年以后保险公司就不能拿这个说事了，你放心。
“这样不会被拒赔吗？”不会，我做了这么多年，我的客户没有一个被拒赔的。
“我现在手头紧，能晚点交吗？”没事，首期保费我帮你垫上，你下个月发工资了再给我，先把保障上了，万一这个月出点什么事呢对吧。
“能买多少保额？”你三十岁，三十万、五十万都行，看你预算。
“要体检吗？”五十万以下一般不用体检，免体检额度内直接线上投保。
“这个保到多少岁？”可以选保到七十岁，也可以保终身，保终身的贵一些。
“轻症赔几次？”轻症最多赔三次，每次保额的百分之三十，中症赔两次，每次百分之五十。
“交费期选多长？”我建议拉长，二十年、三十年交，每年压力小，而且有豁免，确诊轻症中症后面的保费就不用交了。
“能买给老人吗？”老人的话要看年龄和身体，我们先看看再说。
好，要的朋友扣“保障”，我一个一个加微信。""",
  [("coverage_exaggeration", "有病也能赔"), ("coverage_exaggeration", "健康告知随便勾"),
   ("coverage_exaggeration", "两年以后保险公司就不能拿这个说事了"),
   ("coverage_exaggeration", "我的客户没有一个被拒赔的"), ("improper_inducement", "首期保费我帮你垫上")],
  "Host induces non-disclosure, misuses the two-year rule, promises no rejection, offers to pay the first premium.",
  {"name": "林晓鹿", "phone": OWN_1})

P(DY, "live_script", LIVE, """车险直播间，今天说几个大家最常问的。
问：“交强险是不是必须买？”是的，交强险是国家强制保险，机动车上路必须投保，保额是法律规定的，死亡伤残十八万，医疗一万八，财产两千。
问：“商业险买多少三者？”现在城市里建议至少一两百万，真撞了豪车或者撞了人，交强险那点额度远远不够。
问：“今年没出险，明年能便宜吗？”能，这个叫无赔款优待，也叫NCD系数，连续几年不出险，系数会往下走，保费就降；出险次数多了，系数往上走，明年就贵。这是费率规则，不是谁给你的优惠。
问：“别人家送洗车卡、送加油卡，你们送不送？”我们不送。按规定不能给合同以外的利益，保费就是按系数和费率算出来的。
问：“新能源车有什么不一样？”新能源车险是单独的条款，会保三电系统，自燃也在保障里，还有一个外部电网故障的附加险可以选。
问：“小刮小蹭要不要报？”看金额，金额小的自己修可能更划算，因为报一次明年系数就上去了，你自己算一下。
好，续保的朋友记得在到期前一个月来找我报价，别等到最后一天，脱保了上路就麻烦了。""",
  [],
  "Clean: motor insurance; 交强险 as compulsory (true), NCD explained as a rating factor, refusal of gifts, 最后一天 about the customer's own renewal.",
  {"name": "何春梅", "phone": OWN_3})
# ================================================================ recruiting
REC = "recruiting"

P("moments", "caption", REC, """【诚邀合伙人】🔥🔥
2027开门红，团队扩编，招10位有梦想的伙伴！
✅ 行业第一的培训体系，0基础带你上手
✅ 首年佣金40%起，续佣拿五年
✅ 公司内部基本法我私发给你看（严禁外传哈🤫）
✅ 宝妈、退伍军人、转行的都欢迎
不用你有资源，不用你会说话，只要你肯干！
上个月我们团队新人小何，入职第二个月就开了8单～
感兴趣的朋友私聊，先聊聊不收费😂""",
  [("ad_absolute", "行业第一"), ("confidential_info", "首年佣金40%起"), ("confidential_info", "续佣拿五年"),
   ("confidential_info", "内部基本法我私发给你看"), ("confidential_info", "严禁外传")],
  "Recruiting Moments post publishes commission rates and offers the internal 基本法; '行业第一'.",
  {"name": "闫冬梅", "phone": None})

P("wechat_mp", "article", REC, f"""我为什么劝你想清楚再来做保险｜一个团队长的真心话

做了九年保险，带团队五年，我每个月都会见好几个来面试的人。今天不写鸡汤，写几句实话。

1. 这行没有底薪神话。
我们的收入主要是佣金，加上一部分按公司制度发的津贴和奖励。新人第一年收入不稳定是常态，有人三个月就离开了，也有人第二年慢慢起来了。谁跟你说“入职就月入过万”，你就当听个笑话。

2. 要持证、要执业登记。
入职以后要参加岗前培训，完成执业登记才能展业，不是交个表格就能卖保险。

3. 不用自己先买一份。
有人说“做保险都要先给自己买”，公司没有这个要求，我也不会要求。你觉得自己需要保障，那是另一回事。

4. 有几条红线，碰了就走人。
不炒停售、不返佣返现、不说“保本”“稳赚”、不把保险说成存款、不乱发客户信息。这些不是我定的，是监管和公司的规定，也是对你自己的保护。

5. 适合什么人？
愿意长期学习、能接受被拒绝、真心觉得保障有用的人。

想聊聊的，可以加我微信或者打我电话{OWN_2}（工作日），我叫邵俊杰，在明德人寿城东营业部。先聊，不急着决定。""",
  [],
  "Clean: honest recruiting article; red-line phrases appear only as prohibitions; author's own phone.",
  {"name": "邵俊杰", "phone": OWN_2})

P("moments", "caption", REC, """姐妹们！这个月公司加佣了！！！🎉
重疾险本月加佣20%，年金加15%，还有第四季度推动方案，达成的直接奖励三亚游✈️
方案截图我放评论区了，想入行的抓紧，这个月进来正好赶上～
#保险代理人 #增员 #宝妈副业""",
  [("confidential_info", "本月加佣20%"), ("confidential_info", "年金加15%"),
   ("confidential_info", "第四季度推动方案")],
  "Publishes an internal commission top-up and a quarterly incentive scheme.",
  {"name": "秦悦", "phone": None})

P("toutiao", "article", REC, """个险渠道“报行合一”落地一年多：代理人收入结构在发生哪些变化？

自从监管部门要求人身险“报行合一”以来，个险渠道也被纳入管理范围。所谓“报行合一”，是指保险公司向监管报送的产品费用假设，要与实际执行的费用一致，不能一边报得低、一边给渠道发得高。

从行业公开的讨论看，变化主要有几点：一是长期险佣金倾向于分多年递延发放，首年一次性拿大头的情况减少；二是部分公司调整了新人津贴，更看重留存和持续服务；三是“高佣金冲业绩”的打法越来越难。

多位团队长在接受采访时表示，增员的话术也要跟着变。过去常见的“首年拿多少”的宣传不再合适，一方面费用政策属于公司内部经营信息，另一方面也容易引发误导。

对想入行的人来说，业内人士的建议是：把这份工作当作长期的专业服务，而不是短期的高收入机会；入职前问清楚培训、考核和职业发展路径，而不是只问“提成多少”。

（本文根据公开资料整理，不构成任何投资或职业建议。）""",
  [],
  "Clean: news-style piece on 报行合一 and agent pay, no company rates or internal figures.",
  None)

P("douyin", "caption", REC, """想找一份稳定的工作？来我们公司！我们是国企控股，国家兜底，永远不会倒闭💪
不用考证，不用坐班，带客户来一单就有提成，介绍一个客户给你1000块，亲戚朋友都算！
宝妈在家刷刷手机就能赚钱～ 私信“了解”👇""",
  [("false_authority", "国家兜底"), ("false_authority", "永远不会倒闭"),
   ("improper_inducement", "介绍一个客户给你1000块"), ("improper_inducement", "带客户来一单就有提成")],
  "Recruiting caption: state-backing claims and referral fees to unlicensed people.",
  {"name": "秦悦", "phone": None})

P("moments", "poster_text", REC, f"""明德人寿 · 城西营业部 2027年春季招募

岗位：保险代理人（需完成执业登记）
要求：年满20周岁，高中及以上学历，无不良记录
我们提供：
· 四周岗前培训（产品、条款、合规、客户服务）
· 一对一带教，前三个月陪访
· 佣金+绩效津贴，按公司制度发放，不承诺固定收入
说明：本营业部不收取任何培训费、押金；不要求新人自购保险。

报名咨询：刘主任 {OWN_6}
报名截止：3月31日（最后一天可现场报名）""",
  [],
  "Clean: recruiting poster; 最后一天 is an event deadline, 不承诺固定收入, own phone.",
  {"name": "刘海洋", "phone": OWN_6})

P("moments", "caption", REC, """团队伙伴们注意⚠️ 本季度考核标准出来了，发出来大家互相监督：
人均FYC考核1.2万，主管FYC 3万，达不成的下季度直接降级
新人前三个月每月至少3件，折标保费不低于6000
想加入的朋友也可以看看，我们团队就是这么拼的😤 不拼你来干嘛""",
  [("confidential_info", "人均FYC考核1.2万"), ("confidential_info", "主管FYC 3万"),
   ("confidential_info", "折标保费不低于6000")],
  "Internal assessment targets (FYC, 折标) posted publicly as a recruiting boast.",
  {"name": "闫冬梅", "phone": None})

P("moments", "caption", REC, """做了七年保险，我给想入行的人讲几句“不好听”的：
如果有人跟你说“这行稳赚不赔”“入职三个月买车”“不用考证马上赚钱”——快跑。
如果有人让你先自己买一份保单“表决心”——快跑。
如果团队的主管天天教你“说快停售了客户就会买”“给客户返点就能签单”——快跑。
我们团队的规矩很简单：讲条款、讲责任免除、讲犹豫期，客户签字前把风险说清楚。收入慢一点，但晚上睡得着。
想了解的，评论区聊。""",
  [],
  "Clean: recruiting video caption that quotes bad recruiting and sales talk (稳赚不赔, 快停售了, 返点) to reject it.",
  {"name": "周立伟", "phone": None})

P("xiaohongshu", "caption", REC, """宝妈副业｜在家带娃也能月入3w💰 我是怎么做到的
✨我们是业绩天花板团队，去年全省第一
✨时间自由，接娃、做饭都不耽误
✨上个月我帮客户李秀兰阿姨理赔了20万，阿姨送了锦旗，超有成就感❤️
感兴趣的姐妹戳我～带你入行👭
#宝妈副业 #保险 #居家创业 #自由职业""",
  [("ad_absolute", "业绩天花板团队"), ("ad_absolute", "全省第一"), ("pii_name", "李秀兰")],
  "Recruiting note: 天花板, 全省第一 without source, and a customer's full name in a claim anecdote. The income hook (月入3w) has no taxonomy code and is unlabelled.",
  {"name": "秦悦", "phone": None})

P("wechat_mp", "article", REC, """【团队介绍】我们是谁

明德人寿成立于2004年，经原保监会批准设立，总部在南京，目前在全国有二十多家分公司。我们的营业部在城东，团队现有伙伴四十二人，其中一半以上是转行过来的：有老师、有护士、有做外贸的。

我们做什么：主要给家庭做保障规划，重疾、医疗、意外、定寿，也有一部分养老和教育金。

我们怎么带新人：
第一个月：岗前培训，考试通过并完成执业登记；
第二、三个月：跟着老伙伴陪访，先听后讲；
第四个月起：独立展业，每周一次案例复盘。

我们的原则：每一份保单都要讲清楚保什么、不保什么；不拿保险和存款比收益；有分红的产品一定讲清楚分红不确定。

如果你对这份工作感兴趣，欢迎来营业部喝杯茶，了解清楚再做决定。""",
  [],
  "Clean: team introduction; corporate history line '经原保监会批准设立' is a do-not-flag example.",
  {"name": "邵俊杰", "phone": OWN_2})

P("moments", "caption", REC, """晒一下我上个月的收入单📄 不是炫耀，是想告诉还在犹豫的朋友，这行真的能做！
到手：16,280
FYC：31,500，季度奖励达成✔️
产品佣金率给大家参考：重疾首年35%，医疗18%，年金8%，懂的都懂
想改变的，来找我👊""",
  [("confidential_info", "FYC：31,500"), ("confidential_info", "重疾首年35%"),
   ("confidential_info", "医疗18%"), ("confidential_info", "年金8%")],
  "Pay slip with FYC figure (internal metric, labelled) and per-product commission rates; the agent's own take-home amount is not labelled.",
  {"name": "闫冬梅", "phone": None})

P("xiaohongshu", "comment_reply", REC, """问：做保险是不是一定要先给自己和家里买一份？不买就不让入职？
答：不是的哈。我们公司没有这个要求，我带的新人也从来不要求。你自己觉得家里缺保障，可以按需配置，但那是你的个人选择，跟入职没关系。
另外也提醒一下，如果有团队要求你“先买一份表决心”或者“自保件冲业绩”，这种做法本身就不对，遇到了可以直接跟公司反映。""",
  [],
  "Clean: comment reply about self-purchase pressure, rejecting it.",
  {"name": "韦晴", "phone": OWN_4})

P("douyin", "caption", REC, """加入我们，你卖的都是市场上最好的产品，客户抢着买！
而且自己买保险公司补贴50%，相当于半价给家人上保障，内部福利外面没有👀
团队长手把手带，三个月不出单算我的！""",
  [("ad_absolute", "最好的产品"), ("improper_inducement", "自己买保险公司补贴50%")],
  "Recruiting caption: superlative about products and a 50% premium subsidy on agents' own purchases (off-rate discount).",
  {"name": "秦悦", "phone": None})
P("wechat_mp", "article", REC, """新人训第三期结营啦｜附下一期报名方式

上周五，我们营业部第三期新人训结营了，十一位伙伴全部通过结业考试📚
四周里我们学了：保险基础与法规、重疾/医疗/意外产品条款、健康告知与核保、理赔流程、销售合规与消费者权益保护、客户沟通。
印象最深的是合规那一课，讲师把真实的处罚案例一个个拿出来讲：有人在朋友圈发“最后三天停售”被罚，有人给客户返佣被取消执业资格。大家都说，原来“会说话”和“说错话”只差一句。

第四期计划4月8日开班：
· 报名截止：4月1日，最后一天请在下午五点前提交材料
· 培训地点：营业部三楼培训室
· 费用：免费，不收押金

欢迎对保险行业感兴趣的朋友报名，也欢迎先来旁听一节课再决定。""",
  [],
  "Clean: training recap; quotes punished phrases ('最后三天停售', 返佣) as cautionary cases; 最后一天 for enrolment.",
  {"name": "邵俊杰", "phone": OWN_2})

P("video_channel", "caption", REC, """入行的朋友看过来🙋‍♀️ 我们团队主推的这款增额终身寿，比存款划算太多，自己配置也香！
银行三年定期才1.5，我们这款写进合同的3.0复利，闭着眼睛都知道怎么选😏
想入行的，先从给自己存一份开始～""",
  [("deposit_comparison", "比存款划算太多"), ("deposit_comparison", "银行三年定期才1.5"),
   ("ad_absolute", "闭着眼睛"), ("deposit_comparison", "给自己存一份")],
  "Recruiting post doubling as product pitch: deposit comparison and deposit vocabulary.",
  {"name": "闫冬梅", "phone": None})

P("moments", "caption", REC, """真实的保险代理人第一年是什么样？
第一个月：背条款背到怀疑人生；
第一单：是我表姐，签完我比她还紧张，犹豫期那十五天我天天睡不好；
第一次被拒：被一个阿姨说“你们卖保险的都是骗子”，回家哭了一场；
第一年：签了23单，收入比上班的时候少，但我学会了看懂一份合同。
不劝你来，也不劝你别来。想清楚自己要什么。""",
  [],
  "Clean: first-person agent diary full of 第一 (time words); '骗子' is reported speech from a stranger, not about a competitor.",
  {"name": "韦晴", "phone": OWN_4})

P("moments", "caption", REC, """内部消息，只发给想入行的朋友👇
下个月公司新品重疾要上线，费率比现在这款低一截，佣金也比现在高，核保还放宽了（内部培训材料截图，看完删）
现在入职刚好赶上新品培训，别说我没提醒你们😉""",
  [("confidential_info", "内部消息"), ("confidential_info", "下个月公司新品重疾要上线"),
   ("confidential_info", "内部培训材料截图")],
  "Leaks an unreleased product and internal training material to lure recruits.",
  {"name": "秦悦", "phone": None})

P("moments", "poster_text", REC, """【招聘】保险代理人 / 客户服务专员
公司：永安泰和人寿保险股份有限公司 李家湾营业部
工作内容：家庭保障规划咨询、保单服务、理赔协助
任职要求：大专及以上；沟通能力良好；能通过执业登记
我们提供：系统培训｜导师带教｜合规辅导
收入构成：佣金+绩效津贴（以公司制度为准，无固定底薪承诺）
地址：营业部（地铁三号线李家湾站B口）
联系人：王老师（营业部固定电话 027-8xxx2210）""",
  [],
  "Clean: recruiting poster; company and branch names contain surname-like characters (永安, 李家湾), masked office line, no rates.",
  {"name": "王锦程", "phone": None})

P("douyin", "caption", REC, f"""给想入行的姐妹们看看我们怎么服务客户的💪 昨天帮客户张志强大哥办的理赔，资料全是我跑的
身份证：{ID_2}
银行卡：{CARD_2}
三天到账！这就是专业！想学的来找我，手把手教你怎么给客户办事～""",
  [("pii_name", "张志强"), ("pii_id_card", ID_2), ("pii_bank_card", CARD_2)],
  "Recruiting boast exposes a customer's full name, ID number and bank card.",
  {"name": "闫冬梅", "phone": None})

P("wechat_mp", "article", REC, """问答｜关于“做保险能挣多少”，我只能这样回答

后台最多的问题是：“你们一个月能挣多少？”“佣金比例多少？”

先说佣金比例。各家公司、各款产品的费用政策不一样，属于公司的经营信息，我不能公开发。你去面试的时候可以问营业部，但要注意，正规的团队会把制度讲清楚，而不是拿一张“首年XX%”的海报来吸引你。

再说收入。我们营业部去年的情况是：做满一年的伙伴里，收入差距非常大，有的跟原来上班差不多，有的明显低于原来，少数人高一些。我不会给你一个“平均月入”的数字，因为那个数字对你没有参考意义。

最后说一句：这行的收入跟你服务的客户数量、续保续期、长期口碑有关，很难“快”。如果你想要的是快速、稳定、确定的收入，那它可能不适合你。""",
  [],
  "Clean: refuses to publish commission rates or income figures; discusses 首年XX% posters critically.",
  {"name": "周立伟", "phone": None})

P("moments", "comment_reply", REC, """回复@小鱼儿不吃鱼：佣金率这个不好在这说哈，私聊发你截图～简单说就是重疾首年45个点，年金十个点左右，续佣另算。我们团队上个月人均收入1.8w，比你现在的班香多了😄""",
  [("confidential_info", "重疾首年45个点"), ("confidential_info", "年金十个点左右")],
  "Comment reply leaks commission rates in '个点' wording while claiming it can't be discussed.",
  {"name": "秦悦", "phone": None})

P("douyin", "caption", REC, """30岁，从银行柜员转行做保险代理人的第二年。
以前在银行的时候，我看到过太多被“理财”“存款”说法带着买了分红险的老人，后来我自己做这行，给自己定了一条：保险就说是保险。
这条视频不是卖产品，也不是劝你入行，只是记录一下。
#职场转行 #保险代理人 #真实记录""",
  [],
  "Clean: agent describing her own bank background and past misselling she witnessed.",
  {"name": "韦晴", "phone": OWN_4})
# ================================================================ xiaohongshu
XHS = "xiaohongshu"

P("xiaohongshu", "article", XHS, """25岁打工人第一次给自己买保险🧾 全过程记录

之前一直觉得保险离我很远，直到去年同事突然住院，花了七八万，我才开始研究😶‍🌫️
花了差不多两个月，看条款看到头秃，最后配了这几样👇

1️⃣ 百万医疗：一年三百多，最高保额600万，一万免赔，保证续保20年（这个我特意看了条款，是写着的）
2️⃣ 重疾险：保额50万，保到70岁，交30年，一年三千出头。等待期90天⚠️
3️⃣ 意外险：一年一百多，意外医疗0免赔

💡 几个心得：
· 健康告知一定要认真看！我有过敏性鼻炎，问了客服，这个不在告知范围里才放心买的
· 不要只看保费，要看责任免除
· 别被“返现”“送礼品”吸引，那都不是好事

不是广告！！都是自己掏钱买的，产品名就不放了，大家根据自己情况选～
#保险 #第一次买保险 #打工人 #重疾险 #百万医疗""",
  [],
  "Clean: consumer note; 最高保额600万 and 保证续保20年 are product specs, 返现 appears as a warning.",
  None)

P("xiaohongshu", "article", XHS, """🔥全网最划算的医疗险！！闭眼入不亏🔥
姐妹们我真的要安利这个！一年才两百多！！
✔️ 什么都能报，门诊住院都管
✔️ 带病也能买，带病也能赔
✔️ 我妈高血压都买了😭
现在不买等着明年涨价吗？？链接在主页，私我发你💌
#医疗险 #保险推荐 #闭眼入 #省钱攻略""",
  [("ad_absolute", "全网最划算的"), ("ad_absolute", "闭眼入", 1), ("coverage_exaggeration", "什么都能报"),
   ("coverage_exaggeration", "带病也能买"), ("coverage_exaggeration", "带病也能赔"), ("stop_sale_hype", "等着明年涨价"), ("ad_absolute", "闭眼入", 2)],
  "Superlatives, coverage overstated, price-rise urgency; 闭眼入 also used as a hashtag.",
  {"name": "小柚子爱分享", "phone": None})

P("xiaohongshu", "article", XHS, """去银行存钱结果买成了保险😮‍💨 大家引以为戒

上个月陪我爸去银行存定期，大堂一个小姐姐热情地说“叔叔，有一款存款利息更高，五年期的”，我爸一听就心动了。
签字签到一半我觉得不对，拿过来一看，合同上写的是“XX两全保险（分红型）”😳 我问她这是保险吧？她说“差不多，就是收益高一点的存款”。

回家我查了一下才知道：
❗ 分红险不是存款，分红是不确定的，计划书上的演示收益不代表实际能拿到
❗ 前几年退保会亏本金
❗ 银行员工把保险说成存款，本身就是违规的

最后我们在犹豫期内去退掉了，全额退回，没有损失。
分享出来是希望大家陪父母去银行的时候多看一眼合同名字。
#防骗 #银行理财 #保险避坑 #父母""",
  [],
  "Clean: consumer reports misselling (保险说成存款) and explains it correctly; 犹豫期 refund.",
  None)

P("xiaohongshu", "article", XHS, f"""我妈的重疾理赔终于下来了🙏 记录一下全过程

妈妈周桂芳，今年58，去年十月在省人民医院确诊胃癌（中期），做了手术。她五年前在舅舅介绍下买了一份重疾险，保额二十万。
理赔过程：
📍 10.20 提交材料（病理报告、出院小结、身份证{ID_3}、银行卡）
📍 10.28 保险公司调查员来家里了解情况
📍 11.05 赔款到账，保单号 GR2019330187734
整体还算顺利，调查员人也挺好的。
想说的是：爸妈的保险一定要早点配，真的有用😭
#重疾险 #理赔 #胃癌 #家人健康""",
  [("pii_name", "周桂芳"), ("pii_health", "胃癌（中期）"), ("pii_id_card", ID_3),
   ("pii_policy_number", "GR2019330187734")],
  "Consumer note exposes her mother's full name, diagnosis, ID number and policy number.",
  None)

P("xiaohongshu", "article", XHS, """💰存钱小妙招｜每月存1000，60岁多拿几十万
打工人存不住钱的看过来👀
我今年开始把每月1000块放进了一款分红型年金，比放银行强多了，银行利息越来越低，这个是合同保证+每年分红🎉
✨ 保本！保本！保本！重要的事情说三遍
✨ 每年分红，越滚越多
✨ 60岁开始领，活多久领多久
真的是打工人最稳的存钱方式，强烈推荐👍
想了解的姐妹评论区扣1，我让我的保险顾问私你～
#存钱 #理财 #年金险 #养老""",
  [("deposit_comparison", "存钱小妙招"), ("deposit_comparison", "比放银行强多了"), ("guaranteed_return", "保本！保本！保本！"),
   ("guaranteed_return", "每年分红，越滚越多"), ("deposit_comparison", "最稳的存钱方式"), ("ad_absolute", "最稳的"), ("missing_disclosure", None)],
  "Participating annuity framed as savings, 保本 repeated, dividends implied certain, no uncertainty statement. '最稳的存钱方式' labelled both deposit_comparison (insurance as savings) and ad_absolute (最稳).",
  {"name": "打工人小林", "phone": None})

P("xiaohongshu", "article", XHS, """保险避坑清单📝 听到这些话请立刻警惕！

做了三年保险经纪人助理，整理了一份客户最容易被坑的话术👇

❌ “稳赚不赔”“保本保息” → 分红、万能、投连的收益都不确定
❌ “马上停售，最后三天” → 停售要公司发公告，销售人员不能提前说
❌ “比存款划算” → 保险不是存款，不能简单比利率
❌ “什么都保”“无条件理赔” → 所有产品都有责任免除
❌ “不用健康告知”“两年后必赔” → 不如实告知可能拒赔、解约
❌ “买保险送手机/返现” → 合同外利益是违规的
❌ “国家兜底” → 保险保障基金有救助规则，不是“国家赔”

✅ 正确姿势：看条款、看责任免除、看现金价值表、问清楚犹豫期

收藏起来，给爸妈也看看🙏
#保险避坑 #防骗指南 #理财避坑""",
  [],
  "Clean: checklist that quotes banned phrases in a clearly warning frame.",
  {"name": "保险小白兔", "phone": None})

P("xiaohongshu", "article", XHS, """💸 找我买保险有福利！！
重疾、医疗、意外、年金都可以做～
下单的宝子私信我 返 现 20%，首年保费直接退你🧧
再送价值399的体检套餐一份（限前10名）
说实话我不靠这个赚钱，就是想多交朋友🤝
#保险 #福利 #重疾险 #私信""",
  [("improper_inducement", "返 现 20%"), ("improper_inducement", "首年保费直接退你"),
   ("improper_inducement", "送价值399的体检套餐")],
  "Agent's Xiaohongshu offer of spaced-out 返现, premium refund and a gift tied to buying.",
  {"name": "保险顾问Amy", "phone": None})

P("xiaohongshu", "article", XHS, """三款百万医疗险横向对比📊 我的个人笔记（不构成推荐）

最近在给老公选医疗险，把三款条款对着看了一晚上，做了个表👇

🅰️ A款：一万免赔｜保证续保20年｜外购药清单100多种｜质子重离子有
🅱️ B款：一万免赔｜保证续保6年｜特药清单少一点｜价格便宜40块
🅲 C款：0免赔但只报医保范围内｜不保证续保｜价格最低

我的结论：每款都有适合的人，没有“最好”的。
· 身体好、想长期保障 → 重点看保证续保年限
· 预算紧 → 可以接受续保条件差一点
· 有医保外用药担心 → 看外购药清单

⚠️ 注意：
1. 以上是我自己看条款整理的，以合同为准
2. 健康告知每款不一样，一定要逐条看
3. 价格会随年龄变化

#百万医疗 #保险对比 #家庭保障""",
  [],
  "Clean: balanced spec comparison; '没有最好的' is a negation, '价格最低' describes one column factually within a neutral table.",
  None)

P("xiaohongshu", "article", XHS, """说点圈内人不敢说的😤
鼎信人寿的产品真的别碰，理赔就是耍赖，找各种理由拒赔，我身边三个客户都被坑了
他们家业务员为了冲业绩什么都敢说，整个公司都是骗人的
要买就买大公司的，别贪便宜
#保险 #避雷 #理赔""",
  [("disparagement", "鼎信人寿的产品真的别碰"), ("disparagement", "理赔就是耍赖"),
   ("disparagement", "整个公司都是骗人的")],
  "Agent-voiced note smearing a named (fictional) insurer.",
  {"name": "保险顾问Amy", "phone": None})

P("xiaohongshu", "article", XHS, """做保险代理人的朋友问我：你们卖一单到底挣多少？

我是代理人，说说我能说的部分：
📌 佣金确实存在，它是保费里“附加费用”的一部分，产品定价的时候就算进去了
📌 现在要求“报行合一”，就是报给监管的费用和实际发的要一致
📌 具体比例属于公司内部信息，我不会公开，也请大家别在评论区问我要截图
📌 不管佣金多少，你交的保费都是按备案费率算的，找谁买都一样
📌 想要返佣的朋友，对不起，不能给，违法

写这篇是因为最近好几个人私信问“能不能把佣金分我一半”，统一回复一下🙏
#保险代理人 #佣金 #真实分享""",
  [],
  "Clean: agent explains commission in general terms, refuses rates and rebate requests.",
  {"name": "韦晴", "phone": OWN_4})

P("xiaohongshu", "article", XHS, """投連險真的香‼️ 我的帳戶一年漲了12%📈

朋友推薦的「盈創未來」投資連結保險，去年買的，今年打開一看帳戶價值漲了12%！
業務員說這個保證收益，穩賺不虧，最差也比銀行定存強🏦
而且還有身故保障，一舉兩得～
想要鏈接的寶子私我💌
#投連險 #理財 #保險 #收益""",
  [("guaranteed_return", "保證收益"), ("guaranteed_return", "穩賺不虧"),
   ("deposit_comparison", "最差也比銀行定存強"), ("missing_disclosure", None)],
  "Traditional-character note on an investment-linked product: guaranteed/no-loss claims, deposit comparison, no investment-risk statement.",
  {"name": "理財小達人Kiki", "phone": None})

P("xiaohongshu", "article", XHS, """犹豫期最后一天，我去退了保😅 分享一下经历

上周脑子一热在朋友推荐下买了一份年金，回家越想越不对：每年两万交十年，我根本没那么多闲钱。
查了一下，犹豫期是十五天，犹豫期内退保，保险公司退还全部保费（扣除最多不超过10元的工本费）。
我算了一下，那天刚好是犹豫期最后一天！下午请假去柜台办的，大概半小时搞定，三个工作日退款到账。

📝 总结：
· 签完合同一定记下犹豫期起止日
· 过了犹豫期再退，退的是现金价值，前几年会亏不少
· 买之前想清楚这钱是不是长期闲钱

#犹豫期 #退保 #保险小知识""",
  [],
  "Clean: 犹豫期最后一天 is the customer's own policy date, not stop-sale hype.",
  None)
P("xiaohongshu", "article", XHS, """🚨预定利率下调前最后上车🚗 错过再等一年！！
姐妹们听说下个月利率又要降了，现在这款增额寿还能锁定，下月1号就换新版本了⏰
最后一波高收益，手慢无❗️❗️
我自己已经给女儿买了一份，趁还没停赶紧～
私我发计划书📩
#增额终身寿 #预定利率 #末班车 #给孩子的礼物""",
  [("stop_sale_hype", "预定利率下调前最后上车"), ("stop_sale_hype", "错过再等一年"),
   ("stop_sale_hype", "下月1号就换新版本了"), ("stop_sale_hype", "最后一波高收益"),
   ("stop_sale_hype", "手慢无"), ("stop_sale_hype", "趁还没停赶紧"), ("stop_sale_hype", "#末班车")],
  "Rate-cut countdown hype, including a hashtag 末班车.",
  {"name": "小柚子爱分享", "phone": None})

P("xiaohongshu", "article", XHS, """个人养老金账户开了吗？我的开户+买保险记录🧓🏻

今年终于把个人养老金账户开了，记录一下👇
📌 是什么：国家推出的个人养老金制度，每年最多存12000元，可以在个税汇算的时候按规定扣除，领取的时候按3%单独计税
📌 能买什么：储蓄、理财、基金、商业养老保险，都是名单里的产品
📌 我怎么配的：一半放了专属的养老年金保险，一半放了养老目标基金

⚠️ 注意：
· 钱要到退休才能取（特殊情况除外），流动性很差
· 基金是可能亏的，保险产品要看清楚保证部分和不确定部分
· 税优力度因人而异，收入低的人可能没什么节税效果

不是推荐，就是分享，大家按自己情况来～
#个人养老金 #养老规划 #税优""",
  [],
  "Clean: 个人养老金 described as a national policy (true), balanced risks.",
  None)

P("xiaohongshu", "article", XHS, """确诊甲状腺癌的第100天，聊聊我自己的保险🌱

去年体检查出甲状腺结节，穿刺以后确诊了甲状腺乳头状癌。是的，我自己，29岁😶
幸好两年前工作稳定以后，我给自己配了重疾和医疗。写下这些是想给大家一点参考：

💊 我的重疾险：甲状腺癌在我这份合同里按轻度恶性肿瘤赔，赔了保额的30%。很多新产品都是这样处理的，不是全额赔，投保前要看清楚
🏥 医疗险：手术住院一共花了三万多，医保报完以后，扣掉一万免赔额，剩下的报了
📄 理赔材料：病理报告最关键

现在恢复得挺好，每天吃优甲乐。
也想提醒一句：有结节的朋友，买保险前如实告知，别听别人说“不说也能赔”。
#甲状腺癌 #重疾险 #理赔 #抗癌日记""",
  [],
  "Clean: the author shares her own diagnosis (not a third party); honest about partial payout; '不说也能赔' quoted as a warning.",
  {"name": "向阳而生的小鹿", "phone": None})

P("xiaohongshu", "article", XHS, f"""保险顾问日常｜今天去给客户送保单啦📦
客户赵雅婷家在杭州市拱墅区湖墅南路188号3幢1单元502，刚装修好的房子超美✨
小姐姐给自己和宝宝都配齐了，重疾+医疗+意外，一家人的保障安排得明明白白～
她说以后孩子的教育金也交给我了，被信任的感觉真好🥰
需要的朋友也可以找我规划，我的电话{OWN_5}
#保险顾问 #送保单 #日常vlog #家庭保障""",
  [("pii_name", "赵雅婷"), ("pii_address", "杭州市拱墅区湖墅南路188号3幢1单元502")],
  "Agent's vlog note exposes a customer's full name and home address; the agent's own phone is not a finding.",
  {"name": "赵一鸣", "phone": OWN_5})

P("xiaohongshu", "article", XHS, """问：保险公司倒闭了，我的保单怎么办？😨 一篇说清楚

最近看到好多人问这个，整理一下我查到的资料：
1️⃣ 保险法第九十二条：经营人寿保险业务的公司被撤销或破产的，其持有的人寿保险合同及责任准备金，必须转让给其他经营有人寿保险业务的保险公司；不能同其他保险公司达成转让协议的，由国务院保险监督管理机构指定接受转让
2️⃣ 保险保障基金：按保险法设立，在保险公司被撤销、破产等情况下，对保单持有人按规定比例给予救助，不是无限兜底，有比例和限额
3️⃣ 所以“保单会被转给别家继续有效”是有法律依据的，但“不管怎样一分不少”这种说法并不准确，尤其是投资类、非保证的部分

💡 我的建议：选公司的时候可以看看它公开的偿付能力报告和风险综合评级，这些官网都有披露
#保险知识 #保险法 #理财常识""",
  [],
  "Clean: accurate account of 保险法 art 92 and 保险保障基金 with limits; rejects '一分不少'.",
  None)

P("xiaohongshu", "article", XHS, """🏆权威推荐｜经金融监管总局审批的好产品，安全有保障！
这款「安福一生」终身寿是保险行业协会专家推荐的，国家背书，放心买👍
✔️ 保额每年递增
✔️ 监管认证，正规产品
✔️ 身故全残都保
需要的宝子评论区留言～
#终身寿 #保险 #家庭保障""",
  [("false_authority", "经金融监管总局审批的好产品"), ("false_authority", "安全有保障"),
   ("false_authority", "保险行业协会专家推荐的"), ("false_authority", "国家背书"),
   ("false_authority", "监管认证")],
  "Regulator approval framed as a quality guarantee, association/expert endorsement, 国家背书.",
  {"name": "保险顾问Amy", "phone": None})

P("xiaohongshu", "article", XHS, """体检前后买保险的小建议🩺（个人经验）

🔸 最好先体检再投保：很多人反过来，先买了再体检，结果查出问题就尴尬了。如果体检有异常，如实告知，核保结果会更清楚
🔸 最佳投保年龄？没有绝对的答案，但一般来说越年轻保费越便宜、核保越容易
🔸 体检报告里的“建议复查”一定要复查完再投保，不然核保可能会延期
🔸 健康告知绝对不能隐瞒病史，这个是底线
🔸 有些产品免体检额度内不用体检，但不等于不用健康告知！

我是做健康管理的，不卖保险，纯分享🙋‍♀️
#体检 #保险小知识 #健康告知""",
  [],
  "Clean: had-better advice (最好先体检, 最佳投保年龄, 绝对不能隐瞒) per the ad_absolute exemptions.",
  None)

P("xiaohongshu", "comment_reply", XHS, """回复@橘子汽水：资料我已经发到客户邮箱 linxiaoyu_1994@163.com 啦，林晓雨你收到回我一下哈～保单电子版也在附件里，有问题随时找我😊""",
  [("pii_email", "linxiaoyu_1994@163.com"), ("pii_name", "林晓雨")],
  "Public comment reply exposing a customer's personal email and full name.",
  {"name": "保险顾问Amy", "phone": None})

P("xiaohongshu", "article", XHS, """👑重疾险之王来了！2027必买清单NO.1
这款「康宁守护」真的是重疾天花板，我研究了三十多款，没有能打的
✔️ 120种重疾+中症+轻症
✔️ 甲状腺结节、乳腺结节、高血压都能买，有病也能赔🙌
✔️ 癌症多次赔
宝子们冲就完事了！
#重疾险 #必买清单 #保险测评""",
  [("ad_absolute", "重疾险之王"), ("ad_absolute", "必买清单NO.1"), ("ad_absolute", "重疾天花板"),
   ("ad_absolute", "没有能打的"), ("coverage_exaggeration", "高血压都能买"), ("coverage_exaggeration", "有病也能赔")],
  "Superlative ranking language and 'illness-already-have can be paid'.",
  {"name": "理財小達人Kiki", "phone": None})

P("xiaohongshu", "article", XHS, """给宝宝选少儿重疾的过程🍼 最后选了「最美童年」

先说明：「最美童年」是产品名字，不是我夸它最美哈哈哈😂
选的过程：
1. 预算：一年一千五左右
2. 保额：五十万，最高可以投到八十万，我们先买五十万
3. 保障期：保到30岁，孩子长大以后自己再配
4. 特别关注：少儿特疾额外赔付、白血病额外赔

⚠️ 最后说几个我踩过的坑：
· 宝宝出生时有黄疸住院，这个健康告知里有问到，我如实写了，核保通过
· 等待期180天内出险不赔，我问了好几遍
· 有的产品带“返还”，保费贵很多，我没选

以上是我自己的选择，每家情况不一样～
#少儿重疾 #新手妈妈 #宝宝保险""",
  [],
  "Clean: product name contains 最 (trademark exemption), 最高可以投到八十万 is a spec, 返还 is a product category.",
  None)

P("xiaohongshu", "article", XHS, f"""理赔服务记录🗂️ 今天帮客户处理了理赔款收款账户变更
客户：陈振华
手机：{PH_4}
新的收款卡：{CARD_1}
身份证：{ID_1}
流程走完了，预计三个工作日到账。做保险最重要的就是服务！
#保险服务 #理赔 #保险代理人""",
  [("pii_name", "陈振华"), ("pii_phone", PH_4), ("pii_bank_card", CARD_1), ("pii_id_card", ID_1)],
  "Service-log post dumping a customer's name, phone, bank card and ID.",
  {"name": "保险顾问Amy", "phone": None})

P("xiaohongshu", "article", XHS, """意外险到底赔什么、不赔什么🤔 一张图说明白

✅ 一般会赔：
· 意外身故/伤残（按伤残等级比例赔）
· 意外医疗（按条款的免赔额和比例）
· 部分产品有意外住院津贴

❌ 一般不赔（看责任免除）：
· 猝死（除非单独附加猝死责任）
· 酒驾、无证驾驶、醉酒期间的意外
· 高风险运动（潜水、攀岩、跳伞等，部分产品除外）
· 故意自伤、犯罪行为
· 职业类别不符

📌 小提示：意外险一般没有等待期，第二天零时生效；但附加的医疗或津贴可能有。
📌 别信“啥情况都能赔”，买之前把责任免除那一页拍下来看一遍。
#意外险 #保险知识 #避坑""",
  [],
  "Clean: accident-cover explainer; 酒驾 is listed as an exclusion, '啥情况都能赔' is rejected.",
  None)

# ================================================================ extra posts (evasive spellings, hard cleans)
P(VC, "live_script", LIVE, """（视频号直播，主播口播，弹幕实时念）
好，“大橙子”问：“主播，这个年金到底靠不靠谱？”靠谱啊！我跟你们讲，这个东西 wzbp 的，懂的都懂，我不能说全，平台会限流哈哈。
“wzbp是啥？”你品，你细品，四个字，稳……对，就那个意思。
然后 bǎo 本 是肯定的，你交多少进去，到时候只多不少，合同里写着呢，本金一分不动，利息照样拿。
“能不能便宜点？”价格是公司定的我改不了，但是你私信我，返 yong 的事情我们私下聊，老客户都知道我的规矩，我从来不亏待家人们。
“什么时候停？”我只能说，T售 通知已经在路上了，信不信由你，反正上一款就是这么没的。
“多少钱起？”一年五千起，交五年，第六年开始领，每年都能领，领到终身。
“能给孩子买吗？”能，零岁到六十岁都能买，给孩子买是从小就开始攒。
“中途急用钱怎么办？”可以保单贷款，额度是现金价值的一定比例，按合同约定计息。
好，想要的扣“年金”，我们一个一个来，别急，今天人多，助理会挨个私信，大家耐心等一下。""",
  [("guaranteed_return", "wzbp", 1), ("guaranteed_return", "bǎo 本 是肯定的"), ("guaranteed_return", "只多不少"),
   ("deposit_comparison", "本金一分不动，利息照样拿"), ("improper_inducement", "返 yong"),
   ("stop_sale_hype", "T售 通知已经在路上了")],
  "Evasive spellings: initials (wzbp = 稳赚不赔), pinyin with tone mark, homophone 返yong, T售; deposit vocabulary 本金/利息.",
  {"name": "甘甜", "phone": None})

P(VC, "live_script", LIVE, """各位晚上好，开始之前先做一个通知，这个是公司的正式公告，我原文给大家念一下，然后就回到今天的主题。
“明德人寿保险股份有限公司关于‘安盈宝’两全保险停止销售的公告：根据公司经营安排，本公司‘安盈宝’两全保险将于2027年1月31日24时起停止销售。停售前已承保的保单，保险责任不受影响，继续按照合同约定履行。特此公告。”
公告在公司官网“公开信息披露—公告”栏目可以查到，发布日期是1月5日。
我说明几点：第一，停售只影响新投保，已经买了的客户，你的保单照常有效，该怎么领怎么领，不用担心，也不用来找我改什么。第二，我不会因为这个公告建议任何人去买这款产品，买不买看你的需求。第三，有朋友问为什么停售，公告没有写原因，我也不去猜。
好，今天的主题是“家庭保障的顺序”。我一直跟大家讲，先大人后孩子，先保障后理财。家里的经济支柱，先把定期寿险、重疾、医疗、意外配好；孩子的医疗和意外其次；教育金、养老金这类规划放在最后，前提是手上有长期不用的闲钱。
问：“预算有限先买哪个？”医疗险和意外险保费低、用得上的概率高，可以先配；预算再多一点加重疾和定寿。
问：“全家一年保费花多少合适？”常见的说法是家庭年收入的百分之五到十，但这只是参考，每家情况不一样。""",
  [],
  "Clean: neutral restatement of an official stop-sale announcement (product, date, source), explicitly no call to buy.",
  {"name": "邵俊杰", "phone": OWN_2})

P("xiaohongshu", "article", XHS, """代理人笔记｜我们公司新上了一款分红型年金，我是这样给客户讲的📒

这篇是公司品宣部审核过的版本，我自己的账号转发～
产品：明德人寿「稳盈年年」年金保险（分红型）
✍️ 保什么：合同约定的年金按时领取（保证部分），另外每年有机会参与分红
✍️ 谁适合：有长期闲钱、能接受前几年退保有损失的人
⚠️ 必须说清楚的：
· 分红险的红利分配是不确定的，某些年度可能为零
· 计划书中的利益演示基于假设，演示利益不代表实际收益
· 前几年退保可能损失本金，请看现金价值表
· 本产品是保险，不是存款，也不是银行理财
有问题可以在评论区问我，我尽量答，涉及你个人情况的私信聊。
#年金险 #分红险 #保险知识""",
  [],
  "Clean: agent reposts an approved participating-annuity note that carries the dividend-uncertainty statement and 不是存款.",
  {"name": "韦晴", "phone": OWN_4})

P("moments", "caption", REC, """📢 团队招新，三月份入职的伙伴福利：
1⃣ 新人首月 yong 金加成30%，第二个月加成20%（团队内部政策，别截图外传）
2⃣ 客户要 fan 点的，团队统一帮你处理，不用你自己掏
3⃣ 周周有培训，月月有旅游✈️
不会？没关系，话术我们都给你准备好了😎 私我！""",
  [("confidential_info", "新人首月 yong 金加成30%"), ("confidential_info", "第二个月加成20%"),
   ("confidential_info", "团队内部政策，别截图外传"), ("improper_inducement", "客户要 fan 点的")],
  "Homophone pinyin for 佣 and 返: internal commission top-ups and an organised rebate practice advertised to recruits.",
  {"name": "闫冬梅", "phone": None})

# ================================================================ build
CATEGORIES = {"ad_absolute", "false_authority", "guaranteed_return", "deposit_comparison", "stop_sale_hype",
              "coverage_exaggeration", "improper_inducement", "disparagement", "confidential_info", "pii_name",
              "pii_phone", "pii_id_card", "pii_bank_card", "pii_address", "pii_email", "pii_policy_number",
              "pii_health", "missing_disclosure"}
CHANNELS = {"wechat_mp", "moments", "weibo", "douyin", "toutiao", "xiaohongshu", "video_channel"}
CTYPES = {"article", "caption", "poster_text", "live_script", "comment_reply"}


def locate(text, phrase, occ, pid):
    positions, i = [], text.find(phrase)
    while i != -1:
        positions.append(i)
        i = text.find(phrase, i + 1)
    if not positions:
        raise SystemExit(f"{pid}: phrase not found: {phrase!r}")
    if occ is None:
        if len(positions) > 1:
            raise SystemExit(f"{pid}: phrase ambiguous ({len(positions)}x), give occurrence: {phrase!r}")
        return positions[0]
    if not 1 <= occ <= len(positions):
        raise SystemExit(f"{pid}: occurrence {occ} of {phrase!r} out of range ({len(positions)})")
    return positions[occ - 1]


def main():
    out, cat_counts, genre_counts = [], Counter(), Counter()
    clean = 0
    seen_text = set()
    for n, p in enumerate(POSTS, 1):
        pid = f"B-{n:04d}"
        text = p["text"]
        assert text not in seen_text, pid
        seen_text.add(text)
        assert p["channel"] in CHANNELS, (pid, p["channel"])
        assert p["content_type"] in CTYPES, (pid, p["content_type"])
        if p["genre"] == "live_transcript" and not 400 <= len(text) <= 1500:
            raise SystemExit(f"{pid}: live transcript length {len(text)} outside 400-1500")
        findings = []
        for lab in p["labels"]:
            cat, phrase = lab[0], lab[1]
            occ = lab[2] if len(lab) > 2 else None
            assert cat in CATEGORIES, (pid, cat)
            if cat == "missing_disclosure":
                assert phrase is None, pid
                findings.append({"category": cat, "start": None, "end": None, "text": None})
            else:
                start = locate(text, phrase, occ, pid)
                end = start + len(phrase)
                assert text[start:end] == phrase
                findings.append({"category": cat, "start": start, "end": end, "text": phrase})
            cat_counts[cat] += 1
        keys = [(f["category"], f["start"]) for f in findings]
        assert len(keys) == len(set(keys)), f"{pid}: duplicate finding"
        findings.sort(key=lambda f: (f["start"] if f["start"] is not None else -1, f["category"]))
        if not findings:
            clean += 1
        genre_counts[p["genre"]] += 1
        out.append({"id": pid, "channel": p["channel"], "content_type": p["content_type"], "genre": p["genre"],
                    "text": text, "account_owner": p["owner"], "findings": findings, "note": p["note"]})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "posts.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"posts: {len(out)}  clean: {clean}  dirty: {len(out) - clean}")
    print("genres:", dict(genre_counts))
    dirty_by_genre = Counter(o["genre"] for o in out if o["findings"])
    print("dirty by genre:", dict(dirty_by_genre))
    print("findings per category:")
    for c in sorted(cat_counts):
        print(f"  {c:24} {cat_counts[c]}")
    print("total findings:", sum(cat_counts.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
