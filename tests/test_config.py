"""Settings (bot/config.py): read from the environment and `.env` with Starlette's `Config`, never written
back to `os.environ`; yes/no values in every usual spelling, and an unusable value stops the start with the
variable's name (exit 2) instead of silently meaning "off"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent
NO_FILE = Path("/nonexistent/.env")


@pytest.mark.parametrize("value", ["1", "true", "TRUE", "yes", "Yes", "on", "ON", " on "])
def test_yes_values_turn_a_flag_on(value: str) -> None:
    assert load_settings({"KEEP_MESSAGE_TEXT": value}, NO_FILE).keep_message_text is True


@pytest.mark.parametrize("value", ["0", "false", "no", "off", "OFF", ""])
def test_no_values_and_empty_turn_it_off(value: str) -> None:
    assert load_settings({"KEEP_MESSAGE_TEXT": value}, NO_FILE).keep_message_text is False


def test_defaults_as_documented() -> None:
    s = load_settings({}, NO_FILE)
    assert s.keep_message_text is False and s.state_ttl_hours == 24 and s.review_retention_days == 90
    assert s.rate_limit_per_minute == 30 and s.line_workers == 0 and s.user_id_salt == "development-salt"
    assert s.line_api_base_url == "https://api.line.me" and s.telegram_api_base_url == "https://api.telegram.org"
    assert s.database_url.startswith("sqlite:///") and s.line_channel_secret is None and s.extra == {}


@pytest.mark.parametrize(("name", "value"), [("KEEP_MESSAGE_TEXT", "sure"), ("KEEP_MESSAGE_TEXT", "2"),
                                             ("STATE_TTL_HOURS", "a day"), ("LINE_WORKERS", "1.5")])
def test_garbage_is_an_error_naming_the_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        load_settings({name: value}, NO_FILE)


def test_dotenv_is_read_without_changing_os_environ(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("# a comment\nKEEP_MESSAGE_TEXT=on\nRATE_LIMIT_PER_MINUTE=7\n"
                        "USER_ID_SALT=\"quoted-salt\"\nADMIN_SECRET_KEY=k3y\nKAMAKURA_TEST_ONLY=x\n", encoding="utf-8")
    for name in ("KEEP_MESSAGE_TEXT", "RATE_LIMIT_PER_MINUTE", "USER_ID_SALT", "ADMIN_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    before = dict(os.environ)
    monkeypatch.chdir(tmp_path)  # the default file is .env in the working folder
    s = load_settings()
    assert s.keep_message_text is True and s.rate_limit_per_minute == 7 and s.user_id_salt == "quoted-salt"
    assert s.extra == {"admin_secret_key": "k3y"}  # the admin reads its key from here
    assert dict(os.environ) == before


def test_the_environment_wins_over_dotenv(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("KEEP_MESSAGE_TEXT=on\nSTATE_TTL_HOURS=5\nLINE_WORKERS=2\n", encoding="utf-8")
    s = load_settings({"KEEP_MESSAGE_TEXT": "off", "STATE_TTL_HOURS": "12"}, env_file)
    assert s.keep_message_text is False and s.state_ttl_hours == 12 and s.line_workers == 2


def test_a_bad_value_stops_the_command_line_with_status_2(tmp_path: Path) -> None:
    env = {**os.environ, "KEEP_MESSAGE_TEXT": "maybe", "DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}
    proc = subprocess.run([sys.executable, "-m", "bot", "kb", "check"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "KEEP_MESSAGE_TEXT" in proc.stderr and "Traceback" not in proc.stderr
