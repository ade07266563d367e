"""Routing of session 17 (issue #17): grammar a resident would notice when it goes wrong — a condition that is no
denial (弁護士じゃないとダメ?), a quote and 〜ちゃった in casual speech (儲かるって言われて振り込んじゃった), a particle
dropped (タバコやめたい), 〜にくい as an adjective (聞こえにくくなって), "seems" that is no wish (穴があいたみたいで),
always and somewhere that ask nothing (いつも, どこかに), a bare age that is no ask (…19歳), a state said to be absent in
English (he's not depressed exactly); other city business in German, French and a driving licence in Chinese, the adult
who comes along to the pool, tax words (普通徴収); a chore too hard for someone old is a hand asked for. Each with
harmless twins. Sentences written for this test, not taken from any question set."""

from __future__ import annotations

import pytest

from core.answer import to_contract
from core.ask import ask_strength, find_ask, standard_forms
from knowledge.phrases import particle_dropped


def _out(guide, text: str) -> dict:
    return to_contract(guide.kb, guide.ask(text))


def _top(guide, text: str, n: int = 3) -> list[str]:
    return [r["id"] for r in _out(guide, text)["results"]][:n]


@pytest.mark.parametrize("text", [
    "成年後見の申し立てって家族じゃないとできないんですか",
    "本人でないと申請できない?",
    "手帳を持ってる人じゃないと使えないサービスですか",
    "親じゃなきゃダメって言われた",
])
def test_a_condition_is_no_denial(text):
    assert not find_ask(text).negated


@pytest.mark.parametrize("text, cut", [
    ("介護じゃないと思います。お金のことで相談したい。", "介護じゃない"),
    ("障害じゃないと言われました。でも学校で困ってます。", "障害じゃない"),
])
def test_a_denial_before_to_omou_is_still_one(text, cut):
    assert any(cut in n for n in find_ask(text).negated)


@pytest.mark.parametrize("text, written", [
    ("必ず儲かるって言われて", "必ず儲かると言われて"),
    ("結婚しろって言われる", "結婚しろと言われる"),
    ("大丈夫だって聞いたけど", "大丈夫だと聞いたけど"),
    ("50万振り込んじゃった", "50万振り込んでしまった"),
    ("つい買っちゃって", "つい買ってしまって"),
])
def test_casual_forms_read_as_written(text, written):
    assert standard_forms(text) == written


@pytest.mark.parametrize("text", ["なんかこうやって書いてる", "手伝ってって頼まれた", "持って行った", "言ってた"])
def test_a_te_form_is_no_quote(text):
    assert standard_forms(text) == text


@pytest.mark.parametrize("text", [
    "絶対儲かるって言われてお金振り込んじゃった。返してもらえる?",
    "SNSで知り合った人に投資で儲かるって言われて、30万円振り込んじゃいました。取り戻す方法ありますか",
])
def test_money_put_into_an_offer_in_casual_speech(guide, text):
    assert "shohi-seikatsu-center" in _top(guide, text)


@pytest.mark.parametrize("phrase, dropped", [
    ("たばこをやめたい", "たばこやめたい"), ("仕事を探したい", "しごとさがしたい"), ("家賃が払えない", "やちんはらえない"),
])
def test_a_phrase_is_heard_without_its_particle(phrase, dropped):
    assert particle_dropped(phrase) == dropped


@pytest.mark.parametrize("phrase", ["介護保険", "こころの相談", "子どもの", "お金がない"])
def test_no_particle_no_variant(phrase):
    assert particle_dropped(phrase) is None


@pytest.mark.parametrize("text, want", [
    ("タバコやめたいんだけど相談できるとこある?", "kenko-soudan"),
    ("たばこやめたい。どこに相談すればいい", "kenko-soudan"),
    ("耳が聞こえにくくなってきた。使える支援ある?", "kikan-soudan-shien"),
])
def test_a_concern_said_without_particles_or_conjugated(guide, text, want):
    assert want in _top(guide, text)


@pytest.mark.parametrize("sentence, strength", [
    ("終わったらぽっかり穴があいたみたいで何もする気が起きない。", 0),
    ("母は元気になったみたいです。", 0),
    ("ボランティアをしてみたい。", 1),
    ("回覧板をどこかにやってしまって確認できない。", 0),
    ("いつから申し込めますか", 2),
    ("どこに相談すればいいですか", 2),
    ("カレンダーはどこでもらえるの", 2),
])
def test_seems_always_and_somewhere_ask_nothing(sentence, strength):
    assert ask_strength(sentence) == strength


def test_a_bare_age_is_no_ask():
    asks = find_ask("うちの息子、高校やめてから家にいて3年…20歳").asks
    assert asks and "家にいて" in asks[0]


@pytest.mark.parametrize("text, cut", [
    ("My husband is not violent, but he drinks every night. Where can I talk about his drinking?", "not violent"),
    ("She isn't really depressed, just lonely since she moved here. Is there a place to meet people?",
     "isn't really depressed"),
])
def test_an_english_state_said_absent_is_cut(text, cut):
    assert any(cut in n for n in find_ask(text, True).negated)


def test_an_english_need_is_not_cut():
    focus = find_ask("My son is 20. Are there programs for young people who aren't working or studying?", True)
    assert not focus.negated


@pytest.mark.parametrize("text", [
    "Wo kann man in Kamakura den Müll entsorgen? Ich wohne seit einem Jahr hier. Danke für die Hilfe.",
    "Bonjour, nous sommes en vacances avec les enfants. Où est la plage la plus proche? Merci.",
    "我想把中国驾照换成日本驾照，需要去哪里办理？谢谢。",
    "市民プールって付き添いの大人の料金いくらですか。子ども2人連れて行きたいです。",
    "住民税が普通徴収に切り替わったんですけど、分割で払えますか。",
    "粗大ごみの出し方を教えてください。量が多くて大変なんです。",
])
def test_other_city_business_in_any_tongue(guide, text):
    out = _out(guide, text)
    assert not out["results"] and not out["crisis"], out["results"][:2]


@pytest.mark.parametrize("text", [
    "Ich bin schwanger und habe kein Geld. Wo kann ich Hilfe bekommen? Danke.",
    "母の通院に付き添ってくれる人を探しています。",
])
def test_welfare_in_those_words_stays_ours(guide, text):
    assert _top(guide, text)


@pytest.mark.parametrize("text", [
    "年寄りには粗大ごみを運ぶのが無理。",
    "足の悪い母にはゴミ出しがきつい",
    "高齢の父はごみを集積所まで持っていくのが大変です",
])
def test_a_chore_too_hard_for_someone_old_is_a_hand_asked(guide, text):
    top = _top(guide, text, 5)
    assert {"chiiki-houkatsu", "koureisha-seikatsu-support"} & set(top), top


def test_a_hardship_told_in_the_story_asks_nothing(guide):
    out = _out(guide, "隣の空き家の木の落ち葉がうちの庭に積もって困ってます。市から持ち主に連絡してもらえますか。"
                      "高齢の母が毎朝掃除してて、大変そうなので。")
    assert not out["results"], out["results"][:2]
