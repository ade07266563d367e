"""Words a cue reads in another sense: a family with no children (子どもはいません), a pet that follows, a mother
who paces at night, a branch that may hit a window, no will to get up (する気が起きない), a stroke years ago.

Each guard drops a situation only when its sense is the harmless one and nothing else in the message speaks
of the danger; the message is then soft or none, as the rest of the screen decides."""

from __future__ import annotations

import re

from .normalize import fold

# Who is (not) in the family: 「子どもはいません」「父はおりません」 tells the household, not a person gone.
_NONE_IN_FAMILY = re.compile(fold(
    r"(子ども|子供|こども|子|父|母|夫|妻|兄弟|姉妹|身寄り|家族|親戚|孫|親)(は|も)(い|お)(ない|ません|りません|らん|らず)"))
_SEARCH = re.compile(fold(
    r"いなくな|見当たら|みあたら|見つから|みつから|帰って(こ|き)な|帰ら(な|ん)|戻ら(な|ん)|もどら|かえら|行方|ゆくえ|迷子|まいご|探|さが|"
    r"さっき|先ほど|朝から|昼から|夜から|昨日から|きのうから|今朝|出て(行|い)|家出|連絡が(つか|取れ|とれ)|消え|はぐれ|見失|今") +
    r"|\b(missing|gone|lost|can'?t find|not back|wandered)\b")
# Something follows that is no person (猫がついてくる), or the person cared for paces at night.
_ANIMAL_FOLLOWS = re.compile(fold(r"(猫|ねこ|ネコ|犬|いぬ|イヌ|鳥|とり|カラス|からす|鳩|はと|野良)(が|も|の)[^。!?]{0,12}(ついて|付いて|つけて|うろうろ|うろつ)"))
_PACES = re.compile(fold(r"(夜中|夜|深夜|家の中|部屋|室内|廊下)(に|で|は|を)?[^。!?]{0,10}(起きて|歩き回|歩いて)?[^。!?]{0,4}(うろうろ|うろつ)"))
_PURSUER = re.compile(fold(r"ストーカー|すとーかー|待ち伏せ|まちぶせ|尾行|つきまと|付きまと|脅|知らない(男|女|人)|見知らぬ|不審") + r"|\bstalk")
# A thing may hit a thing (枝が窓に当たりそう), no one cared for is struck.
_THING_HITS = re.compile(fold(r"(枝|木|窓|ボール|台風|風|雨|石|車|屋根|壁|電柱|日|陽|光|看板|瓦)(が|に|の|も)?[^。!?]{0,14}(当た|あた)(り|る|って|らな)"))
_CARER_HARM = re.compile(fold(r"叩|たた|殴|なぐ|首|手を(上げ|あげ)|手が出|怒鳴|どな|虐待|揺さぶ|ゆさぶ|つね|押さえ|介護|世話|育児|(に|へ)(当た|あた)(って|り|る|ら)"))
# No will to do anything (何もする気が起きない) is no one unable to get up.
_NO_WILL = re.compile(fold(r"気(が|も)(起き|おき|起こら|おこら)"))
_FALL = re.compile(fold(r"倒れ|たおれ|転ん|ころん|転倒|こけ|床|ゆか|動けな|うごけな|動かな|うごかな|立て(な|ませ|ん)|たて(な|ませ|ん)|起き上がれ|おきあがれ|"
                        r"息|いき|呼吸|意識|反応|ぐったり|目を(覚ま|さま|開け|あけ)|冷た|つめた"))
_NOT_WAKING = {"elderly-fallen", "not-breathing-or-unconscious"}


def other_senses(found: set[str], text: str) -> None:
    """Drop the situations whose cue the message uses in its harmless sense (see the patterns above)."""
    if found & {"missing-person", "missing-child", "missing-person-dementia"} and _NONE_IN_FAMILY.search(text) \
            and not _SEARCH.search(_NONE_IN_FAMILY.sub(" ", text)):
        found.difference_update({"missing-person", "missing-child", "missing-person-dementia"})
    if "stalking-threat" in found and (_ANIMAL_FOLLOWS.search(text) or _PACES.search(text)) and not _PURSUER.search(text):
        found.discard("stalking-threat")
    if "caregiver-may-harm" in found and _THING_HITS.search(text) and not _CARER_HARM.search(_THING_HITS.sub(" ", text)):
        found.discard("caregiver-may-harm")
    if found & _NOT_WAKING and _NO_WILL.search(text) and not _FALL.search(text):
        found.difference_update(_NOT_WAKING)
