"""The crisis heads retrained in session 14 (four training-only sets written blind): everyday messages they must
not hear as a crisis, and the crises with the same words that must still raise the alarm."""

from __future__ import annotations

import pytest

from core.safety import screen


@pytest.mark.parametrize("text", [
    "今日の潮の時間",                                   # the sea's state asked: a day at the beach
    "明日の波の高さは？",
    "ケアマネと合わない、変えたいけど本人に言い出せない",   # a complaint about a carer, no wish to die
    "デイの担当さんと合わなくて、変えたいんです",
    "夫が会社を辞めさせられてしまいました",               # a partner named, no harm or fear
    "My daughter hasn't come out of her room in months",  # a long withdrawal, no plan
])
def test_an_everyday_message_the_new_heads_heard_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, screen(text)


@pytest.mark.parametrize("text, situation", [
    ("ヘルパーさんと合わなくて変えたい。もう死にたい", "suicide-thoughts"),
    ("今日の潮の時間に海に入った息子が戻らない", "missing-child"),
    ("夫に殴られて会社を辞めさせられた。今夜も帰ってくるのが怖い", "violence-now-partner"),
])
def test_the_same_words_with_the_danger_still_raise_it(text: str, situation: str) -> None:
    s = screen(text)
    assert s.alarm and situation in s.situations, s


@pytest.mark.parametrize("text", [
    "I live in Tokyo",                                  # English with no word of a weight or a harm
    "I work nights in a restaurant.",
    "my kids are alone at night while I work",
    "Quero doar comida para quem não tem comida",       # a third language with no word of danger in it
    "Saya tidak bisa bahasa Jepang, anak saya sakit",
    "靴の底がぱっくり開いた",                            # a sole split, no wound
    "アトピーで腕をかきむしって血が出る、皮膚科を教えて",   # an itch scratched
])
def test_what_the_heads_hear_in_noise_raises_no_alarm(text: str) -> None:
    assert not screen(text).alarm, screen(text)


@pytest.mark.parametrize("text", [
    "I don't want to live anymore",
    "Lola fell sa hagdan, hindi makatayo, masakit ang balakang",
    "ばあちゃんが糖尿の注射を朝も昼も打っちゃったって言ってて、汗だくでぼーっとしてる",
])
def test_the_heads_still_hear_the_danger_said_plainly(text: str) -> None:
    assert screen(text).alarm, screen(text)


@pytest.mark.parametrize("text, alarm", [
    ("I live in Ofuna and my dad keeps forgetting things", False),  # where one lives, a town's name: no weight
    ("I don't want to live in this world anymore", True),
    ("We live in Kamakura. My husband hits me every night", True),
])
def test_where_one_lives_is_no_weight_but_a_life_not_wanted_is(text: str, alarm: bool) -> None:
    s = screen(text)
    assert s.alarm is alarm and (alarm or s.urgency == "none"), s
