"""The two statistics tables on hand-built mentions of several units of government."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

import metrics.stats as stats
from metrics.stats import GROUP_KEY, STATS_INPUT, stats_of, stats_schema, stats_tables
from metrics.tables import MENTION_SCHEMA

# (doc_id, level, place, department as written, canonical department)
DOCUMENTS = [
    ("d1", "区", "东城区", "教育局", "教育局"),
    ("d2", "区", "东城区", "教育体育局", "教育局"),  # a synonym: the same unit as d1
    ("d3", "区", "西城区", "教育局", "教育局"),  # another district: another unit
    ("d4", "市", None, "教育局", "教育局"),  # the city's office: another level
]
BASE = {"万元": ("元", 10_000.0), "亿元": ("元", 1e8), "%": ("%", 1.0), "所": ("所", 1.0)}
FAMILY = {"万元": "currency", "亿元": "currency", "%": "percent", "所": "count"}


def _mentions(rows: list[tuple[str, str, str, str, float | None]]) -> pd.DataFrame:
    """Figures of 2024, summary: (doc_id, metric, role, unit, value; None when masked *)."""
    doc, metric, role, unit, value = (list(c) for c in zip(*rows, strict=True))
    departments = {d[0]: d[3] for d in DOCUMENTS}
    return pd.DataFrame(
        {
            "doc_id": doc,
            "department": [departments[d] for d in doc],
            "year": [2024] * len(rows),
            "section": ["summary"] * len(rows),
            "role": role,
            "unit_family": [FAMILY[u] for u in unit],
            "base_unit": [BASE[u][0] for u in unit],
            "unit": unit,
            "metric_key": metric,
            "masked": [v is None for v in value],
            "value_min": value,
            "value_max": value,
            "base_value": [
                None if v is None else v * BASE[u][1] for v, u in zip(value, unit, strict=True)
            ],
        }
    )


def _tables(rows: list[tuple[str, str, str, str, float | None]]) -> dict[str, pd.DataFrame]:
    columns = ["doc_id", "level", "place", "department", "department_canonical"]
    return stats_tables(_mentions(rows), pd.DataFrame(DOCUMENTS, columns=columns))


def test_a_target_and_an_actual_of_one_metric_are_two_rows() -> None:
    t = _tables(
        [
            ("d1", "教育投入", "target", "亿元", 3.0),
            ("d1", "教育投入", "actual", "亿元", 3.2),
            ("d1", "教育投入", "actual", "万元", 500.0),
        ]
    )
    metric = t["stats_metrics"].set_index("role")
    assert metric.loc["target", "sum_known"] == 3e8
    assert metric.loc["actual", "sum_known"] == 3.2e8 + 5e6  # 亿元 and 万元 in 元
    assert metric.loc["actual", "n_figures"] == 2
    groups = t["stats_groups"].set_index("role")
    assert groups.loc["target", "sum_known"] == 3e8


def test_percentages_are_described_never_summed() -> None:
    t = _tables(
        [
            ("d1", "学前教育毛入园率", "actual", "%", 91.0),
            ("d1", "学前教育毛入园率", "actual", "%", 95.0),
            ("d1", "学前教育毛入园率", "actual", "%", 99.0),
            ("d1", "学前教育毛入园率", "actual", "%", None),
        ]
    )
    row = t["stats_metrics"].iloc[0]
    assert pd.isna(row["sum_known"]) and pd.isna(row["sum_min"]) and pd.isna(row["sum_max"])
    assert (row["n_figures"], row["n_masked"], row["n_values"]) == (4, 1, 3)
    assert (row["min_value"], row["median_value"], row["max_value"]) == (91.0, 95.0, 99.0)
    assert row["share_masked"] == 0.25 and row["n_unbounded"] == 1


def test_two_districts_and_two_levels_are_never_merged() -> None:
    rows = [(d, "新建学校", "actual", "所", 2.0) for d in ("d1", "d3", "d4")]
    groups = _tables(rows)["stats_groups"]
    assert len(groups) == 3 and (groups["sum_known"] == 2).all()
    assert set(zip(groups["level"], groups["place"], strict=True)) == {
        ("区", "东城区"),
        ("区", "西城区"),
        ("市", None),
    }


def test_synonym_departments_of_one_place_are_one_unit() -> None:
    rows = [("d1", "新建学校", "actual", "所", 2.0), ("d2", "新建学校", "actual", "所", 3.0)]
    groups = _tables(rows)["stats_groups"]
    assert len(groups) == 1
    assert groups.iloc[0]["department"] == "教育局" and groups.iloc[0]["sum_known"] == 5


def test_a_mention_of_an_unknown_document_keeps_its_own_department() -> None:
    rows = _mentions([("d1", "新建学校", "actual", "所", 2.0)])
    groups = stats_tables(rows)["stats_groups"]
    assert groups.iloc[0]["department"] == "教育局" and pd.isna(groups.iloc[0]["level"])


def test_the_written_tables_are_typed_and_ordered_by_key_missing_parts_first() -> None:
    """A run writes the Arrow tables ``stats_of`` gives: typed columns even with no rows
    (no column of type null), rows sorted by the key, column after column, a missing part
    (a document whose unit is not known) before any value."""
    rows = [(d, "新建学校", "actual", "所", 2.0) for d in ("d4", "d3", "d1")]
    schema = pa.schema([MENTION_SCHEMA.field(c) for c in STATS_INPUT])
    frame = _mentions(rows).reindex(columns=STATS_INPUT)
    batch = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    units = {"d3": ("区", "西城区", "教育局"), "d1": ("区", "东城区", "教育局")}
    groups = stats_of([batch], units)["stats_groups"]
    assert groups.schema == stats_schema(GROUP_KEY)
    assert groups.select(["level", "place"]).to_pylist() == [
        {"level": None, "place": None},
        {"level": "区", "place": "东城区"},
        {"level": "区", "place": "西城区"},
    ]
    empty = stats_of([], {})
    assert empty["stats_groups"].schema == stats_schema(GROUP_KEY)
    assert empty["stats_groups"].num_rows == empty["stats_metrics"].num_rows == 0


def test_medians_are_the_same_when_the_kept_values_are_written_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # rates of three units, ten figures each: with a budget of four values in memory they
    # go to the temporary file in runs and are read back a few rows at a time
    rows = [
        (doc, "入学率", "actual", "%", float(value))
        for doc, start in (("d1", 90), ("d3", 80), ("d4", 70))
        for value in (start + (7 * i) % 10 for i in range(10))
    ]
    kept = _tables(rows)["stats_metrics"]
    monkeypatch.setattr(stats, "KEPT_PAIRS", 4)
    written = _tables(rows)["stats_metrics"]
    pd.testing.assert_frame_equal(written, kept)
    by_place = written.set_index("level")
    assert by_place.loc["市", "median_value"] == 74.5  # 70..79
    assert by_place.loc["市", "min_value"] == 70 and by_place.loc["市", "max_value"] == 79
    assert list(written["n_values"]) == [10, 10, 10]
