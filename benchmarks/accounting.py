"""Where every CPU second of a ``metrics extract`` run goes, and the wall time it allows.

Usage: python benchmarks/accounting.py extract FOLDER --out OUT --quiet --jobs N [...]
(the local engine)

Runs the command line's ``main`` with the given arguments in this process, with clocks
round its stages, and prints one account (used by ``throughput.py --account``):

- the writing process: its CPU before the first result (imports, listing and cutting the
  input, starting the pool), while results come in (its main thread: assembling and
  writing; its other threads: receiving and unpickling results), and after the last
  result (statistics, plan links, trends, manifest, publishing);
- each worker: its CPU before its first task (start-up: a forked worker inherits the
  parent's imports and compiles what it uses on its first figures, counted in its
  tasks), in its tasks (the pipeline, packing the result), and besides (pickling the
  results, taking the next task), and the wall time it waited for the others at the end
  (the idle tail);
- the writing process's peak memory by the first result, the last, and the end (which
  stage of a large run sets its peak);
- the Amdahl bound on two cores: the serial part of the writing process (before the
  first result, after the last) runs alone, everything else is shared by the cores, so
  the wall time is at least ``serial + rest / cores``.

Workers are timed by a wrapper of ``engine.run_batch`` that appends one line a task to a
file of its process (``process_time`` of a forked worker counts from its fork). The
wrapper's own cost (a few µs a task) is in the figures.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CORES = 2
LOG = Path(os.environ.get("ACCOUNT_LOG", tempfile.gettempdir())) / f"account-{os.getpid()}"


GC_SPENT = [0.0, 0.0, 0]  # this process's cyclic collections: CPU s, of them gen. 2, count


def _gc_clock(phase: str, info: dict) -> None:
    """A ``gc.callbacks`` entry: the CPU of each collection of this process."""
    if phase == "start":
        GC_SPENT.append(time.process_time())
        return
    spent = time.process_time() - GC_SPENT.pop()
    GC_SPENT[0] += spent
    GC_SPENT[1] += spent if info["generation"] == 2 else 0.0
    GC_SPENT[2] += 1


def timed_batch(work: Any, group: list) -> list:
    """``engine.run_batch`` with the worker's CPU and wall clock before and after, and
    (at the end of each task) its minor page faults and cyclic collections so far."""
    from metrics.engine import _plain_batch

    if _gc_clock not in gc.callbacks:  # a forked worker's first task: its own clock
        GC_SPENT[:] = [0.0, 0.0, 0]
        gc.callbacks.append(_gc_clock)
    cpu0, wall0 = time.process_time(), time.time()
    outcomes = _plain_batch(work, group)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    line = [os.getpid(), cpu0, time.process_time(), wall0, time.time(), len(group)]
    line += [usage.ru_minflt, usage.ru_stime, *GC_SPENT[:3]]
    with (LOG / f"{os.getpid()}.jsonl").open("a") as fh:
        fh.write(json.dumps(line) + "\n")
    return outcomes


def main(argv: list[str]) -> int:
    import metrics.cli
    import metrics.engine as engine

    LOG.mkdir(parents=True, exist_ok=True)
    marks: dict[str, tuple[float, float, float]] = {}
    peaks: dict[str, float] = {}  # the writing process's peak memory (MB) by each mark

    def mark(name: str) -> None:
        marks[name] = (time.process_time(), time.thread_time(), time.time())
        peaks[f"peak_mb_{name}"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    if "dask" in argv:  # a spawned Dask worker cannot import this script's wrapper
        raise SystemExit("accounting.py times the local engine only")
    engine._plain_batch = engine.run_batch  # type: ignore[attr-defined]
    engine.run_batch = timed_batch
    run_files = engine.run_files

    def watched(outcomes: Iterator) -> Iterator:
        first = True
        for item in outcomes:
            if first:
                mark("first")
                first = False
            yield item
        mark("last")

    metrics.cli.run_files = lambda *a, **k: watched(run_files(*a, **k))
    start = time.time()
    rc = metrics.cli.main(argv)
    mark("end")
    print(json.dumps(account(marks, start) | peaks))
    return rc


def account(marks: dict[str, tuple[float, float, float]], start: float) -> dict[str, float]:
    """The figures of one run (seconds), from the marks and the workers' lines."""
    tasks = [json.loads(s) for f in LOG.glob("*.jsonl") for s in f.read_text().splitlines()]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = children.ru_utime + children.ru_stime
    by_worker: dict[int, list[list[float]]] = {}
    for t in tasks:
        by_worker.setdefault(t[0], []).append(t)
    pooled = len(by_worker) > 0 and os.getpid() not in by_worker
    in_tasks = sum(t[2] - t[1] for t in tasks)
    startup = sum(min(t[1] for t in ts) for ts in by_worker.values()) if pooled else 0.0
    ends = [max(t[4] for t in ts) for ts in by_worker.values()] if pooled else [0.0]
    cpu = {k: v[0] for k, v in marks.items()}
    main_thread = {k: v[1] for k, v in marks.items()}
    before, after = cpu["first"], cpu["end"] - cpu["last"]
    during = cpu["last"] - cpu["first"]
    during_main = main_thread["last"] - main_thread["first"]
    if not pooled and tasks:  # one process: its tasks are not writing
        first = tasks[0][2] - tasks[0][1]
        before, during, during_main = (
            before - first,
            during - in_tasks + first,
            during_main - in_tasks + first,
        )
    total = cpu["end"] + workers_cpu
    serial = before + after
    wall = marks["end"][2] - start
    return {
        "wall": wall,
        "total_cpu": total,
        "parent_before_first": before,
        "parent_during_main_thread": during_main,
        "parent_during_other_threads": during - during_main,
        "parent_after_last": after,
        "workers_startup": startup,
        "workers_tasks": in_tasks,
        "workers_besides": workers_cpu - startup - in_tasks if pooled else 0.0,
        "workers_cpu": workers_cpu,
        "workers_system": children.ru_stime,
        "workers_minor_faults": children.ru_minflt,
        "parent_system": resource.getrusage(resource.RUSAGE_SELF).ru_stime,
        "parent_minor_faults": resource.getrusage(resource.RUSAGE_SELF).ru_minflt,
        "idle_tail": max(ends) - min(ends),
        # each worker's last line: its faults, system time and collections by then
        "workers_task_minor_faults": sum(ts[-1][6] for ts in by_worker.values()) if pooled else 0,
        "workers_task_system": sum(ts[-1][7] for ts in by_worker.values()) if pooled else 0.0,
        "workers_gc": sum(ts[-1][8] for ts in by_worker.values()),
        "workers_gc_gen2": sum(ts[-1][9] for ts in by_worker.values()),
        "workers_gc_count": sum(ts[-1][10] for ts in by_worker.values()),
        "tasks": len(tasks),
        "wall_first": marks["first"][2] - start,
        "wall_after_last": marks["end"][2] - marks["last"][2],
        "serial": serial,
        "bound_wall": serial + (total - serial) / CORES,
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
