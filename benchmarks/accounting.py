"""Where every CPU second of a ``metrics extract`` run goes, and the wall time it allows.

Usage: python benchmarks/accounting.py extract FOLDER --out OUT --quiet --jobs N [...]
(the local engine, or ``--engine dask``: a LocalCluster, its workers timed the same way;
``ACCOUNT_LOG`` names the folder of the workers' lines, which ``makespan.py`` reads)

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
- after the last result, the writer's CPU before the plan links (targets, statistics),
  in the links and the trends (and their wall time), and after them; each group of links
  or trends made on the pool, its CPU and the idle tail of each step;
- the writing process's peak memory by the first result, the last, and the end (which
  stage of a large run sets its peak);
- the Amdahl bound on two cores: the serial part of the writing process (before the
  first result, after the last) runs alone, everything else is shared by the cores, so
  the wall time is at least ``serial + rest / cores``.

Workers are timed by a wrapper of ``engine.run_batch`` that appends one line a batch to a
file of its process (``process_time`` of a forked worker counts from its fork), with each
task's name, piece, bytes and the CPU of its own thread (a Dask worker's event loop runs
beside it: ``workers_tasks_other_threads``). A Dask worker is no child of this process:
its CPU is counted to the end of its last task. The wrapper's own cost (a few µs a task)
is in the figures.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import re
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CORES = 2
# this run's folder of lines; a Dask worker (a process of its own, which imports this
# module to run ``timed_batch``) finds it in the environment it inherits
LOG = Path(
    os.environ.get("ACCOUNT_RUN_LOG")
    or Path(os.environ.get("ACCOUNT_LOG", tempfile.gettempdir())) / f"account-{os.getpid()}"
)


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
    import metrics.engine as engine

    # a forked worker inherits the patched engine; a Dask worker imports it afresh
    _plain_batch = getattr(engine, "_plain_batch", engine.run_batch)
    if _gc_clock not in gc.callbacks:  # a forked worker's first task: its own clock
        GC_SPENT[:] = [0.0, 0.0, 0]
        gc.callbacks.append(_gc_clock)
    switches0 = resource.getrusage(resource.RUSAGE_SELF)
    cpu0, wall0, thread0 = time.process_time(), time.time(), time.thread_time()
    each = []  # each task's name, piece, size and CPU: what makespan.py schedules again
    for task in group:
        start = time.thread_time()  # the task's own thread (a Dask worker runs others)
        each.append(_plain_batch(work, [task])[0])
        spent = time.thread_time() - start
        TASKS.append([task.source_file, task.piece, task.size, spent])
    outcomes = each
    usage = resource.getrusage(resource.RUSAGE_SELF)
    line = [os.getpid(), cpu0, time.process_time(), wall0, time.time(), len(group)]
    line += [usage.ru_minflt, usage.ru_stime, *GC_SPENT[:3], TASKS[-len(group) :]]
    line += [time.thread_time() - thread0]  # of the batch's CPU, its own thread's
    # the process's context switches, voluntary (it waited: for a pipe, a lock, its next
    # batch) and not, at the batch's start and end: between two batches, what sending a
    # result and taking the next batch made it wait, counted, whatever the load
    line += [switches0.ru_nvcsw, usage.ru_nvcsw, switches0.ru_nivcsw, usage.ru_nivcsw]
    line += [threads_cpu()]  # each thread's CPU so far, by name (a Dask worker's: its own)
    with (LOG / f"{os.getpid()}.jsonl").open("a") as fh:
        fh.write(json.dumps(line) + "\n")
    return outcomes


TASKS: list[list] = []  # this worker's tasks: [name, piece, size, CPU s]


def threads_cpu() -> dict[str, float]:
    """CPU seconds (user + system) of each live thread of this process so far, by its
    name, numbers dropped (``Dask-Default-Threads-1-2``, the task's ``ThreadPoolExecutor``
    threads alike), from ``/proc/self/task/TID/stat``; the main thread is ``MainThread``
    (a Dask worker's event loop, a pool worker's task). Linux only (else empty)."""
    tick = os.sysconf("SC_CLK_TCK")
    spent: dict[str, float] = {}
    for thread in threading.enumerate():
        try:
            with open(f"/proc/self/task/{thread.native_id}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except (OSError, TypeError):
            continue
        name = re.sub(r"[-_]?\d+", "", thread.name) or "unnamed"
        spent[name] = spent.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return spent


def timed_step(name: str, fn: Any) -> Any:
    """``fn`` of an end-of-run step (a group's links or trends), logging each call's
    CPU and wall clock in the process that runs it (a pool worker, or the writer)."""

    def step(*args: Any, **kwargs: Any) -> Any:
        cpu0, wall0 = time.process_time(), time.time()
        result = fn(*args, **kwargs)
        line = [name, os.getpid(), cpu0, time.process_time(), wall0, time.time()]
        with (LOG / f"steps-{os.getpid()}.jsonl").open("a") as fh:
            fh.write(json.dumps(line) + "\n")
        return result

    return step


def _timed_links_sent(*args: Any, **kwargs: Any) -> Any:
    return timed_step("links", _plain("links_sent", "_links_sent"))(*args, **kwargs)


def _timed_trends(*args: Any, **kwargs: Any) -> Any:
    return timed_step("trends", _plain("trends", "_group_trends"))(*args, **kwargs)


def _plain(key: str, name: str) -> Any:
    """The step's own function: kept by ``main`` in the writer (whose forked pool
    inherits it), or, in a Dask worker (which imports this module afresh and the
    package unpatched), the package's."""
    if key in _PLAIN:
        return _PLAIN[key]
    import metrics.derived as derived

    return getattr(derived, name)


_PLAIN: dict[str, Any] = {}
# the writer's threads at the first result and at the last reading (every 0.5 s) before
# its last result: a Dask client's and scheduler's threads end with the results
WRITER_THREADS: list[dict[str, float]] = []


def by_thread(tasks: list[list[Any]]) -> dict[str, float]:
    """CPU seconds by thread name: the workers' threads to their last batch (each worker's
    last line), and the writer's threads from its first result to its last (with Dask,
    ``MainThread`` writes; the scheduler's and client's event loop is ``IO loop`` or
    ``Dask-Offload``, named by distributed)."""
    spent: dict[str, float] = {}
    last: dict[int, list[Any]] = {}
    for t in tasks:
        if len(t) > 17 and (t[0] not in last or t[4] > last[t[0]][4]):
            last[t[0]] = t
    for t in last.values():
        for name, cpu in t[17].items():
            spent[f"worker_thread {name}"] = spent.get(f"worker_thread {name}", 0.0) + cpu
    if len(WRITER_THREADS) == 2:
        first, end = WRITER_THREADS
        for name, cpu in end.items():
            spent[f"writer_thread {name}"] = cpu - first.get(name, 0.0)
    return spent


def main(argv: list[str]) -> int:
    import metrics.cli
    import metrics.derived as derived
    import metrics.engine as engine
    import metrics.tables as tables

    LOG.mkdir(parents=True, exist_ok=True)
    marks: dict[str, tuple[float, float, float]] = {}
    peaks: dict[str, float] = {}  # the writing process's peak memory (MB) by each mark

    def mark(name: str) -> None:
        marks[name] = (time.process_time(), time.thread_time(), time.time())
        peaks[f"peak_mb_{name}"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # Dask's workers import the wrapper by its module's name: this script as ``accounting``
    # (its folder is on their path), not as ``__main__``
    os.environ["ACCOUNT_RUN_LOG"] = str(LOG)
    import accounting

    engine._plain_batch = engine.run_batch  # type: ignore[attr-defined]
    engine.run_batch = accounting.timed_batch
    run_files, run_files_dask = engine.run_files, engine.run_files_dask

    def watched(outcomes: Iterator) -> Iterator:
        first = True
        read = 0.0  # when the writer's threads were read last
        for item in outcomes:
            if first:
                mark("first")
                WRITER_THREADS[:] = [threads_cpu(), {}]
                first = False
            elif time.time() > read + 0.5:  # the last reading before the client closes
                WRITER_THREADS[1], read = threads_cpu(), time.time()
            yield item
        mark("last")

    metrics.cli.run_files = lambda *a, **k: watched(run_files(*a, **k))
    metrics.cli.run_files_dask = lambda *a, **k: watched(run_files_dask(*a, **k))
    # the end-of-run steps, timed where they run (forked workers inherit the patches; the
    # pool pickles these functions by name, as this script's: its __main__)
    # (links in the pool only: ``_links_sent``; below tables.POOL_FIGURES, in the writer)
    # (a Dask worker unpickles them by their module's name: ``accounting``'s, as run_batch's)
    accounting._PLAIN.update(links_sent=derived._links_sent, trends=derived._group_trends)
    derived._links_sent = accounting._timed_links_sent
    derived._group_trends = accounting._timed_trends
    # the writing of each (their groups were sent to the pool before the targets and
    # statistics tables, which the writer makes meanwhile: ``tables._write_run``)
    steps = {"plan_vs_outcome.parquet": "write_plan_links", "trends.parquet": "write_trends"}
    plain_write = getattr(tables, "write_tables", None)

    def marked(path: Path, *a: Any, **k: Any) -> Any:
        step = steps.get(path.name)
        if step:
            mark(f"{step}_start")
        result = plain_write(path, *a, **k)
        if step:
            mark(f"{step}_end")
        return result

    if hasattr(tables, "write_tables"):
        tables.write_tables = marked
    else:  # a tree before parallel18: the steps sent their groups and wrote their tables
        for step in ("write_plan_links", "write_trends"):
            plain = getattr(tables, step)

            def whole(*a: Any, _plain: Any = plain, _step: str = step, **k: Any) -> Any:
                mark(f"{_step}_start")
                result = _plain(*a, **k)
                mark(f"{_step}_end")
                return result

            setattr(tables, step, whole)
    start = time.time()
    rc = metrics.cli.main(argv)
    mark("end")
    print(json.dumps(account(marks, start, "dask" in argv) | peaks))
    return rc


def account(
    marks: dict[str, tuple[float, float, float]], start: float, dask: bool = False
) -> dict[str, float]:
    """The figures of one run (seconds), from the marks and the workers' lines."""
    tasks = [json.loads(s) for f in LOG.glob("[0-9]*.jsonl") for s in f.read_text().splitlines()]
    steps = [json.loads(s) for f in LOG.glob("steps-*.jsonl") for s in f.read_text().splitlines()]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = children.ru_utime + children.ru_stime
    # a Dask worker is no child of this process (its forkserver's): its CPU to the end
    # of its last task or end-of-run step, from its own lines (its shutdown is not
    # counted); the children are then the local pool that made the steps, if one did
    if dask:
        last: dict[int, float] = {}
        for pid, cpu_end in [(t[0], t[2]) for t in tasks] + [(s[1], s[3]) for s in steps]:
            last[pid] = max(last.get(pid, 0.0), cpu_end)
        workers_cpu += sum(v for pid, v in last.items() if pid in {t[0] for t in tasks})
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
        # of the tasks' CPU, what the worker's other threads spent meanwhile (a Dask
        # worker's event loop; a pool worker's watch of its parent)
        "workers_tasks_other_threads": in_tasks - sum(t[12] for t in tasks if len(t) > 12),
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
        **(_between(by_worker) if pooled else {}),
        "tasks": len(tasks),
        "wall_first": marks["first"][2] - start,
        "wall_after_last": marks["end"][2] - marks["last"][2],
        "serial": serial,
        # after the last result: the writer before the links (targets, statistics), the
        # links and the trends (wall; the writer's CPU), and after them (failures,
        # manifest, publishing); the steps' CPU wherever they ran, and their idle tail
        **_after_last(marks, steps),
        "bound_wall": serial + (total - serial) / CORES,
        **by_thread(tasks),
    }


def _between(by_worker: dict[int, list[list[Any]]]) -> dict[str, float]:
    """What each worker did between two of its batches (sending the first's result,
    waiting for the next): wall and CPU seconds, and its voluntary context switches
    (waits: a full pipe, the queue's lock, no batch yet), with those within batches."""
    gap_wall = gap_cpu = switches = within = 0.0
    for lines in by_worker.values():
        lines = sorted(lines, key=lambda t: t[3])
        if len(lines[0]) < 17:
            return {}
        for before, after in itertools.pairwise(lines):
            gap_wall += after[3] - before[4]
            gap_cpu += after[1] - before[2]
            switches += after[13] - before[14]
        within += sum(t[14] - t[13] for t in lines)
    return {
        "workers_between_batches_wall": gap_wall,
        "workers_between_batches_cpu": gap_cpu,
        "workers_between_batches_waits": switches,
        "workers_in_batches_waits": within,
    }


def _after_last(marks: dict[str, tuple[float, float, float]], steps: list) -> dict[str, float]:
    if "write_plan_links_start" not in marks:
        return {}
    cpu = {k: v[0] for k, v in marks.items()}
    wall = {k: v[2] for k, v in marks.items()}
    figures: dict[str, float] = {
        "after_before_links_cpu": cpu["write_plan_links_start"] - cpu["last"],
        "after_links_writer_cpu": cpu["write_plan_links_end"] - cpu["write_plan_links_start"],
        "after_links_wall": wall["write_plan_links_end"] - wall["write_plan_links_start"],
        "after_trends_writer_cpu": cpu["write_trends_end"] - cpu["write_trends_start"],
        "after_trends_wall": wall["write_trends_end"] - wall["write_trends_start"],
        "after_rest_cpu": cpu["end"] - cpu["write_trends_end"],
    }
    for name in ("links", "trends"):
        mine = [s for s in steps if s[0] == name]
        figures[f"{name}_groups"] = len(mine)
        figures[f"{name}_groups_cpu"] = sum(s[3] - s[2] for s in mine)
        figures[f"{name}_largest_group_cpu"] = max((s[3] - s[2] for s in mine), default=0.0)
        ends: dict[int, float] = {}
        for s in mine:
            ends[s[1]] = max(ends.get(s[1], 0.0), s[5])
        figures[f"{name}_idle_tail"] = max(ends.values()) - min(ends.values()) if ends else 0.0
    return figures


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
