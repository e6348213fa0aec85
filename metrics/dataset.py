"""The mentions dataset on disk: its partition folders, and Parquet files written a row
group at a time.

Contract: ``partition_folder(root, department, year)`` is the folder of one partition
(``department_key=…/year_key=…/``, names escaped by ``encode_segment`` so that no value
leaves the folder and pyarrow's hive reader decodes it back); ``partition_folders`` lists a
dataset's partitions (this layout or the legacy one) with their files in reading order;
``RowGroups`` writes the rows of one Parquet file (or a rolling folder of part files) a
row group at a time, so that what is held is bounded by ``ROW_GROUP`` rows or a byte
budget; ``Partitioned`` writes a run's rows, given a file's table at a time, into their
partitions' ``RowGroups``, the rows of each partition in the order given (the tables
waiting for a row group joined ``COMPACT`` at a time: ``compacted``, which a writer's other
buffers use too); ``row_groups`` reads a file's row groups back one at a time. The writer of a run
(``metrics.tables``) and the steps that read its mentions back (``metrics.derived``)
share them.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import partial
from pathlib import Path
from urllib.parse import unquote

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from metrics import columns as arrow
from metrics import kernels
from metrics.schemas import (
    LEGACY_KEYS,
    PARTITION_KEYS,
    UNKNOWN_DEPARTMENT,
    UNKNOWN_YEAR,
)

_TRIM = getattr(ctypes.CDLL(None), "malloc_trim", None) if os.name == "posix" else None
ROW_GROUP = 64_000  # rows of a row group of every table a run writes
# Tables waiting for their row group are joined into one, COMPACT of them at a time
# (``compacted``): a small file's table of a few rows costs far more than its rows (its
# buffers, each padded, and its objects; a table selected from a file's keeps that file's
# every column alive), and the writer waits for ``max_bytes`` of rows as ``nbytes``
# counts them: 10,000 files of two figures each grew the writer by 340 MB, 35 KB a file
# (``benchmarks/writer_growth.py``).
COMPACT = 64


# Characters never left as they are in a folder name (pyarrow decodes %XX when reading).
UNSAFE = frozenset('/\\%:*?"<>|=') | {chr(c) for c in range(32)} | {"\x7f"}


def give_back_memory() -> None:
    """Hand the heap pages freed so far back to the system. glibc keeps them for reuse,
    but the writer's many small allocations scatter them, so a long run grew by a
    fragmented 40–100 MB (measured); elsewhere this does nothing."""
    if _TRIM is not None:
        _TRIM(0)


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


def partition_folder(root: Path, department: str | None, year: int | None) -> Path:
    """The folder of the mentions of ``department`` and ``year`` (see ``PARTITION_KEYS``)."""
    dept, yr = PARTITION_KEYS
    return root / f"{dept}={encode_segment(department or UNKNOWN_DEPARTMENT)}" / (
        f"{yr}={year or UNKNOWN_YEAR}"
    )


def partition_folders(folder: Path) -> Iterator[tuple[str | None, int | None, list[Path]]]:
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


def row_groups(path: Path) -> Iterator[tuple[int, int, Callable[..., pa.Table]]]:
    """(first row, row count, reader) of each row group of a Parquet file: a group is read
    on its own, and only when asked (see ``write_plan_links``)."""
    with pq.ParquetFile(path) as file:
        first = 0
        for group in range(file.num_row_groups):
            count = file.metadata.row_group(group).num_rows
            yield first, count, partial(file.read_row_group, group)
            first += count


def compacted(tables: list[pa.Table], loose: int) -> int:
    """Join the last ``loose`` of ``tables`` into one table, in place, once ``COMPACT`` of
    them wait (rows in order); the number of loose tables then."""
    if loose < COMPACT:
        return loose
    tables[-loose:] = [pa.concat_tables(tables[-loose:]).combine_chunks()]
    return 0


class RowGroups:
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
        # only where it is read: ``nbytes`` walks every column (0.1 ms a file's table,
        # 0.15 ms a slice of a partition's rows, which ``Partitioned`` writes at once)
        if self.max_bytes:
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
        try:
            self.flush()
            self.writer.close()
        except BaseException:
            self.abort()
            raise

    def __enter__(self) -> RowGroups:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        """Close the file: written whole when the block ended, aborted on an error."""
        if kind is None:
            self.close()
        else:
            self.abort()

    def abort(self) -> None:
        """Close the file without writing what waits, after an error: a write that failed
        (a full disk) leaves pyarrow's file closed, and writing to it again would raise
        an error of its own in place of the first. What was written is left for the run
        to remove with its staging folder."""
        self.parts, self.rows, self.nbytes = [], 0, 0
        with suppress(Exception):  # the first error is the one to tell
            self.writer.close()


class Partitioned:
    """The rows of a partitioned dataset at ``root`` (``partition_folder``), given a file's
    table at a time with the rows of each partition, and written, once ``max_bytes`` or
    ``ROW_GROUP`` rows of them wait, as one row group a partition (each partition a
    ``RowGroups`` folder of part files, rolled after ``roll`` groups), rows in the order
    given.

    A file's table is held whole, not cut into its partitions: at a flush the waiting
    tables are put in partition order with one ``take`` and each partition is written
    from a slice of it. Cutting each file's few rows into partitions as they came, then
    joining the cuts, made two calls a file and partition of Arrow kernels that each
    cost more than their rows (the writer's main thread spent 1.1 of 1.3 CPU s so on
    the 10 MB corpus, measured; one ``take`` of all its rows costs 0.03 s)."""

    def __init__(self, root: Path, schema: pa.Schema, max_bytes: int, roll: int = 0) -> None:
        self.root, self.schema, self.max_bytes, self.roll = root, schema, max_bytes, roll
        self.writers: dict[tuple[str, int], RowGroups] = {}
        self.codes: dict[tuple[str, int], int] = {}  # a partition's number in this run
        self.keys: list[tuple[str, int]] = []  # by number
        self.tables: list[pa.Table] = []
        self.loose = 0  # waiting tables not joined yet (``compacted``)
        self.numbers: list[np.ndarray] = []  # each waiting row's partition number
        self.rows = 0
        self.nbytes = 0

    def add(self, table: pa.Table, partitions: list[tuple[tuple[str, int], list[int]]]) -> None:
        """Add ``table``'s rows; ``partitions``: the rows of each of its partitions (every
        row in one)."""
        if not table.num_rows:
            return
        number = np.empty(table.num_rows, dtype=np.int64)
        for key, rows in partitions:
            code = self.codes.get(key)
            if code is None:
                code = self.codes[key] = len(self.keys)
                self.keys.append(key)
            number[rows] = code
        self.tables.append(table.select(self.schema.names))
        self.loose = compacted(self.tables, self.loose + 1)
        self.numbers.append(number)
        self.rows += table.num_rows
        self.nbytes += table.nbytes
        if self.rows >= ROW_GROUP or self.nbytes >= self.max_bytes:
            self.flush()

    def flush(self) -> None:
        """Write what waits: one row group a partition."""
        if not self.tables:
            return
        numbers = np.concatenate(self.numbers)
        order = np.argsort(numbers, kind="stable")  # a partition's rows keep their order
        ordered = kernels.take(pa.concat_tables(self.tables), arrow.from_numpy(order, pa.int64()))
        self.tables, self.numbers, self.rows, self.nbytes, self.loose = [], [], 0, 0, 0
        found, starts, counts = np.unique(numbers[order], return_index=True, return_counts=True)
        spans = zip(found.tolist(), starts.tolist(), counts.tolist(), strict=True)
        for code, start, count in spans:
            key = self.keys[code]
            writer = self.writers.get(key)
            if writer is None:
                folder = partition_folder(self.root, *key)
                writer = self.writers[key] = RowGroups(folder, self.schema, roll=self.roll)
            writer.add(ordered.slice(start, count))
            writer.flush()
        del ordered
        give_back_memory()

    def close(self) -> None:
        """Write what waits and close every partition's file (also after an error: what
        was written is closed, and the staging folder that holds it removed by the run)."""
        try:
            self.flush()
            for writer in self.writers.values():
                writer.close()
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Close every partition's file without writing what waits, after an error
        (``RowGroups.abort``)."""
        self.tables, self.numbers, self.rows, self.nbytes = [], [], 0, 0
        for writer in self.writers.values():
            writer.abort()
