"""The mentions dataset read by others: real nulls where a figure has no department or
year (no placeholder), and direction codes never read as floats, in Parquet and CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

import metrics
from metrics.cli import main


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("partitions")
    reports = folder / "in"
    reports.mkdir()
    # a note that names no department and no year, beside a department's yearly summary
    (reports / "note.txt").write_text("工作总结\n全年完成投资5亿元，较上年增长8%。\n", "utf-8")
    (reports / "edu.txt").write_text(
        "区教育局2023年工作总结\n全年新建学校3所，教育投入增长12%，辍学率下降2个百分点。\n",
        "utf-8",
    )
    result = folder / "out"
    assert main(["extract", str(reports), "--out", str(result), "--quiet", "--format", "csv"]) == 0
    return result / "current"


def _check(frame: pd.DataFrame) -> None:
    departments = set(frame["department"].dropna())
    years = set(frame["year"].dropna())
    assert departments == {"教育局"} and years == {2023}  # no (unknown), no 0
    assert frame["department"].isna().any() and frame["year"].isna().any()
    assert set(frame["direction"].dropna()) == {"1", "-1"}


def test_arrow_reads_missing_keys_as_nulls(out: Path) -> None:
    dataset = ds.dataset(out / "mentions", partitioning="hive")
    assert dataset.schema.field("direction").type == pa.string()
    _check(dataset.to_table().to_pandas())


def test_pandas_reads_missing_keys_as_nulls(out: Path) -> None:
    frame = pd.read_parquet(out / "mentions")
    _check(frame)
    assert frame["direction"].dtype != "float64"


def test_csv_direction_is_an_integer_code(out: Path) -> None:
    for path in (out / "mentions.csv", out.parent / "export" / "csv" / "mentions.csv"):
        with path.open(encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
        assert {r["direction"] for r in rows} == {"", "1", "-1"}, path
        assert {r["year"] for r in rows} == {"", "2023"}, path


def test_metrics_load_reads_them_typed(out: Path) -> None:
    m = metrics.load(out.parent).mentions
    assert str(m["direction"].dtype) == "Int8" and set(m["direction"].dropna()) == {1, -1}
    assert m["year"].isna().any() and set(m["year"].dropna()) == {2023}


def test_each_partition_keeps_the_reading_order_across_flushes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer holds whole files' tables and puts them in partition order at each flush
    # (dataset.Partitioned): a partition's rows must still come in the files' order, and
    # then in each file's, across flushes and rolled part files (the plan links and the
    # trends take the first figure in that order).
    import pyarrow.parquet as pq

    from metrics import dataset
    from metrics.packed import pack
    from metrics.pipeline import process_file
    from metrics.schemas import MENTION_SCHEMA, UNKNOWN_DEPARTMENT, UNKNOWN_YEAR

    from .conftest import SAMPLE

    results = [pack(process_file(f)) for f in sorted(SAMPLE.glob("*.txt"))]
    monkeypatch.setattr(dataset, "ROW_GROUP", 7)  # a flush every file or two
    writer = dataset.Partitioned(tmp_path, MENTION_SCHEMA, max_bytes=2**30, roll=2)
    expected: dict[tuple[str, int], list[str]] = {}
    for result in results:
        writer.add(result.mentions, result.partitions)
        ids = result.mentions["mention_id"].to_pylist()
        for key, rows in result.partitions:
            expected.setdefault(key, []).extend(ids[i] for i in rows)
    writer.close()
    found, files = {}, 0
    for department, year, paths in dataset.partition_folders(tmp_path):
        key = (department or UNKNOWN_DEPARTMENT, year or UNKNOWN_YEAR)
        found[key] = [i for p in paths for i in pq.read_table(p)["mention_id"].to_pylist()]
        files = max(files, len(paths))
    assert len(expected) >= 3 and sum(map(len, expected.values())) > 100
    assert files >= 3  # some partition was flushed often enough to roll its part files
    assert found == expected


def test_waiting_tables_are_joined_and_keep_their_rows_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer joins the tables waiting for their row group, ``COMPACT`` at a time
    (a small file's table costs far more than its rows: 10,000 files of two figures grew
    it by 340 MB): no more than ``COMPACT`` loose ones wait, and every partition's rows
    are written in the files' order, then each file's, as without joining."""
    import pyarrow.parquet as pq

    from metrics import dataset
    from metrics.packed import pack
    from metrics.pipeline import process_file
    from metrics.schemas import MENTION_SCHEMA, UNKNOWN_DEPARTMENT, UNKNOWN_YEAR

    from .conftest import SAMPLE

    results = [pack(process_file(f)) for f in sorted(SAMPLE.glob("*.txt"))]
    monkeypatch.setattr(dataset, "COMPACT", 3)
    writer = dataset.Partitioned(tmp_path, MENTION_SCHEMA, max_bytes=2**30, roll=32)
    expected: dict[tuple[str, int], list[str]] = {}
    for result in results:
        writer.add(result.mentions, result.partitions)
        assert writer.loose < 3
        ids = result.mentions["mention_id"].to_pylist()
        for key, rows in result.partitions:
            expected.setdefault(key, []).extend(ids[i] for i in rows)
    assert len(writer.tables) == len(results) // 3 + len(results) % 3  # nothing flushed yet
    writer.close()
    found = {}
    for department, year, paths in dataset.partition_folders(tmp_path):
        key = (department or UNKNOWN_DEPARTMENT, year or UNKNOWN_YEAR)
        found[key] = [i for p in paths for i in pq.read_table(p)["mention_id"].to_pylist()]
    assert found == expected
