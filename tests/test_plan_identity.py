"""Plans are set against the outcomes of the same government unit: level, place and
canonical department, in memory and on disk alike. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import metrics
from metrics.cli import main


def report(org: str, year: int, body_summary: str, body_plan: str) -> str:
    return (
        f"{org}{year}年工作总结和{year + 1}年工作计划\n一、{year}年工作总结\n{body_summary}\n"
        f"二、{year + 1}年工作计划\n{body_plan}\n"
    )


PLAN = "新建普惠性幼儿园8所，普惠性幼儿园覆盖率达到85%。"
DONE = "新建普惠性幼儿园9所，普惠性幼儿园覆盖率达到86%。"


def links(files: dict[str, str], tmp_path: Path) -> pd.DataFrame:
    """The plan-vs-outcome rows in memory; the same rows must come out of a run on disk."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    memory = metrics.extract(folder).plan_vs_outcome
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    disk = metrics.load(tmp_path / "out").plan_vs_outcome
    pd.testing.assert_frame_equal(memory.reset_index(drop=True), disk.reset_index(drop=True))
    return memory


def test_the_same_office_of_the_same_district_links_across_years(tmp_path: Path) -> None:
    rows = links(
        {
            "a.txt": report("东湖区教育局", 2023, "学校运转平稳。", PLAN),
            "b.txt": report("东湖区教育局", 2024, DONE, "继续推进。"),
        },
        tmp_path,
    )
    assert sorted(rows["target_value"]) == [8.0, 85.0]


def test_synonym_departments_of_one_district_link(tmp_path: Path) -> None:
    rows = links(
        {
            "a.txt": report("东湖区教体局", 2023, "学校运转平稳。", PLAN),
            "b.txt": report("东湖区教育体育局", 2024, DONE, "继续推进。"),
        },
        tmp_path,
    )
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("plan", "outcome"),
    [
        ("区教育局", "市教育局"),  # a district's plan is no city's outcome
        ("东湖区教育局", "西湖区教育局"),  # nor another district's
        ("东城街道办事处", "西城街道办事处"),  # two sub-districts
        ("XX街道办事处", "XX街道办事处"),  # two hidden names may be any two places
        ("街道办事处", "街道办事处"),  # an unnamed sub-district may be any of them
    ],
)
def test_different_or_unknown_units_never_link(plan: str, outcome: str, tmp_path: Path) -> None:
    rows = links(
        {
            "a.txt": report(plan, 2023, "学校运转平稳。", PLAN),
            "b.txt": report(outcome, 2024, DONE, "继续推进。"),
        },
        tmp_path,
    )
    assert rows.empty


# A province's department is a 厅 (教育厅, 农业农村厅, 财政厅): its title names it as an
# organisation, so its plan meets its own outcome; never another province's, nor a city's.
@pytest.mark.parametrize("org", ["江北省教育厅", "江北省农业农村厅"])
def test_a_provinces_department_links_its_own_outcome(org: str, tmp_path: Path) -> None:
    rows = links(
        {
            "a.txt": report(org, 2023, "学校运转平稳。", PLAN),
            "b.txt": report(org, 2024, DONE, "继续推进。"),
        },
        tmp_path,
    )
    assert sorted(rows["target_value"]) == [8.0, 85.0]


@pytest.mark.parametrize(
    ("plan_org", "done_org"), [("江北省教育厅", "江南省教育厅"), ("江北省教育厅", "江北市教育局")]
)
def test_another_provinces_or_a_citys_department_never_links(
    plan_org: str, done_org: str, tmp_path: Path
) -> None:
    rows = links(
        {
            "a.txt": report(plan_org, 2023, "学校运转平稳。", PLAN),
            "b.txt": report(done_org, 2024, DONE, "继续推进。"),
        },
        tmp_path,
    )
    assert rows.empty
