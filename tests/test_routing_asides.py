"""What a long message is for, second round (issue #17, session 9): an afterthought question (「あと、駐車場は」
"Also, is there parking?") is a detail of the main ask; worry that keeps the resident awake is the worry, not
their own mind; a neighbour's child left alone or unfed is neglect; an English message may name a Japanese
word it was told; low mood and a neighbour who minds a child, said in everyday English."""

from __future__ import annotations

import pytest

from core.answer import to_contract
from core.ask import find_ask
from core.english import is_english
from core.relations import infer_topics


def _ids(guide, text: str) -> list[str]:
    return [r["id"] for r in to_contract(guide.kb, guide.ask(text))["results"]]


def test_an_afterthought_question_is_not_the_ask():
    focus = find_ask("息子の発達のことを相談できる場所はどこですか？ちなみに、駐輪場はありますか。")
    assert focus.asks == ("息子の発達のことを相談できる場所はどこですか?",)
    assert "駐輪場" not in focus.wish
    # alone, it is the ask
    assert find_ask("駐輪場はありますか。").asks


@pytest.mark.parametrize("text,counter", [
    ("2歳の娘の言葉が遅くて気になります。発達の相談ができる所はありますか？あと、車で行くので駐車場があると助かります。",
     "hattatsu-shien"),
    ("I'd like to volunteer with older people now that I'm retired. Where do I register? Also, is there parking?",
     "volunteer-center"),
])
def test_parking_asked_after_a_welfare_question_keeps_the_counter(guide, text, counter):
    assert counter in _ids(guide, text)[:3]


def test_worry_that_keeps_one_awake_is_not_the_residents_own_mind(guide):
    ids = _ids(guide, "実家の母の物忘れが増えて、ガスの消し忘れが心配で夜も眠れません。どこに相談すればいいですか。")
    assert ids[0] == "chiiki-houkatsu"
    assert "眠れ" not in find_ask("隣の子が気になって眠れません。どこに知らせればいいですか。").text


def test_a_neighbours_child_left_alone_is_neglect_and_ones_own_childcare_is_not(guide):
    told = "アパートの隣の部屋の兄弟が、いつもお腹をすかせて外で遊んでいます。親の姿を見かけません。どこに相談すればいいですか。"
    assert infer_topics(told).get("gyakutai") == 2.0
    assert "jido-gyakutai" in _ids(guide, told)[:3]
    own = "仕事で帰りが夜遅くなるので、小学生の娘が夜遅くまで一人で留守番しています。預け先はありますか。"
    assert "gyakutai" not in infer_topics(own)


def test_an_english_message_naming_a_japanese_word_is_english(guide):
    text = "Our son is 5 and the nursery says he needs 療育. We are new in Kamakura. Where should we go first?"
    assert is_english(text) and not is_english("認知症の父 help")
    result = guide.ask(text)
    assert result.lang == "en" and "hattatsu-shien" in _ids(guide, text)[:3]


@pytest.mark.parametrize("text,counters", [
    ("I've been feeling low for weeks and can't sleep. Is there someone I can talk to about it?",
     {"jisatsu-taisaku", "kenko-soudan"}),
    ("I need a babysitter for my daughter on Saturdays while I work. Does the city have a scheme?",
     {"family-support"}),
])
def test_everyday_english_for_low_mood_and_minding_a_child(guide, text, counters):
    assert counters & set(_ids(guide, text)[:3])


def test_ones_own_work_named_as_when_is_no_job_asked_about():
    assert "仕事" not in find_ask("仕事帰りに寄る母の家のことです。手すりを付けたいのですが、補助はありますか。").text
    from core.english import to_japanese
    assert "就労" not in to_japanese("I work part-time and need someone to take my son to nursery on Mondays.")


@pytest.mark.parametrize("text", [
    "入院していたので市民税の納付期限を過ぎてしまいました。お金に困っているわけではありません。遅れて払う方法を知りたいです。",
    "固定資産税を納め忘れていました。延滞金はいくらになりますか。",
    "駅前の再開発で、バスの乗り場が変わったと聞きました。新しい乗り場はどこですか。",
])
def test_a_late_tax_and_works_at_the_station_are_other_city_business(guide, text):
    result = guide.ask(text)
    assert result.out_of_scope and result.other_business is not None


def test_a_premium_one_cannot_pay_stays_welfare(guide):
    assert "jiritsu-soudan" in _ids(guide, "国民健康保険料が払えません。失業中で貯金もありません。")[:3]


@pytest.mark.parametrize("text", [
    "知的障害のある弟が通う作業所で、職員からお昼を抜かれたり、バカにされたりしているようです。外の相談先はありますか。",
    "身体障害のある叔母の通帳を、同居のいとこが管理していて、叔母は生活費をもらえないと言っています。どこに相談すればいいですか。",
])
def test_harm_done_to_a_disabled_person_by_those_around_them_is_disability_abuse(guide, text):
    assert _ids(guide, text)[0] == "shogai-gyakutai-boushi"


def test_a_parent_who_snaps_at_a_toddler_is_still_asked_about_parenting(guide):
    assert _ids(guide, "3歳の娘が言うことを聞かなくて、毎日怒鳴ってばかり。子育てに疲れました")[0] == "kosodate-soudan"


def test_an_age_reached_is_who_not_a_pension_question(guide):
    ids = _ids(guide, "甥が先月20歳になりました。ネットで知り合った人に勧められて高い講座の契約を結んでしまい、取り消したいそうです。")
    assert ids[0] == "shohi-seikatsu-center" and "kokumin-nenkin" not in ids[:3]
    assert "kokumin-nenkin" in _ids(guide, "20歳になったら年金の手続きは必要ですか")[:3]


def test_an_employer_who_wants_to_hire_disabled_people_gets_the_employment_centre(guide):
    text = "美容室を経営しています。障害のある人を雇うことを考えていて、何から始めればいいか相談したいです。"
    assert _ids(guide, text)[0] == "nisen-nin-koyou"


@pytest.mark.parametrize("text", [
    "For a school project I need Kamakura's population by age. Where are the city's statistics?",
    "市の人口の推移や世帯数を調べています。統計データはどこで見られますか。",
    "散歩の犬のフンの後始末をしない人が多くて困っています。市で呼びかけてもらえませんか。",
])
def test_the_citys_statistics_and_dog_mess_are_other_city_business(guide, text):
    result = guide.ask(text)
    assert result.out_of_scope and result.other_business is not None
