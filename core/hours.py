"""Hours that never lie: schedules after HSDS, Japanese public holidays and the 12/29–1/3 closure.

A schedule rule (docs/DATA.md) is weekly (`days`), optionally on the nth weekdays of a month (`weeks: [3]` with
`fri` = 第3金曜), with dated `exceptions` and, for holidays and the year end, `closed_on_holidays` /
`closed_year_end`: true (closed), false (open) or None (the source does not say).

「いま受付中」/「いまは受付時間外」 (`open_now` True/False) is said only when every part of the answer is sourced:
every rule has a source, the source is an official page (not `unconfirmed`) of the last `STALE_YEARS` years,
and it says what happens on holidays and at the year end. Otherwise `open_now` is None and the hours are
shown as written, with 「祝日は未確認」.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

import jpholiday

from core.enwords import shown

JST = ZoneInfo("Asia/Tokyo")
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_JA = {"mon": "月", "tue": "火", "wed": "水", "thu": "木", "fri": "金", "sat": "土", "sun": "日"}
DAY_EN = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}
ORDINAL = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}
STALE_YEARS = 3  # hours from an older page are shown as written, never as a live status


def is_year_end(day: dt.date) -> bool:
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def is_holiday(day: dt.date) -> bool:
    return bool(jpholiday.is_holiday(day))


def nth_weekday(day: dt.date) -> int:
    """1 for the first Friday of a month, 3 for the third …"""
    return (day.day - 1) // 7 + 1


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def live(hours: list[dict[str, Any]], today: dt.date) -> bool:
    """True when the hours may give a live status on `today`: every rule sourced, official, recent, and
    saying what happens on holidays and at the year end."""
    if not hours:
        return False
    for h in hours:
        if not h.get("source") or h.get("unconfirmed"):
            return False
        if h.get("closed_on_holidays") is None or h.get("closed_year_end") is None:
            return False
        since = _date(h.get("source_date"))
        if since is None or (today - since).days > 365 * STALE_YEARS:
            return False
    return True


def rule_covers(h: dict[str, Any], day: dt.date) -> bool:
    """Does the rule open on `day` (weekday, nth weekday, holiday and year-end rules)?"""
    if DAY_KEYS[day.weekday()] not in (h.get("days") or []):
        return False
    weeks = [w for w in h.get("weeks") or [] if isinstance(w, int)]
    if weeks and nth_weekday(day) not in weeks:
        return False
    if is_holiday(day) and h.get("closed_on_holidays") is not False:
        return False
    return not (is_year_end(day) and h.get("closed_year_end") is not False)


def open_now(hours: list[dict[str, Any]], now: dt.datetime | None = None) -> bool | None:
    """True/False when the sourced hours say so for this moment; None when they do not (see the module)."""
    now = (now or dt.datetime.now(JST)).astimezone(JST)
    day, clock = now.date(), now.strftime("%H:%M")
    if not live(hours, day):
        return None
    exceptions = [x for h in hours for x in h.get("exceptions") or [] if _date(x.get("date")) == day]
    if exceptions:
        return any(x.get("closed") is False and str(x.get("opens")) <= clock < str(x.get("closes"))
                   for x in exceptions)
    return any(rule_covers(h, day) and h["opens"] <= clock < h["closes"] for h in hours)


def _flag_text(value: bool | None, what: str) -> tuple[str, str]:
    return ("closed", what) if value else ("open", what) if value is False else ("unknown", what)


def _days_text(h: dict[str, Any], lang: str) -> str:
    names = DAY_EN if lang == "en" else DAY_JA
    days = [d for d in h.get("days") or [] if d in DAY_KEYS]
    idx = [DAY_KEYS.index(d) for d in days]
    if idx and idx == list(range(idx[0], idx[-1] + 1)) and len(idx) > 2:
        text = f"{names[days[0]]}{'–' if lang == 'en' else '〜'}{names[days[-1]]}"
    else:
        text = (", " if lang == "en" else "・").join(names[d] for d in days)
    weeks = [w for w in h.get("weeks") or [] if isinstance(w, int)]
    if weeks and lang == "en":
        return " and ".join(ORDINAL.get(w, f"{w}th") for w in weeks) + f" {text}"
    return "・".join(f"第{w}" for w in weeks) + text if weeks else text


def describe(h: dict[str, Any], lang: str = "ja") -> str:
    """「月〜金 8:30–17:15（祝日・12/29–1/3 休み）」, 「第3金 13:00–16:00（祝日・年末年始は未確認）」; in English
    "Mon–Fri 8:30–17:15 (closed on holidays and 12/29–1/3)", a label carried over only word for word."""
    en = lang == "en"
    text = f"{_days_text(h, lang)} {str(h['opens']).lstrip('0')}–{str(h['closes']).lstrip('0')}"
    if h.get("label"):
        text += f" ({shown(str(h['label']), lang)})" if en else f"（{h['label']}）"
    flags = [_flag_text(h.get("closed_on_holidays"), "祝日"), _flag_text(h.get("closed_year_end"), "12/29–1/3")]
    said = {state: [w for s, w in flags if s == state] for state in ("closed", "open", "unknown")}
    if en:
        words = {"祝日": "holidays", "12/29–1/3": "12/29–1/3"}
        for state, form in (("closed", "closed on {}"), ("open", "open on {} too"), ("unknown", "{}: not confirmed")):
            if said[state]:
                text += f" ({form.format(' and '.join(words[w] for w in said[state]))})"
        return text
    for state, form in (("closed", "（{} 休み）"), ("open", "（{}も受付）"), ("unknown", "（{}は未確認）")):
        if said[state]:
            text += form.format("・".join(said[state]))
    return text


# --- an emergency line's hours, as written (data/emergency.yaml `hours`) ---------------------------------
# A line's hours are a sentence, not a schedule; a few plain forms are read so that a line closed now is
# not offered as if open: 「24時間365日」, 「毎日16時〜21時、毎月10日は8時〜翌日8時」,
# 「月・木・金は24時間、火・水・土・日は6時〜翌0時」. Anything else gives None (shown as written, never guessed).
_DAYS_JA = {v: k for k, v in DAY_JA.items()}
_SEGMENT = re.compile(r"^(?:(?P<daily>毎日)|毎月(?P<mday>\d{1,2})日|(?P<days>[月火水木金土日](?:・[月火水木金土日])*))は?"
                      r"(?:(?P<allday>24時間)|(?P<o>\d{1,2})時〜(?P<next>翌日?)?(?P<c>\d{1,2})時)$")
_BRACKETS = re.compile(r"（[^（）]*）|\([^()]*\)")


def written_rules(text: str | None) -> list[dict[str, Any]] | None:
    """The rules of a line's written hours (day keys or a day of the month, opens, closes; a time past
    midnight split over two days), or None when the text is not one of the plain forms."""
    body = _BRACKETS.sub("", text or "").replace("年中無休", "").replace(" ", "").replace("　", "")
    rules: list[dict[str, Any]] = []
    for part in filter(None, re.split(r"[、,；;]", body)):
        m = _SEGMENT.match(part)
        if m is None:
            return None
        days = list(DAY_KEYS) if m["daily"] else [_DAYS_JA[d] for d in (m["days"] or "").split("・") if d]
        when: dict[str, Any] = {"mday": int(m["mday"])} if m["mday"] else {"days": days}
        if m["allday"]:
            rules.append({**when, "opens": 0, "closes": 24})
            continue
        opens, closes = int(m["o"]), int(m["c"])
        if not m["next"]:
            rules.append({**when, "opens": opens, "closes": closes})
            continue
        rules.append({**when, "opens": opens, "closes": 24})
        if closes:  # 翌日8時: the next day from midnight
            after = ({"mday": when["mday"] + 1} if "mday" in when
                     else {"days": [DAY_KEYS[(DAY_KEYS.index(d) + 1) % 7] for d in days]})
            rules.append({**after, "opens": 0, "closes": closes})
    return rules or None


def always_open(text: str | None) -> bool:
    """「24時間」 with no days named: the line answers at any hour."""
    return bool(text) and "24時間" in str(text) and written_rules(text) is None and not re.search(
        r"[月火水木金土日]・[月火水木金土日]|毎月|平日|のみ", str(text))


def _on(rule: dict[str, Any], day: dt.date) -> bool:
    return rule["mday"] == day.day if "mday" in rule else DAY_KEYS[day.weekday()] in rule["days"]


def line_status(text: str | None, now: dt.datetime | None = None) -> tuple[bool | None, dt.datetime | None]:
    """(open now?, when it opens next) from a line's written hours: (True, None) for a 24-hour line,
    (False, next opening) for a line closed now, (None, None) when the hours do not say (not read, or a
    holiday or the year end that a line not open all year does not speak of)."""
    now = (now or dt.datetime.now(JST)).astimezone(JST)
    if always_open(text):
        return True, None
    rules = written_rules(text)
    if rules is None:
        return None, None
    all_year = "年中無休" in str(text) or "365日" in str(text)
    if not all_year and (is_holiday(now.date()) or is_year_end(now.date())):
        return None, None
    hour = now.hour + now.minute / 60
    if any(_on(r, now.date()) and r["opens"] <= hour < r["closes"] for r in rules):
        return True, None
    for ahead in range(0, 32):
        day = now.date() + dt.timedelta(days=ahead)
        starts = sorted(r["opens"] for r in rules if _on(r, day) and (ahead or r["opens"] > hour))
        if starts:
            return False, dt.datetime.combine(day, dt.time(starts[0]), JST)
    return False, None
