"""The reader's check of the derived tables (benchmarks/table_audit.py): a status its own
row contradicts is found, on tables built from reports written for these tests."""

from __future__ import annotations

import pandas as pd

import metrics
from benchmarks.table_audit import fall_undirected, status_contradicted

TWO_YEARS = (
    "东湖县{plan}年政府工作报告\n一、{year}年工作回顾\n{year}年，全县{review}。\n"
    "二、{plan}年主要预期目标\n今年全县经济社会发展的主要预期目标是：{aim}。\n"
)


def _tables(aim: str, review: str) -> metrics.api.Tables:
    text = TWO_YEARS.format(plan=2024, year=2023, review="做好各项工作", aim=aim)
    text += TWO_YEARS.format(plan=2025, year=2024, review=review, aim="做好各项工作")
    return metrics.extract_text(text)


def test_a_fall_and_its_target_agree_with_their_status() -> None:
    # signed, 下降2.8% (−2.8) is below 降低2.5% (−2.5): met, as lower_is_better reads it
    t = _tables("单位地区生产总值能耗降低2.5%", "单位地区生产总值能耗下降2.8%")
    assert list(t.plan_vs_outcome.status) == ["met"]
    assert status_contradicted(t.plan_vs_outcome, t.mentions).empty


def test_values_read_unsigned_would_contradict_the_status() -> None:
    t = _tables("单位地区生产总值能耗降低2.5%", "单位地区生产总值能耗下降2.8%")
    unsigned = t.plan_vs_outcome.assign(
        target_value=t.plan_vs_outcome.target_value.abs(),
        actual_value=t.plan_vs_outcome.actual_value.abs(),
    )
    assert len(status_contradicted(unsigned, t.mentions)) == 1


def test_a_masked_target_judged_is_found() -> None:
    t = _tables("一般公共预算收入增长X%", "一般公共预算收入增长4.5%")
    links = t.plan_vs_outcome
    assert list(links.status) == ["unknown"]
    assert status_contradicted(links, t.mentions).empty
    assert len(status_contradicted(links.assign(status="met"), t.mentions)) == 1


DEPARTMENT = (
    "云溪市机关事务管理局2024年工作要点\n全市公共机构{aim}。\n"
    "云溪市机关事务管理局2024年工作总结\n全市公共机构{review}。\n"
)


def test_a_target_to_fall_with_no_direction_is_found() -> None:
    # a department plan's fall outside a passage of targets is directed by its own words
    # (``context.figure`` reads it as ``passages.as_target`` does): the audit finds none;
    # a record stripped of that direction, in two wordings of a fall, is named
    for aim, review in (
        ("单位建筑面积能耗下降3%", "单位建筑面积能耗同比下降2.1%"),
        ("化肥使用量减少2%", "化肥使用量同比减少2.4%"),
    ):
        t = metrics.extract_text(DEPARTMENT.format(aim=aim, review=review))
        assert fall_undirected(t.plan_vs_outcome, t.mentions).empty, aim
        stripped = t.mentions.assign(direction=pd.NA)
        assert len(fall_undirected(t.plan_vs_outcome, stripped)) == 1, aim


def test_a_directed_fall_or_a_rise_is_not() -> None:
    # a government's target passage gives its fall a direction; a rise needs none
    t = _tables("单位地区生产总值能耗降低2.5%", "单位地区生产总值能耗下降2.8%")
    assert fall_undirected(t.plan_vs_outcome, t.mentions).empty
    t = metrics.extract_text(
        DEPARTMENT.format(aim="新能源公务用车增长10%", review="新能源公务用车增长12%")
    )
    assert len(t.plan_vs_outcome) == 1
    assert fall_undirected(t.plan_vs_outcome, t.mentions).empty
