"""Exports of an output folder for spreadsheets: CSV, XLSX and single Parquet files.

Contract: ``export_tables(DIR, fmt)`` writes every table of the run (one registry: the
fields of ``api.Tables``, so a table added there is exported with no change here) to
``DIR/export/<fmt>/``, with the columns and dtypes ``metrics.load(DIR)`` gives. Each
table is streamed from its Parquet files in record batches into the CSV, Parquet or
write-only XLSX writer, one table at a time, so memory stays flat however long the run
(rows come in the files' order: mentions by department and year, not sorted). Each format has
its own folder, so exporting one never removes another; each folder is written in a
staging folder and renamed into place, so a failed export leaves the previous one whole
and nothing partial. Columns keep the order of the tables (docs/schema.md).

Cells are safe to open: in CSV a text cell beginning with ``= + - @``, a tab or a carriage
return is prefixed with ``'`` (a spreadsheet would run it as a formula); number columns
are never touched, so ``-3.5`` stays a number. In XLSX every text cell is written as a
string, never as a formula, numbers as numbers and a missing value (a masked figure's
``value``) as an empty cell, its mask kept in the text columns ``text`` and ``mask``.
A write refused by the system (read-only place, full disk) raises ``WriteError``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import shutil
import unicodedata
import uuid
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from metrics.api import Tables, typed
from metrics.errors import OutputError, TablesError, WriteError, system_said
from metrics.export_cells import csv_safe, escape_formula  # noqa: F401 (its API)
from metrics.export_cells import is_text as _is_text
from metrics.outputs import check_version, table_dataset
from metrics.publish import EXPORT_FORMATS, current_run, exported_mark
from metrics.schemas import CODED, MENTION_SCHEMA
from metrics.tables import _swap as swap_in

FORMATS = EXPORT_FORMATS
EXCEL_ROWS = 1_048_576  # rows of an Excel sheet, its header included
WIDTH_SAMPLE = 2_000  # rows looked at to size a column: the widths of a long table's head
MAX_WIDTH = 60  # a sentence column stays readable instead of pages wide
CHUNK = 2_000  # rows read and turned into Python values at a time (streaming)
# load puts the mentions columns in schema order; in the dataset the partitions come last
# `column` (its meaning), in the prose of docs/schema.md; no nested parentheses
PROSE_COLUMN = re.compile(r"`([a-z_]+)` \(([^()]+)\)")
BORROWED = re.compile(r"[Tt]he columns of `([a-z_]+)`")
COLUMN_ORDER = {"mentions": MENTION_SCHEMA.names}
# docs/schema.md beside the package in a clone, else the copy the build puts in an
# installed package (setup.py)
SCHEMA_DOC = next(
    (
        doc
        for doc in (
            Path(__file__).resolve().parents[1] / "docs" / "schema.md",
            Path(__file__).resolve().parent / "schema.md",
        )
        if doc.exists()
    ),
    Path(__file__).resolve().parent / "schema.md",
)


def table_names() -> tuple[str, ...]:
    """Every table of a run, in the order of ``metrics.load``'s ``Tables``."""
    return tuple(f.name for f in dataclasses.fields(Tables))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a spreadsheet: wide (CJK) characters two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def export_tables(directory: str | Path, fmt: str) -> list[Path]:
    """Write every table of the run at ``directory`` to ``directory/export/fmt/``
    (atomically); return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    place = Path(directory) / "export"
    directory = current_run(Path(directory))  # the tables of the run CURRENT names
    _check_run(directory)
    staging = place / f".staging-{fmt}-{uuid.uuid4().hex}"
    previous = pa.default_memory_pool()
    # the system allocator gives freed batches back; mimalloc kept 40 MB more of them
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        staging.mkdir(parents=True)
        if fmt == "xlsx":
            write_xlsx(directory, staging / "metrics.xlsx")
        for name in table_names() if fmt != "xlsx" else ():
            if fmt == "csv":
                write_csv(table_frames(directory, name)[1], staging / f"{name}.csv")
            else:
                write_parquet(directory, name, staging / f"{name}.parquet")
        written = [place / fmt / p.name for p in sorted(staging.iterdir())]
        refuse_foreign_export(place / fmt, {p.name for p in written})
        swap_in(staging, place / fmt)  # the old folder goes once the new is in
        with suppress(OSError):  # unmarked, a later run only warns of it once too often
            exported_mark(directory, fmt).touch()
        return written
    except OSError as exc:
        raise WriteError(
            place, f"cannot be written ({system_said(exc)}); nothing exported"
        ) from exc
    finally:
        pa.set_memory_pool(previous)
        shutil.rmtree(staging, ignore_errors=True)


def refuse_foreign_export(folder: Path, ours: set[str]) -> None:
    """Refuse to replace ``folder`` when it holds a file an export would not write (a
    user's own folder of that name), or when it is no folder of its own (a file, a link):
    it would be moved aside, out of the user's sight; nothing in it is touched."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise OutputError(folder, "is not a folder metrics exported; move it away to export here")
    if folder.is_dir():
        foreign = sorted(p.name for p in folder.iterdir() if p.name not in ours)
        if foreign:
            raise OutputError(
                folder,
                f"holds files metrics did not export ({', '.join(foreign[:3])}); "
                "move them away to export here",
            )


def _check_run(directory: Path) -> None:
    """Refuse what ``metrics.load`` refuses: no run there, or a schema it does not know."""
    if not (directory / "mentions").is_dir():
        raise TablesError("mentions", f"is missing: {directory} holds no metrics output")
    check_version(directory)


def table_frames(directory: Path, name: str) -> tuple[int, Iterator[pd.DataFrame]]:
    """Table ``name`` of a run as its row count and its rows in typed DataFrames of at
    most ``CHUNK`` rows, read batch by batch from its Parquet files: one table at a time
    and never whole, so an export's memory does not grow with the run. The columns and
    dtypes are ``metrics.load``'s; the rows come in the order of the files (mentions by
    department and year partition), not sorted. At least one frame, maybe empty, comes;
    an optional table the run does not hold is empty, a missing table raises."""
    dataset = table_dataset(directory, name)
    if dataset is None:
        return 0, iter([_absent(directory, name)])
    try:
        rows = dataset.count_rows()  # (every file's footer)
    except (pa.ArrowInvalid, OSError) as exc:
        raise _damaged(name, exc) from exc
    return rows, _batches(dataset, _ordered(name, dataset.schema.names), name)


def _damaged(name: str, exc: Exception) -> TablesError:
    """A table of the run whose file could not be read, as ``metrics.load`` names it (a
    read, not a write: the export's own ``WriteError`` would blame the export folder)."""
    return TablesError(name, f"cannot be read, truncated or corrupt ({exc})")


def table_columns(directory: Path, name: str) -> list[str]:
    """The columns of table ``name`` of a run, in order, read from its schema alone."""
    dataset = table_dataset(directory, name)
    if dataset is None:
        return [str(c) for c in _absent(directory, name).columns]
    return _ordered(name, dataset.schema.names)


def _ordered(name: str, names: list[str]) -> list[str]:
    order = COLUMN_ORDER.get(name, names)  # partition columns come last in the dataset
    return [c for c in order if c in names]


def _batches(dataset: ds.Dataset, columns: list[str], name: str) -> Iterator[pd.DataFrame]:
    """The rows of ``dataset`` (table ``name``), file by file, in batches of ``CHUNK``
    rows. Each file is read by its own ``ParquetFile.iter_batches`` on one thread: the
    dataset scanner reads ahead on every core and held 100 MB more for 100 K mentions. A
    partition's value (``department=…``) is put back as a column of its rows. A file
    that cannot be read is a ``TablesError`` naming the table."""
    empty = True
    for fragment in dataset.get_fragments():
        keys = ds.get_partition_keys(fragment.partition_expression)
        stored = [c for c in columns if c not in keys]
        for batch in _file_batches(fragment.path, stored, name):
            if batch.num_rows:
                empty = False
                frame = batch.to_pandas()
                for key, value in keys.items():
                    frame[key] = value
                yield typed(frame[columns])
    if empty:
        yield typed(dataset.schema.empty_table().select(columns).to_pandas())


def _file_batches(path: str, columns: list[str], name: str) -> Iterator[pa.RecordBatch]:
    """The batches of one Parquet file of table ``name`` (``_batches``), read as they are
    asked for; a file that cannot be read is a ``TablesError`` naming the table."""
    try:
        parquet = pq.ParquetFile(path)
        yield from parquet.iter_batches(batch_size=CHUNK, columns=columns, use_threads=False)
    except (pa.ArrowInvalid, OSError) as exc:
        raise _damaged(name, exc) from exc


def _absent(directory: Path, name: str) -> pd.DataFrame:
    """The empty default ``metrics.load`` gives for an optional table the run does not
    hold (one with a default in ``Tables``); TablesError for any other."""
    field = next(f for f in dataclasses.fields(Tables) if f.name == name)
    if field.default_factory is dataclasses.MISSING:
        raise TablesError(f"{name}.parquet", f"is missing from {directory}")
    return typed(field.default_factory())


def write_csv(frames: Iterator[pd.DataFrame], path: Path) -> None:
    """One CSV (UTF-8 with a BOM, for Excel) of the frames, formula-like text escaped."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        for i, frame in enumerate(frames):
            csv_safe(frame).to_csv(handle, header=i == 0, index=False)


def write_parquet(directory: Path, name: str, path: Path) -> None:
    """One Parquet file of table ``name``, batch by batch, with the column types of the
    run's files (the partition placeholders back to missing, as ``metrics.load`` reads)."""
    dataset = table_dataset(directory, name)
    writer = None
    try:
        for frame in table_frames(directory, name)[1]:
            plain = frame.astype({c: object for c in frame.columns if frame[c].dtype == "category"})
            if dataset is not None:  # codes the run writes as text stay text (tables.CODED)
                text = [
                    c for c in CODED if c in plain and dataset.schema.field(c).type == pa.string()
                ]
                plain = plain.astype(dict.fromkeys(text, "string"))
            schema = (
                pa.schema([dataset.schema.field(c).remove_metadata() for c in plain.columns])
                if dataset is not None
                else None  # an absent table: the types of its empty default
            )
            part = pa.Table.from_pandas(plain, schema=schema, preserve_index=False)
            writer = writer or pq.ParquetWriter(path, part.schema)
            writer.write_table(part)
    finally:
        if writer is not None:
            writer.close()


def sheet_parts(name: str, rows: int) -> list[tuple[str, int, int]]:
    """The sheets a table of ``rows`` rows is written to: ``name`` when it fits one sheet,
    else ``name_1``, ``name_2``… of at most ``EXCEL_ROWS - 1`` rows each (a header row
    each); as (sheet name, first row, end row)."""
    size = EXCEL_ROWS - 1
    if rows <= size:
        return [(name, 0, rows)]
    starts = range(0, rows, size)
    return [(f"{name}_{i}", s, min(s + size, rows)) for i, s in enumerate(starts, 1)]


def column_widths(frame: pd.DataFrame) -> list[int]:
    """Widths that fit the header and the head of each column (wide characters count 2)."""
    head = frame.head(WIDTH_SAMPLE)
    widths = []
    for name in frame.columns:
        values = head[name].dropna().astype(str)
        longest = int(values.map(display_width).max()) if len(values) else 0
        widths.append(min(MAX_WIDTH, max(display_width(str(name)), longest) + 2))
    return widths


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def write_xlsx(directory: Path, path: Path) -> None:
    """One workbook: a README sheet of column descriptions, then a sheet per table
    (split in parts past Excel's row limit), streamed batch by batch into openpyxl's
    write-only sheets, one table at a time."""
    from openpyxl import Workbook

    columns = {n: table_columns(directory, n) for n in table_names()}  # a missing one stops
    book = Workbook(write_only=True)
    try:
        readme = book.create_sheet("README")
        readme.append(["table", "column", "meaning"])
        for row in schema_descriptions(columns):
            readme.append(list(row))
        for name in table_names():
            _write_table(book, name, *table_frames(directory, name))
        _save(book, path)
    except BaseException:
        for sheet in book.worksheets:  # end their open temporary files: the error is raised
            # (a save that began, and failed on a full disk, has closed them already:
            # closing again raised WorkbookAlreadySaved over the OSError the user needs)
            with suppress(Exception):
                sheet.close()
        raise


def _save(book: Any, path: Path) -> None:
    """``book.save(path)``, as openpyxl's ``save_workbook`` does it, but with the archive
    in hand: a save that fails (a full disk) leaves openpyxl's archive open, whose
    ``__del__`` wrote its directory again later on the full disk, and Python printed
    "Exception ignored in ZipFile.__del__" and a traceback after the error line. On a
    failure the archive is let go of here, its file closed and the error raised once."""
    import datetime

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        now = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
        book.properties.modified = now
        ExcelWriter(book, archive).save()  # (closes the archive when done)
    except BaseException:
        file, archive.fp = archive.fp, None  # nothing more is written to it, ever
        if file is not None:
            with suppress(OSError, ValueError):
                file.close()
        raise


def _write_table(book: object, name: str, rows: int, frames: Iterator[pd.DataFrame]) -> None:
    """The frames of one table into its sheets: the widths fitted to the first frame,
    a new sheet started where ``sheet_parts`` ends one."""
    first = next(frames)
    widths = column_widths(first)
    parts = iter(sheet_parts(name, rows))
    sheet, room = _new_sheet(book, next(parts), first.columns, widths)
    for frame in itertools.chain([first], frames):
        start = 0
        while start < len(frame):
            if not room:
                sheet, room = _new_sheet(book, next(parts), first.columns, widths)
            part = frame.iloc[start : start + room]
            for row in _cells(sheet, part):
                sheet.append(row)
            start, room = start + len(part), room - len(part)


def _new_sheet(
    book: object, part: tuple[str, int, int], columns: pd.Index, widths: list[int]
) -> tuple[object, int]:
    """A sheet with its header, widths, frozen header row and filter; and its room."""
    name, start, end = part
    sheet = book.create_sheet(name)  # type: ignore[attr-defined]
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    if len(columns):
        sheet.auto_filter.ref = f"A1:{_column_letter(len(columns))}{end - start + 1}"
    sheet.append([str(c) for c in columns])
    return sheet, end - start


def _cells(sheet: object, frame: pd.DataFrame) -> Iterator[list[object]]:
    """Rows of Python values: missing → None (an empty cell), text → a string cell."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = [n for n in frame.columns if _is_text(frame[n])]
    for start in range(0, len(frame), CHUNK):
        part = frame.iloc[start : start + CHUNK].astype(object)
        part = part.where(part.notna(), None)
        for name in text:
            column = (
                part[name]
                .map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)
                .astype(object)  # to hold a cell object beside the strings
            )
            formula = column.map(lambda v: isinstance(v, str) and v.startswith("="))
            if formula.any():  # openpyxl would store a text beginning with = as a formula
                column[formula] = [_string_cell(WriteOnlyCell, sheet, v) for v in column[formula]]
            part[name] = column
        yield from (list(r) for r in part.itertuples(index=False, name=None))


def _string_cell(cell_type: type, sheet: object, value: str) -> object:
    cell = cell_type(sheet, value=value)
    cell.data_type = "s"
    return cell


def schema_descriptions(columns: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """(table, column, meaning) for every column of each table in ``columns``, the
    meaning taken from the tables of docs/schema.md (``SCHEMA_DOC``: an installed copy
    holds it as ``metrics/schema.md``; empty for a column it does not describe, or when
    the file is not there)."""
    meanings = parse_schema(SCHEMA_DOC.read_text("utf-8")) if SCHEMA_DOC.exists() else {}
    return [
        (name, str(column), meanings.get((name, str(column)), ""))
        for name, names in columns.items()
        for column in names
    ]


def parse_schema(markdown: str) -> dict[tuple[str, str], str]:
    """Column meanings of docs/schema.md: a ``## name.parquet`` or ``## name/`` heading
    opens a table; each ``| a, b | meaning |`` row below it describes columns a and b; in
    its prose, a column named in backticks with a parenthesis (`` `heading` (the heading
    that opened it) ``) is described by the parenthesis; a table that has "the columns of
    `other`" takes the other table's meanings for the columns it does not describe."""
    meanings: dict[tuple[str, str], str] = {}
    borrows: dict[str, str] = {}
    for section in re.split(r"^## ", markdown, flags=re.MULTILINE)[1:]:
        # (one heading may name two tables: ## stats_groups.parquet, stats_metrics.parquet)
        names = section.splitlines()[0].split(" — ")[0].split(",")
        tables = [n.strip().removesuffix(".parquet").rstrip("/") for n in names]
        for line in section.splitlines()[1:]:
            if line.startswith("|") and not line.startswith("|---"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 2 or cells[0] == "column":
                    continue
                for column in cells[0].split(","):
                    for table in tables:
                        meanings.setdefault((table, column.strip().strip("`")), cells[1])
        prose = " ".join(x for x in section.splitlines()[1:] if not x.startswith("|"))
        for table in tables:
            for column, meaning in PROSE_COLUMN.findall(prose):
                meanings.setdefault((table, column), meaning)
            if found := BORROWED.search(prose):
                borrows[table] = found.group(1)
    for table, other in borrows.items():
        for (owner, column), meaning in list(meanings.items()):
            if owner == other:
                meanings.setdefault((table, column), meaning)
    return meanings
