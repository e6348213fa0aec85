"""Where the regex calls of the pipeline are made, and the CPU time of one process.

Usage: python benchmarks/regex_calls.py [--long N] [--top 25] [--runs 5]

Runs ``process_text`` on ../shared/corpus joined into one text (or, with ``--long N``,
on one line of N times ``完成投资5亿元，新建学校3所，``, the clause of the long-line shape
of ``shapes.py``) and prints the regex calls per figure, by call site and by module
(counted with a profile hook over every method call on a ``regex`` pattern), then the
CPU seconds of ``process_text`` on the same text, the least of ``--runs`` runs (the
figure the machine's load changes least), as characters and microseconds a figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType

import regex

from metrics.io import read_text
from metrics.pipeline import process_text

ROOT = Path(__file__).resolve().parents[1]
CLAUSES = "完成投资5亿元，新建学校3所，"
WARM_UP = "某县2025年政府工作报告\n全年完成投资五亿元，新建学校3所。\n"  # compiles, imports


def regex_sites(text: str) -> tuple[Counter[tuple[str, str, str]], int]:
    """Regex calls while extracting ``text``, by (module, function, method); its figures."""
    pattern_type = type(regex.compile(""))
    sites: Counter[tuple[str, str, str]] = Counter()

    def hook(frame: FrameType, event: str, arg: object) -> None:
        if event == "c_call" and type(getattr(arg, "__self__", None)) is pattern_type:
            module = frame.f_globals.get("__name__", "?")
            sites[(module, frame.f_code.co_name, getattr(arg, "__name__", "?"))] += 1

    sys.setprofile(hook)
    try:
        figures = len(process_text(text, "bench.txt").mentions)
    finally:
        sys.setprofile(None)
    return sites, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", type=int, default=0, help="one line of N clauses")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.long:
        text = CLAUSES * args.long
    else:
        corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
        if not corpus:
            raise SystemExit(f"no corpus in {ROOT.parent / 'shared' / 'corpus'}: give --long N")
        text = "\n".join(read_text(p).text for p in corpus)
    process_text(WARM_UP, "warm.txt")
    sites, figures = regex_sites(text)
    calls = sum(sites.values())
    print(f"{len(text):,} chars, {figures:,} figures, {calls:,} regex calls: "
          f"{calls / figures:.1f} a figure")
    for (module, function, method), n in sites.most_common(args.top):
        print(f"  {n / figures:6.2f}  {module}.{function} ({method})")
    by_module: Counter[str] = Counter()
    for (module, _, _), n in sites.items():
        by_module[module] += n
    print("by module:")
    for module, n in by_module.most_common():
        print(f"  {n / figures:6.2f}  {module}")
    cpu = []
    for _ in range(args.runs):
        t0 = time.process_time()
        process_text(text, "bench.txt")
        cpu.append(time.process_time() - t0)
    best = min(cpu)
    print(f"CPU s of process_text, least of {args.runs}: {best:.3f} "
          f"({len(text) / best:,.0f} chars/CPU s, {1e6 * best / figures:.0f} µs a figure)")


if __name__ == "__main__":
    main()
