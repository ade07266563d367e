"""Conversation round of session 17 (issue #13), kinds of failure seen on convo15's tune part: relief or safety told
after a crisis earlier in the conversation is a danger just past (soft), worn out told of oneself is soft, the same
danger told as handled (help came, taken to hospital) is no new alarm, the alarm's own help denied (「通報とかじゃなくて」)
lets the concern meant be answered, a follow-up typed in (half-width) katakana is read, a concern named by 「〜のことは」
or a condition of eligibility asked in a thread, a child harmed by a parent, a Chinese message, a service asked by name
with no 生活保護 unasked. Sentences written for this test, not taken from any question set; each rule with twins."""

from __future__ import annotations

import pytest

from core import followup, smalltalk
from core.alarm import at_hospital, away_from_harm, helped, not_meant, safe_now, sign_gone
from core.crisis import _harmed
from core.dialogue import Dialogue
from core.foreign import third_language, unread
from core.kana import widen
from core.safety import screen
from core.tiering import WORN

# Worn out told of oneself: the quiet tier in any turn.
WORN_TOLD = [
    "介護は私ひとりでやっていて、正直まいってます",
    "もう参ってきました",
    "毎晩起こされてへとへとです",
    "仕事と育児でくたくた",
    "心が折れそうです",
    "疲れ果てて何もできない",
    "子どもの夜泣きで疲れ切ってる",
    "まいっちゃうよほんと",
]
# …and its twins: a visit, the humble verb, plain tiredness words that say nothing of oneself.
NOT_WORN = [
    "お墓に参ってきました",
    "神社へ参っています",
    "これからも努めて参ります",
    "行って参ります",
    "お寺にまいってきました",
    "骨が折れた",
]


@pytest.mark.parametrize("text", WORN_TOLD)
def test_worn_out_told(text):
    assert WORN.search(text)


@pytest.mark.parametrize("text", NOT_WORN)
def test_not_worn_out(text):
    assert not WORN.search(text)


# Thanks or a yes with a step of one's own put off or tried: small talk, no cards again.
STEP_LATER = ["ありがとう。今日はもう遅いので、また明日考えます", "なるほど、そうしてみます", "わかりました、様子を見ます",
              "ありがとう、検討してみます", "了解です、やってみます", "はい、また来週"]
NOT_STEP_LATER = ["ありがとう、でも明日考えます", "はい、お願いしてもいいですか", "ありがとう。明日また相談したいです",
                  "ありがとう、して欲しいことがあるんです", "ありがとう。家賃が払えなくて困ってます"]


@pytest.mark.parametrize("text", STEP_LATER)
def test_step_of_ones_own_later(text):
    assert smalltalk.calm(text)


@pytest.mark.parametrize("text", NOT_STEP_LATER)
def test_not_a_step_of_ones_own(text):
    assert not smalltalk.calm(text)


# Taken to hospital or help come, told after an alarm: the danger handled.
HANDLED = ["救急車呼んで、今運ばれていきました", "病院に運ばれていった", "救急車で運ばれました", "救急隊の人が来てくれました",
           "さっき救急車が来ました"]
NOT_HANDLED = ["救急車がまだ来ない", "運ばれる前に何をすればいい？", "救急車呼んだほうがいい？"]


@pytest.mark.parametrize("text", HANDLED)
def test_handled(text):
    assert at_hospital(text) or helped(text)


@pytest.mark.parametrize("text", NOT_HANDLED)
def test_not_handled(text):
    assert not (at_hospital(text) or helped(text))


# The danger's own sign told gone, after an alarm: over (a danger just past, the quiet tier).
SIGN_GONE = ["血は止まりました", "けいれんはおさまって、いまは寝てます", "火は消えました", "においは消えました",
             "水分とって休ませたら元気になってきました", "熱が下がってきました",
             "なんとかベッドに寝かせました", "咳がおさまりました"]
SIGN_NOT_GONE = ["血が止まらない", "彼から電話が来た", "まだ火が消えない", "止まったら連絡します", "連絡がありません", "熱が下がらない",
                 "帰ってきたら一人で風呂に入らせるのが怖い", "見つかったら教えて"]


@pytest.mark.parametrize("text", SIGN_GONE)
def test_sign_gone(text):
    assert sign_gone(text, ["heavy-bleeding"])


@pytest.mark.parametrize("text", SIGN_NOT_GONE)
def test_sign_not_gone(text):
    assert not sign_gone(text, ["heavy-bleeding"]) and not safe_now(text)


@pytest.mark.parametrize("text", ["血は止まりました", "血はもう止まった"])
def test_blood_stopped_is_no_end_of_self_harm(text):
    assert not sign_gone(text, ["self-harm"]) and not sign_gone(text, ["suicide-thoughts"])


@pytest.mark.parametrize("text", ["夫はもう寝ました", "夫は出て行きました"])
def test_the_one_who_harms_asleep_or_gone(text):
    assert away_from_harm(text, ["violence-now-partner"])


@pytest.mark.parametrize("text", ["夫はまだ起きてる", "夫が寝たら逃げたい", "夫は寝たきりの母を見てる"])
def test_the_one_who_harms_still_there(text):
    assert not away_from_harm(text, ["violence-now-partner"])


# The alarm's own help denied as what is wanted: the concern meant is routed.
DENIED = ["いや、通報とかじゃなくて、施設に文句を言いたいだけ", "警察とかじゃなくて、話を聞いてほしいだけです",
          "通報じゃなくて相談がしたい", "いや死ぬとかじゃなくて、借金のことです"]
NOT_DENIED = ["通報したほうがいいですか", "警察に言うべきかな", "施設に苦情を言いたい"]


@pytest.mark.parametrize("text", DENIED)
def test_help_denied(text):
    assert not_meant(text)


@pytest.mark.parametrize("text", NOT_DENIED)
def test_help_not_denied(text):
    assert not not_meant(text)


# A past emergency told as handled, nothing going on now: the screen's quiet tier, never 119 again.
PAST = ["先週、父が徘徊して警察に保護されました。また出ていかないか心配です",
        "火事で家が焼けてしまって、今は親戚の家にいます。住むところを探したい",
        "おととい祖母が階段から落ちて救急搬送されました。今は入院中です",
        "先週から行方不明だった認知症の母が保護されました",
        "救急車で運ばれましたが、今は落ち着いています"]
STILL = ["父が倒れて救急車で運ばれたけどまだ意識が戻らない",
         "救急車で運ばれた。でも今度は母が倒れて息してない",
         "祖父が家で倒れてる、救急車呼んだけどまだ来ない",
         "夫に殴られて救急車で運ばれました",
         # a turn after the handled clause tells a danger of today in the same sentence
         "昨日は無事でしたが、母が倒れて動かない",
         "父は搬送されたけど、今度は母が息をしていない",
         "先月は保護されたけど、認知症の祖母がまた朝から戻ってこない",
         # found on an earlier day is not found today
         "認知症の祖母が朝から帰ってこない。先月も警察に保護されました",
         "認知症の父がいなくなった。前にも駅で保護されたことがある"]


@pytest.mark.parametrize("text", PAST)
def test_past_emergency_not_alarmed(text):
    assert screen(text).urgency not in ("emergency", "crisis")


@pytest.mark.parametrize("text", STILL)
def test_emergency_still_going_on(text):
    assert screen(text).alarm


def test_half_width_katakana_widened():
    assert widen("ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ ｵｼｴﾃ") == "デンワバンゴウ オシエテ"
    assert widen("電話番号ABC１２") == "電話番号ABC１２"  # nothing else changes


@pytest.mark.parametrize("text", ["デンワバンゴウ オシエテ", "ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ ｵｼｴﾃ", "ドヨウビ モ ヤッテマスカ"])
def test_katakana_follow_up(text):
    assert followup.aspect(widen(text)) is not None


# A concern named by 「〜のことは」 in a question about a counter.
@pytest.mark.parametrize(("text", "concern"), [("家賃のことはどこに行けばいいんだっけ", "家賃"),
                                               ("お金のことって電話番号は？", "お金"),
                                               ("介護のことは土日もやってる？", "介護")])
def test_concern_named_by_about(text, concern):
    assert followup.concern_named(text) == concern


@pytest.mark.parametrize("text", ["母のことはどこに相談", "そのことは予約いる？", "今後のことが心配"])
def test_no_concern_named(text):
    assert followup.concern_named(text) is None


# Whether the resident still qualifies with a condition told: a question about the thread's service.
ELIGIBLE = ["車持ってたらダメなんですか？仕事で使うんですが", "年金を少しもらってても受けられないんですか？",
            "働いてても受けられる？", "持ち家だと対象外ですか", "貯金が少しあったらダメ？", "Can I still get it if I work part-time?"]
NOT_ELIGIBLE = ["どこに行ったらいい？", "どうしたらいいですか", "車で行ってもいい？", "仕事を探しています"]


@pytest.mark.parametrize("text", ELIGIBLE)
def test_eligibility_asked(text):
    assert followup.aspect(text) == followup.ELIGIBLE


@pytest.mark.parametrize("text", NOT_ELIGIBLE)
def test_not_eligibility(text):
    assert followup.aspect(text) != followup.ELIGIBLE


# Harm told by the one a parent harms: a child's counters beside the lines, unless the writer is grown.
@pytest.mark.parametrize("text", ["親に毎日殴られる。家帰りたくない", "お母さんに叩かれてて家にいたくない", "お父さんから蹴られる"])
def test_child_harmed_by_parent(text):
    assert _harmed(text) == "child-abuse"


@pytest.mark.parametrize("text", ["父親に殴られた。もう35なのに", "夫に殴られる", "社会人だけど母に叩かれる", "父に殴られた"])
def test_not_a_child(text):
    assert _harmed(text) != "child-abuse"


@pytest.mark.parametrize("text", ["你好，我母亲一个人住在镰仓，需要护理，去哪里咨询？", "我想咨询我爸爸的护理问题，你们有中文服务吗？"])
def test_chinese_told_apart(text):
    assert third_language(text) == "zh" and unread(text)


@pytest.mark.parametrize("text", ["鎌倉 介護 質問", "護身術教室", "問診票"])
def test_kanji_alone_is_no_chinese(text):
    assert third_language(text) is None


# Stories through the dialogue (the conversation's tiering and follow-ups), in words of our own.
@pytest.fixture
def dialogue(guide):
    return Dialogue(guide.router)


def _turns(dialogue, texts):
    state = dialogue.start()[0]
    out = []
    for text in texts:
        state, reply = dialogue.handle(state, text=text)
        out.append((reply, dialogue.last_result))
    return out


def _urgency(reply, result):
    order = ("emergency", "crisis", "soft", "none")
    return min((reply.urgency, result.urgency if result is not None else "none"), key=order.index)


def test_relief_after_a_crisis_is_soft(dialogue):
    turns = _turns(dialogue, ["もう生きていたくない。全部終わりにしたい", "今日はもう大丈夫です",
                              "少し話せて気持ちが楽になりました。ありがとう"])
    assert _urgency(*turns[-1]) == "soft"


def test_relief_after_distress_alone_is_calm(dialogue):
    turns = _turns(dialogue, ["仕事のことで毎日疲れてしまって眠れない", "聞いてもらえて少し楽になりました"])
    assert _urgency(*turns[-1]) == "none"


def test_taken_to_hospital_winds_down(dialogue):
    turns = _turns(dialogue, ["祖母が台所で倒れて動かない！", "救急車が来て、さっき運ばれていきました。これから介護のことはどこに相談すれば"])
    reply, result = turns[-1]
    assert _urgency(reply, result) == "soft" and "chiiki-houkatsu" in [c.entry_id for c in reply.cards]


def test_a_new_collapse_after_one_handled_is_no_wind_down(dialogue):
    """The same turn as the screen's (「…運ばれたけど、」): what follows it is heard on its own, in a thread too."""
    turns = _turns(dialogue, ["祖母が台所で倒れて動かない！", "祖父は救急車で運ばれたけど、今度は祖母も倒れて動かない"])
    assert _urgency(*turns[-1]) == "emergency"
    calm = _turns(dialogue, ["祖母が台所で倒れて動かない！", "救急車で運ばれましたが、今は落ち着いています"])
    assert _urgency(*calm[-1]) == "soft"


def test_seizure_over_winds_down(dialogue):
    turns = _turns(dialogue, ["父がけいれんしてる！", "けいれんはおさまって、いまは寝てます"])
    assert _urgency(*turns[-1]) == "soft" and not turns[-1][0].emergency


def test_complaint_meant_not_a_report(dialogue):
    turns = _turns(dialogue, ["父が施設の職員に突き飛ばされて転んだと言っています",
                              "いや警察沙汰にしたいわけじゃなくて、施設に苦情を言いたいだけです"])
    assert "kujo-soudan" in [c.entry_id for c in turns[-1][0].cards]


def test_eligibility_stays_with_the_thread(dialogue):
    turns = _turns(dialogue, ["生活保護を考えています。貯金がもうありません", "パートで働いてたらダメなんですか？仕事は続けたいんですが"])
    assert [c.entry_id for c in turns[-1][0].cards][:1] == ["seikatsu-hogo"]


def test_service_asked_by_name_no_welfare_unasked(dialogue):
    turns = _turns(dialogue, ["国民年金の保険料が払えてない。免除ってできる？"])
    ids = [c.entry_id for c in turns[-1][0].cards]
    assert "kokumin-nenkin" in ids and "seikatsu-hogo" not in ids


def test_a_plan_title_of_using_a_counter_is_not_shown_beside_it():
    """「（市社協）日常生活自立支援事業」の活用、連携 is the same window as the counter, under a plan's words."""
    from core.tone import guard
    counter = {"id": "nichijo-jiritsu", "kind": "counter", "name": "日常生活自立支援事業（市社協）", "phone": "0467-00-0000"}
    plan = {"id": "p-x", "kind": "service", "name": "「（市社協）日常生活自立支援事業」の活用、連携",
            "counters": ["nichijo-jiritsu"], "phone": "0467-00-0000"}
    alone = {**plan, "counters": ["someone-else"]}
    text = "母の物忘れがひどくて、お金の管理も心配です"
    assert [e["id"] for e in guard([counter, plan], text)] == ["nichijo-jiritsu"]
    assert "p-x" in [e["id"] for e in guard([counter, alone], text)]  # its counter not shown: it stays


# A town in kana after a topic particle (うちはおおふなです): the kana before it runs on, the name still stands alone.
@pytest.mark.parametrize(("text", "district"), [("うちはおおふなです", "area-ofuna"), ("家はおおふな", "area-ofuna"),
                                                ("じっかがこしごえで一人暮らしの母が", "area-koshigoe"),
                                                ("わたしはたまなわにすんでます", "area-tamanawa")])
def test_a_town_in_kana_after_a_particle(guide, text, district):
    from core.places import find_district
    hit = find_district(guide.kb, text)
    assert hit is not None and (hit.district_id == district or guide.kb.districts[hit.district_id].get("parent") == district)


@pytest.mark.parametrize("text", ["ははがやまざきさんと話した", "うちはこまちゃんがいます", "ちちはふかさわぎ"])
def test_a_name_after_a_particle_that_is_no_town(guide, text):
    from core.places import find_district
    assert find_district(guide.kb, text) is None
