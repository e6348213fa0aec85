"""What a run keeps for its targets step: the first outcome of each key, compact, chooses
as the whole list of every file's outcomes would, and its targets, held as columns and
spilled to its staging folder, link as the objects would (tables.TargetsFound)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import metrics
from metrics import tables
from metrics.cli import main
from metrics.pipeline import process_text
from metrics.schemas import TARGET_SCHEMA, records_table
from metrics.tables import TargetsFound
from metrics.targets import file_targets, link_outcomes

from .conftest import ROOT

BLIND = ROOT / "tests" / "data"

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


def _blind_targets() -> list[tuple[list, list]]:
    """(targets, outcomes) of each government work report compilation of the blind sets."""
    found = []
    for path in sorted(BLIND.glob("tables_blind*/*政府工作报告*.txt")):
        result = process_text(path.read_text(encoding="utf-8"), path.name)
        found.append(file_targets(result.documents, result.mentions))
    return found


def test_targets_held_as_columns_link_as_the_objects_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run makes its targets columns a few at a time and spills them to a file of its
    # staging folder (tables.TargetsFound): read back, each links as the objects would
    per_file = _blind_targets()
    targets = [t for ts, _ in per_file for t in ts]
    assert len(targets) > 100  # more batches than one, at a batch of 7
    expected = records_table(
        link_outcomes(targets, [o for _, outs in per_file for o in outs]), TARGET_SCHEMA
    )
    monkeypatch.setattr(tables, "TARGETS_BATCH", 7)
    for spill in (None, tmp_path / "spill.parquet"):
        found = TargetsFound(spill)
        for ts, outs in per_file:
            found.add(ts, outs)
        assert found.count == len(targets)
        if spill is None:
            assert found.table().equals(expected)
        else:
            found.write(tmp_path / "targets.parquet")
            assert pq.read_table(tmp_path / "targets.parquet").equals(expected)
            assert not spill.exists()  # removed once the table is written


def test_every_field_of_a_target_is_read_back() -> None:
    targets = [t for ts, _ in _blind_targets() for t in ts]
    assert tables._targets_of(records_table(targets, TARGET_SCHEMA)) == targets
    assert {t.direction for t in targets} >= {1, -1}  # the coded column read as integers


def test_an_aborted_run_leaves_no_spill(tmp_path: Path) -> None:
    found = TargetsFound(tmp_path / "spill.parquet")
    found.add(*_blind_targets()[0])
    found.abort()
    assert list(tmp_path.iterdir()) == []
