"""LINE over real HTTP: signed webhooks into the real server, replies recorded by a fake Messaging API."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from linebot.v3.messaging import FlexMessage, ReplyMessageRequest, RichMenuRequest

from bot.cli import main as cli_main
from bot.server import create_app
from core.replies import Card, EmergencyLine, Fact, Option, Reply
from handlers.line import richmenu
from handlers.line.render import render, utf16_units
from tests.fakes import (
    FakeLineApi,
    Stack,
    line_barrier,
    line_event,
    post_line,
    running_stack,
    server_settings,
)


@pytest.fixture(scope="module", name="stack", params=[0, 2], ids=["in-process", "line-workers"])
def line_stack(request, loaded_engine) -> Iterator[Stack]:
    """Every test over HTTP runs twice: events worked off in the server, and in two LINE worker processes."""
    yield from running_stack(loaded_engine, line_workers=request.param)


def reply_to(stack, event: dict[str, Any]) -> list[dict[str, Any]]:
    response = post_line(stack.http, event)
    assert response.status_code == 200
    return stack.line.replies(event["replyToken"])[0]["messages"]


def quick_items(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    with_qr = [m for m in messages if "quickReply" in m]
    assert len(with_qr) == 1 and with_qr[0] is messages[-1], "the quick reply rides on the last message"
    return with_qr[0]["quickReply"]["items"]


def tap(stack, user: str, messages: list[dict[str, Any]], starts: str) -> list[dict[str, Any]]:
    """Tap the quick reply whose label starts with `starts`: its postback data goes back to the server."""
    item = next(i for i in quick_items(messages) if i["action"]["label"].startswith(starts))
    return reply_to(stack, line_event("postback", user, data=item["action"]["data"]))


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m["text"] for m in messages if m["type"] == "text")


def assert_within_line_limits(messages: list[dict[str, Any]]) -> None:
    assert 1 <= len(messages) <= 5
    ReplyMessageRequest.from_dict({"replyToken": "t", "messages": messages})  # the SDK's own schema
    for m in messages:
        if m["type"] == "text":
            assert 0 < utf16_units(m["text"]) <= 5000
        if m["type"] == "flex":
            assert len(m["altText"]) <= 400
            FlexMessage.from_dict(m)
            contents = m["contents"]
            bubbles = contents["contents"] if contents["type"] == "carousel" else [contents]
            assert len(bubbles) <= 12
            assert len(json.dumps(contents, ensure_ascii=False).encode()) <= 50_000
            for b in bubbles:
                assert len(json.dumps(b, ensure_ascii=False).encode()) <= 30_000
                _walk_flex(b)
        if "quickReply" in m:
            items = m["quickReply"]["items"]
            assert 1 <= len(items) <= 13
            for i in items:
                assert len(i["action"]["label"]) <= 20
                assert len(i["action"]["data"]) <= 300


def _walk_flex(node: Any) -> None:
    if isinstance(node, dict):
        assert None not in node.values()
        if node.get("type") == "text":
            assert node["text"].strip(), "LINE rejects empty text components"
        action = node.get("action")
        if action and action["type"] == "uri":
            assert action["uri"].startswith(("https://", "http://", "tel:")) and len(action["uri"]) <= 1000
            assert len(action.get("label", "")) <= 20
        for v in node.values():
            _walk_flex(v)
    elif isinstance(node, list):
        for v in node:
            _walk_flex(v)


def tel_uris(message: dict[str, Any]) -> list[str]:
    return [u for u in _uris(message) if u.startswith("tel:")]


def _uris(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["uri"]] if node.get("type") == "uri" else []
        return found + [u for v in node.values() for u in _uris(v)]
    if isinstance(node, list):
        return [u for v in node for u in _uris(v)]
    return []


# --- signature -----------------------------------------------------------------------------------
@pytest.mark.parametrize("signature", [None, "", "bm90IHRoZSBzaWduYXR1cmU=", "garbage"])
def test_a_bad_or_missing_signature_gets_400_and_nothing_is_sent(stack, signature):
    event = line_event("text", "U-bad-sig", text="母の物忘れが心配")
    response = post_line(stack.http, event, signature=signature)
    assert response.status_code == 400
    line_barrier(stack.http, stack.line, "U-bad-sig")
    assert not [r for r in stack.line.replies() if r["replyToken"] == event["replyToken"]]


def test_a_body_signed_with_another_secret_is_refused(stack):
    from tests.fakes import line_body, sign

    event = line_event("text", "U-other-secret", text="母の物忘れが心配")
    body = line_body(event)
    response = stack.http.post("/line/webhook", content=body, headers={"X-Line-Signature": sign(body, "other")})
    assert response.status_code == 400


# --- replies -------------------------------------------------------------------------------------
def test_a_question_is_answered_with_cards_quick_replies_and_call_buttons(stack):
    event = line_event("text", "U-question", text="母の物忘れがひどく、お金の管理が心配")
    stack.line.hold = threading.Event()  # the reply is not answered until the webhook has answered LINE
    try:
        response = post_line(stack.http, event)
        assert response.status_code == 200
        assert event["replyToken"] not in stack.line.used_tokens, "LINE is answered before the work is done"
    finally:
        stack.line.hold.set()
        stack.line.hold = None
    messages = stack.line.replies(event["replyToken"])[0]["messages"]
    assert_within_line_limits(messages)
    flex = [m for m in messages if m["type"] == "flex"]
    assert flex and tel_uris(flex[-1]), "counters come as Flex with tel: buttons"
    carousel = flex[-1]["contents"]
    first = carousel["contents"][0] if carousel["type"] == "carousel" else carousel
    shown = json.dumps(first, ensure_ascii=False)
    # Residents see the section, the district and the source; the date a person checked it is for staff (#14).
    assert "担当" in shown and "地区" in shown and "出典" in shown and "確認" not in shown.replace("未確認", "")
    assert any(i["action"]["label"] == "最初から" for i in quick_items(messages))
    call = stack.line.calls_to("/message/reply")[0]
    assert call.headers["Authorization"].startswith("Bearer ")


def test_follow_greets_with_what_the_bot_is_not_and_keeps(stack):
    messages = reply_to(stack, line_event("follow", "U-follow"))
    greeting = texts(messages)
    assert "相談窓口" in greeting
    assert "緊急通報の窓口ではありません" in greeting and "119" in greeting
    assert "保存しません" in greeting
    assert len(quick_items(messages)) >= 3


def test_a_whole_guided_conversation_by_postbacks(stack):
    user = "U-guided-" + uuid.uuid4().hex[:8]
    messages = reply_to(stack, line_event("follow", user))
    for label in ("家族のこと", "高齢・介護", "認知症"):
        messages = tap(stack, user, messages, label)
        assert_within_line_limits(messages)
    districts = [i["action"]["label"] for i in quick_items(messages)]
    assert any(label.startswith("鎌倉地域") for label in districts) and "戻る" in districts
    messages = tap(stack, user, messages, "市内全域")
    assert_within_line_limits(messages)
    flex = next(m for m in messages if m["type"] == "flex")
    assert tel_uris(flex), "the answer carries call buttons"
    assert messages[-1]["text"] == "役に立ちましたか？" and messages[-1]["quickReply"], "asked after the cards"
    messages = tap(stack, user, messages, "紹介状")
    assert "認知症" in texts(messages) and "家族のこと" in texts(messages)
    messages = tap(stack, user, messages, "最初から")
    assert "家族のこと" in [i["action"]["label"] for i in quick_items(messages)]


def test_events_of_one_webhook_are_answered_in_order(stack):
    user = "U-batch-" + uuid.uuid4().hex[:8]
    events = [line_event("postback", user, data=d) for d in ("w:family", "a:elderly", "t:ninchisho")]
    assert post_line(stack.http, *events).status_code == 200
    last = stack.line.replies(events[-1]["replyToken"])[0]["messages"]
    labels = [i["action"]["label"] for i in quick_items(last)]
    assert any(label.startswith("市内全域") for label in labels), "the third event saw the first two"


def test_a_redelivered_event_is_answered_once(stack):
    event = line_event("text", "U-redeliver", text="家賃が払えない")
    assert post_line(stack.http, event).status_code == 200
    stack.line.replies(event["replyToken"])
    again = dict(event, deliveryContext={"isRedelivery": True})
    assert post_line(stack.http, again).status_code == 200
    line_barrier(stack.http, stack.line, "U-redeliver")
    calls = [r for r in stack.line.replies() if r["replyToken"] == event["replyToken"]]
    assert len(calls) == 1


def test_standby_events_get_no_reply(stack):
    event = line_event("text", "U-standby", text="母の物忘れが心配", mode="standby")
    assert post_line(stack.http, event).status_code == 200
    line_barrier(stack.http, stack.line, "U-standby")
    assert not [r for r in stack.line.replies() if r["replyToken"] == event["replyToken"]]


def test_crisis_text_puts_the_emergency_lines_first(stack):
    messages = reply_to(stack, line_event("text", "U-crisis", text="もう死にたい"))
    assert_within_line_limits(messages)
    first = messages[0]
    assert first["type"] == "flex" and "緊急" in first["altText"]
    numbers = {u.removeprefix("tel:") for u in tel_uris(first)}
    assert numbers and all(n.replace("%23", "").isdigit() for n in numbers)
    assert "0120783556" in numbers or "0120061338" in numbers, "a suicide-prevention line is offered"


def test_a_sticker_gets_the_how_to(stack):
    messages = reply_to(stack, line_event("sticker", "U-sticker"))
    assert "使い方" in texts(messages)


def test_more_pages_a_long_option_list(stack):
    """More than 13 options: 12 and 「もっと見る」; tapping it brings the rest (over HTTP, real state)."""
    from core.state import Record, StateStore
    from knowledge.db import make_engine

    user = "U-more-" + uuid.uuid4().hex[:8]
    store = StateStore(make_engine(stack.database_url), "test-salt")
    store.save("line", user, Record({"step": "answered"}, [(f"c:x{i}", f"選択肢{i}") for i in range(20)]))
    messages = reply_to(stack, line_event("postback", user, data="more:12"))
    labels = [i["action"]["label"] for i in quick_items(messages)]
    assert labels == [f"選択肢{i}" for i in range(12, 20)]


def test_unfollow_forgets_the_conversation_and_the_review_rows(stack):
    from core.state import StateStore
    from knowledge.db import make_engine

    def eventually(check) -> bool:  # the server commits states in batches, within a moment
        deadline = time.monotonic() + 5
        while not check() and time.monotonic() < deadline:
            time.sleep(0.02)
        return check()

    from sqlalchemy import func, select

    from backoffice.review import UnansweredQuestion

    user = "U-unfollow-" + uuid.uuid4().hex[:8]
    engine = make_engine(stack.database_url)
    store = StateStore(engine, "test-salt")
    key = store.key("line", user)

    def review_rows() -> int:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(UnansweredQuestion)
                                .where(UnansweredQuestion.user_key == key)).scalar_one()  # type: ignore[arg-type]

    reply_to(stack, line_event("text", user, text="サッカーの試合結果を知りたい"))  # kept for the staff review
    reply_to(stack, line_event("postback", user, data="w:self"))
    assert eventually(lambda: store.load("line", user) is not None and review_rows() == 1)
    assert post_line(stack.http, line_event("unfollow", user)).status_code == 200
    assert eventually(lambda: store.load("line", user) is None and review_rows() == 0)


# --- rendering limits (no server) -------------------------------------------------------------
def _card(i: int) -> Card:
    phone = Fact("代表", "0467-23-3000", "https://www.city.kamakura.kanagawa.jp/a.html", "2026-11-23")
    return Card(entry_id=f"e{i}", title=f"窓口{i}" * 10, summary="説明" * 300, section="生活福祉課",
                district="市内全域", phones=(phone,), hours=(Fact("受付時間", "月〜金 8:30–17:15", None),),
                open_now=True)


def test_render_keeps_every_limit_for_an_oversized_reply():
    reply = Reply("長い文章😀\n" * 3000, emergency=[EmergencyLine("警察（緊急）", "110", "24時間")],
                  cards=[_card(i) for i in range(20)], options=[Option(f"c:x{i}", "とても長い選択肢の名前" * 3)
                                                                 for i in range(40)])
    messages = render(reply)
    assert_within_line_limits(messages)
    assert messages[0]["type"] == "flex" and "110" in messages[0]["altText"]
    items = quick_items(messages)
    assert len(items) == 13 and items[-1]["action"] == {
        "type": "postback", "label": "もっと見る", "data": "more:12", "displayText": "もっと見る"}


def test_a_label_keeps_its_count_when_cut():
    from handlers.line.flex import label

    assert label("ケアラー・ダブルケア・ヤングケアラー（4件）").endswith("（4件）")
    assert len(label("ケアラー・ダブルケア・ヤングケアラー（4件）")) == 20


# --- configuration -----------------------------------------------------------------------------
def test_line_endpoint_is_503_without_settings(loaded_engine):
    app = create_app(server_settings(loaded_engine.url.render_as_string(hide_password=False)))

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as client:
            return await client.post("/line/webhook", content=b"{}", headers={"X-Line-Signature": "x"})

    assert asyncio.run(post()).status_code == 503


def test_richmenu_definition_and_registration(tmp_path, monkeypatch, capsys):
    """`--image FILE` uploads that file instead of the committed one."""
    menu = json.loads(richmenu.MENU_FILE.read_text(encoding="utf-8"))
    RichMenuRequest.from_dict(menu)
    assert [a["action"]["label"] for a in menu["areas"]] == ["相談をはじめる", "窓口を探す", "緊急のとき", "使い方"]
    assert len(menu["chatBarText"]) <= 14
    api = FakeLineApi().start()
    try:
        image = tmp_path / "menu.png"
        image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", api.token)
        monkeypatch.setenv("LINE_API_BASE_URL", api.url)
        assert cli_main(["line", "richmenu", "--image", str(image)]) == 0
        assert capsys.readouterr().out.strip() == "richmenu-0123456789abcdef"
        paths = [c.path for c in api.calls]
        assert paths == ["/v2/bot/richmenu/validate", "/v2/bot/richmenu",
                         "/v2/bot/richmenu/richmenu-0123456789abcdef/content",
                         "/v2/bot/user/all/richmenu/richmenu-0123456789abcdef"]
        assert api.calls[1].body["areas"][2]["action"]["data"] == "sos"
        assert api.calls[2].headers["Content-Type"] == "image/png"
        assert api.calls[2].body == image.read_bytes()
    finally:
        api.stop()


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (the first one, right after the signature)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_richmenu_image_is_committed_at_the_menu_size():
    menu = json.loads(richmenu.MENU_FILE.read_text(encoding="utf-8"))
    data = richmenu.IMAGE_FILE.read_bytes()
    assert png_size(data) == (menu["size"]["width"], menu["size"]["height"]) == (2500, 843)
    assert len(data) <= 1024 * 1024  # LINE's limit for a rich menu image
    assert data.endswith(b"IEND\xaeB`\x82")  # complete, not truncated


def test_richmenu_uploads_the_committed_image_by_default(monkeypatch, capsys):
    api = FakeLineApi().start()
    try:
        monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", api.token)
        monkeypatch.setenv("LINE_API_BASE_URL", api.url)
        assert cli_main(["line", "richmenu"]) == 0
        out, err = capsys.readouterr()
        assert out.strip() == "richmenu-0123456789abcdef"
        assert "now the default" in err
        assert [c.path for c in api.calls] == [
            "/v2/bot/richmenu/validate", "/v2/bot/richmenu",
            "/v2/bot/richmenu/richmenu-0123456789abcdef/content",
            "/v2/bot/user/all/richmenu/richmenu-0123456789abcdef"]
        upload = api.calls[2]
        assert upload.headers["Content-Type"] == "image/png"
        assert upload.body == richmenu.IMAGE_FILE.read_bytes()
        assert api.calls[3].method == "POST"
    finally:
        api.stop()


def test_richmenu_without_any_image_is_created_only(tmp_path, monkeypatch, capsys):
    api = FakeLineApi().start()
    try:
        menu_id, default = richmenu.register(api.token, api.url, default_image=tmp_path / "missing.png")
        assert (menu_id, default) == ("richmenu-0123456789abcdef", False)
        assert [c.path for c in api.calls] == ["/v2/bot/richmenu/validate", "/v2/bot/richmenu"]
        monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", api.token)
        monkeypatch.setenv("LINE_API_BASE_URL", api.url)
        assert cli_main(["line", "richmenu", "--image", str(tmp_path / "missing.png")]) == 2
        assert "no such image" in capsys.readouterr().err
        assert len(api.calls) == 2  # nothing created for a mistyped --image
    finally:
        api.stop()
