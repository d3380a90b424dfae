"""Personal email addresses, including the evasive ``name[at]126.com`` / ``name#qq.com`` forms."""

from __future__ import annotations

import re

from app.detectors.pii.config import PiiConfig
from app.detectors.pii.hits import Hit, context_before
from app.taxonomy import Category

_AT = r"(?:@|\[at\]|\(at\)|\{at\}|<at>|\s+at\s+|#|艾特|圈a)"
_DOT = r"(?:\.|\[dot\]|\(dot\)|\s+dot\s+|点)"
_EMAIL = re.compile(
    r"(?<![a-z0-9._%+-])(?P<local>[a-z0-9][a-z0-9._%+-]{0,63})\s?" + _AT
    + r"\s?(?P<domain>[a-z0-9](?:[a-z0-9-]{0,62})(?:" + _DOT + r"[a-z0-9-]{1,63})*" + _DOT + r"[a-z]{2,10})"
    + r"(?![a-z0-9-])"
)  # fmt: skip


def _own_contact(view: str, start: int, cfg: PiiConfig) -> bool:
    """有问题找我 … 邮箱: the author's signature block, unless 他的/客户 … comes in between."""
    em = cfg.emails
    before = view[max(0, start - em.self_window) : start]
    cut = max((before.rfind(w) + len(w) for w in em.self_context if w in before), default=-1)
    return cut >= 0 and not any(w in before[cut:] for w in em.third_party_words)


def find_emails(view: str, cfg: PiiConfig) -> list[Hit]:
    """Email addresses in ``view`` (half-width, lower-case); company mailboxes are left out."""
    hits: list[Hit] = []
    for m in _EMAIL.finditer(view):
        local = m.group("local")
        if m.group(0).count("#") and not re.search(r"\.(?:com|cn|net|org)", m.group("domain")):
            continue  # ``#`` is a hashtag far more often than an evasive @
        if local.split("+")[0] in cfg.emails.role_local_parts:
            continue
        if context_before(view, m.start(), cfg.emails.corporate_context, cfg.emails.window):
            continue
        if _own_contact(view, m.start(), cfg):
            continue
        rule = "email.plain" if "@" in m.group(0) else "email.obfuscated"
        hits.append(Hit(Category.PII_EMAIL, m.start(), m.end(), rule))
    return hits
