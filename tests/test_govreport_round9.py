"""The leftovers of the government work reports, round 9 (found with govreports_blind6),
each a class held by texts of our own and by the counter-examples it could misfire on:

- a target the review recalls beside what became of it (预期增长7%，实际增长4.1%; 年初确定的
  增长7%左右的目标未能实现; 原定增长7%) is a target of the year under review, never of the
  year the report plans, whose own target of the indicator it used to hide (targets/stated
  ``reviewed_year``, ``RECALLED``); goals under a heading the sections do not know stay the
  report's (tests/test_govreport_leftovers.py, ``（二）今年的目标任务``). The review goes on
  after it: its results are still the outcomes of last year's targets and the priors of
  this year's (reports ``_first_results``, ``recalled``). So too the target
  column of a review's table that sets last year's targets before their results (指标 /
  年度目标 / 完成情况), where a plan's table sets the results first (2024年完成 / 2025年目标);
- a change followed by 的 and the target it is (增长7%左右的预期目标未能实现) is that target
  (roles ``target_named_after``, tried before ``growth_cue``; its sentences are the rule's
  examples and counter-examples in tests/test_roles.py);
- on a web page, the titles listed under the page's tail (相关链接：, 相关阅读) are links to
  other pages, such as the same government's reports of earlier years: they open no
  document, and the report ends where the tail begins (govreport_documents ``_in_links``);
  a tail line of one page of a compilation over the next page's report leaves it a report;
- a web page's masthead, the site's name alone on its line (澜江新闻网, 青河县人民政府门户网站),
  is no title of the article below it (lines ``ADVERT``);
- a line of a table of contents (一、2025年工作回顾……………1, 二、今年工作安排 ........ 3)
  names a section and opens none (sections ``TOC_LEADER``);
- a PDF copy's delivery line may set the year's digits apart (——20 24 年 1 月 10 日在…人民代表
  大会…): the year is read across the space (delivery ``DELIVERY``).
"""

from __future__ import annotations

import pytest

import metrics
from metrics.pipeline import process_text
from metrics.targets import Target, file_targets

PLAN = "二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人。\n"


def _rows(review: str) -> tuple[dict[str, Target], dict]:
    text = f"2025年松岭县政府工作报告\n一、2024年工作回顾\n{review}\n{PLAN}"
    result = process_text(text, "r.txt")
    rows = {t.text: t for t in file_targets(result.documents, result.mentions)[0]}
    return rows, {m.text: m for m in result.mentions}


@pytest.mark.parametrize(
    ("review", "recalled", "passage"),
    [
        ("全县地区生产总值预期增长7%，实际增长4.1%。", "7%", True),
        ("年初确定的地区生产总值增长7%左右的目标未能实现，全年增长4.1%。", "7%左右", False),
        ("地区生产总值原定增长7%，受疫情影响仅增长4.1%。", "7%", False),
    ],
)
def test_a_target_the_review_recalls_is_of_the_year_under_review(review, recalled, passage) -> None:
    rows, mentions = _rows(review)
    assert mentions[recalled].role == "target" and mentions["4.1%"].role == "growth"
    # a row where its words state targets (预期), of the year under review; none otherwise
    assert (rows[recalled].year if passage else rows.get(recalled)) == (2024 if passage else None)
    # the plan's own target of the indicator is a row of its year, never hidden
    assert rows["6%左右"].year == 2025 and rows["6%左右"].indicator == "地区生产总值增长"


def test_a_review_that_recalls_no_target_states_none() -> None:
    # 预期 of a forecast, 确定 of a project: no target recalled, the plan's stay the plan's
    rows, mentions = _rows("全县地区生产总值增长4.1%，确定重点项目32个，全年完成投资45亿元。")
    assert mentions["32个"].role == "actual" and set(rows) == {"6%左右", "3000人"}
    assert {t.year for t in rows.values()} == {2025}


PAGE = (
    "2026年青河县政府工作报告\n发布时间：2026-01-20　来源：县政府办公室\n"
    "——2026年1月15日在青河县第十九届人民代表大会第二次会议上\n一、2025年工作回顾\n"
    "全县地区生产总值增长5.3%。\n二、2026年工作安排\n地区生产总值增长6%左右。\n"
    "{tail}\n2025年青河县政府工作报告\n2024年青河县政府工作报告\n版权所有：青河县人民政府\n"
)


@pytest.mark.parametrize("tail", ["相关链接：", "【相关阅读】", "责任编辑：王敏"])
def test_the_reports_a_page_links_to_open_no_document(tail) -> None:
    text = PAGE.format(tail=tail)
    result = process_text(text, "p.txt")
    assert [d.title for d in result.documents] == ["2026年青河县政府工作报告"]
    assert result.documents[0].char_end <= text.index(tail)


def test_a_tail_line_over_the_next_page_s_report_leaves_it_a_report() -> None:
    text = PAGE.format(tail="责任编辑：王敏").replace(
        "2024年青河县政府工作报告\n",
        "2024年青河县政府工作报告\n——2024年1月12日在青河县第十八届人民代表大会第四次会议上\n"
        "各位代表：现在，我代表县人民政府向大会报告工作。全县地区生产总值增长6.1%。\n",
    )
    titles = [d.title for d in process_text(text, "p.txt").documents]
    assert titles[0] == "2026年青河县政府工作报告" and "2024年青河县政府工作报告" in titles


@pytest.mark.parametrize("day", ["20 24 年 1 月 10 日", "20 24年1月10日", "2024年 1 月 10 日"])
def test_a_delivery_line_with_the_year_s_digits_set_apart_names_the_year(day) -> None:
    text = (
        f"石门县人民政府工作报告\n——{day}在石门县第十九届人民代表大会第三次会议上\n"
        "一、过去一年工作回顾\n全县地区生产总值增长5.2%。\n二、今年工作安排\n"
        "地区生产总值增长6%左右。\n"
    )
    doc = process_text(text, "s.txt").documents[0]
    assert (doc.plan_year, doc.summary_year, doc.delivered) == (2024, 2023, "2024-01-10")


@pytest.mark.parametrize(
    ("masthead", "title"),
    [
        ("青河新闻网", "代表委员热议：六个数字看青河新一年"),
        ("青河县人民政府门户网站", "代表委员热议：六个数字看青河新一年"),
        # the government's press office that publishes the page (round 12, govreports_blind9)
        ("青河县人民政府新闻办公室", "青河县政府工作报告新闻发布会实录"),
        ("青河县政府新闻办", "代表委员热议：六个数字看青河新一年"),
        # a title that ends in another 网 is the title
        ("", "青河县加快建设农村物流网"),
        # …and a title that opens with the press office's name is the title
        ("", "青河县政府新闻办公室2025年工作总结"),
    ],
)
def test_a_page_s_masthead_is_no_title(masthead, title) -> None:
    text = (
        f"{masthead}\n首页 > 时政要闻\n{title}\n来源：青河日报　发布时间：2026-01-16\n"
        "1月15日，青河县第十九届人民代表大会第二次会议开幕。代表们围绕报告踊跃发言，"
        "纷纷表示报告提出的目标既积极又稳妥，全县上下将以实干抓落实。\n"
    )
    assert process_text(text, "n.txt").documents[0].title == title


TABLE = "指标\t{a}\t{b}\n地区生产总值增长（%）\t{x}\t{y}\n城镇新增就业（人）\t{u}\t{v}\n"


def test_a_review_s_table_of_last_year_s_targets_and_results_is_of_that_year() -> None:
    review = "全年主要指标完成情况如下：\n" + TABLE.format(
        a="年度目标", b="完成情况", x="7左右", y="4.1", u="3000", v="3260"
    )
    rows, mentions = _rows(review)
    assert mentions["7左右"].role == "target" and mentions["4.1"].role == "growth"
    assert (rows["7左右"].year, rows["3000"].year) == (2024, 2024)
    assert rows["6%左右"].year == 2025 and rows["3000人"].year == 2025


def test_a_plan_s_table_of_results_then_targets_is_of_the_plan_s_year() -> None:
    plan = "二、2025年工作安排\n" + TABLE.format(
        a="2024年完成", b="2025年目标", x="4.1", y="6左右", u="3260", v="3500"
    )
    text = f"2025年松岭县政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长4.1%。\n{plan}"
    result = process_text(text, "r.txt")
    rows = {t.text: t for t in file_targets(result.documents, result.mentions)[0]}
    assert (rows["6左右"].year, rows["3500"].year) == (2025, 2025)


@pytest.mark.parametrize("leader", ["………………", " ........ ", "·····"])
def test_a_table_of_contents_opens_no_section(leader) -> None:
    text = (
        f"石门县人民政府工作报告\n目    录\n一、2024年工作回顾{leader}1\n"
        f"二、2025年工作安排{leader}3\n"
        "——2025年1月8日在石门县第十九届人民代表大会第三次会议上\n一、2024年工作回顾\n"
        "全县地区生产总值增长5.2%。\n二、2025年工作安排\n地区生产总值增长6%左右。\n"
    )
    sections = process_text(text, "t.txt").sections
    body = text.index("——")
    assert all(s.section == "other" for s in sections if s.char_start < body)
    assert [s.section for s in sections if s.char_start > body] == ["summary", "plan"]


def test_the_review_goes_on_after_a_target_it_recalls() -> None:
    review = "全县地区生产总值预期增长7%，实际增长4.1%；城镇新增就业2860人。"
    text = f"2025年松岭县政府工作报告\n一、2024年工作回顾\n{review}\n{PLAN}"
    rows = metrics.extract_text(text).targets.set_index("text")
    assert (rows.loc["7%", "outcome_text"], rows.loc["7%", "status"]) == ("4.1%", "not_met")
    # the review's results after it are last year's: the priors of this year's targets
    assert list(rows.loc[["6%左右", "3000人"], "prior_text"]) == ["4.1%", "2860人"]
