"""Documents, departments, years and sections against ../shared/gold/dev_docs.jsonl."""

from __future__ import annotations

from pathlib import Path

import pytest

import metrics
from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.records import Document
from metrics.segment.documents import split_documents
from metrics.segment.title_lines import is_title_line
from metrics.segment.titles import clean_department, parse_title
from metrics.segment.toc import find_toc

from .conftest import SHARED, read_jsonl

# Labelled documents our rules get wrong, with the reason; strict, so a fix shows.
KNOWN_MISSES = {
    ("003_abfefead265de2d0.txt", 15016): "the opening names no level with its organisation "
    "(我局) and no 全区 or 区委; only names such as 区教育纪工委 and 区规委会 say 区",
}


def _documents(corpus_dir: Path) -> dict[str, list[Document]]:
    out = {}
    for path in sorted(corpus_dir.glob("*.txt")):
        out[path.name] = split_documents(normalize(path.read_text("utf-8")), path.name).documents
    return out


def _gold_docs() -> list[dict]:
    path = SHARED / "gold" / "dev_docs.jsonl"
    return read_jsonl(path) if path.exists() else []


@pytest.fixture(scope="module")
def documents(corpus_dir: Path) -> dict[str, list[Document]]:
    return _documents(corpus_dir)


def test_gold_documents_are_present(gold_dir: Path) -> None:
    assert len(read_jsonl(gold_dir / "dev_docs.jsonl")) >= 10


@pytest.mark.parametrize(
    "gold",
    [
        pytest.param(g, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[key]))
        if (key := (g["file"], g["title_start"])) in KNOWN_MISSES
        else g
        for g in _gold_docs()
    ],
    ids=lambda g: f"{g['file'][:3]}@{g['title_start']}",
)
def test_document_matches_gold(documents: dict[str, list[Document]], gold: dict) -> None:
    found = documents[gold["file"]]
    doc = min(found, key=lambda d: abs(d.char_start - gold["title_start"]))
    assert abs(doc.char_start - gold["title_start"]) <= 10
    assert (doc.department, doc.level, doc.summary_year, doc.plan_year) == (
        gold["department"],
        gold["level"],
        gold["summary_year"],
        gold["plan_year"],
    )


def test_every_document_with_a_body_is_found(documents: dict[str, list[Document]]) -> None:
    counts = {name[:3]: len(docs) for name, docs in documents.items()}
    # 000 lists 22 reports in its table of contents but holds only the first 3
    assert counts == {"000": 3, "001": 5, "003": 10, "004": 14}


def test_a_truncated_compilation_is_reported(corpus_dir: Path) -> None:
    path = corpus_dir / "000_65c1295ce5ff4bd2.txt"
    result = process_text(path.read_text("utf-8"), path.name)
    assert len(result.warnings) == 1
    assert "22 reports" in result.warnings[0] and "19 have no body" in result.warnings[0]
    assert all(d.toc_title for d in result.documents)


def test_toc_entries_are_read() -> None:
    text = (
        "汇编\n目录\n区统计局2023年工作总结\t3\n市教育局2023年工作计划\t9\n\n"
        "区统计局2023年工作总结\n正文。"
    )
    entries, regions = find_toc(text)
    assert [e.title for e in entries] == ["区统计局2023年工作总结", "市教育局2023年工作计划"]
    assert [e.page for e in entries] == [3, 9]
    assert len(regions) == 1


def test_a_contents_list_without_page_numbers_holds_no_reports() -> None:
    text = (
        "目录\n县财政局2023年工作总结\n县税务局2023年工作总结\n"
        "县财政局2023年工作总结\n2023年，全县一般公共预算收入完成8.6亿元，增长6.2%。\n"
    )
    result = process_text(text, "contents.txt")
    # the first title listed again opens the first report; the second has no body
    assert [d.title for d in result.documents] == ["县财政局2023年工作总结"]
    assert result.documents[0].toc_title == "县财政局2023年工作总结"
    assert [e.page for e in result.toc] == [None, None]
    assert "1 has no body" in result.warnings[0] and "县税务局" in result.warnings[0]
    assert [m.text for m in result.mentions] == ["8.6亿元", "6.2%"]


@pytest.mark.parametrize(
    ("raw", "department", "level", "masked"),
    [
        ("*高新区", "高新区", None, True),
        ("xx街道", "街道", "街道", True),
        ("××镇", "镇", "镇", True),  # other marks that leave a place out
        ("○○街道", "街道", "街道", True),
        ("市教育局", "教育局", "市", False),
        ("区残联", "残联", "区", False),
        ("镇", "镇", "镇", False),
        # a level's character that begins a word is no place
        ("市场监管局", "市场监管局", None, False),
        ("市市场监管局", "市场监管局", "市", False),
        ("乡村振兴局", "乡村振兴局", None, False),
        ("县委办公室", "县委办公室", "县", False),  # the county committee's office
        ("市民政局", "民政局", "市", False),
        ("市政府办公室", "政府办公室", "市", False),
        # a town's own government is named as the town is
        ("xx镇人民政府", "镇", "镇", True),
        ("街道办事处", "街道", "街道", False),
        ("区人民政府", "人民政府", "区", False),
    ],
)
def test_departments_are_cleaned(
    raw: str, department: str, level: str | None, masked: bool
) -> None:
    assert clean_department(raw) == (department, level, masked)


@pytest.mark.parametrize(
    ("title", "department", "summary", "plan", "kind"),
    [
        ("区统计局2023年工作总结与2024年工作计划", "统计局", 2023, 2024, "summary+plan"),
        ("2023年度工作总结暨2024年工作计划(街道)", "街道", 2023, 2024, "summary+plan"),
        ("交通运输局2023年工作总结", "交通运输局", 2023, None, "summary"),
        ("街道2022工作情况与2023工作谋划", "街道", 2022, 2023, "summary+plan"),
        (
            "生态环境局分局2022年工作总结及2023年工作要点",
            "生态环境局分局",
            2022,
            2023,
            "summary+plan",
        ),
        ("市纪委监委2023年工作要点", "纪委监委", None, 2023, "key-points"),
        ("2023年区水务局工作总结", "水务局", 2023, None, "summary"),
        ("县乡村振兴局2023年工作总结及2024年工作计划", "乡村振兴局", 2023, 2024, "summary+plan"),
        ("XX市XX区应急管理局2023年度工作总结", "应急管理局", 2023, None, "summary"),
        ("市审计局2023年上半年工作总结及下半年工作计划", "审计局", 2023, 2023, "summary+plan"),
        ("镇政府2022年度工作报告", "镇", 2022, None, "summary"),
        ("第一篇：县科技局2023年工作总结", "科技局", 2023, None, "summary"),
        ("市委组织部2023年度工作总结", "市委组织部", 2023, None, "summary"),
        ("县人大常委会2023年工作总结", "人大常委会", 2023, None, "summary"),
        (
            "篇二、县水利局关于2023年工作情况和2024年工作打算的报告",
            "水利局",
            2023,
            2024,
            "summary+plan",
        ),
        # a report of how a year's work went, under its own words (情况报告, 年度报告)
        ("区司法局2025年度法治政府建设情况报告", "司法局", 2025, None, "summary"),
        ("县统计局2024年政府信息公开工作年度报告", "统计局", 2024, None, "summary"),
        ("县人社局2025年工作汇报", "人社局", 2025, None, "summary"),
        # people's associations, a customs house, a school, a national agency's local office
        ("东湖县工商业联合会2025年工作总结", "工商业联合会", 2025, None, "summary"),
        ("县科协2025年工作总结", "科协", 2025, None, "summary"),
        ("东湖县第一中学2025年工作总结", "第一中学", 2025, None, "summary"),
        ("国家税务总局东湖县税务局2025年工作总结", "税务局", 2025, None, "summary"),
        # a suffix that opens with a one-character one (联合会 and 联, 科学技术协会 and 科)
        ("2025年东湖县工商业联合会工作总结", "工商业联合会", 2025, None, "summary"),
        ("2025年东湖县科学技术协会工作总结", "科学技术协会", 2025, None, "summary"),
        # 履职 alone names no review: a plan of it stays a plan
        ("东湖县人大常委会2026年代表履职工作计划", "人大常委会", None, 2026, "plan"),
        ("区教育局2025年履职报告", "教育局", 2025, None, "summary"),
        ("县应急局关于2025年安全生产工作的报告", "应急局", 2025, None, "summary"),
        # the rest of the year planned after a review of its first part
        ("区住建局2025年前三季度工作总结和第四季度工作计划", "住建局", 2025, 2025, "summary+plan"),
        ("县商务局2025年一季度工作总结及二季度工作安排", "商务局", 2025, 2025, "summary+plan"),
    ],
)
def test_titles_are_read(
    title: str, department: str, summary: int | None, plan: int | None, kind: str
) -> None:
    facts = parse_title(title)
    assert (facts.department, facts.summary_year, facts.plan_year, str(facts.kind)) == (
        department,
        summary,
        plan,
        kind,
    )


def test_sections_of_a_report() -> None:
    text = (
        "区审计局2023年工作总结和2024年工作计划\n"
        "今年以来，我局坚持依法审计。\n"
        "一、2023年工作开展情况\n完成审计项目12个。\n"
        "二、存在的主要问题\n审计力量不足。\n"
        "三、2024年工作计划\n计划完成审计项目15个。\n"
    )
    result = process_text(text, "t.txt")
    assert [s.section for s in result.sections] == ["other", "summary", "problems", "plan"]
    roles = [(m.text, m.section, m.role, m.year) for m in result.mentions]
    assert roles == [("12个", "summary", "actual", 2023), ("15个", "plan", "target", 2024)]


def test_a_closing_pledge_opens_the_plan() -> None:
    text = (
        "县教育局2020年工作总结\n"
        "一、主要工作\n全年新建学校3所。\n"
        "2021年，我们将继续推进学校建设，力争新建学校5所。\n"
    )
    result = process_text(text, "t.txt")
    assert [s.section for s in result.sections][-1] == "plan"
    roles = {m.text: (m.role, m.year) for m in result.mentions}
    assert roles == {"3所": ("actual", 2020), "5所": ("target", 2021)}


def test_a_pledge_for_the_second_half_or_named_before_a_colon() -> None:
    text = (
        "街道办事处2023年上半年工作总结\n上半年，新增市场主体325户。\n"
        "下半年，街道将重点抓好以下工作：一是完成老旧小区改造6个。\n"
    )
    result = process_text(text, "t.txt")
    assert [(s.section, s.heading) for s in result.sections][-1][0] == "plan"
    roles = {m.text: (m.role, m.year) for m in result.mentions}
    assert roles == {"325户": ("actual", 2023), "6个": ("target", 2023)}  # the same year
    result = process_text(
        "乡政府2023年工作总结\n全乡发放补贴586万元。\n明年工作安排：计划新建农田5000亩。\n", "t.txt"
    )
    assert result.sections[-1].heading == "明年工作安排"


def test_a_paragraph_of_honours_before_a_heading_is_other() -> None:
    text = (
        "县教育局2022年工作总结\n"
        "一、主要工作\n全年新建学校3所，2所学校被评为省级示范校。\n"
        "2022年被省体育局评为体育工作先进集体；被市委、市政府评为“文明单位”。\n"
        "二、存在问题\n学位不足。\n"
    )
    result = process_text(text, "t.txt")
    assert [s.section for s in result.sections] == ["other", "summary", "other", "problems"]
    assert {m.text: m.section for m in result.mentions} == {"3所": "summary", "2所": "summary"}
    # honours in the middle of a section do not end it
    text = text.replace("二、存在问题\n学位不足。\n", "全年新增学位500个。\n")
    assert [s.section for s in process_text(text, "t.txt").sections] == ["other", "summary"]


def test_a_title_without_a_year_takes_the_years_of_its_headings() -> None:
    text = (
        "政府工作报告\n——2024年1月10日在县人民代表大会上\n各位代表：\n"
        "一、2023年工作回顾\n过去一年，全县地区生产总值完成256.3亿元，增长6.1%。\n"
        "二、2024年工作安排\n地区生产总值增长6.5%左右。\n"
    )
    (doc,) = process_text(text, "t.txt").documents
    assert (doc.summary_year, doc.plan_year, doc.kind) == (2023, 2024, "government_report")
    years = [(m.text, m.year) for m in process_text(text, "t.txt").mentions]
    assert years == [("256.3亿元", 2023), ("6.1%", 2023), ("6.5%左右", 2024)]


def test_a_heading_inside_a_space_wrapped_line_ends_at_its_space() -> None:
    text = (
        "区教育局2022年工作总结\n"
        "一、2022 年工作总结 (一)办学条件持续改善 全年投入教育经费 13 7 万元用于校舍维修,"
        "新建 幼儿园 2 所。 (二)教师队伍建设 招聘新教师 x x 名。\n"
    )
    result = process_text(text, "t.txt")
    assert [s.heading for s in result.sections] == ["", "一、2022年工作总结"]
    rows = {m.text: m for m in result.mentions}
    assert rows["13 7 万元"].metric == "教育经费"  # not 办学条件持续改善 全年投入教育经费
    assert rows["13 7 万元"].sentence.startswith("全年投入教育经费")
    assert rows["x x 名"].metric == "新教师"


def test_a_piece_without_a_year_takes_its_compilations() -> None:
    text = (
        "教育局2022年工作总结3篇\n\n【篇一】\n2022年，全区新建幼儿园2所。\n"
        "【篇二】\n今年以来，我局发放学生资助资金300万元。\n"
    )
    docs = process_text(text, "t.txt").documents
    assert [(d.department, d.summary_year) for d in docs] == [("教育局", 2022), ("教育局", 2022)]


def test_goals_for_the_plan_year_open_the_plan() -> None:
    text = (
        "县发改局2023年工作总结\n"
        "一、主要工作\n全年完成投资86亿元。\n"
        "2024年主要预期目标：固定资产投资增长8%。\n"
    )
    result = process_text(text, "t.txt")
    assert [(s.section, s.heading) for s in result.sections][-1] == (
        "plan",
        "2024年主要预期目标",
    )
    roles = {m.text: (m.section, m.role, m.year) for m in result.mentions}
    assert roles["86亿元"] == ("summary", "actual", 2023)
    assert roles["8%"] == ("plan", "target", 2024)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2024年全县教育工作要点", True),
        ("2023年全区统计工作总结", True),
        ("2024年重点工作安排", False),  # a heading inside a report
        ("2023年工作总结", False),
        ("一、2023年工作总结", False),
        ("2023年工作总结及2024年工作安排汇编（5篇）", False),
        ("第一篇：县科技局2023年工作总结", True),
        ("第一篇", False),
        ("市气象局工作总结", True),  # no year, but an organisation's report
        ("xx局上半年工作总结", True),
        ("全面从严治党工作总结", False),  # a topic, no organisation
        ("下一步工作计划", False),
    ],
)
def test_title_lines(line: str, title: bool) -> None:
    assert is_title_line(line) is title


def test_a_year_in_chinese_numerals_is_a_year() -> None:
    text = "县林业局二〇二三年工作总结\n\n二〇二三年，全县完成造林三千亩。\n"
    result = process_text(text, "t.txt")
    assert (result.documents[0].department, result.documents[0].summary_year) == ("林业局", 2023)
    assert [(m.text, m.value, m.year) for m in result.mentions] == [("三千亩", 3000, 2023)]
    assert result.documents[0].title == "县林业局二〇二三年工作总结"  # as written


def test_a_report_titled_without_a_year_is_its_own_document() -> None:
    text = (
        "区文化和旅游局2023年上半年工作总结\n上半年接待游客456.8万人次。\n"
        "下半年，将力争全年接待游客突破900万人次。\n"
        "市气象局工作总结\n全年发布预警信息236期。\n"
    )
    result = process_text(text, "t.txt")
    assert [d.department for d in result.documents] == ["文化和旅游局", "气象局"]
    roles = {m.text: (m.role, m.department) for m in result.mentions}
    assert roles["236期"] == ("actual", "气象局")  # not a plan of the report before


def test_a_piece_marker_on_its_own_line_before_a_title_is_one_document() -> None:
    text = (
        "2023年各部门上半年工作总结汇编（2篇）\n\n【篇一】\n县商务局2023年上半年工作总结\n"
        "上半年，全县电商交易额突破12亿元。\n\n【篇二】\n县统计局2023年上半年工作总结\n"
        "清查单位2.8万个。\n"
    )
    result = process_text(text, "t.txt")
    docs = result.documents
    assert [(d.title, d.department) for d in docs] == [
        ("县商务局2023年上半年工作总结", "商务局"),
        ("县统计局2023年上半年工作总结", "统计局"),
    ]
    assert [text[d.char_start : d.char_start + 4] for d in docs] == ["【篇一】", "【篇二】"]
    assert [m.department for m in result.mentions] == ["商务局", "统计局"]


def test_a_title_without_a_level_takes_the_level_its_organisation_is_named_with() -> None:
    text = (
        "卫生健康局2023年工作总结\n"
        "一、工作成效\n全市率先完成基层医疗机构改造，全市第一批通过验收，"
        "区卫生健康局获评全市先进集体。\n"
    )
    (doc,) = process_text(text, "t.txt").documents
    assert (doc.department, doc.level) == ("卫生健康局", "区")  # not 市, named more often


# Title shapes of other compilations, each class with two wordings (and counter-examples):
# an organisation printed on the line above a title that does not name it; a covering title
# 关于…的报告 whose organisation the body names; a bracketed piece number before the title;
# a town's or sub-district's report named by the place alone.
BODY = (
    "\n一、工作完成情况\n全年开展专项检查42次，整改问题160个。\n"
    "二、下一步计划\n力争完成检查50次。\n"
)
TITLE_SHAPES = [
    (
        "南岭市青川区统计局\n2024年工作总结及2025年工作思路",
        ("统计局", "区", "南岭市青川区", 2024, 2025),
    ),
    ("县水务局\n关于2023年工作情况的报告", ("水务局", "县", None, 2023, None)),
    ("县委办\n县林业局2024年工作总结", ("林业局", "县", None, 2024, None)),  # names its own
    ("关于2023年度工作总结的报告\n县市场监督管理局", ("市场监督管理局", "县", None, 2023, None)),
    (
        "关于2025年上半年工作总结和下半年工作打算的报告\n区应急管理局",
        ("应急管理局", "区", None, 2025, 2025),
    ),
    ("（篇三）县退役军人事务局2024年度工作总结", ("退役军人事务局", "县", None, 2024, None)),
    ("【篇二】区商务局2023年工作总结", ("商务局", "区", None, 2023, None)),
    ("二〇二五年东关街道工作要点", ("街道", "街道", "东关街道", None, 2025)),
    ("青石镇2025年上半年工作总结及下半年工作打算", ("镇", "镇", "青石镇", 2025, 2025)),
    # a title of the year and report words alone under the organisation's name (a heading
    # of its own elsewhere), the PDF's spaces inside both kept
    ("区 发 展 和 改 革 局\n2 0 2 4 年 工 作 总 结", ("发展和改革局", "区", None, 2024, None)),
    ("县交通运输局\n2025年工作要点", ("交通运输局", "县", None, None, 2025)),
    # a title the PDF wrapped after a dangling 和 or year
    ("县农业农村局2024年工作总结和2025年\n工作计划", ("农业农村局", "县", None, 2024, 2025)),
    ("区司法局2023年工作总结及\n2024年工作思路", ("司法局", "区", None, 2023, 2024)),
]


@pytest.mark.parametrize(("title", "facts"), TITLE_SHAPES)
def test_title_shapes_of_other_compilations(title: str, facts: tuple) -> None:
    text = "说明\n" + title + BODY
    (doc,) = [d for d in process_text(text, "a.txt").documents if d.char_start > 0]
    assert (doc.department, doc.level, doc.place, doc.summary_year, doc.plan_year) == facts
    assert doc.title and doc.title in title.replace("\n", "")


def test_a_bare_title_under_a_heading_is_still_a_heading() -> None:
    text = (
        "县林业局2024年工作总结\n一、主要成绩\n全年造林1.2万亩。\n"
        "2024年工作计划\n力争造林1.5万亩。\n"
    )
    assert len(process_text(text, "a.txt").documents) == 1


def test_a_covering_title_in_a_sentence_is_no_title() -> None:
    assert not is_title_line("关于2023年度工作总结的报告已按时报送县政府。")
    assert not is_title_line("关于2024年工作的几点建议")


# A PDF's text centres a title with spaces before its lines or leaves spaces after them,
# and a Windows file ends its lines with \r\n: the two lines are one title all the same.
@pytest.mark.parametrize(
    "title",
    [
        "    县水务局\n    2024年工作总结",
        "县水务局　 \n2024年工作总结",
        "县水务局\r\n2024年工作总结",
        "县水务局2024年工作总结和2025年  \n  工作计划",
        "县水务局2024年工作总结及\r\n2025年工作计划",
    ],
)
def test_a_two_line_title_with_spaces_or_crlf_is_one_title(title: str) -> None:
    text = "说明\n" + title + BODY
    (doc,) = process_text(text, "a.txt").documents
    assert (doc.department, doc.level, doc.summary_year) == ("水务局", "县", 2024)
    assert doc.title.startswith("县水务局2024年工作总结") and doc.title.isprintable()


def test_a_report_titled_by_how_the_year_went_opens_its_own_document() -> None:
    """SUMMARY_WORDS 情况报告: a compilation's piece titled …建设情况报告 is a document of its
    own, not the tail of the piece before it."""
    text = (
        "东湖街道办事处2025年工作总结\n一、工作开展情况\n全年新增市场主体320户。\n"
        "区司法局2025年度法治政府建设情况报告\n一、主要举措和成效\n"
        "全年办理法律援助案件860件。\n二、存在的不足\n"
    )
    docs = metrics.extract_text(text).documents
    assert list(docs["title"]) == [
        "东湖街道办事处2025年工作总结",
        "区司法局2025年度法治政府建设情况报告",
    ]
    assert list(docs["department"]) == ["街道", "司法局"]


@pytest.mark.parametrize(
    "between",
    ["微信\n微博\n", "打印本页\n关闭窗口\n字号：大 中 小\n"],
)
def test_a_report_title_shown_again_below_a_pages_buttons_is_one_report(between: str) -> None:
    # A copied page heads the article with its title, then buttons one a line, then the
    # article's own title: one report, its figures kept (they were dropped as a repeat of
    # the report at the page's end where the body was short)
    title = "东湖县2024年政府工作报告\n"
    text = title + between + title + "2023年，全县地区生产总值完成186.4亿元，增长6.2%。\n"
    r = metrics.extract_text(text)
    assert len(r.documents) == 1
    assert list(r.mentions.text) == ["186.4亿元", "6.2%"]
