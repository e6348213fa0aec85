"""Documents of compilations written blind, eighth set (tests/data/compilations_blind8), the
second batch written after the seventh set's classes were fixed: bodies a county hosts (a
state grid's company, a fire brigade, a weather bureau's 总结报告, a media centre), a town's
bodies (a health centre, a police station, a service centre's 1—6月 review, a town's report
sent up as 关于报送…的报告), page numbers and 此页无正文 between reports, a headline before its
dash, a title on two lines with a date line below, and years in brackets or before the
organisation. Labelled from ../shared/gold/README.md (kind too) before the tool was run on
them (scored with sets 2-7 in tests/test_compilations_blind2.py).

First run (on faa929a, the same on 5cf1114): documents 11 of 12, none extra; department 0.909,
level 0.909, summary_year 1.000, plan_year 1.000, kind 1.000. Fixed by class, each with its
tests below (documents 12 of 12, every field 1.000): a state grid names itself before its
local company's place (国网XX县供电公司 -> 供电公司, 县); a title may open with its year in
brackets (（2024年度）区科学技术局上半年工作总结).

Found on the way after it (no blind set; each class with its examples and counter-examples
below): a place's own report on a topic (XX县2023年乡村振兴工作总结); a name in 《》 or with a
colon after its organisation; an autonomous region is a province; a village after its chain
of places; a report word inside the organisation's name (自然资源和规划局, 计划生育协会); an
attachment's number or a symbol before a title; a name that holds 工作 (县委社会工作部); 县直
and 市直 as words.
"""

from __future__ import annotations

import pandas as pd
import pytest

import metrics
from metrics.segment.title_lines import is_title_line
from metrics.segment.titles import parse_title


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("国网XX县供电公司2023年工作总结", ("供电公司", "县", True)),
        ("国家电网东湖市供电公司2024年工作要点", ("供电公司", "市", False)),
        ("南方电网东湖市供电局2024年工作要点", ("供电局", "市", False)),
        # a national agency's office as before; a company with no grid's name keeps its own
        ("国家税务总局XX县税务局2023年工作总结", ("税务局", "县", True)),
        ("东湖县自来水公司2023年工作总结", ("自来水公司", "县", False)),
    ],
)
def test_a_state_grid_named_before_its_company_s_place_is_left_out(
    title: str, facts: tuple
) -> None:
    f = parse_title(title)
    assert (f.department, f.level, f.place_masked) == facts


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("（2024年度）区科学技术局上半年工作总结", ("科学技术局", "区", 2024, None)),
        ("（2023年）县民政局工作总结和2024年工作计划", ("民政局", "县", 2023, 2024)),
        ("(2025年度)XX镇工作要点", ("镇", "镇", None, 2025)),
    ],
)
def test_a_title_may_open_with_its_year_in_brackets(title: str, facts: tuple) -> None:
    assert is_title_line(title)
    f = parse_title(title)
    assert (f.department, f.level, f.summary_year, f.plan_year) == facts


@pytest.mark.parametrize(
    "line",
    # a span of years, a date line: no year of a report's own
    ["（2021—2025年）", "（2024年7月5日）", "（2024年度）"],
)
def test_a_span_or_a_date_in_brackets_is_no_title(line: str) -> None:
    assert not is_title_line(line)
    assert parse_title(line).department is None


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("XX县2023年乡村振兴工作总结", "县"),
        ("东湖区2024年乡村振兴工作要点", "区"),
        ("XX县2023年度法治政府建设情况报告", "县"),
    ],
)
def test_a_place_s_own_report_on_a_topic_opens_a_document(title: str, level: str) -> None:
    # (found on the way after the eighth set) the place speaks, not an office its opening
    # names
    text = (
        "县直汇编\n县商务局2023年工作总结\n2023年，县商务局完成进出口8亿元。\n"
        f"{title}\n2023年，县乡村振兴局牵头，全县脱贫人口人均纯收入增长12%。\n"
    )
    docs = metrics.extract_text(text).documents
    assert list(docs.title) == ["县商务局2023年工作总结", title]
    assert pd.isna(docs.department.iloc[1]) and docs.level.iloc[1] == level


@pytest.mark.parametrize(
    "line",
    # a place's heading with no topic, words that end in a level's character
    ["东湖市2024年重点工作安排", "XX县2023年工作总结", "美丽乡村2024年工作要点"],
)
def test_a_place_before_no_topic_is_no_title_of_its_own(line: str) -> None:
    assert not is_title_line(line)


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("《县统计局2023年工作总结》", ("统计局", "县", 2023, None)),
        ("《XX镇2024年工作要点》", ("镇", "镇", None, 2024)),
        ("县统计局：2023年工作总结", ("统计局", "县", 2023, None)),
        ("XX镇：2024年工作要点", ("镇", "镇", None, 2024)),
    ],
)
def test_a_name_in_book_title_marks_or_a_colon_after_the_organisation(
    title: str, facts: tuple
) -> None:
    # (found on the way) the marks and the colon are no part of the organisation's name; a
    # title with a colon, joined to its opening as a wrapped line, is found at the line's start
    text = (
        "县直汇编\n县商务局2023年工作总结\n2023年，县商务局完成进出口8亿元。\n"
        f"{title}\n2023年，全年开展执法检查46次。\n"
    )
    docs = metrics.extract_text(text).documents
    assert list(docs.title) == ["县商务局2023年工作总结", title]
    d = docs.iloc[1]
    years = tuple(None if pd.isna(y) else int(y) for y in (d.summary_year, d.plan_year))
    assert (d.department, d.level, *years) == facts


@pytest.mark.parametrize(
    "text",
    [
        # a field's label before its colon names no organisation
        "附件：2023年工作总结\n2023年，全年开展执法检查46次。\n",
        # a colon after a sentence's end opens its list, no title
        "全年完成以下工作。县统计局：2023年工作总结2023年，全年开展执法检查46次。\n",
    ],
)
def test_a_colon_that_follows_no_organisation_or_a_sentence_opens_nothing(text: str) -> None:
    text = "县商务局2023年工作总结\n2023年，县商务局完成进出口8亿元。\n" + text
    assert list(metrics.extract_text(text).documents.title) == ["县商务局2023年工作总结"]


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("XX自治区民政厅2023年工作总结", ("民政厅", "省")),
        ("广西壮族自治区水利厅2023年工作总结", ("水利厅", "省")),
        ("内蒙古自治区教育厅2024年工作要点", ("教育厅", "省")),
        ("XX自治县民政局2023年工作总结", ("民政局", "县")),
        # a district, an autonomous prefecture and a county of a nationality as they were
        ("东湖区民政局2023年工作总结", ("民政局", "区")),
        ("XX自治州民政局2023年工作总结", ("民政局", "市")),
        ("某苗族自治县民政局2023年工作总结", ("民政局", "县")),
    ],
)
def test_an_autonomous_region_is_a_province(title: str, facts: tuple) -> None:
    # (found on the way) its name ends in 区, no district's
    f = parse_title(title)
    assert (f.department, f.level) == facts


@pytest.mark.parametrize(
    "title",
    [
        "XX县XX乡XX村2023年工作总结",
        "东湖县桃园镇桃园村2023年工作总结及2024年工作计划",
        "XX镇XX村2023年工作总结",
    ],
)
def test_a_village_after_its_chain_of_places_speaks_for_itself(title: str) -> None:
    # (found on the way) as XX村 alone does
    assert is_title_line(title)
    f = parse_title(title)
    assert (f.department, f.level) == ("村", "村")


@pytest.mark.parametrize(
    "title",
    # no chain of places before a word that ends in 村
    ["乡村振兴示范村2023年工作总结", "美丽乡村2023年工作总结", "新农村建设2023年工作总结"],
)
def test_words_ending_in_a_village_name_no_village(title: str) -> None:
    assert parse_title(title).department is None


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("XX县自然资源和规划局2023年工作总结", "summary"),
        ("东湖市规划和自然资源局2023年工作总结", "summary"),
        ("XX县计划生育协会2023年工作总结", "summary"),
        # words after the name still say the kind
        ("XX县计划生育协会2023年工作总结和2024年工作计划", "summary+plan"),
        ("县自然资源和规划局2024年国土空间规划", "plan"),
    ],
)
def test_a_report_word_inside_the_organisation_s_name_is_no_kind(title: str, kind: str) -> None:
    # (found on the way) 规划 of 自然资源和规划局, 计划 of 计划生育协会
    assert str(parse_title(title).kind) == kind


FIRST = (
    "县直部门汇编\n县商务局2023年工作总结\n2023年，县商务局完成进出口8亿元。\n"
    "一、外贸。新增外贸企业12家。\n"
)
FORESTRY = "\n2023年，全年完成造林1.2万亩。\n一、造林。完成人工造林0.6万亩。\n"


@pytest.mark.parametrize(
    "title",
    [
        "附件一：县林业局2023年工作总结",
        "附件1 县林业局2023年工作总结",
        "材料二、县林业局2023年工作总结",
        "★县林业局2023年工作总结",
        "◆县林业局2023年工作总结",
    ],
)
def test_an_attachment_s_number_or_a_symbol_before_a_title_is_no_part_of_it(title: str) -> None:
    # (found on the way) the department read 附件一:县林业局 or ★县林业局, or none was found
    docs = metrics.extract_text(FIRST + title + FORESTRY).documents
    assert list(docs.title) == ["县商务局2023年工作总结", title]
    assert (docs.department.iloc[1], docs.level.iloc[1]) == ("林业局", "县")


@pytest.mark.parametrize(
    ("line", "department"),
    [
        # an attachment naming the report's own organisation is its appendix
        ("附件1：县商务局2023年重点工作完成情况", None),
        # a year's digits are no attachment's number; a mask's ○ is no symbol
        ("附件2023年工作总结", None),
        ("○○乡人民政府2023年工作总结", "乡"),
    ],
)
def test_an_appendix_a_year_or_a_mask_after_the_word_stays(
    line: str, department: str | None
) -> None:
    docs = metrics.extract_text(FIRST + line + FORESTRY).documents
    assert list(docs.department[1:]) == ([department] if department else [])


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("县委社会工作部2024年工作要点", ("县委社会工作部", "县")),
        ("XX县妇女儿童工作委员会2023年工作总结", ("妇女儿童工作委员会", "县")),
        ("县委老干部工作站工作总结", ("县委老干部工作站", "县")),
        # the report's own 工作 ends the name as before
        ("县林业局工作总结", ("林业局", "县")),
        ("县林业局2024年工作计划", ("林业局", "县")),
    ],
)
def test_an_organisation_whose_name_holds_work_goes_on_past_it(title: str, facts: tuple) -> None:
    # (found on the way) 县委社会工作部 read no organisation: its 工作 ended the name
    assert is_title_line(title)
    f = parse_title(title)
    assert (f.department, f.level) == facts


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("XX县县直机关工委2023年工作总结", ("县直机关工委", "县")),
        ("市直机关工委2023年工作总结", ("市直机关工委", "市")),
        ("东湖市市直机关工委2024年工作要点", ("市直机关工委", "市")),
        # a level's committee as before
        ("XX县委编办2023年工作总结", ("县委编办", "县")),
    ],
)
def test_bodies_directly_under_a_level_keep_its_word(title: str, facts: tuple) -> None:
    # (found on the way) 县直 and 市直 are words: XX县县直机关工委 read 直机关工委
    f = parse_title(title)
    assert (f.department, f.level) == facts
