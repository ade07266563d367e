"""When a danger is told: now (今も, ahora, he is hitting me), as a habit (酒を飲むと殴る, every night), on a past day
(昨日), or as a night feared ahead (今夜は家に帰るのが怖い) — read by the screen's decision (`screen._decide`) to tell 110
now from a line today."""

from __future__ import annotations

import re

from .normalize import fold

_NOW_WORD_RE = re.compile(fold(r"今|いま|今も|まだ") + r"|\bnow\b")
# A blow told with a past day (昨日、首を絞められた) and no now: the DV line today, not 110.
_PAST_TIME = re.compile(fold(r"昨日|きのう|昨夜|ゆうべ|昨晩|一昨日|おととい|先週|先月|この前|こないだ|前に") +
                        r"|\b(yesterday|last (night|week|month)|the other day)\b")
# Afraid to go back tonight (今夜は家に帰るのが怖い, I'm afraid to go home tonight): away from the harm now, the night feared.
_GOING_BACK = re.compile(fold(r"(今夜|こんや|今晩|こんばん|今日|きょう)(は)?(家に|うちに|いえに)?(帰る|かえる|帰り|かえり|戻る|もどる)(の|こと)?(が|も)?(怖|こわ|不安|ふあん|嫌|いや)") +
                         r"|\b(afraid|scared|frightened|terrified) (to go|of going) (back )?home (tonight|today|now)\b")
# A blow going on, told in English (he is hitting me now): now, whatever came before.
_BLOW_NOW_EN = re.compile(r"\b(he|she|they)('s| is|'re| are) (hitting|beating|kicking|punching|choking|strangling|hurting) (me|us|her|him|my)\b")
# 「今でも」「今のところ」「今まで」 speak of a span of time, not of this moment.
_SPAN_NOW = re.compile(fold(r"今でも|いまでも|今のところ|いまのところ|今まで|いままで|今年|今月|今週|今回|今度|今後|こんど"))
_HABITUAL = re.compile(fold(
    r"いつも|いっつも|毎日|まいにち|毎晩|まいばん|毎朝|まいあさ|毎回|よく|しょっちゅう|時々|ときどき|たまに|たびに|度に|何度か|何度も|なんども|なんどか|たびたび|(飲む|のむ|飲んだら|のんだら|酔う|よう|酔ったら|よったら|怒る|おこる|怒ると|機嫌が悪い|逆らう|さからう|口答えする|口ごたえする|断る|ことわる)と|"
    r"(する|られる|れる)ことが(ある|あり)|繰り返|何年も|ずっと前から|何回も|なんかいも|何回か|いくつも|何か所も|"
    # a life where it is the rule (のが日常になってます, 日常茶飯事, 当たり前になって, 毎週のように), or blows borne for years
    r"日常|にちじょう|当たり前に|あたりまえに|毎週|まいしゅう|週に(何|[0-9０-９一二三])|月に(何|[0-9０-９一二三])|のように(殴|なぐ|叩|たた|蹴|け|怒鳴|どな)|"
    r"ここ(数|すう)年|長年|ながねん|(られ|され|かれ)て(き|来)(た|ました)|"
    # blows told one after another (怒鳴られたり頭をはたかれたり) or a scene seen before (閉じ込めているのを見ました)
    r"(た|だ)り[^。]{0,12}(た|だ)り(し|す)|(の|ところ)を(見|み)(ました|た(?!ら)|てます|ている|てる)|"
    # the plain present of a blow (夫が わたしを たたきます) tells what happens, not what is happening
    r"(なぐ|殴|たた|叩|け|蹴)(る|く|ります|きます|られる|かれる|られます|かれます)(。|$|\s|し|から|ので|んです|んだ|の)") + r"|\b(always|every (day|night|time)|often|sometimes|whenever)\b"
    # the English simple present of a blow (my husband hits me), or a blow that comes with a habit (when he drinks)
    r"|\b(hits|beats|kicks|punches|slaps|hurts|pushes|shoves|chokes) (me|us|her|him)\b|\bwhen (he|she|they)'?s? (drinks?|drunk|angry|gets)"
    # the Spanish and Portuguese simple present of a blow (mi esposo me pega, meu marido me bate), as the English one
    r"|\b(me|nos|la|lo|a|o) (pega|golpea|maltrata|bate|agride|espanca)\b")
# Now, in Spanish, Portuguese or Tagalog (ahora, me está pegando, está me batendo agora): the blow is going on.
_NOW_OTHER = re.compile(r"\b(ahora|ahorita|agora|en este momento|neste momento|ngayon)\b|"
                        r"\best(á|a|ão|ao)( me)? (pegando|golpeando|batendo|agredindo|espancando)\b", re.I)
