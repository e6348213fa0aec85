"""The leftovers of the government work reports, round 8 (found with govreports_blind5),
each a class held by texts of our own and by the counter-examples it could misfire on:

- a notice of the government's office that hands a report's tasks out (关于印发《…分工方案》
  的通知, 关于做好…目标任务分解落实的通知) is one document with the 方案 it names and prints
  below it, and no report (govreport ``NOTICE_TITLE``, govreport_documents ``_printed``);
- a 盟's 行政公署 reports as a 地区's does: its report is a government report of level 市
  (govreport ``AGENCY_TITLE``);
- 总投资 right after a count of the projects a review brought in or signed is their tally, a
  result; one project's 总投资 and a pipeline's stay plans (roles ``project_plan``:
  ``PROJECTS_COUNTED``, ``PIPELINE_PROJECTS``; their sentences are the rule's examples and
  counter-examples in tests/test_roles.py);
- 约 that ends a word (签约, 履约) is no “about” before 亿 (figures ``bare_myriad``).
"""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text
from metrics.targets import file_targets

NOTICES = (
    # the notice names what it prints in 《》 and prints it below
    "关于印发《2027年市政府工作报告重点任务分工方案》的通知\n"
    "各县（区）人民政府，市政府各部门：\n"
    "《2027年市政府工作报告重点任务分工方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
    "青川市人民政府办公室\n"
    "2027年2月12日\n"
    "2027年市政府工作报告重点任务分工方案\n"
    "一、主要预期目标\n"
    "1.地区生产总值增长6%左右。（牵头单位：市发展改革委）\n"
    "2.城镇新增就业1.5万人以上。（牵头单位：市人力资源社会保障局）\n",
    # …or after its 附件 line, under the office's name on a line of its own
    "东坪县人民政府办公室\n"
    "关于分解落实2028年县政府工作报告主要目标任务的通知\n"
    "各乡镇人民政府，县直各单位：\n"
    "现将目标任务分解落实，请各牵头单位按季度报送进展情况。\n"
    "附件：2028年县政府工作报告主要目标任务分解表\n"
    "东坪县人民政府办公室\n"
    "2028年2月3日\n"
    "附件\n"
    "2028年县政府工作报告主要目标任务分解表\n"
    "1.规模以上工业增加值增长8%。牵头单位：县工业和信息化局\n"
    "2.新建农村公路60公里。牵头单位：县交通运输局\n",
)


@pytest.mark.parametrize("text", NOTICES)
def test_a_task_notice_and_what_it_prints_are_one_document_and_no_report(text: str) -> None:
    result = process_text(text, "notice.txt")
    assert len(result.documents) == 1
    (doc,) = result.documents
    assert doc.kind != "government_report" and "通知" in doc.title
    assert file_targets(result.documents, result.mentions)[0] == []


def test_a_plan_the_notice_does_not_name_is_a_document_of_its_own() -> None:
    # counter: a notice followed by another title it never named opens two documents
    text = (
        "关于做好2027年市政府工作报告目标任务分解落实的通知\n"
        "各县（区）人民政府：请抓好落实。\n"
        "青川市人民政府办公室\n"
        "青川市发展改革委2026年工作总结和2027年工作计划\n"
        "2026年，全市完成固定资产投资增长6.1%。\n"
    )
    assert len(process_text(text, "two.txt").documents) == 2


@pytest.mark.parametrize(
    ("title", "place"),
    [("乌力吉盟行政公署工作报告", "乌力吉盟"), ("2019年查干塔拉盟行署工作报告", "查干塔拉盟")],
)
def test_a_leagues_agency_report_is_a_government_report(title: str, place: str) -> None:
    text = (
        f"{title}\n"
        "——在盟第四届人民代表大会第三次会议上\n"
        "各位代表：\n"
        "一、2018年工作回顾\n"
        "全盟地区生产总值完成512.4亿元，增长5.3%。\n"
        "二、2019年工作安排\n"
        "全盟经济社会发展的主要预期目标是：地区生产总值增长6%左右，牧区常住居民人均可支配"
        "收入增长8%。\n"
    )
    result = process_text(text, "league.txt")
    (doc,) = result.documents
    assert (doc.kind, doc.place, doc.level, doc.plan_year) == (
        "government_report",
        place,
        "市",
        2019,
    )
    targets = file_targets(result.documents, result.mentions)[0]
    assert [t.text for t in targets] == ["6%左右", "8%"]


def test_signing_is_no_about() -> None:
    text = "全年新签约亿元以上项目46个，集中履约亿元以上合同12份。"
    texts = [m.text for m in process_text(text, "sign.txt").mentions]
    assert texts == ["46个", "12份"]
