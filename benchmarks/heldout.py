"""Score roles and metric names on sentences the rules were not written from.

Usage: python benchmarks/heldout.py [FILE.jsonl ...] [--misses]

With ``--misses`` it prints each figure missed or wrong (role or metric), and with EXACT
each one whose metric is right by the gold rule but not the labelled name.

Each FILE (default: every tests/data/heldout_meaning*.jsonl, a line of scores each) holds
sentences we wrote ourselves in the corpus's style, each labelled with the figures it
states (text, role, metric; ``optional`` figures count neither way, ``optional_role`` is a
second acceptable role). The sentences
are laid out as one report — summary sentences under a review heading, plan sentences
under a plan heading — and run through ``metrics.extract_text``; a found figure matches a
labelled one when their spans overlap. Prints detection recall, role accuracy and metric
accuracy (the gold rule: the found name contains the labelled
phrase, or lies inside it with at least two characters), metric_exact (the found name is the
labelled one) and, over the figures labelled with them, qualifier and period (as written).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import metrics

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout_meaning.jsonl"
TITLE = "东湖区发展和改革局2025年工作总结和2026年工作计划\n"
HEADINGS = {"summary": "一、2025年工作完成情况\n", "plan": "二、2026年工作计划\n"}


def layout(records: list[dict]) -> tuple[str, list[int]]:
    """The report text and the offset of each record's sentence in it."""
    text, starts = TITLE, [0] * len(records)
    for section, heading in HEADINGS.items():
        text += heading
        for i, record in enumerate(records):
            if record["section"] == section:
                starts[i] = len(text)
                text += record["sentence"] + "\n"
    return text, starts


# labels a record may give besides role and metric, and the column they are checked on
OPTIONAL = {"qualifier": "qualifier", "period": "period"}


def metric_ok(found: object, gold: str) -> bool:
    if not isinstance(found, str) or not found:
        return False
    return gold in found or (len(found) >= 2 and found in gold)


def extra_figures(records: list[dict], starts: list[int], rows: list) -> list[str]:
    """The surfaces of found figures in a labelled sentence that overlap no label."""
    extra = []
    for record, start in zip(records, starts, strict=True):
        spans, offset = [], 0
        for gold in record["mentions"]:
            at = record["sentence"].index(gold["text"], offset)
            offset = at + len(gold["text"])
            spans.append((start + at, start + offset))
        end = start + len(record["sentence"])
        extra += [
            r.text
            for r in rows
            if start <= r.char_start < end
            and not any(r.char_start < e and r.char_end > s for s, e in spans)
        ]
    return extra


def score(records: list[dict], misses: bool = False) -> dict[str, float]:
    text, starts = layout(records)
    found = metrics.extract_text(text, name="heldout.txt").mentions
    rows = list(found.itertuples())
    extra = extra_figures(records, starts, rows)
    if misses:
        for surface in extra:
            print(f"EXTRA {surface}")
    counts = {"gold": 0, "found": 0, "role": 0, "metric": 0, "metric_exact": 0}
    optional = {name: [0, 0] for name in OPTIONAL}
    for record, start in zip(records, starts, strict=True):
        offset = 0
        for gold in record["mentions"]:
            at = record["sentence"].index(gold["text"], offset)
            offset = at + len(gold["text"])
            if gold.get("optional"):
                continue
            counts["gold"] += 1
            row = next(
                (r for r in rows if r.char_start < start + offset and r.char_end > start + at), None
            )
            if row is None:
                if misses:
                    print(f"MISSED {gold['text']} in {record['sentence']}")
                continue
            counts["found"] += 1
            roles = {gold["role"], gold.get("optional_role", gold["role"])}
            role_right = row.role in roles
            metric_right = metric_ok(row.metric, gold["metric"])
            counts["role"] += role_right
            counts["metric"] += metric_right
            counts["metric_exact"] += row.metric == gold["metric"]
            for name, column in OPTIONAL.items():
                if name in gold:
                    right = getattr(row, column) == gold[name]
                    optional[name][0] += right
                    optional[name][1] += 1
                    if misses and not right:
                        print(f"{gold['text']}: {name} {getattr(row, column)} (gold {gold[name]})")
            if misses and not (role_right and metric_right):
                print(
                    f"{gold['text']}: role {row.role} (gold {gold['role']}), "
                    f"metric {row.metric} (gold {gold['metric']}) | {record['sentence']}"
                )
            elif misses and row.metric != gold["metric"]:  # right by the gold rule, not exact
                print(
                    f"EXACT {gold['text']}: metric {row.metric} (gold {gold['metric']}) | "
                    f"{record['sentence']}"
                )
    n = counts["found"] or 1
    return {
        "recall": counts["found"] / (counts["gold"] or 1),
        "role": counts["role"] / n,
        "metric": counts["metric"] / n,
        "metric_exact": counts["metric_exact"] / n,
        "precision": counts["found"] / ((counts["found"] + len(extra)) or 1),
        "figures": counts["gold"],
        **{name: right / total for name, (right, total) in optional.items() if total},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="print each wrong figure")
    args = parser.parse_args(argv)
    for path in args.files or sorted(DEFAULT.parent.glob("heldout_meaning*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
        result = score(records, misses=args.misses)
        print(f"{path.name}: {result.pop('figures')} figures, " + ", ".join(
            f"{name} {value:.3f}" for name, value in result.items()
        ))


if __name__ == "__main__":
    main()
