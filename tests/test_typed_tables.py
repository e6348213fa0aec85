"""The in-memory tables made straight from Arrow equal the ones made through pandas."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from metrics.api import typed, typed_table
from metrics.io import iter_input_files
from metrics.pipeline import process_file
from metrics.restated import mark_part_of
from metrics.schemas import (
    DOCUMENT_SCHEMA,
    MENTION_SCHEMA,
    PAIR_SCHEMA,
    SECTION_SCHEMA,
    UNKNOWN_DEPARTMENT,
    records_table,
)
from metrics.stats import stats_frames, stats_of, units_of

from .conftest import SAMPLE


def _same(table: pa.Table) -> None:
    """``typed_table`` gives what ``typed`` of the pandas frame gives, categories too."""
    fast, slow = typed_table(table), typed(table.to_pandas())
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    for col in slow.columns:
        if isinstance(slow[col].dtype, pd.CategoricalDtype):
            assert fast[col].dtype == slow[col].dtype, col  # categories, their order, dtype


@pytest.fixture(scope="module")
def sample_tables() -> dict[str, pa.Table]:
    results = [process_file(path) for path in iter_input_files([SAMPLE])]
    return {
        "documents": records_table([d for r in results for d in r.documents], DOCUMENT_SCHEMA),
        "sections": records_table([s for r in results for s in r.sections], SECTION_SCHEMA),
        "mentions": records_table(
            [m for r in results for m in mark_part_of(r.mentions)], MENTION_SCHEMA
        ),
        "pairs": records_table([p for r in results for p in r.pairs], PAIR_SCHEMA),
    }


@pytest.mark.parametrize("name", ["documents", "sections", "mentions", "pairs"])
def test_each_table_of_the_sample_is_typed_alike(
    sample_tables: dict[str, pa.Table], name: str
) -> None:
    table = sample_tables[name]
    assert table.num_rows > 0
    _same(table)


def test_categories_are_sorted_and_the_unknown_department_is_missing() -> None:
    table = pa.table(
        {
            "department": ["统计局", UNKNOWN_DEPARTMENT, None, "教育局", "统计局"],
            "unit": ["项", "亿元", None, "%", "亿元"],
            "role": [None] * 5,
            "value": [1.0, None, 3.0, 4.0, 5.0],
        },
        schema=pa.schema(
            [
                ("department", pa.string()),
                ("unit", pa.string()),
                ("role", pa.string()),
                ("value", pa.float64()),
            ]
        ),
    )
    _same(table)
    frame = typed_table(table)
    assert list(frame["department"].cat.categories) == ["教育局", "统计局"]
    assert frame["department"].isna().tolist() == [False, True, True, False, False]
    assert list(frame["unit"].cat.categories) == sorted(["项", "亿元", "%"])
    assert frame["role"].isna().all() and list(frame.columns) == table.column_names


def test_an_empty_table_is_typed_alike() -> None:
    _same(MENTION_SCHEMA.empty_table())


def test_the_statistics_are_typed_alike(sample_tables: dict[str, pa.Table]) -> None:
    """The in-memory statistics are typed as every other table (what ``load`` reads back);
    their values are those of ``stats_frames``, whose missing key parts are None."""
    units = units_of(sample_tables["documents"].to_pandas())
    tables = stats_of([sample_tables["mentions"]], units)
    slow = stats_frames(tables)
    for name, table in tables.items():
        assert table.num_rows > 0
        _same(table)
        pd.testing.assert_frame_equal(
            typed_table(table), typed(slow[name]), check_exact=True, check_dtype=False
        )
