"""Classes of language the blind government work reports showed (tests/data/
govreports_blind): each is held by reports of our own, worded otherwise, and by the
counter-examples it could misfire on.

The texts are our own, written in the manner of city, county and zone reports.
"""

from __future__ import annotations

import pytest

from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.targets import Target, file_targets


def _rows(result) -> dict[str, Target]:
    return {t.text: t for t in file_targets(result.documents, result.mentions)[0]}


def _targets(result) -> dict[str, tuple[int | None, str]]:
    return {text: (t.year, t.qualifier) for text, t in _rows(result).items()}


# --- a zone's committee report (COMMITTEE_TITLE) -------------------------------------
ZONE = (
    "2025年青岚经济技术开发区管委会工作报告\n"
    "——2025年2月10日在开发区2025年工作会议上\n"
    "各位同志：\n"
    "一、2024年工作回顾\n"
    "全年完成规上工业总产值640亿元，增长9.2%；新签约项目48个。\n"
    "二、2025年主要目标\n"
    "开发区今年的主要预期目标为：规上工业总产值增长10%左右，实际利用外资2亿美元以上。\n"
    "三、2025年重点工作\n"
    "新建标准厂房30万平方米。\n"
)


def test_a_zone_committee_report_is_the_government_report_of_its_area() -> None:
    result = process_text(ZONE, "z.txt")
    (doc,) = result.documents
    assert (doc.kind, doc.summary_year, doc.plan_year) == ("government_report", 2024, 2025)
    assert (doc.department, doc.place, doc.level) == ("管委会", "青岚经济技术开发区", "区")
    assert [s.section for s in result.sections] == ["other", "summary", "plan", "plan"]
    roles = {m.text: m.role for m in result.mentions}
    assert roles["640亿元"] == "actual" and roles["30万平方米"] == "target"
    assert _targets(result)["10%左右"] == (2025, "approx")


def test_a_committee_named_without_its_year_takes_it_from_its_meeting() -> None:
    text = ZONE.replace("2025年青岚经济技术开发区管委会工作报告", "南岭高新区管理委员会工作报告")
    (doc,) = process_text(text, "z.txt").documents
    assert (doc.kind, doc.department, doc.place) == (
        "government_report",
        "管理委员会",
        "南岭高新区",
    )
    assert doc.plan_year == 2025


def test_a_zone_summary_stays_a_summary_of_a_department() -> None:
    text = ZONE.replace("2025年青岚经济技术开发区管委会工作报告", "青岚高新区2024年工作总结")
    (doc,) = process_text(text, "z.txt").documents
    assert doc.kind != "government_report" and doc.department != "管委会"


# --- headings without their numbers (BARE_HEADING) -----------------------------------
BARE = (
    "东湖县人民政府工作报告\n"
    "（2026年1月9日在东湖县第十八届人民代表大会第五次会议上）\n"
    "各位代表：\n"
    "现在，我代表县人民政府向大会报告工作，请予审议。\n"
    "2025年和“十四五”时期工作回顾\n"
    "全县地区生产总值达到212亿元，增长5.9%。\n"
    "我们要全力以赴抓好2026年重点工作\n"
    "新建农村公路86公里。\n"
    "“十五五”时期主要目标任务\n"
    "到2030年，全县地区生产总值突破280亿元。\n"
    "今年政府工作的总体要求和主要预期目标\n"
    "地区生产总值增长6%左右。\n"
)


def test_unnumbered_headings_open_the_review_and_the_plan() -> None:
    result = process_text(BARE, "b.txt")
    kinds = [(s.section, s.heading[:4]) for s in result.sections]
    # the pledge inside the review (我们要…抓好…重点工作) opens no plan of its own
    assert kinds == [
        ("other", ""),
        ("summary", "2025"),
        ("plan", "“十五五"),
        ("plan", "今年政府"),
    ]
    roles = {m.text: m.role for m in result.mentions}
    assert roles["212亿元"] == "actual" and roles["86公里"] == "actual"
    assert roles["280亿元"] == roles["6%左右"] == "target"


@pytest.mark.parametrize(
    "line",
    ["2025年工作回顾。全县地区生产总值增长5.8%", "认真落实2026年重点工作"],
)
def test_a_sentence_that_names_the_work_is_no_heading(line: str) -> None:
    text = BARE.replace("我们要全力以赴抓好2026年重点工作", line)
    kinds = [s.section for s in process_text(text, "b.txt").sections]
    assert kinds == ["other", "summary", "plan", "plan"]


# --- the five-year goals under a heading of their own (goals_heading) -----------------
def test_five_year_goals_under_their_heading_are_targets_of_their_year() -> None:
    text = (
        "2026年南湖区人民政府工作报告\n一、2025年工作回顾\n全区地区生产总值增长5.1%。\n"
        "二、“十五五”时期主要目标\n"
        "到2030年，全区地区生产总值突破600亿元，常住人口城镇化率达到75%。\n"
        "三、2026年重点工作\n主要预期目标是：地区生产总值增长5%左右。\n"
    )
    targets = _targets(process_text(text, "n.txt"))
    assert targets["600亿元"] == (2030, "at_least") and targets["75%"] == (2030, "exact")
    assert targets["5%左右"] == (2026, "approx") and "5.1%" not in targets


# --- a copy that sets every run of text on its own line (normalize.UNIT_RUN) ----------
RUNS = (
    "2026年东湖县政府工作报告\n一、2025年工作回顾\n"
    "全县粮食总产量达到\n28.6万吨\n，增长\n2.1%\n；新增城镇就业\n3100人\n。\n"
    "二、2026年主要预期目标\n"
    "全县地区生产总值增长\n6%左右\n，城镇调查失业率控制在\n5.5%以内\n。\n"
)


def test_figures_set_as_runs_with_their_units_rejoin_their_sentences() -> None:
    result = process_text(RUNS, "r.txt")
    metrics = {m.text: m.metric for m in result.mentions}
    assert "粮食总产量" in metrics["28.6万吨"] and "粮食总产量" in metrics["2.1%"]
    assert "城镇就业" in metrics["3100人"]
    targets = _targets(result)
    assert targets["6%左右"] == (2026, "approx") and targets["5.5%以内"] == (2026, "at_most")


def test_figures_listed_under_their_names_stay_apart() -> None:
    # a table copied as lines: no pause opens the line after a figure, nothing is joined
    text = "2025年主要指标\n地区生产总值\n286亿元\n一般公共预算收入\n12.4亿元\n"
    assert normalize(text).text.count("\n") == text.count("\n")


# --- a numbered heading whose line runs into its paragraph, wrapped by a PDF (RUNS_ON) -
@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("（二）抓好项目建设。全年新开工亿元以上项目\n36个，完成投资120亿元。\n", "36个", "项目"),
        (
            "三、稳住农业。新建高标准农田\n2.4万亩，粮食产量稳定在30万吨。\n",
            "2.4万亩",
            "高标准农田",
        ),
    ],
)
def test_a_heading_line_that_runs_into_its_paragraph_is_wrapped(text, figure, metric) -> None:
    (m,) = [m for m in process_text(text, "h.txt").mentions if m.text.endswith(figure)]
    assert metric in (m.metric or "")


def test_a_short_heading_without_a_stop_keeps_its_line() -> None:
    text = "（二）抓好项目建设\n36个项目全部开工。\n"
    assert normalize(text).text.count("\n") == 2


# --- a change named once for two figures (passages.respective_change) -----------------
@pytest.mark.parametrize(
    "sentence",
    [
        "主要预期目标是：城镇和农村居民人均可支配收入分别增长5%和7.5%。",
        "主要预期目标是：规上工业增加值和工业投资分别增长6%左右和7.5%。",
    ],
)
def test_the_second_figure_of_a_respective_change_is_a_growth(sentence: str) -> None:
    text = f"2026年东湖县政府工作报告\n二、2026年主要目标\n{sentence}\n"
    rows = {m.text: m for m in process_text(text, "s.txt").mentions}
    assert (rows["7.5%"].role, rows["7.5%"].measure) == ("target", "growth")


def test_two_levels_named_at_once_stay_levels() -> None:
    text = (
        "2026年东湖县政府工作报告\n二、2026年主要目标\n"
        "主要预期目标是：粮食和蔬菜产量分别达到30万吨和12万吨。\n"
    )
    rows = {m.text: m for m in process_text(text, "s.txt").mentions}
    assert rows["12万吨"].measure == "level"


# --- town and country named at once (targets.JOINT) ----------------------------------
@pytest.mark.parametrize(
    ("sentence", "town", "country"),
    [
        ("城乡居民人均可支配收入分别增长6%和7.5%", "6%", "7.5%"),
        ("城乡常住居民人均可支配收入分别增长5.5%左右和7%左右", "5.5%左右", "7%左右"),
        ("城乡居民人均可支配收入分\n别增长5%和6.5%", "5%", "6.5%"),  # a PDF's wrap
    ],
)
def test_the_figures_of_town_and_country_are_two_targets(sentence, town, country) -> None:
    text = f"2026年东湖县政府工作报告\n二、2026年主要目标\n主要预期目标是：{sentence}。\n"
    rows = _rows(process_text(text, "j.txt"))
    assert rows[town].indicator == "城镇居民人均可支配收入增长"
    assert rows[country].indicator == "农村居民人均可支配收入增长"


def test_a_figure_of_town_and_country_together_is_one_of_all_residents() -> None:
    text = (
        "2026年东湖县政府工作报告\n二、2026年主要目标\n"
        "主要预期目标是：城乡居民人均可支配收入增长6.5%，城乡居民医保参保率达到96%。\n"
    )
    rows = _rows(process_text(text, "j.txt"))
    assert rows["6.5%"].indicator == "居民人均可支配收入增长"
    assert "城镇" not in rows["96%"].indicator and "农村" not in rows["96%"].indicator


# --- a report whose top headings are （一）（二）（三） (sections: top level) ---------
def test_a_report_numbered_by_its_second_markers_reads_them_as_its_parts() -> None:
    text = (
        "2026年青川市政府工作报告\n各位代表：\n"
        "（一）2025年工作回顾\n过去一年，全市地区生产总值增长5.3%，新建学校6所。\n"
        "（二）“十五五”时期的主要目标任务\n到2030年，全市常住人口城镇化率达到70%。\n"
        "（三）2026年重点工作\n全年新建保障性住房1200套。\n"
    )
    result = process_text(text, "c.txt")
    kinds = [s.section for s in result.sections]
    assert kinds[-2:] == ["plan", "plan"] and "summary" in kinds
    roles = {m.text: m.role for m in result.mentions}
    assert roles["6所"] == "actual" and roles["70%"] == roles["1200套"] == "target"
    assert _targets(result)["70%"] == (2030, "exact")
