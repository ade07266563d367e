"""Where a fact comes from: official pages or not, and the short source line residents read.

`kb check` allows a contact fact, an hour or a confirmed town only from an official page (the city and its
bulletin, 市社協, the prefecture: `official_hosts` in data/city.yaml; a government or local-government domain);
anything else (a blog, a Wikipedia mirror, a news copy, a third-party dataset such as Yut8853/fukushi-portal)
must be marked `unconfirmed: true` and is shown to residents as 未確認, never with a live 「いま受付中」.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from knowledge.city import current

# Hosts whose pages speak for the city, the 社協, the prefecture or the state: `official_hosts` of the city
# (knowledge/city.py, data/city.yaml); and any government or local-government domain:
OFFICIAL_SUFFIXES = (".go.jp", ".lg.jp")
# Other municipalities' own sites (city.fujisawa.kanagawa.jp, city.akiruno.tokyo.jp …).
MUNICIPAL = re.compile(r"^(www\.)?(city|town|vill|pref)\.[a-z0-9-]+(\.[a-z0-9-]+)?\.jp$")
# Known non-official sources, named in the check's message (anything not official is refused anyway).
DENIED = (("fukushi-portal", "a third-party dataset"), ("wikipedia", "a Wikipedia copy"),
          ("wiki", "a Wikipedia copy"), ("pedia", "a Wikipedia copy"), ("blog", "a blog"),
          ("sblo.jp", "a blog"), ("kanagawanet.jp", "a council member's blog"), ("townnews", "a news copy"),
          ("yahoo", "a news copy"), ("docomo", "a news copy"), ("mykoho", "a copy of a city bulletin"),
          ("amebaownd", "a blog"))


def host(source: str | None) -> str:
    """The host of a source address ('' for a source that is not a web address)."""
    if not source or not re.match(r"^https?://", source.strip()):
        return ""
    return (urlsplit(source.strip()).hostname or "").lower()


def is_official(source: str | None) -> bool:
    """True for a page of the city, the 社協, the prefecture, the state or another local government."""
    h = host(source)
    if not h:
        return False
    h = h.removeprefix("www.")
    return (any(h == o or h.endswith("." + o) for o in current().official_hosts) or h.endswith(OFFICIAL_SUFFIXES)
            or bool(MUNICIPAL.match(h)))


def why_not_official(source: str | None) -> str:
    """A few words on what kind of source this is, for `kb check`'s message."""
    text = (source or "").lower()
    for word, what in DENIED:
        if word in text:
            return what
    return "not a web address" if not host(source) else "an unofficial site"


def as_of(source_date: str | dt.date | None, lang: str = "ja") -> str | None:
    """「2024年5月時点の情報」 from the page's own date; None when the page shows none."""
    if not source_date:
        return None
    try:
        day = source_date if isinstance(source_date, dt.date) else dt.date.fromisoformat(str(source_date))
    except ValueError:
        return None
    if lang == "en":
        return f"as of {day:%B %Y}"
    return f"{day.year}年{day.month}月時点の情報"


def short_source(source: str | None) -> str | None:
    """What a resident reads as the source: the page's domain, never a staff note or a dataset's name."""
    h = host(source)
    return h.removeprefix("www.") if h else None
