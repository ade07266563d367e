"""docker-compose.yml scales (`docker compose up --scale bot=2`, docs/SCALING.md): a proxy publishes the port,
the bot publishes none, and the proxy's configuration sends to every replica of bot:8000 (LINE webhooks round
robin, the rest by client address). Docker cannot run here: the files' shape is checked."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def services() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))["services"]


def test_the_bot_publishes_no_host_port_so_it_can_be_scaled():
    bot = services()["bot"]
    assert "ports" not in bot and "container_name" not in bot
    assert "8000" in [str(p) for p in bot.get("expose", [])]
    assert bot["environment"]["DATABASE_URL"].startswith("postgresql://"), "replicas share one PostgreSQL"


def test_a_proxy_publishes_the_port_and_reads_the_config_in_the_repository():
    proxy = services()["proxy"]
    assert proxy["image"].startswith(("nginx:", "caddy:"))
    assert "8000:8000" in proxy["ports"]
    mounts = [v.split(":") for v in proxy["volumes"]]
    assert ["./deploy/nginx.conf", "/etc/nginx/nginx.conf", "ro"] in mounts
    assert (ROOT / "deploy" / "nginx.conf").is_file()


def test_the_proxy_config_points_at_every_replica_of_bot_8000():
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    code = "\n".join(line.split("#")[0] for line in conf.splitlines())
    assert code.count("{") == code.count("}")
    upstreams = dict(re.findall(r"upstream\s+(\w+)\s*\{([^}]*)\}", code))
    assert upstreams and all(re.search(r"server\s+bot:8000\s+resolve;", body) for body in upstreams.values())
    assert "resolver 127.0.0.11" in code, "Docker's DNS: the name bot is every replica, followed as they change"
    webhook = re.search(r"location\s*=\s*/line/webhook\s*\{([^}]*)\}", code)
    assert webhook and "proxy_pass http://bot_any;" in webhook.group(1)
    assert "hash" not in upstreams["bot_any"], "LINE webhooks go to any replica: the order is kept in the database"
    assert re.search(r"hash\s+\$binary_remote_addr", upstreams["bot_by_client"])
    assert re.search(r"location\s*/\s*\{\s*proxy_pass http://bot_by_client;", code)


def test_replicas_run_one_built_image_and_install_nothing_at_start():
    bot = services()["bot"]
    assert bot.get("build") == "." and "image" not in bot
    assert "pip" not in str(bot.get("command", "")), "several pip installs into one folder at start would race"
    assert "./:/app" not in bot.get("volumes", []), "the image holds the project; a mounted tree would shadow it"
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert dockerfile.startswith("#") and "FROM python:3.11" in dockerfile and "pip install" in dockerfile
    cmd = next(line for line in dockerfile.splitlines() if line.startswith("CMD"))
    assert "bot.schema" in cmd and "bot serve --host 0.0.0.0 --port 8000" in cmd
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".venv", ".git", "var", ".env"} <= set(ignored), "no local venv, history, database or secrets in the image"
