"""Japanese text as the index and the router see it: NFKC, kana folding, Sudachi terms and readings.

Index and query go through the same functions, so ひきこもり / 引きこもり / ヒキコモリ / ﾋｷｺﾓﾘ meet
(by reading) and 介護保険 also matches 介護 (split modes C and A together).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from itertools import chain

from sudachipy import Dictionary, SplitMode, Tokenizer

from knowledge.city import current

# Parts of speech that carry meaning for routing; particles, auxiliaries and symbols do not.
_CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞", "副詞", "接頭辞", "接尾辞", "代名詞", "感動詞"}
# Small-kana and ヶ variants that differ between writers of the same place name (由比ヶ浜 / 由比ガ浜).
_PLACE_FOLD = str.maketrans({"ヶ": "ガ", "ケ": "ガ", "が": "ガ", "ヵ": "カ", "之": "ノ", "の": "ノ"})
_SPACE_RE = re.compile(r"\s+")
# Katakana → hiragana as jaconv.kata2hira does it (ァ..ヶ → ぁ..ゖ, ヽヾ → ゝゞ), in one str.translate: it runs on
# every morpheme of every message.
_KATA2HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)} | {0x30FD: 0x309D, 0x30FE: 0x309E}


def normalize(text: str) -> str:
    """NFKC (half-width kana, full-width ASCII), lower-case, single spaces."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def hira(text: str) -> str:
    """Katakana folded to hiragana (ー kept), after normalisation."""
    return normalize(text).translate(_KATA2HIRA)


def place_fold(text: str) -> str:
    """Fold ヶ/ケ/が→ガ and の/之→ノ so town names match however they are written."""
    return normalize(text).translate(_PLACE_FOLD)


@lru_cache(maxsize=1)
def _dictionary() -> Dictionary:
    return Dictionary(dict="core")


_local = threading.local()


def tokenizer() -> Tokenizer:
    """This thread's Sudachi tokenizer: a tokenizer is not thread-safe, so the event loop's thread (routing,
    ふりがな) and a thread rebuilding the index after a publish each use their own (one dictionary)."""
    tok: Tokenizer | None = getattr(_local, "tokenizer", None)
    if tok is None:
        tok = _local.tokenizer = _dictionary().tokenizer()
    return tok


def warm_up() -> None:
    """Load the Sudachi dictionary now rather than on the first question."""
    tokenizer()


@lru_cache(maxsize=4096)
def _split_a(norm: str) -> tuple[tuple[str, str, str, str, str], ...]:
    """One Sudachi pass in split mode A over a normalised text: (surface, normalized form, part of speech,
    conjugation form, katakana reading) of every morpheme. Every reader of mode A below shares it: a long
    message is tokenised once per mode, not once per reader."""
    out = []
    pos_of = _POS_BY_ID
    for m in tokenizer().tokenize(norm, SplitMode.A):
        pid = m.part_of_speech_id()
        pos = pos_of.get(pid)
        if pos is None:
            full = m.part_of_speech()
            pos = pos_of[pid] = (full[0], full[5])
        out.append((m.surface(), m.normalized_form(), pos[0], pos[1], m.reading_form()))
    return tuple(out)


@lru_cache(maxsize=4096)
def analyse(text: str) -> tuple[tuple[str, str, str], ...]:
    """Content morphemes of both split modes as (normalized form, surface, hiragana reading)."""
    norm = normalize(text)
    if not norm:
        return ()
    seen: set[tuple[str, str, str]] = set()
    out: list[tuple[str, str, str]] = []
    mode_c = ((m.part_of_speech()[0], m.normalized_form(), m.surface(), m.reading_form())
              for m in tokenizer().tokenize(norm, SplitMode.C))
    mode_a = ((pos, norm_form, surface, r) for surface, norm_form, pos, _conj, r in _split_a(norm))
    for pos, norm_form, surface, r in chain(mode_c, mode_a):
        if pos not in _CONTENT_POS:
            continue
        item = (norm_form.lower(), surface, r.translate(_KATA2HIRA))
        if item not in seen:
            seen.add(item)
            out.append(item)
    return tuple(out)


# Words too common in the plans and in questions to tell one service from another.
STOP_TERMS = frozenset(
    "する ある 居る いる 成る なる 出る 来る 行く 言う 思う 出来る できる 見る 無い ない 事 こと 物 もの 為 ため 様 よう "
    "方 等 的 者 人 中 上 時 所 ところ 場合 今 最近 一 さん ちゃん 私 自分 家 何 どこ 誰 良い いい 多い 知る 分かる "
    "教える 聞く 欲しい ほしい 貰う もらう 呉れる くれる 御 お ご 手 前 後 又 また 関する 対する 図る 行う 進める "
    "推進 充実 実施 支援 事業 取組 取り組み 市 本市 地域 福祉 仕舞う しまう".split())  # 〜てしまう: an ending


@lru_cache(maxsize=4)
def _stop_terms(city_words: frozenset[str]) -> frozenset[str]:
    """The stop terms with the city's own (its name is in every plan's every sentence)."""
    return STOP_TERMS | city_words


# Words that only say "I need to talk to someone": they make a message a consultation, not a topic.
GENERIC_TERMS = frozenset(
    "相談 悩み 悩む 困る 困り 困りごと 悩みごと 話 窓口 サービス 助け 助ける 手伝う 心配 不安 問題 聞く 欲しい "
    "したい 相談先 相談窓口 抱える 一人 なんでも 何でも 色々 いろいろ 総合 総合相談 福祉 方法 場所".split())
_KANA_RE = re.compile(r"^[\u3041-\u309f\u30a0-\u30ffー]+$")


def terms(text: str) -> list[str]:
    """BM25 terms: normalized forms of content words (modes C and A) minus stop terms.

    A word written in kana also yields its reading (in a `~` namespace), so kana questions meet kanji
    documents; kanji words yield their reading too, so the two sides share that namespace.
    """
    out: list[str] = []
    stop = _stop_terms(current().stopwords)  # and the city's own name (data/city.yaml)
    for norm_form, surface, reading in analyse(text):
        if norm_form in stop or surface in stop:
            continue
        out.append(norm_form)
        if len(reading) > 2 and (_KANA_RE.match(surface) or len(surface) > 1):
            out.append("~" + reading)
    return out


def reading(text: str) -> str:
    """The whole text as one hiragana reading (for fuzzy matching of kana-only input)."""
    return reading_with_starts(text)[0]


@lru_cache(maxsize=4096)
def reading_with_starts(text: str) -> tuple[str, frozenset[int]]:
    """The hiragana reading and the offsets in it where a word (split mode A) starts.

    A phrase found by reading must start where a word starts: だんさ (段差) is not in そうだんさき (相談先).
    """
    parts: list[str] = []
    starts: set[int] = set()
    pos = 0
    for *_, piece in morphemes_read(text):
        starts.add(pos)
        parts.append(piece)
        pos += len(piece)
    return "".join(parts), frozenset(starts)


@lru_cache(maxsize=4096)
def morphemes(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """Every morpheme (split mode A) as (surface, normalized form, part of speech, conjugation form)."""
    return tuple(t[:4] for t in _split_a(normalize(text)))


@lru_cache(maxsize=4096)
def morphemes_read(text: str) -> tuple[tuple[str, str, str, str, str], ...]:
    """Every morpheme (split mode A) as (surface, normalized form, part of speech, conjugation form, hiragana
    reading) from one Sudachi pass: the safety screen takes its reading and its verb grammar from it.

    The reading piece is what `reading_with_starts` joins (the surface for symbols and unknown readings).
    """
    norm = normalize(text)
    if not norm:
        return ()
    return tuple([(surface, norm_form, pos, conj, surface if r in ("キゴウ", "") else r.translate(_KATA2HIRA))
                  for surface, norm_form, pos, conj, r in _split_a(norm)])  # a list first: faster than a generator


_POS_BY_ID: dict[int, tuple[str, str]] = {}  # part of speech and conjugation form by Sudachi's id


# Words that only say who the message is about (実家の母, 高齢の父, 赤ちゃん, 80代, 学校): they choose the area of
# a concern, but are no concern by themselves; knowledge.search keeps their share of the topics apart
# (`Analysis.who`).
_WHO = re.compile(
    r"(実家の|高齢の|年老いた|年寄りの|うちの|私の|わたしの|義理の|義)?"
    r"(親|両親|母|父|母親|父親|祖母|祖父|夫|妻|息子|娘|孫|高齢者|こうれいしゃ|お年寄り|年寄り|老人|シニア|"
    r"赤ちゃん|乳児|幼児|乳幼児|新生児|子ども|子供|こども|児童|高齢の夫婦|高齢夫婦|老夫婦|後期高齢者|"
    r"学校|がっこう|小学校|中学校|高校|小学生|中学生|高校生|中高生|大学生|\d+代|\d+歳以上|外国人|外国籍|外国の方)")


_ADJ_SUFFIX = frozenset(("難い", "辛い", "易い", "にくい", "づらい", "やすい"))


def phrase_traits(phrase: str, reading_: str) -> tuple[bool, bool]:
    """For a (normalised) phrase of the knowledge and its hiragana reading: whether it only says who (実家の母, 外国人,
    高齢の父, 赤ちゃん, 80代, 学校), and whether it ends in an adjective (〜い) long enough for its stem to be
    matched alone (さみしい ~ さみしさ, お金がきつい ~ お金がきつくて)."""
    who = bool(_WHO.fullmatch(phrase))
    if len(reading_) < 4 or not reading_.endswith("い"):
        return who, False
    last = morphemes(phrase)
    # (〜にくい, 〜づらい, 〜やすい conjugate as adjectives: 聞こえにくい ~ 聞こえにくくなって)
    return who, bool(last) and (last[-1][2] == "形容詞" or (last[-1][2] == "接尾辞" and last[-1][1] in _ADJ_SUFFIX))


# Polite negatives (〜ません) as the knowledge's phrases spell them (〜ない): 一段 (払えません → 払えない) and 五段
# (見つかりません → 見つからない) forms are both tried; お金がありません → お金がない.
_POLITE_NEG = re.compile(r"([\u3041-\u3093])ません(?!でし)")
_GODAN = dict(zip("いきしちにひみりぎびぴ", "わかさたなはまらがばぱ", strict=True))


# Words of degree or time between a phrase's words (部屋からほとんど出てこない, 家からあまり出ない, 学校にずっと行けてない): the phrase is matched
# without them too.
# How often or how long (親にしょっちゅう殴られる, 部屋からもう2年出てこない, 家からほぼ出てない) is such a word too.
_DEGREE = re.compile(r"ほとんど|あまり|全然|ぜんぜん|まったく|全く|なかなか|一歩も|めったに|ろくに|ずっと|ちっとも|しばらく|"
                     r"しょっちゅう|いつも|ほぼ|毎日のように|毎日|毎晩|何度も|たびたび|(?:もう|かれこれ)?[0-9一二三四五六七八九十半何]+"
                     r"(?:年|か月|ヶ月|カ月|ケ月)(?:以上|くらい|ぐらい|ほど|近く)?(?:も)?")


def with_plain_negatives(text: str) -> str:
    """The text, and when it holds polite negatives, the same text with them as plain ones (for phrase matching);
    when it holds words of degree (ほとんど, あまり), the same text without them as well."""
    if _DEGREE.search(text):  # (only the sentences that hold one are added again: a long message stays cheap)
        text = text + "。" + "。".join(_DEGREE.sub("", p) for p in text.split("。") if _DEGREE.search(p))
    if "ません" not in text:
        return text
    base = text.replace("ありません", "ない").replace("てきません", "てこない")  # ある and 来る are their own
    ichidan = _POLITE_NEG.sub(lambda m: m.group(1) + "ない", base)
    godan = _POLITE_NEG.sub(lambda m: _GODAN.get(m.group(1), m.group(1)) + "ない", base)
    return "。".join(dict.fromkeys((text, ichidan, godan)))
