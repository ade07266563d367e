"""The hours' dated exceptions in one spreadsheet cell, and back (the `exceptions` column of the hours sheet).

One exception an item, items joined with " | " like every list cell (knowledge/sheets.py), each as the admin
form writes it: `2026-12-28 休み` (closed that day) or `2026-11-28 09:00-12:00` (its own hours), a note after a
space (`2026-12-28 休み 臨時休業`). Full-width digits, 2026/12/28 and 9:00 are read as the document writes them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

CLOSED_WORDS = ("休み", "closed", "休")
SHAPE = "2026-12-28 休み or 2026-11-28 09:00-12:00, a note may follow"
_ITEM = re.compile(r"^(\S+)\s+(\S+)(?:\s+(.+))?$", re.S)
_DATE = re.compile(r"^([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?$")
_SPAN = re.compile(r"^([0-9]{1,2}):([0-9]{2})[-~〜]([0-9]{1,2}):([0-9]{2})$")


def encode(exceptions: list[dict[str, Any]]) -> list[str]:
    """The exceptions as cell items (the caller joins them)."""
    out = []
    for x in exceptions:
        when = "休み" if x.get("closed", True) else f"{x.get('opens')}-{x.get('closes')}"
        out.append(f"{x.get('date')} {when}" + (f" {x['note']}" if x.get("note") else ""))
    return out


def _day(text: str) -> str | None:
    m = _DATE.match(text)
    if not m:
        return None
    day = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return None
    return day


def _span(text: str) -> tuple[str, str] | None:
    m = _SPAN.match(text)
    if not m or int(m[2]) > 59 or int(m[4]) > 59 or int(m[1]) > 24 or int(m[3]) > 24:
        return None
    return f"{int(m[1]):02d}:{m[2]}", f"{int(m[3]):02d}:{m[4]}"


def decode_item(item: str) -> tuple[dict[str, Any] | None, str | None]:
    """One item → (exception, None), or (None, why not)."""
    m = _ITEM.match(item.strip())  # the note is kept as written; the date and hours are read through NFKC
    day = _day(unicodedata.normalize("NFKC", m[1])) if m else None
    if m is None or day is None:
        return None, f"exception {item!r} does not start with a date ({SHAPE})"
    note = m[3].strip() if m[3] and m[3].strip() else None
    when = unicodedata.normalize("NFKC", m[2])
    if when in CLOSED_WORDS:
        return {"date": day, "closed": True, "opens": None, "closes": None, "note": note}, None
    span = _span(when)
    if span is None:
        return None, f"exception {item!r}: {m[2]!r} is neither 休み nor hours like 09:00-12:00 ({SHAPE})"
    return {"date": day, "closed": False, "opens": span[0], "closes": span[1], "note": note}, None


def decode(items: list[str]) -> tuple[list[dict[str, Any]], str | None]:
    """The cell's items → (exceptions, the first problem or None)."""
    out = []
    for item in items:
        x, problem = decode_item(item)
        if problem:
            return [], problem
        out.append(x)
    return [x for x in out if x is not None], None
