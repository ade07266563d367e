"""The glossary (`data/glossary.yaml`): words residents meet in the guide, one plain line per register.

Each term has `ja` (standard Japanese), `easy` (やさしい日本語: short sentences in 〜ます／〜です form, few kanji)
and `en`, general definitions only — never a phone number, an address or an opening hour: those are facts of
one counter and live, with their sources, in counters.yaml. `counters` names the counters a resident can ask.
`kb check` runs `check_glossary` (docs/DATA.md "glossary.yaml"); the conversation reads it through
`core/glossary.py`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from knowledge.files import SourceFileError, read_yaml_list

FILE = "glossary.yaml"
KEYS = ("id", "term", "reading", "aliases", "en_terms", "ja", "easy", "en", "counters")
REQUIRED = ("id", "term", "reading", "ja", "easy", "en")
LINE_MAX = {"ja": 90, "easy": 60, "en": 200}  # characters (spaces not counted in easy)
EASY_SENTENCE_MAX = 40
EASY_KANJI_SHARE = 0.25  # over all the easy lines together
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A local fact has no place in a definition: a phone number, a time of day, a postcode, a street number.
LOCAL_FACT = re.compile(r"\d{2,5}[-‐－ー(（]\d{2,4}[-‐－ー)）]\d{3,4}|\d{1,2}[:：]\d{2}|\d{1,2}時|〒|\d+番地?|\d+丁目")
POLITE_END = re.compile(r"(ます|ません|です|ください)[。！？]?$")
KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u3005]")


def load_glossary(data_dir: Path) -> list[dict[str, Any]]:
    """The terms of `data_dir/glossary.yaml` in canonical shape (an absent file is an empty glossary)."""
    path = data_dir / FILE
    if not path.exists():
        return []
    return [_canonical(x) for x in read_yaml_list(path)]


def _canonical(x: dict[str, Any]) -> dict[str, Any]:
    item = {k: x.get(k) for k in KEYS}
    for key in ("aliases", "en_terms", "counters"):
        item[key] = list(item[key] or [])
    extra = sorted(set(x) - set(KEYS))
    if extra:
        item["_unknown_keys"] = extra
    return item


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[。！？])", text) if s.strip()]


def _chars(text: str) -> str:
    return re.sub(r"\s", "", text)


def check_term(x: dict[str, Any], counter_ids: set[str]) -> list[str]:
    """What is wrong with one term, one readable message each."""
    where = f"glossary: {x.get('id') or x.get('term') or '?'}"
    out = [f"{where}: unknown key {k!r} (keys: {', '.join(KEYS)})" for k in x.get("_unknown_keys", [])]
    out += [f"{where}: {k} is empty" for k in REQUIRED if not isinstance(x.get(k), str) or not x[k].strip()]
    if out:
        return out
    if not ID_RE.match(x["id"]):
        out.append(f"{where}: id must be lower-case ASCII with - (like seinen-kouken)")
    for lang, most in LINE_MAX.items():
        text = _chars(x[lang]) if lang == "easy" else x[lang]
        if len(text) > most:
            out.append(f"{where}: {lang} is {len(text)} characters, at most {most} (one plain line)")
        if LOCAL_FACT.search(x[lang]):
            out.append(f"{where}: {lang} holds a number, time or address: a definition has no local facts"
                       " (put them on the counter in counters.yaml, with their source)")
    for s in sentences(x["easy"]):
        if len(_chars(s)) > EASY_SENTENCE_MAX:
            out.append(f"{where}: easy sentence over {EASY_SENTENCE_MAX} characters: {s}")
        if not POLITE_END.search(s):
            out.append(f"{where}: easy sentence not in 〜ます／〜です form: {s}")
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", x["en"]):
        out.append(f"{where}: en has Japanese characters")
    out += [f"{where}: counter {c!r} is not in counters.yaml" for c in x["counters"] if c not in counter_ids]
    return out


def check_glossary(terms: list[dict[str, Any]], counter_ids: set[str]) -> list[str]:
    """Every term's problems, ids and words used twice, and the easy lines' kanji share."""
    out = [p for x in terms for p in check_term(x, counter_ids)]
    seen: dict[str, str] = {}
    for x in terms:
        for word in [x.get("term"), *x.get("aliases", []), *x.get("en_terms", [])]:
            key = str(word or "").casefold()
            if key and seen.setdefault(key, str(x.get("id"))) != x.get("id"):
                out.append(f"glossary: {x.get('id')}: {word!r} is also a word of {seen[key]}")
    ids = [x.get("id") for x in terms]
    out += [f"glossary: id {i} defined twice" for i in sorted({i for i in ids if ids.count(i) > 1 and i})]
    easy = _chars("".join(str(x.get("easy") or "") for x in terms))
    if easy and len(KANJI.findall(easy)) / len(easy) > EASY_KANJI_SHARE:
        out.append(f"glossary: easy lines are {len(KANJI.findall(easy)) / len(easy):.0%} kanji,"
                   f" at most {EASY_KANJI_SHARE:.0%} (write the words in kana)")
    return out


def glossary_problems(data_dir: Path, counter_ids: set[str]) -> list[tuple[str, str, str, str]]:
    """`kb check`'s glossary part as (file, entry id, field, message), or why the file could not be read."""
    try:
        lines = check_glossary(load_glossary(data_dir), counter_ids)
    except SourceFileError as exc:
        lines = [f"glossary: {exc}"]
    out = []
    for line in lines:
        parts = line.removeprefix("glossary: ").split(": ", 1)
        out.append((FILE.removesuffix(".yaml"), *(parts if len(parts) == 2 else ["", parts[0]])))
    return [(f, e, "", m) for f, e, m in out]
