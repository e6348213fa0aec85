"""Tables: the run's writer — staging, row groups, atomic publishing.

The tables' columns are in ``metrics.schemas``.

Contract: ``write_outputs(out_dir, results, csv)`` consumes each file's result (its
documents, sections, mentions and pairs) once, as it comes, and writes
``documents.parquet``, ``sections.parquet``, the ``mentions/`` dataset (hive partitions
``department_key=…/year_key=…/``, each ``part-NNNNN.parquet`` files in reading order),
``pairs.parquet``, ``plan_vs_outcome.parquet`` and ``trends.parquet`` (read back from the
written mentions once every result is written, one group of partitions at a time, through
``run_map``: ``map``, or a pool's from ``POOL_FIGURES`` figures), ``stats_groups.parquet``
and ``stats_metrics.parquet`` (summed batch by batch), ``targets.parquet`` (a few rows per
government work report, held until the run ends to be linked across years) and
``failures.parquet`` — and ``mentions.csv`` when asked — into ``out_dir``. Every table
is written in row groups while the results stream past, so what is held at any time is
bounded by ``BUFFER_BYTES``, not by the size of the corpus (but for the trends step, which
holds one department group's trend figures, all its years). ``upload_outputs`` copies a finished
run to an fsspec URL. ``write_stats`` (and ``metrics.export``) work on a folder already
written. A run is written completely into its own staging folder ``DIR/runs/.staging-<id>``
and published as a whole by ``metrics.publish`` (renamed to ``DIR/runs/<id>``, then one
pointer, ``DIR/CURRENT``, switched atomically), so a reader never sees a half-written table
nor tables of two runs, and a re-run replaces the previous rows instead of mixing with
them. Files of the user's in ``DIR`` are never touched.

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

import ctypes
import itertools
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import MISSING, asdict, fields
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from metrics import columns as arrow
from metrics.errors import OutputError, TablesError, WriteError
from metrics.outlock import output_lock
from metrics.outputs import MANIFEST, check_version, read_table, write_manifest
from metrics.pairs import (
    Identity,
    Side,
    completion_metric,
    department_group,
    government_identity,
    link_pair,
    link_sides,
    match_plans,
    plan_metric,
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
from metrics.records import Document, Mention
from metrics.schemas import (
    CODED,
    DOCUMENT_SCHEMA,
    FAILURE_SCHEMA,
    LEGACY_KEYS,
    MENTION_SCHEMA,
    PAIR_SCHEMA,
    PARTITION_KEYS,
    SECTION_SCHEMA,
    TARGET_SCHEMA,
    TEXTS,
    TREND_SCHEMA,
    UNKNOWN_DEPARTMENT,
    UNKNOWN_YEAR,
    nullable_integers,
    records_table,
)
from metrics.targets import Outcome, Target, link_outcomes
from metrics.trends import TREND_ROLES, trends_in_order

if TYPE_CHECKING:
    import pandas as pd  # imported where a table is computed with it: extract needs none

    from metrics.packed import Packed  # the writer takes what it makes (downstream)
    from metrics.stats import StatsTables

_TRIM = getattr(ctypes.CDLL(None), "malloc_trim", None) if os.name == "posix" else None
MARKER = ".metrics-output"
ROW_GROUP = 64_000
# Rows waiting for their row group, over all partitions, are written out once they take
# this much memory (many partitions would otherwise each hold a row group); the other
# tables write theirs at a quarter of it each.
BUFFER_BYTES = 16 * 2**20
# Figures added to the running statistics at a time (a file's few rows are too few).
STATS_BATCH = 16_000
# Row groups per partition file: a writer holds its file's footer until it is closed.
ROLL_GROUPS = 32
# Plan links made into pairs at a time (their rows are read whole).
LINK_CHUNK = 10_000
# ``map``, or a pool's: a function over each item, results in the items' order.
RunMap = Callable[..., Iterable[Any]]
# Figures of a run below which its plan links and trends are made in the writing process.
# They cost about 30 CPU µs a figure (1.6 s for 60,000 at 10 MB, 16 s at 100 MB, measured).
# On the run's warm pool (``engine.RunPool``) they cost the tree about as much CPU as in
# one process at 10 MB and take the writer's 1.6 s alone off the end of the run; at 1 MB
# (6,000 figures, a tail of 0.25 s) the pool's tasks cost 0.2 s more CPU than they share
# (measured), so smaller runs keep them here.
POOL_FIGURES = 20_000


# Characters never left as they are in a folder name (pyarrow decodes %XX when reading).
UNSAFE = frozenset('/\\%:*?"<>|=') | {chr(c) for c in range(32)} | {"\x7f"}


def _give_back_memory() -> None:
    """Hand the heap pages freed so far back to the system. glibc keeps them for reuse,
    but the writer's many small allocations scatter them, so a long run grew by a
    fragmented 40–100 MB (measured); elsewhere this does nothing."""
    if _TRIM is not None:
        _TRIM(0)


def mentions_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([asdict(m) for m in mentions], columns=MENTION_SCHEMA.names)


def encode_segment(value: str) -> str:
    """A folder-name-safe form of ``value`` that pyarrow's hive reader decodes back.

    Path separators, ``%``, control characters and a leading dot are escaped, and so are
    capital letters (ASCII or full width), so that names differing only in case never
    share a folder on a case-insensitive file system."""
    out = []
    for i, ch in enumerate(value):
        if ch in UNSAFE or (i == 0 and ch == ".") or ch.isupper():
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
        else:
            out.append(ch)
    return "".join(out) or "%20"


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
        raise WriteError(out_dir, f"cannot be written ({exc.strerror or exc})") from exc


def write_outputs(
    out_dir: Path,
    results: Iterable[Packed],
    csv: bool = False,
    failures: Sequence[object] = (),
    run_map: RunMap = map,
) -> int:
    """Write every table of a run and publish it (see the module contract); returns the
    mention count.

    ``results`` gives each file's result, packed as columns (``metrics.packed``); it is
    consumed once, file by file.
    ``failures`` (``records.Failure``) is read once ``results`` is done, so it may be
    filled while they are consumed; it is written as ``failures.parquet``.
    ``run_map`` runs the steps made one group of partitions at a time once every result
    is written (plan links, trends): ``map``, or a pool's ``map`` to run them in parallel
    (used from ``POOL_FIGURES`` figures)."""
    prepare_out_dir(out_dir)
    with output_lock(out_dir):  # one writer: another's staging folder is never touched
        return _write_locked(out_dir, results, csv, failures, run_map)


def _write_locked(
    out_dir: Path,
    results: Iterable[Packed],
    csv: bool,
    failures: Sequence[object],
    run_map: RunMap = map,
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
        count = _write_run(staging, results, csv, failures, run_id, run_map)
        publish(out_dir, staging, run_id)
    except BaseException as exc:  # a read-only place, a full disk; Ctrl-C, SIGTERM
        if current_id(out_dir) != run_id:  # renamed, but never made current
            shutil.rmtree(out_dir / RUNS / run_id, ignore_errors=True)
        if isinstance(exc, OSError):
            raise WriteError(out_dir, f"cannot be written ({exc.strerror or exc})") from exc
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
) -> int:
    """Write every table of the run into ``staging``; the manifest last."""
    found: list[tuple[list[Target], list[Outcome]]] = []
    count, stats = _write_results(staging, collect_targets(results, found), csv)
    pq.write_table(targets_table(found), staging / "targets.parquet")
    _give_back_memory()  # before the links are read back
    for name, table in stats.tables().items():
        pq.write_table(table, staging / f"{name}.parquet")
    mentions, documents = staging / "mentions", staging / "documents.parquet"
    run_map = run_map if count >= POOL_FIGURES else map
    write_plan_links(mentions, staging / "plan_vs_outcome.parquet", documents, run_map)
    write_trends(mentions, staging / "trends.parquet", documents, run_map)
    pq.write_table(records_table(failures, FAILURE_SCHEMA), staging / "failures.parquet")
    write_manifest(staging, run_id)
    return count


def collect_targets(
    results: Iterable[Packed], found: list[tuple[list[Target], list[Outcome]]]
) -> Iterator[Packed]:
    """Pass ``results`` on, keeping each file's targets and outcomes in ``found`` (a few
    rows per government work report; nothing for other documents)."""
    for result in results:
        found.append(result.targets)
        yield result


def targets_table(found: Iterable[tuple[list[Target], list[Outcome]]]) -> pa.Table:
    """The targets table of every file's targets, each set against the outcome a later
    report of its government states."""
    targets: list[Target] = []
    outcomes: list[Outcome] = []
    for t, o in found:
        targets += t
        outcomes += o
    return records_table(link_outcomes(targets, outcomes), TARGET_SCHEMA)


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
        raise WriteError(url, f"cannot be written ({exc.strerror or exc})") from exc


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


def write_plan_links(folder: Path, path: Path, documents: Path, run_map: RunMap = map) -> None:
    """Write ``plan_vs_outcome`` of the mentions dataset at ``folder`` to ``path``: the
    rows ``pairs.plan_vs_outcome`` gives for every mention, in its order.

    A link's key holds one department group (``pairs.department_group``) and one year, so
    no link crosses a group of partitions: groups are linked one at a time, in order, each
    by ``_group_links`` — through ``run_map`` (a pool's ``map``: the groups of a run are
    linked by its workers at once, their links written here in order, see
    ``_links_sent``). The government unit of each document (``pairs.government_identity``)
    comes from ``documents``. What is held is bounded by the largest group's figures as
    a few integers each, not by its links: these are written a chunk at a time."""
    identities = _identities(documents)
    groups = _groups(folder)
    run_map = _spread(run_map, groups)
    writer = _RowGroups(path, PAIR_SCHEMA)
    try:
        if run_map is map:  # in this process: each chunk written as it is made
            for group in groups:
                for table in _group_links(group, identities):
                    writer.add(table)
        else:
            send = partial(_links_sent, identities=identities, spill=path.parent)
            for sent in run_map(send, groups):
                for table in _links_received(sent):
                    writer.add(table)
    finally:
        writer.close()


def _spread(run_map: RunMap, groups: Sequence[object]) -> RunMap:
    """``run_map`` for more than one group; ``map`` for one (a small run, one report: not
    worth starting the processes of a pool, which start on first use)."""
    return run_map if len(groups) > 1 else map


def _group_links(
    group: tuple[int, list[tuple[str, list[Path]]]], identities: dict[str, int]
) -> Iterator[pa.Table]:
    """The plan links of one group of partitions (year, [(department, files)…]) as
    tables of ``LINK_CHUNK`` pairs, in order. Of the group only the row numbers and small
    codes of its plan targets and summary actuals are held, as arrays (a partition's
    files and their rows are in reading order, as written), and its links as an array of
    row pairs; the linked rows are then read whole, a chunk of links at a time, and made
    into pairs. Files are read a row group at a time: Arrow's dataset scanner kept about
    1 MB for every file it had read (measured), this does not."""
    year, parts = group
    files = [f for _, fs in parts for f in fs]
    links, starts = _link_rows(files, identities)
    for at in range(0, len(links), LINK_CHUNK):
        chunk = links[at : at + LINK_CHUNK]
        found = {
            row: Mention(**r, year=year, sentence="")
            for row, r in _rows_at(files, starts, np.unique(chunk), parts)
        }
        pairs = [link_pair(found[t], found[a]) for t, a in chunk.tolist()]
        del found  # not held while the consumer writes the chunk
        yield records_table(pairs, PAIR_SCHEMA)
    _give_back_memory()


def _links_sent(
    group: tuple[int, list[tuple[str, list[Path]]]], identities: dict[str, int], spill: Path
) -> pa.Table | Path:
    """``_group_links`` in a pool's worker, in a form its pipe can carry: the group's
    links as one table when one chunk holds them; else written a chunk at a time to a
    Parquet file of their own in the folder ``spill`` (the run's staging folder), whose
    path is sent instead: one table of a large group would be held whole by the worker,
    the pipe and the writer at once (``_links_received`` reads it back and removes it)."""
    chunks = _group_links(group, identities)
    first = next(chunks, arrow.empty(PAIR_SCHEMA))
    second = next(chunks, None)
    if second is None:
        return first
    handle, name = tempfile.mkstemp(prefix=".links-", suffix=".parquet", dir=spill)
    os.close(handle)
    try:
        with pq.ParquetWriter(name, PAIR_SCHEMA) as out:
            for table in itertools.chain((first, second), chunks):
                out.write_table(table)
    except BaseException:  # nothing half-written is left in the staging folder
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _links_received(sent: pa.Table | Path) -> Iterator[pa.Table]:
    """The tables of what ``_links_sent`` sent, a row group at a time from a file (which
    is then removed)."""
    if isinstance(sent, pa.Table):
        yield sent
        return
    try:
        for _, _, read in _row_groups(sent):
            yield read()
    finally:
        sent.unlink(missing_ok=True)


def document_identities(documents: Path) -> dict[str, Identity]:
    """The government unit of each document of ``documents.parquet`` that has one (see
    ``pairs.government_identity``)."""
    names = [f.name for f in fields(Document)]
    out = {}
    with pq.ParquetFile(documents) as file:  # read_table would import pyarrow.dataset
        rows = file.read().to_pylist()
    for row in rows:
        identity = government_identity(Document(**{k: row.get(k) for k in names}))
        if identity is not None:
            out[row["doc_id"]] = identity
    return out


def _identities(documents: Path) -> dict[str, int]:
    """A code for the government unit of each document that has one: equal codes, one
    unit."""
    codes: dict[Identity, int] = {}
    return {
        doc: codes.setdefault(identity, len(codes))
        for doc, identity in document_identities(documents).items()
    }


def write_trends(folder: Path, path: Path, documents: Path, run_map: RunMap = map) -> None:
    """Write ``trends`` of the mentions dataset at ``folder`` to ``path``: the rows
    ``trends.trends`` gives for every mention, in its order. A trend keeps to one
    canonical department, so department groups (``pairs.department_group``) are read one
    at a time, all their years, each by ``_group_trends`` through ``run_map`` (as
    ``write_plan_links``): only their figures of a trend role in documents of a known
    government unit, without the sentence but for the words before the figure (all that
    ``targets.several_years`` reads of it)."""
    identities = document_identities(documents)
    groups: dict[str, list[tuple[str, int, list[Path]]]] = {}
    for department, year, files in _partitions(folder):
        groups.setdefault(department_group(department), []).append((department, year, files))
    writer = _RowGroups(path, TREND_SCHEMA)
    try:
        ordered = [parts for _, parts in sorted(groups.items())]
        trend = partial(_group_trends, identities=identities)
        for table in _spread(run_map, ordered)(trend, ordered):
            writer.add(table)
    finally:
        writer.close()


def _group_trends(
    parts: list[tuple[str, int, list[Path]]], identities: dict[str, Identity]
) -> pa.Table:
    """The trends of one department group's partitions (department, year, files), as a
    table."""
    known = arrow.column(sorted(identities), pa.string())
    parts = sorted(parts, key=lambda part: (part[1], part[0]))  # by year, then department
    # read in disk order and never held: only the first figure of a key and year is kept
    figures = (m for part in parts for m in _trend_figures(*part, known))
    return records_table(trends_in_order(figures, identities), TREND_SCHEMA)


def _trend_figures(
    department: str, year: int, files: list[Path], known: pa.Array
) -> Iterator[Mention]:
    """The figures of one partition that may make a trend (see ``write_trends``)."""
    # the fields a Mention must be given, but those the partition gives
    names = [
        f.name
        for f in fields(Mention)
        if f.default is MISSING and f.name not in ("department", "year")
    ] + ["measure", "period_label"]
    roles = arrow.column(sorted(TREND_ROLES), pa.string())
    for path in files:
        for _, _, read in _row_groups(path):
            table = read(columns=names)
            keep = pc.and_(pc.is_in(table["role"], roles), pc.is_in(table["doc_id"], known))
            for r in table.filter(pc.and_(keep, pc.is_valid(table["metric_key"]))).to_pylist():
                r["sentence"] = r["sentence"][: max(0, r["char_start"] - r["sentence_start"])]
                r.update(_decoded(r))  # direction is written as text (CODED)
                yield Mention(**r, department=department, year=year)


def _partitions(folder: Path) -> list[tuple[str, int, list[Path]]]:
    """(department, year, files in order) of each partition with both known, sorted."""
    found = []
    for name, number, files in _partition_folders(folder):
        if name is not None and number is not None:
            found.append((name, number, files))
    return sorted(found)


def partition_folder(root: Path, department: str | None, year: int | None) -> Path:
    """The folder of the mentions of ``department`` and ``year`` (see ``PARTITION_KEYS``)."""
    dept, yr = PARTITION_KEYS
    return root / f"{dept}={encode_segment(department or UNKNOWN_DEPARTMENT)}" / (
        f"{yr}={year or UNKNOWN_YEAR}"
    )


def _partition_folders(folder: Path) -> Iterator[tuple[str | None, int | None, list[Path]]]:
    """(department, year, files in order) of each partition folder of a mentions dataset
    (of this layout or the legacy one), missing keys as None, in order of folder name."""
    for dept, yr in (PARTITION_KEYS, LEGACY_KEYS):
        for department in sorted(folder.glob(f"{dept}=*")):
            name = unquote(department.name.partition("=")[2])
            for year in sorted(department.glob(f"{yr}=*")):
                number = int(year.name.partition("=")[2])
                yield (
                    None if name == UNKNOWN_DEPARTMENT else name,
                    None if number == UNKNOWN_YEAR else number,
                    sorted(year.glob("*.parquet")),
                )


def _groups(folder: Path) -> list[tuple[int, list[tuple[str, list[Path]]]]]:
    """(year, [(department, files)…]) of each department group and year with both known,
    in order of group and year, the group's departments in order of name."""
    grouped: dict[tuple[str, int], list[tuple[str, list[Path]]]] = {}
    for department, year, files in _partitions(folder):
        grouped.setdefault((department_group(department), year), []).append((department, files))
    return [(year, sorted(parts)) for (_, year), parts in sorted(grouped.items())]


def _row_groups(path: Path) -> Iterator[tuple[int, int, Callable[..., pa.Table]]]:
    """(first row, row count, reader) of each row group of a Parquet file: a group is read
    on its own, and only when asked (see ``write_plan_links``)."""
    with pq.ParquetFile(path) as file:
        first = 0
        for group in range(file.num_row_groups):
            count = file.metadata.row_group(group).num_rows
            yield first, count, partial(file.read_row_group, group)
            first += count


def _rows_at(
    files: list[Path], starts: list[int], rows: np.ndarray, parts: list[tuple[str, list[Path]]]
) -> Iterator[tuple[int, dict]]:
    """(row, its values) at each of the sorted group row numbers ``rows``, every mention
    column but ``sentence`` and those the partition gives (its department from ``parts``),
    a row group at a time."""
    names = [f.name for f in fields(Mention) if f.name not in ("sentence", "department", "year")]
    department_of = {f: department for department, fs in parts for f in fs}
    for path, start, end in zip(files, starts, starts[1:], strict=False):
        wanted = rows[(rows >= start) & (rows < end)] - start
        if not len(wanted):
            continue
        for first, count, read in _row_groups(path):
            mine = wanted[(wanted >= first) & (wanted < first + count)]
            if len(mine):
                table = read(columns=names).take(arrow.from_numpy(mine - first, pa.int64()))
                values = [
                    {**r, **_decoded(r), "department": department_of[path]}
                    for r in table.to_pylist()
                ]
                yield from zip((mine + start).tolist(), values, strict=True)


def _decoded(row: dict) -> dict:
    """The ``CODED`` values of a row read back, as the integers the records hold."""
    return {k: None if row[k] is None else int(row[k]) for k in CODED if k in row}


def _key_codes(
    ident: np.ndarray, metric: np.ndarray, unit: np.ndarray, codes: dict[tuple[int, int, int], int]
) -> np.ndarray:
    """A number for each (unit of government, metric, base unit), the same across
    batches; -1 where the document has no unit of government."""
    if not len(ident):
        return ident
    triples = np.stack([ident, metric, unit], axis=1)
    distinct, inverse = np.unique(triples, axis=0, return_inverse=True)
    known = [
        -1 if t[0] < 0 else codes.setdefault((t[0], t[1], t[2]), len(codes))
        for t in distinct.tolist()
    ]
    return np.array(known, dtype=np.int64)[inverse.reshape(-1)]


def _codes(
    values: pa.Array | pa.ChunkedArray, codes: dict, fold: Callable[[Any], Any] | None = None
) -> np.ndarray:
    """A number for each value (missing included), the same across batches: only the
    batch's distinct values become Python objects, not every row's. With ``fold``, values
    that fold to one thing (``pairs.plan_metric``) get one number."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    encoded = pc.dictionary_encode(values, null_encoding="encode")
    distinct = encoded.dictionary.to_pylist()
    known = [codes.setdefault(fold(v) if fold else v, len(codes)) for v in distinct]
    return np.array(known, dtype=np.int64)[arrow.to_numpy(encoded.indices)]


# Compute functions' text arguments as Arrow scalars (a Python one is converted by pyarrow,
# which imports pandas to do it: see metrics.columns).
_EMPTY, _UNIT_SEP = arrow.scalar("", pa.string()), arrow.scalar("\x1f", pa.string())


def _joined(a: pa.ChunkedArray, b: pa.ChunkedArray) -> pa.Array:
    """Two string columns as one (a missing value of ``a`` as empty), to code them as one."""
    return pc.binary_join_element_wise(pc.fill_null(a, _EMPTY), b, _UNIT_SEP)


def _sides(batch: pa.Table) -> np.ndarray:
    """The ``pairs.Side`` flags of each row of ``batch`` (``pairs.link_sides``), computed
    once per distinct (role, section, measure, unit)."""
    cols = [pc.fill_null(batch[c], _EMPTY) for c in ("role", "section", "measure", "unit")]
    joined = pc.binary_join_element_wise(*cols, _UNIT_SEP).combine_chunks()
    encoded = pc.dictionary_encode(joined)
    distinct = encoded.dictionary.to_pylist()
    known = [link_sides(*(v or None for v in d.split("\x1f"))) for d in distinct]
    return np.array(known, dtype=np.int64)[arrow.to_numpy(encoded.indices)]


def _link_rows(files: list[Path], identities: dict[str, int]) -> tuple[np.ndarray, list[int]]:
    """(target row, outcome row) of one group's links, in the targets' order, rows
    numbered across the group's files; and the first row of each file, and the end. A
    stated link's key is the document's government unit, the metric and the base unit
    with the measure; a target no stated outcome takes may then take a completion rate of
    it, by government unit and metric (``pairs.plan_vs_outcome``)."""
    (rows, keys, ikeys, where, side), starts = _link_keys(files, identities)
    links = _matched(rows, keys, where, side & Side.TARGET > 0, side & Side.OUTCOME > 0)
    implying = (side & Side.IMPLIED_TARGET > 0) & ~np.isin(rows, links[:, 0])
    derived = _matched(rows, ikeys, where, implying, side & Side.COMPLETION > 0)
    links = np.concatenate([links, derived])
    return links[np.argsort(links[:, 0], kind="stable")], starts


def _link_keys(
    files: list[Path], identities: dict[str, int]
) -> tuple[list[np.ndarray], list[int]]:
    """(row, key, implied key, document, sides) of each figure of one group that may be
    linked, as arrays of the group's size (held once: see ``_Filled``); and the first
    row of each file, and the end (see ``_link_rows``)."""
    size = sum(pq.read_metadata(path).num_rows for path in files)
    found = _Filled(size, (np.int64, np.int32, np.int32, np.int32, np.int8))
    metrics: dict[str, int] = {}
    units: dict[str | None, int] = {}
    docs: dict[str, int] = {}
    key_codes: dict[tuple[int, int, int], int] = {}
    doc_units: list[int] = []  # by document code: its government unit's code, -1 for none
    starts, end = [], 0
    columns = ["metric_key", "base_unit", "doc_id", "role", "section", "measure", "unit"]
    for path in files:
        starts.append(end)
        for _, _, read in _row_groups(path):
            batch = read(columns=columns)
            side = _sides(batch)
            keep = (side > 0) & arrow.to_numpy(batch["metric_key"].is_valid())
            picked, side = batch.filter(arrow.from_numpy(keep, pa.bool_())), side[keep]
            row = np.flatnonzero(keep) + end
            end += batch.num_rows
            codes = _codes(picked["doc_id"], docs)
            # the unit of each document code, extended by the documents this batch met first
            doc_units.extend(
                identities.get(d, -1) for d in itertools.islice(docs, len(doc_units), None)
            )
            ident = np.asarray(doc_units, dtype=np.int64)[codes]
            metric = _codes(picked["metric_key"], metrics, plan_metric)
            # a base unit and a measure: a growth target meets a stated growth, not a level
            unit = _codes(_joined(picked["base_unit"], picked["measure"]), units)
            key = _key_codes(ident, metric, unit, key_codes)
            # a completion rate's metric without its frame, in no unit
            folded = _codes(picked["metric_key"], metrics, completion_metric)
            metric = np.where(side & Side.COMPLETION, folded, metric)
            implied = _key_codes(ident, metric, np.full_like(metric, -1), key_codes)
            found.add(row, key, implied, codes, side)
    starts.append(end)
    return found.done(), starts


class _Filled:
    """Arrays of one type each, filled a batch at a time up to ``size`` values, then cut
    to what was filled: the figures of a large group are held once and compactly (a list
    of each batch's arrays, joined at the end, held them twice, as 64-bit integers)."""

    def __init__(self, size: int, types: Sequence[type]) -> None:
        self.arrays = [np.empty(size, dtype=t) for t in types]
        self.count = 0

    def add(self, *values: np.ndarray) -> None:
        end = self.count + len(values[0])
        for array, value in zip(self.arrays, values, strict=True):
            array[self.count : end] = value
        self.count = end

    def done(self) -> list[np.ndarray]:
        for array in self.arrays:
            array.resize(self.count, refcheck=False)  # in place: the rest is given back
        return self.arrays


def _matched(
    rows: np.ndarray, keys: np.ndarray, where: np.ndarray, target: np.ndarray, outcome: np.ndarray
) -> np.ndarray:
    """``pairs.match_plans`` of the ``target`` rows and the ``outcome`` rows, one key at a
    time, so that what is held as Python objects is one key's figures: the (target row,
    outcome row) links as an (n, 2) array, each key's in its turn."""
    links = [np.empty((0, 2), dtype=np.int64)]
    either = np.flatnonzero(target | outcome)
    by_key = either[np.argsort(keys[either], kind="stable")]
    for group in np.split(by_key, np.flatnonzero(np.diff(keys[by_key])) + 1):
        if not len(group) or keys[group[0]] < 0:
            continue  # no government unit: linked to nothing
        t, a = group[target[group]], group[outcome[group]]
        if len(t) and len(a):
            pool = {keys[a[0]]: list(zip(rows[a].tolist(), where[a].tolist(), strict=True))}
            wanted = zip(keys[t], rows[t].tolist(), where[t].tolist(), strict=True)
            pairs = itertools.chain.from_iterable(match_plans(wanted, pool))
            links.append(np.fromiter(pairs, dtype=np.int64).reshape(-1, 2))
    return np.concatenate(links)


def restore_missing(frame: pd.DataFrame, years: Sequence[str] = ("year",)) -> pd.DataFrame:
    """``frame`` with the partition placeholders back to missing (in place): department
    ``(unknown)`` to None, year 0 (in each of ``years``) to <NA> of an Int64 column."""
    import pandas as pd

    if "department" in frame:
        department = frame["department"].astype(object)
        frame["department"] = department.where(department != UNKNOWN_DEPARTMENT, None)
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


class _RowGroups:
    """Rows of one Parquet file, written as a row group once ``ROW_GROUP`` of them or
    ``max_bytes`` wait, or when asked (a footer entry per tiny row group would grow with
    the corpus). With ``roll``, ``path`` is a folder of ``part-NNNNN.parquet`` files and a
    new file is begun after ``roll`` row groups: a writer keeps its file's footer in
    memory until it closes it."""

    def __init__(
        self, path: Path, schema: pa.Schema, max_bytes: int | None = None, roll: int = 0
    ) -> None:
        self.path, self.schema, self.max_bytes, self.roll = path, schema, max_bytes, roll
        self.files = self.groups = 0
        self.writer = self._open()
        self.parts: list[pa.Table] = []
        self.rows = 0
        self.nbytes = 0

    def _open(self) -> pq.ParquetWriter:
        path = self.path / f"part-{self.files:05}.parquet" if self.roll else self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.files += 1
        return pq.ParquetWriter(path, self.schema)

    def add(self, part: pa.Table) -> None:
        if not part.num_rows:
            return
        self.parts.append(part)
        self.rows += part.num_rows
        self.nbytes += part.nbytes
        if len(self.parts) >= 64:
            # a file's few rows are a table of their own, whose buffers and objects
            # cost more than its rows: held as one table, they cost what nbytes says
            self.parts = [pa.concat_tables(self.parts).combine_chunks()]
        if self.rows >= ROW_GROUP or (self.max_bytes and self.nbytes >= self.max_bytes):
            self.flush()

    def flush(self) -> None:
        if not self.parts:
            return
        if self.roll and self.groups >= self.roll:
            self.writer.close()
            self.writer, self.groups = self._open(), 0
        self.writer.write_table(pa.concat_tables(self.parts), row_group_size=ROW_GROUP)
        self.groups += -(-self.rows // ROW_GROUP)
        self.parts, self.rows, self.nbytes = [], 0, 0

    def close(self) -> None:
        self.flush()
        self.writer.close()


class _StatsBuffer:
    """Statistics inputs gathered and added to the running sums every ``STATS_BATCH``
    figures (a file's few rows are too few to be worth a batch of their own)."""

    def __init__(self) -> None:
        from metrics.stats import STATS_INPUT, StatsTables

        self.columns = STATS_INPUT
        self.tables: list[pa.Table] = []
        self.units: dict[str, tuple] = {}
        self.rows = 0
        self.stats = StatsTables()

    def add(self, table: pa.Table, units: dict[str, tuple]) -> None:
        self.tables.append(table.select(self.columns))
        self.units.update(units)
        self.rows += table.num_rows
        if self.rows >= STATS_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.tables:
            self.stats.add(pa.concat_tables(self.tables), self.units)
            self.tables, self.units, self.rows = [], {}, 0


def _write_results(
    staging: Path, results: Iterable[Packed], csv: bool
) -> tuple[int, StatsTables]:
    """Write the results file by file; return the mention count and the statistics
    (the only thing kept that grows with the corpus: a few numbers a row of theirs)."""
    root = staging / "mentions"
    root.mkdir()
    partitions: dict[tuple[str, int], _RowGroups] = {}
    file_schema = MENTION_SCHEMA  # department and year stay columns: see PARTITION_KEYS
    tables = {  # each written on its own: a global flush would cut them into tiny groups
        name: _RowGroups(staging / f"{name}.parquet", schema, max_bytes=BUFFER_BYTES // 4)
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
                write_extracted(staging / TEXTS, result.source_file, result.extracted)
            tables["documents"].add(result.documents)
            tables["sections"].add(result.sections)
            tables["pairs"].add(result.pairs)
            table = result.mentions
            if table.num_rows:
                count += table.num_rows
                stats.add(table, result.units)
                if csv:
                    _append_csv(csv_path, table)
                for key, idx in result.partitions:
                    if key not in partitions:
                        folder = partition_folder(root, *key)
                        partitions[key] = _RowGroups(folder, file_schema, roll=ROLL_GROUPS)
                    rows = arrow.column(idx, pa.int64())
                    partitions[key].add(table.take(rows).select(file_schema.names))
            if sum(w.nbytes for w in partitions.values()) >= BUFFER_BYTES:
                for writer in partitions.values():  # many partitions: bound what waits
                    writer.flush()
                _give_back_memory()
        stats.flush()
    finally:
        for writer in [*partitions.values(), *tables.values()]:
            writer.close()
    if not partitions:  # keep the dataset readable when nothing was found
        folder = partition_folder(root, None, None)
        folder.mkdir(parents=True)
        pq.write_table(arrow.empty(file_schema), folder / "part-00000.parquet")
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


def write_extracted(folder: Path, source_file: str, text: str) -> None:
    """Keep the text extracted from ``source_file`` as ``folder/SOURCE_FILE.txt`` (UTF-8,
    line ends as they are), so that ``text[char_start:char_end]`` checks every row."""
    target = folder / f"{source_file}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)  # a file in a subfolder keeps its path
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def write_stats(directory: Path) -> dict[str, pd.DataFrame]:
    """Recompute the statistics tables (``stats_groups.parquet``, ``stats_metrics.parquet``)
    of the current run of an output folder and return them: the mentions read a row group
    at a time, written under the folder's lock (no run is pruned meanwhile), each into a
    temporary file put in place by rename. A write the system refuses raises
    ``WriteError``, leaving no partial file."""
    from metrics.stats import STATS_INPUT, StatsTables, stats_frames, units_of

    if not (directory / MARKER).exists() and not (directory / MANIFEST).exists():
        raise OutputError(directory, "is not a folder written by metrics extract")
    run = current_run(directory)
    check_version(run)
    units = units_of(read_table(run, "documents.parquet"))
    stats = StatsTables()
    try:
        for batch in mention_batches(run / "mentions", STATS_INPUT):
            stats.add(batch, units)
    except (pa.ArrowInvalid, OSError) as exc:
        raise TablesError("mentions", f"cannot be read, truncated or corrupt ({exc})") from exc
    tables = stats.tables()
    done: list[Path] = []
    try:
        with output_lock(directory):
            for name, table in tables.items():
                tmp = run / f"{STAGING}{name}-{uuid.uuid4().hex}.parquet"
                done.append(tmp)
                pq.write_table(table, tmp)
            for tmp, name in zip(done, tables, strict=True):
                os.replace(tmp, run / f"{name}.parquet")
    except OSError as exc:  # read-only place, full disk: no partial file stays behind
        for tmp in done:
            tmp.unlink(missing_ok=True)
        raise WriteError(directory, f"cannot be written ({exc.strerror or exc})") from exc
    return stats_frames(tables)


def mention_batches(folder: Path, columns: list[str]) -> Iterator[pa.Table]:
    """The mentions dataset at ``folder``, a row group at a time, with its partition's
    ``department`` and ``year`` (placeholders as missing) among ``columns``; a column an
    older run's files lack is read as missing."""
    for name, number, files in _partition_folders(folder):
        from_folder = {"department": name, "year": number}  # a legacy run's files lack them
        for path in files:
            present = set(pq.read_schema(path).names)
            for _, count, read in _row_groups(path):
                batch = read(columns=[c for c in columns if c in present])
                for col in columns:
                    if col not in present:
                        value = from_folder.get(col)
                        kind = MENTION_SCHEMA.field(col).type
                        batch = batch.append_column(col, arrow.column([value] * count, kind))
                yield batch.select(columns)
