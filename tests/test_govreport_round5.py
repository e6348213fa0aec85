"""Classes the third blind set (tests/data/govreports_blind3) showed, each held by texts of
our own worded otherwise and by the counter-examples it could misfire on:

- a heading of the year's 主要工作 opens the plan when it names the year planned
  (三、2016年主要工作 in the 2016 report), the review when it names the year past
  (govreport_sections ``YEAR_S_WORK``);
- a web page's byline (来源：… 发布时间：…) is page chrome, and no line is joined to it as a
  PDF's wrap (normalize ``PAGE_CHROME``, ``is_wrap``): an untitled page keeps its first line
  as its title;
- a PDF's line break inside a metric is not the writer's (context.mentions ``unwrapped``);
- groups of people named before 分别 share the noun the last names, whatever their widths
  (context.subjects ``GROUP_END``);
- a goal of the five years ahead carries its plan's years (targets ``plan_period``).

The texts are our own, written in the manner of county and banner reports.
"""

from __future__ import annotations

import pytest

from metrics.normalize import is_page_chrome, normalize
from metrics.pipeline import process_text
from metrics.segment.govreport_sections import heading_kind
from metrics.targets import file_targets


# --- 主要工作: the review's or the plan's, by its year -----------------------------------
@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("三、2016年主要工作", "plan"),
        ("二、今年主要工作", "plan"),
        ("（三）新的一年主要工作", "plan"),
        ("一、2015年主要工作", "summary"),
        ("一、2015年主要工作和“十二五”发展成就", "summary"),
        ("一、今年以来主要工作", "summary"),
    ],
)
def test_the_year_s_main_work_is_the_plan_s_when_it_names_the_year_planned(heading, kind):
    assert heading_kind(heading, 2016) == kind


def test_figures_under_the_planned_year_s_main_work_are_targets() -> None:
    text = (
        "哈拉沟旗人民政府工作报告\n——2016年1月18日在哈拉沟旗第十六届人民代表大会第五次会议上\n"
        "一、2015年主要工作\n全旗新建棚圈320座，完成禁牧面积900万亩。\n"
        "二、2016年主要工作\n全年新建棚圈400座，完成禁牧面积1000万亩。\n"
    )
    roles = {m.text: (m.role, m.section) for m in process_text(text, "q.txt").mentions}
    assert roles["320座"] == ("actual", "summary")
    assert roles["400座"] == ("target", "plan") and roles["1000万亩"] == ("target", "plan")


# --- a web page's byline ------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "来源：松岭县人民政府办公室　　发布时间：2028-01-22 09:30　　浏览次数：1268",
        "来源：松岭发布　2027-01-26",
        "信息来源：县融媒体中心 日期：2026-02-03",
        "【字体：大 中 小】　【打印本页】　【关闭窗口】",
    ],
)
def test_a_byline_or_the_page_s_buttons_are_chrome(line: str) -> None:
    assert is_page_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "资金来源：中央预算内投资3亿元，地方配套1.2亿元。",
        "来源：县统计局，全县地区生产总值增长5.6%。",
    ],
)
def test_a_sentence_that_names_a_source_is_text(line: str) -> None:
    assert not is_page_chrome(line)


def test_a_title_with_a_pause_is_not_joined_to_the_byline_below() -> None:
    text = (
        "聚焦2028年松岭县政府工作报告：五个数字看发展\n"
        "来源：松岭县融媒体中心　　发布时间：2028-01-24\n"
        "1月20日，松岭县第十八届人民代表大会第四次会议开幕。\n"
    )
    assert normalize(text).text.count("\n") == 3
    result = process_text(text, "p.txt")
    assert result.documents[0].title == "聚焦2028年松岭县政府工作报告：五个数字看发展"
    assert result.documents[0].kind != "government_report"


# --- a metric wrapped by a PDF ------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        (
            "过去一年，全县经济运行稳中有进，一般公共预\n算收入完成 12.4 亿元，增长 3.6%。",
            "12.4 亿元",
            "一般公共预算收入",
        ),
        (
            "全年就业形势保持稳定，新增城镇\n就业 4200 人，农村劳动力转移就业 1.1 万人。",
            "4200 人",
            "城镇就业",
        ),
    ],
)
def test_a_pdf_s_line_break_inside_a_metric_is_dropped(sentence, figure, metric) -> None:
    text = f"松岭县2026年政府工作报告\n一、2025年工作回顾\n{sentence}\n"
    mentions = {m.text: m for m in process_text(text, "w.txt").mentions}
    assert mentions[figure].metric == metric
    assert "\n" not in (mentions[figure].metric_phrase or "")


# --- groups of people before 分别 ---------------------------------------------------------
@pytest.mark.parametrize(
    ("subjects", "first", "second"),
    [
        ("城镇常住居民和牧民人均可支配收入", "城镇常住居民人均可支配收入", "牧民人均可支配收入"),
        ("在岗职工和农民工工资性收入", "在岗职工工资性收入", "农民工工资性收入"),
    ],
)
def test_groups_of_people_share_the_noun_the_last_names(subjects, first, second) -> None:
    plan = f"主要预期目标是：{subjects}分别增长6%和8%。"
    text = f"松岭县2026年政府工作报告\n二、2026年主要目标\n{plan}\n"
    mentions = {m.text: m.metric for m in process_text(text, "g.txt").mentions}
    assert (mentions["6%"], mentions["8%"]) == (first, second)


@pytest.mark.parametrize(
    ("subjects", "first"),
    [("市场主体和个体工商户", "市场主体"), ("一般公共预算收入和税收收入", "一般公共预算收入")],
)
def test_things_that_are_no_group_of_people_keep_their_own_names(subjects, first) -> None:
    text = f"松岭县2026年政府工作报告\n一、2025年工作回顾\n全年{subjects}分别增长6%和8%。\n"
    mentions = {m.text: m.metric for m in process_text(text, "g.txt").mentions}
    assert mentions["6%"] == first


# --- five-year goals carry their plan's years ---------------------------------------------
@pytest.mark.parametrize(
    ("heading", "year", "period"),
    [
        ("二、“十五五”时期主要目标", 2030, "2026-2030"),
        ("二、今后五年奋斗目标", 2030, "2026-2030"),
    ],
)
def test_a_five_year_goal_carries_its_plan_s_years(heading, year, period) -> None:
    text = (
        "松岭县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.2%。\n"
        f"{heading}\n全县地区生产总值年均增长6%左右，森林覆盖率达到68%。\n"
        "三、2026年重点工作\n今年的主要预期目标是：地区生产总值增长6%。\n"
    )
    result = process_text(text, "f.txt")
    rows = {t.text: t for t in file_targets(result.documents, result.mentions)[0]}
    assert (rows["68%"].year, rows["68%"].plan_period) == (year, period)
    assert rows["6%左右"].plan_period == period
    assert (rows["6%"].year, rows["6%"].plan_period) == (2026, None)
