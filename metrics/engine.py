"""Running the per-file work: in this process, in a pool of processes, or on Dask.

Contract: ``run_files(files, jobs)`` and ``run_files_dask(files, jobs, scheduler)`` yield
``(task, outcome)`` for every task of ``files`` in file order, whatever the number of
workers: the outcome is a ``FileResult`` in the file's own offsets (the pieces of a large
file put together), the ``InputError`` that reading met, or the ``Failure`` of a file whose
extraction raised (caught where it ran: one file's fault never stops the others); with
``work=packed.run_packed`` a whole file's ``FileResult`` comes as a ``Packed``, made in the
worker. The same work and order give the same tables for any engine and any N. ``files``
are paths or ``InputFile``s, whose names the tables use. Pool workers end when the process
that started them is gone, even killed with SIGKILL (no worker outlives its run). One
``run_pool(jobs)`` serves a whole run: its files (``run_files(..., pool=pool.executor)``),
then the end-of-run steps of ``metrics.tables`` through its ``map``.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from metrics import pipeline, regex_cache
from metrics.errors import InputError, MetricsError
from metrics.io import InputFile
from metrics.pipeline import Assembler, FileResult, Task, run_task, tasks
from metrics.rules import compiled

if TYPE_CHECKING:  # imported with the first pool's executor (RunPool.executor)
    from concurrent.futures import ProcessPoolExecutor

Outcome = tuple[Task, Any]  # a FileResult, InputError or Failure, or what ``work`` gives
Work = Callable[[Task], Any]
Files = list[Path] | list[InputFile]
# Input in flight (bytes, or characters of pieces) beyond the minimum of tasks in flight.
WINDOW_SIZE = 1_000_000
# Batches in flight at most, however small their input: each holds its outcome (a file's
# tables, a few KB even for a file of one line) until the writer takes it, and 1 MB of
# files of 100 bytes would be 10,000 of them. 256 is still far more than the few small
# files that left the workers idle (see ``_in_order``); pieces of 50,000 characters meet
# WINDOW_SIZE first (20 of them).
WINDOW_COUNT = 256
# Bytes the pipe of the local pool's results holds (Linux: ``F_SETPIPE_SZ``; 64 KB by
# default). A batch's result is about four times its input once pickled (a file of the
# corpus, 28 KB, sends 117 KB of tables), 500 KB for a batch of LOCAL_BATCH (125 KB of
# input, the corpus's median): through 64 KB the worker waits, blocked in its write, until
# the writer's receiving thread has read eight chunks, each read a wake-up of that thread
# and its taking of the GIL from the writer's main thread (13 waits a batch, counted by
# accounting.py); in a pipe of 1 MB (the system's limit for a user's pipe,
# /proc/sys/fs/pipe-max-size) the worker leaves its result and takes its next batch.
RESULT_PIPE = 1 << 20
# How often a pool worker checks that its parent still lives (seconds).
PARENT_POLL = 0.2
# Bytes of input a Dask task takes at least (small files are run a batch at a time).
DASK_BATCH = 256_000
# ...and a task of the local pool: each result the pool sends costs the writing process's
# receiving thread about 1 ms besides its unpickling (waking, reading the pipe, settling
# the future), which competes with the workers for the two cores. Three or four files of
# the corpus a task (measured on 10 MB at --jobs 2, four runs each: that thread 0.36 ->
# 0.21 CPU s, the workers' CPU outside their tasks 1.45 -> 1.30 s); pieces of a large
# file (PIECE_CHARS) go two a task, so that even one file just past LARGE_FILE still
# keeps two workers busy.
LOCAL_BATCH = 100_000
# The local Dask cluster's settings, all in this one place (``local_cluster``; a user's
# ``--scheduler`` cluster is set by its owner): its scheduler, client and nannies run in
# the writing process, and each worker runs an event loop beside the pipeline's thread.
# Every timer of these loops takes the GIL from the pipeline or the writer when it fires;
# the files' own work costs the same in a Dask worker as in the local pool (parallel20),
# and what a Dask run spends besides is these loops' (timers, and each task's messages).
#
# Its workers are forked from one server process that imported distributed and the
# package once (multiprocessing's forkserver, with those modules preloaded), instead of
# each being a fresh interpreter that imports them again (0.7-0.8 s of CPU a worker).
LOCAL_PRELOAD = ["distributed", "metrics.packed"]
# The hash seed distributed's nannies give the interpreter they start the workers from
# (``distributed.nanny.pre-spawn-environ``; its number), which ``start_forkserver``, starting
# that interpreter before them, gives it too.
LOCAL_HASH_SEED = "6640"
LOCAL_WORKERS = {
    # each local worker freezes its heap once started (``dask_setup``, run by the
    # worker's preload): its collections then never walk the objects of distributed and
    # the package it inherited, nor write the pages it shares with the server it was
    # forked from, as the local pool's workers, forked from a frozen heap
    # (``RunPool.start``), do not
    "distributed.worker.preload": ["metrics.engine"],
    "distributed.worker.multiprocessing-method": "forkserver",
    # a worker samples its stack every 10 ms for the dashboard's profile, which no one
    # looks at (the cluster has no dashboard)
    "distributed.worker.profile.enabled": False,
    # every loop times itself every 20 ms, to warn of a blocked loop; once a second is
    # enough for that warning (its limit is 3 s)
    "distributed.admin.tick.interval": "1s",
    # each process reads its own CPU, memory, disk and network figures through psutil
    # (every 0.5 s) for the dashboard and the heartbeats' figures, which nothing here reads
    "distributed.admin.system-monitor.interval": "10s",
    # the scheduler moves queued tasks between workers every 100 ms (work stealing), and
    # handles each task's transitions for it: the cluster's workers are alike, and the
    # scheduler gives a worker a task only as one of its threads is free (queuing,
    # ``worker-saturation``), so there is nothing to steal
    "distributed.scheduler.work-stealing": False,
    # the scheduler's active memory manager (every 2 s) drops or moves copies of results
    # kept on several workers: each result here is read once, by this process, and
    # released (``_in_order``)
    "distributed.scheduler.active-memory-manager.start": False,
    # glibc's allocator as in the writer and the local pool: distributed's nannies would
    # start the forkserver, and so every worker, with MALLOC_TRIM_THRESHOLD_=65536, which
    # gives memory back to the system as soon as 64 KB are free at the top of a heap and
    # turns off glibc's own sliding thresholds; a worker's task thread makes the result
    # that its event loop frees after sending it, each thread's heap trimmed and grown
    # again (measured on 10 MB, two workers: the tasks' system time 1.09 -> 0.28 s,
    # their minor faults 77,800 -> 55,100)
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}
LOCAL_CLUSTER = {
    # no memory limit, so no memory monitor in each worker and its nanny (every 100 ms
    # by default, each reading the worker's memory through psutil): the workers share
    # the machine's memory with the writer as the local pool's do, and a limit would
    # pause or restart a worker that a large file fills, where the local engine runs it
    "memory_limit": 0,
}
# Seconds between two heartbeats of a local worker to the scheduler. distributed asks a
# worker for one every 0.5 s on a cluster of up to ten workers (``heartbeat_interval``):
# each gathers the worker's figures through psutil and is a round trip to the scheduler,
# in the writing process; they keep a remote worker known (it is dropped after
# ``worker-ttl``, 5 minutes), which a local worker, a child of this run, needs not.
# Measured on an idle cluster of two workers: its CPU 13.4 -> 4.3 ms a second with the
# settings above and this (workers 6.5 -> 1.0, the writing process 6.9 -> 3.3).
LOCAL_HEARTBEAT = 5.0


def run_files(
    files: Files, jobs: int, work: Work = run_task, pool: RunPool | None = None
) -> Iterator[Outcome]:
    """Each task's outcome in file order, from ``jobs`` processes (the same for any N).
    ``work`` is ``run_task`` or a function that gives its outcome in another form
    (``packed.run_packed``), importable by the workers. ``pool``: the run's ``RunPool``,
    left running for the run's later steps (its executor is made only if the files need
    it); without it a pool of its own."""
    if jobs <= 1 or (len(files) <= 1 and not _in_pieces(files)):
        yield from _in_order(lambda group: _Done(work, group), files, 1, spare=0)
        return
    if pool is not None and (executor := pool.executor) is not None:
        yield from _in_order(
            lambda group: executor.submit(run_batch, work, group),
            files,
            2 * jobs,
            batch=LOCAL_BATCH,
        )
        return
    with run_pool(jobs) as own:
        yield from run_files(files, jobs, work, own)


class RunPool:
    """The worker processes of one run, started once (``start``, or on their first task)
    and used for its files, then for the steps at the end of the run that read the
    written tables one group of partitions at a time (``derived.write_plan_links``,
    ``derived.write_trends``): warm workers forked from the small process the run began
    as, not a second pool forked from the writer once it holds the run's buffers
    (measured: the tail on a late pool cost the tree more CPU than it saved). ``map``: the
    pool's (results in order), or ``map`` itself for one job. The workers watch their
    parent (``watch_parent``)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._executor: ProcessPoolExecutor | None = None
        self.map: Callable[..., Iterable[Any]] = self._map if jobs > 1 else map

    @property
    def executor(self) -> ProcessPoolExecutor | None:
        """The pool's executor (None for one job), made when first asked for: with it
        comes ``concurrent.futures.process`` (multiprocessing, subprocess: 0.02 s of a
        start-up), which a run of one small file does without."""
        if self._executor is None and self.jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            self._executor = ProcessPoolExecutor(
                max_workers=self.jobs, initializer=watch_parent, initargs=(os.getpid(),)
            )
            widen_results(self._executor)
        return self._executor

    def _map(self, fn: Callable[..., Any], *iterables: Iterable[Any], **kwargs: Any) -> Any:
        return self.executor.map(fn, *iterables, **kwargs)  # type: ignore[union-attr]

    def start(self) -> None:
        """Fork the workers now (else on the first task), while this process is small and
        runs one thread: a Dask run sends its files to the cluster and gives this pool the
        end-of-run steps only, and a fork at the end would copy the writer's buffers and
        one of the Dask client's threads (a lock another thread held stays locked).

        The workers are forked with the rules compiled (each would compile them on its
        first file) and the heap frozen (``gc.freeze``): a worker's cyclic collections
        then never walk the objects it inherited, and do not write their pages, which
        the fork shares until written (measured on 100 files at ``--jobs 2``: the workers'
        collections 0.06-0.08 → 0.02 s of CPU, their minor page faults 15,700 → 11,900)."""
        if self.executor is not None:
            compiled()
            gc.freeze()
            try:
                self.executor.submit(int).result()
            finally:
                gc.unfreeze()  # this process collects as before

    def stop(self) -> None:
        """End the workers now, their tasks unfinished: for a run that failed or was
        interrupted, whose results no one will read (``shutdown`` would wait for every
        task begun, a file or a group of the tail, for many seconds). The executor keeps
        its processes in ``_processes``; ``terminate_workers`` is Python 3.14's."""
        processes = getattr(self._executor, "_processes", None) or {}
        for process in list(processes.values()):
            process.terminate()


def widen_results(executor: ProcessPoolExecutor, size: int = RESULT_PIPE) -> int:
    """Let the pipe that carries ``executor``'s results hold ``size`` bytes (see
    ``RESULT_PIPE``), before its workers are forked (they share the pipe); its size after,
    or 0 where the system has no such setting or the executor no such pipe (its private
    ``_result_queue``: a later Python may differ). A system whose limit is lower keeps
    the pipe as it was: the results come the same, through more reads."""
    try:
        import fcntl

        reader = executor._result_queue._reader  # type: ignore[attr-defined]
        fcntl.fcntl(reader.fileno(), fcntl.F_SETPIPE_SZ, size)
        return int(fcntl.fcntl(reader.fileno(), fcntl.F_GETPIPE_SZ))
    except (ImportError, AttributeError, OSError):
        return 0


@contextmanager
def run_pool(jobs: int) -> Iterator[RunPool]:
    """A ``RunPool`` of ``jobs`` processes, shut down on leaving (a step that fails, or
    an interruption, cancels the tasks not begun and ends those begun)."""
    pool = RunPool(jobs)
    try:
        yield pool
    except BaseException:  # an error, Ctrl-C or SIGTERM: no task's result is wanted
        pool.stop()
        raise
    finally:
        if pool._executor is not None:
            pool._executor.shutdown(wait=True, cancel_futures=True)


def watch_parent(parent: int) -> None:
    """Pool initializer: end this worker once ``parent`` is no longer its parent. A parent
    killed with SIGKILL cannot stop its pool, and a worker waiting for work would wait for
    ever (it holds the queue's pipe open itself); orphaned, it is re-parented, which the
    watch sees. Polling ``getppid`` works on every POSIX system, unlike prctl.

    Interruption is the parent's to handle: Ctrl-C reaches every process of the terminal's
    group, and a worker would print its own traceback, so it ignores SIGINT (the parent
    stops it); SIGTERM and SIGHUP (a closed terminal's, sent to its whole job) end it as by
    default (the handlers the parent installed are not to run in a worker). The patterns
    the worker compiles on its first figures are kept for the next run (``adopt``)."""
    regex_cache.adopt()  # the patterns it compiles are kept for the next run
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)  # nothing of this worker's is worth finishing: its reader is gone

    threading.Thread(target=watch, name="metrics-parent-watch", daemon=True).start()


class _Done:
    """A batch of tasks run at once, in this process, behind the interface of a future."""

    def __init__(self, work: Work, group: list[Task]) -> None:
        self.outcomes = run_batch(work, group)  # run when submitted

    def result(self) -> list[Any]:
        return self.outcomes


def _in_order(
    submit: Callable[[list[Task]], Any],
    files: Files,
    window: int,
    spare: int = WINDOW_SIZE,
    batch: int = 0,
) -> Iterator[Outcome]:
    """The outcome of every task of ``files`` (pieces of large files put together by an
    ``Assembler``), in order. ``submit`` is given a batch of tasks (one task, or tasks
    adding up to ``batch`` bytes: each submission to a Dask cluster costs its scheduler,
    client and worker a few milliseconds, more than a small file's work on a loaded
    machine, measured; each result of the local pool costs its writer about 1 ms,
    ``LOCAL_BATCH``) and its future gives their outcomes. Submitted and not yet taken are
    at most ``window`` batches, or more while their sizes add up to less than ``spare``
    and they are fewer than ``WINDOW_COUNT``: submitting every file at once would hold
    every result the writer has not reached, but a window of a few small files left the
    workers idle whenever the writer paused to write a row group (measured)."""
    ahead: deque[tuple[list[Task], Any]] = deque()
    queue = _batches((task for file in files for task in _tasks(file)), batch, len(files), window)
    size = 0
    assembler = Assembler()
    while True:
        while len(ahead) < window or (size < spare and len(ahead) < WINDOW_COUNT):
            group = next(queue, None)
            if group is None:
                break
            ahead.append((group, submit(group)))
            size += sum(task.size for task in group)
        if not ahead:
            return
        group, future = ahead.popleft()
        size -= sum(task.size for task in group)
        outcomes = future.result()
        if hasattr(future, "release"):  # a Dask future: let the cluster forget it now
            future.release()
        for task, outcome in zip(group, outcomes, strict=True):
            if isinstance(outcome, FileResult):
                outcome = assembler.take(task, outcome)
            elif (held := assembler.release(task)) is not None:
                yield replace(task, last=False), held  # the file's last piece failed
            yield task, outcome


def _batches(
    queue: Iterator[Task], size: int, files: int = 0, share: int = 1
) -> Iterator[list[Task]]:
    """The tasks of ``queue`` in order, in lists of one task or, with ``size``, of tasks
    adding up to about ``size`` bytes; with ``files`` (how many files the queue holds),
    smaller as the queue ends: at most the bytes still to come over ``share`` (the
    batches in flight), estimated from the files still to come and the mean size of
    those seen (no file is read or looked at ahead). The workers take batches first
    come, first served, and the last batch of a queue cut evenly ran alone while the
    other worker idled: up to 0.3 s of CPU at 30 MB (makespan.py: the idle tail of the
    engine's batches 0.32 s, of shrinking batches 0.09 s, the same tasks' CPU)."""
    group: list[Task] = []
    total = seen = done = 0
    limit = size
    for task in queue:
        group.append(task)
        total += task.size
        seen += task.size
        done += task.last  # a file's last task (or its only one)
        if files and done:
            limit = min(size, (files - done) * seen // (done * share))
        if total >= limit:
            yield group
            group, total = [], 0
    if group:
        yield group


def run_batch(work: Work, group: list[Task]) -> list[Any]:
    """``work`` on each task of ``group``, in a worker: the outcomes in order."""
    return [work(task) for task in group]


def _in_pieces(files: Files) -> bool:
    """Whether the one file of ``files`` is large enough to be cut into pieces, which the
    pool's workers share (a single small file is not worth starting a pool)."""
    path = files[0].path if isinstance(files[0], InputFile) else files[0]
    try:
        return path.stat().st_size > pipeline.LARGE_FILE
    except OSError:
        return False  # reading it will say what is wrong


def _tasks(file: Path | InputFile) -> Iterator[Task]:
    if isinstance(file, InputFile):
        if file.problem is not None:  # a folder not listed: a failure of its own, not read
            return iter(
                [Task(file.path, error=InputError(file.path, file.problem), name=file.name)]
            )
        return tasks(file.path, name=file.name)
    return tasks(file)


def run_files_dask(
    files: Files,
    jobs: int,
    scheduler: str | None,
    work: Work = run_task,
    run: DaskRun | None = None,
) -> Iterator[Outcome]:
    """The same per-file work on a Dask cluster, results in the order of ``files``.

    Workers need the package installed and the input paths readable (shared storage);
    on a cluster of ``scheduler``, a worker that runs other code than this process (another
    version or checkout: ``package_digest``) is refused before any file is sent. ``run``:
    the run's ``DaskRun``, whose cluster stays for the run's later steps; without it a
    cluster (or client) of its own, closed with the last outcome."""
    if run is None:
        with dask_run(jobs, scheduler) as own:
            yield from run_files_dask(files, jobs, scheduler, work, own)
        return
    client = run.connect()
    workers = sum(client.nthreads().values()) or jobs
    # in order, so the tables are those of the local engine
    yield from _in_order(
        lambda group: client.submit(run_batch, work, group, pure=False),
        files,
        2 * workers,
        batch=DASK_BATCH,
    )


class DaskRun:
    """The Dask side of one run: its client, and the local cluster it started (without
    ``scheduler``), made on first use (``connect``) and kept to the run's end. Its files
    go to the cluster (``run_files_dask(..., run=...)``), then the end-of-run steps of
    ``metrics.tables`` through ``map``: on a local cluster, its own workers, which share
    this machine's disk and the staging folder the steps read (a separate local pool
    cost its start and 44 MB, parallel20); with ``scheduler`` (another machine's workers,
    which need not see the staging folder), a ``RunPool`` of this machine, forked at
    ``start`` before the client's threads exist."""

    def __init__(self, jobs: int, scheduler: str | None) -> None:
        self.jobs = jobs
        self.scheduler = scheduler
        self.local: RunPool | None = None  # a remote cluster's run: set by ``dask_run``
        self.client: Any = None
        self.cluster: Any = None
        self._heartbeats: Callable[[], None] = lambda: None  # restores distributed's

    def start(self) -> None:
        """Fork the local pool of a remote cluster's run now (``RunPool.start``); for a
        local cluster, start the server its workers will be forked from
        (``start_forkserver``), whose imports then run beside this process's own import
        of distributed and its scheduler's start instead of after them."""
        if self.local is not None:
            self.local.start()
        elif self.scheduler is None and self.client is None:
            start_forkserver()

    def connect(self) -> Any:
        """The run's ``distributed.Client``, with its local cluster started on first use
        (``LOCAL_WORKERS``, ``local_cluster``); a cluster of ``scheduler`` whose workers
        run other code than this process is refused (``check_workers``)."""
        if self.client is not None:
            return self.client
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise MetricsError(
                "--engine dask needs dask.distributed: pip install 'gov-report-metrics[dask]'"
            ) from exc
        if self.scheduler is None:
            self._heartbeats = _local_heartbeats()
            self.cluster = local_cluster(self.jobs)
            # results are fetched from the local workers themselves, not relayed by the
            # scheduler (which runs in this process, beside the writer)
            self.client = Client(self.cluster, direct_to_workers=True)
        else:
            try:
                self.client = Client(self.scheduler)
            except OSError as exc:  # no scheduler there (refused, timed out): not the disk's
                raise MetricsError(
                    f"{self.scheduler}: the Dask scheduler cannot be reached ({exc}); check "
                    "the address and that `dask scheduler` runs there"
                ) from exc
            theirs = self.client.run(package_digest, on_error="return")
            check_workers(theirs, package_digest(), self.scheduler)
        return self.client

    def map(self, fn: Callable[..., Any], *iterables: Iterable[Any]) -> Iterable[Any]:
        """``fn`` of each item on the local cluster's workers, every item sent now (as a
        pool's ``map``), the results in order, each future released once read; with
        ``scheduler``, the local pool's ``map``."""
        if self.local is not None:
            return self.local.map(fn, *iterables)
        return _results(self.connect().map(fn, *iterables, pure=False))

    def close(self) -> None:
        """Close the client and the local cluster (its workers end), if started."""
        try:
            if self.client is not None:
                self.client.close()
            if self.cluster is not None:
                self.cluster.close()
        finally:
            self._heartbeats()


def _local_heartbeats() -> Callable[[], None]:
    """Heartbeats every ``LOCAL_HEARTBEAT`` seconds from the workers of schedulers of this
    process (the local cluster's: a ``--scheduler`` cluster's runs elsewhere), until the
    function returned is called. distributed has no setting for it: the scheduler gives
    each worker its interval from its module's ``heartbeat_interval`` (a later version
    without it keeps its own)."""
    import distributed.scheduler

    plain = getattr(distributed.scheduler, "heartbeat_interval", None)
    if plain is None:
        return lambda: None

    def local(workers: int) -> float:
        return max(LOCAL_HEARTBEAT, plain(workers))

    distributed.scheduler.heartbeat_interval = local

    def restore() -> None:
        distributed.scheduler.heartbeat_interval = plain

    return restore


def _results(futures: list[Any]) -> Iterator[Any]:
    for future in futures:
        yield future.result()
        future.release()


@contextmanager
def dask_run(jobs: int, scheduler: str | None) -> Iterator[DaskRun]:
    """A ``DaskRun`` of ``jobs`` local workers (or the cluster of ``scheduler``), its
    client and cluster closed on leaving, and its local pool, if any, shut down."""
    run = DaskRun(jobs, scheduler)
    try:
        if scheduler is None:
            yield run
        else:
            with run_pool(jobs) as run.local:
                yield run
    finally:
        run.close()


def local_cluster(jobs: int) -> Any:
    """A ``LocalCluster`` of ``jobs`` single-threaded worker processes, as set by
    ``LOCAL_WORKERS`` and ``LOCAL_CLUSTER`` (settings of this cluster only: a user's
    ``--scheduler`` cluster is theirs to set)."""
    import dask
    from distributed import LocalCluster

    # the nannies pass the settings on to the workers they start
    with dask.config.set(LOCAL_WORKERS):
        _preload_local_workers()
        return LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            **LOCAL_CLUSTER,
        )


def dask_setup(worker: object) -> None:
    """A local Dask worker's preload (``LOCAL_WORKERS``), once it has started: its heap,
    distributed's objects and the package's, frozen (``gc.freeze``) before its first task,
    without a collection first (which would walk and write every inherited page)."""
    gc.freeze()


def start_forkserver() -> None:
    """Start the forkserver of the local cluster's workers now, its modules
    (``LOCAL_PRELOAD``) given, before this process imports distributed: the server is a
    new interpreter that imports them on its own (about a second), on the other core
    while this process imports distributed and starts the scheduler; started by the
    first nanny instead, it would import them only then, every worker waiting. Its
    environment is the one the nannies would start it with: distributed's
    ``PYTHONHASHSEED`` (one seed for all the workers, as distributed sets it), and no
    ``MALLOC_TRIM_THRESHOLD_`` (``LOCAL_WORKERS``). A server already running (an earlier
    run of this process) is kept, as distributed would keep it."""
    import multiprocessing.forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(LOCAL_PRELOAD)
    seed = os.environ.get("PYTHONHASHSEED")
    if seed in (None, "0"):
        os.environ["PYTHONHASHSEED"] = LOCAL_HASH_SEED
    try:
        multiprocessing.forkserver.ensure_running()
    finally:  # (the server has its environment: the caller's, a notebook's, is left as it was)
        if seed is None:
            os.environ.pop("PYTHONHASHSEED", None)
        else:
            os.environ["PYTHONHASHSEED"] = seed


def _preload_local_workers() -> None:
    """Give the forkserver that will fork the local cluster's workers the modules they
    run (``LOCAL_PRELOAD``). distributed would give it its own list the first time, after
    importing every package of it here (pandas among them, which a run never loads):
    its flag says that was done. Once the server has started, it keeps what it loaded."""
    import multiprocessing

    import distributed.utils

    distributed.utils._forkserver_preload_set = True
    multiprocessing.get_context("forkserver").set_forkserver_preload(LOCAL_PRELOAD)


def package_digest() -> str:
    """The version of this package and a digest of its source files: what a worker must
    share with the client, since the tables are the work of the code (a worker left on
    another checkout of the same version number gives other rows)."""
    import hashlib

    import metrics

    root = Path(metrics.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{metrics.__version__}+{digest.hexdigest()[:12]}"


def check_workers(theirs: dict[str, str | BaseException], ours: str, scheduler: str) -> None:
    """Refuse a cluster whose workers run other code than this client (``theirs``: each
    worker's ``package_digest``, or what stopped it: the package is not installed there),
    naming each such worker, before any file is sent."""
    other = sorted(
        f"{worker} cannot import it ({type(digest).__name__}: {digest})"
        if isinstance(digest, BaseException)
        else f"{worker} runs {digest}"
        for worker, digest in theirs.items()
        if digest != ours
    )
    if other:
        raise MetricsError(
            f"--scheduler {scheduler}: workers must run the client's gov-report-metrics "
            f"({ours}); install the same checkout on them: " + "; ".join(other)
        )
