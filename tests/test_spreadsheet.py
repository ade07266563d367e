"""Excel / CSV round trip of the knowledge document (knowledge/spreadsheet.py, knowledge/sheets.py)."""

from __future__ import annotations

import argparse
import contextlib
import copy
import csv
import datetime as dt
import io
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot import kbcommands
from core.loading import load_files
from knowledge import document, spreadsheet
from knowledge.db import create_tables, make_engine
from knowledge.files import read_data_dir, read_plan_index
from knowledge.spreadsheet import (
    CSV_COLUMNS,
    diff_docs,
    export_csv,
    export_workbook,
    import_checks,
    import_problems,
)
from knowledge.store import generation, read_doc
from tests.conftest import SMALL_DOC

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def read_workbook(*args: Any) -> tuple[Any, list[str]]:
    """The reader's problems as the lines `kb import` prints (each a Problem whose str() is the line)."""
    doc, problems = spreadsheet.read_workbook(*args)
    return doc, [str(p) for p in problems]


def read_csv(*args: Any) -> tuple[Any, list[str]]:
    doc, problems = spreadsheet.read_csv(*args)
    return doc, [str(p) for p in problems]


FORMATS = {"xlsx": (export_workbook, read_workbook), "csv": (export_csv, read_csv)}


@pytest.fixture(scope="module")
def real_doc() -> dict[str, list[dict[str, Any]]]:
    return read_data_dir(DATA)


def _export(doc: Any, tmp_path: Path, fmt: str) -> Path:
    path = tmp_path / f"kb.{fmt}"
    FORMATS[fmt][0](doc, path)
    return path


def _read(path: Path) -> tuple[Any, list[str]]:
    return FORMATS[path.suffix[1:]][1](path)


def _rows(path: Path, sheet: str) -> list[tuple[int, dict[str, Any]]]:
    """(row number as Excel shows it, cells by column) of every `sheet` row of an exported file."""
    if path.suffix == ".xlsx":
        ws = openpyxl.load_workbook(path)[sheet]
        header = [c.value for c in ws[1]]
        return [(n, dict(zip(header, values, strict=True)))
                for n, values in enumerate(ws.iter_rows(min_row=2, values_only=True), 2)]
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, *lines = csv.reader(f)
    rows = [(n, dict(zip(header, line, strict=True))) for n, line in enumerate(lines, 2)]
    return [(n, row) for n, row in rows if row["table"] == sheet]


def _edit(path: Path, sheet: str, pick: Callable[[dict[str, Any]], bool], column: str, value: Any) -> int:
    """Set `column` of the first `sheet` row that `pick` accepts, as staff would in Excel; its row number."""
    n = next(n for n, row in _rows(path, sheet) if pick(row))
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        ws = wb[sheet]
        ws.cell(n, [c.value for c in ws[1]].index(column) + 1).value = value
        wb.save(path)
    else:
        with path.open(encoding="utf-8-sig", newline="") as f:
            lines = list(csv.reader(f))
        lines[n - 1][lines[0].index(column)] = "" if value is None else str(value)
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(lines)
    return n


# ---- round trip ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_whole_knowledge_base_round_trips_exactly(real_doc, tmp_path, fmt):
    doc, problems = _read(_export(real_doc, tmp_path, fmt))
    assert problems == []
    assert doc == document.canonical(real_doc)
    assert diff_docs(real_doc, doc) == []
    assert len(doc["counters"]) == len(real_doc["counters"]) > 40


def test_csv_is_utf8_with_bom_and_one_table_column(real_doc, tmp_path):
    raw = _export(real_doc, tmp_path, "csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == CSV_COLUMNS and header[0] == "table"


TRICKY = {
    "description": '=HYPERLINK("http://evil.example/","押してください")',
    "summary": "+81 467 23 3000",
    "operator": "@SUM(A1)",
    "guideline": "'already quoted",
    "sections_in_plan": "-課",
    "keywords": ["=1+1", "a|b", r"back\slash", r"end\|", "-5度", "'"],
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_formula_like_text_survives_exactly_and_is_never_a_formula(small_doc, tmp_path, fmt):
    counter = small_doc["counters"][0]
    counter.update(TRICKY)
    counter["contacts"][0]["note"] = "=cmd|' /C calc'!A0"
    path = _export(small_doc, tmp_path, fmt)
    if fmt == "xlsx":
        cells = [c for ws in openpyxl.load_workbook(path).worksheets for line in ws.iter_rows() for c in line]
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        assert '\'=HYPERLINK("http://evil.example/","押してください")' in [c.value for c in cells]
    else:
        fields = [v for line in csv.reader(path.open(encoding="utf-8-sig", newline="")) for v in line]
        assert not [v for v in fields if v[:1] in ("=", "+", "-", "@")]
    doc, problems = _read(path)
    assert problems == []
    assert doc == document.canonical(small_doc)
    assert doc["counters"][0]["description"] == TRICKY["description"]


# ---- refused files ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_bad_file_gives_one_message_per_problem_with_row_and_column(real_doc, tmp_path, fmt):
    path = _export(real_doc, tmp_path, fmt)
    first_counter = real_doc["counters"][0]["id"]
    _edit(path, "counters", lambda r: r["id"] == first_counter, "sections", "no-such-section")
    r_phone = _edit(path, "contacts", lambda r: r["kind"] == "phone", "value", "0467-12")
    r_date = _edit(path, "contacts", lambda r: bool(r["source_date"]), "source_date", "2024-13-45")
    r_id = _edit(path, "emergency", lambda r: r["id"] == "police", "id", None)
    before = path.read_bytes()

    doc, problems = _read(path)
    assert sorted(problems) == sorted([
        f"contacts row {r_phone}, column value: bad phone format '0467-12' (write it as 0000-00-0000)",
        f"contacts row {r_date}, column source_date: bad date '2024-13-45' (write it as 2024-05-01)",
        f"emergency row {r_id}, column id: missing id",
    ])
    # validate adds the broken reference and nothing that repeats a cell problem
    everything = import_problems(doc, problems, read_plan_index(DATA))
    assert everything == problems + [f"counters: {first_counter}: unknown section no-such-section"]
    # Each cell's problem carries its sheet, row and column (the admin's table of cells reads these).
    _doc, found = (spreadsheet.read_workbook if fmt == "xlsx" else spreadsheet.read_csv)(path)
    assert {(p.file, p.row, p.field) for p in found} == {
        ("contacts", r_phone, "value"), ("contacts", r_date, "source_date"), ("emergency", r_id, "id")}
    placed = import_checks(doc, found, read_plan_index(DATA))[-1]  # validate's: entry and field, no row
    assert (placed.file, placed.entry, placed.field, placed.row) == ("counters", first_counter, "sections", None)
    # Nothing is applied when there are problems; the read itself changes neither the file nor the KB.
    assert path.read_bytes() == before
    assert len(diff_docs(real_doc, doc)) == 5  # the preview still shows what the file would change


def test_valid_real_file_has_no_problems_at_all(real_doc, tmp_path):
    doc, problems = read_workbook(_export(real_doc, tmp_path, "xlsx"))
    assert import_problems(doc, problems, read_plan_index(DATA)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_unparsable_lists_duplicates_and_unknown_owners(small_doc, tmp_path, fmt):
    small_doc["counters"].append(copy.deepcopy(small_doc["counters"][0]) | {"contacts": [], "hours": []})
    path = _export(small_doc, tmp_path, fmt)
    first, second = (n for n, _ in _rows(path, "counters"))
    _edit(path, "counters", lambda r: True, "topics", "okane, kenri-yogo")
    service = _edit(path, "services", lambda r: True, "keywords", "a || b")
    hours = _edit(path, "hours", lambda r: True, "owner", "nobody")
    _edit(path, "hours", lambda r: True, "closed_year_end", "たぶん")
    _doc, problems = _read(path)
    assert problems == [
        f"counters row {first}, column topics: list does not parse: item 'okane, kenri-yogo' holds a"
        " separator (write items as a | b | c)",
        f"counters row {second}, column id: duplicate id jiritsu-soudan (also row {first})",
        f"services row {service}, column keywords: list does not parse: an empty item"
        " (write items as a | b | c)",
        f"hours row {hours}, column closed_year_end: 'たぶん' is not TRUE or FALSE",
        f"hours row {hours}, column owner: no counters row has id nobody",
    ]


def test_workbook_unknown_missing_and_extra_columns_and_sheets(small_doc, tmp_path):
    path = _export(small_doc, tmp_path, "xlsx")
    wb = openpyxl.load_workbook(path)
    wb["counters"]["A1"] = "ident"  # a renamed key column
    wb["topics"].cell(2, 20).value = "stray"  # a value right of the last key
    del wb["towns"]
    wb.create_sheet("memo")
    wb.save(path)
    _doc, problems = read_workbook(path)
    assert problems == [
        "counters row 1, column ident: unknown column",
        "counters row 1, column id: missing column",
        "topics row 2, column #20: a value in a column without a key in row 1",
        "sheet memo: unknown sheet (expected sections, former_names, districts, towns, counters, services,"
        " topics, emergency, contacts, hours)",
        "sheet towns: missing",
    ]


def test_copied_child_row_and_position_clash_are_one_message_each(small_doc, tmp_path):
    small_doc["sections"][0]["contacts"].append(small_doc["sections"][0]["contacts"][0] | {"kind": "fax"})
    path = _export(small_doc, tmp_path, "xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["contacts"]
    ws.append([c.value for c in ws[2]])  # row 5: a copy of row 2, position and all
    ws["C3"] = 1  # the fax now claims position 1 too
    wb.save(path)
    _doc, problems = read_workbook(path)
    assert problems == [
        "contacts row 3, column pos: sections seikatsu-fukushi has position 1 twice (also row 2)",
        "contacts row 5, column owner: duplicate row (same as row 2)",
    ]


def test_csv_value_in_another_tables_column_and_unknown_table(small_doc, tmp_path):
    path = _export(small_doc, tmp_path, "csv")
    topic = _edit(path, "topics", lambda r: True, "opens", "08:30")
    line = _edit(path, "emergency", lambda r: True, "table", "emergencies")
    _doc, problems = read_csv(path)
    assert problems == [
        f"topics row {topic}, column opens: not a column of topics",
        f"csv row {line}, column table: unknown table 'emergencies' (expected sections,"
        " former_names, districts, towns, counters, services, topics, emergency, contacts, hours)",
    ]


# ---- what Excel does to typed values ---------------------------------------------------------------------

def test_values_excel_converts_are_read_back_as_text(small_doc, tmp_path):
    path = _export(small_doc, tmp_path, "xlsx")
    _edit(path, "contacts", lambda r: True, "source_date", dt.datetime(2025, 4, 1))
    _edit(path, "hours", lambda r: True, "opens", dt.time(8, 30))
    _edit(path, "emergency", lambda r: True, "number", 110)
    _edit(path, "towns", lambda r: True, "confirmed", "true")
    doc, problems = read_workbook(path)
    assert problems == []
    assert doc == document.canonical(small_doc)


def test_csv_resaved_by_excel_in_shift_jis_with_slash_dates(small_doc, tmp_path):
    path = _export(small_doc, tmp_path, "csv")
    _edit(path, "contacts", lambda r: True, "source_date", "2025/4/1")
    _edit(path, "hours", lambda r: True, "opens", "8:30")
    path.write_bytes(path.read_text(encoding="utf-8-sig").encode("cp932"))
    doc, problems = read_csv(path)
    assert problems == []
    assert doc == document.canonical(small_doc)


def test_not_a_workbook_is_one_problem(tmp_path):
    path = tmp_path / "kb.xlsx"
    path.write_text("hello")
    doc, problems = read_workbook(path)
    assert len(problems) == 1 and problems[0].startswith("kb.xlsx: not an Excel workbook")
    assert all(items == [] for items in doc.values())


# ---- diff ------------------------------------------------------------------------------------------------

def test_diff_names_items_fields_before_and_after(real_doc):
    new = copy.deepcopy(document.canonical(real_doc))
    counter = new["counters"][0]
    cid, old_phone = counter["id"], next(c for c in counter["contacts"] if c["kind"] == "phone")["value"]
    next(c for c in counter["contacts"] if c["kind"] == "phone")["value"] = "0467-00-0000"
    counter["keywords"].append("新しい言葉")
    counter["description"] += "（追記）"
    gone = new["services"].pop(3)
    new["topics"].insert(0, new["topics"].pop(5))
    new["emergency"].append(new["emergency"][0] | {"id": "new-line", "name": "新しい番号"})

    lines = diff_docs(real_doc, new)
    phone_pos = [c["kind"] for c in counter["contacts"]].index("phone") + 1
    assert f"counters {cid}: contacts[{phone_pos}] value: {old_phone} → 0467-00-0000" in lines
    assert f"counters {cid}: keywords: added 新しい言葉" in lines
    assert any(line.startswith(f"counters {cid}: description: ") and line.endswith("（追記）")
               for line in lines)
    assert f"services: removed {gone['id']} ({gone['name']})" in lines
    assert f"topics: order changed ({new['topics'][0]['id']} moved)" in lines
    assert "emergency: added new-line (新しい番号)" in lines
    assert len(lines) == 6
    assert diff_docs(new, new) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_full_width_numbers_and_dates_are_read_as_ascii(small_doc, tmp_path, fmt):
    """Issue #15 H2/L1: a number typed full-width (１１０) becomes 110, never a button that dials nothing."""
    path = _export(small_doc, tmp_path, fmt)
    _edit(path, "emergency", lambda r: r["id"] == "police", "number", "１１０")
    _edit(path, "emergency", lambda r: r["id"] == "police", "checked", "２０２６－０４－０１")
    _edit(path, "contacts", lambda r: r["kind"] == "phone", "value", "０４６７－６１－３９５８")
    doc, problems = _read(path)
    assert problems == []
    police = next(x for x in doc["emergency"] if x["id"] == "police")
    assert police["number"] == "110" and police["checked"] == "2026-04-01"
    phones = [c["value"] for e in doc["counters"] for c in e["contacts"] if c["kind"] == "phone"]
    assert "0467-61-3958" in phones


# ---- issue #15 M4, L2, L5: what one upload may cost -----------------------------------------------------------

def test_diff_of_many_duplicate_ids_is_linear(small_doc):
    """M4: each duplicate id grew its key by one apostrophe per copy (cubic: 6,000 rows took 16.6 s and
    92 MB of text). Now 6,000 copies diff in well under a second and each line stays short."""
    import time

    big = copy.deepcopy(small_doc)
    big["topics"] = [small_doc["topics"][0] | {"name": f"困りごと{i}"} for i in range(6000)]
    started = time.monotonic()
    lines = diff_docs(small_doc, big)
    assert time.monotonic() - started < 3.0
    assert len(lines) < 7000 and max(map(len, lines)) < 200
    assert "topics: added okane (2) (困りごと1)" in lines


def _sparse_workbook(path: Path, rows: int) -> None:
    """The topics sheet with `rows` rows, each with one stray cell in column XFD (16,384)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("topics")
    ws.append(["id", "name", "area", "synonyms", "counters"])
    for i in range(rows):
        ws.append([f"t-{i}", "名前", "money", None, None] + [None] * 16378 + ["x"])
    wb.save(path)


def test_a_sparse_workbook_with_cells_in_column_xfd_is_read_quickly(tmp_path):
    """M4: every row was padded to 16,384 columns (20,000 rows took 115 s)."""
    import time

    path = tmp_path / "sparse.xlsx"
    _sparse_workbook(path, 5000)
    started = time.monotonic()
    _doc, problems = read_workbook(path)
    assert time.monotonic() - started < 10.0
    assert "topics row 2, column #16384: a value in a column without a key in row 1" in problems
    assert len(problems) <= 1001 and problems[-1].startswith("… and ")


def test_an_import_has_a_row_budget_a_time_budget_and_stops_at_shutdown(small_doc, tmp_path):
    """M4: a stuck import survived SIGTERM; reading is bounded by rows and seconds, and cancel_imports()
    (the server's shutdown) stops it at its next check, each with a readable message."""

    for fmt in FORMATS:
        path = _export(small_doc, tmp_path, fmt)
        doc, problems = FORMATS[fmt][1](path, "kb." + fmt, spreadsheet.Budget(rows=3))
        assert problems == [f"kb.{fmt}: more than 3 rows: this is not a knowledge base export"
                            " (the whole knowledge base is a few thousand rows)"] and doc["counters"] == []
    path = tmp_path / "many.xlsx"
    _sparse_workbook(path, 600)
    _doc, problems = read_workbook(path, "many.xlsx", spreadsheet.Budget(seconds=-1))
    assert problems[0].startswith("many.xlsx: reading took longer than -1 seconds")
    budget = spreadsheet.Budget()
    spreadsheet.cancel_imports()
    _doc, problems = read_workbook(path, "many.xlsx", budget)
    assert "server is shutting down" in problems[0]
    _doc, problems = read_workbook(path, "many.xlsx")
    assert "server is shutting down" not in " ".join(problems), "an import started later is not affected"


def test_a_truncated_sheet_is_a_readable_problem_naming_the_uploaded_file(small_doc, tmp_path):
    """L2 / L5: a truncated sheet XML raised ParseError (500); messages named the server's temporary file."""
    import zipfile

    path = _export(small_doc, tmp_path, "xlsx")
    broken = tmp_path / "upload.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            out.writestr(item, data[:-30] if item.filename.startswith("xl/worksheets/sheet") else data)
    doc, problems = read_workbook(broken, "名簿.xlsx")
    assert len(problems) == 1 and problems[0].startswith("名簿.xlsx: the workbook is damaged and cannot be read")
    (tmp_path / "not.xlsx").write_bytes(b"hello")
    _doc, problems = read_workbook(tmp_path / "not.xlsx", "名簿.xlsx")
    assert problems == ["名簿.xlsx: not an Excel workbook (.xlsx) (BadZipFile)"]


# ---- hours' exceptions (dated closures and own hours; 祝日 open / closed / not said) ---------------------

NOTE = st.one_of(st.none(), st.text(st.characters(exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"]),
                                     min_size=1, max_size=12))
EXCEPTION = st.one_of(
    st.builds(lambda d, note: {"date": d.isoformat(), "closed": True, "opens": None, "closes": None, "note": note},
              st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)), NOTE),
    st.builds(lambda d, a, b, note: {"date": d.isoformat(), "closed": False, "opens": f"{a:02d}:00",
                                     "closes": f"{b:02d}:30", "note": note},
              st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)), st.integers(0, 11), st.integers(12, 23), NOTE))
HOLIDAY = st.sampled_from([True, False, None])  # closed, open, the source does not say


@hsettings(max_examples=40, deadline=None)
@given(exceptions=st.lists(EXCEPTION, max_size=4), holidays=HOLIDAY, year_end=HOLIDAY)
def test_hours_exceptions_and_holidays_round_trip_exactly(exceptions, holidays, year_end):
    doc = copy.deepcopy(SMALL_DOC)
    hours = doc["counters"][0]["hours"][0]
    hours["exceptions"], hours["closed_on_holidays"], hours["closed_year_end"] = exceptions, holidays, year_end
    with tempfile.TemporaryDirectory() as folder:
        for fmt in FORMATS:
            path = _export(doc, Path(folder), fmt)
            back, problems = _read(path)
            assert problems == []
            assert back == document.canonical(doc), fmt
            assert diff_docs(doc, back) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_exceptions_cell_is_written_as_staff_type_it(small_doc, tmp_path, fmt):
    small_doc["counters"][0]["hours"][0]["exceptions"] = [
        {"date": "2026-12-28", "closed": True, "note": "臨時休業"},
        {"date": "2026-11-28", "closed": False, "opens": "09:00", "closes": "12:00"}]
    path = _export(small_doc, tmp_path, fmt)
    [(_, row)] = _rows(path, "hours")
    assert row["exceptions"] == "2026-12-28 休み 臨時休業 | 2026-11-28 09:00-12:00"
    _edit(path, "hours", lambda r: True, "exceptions", "２０２６/１２/２９ 休み | 2026-12-30 9:00〜12:00")
    doc, problems = _read(path)
    assert problems == []
    assert [(x["date"], x["closed"], x["opens"]) for x in doc["counters"][0]["hours"][0]["exceptions"]] == [
        ("2026-12-29", True, None), ("2026-12-30", False, "09:00")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cell,says", [
    ("2026-13-01 休み", "does not start with a date"),
    ("2026-12-28 たぶん休み", "is neither 休み nor hours like 09:00-12:00"),
    ("休み 2026-12-28", "does not start with a date"),
    ("2026-12-28 09:00-", "is neither 休み nor hours"),
])
def test_a_bad_exception_is_one_clear_problem_by_row_and_column(small_doc, tmp_path, fmt, cell, says):
    path = _export(small_doc, tmp_path, fmt)
    n = _edit(path, "hours", lambda r: True, "exceptions", cell)
    _, problems = _read(path)
    assert len(problems) == 1 and problems[0].startswith(f"hours row {n}, column exceptions: exception ")
    assert says in problems[0] and "2026-12-28 休み or 2026-11-28 09:00-12:00" in problems[0]


def test_a_bad_exception_changes_nothing_in_the_database(fresh_db_url, settings, tmp_path):
    engine = make_engine(fresh_db_url())
    create_tables(engine)
    assert load_files(engine, settings) == []
    before = (generation(engine), read_doc(engine))
    path = tmp_path / "kb.csv"
    export_csv(before[1], path)
    _edit(path, "hours", lambda r: True, "exceptions", "2026-12-28 たぶん休み")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = kbcommands.run(argparse.Namespace(kb_command="import", file=path, dry_run=False), settings, engine)
    assert rc == 1 and "column exceptions" in out.getvalue() + err.getvalue()
    assert (generation(engine), read_doc(engine)) == before
    engine.dispose()
