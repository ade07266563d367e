"""The trained heads of the backstop (core/safety/backstop.py, issue #11): a crisis told in words no rule was
written for still raises the alarm with a situation's lines; the heads never override a rule that lowered its
own cue (a denial, a course, a story that is over), never speak on a courtesy, and can raise only situations
that have lines. Sentences written for this test, none copied from the question sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from core.safety import screen
from core.safety.backstop import MODEL
from tests.screen_cases import stays_quiet

ROOT = Path(__file__).resolve().parents[1]

UNWRITTEN = [  # no rule knows these words; each is a danger now
    "父がトイレから出てこない、呼んでも物音ひとつしない",
    "妹の手首、また新しい線が増えてた。いまも部屋にこもってる",
]
# Words the model has met in crises, said of an everyday worry: a son or a daughter at home, a child who cannot
# get to school, a tired parent, a job lost — the alarm needs someone gone, or a sign of harm, or the person.
WORRIES = [
    "息子がもう三年、自分の部屋から出てきません",
    "うちの娘、部屋にこもってなかなか出てこないんです",
    "My daughter hasn't come out of her room in months",
    "子どもが朝起きられなくて学校に行けません",
    "赤ちゃんが夜泣きして、こっちもイライラしてしまう",
    "夫が会社を辞めさせられてしまいました",
    "Dad keeps losing his balance at home. Can we get a grab bar for the bath?",
    "I'm at my sister's place now and I'm safe",
]
LOWERED_BY_A_RULE = [
    "死にたいなんて思ってないけど、仕事がしんどい",
    "十年前に夫に殴られていたことがあります。今は離れて暮らしています",
    "自殺予防のゲートキーパー研修はいつありますか",
]


@pytest.mark.parametrize("text", UNWRITTEN)
def test_a_danger_in_unwritten_words_raises_the_alarm_with_lines(text: str) -> None:
    s = screen(text)
    assert s.alarm and s.situations and s.situations != ("soft",), s


test_an_everyday_worry_in_words_crises_use_raises_no_alarm = stays_quiet(WORRIES)


test_the_heads_never_undo_a_rule_that_lowered_its_cue = stays_quiet(LOWERED_BY_A_RULE)


@pytest.mark.parametrize("text", ["ありがとうございました", "Thank you so much!", "よろしくお願いします"])
def test_a_courtesy_raises_nothing(text: str) -> None:
    assert screen(text).urgency == "none"


def test_every_situation_the_heads_can_raise_has_lines() -> None:
    labels = json.loads(MODEL.read_text(encoding="utf-8"))["situations"]["labels"]
    covered = {s for line in yaml.safe_load((ROOT / "data/emergency.yaml").read_text(encoding="utf-8"))
               for s in line.get("situations") or ()}
    assert labels and set(labels) <= covered


def test_a_child_left_uncared_for_heard_by_the_model_is_a_childs_danger_not_a_medical_one() -> None:
    # neglect is a sign of harm for the child lines (learned._HARM): without it the model's next guess was drowning
    s = screen("近所の子がずっと同じ服で放っとかれてる")
    assert s.alarm and s.situations[0] == "child-abuse", s
