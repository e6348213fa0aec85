"""A plan of several years whose span stands before its words (``titles.
PLAN_SPAN_BEFORE_WORDS``: 西岭市商务局2024—2025年工作计划, 2025至2027年工作要点): planned from
its span's first year, as one with its span in brackets after the words (三年行动方案
（2024—2026年）) is; its targets of no year of their own aim at the span's end
(``plan_period``), a target its clause gives a year is that year's. Counter: a school year
(2024-2025学年工作要点) is no span, and a review of several years has no plan word. Titles
written for these tests."""

from __future__ import annotations

import pytest

from metrics.pairs import plan_vs_outcome
from metrics.pipeline import process_text
from metrics.segment.titles import plan_span, title_years


@pytest.mark.parametrize(
    ("title", "span", "years"),
    [
        ("西岭市商务局2024—2025年工作计划", (2024, 2025), (None, 2024)),
        ("县应急管理局2025至2027年工作要点", (2025, 2027), (None, 2025)),
        ("东湖区2024-2026年城市更新行动方案", (2024, 2026), (None, 2024)),
        ("南坪县水利局2023年工作总结及2024—2025年工作计划", (2024, 2025), (2023, 2024)),
        # counter-examples: no span of a plan
        ("县教育局2024-2025学年工作要点", None, (None, 2025)),
        ("市统计局2021—2025年工作总结", None, (2025, None)),
        ("县商务局2025年工作计划", None, (None, 2025)),
    ],
)
def test_a_span_before_the_words(
    title: str, span: tuple[int, int] | None, years: tuple[int | None, int | None]
) -> None:
    assert plan_span(title) == span
    assert title_years(title) == years


PLAN = (
    "西岭市商务工作汇编\n\n西岭市商务局2024—2025年工作计划\n\n一、主要目标\n"
    "到2025年底，全市两年累计新增限额以上商贸企业130家。\n二、年度安排\n"
    "2024年，全市新增限额以上商贸企业60家；2025年，全市新增限额以上商贸企业70家。\n\n"
    "西岭市商务局2024年工作总结\n\n全年全市新增限额以上商贸企业64家。\n"
)


def test_a_two_year_plans_year_links_to_that_years_review() -> None:
    r = process_text(PLAN, "plan.txt")
    plan_doc = next(d for d in r.documents if "2024—2025" in (d.title or ""))
    assert plan_doc.plan_year == 2024
    years = {m.text: (m.year, m.plan_period) for m in r.mentions}
    assert years["60家"] == (2024, None) and years["70家"] == (2025, None)
    assert years["130家"][0] == 2025
    links = plan_vs_outcome(r.mentions, r.documents)
    assert [(lk.target_value, lk.actual_value) for lk in links] == [(60.0, 64.0)]


# A province's office named with 厅 (``lexicon.departments``: the 厅 form of a bureau's name)
# opening a plan's title before its topic: the title opens a document (tables_blind14's
# leftover: 农业农村厅 was no known department, so the line was no title at all)
@pytest.mark.parametrize(
    "title",
    [
        "江南省农业农村厅高标准农田建设两年攻坚行动方案（2023—2024年）",
        "江北省交通运输厅农村公路提质改造三年行动计划（2024—2026年）",
    ],
)
def test_a_provinces_office_opening_a_plans_title(title: str) -> None:
    text = (
        f"江南省工作汇编\n\n{title}\n\n到2024年底，全省累计建成高标准农田360万亩。\n\n"
        "江南省农业农村厅2024年工作总结\n\n全省新建高标准农田186万亩。\n"
    )
    docs = process_text(text, "p.txt").documents
    assert docs[0].title == title and docs[0].plan_year == int(title[-11:-7])


def test_the_province_office_names_its_bureau() -> None:
    from metrics.lexicon.departments import canonical_department

    assert canonical_department("农业农村厅") == canonical_department("农业农村局")
    assert canonical_department("财政厅") == canonical_department("财政局")
    assert canonical_department("办公厅") is None  # no bureau's name before 厅
