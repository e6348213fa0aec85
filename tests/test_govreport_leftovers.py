"""Classes the second blind set (tests/data/govreports_blind2) left after round 4, each held
by reports of our own worded otherwise and by the counter-examples it could misfire on:

- a heading that names the year's goals in other words (发展目标, 目标任务) opens the
  paragraph of targets below it (passages.CUES goals_heading);
- a pledge that names its metric before the verb (…，力争全市粮食总产量达到45万吨) is a
  target passage mid-sentence (passages.CUES pledge_named_metric);
- a clause that names only the year a level is to be reached by (到2026年突破120亿元)
  speaks of the figure before it (context.elsewhere.REFERS_BACK), not of 到2026年;
- a table row named by a change (地区生产总值增长) holds changes in its results column
  (context.cells.ROW_NAMES_A_CHANGE), and its target is a growth target.

The texts are our own, written in the manner of county, prefecture and district reports.
"""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text
from metrics.targets import Target, file_targets

HEAD = "2027年{place}政府工作报告\n一、2026年工作回顾\n全年地区生产总值增长5.1%，新建学校3所。\n"


def _report(body: str, place: str = "松岭县") -> tuple[dict[str, Target], dict]:
    result = process_text(HEAD.format(place=place) + body, "r.txt")
    rows = {t.text: t for t in file_targets(result.documents, result.mentions)[0]}
    return rows, {m.text: m for m in result.mentions}


@pytest.mark.parametrize(
    "heading",
    ["二、2027年发展目标", "（二）今年的目标任务", "二、2027年经济社会发展奋斗目标"],
)
def test_a_heading_of_the_year_s_goals_in_other_words_opens_its_targets(heading) -> None:
    rows, _ = _report(f"{heading}\n全县一般公共预算收入增长6%，城镇新增就业2800人以上。\n")
    assert {"6%", "2800人以上"} <= set(rows)
    assert rows["2800人以上"].year == 2027


@pytest.mark.parametrize("heading", ["二、发展目标全面完成", "二、2026年目标任务完成情况"])
def test_a_heading_that_says_the_goals_were_met_opens_no_targets(heading) -> None:
    # a review: its figures stay results (the heading line goes on after the goal word)
    rows, mentions = _report(f"{heading}\n全县一般公共预算收入增长6%，城镇新增就业2800人。\n")
    assert not rows and mentions["2800人"].role == "actual"


@pytest.mark.parametrize(
    ("sentence", "figure", "indicator"),
    [
        ("新建高标准农田3万亩，力争全县粮食总产量达到45万吨。", "45万吨", "粮食"),
        ("深化文旅融合，力求全年接待游客人次突破800万人次。", "800万人次", "游客"),
        ("扩大有效投资，确保重点项目完成投资超过120亿元。", "超过120亿元", "投资"),
    ],
)
def test_a_pledge_with_its_metric_before_the_verb_is_a_target(sentence, figure, indicator):
    rows, _ = _report(f"二、2027年重点工作\n（一）做强特色产业。{sentence}\n")
    assert figure in rows and indicator in rows[figure].indicator


@pytest.mark.parametrize(
    "sentence",
    ["全县干部群众力争上游，粮食总产量达到31.8万吨。", "攻坚克难，确保了粮食总产量达到28万吨。"],
)
def test_a_pledge_without_its_figure_in_the_clause_states_no_target(sentence) -> None:
    # in the review: 力争上游 is a saying, 确保了 a result
    result = process_text(f"2027年松岭县政府工作报告\n一、2026年工作回顾\n{sentence}\n", "r.txt")
    assert [m.role for m in result.mentions] == ["actual"]


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("全县地区生产总值年均增长6.5%以上，到2031年突破150亿元。", "150亿元", "地区生产总值"),
        ("一般公共预算收入年均增长5%，2031年末达到18亿元。", "18亿元", "一般公共预算收入"),
        ("全县生产总值年均增长6%，2031年迈上200亿元台阶。", "200亿元", "生产总值"),
        ("全县粮食产量年均增长2%，到2031年超过32万吨。", "超过32万吨", "粮食产量"),
    ],
)
def test_a_clause_of_only_a_later_year_speaks_of_the_figure_before(sentence, figure, metric):
    rows, mentions = _report(f"二、今后五年主要目标\n{sentence}\n")
    assert mentions[figure].metric == metric
    assert rows[figure].year == 2031 and metric in rows[figure].indicator


def test_a_clause_of_a_later_year_that_names_its_thing_keeps_it() -> None:
    rows, mentions = _report(
        "二、今后五年主要目标\n全县粮食产量稳定在30万吨，到2031年建成高标准农田50万亩。\n"
    )
    assert "高标准农田" in mentions["50万亩"].metric
    assert "粮食" not in rows["50万亩"].indicator


TABLE = (
    "二、2027年主要预期目标\n"
    "主要指标\t{done}\t2027年目标\n"
    "地区生产总值增长\t5.3%\t5.5%左右\n"
    "单位地区生产总值能耗降低\t2.8%\t2.5%\n"
    "城镇调查失业率\t5.2%\t5.5%以内\n"
    "人口自然增长率（‰）\t2.1\t3以内\n"
    "粮食产量（万吨）\t31.6\t32\n"
)


@pytest.mark.parametrize("done", ["2026年完成", "上年实绩"])
def test_a_table_row_named_by_a_change_holds_changes(done) -> None:
    rows, mentions = _report(TABLE.format(done=done))
    # the results column: a change, up or down, in a row named by one
    assert (mentions["5.3%"].role, mentions["2.8%"].role) == ("growth", "growth")
    assert mentions["2.8%"].direction == -1
    # …a rate or a level stays what it is
    assert mentions["5.2%"].role == "actual" and mentions["31.6"].role == "actual"
    assert mentions["2.1"].role == "actual"  # 人口自然增长率: a level, not a change
    # the targets column: growth targets, the way each goes
    assert (rows["5.5%左右"].measure, rows["5.5%左右"].direction) == ("growth", 1)
    assert (rows["2.5%"].measure, rows["2.5%"].direction) == ("growth", -1)
    assert rows["5.5%以内"].measure == "level" and rows["32"].measure == "level"
