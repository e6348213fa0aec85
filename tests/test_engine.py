"""The engine's batches and the packed results the command line's workers send back."""

from __future__ import annotations

import fcntl
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from metrics.cli import main
from metrics.derived import (
    _largest_first,
    plan_links,
    trend_tables,
    write_plan_links,
    write_tables,
    write_trends,
)
from metrics.engine import (
    LOCAL_HEARTBEAT,
    LOCAL_WORKERS,
    RESULT_PIPE,
    RunPool,
    _batches,
    dask_run,
    package_digest,
    run_files,
    run_files_dask,
    run_pool,
)
from metrics.errors import MetricsError
from metrics.packed import FIELDS, Packed, pack, run_packed
from metrics.pipeline import FileResult, Task
from metrics.schemas import PAIR_SCHEMA, TREND_SCHEMA

from .conftest import SAMPLE


def test_batches_keep_the_order_and_close_once_their_size_is_reached() -> None:
    tasks = [Task(Path(f"{i}.txt"), size=s) for i, s in enumerate([5, 5, 20, 1, 1, 1])]
    groups = list(_batches(iter(tasks), 10))
    assert [[t.path.name for t in g] for g in groups] == [
        ["0.txt", "1.txt"],
        ["2.txt"],
        ["3.txt", "4.txt", "5.txt"],  # the rest, though smaller
    ]
    assert [len(g) for g in _batches(iter(tasks), 0)] == [1] * 6  # size 0: one task each


def test_batches_shrink_as_the_queue_ends() -> None:
    # 20 files of 10 bytes in batches of 40 for a window of 2: once the bytes still to
    # come (estimated from the files left) are fewer than twice a batch, batches shrink
    tasks = [Task(Path(f"{i:02}.txt"), size=10) for i in range(20)]
    groups = list(_batches(iter(tasks), 40, files=20, share=2))
    assert [len(g) for g in groups] == [4, 4, 4, 3, 2, 1, 1, 1]
    assert [t for g in groups for t in g] == tasks  # the order kept
    # pieces of one large file: the file is not done before its last piece
    pieces = [Task(Path("big.txt"), piece=i, size=10, last=i == 7) for i in range(8)]
    assert [len(g) for g in _batches(iter(pieces), 20, files=1, share=2)] == [2, 2, 2, 2]


def test_workers_send_packed_tables_with_the_rows_of_the_results() -> None:
    files = sorted(SAMPLE.glob("*.txt"))[:4]
    plain = [o for _, o in run_files(files, 1)]
    packed = [o for _, o in run_files(files, 2, run_packed)]
    assert all(isinstance(o, FileResult) for o in plain)
    assert all(isinstance(o, Packed) for o in packed)
    for result, got in zip(plain, packed, strict=True):
        want = pack(result)
        assert got.mentions.num_rows == len(result.mentions) > 0
        for name in ("documents", "sections", "mentions", "pairs"):
            assert getattr(got, name).equals(getattr(want, name))
        assert got.partitions == want.partitions
        assert got.targets == want.targets
        # each partition's rows are the mentions of its department and year, in order
        for (department, year), rows in got.partitions:
            ms = [result.mentions[i] for i in rows]
            assert rows == sorted(rows)
            assert {(m.department or "(unknown)", m.year or 0) for m in ms} == {(department, year)}
        assert sum(len(rows) for _, rows in got.partitions) == len(result.mentions)
        assert isinstance(got.mentions, pa.Table)


def test_a_packed_result_crosses_to_the_writer_whole() -> None:
    """Its tables travel as record batches without their schemas (``Packed.__reduce__``):
    read back with the schemas the writer knows, every value, type and empty table is
    the worker's."""
    empty = 0
    for path in sorted(SAMPLE.glob("*.txt")):
        sent = run_packed(Task(path, size=path.stat().st_size))
        got = pickle.loads(pickle.dumps(sent))
        for name in FIELDS:
            mine, theirs = getattr(sent, name), getattr(got, name)
            if isinstance(mine, pa.Table):
                assert theirs.schema.equals(mine.schema, check_metadata=True)
                assert theirs.equals(mine)
                empty += mine.num_rows == 0
            else:
                assert theirs == mine
    assert empty > 0  # the sample has a file without pairs: an empty table crossed too


def test_end_of_run_steps_on_a_pool_write_the_tables_of_one_process(tmp_path: Path) -> None:
    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    run = out / "current"
    mentions, documents = run / "mentions", run / "documents.parquet"
    for write, name in ((write_plan_links, "plan_vs_outcome"), (write_trends, "trends")):
        serial, pooled = tmp_path / f"{name}-1.parquet", tmp_path / f"{name}-2.parquet"
        write(mentions, serial, documents)
        with run_pool(2) as pool:
            assert pool.map is not map  # two processes
            write(mentions, pooled, documents, pool.map)
        one, two = pq.read_table(serial), pq.read_table(pooled)
        assert one.num_rows > 0  # the sample has links and trends to compare
        assert one.equals(two)
        assert one.equals(pq.read_table(run / f"{name}.parquet"))


def test_the_pool_is_used_for_more_than_one_group_only(tmp_path: Path) -> None:
    one_report = SAMPLE / "02_镇政府_2023_wrapped_gbk.txt"  # one department, one year
    for source, pooled in ((SAMPLE, True), (one_report, False)):
        out = tmp_path / source.name
        assert main(["extract", str(source), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
        run = out / "current"
        calls: list[int] = []
        recording = partial(_recording, calls)
        for write in (write_plan_links, write_trends):
            write(run / "mentions", tmp_path / "t.parquet", run / "documents.parquet", recording)
        assert (len(calls) == 2 and min(calls) > 1) if pooled else not calls


def test_the_groups_of_links_and_trends_are_sent_before_their_tables_are_asked_for(
    tmp_path: Path,
) -> None:
    """The run's writer makes the targets and statistics while the pool makes the links
    and trends (``tables._write_run``): the groups go out when the steps are called, and
    the tables, written after, are the run's."""
    out = tmp_path / "o"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    run = out / "current"
    mentions, documents = run / "mentions", run / "documents.parquet"
    calls: list[int] = []
    recording = partial(_recording, calls)
    links = plan_links(mentions, documents, recording, tmp_path)
    trends = trend_tables(mentions, documents, recording)
    assert len(calls) == 2 and min(calls) > 1  # both steps' groups sent, no table asked for
    for name, schema, tables in (
        ("plan_vs_outcome", PAIR_SCHEMA, links),
        ("trends", TREND_SCHEMA, trends),
    ):
        write_tables(tmp_path / f"{name}.parquet", schema, tables)
        again = pq.read_table(tmp_path / f"{name}.parquet")
        assert again.num_rows > 0 and again.equals(pq.read_table(run / f"{name}.parquet"))


def test_a_large_run_makes_its_links_and_trends_on_the_pool_of_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import metrics
    import metrics.engine

    calls: list[int] = []
    pools: list[ProcessPoolExecutor] = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            pools.append(self)

    @contextmanager
    def recorded(jobs: int) -> Iterator[RunPool]:
        with run_pool(jobs) as pool:
            pool.map = partial(_recording, calls, pool=pool.map)
            yield pool

    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(SAMPLE), "--out", str(one), "--quiet", "--jobs", "1"]) == 0
    monkeypatch.setattr("metrics.cli.run_pool", recorded)
    # (RunPool.executor imports it when first asked for)
    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Counted)
    monkeypatch.setattr("metrics.tables.POOL_FIGURES", 0)  # the sample's figures are fewer
    assert main(["extract", str(SAMPLE), "--out", str(two), "--quiet", "--jobs", "2"]) == 0
    assert len(calls) == 2  # links and trends went to the pool
    assert len(pools) == 1  # the one that ran the files: no second pool forked
    a, b = metrics.load(one), metrics.load(two)
    for name in ("plan_vs_outcome", "trends"):
        assert len(getattr(a, name)) > 0
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_a_run_pool_forks_its_workers_when_started_or_on_its_first_task() -> None:
    with run_pool(2) as pool:
        assert pool.executor is not None and not pool.executor._processes  # lazily
        pool.start()
        forked = set(pool.executor._processes)
        assert len(forked) == 2
        assert list(pool.map(_inverse, [1, 2, 4])) == [1.0, 0.5, 0.25]
        assert set(pool.executor._processes) == forked  # the same workers, warm
    with run_pool(1) as one:
        one.start()  # nothing to fork: the work runs here
        assert one.executor is None and one.map is map


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
def test_the_pool_results_pipe_holds_a_batch_of_results() -> None:
    """A batch's pickled tables (four files of the sample) fit in the pipe of the pool's
    results at once, which the default 64 KB do not: the worker leaves them there and
    takes its next batch instead of waiting for the writer's reads."""
    limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    if limit < RESULT_PIPE and os.geteuid() != 0:
        pytest.skip(f"this system lets a user's pipe hold {limit} bytes")
    batch = [run_packed(Task(p, size=p.stat().st_size)) for p in sorted(SAMPLE.glob("*.txt"))[:4]]
    sent = len(pickle.dumps(batch))
    assert 64 * 1024 < sent <= RESULT_PIPE
    with run_pool(2) as pool:
        assert pool.executor is not None
        reader = pool.executor._result_queue._reader  # type: ignore[attr-defined]
        assert fcntl.fcntl(reader.fileno(), fcntl.F_GETPIPE_SZ) == RESULT_PIPE


def test_end_of_run_groups_go_to_the_pool_largest_first_and_come_back_in_order() -> None:
    sent: list[str] = []

    def pool_map(fn: Callable, items: list) -> Iterator:  # a pool's map: results in order
        sent.extend(items)
        return map(fn, items)

    groups, weights = ["bank", "city", "farm", "port"], [120, 4_000, 15, 4_000]
    assert list(_largest_first(pool_map, str.upper, groups, weights)) == [
        "BANK",
        "CITY",
        "FARM",
        "PORT",
    ]
    assert sent == ["city", "port", "bank", "farm"]  # the heaviest first, ties in order


def test_a_step_that_fails_on_the_pool_fails_the_run() -> None:
    with pytest.raises(ZeroDivisionError), run_pool(2) as pool:
        list(pool.map(_inverse, [1, 2, 0, 4]))
    with run_pool(2) as pool:
        assert list(pool.map(_inverse, [1, 2, 4])) == [1.0, 0.5, 0.25]  # in order


def _recording(calls: list[int], fn: Callable, items: list, pool: Callable = map) -> Iterator:
    calls.append(len(items))
    return pool(fn, items)


def _inverse(n: int) -> float:
    return 1 / n


def test_the_window_is_bounded_by_count_as_well_as_by_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import metrics.engine as engine
    from metrics.pipeline import run_task

    files = []
    for i in range(40):  # 40 tiny files: far less than WINDOW_SIZE bytes together
        files.append(tmp_path / f"{i:02}.txt")
        files[-1].write_text(f"某县202{i % 10}年政府工作报告\n新建学校{i}所。\n", "utf-8")
    monkeypatch.setattr(engine, "WINDOW_COUNT", 8)
    flying: list[int] = []

    class Later:  # a future whose work is done when its result is asked for
        def __init__(self, group: list[Task]) -> None:
            self.group = group
            flying.append((flying[-1] if flying else 0) + 1)

        def result(self) -> list[object]:
            flying.append(flying[-1] - 1)
            return engine.run_batch(run_task, self.group)

    done = list(engine._in_order(Later, files, window=2))
    assert [t.path for t, _ in done] == files
    assert max(flying) == 8
    monkeypatch.setattr(engine, "WINDOW_COUNT", 1000)
    flying.clear()
    list(engine._in_order(Later, files, window=2))
    assert max(flying) == 40  # by size alone, every one of them


def _digest_of_another_checkout() -> str:
    """``package_digest`` as a worker left on other code gives it: the workers of an
    in-process cluster run their functions on threads other than the main one."""
    if threading.current_thread() is threading.main_thread():
        return package_digest()
    return "0.1.0+000000000000"  # no digest of real sources is all zeros


def test_dask_workers_on_other_code_are_refused_before_any_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    distributed = pytest.importorskip("distributed")
    import metrics

    ours = package_digest()
    assert ours.startswith(f"{metrics.__version__}+") and ours == package_digest()  # stable
    monkeypatch.setattr("metrics.engine.package_digest", _digest_of_another_checkout)
    ran = []
    monkeypatch.setattr("metrics.engine.run_batch", lambda work, group: ran.append(group))
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        with pytest.raises(MetricsError, match=r"runs 0\.1\.0\+000000000000") as refused:
            list(run_files_dask([SAMPLE / "05_东湖县政府工作报告_2025.txt"], 1, address))
    assert address in str(refused.value) and ours in str(refused.value)
    assert ran == []  # no file was sent


def test_local_dask_workers_run_with_their_heap_frozen() -> None:
    """A local cluster's workers, started with the engine's settings, freeze the heap they
    start with (distributed's objects and the package's): their collections never walk it.
    They run glibc's allocator as the local pool does, without the trim threshold that
    distributed's nannies would set (``LOCAL_WORKERS``)."""
    distributed = pytest.importorskip("distributed")
    import gc
    import os

    import dask

    with (
        dask.config.set(LOCAL_WORKERS),
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        frozen = client.run(gc.get_freeze_count)
        trim = client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
    assert len(frozen) == 1 and all(count > 10_000 for count in frozen.values())
    assert list(trim.values()) == [None]


def test_a_local_dask_run_makes_its_end_of_run_steps_on_its_own_workers() -> None:
    """A Dask run on a cluster it starts sends the steps at the end of a run (``map``) to
    the cluster's workers, every item at once and the results in order, with no local
    pool beside them. Its workers have no memory monitor (``LOCAL_CLUSTER``) and beat
    every ``LOCAL_HEARTBEAT`` seconds, distributed's own interval back once it closes."""
    pytest.importorskip("distributed")
    import distributed.scheduler

    plain = distributed.scheduler.heartbeat_interval
    with dask_run(2, None) as run:
        client = run.connect()
        workers = set(client.run(os.getpid).values())
        squares = run.map(pow, range(8), [2] * 8)
        where = run.map(os.readlink, ["/proc/self"] * 8)  # the pid of the process it ran in
        callbacks = client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks))
        during = distributed.scheduler.heartbeat_interval(2)
        assert list(squares) == [i * i for i in range(8)]
        ran = {int(pid) for pid in where}
    assert run.local is None
    assert ran <= workers and os.getpid() not in ran and len(workers) == 2
    assert all(
        "heartbeat" in names and "memory_monitor" not in names for names in callbacks.values()
    )
    assert during == LOCAL_HEARTBEAT and plain(2) < LOCAL_HEARTBEAT
    assert distributed.scheduler.heartbeat_interval is plain


def test_a_local_dask_run_starts_its_workers_server_before_its_cluster() -> None:
    """``DaskRun.start`` starts the forkserver that the local cluster's workers are forked
    from, with the package's modules to preload, before distributed's import and the
    cluster's start (which then overlap the server's own imports): the workers are its
    children, and distributed started no other server."""
    pytest.importorskip("distributed")
    import multiprocessing.forkserver as forkserver

    if not hasattr(forkserver._forkserver, "_stop"):
        pytest.skip("this Python cannot stop a forkserver an earlier test started")
    forkserver._forkserver._stop()  # (a server left by an earlier test would be kept)
    with dask_run(2, None) as run:
        run.start()
        server = forkserver._forkserver._forkserver_pid
        assert server is not None and run.client is None  # no cluster yet
        parents = set(run.connect().run(os.getppid).values())
        assert forkserver._forkserver._forkserver_pid == server
    assert parents == {server}


@pytest.mark.parametrize("jobs", [[], ["--jobs", "1"]])
def test_a_run_of_one_small_file_imports_no_process_pool(tmp_path: Path, jobs: list) -> None:
    """``concurrent.futures.process`` (which imports multiprocessing and subprocess) comes
    with the pool's executor, made when first asked for: a run of one small file, with
    as many jobs as cores (the default) or one, does without it (issue 29: start-up)."""
    import subprocess
    import sys

    source = sorted(SAMPLE.glob("*.txt"))[0]
    code = (
        "import sys; from metrics.cli import main; "
        f"assert main(['extract', {str(source)!r}, '--out', {str(tmp_path / 'o')!r}, "
        f"'--quiet', *{jobs!r}]) == 0; print('concurrent.futures.process' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "False"
