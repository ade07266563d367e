"""Generated input against the running server: signed webhook bodies of any JSON shape (hypothesis)
and the OpenAPI-described endpoints (schemathesis). Never a 5xx, never a crash, the server stays healthy."""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.core.result import Err, Ok

from tests.fakes import TG_SECRET, sign, stack_fixture  # noqa: F401  (the module's server and fakes)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25)
EVENT_TYPES = st.sampled_from(["message", "postback", "follow", "unfollow", "join", "beacon", "membership", "x"])
LINE_EVENT = st.fixed_dictionaries(
    {"type": EVENT_TYPES},
    optional={"mode": st.sampled_from(["active", "standby", "?"]), "timestamp": st.integers(),
              "webhookEventId": st.text(max_size=30), "replyToken": st.text(max_size=40),
              "deliveryContext": st.fixed_dictionaries({"isRedelivery": st.booleans()}),
              "source": st.fixed_dictionaries({"type": st.sampled_from(["user", "group", "room"])},
                                              optional={"userId": st.text(max_size=40),
                                                        "groupId": st.text(max_size=40)}),
              "message": st.fixed_dictionaries({"type": st.sampled_from(["text", "sticker", "image"])},
                                               optional={"id": st.text(max_size=5), "text": st.text(max_size=200),
                                                         "quoteToken": st.text(max_size=5)}),
              "postback": st.fixed_dictionaries({"data": st.text(max_size=300)})})
LINE_BODY = st.one_of(JSON, st.fixed_dictionaries({"destination": st.text(max_size=33),
                                                   "events": st.lists(LINE_EVENT | JSON, max_size=3)}))
TG_BODY = st.one_of(JSON, st.fixed_dictionaries(
    {"update_id": st.integers(min_value=-2**40, max_value=2**40)},
    optional={"message": JSON | st.fixed_dictionaries({
        "message_id": st.integers(), "date": st.integers(min_value=0, max_value=2**31),
        "chat": st.fixed_dictionaries({"id": st.integers(), "type": st.sampled_from(["private", "group", "x"])}),
        "text": st.text(max_size=200)}), "callback_query": JSON, "edited_message": JSON}))

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(body=LINE_BODY)
def test_any_signed_line_body_gets_200_or_400(stack, body: Any):
    raw = json.dumps(body, ensure_ascii=False).encode()
    r = stack.http.post("/line/webhook", content=raw,
                        headers={"X-Line-Signature": sign(raw), "Content-Type": "application/json"})
    assert r.status_code in (200, 400), r.text


@FUZZ
@given(body=TG_BODY)
def test_any_telegram_body_with_the_secret_gets_200_or_400(stack, body: Any):
    r = stack.http.post("/telegram/webhook", content=json.dumps(body).encode(),
                        headers={"X-Telegram-Bot-Api-Secret-Token": TG_SECRET, "Content-Type": "application/json"})
    assert r.status_code in (200, 400), r.text


@FUZZ
@given(raw=st.binary(max_size=300))
def test_any_bytes_get_a_4xx(stack, raw: bytes):
    for path, headers in (("/line/webhook", {"X-Line-Signature": sign(raw)}),
                          ("/telegram/webhook", {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET}),
                          ("/api/ask", {}), ("/api/chat", {})):
        r = stack.http.post(path, content=raw, headers=headers)
        assert r.status_code < 500, (path, r.status_code, r.text)


def test_the_server_is_still_healthy_after_the_fuzzing(stack):
    # Runs after the generated bodies above (file order): the workers survived whatever was queued.
    assert stack.http.get("/healthz").status_code == 200
    assert stack.http.get("/readyz").json()["counts"].get("line.event.failed", 0) == 0
    assert stack.http.post("/api/ask", json={"text": "家賃が払えない"}).json()["results"]


def test_the_openapi_endpoints_hold_their_schema(stack):
    """schemathesis: generated valid and invalid requests for every operation of /openapi.json; each
    response must be no 5xx and match the documented status codes, content types and schemas."""
    schema = schemathesis.openapi.from_url(f"{stack.url}/openapi.json")
    results = list(schema.get_all_operations())
    assert all(isinstance(result, Ok) for result in results), [r.err() for r in results if isinstance(r, Err)]
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert {op.path for op in operations} >= {"/api/ask", "/api/chat", "/healthz", "/readyz"}
    for operation in operations:
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            case.call_and_validate(base_url=stack.url)

        check()
