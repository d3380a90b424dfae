"""Console wording: Chinese first (the reviewers' language), English on request (?lang=en, remembered in a cookie)."""

from __future__ import annotations

from fastapi import Request

from app.taxonomy import LABELS_EN, LABELS_ZH

LANGS = ("zh", "en")
COOKIE = "pg_lang"

# key: (zh-CN, en)
_TEXT: dict[str, tuple[str, str]] = {
    "app": ("Postguard 合规审核台", "Postguard review console"),
    "nav": ("主导航", "Main navigation"),
    "check": ("检查草稿", "Check a draft"),
    "queue": ("审核队列", "Review queue"),
    "verdicts": ("检查记录", "Verdicts"),
    "dashboard": ("统计看板", "Dashboard"),
    "admin": ("人员与密钥", "People and keys"),
    "sign_in": ("登录", "Sign in"),
    "sign_out": ("退出", "Sign out"),
    "username": ("用户名", "Username"),
    "password": ("密码", "Password"),
    "bad_login": ("用户名或密码错误", "Wrong username or password"),
    "csrf": ("表单已过期，请刷新后重试", "The form expired; reload the page and try again"),
    "text": ("正文", "Text"),
    "title": ("标题", "Title"),
    "channel": ("渠道", "Channel"),
    "content_type": ("内容类型", "Content type"),
    "account": ("账号", "Account"),
    "any": ("全部", "Any"),
    "none": ("（无）", "(none)"),
    "run_check": ("检查", "Check"),
    "verdict": ("结论", "Verdict"),
    "v_pass": ("通过", "pass"),
    "v_review": ("需人工审核", "review"),
    "v_block": ("拦截", "block"),
    "findings": ("问题", "Findings"),
    "no_findings": ("未发现问题", "No findings"),
    "category": ("类别", "Category"),
    "reason": ("原因", "Reason"),
    "basis": ("依据", "Legal basis"),
    "confidence": ("置信度", "Confidence"),
    "suggestion": ("修改建议", "Suggested rewrite"),
    "matched": ("命中文本", "Matched text"),
    "rule": ("规则", "Rule"),
    "apply": ("采纳建议并重新检查", "Apply and re-check"),
    "changes": ("两稿差异", "What changed"),
    "previous": ("上一稿", "Previous draft"),
    "ruleset": ("规则版本", "Ruleset version"),
    "detectors": ("检测器版本", "Detector versions"),
    "open": ("打开", "Open"),
    "created": ("时间", "Time"),
    "filter": ("筛选", "Filter"),
    "next_page": ("下一页", "Next page"),
    "empty": ("没有记录", "Nothing here"),
    "decision": ("审核决定", "Decision"),
    "d_approve": ("通过", "approve"),
    "d_reject": ("驳回", "reject"),
    "d_escalate": ("上报", "escalate"),
    "record": ("提交决定", "Record decision"),
    "reason_hint": ("通过有问题的稿件或驳回某条问题时必须填写原因", "Required to approve despite findings"),
    "dismissed": ("驳回的问题（误报）", "Findings dismissed (false positives)"),
    "reviews": ("审核记录", "Reviews"),
    "reviewer": ("审核人", "Reviewer"),
    "conflict": ("另一位审核人刚刚提交了决定，请查看后再决定是否上报", "Another reviewer just decided this item; "
                 "read their decision, then escalate if you disagree"),
    "stored_text": ("存档文本", "Text as stored"),
    "not_stored": ("按存档策略未保存正文", "The text was not kept (storage policy)"),
    "since": ("开始日期", "From"),
    "until": ("结束日期", "Until"),
    "compliance": ("合规率", "Compliance rate"),
    "by_day": ("合规率（按日）", "Compliance rate by day"),
    "by_channel": ("合规率（按渠道）", "Compliance rate by channel"),
    "by_account": ("合规率（按账号）", "Compliance rate by account"),
    "top_rules": ("命中最多的规则", "Top rules hit"),
    "fp_rate": ("误报率（审核驳回）", "False-positive rate (from reviews)"),
    "hits": ("命中", "Hits"),
    "incidents": ("负面舆情事件", "Negative-opinion incidents"),
    "timely": ("及时率", "On-time rate"),
    "ack_median": ("确认用时中位数（分钟）", "Median time to acknowledge (min)"),
    "resolve_median": ("处置用时中位数（分钟）", "Median time to resolve (min)"),
    "checked": ("检查量", "Checked"),
    "people": ("人员", "People"),
    "keys": ("API 密钥", "API keys"),
    "display_name": ("姓名", "Name"),
    "role": ("角色", "Role"),
    "create": ("创建", "Create"),
    "owner": ("归属", "Owner"),
    "scopes": ("权限", "Scopes"),
    "new_key": ("新密钥（只显示一次）", "New key (shown once)"),
    "r_reviewer": ("审核员", "reviewer"),
    "r_rule_author": ("规则编写", "rule author"),
    "r_officer": ("合规官", "officer"),
    "r_admin": ("管理员", "admin"),
    "saved": ("已保存", "Saved"),
    "lang_switch": ("English", "中文"),
    "signed_in_as": ("当前用户", "Signed in as"),
    "skip": ("跳到正文", "Skip to content"),
    "rules": ("规则", "Rules"),
    "version": ("版本", "Version"),
    "status": ("状态", "Status"),
    "s_draft": ("草稿", "draft"),
    "s_published": ("生效中", "published"),
    "s_retired": ("已停用", "retired"),
    "author": ("作者", "Author"),
    "notes": ("说明", "Notes"),
    "compare": ("比较两个版本", "Compare two versions"),
    "from": ("从", "From"),
    "to": ("到", "To"),
    "new_draft": ("新建草稿（YAML 或 JSON）", "New draft (YAML or JSON)"),
    "document": ("规则文档", "Rule document"),
    "handbook": ("审核手册", "Reviewer's handbook"),
    "impact": ("查看影响并发布", "See the impact, then publish"),
    "impact_rollback": ("查看影响并回滚到此版本", "See the impact, then roll back to this version"),
    "impact_title": ("发布影响", "Impact of publishing"),
    "rechecked": ("重新检查的近期存档稿件", "Recent archived posts re-checked"),
    "would_change": ("结论将改变", "Verdicts that would change"),
    "confirm_publish": ("确认发布此版本", "Confirm: publish this version"),
    "published_ok": ("已发布", "Published"),
    "added": ("新增规则", "Rules added"),
    "removed": ("删除规则", "Rules removed"),
    "changed": ("修改的规则", "Rules changed"),
    "sections": ("修改的配置", "Settings changed"),
    "identical": ("两个版本内容相同", "The two versions are identical"),
    "before": ("之前", "Before"),
    "after": ("之后", "After"),
    "live": ("当前生效版本", "Live version"),
}


def lang_of(request: Request) -> str:
    wanted = request.query_params.get("lang") or request.cookies.get(COOKIE) or "zh"
    return wanted if wanted in LANGS else "zh"


def translator(lang: str) -> dict[str, str]:
    i = LANGS.index(lang)
    return {k: v[i] for k, v in _TEXT.items()}


def category_label(category: str, lang: str) -> str:
    return (LABELS_ZH if lang == "zh" else LABELS_EN).get(category, category)
