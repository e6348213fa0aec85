"""The tool never deletes what it did not write: a user's own files in ``--out`` survive
every run, re-run and export; only runs, staging folders and the lock that metrics made
itself are ever removed."""

from __future__ import annotations

from pathlib import Path

import pytest

import metrics
from metrics.cli import main
from metrics.publish import RUNS

from .conftest import SAMPLE

ONE = SAMPLE / "04_文化旅游局_2024.txt"


def extract(source: Path, out: Path, *more: str) -> int:
    return main(["extract", str(source), "--out", str(out), "--quiet", "--jobs", "1", *more])


def test_a_users_files_survive_every_run_and_export(tmp_path: Path) -> None:
    out = tmp_path / "out"
    mine = {
        "mentions.csv": "my own table\n",
        "notes.txt": "what I found\n",
        "export/summary.csv": "a,b\n",
        "documents.parquet": "not even parquet",
    }
    for name, text in mine.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, "utf-8")
    assert extract(SAMPLE, out) == 0
    (out / RUNS / "keep").mkdir()  # the user's folder among the runs: no manifest names it
    (out / RUNS / "keep" / "x.txt").write_text("x", "utf-8")
    for source, more in ((ONE, ("--format", "csv")), (SAMPLE, ()), (ONE, ("--format", "csv"))):
        assert extract(source, out, *more) == 0
    assert main(["export", str(out), "--format", "xlsx"]) == 0
    for name, text in mine.items():
        assert (out / name).read_text("utf-8") == text
    assert (out / RUNS / "keep" / "x.txt").exists() and len(list((out / RUNS).iterdir())) == 3
    assert set(metrics.load(out).documents["source_file"]) == {ONE.name}
    assert (out / "export" / "csv" / "mentions.csv").exists()


def test_an_export_never_replaces_a_users_folder_of_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    (out / "export" / "csv").mkdir(parents=True)
    (out / "export" / "csv" / "budget.xlsx").write_text("mine", "utf-8")
    assert main(["export", str(out), "--format", "csv"]) == 2
    assert "holds files metrics did not export (budget.xlsx)" in capsys.readouterr().err
    assert [p.name for p in (out / "export" / "csv").iterdir()] == ["budget.xlsx"]
    assert [p.name for p in (out / "export").iterdir()] == ["csv"]  # no staging left


def test_an_export_replaces_its_own_earlier_export(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(SAMPLE, out) == 0
    assert main(["export", str(out), "--format", "csv"]) == 0
    assert extract(ONE, out) == 0
    assert main(["export", str(out), "--format", "csv"]) == 0
    documents = (out / "export" / "csv" / "documents.csv").read_text("utf-8-sig")
    assert ONE.name in documents and "镇政府" not in documents
