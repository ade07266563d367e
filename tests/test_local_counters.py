"""Local counters (issue #14, point 5): the resident's own centre where an official page says so, else honesty."""

from __future__ import annotations

from pathlib import Path

from core.cards import build_card, card_text, local_card
from knowledge import document
from knowledge.files import read_data_dir
from knowledge.kb import KnowledgeBase
from knowledge.validate import validate

DATA = Path(__file__).resolve().parent.parent / "data"


def _kb():
    return KnowledgeBase.from_doc(document.canonical(read_data_dir(DATA)))


def test_local_counters_are_in_the_model_and_data():
    kb = _kb()
    assert {"chiiki-houkatsu-shakyo", "chiiki-houkatsu-sasarindo"} <= set(kb.locals_of["chiiki-houkatsu"])
    assert "chiku-shakyo-koshigoe" in kb.locals_of["chiku-shakyo"]
    for lid in kb.locals_of["chiiki-houkatsu"]:  # no official page names any centre's area
        assert "area-unconfirmed" in kb.entries[lid]["flags"]


def test_the_residents_own_local_counter_where_an_official_page_says_so():
    kb = _kb()
    card = local_card(kb, kb.entries["chiku-shakyo"], "koshigoe")
    assert card.entry_id == "chiku-shakyo-koshigoe"
    card = local_card(kb, kb.entries["chiku-shakyo"], "area-koshigoe")  # the area as a whole: not only 腰越地区's
    assert card.entry_id == "chiku-shakyo" and "未確認" in (card.unknown_note or "")


def test_unknown_local_centre_says_so_and_gives_one_number():
    kb = _kb()
    for district in ("tamanawa", "area-tamanawa", None):
        card = local_card(kb, kb.entries["chiiki-houkatsu"], district)
        assert card.entry_id == "chiiki-houkatsu"
        text = card_text(card)
        assert "お住まいの地区の地域包括支援センターは、ここでは未確認です" in text and "に聞くと教えてもらえます" in text
    en = local_card(kb, kb.entries["chiiki-houkatsu"], "tamanawa", lang="en")
    assert "not confirmed" in (en.unknown_note or "")


def test_a_local_counter_needs_a_counter_and_an_area(small_doc):
    counter = small_doc["counters"][0]
    counter["local_of"] = "nothing"
    assert any("local_of 'nothing' is not another counter" in str(p) for p in validate(small_doc, {}))
    counter["local_of"] = counter["id"]
    assert any("is not another counter" in str(p) for p in validate(small_doc, {}))


# --- in the conversation (issue #13 point 1): the resident's own counter, or whom to ask --------------------
def _talk(guide, *messages: str):
    from core.dialogue import Dialogue, State

    dialogue, state, replies = Dialogue(guide.router), State(), []
    for message in messages:
        tapped = message.startswith("!")
        state, reply = dialogue.handle(state, text=None if tapped else message,
                                       choice=message[1:] if tapped else None)
        replies.append(reply)
    return replies


def test_a_district_said_earlier_gives_the_residents_own_local_counter(guide):
    first, narrowed, phone, note = _talk(guide, "地区社協の活動に参加したい", "腰越地区です", "電話番号は？",
                                         "!handoff")
    assert "chiku-shakyo-koshigoe" not in [c.entry_id for c in first.cards]
    own = narrowed.cards[0]
    assert own.entry_id == "chiku-shakyo-koshigoe" and own.title == "腰越地区社会福祉協議会" and own.district == "腰越地区"
    # no phone of its own on an official page: said so, with the one number that can tell (the city-wide one)
    assert "電話番号は未確認です" in (own.unknown_note or "") and "0467-24-4422" in (own.unknown_note or "")
    assert "0467-24-4422" in phone.text and "腰越地区社会福祉協議会" in phone.cards[0].title
    # none chosen: the 紹介状 lists the counters shown, the resident's own first, with the number that can tell
    assert "まだ選んでいません" in note.text and "相談する窓口:" not in note.text
    assert "・腰越地区社会福祉協議会（" in note.text and "電話: 0467-24-4422" in note.text


def test_a_centre_whose_area_is_unconfirmed_is_named_as_such(guide):
    (reply,) = _talk(guide, "玉縄に住んでいます。母の物忘れが心配です")
    card = next(c for c in reply.cards if c.entry_id == "chiiki-houkatsu")
    note = card.unknown_note or ""
    assert "ささりんどう鎌倉" in note and "担当地区に入るかは未確認" in note and "0467-61-3930" in note


def test_no_district_yet_the_card_says_which_number_tells_the_residents_centre(guide):
    (reply,) = _talk(guide, "母の物忘れが心配です")
    card = next(c for c in reply.cards if c.entry_id == "chiiki-houkatsu")
    assert "ここでは未確認です。高齢者支援課（0467-61-3930）に聞くと教えてもらえます" in (card.unknown_note or "")


def test_a_town_whose_district_is_unconfirmed_says_the_area_is_unconfirmed(guide):
    from core.dialogue import State
    from core.local import own_counters
    from core.replies import Reply

    kb = guide.kb
    city_wide = build_card(kb, kb.entries["chiku-shakyo"])
    state = State(district="koshigoe", shown=["chiku-shakyo"], counter="chiku-shakyo")
    reply = own_counters(kb, state, Reply("", cards=[city_wide]), confirmed=False)
    assert reply.cards[0].entry_id == "chiku-shakyo-koshigoe" and state.counter == "chiku-shakyo-koshigoe"
    note = reply.cards[0].unknown_note or ""
    assert "担当地区は未確認" in note and "0467-24-4422" in note


def test_a_district_known_from_an_unconfirmed_town_stays_unconfirmed_in_later_turns(guide):
    # 長谷's district is not on an official page (data/districts.yaml): every later turn says so, not only the first
    named, nearby, new_topic = _talk(guide, "長谷に住んでます。母の物忘れが心配です", "近くの窓口は？", "家賃が払えない")
    for reply in (named, nearby, new_topic):
        assert "地区の所属は未確認" in reply.text, reply.text
    tapped = _talk(guide, "長谷に住んでます。母の物忘れが心配です", "!d:area-kamakura")[1]
    assert tapped.cards and "地区の所属は未確認" not in tapped.text  # the resident chose it: nothing left to doubt
    note = _talk(guide, "長谷に住んでます。母の物忘れが心配です", "!handoff")[1]
    assert "地区の所属は未確認" in note.text  # the 紹介状 shows the counter staff the same doubt
    (later,) = _talk(guide, "大船に住んでます。家賃が払えない")
    assert "地区の所属は未確認" not in later.text
