"""Who does what to whom: 殴られる means DV, child abuse or elder abuse depending on the people named.

Returns extra topic strengths for the index (the same currency as a matched synonym), so a relation
only shifts the ranking; it never picks a counter by itself.
"""

from __future__ import annotations

import re

_HARM = re.compile(r"殴|なぐ|叩|たた|蹴|暴力|ぼうりょく|怒鳴|どな|暴言|手を(あげ|上げ)|つね|首を絞|乱暴|あざ|"
                   r"(お金|年金|通帳|給料|貯金)(を|ば)?[^。、]{0,4}(取|と|盗)られ|取り上げ|勝手に(使|つか)われ|使い込|使いこ|"
                   r"(お金|年金|通帳|貯金|預金)を[^。、]{0,12}(自分のために|勝手に|無断で)|"
                   # the elder's money spent by the relative who keeps it (年金を全部叔父さんが使いよる, 貯金を息子に使われ)
                   r"(年金|通帳|貯金|預金|キャッシュカード)を[^。]{0,6}(叔父|伯父|叔母|伯母|おじ|おば|息子|娘|孫|兄|弟|姉|妹|"
                   r"嫁|婿|甥|姪|親戚)[^。、]{0,4}(が|に)[^。、]{0,4}(使|つか)|"
                   r"(子|娘|息子|孫|赤ちゃん|母|父|親|祖母|祖父|本人|利用者|入居者)[^。、]{0,6}放置|ご飯を(くれ|食べさせ)|閉じ込め|虐待")
# Mistreatment by those who care for someone: a meal withheld, words that belittle (ご飯を抜かれ, お昼を食べさせて
# もらえない, ひどいことを言われ, バカにされ).
_MISTREAT = re.compile(r"(ご飯|ごはん|食事|お昼|昼ご飯|昼食|おやつ)を?(抜か|抜き|食べさせてもらえ|もらえ(ない|なかった|ません))|"
                       r"ひどい(言葉|こと)を言われ|バカにされ|ばかにされ|馬鹿にされ|罵られ|ののしられ|悪口を言われ|"
                       # words that belittle, told by a witness (兄嫁が義母にひどい言葉ばっかり, ひどい言い方で)
                       r"(ひどい|きつい|汚い)(言葉|言い方|暴言)(ばかり|ばっかり|ばっか|を(浴びせ|投げ|かけ|吐)|で(責め|怒)|を毎日)")
# Money kept from the person it belongs to by whoever holds it (通帳を管理され … 生活費をもらえない): economic abuse.
_HELD = re.compile(r"(通帳|年金|キャッシュカード|カード|財布|貯金|預金|お金)を?[^。]{0,12}(管理|預か|握)")
_WITHHELD = re.compile(r"(お金|年金|生活費|小遣い|こづかい|おこづかい)(を|も)?(渡して)?(もらえ|くれ|使わせてもらえ)(ない|なかった|ません)")
# Control and fear between partners is DV too (psychological and economic violence).
_CONTROL = re.compile(r"怖|こわ|束縛|支配|管理され|チェックされ|くれない|取られ|会わせてもらえ|無視され|脅|"
                      r"yell|control|scared|afraid|threat")
# Harm at work (上司に怒鳴られ, 職場でいじめ, パワハラ): a boss or a colleague is no partner or family, and the one
# harmed no child, elder or disabled person in someone's care — no DV or abuse counter; the mind's counters.
_WORKER = r"(上司|同僚|先輩社員|職場の先輩|会社の先輩|バイトの先輩|店長|課長|部長|係長|主任|社長|専務|常務|上役|職場の人|会社の人|お客)"
_AT_WORK = re.compile(_WORKER + r"(さん|様)?(に|から)[^。、]{0,12}(られ|され|暴力|暴言|いじめ|嫌がらせ|いやがらせ|無視)|"
                      r"(職場|会社|勤め先|勤務先|バイト先|パート先|仕事場|仕事先|社内)(で|では|でも|の人に|の人から)[^。、]{0,12}"
                      r"(られ|され|いじめ|嫌がらせ|いやがらせ|無視|陰口|悪口)|パワハラ|パワーハラスメント|セクハラ|カスハラ|ハラスメント")
# (harm to someone in another's care, learnt at work, is still theirs: 職場の同僚の子にあざ, 施設の利用者が)
_IN_CARE = re.compile(r"子ども|子供|こども|赤ちゃん|児童|幼児|園児|利用者|入居者|患者|障害|障がい|障碍|知的|発達|精神|手帳")
_SCHOOL = re.compile(r"学校|クラス|部活|担任|同級生|生徒|小学|中学|高校")
_WORK_HARM = re.compile(r"いじめ|イジメ|嫌がらせ|いやがらせ|無視|罵倒|叱責|詰められ|パワハラ|セクハラ|カスハラ|ハラスメント|"
                        r"悪口|陰口|怒られ|責められ")
SHOKUBA_SHIFT = 2.0  # the abuse and DV topics' strength taken away when the harm is at work
_MINOR = re.compile(r"(小|中|高)(学)?[1-6１-６一二三四五六]|小学生|中学生|高校生|中高生|中学|高校|部活|学校|生徒|教え子")
# (a sibling's or a parent's meals, washing, watching over, put to bed by the child: 弟2人のごはんと洗濯は私が, 弟の見守りもしてる)
_CARING = re.compile(r"介護|世話|面倒を見|家事|看病|付き添|"
                     r"(父|母|親|お父さん|お母さん|祖母|祖父|おばあちゃん|おじいちゃん|弟|妹|きょうだい)[^。]{0,14}"
                     r"(手伝|介助|トイレ|着替え|お風呂|通訳|ご飯を作|食事を作|見守りも?して|(ごはん|ご飯)と洗濯|(ごはん|ご飯)の(用意|支度)|寝かしつけ)")
_PARTNER = r"(夫|妻|旦那|だんな|主人|配偶者|彼氏|彼女|パートナー|恋人|元夫|元妻|交際相手|婚約者|結婚相手|元彼|元カレ|内縁の夫|内縁の妻)"
_BY_PARTNER = r"(さん|様)?(から|に)[^。、]{0,4}(暴力|殴|なぐ|叩|たた|蹴|暴言|怒鳴|どな|首を絞)"
PARTNER_HARM_SHIFT = 2.0  # the abuse topic's strength moved to DV when the partner is the one who harms
_PARENT = r"(親|父親|母親|父|母|継父|継母|義父|義母|お父さん|お母さん)"
_YOUNGER = r"(息子|娘|子ども|子供|こども|孫|嫁|婿|兄|弟|姉|妹|ヘルパー|施設の職員|職員|介護士)"
_CHILD = r"(子ども|子供|こども|児童|赤ちゃん|乳児|幼児|小学生|中学生|高校生|孫|娘|息子)"


# A child of another home left alone or unfed (夜遅くまで一人で, 親が帰ってこない, お腹をすかせて), told by a neighbour:
# neglect, a kind of child abuse — not the writer's own childcare (仕事で遅いので子どもが一人で留守番).
_NEGLECT = re.compile(r"(夜遅く|夜中|深夜|夜\d+時|朝から晩|何時間も|一晩中|何日も)[^。]{0,14}(一人|ひとり)|置き去り|置いていかれ|"
                      r"(親|母親|父親|お母さん|お父さん)[^。]{0,8}(留守|帰ってこな|帰って来な|帰らな|姿を(ほとんど)?見(ない|ません|かけ))|"
                      r"(ご飯|ごはん|食事)[^。]{0,12}(食べて(い)?ない|食べてるのか|食べているのか|もらえて(い)?ない)|"
                      r"お腹を?すかせ|同じ服|給食を[^。、]{0,8}(勢いで|がつがつ|ガツガツ|むさぼ)")
# (a pupil is of another home too, told by a teacher: クラスの子, 担任している, 生徒, 園児)
_OTHER_HOME = re.compile(r"近所|隣|となり|向かい|同じ(マンション|アパート|団地)|上の階|下の階|よその|知り合いの|友達の|ママ友|"
                         r"クラスの|担任|受け持ち|生徒|児童|園児|教え子")
_ELDER = re.compile(r"高齢|年寄|おばあ|おじい|ばあちゃん|じいちゃん|ばあさん|じいさん|祖母|祖父|認知症")
_SMALL = re.compile(_CHILD + r"|子が|子は|兄弟|姉妹|女の子|男の子|小さい子|幼い|園児|未就学|乳幼児")


# A relative's age says which area a concern belongs to: 叔母（84）, 84歳の父 → older people.
_KIN = r"(母|父|親|祖母|祖父|叔母|伯母|叔父|伯父|おば|おじ|夫|妻|主人|義母|義父|姑|舅|兄|姉|弟|妹)"
_KIN_AGE = re.compile(_KIN + r" ?[(（] ?(\d{2,3}) ?(歳|才)? ?[)）]|(\d{2,3}) ?(歳|才)の" + _KIN)
ELDERLY_AGE = 65


_PERSON = re.compile(_KIN + "|" + _CHILD + r"|高齢|お年寄り|障害|障がい|利用者|本人")


def names_person(text: str) -> bool:
    """Whether the text names a person other than the writer (a relative, a child, an older or disabled person)."""
    return bool(_PERSON.search(text))


_DISABLED = re.compile(r"車いす|車椅子|くるまいす|ダウン症|自閉症|知的に遅れ|盲目|全盲|ろう者|聾")
_GRANDPARENT = re.compile(r"祖父|祖母|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おじいさん|おばあさん")
_OLD_PARENT = re.compile(r"^[^。]{0,6}(父|母|親|お父さん|お母さん|義父|義母)(が|は)")
_KANJI_DIGITS = dict(zip("〇一二三四五六七八九", range(10), strict=True))
_KANJI_AGE = re.compile(r"([一二三四五六七八九]?十[一二三四五六七八九]?|百)(歳|才|に(なる|なり))")
_OWN_AGE = re.compile(r"(私|わたし|わたくし|僕|ぼく|俺|自分)(は|も)? ?(\d{2,3}) ?(歳|才|さい)|(\d{2,3}) ?(歳|才)の(男|女|者|年寄)")


def _kanji_number(word: str) -> int:
    """七十八 → 78, 八十五 → 85, 百 → 100 (the tens written out, as ages are)."""
    if word == "百":
        return 100
    tens, _, ones = word.partition("十")
    return _KANJI_DIGITS.get(tens, 1) * 10 + _KANJI_DIGITS.get(ones, 0)


def infer_who(text: str) -> dict[str, float]:
    """Topics implied by who the text is about (a relative, or the writer, of 65 or more → older people; ages in
    kanji too: 七十八歳, 八十五になる伯父), as who-words: they choose the area of a concern, but are no concern by
    themselves."""
    ages = [int(m.group(2) or m.group(4)) for m in _KIN_AGE.finditer(text)]
    ages += [int(m.group(3) or m.group(5)) for m in _OWN_AGE.finditer(text)]
    ages += [_kanji_number(m.group(1)) for m in _KANJI_AGE.finditer(text)]
    if any(ELDERLY_AGE <= age < 120 for age in ages):
        return {"koureisha": 1.0}
    # 父がトイレが長くて…心配, 祖母が最近元気がない: a grown writer's parent or grandparent, likely older (no age told)
    if (_OLD_PARENT.search(text) or _GRANDPARENT.search(text)) and not (_MINOR.search(text) or _SMALL.search(text) or ages):
        return {"koureisha": 1.0}
    return {}


def harm_at_work(text: str) -> bool:
    """Whether the harm told is done at work (a boss, a colleague, パワハラ), by no partner or family, to no
    disabled person."""
    # (a disabled worker harmed by the employer is 障害者虐待 by law: 使用者による虐待)
    if not _AT_WORK.search(text) or _SCHOOL.search(text) or _IN_CARE.search(text) or _ELDER.search(text):
        return False
    if re.search(_PARTNER + r"(さん|様)?(に|から|が|は)", text) or re.search(r"husband|wife|partner|boyfriend", text):
        return False
    return not re.search(r"(" + _KIN + r"|" + _YOUNGER + r")(さん|様)?(に|から)[^。、]{0,4}(暴力|殴|なぐ|叩|たた|蹴|暴言|怒鳴|どな)", text)


YOUNG_CARER = "young-carer"
SHORT_CARER = 60  # characters: the router's LONG_MESSAGE; a message this short tells the child and the care together


# A ball game told (サッカーの練習…ちょっと蹴るだけ): kicking there is play; being kicked (蹴られた) is still harm.
_BALL_GAME = re.compile(r"サッカー|ボール|フットサル|球技|キック|リフティング")
_KICKING = re.compile(r"(?<![私僕俺子娘妻夫母父兄弟姉妹]を)蹴(る|って|り|ろう|れる)")


def infer_topics(text: str) -> dict[str, float]:
    """Topic strengths implied by harm between the people the text names."""
    out: dict[str, float] = {}
    if _BALL_GAME.search(text):
        text = _KICKING.sub("", text)
    if harm_at_work(text) and (_HARM.search(text) or _MISTREAT.search(text) or _WORK_HARM.search(text)):
        # (いじめ at work is no school's either)
        return {"dv": -SHOKUBA_SHIFT, "gyakutai": -SHOKUBA_SHIFT, "kyoiku": -SHOKUBA_SHIFT / 2, "shokuba": 2.0}
    if _MINOR.search(text) and _CARING.search(text):
        out[YOUNG_CARER] = 2.0  # a child who cares for family: ヤングケアラー
    partner = re.search(_PARTNER + r"(さん|様)?(に|から|が|は)", text) or re.search(r"husband|wife|partner|boyfriend", text)
    if partner and _CONTROL.search(text):
        out["dv"] = 2.0
    # (an older neighbour in the same clothes is no child: 近所のおばあちゃん…息子さんに…同じ服)
    if _NEGLECT.search(text) and _OTHER_HOME.search(text) and _SMALL.search(text) and not _ELDER.search(text):
        out["gyakutai"] = 2.0
        out["kosodate"] = 0.8
    if not (_HARM.search(text) or _MISTREAT.search(text) or (_HELD.search(text) and _WITHHELD.search(text))):
        return out
    if partner:
        out["dv"] = 2.0
    # 子どもを連れて (taken along, away from a partner's harm) is no harm to the child: 子どもを叩く is.
    # (a younger relative who harms a parent, 兄嫁が義母にひどい言葉, is elder abuse told by a witness)
    elder_harmed = re.search(_YOUNGER + r"(さん)?(が|は)[^。、]{0,10}" + _PARENT + r"(さん)?(に|を)", text)
    if not elder_harmed and (re.search(_CHILD + r"(を(?!(連れ|つれ|守|まも|置いて|預け|あずけ))|に対して|が.{0,4}(され|られ))",
                                       text) or re.search(r"^(私|僕|ぼく|俺|うち)?.{0,3}" + _PARENT + r"(に|から)", text)):
        out["gyakutai"] = 2.0
        out["kosodate"] = 0.8
    elif re.search(_PARENT + r"(が|は).{0,10}" + _YOUNGER + r"(に|から)", text) or elder_harmed or re.search(
            _ELDER, text) or infer_who(text):  # 母（88）
        out["gyakutai"] = 2.0
        out["koureisha"] = 1.0
    # (a wheelchair or a named disability tells it too, 車いすの兄ちゃん, ダウン症の妹 — of no old person: 車いすの祖母)
    named = bool(_DISABLED.search(text)) and not _ELDER.search(text) and not infer_who(text)
    if re.search(r"障害|障がい|障碍", text) or named:
        out["gyakutai"] = 3.0  # harm to a disabled person: 障害者虐待
        out["shogai"] = 1.0
        if named:  # (the helper or the home told is the disabled person's service, no old person's care)
            out["kaigo"] = -1.0
    if not ({"dv", "gyakutai"} & set(out)):
        out["gyakutai"] = 1.0
    if "gyakutai" not in out and re.search(_PARTNER + _BY_PARTNER, text):
        # Harm done by a partner and to no child, elder or disabled person (娘が結婚相手から暴力を受けて, 夫に殴られ):
        # the abuse words it is told in (暴力を受けている, あざがある) are the DV's, not another abuse's.
        out["dv"] = 3.0
        out["gyakutai"] = -PARTNER_HARM_SHIFT
    return out


# A feeling about a practical matter (これからの生活が不安で, 家賃のことを考えるとつらい): the matter's counter leads.
_PRACTICAL_WORRY = re.compile(r"(生活|暮らし|くらし|お金|家賃|収入|生活費|支払い|借金|ローン|家計|来月から|先のこと)"
                              r"[^。]{0,10}(不安|心配|つらい|辛い|怖い|こわい|考えると|眠れ)")
_PRACTICAL = ("okane", "shigoto", "sumai")


def lead_topics(areas: dict[str, str], text: str) -> set[str]:
    """Of several concerns (area → topic), the topics the first counter must list: harm to a disabled person
    (障害者虐待) and work for one (障害者雇用) are one concern each; low mood over a practical matter told as
    the cause (クビになって、これからの生活が不安で眠れない) is the matter first; a child who cares for family
    (中学生で祖母の介護, a pupil late from caring), said in a short message of one breath, is the young carer's
    concern before the care's (a long story names a child and a carer apart: 子どもは高校生で、私が介護). Empty: the
    best match leads."""
    if areas.get("children") == YOUNG_CARER and len(text) < SHORT_CARER:
        return {YOUNG_CARER}
    # Harm and a disability: the all-round consulting (どこに相談), a developmental disability (autism), the work
    # where it happens (就労支援の事業所) and the money or pension taken (年金をとられてる) say no third concern.
    harmed = {a: t for a, t in areas.items() if t not in ("sodan", "hattatsu", "shigoto", "nenkin", "okane")}
    if set(harmed) == {"violence", "disability"}:
        return set(harmed.values())
    if set(areas.values()) in ({"shogai", "shigoto"}, {"hattatsu", "shigoto"}):  # 発達障害があって就活: 障害者雇用
        return {"shogai", "shigoto"}
    if set(areas) == {"mind", "money"} and areas["money"] in _PRACTICAL and _PRACTICAL_WORRY.search(text):
        return {areas["money"]}
    return set()


# A parent telling of their own child's school trouble (娘が不登校, 息子が学校に行きたがらない, うちの子、学校行き渋ってる):
# the parents' counter (子育て相談) leads and the education centre follows. A pupil telling it of themselves (中2です,
# わたし小6), a grown child (大学, 卒業, 中退, 不登校のまま) or a shut-in keep the ranking as it is.
_OWN_CHILD = re.compile(r"(娘|息子|むすめ|むすこ|うちの子|長男|長女|次男|次女|子ども|子供|こども)(さん|ちゃん|くん)?"
                        r"([(（][^)）]{0,6}[)）])?(が|は|も|、|,| )")
_PUPIL_TROUBLE = re.compile(r"不登校|ふとうこう|登校(しぶ|渋|を嫌|でき)|行き(渋|しぶ)|"
                            r"学校(に|へ)?(は|も)?(行|い)(か|け|き)(な|たく|たが|づら|渋|しぶ)|学校を(休|やす)")
_NOT_A_PUPIL = re.compile(r"(私|わたし|僕|ぼく|俺|うち)(は|も)?[^。]{0,3}(小|中|高)[1-6１-６一二三]|^(小|中|高)[1-6１-６一二三](です|だけど)|"
                          r"大学|卒業|中退|のまま|ひきこも|引きこも|こもりきり|部屋から出")


def parent_of_pupil(text: str) -> bool:
    """Whether the text is a parent's worry about their own child's going to school."""
    return bool(_PUPIL_TROUBLE.search(text) and _OWN_CHILD.search(text)) and not _NOT_A_PUPIL.search(text)


_ELDER_CARED = re.compile(r"介護|かいご|認知症|要介護|要支援|ケアマネ|デイサービス|寝たきり")


def double_care(areas: dict[str, str], text: str) -> bool:
    """Whether the concerns (area → topic) are a child raised and an elder cared for, and nothing else (親の介護と
    子育てが同時に: ダブルケア, the carers' counter's), the care told as such (介護, 認知症), not only a helper's name
    (産後ヘルパー)."""
    return (set(areas) == {"elderly", "children"} and areas["elderly"] in ("kaigo", "ninchisho", "carer")
            and areas["children"] == "kosodate" and bool(_ELDER_CARED.search(text)))
