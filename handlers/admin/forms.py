"""Edit forms: which fields each kind of item shows, form data → changes, and an item as readable rows.

Which fields a form shows, their labels, widgets, help texts, options and references come from the fields'
metadata (knowledge/schema/items.py); this module only turns it into `Spec`s and reads the posted form.

Lists are edited one item a line. A save only touches the fields its form shows; everything else of the
item (hours, flags, plan fields …) is kept as it is in the draft at the moment of saving.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from knowledge.schema import KINDS, Contact, Hours, Item, Town
from knowledge.schema.meta import CONTACT_KINDS, DATE_RE, DAYS, TIME_RE
from knowledge.sources import is_official

CONTACT_LABELS = {"phone": "電話", "fax": "FAX", "email": "メール", "place": "場所", "address": "住所",
                  "url": "URL", "note": "職員向けメモ"}
KIND_LABELS = {"counters": "窓口", "services": "取組・事業", "sections": "課・団体", "districts": "地区",
               "topics": "困りごと・類義語", "emergency": "緊急連絡先"}


@dataclass(frozen=True)
class Spec:
    """One field as the edit form shows it (made from the field's metadata in knowledge/schema/)."""

    key: str
    label: str
    type: str = "text"  # text | textarea | lines | select | date
    help: str = ""
    options: tuple[tuple[str, str], ...] = ()
    required: bool = False
    refs: str = ""  # the kind whose ids this list names (shown as a reference list under the field)
    boolean: bool = False  # a select whose options are "true" / "false", stored as True / False


def specs(cls: type[Item], kind: str = "") -> tuple[Spec, ...]:
    """The fields of `cls` the edit form of `kind` shows, in their order on the form."""
    shown = sorted((m.form, name, m) for name, m in cls.specs() if m.form and m.form_only in ("", kind))
    return tuple(Spec(name, m.shown_label, m.widget, m.help, m.options, m.form_required, m.refs, m.boolean)
                 for _, name, m in shown)


def _labels(cls: type[Item]) -> dict[str, str]:
    return {name: m.shown_label for name, m in cls.specs() if m.shown_label}


FIELDS: dict[str, tuple[Spec, ...]] = {kind: specs(cls, kind) for kind, cls in KINDS.items()}
WITH_CONTACTS = {"counters", "services", "sections"}
WITH_HOURS = {"counters", "services"}
WITH_TOWNS = {"districts"}
CONTACT_FIELDS = tuple(name for name, _ in Contact.specs())
CONTACT_FIELD_LABELS = _labels(Contact)
HOUR_FIELDS = tuple(spec.key for spec in specs(Hours))
HOUR_FIELD_LABELS = _labels(Hours)
TRI_STATE = (("", "出典に書いていない（未確認）"), ("true", "休み"), ("false", "開いている"))
TOWN_FIELDS = tuple(name for name, _ in Town.specs())
TOWN_FIELD_LABELS = _labels(Town)


def nfkc(text: str) -> str:
    """Full-width digits, hyphens and letters as ASCII (１１０ → 110, ０１２３－４５ → 0123-45)."""
    return unicodedata.normalize("NFKC", text).strip()


def is_date(text: str) -> bool:
    """A real day written 2026-04-01 in ASCII digits (the database's date type takes nothing else)."""
    if not DATE_RE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _lines(text: str) -> list[str]:
    return list(dict.fromkeys(x.strip() for x in text.splitlines() if x.strip()))


def form_values(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    """The item as the form shows it: list fields one item a line, None as empty text."""
    out: dict[str, Any] = {}
    for spec in FIELDS[kind]:
        value = item.get(spec.key)
        if spec.type == "lines":
            out[spec.key] = "\n".join(map(str, value or []))
        elif spec.boolean:
            out[spec.key] = "false" if value is False else "true"
        else:
            out[spec.key] = "" if value is None else str(value)
    if kind in WITH_CONTACTS:
        out["contacts"] = [{k: "" if c.get(k) is None else str(c.get(k)) for k in CONTACT_FIELDS}
                           for c in item.get("contacts") or []]
    if kind in WITH_HOURS:  # the labels travel with the rows (the page's context is the app's)
        out["hour_rows"] = [_hour_values(h) for h in item.get("hours") or []]
        out["hour_labels"], out["tri_state"] = HOUR_FIELD_LABELS, TRI_STATE
    if kind in WITH_TOWNS:
        out["town_labels"] = TOWN_FIELD_LABELS
        out["town_rows"] = [{"name": t.get("name") or "", "reading": t.get("reading") or "",
                         "confirmed": bool(t.get("confirmed")), "source": t.get("source") or ""}
                        for t in item.get("towns") or []]
    return out


def _tri(value: Any) -> str:
    return "" if value is None else "true" if value is True or value == "true" else "false"


def _hour_values(h: dict[str, Any]) -> dict[str, Any]:
    exceptions = []
    for x in h.get("exceptions") or []:
        if x.get("closed", True) is False:
            exceptions.append(f"{x.get('date')} {x.get('opens')}-{x.get('closes')}")
        else:
            exceptions.append(f"{x.get('date')} 休み")
    return {"days": " ".join(h.get("days") or []), "weeks": " ".join(map(str, h.get("weeks") or [])),
            "opens": h.get("opens") or "", "closes": h.get("closes") or "",
            "closed_on_holidays": _tri(h.get("closed_on_holidays")), "closed_year_end": _tri(h.get("closed_year_end")),
            "exceptions": "\n".join(exceptions), "label": h.get("label") or "", "source": h.get("source") or "",
            "source_date": h.get("source_date") or "", "checked": h.get("checked") or "",
            "verified": h.get("verified") or "", "unconfirmed": bool(h.get("unconfirmed"))}


def _hours(form: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """The hours rows of the form, with the checks of `kb check` (HH:MM, days, 第n週, a source)."""
    try:
        count = min(int(str(form.get("hour-count") or 0)), 50)
    except ValueError:
        count = 0
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for i in range(count):
        if form.get(f"hour-{i}-delete"):
            continue
        raw = {k: nfkc(str(form.get(f"hour-{i}-{k}") or "")) for k in HOUR_FIELDS if k != "exceptions"}
        exceptions_text = str(form.get(f"hour-{i}-exceptions") or "")
        if not any(raw[k] for k in ("days", "opens", "closes", "source", "label")):
            continue  # the empty row for new hours, left empty
        n = len(rows) + 1
        days = [d.lower() for d in raw["days"].replace(",", " ").split()]
        if not days or any(d not in DAYS for d in days):
            errors.append(f"受付時間{n}: 曜日は mon tue wed thu fri sat sun で書いてください")
        weeks: list[Any] = []
        for w in raw["weeks"].replace(",", " ").split():
            if w.isdigit() and 1 <= int(w) <= 5:
                weeks.append(int(w))
            else:
                errors.append(f"受付時間{n}: 第何週は 1〜5 の数字で書いてください")
        for key in ("opens", "closes"):
            if not TIME_RE.match(raw[key]):
                errors.append(f"受付時間{n}: {HOUR_FIELD_LABELS[key]}の形で書いてください")
        if TIME_RE.match(raw["opens"]) and TIME_RE.match(raw["closes"]) and raw["opens"] >= raw["closes"]:
            errors.append(f"受付時間{n}: 開始は終了より前にしてください")
        if not raw["source"]:
            errors.append(f"受付時間{n}: 出典を入力してください")
        if not raw["checked"]:
            errors.append(f"受付時間{n}: 確認日を入力してください")
        for key in ("source_date", "checked", "verified"):
            if raw[key] and not is_date(raw[key]):
                errors.append(f"受付時間{n}: {HOUR_FIELD_LABELS[key]}は 2026-04-01 の形で入力してください")
        unconfirmed = bool(form.get(f"hour-{i}-unconfirmed"))
        if raw["source"] and not unconfirmed and not is_official(raw["source"]):
            errors.append(f"受付時間{n}: 出典が公式のページではありません。二次情報に印をつけるか、市のページを出典に")
        exceptions: list[dict[str, Any]] = []
        for line in _lines(exceptions_text):
            parts = nfkc(line).split()
            span = parts[1].split("-") if len(parts) == 2 else []
            if len(parts) == 2 and is_date(parts[0]) and parts[1] in ("休み", "closed"):
                exceptions.append({"date": parts[0], "closed": True, "opens": None, "closes": None, "note": None})
            elif len(parts) == 2 and is_date(parts[0]) and len(span) == 2 and all(TIME_RE.match(s) for s in span):
                exceptions.append({"date": parts[0], "closed": False, "opens": span[0], "closes": span[1], "note": None})
            else:
                errors.append(f"受付時間{n}: 例外の日「{line}」は 2026-12-28 休み か 2026-11-28 09:00-12:00 の形で")
        rows.append({
            "days": days, "weeks": weeks, "opens": raw["opens"], "closes": raw["closes"],
            "closed_on_holidays": {"true": True, "false": False}.get(raw["closed_on_holidays"]),
            "closed_year_end": {"true": True, "false": False}.get(raw["closed_year_end"]),
            "exceptions": exceptions, "label": raw["label"] or None, "source": raw["source"] or None,
            "source_date": raw["source_date"] or None, "checked": raw["checked"] or None,
            "verified": raw["verified"] or None, "unconfirmed": unconfirmed})
    return rows, errors


def _towns(form: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """The towns of a district; a confirmed town needs an official page (as `kb check`)."""
    try:
        count = min(int(str(form.get("town-count") or 0)), 300)
    except ValueError:
        count = 0
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for i in range(count):
        if form.get(f"town-{i}-delete"):
            continue
        name = nfkc(str(form.get(f"town-{i}-name") or ""))
        if not name:
            continue
        source = str(form.get(f"town-{i}-source") or "").strip() or None
        confirmed = bool(form.get(f"town-{i}-confirmed"))
        if confirmed and not is_official(source):
            errors.append(f"町 {name}: 確認済みにできるのは、市・広報かまくら・社協などの公式ページが出典のときだけです")
        rows.append({"name": name, "reading": str(form.get(f"town-{i}-reading") or "").strip() or None,
                     "confirmed": confirmed, "source": source})
    return rows, errors


def parse(kind: str, form: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Form data → (the fields to change, problems that keep the form from being saved).

    The changes always reflect what was typed, so a refused form is shown again with the input intact."""
    changes: dict[str, Any] = {}
    errors: list[str] = []
    for spec in FIELDS[kind]:
        raw = str(form.get(spec.key) or "")
        if spec.type == "date" or spec.key == "number":
            raw = nfkc(raw)  # typed with a Japanese keyboard: ２０２６－０４－０１, １１０ (kb check judges the rest)
        text = raw.strip()
        # Empty text is None, as in the data files (an entry's description becomes "" in canonical form).
        changes[spec.key] = _lines(raw) if spec.type == "lines" else (text or None)
        if spec.boolean:
            changes[spec.key] = text != "false"
        if spec.required and not text:
            errors.append(f"{spec.label}を入力してください")
        if spec.type == "date" and text and not is_date(text):
            errors.append(f"{spec.label}は 2026-04-01 の形で入力してください")
        if spec.type == "select" and text and text not in dict(spec.options):
            errors.append(f"{spec.label}の値が選択肢にありません")
    if kind in WITH_CONTACTS:
        changes["contacts"], more = _contacts(form)
        errors += more
    if kind in WITH_HOURS and "hour-count" in form:
        changes["hours"], more = _hours(form)
        errors += more
    if kind in WITH_TOWNS and "town-count" in form:
        changes["towns"], more = _towns(form)
        errors += more
    return changes, errors


def _contacts(form: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    try:
        count = min(int(str(form.get("contact-count") or 0)), 200)
    except ValueError:
        count = 0
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for i in range(count):
        if form.get(f"contact-{i}-delete"):
            continue
        row = {k: str(form.get(f"contact-{i}-{k}") or "").strip() for k in CONTACT_FIELDS}
        unconfirmed = bool(row.pop("unconfirmed"))
        for key in ("source_date", "checked", "verified"):
            row[key] = nfkc(row[key])
        if row["kind"] in ("phone", "fax"):
            row["value"] = nfkc(row["value"])
        if not any(row[k] for k in ("value", "label", "source", "note", "use")):
            continue  # the empty row for a new fact, left empty
        n = len(rows) + 1
        if row["kind"] not in CONTACT_KINDS:
            errors.append(f"連絡先{n}: 種類を選んでください")
        if row["use"]:  # a fact defined once elsewhere: its value, source and dates are that fact's
            if row["value"] or row["source"]:
                errors.append(f"連絡先{n}: 参照する事実（{row['use']}）の値と出典はその事実で直してください（ここは空に）")
            rows.append({k: (v or None) for k, v in row.items()} | {"unconfirmed": False})
            continue
        if not row["value"]:
            errors.append(f"連絡先{n}: 内容を入力してください")
        # Docs/DATA.md: a contact fact is never entered without its source and the day it was checked.
        if not row["source"]:
            errors.append(f"連絡先{n}: 出典を入力してください")
        if not row["checked"]:
            errors.append(f"連絡先{n}: 確認日を入力してください")
        for key in ("source_date", "checked", "verified"):
            if row[key] and not is_date(row[key]):
                errors.append(f"連絡先{n}: {CONTACT_FIELD_LABELS[key]}は 2026-04-01 の形で入力してください")
        rows.append({k: (v or None) for k, v in row.items()} | {"unconfirmed": unconfirmed})
    return rows, errors


def apply(kind: str, item: dict[str, Any], changes: dict[str, Any], renamed_on: str, username: str) -> dict[str, Any]:
    """`item` with the form's changes; a renamed section keeps its old name as a former name."""
    out = dict(item) | changes
    if kind == "sections" and changes.get("name") and item.get("name") and changes["name"] != item["name"]:
        former = [f for f in item.get("former_names") or [] if f.get("name") != changes["name"]]
        former.append({"name": item["name"], "until": renamed_on, "source": f"管理画面で改称（{username}）"})
        out["former_names"] = former
    return out


def describe(kind: str, item: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The editable part of an item as (label, text) rows, for the conflict page."""
    if item is None:
        return []
    rows = []
    for spec in FIELDS[kind]:
        value = item.get(spec.key)
        if isinstance(value, list):
            text = "、".join(map(str, value))
        elif spec.boolean:
            text = dict(spec.options)["false" if value is False else "true"]
        elif spec.type == "select":
            text = dict(spec.options).get(str(value), str(value or ""))
        else:
            text = "" if value is None else str(value)
        rows.append((spec.label, text))
    for n, c in enumerate(item.get("contacts") or [], 1):
        parts = [f"{CONTACT_LABELS.get(str(c.get('kind')), c.get('kind'))} {c.get('value') or ''}"]
        parts += [f"{CONTACT_FIELD_LABELS[k]}: {c[k]}" for k in ("label", "source", "source_date", "checked", "verified",
                                                                 "note", "fact", "use", "unconfirmed") if c.get(k)]
        if not c.get("verified") and not c.get("use"):
            parts.append(f"{CONTACT_FIELD_LABELS['verified']}: 未確認日")  # nobody has looked at the live page yet
        rows.append((f"連絡先{n}", " / ".join(parts)))
    return rows


def compare(kind: str, theirs: dict[str, Any] | None, yours: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """(label, theirs, yours, differs) for every row either side has."""
    a, b = dict(describe(kind, theirs)), dict(describe(kind, yours))
    labels = list(dict.fromkeys([*a, *b]))
    return [(label, a.get(label, ""), b.get(label, ""), a.get(label, "") != b.get(label, "")) for label in labels]
