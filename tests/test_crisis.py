"""The crisis screen: a missed crisis is the worst failure, a false alarm on routine questions the next."""

from __future__ import annotations

import pytest

from core.crisis import screen

CRISES = {
    "もう死にたい": "suicide", "消えてしまいたい…": "suicide", "生きているのがつらくて仕方ない": "suicide",
    "いなくなりたい": "suicide", "しにたい": "suicide", "ｼﾆﾀｲ": "suicide", "自殺しようと思っている": "suicide",
    "友達が自殺をほのめかしている": "suicide", "リスカがやめられない": "suicide",
    "薬をたくさん飲んでしまった": "collapse", "首を吊ろうかと考えてしまう": "suicide",
    "生きる意味がない": "suicide", "死ぬしかない": "suicide", "I want to kill myself": "suicide",
    "父が倒れて動かない": "collapse", "祖母が息をしてない": "collapse", "夫の意識がない": "collapse",
    "母が倒れた！どうしよう": "collapse", "子どもがけいれんしている": "collapse",
    "my mother collapsed and is not breathing": "collapse",
    "いま夫に殴られている": "violence-now", "包丁を向けられている": "violence-now",
    "殺されるかもしれない": "violence-now", "息子が暴れている、こわい": "violence-now",
    "彼氏に首を絞められた": "violence-now", "今、父に叩かれている": "violence-now",
    "My husband is hitting me now": "violence-now",
    "隣の子どもが毎晩叩かれて泣き叫んでいる": "child-danger", "隣の家の子が虐待されているかもしれない": "child-danger",
}
ROUTINE = [
    "自殺対策の講演会はありますか", "虐待防止の研修に参加したい", "DVの相談窓口を知りたい",
    "配偶者からの暴力に悩んでいる", "父が倒れた後の介護について相談したい", "死ぬほど疲れた、休みたい",
    "包丁の研ぎ方", "自殺予防週間のイベント", "母の物忘れが心配", "ひきこもりの息子のこと",
    "家賃が払えない", "児童虐待の通告先を知りたい（民生委員として）", "自殺した人の遺族の集まりはありますか",
    "救急医療の制度について知りたい", "子どもを叩いてしまいそうで自分が怖い",
    "「死にたい」と言う生徒への接し方を学べる研修を受けたい", "昔、夫から暴力を受けて離婚しました。今は落ち着いた", "こんにちは", "介護保険の申請をしたい", "夫が昔よく怒鳴っていた",
]


@pytest.mark.parametrize("text,situation", sorted(CRISES.items()))
def test_crisis_is_recognised(text, situation):
    found = screen(text)
    assert found is not None, text
    assert situation in found.situations


@pytest.mark.parametrize("text", ROUTINE)
def test_routine_question_raises_no_alarm(text):
    assert screen(text) is None


def test_partner_violence_adds_dv_lines_and_overdose_adds_ambulance():
    dv, overdose = screen("夫に今殴られている"), screen("死にたくて薬を大量に飲んだ")
    assert dv is not None and overdose is not None
    assert "dv" in dv.situations
    assert "collapse" in overdose.situations
