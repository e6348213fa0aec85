"""How much of ``process_text`` goes to text that yields no figure.

Usage: python benchmarks/figureless.py [RUNS]

Joins ../shared/corpus into one text (as ``cpu_share.py run`` does) and prints:

- the share of its characters in lines and in sentences that hold no character a figure
  can start with (an Arabic or full-width digit, a Chinese numeral of a figure, a mask
  character x, X or *): text no rule can match, which a stage could pass over;
- the figures ``process_text`` finds in those sentences (none, if the test is right);
- the CPU of the rules' scan (the master pattern's ``finditer``) over those sentences and
  over the others, best of RUNS (default 5);
- the CPU of the sentence view (``mentions._view``: breaks, periods carried on, the
  page's chrome) spent on sentences without a figure and on those with one, and the run's
  CPU, the median of RUNS warm runs (the pure build only: a compiled module's calls of
  its own functions are not seen).

CPU is this thread's clock (``time.thread_time``), which the machine's load moves little.
The stages that read every line whatever it holds (normalize, the documents' titles and
years, the sections' headings) are in ``cpu_share.py stages``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import metrics.context.mentions as mentions
from metrics.io import read_text
from metrics.lexicon.numerals import DIGITS, FIGURE_MYRIADS, PLACES
from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.rules import compiled
from metrics.segment.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
# every character a figure can start with or be written in
FIGURE_CHARS = frozenset("0123456789０１２３４５６７８９xX*＊" + DIGITS + PLACES + FIGURE_MYRIADS)


def figureless(piece: str) -> bool:
    return FIGURE_CHARS.isdisjoint(piece)


def cpu(fn: Callable[[], object]) -> float:
    """This thread's CPU seconds for one call of ``fn``."""
    start = time.thread_time()
    fn()
    return time.thread_time() - start


def best(fn: Callable[[], object], runs: int) -> float:
    return min(cpu(fn) for _ in range(runs))


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    if not corpus:
        raise SystemExit(f"no corpus in {ROOT.parent / 'shared' / 'corpus'}")
    raw = "\n".join(read_text(p).text for p in corpus)
    norm = normalize(raw)
    text = norm.text
    lines = text.split("\n")
    blank_lines = sum(len(line) for line in lines if figureless(line))
    spans = list(split_sentences(text, 0, len(text)))
    without = [text[s:e] for s, e in spans if figureless(text[s:e])]
    with_ = [text[s:e] for s, e in spans if not figureless(text[s:e])]
    chars = len(text)
    print(f"characters {chars:,}; sentences {len(spans):,}")
    share = 100 * blank_lines / chars
    print(f"  in lines with no figure character: {blank_lines:,} ({share:.1f} %)")
    n_without = sum(map(len, without))
    print(
        f"  in sentences with none: {n_without:,} ({100 * n_without / chars:.1f} %), "
        f"{len(without):,} sentences"
    )

    result = process_text(raw, "bench.txt")
    starts = {norm.span(s, e)[0] for s, e in spans if figureless(text[s:e])}
    found = sum(1 for m in result.mentions if m.sentence_start in starts)
    print(f"figures {len(result.mentions):,}; in sentences with no figure character: {found}")

    master = compiled().master
    joined_without, joined_with = "\n".join(without), "\n".join(with_)
    t_without = best(lambda: sum(1 for _ in master.finditer(joined_without)), runs)
    t_with = best(lambda: sum(1 for _ in master.finditer(joined_with)), runs)
    print(
        f"scan (master pattern): {1000 * t_without:.2f} ms on the sentences with no figure "
        f"character, {1000 * t_with:.2f} ms on the others"
    )

    view = mentions._view
    spent = {True: 0.0, False: 0.0}

    def timed(*args: object) -> object:
        start = time.thread_time()
        out = view(*args)  # type: ignore[arg-type]
        spent[args[3] > args[2]] += time.thread_time() - start  # type: ignore[operator]
        return out

    mentions._view = timed  # type: ignore[assignment]
    totals, empty, full = [], [], []
    try:
        for _ in range(runs):
            spent[True] = spent[False] = 0.0
            start = time.thread_time()
            process_text(raw, "bench.txt")
            totals.append(time.thread_time() - start)
            empty.append(spent[False])
            full.append(spent[True])
    finally:
        mentions._view = view  # type: ignore[assignment]
    total = statistics.median(totals)
    if not any(full):  # a compiled section_mentions calls _view in C, past the module's dict
        print(f"process_text {1000 * total:.1f} ms (median of {runs}); the view's calls unseen")
        return 0
    print(
        f"process_text {1000 * total:.1f} ms (median of {runs}, view timed); sentence view: "
        f"{1000 * statistics.median(empty):.1f} ms on sentences without a figure "
        f"({100 * statistics.median(empty) / total:.1f} %), "
        f"{1000 * statistics.median(full):.1f} ms on those with one "
        f"({100 * statistics.median(full) / total:.1f} %)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
