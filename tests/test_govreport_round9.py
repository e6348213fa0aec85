"""The leftovers of the government work reports, round 9 (found with govreports_blind6),
each a class held by texts of our own and by the counter-examples it could misfire on:

- a target the review recalls beside what became of it (预期增长7%，实际增长4.1%; 年初确定的
  增长7%左右的目标未能实现; 原定增长7%) is a target of the year under review, never of the
  year the report plans, whose own target of the indicator it used to hide (targets/stated
  ``reviewed_year``, ``RECALLED``); goals under a heading the sections do not know stay the
  report's (tests/test_govreport_leftovers.py, ``（二）今年的目标任务``);
- a change followed by 的 and the target it is (增长7%左右的预期目标未能实现) is that target
  (roles ``target_named_after``, tried before ``growth_cue``; its sentences are the rule's
  examples and counter-examples in tests/test_roles.py).
"""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text
from metrics.targets import Target, file_targets

PLAN = "二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人。\n"


def _rows(review: str) -> tuple[dict[str, Target], dict]:
    text = f"2025年松岭县政府工作报告\n一、2024年工作回顾\n{review}\n{PLAN}"
    result = process_text(text, "r.txt")
    rows = {t.text: t for t in file_targets(result.documents, result.mentions)[0]}
    return rows, {m.text: m for m in result.mentions}


@pytest.mark.parametrize(
    ("review", "recalled", "passage"),
    [
        ("全县地区生产总值预期增长7%，实际增长4.1%。", "7%", True),
        ("年初确定的地区生产总值增长7%左右的目标未能实现，全年增长4.1%。", "7%左右", False),
        ("地区生产总值原定增长7%，受疫情影响仅增长4.1%。", "7%", False),
    ],
)
def test_a_target_the_review_recalls_is_of_the_year_under_review(review, recalled, passage) -> None:
    rows, mentions = _rows(review)
    assert mentions[recalled].role == "target" and mentions["4.1%"].role == "growth"
    # a row where its words state targets (预期), of the year under review; none otherwise
    assert (rows[recalled].year if passage else rows.get(recalled)) == (2024 if passage else None)
    # the plan's own target of the indicator is a row of its year, never hidden
    assert rows["6%左右"].year == 2025 and rows["6%左右"].indicator == "地区生产总值增长"


def test_a_review_that_recalls_no_target_states_none() -> None:
    # 预期 of a forecast, 确定 of a project: no target recalled, the plan's stay the plan's
    rows, mentions = _rows("全县地区生产总值增长4.1%，确定重点项目32个，全年完成投资45亿元。")
    assert mentions["32个"].role == "actual" and set(rows) == {"6%左右", "3000人"}
    assert {t.year for t in rows.values()} == {2025}
