"""Settings from the environment (a `.env` file in the working folder may supply them); the `Settings`
value itself is defined in `core/settings.py`, below every layer that reads it."""

from __future__ import annotations

import os
from pathlib import Path

from core.settings import CITY_MAIN_NUMBER, Settings

__all__ = ["CITY_MAIN_NUMBER", "DEFAULT_DATA_DIR", "DEFAULT_DB", "ROOT", "Settings", "load_settings"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = ROOT / "data"
DEFAULT_DB = ROOT / "var" / "kamakura.db"  # the project's data directory for run-time files


def _load_dotenv(path: Path) -> None:
    """Minimal .env support: KEY=VALUE lines; the real environment wins."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.strip().partition("=")
        if sep and key and not key.startswith("#"):
            os.environ.setdefault(key.strip(), value.strip().strip('"').strip("'"))


def load_settings() -> Settings:
    _load_dotenv(Path.cwd() / ".env")
    env = os.environ
    contract = ROOT.parent / "shared" / "contract"
    return Settings(
        database_url=env.get("DATABASE_URL") or f"sqlite:///{DEFAULT_DB}",
        data_dir=Path(env.get("KB_DATA_DIR") or DEFAULT_DATA_DIR),
        contract_dir=contract if contract.is_dir() else None,
        cache_dir=ROOT / "var" / "cache",
        line_channel_secret=env.get("LINE_CHANNEL_SECRET") or None,
        line_channel_access_token=env.get("LINE_CHANNEL_ACCESS_TOKEN") or None,
        line_api_base_url=env.get("LINE_API_BASE_URL") or "https://api.line.me",
        telegram_bot_token=env.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_webhook_secret=env.get("TELEGRAM_WEBHOOK_SECRET") or None,
        telegram_api_base_url=env.get("TELEGRAM_API_BASE_URL") or "https://api.telegram.org",
        user_id_salt=env.get("USER_ID_SALT") or "development-salt",
        keep_message_text=(env.get("KEEP_MESSAGE_TEXT") or "").lower() in ("1", "true", "yes"),
        state_ttl_hours=int(env.get("STATE_TTL_HOURS") or 24),
        review_retention_days=int(env.get("REVIEW_RETENTION_DAYS") or 90),
        rate_limit_per_minute=int(env.get("RATE_LIMIT_PER_MINUTE") or 30),
        line_workers=max(0, int(env.get("LINE_WORKERS") or 0)),
    )
