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

PREFIX = "RT2"
POSTS = []
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


GENRES = {"penalty_quote", "court_quote", "news_quote", "marketing", "warning", "guide", "news", "qa"}


def P(channel, content_type, genre, source, note, text, labels=()):
    """One item. Ids are assigned in order (RT2-0001 ...). text is verbatim from the search excerpt."""
    pid = f"{PREFIX}-{len(POSTS) + 1:04d}"
    POSTS.append({"id": pid, "channel": channel, "content_type": content_type, "genre": genre,
                  "text": text, "labels": list(labels), "source": source, "note": note})


# ---- posts: P(channel, content_type, genre, source, note, text, labels) ----
# labels: (category, phrase) or (category, phrase, occurrence); ("missing_disclosure",) is post-level

# RT2-0001
P("wechat_mp", "article", "marketing", "http://bbs.szhsbt.com/archiver/showtopic-7651.aspx",
  "date: n.d.; forum repost of a 公众号 monthly '性价比最高保险清单' critical-illness review",
  "为了帮助大家解决这些难题,公子保险研究团队每月测评全网产品,通过严谨测评模型,筛选出当月性价比最高的保险,供大家参考。\n同时公子团队还会详尽说明产品如何筛选攻略,授人与渔,让大家彻底学会如何选出性价比最高的保险。",
  [("ad_absolute", "性价比最高的保险", 1)])
# RT2-0002
P("wechat_mp", "article", "marketing", "http://bbs.szhsbt.com/archiver/showtopic-7651.aspx",
  "date: n.d.; same review, explains what 重疾险 pays; clean",
  "这就不得不说起重疾险,\n一旦得了某些疾病,达到理赔标准,\n重疾险会把钱一次性给你,\n比如老王,买了50万保额的重疾险,一旦不幸患上重疾,保险公司会把50万的保额直接打到老王账上。")
# RT2-0003
P("wechat_mp", "article", "marketing", "https://www.csai.cn/biji/user/321138.html?page=120&ty=article",
  "date: n.d.; 百万医疗 comparison article (人保关爱 vs 太平共享荣耀); clean comparison based on terms",
  "人保关爱百万医疗,是一款费率上对比其他主流医疗险保费更低的产品,续保稳定性上比每年审核的医疗险种要强很多,且承保责任全,对不少用户来说有一定的吸引力,只是消费者比较担心出过险后是否能再度续保。")
# RT2-0004
P("wechat_mp", "article", "marketing", "https://www.csai.cn/biji/user/321138.html?page=120&ty=article",
  "date: n.d.; same article; 停售 in an explanatory voice; clean",
  "这两款产品在续保审核上比较稳定,有着共同之处,都是通过前两次续保,从第三次续保开始就无需审核。但同样的,两款产品都需要注意停售问题,都有明确指出停售不续保的约定。")
# RT2-0005
P("wechat_mp", "article", "marketing", "https://m.275.com/article/4741.html",
  "date: n.d.; broker blog on 糖尿病 投保; clean",
  "2.有糖尿病能买保险吗?\n虽然糖尿病患者的确要比普通人投保更为受限,但是并不是完全不能买到保险。保险公司也会根据具体的病情来区别对待,只要通过健康告知就能购买。")
# RT2-0006
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/715578.html",
  "date: n.d.; 银行螺丝钉 article on 亚健康 投保; clean",
  "越年轻,越健康,才越容易买到保险,而且保费还便宜;\n-\n一旦年纪大一些,或者身体有一些问题了,能买的保险就少了,甚至想多花钱也买不到了。")
# RT2-0007
P("toutiao", "article", "marketing", "https://zhongan.com/toutiao/d1340019",
  "date: n.d.; insurer (众安) content page on 三高 投保; clean",
  "每一个都可能引起重症,每一个都要花费重金。 很多三高患者会考虑给自己购买保险解决看病的风险,但真去买保险却发现各种限制。\n买不了、保费贵、保障少、赔不了...")
# RT2-0008
P("wechat_mp", "article", "guide", "https://www.pulanbx.com/bxzs/199897.html",
  "date: n.d.; 糖尿病保险 buying guide; duty of disclosure; clean",
  "c. 提供准确和完整的健康信息\n在申请保险时,提供准确和完整的健康信息非常重要。隐瞒或提供错误信息可能导致索赔被拒绝或合同无效。")
# RT2-0009
P("wechat_mp", "article", "marketing", "https://blipei.com/article/297442.html",
  "date: n.d.; 三高 投保 article; clean",
  "不妨从反面思考一下,潜在的三高患者这么多,保险公司一向都很精明,怎么可能不让三高患者投保呢?虽然三高对于投保会有一定的影响,但不是所有的三高患者都不能投保,也是要根据病情的轻重情况来区分对待。消费者在投保时只要通过了保险公司的健康告知,就可以放心的投保。")
# RT2-0010
P("wechat_mp", "article", "guide", "https://www.76hw.com/news/lao-nian-ren-fang-ai-xian-yu-hu-li-xian-ru-he-xuan-cai-neng-zhen-zheng-shou-hu-wan-nian-jian-kang-yu.html",
  "date: n.d.; 老年人防癌险 guide, hypothetical example; clean",
  "举例说明:假设65岁的张大爷购买了一份防癌险,保额50万元。两年后,张大爷确诊肺癌,保险公司一次性给付50万元。这笔钱可用于支付手术费、靶向药费(如奥希替尼,每月费用约1.5万元),或聘请护工,避免动用家庭积蓄,保障治疗质量。")
# RT2-0011
P("wechat_mp", "article", "guide", "https://www.ainsur.top/insurance/zijin/sites/pMPLeBan/FkcOybsNdUTF/news/26162",
  "date: n.d.; insurer-site article on 老年防癌险 suitability; clean",
  "那么,哪些老年人适合投保防癌险呢?首先,是年龄在50至75周岁之间,因健康原因无法购买普通重疾险的群体。其次,是家族有癌症病史,个人希望加强特定风险保障的人。再者,预算有限,但希望获得基础重疾保障的老年人。相反,如果年龄尚轻(如50岁以下)、身体健康状况完全符合重疾险投保标准,那么保障范围更广的重疾险可能是更优选择。此外,已经患有恶性肿瘤或某些严重癌前病变的个体,通常无法投保。")
# RT2-0012
P("wechat_mp", "article", "guide", "https://www.ainsur.top/insurance/zijin/sites/pMPLeBan/bIHnFzcGRNRk/news/121113",
  "date: n.d.; 防癌险 claim-process guide; clean",
  "防癌险的理赔流程通常包括几个关键步骤。首先,被保险人在医院确诊后,需及时向保险公司报案。其次,准备并提交理赔材料,一般包括保险合同、被保险人和受益人的身份证明、医院出具的病理报告等确诊证明文件。保险公司收到材料后会进行审核,必要时可能要求补充材料或进行面访。审核通过后,保险金将给付到指定账户。整个过程中,保留好所有医疗记录原件至关重要。")
# RT2-0013
P("wechat_mp", "article", "guide", "https://www.76hw.com/news/wei-fu-mu-xuan-gou-bao-xian-xu-zhong-dian-kao-lv-fang-ai-xian-yi-wai-xian-he-bai-wan-yi-liao-xian-de.html",
  "date: n.d.; buying guide for parents; product features with limits; clean",
  "防癌险是一种专门针对癌症风险设计的保险产品,具有以下特点:\n- 健康告知宽松:相比普通重疾险,防癌险的健康告知通常只关注癌症相关病史,对高血压、糖尿病等慢性病限制较少\n- 投保年龄范围广:许多产品允许60-75岁人群投保,部分产品甚至放宽到80岁\n- 保费相对低廉:由于只保障癌症风险,防癌险的保费通常比综合重疾险低30%-50%")
# RT2-0014
P("wechat_mp", "article", "guide", "https://www.76hw.com/news/wei-fu-mu-gou-jian-quan-mian-bao-zhang-wang-fang-ai-xian-yi-liao-xian-yi-wai-xian-zhe-yang-mai-cai-a.html",
  "date: n.d.; guide to 防癌/医疗/意外 combination for parents; clean",
  "首先,防癌险专注于癌症这一高发重疾。癌症治疗费用高昂,平均可达20-50万元,包括手术、化疗、靶向药等。医疗险则覆盖住院、手术等一般医疗费用,补充社保的不足。意外险针对突发事故,提供伤残或身故赔偿,以及意外医疗报销。这三种险种互补:防癌险解决癌症专项费用,医疗险处理其他疾病,意外险防范突发风险。如果不组合,父母可能面临“癌症无钱治、意外无保障”的窘境。")
# RT2-0015
P("wechat_mp", "article", "marketing", "https://posts.careerengine.us/redirect/referral/id/5aa144f520c8453ea77a8943",
  "date: n.d.; 保乎精算君 防癌险 review, 最高 as a statistical fact; clean",
  "3. 总体而言,男女性一辈子可能患癌的概率都相当高,男性多数年龄在35%左右,女性更高为41%,在目前保监会统一规定的25种重疾中,我们罹患癌症的概率是最高的。")
# RT2-0016
P("wechat_mp", "article", "guide", "https://news.vobao.com/article/1138974684248601813.shtml",
  "date: 2025; 意外险 buying guide; 返还型 explained with its low IRR; clean",
  "长期返还型意外险\n- 适用场景:适合注重资金安全性的保守型投资者。如某产品年缴1.2万元,连续缴费10年可享30年百万交通意外保障,满期返还130%保费。但内部收益率通常低于2.5%,从纯保障角度不如消费型产品划算。")
# RT2-0017
P("wechat_mp", "article", "guide", "https://news.vobao.com/article/1138974684248601813.shtml",
  "date: 2025; same guide; deductibles and reimbursement ratios stated; clean",
  "- 局限:多数产品设有100 - 500元免赔额,且门诊报销比例常为80% - 90%。建议优先选择「0免赔+100%报销」产品,年保费差价约50元即可升级该权益。")
# RT2-0018
P("toutiao", "article", "qa", "https://ask.nctoro.com/a339107",
  "date: 2026-02-16; Q&A '意外保险哪个好'; rejects a single 'best' product; clean",
  "选择好的意外保险,关键在于根据个人生活场景、经济责任与健康基础,从保障范围、保额充足性、免责条款清晰度、保险公司服务与性价比等多个维度进行综合对比,没有单一的最优产品,只有最适合自身风险状况的组合方案。")
# RT2-0019
P("wechat_mp", "caption", "marketing", "http://bbs.imjuc.com/archiver/showtopic-10922.aspx",
  "date: 2023-05-09 repost; headline of a 公众号 重疾险 sales article around the 2020 重疾新定义",
  "史上最好一批重疾险就快没了11月成人重疾",
  [("ad_absolute", "史上最好"), ("stop_sale_hype", "就快没了")])
# RT2-0020
P("wechat_mp", "article", "marketing", "http://bbs.imjuc.com/archiver/showtopic-10922.aspx",
  "date: 2023-05-09 repost; same article; extends the official old-definition cut-off to 'all products may go any time'",
  "11月5号,闹腾了大半年的重疾新定义终于正式发布了\n\n旧版的重疾险也将在年2月1号前全部停止销售\n\n也就是说目前在售的所有重疾险随时可能下架",
  [("stop_sale_hype", "目前在售的所有重疾险随时可能下架")])
# RT2-0021
P("wechat_mp", "article", "marketing", "http://bbs.imjuc.com/archiver/showtopic-10922.aspx",
  "date: 2023-05-09 repost; same article, background on 重疾定义; clean",
  "于是在年,中国成为继英国、马来西亚和新加坡后,第四个统一重疾险疾病定义的国家,该定义规定必须涵盖25种高发重疾,这些病种占重疾险理赔的95%以上,是重疾险的核心。")
# RT2-0022
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/13517.html",
  "date: 2020-11; broker article on 重疾新定义, quoting the official transition rule; clean",
  "明确过渡期为发文之日起至2021年1月31日,确保重大疾病保险新老规范平稳切换。过渡期结束后各公司不得继续销售基于旧规范开发的重大疾病保险产品。")
# RT2-0023
P("wechat_mp", "article", "marketing", "https://www.bkwk.cn/article/yxakbxcpsdjxytbbkzn.html",
  "date: n.d.; product review of 中意人寿 悦享安康 (重疾+年金 combination); sold as savings",
  "1.2 核心特点解析\n- 双重保障机制:重疾赔付不影响身故责任,这是区别于传统重疾险的最大亮点。\n- 现金价值增长:保单具有储蓄功能,现金价值随时间稳定增长。\n- 投保灵活度高:支持多种交费方式、被保人变更等操作。\n- 增值服务丰富:提供就医绿通、MDT多学科会诊等医疗增值服务。",
  [("deposit_comparison", "保单具有储蓄功能")])
# RT2-0024
P("weibo", "article", "marketing", "https://m.mysmth.net/article/Insurance/121961",
  "date: 2022; 水木社区 post by a broker (7th year) on choosing 重疾险; belittles internet insurers' service",
  "第二,消费型重疾产品少,选择受限制\n不含身故责任的产品体量较小,多数以互联网产品为主,比如超级玛丽、达尔文等系列,而这类公司的特点是牺牲售后服务成本来压低价格,对于重视服务体验的人群来说,不适合",
  [("disparagement", "这类公司的特点是牺牲售后服务成本来压低价格")])
# RT2-0025
P("weibo", "article", "marketing", "https://m.mysmth.net/article/Insurance/121961",
  "date: 2022; same post; broker declines to recommend without a needs talk; clean",
  "很抱歉,我们也很难直接推荐,就像郎中没有不搭脉就开方的,为了确保我的方案和客户需求尽量匹配,通常会在一次深入沟通后再给出建议。")
# RT2-0026
P("toutiao", "article", "news", "http://m.xhyb.net.cn/news/shiju/2022/0314/177271.html",
  "date: 2022-03-14; 陇南保险业 typical claims cases, news; clean",
  "在2022年“3·15”消费者权益保护教育宣传周活动开展之际,陇南市保险行业协会根据社会影响力、理赔金额、险种特色、理赔时效等因素,评选出“2021年陇南市典型案例”。案例基本涵盖了2021年发生在陇南市境内一些广受社会关注的热点赔付事件,综合展现了陇南保险业在巩固脱贫攻坚成果、助力乡村振兴、服务保障民生等方面有温度、有责任担当的社会形象。")
# RT2-0027
P("wechat_mp", "article", "marketing", "https://www.ainsur.top/news/h7gjZwboutHb",
  "date: n.d.; claim story, customer only as 李先生; clean",
  "“提交理赔申请时,我已经做好了打持久战、甚至需要申诉的准备。毕竟,我的病不算最常见的癌症或心梗。”李先生在信中回忆道。")
# RT2-0028
P("toutiao", "article", "marketing", "https://ttnews.xyz/a/5c573267dc9b5e0d83503a92?lang=zh-hans",
  "date: 2019; 小公司重疾险理赔 case write-up (复星联合健康), pseudonymised; clean",
  "这一实例的理赔疾病是甲状腺癌(这个疾病出镜率最近真的太高了),年交保费1546元,在合同生效后9个月左右出险,超过了保险合同的等待期180天,属于等待期后出险,经保险公司审查符合保险责任,结案当天即给付了保险金10万元。")
# RT2-0029
P("toutiao", "article", "marketing", "https://ttnews.xyz/a/5c573267dc9b5e0d83503a92?lang=zh-hans",
  "date: 2019; same; 理赔 as the core value, explanatory; clean",
  "理赔,是保险公司的核心价值,也是每一个消费者最看重的方面.\n\n理赔是否便捷顺畅,理赔资料准备是否繁杂,理赔时效是否快速,这些问题是我们消费者在投保时,就非常关心的问题。")
# RT2-0030
P("wechat_mp", "article", "news", "http://zcbxjj.com/Dat/baoxianzhishi/2017/0314/799.html",
  "date: 2017-03; industry typical-claims list (7.19 台湾 bus accident); clean",
  "专家点评:旅游业快速发展,境外出行、国内旅游、自驾出行等多种方式,旅游安全风险不断增加,购买足额保险是安全出行的保障。事故发生后,各保险机构积极响应、快速应对、信息共享、简化手续、绿色通道,理赔服务以人为本,彰显人性化关怀,充分体现了保险行业应对重大灾害事故的社会责任。")
# RT2-0031
P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/913572025107491878.shtml",
  "date: n.d.; product page 富德生命倍健康重大疾病保险 (+附加两全); states limits; clean",
  "其他:投保人亦可根据自身需求及偏好选择单独投保主险,单独投保无满期返还,但相对的保费也会更低。\n备注\n1、意外伤害事故不含猝死\n2、重疾保险金与身故或全残保险金只赔付一项\n3、附加险基本保额:等于主险合同累计应交保险费")
# RT2-0032
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/705968.html",
  "date: n.d.; 小马老师 惠民保 article; overstates 惠民保 cover for existing cancer",
  "☛投保门槛低:不限年龄、职业,一般无健康告知。就算得癌症躺在医院里,部分产品也可报销;",
  [("coverage_exaggeration", "就算得癌症躺在医院里,部分产品也可报销")])
# RT2-0033
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/705968.html",
  "date: n.d.; same article; states 惠民保 limits; clean",
  "而惠民保保障责任呢,一般只保其中1-2部分,再加个肿瘤特药。\n对比一般的百万医疗险来说,它的保障责任缺失,且不保证续保,稳定性差,免赔额还很高。")
# RT2-0034
P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1140360138646717847.shtml",
  "date: n.d.; 定期寿险 age/premium explainer; clean",
  "- **年龄越小,保费越低**:30岁男性投保100万保额、保障至60岁的定期寿险,年保费约500 - 800元;40岁投保同方案则需1200 - 1500元,涨幅达60%。\n- **年龄越大,可选期限越短**:55岁以上人群通常只能选择10 - 15年保障期,难以覆盖退休后的潜在风险。")
# RT2-0035
P("toutiao", "article", "qa", "https://m.huize.com/study/detail-527704.html",
  "date: 2026-02-02; huize Q&A '定期寿险每个人都要买吗'; clean",
  "定期寿险,简单来说,就是保障一段时间的寿险。比如保20年、30年,或者保到60岁、70岁。这段时间内,如果不幸身故或全残,保险公司会赔一笔钱给家人。听起来是不是挺有安全感的?但问题是,是不是每个人都得买呢?其实不然,定期寿险更适合以下几类人。")
# RT2-0036
P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/1138974678889523903.shtml",
  "date: n.d.; 定期寿险 sales article; superlative 'minimum cost' claim",
  "定期寿险的三大特点:低保费、高保障、灵活规划\n一、保费低廉:用最小成本撬动高额保障",
  [("ad_absolute", "用最小成本撬动高额保障")])
# RT2-0037
P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/1138974678889523903.shtml",
  "date: n.d.; same article; term-matching explanation; clean",
  "相较于终身寿险,这种“定期”特性消除了不必要的长期保费支出。当被保人步入退休年龄,子女已独立、房贷已结清时,家庭经济责任显著降低,此时保障需求自然减弱。定期寿险通过“用后即弃”的设计,避免了保障资源的浪费,体现出“把钱花在刀刃上”的实用主义理念。")
# RT2-0038
P("toutiao", "article", "marketing", "https://m.huize.com/study/detail-522253.html",
  "date: 2026-01-15; huize article on 返还型重疾险; premium return framed as interest",
  "返还型重疾保险是一种既有保障又能返还保费的保险产品。它和普通重疾险最大的区别在于:如果你在保险期间没有发生重大疾病,保险公司会在合同到期后返还你所交的保费或约定金额。简单来说,就是'有病赔钱,没病返钱',相当于用利息买了一份保障。",
  [("deposit_comparison", "相当于用利息买了一份保障")])
# RT2-0039
P("toutiao", "article", "marketing", "https://m.huize.com/study/detail-522253.html",
  "date: 2026-01-15; same article; cautions on cost and return conditions; clean",
  "最后提醒一点,返还型保险的保障功能永远是第一位的。不要为了返还而忽略保障内容,一定要确保重疾保障范围足够广,赔付条件合理。毕竟买保险最重要的是保障,返还只是锦上添花。")
# RT2-0040
P("toutiao", "article", "marketing", "https://xuexi.huize.com/study/detal-522166.html",
  "date: n.d.; huize 返还型重疾险 buying article; savings jar, interest, 'free' cover",
  "返还型重疾险最吸引人的地方是:如果没生病,保费还能拿回来!它就像一个‘健康储蓄罐’,既保大病,又存钱。比如30岁的小王,每年交8000元,交20年。如果一直健康,70岁时保险公司会返还所有保费,还加点利息,相当于白赚了保障。",
  [("deposit_comparison", "健康储蓄罐"), ("deposit_comparison", "还加点利息"), ("guaranteed_return", "相当于白赚了保障")])
# RT2-0041
P("toutiao", "article", "marketing", "https://xuexi.huize.com/study/detal-522166.html",
  "date: n.d.; same article; return conditions explained; clean",
  "注意返还条件!很多产品要求必须活到指定年龄(比如70岁)且没理赔才能返还。万一中途理赔了,返还权益就没了。所以别指望‘又拿钱又赔钱’,它本质是保障优先,返还是附加福利。")
# RT2-0042
P("wechat_mp", "article", "marketing", "https://weixin.xmtc88.com/ketang/54311.html",
  "date: 2025-12-05; 奶爸保 article comparing 消费型/返还型; clean",
  "而返还型重疾险则是“保障+储蓄”的组合,它会在合同里约定,若保障期结束时被保险人仍生存且未出险,保险公司会返还一笔钱,可能是已交保费的120%,也可能是基本保额,相当于用更高的保费,换一个“没出险不亏”的心理安慰。")
# RT2-0043
P("wechat_mp", "article", "marketing", "https://pro.softsdown.net/article/256257.html",
  "date: n.d.; 保优赔 article on 返还型终身重疾险; quotes the slogan critically; clean",
  "这类返还型重疾险,我们就称它为返还型定期重疾险吧,宣传上常用的一句话是:有病治病,没病养老,是不是很耳熟?我们测评过的平安福满分,即属于此列。")
# RT2-0044
P("wechat_mp", "article", "marketing", "https://www.46km.com/bx/3127",
  "date: n.d.; 保险测评 blog on 两年不可抗辩; tells readers an undisclosed nodule will be paid after 2 years",
  "在做健康告知时,很容易就会忘记结节这个事,没有进行告知。但没关系,当2年后,我们需要理赔时,因为不可抗辩条款,保险公司正常都会理赔。",
  [("coverage_exaggeration", "但没关系,当2年后,我们需要理赔时,因为不可抗辩条款,保险公司正常都会理赔")])
# RT2-0045
P("wechat_mp", "article", "marketing", "https://www.46km.com/bx/3127",
  "date: n.d.; same blog; warns against salespeople misusing the clause; clean",
  "部分销售人员就把不可抗辩条款当做尚方宝剑让客户不用如实告知。但这样对吗?")
# RT2-0046
P("wechat_mp", "article", "guide", "https://news.vobao.com/article/1008948048378181699.shtml",
  "date: n.d.; explainer with a 山东 court case on 不可抗辩; clean",
  "也就是说:超过两年,保险人不得解除合同,保险公司就要赔付。\n但这是真的吗?")
# RT2-0047
P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1139751922258325512.shtml",
  "date: n.d.; 医疗险 vs 重疾险 article with lead-gen button; 最好 negated; clean",
  "如需更多帮助,请点击【免费获取方案】,获取专属家庭保险规划。记住:没有「最好」的保险,只有最契合你人生阶段的保障组合。")
# RT2-0048
P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/taikang/sites/HtgyNMWp/lSCVTvGyKMKu/news/40862",
  "date: 2025-11-05; insurer-site news page on 百万医疗 vs 重疾; states deductible and reimbursement limits; clean",
  "让我们先走进百万医疗险的“城池”。它的核心保障要点,在于解决大额住院医疗费用的报销问题。通常设有1万元左右的免赔额,超过部分在保障范围内可按比例报销,年度保额可达数百万元。其优势如同精密的“费用清算系统”,覆盖住院费、手术费、药品费(包括部分院外特药)、ICU费用等,且产品迭代快速,如今许多产品已包含住院垫付、就医绿通等实用服务。然而,这座“城”的城墙是“报销制”和“免赔额”——你需要先自行承担医疗费用,事后凭票据报销,且普通住院费用很可能达不到免赔门槛。")
# RT2-0049
P("wechat_mp", "article", "marketing", "http://www.xibanyay.com/bxpm/9950.html",
  "date: n.d.; 大小保险公司 article; state backstop and 'safest policies in the world'",
  "中国的保险公司想破产很难因为有国家兜底大家关心保险公司的大小其核心,无非是担心保险公司安不安全、能否赔得起、会不会破产。为了保证保险公司能稳定运行,国家监管部门专门设置了十个安全机制,并且白纸黑字写进了《保险法》里。此外我国的保险采用的是世界领先的“偿二代”监管体系,比很多国家的都要严格,可以说在中国保险公司购买和持有的保单是世界上所有国家中最安全的。",
  [("false_authority", "有国家兜底"), ("ad_absolute", "世界上所有国家中最安全的")])
# RT2-0050
P("wechat_mp", "article", "marketing", "http://www.xibanyay.com/bxpm/9950.html",
  "date: n.d.; same article; claims do not depend on company size; clean",
  "所以,保险理赔真的不像很多人想象的那样:大公司理赔容易,小公司理赔就难,保险赔不赔,和公司大不大、品牌响不响没有关系。")
# RT2-0051
P("wechat_mp", "article", "marketing", "http://baoxianzhinan.91dbb.com/3105.html",
  "date: n.d.; 大白 article on small insurers; capital requirement stated; clean",
  "要想成立一家保险公司,首先要有钱,很多很多的钱。\n\n \n\n按照《保险法》规定,保险公司低注册资本为2亿元,且需要为实缴货币资本,不能用其他东西代替。")
# RT2-0052
P("toutiao", "article", "guide", "https://www.110414.com/gongsizhuxiaowenda/903049.html",
  "date: n.d.; practitioner's piece on insurer insolvency; reports the '大公司绝对不倒' pitch critically; clean",
  "说实话,在保险行业摸爬滚打十五年,我见过太多人买保险时的盲目自信——要么冲着业务员说的大公司绝对不倒就砸钱,要么觉得买了保险就万事大吉,连条款都没仔细看过。直到这两年,中小保险公司接连出问题,我才真正意识到:保险公司破产离普通人并不远,而一旦发生,客户的保单理赔风险,远比想象中复杂。")
# RT2-0053
P("toutiao", "article", "news", "http://cn.huashangw.com/news/753651.html",
  "date: 2025; news feature on insurer failure risk; clean",
  "事实上,许多像小张一样的投保人,对于保险公司“破产”的可能性感到陌生,甚至有些恐慌。不少人固执地认为,拥有政府背景的保险公司理应如磐石般稳固,绝无倒闭之虞。然而,残酷的现实却在不断打破这种认知。近些年,我国已有东方人寿、国信人寿、安邦保险等多家保险公司经历了破产清算或被接管的命运,这足以警示我们,任何金融机构都无法完全规避经营风险。")
# RT2-0054
P("toutiao", "article", "guide", "https://gongyils.com/9833.html",
  "date: n.d.; lawyer's guide to judging insurers; clean",
  "大家普遍认为大公司服务好、理赔快、更可靠,这固然有一定道理,大公司通常意味着更强的资本实力和更广泛的服务网络。但大就一定等于好吗?小公司就一定不靠谱吗?事实可能比我们想象的要复杂得多。今天,我想结合多年的实践经验和对行业的观察,和大家聊聊如何拨开迷雾,看清保险公司实力的本质,找到真正适合自己的、靠谱的保险公司。这不仅仅是比较几个排名,更是要掌握一套科学的评判方法。")
# RT2-0055
P("toutiao", "article", "marketing", "https://xuexi.huize.com/study/detail-521829.html",
  "date: n.d.; huize explainer on 百万保险; says it is not all-covering; clean",
  "保障范围还可能扩展至意外伤害医疗,比如交通事故导致的骨折治疗。但提醒大家,它不是万能的全包型保险,通常有免赔额(如1万元),超出部分才按比例报销。选择时,根据自身健康情况,优先关注保额是否足够覆盖潜在的大病费用。")
# RT2-0056
P("toutiao", "article", "marketing", "https://m.huize.com/study/detail-521860.html",
  "date: n.d.; huize article on 百万保险; attributes lump-sum critical-illness payout to a medical product",
  "除了基本医疗,百万保险还扩展到了重大疾病保障。比如,小李被诊断出癌症,需要长期治疗和康复,百万保险一次性赔付了约定金额,让他能安心养病,不用担心收入中断。保障范围通常涵盖癌症、心脑血管疾病等常见重疾,具体以合同条款为准。",
  [("coverage_exaggeration", "百万保险还扩展到了重大疾病保障")])
# RT2-0057
P("wechat_mp", "article", "marketing", "https://www.bxdbkk.com/html_3/shouxian/13771/list/6.html",
  "date: n.d.; agent article on 定期寿险 ('百万身价'); superlative cost claim",
  "定期寿险合同保障期是“定期”的,可以根据自己的需要选择保10年、保20年,保30年,保到60岁,保到70岁,保到80岁。在合同有效期内,如果身故,保险公司就正常理赔。如果合同结束之后人才发生身故,那么保险公司就不需要承担赔付责任了。所以,正是因为“保定期”,定期寿险的保费才会相对便宜,也因此,定期寿险是一个纯粹的风险转移工具,逻辑是花最少的钱就可以把经济支柱英年早逝的风险转移给保险公司。定期寿险,适合对家人承担经济责任的人群,例如25-60岁之间的家庭经济支柱。保额要覆盖住家庭房贷、子女到上完大学的教育费、父母的赡养费、家庭10-20年的基本生活费。建议最少100万起。",
  [("ad_absolute", "花最少的钱")])
# RT2-0058
P("wechat_mp", "article", "marketing", "https://www.mingbaibao.com/\\\"https:\\/\\/www.mingbaibao.com\\/?p=108%5C%22",
  "date: n.d.; 明白保 broker guide (address kept exactly as the search tool returned it); superlative promise",
  "所以,如果你最近也在了解保险,不知道保险应该怎么买,买哪些好?真心建议你看完这篇文章再买,我会为你详细的介绍每一险种,也会从全网去为你筛选产品,一定让你用最少预算买到最优保障。",
  [("ad_absolute", "用最少预算买到最优保障")])
# RT2-0059
P("wechat_mp", "article", "marketing", "https://www.mingbaibao.com/\\\"https:\\/\\/www.mingbaibao.com\\/?p=108%5C%22",
  "date: n.d.; same guide; '最值得买' ranking promise",
  "其实对于我们大多人来说,配置保险离不开这四大金刚:百万医疗、重疾险、意外险、定期寿险;所以,下面也会一一向大家介绍这四大险种的作用以及购买技巧,最后也会测评出当前最值得买的产品是哪些,让大家不至于买错。",
  [("ad_absolute", "最值得买的产品")])
# RT2-0060
P("toutiao", "caption", "marketing", "https://m.kucaijing.com/articles/4339.html",
  "date: 2021-04-27; headline of a 新定义重疾险 review promoting 超级玛丽4号",
  "2021新定义重疾险全面评测,选出最值得买的性价比之王!",
  [("ad_absolute", "最值得买的性价比之王")])
# RT2-0061
P("toutiao", "article", "marketing", "https://m.kucaijing.com/articles/4339.html",
  "date: 2021-04-27; same review; mocks competing insurers' similar products as plagiarists",
  "卖得好的,优质的产品,永远不乏别人“借鉴”,小说有郭小四,保险也有“郭小四们”。",
  [("disparagement", "保险也有“郭小四们”")])
# RT2-0062
P("wechat_mp", "article", "marketing", "https://wxredian.com/art?id=1cc7dc537e9a45c5fc2f478eac2e71c9",
  "date: 2023-08/09; 公众号 成人重疾险 article after the 2.5% rate cut; price-rise urgency",
  "这两天又有新消息说,重疾险还会调整,其中达尔文10号已经明确将于10月30日停售。\n因为第四套生命周期表落地,要重新核价,新上架的产品不排除再次涨价……\n唉,再这么涨下去,重疾险真要买不起了。\n今天赶紧来写一下成人重疾险,方便有需要的朋友挑选。",
  [("stop_sale_hype", "新上架的产品不排除再次涨价"), ("stop_sale_hype", "再这么涨下去,重疾险真要买不起了")])
# RT2-0063
P("wechat_mp", "article", "marketing", "https://wxredian.com/art?id=1cc7dc537e9a45c5fc2f478eac2e71c9",
  "date: 2023-08; same article; factual note on the pricing-rate change; clean",
  "因为预定利率从3%下调到2.5%,8月1日开始所有重疾险、寿险、年金全部更新了(分红型/万能险到9月30日)。\n这一次更新,储蓄型的产品的收益下调,保障型长期险则全面涨价。")
# RT2-0064
P("weibo", "article", "marketing", "http://pre.talicai.com/post/1186266/935821",
  "date: n.d.; 她理财 forum post by '保险规划小助手' reviewing 超级玛丽5号; '独创' claim",
  "尤其是小助手今天要介绍的超级玛丽5号,不仅保障灵活保费低,还有独创的重疾复原保险金,患同种重疾也能赔付2次,令人心动。",
  [("ad_absolute", "独创")])
# RT2-0065
P("weibo", "article", "marketing", "http://pre.talicai.com/post/1186266/935821",
  "date: n.d.; same post; states the limits of the benefit; clean",
  "重疾复原保险金加强了重疾保障,但是它有两个限制:\n第一,患重疾有时间要求。\n第1次患重疾必须在60岁前,第2次患重疾要在60岁后,并且两次重疾之间需间隔365天。")
# RT2-0066
P("wechat_mp", "caption", "marketing", "https://kpfans.com/article/BvrkXm3n9e.html",
  "date: 2020-11; headline of a 公众号 article around the 重疾新定义 switch",
  "史上最好一批重疾险,快没了。(另附2021年之前最佳投保方案)",
  [("ad_absolute", "史上最好"), ("stop_sale_hype", "快没了")])
# RT2-0067
P("wechat_mp", "article", "marketing", "https://kpfans.com/article/BvrkXm3n9e.html",
  "date: 2020-11; same article; links a post telling readers not to wait",
  "不清楚的,可以参考这篇文章:最终落地!重疾险新定义终审稿发布,买重疾险不要再等了",
  [("stop_sale_hype", "买重疾险不要再等了")])
# RT2-0068
P("wechat_mp", "article", "marketing", "https://kpfans.com/article/BvrkXm3n9e.html",
  "date: 2020-11; same article; official cut-off restated with 'may be earlier' urgency",
  "看清楚了,2021年1月31日是最后日期。\n这就是说,目前在售的重疾险必须在此日期前全部停售,只能早,不能晚。\n剩两个月时间,旧产品就真的要退出历史了。",
  [("stop_sale_hype", "只能早,不能晚")])
# RT2-0069
P("wechat_mp", "poster_text", "marketing", "https://www.pulanbx.com/%e9%87%8d%e7%96%be%e9%99%a9/209951.html",
  "date: 2025; comparison table 终身 vs 保至70岁 重疾险; cash value sold as savings",
  "现金 价值 | 70岁时可退约15-18万,兼具储蓄功能 | 到期后现金价值归零,相当于纯消费型保障 |",
  [("deposit_comparison", "兼具储蓄功能")])
# RT2-0070
P("wechat_mp", "poster_text", "marketing", "https://www.pulanbx.com/%e9%87%8d%e7%96%be%e9%99%a9/209951.html",
  "date: 2025; same table; savings / emergency-fund framing",
  "核心 优势 | – 终身防风险,对抗长寿焦虑 – 自带储蓄属性,可作应急资金 – 豁免条款更全面 | – 用低保费撬动高保额 – 适合阶段性风险转移 – 资金流动性更强 |",
  [("deposit_comparison", "自带储蓄属性,可作应急资金")])
# RT2-0071
P("wechat_mp", "article", "marketing", "https://m.cameronpac.com/zhishi/6-490886",
  "date: n.d.; broker '大师兄' 儿童重疾险 guide; runs down other agents",
  "我们给孩子买重疾险时,一定要有防坑意识。\n因为很多保险代理人,就是借着家长爱护孩子的心理,专门推销一些又贵又坑的重疾险!\n最后结果就是:我们不仅花了冤枉钱,保障还没有买好,血亏!",
  [("disparagement", "很多保险代理人,就是借着家长爱护孩子的心理,专门推销一些又贵又坑的重疾险")])
# RT2-0072
P("wechat_mp", "article", "marketing", "https://m.cameronpac.com/zhishi/6-490886",
  "date: n.d.; same guide; opening promise of full cover for 500 yuan",
  "买儿童重疾险,懂的人花500块就能给孩子全面保障;不懂的人可能要搭上万块冤枉钱!",
  [("coverage_exaggeration", "花500块就能给孩子全面保障")])
# RT2-0073
P("wechat_mp", "article", "marketing", "https://m.vobao.com/news/1038991374390421144.shtml",
  "date: n.d.; 小马老师 达尔文6号 vs 超级玛丽6号 article; clean buying tip",
  "3、保障病种选择:无论选25种,50种,还是100种,对重疾险性价比不会产生实质影响。目前市场上的重疾险大多都是保80-100种大病,买重疾险,重疾数量不用纠结。")
# RT2-0074
P("toutiao", "article", "news", "https://sd.china.com/cjzx/20000936/20250526/25962999_1.html",
  "date: 2025-05-26; news on an internet-insurance evaluation report; clean",
  "营销语言夸大与“紧迫感”营销,诱导非理性决策\n互联网保险的线上营销文案普遍着重强调“高保额、低保费、快速理赔”等利益点,以快速激发用户购买欲望。")
# RT2-0075
P("wechat_mp", "article", "guide", "https://www.nueling.com/htqz/166387.html",
  "date: n.d.; compliance article on false advertising; quotes banned claims as examples; clean",
  "1. 夸大产品保障范围:宣称“只要该保险,所有医疗费用均可报销”,但实际条款中限定诸多除外情况。\n2. 隐瞒合同重要信息:如未明确说明犹豫期、退保损失等关键内容,导致消费者在投保后发现问题时已无法有效维权。\n3. 利用误导性广告吸引客户:一些保险公司通过“首月0元”、“限时优惠”等噱头吸引消费者投保,但实际计算与宣传不符。")
# RT2-0076
P("wechat_mp", "article", "guide", "https://www.nueling.com/htqz/129141.html",
  "date: n.d.; compliance article on penalty standards for false advertising; clean",
  "随着保险市场的扩大和投保人法律意识的提高,虚假宣传问题逐渐暴露出来。一些保险公司为了吸引客户,在广告宣传中使用夸大或模糊的语言,“保险赔付率高达90%”“买一份保险就能保障全家”等不实表述。部分销售人员在解释保险条款时采取片面解读、断章取义的,使投保人对产品的真实内容产生误解。")
# RT2-0077
P("toutiao", "article", "qa", "https://ask.nctoro.com/a322163",
  "date: 2026-02-11; Q&A '少儿重疾险哪个好'; clean",
  "为孩子挑选重疾险,没有“最好”的统一答案,关键在于根据家庭预算、孩子健康状况以及对保障范围、赔付额度、服务品质等核心维度的综合考量,从众多产品中筛选出最适合自家孩子的那一款。")
# RT2-0078
P("wechat_mp", "article", "marketing", "https://henanxw.com/baoxian/7c9cd5b431efe66d1e2860a377209621.html",
  "date: n.d.; children's insurance guide; 百万医疗 with deductible stated; clean",
  "二、百万医疗险:高额医疗费用解决方案\n针对重大疾病产生的高额医疗支出,百万医疗险能有效弥补医保报销上限的不足。市面优质产品如平安e生保、众安尊享e生等,儿童版年保费约300-800元,可提供200-600万保额,覆盖质子重离子治疗、抗癌特药等先进疗法。需特别注意1万元免赔额设计,建议与小额医疗险搭配购买,形成完整医疗费用补偿链。")
# RT2-0079
P("toutiao", "article", "news", "https://voc.com.cn/article/202304/202304191644376253.html",
  "date: 2023-04-19; 华声在线 on 中国人寿 Q1 claims report; customers named only by surname; clean",
  "理赔服务的价值,不仅体现在赔付金额,还体现在理赔服务的细节和温度。中国人寿寿险公司持续推广一束鲜花、一声问候、一日赔付的“重大疾病一日赔”特色服务,该服务覆盖首次罹患合同约定恶性肿瘤的客户,并进一步扩展责任范围至部分罹患心脑血管疾病的客户。报告显示,2023年一季度,中国人寿寿险公司“重大疾病一日赔”赔付件数近5.4万件,赔付金额超24亿元。")
# RT2-0080
P("toutiao", "article", "news", "https://corpsemanor.com/wO36zBJqCC/show/5083-3449671.html",
  "date: 2023-10; repost of 中国人寿重庆 Q3 claims report; sourced claim statistics; clean",
  "近日,中国人寿寿险重庆市分公司发布2023年第三季度理赔服务报告。报告显示,2023年前三季度赔付件数近39万件,赔付金额近8.6亿元。其中,第三季度赔付件数近12万件,平均每日赔付约1300件。赔付金额近3亿元,每天为客户送去超298万元赔款。客户理赔获赔率达99.7%。")
# RT2-0081
P("wechat_mp", "article", "marketing", "https://baoxianzhinan.91dbb.com/516677.html",
  "date: n.d.; 惠民保 explainer; warns about fake 'government' claims; clean",
  "②一些惠民保,为招揽投保人数,冒用政府名义,夸大宣传。\n\n不同地区的政府参与惠民保的程度不同。大家看着惠民保宣传页,不少产品,都宣传自己为「政府定制」型保险,让大家误以为,惠民保=政府定制。其实不然,政府参与程度有三类。从重度到轻度,分别为,政府主导、政府指导和政府不参与[5]。据《惠民保产品研究蓝皮书》统计。市面上的产品,共有51.9%的惠民保宣称有医保局参与,19.3%宣称有其他政府部门参与,28.9%无明确指明。")
# RT2-0082
P("wechat_mp", "article", "marketing", "http://www.surgenepal.com/zhinan/1503584678906363904",
  "date: n.d.; 惠民保 history; accurate description of 政府+保险公司 co-design; clean",
  "2015 年惠民保只有一款,也就是来自深圳重特大疾病补充医疗险。\n政府和保险公司联合定制,29 块一年(现在 39 块),平安承保。")
# RT2-0083
P("wechat_mp", "article", "guide", "https://www.suwdruck.com/index.php/view/134483.html",
  "date: n.d.; claims explainer; non-disclosure leads to refusal; clean",
  "•公平:以合同条款为依据,不偏袒任何一方。例如,若被保险人因投保时隐瞒病史(未履行“如实告知”义务)导致出险,保险公司有权拒赔;若事故符合合同约定的“意外”定义(如交通事故),则需快速赔付。")
# RT2-0084
P("toutiao", "article", "marketing", "https://m.275.com/question/ba279c2e9f50f192.html",
  "date: 2021; Q&A answer by '小秋阳说保险-北辰' on 复鑫保A款 增额终身重疾险; insurance sold as a WMP-like product",
  "当说起增额产品的时候,我们会首先想到增额终身寿险,而且现在增额终身重疾险也在市场上夺取许多人的眼球。复星联合健康就推出的一款具有理财收益的增额终身重疾险——复鑫保A款。",
  [("deposit_comparison", "具有理财收益的增额终身重疾险")])
# RT2-0085
P("toutiao", "article", "marketing", "https://m.275.com/question/6d3a2aea4267c796.html",
  "date: 2021; second answer by the same seller on 复鑫保A款; same WMP framing",
  "大家首先会想到增额终身寿险只要一说起增额产品,增额终生重疾险也开始在市场上大放异彩了。复星联合健康目前一款具有理财收益的增额终身重疾险上市了,它叫复鑫保A款。",
  [("deposit_comparison", "具有理财收益的增额终身重疾险")])
# RT2-0086
P("toutiao", "article", "marketing", "https://wenda.ip138.com/49fce767e6b9e5ca.html",
  "date: 2021-03-11; Q&A answer by '学霸说保险-维恩' on 复鑫保A款; WMP framing",
  "讨论起增额产品,很多人第一个想到的是增额终身寿险,而且现在增额终身重疾险也在市场上夺取许多人的眼球。复星联合健康就推出了一款包含理财收益功能的增额终生重疾险——复鑫保A款。",
  [("deposit_comparison", "包含理财收益功能的增额终生重疾险")])
# RT2-0087
P("wechat_mp", "article", "marketing", "http://xiangrikui.com/shaoerxian/anli/61063_1.html",
  "date: n.d.; 向日葵保险网 case page for a 少儿重疾+分红 plan; dividends promoted with no uncertainty statement",
  "收益内容\n1、每年分红,可以选择分红领取、累积生息、或交清增额—即每年的分红再进行增加保额。\n2、保障至60岁,60岁后期满退还生存金,累计生存金224345元(按中等红利测算)。\n3、中途可以作分红金领取用作应急,或补充教育金、创业金等,如用不到保单中的分红金,则建议选择“交清增额”提高身价保障,到60岁时一次性领取生存金",
  [("missing_disclosure",)])
# RT2-0088
P("wechat_mp", "article", "marketing", "https://baoxianxb.com/11552.html",
  "date: n.d.; i云保 recruitment page; commission on one's own (and family's) 意外险/医疗险 policies",
  "i云保自保单有佣金吗?\n\n注册i云保成功后,通过保通申请页面,申请成为保通保险代理人后自保件就有佣金。否则没有佣金。",
  [("improper_inducement", "申请成为保通保险代理人后自保件就有佣金")])
# RT2-0089
P("wechat_mp", "article", "marketing", "https://www.meihualife.com/nrjx/365.html",
  "date: 2025-10; article on the return of 分红型重疾险; states the ban on guaranteed dividends; clean",
  "这次卷土重来,自然监管也是做了很多规范的!\n\n比如明确了这3点:\n(1)规定保险公司必须明确准入门槛,而且只能够允许“监管评级良好”的险企开展业务,从源头控制风险!\n(2)要求险企定期披露分红实现情况,禁止承诺“保底分红”")
# RT2-0090
P("wechat_mp", "article", "marketing", "http://v7time.com/?id=389276",
  "date: 2021; repost of a 奶爸保 broker article ranking insurers; regulator supervision presented as 'small insurers won't fail'",
  "其实,市面上所有的保险公司都由银保监会监管,即便是小的保险公司,也基本上不会出现理赔难和公司倒闭跑路的情况。",
  [("false_authority", "基本上不会出现理赔难和公司倒闭跑路的情况")])
# RT2-0091
P("wechat_mp", "article", "marketing", "https://11917.vip/a793",
  "date: 2020; broker overview of top-15 insurers' 重疾险; '最好' explained away; clean",
  "那何为最好?其实没有一个准确答案,例如存在健康异常时承保结论越好即为最佳,不在乎公司大小时性价比越高越好,追求大品牌时平安、中国人寿知名度最高,总之适合自己的才是最好的。")
# RT2-0092
P("wechat_mp", "article", "guide", "https://www.ainsur.top/news/64zx0rhd",
  "date: n.d.; consumer piece on 保证续保 age caps; reports a seller's claim critically; clean",
  "张先生今年45岁,为自己投保了一份热销的百万医疗险。业务员强调“可续保至100岁”,他觉得很安心。然而,当他仔细阅读条款才发现,所谓的“可续保”是有前提的:产品必须不停售,且公司审核同意。而真正的“保证续保”条款,白纸黑字写着:“本产品保证续保期至被保险人70周岁”。这意味着,70岁后,他可能面临保障中断的风险。")
# RT2-0093
P("toutiao", "article", "news", "http://xiaofei.hangzhou.com.cn/xfzx/content/2022-01/28/content_9332467.htm",
  "date: 2022-01-28; 杭州 news on 相互宝 closing and transfer to 健康福 重疾险; clean",
  "尽管相互宝即将关停,普通人的保障意识却刚刚开始。为了避免成员的保障中断,相互宝也为其提供了无门槛转投“健康福”系列重疾险的选项,3个月免保费期,且无需重新健康告知,无需重新计算等待期。截至当前,已有超过1200万相互宝成员投保该产品。")
# RT2-0094
P("weibo", "caption", "marketing", "https://xueqiu.com/2832020965/133976990",
  "date: 2019; 雪球 post headline promoting one 重疾险 as the only 'best' choice",
  "想买最好的重疾险,目前就只有它了",
  [("ad_absolute", "最好的重疾险,目前就只有它了")])
# RT2-0095
P("weibo", "article", "marketing", "https://xueqiu.com/2832020965/133976990",
  "date: 2019; same post; explains why 重疾险 responsibilities multiplied; clean",
  "重疾险的每一次增加责任,无外乎两个原因:\n\n一是保险公司需要新的“刺激点”来营销客户\n\n二是确实需要新增保障责任去覆盖风险")
# RT2-0096
P("toutiao", "article", "marketing", "http://zixun.shadafang.com/a/2020/0717/1594934133.html",
  "date: 2020-07-17; repost of a comparison of 15 large insurers' 重疾险; '最值得买' promise",
  "那么 , 是否大公司的产品天然就值得买呢?今天咱们拉出保费规模前15的保险公司 , 以各家拳头产品做一个横向对比!不吹不黑 , 客观评价 , 瞧瞧哪家是最值得买的!",
  [("ad_absolute", "瞧瞧哪家是最值得买的")])
# RT2-0097
P("toutiao", "article", "marketing", "http://zixun.shadafang.com/a/2020/0717/1594934133.html",
  "date: 2020-07-17; same article; 25 种重疾 share of claims explained; clean",
  "这25种疾病加一起 , 占到了重疾理赔概率的95%以上 。\n所以在保障的重疾病种方面 , 大家可以吃一颗定心丸 。 保100种重疾 , 还是120种重疾 , 实际差别不大 。")
# RT2-0098
P("wechat_mp", "article", "news_quote", "https://www.ainsur.top/news/5EPAppJLEnDf",
  "date: n.d.; claims investigator's first-person account; the agent's own words to the customer about 脂肪肝 on the health questionnaire (text = the quoted words only)",
  "那个不算,很多人都有,不用填",
  [("coverage_exaggeration", "那个不算,很多人都有,不用填")])
# RT2-0099
P("toutiao", "article", "news", "https://xlshe.com/zixun/3704.shtml",
  "date: 2025-12-09; 险联社 report on a court case (agent insured her own daughter); names masked as 付某霞; clean",
  "最近中国裁判文书网公布了一则重疾险纠纷的案例,原告一方是中国人寿的保险代理人,被告则是中国人寿山东分公司。\n\n最后法院一审判中国人寿山东分公司败诉,赔付30万重疾险理赔。")
# RT2-0100
P("wechat_mp", "article", "marketing", "https://www.zxxjp.com/?id=9443",
  "date: 2025; 'how to buy insurance' article with anecdotes; medical policy said to have paid the whole bill",
  "误区2:年轻人不需要保险?\n2025年理赔数据显示,31-40岁人群重疾出险率同比上升22%,其中甲状腺癌、乳腺癌占60%。我表弟26岁程序员,熬夜加班查出早期肺癌,幸亏去年买了医疗险,微创手术8万全报销。",
  [("coverage_exaggeration", "微创手术8万全报销")])
# RT2-0101
P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/zijin/sites/pMPLeBan/PlJWJLanEQOe/news/88072",
  "date: n.d.; insurer-site article 定期寿险 vs 终身寿险; '性价比之王'",
  "那么谁该“牵手”谁呢?如果你是预算有限的年轻家庭支柱,背着百万房贷,孩子还在嗷嗷待哺,定期寿险就是你的“性价比之王”。",
  [("ad_absolute", "性价比之王")])
# RT2-0102
P("wechat_mp", "article", "marketing", "https://www.ainsur.top/insurance/yangguang/sites/HvetEfXZ/ogYTIyDPqvGy/news/24331",
  "date: n.d.; insurer-site story on 定期寿险 for a young programmer; '性价比最高'",
  "这类产品特别适合像李晨这样的“责任青年”:家庭经济支柱、有房贷车贷等负债、父母需要赡养、或计划近期组建家庭。反之,如果个人没有经济责任(如无负债、父母经济独立、无子女),或临近退休、主要家庭责任已转移,则必要性大大降低。对于刚工作的年轻人,定期寿险是性价比最高的“责任备份”方案。",
  [("ad_absolute", "性价比最高")])
# RT2-0103
P("wechat_mp", "article", "guide", "https://www.123falv.com/112531.html",
  "date: n.d.; first-person guide to life cover; warns about dividend illustrations; clean",
  "别被「分红」「万能」这些华丽词迷惑。某张终身寿险宣传单上印着诱人的分红预测,角落小字却写着「非保证」。我见过太多人把预期收益当承诺,等十年后拿到实际数字才大呼上当。")
# RT2-0104
P("wechat_mp", "article", "guide", "http://www.qkl6.com/post/1727.html",
  "date: n.d.; '重疾险是坑吗' explainer; quotes the '熬过两年必赔' pitch as misleading; clean",
  "健康告知陷阱\n\n    投保时未如实告知病史(如结节、高血压),可能被拒赔,部分代理人误导“熬过两年不可抗辩期必赔”,实则存在法律风险。")
# RT2-0105
P("toutiao", "article", "qa", "https://licai.jiantou8.com/ask/qa_5706620.html",
  "date: n.d.; Q&A on why 终身重疾险 is called a trap; quotes the 返还型 slogan critically; clean",
  "1. 返还型陷阱:部分返还型终身重疾险,宣传“有病治病,没病返还”,但返还条件苛刻(比如要生存到特定年龄),而且保费比消费型贵很多。实际算下来,返还的钱可能就是自己多交的保费产生的收益,看似“不花钱得保障还返还”,实则性价比低,后期发现不划算,就觉得被“坑”。")
# RT2-0106
P("wechat_mp", "poster_text", "marketing", "https://news.vobao.com/article/1000652000875506806.shtml",
  "date: 2021-01-18; 沃保网 '心连心签单分享' rules; cash and a gift to the policyholder for sharing a signed policy",
  "奖项设置\n\n会员:300元现金(税后收入)+价值198元沃保背包\n\n投保人:300元现金(税后收入)+价值198元沃保背包",
  [("improper_inducement", "投保人:300元现金(税后收入)+价值198元沃保背包")])
# RT2-0107
P("toutiao", "caption", "marketing", "http://jiangsulong.com/news/112N95E22020_2.html",
  "date: 2020-11; repost headline of a '公子' monthly 意外险 review",
  "保险|全面测评195款意外险,选出2020年11月的性价比之王( 二 )",
  [("ad_absolute", "性价比之王")])
# RT2-0108
P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/1023979310660830156.shtml",
  "date: n.d.; 沃保 article on 既往症 and 医疗险; '首选' claim in the opening",
  "相信大家都知道,百万医疗险很实用,不论是疾病还是意外,都能保。往往几百块钱就能买到上百万的保额,因此百万医疗险也成为了大家在配置保险时的首选。",
  [("ad_absolute", "首选")])
# RT2-0109
P("wechat_mp", "article", "marketing", "https://news.vobao.com/article/1023979310660830156.shtml",
  "date: n.d.; same article; explains that most 医疗险 exclude 既往症; clean",
  "虽然绝大多数医疗险是不赔既往症的,但是也并非一款都没有。\n1、基本医疗保险(医保)\n基本医保,可以带病投保,没有既往症除外,保证续保,长期有效。")
# RT2-0110
P("wechat_mp", "article", "marketing", "https://diyinsur.com/baoxianlipei/1405706835435982850.html",
  "date: 2021-03; broker's 意外险 claim brief; customer as 湖北李女士; figures and limits stated; clean",
  "2、注意社保范围外的医疗费用\n李女士这次住院,自费20400元,包含10178元的社保外医疗费和10222元进入社保范围内但没被社保报销的费用。\n中国人寿成人意外险对社保内医疗费用可以100%报销,所以10222元全部得到理赔。\n如果想要保障更完善可以选择报销自费药的产品。")
# RT2-0111
P("toutiao", "article", "qa", "https://www.tianya.org/thread-96498.htm",
  "date: n.d.; Q&A on filling in 重疾险 health declarations; warns against concealment; clean",
  "- 问:要是故意瞒报小毛病,比如有结节没说,以后理赔会被发现吗?\n答:大概率会!保险公司会查你过往的就诊记录、体检报告,甚至能查到社区医院的门诊记录。小编邻居之前瞒报了甲状腺结节,后来得了甲状腺癌理赔,被查出 3 年前的体检记录,最后拒赔了,白交了 4 年保费。现在医疗记录都是联网的,想瞒根本瞒不住,不如如实填,反而踏实。")
# RT2-0112
P("wechat_mp", "article", "warning", "https://shuibeng.com.cn/news/show-47860.html",
  "date: n.d.; repost of a consumer risk warning (five points); '高收益' and deposit comparison warned against; clean",
  "四、正确认识人身保险新型产品,不被“高收益”误导。消费者不宜将人身保险新型产品与银行存款、国债、基金等金融产品进行片面比较,也不应轻信只强调“高收益”而不展示不利信息、承诺保证收益等不实宣传行为。")
# RT2-0113
P("wechat_mp", "article", "guide", "https://www.rrbxw.com/baoxianzhishi/20250515/191.html",
  "date: 2025-05-15; '哪三类人不适合买重疾险' guide; warns about agents' 返还型/分红型 upselling; clean",
  "重疾险本质是“收入损失险”,建议保费支出控制在年收入的5%-10%。若年收入低于5万,年缴保费若超过5000元,可能挤压教育、养老等刚性支出。更需警惕的是:某些代理人以“返还型”“分红型”为噱头,将保费推高至年收入的30%以上,导致家庭财务脆弱性激增。")
# ---- end posts ----


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


# Items sharing a 15-character shingle with an evaluation set (eval/suite, eval/blind-next) or with another
# training harvest, found when the set joined the project: not written, so nothing measured is trained on.
LEFT_OUT = ['RT2-0001', 'RT2-0048']


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    used = set()
    up = os.path.join(here, "used_sources.txt")
    if os.path.exists(up):
        used = {l.strip() for l in open(up, encoding="utf-8") if l.strip()}
    errors, rows, seen, texts = [], [], set(), {}
    from collections import Counter
    per_src = Counter()
    for p in POSTS:
        if p["id"] in seen:
            errors.append(f"duplicate id {p['id']}")
        seen.add(p["id"])
        if p["channel"] not in CHANNELS:
            errors.append(f"{p['id']}: bad channel {p['channel']}")
        if p["content_type"] not in CONTENT_TYPES:
            errors.append(f"{p['id']}: bad content_type {p['content_type']}")
        if p["genre"] not in GENRES:
            errors.append(f"{p['id']}: bad genre {p['genre']}")
        if p["text"] in texts:
            errors.append(f"{p['id']}: text duplicates {texts[p['text']]}")
        texts[p["text"]] = p["id"]
        if p["source"] in used:
            errors.append(f"{p['id']}: source already used by earlier harvesters: {p['source']}")
        per_src[p["source"]] += 1
        findings, errs = resolve(p)
        errors.extend(errs)
        for f in findings:
            if f["start"] is not None and p["text"][f["start"]:f["end"]] != f["text"]:
                errors.append(f"{p['id']}: offset mismatch {f}")
        if p["genre"] in ("warning", "guide", "news", "qa") and findings:
            errors.append(f"{p['id']}: genre {p['genre']} should be clean")
        spans = [(f["category"], f["start"]) for f in findings]
        if len(spans) != len(set(spans)):
            errors.append(f"{p['id']}: duplicate finding")
        rows.append({"id": p["id"], "channel": p["channel"], "content_type": p["content_type"],
                     "genre": p["genre"], "text": p["text"], "account_owner": None, "findings": findings,
                     "source": p["source"], "note": p["note"]})
    for s_, n in per_src.items():
        if n > 6:
            errors.append(f"more than 6 items from {s_}: {n}")
    if errors:
        print("BUILD FAILED:", *errors, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] in LEFT_OUT:
                continue
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    cats = Counter(f["category"] for r in rows for f in r["findings"])
    dirty = sum(1 for r in rows if r["findings"])
    print(f"posts {len(rows)}  positive {dirty}  clean {len(rows) - dirty}  distinct sources {len(per_src)}  max/source {max(per_src.values()) if per_src else 0}")
    print("findings", sum(cats.values()), dict(sorted(cats.items())))
    print("genres", dict(Counter(r["genre"] for r in rows)))
    print("genres positive", dict(Counter(r["genre"] for r in rows if r["findings"])))
    print("channels", dict(Counter(r["channel"] for r in rows)))
    print("content_types", dict(Counter(r["content_type"] for r in rows)))


if __name__ == "__main__":
    main()
