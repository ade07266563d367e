"""Emergency lines as residents see them, the same on every channel (web, LINE, Telegram, the terminal,
`chat --jsonl`).

- **The number's standing.** A number to call is always shown plain, in its button and beside its name: a
  person in crisis reads no doubt inside the number (issue #11). What is known of the sources is said once,
  quietly, under the list (`sources_note`): the months of the dated secondary pages (flag `secondary-source`
  in data/emergency.yaml: a copy of a city bulletin, a newspaper) and of an official page older than
  `STALE_YEARS` (a full number, not a short national code: 110, 119, 189), and, by name, a line whose number
  only an undated secondary page gives (`EmergencyLine.unconfirmed`). The month an hours text quotes its
  source in (「（2022年8月の記事）」) moves there too. The contract's JSON (`line_json`) keeps each line's own
  `shown_number` (「（未確認）」) and its month in `details`.
- **Open now.** A line's written hours (「毎日16時〜21時、毎月10日は8時〜翌日8時」) are read by
  `core.hours.line_status`; a line closed now goes after the open ones, with 「いまは受付時間外（16時から）」.
- **In English** (`lang="en"`) a line has its English name (`name_en` in data/emergency.yaml, a translation
  of the name) and its hours in English where `core.enwords` can carry every word over; otherwise the Japanese,
  marked "(in Japanese)".
- **Grouped by situation.** A list that spans three situations or more (the 「緊急のとき」 menu) is shown under
  short headings, the most urgent first: 命・救急 / こころ / 子ども / DV・暴力 / 消費生活, each with a hint which to
  call. The group of a line comes from its `situations`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from core.enwords import shown
from core.hours import JST, STALE_YEARS, line_status
from core.messages import say
from core.replies import EmergencyLine
from knowledge.validate import SECONDARY_SOURCE

# The groups, most urgent first, and the situations that put a line in them (its first group wins).
GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("life", frozenset({"not-breathing-or-unconscious", "stroke-signs", "heavy-bleeding", "choking", "poisoning", "fire",
                        "gas-or-co", "medical-advice", "missing-person-dementia", "missing-child"})),
    ("mind", frozenset({"suicide-thoughts", "suicide-plan-or-attempt", "self-harm"})),
    ("child", frozenset({"child-abuse"})),
    ("dv", frozenset({"violence-now-partner", "stalking-threat"})),
    ("consumer", frozenset({"consumer"})),
)
ORDER = [key for key, _ in GROUPS] + ["other"]
# A hint names numbers; it is shown only where every one of them is in the group shown.
HINT_NEEDS = {"life": ("119", "110", "#7119"), "mind": ("0120-279-338",), "child": ("189",),
              "dv": ("0120-279-889",), "consumer": ("188",)}
MIN_GROUPS = 3  # a shorter list (a crisis reply's few lines) reads best as it is, without headings


@dataclass(frozen=True)
class ShownLine(EmergencyLine):
    """An emergency line with what the channels show beside it: its group and the month of the dated
    secondary page that gives its number."""

    group: str = "other"
    checked: str | None = None  # "2024-09"
    name_en: str | None = None


def shown_name(line: EmergencyLine, lang: str = "ja") -> str:
    """The line's name as a reply in `lang` shows it: its English name in English, where there is one; a number
    the name quotes (かながわ救急相談センター「#7119」) is not said twice beside the number itself."""
    own = getattr(line, "name_en", None) if lang == "en" else None
    name = str(own or line.name)
    for quoted in (f"「{line.number}」", f"“{line.number}”", f"\"{line.number}\""):
        name = name.replace(quoted, "")
    return name.strip() or str(line.number)


def group_of(situations: Any) -> str:
    found = set(situations or ())
    return next((key for key, members in GROUPS if found & members), "other")


def emergency_line(x: dict[str, Any]) -> ShownLine:
    """An emergency line of the knowledge as shown: 「未確認」 only beside a number that a secondary page
    without a date gives."""
    secondary = SECONDARY_SOURCE in (x.get("flags") or ())
    dated = str(x.get("source_date") or "")[:7] or None
    today = dt.date.today()  # a short national code (110, 189, #7119) does not age; a full number may
    old = dated is not None and "-" in str(x["number"]) and dated < f"{today.year - STALE_YEARS}-{today.month:02d}"
    return ShownLine(name=x["name"], number=str(x["number"]), hours=x.get("hours"),
                     unconfirmed=secondary and dated is None, group=group_of(x.get("situations")),
                     checked=dated if secondary or old else None, name_en=x.get("name_en"))


def line_number(x: dict[str, Any], lang: str) -> str:
    """The number of an emergency line inside a sentence (the soft tier's quiet line, a person at night)."""
    return emergency_line(x).shown_number(lang)


def _month(value: str, lang: str) -> str:
    year, month = int(value[:4]), int(value[5:7])
    return dt.date(year, month, 1).strftime("%B %Y") if lang == "en" else f"{year}年{month}月"


def _when(opens: dt.datetime, now: dt.datetime, lang: str) -> str:
    days = (opens.date() - now.date()).days
    if lang == "en":
        return f"{'today' if days == 0 else 'tomorrow' if days == 1 else opens.strftime('%-d %b')} {opens:%H:%M}"
    if lang == "easy":
        return f"{'きょう' if days == 0 else 'あした' if days == 1 else f'{opens.month}月{opens.day}日'} {opens.hour}時"
    return f"{'きょう' if days == 0 else 'あす' if days == 1 else f'{opens.month}月{opens.day}日'}{opens.hour}時"


def closed_now(line: EmergencyLine, now: dt.datetime | None = None) -> bool:
    return line_status(line.hours, now)[0] is False


def status(line: EmergencyLine, lang: str = "ja", now: dt.datetime | None = None) -> str | None:
    """「いまは受付時間外（きょう16時から）」 for a line closed now; None otherwise."""
    now = (now or dt.datetime.now(JST)).astimezone(JST)
    is_open, opens = line_status(line.hours, now)
    if is_open is not False:
        return None
    return say("line_closed", lang, when=_when(opens, now, lang)) if opens else say("line_closed_unknown", lang)


# 「（2022年8月の記事）」 at the end of an hours text: where the hours were read, said under the list instead.
HOURS_SOURCE = re.compile(r"\s*（(\d{4})年(\d{1,2})月の(?:記事|資料)）\s*$")


def hours_of(line: EmergencyLine) -> tuple[str | None, str | None]:
    """A line's hours as written without the source month they quote, and that month ("2022-08")."""
    if not line.hours:
        return line.hours, None
    m = HOURS_SOURCE.search(line.hours)
    if m is None:
        return line.hours, None
    return line.hours[:m.start()], f"{m.group(1)}-{int(m.group(2)):02d}"


def details(line: EmergencyLine, lang: str = "ja", now: dt.datetime | None = None, *,
            sources: bool = False) -> list[str]:
    """What is said under a line's number: its hours and whether it is closed now, the same words on every
    channel. The months of its sources only with `sources` (the contract's JSON); a chat says them once,
    under the list (`sources_note`)."""
    written, _ = hours_of(line) if not sources else (line.hours, None)
    hours = shown(written, lang)
    out = [hours] if hours else []
    closed = status(line, lang, now)
    if closed:
        out.append(closed)
    checked = getattr(line, "checked", None)
    if checked and sources:
        out.append(say("line_checked", lang, month=_month(checked, lang)))
    return out


def sources_note(lines: list[EmergencyLine], lang: str = "ja") -> str | None:
    """One quiet note under a list of lines: the months of the pages its numbers and hours were read in, and
    the lines whose number no official or dated page confirms, by name; None when there is nothing to say."""
    months = {m for x in lines for m in (getattr(x, "checked", None), hours_of(x)[1]) if m}
    doubtful = [shown_name(x, lang) for x in lines if x.unconfirmed]
    parts = []
    if months:
        parts.append(say("lines_sources", lang, months=(", " if lang == "en" else "・").join(
            _month(m, lang) for m in sorted(months))))
    if doubtful:
        parts.append(say("lines_unconfirmed", lang, names=(", " if lang == "en" else "、").join(doubtful)))
    return ("※ " if lang != "en" else "* ") + (" " if lang == "en" else "").join(parts) if parts else None


def said(line: EmergencyLine, lang: str = "ja", now: dt.datetime | None = None) -> str:
    """The details in brackets after a line's name or number in a text: 「（24時間・無料）」, " (24 hours; free)"."""
    parts = details(line, lang, now)
    if not parts:
        return ""
    return f" ({'; '.join(parts)})" if lang == "en" else f"（{'・'.join(parts)}）"


def ordered(lines: list[EmergencyLine], now: dt.datetime | None = None) -> list[EmergencyLine]:
    """The lines in their order, those whose hours say they are open now first, those closed now last."""
    rank = {True: 0, None: 1, False: 2}
    return sorted(lines, key=lambda x: rank[line_status(x.hours, now)[0]])  # stable: the order is kept otherwise


@dataclass(frozen=True)
class LineGroup:
    heading: str | None  # None: one list without headings
    hint: str | None
    lines: tuple[EmergencyLine, ...]


def grouped(lines: list[EmergencyLine], lang: str = "ja", now: dt.datetime | None = None) -> list[LineGroup]:
    """The lines under headings by situation, most urgent first, when they span `MIN_GROUPS` or more;
    else one group without a heading. Closed lines go last within their group."""
    keys = {getattr(x, "group", "other") for x in lines}
    if len(keys) < MIN_GROUPS:
        return [LineGroup(None, None, tuple(ordered(lines, now)))] if lines else []
    out = []
    for key in ORDER:
        members = ordered([x for x in lines if getattr(x, "group", "other") == key], now)
        if not members:
            continue
        numbers = {x.number for x in members}
        hint = say(f"lines_{key}_hint", lang) if key in HINT_NEEDS and set(HINT_NEEDS[key]) <= numbers else None
        out.append(LineGroup(say(f"lines_{key}", lang), hint, tuple(members)))
    return out


def line_json(line: EmergencyLine, lang: str = "ja", now: dt.datetime | None = None) -> dict[str, Any]:
    """A line in the JSON of `ask --json`, `/api/ask` and `chat --jsonl` (the contract's name, number and hours
    as the knowledge writes them): the name and number as shown, and what is said under it."""
    return {"name": line.name, "number": line.number, "shown_name": shown_name(line, lang),
            "shown_number": line.shown_number(lang),
            "hours": line.hours, "details": details(line, lang, now, sources=True), "closed_now": closed_now(line, now),
            "unconfirmed": line.unconfirmed, "group": getattr(line, "group", "other")}
