"""The golden snapshot: every table on the corpus, the govreports and data/sample.

A commit that only restructures keeps these digests; a commit that changes output updates
them with ``python benchmarks/snapshot.py write`` and shows the rows that changed
(``python benchmarks/snapshot.py diff --base HEAD``) in its message.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass

import pandas as pd
import pytest

from tests.conftest import ROOT, need_shared

sys.path.insert(0, str(ROOT / "benchmarks"))
import snapshot

HOW = (
    "the tables changed: run `python benchmarks/snapshot.py diff --base HEAD` to see the rows, "
    "and `python benchmarks/snapshot.py write` to accept them (say the diff in the commit)"
)


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> dict:
    for name, relative in snapshot.INPUTS.items():
        if relative.startswith("../shared/"):
            need_shared(relative.removeprefix("../shared/"))
        assert (ROOT / relative).exists(), name
    return snapshot.extract_all(ROOT, tmp_path_factory.mktemp("golden"))


def test_digests_of_every_table_match_the_snapshot(current: dict) -> None:
    stored = json.loads((snapshot.GOLDEN / "digests.json").read_text(encoding="utf-8"))
    assert snapshot.digests(current) == stored, HOW


def test_sample_rows_match_the_committed_rows(current: dict) -> None:
    for table, lines in current["sample"].items():
        path = snapshot.GOLDEN / "sample" / f"{table}.jsonl"
        assert path.read_text(encoding="utf-8").splitlines() == lines, f"{table}: {HOW}"


def test_row_diff_names_removed_added_and_changed_fields() -> None:
    old = [
        json.dumps({"source_file": "a.txt", "char_start": 3, "char_end": 5, "role": "actual"}),
        json.dumps({"source_file": "a.txt", "char_start": 9, "char_end": 12, "role": "target"}),
    ]
    new = [
        json.dumps({"source_file": "a.txt", "char_start": 3, "char_end": 5, "role": "target"}),
        json.dumps({"source_file": "b.txt", "char_start": 0, "char_end": 2, "role": "actual"}),
    ]
    lines = list(snapshot.row_diff("mentions", old, new))
    assert [line[:3] for line in lines] == ["  -", "  +", "  ~"]
    assert "role: 'actual' -> 'target'" in lines[2]
    assert list(snapshot.row_diff("mentions", old, old)) == []


def test_canonical_rows_do_not_depend_on_row_order() -> None:
    @dataclass
    class Two:
        mentions: pd.DataFrame

    frame = pd.DataFrame(
        {
            "source_file": ["b", "a"],
            "char_start": [1, 2],
            "char_end": [2, 3],
            "value": [float("nan"), 1.5],
        }
    )
    one = snapshot.dump_tables(Two(frame))
    other = snapshot.dump_tables(Two(frame.iloc[::-1]))
    assert one == other
    assert json.loads(one["mentions"][0]) == {
        "source_file": "a",
        "char_start": 2,
        "char_end": 3,
        "value": 1.5,
    }
    assert json.loads(one["mentions"][1])["value"] is None
