"""Who holds a run's memory: each process of a ``metrics`` command, by role, at the moment
the whole run held the most, and at its last reading.

Usage: python benchmarks/group_memory.py [--every 1] [--trace N] -- metrics extract FOLDER --out OUT
       --quiet --jobs 2 [--engine dask]

Starts the command in a process group of its own and, every ``--every`` seconds, reads
each process of the group's proportional set size (``/proc/PID/smaps_rollup``: ``Pss``,
of it anonymous pages, file pages such as shared libraries, and shared memory; a page
that forked processes share is split among them, so the sum is what the run takes from
the machine, the figure ``throughput.py`` reports as the run's peak). Each process is
named by its role: ``writer`` (the command: with ``--engine dask`` the scheduler, the
client and the nannies run in it), ``worker`` (a child of the writer: the local pool's
workers; or a child of the forkserver: a Dask worker), ``forkserver`` and
``resource tracker`` (multiprocessing's helpers). Prints one line per role at the
group's peak and at the last reading, and each process's own highest PSS; with
``--trace N``, every Nth reading's PSS by role as it goes. Reading
``smaps_rollup`` walks a process's page tables (about 12 ms for 400 MB): once a second
costs a few percent of a core, which the figures do not move. Linux only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import time


def group(pgrp: int) -> list[int]:
    """The processes of process group ``pgrp``."""
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry.name}/stat", "rb") as fh:
                if int(fh.read().rsplit(b")", 1)[1].split()[2]) == pgrp:
                    found.append(int(entry.name))
    return found


def pss(pid: int) -> dict[str, float]:
    """MB of ``pid``'s PSS: whole, anonymous, file, shared memory (empty once it ended)."""
    keys = {b"Pss:": "pss", b"Pss_Anon:": "anon", b"Pss_File:": "file", b"Pss_Shmem:": "shmem"}
    got: dict[str, float] = {}
    with contextlib.suppress(OSError), open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
        for line in fh:
            key = line.split(b" ", 1)[0]
            if key in keys:
                got[keys[key]] = int(line.split()[1]) / 1024
    return got


def role(pid: int, writer: int) -> str:
    """What process ``pid`` of the run is (see the module's docstring)."""
    if pid == writer:
        return "writer"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            command = fh.read().replace(b"\0", b" ").decode(errors="replace")
        with open(f"/proc/{pid}/stat", "rb") as fh:
            parent = int(fh.read().rsplit(b")", 1)[1].split()[1])
    except OSError:
        return "ended"
    if "forkserver" in command and parent == writer:
        return "forkserver"
    if "resource_tracker" in command:
        return "resource tracker"
    return "worker"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=float, default=1.0, help="seconds between readings")
    ap.add_argument("--trace", type=int, default=0, help="print every Nth reading by role")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, start_new_session=True)
    roles: dict[int, str] = {}
    own_peak: dict[int, float] = {}
    peak: tuple[float, float, dict[int, dict[str, float]]] = (0.0, 0.0, {})
    last: tuple[float, float, dict[int, dict[str, float]]] = peak
    readings = 0
    while proc.poll() is None:
        reading = {}
        for pid in group(proc.pid):
            if (named := role(pid, proc.pid)) != "ended":  # again: a spawned one's exec
                roles[pid] = named
            if figures := pss(pid):
                reading[pid] = figures
                own_peak[pid] = max(own_peak.get(pid, 0.0), figures["pss"])
        whole = sum(f["pss"] for f in reading.values())
        if reading:
            last = (time.perf_counter() - t0, whole, reading)
        if whole > peak[1]:
            peak = last
        readings += 1
        if args.trace and reading and readings % args.trace == 0:
            by: dict[str, float] = {}
            for pid, figures in reading.items():
                by[roles.get(pid, "worker")] = by.get(roles.get(pid, "worker"), 0) + figures["pss"]
            print(
                f"{last[0]:7.1f} s {whole:5.0f} MB: "
                + ", ".join(f"{name} {mb:.0f}" for name, mb in sorted(by.items())),
                flush=True,
            )
        time.sleep(args.every)
    wall = time.perf_counter() - t0
    print(f"wall {wall:.1f} s, exit {proc.returncode}")
    for label, (at, whole, reading) in (("peak", peak), ("last reading", last)):
        print(f"{label}: {whole:.0f} MB at {at:.1f} s ({at / wall:.0%} of the run)")
        by_role: dict[str, list[dict[str, float]]] = {}
        for pid, figures in reading.items():
            by_role.setdefault(roles.get(pid, "worker"), []).append(figures)
        for name, rows in sorted(by_role.items(), key=lambda kv: -sum(r["pss"] for r in kv[1])):
            total = {k: sum(r.get(k, 0.0) for r in rows) for k in ("pss", "anon", "file", "shmem")}
            print(
                f"  {name} ×{len(rows)}: {total['pss']:.0f} MB (anonymous {total['anon']:.0f}, "
                f"files {total['file']:.0f}, shared memory {total['shmem']:.0f}); each "
                + ", ".join(f"{r['pss']:.0f}" for r in rows)
            )
    print(
        "each process's highest PSS (MB): "
        + ", ".join(f"{roles.get(pid, '?')} {mb:.0f}" for pid, mb in sorted(own_peak.items()))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
