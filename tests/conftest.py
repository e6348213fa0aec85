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

from metrics.pairs import plan_vs_outcome
from metrics.pipeline import process_text

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
