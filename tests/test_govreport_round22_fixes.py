"""Round 22's regressions, by class, each with sentences of our own in the corpus style:

- a clause of nothing but a period (上半年，…) opens a passage: a 全年 clause right after it
  does not end the period (context/periods ``_bare_period_clause``);
- a figure set apart from its unit by ideographic spaces in prose is no table's row
  (normalize ``SPACED_UNIT``, beside ``IDEOGRAPHIC_CELL``);
- one stray tab before a wrapped figure is no table's row (normalize ``TAB_ROW_EVIDENCE``);
- a column that names a ratio to the budget is no target column (rules/role_cues
  ``RATIO_COLUMN``);
- a column named by a bare % or a change takes no unit from the table's unit line
  (segment/grid ``RATIO_HEAD``).
"""

from __future__ import annotations

import pytest

from metrics.normalize import is_wrap, normalize
from metrics.pipeline import process_text
from metrics.rules.role_cues import column_role

S = "\u3000"
HEAD = "{place}人民政府工作报告\n——2026年1月10日在{place}第九届人民代表大会第四次会议上\n"
REVIEW = "一、2025年工作回顾\n"


def _figures(body: str) -> dict[str, tuple]:
    r = process_text(HEAD.format(place="云岭县") + REVIEW + body, "2026_report.txt")
    return {m.text.replace("\n", "").replace(S, ""): (m.role, m.metric, m.unit, m.period)
            for m in r.mentions}  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        ("上半年，全年目标任务完成过半，完成固定资产投资56亿元。", "56亿元", "上半年"),
        ("一季度，年内新开工项目达到25个，完成投资12亿元。", "25个", "一季度"),
        ("1-9月，全年重点项目完成投资86亿元，占年度计划的78%。", "86亿元", "1-9月"),
        ("前三季度，本年新增城镇就业2800人。", "2800人", "前三季度"),
        ("截至10月底，今年累计签约项目42个。", "42个", "截至10月底"),
        # counter: a period with words of its own in its clause is still ended
        ("上半年新开工项目30个，全年实施重点项目120个。", "120个", None),
        ("一季度增长6.4%；全年新增就业5.3万人。", "5.3万人", None),
        ("上半年，签约项目18个；全年引进资金45亿元。", "45亿元", None),
        # counter: a figure the 全年 clause names as the year's goal is the year's
        ("下半年，全年新增就业目标3000人。", "3000人", None),
        ("一季度，年内计划完成投资60亿元，已完成14亿元。", "60亿元", None),
        ("一季度，年内计划完成投资60亿元，已完成14亿元。", "14亿元", "一季度"),
    ],
)
def test_a_bare_periods_clause_is_not_ended_by_the_whole_year(sentence, figure, period) -> None:
    assert _figures(sentence)[figure][3] == period


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (f"全年完成固定资产投资{S}56.8{S}亿元\n", {"56.8亿元": "亿元"}),
        (f"新增城镇就业{S}3200{S}人\n新增市场主体{S}4100{S}户\n", {"3200人": "人", "4100户": "户"}),
        (f"一季度{S}开门红{S}项目签约{S}46{S}个\n", {"46个": "个"}),
    ],
)
def test_a_figure_spaced_from_its_unit_is_prose(text: str, figures: dict[str, str]) -> None:
    assert "\t" not in normalize(text).text
    found = _figures(text)
    for figure, unit in figures.items():
        assert found[figure][2] == unit


def test_a_table_with_a_column_of_units_under_a_head_is_still_a_table() -> None:
    text = f"指标{S}数值{S}单位\n地区生产总值{S}1286{S}亿元\n财政收入{S}45{S}亿元\n"
    assert normalize(text).text.count("\t") == 6


@pytest.mark.parametrize(
    ("line", "nxt", "before", "wrap"),
    [
        ("2025年，全县粮食总产量达到\t35.6", "万吨，增长2.1%。", "", True),
        ("规上工业增加值增长8.2%，高于全市\t1.5", "个百分点。", "", True),
        ("全年，新建改建农村公路\t126", "公里，完成投资3.2亿元。", "", True),
        # counter: two tabs make a row; one tab under a row of the same table does too
        ("其中：税收收入\t56000\t57800", "各位代表，", "", False),
        ("其中：非税收入\t26000", "各位代表，", "其中：税收收入\t56000", False),
    ],
)
def test_one_stray_tab_is_no_tables_row(line: str, nxt: str, before: str, wrap: bool) -> None:
    assert is_wrap(line, nxt, before) is wrap


@pytest.mark.parametrize(
    ("column", "role"),
    [
        ("完成预算%", "completion"),
        ("为调整预算%", "completion"),
        ("为年初计划%", "completion"),
        ("占预算比重", "share"),
        ("占支出比例%", "share"),
        # counter: a budget's own column stays a target; its execution a result
        ("调整预算", "target"),
        ("2026年预算数", "target"),
        ("预算执行数", "actual"),
    ],
)
def test_a_ratio_to_the_budget_is_no_target_column(column: str, role: str) -> None:
    assert column_role(column) == role


TABLE = (
    "2025年预算执行情况如下。\n单位：万元\n项目\t上年执行数\t预算数\t{column}\n"
    "一般公共预算收入\t120000\t126000\t5.2\n"
)


@pytest.mark.parametrize(
    ("column", "unit"),
    [
        ("比上年增长%", ""),
        ("增长%", ""),
        ("完成率%", ""),
        ("增长率", ""),
        ("占收入比重", ""),
        ("增长（%）", "%"),  # a bracketed unit of the column's own, as before
        ("执行数", "万元"),  # counter: a column of amounts takes the table's unit
    ],
)
def test_a_percent_column_takes_no_unit_from_the_tables_line(column: str, unit: str) -> None:
    assert _figures(TABLE.format(column=column))["5.2"][2] == unit


BUDGETS = (
    "2025年预算执行情况如下。\n单位：万元\n项目\t{first}\t{second}\t执行数\n"
    "一般公共预算收入\t82000\t86000\t84500\n"
)


def _budget_targets(first: str, second: str) -> dict[str, str | None]:
    text = HEAD.format(place="云岭县") + REVIEW + BUDGETS.format(first=first, second=second)
    r = process_text(text, "2026_report.txt")
    ids = {m.mention_id: m.text for m in r.mentions}
    return {m.text: ids.get(m.part_of) for m in r.mentions if m.role == "target"}


@pytest.mark.parametrize(
    ("first", "second", "links"),
    [
        ("年初预算", "调整预算", {"82000": "86000", "86000": None}),
        ("预算数", "调整后预算数", {"82000": "86000", "86000": None}),
        ("年初计划", "变动后计划", {"82000": "86000", "86000": None}),
        # counter: two budgets with no adjustment named stay apart
        ("2025年预算数", "2026年预算数", {"82000": None, "86000": None}),
    ],
)
def test_a_budget_the_row_adjusts_is_summed_once(first: str, second: str, links: dict) -> None:
    assert _budget_targets(first, second) == links
