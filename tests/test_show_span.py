"""Every row traced to its span after the output folder or the inputs moved: the run's
manifest records where each file was read (``sources``), and ``metrics show-span`` (or
``metrics.span``) reads the span back, checked against the row's text."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

import metrics
from metrics.cli import main
from metrics.errors import TablesError

# reports of our own writing: one in GBK with CRLF line ends (offsets count the CR), one in
# a subfolder, one whose name holds spaces
REPORTS = {
    "2024/东湖县统计局 工作总结.txt": (
        "东湖县统计局2024年工作总结\r\n一、主要成效\r\n全年完成统计调查28项，"
        "发布统计信息136条，同比增长12.5%。\r\n",
        "gbk",
    ),
    "2025/南岭区教育局工作计划.txt": (
        "南岭区教育局2025年工作计划\n新建学校3所，新增学位1,200个，投资xx亿元。\n",
        "utf-8",
    ),
}


def _write_reports(folder: Path) -> None:
    for name, (text, encoding) in REPORTS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))


def _rows(out: Path) -> list[dict[str, object]]:
    run = out / "runs" / (out / "CURRENT").read_text().strip()
    table = ds.dataset(run / "mentions", format="parquet", partitioning="hive").to_table(
        columns=["mention_id", "text", "source_file"]
    )
    return table.to_pylist()


@pytest.fixture
def moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """A run of a folder given by a relative path, then the output folder and the inputs
    moved: (old inputs, new inputs, new output folder)."""
    work = tmp_path / "work"
    _write_reports(work / "reports")
    monkeypatch.chdir(work)
    assert main(["extract", "reports", "--out", "out", "--quiet", "--jobs", "1"]) == 0
    manifest = json.loads(next((work / "out" / "runs").glob("*/manifest.json")).read_text())
    sources = manifest["sources"]
    assert set(sources) == set(REPORTS)
    assert {Path(s["root"]) for s in sources.values()} == {work / "reports"}  # absolute
    return work / "reports", tmp_path / "elsewhere", tmp_path / "out moved"


def test_every_row_is_traced_after_the_output_folder_moved(
    moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, _, out = moved
    shutil.move(old.parent / "out", out)
    rows = _rows(out)
    assert len(rows) >= 5
    for row in rows:
        found = metrics.span(out, str(row["mention_id"]))
        assert found.text == row["text"] and found.file == old / str(row["source_file"])
    gbk = next(r for r in rows if r["text"] == "12.5%")
    capsys.readouterr()
    assert main(["show-span", str(out), str(gbk["mention_id"])]) == 0
    shown = capsys.readouterr().out
    assert "line 3" in shown and "«12.5%»" in shown and "同比增长" in shown


def test_inputs_moved_are_found_with_inputs(
    moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, out = moved
    shutil.move(old.parent / "out", out)
    shutil.move(old, new)
    mention = next(r for r in _rows(out) if r["text"] == "1,200个")["mention_id"]
    assert main(["show-span", str(out), str(mention)]) == 1
    said = capsys.readouterr().err
    assert str(old / "2025" / "南岭区教育局工作计划.txt") in said and "--inputs" in said
    assert main(["show-span", str(out), str(mention), "--inputs", str(new)]) == 0
    assert "«1,200个»" in capsys.readouterr().out
    for row in _rows(out):
        assert metrics.span(out, str(row["mention_id"]), inputs=new).text == row["text"]


def test_a_file_changed_since_the_run_is_said_so(
    moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, _, _ = moved
    out = old.parent / "out"
    mention = next(r for r in _rows(out) if r["text"] == "3所")["mention_id"]
    path = old / "2025" / "南岭区教育局工作计划.txt"
    path.write_text("南岭区教育局2025年工作计划（修订）\n新建学校3所。\n", encoding="utf-8")
    with pytest.raises(TablesError, match="changed since the run"):
        metrics.span(out, str(mention))
    capsys.readouterr()
    assert main(["show-span", str(out), "no-such-id"]) == 1
    said = capsys.readouterr().err
    assert "no-such-id" in said and "no row" in said


def test_a_web_page_is_traced_in_the_text_the_run_kept(tmp_path: Path) -> None:
    pytest.importorskip("lxml")
    page = tmp_path / "in" / "报告.html"
    page.parent.mkdir()
    page.write_text(
        "<html><body><h1>北岭市文化局2024年工作总结</h1>"
        "<p>全年举办展览12场，接待游客35万人次。</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["extract", str(page.parent), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    page.unlink()  # the run's texts/报告.html.txt holds what the offsets point into
    rows = _rows(out)
    assert rows
    for row in rows:
        found = metrics.span(out, str(row["mention_id"]))
        assert found.text == row["text"] and found.file.name == "报告.html.txt"


@pytest.fixture
def memory_fs() -> Iterator[Any]:
    """fsspec's in-memory file system (what s3:// and hdfs:// are read through), emptied
    after the test."""
    fsspec = pytest.importorskip("fsspec")
    pytest.importorskip("upath")
    fs = fsspec.filesystem("memory")
    yield fs
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")


@pytest.mark.parametrize("out_remote", [False, True])
def test_rows_of_inputs_on_fsspec_storage_are_traced_there(
    memory_fs: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], out_remote: bool
) -> None:
    """A folder given as a URL (s3://…; memory:// here) is recorded as a URL: its rows
    were looked for at ``memory:/in/…``, a local path, and never found; ``--inputs``
    takes a URL too."""
    pytest.importorskip("lxml")
    for name, (text, encoding) in REPORTS.items():
        memory_fs.pipe(f"/in/{name}", text.encode(encoding))
    memory_fs.pipe(
        "/in/页面.html",
        "<html><body><p>北岭市文化局2024年工作总结</p><p>全年举办展览12场。</p></body></html>".encode(),
    )
    out = "memory://out" if out_remote else str(tmp_path / "out")
    assert main(["extract", "memory://in", "--out", out, "--quiet", "--jobs", "1"]) == 0
    rows = metrics.load(out).mentions[["mention_id", "text"]].to_dict("records")
    assert len(rows) >= 6
    for row in rows:
        assert metrics.span(out, row["mention_id"]).text == row["text"]
    gbk = next(r for r in rows if r["text"] == "12.5%")["mention_id"]
    capsys.readouterr()
    assert main(["show-span", out, gbk]) == 0
    assert "«12.5%»" in capsys.readouterr().out
    for name in REPORTS:  # the inputs moved on the same storage
        memory_fs.mv(f"/in/{name}", f"/moved/{name}")
    assert main(["show-span", out, gbk]) == 1
    assert "memory://in/2024/" in capsys.readouterr().err
    assert main(["show-span", out, gbk, "--inputs", "memory://moved"]) == 0
    assert "«12.5%»" in capsys.readouterr().out
