"""Additivity: sums only of additive figures of one role, on hand-built mention tables."""

from __future__ import annotations

import pandas as pd
import pytest

from metrics.additivity import is_additive, non_additive_cue
from metrics.stats import stats_tables


def _rows(figures: list[tuple[str, str, str, str, float]]) -> pd.DataFrame:
    """Mentions of one department-year-section: (metric, role, family, unit, value)."""
    n = len(figures)
    metric, role, family, unit, value = (list(c) for c in zip(*figures, strict=True))
    base = {"万元": ("元", 10_000.0), "%": ("%", 1.0), "人": ("人", 1.0)}
    return pd.DataFrame(
        {
            "mention_id": [f"m{i}" for i in range(n)],
            "department": ["财政局"] * n,
            "year": [2023] * n,
            "section": ["summary"] * n,
            "unit_family": family,
            "base_unit": [base[u][0] for u in unit],
            "unit": unit,
            "metric_key": metric,
            "role": role,
            "masked": [False] * n,
            "value": value,
            "value_min": value,
            "value_max": value,
            "base_value": [v * base[u][1] for v, u in zip(value, unit, strict=True)],
        }
    )


def _broad(rows: pd.DataFrame) -> pd.DataFrame:
    return stats_tables(rows)["stats_groups"].set_index("role")


def test_a_target_and_an_actual_are_never_summed() -> None:
    rows = _rows(
        [
            ("固定资产投资", "target", "currency", "万元", 500.0),
            ("固定资产投资", "actual", "currency", "万元", 620.0),
            ("技改投资", "actual", "currency", "万元", 80.0),
        ]
    )
    broad = _broad(rows)
    assert broad.loc["target", "sum_known"] == 5_000_000
    assert broad.loc["actual", "sum_known"] == 7_000_000  # 620 + 80 万元, no target inside


def test_percentages_are_counted_never_summed() -> None:
    rows = _rows(
        [
            ("城镇登记失业率", "actual", "percent", "%", 2.1),
            ("森林覆盖率", "actual", "percent", "%", 40.5),
        ]
    )
    row = _broad(rows).loc["actual"]
    assert row["n_figures"] == 2 and row["n_additive"] == 0
    assert pd.isna(row["sum_known"]) and pd.isna(row["sum_min"]) and pd.isna(row["sum_max"])


def test_per_capita_money_is_left_out_of_a_money_sum() -> None:
    rows = _rows(
        [
            ("人均可支配收入", "actual", "currency", "万元", 4.2),
            ("一般公共预算收入", "actual", "currency", "万元", 1200.0),
        ]
    )
    row = _broad(rows).loc["actual"]
    assert row["n_figures"] == 2 and row["n_additive"] == 1
    assert row["sum_known"] == 12_000_000


@pytest.mark.parametrize(
    ("family", "metric", "cue"),
    [
        ("currency", "人均可支配收入", "per_capita"),
        ("currency", "生均公用经费", "per_capita"),
        ("currency", "平均工资", "average"),
        ("currency", "商品房均价", "average"),
        ("percent", "第三产业比重", "share"),
        ("count", "义务教育巩固率", "share"),
        ("currency", "地区生产总值增长", "growth"),
        ("currency", "社会消费品零售总额同比", "growth"),
        ("currency", "完成年度目标", "completion"),
    ],
)
def test_non_additive_cues(family: str, metric: str, cue: str) -> None:
    assert non_additive_cue(metric) == cue
    assert not is_additive(family, metric)


@pytest.mark.parametrize(
    ("family", "metric", "additive"),
    [
        ("currency", "固定资产投资", True),
        ("person", "城镇新增就业", True),  # 新增 counts new jobs: not a growth cue
        ("count", "新建学校", True),
        ("currency", "税率调整后减免", True),  # 率 inside a name, not ending it
        ("percent", "城镇新增就业", False),  # a percentage never adds, whatever it measures
        ("points", "降低", False),
        ("times", "增加", False),
        ("currency", None, True),
    ],
)
def test_additivity_counter_examples(family: str, metric: str | None, additive: bool) -> None:
    assert is_additive(family, metric) is additive


def test_only_masked_figures_without_a_bound_are_unbounded() -> None:
    rows = _rows(
        [
            ("招商引资", "actual", "currency", "万元", 0.0),  # masked *: no width, no bound
            ("技改投资", "actual", "currency", "万元", 0.0),  # masked XX: 10–99 万元
            ("城镇登记失业率", "actual", "percent", "%", 2.1),  # an unmasked ratio
            ("新增就业", "actual", "person", "人", 0.0),  # unmasked, no base value (a range)
        ]
    )
    rows["masked"] = [True, True, False, False]
    rows.loc[0, ["value", "value_min", "value_max", "base_value"]] = None
    rows.loc[1, ["value", "value_min", "value_max", "base_value"]] = [None, 10.0, 99.0, None]
    rows.loc[3, ["value", "value_max", "base_value"]] = None
    rows["value_min"] = rows["value_min"].astype(float)
    by_family = stats_tables(rows)["stats_groups"].set_index("unit_family")
    assert by_family.loc["currency", "n_unbounded"] == 1
    assert pd.isna(by_family.loc["currency", "sum_max"])
    assert by_family.loc["percent", "n_unbounded"] == 0
    assert by_family.loc["person", "n_unbounded"] == 0
