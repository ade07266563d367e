"""The two dates of a fact (issue #14): `source_date` is the page's own date (residents read 「◯年◯月時点の情報」),
`verified` the day a person last looked at the live source. `verified` is filled only from a real record —
the reference files give page dates, not look-up dates, so it is empty in data/ (staff see 「未確認日」) until a
person checks the page. A `verified` date can be neither in the future nor before the page's own date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from knowledge.files import Doc

HOLDERS = ("sections", "counters", "services")


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None  # a malformed date is validate's message, not this one's


Found = tuple[str, str, str, str]  # (file, entry id, field, message): the fields of validate's Problem


def dated_facts(doc: Doc) -> Iterator[tuple[str, str, str, str, dict[str, Any]]]:
    """(file, entry id, field, which one, fact) for every contact fact and hour of the document."""
    for kind in HOLDERS:
        for item in doc.get(kind) or []:
            for i, c in enumerate(item.get("contacts") or [], 1):
                what = f"contact {i} ({c.get('kind')} {c.get('value') or c.get('use') or ''})"
                yield kind, str(item.get("id")), "contacts", what, c
            for i, h in enumerate(item.get("hours") or [], 1):
                yield kind, str(item.get("id")), "hours", f"hours {i}", h


def verified_problems(doc: Doc, today: dt.date | None = None) -> list[Found]:
    """One problem for each `verified` date in the future or before its source's own date."""
    today = today or dt.date.today()
    out: list[Found] = []
    for kind, entry, field, what, fact in dated_facts(doc):
        seen, page = _day(fact.get("verified")), _day(fact.get("source_date"))
        if seen is None:
            continue
        if seen > today:
            out.append((kind, entry, field, f"{what}: verified {seen} is in the future"
                                             " (the day a person looked at the live page)"))
        if page is not None and seen < page:
            out.append((kind, entry, field, f"{what}: verified {seen} is before the page's own date {page}"
                                             " (source_date)"))
    return out
