"""ふりがな for the web chat: ruby readings over the kanji of a reply, from Sudachi's readings.

`ruby_html("支援課に電話")` → `<ruby>支援<rt aria-hidden="true">しえん</rt></ruby><ruby>課<rt …>か</rt></ruby>に<ruby>電話<rt …>でんわ</rt></ruby>`.
Every piece of the text is HTML-escaped; the readings are hidden from screen readers (`aria-hidden`), which
read the kanji themselves, so a word is never read twice. The page shows the `<rt>` only in ふりがな mode.

Readings are placed over the kanji only: okurigana and kana inside a word stay bare (払え → 払(はら)え,
引きこもり → 引(ひ)きこもり); kanji-only words in a row are one ruby (緊急時 きんきゅうじ, not 緊急 + 時, which the
browser would set apart). A single kanji right after a numeral is a counter whose reading Sudachi often
guesses wrong (365日 → か), so it is left without a reading.
"""

from __future__ import annotations

import re
from html import escape

import jaconv
from sudachipy import SplitMode

# The project's one Sudachi tokenizer (not thread-safe: used on the event loop's thread, like the router's).
from knowledge.text import tokenizer

KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]")
_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]+|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]+")
_KANA_READING = re.compile(r"[\u3041-\u309fー]+")
CACHE_SIZE = 4096
MAX_LINE = 2000  # characters of one line given to Sudachi (its input limit is in bytes; replies are far shorter)


def has_kanji(text: str) -> bool:
    return KANJI.search(text) is not None


def _ruby(base: str, reading: str) -> str:
    return f'<ruby>{escape(base)}<rt aria-hidden="true">{escape(reading)}</rt></ruby>'


def _word(surface: str, reading: str) -> str:
    """One morpheme: readings over its kanji runs, its kana left as they are."""
    runs = _RUNS.findall(surface)
    pattern = "".join("(.+?)" if KANJI.match(run) else f"({re.escape(jaconv.kata2hira(run))})" for run in runs)
    match = re.fullmatch(pattern, reading)
    if match is None:  # reading and spelling do not line up (a kanji read as a kana word): the whole word
        return _ruby(surface, reading)
    return "".join(_ruby(run, part) if KANJI.match(run) else escape(run) for run, part in zip(runs, match.groups(), strict=True))


def _tokens(text: str) -> str:
    out: list[str] = []
    after_number = False
    compound: list[tuple[str, str]] = []  # kanji-only words in a row (緊急 + 時): one ruby, never 「緊急 時」
    for m in tokenizer().tokenize(text, SplitMode.A):
        surface = m.surface()
        reading = jaconv.kata2hira(m.reading_form())
        counter = after_number and len(surface) == 1
        after_number = m.part_of_speech()[1] == "数詞"
        plain = not has_kanji(surface) or counter or not _KANA_READING.fullmatch(reading) or reading == surface
        if not plain and _ALL_KANJI.fullmatch(surface):
            compound.append((surface, reading))
            continue
        out.append(_compound(compound))
        compound = []
        out.append(escape(surface) if plain else _word(surface, reading))
    out.append(_compound(compound))
    return "".join(out)


_ALL_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]+")


MAX_COMPOUND = 4  # kanji in one ruby: a longer run (生活困窮者自立相談支援窓口) is cut at its words, so a line can wrap


def _compound(words: list[tuple[str, str]]) -> str:
    """Kanji-only words in a row as one ruby (the word's letters stay together, its reading over it whole), in
    pieces of at most `MAX_COMPOUND` kanji cut between words."""
    out, base, reading = [], "", ""
    for word, said in words:
        if base and len(base) + len(word) > MAX_COMPOUND and len(word) > 1:  # 者, 時, 課 stay with their word
            out.append(_ruby(base, reading))
            base, reading = "", ""
        base, reading = base + word, reading + said
    if base:
        out.append(_ruby(base, reading))
    return "".join(out)


class Furigana:
    """Ruby HTML for texts, with the readings the knowledge gives for its own names (the towns of
    data/districts.yaml: 大船 おおふな, not Sudachi's おおぶね) taking precedence over Sudachi's."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self.names = {k: jaconv.kata2hira(v) for k, v in (names or {}).items() if has_kanji(k) and v}
        alternatives = sorted(self.names, key=len, reverse=True)
        self._known = re.compile("|".join(map(re.escape, alternatives))) if alternatives else None
        self._cache: dict[str, str] = {}

    def html(self, text: str) -> str:
        """The text as escaped HTML with `<ruby>` readings over its kanji (newlines kept)."""
        if text not in self._cache:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = "\n".join(self._line(line) for line in text.split("\n"))
        return self._cache[text]

    def _line(self, line: str) -> str:
        if not has_kanji(line):
            return escape(line)
        if len(line) > MAX_LINE:
            return self._line(line[:MAX_LINE]) + escape(line[MAX_LINE:])
        out: list[str] = []
        pos = 0
        for m in self._known.finditer(line) if self._known else ():
            out.append(_tokens(line[pos:m.start()]) if m.start() > pos else "")
            out.append(_word(m.group(), self.names[m.group()]))
            pos = m.end()
        out.append(_tokens(line[pos:]) if pos < len(line) else "")
        return "".join(out)


PLAIN = Furigana()  # Sudachi's readings alone


def ruby_html(text: str) -> str:
    """The text as escaped HTML with `<ruby>` readings over its kanji, from Sudachi alone."""
    return PLAIN.html(text)
