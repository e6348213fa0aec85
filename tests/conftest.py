"""Shared fixtures: the ../shared material (corpus, gold, external cases), and the plan
links of two short reports of one office (``plan_links``) that several audits read.

Tests that read ../shared skip with a reason where it is absent (a user's clone) but
fail when CI is set, so CI can never pass by skipping them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

from metrics.pairs import plan_vs_outcome
from metrics.pipeline import process_text

# No property test is timed: a shared machine's load made an example pass its deadline
# (hypothesis' 200 ms) in a run that found nothing wrong. Speed is measured in benchmarks/.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "data" / "sample"


def need_shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing, and CI must run the tests that read it")
        pytest.skip(f"{path} is not here (it sits beside the repository on developer machines)")
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return need_shared("corpus")


@pytest.fixture(scope="session")
def corpus_files(corpus_dir: Path) -> list[Path]:
    return sorted(corpus_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return need_shared("gold")


@pytest.fixture(scope="session")
def external_dir() -> Path:
    return need_shared("external/recognizers-text-zh")


def read_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


# One office's review of a year, and its report of the year before that plans it.
REVIEW = "{title}{year}年工作总结\n\n一、{year}年主要工作\n（一）{text}。\n"
PLAN = (
    "{title}{year}年工作总结及{next}年工作计划\n\n一、{year}年工作总结\n（一）做好各项工作。\n"
    "二、{next}年工作计划\n（一）{text}。\n"
)
OFFICE = "东湖区发改局"


def plan_links(plan: str, review: str, plan_title: str = OFFICE, title: str = OFFICE) -> list:
    """The plan_vs_outcome rows of ``plan`` (a 2024 plan's text) and ``review`` (2024's)."""
    a = process_text(PLAN.format(title=plan_title, year=2023, next=2024, text=plan), "plan.txt")
    b = process_text(REVIEW.format(title=title, year=2024, text=review), "review.txt")
    return plan_vs_outcome([*a.mentions, *b.mentions], [*a.documents, *b.documents])


REVIEW_AND_PLAN = (
    "{title}{year}年工作总结及{next}年工作计划\n一、{year}年工作总结\n（一）{summary}。\n"
    "二、{next}年工作计划\n（一）{plan}。\n"
)


def review_and_plan(title: str, year: int, summary: str, plan: str) -> str:
    """An office's review of ``year`` and its plan for the year after, one clause each."""
    return REVIEW_AND_PLAN.format(title=title, year=year, next=year + 1, summary=summary, plan=plan)


def two_years(title: str, before: str, plan: str, after: str) -> str:
    """An office's review of 2024 and plan for 2025, then its review of 2025."""
    return (
        review_and_plan(title, 2024, before, plan)
        + "\n"
        + review_and_plan(title, 2025, after, "做好各项工作")
    )


def links_and_trends(text: str) -> tuple[list, list]:
    """(target, actual) of the plan links of ``text`` and (previous, value) of its trends
    of actuals."""
    from metrics.pairs import government_identity
    from metrics.trends import trends

    r = process_text(text, "x.txt")
    links = plan_vs_outcome(r.mentions, r.documents)
    identities = {d.doc_id: government_identity(d) for d in r.documents}
    return (
        [(p.target_value, p.actual_value) for p in links],
        [(t.previous_value, t.value) for t in trends(r.mentions, identities) if t.role == "actual"],
    )


def disk_links(tmp_path: Path, title: str, cases: list[tuple[str, str, str]]) -> list:
    """Sorted (target, actual) of the plan links a run on disk gives of each case (review of
    2024, plan for 2025, review of 2025: two files of the office ``title``), after checking
    that they are the links a run in memory gives."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (before, plan, after) in enumerate(cases):
        first, second = (
            review_and_plan(title, 2024, before, plan),
            review_and_plan(title, 2025, after, "做好各项工作"),
        )
        (folder / f"{i}a.txt").write_text(first, encoding="utf-8")
        (folder / f"{i}b.txt").write_text(second, encoding="utf-8")
    _, disk = disk_as_memory(folder, tmp_path / "out")
    links = disk.plan_vs_outcome
    return sorted(zip(links["target_value"], links["actual_value"], strict=True))


def disk_as_memory(folder: Path, out: Path) -> tuple:
    """The tables of ``folder`` in memory and as a run written to ``out`` reads them back,
    after checking that their plan links and trends are the same."""
    import pandas as pd

    import metrics
    from metrics.cli import main

    memory = metrics.extract(folder)
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 0
    disk = metrics.load(out)
    for table in ("plan_vs_outcome", "trends"):
        pd.testing.assert_frame_equal(
            getattr(memory, table).reset_index(drop=True),
            getattr(disk, table).reset_index(drop=True),
        )
    return memory, disk
