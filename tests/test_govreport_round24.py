"""Round 24's classes, from govreports_blind17 (tests/test_govreport_blind.py), each with
sentences of our own in the corpus style:

- a table of main indicators written as lines and indented as the page's paragraphs are
  (　　主要指标　2023年完成　2024年目标 / 　　地区生产总值增长（%）　6.1　6左右): the
  indentation is no cell's edge (segment/grid ``CELL_GAP``), so its rows are read as an
  unindented table's, their figures and targets with them;
- a second report pasted under the same title with no year (江湾区人民政府工作报告 twice, a
  district's reports of two sessions one after the other, no contents list): the title again
  over a delivery line of its own opens another report, however short the copy
  (segment/govreport_documents ``_repeats``), where it was read as the page repeating its
  title and everything after it was dropped.
"""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text
from metrics.targets import file_targets


def _run(text: str):
    return process_text(text, "2024_report.txt")


def _targets(text: str) -> dict[str, tuple]:
    r = _run(text)
    return {t.text: (t.year, t.indicator, t.unit) for t in file_targets(r.documents, r.mentions)[0]}


TABLE_REPORT = (
    "{place}2024年政府工作报告\n（2024年1月18日在{place}第十六届人民代表大会第四次会议上）\n"
    "一、2023年工作回顾\n　　全年地区生产总值增长5.6%。\n二、2024年主要目标\n"
    "　　综合考虑各方面因素，今年主要预期目标安排如下：\n{table}"
    "　　各位代表，让我们团结奋斗！\n"
)


@pytest.mark.parametrize(
    ("place", "table", "cells"),
    [
        (  # cells parted by one ideographic space, the lines indented by two
            "海门湾市",
            "　　主要指标　2023年完成　2024年目标\n"
            "　　地区生产总值增长（%）　5.6　6左右\n"
            "　　城镇新增就业（万人）　18.6　17以上\n",
            {"6左右": ("target", "%"), "17以上": ("target", "万人"), "18.6": ("actual", "万人")},
        ),
        (  # a unit column, the lines indented by one ideographic space
            "青禾县",
            "　指标　单位　2023年预计　2024年目标\n"
            "　一般公共预算收入增长　%　3.2　5\n"
            "　粮食总产量　万吨　28.6　28以上\n",
            {"5": ("target", "%"), "28以上": ("target", "万吨"), "28.6": ("forecast", "万吨")},
        ),
        (  # a tab-pasted table indented by spaces
            "南屏区",
            "    指标名称\t2024年目标\n    固定资产投资增长（%）\t7\n"
            "    新增市场主体（户）\t4000以上\n",
            {"7": ("target", "%"), "4000以上": ("target", "户")},
        ),
    ],
)  # fmt: skip
def test_an_indented_table_is_read_as_an_unindented_one(place, table, cells) -> None:
    text = TABLE_REPORT.format(place=place, table=table)
    found = {m.text: (m.role, m.unit) for m in _run(text).mentions}
    for figure, want in cells.items():
        assert found.get(figure) == want, (figure, found)
    targets = _targets(text)
    assert {f for f, (role, _) in cells.items() if role == "target"} <= set(targets)
    assert all(year == 2024 for year, _, _ in targets.values())


@pytest.mark.parametrize(
    "line",
    [
        # counter: an indented prose line whose clauses are parted by ideographic spaces
        # holds figures, but no row of names stands above it: no cell, and its figures keep
        # the sentence's reading
        "　　全年新增城镇就业　3200　人，城镇调查失业率5.2%。\n",
        # counter: a run of spaces inside an indented sentence parts no cells without a head
        "    全年地区生产总值增长6.1%  规模以上工业增加值增长7.2%。\n",
    ],
)
def test_an_indented_prose_line_is_no_table(line: str) -> None:
    text = TABLE_REPORT.format(place="海门湾市", table="").replace(
        "　　全年地区生产总值增长5.6%。\n", line
    )
    mentions = _run(text).mentions
    assert mentions and all(m.role in ("actual", "growth") for m in mentions)
    assert all(m.rule != "table_cell" for m in mentions)


SESSION = (
    "{title}\n{delivery}\n区长　刘思源\n各位代表：\n"
    "　　现在，我代表区人民政府向大会报告工作，请予审议。\n"
    "一、{last}年工作回顾\n　　{last}年，全区地区生产总值完成{gdp}亿元，增长{growth}%。\n"
    "二、{year}年主要目标\n　　{year}年全区主要预期目标是：地区生产总值增长{goal}%左右，"
    "一般公共预算收入增长5%。\n　　全年实施区重点项目{projects}个。\n"
    "　　各位代表，让我们奋勇争先！\n"
)


def _session(title: str, year: int, delivery: str, gdp: str, growth: str, goal: str) -> str:
    return SESSION.format(
        title=title, delivery=delivery, last=year - 1, year=year, gdp=gdp, growth=growth,
        goal=goal, projects=90 + year % 10,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "first", "second"),
    [
        (
            "江湾区人民政府工作报告",
            "（2022年1月7日在江湾区第十届人民代表大会第一次会议上）",
            "（2023年1月10日在江湾区第十届人民代表大会第二次会议上）",
        ),
        (
            "西塘县政府工作报告",
            "——2018年1月9日在西塘县第十七届人民代表大会第二次会议上",
            "——2019年1月8日在西塘县第十七届人民代表大会第三次会议上",
        ),
        (  # the second printed without its day: the congress's session still is its own
            "北岸区人民政府工作报告",
            "（2024年1月12日在北岸区第八届人民代表大会第四次会议上）",
            "（在北岸区第八届人民代表大会第五次会议上）\n2025年1月9日",
        ),
    ],
)
def test_the_same_title_over_another_session_opens_another_report(title, first, second) -> None:
    year = int(first[first.find("20") : first.find("20") + 4])
    text = _session(title, year, first, "612.5", "8.6", "6.5") + _session(
        title, year + 1, second, "658.1", "4.2", "6"
    )
    r = _run(text)
    assert [(d.plan_year, d.summary_year) for d in r.documents] == [
        (year, year - 1),
        (year + 1, year),
    ]
    targets = _targets(text)
    assert ("6.5%左右" in targets) and targets["6%左右"][0] == year + 1
    assert "658.1亿元" in {m.text for m in r.mentions}


@pytest.mark.parametrize(
    "tail",
    [
        # counter: the page repeats the title at its end over the report's opening
        "{title}\n各位代表：现在，我代表区人民政府向大会报告工作，请予审议。\n",
        # counter: the page repeats the title and its delivery line at its end
        "{title}\n{delivery}\n",
        # counter: a few lines under the repeated title, no delivery line: an abstract
        "{title}\n全区地区生产总值增长8.6%。\n【打印本页】【关闭窗口】\n",
    ],
)
def test_a_title_the_page_repeats_opens_no_report(tail: str) -> None:
    title = "江湾区人民政府工作报告"
    delivery = "（2022年1月7日在江湾区第十届人民代表大会第一次会议上）"
    text = _session(title, 2022, delivery, "612.5", "8.6", "6.5")
    text += tail.format(title=title, delivery=delivery)
    assert [d.plan_year for d in _run(text).documents] == [2022]


# A review's recalled target, named after its figure by its frame (控制目标, 预期目标, 目标)
# and set against the result before it by 低于/高于 (with who set it at the start of the
# year, or not): the target is of what the result counts (context.elsewhere REFERS_BACK,
# COMPARED_OPENS; the two leftovers of rounds 11 and 12).
@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        ("投资增长4.8%，低于年初确定的7%目标；社会消费品零售总额增长8.6%。", "7%", "投资"),
        ("城镇调查失业率4.6%，低于5.5%左右的控制目标。", "5.5%左右", "城镇调查失业率"),
        ("全区地区生产总值增长8.6%，高于年初确定的7%左右的预期目标。", "7%左右", "地区生产总值"),
        ("一般公共预算收入增长x.x%，低于年初提出的6%目标。", "6%", "一般公共预算收入"),
        ("规模以上工业增加值增长9.2%，高于8%的预期目标。", "8%", "规模以上工业增加值"),
    ],
)  # fmt: skip
def test_a_recalled_target_after_its_comparison_is_of_the_result_before(
    sentence: str, figure: str, metric: str
) -> None:
    text = f"各位代表：\n一、2026年工作回顾\n　　2026年是“十五五”开局之年。{sentence}\n"
    found = {m.text.removeprefix("低于").removeprefix("高于"): m for m in _run(text).mentions}
    assert (found[figure].role, found[figure].metric) == ("target", metric)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # counter: a benchmark named in the clause is a comparison of its own
        ("地区生产总值增长7.2%，高于全省1.2个百分点。", "1.2个百分点"),
        ("城镇调查失业率4.6%，低于全国平均水平0.5个百分点。", "0.5个百分点"),
        # counter: a clause that names its own thing after 年初确定的 speaks of it
        ("新开工项目86个，年初确定的重点项目120个全部开工。", "120个"),
    ],
)
def test_a_clause_that_names_its_benchmark_does_not_refer_back(sentence: str, figure: str) -> None:
    from metrics.context.elsewhere import refers_back

    assert not refers_back(sentence, sentence.index(figure))


GLOSSARY = (
    "海门湾市2024年政府工作报告\n一、2023年工作回顾\n　　全年集装箱吞吐量突破1300万标准箱。\n"
    "二、2024年工作安排\n　　新增高新技术企业600家。\n附件\n名词解释\n{entry}\n"
)


@pytest.mark.parametrize(
    ("entry", "figures"),
    [
        # a unit the entry defines, by what is counted as so many of it: no figure
        ("　　1.标准箱：以长20英尺的集装箱为计算单位，一个40英尺集装箱计为2个标准箱。", set()),
        ("　　2.标准煤：热值为7000千卡的煤，1吨原煤约折合0.714吨标准煤。", set()),
        # counter: a fact the entry reports after its definition stays a figure
        ("　　3.新质生产力：以科技创新为主导的先进生产力，全市认定培育企业120家。", {"120家"}),
    ],
)  # fmt: skip
def test_a_unit_a_glossary_defines_counts_nothing(entry: str, figures: set[str]) -> None:
    text = GLOSSARY.format(entry=entry)
    found = {m.text for m in _run(text).mentions if m.char_start > text.index("名词解释")}
    assert found == figures


# (a known leftover of this round, read since round 25: a yearly average alone names
# nothing, context/metric_trim ``ONLY_SCOPE``; tests/test_govreport_round25.py)
@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        (
            "城镇居民人均可支配收入和农民人均纯收入分别达到8960元和3420元，年均分别增长10.2%和7.6%。",
            ["城镇居民人均可支配收入", "农民人均纯收入"],
        ),
        (
            "粮食产量和油料产量分别达到52万吨和6万吨，年均分别增长2.1%和3.4%。",
            ["粮食产量", "油料产量"],
        ),
        # (round 25) one name for town and country before the first 分别: carried
        (
            "城乡居民人均收入分别达到3.59万元和1.86万元，年均分别增长10.8%和12.1%。",
            ["城乡居民人均收入", "城乡居民人均收入"],
        ),
        # (round 25) two subjects dealt again after 年平均
        (
            "工业投资和技改投资分别完成420亿元和160亿元，年平均分别增长9.3%和12.6%。",
            ["工业投资", "技改投资"],
        ),
        # counter: a year's mean of readings names a level, kept whole
        ("全市细颗粒物年均浓度下降到32微克/立方米，比上年下降5.1%。", ["细颗粒物年均浓度"]),
    ],
)
def test_a_second_respective_after_a_period_word_deals_the_subjects_again(
    sentence: str, metrics: list[str]
) -> None:
    text = f"各位代表：\n一、“十五”时期工作回顾\n　　五年来，{sentence}\n"
    growths = [m for m in _run(text).mentions if m.role == "growth"]
    assert [g.metric for g in growths] == metrics


RANKED = (
    "{place}政府工作报告\n——2025年1月15日在{place}第十八届人民代表大会第五次会议上\n各位代表：\n"
    "一、2024年工作回顾\n　　过去一年，{thanks}，全市地区生产总值增长5.8%。\n"
    "二、2025年目标任务\n　　地区生产总值增长5.5%左右。\n"
)


@pytest.mark.parametrize(
    ("place", "thanks", "rank"),
    [
        # a city that thanks another named city's party committee is under it
        ("澄川市", "在苏州市委、市政府和澄川市委的坚强领导下", "县级"),
        ("溧河市", "在中共宁州市委、宁州市人民政府的正确领导下", "县级"),
        # counter: a city that names its own committee, or none by name, is prefecture-level
        ("杭湾市", "在省委、省政府和杭湾市委的坚强领导下", "地级"),
        ("南陵市", "在市委、市政府的坚强领导下", "地级"),
        # counter: another city named outside the thanks (its support, no 领导下)
        ("北塘市", "在省委、省政府的坚强领导下，我们与宁州市委共建园区", "地级"),
    ],
)
def test_a_city_that_thanks_another_citys_committee_is_county_level(
    place: str, thanks: str, rank: str
) -> None:
    docs = _run(RANKED.format(place=place, thanks=thanks)).documents
    assert [(d.place, d.level, d.rank) for d in docs] == [(place, "市", rank)]
