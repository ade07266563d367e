"""Routing of session 15 (issue #17): other city business told in everyday words — rain asked in kana (雨ふる),
a sofa to throw out (粗大ごみ出したい), a PIN of the My Number card with a mother one goes along with (付き添いで
行けばいい: the writer goes, no hand is asked), a resident record moved after the care matters are settled (介護保険
のことは済んだので別件です), the way to City Hall, the school's lunch and holidays, a road used for a festival,
a marriage or a school registration asked in English — and their welfare twins, which must keep their counters
(a rainy day's place for a toddler, a hand asked to put the bulky rubbish out). Sentences written for this test,
not taken from any question set."""

from __future__ import annotations

import pytest

from core.answer import to_contract


def _out(guide, text: str) -> dict:
    return to_contract(guide.kb, guide.ask(text))


@pytest.mark.parametrize("text", [
    "明日って雨ふるかな",
    "週末の鎌倉、雨降るの？",
    "ソファを粗大ごみで出したい。申し込みはどうするの",
    "古い冷蔵庫、粗大ゴミ出したいんだけど",
    "マイナンバーカードの暗証番号がロックされた。父は90歳で、付き添いで行けばいいですか",
    "父の介護のことは済んだので別件です。父の住民票をこっちに移したい。委任状で手続きできますか",
    "中学校って給食ある？",
    "小学校の夏休みっていつから？",
    "冬休みっていつまで？小学生",
    "町内のお祭りで道路使いたいんだけど許可はどこ",
    "市民活動センターの会議室を借りたい。手芸サークルです",
    "熱中症警戒アラートって今日出てる？",
    "運動会が雨で延期になったらお弁当はどうするの",
    "I want to register our marriage. What documents do I need?",
    "How do we register for public school? We just moved here.",
    "本庁舎の移転の話ってどうなった？",
    "自転車を盗まれた。どこに届ければ",
])
def test_other_city_business_gets_no_counter(guide, text):
    out = _out(guide, text)
    assert not out["results"] and not out.get("crisis")


@pytest.mark.parametrize("text, wanted", [
    ("雨の日に赤ちゃんと行ける室内の遊び場ない？", {"kosodate-shien-center", "tsudoi-hiroba"}),
    ("雨の日でも2歳の子と過ごせる場所を知りたい", {"kosodate-shien-center", "tsudoi-hiroba"}),
    ("粗大ごみを出すのを手伝ってほしい。腰が悪くて", {"koureisha-seikatsu-support", "volunteer-center"}),
    ("足が悪くて粗大ごみを運べない。手伝ってくれる人いますか", {"koureisha-seikatsu-support", "volunteer-center"}),
    ("母がゴミ出しするのが大変になってきた", {"koureisha-seikatsu-support", "chiiki-houkatsu", "p-4-1-1-16"}),
    ("通院に付き添ってくれる人を探してる。80歳ひとり暮らし", {"koureisha-seikatsu-support", "chiiki-houkatsu",
                                               "volunteer-center", "kaigo-hoken"}),
    ("市役所のどの課に行けばいいか分からない。家族の問題がいくつもある", {"fukushi-sogo-soudan", "shakyo-nandemo-soudan"}),
    ("一人暮らしの父に、お弁当を届けてくれるサービスはある？", {"chiiki-houkatsu", "chiku-shakyo", "koureisha-seikatsu-support"}),
    ("地域包括支援センターってどう行けばいいですか", {"chiiki-houkatsu"}),
])
def test_welfare_twins_keep_their_counters(guide, text, wanted):
    ids = [r["id"] for r in _out(guide, text)["results"]][:3]
    assert set(ids) & wanted, ids


@pytest.mark.parametrize("text", [
    "中学生の娘が学校に行きたくないって言い出した",
    "息子(小3)が学校行きたがらない",
    "うちの子、最近学校行き渋ってて",
    "子どもが不登校で、フリースクールを探してる",
    "小学生の息子、朝になるとお腹が痛いと言って学校を休む",
    "娘が不登校になって1年。親のほうが参ってます",
])
def test_a_parent_s_worry_about_school_is_the_parents_counter_first(guide, text):
    ids = [r["id"] for r in _out(guide, text)["results"]]
    assert ids[0] == "kosodate-soudan" and "kyoiku-center-soudan" in ids[:3], ids


@pytest.mark.parametrize("text, wanted", [
    ("中2です。クラスで無視されてて学校に行きたくない", "kyoiku-center-soudan"),
    ("わたし小6です。弟の世話で学校に行けない日がある", "young-carer"),
    ("不登校のまま卒業した娘が家にこもりきり", "hikikomori-soudan"),
])
def test_a_pupil_or_a_grown_child_keeps_its_counter(guide, text, wanted):
    assert [r["id"] for r in _out(guide, text)["results"]][0] == wanted


@pytest.mark.parametrize("text", [
    "囲碁や将棋ができる高齢者の施設ってある？",
    "70過ぎの父、カラオケで歌える年寄り向けの所を探してる",
    "お年寄りが集まって趣味を楽しめる場所",
    "60歳以上が使える施設でお風呂があるところ",
])
def test_an_old_person_s_pastime_is_the_senior_centre(guide, text):
    assert [r["id"] for r in _out(guide, text)["results"]][0] == "roujin-fukushi-center"


@pytest.mark.parametrize("text", [
    "How do we apply for kaigo hoken for my father?",
    "My grandmother needs home care. How do we apply for care services?",
    "We want to apply for a nursing home for my mother. Where do we go?",
])
def test_care_insurance_asked_in_english_is_the_care_insurance_counter(guide, text):
    assert "kaigo-hoken" in [r["id"] for r in _out(guide, text)["results"]][:2]


def test_a_need_said_to_be_absent_is_set_aside(guide):
    ids = [r["id"] for r in _out(guide, "妻を亡くして一人。体は元気で介護がいるわけでもない。ただ話し相手がほしい")["results"]]
    assert ids[0] in {"kodoku-koritsu", "chiku-shakyo", "roujin-fukushi-center"}, ids


@pytest.mark.parametrize("text", [
    "ダウン症の妹が入所施設であざを作ってた。職員の説明もあいまい",
    "車いすの兄が、ヘルパーに毎回怒鳴られてるのが聞こえる",
    "自閉症の弟が施設で叩かれてるかもしれない",
])
def test_harm_to_someone_named_by_a_disability_is_the_disabled_abuse_counter(guide, text):
    out = _out(guide, text)
    assert out.get("crisis") or [r["id"] for r in out["results"]][0] == "shogai-gyakutai-boushi"


@pytest.mark.parametrize("text", [
    "車いすの祖母がヘルパーに乱暴に扱われてる",
    "嫁が義父を叩いてるみたい",
])
def test_harm_to_an_old_person_stays_elder_abuse(guide, text):
    out = _out(guide, text)
    ids = [r["id"] for r in out["results"]][:3]
    assert "koreisha-gyakutai" in ids and "shogai-gyakutai-boushi" not in ids[:1], ids


@pytest.mark.parametrize("text", [
    "親の介護と2歳の子育てが同時に来て毎日ぐちゃぐちゃ",
    "認知症の父の介護と、赤ちゃんの子育てが重なってしんどい",
])
def test_double_care_is_the_carers_counter_first(guide, text):
    assert [r["id"] for r in _out(guide, text)["results"]][0] == "carer-shien"


@pytest.mark.parametrize("text, wanted", [
    ("母の介護と自分の借金と息子の不登校、ぜんぶ一気にきてる", "fukushi-sogo-soudan"),
    ("産後で上の子も赤ちゃん返り。産後ヘルパーとか使えるサービスある？", "kosodate-soudan"),
])
def test_more_than_double_care_or_no_elder_keeps_its_counter(guide, text, wanted):
    ids = [r["id"] for r in _out(guide, text)["results"]]
    assert ids[0] != "carer-shien" and wanted in ids[:3], ids
