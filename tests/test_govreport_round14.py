"""The classes of the government work reports, round 14 (found with govreports_blind11),
each held by texts of our own and by the counter-examples it could misfire on:

- a delivery line dated in Chinese numerals (——二〇二五年一月十四日在东川县第十九届人民代表
  大会第五次会议上) dates the report, as a date line of its own did (delivery
  ``delivery_line``);
- a prefecture agency's report (…盟行政公署工作报告) read to the congress of its area, not to
  a meeting, takes its date from that line (delivery ``delivery``);
- a report whose title and opening name no year planned (an agency's read to a meeting of
  its own, 在塔勒地区各族各界代表会议上) plans the year after the one its review's heading
  names (govreport ``review_heading_year``: 一、2026年工作回顾);
- a review that lists last year's targets as the congress set them (年初市十六届人大二次会议
  确定的主要预期目标是：…; 县十八届人大三次会议确定的目标任务为：…) recalls them: they are of
  the year under review and do not hide the plan's own 主要预期目标 (targets/stated
  ``RECALLED``);
- a list of goals one a line, each a sentence of its own (主要预期目标是：/ 地区生产总值增长6.5%
  左右。/ 规模以上工业增加值增长8%。), is one passage to its last goal line (passages
  ``GOAL_LINE``); a line of prose after it, a heading, a table's row and a line that looks
  back are none;
- a 街道's office reports as a prefecture's agency does (河西街道办事处工作报告, read to the
  街道's 居民代表大会): a government report of level 街道, its goals targets (govreport
  ``agency_report_title``); its 工作总结 is none;
- second batch: a 街道's report titled without its office (东门街道工作报告) is one too, its
  党工委's is none; a congress's session named by term and number (县十九届人大四次会议,
  市十六届人代会二次会议) holds no figure (rules/exclusions ``chinese_slogan``, a small rule
  outside this round's modules), while 两次会议 is a count;
- a bullet's mark kept at the head of a metric (——牲畜存栏, a known leftover of context's) is
  no part of the target's indicator (targets/indicators ``LIST_MARK``);
- third batch: a page's 【纠错】 or [我要纠错] button beside 【打印】【关闭】 on the title's line is
  the page's (govreport ``PAGE_BUTTONS``): the report keeps its title and is found;
- fourth batch: a range of percentages in words with both ends written out (百分之五到百分之六,
  百分之五点五至百分之六) is one figure, a range (rules/figures ``percent_chinese`` and resolve,
  a small rule outside this round's modules); it was two, the high end an extra target.
"""

from __future__ import annotations

import pytest

from metrics.passages import target_passages
from metrics.pipeline import process_text
from metrics.segment import delivery, govreport
from metrics.targets import file_targets
from metrics.targets.indicators import LIST_MARK

GOALS = "今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"


def _report(title: str, lines: str, last: int, year: int) -> str:
    return (
        f"{title}\n{lines}\n一、{last}年工作回顾\n{last}年，地区生产总值增长5.6%。\n"
        f"二、{year}年主要预期目标\n{GOALS}"
    )


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("——二〇二五年一月十四日在东川县第十九届人民代表大会第五次会议上", "2025-01-14"),
        ("（二○二三年二月二十日在青山市第十六届人民代表大会第二次会议上）", "2023-02-20"),
        ("——二〇三一年一月九日在县第二十一届人民代表大会第三次会议上", "2031-01-09"),
    ],
)
def test_a_delivery_line_in_chinese_numerals_dates_the_report(line: str, day: str) -> None:
    found = delivery.delivery(line)
    assert found is not None and found.date == day
    doc = process_text(
        _report("东川县人民政府工作报告", line + "\n县长　韦振华", 2024, 2025), "r.txt"
    )
    [report] = doc.documents
    # (the date line's year is the plan year, not the headings')
    assert report.plan_year == int(day[:4]) and report.delivered == day


@pytest.mark.parametrize(
    ("title", "line", "place"),
    [
        (
            "乌兰察盟行政公署工作报告",
            "——2028年1月12日在乌兰察盟第五届人民代表大会第四次会议上",
            "乌兰察盟",
        ),
        (
            "塔拉地区行政公署工作报告",
            "（2026年1月8日在塔拉地区第二届人民代表大会第一次会议上）",
            "塔拉地区",
        ),
    ],
)
def test_an_agency_read_to_its_areas_congress_is_dated_by_it(title, line, place) -> None:
    found = delivery.delivery(line, meeting=True)
    assert found is not None and str(found.year) in line and found.place == place
    # (the heading of its goals names the year after: the delivery line's year, not it)
    [report] = process_text(_report(title, line, 2020, 2021), "r.txt").documents
    assert report.delivered == found.date and report.plan_year == found.year


def test_a_meeting_is_still_read_first_for_an_agency() -> None:
    found = delivery.delivery("——2023年2月8日在青木川地区人大工委第二次全体（扩大）会议上", True)
    assert found is not None and found.year == 2023 and found.place is None


@pytest.mark.parametrize(
    ("title", "lines", "last"),
    [
        ("塔勒地区行政公署工作报告", "——在塔勒地区各族各界代表会议上\n地区行署专员　艾尔肯", 2026),
        ("东湖县人民政府工作报告", "县长　王某某\n各位代表：", 2024),
        ("政府工作报告", "安平县人民政府县长　黄宏伟", 2019),
    ],
)
def test_a_report_naming_no_year_plans_the_year_after_its_review(title, lines, last) -> None:
    text = _report(title, lines, last, last + 1).replace(
        f"二、{last + 1}年主要预期目标", "二、主要预期目标"
    )
    [report] = process_text(text, "r.txt").documents
    assert (report.summary_year, report.plan_year) == (last, last + 1)


@pytest.mark.parametrize(
    "heading",
    ["一、过去五年工作回顾", "一、2024年上半年工作回顾", "回顾2024年工作，我们深切体会到"],
)
def test_a_review_heading_naming_no_years_last_year_gives_none(heading: str) -> None:
    assert govreport.reviewed_year(heading) is None


def _targets(text: str) -> list[tuple[str, int | None]]:
    result = process_text(text, "r.txt")
    return [(t.text, t.year) for t in file_targets(result.documents, result.mentions)[0]]


@pytest.mark.parametrize(
    "recall",
    [
        "年初市十六届人大二次会议确定的主要预期目标是：地区生产总值增长7%左右，城镇新增就业3.5万人。",
        "县十八届人大三次会议确定的目标任务为：地区生产总值增长7%左右，城镇新增就业3.5万人。",
        "年初政府工作报告提出的主要目标是：地区生产总值增长7%左右，城镇新增就业3.5万人。",
    ],
)
def test_a_review_listing_last_years_targets_recalls_them(recall: str) -> None:
    text = (
        "临河市人民政府工作报告\n——2024年1月9日在临河市第十六届人民代表大会第三次会议上\n"
        f"一、2023年工作回顾\n全市地区生产总值增长7.1%。{recall}\n二、2024年目标任务\n"
        "今年的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人以上。\n"
    )
    assert set(_targets(text)) == {
        ("7%左右", 2023),
        ("3.5万人", 2023),
        ("6%左右", 2024),
        ("3万人以上", 2024),
    }


GOAL_LINES = "今年全县经济社会发展的主要预期目标是：\n{}\n"


@pytest.mark.parametrize(
    ("lines", "goals", "none"),
    [
        (
            "地区生产总值增长6.5%左右。\n规模以上工业增加值增长8%。\n城镇新增就业2800人。\n"
            "实现这些目标，必须坚持稳中求进工作总基调。\n全年实施重点项目80个。",
            ("6.5%左右", "8%", "2800人"),
            ("80个",),
        ),
        (
            "——一般公共预算收入增长5%；\n——粮食产量稳定在30万吨以上。\n三、2023年重点工作\n"
            "新建农村公路50公里。",
            ("5%", "30万吨以上"),
            ("50公里",),
        ),
        (
            "地区生产总值增长6%左右。\n过去一年，全县地区生产总值增长5.2%。",
            ("6%左右",),
            ("5.2%",),
        ),
        (
            "地区生产总值增长7%左右。\n一般公共预算收入增长6%。\n全年地区生产总值实际增长5.9%。\n"
            "一般公共预算收入完成了12亿元。",
            ("7%左右", "6%"),
            ("5.9%", "12亿元"),
        ),
    ],
)
def test_goals_one_a_line_are_one_passage(lines: str, goals, none) -> None:
    text = GOAL_LINES.format(lines)
    [(start, end)] = target_passages(text)
    covered = text[start:end]
    assert all(g in covered for g in goals) and not any(n in covered for n in none)


def test_a_tables_rows_after_a_goals_line_are_no_goal_lines() -> None:
    text = "主要预期目标是：\n地区生产总值增长6%左右。\n1  一般公共预算收入  亿元  12.6  11.9\n"
    [(start, end)] = target_passages(text)
    assert "12.6" not in text[start:end]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("河西街道办事处工作报告", "——2025年1月10日在河西街道第三届居民代表大会第二次会议上"),
        ("2025年东门街道办事处工作报告", "（在东门街道人大工委全体（扩大）会议上）"),
        ("东门街道工作报告", "——2026年1月15日在东门街道第四届居民代表会议第一次会议上"),
    ],
)
def test_a_street_office_reports_as_a_government(title: str, line: str) -> None:
    text = (
        f"{title}\n{line}\n街道办事处主任　周晓燕\n一、2024年工作回顾\n"
        "2024年，街道完成税收收入5.8亿元，增长6.5%。\n二、2025年工作目标\n"
        "2025年街道工作的主要目标是：税收收入增长6%左右，新引进企业80家以上。\n"
    )
    result = process_text(text, "r.txt")
    [report] = result.documents
    assert (report.kind, report.level, report.plan_year) == ("government_report", "街道", 2025)
    rows = file_targets(result.documents, result.mentions)[0]
    assert [(t.text, t.year) for t in rows] == [("6%左右", 2025), ("80家以上", 2025)]


@pytest.mark.parametrize("title", ["河西街道办事处2024年工作总结", "东门街道党工委工作报告"])
def test_a_street_offices_review_is_no_report(title: str) -> None:
    text = f"{title}\n2024年，街道完成税收收入5.8亿元。\n"
    [doc] = process_text(text, "r.txt").documents
    assert doc.kind != "government_report"


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("县十九届人大四次会议确定的主要预期目标为：地区生产总值增长6.5%。", ["6.5%"]),
        ("市十六届人代会二次会议审议通过了计划报告，确定投资增长8%。", ["8%"]),
        ("全年召开两次会议，审议议题12项。", ["两次", "12项"]),
    ],
)
def test_a_congress_session_s_number_is_no_figure(sentence: str, figures: list[str]) -> None:
    assert [m.text for m in process_text(sentence, "r.txt").mentions] == figures


def test_a_bullets_mark_is_no_part_of_the_indicator() -> None:
    text = (
        "乌兰察盟行政公署工作报告\n——2028年1月12日在乌兰察盟第五届人民代表大会第四次会议上\n"
        "一、2027年工作回顾\n2027年，全盟牲畜存栏达到820万头只，牧民人均可支配收入增长7.4%。\n"
        "二、2028年主要预期目标\n2028年全盟经济社会发展的主要预期目标是：\n"
        "——牧民人均可支配收入增长7%；\n——牲畜存栏稳定在800万头只以上。\n"
    )
    result = process_text(text, "r.txt")
    rows = {t.text: t for t in file_targets(result.documents, result.mentions)[0]}
    assert rows["800万头只以上"].indicator == "牲畜存栏"
    assert rows["7%"].indicator == "牧民人均可支配收入增长"
    # (last year's 820万头只 is found under the same key as the target's prior)
    assert rows["800万头只以上"].prior_text == "820万头只"


@pytest.mark.parametrize("name", ["中欧班列—东线", "PM2.5-年均浓度"])
def test_a_dash_inside_a_name_stays(name: str) -> None:
    assert LIST_MARK.sub("", name) == name


@pytest.mark.parametrize(
    "line",
    [
        "新华区人民政府工作报告【纠错】【打印】【关闭】",
        "2024年新华区政府工作报告 [我要纠错] [打印本页]",
    ],
)
def test_a_correction_button_on_the_titles_line_is_the_pages(line: str) -> None:
    text = (
        f"{line}\n——2024年1月5日在新华区第八届人民代表大会第四次会议上\n一、2023年工作回顾\n"
        "2023年，全区地区生产总值增长6.1%。\n二、2024年主要目标\n"
        "全区主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。\n"
    )
    result = process_text(text, "r.txt")
    [report] = result.documents
    assert report.kind == "government_report" and "纠错" not in report.title
    assert len(file_targets(result.documents, result.mentions)[0]) == 2


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("主要预期目标是：地区生产总值增长百分之五到百分之六。", "百分之五到百分之六", 5, 6),
        ("主要预期目标是：投资增长百分之五点五至百分之六。", "百分之五点五至百分之六", 5.5, 6),
    ],
)
def test_a_range_of_percentages_in_words_is_one_figure(sentence, text, low, high) -> None:
    [m] = process_text(sentence, "r.txt").mentions
    assert (m.text, m.qualifier, m.value_min, m.value_max) == (text, "range", low, high)


def test_a_percentage_in_words_alone_is_no_range() -> None:
    found = process_text("增长百分之五左右，到2030年占比百分之三十。", "r.txt").mentions
    assert [(m.text, m.qualifier) for m in found] == [
        ("百分之五左右", "approx"),
        ("百分之三十", "exact"),
    ]
