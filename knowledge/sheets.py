"""The table layout of the knowledge document for Excel and CSV, and the cell codecs.

One table ("sheet") per kind of item; nested lists of mappings (contacts, hours, former names, towns) get
their own table keyed by owner id and position. List cells hold the items joined with " | " (a literal
`|` or `\\` inside an item is written `\\|` / `\\\\`). `spreadsheet.py` does the file formats.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from knowledge import document, hourcells
from knowledge.files import Doc
from knowledge.schema import (
    Contact,
    District,
    EmergencyLine,
    Entry,
    FormerName,
    Hours,
    Item,
    Section,
    Topic,
    Town,
)
from knowledge.schema.meta import BOOL, DATE, EXC, IDS, LIST, PHONE_RE, POS, TEXT, TIME
from knowledge.validate import Problem

Columns = tuple[tuple[str, str], ...]
_CHILD: Columns = (("owner", TEXT), ("pos", POS))  # a child row's owner id and its position under the owner


def columns(cls: type[Item]) -> Columns:
    """The sheet's columns of an item class: its fields with a cell type, in field order (then `column` rank)."""
    cells = [(m.column, i, name, m.cell) for i, (name, m) in enumerate(cls.specs()) if m.cell is not None]
    return tuple((name, cell) for _, _, name, cell in sorted(cells))


# Sheet order is the export order; row 1 of every sheet holds exactly these keys.
SHEETS: dict[str, Columns] = {
    "sections": columns(Section),
    "former_names": _CHILD + columns(FormerName),
    "districts": columns(District),
    "towns": _CHILD + columns(Town),
    "counters": columns(Entry),
    "services": columns(Entry),
    "topics": columns(Topic),
    "emergency": columns(EmergencyLine),
    "contacts": (("owner_sheet", TEXT), *_CHILD, *columns(Contact)),
    "hours": (("owner_sheet", TEXT), *_CHILD, *columns(Hours)),
}
MAIN = ("sections", "districts", "counters", "services", "topics", "emergency")
# child sheet -> (the owners' sheets it may name, the key the children go under)
CHILDREN = {"former_names": (("sections",), "former_names"), "towns": (("districts",), "towns"),
            "contacts": (("sections", "counters", "services"), "contacts"),
            "hours": (("counters", "services"), "hours")}
_CLASSES: tuple[type[Item], ...] = (Section, FormerName, District, Town, Entry, Topic, EmergencyLine, Contact, Hours)

# Shown as header comments in the workbook so staff know what a key means (the fields' `note`).
LABELS = {"owner": "親のID", "pos": "順番 (1, 2, …)", "owner_sheet": "親のシート名"} | {
    name: m.note for cls in _CLASSES for name, m in cls.specs() if m.note and m.cell is not None}

_TRUE, _FALSE = {"true", "1", "yes", "はい", "○"}, {"false", "0", "no", "いいえ", "×"}
_SLASH_DATE = re.compile(r"^([0-9]{4})[/.年]([0-9]{1,2})[/.月]([0-9]{1,2})日?$")
_TIME = re.compile(r"^([0-9]{1,2}):([0-9]{2})(?::00)?$")
_ID_SEPARATORS = re.compile(r"[\s,、，;；]")


def where(sheet: str, row: int, column: str, message: str) -> Problem:
    """A problem of one cell (its `str()` is "counters row 12, column value: message")."""
    return Problem(sheet, "", column, message, row)


# ---- lists -----------------------------------------------------------------------------------------------

def join_list(items: Iterable[str]) -> str | None:
    """A list as one cell; None for an empty list."""
    parts = [str(v).replace("\\", "\\\\").replace("|", "\\|") for v in items]
    return " | ".join(parts) if parts else None


def split_list(cell: str) -> tuple[list[str], str | None]:
    """The items of a list cell and, when it does not parse, why. A `\\` not before | or \\ is literal."""
    items, buf, i = [], [], 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell) and cell[i + 1] in "\\|":
            buf.append(cell[i + 1])
            i += 2
            continue
        if cell[i] == "|":
            items.append("".join(buf).strip())
            buf = []
        else:
            buf.append(cell[i])
        i += 1
    items.append("".join(buf).strip())
    if "" in items:
        return items, "an empty item (write items as a | b | c)"
    if any("｜" in v for v in items):
        return items, "full-width ｜ between items (use | )"
    return items, None


# ---- cells -----------------------------------------------------------------------------------------------

def neutralise(text: str) -> str:
    """Text that Excel would run as a formula gets a leading apostrophe; a leading ' is doubled so
    `unneutralise` can always strip exactly one and the round trip stays exact."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "'", "\t", "\r") else text


def unneutralise(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def as_text(value: Any) -> str | None:
    """Any cell value as the text the document holds (Excel turns typed numbers, dates and times into
    numbers and dates, so those are read back as the text the staff saw)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return str(value)
    text = unneutralise(value.replace("\r\n", "\n").strip())
    return text or None


def _date(value: Any) -> tuple[str | None, str | None]:
    text = as_text(value)
    if text is None:
        return None, None
    text = unicodedata.normalize("NFKC", text)  # ２０２４－０５－０１ typed on a Japanese keyboard
    m = _SLASH_DATE.match(text)  # Excel re-saves a CSV's dates as 2024/5/1
    if m:
        text = "-".join((m[1], m[2].zfill(2), m[3].zfill(2)))
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            dt.date.fromisoformat(text)  # the shape alone lets 2024-13-45 through
            return text, None
        except ValueError:
            pass
    return text, f"bad date {text!r} (write it as 2024-05-01)"


def phone_text(text: str) -> str:
    """A phone number as the document keeps it: full-width digits and hyphens as ASCII (１１０ → 110)."""
    return unicodedata.normalize("NFKC", text).strip()


def _time(value: Any) -> tuple[str | None, str | None]:
    text = as_text(value.time() if isinstance(value, dt.datetime) else value)
    if text is None:
        return None, "missing time (write it as 08:30)"
    text = unicodedata.normalize("NFKC", text)
    m = _TIME.match(text)
    if m and (int(m[1]), int(m[2])) <= (24, 0) and int(m[2]) < 60:
        return f"{int(m[1]):02d}:{m[2]}", None
    return text, f"bad time {text!r} (write it as 08:30)"


def _bool(value: Any) -> tuple[bool | None, str | None]:
    if isinstance(value, bool):
        return value, None
    text = as_text(value)
    if text is None:
        return None, None
    if text.lower() in _TRUE:
        return True, None
    if text.lower() in _FALSE:
        return False, None
    return None, f"{text!r} is not TRUE or FALSE"


def _pos(value: Any) -> tuple[int | None, str | None]:
    text = as_text(value)
    if text is None:
        return None, None
    if text.isdigit() and int(text) >= 1:
        return int(text), None
    return None, f"position {text!r} is not a whole number from 1"


def decode(kind: str, value: Any) -> tuple[Any, str | None]:
    """One cell → (document value, problem or None)."""
    if kind == DATE:
        return _date(value)
    if kind == TIME:
        return _time(value)
    if kind == BOOL:
        return _bool(value)
    if kind == POS:
        return _pos(value)
    text = as_text(value)
    if kind == TEXT:
        return text, None
    if text is None:
        return [], None
    items, problem = split_list(text)
    if problem is None and kind == EXC:
        return hourcells.decode(items)
    if problem is None and kind == IDS:
        bad = [v for v in items if _ID_SEPARATORS.search(v)]
        if bad:
            problem = f"item {bad[0]!r} holds a separator (write items as a | b | c)"
    return items, (f"list does not parse: {problem}" if problem else None)


# ---- document → rows -------------------------------------------------------------------------------------

def to_rows(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    """The document as rows per sheet: plain values (str, int, bool, None), lists already joined."""
    doc = document.canonical(doc)
    rows: dict[str, list[dict[str, Any]]] = {sheet: [] for sheet in SHEETS}
    for sheet in MAIN:
        for item in doc[sheet]:
            rows[sheet].append(_flat(sheet, item))
            for child, (owners, key) in CHILDREN.items():
                if sheet in owners:
                    for pos, sub in enumerate(item.get(key) or [], 1):
                        rows[child].append(_flat(child, {**sub, "owner_sheet": sheet, "owner": item["id"],
                                                         "pos": pos}))
    return rows


def _flat(sheet: str, item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col, kind in SHEETS[sheet]:
        value = item.get(col)
        if kind == EXC:
            value = hourcells.encode(value or [])
        out[col] = join_list(value or []) if kind in (LIST, IDS, EXC) else value
    return out


# ---- rows → document -------------------------------------------------------------------------------------

Row = tuple[int, dict[str, Any]]  # (row number as the spreadsheet shows it, raw cell values by column)


def from_rows(tables: dict[str, list[Row]], absent: Iterable[tuple[str, str]] = ()) -> tuple[Doc, list[Problem]]:
    """Rows per sheet (raw cell values) → the canonical document and one problem a bad cell or row.

    `absent`: (sheet, column) pairs the file lacks; already reported once, so not again for every row."""
    gone = set(absent)
    problems: list[Problem] = []
    doc: Doc = {sheet: [] for sheet in MAIN}
    index: dict[str, dict[str, tuple[int, dict[str, Any]]]] = {sheet: {} for sheet in MAIN}
    for sheet in MAIN:
        for row, raw in tables.get(sheet, []):
            item = _decode_row(sheet, row, raw, problems, gone)
            item_id: str | None = item["id"]
            if not item_id:
                if (sheet, "id") not in gone:
                    problems.append(where(sheet, row, "id", "missing id"))
            elif item_id in index[sheet]:  # children attach to the first of the two
                problems.append(where(sheet, row, 'id', f"duplicate id {item_id}"
                                f" (also row {index[sheet][item_id][0]})"))
            else:
                index[sheet][item_id] = (row, item)
                if sheet == "services" and item_id in index["counters"]:  # one id space for all entries
                    problems.append(where(sheet, row, 'id', f"duplicate id {item_id}"
                                    f" (also counters row {index['counters'][item_id][0]})"))
            if sheet in ("counters", "services"):
                item["kind"] = item["kind"] or sheet[:-1]
                if not item["unknown_sections"]:
                    del item["unknown_sections"]
            if sheet == "emergency" and item["number"]:
                item["number"] = phone_text(item["number"])
            if sheet == "emergency" and ("emergency", "number") not in gone \
                    and not PHONE_RE.match(item["number"] or ""):
                problems.append(where(sheet, row, 'number', f"bad number {item['number'] or '(empty)'}"
                                " (write it as 0000-00-0000, 110 or #7119)"))
            doc[sheet].append(item)
    for child, (owners, key) in CHILDREN.items():
        _attach(child, owners, key, tables.get(child, []), index, problems, gone)
    return document.canonical(doc), problems


def _decode_row(sheet: str, row: int, raw: dict[str, Any], problems: list[Problem],
                gone: set[tuple[str, str]]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for col, kind in SHEETS[sheet]:
        value, problem = decode(kind, raw.get(col))
        if problem and (sheet, col) not in gone:
            problems.append(where(sheet, row, col, problem))
        item[col] = value
    return item


def _attach(child: str, owners: tuple[str, ...], key: str, rows: list[Row],
            index: dict[str, dict[str, tuple[int, dict[str, Any]]]], problems: list[Problem],
            gone: set[tuple[str, str]]) -> None:
    """Child rows go under their owner, ordered by pos (rows without pos after, in row order)."""
    if (child, "owner") in gone or (child, "owner_sheet") in gone and len(owners) > 1:
        return  # rows that cannot name their owner; the missing column is reported already
    placed: dict[tuple[str, str], list[tuple[int | None, int, dict[str, Any]]]] = {}
    seen_pos: dict[tuple[str, str, int], int] = {}
    seen_content: dict[str, int] = {}
    for row, raw in rows:
        item = _decode_row(child, row, raw, problems, gone)
        owner_sheet = item.pop("owner_sheet", None) or owners[0]
        owner, pos = item.pop("owner"), item.pop("pos")
        if owner_sheet not in owners:
            problems.append(where(child, row, 'owner_sheet', f"{owner_sheet!r} is not one of"
                            f" {', '.join(owners)}"))
            continue
        if not owner:
            problems.append(where(child, row, "owner", "missing owner id"))
            continue
        if owner not in index[owner_sheet]:
            if (owner_sheet, "id") not in gone:  # else every child would repeat the missing id column
                problems.append(where(child, row, 'owner', f"no {owner_sheet} row has id {owner}"))
            continue
        if child == "contacts" and item["kind"] in ("phone", "fax") and item["value"]:
            item["value"] = phone_text(item["value"])
        if child == "contacts" and item["kind"] in ("phone", "fax") and item["value"] \
                and not PHONE_RE.match(item["value"]):
            problems.append(where(child, row, 'value', f"bad phone format {item['value']!r}"
                            " (write it as 0000-00-0000)"))
        if child == "hours":
            for flag in ("closed_on_holidays", "closed_year_end"):
                if item[flag] is None:
                    del item[flag]  # an empty cell: the source does not say (unknown)
        same_pos = row if pos is None else seen_pos.setdefault((owner_sheet, owner, pos), row)
        content = json.dumps([owner_sheet, owner, item], ensure_ascii=False, sort_keys=True)
        same = seen_content.setdefault(content, row)
        if same != row:  # a copied row; its position clash, if any, is the same mistake
            problems.append(where(child, row, 'owner', f"duplicate row (same as row {same})"))
        elif same_pos != row:
            problems.append(where(child, row, 'pos', f"{owner_sheet} {owner} has position {pos} twice"
                            f" (also row {same_pos})"))
        placed.setdefault((owner_sheet, owner), []).append((pos, row, item))
    for (owner_sheet, owner), items in placed.items():
        items.sort(key=lambda x: (x[0] is None, x[0] or 0, x[1]))
        index[owner_sheet][owner][1][key] = [item for _, _, item in items]


def header_problems(sheet: str, header: list[str | None]) -> list[Problem]:
    """Unknown, repeated and missing column keys of one sheet's row 1 (a missing column would empty it)."""
    known = {col for col, _ in SHEETS[sheet]}
    out: list[Problem] = []
    seen: set[str] = set()
    for name in header:
        if name is None:
            continue
        if name not in known:
            out.append(where(sheet, 1, name, "unknown column"))
        elif name in seen:
            out.append(where(sheet, 1, name, "column appears twice"))
        seen.add(name)
    out += [where(sheet, 1, col, "missing column") for col, _ in SHEETS[sheet] if col not in seen]
    return out
