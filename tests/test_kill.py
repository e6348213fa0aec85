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


def _forkserver(pid: int) -> bool:
    """Whether ``pid`` is multiprocessing's forkserver (which forks a LocalCluster's
    workers: ``engine.LOCAL_WORKERS``), not its resource tracker."""
    try:
        return b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _workers(pid: int, engine: str) -> set[int]:
    alive = {p for p in _children(pid) if _alive(p)}
    if engine == "local":
        return alive
    return {w for p in alive if _forkserver(p) for w in _children(p) if _alive(w)}


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path, engine: str) -> None:
    """A pool's workers watch their parent; a LocalCluster's workers (one per job, forked
    by a forkserver) end with the process that started the cluster, too."""
    if engine == "dask":
        pytest.importorskip("distributed", reason="the dask extra is not installed")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):  # work for many seconds, so the run is killed in its midst
        (folder / f"{i:02}.txt").write_text("完成投资5亿元，新建学校3所，" * 20_000)
    cmd = [sys.executable, "-m", "metrics.cli", "extract", str(folder), "--out"]
    options = ["--jobs", "2", "--engine", engine, "--quiet"]
    run = subprocess.Popen([*cmd, str(tmp_path / "out"), *options])
    try:
        deadline = time.monotonic() + 90
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
            workers = _workers(run.pid, engine)
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
