"""What residents ask about: counts only, aggregated per day when they are written (docs/PRIVACY.md).

After each typed question the conversation reports its routing (`Conversation.on_routed`); the composition
root (bot/runtime.py) turns it into a `DemandEvent` — the day (JST), the channel, the outcome, the urgency,
the topics, the district and the first counter — and queues it in an `ops.outbox.Outbox` whose thread adds
it to `demand_count` with an upsert (`count = count + n`). No words and no resident id or hash ever reach
the event, so none can reach the table. Each dimension is counted on its own row (topic, district, counter,
urgency, total — each with channel and outcome), never topic × district together, so a row tells how many
questions of one kind came on one day, never who asked.

Answers to 「役に立ちましたか？」 (`Conversation.on_feedback`, a `core.replies.Feedback`) are counted the same
way (`feedback_event` → `FeedbackEvent`, through the same outbox): one row per day, channel and answer
(yes | no | other, kept in `outcome`) for each of the total, the counter, the topic and the district, again
each dimension on its own row.

The dashboard (/admin/demand) reads weekly tables from it (`dashboard`) and the answers per counter and per
topic over the period; exports show a cell below `SMALL` as 「5未満」 (`suppress`) and hide more cells (「秘匿」)
wherever a 「5未満」 could otherwise be worked out from a total and the counts shown (`hidden_cells`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from sqlalchemy import UniqueConstraint, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlmodel import Field, SQLModel

from backoffice.drafts import JST
from core.replies import Feedback
from core.router import STRONG_TOPIC, RouteResult

OUTCOMES = {"answered": "回答", "clarify": "聞き返し", "unanswered": "回答できず"}
URGENCIES = {"emergency": "緊急（119・110）", "crisis": "危機（今日の相談先）", "soft": "つらさの表明", "none": "なし"}
CHANNELS = {"line": "LINE", "telegram": "Telegram", "web": "ウェブ", "script": "その他"}
METRICS = ("total", "topic", "district", "counter", "urgency")
ANSWERS = {"yes": "はい", "no": "いいえ", "other": "別の窓口を探す"}  # 「役に立ちましたか？」
FEEDBACK_METRICS = {"feedback": "", "feedback_counter": "counter", "feedback_topic": "topic",
                    "feedback_district": "district"}  # metric → the FeedbackEvent field it counts ("" total)
MAX_TOPICS = 3
SMALL = 5  # a count 1..SMALL-1 is shown as 「5未満」 in exports
SMALL_LABEL = "5未満"
SECONDARY_LABEL = "秘匿"  # a count hidden so that no 「5未満」 can be worked out from a total (exports)


class DemandCount(SQLModel, table=True):
    """How many typed questions of one kind came on one day: one dimension per row, no person in it."""

    __tablename__ = "demand_count"
    __table_args__ = (UniqueConstraint("day", "channel", "metric", "key", "outcome", name="uq_demand_count"),)
    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(index=True)  # the day in Japan (JST)
    channel: str  # line | telegram | web | …
    metric: str  # total | topic | district | counter | urgency | feedback | feedback_counter | _topic | _district
    key: str = ""  # the topic, district, counter id or urgency; "" = none recognised (total: always "")
    outcome: str  # answered | clarify | unanswered; for feedback*: the answer, yes | no | other
    n: int = 0


@dataclass(frozen=True)
class DemandEvent:
    """One typed question, as counted: nothing of the resident, nothing of the words."""

    day: dt.date
    channel: str
    outcome: str
    urgency: str
    topics: tuple[str, ...] = ()
    district: str | None = None
    counter: str | None = None


@dataclass(frozen=True)
class FeedbackEvent:
    """One answer to 「役に立ちましたか？」, as counted: the answer and what it was about, nothing else."""

    day: dt.date
    channel: str
    answer: str  # yes | no | other
    counter: str | None = None
    topic: str | None = None
    district: str | None = None


Counted: TypeAlias = DemandEvent | FeedbackEvent  # what the demand outbox carries


def outcome(result: RouteResult) -> str:
    """answered (counters or, in a crisis, the emergency lines), clarify (asked back) or unanswered."""
    if result.clarify is not None:
        return "clarify"
    if result.results or (result.crisis is not None and result.emergency):
        return "answered"
    return "unanswered"


def event(result: RouteResult, channel: str, when: dt.datetime | None = None) -> DemandEvent:
    """The count of one routed question (`when`: now; its day in Japan)."""
    when = when or dt.datetime.now(dt.UTC)
    kind = outcome(result)
    topics = tuple(t for t, s in sorted(result.topics.items(), key=lambda x: -x[1]) if s >= STRONG_TOPIC)[:MAX_TOPICS]
    return DemandEvent(day=when.astimezone(JST).date(), channel=channel or "", outcome=kind,
                       urgency=result.urgency or "none", topics=topics,
                       district=result.place.district_id if result.place else None,
                       counter=result.results[0].entry["id"] if kind == "answered" and result.results else None)


def feedback_event(feedback: Feedback, channel: str, when: dt.datetime | None = None) -> FeedbackEvent:
    """The count of one answer to 「役に立ちましたか？」 (an unknown answer counts as "other")."""
    when = when or dt.datetime.now(dt.UTC)
    return FeedbackEvent(day=when.astimezone(JST).date(), channel=channel or "",
                         answer=feedback.answer if feedback.answer in ANSWERS else "other",
                         counter=feedback.counter, topic=feedback.topic, district=feedback.district)


def increments(events: Iterable[Counted]) -> Counter[tuple[dt.date, str, str, str, str]]:
    """(day, channel, metric, key, outcome) → how many, for a batch of events."""
    out: Counter[tuple[dt.date, str, str, str, str]] = Counter()
    for e in events:
        base = (e.day, e.channel)
        if isinstance(e, FeedbackEvent):
            for metric, attr in FEEDBACK_METRICS.items():
                out[(*base, metric, (getattr(e, attr) or "") if attr else "", e.answer)] += 1
            continue
        out[(*base, "total", "", e.outcome)] += 1
        out[(*base, "urgency", e.urgency, e.outcome)] += 1
        out[(*base, "district", e.district or "", e.outcome)] += 1
        for t in e.topics or ("",):
            out[(*base, "topic", t, e.outcome)] += 1
        if e.counter:
            out[(*base, "counter", e.counter, e.outcome)] += 1
    return out


def write(engine: Engine, events: Iterable[Counted]) -> None:
    """Add a batch to the counts in one transaction (an upsert per row: several processes may write)."""
    counts = increments(events)
    if not counts:
        return
    table: Any = DemandCount.__table__  # type: ignore[attr-defined]
    keys = ["day", "channel", "metric", "key", "outcome"]
    rows = [dict(zip(keys, k, strict=True)) | {"n": n} for k, n in sorted(counts.items())]
    with engine.begin() as conn:
        insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(table)
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={"n": table.c.n + stmt.excluded.n})
        conn.execute(stmt, rows)


# ---- the dashboard's tables ------------------------------------------------------------------------------

def week_start(day: dt.date) -> dt.date:
    """The Monday of the day's week."""
    return day - dt.timedelta(days=day.weekday())


@dataclass
class Table:
    """One table of the dashboard (and of its downloads): rows with a count per column and a total."""

    id: str
    title: str
    row_header: str
    columns: list[str]
    rows: list[tuple[str, list[int]]] = field(default_factory=list)
    note: str = ""
    stacked: bool = False  # the page's chart stacks the columns (they are parts of one whole)

    @property
    def header(self) -> list[str]:
        return [self.row_header, *self.columns, "計"]

    def lines(self) -> list[list[Any]]:
        """Every row as it is shown: the label, the counts and the row total."""
        return [[label, *counts, sum(counts)] for label, counts in self.rows]

    @property
    def largest(self) -> int:
        return max((sum(c) for _, c in self.rows), default=0)


@dataclass
class Dashboard:
    weeks: list[dt.date]
    first: dt.date
    last: dt.date
    tables: list[Table]

    def table(self, table_id: str) -> Table | None:
        return next((t for t in self.tables if t.id == table_id), None)


def week_label(monday: dt.date) -> str:
    return f"{monday.month}/{monday.day}週"


@dataclass
class _Counts:
    """The rows of the period added up: metric → key → week column, the week × outcome totals, channels per
    week, and feedback metric → key → answer column (over the whole period)."""

    by: dict[str, dict[str, list[int]]]
    outcomes: dict[str, list[int]]
    channels: dict[str, list[int]]
    fb: dict[str, dict[str, list[int]]]


def _count(rows: Any, mondays: list[dt.date]) -> _Counts:
    col = {m: i for i, m in enumerate(mondays)}
    # metric → key → week column → count (outcomes added), and the week × outcome table of totals
    by: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * len(mondays)))
    outcomes: dict[str, list[int]] = {o: [0] * len(mondays) for o in OUTCOMES}
    channels: dict[str, list[int]] = defaultdict(lambda: [0] * len(mondays))
    answers = {a: i for i, a in enumerate(ANSWERS)}
    # feedback metric → key → answer column → count over the whole period
    fb: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * len(ANSWERS)))
    for day, channel, metric, key, kind, n in rows:
        if metric in FEEDBACK_METRICS:
            fb[metric][key][answers.get(kind, answers["other"])] += n
            continue
        w = col[week_start(day)]
        by[metric][key][w] += n
        if metric == "total":
            outcomes.setdefault(kind, [0] * len(mondays))[w] += n
            channels[channel][w] += n
    return _Counts(by, outcomes, channels, fb)


def dashboard(engine: Engine, names: dict[str, dict[str, str]], weeks: int = 5, today: dt.date | None = None,
              top_counters: int = 20) -> Dashboard:
    """The last `weeks` weeks (Monday to Sunday, this week included) as tables; `names` gives the labels
    of topic, district and counter ids ({"topics": {id: name}, "districts": …, "counters": …})."""
    today = today or dt.datetime.now(JST).date()
    mondays = [week_start(today) - dt.timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    first, last = mondays[0], mondays[-1] + dt.timedelta(days=6)
    table: Any = DemandCount.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        rows = conn.execute(select(table.c.day, table.c.channel, table.c.metric, table.c.key, table.c.outcome,
                                   table.c.n).where(table.c.day >= first, table.c.day <= last)).all()
    return Dashboard(mondays, first, last, _tables(_count(rows, mondays), mondays, names, top_counters))


def _tables(c: _Counts, mondays: list[dt.date], names: dict[str, dict[str, str]], top_counters: int) -> list[Table]:
    by, outcomes, channels, fb = c.by, c.outcomes, c.channels, c.fb
    labels = [week_label(m) for m in mondays]
    week_rows = [(week_label(m), [outcomes[o][i] for o in OUTCOMES]) for i, m in enumerate(mondays)]

    def ranked(metric: str, label: Any, keep_empty: bool = True) -> list[tuple[str, list[int]]]:
        items = sorted(by[metric].items(), key=lambda kv: (-sum(kv[1]), kv[0]))
        return [(label(k), v) for k, v in items if keep_empty or k]

    topic = names.get("topics", {})
    district = names.get("districts", {})
    counter = names.get("counters", {})
    def helped(metric: str, label: Any) -> list[tuple[str, list[int]]]:
        items = sorted(fb[metric].items(), key=lambda kv: (-sum(kv[1]), kv[0]))
        return [(label(k), v) for k, v in items]

    urgency_rows = [(URGENCIES[u], by["urgency"].get(u, [0] * len(mondays))) for u in URGENCIES if u != "none"]
    helped_note = ("案内のあとの「役に立ちましたか？」への答えの数（期間の合計）。"
                   "数だけを記録し、答えた人や言葉は記録しません")
    return [
        Table("weekly", "週ごとの質問数と結果", "週（月曜から）", list(OUTCOMES.values()), week_rows,
              "回答: 窓口（危機のときは緊急の相談先）を案内 / 聞き返し: 分野を尋ねた / 回答できず: この案内の対象外と判断",
              stacked=True),
        Table("topics", "困りごと（分野）別の質問数", "困りごと", labels,
              ranked("topic", lambda k: topic.get(k, k) if k else "（分野を特定できず）"),
              "1つの質問で最大3分野まで数えます（合計は質問数より多くなることがあります）"),
        Table("districts", "地区別の質問数", "地区", labels,
              ranked("district", lambda k: district.get(k, k) if k else "（地区の記載なし）")),
        Table("channels", "経路別の質問数", "経路", labels,
              [(CHANNELS.get(c, c or "不明"), v) for c, v in sorted(channels.items(), key=lambda kv: -sum(kv[1]))]),
        Table("urgency", "緊急度別の件数", "緊急度", labels, urgency_rows,
              "安全確認（core/safety）の判定。数だけを記録し、内容は記録しません"),
        Table("counters", "案内先として多く示された窓口・事業", "案内先", labels,
              ranked("counter", lambda k: counter.get(k, k), keep_empty=False)[:top_counters],
              f"回答の1番目に示した案内先（上位{top_counters}）"),
        Table("helped_counters", "役に立ちましたか（案内先別）", "案内先", list(ANSWERS.values()),
              helped("feedback_counter", lambda k: counter.get(k, k) if k else "（案内先なし）")[:top_counters],
              f"{helped_note}。案内先は住民が選んだ窓口、選んでいなければ最初に示した窓口（上位{top_counters}）",
              stacked=True),
        Table("helped_topics", "役に立ちましたか（分野別）", "困りごと", list(ANSWERS.values()),
              helped("feedback_topic", lambda k: topic.get(k, k) if k else "（分野を特定できず）"),
              helped_note, stacked=True),
    ]


def suppress(value: Any) -> Any:
    """For exports: a count from 1 to SMALL-1 becomes 「5未満」 (0 and larger counts stay numbers)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < SMALL:
        return SMALL_LABEL
    return value


# ---- downloads ----------------------------------------------------------------------------------------------

def hidden_cells(lines: list[list[int]]) -> dict[tuple[int, int], str]:
    """The cells an export hides, (row, column) → label, of a table's counts (each line: the counts, then the
    row total). First every count from 1 to SMALL-1 (「5未満」); then, while a row or a column hides exactly
    one cell — whose count would be its total minus the counts shown — one more cell of it (「秘匿」): the
    smallest count above 0 (the row total is one of them), else a 0. Columns are treated as if their sums
    were published (another table, or the weeks' totals, gives them); a table of one row has no columns."""
    hidden = {(r, c): SMALL_LABEL for r, line in enumerate(lines) for c, v in enumerate(line) if 0 < v < SMALL}
    groups = [[(r, c) for c in range(len(line))] for r, line in enumerate(lines)]
    if len(lines) > 1:
        groups += [[(r, c) for r in range(len(lines))] for c in range(len(lines[0]))]
    changed = True
    while changed:
        changed = False
        for group in groups:
            shown = [cell for cell in group if cell not in hidden]
            if len(group) - len(shown) == 1 and shown:
                value = {cell: lines[cell[0]][cell[1]] for cell in shown}
                hidden[min(shown, key=lambda cell: (value[cell] == 0, value[cell]))] = SECONDARY_LABEL
                changed = True
    return hidden


def export_rows(t: Table) -> list[list[Any]]:
    """The table as downloaded: the header, then every row with the cells of `hidden_cells` hidden."""
    lines = t.lines()
    hidden = hidden_cells([line[1:] for line in lines])
    return [t.header] + [[line[0], *(hidden.get((r, c), v) for c, v in enumerate(line[1:]))]
                         for r, line in enumerate(lines)]


def to_csv(t: Table) -> bytes:
    """One table as CSV (UTF-8 with BOM, so Excel shows the Japanese)."""
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(export_rows(t))
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(tables: list[Table], period: str) -> bytes:
    """Tables as an Excel workbook, one sheet each (row 1 the header); the period in the file's properties."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for t in tables:
        ws = wb.create_sheet(t.title[:31])
        for row in export_rows(t):
            ws.append(row)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.column_dimensions["A"].width = 28
        ws.freeze_panes = "B2"
    wb.properties.title = f"福祉窓口案内 利用状況 {period}"
    wb.properties.description = (f"{period}。1〜4件は「{SMALL_LABEL}」、合計から計算できないよう隠した数は"
                                 f"「{SECONDARY_LABEL}」と表示。")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
