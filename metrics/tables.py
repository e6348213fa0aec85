"""Tables: Arrow schemas, DataFrames and atomic writes.

Contract: ``write_outputs(out_dir, results, csv)`` consumes each file's result (its
documents, sections, mentions and pairs) once, as it comes, and writes
``documents.parquet``, ``sections.parquet``, the ``mentions/`` dataset (hive partitions
``department=…/year=…/``), ``pairs.parquet``, ``plan_vs_outcome.parquet`` (read back from
the written mentions) and ``stats.parquet`` (summed batch by batch) — and
``mentions.csv`` when asked — into ``out_dir``. Every table is written in row groups
while the results stream past, so what is held at any time is bounded by
``BUFFER_BYTES``, not by the size of the corpus. ``write_stats`` and ``export_tables``
work on a folder already written. Every product is first written completely into a
staging folder inside ``out_dir`` and then moved into place by rename, so a reader never
sees a half-written table and a re-run replaces the previous rows instead of mixing with
them. A folder that holds files the tool did not write is refused, and nothing in it is
touched.

Partition values are never null (a null cannot be read back by plain
``pandas.read_parquet``): a document with no named department goes under
``department=(unknown)``, a figure with no year under ``year=0``; ``metrics.load`` reads
both back as missing. Folder names escape every character that could leave the folder.
"""

from __future__ import annotations

import heapq
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from metrics.errors import OutputError
from metrics.pairs import plan_vs_outcome
from metrics.pipeline import FileResult
from metrics.records import Mention, Pair
from metrics.stats import STATS_INPUT, combine_stats, figure_stats, partial_stats

MARKER = ".metrics-output"
UNKNOWN_DEPARTMENT = "(unknown)"
UNKNOWN_YEAR = 0
ROW_GROUP = 64_000
# Rows waiting for their row group, over all tables and partitions, are written out once
# they take this much memory (many partitions would otherwise each hold a row group).
BUFFER_BYTES = 16 * 2**20
PRODUCTS = (
    "export",
    "documents.parquet",
    "sections.parquet",
    "mentions",
    "mentions.csv",
    "pairs.parquet",
    "plan_vs_outcome.parquet",
    "stats.parquet",
)

DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("doc_index", pa.int32()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("title", pa.string()),
        ("department", pa.string()),
        ("department_raw", pa.string()),
        ("level", pa.string()),
        ("place_masked", pa.bool_()),
        ("summary_year", pa.int32()),
        ("plan_year", pa.int32()),
        ("kind", pa.string()),
        ("toc_title", pa.string()),
    ]
)
SECTION_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("section_index", pa.int32()),
        ("section", pa.string()),
        ("heading", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
    ]
)
MENTION_SCHEMA = pa.schema(
    [
        ("mention_id", pa.string()),
        ("doc_id", pa.string()),
        ("source_file", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("text", pa.string()),
        ("sentence", pa.string()),
        ("sentence_start", pa.int64()),
        ("section", pa.string()),
        ("year", pa.int32()),
        ("period", pa.string()),
        ("value", pa.float64()),
        ("value_min", pa.float64()),
        ("value_max", pa.float64()),
        ("masked", pa.bool_()),
        ("mask", pa.string()),
        ("unit", pa.string()),
        ("unit_family", pa.string()),
        ("base_unit", pa.string()),
        ("base_value", pa.float64()),
        ("qualifier", pa.string()),
        ("role", pa.string()),
        ("direction", pa.int8()),
        ("metric", pa.string()),
        ("metric_key", pa.string()),
        ("rule", pa.string()),
        ("department", pa.string()),
        ("note", pa.string()),
    ]
)
PAIR_SCHEMA = pa.schema(
    [
        ("pair_id", pa.string()),
        ("doc_id", pa.string()),
        ("department", pa.string()),
        ("year", pa.int32()),
        ("period", pa.string()),
        ("metric", pa.string()),
        ("metric_key", pa.string()),
        ("unit", pa.string()),
        ("actual_mention_id", pa.string()),
        ("target_mention_id", pa.string()),
        ("completion_mention_id", pa.string()),
        ("actual_value", pa.float64()),
        ("target_value", pa.float64()),
        ("stated_completion", pa.float64()),
        ("computed_completion", pa.float64()),
        ("consistent", pa.bool_()),
        ("status", pa.string()),
        ("implied_target", pa.float64()),
        ("lower_is_better", pa.bool_()),
        ("plan_doc_id", pa.string()),
        ("outcome_doc_id", pa.string()),
    ]
)
# Characters never left as they are in a folder name (pyarrow decodes %XX when reading).
UNSAFE = frozenset('/\\%:*?"<>|=') | {chr(c) for c in range(32)} | {"\x7f"}


def records_table(rows: Sequence[object], schema: pa.Schema) -> pa.Table:
    names = [f.name for f in fields(rows[0])] if rows else schema.names  # type: ignore[arg-type]
    columns = {n: [getattr(r, n) for r in rows] for n in names}
    return pa.Table.from_pydict(
        {n: columns.get(n, [None] * len(rows)) for n in schema.names}, schema=schema
    )


def mentions_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
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


def prepare_out_dir(out_dir: Path) -> None:
    """Create ``out_dir`` or check that it is ours to write in; finish an interrupted swap."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(out_dir, "exists and is not a folder")
    if out_dir.is_dir():
        entries = [p for p in out_dir.iterdir() if not p.name.startswith(".staging-")]
        foreign = [p.name for p in entries if p.name not in PRODUCTS and p.name != MARKER]
        if foreign and not (out_dir / MARKER).exists():
            raise OutputError(
                out_dir,
                f"is not empty and was not written by metrics ({', '.join(sorted(foreign)[:3])}"
                f"{' …' if len(foreign) > 3 else ''}); choose an empty or new folder",
            )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / MARKER).write_text("written by metrics; safe to delete with its folder\n")
        _recover(out_dir)
    except OSError as exc:
        raise OutputError(out_dir, f"cannot be written ({exc.strerror or exc})") from exc


def write_outputs(out_dir: Path, results: Iterable[FileResult], csv: bool = False) -> int:
    """Write every table atomically (see the module contract); returns the mention count.

    ``results`` gives each file's result; it is consumed once, file by file."""
    prepare_out_dir(out_dir)
    staging = out_dir / f".staging-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        count, partials = _write_results(staging, results, csv)
        combine_stats(partials).to_parquet(staging / "stats.parquet", index=False)
        order = pq.read_table(staging / "documents.parquet", columns=["doc_id"])
        pq.write_table(
            records_table(
                plan_links(staging / "mentions", order["doc_id"].to_pylist()), PAIR_SCHEMA
            ),
            staging / "plan_vs_outcome.parquet",
        )
        for name in PRODUCTS:
            if (staging / name).exists():
                _swap(staging / name, out_dir / name)
            elif name == "mentions.csv" and (out_dir / name).exists():
                (out_dir / name).unlink()  # a stale export would mix with the new run
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return count


def _recover(out_dir: Path) -> None:
    """A run killed between the two renames of a folder swap left ``.old-NAME-…`` and no
    ``NAME``: put the previous folder back; drop staging and old copies otherwise."""
    for leftover in sorted(out_dir.glob(".old-*")):
        name = leftover.name[len(".old-") :].rsplit("-", 1)[0]
        if name in PRODUCTS and not (out_dir / name).exists():
            os.replace(leftover, out_dir / name)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for staging in out_dir.glob(".staging-*"):
        shutil.rmtree(staging, ignore_errors=True)


def plan_links(folder: Path, doc_ids: Sequence[str]) -> list[Pair]:
    """Plan versus outcome, read back from the written mentions: only plan targets and
    the summary actuals that share a target's key are read whole and turned into records
    again, so a large corpus is never held in memory as mention objects. ``doc_ids`` are
    the documents in the order they were read."""
    key = ["department", "metric_key", "year", "base_unit"]
    dataset = ds.dataset(folder, partitioning="hive")
    role, section = pc.field("role"), pc.field("section")
    is_target = (role == "target") & (section == "plan")
    is_actual = (role == "actual") & (section == "summary")
    known = (
        pc.field("metric_key").is_valid()
        & (pc.field("year") != UNKNOWN_YEAR)
        & (pc.field("department") != UNKNOWN_DEPARTMENT)
    )
    # targets first (few), then the actuals batch by batch. Each target takes the first
    # free actual of its key in reading order from another report, so a key with T
    # targets needs only its first few actuals: at most 2T + 8 are kept (a bounded heap),
    # never a table of every actual in the corpus.
    order = {d: i for i, d in enumerate(doc_ids)}
    targets: dict[tuple, list[str]] = {}
    kept: dict[tuple, list[tuple[int, int, str]]] = {}
    for is_plan, flt in ((True, is_target & known), (False, is_actual & known)):
        columns = [*key, "mention_id", "doc_id", "char_start"]
        for batch in dataset.to_batches(columns=columns, filter=flt, batch_readahead=1):
            frame = batch.to_pandas()
            keys = zip(
                frame["department"].astype(object),
                frame["metric_key"],
                frame["year"].astype(int),
                frame["base_unit"],
                strict=True,
            )
            rows = zip(keys, frame["mention_id"], frame["doc_id"], frame["char_start"], strict=True)
            for k, mention_id, doc_id, start in rows:
                if is_plan:
                    targets.setdefault(k, []).append(mention_id)
                elif k in targets:
                    heap = kept.setdefault(k, [])
                    item = (-order.get(doc_id, 0), -int(start), mention_id)  # max-heap
                    if len(heap) < 2 * len(targets[k]) + 8:
                        heapq.heappush(heap, item)
                    elif item > heap[0]:
                        heapq.heapreplace(heap, item)
    ids = [m for ms in targets.values() for m in ms] + [i[2] for h in kept.values() for i in h]
    if not ids:
        return []
    names = [f.name for f in fields(Mention) if f.name != "sentence"]
    rows = dataset.to_table(
        columns=names,
        filter=pc.field("mention_id").isin(ids),
        batch_readahead=1,
        fragment_readahead=1,
    ).to_pandas()
    rows["department"] = rows["department"].astype(object)
    rows["year"] = rows["year"].astype(int)
    rows = rows.astype(object).where(rows.notna(), None)
    rows = rows.assign(_doc=rows["doc_id"].map(order)).sort_values(["_doc", "char_start"])
    mentions = [Mention(**{n: r[n] for n in names}, sentence="") for r in rows.to_dict("records")]
    return plan_vs_outcome(mentions)


def read_mentions(folder: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """The mentions dataset as one DataFrame, partition placeholders back to missing."""
    frame = pd.read_parquet(folder, columns=columns)
    frame["department"] = (
        frame["department"]
        .astype(object)
        .where(frame["department"].astype(object) != UNKNOWN_DEPARTMENT, None)
    )
    years = pd.to_numeric(frame["year"].astype(object), errors="coerce")
    frame["year"] = years.where(years != UNKNOWN_YEAR).astype("Int64")
    return frame


def _swap(new: Path, target: Path) -> None:
    if new.is_dir() and target.exists():
        old = target.with_name(f".old-{target.name}-{uuid.uuid4().hex}")
        os.replace(target, old)
        os.replace(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, target)


class _RowGroups:
    """Rows of one Parquet file, written as a row group once ``ROW_GROUP`` of them wait
    (a footer entry per tiny row group would grow with the corpus) or when asked."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(path, schema)
        self.schema = schema
        self.parts: list[pa.Table] = []
        self.rows = 0
        self.nbytes = 0

    def add(self, part: pa.Table) -> None:
        if not part.num_rows:
            return
        self.parts.append(part)
        self.rows += part.num_rows
        self.nbytes += part.nbytes
        if self.rows >= ROW_GROUP:
            self.flush()

    def add_records(self, records: Sequence[object]) -> None:
        if records:
            self.add(records_table(records, self.schema))

    def flush(self) -> None:
        if self.parts:
            self.writer.write_table(pa.concat_tables(self.parts), row_group_size=ROW_GROUP)
            self.parts, self.rows, self.nbytes = [], 0, 0

    def close(self) -> None:
        self.flush()
        self.writer.close()


class _StatsBuffer:
    """Statistics inputs gathered and summarised every ``ROW_GROUP`` figures."""

    def __init__(self) -> None:
        self.tables: list[pa.Table] = []
        self.pairs: list[Pair] = []
        self.rows = 0
        self.partials: list[pd.DataFrame] = []

    def add(self, table: pa.Table, pairs: Sequence[Pair]) -> None:
        self.tables.append(table.select(STATS_INPUT))
        self.pairs.extend(pairs)
        self.rows += table.num_rows
        if self.rows >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.tables:
            mentions = pa.concat_tables(self.tables).to_pandas()
            pairs = records_table(self.pairs, PAIR_SCHEMA).to_pandas()
            self.partials.append(partial_stats(mentions, pairs))
            self.tables, self.pairs, self.rows = [], [], 0


def _write_results(
    staging: Path, results: Iterable[FileResult], csv: bool
) -> tuple[int, list[pd.DataFrame]]:
    """Write the results file by file; return the mention count and the partial
    statistics (the only thing kept that grows with the corpus, a few rows a partition
    and row group)."""
    root = staging / "mentions"
    root.mkdir()
    partitions: dict[tuple[str, int], _RowGroups] = {}
    file_schema = pa.schema([f for f in MENTION_SCHEMA if f.name not in ("department", "year")])
    tables = {
        "documents": _RowGroups(staging / "documents.parquet", DOCUMENT_SCHEMA),
        "sections": _RowGroups(staging / "sections.parquet", SECTION_SCHEMA),
        "pairs": _RowGroups(staging / "pairs.parquet", PAIR_SCHEMA),
    }
    csv_path = staging / "mentions.csv"
    count = 0
    stats = _StatsBuffer()
    try:
        for result in results:
            tables["documents"].add_records(result.documents)
            tables["sections"].add_records(result.sections)
            tables["pairs"].add_records(result.pairs)
            batch = result.mentions
            if batch:
                table = records_table(batch, MENTION_SCHEMA)
                count += table.num_rows
                stats.add(table, result.pairs)
                if csv:
                    table.to_pandas().to_csv(
                        csv_path,
                        mode="a",
                        index=False,
                        header=not csv_path.exists(),
                        encoding="utf-8-sig" if not csv_path.exists() else "utf-8",
                    )
                keys = [(m.department or UNKNOWN_DEPARTMENT, m.year or UNKNOWN_YEAR) for m in batch]
                for key in sorted(set(keys)):
                    idx = [i for i, k in enumerate(keys) if k == key]
                    if key not in partitions:
                        folder = root / f"department={encode_segment(key[0])}" / f"year={key[1]}"
                        partitions[key] = _RowGroups(folder / "part-0.parquet", file_schema)
                    partitions[key].add(table.take(pa.array(idx)).select(file_schema.names))
            writers = [*partitions.values(), *tables.values()]
            if sum(w.nbytes for w in writers) >= BUFFER_BYTES:
                for writer in writers:  # many partitions: bound what waits
                    writer.flush()
        stats.flush()
    finally:
        for writer in [*partitions.values(), *tables.values()]:
            writer.close()
    if not partitions:  # keep the dataset readable when nothing was found
        folder = root / f"department={encode_segment(UNKNOWN_DEPARTMENT)}" / f"year={UNKNOWN_YEAR}"
        folder.mkdir(parents=True)
        pq.write_table(file_schema.empty_table(), folder / "part-0.parquet")
    if csv and not csv_path.exists():
        pd.DataFrame(columns=MENTION_SCHEMA.names).to_csv(
            csv_path, index=False, encoding="utf-8-sig"
        )
    return count, stats.partials


TABLES = ("documents", "sections", "mentions", "pairs", "plan_vs_outcome", "stats")


def _check_output(directory: Path) -> None:
    if not (directory / "mentions").is_dir() or not (directory / MARKER).exists():
        raise OutputError(directory, "is not a folder written by metrics extract")


def write_stats(directory: Path) -> pd.DataFrame:
    """Recompute ``stats.parquet`` of an output folder (atomically) and return it."""
    _check_output(directory)
    pairs = pd.read_parquet(directory / "pairs.parquet")
    stats = figure_stats(read_mentions(directory / "mentions", STATS_INPUT), pairs)
    tmp = directory / f".staging-stats-{uuid.uuid4().hex}.parquet"
    stats.to_parquet(tmp, index=False)
    os.replace(tmp, directory / "stats.parquet")
    return stats


def load_table(directory: Path, name: str) -> pd.DataFrame:
    if name == "mentions":
        return read_mentions(directory / "mentions").sort_values(
            ["source_file", "char_start"], ignore_index=True
        )
    return pd.read_parquet(directory / f"{name}.parquet")


def export_tables(directory: Path, fmt: str) -> list[Path]:
    """Write every table to ``directory/export`` as csv, xlsx or parquet (atomically)."""
    _check_output(directory)
    staging = directory / f".staging-export-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        frames = {
            n: load_table(directory, n)
            for n in TABLES
            if n == "mentions" or (directory / f"{n}.parquet").exists()
        }
        if fmt == "xlsx":
            with pd.ExcelWriter(staging / "metrics.xlsx", engine="openpyxl") as book:
                for name, frame in frames.items():
                    frame.to_excel(book, sheet_name=name, index=False)
        for name, frame in frames.items():
            if fmt == "csv":
                frame.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8-sig")
            elif fmt == "parquet":
                frame.to_parquet(staging / f"{name}.parquet", index=False)
        target = directory / "export"
        written = [target / p.name for p in sorted(staging.iterdir())]
        _swap(staging, target) if target.exists() else os.replace(staging, target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
