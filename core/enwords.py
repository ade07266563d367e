"""Japanese facts in English replies, without inventing any (issue #13, a new user's walkthrough).

The knowledge writes hours, places and the emergency lines' names in Japanese, as its sources do. An English
reply shows them in English where the words can be carried over one for one (「24時間365日・無料」 → "24
hours, every day of the year, free"; 「月・木・金は24時間、火・水・土・日は6時〜翌0時」 → "Mon, Thu, Fri: 24 hours,
Tue, Wed, Sat, Sun: 6:00 to midnight"), and otherwise keeps the Japanese with an honest "(in Japanese)" —
never a guess. `english(text)` is None when any Japanese word is left.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

DAY_EN = {"月": "Mon", "火": "Tue", "水": "Wed", "木": "Thu", "金": "Fri", "土": "Sat", "日": "Sun"}
IN_JAPANESE = "(in Japanese)"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")

# Whole phrases of the sources, longest first (the emergency lines' hours, the hours' labels).
PHRASES: tuple[tuple[str, str], ...] = (
    ("年末年始など休日を含め24時間", "24 hours, holidays and the New Year included"),
    ("年末年始を除き原則毎日", "as a rule every day except the New Year holidays"),
    ("最寄りの相談支援センターの受付時間内のみ", "only in the hours of the nearest support centre"),
    ("受付時間は都道府県・政令市ごとに異なる", "hours differ by prefecture and major city"),
    ("ガイダンスの後は通話料がかかる", "call charges after the recorded guidance"),
    ("通話料がかかる", "call charges apply"),
    ("メール・チャットも", "email and chat too"),
    ("24時間365日", "24 hours, every day of the year"),
    ("年中無休", "open all year:"),
    ("通話無料", "free call"),
    ("予約不要", "no booking needed"),
    ("無料", "free"),
    ("緊急時", "emergencies"),
    ("24時間", "24 hours"),
    ("毎日", "daily"),
    ("毎週", "every "),
)
_DAYS = "[月火水木金土日]"
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\d{4})年(\d{1,2})月の記事"), "__article__"),
    (re.compile(r"(\d{4})年の記事の時間"), r"hours from a \1 article"),
    (re.compile(r"(\d{1,2})言語"), r"\1 languages"),
    (re.compile(r"毎月(\d{1,2})日は?"), "__monthday__"),
    (re.compile(rf"({_DAYS}(?:・{_DAYS})*)は"), "__days__:"),
    (re.compile(rf"({_DAYS})曜"), "__day__"),
    (re.compile(r"(\d{1,2})時〜翌日?0時"), r"\1:00 to midnight"),
    (re.compile(r"(\d{1,2})時〜翌日?(\d{1,2})時"), r"\1:00 to \2:00 the next day"),
    (re.compile(r"(\d{1,2})時〜(\d{1,2})時"), r"\1:00–\2:00"),
)
PUNCTUATION = {"、": "; ", "，": ", ", "・": ", ", "。": "; ", "（": " (", "）": ")", "〜": "–", "　": " "}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _pattern(m: re.Match[str], how: str) -> str:
    if how == "__article__":
        return f"article of {dt.date(int(m[1]), int(m[2]), 1):%B %Y}"
    if how == "__monthday__":
        return f"on the {_ordinal(int(m[1]))} of each month "
    if how == "__days__:":
        return ", ".join(DAY_EN[d] for d in m[1].split("・")) + ": "
    if how == "__day__":
        return DAY_EN[m[1]]
    return m.expand(how)


def english(text: str | None) -> str | None:
    """The text in English when every word of it is one of the phrases above; else None."""
    if not text:
        return None
    out = str(text)
    for ja, en in PHRASES:
        out = out.replace(ja, f" {en} ")
    for pattern, how in PATTERNS:
        out = pattern.sub(partial(_pattern, how=how), out)
    for ja, en in PUNCTUATION.items():
        out = out.replace(ja, en)
    out = re.sub(r"\s+([,;:)])", r"\1", re.sub(r"\s+", " ", out)).strip(" ;,")
    out = re.sub(r"\(\s+", "(", out)
    return None if JAPANESE.search(out) else out


def shown(text: str | None, lang: str) -> str | None:
    """A fact's words as a reply in `lang` shows them: in English when they can be, else as written, marked
    "(in Japanese)" in an English reply."""
    if not text or lang != "en":
        return text
    return english(text) or (f"{text} {IN_JAPANESE}" if JAPANESE.search(text) else text)


def has_japanese(text: str | None) -> bool:
    return bool(text) and bool(JAPANESE.search(str(text)))
