"""Worker processes forked from one process that has already imported what they run (Linux).

A worker started as a new interpreter imports its own copy of every module (SQLAlchemy, the LINE SDK, the
core: ≈ 90 MB private each). The zygote imports the worker's entry module once, freezes those objects for
the garbage collector (`gc.freeze`, so no collection writes to their pages) and then only forks: each
worker shares the imported pages with the zygote and its siblings, copy-on-write.

The zygote is single-threaded and never runs an event loop, so forking it is safe. Each worker is forked
twice (the middle process exits at once), so it is re-parented to the server, which marks itself a child
subreaper: the server waits for its workers as for any child, and tests see them as its children.

Frames on the zygote's control socket: "fork" + the worker's socket (SCM_RIGHTS); the zygote answers
nothing (the worker sends ("pid", n) on its own socket first). End of stream: the zygote exits.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NAME = 15
ZYGOTE_NAME = b"shards-zygote"  # the zygote's process name (/proc/PID/comm); its workers are "shards-worker"


def _prctl(option: int, value: int | bytes) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return bool(ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def become_subreaper() -> bool:
    """Orphaned descendants of this process become its children (Linux prctl); False where not possible."""
    return _prctl(PR_SET_CHILD_SUBREAPER, 1)


class Forked:
    """A forked worker, by pid, with the parts of `subprocess.Popen` the pool uses."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # not our child (no subreaper): gone once it cannot be signalled
                try:
                    os.kill(self.pid, 0)
                except ProcessLookupError:
                    self.returncode = -1
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"worker {self.pid}", timeout or 0)
            time.sleep(0.02)
        return code

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


class Zygote:
    """The server's side: start the zygote (it imports `entry`'s module), then ask it for workers."""

    def __init__(self, entry: str, start_timeout: float) -> None:
        self.entry = entry
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.control: socket.socket | None = None

    def start(self) -> None:
        """Blocking (run it in a thread): returns once the zygote has imported the entry's module."""
        ours, theirs = socket.socketpair()
        with theirs:
            self.process = subprocess.Popen([sys.executable, "-m", "ops.zygote", self.entry, str(theirs.fileno())],
                                            pass_fds=(theirs.fileno(),), cwd=ROOT)
        ours.settimeout(self.start_timeout)
        try:
            ready = ours.recv(16)
        except OSError:
            ready = b""
        if ready != b"ready":
            ours.close()
            self.process.kill()
            self.process.wait()
            raise OSError("the zygote did not start")
        ours.settimeout(None)
        self.control = ours

    @property
    def alive(self) -> bool:
        return self.control is not None and self.process is not None and self.process.poll() is None

    def fork(self, fd: int) -> None:
        """A new worker on socket `fd` (which the caller closes on its side)."""
        assert self.control is not None
        socket.send_fds(self.control, [b"fork"], [fd])

    def close(self) -> None:
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.process is not None:
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def main(argv: list[str]) -> int:
    """`python -m ops.zygote ENTRY FD`: started by ShardPool, never by hand."""
    import importlib

    from ops.logs import configure
    from ops.shards import run_child

    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, signal.SIG_IGN)  # like the workers: the server ends our stream
    configure()
    _prctl(PR_SET_NAME, ZYGOTE_NAME)
    entry, control = argv[1], socket.socket(fileno=int(argv[2]))
    importlib.import_module(entry.partition(":")[0])  # what every worker imports, once
    gc.collect()
    gc.freeze()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the middle processes are reaped by the kernel
    control.sendall(b"ready")
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 16, 1)
        except OSError:
            return 0
        if not message:
            return 0
        for fd in fds:
            if os.fork() == 0:  # the middle process
                if os.fork() == 0:  # the worker, re-parented to the server's subreaper
                    code = 1
                    try:
                        control.close()
                        _prctl(PR_SET_NAME, b"shards-worker")
                        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                        code = run_child(entry, fd)
                    finally:
                        os._exit(code)  # never back into this loop
                os._exit(0)
            os.close(fd)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
