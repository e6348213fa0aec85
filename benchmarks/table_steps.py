"""Where the CPU of ``metrics.extract`` goes: ``process_text`` and each table step.

Usage: python benchmarks/table_steps.py [--megabytes 1] [--runs 5]

Builds the corpus ``throughput.py`` builds (../shared/corpus and data/sample repeated to
the given size), runs ``metrics.extract`` on it once to warm up, then ``--runs`` times with
a CPU clock round ``process_text`` and round each step ``metrics.api`` takes to make its
tables (the functions it calls, looked up in its namespace, so the steps stay the ones it
runs): the restatements (``mark_part_of``), records to Arrow (``records_table``), Arrow to
the analyst dtypes (``typed_table``, ``typed``), the statistics, the plan links, the
targets and the trends. A step's figure is its own CPU seconds, without the steps it calls
(``typed_table`` calls ``typed``). "reading and the rest" is what ``extract`` spent outside
them all (listing and reading the files, the engine, and what ``_tables`` does itself).
Prints the least of the runs for each step (the figure the machine's load moves least),
its share of ``extract``, and the load average.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import metrics
import metrics.api as api
import metrics.pipeline as pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build

STEPS = (
    "mark_part_of",
    "disk_order",
    "records_table",
    "typed_table",
    "typed",
    "stats_of",
    "stats_frames",
    "plans_in_order",
    "file_targets",
    "targets_table",
    "trends_in_order",
    # the steps' names before 2026-12-06 (commit a94a1f5), to time an older tree
    "plan_vs_outcome",
    "stats_tables",
    "trends",
)


class Clock:
    """CPU seconds of each wrapped function, without those of the wrapped ones it calls."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.inner: list[float] = []  # CPU of wrapped calls inside the running one

    def wrap(self, name: str, fn: Callable) -> Callable:
        @functools.wraps(fn)
        def timed(*args: object, **kwargs: object) -> object:
            self.inner.append(0.0)
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                took = time.process_time() - start
                own = took - self.inner.pop()
                self.spent[name] = self.spent.get(name, 0.0) + own
                if self.inner:
                    self.inner[-1] += took

        return timed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--megabytes", type=float, default=1.0, help="corpus size (default 1)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs (least of them)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files, chars = build(Path(tmp), args.megabytes)
        metrics.extract(tmp)  # warm-up: rules and lazily compiled patterns
        clock = Clock()
        pipeline.process_text = clock.wrap("process_text", pipeline.process_text)
        for name in STEPS:
            if hasattr(api, name):
                setattr(api, name, clock.wrap(name, getattr(api, name)))
        least: dict[str, float] = {}
        for _ in range(args.runs):
            clock.spent.clear()
            start = time.process_time()
            metrics.extract(tmp)
            total = time.process_time() - start
            spent = {**clock.spent, "reading and the rest": total - sum(clock.spent.values())}
            spent["extract"] = total
            for name, cpu in spent.items():
                least[name] = min(least.get(name, cpu), cpu)
    print(
        f"{len(files)} files, {chars:,} chars; least of {args.runs} runs, CPU s; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    whole = least["extract"]
    tables = sum(v for k, v in least.items() if k in STEPS)
    for name, cpu in least.items():
        print(f"  {name:22} {cpu:7.3f}  {100 * cpu / whole:5.1f} %")
    print(
        f"  table steps together   {tables:7.3f}  {100 * tables / whole:5.1f} %; "
        f"extract {chars / whole:,.0f} chars per CPU s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
