"""The officer's page in a real headless browser: fill the household form, read the result, switch language.

The browser is Debian's Chromium (``/usr/bin/chromium``, installed by ``.ci/run``), driven by Playwright; no
browser build is downloaded. Without a browser the tests are skipped, unless ``GIAMNGHEO_REQUIRE_BROWSER`` is set
(as in CI), when they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    if os.environ.get("GIAMNGHEO_REQUIRE_BROWSER"):
        pytest.fail("no Chromium: install Debian's chromium (apt-get install chromium)", pytrace=False)
    pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium)", allow_module_level=True)

import uvicorn  # noqa: E402
from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config("giamngheo.web:app", host="127.0.0.1", port=port, log_level="warning", access_log=False)
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        context = browser.new_context(offline=False)
        blocked: list[str] = []
        # The page must need nothing outside the service: every other request fails the test.
        context.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(server)
                else (blocked.append(route.request.url), route.abort())
            ),
        )
        page = context.new_page()
        page.goto(server + "/")
        expect(page.locator("body[data-ready=true]")).to_have_count(1)
        yield page
        assert [] == blocked
        browser.close()


def test_a_poor_household_filled_in_gets_its_status_and_the_member_behind_it(browser_page: Page) -> None:
    page = browser_page
    page.fill("#on", "2024-06-01")
    page.select_option("#household-area", "rural")
    page.fill("#household-income_per_capita_monthly_vnd", "1.400.000")
    page.click("#add-member")
    page.fill("#member1-birth_date", "1980-01-31")
    page.select_option("#member1-has_health_insurance", "false")
    # Facts still unknown could make the household poor or near-poor: undetermined, saying what is missing.
    expect(page.locator("#status")).to_have_text("chưa xác định được (thiếu thông tin)", timeout=10_000)
    expect(page.locator("#needed")).to_contain_text("Thành viên thứ 1: Việc làm chính")
    expect(page.locator("#findings")).to_contain_text("bảo hiểm y tế")
    # Two more deprivations (Nghị định 07/2021/NĐ-CP, Điều 3 khoản 1: three or more, with income at most
    # 1,500,000 VND in rural areas, make a household poor).
    page.select_option("#dwelling-water_source", "surface_water")
    page.select_option("#dwelling-latrine", "none")
    expect(page.locator("#status")).to_have_text("hộ nghèo", timeout=10_000)
    expect(page.locator("#supports li").first).to_contain_text("hộ nghèo")


def test_the_page_switches_to_english(browser_page: Page) -> None:
    page = browser_page
    page.click("#lang")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#status")).to_have_text("poor household", timeout=10_000)
    expect(page.locator("#findings")).to_contain_text("health insurance")
    expect(page.locator("legend").first).to_have_text("Household")
    page.click("#lang")
    expect(page.locator("html")).to_have_attribute("lang", "vi")


def test_a_wrong_value_shows_the_problem(browser_page: Page) -> None:
    page = browser_page
    page.fill("#household-income_per_capita_monthly_vnd", "abc")
    expect(page.locator("#problem")).to_contain_text("income_per_capita_monthly_vnd", timeout=10_000)
    page.fill("#household-income_per_capita_monthly_vnd", "1400000")
    expect(page.locator("#problem")).to_be_hidden(timeout=10_000)


def test_every_control_has_a_label_and_is_reached_by_keyboard(browser_page: Page) -> None:
    page = browser_page
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, [role=group]')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-labelledby')
                         && !e.closest('label'))
            .map(e => e.id)"""
    )
    assert [] == unlabelled
    page.focus("#on")
    seen = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.id"))
    assert {"lang", "print", "household-area", "add-member", "member1-birth_date"} <= seen
