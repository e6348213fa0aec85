"""Score the derived tables on tests/data/tables_blind: compilations written for the purpose
(a city's summary and its districts' plans, two years of one bureau, two years of a county's
government work report, masked targets and results…), with the links a reader expects
labelled by hand before the tool was run on them (tests/data/tables_blind/links.jsonl).

Each label names its figures as ``text@words``: ``words`` is written once in the file and
holds the figure's ``text``. A label with ``meet`` true is a row the table must hold (the
labels of a table are all of its rows on these files: any other row is a false one); with
``meet`` false, figures that must never share a row. Tables: ``pairs`` (actual, target,
completion), ``plan_vs_outcome`` (target, actual — or the completion rate an actual is
derived from), ``trends`` (previous, current), ``targets`` (target, outcome; no outcome
when none is stated).

Usage: python benchmarks/tables_blind.py [FOLDER]   (prints precision, recall and every miss;
FOLDER defaults to tests/data/tables_blind, the first set; tests/data/tables_blind2 is the
second, written after the first was scored and fixed; tests/data/tables_blind3 the third,
tests/data/tables_blind4 the fourth, tests/data/tables_blind5 the fifth)
"""

from __future__ import annotations

import json
import sys
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from metrics.pairs import government_identity, plan_vs_outcome
from metrics.pipeline import process_text
from metrics.targets import file_targets, link_outcomes
from metrics.trends import trends

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "tables_blind"
SIDES = {
    "pairs": ("actual", "target", "completion"),
    "plan_vs_outcome": ("target", "actual"),
    "trends": ("previous", "current"),
    "targets": ("target", "outcome"),
}
Row = tuple[int | None, ...]  # the figures' offsets in the file, one per side


@dataclass
class Score:
    """One table's count of rows found, expected and both, and the misses by name."""

    found: int = 0
    expected: int = 0
    right: int = 0
    never_met: int = 0  # rows that join figures labelled never to meet
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def locate(text: str, ref: str | None) -> int | None:
    """The offset of the figure ``ref`` (``figure@words``) names in ``text``."""
    if ref is None:
        return None
    figure, words = ref.split("@", 1)
    at = text.find(words)
    if at < 0 or text.find(words, at + 1) >= 0 or figure not in words:
        raise ValueError(f"label {ref!r}: its words must be written once and hold the figure")
    return at + words.index(figure)


def _mention_start(mention_id: str | None) -> int | None:
    return None if mention_id is None else int(mention_id.rsplit("@", 1)[1])


def figure_offsets(starts: dict[int, int], offsets: Iterable[int]) -> dict[int, int]:
    """Each mention's start (``starts``: start → end) as the labelled offset its span holds,
    where one does: a label places a figure at its digits, a mention may open with a word
    of its qualifier (低于3.5%, 近5万名)."""
    ordered = sorted(offsets)  # (once, each mention's first offset found by bisection)
    at = {}
    for s, e in starts.items():
        i = bisect_left(ordered, s)
        at[s] = ordered[i] if i < len(ordered) and ordered[i] < e else s
    return at


def table_rows(text: str, name: str, offsets: frozenset[int] = frozenset()) -> dict[str, set[Row]]:
    """The rows of each scored table on one file, as offsets of their figures (a mention's
    start, or the labelled offset inside its span: ``figure_offsets``)."""
    r = process_text(text, name)
    at = figure_offsets({m.char_start: m.char_end for m in r.mentions}, offsets)

    def _start(mention_id: str | None) -> int | None:
        start = _mention_start(mention_id)
        return None if start is None else at.get(start, start)

    identities = {d.doc_id: government_identity(d) for d in r.documents}
    links = plan_vs_outcome(r.mentions, r.documents)
    targets, outcomes = file_targets(r.documents, r.mentions)
    return {
        "pairs": {
            (
                _start(p.actual_mention_id),
                _start(p.target_mention_id),
                _start(p.completion_mention_id),
            )
            for p in r.pairs
        },
        "plan_vs_outcome": {
            (_start(p.target_mention_id), _start(p.actual_mention_id or p.completion_mention_id))
            for p in links
        },
        "trends": {
            (_start(t.previous_mention_id), _start(t.mention_id))
            for t in trends(r.mentions, identities)
        },
        "targets": {
            (_start(t.mention_id), _start(t.outcome_mention_id))
            for t in link_outcomes(targets, outcomes)
        },
    }


def _joins(row: Row, never: Row) -> bool:
    return all(n is None or n == got for n, got in zip(never, row, strict=True))


def score(labels: Iterable[dict], folder: Path = DATA) -> dict[str, Score]:
    """Precision and recall of each table's rows against the labels."""
    by_file: dict[str, list[dict]] = {}
    for label in labels:
        by_file.setdefault(label["file"], []).append(label)
    scores = {table: Score() for table in SIDES}
    for name, labelled in sorted(by_file.items()):
        text = (folder / name).read_text(encoding="utf-8")
        offsets = frozenset(
            o
            for lb in labelled
            for side in SIDES[lb["table"]]
            if (o := locate(text, lb[side])) is not None
        )
        found = table_rows(text, name, offsets)
        for table, sides in SIDES.items():
            wanted = [lb for lb in labelled if lb["table"] == table]
            want = {tuple(locate(text, lb[s]) for s in sides) for lb in wanted if lb["meet"]}
            nevers = [tuple(locate(text, lb[s]) for s in sides) for lb in wanted if not lb["meet"]]
            s, got = scores[table], found[table]
            s.found, s.expected, s.right = (
                s.found + len(got),
                s.expected + len(want),
                (s.right + len(got & want)),
            )
            s.never_met += sum(any(_joins(row, n) for row in got) for n in nevers)
            s.misses += [f"{name} extra {_show(text, row)}" for row in sorted(got - want, key=str)]
            s.misses += [f"{name} missed {_show(text, row)}" for row in sorted(want - got, key=str)]
    return scores


def _show(text: str, row: Row) -> str:
    return " / ".join(
        "-" if at is None else text[at : at + 10].split("，")[0].replace("\n", "") for at in row
    )


def read_labels(folder: Path = DATA) -> list[dict]:
    with (folder / "links.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(folder: Path = DATA) -> None:
    for table, s in score(read_labels(folder), folder).items():
        print(
            f"{table}: precision {s.precision:.3f} ({s.right}/{s.found}), recall {s.recall:.3f} "
            f"({s.right}/{s.expected}), never-meet joined {s.never_met}"
        )
        for miss in s.misses:
            print("   ", miss)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
