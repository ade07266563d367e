"""Words heard while an alarm stands (core/alarm.py): the resident cannot call (the lines stay), no one to rely on
(a concern answered beside the lines)."""

from __future__ import annotations

import re

__all__ = ["alone", "cannot_call"]

# Calling is what the resident cannot do (「電話は無理。声出して話すの苦手で」「声が出せない」 "I can't talk on the phone"):
# a word about the alarm's own lines, never a new concern — the lines stay, at the alarm's urgency.
_CANNOT_CALL = re.compile(r"(電話|でんわ)(を|で|に|は|が|するの|すること|かけるの)*(は|が|も)?(無理|むり|ムリ|苦手|にがて|"
                          r"でき(ない|ません|なく|ず)|かけ(られ|れ)(ない|ません)|怖|こわ|嫌|いや|しんど|つら|辛)|"
                          r"声(を|が)?(出|だ)(せ|さ|し)(ない|ません|なく|れない)|"
                          r"(話|はな|しゃべ|喋)(す|る)(の|こと)(が|は|も)?(苦手|にがて|無理|むり|怖|こわ|でき(ない|ません))|"
                          r"\b(can'?t|cannot|unable to) (call|phone|talk|speak)\b|"
                          r"\b(calling|phoning|talking on the phone|phone calls?) (is|are) (too )?(hard|difficult|scary)\b",
                          re.I)


def cannot_call(text: str) -> bool:
    """「電話は無理」「声が出せない」 "I can't call": the resident cannot use the lines shown (they stay all the same)."""
    return bool(_CANNOT_CALL.search(text))


# No one to rely on, told while an alarm stands (「夫は毎晩遅くて実家も遠い、頼れる人がいない」「ワンオペで誰にも頼れない」): the
# isolation is a concern the bot can answer — its counters beside the lines, the alarm kept (core/dialogue.py).
_ALONE = re.compile(r"(頼れる|たよれる|頼る|たよる|助けてくれる|たすけてくれる|手伝ってくれる|てつだってくれる|頼める|たのめる)"
                    r"(人|ひと|相手|家族|親|身内|先)(が|も|は)?(い(ない|ません|なくて)|居(ない|ません)|おらん|(な|無)い)|"
                    r"(誰|だれ)(に|にも|も)(頼れ|たよれ|頼め|たのめ)|ワンオペ|"
                    r"\b(no ?one|nobody) (to (help|rely on|turn to|ask)|helps|i can (rely on|turn to|ask))\b", re.I)


def alone(text: str) -> bool:
    """「頼れる人がいない」 "no one to turn to": told while an alarm stands, a concern to answer, not the danger again."""
    return bool(_ALONE.search(text))
