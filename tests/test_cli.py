"""The command line on the sample data: outputs, re-runs, bad input, exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import metrics
from metrics.cli import main
from metrics.io import read_text

from .conftest import SAMPLE

# the tables that two ways of running must give alike
COMPARED = (
    "documents",
    "sections",
    "mentions",
    "pairs",
    "plan_vs_outcome",
    "stats_groups",
    "stats_metrics",
)


def run(*args: str) -> int:
    return main(["extract", *args])


def test_extract_writes_readable_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert run(str(SAMPLE), "--out", str(out), "--format", "csv") == 0
    summary = capsys.readouterr().out
    assert "figures found" in summary and "masked" in summary
    docs = pd.read_parquet(out / "current" / "documents.parquet")
    sections = pd.read_parquet(out / "current" / "sections.parquet")
    mentions = pd.read_parquet(out / "current" / "mentions")
    assert len(docs) >= 6 and set(sections.doc_id) <= set(docs.doc_id)
    assert set(mentions.doc_id) <= set(docs.doc_id)
    assert mentions.loc[mentions.masked, "value"].isna().all()
    assert (out / "current" / "mentions.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(pd.read_csv(out / "current" / "mentions.csv")) == len(mentions)
    # a GBK file was read, and a full-width figure is traced to its span
    texts = {}
    for path in SAMPLE.glob("*.txt"):
        texts[path.name] = read_text(path).text
    for row in mentions.itertuples():
        assert texts[row.source_file][row.char_start : row.char_end] == row.text
    assert "１２５.６万人次" in set(mentions.text)


def test_rerun_replaces_rather_than_mixes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(SAMPLE), "--out", str(out), "--quiet") == 0
    first = len(pd.read_parquet(out / "current" / "mentions"))
    assert run(str(SAMPLE), "--out", str(out), "--quiet") == 0
    assert len(pd.read_parquet(out / "current" / "mentions")) == first
    one = SAMPLE / "04_文化旅游局_2024.txt"
    assert run(str(one), "--out", str(out), "--quiet") == 0
    again = pd.read_parquet(out / "current" / "mentions")
    assert set(again.source_file) == {one.name}
    assert not list(out.glob(".staging-*")) and not list(out.glob(".old-*"))


def test_bad_file_is_reported_and_the_rest_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLE, inputs)
    (inputs / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    out = tmp_path / "out"
    assert run(str(inputs), "--out", str(out), "--quiet") == 1
    err = capsys.readouterr().err
    assert "broken.txt" in err and "PDF" in err
    assert len(pd.read_parquet(out / "current" / "documents.parquet")) >= 6


def test_missing_path_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(tmp_path / "nope"), str(SAMPLE), "--out", str(tmp_path / "o"), "--quiet") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert any("nope: no such file or directory" in line for line in err)


def test_inputs_without_any_file_leave_the_earlier_tables_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run(str(SAMPLE), "--out", str(out), "--quiet") == 0
    before = pd.read_parquet(out / "current" / "mentions")
    empty = tmp_path / "typo"
    empty.mkdir()
    (empty / "notes.md").write_text("no reports here")
    assert run(str(empty), "--out", str(out), "--quiet") == 1
    err = capsys.readouterr().err
    assert "typo: holds no .txt file" in err and "nothing written" in err
    assert len(pd.read_parquet(out / "current" / "mentions")) == len(before)
    # a folder without reports beside real input is only a warning
    assert run(str(empty), str(SAMPLE), "--out", str(out)) == 0  # warnings: not --quiet
    assert "typo: holds no .txt file" in capsys.readouterr().err


def test_a_folder_whose_runs_are_not_ours_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine"
    (out / "runs").mkdir(parents=True)
    (out / "runs" / "thesis.docx").write_text("precious")
    assert run(str(SAMPLE), "--out", str(out), "--quiet") == 2
    assert "runs not written by metrics" in capsys.readouterr().err
    assert [str(p.relative_to(out)) for p in out.rglob("*")] == ["runs", "runs/thesis.docx"]


def test_out_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    assert run(str(SAMPLE), "--out", str(target), "--quiet") == 2
    assert target.read_text() == "x"


def test_help_explains_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = capsys.readouterr().out
    for option in ("--out", "--format", "--quiet", "PATH"):
        assert option in text


def test_jobs_give_identical_output(tmp_path: Path) -> None:
    import metrics

    one, two = tmp_path / "one", tmp_path / "two"
    assert run(str(SAMPLE), "--out", str(one), "--quiet", "--jobs", "1") == 0
    assert run(str(SAMPLE), "--out", str(two), "--quiet", "--jobs", "2") == 0
    a, b = metrics.load(one), metrics.load(two)
    assert len(a.mentions) > 100 and len(a.targets) > 0  # the sample has both to compare
    for name in (*COMPARED, "targets", "trends"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_dask_engine_gives_the_local_tables(tmp_path: Path, corpus_dir: Path) -> None:
    import metrics

    local, dask = tmp_path / "local", tmp_path / "dask"
    assert run(str(corpus_dir), str(SAMPLE), "--out", str(local), "--quiet", "--jobs", "1") == 0
    assert (
        run(
            str(corpus_dir),
            str(SAMPLE),
            "--out",
            str(dask),
            "--quiet",
            "--engine",
            "dask",
            "--jobs",
            "2",
        )
        == 0
    )
    a, b = metrics.load(local), metrics.load(dask)
    for name in COMPARED:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_the_command_line_chooses_arrows_allocator_before_pyarrow_loads() -> None:
    # mimalloc kept ~125 MB of freed pages after a 100 MB run; see metrics.cli
    code = "import metrics.cli, pyarrow; print(pyarrow.default_memory_pool().backend_name)"
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "system", done.stderr


@pytest.fixture
def memory_fs() -> Iterator[Any]:
    """fsspec's in-memory file system, emptied afterwards (it lives for the process)."""
    pytest.importorskip("upath")
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    yield fs
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")


def test_input_and_output_on_fsspec_storage_give_the_local_tables(
    memory_fs: Any, tmp_path: Path
) -> None:
    for src in SAMPLE.glob("*.txt"):
        memory_fs.pipe(f"/reports/{src.name}", src.read_bytes())  # named as locally
    memory_fs.pipe("/reports/notes.md", b"not a report")
    remote_run = ["extract", "memory://reports", "--out", "memory://out", "--jobs", "1"]
    assert main([*remote_run, "--quiet"]) == 0
    assert main(["extract", str(SAMPLE), "--out", str(tmp_path / "local"), "--quiet"]) == 0
    remote, local = metrics.load("memory://out"), metrics.load(tmp_path / "local")
    for name in (
        "documents",
        "mentions",
        "pairs",
        "plan_vs_outcome",
        "stats_groups",
        "stats_metrics",
    ):
        pd.testing.assert_frame_equal(getattr(remote, name), getattr(local, name))
    assert not [p for p in memory_fs.ls("/out", detail=False) if ".staging-" in p]


def test_a_foreign_fsspec_folder_is_refused_and_kept(memory_fs: Any) -> None:
    memory_fs.pipe("/theirs/CURRENT", b"a,b\n")
    code = main(["extract", str(SAMPLE), "--out", "memory://theirs", "--quiet"])
    assert code == 2
    assert memory_fs.ls("/theirs", detail=False) == ["/theirs/CURRENT"]


def test_a_missing_fsspec_input_is_named(
    memory_fs: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["extract", "memory://nowhere", "--out", "memory://out2", "--quiet"])
    assert code == 1
    assert "memory://nowhere: no such file or directory" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["stats"], ["export", "--format", "csv"]])
def test_stats_and_export_of_a_url_say_it_is_one(
    memory_fs: Any, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """They write beside the run's tables, locally: a URL was made a Path, and the error
    named ``memory:/out`` as no such folder (exit status 1); it is a usage error naming
    the URL and what reads it."""
    report = "县统计局2024年工作总结\n全年完成统计调查12项。\n"
    memory_fs.pipe("/in/r.txt", report.encode())
    assert main(["extract", "memory://in", "--out", "memory://out", "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        main([command[0], "memory://out", *command[1:]])
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "memory://out: a URL" in said and "metrics.load('memory://out')" in said


def test_file_urls_run_through_the_process_pool(tmp_path: Path) -> None:
    pytest.importorskip("upath")
    assert main(["extract", SAMPLE.as_uri(), "--out", str(tmp_path / "url"), "--jobs", "2"]) == 0
    assert main(["extract", str(SAMPLE), "--out", str(tmp_path / "path"), "--jobs", "1"]) == 0
    by_url, by_path = metrics.load(tmp_path / "url"), metrics.load(tmp_path / "path")
    pd.testing.assert_frame_equal(by_url.mentions, by_path.mentions)


def test_a_rerun_to_fsspec_storage_replaces_the_tables(memory_fs: Any) -> None:
    first = sorted(SAMPLE.glob("*.txt"))[0]
    memory_fs.pipe("/in/a.txt", first.read_bytes())
    assert (
        main(["extract", "memory://in", "--out", "memory://o3", "--format", "csv", "--quiet"]) == 0
    )
    first_run = memory_fs.cat("/o3/CURRENT").decode().strip()
    assert memory_fs.exists(f"/o3/runs/{first_run}/mentions.csv")
    memory_fs.pipe("/o3/export/kept.csv", b"x")  # an export made in between stays
    memory_fs.pipe("/in/b.txt", memory_fs.cat("/in/a.txt"))
    assert main(["extract", "memory://in", "--out", "memory://o3", "--quiet"]) == 0
    run = memory_fs.cat("/o3/CURRENT").decode().strip()
    assert run != first_run and not memory_fs.exists(f"/o3/runs/{run}/mentions.csv")
    assert memory_fs.exists("/o3/export/kept.csv")
    docs = metrics.load("memory://o3").documents
    assert set(docs["source_file"]) == {"a.txt", "b.txt"}


def test_a_file_system_that_is_not_installed_is_named_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("upath")
    code = main(["extract", "nosuchfs://bucket/in", "--out", str(tmp_path / "o"), "--quiet"])
    assert code == 1
    assert "nosuchfs://bucket/in: cannot be listed" in capsys.readouterr().err
    # the output is checked before any file is read: no run is wasted
    code = main(["extract", str(SAMPLE), "--out", "nosuchfs://bucket/out", "--quiet"])
    assert code == 2
    assert "nosuchfs://bucket/out: cannot be written" in capsys.readouterr().err


def test_a_folder_of_scans_says_what_it_holds_instead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of scanned pages (photos of a printed report) holds no report file: the
    error named the suffixes it looked for, not the images it found."""
    scans = tmp_path / "扫描 件"
    (scans / "第二册").mkdir(parents=True)
    (scans / "第1页.JPG").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    (scans / "第二册" / "第2页.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (scans / "第3页.tif").write_bytes(b"II*\x00" + bytes(64))
    out = tmp_path / "out"
    assert main(["extract", str(scans), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "3 image(s)" in err and "第1页.JPG" in err and "OCR" in err, err
    assert not out.exists()
    with pytest.raises(metrics.InputError, match=r"3 image\(s\).*OCR"):
        metrics.extract(scans)


def test_stats_of_a_run_without_figures_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every input failed (an empty file): the run holds no figure, and ``stats`` printed
    pandas' ``Empty DataFrame`` with its column list and ``Index: []``."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "空.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet"]) == 1
    capsys.readouterr()
    assert main(["stats", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Empty DataFrame" not in printed and "Index: []" not in printed
    assert printed.startswith(f"{out}: no figures in its current run (1 failed file(s):")
