"""Second signs: situations that need one before they raise the alarm (the definitions of issue #11)."""

from __future__ import annotations

import re

from .cues import ELDER
from .cues.words import DISABLED
from .normalize import fold
from .senses import other_senses

# Situations that need a second sign in the message before they raise the alarm; without it the message is
# soft (a quiet line and the routed answer), never silent. The definitions: elder or disabled-person
# abuse *with injury*; confinement by someone; a stroke is sudden (a three-year-old not talking yet is not);
# no food *or shelter in the cold* (a food bank for the month is a route, not an emergency).
_INJURY = re.compile(fold(
    r"あざ|痣|けが|怪我|ケガ|傷|青い|青く|あおい|あおく|しばっ|縛っ|縄で|なわで|跡|血|腫れ|はれ|骨折|やけど|火傷|縛|しば(られ|りつけ)|閉じ込め|ぐったり|動けな|床ずれ|ただれ|衰弱|"
    r"やせ細|痩せ細|脱水|意識|痛|いたい|怖|こわ|怯え|おびえ|泣|何日も|(食事|ご飯|ごはん)(も|を)?.{0,4}(もらって|与えられて|して|とって|食べて)(い)?(ない|ません)|"
    r"(赤い|青い|紫の)(線|筋|点)|打ち身|たんこぶ|空かせ|(赤|青|紫)く(なって|腫れ)|みみず腫れ|ミミズ腫れ|(額|おでこ|頭|あたま|唇|くちびる|口|顔|かお|腕|うで|手|足|まぶた)(を|が|も)(切っ|切れ|きっ|きれ)|(顔|かお|頬|ほお|ほほ)(が|も)?(こけ|げっそり)|"
    r"injur|bruis|blood|bleed|burn|tied|broken|broke|fractur|quebrad|partid|\b(roto|rota)\b|hematom|moret|roxos|queimad|quemad|sangr|cuts|rope|slap|belt|scared|crying|black eye|swollen|marks|\btie[sd]? (him|her|them|my)" +
    # session 15: a bruise or a wound told in Vietnamese, Tagalog, Indonesian, Korean
    r"|vết bầm|bầm tím|sưng|chảy máu|bị thương|\bpasa\b|\bsugat\b|\bdugo\b|\bmemar\b|\bluka\b|멍|피가|다쳤"
    # session 16: a wound in Chinese (伤, 淤青, 流血), a body hurt in Spanish and Portuguese
    r"|[伤][痕口]?|[淤][青血]|[流出][血]|machucad|lastimad|herid[oa]|ferid[oa]"))
_CONFINER = re.compile(fold(
    r"を[^。]{0,4}(外|そと|家|いえ|部屋|へや)?(に|から)?(出さ|ださ|出させ|ださせ)(ない|ん|へん|ねえ|ず)|鍵|かぎ|閉じ込め|とじこめ|閉じこめ|だして(もらえ|くれ)|出され|締め出|閉め出|しめだ|トランク|とらんく|keeps (me|us)|kept (me|us)|連れ(て)?(こ|来|い|行)られ|連れ込ま|(帰|かえ)(して|させて|らせて)(もらえ|くれ)|出して(もらえ|くれ)|取られ|とられ|出るな|でるな|出させて(もらえ|くれ)|取り上げ|とりあげ|奪われ|監禁|軟禁|見張|外から|つっかえ棒|つっかえぼう|南京錠|なんきんじょう|"
    r"入れられ|押し入れ|押し込ま|(降ろ|おろ)(して|させて)(もらえ|くれ)|物置|開かない|あかない|助けて|たすけ|(お金|財布|携帯|スマホ)(も|を)?.{0,6}(持たせて|もたせて)(もらえ|くれ)|監視|許され|出られないように|lock|taken my|can'?t leave|won'?t let|took my|trapped|kept in|not allowed|help|"
    r"encerr|no me deja salir|tranc|n[aã]o me deixa sair|passaport|pasaporte|ikinulong|kulong|dikurung|dikunci|锁|pinapalabas|关|不让我出|가둬|못 ?나가|nhốt|không cho (tôi |em |chúng tôi )?ra|hộ chiếu|护照|여권|paspor|passport"))
_SUDDEN = re.compile(fold(r"急に|突然|いきなり|さっき|今朝|今|いま|朝起きたら|ろれつ|呂律|片(方|側)|半身|suddenly|just now"))
_TREATED = re.compile(fold(r"入院(中|して(い|る|ま)|しました|しています)|退院(後|した|して|しました|の日|の予定|予定|が近|日)|手術(を受け|した|しました)|"
                            r"リハビリ(病院|中|病棟)|りはびり(病院|中)|回復期|in hospital|discharged|rehab"))
# A stroke the screen or the model hears needs a body that shows it (a face, speech, a limb, a fall, a head) or its name:
# 「何が正しいのか分からなくなって」 about baby care is no stroke.
_STROKE_BODY = re.compile(fold(r"めが(みえ|見え)|てあし|かたほう|(右|左|みぎ|ひだり)(の)?(半分|はんぶん)|顔|かお|口|くち|言葉|ことば|ろれつ|呂律|(?<!お)しゃべ(れ|ら|り)|話せ|はなせ|喋|手(?!続|つづ|伝|配|当|紙|帳|数|間|順|段|術|軽|元|前|土産|作り|芸)|足|腕|うで|半身|片(方|側|手|足)|しびれ|痺れ|麻痺|まひ|"
                               r"頭|あたま|めまい|目が|見え|視|倒れ|たおれ|意識|ふらつ|力が|箸|よだれ|脳|のう|字|読め|よめ|言わ|言え|いわ|いえな|答え|返事|"
                               r"落と|おと(し|さ)|持て|もて|笑|わら|(急に|突然|いきなり)(?!(亡くな|なくな|死|しん|逝|いっ|他界))|さっきまで|時間前|普通だった|ふつうだった") +
                          r"|\b(face|arm|leg|hand|speech|speak|talk|slurr|numb|weak|vision|headache|stroke|fell|collapsed|smile|confus|side|sudden|just now)"
                          r"|cara|boca|brazo|pierna|hablar|rosto|bra[cç]o|perna|falar|mexer|derrame|ictus|\bavc\b|mukha|bibig|salita|说话|身体|嘴|中风|말을|팔|다리|얼굴|miệng|nói|liệt|đột quỵ")
_DEVELOPING = re.compile(fold(r"まだ|発達|(\d+|一|二|三|1|2|3)(歳|さい|才)(半|になる|になった|児)|健診|言葉の遅れ|toddler|speech delay"))
_COLD_OR_DAYS = re.compile(fold(
    r"寒|さむ|さみ|凍え|冬|雪|路上|野宿|外で寝|(寝る|ねる|行く|いく)(場所|ところ|とこ|所)|泊ま|とまる|追い出|家を出ろ|住む(場所|ところ|とこ)|"
    r"(いえ|家|へや|部屋)(が|も)?(ない|なし)|所持金|震え|ふるえ|灯油|今日|本日|きょう|冷た|かじか|氷点下|"
    r"(\d+|一|二|三|四|五|六|七|何|数)\s?(日|にち)|(行く|いく)(あて|当て)|(昨日|きのう|一昨日|おととい)(の(朝|昼|夜))?から|電気|ガス|水道|暖房|倒れ|動け|ふらふら|もう限界|死|今夜|今晩|こんや|"
    # food itself: nothing to eat is the emergency the issue names, cold or not
    r"食べ(る|させ)|食べて(い)?(ない|ません)|たべて(い)?(ない|ません)|なんにち|食べ(物|もの)|たべ(もの|る)|水(だけ|しか)|食料|(ご飯|ごはん|めし|飯)(が|も|を)|冷蔵庫|"
    r"感覚(が)?(ない|なく)|"
    # fled from harm with nothing (夫から逃げてきた。お金もない): the night itself is the need
    r"(逃げ|にげ)(て|出して|だして)(き|来)(た|ました|て)|"
    r"cold|freez|minus|below zero|shelter|homeless|street|outside|tonight|days|week|evict|no food|hungry|starving|"
    r"fr[ií]o|d[ií]as|noche|noite|calle|rua|comida|dormir|makain|matulugan|冷|天|住|饭|街|밤|며칠|먹|곳|đêm|lạnh|ngày|ngủ|ăn" +
    # session 15: the cold, the night and the days in Tagalog and Indonesian (sobrang lamig, ngayong gabi, tiga hari)
    r"|lamig|malamig|ngayong gabi|matutulugan|dingin|malam ini|\bhari\b|\baraw\b"))
# Food for the month asked of a food bank: a route (生活困窮の相談), unless nothing has been eaten for days or the
# cold is named.
_FOOD_ROUTE = re.compile(fold(r"(フードバンク|食料(の)?(支援|配布)|食品(の)?(配布|支援)|子ども食堂|こども食堂|今月|来月|給料日)(?!.{0,20}(\d+|何|数|一|二|三)(日|週間))"))
# Food that runs out at the end of each month (年金が入るとすぐ使って、月末には食べるものがない): a household to help with money —
# unless today, the cold or days without food are told.
_MONTHLY = re.compile(fold(r"月末(に|には|になると|は|ごろ|頃)|毎月|給料前|年金(の)?(支給日)?(前|まで)"))
_HUNGRY_NOW = re.compile(fold(r"今日|本日|きょう|今夜|今晩|こんや|寒|さむ|凍|こご|震え|ふるえ|路上|野宿|(\d+|何|数|二|三|四|五)日|昨日から|きのうから|倒れ|動けな"))
# A mark seen and a question whether something was done (何かされてないか心配): a route to the abuse counter.
_WORRY = re.compile(fold(r"(ない|てる|る)か(心配|不安|気にな)|(じゃない|ではない)か(と)?(心配|不安|思)"))
# Violence told as a guess (叩かれてるみたい), not seen or heard now.
_HEARSAY = re.compile(fold(r"(殴|なぐ|叩|たた|蹴|暴力|暴れ|乱暴)[^。!?]{0,8}(みたい|らしい|ようだ|ようです|っぽい|かもしれ|かも|気がする)|"
                           r"\b(seems|might be|maybe|i heard)\b"))
_NOW_WITNESSED = re.compile(fold(r"今|いま|さっき|先ほど|今夜|今も|今日|音|声|悲鳴|叫|right now|tonight|just now|today"))
_YOUNG = re.compile(fold(r"子ども|子供|こども|児童|赤ちゃん|赤ん坊|乳児|幼児|園児|小学|中学|孫|(?<![0-9])(1?[0-9])(歳|さい|才)|child|kid|baby|toddler"))


# The time after the parents are gone (親がいなくなった後の暮らし, 親亡き後, after we're gone): a plan for the future, no one missing.
_AFTER_PARENTS = re.compile(fold(r"(親|両親|私|わたし|自分|僕|俺|私たち|わたしたち|夫婦)(たち)?(が|も)(いなくなった|いなくな|亡くなった|死んだ|先に逝っ)"
                                 r"(後|あと|ら)|親(亡|な)き(後|あと)") + r"|\bafter (we|i)('re| am| are) gone\b|\bwhen (we|i)('re| am| are) gone\b")


# A carer's harsh words and nothing more (つい怒鳴ってしまって自己嫌悪, 母にきつく当たってしまう, 手は出してないけど): the soft tier —
# unless a hand, a blow or the fear of doing one is told (叩いてしまいそう, 手が出そうで怖い, 何をするかわからない).
_WORDS_ONLY = re.compile(fold(r"怒鳴|どな|きつく(当た|あた|言|い)|八つ当たり|やつあたり|強く言|声を荒ら|大声|大きな声|キレ|きれてしま|イライラ|いらいら"))
_HAND_DENIED = re.compile(fold(r"(手(を|は|も)?(上げ|あげ|出し|だし)|叩|たた|殴|なぐ)(たり|て)?(は|も)?(し)?(て)?(い)?(ない|ません|ず)"))
_HAND = re.compile(fold(r"叩|たた|殴|なぐ|蹴|つね|手を(上げ|あげ|出)|手が出|てがで|首|口を(ふさ|塞)|揺さぶ|ゆさぶ|押し|おし(た|て|つけ)|突き|つき飛|つかん|掴|引っ張|ひっぱ|投げ|なげ|閉じ込|縛|しば|"
                        r"ひどいこと|取り返し|とりかえし|殺|ころ(し|す|さ)|傷つけ|危害|何を?する(か|かわから)|なにをするか|何するか|自分が(怖|こわ)|あざ|痣|けが|怪我|血|やけど|"
                        r"(し|やっ)て?しまいそう|ちゃいそう|そうで(怖|こわ)|つかみ|かみつ|噛|つねっ|包丁|ほうちょう|刃物|はもの|ナイフ") + r"|\b(hit|slap|shake|shook|push|grab|hurt|harm)")
# Someone of the family named as the one whose hand went to another's neck (兄が…母の首に手をかけた): violence in the family,
# not the writer's own fear of harming (cues/retold.py).
_ANOTHERS_HAND = re.compile(fold(r"(兄|あに|弟|おとうと|姉|あね|妹|いもうと|父|ちち|母|はは|夫|おっと|妻|息子|むすこ|娘|むすめ|祖父|祖母|叔父|伯父|叔母|伯母|義父|義母|彼氏|かれし|旦那|だんな|主人)"
                                 r"(さん|ちゃん|貴|き)?(が|は)[^。]{0,30}(首|くび)に(手|て)を(かけ|掛け)(た|て|ようと)"))
_CARER_WORDS = {"caregiver-may-harm", "child-abuse"}
# A body that slowly fails (足が上がらなくなってきた, 最近だんだん): age, not a stroke, which is sudden.
_GRADUAL = re.compile(fold(r"(なって|なっ)(きた|きて|きました|きてる)|(だんだん|徐々に|じょじょに|年々|ねんねん|年のせい|としのせい|加齢|かれい|ここ(数|何)?(年|か月|ヶ月))"))
_ONSET = re.compile(fold(r"急|きゅうに|突然|とつぜん|いきなり|さっき|今朝|けさ|たった今|(\d+|数|何|一|二|三)(分|時間)(前|ほど前|くらい前)|朝起きたら|ろれつ|呂律|片(方|側)|半身|顔|かお|口|くち"))
_ELDER_RE = re.compile(fold(ELDER))  # folded once: a fold of the pattern on every call cost 0.1 ms
_BACK_RE = re.compile(fold(r"背中"))
# Gone together, wished (母と一緒にいなくなってしまえたら, 二人で消えてしまいたい): the writer's own wish, no one missing.
_GONE_TOGETHER = re.compile(fold(r"(一緒に|いっしょに|二人で|ふたりで|もろとも)[^。]{0,2}(消え|きえ|いなくな)(って|っ)(しまえ|しまい|しまお|ちゃえ|ちゃい)"))


def _apply_guards(found: set[str], text: str) -> None:
    """Drop the situations whose definition the message does not meet (see the comment above)."""
    other_senses(found, text)
    if "child-abuse" in found and _ELDER_RE.search(text) and not _YOUNG.search(text):
        # 息子に年金を取られる, お年寄りの悲鳴と「ごめんなさい」: the one harmed is old — elder abuse, with its second sign
        found.discard("child-abuse")
        found.add("elder-abuse-injury")
    for situation in ("elder-abuse-injury", "disabled-abuse-injury"):
        if situation in found and (not _INJURY.search(text) and not _NOW_WITNESSED.search(text) or _WORRY.search(text)):
            found.discard(situation)
    if "confinement" in found and not _CONFINER.search(text):
        found.discard("confinement")
    if "stroke-signs" in found and _GRADUAL.search(text) and not _ONSET.search(text):
        found.discard("stroke-signs")  # a body slowly failing with age: a route to care, not 119
    if "elderly-fallen" in found and _TREATED.search(text):
        found.discard("elderly-fallen")  # the fall is in hospital's hands (入院中): a route to care after discharge
    if "stroke-signs" in found and _DEVELOPING.search(text) and not _SUDDEN.search(text):
        found.discard("stroke-signs")
    if _AFTER_PARENTS.search(text) or _GONE_TOGETHER.search(text):
        found.difference_update(_MISSING)
    if "stroke-signs" in found and (not _STROKE_BODY.search(text) or _TREATED.search(text) and not _HAPPENING.search(text)):
        found.discard("stroke-signs")  # no body that shows it, or a stroke in the hospital's hands (リハビリ病院, 退院の日)
    if "no-food-or-shelter-in-cold" in found and (not _COLD_OR_DAYS.search(text) or _FOOD_ROUTE.search(text) or (
            _MONTHLY.search(text) and not _HUNGRY_NOW.search(text))):
        found.discard("no-food-or-shelter-in-cold")
    _first_things_first(found, text)
    _lived_with(found, text)
    if "caregiver-may-harm" in found and _WORDS_ONLY.search(text) and not _HAND.search(_HAND_DENIED.sub(" ", text)):
        found.difference_update(_CARER_WORDS)  # harsh words regretted, no hand: soft (the routed answer and the quiet line)
    if "caregiver-may-harm" in found and found & {"violence-now", "violence-now-family"} and _ANOTHERS_HAND.search(text):
        found.discard("caregiver-may-harm")  # the hand is another's, named: not the writer's fear
    if "caregiver-may-harm" in found:
        found.discard("violence-now-family")  # the resident's own fear of hitting, not violence done to them
    hearsay_violence = {"violence-now-family", "violence-now-partner"} & found
    if hearsay_violence and _HEARSAY.search(text) and not _NOW_WITNESSED.search(text) and not _INJURY.search(text):
        found.difference_update(hearsay_violence)


_CARED_FOR = re.compile(fold(ELDER) + "|" + fold(r"施設|職員|ヘルパー|デイ|介護|寝たきり|認知症|要介護|入所|年金|母|父|祖|ろうじん|こうれい|としより|"
                                                  r"care home|nursing home|carer|caregiver|dad|mum|mom|father|mother|grand"))
# Harm done by the person to their own body (自分で自分の腕を, burning herself): self-harm, no one else's abuse.
_BY_ONESELF = re.compile(fold(r"自分で|自分を|自分の(腕|うで|体|からだ|手|足|顔|太もも|ふともも|手首|てくび|肌|脚|お腹|おなか|胸|首)|じぶんで|じぶんを|じぶんの|") + r"\b(my|him|her|them|your)sel(f|ves)\b")
_SENT_TO_ME = re.compile(fold(r"(」|』)(って|と)?.{0,4}(dm|メッセージ|メール|line|ライン|電話|手紙|連絡|書き込|コメント)(が|で|を)?.{0,4}(来|く|き|届)|(」|』)(って|と)?.{0,6}(言われ|いわれ|送られ|おくられ)"))
_CONVULSION = re.compile(fold(r"けいれん|痙攣|ひきつけ|引きつけ|発作|白目|泡|てんかん|がくがく|ガクガク|つっぱ|突っ張") + r"|seiz|convuls|fit\b|twitch|jerk")
# Someone else raging or striking (暴れて, 殴って, 包丁を振り回して): a blow that is not one's own hand.
_OTHER_BLOWS = re.compile(fold(r"暴れ|あばれ|殴|なぐ|叩|たた|蹴|怒鳴|どな|振り回|ふりまわ|首を(絞|締|しめ)|脅") + r"|\b(hit|hits|punch|kick|beat|threat)")
# A passive (殴られ, 刺され) is someone else's hand; a potential that cannot be done (止められない) is not.
_DONE_BY_OTHER = re.compile(fold(r"(ら|さ|か)れ(?!(ない|なく|ず|へん|ません|ん[。、\s]|ん$))") + r"|\b(he|she|they) (hit|hits|burned|burns|cut|cuts)\b")
_OTHER_HARM = {"child-abuse", "disabled-abuse-injury", "violence-now", "violence-now-family", "violence-now-partner", "self-harm"}
_FACILITY = re.compile(fold(r"施設|ホーム|放デイ|放課後デイ|作業所|支援学校|職員|支援員|staff|facility|carer|caregiver|aide|スクールバス|送迎|ヘルパー|寮|弟|兄|姉|妹") + r"|day (program|service|centre|center)")
_DISABLED = re.compile(fold(DISABLED))
_EVICTION = re.compile(fold(r"大家|家賃|立ち退き|追い出|出ていけ|出て行け"))
_LEISURE = re.compile(fold(r"バーベキュー|bbq|焼肉|焼き肉|焼き鳥|キャンプ|アウトドア|火鉢|ひばち|骨董|こっとう|売りたい|売る|譲り|ゆずり|"
                           r"こたつ|炬燵|ごたつ|豆炭|まめたん|行火|あんか|(餅|もち|魚|肉|さんま|秋刀魚|芋|いも)(を)?(焼|や)(き|く|い)"))  # a heater of old days (練炭こたつ), not charcoal for dying
_SUICIDE_WORDS = re.compile(fold(r"死|自殺|終わり|おわり|消え|さよなら|さようなら|遺書|楽に|閉じこも|とじこも|目張り|ホース|鍵を"))


# A thing found and asked how to throw away (練炭と七輪が出てきた、何ごみ?): a disposal question, unless the message
# speaks of dying or of someone unwell or of smoke.
_DISPOSAL = re.compile(fold(r"(何|なに|なん)ごみ|(ごみ|ゴミ)(の)?(日|分別|出し方|区分)|(捨て|すて)(方|かた|たい|ていい|られ)|処分(方法|の仕方|したい|でき|して)|"
                            r"粗大ごみ|不用品|回収(して|日|業者)|分別"))
_UNWELL = re.compile(fold(r"苦し|くるし|頭が痛|気持ち悪|吐|ふらふら|意識|煙|けむり|燃え|におい|臭"))
_THINGS_TO_THROW = {"suicide-plan-or-attempt", "gas-or-co", "fire"}
_ACCIDENT = re.compile(fold(r"転んで|転んだ|ころんで|こけて|こけた|ぶつけ|落ちて|事故|部活|試合|遊んでいて|遊んでて") +
                       r"|\b(fell|tripped|from (football|soccer|rugby|practice|sports?|a fall|the playground|playing)|playing (football|soccer|rugby|tag))\b")
_HARM_SAID = re.compile(fold(r"叩|たた|殴|なぐ|蹴|虐待|怒鳴|どな|親が|やられ|押し付け|縛|つね|跡|言って|言う|と言|って言|説明|何度も|いつも|また") +
                        r"|\b(hit|hits|beat|beats|slap|kick|abus|says|said|always|again|scared)")


# A condition the resident has lived with since (脳梗塞で倒れてから…介護): a route to care, not an emergency, unless
# something happens now.
_SINCE = re.compile(fold(r"(倒れ|脳梗塞|脳卒中|脳出血|骨折|転倒し)[^。!?]{0,8}(てから|て以来|後遺症|以来)|"
                         # a stroke had (脳梗塞やって手が不自由): what the person lives with now
                         r"(脳梗塞|脳卒中|脳出血)(を)?(やっ|し|になっ|患っ|わずらっ)(て|た)|"
                         # a paralysis one has (右半身に麻痺があって): lived with
                         r"(麻痺|まひ)(が|は)?(あ(る|って|り)|残)") +
                    r"|\b(since|after) (his|her|my|the|a) (stroke|fall|fracture|broken hip)")
_CARE_NOW = re.compile(fold(r"介護|面倒(を)?み|世話|不自由|リハビリ|要介護|後遺症|麻痺が残|寝たきり|デイサービス|デイケア|訪問(介護|看護|りはびり)|障害者手帳") +
                       r"|\b(care|caring|looking after|look after|help|wheelchair|rehab\w*|bed-?ridden|paraly\w+|needs?|needed)\b")
_HAPPENING = re.compile(fold(r"今|(^|[\s、。])いま|さっき|急に|突然|今朝|たった今|また倒れ|意識が(ない|な)|息(を)?(して|し)(ない|て(い)?ない)"))
# Wandering as a habit (徘徊します, 徘徊が心配) is care; a person not come back is the emergency.
_WANDERS = re.compile(fold(r"徘徊(します|する|があ|が心配|が始まっ|がひど|して困|することが)|はいかい(します|する|があ)"))
_GONE = re.compile(fold(r"いなくな|見当たら|みあたら|どこにも|(もう|すっかり)(夜|よる|暗)|(戻|帰|もど|かえ)(ら|り|って|ってこ|ってき)(ない|ません|ん|へん)|見つから|夜になっても|連絡が(つか|取れ|とれ)|行方|迷子|出たきり|今|(^|[\s、。])いま|さっき"))
# A low mood (気持ちが沈んでいます) is no one sinking in water.
_MOOD_SINKS = re.compile(fold(r"(気持ち|気分|心|こころ|きもち)(が|も)?[^。!?]{0,3}沈ん"))
_WATER = re.compile(fold(r"海|川|池|湖|プール|ぷーる|風呂|浴槽|湯船|水|溺|おぼれ|流され|water|sea|river|pool"))
# The son or daughter is the one who hits the resident (息子に殴られる): violence in the family, not child abuse.
_MINOR = re.compile(fold(r"子ども(?!に|から)|児童|赤ちゃん|乳児|幼児|園児|小学|中学|高校生|孫|(?<![0-9])(1[0-7]|[0-9])(歳|さい|才)"))
_CHILD_HARMS = re.compile(fold(r"(息子|娘|せがれ|子ども|子供)(に|から)[^。!?]{0,10}(殴|なぐ|叩|たた|蹴|け|暴力|突き飛ば)[^。!?]{0,4}(ら|さ)?れ"))


# A person who went missing and is back or found (家出した娘が帰ってきました): relief, not a search.
_BACK = re.compile(fold(r"(帰って|戻って|もどって|かえって)(き|来)(た|ました|てくれ)|見つか(った|りました)|保護され(た|ました)|無事(に|で)?(帰|戻|見つか)") +
                   r"|\b((is|'s|are|has|have) (back|home|been found|come (back|home))|was found|found (him|her|them|within|after)|(is|are) safe)\b"
                   # found again, told in Spanish, Portuguese, Tagalog or Vietnamese (la encontramos, nahanap na namin, đã tìm thấy)
                   # — not when denied (no la encontramos, hindi pa namin nahanap, chưa tìm thấy: not found)
                   r"|(?<!\bno )(?<!\bnão )(?<!\bnao )(?<!\bno la )(?<!\bno lo )(?<!\bnão a )(?<!\bnão o )(?<!hindi )(?<!hindi pa )(?<!hindi namin )(?<!hindi pa namin )"
                   r"\b(l[ao]s? encontr\w*|encontr(amos|ei|é)|nahanap|natagpuan)\b|(?<!chưa )(?<!không )(đã )?tìm thấy")
_AGAIN = re.compile(fold(r"また(いな|出て|家出|居な)|再び|まだ(帰|戻|見つから)|けど.{0,8}(いな|出て)|"
                         # found on an earlier day (先月も警察に保護されました, 前にも見つかった): that time, not this one
                         r"(先月|先週|去年|昨年|以前|前|この前|前回|おととし)(にも|も|は)[^。]{0,12}(保護され|見つか|帰って|戻って)") + r"|\bagain\b")
_MISSING = {"missing-child", "missing-person-dementia"}
# What cannot be found is a thing sought (物件, 施設, 仕事; 不動産屋を回っても見つからず), not a person gone.
_THING_SOUGHT = re.compile(fold(
    r"(物件|部屋|アパート|マンション|賃貸|借家|貸家|住宅|家(?!族)|住まい|住む(所|ところ)|引っ越し先|転居先|仕事|就職先|働き口|バイト|パート|保育園|幼稚園|学童|施設|入所先|預け先|"
    r"病院|ヘルパー|ケアマネ|事業所|空き|駐車場|相談先|窓口|不動産屋|求人|書類|方法|答え)(が|は|も|を|の|で)?(?!から|より)[^。]{0,12}(見つから|みつから|見当たら|見つかりませ|見当たりませ)|"
    # a thing looked for (賃貸を探してますが…なかなか見つからない)
    r"(物件|部屋|アパート|マンション|賃貸|借家|貸家|住宅|住まい|仕事|保育園|施設|病院)(を|が)?(探|さが)(して|し)[^。]{0,30}(見つから|みつから|見当たら)|"
    # a belonging or a pet that cannot be found (息子の上履きが見当たらない, 娘が犬を見失った)
    r"(上履き|うわばき|靴|くつ|帽子|ぼうし|傘|かさ|財布|さいふ|鍵|かぎ|カギ|スマホ|携帯|眼鏡|メガネ|めがね|通帳|教科書|体操服|水筒|ランドセル|おもちゃ|"
    r"ぬいぐるみ|ゲーム|リモコン|犬|いぬ|猫|ねこ|ペット|ハムスター|インコ|荷物|書類|保険証|定期|鉛筆|筆箱|宿題)(が|は|も|を)?(まだ|どこにも|どこか|全然|ぜんぜん)?"
    r"(見つから|みつから|見当たら|見当たりませ|見失|みうしな|なくし|無くし|失くし|いなくな)"))
# A thing not given back (連絡帳も返ってきません, お金が返ってこない): 返って reads as かえって, as 帰って does.
_RETURNED = re.compile(fold(r"返って(こ|き|来)|返ってくれ|返してくれ|返して(もら|くれ)|返事|返信|へんじ"))
# A child grown and gone from home (独立していなくなってから), a thought of the future (いなくなったら寂しい),
# the room left behind (いなくなった部屋), one found at once (見当たらないと思ったらトイレにいた), one who will not leave
# the park (帰らないって駄々こねる): no one missing.
_NOT_GONE = re.compile(fold(
    r"(独立|巣立|進学|就職|結婚|一人暮らし|ひとり暮らし|上京|嫁い|引っ越|留学|寮に入)(して|し|で)?[^。]{0,8}(いなくな|家を出|出て(行|い))[^。]{0,3}|"
    r"(いなくな|居なくな)(ったら|ると|れば|る日|るのは)|(いなくな|居なくな)った(部屋|家|後|あと|今|寂し|さびし|穴|分)|"
    r"(見当たら|みあたら|見つから|いない)(ない)?(と|って)(思|おも)ったら[^。]{0,16}(いた|おった|隠れ|かくれ|寝て|ねて)|"
    r"(帰|かえ)(らない|りたくない|らん)(って|と)[^。]{0,4}(駄々|だだ|ごね|ぐず|泣|言い張|言う|いう|ゆう)|"
    # a visit home not made for a long time (一度も家に帰ってない), missed rather than feared (帰ってないので寂しい)
    r"(一度も|いちども|ずっと|しばらく|何年も|なんねんも|長い(こと|間))[^。]{0,10}(帰|かえ|戻|もど)っ(て|と)|(帰|かえ|戻|もど)っ(て|と)(い)?(ない|こない|こん)(ので|から|し|のが)?[^。]{0,4}(寂し|さみし|さびし|淋し)|"
    # a household without children (子どもがいない夫婦, 子がいないので老後が)
    r"(子ども|子供|こども|子|孫)(が|は|も)(いない|いません|おらん)(夫婦|家庭|世帯|家族|人|方|身|私|わたし|ので|から|けど|し|場合)"))
# The household told with は or も at a sentence's end (子どもはいません。, 孫もいないです): none in the family — unless
# someone is searched for or was there a moment ago (子どもはいません。さっきから探してます).
_NONE_IN_FAMILY = re.compile(fold(r"(子ども|子供|こども|孫)(は|も)(いない|いません|おりません|おらん)(です|んです)?(。|\.|!|！|\s|$)"))
_NOT_THERE = re.compile(fold(r"いない|いません|おらん|おらへん|おりません|いねえ|見えな|みえな|戻ら|もどら|帰ら|かえら|連絡が"))
_SEARCHED = re.compile(fold(r"探|さが|捜|さっき|見当たら|みあたら|どこにも|迷子|まいご|目を離|めをはな|帰ってこ|戻ってこ|いなくな"))
# No guarantor, no relative left (保証人がいない, 両親は他界して兄弟もいません): who the household has, not a person gone.
_NO_ONE_TO_ASK = re.compile(fold(r"(保証人|身元保証|身寄り|頼れる人|頼る人|親族|身内|ケアマネ|ヘルパー|主治医|かかりつけ(医)?|担当(者|の人)?)(さん)?(が|は|も)?[^。]{0,4}(いない|いません|おらん|なし|ない)|他界|亡くな"))
_PERSON_GONE = re.compile(fold(r"いなくな|帰ら|戻ら|帰って(こ|き)な|行方|迷子|徘徊|連絡が(つか|取れ|とれ)|家を出|出て(行|い)"))


def _lived_with(found: set[str], text: str) -> None:
    """Drop the emergencies a long-lived condition or habit explains (see the patterns above)."""
    if found & {"stroke-signs", "elderly-fallen", "not-breathing-or-unconscious"} and _SINCE.search(text) and \
            _CARE_NOW.search(text) and not _HAPPENING.search(text):
        found.difference_update({"stroke-signs", "elderly-fallen", "not-breathing-or-unconscious"})
    if "drowning" in found and _MOOD_SINKS.search(text) and not _WATER.search(text):
        found.discard("drowning")
    if "missing-person-dementia" in found and _WANDERS.search(text) and not _GONE.search(text):
        found.discard("missing-person-dementia")
    if "child-abuse" in found and _CHILD_HARMS.search(text) and not _MINOR.search(text):
        found.discard("child-abuse")
    if found & _MISSING and _RETURNED.search(text) and not _PERSON_GONE.search(_RETURNED.sub(" ", text)):
        found.difference_update(_MISSING)  # 連絡帳が返ってこない: a thing not given back (read かえって), no one gone
    if found & _MISSING and _NOT_GONE.search(text) and not _PERSON_GONE.search(_NOT_GONE.sub(" ", text)):
        found.difference_update(_MISSING)
    if found & _MISSING and _NONE_IN_FAMILY.search(text) and not _SEARCHED.search(text) and not _NOT_THERE.search(
            _NONE_IN_FAMILY.sub(" ", text)):
        found.difference_update(_MISSING)  # 子どもはいません: no child in the family, and no one else gone
    if found & _MISSING and (_BACK.search(text) and not _AGAIN.search(text) or
                             (_THING_SOUGHT.search(text) or _NO_ONE_TO_ASK.search(text)) and not _PERSON_GONE.search(text)):
        found.difference_update(_MISSING)


def _first_things_first(found: set[str], text: str) -> None:
    """Drop a situation another one explains (so the right kind of line comes first)."""
    if "child-abuse" in found and _ACCIDENT.search(text) and not _HARM_SAID.search(text):
        found.discard("child-abuse")  # a child's bruise from a fall, told as such by the parent
    if "elder-abuse-injury" in found and found & _OTHER_HARM and not _CARED_FOR.search(text):
        found.discard("elder-abuse-injury")  # no older or cared-for person: the other harm explains it
    if "disabled-abuse-injury" in found and "child-abuse" in found and _FACILITY.search(text):
        found.discard("child-abuse")  # staff or a sibling's home: the disabled person's line, not 189
    if "disabled-abuse-injury" in found and "child-abuse" in found and not _DISABLED.search(text) and not _FACILITY.search(text):
        found.discard("disabled-abuse-injury")  # a pupil's bruise told by a teacher: the child's line, no disability named
    if "no-food-or-shelter-in-cold" in found and "child-abuse" in found and _EVICTION.search(text):
        found.discard("child-abuse")  # a family put out by the landlord
    if "suicide-plan-or-attempt" in found and not _SUICIDE_WORDS.search(text) and (
            "gas-or-co" in found or _LEISURE.search(text)):
        found.discard("suicide-plan-or-attempt")  # charcoal burnt indoors by accident, or for a barbecue
    if found & _THINGS_TO_THROW and _DISPOSAL.search(text) and not (_SUICIDE_WORDS.search(text) or _UNWELL.search(text)):
        found.difference_update(_THINGS_TO_THROW)  # old charcoal and a grill to put out with the rubbish
    if "choking" in found and _BACK_RE.search(text):
        found.difference_update({"violence-now", "violence-now-family", "violence-now-partner"})  # back blows
    if "suicide-plan-or-attempt" in found and "stalking-threat" in found and not _SUICIDE_WORDS.search(text):
        found.discard("suicide-plan-or-attempt")  # 「今から行く」 written by a pursuer, not the writer's plan
    if "caregiver-may-harm" in found and _SENT_TO_ME.search(text):
        found.discard("caregiver-may-harm")  # 「殺してやる」 sent to the resident: a threat received, not their own
        found.add("stalking-threat")
    if "seizure" in found and len(found) > 1 and not _CONVULSION.search(text):
        found.discard("seizure")  # a body that shakes after an assault or a fright: no fit
    if "self-harm" in found and _BY_ONESELF.search(text) and not _DONE_BY_OTHER.search(text):
        found.difference_update({"child-abuse", "elder-abuse-injury", "disabled-abuse-injury"})  # the hand is one's own
        if not _OTHER_BLOWS.search(text):
            found.discard("violence-now-family")  # 自分の太ももを刺していた: the blade is the pupil's own, no one else's blow
    if "elderly-fallen" in found and "child-abuse" in found and not _ELDER_RE.search(text):
        found.discard("elderly-fallen")  # a baby's arm at a wrong angle: abuse, not a fall
