"""Throughput, start-up and memory of the whole pipeline, against peers on the same text.

Usage: python benchmarks/throughput.py [--sizes 1,10] [--big] [--jobs 1,2] [--dask]
       [--runs 3] [--account] [--cpu]

Builds corpora of the given sizes (MB of text; ``--big`` adds 100 MB) by repeating
../shared/corpus and data/sample under distinct file names. On the first corpus it runs,
in this process and on the same text: the whole pipeline in memory (``metrics.extract``),
cn2an's numeral conversion, chinese2digits and JioNLP's money extractor (the ``bench``
extra; a peer that is not installed is skipped with a note), and one compiled regular
expression (the floor), printing characters/s and the pipeline's ratio to each; regex
calls per figure and figures per 1,000 characters (counted with a profile hook over
every method call on a ``regex`` pattern, on a sample). Then for each size and job count
it runs ``metrics extract`` in a fresh process (and with ``--dask`` on a Dask
LocalCluster of as many workers), printing characters/s, peak memory and the CPU
seconds of the process tree per character (user + system of the main process and of its
workers, which the machine's load hardly changes: the figure to compare on a shared
machine), and that figure over the first size's (linear is 1.00). Start-up is the wall
time of ``metrics extract`` on one small file. Times are medians of ``--runs`` runs; each
size's line and each CLI run's line also print the load average.
With ``--account`` each local CLI run is also run under ``accounting.py``, which prints where
its CPU seconds went (the writing process before the first result, while results come
in, after the last; the workers' start-up, tasks, transport) and the wall time that the
serial part allows on two cores, and the bound on the speed-up over ``--jobs 1`` it
gives (jobs 1's CPU over that wall time): a figure the machine's load hardly moves.
With ``--cpu`` the in-process runs (the pipeline and its peers, one after the other) are
timed by this process's CPU clock instead of the wall clock: on a shared machine a run
that waited for a core then costs what it computed, and the ratio to a peer stops
following the load (the rates are then characters a CPU second).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import regex

import metrics
from metrics.io import read_text

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt")) + sorted(
    (ROOT / "data" / "sample").glob("*.txt")
)
FLOOR = regex.compile(r"\d+(?:\.\d+)?\s*[%万亿元人个]")
SAMPLE_CHARS = 200_000  # the profile hook is slow: count regex calls on this much text
POLL = 0.05  # seconds between two reads of /proc (group_cpu)
# Seconds between two reads of the run's proportional set sizes (group_cpu). Reading a
# process's ``smaps_rollup`` walks its page tables: 12 ms of CPU for 400 MB (measured),
# which every POLL cost this script 17-19 % of a core at 10 and 30 MB with --jobs 2 (2.4 s
# of CPU for a run of 13 s; 9.4 s for one of 56 s), taken from the run on two cores:
# the idle-machine figures of --jobs 2 and Dask were slowed by their own measurement,
# --jobs 1 (a core to spare) was not. ``HARNESS_CPU`` keeps what it costs now.
PSS_EVERY = 1.0
# Seconds between two scans of /proc for the run's processes (1.5 ms each on this machine):
# a process whose whole life falls between two is not counted (the run's live for its
# end: the pool's workers, a Dask cluster's forkserver and workers).
RESCAN = 0.5
HARNESS_CPU: list[float] = []  # this script's CPU seconds in each run of group_cpu
SMALL = "今年全区完成固定资产投资5.2亿元，新建学校3所，城镇新增就业1200人。\n"


def build(folder: Path, megabytes: float) -> tuple[list[Path], int]:
    texts = [(p, read_text(p).text) for p in SOURCES]
    files, chars, size, i = [], 0, 0, 0
    while size < megabytes * 1_000_000:
        src, text = texts[i % len(texts)]
        dest = folder / f"{i:06}_{src.name}"
        shutil.copyfile(src, dest)
        files.append(dest)
        chars += len(text)
        size += dest.stat().st_size
        i += 1
    return files, chars


# The clock of the in-process runs: the wall clock, or with ``--cpu`` this process's CPU
# (user + system, all its threads), which a loaded machine's waits for a core do not move.
CLOCK = {"wall": time.perf_counter, "cpu": time.process_time}
clock = CLOCK["wall"]


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return statistics.median(times)


def peers() -> dict[str, Callable[[list[str]], object] | str]:
    """Each peer's function over a list of lines, or the note why it is skipped."""
    found: dict[str, Callable[[list[str]], object] | str] = {
        "regex floor": lambda lines: [list(FLOOR.finditer(s)) for s in lines]
    }
    try:
        import cn2an

        # cn2an warns for each numeral-like word it cannot convert (十四五, 千万…)
        warnings.filterwarnings("ignore", module="cn2an")
        found["cn2an transform"] = lambda lines: [cn2an.transform(s, "cn2an") for s in lines]
    except ImportError:
        found["cn2an transform"] = "not installed"
    try:
        import chinese2digits as c2d

        found["chinese2digits"] = lambda lines: [c2d.takeNumberFromString(s) for s in lines]
    except ImportError:
        found["chinese2digits"] = "not installed (pip install '.[bench]')"
    try:
        import jionlp

        extract_money = jionlp.ner.extract_money
        found["JioNLP extract_money"] = lambda lines: [extract_money(s) for s in lines]
    except ImportError:
        found["JioNLP extract_money"] = "not installed (pip install '.[bench]')"
    return found


def regex_calls(text: str) -> tuple[int, int]:
    """Method calls on ``regex`` patterns while extracting ``text``, and its figures."""
    pattern_type = type(FLOOR)
    count = 0

    def hook(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "c_call" and type(getattr(arg, "__self__", None)) is pattern_type:
            count += 1

    metrics.extract_text(SMALL)  # compile and warm up outside the count
    sys.setprofile(hook)
    try:
        tables = metrics.extract_text(text)
    finally:
        sys.setprofile(None)
    return count, len(tables.mentions)


def in_process(files: list[Path], chars: int, runs: int) -> None:
    texts = [read_text(f).text for f in files]
    lines = [s for t in texts for s in t.splitlines() if s.strip()]
    folder = files[0].parent
    ours = chars / median_time(lambda: metrics.extract(folder), runs)
    per = "CPU s" if clock is CLOCK["cpu"] else "s"
    print(f"   pipeline in memory (metrics.extract): {ours:,.0f} chars/{per}")
    for name, fn in peers().items():
        if isinstance(fn, str):
            print(f"   {name}: skipped, {fn}")
            continue
        rate = chars / median_time(lambda fn=fn: fn(lines), runs)
        print(f"   {name}: {rate:,.0f} chars/{per}; the pipeline runs at {ours / rate:.2f}x of it")
    sample = "".join(texts)[:SAMPLE_CHARS]
    calls, figures = regex_calls(sample)
    print(
        f"   regex calls per figure {calls / max(figures, 1):.1f} "
        f"({calls:,} calls, {figures:,} figures in {len(sample):,} chars: "
        f"{1000 * figures / len(sample):.1f} figures per 1,000 chars)"
    )


def run_cli(args: list[str]) -> tuple[float, float, float, float, float]:
    """Wall seconds of ``metrics`` with ``args`` in a fresh process, the peak resident
    memory (MB) of its largest process, the CPU seconds of the process and of its workers,
    and the peak memory of the whole run (MB): both memory figures are ``group_cpu``'s. On
    a shared machine the wall time follows the load, CPU time much less. The workers' CPU
    is that of every other process of the run's process group (``group_cpu``): a Dask
    LocalCluster's workers are not the command's children."""
    code = (
        "import resource as R; from metrics.cli import main; "
        f"rc=main({args!r}); s=R.getrusage(R.RUSAGE_SELF); print(s.ru_utime+s.ru_stime)"
    )
    wall, tree, (whole, largest), printed = group_cpu([sys.executable, "-c", code])
    if not printed.split():
        raise RuntimeError(f"metrics {' '.join(args)} printed no figures (it failed?)")
    cpu = float(printed.split()[-1])
    return wall, largest, cpu, max(tree - cpu, 0.0), whole


def group_cpu(
    command: list[str], env: dict[str, str] | None = None
) -> tuple[float, float, tuple[float, float], str]:
    """Wall seconds and CPU seconds (user + system) of ``command`` and of every process of
    its process group, polled from ``/proc`` every ``POLL`` seconds: a Dask LocalCluster's
    workers are forked by a forkserver, not by the command, so the operating system's
    account of the finished command (``RUSAGE_CHILDREN``) misses them. A process that
    ends between two polls loses at most ``POLL`` of its CPU. Also the peak memory (MB) of
    the whole group, the highest sum over one poll of its processes' proportional set sizes
    (PSS shares a page that forked processes hold in common among them, so that the sum is
    what the run takes from the machine; read every ``PSS_EVERY`` seconds, the cost of
    reading it), and of its largest process, the highest
    high-water mark (``VmHWM``) polled. Not ``ru_maxrss``: Linux carries a process's
    high-water mark across ``exec``, so a command forked from a large parent (this script,
    after its in-memory runs) reports the parent's size. Linux only. Also what the command
    printed on its standard output."""
    tick = os.sysconf("SC_CLK_TCK")
    seen: dict[int, float] = {}
    whole = largest = 0.0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    next_pss = t0  # PSS every PSS_EVERY seconds; CPU and high-water marks every POLL
    with tempfile.TemporaryFile() as printed:
        proc = subprocess.Popen(
            command,
            start_new_session=True,  # its own process group, which its workers stay in
            stdout=printed,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        group: list[str] = []  # the run's processes, found every RESCAN seconds
        next_scan = t0
        while proc.poll() is None:
            pss = 0.0
            now = time.perf_counter()
            with_pss = now >= next_pss
            if with_pss:
                next_pss += PSS_EVERY
            if now >= next_scan:
                group, next_scan = _group(proc.pid), now + RESCAN
            for pid in group:
                try:
                    with open(f"/proc/{pid}/stat", "rb") as fh:
                        fields = fh.read().rsplit(b")", 1)[1].split()
                except OSError:  # ended meanwhile
                    continue
                if int(fields[2]) == proc.pid:  # pgrp; utime and stime follow at 11, 12
                    seen[int(pid)] = (int(fields[11]) + int(fields[12])) / tick
                    used, high = memory_mb(pid, with_pss)
                    pss += used
                    largest = max(largest, high)
            whole = max(whole, pss)
            time.sleep(POLL)
        wall = time.perf_counter() - t0
        HARNESS_CPU.append(time.process_time() - cpu0)
        with contextlib.suppress(ProcessLookupError):  # what a run left in its group
            os.killpg(proc.pid, signal.SIGKILL)
        printed.seek(0)
        return wall, sum(seen.values()), (whole, largest), printed.read().decode()


def _group(pgrp: int) -> list[str]:
    """The processes of process group ``pgrp`` (read from every process's stat)."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                if int(fh.read().rsplit(b")", 1)[1].split()[2]) == pgrp:
                    found.append(entry.name)
        except OSError:  # ended meanwhile
            continue
    return found


def memory_mb(pid: str, with_pss: bool = True) -> tuple[float, float]:
    """The proportional set size (without ``with_pss``: 0, not read) and the resident
    high-water mark (MB) of process ``pid``; 0 for what cannot be read (it ended)."""
    pss = high = 0.0
    with contextlib.suppress(OSError):
        if with_pss:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Pss:"):
                        pss = int(line.split()[1]) / 1024
                        break
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmHWM:"):
                    high = int(line.split()[1]) / 1024
                    break
    return pss, high


def cli_runs(args: list[str], runs: int) -> tuple[float, float, float, float, float]:
    """``run_cli``'s figures over ``runs`` runs: medians of the times, highest memory."""
    got = [run_cli(args) for _ in range(runs)]
    wall, peak, cpu, workers, whole = zip(*got, strict=True)
    return (
        statistics.median(wall),
        max(peak),
        statistics.median(cpu),
        statistics.median(workers),
        max(whole),
    )


def accounted(args: list[str], runs: int) -> dict[str, float]:
    """``accounting.py``'s figures of ``metrics`` with ``args`` (medians of ``runs``)."""
    script = Path(__file__).with_name("accounting.py")
    got = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as log:
            env = {**os.environ, "ACCOUNT_LOG": log}
            res = subprocess.run(
                [sys.executable, str(script), *args],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
        got.append(json.loads(res.stdout.splitlines()[-1]))
    return {k: statistics.median(g[k] for g in got) for k in got[0]}


def print_account(jobs: int, a: dict[str, float], one_cpu: float | None) -> None:
    print(
        f"     CPU s: total {a['total_cpu']:.2f} = writer {a['parent_before_first']:.2f} "
        f"before the first result + {a['parent_during_main_thread']:.2f} writing "
        f"+ {a['parent_during_other_threads']:.2f} receiving + {a['parent_after_last']:.2f} "
        f"after the last; tasks {a['workers_tasks']:.2f}; workers "
        f"{a['workers_startup']:.2f} start-up + {a['workers_besides']:.2f} besides their tasks "
        f"(sending results, the end-of-run steps); idle tail {a['idle_tail']:.2f} s wall"
    )
    if jobs > 1 and one_cpu:
        print(
            f"     serial {a['serial']:.2f} s; wall >= {a['bound_wall']:.2f} s on "
            f"two cores: at most {one_cpu / a['bound_wall']:.2f}x jobs 1's CPU "
            f"({one_cpu:.2f} s); measured wall {a['wall']:.1f} s"
        )


def start_up(tmp: Path, runs: int) -> None:
    small = tmp / "small.txt"
    small.write_text(SMALL, encoding="utf-8")
    args = ["extract", str(small), "--out", str(tmp / "small_out"), "--quiet"]
    seconds, peak, cpu, _, whole = cli_runs(args, runs)
    print(
        f"load average {os.getloadavg()[0]:.1f}; "
        f"start-up: `metrics extract` on one small file {seconds:.2f} s wall, "
        f"{cpu:.2f} s CPU, {peak:,.0f} MB (whole run {whole:,.0f} MB)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10", help="corpus sizes in MB, comma separated")
    ap.add_argument("--big", action="store_true", help="add the 100 MB corpus")
    ap.add_argument("--jobs", default="1,2", help="job counts, comma separated")
    ap.add_argument("--dask", action="store_true", help="also run on a Dask LocalCluster")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    ap.add_argument("--account", action="store_true", help="where each run's CPU went")
    ap.add_argument(
        "--cpu", action="store_true", help="time the in-process runs by CPU, not wall, time"
    )
    args = ap.parse_args()
    global clock
    clock = CLOCK["cpu" if args.cpu else "wall"]
    sizes = [float(s) for s in args.sizes.split(",")] + ([100.0] if args.big else [])
    smallest: dict[tuple[str, int], float] = {}  # CPU µs a character of the first size
    with tempfile.TemporaryDirectory() as tmp:
        start_up(Path(tmp), args.runs)
    for k, mb in enumerate(sizes):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            files, chars = build(folder, mb)
            print(
                f"== {mb:g} MB: {len(files)} files, {chars:,} characters "
                f"(load average {os.getloadavg()[0]:.1f})"
            )
            if k == 0:
                in_process(files, chars, args.runs)
            engines = ["local", "dask"] if args.dask else ["local"]
            one_cpu = None
            for jobs in (int(j) for j in args.jobs.split(",")):
                for engine in engines:
                    cli = ["extract", str(folder), "--out", str(Path(tmp) / "out"), "--quiet"]
                    cli += ["--jobs", str(jobs), "--engine", engine]
                    runs = args.runs if mb < 100 else 1
                    seconds, peak, cpu, workers, whole = cli_runs(cli, runs)
                    harness = statistics.median(HARNESS_CPU[-runs:])
                    per_char = 1e6 * (cpu + workers) / chars
                    first = smallest.setdefault((engine, jobs), per_char)
                    print(
                        f"   CLI {engine} jobs {jobs}: {seconds:6.1f} s, "
                        f"{chars / seconds:,.0f} chars/s, peak memory {whole:,.0f} MB "
                        f"(largest process {peak:,.0f} MB); "
                        f"CPU s: main {cpu:.1f}, workers {workers:.1f}; "
                        f"{per_char:.2f} CPU µs/char ({per_char / first:.2f}x the first "
                        f"size's: linear is 1.00); load average {os.getloadavg()[0]:.1f}; "
                        f"measuring it cost this script {harness:.2f} CPU s"
                    )
                    if args.account and engine == "local":
                        a = accounted(cli, args.runs if mb < 100 else 1)
                        if jobs == 1:
                            one_cpu = a["total_cpu"]
                        print_account(jobs, a, one_cpu)
    return 0


if __name__ == "__main__":
    sys.exit(main())
