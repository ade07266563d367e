"""Worker processes forked from one process that has already imported what they run (Linux).

A worker started as a new interpreter imports its own copy of every module (SQLAlchemy, the LINE SDK, the
core: ≈ 90 MB private each). The zygote holds those modules once, frozen for the garbage collector
(`gc.freeze`, so no collection writes to their pages), and then only forks: each worker shares the
imported pages with the zygote and its siblings, copy-on-write.

The server forks its zygote itself (`fork_zygote`, in `serve` before any thread or event loop starts), so
the server's own imports are shared too; elsewhere (a pool started by a test, or after the zygote died)
the zygote is a new interpreter (`python -m ops.zygote`) that imports the worker's entry module. Before the
first worker, the pool asks the zygote to `prepare`: the entry module's `prepare(settings)` runs there once
(bot/workers.py builds the index), so every worker starts with it shared rather than building its own.

The pool ends the zygote once its workers are up (ops/shards.py `ShardPool.start`): kept, it would hold, for
restarts only, its own copy of every page the workers have written to since (reference counts: ≈ 20–40 MB
once they have answered a while). A worker started again after a crash is a new interpreter that imports and
builds (or reads from the index cache) what it needs.

The zygote is single-threaded and never runs an event loop, so forking it is safe. Each worker is forked
twice (the middle process exits at once), so it is re-parented to the server, which marks itself a child
subreaper: the server waits for its workers as for any child, and tests see them as its children.

Messages on the zygote's control socket (SOCK_SEQPACKET): "fork" + the worker's socket (SCM_RIGHTS; the
worker sends ("pid", n) on its own socket first, the zygote answers nothing); "prepare" + pickled settings
(answered "ready" or "failed"). End of stream: the zygote exits.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import importlib
import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NAME = 15
MADV_DONTNEED = 4
ZYGOTE_NAME = b"shards-zygote"  # the zygote's process name (/proc/PID/comm); its workers are "shards-worker"
MAX_MESSAGE = 1 << 20  # bytes of one control message (the settings, pickled)
_FORKED: dict[str, tuple[int, socket.socket]] = {}  # entry → a zygote this process forked, not yet taken


def _prctl(option: int, value: int | bytes) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return bool(ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def trim_memory() -> None:
    """Give the C heap's free pages back to the system (glibc `malloc_trim`): after a start-up that read and
    built much, and before forking, so that neither this process nor a child keeps them; nothing elsewhere."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def release_mapped(suffix: str) -> int:
    """Drop from this process's page table the pages of its read-only shared mappings of files named `…suffix`
    (e.g. the 200 MB Sudachi dictionary, most of which its loading reads): nothing is lost, a page used again
    comes back from the page cache, and until then it counts for no process here. Bytes released (Linux)."""
    released = 0
    try:
        maps = Path("/proc/self/maps").read_text().splitlines()
        madvise = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):
        return 0
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    for line in maps:
        parts = line.split()
        if len(parts) < 6 or not parts[5].endswith(suffix) or parts[1] != "r--s":
            continue
        start, end = (int(x, 16) for x in parts[0].split("-"))
        if madvise(start, end - start, MADV_DONTNEED) == 0:
            released += end - start
    return released


def become_subreaper() -> bool:
    """Orphaned descendants of this process become its children (Linux prctl); False where not possible."""
    return _prctl(PR_SET_CHILD_SUBREAPER, 1)


class Forked:
    """A forked process, by pid, with the parts of `subprocess.Popen` the pool uses."""

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
                raise subprocess.TimeoutExpired(f"process {self.pid}", timeout or 0)
            time.sleep(0.02)
        return code

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def fork_zygote(entry: str) -> bool:
    """Fork the zygote of `entry` from this process now (its imports are then shared with every worker);
    a later `Zygote(entry).start()` takes it. Call it before any thread or event loop starts. False where
    there is no fork (the pool then starts a new interpreter)."""
    if not hasattr(os, "fork") or entry in _FORKED:
        return False
    become_subreaper()  # before the fork: the workers the zygote forks are re-parented to us
    _preload()
    gc.collect()
    gc.freeze()  # what exists now is shared: no collection here or there writes to its pages
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            ours.close()
            code = _zygote(entry, theirs)
        finally:
            os._exit(code)  # never back into the caller
    theirs.close()
    _FORKED[entry] = (pid, ours)
    return True


class Zygote:
    """The server's side: the zygote forked earlier (`fork_zygote`) or a new one that imports `entry`'s
    module; then `prepare` once and `fork` workers."""

    def __init__(self, entry: str, start_timeout: float) -> None:
        self.entry = entry
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | Forked | None = None
        self.control: socket.socket | None = None

    def start(self) -> None:
        """Blocking (run it in a thread): returns once the zygote has imported the entry's module."""
        if self.entry in _FORKED:
            pid, ours = _FORKED.pop(self.entry)
            self.process = Forked(pid)
        else:
            ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            with theirs:
                self.process = subprocess.Popen(
                    [sys.executable, "-m", "ops.zygote", self.entry, str(theirs.fileno())],
                    pass_fds=(theirs.fileno(),), cwd=ROOT)
        if self._answer(ours, self.start_timeout) != b"ready":
            ours.close()
            self.process.kill()
            self.process.wait()
            raise OSError("the zygote did not start")
        self.control = ours

    def open(self, settings: Any, name: str) -> bool:
        """Blocking: `start`, then `prepare`; False (and why, logged) if there is no zygote to fork from."""
        try:
            self.start()
        except OSError as exc:
            log.error("%s: no zygote (%s); each worker imports its own modules", name, exc)
            return False
        if not self.prepare(settings):
            log.error("%s: the zygote could not prepare; each worker builds its own", name)
        return True

    def prepare(self, settings: Any) -> bool:
        """Blocking: the entry module's `prepare(settings)` run in the zygote (e.g. the index built once, for
        every worker to share); False if it failed (the workers then do without)."""
        assert self.control is not None
        self.control.sendall(b"prepare" + pickle.dumps(settings, protocol=pickle.HIGHEST_PROTOCOL))
        return self._answer(self.control, self.start_timeout) == b"ready"

    @staticmethod
    def _answer(control: socket.socket, timeout: float) -> bytes:
        control.settimeout(timeout)
        try:
            return control.recv(16)
        except OSError:
            return b""
        finally:
            control.settimeout(None)

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


def _zygote(entry: str, control: socket.socket) -> int:
    """The zygote's life: import the entry's module, then prepare and fork on request until end of stream."""
    from ops.logs import configure
    from ops.shards import run_child

    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, signal.SIG_IGN)  # like the workers: the server ends our stream
    configure()
    _prctl(PR_SET_NAME, ZYGOTE_NAME)
    module = importlib.import_module(entry.partition(":")[0])  # what every worker imports, once
    _preload()
    gc.collect()
    gc.freeze()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the middle processes are reaped by the kernel
    control.sendall(b"ready")
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, MAX_MESSAGE, 1)
        except OSError:
            return 0
        if not message:
            return 0
        if message.startswith(b"prepare"):
            control.sendall(b"ready" if _prepare(module, message[len(b"prepare"):]) else b"failed")
            continue
        for fd in fds:
            _fork_worker(control, functools.partial(run_child, entry, fd))
            os.close(fd)


def _preload() -> None:
    """What every worker imports when it starts (its event loop), imported here once."""
    with contextlib.suppress(ImportError):
        import uvloop  # noqa: F401


def _prepare(module: Any, settings: bytes) -> bool:
    prepare = getattr(module, "prepare", None)
    if prepare is None:
        return True
    try:
        prepare(pickle.loads(settings))
    except Exception as exc:  # the workers then build what they need themselves
        log.error("zygote: prepare failed (%s)", type(exc).__name__)
        return False
    gc.collect()
    trim_memory()
    gc.freeze()  # what prepare built is shared with the workers too
    return True


def _fork_worker(control: socket.socket, run: Callable[[], int]) -> None:
    if os.fork() == 0:  # the middle process
        if os.fork() == 0:  # the worker, re-parented to the server's subreaper
            code = 1
            try:
                control.close()
                _prctl(PR_SET_NAME, b"shards-worker")
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                code = run()
            finally:
                os._exit(code)  # never back into the zygote's loop
        os._exit(0)


def main(argv: list[str]) -> int:
    """`python -m ops.zygote ENTRY FD`: started by ShardPool, never by hand."""
    return _zygote(argv[1], socket.socket(fileno=int(argv[2])))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
