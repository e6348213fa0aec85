"""A target named by when it was set (年初预算, 年初目标, 年初确定的计划, 当年预算) is whose
target it is, like 全年 and 年度 (``rules.qualifiers.WHOSE_TARGET``): a completion of it is
of the subject before 完成, and a figure after 超过 it is a difference. Before, 年初 stood
as the completed object's name (完成年初预算的103.6% -> 年初), and 超过年初目标0.6万吨 was a
target named 粮食产量超过年初. Text written for this test."""

from __future__ import annotations

import pytest

import metrics

HEAD = "东湖县财政局2025年工作总结\n一、2025年工作完成情况\n"


def _row(sentence: str, text: str) -> dict:
    mentions = metrics.extract_text(HEAD + sentence + "\n").mentions
    rows = mentions[mentions.text == text][["role", "metric"]].to_dict("records")
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("sentence", "text", "metric"),
    [
        ("全县一般公共预算收入完成年初预算的103.6%。", "103.6%", "一般公共预算收入"),
        ("城镇新增就业完成年初目标的112%，高于上年。", "112%", "城镇新增就业"),
        ("招商引资到位资金完成年初确定计划的105.3%。", "105.3%", "招商引资到位资金"),
        ("税收收入完成当年预算的97.5%。", "97.5%", "税收收入"),
    ],
)
def test_a_completion_of_a_target_set_at_the_start_is_the_subjects(
    sentence: str, text: str, metric: str
) -> None:
    assert _row(sentence, text) == {"role": "completion", "metric": metric}


def test_a_figure_past_a_target_set_at_the_start_is_a_difference() -> None:
    row = _row("全县粮食产量超过年初目标0.6万吨。", "0.6万吨")
    assert row["role"] == "growth" and row["metric"] == "粮食产量"


@pytest.mark.parametrize(
    ("sentence", "text", "metric"),
    [
        # what stands between the time word and the target word is still the object
        ("全年完成年初签约项目计划的92%。", "92%", "项目"),
        # 年初 as a date, not a target's: no completion frame
        ("年初以来新增市场主体1.2万户。", "1.2万户", "市场主体"),
    ],
)
def test_counter_examples(sentence: str, text: str, metric: str) -> None:
    assert _row(sentence, text)["metric"] == metric
