"""Tables of indicators pasted with tabs: each figure takes its row's name and unit, and
its column says whether it is a target, a result, a completion rate or a change."""

from __future__ import annotations

import metrics
from metrics.segment.grid import grid_cell

TABLE = (
    "县农业农村局2023年工作总结\n\n一、主要指标完成情况\n"
    "指标名称\t2023年目标\t完成情况\t完成率\n"
    "粮食播种面积（万亩）\t45\t45.6\t101.3%\n"
    "农村居民人均可支配收入\t\t21350元\t\n"
    "规上企业（家）\txx\tx\t\n"
    "农业总产值\t同比增长（%）\n"
)


def test_a_table_row_gives_its_figures_the_row_name_unit_and_column_role() -> None:
    m = metrics.extract_text(TABLE).mentions.astype(object)
    got = {r["text"]: r for r in m.to_dict("records")}
    assert (got["45"]["role"], got["45"]["unit"], got["45"]["base_value"]) == (
        "target",
        "万亩",
        45 * 10_000 * 10_000 / 15,  # 1 亩 is 10000/15 square metres
    )
    assert (got["45.6"]["role"], got["45.6"]["metric"]) == ("actual", "粮食播种面积")
    assert (got["101.3%"]["role"], got["101.3%"]["metric"]) == ("completion", "粮食播种面积")
    assert got["21350元"]["metric"] == "农村居民人均可支配收入"
    assert got["xx"]["masked"] and got["xx"]["value"] is None and got["xx"]["unit"] == "家"
    pair = metrics.extract_text(TABLE).pairs.set_index("metric").loc["粮食播种面积"]
    assert (pair["target_value"], pair["actual_value"]) == (45, 45.6)


def test_a_column_names_its_own_unit_and_a_table_of_contents_is_no_table() -> None:
    text = "指标\t目标\t同比增长（%）\n地区生产总值（亿元）\t120\t6.5\n"
    cell = grid_cell(text, text.index("6.5"))
    assert cell is not None and (cell.unit, cell.column) == ("%", "同比增长")
    assert grid_cell(text, text.index("120")).unit == "亿元"
    toc = "县局2023年工作总结\n\n目录\t1\n一、工作总结\t3\n二、工作计划\t12\n"
    assert metrics.extract_text(toc).mentions.empty


def test_a_head_set_apart_by_spaces_is_cut_before_the_years_that_name_its_columns() -> None:
    # a web copy's head of runs of spaces over rows of tabs: normalising joins its cells
    for head, column in (
        ("主要指标    2026年完成    2027年目标", "2027年目标"),
        ("指 标      2018年预计完成      2019年预期目标", "2019年预期目标"),
    ):
        text = metrics.normalize.normalize(f"{head}\n一般公共预算收入（亿元）\t8.6\t9.1\n").text
        cell = grid_cell(text, text.index("9.1"))
        assert cell is not None and (cell.column, cell.unit) == (column, "亿元")
    # counter: a head with no year to cut at stays one cell, and no table is read under it
    text = metrics.normalize.normalize("主要指标    完成    目标\n收入（亿元）\t8.6\t9.1\n").text
    assert grid_cell(text, text.index("9.1")) is None
