"""Documents of compilations written blind, fourth set (tests/data/compilations_blind4): a
county's departments that name no place under the county's cover, 省直 bodies (省委宣传部 under
中共XX), 民族乡 and a 乡's party committee, 开发区/园区 管委会, masked (20XX年) and PDF-split
(20 24年) years, 工作总结暨…工作思路, 汇报材料/情况报告/调研报告, a contents page with dot
leaders whose entries a PDF joined, and a 附表; labelled before the tool was run on them.

On 98e6046: documents 20 of 22, none extra; department 0.900, level 0.800, summary_year
1.000, plan_year 1.000. Fixed by class, each with its tests below: a cover that gathers the
departments of a level (县直部门, XX县部门…) gives its level to a piece naming no place; a
masked township of a nationality (XX彝族乡) is a 乡; a contents page that numbers its pages
ends at its first line with none, and two entries joined on one line are two; a study an
organisation reports (…关于…的调研报告) is a piece of its own, with or without a year. The
labelled documents are scored with the second and third sets in
tests/test_compilations_blind2.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

import metrics
from metrics.normalize import normalize
from metrics.segment.title_lines import is_title_line
from metrics.segment.titles import clean_department, cover_level
from metrics.segment.toc import find_toc


def _level(text: str) -> str | None:
    docs = metrics.extract_text(text).documents
    level = docs.level.iloc[-1]
    return level if isinstance(level, str) else None


@pytest.mark.parametrize(
    ("cover", "level"),
    [
        ("XX县2024年县直部门工作总结汇编", "县"),
        ("省直单位2023年工作总结选编（4篇）", "省"),
        ("2023年区直各单位工作总结汇编", "区"),
        ("东湖区2023年度机关单位工作总结选编", "区"),
        ("XX市部门工作总结汇编", "市"),
        # a cover of many lower bodies, or of a system, gives no level to its pieces
        ("XX区各街道2024年工作总结汇编", None),
        ("全县乡镇2023年工作总结汇编", None),
        ("教育系统文稿汇编", None),
        ("全县部门工作总结汇编", None),
    ],
)
def test_a_cover_names_the_level_of_the_departments_it_gathers(
    cover: str, level: str | None
) -> None:
    assert cover_level(cover) == level


@pytest.mark.parametrize(
    ("cover", "title", "opening", "level"),
    [
        (
            "XX县2024年县直部门工作总结汇编",
            "人社局2024年工作总结",
            "2024年，我局新增就业2860人。",
            "县",
        ),
        (
            "市直单位2023年工作总结汇编",
            "2023年工作总结和2024年工作打算",
            "全年我局办结案件86件。",
            "市",
        ),
        # the piece's own level stands: in its title, or its opening
        ("县直部门工作总结汇编", "市生态环境局XX分局2023年工作总结", "全年完成检查86次。", "市"),
        ("县直部门工作总结汇编", "医保局2023年工作总结", "2023年，全市医保参保率96.8%。", "市"),
        # a masked place's body (XX工业园区管委会) names its place, at no level
        ("XX县直部门工作总结汇编", "XX工业园区管委会2023年工作总结", "全年新入驻企业23家。", None),
    ],
)
def test_a_piece_naming_no_place_speaks_at_its_covers_level(
    cover: str, title: str, opening: str, level: str | None
) -> None:
    text = f"{cover}\n{title}\n{opening}\n一、项目建设。全年完成投资2.6亿元。\n"
    assert _level(text) == level


@pytest.mark.parametrize(
    ("raw", "department", "level"),
    [
        ("XX彝族乡人民政府", "乡", "乡"),
        ("××回族乡党委", "乡", "乡"),
        ("XX蒙古族乡", "乡", "乡"),
        ("某苗族自治县民政局", "民政局", "县"),
        ("XX布依族苗族自治县教育局", "教育局", "县"),
        # 民族 inside a body's name, or after a level, is no place's name
        ("XX县民族宗教事务局", "民族宗教事务局", "县"),
        ("xx民族中学", "民族中学", None),
    ],
)
def test_a_masked_township_of_a_nationality_is_its_level(
    raw: str, department: str, level: str | None
) -> None:
    assert clean_department(raw)[:2] == (department, level)


def _toc(text: str) -> list[tuple[str, int | None]]:
    return [(e.title, e.page) for e in find_toc(normalize(text).text)[0]]


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        (
            "市交通运输局2023年工作总结........ 1市城市管理局2023年工作计划······ 4",
            [("市交通运输局2023年工作总结", 1), ("市城市管理局2023年工作计划", 4)],
        ),
        (
            "县林业局工作总结……5 县商务局2024年工作要点……9",
            [("县林业局工作总结", 5), ("县商务局2024年工作要点", 9)],
        ),
        # a title's own number after no leader splits nothing
        (
            "县统计局2023年第4季度工作总结……12",
            [("县统计局2023年第4季度工作总结", 12)],
        ),
    ],
)
def test_two_contents_entries_joined_on_one_line_are_two(
    line: str, entries: list[tuple[str, int]]
) -> None:
    assert _toc(f"目录\n{line}\n县体育局2023年工作总结……15\n")[: len(entries)] == entries


@pytest.mark.parametrize(
    "first",
    [
        "县林业局2024年工作总结和2025年工作计划",
        "XX县商务局关于2024年工作情况的报告",
    ],
)
def test_a_contents_page_with_page_numbers_ends_at_a_line_without_one(first: str) -> None:
    # the contents name the reports shorter than their titles do: the first title below
    # is the first report's, not one more entry of the contents
    text = (
        "县直部门工作总结汇编\n目录\n县林业局工作总结……1\n县商务局工作情况……5\n"
        f"{first}\n2024年，我局完成造林1.2万亩。\n一、主要工作。全年新建基地3个。\n"
    )
    docs = metrics.extract_text(text).documents
    assert docs.title.tolist()[:1] == [first]


def test_a_contents_page_without_page_numbers_lists_titles() -> None:
    # (the counter-example: titles listed under 目录 alone are its entries, not reports)
    text = "目录\n县林业局2024年工作总结\n县商务局2024年工作要点\n"
    assert _toc(text) == [("县林业局2024年工作总结", None), ("县商务局2024年工作要点", None)]


@pytest.mark.parametrize(
    ("opening", "department"),
    [
        (
            "今年以来，区市场监管局新增市场主体3860户，区市场监管局抽检食品1260批次。"
            "区市场监督管理局被评为全市先进单位。",
            "市场监督管理局",
        ),
        (
            "2023年，县文旅局接待游客286万人次；县文旅局新建城市书房4个，"
            "县文化和旅游局获评全省先进集体。",
            "文化和旅游局",
        ),
        # another department named as often keeps the short name; a short name alone stays
        ("2023年，区人社局新增就业1200人，区人社局发放补贴；区民政局发放低保金。", "人社局"),
        ("2023年，县文旅局接待游客286万人次，县文旅局新建城市书房4个。", "文旅局"),
    ],
)
def test_a_body_named_by_its_short_and_full_name_is_its_full_name(
    opening: str, department: str
) -> None:
    # (the dev gold's 【篇一】 of 003: 区教体局 three times, 《xx区教育体育局…》 once)
    text = "部门工作总结（3篇）\n【篇一】\n" + opening + "\n"
    (doc,) = metrics.extract_text(text).documents.itertuples()
    assert doc.department == department


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("县农业农村局关于全县家庭农场发展情况的调研报告", True),
        ("XX镇关于农村人居环境整治工作的自查报告", True),
        ("区统计局关于规上工业企业用工情况的调查报告", True),
        ("县财政局关于2023年预算绩效管理的专题报告", True),
        # a study named in a sentence, or without its author, opens no piece
        ("我局深入基层调查，形成关于推进公路养护管理体制的调研报告", False),
        ("关于家庭农场发展的调研报告", False),
    ],
)
def test_a_study_an_organisation_reports_is_a_title(line: str, title: bool) -> None:
    assert is_title_line(line) is title


def test_a_study_is_a_piece_of_its_compilation() -> None:
    text = (
        "县直部门材料汇编\n县财政局2023年工作总结\n2023年，全县一般公共预算收入12亿元。\n"
        "区统计局关于规上工业企业用工情况的调查报告\n截至2023年底，全区规上工业企业从业人员3.6万人。\n"
    )
    docs = metrics.extract_text(text).documents
    assert docs[["department", "level"]].values.tolist() == [["财政局", "县"], ["统计局", "区"]]


@pytest.mark.parametrize(
    ("cover", "title", "years"),
    [
        ("2023年县直部门工作总结汇编", "县林业局工作总结", (2023, None)),
        ("2023年工作总结及2024年工作要点汇编", "县统计局工作要点", (None, 2024)),
        ("XX区2024年部门工作总结和2025年工作计划选编", "区民政局工作总结及工作计划", (2024, 2025)),
        # a plan under a cover of reviews alone, or a cover with no year: no guess
        ("2023年县直部门工作总结汇编", "县统计局工作要点", (None, None)),
        ("县直部门工作总结汇编", "县林业局工作总结", (None, None)),
        # the title's own year stands
        ("2023年县直部门工作总结汇编", "县商务局2022年工作总结", (2022, None)),
    ],
)
def test_a_report_naming_no_year_takes_its_covers(cover: str, title: str, years: tuple) -> None:
    # (found on the way, as a cover's level: the opening names no year either)
    text = f"{cover}\n{title}\n今年以来，我局扎实推进各项工作，完成投资2.6亿元。\n"
    (doc,) = metrics.extract_text(text).documents.itertuples()
    assert tuple(None if pd.isna(y) else int(y) for y in (doc.summary_year, doc.plan_year)) == years
