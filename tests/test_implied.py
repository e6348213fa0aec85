"""Implied actuals: a stated completion of a known target (完成目标的90%) gives the actual
of a plan link, derived and marked so (reports written for these tests, in the corpus's
style)."""

from __future__ import annotations

import pytest

from metrics.pairs import completion_metric, plan_metric, plan_vs_outcome
from metrics.pipeline import process_text
from metrics.records import Pair
from metrics.targets import file_targets, link_outcomes

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


def test_completion_in_tenths_gives_a_derived_actual() -> None:
    (link,) = linked("力争城镇新增就业3000人", "新增城镇就业完成全年目标任务的九成")
    assert (link.actual_value, link.actual_source) == (2700, "derived")
    (link,) = linked("力争新建农村公路120公里", "新建农村公路完成年度计划的八成")
    assert (link.actual_value, link.status) == (96, "not_met")


# Government work reports: a target of the 2025 report, and the 2026 report's review of 2025
# stating only how much of it was done.
GOVERNMENT_PLAN = (
    "2025年西山县政府工作报告\n——2025年1月8日在西山县第十七届人民代表大会第三次会议上\n"
    "各位代表：\n一、2024年工作回顾\n全年地区生产总值增长5%。\n二、2025年主要目标任务\n"
    "2025年经济社会发展主要预期目标是：{}。\n"
)
GOVERNMENT_REVIEW = (
    "2026年西山县政府工作报告\n——2026年1月8日在西山县第十七届人民代表大会第四次会议上\n"
    "各位代表：\n一、2025年工作回顾\n全年地区生产总值增长5.6%；{}。\n"
    "二、2026年主要目标任务\n2026年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n"
)


@pytest.mark.parametrize(
    ("plan", "review", "outcome", "bounds", "status"),
    [
        ("城镇新增就业3000人以上", "城镇新增就业完成年度目标任务的112%", 3360, (3360, 3360), "met"),
        ("粮食产量稳定在32万吨", "粮食产量完成全年目标的98.5%", 31.52, (31.52, 31.52), "not_met"),
        # an indicator of the report's own (not in the lexicon), keyed by its metric
        ("新建高标准农田3.5万亩", "新建高标准农田完成年度任务的110%", 3.85, (3.85, 3.85), "met"),
        # a masked rate: no value, its mask's bounds (10–99 % of 12亿元)
        (
            "一般公共预算收入12亿元",
            "一般公共预算收入完成年度目标的XX%",
            None,
            (1.2, 11.88),
            "not_met",
        ),
    ],
)
def test_targets_take_a_derived_outcome_from_a_completion_rate(
    plan: str, review: str, outcome: float | None, bounds: tuple[float, float], status: str
) -> None:
    a = process_text(GOVERNMENT_PLAN.format(plan), "a.txt")
    b = process_text(GOVERNMENT_REVIEW.format(review), "b.txt")
    targets, outcomes = file_targets(a.documents, a.mentions)
    later, more = file_targets(b.documents, b.mentions)
    (row,) = [t for t in link_outcomes(targets + later, outcomes + more) if t.measure == "level"]
    assert row.outcome_value == (None if outcome is None else pytest.approx(outcome))
    assert (row.outcome_min, row.outcome_max) == pytest.approx(bounds)
    assert (row.status, row.outcome_source, row.outcome_doc_id) == (status, "derived", "b.txt#0")


def test_targets_prefer_a_stated_outcome() -> None:
    a = process_text(GOVERNMENT_PLAN.format("城镇新增就业3000人以上"), "a.txt")
    review = "城镇新增就业3100人，完成年度目标任务的103.3%"
    b = process_text(GOVERNMENT_REVIEW.format(review), "b.txt")
    targets, outcomes = file_targets(a.documents, a.mentions)
    later, more = file_targets(b.documents, b.mentions)
    (row,) = [t for t in link_outcomes(targets + later, outcomes + more) if t.measure == "level"]
    assert (row.outcome_value, row.outcome_source, row.status) == (3100, "stated", "met")
