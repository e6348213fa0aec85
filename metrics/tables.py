"""Tables: the run's writer — staging, row groups, atomic publishing.

The tables' columns are in ``metrics.schemas``, the mentions dataset's folders and the
files written a row group at a time in ``metrics.dataset``, and the tables read back from
the written mentions (plan links, trends) in ``metrics.derived``.

Contract: ``write_outputs(out_dir, results, csv)`` consumes each file's result (its
documents, sections, mentions and pairs) once, as it comes, and writes
``documents.parquet``, ``sections.parquet``, the ``mentions/`` dataset (hive partitions
``department_key=…/year_key=…/``, each ``part-NNNNN.parquet`` files in reading order),
``pairs.parquet``, ``plan_vs_outcome.parquet`` and ``trends.parquet`` (read back from the
written mentions once every result is written, one group of partitions at a time, through
``run_map``: ``map``, or a pool's from ``POOL_FIGURES`` figures), ``stats_groups.parquet``
and ``stats_metrics.parquet`` (summed batch by batch), ``targets.parquet`` (a few rows per
government work report, spilled as columns to the staging folder until the run ends to be
linked across years: ``TargetsFound``) and
``failures.parquet`` — and ``mentions.csv`` when asked — into ``out_dir``. Every table
is written in row groups while the results stream past, so what is held at any time is
bounded by ``BUFFER_BYTES``, not by the size of the corpus (but for the trends step, which
holds one department group's trend figures, all its years). ``upload_outputs`` copies a finished
run to an fsspec URL. ``recompute_stats`` and ``save_stats`` (and ``metrics.export``) work on
a folder already written. A run is written completely into its own staging folder
``DIR/runs/.staging-<id>`` and published as a whole by ``metrics.publish`` (renamed to
``DIR/runs/<id>``, then one pointer, ``DIR/CURRENT``, switched atomically), so a reader
never sees a half-written table nor tables of two runs, and a re-run replaces the previous
rows instead of mixing with them. Files of the user's in ``DIR`` are never touched.

Partition values are never null (a null cannot be read back by plain
``pandas.read_parquet``), so the folders are keyed by columns derived from ``department``
and ``year`` (``PARTITION_KEYS``): a figure with no named department goes under
``department_key=(unknown)``, one with no year under ``year_key=0``, while the files keep
``department`` and ``year`` as columns with real nulls — what pandas, DuckDB or Arrow read
from the folder. Folder names escape every character that could leave the folder.
Integer codes of a closed set (``direction``: ``1`` up, ``-1`` down) are written as text
in Parquet and CSV (``CODED``), so that no reader turns them into floats.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from metrics import columns as arrow
from metrics.dataset import (
    Partitioned,
    RowGroups,
    compacted,
    give_back_memory,
    partition_folder,
    partition_folders,
    row_groups,
)
from metrics.derived import (
    RunMap,
    document_identities,
    plan_links,
    trend_tables,
    write_tables,
)
from metrics.errors import OutputError, TablesError, WriteError, system_said
from metrics.io import OUTPUT_MARKER
from metrics.outlock import output_lock
from metrics.outputs import (
    MANIFEST,
    Sources,
    check_version,
    kept_text,
    read_table,
    write_manifest,
)
from metrics.publish import (
    CURRENT,
    LINK,
    RUNS,
    STAGING,
    current_id,
    current_run,
    new_run_id,
    publish,
    recover,
    start_run,
)
from metrics.records import Mention
from metrics.schemas import (
    CODED,
    DOCUMENT_SCHEMA,
    FAILURE_SCHEMA,
    MENTION_SCHEMA,
    PAIR_SCHEMA,
    SECTION_SCHEMA,
    TARGET_SCHEMA,
    TREND_SCHEMA,
    UNKNOWN_DEPARTMENT,
    UNKNOWN_YEAR,
    decoded,
    nullable_integers,
    records_table,
)
from metrics.targets import Outcome, OutcomeKeys, Target, keep_first, link_outcomes

if TYPE_CHECKING:
    import pandas as pd  # imported where a table is computed with it: extract needs none

    from metrics.packed import Packed  # the writer takes what it makes (downstream)
    from metrics.stats import StatsTables

MARKER = OUTPUT_MARKER  # the output folder's mark (``metrics.io``, which skips what it marks)
# Rows waiting for their row group, over all partitions, are written out once they take
# this much memory (many partitions would otherwise each hold a row group); the other
# tables write theirs at a quarter of it each.
BUFFER_BYTES = 16 * 2**20
# Figures added to the running statistics at a time (a file's few rows are too few).
STATS_BATCH = 16_000
# Row groups per partition file: a writer holds its file's footer until it is closed.
ROLL_GROUPS = 32
# Figures of a run below which its plan links and trends are made in the writing process.
# They cost about 30 CPU µs a figure (1.6 s for 60,000 at 10 MB, 16 s at 100 MB, measured).
# On the run's warm pool (``engine.RunPool``) they cost the tree about as much CPU as in
# one process at 10 MB and take the writer's 1.6 s alone off the end of the run; at 1 MB
# (6,000 figures, a tail of 0.25 s) the pool's tasks cost 0.2 s more CPU than they share
# (measured), so smaller runs keep them here.
POOL_FIGURES = 20_000
# Targets gathered as objects before they are held as columns (``TargetsFound``): a
# target and its strings take about 1.2 KB as a ``Target`` (measured with tracemalloc on
# the corpus and data/sample: 72 targets a copy, 0.085 MB), a tenth of that as a row of
# Arrow columns; the run holds every target to its end, about 200,000 of them in 1 GB of
# copies of the corpus.
TARGETS_BATCH = 4096
TARGETS_SPILL = ".targets-found.parquet"  # in the staging folder, removed once linked


def mentions_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([asdict(m) for m in mentions], columns=MENTION_SCHEMA.names)


def _refuse_foreign(where: Path | str, names: Iterable[str], marked: bool) -> None:
    """Refuse an output folder where the names metrics writes (``runs/``, ``CURRENT``,
    ``current``) are taken by something metrics did not write (it carries no marker of
    an earlier run): nothing in it is touched. Other files of the user's may stay
    beside the runs; metrics never touches them."""
    taken = sorted(n for n in names if n in (RUNS, CURRENT, LINK))
    if taken and not marked:
        raise OutputError(
            where,
            f"holds {', '.join(taken)} not written by metrics; choose another folder",
        )


def prepare_out_dir(out_dir: Path) -> None:
    """Create ``out_dir`` or check that it is ours to write in (``write_outputs`` cleans
    up after a killed writer once it holds the lock)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(out_dir, "exists and is not a folder")
    if out_dir.is_dir():
        names = [p.name for p in out_dir.iterdir()]
        _refuse_foreign(out_dir, names, marked=(out_dir / MARKER).exists())
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / MARKER).write_text("written by metrics: runs/, CURRENT, current\n")
    except OSError as exc:
        raise WriteError(out_dir, f"cannot be written ({system_said(exc)})") from exc


def write_outputs(
    out_dir: Path,
    results: Iterable[Packed],
    csv: bool = False,
    failures: Sequence[object] = (),
    run_map: RunMap = map,
    sources: Sources | None = None,
) -> int:
    """Write every table of a run and publish it (see the module contract); returns the
    mention count.

    ``results`` gives each file's result, packed as columns (``metrics.packed``); it is
    consumed once, file by file.
    ``failures`` (``records.Failure``) is read once ``results`` is done, so it may be
    filled while they are consumed; it is written as ``failures.parquet``.
    ``run_map`` runs the steps made one group of partitions at a time once every result
    is written (plan links, trends): ``map``, or a pool's ``map`` to run them in parallel
    (used from ``POOL_FIGURES`` figures). ``sources`` (``outputs.write_manifest``) says
    where each file was read, for the manifest."""
    prepare_out_dir(out_dir)
    with output_lock(out_dir):  # one writer: another's staging folder is never touched
        return _write_locked(out_dir, results, csv, failures, run_map, sources)


def _write_locked(
    out_dir: Path,
    results: Iterable[Packed],
    csv: bool,
    failures: Sequence[object],
    run_map: RunMap = map,
    sources: Sources | None = None,
) -> int:
    """``write_outputs`` once the folder's lock is held: what a killed writer left is
    cleaned up, then the run is staged in its own folder and published. A write the
    system refuses raises ``WriteError``; then, as on any error or interruption, the
    staging folder goes, and so does the run's folder if it was never made current."""
    run_id = new_run_id()
    staging = out_dir / RUNS / f"{STAGING}{run_id}"
    try:
        recover(out_dir)
        staging = start_run(out_dir, run_id)
        count = _write_run(staging, results, csv, failures, run_id, run_map, sources)
        publish(out_dir, staging, run_id)
    except BaseException as exc:  # a read-only place, a full disk; Ctrl-C, SIGTERM
        if current_id(out_dir) != run_id:  # renamed, but never made current
            shutil.rmtree(out_dir / RUNS / run_id, ignore_errors=True)
        if isinstance(exc, OSError):
            raise WriteError(out_dir, f"cannot be written ({system_said(exc)})") from exc
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already once published
    return count


def _write_run(
    staging: Path,
    results: Iterable[Packed],
    csv: bool,
    failures: Sequence[object],
    run_id: str,
    run_map: RunMap = map,
    sources: Sources | None = None,
) -> int:
    """Write every table of the run into ``staging``; the manifest last."""
    found = TargetsFound(staging / TARGETS_SPILL)
    try:
        count, stats = _write_results(staging, collect_targets(results, found), csv)
    except BaseException:
        found.abort()
        raise
    mentions, documents = staging / "mentions", staging / "documents.parquet"
    run_map = run_map if count >= POOL_FIGURES else map
    # a pool's groups of links and trends are sent now, and made while this process
    # makes the targets and statistics (else the workers idled meanwhile, and between
    # the last group of links and the first of trends); in this process (``map``) each
    # table is made when written, after these
    known = document_identities(documents)  # read once for both
    links = plan_links(mentions, documents, run_map, staging, known)
    trends = trend_tables(mentions, documents, run_map, known)
    found.write(staging / "targets.parquet")
    give_back_memory()  # before the links are read back
    for name, table in stats.tables().items():
        pq.write_table(table, staging / f"{name}.parquet")
    write_tables(staging / "plan_vs_outcome.parquet", PAIR_SCHEMA, links)
    write_tables(staging / "trends.parquet", TREND_SCHEMA, trends)
    pq.write_table(records_table(failures, FAILURE_SCHEMA), staging / "failures.parquet")
    write_manifest(staging, run_id, sources)
    return count


class TargetsFound:
    """What the run's targets step reads, gathered file by file: every target (a row of
    the table), made columns ``TARGETS_BATCH`` at a time, not held as objects, and written
    to the Parquet file ``spill`` as they come (held in memory without one), and of the
    outcomes only the first of each key (``targets.keep_first``), the one
    ``link_outcomes`` would choose from all of them: the others would grow the writer's
    memory with the input."""

    def __init__(self, spill: Path | None = None) -> None:
        self.pending: list[Target] = []
        self.outcomes: OutcomeKeys = {}
        self.held: list[pa.Table] = []  # rows of TARGET_SCHEMA, in order, without a spill
        self.spill = spill
        self.writer = None if spill is None else RowGroups(spill, TARGET_SCHEMA, BUFFER_BYTES // 4)
        self.count = 0  # the targets gathered so far

    def add(self, targets: Iterable[Target], outcomes: Iterable[Outcome]) -> None:
        before = len(self.pending)
        self.pending += targets
        self.count += len(self.pending) - before
        if len(self.pending) >= TARGETS_BATCH:
            self._hold()
        keep_first(self.outcomes, outcomes)

    def _hold(self) -> None:
        if self.pending:
            table = records_table(self.pending, TARGET_SCHEMA)
            self.pending = []
            if self.writer is None:
                self.held.append(table)
            else:
                self.writer.add(table)

    def _batches(self) -> Iterator[pa.Table]:
        """The targets gathered, in order, ``TARGETS_BATCH`` rows at a time; each let go
        once given."""
        self._hold()
        while self.held:
            yield self.held.pop(0)
        if self.writer is None or self.spill is None:
            return
        self.writer.close()
        for _, count, read in row_groups(self.spill):
            group = read()
            for at in range(0, count, TARGETS_BATCH):
                yield group.slice(at, TARGETS_BATCH)

    def linked(self) -> Iterator[pa.Table]:
        """The targets table a batch at a time: each target set against the outcome a later
        report of its government states (``link_outcomes``: each target is linked on its
        own, against the outcomes kept), a batch made objects again at a time."""
        outcomes = list(self.outcomes.values())
        for batch in self._batches():
            yield records_table(link_outcomes(_targets_of(batch), outcomes), TARGET_SCHEMA)

    def table(self) -> pa.Table:
        """The targets table, whole."""
        linked = list(self.linked())
        return pa.concat_tables(linked) if linked else records_table([], TARGET_SCHEMA)

    def write(self, path: Path) -> None:
        """Write the targets table to ``path`` a batch at a time, then remove the spill."""
        with RowGroups(path, TARGET_SCHEMA, BUFFER_BYTES // 4) as out:
            for table in self.linked():
                out.add(table)
        self.abort()

    def abort(self) -> None:
        """Close and remove the spill (after the table is written, or after an error)."""
        if self.writer is not None:
            self.writer.abort()
        if self.spill is not None:
            self.spill.unlink(missing_ok=True)


def _targets_of(table: pa.Table) -> list[Target]:
    """The targets whose rows ``records_table`` made of them (``CODED`` read back)."""
    rows = table.to_pylist()
    for r in rows:
        r.update(decoded(r))
    return [Target(**r) for r in rows]


def collect_targets(results: Iterable[Packed], found: TargetsFound) -> Iterator[Packed]:
    """Pass ``results`` on, keeping in ``found`` what their targets step reads (a few
    targets per government work report; nothing for other documents)."""
    for result in results:
        found.add(*result.targets)
        yield result


def targets_table(found: Iterable[tuple[list[Target], list[Outcome]]]) -> pa.Table:
    """The targets table of every file's (targets, outcomes)."""
    kept = TargetsFound()
    for targets, outcomes in found:
        kept.add(targets, outcomes)
    return kept.table()


def check_output_url(url: str) -> tuple[Any, str]:
    """The file system and folder of an output URL, checked before a run starts: its
    file system is installed and reachable, and the folder is new, empty or ours."""
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(url)
        root = root.rstrip("/")
        if fs.exists(root):
            names = {p.rstrip("/").rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)}
            visible = [n for n in names if not n.startswith(".")]
            _refuse_foreign(url, visible, marked=MARKER in names)
    except (ImportError, ValueError, OSError) as exc:  # no such file system, no access
        raise OutputError(url, f"cannot be written ({exc})") from exc
    return fs, root


def upload_outputs(local: Path, url: str) -> None:
    """Copy the current run of an output folder ``write_outputs`` finished at ``local``
    to ``url`` on any fsspec file system (S3, HDFS, GCS…), with the same refusal of a
    folder that is not ours.

    Object stores have no rename, so the run is uploaded as it is published locally:
    its files go to ``runs/<id>/`` (its manifest first, the mark by which a later run
    knows the folder as ours), where no reader looks before ``CURRENT`` names it; then
    ``CURRENT`` is written in one PUT, which a store makes visible whole or not at all.
    Only then are the runs older than the previous one removed. A failed upload leaves
    ``CURRENT`` on the previous run. There is no ``current`` symlink on a store."""
    fs, root = check_output_url(url)  # again: a long run leaves time for others to write
    run_id = current_id(local)
    assert run_id is not None, "upload_outputs is given a folder write_outputs published"
    run = local / RUNS / run_id
    files = sorted((f for f in run.rglob("*") if f.is_file()), key=lambda f: f.name != MANIFEST)
    try:
        fs.makedirs(root, exist_ok=True)
        fs.pipe_file(f"{root}/{MARKER}", (local / MARKER).read_bytes())
        pointer = f"{root}/{CURRENT}"
        previous = fs.cat_file(pointer).decode("utf-8").strip() if fs.exists(pointer) else None
        for file in files:
            target = f"{root}/{RUNS}/{run_id}/{file.relative_to(run).as_posix()}"
            fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
            fs.put_file(str(file), target)
        fs.pipe_file(pointer, f"{run_id}\n".encode())
        _prune_remote(fs, f"{root}/{RUNS}", keep={run_id, previous})
    except OSError as exc:
        raise WriteError(url, f"cannot be written ({system_said(exc)})") from exc


def _prune_remote(fs: Any, runs: str, keep: set[str | None]) -> None:
    """Remove the runs under ``runs`` but ``keep`` whose manifest names them."""
    for path in fs.ls(runs, detail=False):
        name = path.rstrip("/").rsplit("/", 1)[-1]
        manifest = f"{path.rstrip('/')}/{MANIFEST}"
        if name in keep or not fs.exists(manifest):
            continue
        try:
            own = json.loads(fs.cat_file(manifest)).get("run_id") == name
        except ValueError:
            own = False
        if own:
            fs.rm(path, recursive=True)


# The text columns whose partition placeholder (``schemas``) a table read back shows as
# missing, with that placeholder: the one rule of ``restore_missing`` and of the Arrow
# path to the same frames (``api.typed_table``).
PLACEHOLDER_TEXT = {"department": UNKNOWN_DEPARTMENT}


def restore_missing(frame: pd.DataFrame, years: Sequence[str] = ("year",)) -> pd.DataFrame:
    """``frame`` with the partition placeholders back to missing (in place): department
    ``(unknown)`` to None (``PLACEHOLDER_TEXT``), year 0 (in each of ``years``) to <NA>
    of an Int64 column."""
    import pandas as pd

    for col, placeholder in PLACEHOLDER_TEXT.items():
        if col in frame:
            values = frame[col].astype(object)
            frame[col] = values.where(values != placeholder, None)
    for col in years:
        if col in frame:
            values = pd.to_numeric(frame[col].astype(object), errors="coerce")
            frame[col] = values.where(values != UNKNOWN_YEAR).astype("Int64")
    return frame


def read_mentions(folder: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """The mentions dataset as one DataFrame, partition placeholders back to missing."""
    import pandas as pd

    return restore_missing(pd.read_parquet(folder, columns=columns))


def _swap(new: Path, target: Path) -> None:
    if new.is_dir() and target.exists():
        old = target.with_name(f".old-{target.name}-{uuid.uuid4().hex}")
        os.replace(target, old)
        os.replace(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, target)


class _StatsBuffer:
    """Statistics inputs gathered and added to the running sums every ``STATS_BATCH``
    figures (a file's few rows are too few to be worth a batch of their own)."""

    def __init__(self) -> None:
        from metrics.stats import STATS_INPUT, StatsTables

        self.columns = STATS_INPUT
        self.tables: list[pa.Table] = []
        self.loose = 0  # tables not joined yet (``dataset.compacted``)
        self.units: dict[str, tuple] = {}
        self.rows = 0
        self.stats = StatsTables()

    def add(self, table: pa.Table, units: dict[str, tuple]) -> None:
        self.tables.append(table.select(self.columns))
        self.loose = compacted(self.tables, self.loose + 1)
        self.units.update(units)
        self.rows += table.num_rows
        if self.rows >= STATS_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.tables:
            self.stats.add(pa.concat_tables(self.tables), self.units)
            self.tables, self.units, self.rows, self.loose = [], {}, 0, 0


def _write_results(staging: Path, results: Iterable[Packed], csv: bool) -> tuple[int, StatsTables]:
    """Write the results file by file; return the mention count and the statistics
    (the only thing kept that grows with the corpus: a few numbers a row of theirs)."""
    root = staging / "mentions"
    root.mkdir()
    # department and year stay columns of the files: see PARTITION_KEYS
    mentions = Partitioned(root, MENTION_SCHEMA, BUFFER_BYTES, roll=ROLL_GROUPS)
    tables = {  # each written on its own: a global flush would cut them into tiny groups
        name: RowGroups(staging / f"{name}.parquet", schema, max_bytes=BUFFER_BYTES // 4)
        for name, schema in (
            ("documents", DOCUMENT_SCHEMA),
            ("sections", SECTION_SCHEMA),
            ("pairs", PAIR_SCHEMA),
        )
    }
    csv_path = staging / "mentions.csv"
    count = 0
    stats = _StatsBuffer()
    try:
        for result in results:
            if result.extracted is not None:
                write_extracted(kept_text(staging, result.source_file), result.extracted)
            tables["documents"].add(result.documents)
            tables["sections"].add(result.sections)
            tables["pairs"].add(result.pairs)
            table = result.mentions
            if table.num_rows:
                count += table.num_rows
                stats.add(table, result.units)
                if csv:
                    _append_csv(csv_path, table)
                mentions.add(table, result.partitions)
        stats.flush()
        for writer in [mentions, *tables.values()]:
            writer.close()
    except BaseException:  # a full disk, Ctrl-C: the files are closed, the error kept
        for writer in [mentions, *tables.values()]:
            writer.abort()
        raise
    if not mentions.writers:  # keep the dataset readable when nothing was found
        folder = partition_folder(root, None, None)
        folder.mkdir(parents=True)
        pq.write_table(arrow.empty(MENTION_SCHEMA), folder / "part-00000.parquet")
    if csv and not csv_path.exists():
        _append_csv(csv_path, arrow.empty(MENTION_SCHEMA))
    return count, stats.stats


def _append_csv(path: Path, table: pa.Table) -> None:
    """Append ``table``'s rows to ``mentions.csv``, its header (and a BOM) first, text that
    a spreadsheet would run as a formula escaped (``export_cells``)."""
    from metrics.export_cells import csv_safe

    new = not path.exists()
    # nullable integers as integers (pandas would make 1 a float, 1.0); for a
    # spreadsheet, as the exports: no text cell opens as a formula
    csv_safe(table.to_pandas(types_mapper=nullable_integers().get), CODED).to_csv(
        path, mode="a", index=False, header=new, encoding="utf-8-sig" if new else "utf-8"
    )


def write_extracted(target: Path, text: str) -> None:
    """Keep the text extracted from an input in ``target`` (``outputs.kept_text``: UTF-8,
    line ends as they are), so that ``text[char_start:char_end]`` checks every row."""
    target.parent.mkdir(parents=True, exist_ok=True)  # a file in a subfolder keeps its path
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)


@dataclass(frozen=True)
class Stats:
    """The statistics tables recomputed from a run's mentions (``recompute_stats``): the
    run's folder, each table, and the names of those its folder holds otherwise (missing,
    unreadable, or written by an earlier version of the counting), which alone are saved."""

    run: Path
    tables: dict[str, pa.Table]
    stale: tuple[str, ...]


def recompute_stats(directory: Path) -> Stats:
    """The statistics tables (``stats_groups``, ``stats_metrics``) of the current run of an
    output folder, recomputed from its mentions read a row group at a time, compared with
    those the run holds. Reads only: a read-only folder is no obstacle."""
    from metrics.stats import STATS_INPUT, StatsTables, units_of

    run = current_run(directory)  # a folder that is no output: named as load names it
    check_version(run)
    units = units_of(read_table(run, "documents.parquet"))
    stats = StatsTables()
    try:
        for batch in mention_batches(run / "mentions", STATS_INPUT):
            stats.add(batch, units)
    except (pa.ArrowInvalid, OSError) as exc:
        raise TablesError("mentions", f"cannot be read, truncated or corrupt ({exc})") from exc
    tables = stats.tables()
    stale = tuple(n for n, t in tables.items() if not _holds(run / f"{n}.parquet", t))
    return Stats(run, tables, stale)


def _holds(path: Path, table: pa.Table) -> bool:
    """Whether the Parquet file ``path`` holds ``table`` (its columns, types and rows)."""
    try:
        return pq.read_table(path).equals(table)
    except (OSError, pa.ArrowInvalid):  # missing or damaged: to be written again
        return False


def save_stats(directory: Path, stats: Stats) -> None:
    """Write the stale tables of ``stats`` into its run, under the folder's lock (no run
    is pruned meanwhile), each into a temporary file put in place by rename. A write the
    system refuses raises ``WriteError``, leaving no partial file and the run's own
    tables as they were."""
    if not stats.stale:
        return
    done: list[Path] = []
    try:
        with output_lock(directory):
            for name in stats.stale:
                tmp = stats.run / f"{STAGING}{name}-{uuid.uuid4().hex}.parquet"
                done.append(tmp)
                pq.write_table(stats.tables[name], tmp)
            for tmp, name in zip(done, stats.stale, strict=True):
                os.replace(tmp, stats.run / f"{name}.parquet")
    except OSError as exc:  # read-only place, full disk: no partial file stays behind
        raise WriteError(directory, f"cannot be written ({system_said(exc)})") from exc
    finally:  # and none after Ctrl-C either (a file put in place is gone from here)
        for tmp in done:
            with suppress(OSError):
                tmp.unlink(missing_ok=True)


def mention_batches(folder: Path, columns: list[str]) -> Iterator[pa.Table]:
    """The mentions dataset at ``folder``, a row group at a time, with its partition's
    ``department`` and ``year`` (placeholders as missing) among ``columns``; a column an
    older run's files lack is read as missing."""
    for name, number, files in partition_folders(folder):
        from_folder = {"department": name, "year": number}  # a legacy run's files lack them
        for path in files:
            present = set(pq.read_schema(path).names)
            for _, count, read in row_groups(path):
                batch = read(columns=[c for c in columns if c in present])
                for col in columns:
                    if col not in present:
                        value = from_folder.get(col)
                        kind = MENTION_SCHEMA.field(col).type
                        batch = batch.append_column(col, arrow.column([value] * count, kind))
                yield batch.select(columns)
