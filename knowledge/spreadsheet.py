"""The knowledge document as an Excel workbook or one CSV file, and back (the diff: knowledge/docdiff.py).

Workbook: one sheet per table of `knowledge.sheets.SHEETS`, column keys in row 1.
CSV (UTF-8 with BOM, for Excel): one table, first column `table` names the sheet a row belongs to, then the
union of all sheets' columns (a row leaves the columns of other sheets empty).
Reading never raises on content: it returns the document as the file has it, plus one `Problem` a bad cell,
row or file (a cell's carries sheet, row as Excel numbers it, and column; its `str()` is the line
"counters row 12, column value: …"). Callers apply only when there are none; `import_checks` adds
`validate`'s cross-reference checks (`import_problems`: the same as lines).
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import zip_longest
from pathlib import Path
from typing import Any

from knowledge.docdiff import diff_docs as diff_docs  # re-exported: callers import it from here
from knowledge.files import KINDS, Doc
from knowledge.sheets import (
    LABELS,
    SHEETS,
    Row,
    as_text,
    from_rows,
    header_problems,
    neutralise,
    to_rows,
    where,
)
from knowledge.validate import Problem, validate

# The row's table and owner keys first, so sorting or filtering in Excel keeps related rows together.
CSV_COLUMNS: list[str] = list(dict.fromkeys(["table", "owner_sheet", "owner", "pos"]
                                            + [col for cols in SHEETS.values() for col, _ in cols]))
_AUTHOR = "welfare-guide"
# What an import may read: the whole knowledge base is ≈ 3,000 rows of at most 26 columns.
MAX_ROWS = 50_000
MAX_COLUMNS = 100
READ_SECONDS = 60.0
MAX_PROBLEMS = 1_000  # problems listed; more are counted in one last line


def _empty() -> Doc:
    return {kind: [] for kind in KINDS}


# ---- export ----------------------------------------------------------------------------------------------

def export_workbook(doc: Doc, path: Path | str) -> None:
    """Write `doc` as an .xlsx workbook (text cells that look like formulas are neutralised)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    wb = Workbook()
    wb.remove(wb.active)
    for sheet, rows in to_rows(doc).items():
        ws = wb.create_sheet(sheet)
        cols = [col for col, _ in SHEETS[sheet]]
        ws.append(cols)
        for i, col in enumerate(cols, 1):
            if col in LABELS:
                ws.cell(1, i).comment = Comment(LABELS[col], _AUTHOR)
        for row in rows:
            ws.append([neutralise(v) if isinstance(v, str) else v for v in (row[c] for c in cols)])
        for line in ws.iter_rows(min_row=2):
            for cell in line:
                if isinstance(cell.value, str):
                    cell.number_format = "@"  # Excel keeps an edited date or phone as the text typed
        ws.freeze_panes = "A2"
    wb.save(path)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return neutralise(value) if isinstance(value, str) else str(value)


def export_csv(doc: Doc, path: Path | str) -> None:
    """Write `doc` as one CSV (UTF-8 with BOM so Excel shows the Japanese; scheme in the module doc)."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(CSV_COLUMNS)
        for sheet, rows in to_rows(doc).items():
            for row in rows:
                out.writerow([sheet] + [_csv_cell(row.get(col)) for col in CSV_COLUMNS[1:]])


# ---- import ----------------------------------------------------------------------------------------------

def _blank(values: Iterable[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


class _OverBudget(Exception):
    """Reading stopped: the file is too big or took too long (the message says which)."""


class Budget:
    """How much one import may read: rows in all sheets together, and seconds (checked every 256 rows);
    `cancel_imports()` (the server's shutdown) stops every import reading then at its next check."""

    def __init__(self, seconds: float = READ_SECONDS, rows: int = MAX_ROWS) -> None:
        self.started = time.monotonic()
        self.deadline, self.max_rows, self.rows = self.started + seconds, rows, 0
        self.seconds = seconds

    def row(self) -> None:
        self.rows += 1
        if self.rows > self.max_rows:
            raise _OverBudget(f"more than {self.max_rows:,} rows: this is not a knowledge base export"
                              " (the whole knowledge base is a few thousand rows)")
        if self.rows % 256 == 0:
            if _cancelled[0] >= self.started:
                raise _OverBudget("the import was stopped because the server is shutting down: upload it again")
            if time.monotonic() > self.deadline:
                raise _OverBudget(f"reading took longer than {self.seconds:g} seconds: the file is too large or"
                                  " damaged (export again from the admin page and edit that)")


_cancelled = [float("-inf")]  # when cancel_imports() was last called (time.monotonic)


def cancel_imports() -> None:
    """Stop every import reading now (the server's shutdown); imports started later are not affected."""
    _cancelled[0] = time.monotonic()


def _of_file(name: str, message: str) -> Problem:
    """A problem of the whole file (or of one sheet: name "sheet counters")."""
    return Problem(name, "", "", message)


def _cap(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return problems[:MAX_PROBLEMS] + [Problem("", "", "", f"… and {len(problems) - MAX_PROBLEMS:,} more problems")]


def _sheet_rows(ws: Any) -> Iterator[tuple[int, dict[int, Any]]]:
    """(row number, {column number: value}) of the cells a read-only sheet really has: a lone cell in
    column XFD costs one value, not 16,384 (openpyxl's iter_rows pads every row to the widest)."""
    from openpyxl.worksheet._reader import WorkSheetParser

    with ws._get_source() as src:
        wb = ws.parent
        parser = WorkSheetParser(src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for n, cells in parser.parse():
            yield n, {c["column"]: c["value"] for c in cells if c["value"] is not None}


def read_workbook(path: Path | str, name: str | None = None, budget: Budget | None = None) -> tuple[Doc, list[Problem]]:
    """An .xlsx workbook → (document as the file has it, problems). Formulas are read as their cached values.
    `name`: the file's name in messages (never the server's temporary path)."""
    from openpyxl import load_workbook

    path = Path(path)
    name = name or path.name
    budget = budget or Budget()
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zip, XML and key errors for a file that is not a workbook
        return _empty(), [_of_file(name, f"not an Excel workbook (.xlsx) ({type(exc).__name__})")]
    problems: list[Problem] = []
    tables: dict[str, list[Row]] = {}
    absent: list[tuple[str, str]] = []
    try:
        for ws in wb.worksheets:
            if ws.title not in SHEETS:
                problems.append(_of_file(f"sheet {ws.title}", f"unknown sheet (expected {', '.join(SHEETS)})"))
                continue
            rows = _sheet_rows(ws)
            first = next(rows, None)
            if first is not None and first[0] != 1:
                rows, first = itertools.chain([first], rows), None
            cells = first[1] if first else {}
            if cells and max(cells) > MAX_COLUMNS:
                problems.append(_of_file(f"sheet {ws.title}", f"a key in column {max(cells):,} of row 1 (a sheet has at"
                                         f" most {MAX_COLUMNS} columns): delete the columns right of the last key"))
                tables[ws.title] = []
                continue
            header = {col: as_text(v) for col, v in cells.items()}
            names = [header.get(i) for i in range(1, max(header, default=0) + 1)]
            problems += header_problems(ws.title, names)
            absent += [(ws.title, col) for col, _ in SHEETS[ws.title] if col not in names]
            tables[ws.title] = []
            for n, values in rows:
                budget.row()
                if not _blank(values.values()):
                    tables[ws.title].append((n, _by_cell(ws.title, n, header, values, problems)))
    except _OverBudget as exc:
        return _empty(), [_of_file(name, str(exc))]
    except Exception as exc:  # a damaged sheet (truncated XML: ParseError) is a problem of the file
        return _empty(), [_of_file(name, f"the workbook is damaged and cannot be read ({type(exc).__name__});"
                                           " open it in Excel, save it again and upload that")]
    finally:
        wb.close()
    problems += [_of_file(f"sheet {sheet}", "missing") for sheet in SHEETS if sheet not in tables]
    absent += [(sheet, col) for sheet, cols in SHEETS.items() if sheet not in tables for col, _ in cols]
    doc, more = from_rows(tables, absent)
    return doc, _cap(problems + more)


def _by_cell(sheet: str, n: int, header: dict[int, str | None], values: dict[int, Any],
             problems: list[Problem]) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for i, value in sorted(values.items()):
        name = header.get(i)
        if name is None:
            if not _blank([value]):
                problems.append(where(sheet, n, f'#{i}', "a value in a column without a key in row 1"))
        else:
            raw.setdefault(name, value)
    return raw


def _by_column(sheet: str, n: int, header: list[str | None], values: Iterable[Any],
               problems: list[Problem]) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for i, (name, value) in enumerate(zip_longest(header, values), 1):
        if name is None:
            if not _blank([value]):
                problems.append(where(sheet, n, f'#{i}', "a value in a column without a key in row 1"))
        else:
            raw.setdefault(name, value)
    return raw


def read_csv(path: Path | str, name: str | None = None, budget: Budget | None = None) -> tuple[Doc, list[Problem]]:
    """A CSV in the export's scheme → (document as the file has it, problems).
    UTF-8 (with or without BOM) or Excel's Shift_JIS. `name`: the file's name in messages."""
    path = Path(path)
    name = name or path.name
    budget = budget or Budget()
    try:
        return _read_csv(path.read_bytes(), name, budget)
    except _OverBudget as exc:
        return _empty(), [_of_file(name, str(exc))]


def _read_csv(data: bytes, file_name: str, budget: Budget) -> tuple[Doc, list[Problem]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp932")  # Excel's plain "CSV" on Japanese Windows
        except UnicodeDecodeError:
            return _empty(), [_of_file(file_name, "neither UTF-8 nor Shift_JIS text")]
    try:
        lines = iter(list(csv.reader(io.StringIO(text, newline=""))))
    except csv.Error as exc:  # e.g. a cell longer than the csv module's limit (131,072 characters)
        return _empty(), [_of_file(file_name, f"not a readable CSV file ({exc})")]
    header = [as_text(v) for v in next(lines, [])]
    problems: list[Problem] = []
    known, seen = set(CSV_COLUMNS), set()
    for name in header:
        if name is not None and name not in known:
            problems.append(where("csv", 1, name, "unknown column"))
        elif name in seen:
            problems.append(where("csv", 1, str(name), "column appears twice"))
        seen.add(name)
    problems += [where("csv", 1, col, "missing column") for col in CSV_COLUMNS if col not in seen]
    tables: dict[str, list[Row]] = {sheet: [] for sheet in SHEETS}
    for n, values in enumerate(lines, 2):
        budget.row()
        if _blank(values):
            continue
        raw = _by_column("csv", n, header, values, problems)
        table = as_text(raw.pop("table", None))
        if table not in SHEETS:
            problems.append(where("csv", n, "table", f"unknown table {table!r} (expected {', '.join(SHEETS)})"))
            continue
        own = {col for col, _ in SHEETS[table]}
        problems += [where(table, n, col, f"not a column of {table}") for col, v in raw.items()
                     if col not in own and col in known and not _blank([v])]
        tables[table].append((n, raw))
    absent = [(sheet, col) for sheet, cols in SHEETS.items() for col, _ in cols if col not in seen]
    doc, more = from_rows(tables, absent)
    return doc, _cap(problems + more)


# validate() messages that restate a problem the reader already gave with row and column.
_ALREADY_BY_CELL = re.compile(r"^bad phone format |^bad number |is not a date$|^an item without id"
                              r"|^duplicate id|must be HH:MM$")


def import_checks(doc: Doc, read_problems: Sequence[Problem | str], plan_index: dict[str, str] | None = None,
                  required_counter_ids: Iterable[str] = ()) -> list[Problem]:
    """The reader's problems plus validate's, each problem once; the file may be applied when [].
    A reader's problem given as text (the HSDS reader's) becomes a Problem whose `str()` is that text."""
    more = validate(doc, plan_index, required_counter_ids)
    given = [p if isinstance(p, Problem) else Problem("", "", "", p) for p in read_problems]
    return given + [p for p in more if not _ALREADY_BY_CELL.search(p.message)]


def import_problems(doc: Doc, read_problems: Sequence[Problem | str], plan_index: dict[str, str] | None = None,
                    required_counter_ids: Iterable[str] = ()) -> list[str]:
    """`import_checks` as the lines `kb import` prints ("counters row 12, column value: …")."""
    return [str(p) for p in import_checks(doc, read_problems, plan_index, required_counter_ids)]


# The diff of two documents (diff_docs) is in knowledge/docdiff.py.
