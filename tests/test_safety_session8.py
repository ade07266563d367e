"""Families the safety screen reads since session 8 (issue #11): a person found hanging or cut down, a parent who
thinks of dying together with a child, a carer's what-if about the neck, marks on a child seen by a carer, a height
reached now, a wish to be free of everything — and the harmless lines near them that stay quiet."""

from __future__ import annotations

import pytest

from core.safety import screen

ALARMS = {
    # found hanging, or cut down and not known to breathe: 119 first
    "首を吊ってる、いま見つけた": "not-breathing-or-unconscious",
    "祖父が物置で首をつっていました、どうしよう": "not-breathing-or-unconscious",
    "ロープから下ろしたけど体が冷たい": "not-breathing-or-unconscious",
    "下ろしたけど息してるかわからない": "not-breathing-or-unconscious",
    "I found my uncle hanging in the garage": "not-breathing-or-unconscious",
    "we cut her down, I can't tell if she's breathing": "not-breathing-or-unconscious",
    # a parent and a child together
    "赤ちゃんと一緒に消えたい": "suicide-thoughts",
    "この子を連れて死のうかと毎晩考える": "suicide-thoughts",
    "むすこと いっしょに いなくなりたい": "suicide-thoughts",
    "無理心中を考えてしまう": "suicide-thoughts",
    # a carer's what-if
    "介護がつらくて、父の首をしめたらって考えてしまう": "caregiver-may-harm",
    # marks on a child seen by someone else
    "bruises on a toddler at our daycare again": "child-abuse",
    # a height now; free of everything
    "今ひとりで屋上にいる": "suicide-plan-or-attempt",
    "楽になりたい、もう何もかも": "suicide-thoughts",
    "明日の朝、川に入っていきます。探さないでください": "suicide-plan-or-attempt",
    # a carer's hand already used, a thought that stays
    "要介護の母の腕をつかんで引きずってしまった": "caregiver-may-harm",
    "認知症の夫の世話で、いっそ…と思う夜がある": "caregiver-may-harm",
    # blows heard, rough handling with an injury, a threat about the children, the way to a height
    "I can hear slapping from next door and a little boy crying": "child-abuse",
    "作業所で知的障害の兄が手荒に扱われて骨折した": "disabled-abuse-injury",
    "別れた夫から『娘を連れていく、覚えとけ』と連絡が来た": "stalking-threat",
    "Left a note for my sister. heading to the bridge now": "suicide-plan-or-attempt",
    "生きてても仕方ないし、もう全部終わらせたい": "suicide-thoughts",
    "Grandma has dementia, she went out at dawn and nobody can find her": "missing-person-dementia",
    # a wish to vanish as a plan, no one would mind, life without a point, the means in hand
    "もうこのまま消えちゃおうかな": "suicide-thoughts",
    "俺が死んだところで誰も悲しまない": "suicide-thoughts",
    "is there any point in living": "suicide-thoughts",
    "I've got the pills ready, tonight": "suicide-plan-or-attempt",
    # a baby left soiled, a child kept out at night, outside in the snow with nowhere to go
    "隣の家の赤ちゃん、オムツを替えてもらえてないみたい": "child-abuse",
    "近所の子が家に入れてもらえないって外で泣いてる": "child-abuse",
    "漫喫にも泊まれなくて、いま駅にいる。雪で寒い": "no-food-or-shelter-in-cold",
    # a blow that follows any resistance
    "口答えすると父が蹴ってくる": "violence-now-family",
    # a carer afraid of what comes next, binding marks, a fracture unexplained, scalding water
    "義父の介護、このままじゃ取り返しのつかないことをしてしまう": "caregiver-may-harm",
    "老人ホームの父の足首に縛られた跡があった": "elder-abuse-injury",
    "my sister with autism came back from respite with a fractured wrist and they couldn't explain": "disabled-abuse-injury",
    "隣の家で子どもに熱湯をかけてるのを見た": "child-abuse",
    # a pursuer's condition, spiked drink, a head struck against the wall
    "元彼から、返信しないと家まで行くって毎晩": "stalking-threat",
    "飲み物に何か入れられて、気がついたらホテルだった": "sexual-violence",
    "夫に頭を床に叩きつけられた": "violence-now-partner",
    # the last step left, a closed garage, a counted handful of pills, a stranger every night, a threat by text
    "遺書は置いた、後は屋上に行くだけ": "suicide-plan-or-attempt",
    "he's in the shut garage and the engine is running": "suicide-plan-or-attempt",
    "my brother took thirty of his pills": "overdose",
    "毎朝知らない男が家の前で待ってる": "stalking-threat",
    "my ex is texting me that he will burn my car": "stalking-threat",
    "いとこの子がご飯を抜かれてるみたい": "child-abuse",
    "Dad has dementia and he went out in his slippers at midnight": "missing-person-dementia",
    "I want to stop existing": "suicide-thoughts",
}


@pytest.mark.parametrize("text,situation", sorted(ALARMS.items()))
def test_a_family_raises_its_alarm(text: str, situation: str) -> None:
    found = screen(text)
    assert found.alarm and situation in found.situations, (text, found)


def test_someone_found_hanging_is_an_emergency_with_119_first() -> None:
    found = screen("兄が首を吊ってた")
    assert found.urgency == "emergency" and found.situations[0] == "not-breathing-or-unconscious"


def test_a_parent_wishing_to_die_with_a_child_gets_the_suicide_lines_first_and_the_child_lines() -> None:
    found = screen("産後ずっと、赤ちゃんと一緒に消えたいって思う")
    assert found.situations[0] == "suicide-thoughts"
    assert "child-abuse" in found.situations and "caregiver-may-harm" in found.situations


def test_a_wish_to_vanish_with_a_child_is_no_missing_child() -> None:
    assert "missing-child" not in screen("もう子供と一緒にいなくなりたい").situations


@pytest.mark.parametrize("text", [
    "心中お察しします", "子どもと一緒に買い物しに行きたい", "首を吊って亡くなった兄の遺族の会はありますか",
    "子どもが鉄棒にぶら下がって遊んでる", "ドラマで首を吊っているシーンがあって怖かった",
    "今屋上にいるんですが、市役所の屋上って入れますか", "仕事を終わらせて楽になりたい",
    "my son got bruises on his knee from football", "家出した娘が帰ってきました、ひと安心",
    "My son ran away last night but he is back now", "DV被害の相談窓口の電話番号を教えて", "Thank you so much for your help!", "子どもが家に帰るのを嫌がる、公園で遊びたいって",
    "施設の母が職員に乱暴に扱われていると言うので、虐待として相談したい",
])
def test_harmless_lines_near_the_families_raise_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))


@pytest.mark.parametrize("text", ["Thank you!", "thanks!!", "OK!", "ありがとうございました！", "よろしくお願いします"])
def test_a_courtesy_alone_gets_no_soft_line(text: str) -> None:
    assert screen(text).urgency == "none"


def test_a_missing_child_not_come_home_still_raises_the_alarm() -> None:
    assert screen("My son didn't come back from the park and it's dark").alarm


def test_a_blow_after_any_resistance_is_a_crisis_today_not_110_now() -> None:
    assert screen("逆らうと兄に突き飛ばされる").urgency == "crisis"


@pytest.mark.parametrize("text", [
    "自殺対策の市民講座は今年もありますか", "自死遺族の集いの日程を教えてください", "模試が多すぎて死んだｗ 自習室は何時まで？",
    "推しが尊すぎて死ぬ、ところで図書館の予約", "腹減って死にそう、子ども食堂は何曜日？",
])
def test_a_course_a_group_or_teen_hyperbole_gets_no_soft_line(text: str) -> None:
    assert screen(text).urgency == "none", (text, screen(text))


@pytest.mark.parametrize("text", ["今、自殺対策の講座の帰りだけど、死にたい", "自殺対策の講座に出たけど、今もつらい"])
def test_distress_said_now_beside_a_course_is_still_heard(text: str) -> None:
    assert screen(text).urgency != "none"


@pytest.mark.parametrize("text", [
    "車いすの母と住める物件を探して不動産屋を回っても見つからず困っています",
    "高齢の父が入れる施設がなかなか見つかりません",
    "作業所で利用者の弟が職員に叩かれたと言っています。こういう時の相談先を教えてください",
])
def test_a_thing_not_found_or_a_counter_asked_for_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, (text, screen(text))


def test_a_person_with_dementia_not_found_is_still_an_emergency() -> None:
    assert screen("認知症の祖父を探しても見つからない、もう夜").urgency == "emergency"


@pytest.mark.parametrize("q", ["My husband hits me", "My boyfriend beats me up when he drinks",
                               "my wife slaps us when she is angry", "He punches me"])
def test_a_blow_told_in_the_english_simple_present_is_violence_at_home_a_dv_line_today(q):
    """What happens at home (the simple present) is a crisis with the DV lines, not a quiet soft line; what is
    happening now stays an emergency; "beats me why" is an idiom, no blow."""
    s = screen(q)
    assert s.urgency == "crisis" and s.situations[0].startswith("violence-now"), (q, s)


def test_a_blow_in_english_happening_now_is_an_emergency_and_the_idiom_is_none():
    assert screen("My husband is hitting me right now").urgency == "emergency"
    assert not screen("Beats me why the office is closed on Saturdays").alarm
