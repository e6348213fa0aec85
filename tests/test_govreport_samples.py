"""Our own government work reports in data/sample (an autonomous region, a city, a district,
a banner; web copies with page lines, speaker lines and captions): one document each, the
government and its years, sections of review and plan, targets, nothing from the page."""

from __future__ import annotations

from collections import Counter

import pytest

from metrics.pipeline import FileResult, process_file, process_text
from metrics.segment import govreport
from metrics.segment.lines import PAGE_TAIL
from tests.conftest import SAMPLE

# file: (place, level, rank, summary year, plan year, delivered)
REPORTS = {
    "07_北岭自治区政府工作报告_2026.txt": ("北岭自治区", "省", "省级", 2025, 2026, "2026-01-21"),
    "08_青川市政府工作报告_2026.txt": ("青川市", "市", "地级", 2025, 2026, "2026-01-12"),
    "09_南湖区政府工作报告_2025.txt": ("南湖区", "区", "县级", 2024, 2025, "2025-01-07"),
    "10_白桦旗政府工作报告_2026.txt": ("白桦旗", "县", "县级", 2025, 2026, "2026-01-16"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, FileResult]:
    return {name: process_file(SAMPLE / name) for name in REPORTS}


@pytest.mark.parametrize("name", REPORTS)
def test_one_report_of_the_government_for_its_year(results, name: str) -> None:
    (doc,) = results[name].documents
    assert (doc.kind, doc.department) == ("government_report", govreport.GOVERNMENT)
    assert (doc.place, doc.level, doc.rank, doc.summary_year, doc.plan_year, doc.delivered) == (
        REPORTS[name]
    )
    assert doc.title == (SAMPLE / name).read_text(encoding="utf-8")[doc.char_start :].split("\n")[0]


@pytest.mark.parametrize("name", REPORTS)
def test_no_figure_before_the_report_opens_or_after_it_ends(results, name: str) -> None:
    result = results[name]
    text = (SAMPLE / name).read_text(encoding="utf-8")
    opening = text.index("各位代表：")
    closing = text.rindex("各位代表！")
    # the page lines, the delivery line, the speaker's line and the caption hold no figure
    assert all(opening < m.char_start < closing + 200 for m in result.mentions)
    assert {s.section for s in result.sections if s.char_start < opening} == {"other"}


@pytest.mark.parametrize("name", REPORTS)
def test_the_review_is_summary_and_the_year_s_work_plan(results, name: str) -> None:
    sections = results[name].sections
    assert sections[1].section == "summary" and sections[-1].section == "plan"
    (doc,) = results[name].documents
    plan_heading = next(s.heading for s in sections if s.section == "plan")
    assert str(doc.plan_year) in plan_heading or "十五五" in plan_heading


@pytest.mark.parametrize(
    ("name", "targets"),
    [
        (
            "07_北岭自治区政府工作报告_2026.txt",
            ["5%左右", "3%", "25万人以上", "5.5%以内", "2%左右"],
        ),
        ("08_青川市政府工作报告_2026.txt", ["5.5%左右", "4%左右", "6.5万人以上", "150万吨以上"]),
        ("09_南湖区政府工作报告_2025.txt", ["6%左右", "3%以上", "6%", "1.1万人以上", "5.5%以内"]),
        ("10_白桦旗政府工作报告_2026.txt", ["6%左右", "4%", "2000人以上", "7.5亿斤以上"]),
    ],
)
def test_the_stated_targets_are_targets_of_the_plan(results, name: str, targets) -> None:
    by_text = {m.text: m for m in results[name].mentions if m.target_passage}
    for text in targets:
        assert (by_text[text].role, by_text[text].section) == ("target", "plan"), text


def test_roles_by_section_across_the_four_reports(results) -> None:
    roles = Counter((m.section, m.role) for r in results.values() for m in r.mentions)
    assert roles[("plan", "target")] >= 70 and roles[("summary", "actual")] >= 70
    assert roles[("plan", "actual")] == 0  # nothing planned reads as done


def test_a_repeated_title_over_a_shortened_opening_is_no_report(results) -> None:
    # 09 shows its title again under the page's footer, over an abstract of the opening
    (doc,) = results["09_南湖区政府工作报告_2025.txt"].documents
    text = (SAMPLE / "09_南湖区政府工作报告_2025.txt").read_text(encoding="utf-8")
    assert text.count(doc.title) == 2 and doc.char_end < text.rindex(doc.title)


def test_the_government_named_by_the_speaker_when_title_and_delivery_name_none() -> None:
    body = "各位代表：\n一、2025年工作回顾\n全市地区生产总值增长5.1%。\n"
    page = "2026年政府工作报告\n——2026年1月8日在第九届人民代表大会第五次会议上\n"
    (doc,) = process_text(page + "青川市人民政府市长 周明远\n" + body, "a.txt").documents
    assert (doc.place, doc.level, doc.rank) == ("青川市", "市", "地级")
    # with only 我代表自治区人民政府, the level is known and the place is not
    opening = "现在，我代表自治区人民政府，向大会报告工作。\n"
    (doc,) = process_text(page + opening + body, "b.txt").documents
    assert (doc.place, doc.level, doc.rank) == (None, "省", "省级")


@pytest.mark.parametrize(
    "line", ["相关报道：", "相关链接>>", "责任编辑：何敏", "》》点击图片进入专题《《", "相关文档："]
)
def test_page_tail_lines(line: str) -> None:
    assert PAGE_TAIL.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "相关部门要加强协作，形成工作合力。",
        "编辑出版地方志丛书12部。",
        "相关报道显示，全市经济稳中向好。",
    ],
)
def test_report_lines_that_open_with_tail_words_are_no_tail(line: str) -> None:
    assert not PAGE_TAIL.fullmatch(line)


REPORT = (
    "2026年青川市人民政府工作报告\n——2026年1月12日在青川市第九届人民代表大会第五次会议上\n"
    "各位代表：\n一、2025年工作回顾\n过去一年，全市地区生产总值完成1280亿元，增长5.3%。\n"
    "三、2026年重点工作\n今年主要预期目标是：地区生产总值增长5.5%左右。\n"
)


def test_a_report_ends_at_the_page_s_tail_and_its_link_titles_give_no_figure() -> None:
    tail = (
        "相关链接>>\n青川市去年地区生产总值增长5.3%\n南湖区召开经济工作会议\n打印本页\n关闭窗口\n"
    )
    result = process_text(REPORT + tail, "tail.txt")
    (doc,) = result.documents
    assert (REPORT + tail)[doc.char_end :].lstrip().startswith("相关链接")
    assert [m.text for m in result.mentions] == ["1280亿元", "5.3%", "5.5%左右"]


def test_a_tail_word_followed_by_prose_is_the_report_s_own_line() -> None:
    prose = "全市" + "持续推进重点项目建设，" * 20 + "新开工项目120个。\n"
    (doc,) = process_text(REPORT + "相关报道：\n" + prose, "prose.txt").documents
    assert doc.char_end == len(REPORT + "相关报道：\n" + prose) - 1


@pytest.mark.parametrize(
    ("place", "rank"),
    [
        ("江苏省苏州市常熟市", "县级"),  # a city under a city
        ("甘孜藏族自治州康定市", "县级"),  # …under a prefecture
        ("白桦盟白桦市", "县级"),  # …under a league
        ("贵州省遵义市", "地级"),  # 贵州 is a province's name, not a 州 over the city
        ("浙江省杭州市", "地级"),
        ("青川市", "地级"),  # a city named alone is taken as prefecture-level
        ("北京市", "省级"),
    ],
)
def test_the_rank_of_a_city_follows_what_its_place_chain_puts_it_under(place, rank) -> None:
    assert govreport.government_level(place) == ("市", rank)


def test_a_county_level_city_s_report_has_its_rank() -> None:
    body = "\n各位代表：\n一、2025年工作回顾\n全市地区生产总值增长5.1%。\n"
    (doc,) = process_text("2026年苏州市常熟市政府工作报告" + body, "c.txt").documents
    assert (doc.place, doc.level, doc.rank) == ("苏州市常熟市", "市", "县级")
