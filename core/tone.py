"""The tone guard: what would hurt if offered unasked is offered only when the resident speaks of it.

A mother worried about her son at home is not offered 児童虐待 or 更生保護; a job loss is not answered with
出所者の住居確保. Entries about offenders' return (更生保護・再犯防止), reporting abuse (虐待), 終活 are shown
only when the text speaks of them; 生活保護 is never the first answer to a worry that does not name it (it
stays among the others), and never an answer to work asked for. In an alarm (the safety screen's emergency or crisis) the screen's own counters
are shown as they are. Entries with `usable: false` (a plan's internal measure) are never answer cards, and a
service named by the plan's title for making a window better or known (相談窓口の充実, 〜の周知) whose counter is
offered too is that window again: the counter stays, the plan's title goes and the next entry takes its place.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from core.relations import harm_at_work
from knowledge.kb import KnowledgeBase

# (what marks a guarded entry: words of its name or a topic id, the words a text must hold to show it)
_GUARDS: list[tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]] = [
    (re.compile(r"更生|再犯|出所|刑務所|少年院|保護観察|保護司|犯罪をした"), frozenset({"kosei"}),
     re.compile(r"更生|再犯|出所|刑務所|少年院|保護観察|保護司|前科|犯罪|罪を|逮捕|服役|釈放|出所|"
                r"prison|probation|parole|offend|released from")),
    (re.compile(r"虐待"), frozenset(),
     re.compile(r"虐待|ぎゃくたい|暴力|ぼうりょく|殴|なぐ|叩|たた[かきくけい]|蹴|け[らりるっ]|あざ|痣|怪我|けが|放置|ネグレクト|"
                r"育児放棄|怒鳴|どな|つね|閉じ込|食事を(与え|あげ)|通報|通告|abuse|neglect|hit|beat|hurt|violen")),
    (re.compile(r"終活|エンディング"), frozenset(),
     # One's own end of life, not a bereavement: 「父が亡くなりました」「お葬式代がない」 are not 終活.
     re.compile(r"終活|しゅうかつ|死後|お墓|墓じまい|遺言|相続|身寄り|エンディング|最期|生前|自分の(お)?(葬|そう)|(自分|私|わたし|僕|ぼく|俺)(が|の)(亡くな|死ん|しん|死後|葬)|"
                r"(葬儀|葬式)の(準備|予約|希望)|end of life|my (own )?funeral|\bwill\b")),
    # Each abuse counter for the person it protects: a partner's harsh words are not 児童虐待, 高齢者虐待 or 障害者虐待.
    (re.compile(r"児童虐待|児童相談所"), frozenset(),
     re.compile(r"子|児|こども|赤ちゃん|赤ん坊|乳児|幼児|娘|息子|孫|小学|中学|高校|生徒|学校|園|妊|"
                r"child|kid|son|daughter|baby|boy|girl|school|teen")),
    (re.compile(r"高齢者虐待"), frozenset(),
     re.compile(r"高齢|お年寄り|年寄|老|祖母|祖父|おばあ|おじい|ばあちゃん|じいちゃん|母|父|親|姑|舅|介護|認知症|施設|"
                r"[6-9]\d(歳|才|代)|elder|old|mother|father|mom|mum|dad|parent|grand|care home")),
    # A child's own care of family (ヤングケアラー) only when care is told: a pupil who does not go to school is not one.
    (re.compile(r"ヤングケアラー"), frozenset(),
     re.compile(r"ケア|けあ|介護|かいご|世話|せわ|看病|介助|面倒を?見|家事|ご飯を作|食事を作|料理|洗濯|掃除|買い物|通訳|"
                r"付き添|送り迎え|きょうだい|兄弟|姉妹|弟|妹|病気|家のこと|家の事|障害|障がい|入院|carer|caring|look after|take care")),
    (re.compile(r"障害者虐待"), frozenset(),
     re.compile(r"障害|障がい|しょうがい|知的|発達|自閉|精神|身体|車いす|車椅子|作業所|施設|ヘルパー|グループホーム|"
                r"支援学校|手帳|disab|autis|wheelchair")),
]
# The DV and abuse counters protect partners and those in someone's care: harm at work (上司に怒鳴られ, パワハラ) is
# neither.
_NOT_AT_WORK = re.compile(r"虐待|DV|配偶者|児童相談所")
_FIRST_ONLY_WHEN_SAID = (re.compile(r"生活保護"),
                         re.compile(r"生活保護|せいかつほご|保護費|受給|ナマポ|welfare benefit|public assistance"))


# Work asked for (「週3くらいで働けるとこ」「草刈りでもいいから仕事を探したい」) is no worry about living: 生活保護 is not
# offered to it unless named or the text says living itself is out of reach (払えない, 食べていけない, お金がない).
_WORK_ASKED = re.compile(r"働(ける|きたい|き(口|先|場所)|く(ところ|とこ|場所))|はたら(ける|きたい)|(仕事|しごと|パート|バイト|アルバイト)"
                         r"(を|が|も)?(探|さが|したい|ほしい|欲しい|見つけ|みつけ|ある|ない(か|かな))|就職|求人|"
                         r"\b(find|looking for|want) (a |some )?(job|work)\b|\bwork part[- ]time\b")
_CANNOT_LIVE = re.compile(r"払え(ない|なく|ません)|はらえ(ない|なく)|(食べ|たべ|暮らし|くらし|生活し)て?(いけ|行け)(ない|なく|ません)|"
                          r"生活(でき|出来)(ない|なく|ません)|お金が(ない|無い|なくて|ありません|底をつ)|所持金|無一文|家を(出|追い出)|"
                          r"\b(can'?t|cannot) (pay|afford|eat|live)\b|no money")


# Care told of an animal (「飼ってる猫がもう19歳で、介護が必要」「老犬の介護で夜も眠れない」) is no person's care: the counters
# for people's care (介護保険, 地域包括, ケアラー支援, 高齢者虐待) are not offered unless a person is named too (「飼い主の私も
# 85で」「母の猫」) or the counter itself is (「介護保険でペットの世話は頼める？」).
_ANIMAL = re.compile(r"猫|ねこ|ネコ|犬|いぬ|イヌ|ペット|飼(っ|い|う)|かって(る|いる)|愛犬|愛猫|老犬|老猫|インコ|うさぎ|ウサギ|"
                     r"ハムスター|小鳥|\b(dog|cat|pet|puppy|kitten)s?\b")
_PERSON = re.compile(r"私|わたし|あたし|僕|ぼく|俺|おれ|自分|母|父|親|夫|妻|主人|旦那|嫁|祖|おばあ|おじい|ばあちゃん|じいちゃん|"
                     r"息子|娘|兄|姉|弟|妹|叔|伯|義|家族|本人|高齢|お年寄り|年寄|一人暮らし|ひとり暮らし|利用者|要介護|認知症|"
                     r"\b(i|mother|father|mom|mum|dad|parents?|husband|wife|grand\w*|family)\b")
_PEOPLES_CARE = frozenset({"kaigo", "carer", "ninchisho", "koureisha"})


def animal_care(entry: dict[str, Any], text: str) -> bool:
    """An entry for people's care offered to care told only of an animal."""
    if not _PEOPLES_CARE & set(entry.get("topics") or ()):
        return False  # the entry first: most are no care of people, and the text need not be read
    t = unicodedata.normalize("NFKC", text or "").lower()
    return bool(_ANIMAL.search(t)) and not _PERSON.search(t) and entry["name"][:4] not in t


# The resident tells their own old age (「八十です」「78歳の私」) and names no child but a son or a daughter: the harm is to
# the old person by a grown child (「息子に毎日怒鳴られて、年金も全部取られています。八十です」), never 児童虐待 — unless a
# child is named by what it is (孫, 小学生) or by an age under 18 (「息子(8歳)」).
_OLD_AGE = re.compile(r"(?<![\d〇一二三四五六七八九十])([6-9]\d|1[01]\d)(歳|才|代)|(?<![〇一二三四五六七八九])([六七八九]十[一二三四五六七八九]?|百)(歳|才|代|です|になり|になる|を(過ぎ|超え))|"
                     r"\b([6-9]\d|1[01]\d) ?(years old|yo)\b|\b(i'?m|i am|aged?) ([6-9]\d|1[01]\d)\b")
_CHILD_ITSELF = re.compile(r"子ども|子供|こども|児童|赤ちゃん|赤ん坊|乳児|幼児|園児|小学|中学|高校|生徒|孫|まご|"
                           r"(?<![\d０-９])(\d|1[0-7])(歳|才|か月|ヶ月|カ月)|\b(kid|child|baby|grandchild)")
_CHILD_ABUSE = re.compile(r"児童虐待|児童相談所")
# …nor the DV counter (a partner's harm) unless a partner is named.
_DV = re.compile(r"DV|配偶者")
_A_PARTNER = re.compile(r"夫|妻|主人|旦那|だんな|配偶者|彼氏|彼女|恋人|パートナー|交際|内縁|dv|husband|wife|partner|boyfriend|girlfriend")


def grown_child(entry: dict[str, Any], text: str) -> bool:
    """児童虐待 or DV offered to an old person harmed by a grown son or daughter (no child, no partner named)."""
    child, dv = bool(_CHILD_ABUSE.search(entry["name"])), bool(_DV.search(entry["name"]))
    if not (child or dv):
        return False  # the entry first: the text is read only for the child's or the partner's counter
    t = unicodedata.normalize("NFKC", text or "").lower()
    if not _OLD_AGE.search(t):
        return False
    return child and not _CHILD_ITSELF.search(t) or dv and not _A_PARTNER.search(t)


def for_the_old(kb: KnowledgeBase, entries: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """When the ranking offered an old person harmed by a grown child the counters for a child or a partner, the
    counter for the old person's own harm (the abuse counter of topics gyakutai and koureisha) first; the city's
    district branches (`local_of`) are added later by core/local.py."""
    if not any(grown_child(e, text) for e in entries):
        return []
    found = [e for e in kb.entries.values() if e.get("kind") == "counter" and {"gyakutai", "koureisha"} <= set(
        e.get("topics") or ()) and not e.get("local_of") and KnowledgeBase.usable(e)]
    return sorted(found, key=lambda e: "虐待" not in e["name"])[:1]  # the abuse counter itself before 地域包括


def _marked(entry: dict[str, Any], name_words: re.Pattern[str], topics: frozenset[str]) -> bool:
    return bool(name_words.search(entry["name"])) or bool(topics & set(entry.get("topics") or ()))


def said(text: str, words: re.Pattern[str]) -> bool:
    return bool(words.search(unicodedata.normalize("NFKC", text or "").lower()))


def allowed(entry: dict[str, Any], text: str) -> bool:
    """False for an entry that is not usable, or guarded and not spoken of in `text`."""
    if not KnowledgeBase.usable(entry):
        return False
    if _NOT_AT_WORK.search(entry["name"]) and harm_at_work(unicodedata.normalize("NFKC", text or "")):
        return False
    if animal_care(entry, text) or grown_child(entry, text):
        return False
    return all(not _marked(entry, name, topics) or said(text, words) for name, topics, words in _GUARDS)


# A plan's title for making a window better, known or used (DVの相談窓口の充実, 相談支援体制の充実, 窓口の周知,
# 「日常生活自立支援事業」の活用、連携): the window
# itself again, under a name no resident looks for. A measure with content of its own (居住に課題を抱える方への支援:
# a rent benefit) is not one.
_PLAN_TITLE = re.compile(r"(相談|窓口|体制).{0,12}(の充実|の推進|の強化|の整備|の拡充|への支援)$|の周知$|の活用(、連携)?$|との連携$")


def _not_again(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Without the plan-titled services whose counter is among the entries (the same window, the same phones)."""
    ids = {e["id"] for e in entries}
    return [e for e in entries if not (e.get("kind") == "service" and _PLAN_TITLE.search(e["name"])
                                       and ids & set(e.get("counters") or ()))]


def _named(entry: dict[str, Any], text: str) -> bool:
    """The text names the entry by its name or an alias (three characters at least): a service asked for by name."""
    names = (entry.get("name") or "", *(entry.get("aliases") or ()))
    return any(isinstance(n, str) and len(n) >= 3 and n.lower() in text for n in names)


def guard(entries: list[dict[str, Any]], text: str, alarm: bool = False,
          shown: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The entries a resident may be offered for `text`, in order; 生活保護 moved from first place when
    the text does not name it. In an alarm only the unusable go; a counter the thread already showed was spoken of
    in an earlier turn (ヤングケアラー after the care told, then 「学校休まなきゃいけない日もある」)."""
    kept = _not_again([e for e in entries if KnowledgeBase.usable(e) and (alarm or e["id"] in shown or allowed(e, text))])
    name, words = _FIRST_ONLY_WHEN_SAID
    t = unicodedata.normalize("NFKC", text or "").lower()
    if not alarm and _WORK_ASKED.search(t) and not _CANNOT_LIVE.search(t) and not said(text, words):
        kept = [e for e in kept if not name.search(e["name"])] or kept  # work asked: never 生活保護 unasked
    if not alarm and kept and _named(kept[0], t) and not said(text, words):
        kept = [e for e in kept if not name.search(e["name"])] or kept  # another service asked by name (国民年金の免除)
    if len(kept) > 1 and not alarm and name.search(kept[0]["name"]) and not said(text, words):
        kept = [kept[1], kept[0], *kept[2:]]
    return kept
