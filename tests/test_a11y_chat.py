"""The web chat for elderly and visually impaired residents (issue #18), in Debian's Chromium on the real server.

In each main state (first load, an answer, the emergency lines, an English reply), at a phone's size and at
200 % zoom: no axe-core violation; a keyboard walk where no focus stop is covered (by the input form) or
off screen, every ring ≥ 3:1 against what is behind it and every stop a ≥ 44 px target. Then what a screen
reader hears (one heading per answer, focused, no live log; the emergency box's own alert; English marked
en), the 文字を大きく and ふりがな modes (remembered), and the strict Content-Security-Policy.

`A11Y_SCREENSHOTS=docs/img` writes the screenshots of the two modes there (they are in docs/img).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.a11y import (
    CHROMIUM,
    FLAGS,
    PHONE,
    ROOT,
    SIZES,
    Size,
    axe_violations,
    context_options,
    inspect_focus,
    keyboard_walk,
    need_axe,
    need_chromium,
)
from tests.fakes import stack_fixture  # noqa: F401  (the `stack` fixture)

need_chromium()
sync_api = pytest.importorskip("playwright.sync_api", reason="the python package playwright is not installed")

ANSWER = "家賃が払えない"
EMERGENCY = "もう死にたい"
ENGLISH = "I can't pay my rent"
STATES = {"first": None, "answer": ANSWER, "emergency": EMERGENCY, "english": ENGLISH}
REPORT: dict[str, dict[str, Any]] = {}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()
    if REPORT:  # the measured figures, for docs and for whoever reads the run
        out = ROOT / "var" / "a11y-chat.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(REPORT, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.fixture
def open_chat(browser, stack) -> Iterator[Any]:
    contexts: list[Any] = []
    errors: list[str] = []

    def make(size: Size = PHONE, storage: Any = None) -> Any:
        context = browser.new_context(**context_options(size), storage_state=storage)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(stack.url + "/chat")
        page.locator(".turn.bot h2").first.wait_for()
        return page

    yield make
    for c in contexts:
        c.close()
    assert not errors, errors  # a script or style refused by the CSP would be here


def ask(page: Any, text: str) -> Any:
    """Type a message and send it with Enter; the new reply once it is shown."""
    before = page.locator(".turn.bot").count()
    box = page.get_by_label("困っていることを書いてください")
    box.fill(text)
    box.press("Enter")
    page.locator(".turn.bot").nth(before).wait_for()
    return page.locator(".turn.bot").nth(before)


def tap(page: Any, label: str) -> Any:
    before = page.locator(".turn.bot").count()
    page.locator(".turn.bot").last.get_by_role("button", name=label).first.click()
    page.locator(".turn.bot").nth(before).wait_for()
    return page.locator(".turn.bot").nth(before)


# --- axe and the keyboard, every state at every size -------------------------------------------------
@pytest.mark.parametrize("size", SIZES, ids=[s.name for s in SIZES])
@pytest.mark.parametrize("state", list(STATES))
def test_no_axe_violation_and_no_hidden_focus(open_chat, state, size):
    source = need_axe()
    page = open_chat(size)
    text = STATES[state]
    if text:
        ask(page, text)
    violations = axe_violations(page, source)
    walk = keyboard_walk(page)
    REPORT[f"{state}@{size.name}"] = {
        "axe_violations": len(violations), "focus_stops": len(walk.stops), "hidden": len(walk.hidden),
        "min_ring_contrast": round(walk.min_ring, 2), "small_targets": len(walk.small)}
    assert violations == []
    assert len(walk.stops) >= 5
    assert walk.hidden == [], f"{len(walk.hidden)} of {len(walk.stops)} focus stops hidden"
    assert walk.min_ring >= 3, [(s["name"], round(s["ring"], 2)) for s in walk.stops if s["ring"] < 3]
    assert walk.small == []


@pytest.mark.parametrize("size", SIZES, ids=[s.name for s in SIZES])
def test_large_text_and_furigana_pass_too(open_chat, size):
    """An answer with both modes on (the largest layout): the same checks."""
    source = need_axe()
    page = open_chat(size)
    for name in ("文字を大きく", "ふりがな"):
        page.get_by_role("button", name=name).click()
    ask(page, ANSWER)
    assert page.locator(".turn.bot rt").count() > 10
    violations = axe_violations(page, source)
    walk = keyboard_walk(page)
    REPORT[f"answer+large+furigana@{size.name}"] = {
        "axe_violations": len(violations), "focus_stops": len(walk.stops), "hidden": len(walk.hidden),
        "min_ring_contrast": round(walk.min_ring, 2), "small_targets": len(walk.small)}
    assert violations == []
    assert walk.hidden == [] and walk.min_ring >= 3 and walk.small == []


def test_the_walk_sees_a_form_that_covers_focus(open_chat):
    """The check itself: a form fixed over the lower half of the screen (as the sticky form was at 200 %)."""
    page = open_chat(PHONE)
    ask(page, ANSWER)
    page.evaluate("""() => { const f = document.getElementById('ask');
        f.style.position = 'fixed'; f.style.bottom = '0'; f.style.left = '0'; f.style.right = '0'; f.style.height = '50vh';
        document.documentElement.style.scrollPaddingBottom = '0'; }""")
    walk = keyboard_walk(page)
    assert any("covered by form#ask" in h for h in walk.hidden), walk.hidden


# --- what a screen reader hears ------------------------------------------------------------------------
def test_focus_goes_to_each_new_reply_heading_and_nothing_is_read_twice(open_chat):
    page = open_chat()
    log = page.locator("#log")
    assert log.get_attribute("aria-live") is None and log.get_attribute("role") is None  # not a live region
    assert page.locator("[aria-live], [role=log], [role=status]").count() == 0

    for act, arg in ((tap, "家族のこと"), (tap, "高齢・介護"), (ask, ANSWER)):  # tapped and typed
        heading = act(page, arg).locator("h2")
        page.wait_for_function("h => document.activeElement === h", arg=heading.element_handle())
        stop = inspect_focus(page)
        assert stop is not None and stop["problems"] == [], stop
    assert re.fullmatch(r"窓口を\d+件ご案内します", heading.inner_text())
    assert len(heading.inner_text()) <= 20  # the one announcement: a few words, not the whole answer


def test_the_emergency_lines_come_first_as_their_own_alert_with_named_links(open_chat):
    page = open_chat()
    turn = ask(page, EMERGENCY)
    children = turn.locator(":scope > *")
    assert children.nth(0).evaluate("e => e.tagName") == "H2"
    box = children.nth(1)
    assert box.get_attribute("class") == "emergency"
    alert = box.get_by_role("alert")
    assert alert.count() == 1 and alert.inner_text().count("。") == 1  # one short sentence
    assert page.get_by_role("alert").count() == 1
    links = box.get_by_role("link").all()
    assert links
    for link in links:
        assert link.get_attribute("href").startswith("tel:")
        name = link.evaluate("a => a.innerText")
        assert re.search(r"[^\d\s☎-]{2,}", name), f"the link names its line: {name!r}"
    card_call = turn.locator("article.card a.call").first
    title = turn.locator("article.card h3").first.inner_text()
    assert card_call.inner_text().startswith(title)  # the counter's name is in the link (visually hidden)


def test_english_reply_and_message_are_marked_english(open_chat):
    page = open_chat()
    turn = ask(page, ENGLISH)
    assert turn.get_attribute("lang") == "en"
    assert page.locator(".turn.me").last.get_attribute("lang") == "en"
    japanese = turn.locator("[lang=ja]")  # Japanese names inside the English reply are marked ja
    assert japanese.count() >= 1
    for span in japanese.all()[:5]:
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", span.text_content() or "")  # some folded in 「More」


def test_one_119_110_notice_full_option_labels_and_new_tab_links(open_chat):
    page = open_chat()
    text = page.locator("body").inner_text()
    assert text.count("110") == 1 and text.count("119") == 1, "one 119/110 notice (the header's)"
    sos = page.locator("header a.call")
    assert [a.get_attribute("href") for a in sos.all()] == ["tel:119", "tel:110"]
    for a in sos.all():
        assert a.bounding_box()["height"] >= 44
    turn = ask(page, ANSWER)
    for link in turn.locator("a[target=_blank]").all():
        assert "新しいタブで開きます" in (link.text_content() or "")
    shown = {b.get_attribute("data-choice"): b.inner_text() for b in turn.locator(".options button").all()}
    entries = [i for i in shown if i.startswith("c:")]
    assert entries, "the answer offers more counters as options"
    names = page.evaluate("""async (ids) => {
        const r = await fetch('/api/chat', {method: 'POST', body: JSON.stringify({session: 'x'.repeat(20), text: '家賃が払えない'})});
        return (await r.json()).options.map(o => [o.id, o.label]);
    }""", entries)
    full = dict(names)
    assert all(shown[i] == full[i] for i in entries if i in full)  # the whole name, as the API gives it


# --- 文字を大きく and ふりがな -------------------------------------------------------------------------
def test_large_text_and_furigana_are_one_tap_each_and_remembered(open_chat):
    page = open_chat()
    ask(page, "母の物忘れがひどく、一人暮らしが心配")
    size = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.bot p.text')).fontSize)")
    large = page.get_by_role("button", name="文字を大きく")
    large.click()
    assert large.get_attribute("aria-pressed") == "true"
    bigger = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.bot p.text')).fontSize)")
    assert bigger >= size * 1.3

    rt = page.locator(".turn.bot rt").first
    assert not rt.is_visible()
    furigana = page.get_by_role("button", name="ふりがな")
    furigana.click()
    assert furigana.get_attribute("aria-pressed") == "true"
    assert rt.is_visible() and re.fullmatch(r"[\u3041-\u309fー]+", rt.inner_text())
    assert rt.get_attribute("aria-hidden") == "true"  # a screen reader reads the kanji once

    shots = os.environ.get("A11Y_SCREENSHOTS")
    if shots:
        out = ROOT / shots
        out.mkdir(parents=True, exist_ok=True)
        furigana.click()  # large text alone
        page.locator(".turn.bot").last.locator("h2").evaluate("h => h.scrollIntoView({block: 'start'})")
        page.screenshot(path=str(Path(out, "chat-large-text.png")))
        furigana.click()
        large.click()  # ふりがな alone
        page.locator(".turn.bot").last.locator("h2").evaluate("h => h.scrollIntoView({block: 'start'})")
        page.screenshot(path=str(Path(out, "chat-furigana.png")))
        large.click()

    storage = page.context.storage_state()
    again = open_chat(PHONE, storage)  # another visit on the same device
    assert {"furigana", "large"} <= set(again.evaluate("() => document.documentElement.className").split())
    assert again.get_by_role("button", name="文字を大きく").get_attribute("aria-pressed") == "true"
    assert again.get_by_role("button", name="ふりがな").get_attribute("aria-pressed") == "true"


def test_the_page_has_a_strict_content_security_policy(stack):
    response = stack.http.get("/chat")
    csp = response.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    html = response.text
    assert "<script>" not in html and "<style>" not in html and not re.search(r"\s(style|on\w+)=", html)
    for name, kind in (("chat.js", "javascript"), ("chat.css", "css")):
        asset = stack.http.get(f"/chat/{name}")
        assert asset.status_code == 200 and kind in asset.headers["content-type"]
    assert stack.http.get("/chat/chat.py").status_code == 404
