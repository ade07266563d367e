"""The settings every layer reads: one frozen value, made by the composition root (`bot/config.py`
reads them from the environment) and handed down. Nothing here reads the environment."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


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
    # The public endpoints (/api/chat, /api/ask), handlers/limits.py; 0 turns a limit off.
    public_per_ip_minute: int = 60  # requests a client address may send a minute on average (429 beyond)
    public_total_second: int = 20  # requests a second from all clients together
    public_concurrent: int = 4  # answers in progress at once; more wait ...
    public_waiting: int = 32  # ... up to this many, then 429 at once
    extra: dict[str, str] = field(default_factory=dict)
