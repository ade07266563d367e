"""`kb check` problems as staff see them: beside the entry they concern (a link to its edit form when the
draft holds it) and the field (its label on the form; the link jumps to it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handlers.admin import forms
from knowledge.validate import Problem

# Fields the edit form shows as a section of its own (contacts, hours, towns) or not at all.
OTHER_LABELS = {"id": "ID", "contacts": "連絡先", "hours": "受付時間", "towns": "町", "former_names": "旧名称",
                "overrides": "計画の値を上書きする項目", "kind": "種別", "parent": "親の地域", "flags": "フラグ",
                "area": "分野"}
SECTIONS = {"contacts", "hours", "towns"}  # the edit form's <h2 id="…"> of these rows


@dataclass(frozen=True)
class Shown:
    """One problem with what the page needs to place it."""

    problem: Problem
    kind_label: str  # 窓口, 取組・事業 … ("" for the whole knowledge base)
    entry_name: str  # the entry's name in the draft, else its id
    field_label: str  # the field's label on the edit form
    anchor: str  # the element of the edit form the field is in ("" when the form does not show it)
    href: str  # the edit form (+ #anchor), relative to the admin's base; "" when there is none


def field_label(kind: str, field: str) -> str:
    """The field's label on the kind's edit form (an entry's form for the whole knowledge base's problems)."""
    for spec in forms.FIELDS.get(kind) or forms.FIELDS["counters"]:
        if spec.key == field:
            return spec.label
    return OTHER_LABELS.get(field, field)


def anchor(kind: str, field: str) -> str:
    if field in SECTIONS:
        return field
    return f"f-{field}" if any(spec.key == field for spec in forms.FIELDS.get(kind, ())) else ""


def shown(problems: list[Problem], doc: dict[str, Any]) -> list[Shown]:
    """Each problem placed: its entry (linked when the draft has it) and its field."""
    names = {kind: {str(x.get("id")): str(x.get("name") or x.get("id")) for x in doc.get(kind) or []}
             for kind in forms.KIND_LABELS}
    out = []
    for p in problems:
        name = names.get(p.file, {}).get(p.entry) if p.entry else None
        where = anchor(p.file, p.field)
        href = f"/{p.file}/{p.entry}" + (f"#{where}" if where else "") if name is not None else ""
        out.append(Shown(p, forms.KIND_LABELS.get(p.file, ""), name or p.entry, field_label(p.file, p.field),
                         where, href))
    return out
