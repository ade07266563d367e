"""Open Referral HSDS 3 (docs/HSDS.md): the fixed identifiers and the project's own taxonomies, shared by
knowledge/hsds_export.py and knowledge/hsds_import.py."""

from __future__ import annotations

import re
import uuid

# Fixed: every identifier of every export derives from it (changing it changes every UUID).
NAMESPACE = uuid.UUID("5b0c6e1a-7f0e-5d7b-9a55-3a0d6c1f2e40")
TAXONOMY = "welfare-guide"  # the project's taxonomy of fields HSDS has no place for
TOPIC_TAXONOMY = "welfare-guide-topics"  # the 困りごと taxonomy (data/topics.yaml)
IDENTIFIER_SCHEME = "welfare-guide"
JST_OFFSET = 9  # schedules' timezone: UTC+9
DAY_CODES = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
CODE_DAYS = {v: k for k, v in DAY_CODES.items()}
PHONE_TYPES = {"phone": "voice", "fax": "fax"}
TIME_OF_DAY = re.compile(r"^([0-9]{2}):([0-9]{2})(:[0-9]{2})?$")

# The project's taxonomy: code → (Japanese name, description). docs/HSDS.md lists the same.
TERMS: dict[str, tuple[str, str]] = {
    "entry-id": ("項目ID", "the knowledge base's id of the counter or service (data/counters.yaml, services.yaml)"),
    "kind": ("種類", "counter (窓口) or service (取組・事業・施策)"),
    "name-easy": ("やさしい日本語の名前", "the name in やさしい日本語"),
    "summary": ("住民向けの説明", "what residents see on the answer card"),
    "summary-easy": ("やさしい日本語の説明", "the summary in やさしい日本語"),
    "summary-en": ("英語の説明", "the summary in English"),
    "plan-description": ("計画の記述", "the plan's own wording, for staff"),
    "operator": ("実施主体", "the operator as the plan writes it"),
    "guideline": ("根拠", "the law or guideline behind the service"),
    "seed-source": ("出典の計画", "which plan text the service was read from"),
    "sections-in-plan": ("計画上の担当課", "the sections as the plan writes them"),
    "usable": ("住民が使える", "false: an internal measure of the plan, nothing a resident can apply for"),
    "alias": ("別名", "another name residents or staff use"),
    "section": ("担当課", "a responsible section's id, the main one first"),
    "target": ("対象", "who the entry is for"),
    "problem": ("困りごと（記述）", "a problem the entry handles, in words"),
    "keyword": ("検索語", "a word residents use that should find the entry"),
    "plan-ref": ("計画番号", "a plan reference (1-1-2-12, J2-1-23, G3-3, S2-2-3)"),
    "counter": ("実施窓口", "the id of a counter that delivers this service"),
    "unknown": ("未確認の情報", "a contact fact looked for and not found (phone, place, hours …)"),
    "flag": ("フラグ", "a marker of the knowledge base (old-source …)"),
    "district": ("地区ID", "the knowledge base's id of a district (data/districts.yaml)"),
    "contact-kind": ("連絡先の種類", "phone, fax, email, place, address, url"),
    "contact-position": ("連絡先の順番", "the fact's place among the owner's contact facts"),
    "label": ("連絡先の名前", "what the contact fact is (who answers the phone …)"),
    "source": ("出典", "the address of the source of the fact"),
    "source-date": ("出典の日付", "the date of the source"),
    "checked": ("確認日", "the date the fact was last checked against its source"),
    "note": ("注記", "a note on the fact"),
    "note-fact": ("注記の連絡先情報", "a contact fact of kind note, as JSON (value, label, source, dates, note)"),
    "closed-on-holidays": ("祝日休み", "true: closed on Japanese public holidays; false: open; absent: unknown"),
    "closed-year-end": ("年末年始休み", "true: closed from 29 December to 3 January; false: open; absent: unknown"),
    "fact-id": ("事実のID", "the id of a fact defined once, which other items refer to"),
    "fact-use": ("参照する事実", "the id of the fact this contact stands for"),
    "verified": ("公式ページ確認日", "the date a person last looked at the live source"),
    "unconfirmed": ("未確認", "true: from a secondary source, shown to residents as unconfirmed"),
    "exception": ("例外の日", "a dated exception of a schedule, as JSON (date, closed, opens, closes, note)"),
    "override": ("職員の修正", "a plan field a person corrected; the plan import keeps it"),
    "local-of": ("地区ごとの窓口", "the id of the city-wide counter this local counter is one of"),
    "section-kind": ("組織の種類", "section (市の課) or organization (社協など)"),
    "department": ("部", "the department a section belongs to"),
    "section-note": ("組織の注記", "a note on the section"),
}


def uid(kind: str, key: str) -> str:
    """The stable UUID of an item: UUID5 of the fixed namespace and `kind:key`."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def entry_uuid(entry_id: str) -> str:
    return uid("entry", entry_id)


def section_uuid(section_id: str) -> str:
    return uid("section", section_id)


def operator_uuid(operator: str) -> str:
    return uid("operator", operator)

