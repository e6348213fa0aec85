"""A target for a later year than its plan's (``mentions.aim_year``,
``pairs.comparable.aim_year``): its own clause names the year (2026年新建…), or its
sentence names a deadline before it (到2027年…, 2027年底前…, 至2028年). It is no target
of the plan's year: plan links (in memory and on disk) and trends leave it out, and the
statistics count it under the year it aims at. Sentences
written for these tests in the style of the corpus; the plan is for 2024 (``PLAN``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import metrics
from metrics.pairs import comparable
from metrics.pipeline import process_text
from metrics.trends import trends

from .conftest import OFFICE, PLAN, REVIEW, disk_as_memory, plan_links

# (plan sentence, the figure, the year it aims at) — several wordings of the class
AIMED = [
    ("到2027年累计建成四好农村路示范线15条", "15条", 2027),
    ("2025年新建公共充电桩500个", "500个", 2025),
    ("2027年底前完成全部老化燃气管道更新改造，累计更新改造管道达到260公里", "260公里", 2027),
    ("至2028年，全县累计筹集保障性租赁住房3000套", "3000套", 2028),
    ("到2026年底，全县乡镇污水管网新增120公里", "120公里", 2026),
]
# (plan sentence, the figure): targets of the plan's own year
NOT_AIMED = [
    ("新建公共充电桩500个", "500个"),  # no year named
    ("2024年新建公共充电桩500个", "500个"),  # the plan's year
    ("到2027年累计建成示范线15条，今年新建示范线5条", "5条"),  # its clause names its year
    ("到2027年全面完成2000年前建成的老旧小区改造，全年改造40个", "40个"),  # 全年
    ("完成2000年前建成的老旧小区改造40个", "40个"),  # an earlier year is no aim
    ("截至2024年底累计建成示范线15条", "15条"),  # a stock at a date of the plan's year
    ("固定资产投资比2020年增长45%", "45%"),  # the base of a change
]


def _plan_figure(sentence: str, text: str) -> metrics.records.Mention:
    r = process_text(PLAN.format(title=OFFICE, year=2023, next=2024, text=sentence), "plan.txt")
    return next(m for m in r.mentions if m.text == text)


@pytest.mark.parametrize(("sentence", "text", "year"), AIMED)
def test_a_target_for_a_later_year_carries_it(sentence: str, text: str, year: int) -> None:
    m = _plan_figure(sentence, text)
    assert (m.role, m.year, m.aim_year) == ("target", 2024, year)


@pytest.mark.parametrize(("sentence", "text"), NOT_AIMED)
def test_a_target_of_the_plans_year_carries_none(sentence: str, text: str) -> None:
    m = _plan_figure(sentence, text)
    assert m.year == 2024 and m.aim_year is None


def test_a_summary_figure_carries_none() -> None:
    # an actual is never aimed, whatever year its sentence names
    r = process_text(
        REVIEW.format(title=OFFICE, year=2024, text="到2027年的项目已开工12个"), "r.txt"
    )
    assert [m.aim_year for m in r.mentions] == [None]


@pytest.mark.parametrize(
    ("plan", "review"),
    [
        ("到2027年累计建成示范线15条", "累计建成示范线9条"),
        ("2025年新建充电桩500个", "新建充电桩420个"),
        ("2027年底前完成改造任务，累计改造老化燃气管道260公里", "累计改造老化燃气管道148公里"),
    ],
)
def test_a_target_for_a_later_year_meets_no_outcome_of_this_year(plan: str, review: str) -> None:
    assert plan_links(plan, review) == []


def test_a_target_of_this_year_beside_one_for_later_still_links() -> None:
    rows = plan_links("新建充电桩500个，到2027年累计建成充电桩3000个", "新建充电桩520个")
    assert [(r.target_value, r.actual_value) for r in rows] == [(500.0, 520.0)]


def test_without_the_deadline_rule_its_example_links_again(monkeypatch: pytest.MonkeyPatch) -> None:
    plan, review = (
        "2027年底前完成改造任务，累计改造老化燃气管道260公里",
        "累计改造老化燃气管道148公里",
    )
    monkeypatch.setattr(comparable, "DEADLINE", regex.compile(r"(?!)"))
    assert len(plan_links(plan, review)) == 1


def _report(year: int, summary: str, plan: str) -> str:
    return (
        f"北川县交通运输局{year}年工作总结及{year + 1}年工作计划\n一、{year}年工作总结\n"
        f"（一）{summary}。\n二、{year + 1}年工作计划\n（一）{plan}。\n"
    )


def test_on_disk_as_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        _report(
            2024, "新建改建农村公路126公里", "新建改建农村公路130公里，到2027年累计建成示范线15条"
        ),
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        _report(2025, "新建改建农村公路134公里，累计建成示范线9条", "新建改建农村公路120公里"),
        encoding="utf-8",
    )
    memory, disk = disk_as_memory(folder, tmp_path / "out")
    # (the statistics a run writes type their missing key parts apart from those in memory)
    columns = ["role", "year", "n_figures"]
    counted = [
        sorted(t.stats_groups[columns].itertuples(index=False, name=None)) for t in (memory, disk)
    ]
    assert counted[0] == counted[1] and ("target", 2027, 1) in counted[1]
    links = memory.plan_vs_outcome
    assert sorted(zip(links["target_value"], links["actual_value"], strict=True)) == [(130, 134)]
    aimed = memory.mentions[memory.mentions["aim_year"].notna()]
    assert aimed["text"].tolist() == ["15条"] and aimed["aim_year"].tolist() == [2027]


def test_a_target_for_a_later_year_is_in_no_trend() -> None:
    text = (
        _report(2024, "新建充电桩420个", "2026年新建充电桩500个")
        + "\n"
        + _report(2025, "新建充电桩510个", "2027年新建充电桩600个")
    )
    r = process_text(text, "x.txt")
    identities = {d.doc_id: metrics.pairs.government_identity(d) for d in r.documents}
    rows = trends(r.mentions, identities)
    assert [(t.previous_value, t.value, t.role) for t in rows] == [(420.0, 510.0, "actual")]


def _target_years(sentence: str) -> list[int]:
    """The years stats_groups counts the targets of a 2024 plan stating ``sentence`` under."""
    tables = metrics.extract_text(PLAN.format(title=OFFICE, year=2023, next=2024, text=sentence))
    groups = tables.stats_groups
    return sorted(groups.loc[groups["role"] == "target", "year"].tolist())


@pytest.mark.parametrize(("sentence", "text", "year"), AIMED)
def test_stats_count_a_target_for_a_later_year_under_that_year(
    sentence: str, text: str, year: int
) -> None:
    assert _target_years(sentence) == [year]


@pytest.mark.parametrize(("sentence", "text"), NOT_AIMED)
def test_stats_count_a_target_of_the_plans_year_under_it(sentence: str, text: str) -> None:
    assert 2024 in _target_years(sentence)
