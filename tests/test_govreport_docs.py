"""Government work reports as web pages publish them: one document, the right years,
the government's level and place, sections of review and plan, no figures from the page.

The texts are our own, written in the manner of provincial, city and county reports.
"""

from __future__ import annotations

import pytest

from metrics.normalize import is_page_chrome
from metrics.pipeline import process_text
from metrics.segment import delivery, govreport, govreport_sections

PAGE = (
    "您的位置：首页 > 要闻\n下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"
    "2026年南岭省政府工作报告\n"
    "——2026年1月20日在南岭省第十四届人民代表大会第四次会议上\n"
    "来源：南岭日报\n发布时间：2026-01-27 08:30\n"
    "南岭省省长 某某某\n"
    "南岭省省长某某某作政府工作报告。本报记者 某某 摄\n"
    "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "一、2025年工作回顾和“十四五”发展成就\n"
    "过去一年，全省地区生产总值达到3.1万亿元，增长5.4%；城镇新增就业62万人。\n"
    "“十四五”时期发展成就和2025年工作回顾\n"
    "五年来，全省居民人均可支配收入年均增长6.1%。\n"
    "二、“十五五”时期主要目标任务\n"
    "到2030年，全省研发经费投入强度达到3%左右，常住人口城镇化率达到68%。\n"
    "三、2026年重点工作\n"
    "今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。\n"
    "新建改建农村公路5000公里。\n"
    "相关报道：\n打印本页\n关闭窗口\n"
    "2026年南岭省政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。\n"
)


@pytest.fixture(scope="module")
def page():
    return process_text(PAGE, "2026_南岭省.txt")


def test_every_cue_holds_its_examples_and_rejects_its_counter_examples() -> None:
    for cue in govreport.CUES + delivery.CUES + govreport_sections.CUES:
        assert len(cue.examples) >= 2 and cue.why, cue.name
        for text in cue.examples:
            assert cue.pattern.search(text), (cue.name, text)
        for text in cue.counter:
            assert not cue.pattern.search(text), (cue.name, text)


def test_a_web_copy_is_one_report_of_the_government_for_its_year(page) -> None:
    (doc,) = page.documents
    assert doc.title == "2026年南岭省政府工作报告"
    assert (doc.kind, doc.summary_year, doc.plan_year) == ("government_report", 2025, 2026)
    assert (doc.department, doc.place, doc.level, doc.rank) == ("政府", "南岭省", "省", "省级")
    assert doc.delivered == "2026-01-20"
    # the title repeated under the page's footer ends the report and opens none
    assert PAGE[doc.char_end :].strip().startswith(("相关报道", "2026年南岭省政府工作报告"))


def test_the_review_is_a_summary_and_the_goals_and_the_year_are_the_plan(page) -> None:
    kinds = [(s.section, s.heading[:2]) for s in page.sections]
    assert kinds == [
        ("other", ""),
        ("summary", "一、"),
        ("summary", "“十"),  # the page's heading without its number (bare_heading)
        ("summary", "五年"),  # the paragraph that turns the review to the five years past
        ("plan", "二、"),
        ("plan", "三、"),
    ]
    periods = [(s.period_start, s.period_end) for s in page.sections]
    # the reviews name 2025 as well as 十四五: no five years for them
    assert periods[1:] == [(None, None), (None, None), (2021, 2025), (2026, 2030), (None, None)]


def test_figures_of_the_plan_are_targets_of_the_plan_year(page) -> None:
    rows = {m.text: m for m in page.mentions}
    assert (rows["5%左右"].role, rows["5%左右"].year) == ("target", 2026)
    assert rows["5000公里"].role == "target"
    assert (rows["3.1万亿元"].role, rows["3.1万亿元"].year) == ("actual", 2025)
    assert rows["3%左右"].period == "2026-2030"  # under the five-year goals
    assert rows["6.1%"].period == "2021-2025"  # a five-year average, not the last year's


def test_nothing_is_read_from_the_page_around_the_report(page) -> None:
    texts = {m.text for m in page.mentions}
    assert not any(":" in t or "08" in t for t in texts)  # the byline's clock is no figure
    assert len(page.documents) == 1  # nor the speaker's line or the caption a document


@pytest.mark.parametrize(
    ("place", "level", "rank"),
    [
        ("北京市", "市", "省级"),
        ("广西壮族自治区", "省", "省级"),
        ("青川市", "市", "地级"),
        ("延边朝鲜族自治州", "市", "地级"),
        ("东湖县", "县", "县级"),
        ("南湖区", "区", "县级"),
        ("伊金霍洛旗", "县", "县级"),
        ("东城街道", "街道", "乡级"),
        (None, None, None),
    ],
)
def test_level_and_rank_of_a_government(place, level, rank) -> None:
    assert govreport.government_level(place) == (level, rank)


def test_a_report_named_by_its_kind_alone_takes_place_and_year_from_its_delivery() -> None:
    text = (
        "政府工作报告\n——2025年1月8日在青川市第九届人民代表大会第五次会议上\n"
        "一、2024年工作回顾\n全市粮食产量达到48.6万吨。\n二、2025年工作安排\n粮食产量稳定在48万吨以上。\n"
    )
    (doc,) = process_text(text, "q.txt").documents
    assert (doc.place, doc.level, doc.summary_year, doc.plan_year) == ("青川市", "市", 2024, 2025)


def test_two_reports_of_one_government_in_one_file_stay_two() -> None:
    one = "2025年东湖县政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长5.6%。\n"
    two = "2026年东湖县政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.8%。\n"
    docs = process_text(one + two, "d.txt").documents
    assert [(d.plan_year, d.summary_year) for d in docs] == [(2025, 2024), (2026, 2025)]


def test_a_review_turns_between_five_years_and_the_last_year_at_its_paragraphs() -> None:
    text = (
        "2026年东湖县政府工作报告\n一、“十四五”时期和2025年工作回顾\n"
        "过去的五年极不寻常。全县城镇新增就业2.3万人，地区生产总值年均增长6.2%。\n"
        "民生福祉不断增进，新改建学校28所。\n"
        "刚刚过去的2025年很不平凡。全县城镇新增就业4862人，地区生产总值增长5.8%。\n"
    )
    rows = {m.text: m.period for m in process_text(text, "d.txt").mentions}
    assert rows["2.3万人"] == rows["28所"] == "2021-2025"
    assert rows["4862人"] is None and rows["5.8%"] is None


def test_a_paragraph_opening_the_next_five_years_opens_the_plan_inside_a_review() -> None:
    text = (
        "2026年青川市政府工作报告\n一、2025年工作回顾\n全年地区生产总值增长5.2%。\n"
        "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
        "“十四五”时期是极不平凡的五年，全市地区生产总值年均增长5.9%。\n"
        "“十五五”时期是全面发力的关键时期，全市地区生产总值年均增长5%左右。\n"
    )
    result = process_text(text, "q.txt")
    kinds = [s.section for s in result.sections]
    assert kinds == ["other", "summary", "summary", "plan"]
    roles = {m.text: m.role for m in result.mentions}
    assert roles["5.9%"] != "target" and roles["5%左右"] == "target"


@pytest.mark.parametrize(
    "line",
    [
        "下载 打印 全屏 收藏 【字号：加大 还原 减小】",
        "【字体：大 中 小】",
        "来源：青川日报",
        "2026-01-27 08:30:15",
        "2026年02月10日 07时41分",
        "您的位置：首页 > 政务公开",
        "分享：",
        "相关报道：",
        "您当前的位置：首页 > 政务公开 > 规划计划",
        "您现在的位置：首页 > 要闻",
        "信息来源：南湖区人民政府办公室",
        "稿件来源：青川日报",
    ],
)
def test_lines_of_the_page_are_chrome(line: str) -> None:
    assert is_page_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "资金来源：中央预算内投资3亿元",
        "分享发展成果，全县居民收入增长6%。",
        "下载量达到120万次",
        "大中小学生体质健康达标率92%",
        "2026年1月",
        "把群众满意度放在首要位置，解决了一批急难愁盼问题。",
    ],
)
def test_report_sentences_with_page_words_are_not_chrome(line: str) -> None:
    assert not is_page_chrome(line)


def test_a_title_shown_twice_over_the_article_is_one_report() -> None:
    text = (
        "2026年南岭省政府工作报告\n来源：南岭日报\n打印本页\n2026年南岭省政府工作报告\n"
        "——2026年1月20日在南岭省第十四届人民代表大会第四次会议上\n各位代表：\n"
        "一、2025年工作回顾\n全省地区生产总值增长5.4%。\n二、2026年工作安排\n地区生产总值增长5%左右。\n"
    )
    (doc,) = process_text(text, "a.txt").documents
    assert (doc.char_start, doc.plan_year, doc.place) == (0, 2026, "南岭省")


@pytest.mark.parametrize(
    ("line", "title", "place"),
    [
        (
            "政府工作报告——2026年1月21日在南岭市第十八届人民代表大会第五次会议上",
            "政府工作报告",
            "南岭市",
        ),
        ("南岭市2026年政府工作报告全文", "南岭市2026年政府工作报告全文", "南岭市"),
        ("南岭市人民政府2026年政府工作报告", "南岭市人民政府2026年政府工作报告", "南岭市"),
    ],
)
def test_titles_with_the_place_first_or_the_delivery_on_their_line(line, title, place) -> None:
    text = f"{line}\n各位代表：\n一、2025年工作回顾\n全市地区生产总值增长5.4%。\n"
    (doc,) = process_text(text, "a.txt").documents
    assert (doc.title, doc.place, doc.plan_year, doc.kind) == (
        title,
        place,
        2026,
        "government_report",
    )
