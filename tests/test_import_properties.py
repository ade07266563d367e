"""Property tests (hypothesis) of what staff feed the importers: the Excel / CSV import
(knowledge/spreadsheet.py, knowledge/sheets.py) and the plan importer (knowledge/plan_import.py).

Whatever the cells or rows hold, an import ends in a clean document or a list of readable problems,
never an exception; a rejected import leaves the database as it was. The round trip of the real data
(export → import = 0 changes) is tested in test_spreadsheet.py (xlsx and CSV) and test_cli.py (through
the database), so it is not repeated here; here the round trip is of any document a file can hold.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import MetaData, func, select

from bot import kbcommands
from core.loading import load_files
from knowledge import plan_import
from knowledge.db import create_tables, make_engine
from knowledge.files import KINDS, dump_yaml, read_plan_index, read_yaml_list
from knowledge.sheets import SHEETS
from knowledge.spreadsheet import (
    diff_docs,
    export_csv,
    export_workbook,
    import_problems,
    read_csv,
    read_workbook,
)
from knowledge.store import generation, read_doc
from knowledge.validate import Problem
from tests.conftest import SMALL_DOC
from tests.fixtures import SEED_FILES, SEEDS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PLAN_INDEX = read_plan_index(DATA)
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MEDIUM = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Cell values staff (or Excel) put in a sheet: text that looks like other things, numbers, dates, times.
TRICKY = ["", " ", "=1+1", "'", "''x", "-", "@SUM(A1)", "a | b", "a || b", "a｜b", "\\|", "\\", "x\\", "TRUE",
          "false", "はい", "×", "0", "-1", "1.5", "08:30", "8:30:00", "24:00", "25:00", "2024-05-01", "2024/5/1",
          "2024-13-45", "2024年5月1日", "0467-61-3958", "110", "#7119", "0467-12", "mon | tue", "okane, kenri",
          "counters", "services", "contacts", "hours", "sections", "nobody", "jiritsu-soudan",
          "seikatsu-fukushi", "area-ofuna", "okane", "police", "p-1-1-2-12", "1-1-2-12", "生活福祉課",
          "相談\n窓口", " 前後に空白 ", "#N/A", "1e309", "NaN"]
XLSX_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=20)
XLSX_CELL = st.one_of(
    st.none(), XLSX_TEXT, st.sampled_from(TRICKY), st.booleans(), st.integers(-10**6, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1)), st.times())
CSV_CELL = st.one_of(st.text(max_size=20), st.sampled_from(TRICKY))


# ---- what every import result must be -------------------------------------------------------------------

def assert_clean_or_problems(doc: Any, problems: Any) -> list[str]:
    """The reader's result: a document of the six kinds, and problems each naming where it is."""
    assert set(doc) == set(KINDS) and all(isinstance(items, list) for items in doc.values())
    assert all(isinstance(item, dict) for items in doc.values() for item in items)
    assert isinstance(problems, list)
    for p in problems:  # a Problem whose line names where it is; a cell's has its sheet, row and column
        assert isinstance(p, Problem) and str(p).strip() and ": " in str(p), p
        assert p.row is None or (p.row >= 1 and p.file and p.field), p
    # What the preview and the apply step do next must not fail either.
    everything = import_problems(doc, problems, PLAN_INDEX)
    assert all(isinstance(p, str) and p.strip() for p in everything)
    assert all(isinstance(line, str) for line in diff_docs(SMALL_DOC, doc))
    return everything


def assert_round_trips(doc: Any, folder: Path) -> None:
    """A document a file held without problems comes back the same from both formats."""
    for fmt, (write, read) in {"xlsx": (export_workbook, read_workbook), "csv": (export_csv, read_csv)}.items():
        path = folder / f"again.{fmt}"
        write(doc, path)
        again, problems = read(path)
        assert problems == [], (fmt, problems)
        assert again == doc, fmt


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("import-properties")


@pytest.fixture(scope="module")
def small_xlsx(folder) -> bytes:
    path = folder / "small.xlsx"
    export_workbook(copy.deepcopy(SMALL_DOC), path)
    return path.read_bytes()


@pytest.fixture(scope="module")
def small_csv(folder) -> list[list[str]]:
    path = folder / "small.csv"
    export_csv(copy.deepcopy(SMALL_DOC), path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


# ---- Excel ---------------------------------------------------------------------------------------------

SHEET = st.sampled_from([*SHEETS, "memo"])
XLSX_EDIT = st.one_of(
    st.tuples(st.just("set"), SHEET, st.integers(1, 6), st.integers(1, 24), XLSX_CELL),
    st.tuples(st.just("drop"), SHEET),
    st.tuples(st.just("rename"), SHEET, st.sampled_from([*SHEETS, "Sheet1", "counters ", "COUNTERS"])),
)


def edit_workbook(data: bytes, edits: list[tuple[Any, ...]], path: Path) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for edit in edits:
        op, name = edit[0], edit[1]
        if op == "set":
            ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
            ws.cell(edit[2], edit[3]).value = edit[4]
        elif name in wb.sheetnames and len(wb.sheetnames) > 1 and op == "drop":
            del wb[name]
        elif name in wb.sheetnames and op == "rename" and edit[2] not in wb.sheetnames:
            wb[name].title = edit[2]
    wb.save(path)


@MEDIUM
@given(edits=st.lists(XLSX_EDIT, min_size=1, max_size=8))
def test_any_workbook_cells_give_a_document_or_readable_problems(small_xlsx, folder, edits):
    path = folder / "edited.xlsx"
    edit_workbook(small_xlsx, edits, path)
    doc, problems = read_workbook(path)
    clean = not assert_clean_or_problems(doc, problems)
    event("clean" if clean else "problems")
    if clean:
        assert_round_trips(doc, folder)


@QUICK
@given(data=st.binary(max_size=300) | st.sampled_from([b"PK\x03\x04", b"", b"\xef\xbb\xbftable\n"]))
def test_a_file_that_is_no_workbook_is_one_problem(folder, data):
    path = folder / "junk.xlsx"
    path.write_bytes(data)
    doc, problems = read_workbook(path)
    assert_clean_or_problems(doc, problems)
    assert len(problems) == 1 and str(problems[0]).startswith("junk.xlsx: not an Excel workbook")


# ---- CSV -----------------------------------------------------------------------------------------------

CSV_EDIT = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 14), st.integers(0, 40), CSV_CELL),
    st.tuples(st.just("drop"), st.integers(0, 14)),
    st.tuples(st.just("copy"), st.integers(0, 14)),
)


def edit_csv(rows: list[list[str]], edits: list[tuple[Any, ...]]) -> list[list[str]]:
    rows = [list(r) for r in rows]
    for edit in edits:
        op, n = edit[0], edit[1]
        if op == "set":
            while len(rows) <= n:
                rows.append([])
            row = rows[n]
            row.extend([""] * (edit[2] + 1 - len(row)))
            row[edit[2]] = edit[3]
        elif n < len(rows) and op == "drop":
            del rows[n]
        elif n < len(rows):
            rows.append(list(rows[n]))
    return rows


@QUICK
@given(edits=st.lists(CSV_EDIT, min_size=1, max_size=8),
       encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp932"]))
def test_any_csv_cells_give_a_document_or_readable_problems(small_csv, folder, edits, encoding):
    out = io.StringIO(newline="")
    csv.writer(out).writerows(edit_csv(small_csv, edits))
    path = folder / "edited.csv"
    path.write_bytes(out.getvalue().encode(encoding, errors="replace"))
    doc, problems = read_csv(path)
    clean = not assert_clean_or_problems(doc, problems)
    event("clean" if clean else "problems")
    if clean:
        assert_round_trips(doc, folder)


@QUICK
@given(data=st.binary(max_size=400))
def test_any_bytes_as_csv_give_a_document_or_readable_problems(folder, data):
    path = folder / "junk.csv"
    path.write_bytes(data)
    assert_clean_or_problems(*read_csv(path))


def test_a_csv_cell_longer_than_the_csv_modules_limit_is_a_problem_not_a_crash(small_csv, folder):
    """Found by the properties above, with a long pasted text: csv.reader refuses a field over
    csv.field_size_limit() (131,072 characters) and read_csv let that exception out."""
    rows = [list(r) for r in small_csv]
    rows[1][rows[0].index("note")] = "x" * 200_000
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    path = folder / "long.csv"
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    doc, problems = read_csv(path)  # a cell over the csv module's limit is a problem, not a crash
    assert_clean_or_problems(doc, problems)


# ---- a rejected import leaves the database as it was --------------------------------------------------

# Cells that are always wrong, by column: (sheet, column, value).
WRONG = [("contacts", "source_date", "2024-13-45"), ("hours", "opens", "25:99"), ("emergency", "number", "abc"),
         ("towns", "confirmed", "たぶん"), ("counters", "sections", "no-such-section"), ("counters", "id", ""),
         ("services", "keywords", "a || b"), ("contacts", "owner", "nobody"), ("table", "table", "nope")]


@pytest.fixture(scope="module")
def real_db(fresh_db_url, settings, folder):
    """The real knowledge in a fresh database, its export as CSV rows, and its fingerprint."""
    engine = make_engine(fresh_db_url())
    create_tables(engine)
    assert load_files(engine, settings) == []
    path = folder / "real.csv"
    export_csv(read_doc(engine), path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    yield engine, rows, fingerprint(engine)
    engine.dispose()


def fingerprint(engine: Any) -> tuple[int, dict[str, int], str]:
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        counts = {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                  for name, t in meta.tables.items()}
    return generation(engine), counts, json.dumps(read_doc(engine), ensure_ascii=False, sort_keys=True)


def run_kb(settings: Any, engine: Any, **args: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = kbcommands.run(argparse.Namespace(**args), settings, engine)
    return rc, out.getvalue(), err.getvalue()


@SLOW
@given(edits=st.lists(st.tuples(st.integers(1, 2000), st.integers(0, 50), CSV_CELL), max_size=6),
       wrong=st.sampled_from(WRONG), pick=st.integers(0, 10**6))
def test_a_rejected_import_changes_nothing_in_the_database(real_db, settings, folder, edits, wrong, pick):
    engine, rows, before = real_db
    rows = [list(r) for r in rows]
    header = rows[0]
    for n, col, value in edits:  # any cells of any rows
        row = rows[n % (len(rows) - 1) + 1]
        row[col % len(row)] = value
    sheet, column, value = wrong  # and one cell that is wrong whatever the rest says
    candidates = [r for r in rows[1:] if sheet == "table" or r[0] == sheet]
    target = candidates[pick % len(candidates)]
    target[header.index(column)] = value
    path = folder / "rejected.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)

    rc, out, err = run_kb(settings, engine, kb_command="import", file=path, dry_run=False)
    assert rc == 1, err
    assert "nothing was changed" in err and "invalid: " in out
    assert fingerprint(engine) == before


# ---- the plan importer -------------------------------------------------------------------------------

SECTION_MAP = plan_import.load_section_map()
NUMBER = st.lists(st.integers(0, 12), min_size=4, max_size=4).map(lambda xs: "-".join(map(str, xs)))
FREE = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
WORD = st.one_of(FREE, st.sampled_from(sorted(SECTION_MAP)[:40] + [
    "（市社会福祉協議会）", "(NPOセンター)", "（不明な課）", "〔④工〕", "〔5-イ〕", "〔0〕", "〔１、２〕", "①②", "⑩",
    " ", "　", "(", ")", "【再掲", "】", "〕", "〔", "市社協", "ヤングケアラー¹²", "²", "\u3000"]))
CELL = st.lists(WORD, max_size=4).map("".join)
PLAN_ROW = st.builds(lambda n, reprint, title, cells: f"{n}\t{reprint}{title}" + "".join("\t" + c for c in cells),
                     NUMBER, st.one_of(st.just(""), NUMBER.map(lambda n: f"【再掲{n}】")), CELL,
                     st.lists(CELL, max_size=5))
LAYOUT = st.sampled_from([
    "----", "", "主な取組\tNo\t事業名\t所管課\t事業内容", "①\t1\t事業\t高齢者支援課\t内容", "\t12\t名\t課", "2-1 こども・若者",
    "3-3 地域", "○ 主な取組", "① 支えます", "⑩ 見守ります", "▽ 次", "¹² 脚注", "基本目標1", "基本目標３", "施策の方向性",
    "施策の", "方向性", "1", "12", "- 目指す姿", "- ", "1-1-1-1\t", "1-1-1-1"])
PLAN_TEXT = st.lists(st.one_of(PLAN_ROW, LAYOUT, CELL), max_size=30).map("\n".join)
SEED_TEXTS = [(SEEDS / SEED_FILES[n]).read_text(encoding="utf-8") for n in ("000", "001", "002", "003")]


@st.composite
def seed_excerpts(draw: st.DrawFn) -> str:
    """A run of lines of a real plan text, some of them replaced or cut (as a bad PDF extraction does)."""
    lines = draw(st.sampled_from(SEED_TEXTS)).splitlines()
    start = draw(st.integers(0, len(lines) - 1))
    part = lines[start:start + draw(st.integers(1, 60))]
    for _ in range(draw(st.integers(0, 5))):
        i = draw(st.integers(0, len(part) - 1))
        part[i] = draw(st.one_of(PLAN_ROW, LAYOUT, CELL, st.just(part[i][: len(part[i]) // 2])))
    return "\n".join(part)


ANY_PLAN_TEXT = st.one_of(st.text(max_size=300), PLAN_TEXT, seed_excerpts())
EXISTING = read_yaml_list(DATA / "services.yaml")[:6]
ENTRY_ID = re.compile(r"^(p-\d+-\d+-\d+-\d+|j-\d+-\d+-\d+|g-\d+-\d+|s-\d+-\d+-\d+)$")
# (\d, not [0-9]: a heading with full-width digits, 基本目標３, gives the id g-３-1; taken as the code has it)


def assert_entries(entries: Any) -> None:
    assert isinstance(entries, list)
    section_ids = set(SECTION_MAP.values())
    for e in entries:
        assert ENTRY_ID.match(e["id"]), e["id"]
        assert e["kind"] == "service" and isinstance(e["name"], str) and isinstance(e["description"], str)
        assert e["plan_refs"] and all(isinstance(r, str) and r for r in e["plan_refs"])
        assert set(e["sections"]) <= section_ids
        assert e["counters"] == [] and e["topics"] == [] and e["keywords"] == []
        assert all(isinstance(n, str) for n in e.get("unknown_sections", []))


@QUICK
@given(text=ANY_PLAN_TEXT)
def test_the_plan_importer_reads_any_text_and_merges_without_losing_entries(text):
    imported = plan_import.parse_plan_text(text, SECTION_MAP)
    assert_entries(imported)
    merged = plan_import.merge_services(copy.deepcopy(EXISTING), imported)
    ids = [e["id"] for e in merged]
    assert len(ids) == len(set(ids))
    assert set(ids) == {e["id"] for e in EXISTING} | {e["id"] for e in imported}
    for old in EXISTING:  # the curated fields survive a re-import
        new = next(e for e in merged if e["id"] == old["id"])
        assert all(new[k] == v for k, v in old.items() if k not in plan_import.PLAN_KEYS)


@SLOW
@given(text=ANY_PLAN_TEXT)
def test_import_plan_command_writes_rereadable_files_or_changes_nothing(settings, folder, text):
    out_dir = folder / "plan"
    out_dir.mkdir(exist_ok=True)
    services, index = out_dir / "services.yaml", out_dir / "plan_index.tsv"
    services.write_text(dump_yaml(EXISTING), encoding="utf-8")
    index.write_text("# index\n1-1-1-1\t既存\n", encoding="utf-8")
    before = services.read_bytes(), index.read_bytes()
    source = out_dir / "plan.txt"
    source.write_text(text, encoding="utf-8")

    rc, _out, err = run_kb(settings, None, kb_command="import-plan", file=source, out=services, dry_run=False)
    assert rc in (0, 1), err
    if rc == 1:
        assert "no plan tables found" in err
        assert (services.read_bytes(), index.read_bytes()) == before
        return
    imported = plan_import.parse_plan_text(text, plan_import.load_section_map(settings.data_dir / "sections.yaml"))
    written = read_yaml_list(services)
    assert written == plan_import.merge_services(copy.deepcopy(EXISTING), imported)
    refs = read_plan_index(out_dir)
    assert refs["1-1-1-1"] == "既存"  # a number already listed keeps its title
    assert {r for e in imported for r in e["plan_refs"]} <= set(refs)
