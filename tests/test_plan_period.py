"""Targets of a plan of several years (``mentions.plan_period``; docs/schema.md, *A plan of
several years*): a target whose clause names no year aims at the span, is judged in the
review of the span's last year by its kind of period (an end level against that year's
level, a 累计 target against a running total, a 年均 one against an average), in a pass of
its own beside the year's plan, and never follows or precedes a year's figure in
``trends``. Sentences written for these tests in the style of the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import metrics
from metrics.pipeline import process_text

from .conftest import disk_as_memory

OFFICE = "南岭市住房和城乡建设局"

# (the plan's title, its text, the last year's review, [(target, outcome)…] linked)
SPANS = [
    pytest.param(
        "城镇老旧小区改造三年行动方案（2022—2024年）",
        "到2024年底，全市累计改造城镇老旧小区360个；城市燃气管网老化更新改造率达到100%。"
        "三年间年均新增城市公园绿地面积15万平方米。",
        "改造城镇老旧小区131个；城市燃气管网老化更新改造率已达100%。三年来，全市累计改造"
        "城镇老旧小区374个；年均新增城市公园绿地面积15.6万平方米。",
        [("360个", "374个"), ("100%", "100%"), ("15万平方米", "15.6万平方米")],
        id="three_years",
    ),
    pytest.param(
        "“十四五”城市建设发展规划（2021—2025年）",
        "到2025年，城市建成区绿化覆盖率达到42%；“十四五”期间累计新建城市道路120公里。",
        "城市建成区绿化覆盖率41.6%；新建城市道路28公里，“十四五”期间累计新建城市道路131公里。",
        [("42%", "41.6%"), ("120公里", "131公里")],
        id="five_years",
    ),
]


def _file(title: str, plan: str, review: str, last: int) -> str:
    return (
        f"{OFFICE}{title}\n\n{plan}\n\n"
        f"{OFFICE}{last}年工作总结\n\n一、{last}年主要工作\n（一）{review}\n"
    )


def _last(title: str) -> int:
    return int(title.rsplit("—", 1)[1][:4])


def _links(text: str) -> list[tuple[str, str]]:
    tables = metrics.extract_text(text)
    texts = tables.mentions.set_index("mention_id")["text"]
    links = tables.plan_vs_outcome
    return sorted(zip(texts[links.target_mention_id], texts[links.actual_mention_id], strict=True))


@pytest.mark.parametrize(("title", "plan", "review", "linked"), SPANS)
def test_a_spans_target_meets_its_last_years_review_by_kind(
    title: str, plan: str, review: str, linked: list[tuple[str, str]]
) -> None:
    assert _links(_file(title, plan, review, _last(title))) == sorted(linked)


@pytest.mark.parametrize(("title", "plan", "review", "linked"), SPANS)
def test_a_spans_target_carries_the_span_and_its_last_year(
    title: str, plan: str, review: str, linked: list[tuple[str, str]]
) -> None:
    r = process_text(_file(title, plan, review, _last(title)), "plan.txt")
    planned = [m for m in r.mentions if m.role == "target"]
    first = title.rsplit("（", 1)[1][:4]
    assert planned and {(m.year, m.plan_period) for m in planned} == {
        (_last(title), f"{first}-{_last(title)}")
    }


def test_a_spans_target_is_never_an_earlier_years_or_a_years_flow() -> None:
    # the span's running total never meets one year's flow, nor a running total stated in
    # the review of a year before the span's last
    text = (
        f"{OFFICE}城镇老旧小区改造三年行动方案（2022—2024年）\n\n"
        "到2024年底，全市累计改造城镇老旧小区360个。\n\n"
        f"{OFFICE}2023年工作总结\n\n一、2023年主要工作\n（一）两年来累计改造城镇老旧小区250个。\n\n"
        f"{OFFICE}2024年工作总结\n\n一、2024年主要工作\n（一）改造城镇老旧小区131个。\n"
    )
    assert _links(text) == []


def test_a_target_its_clause_gives_a_year_is_that_years() -> None:
    # 2023年，… in a plan of 2022—2024: a year's target, no aim of the span's
    text = (
        f"{OFFICE}城镇老旧小区改造三年行动方案（2022—2024年）\n\n2023年，改造城镇老旧小区120个。\n"
    )
    m = next(m for m in process_text(text, "plan.txt").mentions if m.text == "120个")
    assert (m.year, m.plan_period) == (2023, None)


def test_a_span_and_a_years_plan_both_meet_the_years_review() -> None:
    # neither takes the outcome from the other: a pass of their own
    text = (
        f"{OFFICE}燃气管网更新改造三年行动方案（2022—2024年）\n\n"
        "城市燃气管网老化更新改造率达到100%。\n\n"
        f"{OFFICE}2024年工作要点\n\n全市城市燃气管网老化更新改造率提高到100%。\n\n"
        f"{OFFICE}2024年工作总结\n\n一、2024年主要工作\n（一）城市燃气管网老化更新改造率已达100%。\n"
    )
    tables = metrics.extract_text(text)
    links = tables.plan_vs_outcome
    assert len(links) == 2 and len(set(links.actual_mention_id)) == 1
    assert sorted(links.plan_period.dropna()) == ["2022-2024"]


def test_a_spans_target_makes_no_trend() -> None:
    text = (
        f"{OFFICE}城镇老旧小区改造三年行动方案（2022—2024年）\n\n全市改造城镇老旧小区400个。\n\n"
        f"{OFFICE}2025年工作要点\n\n全市改造城镇老旧小区90个。\n"
    )
    assert metrics.extract_text(text).trends.empty


def test_span_links_on_disk_as_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    title, plan, review, _ = SPANS[0].values
    text = _file(title, plan, review, 2024)
    (folder / "plan.txt").write_text(text, encoding="utf-8")
    memory, _ = disk_as_memory(folder, tmp_path / "out")
    assert len(memory.plan_vs_outcome) == 3
