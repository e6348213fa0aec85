"""Classes of language the blind government work reports showed (tests/data/
govreports_blind): each is held by reports of our own, worded otherwise, and by the
counter-examples it could misfire on.

The texts are our own, written in the manner of city, county and zone reports.
"""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text


def _targets(result) -> dict[str, tuple[int | None, str]]:
    from metrics.targets import file_targets

    rows, _ = file_targets(result.documents, result.mentions)
    return {t.text: (t.year, t.qualifier) for t in rows}


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
