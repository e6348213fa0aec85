"""Run a second reader's cases through the extractor: does any read worse than it should?

Usage: python benchmarks/review_cases.py [FILE.jsonl ...] [--all]

Each FILE (default: tests/data/review24_exact.jsonl) holds one case a line, sentences a
second reader wrote in the corpus's style to find where a round's rules misfire: ``key``,
``head`` (R: under a review heading, P: under a plan heading), ``sentence``, the reader's
``verdict`` on the branch it read against main, ``main`` (the metric names main found then)
and ``right`` (the names the reader judged right, in the order of the figures: the
branch's where it read better, main's where it read worse or the same; null where the
reader left it unclear). Prints, per file, how many cases read right, and each case that
does not (with ``--all``, every case).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import metrics

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "review24_exact.jsonl"
HEADS = {
    "R": "东湖区发改局2025年工作总结\n一、2025年工作完成情况\n",
    "P": "东湖区发改局2025年工作总结和2026年工作计划\n二、2026年工作计划\n",
}


def names(head: str, sentence: str) -> list[str]:
    """The metric names of the figures found in ``sentence`` under the heading ``head``."""
    return all_names([(head, sentence)])[0]


def all_names(cases: list[tuple[str, str]]) -> list[list[str]]:
    """The metric names of each ``(head, sentence)``: the sentences of one heading laid out
    as one report under it, a line each (one run a heading, not one a sentence), and each
    figure given to the sentence its offset falls in."""
    out: list[list[str]] = [[] for _ in cases]
    for head, heading in HEADS.items():
        text, spans = heading, []
        for i, (h, sentence) in enumerate(cases):
            if h == head:
                spans.append((i, len(text), len(text) + len(sentence)))
                text += sentence + "\n"
        if not spans:
            continue
        rows = metrics.extract_text(text, name="review.txt").mentions
        for start, metric in zip(rows.char_start, rows.metric, strict=True):
            for i, lo, hi in spans:
                if lo <= start < hi:
                    out[i].append(metric if isinstance(metric, str) else "")
    return out


def run(path: Path, show_all: bool = False) -> dict[str, int]:
    counts = {"cases": 0, "right": 0, "wrong": 0, "unclear": 0}
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    found_all = all_names([(c["head"], c["sentence"]) for c in cases])
    for case, found in zip(cases, found_all, strict=True):
        counts["cases"] += 1
        right = case["right"]
        if right is None:
            counts["unclear"] += 1
            verdict = "unclear"
        elif found == right:
            counts["right"] += 1
            verdict = "right"
        else:
            counts["wrong"] += 1
            verdict = "WRONG"
        if show_all or verdict == "WRONG":
            print(f"{verdict:7} {case['key']:5} {found} (right {right}) | {case['sentence']}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--all", action="store_true", help="print every case")
    args = parser.parse_args()
    for path in args.files:
        counts = run(path, args.all)
        print(path.name, " ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
