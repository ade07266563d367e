"""Command line: `python -m bot …` (also installed as `kamakura-guide`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Settings, load_settings
from knowledge.db import create_tables, make_engine


def _engine(settings: Settings):
    engine = make_engine(settings.database_url)
    create_tables(engine)
    return engine


def _guide(settings: Settings):
    from bot.guide import Guide
    from bot.loading import ensure_loaded

    engine = _engine(settings)
    ensure_loaded(engine, settings)
    return Guide(engine)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.answer import to_contract

    guide = _guide(settings)
    if args.jsonl:
        for line in sys.stdin:
            text = line.rstrip("\r\n")
            res = guide.ask(text)
            sys.stdout.write(json.dumps(to_contract(guide.kb, res), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return 0
    text = " ".join(args.text)
    res = guide.ask(text)
    out = to_contract(guide.kb, res)
    print(json.dumps(out, ensure_ascii=False, indent=None if args.json else 2))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.terminal import run_terminal_chat

    return run_terminal_chat(_guide(settings), settings)


def cmd_kb(args: argparse.Namespace, settings: Settings) -> int:
    from bot import kbcommands

    return kbcommands.run(args, settings, _engine(settings))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Kamakura welfare guide bot")
    sub = p.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer questions as JSON (the contract)")
    ask.add_argument("--json", action="store_true", help="one compact JSON object")
    ask.add_argument("--jsonl", action="store_true", help="questions on stdin, one JSON line each")
    ask.add_argument("text", nargs="*")
    ask.set_defaults(func=cmd_ask)

    chat = sub.add_parser("chat", help="the guided conversation in the terminal")
    chat.set_defaults(func=cmd_chat)

    kb = sub.add_parser("kb", help="knowledge base: load, check, dump, stats, import-plan")
    kbsub = kb.add_subparsers(dest="kb_command", required=True)
    load = kbsub.add_parser("load", help="validate data/*.yaml and load them into the database")
    load.add_argument("--data", type=Path, help="data folder (default: data/)")
    check = kbsub.add_parser("check", help="validate; one problem a line, exit 1 if any")
    check.add_argument("--files", action="store_true", help="check data/*.yaml instead of the database")
    check.add_argument("--data", type=Path)
    dump = kbsub.add_parser("dump", help="the whole knowledge base")
    dump.add_argument("--json", action="store_true")
    kbsub.add_parser("stats", help="counts by kind and plan coverage")
    imp = kbsub.add_parser("import-plan", help="re-read a plan's tables from text into data/services.yaml")
    imp.add_argument("file", type=Path)
    imp.add_argument("--out", type=Path, help="services file to merge into (default: data/services.yaml)")
    imp.add_argument("--dry-run", action="store_true", help="report counts, write nothing")
    kb.set_defaults(func=cmd_kb)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    try:
        return int(args.func(args, settings))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
