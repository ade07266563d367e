"""Answer cards: an entry of the knowledge base as a resident sees it (sourced facts or the main number)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from core.enwords import IN_JAPANESE, english, has_japanese
from core.hours import describe, open_now
from core.messages import city_words, main_number
from core.replies import Card, Fact
from knowledge.kb import KnowledgeBase
from knowledge.sources import as_of, host

UNCONFIRMED, UNCONFIRMED_EN = "未確認", "unconfirmed"
_BRACKETED = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*）|\([^()]*\)")
_MAIN_OF = re.compile(r"^代表（(.+)）$")


@dataclass(frozen=True)
class CardCall:
    """A call button of a card: whose number it rings (「高齢者支援課」「市社会福祉協議会（代表）」), the number
    as shown and the number dialled, and whether only a secondary page gives it (said beside the button)."""

    who: str
    number: str
    unconfirmed: bool = False


def whose(f: Fact, card: Card, lang: str = "ja") -> str:
    """The name of the place a card's number rings, for its call button: the phone's label without what is in
    brackets (「高齢者支援課（担当課・旧 高齢者いきいき課）」 → 高齢者支援課, 「担当課 障害福祉課」 → 障害福祉課), a
    main number with its owner (「代表（○○市社会福祉協議会）」 → ○○市社会福祉協議会（代表）), else the card's
    section or name; in English the label in English where `core.enwords` has it."""
    label = (f.label or "").removeprefix("担当課 ").strip()
    main = _MAIN_OF.match(label)
    if main:
        owner = main.group(1)
        return f"{english(owner) or owner} (main number)" if lang == "en" else f"{owner}（代表）"
    short = _BRACKETED.sub("", label).strip()
    name = short or label
    if not name or name in ("電話", "Phone", "代表"):
        name = card.section or card.title
        if label == "代表":
            return f"{name} (main number)" if lang == "en" else f"{name}（代表）"
    return (english(name) if lang == "en" else None) or name


def card_calls(card: Card, lang: str = "ja") -> list[CardCall]:
    """A card's call buttons: its phones, each with whose it is; without one, the number its note tells to
    call (`Card.ask`: the number that knows the local counter, else the city's main number) — never another."""
    calls = [CardCall(whose(f, card, lang), f.value, (f.note or "").startswith((UNCONFIRMED, UNCONFIRMED_EN)))
             for f in card.phones]
    if calls:
        return calls
    who, number = card.ask or (main_name(lang), main_number())
    return [CardCall(who, number)]


def main_name(lang: str = "ja") -> str:
    """「○○市役所（代表）」: the city's main number, named as a call button says it."""
    hall = city_words(lang)["hall"]
    return f"{hall} (main number)" if lang == "en" else f"{hall}（代表）"


def unknown_note(lang: str = "ja") -> str:
    """What a card with no number to call says: ask at the city's main number (data/city.yaml)."""
    if lang == "en":
        return (f"This counter's own number is not known here: at the city's main number {main_number()}, name the "
                "counter and they will put you through.")
    return (f"この窓口の直通の番号は、この案内では分かりません。{city_words('ja')['hall']}の代表 {main_number()} で窓口の名前を"
            "伝えると、つないでもらえます。")


def _fact(c: dict[str, Any], label: str, lang: str = "ja") -> Fact:
    """A fact as residents see it: its source and 「◯年◯月時点の情報」 (the page's own date), 未確認 for a
    secondary source; never the staff note or the check dates (those stay in /admin and the exports)."""
    return Fact(label=c.get("label") or label, value=str(c["value"]), source=resident_source(c),
                checked=None, note=resident_note(c, lang))


def resident_source(c: dict[str, Any]) -> str | None:
    """The page a resident may open; a dataset's name or a staff reference is not shown."""
    return str(c["source"]) if host(c.get("source")) else None


def resident_note(c: dict[str, Any], lang: str = "ja") -> str | None:
    """「未確認・2018年9月時点の情報」 ("unconfirmed; as of September 2018"): what residents read beside a fact
    or an hour."""
    mark = (UNCONFIRMED_EN if lang == "en" else UNCONFIRMED) if c.get("unconfirmed") else None
    parts = [p for p in (mark, as_of(c.get("source_date"), "en" if lang == "en" else "ja")) if p]
    return ("; " if lang == "en" else "・").join(parts) or None


def reach(kb: KnowledgeBase, entry: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The contact facts and hours that reach an entry: its own, else its delivering counter's, else the
    responsible section's general number (never a number the section published for another purpose)."""
    contacts = list(entry["contacts"])
    hours = list(entry["hours"])
    if not contacts and not hours:
        for cid in entry["counters"][:1]:
            counter = kb.entries.get(cid)
            if counter is not None:
                contacts, hours = list(counter["contacts"]), list(counter["hours"])
    if not contacts and entry["sections"]:
        main = kb.sections[entry["sections"][0]]
        contacts = [dict(c, label=f"担当課 {main['name']}") for c in main["contacts"]
                    if c.get("label") in (None, "代表")]
    return contacts, hours


def entry_name(entry: dict[str, Any], lang: str = "ja") -> str:
    """The entry's name as the resident reads it: `name_en` in English, `name_easy` in やさしい日本語."""
    own = entry.get("name_en") if lang == "en" else entry.get("name_easy") if lang == "easy" else None
    return str(own or entry["name"])


def entry_summary(entry: dict[str, Any], lang: str = "ja") -> str:
    """The one line a resident reads about an entry: its `summary` (plain words, docs/DATA.md), or
    `summary_en` / `summary_easy` in that register; the plan's own wording (`description`) only when an
    entry has no summary."""
    own = entry.get("summary_en") if lang == "en" else entry.get("summary_easy") if lang == "easy" else None
    return str(own or entry.get("summary") or _first_sentence(entry["description"]))


def build_card(kb: KnowledgeBase, entry: dict[str, Any], now: dt.datetime | None = None,
               lang: str = "ja") -> Card:
    """The card of a counter or service, with everything a resident needs to reach it."""
    contacts, hours = reach(kb, entry)
    phones = tuple(_fact(c, "電話", lang) for c in contacts if c["kind"] == "phone")
    places = tuple(_fact(c, "場所", lang) for c in contacts if c["kind"] in ("place", "address"))
    hour_facts = tuple(Fact(label="受付時間", value=describe(h, lang), source=resident_source(h),
                            note=resident_note(h, lang)) for h in hours)
    missing = not phones  # a card that has a number to call (its own, its counter's or its section's) needs no note
    section = kb.section_name(entry)
    renamed = None
    if entry["sections"]:
        former = kb.sections[entry["sections"][0]]["former_names"]
        renamed = former[0]["name"] if former else None
    return Card(
        entry_id=entry["id"], title=entry_name(entry, lang), summary=entry_summary(entry, lang),
        section=section,
        district=" / ".join(kb.districts[d]["name"] for d in entry["districts"]) or ("whole city" if lang == "en"
                                                                                   else "市内全域"),
        phones=phones, places=places, hours=hour_facts, open_now=open_now(hours, now),
        unknown_note=unknown_note(lang) if missing else None,
        plan_refs=tuple(entry["plan_refs"]), renamed_from=renamed,
        ask=(main_name(lang), main_number()) if missing else None,
    )


def local_card(kb: KnowledgeBase, entry: dict[str, Any], district_id: str | None, now: dt.datetime | None = None,
               lang: str = "ja") -> Card:
    """A city-wide counter that exists once per district (地域包括支援センター, 地区社協; issue #14 point 5):
    the resident's own one where the district is known and an official page says which one serves it;
    otherwise the city-wide card, saying the local one is not known and giving the one number that can tell."""
    local = kb.local_for(entry["id"], district_id)
    if local is not None:
        return build_card(kb, local, now, lang)
    card = build_card(kb, entry, now, lang)
    if not kb.locals_of.get(entry["id"]):
        return card
    phones = [c for c in reach(kb, entry)[0] if c["kind"] == "phone"]
    number = str(phones[0]["value"]) if phones else main_number()
    who = whose(_fact(phones[0], "電話", lang), card, lang) if phones else main_name(lang)
    if lang == "en":
        note = (f"Which {entry.get('name_en') or entry['name']} serves your area is not confirmed here; "
                f"call {who} on {number} and they can tell you.")
    else:
        note = f"お住まいの地区の{entry['name']}は、ここでは未確認です。{who}（{number}）に聞くと教えてもらえます。"
    return replace(card, unknown_note=note, ask=(who, number) if not card.phones else None)


def _first_sentence(text: str) -> str:
    head, sep, _ = text.partition("。")
    return head + sep if head else ""


def card_text(card: Card, lang: str = "ja") -> str:
    """The whole card as plain text, its sources too (no plan numbers: residents do not read the plans;
    `Card.plan_refs` stays for staff views): what the conversation stories (tests/stories) read. The channels
    show `resident_rows` (the web, LINE, Telegram) and `card_brief` (the terminal)."""
    en = lang == "en"
    lines = [f"■ {card.title}", card.summary] if card.summary else [f"■ {card.title}"]
    sec = card.section or ("—" if en else "不明")
    if card.renamed_from:
        sec += f"（formerly {card.renamed_from}）" if en else f"（旧 {card.renamed_from}）"
    lines.append(f"{section_label(sec, lang)}: {sec} ／ {'Area' if en else '地区'}: {card.district}")
    for f in card.phones:
        lines.append(f"{'Phone' if en else '電話'}: {phone_text(f, lang)}" + _src(f, en))
    for f in card.places:
        lines.append(f"{place_label(f, lang)}: {phone_number(f)}" + _src(f, en))
    for f in card.hours:
        lines.append(f"{'Hours' if en else '受付'}: {f.value}" + _src(f, en))
    if card.open_now is not None:
        lines.append(("Open now" if card.open_now else "Closed now") if en
                     else ("いま受付中" if card.open_now else "いまは受付時間外"))
    if card.unknown_note:
        lines.append(card.unknown_note)
    return "\n".join(lines)


def _src(f: Fact, en: bool) -> str:
    if not f.source:
        return ""
    checked = f" {'checked' if en else '確認'} {f.checked}" if f.checked else ""
    note = f" ※{f.note}" if f.note else ""
    return f"\n  {'source' if en else '出典'}: {f.source}{checked}{note}"


def phone_text(f: Fact, lang: str = "ja") -> str:
    """「0000-00-0000 高齢者支援課（旧 高齢者いきいき課）」: the number (「（未確認）」 after it when only a
    secondary page gives it), then whose it is (no brackets around a label that has its own); in English the
    label in English where `core.enwords` can carry it over, else the name as the city writes it (what is said
    on the phone)."""
    number = phone_number(f)
    if not f.label or f.label in ("電話", "Phone"):
        return number
    return f"{number} {(english(f.label) if lang == 'en' else None) or f.label}"


def phone_number(f: Fact) -> str:
    """A card's number (or place) as shown: 「0000-00-0000（未確認）」 for one only a secondary page gives (its
    note says 未確認; " (unconfirmed)" in English), as the emergency lines do."""
    note = f.note or ""
    return f.value + ("（未確認）" if note.startswith(UNCONFIRMED) else " (unconfirmed)"
                      if note.startswith(UNCONFIRMED_EN) else "")


def section_label(section: str, lang: str = "ja") -> str:
    """「担当」; in English "Section", or "Section (in Japanese)" for a name the knowledge has only in Japanese."""
    if lang != "en":
        return "担当"
    return f"Section {IN_JAPANESE}" if has_japanese(section) else "Section"


def place_label(f: Fact, lang: str = "ja") -> str:
    """「場所」; in English "Place", or "Place (in Japanese)" for an address the sources write in Japanese (the
    knowledge has no English of it: shown as written, to read out or show)."""
    if lang != "en":
        return "場所"
    return f"Place {IN_JAPANESE}" if has_japanese(f.value) else "Place"


def resident_rows(card: Card, lang: str = "ja") -> list[tuple[str, str]]:
    """The labelled facts of a card as residents read them, in the order every channel shows them."""
    en = lang == "en"
    section = card.section or ("—" if en else "不明")
    if card.renamed_from:
        section += f" (formerly {card.renamed_from})" if en else f"（旧 {card.renamed_from}）"
    rows = [(section_label(section, lang), section), ("Area" if en else "地区", card.district or "")]
    rows += [("Phone" if en else "電話", phone_text(f, lang)) for f in card.phones]
    rows += [(place_label(f, lang), phone_number(f)) for f in card.places]
    rows += [("Hours" if en else "受付", f.value) for f in card.hours]
    if card.open_now is not None:
        rows.append(now_row(card, lang))
    if card.unknown_note:
        rows.append(("Note" if en else "ご案内", card.unknown_note))
    return [(k, v) for k, v in rows if v]


def now_row(card: Card, lang: str = "ja") -> tuple[str, str]:
    if lang == "en":
        return "Now", "open" if card.open_now else "closed"
    return "いま", "受付中" if card.open_now else "受付時間外"


def card_brief(card: Card, lang: str = "ja", phones: int = 2) -> str:
    """A card in a few lines for a text channel (the terminal): name, one line about it, the numbers to
    call, where, when and whether open now; the sources and the section stay on the web's card."""
    en = lang == "en"
    lines = [f"■ {card.title}"] + ([card.summary] if card.summary else [])
    lines += [f"☎ {phone_text(f, lang)}" for f in card.phones[:phones]]
    lines += [f"{place_label(f, lang)}: {phone_number(f)}" for f in card.places[:1]]
    hours = [f.value for f in card.hours[:1]]
    if card.open_now is not None:
        hours.append(("open now" if card.open_now else "closed now") if en
                     else ("いま受付中" if card.open_now else "いまは受付時間外"))
    if hours:
        lines.append(f"{'Hours' if en else '受付'}: {' ／ '.join(hours)}")
    if card.unknown_note:
        lines.append(card.unknown_note)
    return "\n".join(lines)
