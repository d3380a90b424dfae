"""The console in a real headless browser (Playwright driving Debian's chromium) against a real `postguard serve`
on SQLite and PostgreSQL: sign in, check a draft and apply a suggestion, review an item, search verdicts, watch the
dashboard update, with axe-core (vendored) checking accessibility on every page and a screenshot of each page.

Skips where chromium or playwright is missing, unless POSTGUARD_REQUIRE_BROWSER=1 (CI), where that fails.
Screenshots go to $POSTGUARD_SCREENSHOT_DIR (default tests/artifacts/screenshots)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.db import Database, upgrade
from tests.console.conftest import PASSWORD, add_user
from tests.console.test_console import _draft_without, _incident_with_mentions
from tests.dbfixtures import db_url, lexicon_only, publish_now  # noqa: F401  (fixture)
from tests.ops.live import ROOT, LiveServer

CHROMIUM = os.environ.get("POSTGUARD_CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "app" / "console" / "static" / "axe-4.10.2.min.js"
SHOTS = Path(os.environ.get("POSTGUARD_SCREENSHOT_DIR") or ROOT / "tests" / "artifacts" / "screenshots")


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no chromium at {CHROMIUM} (apt-get install -y chromium)"
    return None


def skip_or_fail(reason: str) -> None:
    """Skip where the browser is missing, unless CI requires it (POSTGUARD_REQUIRE_BROWSER=1)."""
    if os.environ.get("POSTGUARD_REQUIRE_BROWSER", "") not in ("", "0", "false", "no"):
        pytest.fail(f"POSTGUARD_REQUIRE_BROWSER is set but {reason}", pytrace=False)
    pytest.skip(reason)


def test_missing_browser_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POSTGUARD_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception):
        skip_or_fail("no chromium")


def test_missing_browser_fails_when_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTGUARD_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_BROWSER"):
        skip_or_fail("no chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if reason := _browser_missing():
        skip_or_fail(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[LiveServer]:  # noqa: F811
    upgrade(db_url)
    db = Database(db_url)
    publish_now(db, lexicon_only())
    add_user(db, "admin", "admin")
    add_user(db, "rita", "reviewer")
    _incident_with_mentions(db, ["理赔拖了三个月还没结果", "客服电话一直打不通"])
    db.dispose()
    live = LiveServer(tmp_path, {"POSTGUARD_DATABASE_URL": db_url, "POSTGUARD_STORE_TEXT": "full",
                                 "POSTGUARD_DATA_DIR": str(tmp_path), "POSTGUARD_RATE_LIMIT_STORAGE": "memory"})
    try:
        live.wait_ready()
        yield live
    finally:
        live.stop()


def _axe(page: Any) -> list[str]:
    """WCAG 2 A/AA violations on the page (labels, contrast, landmarks, names), as 'rule: target' lines."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']}))
        .violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))""")
    return list(result)


def _visit(page: Any, name: str, backend: str, problems: list[str]) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{backend}-{name}.png"), full_page=True)
    problems.extend(f"{name}: {v}" for v in _axe(page))


def test_console_end_to_end(browser: Any, server: LiveServer, db_url: str) -> None:  # noqa: F811
    from playwright.sync_api import expect

    backend = "postgres" if db_url.startswith("postgresql") else "sqlite"
    problems: list[str] = []
    # bypass_csp: the test injects axe-core inline, which the console's Content-Security-Policy would refuse.
    page = browser.new_page(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    base = server.base

    # Sign in with the keyboard only: the name field has focus, Tab moves to the password, Enter submits.
    page.goto(f"{base}/console/check")
    expect(page).to_have_url(re.compile(r"/console/login"))
    _visit(page, "login", backend, problems)
    page.keyboard.type("admin")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/console/check$"))
    page.keyboard.press("Tab")  # the first stop on every page skips the navigation
    assert page.evaluate("document.activeElement.className") == "skip"

    # Check a draft, then apply the suggested rewrite for 最好的保险.
    page.get_by_label("正文").fill("最好的保险就是它，稳赚不赔")
    page.get_by_label("渠道").select_option("moments")
    page.get_by_role("button", name="检查", exact=True).click()
    expect(page.locator("#verdict")).to_have_text("拦截")
    expect(page.locator("#highlighted mark")).to_have_count(2)
    _visit(page, "check", backend, problems)
    page.get_by_role("button", name="采纳建议并重新检查").first.click()
    expect(page.locator("#changes ins")).to_have_text("较适合XX人群")
    expect(page.locator("#text")).to_have_value("较适合XX人群就是它，稳赚不赔")
    _visit(page, "check-applied", backend, problems)

    # A draft that needs a person: review it from the queue.
    page.get_by_label("正文").fill("这款产品首选，值得抢购")
    page.get_by_role("button", name="检查", exact=True).click()
    expect(page.locator("#verdict")).to_have_text("需人工审核")
    page.get_by_role("link", name="审核队列").click()
    _visit(page, "queue", backend, problems)
    page.get_by_role("link", name=re.compile("打开")).first.click()
    page.get_by_label("驳回").check()
    page.get_by_label("原因").fill("抢购属于催促用语")
    page.get_by_role("button", name="提交决定").click()
    expect(page.get_by_role("status")).to_have_text("已保存")
    expect(page.locator("table")).to_contain_text("user:admin")
    _visit(page, "verdict", backend, problems)

    # Verdict search (htmx swaps the results and keeps the URL shareable).
    page.get_by_role("link", name="检查记录").click()
    page.get_by_label("结论").select_option("block")
    page.get_by_role("button", name="筛选").click()
    expect(page).to_have_url(re.compile(r"verdict=block"))
    expect(page.locator("tbody tr")).to_have_count(2)
    _visit(page, "verdicts", backend, problems)

    # The dashboard counts every check so far, and follows a new one.
    # Console checks are drafts: 合规率 counts published posts, so look at every check.
    page.get_by_role("link", name="统计看板").click()
    expect(page.locator("#checked")).to_have_text("0")
    page.get_by_label("统计口径").select_option("all")
    page.get_by_role("button", name="筛选").click()
    expect(page.locator("#checked")).to_have_text("3")
    expect(page.locator("svg.chart")).to_have_count(8)
    _visit(page, "dashboard", backend, problems)
    page.get_by_role("link", name="检查草稿").click()
    page.get_by_label("正文").fill("本产品保障全面，以合同条款为准")
    page.get_by_role("button", name="检查", exact=True).click()
    page.get_by_role("link", name="统计看板").click()
    page.get_by_label("统计口径").select_option("all")
    page.get_by_role("button", name="筛选").click()
    expect(page.locator("#checked")).to_have_text("4")

    # Rules: draft a version without two rules, see its impact on archived posts, then publish it.
    page.get_by_role("link", name="规则").click()
    draft = _draft_without("stop_sale_hype.rush", "ad_absolute.first_claim")  # ~100k characters: paste, not type
    page.get_by_label("规则文档").evaluate("(el, text) => { el.value = text; }", draft)
    page.get_by_role("button", name="创建").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("v2")
    _visit(page, "rules-version", backend, problems)
    page.get_by_role("link", name="查看影响并发布").click()
    expect(page.locator("#impact-changed")).to_have_text("1")
    _visit(page, "rules-impact", backend, problems)
    page.get_by_role("button", name="确认发布此版本").click()
    expect(page.get_by_role("status")).to_have_text("已发布")
    page.get_by_role("link", name="规则").click()
    page.get_by_role("button", name="比较两个版本").click()
    expect(page.locator("main")).to_contain_text("stop_sale_hype.rush")
    _visit(page, "rules-diff", backend, problems)

    # Incidents: the mentions behind one, acknowledged and then resolved with a note.
    page.get_by_role("link", name="舆情事件").click()
    page.get_by_role("link", name=re.compile("打开")).first.click()
    expect(page.locator("main")).to_contain_text("理赔拖了三个月还没结果")
    _visit(page, "incident", backend, problems)
    page.get_by_label("处理说明").fill("已联系理赔部门")
    page.get_by_role("button", name="确认").click()
    expect(page.locator("#incident-state")).to_have_text("已确认")
    page.get_by_label("处理说明").fill("已回复客户")
    page.get_by_role("button", name="处置完毕").click()
    expect(page.locator("#incident-state")).to_have_text("已处置")

    page.get_by_role("link", name="人员与密钥").click()
    _visit(page, "admin", backend, problems)
    page.goto(f"{base}/console/dashboard?lang=en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    _visit(page, "dashboard-en", backend, problems)

    # A phone: the check page fits the screen without sideways scrolling.
    # (Under the real Content-Security-Policy: nothing the pages load is refused, htmx included.)
    phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    refused: list[str] = []
    phone.on("console", lambda msg: refused.append(msg.text) if "Content Security Policy" in msg.text else None)
    phone.context.add_cookies(page.context.cookies())
    phone.goto(f"{base}/console/verdicts")
    phone.get_by_label("Verdict").select_option("review")
    phone.get_by_role("button", name="Filter").click()
    expect(phone).to_have_url(re.compile(r"verdict=review"))
    assert phone.evaluate("typeof htmx") == "object" and refused == []
    phone.goto(f"{base}/console/check")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    phone.screenshot(path=str(SHOTS / f"{backend}-check-phone.png"), full_page=True)
    assert problems == []
