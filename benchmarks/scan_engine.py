"""The whole-text scans alone: the rules' scan, the sentences, the cue starts, for
instruction counts (cachegrind) and paired CPU against another tree.

Usage:
    python benchmarks/scan_engine.py dump FILE              # record one corpus run's scans
    python benchmarks/scan_engine.py count FILE N [--what W] # W's scans N times, untimed
    python benchmarks/scan_engine.py time FILE [--what W] [--runs R]

``dump`` runs ``process_text`` once over ../shared/corpus (joined, as ``cpu_share.py run``)
and pickles what each whole-text scan was asked: every stretch ``find_candidates`` scanned
(``scan``), every stretch ``split_sentences`` cut (``sentences``), every pattern
``cue_hits._starts`` scanned a text with (``cues``). ``count`` asks them again N times
and prints nothing but their number of results: under
``valgrind --tool=cachegrind --cache-sim=no``, one pass is (I(N=2) - I(N=0)) / 2, which
the load does not change. ``time`` prints the CPU ms of one pass (median of R).

The script reads only names both trees have (``metrics.rules.find_candidates``,
``metrics.segment.sentences.split_sentences``, ``metrics.rules.cue_hits._starts``), so a
file dumped here is asked of another tree with that tree's interpreter:
``/work/wt/lead/.venv/bin/python benchmarks/scan_engine.py count FILE 2`` (its ``metrics``
is the other tree's).
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
WHAT = ("scan", "sentences", "cues")


def _patch(name: str, module_attr: str, record: Callable[..., None]) -> list[Any]:
    """Wrap ``module_attr`` in every loaded module that holds the same function (a
    caller's ``from … import``), recording its arguments; the patched modules."""
    original = None
    for m in list(sys.modules.values()):
        if m is not None and m.__name__ == name:
            original = getattr(m, module_attr)
    if original is None:
        raise SystemExit(f"{name}.{module_attr} not found")

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        record(*args, **kwargs)
        return original(*args, **kwargs)

    patched = [m for m in list(sys.modules.values()) if getattr(m, module_attr, None) is original]
    for m in patched:
        setattr(m, module_attr, wrapped)
    return [(m, module_attr, original) for m in patched]


def dump(out: Path) -> None:
    # (loaded before the patch)
    import metrics.rules.cue_hits
    import metrics.segment.sentences  # noqa: F401
    from metrics.io import read_text
    from metrics.pipeline import process_text

    corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    if not corpus:
        raise SystemExit(f"no corpus in {ROOT.parent / 'shared' / 'corpus'}")
    text = "\n".join(read_text(p).text for p in corpus)
    texts: dict[int, tuple[int, str]] = {}  # id -> (index, text)

    def index(t: str) -> int:
        if id(t) not in texts:
            texts[id(t)] = (len(texts), t)
        return texts[id(t)][0]

    scan: list[tuple[int, int, int]] = []
    sentences: list[tuple[int, int, int, tuple[int, ...]]] = []
    cues: list[tuple[str, int, int]] = []
    restore = []
    restore += _patch(
        "metrics.rules.scan",
        "find_candidates",
        lambda t, start=0, end=None: scan.append((index(t), start, len(t) if end is None else end)),
    )
    restore += _patch(
        "metrics.segment.sentences",
        "split_sentences",
        lambda t, start, end, breaks=(): sentences.append((index(t), start, end, tuple(breaks))),
    )
    restore += _patch(
        "metrics.rules.cue_hits",
        "_starts",
        lambda p, t: cues.append((p.pattern, int(p.flags), index(t))),
    )
    try:
        process_text(text, "bench.txt")
    finally:
        for m, attr, original in restore:
            setattr(m, attr, original)
    ordered = [t for _, t in sorted(texts.values())]
    with out.open("wb") as f:
        pickle.dump({"texts": ordered, "scan": scan, "sentences": sentences, "cues": cues}, f)
    print(
        f"{len(ordered)} texts, {len(scan)} scans "
        f"({sum(e - s for _, s, e in scan):,} chars), {len(sentences)} sentence splits, "
        f"{len(cues)} cue scans ({len({p for p, _, _ in cues})} patterns)"
    )


def passes(data: dict[str, Any], what: str) -> Callable[[], int]:
    """One pass of ``what``'s recorded scans: a function returning its number of results."""
    texts = data["texts"]
    if what == "scan":
        from metrics.rules import find_candidates

        spans = [(texts[i], s, e) for i, s, e in data["scan"]]
        return lambda: sum(1 for t, s, e in spans for _ in find_candidates(t, s, e))
    if what == "sentences":
        from metrics.segment.sentences import split_sentences

        cuts = [(texts[i], s, e, b) for i, s, e, b in data["sentences"]]
        return lambda: sum(1 for t, s, e, b in cuts for _ in split_sentences(t, s, e, b))
    if what == "cues":
        from metrics.rules import cue_hits

        asks = [(regex.compile(p, f), texts[i]) for p, f, i in data["cues"]]

        def cue_pass() -> int:
            cue_hits._LAST.clear()  # each text's scan again, as a new text's would be
            return sum(len(cue_hits._starts(p, t)) for p, t in asks)

        return cue_pass
    raise SystemExit(f"--what is one of {WHAT}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("dump", "count", "time"))
    ap.add_argument("file", type=Path)
    ap.add_argument("n", type=int, nargs="?", default=1)
    ap.add_argument("--what", choices=WHAT, default="scan")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    if args.mode == "dump":
        dump(args.file)
        return 0
    with args.file.open("rb") as f:
        data = pickle.load(f)
    one = passes(data, args.what)
    found = one()  # warm: the alternation compiled, caches filled
    if args.mode == "count":
        for _ in range(args.n):
            found = one()
        print(found)
        return 0
    times = []
    for _ in range(args.runs):
        start = time.process_time()
        one()
        times.append(time.process_time() - start)
    print(f"{args.what}: {1000 * statistics.median(times):.2f} ms a pass, {found} results")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
