"""A conversation while an alarm stands (issue #13): after 119/110 or a crisis line, a message is heard against the
danger remembered (`State.alarm`). Said to be over (「もう落ち着きました」) or being handled at the hospital (「今は病院
にいます」「救急車で運ばれました」 — not 「まだ病院に着かない」): the alarm winds down, the turn soft; hesitation
(「うーん」「わからない」): a kind word with the lines kept, never the who-menu; a new concern the bot can answer
(「家賃が払えなくなりそうです」): routed, the lines beside it (core/dialogue.py); anything else: the same lines again.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from core import followup, smalltalk
from core.alarmwords import alone, cannot_call
from core.emergency import shown_name
from core.guided import ALL_ROUND_TOPIC, MAX_CARDS, Menu, State
from core.messages import say
from core.replies import EmergencyLine, Reply
from core.router import CLEAR_LEADER, Router, RouteResult
from core.safety import Screen
from core.tone import guard

SOFT = Screen("soft", ("soft",))
AFTERCARE = "chiiki-houkatsu"  # 地域包括支援センター: the care after a stay in hospital (made local by core/local.py)
# A question (「頼れるところは？」「どうすればいいですか」): routed as such.
QUESTION = re.compile(r"[?？]|(か|かな|かね|の|だろう|でしょう|っけ)[。．.!！]*$|(ます|です)か|(いい|よい|できる|できます)(ですか|の|かな)?[。]*$")
# Help has arrived (「救急車来ました」「救急隊の人が着きました」「警察が来てくれた」; not 「まだ来てない」): an alarm winds down.
_HELP_ARRIVED = (r"(救急|救急車|救急隊|きゅうきゅう(しゃ)?|警察|けいさつ|パトカー|消防|しょうぼう)(の人|の方)?(が|も)?"
                 r"((来|き)(て(?!な|いな|ませ|こな)|ました|た)|到着(?!し(て)?ない)|とうちゃく|着(きました|いた)|つ(きました|いた))")
# The resident says the danger is over or not now: the alarm is not carried further.
_SAFE_NOW = re.compile(r"(危な|あぶな)く(は|も)?(ない|ありません)|落ち着(いて(き|い)|きました|いた)|おちつ(いて|きました|いた)|"
                       r"無事(です|でした|だった)|もう(大丈夫|平気)|おさまり|収まり|"
                       r"(見|み)つか(った|りました)|(帰|かえ|戻|もど)って(き|来)(た|ました|てくれ)|保護(され|して(もら|くれ))|"
                       + _HELP_ARRIVED + "|"
                       r"(から|ので)[、,]?(もう|今は|いまは)?(大丈夫|だいじょうぶ|平気|安全)(?!か)|"
                       r"(逃|に)げ(て(き|こ)(た|ました|られ)|られ(た|ました)|ました)|"
                       r"(いま|今|今夜|今晩|こんや|こんばん|今日|きょう|当面|とうめん)は?(もう)?(大丈夫|だいじょうぶ|平気|安全)(?!か|じゃ|では|でな)|(?<!不)安全(です|だ)(?=[。．.!！、,\s]|よ|ね|$)|(?<!不)安全(なので|になりました)|"
                       r"(いて|いるので|いるから|来たので|着いたので|ついたので)(もう|今は|いまは)?(大丈夫|だいじょうぶ|平気)(?!か)|"
                       r"(来|き|い|居|泊まっ|とまっ)(てて|ていて)[、,]?(もう|今は|いまは)?(大丈夫|だいじょうぶ|平気|安全)(?!か)|"
                       r"安全な(場所|ところ|所)に(い|来|き)|"
                       r"落ち着いて(寝|ね|眠|ねむ|休|やす|い?ます)|(今|いま)は?(もう)?(落ち着|おちつ)(いて|き|いた)|"
                       r"連れ(て|戻)(き|来|帰)|(つれ|連れ)て(き|き)てくれ|(帰宅|きたく)(しました|した)|(戻|もど)り(ました)|"
                       # Breath back after choking or a collapse (「とれた！息してる」「吐き出しました」「意識が戻った」; not
                       # 「息してるかわからない」「息してない」).
                       r"(?<!連絡)(?<!連絡が)(取|と)れ(た|ました)(?=[!！。．、,\s]|よ|$)|(吐|は)き(出|だ)(し(た|ました)|せ(た|ました))|"
                       r"(息|いき|呼吸|こきゅう)(を|も)?(して(る|いる|います|くれ)|し(始め|はじめ|だし|出し))(?!か|の[?？])|"
                       r"(息|いき|呼吸|こきゅう)(が|も)?(でき(る|てる|ています|るように)|(戻|もど)(った|りました|って))(?!か|の[?？])|"
                       r"(意識|いしき)(が|も)?(戻|もど)(った|りました|って)|(目|め)を?(覚|さ)ま(した|しました)|"
                       r"\b(he|she|they|it)('s| is|'re| are) breathing\b|\bbreathing (again|now)\b|\b(it )?came out\b|"
                       r"not in danger|(?<!be )(?<!feel )(?<!stay )\bsafe (for )?(tonight|today|the night|the moment|now)\b|"
                       r"\b(i'?m|i am|we'?re|we are) (ok|okay|fine|safe) (for )?(tonight|for now|for the night)\b|\bfor now,? (i'?m|i am|we'?re|we are) (ok|okay|fine|safe)\b|\b(it'?s|it is) safe (here|now)\b|\bsafe here\b|(i'?m|we'?re|she'?s|he'?s) (safe|ok|okay|back|home) now|\bi'?m safe\b|\bi am safe\b|"
                       r"\b(we|she|he|they) (are|is|'re|'s) safe\b|\bsafe now\b|\bi'?m (ok|okay|fine) now\b|\bi got away\b|"
                       r"\bi (left|ran away from) (him|her|them|home|the house)\b|"
                       r"(we )?found (him|her|them)|(he|she|they) came (back|home)|"
                       r"(the )?(ambulance|paramedics|police)( (is|are|has|have))? (here|arrived|come|came)", re.I)
# …unless it says the opposite (「落ち着いていられない」「まだ戻りません」 "I am not safe").
_NOT_SAFE = re.compile(r"(落ち着|おちつ)(か|け|いていられ|いてられ)|まだ.{0,6}(戻|もど|帰|かえ|見つか|みつか)(ら|り)?(ない|ません)|"
                       r"(大丈夫|だいじょうぶ|平気|安全)(じゃ|では|でも)(ない|なく|ありません)|"
                       r"(来|き)て(い)?(ない|ません)|(到着|とうちゃく)(して)?(い)?(ない|ません)|"  # 救急車が来てない: not over
                       r"\bnot (safe|ok|okay|fine)\b|\bnot (back|home) yet\b", re.I)


# The danger's own sign told gone (「血は止まりました」「けいれんはおさまって」「火は消えました」「においは消えました」
# 「元気になってきました」): the danger over, in its own words — not 「止まらない」「消えない」「まだ」, nor a call received
# (「彼から電話が来た」 may be the danger itself).
_SIGN_GONE = re.compile(r"(血|出血|けいれん|痙攣|ひきつけ|発作|ほっさ|火|炎|煙|けむり|におい|臭い|匂い|咳|せき|震え|ふるえ|熱|ねつ|"
                        r"吐き気|呼吸|こきゅう|息|顔色|かおいろ)(は|が|も)(もう)?(止ま|とま|おさま|収ま|治ま|消え|きえ|"
                        r"引い|ひい|下が|さが|落ち着|おちつ|戻|もど|よくな|良くな)(り|っ|い|て|き)?(ました|た|てきました|てきた|て(き)?ます|て[、,]|てきて)|"
                        r"(元気|げんき)に(なって|なり)(きました|きた|ました)|(意識|いしき)(は|が)(はっきり|しっかり)|(寝かせ|ねかせ)(ました|た)")


def safe_now(text: str) -> bool:
    """The danger told over or not now — not as a condition (「戻ってきたら一人で風呂入らせるの怖い」 "when he's back")."""
    return _told(_SAFE_NOW, text) and not _NOT_SAFE.search(text)


def _told(pattern: re.Pattern[str], text: str) -> bool:
    return any(not re.match(r"ら(?!れ)|なら", text[m.end():]) for m in pattern.finditer(text))


# Self-harm, a wish to die or pills taken: the blood stopped or the breath calm is not the danger over (the wish is).
_NOT_BY_SIGNS = ("suicide", "self-harm", "overdose")


def sign_gone(text: str, situations: list[str]) -> bool:
    """「血は止まりました」「けいれんはおさまって」: the danger's own sign gone — not with a contrast (「血は止まったけど、また
    やってしまいそう」) nor after self-harm or a wish to die."""
    return _told(_SIGN_GONE, text) and not _BUT.search(text) and not _NOT_SAFE.search(text) and not any(
        s.startswith(_NOT_BY_SIGNS) for s in situations)


# Safe because away from the person who harmed, or the person harmed taken in (「子どもと実家に逃げてきてます」「友達の家に
#来てて大丈夫」「母はうちで引き取りました」 "I left him", "staying at a shelter") — not found or brought home (保護されて).
_REFUGE = re.compile(r"(逃|に)げ(て(き|こ)|られ|まし|た)|(避難|ひなん)し|家を(出|で)(て(き|こ)|た|まし)|"
                     r"(実家|じっか|友達|ともだち|友人|知人|親戚|しんせき|シェルター|施設|ホテル)(の(家|いえ|うち|ところ|とこ))?"
                     r"(に|へ|で)(い|居|来|き|泊|とま|身を寄せ|避難|かくま)|"
                     r"(引|ひ)き(取|と)(った|りました|って|ること)|(うち|家|自宅)で(預か|あずか|引き取|ひきと)|"
                     r"\bi (left|ran away from|got away from) (him|her|them|home|the house)\b|\bgot away\b|"
                     r"\b(at|in) (a|the|my) (friend'?s|parents'?|sister'?s|brother'?s|shelter|refuge|hotel)\b|\btook (her|him|them) in\b", re.I)


def refuge(text: str) -> bool:
    return bool(_REFUGE.search(text))


# Harm done to the resident by a person: staying somewhere else tonight (「とりあえず今晩は実家にいます」「姉のところに泊めて
# もらってます」) is being away from it — not after a fall or a fire, where 「母の家にいます」 is where the danger is, nor
# when someone else is harmed (a grandmother's house may be where the abuse is).
HARM_BY_A_PERSON = frozenset({"violence-now-partner", "violence-now-family", "stalking-threat", "sexual-violence"})
_STAYING = re.compile(r"(実家|じっか|友達|ともだち|友人|知人|親戚|しんせき|姉|兄|妹|弟|祖母|祖父|おば|おじ|シェルター|ホテル|施設)"
                      r"(の(家|いえ|うち|ところ|とこ|部屋|アパート))?(に|で)(い(ます|る|て)|居(ます|る)|泊(ま|め)|とま|とめ|"
                      r"来て(い)?ます|きて(い)?ます|避難|ひなん|身を寄せ|かくま)")


# …or the person who harmed is not there now (「夫は仕事で家にいません」「いま おっと は しごと」「彼は出かけました」
# "He's at work now"): the harm is away, not over.
_GONE = re.compile(r"(家|いえ|うち|部屋|へや)に(は)?(い|居)(ない|ません|なくて)|(仕事|しごと|出張|しゅっちょう)(に(行|い)っ(た|て(る|い|ま))|中|です|だよ?[。、,.]|[。、,.]|$)|"
                   r"(出|で)かけ(た|ました|てる|ています|て(い)?ます)|(出掛|外出|がいしゅつ)(した|しました|して|中)|"
                   r"(出|で)て(行|い)(きました|った)|寝(ました|た(?!きり)|てます|ています|てる)(?!か)|"
                   r"\b(he|she|they)('s| is|'re| are) (at work|out|away|not (at )?home|not here)\b|"
                   r"\b(he|she|they) (left|went out|went to work)\b", re.I)


def away_from_harm(text: str, situations: list[str]) -> bool:
    """After harm by a person, the resident says where they are staying away from it, or that the person who harmed is
    not there now."""
    t = re.sub(r"(?<=[\u3041-\u30ff\u4e00-\u9fff])\s+(?=[\u3041-\u30ff\u4e00-\u9fff])", "", text)  # いま おっと は しごと
    return bool(HARM_BY_A_PERSON & set(situations)) and bool(_STAYING.search(t) or _GONE.search(t)) and \
        not _NOT_SAFE.search(t) and not re.search(r"(たい|ようか|べきか|迷|帰って(く|来)る|もうすぐ|戻って(く|来)る)", t)


# The weight eased, told after an alarm (「少しだけ楽になったかも」「話して安心しました」 "I feel a bit better"): the danger
# winds down as one just past — not 「楽になりたい」 (a wish to be relieved is no relief, it may be the danger itself).
_EASED = re.compile(r"(楽|らく)に(なっ|なりまし|なれ(た|まし))|(気持ち|きもち|気|心|こころ)が?.{0,4}(軽|かる)くな(っ|りまし)|"
                    r"(安心|あんしん)(し(た|まし)|でき(た|まし))|ほっと(し(た|まし)|でき)|"
                    # told short (「聞いてもらえただけで少し楽。」「ちょっとだけ元気出た」), not 「楽しい」 nor a wish
                    r"(少し|すこし|ちょっと|ちょっぴり|だいぶ|大分|かなり|気が|きもちが|気持ちが)(だけ)?(は|でも)?(楽|らく)(?!し|に)|"
                    r"(元気|げんき)(が|も)?(出|で)(た|ました|てき)|"
                    r"\b(i|i'?m|i am) (feel(ing)? )?(a (bit|little) |much |somewhat )?(better|calmer|relieved)\b", re.I)


def eased(text: str) -> bool:
    return bool(_EASED.search(text)) and not _NOT_SAFE.search(text)


_SENTENCE = re.compile(r"[^。．！!？?\n]+[。．！!？?\n]*")
# The concern a question names by 「〜のこと」 (「お金のことはどこに行けばいいんでしたっけ」 → お金).
_ABOUT = re.compile(r"(?P<c>[\u3041-\u30ff\u4e00-\u9fff]{2,8}?)(のこと|の件|の話|のほう|の方)(は|が|で|って|を|も|、)")


def beside_relief(text: str) -> str:
    """The sentences of a message that are not relief told (「話したら少し落ち着きました。お金のことは…」: the question)."""
    return "".join(s for s in _SENTENCE.findall(text) if not (eased(s) or safe_now(s))).strip()


def concern_about(text: str) -> str | None:
    """The concern a question names by 「〜のこと」, or None."""
    m = _ABOUT.search(text)
    return re.sub(r"^(でも|あと|それと|、)+", "", m.group("c")) if m else None


# The one in danger calm now, told by who is with them (「いまは部屋で普通にゲームしてて、話しかけたら大丈夫って言ってました」
# "she says she's fine now"): the danger winds down to the quiet tier, the thread's counters for what comes next — not
# after harm by a person (the one who harms acting normal is no safety).
_CALM_NOW = re.compile(r"(普通|ふつう)に([^。、]{0,8}?(して|過ごし|すごし|寝て|遊|あそ|ゲーム|げーむ|食べ|たべ|話し|はなし)|し(て|てい|てる|ています|てます))|"
                       r"(大丈夫|だいじょうぶ|平気|へいき)(って|だと|と)(言|い)(って|い|う|わ)|"
                       r"(落ち着|おちつ)いて(寝|ね|眠|ねむ|過ご|すご)|(いつも|普段|ふだん)(通り|どおり)(に)?(して|過ごし|すごし)|"
                       r"\b(she|he|they)('s| is|'re| are) (acting|behaving) (normal|normally|fine)\b|"
                       r"\b(she|he|they) says? (she|he|they)('s| is|'re| are) (fine|okay|ok|all right)\b", re.I)


def calm_told(text: str, situations: list[str]) -> bool:
    """「普通にしてて、大丈夫って言ってました」: the one in danger calm now, told by another (not after harm by a person)."""
    return bool(_CALM_NOW.search(text)) and not _NOT_SAFE.search(text) and not HARM_BY_A_PERSON & set(situations)


# A next step of the resident's own told after an alarm (「明日ケアマネさんに電話してみます」「包括に相談してみる」): the
# danger winds down to the quiet tier, what the words find (or the thread's counters) for that step.
_NEXT_STEP = re.compile(r"(電話|でんわ|連絡|れんらく|相談|そうだん|話|はな)(して|し)(み(ます|る|よう)|(ます|よう)(?!か))|"
                        r"(行|い)って(み(ます|る|よう))|\bi('ll| will) (call|phone|contact|talk to|go to)\b", re.I)


_BUT = re.compile(r"けど|けれど|でも|だが|しかし|(?<!(私|僕|俺|分))が[、,]|\bbut\b|\bstill\b", re.I)


def relief_told(text: str) -> bool:
    """Relief told short, in a thread or after distress (「聞いてもらえて少し楽になりました」 "I feel a bit better now"): no
    question, no contrast (「楽になったけど眠れない」) — a kind word, no cards again (core/listening.py)."""
    t = text.strip()
    return eased(t) and len(t) <= 40 and not QUESTION.search(t) and not _BUT.search(t)


# The emergency is being handled: at the hospital, taken there by ambulance, admitted, being treated.
_HOSPITAL = re.compile(r"(病院|びょういん|救急外来|集中治療室|ICU)(に|で)(い|居)(ます|る|て)|(病院|びょういん)に(着|つ)(き|い)|"
                       r"(救急車|きゅうきゅうしゃ|救急隊|ドクターヘリ)で.{0,8}(運|はこ)ばれ|(病院|びょういん)に?(運|はこ)ばれ|"
                       r"(運|はこ)ばれて(い|行)?(った|きました)|"
                       r"(搬送|はんそう)(され|しました|した)|(入院|にゅういん)(しました|した|して|中|になり|になった|することに|が決ま)|"
                       r"(処置|治療|手当て?|診察|検査)を?(受けて|してもらって|中)|(医者|医師|先生)に(診|み)てもら(って|い|った)|"
                       r"\b(at|in) (the )?hospital\b|taken to (the )?hospital|admitted to|"
                       r"(doctors?|paramedics|nurses?) (are|is) (treating|seeing|looking after|with) (him|her|them|me)", re.I)
# …not when it is not so yet (「まだ病院に着かない」「病院に行けない」 "not at the hospital yet").
_NOT_THERE = re.compile(r"(着|つ)(か(ない|ず|なく)|いて(い)?ない|いていません|きません)|(行|い)け(ない|ず|ません)|"
                        r"まだ.{0,4}(病院|びょういん)|(入院|にゅういん)(しない|でき|させ|を?断|を?拒)|どこの病院|"
                        r"病院(は|が)(どこ|見つから)|not (at|in) (the )?hospital|not yet|\b(haven'?t|hasn'?t|didn'?t|can'?t)\b",
                        re.I)


# The danger's own help named (「警察って呼んでいいの？家族なのに」): a question about the alarm, not a new concern.
_HELP = re.compile(r"警察|けいさつ|110|119|救急|きゅうきゅう|消防|しょうぼう|通報|つうほう|パトカー|"
                   r"\b(police|ambulance|fire (brigade|department)|emergency|911|999)\b", re.I)


# The danger heard is not what the resident meant, and they say what they did mean (「いや死ぬとかじゃなくて、カードの支払いが
# もう無理ってことです」「そういう意味じゃなくて家賃が…」 "I don't mean suicide, I mean my debts"): the concern is routed.
_NOT_MEANT = re.compile(r"(死|し)(ぬ|に(たい)?)|命|いのち|自殺|じさつ|消え|きえ|そういう(意味|いみ|こと|話|はなし)|"
                        r"(危|あぶ)ない|暴力|(殴|なぐ)|事件|ケガ|怪我|"
                        # the alarm's own help denied as what is wanted (「いや、通報とかじゃなくて、施設に文句を言いたいだけ」)
                        r"通報|つうほう|通告|つうこく|警察|けいさつ|おおごと|大ごと|大事に")
_DENIED = re.compile(r"(とか|って|の|という|っていう)?(話|はなし|意味|いみ|こと)?(じゃ|では)(なくて|なく|ないです|ありません)")
_DENIED_EN = re.compile(r"\b(i )?(don'?t|do not|didn'?t) mean\b|\bnot (about )?(suicide|dying|killing)\b|\bnot like that\b",
                        re.I)


def not_meant(text: str) -> bool:
    """「いや命とかじゃなくて…」: the danger denied as what the resident meant, something else said instead."""
    for m in _DENIED.finditer(text):
        if _NOT_MEANT.search(text[max(0, m.start() - 12):m.start() + 1]):
            return True
    return bool(_DENIED_EN.search(text))


def at_hospital(text: str) -> bool:
    """「今は病院にいます」「救急車で運ばれました」「入院しました」 "We're at the hospital": being handled."""
    return bool(_HOSPITAL.search(text)) and not _NOT_THERE.search(text)


# Help has come (「救急車来ました」「警察が来てくれた」): someone may still be in danger — no 「よかったです」.
_HELP_CAME = re.compile(_HELP_ARRIVED + r"|\b(ambulance|paramedics|police)\b.{0,20}\b(came|arrived|here)\b", re.I)


def helped(text: str) -> bool:
    """「救急車来ました」「警察が来てくれた」 "the ambulance is here": help has come."""
    return bool(_HELP_CAME.search(text)) and not _NOT_SAFE.search(text)


def over_words(text: str, lines: list[EmergencyLine], lang: str) -> str:
    """What is said when an alarm ends: help has come — a kind, neutral word (救急隊に任せて); else 「よかったです」
    with the alarm's lines named again in one short line (no number is above it in this reply)."""
    if _HELP_CAME.search(text):
        return say("alarm_help_came", lang)
    named = (" or " if lang == "en" else " や ").join(f"{shown_name(x, lang)} {x.number}" for x in lines[:2])
    return say("alarm_over", lang, lines=named or ("119 or 110" if lang == "en" else "119 や 110"))


def names_counter(text: str, entry: dict[str, object]) -> bool:
    """The message names the counter by its name or an alias (three characters at least)."""
    said = text.lower()
    names = (entry.get("name") or "", *(entry.get("aliases") or ()))  # type: ignore[misc]
    return any(isinstance(n, str) and len(n) >= 3 and n.lower() in said for n in names)


class Alarm(Menu):
    """The turns of a conversation while an alarm stands; core/listening.py's `Listening` builds on it."""

    router: Router  # set by Dialogue
    last_result: RouteResult | None  # the routing of the last typed message (Dialogue)

    def _during_alarm(self, state: State, text: str, res: RouteResult, talk: str | None, asks: bool,
                      now: dt.datetime | None) -> tuple[bool, Reply | None]:
        """A message while the alarm stands and the screen raises none: (True, the reply) when the alarm decides the
        turn — a reply of None routes the message as a new question —, (False, None) when the thread goes on."""
        lang, thread = state.lang, bool(state.shown)
        asked = bool(res.results) and res.clarify is None and bool(QUESTION.search(text.strip()))
        if at_hospital(text):  # 「今は病院にいます」: the emergency is being handled (「入院しました。費用は？」 is routed)
            state.alarm = [] if asked else state.alarm
            return True, None if asked else self._aftercare(state, res, now)
        away = away_from_harm(text, state.alarm[1:])  # 「とりあえず今晩は実家にいます」 after a blow
        if safe_now(text) or eased(text) or away or sign_gone(text, state.alarm[1:]):  # 「いまは危なくないです」「血は止まりました」
            over = over_words(text, self._alarm_lines(state) if state.alarm else [], lang)
            state.alarm = []
            answer = self._asked_past(state, text, over, now) if QUESTION.search(text.strip()) else None
            if answer is not None:  # 「話したら少し落ち着きました。お金のことはどこでしたっけ」: the question, in the quiet tier
                self._past(res)
                return True, answer
            if res.results and QUESTION.search(text.strip()):
                return True, None  # 「無事でした。でもしばらく家に住めなくて、頼れるところは？」: the new question is routed
            self._past(res)  # the danger just passed: the quiet tier, not none
            # Away from the person who harmed (「実家に逃げてきました」「母はうちで引き取りました」): the harm is not over, only
            # away — the thread's counters again for what comes next. A danger that ended (見つかりました, 落ち着きました,
            # 救急車来ました) needs no cards repeated.
            ids = self._next_step(state) if refuge(text) or away else []
            if not ids:
                return True, Reply(over, options=self._tail(lang, person=True) if thread
                                   else self._who_options(lang), lang=lang, urgency="soft")
            return True, self._soft_cards(state, ids, over + "\n" + say("alarm_next", lang), now)
        if calm_told(text, state.alarm[1:]) and not QUESTION.search(text.strip()):  # 「普通にしてて、大丈夫って言ってました」
            state.alarm = []
            self._past(res)
            return True, self._soft_cards(state, self._next_step(state), say("told_more", lang), now)
        if talk is None and _NEXT_STEP.search(text) and not QUESTION.search(text.strip()):  # 「明日ケアマネに電話してみます」
            state.alarm = []
            self._past(res)
            ids = [e["id"] for e in guard([r.entry for r in res.results], text)][:MAX_CARDS] if self.answerable(
                res, state.shown) else self._next_step(state)
            return True, self._soft_cards(state, ids, say("alarm_next", lang), now)
        if followup.language(text):  # "anyone who speaks English on those numbers?": about the lines, the alarm kept
            return True, self._still_alarm(state, "alarm_language")
        if talk == smalltalk.DONT_KNOW:  # 「うーん」「わからない」: a kind word, the lines kept — not 「大丈夫です」 and the menu
            return True, self._still_alarm(state, "alarm_wait")
        if talk is None and res.other_business is None and not asks:
            # A new concern the bot can answer (「家賃が払えなくなりそうです」) is routed, the lines beside it; anything else
            # has no concern of its own: the danger is still the thread.
            return True, None if self.answerable(res, state.shown) else self._still_alarm(state)
        return False, None

    def _asked_past(self, state: State, text: str, over: str, now: dt.datetime | None) -> Reply | None:
        """Relief told with a question in a sentence of its own: the question routed alone (its concern alone when it
        names one by 「〜のこと」 and is vague otherwise), answered in the soft tier — a danger just past; None when the
        question alone finds nothing clear (the whole message is routed)."""
        rest = beside_relief(text)
        if not rest or rest == text.strip():
            return None
        asked = self.router.route(rest)
        if asked.crisis is None and (not asked.results or asked.clarify is not None) and (about := concern_about(rest)):
            asked = self.router.route(about)
        if asked.crisis is not None or not asked.results or asked.clarify is not None:
            return None
        ids = [e["id"] for e in guard([r.entry for r in asked.results], rest)][:MAX_CARDS]
        return self._soft_cards(state, ids, over + "\n" + say("these_counters", state.lang), now) if ids else None

    def answerable(self, res: RouteResult, shown: list[str]) -> bool:
        """A calm message the router answers on its own with a clear leader that is not an all-round counter
        (「家賃が払えなくなりそうです」 8.9; not 「救急車が来るまで何をすればいい」 5.0, 「近所の人が見てくれてます」 4.5),
        naming none of the danger's own help (「警察って呼んでいいの？家族なのに」 7.4 is about the alarm), whose leader is
        not a counter the alarm already shows (「夫がお金を渡してくれない」 after a blow: DV相談, the same thread)."""
        general = self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", [])
        corrected = not_meant(res.query)  # 「いや命とかじゃなくて、借金が…」: what they meant, even in distress, a weaker leader
        # A counter named (「民生委員さんに連絡したほうがいいですか」 after a neighbour not seen): its card beside the lines.
        named = bool(res.results) and names_counter(res.query, res.results[0].entry)
        return (res.crisis is None and (res.urgency == "none" or corrected or alone(res.query)) and bool(res.results)
                and res.clarify is None
                and (corrected or not _HELP.search(res.query)) and not cannot_call(res.query)
                and res.other_business is None and (res.top_score >= CLEAR_LEADER or corrected or named)
                and (res.results[0].entry["id"] not in general or named) and res.results[0].entry["id"] not in shown)

    def _aftercare(self, state: State, res: RouteResult, now: dt.datetime | None) -> Reply:
        """At the hospital after an alarm: the alarm wound down kindly (the turn soft, a danger just past) and the next
        step — the thread's counters, else 地域包括支援センター and the all-round counter for the care after."""
        lang = state.lang
        state.alarm = []
        self._past(res)
        ids = [i for i in state.shown if i in self.kb.entries][:2] or [
            i for i in (AFTERCARE, *self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", [])[:1]) if i in self.kb.entries]
        return self._soft_cards(state, ids, say("alarm_hospital", lang), now)

    def _soft_cards(self, state: State, ids: list[str], text: str, now: dt.datetime | None) -> Reply:
        """A danger just past, in the soft tier: these counters answered (the thread goes on from them), or none."""
        lang = state.lang
        if ids:
            state.shown, state.counter, state.picked, state.step = ids, ids[0], None, "answered"
        return Reply(text + "\n" + say("feedback_ask", lang), cards=self._cards(ids, now, lang),
                     options=self._answered(lang) if ids else self._tail(lang, person=True), lang=lang, urgency="soft")

    def _next_step(self, state: State) -> list[str]:
        """The thread's counters for what comes after a danger now past (DV相談 after 「実家に逃げてきました」, 高齢者虐待の
        窓口 after 「母はうちで引き取りました」): its own counters before the all-round ones, up to three."""
        general = set(self.kb.topics.get(ALL_ROUND_TOPIC, {}).get("counters", []))
        shown = [i for i in state.shown if i in self.kb.entries]
        return sorted(shown, key=lambda i: i in general)[:MAX_CARDS]

    def _alarm_lines(self, state: State) -> list[EmergencyLine]:
        """The lines of the alarm the state remembers (its urgency, then its situations)."""
        urgency, *situations = state.alarm
        return [self._line(x) for x in self.router.emergency_lines(Screen(urgency, tuple(situations)))]

    def _still_alarm(self, state: State, key: str = "alarm_still") -> Reply:
        """After an alarm, a message the bot cannot answer (「119した」, 「もう柵のそとにいる」, a place): the same
        lines again at the same urgency, and the counters still shown; hesitation (「うーん」) gets a kinder word."""
        return Reply(say(key, state.lang), emergency=self._alarm_lines(state),
                     cards=self._cards(state.shown, None, state.lang), options=self._tail(state.lang, person=True),
                     lang=state.lang, urgency=state.alarm[0])

    def _past(self, res: RouteResult) -> None:
        """An alarm the resident says is over (「見つかりました」「いまは安全です」): the turn is in the soft tier, a
        danger just past, neither the alarm nor nothing (what the turn reports and the demand counts)."""
        if res.crisis is None:
            self.last_result = self._as_soft(res)

    def _as_soft(self, res: RouteResult) -> RouteResult:
        """The result heard in the soft tier, with the soft tier's quiet line."""
        return replace(res, safety=SOFT, emergency=self.router.emergency_lines(SOFT))
