"""The kind of period a figure covers (annual, 年均, 累计, 年末, several years), read from
text written for these tests in the corpus's style, and kept apart by every derived
table's key: statistics, trends, plan links, targets."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import regex

import metrics
import metrics.context.period_kinds as kinds
from metrics.cli import main
from metrics.pipeline import process_text
from metrics.rules.exclusions import clause_before

from .conftest import OFFICE, PLAN, REVIEW, plan_links
from .test_stats_audit import _targets, _trends


def kinds_of(text: str) -> dict[str, str]:
    """The period kind of each figure of ``text`` in a review, by the figure as written."""
    r = process_text(REVIEW.format(title=OFFICE, year=2024, text=text), "t.txt")
    return {m.text: m.period_kind for m in r.mentions}


# (sentence, figure, kind): each cue's examples of different wording, and counter-examples
# where a cue could misfire.
CASES = [
    # average: 年均 and its wordings
    ("全区地区生产总值增长6.5%；三年来，地区生产总值年均增长6.1%", "6.1%", "average"),
    ("平均每年新建农村公路300公里", "300公里", "average"),
    ("全区地区生产总值增长6.5%；三年来，地区生产总值年均增长6.1%", "6.5%", "annual"),
    ("细颗粒物年均浓度32微克/立方米，下降5%", "32微克/立方米", "annual"),  # the year's mean
    ("臭氧年平均浓度152微克/立方米", "152微克/立方米", "annual"),  # the same, worded apart
    ("城乡居民人均可支配收入3.2万元", "3.2万元", "annual"),  # 人均: per head
    # cumulative: 累计, unless kept inside one year
    ("五年累计完成固定资产投资312亿元", "312亿元", "cumulative"),
    ("城镇新增就业累计2.2万人", "2.2万人", "cumulative"),
    ("全年累计接待游客520万人次", "520万人次", "annual"),
    ("1-10月累计完成投资38亿元", "38亿元", "annual"),
    ("今年以来累计发放创业担保贷款1.2亿元", "1.2亿元", "annual"),
    # as_of: a point in time
    ("截至10月底，全区市场主体达2.1万户", "2.1万户", "as_of"),
    ("年末全区常住人口52.6万人", "52.6万人", "as_of"),
    ("年底前完成老旧小区改造120户", "120户", "annual"),  # a deadline
    ("规模以上工业企业数比2020年末增加64家", "64家", "annual"),  # the base of a change
    # several_years: a stretch of years opened before the figure
    ("五年来，全区新建学校46所，城镇化率提高到61%", "61%", "several_years"),
    ("“十四五”期间，全区建成通村硬化路430公里", "430公里", "several_years"),
    ("2021—2024年，全区新增高新技术企业38家", "38家", "several_years"),
    ("围绕“十四五”规划目标，全年新增城镇就业3200人", "3200人", "annual"),  # a plan's name
    ("五年来，全区新建学校46所，全年新建学校9所", "9所", "annual"),  # turns to the year
    ("全区新建学校4所，三年行动完成过半", "4所", "annual"),  # a programme's length
]


@pytest.mark.parametrize(("text", "figure", "kind"), CASES)
def test_the_kind_of_period_of_a_figure(text: str, figure: str, kind: str) -> None:
    assert kinds_of(text)[figure] == kind


# Each cue, and a case of its own that holds only because of it.
NEEDED = [
    ("AVERAGE", "平均每年新建农村公路300公里", "300公里"),
    ("RUNNING_TOTAL", "城镇新增就业累计2.2万人", "2.2万人"),
    ("WITHIN_YEAR", "全年累计接待游客520万人次", "520万人次"),
    ("WITHIN_YEAR", "五年来，全区新建学校46所，全年新建学校9所", "9所"),
    ("POINT", "年末全区常住人口52.6万人", "52.6万人"),
    ("POINT_AS_BASE", "规模以上工业企业数比2020年末增加64家", "64家"),
    ("SEVERAL_YEARS", "“十四五”期间，全区建成通村硬化路430公里", "430公里"),
]


@pytest.mark.parametrize(("cue", "text", "figure"), NEEDED)
def test_each_cue_is_needed_by_one_of_its_examples(
    cue: str, text: str, figure: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = kinds_of(text)[figure]
    monkeypatch.setattr(kinds, cue, regex.compile(r"(?!)"))  # a cue that never holds
    kinds._several_years_alone.cache_clear()
    assert kinds_of(text)[figure] != kept
    kinds._several_years_alone.cache_clear()


def test_a_figure_under_a_five_year_plan_is_of_several_years() -> None:
    text = (
        "东湖县2026年政府工作报告\n\n一、“十五五”时期主要目标\n"
        "到2030年，全县地区生产总值年均增长5.5%，常住人口城镇化率达到62%左右。\n"
    )
    found = {m.text: m.period_kind for m in process_text(text, "t.txt").mentions}
    assert found == {"5.5%": "average", "62%左右": "several_years"}


def test_a_long_line_reads_only_the_clause_before_each_figure() -> None:
    # a figure 年均 stands far before (another clause) is a year's; the line is read once
    line = "“十四五”时期年均增长6%，" + "；".join(f"第{i}项新增{i}个" for i in range(1, 400))
    assert kinds.period_kind(None, line, len(line)) == "several_years"
    assert kinds.period_kind(None, line[6:], len(line) - 6) == "annual"


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("全市累计\n新增城镇就业12.6万人。", "12.6万人", "cumulative"),
        ("全县居民人均可支配收入年均\n增长6.1%。", "6.1%", "average"),
    ],
)
def test_a_line_break_inside_a_sentence_ends_no_clause(
    sentence: str, figure: str, kind: str
) -> None:
    """A PDF's wrap left inside a sentence: the words before it are the figure's clause
    still (``clause_before(..., line_break_ends=False)``); for the vetoes, which read the
    text the rules scan, a line break ends the clause (the default)."""
    upto = sentence.index(figure)
    assert kinds.period_kind(None, sentence, upto) == kind
    wrapped = sentence[:upto].split("\n")
    assert clause_before(sentence, upto, 60) == wrapped[-1]
    assert clause_before(sentence, upto, 60, line_break_ends=False) == "\n".join(wrapped)
    # the same words after a comma: a clause of their own either way
    cut = sentence.replace("\n", "，")
    assert kinds.period_kind(None, cut, upto) == "annual"


# ---- the derived tables -------------------------------------------------------------


def _files(tmp_path: Path, texts: list[str]) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_annual_and_average_growth_of_one_indicator_are_two_stats_rows(tmp_path: Path) -> None:
    text = "全区地区生产总值增长6.5%；三年来，地区生产总值年均增长6.1%"
    got = metrics.extract(_files(tmp_path, [REVIEW.format(title=OFFICE, year=2024, text=text)]))
    rows = got.stats_metrics[got.stats_metrics.metric_key == "地区生产总值"]
    assert sorted(zip(rows.period_kind, rows.max_value, strict=True)) == [
        ("annual", 6.5),
        ("average", 6.1),
    ]
    groups = got.stats_groups[got.stats_groups.role == "growth"]
    assert sorted(groups.period_kind) == ["annual", "average"]


def test_a_running_total_and_a_stock_never_add_to_a_years_flow(tmp_path: Path) -> None:
    text = "全年新增城镇就业3200人，城镇新增就业累计9800人；年末城镇就业人员5.1万人"
    got = metrics.extract(_files(tmp_path, [REVIEW.format(title=OFFICE, year=2024, text=text)]))
    rows = got.stats_groups[got.stats_groups.base_unit == "人"].set_index("period_kind")
    assert rows.sum_known.to_dict() == {"annual": 3200, "as_of": 51000, "cumulative": 9800}


def test_a_running_total_never_follows_a_years_figure_in_trends() -> None:
    found = _trends((2023, "全年新增城镇就业3200人"), (2024, "城镇新增就业累计9800人"))
    assert found == []


def test_a_stock_follows_a_stock_and_never_a_years_flow() -> None:
    stock = _trends((2023, "年末全区常住人口52.1万人"), (2024, "年末全区常住人口52.6万人"))
    assert [(t.previous_value, t.value, t.period_kind) for t in stock] == [
        (52.1, 52.6, "as_of")
    ]
    assert _trends((2023, "全区常住人口52.1万人"), (2024, "年末全区常住人口52.6万人")) == []


def test_an_average_growth_never_follows_a_years_growth_on_disk(tmp_path: Path) -> None:
    paths = _files(
        tmp_path,
        [
            REVIEW.format(title=OFFICE, year=2023, text="全区地区生产总值增长6.5%"),
            REVIEW.format(
                title=OFFICE, year=2024, text="三年来，地区生产总值年均增长6.1%，全年增长5.8%"
            ),
        ],
    )
    assert main(["extract", *map(str, paths), "--out", str(tmp_path / "out")]) == 0
    found = metrics.load(tmp_path / "out").trends
    assert list(zip(found.previous_value, found.value, strict=True)) == [(6.5, 5.8)]
    assert found.period_kind.tolist() == ["annual"]


def test_an_average_target_is_never_judged_against_one_years_growth() -> None:
    assert plan_links("力争“十四五”期间地区生产总值年均增长6%", "全区地区生产总值增长6.3%") == []
    (link,) = plan_links(
        "力争地区生产总值年均增长6%，全年地区生产总值增长6.5%", "全区地区生产总值增长6.3%"
    )
    assert (link.target_value, link.actual_value, link.status) == (6.5, 6.3, "not_met")


def test_an_average_target_links_nothing_on_disk_either(tmp_path: Path) -> None:
    paths = _files(
        tmp_path,
        [
            PLAN.format(title=OFFICE, year=2023, next=2024, text="力争地区生产总值年均增长6%"),
            REVIEW.format(title=OFFICE, year=2024, text="全区地区生产总值增长6.3%"),
        ],
    )
    assert main(["extract", *map(str, paths), "--out", str(tmp_path / "out")]) == 0
    assert metrics.load(tmp_path / "out").plan_vs_outcome.empty


def test_an_average_target_is_a_row_of_its_own_and_meets_no_years_outcome() -> None:
    got = _targets(
        (2025, "全县地区生产总值增长5.6%。", "全县地区生产总值年均增长5%以上，增长6%左右。"),
        (2026, "全县地区生产总值增长5.8%。", "全县地区生产总值增长5.5%左右。"),
    )
    first = got[got.year == 2025].set_index("period_kind")
    assert sorted(first.index) == ["annual", "average"]
    assert (first.loc["annual", "text"], first.loc["annual", "status"]) == ("6%左右", "met")
    assert first.loc["annual", "prior_text"] == "5.6%"
    average = first.loc["average"]
    assert average.text == "5%以上"
    assert pd.isna(average.status) and pd.isna(average.prior_text)


def test_the_characters_asked_first_are_in_every_match() -> None:
    """period_kind asks a pattern only where a character every match holds is there: each
    match of its patterns, on text made of the patterns' own characters, holds it."""
    import random

    from metrics.context import period_kinds as pk

    rng = random.Random(7)
    held = [
        (pk.AVERAGE, set("均")),
        (pk.RUNNING_TOTAL, {"累计"}),
        (pk.POINT, set(pk.POINT_CHARS)),
        (pk.YEARS_SPAN, {"-"}),
    ]
    for pattern, needs in held:
        alphabet = [c for c in pattern.pattern if c not in "()?:|[]!\\{}*+^$"] + list("年月0129-”")
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
            for m in pattern.finditer(text):
                assert any(n in m.group() for n in needs), (pattern.pattern, m.group())
