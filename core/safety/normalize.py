"""One message as the safety screen reads it: folded spellings, a reading, sentences, emoji signals.

Every rule meets the text after the same folding, so しにたぃ, しにたーい, シニタイ, ｼﾆﾀｲ, し に た い and
死にたい look alike, and a rule written in kanji also meets じさつ or くびつり through the Sudachi reading.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import jaconv

# Emoji kept as signals (they raise or colour a situation) and removed from the words.
EMOJI_SIGNALS: dict[str, str] = {
    "😢": "sad", "😭": "sad", "😿": "sad", "💧": "sad", "🥺": "sad", "😞": "sad", "😔": "sad",
    "🔪": "knife", "🗡": "knife", "💊": "pills", "🔥": "fire", "🚒": "fire", "🚑": "ambulance", "🆘": "sos",
    "😱": "fear", "😨": "fear", "😰": "fear", "💀": "death", "☠": "death", "🪦": "death", "⚰": "death",
    "🩸": "blood", "🪢": "rope", "🥶": "cold", "🥵": "hot", "🤮": "sick", "😵": "dizzy", "💔": "sad",
}
_EMOJI_RE = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3\U000E0000-\U000E007F]")
_SMALL = str.maketrans("ぁぃぅぇぉゎゕゖ", "あいうえおわかけ")
_LONG_RE = re.compile(r"(?<=[\u3041-\u309f])[ー〜～~]+")
# Letters repeated three times or more fold to one; regex syntax does not (a cue's "(…)))" must stay a pattern).
_REPEAT_RE = re.compile(r"([^()\[\]{}|?*+.\\^$])\1{2,}")
_CJK = r"\u3041-\u30ff\u3400-\u9fff\uff66-\uff9f々〆"
_GAP_RE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_PIECE = str.maketrans({**dict(zip("ぁぃぅぇぉゎゕゖ", "あいうえおわかけ", strict=True)), "ー": None, "〜": None, "～": None})
_LETTER_RE = re.compile(r"[a-z]")
_JAPANESE_RE = re.compile(r"[\u3040-\u9fff]")
_ELLIPSIS_RE = re.compile(r"\.{2,}|・{2,}")
# A short quote is kept whole (「閉じ込められた部屋から脱出せよ！」っていう…): its 「！」 ends no sentence, so the words
# after it are read with it and the quote is seen as a quote.
_SENTENCE_RE = re.compile(r"(?:「[^」「\n]{1,40}」|『[^』『\n]{1,40}』|[^。．.!！?？\n])+[。．.!！?？\n]*")


# Katakana → hiragana (jaconv.kata2hira) and then small kana → full size, as one table applied only to the runs of
# characters it changes: most text has few katakana, and a translation of every character cost half of a fold.
_KANA_TABLE = {ord(c): v for c in map(chr, range(0x3000, 0x3100)) if (v := jaconv.kata2hira(c).translate(_SMALL)) != c}
_KANA_RUN_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_KANA_TABLE)) + "]+")
_WHITESPACE_RE = re.compile(r"\s")


def _kana(m: re.Match[str]) -> str:
    return m.group(0).translate(_KANA_TABLE)


def fold(text: str) -> str:
    """Hiragana with small kana, long vowels, repeated letters and spaces between kana folded."""
    t = _KANA_RUN_RE.sub(_kana, unicodedata.normalize("NFKC", text).lower())
    t = _LONG_RE.sub("", t)
    t = _REPEAT_RE.sub(r"\1", t)
    return _GAP_RE.sub("", t) if _WHITESPACE_RE.search(t) else t


@dataclass(frozen=True)
class Sentence:
    """One sentence: folded surface and the raw words. Its Sudachi reading (`sentence_reading`) is read only when
    the screen asks for it."""

    surface: str
    raw: str

    @property
    def japanese(self) -> bool:
        return bool(_JAPANESE_RE.search(self.raw))


@dataclass(frozen=True)
class Message:
    text: str                       # NFKC, lower case, emoji removed
    sentences: tuple[Sentence, ...]
    signals: frozenset[str]
    english: bool


def split_emoji(text: str) -> tuple[str, frozenset[str]]:
    signals = {name for ch, name in EMOJI_SIGNALS.items() if ch in text}
    return _EMOJI_RE.sub(" ", text), frozenset(signals)


# A turn to another matter inside one sentence (その前に、ところで、それより): a new sentence starts there, so that a
# question asked before it (書類について聞きたい) does not make what follows a question too.
_TOPIC_SWITCH_RE = re.compile(r"(その前に|それより(も)?|それはそうと|それはさておき|ところで|話は変わ(りますが|るけど|るんだけど)|本題(は|なんですが))(?=[、,])")
# A routine question broken off by what is happening (介護サービスの種類を教えてほしい、もう限界で…, 防災訓練の日程を聞こうと
# 思ったら、隣の家から煙が): what follows the comma is its own sentence, so the question does not make it a course.
_ASK_BROKEN_RE = re.compile(r"((教え|おしえ)て(ほしい|欲しい|ください|下さい)|(知り|しり|聞き|きき)たい(んです|のです)?(が|けど)?|"
                            r"(聞こ|きこ|聞|き|調べよ|しらべよ|電話しよ|でんわしよ)うと(思|おも)った(ら|けど|のに))(?=[、,])")


@lru_cache(maxsize=2048)
def read(text: str) -> Message:
    """The message as the screen sees it (cached: the router and the dialogue may ask twice)."""
    words, signals = split_emoji(text or "")
    norm = unicodedata.normalize("NFKC", words).lower()
    if _WHITESPACE_RE.search(norm):
        norm = _GAP_RE.sub("", norm)
    norm = _ELLIPSIS_RE.sub("、", norm)  # 「暑い…たすけて」 is one sentence
    norm = _TOPIC_SWITCH_RE.sub(r"。\1", norm)  # 「書類について聞きたいんですが、その前に…」: what follows is its own matter
    norm = _ASK_BROKEN_RE.sub(r"\1。", norm)
    # counted in C: each matches one character, so the characters a removal drops are the matches
    letters = len(norm) - len(_LETTER_RE.sub("", norm))
    japanese = len(norm) - len(_JAPANESE_RE.sub("", norm))
    sentences = []
    for part in _SENTENCE_RE.findall(norm) or [norm]:
        raw = part.strip()
        if not raw:
            continue
        sentences.append(Sentence(fold(raw), raw))
    if not sentences and signals:
        # emoji alone (🔪🩸): the sentence of their signals, in order (cues/shown.py reads it)
        said = " ".join("sig_" + name for name in sorted(signals))
        sentences.append(Sentence(said, said))
    return Message(norm, tuple(sentences), signals, letters >= 3 and letters > japanese)


@lru_cache(maxsize=4096)
def sentence_reading(raw: str) -> tuple[str, frozenset[int]]:
    """The folded Sudachi reading of one sentence and the offsets where its words start (a phrase found by
    reading must start there: うで is not in ほうちょうで). The same pass gives frames.py its morphemes."""
    from knowledge.text import morphemes_read  # Sudachi, loaded once

    if not _JAPANESE_RE.search(raw):  # English: no reading, no verb grammar, no Sudachi pass
        return "", frozenset()
    toks = morphemes_read(raw)
    joined = "".join([m[4] for m in toks])
    # Each reading piece folded on its own keeps the word starts; pieces are hiragana already, so a translation
    # does it (one for the sentence when no long vowel is dropped) unless letters repeat (しにたいいいい), which
    # only the full fold folds.
    light = joined.translate(_PIECE)
    if _REPEAT_RE.search(light):
        pieces = [fold(m[4]) for m in toks]
        light = "".join(pieces)
    elif len(light) == len(joined):
        pieces = [m[4] for m in toks]  # the same lengths: only small kana changed
    else:
        pieces = [m[4].translate(_PIECE) for m in toks]
    offsets = list(accumulate(map(len, pieces[:-1]), initial=0))
    # Inside a kanji word's reading (家事 かじ|だいこう: だ is the start of 代行): stored as -(position + 1), so a
    # phrase read in kana cannot end half-way through a kanji word (かじだ in 家事代行).
    inside = [-(o + k + 1) for o, p, m in zip(offsets, pieces, toks, strict=True) if _KANJI_RE.search(m[0])
              for k in range(1, len(p))]
    return light, frozenset(offsets + inside)


_RUN_RE = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u3400-\u9fff々]+")
_KANJI_RE = re.compile(r"[\u3400-\u9fff々]")


def with_readings(pattern: str) -> str:
    """A folded pattern in which each literal kanji run may also be written in kana (自殺 → 自殺|じさつ).

    Only runs whose reading has three or more kana: 火事 (かじ) would also meet 家事.
    """
    from knowledge.text import reading

    out: list[str] = []
    pos = 0
    for m in _RUN_RE.finditer(pattern):
        run = m.group(0)
        nxt = pattern[m.end():m.end() + 1]
        inside_class = pattern.rfind("[", 0, m.start()) > pattern.rfind("]", 0, m.start())
        out.append(pattern[pos:m.start()])
        pos = m.end()
        if inside_class or not _KANJI_RE.search(run):
            out.append(run)
            continue
        last = ""
        if nxt and nxt in "?*+{":
            run, last = run[:-1], run[-1]  # the quantifier belongs to the last character only
        kana = fold(reading(run)) if run else ""
        head = re.match(r"[\u3400-\u9fff々]+", run)
        short = head is not None and len(fold(reading(head.group(0)))) < 2
        if run and len(kana) >= 3 and kana != run and short:
            # A one-kana kanji (蹴 け, 刺 さ) spelt in kana is too often the tail of another word (うけられる):
            # its kana form must start a word, after a particle or at the start (never after a kanji: 受けられる).
            out.append(f"(?:{run}|(?:(?<=[にをがはもへでとらりやよねさ、。 ])|^){kana})")
        elif run and len(kana) >= 3 and kana != run:
            out.append(f"(?:{run}|{kana})")
        else:
            out.append(run)
        out.append(last)
    out.append(pattern[pos:])
    return "".join(out)
