"""One file's fault never costs the others (issue 25): an exception raised while one file
is extracted is reported with the file's name, listed in the summary and in the
``failures`` table, the other files' tables are written, and the exit status is 1 — in
one process, in the pool and on Dask."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import metrics
import metrics.pipeline as pipeline
from metrics.cli import main
from metrics.engine import run_files, run_files_dask
from metrics.pipeline import FileResult
from metrics.records import Failure

GOOD = "县统计局2024年工作总结\n全年完成统计调查12项，发放补贴3600万元。\n"
BAD = "县水务局2024年工作总结\n新建水厂2座。\n"
# Any text holding this word raises inside the extraction, as a bug would.
TRAP = "水厂"


def _inputs(folder: Path) -> Path:
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(BAD, encoding="utf-8")
    (folder / "c.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _trap(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.process_text

    def process_text(
        text: str,
        source_file: str,
        continued: bool = False,
        window: tuple[int, int] | None = None,
    ) -> FileResult:
        if TRAP in text[slice(*window or (0, None))]:  # a piece's figures, not its context's
            raise KeyError("叁")
        return real(text, source_file, continued, window)

    monkeypatch.setattr(pipeline, "process_text", process_text)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_fault_in_one_file_leaves_the_others_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], jobs: int
) -> None:
    _trap(monkeypatch)  # forked pool workers inherit it
    out = tmp_path / "out"
    code = main(["extract", str(_inputs(tmp_path / "in")), "--out", str(out), "--jobs", str(jobs)])
    assert code == 1
    captured = capsys.readouterr()
    assert "b.txt: KeyError: '叁'" in captured.err
    assert "failed: 1 file(s): b.txt" in captured.out
    assert "3 file(s)" in captured.out
    tables = metrics.load(out)
    assert sorted(set(tables.mentions["source_file"])) == ["a/good.txt", "c.txt"]
    assert tables.failures.to_dict("records") == [
        {"source_file": "b.txt", "stage": "extract", "error_type": "KeyError", "message": "'叁'"}
    ]


def test_a_file_that_cannot_be_read_is_a_failure_too(tmp_path: Path) -> None:
    folder = _inputs(tmp_path / "in")
    (folder / "empty.txt").write_bytes(b"")
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    failures = metrics.load(tmp_path / "out").failures
    assert failures[["source_file", "stage", "error_type"]].values.tolist() == [
        ["empty.txt", "read", "InputError"]
    ]


def test_a_run_without_faults_has_an_empty_failures_table(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    failures = metrics.load(tmp_path / "out").failures
    assert failures.empty and list(failures.columns) == [
        "source_file",
        "stage",
        "error_type",
        "message",
    ]


def test_the_dask_engine_returns_the_fault_as_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed")
    _trap(monkeypatch)  # workers are threads of this process, so they see it
    files = sorted(_inputs(tmp_path / "in").rglob("*.txt"))
    with distributed.LocalCluster(
        n_workers=1, processes=False, dashboard_address=None
    ) as cluster:
        outcomes = [o for _, o in run_files_dask(files, 1, cluster.scheduler_address)]
    assert [type(o).__name__ for o in outcomes] == ["FileResult", "Failure", "FileResult"]
    assert outcomes[1] == Failure("b.txt", "extract", "KeyError", "'叁'")


def test_a_fault_in_one_piece_names_the_file_and_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _trap(monkeypatch)
    monkeypatch.setattr(pipeline, "LARGE_FILE", 0)
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 200)
    path = tmp_path / "big.txt"
    filler = "完成投资5亿元。\n" * 40
    path.write_text(GOOD + filler + BAD + filler, encoding="utf-8")
    outcomes = [o for _, o in run_files([path], 1)]
    failed = [o for o in outcomes if isinstance(o, Failure)]
    assert len(failed) == 1 and len(outcomes) > 2
    assert failed[0].source_file == "big.txt"
    assert "in the piece from character" in failed[0].message


def test_the_command_line_reports_a_fault_end_to_end(tmp_path: Path) -> None:
    """A fault injected into a real ``metrics extract`` process (forked workers too)."""
    folder = _inputs(tmp_path / "in")
    out = tmp_path / "out"
    code = (
        "import sys, metrics.pipeline as p\n"
        "real = p.process_text\n"
        "def broken(text, name, continued=False, window=None):\n"
        f"    if {TRAP!r} in text: raise ZeroDivisionError('division by zero')\n"
        "    return real(text, name, continued, window)\n"
        "p.process_text = broken\n"
        "from metrics.cli import main\n"
        f"sys.exit(main(['extract', {str(folder)!r}, '--out', {str(out)!r}, '--jobs', '2']))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1
    assert "metrics: error: b.txt: ZeroDivisionError: division by zero" in run.stderr
    assert "Traceback" not in run.stderr
    tables = metrics.load(out)
    assert set(tables.mentions["source_file"]) == {"a/good.txt", "c.txt"}
    assert tables.failures["source_file"].tolist() == ["b.txt"]


def test_extract_in_memory_warns_and_lists_the_fault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _trap(monkeypatch)
    with pytest.warns(UserWarning, match=r"b\.txt: KeyError"):
        tables = metrics.extract(_inputs(tmp_path / "in"))
    assert set(tables.mentions["source_file"]) == {"a/good.txt", "c.txt"}
    assert tables.failures["source_file"].tolist() == ["b.txt"]
