"""An audit of the derived tables against one class of fault: two figures that differ in X
end up in one row or one comparison. X is the base of a change (同比, 环比, against a
plan), the unit family (a count, a sum of money, a percent, 个百分点), the scope (a city and
its district), the role (target, actual) and masked against known; the kind of period
(annual, 年均, 累计, 年末) is in tests/test_stats_period_kinds.py. Each table: statistics
(stats_metrics), trends, plan links (plan_vs_outcome), targets. Texts written for these
tests in the corpus's style."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import regex

import metrics
import metrics.context.change_bases as bases
from metrics.pairs import government_identity
from metrics.pipeline import process_text
from metrics.targets import file_targets, link_outcomes
from metrics.trends import trends

from .conftest import OFFICE, PLAN, REVIEW, plan_links


def _stats(tmp_path: Path, text: str, title: str = OFFICE) -> pd.DataFrame:
    path = tmp_path / "r.txt"
    path.write_text(REVIEW.format(title=title, year=2024, text=text), encoding="utf-8")
    return metrics.extract([path]).stats_metrics


def _trends(*given: tuple[int, str] | tuple[int, str, str]) -> list:
    mentions, documents = [], []
    for i, (year, text, *title) in enumerate(given):
        doc = REVIEW.format(title=title[0] if title else OFFICE, year=year, text=text)
        r = process_text(doc, f"{i}.txt")
        mentions += r.mentions
        documents += r.documents
    return trends(mentions, {d.doc_id: government_identity(d) for d in documents})


GOV = (
    "{place}{year}年政府工作报告\n\n一、{last}年工作回顾\n{review}\n"
    "二、{year}年主要预期目标\n今年经济社会发展的主要预期目标是：{targets}\n"
)


def _targets(*reports: tuple[int, str, str], place: str = "东湖县") -> pd.DataFrame:
    targets, outcomes = [], []
    for i, (year, review, aims) in enumerate(reports):
        text = GOV.format(place=place, year=year, last=year - 1, review=review, targets=aims)
        r = process_text(text, f"{i}.txt")
        t, o = file_targets(r.documents, r.mentions)
        targets += t
        outcomes += o
    return pd.DataFrame(link_outcomes(targets, outcomes))


# ---- the unit family: a count, a sum of money, a percent, 个百分点 -------------------


def test_stats_percent_and_points_of_one_metric_are_two_rows(tmp_path: Path) -> None:
    rows = _stats(tmp_path, "研发投入强度提高0.3个百分点，研发经费增长12%")
    rows = rows[rows.metric_key.str.startswith("研发")]
    assert sorted(rows.base_unit) == ["%", "个百分点"]


def test_stats_a_count_and_a_sum_of_one_metric_are_two_rows(tmp_path: Path) -> None:
    rows = _stats(tmp_path, "新建保障性住房320套，完成投资4.8亿元")
    assert set(rows.unit_family) == {"count", "currency"}
    assert len(rows) == 2


def test_stats_persons_and_person_times_are_two_rows(tmp_path: Path) -> None:
    rows = _stats(tmp_path, "开展技能培训3200人，开展技能培训1.2万人次")
    rows = rows[rows.metric_key.str.contains("技能培训")]
    assert sorted(rows.base_unit) == ["人", "人次"]


def test_trends_never_chain_percent_and_points() -> None:
    found = _trends((2023, "城镇化率提高1.2个百分点"), (2024, "城镇化率提高1.1%"))
    assert found == []


def test_trends_never_chain_a_count_and_a_sum() -> None:
    found = _trends((2023, "新建保障性住房320套"), (2024, "新建保障性住房4.8亿元"))
    assert found == []


def test_plan_links_never_set_points_against_a_percent() -> None:
    assert plan_links("力争城镇化率提高1个百分点", "城镇化率提高1.2%") == []


def test_targets_never_set_points_against_a_percent() -> None:
    got = _targets(
        (2024, "城镇化率60.2%。", "城镇化率提高1个百分点。"),
        (2025, "城镇化率提高1.2%。", "城镇化率提高1个百分点。"),
    )
    aim = got[got.year == 2024].iloc[0]
    assert aim.unit == "个百分点" and pd.isna(aim.status) and pd.isna(aim.outcome_text)


# ---- the scope: a city and its district, two districts ------------------------------


def test_stats_two_levels_of_government_are_two_rows(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        REVIEW.format(title="青川市发改委", year=2024, text="全年完成固定资产投资48亿元"),
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        REVIEW.format(title="青川市东湖区发改局", year=2024, text="全年完成固定资产投资12亿元"),
        encoding="utf-8",
    )
    rows = metrics.extract([tmp_path / "a.txt", tmp_path / "b.txt"]).stats_metrics
    rows = rows[rows.metric_key == "固定资产投资"]
    assert sorted(zip(rows.level, rows.sum_known, strict=True)) == [("区", 1.2e9), ("市", 4.8e9)]


@pytest.mark.parametrize(
    "text",
    [
        "全年完成固定资产投资48亿元；东湖区完成固定资产投资12亿元",
        "全市完成固定资产投资48亿元，其中东湖区12亿元、西山区9亿元",
        "全市地区生产总值增长6%，其中东湖区增长9%",
    ],
)
def test_stats_a_districts_figure_in_a_citys_report_is_not_the_citys(
    tmp_path: Path, text: str
) -> None:
    # the district's name stays in the figure's metric: it is not the city's own figure
    rows = _stats(tmp_path, text, title="青川市发改委")
    city = rows[rows.metric_key.isin(["固定资产投资", "地区生产总值"])]
    assert len(city) == 1 and city.n_figures.iloc[0] == 1


def test_trends_never_chain_a_city_and_its_district() -> None:
    found = _trends(
        (2023, "全年完成固定资产投资48亿元", "青川市发改委"),
        (2024, "全年完成固定资产投资52亿元", "青川市东湖区发改局"),
    )
    assert found == []


def test_plan_links_never_link_a_districts_plan_to_the_citys_outcome() -> None:
    plan, review = "力争完成固定资产投资50亿元", "全年完成固定资产投资52亿元"
    assert plan_links(plan, review, plan_title="东湖区发改局", title="青川市发改委") == []


def test_targets_never_take_another_governments_outcome() -> None:
    a = _targets((2024, "地区生产总值增长5.6%。", "地区生产总值增长6%左右。"))
    b = _targets(
        (2025, "地区生产总值增长5.9%。", "地区生产总值增长6%左右。"), place="西山县"
    )
    targets = [*a.itertuples(index=False), *b.itertuples(index=False)]
    assert all(pd.isna(t.status) for t in targets)


# ---- the role: a target and an actual -----------------------------------------------


def test_stats_a_target_and_an_actual_are_two_rows(tmp_path: Path) -> None:
    # one report's plan for 2024 and another's review of 2024, of one office
    for name, text in {
        "a.txt": PLAN.format(title=OFFICE, year=2023, next=2024, text="完成固定资产投资50亿元"),
        "b.txt": REVIEW.format(title=OFFICE, year=2024, text="完成固定资产投资48亿元"),
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    rows = metrics.extract([tmp_path / "a.txt", tmp_path / "b.txt"]).stats_metrics
    rows = rows[(rows.metric_key == "固定资产投资") & (rows.year == 2024)]
    assert sorted(zip(rows.role, rows.sum_known, strict=True)) == [
        ("actual", 4.8e9),
        ("target", 5e9),
    ]


def test_trends_never_chain_a_target_after_an_actual() -> None:
    found = _trends((2023, "全年完成固定资产投资48亿元"), (2024, "力争完成固定资产投资50亿元"))
    assert found == []


def test_plan_links_never_set_a_target_against_a_target() -> None:
    assert plan_links("力争完成固定资产投资50亿元", "力争完成固定资产投资55亿元") == []


def test_targets_take_no_later_target_for_an_outcome() -> None:
    got = _targets(
        (2024, "地区生产总值增长5.6%。", "地区生产总值增长6%左右。"),
        (2025, "全县经济运行平稳。", "地区生产总值增长6%左右。"),
    )
    assert got[got.year == 2024].status.isna().all()


# ---- masked against known -----------------------------------------------------------


def test_stats_a_masked_figure_is_counted_never_summed_as_a_value(tmp_path: Path) -> None:
    # two reports of one office and year: one states the figure, one masks it
    for name, value in {"a.txt": "48亿元", "b.txt": "XX亿元"}.items():
        text = REVIEW.format(title=OFFICE, year=2024, text=f"全年完成固定资产投资{value}")
        (tmp_path / name).write_text(text, encoding="utf-8")
    rows = metrics.extract([tmp_path / "a.txt", tmp_path / "b.txt"]).stats_metrics
    row = rows[rows.metric_key == "固定资产投资"].iloc[0]
    assert (row.n_figures, row.n_masked, row.n_known, row.sum_known) == (2, 1, 1, 4.8e9)
    assert (row.sum_min, row.sum_max) == (4.8e9 + 1e9, 4.8e9 + 9.9e9)


def test_trends_a_masked_year_has_no_change() -> None:
    (row,) = _trends((2023, "全年完成固定资产投资48亿元"), (2024, "全年完成固定资产投资XX亿元"))
    assert (row.value, row.change, row.reason) == (None, None, "masked")


def test_plan_links_a_masked_outcome_leaves_the_status_to_its_bounds() -> None:
    (link,) = plan_links("力争完成固定资产投资50亿元", "全年完成固定资产投资XX亿元")
    assert link.actual_value is None and link.status == "unknown"
    (low,) = plan_links("力争完成固定资产投资500亿元", "全年完成固定资产投资XX亿元")
    assert low.actual_value is None and low.status == "not_met"  # at most 99亿元


def test_targets_a_masked_outcome_is_no_value() -> None:
    got = _targets(
        (2024, "地区生产总值增长5.6%。", "地区生产总值增长6%左右。"),
        (2025, "地区生产总值增长X.X%。", "地区生产总值增长6%左右。"),
    )
    aim = got[got.year == 2024].iloc[0]
    assert pd.isna(aim.outcome_value) and aim.status == "unknown"


# ---- the base of a change: the year before (同比), the period before (环比), a plan -------


BASES = [
    ("社会消费品零售总额同比增长8%，环比增长2%", "2%", "previous_period"),
    ("工业用电量比上月增长3.1%", "3.1%", "previous_period"),
    ("社会消费品零售总额同比增长8%，环比增长2%", "8%", "previous_year"),
    ("工业用电量比上年增长5.2%", "5.2%", "previous_year"),
    ("工业用电量增长5.2%", "5.2%", "previous_year"),  # no base named: the year before
    ("一般公共预算收入比预算增长3%", "3%", "plan"),
    ("固定资产投资超过年度目标12%", "12%", "plan"),
    ("固定资产投资比2020年增长45%", "45%", "since_year"),
    ("常住人口城镇化率比“十三五”末提高8个百分点", "8个百分点", "since_year"),
    ("固定资产投资比2023年增长12%", "12%", "previous_year"),  # 2023 is the year before 2024
    ("增长8%，完成年度计划", "8%", "previous_year"),  # a plan named after the figure
    ("工业用电量较上月持平、比上年增长3.2%", "3.2%", "previous_year"),  # the last base
]


@pytest.mark.parametrize(
    ("cue", "text", "figure"),
    [
        ("PREVIOUS_PERIOD", "工业用电量比上月增长3.1%", "3.1%"),
        ("AGAINST_PLAN", "一般公共预算收入比预算增长3%", "3%"),
        ("NAMED_YEAR", "固定资产投资比2020年增长45%", "45%"),
        ("PREVIOUS_YEAR", "工业用电量较上月持平、比上年增长3.2%", "3.2%"),
    ],
)
def test_each_base_cue_is_needed_by_one_of_its_examples(
    cue: str, text: str, figure: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def base() -> str | None:
        r = process_text(REVIEW.format(title=OFFICE, year=2024, text=text), "t.txt")
        return {m.text: m.change_base for m in r.mentions}[figure]

    kept = base()
    monkeypatch.setattr(bases, cue, regex.compile(r"(?!)"))  # a cue that never holds
    assert base() != kept


@pytest.mark.parametrize(("text", "figure", "base"), BASES)
def test_the_base_of_a_change(text: str, figure: str, base: str) -> None:
    r = process_text(REVIEW.format(title=OFFICE, year=2024, text=text), "t.txt")
    assert {m.text: m.change_base for m in r.mentions}[figure] == base


def test_a_level_has_no_base() -> None:
    r = process_text(REVIEW.format(title=OFFICE, year=2024, text="完成投资48亿元"), "t.txt")
    assert [m.change_base for m in r.mentions] == [None]


def test_stats_year_on_year_and_period_on_period_are_two_rows(tmp_path: Path) -> None:
    rows = _stats(tmp_path, "社会消费品零售总额同比增长8%；社会消费品零售总额环比增长2%")
    rows = rows[rows.role == "growth"]
    assert sorted(zip(rows.change_base, rows.max_value, strict=True)) == [
        ("previous_period", 2.0),
        ("previous_year", 8.0),
    ]


def test_trends_never_chain_period_on_period_after_year_on_year() -> None:
    found = _trends((2023, "社会消费品零售总额同比增长8%"), (2024, "社会消费品零售总额环比增长2%"))
    assert found == []
    (row,) = _trends((2023, "社会消费品零售总额增长8%"), (2024, "社会消费品零售总额同比增长6%"))
    assert (row.previous_value, row.value, row.change_base) == (8, 6, "previous_year")


def test_trends_never_chain_a_change_since_a_named_year() -> None:
    assert _trends((2023, "固定资产投资增长8%"), (2024, "固定资产投资比2020年增长45%")) == []


def test_plan_links_never_set_a_growth_target_against_another_base() -> None:
    assert plan_links("力争社会消费品零售总额增长8%", "社会消费品零售总额环比增长2%") == []
    assert plan_links("力争固定资产投资增长10%", "固定资产投资超过年度目标12%") == []
    (link,) = plan_links("力争社会消费品零售总额增长8%", "社会消费品零售总额同比增长7%")
    assert (link.target_value, link.actual_value, link.status) == (8, 7, "not_met")


def test_targets_never_take_an_outcome_of_another_base() -> None:
    got = _targets(
        (2024, "社会消费品零售总额增长5.1%。", "社会消费品零售总额增长6%左右。"),
        (2025, "社会消费品零售总额环比增长1.2%。", "社会消费品零售总额增长6%左右。"),
    )
    aim = got[got.year == 2024].iloc[0]
    assert pd.isna(aim.status) and aim.change_base == "previous_year"
