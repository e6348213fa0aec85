"""Periods carried across ；and list items, and the months a period covers."""

from __future__ import annotations

import pytest

import metrics
from metrics.periods import period_label

REVIEW = "一、2025年工作完成情况\n"


def _periods(text: str) -> list[tuple[str, object, object]]:
    m = metrics.extract_text(REVIEW + text).mentions
    labels = [x if isinstance(x, str) else None for x in m.period_label]
    return list(zip(m.text, m.period, labels, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "截至10月，全县新增市场主体1860户；新增城镇就业2750人。",
        "截至10月，新建农村公路46公里；改造危桥8座；新增停车泊位900个。",
    ],
)
def test_a_period_carries_across_clauses_to_the_full_stop(text: str) -> None:
    rows = _periods(text)
    assert len(rows) >= 2
    assert {(p, label) for _, p, label in rows} == {("截至10月", "2025-01..2025-10")}


def test_a_full_stop_ends_the_period() -> None:
    rows = _periods("1-9月，工业投资增长6.1%；消费增长4.2%。全年引进项目31个。")
    assert [label for _, _, label in rows] == ["2025-01..2025-09"] * 2 + [None]


@pytest.mark.parametrize(
    "text,label",
    [
        ("前三季度主要指标：\n1.地区生产总值增长5.6%；\n2.税收增长3.2%。\n", "2025-01..2025-09"),
        ("上半年完成情况：\n（1）新增就业1900人。\n（2）发放补贴320万元。\n", "2025-01..2025-06"),
    ],
)
def test_a_lead_in_carries_its_period_to_the_list_items(text: str, label: str) -> None:
    assert [lab for _, _, lab in _periods(text)] == [label, label]


def test_a_list_ends_where_a_line_is_no_item() -> None:
    rows = _periods("1-6月：\n1.新增就业1900人。\n全年新增就业4100人。\n")
    assert [lab for _, _, lab in rows] == ["2025-01..2025-06", None]


@pytest.mark.parametrize(
    "period,label",
    [
        ("截至10月底", "2025-01..2025-10"),
        ("截至2024年11月", "2024-01..2024-11"),
        ("1-9月", "2025-01..2025-09"),
        ("1至十一月", "2025-01..2025-11"),
        ("前三季度", "2025-01..2025-09"),
        ("第二季度", "2025-04..2025-06"),
        ("下半年", "2025-07..2025-12"),
        ("前5个月", "2025-01..2025-05"),
        ("3月份", "2025-03..2025-03"),
        ("1-*月", None),
        ("今年以来", None),
        ("截至目前", None),
    ],
)
def test_period_label_names_the_months(period: str, label: str | None) -> None:
    assert period_label(period, 2025) == label


def test_no_year_no_label() -> None:
    assert period_label("1-9月", None) is None
