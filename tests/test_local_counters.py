"""Local counters (issue #14, point 5): the resident's own centre where an official page says so, else honesty."""

from __future__ import annotations

from pathlib import Path

from core.cards import card_text, local_card
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
    assert any("local_of 'nothing' is not another counter" in p for p in validate(small_doc, {}))
    counter["local_of"] = counter["id"]
    assert any("is not another counter" in p for p in validate(small_doc, {}))
