"""Structured logs: one JSON object a line, and nothing of a resident in them.

Log calls in this project pass counts, ids of our own (event ids, entry ids), class names of errors
and durations, never message text or a messenger user id; `describe` names an error without its
message, which may quote a resident's words. httpx's request lines are silenced: they carry the
Telegram bot token in the URL.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = describe(record.exc_info[1])
        return json.dumps(entry, ensure_ascii=False)


def describe(exc: BaseException) -> str:
    """`KeyError at core/dialogue.py:123 in handle`: where and what, not the message."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f.filename.startswith(str(ROOT)) and "/.venv/" not in f.filename]
    if not frames:
        return type(exc).__name__
    frame = (ours or frames)[-1]
    where = Path(frame.filename)
    shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where.name
    return f"{type(exc).__name__} at {shown}:{frame.lineno} in {frame.name}"


def configure(level: int = logging.INFO) -> None:
    """JSON lines on stderr for the server; quiet libraries whose lines would leak secrets."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "telegram", "aiohttp.access", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
