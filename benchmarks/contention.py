"""What a second busy core costs the first: the CPU seconds of the same work, alone and
with a copy of it running beside it.

Usage: python benchmarks/contention.py [--files 40] [--rounds 3]

Each round runs, in fresh processes, one copy of a fixed piece of work and then two
copies at once, and prints the CPU seconds (user + system) each copy spent on it: the
work is the same, so any difference is what sharing the machine costs an instruction
(two virtual cores that are one physical core's two threads on the host, a shared cache,
a lower clock with both cores busy), not work done twice. Two kinds of work:

- ``pipeline``: ``metrics.process_text`` over the first ``--files`` files of the shared
  corpus, after one untimed pass (rules compiled, caches warm), as a ``--jobs 2`` worker
  runs them;
- ``loop``: a loop of integer arithmetic that touches no memory beyond a few objects
  (what is left when the caches are not shared).

A ``--jobs 2`` run spends more CPU seconds than ``--jobs 1`` by the pipeline's ratio
here on an otherwise idle machine; on a machine already loaded by others, the lone copy
shares its core's neighbour too and the ratio tends to 1 (the load average is printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

CHILD = """
import sys, time
from pathlib import Path
kind, count = sys.argv[1], int(sys.argv[2])
if kind == "pipeline":
    from metrics.io import read_text
    from metrics.pipeline import process_text
    files = sorted(Path(sys.argv[3]).glob("*.txt"))[:count]
    texts = [(f.name, read_text(f).text) for f in files]
    def work():
        for name, text in texts:
            process_text(text, name)
    work()  # untimed: rules compiled, caches warm
else:
    def work():
        total = 0
        for i in range(count * 250_000):
            total = (total + i * i) % 1_000_003
begin = time.process_time()
work()
print(time.process_time() - begin)
"""


def copies(kind: str, count: int, n: int) -> list[float]:
    """CPU seconds of the timed work of ``n`` copies started together."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, kind, str(count), str(CORPUS)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    return [float(run.communicate()[0].split()[-1]) for run in runs]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=40, help="corpus files of the pipeline work")
    ap.add_argument("--rounds", type=int, default=3, help="alone / two at once, this many times")
    args = ap.parse_args()
    for kind in ("pipeline", "loop"):
        alone, beside = [], []
        for _ in range(args.rounds):
            alone += copies(kind, args.files, 1)
            beside += copies(kind, args.files, 2)
        a, b = statistics.median(alone), statistics.median(beside)
        print(
            f"{kind}: alone {a:.2f} CPU s, two at once {b:.2f} CPU s a copy: {b / a:.2f}x "
            f"(load average {os.getloadavg()[0]:.1f}; alone {min(alone):.2f}-{max(alone):.2f}, "
            f"two {min(beside):.2f}-{max(beside):.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
