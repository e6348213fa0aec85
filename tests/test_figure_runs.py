"""PDF copies that set each run of text on a line of its own part a figure from its sentence
(``完成\\nXX\\n亿元``): a masked figure in another font, a number in bold. And a year split by a
wrap right after a pause (``二、20 25年``). Both are joined back; the span keeps the break."""

from __future__ import annotations

import pandas as pd
import pytest

from metrics.api import extract_text
from metrics.normalize import normalize


@pytest.mark.parametrize(
    ("text", "figure", "metric", "value"),
    [
        ("全县地区生产总值完成\nXX\n亿元，同比增长6.1%。", "XX\n亿元", "地区生产总值", None),
        ("年末全镇常住人口\n3.62\n万人，比上年末减少0.2万人。", "3.62\n万人", "常住人口", 3.62),
        ("全年新建\n12\n所幼儿园，新增学位2400个。", "12\n所", "幼儿园", 12.0),
        ("城镇调查失业率控制在\nx.x\n%以内。", "x.x\n%以内", "城镇调查失业率", None),
    ],
)
def test_a_figure_on_its_own_line_rejoins_its_sentence(
    text: str, figure: str, metric: str, value: float | None
) -> None:
    m = extract_text(text).mentions.sort_values("char_start").iloc[0]
    assert m["text"] == figure
    assert metric in m["metric"]
    if value is None:
        assert m["masked"] and pd.isna(m["value"])
    else:
        assert m["value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "XX县教育局\n2024\n年度工作总结",  # a year alone in a title block
        "一、工作回顾\n12\n全年完成投资5亿元。",  # a heading, then a page number
        "全年完成投资5亿元。\n12\n全县新建学校3所。",  # a sentence closed before the number
        "主要做法\n12\n（一）抓项目建设",  # a list marker after the number
    ],
)
def test_a_number_alone_between_closed_lines_stays_apart(text: str) -> None:
    norm = normalize(text)
    assert norm.text.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "year"),
    [("二、20 25年主要预期目标\n地区生产总值增长6%左右。", "2025年"), ("（20 24年）", "2024年")],
)
def test_a_year_split_after_a_pause_is_joined(text: str, year: str) -> None:
    assert year in normalize(text).text
