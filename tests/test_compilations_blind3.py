"""Documents of compilations written blind, third set (tests/data/compilations_blind3): 【篇】
markers over towns' titles (○○ masks, a party committee's 关于…报告, an untitled piece, a half
year), 开发区 and 群团 bodies, a year before a masked place, an organisation on the line above
its title; labelled before the tool was run on them (scored with the second set in
tests/test_compilations_blind2.py).

First run (after blind set 2's classes): documents 11 of 11, none extra; department 0.909,
level 1.000, summary_year 1.000, plan_year 0.909, kind 0.909 (bc05301: department 0.818).
Fixed by class: a masked place's circles (○○镇) mask it as letters do; a header that names
many bodies (全县乡镇) names none of them; a review that plans the next year under a heading
of its own (二、2024年工作打算) is a review and a plan.
"""

from __future__ import annotations

import pandas as pd
import pytest

import metrics
from metrics.segment.titles import _subtitle, parse_title


def _one(text: str) -> tuple:
    (d,) = metrics.extract_text(text).documents.itertuples()
    years = (None if pd.isna(y) else int(y) for y in (d.summary_year, d.plan_year))
    return (d.department if isinstance(d.department, str) else None, *years, d.kind)


@pytest.mark.parametrize(
    ("opening", "department"),
    [
        ("今年以来，○○镇紧紧围绕年初确定的目标任务，真抓实干。", "镇"),
        ("2023年，××乡坚持以党建为引领，统筹推进各项工作。", "乡"),
        ("2023年，某街道在区委、区政府的领导下，扎实推进各项工作。", "街道"),
    ],
)
def test_a_place_masked_by_circles_or_mou_speaks_for_itself(opening: str, department: str) -> None:
    text = "乡镇工作总结（3篇）\n【篇一】\n" + opening + "全年新建村级活动场所3个。\n"
    assert _one(text)[0] == department


@pytest.mark.parametrize(
    ("title", "department"),
    [
        ("全县乡镇2023年工作总结汇编", None),
        ("全市各街道2023年工作总结", None),
        ("各乡镇2024年工作要点", None),
        ("乡镇工作总结", None),
        ("镇街2024年工作要点", None),
        # a county's own bodies are named so
        ("县政府2023年工作总结", "政府"),
        ("全县教育局2023年工作总结", None),
    ],
)
def test_a_name_of_many_bodies_names_none(title: str, department: str | None) -> None:
    assert parse_title(title).department == department


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "○○镇党委关于2023年度工作情况的报告\n一、2023年主要工作\n全年完成投资18.6亿元。\n"
            "二、2024年工作打算\n力争完成投资20亿元以上。\n",
            ("镇", 2023, 2024, "summary+plan"),
        ),
        (
            "县水务局2023年工作总结\n一、主要成效\n全年完成水利投资12亿元。\n"
            "三、2024年重点工作安排\n计划完成水利投资15亿元。\n",
            ("水务局", 2023, 2024, "summary+plan"),
        ),
        # a plan named in a sentence, the rest of the same year, the year reviewed: no plan
        (
            "县水务局2023年工作总结\n一、主要成效\n全年完成水利投资12亿元，制定《2024年防汛工作计划》。\n"
            "二、下半年工作打算\n继续抓好项目建设。\n",
            ("水务局", 2023, None, "summary"),
        ),
        (
            "县教育局2023年工作总结\n一、2023年招生计划完成情况\n全年招收新生3200人。\n",
            ("教育局", 2023, None, "summary"),
        ),
    ],
)
def test_a_review_that_plans_the_next_year_under_its_own_heading_plans_it(
    text: str, facts: tuple
) -> None:
    assert _one(text) == facts


TOWN = (
    "2023年，xx镇在县委、县政府的领导下，完成固定资产投资12亿元。\n"
    "一、产业发展。新建厂房2万平方米。\n"
)
OFFICE = (
    "今年以来，我局围绕中心工作，全年办理案件126件，同比增长8%。\n一、执法办案。查办案件86件。\n"
)


@pytest.mark.parametrize(
    ("first", "second", "titles"),
    [
        ("【篇1】", "【篇2】", ["【篇1】", "【篇2】"]),
        ("【第1篇】", "【第2篇】", ["【第1篇】", "【第2篇】"]),
        ("篇一：", "篇二：", ["篇一", "篇二"]),
        ("第一篇", "第二篇", ["第一篇", "第二篇"]),
        ("【范文1】", "【范文2】", ["【范文1】", "【范文2】"]),
        # a heading's number is no piece's
        ("（一）", "（二）", ["（一）"]),
    ],
)
def test_a_piece_numbered_as_the_sites_number_them_opens_its_document(
    first: str, second: str, titles: list[str]
) -> None:
    text = "乡镇工作总结（精选2篇）\n" + first + "\n" + TOWN + second + "\n" + OFFICE
    assert list(metrics.extract_text(text).documents.title) == titles


def test_a_piece_number_inside_a_sentence_opens_nothing() -> None:
    # (far from the title: a marker just below a title line is that report's own)
    text = "县统计局2023年工作总结\n" + OFFICE * 2 + "全年统计工作谱写了高质量发展的第一篇章。\n"
    assert list(metrics.extract_text(text).documents.title) == ["县统计局2023年工作总结"]


def test_a_numbered_title_joined_to_its_opening_opens_its_document() -> None:
    text = (
        "部门材料\n第一篇：县统计局2023年工作总结\n"
        + OFFICE
        + "第二篇：县林业局2023年工作总结\n"
        + OFFICE
    )
    docs = metrics.extract_text(text).documents
    assert list(zip(docs.title, docs.department, strict=True)) == [
        ("第一篇：县统计局2023年工作总结", "统计局"),
        ("第二篇：县林业局2023年工作总结", "林业局"),
    ]


@pytest.mark.parametrize(
    ("title", "department", "level"),
    [
        ("国家税务总局XX县税务局2023年工作总结", "税务局", "县"),
        ("国家统计局××调查队2023年工作总结", "调查队", None),
        # the agency itself, no office after it
        ("国家统计局2023年工作总结", "国家统计局", None),
    ],
)
def test_a_national_agencys_masked_office_is_the_organisation(
    title: str, department: str, level: str | None
) -> None:
    facts = parse_title(title)
    assert (facts.department, facts.level) == (department, level)


@pytest.mark.parametrize(
    ("title", "level", "masked"),
    [
        ("XX县2023年乡村振兴工作总结", "县", True),
        ("东湖区2024年工作要点", "区", False),
        # no place: no level; 全县 is this county, no place's name
        ("2023年工作总结及2024年工作计划", None, False),
        ("全县2023年工作总结", None, False),
        # words that end in a level's character, no place before a year
        ("美丽乡村2024年工作要点", None, False),
    ],
)
def test_a_place_that_opens_a_title_naming_no_body_gives_its_level(
    title: str, level: str | None, masked: bool
) -> None:
    facts = parse_title(title)
    assert (facts.department, facts.level, facts.place_masked) == (None, level, masked)


SUBTITLE = "——XX县商务局2023年工作总结\n"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("部门材料\n凝心聚力谋发展 实干担当开新局\n" + SUBTITLE + TOWN, [("凝心", "商务局", "县")]),
        (
            "部门材料\n踔厉奋发 勇毅前行\n—东湖区民政局2024年工作总结\n" + TOWN,
            [("踔厉", "民政局", "区")],
        ),
        # a sentence or a heading above the subtitle is the report before's: it opens there
        (
            "县统计局2023年工作总结\n" + TOWN + "全年工作圆满完成。\n" + SUBTITLE + TOWN,
            [("县统", "统计局", "县"), ("——", "商务局", "县")],
        ),
        (
            "县统计局2023年工作总结\n" + TOWN + "二、下步打算\n" + SUBTITLE + TOWN,
            [("县统", "统计局", "县"), ("——", "商务局", "县")],
        ),
    ],
)
def test_a_report_named_in_a_subtitle_opens_at_its_headline(text: str, found: list) -> None:
    docs = metrics.extract_text(text).documents
    opened = [
        (text[s : s + 2], d, lv)
        for s, d, lv in zip(docs.char_start, docs.department, docs.level, strict=True)
    ]
    assert opened == found


@pytest.mark.parametrize(
    "title",
    [
        "东湖市政府工作报告——2024年1月5日在东湖市第十届人民代表大会第三次会议上",
        "奋力完成全年目标任务——北塘区代表团审议政府工作报告侧记",
        "东湖市国民经济和社会发展第十四个五年规划（2021—2025年）",
    ],
)
def test_a_dash_before_no_reports_name_is_no_subtitle(title: str) -> None:
    # a delivery line after its report, a news story's subtitle, a span of years
    assert _subtitle(title) == title
