"""The lexicon proves itself: every numeral, multiplier, unit and word runs its example.

Numerals are read by the recogniser (``resolve.parse_numeral``); multipliers and units
go through the figure rules and resolution, so an entry the rules cannot reach fails here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import metrics
from metrics.errors import RuleError
from metrics.lexicon.numerals import FOLD, NUMERALS, place_value
from metrics.lexicon.numerals import NumeralKind as K
from metrics.lexicon.units import MULTIPLIERS, UNITS, Unit
from metrics.lexicon.verbs import DEED_VERBS
from metrics.lexicon.words import (
    BEAT_WORDS,
    COMPARISON,
    COMPLETION_VERBS,
    MARK_NOUNS,
    MARK_VERBS,
    PERIOD_OPENERS,
    PERIOD_WORDS,
    TARGET_WORDS,
)
from metrics.normalize import normalize
from metrics.resolve import parse_numeral, resolve
from metrics.rules import find_candidates


@pytest.mark.parametrize("numeral", NUMERALS, ids=lambda n: n.char)
def test_each_numeral_reads_its_example(numeral) -> None:
    assert parse_numeral(numeral.example) == numeral.example_value


@pytest.mark.parametrize("numeral", NUMERALS, ids=lambda n: n.char)
def test_each_numeral_folds_to_a_form_worth_the_same(numeral) -> None:
    """壹 reads as 一, 廿 as 二十: the ordinary form is worth what the character is."""
    if numeral.value and numeral.kind in (K.DIGIT, K.PLACE, K.TENS, K.MYRIAD):
        one = "一" if numeral.kind in (K.PLACE, K.MYRIAD) else ""  # 一百: a place needs a digit
        assert parse_numeral(one + numeral.plain) == numeral.value
    assert numeral.char.translate(FOLD) == numeral.plain


def test_place_words_multiply() -> None:
    assert place_value("百万万") == Decimal(10) ** 10
    assert place_value("仟") == 1000
    with pytest.raises(RuleError):
        place_value("十二")


def _resolve_one(text: str):
    norm = normalize(text)
    found = list(find_candidates(norm.text))
    assert len(found) == 1, [norm.text[c.start : c.end] for c in found]
    return resolve(found[0], norm.text[: found[0].start])


# Units that are units only in a context of their own: a medal tally, an age that is a
# statistic (an age after 共计 is a count of people's ages, not a figure).
CONTEXT_EXAMPLES = {
    "P": "算力规模共计36P。",  # a bare P is computing power only after 算力
    "金": "获3金2银",
    "银": "获3金2银",
    "铜": "获3金2银1铜",
    "岁": "平均年龄36岁。",
    "度": "发电量36万度。",  # (a kilowatt-hour only after 万 or 亿: a bare 度 is an angle)
}
# the multiplier each context example states before its unit
CONTEXT_SCALE = {"度": 10_000}


def unit_example(unit: Unit) -> str:
    """A clause that states 36 of the unit (the clause ends, as ages and scores need)."""
    return CONTEXT_EXAMPLES.get(unit.surface, f"共计36{unit.surface}。")


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.surface)
def test_each_unit_resolves_to_its_family_and_base(unit: Unit) -> None:
    text = unit_example(unit)
    norm = normalize(text)
    found = [c for c in find_candidates(norm.text) if c.get("unit") == unit.surface]
    assert found, f"{text!r} gives no figure in {unit.surface}"
    r = resolve(found[-1], norm.text[: found[-1].start])
    assert (r.unit_family, r.base_unit) == (unit.family, unit.base)
    scale = CONTEXT_SCALE.get(unit.surface, 1)
    assert r.base_value == pytest.approx(float(Decimal(str(r.value)) * unit.factor) * scale)


@pytest.mark.parametrize("mult", MULTIPLIERS, ids=lambda m: m.surface)
def test_each_multiplier_scales_its_unit(mult) -> None:
    for number, text in (("3.5", f"投资3.5{mult.surface}元"), ("12", f"服务12{mult.surface}人次")):
        assert Decimal(str(_resolve_one(text).base_value)) == Decimal(number) * mult.factor


# Word classes: each word's example of our own writing runs through the whole pipeline.
HEADING = "一、2025年工作完成情况\n"


def _first_figures(words) -> dict[str, object]:
    """The first figure of each word's example (one report, one example a line)."""
    text, starts = HEADING, []
    for word in words:
        starts.append(len(text))
        text += word.example + "\n"
    rows = list(metrics.extract_text(text, name="words.txt").mentions.itertuples())
    first = {}
    for word, start in zip(words, starts, strict=True):
        end = start + len(word.example)
        found = [r for r in rows if start <= r.char_start < end]
        assert found, f"no figure in {word.example!r}"
        first[word.surface] = found[0]
    return first


@pytest.mark.parametrize("words", [DEED_VERBS, COMPLETION_VERBS], ids=["deed", "completion"])
def test_each_verb_is_no_part_of_the_metric_it_counts(words) -> None:
    """排查安全隐患3260处 counts 安全隐患: the verb names no thing."""
    first = _first_figures(words)
    wrong = {
        w.surface: first[w.surface].metric
        for w in words
        if not isinstance(first[w.surface].metric, str)
        or first[w.surface].metric.startswith(w.surface)
    }
    assert not wrong


def test_each_target_word_makes_a_goal_in_a_summary() -> None:
    first = _first_figures(TARGET_WORDS)
    assert {w.surface: first[w.surface].role for w in TARGET_WORDS} == {
        w.surface: "target" for w in TARGET_WORDS
    }


def test_each_comparison_word_gives_its_qualifier() -> None:
    first = _first_figures(COMPARISON)
    assert {w.surface: first[w.surface].qualifier for w in COMPARISON} == {
        w.surface: str(w.word_class) for w in COMPARISON
    }


def test_each_beat_word_makes_an_exact_difference() -> None:
    """超额完成任务0.5万亩: the figure is by how much the target was beaten, not a bound."""
    first = _first_figures(BEAT_WORDS)
    assert {w.surface: (first[w.surface].qualifier, first[w.surface].role) for w in BEAT_WORDS} == {
        w.surface: ("exact", "growth") for w in BEAT_WORDS
    }


def test_each_period_word_dates_the_figure_after_it() -> None:
    words = PERIOD_OPENERS + PERIOD_WORDS
    first = _first_figures(words)
    periods = {w.surface: first[w.surface].period for w in words}
    assert all(isinstance(p, str) and p.startswith(s) for s, p in periods.items()), periods


def test_word_classes_hold_each_word_once() -> None:
    words = DEED_VERBS + COMPLETION_VERBS + TARGET_WORDS + COMPARISON + BEAT_WORDS
    keys = [(w.surface, w.word_class) for w in words + PERIOD_OPENERS + PERIOD_WORDS]
    assert len(keys) == len(set(keys))
    assert all(w.places for w in COMPARISON)


def test_a_total_that_crossed_a_mark_is_named_before_the_verb() -> None:
    """地区生产总值迈上300亿元台阶: the total is the metric, the figure at least the mark."""
    first = _first_figures(MARK_VERBS)
    got = {w.surface: (first[w.surface].metric, first[w.surface].qualifier) for w in MARK_VERBS}
    for word in MARK_VERBS:
        metric, qualifier = got[word.surface]
        assert qualifier == "at_least" and metric in word.example, got
        assert word.surface not in metric and not metric.endswith(("台阶", "大关")), got


def test_a_mark_after_a_figure_is_no_noun_it_counts() -> None:
    text = HEADING + "".join(w.example + "\n" for w in MARK_NOUNS)
    rows = metrics.extract_text(text, name="marks.txt").mentions
    amounts, counts = rows[rows.unit != "个"], rows[rows.unit == "个"]
    assert set(amounts.metric) == {"地区生产总值", "税收收入"}
    # a count of the marks counts them: 两个台阶
    assert all(m.endswith(("台阶", "大关")) for m in counts.metric)
    # …but a noun that only begins with the word is counted: 台阶式花坛
    rows = metrics.extract_text(HEADING + "全区新增3个台阶式花坛。\n", name="x.txt").mentions
    assert list(rows.metric) == ["台阶式花坛"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # what people attained (喝上, 吃上, 住上, 用上) ends the name of those counted
        ("全年让1.2万名山区群众吃上自来水。", "山区群众"),
        ("全县3.5万农村居民喝上安全水。", "农村居民"),
        ("5600户困难家庭用上天然气。", "困难家庭"),
        # ...but 用上 inside 利用上级, 使用上级 is none
        ("全年利用上级资金3200万元。", "上级资金"),
        ("全年争取并使用上级资金3200万元。", "上级资金"),
        # a register's deed (登记在册) is no part of what it counts
        ("全区登记在册退役军人1.2万人。", "退役军人"),
        ("全年查补税款及滞纳金860万元。", "税款及滞纳金"),
        # verbs of enforcement, sanitation, stocks and water works; not their measures
        ("全年查办案件312件。", "案件"),
        ("城管局全年拆除违法建筑4.3万平方米，清运建筑垃圾1.2万吨。", "建筑垃圾"),
        ("县粮食局全年轮换地方储备粮3.4万吨。", "地方储备粮"),
        ("县水利局新修小型水库9座。", "小型水库"),
        ("全年生活垃圾清运量3.2万吨。", "生活垃圾清运量"),
        ("案件查办率达到95%。", "案件查办率"),
        ("新修订的规章12件。", "新修订的规章"),
        # verbs of customs, tax and records work; not the office, the overseen or a measure
        ("口岸全年监管出入境交通工具8.6万辆次。", "出入境交通工具"),
        ("县征收办全年征收集体土地1200亩。", "集体土地"),
        ("全年数字化加工民国档案8万页。", "民国档案"),
        ("全市监管对象1200人。", "监管对象"),
        ("全年水资源税征收率达到98%。", "水资源税征收率"),
        # people named by their taking part, right before the figure: 参与 stays
        ("团县委组织服务活动260场次，参与青年志愿者1.4万人次。", "参与青年志愿者"),
        ("全年为残疾人换发智能残疾人证3200本。", "智能残疾人证"),
    ],
)
def test_deeds_of_register_and_attainment_name_no_thing(sentence: str, metric: str) -> None:
    rows = metrics.extract_text(HEADING + sentence + "\n", name="x.txt").mentions
    assert list(rows.metric)[-1] == metric  # (the sentence's last figure)


@pytest.mark.parametrize(
    ("sentence", "role", "metric"),
    [
        # topics taken on under a standing plan of research are results, no goal
        ("2003年，市社科联立项社科规划课题52项。", "actual", "社科规划课题"),
        ("全年立项省级教育科学规划课题18项。", "actual", "省级教育科学规划课题"),
        # ...while 规划 before a deed or a bare 项目 still sets one
        ("园区规划建设标准厂房12万平方米。", "target", "园区规划建设标准厂房"),
        ("全年立项项目42个。", "actual", "立项项目"),
    ],
)
def test_a_plan_of_research_names_topics_not_goals(sentence: str, role: str, metric: str) -> None:
    rows = metrics.extract_text(HEADING + sentence + "\n", name="x.txt").mentions
    assert (list(rows.role), list(rows.metric)) == ([role], [metric])
