"""Small talk and follow-up questions as the resident writes them: thanks with how they feel now is thanks
(no new cards), thanks with a question is a question; 「郵送は？」 asks about applying."""

from __future__ import annotations

import pytest

from core import followup, smalltalk


@pytest.mark.parametrize("text", [
    "ありがとうございます。話を聞いてもらえただけで少し気持ちが楽になりました", "ありがとう、安心しました",
    "Thank you, I feel a bit better now", "ありがとう！", "助かりました"])
def test_thanks_with_how_the_resident_feels_is_thanks(text):
    assert smalltalk.kind(text) == smalltalk.THANKS


@pytest.mark.parametrize("text", [
    "ありがとう。安心して行ける場所はどこですか", "ありがとう。気持ちが楽になる方法を教えて",
    "ありがとうございます。次は家賃のことです"])
def test_thanks_with_a_question_or_a_new_matter_is_not_small_talk(text):
    assert smalltalk.kind(text) is None


@pytest.mark.parametrize("text,talk", [
    ("助かりました、すぐ電話します", smalltalk.THANKS), ("ありがとう！妻にも伝えておきます", smalltalk.THANKS),
    ("ありがとうございます。まずは娘の話をゆっくり聞いてみます", smalltalk.THANKS),
    ("了解です！夫とも話し合っておきます", smalltalk.OK), ("Thanks so much, I'll give them a call on Monday", smalltalk.THANKS)])
def test_thanks_or_a_yes_with_the_residents_own_next_step_is_small_talk(text, talk):
    assert smalltalk.kind(text) == talk and smalltalk.calm(text)


@pytest.mark.parametrize("text", [
    "ありがとう、でも明日また電話します", "ありがとう、母が病院に行きます", "ありがとう、夫がまた来ます",
    "Thanks. I'll be evicted next week", "Thanks, I will go there and ask about the forms?"])
def test_thanks_with_a_contrast_someone_elses_doing_or_a_question_is_not_small_talk(text):
    assert smalltalk.kind(text) is None


@pytest.mark.parametrize("text,talk", [
    ("あざす", smalltalk.THANKS), ("あざまる〜", smalltalk.THANKS), ("さんくす！", smalltalk.THANKS), ("tysm", smalltalk.THANKS),
    ("おけまる", smalltalk.OK), ("おけまる水産", smalltalk.OK), ("ok will do", smalltalk.OK), ("Sounds good", smalltalk.OK),
    ("Perfect, thanks", smalltalk.THANKS), ("Awesome, that's really helpful!", smalltalk.OK),
    ("no worries, cheers", smalltalk.THANKS), ("np", smalltalk.OK)])
def test_lines_slang_for_thanks_and_ok_is_small_talk(text, talk):
    assert smalltalk.kind(text) == talk and smalltalk.calm(text)


@pytest.mark.parametrize("text", ["なんかおもしろい話して", "Tell me a joke", "なぞなぞ出して", "ひまだから雑談しよう"])
def test_a_request_for_play_is_calm_small_talk(text):
    assert smalltalk.kind(text) == smalltalk.PLAY and smalltalk.calm(text)


@pytest.mark.parametrize("text", ["話を聞いてほしい", "誰かと話したい", "暇すぎて死にそう", "仕事がなくて暇で不安"])
def test_wanting_to_be_listened_to_is_no_play(text):
    assert smalltalk.kind(text) != smalltalk.PLAY


@pytest.mark.parametrize("text", ["メールで相談できますか", "FAXは？", "耳が聞こえないので、電話以外で連絡できますか",
                                  "LINEで相談できる？", "Can I contact them by email?"])
def test_another_way_than_the_phone_is_asked_as_such(text):
    assert followup.aspect(text) == "ways"


@pytest.mark.parametrize("text,what", [("オンラインで相談できる？", "apply"), ("電話番号は？", "phone"),
                                       ("電話じゃなくて直接行って話したい", "access")])
def test_online_the_number_or_going_in_person_are_not_another_way(text, what):
    assert followup.aspect(text) == what


@pytest.mark.parametrize("text", ["郵送は？", "オンラインで申請できますか", "Can I apply online?"])
def test_applying_by_mail_or_online_is_a_question_about_applying(text):
    assert followup.aspect(text) == "apply"


@pytest.mark.parametrize("text", ["通報したら私だってばれますか", "名前を言わなくても相談できますか", "身元は知られますか"])
def test_will_they_know_it_was_me_is_a_question_about_the_counter(text):
    assert followup.aspect(text) == "who"


@pytest.mark.parametrize("text", ["どこいけばいい？", "どこに行けばいいですか"])
def test_where_to_go_after_an_answer_asks_for_the_place(text):
    assert followup.aspect(text) == "place"


def test_forgetting_things_in_english_reads_as_forgetfulness():
    from core.english import to_japanese

    assert "物忘れ" in to_japanese("My father keeps forgetting things")


@pytest.mark.parametrize("text", ["上の子を遊ばせられる場所はある？", "今夜泊まれるところはありますか", "安全な場所はありますか",
                                  "母が昼間通える施設ってどこにありますか", "ヘルパーさんに来てもらうには、どうすりゃいい？",
                                  "保育園に申し込むには、どうすればいいですか"])
def test_a_place_or_service_one_needs_is_no_question_about_the_counter_shown(text):
    assert followup.needs(text) and followup.aspect(text) is None


@pytest.mark.parametrize("text,what", [("そこの場所はどこですか", "place"), ("窓口の場所を教えて", "place"),
                                       ("そこに行くにはどうしたらいい？", "access"), ("予約するにはどうすればいい？", "booking"),
                                       ("手続きをするにはどうしたらいいですか", "apply"), ("家に来てもらえますか", "visit")])
def test_the_counters_own_place_or_how_to_stays_a_question_about_it(text, what):
    assert not followup.needs(text) and followup.aspect(text) == what


@pytest.mark.parametrize("text,talk", [
    ("やっほー！", smalltalk.GREETING), ("おっす", smalltalk.GREETING), ("ちわっす", smalltalk.GREETING),
    ("あざます", smalltalk.THANKS), ("あざまーす🙏", smalltalk.THANKS), ("あざっした", smalltalk.THANKS),
    ("朝晩は冷えますね", smalltalk.GREETING), ("今日も蒸しますねえ", smalltalk.GREETING),
    ("今日は朝から暑いですねー", smalltalk.GREETING)])
def test_casual_hellos_thanks_and_the_weather_are_calm_small_talk(text, talk):
    assert smalltalk.kind(text) == talk and smalltalk.calm(text)


@pytest.mark.parametrize("text", ["蒸しますね。母が熱中症で倒れました", "冷えますね、父の暖房代が払えなくて"])
def test_the_weather_with_a_matter_is_not_small_talk(text):
    assert smalltalk.kind(text) is None


@pytest.mark.parametrize("text", ["子どもを数時間だけ預かってほしい", "2時間ほど見てもらえますか", "半時間くらいなら"])
def test_a_duration_is_no_question_about_opening_hours(text):
    assert followup.aspect(text) != followup.HOURS


@pytest.mark.parametrize("text", ["担任の先生から市に連絡してもらってもいいですか", "病院から相談してもらうことはできますか",
                                  "学校が窓口に相談するのは大丈夫？"])
def test_someone_else_contacting_the_counter_is_a_question_about_who_may_ask(text):
    assert followup.aspect(text) == followup.WHO


def test_a_place_to_consult_by_fax_asks_for_the_counters_ways():
    assert followup.aspect("FAXで相談できるところはありますか") == followup.WAYS
    assert followup.needs("子どもを遊ばせられる場所はある？")


@pytest.mark.parametrize("text", ["こんちは", "おはよー", "ハロー", "お疲れさまです", "あざーっす", "暑すぎ〜", "今日も寒っ"])
def test_more_casual_hellos_and_weather_are_calm_small_talk(text):
    assert smalltalk.calm(text)


@pytest.mark.parametrize("text", ["うちわを買いたい", "暑すぎて父がぐったりしている", "疲れました"])
def test_words_holding_a_hello_or_the_weather_with_more_are_not_calm(text):
    assert not smalltalk.calm(text, lenient=True)
