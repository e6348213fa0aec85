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
