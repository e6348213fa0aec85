"""Mends a review of round 5 asked for, each held by texts of our own and by the
counter-examples the old rule misfired on:

- 今年/本年 in a heading opens the plan only beside 主要工作 (govreport_sections
  ``THIS_YEAR_S_WORK``); 完成情况, 执行情况 and 总结 are words of the review (``REVIEW``);
- one list of words of change, up and down (``lexicon.changes``), read by a table row's
  name, a sentence's direction and a plan's metric key alike;
- a pledge that names its year before its figure (力争到2027年…达到…) is a pledge of that
  figure, and a pledge of a year alone is none (passages ``pledge_named_metric``).

The texts are our own, written in the manner of county and prefecture reports.
"""

from __future__ import annotations

import pytest

from metrics.lexicon.changes import DOWN, UP
from metrics.pairs.plans import plan_metric
from metrics.passages import as_target, target_passages
from metrics.pipeline import process_text
from metrics.records import Measure, Role
from metrics.segment.govreport_sections import heading_kind
from metrics.targets import Target, file_targets


# --- 今年/本年 in a heading --------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("二、本年度预算执行情况", "summary"),
        ("一、本年度工作总结", "summary"),
        ("三、今年上半年经济运行情况", None),
        ("二、2016年主要工作完成情况", "summary"),
        ("一、2015年目标任务执行情况", "summary"),
    ],
)
def test_a_heading_of_this_year_that_reports_on_it_is_no_plan(heading, kind) -> None:
    assert heading_kind(heading, 2016) == kind


# --- words of change ---------------------------------------------------------------------
HEAD = "2027年{place}政府工作报告\n一、2026年工作回顾\n全年地区生产总值增长5.1%，新建学校3所。\n"


def _report(body: str) -> tuple[dict[str, Target], dict]:
    result = process_text(HEAD.format(place="松岭县") + body, "r.txt")
    rows = {t.text: t for t in file_targets(result.documents, result.mentions)[0]}
    return rows, {m.text: m for m in result.mentions}


@pytest.mark.parametrize(
    ("name", "direction"),
    [*((row, 1) for row in UP.values()), *((row, -1) for row in DOWN.values())],
)
def test_a_table_row_named_by_any_word_of_change_holds_changes_its_way(name, direction):
    rows, mentions = _report(
        f"二、2027年主要预期目标\n主要指标\t2026年完成\t2027年目标\n{name}\t3.1%\t3%\n"
    )
    assert (mentions["3.1%"].role, mentions["3.1%"].direction) == ("growth", direction)
    assert (rows["3%"].measure, rows["3%"].direction) == ("growth", direction)


def test_a_row_of_points_of_change_is_one_measure() -> None:
    rows, mentions = _report(
        "二、2027年主要预期目标\n主要指标\t2026年完成\t2027年目标\n"
        "森林覆盖率提高\t0.5个百分点\t0.3个百分点\n"
    )
    assert mentions["0.5个百分点"].role == "growth"
    assert rows["0.3个百分点"].measure == mentions["0.5个百分点"].measure == "growth"


@pytest.mark.parametrize("name", DOWN.values())
def test_a_growth_target_after_a_word_of_fall_goes_down(name) -> None:
    sentence = f"全县{name}3%左右。"
    start = sentence.index("3%")
    assert as_target(Role.ACTUAL, None, Measure.GROWTH, sentence, start) == (Role.TARGET, -1)


@pytest.mark.parametrize("word", [*UP, *DOWN])
def test_a_plan_s_metric_key_drops_the_word_of_change_at_its_end(word) -> None:
    assert plan_metric(f"化学需氧量排放量{word}") == plan_metric("化学需氧量排放量")


# --- a pledge of a year ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("做强特色产业，力争到2028年全县粮食总产量达到45万吨。", "45万吨"),
        ("壮大文旅产业，力求全县2028年接待游客突破800万人次。", "800万人次"),
    ],
)
def test_a_pledge_that_names_its_year_first_aims_at_its_figure(sentence, figure) -> None:
    rows, _ = _report(f"二、2027年重点工作\n{sentence}\n")
    assert figure in rows


@pytest.mark.parametrize(
    "sentence",
    ["加快园区建设，力争2027年底前全面建成投产。", "推进老旧小区改造，力求在2028年前基本完成。"],
)
def test_a_pledge_of_a_year_alone_opens_no_passage(sentence) -> None:
    assert not target_passages(sentence)
