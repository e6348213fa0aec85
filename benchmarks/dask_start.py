"""The wall time a local Dask cluster adds to a run at its start and at its end.

Usage: python benchmarks/dask_start.py [--runs 5] [--jobs 2] [--tree DIR ...]

Each run is a fresh interpreter (``--tree``'s ``.venv/bin/python`` in that tree, this
tree's by default; several trees are run in turn, run by run, so that they share the
machine's load) that does what ``metrics extract --engine dask`` does around its files:
``DaskRun.start`` (before the client's threads), ``connect`` (distributed imported, the
scheduler, the nannies, the forkserver and the workers started, the client connected),
one small task on every worker (the first result), then ``close``. Printed: the median
wall seconds of each step and of the whole, and the writing process's CPU, per tree,
with the load. The files' own work is not in it: what these steps cost a 1 MB run and a
100 MB run alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
from metrics import engine
marks = {"import": time.perf_counter()}
run = engine.DaskRun(JOBS, None)
run.start()
marks["start"] = time.perf_counter()
client = run.connect()
marks["connect"] = time.perf_counter()
pids = set(client.run(os.getpid).values())
list(run.map(abs, range(-JOBS, 0)))
marks["first"] = time.perf_counter()
run.close()
marks["close"] = time.perf_counter()
spent, last = {}, t0
for name, at in marks.items():
    spent[name], last = at - last, at
spent["whole"] = last - t0
spent["writer_cpu"] = time.process_time()
print(json.dumps(spent))
"""


def one(tree: Path, jobs: int) -> dict[str, float]:
    python = tree / ".venv" / "bin" / "python"
    code = CHILD.replace("JOBS", str(jobs))
    done = subprocess.run(
        [str(python), "-c", code], cwd=tree, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--tree", action="append", type=Path)
    args = ap.parse_args()
    trees = args.tree or [Path(__file__).resolve().parents[1]]
    got: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for tree in trees:
            got[tree].append(one(tree, args.jobs))
        loads.append(os.getloadavg()[0])
    print(f"load average {min(loads):.1f}-{max(loads):.1f}; {args.runs} runs each, in turn")
    for tree, runs in got.items():
        medians = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        wholes = ", ".join(f"{r['connect']:.2f}/{r['whole']:.2f}" for r in runs)
        print(f"{tree}: " + ", ".join(f"{k} {v:.2f}" for k, v in medians.items()))
        print(f"    connect/whole, each run: {wholes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
