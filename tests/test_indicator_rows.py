"""Rows of indicators one a line, each its name, a colon, its figure and its change after
a comma (normalize.NAME_FIGURE_LINE): each row keeps its line and its own name."""

from __future__ import annotations

import pytest

from metrics.normalize import is_wrap
from metrics.pipeline import process_text


@pytest.mark.parametrize(
    ("line", "nxt", "wraps"),
    [
        ("地区生产总值：356亿元，同比增长6.5%", "一般公共预算收入：28亿元，同比增长3%", False),
        ("一般公共预算收入：28亿元，比上年下降3.2个百分点", "税收收入：21亿元", False),
        ("粮食产量：41万吨，占全市的18%，居全市第2位", "生猪出栏：12万头", False),
        # counter-examples: a line that ends inside its clause runs on (a PDF wrap)
        ("地区生产总值：356亿元，同比增长", "6.5%，增速居全市第一", True),
        ("地区生产总值：356亿元，", "一般公共预算收入：28亿元", True),
    ],
)
def test_a_row_with_its_change_after_a_comma_is_no_wrap(line: str, nxt: str, wraps: bool) -> None:
    assert is_wrap(line, nxt) is wraps


@pytest.mark.parametrize(
    "rows",
    [
        "地区生产总值：356亿元，同比增长6.5%\n一般公共预算收入：28亿元，同比增长3%\n",
        "城镇常住居民人均可支配收入：4.2万元，增长5.1%\n农村常住居民人均可支配收入：2.1万元，"
        "比上年增长7.4%\n",
    ],
)
def test_each_row_names_its_own_figures(rows: str) -> None:
    text = f"某县统计局2023年工作总结\n一、主要指标完成情况\n{rows}"
    result = process_text(text, "r.txt")
    names = [line.split("：")[0] for line in rows.splitlines()]
    by_line = {}
    for m in result.mentions:
        line = text.count("\n", 0, m.char_start) - 2
        by_line.setdefault(line, set()).add(m.metric)
    assert by_line == {0: {names[0]}, 1: {names[1]}}
