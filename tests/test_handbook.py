"""The handbook covers every enabled detector's standard (issue 11 item 8) and renders through markdown-it-py."""

from __future__ import annotations

from app.handbook import markdown_to_html, render_html, render_markdown
from app.ruleset import Ruleset, load_default_ruleset


def test_every_enabled_detector_has_its_standard() -> None:
    md = render_markdown(load_default_ruleset())
    for heading in ("## 个人信息保护（`pii` 检测器）", "## 宣传承诺（`claims` 分类器）",
                    "## 风险提示（`disclosure` 检测器", "## 负面舆情（`sentiment` 检测器"):
        assert heading in md
    assert "姓氏加称谓（陈女士、王先生）" in md  # what does NOT count, not only what does
    assert "账号主人本人公开的联系电话" in md
    assert "| `burst.account` |" in md  # alert rules come from the ruleset
    assert "| 承诺收益/保本（`guaranteed_return`） |" in md


def test_the_claim_thresholds_come_from_the_ruleset() -> None:
    """Each claim category's row carries the threshold of the ruleset rendered, whatever the pack ships."""
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["detectors"]["claims"]["config"]["categories"]["guaranteed_return"]["threshold"] = 0.77
    md = render_markdown(Ruleset.model_validate(doc))
    row = next(line for line in md.splitlines() if line.startswith("| 承诺收益/保本（`guaranteed_return`） |"))
    assert row.endswith("| 0.77 |")
    shipped = load_default_ruleset().detectors["claims"].config["categories"]["guaranteed_return"]["threshold"]
    row = next(line for line in render_markdown(load_default_ruleset()).splitlines()
               if line.startswith("| 承诺收益/保本（`guaranteed_return`） |"))
    assert row.endswith(f"| {shipped} |") and shipped != 0.77


def test_a_disabled_detector_has_no_section() -> None:
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["detectors"]["pii"]["enabled"] = False
    md = render_markdown(Ruleset.model_validate(doc))
    assert "## 个人信息保护" not in md and "## 宣传承诺" in md


def test_html_renders_tables_and_escapes_markup_in_rule_text() -> None:
    html = markdown_to_html("| a | b |\n|---|---|\n| <script>x</script> | **y** |\n")
    assert "<table>" in html and "<strong>y</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    page = render_html(load_default_ruleset())
    assert page.count("<table>") >= 4 and "<h2>" in page


def test_categories_declared_unchecked_are_listed() -> None:
    doc = load_default_ruleset().model_dump(mode="json", exclude={"version"})
    doc["coverage"] = {"not_checked": {"pii_plate": "车牌由品牌部人工审核"}}
    md = render_markdown(Ruleset.model_validate(doc))
    assert "## 本规则集不检查的类别" in md and "车牌由品牌部人工审核" in md
