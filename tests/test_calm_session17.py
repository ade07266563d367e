"""The quiet line (urgency soft) is for a writer in distress, not for a worry about someone else or a service
question (issue #11 point 4, session 17: core/safety/calm.py). In sentences of our own: a relative's sleeplessness,
forgetfulness or loneliness asked about, a service or a counter asked for — the counters, no sympathy and no
hotline (urgency none); and their near twins, where the writer's own exhaustion, tears or past crisis is told —
the quiet line stays."""

from __future__ import annotations

import pytest

from core.safety import screen

PLAIN = [
    # a relative's trouble, asked about for them
    "母が通帳をどこにしまったか毎日わからなくなるみたいで、どこに相談すればいいですか",
    "祖父が夜中に何度も起きて眠れないようです。家族として相談できる窓口はありますか",
    "叔母が最近眠れないと言っていて、心配です。高齢者の相談窓口を教えてください",
    "母が一人で寂しいと言うので、デイサービスの見学をしたいです",
    "義母の物忘れが増えてきたので、認知症の検査ができる病院を知りたいです",
    "近所のおじいさんが最近元気がないみたい。民生委員さんに伝えたほうがいいですか",
    "息子の言葉が遅い気がします。発達相談はどこで受けられますか",
    "My father keeps losing his bankbook. Who can help with managing his money?",
    # a service asked for
    "子育て支援センターって何歳まで使えますか",
    "父の年金の手続きがよくわからないので、窓口を教えてください",
    "祖母の家の電球交換やゴミ出しを手伝ってくれるサービスはありますか",
]

SOFT = [
    # the same cares, the writer's own weight told
    "毎日母の世話で、私のほうが眠れなくなってしまいました。もう疲れ果てています",
    "母の介護がつらくて、私の心がもう持ちそうにありません",
    "誰とも話さない日が続いて、さみしくて涙が出ます",
    "夜になると涙が止まらなくて、眠れない日が続いています",
    "もう限界です。何もする気が起きない",
    "介護に疲れました。もう頑張れない",
    "子育てに疲れ果てて、もう何もかも嫌になりました",
    "一人でずっと頑張ってきたけど、もう限界かもしれない",
    "I'm so tired of everything. I can't sleep and I cry every night.",
    # a past crisis of one's own, whatever else is asked
    "去年、死のうとしたことがあります。今は落ち着いていますが、誰かに話を聞いてほしいです",
]


@pytest.mark.parametrize("text", PLAIN)
def test_a_worry_about_someone_else_or_a_service_gets_the_counters_only(text: str) -> None:
    assert screen(text).urgency == "none"


@pytest.mark.parametrize("text", SOFT)
def test_the_writers_own_distress_keeps_the_quiet_line(text: str) -> None:
    assert screen(text).urgency == "soft"
