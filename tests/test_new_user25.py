"""Failures met by trying the tool as a new user would (round 25: what README and docs
promise, the exports for the desk, file names): each reproduced here first (each test
failed on 4d6dac4), then fixed for its class."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import metrics
from metrics.cli import main

from . import format_files as ff

NAME_MAX = 255  # bytes of one name in a folder (ext4, XFS, Btrfs, APFS's UTF-8)


def _long_name(stem: str, suffix: str) -> str:
    """``stem`` padded with 某 to the longest name a folder takes (255 bytes, or one or
    two fewer where a CJK character's 3 bytes do not fit), ending in ``suffix``."""
    name = stem + suffix
    while len((name + "某").encode("utf-8")) <= NAME_MAX:
        name = stem + "某" * (len(name) - len(stem) - len(suffix) + 1) + suffix
    return name


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_report_of_a_long_name_in_another_format_keeps_its_text(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Word file or a web page named as a publishing system names an attachment (the
    whole title of the notice, 250 bytes and more) failed the whole run: its text is kept
    as ``texts/NAME.txt``, a name four bytes longer than the file system takes, and the
    run ended in "cannot be written (File name too long)", nothing published. Every
    input's text is kept under a name the system takes, and show-span finds it."""
    pytest.importorskip("docx")
    pytest.importorskip("lxml")
    folder = tmp_path / "附件"
    folder.mkdir()
    name = _long_name("关于印发东湖县统计局2023年工作总结的通知", suffix)
    assert len(name.encode("utf-8")) > NAME_MAX - len(".txt")
    if suffix == ".docx":
        ff.write_docx(folder / name)
    else:
        (folder / name).write_bytes(ff.html_page("utf-8"))
    ff.write_txt(folder / "短名.txt")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    tables = metrics.load(out)
    assert set(tables.documents["source_file"]) == {name, "短名.txt"}
    row = tables.mentions[tables.mentions["source_file"] == name].iloc[0]
    capsys.readouterr()
    assert main(["show-span", str(out), row["mention_id"]]) == 0
    assert f"«{row['text']}»" in capsys.readouterr().out
    found = metrics.span(out, row["mention_id"])
    assert found.text == row["text"]
    assert all(len(part.encode("utf-8")) <= NAME_MAX for part in found.file.parts)


def test_a_word_file_named_in_gbk_bytes_keeps_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name in GBK bytes (a ZIP unpacked on Linux from a Windows machine) is kept in
    the tables with ``\\xNN`` escapes, four characters a byte: a Word file of a title of
    20 Chinese characters (40 bytes, 160 escaped) left a kept text's name of 170 and more,
    and one of 64 characters broke the run as above."""
    pytest.importorskip("docx")
    folder = tmp_path / "附件"
    folder.mkdir()
    raw = ("关于印发东湖县统计局二〇二三年度工作总结和二〇二四年工作计划的通知" * 2).encode("gbk")
    path = Path(os.fsdecode(os.fsencode(folder) + b"/" + raw + b".docx"))
    ff.write_docx(path)
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    tables = metrics.load(out)
    (source,) = set(tables.documents["source_file"])
    assert source.startswith("\\x") and source.endswith(".docx")
    row = tables.mentions.iloc[0]
    capsys.readouterr()
    assert main(["show-span", str(out), row["mention_id"]]) == 0
    assert f"«{row['text']}»" in capsys.readouterr().out


def test_an_installed_copy_describes_the_columns_in_its_xlsx_readme_sheet(tmp_path: Path) -> None:
    """README: the XLSX export has "a README sheet with every column's meaning from
    docs/schema.md". Installed from a wheel (``pip install 'gov-report-metrics[formats]'``,
    as README says elsewhere than in a clone) the package had no docs/ beside it, and all
    231 meanings of the sheet were empty. The build puts the schema in the package
    (``metrics/schema.md``), which the export reads where no docs/ stands beside it."""
    import subprocess
    import sys

    from .conftest import ROOT

    built = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "-d", str(built)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    packaged = built / "metrics" / "schema.md"
    assert packaged.read_text("utf-8") == (ROOT / "docs" / "schema.md").read_text("utf-8")
    probe = (
        "import metrics.export as x; "
        "rows = x.schema_descriptions({'mentions': ['value', 'mask'], 'documents': ['title']}); "
        "print(x.SCHEMA_DOC); print(sum(1 for r in rows if r[2]))"
    )
    said = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(built)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    assert Path(said[0]) == packaged and said[1] == "3"


def test_a_dask_scheduler_that_cannot_be_reached_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--scheduler`` with an address no scheduler listens at (a typo, a cluster not
    started yet) waited distributed's 30 s and then blamed the output folder: "out: cannot
    be written (Timed out trying to connect to tcp://…)", exit status 1, as a full disk
    is said. It names the scheduler and says what to check; a usage error (2), like a
    cluster of other code; nothing is written."""
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    report = ff.write_txt(tmp_path / "report.txt")
    out = tmp_path / "out"
    address = "tcp://127.0.0.1:1"  # (a port no scheduler listens at)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        status = main(
            ["extract", str(report), "--out", str(out), "--engine", "dask", "--scheduler", address]
        )
    said = capsys.readouterr().err
    assert status == 2
    assert f"{address}: the Dask scheduler cannot be reached" in said
    assert "cannot be written" not in said
    assert not (out / "CURRENT").exists()


@pytest.mark.parametrize("command", ["stats", "export", "show-span"])
def test_a_file_given_for_an_output_folder_is_said_to_be_a_file(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report file given where an output folder is asked for (`metrics stats
    report.txt`, the input in place of the output) was said to "hold no metrics output
    (no CURRENT, no mentions/)", as if it were a folder. It is said to be a file, for
    every command and for ``metrics.load``."""
    report = ff.write_txt(tmp_path / "report.txt")
    args = [command, str(report)] + (["x"] if command == "show-span" else [])
    assert main(args) == 1
    said = capsys.readouterr().err
    assert f"{report}: is a file, not a folder" in said and "holds no" not in said
    with pytest.raises(metrics.TablesError, match="is a file, not a folder"):
        metrics.load(report)


def test_more_jobs_than_cores_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--jobs 24`` on a machine of two cores (more must be faster) forked 24 workers,
    1.4 GB of memory for data/sample's 10 files, and ran no faster, in silence. The run
    goes on as asked (the tables are the same for any N) and says so in a warning."""
    report = ff.write_txt(tmp_path / "report.txt")
    cores = os.cpu_count() or 1
    jobs = cores + 1
    out = tmp_path / "out"
    assert main(["extract", str(report), "--out", str(out), "--jobs", str(jobs)]) == 0
    said = capsys.readouterr().err
    assert f"--jobs {jobs} is more than this machine's {cores} core(s)" in said
    assert main(["extract", str(report), "--out", str(out), "--jobs", str(cores)]) == 0
    assert "--jobs" not in capsys.readouterr().err
