"""Settings from the environment (a `.env` file in the working folder may supply them)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = ROOT / "data"
DEFAULT_DB = ROOT / "var" / "kamakura.db"  # the project's data directory for run-time files
CITY_MAIN_NUMBER = "0467-23-3000"


def _load_dotenv(path: Path) -> None:
    """Minimal .env support: KEY=VALUE lines; the real environment wins."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.strip().partition("=")
        if sep and key and not key.startswith("#"):
            os.environ.setdefault(key.strip(), value.strip().strip('"').strip("'"))


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    contract_dir: Path | None
    cache_dir: Path | None = None
    line_channel_secret: str | None = None
    line_channel_access_token: str | None = None
    line_api_base_url: str = "https://api.line.me"
    telegram_bot_token: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org"
    user_id_salt: str = "development-salt"
    keep_message_text: bool = False
    state_ttl_hours: int = 24
    review_retention_days: int = 90  # unanswered-question rows for the staff review are deleted after this
    rate_limit_per_minute: int = 30  # messages a resident may send a minute on average (0: no limit)
    line_workers: int = 0  # LINE events worked off in this many processes (0: in the server's own)
    extra: dict[str, str] = field(default_factory=dict)


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
