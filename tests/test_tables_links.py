"""The plan links of a run are made a chunk at a time and never held whole: in one
process each chunk is written as it is made; through a pool, a group of more than one
chunk comes back as a file of its own in the staging folder, read back in order and
removed (``derived.write_plan_links``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from metrics import derived
from metrics.cli import main

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("links") / "out"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    return out / "current"


def _links(run: Path, path: Path, run_map: Callable[..., Iterable[Any]] = map) -> pa.Table:
    derived.write_plan_links(run / "mentions", path, run / "documents.parquet", run_map)
    return pq.read_table(path)


def test_a_group_is_linked_a_chunk_at_a_time(run: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(derived, "LINK_CHUNK", 2)
    identities = derived._identities(run / "documents.parquet")
    sizes = [
        [t.num_rows for t in derived._group_links(group, identities)]
        for group in derived._groups(run / "mentions")
    ]
    assert max(map(len, sizes)) >= 2  # a group of several chunks
    assert all(0 < n <= 2 for chunks in sizes for n in chunks)
    whole = pq.read_table(run / "plan_vs_outcome.parquet")
    assert sum(map(sum, sizes)) == whole.num_rows


def test_links_sent_by_a_pool_come_back_in_order_and_leave_no_file(
    run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(derived, "LINK_CHUNK", 5)  # the sample's groups: 37 links, and 5
    sent: list[object] = []

    def pool_map(function: Callable[..., Any], items: Iterable[Any]) -> Iterable[Any]:
        for item in items:  # as a pool's map: what the worker sends, in order
            sent.append(function(item))
            yield sent[-1]

    pooled = _links(run, tmp_path / "pooled.parquet", pool_map)
    files = [s for s in sent if isinstance(s, Path)]
    assert files and all(f.parent == tmp_path for f in files)  # in the run's folder
    assert any(isinstance(s, pa.Table) and s.num_rows for s in sent)  # a one-chunk group
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pooled.parquet"]
    assert pooled.equals(_links(run, tmp_path / "serial.parquet"))
    assert pooled.equals(pq.read_table(run / "plan_vs_outcome.parquet"))


def test_a_group_that_fails_leaves_no_half_written_file(
    run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identities = derived._identities(run / "documents.parquet")
    biggest = max(
        derived._groups(run / "mentions"),
        key=lambda group: sum(t.num_rows for t in derived._group_links(group, identities)),
    )
    monkeypatch.setattr(derived, "LINK_CHUNK", 1)
    made: list[object] = []
    real = derived.link_pair

    def failing(target: object, actual: object) -> object:
        if len(made) == 3:  # two chunks are written by then
            raise RuntimeError("a fault in the fourth link")
        made.append(target)
        return real(target, actual)

    monkeypatch.setattr(derived, "link_pair", failing)
    with pytest.raises(RuntimeError, match="fourth link"):
        derived._links_sent(biggest, identities, tmp_path)
    assert len(made) == 3 and list(tmp_path.iterdir()) == []
