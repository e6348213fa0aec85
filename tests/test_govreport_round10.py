"""The leftovers of the government work reports, round 10 (found with govreports_blind7),
each a class held by texts of our own and by the counter-examples it could misfire on:

- a plan whose heading names the five years to come beside the year planned (二、“十四五”
  时期主要目标和2021年重点工作) sets both under one heading: its paragraphs turn from the one
  to the other by their first words (“十四五”时期，… / 今后五年，… open the five years, 今年…
  / 2026年… the year), and the five years' goals are targets of the plan's last year
  (govreport_sections ``turns_in_plan``, ``PLAN_FIVE_YEARS_PARAGRAPH``,
  ``PLAN_YEAR_PARAGRAPH``; sections ``find_period_paragraphs``). A plan heading of one of
  them alone turns nothing (三、2026年重点工作 over “十五五”时期是…);
- a goal whose own clause names its year (研发经费投入强度2026年达到2.9%，2030年达到3.3%;
  力争2028年突破1000亿元) aims at that year, not the five-year plan's last; a year that is a
  change's base (比2025年下降13.5%) is none (targets/stated ``CLAUSE_YEAR``);
- a table copied from a PDF may set its cells apart by a bar (指标 | 2024年目标 /
  地区生产总值增长 | 6%左右, or ｜): the bar is a tab to the grid (segment/grid
  ``CELL_BAR``); a line of links set apart by bars holds no figure and no row of names;
- a report's annex whose title stands on the line under its bare 附件 is the plan when the
  title names the year planned (附件 / 2025年县政府十件民生实事) and the review when it
  names how the year past went (附件 / 2024年主要经济指标完成情况); an explanation of terms
  stays apart (govreport_sections ``annex_title_kind``);
- a paper's masthead with the day of its issue (南溪日报　2024-01-17) is no title of the
  article below it (lines ``ADVERT``);
- on a web page, titles listed under a tail line above the article (相关链接： / 2018年… /
  2017年… / 2019年…政府工作报告) are links: only the last, with the report below it, opens
  a document (govreport_documents ``_listed_above``);
- second batch: a headline whose place holds words of reading (六个数字读懂青河市政府工作报告)
  is no report's title (govreport ``ABOUT_REPORT``); a bare figure between bars is a table's
  cell (rules/figures ``table_cell``); 占比 before a year compares nothing (``CLAUSE_YEAR``);
- a known leftover: an untitled document is named by its first line up to a delivery line
  joined to it (…审查结果报告——2025年1月14日在…), whole when it reads as a title of up to
  80 characters, else by its first 40 (segment/documents ``untitled_name``);
- a known leftover: a line of a table of contents whose page number is set apart by spaces
  alone (一、2026年工作回顾      1), kept or deleted by normalising (…回顾1 where the spaces
  were), opens no section (sections ``_spaced_page_number``).
"""

from __future__ import annotations

import pytest

from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.records import SectionKind
from metrics.segment.documents import untitled_name
from metrics.segment.govreport_sections import (
    PLAN_FIVE_YEARS_PARAGRAPH,
    PLAN_YEAR_PARAGRAPH,
    annex_title_kind,
    turns_in_plan,
)
from metrics.segment.grid import grid_cell
from metrics.segment.sections import find_headings
from metrics.targets import Target, file_targets


def _targets(text: str) -> dict[str, Target]:
    result = process_text(text, "r.txt")
    return {t.text: t for t in file_targets(result.documents, result.mentions)[0]}


HEAD = "{place}人民政府工作报告\n——{year}年1月15日在{place}第十八届人民代表大会第六次会议上\n"


def _report(place: str, year: int, plan: str) -> str:
    """A report of ``place`` for ``year``: its title, delivery line, a review of one line,
    then ``plan`` (its headings and paragraphs)."""
    review = f"一、{year - 1}年工作回顾\n全{place[-1]}地区生产总值增长5.4%。\n"
    return HEAD.format(place=place, year=year) + review + plan


@pytest.mark.parametrize(
    ("year", "heading", "five", "this"),
    [
        (
            2021,
            "二、“十四五”时期主要目标和2021年重点工作",
            "“十四五”时期，全县地区生产总值年均增长7%左右，城镇化率达到55%。",
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长8%左右，城镇新增就业3500人。",
        ),
        (
            2026,
            "二、今后五年目标任务和2026年工作安排",
            "今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长7%左右，"
            "常住人口城镇化率提高到55%。",
            "2026年经济社会发展的主要预期目标是：地区生产总值增长8%左右，城镇新增就业3500人。",
        ),
    ],
)
def test_a_plan_of_the_five_years_and_the_year_turns_at_its_paragraphs(
    year, heading, five, this
) -> None:
    rows = _targets(_report("白石县", year, f"{heading}\n{five}\n{this}\n"))
    assert (rows["7%左右"].year, rows["55%"].year) == (year + 4, year + 4)
    assert rows["7%左右"].plan_period == f"{year}-{year + 4}"
    assert (rows["8%左右"].year, rows["3500人"].year) == (year, year)


def test_a_plan_heading_of_the_year_alone_turns_nothing() -> None:
    # 三、2026年重点工作 is the year's: a paragraph on the five years ahead inside it is
    # context, and the year's goals after it stay the year's
    plan = (
        "二、2026年重点工作\n“十五五”时期是基本实现现代化的关键时期，必须打好基础。\n"
        "主要预期目标是：地区生产总值增长5.5%以上，城镇新增就业7万人。\n"
    )
    rows = _targets(_report("望海市", 2026, plan))
    assert (rows["5.5%以上"].year, rows["7万人"].year) == (2026, 2026)
    assert not turns_in_plan("二、2026年重点工作", 2026)
    assert not turns_in_plan("二、“十五五”时期主要目标任务", 2026)


@pytest.mark.parametrize(
    ("cue", "text", "hit"),
    [
        (PLAN_FIVE_YEARS_PARAGRAPH, "今后五年，全市经济社会发展的主要目标是：", True),
        (PLAN_FIVE_YEARS_PARAGRAPH, "未来五年是全面建设现代化的关键时期。", True),
        (PLAN_FIVE_YEARS_PARAGRAPH, "过去五年，我们坚持稳中求进。", False),
        (PLAN_YEAR_PARAGRAPH, "今年全县经济社会发展的主要预期目标是：", True),
        (PLAN_YEAR_PARAGRAPH, "2026年经济社会发展的主要预期目标是：", True),
        (PLAN_YEAR_PARAGRAPH, "到2030年地区生产总值突破6500亿元", False),
        (PLAN_YEAR_PARAGRAPH, "2027年底前建成5G基站1200个", False),
    ],
)
def test_the_plan_paragraph_cues(cue, text, hit) -> None:
    assert (cue.pattern.match(text) is not None) == hit


@pytest.mark.parametrize(
    ("goals", "years"),
    [
        (
            "研发经费投入强度2026年达到2.9%，2030年达到3.3%；常住人口城镇化率提高到72%。",
            {"2.9%": 2026, "3.3%": 2030, "72%": 2030},
        ),
        (
            "地区生产总值年均增长6%左右，力争2028年突破1000亿元，到2030年达到1300亿元。",
            {"6%左右": 2030, "1000亿元": 2028, "1300亿元": 2030},
        ),
        # (占比 names a share: its 比 compares nothing)
        (
            "数字经济核心产业增加值占比2028年达到10%，2030年达到15%。",
            {"10%": 2028, "15%": 2030},
        ),
        # a change's base is no year aimed at
        (
            "单位地区生产总值能耗比2025年下降13.5%，城镇新增就业累计35万人。",
            {"13.5%": 2030, "35万人": 2030},
        ),
    ],
)
def test_a_goal_whose_clause_names_its_year_aims_at_that_year(goals, years) -> None:
    rows = _targets(_report("望海市", 2026, f"二、“十五五”时期主要目标任务\n{goals}\n"))
    assert {k: rows[k].year for k in years} == years


@pytest.mark.parametrize("bar", [" | ", "｜", "|"])
def test_a_table_set_apart_by_bars_is_a_table(bar) -> None:
    rows = [
        ("指标", "2024年目标"),
        ("地区生产总值增长", "6%左右"),
        ("城镇新增就业（人）", "3200"),
        ("城镇调查失业率", "5.5%以内"),
    ]
    table = "\n".join(bar.join(r) for r in rows)
    text = _report(
        "柳河县",
        2024,
        f"二、2024年主要预期目标\n今年全县主要预期目标如下：\n{table}\n"
        "三、2024年重点工作\n全面推进乡村振兴。\n",
    )
    rows_ = _targets(text)
    assert {k: (t.year, t.indicator) for k, t in rows_.items() if k != "3200"} == {
        "6%左右": (2024, "地区生产总值增长"),
        "5.5%以内": (2024, "城镇调查失业率"),
    }
    cell = grid_cell(text, text.index("5.5%以内"))
    assert cell is not None and cell.column == "2024年目标"


def test_a_line_of_links_set_apart_by_bars_is_no_table() -> None:
    # the page's links hold no figure, and a sentence under them is no row of theirs
    text = "首页 | 政务公开 | 政府工作报告\n全县地区生产总值增长5.8%，城镇新增就业3200人。\n"
    assert grid_cell(text, text.index("5.8%")) is None
    assert grid_cell("地区生产总值 | 增长5.8%\n", 10) is None  # no row of names above


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2025年县政府十件民生实事", SectionKind.PLAN),
        ("2025年市级重点建设项目计划", SectionKind.PLAN),
        ("2024年主要经济指标完成情况", SectionKind.SUMMARY),
        ("名词解释", None),
        ("有关说明", None),
    ],
)
def test_an_annex_is_what_its_title_names(title, kind) -> None:
    assert annex_title_kind(title, 2025) == kind


def test_an_annex_of_the_year_s_projects_is_the_plan_s() -> None:
    plan = (
        "二、2025年工作安排\n地区生产总值增长6%左右。\n各位代表，让我们实干争先！\n"
        "附件\n2025年县政府十件民生实事\n1．新建改扩建公办幼儿园3所。\n"
        "2．改造提升农村公路120公里。\n附件2\n名词解释\n1．四上企业：指规模以上工业企业等。\n"
    )
    result = process_text(_report("石坪县", 2025, plan), "a.txt")
    roles = {m.text: (m.role, m.section) for m in result.mentions}
    assert roles["3所"] == ("target", SectionKind.PLAN)
    assert roles["120公里"] == ("target", SectionKind.PLAN)


@pytest.mark.parametrize(
    "masthead", ["南溪日报　2024-01-17", "青河晚报 2025年1月9日 第3版", "东江都市报 2025.01.09"]
)
def test_a_paper_s_masthead_with_its_day_is_no_title(masthead) -> None:
    title = "奋力完成全年目标任务——北塘区代表团审议政府工作报告侧记"
    text = (
        f"{masthead}\n{title}\n本报记者　陈晓雨\n"
        "1月16日下午，北塘区代表团分组审议政府工作报告。代表们认为，报告提出的目标既积极又"
        "稳妥，全区上下将以实干抓落实，推动各项目标任务落地见效，让群众有更多获得感。\n"
    )
    assert process_text(text, "n.txt").documents[0].title == title


def test_a_paper_s_name_in_a_sentence_is_no_masthead() -> None:
    title = "南溪日报社2024年工作总结"
    text = f"{title}\n2024年，报社全年出版报纸306期，增长2%。\n"
    assert process_text(text, "s.txt").documents[0].title == title


@pytest.mark.parametrize("tail", ["相关链接：", "【相关阅读】"])
def test_the_reports_a_page_links_to_above_its_article_open_no_document(tail) -> None:
    text = (
        f"当前位置：首页 > 政务公开 > 政府工作报告\n{tail}\n凤鸣市2018年政府工作报告\n"
        "凤鸣市2017年政府工作报告\n凤鸣市2019年政府工作报告\n"
        "——2019年1月22日在凤鸣市第十六届人民代表大会第三次会议上\n一、2018年工作回顾\n"
        "全市地区生产总值增长7.6%。\n二、2019年工作目标\n地区生产总值增长7%左右。\n"
    )
    docs = process_text(text, "f.txt").documents
    assert [(d.title, d.plan_year) for d in docs] == [("凤鸣市2019年政府工作报告", 2019)]


def test_two_reports_one_after_the_other_stay_two() -> None:
    # no tail line above: a compilation of two reports, each with its sentences
    text = (
        "凤鸣市2019年政府工作报告\n一、2018年工作回顾\n全市地区生产总值增长7.6%。\n"
        "二、2019年工作目标\n地区生产总值增长7%左右。\n"
        "凤鸣市2018年政府工作报告\n一、2017年工作回顾\n全市地区生产总值增长7.9%。\n"
        "二、2018年工作目标\n地区生产总值增长7.5%左右。\n"
    )
    assert [d.plan_year for d in process_text(text, "c.txt").documents] == [2019, 2018]


@pytest.mark.parametrize(
    "headline",
    ["六个数字读懂青河市政府工作报告", "一图看懂南岭县政府工作报告", "聚焦东湖区政府工作报告"],
)
def test_a_headline_about_a_report_opens_no_report(headline) -> None:
    # second batch: the place such a headline reads (六个数字读懂青河市) holds words of
    # reading; the report's own title (东湖县人民政府工作报告) holds none
    text = (
        f"青河晚报 2025年1月9日 第3版\n{headline}\n记者　孙亮\n"
        "1月8日，市第十八届人民代表大会第五次会议开幕，市长作政府工作报告。报告提出，"
        "今年地区生产总值增长5.5%左右，城镇新增就业6万人以上，一般公共预算收入增长5%。\n"
    )
    result = process_text(text, "h.txt")
    assert [d.title for d in result.documents] == [headline]
    assert result.documents[0].kind != "government_report"
    assert file_targets(result.documents, result.mentions)[0] == []


def test_bare_figures_between_bars_are_a_table_s_cells() -> None:
    # second batch: a PDF's table whose cells hold figures alone, set apart by full-width bars
    table = "主要指标｜2026年完成｜2027年目标\n城镇新增就业（人）｜8650｜8000以上\n"
    text = _report("云峰市", 2027, f"二、2027年工作安排\n主要预期目标如下：\n{table}")
    mentions = {m.text: m for m in process_text(text, "t.txt").mentions}
    assert (mentions["8650"].role, mentions["8650"].unit) == ("actual", "人")
    assert _targets(text)["8000以上"].year == 2027


@pytest.mark.parametrize(
    ("first_line", "name"),
    [
        # a title the copy joined to its delivery line: named up to the dash
        (
            "东湖市人民代表大会财政经济委员会关于东湖市2024年国民经济和社会发展计划执行情况与"
            "2025年计划草案的审查结果报告——2025年1月14日在东湖市第十七届人民代表大会第五次会议"
            "主席团第二次会议上",
            "东湖市人民代表大会财政经济委员会关于东湖市2024年国民经济和社会发展计划执行情况与"
            "2025年计划草案的审查结果报告",
        ),
        # …in another wording, with full-width hyphens
        (
            "青河县人民政府关于2025年度国有资产管理情况的综合报告－－2026年1月9日在青河县第十九届"
            "人民代表大会常务委员会第二十次会议上",
            "青河县人民政府关于2025年度国有资产管理情况的综合报告",
        ),
        # a sentence is no name: its first 40 characters
        (
            "1月16日下午，出席市十七届人大四次会议的北塘区代表团分组审议政府工作报告，代表们踊跃发言。",
            None,
        ),
    ],
)
def test_an_untitled_document_is_named_by_its_first_line(first_line, name) -> None:
    text = (
        f"{first_line}\n市第十七届人民代表大会第五次会议主席团：\n"
        "财政经济委员会对计划执行情况进行了审查。委员会认为，全市经济运行总体平稳，主要指标"
        "符合预期，计划草案提出的目标总体可行，建议大会批准。各项工作扎实推进，成效明显。\n"
        "委员会建议，进一步加大稳增长政策力度，抓好重大项目建设，切实保障和改善民生。\n"
    )
    assert process_text(text, "u.txt").documents[0].title == (name or first_line[:40])


def test_a_span_of_years_is_no_delivery_line() -> None:
    line = "青河县国民经济和社会发展第十四个五年规划（2021-2025年）实施情况中期评估报告"
    assert untitled_name(line) == line


@pytest.mark.parametrize(
    "contents",
    [
        "一、2026年工作回顾                                   1\n"
        "二、2027年主要目标和重点任务                         4\n",
        "第一部分  过去一年工作回顾      2\n第二部分  今年工作安排      6\n",
    ],
)
def test_a_contents_line_whose_page_number_is_set_apart_by_spaces_opens_nothing(
    contents,
) -> None:
    # known leftover: normalising deletes the spaces before the page number (回顾1), and
    # the number ends the line where they were; a heading that ends in a number of its own
    # (（四）专栏3) keeps it and opens its section
    text = (
        f"鹤山县政府工作报告\n目  录\n{contents}"
        "——2027年1月6日在鹤山县第二十届人民代表大会第二次会议上\n各位代表：\n"
        "一、2026年工作回顾\n全县地区生产总值增长5.1%。\n（四）专栏3\n新建农村公路85公里。\n"
        "二、2027年主要目标和重点任务\n地区生产总值增长6%左右。\n"
    )
    result = process_text(text, "c.txt")
    first = text.index(contents.split("\n")[0])
    kinds = [(s.section, s.heading) for s in result.sections if s.char_start <= first < s.char_end]
    assert kinds and kinds[0][0] == "other", kinds
    mentions = {m.text: m.section for m in result.mentions}
    assert (mentions["5.1%"], mentions["6%左右"]) == ("summary", "plan")
    norm = normalize(text)
    headings = find_headings(norm.text, 0, len(norm.text), norm.spaced, norm.offsets.gaps)
    assert "(四)专栏3" in [h.text for h in headings]  # (brackets folded)
