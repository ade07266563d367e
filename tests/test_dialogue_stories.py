"""Multi-turn conversation stories (tests/stories/*.yaml) run against the channel-neutral dialogue, and every
reply rendered by every channel (LINE, Telegram, the web chat, the terminal).

A file holds one story (`name`, `turns`, optional `now`) or a list of them. Each turn says something (`say`),
taps an option by its label (`pick`), or starts over (`start`), optionally in a register (`lang`: ja / easy /
en), then checks what a resident would see:

| key | the reply … |
|---|---|
| `expect_text` | holds these texts |
| `expect_not_text` | holds none of these texts |
| `expect_options`, `expect_options_matching`, `expect_not_options` | offers these labels / a label matching each pattern / none of these labels |
| `expect_cards`, `expect_card_text` | shows cards with these titles / these texts on its cards |
| `expect_ids`, `forbid_ids`, `expect_no_cards`, `expect_first_not` | shows one of these cards / none of these / none at all / not this one first |
| `expect_emergency`, `expect_emergency_first` | lists these lines / lists lines |
| `expect_district` | the conversation's district (its label) holds this text |
| `expect_english` | is written in English (no kana) |
| `expect_feedback` | carries the resident's answer to 「役に立ちましたか？」 (yes / no / other) |
| `expect_max_lines` | has at most this many lines of text |
| `refusal: true` | may be the guide's "not ours" (any other reply never is) |

Every reply, on every turn: no card of an entry that is not `usable`; the LINE messages within LINE's limits,
Telegram's within Telegram's, the web chat's JSON serialisable, and each expected text readable on every channel.
blind_stories.yaml is another format (steps with expectations), run by tests/test_blind_stories.py.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from core.cards import card_text
from core.dialogue import Dialogue, State
from core.replies import Reply
from handlers.line.render import MAX_MESSAGES, MAX_QUICK
from handlers.line.render import render as line_render
from handlers.telegram.render import MAX_TEXT as TELEGRAM_MAX
from handlers.telegram.render import render as telegram_render
from handlers.terminal import render_text
from tests.convo_scoring import KANA, is_refusal

HERE = Path(__file__).parent / "stories"
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))  # a Tuesday morning


def _load() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(p for p in HERE.glob("*.yaml") if p.name != "blind_stories.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, story in enumerate(doc if isinstance(doc, list) else [doc]):
            out.append((f"{path.stem}-{i + 1}" if isinstance(doc, list) else path.stem, story))
    return out


STORIES = _load()


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _channels(reply: Reply, kb) -> dict[str, str]:
    """The reply as each channel shows it (text a resident can read), checking each channel's limits."""
    messages = line_render(reply)
    assert len(messages) <= MAX_MESSAGES
    for m in messages:
        assert len(m.get("quickReply", {}).get("items", [])) <= MAX_QUICK
    line = json.dumps(messages, ensure_ascii=False)
    sent = telegram_render(reply)
    assert all(len(text) <= TELEGRAM_MAX for text, _ in sent)
    telegram = html.unescape(re.sub(r"<[^>]+>", "", "\n".join(text for text, _ in sent)))
    shown = {"line": line, "telegram": telegram, "terminal": render_text(reply)}
    try:
        from handlers.web.chat import reply_json
    except ImportError:  # pragma: no cover - the web chat is optional in a slim install
        return shown
    shown["web"] = json.dumps(reply_json(reply, kb), ensure_ascii=False)
    return shown


def _check(reply: Reply, state: State, turn: dict, where: str, kb) -> None:
    labels = [o.label for o in reply.options]
    shown = _channels(reply, kb)
    for text in _as_list(turn.get("expect_text", [])):
        assert text in reply.text, f"{where}: {text!r} not in {reply.text!r}"
        for channel, body in shown.items():
            assert text in body.replace("\\n", "\n"), f"{where}: {text!r} not shown on {channel}"
    for text in _as_list(turn.get("expect_not_text", [])):
        assert text not in reply.text, f"{where}: {text!r} in {reply.text!r}"
    for label in turn.get("expect_options", []):
        assert label in labels, f"{where}: option {label!r} not in {labels}"
    for label in turn.get("expect_not_options", []):
        assert label not in labels, f"{where}: option {label!r} in {labels}"
    for pattern in turn.get("expect_options_matching", []):
        assert any(re.match(pattern, lb) for lb in labels), f"{where}: no option matches {pattern} in {labels}"
    titles = [c.title for c in reply.cards]
    for title in turn.get("expect_cards", []):
        assert title in titles, f"{where}: card {title!r} not in {titles}"
    cards_text = "\n".join(card_text(c, reply.lang) for c in reply.cards)
    for text in turn.get("expect_card_text", []):
        assert text in cards_text, f"{where}: {text!r} not on any card"
    ids = [c.entry_id for c in reply.cards]
    if turn.get("expect_ids"):
        assert set(turn["expect_ids"]) & set(ids), f"{where}: none of {turn['expect_ids']} in {ids}"
    assert not set(turn.get("forbid_ids", [])) & set(ids), f"{where}: forbidden card among {ids}"
    if turn.get("expect_no_cards"):
        assert not ids, f"{where}: cards shown {ids}"
    if "expect_card_count" in turn:
        assert len(ids) == turn["expect_card_count"], f"{where}: {len(ids)} cards {ids}"
    if "expect_urgency" in turn:
        assert reply.urgency == turn["expect_urgency"], f"{where}: urgency {reply.urgency!r}"
    if turn.get("expect_first_not") and ids:
        assert ids[0] != turn["expect_first_not"], f"{where}: {ids[0]} first"
    for eid in ids:
        assert kb.usable(kb.entries[eid]), f"{where}: {eid} is not usable and shown as an answer"
    names = [e.name for e in reply.emergency]
    for name in turn.get("expect_emergency", []):
        assert any(name in n for n in names), f"{where}: emergency line {name!r} not in {names}"
    if turn.get("expect_emergency_first"):
        assert reply.emergency, f"{where}: no emergency lines"
    if "expect_district" in turn:
        label = kb.district_label(state.district) if state.district in kb.districts else ""
        assert turn["expect_district"] in label, f"{where}: district {label!r}"
    if turn.get("expect_english"):
        assert not KANA.search(reply.text), f"{where}: not English: {reply.text!r}"
    if "expect_feedback" in turn:
        got = reply.feedback.answer if reply.feedback else None
        assert got == turn["expect_feedback"], f"{where}: feedback {got!r}"
    if "expect_max_lines" in turn:
        assert len(reply.text.splitlines()) <= turn["expect_max_lines"], f"{where}: {reply.text!r}"
    if not turn.get("refusal"):
        assert not is_refusal(reply.text), f"{where}: refused: {reply.text!r}"


@pytest.mark.parametrize("name,story", STORIES, ids=[n for n, _ in STORIES])
def test_story(guide, name, story):
    now = dt.datetime.fromisoformat(story["now"]) if story.get("now") else NOW
    dialogue = Dialogue(guide.router)
    state, reply = dialogue.start()
    for i, turn in enumerate(story["turns"], 1):
        where = f"{story['name']} turn {i}"
        lang = turn.get("lang")
        if turn.get("start"):
            state, reply = dialogue.start(lang or "ja")
        elif "say" in turn:
            state, reply = dialogue.handle(State.from_dict(state.to_dict()), text=turn["say"], now=now, lang=lang)
        else:
            match = [o for o in reply.options if o.label == turn["pick"] or o.label.startswith(turn["pick"] + "（")]
            assert match, f"{where}: no option {turn['pick']!r} in {[o.label for o in reply.options]}"
            state, reply = dialogue.handle(State.from_dict(state.to_dict()), choice=match[0].id, now=now, lang=lang)
        _check(reply, state, turn, where, guide.kb)


def test_there_are_enough_stories():
    """Issue #13: at least 80 multi-turn stories; the 30 written by blind helpers (blind_stories.yaml) stay.
    (A third of all would need more blind stories as the project's own grow: a helper's task, not ours.)"""
    blind = yaml.safe_load((HERE / "blind_stories.yaml").read_text(encoding="utf-8"))
    assert len(STORIES) + len(blind) >= 80 and len(blind) >= 30


def test_state_never_holds_the_residents_words(guide):
    dialogue = Dialogue(guide.router)
    state, _ = dialogue.handle(State(), text="母の物忘れがひどく、お金の管理が心配です", now=NOW)
    assert "物忘れ" not in str(state.to_dict())
    assert state.counter is not None
