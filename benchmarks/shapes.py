"""Time and peak memory of `metrics extract` on inputs of awkward shapes.

Usage: python benchmarks/shapes.py [--shapes long,lines,files] [--big] [--jobs N]
                                   [--piece-chars N]

Builds each input in a temporary folder and runs `metrics extract` on it in a fresh
process, sampling the memory of that process and all its descendants (pool workers)
every 50 ms from /proc (Linux): the proportional set size, so that pages a forked worker
shares with its parent are counted once, not once a process as resident sizes would.
Prints the time, characters per second, the CPU seconds of the process and its workers
(and characters per CPU second, the figure a loaded machine changes least), the figures
found and the peak of the tree's summed memory. ``--piece-chars N`` runs with pieces of
N characters (files over 2 N characters are cut) instead of the pipeline's own. The
shapes:

- long:  one line of 3.2 M characters (a report pasted from a PDF without line ends);
- mid:   one line of 1 M characters of the same clauses (what piece sizes are compared on);
- big:   a 200 MB file of one line (only with --big: minutes, not seconds);
- lines: a million tiny lines in one file;
- files: 20,000 small files.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds

CLAUSES = "完成投资5亿元，新建学校3所，"  # two figures in every 14 characters
LINE = "新增就业岗位120个。\n"
SMALL = "某县2025年政府工作报告\n全年完成投资5亿元，新建学校3所，新增就业1200人。\n"


def build(shape: str, folder: Path) -> tuple[Path, int]:
    """Write the input of ``shape`` under ``folder``; its path and its characters."""
    if shape in ("long", "mid", "big"):
        repeat = {"long": 200_000, "mid": 10**6 // len(CLAUSES)}.get(
            shape, 200 * 10**6 // len(CLAUSES.encode())
        )
        path = folder / f"{shape}.txt"
        with path.open("w", encoding="utf-8") as fh:
            for _ in range(repeat // 1000):
                fh.write(CLAUSES * 1000)
        return path, len(CLAUSES) * (repeat // 1000) * 1000
    if shape == "lines":
        path = folder / "lines.txt"
        path.write_text(LINE * 1_000_000, encoding="utf-8")
        return path, len(LINE) * 1_000_000
    root = folder / "files"
    root.mkdir()
    for i in range(20_000):
        (root / f"{i:05}.txt").write_text(SMALL, encoding="utf-8")
    return root, len(SMALL) * 20_000


def tree_pss(pid: int) -> int:
    """Proportional set size in bytes of ``pid`` and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue  # gone meanwhile
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                pss = next(line for line in fh if line.startswith("Pss:"))
        except (OSError, StopIteration):
            continue  # ended meanwhile
        total += int(pss.split()[1]) * 1024
    return total


def run(
    path: Path, out: Path, jobs: int, piece_chars: int | None = None
) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds (user + system of the process and its workers: what a
    loaded machine changes least), peak bytes of the process tree and exit status."""
    args = ["extract", str(path), "--out", str(out), "--quiet", "--jobs", str(jobs)]
    if piece_chars is None:
        return peak_of([str(Path(sys.executable).with_name("metrics")), *args])
    code = (
        "import sys, metrics.pipeline as p\n"
        f"p.PIECE_CHARS, p.LARGE_FILE = {piece_chars}, {2 * piece_chars}\n"
        "from metrics.cli import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    return peak_of([sys.executable, "-c", code])


def peak_of(cmd: list[str]) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds (user + system of the process and its children), peak
    bytes (PSS of the process tree, sampled every 50 ms) and exit status of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_pss(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", default="long,lines,files", help="comma separated")
    ap.add_argument("--big", action="store_true", help="also the 200 MB one-line file")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--piece-chars", type=int, help="characters a piece (default the pipeline's)")
    args = ap.parse_args()
    shapes = args.shapes.split(",") + (["big"] if args.big else [])
    for shape in shapes:
        with tempfile.TemporaryDirectory(prefix="metrics-shapes-") as tmp:
            path, chars = build(shape, Path(tmp))
            seconds, cpu, peak, status = run(path, Path(tmp) / "out", args.jobs, args.piece_chars)
            mentions = Path(tmp) / "out" / "current" / "mentions"
            found = ds.dataset(mentions).count_rows() if not status else 0
            print(
                f"{shape:>6}: {chars:>12,} chars, {seconds:7.1f} s, "
                f"{chars / seconds:>10,.0f} chars/s, CPU {cpu:7.1f} s "
                f"({chars / cpu:>9,.0f} chars per CPU s), {found:>9,} figures, "
                f"peak {peak / 2**20:,.0f} MB (process tree, PSS), exit {status}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
