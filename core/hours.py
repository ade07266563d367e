"""Is a counter open now? Structured hours, Japanese public holidays and the 12/29–1/3 closure."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import jpholiday

JST = ZoneInfo("Asia/Tokyo")
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_JA = {"mon": "月", "tue": "火", "wed": "水", "thu": "木", "fri": "金", "sat": "土", "sun": "日"}


def is_year_end(day: dt.date) -> bool:
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def open_now(hours: list[dict[str, Any]], now: dt.datetime | None = None) -> bool | None:
    """True/False from the structured hours; None when the hours are unknown."""
    if not hours:
        return None
    now = (now or dt.datetime.now(JST)).astimezone(JST)
    day, clock = now.date(), now.strftime("%H:%M")
    for h in hours:
        if DAY_KEYS[day.weekday()] not in h["days"]:
            continue
        if h["closed_on_holidays"] and jpholiday.is_holiday(day):
            continue
        if h["closed_year_end"] and is_year_end(day):
            continue
        if h["opens"] <= clock < h["closes"]:
            return True
    return False


def describe(h: dict[str, Any]) -> str:
    """「月〜金 8:30–17:15（祝日・12/29–1/3 休み）」"""
    days = h["days"]
    idx = [DAY_KEYS.index(d) for d in days]
    if idx and idx == list(range(idx[0], idx[-1] + 1)) and len(idx) > 2:
        day_text = f"{DAY_JA[days[0]]}〜{DAY_JA[days[-1]]}"
    else:
        day_text = "・".join(DAY_JA[d] for d in days)
    closed = [x for x, on in (("祝日", h["closed_on_holidays"]), ("12/29–1/3", h["closed_year_end"])) if on]
    text = f"{day_text} {h['opens'].lstrip('0')}–{h['closes'].lstrip('0')}"
    if h.get("label"):
        text += f"（{h['label']}）"
    return text + (f"（{'・'.join(closed)} 休み）" if closed else "")
