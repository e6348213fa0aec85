"""The engine's batches and the packed results the command line's workers send back."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from metrics.engine import _batches, run_files
from metrics.packed import Packed, pack, run_packed
from metrics.pipeline import FileResult, Task

from .conftest import SAMPLE


def test_batches_keep_the_order_and_close_once_their_size_is_reached() -> None:
    tasks = [Task(Path(f"{i}.txt"), size=s) for i, s in enumerate([5, 5, 20, 1, 1, 1])]
    groups = list(_batches(iter(tasks), 10))
    assert [[t.path.name for t in g] for g in groups] == [
        ["0.txt", "1.txt"],
        ["2.txt"],
        ["3.txt", "4.txt", "5.txt"],  # the rest, though smaller
    ]
    assert [len(g) for g in _batches(iter(tasks), 0)] == [1] * 6  # size 0: one task each


def test_workers_send_packed_tables_with_the_rows_of_the_results() -> None:
    files = sorted(SAMPLE.glob("*.txt"))[:4]
    plain = [o for _, o in run_files(files, 1)]
    packed = [o for _, o in run_files(files, 2, run_packed)]
    assert all(isinstance(o, FileResult) for o in plain)
    assert all(isinstance(o, Packed) for o in packed)
    for result, got in zip(plain, packed, strict=True):
        want = pack(result)
        assert got.mentions.num_rows == len(result.mentions) > 0
        for name in ("documents", "sections", "mentions", "pairs"):
            assert getattr(got, name).equals(getattr(want, name))
        assert got.partitions == want.partitions
        assert got.targets == want.targets
        # each partition's rows are the mentions of its department and year, in order
        for (department, year), rows in got.partitions:
            ms = [result.mentions[i] for i in rows]
            assert rows == sorted(rows)
            assert {(m.department or "(unknown)", m.year or 0) for m in ms} == {(department, year)}
        assert sum(len(rows) for _, rows in got.partitions) == len(result.mentions)
        assert isinstance(got.mentions, pa.Table)
