"""One writer per output folder: a live holder refuses a second writer, a dead one's
lock is taken over, and the lock goes when the writer is done (also on error)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from metrics.cli import main
from metrics.errors import OutputError
from metrics.outlock import LOCK, output_lock
from metrics.tables import write_outputs

from .conftest import SAMPLE

HOLD = """
import sys, time
from pathlib import Path
from metrics.outlock import output_lock
with output_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_second_writer_is_refused_naming_the_holder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet"]) == 0
    before = sorted(p.name for p in out.iterdir())
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(OutputError, match=f"pid {holder.pid} on"):
            write_outputs(out, iter(()))
        assert sorted(p.name for p in out.iterdir()) == sorted([*before, LOCK])
    finally:
        holder.kill()
        holder.wait()


def test_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # its pid is no longer alive
    stale = {"pid": dead.pid, "host": socket.gethostname(), "started": 0}
    (tmp_path / LOCK).write_text(json.dumps(stale), "utf-8")
    with output_lock(tmp_path):
        assert json.loads((tmp_path / LOCK).read_text("utf-8"))["pid"] != dead.pid
    assert not (tmp_path / LOCK).exists()


def test_a_lock_of_another_host_is_never_stale(tmp_path: Path) -> None:
    other = {"pid": 1, "host": socket.gethostname() + "-elsewhere", "started": 0}
    (tmp_path / LOCK).write_text(json.dumps(other), "utf-8")
    with pytest.raises(OutputError, match="-elsewhere"), output_lock(tmp_path):
        pass


def test_the_lock_goes_on_error(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), output_lock(tmp_path):
        assert (tmp_path / LOCK).exists()
        raise RuntimeError("the run failed")
    assert not (tmp_path / LOCK).exists()
