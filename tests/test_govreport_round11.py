"""The leftovers of the government work reports, round 11 (found with govreports_blind8),
each a class held by texts of our own and by the counter-examples it could misfire on:

- another report read to the same congress, printed on one page after the government's (a
  发改委's 计划执行情况与…计划草案的报告, a 财政局's 预算执行情况与…预算草案的报告), is a
  document of its own, of another kind: its title stands right above its own delivery line
  (govreport_documents ``_delivered_below``), and its goals are the plan's, no rows of the
  government's targets. For that the title keeps its own line however long it runs: a line
  above a delivery line (——2024年1月22日在…人民代表大会…上) is never wrapped into it
  (normalize ``DELIVERY_AHEAD``; a small rule edit in normalize's ``is_wrap``);
- a list of goals one a row, each the indicator's name, a colon and its figure
  (地区生产总值增长：6%左右 / 城镇调查失业率：5.5%以内): each row is its own line, not a
  wrap of the row above (normalize ``NAME_FIGURE_LINE``, ``NAME_COLON_AHEAD``: a small rule
  edit in ``is_wrap``), and the passage under the heading of goals runs over all the rows,
  as over lines that end in ；(passages ``_row_runs_on``).
- a news page's byline that opens with its time (2024-01-16 09:12　来源：澜江日报　作者：记者
  韩冰; 2025年1月9日 来源：青河晚报) is page chrome as the byline that opens with 来源 is
  (normalize ``PAGE_CHROME``, a small rule edit): the headline above keeps its own line and
  is the page's title, not joined to the byline;
- second batch (found with its four pages): a review that sets the year's target in
  brackets after its result (增长6.1%（年度目标为增长7%左右）；规模以上工业增加值增长8.4%; 增长
  4.2%(全年目标为5%)): the target passage the cue opens inside the brackets ends with them
  (passages ``_aside_end``), so the results after it stay results, and the target is of the
  year under review (targets/stated ``RECALLED``), never hiding the plan year's own; a budget
  report's 为调整预算的100.6% is a rate of completion (role_cues ``COMPLETION_CUE``);
- the place of a report to the congress titled 关于石门县2025年预算执行情况…的报告 is 石门县,
  not 关于石门县 (segment/places ``ABOUT_PREFIX``, a small segment fix);
- a known leftover, decided from the guide and not fixed here (the metric is
  context/metric_span's, the qualifier resolve's): a review's result set against a target
  named after its figure (城镇调查失业率5.3%，低于5.5%左右的控制目标; 高于年初确定的7.5%左右
  的预期目标) — the target's metric is what is counted, named in the clause before
  (城镇调查失业率, 地区生产总值), never the frame 控制目标/预期目标 that names it a target;
  and its qualifier is its own word (左右: approx; none: exact): 高于/低于 compares the result
  with the target and bounds nothing.
"""

from __future__ import annotations

import pytest

from metrics.normalize import is_page_chrome, is_wrap, normalize
from metrics.passages import measure_of, target_passages
from metrics.pipeline import process_text
from metrics.records import DocKind, Measure, Role
from metrics.segment.places import place_of
from metrics.targets import Target, file_targets

GOV = (
    "{place}人民政府工作报告\n——2024年1月22日在{place}第十五届人民代表大会第四次会议上\n"
    "各位代表：\n一、2023年工作回顾\n全市地区生产总值增长5.4%，一般公共预算收入增长4.1%。\n"
    "二、2024年主要目标\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
    "一般公共预算收入增长5%。\n各位代表，让我们砥砺前行！\n"
)


def _targets(text: str) -> dict[str, Target]:
    result = process_text(text, "r.txt")
    return {t.text: t for t in file_targets(result.documents, result.mentions)[0]}


@pytest.mark.parametrize(
    ("other", "kind_words"),
    [
        (
            "关于青川市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划"
            "草案的报告\n——2024年1月22日在青川市第十五届人民代表大会第四次会议上\n"
            "青川市发展和改革委员会\n各位代表：\n二、2024年经济社会发展的主要预期目标\n"
            "2024年计划安排的主要指标是：社会消费品零售总额增长6.5%，进出口总额增长3%。\n",
            "计划",
        ),
        (
            "关于2023年预算执行情况和2024年预算草案的报告\n（在青川市第十五届人民代表大会第四次"
            "会议上）\n市财政局局长　周　平\n各位代表：\n二、2024年预算草案\n"
            "2024年，全市一般公共预算收入预期增长4.5%，一般公共预算支出安排286亿元。\n",
            "预算",
        ),
    ],
)
def test_a_report_read_to_the_congress_after_the_governments_is_its_own(
    other: str, kind_words: str
) -> None:
    text = GOV.format(place="青川市") + "\n" + other
    result = process_text(text, "r.txt")
    kinds = [(d.title, d.kind) for d in result.documents]
    assert len(kinds) == 2, kinds
    assert kinds[0][1] == DocKind.GOVERNMENT_REPORT
    assert kind_words in kinds[1][0] and kinds[1][1] != DocKind.GOVERNMENT_REPORT
    # the government's goals are its rows; the plan's or the budget's none
    assert set(_targets(text)) == {"6%左右", "5%"}


def test_a_heading_that_reads_like_a_title_opens_no_document_inside_a_report() -> None:
    # counter-example: a heading of the review with its prose below, no delivery line
    text = GOV.format(place="青川市").replace(
        "一、2023年工作回顾\n", "一、“十四五”时期发展成就和2023年工作回顾\n"
    )
    result = process_text(text, "r.txt")
    assert [d.kind for d in result.documents] == [DocKind.GOVERNMENT_REPORT]


@pytest.mark.parametrize(
    ("line", "nxt", "wraps"),
    [
        # a long title above its delivery line, dated, spaced as a PDF sets it, or undated
        (
            "关于青川市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告",
            "——2024年1月22日在青川市第十五届人民代表大会第四次会议上",
            False,
        ),
        (
            "关于金湖区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告",
            "—— 2 0 2 1 年 1 月 2 6 日在金湖区第二届人民代表大会第五次会议上",
            False,
        ),
        (
            "关于东湖县2025年全县和县级预算执行情况与2026年全县和县级预算草案的报告（书面）",
            "——在东湖县第十九届人民代表大会第二次会议上",
            False,
        ),
        # counter-example: a dash that opens a clause a PDF wrapped names no meeting
        ("今年我们要做好三件事，第一件是稳住工业的基本盘，", "——这是全市经济的压舱石所在", True),
        # rows of 指标：目标 (full-width or ASCII colon, a verb before the figure)
        ("地区生产总值增长：6%左右", "规模以上工业增加值增长：7.5%", False),
        ("城镇新增就业:增加1.2万人以上", "城镇调查失业率:5.5%以内", False),
        ("城镇调查失业率：5.5%以内", "单位地区生产总值能耗下降：完成自治区下达任务", False),
        # counter-examples: a goal wrapped after its figure, a ratio split after its colon
        ("主要预期目标是：增长6%", "左右，规模以上工业增加值增长7%", True),
        ("三次产业结构比例为7.2:40", ".4:52.4，结构持续优化", True),
    ],
)
def test_a_title_over_its_delivery_line_and_a_row_of_goals_keep_their_lines(
    line: str, nxt: str, wraps: bool
) -> None:
    assert is_wrap(line, nxt) is wraps


ROWS = (
    "二、2025年主要预期目标\n"
    "地区生产总值增长：6%左右\n"
    "规模以上工业增加值增长：7.5%\n"
    "城镇新增就业：4万人以上\n"
    "城镇调查失业率：5.5%以内\n"
    "三、2025年重点工作\n"
    "推进产业项目建设，全年新开工项目60个。\n"
)


def test_rows_of_goals_under_their_heading_are_one_passage() -> None:
    text = normalize(ROWS).text
    spans = target_passages(text)
    covered = text[spans[0][0] : spans[-1][1]]
    assert len(spans) == 1 and "4万人以上" in covered and "5.5%以内" in covered
    # the last row ends it: the plan's prose below is no row
    assert "60个" not in covered


def test_rows_of_goals_are_targets_named_by_their_own_row() -> None:
    text = GOV.format(place="桂岭市").replace(
        "二、2024年主要目标\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
        "一般公共预算收入增长5%。\n",
        ROWS.replace("2025", "2024"),
    )
    rows = _targets(text)
    assert {k: (t.year, t.indicator) for k, t in rows.items()} == {
        "6%左右": (2024, "地区生产总值增长"),
        "7.5%": (2024, "规模以上工业增加值增长"),
        "4万人以上": (2024, "城镇新增就业"),
        "5.5%以内": (2024, "城镇调查失业率"),
        # the plan's prose below the rows: a target by its section (plan_section), its own row
        "60个": (2024, "新开工项目"),
    }


# (a known leftover until round 24: the comparison that opens the target's clause, 低于/高于,
# refers back to the result before it, context.elsewhere REFERS_BACK and COMPARED_OPENS)
@pytest.mark.parametrize(
    ("sentence", "figure", "metric", "qualifier"),
    [
        ("城镇调查失业率5.3%，低于5.5%左右的控制目标。", "5.5%", "城镇调查失业率", "approx"),
        ("地区生产总值增长8.3%，高于年初确定的7.5%的预期目标。", "7.5%", "地区生产总值", "exact"),
    ],
)
def test_a_target_named_after_its_figure_is_of_the_clause_before(
    sentence: str, figure: str, metric: str, qualifier: str
) -> None:
    result = process_text(f"各位代表：\n一、2022年工作回顾\n{sentence}\n", "r.txt")
    m = next(m for m in result.mentions if figure in m.text)
    assert (m.metric, m.qualifier) == (metric, qualifier)


@pytest.mark.parametrize(
    ("words", "unit", "measure"),
    [
        ("地区生产总值增长：6%左右", "%", Measure.GROWTH),
        ("居民消费价格涨幅:2.1%", "%", Measure.GROWTH),
        ("城镇调查失业率：5.5%以内", "%", Measure.RATE),
        # counter-examples: words that name no measure before the colon
        ("今年的主要目标是：6%", "%", Measure.LEVEL),
        ("地区生产总值增长5.5%，其中：3%", "%", Measure.LEVEL),
    ],
)
def test_a_rows_figure_is_measured_by_the_name_before_its_colon(
    words: str, unit: str, measure: Measure
) -> None:
    at = max(words.rfind(c) for c in "：:") + 1  # the figure right after the last colon
    assert measure_of(words, at, Role.TARGET, unit) == measure


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("2024-01-16 09:12\u3000来源：澜江日报\u3000作者：记者 韩冰", True),
        ("2025年1月9日 来源：青河晚报", True),
        ("发布日期：2027-01-26 10:05:31 来源：县融媒体中心 编辑：王丽", True),
        # counter-examples: sentences that open with a date, a source named in a sentence
        ("2024年1月16日，来源于基层的12条建议被采纳。", False),
        ("2024-01-16 09:12 全市召开经济工作会议", False),
        ("资金来源：中央预算内投资3亿元", False),
    ],
)
def test_a_byline_that_opens_with_its_time_is_page_chrome(line: str, chrome: bool) -> None:
    assert is_page_chrome(line) is chrome


def test_a_headline_keeps_its_line_above_a_byline_that_opens_with_its_time() -> None:
    text = (
        "青河新闻网\n代表热议政府工作报告：5.5%左右的增长目标实事求是\n"
        "2025-01-09 08:30\u3000来源：青河晚报\u3000作者：记者 陈曦\n"
        "1月8日，青河市第十六届人民代表大会第五次会议开幕，市长作政府工作报告。\n"
    )
    result = process_text(text, "r.txt")
    headline = "代表热议政府工作报告：5.5%左右的增长目标实事求是"
    assert [d.title for d in result.documents] == [headline]


def _mentions(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.role, m.section) for m in process_text(text, "r.txt").mentions}


@pytest.mark.parametrize(
    ("sentence", "target", "result"),
    [
        (
            "过去一年，全区地区生产总值增长6.1%（年度目标为增长7%左右）；规模以上工业增加值增长8.4%。",
            "7%左右",
            "8.4%",
        ),
        ("全县一般公共预算收入增长4.2%(全年目标为5%)，税收收入增长3.1%。", "5%", "3.1%"),
    ],
)
def test_a_target_in_brackets_is_an_aside_of_the_review(
    sentence: str, target: str, result: str
) -> None:
    roles = _mentions(f"各位代表：\n一、2018年工作回顾\n{sentence}\n")
    assert roles[target][0] == "target" and roles[result][0] == "growth", roles


def test_a_cue_outside_brackets_runs_on_past_them() -> None:
    # counter-example: the brackets are an aside of a target passage, which goes on after them
    roles = _mentions(
        "二、2019年主要目标\n今年的主要预期目标为：地区生产总值增长6%（按可比价计算），一般公共预算"
        "收入增长5%。\n"
    )
    assert roles["6%"][0] == roles["5%"][0] == "target", roles


def test_a_target_recalled_in_brackets_is_of_the_year_under_review() -> None:
    text = (
        "南川区人民政府工作报告\n——2019年1月10日在南川区第十八届人民代表大会第四次会议上\n"
        "各位代表：\n一、2018年工作回顾\n过去一年，全区地区生产总值增长6.1%（年度目标为增长7%"
        "左右）；一般公共预算收入增长7.8%（全年目标为7.5%）。\n二、2019年主要预期目标\n"
        "——地区生产总值增长6.5%左右；\n——一般公共预算收入增长6%。\n"
    )
    rows = {t.text: t.year for t in _targets(text).values()}
    assert rows == {"7%左右": 2018, "7.5%": 2018, "6.5%左右": 2019, "6%": 2019}


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("关于石门县2025年预算执行情况与2026年预算草案的报告", "石门县"),
        ("关于宁川市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "宁川市"),
        # counter-examples: 关于 before no place; a place that opens with 关
        ("关于印发2022年市政府工作报告重点工作责任分工的通知", None),
        ("关于全县2025年预算执行情况的报告", None),
        ("关岭布依族苗族自治县人民政府工作报告", "关岭布依族苗族自治县"),
    ],
)
def test_a_title_that_opens_with_about_names_its_place_after_it(
    title: str, place: str | None
) -> None:
    assert place_of(title) == place
