"""Running the per-file work: in this process, in a pool of processes, or on Dask.

Contract: ``run_files(files, jobs)`` and ``run_files_dask(files, jobs, scheduler)`` yield
``(task, outcome)`` for every task of ``files`` in file order, whatever the number of
workers: the outcome is a ``FileResult`` in the file's own offsets (the pieces of a large
file put together), the ``InputError`` that reading met, or the ``Failure`` of a file whose
extraction raised (caught where it ran: one file's fault never stops the others); with
``work=packed.run_packed`` a whole file's ``FileResult`` comes as a ``Packed``, made in the
worker. The same work and order give the same tables for any engine and any N. ``files``
are paths or ``InputFile``s, whose names the tables use. Pool workers end when the process that
started them is gone, even killed with SIGKILL (no worker outlives its run).
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from metrics import pipeline
from metrics.errors import MetricsError
from metrics.io import InputFile
from metrics.pipeline import Assembler, FileResult, Task, run_task, tasks

Outcome = tuple[Task, Any]  # a FileResult, InputError or Failure, or what ``work`` gives
Work = Callable[[Task], Any]
Files = list[Path] | list[InputFile]
# Input in flight (bytes, or characters of pieces) beyond the minimum of tasks in flight.
WINDOW_SIZE = 1_000_000
# How often a pool worker checks that its parent still lives (seconds).
PARENT_POLL = 0.2


def run_files(files: Files, jobs: int, work: Work = run_task) -> Iterator[Outcome]:
    """Each task's outcome in file order, from ``jobs`` processes (the same for any N).
    ``work`` is ``run_task`` or a function that gives its outcome in another form
    (``packed.run_packed``), importable by the workers."""
    if jobs <= 1 or (len(files) <= 1 and not _in_pieces(files)):
        yield from _in_order(lambda task: _Done(work, task), files, 1, spare=0)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=watch_parent, initargs=(os.getpid(),)
    ) as pool:
        yield from _in_order(lambda task: pool.submit(work, task), files, 2 * jobs)


def watch_parent(parent: int) -> None:
    """Pool initializer: end this worker once ``parent`` is no longer its parent. A parent
    killed with SIGKILL cannot stop its pool, and a worker waiting for work would wait for
    ever (it holds the queue's pipe open itself); orphaned, it is re-parented, which the
    watch sees. Polling ``getppid`` works on every POSIX system, unlike prctl."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)  # nothing of this worker's is worth finishing: its reader is gone

    threading.Thread(target=watch, name="metrics-parent-watch", daemon=True).start()


class _Done:
    """A task run at once, in this process, behind the interface of a future."""

    def __init__(self, work: Work, task: Task) -> None:
        self.outcome = work(task)  # run when submitted

    def result(self) -> Any:
        return self.outcome


def _in_order(
    submit: Callable[[Task], Any], files: Files, window: int, spare: int = WINDOW_SIZE
) -> Iterator[Outcome]:
    """The outcome of every task of ``files`` (pieces of large files put together by an
    ``Assembler``), in order. Submitted and not yet taken are at most ``window`` tasks, or
    more while their sizes add up to less than ``spare``: submitting every file at once
    would hold every result the writer has not reached, but a window of a few small files
    left the workers idle whenever the writer paused to write a row group (measured)."""
    ahead: deque[tuple[Task, Any]] = deque()
    queue = (task for file in files for task in _tasks(file))
    size = 0
    assembler = Assembler()
    while True:
        while len(ahead) < window or size < spare:
            task = next(queue, None)
            if task is None:
                break
            ahead.append((task, submit(task)))
            size += task.size
        if not ahead:
            return
        task, future = ahead.popleft()
        size -= task.size
        outcome = future.result()
        if hasattr(future, "release"):  # a Dask future: let the cluster forget it now
            future.release()
        if isinstance(outcome, FileResult):
            outcome = assembler.take(task, outcome)
        yield task, outcome


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
        return tasks(file.path, name=file.name)
    return tasks(file)


def run_files_dask(
    files: Files, jobs: int, scheduler: str | None, work: Work = run_task
) -> Iterator[Outcome]:
    """The same per-file work on a Dask cluster, results in the order of ``files``.

    Workers need the package installed and the input paths readable (shared storage)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise MetricsError(
            "--engine dask needs dask.distributed: pip install 'gov-report-metrics[dask]'"
        ) from exc
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
        )
    client = Client(scheduler or cluster)
    try:
        workers = sum(client.nthreads().values()) or jobs
        # in order, so the tables are those of the local engine
        yield from _in_order(lambda task: client.submit(work, task, pure=False), files, 2 * workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
