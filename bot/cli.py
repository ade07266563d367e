"""Command line: `python -m bot …` (also installed as the console script pyproject.toml names)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.config import Settings, SettingsError, load_settings
from bot.schema import migrate
from knowledge.db import make_engine


def _engine(settings: Settings):
    engine = make_engine(settings.database_url)
    migrate(engine)  # the schema at the newest revision (creates it, or adopts a create_all database)
    return engine


def _guide(settings: Settings, prefetch: bool = True):
    from core.guide import Guide
    from core.loading import ensure_loaded

    engine = _engine(settings)
    ensure_loaded(engine, settings)
    return Guide(engine, index_cache=settings.cache_dir, prefetch=prefetch)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from core.answer import to_contract

    guide = _guide(settings, prefetch=False)  # the kana reader is built if a message needs it, not before
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
    if args.jsonl:
        return _chat_script(settings)
    from handlers.terminal import run_terminal_chat

    return run_terminal_chat(_guide(settings), settings)


def _chat_script(settings: Settings) -> int:
    """`chat --jsonl`: the conversation the messengers run (same turn, same state store), one JSON step a line."""
    import core.state  # noqa: F401  (registers conversation_state before create_tables)
    from core.conversation import Conversation
    from core.state import StateStore, WriteBehind
    from handlers.script import ScriptChannel

    guide = _guide(settings)
    store = StateStore(guide.engine, settings.user_id_salt, settings.state_ttl_hours)
    channel = ScriptChannel()
    conversation = Conversation(guide, WriteBehind(store),
                                keeps_text=settings.keep_message_text, review_days=settings.review_retention_days)
    try:
        return channel.run(conversation)
    finally:
        conversation.close()


def cmd_kb(args: argparse.Namespace, settings: Settings) -> int:
    from bot import kbcommands

    return kbcommands.run(args, settings, _engine(settings))


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.server import serve

    return serve(args.host, args.port, settings)


def cmd_telegram(args: argparse.Namespace, settings: Settings) -> int:
    import core.state  # noqa: F401  (registers conversation_state before create_tables)
    from bot.server import LINE_WORKER
    from bot.workers import Answers
    from core.conversation import Conversation
    from core.state import StateStore, WriteBehind
    from handlers.telegram.bot import build_application
    from ops.shards import ShardPool
    from ops.zygote import fork_zygote

    if not settings.telegram_bot_token:
        print("TELEGRAM_BOT_TOKEN is not set", file=sys.stderr)
        return 2
    from ops.logs import configure as configure_logging

    configure_logging()  # the same JSON lines without words as the server's
    # With LINE_WORKERS the turns are answered in worker processes (bot/workers.py), as in the server.
    pool = ShardPool(LINE_WORKER, settings, settings.line_workers) if settings.line_workers > 0 else None
    if pool is not None:
        fork_zygote(LINE_WORKER)  # one thread, no database, no event loop yet: the workers share our imports
    guide = _guide(settings)
    store = StateStore(guide.engine, settings.user_id_salt, settings.state_ttl_hours)
    conversation = Conversation(guide, WriteBehind(store), keeps_text=settings.keep_message_text,
                                review_days=settings.review_retention_days)
    app = build_application(settings.telegram_bot_token, settings.telegram_api_base_url,
                            Answers(conversation, pool).telegram, webhook=False)
    if pool is not None:
        app.post_init, app.post_stop = (lambda _: pool.start()), (lambda _: pool.stop(20.0))
    print("Telegram: polling (Ctrl-C to stop)", file=sys.stderr)
    try:
        app.run_polling(drop_pending_updates=False)
    finally:
        conversation.close()
    return 0


def cmd_line(args: argparse.Namespace, settings: Settings) -> int:
    from handlers.line.richmenu import IMAGE_FILE, register

    if not settings.line_channel_access_token:
        print("LINE_CHANNEL_ACCESS_TOKEN is not set", file=sys.stderr)
        return 2
    if args.image is not None and not args.image.is_file():
        print(f"no such image: {args.image}", file=sys.stderr)
        return 2
    menu_id, default = register(settings.line_channel_access_token, settings.line_api_base_url, args.image)
    print(menu_id)
    if default:
        print(f"image {args.image or IMAGE_FILE} uploaded; the menu is now the default", file=sys.stderr)
    else:
        print(f"created without an image ({IMAGE_FILE} is missing): LINE shows it only after an image is "
              "uploaded; draw one with `python -m handlers.line.draw_richmenu` or pass `--image FILE` "
              "(2500x843 PNG/JPEG, the four labels drawn on it)", file=sys.stderr)
    return 0


def cmd_admin(args: argparse.Namespace, settings: Settings) -> int:
    """`admin create-user NAME --role editor|viewer`: the password is read from stdin or asked for."""
    import getpass

    from backoffice.auth import create_user

    if sys.stdin.isatty():
        password = getpass.getpass("password (10+ characters): ")
        if getpass.getpass("again: ") != password:
            print("error: the two passwords differ", file=sys.stderr)
            return 2
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        create_user(_engine(settings), args.username, password, args.role)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"created {args.role} {args.username}", file=sys.stderr)
    return 0


def cmd_privacy(args: argparse.Namespace, settings: Settings) -> int:
    from backoffice import privacy

    return privacy.run(args, lambda: _engine(settings))


def _kb_parser(sub: Any) -> None:
    """`kb …`: the knowledge base's commands (bot/kbcommands.py)."""
    kb = sub.add_parser("kb", help="knowledge base: load, check, dump, stats, import-plan, export, import, export-hsds, import-hsds")
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
    exp = kbsub.add_parser("export", help="write the knowledge base as FILE.xlsx or FILE.csv (UTF-8 with BOM)")
    exp.add_argument("file", type=Path)
    sheet = kbsub.add_parser("import", help="apply an edited .xlsx/.csv in one transaction, or nothing")
    sheet.add_argument("file", type=Path)
    sheet.add_argument("--dry-run", action="store_true", help="show changes and invalid cells, change nothing")
    hsds_out = kbsub.add_parser("export-hsds", help="write DIR/services.json and DIR/organizations.json "
                                "(Open Referral HSDS 3, docs/HSDS.md)")
    hsds_out.add_argument("dir", type=Path)
    hsds_in = kbsub.add_parser("import-hsds", help="merge HSDS 3 services and organizations from DIR in one "
                               "transaction, or nothing")
    hsds_in.add_argument("dir", type=Path)
    hsds_in.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    kb.set_defaults(func=cmd_kb)


def _setup_parsers(sub: Any) -> None:
    """`line richmenu`, `admin create-user`, `privacy purge`: set-up and housekeeping."""
    line = sub.add_parser("line", help="LINE channel set-up")
    linesub = line.add_subparsers(dest="line_command", required=True)
    richmenu = linesub.add_parser("richmenu", help="register handlers/line/richmenu.json with its image "
                                  "(handlers/line/richmenu.png) as the default menu")
    richmenu.add_argument("--image", type=Path,
                          help="upload this image instead of handlers/line/richmenu.png (2500x843 PNG/JPEG)")
    line.set_defaults(func=cmd_line)

    admin = sub.add_parser("admin", help="staff accounts for the /admin pages")
    adminsub = admin.add_subparsers(dest="admin_command", required=True)
    create = adminsub.add_parser("create-user", help="create a staff account (password from stdin or a prompt)")
    create.add_argument("username")
    create.add_argument("--role", choices=["editor", "viewer"], default="editor")
    admin.set_defaults(func=cmd_admin)

    privacy = sub.add_parser("privacy", help="residents' data (docs/PRIVACY.md)")
    privsub = privacy.add_subparsers(dest="privacy_command", required=True)
    purge = privsub.add_parser("purge", help="delete expired conversation state and rows older than DAYS")
    purge.add_argument("--older-than", metavar="DAYS", required=True, help="a whole number of days, 0 or more")
    purge.add_argument("--dry-run", action="store_true", help="count only, delete nothing")
    purge.add_argument("--json", action="store_true", help="the counts as one JSON object")
    privacy.set_defaults(func=cmd_privacy)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Welfare guide bot (the city: city.yaml in the data folder)")
    sub = p.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer questions as JSON (the contract)")
    ask.add_argument("--json", action="store_true", help="one compact JSON object")
    ask.add_argument("--jsonl", action="store_true", help="questions on stdin, one JSON line each")
    ask.add_argument("text", nargs="*")
    ask.set_defaults(func=cmd_ask)

    chat = sub.add_parser("chat", help="the guided conversation in the terminal")
    chat.add_argument("--jsonl", action="store_true",
                      help="scripted: JSON steps on stdin ({text|choose|new, lang}), one JSON reply a line")
    chat.set_defaults(func=cmd_chat)

    _kb_parser(sub)

    serve = sub.add_parser("serve", help="the HTTP server: LINE and Telegram webhooks, web chat, /api/ask")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=cmd_serve)

    telegram = sub.add_parser("telegram", help="run the Telegram bot on its own")
    telegram.add_argument("--polling", action="store_true", required=True,
                          help="fetch updates by long polling (local use; the server uses the webhook)")
    telegram.set_defaults(func=cmd_telegram)

    _setup_parsers(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:  # a startup error, like a bad argument: name the variable, exit 2
        print(f"welfare guide: setting error: {exc}", file=sys.stderr)
        return 2
    try:
        return int(args.func(args, settings))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
