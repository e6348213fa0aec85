"""Target passages, the measure of a figure, the indicator lexicon and the targets table."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

import metrics
from benchmarks.accuracy import load_gold, mention_offsets
from metrics.cli import main
from metrics.lexicon.indicators import INDICATORS, indicator_of
from metrics.passages import CUES, MEASURE_CUES, in_passage, measure_of, target_passages
from metrics.pipeline import process_file, process_text
from metrics.records import Measure, Role
from metrics.status import APPROX_TOLERANCE, status
from metrics.targets import Target, government_of
from tests.conftest import SAMPLE, need_shared

DONGHU = [SAMPLE / "05_东湖县政府工作报告_2025.txt", SAMPLE / "06_东湖县政府工作报告_2026.txt"]


# --- cues, as data ----------------------------------------------------------------------


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_cue_finds_its_examples_and_none_of_its_counters(cue) -> None:
    assert len(cue.examples) >= 2 and cue.counter and cue.why
    for example in cue.examples:
        assert target_passages(example, cues=(cue,)), example
    for counter in cue.counter:
        assert not target_passages(counter), counter


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_each_cue_is_needed_by_one_of_its_examples(cue) -> None:
    others = tuple(c for c in CUES if c is not cue)
    needed = [e for e in cue.examples if target_passages(e) != target_passages(e, cues=others)]
    assert needed, f"{cue.name}: every example is found as well without it"


@pytest.mark.parametrize("cue", MEASURE_CUES, ids=lambda c: c.name)
def test_measure_cue_examples_and_counters(cue) -> None:
    assert len(cue.examples) >= 2 and cue.counter and cue.why
    for words in cue.examples:
        assert measure_of(words + "5%", len(words), Role.ACTUAL) is cue.measure, words
    for words in cue.counter:
        assert measure_of(words + "5%", len(words), Role.ACTUAL) is not cue.measure, words


def test_a_rate_or_share_is_a_proportion() -> None:
    words = "全员劳动生产率达到"
    assert measure_of(words + "30万元/人", len(words), Role.TARGET, "万元/人") is Measure.LEVEL
    assert measure_of(words + "8%", len(words), Role.TARGET, "%") is Measure.RATE


def test_passage_runs_to_the_sentence_end_and_stops_at_a_result() -> None:
    text = "今年的目标为：增长6%，新增就业5000人；实际增长5.5%。明年再议，增长7%。"
    spans = target_passages(text)
    assert in_passage(spans, text.index("6%")) and in_passage(spans, text.index("5000人"))
    assert not in_passage(spans, text.index("5.5%")) and not in_passage(spans, text.index("7%"))
    real = "主要预期目标是：地区生产总值增长6%左右，居民收入实际增长6%，粮食产量9万吨以上。"
    assert in_passage(target_passages(real), real.index("9万吨"))  # a real growth is no result


@pytest.mark.parametrize(
    ("text", "target", "result"),
    [
        ("全年目标任务为新增城镇就业3000人，截至11月底已完成3260人。", "3000人", "3260人"),
        ("年度目标为改造农村危房420户，截至目前已经完成398户。", "420户", "398户"),
        ("目标为培训农民工2000人次，目前已完成1860人次。", "2000人次", "1860人次"),
    ],
)
def test_a_result_counted_to_a_date_ends_the_passage(text, target, result) -> None:
    """DONE: the date a result was counted to (截至…底, 截至目前, 目前) may stand before it."""
    spans = target_passages(text)
    assert in_passage(spans, text.index(target)) and not in_passage(spans, text.index(result))


def test_a_date_alone_does_not_end_the_passage() -> None:
    text = "目标任务为：截至年底新增城镇就业3000人，城镇登记失业率控制在4%以内。"
    assert in_passage(target_passages(text), text.index("4%"))


def test_goals_named_in_words_run_on_into_the_next_sentence_only() -> None:
    text = "五年的主要目标是：实力更强、生活更好。到2030年，城镇化率达到62%左右。去年增长5%。"
    spans = target_passages(text)
    assert in_passage(spans, text.index("62%")) and not in_passage(spans, text.index("5%。"))
    pledge = "确保每个孩子都能上学。全年资助学生3160人次。"  # a pledge does not run on
    assert not in_passage(target_passages(pledge), pledge.index("3160"))


# --- the lexicon ------------------------------------------------------------------------


def test_lexicon_holds_at_least_25_indicators_with_one_key_each() -> None:
    keys = [(i.key, i.measure) for i in INDICATORS]
    assert len(set(keys)) == len(keys) >= 25


@pytest.mark.parametrize("ind", INDICATORS, ids=lambda i: i.key)
def test_indicator_takes_its_examples_and_leaves_its_counters(ind) -> None:
    assert len(ind.examples) >= 2
    for phrase in ind.examples:
        assert indicator_of(phrase, ind.measure) is ind, phrase
    for phrase in ind.counter:
        assert indicator_of(phrase, ind.measure) is not ind, phrase


def test_names_of_one_indicator_share_its_key() -> None:
    names = ("地区生产总值", "全省生产总值", "GDP", "经济", "全市生产总值")
    assert {indicator_of(n, Measure.GROWTH).key for n in names} == {"地区生产总值增长"}
    assert indicator_of("地区生产总值", Measure.LEVEL).key == "地区生产总值"


# --- roles, measures and qualifiers on text of three levels -------------------------------

PROVINCE = (
    "2026年某某省政府工作报告\n一、2025年工作回顾\n"
    "去年全省生产总值增长5.3%，城镇调查失业率5.1%，粮食产量1180万吨。\n"
    "二、今年的主要目标\n今年全省经济社会发展的主要预期目标为：全省生产总值增长5%—5.5%；"
    "城镇调查失业率5.5%以内；居民消费价格涨幅2%左右；粮食产量稳定在1200万吨以上。\n"
)
CITY = (
    "全年目标是：地区生产总值增长5.5%到6%，一般公共预算收入增长3%左右，"
    "城镇新增就业3.5万人以上。\n目标任务全面完成，一般公共预算收入增长3.2%。\n"
)
COUNTY = (
    "（一）主要预期目标\n地区生产总值增长6.5%左右，规上工业增加值增长8%，固定资产投资增长6%以上。\n"
    "今年，力争全县社会消费品零售总额增长5%以上，单位地区生产总值能耗降低2%。\n"
)


def _figures(text: str) -> dict[str, pd.Series]:
    rows = metrics.extract_text(text).mentions
    return {r.text: r for r in rows.itertuples()}


@pytest.mark.parametrize(
    ("text", "figure", "role", "measure", "qualifier", "low", "high"),
    [
        (PROVINCE, "5%—5.5%", "target", "growth", "range", 5.0, 5.5),
        (PROVINCE, "5.5%以内", "target", "rate", "at_most", None, 5.5),
        (PROVINCE, "2%左右", "target", "growth", "approx", None, None),
        (PROVINCE, "1200万吨以上", "target", "level", "at_least", 1200.0, None),
        (PROVINCE, "5.3%", "growth", "growth", "exact", 5.3, 5.3),
        (PROVINCE, "5.1%", "actual", "rate", "exact", 5.1, 5.1),
        (PROVINCE, "1180万吨", "actual", "level", "exact", 1180.0, 1180.0),
        (CITY, "5.5%到6%", "target", "growth", "range", 5.5, 6.0),
        (CITY, "3%左右", "target", "growth", "approx", None, None),
        (CITY, "3.5万人以上", "target", "level", "at_least", 3.5, None),
        (CITY, "3.2%", "growth", "growth", "exact", 3.2, 3.2),
        (COUNTY, "6.5%左右", "target", "growth", "approx", None, None),
        (COUNTY, "8%", "target", "growth", "exact", 8.0, 8.0),
        (COUNTY, "6%以上", "target", "growth", "at_least", 6.0, None),
        (COUNTY, "5%以上", "target", "growth", "at_least", 5.0, None),
        (COUNTY, "2%", "target", "growth", "exact", 2.0, 2.0),
    ],
)
def test_role_measure_and_qualifier(text, figure, role, measure, qualifier, low, high) -> None:
    row = _figures(text)[figure]
    assert (row.role, row.measure, row.qualifier) == (role, measure, qualifier)
    assert (_na(row.value_min), _na(row.value_max)) == (low, high)


def _na(v: object) -> object:
    return None if pd.isna(v) else v


def test_a_growth_target_keeps_the_way_it_goes() -> None:
    rows = _figures(COUNTY)
    assert rows["2%"].direction == -1 and rows["8%"].direction == 1


# --- status from intervals ----------------------------------------------------------------

BASE = Target(
    *("t", "东湖县", "县", 2025, "地区生产总值增长", True, "地区生产总值", "growth", "exact"),
    *(6.0, 6.0, 6.0, "%", "%", 1, False, False, "d#0", "f.txt", 0, 2, "d#0@0", "6%"),
)


def _t(qualifier: str, value=None, lo=None, hi=None, lower: bool = False) -> Target:
    return replace(
        BASE, qualifier=qualifier, value=value, value_min=lo, value_max=hi, lower_is_better=lower
    )


TOL = APPROX_TOLERANCE * 6.0


@pytest.mark.parametrize(
    ("target", "outcome", "expected"),
    [
        (_t("exact", 6.0, 6.0, 6.0), (6.0, 6.0), "met"),
        (_t("exact", 6.0, 6.0, 6.0), (6.5, 6.5), "met"),
        (_t("exact", 6.0, 6.0, 6.0), (5.9, 5.9), "not_met"),
        (_t("approx", 6.0), (6.0 - TOL, 6.0 - TOL), "met"),
        (_t("approx", 6.0), (6.0 - TOL - 0.01, 6.0 - TOL - 0.01), "not_met"),
        (_t("approx", 6.0), (7.5, 7.5), "met"),
        (_t("approx", 2.0, lower=True), (0.8, 0.8), "met"),
        (_t("approx", 2.0, lower=True), (2.3, 2.3), "not_met"),
        (_t("at_least", 6.0, 6.0, None), (6.0, 6.0), "met"),
        (_t("at_least", 6.0, 6.0, None), (5.99, 5.99), "not_met"),
        (_t("at_most", 5.5, None, 5.5, lower=True), (5.1, 5.1), "met"),
        (_t("at_most", 5.5, None, 5.5, lower=True), (5.6, 5.6), "not_met"),
        (_t("range", None, 5.5, 6.0), (5.5, 5.5), "met"),
        (_t("range", None, 5.5, 6.0), (6.4, 6.4), "met"),
        (_t("range", None, 5.5, 6.0), (5.4, 5.4), "not_met"),
        (_t("range", None, 5.0, 6.0, lower=True), (6.2, 6.2), "not_met"),
        (_t("approx", 8.0), (0.0, 9.9), "unknown"),  # a masked X.X%
        (_t("approx", 8.0), (10.0, 99.0), "met"),  # a masked XX%: at least 10
        (_t("at_least", 6.0, 6.0, None), (None, None), "unknown"),  # a masked *%
        (_t("exact", None, None, None), (6.0, 6.0), "unknown"),  # a masked target
        (_t("at_least", 4500.0, 4500.0, None), (4862.0, None), "met"),  # 4862人以上
    ],
)
def test_status_from_intervals(target: Target, outcome, expected: str) -> None:
    assert status(target, outcome) == expected


# --- the table ------------------------------------------------------------------------------


def test_government_and_year_from_the_title() -> None:
    docs = [d for path in DONGHU for d in process_file(path).documents]
    assert [government_of(d) for d in docs] == [("东湖县", "县", 2025), ("东湖县", "县", 2026)]
    body = "\n各位代表：\n一、工作回顾\n地区生产总值增长5%。\n"
    (masked,) = process_text("2025年XX县政府工作报告" + body, "x.txt").documents
    (city,) = process_text("2026年北京市政府工作报告" + body, "b.txt").documents
    # a municipality's level is 市 as the labels have it; its rank says 省级
    assert government_of(masked)[0] is None and government_of(city) == ("北京市", "市", 2026)
    assert city.rank == "省级"


@pytest.fixture(scope="module")
def donghu() -> pd.DataFrame:
    return metrics.extract(DONGHU).targets


def test_targets_of_two_years_set_against_the_outcomes(donghu: pd.DataFrame) -> None:
    got = donghu[donghu.year == 2025].set_index("indicator")
    expected = {
        "地区生产总值增长": ("6%左右", "5.6%", "5.8%", "met"),
        "规模以上工业增加值增长": ("7%", "7.4%", "6.2%", "not_met"),
        "固定资产投资增长": ("5%以上", "4.2%", "5.3%", "met"),
        "进出口总额增长": ("8%左右", None, "X.X%", "unknown"),
        "一般公共预算收入增长": ("4%", "3.8%", "3.1%", "not_met"),
        "城镇调查失业率": ("5.5%以内", "5.2%", "5.1%", "met"),
        "城镇新增就业": ("4500人以上", "4316人", "4862人", "met"),
        "居民消费价格涨幅": ("2%左右", None, "0.8%", "met"),
        "粮食产量": ("32万吨以上", "31.8万吨", "32.6万吨", "met"),
        "单位地区生产总值能耗降低": ("2.5%", "2.1%", "2.8%", "met"),
    }
    for key, (text, prior, outcome, state) in expected.items():
        row = got.loc[key]
        assert (row.text, _na(row.prior_text), row.outcome_text, row.status) == (
            text,
            prior,
            outcome,
            state,
        ), key
    assert (got.government == "东湖县").all() and (got.level == "县").all()


def test_targets_of_the_last_year_have_no_outcome_yet(donghu: pd.DataFrame) -> None:
    last = donghu[donghu.year == 2026]
    assert len(last) >= 9 and last.status.isna().all()
    gdp = last.set_index("indicator").loc["地区生产总值增长"]
    assert (gdp.qualifier, gdp.value_min, gdp.value_max) == ("range", 5.5, 6.0)
    assert gdp.prior_value == 5.8


def test_a_five_year_target_is_of_its_end_year(donghu: pd.DataFrame) -> None:
    later = donghu[donghu.year == 2030].set_index("indicator")
    assert later.loc["常住人口城镇化率"].text == "62%左右"
    assert "地区生产总值" in later.index


def test_the_end_year_holds_across_clauses_of_one_sentence_only() -> None:
    text = (
        "2026年南岭市政府工作报告\n“十五五”时期的主要目标是：到2030年，研发投入强度达到3%以上，"
        "地区生产总值突破2000亿元；常住人口城镇化率达到70%左右。今年的目标是：城镇化率提高到66%。\n"
    )
    rows = metrics.extract_text(text).targets.set_index("text")
    assert list(rows.loc[["3%以上", "2000亿元", "70%左右", "66%"], "year"]) == [2030] * 3 + [2026]


def test_a_fall_is_weighed_the_way_its_indicator_is_named() -> None:
    plan = (
        "2025年南岭市政府工作报告\n二、今年工作安排\n今年的主要预期目标是：单位地区生产总值能耗降低3%，"
        "地区生产总值增长5%以上，粮食产量稳定在90万吨以上。\n"
    )
    done = (
        "2026年南岭市政府工作报告\n一、2025年工作回顾\n去年单位地区生产总值能耗上升0.5%，"
        "地区生产总值下降1.2%，粮食产量9.2亿公斤。\n"
    )
    rows = metrics.extract_text(plan + done).targets.set_index("indicator")
    keys = ("单位地区生产总值能耗降低", "地区生产总值增长", "粮食产量")
    energy, gdp, grain = (rows.loc[k] for k in keys)
    assert (energy.outcome_value, energy.status) == (-0.5, "not_met")
    assert (gdp.outcome_value, gdp.status) == (-1.2, "not_met")
    assert (grain.outcome_value, grain.status) == (92.0, "met")  # 9.2亿公斤 in 万吨


def test_the_table_is_written_loaded_and_exported(tmp_path: Path, donghu: pd.DataFrame) -> None:
    out = tmp_path / "out"
    assert main(["extract", *map(str, DONGHU), "--out", str(out), "--quiet"]) == 0
    loaded = metrics.load(out).targets
    pd.testing.assert_frame_equal(loaded, donghu, check_categorical=False)
    assert main(["export", str(out), "--format", "csv"]) == 0
    csv = pd.read_csv(out / "export" / "csv" / "targets.csv", encoding="utf-8-sig")
    assert len(csv) == len(donghu) and "status" in csv.columns


# --- the real reports ------------------------------------------------------------------------


def test_gold_target_passages_reach_the_floor() -> None:
    """Role and qualifier of the labelled figures of five real reports: targets and the
    review's results alike (measured 1.000 and 1.000)."""
    reports = need_shared("govreports")
    gold = load_gold([need_shared("gold") / "govreports_dev.jsonl"])
    found = metrics.extract(sorted(reports.glob("*.txt"))).mentions
    by_span = {(r.source_file, r.char_start): r for r in found.itertuples()}
    hits = {"plan": [0, 0], "summary": [0, 0]}
    for record in gold:
        cursor = 0
        for g in record["mentions"]:
            start, _, cursor = mention_offsets(record, g, cursor)
            if g.get("optional"):
                continue
            row = by_span.get((record["file"], start))
            ok = row is not None and (row.role, row.qualifier) == (g["role"], g["qualifier"])
            hits[record["section"]][0] += ok
            hits[record["section"]][1] += 1
    assert hits["plan"][1] >= 25 and hits["summary"][1] >= 25, hits
    assert hits["plan"][0] / hits["plan"][1] >= 0.97, hits
    assert hits["summary"][0] / hits["summary"][1] >= 0.97, hits


TOWN_2025 = """梅林镇2025年政府工作报告
一、2024年工作回顾
全镇实现农业总产值3.2亿元，增长4.5%；新建高标准农田5000亩。
二、2025年主要目标
2025年主要预期目标是：农业总产值增长5%以上，新建高标准农田4000亩。
"""
TOWN_2026 = """梅林镇2026年政府工作报告
一、2025年工作回顾
全镇实现农业总产值3.4亿元，增长5.6%；新建高标准农田3600亩。
二、2026年主要目标
2026年主要预期目标是：农业总产值增长5%，新建高标准农田3000亩。
"""


def test_a_report_s_own_indicators_find_prior_and_outcome(tmp_path: Path) -> None:
    """Indicators the lexicon does not know (农业总产值, 高标准农田) are kept under their
    metric key, a growth named as one, and find last year's figure and the next report's
    outcome as lexicon indicators do."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TOWN_2025, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(TOWN_2026, encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    targets = metrics.load(tmp_path / "out").targets.set_index(["year", "indicator"])
    growth = targets.loc[(2025, "农业总产值增长")]
    assert (growth["prior_text"], growth["outcome_text"], growth["status"]) == (
        "4.5%",
        "5.6%",
        "met",
    )
    fields = targets.loc[(2025, "高标准农田")]
    assert (fields["prior_text"], fields["outcome_text"], fields["status"]) == (
        "5000亩",
        "3600亩",
        "not_met",
    )
    assert not targets.loc[(2026, "农业总产值增长")]["in_lexicon"]


def test_an_indicator_is_found_by_the_phrase_when_the_short_name_misses() -> None:
    """新增城镇就业 is shortened to 城镇就业 (新增 is a deed verb), which names no indicator;
    the phrase as written does, so the target finds last year's result under its key."""
    text = (
        "2026年南岭市政府工作报告\n一、2025年工作回顾\n全年新增城镇就业1.1万人，转移农村劳动力2.3万人。\n"
        "二、今年工作安排\n今年的主要预期目标是：新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内。\n"
    )
    rows = metrics.extract_text(text).targets.set_index("text")
    job = rows.loc["1.2万人"]
    assert (job.indicator, job.in_lexicon, job.prior_value) == ("城镇新增就业", True, 1.1)


# A group of residents in brackets after the income's name (a review's table row,
# 人均可支配收入（农村常住居民）) is read as the lexicon's name with the group first
# (``targets.indicators.GROUP_AFTER``): the rural target meets the rural outcome, the urban
# target the urban one, never the whole residents' indicator
GROUPS = (
    "{year}年东坪县人民政府工作报告\n——{year}年1月9日在东坪县第九届人民代表大会第{n}次会议上\n"
    "各位代表：\n一、{last}年工作回顾\n{review}\n二、{year}年主要预期目标\n{plan}\n\n"
)


@pytest.mark.parametrize(
    "outcomes",
    [
        "指标\t上年\t本年\t增减（%）\n人均可支配收入（城镇居民）（元）\t41200\t42900\t4.1\n"
        "人均可支配收入（农村居民）（元）\t20100\t21400\t6.5",
        "全县人均可支配收入（城镇常住居民）增长4.1%，人均可支配收入（农村常住居民）增长6.5%。",
    ],
)
def test_a_group_in_brackets_meets_its_own_target(outcomes: str) -> None:
    plan = "城镇居民人均可支配收入增长5%；农村居民人均可支配收入增长7%。"
    text = GROUPS.format(year=2024, n="三", last=2023, review="做好各项工作。", plan=plan)
    text += GROUPS.format(year=2025, n="四", last=2024, review=outcomes, plan="略。")
    t = metrics.extract_text(text).targets.dropna(subset=["outcome_value"])
    assert sorted(zip(t.indicator, t.value, t.outcome_value, strict=True)) == [
        ("农村居民人均可支配收入增长", 7.0, 6.5),
        ("城镇居民人均可支配收入增长", 5.0, 4.1),
    ]


def test_a_pledge_of_purpose_opens_a_plans_passage_but_not_a_reviews() -> None:
    # (passages.PLEDGE_OPENING: in a review the clauses after 确保…应保尽保 report what was done;
    # in a plan the pledge speaks for its sentence, and a time alone opens it in a review too)
    sentence = "确保困难群众应保尽保，全县全年发放城乡低保金2860万元。"
    assert not target_passages(sentence)
    assert target_passages(sentence, planned=True) == [(0, len(sentence) - 1)]
    assert target_passages("力争年底前，全县新建村级养老服务站12个。")
