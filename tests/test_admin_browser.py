"""The staff admin in a real browser (Debian's Chromium via Playwright), served by uvicorn on 127.0.0.1:
log in, change a counter's phone, publish, and the bot answers with the new phone; a conflict between two
browsers; a typed <script> stays text; a viewer cannot edit; logout. Every page at a phone's size and at
200 % zoom: no axe-core violation, no focus stop hidden or off screen, focus rings ≥ 3:1 (tests/a11y.py)."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

from core.guide import Guide
from handlers.admin.app import build_admin_app
from knowledge.db import make_engine
from knowledge.store import read_doc
from tests.a11y import (
    CHROMIUM,
    FLAGS,
    PHONE,
    ROOT,
    ZOOM_200,
    axe_violations,
    context_options,
    keyboard_walk,
    need_axe,
)
from tests.test_admin import COUNTER, NEW_PHONE, OLD_PHONE, PASSWORD, kb_template  # noqa: F401

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium (as root)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the python package playwright is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """The admin mounted at /admin, served by uvicorn in a thread."""

    def __init__(self, engine: Any, settings: Any) -> None:
        self.engine = engine
        app = Starlette(routes=[Mount("/admin", app=build_admin_app(engine, settings, secret_key="browser-test"))])
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/admin"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(5)


@pytest.fixture(scope="module")
def served(kb_template, fresh_db_url, settings) -> Iterator[Served]:  # noqa: F811
    engine = make_engine(fresh_db_url.copy(kb_template))
    with Served(engine, settings) as s:
        yield s
    engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # launch() starts Chromium with a fresh temporary profile (and refuses --user-data-dir); its contexts
    # are separate sessions, which the conflict test needs.
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def new_page(browser) -> Iterator[Any]:
    contexts: list[Any] = []
    errors: list[str] = []

    def make(**options: Any) -> Any:
        context = browser.new_context(**{"locale": "ja-JP", **options})  # each context is its own browser session
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("dialog", lambda d: errors.append(f"dialog: {d.message}"))  # an alert() would mean injected script
        return page

    yield make
    for c in contexts:
        c.close()
    assert not errors, errors


def login(page: Any, served: Served, username: str) -> None:
    page.goto(served.url + "/")
    page.get_by_label("ユーザー名").fill(username)
    page.get_by_label("パスワード").fill(PASSWORD)
    page.get_by_role("button", name="ログイン").click()
    page.get_by_role("heading", name="概要").wait_for()


def open_counter(page: Any, served: Served) -> None:
    page.get_by_role("navigation", name="管理メニュー").get_by_role("link", name="窓口", exact=True).click()
    page.get_by_label("検索（名称・別名・検索語・電話番号など）").fill("家賃")
    page.get_by_role("button", name="検索").click()
    page.get_by_role("link", name="生活困窮者自立相談支援窓口").first.click()
    page.get_by_role("button", name="下書きに保存").wait_for()


def test_log_in_change_a_phone_publish_and_the_bot_answers_with_it(served, new_page, index_cache):
    assert OLD_PHONE in str(read_doc(served.engine)) and NEW_PHONE not in str(read_doc(served.engine))
    page = new_page()
    login(page, served, "editor")
    open_counter(page, served)
    field = page.locator(f'input[name$="-value"][value="{OLD_PHONE}"]')
    row = field.get_attribute("id").removesuffix("-value")  # c0, c1 …
    field.fill(NEW_PHONE)
    page.locator(f"#{row}-source").fill("https://www.city.kamakura.kanagawa.jp/example.html")
    page.locator(f"#{row}-checked").fill("2026-12-01")
    page.get_by_role("button", name="下書きに保存").click()
    assert "下書きに保存しました" in page.get_by_role("status").inner_text()

    page.get_by_role("link", name="公開", exact=True).first.click()
    assert f"{OLD_PHONE} → {NEW_PHONE}" in page.locator("main").inner_text()
    page.get_by_role("button", name="公開", exact=True).click()
    assert "公開しました" in page.get_by_role("status").inner_text()

    open_counter(page, served)
    assert page.locator(f'input[value="{NEW_PHONE}"]').count() == 1
    assert NEW_PHONE in str(read_doc(served.engine))
    answer = Guide(served.engine, index_cache).ask("家賃が払えない")  # what /api/ask answers from
    assert NEW_PHONE in [c["value"] for c in answer.results[0].entry["contacts"]]


def test_two_browsers_edit_one_counter_the_second_sees_both_versions(served, new_page):
    first, second = new_page(), new_page()
    login(first, served, "editor")
    login(second, served, "editor2")
    for page in (first, second):
        page.goto(served.url + f"/counters/{COUNTER}")
    first.get_by_label("住民向けの一行説明").fill("一人目の説明")
    first.get_by_role("button", name="下書きに保存").click()
    first.get_by_role("status").wait_for()
    second.get_by_label("住民向けの一行説明").fill("<script>alert('x')</script>二人目の説明")
    second.get_by_role("button", name="下書きに保存").click()
    alert = second.get_by_role("alert").first
    assert "他の人が先に保存しました" in alert.inner_text()
    table = alert.locator("table").first.inner_text()  # the rows that differ
    assert "一人目の説明" in table and "<script>alert('x')</script>二人目の説明" in table  # shown as text
    assert second.get_by_label("住民向けの一行説明").input_value() == "<script>alert('x')</script>二人目の説明"  # kept
    second.get_by_role("button", name="下書きに保存").click()  # a deliberate second save goes through
    assert "下書きに保存しました" in second.get_by_role("status").inner_text()
    assert second.get_by_label("住民向けの一行説明").input_value() == "<script>alert('x')</script>二人目の説明"


def test_a_viewer_cannot_edit_and_logout_ends_the_session(served, new_page):
    page = new_page()
    login(page, served, "viewer")
    page.goto(served.url + f"/counters/{COUNTER}")
    assert "閲覧のみの権限" in page.locator("main").inner_text()
    assert page.get_by_label("住民向けの一行説明").is_disabled()
    assert page.get_by_role("button", name="下書きに保存").count() == 0
    page.get_by_role("button", name="ログアウト").click()
    assert "ログアウトしました" in page.locator("main").inner_text()
    page.goto(served.url + f"/counters/{COUNTER}")
    page.get_by_role("button", name="ログイン").wait_for()  # back at the login page


ADMIN_PAGES = ["/login", "/", "/counters", f"/counters/{COUNTER}", "/publish", "/import", "/audit", "/review", "/demand"]
REPORT: dict[str, dict[str, Any]] = {}


@pytest.mark.parametrize("size", [PHONE, ZOOM_200], ids=lambda s: s.name)  # staff use a phone or a zoomed desktop
def test_every_admin_page_passes_axe_and_the_keyboard_walk(served, new_page, size):
    source = need_axe()
    page = new_page(**context_options(size))
    failures: dict[str, Any] = {}
    for path in ADMIN_PAGES:
        if path == "/":
            login(page, served, "editor")
        else:
            page.goto(served.url + path)
        violations = axe_violations(page, source)
        walk = keyboard_walk(page)
        REPORT[f"{path}@{size.name}"] = {"axe_violations": len(violations), "focus_stops": len(walk.stops),
                                         "hidden": len(walk.hidden), "min_ring_contrast": round(walk.min_ring, 2)}
        if violations or walk.hidden or walk.min_ring < 3 or not walk.stops:
            failures[path] = {"axe": violations, "hidden": walk.hidden, "ring": round(walk.min_ring, 2)}
    out = ROOT / "var" / "a11y-admin.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(REPORT, ensure_ascii=False, indent=1), encoding="utf-8")
    assert failures == {}
