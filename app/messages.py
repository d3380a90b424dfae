"""Problem titles and messages in Chinese, by stable error code (issue 11 item 12).

A problem's ``code`` never changes with the language; ``title`` and ``detail`` follow ``Accept-Language`` (zh or
en, English by default). The Chinese detail is the message for the code followed by the English specifics, which
name fields and values exactly (a translation of every parameterised sentence would drift from the code).
"""

from __future__ import annotations

ZH: dict[str, tuple[str, str]] = {
    "invalid_input": ("输入无效", "请求内容不符合要求"),
    "validation_error": ("请求无效", "请求字段校验未通过"),
    "malformed_json": ("JSON 格式错误", "请求体不是合法的 JSON"),
    "malformed_body": ("请求体错误", "无法读取请求体"),
    "missing_field": ("缺少字段", "缺少必填字段"),
    "unknown_field": ("未知字段", "请求中有不认识的字段"),
    "wrong_type": ("类型错误", "字段类型不正确"),
    "invalid_value": ("取值无效", "字段取值不在允许范围内"),
    "value_out_of_range": ("数值越界", "数值超出允许范围"),
    "too_many_items": ("条目过多", "条目或文字超过上限"),
    "too_few_items": ("条目过少", "条目数量不足"),
    "empty_text": ("文本为空", "待检查的文本不能为空"),
    "invalid_text": ("文本无效", "文本含有不允许的字符"),
    "text_too_long": ("文本过长", "文本超过允许的最大长度"),
    "invalid_image": ("图片无效", "图片不是合法的 base64 或无法解码"),
    "unsupported_image_format": ("不支持的图片格式", "只接受 PNG、JPEG 和 WebP 图片"),
    "too_many_images": ("图片过多", "一条内容的图片数量超过上限"),
    "image_too_large": ("图片过大", "图片文件超过大小限制"),
    "image_too_many_pixels": ("图片像素过多", "图片尺寸（宽×高）超过上限，或是解压炸弹"),
    "unknown_channel": ("未知渠道", "发布渠道不在支持的列表中"),
    "unknown_content_type": ("未知内容类型", "内容类型不在支持的列表中"),
    "invalid_datetime": ("时间无效", "时间参数无法解析或超出范围"),
    "unauthorized": ("未认证", "请在 Authorization 头中提供有效的 API 密钥"),
    "forbidden": ("无权限", "该 API 密钥没有执行此操作的权限"),
    "rate_limited": ("请求过于频繁", "超过速率限制，请稍后重试"),
    "too_many_auth_failures": ("认证失败次数过多", "该客户端认证失败次数过多，请稍后重试"),
    "auth_unavailable": ("认证暂不可用", "密钥数据库暂时无法访问，请稍后重试"),
    "not_found": ("未找到", "请求的资源不存在"),
    "method_not_allowed": ("方法不允许", "该地址不支持此请求方法"),
    "conflict": ("冲突", "操作与当前状态冲突"),
    "body_too_large": ("请求体过大", "请求体超过大小限制"),
    "request_timeout": ("请求超时", "请求体未在规定时间内传完"),
    "unsupported_media_type": ("不支持的内容类型", "请以 application/json 发送"),
    "ruleset_invalid": ("规则集无效", "规则集校验未通过"),
    "unknown_detector": ("未知检测器", "规则集引用了未安装的检测器"),
    "duplicate_detector": ("检测器重复", "检测器名称重复"),
    "no_database": ("无数据库", "本服务未配置数据库"),
    "schema_behind": ("数据库结构过旧", "请先运行 postguard db upgrade"),
    "missing_driver": ("缺少数据库驱动", "未安装所需的数据库驱动"),
    "internal_error": ("内部错误", "服务内部错误，请查看服务日志"),
}
FALLBACK_ZH = ("请求错误", "请求未能处理")


def wants_chinese(accept_language: str | None) -> bool:
    """True when the first language range the client lists is Chinese (zh, zh-CN, zh-Hans …)."""
    first = (accept_language or "").split(",")[0].split(";")[0].strip().lower()
    return first.startswith("zh")


def localise(code: str, title: str, detail: str, accept_language: str | None) -> tuple[str, str]:
    """(title, detail) in the client's language."""
    if not wants_chinese(accept_language):
        return title, detail
    zh_title, zh_message = ZH.get(code, FALLBACK_ZH)
    return zh_title, f"{zh_message}（{detail}）" if detail else zh_message
