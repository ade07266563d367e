"""`python -m bot chat --jsonl` (the scripted conversation contract), run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.convo_scoring import is_refusal

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {"text", "urgency", "crisis", "emergency_contacts", "district", "cards", "options"}
CARD_FIELDS = {"id", "name", "section", "district", "phones", "open_now"}


@pytest.fixture(scope="module")
def env(fresh_db_url):
    """A fresh database: the command loads data/ by itself on first use."""
    return {**os.environ, "DATABASE_URL": fresh_db_url()}


def chat(env: dict[str, str], *steps: dict[str, Any] | str) -> list[dict[str, Any]]:
    """Run the steps (objects, or raw lines) through the command; every stdout line must be JSON."""
    stdin = "".join((s if isinstance(s, str) else json.dumps(s, ensure_ascii=False)) + "\n" for s in steps)
    p = subprocess.run([sys.executable, "-m", "bot", "chat", "--jsonl"], cwd=ROOT, env=env, input=stdin,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    outs = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(outs) == len(steps), p.stdout
    return outs


def test_a_typed_problem_is_answered_with_cards_in_the_contract_shape(env):
    [out] = chat(env, {"text": "母の物忘れがひどく、お金の管理が心配"})
    assert set(out) == FIELDS
    assert out["urgency"] == "none" and out["crisis"] is False and out["emergency_contacts"] == []
    assert out["district"] is None
    assert out["cards"] and all(set(c) == CARD_FIELDS for c in out["cards"])
    assert "chiiki-houkatsu" in [c["id"] for c in out["cards"]]
    card = out["cards"][0]
    assert isinstance(card["phones"], list) and card["open_now"] in (True, False, None)
    assert "紹介状をつくる" in out["options"] and not is_refusal(out["text"])


def test_choose_by_label_and_by_number_walks_the_guided_path(env):
    outs = chat(env, {"new": True},
                {"choose": "家族のこと"},
                {"choose": "高齢・介護"},          # the label without its count 「（12件）」
                {"choose": 1},                       # the first concern
                {"choose": "市内全域・わからない"},
                {"choose": "紹介状をつくる"})
    greeting, area, topic, district, answer, handoff = outs
    assert greeting["options"][:2] == ["自分のこと", "家族のこと"] and not greeting["cards"]
    assert any(o.startswith("高齢・介護（") for o in area["options"])
    assert topic["options"] and topic["options"] != area["options"]
    assert any(o.startswith("市内全域・わからない（") for o in district["options"])
    assert answer["cards"] and "error" not in answer
    assert "紹介状" in handoff["text"] and answer["cards"][0]["name"] in handoff["text"]


def test_an_option_not_shown_is_an_error_line_and_the_run_goes_on(env):
    outs = chat(env, {"new": True}, {"choose": "ないボタン"}, {"choose": 9}, {"choose": True},
                {"choose": "家族のこと"})
    assert "error" in outs[1] and "ないボタン" in outs[1]["error"] and "家族のこと" in outs[1]["error"]
    assert "error" in outs[2] and "error" in outs[3]
    assert set(outs[4]) == FIELDS and outs[4]["text"] == "どの分野のことですか。"  # the options still there


def test_bad_lines_are_error_lines_never_a_crash(env):
    outs = chat(env, "{not json", "[1, 2]", {"text": 3}, {"text": "a", "choose": 1}, {"text": "介護", "lang": "fr"},
                {}, {"text": "家賃が払えない", "lang": "easy"})
    assert all(set(o) == {"error"} for o in outs[:6]), outs[:6]
    assert outs[6]["cards"]  # and the next good step is answered


def test_a_first_choice_picks_from_the_welcome_menu(env):
    """QA: the welcome menu is what a new resident sees first (a messenger's follow, the web page's load):
    `{"choose": 4}` as the first step taps its fourth option (緊急のとき); a number or label not in it is an error."""
    [first] = chat(env, {"choose": 4})
    assert "error" not in first and len(first["emergency_contacts"]) >= 10, first
    [label] = chat(env, {"choose": "緊急のとき"})
    assert label["emergency_contacts"] == first["emergency_contacts"]
    [wrong] = chat(env, {"choose": 40})
    assert "error" in wrong and "緊急のとき" in wrong["error"]


def test_the_district_is_kept_and_new_starts_a_different_resident(env):
    outs = chat(env, {"text": "玉縄で一人暮らしの母の相談"}, {"text": "母の物忘れがひどい"},
                {"new": True}, {"text": "母の物忘れがひどい"},
                {"new": True, "text": "大船に住んでいます。失業して家賃が払えない"})
    assert "玉縄" in outs[0]["district"]
    assert "玉縄" in outs[1]["district"]  # the conversation remembers it
    assert outs[2]["district"] is None and outs[2]["options"]  # the new resident is greeted
    assert outs[3]["district"] is None and outs[3]["cards"]
    assert "大船" in outs[4]["district"]


def test_crisis_first_with_urgency_and_situations(env):
    [out] = chat(env, {"text": "もう死にたい"})
    assert out["urgency"] in ("crisis", "emergency") and out["crisis"] is True
    assert out["emergency_contacts"]
    for line in out["emergency_contacts"]:
        assert {"name", "number", "hours", "situations"} <= set(line) and line["situations"]


def test_english_words_get_an_english_reply(env):
    [out] = chat(env, {"text": "My mother is getting forgetful, who can I talk to?", "lang": "en"})
    assert out["cards"] and "counters" in out["text"]


def test_out_of_scope_is_recognised_as_a_refusal(env):
    """The blind stories' "refusal" is the bot's own out-of-scope wording (tests/convo_scoring.py):
    it must still be what an out-of-scope question gets, or the figure would silently mean nothing."""
    ja, en = chat(env, {"text": "サッカーの試合結果"}, {"text": "What's the weather tomorrow?"})
    assert is_refusal(ja["text"]) and not ja["cards"]
    assert is_refusal(en["text"]) and not en["cards"]


def test_each_line_is_flushed_before_the_next_step_is_read(env):
    p = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--jsonl"], cwd=ROOT, env=env, text=True,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert p.stdin is not None and p.stdout is not None
    try:
        p.stdin.write(json.dumps({"text": "介護保険の申請"}, ensure_ascii=False) + "\n")
        p.stdin.flush()
        first = json.loads(p.stdout.readline())  # answered while stdin is still open
        assert first["cards"]
        p.stdin.write('{"choose": 1}\n')
        p.stdin.close()
        assert set(json.loads(p.stdout.readline())) == FIELDS
        assert p.wait(timeout=60) == 0
    finally:
        if p.poll() is None:
            p.kill()


def test_a_conversation_that_listens(env):
    """Issue #13: a district given later narrows the answer, a follow-up is answered from the counter, thanks get
    a kind word — none of them a refusal — and the district stays when a new topic starts."""
    first, place, phone, thanks, new = chat(env, {"text": "生活保護を受けたい"}, {"text": "腰越に住んでます"},
                                            {"text": "電話番号は？"}, {"text": "ありがとう"},
                                            {"text": "母の介護のことも相談したい"})
    assert "seikatsu-hogo" in [c["id"] for c in first["cards"]] and "はい" in first["options"]
    assert place["district"] == "腰越地域" and "seikatsu-hogo" in [c["id"] for c in place["cards"]]
    assert "0467-61-3958" in phone["text"] and "seikatsu-hogo" in [c["id"] for c in phone["cards"]]
    assert not thanks["cards"] and thanks["district"] == "腰越地域"
    assert "chiiki-houkatsu" in [c["id"] for c in new["cards"]] and new["district"] == "腰越地域"
    assert not any(is_refusal(o["text"]) for o in (place, phone, thanks, new))


def test_lang_sets_the_register_and_it_stays_across_taps(env):
    answer, tap = chat(env, {"text": "母の介護のことで相談したい", "lang": "en"}, {"choose": "Find another counter"})
    assert "These counters can help" in answer["text"] and "Find another counter" in answer["options"]
    assert not any("\u3041" <= ch <= "\u30ff" for ch in tap["text"]), tap["text"]
    easy = chat(env, {"text": "せいかつほごの そうだんを したい", "lang": "easy"})[0]
    assert "そうだん できます" in easy["text"]



def test_the_guided_path_in_english_names_districts_in_english_and_a_label_with_its_count_can_be_chosen(env):
    """A foreign resident taps through the menu: the area and district buttons read in English ("Ofuna area (8)"),
    and `choose` by a label without its count works as with the Japanese 「（8件）」."""
    outs = chat(env, {"choose": "About my family", "lang": "en"}, {"choose": "Older people / care", "lang": "en"},
                {"choose": 1, "lang": "en"}, {"choose": "Ofuna area", "lang": "en"})
    areas, districts = outs[0]["options"], outs[2]["options"]
    assert any(o.startswith("Older people") and o.endswith(")") and "件" not in o for o in areas), areas
    assert "Ofuna area" in " ".join(districts) and not any("地域" in o or "件" in o for o in districts), districts
    assert outs[-1]["cards"] and outs[-1]["district"], "choosing the district by its English name answers"
