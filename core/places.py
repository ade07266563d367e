"""District recognition: a 地区社協圏域, 行政地域 or town named in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.city import current
from knowledge.kb import KnowledgeBase
from knowledge.text import hira, place_fold, reading

# A one-character town (津, 台) counts only when the text uses it as a place, not inside 津波 or 台風.
_ONE_CHAR_CONTEXT = re.compile(r"^(に住|在住|地区|地域|町内|の自治会|で暮ら|に暮ら|です|でございます|だ$|だよ|に(引っ越|ひっこ))")
_ONE_CHAR_BEFORE = re.compile(r"(住所|じゅうしょ|住まい|すまい|家|いえ|うち|自宅|実家)(は|が)$")  # 「住所は津です」


@dataclass(frozen=True)
class PlaceHit:
    district_id: str
    said: str
    confirmed: bool
    start: int = 0  # span in normalize(text) (place_fold keeps positions)
    end: int = 0


def find_district(kb: KnowledgeBase, text: str) -> PlaceHit | None:
    """The most specific district the text names; the longest name wins (西大船 would win over 大船)."""
    t = place_fold(text)
    firsts, longest = _name_shape(kb)
    best: PlaceHit | None = None
    best_key = (0, 0)
    for i in range(len(t)):
        if t[i] not in firsts:
            continue  # most characters begin no place name: a 300-character message is read in well under 1 ms
        for j in range(i + 1, min(len(t), i + longest) + 1):
            hit = kb.place_names.get(t[i:j])
            if hit is None:
                continue
            if j - i == 1 and not (_ONE_CHAR_CONTEXT.match(t[j:]) or _ONE_CHAR_BEFORE.search(t[:i])):
                continue
            district_id, confirmed = hit
            specific = 1 if kb.districts[district_id]["kind"] == "shakyo" else 0
            key = (j - i, specific)
            if key > best_key:
                best, best_key = PlaceHit(district_id, t[i:j], confirmed, i, j), key
    return best or find_district_by_reading(kb, text)


# Of several places in one message, the home (「深沢は私の実家で、今住んでるのは関谷です」「大船は職場で、家は腰越」): the one told
# with living words before or after it, else one not told as somewhere else (実家, 職場, 前に住んでいた所).
_HOME_BEFORE = re.compile(r"(住んで(い)?る|すんで(い)?る|住まい|すまい|暮らして(い)?る|くらして(い)?る|住所|自宅|(?<!実)家|いえ|うち|今|いま)"
                          r"ノ?(は|ガ|って)[、,\s]*(今|いま)?$")
_HOME_AFTER = re.compile(r"^(に|で)(今|いま)?(住んで|すんで|暮らして|くらして)(い)?(る|ます|て|ん)|^在住")
_PAST_BEFORE = re.compile(r"(前|まえ|昔|むかし|以前|もと|元)(は|ガ|に)?[、,\s]*$")
_ELSEWHERE = re.compile(r"^(は|ガ|って)?[、,\s]*((私|わたし|僕|ぼく|俺|おれ|うち|母|父|親|妻|夫|主人)ノ)?"
                        r"(実家|じっか|職場|しょくば|会社|かいしゃ|勤め先|勤務先|仕事場|学校|がっこう|前|まえ|昔|むかし|以前|親戚)")


def home_place(kb: KnowledgeBase, text: str, hit: PlaceHit) -> PlaceHit:
    """The place a message says is the home when it names more than one (`hit`: the one found first)."""
    t = place_fold(text)
    hits: list[tuple[PlaceHit, int, int]] = []
    masked = t
    for _ in range(3):
        found = hit if not hits else find_district(kb, masked)
        at = masked.find(found.said) if found is not None and found.said else -1
        if found is None or at < 0:
            break
        hits.append((found, at, at + len(found.said)))
        masked = masked[:at] + "・" * len(found.said) + masked[at + len(found.said):]
    if len(hits) < 2:
        return hit
    home = [h for h, a, b in hits if (_HOME_BEFORE.search(t[:a]) or _HOME_AFTER.match(t[b:]))
            and not _PAST_BEFORE.search(t[:a])]
    other = [h for h, a, b in hits if not _ELSEWHERE.match(t[b:]) and not _PAST_BEFORE.search(t[:a])]
    return (home or other or [hit])[0]


def _name_shape(kb: KnowledgeBase) -> tuple[frozenset[str], int]:
    """The first characters of the place names and the longest name's length (at most 12), kept per knowledge base."""
    key = "places.name_shape"
    if key not in kb.memo:
        kb.memo[key] = (frozenset(name[0] for name in kb.place_names if name),
                        min(12, max((len(name) for name in kb.place_names), default=1)))
    shape: tuple[frozenset[str], int] = kb.memo[key]
    return shape


# --- districts and towns written in kana or romaji (おおふな, たまなわ, Ofuna) ----------------------------
# The readings of the district names as residents say them (the dictionary reads 大船 おおぶね, 深沢 ふかざわ)
# are the city's `district_readings` in data/city.yaml; towns carry their own `reading` in data/districts.yaml.
# The city's own name is not a district when written in kana or romaji (City.own_names).
# A kana name counts only as a word: after a start, a space, punctuation or a non-kana character, and
# before one of these (いわせて is not 岩瀬, たかのう not 高野).
_KANA_AFTER = re.compile(r"^($|[^\u3041-\u309f]|に|の|は|で|です|から|へ|あたり|ちく|ちいき|まで|より|や|と|ね|よ|えき)")
_ROMAJI = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o", "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so", "た": "ta", "ち": "chi", "つ": "tsu", "て": "te",
    "と": "to", "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no", "は": "ha", "ひ": "hi", "ふ": "fu",
    "へ": "he", "ほ": "ho", "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo", "や": "ya", "ゆ": "yu",
    "よ": "yo", "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro", "わ": "wa", "を": "o", "ん": "n",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go", "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze",
    "ぞ": "zo", "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do", "ば": "ba", "び": "bi", "ぶ": "bu",
    "べ": "be", "ぼ": "bo", "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
}
_YOON = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


_KANA_ONLY = re.compile(r"^[\u3041-\u309f]{3,}$")
_O_ROW = set("おこそとのほもよろごぞどぼぽょ")
_VOWEL = {**dict.fromkeys("あかさたなはまやらわがざだばぱゃ", "あ"), **dict.fromkeys("いきしちにひみりぎじぢびぴ", "い"),
          **dict.fromkeys("うくすつぬふむゆるぐずづぶぷゅ", "う"), **dict.fromkeys("えけせてねへめれげぜでべぺ", "え"),
          **dict.fromkeys("おこそとのほもよろごぞどぼぽょ", "お")}


def _long(kana: str) -> str:
    """One spelling of a long vowel, the length kept (positions stay those of the text): ー as the vowel before it,
    う after an お-row kana as お (おうぎがやつ = おおぎがやつ, おーふな = おおふな)."""
    out = list(kana)
    for i in range(1, len(out)):
        if out[i] == "ー" and out[i - 1] in _VOWEL:
            out[i] = _VOWEL[out[i - 1]]
        elif out[i] == "う" and out[i - 1] in _O_ROW:
            out[i] = "お"
    return "".join(out)


def romaji(kana: str) -> str:
    """Hepburn romaji of a hiragana reading (しちりがはま → shichirigahama); '' when a kana is unknown."""
    out = ""
    i = 0
    while i < len(kana):
        c = kana[i]
        if c == "っ" and i + 1 < len(kana) and kana[i + 1] in _ROMAJI:
            out += _ROMAJI[kana[i + 1]][0]
        elif c in _YOON and out:
            out = out[:-1] + ("" if out.endswith(("sh", "ch", "j")) else "y") + _YOON[c]
        elif c in _ROMAJI:
            out += _ROMAJI[c]
        else:
            return ""
        i += 1
    return out


def _spellings(reading: str) -> set[str]:
    """A reading's romaji as people write it: with and without long vowels (oofuna, ofuna)."""
    full = romaji(reading)
    return {s for s in (full, full.replace("ou", "o").replace("oo", "o").replace("uu", "u")) if len(s) >= 4}


def reading_names(kb: KnowledgeBase) -> tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, bool]]]:
    """Kana readings (≥ 3 kana) and romaji spellings (≥ 4 letters) of the districts and towns → (district id, confirmed);
    kept per knowledge base."""
    key = "places.reading_names"
    if key not in kb.memo:
        kana: dict[str, tuple[str, bool]] = {}
        for d in kb.doc["districts"]:
            for town in d["towns"]:
                if town.get("reading"):
                    kana.setdefault(town["reading"], (d["id"], bool(town["confirmed"])))
        city = current()
        for stem, said in city.district_readings.items():
            hit = kb.place_names.get(place_fold(stem))
            if hit is not None:
                kana.setdefault(said, (hit[0], True))
        for name, hit in kb.place_names.items():  # the dictionary's reading, as a resident unsure of the name may
            said = reading(name)                  # write it (じゅうにしょ for 十二所, やまざき, ふかざわ): after the city's own
            if len(name) >= 2 and said and _KANA_ONLY.match(said):
                kana.setdefault(said, hit)
        every = {k: v for k, v in kana.items() if k not in city.own_names()}
        # おうぎがやつ = おおぎがやつ, おーふな = おおふな: one spelling of a long vowel (the first name keeps its place)
        kana = {_long(k): v for k, v in reversed(every.items()) if len(k) >= 3}
        latin: dict[str, tuple[str, bool]] = {}
        for said, hit in every.items():  # a two-kana town in romaji (はせ → Hase) is long enough to be a word
            for spelling in _spellings(said):
                if spelling not in city.own_names():
                    latin.setdefault(spelling, hit)
        kb.memo[key] = (kana, latin)
    found: tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, bool]]] = kb.memo[key]
    return found


def find_district_by_reading(kb: KnowledgeBase, text: str) -> PlaceHit | None:
    """A district or town written in kana (おおふなに すんで います) or romaji (Ofuna); longest wins."""
    kana, latin = reading_names(kb)
    t = place_fold(text)
    h = _long(hira(text).replace("ガ", "が").replace("ノ", "の"))
    best: PlaceHit | None = None
    for said, (district_id, confirmed) in kana.items():
        if said not in h:
            continue  # a plain substring test first: finditer for every name of the city is the slow part
        for m in re.finditer(re.escape(said), h):
            before = h[m.start() - 1] if m.start() else " "
            if ("\u3041" <= before <= "\u309f" and not _after_place(h[:m.start()], kana)
                    and not _AFTER_PARTICLE.search(h[:m.start()])) or not _KANA_AFTER.match(
                    h[m.end():]):
                continue
            if best is None or len(said) > best.end - best.start:
                best = PlaceHit(district_id, said, confirmed, m.start(), m.end())
    for said, (district_id, confirmed) in latin.items():
        if said not in t:
            continue
        for m in re.finditer(rf"(?<![a-z]){re.escape(said)}(?![a-z])", t):
            if best is None or len(said) > best.end - best.start:
                best = PlaceHit(district_id, said, confirmed, m.start(), m.end())
    return best or _city_named_area(kb, t, h)


# A topic or case particle after a word before the name (うちはおおふなです, 家はおおふな, じっかがこしごえで): the name stands
# on its own, though the kana before it runs on.
_AFTER_PARTICLE = re.compile(r"(?:[\u4e00-\u9fff\u30a0-\u30ff]|うち|いえ|じっか|すまい|じゅうしょ|わたし|ぼく|おれ|ははおや|ちち|はは)(は|が|も|で|に|へ)$")


def _after_place(h: str, kana: dict[str, tuple[str, bool]]) -> bool:
    """The kana before a name is the city or a district and の (かまくらのゆきのした, おおふなのいまいずみ): an address."""
    if not h.endswith("の"):
        return False
    head = h[:-1]
    return any(head.endswith(name) and (len(head) == len(name) or not "\u3041" <= head[-len(name) - 1] <= "\u309f")
               for name in (*current().own_names(), *kana))


# 北/西/新… before a name makes another place (北 + a district's name is a town of its own): the romaji name is not the district after them.
_NOT_AFTER = "".join(f"(?<!{w} )" for w in ("kita", "shin", "nishi", "higashi", "minami"))


def _city_named_area(kb: KnowledgeBase, t: str, h: str) -> PlaceHit | None:
    """The district named like the city, in romaji with "area" or "district" ("I live in <city> area"), or its
    station (<city>駅, かまくらえき, "<city> Station": the station named like the city stands in the district
    named like it; 北<city>駅 is another name): the city's own name alone is never a district."""
    for stem, said in current().district_readings.items():
        hit = kb.place_names.get(place_fold(stem)) or kb.place_names.get(place_fold(stem + "地域"))
        if hit is None:
            continue
        ways = [(t, rf"(?<![a-z-]){_NOT_AFTER}{re.escape(spelling)}"
                    r"(?= (area|district|ward|station)\b| ?ノ?(駅|えき))") for spelling in _spellings(said)]  # <city>の駅
        ways += [(t, rf"(?<![\u3041-\u30ff\u4e00-\u9fff]){re.escape(place_fold(stem))}(?=ノ?駅)"),
                 (h, rf"(?<![\u3041-\u30ff\u4e00-\u9fff]){re.escape(said)}(?=の?えき)")]
        for text, pattern in ways:
            m = re.search(pattern, text)
            if m:
                return PlaceHit(hit[0], m.group(0), True, m.start(), m.end())
    return None
