"""Time and peak memory of `metrics export` for a run of at least --rows mentions.

Usage: python benchmarks/export_memory.py [--rows 100000] [--formats xlsx,csv]

Copies data/sample under distinct file names until the run holds at least --rows
mentions, extracts it once, then runs each export in a fresh process and prints its
wall time and peak resident memory (that process alone, so the figure is the export's:
loading the tables plus writing them).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = sorted((ROOT / "data" / "sample").glob("*.txt"))


def build_run(folder: Path, rows: int) -> int:
    """Extract copies of data/sample into ``folder/out`` until it holds ``rows`` mentions."""
    reports = folder / "reports"
    reports.mkdir()
    copies, mentions = 1, 0
    while mentions < rows:
        for i in range(copies):
            for p in SAMPLE:
                target = reports / f"{i:05d}_{p.name}"
                if not target.exists():
                    target.write_bytes(p.read_bytes())
        out = folder / "out"
        cmd = [sys.executable, "-m", "metrics.cli", "extract", str(reports), "--out", str(out)]
        subprocess.run([*cmd, "--quiet"], check=True)
        mentions = ds.dataset(out / "current" / "mentions", partitioning="hive").count_rows()
        copies = max(copies + 1, int(copies * rows / max(mentions, 1) * 1.05) + 1)
    return mentions


def measure(out: Path, fmt: str) -> tuple[float, float]:
    """Seconds and peak MB of one export in its own process."""
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "metrics.cli", "export", str(out), "--format", fmt]
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)  # this child's own peak, not the extract's
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"export --format {fmt} failed with status {child.returncode}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--formats", default="xlsx,csv")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        mentions = build_run(Path(tmp), args.rows)
        print(f"run of {mentions:,} mentions")
        for fmt in args.formats.split(","):
            seconds, peak = measure(Path(tmp) / "out", fmt)
            size = sum(f.stat().st_size for f in (Path(tmp) / "out" / "export" / fmt).iterdir())
            print(f"{fmt:>7}: {seconds:6.1f} s, peak {peak:6.0f} MB, {size / 1e6:.1f} MB written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
