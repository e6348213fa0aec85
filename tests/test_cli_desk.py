"""The command line behaves: messages through the progress bar, --quiet and -v, a summary
aligned for Chinese text, refused writes as one line, install hints that name this project."""

from __future__ import annotations

import errno
import io
import os
import re
import tomllib
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import metrics
from metrics.cli import Summary, align, main
from metrics.export import display_width
from metrics.packed import pack
from metrics.pipeline import FileResult
from metrics.records import Document

from .conftest import ROOT, SAMPLE

# a table of contents naming a report that the file does not hold: a warning per run
TRUNCATED = (
    "目  录\n一、区教育局2024年工作总结…………1\n二、区卫生健康委员会2024年工作总结…………5\n\n"
    "区教育局2024年工作总结\n\n全年新建学校3所，新增学位1200个。\n"
)


class Terminal(io.StringIO):
    """stderr as a terminal, so the progress bar is drawn."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a_truncated.txt").write_text(TRUNCATED, encoding="utf-8")
    first = sorted(SAMPLE.glob("*.txt"))[0]
    (folder / first.name).write_bytes(first.read_bytes())
    return folder


def test_a_warning_is_printed_on_its_own_line_above_the_bar(
    reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["extract", str(reports), "--out", str(tmp_path / "o"), "--jobs", "1"]) == 0
    lines = [ln for ln in terminal.getvalue().split("\n") if "warning:" in ln]
    assert lines and "extract" in terminal.getvalue()  # the bar was drawn
    # whatever the bar left on the line is cleared by a carriage return before the message
    assert all(ln.rsplit("\r", 1)[-1].startswith("metrics: warning:") for ln in lines)


def test_quiet_prints_only_errors_and_verbose_names_each_file(
    reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "o")
    assert main(["extract", str(reports), "--out", out, "--jobs", "1", "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    (reports / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8")  # a lone UTF-16 surrogate
    code = main(["extract", str(reports), "--out", out, "--jobs", "1", "--quiet"])
    quiet = capsys.readouterr()
    assert code == 1 and quiet.out == "" and "error:" in quiet.err
    assert "warning:" not in quiet.err
    (reports / "broken.txt").unlink()
    assert main(["extract", str(reports), "--out", out, "--jobs", "1", "-v"]) == 0
    loud = capsys.readouterr().err
    assert "warning:" in loud
    assert re.search(r"a_truncated\.txt: \d+ figure\(s\), \d+ pair\(s\)", loud)


def test_the_summary_aligns_chinese_department_names() -> None:
    summary = Summary()
    for dept, year in (("教育局", 2024), ("卫生健康委员会", 2023), ("(unknown)", 2024)):
        doc = Document(
            doc_id=f"{dept}#0",
            source_file="f.txt",
            doc_index=0,
            char_start=0,
            char_end=1,
            title=dept,
            department=dept,
            department_raw=dept,
            level=None,
            place_masked=False,
            summary_year=year,
            plan_year=None,
            kind="summary",
        )
        summary.add(pack(FileResult(source_file="f.txt", documents=[doc])))
    lines = summary.render("out").splitlines()
    rows = lines[lines.index("documents per government unit and year:") + 1 :]
    assert len(rows) == 4
    assert len({display_width(r) for r in rows}) == 1  # every row ends in the same column
    years = [re.search(r"20\d\d", r) for r in rows[1:]]
    ends = {display_width(r[: m.end()]) for r, m in zip(rows[1:], years, strict=True) if m}
    assert len(ends) == 1  # the years line up


def test_align_pads_by_display_width() -> None:
    lines = align([("部门", "n"), ("ab", "10")])
    assert [display_width(ln) for ln in lines] == [10, 10]


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_stats_into_a_refusing_place_is_one_line_and_keeps_the_old_table(
    tmp_path: Path, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole sample: its run's statistics are those a recount gives (nothing to
    write); a run that lacks one (an older run's) has it written, and a place refusing
    that write is one line after the printout, the other table untouched."""
    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    before = (out / "current" / "stats_groups.parquet").read_bytes()
    (out / "current" / "stats_metrics.parquet").unlink()

    def refuse(table: object, path: object, *args: object, **kwargs: object) -> None:
        Path(str(path)).write_bytes(b"PAR1")  # a full disk stops a write half way
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(pq, "write_table", refuse)  # the statistics' writer
    assert main(["stats", str(out)]) == 1
    printed = capsys.readouterr()
    assert "share_masked" in printed.out
    err = printed.err
    assert err.count("\n") == 1 and str(out) in err and os.strerror(code) in err
    assert err.endswith("keeps its stats_metrics.parquet\n")
    assert (out / "current" / "stats_groups.parquet").read_bytes() == before
    assert sorted(p.name for p in (out / "current").glob("stats_*")) == ["stats_groups.parquet"]
    monkeypatch.undo()
    capsys.readouterr()
    assert main(["stats", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "up to date in" in lines[-2] and "written to" in lines[-1]
    assert (out / "current" / "stats_groups.parquet").read_bytes() == before


def test_extract_into_a_full_disk_is_one_line_and_keeps_the_previous_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    before = metrics.load(out).mentions

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full)
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and str(out) in err
    monkeypatch.undo()
    pd.testing.assert_frame_equal(metrics.load(out).mentions, before)


def test_install_hints_name_this_projects_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] != "metrics"  # an unrelated package on the index has that name
    hints = set()
    for source in (ROOT / "metrics").rglob("*.py"):
        hints |= set(re.findall(r"pip install '([^'\[]+)\[(\w+)\]'", source.read_text("utf-8")))
    assert {"dask", "remote"} <= {extra for _, extra in hints}
    assert {dist for dist, _ in hints} == {project["name"]}
    assert all(extra in project["optional-dependencies"] for _, extra in hints)


def test_stats_aligns_chinese_department_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["stats", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()[:-2]  # the table, without "… written to"
    assert any("医疗保障局" in ln for ln in lines) and any("政府" in ln for ln in lines)
    assert len({display_width(ln) for ln in lines[2:]}) == 1  # the columns end together


def test_a_reader_that_goes_away_ends_the_output_without_a_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    cmd = [sys.executable, "-m", "metrics.cli", "stats", str(out)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # as `| head -0` would: nobody reads what it prints
    err = child.stderr.read().decode()
    assert child.wait() == 1 and "Traceback" not in err and "BrokenPipe" not in err


def test_stats_prints_each_government_unit_on_its_own_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The printout summed the figures of department × year: two counties' 政府 of one
    year (东湖县, 白桦旗 in data/sample) were one row, and a 区 and a 县 教育局 another,
    though the tables keep each government unit (level, place, department) apart."""
    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["stats", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()[:-2]
    groups = metrics.load(out).stats_groups
    units = groups.groupby(["level", "place", "department", "year"], dropna=False).ngroups
    assert len(lines) == 2 + units  # a header of two lines, then a row a unit and year
    assert any("东湖县" in ln for ln in lines) and any("白桦旗" in ln for ln in lines)


def test_the_summary_counts_documents_per_government_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `metrics stats`: the summary of a run gave `政府 2025 4` for the work reports of
    four governments of data/sample (东湖县, 白桦旗, 青川市, 北岭自治区)."""
    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--jobs", "1"]) == 0
    text = capsys.readouterr().out
    rows = text[text.index("documents per government unit and year:") :].splitlines()[2:]
    documents = metrics.load(out).documents
    year = documents["summary_year"].fillna(documents["plan_year"])
    units = documents.assign(y=year).groupby(["level", "place", "department", "y"], dropna=False)
    assert len(rows) == units.ngroups
    assert any("白桦旗" in r and "2025" in r for r in rows)
    assert any("东湖县" in r and "2025" in r for r in rows)


def test_many_files_with_one_problem_are_named_ten_times_then_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of 10,000 tiny files, 3,000 of them empty (by hand): 3,000 error lines,
    each 'the file is empty', buried whatever else went wrong. The first ten of a problem
    are named, the rest counted in one line at the end; a file with another problem is
    still named; -v names every one; failures.parquet lists every failed file."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("县统计局2024年工作总结\n完成统计调查12项。\n", encoding="utf-8")
    for i in range(25):
        (folder / f"empty{i:02d}.txt").write_text("", encoding="utf-8")
    (folder / "z.docx").write_bytes(b"not a zip")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    lines = capsys.readouterr().err.splitlines()
    empty = [line for line in lines if line.endswith(": the file is empty")]
    assert len(empty) == 10
    assert any("z.docx" in line for line in lines)
    assert "metrics: error: 15 more file(s): the file is empty" in "\n".join(lines)
    assert lines[-1] == "metrics: error: 26 input problem(s); see the errors above"
    assert len(metrics.load(out).failures) == 26
    assert main(["extract", str(folder), "--out", str(out), "-v", "--jobs", "1"]) == 1
    verbose = capsys.readouterr().err.splitlines()
    assert len([line for line in verbose if line.endswith(": the file is empty")]) == 25


def test_a_first_run_stopped_says_the_folder_holds_no_run(tmp_path: Path) -> None:
    """A first run of 1 GB stopped by SIGTERM (by hand) said 'nothing was published: out
    keeps its previous run', of a folder that never held one."""
    from metrics.cli import _left

    out = tmp_path / "out"
    assert _left(out, None) == f"nothing was published: {out} holds no run (it held none before)"
    report = str(SAMPLE / "04_文化旅游局_2024.txt")
    assert main(["extract", report, "--out", str(out), "--quiet"]) == 0
    run = (out / "CURRENT").read_text().strip()
    assert _left(out, run) == f"nothing was published: {out} keeps its previous run"
