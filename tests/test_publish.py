"""A run is published as a whole: ``DIR/runs/<id>/`` and one pointer (``CURRENT``, and the
``current`` symlink) switched atomically; a reader always sees one complete run, a killed
writer leaves the old run or the new one, and the tool never deletes what it did not
write."""

from __future__ import annotations

import dataclasses
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest

import metrics
from metrics import api, outputs, tables
from metrics.cli import main
from metrics.export import table_names
from metrics.outputs import TABLES, TableFile
from metrics.publish import CURRENT, KILL_AT, LINK, PRUNING, RUNS, STEPS, current_id

from .conftest import ROOT, SAMPLE

ONE = SAMPLE / "04_文化旅游局_2024.txt"
EVERY = {p.name for p in SAMPLE.glob("*.txt")}


def extract(source: Path, out: Path, *more: str) -> int:
    return main(["extract", str(source), "--out", str(out), "--quiet", "--jobs", "1", *more])


def runs(out: Path) -> list[str]:
    return sorted(p.name for p in (out / RUNS).iterdir())


def whole_run(out: Path) -> set[str]:
    """The files of the run ``metrics.load`` reads, checked to be one run: every table
    holds the same files, and the pointer file and the symlink agree."""
    tables = metrics.load(out)
    files = set(tables.documents["source_file"].astype(str))
    assert set(tables.mentions["source_file"].astype(str)) <= files
    assert tables.stats_groups["n_figures"].sum() == len(tables.mentions)
    assert files in ({ONE.name}, EVERY), files
    return files


def test_a_run_is_written_in_its_own_folder_and_one_pointer_names_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    first = current_id(out)
    assert runs(out) == [first]
    assert os.readlink(out / LINK) == f"{RUNS}/{first}"
    assert extract(SAMPLE, out) == 0
    second = current_id(out)
    assert runs(out) == sorted([first, second])  # the previous run is kept for its readers
    assert whole_run(out) == EVERY
    # external readers: pandas and Arrow on DIR/current/ see the run CURRENT names
    mentions = pd.read_parquet(out / LINK / "mentions")
    assert len(mentions) == len(metrics.load(out).mentions)
    assert ds.dataset(out / LINK / "mentions", partitioning="hive").count_rows() == len(mentions)
    assert extract(ONE, out) == 0
    assert runs(out) == sorted([second, current_id(out)])  # the oldest is pruned
    assert whole_run(out) == {ONE.name}


def test_stats_and_export_follow_the_pointer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(SAMPLE, out) == 0
    (out / LINK / "stats_groups.parquet").unlink()
    assert main(["stats", str(out)]) == 0
    assert (out / LINK / "stats_groups.parquet").exists()
    assert not (out / "stats_groups.parquet").exists()
    assert main(["export", str(out), "--format", "csv"]) == 0
    exported = pd.read_csv(out / "export" / "csv" / "documents.csv")
    assert set(exported["source_file"]) == EVERY


def test_a_folder_of_the_older_layout_still_loads(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(SAMPLE, out) == 0
    new = metrics.load(out)
    old = tmp_path / "old"  # the tables at the top, as runs before the pointer wrote them
    shutil.copytree(out / RUNS / str(current_id(out)), old)
    pd.testing.assert_frame_equal(metrics.load(old).mentions, new.mentions)
    (old / "documents.parquet").unlink()
    with pytest.raises(metrics.TablesError, match=r"^documents\.parquet: is missing"):
        metrics.load(old)


def test_a_pointer_to_a_missing_run_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    (out / CURRENT).write_text("20990101T000000Z-gone\n", "utf-8")
    with pytest.raises(metrics.TablesError, match=r"the current run of .* is missing"):
        metrics.load(out)
    (out / CURRENT).write_text("../../etc\n", "utf-8")
    with pytest.raises(metrics.TablesError, match="does not name a run"):
        metrics.load(out)


def test_readers_during_reruns_always_see_one_complete_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    code = (
        "import sys\nfrom metrics.cli import main\n"
        "for i in range(4):\n"
        "    src = sys.argv[2] if i % 2 else sys.argv[1]\n"
        "    assert main(['extract', src, '--out', sys.argv[3], '--quiet', '--jobs', '1']) == 0\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", code, str(SAMPLE), str(ONE), str(out)])
    seen = []
    try:
        while writer.poll() is None:
            seen.append(frozenset(whole_run(out)))
    finally:
        writer.wait()
    assert writer.returncode == 0
    assert len(seen) >= 2 and whole_run(out) == {ONE.name}


def _killed_run(out: Path, env: dict[str, str], delay: float | None = None) -> int:
    """Run ``metrics extract SAMPLE --out out`` in a subprocess, killed by its own hook
    (``env``) or by SIGKILL after ``delay`` seconds; its return code."""
    cmd = [sys.executable, "-m", "metrics.cli", "extract", str(SAMPLE), "--out", str(out)]
    proc = subprocess.Popen(
        [*cmd, "--quiet", "--jobs", "1"], cwd=ROOT, env={**os.environ, **env}
    )
    if delay is not None:
        time.sleep(delay)
        proc.kill()
    return proc.wait()


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_publishing_step_leaves_the_old_or_the_new_run(
    tmp_path: Path, step: str
) -> None:
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    assert _killed_run(out, {KILL_AT: step}) == -9
    expected = {ONE.name} if step in ("staged", "renamed") else EVERY
    assert whole_run(out) == expected
    # the next run cleans up after the killed one: its lock, staging and temporary files
    assert extract(ONE, out) == 0
    assert whole_run(out) == {ONE.name}
    assert len(runs(out)) == 2 and sorted(p.name for p in out.iterdir()) == sorted(
        [".metrics-output", CURRENT, LINK, RUNS]
    )


def test_kills_at_random_instants_leave_a_complete_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    rng = random.Random(25)
    for _ in range(5):
        _killed_run(out, {}, delay=rng.uniform(0.5, 4.0))
        whole_run(out)
    assert extract(ONE, out) == 0
    assert whole_run(out) == {ONE.name} and len(runs(out)) == 2


def test_one_registry_of_tables_is_followed_by_load_export_and_publishing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [f.name for f in dataclasses.fields(metrics.Tables)] == [t.name for t in TABLES]
    assert table_names() == tuple(t.name for t in TABLES)
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    run = out / RUNS / str(current_id(out))
    assert all((run / t.path).exists() for t in TABLES)
    # a table the registry names that a run did not write: that run is never published
    monkeypatch.setattr(outputs, "TABLES", (*TABLES, TableFile("extra", "extra.parquet")))
    with pytest.raises(metrics.TablesError, match=r"^extra\.parquet: was not written"):
        tables.write_outputs(out, iter(()))
    assert runs(out) == [run.name] and not list((out / RUNS).glob(".staging-*"))


def _republishing_reader(
    out: Path, monkeypatch: pytest.MonkeyPatch, times: int
) -> list[str]:
    """Make ``metrics.load``'s first table read of each of its first ``times`` attempts
    publish two re-runs of ``ONE`` (a slow reader on a loaded machine): the run it opened
    is pruned under it. The names of the tables read are returned as they come."""
    real, read = api.read_table, []

    def reader(root: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        frame = real(root, name, columns)
        read.append(name)
        if read.count(read[0]) <= times and name == read[0]:
            assert extract(ONE, out) == 0 and extract(ONE, out) == 0
        return frame

    monkeypatch.setattr(api, "read_table", reader)
    return read


def test_a_run_pruned_while_it_is_read_is_read_again_from_the_new_pointer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert extract(SAMPLE, out) == 0
    first = current_id(out)
    read = _republishing_reader(out, monkeypatch, times=1)
    assert whole_run(out) == {ONE.name}  # whole, and all of the newest run
    assert first not in runs(out) and read.count(read[0]) == 2


def test_a_run_pruned_under_two_reads_is_read_a_third_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow reader on a busy machine can see two re-runs of a small folder go by."""
    out = tmp_path / "out"
    assert extract(SAMPLE, out) == 0
    read = _republishing_reader(out, monkeypatch, times=2)
    assert whole_run(out) == {ONE.name}
    assert read.count(read[0]) == 3


def test_a_run_pruned_under_every_read_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert extract(SAMPLE, out) == 0
    _republishing_reader(out, monkeypatch, times=api.READS)
    with pytest.raises(metrics.TablesError, match=f"{api.READS} runs in turn were pruned"):
        metrics.load(out)


def test_a_prune_killed_midway_is_finished_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    first = current_id(out)
    assert extract(SAMPLE, out) == 0
    # killed while removing the run: renamed, its manifest gone, its marker (last) not
    half = out / RUNS / f"{PRUNING}{first}"
    (out / RUNS / str(first)).rename(half)
    (half / "manifest.json").unlink()
    shutil.rmtree(half / "mentions")
    mine = out / RUNS / f"{PRUNING}notes"  # a user's folder of that name is never removed
    mine.mkdir()
    (mine / "notes.txt").write_text("mine", "utf-8")
    assert extract(ONE, out) == 0
    assert not half.exists() and (mine / "notes.txt").read_text("utf-8") == "mine"
    assert whole_run(out) == {ONE.name}


def test_a_run_pruned_while_its_optional_tables_are_read_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader on a run that a re-run prunes after the mentions were read must not take
    the optional tables' absence (the folder renamed away) for a run that predates them:
    it would see its mentions with empty statistics. It reads the current run again."""
    last_required = [t.path for t in TABLES if not t.optional][-1]
    out = tmp_path / "out"
    assert extract(ONE, out) == 0
    first = current_id(out)
    assert extract(SAMPLE, out) == 0
    second = current_id(out)
    read = api.read_table
    pruned_once: list[str] = []

    def prune_after_required(root, path):  # a re-run prunes ``root`` mid-read
        frame = read(root, path)
        if path == last_required and not pruned_once:
            pruned_once.append(root.name)
            root.rename(root.with_name(f"{PRUNING}{root.name}"))
            (out / CURRENT).write_text(first)  # (the pointer names a kept run)
        return frame

    monkeypatch.setattr(api, "read_table", prune_after_required)
    tables_read = metrics.load(out)
    assert pruned_once == [second]
    assert tables_read.stats_groups["n_figures"].sum() == len(tables_read.mentions) > 0
    assert set(tables_read.documents["source_file"].astype(str)) == {ONE.name}


def test_a_run_into_a_folder_of_the_older_layout_names_its_old_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder an older version wrote holds its tables at the top; a run beside them
    publishes in runs/ and leaves them (not its to remove), where pandas or DuckDB
    reading DIR/mentions still found them, silently stale: the run says so."""
    from metrics.cli import main

    report = tmp_path / "r.txt"
    report.write_text("某县统计局2023年工作总结\n全年完成统计调查28项。\n", encoding="utf-8")
    first = tmp_path / "first"
    assert main(["extract", str(report), "--out", str(first), "--quiet"]) == 0
    old = tmp_path / "old"
    shutil.copytree(first / "current", old)  # the older layout: tables at the top
    (old / "manifest.json").unlink()
    assert main(["extract", str(report), "--out", str(old)]) == 0
    err = capsys.readouterr().err
    assert f"{old}: documents.parquet, sections.parquet, mentions" in err
    assert "remove them" in err
    assert (old / "mentions").is_dir()  # left: not the run's to remove
    assert main(["extract", str(report), "--out", str(first)]) == 0
    assert "older version" not in capsys.readouterr().err
