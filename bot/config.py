"""Settings from the environment, or a `.env` file in the working folder (the environment wins); the
`Settings` value itself is defined in `core/settings.py`, below every layer that reads it.

Read with Starlette's `Config`: the `.env` file is read, never copied into `os.environ`. An empty value
means the default. A yes/no setting takes 1/0, true/false, yes/no or on/off (any case); a value that is none
of these, or a number that is not a whole number, stops the program at start with the variable's name
(`SettingsError`; the command line exits with status 2) instead of silently meaning "off".
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from starlette.config import Config

from core.geo import use as use_points
from core.settings import Settings
from knowledge.city import DEFAULT_DATA_DIR, activate

__all__ = ["DEFAULT_DATA_DIR", "DEFAULT_DB_DIR", "ROOT", "Settings", "SettingsError",
           "load_settings"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_DIR = ROOT / "var"  # the project's directory for run-time files: the SQLite file is <city slug>.db

TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off")


class SettingsError(ValueError):
    """A setting's value cannot be used; the message names the variable and what it accepts."""


class _Reader:
    """One variable at a time from the environment, then the `.env` file; "" counts as unset."""

    def __init__(self, environ: Mapping[str, str], env_file: Path | None) -> None:
        self.config = Config(env_file if env_file is not None and env_file.is_file() else None, environ=environ)

    def text(self, name: str, default: str | None = None) -> str | None:
        value = self.config(name, default=None)
        return value.strip() if value and value.strip() else default

    def flag(self, name: str, default: bool) -> bool:
        value = self.text(name)
        if value is None:
            return default
        if value.lower() in TRUE:
            return True
        if value.lower() in FALSE:
            return False
        raise SettingsError(f"{name}={value!r} is not a yes/no value: use one of "
                            f"{'/'.join(TRUE)} (on) or {'/'.join(FALSE)} (off)")

    def number(self, name: str, default: int, minimum: int | None = None) -> int:
        value = self.text(name)
        if value is None:
            return default
        try:
            n = int(value)
        except ValueError:
            raise SettingsError(f"{name}={value!r} is not a whole number") from None
        return n if minimum is None else max(minimum, n)


def load_settings(environ: Mapping[str, str] | None = None, env_file: Path | None = None) -> Settings:
    """The settings from `environ` (default: the process's environment) and `env_file` (default: `.env`
    in the working folder); neither is changed. Raises `SettingsError` for an unusable value."""
    env = _Reader(os.environ if environ is None else environ, Path.cwd() / ".env" if env_file is None else env_file)
    contract = env.text("CONTRACT_DIR")  # a folder with counters.tsv; default: data/required_counters.tsv
    admin_key = env.text("ADMIN_SECRET_KEY")  # read by the admin (handlers/admin/app.py) from `extra`
    data_dir = Path(env.text("KB_DATA_DIR") or DEFAULT_DATA_DIR)
    city = activate(data_dir)  # the guide speaks of the data folder's city (city.yaml) from now on
    use_points(data_dir)  # its towns' points, to read a shared location (core/geo.py)
    return Settings(
        database_url=env.text("DATABASE_URL") or f"sqlite:///{DEFAULT_DB_DIR / (city.slug + '.db')}",
        data_dir=data_dir,
        contract_dir=Path(contract) if contract else None,
        cache_dir=ROOT / "var" / "cache",
        line_channel_secret=env.text("LINE_CHANNEL_SECRET"),
        line_channel_access_token=env.text("LINE_CHANNEL_ACCESS_TOKEN"),
        line_api_base_url=env.text("LINE_API_BASE_URL") or "https://api.line.me",
        telegram_bot_token=env.text("TELEGRAM_BOT_TOKEN"),
        telegram_webhook_secret=env.text("TELEGRAM_WEBHOOK_SECRET"),
        telegram_api_base_url=env.text("TELEGRAM_API_BASE_URL") or "https://api.telegram.org",
        user_id_salt=env.text("USER_ID_SALT") or "development-salt",
        keep_message_text=env.flag("KEEP_MESSAGE_TEXT", False),
        state_ttl_hours=env.number("STATE_TTL_HOURS", 24),
        review_retention_days=env.number("REVIEW_RETENTION_DAYS", 90),
        rate_limit_per_minute=env.number("RATE_LIMIT_PER_MINUTE", 30),
        line_workers=env.number("LINE_WORKERS", 0, minimum=0),
        public_per_ip_minute=env.number("PUBLIC_PER_IP_MINUTE", 60, minimum=0),
        public_total_second=env.number("PUBLIC_TOTAL_SECOND", 20, minimum=0),
        public_concurrent=env.number("PUBLIC_CONCURRENT", 4, minimum=1),
        public_waiting=env.number("PUBLIC_WAITING", 32, minimum=0),
        extra={"admin_secret_key": admin_key} if admin_key else {},
    )
