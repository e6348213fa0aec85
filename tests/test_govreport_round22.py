"""Round 22's classes, from govreports_blind13 (tests/test_govreport_blind.py), each with
sentences of our own in the corpus style:

- a table of a web page pasted with one ideographic space between its cells (normalize
  ``IDEOGRAPHIC_CELL``): its cells are read as a tab-pasted table's;
- a clause that opens with the whole year ends the part of the year a clause before it named
  (context/periods ``WHOLE_YEAR_CLAUSE``): 一季度…；全年… — the figures after 全年 are the
  year's;
- a target of a quarter or a half of the year is no row of the year's targets (targets/stated
  ``PART_OF_YEAR``), and does not hide the year's target of its indicator.
"""

from __future__ import annotations

import pytest

from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.targets import file_targets

S = "\u3000"
HEAD = "{place}人民政府工作报告\n——2026年1月10日在{place}第九届人民代表大会第四次会议上\n"
REVIEW = "一、2025年工作回顾\n全年地区生产总值增长5.6%。\n"
PLAN = "二、2026年主要预期目标\n"


def _report(body: str, place: str = "云岭县") -> str:
    return HEAD.format(place=place) + REVIEW + PLAN + body


def _figures(text: str) -> dict[str, tuple]:
    r = process_text(text, "2026_report.txt")
    return {m.text: (m.role, m.metric, m.unit, m.period) for m in r.mentions}


def _targets(text: str) -> dict[str, tuple]:
    r = process_text(text, "2026_report.txt")
    return {t.text: (t.year, t.indicator) for t in file_targets(r.documents, r.mentions)[0]}


@pytest.mark.parametrize(
    ("table", "cells"),
    [
        (  # a head with a unit column and last year's results before the targets
            f"指标{S}单位{S}2025年完成{S}2026年目标\n地区生产总值增长{S}%{S}5.6{S}6左右\n"
            f"城镇新增就业{S}人{S}3860{S}3500以上\n",
            {"6左右": ("target", "地区生产总值", "%"), "3860": ("actual", "城镇新增就业", "人"),
             "3500以上": ("target", "城镇新增就业", "人")},
        ),
        (  # units in brackets after the names, an attribute column after the targets'
            f"指标名称{S}2026年目标{S}属性\n一般公共预算收入增长（%）{S}4.5{S}预期性\n"
            f"粮食总产量（万吨）{S}31以上{S}约束性\n",
            {"4.5": ("target", "一般公共预算收入", "%"),
             "31以上": ("target", "粮食总产量", "万吨")},
        ),
    ],
)  # fmt: skip
def test_a_table_parted_by_ideographic_spaces_is_read_cell_by_cell(table, cells) -> None:
    found = _figures(_report(table))
    for text, (role, metric, unit) in cells.items():
        assert text in found, text
        assert (found[text][0], found[text][2]) == (role, unit)
        assert metric in found[text][1]
    assert set(cells) <= set(_targets(_report(table))) | {"3860"}


@pytest.mark.parametrize(
    "line",
    [
        f"发布时间：2026-01-21{S}来源：县政府办公室{S}浏览次数：1532",  # a byline: colons
        f"县长{S}方立群",  # a speaker's line: two cells, no figure
        f"首页{S}>{S}政务公开{S}>{S}政府工作报告",  # a breadcrumb: no figure
        f"{S}{S}2025年，全县新建学校3所。",  # indentation, and a sentence's pauses
    ],
)
def test_an_ideographic_space_outside_a_table_parts_no_cells(line) -> None:
    assert "\t" not in normalize(line + "\n").text


def test_the_whole_year_after_a_quarter_is_the_years() -> None:
    text = _report(
        "今年主要预期目标是：地区生产总值增长6%左右。\n"
        "一季度力争规模以上工业增加值增长7.5%，固定资产投资增长5%；全年规模以上工业增加值增长"
        "8%左右，固定资产投资增长6%以上。\n"
        "上半年新开工重点项目40个；\n全年实施重点项目150个。\n"
    )
    found = _figures(text)
    assert found["7.5%"][3] == "一季度" and found["40个"][3] == "上半年"
    assert found["8%左右"][3] is None and found["6%以上"][3] is None  # 全年 closed the quarter
    assert found["150个"][3] is None  # …carried across ；to the next line too
    targets = _targets(text)
    assert {"8%左右", "6%以上", "150个"} <= set(targets)
    assert not {"7.5%", "5%", "40个"} & set(targets)  # steps of the way: no rows of the year


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        ("上半年完成全年目标任务的55%。", "55%", "上半年"),  # 全年 inside a clause
        ("今年一季度外贸进出口增长4%。", "4%", "一季度"),  # a period after the opener
        ("一季度经济开局良好，地区生产总值增长6.2%；全年新增就业4.1万人。", "4.1万人", None),
    ],
)
def test_whole_year_clause_counter_examples(sentence, figure, period) -> None:
    found = _figures(HEAD.format(place="云岭县") + "一、2025年工作回顾\n" + sentence + "\n")
    assert found[figure][3] == period


def test_a_deadline_inside_the_year_keeps_its_target() -> None:
    targets = _targets(_report("6月底前建成污水处理厂3座，年底前完成农村改厕2000户。\n"))
    assert {"3座", "2000户"} <= set(targets)


# The Word tables' classes (tests/test_govreport_docx_blind.py), on text pasted with tabs as
# the Word reader writes a table.
BUDGET = "2025年预算执行情况如下。\n{unit_line}\n项目\t{target}\t{actual}\n{rows}"
REVENUE = "一般公共预算收入\t82000\t84500\n"


def _cells(text: str) -> dict[str, tuple]:
    r = process_text(_report(text), "2026_report.txt")
    return {m.text: (m.role, m.metric, m.unit) for m in r.mentions}


@pytest.mark.parametrize(
    ("line", "nxt", "wrap"),
    [
        ("其中：税收收入\t56000\t57800", "非税收入\t26000\t26700", False),  # a part's row
        ("指标：城镇新增就业\t3200", "指标：新增市场主体\t4100", False),
        ("单位：万元", "项目\t预算数\t执行数", False),  # the line above a table's head
        ("2025年，全县完成固定资产投资", "120亿元，增长8%。", True),  # a PDF's wrap, as before
    ],
)
def test_a_tables_row_is_no_wrap(line: str, nxt: str, wrap: bool) -> None:
    from metrics.normalize import is_wrap

    assert is_wrap(line, nxt) is wrap


@pytest.mark.parametrize(
    ("rows", "parts"),
    [
        ("一般公共预算收入\t82000\t84500\n其中：税收收入\t56000\t57800\n非税收入\t26000\t26700\n",
         {"57800": "税收收入", "26700": "非税收入"}),
        ("固定资产投资\t150000\t156200\n其中工业投资\t60000\t63100\n", {"63100": "工业投资"}),
    ],
)  # fmt: skip
def test_a_row_after_其中_is_named_by_its_part(rows: str, parts: dict[str, str]) -> None:
    text = BUDGET.format(unit_line="单位：万元", target="预算数", actual="执行数", rows=rows)
    found = _cells(text)
    for figure, name in parts.items():
        assert found[figure][1] == name


def test_a_row_named_其中_alone_keeps_its_name() -> None:
    from metrics.segment.grid import grid_cell

    text = "项目\t预算数\t执行数\n其中\t12\t15\n"
    cell = grid_cell(text, text.index("15"))
    assert cell is not None and text[slice(*cell.name)] == "其中"


@pytest.mark.parametrize(
    ("unit_line", "unit"),
    [
        ("单位：万元", "万元"),
        ("2025年财政收支情况如下（单位：亿元）：", "亿元"),
        ("计量单位：万吨", "万吨"),
        ("责任单位：县发改委", ""),  # departments, no unit
        ("单位：万元\n全县财政运行总体平稳。", ""),  # a paragraph between: not this table's
    ],
)
def test_a_unit_line_above_a_tables_head_is_its_cells_unit(unit_line: str, unit: str) -> None:
    text = BUDGET.format(unit_line=unit_line, target="预算数", actual="执行数", rows=REVENUE)
    assert _cells(text)["84500"][2] == unit


@pytest.mark.parametrize(
    ("target", "actual", "roles"),
    [
        ("预算数", "执行数", ("target", "actual")),
        ("年初预算", "完成数", ("target", "actual")),
        ("2025年计划数", "2025年完成数", ("target", "actual")),
        ("调整预算数", "预算执行数", ("target", "actual")),  # the budget carried out: a result
    ],
)
def test_a_budgets_column_holds_targets(target: str, actual: str, roles: tuple) -> None:
    text = BUDGET.format(unit_line="单位：万元", target=target, actual=actual, rows=REVENUE)
    found = _cells(text)
    assert (found["82000"][0], found["84500"][0]) == roles


def test_a_plan_of_several_years_is_of_its_first_and_its_clauses_keep_theirs() -> None:
    # the document plans from 2025 (docs/schema.md); its figures are of the year their
    # clause opens with, as when it had no plan year (pipeline ``_section_year``)
    text = (
        "县教育局学前教育普及普惠三年行动计划（2025—2027年）\n"
        "主要目标：2025年，新建公办幼儿园4所；2026年，新建公办幼儿园5所，普惠率达到88%；"
        "2027年，普惠率达到92%。\n"
    )
    r = process_text(text, "plan.txt")
    assert [d.plan_year for d in r.documents] == [2025]
    assert {m.text: m.year for m in r.mentions} == {"4所": 2025, "5所": 2026, "88%": 2026,
                                                      "92%": 2027}  # fmt: skip
