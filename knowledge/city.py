"""The city the guide serves, from `city.yaml` in the data folder: its names in each register, its main
number, official web sites, the spoken readings of its districts, its stop words and the prefix its plans
leave out. Nothing in the program names a city; a second city is a second data folder (README.md,
"Starting a city from an empty knowledge base").

The composition root activates the profile of the data folder in use (`activate`, called by
`bot/config.load_settings`); everything below asks `current()`. Until then the profile of the project's own
`data/` folder is used.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FILE = "city.yaml"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGS = ("ja", "easy", "en")


class CityFileError(ValueError):
    """city.yaml is missing or lacks a field the guide needs."""


def _texts(raw: dict[str, Any], key: str) -> dict[str, str]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value.get("ja"):
        raise CityFileError(f"{FILE}: {key} needs at least a ja text ({{ja: …, easy: …, en: …}})")
    return {lang: str(value.get(lang) or value["ja"]) for lang in LANGS}


@dataclass(frozen=True)
class City:
    slug: str  # ASCII: file names, signing salts
    name: dict[str, str]  # per register (ja / easy / en): ○○市 / まるまる市 / Maru City
    short: dict[str, str]  # without 市: ○○ / まるまる / Maru
    hall: dict[str, str]  # the city hall: ○○市役所 …
    main_number: str  # "" when unknown (shown as 未確認)
    main_number_source: str = ""
    hall_hours: dict[str, str] = field(default_factory=dict)  # empty when unknown
    hall_times: tuple[str, str] = ("", "")  # weekdays' opening and closing, "HH:MM" ("": unknown)
    prefecture: dict[str, str] = field(default_factory=dict)
    official_hosts: tuple[str, ...] = ()
    district_readings: dict[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    plan_prefix: str = ""
    plan_ref_re: re.Pattern[str] = re.compile(r"(?!)")  # a plan reference as the city's plans write it
    plan_ref_examples: tuple[str, ...] = ()

    def own_names(self) -> tuple[str, ...]:
        """The city's own name in kana and romaji, which is never a district even where one shares it."""
        return tuple(n for n in (self.short["easy"], self.short["en"].lower()) if n)

    def strip_names(self, text: str) -> str:
        """`text` without the prefecture's and the city's names (an address the resident wrote in full)."""
        names = (self.prefecture.get("ja", ""), self.name["ja"], self.name["easy"], self.short["easy"] + "し")
        for name in sorted((n for n in names if n), key=len, reverse=True):
            text = text.replace(name, "")
        return text


def read_city(data_dir: Path) -> City:
    """The profile in `data_dir/city.yaml`; raises CityFileError when it is missing or incomplete."""
    path = data_dir / FILE
    if not path.is_file():
        raise CityFileError(f"{path}: missing (every data folder names its city; see README.md)")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or not raw.get("slug"):
        raise CityFileError(f"{path}: needs slug, name, short, hall (docs/DATA.md)")
    main = raw.get("main_number") or {}
    forms = [f for f in raw.get("plan_refs") or () if isinstance(f, dict) and f.get("pattern")]
    hours = main.get("hours")
    return City(
        slug=str(raw["slug"]), name=_texts(raw, "name"), short=_texts(raw, "short"), hall=_texts(raw, "hall"),
        main_number=str(main.get("value") or ""), main_number_source=str(main.get("source") or ""),
        hall_hours=_texts(main, "hours") if hours else {},
        hall_times=(str(main.get("opens") or ""), str(main.get("closes") or "")) if main.get("closes") else ("", ""),
        prefecture=_texts(raw, "prefecture") if raw.get("prefecture") else {},
        official_hosts=tuple(str(h).lower() for h in raw.get("official_hosts") or ()),
        district_readings={str(k): str(v) for k, v in (raw.get("district_readings") or {}).items()},
        stopwords=frozenset(str(w) for w in raw.get("stopwords") or ()),
        plan_prefix=str(raw.get("plan_prefix") or ""),
        plan_ref_re=re.compile("^(" + "|".join(f"(?:{f['pattern']})" for f in forms) + ")$") if forms else
        re.compile(r"(?!)"),
        plan_ref_examples=tuple(str(f.get("example") or f["pattern"]) for f in forms),
    )


_lock = threading.Lock()
_active: City | None = None
_listeners: list[Callable[[City], None]] = []


def activate(data_dir: Path) -> City:
    """Make the profile of `data_dir` the one every part of the guide uses; a folder without city.yaml
    keeps the project's own (a test's copy of a few data files)."""
    global _active
    city = read_city(data_dir) if (data_dir / FILE).is_file() else read_city(DEFAULT_DATA_DIR)
    with _lock:
        _active = city
        listeners = list(_listeners)
    for listener in listeners:
        listener(city)
    return city


def on_city(listener: Callable[[City], None]) -> None:
    """Call `listener` with the active city now and again whenever another city is activated (texts a
    module keeps ready, made from the city's words)."""
    with _lock:
        _listeners.append(listener)
    listener(current())


def current() -> City:
    """The active city (the project's own data folder until `activate` is called)."""
    global _active
    if _active is None:
        with _lock:
            if _active is None:
                _active = read_city(DEFAULT_DATA_DIR)
    return _active
