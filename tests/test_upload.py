"""Publishing to an object store (fsspec ``memory://``): the run's files go to
``runs/<id>/`` first, ``CURRENT`` is written last in one PUT, so a failed upload leaves
readers on the previous run; old runs are pruned only after the switch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import metrics
from metrics.cli import main
from metrics.publish import CURRENT, RUNS

from .conftest import SAMPLE

ONE = SAMPLE / "04_文化旅游局_2024.txt"


@pytest.fixture
def memory_fs() -> Iterator[Any]:
    pytest.importorskip("upath")
    fs = pytest.importorskip("fsspec").filesystem("memory")
    yield fs
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")


def upload(source: object) -> int:
    return main(["extract", str(source), "--out", "memory://store", "--quiet", "--jobs", "1"])


def files_of(loaded: metrics.Tables) -> set[str]:
    return set(loaded.documents["source_file"].astype(str))


def test_current_is_written_last_after_every_file_of_the_run(
    memory_fs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[str] = []
    cls = type(memory_fs)
    put, pipe = cls.put_file, cls.pipe_file
    monkeypatch.setattr(cls, "put_file", lambda s, a, b, **k: (writes.append(b), put(s, a, b)))
    monkeypatch.setattr(cls, "pipe_file", lambda s, p, v, **k: (writes.append(p), pipe(s, p, v)))
    assert upload(ONE) == 0
    run = memory_fs.cat(f"/store/{CURRENT}").decode().strip()
    tables = [w for w in writes if f"/{RUNS}/{run}/" in w]
    assert writes[-1].endswith(f"/store/{CURRENT}") and len(tables) == len(writes) - 2
    assert tables[0].endswith("/manifest.json")  # the mark that the folder is ours, first


def test_a_failed_upload_leaves_the_previous_run_current(
    memory_fs: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert upload(ONE) == 0
    before = memory_fs.cat(f"/store/{CURRENT}")
    cls, put = type(memory_fs), type(memory_fs).put_file
    done: list[str] = []

    def flaky(self: Any, local: str, remote: str, **kw: Any) -> None:
        if len(done) == 3:
            raise OSError(28, "No space left on device")
        done.append(remote)
        put(self, local, remote, **kw)

    monkeypatch.setattr(cls, "put_file", flaky)
    assert upload(SAMPLE) == 1
    err = capsys.readouterr().err
    assert "memory://store: cannot be written (No space left on device)" in err
    assert memory_fs.cat(f"/store/{CURRENT}") == before
    assert files_of(metrics.load("memory://store")) == {ONE.name}
    monkeypatch.setattr(cls, "put_file", put)
    assert upload(SAMPLE) == 0  # the next upload prunes the half-uploaded run
    assert files_of(metrics.load("memory://store")) == {p.name for p in SAMPLE.glob("*.txt")}
    assert len(memory_fs.ls(f"/store/{RUNS}", detail=False)) == 2


def test_old_runs_on_the_store_are_pruned_but_a_users_files_stay(memory_fs: Any) -> None:
    memory_fs.pipe("/store/notes.txt", b"mine")
    assert upload(ONE) == 0
    memory_fs.pipe(f"/store/{RUNS}/keep/data.csv", b"mine too")  # no manifest: not a run
    for _ in range(3):
        assert upload(ONE) == 0
    names = {p.rsplit("/", 1)[-1] for p in memory_fs.ls(f"/store/{RUNS}", detail=False)}
    assert len(names) == 3 and "keep" in names
    assert memory_fs.cat("/store/notes.txt") == b"mine"
