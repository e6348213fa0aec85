"""``metrics.load`` and the CLI at the door of a broken output folder: one TablesError
naming the table and the problem, never a raw pyarrow error or missing columns."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import metrics
from metrics.cli import main
from metrics.outlock import output_lock
from metrics.outputs import MANIFEST, SCHEMA_VERSION, TABLES
from metrics.publish import current_id
from metrics.tables import MARKER

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture
def out(written: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "out"
    shutil.copytree(written, copy, symlinks=True)
    return copy


def test_a_run_writes_its_schema_version(written: Path) -> None:
    manifest = json.loads((written / "current" / MANIFEST).read_text("utf-8"))
    sources = manifest.pop("sources")  # where each file was read (test_show_span.py)
    assert manifest == {
        "schema_version": SCHEMA_VERSION,
        "tables": [t.path for t in TABLES],
        "run_id": current_id(written),
    }
    assert {s["root"] for s in sources.values()} == {str(SAMPLE.absolute())}
    assert not metrics.load(written).mentions.empty


def test_a_folder_without_manifest_reads_as_version_1(out: Path) -> None:
    (out / "current" / MANIFEST).unlink()
    assert not metrics.load(out).mentions.empty


def test_a_newer_schema_version_is_refused(out: Path) -> None:
    (out / "current" / MANIFEST).write_text(json.dumps({"schema_version": 99}), "utf-8")
    with pytest.raises(metrics.TablesError, match="schema version 99"):
        metrics.load(out)


def test_a_truncated_table_is_named(out: Path) -> None:
    path = out / "current" / "pairs.parquet"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(metrics.TablesError, match=r"^pairs\.parquet: .*truncated or corrupt"):
        metrics.load(out)


def test_a_corrupt_mentions_partition_is_named(out: Path) -> None:
    part = next((out / "current" / "mentions").rglob("*.parquet"))
    part.write_bytes(b"not parquet at all" * 10)
    with pytest.raises(metrics.TablesError, match=r"^mentions: "):
        metrics.load(out)


def test_a_missing_table_is_named(out: Path) -> None:
    (out / "current" / "documents.parquet").unlink()
    with pytest.raises(metrics.TablesError, match=r"^documents\.parquet: is missing"):
        metrics.load(out)


def test_a_folder_that_is_no_output_is_refused(tmp_path: Path) -> None:
    with pytest.raises(metrics.TablesError, match=rf"^{tmp_path}: holds no metrics output"):
        metrics.load(tmp_path)
    assert issubclass(metrics.TablesError, metrics.MetricsError)


def test_a_mistyped_folder_is_named_as_missing(tmp_path: Path) -> None:
    """`metrics.load("ouput")` said `mentions: is missing: ouput holds no metrics
    output`, as if a table of a real output were lost."""
    with pytest.raises(metrics.TablesError, match=rf"^{tmp_path / 'ouput'}: no such folder$"):
        metrics.load(tmp_path / "ouput")


@pytest.mark.parametrize("command", [["stats"], ["export", "--format", "csv"]])
def test_a_folder_whose_first_run_is_being_written(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader started beside the first run into a folder: told to wait for that run,
    not that the folder holds no output."""
    out = tmp_path / "out"
    out.mkdir()
    (out / MARKER).write_text("{}", encoding="utf-8")
    with output_lock(out):
        with pytest.raises(metrics.TablesError, match="its first run is being written"):
            metrics.load(out)
        assert main([command[0], str(out), *command[1:]]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"metrics: error: {out}: holds no run yet: its first run is being")
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", [["stats"], ["export", "--format", "csv"]])
def test_the_cli_prints_it_on_one_line(
    out: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = out / "current" / "documents.parquet"
    path.write_bytes(path.read_bytes()[:40])
    assert (out / MARKER).exists()
    assert main([command[0], str(out), *command[1:]]) == 1
    err = capsys.readouterr().err
    assert err.startswith("metrics: error: documents.parquet:")
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    ("manifest", "problem"),
    [
        ('{"run_id": "x"}', "states no schema_version (damaged, or not written by metrics)"),
        ("[1, 2]", "states no schema_version"),
        ('{"schema_version": 1', "cannot be read (Expecting"),
    ],
)
def test_a_manifest_without_its_version_says_so(out: Path, manifest: str, problem: str) -> None:
    """A manifest without schema_version said `manifest.json: cannot be read
    ('schema_version')`: a key's name for a reason, and no folder."""
    (out / "current" / MANIFEST).write_text(manifest, "utf-8")
    with pytest.raises(metrics.TablesError) as info:
        metrics.load(out)
    assert problem in str(info.value) and str(out) in str(info.value)
