"""The makespan of a run's tasks on two workers under other orders and batch sizes, from
each task's measured CPU: a simulation that the machine's load does not move.

Usage: python benchmarks/makespan.py LOG [--workers 2] [--scale MB] [--overhead MS]

``LOG`` is the folder ``accounting.py`` wrote its workers' lines to (``ACCOUNT_LOG``):
each task's file name, piece, size (bytes) and CPU seconds. The tasks are taken in the
engine's order (the files' names sorted, as ``metrics extract`` lists a folder); with
``--scale MB`` the run is stretched to a corpus of that size built as ``throughput.py``
builds it (the shared corpus repeated under new names, in the same cycle), each file
given the CPU its source took in the log.

Each policy cuts the queue into batches and the workers take them first come, first
served (a ``ProcessPoolExecutor``'s queue, the writer taking results in order and never
holding a worker up: it needs a fraction of a core). A batch costs its worker
``--overhead`` ms besides its tasks (pickling its result, taking the next: measured,
``accounting.py``'s workers besides their tasks, less the end-of-run steps, a batch).
Printed for each: the makespan, its excess over the ideal (the tasks' CPU shared evenly,
or the largest task), the idle tail (one worker done, the other still busy), batches.

- ``even``: batches of ``engine.LOCAL_BATCH`` bytes in file order (main 7946804);
- ``engine``: ``engine._batches`` as it runs now: the same, shrinking as the queue ends
  (at most the bytes still to come, estimated, over the batches in flight);
- ``Dask``: both in batches of ``engine.DASK_BATCH`` bytes (the Dask engine's);
- ``files``: one file a batch, file order;
- ``largest first``: one file a batch, the largest (bytes) first: the order of a queue
  whose sizes are known, results no longer in file order (the writer would hold them);
- ``LPT by CPU``: the same by measured CPU (not known before a run: a yardstick).

The end-of-run steps logged (each group's plan links or trends, in the pool) are
scheduled the same way: in the order run (groups in order) against largest first.
"""

from __future__ import annotations

import argparse
import heapq
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from metrics.engine import DASK_BATCH, LOCAL_BATCH, _batches
from metrics.pipeline import Task as EngineTask

Task = tuple[str, int, int, float]  # name, piece, bytes, CPU s


def read_log(log: Path) -> tuple[list[Task], dict[str, list[tuple[float, float]]]]:
    """The tasks logged under ``log`` in file order, and each end-of-run step's groups
    as (start wall clock, CPU s)."""
    tasks: list[Task] = []
    steps: dict[str, list[tuple[float, float]]] = {}
    for path in log.rglob("*.jsonl"):
        for text in path.read_text().splitlines():
            line = json.loads(text)
            if path.name.startswith("steps-"):
                steps.setdefault(line[0], []).append((line[4], line[3] - line[2]))
            else:
                tasks += [tuple(t) for t in line[11]]  # type: ignore[misc]
    return sorted(tasks, key=lambda t: (t[0], t[1])), steps


def scaled(tasks: list[Task], megabytes: float) -> list[Task]:
    """The tasks of a corpus of ``megabytes`` built as ``throughput.build`` builds it:
    the sources in the cycle of the logged corpus (whose names, ``000123_<source>``, say
    their source), each at the median CPU of its copies in the log (a worker's first
    tasks also compile what it uses: counted once a worker, as in a run)."""
    cycle: list[str] = []
    copies: dict[str, list[Task]] = {}
    for task in tasks:
        source = task[0].split("_", 1)[1]
        if source not in copies:
            cycle.append(source)
        copies.setdefault(source, []).append(task)
    out, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        found = copies[cycle[i % len(cycle)]]
        cpu = statistics.median(t[3] for t in found)
        out.append((f"{i:06}", found[0][1], found[0][2], cpu))
        size += found[0][2]
        i += 1
    return out


def by_bytes(tasks: list[Task], batch: int) -> list[list[Task]]:
    """``engine._batches``: tasks in order, in lists adding up to ``batch`` bytes."""
    out: list[list[Task]] = [[]]
    total = 0
    for task in tasks:
        out[-1].append(task)
        total += task[2]
        if total >= batch:
            out.append([])
            total = 0
    return [b for b in out if b]


def engine_batches(tasks: list[Task], batch: int, workers: int) -> list[list[Task]]:
    """The batches ``engine._batches`` cuts of these tasks (each file one task), with the
    window ``_in_order`` gives it: twice the workers."""
    queue = (EngineTask(Path(t[0]), t[1], size=t[2]) for t in tasks)
    index = {(t[0], t[1]): t for t in tasks}
    cut = _batches(queue, batch, len(tasks), 2 * workers)
    return [[index[(t.path.name, t.piece)] for t in group] for group in cut]


def schedule(costs: list[float], workers: int) -> tuple[float, float]:
    """First come, first served on ``workers``: the makespan and the idle tail."""
    free = [0.0] * workers
    heapq.heapify(free)
    for cost in costs:
        heapq.heappush(free, heapq.heappop(free) + cost)
    return max(free), max(free) - min(free)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("log", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scale", type=float, default=0.0, help="MB of corpus to stretch to")
    ap.add_argument("--overhead", type=float, default=5.0, help="ms a batch costs its worker")
    args = ap.parse_args(argv)
    tasks, steps = read_log(args.log)
    if args.scale:
        tasks = scaled(tasks, args.scale)
    w, over = args.workers, args.overhead / 1000
    total = sum(t[3] for t in tasks)
    ideal = max(total / w, max(t[3] for t in tasks))
    print(
        f"{len(tasks)} tasks, {sum(t[2] for t in tasks) / 1e6:.1f} MB, {total:.2f} CPU s; "
        f"ideal on {w} workers {ideal:.2f} s; largest task {max(t[3] for t in tasks):.3f} s"
    )
    one: Callable[[list[Task]], list[list[Task]]] = lambda ts: [[t] for t in ts]  # noqa: E731
    policies: dict[str, list[list[Task]]] = {
        f"even {LOCAL_BATCH // 1000} KB (main 7946804)": by_bytes(tasks, LOCAL_BATCH),
        f"engine {LOCAL_BATCH // 1000} KB, shrinking": engine_batches(tasks, LOCAL_BATCH, w),
        f"Dask even {DASK_BATCH // 1000} KB (7946804)": by_bytes(tasks, DASK_BATCH),
        f"Dask {DASK_BATCH // 1000} KB, shrinking": engine_batches(tasks, DASK_BATCH, w),
        "files (one a batch)": one(tasks),
        "largest first (bytes)": one(sorted(tasks, key=lambda t: -t[2])),
        "LPT by CPU (yardstick)": one(sorted(tasks, key=lambda t: -t[3])),
    }
    print(f"{'policy':32} {'makespan':>9} {'excess':>7} {'idle tail':>9} {'batches':>8}")
    for name, batches in policies.items():
        span, tail = schedule([sum(t[3] for t in b) + over for b in batches], w)
        print(f"{name:32} {span:9.2f} {span - ideal:7.2f} {tail:9.3f} {len(batches):8}")
    for name, groups in sorted(steps.items()):
        costs = [cpu for _, cpu in sorted(groups)]
        run, run_tail = schedule(costs, w)
        lpt, lpt_tail = schedule(sorted(costs, reverse=True), w)
        print(
            f"end-of-run {name}: {len(costs)} groups, {sum(costs):.2f} CPU s, largest "
            f"{max(costs):.3f}; in order {run:.3f} s (idle tail {run_tail:.3f}), largest "
            f"first {lpt:.3f} s (idle tail {lpt_tail:.3f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
