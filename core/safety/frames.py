"""Verbs with their grammar: what the sentence says happens, wants, plans, fears or denies.

Sudachi gives each verb its dictionary form (しぬ, 死ね, 死のう → 死ぬ; てえ → たい), so a rule names a root
and the grammar it needs instead of spelling out endings: 息をしてません, 息してない, 息しとらん and
いきをしてない all give the frame 息+する with NEG. Compound verbs (起き上がれない, 見当たらない) form one
group; the auxiliaries after the group give its features.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jaconv

WANT, NEG, VOL, PASS, CAUS, PROG, SOU, PAST, DONE, COME, GIVEN, POT, THIRD, OWN, LIKE = (
    "WANT", "NEG", "VOL", "PASS", "CAUS", "PROG", "SOU", "PAST", "DONE", "COME", "GIVEN", "POT", "THIRD", "OWN", "LIKE")
# The writer as subject; any other subject before が/は gives the frame THIRD (子どもが物を投げてしまう: not the carer).
_FIRST_PERSON = {"私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "自分", "うち", "わし", "わい"}

# Auxiliaries (normalized form) → feature.
_AUX: dict[str, str] = {
    "たい": WANT, "たがる": WANT, "ない": NEG, "無い": NEG, "ぬ": NEG, "ず": NEG, "へん": NEG, "ひん": NEG,
    "ねえ": NEG, "ん": NEG, "れる": PASS, "られる": PASS, "せる": CAUS, "させる": CAUS, "た": PAST, "だ": PAST,
    "う": VOL, "よう": VOL, "まい": VOL, "とる": PROG, "よる": PROG, "ちょる": PROG, "そう": SOU,
}
# Verbs that continue a verb rather than start a new one (〜ている, 〜てしまう, 〜てくる, 〜かける …).
_AUX_VERBS: dict[str, str] = {
    "居る": PROG, "いる": PROG, "おる": PROG, "続ける": PROG, "仕舞う": DONE, "しまう": DONE, "ちゃう": DONE,
    "ちまう": DONE, "来る": COME, "行く": COME, "遣る": VOL, "やる": VOL, "見る": "", "有る": "", "掛ける": SOU,
    "貰う": GIVEN, "もらえる": GIVEN, "呉れる": GIVEN, "くれる": GIVEN, "置く": "", "出す": "", "過ぎる": "",
    "得る": POT, "切る": "",
}
_PARTICLES_IN_CHAIN = {"て", "で", "ちゃ", "じゃ", "ば", "と", "ても", "たら"}
_PRO_VERBS = {"為る", "する", "出来る", "できる", "成る", "なる"}
_SENTENCE_NOUNS_VOL = {"つもり", "予定", "覚悟"}
# A blade, a needle or teeth on a limb no one else is said to own (腕を何度も刺してる, 手の甲を噛み続けて): the doer's
# own body, feature OWN — self-harm, not a blow (私の腕を刺した, 腕を噛まれた are someone else's doing).
_SELF_VERBS = {"刺す", "切る", "噛む", "切り付ける", "引っ掻く", "掻き毟る", "抓る", "抉る"}
_LIMBS = {"腕", "手首", "手", "手の甲", "甲", "足", "太もも", "太股", "太腿", "腿", "肌", "皮膚", "指", "爪", "唇", "脚", "二の腕"}
# A verb that only paints a likeness (バットで殴られたみたいな頭痛, 刺されたような痛み): feature LIKE, no deed.
_LIKENESS = {"みたい", "よう", "様"}


@dataclass(frozen=True)
class Frame:
    lemmas: frozenset[str]   # verb roots of the group, and 'noun+verb' for 息をする, 呼吸ができる
    feats: frozenset[str]
    subject: str             # the noun before が/は (who or what), '' when none


@lru_cache(maxsize=2048)
def frames(sentence: str) -> tuple[Frame, ...]:
    """The verb groups of one sentence with their features."""
    from knowledge.text import morphemes_read  # the same Sudachi pass as the sentence's reading

    toks = tuple(t[:4] for t in morphemes_read(sentence))
    out: list[Frame] = []
    i = 0
    while i < len(toks):
        surf, nf, pos, conj = toks[i]
        if pos not in ("動詞", "形容詞") or nf in _AUX_VERBS and i > 0 and _continues(toks[i - 1]):
            i += 1
            continue
        if len(surf) <= 2 and not any("\u3400" <= ch <= "\u9fff" for ch in surf) and not _word_before(toks, i):
            i += 1  # a short kana verb is too often a piece of another word (うけられる → う + 蹴られる)
            continue
        lemmas = {nf, jaconv.kata2hira(surf)}
        obj, subject = _arguments(toks, i)
        if nf in _PRO_VERBS and obj:
            lemmas.add(obj + "+" + nf)
        feats: set[str] = set()
        if conj.startswith("意志推量形"):
            feats.add(VOL)
        if "可能" in conj or nf.endswith("れる") and surf.endswith("れ"):
            feats.add(POT)
        if subject and subject not in _FIRST_PERSON:
            feats.add(THIRD)
        j = _chain(toks, i, conj, lemmas, feats)
        if lemmas & _SELF_VERBS and not feats & {PASS, COME} and _own_limb(toks, i):
            feats.add(OWN)
        if _likeness(toks, j):
            feats.add(LIKE)
        out.append(Frame(frozenset(lemmas), frozenset(feats), subject))
        i = j
    return tuple(out)


def _continues(prev: tuple[str, str, str, str]) -> bool:
    """Whether a verb that can continue another (居る, 切る, 出す) does so after this word: after a verb or the て of
    a chain (泣いている, 食べ切る), not after a case particle (腿を切って, 家にいる: a verb of its own)."""
    return prev[2] == "動詞" or prev[2] == "助詞" and prev[0] in _PARTICLES_IN_CHAIN


def _own_limb(toks: tuple[tuple[str, str, str, str], ...], i: int) -> bool:
    """Whether verb i's object (a few words back, before を) is a limb with no owner but oneself (自分の腕)."""
    for k in range(i - 1, max(0, i - 7), -1):
        if toks[k][2] in ("動詞", "補助記号"):
            return False
        if toks[k][0] == "を" and toks[k - 1][1] in _LIMBS:
            m = k - 1
            while m >= 2 and toks[m - 1][0] == "の" and toks[m - 2][1] in _LIMBS:
                m -= 2  # 手の甲: the limb's own part
            return not (m >= 2 and toks[m - 1][0] == "の" and toks[m - 2][1] != "自分")
    return False


def _likeness(toks: tuple[tuple[str, str, str, str], ...], j: int) -> bool:
    """Whether the verb group ending before j is followed by みたいな / ような / かのような (a likeness, not a deed)."""
    if j + 1 < len(toks) and toks[j][0] == "か" and toks[j + 1][0] == "の":
        j += 2
    return j + 1 < len(toks) and toks[j][0] in _LIKENESS and toks[j + 1][0] == "な"


def _word_before(toks: tuple[tuple[str, str, str, str], ...], i: int) -> bool:
    """A short kana verb stands on its own after a particle or a whole word (まいにち けられる, かれに けられた),
    not after a lone kana that may be the head of another verb (う + けられる)."""
    if i == 0:
        return False
    surf, _, pos, _ = toks[i - 1]
    return pos == "助詞" and surf in ("に", "を", "が", "から", "で") or pos in ("名詞", "副詞", "代名詞") and len(surf) >= 2


def _chain(toks: tuple[tuple[str, str, str, str], ...], i: int, conj: str, lemmas: set[str],
           feats: set[str]) -> int:
    """Read the auxiliaries and compound parts after verb i into lemmas and feats; the index after them."""
    j = i + 1
    prev_conj = conj
    while j < len(toks) and j - i <= 8:
        s2, n2, p2, c2 = toks[j]
        if p2 == "動詞":
            if n2 in _AUX_VERBS:
                if _AUX_VERBS[n2]:
                    feats.add(_AUX_VERBS[n2])
                if n2 in ("遣る", "やる") and not feats & {PAST}:
                    feats.add(VOL)
            elif prev_conj.startswith("連用形") and toks[j - 1][2] == "動詞":
                lemmas.add(n2)  # compound verb: 起き+上がる, 見+当たる
            else:
                break
            if c2.startswith("意志推量形"):
                feats.add(VOL)
        elif p2 == "助動詞":
            f = _AUX.get(n2) or _AUX.get(s2)
            if n2 == "てる" and not c2.startswith("連用形") and not c2.startswith("未然形"):
                f = PROG
            if f:
                feats.add(f)
        elif p2 == "助詞" and s2 in _PARTICLES_IN_CHAIN:
            pass
        elif p2 == "形状詞" and s2 == "そう":
            feats.add(SOU)
        elif p2 == "形容詞" and n2 in ("無い", "ない"):
            feats.add(NEG)
        elif p2 == "名詞" and s2 in _SENTENCE_NOUNS_VOL:
            feats.add(VOL)
            break
        else:
            break
        prev_conj = c2
        j += 1
    return j


def _arguments(toks: tuple[tuple[str, str, str, str], ...], i: int) -> tuple[str, str]:
    """The object (noun before を/が for する・できる) and the subject (noun before が/は) of verb i."""
    obj = subject = ""
    k = i - 1
    if k >= 0 and toks[k][2] == "名詞":
        obj = toks[k][1]  # 息する, 呼吸できる without a particle
    if k >= 1 and toks[k][2] == "助詞" and toks[k][0] in ("を", "が", "は", "も") and toks[k - 1][2] == "名詞":
        obj = toks[k - 1][1]
    for k in range(i - 1, max(-1, i - 6), -1):
        if toks[k][2] == "助詞" and toks[k][0] in ("が", "は", "も") and k > 0 and toks[k - 1][2] in ("名詞", "代名詞"):
            subject = toks[k - 1][1]
            break
    return obj, subject
