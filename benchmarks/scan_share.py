"""What the rules' scan spends in the ``regex`` engine: time per pattern, not calls.

Usage: python benchmarks/scan_share.py [--runs N]

Runs ``process_text`` once over ../shared/corpus (joined, as ``cpu_share.py run``) and keeps
every stretch ``rules.find_candidates`` is asked to scan. Then, over those stretches, it
times (CPU ms, median of N runs, default 7): the whole scan (``find_candidates``, vetoes and
candidates included); the rules' alternation alone (``compiled().master``, its matches
only); the first-character guard ``FIRST`` alone, as the zero-width look-ahead the
alternation opens with (how many positions it lets through); and each rule alone behind
the same guard, with its matches.

Then the one split it found worth timing: the rules that hold a literal the engine can
look for first (``/``, ``:``, ``分之``, ``番``; each alone costs a tenth of a millisecond)
searched each on its own, the rest as one alternation, against the whole alternation, in
turn (the two give the same figures: the leftmost match of either, the earlier rule where
both start at one position, which is what the alternation picks).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

import metrics.rules as rules_pkg
from metrics.io import read_text
from metrics.pipeline import process_text

ROOT = Path(__file__).resolve().parents[1]
Stretch = tuple[str, int, int]


def stretches() -> list[Stretch]:
    """The (text, start, end) of every call of ``find_candidates`` in one corpus run."""
    corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    if not corpus:
        raise SystemExit(f"no corpus in {ROOT.parent / 'shared' / 'corpus'}")
    text = "\n".join(read_text(p).text for p in corpus)
    seen: list[Stretch] = []
    original = rules_pkg.find_candidates

    def recording(t: str, start: int = 0, end: int | None = None):  # type: ignore[no-untyped-def]
        seen.append((t, start, len(t) if end is None else end))
        return original(t, start, end)

    patched = [
        m for m in list(sys.modules.values()) if getattr(m, "find_candidates", None) is original
    ]
    for module in patched:
        module.find_candidates = recording  # type: ignore[attr-defined]
    try:
        process_text(text, "bench.txt")
    finally:
        for module in patched:
            module.find_candidates = original  # type: ignore[attr-defined]
    return seen


def median_ms(fn: Callable[[], int], runs: int) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(runs):
        start = time.process_time()
        found = fn()
        times.append(time.process_time() - start)
    return 1000 * statistics.median(times), found


def matches(pattern: regex.Pattern[str], spans: list[Stretch]) -> Callable[[], int]:
    return lambda: sum(1 for t, s, e in spans for _ in pattern.finditer(t, s, e))


def alternation(rules: list[rules_pkg.Rule]) -> regex.Pattern[str]:
    body = "|".join(f"(?P<{r.name}>{r.pattern})" for r in rules)
    return regex.compile(f"(?={rules_pkg.FIRST})(?:{body})", regex.X)


# the rules with a literal the engine finds first (each alone: 0.1-0.3 ms a corpus)
LONE = {
    "per_population",
    "ratio_slash",
    "ratio_colon",
    "ratio_two",
    "percent_chinese",
    "doubling",
    "fraction_chinese",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    runs = ap.parse_args().runs
    spans = stretches()
    print(f"{len(spans)} stretches, {sum(e - s for _, s, e in spans):,} characters")
    whole = rules_pkg.find_candidates
    ms, n = median_ms(lambda: sum(1 for t, s, e in spans for _ in whole(t, s, e)), runs)
    print(f"find_candidates (the whole scan): {ms:.1f} ms, {n} candidates")
    ms, n = median_ms(matches(rules_pkg.compiled().master, spans), runs)
    print(f"the alternation alone: {ms:.1f} ms, {n} matches")
    first = regex.compile(f"(?={rules_pkg.FIRST})", regex.X)
    ms, n = median_ms(matches(first, spans), runs)
    print(f"FIRST alone: {ms:.1f} ms, {n} positions")
    ordered = sorted(rules_pkg.RULES, key=lambda r: r.priority)
    for rule in ordered:
        ms, n = median_ms(matches(alternation([rule]), spans), 3)
        print(f"  {rule.name:18} alone: {ms:5.1f} ms, {n} matches")
    master = rules_pkg.compiled().master
    rest = alternation([r for r in ordered if r.name not in LONE])
    lone = [alternation([r]) for r in ordered if r.name in LONE]

    def split() -> int:
        return sum(matches(p, spans)() for p in (rest, *lone))

    pairs: list[tuple[float, float]] = []
    for _ in range(2 * runs + 1):
        a = median_ms(split, 1)[0]
        b = median_ms(matches(master, spans), 1)[0]
        pairs.append((a, b))
    ratios = sorted(a / b for a, b in pairs)
    print(
        f"split ({len(lone)} rules alone, the rest together) against the alternation, "
        f"{len(pairs)} pairs: {statistics.median(a for a, _ in pairs):.1f} against "
        f"{statistics.median(b for _, b in pairs):.1f} ms, paired {statistics.median(ratios):.3f} "
        f"({ratios[0]:.3f}-{ratios[-1]:.3f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
