"""A full disk or a read-only place under ``metrics extract`` and ``metrics stats``: one
clear message naming the folder, exit 1, nothing partial left (no staging folder, no
temporary or 0-byte file, no unpublished run), and the previous run whole. The faults
are injected at the write call (permission bits do not stop root)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import metrics
from metrics import outlock, publish, tables
from metrics.cli import main
from metrics.publish import RUNS, current_id

from .conftest import SAMPLE

ONE = SAMPLE / "04_文化旅游局_2024.txt"
FAULTS = [(errno.ENOSPC, "No space left on device"), (errno.EROFS, "Read-only file system")]


def raises(code: int, text: str):
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, text)

    return fail


def listing(out: Path) -> list[str]:
    """Every path under ``out`` with its size (0-byte files show), the lock excluded."""
    return sorted(f"{p.relative_to(out)}:{p.lstat().st_size}" for p in out.rglob("*"))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    assert main(["extract", str(ONE), "--out", str(folder), "--quiet", "--jobs", "1"]) == 0
    return folder


@pytest.mark.parametrize(("code", "text"), FAULTS)
@pytest.mark.parametrize(
    "where", [(tables, "write_manifest"), (publish.os, "fsync"), (tables, "start_run")]
)
def test_extract_into_a_full_or_read_only_folder(
    out: Path,
    where: tuple[object, str],
    code: int,
    text: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before, run = listing(out), current_id(out)
    monkeypatch.setattr(*where, raises(code, text))
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err == f"metrics: error: {out}: cannot be written ({text})\n"
    assert listing(out) == before and current_id(out) == run
    assert set(metrics.load(out).documents["source_file"]) == {ONE.name}


@pytest.fixture(params=FAULTS, ids=["full", "read-only"])
def refused(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every new file refused as a full disk or a read-only folder refuses it (the
    statistics' writer leaves what a full disk leaves: a file begun), reads allowed;
    what the system says."""
    code, text = request.param
    real_write, real_open = pq.write_table, os.open

    def half_then_fail(table: pa.Table, path: Path, **kw: object) -> None:
        real_write(table.slice(0, 0), path, **kw)
        raise OSError(code, text)

    def no_new_file(path: object, flags: int, *args: object, **kw: object) -> int:
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            raise OSError(code, text)
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(pq, "write_table", half_then_fail)
    monkeypatch.setattr(outlock.os, "open", no_new_file)  # the lock
    return text


def test_stats_of_a_read_only_folder_prints_them_and_writes_nothing(
    out: Path, refused: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``metrics stats`` only reads a run whose statistics are up to date: it printed an
    error and nothing else in a folder it could not write to."""
    before = listing(out)
    assert main(["stats", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.err == "" and "share_masked" in printed.out
    assert "up to date in" in printed.out.splitlines()[-1]
    assert listing(out) == before


@pytest.fixture
def stale(out: Path) -> pa.Table:
    """``out`` whose run's stats_groups is a row short, as an earlier version's count may
    be; the table a recount gives."""
    path = out / RUNS / str(current_id(out)) / "stats_groups.parquet"
    recount = pq.read_table(path)
    pq.write_table(recount.slice(1), path)
    return recount


def test_stats_that_cannot_be_saved_are_printed_and_named_with_where(
    out: Path,
    stale: pa.Table,
    refused: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A run whose statistics differ from a recount in a place that refuses the write:
    the printout, then one line naming the folder, what the system said, and the file
    that stays as it was."""
    run = out / RUNS / str(current_id(out))
    before, stats = listing(out), (run / "stats_groups.parquet").read_bytes()
    assert main(["stats", str(out)]) == 1
    printed = capsys.readouterr()
    assert "share_masked" in printed.out
    assert printed.err == (
        f"metrics: error: {out}: cannot be written ({refused}): the statistics above were "
        f"printed, not saved; {run} keeps its stats_groups.parquet\n"
    )
    assert listing(out) == before
    assert (run / "stats_groups.parquet").read_bytes() == stats
    monkeypatch.undo()
    assert main(["stats", str(out)]) == 0  # once the place takes writes again
    assert pq.read_table(run / "stats_groups.parquet").equals(stale)


@pytest.mark.parametrize(("code", "text"), FAULTS)
@pytest.mark.parametrize(
    "table", ["mentions", "documents.parquet", "plan_vs_outcome.parquet", "trends.parquet"]
)
def test_a_table_whose_write_fails_midway_is_one_error_line(
    out: Path,
    table: str,
    code: int,
    text: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The disk fills while a table's rows are written: pyarrow raises the OSError (its
    errno, and a text of its own) and closes its file, so the writer's cleanup must not
    write to it again (it did, and the second error, `Operation on closed file`, hid the
    first behind a traceback). The line says what the system said."""
    before, run = listing(out), current_id(out)
    real, failed = pq.ParquetWriter.write_table, []

    def full(self: pq.ParquetWriter, *args: object, **kw: object) -> None:
        if table in Path(self.where).parts and not failed:  # pyarrow closes its file
            failed.append(self.where)
            self.writer.close()
            raise OSError(code, f"Error writing bytes to file. Detail: [errno {code}] {text}")
        real(self, *args, **kw)  # on the file closed: `Operation on closed file`

    monkeypatch.setattr(pq.ParquetWriter, "write_table", full)
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    assert failed
    assert capsys.readouterr().err == f"metrics: error: {out}: cannot be written ({text})\n"
    assert listing(out) == before and current_id(out) == run
    assert set(metrics.load(out).documents["source_file"]) == {ONE.name}


def test_stats_stopped_by_ctrl_c_leave_no_temporary_file(
    out: Path, stale: pa.Table, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = out / RUNS / str(current_id(out))
    before, real = listing(out), pq.write_table

    def interrupted(table: pa.Table, path: Path, **kw: object) -> None:
        real(table.slice(0, 0), path, **kw)
        raise KeyboardInterrupt

    monkeypatch.setattr(pq, "write_table", interrupted)
    assert main(["stats", str(out)]) == 130
    assert capsys.readouterr().err.endswith("interrupted (SIGINT); nothing was written\n")
    assert listing(out) == before and not list(run.glob(".*stats*"))


@pytest.mark.parametrize(("code", "text"), FAULTS)
@pytest.mark.parametrize("fmt", ["xlsx", "csv", "parquet"])
def test_an_export_into_a_full_or_read_only_folder_keeps_the_earlier_one(
    out: Path,
    fmt: str,
    code: int,
    text: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The workbook's save failing on a full tmpfs (by hand: 3 MB, 148 KB left) printed
    openpyxl's traceback of WorkbookAlreadySaved, raised while its sheets were closed
    after the save had begun; the error line came last. One line now, exit status 1, the
    export made before whole and no staging folder left."""
    import zipfile

    import pandas as pd

    assert main(["export", str(out), "--format", fmt]) == 0
    before = listing(out / "export")
    capsys.readouterr()
    target = {
        "xlsx": (zipfile.ZipFile, "write"),
        "csv": (pd.DataFrame, "to_csv"),
        "parquet": (pq.ParquetWriter, "write_table"),
    }[fmt]
    monkeypatch.setattr(*target, raises(code, text))
    assert main(["export", str(out), "--format", fmt]) == 1
    said = capsys.readouterr().err
    assert said.splitlines() == [
        f"metrics: error: {out / 'export'}: cannot be written ({text}); nothing exported"
    ]
    assert listing(out / "export") == before
