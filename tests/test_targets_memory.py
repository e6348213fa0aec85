"""What a run keeps for its targets step: the first outcome of each key, compact, chooses
as the whole list of every file's outcomes would (tables.TargetsFound)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import metrics
from metrics.cli import main
from metrics.pipeline import process_text
from metrics.tables import TargetsFound
from metrics.targets import file_targets, link_outcomes

PLAN = (
    "2025年南岭县政府工作报告\n——2025年1月9日在南岭县第九届人民代表大会第三次会议上\n"
    "各位代表：\n一、2024年工作回顾\n全年地区生产总值增长4.8%。\n二、2025年主要目标任务\n"
    "2025年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3000人以上。\n"
)
# Two reports of 2026 state last year's results of one government: the first in reading
# order gives the outcome (a completion rate only for employment), the second must not.
REVIEW_FIRST = (
    "2026年南岭县政府工作报告\n——2026年1月9日在南岭县第九届人民代表大会第四次会议上\n"
    "各位代表：\n一、2025年工作回顾\n全年地区生产总值增长5.6%，"
    "城镇新增就业完成年度目标任务的103%。\n"
    "二、2026年主要目标任务\n2026年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n"
)
REVIEW_AGAIN = (
    "2026年南岭县政府工作报告\n——2026年1月9日在南岭县第九届人民代表大会第四次会议上\n"
    "各位代表：\n一、2025年工作回顾\n全年地区生产总值增长5.2%，城镇新增就业2900人。\n"
    "二、2026年主要目标任务\n2026年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n"
)
FILES = {"a.txt": PLAN, "b.txt": REVIEW_FIRST, "c.txt": REVIEW_AGAIN}
OUTCOME = ["indicator", "outcome_text", "outcome_doc_id", "outcome_source", "status"]


def _whole_lists() -> pd.DataFrame:
    """The targets of 2025 as every file's whole (targets, outcomes) link them."""
    targets, outcomes = [], []
    for name, text in FILES.items():
        result = process_text(text, name)
        t, o = file_targets(result.documents, result.mentions)
        targets += t
        outcomes += o
    rows = pd.DataFrame(link_outcomes(targets, outcomes))
    return rows[rows["year"] == 2025][OUTCOME].sort_values("indicator", ignore_index=True)


def test_a_run_keeps_the_outcome_the_whole_list_chooses(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    rows = metrics.load(tmp_path / "out").targets
    run = rows[rows["year"] == 2025][OUTCOME].sort_values("indicator", ignore_index=True)
    assert run.astype(object).to_dict("records") == _whole_lists().to_dict("records")
    # the first review's figures: a growth stated, employment derived from its rate
    assert set(run["outcome_doc_id"]) == {"b.txt#0"}
    assert run[["outcome_text", "outcome_source", "status"]].values.tolist() == [
        ["5.6%", "stated", "met"],  # 地区生产总值增长 sorts before 城镇新增就业
        ["103%", "derived", "met"],
    ]


def test_only_the_first_outcome_of_a_key_is_kept() -> None:
    found = TargetsFound()
    for name in ("b.txt", "c.txt"):
        result = process_text(FILES[name], name)
        found.add(*file_targets(result.documents, result.mentions))
    kept = {o.indicator: o for o in found.outcomes.values()}
    assert {f.doc_id for o in kept.values() for f in (*o.figures, o.rate) if f} == {"b.txt#0"}
    # the completion rate, kept alone, with the figures an outcome is derived from
    employment = next(o for key, o in kept.items() if "就业" in key)
    assert employment.figures == () and employment.rate is not None
    assert (employment.rate.text, employment.rate.value) == ("103%", 103.0)


def test_a_runs_targets_are_written_out_as_they_come_and_linked_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer keeps no target: each file's are written to a file of the staging folder
    (a row group of one file's rows here, as many as files), read back a row group at a
    time and linked; the table is the one the whole lists give, row for row, and the
    spill is no file of the run."""
    import pyarrow.parquet as pq

    from metrics import tables

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(tables, "BUFFER_BYTES", 4)  # a row group a file
    spilled: list[tuple[str, int]] = []
    plain = tables.row_groups

    def row_groups(path: Path) -> Iterator[tuple[int, int, Any]]:
        spilled.append((path.name, 0))
        for group in plain(path):
            spilled[-1] = (path.name, spilled[-1][1] + 1)
            yield group

    monkeypatch.setattr(tables, "row_groups", row_groups)
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    assert spilled == [(tables.SPILLED_TARGETS, 3)]
    whole = []
    for name, text in FILES.items():
        result = process_text(text, name)
        whole.append(file_targets(result.documents, result.mentions))
    assert pq.read_table(out / "current" / "targets.parquet").equals(tables.targets_table(whole))
    assert not list(out.rglob(tables.SPILLED_TARGETS))
