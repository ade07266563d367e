"""`python -m bot kb …`: load, check, dump, stats and import-plan."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.config import Settings
from core.loading import check_doc, load_files
from knowledge.files import Doc, SourceFileError, dump_yaml, read_data_dir, read_plan_index, read_yaml_list
from knowledge.store import generation, read_doc, write_doc


def run(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    try:
        return _COMMANDS[args.kb_command](args, settings, engine)
    except SourceFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _load(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    problems = load_files(engine, settings, args.data)
    if problems:
        print("\n".join(map(str, problems)))
        print(f"not loaded: {len(problems)} problem(s); the database is unchanged", file=sys.stderr)
        return 1
    from core.guide import Guide

    Guide(engine, index_cache=settings.cache_dir).warm()  # writes the index cache: the first answer is quick
    doc = read_doc(engine)
    print(f"loaded: {len(doc['counters'])} counters, {len(doc['services'])} services, "
          f"{len(doc['sections'])} sections, {len(doc['districts'])} districts, {len(doc['topics'])} topics, "
          f"{len(doc['emergency'])} emergency lines (generation {generation(engine)})", file=sys.stderr)
    return 0


def _current(args: argparse.Namespace, settings: Settings, engine: Engine) -> tuple[Doc, str]:
    """The database's knowledge when loaded (the run-time truth), else the data files."""
    if not getattr(args, "files", False) and generation(engine) > 0:
        return read_doc(engine), f"database (generation {generation(engine)})"
    folder = getattr(args, "data", None) or settings.data_dir
    return read_data_dir(folder), f"files in {folder}"


def _check(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    doc, what = _current(args, settings, engine)
    problems = check_doc(doc, settings, getattr(args, "data", None))
    for p in problems:
        print(p)  # str(Problem): "counters: foo: name is empty"
    print(f"checked {what}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def _dump(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    doc, _ = _current(args, settings, engine)
    # Entries read from the files (a database never loaded) carry no kind: it is the file they are in.
    entries = ([{**e, "kind": e.get("kind") or "counter"} for e in doc["counters"]]
               + [{**e, "kind": e.get("kind") or "service"} for e in doc["services"]])
    for e in entries:
        e["section"] = next((s["name"] for s in doc["sections"] if e["sections"] and s["id"] == e["sections"][0]),
                            None)
    out = {"sections": doc["sections"], "districts": doc["districts"], "entries": entries,
           "topics": doc["topics"], "emergency": doc["emergency"]}
    print(json.dumps(out, ensure_ascii=False, indent=None if args.json else 1))
    return 0


def _stats(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    doc, what = _current(args, settings, engine)
    index = read_plan_index(settings.data_dir)
    covered = {r for e in doc["counters"] + doc["services"] for r in e["plan_refs"]}
    print(f"source: {what}")
    print(f"counters: {len(doc['counters'])}")
    by_seed = Counter(e.get("source") or "?" for e in doc["services"])
    print(f"services: {len(doc['services'])} ({', '.join(f'{k}: {v}' for k, v in sorted(by_seed.items()))})")
    print(f"sections: {len(doc['sections'])}, districts: {len(doc['districts'])}, "
          f"towns: {sum(len(d['towns']) for d in doc['districts'])}, topics: {len(doc['topics'])}, "
          f"synonyms: {sum(len(t['synonyms']) for t in doc['topics'])}, emergency lines: {len(doc['emergency'])}")
    phone = [c["id"] for c in doc["counters"] if any(x["kind"] == "phone" for x in c["contacts"])]
    print(f"counters with a sourced phone: {len(phone)}/{len(doc['counters'])}; "
          f"with unknown facts flagged: {sum(1 for c in doc['counters'] if c['unknown'])}")
    kinds = Counter(_ref_kind(r) for r in index)
    hit = Counter(_ref_kind(r) for r in index if r in covered)
    for k in sorted(kinds):
        print(f"plan coverage {k}: {hit[k]}/{kinds[k]}")
    return 0


def _ref_kind(ref: str) -> str:
    return {"J": "実施計画 (J)", "G": "第2期計画 (G)", "S": "総合計画 (S)"}.get(ref[0], "第4章 取組 (002)")


def _import_plan(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    from knowledge import plan_import

    out_path: Path = args.out or settings.data_dir / "services.yaml"
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    sections = plan_import.load_section_map(settings.data_dir / "sections.yaml")
    imported = plan_import.parse_plan_text(text, sections)
    if not imported:
        print(f"error: no plan tables found in {args.file}", file=sys.stderr)
        return 1
    existing = read_yaml_list(out_path) if out_path.exists() else []
    merged = plan_import.merge_services(existing, imported)
    for conflict in plan_import.override_conflicts(existing, imported):
        print(f"override kept (the plan differs): {conflict}", file=sys.stderr)
    refs = sum(len(e["plan_refs"]) for e in imported)
    new = len({e["id"] for e in merged} - {e["id"] for e in existing})
    print(f"{args.file.name}: {len(imported)} entries, {refs} plan refs; {new} new in {out_path.name}",
          file=sys.stderr)
    unknown = sorted({s for e in imported for s in e.get("unknown_sections") or []})
    if unknown:
        print("unknown section names (add them to sections.yaml): " + "、".join(unknown), file=sys.stderr)
    if not args.dry_run:
        header = ("# 計画の取組・事業。`python -m bot kb import-plan` が作成し、counters/topics/keywords と"
                  "住民向けの文（name_en … summary_en、usable）は手で補う。")
        out_path.write_text(dump_yaml(merged, header), encoding="utf-8")
        _update_plan_index(out_path.parent / "plan_index.tsv", imported)
    return 0


def _update_plan_index(path: Path, imported: list[dict]) -> None:
    """Every plan number the plans contain, for `kb check`'s coverage test (kept sorted by plan order)."""
    index = read_plan_index(path.parent)
    for e in imported:
        for ref in e["plan_refs"]:
            index.setdefault(ref, e["name"])
    lines = ["# 計画に載っている番号の一覧（kb check がすべての番号が索引にあるかを確かめる）。kb import-plan が更新。"]
    lines += [f"{ref}\t{title}" for ref, title in index.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _export(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    from knowledge import spreadsheet

    doc, what = _current(args, settings, engine)
    suffix = args.file.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        print(f"error: {args.file.name}: the file must end in .xlsx or .csv", file=sys.stderr)
        return 2
    (spreadsheet.export_workbook if suffix == ".xlsx" else spreadsheet.export_csv)(doc, args.file)
    print(f"exported {what} to {args.file}", file=sys.stderr)
    return 0


def _import(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    """Preview (--dry-run) or apply a spreadsheet: all of it in one transaction, or nothing."""
    from core.loading import required_counter_ids
    from knowledge import spreadsheet

    suffix = args.file.suffix.lower()
    if suffix not in (".xlsx", ".csv") or not args.file.is_file():
        print(f"error: {args.file}: need an existing .xlsx or .csv file", file=sys.stderr)
        return 2
    new, read_problems = (spreadsheet.read_workbook if suffix == ".xlsx" else spreadsheet.read_csv)(args.file)
    problems = spreadsheet.import_problems(new, read_problems, read_plan_index(settings.data_dir),
                                           required_counter_ids(settings))
    current, _ = _current(args, settings, engine)
    return preview_or_apply(current, new, problems, args.dry_run, settings, engine)


def preview_or_apply(current: Doc, new: Doc, problems: list[str], dry_run: bool, settings: Settings,
                     engine: Engine, read: str = "") -> int:
    """Print every change and every problem; apply the new document in one transaction unless this is a dry
    run or anything is invalid (then nothing changes). Shared by the spreadsheet and the HSDS import."""
    from knowledge import spreadsheet

    changes = spreadsheet.diff_docs(current, new)
    for line in changes:
        print(f"change: {line}")
    for line in problems:
        print(f"invalid: {line}")
    print(f"{read}{len(changes)} change(s), {len(problems)} problem(s)", file=sys.stderr)
    if problems:
        print("nothing was changed", file=sys.stderr)
        return 1
    if not dry_run and changes:
        from core.guide import Guide

        write_doc(engine, new)
        Guide(engine, index_cache=settings.cache_dir).warm()
        print(f"applied: generation {generation(engine)}", file=sys.stderr)
    return 0


_COMMANDS = {"load": _load, "check": _check, "dump": _dump, "stats": _stats, "import-plan": _import_plan,
             "export": _export, "import": _import}


def _hsds(name: str):
    """`kb export-hsds` / `kb import-hsds` (bot/hsdscommands.py, imported when used)."""
    def run_hsds(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
        from bot import hsdscommands

        return int(getattr(hsdscommands, name)(args, settings, engine))
    return run_hsds


_COMMANDS |= {"export-hsds": _hsds("export_hsds"), "import-hsds": _hsds("import_hsds")}
