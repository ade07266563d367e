"""Understanding the text: districts and towns, who harms whom, English, renamed sections, kana variants."""

from __future__ import annotations

import pytest

from core import followup
from core.answer import to_contract
from core.english import is_english, to_japanese
from core.places import find_district
from core.relations import infer_topics


@pytest.mark.parametrize("text,district", [
    ("材木座に住んでいます", "kamakura-2"), ("由比ヶ浜の母のこと", "area-kamakura"), ("由比ガ浜の母", "area-kamakura"),
    ("西鎌倉の父", "nishikamakura"), ("岩瀬で一人暮らし", "area-ofuna"), ("七里ヶ浜", "area-koshigoe"),
    ("深沢で子育て", "area-fukasawa"), ("玉縄地区の集まり", "tamanawa"), ("I live in Ofuna", "area-ofuna"),
])
def test_district_and_town_names(guide, text, district):
    hit = find_district(guide.kb, text)
    assert hit is not None and hit.district_id == district


@pytest.mark.parametrize("text,district", [
    ("鎌倉駅から歩いて10分", "area-kamakura"), ("かまくらえきの ちかくに すんでます", "area-kamakura"),
    ("We live near Kamakura Station", "area-kamakura"), ("おおふなえきの ちかくです", "area-ofuna"),
])
def test_the_station_named_like_the_city_or_a_district_is_in_that_district(guide, text, district):
    hit = find_district(guide.kb, text)
    assert hit is not None and hit.district_id == district


@pytest.mark.parametrize("text,said", [("ゆいがはま", "ゆいがはま"), ("うちは ゆいがはまです", "ゆいがはま"),
                                       ("しちりがはま です", "しちりがはま")])
def test_a_kana_town_with_ga_alone_is_only_a_place(text, said):
    assert followup.only_place(text, said)


@pytest.mark.parametrize("text", ["津波が心配", "台風で家が壊れた", "鎌倉市の福祉について", "今日の鎌倉の天気",
                                  "北鎌倉駅のほうです", "きたかまくらえきです", "Kita-Kamakura station"])
def test_no_district_from_words_that_only_contain_a_town_or_name_the_city(guide, text):
    assert find_district(guide.kb, text) is None


def test_district_label_names_the_area_too(guide):
    out = to_contract(guide.kb, guide.ask("材木座で一人暮らしの父が心配"))
    assert "鎌倉地区②" in out["district"] and "鎌倉地域" in out["district"]


@pytest.mark.parametrize("text,topic", [
    ("夫に殴られる", "dv"), ("彼氏に携帯をチェックされて怖い", "dv"), ("親に叩かれる", "gyakutai"),
    ("母が兄に殴られている", "gyakutai"), ("同居の息子に年金取られてるおじいさん", "gyakutai"),
    ("中2です。祖母の介護で部活に行けない", "young-carer"),
])
def test_who_harms_whom(text, topic):
    assert topic in infer_topics(text)


def test_no_relation_without_harm_or_care():
    assert infer_topics("夫と旅行に行きたい") == {}


def test_english_is_detected_and_carried_into_japanese():
    assert is_english("Who can help my father with dementia?")
    assert not is_english("認知症の父 help")
    assert "認知症" in to_japanese("Who can help my father with dementia?")


def test_former_section_name_finds_the_current_section(guide):
    res = guide.ask("高齢者いきいき課はどこ")
    assert res.section is not None and res.section.section["name"] == "高齢者支援課"
    assert res.section.former is not None
    assert to_contract(guide.kb, res)["results"][0]["section"] == "高齢者支援課"


@pytest.mark.parametrize("spelling", ["ひきこもり", "引きこもり", "ヒキコモリ", "ﾋｷｺﾓﾘ"])
def test_kana_and_script_variants_meet(guide, spelling):
    out = to_contract(guide.kb, guide.ask(f"{spelling}の息子のこと"))
    assert out["results"][0]["id"] == "hikikomori-soudan"


def test_typo_is_tolerated(guide):
    out = to_contract(guide.kb, guide.ask("にんちしよう"))
    assert any(r["id"] == "chiiki-houkatsu" for r in out["results"][:3])


def test_several_concerns_get_each_counter_and_the_all_round_one(guide):
    out = to_contract(guide.kb, guide.ask("介護と子育てが同時で限界"))
    ids = [r["id"] for r in out["results"][:4]]
    assert "carer-shien" in ids and "fukushi-sogo-soudan" in ids


@pytest.mark.parametrize("text,district", [("かまくらのにかいどう", "鎌倉"), ("こしごえの つ です", "腰越"),
                                           ("かまくらのゆいがはまに すんでます", "鎌倉")])
def test_a_kana_town_after_the_city_or_its_district_and_no(guide, text, district):
    hit = find_district(guide.kb, text)
    assert hit is not None and district in guide.kb.districts[hit.district_id]["name"]


def test_a_kana_town_after_other_kana_is_no_place(guide):
    assert find_district(guide.kb, "わたしのにかいどう") is None
