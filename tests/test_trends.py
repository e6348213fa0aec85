"""Trends: one government unit's figures of a metric in consecutive years (reports written
for these tests, in the corpus's style)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import metrics
import metrics.dataset as dataset
import metrics.tables as tables
from metrics.cli import main
from metrics.pairs import government_identity
from metrics.pipeline import process_text
from metrics.trends import Trend, trends

from .conftest import SAMPLE

REVIEW = "{title}{year}年工作总结\n\n一、{year}年主要工作\n（一）{text}。\n"
PLAN = (
    "{title}{year}年工作总结及{next}年工作计划\n\n一、{year}年工作总结\n（一）做好各项工作。\n"
    "二、{next}年工作计划\n（一）{text}。\n"
)


def reports(*given: tuple[str, int, str] | tuple[str, int, str, str]) -> list[Trend]:
    """Trends of one report per (title, year, text[, form]), each its own file; a review of
    ``year`` unless the form is ``PLAN`` (a plan for the year after it)."""
    mentions, documents = [], []
    for i, (title, year, text, *form) in enumerate(given):
        doc = (form[0] if form else REVIEW).format(title=title, year=year, next=year + 1, text=text)
        r = process_text(doc, f"{i}.txt")
        mentions += r.mentions
        documents += r.documents
    return trends(mentions, {d.doc_id: government_identity(d) for d in documents})


def one(found: list[Trend], key: str) -> Trend:
    (row,) = [t for t in found if t.metric_key == key]
    return row


def test_a_level_changes_by_its_unit_and_a_rate() -> None:
    found = reports(
        ("东湖区发改局", 2022, "全年完成固定资产投资48亿元"),
        ("东湖区发改局", 2023, "全年完成固定资产投资52.8亿元"),
    )
    row = one(found, "固定资产投资")
    assert (row.previous_year, row.year, row.previous_value, row.value) == (2022, 2023, 48, 52.8)
    assert row.change == pytest.approx(4.8) and row.change_unit == "亿元"
    assert row.change_rate == pytest.approx(10) and row.reason is None
    unit = (row.level, row.place, row.department, row.additive)
    assert unit == ("区", "东湖区", "发展和改革局", True)


def test_a_growth_rate_changes_by_points_not_by_a_rate() -> None:
    found = reports(
        ("东湖区发改局", 2023, "地区生产总值增长8%"),
        ("东湖区发改局", 2024, "地区生产总值增长6%"),
    )
    row = one(found, "地区生产总值")
    assert (row.measure, row.previous_value, row.value) == ("growth", 8, 6)
    assert (row.change, row.change_unit, row.change_rate) == (-2, "个百分点", None)
    assert row.additive is False


def test_a_fall_is_a_negative_growth() -> None:
    found = reports(
        ("东湖区发改局", 2023, "地区生产总值增长3.5%"),
        ("东湖区发改局", 2024, "地区生产总值下降1.5%"),
    )
    row = one(found, "地区生产总值")
    assert (row.value, row.change, row.change_rate) == (-1.5, -5, None)


def test_units_are_converted_into_this_years() -> None:
    found = reports(
        ("东湖区发改局", 2023, "全年完成固定资产投资52.8亿元"),
        ("东湖区发改局", 2024, "全年完成固定资产投资580000万元"),
    )
    row = one(found, "固定资产投资")
    assert (row.unit, row.previous_value, row.change) == ("万元", 528000, 52000)


def test_two_districts_never_form_a_trend() -> None:
    assert (
        reports(
            ("东湖区发改局", 2022, "全年完成固定资产投资48亿元"),
            ("西山区发改局", 2023, "全年完成固定资产投资52.8亿元"),
        )
        == []
    )


def test_a_district_and_its_city_never_form_a_trend() -> None:
    assert (
        reports(
            ("区教育局", 2022, "全年新增学位1200个"),
            ("市教育局", 2023, "全年新增学位1500个"),
        )
        == []
    )


def test_synonym_departments_are_one_unit() -> None:
    found = reports(
        ("东湖区教体局", 2022, "全年新增学位1200个"),
        ("东湖区教育体育局", 2023, "全年新增学位1500个"),
    )
    row = one(found, "学位")
    assert (row.department, row.change, row.change_rate) == ("教育局", 300, 25)


def test_years_that_are_not_consecutive_give_no_row() -> None:
    assert (
        reports(
            ("东湖区发改局", 2023, "全年完成固定资产投资48亿元"),
            ("东湖区发改局", 2025, "全年完成固定资产投资52.8亿元"),
        )
        == []
    )


def test_a_masked_side_gives_a_row_without_change() -> None:
    found = reports(
        ("东湖区发改局", 2022, "全年完成固定资产投资48亿元"),
        ("东湖区发改局", 2023, "全年完成固定资产投资XX亿元"),
        ("东湖区发改局", 2024, "全年完成固定资产投资52.8亿元"),
    )
    first, second = [t for t in found if t.metric_key == "固定资产投资"]
    assert (first.value, first.change, first.reason) == (None, None, "masked")
    assert (second.previous_value, second.change, second.reason) == (None, None, "previous_masked")
    assert first.change_rate is None and second.change_unit is None


def test_a_level_never_follows_a_growth() -> None:
    assert (
        reports(
            ("东湖区发改局", 2022, "固定资产投资增长10%"),
            ("东湖区发改局", 2023, "全年完成固定资产投资52.8亿元"),
        )
        == []
    )


def test_targets_follow_targets_and_never_actuals() -> None:
    plans = reports(
        ("东湖区发改局", 2023, "力争全年固定资产投资55亿元", PLAN),
        ("东湖区发改局", 2024, "力争全年固定资产投资60亿元", PLAN),
    )
    row = one(plans, "固定资产投资")
    assert (row.role, row.previous_year, row.year, row.change) == ("target", 2024, 2025, 5)
    mixed = reports(
        ("东湖区发改局", 2023, "力争全年固定资产投资55亿元", PLAN),  # a target for 2024
        ("东湖区发改局", 2025, "全年完成固定资产投资52.8亿元"),  # and 2025's actual
    )
    assert mixed == []


def test_part_of_a_year_never_follows_a_whole_year() -> None:
    assert (
        reports(
            ("东湖区发改局", 2022, "全年完成固定资产投资48亿元"),
            ("东湖区发改局", 2023, "1-10月完成固定资产投资40.2亿元"),
        )
        == []
    )
    found = reports(
        ("东湖区发改局", 2022, "1-10月完成固定资产投资38亿元"),
        ("东湖区发改局", 2023, "1-10月完成固定资产投资40.2亿元"),
    )
    assert one(found, "固定资产投资").change == pytest.approx(2.2)


def test_figures_of_several_years_take_no_part() -> None:
    assert (
        reports(
            ("东湖区发改局", 2022, "全年完成固定资产投资48亿元"),
            ("东湖区发改局", 2023, "五年来累计完成固定资产投资252.8亿元"),
        )
        == []
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("民生支出24.8亿元，比2020年增长27.6%", "民生支出25.6亿元，比2020年增长31.8%"),
        ("农村居民人均可支配收入较2020年增长32%", "农村居民人均可支配收入较2020年增长38.2%"),
        ("森林覆盖率比“十三五”末提高1.2个百分点", "森林覆盖率比“十三五”末提高1.6个百分点"),
    ],
)
def test_a_change_since_a_named_year_takes_no_part(before: str, after: str) -> None:
    # a change over several years (change_base since_year): 2020–2024, then 2020–2025;
    # the levels beside it still make their trend
    found = reports(("石桥县财政局", 2024, before), ("石桥县财政局", 2025, after))
    assert all(t.change_base != "since_year" for t in found)
    assert all(t.measure != "growth" for t in found)


@pytest.mark.parametrize(
    ("done", "restated"),
    [
        ("设立公益性岗位12个", "在2023年设立12个公益性岗位的基础上，再新增公益性岗位15个"),
        ("已开发公益性岗位12个", "在2023年已开发公益性岗位12个的基础上继续扩面"),
    ],
)
def test_a_result_restated_in_a_plan_is_not_the_plan_years(done: str, restated: str) -> None:
    # the review of 2023 states 12; the plan for 2024 restates 2023's 12 as its base
    report = (
        "东湖区残联2023年工作总结及2024年工作计划\n\n一、2023年工作总结\n"
        f"（一）{done}。\n二、2024年工作计划\n（一）{restated}。\n"
    )
    r = process_text(report, "a.txt")
    assert trends(r.mentions, {d.doc_id: government_identity(d) for d in r.documents}) == []


def test_trends_written_group_by_group_equal_the_in_memory_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the sample and three years of one district under two names of its department, in
    # partitions of many files of small row groups
    folder = tmp_path / "in"
    folder.mkdir()
    for src in sorted(SAMPLE.glob("*.txt")):
        (folder / src.name).write_bytes(src.read_bytes())
    given = [
        ("东湖区教体局", 2022, "全年新增学位1200个，教育经费投入增长8%"),
        ("东湖区教育局", 2023, "全年新增学位XX个，教育经费投入增长6%"),
        ("东湖区教育体育局", 2024, "全年新增学位1500个，教育经费投入下降1%"),
    ]
    for title, year, text in given:
        report = REVIEW.format(title=title, year=year, text=text)
        (folder / f"z{year}.txt").write_text(report, "utf-8")
    monkeypatch.setattr(dataset, "ROW_GROUP", 5)
    monkeypatch.setattr(tables, "ROLL_GROUPS", 2)
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    written = metrics.load(tmp_path / "out").trends
    memory = metrics.extract(folder).trends
    assert len(written) >= 6 and set(written["reason"].dropna()) >= {"masked", "previous_masked"}
    pd.testing.assert_frame_equal(written, memory)


def test_trends_of_a_run_without_kinds_or_bases_read_them_from_the_words(
    tmp_path: Path,
) -> None:
    # the kind of period and the base of a growth left empty, as a run older than those
    # columns left them: trends then read both from the words before each figure (the
    # sentence, which a run that has them is never read for) and find the same rows
    import pyarrow as pa
    import pyarrow.parquet as pq

    from metrics.derived import write_trends

    folder = tmp_path / "in"
    folder.mkdir()
    given = [
        ("东湖区教体局", 2022, "全年新增学位1200个，教育经费投入同比增长8%，年末在校生3万人"),
        ("东湖区教育局", 2023, "全年新增学位1300个，教育经费投入同比增长6%，年末在校生3.2万人"),
    ]
    for title, year, text in given:
        (folder / f"z{year}.txt").write_text(REVIEW.format(title=title, year=year, text=text))
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    run = (tmp_path / "out" / "current").resolve()
    for path in (run / "mentions").rglob("*.parquet"):
        table = pq.read_table(path)
        for name in ("period_kind", "change_base"):
            at = table.schema.get_field_index(name)
            table = table.set_column(at, name, pa.nulls(table.num_rows, pa.string()))
        pq.write_table(table, path)
    write_trends(run / "mentions", tmp_path / "again.parquet", run / "documents.parquet")
    again = pq.read_table(tmp_path / "again.parquet").to_pylist()
    written = pq.read_table(run / "trends.parquet").to_pylist()
    assert len(written) == 3 and {r["change_base"] for r in written} == {"previous_year", None}
    assert {r["period_kind"] for r in written} == {"annual", "as_of"}
    assert again == written


# A population named in brackets after the statistic (人均可支配收入（城镇居民）3.52万元, …（农村
# 居民）2.18万元: a town's review) is part of what is counted, yet the metric is named without
# it, so the two series are one key and each year keeps its first figure only: the rural
# series is lost and the urban one stands for both. The meaning layer's (a bracket that
# names whose figure it is, not an aside), not the trends': a key that cannot tell the two
# apart cannot keep them apart.
def test_a_population_in_brackets_keeps_two_series() -> None:
    # a group of residents in brackets after the name is whose income it is
    # (``context.metric_trim.GROUP_IN_BRACKETS``): the urban and the rural series stay two
    urban, rural = "人均可支配收入（城镇居民）", "人均可支配收入（农村居民）"
    found = reports(
        ("东湖区统计局", 2023, f"{urban}3.52万元，{rural}2.18万元"),
        ("东湖区统计局", 2024, f"{urban}3.69万元，{rural}2.32万元"),
    )
    rows = sorted((t.previous_value, t.value) for t in found if t.measure != "growth")
    assert rows == [(2.18, 2.32), (3.52, 3.69)]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("城镇居民人均可支配收入3.4万元", "人均可支配收入（城镇居民）3.58万元"),
        ("农村常住居民人均可支配收入1.96万元", "人均可支配收入（农村常住居民）2.11万元"),
        ("全体居民人均可支配收入2.9万元", "人均可支配收入（全体居民）3.05万元"),
    ],
)
def test_a_group_in_brackets_continues_the_series_named_with_it_first(
    before: str, after: str
) -> None:
    # a review writes the group first one year and in brackets the next: one series
    found = reports(("西塘区统计局", 2023, before), ("西塘区统计局", 2024, after))
    assert [(t.previous_year, t.year) for t in found if t.measure != "growth"] == [(2023, 2024)]


def test_a_remark_in_brackets_is_still_trimmed() -> None:
    # (counter) a remark that names no group of residents is no part of the name
    r = process_text(
        REVIEW.format(title="西塘区教育局", year=2024, text="招聘教师（含高职）86名"), "r.txt"
    )
    (m,) = [m for m in r.mentions if m.text == "86名"]
    assert "（" not in (m.metric or "")
