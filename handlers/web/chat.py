"""GET /chat (the page), its script and style (GET /chat/chat.js, /chat/chat.css) and POST /api/chat (one
turn as JSON) for the web chat.

The browser keeps a random session id (per tab); the server keys its state by a salted hash of it,
exactly as for a messenger user. The page has no inline script or style, so its Content-Security-Policy
allows only its own files and its own origin.

What the page needs beyond the channel-neutral `Reply` is worked out here, so the script only renders:
a short heading per reply (「窓口を4件ご案内します」, the one thing announced when focus moves to it), the
emergency box's alert sentence and place (first only when the safety screen says emergency or crisis),
option labels in full (the dialogue cuts them at 20 characters for LINE), the 119/110 notice taken out of
the greeting (the page's header carries it once), and ふりがな for every text in the reply (`ruby`).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, NamedTuple

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from core.cards import card_calls, entry_name, now_row, resident_rows
from core.conversation import (
    START,
    Conversation,
    card_sources,
    slow_down_text,
    tel_uri,
)
from core.emergency import closed_now, details, grouped, ordered, shown_name, sources_note
from core.hours import JST
from core.messages import city_words, feedback_last, fill_city, say
from core.replies import Card, EmergencyLine, Reply
from core.turn import Inbound
from handlers.limits import BadJson, TooLarge, clean_text, parse_json, read_body, valid_choice
from handlers.web.ruby import PLAIN, Furigana, has_kanji
from knowledge.kb import KnowledgeBase

CHANNEL = "web"
HERE = Path(__file__).parent
PAGE = HERE / "chat.html"
ASSETS = {"chat.js": "text/javascript; charset=utf-8", "chat.css": "text/css; charset=utf-8"}
SESSION = re.compile(r"[A-Za-z0-9_-]{16,64}")
MAX_BODY = 16_384
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
ALARM = ("emergency", "crisis")
# The 119/110 notice of the greeting and the about text (a sentence, or a remark in brackets): the page's
# header says it once, above the conversation. A help's 「緊急のときは…」 line is an instruction and stays.
NOTICE_119 = re.compile(r"\s?（[^（）\n]*119[^（）\n]*110[^（）\n]*）|\s?\([^()\n]*119[^()\n]*110[^()\n]*\)"
                        r"|(?:※\s*)?(?:緊急通報の窓口ではありません。)?命の危険があるときは\s*119（救急）・110（警察）へ(?:電話してください)?。")
ALERT = {("emergency", "ja"): "今すぐ電話できる番号があります。", ("crisis", "ja"): "今日すぐ相談できる番号があります。",
         ("emergency", "en"): "Call one of these numbers now.", ("crisis", "en"): "You can talk to someone today."}
CARING = {("emergency", "ja"): "すぐに電話してください", ("crisis", "ja"): "ひとりで抱えないでください",
          ("emergency", "en"): "Please call now", ("crisis", "en"): "You do not have to face this alone"}


def heading(reply: Reply, first: bool = False) -> str:
    """The reply's heading: what it holds, in a few words (read once, when focus moves to it)."""
    en = reply.lang == "en"
    lines, cards, options = len(reply.emergency), len(reply.cards), len(reply.options)
    if first:
        return "Welcome" if en else "ごあいさつ"
    if reply.note:
        return "Summary for the counter" if en else "紹介状"
    if lines and reply.urgency in ALARM:  # a person in danger reads a kind word first, not a count of results
        return CARING[(reply.urgency, "en" if en else "ja")]
    if lines and cards:
        return (f"{lines} emergency lines and {cards} counters" if en
                else f"緊急の連絡先{lines}件と窓口{cards}件をご案内します")
    if lines:
        return f"{lines} emergency lines" if en else f"緊急の連絡先を{lines}件ご案内します"
    if cards:
        return f"{cards} counters that can help" if en else f"窓口を{cards}件ご案内します"
    if options:
        return f"A question, {options} choices" if en else f"選択肢が{options}件あります"
    return "Reply" if en else "お返事"


def web_text(text: str) -> str:
    """The reply's text without the 119/110 notice (lines left empty by that go too)."""
    lines = []
    for line in text.split("\n"):
        cut = NOTICE_119.sub("", line)
        if cut == line or cut.strip():
            lines.append(cut.rstrip())
    return "\n".join(lines).strip("\n")


def card_json(card: Card, lang: str) -> dict[str, Any]:
    """A card as the page shows it: its name, one line, the numbers to call, open now and a note in view;
    the section, area, place, hours and sources folded under 「くわしく」 (`rows`, `sources`)."""
    shown = ("Now", "いま", "Note", "ご案内")
    return {
        "id": card.entry_id, "title": card.title, "summary": card.summary,
        "rows": [[name, value] for name, value in resident_rows(card, lang) if name not in shown],
        "now": now_row(card, lang)[1] if card.open_now is not None else None,
        "note": card.unknown_note,
        "open_now": card.open_now,
        # whose number each button rings (「高齢者支援課」), the number itself, and 「番号は未確認」 beside, not inside
        "calls": [{"label": c.who, "number": c.number, "tel": tel_uri(c.number), "unconfirmed": c.unconfirmed}
                  for c in card_calls(card, lang)],
        "sources": [{"source": f.source, "checked": f.checked, "note": f.note,
                     "url": f.source if (f.source or "").startswith(("http://", "https://")) else None}
                    for f in card_sources(card)],
    }


def full_label(option_id: str, label: str, lang: str, kb: KnowledgeBase | None) -> str:
    """An entry option's whole name (the dialogue cuts it at 20 characters for LINE's buttons)."""
    if kb is not None and option_id.startswith("c:") and option_id[2:] in kb.entries:
        return entry_name(kb.entries[option_id[2:]], lang)
    return label


def line_json(line: EmergencyLine, lang: str, now: dt.datetime | None) -> dict[str, Any]:
    """An emergency line for the page: its name, the number dialled as it is dialled (no mark inside the
    button: what is known of the sources is one note under the list, `emergency_note`), and what is said
    under it (hours, closed now)."""
    return {"name": shown_name(line, lang), "number": line.number, "hours": line.hours, "tel": tel_uri(line.number),
            "details": details(line, lang, now), "closed": closed_now(line, now)}


def reply_json(reply: Reply, kb: KnowledgeBase | None = None, furigana: Furigana | None = None, *,
               first: bool = False, now: dt.datetime | None = None) -> dict[str, Any]:
    """A reply for the page: heading, emergency box, text, cards, options, and the ruby of each text."""
    alarm = reply.urgency in ALARM and bool(reply.emergency)
    body: dict[str, Any] = {
        "lang": "en" if reply.lang == "en" else "ja",  # for the page's lang attributes (やさしい日本語 is ja)
        "register": reply.lang,
        "urgency": reply.urgency,
        "heading": heading(reply, first),
        "alert": ALERT.get((reply.urgency, "en" if reply.lang == "en" else "ja")) if alarm else None,
        # Emergency lines first for an alarm (and for the 緊急のとき menu); a soft tier's line stays quiet.
        "emergency_first": reply.urgency != "soft",
        "emergency": [line_json(x, reply.lang, now) for x in ordered(reply.emergency, now)],
        "emergency_groups": [{"heading": g.heading, "hint": g.hint,
                              "lines": [line_json(x, reply.lang, now) for x in g.lines]}
                             for g in grouped(reply.emergency, reply.lang, now)],
        "emergency_note": sources_note(reply.emergency, reply.lang),
        "text": web_text(feedback_last(reply.text, reply.lang)[0] if reply.cards else reply.text),
        # 「役に立ちましたか？」 after the cards, above its buttons (not before the cards are read)
        "ask": feedback_last(reply.text, reply.lang)[1] if reply.cards else None,
        "cards": [card_json(c, reply.lang) for c in reply.cards],
        "options": [{"id": o.id, "label": full_label(o.id, o.label, reply.lang, kb)} for o in reply.options],
        "note": reply.note,  # the 紹介状: a print button, and only it is printed
        "paper": paper(reply, now) if reply.note else None,
    }
    if body["paper"]:  # the note's first line (「窓口でこの画面を見せてください」) is the screen's: paper has its own
        body["text"] = body["text"].split("\n", 1)[1] if "\n" in body["text"] else ""
    body["ruby"] = ruby_of(body, furigana or PLAIN)
    return body


def paper(reply: Reply, now: dt.datetime | None = None) -> dict[str, str]:
    """The 紹介状 on paper: its heading (「紹介状　○○市　2026-12-01」), the document's title
    (the PDF's name), and the line a paper says instead of the screen's 「窓口でこの画面を見せてください」 (the
    note's first line, shown on screen only)."""
    lang = reply.lang
    day = f"{(now or dt.datetime.now(JST)).astimezone(JST).date():%Y-%m-%d}"
    title, city = say("ho_title", lang), city_words(lang)["city"]
    return {"heading": f"{title}　{city}　{day}" if lang != "en" else f"{title} — {city} — {day}",
            "title": f"{title}_{city}_{day}" if lang != "en" else f"{title} - {city} - {day}",
            "screen": reply.text.split("\n", 1)[0], "show": say("ho_paper", lang)}


def ruby_of(body: dict[str, Any], furigana: Furigana) -> dict[str, str]:
    """Ruby HTML (escaped, readings over kanji) for each text of the reply the page shows."""
    texts: list[str | None] = [body["heading"], body["alert"], body["text"], body["ask"]]
    if body["paper"]:
        texts += [body["paper"]["heading"], body["paper"]["screen"], body["paper"]["show"]]
    for x in body["emergency"]:
        texts += [x["name"], *x["details"]]
    texts += [t for g in body["emergency_groups"] for t in (g["heading"], g["hint"])] + [body["emergency_note"]]
    for c in body["cards"]:
        texts += [c["title"], c["summary"], *[t for row in c["rows"] for t in row], *[x["label"] for x in c["calls"]]]
        texts += [c["now"], c["note"]]
        texts += [s["note"] for s in c["sources"]]
    texts += [o["label"] for o in body["options"]]
    return {t: furigana.html(t) for t in texts if t and has_kanji(t)}


def town_readings(kb: KnowledgeBase) -> dict[str, str]:
    """The readings data/districts.yaml gives its towns (大船 おおふな), for ふりがな."""
    return {t["name"]: t["reading"] for d in kb.districts.values() for t in d.get("towns", ()) if t.get("reading")}


async def asset(request: Request) -> Response:
    """GET /chat/chat.js and /chat/chat.css: the page's script and style, from this folder."""
    name = request.path_params.get("name", "")
    if name not in ASSETS:
        return Response("not found", status_code=404, media_type="text/plain")
    return Response((HERE / name).read_bytes(), media_type=ASSETS[name],
                    headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})


class WebChat:
    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.page = PAGE.read_text(encoding="utf-8")
        self._furigana: tuple[int, Furigana] | None = None

    def furigana(self, kb: KnowledgeBase) -> Furigana:
        """One per knowledge generation (a publish may add or rename towns)."""
        if self._furigana is None or self._furigana[0] != kb.generation:
            self._furigana = (kb.generation, Furigana(town_readings(kb)))
        return self._furigana[1]

    async def get_page(self, _: Request) -> Response:
        return HTMLResponse(fill_city(self.page), headers={"Content-Security-Policy": CSP, "Cache-Control": "no-cache",
                                                "X-Content-Type-Options": "nosniff"})

    async def post_turn(self, request: Request) -> Response:
        turn = await read_turn(request)
        return turn if isinstance(turn, Response) else JSONResponse(await self.answer(turn))

    async def answer(self, turn: WebTurn) -> dict[str, Any]:
        """The page's JSON for one turn (in the server, or in a worker process: ops/shards.py `call`)."""
        session, text, choice, first, lang = turn
        outcome = await self.conversation.handle(Inbound(CHANNEL, session, text=text, choice=choice, lang=lang))
        reply = outcome.reply
        # Over the rate limit: a page shows every answer, so it is told each time.
        # The readings are made here, on the event loop's thread like every other use of the tokenizer.
        kb = outcome.kb or self.conversation.router.kb
        return reply_json(reply or Reply(slow_down_text()), kb, self.furigana(kb), first=first and reply is not None)


class WebTurn(NamedTuple):
    """A POST /api/chat read and checked: what the turn needs (picklable, for a worker process)."""

    session: str
    text: str | None
    choice: str | None
    first: bool
    lang: str | None = None  # the page's language button (or an English browser's first screen): ja / en


async def read_turn(request: Request) -> WebTurn | Response:
    """The request's turn, or the 4xx response for a body that is not one."""
    try:
        body = await read_body(request, MAX_BODY)
    except TooLarge:
        return JSONResponse({"error": "too large"}, status_code=413)
    try:
        data = parse_json(body)
    except BadJson:
        return JSONResponse({"error": "invalid JSON"}, status_code=400)
    if not isinstance(data, dict):
        return JSONResponse({"error": "invalid JSON"}, status_code=400)
    session, text, choice, lang = data.get("session"), data.get("text"), data.get("choice"), data.get("lang")
    if lang not in (None, "ja", "en", "easy"):
        return JSONResponse({"error": "lang must be ja, en or easy"}, status_code=400)
    if not isinstance(session, str) or not SESSION.fullmatch(session):
        return JSONResponse({"error": "session must be 16–64 letters, digits, - or _"}, status_code=400)
    if not isinstance(text, str | None) or not isinstance(choice, str | None):
        return JSONResponse({"error": "text and choice must be strings"}, status_code=400)
    if choice and not valid_choice(choice):  # never an option's id: said so, and no state is made (issue #15 M3)
        return JSONResponse({"error": "unknown choice: send the id of an option shown (options[].id), or the "
                                      "words as text"}, status_code=400)
    text = clean_text(text) if text else text  # lone surrogates and controls dropped (issue #15 L2)
    if not (text or "").strip() and not choice:
        choice = START
    return WebTurn(session, text, choice, choice == START and not (text or "").strip(), lang)
