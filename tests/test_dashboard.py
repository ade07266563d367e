"""The demand dashboard (/admin/demand): counts only, written off the event loop by the server's runtime;
weekly tables of a simulated month (bench/simulate_month.py, the real conversation); CSV and Excel downloads
with the page's numbers, small counts as 「5未満」; the page in Chromium (screenshot)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import os
import shutil
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.routing import Mount

import core.state  # noqa: F401  (registers conversation_state before the template database is made)
from backoffice import demand
from backoffice.demand import DemandCount, DemandEvent, FeedbackEvent
from backoffice.drafts import JST
from core.replies import Feedback
from handlers.admin.app import build_admin_app
from knowledge.db import make_engine
from ops.health import DatabaseHealth
from tests.test_admin import PASSWORD, Browser, kb_template, live_guide  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SCREENSHOT = ROOT / "docs" / "img" / "dashboard.png"


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("simulate_month", ROOT / "bench" / "simulate_month.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def engine(kb_template, fresh_db_url) -> Iterator[Engine]:  # noqa: F811
    engine = make_engine(fresh_db_url.copy(kb_template))
    yield engine
    engine.dispose()


def counts(engine: Engine) -> list[tuple[Any, ...]]:
    t: Any = DemandCount.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(t.c.day, t.c.channel, t.c.metric, t.c.key, t.c.outcome, t.c.n)
                                               .order_by(t.c.metric, t.c.key, t.c.outcome)).all()]


# ---- what is counted -------------------------------------------------------------------------------------

def test_an_event_holds_no_words_and_no_resident(live_guide):  # noqa: F811
    text = "玉縄に住んでいます。母の物忘れがひどくて心配"
    result = live_guide.router.route(text)
    when = dt.datetime(2026, 11, 2, 23, 30, tzinfo=dt.UTC)  # 08:30 on the 3rd in Japan
    e = demand.event(result, "line", when)
    assert e.day == dt.date(2026, 11, 3) and e.channel == "line" and e.outcome == "answered"
    assert e.district == "area-tamanawa" and e.topics and e.counter and e.urgency == "none"
    assert set(DemandEvent.__dataclass_fields__) == {"day", "channel", "outcome", "urgency", "topics", "district",
                                                      "counter"}
    assert "物忘れ" not in repr(e) and "玉縄に" not in repr(e)
    assert demand.outcome(live_guide.router.route("悩みがある")) == "clarify"
    assert demand.outcome(live_guide.router.route("サッカーの試合結果")) == "unanswered"
    crisis = live_guide.router.route("もう死にたい")
    assert demand.outcome(crisis) == "answered" and demand.event(crisis, "web").urgency in ("crisis", "emergency")


def test_writes_add_to_the_days_counts(engine):
    day = dt.date(2026, 11, 3)
    e = DemandEvent(day, "web", "answered", "none", ("kaigo", "ninchisho"), "area-ofuna", "chiiki-houkatsu")
    demand.write(engine, [e, e])
    demand.write(engine, [e, DemandEvent(day, "web", "unanswered", "soft")])
    rows = {(m, k, o): n for _, _, m, k, o, n in counts(engine)}
    assert rows[("total", "", "answered")] == 3 and rows[("total", "", "unanswered")] == 1
    assert rows[("topic", "kaigo", "answered")] == 3 and rows[("topic", "", "unanswered")] == 1
    assert rows[("district", "area-ofuna", "answered")] == 3 and rows[("counter", "chiiki-houkatsu", "answered")] == 3
    assert rows[("urgency", "soft", "unanswered")] == 1
    # topic and district are never on one row together: only one dimension a row
    assert all(m in demand.METRICS for _, _, m, _, _, _ in counts(engine))


@pytest.mark.anyio
async def test_the_servers_runtime_counts_typed_questions_off_the_loop(engine, settings, index_cache):
    import dataclasses

    from bot.runtime import Runtime

    runtime = await Runtime.start(dataclasses.replace(settings, cache_dir=index_cache), engine, DatabaseHealth())
    try:
        for text in ("大船で一人暮らしの父が心配", "家賃が払えない", "サッカーの試合結果"):
            await runtime.conversation.turn("line", "U-resident-1", text=text)
        await runtime.conversation.turn("line", "U-resident-1", choice="start")  # a tap is not a question
    finally:
        await runtime.close()  # writes what the outbox holds
    rows = counts(engine)
    totals = {o: n for _, c, m, _, o, n in rows if m == "total" and c == "line"}
    assert totals == {"answered": 2, "unanswered": 1}
    assert ("district", "area-ofuna") in {(m, k) for _, _, m, k, _, _ in rows}
    everything = repr(rows)
    assert "U-resident-1" not in everything and "家賃" not in everything and "サッカー" not in everything


def test_feedback_is_counted_per_counter_topic_and_district_on_its_own_rows(engine):
    when = dt.datetime(2026, 11, 2, 23, 30, tzinfo=dt.UTC)  # the 3rd in Japan
    fb = demand.feedback_event(Feedback("no", "kaigo-hoken", "kaigo", "area-ofuna", ("kaigo-hoken",)), "line", when)
    assert fb == FeedbackEvent(dt.date(2026, 11, 3), "line", "no", "kaigo-hoken", "kaigo", "area-ofuna")
    assert set(FeedbackEvent.__dataclass_fields__) == {"day", "channel", "answer", "counter", "topic", "district"}
    assert demand.feedback_event(Feedback("maybe"), "web", when).answer == "other"
    yes = FeedbackEvent(fb.day, "web", "yes", "kaigo-hoken", "kaigo", None)
    demand.write(engine, [fb, yes, yes, DemandEvent(fb.day, "web", "answered", "none", ("kaigo",))])
    rows = {(m, k, o): n for _, _, m, k, o, n in counts(engine)}
    assert rows[("feedback", "", "yes")] == 2 and rows[("feedback", "", "no")] == 1
    assert rows[("feedback_counter", "kaigo-hoken", "yes")] == 2 and rows[("feedback_counter", "kaigo-hoken", "no")] == 1
    assert rows[("feedback_topic", "kaigo", "no")] == 1 and rows[("feedback_district", "area-ofuna", "no")] == 1
    assert rows[("feedback_district", "", "yes")] == 2
    assert rows[("total", "", "answered")] == 1 and ("total", "", "yes") not in rows  # questions apart
    board = demand.dashboard(engine, {"counters": {"kaigo-hoken": "介護保険課"}, "topics": {"kaigo": "介護"}},
                             today=fb.day)
    helped = board.table("helped_counters")
    assert helped is not None and helped.header == ["案内先", "はい", "いいえ", "別の窓口を探す", "計"]
    assert helped.lines() == [["介護保険課", 2, 1, 0, 3]]
    topics = board.table("helped_topics")
    assert topics is not None and topics.lines() == [["介護", 2, 1, 0, 3]]
    weekly = board.table("weekly")
    assert weekly is not None and sum(line[-1] for line in weekly.lines()) == 1  # answers are not questions
    assert demand.export_rows(helped)[1] == ["介護保険課", "5未満", "5未満", 0, "5未満"]


@pytest.mark.anyio
async def test_the_servers_runtime_counts_feedback_off_the_loop(engine, settings, index_cache):
    import dataclasses

    from bot.runtime import Runtime

    runtime = await Runtime.start(dataclasses.replace(settings, cache_dir=index_cache), engine, DatabaseHealth())
    try:
        for user, answer in (("U-fb-1", "はい"), ("U-fb-2", "いいえ"), ("U-fb-3", "別の窓口")):
            reply = await runtime.conversation.turn("web", user, text="介護保険の申請をしたい")
            assert reply is not None
            choice = next(o.id for o in reply.options if o.label.startswith(answer))
            judged = await runtime.conversation.turn("web", user, choice=choice)
            assert judged is not None and judged.feedback is not None
    finally:
        await runtime.close()  # writes what the outbox holds
    rows = counts(engine)
    assert {o: n for _, c, m, _, o, n in rows if m == "feedback" and c == "web"} == {"yes": 1, "no": 1, "other": 1}
    assert {(k, o) for _, _, m, k, o, _ in rows if m == "feedback_counter"} == {
        ("kaigo-hoken", "yes"), ("kaigo-hoken", "no"), ("kaigo-hoken", "other")}
    assert "U-fb-1" not in repr(rows) and "介護保険の申請" not in repr(rows)


def test_small_counts_are_suppressed_in_exports():
    assert [demand.suppress(n) for n in (0, 1, 4, 5, 12)] == [0, "5未満", "5未満", 5, 12]
    t = demand.Table("x", "t", "r", ["a", "b"], [("row", [3, 7])])
    assert demand.export_rows(t) == [["r", "a", "b", "計"], ["row", "5未満", "秘匿", 10]]  # 3 = 10 - 7: 7 hidden too


def test_no_small_count_can_be_worked_out_from_the_totals():
    """Before: row a read 「5未満」, 7, 10 — so the hidden count was 10 - 7 = 3. A second cell is hidden in each
    row and column that hides only one (the columns' sums are known from the weeks' totals)."""
    t = demand.Table("x", "t", "r", ["a", "b"], [("a", [3, 7]), ("b", [6, 8])])
    out = demand.export_rows(t)
    assert out == [["r", "a", "b", "計"], ["a", "5未満", "秘匿", 10], ["b", "秘匿", "秘匿", 14]]
    assert_no_lone_hidden_cell(out)


def assert_no_lone_hidden_cell(exported: list[list[Any]]) -> None:
    """No row and no column (the row totals too) of a download hides exactly one count: a lone hidden count
    is its total minus the counts shown."""
    cells = [row[1:] for row in exported[1:]]
    lines = cells + ([list(col) for col in zip(*cells, strict=True)] if len(cells) > 1 else [])
    lone = [line for line in lines if sum(isinstance(v, str) for v in line) == 1]
    assert lone == [], lone


# ---- a simulated month on the page and in the downloads ----------------------------------------------------

@pytest.fixture(scope="module")
def month_db(kb_template, fresh_db_url, settings, index_cache) -> Iterator[str]:  # noqa: F811
    url = fresh_db_url.copy(kb_template)
    engine = make_engine(url)
    month = _bench().simulate(engine, settings, days=30, index_cache=index_cache)
    assert month.questions > 700 and set(month.outcomes) == {"answered", "clarify", "unanswered"}
    assert set(month.channels) == {"line", "web", "telegram"}
    # answers to 「役に立ちましたか？」 over the month: big and small counts, for the two feedback tables
    day = dt.datetime.now(JST).date()
    answers = [FeedbackEvent(day, "line", "yes", "kaigo-hoken", "kaigo", "area-ofuna")] * 12 + [
        FeedbackEvent(day, "web", "no", "kaigo-hoken", "kaigo", None)] * 3 + [
        FeedbackEvent(day - dt.timedelta(days=8), "line", "other", None, None, None)] * 2
    demand.write(engine, answers)
    engine.dispose()
    yield url


class Tables(HTMLParser):
    """Every <table id="table-…"> of a page: rows of cell texts."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table: str | None = None
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and (a.get("id") or "").startswith("table-"):
            self._table = str(a["id"]).removeprefix("table-")
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._table:
            self.tables[self._table][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None


def assert_export_of(page_rows: list[list[str]], exported: list[list[Any]]) -> None:
    """The download holds the page's table: the same labels and numbers, every 1..4 as 「5未満」, some
    counts hidden as 「秘匿」, and no hidden count alone in its row or column."""
    assert exported[0] == page_rows[0] and len(exported) == len(page_rows)
    for page_row, row in zip(page_rows[1:], exported[1:], strict=True):
        assert row[0] == page_row[0] and len(row) == len(page_row)
        for shown, value in zip(page_row[1:], row[1:], strict=True):
            assert value == ("5未満" if 0 < int(shown) < 5 else value if value == "秘匿" else int(shown))
    assert_no_lone_hidden_cell(exported)


@pytest.mark.anyio
async def test_the_dashboard_shows_the_month_and_the_downloads_hold_the_same_numbers(month_db, settings):
    import csv

    engine = make_engine(month_db)
    app = Starlette(routes=[Mount("/admin", app=build_admin_app(engine, settings, secret_key="test-secret"))])
    b = Browser(app)
    try:
        assert (await b.http.get("/admin/demand")).status_code == 303  # staff only
        assert (await b.login("viewer")).status_code == 303
        page = await b.http.get("/admin/demand")
        assert page.status_code == 200 and "利用状況" in page.text and "<script" not in page.text
        assert page.text.count("<svg") == 8 and 'role="img"' in page.text
        tables = Tables(page.text).tables
        assert set(tables) == {"weekly", "topics", "districts", "channels", "urgency", "counters",
                               "helped_counters", "helped_topics"}
        assert "役に立ちましたか（案内先別）" in page.text
        helped = tables["helped_counters"]
        assert helped[0] == ["案内先", "はい", "いいえ", "別の窓口を探す", "計"]
        assert [r[1:] for r in helped[1:]] == [["12", "3", "0", "15"], ["0", "0", "2", "2"]]
        assert helped[2][0] == "（案内先なし）" and tables["helped_topics"][1][1:] == ["12", "3", "0", "15"]
        weekly = tables["weekly"]
        assert weekly[0] == ["週（月曜から）", "回答", "聞き返し", "回答できず", "計"]
        total = sum(int(r[-1]) for r in weekly[1:])
        assert total > 700
        assert sum(int(r[-1]) for r in tables["channels"][1:]) == total
        assert sum(int(r[-1]) for r in tables["districts"][1:]) == total
        assert any(r[0] == "大船地域" for r in tables["districts"])
        assert int(next(r for r in tables["urgency"] if r[0].startswith("危機"))[-1]) > 0
        assert len(tables["counters"]) > 10

        for table_id, rows in tables.items():
            got_csv = await b.http.get(f"/admin/demand/{table_id}.csv")
            assert got_csv.status_code == 200 and got_csv.content.startswith(b"\xef\xbb\xbf")
            lines = list(csv.reader(io.StringIO(got_csv.content.decode("utf-8-sig"))))
            assert_export_of(rows, [[v if not v.isdigit() else int(v) for v in row] for row in lines])
            got_xlsx = await b.http.get(f"/admin/demand/{table_id}.xlsx")
            wb = load_workbook(io.BytesIO(got_xlsx.content), read_only=True)
            assert_export_of(rows, [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)])
        everything = load_workbook(io.BytesIO((await b.http.get("/admin/demand.xlsx")).content), read_only=True)
        assert len(everything.worksheets) == 8
        assert_export_of(helped, [list(r) for r in everything.worksheets[6].iter_rows(values_only=True)])
        assert_export_of(tables["topics"], [list(r) for r in everything.worksheets[1].iter_rows(values_only=True)])
        districts = [list(r) for r in everything.worksheets[2].iter_rows(values_only=True)]
        assert any(v == "5未満" for row in districts for v in row), "no small cell?"
        assert any(v == "秘匿" for row in districts for v in row), "no second cell hidden?"
        assert (await b.http.get("/admin/demand/nope.csv")).status_code == 404
        assert (await b.http.get("/admin/demand.csv")).status_code == 404
    finally:
        await b.close()
        engine.dispose()


def test_the_dashboard_in_chromium(month_db, settings, tmp_path):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    from tests.test_admin_browser import FLAGS, Served

    engine = make_engine(month_db)
    with Served(engine, settings) as served, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            page = browser.new_context(locale="ja-JP", java_script_enabled=False,  # readable without JavaScript
                                       viewport={"width": 1200, "height": 1600}).new_page()
            page.goto(served.url + "/")
            page.get_by_label("ユーザー名").fill("viewer")
            page.get_by_label("パスワード").fill(PASSWORD)
            page.get_by_role("button", name="ログイン").click()
            page.get_by_role("navigation", name="管理メニュー").get_by_role("link", name="利用状況").click()
            page.get_by_role("heading", name="利用状況", exact=True).wait_for()
            assert page.get_by_role("img", name="週ごとの質問数と結果").count() == 1
            bars = page.locator("svg.chart rect.bar")
            widths = [box["width"] for bar in bars.all() if (box := bar.bounding_box())]
            assert len(widths) > 30 and max(widths) > 150  # the largest bar is drawn, about 360 px wide
            shot = tmp_path / "dashboard.png"
            page.screenshot(path=str(shot))  # the first screen: the weekly chart and table, the topics
            assert shot.stat().st_size > 20_000
            if os.environ.get("SAVE_DASHBOARD_SCREENSHOT"):  # refresh docs/img/dashboard.png
                SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(shot, SCREENSHOT)
            with page.expect_download() as info:
                page.locator("#h-topics").locator("xpath=..").get_by_role("link", name="Excel").click()
            path = tmp_path / "topics.xlsx"
            info.value.save_as(path)
            wb = load_workbook(path, read_only=True)
            first = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)][1]
            row = page.locator("#table-topics tbody tr").first.locator("th, td").all_inner_texts()
            assert first[0] == row[0] and all(v in ("5未満", "秘匿") or v == int(shown)
                                              for v, shown in zip(first[1:], row[1:], strict=True))
        finally:
            browser.close()
    engine.dispose()


def test_weeks_start_on_monday_in_japan():
    assert demand.week_start(dt.date(2026, 11, 29)) == dt.date(2026, 11, 23)  # a Sunday
    assert dt.datetime(2026, 11, 29, 15, 0, tzinfo=dt.UTC).astimezone(JST).date() == dt.date(2026, 11, 30)
