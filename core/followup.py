"""Follow-ups about the last answer: what the resident asks of the counter just shown.

`aspect(text)` names what a message asks about a counter (phone, place, hours, weekend, booking, apply,
bring, access, cost, who), or None. `answer(kb, entry, aspect, lang)` answers it from that counter's sourced
facts (core/cards.reach), or says honestly that this guide does not know and where to check — never a
guess. `nearby(text)` tells 「近くの」, "near me"; `only_place(text, said)` tells a message that gives a
district and nothing more (「うちは腰越です」, 「大船に住んでます」, 「今泉台」).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from core.cards import entry_name, reach
from core.hours import DAY_KEYS, describe
from core.kana import mostly_katakana
from core.local import local_ask
from core.messages import main_number, say
from knowledge.city import current
from knowledge.kb import KnowledgeBase
from knowledge.text import hira

PHONE, PLACE, HOURS, WEEKEND, BOOKING, APPLY, BRING, ACCESS, COST, WHO, VISIT, WAYS, ELIGIBLE, OTHER = (
    "phone", "place", "hours", "weekend", "booking", "apply", "bring", "access", "cost", "who", "visit", "ways", "eligible",
    "other")

# First match wins: the more specific asks come first (土日 before 時間, 持ち物 before 申請; another way than the
# phone — メール, FAX, 手紙, LINE — before the phone).
_ASPECTS: list[tuple[str, str]] = [
    (WAYS, r"メール|めーる|e-?mail|ファックス|ファクス|(?<![a-z])fax(?![a-z])|手紙|てがみ|書面で|筆談|(?<!オン)ライン(で|から)|"
           r"(?<![a-z])line ?(で|から)|電話(以外|いがい)|電話が(苦手|にがて|できな|難し|むずかし)|"
           r"チャット|\bchat\b|in writing|by letter|write to (them|her|him)|text (them|a message)"),
    (PHONE, r"電話番号|でんわばんごう|でんわ ?ばんごう|番号|ばんごう|電話(は|で(?!き)|して(?!も)|したら|先|かけ)|連絡先|れんらくさき|"
            r"phone|number|call them|contact"),
    (WEEKEND, r"土日|土曜|日曜|どようび|にちようび|週末|休日|祝日|しゅうまつ|weekend|saturday|sunday|holiday"),
    (BOOKING, r"予約|よやく|アポ|いきなり行|突然行|飛び込み|book|appointment|reservation|walk ?in"),
    (BRING, r"必要(な|なもの|な物)|何が(いる|要る|必要)|なにが(いる|ひつよう)|持ち物|もちもの|持って(い|行)(く|け|き|っ)|"
            r"もって(い|行)(く|け|き|っ)|何を持|なにを ?もって|"
            r"書類|しょるい|身分証|印鑑|what (do i|should i) (need|bring)|documents?|bring"),
    (APPLY, r"申請|しんせい|申し込|もうしこ|手続|てつづき|郵送|ゆうそう|オンラインで|ネットで|電子申請|"
            r"apply|application|sign up|register|by (mail|post)|online"),
    (COST, r"お金(は|が)?かか|費用|料金|無料|有料|いくら|タダ|ただで|cost|fee|free|how much"),
    (ACCESS, r"行き方|いきかた|アクセス|駐車場|バス|駅から|どうやって行|直接行|ちょくせつ|窓口に行|行って話|"
             r"(そこ|そちら|窓口|市役所)(は|って|、)?(ちょっと|少し|すごく|けっこう|結構)?(遠|とお)(い|すぎ)|(遠|とお)くて(行|い)け|"
             r"(そこ|そちら|あそこ|窓口|まどぐち|センター|市役所)(に|へ|まで)(は)?(行|い)(く|け)|電車|でんしゃ|何駅|なにえき|なんえき|何線|最寄り?の?駅|もよりの?えき|(駅|えき)(から|まで|で(降|お)り)|"
             r"how (do i|to) get|how far|too far|directions|parking|in person|visit(?! (me|us|him|her)\b| (my|our|his|her|the) (home|house|place))|\btrains?\b|\b(train|nearest|closest|which) stations?\b|\bstations? (is |are )?(closest|nearest|near)|bus stop"),
    (PLACE, r"場所|ばしょ|どこ(に|へ|で)?(ある|あります|です|なの|にある)|どこ[?？]|どこ(に|へ)?(行け|いけ|行った|いった)|住所|じゅうしょ|所在地|建物|"
            r"where is|where are|where'?s|address|location"),
    (HOURS, r"何時|なんじ|(?<![数何0-9一二三四五六七八九十半])時間(?!だけ|ほど|くらい|ぐらい)|じかん|営業|受付|うけつけ|開いて|あいて(る|ます|いる)|やって(る|ます|いる)|今日|きょう|"
            r"いつ|open|hours|when|close"),
    (VISIT, r"(家|自宅|うち)に(来|き)て|訪問(して|してもら|は|って)|来てもら(え|う)|きてもら(え|う)|出張|"
            r"come to (my|our|his|her|the) (home|house|place)|home visits?|visit (me|us|him|her) at home|"
            r"visit (my|our|his|her|the) (home|house|place)|visit (me|us|him|her)\b"),
    (WHO, r"家族だけ|親だけ|本人(じゃ|でなく|以外|抜き|なしで|は行かない|が行かない)|代わりに|代理|匿名|名前を言わ|"
          r"(私|わたし|僕|俺|自分)(だ|だって|と|が言った(と|って))?(ばれ|バレ|わか|分か)(る|ます|ります|ら|ない|ちゃ)|身元|秘密は?守|"
          r"誰でも|だれでも|一緒に(行|い|来|き)(って|て)(も)?(いい|よい|大丈夫|平気)|付き添|つきそ|同伴|同席|"
          # someone else who knows the family tells the counter (「学校から市に連絡してもいいものでしょうか」)
          r"(学校|がっこう|先生|せんせい|担任|たんにん|病院|主治医|ケアマネ|民生委員|保健師)(の方|の人)?(から|が)(市|窓口|そこ|そちら|"
          r"相談先|役所|市役所)?(に|へ)?(連絡|れんらく|相談|そうだん|電話|でんわ|伝え|つたえ|話|はな)(して|する|を|し)?(もら)?(って|う|い)?"
          r"(こと|の)?(は|が|も)?(いい|よい|大丈夫|可能|でき|かまわ)|"
          r"only (the )?(family|parents?)|anonymous|on (his|her|their) behalf|instead of|in (his|her|their) place|"
          r"go (for|with) (him|her|them)|come with (me|him|her)"),
    # Whether the resident still qualifies with a condition told (「車持ってたらダメなんですか？仕事で使うんですが」「働いてても
    # 受けられる？」): a question about the thread's service — the condition (仕事) is the story, not a new concern.
    (ELIGIBLE, r"(たら|ったら|ても|でも|だと|なら)(ダメ|だめ|駄目|アウト|いけない|受けられ|うけられ|もらえ(ない|ません|る|ます)|"
               r"使え(ない|ません|る|ます)|利用でき|申請でき|対象)|"
               r"\b(still )?(be )?eligible\b|\bdisqualif|\b(can|could) i still (get|apply|use|receive)\b"),
]
# A question about consulting itself (「相談って学校休まなくてもできる？」「相談するのは親に内緒でもいいの？」): about the
# counters shown, whatever its other words rank (学校 told as the time one has, not a concern of its own); not a concern's
# own consultation (「債務整理の相談って市でできるの？」 is a new question).
_CONSULTING = (r"(?:^|[、。,.!！?？\s…])(?:あと|ちなみに|それと|じゃあ|で)?[、,\s]*(相談|そうだん)(する(の|こと)|しに(行く|いく)の|に(行く|いく)の)?(って|は)[^。．.!！?？]{0,24}?"
               r"(でき(る|ます)|いい|よい|大丈夫|だいじょうぶ|平気|可能|かまわない|ok)(の|ん(です)?)?(か|かな|かね|よね)?[?？]")
_ASPECTS.append((OTHER, _CONSULTING))
_NEARBY = re.compile(r"近く|ちかく|近所の窓口|最寄り|もより|近場|近い(ところ|とこ|所|窓口|方)|ちかい(ところ|とこ)|"
                     r"歩いて(行|い|通|かよ)(ける|け|える)|徒歩で|near (me|here|my home)|nearby|closest|walking distance")
# Words that say where one lives (「住まいは岡本です」「梶原に住んでます」): no concern about housing in them.
_LIVING = re.compile(r"(お?住まい|すまい|住所|じゅうしょ|自宅|家|うち|実家)(は|が|の場所は|の近く|のそば|の方)|やっぱり|やっぱ|やはり|(に|で)?(住んで|すんで|暮らして|くらして)"
                     r"(い)?(ます|る|いる|おります)?|在住|(?<![お])住み(です|だよ?|で|な|[。、,.!！]|$)|"
                     # the home told by the building (「城廻のアパートです」「今泉台の団地に」): where, no housing concern
                     r"の?(アパート|マンション|団地|だんち|社宅|一軒家|戸建て?|市営住宅|県営住宅)(です|だよ?|に(住|すん|暮ら|い)|で(暮ら|一人)|[。.!！]|$)|"
                     r"(に|へ)(引っ越|ひっこ)し|i live|we live|live in|lives in|moved to|"
                     r"間違え|まちがえ|じゃなく|ではなく|訂正|言い間違|ごめんなさい|すみません|すいません|でした[。.!！]*$|actually|i mean")
# 「他には？」「別の窓口は？」: the resident wants other counters than those shown.
_ANOTHER = re.compile(r"^(他|ほか)(に|の)(は|も)?(窓口|まどぐち|ところ|とこ|所|相談先)?(は|も|って)?(ある|あります|ない|ありませ)?(か|の)?[?？。!！\s]*$|"
                      r"(別|べつ|他|ほか)の(窓口|まどぐち|ところ|相談先)(は|を|も|って)|\b(any )?(other|another) (counter|place|office|option)s?\b|"
                      r"^(is there |are there )?(anything|something|anyone|anywhere|any) else[?.!\s]*$|^any others?[?.!\s]*$")
# What a district-only message may say besides the place: living, polite endings, little words.
_PLACE_FILLER = re.compile(
    r"に住んで(い)?(ます|る|ます。|いるんですが|るんですけど|いるんだけど)?|にすんで ?(い)?(ます|る)|在住(です)?|住まい|"
    r"住所は|じゅうしょは|うちは|家は|いえは|自宅は|実家は|私は|わたしは|僕は|俺は|の方|のほう|あたり|辺り|付近|周辺|"
    r"ごめんなさい|ごめん|すみません|すいません|間違えました|まちがえました|じゃなくて|ではなくて|やっぱり|やはり|でした|"
    r"(駅|えき)(の?(東|西|南|北|中央)口)?(から|まで)?|(歩いて|あるいて|徒歩|とほ|バスで|車で)|(分|ぷん|ふん)(くらい|ぐらい|ほど)?|の?(近く|ちかく|そば)|"
    r"station|minutes?( walk)?|walk(ing)?|from|"
    r"地区|地域|ちいき|エリア|です|ます|だよ|だけど|なんですが|なんだけど|ですが|ですけど|住んでる|です。|"
    r"live in|i live|we live|in|from|i'?m|we'?re|near|area|district|the|it'?s|our home is|at")
# Little words around an address: 「腰越の3丁目だ」, 「大船のほうやで」.
_PARTICLES = re.compile(r"^[のだやでよねさなぞわ]+$")
_PUNCT = re.compile(r"[\s。、．，,.!！?？・…「」()（）~〜ー-]+|[0-9０-９]+|丁目|番地|番|号")


# A place told by what one can do or find there (「子どもを遊ばせられる場所」「今夜泊まれる所」「安全な場所」「通える
# ところ」): a place the resident needs, not the address of the counter shown (「そこの場所」「窓口の場所」); not
# 「電話したところ、」「向かっているところです」.
_NEED_PLACE = re.compile(r"(?:[うくすつぬむぶぐるいな]|ような|みたいな|ための)(?:場所|ばしょ|ところ|とこ|所|施設|居場所)(?![、,でだ])")
_COUNTER_PLACE = re.compile(r"(相談|そうだん|連絡|れんらく|問い?合わせ|といあわせ)(でき|出来)る(?:場所|ばしょ|ところ|とこ|所|窓口)")
# A how-to (「…には、どうすればいい？」) and the goal before it: 「ヘルパーさんに来てもらうには」 names a service to get, a
# new question; 「そこに行くには」「予約するには」 only the counter's own (the aspect words and references taken out).
_HOW_TO = re.compile(r"(?P<goal>.+?[うくすつぬむぶぐる])(?:ため)?には[、,\s]*(?:どう|何を|なにを|何から|なにから|誰に|だれに)")
_REFERENCE = re.compile(r"そこ|そちら|あそこ|ここ|こちら|窓口|まどぐち|市役所|しやくしょ|センター|相談|担当|係")


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = hira(t) if mostly_katakana(t) else t  # 「デンワバンゴウ オシエテ」 typed all in katakana: read as hiragana
    return re.sub(r"(?<=[\u3041-\u30ff\u4e00-\u9fff])\s+(?=[\u3041-\u30ff\u4e00-\u9fff])", "", t)  # 分かち書き


def needs(text: str) -> bool:
    """The message asks for something to get, not about the counter shown: a place told by what one can do there
    (「子どもを遊ばせられる場所はある？」「今夜泊まれる所」) or a how-to whose goal names a service of its own
    (「ヘルパーさんに来てもらうには、どうすりゃいい？」「保育園に申し込むには？」)."""
    t = _fold(text)
    if _NEED_PLACE.search(t) and not _COUNTER_PLACE.search(t):  # 「FAXで相談できるところ」 is a counter reached so
        return True
    how = _HOW_TO.search(t)
    if how is None:
        return False
    goal = how.group("goal")
    for _, pattern in _ASPECTS:
        goal = re.sub(pattern, " ", goal)
    return bool(_CONTENT.search(_REFERENCE.sub(" ", goal)))


# A counter named by its concern (「家賃の方の窓口、平日何時まで？」「介護のほうの相談先は土曜も？」「お金の相談の所」): the words
# before 「の方の窓口」; not a counter named by where it stood or is (「さっきの窓口」「最初の」「近くの窓口」「市の窓口」).
_BY_CONCERN = re.compile(r"(?P<c>[\u3041-\u30ff\u4e00-\u9fff]{2,12}?)(の方|のほう|関係|かんけい|系|関連)?の"
                         r"(窓口|まどぐち|相談先|相談窓口|相談|そうだん|ところ|とこ|担当|係|センター)")
_NOT_CONCERN = re.compile(r"^(.*(さっき|先ほど|最初|さいしょ|最後|さいご|上|下|近く|ちかく|近所|別|べつ|ほか|他|次|つぎ|一番|"
                          r"市役所|市|区|地域|地区|地元|こちら|そちら|あちら|どちら|どこ|その|この|あの|前|まえ|今|いま)|"
                          r".*(目|い|から|まで|を)|"
                          # a person is whose concern, not which (「先生の相談」「母の窓口」)
                          r"(私|わたし|自分|本人|家族|夫|妻|母|父|親|息子|娘|子|兄|姉|弟|妹|祖母|祖父|孫|先生|担任|友達|友人))$")
_LEAD = re.compile(r"^(あと|あの|えっと|それと|それから|じゃあ|では|ちなみに|ところで|すみません|その|で)[、,\s]*")


# …or by 「〜のことは」 in a question about a counter (「家賃のことはどこに行けばいいんだっけ」 → 家賃).
_ABOUT = re.compile(r"(?P<c>[\u3041-\u30ff\u4e00-\u9fff]{2,12}?)(のこと|の事|の件)(は|って|なら|で|を|も|、)")


def concern_named(text: str) -> str | None:
    """The concern a follow-up names its counter by (「家賃の方の窓口」「家賃のことはどこに」 → 家賃), or None."""
    t = _LEAD.sub("", _fold(text))
    m = _BY_CONCERN.search(t) or (_ABOUT.search(t) if aspect(t) is not None else None)
    concern = m.group("c").removesuffix("の") if m else ""
    return concern if len(concern) >= 2 and not _NOT_CONCERN.match(concern) else None


# A language asked for (「英語で相談できますか」「ネパール語が話せる人はいますか」 "anyone who speaks English on those
# numbers?"): whether a counter or a line speaks it.
_LANGUAGE = re.compile(
    r"(英語|えいご|中国語|韓国語|ベトナム語|ネパール語|タガログ語|ポルトガル語|スペイン語|インドネシア語|外国語|がいこくご|母語|"
    r"[\u30a1-\u30fa]{2,}語)(で|が|の|を|は|も)?(話|はな|対応|たいおう|相談|そうだん|通じ|つうじ|わか|分か|でき|いる|い(ます|る)|あ(る|り))|"
    r"通訳|つうやく|"
    r"\b(speaks?|speaking|in|talk in) (english|chinese|mandarin|korean|vietnamese|nepali|nepalese|tagalog|filipino|portuguese|"
    r"spanish|indonesian|burmese|sinhala|thai|hindi|urdu|bengali|russian|ukrainian|french|german|arabic|mongolian|"
    r"another language|other languages|my language|my own language)\b|\binterpret(er|ers|ing|ation)?\b|\btranslat(or|ors|ion)\b",
    re.I)


def language(text: str) -> bool:
    """The message asks whether a language other than Japanese is spoken (a counter's, a line's)."""
    return bool(_LANGUAGE.search(_fold(text)))


def aspect(text: str) -> str | None:
    """What the message asks of a counter, or None (also when it asks for a need of its own: `needs`)."""
    t = _fold(text)
    if needs(t):
        return None
    for name, pattern in _ASPECTS:
        if re.search(pattern, t):
            return name
    return None


_CONTENT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faa-z]{2,}")
_ASK_WORDS = re.compile(r"教えて|おしえて|ください|下さい|ですか|ますか|知りたい|しりたい|って|とか|相談|窓口|そこ|ここ|"
                        r"please|tell me|what'?s|what is|"
                        r"\b(there|here|could|me|my|someone|somebody|anyone|going|go|of|to|an?|or|so|ok|would|will|"
                        r"house|home|place|instead)\b|"
                        r"what are|the|their|its|do|does|they|have|is|are|it|can|i")


def pure(text: str) -> bool:
    """The whole message is a question about the last answer (「電話番号は？」「土日もやってる？」) with nothing
    else in it to route: whatever the router makes of its words, it is about the counter shown."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    if aspect(t) is None:
        return False
    for _, pattern in _ASPECTS:
        t = re.sub(pattern, " ", t)
    return not _CONTENT.search(_ASK_WORDS.sub(" ", t))


_STATION = re.compile(r"駅|えき|station")


def nearby(text: str) -> bool:
    """「近くの」 about the resident's home; 「最寄りの駅は？」 asks the way to the counter (ACCESS) instead."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    return bool(_NEARBY.search(t)) and not _STATION.search(t)


_CORRECTS = re.compile(r"じゃなくて|ではなくて|じゃなく、|ではなく、|違います|ちがいます|違って|間違え|まちがえ|"
                       r"言い間違|訂正|\bnot (my|the|about)\b|\bi meant\b|\bactually\b|\bsorry,? (i|it)")


def about_consulting(text: str) -> bool:
    """The message asks about consulting itself (「相談って学校休まなくてもできる？」): a question about the counters shown."""
    return bool(re.search(_CONSULTING, _fold(text)))


def corrects(text: str) -> bool:
    """The resident corrects what was said (「母じゃなくて父のことです」「お金のことじゃなくて」)."""
    return bool(_CORRECTS.search(unicodedata.normalize("NFKC", text or "").lower()))


def says_living(text: str) -> bool:
    """The message says where one lives (「家は玉縄です」, 「大船に住んでます」) or corrects the place said before
    (「あ、間違えました。腰越です」), not only where something happened."""
    return bool(_LIVING.search(unicodedata.normalize("NFKC", text or "").lower()))


def without_living(text: str) -> str:
    """The message without the words that say where one lives (「住まいは岡本です」 → 「岡本です」)."""
    return _LIVING.sub(" ", unicodedata.normalize("NFKC", text or ""))


# 「違う」「そうじゃない」 alone: what was shown is not what the resident looks for.
_WRONG = re.compile(r"^(いいえ|いや|いえ|ううん)?[、,\s]*(違う|ちがう|違います|ちがいます|違いますね|違うよ|違うな|そうじゃない(です)?|"
                    r"そういうのじゃない(です)?|not (that|this|it)|wrong|no,? (that'?s|it'?s) not it)[よね。．.!！\s]*$")
# 「それ」「そこです」 alone: the counter just shown is the one meant.
_THAT = re.compile(r"^(はい|うん|yes|ok)?[、,\s]*((それ|そこ|これ|ここ|その窓口|そちら|that one|this one|the first one)(です|だ|で(お願いします)?|がいい(です)?|にします)?|"
                   r"(それ(を|について)?|その窓口(を|について)?)?(もっと|もう少し|もうすこし)?(詳しく|くわしく)(教えて|おしえて|知りたい|しりたい)?"
                   r"(ください|下さい)?|(more )?details?|tell me more)( please)?[よね。．.!！\s]*$")
# The list the menu's 「緊急のとき」 button shows, asked in words (「緊急」「緊急の連絡先を教えて」).
_LINES = re.compile(r"^(緊急|きんきゅう)(のとき|の時|時|の場合)?(の)?(連絡先|番号|電話番号|電話)?(は|を|が)?"
                    r"(教えて|おしえて|知りたい|しりたい)?(ください|下さい)?(です)?[?？。．.!！\s]*$|"
                    r"^emergency( numbers?| contacts?| lines?)?( please)?[?.!\s]*$")


def wrong(text: str) -> bool:
    """The whole message says what was shown is not it (「違う」「そうじゃない」)."""
    return bool(_WRONG.search(unicodedata.normalize("NFKC", text or "").strip().lower()))


def that_one(text: str) -> bool:
    """The whole message points at what was just shown (「それ」「そこです」)."""
    return bool(_THAT.search(unicodedata.normalize("NFKC", text or "").strip().lower()))


def wants_lines(text: str) -> bool:
    """The whole message asks for the emergency lines, as the 「緊急のとき」 button does (「緊急」「緊急のとき」)."""
    return bool(_LINES.search(unicodedata.normalize("NFKC", text or "").strip().lower()))


def another(text: str) -> bool:
    """The message asks for other counters than those shown (「他には？」, 「別の窓口は？」)."""
    return bool(_ANOTHER.search(unicodedata.normalize("NFKC", text or "").strip().lower()))


def only_place(text: str, said: str | tuple[str, ...]) -> bool:
    """The message names a district or towns (`said`, as core/places folded them: 「大船の今泉です」) and says
    nothing else but living words, numbers of the address and a sentence-final particle (「腰越の3丁目だ」)."""
    rest = place_rest(text, said)
    rest = _PLACE_FILLER.sub(" ", rest.replace("ノ", "の").replace("ガ", "が"))  # "i live in" before the spaces go
    rest = _PLACE_FILLER.sub(" ", rest.replace(" ", ""))
    rest = _PUNCT.sub("", current().strip_names(rest))  # the prefecture, the city (data/city.yaml)
    return len(_PARTICLES.sub("", rest)) <= 1


def place_rest(text: str, said: str | tuple[str, ...]) -> str:
    """The text folded as core/places folds it, each place said taken out once."""
    from knowledge.text import place_fold  # the same folding core/places uses (kana, ヶ/ケ)
    rest = place_fold(unicodedata.normalize("NFKC", text or "").lower())
    for name in (said,) if isinstance(said, str) else said:
        folded = place_fold(name)  # a kana town as places read it (ゆいがはま) is folded as the text is (ゆいガはま)
        rest = rest.replace(folded if folded in rest else name, " ", 1) if name else rest
    return rest


def marked(fact: dict[str, Any], value: str, lang: str = "ja") -> str:
    """A fact's value as a sentence gives it: 「（未確認）」 after a fact from a secondary source
    (`unconfirmed: true`), as the answer cards mark it (core/cards.resident_note)."""
    return value + say("unconfirmed_mark", lang) if fact.get("unconfirmed") else value


_NOTE = re.compile(r"\s*[（(][^）)]*[）)]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


def _place(value: str, lang: str) -> str:
    """A place as an English reply gives it: the building and floor, without the Japanese note in brackets
    (「（正面入口すぐ右側）」, still on the card); a place whose own name is in kana stays whole."""
    if lang != "en":
        return value
    bare = _NOTE.sub("", value).strip()
    return bare if bare and not _KANA.search(bare) else value


def _who_to_ask(kb: KnowledgeBase, entry: dict[str, Any], name: str, phones: list[str],
                section: dict[str, Any] | None, lang: str) -> tuple[str, str]:
    """Whom to ask what this guide does not know: the counter's own number, else its section in charge, else the
    resident's local counter or City Hall."""
    if phones:
        return name, phones[0]
    if section is not None:
        who = say("section_in_charge", lang) if lang == "en" else str(section["label"])
        return who, marked(section, str(section["value"]), lang)
    return local_ask(kb, entry, lang) or (say("main_number_name", lang), main_number())


def answer(kb: KnowledgeBase, entry: dict[str, Any], what: str, lang: str = "ja") -> str:
    """The answer to `what` about `entry`, from its facts (a secondary one marked 未確認), or the honest
    「分かりません」 with a number. What to bring: the entry's own `bring` when the knowledge has one."""
    contacts, hours = reach(kb, entry)
    name = entry_name(entry, lang)
    # A number the sources give for the section in charge (label 「…（担当課）」) is not the counter's own: said so.
    section_phones = [c for c in contacts if c["kind"] == "phone" and "担当課" in str(c.get("label") or "")]
    phones = [marked(c, str(c["value"]), lang) for c in contacts if c["kind"] == "phone" and c not in section_phones]
    places = [marked(c, _place(str(c["value"]), lang), lang) for c in contacts if c["kind"] in ("place", "address")]
    shown_hours = " / ".join(marked(h, describe(h, lang), lang) for h in hours)
    section = section_phones[0] if section_phones else None
    who, number = _who_to_ask(kb, entry, name, phones, section, lang)
    # Which counter 「その点」 is about, when the number to ask is another's (a section, a local centre, City Hall).
    unknown = (say("fu_unknown", lang, name=who, phone=number) if who == name
               else say("fu_unknown_about", lang, about=name, name=who, phone=number))
    if what == PHONE:
        if phones:
            return say("fu_phone", lang, name=name, phone=" / ".join(phones))
        return say("fu_phone_section", lang, name=name, section=who, phone=number) if section else unknown
    if what == WAYS:  # an email or fax the sources give, else the honest answer with the number to ask
        ways = [say(f"fu_way_{c['kind']}", lang, value=marked(c, str(c["value"]), lang))
                + (f"（{c['label']}）" if c.get("label") and lang != "en" else "")
                for c in contacts if c["kind"] in ("email", "fax")]
        return say("fu_ways", lang, name=name, ways=" / ".join(ways)) if ways else unknown
    if what in (PLACE, ACCESS):
        if places:
            text = say("fu_place", lang, name=name, place=" / ".join(places))
            return text if what == PLACE else f"{text}\n{unknown}"
        return unknown
    if what == HOURS:
        return say("fu_hours", lang, name=name, hours=shown_hours) if hours else unknown
    if what == WEEKEND and hours:
        weekend = any(d in h["days"] for h in hours for d in DAY_KEYS[5:])
        return say("fu_weekend_yes" if weekend else "fu_weekend_no", lang, name=name, hours=shown_hours)
    if what == BRING and entry.get("bring"):
        return say("fu_bring", lang, name=name, bring="、".join(map(str, entry["bring"]))) + "\n" + unknown
    return unknown
