"""Round 23's classes, from govreports_blind15 (tests/test_govreport_blind.py), each with
sentences of our own in the corpus style:

- a table of main indicators pasted one cell a line (normalize ``LINE_TABLE_HEAD``): its
  head (指标 and the columns' names under it, one a year's) and each row (a name and as
  many cells) are read as a tab-pasted table's, its figures and targets with it.
"""

from __future__ import annotations

import pytest

from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.targets import file_targets

HEAD = "{place}人民政府工作报告\n（2026年1月12日在{place}第九届人民代表大会第五次会议上）\n"
REVIEW = "一、2025年工作回顾\n全年地区生产总值增长5.4%。\n"
PLAN = "二、2026年主要预期目标\n经济社会发展主要指标安排如下：\n"


def _report(body: str, place: str = "青禾县") -> str:
    return HEAD.format(place=place) + REVIEW + PLAN + body


def _figures(text: str) -> dict[str, tuple]:
    r = process_text(text, "2026_report.txt")
    return {m.text: (m.role, m.metric, m.unit) for m in r.mentions}


def _targets(text: str) -> dict[str, tuple]:
    r = process_text(text, "2026_report.txt")
    return {t.text: (t.year, t.indicator, t.unit) for t in file_targets(r.documents, r.mentions)[0]}


@pytest.mark.parametrize(
    ("table", "width", "cells", "targets"),
    [
        (  # a unit column and last year's estimate (a forecast) before the year's target
            "指标名称\n单位\n2025年预计\n2026年目标\n城镇新增就业\n人\n3860\n3500以上\n"
            "粮食总产量\n万吨\n28.6\n28以上\n",
            4,
            {"3860": ("forecast", "城镇新增就业", "人"),
             "3500以上": ("target", "城镇新增就业", "人"),
             "28以上": ("target", "粮食总产量", "万吨")},
            {"3500以上", "28以上"},
        ),
        (  # units in brackets after the names, an attribute column after the targets'
            "主要指标\n2026年预期目标\n属性\n地区生产总值增长（%）\n6左右\n预期性\n"
            "单位地区生产总值能耗降低（%）\n3\n约束性\n",
            3,
            {"6左右": ("target", "地区生产总值", "%"),
             "3": ("target", "单位地区生产总值能耗", "%")},
            {"6左右", "3"},
        ),
    ],
)  # fmt: skip
def test_a_table_pasted_one_cell_a_line_is_read_cell_by_cell(table, width, cells, targets) -> None:
    text = _report(table)
    found = _figures(text)
    for figure, (role, metric, unit) in cells.items():
        assert found[figure][0] == role and metric in (found[figure][1] or "")
        assert found[figure][2] == unit
    assert targets <= set(_targets(text))
    # one character for one: only the newlines inside the head and the rows become tabs
    folded = normalize(text).text
    lines = table.rstrip("\n").split("\n")
    assert len(folded) == len(text)
    assert folded.count("\t") == len(lines) - len(lines) // width
    assert text.replace(table, table.replace("\n", "\t")) != folded  # rows keep their ends


@pytest.mark.parametrize(
    "text",
    [
        # a figure on a line of its own inside a sentence: no head above it
        "全县地区生产总值完成\nXX\n亿元，增长6%。\n",
        # a list of figures under their names (an infographic's copy): no head
        "地区生产总值\n1286亿元\n一般公共预算收入\n86.3亿元\n",
        # a heading 主要指标 over prose: no column's name under it
        "主要指标\n地区生产总值增长6%左右，一般公共预算收入增长5%。\n",
        # a head whose columns name no year: a list of words, no table's
        "指标\n单位\n数值\n城镇新增就业\n人\n3500\n",
    ],
)
def test_lines_that_are_no_table_pasted_a_cell_a_line_keep_their_ends(text: str) -> None:
    assert "\t" not in normalize(_report(text)).text


def test_a_table_a_cell_a_line_ends_at_its_first_line_that_is_no_cell() -> None:
    # the heading of the next part and its sentence stay lines of their own
    table = "指标\n2026年目标\n地区生产总值增长\n6%左右\n三、重点工作\n新建高标准农田2万亩。\n"
    folded = normalize(_report(table)).text
    assert "指标\t2026年目标\n地区生产总值增长\t6%左右\n三、重点工作\n" in folded
    assert "地区生产总值" in _targets(_report(table))["6%左右"][1]


@pytest.mark.parametrize(
    ("leadership", "rank"),
    [
        ("在州委、州政府和市委的坚强领导下，", "县级"),  # a 县级市 under an autonomous 州
        ("在地委、行署的正确领导下，", "县级"),  # under a 地区's agency
        ("在省委、省政府和市委的坚强领导下，", "地级"),  # a prefecture-level city
        ("", "地级"),  # a 市 named alone, its superior unsaid
    ],
)
def test_a_city_that_thanks_a_prefectures_committee_is_county_level(leadership, rank) -> None:
    # (the gold labels 市 for every city: the level stays; the rank tells the two apart)
    text = HEAD.format(place="石渠市") + (
        f"一、2025年工作回顾\n2025年，{leadership}全市地区生产总值完成218.6亿元，增长5.6%。\n"
    )
    (doc,) = process_text(text, "2026_report.txt").documents
    assert (doc.level, doc.rank, doc.place) == ("市", rank, "石渠市")
