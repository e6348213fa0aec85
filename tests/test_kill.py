"""Killing a run with SIGKILL leaves no worker behind (issue 25). Linux: reads /proc."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_bytes()
            except OSError:
                continue
            fields = stat.rsplit(b")", 1)[1].split()
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in (b"Z", b"X")  # a zombie has ended; only its entry waits


def test_pool_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):  # work for many seconds, so the run is killed in its midst
        (folder / f"{i:02}.txt").write_text("完成投资5亿元，新建学校3所，" * 20_000)
    cmd = [sys.executable, "-m", "metrics.cli", "extract", str(folder), "--out"]
    run = subprocess.Popen([*cmd, str(tmp_path / "out"), "--jobs", "2", "--quiet"])
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
            workers = {p for p in _children(run.pid) if _alive(p)}
            time.sleep(0.05)
        assert len(workers) >= 2, "the pool never started"
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        deadline = time.monotonic() + 20
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in workers if _alive(p)]
    finally:
        if run.poll() is None:
            run.kill()
