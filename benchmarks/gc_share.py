"""What Python's cycle collector costs an extraction: its runs and their CPU time.

Usage: python benchmarks/gc_share.py [--mb 1] [--runs 3] [--text]

Builds a folder of ``--mb`` MB of text from ../shared/corpus and data/sample (as
``throughput.py`` does) and runs ``metrics.extract`` on it ``--runs`` times after one
warm-up, in this process (``--text``: ``process_text`` of the corpus joined into one text
instead). For each run it prints the CPU seconds of the run and, by generation, how many
collections ran, their CPU milliseconds (the thread's CPU clock read in ``gc.callbacks``
at each collection's start and stop: a figure the machine's load hardly moves) and the
objects they freed. Compare a tree with ``metrics.gc_pacing`` and one without: the
collections a run makes and what they cost follow from its allocations, not from the
machine.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import build  # noqa: E402

import metrics  # noqa: E402
from metrics.io import read_text  # noqa: E402
from metrics.pipeline import process_text  # noqa: E402


class Collections:
    """The collector's runs, by generation: (count, CPU seconds, objects freed)."""

    def __init__(self) -> None:
        self.runs: list[tuple[int, float, int]] = []
        self.started = 0.0
        gc.callbacks.append(self.note)

    def note(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.thread_time()
        else:
            gen = info["generation"]
            self.runs.append((gen, time.thread_time() - self.started, info["collected"]))

    def line(self) -> str:
        parts = []
        for gen in range(3):
            runs = [r for r in self.runs if r[0] == gen]
            ms = 1000 * sum(r[1] for r in runs)
            parts.append(f"gen{gen} {len(runs)} runs {ms:.1f} ms freed {sum(r[2] for r in runs)}")
        total = 1000 * sum(r[1] for r in self.runs)
        return f"collector {total:.1f} ms: " + ", ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--text", action="store_true", help="process_text of the corpus")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")  # the corpus's truncated compilations are warned of
    with tempfile.TemporaryDirectory() as folder:
        if args.text:
            corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
            text = "\n".join(read_text(p).text for p in corpus)
            chars = len(text)

            def work() -> int:
                return len(process_text(text, "bench.txt").mentions)
        else:
            _, chars = build(Path(folder), args.mb)

            def work() -> int:
                return len(metrics.extract(folder).mentions)

        work()  # compiles the rules, loads the segmenter's dictionary
        seen = Collections()
        print(f"{chars:,} characters, collector thresholds {gc.get_threshold()}")
        for _ in range(args.runs):
            seen.runs.clear()
            start = time.process_time()
            figures = work()
            cpu = time.process_time() - start
            print(f"run {cpu:.3f} CPU s, {figures:,} figures; {seen.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
