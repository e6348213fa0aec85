"""Classes of language the second blind set of government work reports showed (tests/data/
govreports_blind2): a prefecture's agency report, a report dated only under its speaker,
goals for the five years ahead, targets set out as a table, an annex after the body. Each
is held by reports of our own, worded otherwise than the blind ones, and by the
counter-examples it could misfire on.

The texts are our own, written in the manner of prefecture, county and district reports.
"""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text
from metrics.segment import delivery, govreport_sections
from metrics.targets import STATED_AS_TARGET, Target, file_targets, stated_as


def _rows(result) -> dict[str, Target]:
    return {t.text: t for t in file_targets(result.documents, result.mentions)[0]}


def _section_of(result, needle: str, text: str) -> str:
    at = text.index(needle)
    (section,) = [s.section for s in result.sections if s.char_start <= at < s.char_end]
    return section


# --- a prefecture's agency (行政公署) reports as its government (AGENCY_TITLE) ----------
AGENCY = (
    "{title}\n{line}\n{speaker}\n各位委员：\n"
    "一、{prev}年工作回顾\n全地区生产总值完成92.4亿元，增长5.3%。\n"
    "二、{year}年主要预期目标\n全地区生产总值增长6.5%左右，固定资产投资增长8%。\n"
)


@pytest.mark.parametrize(
    ("title", "line", "year", "committee", "place"),
    [
        (
            "青木川地区行政公署工作报告",
            "——2023年2月8日在青木川地区人大工委第二次全体（扩大）会议上",
            2023,
            "行政公署",
            "青木川地区",
        ),
        (
            "2025年岗坚地区行署工作报告",
            "（2025年1月20日在地区经济工作会议上）",
            2025,
            "行署",
            "岗坚地区",
        ),
    ],
)
def test_a_prefecture_agency_report_is_its_government_report(
    title: str, line: str, year: int, committee: str, place: str
) -> None:
    text = AGENCY.format(title=title, line=line, speaker="专员 某某某", prev=year - 1, year=year)
    result = process_text(text, "a.txt")
    (doc,) = result.documents
    assert (doc.kind, doc.plan_year, doc.summary_year) == ("government_report", year, year - 1)
    assert (doc.department, doc.place, doc.level, doc.rank) == (committee, place, "市", "地级")
    assert {t.text: t.year for t in _rows(result).values()} == {"6.5%左右": year, "8%": year}


def test_an_agency_summary_stays_a_summary() -> None:
    text = "青木川地区行政公署2024年工作总结\n一、主要工作\n全地区生产总值完成92.4亿元。\n"
    (doc,) = process_text(text, "s.txt").documents
    assert doc.kind == "summary" and doc.summary_year == 2024


# --- a report dated only under its speaker (UNDATED_DELIVERY, DATE_LINE) -------------
DATED_BELOW = (
    "政府工作报告\n{congress}{speaker}\n{date}\n各位代表：\n"
    "一、过去一年工作回顾\n全县地区生产总值完成132.7亿元，增长5.6%。\n"
    "二、今年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n"
)


@pytest.mark.parametrize(
    ("congress", "speaker", "date", "place", "delivered"),
    [
        (
            "——在青峰县第十八届人民代表大会第三次会议上\n",
            "青峰县人民政府代县长 刘振国",
            "二〇二四年一月十一日",
            "青峰县",
            "2024-01-11",
        ),
        ("", "白河市人民政府代市长 钟晓明", "（2025年1月8日）", "白河市", "2025-01-08"),
        (
            "（在东湖区第五届人民代表大会第二次会议上）\n",
            "区长 方某某",
            "二○二三年二月二十日",
            "东湖区",
            "2023-02-20",
        ),
    ],
)
def test_a_report_dated_under_its_speaker_takes_year_and_place_there(
    congress: str, speaker: str, date: str, place: str, delivered: str
) -> None:
    text = DATED_BELOW.format(congress=congress, speaker=speaker, date=date)
    result = process_text(text, "d.txt")
    (doc,) = result.documents
    year = int(delivered[:4])
    assert (doc.plan_year, doc.summary_year, doc.delivered) == (year, year - 1, delivered)
    assert doc.place == place
    (target,) = _rows(result).values()
    assert (target.government, target.year) == (place, year)


def test_a_dated_sentence_of_the_opening_is_no_date_line() -> None:
    # the day of a meeting told in a sentence, and a congress's committee, date nothing
    opening = (
        "政府工作报告\n县长 某某\n2023年12月28日，县委召开全会。\n"
        "在县人民代表大会常务委员会的监督下，我们依法履职。\n"
    )
    assert delivery.delivery(opening) is None


# --- goals for the five years ahead (NEXT_FIVE_YEARS, STATED_AS_TARGET five_year_goal) --
FIVE_YEARS = (
    "{title}\n一、{prev}年和过去五年工作回顾\n"
    "过去五年，全县地区生产总值年均增长6.1%，累计新增城镇就业2.1万人。\n"
    "二、{heading}\n{goals}\n"
    "三、{year}年重点工作\n主要预期目标是：地区生产总值增长5%左右。\n"
)


@pytest.mark.parametrize(
    ("year", "heading", "goals", "goal_year", "rows"),
    [
        (
            2022,
            "今后五年奋斗目标",
            "今后五年，全县地区生产总值年均增长7%以上，常住人口城镇化率提高到58%。",
            2026,
            {"7%以上", "58%"},
        ),
        (
            2026,
            "“十五五”时期主要目标任务",
            "全市常住人口城镇化率提高到65%，粮食综合生产能力稳定在120万吨以上。"
            "围绕上述目标，《纲要草案》设置了5个方面28项主要指标，着力做好三篇文章。",
            2030,
            {"65%", "120万吨以上"},
        ),
    ],
)
def test_goals_for_the_five_years_ahead_are_targets_of_their_last_year(
    year: int, heading: str, goals: str, goal_year: int, rows: set[str]
) -> None:
    text = FIVE_YEARS.format(
        title=f"{year}年南川县政府工作报告", prev=year - 1, heading=heading, goals=goals, year=year
    )
    result = process_text(text, "f.txt")
    section = [s for s in result.sections if s.heading.endswith(heading)]
    assert [(s.period_start, s.period_end) for s in section] == [(year, year + 4)]
    targets = {t.text: t.year for t in _rows(result).values()}
    # the goals take the plan's last year; the outline's counts and the review none
    assert targets == {**dict.fromkeys(rows, goal_year), "5%左右": year}


def test_a_review_of_five_years_past_holds_no_goal() -> None:
    m = next(
        m
        for m in process_text(
            FIVE_YEARS.format(
                title="2022年南川县政府工作报告",
                prev=2021,
                heading="今后五年奋斗目标",
                goals="今后五年，全县地区生产总值年均增长7%以上。",
                year=2022,
            ),
            "r.txt",
        ).mentions
        if m.text == "6.1%"
    )
    assert m.period == "2017-2021" and stated_as(m, 2022) is None
    assert set(STATED_AS_TARGET) == {
        "target_passage", "target_column", "five_year_goal", "plan_section"
    }


# --- targets set out as a table (STATED_AS_TARGET target_column) ---------------------
TABLE = (
    "2025年金沙区政府工作报告\n一、2024年工作回顾\n全区地区生产总值增长6.3%。\n"
    "二、2025年主要预期目标\n{head}\n{rows}\n三、2025年重点工作\n新增城市绿道25公里。\n"
)


@pytest.mark.parametrize(
    ("head", "rows", "targets", "results"),
    [
        (
            "主要指标\t2024年完成\t2025年目标",
            "地区生产总值增长\t6.3%\t6%左右\n城镇调查失业率\t5.1%\t5.5%以内",
            {"6%左右", "5.5%以内"},
            {"6.3%", "5.1%"},
        ),
        (
            "指标名称\t2025年预期目标\t2024年实际",
            "一般公共预算收入增长\t5%\t4.2%\n粮食产量\t30万吨以上\t29.6万吨",
            {"5%", "30万吨以上"},
            {"4.2%", "29.6万吨"},
        ),
    ],
)
def test_the_target_column_of_a_table_gives_the_rows_and_the_result_column_none(
    head: str, rows: str, targets: set[str], results: set[str]
) -> None:
    result = process_text(TABLE.format(head=head, rows=rows), "t.txt")
    table = _rows(result)
    assert targets <= set(table) and not results & set(table)
    assert {table[t].year for t in targets} == {2025}


# --- an annex after the body (ANNEX) -------------------------------------------------
ANNEXED = (
    "2024年南港新区政府工作报告\n一、2023年工作回顾\n新区地区生产总值增长6.8%。\n"
    "二、2024年重点工作\n建成“15分钟生活圈”20个。\n各位代表，让我们奋力开创新局面！\n"
    "{annex}\n1.“两新”：指大规模设备更新和消费品以旧换新。\n"
    "2.稳增长“12”条：2023年5月印发，提出4个方面12条措施。\n"
)


@pytest.mark.parametrize("annex", ["附件\n名词解释", "附：名词解释", "名词注释"])
def test_an_annex_after_the_body_is_neither_review_nor_plan(annex: str) -> None:
    text = ANNEXED.format(annex=annex)
    result = process_text(text, "n.txt")
    assert _section_of(result, "“两新”", text) == "other"
    assert _section_of(result, "建成", text) == "plan"
    assert "12条" not in _rows(result)


@pytest.mark.parametrize("line", ["名词解释见附件。", "附件1所列项目全部开工建设。"])
def test_a_sentence_naming_an_annex_opens_none(line: str) -> None:
    assert not govreport_sections.bare_heading(line)


# --- the plan's outline is no target (PLAN_PARTS), a count of things is ----------------
@pytest.mark.parametrize(
    ("sentence", "outline", "target"),
    [
        ("着力抓好六个方面工作，新开工重点项目120个。", "六个", "120个"),
        ("设置了5个方面28项主要指标，新增高新技术企业40家。", "28项", "40家"),
        ("部署了12项任务举措，建成5G基站800个。", "12项", "800个"),
    ],
)
def test_a_count_of_the_plan_s_parts_in_a_target_passage_is_no_row(
    sentence: str, outline: str, target: str
) -> None:
    text = (
        "2025年南川县政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长5.2%。\n"
        f"二、2025年主要目标\n今年主要预期目标是：{sentence}\n"
    )
    rows = _rows(process_text(text, "o.txt"))
    assert target in rows and outline not in rows
