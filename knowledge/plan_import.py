"""Plan importer: the services of the plan texts (seeds 000–003) as `services.yaml` entries (docs/DATA.md).

Pure functions, no database. `parse_plan_text` reads whichever layouts a text contains
(`knowledge.plan_tables`); `merge_services` folds an import into the existing file without losing
the hand-curated fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

from knowledge.city import current
from knowledge.plan_tables import PlanRow, read_directions, read_jigyo, read_main_actions, read_plan_rows

SECTIONS_PATH = Path(__file__).resolve().parents[1] / "data" / "sections.yaml"
# Keys the importer owns; the two optional ones are dropped on re-import when the plan no longer gives them.
PLAN_KEYS = ("id", "kind", "name", "description", "plan_refs", "guideline", "sections", "sections_in_plan",
             "operator", "source", "main_actions", "unknown_sections")
SHAKYO_NAMES = ("市社会福祉協議会", "市社協")
# Annotations in a 担当課 cell that only say who runs the service, e.g. 地域のつながり課（NPOセンター）.
PLACE_NOTES = ("NPOセンター",)
# Slips in the seed texts (extraction or printing), wrong → right, fixed in names and descriptions so a
# re-import keeps the corrected wording (issue #14; docs/DATA.md). Only slips whose right form is certain.
SLIP_FIXES = (
    ("障害者二千円雇用センター", "障害者二千人雇用センター"),  # 4-1-2-10: the centre's name
    ("に取り組めます", "に取り組みます"),  # seed 001 2-3 ①③ and their text (み→め)
    ("市社協とともにを行います", "市社協とともに行います"),  # 2-1-1-2 (its 再掲 3-1-1-1 reads so)
    ("居住支援協議会とを通じた", "居住支援協議会を通じた"),  # 4-1-3-8
    ("負担の軽減を図られるよう", "負担の軽減を図れるよう"),  # 4-1-5-5
    ("就職に向けた活動をするを条件に", "就職に向けた活動をすることを条件に"),  # 4-1-5-10 (as 4-1-3-8 writes it)
    ("音声・言語に障害者のため", "音声・言語に障害のある方のため"),  # 4-1-5-12
    ("生活困窮者などの就職を支援します。当受給者、生活困窮者などの就職を支援します。",
     "生活困窮者などの就職を支援します。"),  # 4-1-8-7: a repeated line fragment
    ("養成講座終了後", "養成講座修了後"),  # 4-2-2-6
    ("積極的に行っていく、メール配信登録者", "積極的に行っていくとともに、メール配信登録者"),  # 5-2-5-2
    ("地域と連携したところの教育", "地域と連携したこころの教育"),  # 5-2-5-5 (こころ read as ところ)
    ("福祉サービスが適切に利用することができるよう", "福祉サービスを適切に利用することができるよう"),  # 5-2-5-6
    ("専門職により支援の実施", "専門職による支援の実施"),  # 5-2-6-5
    ("市社協福祉協議会が", "市社会福祉協議会が"),  # J2-1-5
)


def fix_slips(text: str) -> str:
    """`text` with the known slips of the seed texts corrected (`SLIP_FIXES`)."""
    for wrong, right in SLIP_FIXES:
        text = text.replace(wrong, right)
    return text


def _norm(name: str) -> str:
    """Section-name key: NFKC (full/half-width brackets alike), no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def load_section_map(path: Path = SECTIONS_PATH) -> dict[str, str]:
    """Name → section id from sections.yaml: current names, former names, and names that begin with the city
    (`plan_prefix` in data/city.yaml) also without it."""
    out: dict[str, str] = {}
    prefix = current().plan_prefix
    for s in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        names = [s["name"]] + [f["name"] for f in s.get("former_names") or []]
        for name in names:
            out[_norm(name)] = s["id"]
            if prefix and name.startswith(prefix):  # the plans write 市社会福祉協議会 for ○○市社会福祉協議会
                rest = name[len(prefix):]
                out[_norm(rest)] = out[_norm("市" + rest)] = s["id"]
    return out


def map_sections(cell: str, section_map: Mapping[str, str]) -> tuple[list[str], list[str], str | None]:
    """A 担当課 cell → (section ids, unknown names, operator).

    Names are separated by spaces; a bracketed annotation such as （市社会福祉協議会） says who runs the
    service (operator 市社協) and is not itself a 担当課.
    """
    text = unicodedata.normalize("NFKC", cell)
    notes = re.findall(r"\(([^)]*)\)", text)
    ids: list[str] = []
    unknown: list[str] = []
    for name in re.sub(r"\([^)]*\)", " ", text).split():
        sid = section_map.get(_norm(name))
        if sid is None:
            unknown.append(name)
        elif sid not in ids:
            ids.append(sid)
    unknown += [n for n in notes if not any(s in n for s in SHAKYO_NAMES + PLACE_NOTES)]
    operator = "市社協" if any(s in text for s in SHAKYO_NAMES) else None
    return ids, unknown, operator


def _entry(id_: str, name: str, description: str, refs: list[str], source: str, cell: str | None,
           section_map: Mapping[str, str], guideline: str | None = None,
           main_actions: list[int] | None = None) -> dict[str, Any]:
    sections, unknown, operator = map_sections(cell, section_map) if cell else ([], [], None)
    e: dict[str, Any] = {
        "id": id_, "kind": "service", "name": fix_slips(name), "description": fix_slips(description), "plan_refs": refs,
        "guideline": guideline, "sections": sections, "sections_in_plan": cell or None,
        "operator": operator, "source": source,
    }
    if main_actions is not None:  # seed 003: the 主な取組 ①…⑥ of the 施策, i.e. links to S{chapter}-n
        e["main_actions"] = main_actions
    e.update(counters=[], topics=[], keywords=[])
    if unknown:
        e["unknown_sections"] = unknown
    return e


def _title_key(title: str) -> str:
    return re.sub(r"[\s（）()「」]", "", unicodedata.normalize("NFKC", title))


def same_title(a: str, b: str) -> bool:
    """Whether two 取組 titles name the same service: equal, one contains the other, or nearly equal.

    A 再掲 row may add a parenthesis, e.g. 居住に課題を抱える方への支援（住居確保給付金・一時生活支援事業）.
    """
    ka, kb = _title_key(a), _title_key(b)
    if min(len(ka), len(kb)) >= 4 and (ka in kb or kb in ka):
        return True
    return SequenceMatcher(None, ka, kb).ratio() >= 0.9


def _reprint_target(row: PlanRow, originals: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The entry a 【再掲X】 row repeats: X if its title matches, else the entry with the same title.

    The plan mis-numbers some 再掲 (4-1-2-2 says 3-1-1-7 but repeats 3-1-1-8 老人クラブへの支援).
    """
    named = originals.get(row.reprint_of or "")
    if named and same_title(named["name"], row.title):
        return named
    matches = [e for e in originals.values() if same_title(e["name"], row.title)]
    exact = [e for e in matches if _title_key(e["name"]) == _title_key(row.title)]
    return (exact or matches)[0] if matches else None


def _merge_reprint(target: dict[str, Any], row: PlanRow, section_map: Mapping[str, str]) -> None:
    """Add a 再掲 row to the entry it repeats: its number, any other guideline, any other 担当課."""
    target["plan_refs"].append(row.number)
    if row.guideline:
        parts = target["guideline"].split("、") if target["guideline"] else []
        parts += [p for p in row.guideline.split("、") if p not in parts]
        target["guideline"] = "、".join(parts)
    if row.cell and row.cell != target["sections_in_plan"]:
        sections, unknown, operator = map_sections(row.cell, section_map)
        target["sections_in_plan"] = f"{target['sections_in_plan']} / {row.cell}"
        target["sections"] += [s for s in sections if s not in target["sections"]]
        target["operator"] = target["operator"] or operator
        if unknown:
            target.setdefault("unknown_sections", []).extend(unknown)


def _plan_entries(rows: list[PlanRow], section_map: Mapping[str, str]) -> list[dict[str, Any]]:
    """Seed 002 rows → entries; a 再掲 row merges into the entry it repeats, else stays its own entry."""
    def make(r: PlanRow) -> dict[str, Any]:
        return _entry(f"p-{r.number}", r.title, r.details, [r.number], "seed 002", r.cell, section_map,
                      guideline=r.guideline)

    originals = {r.number: make(r) for r in rows if not r.reprint_of}
    out = []
    for r in rows:
        if not r.reprint_of:
            out.append(originals[r.number])
            continue
        target = _reprint_target(r, originals)
        if target is None:
            out.append(make(r))
        else:
            _merge_reprint(target, r, section_map)
    return out


def parse_plan_text(text: str, section_map: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Every service a seed text contains, as services.yaml entries, in layout order:
    seed 002 取組 (`p-…`), seed 003 事業 (`j-…`), seed 000 施策の方向性 (`g-…`), seed 001 主な取組 (`s-…`).

    Section names are mapped with `section_map` (default: data/sections.yaml); a name it does not know
    goes to the entry's `unknown_sections`. Curated fields are left empty.
    """
    smap = load_section_map() if section_map is None else section_map
    out = _plan_entries(read_plan_rows(text), smap)
    for j in read_jigyo(text):
        ref = f"{j.chapter}-{j.no}"
        out.append(_entry(f"j-{ref}", j.name, j.content, [f"J{ref}"], "seed 003", j.cell, smap,
                          main_actions=j.main_actions))
    for g in read_directions(text):
        out.append(_entry(f"g-{g.group}-{g.no}", g.name, g.description, [f"G{g.group}-{g.no}"],
                          "seed 000", None, smap))
    for s in read_main_actions(text):
        out.append(_entry(f"s-{s.group}-{s.no}", s.name, s.description, [f"S{s.group}-{s.no}"],
                          "seed 001", None, smap))
    return out


def merge_services(existing: list[dict[str, Any]], imported: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The services file after an import.

    - An imported entry replaces the existing entry with the same id in place: the plan fields
      (`PLAN_KEYS`) come from the import, except those the entry lists in `overrides` (a staff correction,
      e.g. 民生委員's section); every other key (the curated `counters`, `topics`, `keywords`, and any key
      added by hand) is kept from the existing entry. `override_conflicts` lists where the plan disagrees.
    - Existing entries the import does not contain are kept unchanged (they come from another seed;
      an entry whose row left the plan must be removed by hand).
    - New imported entries are appended in import order.
    """
    by_id = {e["id"]: e for e in imported}
    out = []
    for old in existing:
        new = by_id.pop(old["id"], None)
        if new is None:
            out.append(old)
            continue
        merged = dict(new)
        kept = set(old.get("overrides") or [])  # plan fields a person corrected: never undone by an import
        merged.update({k: v for k, v in old.items() if k not in PLAN_KEYS or k in kept})
        out.append(merged)
    return out + list(by_id.values())


def override_conflicts(existing: list[dict[str, Any]], imported: list[dict[str, Any]]) -> list[str]:
    """Where the new plan says something else than a staff override (the override is kept; staff decide)."""
    by_id = {e["id"]: e for e in imported}
    out = []
    for old in existing:
        new = by_id.get(old["id"])
        for key in old.get("overrides") or []:
            if new is not None and key in new and new[key] != old.get(key):
                out.append(f"{old['id']}: {key}: the plan says {new[key]!r}, the override keeps {old.get(key)!r}")
    return out
