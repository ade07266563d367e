"""Small talk: a message that is only thanks, a greeting, a yes, a goodbye, 「わからない」, a feeling or emoji.

`kind(text)` names it (THANKS, GREETING, OK, BYE, DONT_KNOW, FEELING, EMOJI) or returns None when the message
says anything more: a message is small talk only when nothing is left once its small-talk words, polite
endings and punctuation are taken away. The safety screen runs before this (core/router.py): 「たすけて」 or
「もう限界」 are never small talk here, because the dialogue answers an alarm or the soft tier first.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.text import hira

THANKS, GREETING, OK, BYE, DONT_KNOW, FEELING, EMOJI, PLAY = (
    "thanks", "greeting", "ok", "bye", "dontknow", "feeling", "emoji", "play")

# Order matters: the first kind whose words the message holds names it.
_WORDS: list[tuple[str, str]] = [
    (THANKS, r"ありがと(う|っ)?(ございま(す|した))?|ありがとござ(います|いました)|有難う|有り難う|サンキュー?|さんきゅー?|"
             r"感謝(します|してます)?|助かり(ます|ました)|たすかり(ます|ました)|助かった|たすかった|助かる|たすかる|お世話になりました|"
             r"おおきに|あざ(っ)?す|あざー+っ?す|あざま(ー)?す|あざっ?した|あざまる(水産)?|さんくす|サンクス|せんきゅー?|センキュー?|どうも|恐れ入ります|おそれいります|(役|やく)に(立|た)(ちました|った)|"
             r"thank ?you|thank u|thanks|thanx|thx|ty|tysm|cheers|much appreciated"),
    (BYE, r"さようなら|さよなら|またね|では(また)?|失礼します|おやすみ(なさい)?|(寝|ね)(ます|る|よう)(?=ね?[。.!！、,\s]|ね?$)|bye|goodbye|see you|"
          r"good ?night"),
    (GREETING, r"こんにちは|こんにちわ|こんばんは|こんばんわ|おはよう(ございます)?|はじめまして|もしもし|よろしく(お願いします)?|"
               # casual hellos (「やっほー」「おっす」「ちわっす」)
               r"やっほ+|やほ+|ヤッホ+|おっす|おいっす|ういっす|ちわっす|ちーっす|ちっす|こんちは|こんちわ|おはよ|ハロー|はろー|"
               r"(お)?(疲|つか)れ(さま|様)(です)?|"
               # a first message only to try the chat out (「特に用はないです、試しに送っただけ」 "just testing")
               r"(特に|とくに|別に|べつに)(用|よう)(事|じ)?(は|が|とか)?(ない|無い|ありません)(です|んだ|けど)?|"
               r"(試|ため)しに(送|おく|書|か|打|う|使|つか)(っ|い)?て?(み)?(た|ました|てる|ています)(だけ)?|"
               r"(just )?(testing|trying (this|it) out)( this)?|"
               r"hello|hi|hey|good (morning|afternoon|evening)|"
               # the weather said as a greeting (「今日も暑いですね〜」「寒くなりましたね」 "Lovely day, isn't it"): a remark
               # ending in ね, nobody in it — 「暑くて母がぐったりしてる」 is not small talk
               r"(今日|きょう|毎日|まいにち)?(も|は)?(朝から|あさから|朝晩|あさばん)?(は)?(本当に|ほんとに|ほんと|すっかり|だいぶ|急に)?"
               r"((暑|あつ|寒|さむ|蒸し暑|むしあつ|涼し|すずし|暖か|あたたか)(い|く(なり|なって)(まし)?た|くなってきました)|"
               r"(蒸し|むし|冷え|ひえ)(ます|ますね|ています|てます|てきました)|"
               r"(いい|良い)(お)?(天気|てんき|日和|びより)|(雨|あめ|雪|ゆき)(が続きます|ばかり|です|だ)?)(です)?(よ)?(ね[えぇー〜]*)|"
               r"(今日|きょう)?(は|も)?(暑|あつ|寒|さむ|蒸し暑|むしあつ)(すぎ(る|ます)?|っ)(?![\u3041-\u309f\u4e00-\u9fff])|"
               r"(雨|あめ)(ばっかり|ばかり)で(嫌|いや)になり(ます|ますね)|"
               r"(lovely|nice|beautiful|hot|cold) (day|weather)( today)?(,? isn'?t it)?|(it'?s )?(so |really )?(hot|cold) today"),
    (DONT_KNOW, r"(よく)?(わから|分から|解ら)(ない|ん|ないです|ないんです|なくて)|わかんない|何を書けば(いい|よい)|"
                r"何て書けば(いい)?|どうすれば(いい)?(の)?|(i )?(don'?t|do not) know|not sure|"
                r"うー+[ーん]*む?|えーと|えっと|ん[ーん]+|hmm+"),
    (OK, r"はい|うん|了解(です|しました)?|りょうかい|わかりました|分かりました|わかった|分かった|なるほど|"
         r"そうなんですね|そうですか|大丈夫です|だいじょうぶです|大丈夫|だいじょうぶ|知らなかった|知りませんでした|"
         r"(考え|かんがえ)(ます|てみます|てみる|る)|検討します|いいえ|いえ|いや|ちがいます|違います|"
         r"そう(です|だ|なんです)?(ね|よ)?|その(通|とお)り(です)?|違う|ちがう|(お願い|おねがい)(します|いたします)?|"
         r"結構です|けっこうです|ええ|うんうん|ううん|"
         # short LINE replies: 「りょ」「おけ」「はーい」「そっか」 "k", "noted"
         r"りょー?かい|りょ|おけまる(水産)?|おけ丸|おけ|うい|おk|おっけー?|オッケー?|はーい|はあい|ふむふむ|ふむ|そっか|そうか|そうなんだ|承知(しました|です)?|"
         r"no problem|no worries|np|perfect|awesome|excellent|wonderful|brilliant|lovely|sounds (good|great|fine)|"
         r"(that )?makes sense|understood|(that'?s|that is|this is|it'?s|very|really|so) (very |really |so )?helpful|that (really |truly )?helps|"
         r"(ok)+|okay|okie|k+|alright|all right|noted|cool|got it|gotcha|i see|sure|great|nice|good|no|yes|yeah|yep|will do"),
    # a request for play or chit-chat (「なんかおもしろい話して」 "tell me a joke"), not to be listened to (話を聞いて)
    (PLAY, r"(ひま|暇|退屈|たいくつ)(だから|なので|だし)|(なんか|何か|なにか)?(おもしろい|面白い|笑える|楽しい)(話|はなし)(を)?(して|してよ|して下さい|してください|ある)?|"
           r"なぞなぞ(を)?(出して|だして|しよう)?|しりとり(しよう|しよ)?|(ジョーク|冗談|じょうだん)(を)?(言って|いって)|"
           r"(雑談|ざつだん)(しよう|しましょう|しよ|して)|(tell me )?a joke|(tell me )?a funny story|let'?s (chat|play)|sing (me )?a song"),
    (FEELING, r"こわい|怖い|こわいです|怖いです|かなしい|悲しい|さみしい|寂しい|不安です|不安|つらい|辛い|しんどい|"
              r"疲れ(た|ちゃった|ました|ています|てます)|つかれ(た|ちゃった|ました)|scared|sad|lonely|tired"),
]
# What may come along with small talk and says nothing more.
_ALONG = (r"電話してみ(ます|る)|行ってみ(ます|る)|相談してみ(ます|る)|連絡してみ(ます|る)|"
          r"(とても|本当に|ほんとに|ほんとう?に|どうも|めっちゃ|まじ|マジ|ガチ|がち|ほんと|すごく|とりあえず|ひとまず|いったん|一旦|ちょっと|少し|それは|"
          r"今日は|きょうは|今夜は|もう|そろそろ|"
          # a step put off to a later time (「今日はもう遅いので、また明日考えます」)
          r"(遅い|おそい|夜も遅い|時間も遅い)(ので|から|し)|また|あとで|後で|明日|あした|明朝|今度|こんど|週明け|来週|改めて|あらためて|"
          r"so much|very much|a lot|again)|"
          r"(です|ます|ました|っす|だよ|だね|ね|よ|な|ー|〜|w+|笑|草)")
_PUNCT = re.compile(r"[\s。、．，,.!！?？・…「」『』()（）~〜ー-]+")
# Thanks with how the resident feels now (「話を聞いてもらえただけで少し気持ちが楽になりました」) is thanks, unless it
# also asks something.
_RELIEF = re.compile(r"(気持ち|きもち|気|心|こころ)が?.{0,4}(楽|らく|軽)に?な|(楽|らく)に(なっ|なり|なれ)|落ち着(き|い)|おちつ(き|い)|安心(し|でき)|ほっと|希望が(持て|もて)|"
                     r"(聞いて|きいて)(もらえ|くれ)|すっきり|元気(が|も)?出|げんき(が|も)?で|(話せ|はなせ|相談でき|聞け|分かっ|わかっ)て(よ|良)かった|feel (a bit |much )?better|relieved|"
                     r"(that|this|it) (really |truly |so |very |totally |actually )?(helps|helped)|(that'?s|this is|very|really) helpful")
_ASKING = re.compile(r"[?？]|ですか|ますか|でしょうか|教えて|おしえて|どこ|どう(すれば|したら)|(し|行き|聞き)たい")
# Thanks or a yes with what the resident will do next (「助かりました、すぐ電話します」「妻にも伝えておきます」「まずは娘の
# 話をゆっくり聞いてみます」 "I'll give them a call"): one clause of their own step, saying nothing new to answer.
_NEXT_STEP = re.compile(
    r"^[^。．.!！?？]{0,24}?(電話|でんわ|連絡|れんらく|相談|そうだん|問い?合わせ|問合せ|といあわせ|伝え|つたえ|話し|はなし|話を|"
    r"聞い|きい|聞き|きき|行っ|いっ|行き|いき|伺|うかが|調べ|しらべ|確認|かくにん|申し?込|もうしこ|予約|よやく|見て|みて|"
    r"読ん|よん|かけ|訪ね|たずね|寄っ|よっ|頼ん|たのん|頼み|たのみ|"
    # a step put off or tried (「また明日考えます」「そうしてみます」「様子を見ます」「検討してみます」)
    r"考え|かんがえ|検討|けんとう|様子を?見|ようすを?み|して|やって|試し|ためし)"
    r"[^。．.!！?？]{0,8}?(ます|みる|おく|とく|ようと(思|おも)(います|う|ってます)|つもり(です)?)(ね|よ|わ)?$"
    r"|^([a-z ]{0,14}[,.!]\s*)?(i'?ll|i will|i'?m going to|i'?m gonna|we'?ll|we will|will) (definitely |probably |try to |"
    r"first |now |then )?(call|phone|ring|give (them|her|him|it|that) a (call|ring|try)|contact|talk|speak|ask|tell|go|visit|"
    r"try|check|look|email|e-mail|write|get in touch|reach out|drop by|pop in|apply|book|read|do that|do so)\b[^?]{0,40}$")
_NOT_A_STEP = re.compile(r"でも|けど|けれど|しかし|だが|ない|ません|(?<!(私|僕|俺|分))が|\bbut\b|\bnot\b|n'?t\b")


def _next_step(rest: str) -> bool:
    """What is left beside thanks or a yes is the resident's own next step (a clause of their doing, no
    contrast, no negation, nobody else's doing)."""
    step = re.sub(r"^[\s。、．，,.!！~〜ー-]+|[\s。、．，,.!！~〜ー-]+$", "", rest)
    return bool(step) and bool(_NEXT_STEP.search(step)) and not _NOT_A_STEP.search(step) and not _ASKING.search(step)


def _emoji_only(text: str) -> bool:
    """Only pictographs, symbols and kaomoji punctuation (👍, 😢, ♪, (^^))."""
    letters = [c for c in text if not c.isspace()]
    return bool(letters) and all(unicodedata.category(c) in ("So", "Sk", "Sm", "Cf", "Mn", "Po", "Ps", "Pe")
                                 or c in "^_;:=" for c in letters)


LENIENT_REST = 14  # characters a message may say beyond thanks or a greeting when nothing else was found in it


def _found(text: str) -> tuple[list[str], str]:
    """The kinds of small-talk words the message holds, and what is left once they are taken away."""
    # Katakana read as hiragana (「ｱﾘｶﾞﾄｳ」「アリガトウゴザイマス」, an old phone's habit): every word below is written in
    # hiragana too (サンキュー and さんきゅー), so the fold loses none of them.
    t = hira(unicodedata.normalize("NFKC", text or "").strip().lower())
    rest = "".join(c for c in t if unicodedata.category(c) not in ("So", "Sk", "Cf", "Mn"))
    found: list[str] = []
    for name, words in _WORDS:
        rest, n = re.subn(rf"(?<![a-z])(?:{words})(?![a-z])", " ", rest)
        if n:
            found.append(name)
    return found, rest


def kind(text: str, lenient: bool = False) -> str | None:
    """The kind of small talk the whole message is, else None. `lenient` (the router found nothing in the
    message): thanks, a greeting or a goodbye followed by a short remark (「ありがとう。少し希望が持てました」)
    count too, and so does a message that opens with a greeting (「はじめまして。何でも聞けると聞いたので」)."""
    t = unicodedata.normalize("NFKC", text or "").strip().lower()
    if not t:
        return None
    if _emoji_only(t):
        return EMOJI
    found, rest = _found(t)
    if not found:
        return None
    if THANKS in found and _RELIEF.search(rest) and not _ASKING.search(rest):
        return THANKS
    if {THANKS, OK} & set(found) and _next_step(rest):  # 「助かりました、すぐ電話します」
        return THANKS if THANKS in found else OK
    rest = re.sub(_ALONG, " ", rest)
    rest = _PUNCT.sub("", rest)
    opens = GREETING in found and _found(re.split(r"[。．.!！?？、,\n]", t, maxsplit=1)[0])[0] == [GREETING]
    if rest and not (lenient and (opens or len(rest) <= LENIENT_REST and {THANKS, GREETING, BYE} & set(found))):
        return None
    # Thanks wins over a yes or a goodbye said along with it; a feeling over a yes.
    for name in (THANKS, FEELING, DONT_KNOW, PLAY, GREETING, BYE, OK):
        if name in found:
            return name
    return found[0]


def calm(text: str, lenient: bool = False) -> bool:
    """The whole message is thanks, a greeting, a yes or a goodbye, and says no feeling (「ありがとう、電話して
    みます」, "Thank you!", 「聞いてもらえて楽になりました」): it is answered as small talk even when the safety
    screen hears distress in it (the soft tier), because nothing in it asks for comfort."""
    talk = kind(text, lenient)
    return talk in (THANKS, GREETING, OK, BYE, PLAY) and FEELING not in _found(text)[0]


# A cry for help or a feeling with nothing else in it (「たすけて」「もう限界」「まじしんどい。だれかたすけてー」).
_CRY = re.compile(r"たすけ(て|てー|てください)?|助け(て|てください)?|タスケテ|限界|げんかい|無理|むり|ムリ|だめ|ダメ|駄目|"
                  r"つらい|辛い|しんどい|きつい|くるしい|苦しい|(疲|つか)れ(た|ちゃった|ました|てる|ている|果てた)|"
                  r"こわい|怖い|かなしい|悲しい|さみしい|寂しい|さびしい|不安|help( me)?|i can'?t (do|take) (this|it)")
_FILLER = re.compile(r"だれか|誰か|もう|まじ|マジ|ほんと(う)?(に)?|本当に|なんか|すごく|とても|正直|お願い|おねがい|please|anyone|"
                     r"someone|so|i'?m|i am|anymore|any more|(私|わたし|僕|ぼく|俺|おれ|うち)(は|も)?")
_CONTENT = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faA-Za-z]")


def cry(text: str) -> bool:
    """The whole message is a cry for help or a feeling, with no concern named: nothing in it to route."""
    t = unicodedata.normalize("NFKC", text or "").strip().lower()
    rest, n = _CRY.subn(" ", t)
    rest = _PUNCT.sub("", re.sub(_ALONG, " ", _FILLER.sub(" ", rest)))
    return bool(n) and not _CONTENT.search(rest)


_DISTRESS = re.compile(r"眠れ|ねむれ|寝られ|涙|泣|落ち込|おちこ|沈ん|消えたい|きえたい|死に|しに(たい|そう)|生きる|いきる|心|こころ|"
                       r"気持ち|きもち|自死|自殺|亡くし|亡くな|遺族|話を(聞|き)いて|sleep|cry|crying|tears|depress|alone|lonely|"
                       r"hopeless|suicide|grief|griev|someone to talk")


def distressed(text: str) -> bool:
    """The message itself voices distress (a cry, tears, no sleep, a low mood): こころの相談 fits it. A message the
    screen hears as distress without any of this (「なんかおもしろい話して」) is offered the all-round counters only."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    return bool(_CRY.search(t) or _DISTRESS.search(t))
