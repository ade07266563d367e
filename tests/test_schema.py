"""The item classes of knowledge/schema/ are the one definition of an item's fields: every key of the data
files, every spreadsheet column and every edit-form field is one of theirs, and the canonical shapes they make
are the ones the files, the database and `kb dump` hold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from handlers.admin import forms
from knowledge import document, sheets
from knowledge.files import read_data_dir
from knowledge.schema import (
    KINDS,
    Contact,
    District,
    Entry,
    FormerName,
    Hours,
    HoursException,
    Item,
    Section,
    Town,
)
from knowledge.validate import Problem, check_fields

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def doc() -> dict[str, list[dict[str, Any]]]:
    return read_data_dir(DATA)


def _unknown_keys(cls: type[Item], item: dict[str, Any], where: str) -> list[str]:
    """Keys of a file's item (and of its nested items) that its class does not define."""
    specs = dict(cls.specs())
    out = [f"{where}: {key}" for key in item if key not in specs and key not in cls.FILE_ONLY]
    for key, m in specs.items():
        if m.of is not None:
            for i, sub in enumerate(item.get(key) or []):
                out += _unknown_keys(m.of, sub, f"{where}.{key}[{i}]")
    return out


def test_every_key_of_the_data_files_is_a_field_of_its_class(doc):
    unknown = [bad for kind, cls in KINDS.items() for item in doc[kind]
               for bad in _unknown_keys(cls, item, f"{kind}/{item.get('id')}")]
    assert unknown == []


def test_the_classes_make_the_canonical_shapes_and_a_second_pass_changes_nothing(doc):
    canonical = document.canonical(doc)
    for kind, cls in KINDS.items():
        fallback = {"kind": kind[:-1]} if cls is Entry else {}
        for item, canon in zip(doc[kind], canonical[kind], strict=True):
            once = cls.from_mapping(item, **fallback).to_mapping()
            assert once == canon
            assert cls.from_mapping(once, **fallback).to_mapping() == once
            # the canonical keys are the class's fields, in field order (unknown_sections only when given)
            assert list(once) == [n for n, m in cls.specs() if n in once]
            assert set(cls.specs()) - {(n, m) for n, m in cls.specs() if n in once} <= {
                ("unknown_sections", dict(Entry.specs())["unknown_sections"])}


def test_tolerant_defaults_of_an_almost_empty_item():
    entry = Entry.from_mapping({"id": "x", "usable": None, "hours": [{"weeks": ["3", "x"], "exceptions": [{}]}]},
                               kind="service")
    assert (entry.kind, entry.description, entry.usable, entry.contacts) == ("service", "", True, [])
    assert entry.hours[0].weeks == [3, "x"] and entry.hours[0].closed_on_holidays is None
    assert entry.hours[0].exceptions == [HoursException(date=None, closed=True)]
    assert Section.from_mapping({}).kind == "section"
    assert Contact.from_mapping({"value": 110}).to_mapping()["value"] == "110"


def test_sheet_columns_are_the_fields_with_a_cell_type():
    classes: dict[str, type[Item]] = {"sections": Section, "former_names": FormerName, "districts": District, "towns": Town,
               "counters": Entry, "services": Entry, "contacts": Contact, "hours": Hours} | {
        kind: cls for kind, cls in KINDS.items() if kind in ("topics", "emergency")}
    child = {"owner_sheet", "owner", "pos"}
    for sheet, cols in sheets.SHEETS.items():
        fields = {name for name, m in classes[sheet].specs() if m.cell is not None}
        assert {col for col, _ in cols} - child == fields, sheet
        assert all(cell == dict(classes[sheet].specs())[col].cell for col, cell in cols if col not in child)
    # The header comment of a key is the same on every sheet that has it (LABELS is one per key).
    notes: dict[str, set[str]] = {}
    for cls in set(classes.values()):
        for name, m in cls.specs():
            if m.cell is not None and m.note:
                notes.setdefault(name, set()).add(m.note)
    assert {k: v for k, v in notes.items() if len(v) > 1} == {}


def test_every_form_field_is_a_field_of_its_kind():
    for kind, specs in forms.FIELDS.items():
        names = dict(KINDS[kind].specs())
        assert [s.key for s in specs if s.key not in names] == [], kind
        assert all(s.refs in ("", *KINDS) for s in specs)
    assert set(forms.CONTACT_FIELDS) == {n for n, _ in Contact.specs()}
    assert set(forms.HOUR_FIELDS) <= {n for n, _ in Hours.specs()}
    assert set(forms.TOWN_FIELDS) == {n for n, _ in Town.specs()}
    # the two kinds of entries differ only in the field a counter or a service alone has
    assert {s.key for s in forms.FIELDS["counters"]} ^ {s.key for s in forms.FIELDS["services"]} == {
        "local_of", "counters"}


def test_field_checks_come_from_the_metadata():
    def at(field: str, message: str) -> Problem:
        return Problem("emergency", "x", field, message)

    known: dict[str, set[Any]] = {}
    line = {"id": "x", "name": " ", "number": "0467-1", "situations": ["fire", "picnic"]}
    problems = check_fields(KINDS["emergency"], at, line, known)
    assert [(p.field, p.message) for p in problems] == [
        ("name", "name is empty"), ("number", "bad number '0467-1'"), ("situations", "unknown situation 'picnic'")]
    entry = {"id": "Bad", "name": "n", "summary": "あ" * 81, "plan_refs": [], "sections": ["nowhere"]}
    found = {p.message for p in check_fields(Entry, at, entry, {"sections": set()})}
    assert found == {"id must be lower-case ASCII words joined by '-'", "summary is 81 characters, more than 80",
                     "no plan refs", "unknown section nowhere"}
