"""Where the regex calls of the pipeline are made, and the CPU time of one process.

Usage: python benchmarks/regex_calls.py [--long N | --folder DIR ...] [--top 25] [--runs 5]
[--timing] [--patterns]

Runs ``process_text`` on ../shared/corpus joined into one text (or, with ``--long N``,
on one line of N times ``完成投资5亿元，新建学校3所，``, the clause of the long-line shape
of ``shapes.py``; with ``--folder``, on the ``.txt`` files of the folders named, joined:
../shared/govreports, tests/data/govreports_blind*) and prints the regex calls per figure,
by call site, by module and by stage of the layout (counted with a profile hook over
every method call on a ``regex`` pattern or on an ``re`` pattern: a pattern asked of the
standard engine, ``metrics.twins``' twins, is a call as well), then the
CPU seconds of ``process_text`` on the same text, the least of ``--runs`` runs (the
figure the machine's load changes least), as characters and microseconds a figure.
``--timing`` also times each call site (µs a call and a figure: the thread's CPU clock
read around each call, which a loaded machine's waits for a core do not move; reading
it and the hook add about a µs to every call, and a garbage collection that falls inside
a call is counted to it: read the sites against each other, and time a costly one again
without the hook before trusting its figure). ``--patterns`` names each site's pattern
too (the first characters of its text), for a site that calls several.
"""

from __future__ import annotations

import argparse
import re
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
Site = tuple[str, str, str]  # (module, function, method)
GUARDS = ("metrics.opening", "metrics.gates")  # (modules that call a pattern for a stage)
PATTERN_SHOWN = 30  # characters of a pattern's text shown with ``--patterns``


def regex_sites(
    text: str, patterns: bool = False
) -> tuple[Counter[Site], Counter[Site], int]:
    """Regex calls while extracting ``text`` by site, their seconds by site, the figures;
    ``patterns``: the method named with the pattern's text (several patterns at a site)."""
    pattern_types = (type(regex.compile("")), re.Pattern)  # (a twin on re's engine too)
    sites: Counter[Site] = Counter()
    seconds: Counter[Site] = Counter()
    open_calls: list[tuple[Site, float]] = []
    clock = time.thread_time

    def hook(frame: FrameType, event: str, arg: object) -> None:
        if type(getattr(arg, "__self__", None)) not in pattern_types:
            return
        if event == "c_call":
            while frame.f_globals.get("__name__") in GUARDS and frame.f_back is not None:
                frame = frame.f_back  # a call through a guard is counted where it is made
            module = frame.f_globals.get("__name__", "?")
            method = getattr(arg, "__name__", "?")
            if patterns:
                method += " " + arg.__self__.pattern[:PATTERN_SHOWN].replace("\n", r"\n")
            site = (module, frame.f_code.co_name, method)
            sites[site] += 1
            open_calls.append((site, clock()))
        elif open_calls:  # c_return or c_exception of the call opened last
            site, t0 = open_calls.pop()
            seconds[site] += clock() - t0

    sys.setprofile(hook)
    try:
        figures = len(process_text(text, "bench.txt").mentions)
    finally:
        sys.setprofile(None)
    return sites, seconds, figures


def print_sites(
    sites: Counter[Site], seconds: Counter[Site], figures: int, args: argparse.Namespace
) -> None:
    calls = sum(sites.values())
    print(f"{calls:,} regex calls: {calls / figures:.1f} a figure")
    ranked = seconds.most_common(args.top) if args.timing else sites.most_common(args.top)
    for site, _ in ranked:
        module, function, method = site
        n = sites[site]
        timing = ""
        if args.timing:
            per_call, per_figure = 1e6 * seconds[site] / n, 1e6 * seconds[site] / figures
            timing = f"{per_call:7.2f} µs a call {per_figure:6.2f} a figure  "
        print(f"  {n / figures:6.2f}  {timing}{module}.{function} ({method})")
    by_module: Counter[str] = Counter()
    for (module, _, _), n in sites.items():
        by_module[module] += n
    print("by module:")
    for module, n in by_module.most_common():
        print(f"  {n / figures:6.2f}  {module}")
    by_stage: Counter[str] = Counter()  # the layout's stages: normalize, segment, rules…
    for module, n in by_module.items():
        parts = module.split(".")
        by_stage[parts[1] if parts[0] == "metrics" and len(parts) > 1 else module] += n
    print("by stage:", ", ".join(f"{s} {n / figures:.2f}" for s, n in by_stage.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", type=int, default=0, help="one line of N clauses")
    parser.add_argument("--folder", nargs="*", default=[], help="the .txt files of these")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timing", action="store_true", help="µs a call by site")
    parser.add_argument("--patterns", action="store_true", help="sites by pattern too")
    args = parser.parse_args()
    if args.long:
        text = CLAUSES * args.long
    elif args.folder:
        files = sorted(p for folder in args.folder for p in Path(folder).glob("*.txt"))
        if not files:
            raise SystemExit(f"no .txt file in {' '.join(args.folder)}")
        text = "\n".join(read_text(p).text for p in files)
    else:
        corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
        if not corpus:
            raise SystemExit(f"no corpus in {ROOT.parent / 'shared' / 'corpus'}: give --long N")
        text = "\n".join(read_text(p).text for p in corpus)
    process_text(WARM_UP, "warm.txt")
    sites, seconds, figures = regex_sites(text, args.patterns)
    print(f"{len(text):,} chars, {figures:,} figures", end=", ")
    print_sites(sites, seconds, figures, args)
    cpu = []
    for _ in range(args.runs):
        t0 = time.process_time()
        process_text(text, "bench.txt")
        cpu.append(time.process_time() - t0)
    if not cpu:
        return  # (--runs 0: the calls alone)
    best = min(cpu)
    print(f"CPU s of process_text, least of {args.runs}: {best:.3f} "
          f"({len(text) / best:,.0f} chars/CPU s, {1e6 * best / figures:.0f} µs a figure)")


if __name__ == "__main__":
    main()
