"""What a local Dask cluster costs while it does nothing: distributed's own timers.

Usage: python benchmarks/dask_idle.py [--seconds 20] [--jobs 2] [--defaults]

Starts the cluster as ``--engine dask`` does (``engine.DaskRun``: ``LOCAL_WORKERS``,
``LOCAL_CLUSTER``, ``LOCAL_HEARTBEAT``), or with ``--defaults`` distributed's own settings
(the same forkserver and preload, so that only the timers differ), waits two seconds for
it to settle, then prints the CPU (user + system) that the writing process (the
scheduler, the client and the nannies run there) and the workers spent in ``--seconds``
of doing nothing, per second, with each process's periodic callbacks and their
intervals. Timers fire whatever the load, so these figures hardly move with it; a run
pays them for every second of its wall time.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any


def cpu_of(pid: int) -> float:
    """CPU seconds (user + system) of process ``pid`` so far, from ``/proc``."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def callbacks(dask_worker: Any = None, dask_scheduler: Any = None) -> dict[str, float]:
    """A server's periodic callbacks and their intervals (ms)."""
    server = dask_worker or dask_scheduler
    return {name: pc.callback_time for name, pc in sorted(server.periodic_callbacks.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--defaults", action="store_true", help="distributed's own settings")
    args = ap.parse_args()

    import dask
    from distributed import Client, LocalCluster

    from metrics import engine

    run = engine.DaskRun(args.jobs, None)
    if args.defaults:
        settings = {
            k: v for k, v in engine.LOCAL_WORKERS.items() if "preload" in k or "method" in k
        }
        with dask.config.set(settings):
            engine._preload_local_workers()
            run.cluster = LocalCluster(
                n_workers=args.jobs, threads_per_worker=1, processes=True, dashboard_address=None
            )
        run.client = Client(run.cluster, direct_to_workers=True)
    client = run.connect()
    try:
        pids = list(client.run(os.getpid).values())
        time.sleep(2)
        before = [time.process_time()] + [cpu_of(p) for p in pids]
        time.sleep(args.seconds)
        after = [time.process_time()] + [cpu_of(p) for p in pids]
        spent = [(b - a) / args.seconds * 1000 for a, b in zip(before, after, strict=True)]
        print(f"settings: {'distributed defaults' if args.defaults else 'engine (DaskRun)'}")
        print(f"writer (scheduler, client, nannies): {spent[0]:.1f} ms of CPU a second")
        print(f"workers ({len(pids)}): {sum(spent[1:]):.1f} ms of CPU a second")
        print(f"total: {sum(spent):.1f} ms of CPU a second")
        print("scheduler callbacks (ms):", client.run_on_scheduler(callbacks))
        print("worker callbacks (ms):", next(iter(client.run(callbacks).values())))
    finally:
        run.close()


if __name__ == "__main__":
    main()
