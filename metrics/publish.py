"""Publishing a run as a whole: ``DIR/runs/<id>/`` and one pointer switched atomically.

Contract — the layout of an output folder ``DIR``::

    DIR/.metrics-output          marker: metrics writes here
    DIR/.metrics-lock            held while a run writes (metrics.outlock)
    DIR/runs/<id>/               one complete run: every table and manifest.json
    DIR/runs/.staging-<id>/      a run being written (never read)
    DIR/runs/.pruning-<id>/      a run being removed (never read)
    DIR/CURRENT                  the id of the current run, one line
    DIR/current -> runs/<id>     the same, as a symlink (where the OS allows one)

A run is written completely into its staging folder, renamed to ``runs/<id>`` (one
rename), and then made current: ``CURRENT`` is written to a temporary file and put in
place with ``os.replace``, and the symlink likewise (a new link under a temporary name,
then ``os.replace``). Each step is atomic, so a reader that follows ``CURRENT`` (or
``current/``) sees the previous run or the new one, whole, whenever the writer is killed.
After the switch the runs other than the new and the previous one are pruned (a reader
still on the previous run keeps it): each is first renamed out of the way, then removed,
so that a reader still on it (one that began two switches ago) finds it gone whole,
never half removed: ``metrics.load`` then reads the run ``CURRENT`` names anew
(``pruned``). The tool removes only what it recognises as its own:
a run folder whose manifest names it, a staging folder holding the run marker, a pruning
folder holding either, and its temporary pointer files; anything else in ``DIR`` is left
alone.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
import uuid
from pathlib import Path
from typing import Any

from metrics.errors import TablesError
from metrics.outlock import LOCK
from metrics.outputs import TABLES, run_id_of

RUNS = "runs"
CURRENT = "CURRENT"
LINK = "current"
STAGING = ".staging-"
PRUNING = ".pruning-"
# Put in a staging folder first thing: the mark that the folder is ours to remove.
RUN_MARKER = ".metrics-run"
_POINTER_TMP = (".CURRENT-", ".current-")
# Tests set it to a step name (see ``checkpoint``) to kill the writer right there.
KILL_AT = "METRICS_TEST_KILL_AT"
STEPS = ("staged", "renamed", "pointed", "linked", "pruned")


def new_run_id() -> str:
    """A run id that sorts by time (UTC, to the second) and never repeats."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


def checkpoint(step: str) -> None:
    """Kill this process at ``step`` when ``METRICS_TEST_KILL_AT`` names it: the kill
    tests stop a writer at each publishing step, as ``kill -9`` would."""
    if os.environ.get(KILL_AT) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def start_run(out_dir: Path, run_id: str) -> Path:
    """Create and mark the staging folder of run ``run_id``."""
    staging = out_dir / RUNS / f"{STAGING}{run_id}"
    staging.mkdir(parents=True)
    (staging / RUN_MARKER).write_text(run_id + "\n", encoding="utf-8")
    return staging


def current_id(out_dir: Path) -> str | None:
    """The id ``DIR/CURRENT`` names, or None when there is no current run."""
    try:
        text = (out_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return text or None


def publish(out_dir: Path, staging: Path, run_id: str) -> None:
    """Make the finished run in ``staging`` the current run of ``out_dir`` (see the
    module contract), then prune the runs older than the previous one."""
    previous = current_id(out_dir)
    checkpoint("staged")
    os.replace(staging, out_dir / RUNS / run_id)
    checkpoint("renamed")
    _replace_pointer(out_dir, run_id)
    checkpoint("pointed")
    _replace_link(out_dir, run_id)
    checkpoint("linked")
    prune(out_dir, keep={run_id, previous})
    checkpoint("pruned")


def _replace_pointer(out_dir: Path, run_id: str) -> None:
    tmp = out_dir / f"{_POINTER_TMP[0]}{uuid.uuid4().hex}.tmp"
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(run_id + "\n")
            fh.flush()
            os.fsync(fh.fileno())  # the pointer never names a run the disk may not hold
        os.replace(tmp, out_dir / CURRENT)
    except OSError:  # a full disk: no temporary file stays behind
        tmp.unlink(missing_ok=True)
        raise


def _replace_link(out_dir: Path, run_id: str) -> None:
    """Point ``DIR/current`` at the run; skipped where symlinks cannot be made (a user
    folder named ``current`` that is no link is left alone)."""
    link = out_dir / LINK
    if link.exists() and not link.is_symlink():
        return
    tmp = out_dir / f"{_POINTER_TMP[1]}{uuid.uuid4().hex}.tmp"
    try:
        tmp.symlink_to(Path(RUNS) / run_id, target_is_directory=True)
    except (NotImplementedError, PermissionError):  # no symlinks here: CURRENT suffices
        return
    try:
        os.replace(tmp, link)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def is_own_run(folder: Path) -> bool:
    """Whether ``folder`` (in ``DIR/runs``) is a run, staging or pruning folder metrics
    wrote."""
    if folder.name.startswith(STAGING):
        return (folder / RUN_MARKER).is_file()
    if folder.name.startswith(PRUNING):  # its marker is removed last (``_remove``)
        own = run_id_of(folder) == folder.name.removeprefix(PRUNING)
        return own or (folder / RUN_MARKER).is_file()
    return run_id_of(folder) == folder.name


def prune(out_dir: Path, keep: set[str | None]) -> None:
    """Remove every run of ``out_dir`` but ``keep`` (and staging folders of dead runs, and
    runs a killed prune left: call this only under the lock). A run is renamed before it
    is removed: one step, after which its readers fail on it instead of reading a part."""
    runs = out_dir / RUNS
    if not runs.is_dir():
        return
    for folder in sorted(runs.iterdir()):
        if folder.name not in keep and folder.is_dir() and is_own_run(folder):
            if not folder.name.startswith((STAGING, PRUNING)):
                folder = folder.rename(runs / f"{PRUNING}{folder.name}")
            _remove(folder)


def _remove(folder: Path) -> None:
    """Remove a run's folder, its marker last: a kill midway leaves a folder still known
    as the tool's own (``is_own_run``), which the next run removes."""
    for child in folder.iterdir():
        if child.name == RUN_MARKER:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    shutil.rmtree(folder)


def pruned(root: Any, run: Any) -> bool:
    """Whether ``run``, the run of the output folder ``root`` a reader opened, has been
    pruned since (not ``root`` itself: a folder of the older layout is never pruned)."""
    return run != root and not run.is_dir()


def recover(out_dir: Path) -> None:
    """Clean up after a writer that was killed (under the lock): its staging folder, a
    run it was pruning and its temporary pointers go, and the symlink is set to what
    ``CURRENT`` names."""
    for tmp in out_dir.iterdir():
        if tmp.name.startswith(_POINTER_TMP) and tmp.name.endswith(".tmp"):
            tmp.unlink()
    runs = out_dir / RUNS
    if runs.is_dir():
        for folder in [*runs.glob(f"{STAGING}*"), *runs.glob(f"{PRUNING}*")]:
            if is_own_run(folder):
                _remove(folder)
    run_id = current_id(out_dir)
    link = out_dir / LINK
    if run_id and link.is_symlink() and os.readlink(link) != str(Path(RUNS) / run_id):
        _replace_link(out_dir, run_id)


def current_run(root: Any) -> Any:
    """The folder of the current run of the output folder ``root`` (a Path or an fsspec
    path): the run ``CURRENT`` names (the one it names next, when that run was pruned as
    the pointer was read); ``root`` itself when it holds the tables (a folder of the
    older layout, or a run folder given directly). TablesError otherwise."""
    if (root / CURRENT).exists():
        run_id = _named(root)
        run = root / RUNS / run_id
        if not run.is_dir():  # pruned as the pointer was read? the run it names now
            run = root / RUNS / _named(root)
        if not run.is_dir():
            raise TablesError(run_id, f"the current run of {root} is missing ({run})")
        return run
    if (root / "mentions").is_dir():
        return root
    # the folder named, not a table: a mistyped path is no output with a table missing
    if not root.exists():
        raise TablesError(str(root), "no such folder")
    if (root / LOCK).exists():
        raise TablesError(
            str(root),
            f"holds no run yet: its first run is being written (lock {root / LOCK}); "
            "read it once that run has ended",
        )
    run = root.parent  # a table of a run given (`out/current/mentions`, documents.parquet)
    if (run / "mentions").is_dir() and (run / root.name).exists():
        raise TablesError(
            str(root),
            f"is one table of a run, not an output folder: give the run's folder ({run}) "
            "or the folder `metrics extract … --out` wrote",
        )
    if not root.is_dir():  # a report given for the output (`metrics stats report.txt`)
        raise TablesError(
            str(root), "is a file, not a folder: give the folder `metrics extract … --out` wrote"
        )
    raise TablesError(
        str(root),
        "holds no metrics output (no CURRENT, no mentions/): "
        "give the folder `metrics extract … --out` wrote",
    )


def _named(root: Any) -> str:
    """The run id ``CURRENT`` of ``root`` names, checked to be a name in ``runs/``."""
    run_id = (root / CURRENT).read_text(encoding="utf-8").strip()
    if not run_id or "/" in run_id or "\\" in run_id or run_id.startswith("."):
        raise TablesError(CURRENT, f"of {root} does not name a run ({run_id!r})")
    return run_id


# An export (``metrics.export``) is a copy of one run, in DIR/export/FORMAT/; it leaves a
# mark in the run it copied, so that a later run can tell which exports are of an earlier
# one. In the run, not in the export folder, where a user's `for f in folder` would meet it.
EXPORT_FORMATS = ("csv", "xlsx", "parquet")


def exported_mark(run: Path, fmt: str) -> Path:
    """The mark of an export of ``run`` in format ``fmt``."""
    return run / f".exported-{fmt}"


def stale_exports(out_dir: Path) -> list[tuple[str, Path]]:
    """(format, folder) of each export in ``out_dir/export/`` not made from the current
    run (an export of the run before, or one made before the mark was). Only the folders
    an export writes are looked at; the user's own files in ``export/`` are not."""
    run = current_run(out_dir)
    found = []
    for fmt in EXPORT_FORMATS:
        folder = out_dir / "export" / fmt
        is_export = folder.is_dir() and not folder.is_symlink()
        if is_export and not exported_mark(run, fmt).exists():
            found.append((fmt, folder))
    return found


def older_tables(out_dir: Path) -> list[str]:
    """The tables a version of metrics before the runs layout wrote at the top of
    ``out_dir``, once it holds runs: metrics leaves them (it removes only what its runs
    wrote), but ``pandas.read_parquet("DIR/mentions")`` or DuckDB on ``DIR/*.parquet``
    would read them, not the current run."""
    if not (out_dir / CURRENT).is_file():
        return []
    return [t.path for t in TABLES if (out_dir / t.path).exists()]
