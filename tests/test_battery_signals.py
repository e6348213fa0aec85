"""Stopping a run from outside (issue 25, again on this week's paths): Ctrl-C (SIGINT to
the whole process group, as a terminal sends it), SIGTERM, SIGHUP (a closed terminal),
and ``kill -9`` of the parent while its warm pool runs the files or the end-of-run steps
(plan links, trends).

A stopped run prints one line, no traceback, exits 130 (SIGINT), 143 (SIGTERM) or 129
(SIGHUP), leaves no staging folder and no lock, keeps the previous run current, and leaves
no worker behind. The run is made to stall at a known point (a worker sleeping in the
extraction of one file, or in the trends of one department group) so that the signal
always lands in the step under test; every wait has a timeout. Linux: reads /proc."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import metrics
from metrics.cli import main
from metrics.publish import CURRENT, RUNS, current_id

from .test_kill import _alive, _children

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

STATS = "县统计局2024年工作总结\n全年完成统计调查12项，发放补贴3600万元。\n"
WATER = "县水务局2024年工作总结\n全年新建水厂2座，完成投资5亿元。\n"
# The child: `metrics extract` whose workers stall where BATTERY_STALL says, after
# writing their pid to the marker file (so the test knows the step has begun).
CHILD = """
import os, sys, time
from pathlib import Path
import metrics.pipeline as pipeline, metrics.tables as tables, metrics.derived as derived

marker, stall = Path(sys.argv[1]), os.environ["BATTERY_STALL"]

def stop_here():
    marker.write_text(str(os.getpid()))
    time.sleep(120)

real_text = pipeline.process_text
def process_text(text, name, continued=False, window=None):
    if stall == "extract" and "水厂" in text:
        stop_here()
    return real_text(text, name, continued, window)
pipeline.process_text = process_text

real_trends = derived._group_trends
def _group_trends(parts, identities):
    if stall == "tail":
        stop_here()
    return real_trends(parts, identities)
# pickled by name into the pool's workers, which were forked with this module
_group_trends.__module__, _group_trends.__qualname__ = "metrics.derived", "_group_trends"
derived._group_trends = _group_trends
tables.POOL_FIGURES = 0  # the pool runs the tail however small the run

from metrics.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _inputs(folder: Path) -> Path:
    """Two departments (two groups of trends, so the tail goes to the pool) and a few
    files, one of which holds the word the extraction stalls on."""
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}_stats.txt").write_text(STATS, encoding="utf-8")
    (folder / "5_water.txt").write_text(WATER, encoding="utf-8")
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output folder holding a previous run, which a stopped run must leave current."""
    folder = tmp_path / "out"
    (tmp_path / "one.txt").write_text(STATS, encoding="utf-8")
    assert main(["extract", str(tmp_path / "one.txt"), "--out", str(folder), "--quiet"]) == 0
    return folder


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(tmp_path: Path, out: Path, stall: str) -> tuple[subprocess.Popen, Path]:
    marker = tmp_path / "stalled"
    args = ["extract", str(_inputs(tmp_path / "in")), "--out", str(out), "--jobs", "2", "--quiet"]
    run = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(marker), *args],
        env={**os.environ, "BATTERY_STALL": stall},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell gives a command
        # and Ctrl-C's signal at its default, as a terminal's foreground command has it
        # (a suite started as a background job, `… &`, passes its children SIGINT ignored,
        # and Python then installs no handler for it: the run would never see the signal)
        preexec_fn=_interruptible,
    )
    deadline = time.monotonic() + 120
    while not marker.exists() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not marker.exists():
        run.kill()
        pytest.fail(f"the run never reached the {stall} step: {run.communicate()[1][-2000:]}")
    return run, marker


def _finish(run: subprocess.Popen, workers: set[int]) -> tuple[int, str]:
    """The run's return code and stderr, once it and its workers are gone (or failed)."""
    try:
        _, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the run did not stop within 60 s of the signal")
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in workers if _alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived the run"
    return run.returncode, err


def _untouched(out: Path, run_id: str | None) -> None:
    """The previous run is current and whole; no staging folder, no lock is left."""
    assert current_id(out) == run_id
    assert sorted(p.name for p in (out / RUNS).iterdir()) == [run_id]
    assert not (out / ".metrics-lock").exists()
    assert set(metrics.load(out).documents["source_file"]) == {"one.txt"}


@pytest.mark.parametrize(
    ("stall", "signum", "code"),
    [
        ("extract", signal.SIGINT, 130),
        ("extract", signal.SIGTERM, 143),
        ("tail", signal.SIGINT, 130),
        ("tail", signal.SIGTERM, 143),
        ("extract", signal.SIGHUP, 129),  # a closed terminal: the shell hangs up its jobs
        ("tail", signal.SIGHUP, 129),
    ],
)
def test_a_stopped_run_says_so_in_one_line_and_publishes_nothing(
    tmp_path: Path, out: Path, stall: str, signum: int, code: int
) -> None:
    before = current_id(out)
    run, _ = _start(tmp_path, out, stall)
    workers = {p for p in _children(run.pid) if _alive(p)}
    assert len(workers) == 2
    os.killpg(run.pid, signum)  # the group: what Ctrl-C or a service manager sends
    returncode, err = _finish(run, workers)
    assert returncode == code, err
    assert "Traceback" not in err
    assert err.startswith("metrics: error: interrupted") and len(err.splitlines()) == 1, err
    assert "keeps its previous run" in err
    _untouched(out, before)


def test_sigterm_to_the_parent_alone_stops_its_workers_too(tmp_path: Path, out: Path) -> None:
    """``kill PID`` reaches the parent only: it must stop the workers it started."""
    before = current_id(out)
    run, _ = _start(tmp_path, out, "extract")
    workers = {p for p in _children(run.pid) if _alive(p)}
    os.kill(run.pid, signal.SIGTERM)
    returncode, err = _finish(run, workers)
    assert returncode == 143 and "Traceback" not in err
    _untouched(out, before)


def test_kill_9_of_the_parent_while_the_pool_runs_the_tail(tmp_path: Path, out: Path) -> None:
    """The end-of-run steps run on the warm pool: its workers still end with the parent,
    and the next run cleans up the staging folder and the lock the killed one left."""
    before = current_id(out)
    run, marker = _start(tmp_path, out, "tail")
    workers = {p for p in _children(run.pid) if _alive(p)}
    assert int(marker.read_text()) in workers  # the tail is running in the pool
    os.kill(run.pid, signal.SIGKILL)
    returncode, _ = _finish(run, workers)
    assert returncode == -signal.SIGKILL
    assert current_id(out) == before and (out / CURRENT).exists()
    again = ["extract", str(tmp_path / "one.txt"), "--out", str(out), "--quiet", "--jobs", "1"]
    assert main(again) == 0
    assert not [p for p in (out / RUNS).iterdir() if p.name.startswith(".")]
