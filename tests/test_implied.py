"""Implied actuals: a stated completion of a known target (完成目标的90%) gives the actual
of a plan link, derived and marked so (reports written for these tests, in the corpus's
style)."""

from __future__ import annotations

import pytest

from metrics.pairs import completion_metric, plan_metric, plan_vs_outcome
from metrics.pipeline import process_text
from metrics.records import Pair

PLAN = (
    "{title}2023年工作总结及2024年工作计划\n\n一、2023年工作总结\n（一）做好各项工作。\n"
    "二、2024年工作计划\n（一）{plan}。\n"
)
REVIEW = (
    "{title}2024年工作总结及2025年工作计划\n\n一、2024年工作总结\n（一）{review}。\n"
    "二、2025年工作计划\n（一）做好各项工作。\n"
)


def linked(plan: str, review: str, titles: tuple[str, str] = ("东湖区发改局",) * 2) -> list[Pair]:
    a = process_text(PLAN.format(title=titles[0], plan=plan), "plan.txt")
    b = process_text(REVIEW.format(title=titles[1], review=review), "review.txt")
    return plan_vs_outcome([*a.mentions, *b.mentions], [*a.documents, *b.documents])


@pytest.mark.parametrize(
    ("plan", "review", "actual", "status"),
    [
        # 完成…目标的 N%: the metric stands inside the completion's frame
        ("力争全年固定资产投资50亿元", "全年完成固定资产投资目标的90%", 45, "not_met"),
        # …完成年度计划的 N%, above the plan, against a lower bound
        ("社会消费品零售总额20亿元以上", "社会消费品零售总额完成年度计划的105%", 21, "met"),
        # …完成全年目标任务的 N%, a decimal ratio
        ("招商引资到位资金8亿元", "招商引资到位资金完成全年目标任务的96.5%", 7.72, "not_met"),
        # …占年度目标的 N%, a count of people
        ("力争城镇新增就业3000人", "新增城镇就业占年度目标的102%", 3060, "met"),
    ],
)
def test_completion_of_a_known_target_gives_a_derived_actual(
    plan: str, review: str, actual: float, status: str
) -> None:
    (link,) = linked(plan, review)
    assert link.actual_value == pytest.approx(actual)
    assert (link.status, link.actual_source, link.actual_mention_id) == (status, "derived", None)
    assert link.completion_mention_id is not None and link.stated_completion is not None
    assert link.plan_doc_id == "plan.txt#0" and link.outcome_doc_id == "review.txt#0"


@pytest.mark.parametrize(
    ("plan", "review", "status"),
    [
        # a masked ratio: no value; its mask's width bounds it (XX%: 10–99, below the plan)
        ("力争外贸进出口总额12亿元", "外贸进出口总额完成年度计划的XX%", "not_met"),
        ("力争外贸进出口总额12亿元", "外贸进出口总额完成年度计划的XXX%", "met"),
        # an unbounded mask, and a masked target: nothing known
        ("力争外贸进出口总额12亿元", "外贸进出口总额完成年度计划的*%", "unknown"),
        ("力争外贸进出口总额XX亿元", "外贸进出口总额完成年度计划的95%", "unknown"),
    ],
)
def test_masked_ratio_or_target_gives_no_number(plan: str, review: str, status: str) -> None:
    (link,) = linked(plan, review)
    assert (link.actual_value, link.actual_source, link.status) == (None, "derived", status)


def test_a_stated_actual_is_preferred_and_marked_stated() -> None:
    (link,) = linked("力争全年固定资产投资50亿元", "完成固定资产投资48亿元，完成年度计划的96%")
    assert (link.actual_value, link.actual_source, link.status) == (48, "stated", "not_met")


def test_another_government_gives_no_derived_actual() -> None:
    review = "全年完成固定资产投资目标的90%"
    assert linked("力争固定资产投资50亿元", review, ("东湖区发改局", "西山区发改局")) == []


def test_a_rate_target_is_not_multiplied() -> None:
    # 完成目标的 N% of a target that is itself a percentage has no level to give
    assert linked("力争城镇化率达到60%", "城镇化率完成年度目标的98%") == []


@pytest.mark.parametrize(
    ("key", "metric"),
    [
        ("全年完成固定资产投资目标的", "固定资产投资"),
        ("完成招商引资任务的", "招商引资"),
        ("税收收入完成年度计划数的", "税收收入"),
    ],
)
def test_completion_frame_is_taken_off_the_metric(key: str, metric: str) -> None:
    assert completion_metric(key) == plan_metric(metric)


@pytest.mark.parametrize(
    ("key", "metric"),
    [
        ("目标管理考核", "管理考核"),  # 目标 opening a metric is part of its name
        ("任务完成率", "完成率"),
    ],
)
def test_completion_frame_keeps_words_of_the_name(key: str, metric: str) -> None:
    assert completion_metric(key) != plan_metric(metric)


@pytest.mark.xfail(
    strict=True,
    reason="the meaning layer reads 九成 as a level of 9 成 (role actual), not a completion ratio",
)
def test_completion_in_tenths_gives_a_derived_actual() -> None:
    (link,) = linked("力争城镇新增就业3000人", "新增城镇就业完成全年目标任务的九成")
    assert (link.actual_value, link.actual_source) == (2700, "derived")
