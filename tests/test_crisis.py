"""The safety screen: a missed crisis is the worst failure, a false alarm on routine questions the next.

The phrasings in tests/questions/safety_*.jsonl were written by helpers who never read the code (about 930
to tune on, 470 locked: scored for the report only, never used to change a rule).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from core.safety import screen

QUESTIONS = Path(__file__).parent / "questions"

CRISES = {
    "もう死にたい": "suicide-thoughts", "消えてしまいたい…": "suicide-thoughts", "いなくなりたい": "suicide-thoughts",
    "しにたい": "suicide-thoughts", "ｼﾆﾀｲ": "suicide-thoughts", "しにたーい": "suicide-thoughts",
    "し に た い": "suicide-thoughts", "じさつしたい": "suicide-thoughts", "自殺しようと思っている": "suicide-thoughts",
    "リスカがやめられない": "self-harm", "薬をたくさん飲んでしまった": "overdose",
    "首を吊ろうかと考えてしまう": "suicide-plan-or-attempt", "生きる意味がない": "suicide-thoughts",
    "死ぬしかない": "suicide-thoughts", "I want to kill myself": "suicide-thoughts",
    "I'm going to end it all tonight": "suicide-plan-or-attempt",
    "父が倒れて動かない": "not-breathing-or-unconscious", "祖母が息をしてない": "not-breathing-or-unconscious",
    "父が息をしてません": "not-breathing-or-unconscious", "夫の意識がない": "not-breathing-or-unconscious",
    "母が倒れた！どうしよう": "not-breathing-or-unconscious", "子どもがけいれんしている": "seizure",
    "my mother collapsed and is not breathing": "not-breathing-or-unconscious",
    "台所が燃えてる": "fire", "睡眠薬を40錠飲みました": "overdose", "母の口がゆがんで言葉が出ない": "stroke-signs",
    "いま夫に殴られている": "violence-now-partner", "包丁を向けられている": "violence-now-family",
    "息子が暴れている、こわい": "violence-now-family", "彼氏に首を絞められた": "violence-now-partner",
    "今、父に叩かれている": "violence-now-family", "My husband is hitting me now": "violence-now-partner",
    "隣の子どもが毎晩叩かれて泣き叫んでいる": "child-abuse", "隣の家の子が虐待されているかもしれない": "child-abuse",
    "認知症の父が朝出たきり戻らない": "missing-person-dementia",
    "介護に疲れて夫に手をあげてしまいそう": "caregiver-may-harm", "子どもを叩いてしまいそうで自分が怖い": "caregiver-may-harm",
    # families rather than labels: symptoms and scenes, metaphors, witnesses, dialect, fragments
    "祖父の口の端からよだれが垂れて、急に箸を落とした": "stroke-signs", "夫が新聞を逆さまに持って、急に字が読めないって": "stroke-signs",
    "おじいちゃんが冷たくなってる": "not-breathing-or-unconscious", "ばあちゃん、体が冷たくて息しよらん": "not-breathing-or-unconscious",
    "隣から毎晩皿の割れる音と「ごめんなさい」って子どもの声": "child-abuse",
    "遠くへ行きたい。もう誰にも会わずに、ずっと眠っていたい": "suicide-thoughts", "死にとうてたまらん": "suicide-thoughts",
    "わたしなんかいないほうがいい": "suicide-thoughts", "友人が「生きてる意味ない」とSNSに書いてた": "suicide-thoughts",
    "彼女から「さよなら」ってLINEが来て、電話に出ない": "suicide-plan-or-attempt", "ビルの屋上 今": "suicide-plan-or-attempt",
    "母が処方薬のシートを全部空けて寝てる。いびきがおかしい": "overdose", "血 止まらない 腕": "heavy-bleeding",
    "外回りしてたら手足がつってきた。暑くて立てない": "heatstroke", "祖母が急に目を見開いて体が硬くなって、ずっと震えてる": "seizure",
    "サーフィン中に仲間が見えなくなった。ボードだけ浮いてる": "drowning", "夫 殴る 今 こわい": "violence-now-partner",
    "元夫から「お前の家知ってるぞ」ってメッセージが来た": "stalking-threat", "認知症のじいちゃんが家におらん": "missing-person-dementia",
    "遠足の引率教員です。児童が一人いません": "missing-child", "寝たきりの父がおむつのまま放置されて床ずれから出血": "elder-abuse-injury",
    "my grandmother's lips are blue and she's cold": "not-breathing-or-unconscious",
    "I don't see the point of going on anymore": "suicide-thoughts",
}
ROUTINE = [
    "自殺対策の講演会はありますか", "虐待防止の研修に参加したい", "DVの相談窓口を知りたい",
    "配偶者からの暴力に悩んでいる", "父が倒れた後の介護について相談したい", "死ぬほど疲れた、休みたい",
    "包丁の研ぎ方", "自殺予防週間のイベント", "母の物忘れが心配", "ひきこもりの息子のこと",
    "家賃が払えない", "児童虐待の通告先を知りたい（民生委員として）", "自殺した人の遺族の集まりはありますか",
    "救急医療の制度について知りたい", "「死にたい」と言う生徒への接し方を学べる研修を受けたい",
    "昔、夫から暴力を受けて離婚しました。今は落ち着いた", "こんにちは", "介護保険の申請をしたい", "夫が昔よく怒鳴っていた",
    "火災保険の手続き", "消防団に入りたい", "スマホが死んだ", "金魚が息をしてない",
    "包丁で指を切った。絆創膏でいいかな", "暖房をつけると頭痛がする", "今日で仕事を終わりにします", "薬を飲んだら楽になる",
    "梶原に住んでます。生活が苦しいです", "子どもの塾代が出せない", "引っ越してきたばかりでママ友がいない",
    "台風のあと、市に片付けてもらえますか", "さよならパーティの会場を借りたい", "耳の聞こえない父の通院に、通訳の人についてきてほしい",
    "知的障害のある娘の将来、親がいなくなったあとが心配", "認知症の祖母が夜中に外に出ていってしまうことがある。どうしたらいいの",
    "小さい頃、親に叩かれて育った。大人になった今でも生きづらい", "英語しか話せない友人が救急車を呼ぶとき、通訳ってしてもらえますか？念のため",
    "むかし おぼれかけた こと あって いまも プール こわい", "ガスコンロ 火 つかない 修理 どこ",
]


@pytest.mark.parametrize("text,situation", sorted(CRISES.items()))
def test_crisis_is_recognised(text, situation):
    found = screen(text)
    assert found.alarm, text
    assert situation in found.situations


@pytest.mark.parametrize("text", ROUTINE)
def test_routine_question_raises_no_alarm(text):
    assert not screen(text).alarm


@pytest.mark.parametrize("text", ["たすけて", "もう限界", "疲れた", "3年前に自殺未遂をしましたが、今は落ち着いています"])
def test_distress_and_past_crises_are_soft_never_silent(text):
    assert screen(text).urgency == "soft"


def test_tiers_and_the_first_situation():
    assert screen("台所が燃えてる").urgency == "emergency"
    assert screen("死にたい").urgency == "crisis"
    attempt = screen("睡眠薬を全部飲んだ")
    assert attempt.urgency == "emergency" and attempt.situations[0] == "overdose"
    plan = screen("今夜、練炭で死ぬつもりです")
    assert plan.urgency == "emergency"
    assert plan.situations.index("suicide-plan-or-attempt") < plan.situations.index("suicide-imminent")


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (QUESTIONS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_written_corpus_tuning_part_meets_the_floors():
    """Recall, false alarms and per-situation recall on the tuning part (floors at the measured level)."""
    items = _load("safety_tune.jsonl")
    per: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    false_alarms = routine = 0
    for it in items:
        found = screen(it["q"])
        if it["kind"] == "crisis":
            per[it["situation"]] += 1
            hit[it["situation"]] += found.alarm
        else:
            routine += it["kind"] == "calm"
            false_alarms += it["kind"] == "calm" and found.alarm
    recall = sum(hit.values()) / sum(per.values())
    assert recall >= 0.99, recall
    assert false_alarms / routine <= 0.003, (false_alarms, routine)
    weak = {s: hit[s] / n for s, n in per.items() if hit[s] / n < 0.95}
    assert not weak, weak
