"""A private, throw-away PostgreSQL cluster from Debian's binaries (/usr/lib/postgresql/*/bin), for tests,
fault drills and the bench soak. It listens on 127.0.0.1 on a free port (kept across restarts), with trust
authentication for the `postgres` superuser, and a socket folder of its own, so it never touches a system
cluster. As root the server runs as the `postgres` OS user (initdb refuses root).

    pg = PgServer(tmp_path / "pg").start()     # initdb on first start, then pg_ctl start
    url = pg.create_database("faults")          # SQLAlchemy URL of a new empty database
    pg.stop(); pg.start()  /  pg.restart()      # same port, same data
    pg.destroy()                                # stop and delete the cluster

From the command line (the Makefile's PostgreSQL pass):

    python tests/pgserver.py start DIR          # prints the server's URL (database `postgres`)
    python tests/pgserver.py stop DIR
    python tests/pgserver.py destroy DIR

DIR holds `pgserver.json` (port, data folder) and normally the cluster itself (`DIR/data`). When DIR is
not reachable by the `postgres` user (pytest's 0700 temporary folders as root), the cluster lives in a
folder of its own under the system temporary folder, recorded in `pgserver.json`.
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SUPERUSER = "postgres"
OS_USER = "postgres"  # runs the server when we are root
STATE = "pgserver.json"
# A throw-away cluster: no durability work (a clean stop still keeps everything), enough connections
# for a test session's many small pools, and UTC like the application's sessions.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "timezone": "'UTC'",
    "log_min_messages": "warning",
    "logging_collector": "off",
}


def bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin with initdb, pg_ctl and postgres, or None."""
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/postgres")]
    found = [d for d in found if (d / "initdb").exists() and (d / "pg_ctl").exists()]
    return max(found, key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0) if found else None


def available() -> bool:
    """Whether Debian's PostgreSQL server binaries are installed (and, as root, the postgres user exists)."""
    if bin_dir() is None:
        return False
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(OS_USER)
        except KeyError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One private cluster rooted at `directory`."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.dir = Path(directory).resolve()
        self.bin = bin_dir()
        self._as_root = os.geteuid() == 0
        state = self._read_state()
        self.port: int = int(state.get("port") or 0)
        self.data = Path(state["data"]) if state.get("data") else self.dir / "data"

    # --- public ------------------------------------------------------------------------------
    @staticmethod
    def available() -> bool:
        return available()

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the maintenance database `postgres` (create others with create_database)."""
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def running(self) -> bool:
        if self.bin is None or not (self.data / "PG_VERSION").exists():
            return False
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def start(self, timeout: float = 60.0) -> PgServer:
        """Create the cluster on first use, then start it (a running cluster is left as it is)."""
        if self.bin is None:
            raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin")
        self.dir.mkdir(parents=True, exist_ok=True)
        if not (self.data / "PG_VERSION").exists():
            self._init()
        if self.running():
            return self
        if not self.port:
            self.port = free_port()
            self._write_state()
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.data / "server.log"), "-o", f"-p {self.port}",
                  "-w", "-t", str(int(timeout)), "start")
        self._wait_ready(timeout)
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`fast`: roll back open transactions, disconnect clients, clean shutdown)."""
        if self.running():
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def restart(self, timeout: float = 60.0) -> PgServer:
        """Stop and start again on the same port with the same data."""
        self.stop()
        return self.start(timeout)

    def destroy(self) -> None:
        """Stop the server and delete the cluster and the state file."""
        self.stop("immediate")
        shutil.rmtree(self.data, ignore_errors=True)
        if self.data.parent != self.dir:  # a cluster of its own under the temporary folder
            shutil.rmtree(self.data.parent, ignore_errors=True)
        (self.dir / STATE).unlink(missing_ok=True)

    def create_database(self, name: str) -> str:
        """Create an empty database `name`; returns its SQLAlchemy URL."""
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{_ident(name)}"')
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{_ident(name)}" WITH (FORCE)')

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.destroy()

    # --- internals ---------------------------------------------------------------------------
    def _admin(self) -> Any:
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                               autocommit=True, connect_timeout=10)

    def _read_state(self) -> dict[str, Any]:
        try:
            return dict(json.loads((self.dir / STATE).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def _write_state(self) -> None:
        (self.dir / STATE).write_text(json.dumps({"port": self.port, "data": str(self.data)}), encoding="utf-8")

    def _init(self) -> None:
        if self._as_root:
            self.data = self._root_data_dir()
        else:
            self.data.mkdir(parents=True, exist_ok=True)
            self.data.chmod(0o700)
        self._write_state()
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                  "--locale=C", "--no-sync")
        (self.data / "socket").mkdir(exist_ok=True)
        if self._as_root:
            shutil.chown(self.data / "socket", OS_USER, OS_USER)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            settings = SETTINGS | {"unix_socket_directories": "'" + str(self.data / "socket").replace("'", "''") + "'"}
            conf.write("\n# tests/pgserver.py\n" + "".join(f"{k} = {v}\n" for k, v in settings.items()))

    def _root_data_dir(self) -> Path:
        """A data folder the postgres user owns: DIR/data when it can reach it, else one of its own."""
        data = self.dir / "data"
        data.mkdir(parents=True, exist_ok=True)
        shutil.chown(data, OS_USER, OS_USER)
        data.chmod(0o700)
        probe = subprocess.run(["runuser", "-u", OS_USER, "--", "test", "-w", str(data)], check=False)
        if probe.returncode == 0:
            return data
        data.rmdir()
        own = Path(tempfile.mkdtemp(prefix="pgserver-"))
        own.chmod(0o755)
        shutil.chown(own, OS_USER, OS_USER)
        data = own / "data"
        data.mkdir(mode=0o700)
        shutil.chown(data, OS_USER, OS_USER)
        return data

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert self.bin is not None
        cmd = [str(self.bin / tool), *args]
        if self._as_root:
            cmd = ["runuser", "-u", OS_USER, "--", *cmd]
        # cwd: the postgres user may not be allowed into the caller's folder.
        p = subprocess.run(cmd, cwd="/", stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
        if check and p.returncode != 0:
            log = self.data / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed ({p.returncode}): {p.stdout}{p.stderr}{tail}")
        return p

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"PostgreSQL did not listen on 127.0.0.1:{self.port}") from None
                time.sleep(0.05)


def _ident(name: str) -> str:
    if not name or '"' in name or "\0" in name:
        raise ValueError(f"bad database name: {name!r}")
    return name


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop", "destroy", "url"):
        print("usage: pgserver.py start|stop|destroy|url DIR", file=sys.stderr)
        return 2
    command, directory = argv
    if command == "start" and not available():
        print("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin", file=sys.stderr)
        return 3
    pg = PgServer(directory)
    if command == "start":
        pg.start()
        print(pg.url)
    elif command == "stop":
        pg.stop()
    elif command == "destroy":
        pg.destroy()
    else:
        print(pg.url)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
