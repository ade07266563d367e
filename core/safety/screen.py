"""The safety screen: runs before anything else and decides the urgency of a message.

urgency: "emergency" (call 119/110 now), "crisis" (a crisis line today), "soft" (no alarm; one quiet 24-hour
line and a gentle question back) or "none". Each sentence is read on its own, so a crisis told in the middle
of a form question is caught, and a training course or a story from years ago in another sentence does not
hide it. A cue in a sentence that is about a course, a policy, a film, insurance or the past, or that is
plainly hyperbole (死ぬほど忙しい), lowers that cue to soft or none — never a person's own present words.
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .cues import CHILD, CUES, ELDER, PARTNER, Cue
from .frames import Frame, frames
from .normalize import Message, Sentence, fold, read, sentence_reading, with_readings

EMERGENCY_SITUATIONS = frozenset({
    "not-breathing-or-unconscious", "stroke-signs", "heavy-bleeding", "choking", "heatstroke", "elderly-fallen",
    "seizure", "drowning", "overdose", "fire", "gas-or-co", "violence-now-partner", "violence-now-family",
    "confinement", "missing-person-dementia", "missing-child"})
# Most urgent first: the order of the lines a resident sees.
PRIORITY = (
    "suicide-imminent", "not-breathing-or-unconscious", "fire", "gas-or-co", "drowning", "choking", "heavy-bleeding",
    "overdose", "stroke-signs", "seizure", "heatstroke", "elderly-fallen", "violence-now-partner",
    "violence-now-family", "sexual-violence", "confinement", "stalking-threat", "missing-child",
    "missing-person-dementia", "child-abuse", "elder-abuse-injury", "disabled-abuse-injury",
    "suicide-plan-or-attempt", "suicide-thoughts", "self-harm", "caregiver-may-harm", "no-food-or-shelter-in-cold",
    "soft")

# Hyperbole and objects: spans removed before any cue is looked for.
_HYPERBOLE = re.compile(fold(
    r"死ぬほど|死ぬかと思|死にそうな(くらい|ほど)|死ぬ気で|死ぬまでに|死ぬ前に(一度|いちど)|死ぬほどひま|"
    r"(スマホ|携帯|けいたい|パソコン|pc|バッテリー|電池|充電|車|エンジン|テレビ|冷蔵庫|洗濯機|エアコン|ゲーム|キャラ|アカウント|株|電球|プリンター|ルーター|wifi)(が|は|も)?.{0,4}(死|しん|壊|息|止ま|動かな)|"
    r"(犬|いぬ|猫|ねこ|金魚|きんぎょ|めだか|ペット|インコ|ハムスター|うさぎ|カブトムシ|虫|鳥|亀|かめ|魚|植物|観葉植物|花)(が|は|も|を)?.{0,12}(死|しん|息|動かな|倒れ|いなくな|見つから|帰って|戻ら|迷子|行方|起きな|起きません|目を覚まさ|反応)|"
    r"殺す気か|死ね(よ|って)?(笑|w)|笑$|"
    r"(死に|倒れ|窒息し|溺れ|燃え|殺され)そう(な|に|で)?(くらい|ほど|ぐらい)|(埋もれ|うもれ)(て|た).{0,4}(窒息|溺れ|死)|"
    r"(締め切り|締切|しめきり|仕事|宿題|課題|残業|書類|忙しさ|暑さ|寒さ|年度末)(に|で)(殺され|死|溺れ|窒息)|"
    r"(木|電柱|塀|看板|空き家|ブロック塀|棚|本棚|家具)(が|は|も)?.{0,6}倒れ|(殺され|止まる|死ぬ|倒れる|燃える)かと思|殺したくなるくらい|冗談"))
_HYPERBOLE_EN = re.compile(
    r"((laptop|phone|computer|pc|car|engine|battery|printer|tv)('?s)? (is |was |keeps )?(dying|dead|overheating|hot|burning hot)|drowning in (debt|work|paperwork|loans|bills|student)|"
    r"killing me|is killing|killer|dying (to|for)|dead tired|to die for|kill(ing)? time|bored to death|"
    r"(phone|battery|laptop|car|computer|engine|plant|fish|hamster|dog|cat|pet)('?s)? (has |have |just )?(died|is dead|dead|passed away|missing)|"
    r"scared to death|(died|dead) (of|from) (laughing|embarrassment)|\blol\b|\blmao\b|fired from)")
# A sentence about a course, a policy, a story or a form, not a person's situation now.
_INFO = re.compile(fold(
    r"(通報|通告)(って|は|を|する(の|こと)?)?.{0,12}(できます|できる|いい|すれば|方法|仕方|先|匿名)|研修|講座|講演|講習|とれーにんぐ|対策|予防|防止|啓発|せみなー|勉強会|養成|訓練|統計|資料|れぽーと|論文|映画|ドラマ|小説|"
    r"ニュース|漫画|まんが|アニメ|ゲームで|歌詞|保険|(警報器|報知器)の(交換|設置|点検|購入|補助|義務|電池|選び)|点検|交換時期|設置|補助|助成|寄付|募集|"
    r"遺族|里親|説明会|殺処分|譲渡|ボランティア(を|に|が|として|したい|活動|募集)|炊き出し|参加したい|参加できる|申し込み|申込|"
    r"登録(したい|して|方法|できる)|ポスター|パネル展|ちらし|キャンペーン|防犯|防災|避難訓練|消防団|消火器|救命|AED|心肺蘇生|"
    r"#7119|7119|献体|飲み合わせ|飲み忘れ|薬剤師|処方(箋|せん)|費用|いくら(か|です|かか|くらい|ぐらい|ほど|必要|[?？])|料金|#8000|見守り(活動|協定|ネットワーク)|協定|話の聴き方|接し方|関わり方|通報の仕方|通報方法|"
    r"相談するには|どこに相談(すれば|したら|できる)|相談できる(ところ|所|窓口)|相談(できますか|してもいいですか|していいですか)|(友達|友人|知人)として|何ができる(か|でしょう)|気になり(ます)?$|気になる$|朝ドラ|ドキュメンタリー|特集|番組|記事で|本で読|"
    r"って(あります|ある[?？]|なん(でしたっけ|だっけ)|どこ|何時まで|いつまで|どうなって)|(どこで|どこに)[^。]{0,14}(見られ|受けられ|もらえ|できます|あります)|相談され|教えてほしい|知りたい|とは(何|なん)|について(?!(こ|き|く|け|来))|どんな(制度|支援)"))
_INFO_EN = re.compile(
    r"(information|support services|where can i (find|get|talk)|confidential|training|course|seminar|lecture|workshop|prevention|awareness|insurance|drill|volunteer|donat|statistics|"
    r"research|report|movie|film|novel|news|documentary|policy|how (do|can|should) (i|we|you) (report|help)|"
    r"in general|registration|first aid|cpr|extinguisher|smoke alarm|fire alarm|certificate|paperwork|just asking|"
    r"do i need to|install|writing a (novel|story|book|script)|history of|is there (a|an|any) (local )?(service|program|course|class|history))")
_HYPOTHETICAL = re.compile(fold(
    r"(^|[、。\s])もし|もしも|場合|迷っ|迷う|(?<!どうし)(?<!どないし)(?<!どし)(?<!どうなっ)(た|だ)ら(ば)?[^。]{0,24}(どう(す|し|やっ|な)|どこ(に|へ|で|か)|(何|なに)(を|が|す|し|か)|誰(に|か)|(いい|ええ|よい|良い)(の|です|でしょう|か|ん|[?？]|$)|べき|ですか|ますか|でしょうか|[?？])|(た|だ)ら(ば)?[^。]{0,16}(ことも|ことがある|と聞|って聞|らしい|危ない|危険)|ために|一般的|一般論|ときは|時は|ないように(?!(見え|みえ|思え|感じ|聞こえ))|ないよう(気を|注意|心が)|ように(する|したい|気をつけ|注意)|ための|対処|方法(を|は|が)|仕方|やり方|"
    r"たら(どう|どこ|何|なに|誰)|迷ったら|迷う時|かもしれない時|備え|心配なので|(る|う|く|す|つ|ぬ|む|ぶ|ぐ|ない)ことが(ある|あります|あって|あり)|(た|だ)(あと|後)(が|の|は)(心配|不安|どう)|万が一|万一|念のため|念の為"))
_HYPOTHETICAL_EN = re.compile(
    r"\b(in case|what (should (i|we)|to) do (if|when)|how to|how do (i|we)|when (someone|somebody|a person)|"
    r"if (someone|somebody|anyone|a person|people)|i want to (know|learn)|prevent|in general)\b")
_PAST = re.compile(fold(
    r"昔|(^|[、。\s])むかし|後遺症|りはびり(中|に通|を受|で)|(小さい|幼い|小学生の|中学生の)(頃|ころ)|幼少期|以前|かつて|過去(の|に)|のころ|半年前|[か|ヶ|カ|ケ]月前|週間前|若い頃|若いころ|学生の頃|学生時代|子どもの頃|子供の頃|\d+年前|数年前|何年も前|去年|昨年|当時|"
    r"前に(一度|いちど)|(た|だ)ことがあ(る|り)|経験があ|経験した|今は(大丈夫|落ち着|元気|安全|離れ|離婚|平気|回復|問題)|"
    r"いまは(大丈夫|落ち着|元気)|もう大丈夫|だいぶ(落ち着|良く)|乗り越え|克服|亡くな|亡くし|命日|退院|治った|完治"))
_SETTLED = re.compile(fold(
    r"(今は|いまは|現在は|もう)(すっかり|だいぶ|かなり|もう)?(大丈夫|落ち着|元気|安全|離れ|離婚|平気|回復|問題|安定|幸せ|まったく|全く|して(い)?ない|働い|大学|退院)|"
    r"(治療|通院)(で|を続け).{0,10}(回復|安定)|抜け出し|乗り越え|克服|時期があ|鎮火|(叩かれ|殴られ|怒鳴られ|虐待され)(て)?育(った|ち)|(発作|症状|再発)(は|が|も)?(ない|ありません|出ていません|起きていません)|"
    r"(\d+|何|数)(か月|ヶ月|カ月|年|週間)(も)?(経|た)(つ|った|ちます)|(今も|いまも).{0,10}(怖|こわ|苦手|トラウマ)|(た|だ)ことがあ(る|り)"))
_PAST_EN = re.compile(r"\b(used to|years ago|in the past|last year|when i was|once (tried|attempted)|i'?m (ok|okay|fine|safe) now|recovered)\b")
_PRESENT = re.compile(fold(
    r"今(?!は)|(^|[、。\s])いま(?!は)|いま(すぐ|から|も|、)|さっき|先ほど|さきほど|今夜|今晩|今日|きょう|たった今|現在|今すぐ|いますぐ|助けて|たすけて|毎晩|毎日|また|"
    r"ずっと|今も|まだ|今朝|昨夜|ゆうべ|昨日の夜|夕方から|朝から|これから|今から|明日"))
# Words that put a sentence in the present strongly enough to outweigh "a course", "if" or "how to".
_NOW = re.compile(fold(
    r"今(?!は|も.{0,10}(怖|こわ|苦手|トラウマ|思い出|覚え))|(^|[、。\s])いま(?!は|も.{0,10}(怖|こわ|苦手|トラウマ|思い出|覚え))|いま(すぐ|から|、)|"
    r"さっき|先ほど|今夜|今晩|たった今|今すぐ|助けて|たすけて|これから|今から|もう決め|つもり(です|だ|や|。|$)"))
_NOW_EN = re.compile(r"\b(right now|tonight|just now|currently|at the moment|help me|please help|hurry)\b")
_PRESENT_EN = re.compile(r"\b(now|right now|tonight|today|just|currently|still|again|keep|keeps|this morning|help)\b")
_IMMINENT = re.compile(fold(
    r"今夜|今晩|今日|今から|いまから|これから|今すぐ|明日|週末|さようなら|さよなら|最後|遺書|練炭|ロープ|屋上|線路|"
    r"飛び降り|飛び込|首を(吊|つ)|首吊り|首つり|くびつり|睡眠薬|薬を(貯|ため|集)|刃物|包丁|今(まさに|、)"))
_IMMINENT_EN = re.compile(r"\b(tonight|today|right now|now|rope|roof|bridge|pills|charcoal|note|goodbye|edge|jump)\b")
_IN_PROGRESS = re.compile(fold(
    r"(飲|のん)(だ|じゃった|でしまった|みました|んだ)|飲みました|焚い|たいて(い|る)|つけた|首を(吊|つ)ろうとして|"
    r"(屋上|橋|線路|崖|ベランダ)(に|の上|で).{0,10}(いま|今|います|立って|座って)|飛び降りた|切った|切りました|意識"))
_IN_PROGRESS_EN = re.compile(r"\b(took|swallowed|i'?m (on|at) the (roof|bridge|edge|ledge|tracks)|standing on|already)\b")
_NEGATED = re.compile(fold(
    r"(とか|わけ|訳)(じゃ|では)(ない|ありません|なく|なさ)|(た|だ)ことは(ない|ありません|なく)|(たり|りは|たりは)(は)?(しない|しません|してない|されない|されてない)|(たい|そう|ている|てる)(わけ|訳)(で|じゃ|では)(は)?(ない|ありません|なく)|とは思(って|わ)(い)?(ない|ません)|ではありません|"
    r"じゃないです|ではないです|ほど(じゃ|では)(ない|なく|ありません)|(暴力|危険|命の危険|緊急)(は|では)(ない|ありません)|心配(は|い)(ない|りません)|大丈夫です|(けん|けえ|から|ので|し)大丈夫(?!じゃ|で(は)?な|か|[?？]|って)"))
_NEGATED_EN = re.compile(r"\bnot (thinking (of|about)|planning (on|to)|going to) (hurt|harm|kill)|\b(never|has never|hasn'?t ever|doesn'?t) (hurt|hit|touched)|\b(not|never|don'?t|no) (suicidal|in danger|going to hurt)|\bnot an emergency\b")
_JOKE = re.compile(r"[（(]笑[)）]|笑$|(?<![をがはもで])笑(?![っいわえ顔うおみ])|w{2,}$|冗談|じょうだん|かと思(いました|った)")
# "Not funny", "no joke": the resident takes back the joke.
_NOT_JOKE = re.compile(r"(笑|わら)えな|笑い事じゃ|冗談(じゃな|抜き|ぬき|ではな)|まじで|マジで|ガチで|no joke|not funny|not joking|seriously")
_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|\"[^\"]*\"")
# A threat to the resident, or someone saying they will die (「今から死ぬ」と出て行った): kept as the sentence's words.
_THREAT_QUOTE = re.compile(fold(
    r"殺|死んでやる|刺す|ころす|燃やす|ぶっ|死ぬ|死にます|死にたい|しぬ|しにたい|消える|消えたい|飛び降り|今夜行く|今から行く|"
    # a witness reporting what a person says of their body or pleads (「頭が割れるように痛い」, 「ごめんなさい」, 「誰か〜」)
    r"痛|いたい|苦し|くるし|助けて|たすけて|誰か|だれか|暑|ごめんなさい|やめて|見つけた|会いに|今までありがとう|もう会えな|さよなら|さようなら|"
    r"生き|消え|いなくな|終わり|楽にな|知って|知っと|覚えて|ただじゃ|後悔させ|知らない(ぞ|から)"))
# A sentence that only hedges the whole message (念のため): every sentence is a "what if".
_HEDGE = re.compile(fold(r"(念のため|念の為|一応)(です|に|で|ですが)?[。.!！?？\s]*$"))


# A message that asks whether or where the writer may consult, with nothing said to happen now: a worried friend,
# neighbour or victim looking for a counter, not an emergency (abuse and violence only; never a body in danger).
_CONSULT = re.compile(fold(
    r"相談(でき|して(も)?いい|していい)(ます|る|ん)?(か|でしょうか)|どこ(に|へ|を)(相談|紹介)(すれば|したら|できる)|相談できる(ところ|所|窓口|場所)"))
_CONSULT_EN = re.compile(r"\bwhere (can|could|do|should) i (talk|go|find|get|report|turn)|\bcan i (talk|speak) to someone")
_CONSULTED = frozenset({"violence-now", "stalking-threat", "child-abuse", "elder-abuse-injury", "disabled-abuse-injury"})


@dataclass(frozen=True)
class Screen:
    """The urgency of one message and the situations found, most urgent first."""

    urgency: str                       # "emergency" | "crisis" | "soft" | "none"
    situations: tuple[str, ...] = ()

    @property
    def alarm(self) -> bool:
        return self.urgency in ("emergency", "crisis")


NONE = Screen("none")


_Phrase = tuple[frozenset[str] | None, re.Pattern[str]]
_ANCHOR = 3          # anchors are cut to their first three characters
_SHORT = 12          # a sentence this short is always read by Sudachi (市にたい has no anchor but its reading)
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _firsts(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a match of a parsed pattern can start with (None: any), and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width
        if name == "LITERAL":
            return out | {chr(av)}, False
        if name == "IN":
            if any(str(o) != "LITERAL" for o, _ in av):
                return None, False
            return out | {chr(a) for _, a in av}, False
        if name == "BRANCH":
            nullable = False
            for branch in av[1]:
                f, n = _firsts(branch)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            if not nullable:
                return out, False
            continue
        if name == "SUBPATTERN":
            f, n = _firsts(av[-1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            f, n = _firsts(av[2])
            n = n or av[0] == 0
        else:
            return None, False
        if f is None:
            return None, False
        out |= f
        if not n:
            return out, False
    return out, True



def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string one parsed element can match, when they are few and literal (None otherwise)."""
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}
    if name in _ZERO_WIDTH:
        return {""}
    if name == "IN":
        if len(av) > 24 or any(str(o) != "LITERAL" for o, _ in av):
            return None
        return {chr(a) for _, a in av}
    if name == "SUBPATTERN":
        return _exact_seq(av[-1])
    if name == "BRANCH":
        out: set[str] = set()
        for branch in av[1]:
            e = _exact_seq(branch)
            if e is None:
                return None
            out |= e
        return out if len(out) <= 256 else None
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] <= 1:
        e = _exact_seq(av[2])
        if e is None:
            return None
        return e | {""} if av[0] == 0 else e
    return None


def _exact_seq(items: Any) -> set[str] | None:
    run = {""}
    for op, av in items:
        e = _exact(op, av)
        if e is None:
            return None
        run = {a + b for a in run for b in e}
        if len(run) > 256:
            return None
    return run


def _required(items: Any) -> set[str] | None:
    """Strings of which every match of a parsed pattern contains one (None when none can be named)."""
    found: list[set[str]] = []
    run: set[str] | None = {""}

    def close() -> None:
        if run and "" not in run:
            found.append(run)

    for op, av in items:
        name = str(op)
        e = _exact(op, av)
        if e is not None and run is not None:
            nxt = {a + b for a in run for b in e}
            if len(nxt) <= 256:
                run = nxt
                continue
        close()
        run = e if e is not None else {""}
        if e is None:
            req: set[str] | None = None
            if name == "SUBPATTERN":
                req = _required(av[-1])
            elif name == "BRANCH":
                req = set()
                for branch in av[1]:
                    r = _required(branch)
                    if r is None:
                        req = None
                        break
                    req |= r
            elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
                req = _required(av[2])
            if req:
                found.append(req)
    close()
    if not found:
        return None
    # The most selective: the longest shortest string, then the fewest strings.
    best = max(found, key=lambda f: (min(len(x) for x in f), -len(f)))
    return {x[:_ANCHOR] for x in best}


def _phrase(pattern: str) -> _Phrase:
    """A compiled phrase with the strings one of which any match contains (its anchors): a sentence without
    them is not searched. Falls back to the characters a match can start with."""
    parsed = sre_parse.parse(pattern)
    anchors = _required(parsed)
    if anchors is None:
        f, nullable = _firsts(parsed)
        anchors = None if f is None or nullable else f
    return (None if anchors is None else frozenset(anchors)), re.compile(pattern, re.M)


class _Index:
    """Phrases by their anchors: a sentence is searched only with the phrases whose anchor it contains (a few
    dozen of some eight hundred). One pattern may serve several rules (the same words in two situations)."""

    def __init__(self, per_rule: list[tuple[_Phrase, ...]]) -> None:
        ids: dict[re.Pattern[str], int] = {}
        rules: list[list[int]] = []
        anchored: dict[str, set[int]] = {}
        always: set[int] = set()
        for i, phrases in enumerate(per_rule):
            for f, p in phrases:
                k = ids.setdefault(p, len(ids))
                if k == len(rules):
                    rules.append([])
                if i not in rules[k]:
                    rules[k].append(i)
                if f is None:
                    always.add(k)
                else:
                    for a in f:
                        anchored.setdefault(a, set()).add(k)
        self.patterns = list(ids)
        self.rules = [tuple(r) for r in rules]
        self.by_anchor = {a: frozenset(ks) for a, ks in anchored.items()}
        self.always = frozenset(always)
        self.firsts = frozenset(a[0] for a in self.by_anchor)

    def anchored(self, text: str) -> bool:
        """Whether text holds any anchor at all."""
        keys, firsts = self.by_anchor, self.firsts
        for i, ch in enumerate(text):
            if ch in firsts:
                piece = text[i:i + 3]
                if piece in keys or piece[:2] in keys or ch in keys:
                    return True
        return False

    def _anchors_in(self, text: str) -> list[str]:
        """The anchors found in text (anchors are one to _ANCHOR = 3 characters long)."""
        keys, out = self.by_anchor, []
        for i, ch in enumerate(text):
            if ch in self.firsts:
                piece = text[i:i + 3]
                if piece in keys:
                    out.append(piece)
                if piece[:2] in keys:
                    out.append(piece[:2])
                if ch in keys:
                    out.append(ch)
        return out

    def hits(self, text: str, reading: str = "", starts: frozenset[int] = frozenset()) -> set[int]:
        """The rules with a phrase in text, or in the reading starting where a word starts."""
        todo = set(self.always)
        for t in (text, reading) if reading else (text,):
            for piece in self._anchors_in(t):
                todo |= self.by_anchor[piece]
        found: set[int] = set()
        for k in todo:
            rules = self.rules[k]
            if found.issuperset(rules):
                continue
            p = self.patterns[k]
            if p.search(text) is not None or reading and _at_word_start(p, reading, starts):
                found.update(rules)
        return found


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (split at | outside groups and classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class _Prefiltered:
    """A large context pattern searched only in a text that holds an anchor of one of its alternatives.

    Python's re tries every alternative at every position (20–40 µs a sentence for each of these patterns);
    the anchors of all of them are found in one scan of the text, and the pattern itself (with exactly its own
    meaning) runs only when one of its anchors is there."""

    registry: list[_Prefiltered] = []
    by_anchor: dict[str, set[int]] = {}
    firsts: set[str] = set()

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.full = compiled
        self.id = len(_Prefiltered.registry)
        _Prefiltered.registry.append(self)
        self.always = False
        for alt in _alternatives(compiled.pattern):
            try:
                parsed = sre_parse.parse(alt, compiled.flags)
            except re.error:
                self.always = True
                break
            anchors = _required(parsed)
            if anchors is None:
                f, nullable = _firsts(parsed)
                anchors = None if f is None or nullable else f
            if not anchors:
                self.always = True
                break
            for anchor in anchors:
                _Prefiltered.by_anchor.setdefault(anchor, set()).add(self.id)
                _Prefiltered.firsts.add(anchor[0])

    def search(self, text: str) -> re.Match[str] | None:
        if not self.always and self.id not in _context_anchors(text):
            return None
        return self.full.search(text)

    def sub(self, repl: str, text: str) -> str:
        if not self.always and self.id not in _context_anchors(text):
            return text
        return self.full.sub(repl, text)


@lru_cache(maxsize=1024)
def _context_anchors(text: str) -> frozenset[int]:
    """The context patterns with an anchor in text (one scan for all of them)."""
    keys, firsts, found = _Prefiltered.by_anchor, _Prefiltered.firsts, set()
    for i, ch in enumerate(text):
        if ch in firsts:
            piece = text[i:i + 3]
            for a in (piece, piece[:2], ch):
                ids = keys.get(a)
                if ids:
                    found |= ids
    return frozenset(found)


def _at_word_start(p: re.Pattern[str], text: str, starts: frozenset[int]) -> bool:
    pos = 0
    while (m := p.search(text, pos)) is not None:
        if m.start() in starts:
            return True
        pos = m.start() + 1
    return False


_HYPERBOLE_P = _Prefiltered(_HYPERBOLE)
_INFO_P, _HYPOTHETICAL_P, _PAST_P, _SETTLED_P, _PRESENT_P, _NOW_P, _NEGATED_P, _IMMINENT_P, _IN_PROGRESS_P = (
    _Prefiltered(p) for p in (_INFO, _HYPOTHETICAL, _PAST, _SETTLED, _PRESENT, _NOW, _NEGATED, _IMMINENT, _IN_PROGRESS))


@dataclass(frozen=True)
class _Rule:
    """One cue, compiled once at import."""

    situation: str
    weak: bool
    phrases: tuple[_Phrase, ...]
    english: tuple[_Phrase, ...]
    needs: re.Pattern[str] | None
    verbs: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]


def _rule(cue: Cue) -> _Rule:
    def split(x: str, sep: str) -> frozenset[str]:
        return frozenset(x.split(sep)) if x else frozenset()
    return _Rule(cue.situation, cue.weak, tuple(_phrase(with_readings(fold(p))) for p in cue.phrases),
                 tuple(_phrase(p) for p in cue.english), re.compile(with_readings(fold(cue.needs))) if cue.needs else None,
                 tuple((split(r, " "), split(a, "|"), split(n, "|")) for r, a, n in cue.verbs))


_RULES = tuple(_rule(cue) for cue in CUES)
_PHRASES = _Index([r.phrases for r in _RULES])
_VERB_RULES = frozenset(i for i, r in enumerate(_RULES) if r.verbs)
# The words a verb rule can meet: a root, or the noun of a noun+verb root (息+する). A sentence with none of
# them among its morphemes has no frame worth building.
_VERB_ATOMS = frozenset(root.split("+")[0] for r in _RULES for roots, _, _ in r.verbs for root in roots)


def _may_have_verbs(raw: str) -> bool:
    from knowledge.text import morphemes_read  # cached: the pass read() made
    return any(t[1] in _VERB_ATOMS or t[0] in _VERB_ATOMS for t in morphemes_read(raw))
_ENGLISH = _Index([r.english for r in _RULES])


def _verb_hit(rule: tuple[frozenset[str], frozenset[str], frozenset[str]], found: tuple[Frame, ...]) -> bool:
    roots, want, never = rule
    for f in found:
        if f.lemmas & roots and (not want or f.feats & want) and not f.feats & never:
            return True
    return False


class _MessageContext:
    """What the whole message says of time, jokes, hedges and consulting (asked once a sentence has a cue)."""

    def __init__(self, msg: Message, whole: str) -> None:
        self.present_anywhere = bool(_PRESENT_P.search(whole) or _PRESENT_EN.search(msg.text))
        self.settled = bool(_SETTLED_P.search(whole) or _PAST_EN.search(msg.text)) or bool(
            _PAST_P.search(whole) and _NOW_IS.search(whole))
        self.joke = bool(_JOKE.search(msg.text) or _JOKE_EN.search(msg.text)) and not _NOT_JOKE.search(msg.text)
        self.hedged = any(_HEDGE.match(s.surface) for s in msg.sentences)
        self.consulting = bool(_CONSULT.search(whole) or _CONSULT_EN.search(msg.text)) and not (
            _NOW_P.search(whole) or _NOW_EN.search(msg.text))


_NOW_IS = re.compile(fold(r"(今|いま|現在)は"))
_JOKE_EN = re.compile(r"\b(lol|lmao|haha|jk)\b")


@lru_cache(maxsize=4096)
def screen(text: str) -> Screen:
    """The urgency and situations of one message (cached: the same words always give the same screen)."""
    msg = read(text)
    if not msg.sentences:
        return NONE
    whole = "".join(s.surface for s in msg.sentences)  # the folded sentences: no second fold of the text
    needs = _Needs(whole, msg.text, msg.signals)
    ctx: _MessageContext | None = None  # read only when a sentence has a cue (most messages have none)
    alarms: list[str] = []
    soft = False
    imminent = in_progress = False
    for s in msg.sentences:
        hits, distress = _sentence_hits(s, needs)
        if distress:
            soft = True
        if not hits:
            continue
        if ctx is None:
            ctx = _MessageContext(msg, whole)
        present_anywhere, settled, joke, hedged, consulting = (
            ctx.present_anywhere, ctx.settled, ctx.joke, ctx.hedged, ctx.consulting)
        info = _INFO_P.search(s.surface) or _INFO_EN.search(s.raw)
        hypothetical = hedged or _HYPOTHETICAL_P.search(s.surface) or _HYPOTHETICAL_EN.search(s.raw)
        past = (_PAST_P.search(s.surface) or _PAST_EN.search(s.raw)) and not (
            _PRESENT_P.search(s.surface) or _PRESENT_EN.search(s.raw))
        negated = _NEGATED_P.search(s.surface) or _NEGATED_EN.search(s.raw)
        now = _NOW_P.search(s.surface) or _NOW_EN.search(s.raw)
        for situation in hits:
            if negated or (past and not present_anywhere) or (settled and not now) or (
                    (info or hypothetical) and not now) or (joke and not now) or (
                    consulting and situation in _CONSULTED):
                soft = soft or not info
                continue
            alarms.append(situation)
        if any(h.startswith("suicide") for h in hits):
            imminent = imminent or bool(_IMMINENT_P.search(s.surface) or _IMMINENT_EN.search(s.raw))
            in_progress = in_progress or bool(_IN_PROGRESS_P.search(s.surface) or _IN_PROGRESS_EN.search(s.raw))
    if not alarms:
        return Screen("soft", ("soft",)) if soft else NONE
    return _decide(msg, whole, alarms, imminent, in_progress)


class _Needs:
    """Whether a rule's `needs` is met by the message, asked only of rules that have a hit (once each)."""

    def __init__(self, whole: str, raw: str, signals: frozenset[str]) -> None:
        tail = " " + " ".join("sig_" + name for name in sorted(signals)) if signals else ""
        self.whole, self.raw = whole + tail, raw + tail
        self.known: dict[int, bool] = {}

    def met(self, i: int, english: bool) -> bool:
        rule = _RULES[i]
        if rule.needs is None:
            return True
        key = i if not english else -1 - i
        if key not in self.known:
            ok = rule.needs.search(self.whole) is not None
            if english and not ok:
                ok = rule.needs.search(self.raw) is not None
            self.known[key] = ok
        return self.known[key]


def _sentence_hits(s: Sentence, needs: _Needs) -> tuple[list[str], bool]:
    """Situations whose cues this sentence carries, and whether it speaks of distress."""
    unquoted = _unquote(s.surface)
    words = _HYPERBOLE_P.sub(" ", unquoted)
    # The reading cannot be cut where the surface was (positions differ): a sentence with hyperbole is read
    # by its surface alone.
    # Sudachi reads the sentence (its reading, then its verbs) when it is short or holds something a phrase
    # starts with: a long sentence with no anchor at all is routine prose (a third of the tuning sentences).
    sudachi = s.japanese and (len(s.surface) <= _SHORT or bool(_PHRASES.anchored(unquoted)))
    reading, starts = sentence_reading(s.raw) if sudachi and words == unquoted else ("", frozenset[int]())
    reading = _unquote(reading, keep_length=True) if reading else ""
    if reading == words:
        reading = ""  # no kanji: the reading view says nothing new
    english = _HYPERBOLE_EN.sub(" ", s.raw) if _LATIN.search(s.raw) else ""
    hits: list[str] = []
    distress = False
    phrase_hits = _PHRASES.hits(words, reading, starts)
    if english:
        phrase_hits |= _ENGLISH.hits(english)
    found: tuple[Frame, ...] | None = None
    for i in sorted(phrase_hits | _VERB_RULES):
        rule = _RULES[i]
        if rule.weak and distress or not rule.weak and rule.situation in hits:
            continue
        if i not in phrase_hits:
            if not rule.verbs:
                continue
            if found is None:
                found = frames(s.raw) if sudachi and words.strip() and words == unquoted and _may_have_verbs(s.raw) else ()
            if not any(_verb_hit(v, found) for v in rule.verbs):
                continue
        if not needs.met(i, bool(english)):
            continue
        if rule.weak:
            distress = True
        else:
            hits.append(rule.situation)
    return hits, distress


_LATIN = re.compile(r"[a-z]{3}")


def _unquote(text: str, keep_length: bool = False) -> str:
    """Quoted words are someone else's, except a threat made to the resident (「殺すぞ」と言われた), words of
    danger or pain, and any words reported as said or sent to someone (「見てるぞ」と言われた, 「ご飯もらえない」と
    言っている)."""
    return _QUOTED.sub(lambda m: m.group(0) if _THREAT_QUOTE.search(m.group(0)) or _REPORTED.match(text, m.end())
                       else " " * (len(m.group(0)) if keep_length else 1), text)


_REPORTED = re.compile(fold(
    r"(と|って|て)?[^。「」]{0,8}?(言われ|いわれ|書き込まれ|書かれ|送られ|送ってき|届い|来た|きた|脅され|叫ば|怒鳴られ|言って(い|る|た|き)|"
    r"言っとる|言うとる|話して(い|る|た)|打ち明け|(めーる|line|ライン|メッセージ|dm|電話)(が|で|を))"))


def _decide(msg: Message, whole: str, alarms: list[str], imminent: bool, in_progress: bool) -> Screen:
    text = whole + " " + msg.text
    found = set(alarms)
    if "violence-now" in found:
        found.discard("violence-now")
        found.add("violence-now-partner" if re.search(fold(PARTNER), text) else "violence-now-family")
    if "missing-person" in found:
        found.discard("missing-person")
        child = re.search(fold(CHILD), text) and not re.search(fold(ELDER) + "|認知症|にんちしょう|dementia", text)
        found.add("missing-child" if child else "missing-person-dementia")
    if found & {"stalking-threat", "confinement"} and re.search(fold(PARTNER), text):
        found.add("violence-now-partner")
    if "caregiver-may-harm" in found and re.search(fold(CHILD), text):
        found.add("child-abuse")
    _apply_guards(found, text)
    if not found:
        return Screen("soft", ("soft",))
    if "suicide-plan-or-attempt" in found and (imminent or in_progress):
        found.add("suicide-imminent")
    order = list(PRIORITY)
    if "suicide-imminent" in found and not in_progress:
        order.remove("suicide-imminent")
        order.insert(order.index("suicide-thoughts") + 1, "suicide-imminent")  # a plan: the suicide line first
    situations = tuple(sorted(found, key=order.index))
    emergency = bool(found & EMERGENCY_SITUATIONS) or "suicide-imminent" in found
    if found & {"stalking-threat", "sexual-violence"} and re.search(fold(r"今|いま|今も|まだ") + r"|\bnow\b", text):
        emergency = True
    return Screen("emergency" if emergency else "crisis", situations)



# Situations that need a second sign in the message before they raise the alarm; without it the message is
# soft (a quiet line and the routed answer), never silent. The definitions: elder or disabled-person
# abuse *with injury*; confinement by someone; a stroke is sudden (a three-year-old not talking yet is not);
# no food *or shelter in the cold* (a food bank for the month is a route, not an emergency).
_INJURY = re.compile(fold(
    r"あざ|痣|けが|怪我|ケガ|傷|血|腫れ|はれ|骨折|やけど|火傷|縛|しば(られ|りつけ)|閉じ込め|ぐったり|動けな|床ずれ|ただれ|衰弱|"
    r"やせ細|痩せ細|脱水|意識|痛|いたい|怖|こわ|怯え|おびえ|泣|何日も|(食事|ご飯|ごはん)(も|を)?.{0,4}(もらって|与えられて)(い)?ない|"
    r"injur|bruis|blood|bleed|burn|tied|broken|cuts|rope|slap|belt|scared|crying"))
_CONFINER = re.compile(fold(
    r"鍵|かぎ|閉じ込め|とじこめ|出して(もらえ|くれ)|出させて(もらえ|くれ)|取り上げ|とりあげ|奪われ|監禁|軟禁|見張|外から|"
    r"入れられ|押し入れ|物置|開かない|あかない|助けて|たすけ|lock|won'?t let|took my|trapped|help"))
_SUDDEN = re.compile(fold(r"急に|突然|いきなり|さっき|今朝|今|いま|朝起きたら|ろれつ|呂律|片(方|側)|半身|suddenly|just now"))
_DEVELOPING = re.compile(fold(r"まだ|発達|(\d+|一|二|三|1|2|3)(歳|さい|才)(半|になる|になった|児)|健診|言葉の遅れ|toddler|speech delay"))
_COLD_OR_DAYS = re.compile(fold(
    r"寒|さむ|さみ|凍え|冬|雪|路上|野宿|外で寝|(寝る|ねる|行く|いく)(場所|ところ|とこ|所)|泊ま|とまる|追い出|家を出ろ|住む(場所|ところ|とこ)|"
    r"(いえ|家|へや|部屋)(が|も)?(ない|なし)|所持金|震え|ふるえ|灯油|今日から|きょう|"
    r"(\d+|一|二|三|四|五|六|七|何|数)日|電気|ガス|水道|暖房|倒れ|動け|ふらふら|もう限界|死|"
    r"cold|freez|homeless|street|outside|tonight|days|evict"))
# Violence told as a guess (叩かれてるみたい), not seen or heard now.
_HEARSAY = re.compile(fold(r"(殴|なぐ|叩|たた|蹴|暴力|暴れ|乱暴)[^。!?]{0,8}(みたい|らしい|ようだ|ようです|っぽい|かもしれ|かも|気がする)|"
                           r"\b(seems|might be|maybe|i heard)\b"))
_NOW_WITNESSED = re.compile(fold(r"今|いま|さっき|先ほど|今夜|今も|今日|音|声|悲鳴|叫|right now|tonight|just now|today"))
_YOUNG = re.compile(fold(r"子ども|子供|こども|児童|赤ちゃん|赤ん坊|乳児|幼児|園児|小学|中学|孫|\d+(歳|さい|才)|child|kid|baby|toddler"))


def _apply_guards(found: set[str], text: str) -> None:
    """Drop the situations whose definition the message does not meet (see the comment above)."""
    for situation in ("elder-abuse-injury", "disabled-abuse-injury"):
        if situation in found and not _INJURY.search(text) and not _NOW_WITNESSED.search(text):
            found.discard(situation)
    if "confinement" in found and not _CONFINER.search(text):
        found.discard("confinement")
    if "stroke-signs" in found and _DEVELOPING.search(text) and not _SUDDEN.search(text):
        found.discard("stroke-signs")
    if "no-food-or-shelter-in-cold" in found and not _COLD_OR_DAYS.search(text):
        found.discard("no-food-or-shelter-in-cold")
    if "child-abuse" in found and re.search(fold(ELDER), text) and not _YOUNG.search(text):
        found.discard("child-abuse")  # 息子に年金を取られる: the son is the one who harms, the victim is old
    if "caregiver-may-harm" in found:
        found.discard("violence-now-family")  # the resident's own fear of hitting, not violence done to them
    hearsay_violence = {"violence-now-family", "violence-now-partner"} & found
    if hearsay_violence and _HEARSAY.search(text) and not _NOW_WITNESSED.search(text) and not _INJURY.search(text):
        found.difference_update(hearsay_violence)
