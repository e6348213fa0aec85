"""Who is busy when in a ``metrics extract`` run: each phase of the writing process, what
it and the workers spent in it, and which phases run while a worker has nothing to do.

Usage: python benchmarks/timeline.py extract FOLDER --out OUT --quiet --jobs 2
       [--engine dask] [--tick 0.025] [--strip 0.5]
       python benchmarks/timeline.py --analyse LOG [--strip 0.5]   (a run's samples again)

Runs ``accounting.py``'s ``main`` (the same command line, its clocks and the workers'
lines; its account is printed first, one JSON line) with a sampling thread in this
process that every ``--tick`` seconds notes

- the phase of the writing process's main thread: the innermost frame of its stack
  whose function is one of ``PHASES`` (importing, listing the input, starting the pool,
  waiting for a result, splitting and writing the mentions, the other tables, the
  targets, statistics, plan links, trends, manifest, publishing, the pool's shutdown…);
- the time each thread of this process and each of its descendants (the pool's workers;
  a Dask cluster's forkserver and workers) has run, waited for a core, and so slept,
  from ``/proc/PID/task/TID/schedstat`` (run and run-queue nanoseconds).

A worker sleeps when the thread that runs its tasks neither ran nor waited for a core:
it had no task, or waited for the writer (a full pipe). The run's **idle** time is, at
each tick, what the ``--jobs`` cores lack of work: ``--jobs`` less the workers that ran
or wanted to (a Dask run's cluster workers and its local pool, which makes the
end-of-run steps, count alike). That moves little with the machine's load, where
CPU-time shares and walls do: a worker that waits for a core is busy for the run, its
wait counted apart (``queued``).

Printed: one line a phase (wall seconds while the writer was in it; its main thread's
CPU, its other threads' (receiving results; Dask's scheduler and client), the workers'
CPU, the idle core-seconds, the workers' waits for a core, and the idle share of the
phase's cores) and the **serial** phases (cores idle more than half of it), their share
of the run's idle core-time; then a strip of the run, ``--strip``
seconds a character: the writer's phase letter and each worker's idle tenths (``.``:
busy, ``9``: idle; before a worker is forked and once it ended, idle). Linux only.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

T0 = time.time()  # before the package is imported: start-up is a phase of the run

# (qualified name of a function) -> phase; the innermost frame that names one wins
PHASES = {
    "_find_and_load": "importing",
    "main": "start-up (parsing, checks)",
    "iter_inputs": "listing inputs",
    "settle": "listing inputs",
    "prepare_out_dir": "staging, locking",
    "output_lock": "staging, locking",
    "recover": "staging, locking",
    "start_run": "staging, locking",
    "RunPool.start": "starting the pool",
    "run_files_dask": "Dask cluster start/close",
    # (the cluster is started on the first file and closed when the run's ``with`` ends)
    "DaskRun.connect": "Dask cluster start",
    "DaskRun.close": "Dask cluster close",
    "_in_order": "waiting for a result",
    "_batches": "cutting tasks",
    "tasks": "cutting tasks",
    "_tasks": "cutting tasks",
    "ProcessPoolExecutor.submit": "submitting",
    "Client.submit": "submitting",
    "Assembler.take": "assembling pieces",
    "pack": "assembling pieces",
    "extract_command.<locals>.results": "per result (summary, console)",
    "collect_targets": "gathering targets",
    "_write_results": "writing results (other)",
    "RowGroups.add": "documents, sections, pairs",
    "RowGroups.flush": "documents, sections, pairs",
    "Partitioned.add": "mentions: splitting",
    "Partitioned.flush": "mentions: Parquet",
    "_StatsBuffer.add": "statistics sums",
    "_StatsBuffer.flush": "statistics sums",
    "_append_csv": "mentions.csv",
    "write_extracted": "extracted texts",
    "Partitioned.close": "closing files",
    "RowGroups.close": "closing files",
    "give_back_memory": "giving back memory",
    "StatsTables.tables": "statistics tables",
    "_write_run": "end: other",
    "write_manifest": "manifest",
    "publish": "publishing",
    "run_pool": "pool shutdown",
    "Summary.render": "summary",
    "stale_exports": "summary",
    "export_tables": "CSV export",
}
# Steps that own what they call (their writing, their waiting): the innermost on the
# stack names the phase. ``write_tables`` writes the trends when the links' generator
# (``plan_links``'s) is not inside it; the first two are the names before parallel18.
OWNERS = {
    "write_plan_links": "plan links",
    "write_trends": "trends",
    "plan_links": "links, trends: sending",
    "trend_tables": "links, trends: sending",
    "plan_links.<locals>.<genexpr>": "plan links",
    "_group_links": "plan links",
    "_group_trends": "trends",
    "write_tables": "trends",
    # the targets spilled as they come, then linked and written (their own RowGroups)
    "TargetsFound._hold": "gathering targets",
    "TargetsFound.write": "targets table",
}
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def phase_of(frame: Any) -> str:
    """The phase of a stack: its innermost step of ``OWNERS``, else its innermost frame
    of ``PHASES``, else "other"."""
    phase = None
    while frame is not None:
        name = frame.f_code.co_qualname
        if name in OWNERS:
            return OWNERS[name]
        phase = phase or PHASES.get(name)
        frame = frame.f_back
    return phase or "other"


def _schedstat(pid: int) -> dict[int, tuple[int, int]]:
    """Run and run-queue nanoseconds of each thread of ``pid`` (none once it ended)."""
    out = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat", "rb") as fh:
                run, queued, _ = fh.read().split()
        except (OSError, ValueError):
            continue
        out[int(tid)] = (int(run), int(queued))
    return out


def _descendants(root: int) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


class Sampler(threading.Thread):
    """Every ``tick`` seconds: the writer's phase and every thread's schedstat."""

    def __init__(self, tick: float) -> None:
        super().__init__(name="timeline-sampler", daemon=True)
        self.tick = tick
        self.rows: list[tuple[float, str, dict[int, dict[int, tuple[int, int]]]]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        me, main = os.getpid(), threading.main_thread().ident
        mine = threading.get_native_id()
        pids: list[int] = []
        rescan = 0.0
        while not self.stop.wait(self.tick):
            now = time.time()
            if now >= rescan:
                pids, rescan = _descendants(me), now + 0.25
            frame = sys._current_frames().get(main)  # type: ignore[arg-type]
            stats = {pid: _schedstat(pid) for pid in [me, *pids]}
            stats[me].pop(mine, None)  # this thread's own reading is not the run's
            self.rows.append((now, phase_of(frame), stats))
            del frame


def analyse(
    rows: list, workers: set[int], me: int, main_tid: int, strip: float, slots: int
) -> None:
    """Print the phase table and the strip (see the module's docstring). ``slots``: the
    run's cores for workers (``--jobs``): a Dask run has its cluster's workers and the
    local pool that makes the end-of-run steps, never both busy at once."""
    table: dict[str, list[float]] = defaultdict(lambda: [0.0] * 7)
    order: list[str] = []
    run_start = rows[0][0]
    cells: list[tuple[float, str, list[float], float]] = []
    worker_list = sorted(workers)
    leads = {pid: _lead(rows, pid) for pid in worker_list}
    for (t0, _, s0), (t1, phase, s1) in itertools.pairwise(rows):
        dt = t1 - t0
        if phase not in table:
            order.append(phase)
        row = table[phase]
        row[0] += dt
        ran = _delta(s0.get(me, {}), s1.get(me, {}))
        row[1] += ran.get(main_tid, (0, 0))[0]
        row[2] += sum(r for tid, (r, _) in ran.items() if tid != main_tid)
        # Not clipped a tick at a time: a worker's counters are read a little after or
        # before the tick's clock, so a tick's sleep is its own plus or minus that
        # error, which cancels in a sum (clipped, it would be counted whenever positive).
        idled, wanting = [], 0.0
        for pid in worker_list:
            if pid not in s1 or pid not in s0:  # not forked yet, or ended: its core idles
                idled.append(dt)
                continue
            d = _delta(s0[pid], s1[pid])
            row[3] += sum(r for r, _ in d.values())
            lead = d.get(leads[pid], (0, 0))
            wanting += lead[0] + lead[1]
            row[5] += lead[1]
            idled.append(dt - lead[0] - lead[1])
        row[4] += slots * dt - wanting
        row[6] += slots * dt
        cells.append((t1 - run_start, phase, idled, dt))
    idle_all = sum(r[4] for r in table.values())
    print(
        f"{'phase':34} {'wall':>7} {'main':>7} {'threads':>7} {'workers':>8} "
        f"{'idle':>7} {'queued':>7} {'idle %':>6}"
    )
    serial = []
    for phase in sorted(order, key=lambda p: -table[p][0]):
        wall, main, other, work, idle, queued, span = table[phase]
        share = idle / span if span else 0.0
        if share > 0.5 and idle > 0.05 * idle_all:
            serial.append(phase)
        print(
            f"{phase:34} {wall:7.2f} {main:7.2f} {other:7.2f} {work:8.2f} "
            f"{idle:7.2f} {queued:7.2f} {100 * share:5.0f}%"
        )
    total = [sum(r[i] for r in table.values()) for i in range(7)]
    print(
        f"{'total':34} {total[0]:7.2f} {total[1]:7.2f} {total[2]:7.2f} {total[3]:8.2f} "
        f"{total[4]:7.2f} {total[5]:7.2f} {100 * total[4] / (total[6] or 1):5.0f}%"
    )
    for phase in serial:
        idle = table[phase][4]
        print(f"serial: {phase}: {idle:.2f} s idle, {100 * idle / idle_all:.0f} % of the run's")
    letters = {p: LETTERS[i % len(LETTERS)] for i, p in enumerate(order)}
    print("phases: " + ", ".join(f"{letters[p]} {p}" for p in order))
    line_phase, line_idle = [], [[] for _ in worker_list]
    bucket: list[tuple[str, list[float]]] = []
    edge = strip
    for at, phase, idled, dt in cells:
        bucket.append((phase, idled, dt))
        if at >= edge:
            _cell(bucket, letters, line_phase, line_idle)
            bucket, edge = [], edge + strip
    if bucket:
        _cell(bucket, letters, line_phase, line_idle)
    for i in range(0, len(line_phase), 100):
        print(f"{i * strip:7.1f}s writer " + "".join(line_phase[i : i + 100]))
        for w, line in enumerate(line_idle):
            print(f"{'':8} w{w}     " + "".join(line[i : i + 100]))


def _lead(rows: list, pid: int) -> int:
    """The thread of ``pid`` that ran most over the run: a pool worker's main thread, a
    Dask worker's thread that runs its tasks (its main thread runs the event loop)."""
    first: dict[int, int] = {}
    ran: dict[int, int] = {}
    for _, _, stats in rows:  # a thread may end before its process (a Dask worker's)
        for tid, (run, _) in stats.get(pid, {}).items():
            first.setdefault(tid, run)
            ran[tid] = run - first[tid]
    return max(ran, key=lambda tid: ran[tid], default=pid)


def _cell(bucket: list, letters: dict, line_phase: list, line_idle: list) -> None:
    phases: dict[str, int] = defaultdict(int)
    for phase, _, _ in bucket:
        phases[phase] += 1
    line_phase.append(letters[max(phases, key=lambda p: phases[p])])
    span = sum(dt for _, _, dt in bucket) or 1.0
    for w, line in enumerate(line_idle):
        share = sum(idled[w] for _, idled, _ in bucket if w < len(idled)) / span
        line.append("." if share < 0.05 else str(min(int(share * 10), 9)))


def _delta(a: dict[int, tuple[int, int]], b: dict[int, tuple[int, int]]) -> dict:
    return {
        tid: ((rb - a.get(tid, (0, 0))[0]) / 1e9, (qb - a.get(tid, (0, 0))[1]) / 1e9)
        for tid, (rb, qb) in b.items()
    }


def main(argv: list[str]) -> int:
    tick, strip = 0.025, 0.5
    if "--tick" in argv:
        i = argv.index("--tick")
        tick = float(argv.pop(i + 1))
        argv.pop(i)
    if "--strip" in argv:
        i = argv.index("--strip")
        strip = float(argv.pop(i + 1))
        argv.pop(i)
    if argv[:1] == ["--analyse"]:  # again, from a run's kept samples
        kept = json.loads((Path(argv[1]) / "timeline.json").read_text())
        rows = [
            (t, phase, {int(p): {int(k): tuple(v) for k, v in th.items()} for p, th in st.items()})
            for t, phase, st in kept["rows"]
        ]
        analyse(rows, set(kept["workers"]), kept["me"], kept["main"], strip, kept["jobs"])
        return 0
    sys.path.insert(0, str(Path(__file__).parent))
    sampler = Sampler(tick)
    sampler.start()
    import accounting

    rc = accounting.main(argv)
    sampler.stop.set()
    sampler.join()
    lines = [f for f in accounting.LOG.glob("[0-9]*.jsonl")]
    workers = {int(f.stem) for f in lines}
    workers |= {
        int(json.loads(s)[1])
        for f in accounting.LOG.glob("steps-*.jsonl")
        for s in f.read_text().splitlines()
    }
    workers.discard(os.getpid())
    print(f"start-up before the sampler: {sampler.rows[0][0] - T0:.3f} s")
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    me, main_tid = os.getpid(), threading.main_thread().native_id
    kept = {"rows": sampler.rows, "workers": sorted(workers), "me": me, "main": main_tid}
    (accounting.LOG / "timeline.json").write_text(json.dumps(kept | {"jobs": jobs}))
    analyse(sampler.rows, workers, me, main_tid, strip, jobs)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
