"""One writer per output folder: ``DIR/.metrics-lock``.

Contract: ``output_lock(DIR)`` creates the lock file with O_CREAT|O_EXCL (atomic on a local
file system), holding the writer's pid, host and start time, and removes it on leaving,
also on error. A second writer is refused at once with ``OutputError`` naming the holder.
A lock whose pid is not alive on this host is stale (its writer was killed) and is taken
over; a lock of another host is never judged stale, since its pid means nothing here.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from metrics.errors import OutputError

LOCK = ".metrics-lock"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists but belongs to another user
    return True


def _holder(path: Path) -> dict | None:
    """The lock's content, or None when it vanished or is unreadable (half written)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _take(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    info = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(info, fh)
    return True


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the exclusive lock of ``out_dir`` (which must exist) while the block runs."""
    path = out_dir / LOCK
    if not _take(path):
        held = _holder(path)
        stale = (
            held is not None
            and held.get("host") == socket.gethostname()
            and not _alive(int(held.get("pid", 0)))
        )
        if not stale:
            who = f"pid {held.get('pid')} on {held.get('host')}" if held else "another writer"
            raise OutputError(
                out_dir, f"is being written by {who} (lock {path}); wait for it to finish"
            )
        path.unlink(missing_ok=True)  # its writer died: take it over
        if not _take(path):
            raise OutputError(out_dir, f"another writer took the stale lock {path} first")
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
