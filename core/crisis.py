"""Crisis screen: runs before any ranking. Danger to life or violence now → the lines to call first.

Strong patterns (a person says they want to die, someone is not breathing, violence is happening now)
always raise the alarm. Weak words alone (自殺, 虐待, 暴力) raise it only when the text is not plainly
about a programme, a lecture or a policy (「自殺対策の講演会」「虐待防止の研修」). A missed crisis is the
worst failure of this product, so the strong lists lean towards recall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text import hira, normalize

# Each situation: strong patterns (alarm on their own) and weak ones (alarm unless informational).
_STRONG: dict[str, list[str]] = {
    "suicide": [
        r"死にたい", r"しにたい", r"死のう", r"死んでしまいたい", r"死ぬしかない", r"死んだ方が(まし|いい|楽)",
        r"消えたい", r"きえたい", r"消えてしまいたい", r"いなくなりたい", r"生きていたくない", r"生きていけない",
        r"生きている(の|意味)が", r"生きてる(の|意味)", r"(全部|もう|今日で|人生を?)(終|お)わりにしたい",
        r"飛び込(も|む|み|ん)", r"練炭", r"死に(場所|方)", r"生きるのが(つら|辛|しんど|嫌|いや)", r"生きる意味がない",
        r"自殺(する|しよう|したい|しそう|を考え|をほのめか|未遂)", r"自死", r"命を絶", r"首を(吊|つ)", r"飛び降り",
        r"リスカ", r"リストカット", r"手首を切", r"自分を傷つけ", r"自傷", r"遺書", r"楽になりたい",
        r"(薬|くすり)を?.{0,6}(大量|たくさん|いっぱい|全部|まとめて|一度に|ぜんぶ).{0,6}(飲|の)",
        r"(薬|くすり)を(大量|たくさん|全部)", r"オーバードーズ", r"(ロープ|練炭|睡眠薬).{0,6}(用意|準備|買っ|集め)", r"(took|swallowed) (too many|a lot of|all)",
        r"overdose", r"kill (my|him|her)self", r"suicidal", r"commit suicide",
        r"want(ed)? to die", r"end (my|his|her) life", r"don'?t want to live",
    ],
    "collapse": [
        r"息をしていない", r"息してない", r"息をしてない", r"呼吸(が|を)?(していない|してない|がない|が止ま)",
        r"意識が(ない|無い|戻らない)", r"倒れて(いる|いて|る|います|動か|意識|呼|返事|反応|起き)",
        r"倒れた(!|$|。?どう|どうしよう)", r"返事(が|を)?(ない|しない)", r"呼んでも.{0,6}(起きない|反応|返事|答え)",
        r"(沈ん|しずん|溺れ|おぼれ)", r"ぐったり",
        r"(今|いま).{0,6}倒れ", r"反応がない",
        r"動かなくなっ", r"心臓が止ま", r"(喉|のど)に.{0,6}(詰|つ)ま", r"窒息", r"(息|呼吸)が(苦し|でき)", r"けいれん", r"痙攣", r"血が止まらない", r"大けが", r"救急車",
        r"not breathing", r"collapsed", r"unconscious", r"ambulance",
    ],
    "violence-now": [
        r"(暴力|ぼうりょく)を(ふる|振る)われて(いる|る|います)", r"(殴|なぐ|叩|たた|蹴|け)られて(いる|る|います)",
        r"殴られそう", r"殺される", r"殺すと言", r"殺され(そう|かけ)", r"刺され", r"首を(絞め|しめ|締め)",
        r"(ころ|殺)して(やる|やろう)", r"(ころ|殺)す(って|と|ぞ)", r"殴りかか", r"暴れて.{0,6}(壊|こわ)",
        r"(ドア|玄関|窓).{0,8}(叩|たた|蹴|け)(いて|って|られ)", r"悲鳴", r"(殴|叩|たた)く音",
        r"(包丁|刃物|ナイフ)を(向け|持って|振り回)", r"虐待されて(いる|る|います)", r"虐待を受けて(いる|る|います)",
        r"暴れて(いる|る|います)", r"襲われ", r"閉じ込められ", r"(今|いま).{0,12}(暴力|殴|なぐ|叩|たた|蹴|暴れ|あばれ)",
        r"(殴|なぐ|叩|たた|蹴|暴れ|あばれ).{0,8}(止められない|とめられない)",
        r"助けて.{0,6}(殴|暴力|殺)", r"(being|getting) (hit|beaten|attacked)", r"hitting me", r"attacking me",
        r"going to kill me",
    ],
    "child-danger": [
        r"(子|こども|子ども|子供|児童|赤ちゃん|娘|息子).{0,12}(虐待されて|叩かれて|殴られて|放置されて|ご飯を(もらえ|食べさせてもらえ))",
        r"泣き叫", r"(子|こども|子ども|子供).{0,8}(殺してしまいそう|首を絞めてしまいそう)",
        r"(子|こども|子ども|子供|児童).{0,12}虐待(かもしれない|では|されて)", r"child.{0,20}(abused|beaten)",
    ],
}
_WEAK: dict[str, list[str]] = {
    "suicide": [r"自殺", r"死ぬ(?!ほど)", r"消えてしまいそう", r"suicide", r"限界.{0,4}(死|消え)"],
    "violence-now": [r"暴力を受けて", r"(殴|叩|蹴)られ(た|る)"],
}
_INFORMATIONAL = re.compile(
    r"対策|予防|防止|講演|研修|講座|啓発|取り?組|統計|計画|施策|制度|歴史|ニュース|映画|ドラマ|小説|イベント|"
    r"セミナー|遺族|について(知りたい|教えて)|とは|prevention|lecture|seminar|policy"
)
_PAST = re.compile(r"昔|以前|かつて|ころ、|頃、|時期があった|ていた時期|今は落ち着|今は大丈夫|もう大丈夫|"
                   r"年前|used to|years ago|in the past")
# Weaker signs of a past or someone else's story: enough to discount a weak word, never a strong one.
_PAST_WEAK = re.compile(r"去年|昨年|先月|当時|ていた|亡くし|亡くなっ|遺族|支えたい|力になりたい")
_ABOUT_OTHERS = re.compile(r"接し方|関わり方|対応の仕方|対応方法|学べる|学びたい|勉強会|研修|講演|講座|セミナー|"
                           r"training|seminar|lecture")
_URGENT = re.compile(r"今すぐ|いますぐ|助けて|今も|いまも|今夜|今日で|今から|right now|help me")
_COMPILED = {k: [re.compile(p) for p in v] for k, v in _STRONG.items()}
_COMPILED_WEAK = {k: [re.compile(p) for p in v] for k, v in _WEAK.items()}
_PARTNER = re.compile(r"夫|妻|旦那|主人|配偶者|彼氏|彼女|パートナー|恋人|元夫|元妻|交際相手|husband|wife|partner|boyfriend")
_CHILD = re.compile(r"子ども|子供|こども|児童|息子|娘|赤ちゃん|child|kid|son|daughter")
_OVERDOSE = re.compile(r"(薬|くすり)を(大量|たくさん|全部)|飛び降り|首を(吊|つ)|オーバードーズ|飲んでしまった")


@dataclass(frozen=True)
class Crisis:
    """Situations found, most urgent first (drives which emergency lines are listed)."""

    situations: tuple[str, ...]


def screen(text: str) -> Crisis | None:
    """The crisis situations the text describes, or None for a routine question."""
    # Patterns are checked on the text as written and with katakana folded (ｼﾆﾀｲ → しにたい).
    t = normalize(text) + "\n" + hira(text)
    found: list[str] = [s for s, pats in _COMPILED.items() if any(p.search(t) for p in pats)]
    if found and (_PAST.search(t) or _ABOUT_OTHERS.search(t)) and not _URGENT.search(t):
        found = []  # told as past history, or as training/material about others, with nothing urgent now
    if not (_INFORMATIONAL.search(t) or _PAST.search(t) or _PAST_WEAK.search(t)):
        for s, pats in _COMPILED_WEAK.items():
            if s not in found and any(p.search(t) for p in pats) and _weak_is_personal(t):
                found.append(s)
    if not found:
        return None
    if "suicide" in found and _OVERDOSE.search(t) and "collapse" not in found:
        found.append("collapse")  # an attempt in progress needs an ambulance too
    if "violence-now" in found and _PARTNER.search(t):
        found.append("dv")
    if "violence-now" in found and _CHILD.search(t) and "child-danger" not in found:
        found.append("child-danger")
    order = ("collapse", "violence-now", "child-danger", "suicide", "dv")
    return Crisis(tuple(sorted(set(found), key=order.index)))


def _weak_is_personal(t: str) -> bool:
    """A weak word counts when the text speaks of a person, not of a topic in general."""
    return bool(re.search(r"私|わたし|僕|ぼく|俺|自分|家族|夫|妻|母|父|親|子|息子|娘|友|彼|たい|そう|かも|ている|てる", t))
