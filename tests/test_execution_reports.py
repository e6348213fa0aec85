"""Reports on how a plan or a budget was carried out (执行情况/落实情况/完成情况) and the
draft for the next year, as a 发改 or 财政 department reads them to a people's congress.

Class of language: a title or heading names the plan or budget as the object of
执行/落实/完成, so 计划 there is what is reviewed, not what is planned; the draft (计划草案,
预算草案) is the plan. Such a report states its place only on its delivery line.
"""

from __future__ import annotations

import pytest

from metrics.api import extract_text
from metrics.segment.titles import title_kind, title_years


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("关于2024年全市国民经济和社会发展计划执行情况与2025年计划草案的报告", (2024, 2025)),
        ("关于2023年全区预算执行情况和2024年预算草案的报告", (2023, 2024)),
        ("2022年度重点项目计划落实情况及2023年计划安排", (2022, 2023)),
        # counter-examples: two report words, one year each, and one year for a half-year
        ("2023年工作总结和2024年工作计划", (2023, 2024)),
        ("2023年上半年工作总结和下半年工作计划", (2023, 2023)),
    ],
)
def test_each_report_word_takes_its_own_year(title: str, years: tuple[int, int]) -> None:
    assert title_years(title) == years
    assert title_kind(title) == "summary+plan"


@pytest.mark.parametrize("title", ["2024年工作计划完成情况", "2023年民生实事计划执行情况"])
def test_a_plan_carried_out_is_a_review(title: str) -> None:
    assert title_kind(title) == "summary"
    assert title_years(title)[1] is None


PLAN_REPORT = """关于2024年全县国民经济和社会发展计划执行情况与2025年计划草案的报告
——2025年1月10日在青山县第十七届人民代表大会第五次会议上
青山县发展和改革局
一、2024年计划执行情况
全县地区生产总值完成156亿元，增长5.1%。
二、2025年经济社会发展主要目标
地区生产总值增长5.5%，固定资产投资增长6%。
"""

BUDGET_REPORT = """关于2023年预算执行情况和2024年预算草案的报告
2024年1月8日在桐林市第八届人民代表大会第三次会议上
一、2023年预算执行情况
全市一般公共预算收入完成42.6亿元，增长3.8%。
二、2024年预算草案
全市一般公共预算收入预期增长5%。
"""


@pytest.mark.parametrize(
    ("text", "place", "delivered"),
    [(PLAN_REPORT, "青山县", "2025-01-10"), (BUDGET_REPORT, "桐林市", "2024-01-08")],
)
def test_execution_report_reviews_one_year_and_plans_the_next(
    text: str, place: str, delivered: str
) -> None:
    tables = extract_text(text, "report.txt")
    doc = tables.documents.iloc[0]
    assert (doc["summary_year"], doc["plan_year"]) == (
        int(doc["plan_year"]) - 1,
        int(doc["plan_year"]),
    )
    assert (doc["place"], doc["delivered"]) == (place, delivered)
    m = tables.mentions.sort_values("char_start")
    assert list(m["section"]) == ["summary", "summary", "plan", *(["plan"] * (len(m) - 3))]
    assert m.iloc[0]["role"] == "actual" and m.iloc[0]["year"] == doc["summary_year"]
    assert m.iloc[-1]["role"] == "target"
