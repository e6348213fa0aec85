"""Comparison words bound a figure: 突破/超过/不低于/以上 at least, 控制在…以内/不超过 at most."""

from __future__ import annotations

import pytest

import metrics


def _qualifier(text: str, figure: str) -> tuple[str, str]:
    m = metrics.extract_text(text).mentions
    row = m[m.text == figure].iloc[0]
    return row.qualifier, row.qualifier_rule


@pytest.mark.parametrize(
    "text,figure,qualifier",
    [
        ("全县地区生产总值突破300亿元。", "300亿元", "at_least"),
        ("全市进出口总额首次突破50亿元大关。", "50亿元", "at_least"),
        ("一般公共预算收入超过18亿元。", "超过18亿元", "at_least"),
        ("粮食总产量不低于42万吨。", "不低于42万吨", "at_least"),
        ("森林覆盖率稳定在45%以上。", "45%以上", "at_least"),
        ("城镇调查失业率控制在5.5%以内。", "5.5%以内", "at_most"),
        ("居民消费价格涨幅不超过3%。", "不超过3%", "at_most"),
    ],
)
def test_comparison_words_bound_the_figure(text: str, figure: str, qualifier: str) -> None:
    assert _qualifier(text, figure)[0] == qualifier


@pytest.mark.parametrize(
    "text,figure",
    [
        ("全年实现关键技术突破12项。", "12项"),
        ("取得重大突破，新增发明专利45件。", "45件"),
        ("集中攻坚突破物业服务规范等9个难点问题。", "9个"),
        ("突破关键核心技术难题6项。", "6项"),
    ],
)
def test_a_breakthrough_counted_is_no_bound(text: str, figure: str) -> None:
    assert _qualifier(text, figure) == ("exact", "no_word")
