"""Why a file costs more CPU when two workers run side by side: the same tasks, alone and
beside a copy, each process pinned to a core, with what each task did besides its work.

Usage: python benchmarks/side_by_side.py [--copies 3] [--rounds 3] [--gc default,freeze,...]
       [--kinds pipeline,loop,stream] [--beside same|loop,stream,pipeline]

Each round starts fresh processes that run, as a pool worker does, ``engine.run_batch`` of
``packed.run_packed`` on every source of the corpus ``throughput.py`` builds (the shared
corpus and ``data/sample``, ``--copies`` times each, under distinct names) once untimed
(rules compiled, the segmenter loaded, caches warm), then wait on the parent and run the
same tasks again, timed. "alone": one process pinned to core 0 (``taskset``); "beside":
two, pinned to cores 0 and 1, released together. Per process it prints the CPU of its own
thread in the timed pass, its cyclic collections (count and CPU: ``gc.callbacks``), its
minor page faults, its resident set before and after (growth a task), and the pickled
bytes of its results (what the pool sends the writer). Two reference kinds, timed the same
way: ``loop``, integer arithmetic on a few objects (no cache shared: what a second busy
core costs an instruction, the clock or the host's threads), and ``stream``, copies of a
64 MB buffer (memory bandwidth shared).

``--beside`` says what runs on core 1 while the copy on core 0 is timed: ``same`` (a
copy of it, released together), or other kinds, each run over and over until the timed
copy is done: ``pipeline`` beside ``loop`` costs what a busy neighbour core costs any
instruction (the host's clock, or the two vCPUs being one core's two threads), beside
``stream`` what shared memory bandwidth adds, beside ``pipeline`` what a neighbour with
the same working set adds besides (the shared L3): only that last part is the program's
to shrink (a smaller or shared working set), the rest is the machine's.

``--gc`` runs the pipeline with the worker's collector as it is (``default``), its heap
frozen after the warm pass (``freeze``: a full collection, then ``gc.freeze``), or higher
thresholds (``t10000``: ``gc.set_threshold(10000, 10, 10)``): the collections' CPU and the
task CPU against the default, in the same rounds. Alone and beside alternate, so a load
that changes moves both; the load average is printed with each line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import gc, json, os, pickle, resource, sys, time
from pathlib import Path
kind, setting, folder, cores, repeat = sys.argv[1:6]
spent = [0.0, 0, 0.0]  # collections: CPU s, count, CPU s of generation 2
clock = []
def gc_clock(phase, info):
    if phase == "start":
        clock.append(time.thread_time())
        return
    t = time.thread_time() - clock.pop()
    spent[0] += t
    spent[1] += 1
    spent[2] += t if info["generation"] == 2 else 0.0
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
sent = [0]
if kind == "pipeline":
    from metrics import engine, pipeline
    from metrics.packed import run_packed
    tasks = [t for f in sorted(Path(folder).glob("*.txt")) for t in pipeline.tasks(f)]
    def work():
        for task in tasks:
            sent[0] += len(pickle.dumps(engine.run_batch(run_packed, [task]), -1))
    work()  # untimed: rules compiled, the segmenter loaded, caches warm
    if setting == "freeze":
        gc.collect()
        gc.freeze()
    elif setting.startswith("t"):
        gc.set_threshold(int(setting[1:]), 10, 10)
elif kind == "loop":
    def work():
        total = 0
        for i in range(4_000_000):
            total = (total + i * i) % 1_000_003
else:
    block = bytearray(64 << 20)
    def work():
        for _ in range(12):
            bytes(block)
sent[0] = 0
gc.callbacks.append(gc_clock)
if setting == "forked":  # the copies are forked from this warm process: its pages shared
    read, write = os.pipe()
    children = []
    for core in cores.split(","):
        pid = os.fork()
        if pid == 0:
            os.sched_setaffinity(0, {int(core)})
            os.close(write)
            os.read(read, 1)  # released with the others
            break
        children.append(pid)
    else:  # the warm parent: release the copies, wait for them
        print("ready", flush=True)
        sys.stdin.readline()
        os.write(write, b"x" * len(children))
        for pid in children:
            os.waitpid(pid, 0)
        sys.exit(0)
else:
    print("ready", flush=True)
    sys.stdin.readline()  # the parent releases every copy at once
whole = None
if kind == "pipeline":  # the whole dictionary loaded by the warm pass (not words one by one)
    from metrics.context import word_bounds
    whole = getattr(word_bounds._tag, "whole", word_bounds._tag) is not None
faults, rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt, rss()
while repeat == "again":  # a partner: busy until the measured copy is done (then killed)
    work()
begin = time.thread_time()
work()
cpu = time.thread_time() - begin
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "cpu": cpu, "gc": spent[0], "gc_count": spent[1], "gc_gen2": spent[2],
    "faults": usage.ru_minflt - faults, "rss_growth": rss() - rss0, "rss": rss(),
    "sent": sent[0], "whole": whole, "tasks": len(tasks) if kind == "pipeline" else 0,
}), flush=True)
"""


def copies(
    kind: str, setting: str, folder: Path, cores: list[int], partner: str = ""
) -> list[dict]:
    """The timed figures of one process a core of ``cores``, released together (with
    ``forked``, forked from one warm process). With ``partner`` (another kind), the
    process on the first core runs ``kind`` and the one on the second runs ``partner``
    over and over until the first is done (then ended): only the first's figures."""
    env = os.environ | {"PYTHONHASHSEED": "0"}
    if setting == "forked":
        cores = [",".join(map(str, cores))]  # one process, which forks a copy a core
    kinds = [kind] + [partner or kind] * (len(cores) - 1)
    runs = [
        subprocess.Popen(
            [
                "taskset",
                "-c",
                str(core),
                sys.executable,
                "-c",
                CHILD,
                which,
                setting if which == kind else "default",
                str(folder),
                str(core),
                "again" if partner and i else "once",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i, (core, which) in enumerate(zip(cores, kinds, strict=True))
    ]
    for run in runs:
        assert run.stdout is not None and run.stdout.readline().strip() == "ready"
    for run in runs:
        assert run.stdin is not None
        run.stdin.write("go\n")
        run.stdin.flush()
    if partner and len(runs) > 1:
        first = runs[0].communicate()[0]
        for run in runs[1:]:  # the partner works until the measured copy is done
            run.kill()
            run.communicate()
        return [json.loads(line) for line in first.splitlines()]
    return [json.loads(line) for run in runs for line in run.communicate()[0].splitlines()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=3, help="copies of each source")
    ap.add_argument("--rounds", type=int, default=3, help="alone, then beside, this many times")
    ap.add_argument("--gc", default="default", help="collector settings of the pipeline")
    ap.add_argument("--kinds", default="pipeline,loop,stream")
    ap.add_argument(
        "--beside",
        default="same",
        help="what runs on the second core: 'same' (a copy), or kinds (loop,stream,"
        "pipeline) run over and over beside each measured kind",
    )
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from throughput import SOURCES

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(args.copies):
            for src in SOURCES:
                shutil.copyfile(src, folder / f"{i:03}_{src.name}")
        runs = [
            (kind, setting)
            for kind in args.kinds.split(",")
            for setting in (args.gc.split(",") if kind == "pipeline" else ["default"])
        ]
        partners = [""] if args.beside == "same" else args.beside.split(",")
        for kind, setting in runs:
            for partner in partners:
                if partner and setting == "forked":
                    continue  # forked copies are copies of one process
                alone: list[dict] = []
                beside: list[dict] = []
                loads = []
                for _ in range(args.rounds):
                    alone += copies(kind, setting, folder, [0])
                    beside += copies(kind, setting, folder, [0, 1], partner)
                    loads.append(os.getloadavg()[0])
                name = f"{kind} {setting}" + (f" beside {partner}" if partner else "")
                report(name, alone, beside, loads)
    return 0


def report(name: str, alone: list[dict], beside: list[dict], loads: list[float]) -> None:
    def med(rows: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    a, b = med(alone, "cpu"), med(beside, "cpu")
    print(
        f"{name}: CPU alone {a:.3f} s, beside {b:.3f} s: {b / a:.3f}x "
        f"(alone {min(r['cpu'] for r in alone):.3f}-{max(r['cpu'] for r in alone):.3f}, "
        f"beside {min(r['cpu'] for r in beside):.3f}-{max(r['cpu'] for r in beside):.3f}; "
        f"load {min(loads):.1f}-{max(loads):.1f})"
    )
    tasks = alone[0]["tasks"]
    if tasks:
        for label, rows in (("alone", alone), ("beside", beside)):
            print(
                f"  {label}: gc {med(rows, 'gc'):.3f} s in {med(rows, 'gc_count'):.0f} "
                f"collections (gen. 2 {med(rows, 'gc_gen2'):.3f} s), minor faults "
                f"{med(rows, 'faults'):.0f}, RSS {med(rows, 'rss') / 2**20:.1f} MB "
                f"(+{med(rows, 'rss_growth') / 2**10 / tasks:.1f} KB a task), pickled "
                f"{med(rows, 'sent') / tasks / 1024:.1f} KB a task, {tasks} tasks, whole "
                f"dictionary {sum(bool(r['whole']) for r in rows)}/{len(rows)}"
            )


if __name__ == "__main__":
    sys.exit(main())
