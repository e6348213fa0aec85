"""Exports of an output folder for spreadsheets: CSV, XLSX and single Parquet files.

Contract: ``export_tables(DIR, fmt)`` reads every table of the run through
``metrics.load(DIR)`` (one registry: the fields of ``api.Tables``, so a table added there
is exported with no change here) and writes them to ``DIR/export/<fmt>/``. Each format has
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
import shutil
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from metrics.api import Tables, load
from metrics.errors import OutputError, WriteError
from metrics.tables import _swap as swap_in

FORMATS = ("csv", "xlsx", "parquet")
EXCEL_ROWS = 1_048_576  # rows of an Excel sheet, its header included
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WIDTH_SAMPLE = 2_000  # rows looked at to size a column: the widths of a long table's head
MAX_WIDTH = 60  # a sentence column stays readable instead of pages wide
CHUNK = 10_000  # rows turned into Python values at a time (streaming writer)
SCHEMA_DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def table_names() -> tuple[str, ...]:
    """Every table of a run, in the order of ``metrics.load``'s ``Tables``."""
    return tuple(f.name for f in dataclasses.fields(Tables))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a spreadsheet: wide (CJK) characters two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def escape_formula(value: object) -> object:
    """A text that a spreadsheet would run as a formula, made inert with a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _is_text(column: pd.Series) -> bool:
    return not (
        pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_bool_dtype(column.dtype)
    )


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text column's formula-like cells escaped; numbers untouched."""
    out = frame.copy()
    for name in out.columns:
        if _is_text(out[name]):
            out[name] = out[name].astype(object).map(escape_formula)
    return out


def export_tables(directory: str | Path, fmt: str) -> list[Path]:
    """Write every table of the run at ``directory`` to ``directory/export/fmt/``
    (atomically); return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    directory = Path(directory)
    tables = load(directory)
    frames = {n: getattr(tables, n) for n in table_names()}
    place = directory / "export"
    staging = place / f".staging-{fmt}-{uuid.uuid4().hex}"
    try:
        staging.mkdir(parents=True)
        if fmt == "xlsx":
            write_xlsx(frames, staging / "metrics.xlsx")
        for name, frame in frames.items():
            if fmt == "csv":
                csv_safe(frame).to_csv(staging / f"{name}.csv", index=False, encoding="utf-8-sig")
            elif fmt == "parquet":
                frame.to_parquet(staging / f"{name}.parquet", index=False)
        written = [place / fmt / p.name for p in sorted(staging.iterdir())]
        refuse_foreign_export(place / fmt, {p.name for p in written})
        swap_in(staging, place / fmt)  # the old folder goes once the new is in
        return written
    except OSError as exc:
        raise WriteError(
            place, f"cannot be written ({exc.strerror or exc}); nothing exported"
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def refuse_foreign_export(folder: Path, ours: set[str]) -> None:
    """Refuse to replace ``folder`` when it holds a file an export would not write (a
    user's own folder of that name): nothing in it is touched."""
    if folder.is_dir():
        foreign = sorted(p.name for p in folder.iterdir() if p.name not in ours)
        if foreign:
            raise OutputError(
                folder, f"holds files metrics did not export ({', '.join(foreign[:3])}); "
                "move them away to export here"
            )


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


def write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> None:
    """One workbook: a README sheet of column descriptions, then a sheet per table
    (split in parts past Excel's row limit), streamed with openpyxl's write-only mode."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    readme = book.create_sheet("README")
    readme.append(["table", "column", "meaning"])
    for row in schema_descriptions(frames):
        readme.append(list(row))
    for name, frame in frames.items():
        for sheet, start, end in sheet_parts(name, len(frame)):
            _write_sheet(book, sheet, frame.iloc[start:end])
    book.save(path)


def _write_sheet(book: object, name: str, frame: pd.DataFrame) -> None:
    sheet = book.create_sheet(name)  # type: ignore[attr-defined]
    for i, width in enumerate(column_widths(frame), 1):
        sheet.column_dimensions[_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    if len(frame.columns):
        last = _column_letter(len(frame.columns))
        sheet.auto_filter.ref = f"A1:{last}{len(frame) + 1}"
    sheet.append([str(c) for c in frame.columns])
    for row in _cells(sheet, frame):
        sheet.append(row)


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


def schema_descriptions(frames: dict[str, pd.DataFrame]) -> list[tuple[str, str, str]]:
    """(table, column, meaning) for every column of ``frames``, the meaning taken from the
    tables of docs/schema.md (empty for a column it does not describe, or when the file
    is not there, as in an installed copy without the docs)."""
    meanings = parse_schema(SCHEMA_DOC.read_text("utf-8")) if SCHEMA_DOC.exists() else {}
    return [
        (name, str(column), meanings.get((name, str(column)), ""))
        for name, frame in frames.items()
        for column in frame.columns
    ]


def parse_schema(markdown: str) -> dict[tuple[str, str], str]:
    """Column meanings of docs/schema.md: a ``## name.parquet`` or ``## name/`` heading
    opens a table; each ``| a, b | meaning |`` row below it describes columns a and b."""
    meanings: dict[tuple[str, str], str] = {}
    table = ""
    for line in markdown.splitlines():
        if line.startswith("## "):
            table = line[3:].split()[0].removesuffix(".parquet").rstrip("/")
        elif table and line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or cells[0] == "column":
                continue
            for column in cells[0].split(","):
                meanings.setdefault((table, column.strip().strip("`")), cells[1])
    return meanings
