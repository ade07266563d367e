"""Other city business: a message about ごみ, 住民票, 税, 観光, 交通, 図書館, ペット, パスポート, 天気, 選挙 …
is not a welfare question, however long it is, and gets a kind redirect instead of a counter.

The taxonomy is data: topics of area `outside` in data/topics.yaml (everyday words, no counters), found by
the index like any topic but kept apart (`Analysis.other`). The decision weighs what the message asks:

- the asking sentences name other business at least as strongly as welfare → not ours (「粗大ごみの手数料
  っていくらですか」, even after a story about a grandmother's house);
- the asking sentences name welfare and no other business → ours, whatever the story says (「集積所まで坂道で…
  お手伝いしてくれるサービスってありますか」);
- the asking sentences name neither (「どこに連絡すればいいですか」) → the whole message decides, other business
  against welfare.

So one stray word (ゲーム in a story about a son who does not leave his room) does not push a welfare
message out, and a welfare word in the story (介護施設の同僚) does not pull a sightseeing question in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.kb import KnowledgeBase
from knowledge.search import Analysis

# Curated entry evidence (Analysis.lexical_top) counts half: a topic's strength is one matched word, while
# an entry's score adds the word's field weight and its topics' boosts.
LEXICAL_SHARE = 0.5
# Below this the asking sentence names no clear welfare concern — only "where do I ask" (どこに聞けばいいですか
# weighs 0.2 by stray curated words), or one stray word (玄関先まで出せば, スマホ決済で払える): the whole message decides.
MIN_WELFARE_ASK = 2.0


# A request for works (直して, 修理, 撤去, 刈って) about something of other city business in the message (a street
# light, a lot, a road) is that business, whoever it worries: the ask carries it like a word of it.
_WORKS = re.compile(r"直して|なおして|直し て|修理|修繕|撤去|刈って|刈り取|伐採|切ってもら|切ってほし|片付けてもら|"
                    r"取り替えてもら|交換してもら|付けてもら|つけてもら|設置")
WORKS_REQUEST = 1.5
# A request for a hand in someone's daily life (手伝ってくれる, 見守り, 付き添い, ヘルパー) is welfare, whatever chore
# it is about (ごみ出し, 電球, 庭の草): the ask carries it like a welfare word.
# (the writer who goes along, 付き添いで行けばいい, 私が付き添えば, asks for no hand)
# (nor the adult who comes along, 付き添いの大人の料金, 付き添い者)
_HELP = re.compile(r"手伝|てつだ|手助け|てだすけ|見守|みまも|(付き添|つきそ)(?!いで(行|い)|えば|って(行|い)け|いの ?(大人|おとな|人|方|者|保護者|料金)|い(料金|者))|"
                   r"介助|ヘルパー|支えて|ささえて")
# A chore said to be too hard for someone old or disabled (年寄りにはゴミ出しがつらい, 足が悪くて電球の交換が無理) asks
# for that hand too, whatever the chore.
_TOO_HARD = re.compile(r"つらい|辛い|しんどい|きつい|大変|たいへん|できな|出来な|無理|むり|難しい|むずかしい|困難|おっくう|億劫|怖くて|こわくて")
_FRAIL = ("koureisha", "shogai", "kaigo")
# a hand asked for is a welfare ask by itself (MIN_WELFARE_ASK), and outweighs the chore's words told twice
# (粗大ごみを出すのを手伝ってほしい: 粗大ごみ and ごみ)
HELP_REQUEST = 3.0


# A room or a place asked for a welfare group (手話サークル, 障害者団体, 家族会, ボランティア団体) is the welfare centre's
# (the city's welfare centre, the base of welfare groups), not a hall's booking: the group told anywhere, the room in the ask.
_WELFARE_GROUP = re.compile(r"福祉(の)?(活動)?(団体|グループ|サークル|の会)|(障害|障がい|障碍)者(の)?(団体|の会|サークル)|当事者(の)?(団体|会)|"
                            r"家族会|(手話|点字|点訳|音訳|朗読|要約筆記)(の)?(サークル|グループ|ボランティア|会)|"
                            r"ボランティア(の)?(団体|グループ|サークル|の会)|介護者の会|ケアラーの会|民生委員の会")
_ROOM = re.compile(r"部屋|会議室|会場|(練習|活動|集まる|集まれる|集まり|作業)の?場所|拠点|スペース|"
                   r"(使える|使う|借りる|借りられる)(施設|場所)|(場所|施設)を(探|借|かり|さが)")


GROUP_ROOM_TOPIC = "katsudo-basho"  # data/topics.yaml: the welfare groups' place (the welfare centre)


def group_room(text: str) -> dict[str, float]:
    """The welfare groups' place as a topic when the text asks a room for a welfare group (手話サークルで使える部屋)."""
    return {GROUP_ROOM_TOPIC: 2.0} if _ROOM.search(text) and _WELFARE_GROUP.search(text) else {}


def asks_for_help(text: str) -> bool:
    """Whether the text asks for a hand in someone's daily life (手伝ってくれる, 見守り, 付き添い)."""
    return bool(_HELP.search(text))


@dataclass(frozen=True)
class OtherBusiness:
    topic_id: str
    name: str
    strength: float


def welfare_strength(analysis: Analysis, general: str) -> float:
    """How clearly the text names a welfare concern: its welfare topics, or curated words of an entry.
    Words that only say who (実家の母, 高齢の父, 赤ちゃん) choose a welfare area but name no concern: the
    weeds on the lot beside an old mother's house are still the weeds."""
    topics = sum(max(v - analysis.who.get(t, 0.0), 0.0) for t, v in analysis.topics.items() if t != general)
    return max(topics, LEXICAL_SHARE * analysis.concern_top)


def other_business(kb: KnowledgeBase, whole: Analysis, ask: Analysis | None, general: str,
                   ask_text: str = "", text: str = "", asking: str | None = None) -> OtherBusiness | None:
    """The other city business the message is about, or None when it is about welfare (or about nothing).
    `ask_text`: the asking sentences (a request for works there counts as other business); `text`: the whole
    message (a welfare group told in the story, a room asked for); `asking`: the asking sentences alone (a chore too
    hard for someone old asks for a hand there, not in the story: 高齢の母が掃除してて大変そう is the story's)."""
    if not whole.other:
        return None
    top = max(whole.other, key=whole.other.__getitem__)
    found = OtherBusiness(top, str(kb.topics[top]["name"]), whole.other[top])
    part = ask if ask is not None else whole
    other_ask = sum(part.other.values()) + (WORKS_REQUEST if _WORKS.search(ask_text) else 0.0)
    if _ROOM.search(ask_text) and _WELFARE_GROUP.search(text or ask_text):
        return None  # a room for a welfare group: the welfare centre's, however much the hall's booking is told
    # (the chore named in the ask itself: a hardship beside a question about something else is the story's)
    frail = bool(part.other) and any(part.who.get(t, 0.0) > 0 for t in _FRAIL) and bool(
        _TOO_HARD.search(ask_text if asking is None else asking))
    welfare_ask = welfare_strength(part, general) + (HELP_REQUEST if asks_for_help(ask_text) else 0.0)
    if frail:
        return None  # the hand is the ask, the chore its occasion (年寄りにはゴミ出しがつらい)
    if other_ask > 0:
        if other_ask >= welfare_ask:
            return found
        # The ask names both, welfare only weakly (one generic word: 騒音の苦情はどこに): the message it ends is about
        # the other business when that business outweighs welfare twice over (隣の音楽がうるさくて…騒音の苦情).
        whole_other = sum(whole.other.values())
        return found if welfare_ask < MIN_WELFARE_ASK and whole_other >= 2 * welfare_strength(whole, general) else None
    if welfare_ask >= MIN_WELFARE_ASK:
        return None
    return found if sum(whole.other.values()) > welfare_strength(whole, general) else None
