"""The safety screen on families (issue #11): negation written once, kana time words, water, a confiner named
by the grammar, one's own body, English with particles. Sentences written for this test, none copied from a set."""

from __future__ import annotations

from tests.screen_cases import raises_alarm, stays_quiet

ALARMS = {
    "冷蔵庫も空で、たべるものがなくて三日目": "no-food-or-shelter-in-cold",
    "知らない男にアパートに連れてこられて、かえしてもらえません": "confinement",
    "おっとに まいにち けられる": "violence-now-partner",
    "自分の足をカッターで切ってしまう、やめられない": "self-harm",
    "孫が洗剤のジェルボールを口に入れちゃった": "poisoning",
    "転んだ父の膝から血が流れて、20分たっても止まらず": "heavy-bleeding",
    "炎天下の草取りのあと、めまいがして水ものめない": "heatstroke",
    "弟が川の深みにはまって上がってこない": "drowning",
    "小3の息子がまだ帰宅していません。もう暗いし電話も出ない": "missing-child",
    "あした決行します。遺書も書いた": "suicide-plan-or-attempt",
    "くびをつろうとしたけど失敗した。またやる": "suicide-plan-or-attempt",
    "my uncle is beating up my cousin right now": "violence-now-family",
    "my son swallowed some of grandma's pills": "overdose",
    "she has been cutting herself every night": "self-harm",
    "痴漢されて、今もそいつが同じ車両にいる、こわい": "sexual-violence",
    "グループホームで知的障害の兄が世話人さんに蹴られて、すねが腫れてる": "disabled-abuse-injury",
    "てすりをのりこえた。もうむり": "suicide-plan-or-attempt",
    "祖父がのどに餅をつめて、顔が紫": "choking",
    "ストーブの火がふすまにうつって消えない": "fire",
    "lately i keep thinking about ending it all": "suicide-thoughts",
    "the cut on his leg keeps pouring blood": "heavy-bleeding",
    "my grandpa slipped in the bath and can't get back up": "elderly-fallen",
}
CALM = [
    "溺れる夢をよく見るけど、子どものスイミング教室を探してます",
    "テントのロープの結び方を教わりたい",
    "帰宅してからの時間に使える学童はありますか",
    "学校に行きたくないと言う息子の相談",
    "寒い冬の灯油代の助成",
    "あしたは死ぬほど忙しいけど役所に行ける？",
    # A phrase read in kana never ends half-way through a kanji word (家事|代行 is no かじだ, 体育館 no しにたい).
    "家事代行サービスを頼みたい",
    "市に体育館の予約をしたい",
    "火事のあとの片付けを手伝ってくれる団体",
    "can my son see the fire engines at the station?",
    "薬の飲み方がわからないので薬剤師さんに聞きたい",
]


test_a_family_raises_its_situation = raises_alarm(ALARMS.items())


test_look_alikes_raise_no_alarm = stays_quiet(CALM)
