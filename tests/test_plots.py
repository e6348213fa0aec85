"""Reusable chart code for the notebooks: shares, labels with units."""

from __future__ import annotations

import sys

import matplotlib
import pandas as pd
import pytest
from matplotlib.colors import to_hex

import metrics
from metrics import plots
from metrics.cli import main
from metrics.outcome_plots import (
    compared_rows,
    plan_vs_outcome_chart,
    year_over_year,
    year_over_year_chart,
    yearly_figures,
)
from metrics.plots import (
    completion_by_department,
    completions,
    masked_share_by_family,
    masked_share_by_section,
    masked_shares,
    masked_shares_by_family,
    sum_interval_chart,
    sum_intervals,
    unknown_because_of_masks,
    use_cjk_font,
)

from .conftest import SAMPLE

matplotlib.use("Agg")  # the test process draws off screen; the notebooks choose nothing

MENTIONS = pd.DataFrame(
    {
        "department": ["教育局", "教育局", "教育局", "教育局", "镇政府", None],
        "section": ["summary", "summary", "summary", "plan", "summary", "summary"],
        "masked": [True, False, False, True, False, True],
    }
)


def test_masked_shares_are_shares_not_counts() -> None:
    shares = masked_shares(MENTIONS)
    assert shares.loc["教育局", "summary"] == pytest.approx(100 / 3)
    assert shares.loc["教育局", "plan"] == 100
    assert shares.loc["镇政府", "summary"] == 0
    assert shares.loc["（未注明）", "summary"] == 100
    assert pd.isna(shares.loc["镇政府", "plan"])  # no figure: no share, not 0 %


def test_masked_share_chart_puts_the_unit_in_its_axis_title() -> None:
    use_cjk_font()
    fig = masked_share_by_section(MENTIONS)
    ax = fig.axes[0]
    assert "%" in ax.get_ylabel() and ax.get_ylim() == (0, 100)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["教育局", "镇政府", "（未注明）"]


PAIRS = pd.DataFrame(
    {
        "department": ["教育局", "教育局", "镇政府", "镇政府"],
        "stated_completion": [95.0, None, None, 120.0],
        "computed_completion": [96.2, 110.0, None, 118.0],
    }
)


def test_completion_takes_the_stated_rate_then_the_computed_one() -> None:
    frame = completions(PAIRS)
    assert frame["completion"].tolist() == [95.0, 110.0, 120.0]  # the masked pair is out
    assert frame["stated"].tolist() == [True, False, True]


def test_completion_chart_has_the_target_line_and_a_percent_axis() -> None:
    use_cjk_font()
    ax = completion_by_department(PAIRS).axes[0]
    assert "%" in ax.get_ylabel()
    assert any(list(line.get_ydata()) == [100, 100] for line in ax.get_lines())
    assert sum(len(c.get_offsets()) for c in ax.collections) == 3


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> metrics.Tables:
    out = tmp_path_factory.mktemp("sample")
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    return metrics.load(out)


def test_masked_share_by_family_on_the_sample(sample: metrics.Tables) -> None:
    shares = masked_shares_by_family(sample.mentions)
    # 教育局: `x x x 万元` is masked, `13 7 万元` not; 镇: its one mass, `x.x万吨以上`, is masked
    assert shares.loc["教育局", "currency"] == 50
    assert shares.loc["镇", "mass"] == 100
    assert pd.isna(shares.loc["教育局", "mass"])  # no mass figure: no share
    use_cjk_font()
    ax = masked_share_by_family(sample.mentions).axes[0]
    assert "unit family" in ax.get_xlabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == list(shares.index)
    image = ax.get_images()[0]
    assert image.get_array().mask.sum() == shares.isna().to_numpy().sum()  # drawn grey
    assert to_hex(image.cmap.get_bad()) == to_hex("lightgrey")  # not the white of 0 %


def test_sum_intervals_bound_the_masked_sums(sample: metrics.Tables) -> None:
    table = sum_intervals(sample.stats_groups)
    table = table.set_index(["department", "year", "base_unit", "role"])
    # 城市书房６个 + 村级文化服务中心xx个: 6 known, 10..99 masked
    books = table.loc[("文化和旅游局", 2023, "个", "actual")]
    assert (books["sum_known"], books["sum_min"], books["sum_max"]) == (6, 16, 105)
    assert (table["sum_min"] <= table["sum_max"]).dropna().all()
    clear = table[table["n_masked"] == 0]
    assert (clear["sum_min"] == clear["sum_known"]).all()
    open_end = table[table["n_unbounded"] > 0]
    assert len(open_end) and open_end["sum_max"].isna().all()  # a `*` leaves no upper bound


def test_sum_interval_chart_keeps_one_unit_per_axis(sample: metrics.Tables) -> None:
    use_cjk_font()
    fig = sum_interval_chart(sample.stats_groups)
    table = sum_intervals(sample.stats_groups)
    units = sorted(table.loc[table["n_masked"] > 0, "base_unit"].unique())
    assert [ax.get_xlabel() for ax in fig.axes] == [f"合计（{u}）" for u in units]


def test_unknown_because_of_masks_lists_only_masked_sides(sample: metrics.Tables) -> None:
    rows = unknown_because_of_masks(sample).set_index("metric")
    assert rows.loc["旅游综合收入", "masked_sides"] == "target, actual, completion"
    assert rows.loc["旅游综合收入", "masks"] == "xx xx.xx xx.x"
    assert rows.loc["进出口总额增长", ["table", "masked_sides", "masks"]].tolist() == [
        "targets",
        "actual",
        "X.X",
    ]
    # 城市书房 3-5 个 against 4 个 is met by its range (from its lower end), listed nowhere
    links = sample.plan_vs_outcome.set_index("metric")
    assert links.loc["城市书房", "status"] == "met" and "城市书房" not in rows.index


def test_compared_rows_put_each_known_target_beside_its_outcome(sample: metrics.Tables) -> None:
    rows = compared_rows(sample)
    assert rows[["target", "actual"]].notna().all().all()  # a masked side is left out
    gdp = rows[rows["metric"] == "地区生产总值增长"]  # from targets: 6% aimed, 5.8% reached
    assert gdp[["year", "unit", "target", "actual"]].values.tolist() == [[2025, "%", 6.0, 5.8]]
    # 城镇调查失业率 is both a plan met by a later report and a government target: once
    assert (rows["metric"] == "城镇调查失业率").sum() == 1
    repairs = rows[rows["metric"] == "文物修缮"].iloc[0]
    assert (repairs["target"], repairs["actual"], repairs["status"]) == (10, 9, "not_met")


def test_plan_vs_outcome_chart_draws_one_unit_per_panel(sample: metrics.Tables) -> None:
    use_cjk_font()
    rows = compared_rows(sample)
    fig = plan_vs_outcome_chart(sample)
    units = list(dict.fromkeys(rows["unit"]))
    assert [ax.get_ylabel() for ax in fig.axes] == [f"数值（{u}）" for u in units]
    for ax, unit in zip(fig.axes, units, strict=True):
        metrics_here = rows[rows["unit"] == unit]
        assert len(ax.patches) == 2 * len(metrics_here)  # a target and an actual each
        heights = sorted(p.get_height() for p in ax.patches)
        assert heights == sorted([*metrics_here["target"], *metrics_here["actual"]])


def test_yearly_figures_leave_out_figures_of_a_span(sample: metrics.Tables) -> None:
    yearly = yearly_figures(sample.mentions).set_index(["metric_key", "department", "year"])
    # 2025: 一般公共预算收入18.1亿元, not the 84.6亿元 added up over 十四五 (2021-2025)
    assert yearly.loc[("一般公共预算收入", "政府", 2025), "base_value"] == pytest.approx(18.1e8)


def test_year_over_year_lines_up_one_metric(sample: metrics.Tables) -> None:
    table, metric, unit = year_over_year(sample.mentions)
    # the metric stated in two years by one department and by the most departments
    assert (metric, unit) == ("投入资金", "亿元")
    assert table.loc["政府", [2024, 2025]].tolist() == pytest.approx([9.6, 10.3])
    assert table.loc["文化旅游局", 2023] == pytest.approx(0.085)  # 约850万元
    visitors, metric, unit = year_over_year(sample.mentions, "游客")
    assert unit == "万人次" and visitors.loc["文化旅游局"].tolist() == pytest.approx([125.6, 146.2])
    use_cjk_font()
    ax = year_over_year_chart(sample.mentions, "游客").axes[0]
    assert ax.get_ylabel() == "游客（万人次）" and ax.get_xlabel() == "部门"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["2023", "2024"]


def test_without_a_chinese_font_charts_are_drawn_after_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(plots, "system_cjk_fonts", lambda: [])
    monkeypatch.setattr(plots, "packaged_cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="no Chinese font"):
        assert use_cjk_font() is None
    assert completion_by_department(PAIRS).axes[0].get_ylabel() == "完成率（%）"


def test_a_font_of_the_system_comes_before_the_packaged_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    packaged = plots.packaged_cjk_font()
    assert packaged is not None  # the notebook extra is installed for the tests
    monkeypatch.setattr(plots, "system_cjk_fonts", lambda: [packaged])
    monkeypatch.setattr(plots, "packaged_cjk_font", lambda: None)
    assert use_cjk_font() == "Noto Sans CJK SC"


def test_charts_without_matplotlib_say_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)  # as if not installed
    with pytest.raises(ImportError, match=r"pip install 'gov-report-metrics\[notebook\]'"):
        completion_by_department(PAIRS)
