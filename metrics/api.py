"""The Python API for notebooks: ``load(DIR)``, ``extract(paths)`` and ``extract_text(text)``.

Contract: both return ``Tables`` — pandas DataFrames with analyst-ready dtypes:
``category`` for department, unit, unit family, role, section and qualifier; ``Int64``
years; ``Float64`` values (masked figures are ``<NA>``, never 0); ``boolean`` flags; other
text as pandas reads an Arrow string (``str`` in pandas 3, missing as NaN). One schema: a
table of ``load`` and the same table of ``extract`` have the same columns and dtypes, the
statistics too (tested), so that frames of both concatenate without a surprise.
``load`` reads the current run ``metrics extract`` wrote (the one ``DIR/CURRENT``
names, read whole even while a new run is published; a folder of the older layout, tables
at the top, still loads; the partition placeholders for a missing
department or year read back as ``<NA>``); ``extract`` runs the same pipeline in memory
and writes nothing. ``extract`` takes files and folders only (a ``str`` is a path: one that
does not exist raises ``FileNotFoundError``, never is read as text); text goes to
``extract_text``. ``failures`` lists the files that could not be read or whose extraction
raised, as the command line's ``failures.parquet`` does: ``extract`` warns of each and
returns the other files' tables, or with ``strict=True`` raises at the first.
"""

from __future__ import annotations

import json
import operator
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics import columns as arrow
from metrics.engine import run_files
from metrics.errors import ExtractionError, InputError, TablesError
from metrics.gc_pacing import fewer_collections
from metrics.io import (
    INPUT_SUFFIXES,
    InputFile,
    TextStream,
    as_path,
    display_name,
    images_instead,
    is_url,
    iter_inputs,
    settle,
    utf8_name,
    wildcard_hint,
    with_line_ends,
)
from metrics.outputs import (
    MANIFEST,
    TABLES,
    arrow_dataset,
    check_version,
    kept_text,
    read_table,
)
from metrics.pairs import disk_order, government_identity, plans_in_order
from metrics.pipeline import FileResult, process_text, read_failure
from metrics.publish import CURRENT, current_run, pruned
from metrics.records import Failure
from metrics.restated import mark_part_of
from metrics.schemas import (
    DOCUMENT_SCHEMA,
    FAILURE_SCHEMA,
    MENTION_SCHEMA,
    PAIR_SCHEMA,
    SECTION_SCHEMA,
    TARGET_SCHEMA,
    TREND_SCHEMA,
    records_table,
)
from metrics.stats import (
    GROUP_KEY,
    METRIC_KEY,
    document_units,
    stats_of,
    stats_schema,
)
from metrics.tables import PLACEHOLDER_TEXT, restore_missing, targets_table
from metrics.targets import file_targets
from metrics.trends import trends_in_order

CATEGORIES = (
    "department",
    "unit",
    "unit_family",
    "base_unit",
    "role",
    "section",
    "qualifier",
    "level",
    "kind",
    "status",
    "rule",
    "measure",
    "indicator",
    "source_file",
    "input_format",
)
YEARS: tuple[str, ...] = ("year", "summary_year", "plan_year")
FLOATS: tuple[str, ...] = (
    "value",
    "value_min",
    "value_max",
    "base_value",
    "actual_value",
    "target_value",
    "stated_completion",
    "computed_completion",
    "implied_target",
    "sum_known",
    "sum_min",
    "sum_max",
    "share_masked",
    "prior_value",
    "outcome_value",
    "outcome_min",
    "outcome_max",
)
# the trends table's own (metrics.trends)
YEARS += ("previous_year", "aim_year")
FLOATS += ("previous_value", "change", "change_rate")
# the statistics' description of figures that do not add up (metrics.stats), and the years
# of a five-year plan a section speaks of (sections, 十四五: 2021, 2025): read as their
# tables' other values and years are, not as NumPy floats (2021.0, NaN) beside Float64 sums
# and Int64 years
FLOATS += ("min_value", "median_value", "max_value")
YEARS += ("period_start", "period_end")
FLAGS = ("masked", "place_masked", "consistent", "lower_is_better", "target_passage", "in_lexicon")


# Tables read as they are (no analyst dtypes), and the empty form of an optional table.
UNTYPED = frozenset({"failures"})
EMPTY = {
    "failures": FAILURE_SCHEMA.empty_table().to_pandas,
    "targets": TARGET_SCHEMA.empty_table().to_pandas,
    "trends": TREND_SCHEMA.empty_table().to_pandas,
    "stats_groups": stats_schema(GROUP_KEY).empty_table().to_pandas,
    "stats_metrics": stats_schema(METRIC_KEY).empty_table().to_pandas,
}


@dataclass(frozen=True)
class Tables:
    """Every table of one extraction, as pandas DataFrames: one field for each table of
    ``outputs.TABLES``, in its order."""

    documents: pd.DataFrame
    sections: pd.DataFrame
    mentions: pd.DataFrame
    pairs: pd.DataFrame
    plan_vs_outcome: pd.DataFrame
    stats_groups: pd.DataFrame
    stats_metrics: pd.DataFrame
    failures: pd.DataFrame = field(default_factory=FAILURE_SCHEMA.empty_table().to_pandas)
    # stated targets of government work reports, with their outcomes (docs/schema.md)
    targets: pd.DataFrame = field(default_factory=lambda: TARGET_SCHEMA.empty_table().to_pandas())
    # one government unit's figures of a metric in consecutive years (docs/schema.md)
    trends: pd.DataFrame = field(default_factory=lambda: TREND_SCHEMA.empty_table().to_pandas())


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a table the analyst dtypes listed in the module contract."""
    out = restore_missing(frame.copy(), YEARS)
    for col in out.columns:
        if col in FLOATS:
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("Float64")
        elif col in FLAGS:
            out[col] = out[col].astype("boolean")
        elif col == "direction":
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int8")
        elif col == "page":  # a PDF's page; missing for other formats
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int32")
        elif col in CATEGORIES:
            out[col] = out[col].astype(object).where(out[col].notna(), None).astype("category")
    return out


def typed_table(table: pa.Table) -> pd.DataFrame:
    """``typed`` of an Arrow table: the same frame, its category columns made from
    Arrow's dictionary encoding (``_categorical``) instead of from Python objects, a
    third of the time."""
    names = table.column_names
    kept = [c for c in names if c in CATEGORIES]
    frame = typed(table.drop_columns(kept).to_pandas())
    for col in kept:  # in the table's order, so each goes back to its place
        placeholder = PLACEHOLDER_TEXT.get(col)  # missing, as restore_missing makes it
        frame.insert(names.index(col), col, _categorical(table[col], placeholder))
    return frame


def _categorical(column: pa.ChunkedArray, missing: str | None) -> pd.Categorical:
    """The column as ``astype("category")`` makes it: the distinct values sorted (code
    point order, as Python sorts ``str``), nulls and the value ``missing`` left out."""
    encoded = pc.dictionary_encode(column.combine_chunks())
    words = encoded.dictionary.to_pylist()
    kept = sorted(w for w in words if w != missing)
    rank = {w: i for i, w in enumerate(kept)}
    code = np.array([rank.get(w, -1) for w in words] + [-1], np.int64)  # the last: null
    at = arrow.to_numpy(pc.fill_null(encoded.indices, len(words)))
    return pd.Categorical.from_codes(code[at], categories=pd.Index(kept))


# How many times a read starts again on the run CURRENT names now, its run pruned under it:
# on a busy machine a reader can be slower than two re-runs of a small folder in a row.
READS = 5


def load(directory: str | Path) -> Tables:
    """Read the tables ``metrics extract --out DIR`` wrote (a folder or an fsspec URL).

    A re-run keeps the previous run for the readers still on it, not the one before
    (``metrics.publish``): a read that began two re-runs ago finds its run pruned (renamed
    away, so that what was read before is whole), and reads the run ``CURRENT`` names now;
    ``READS`` reads that each find their run pruned are a ``TablesError``. What is no
    folder name (None, bytes, a number, a list) is a ``TypeError``, an empty name a
    ``ValueError``, each naming the argument."""
    where = as_path(_one_path(directory, "load(directory)"))
    if not utf8_name(where):  # Arrow opens UTF-8 paths only (its own error said less)
        raise TablesError(
            display_name(str(where)),
            "a folder whose name is not valid UTF-8 cannot be read (Arrow takes UTF-8 "
            "paths only); rename it",
        )
    for _ in range(READS):
        root = current_run(where)  # the run DIR/CURRENT names (or DIR, older)
        try:
            return _read_run(root)
        except TablesError:
            if not pruned(where, root):
                raise
    raise TablesError(
        CURRENT, f"of {where}: {READS} runs in turn were pruned while read (re-runs in a loop?)"
    )


def _read_run(root: Path) -> Tables:
    """The tables of the run folder ``root``."""
    check_version(root)
    frames = {}
    for table in TABLES:  # an optional table a run predates reads as empty
        if table.optional and not (root / table.path).exists():
            frames[table.name] = EMPTY.get(table.name, pd.DataFrame)()
        else:
            frames[table.name] = read_table(root, table.path)
    if not root.is_dir():  # pruned while read: an optional table's absence says nothing
        raise TablesError(str(root), "the run was pruned while it was read")
    mentions = frames["mentions"]
    mentions = mentions[[c for c in MENTION_SCHEMA.names if c in mentions.columns]]
    frames["mentions"] = mentions.sort_values(["source_file", "char_start"], ignore_index=True)
    return Tables(**{n: f if n in UNTYPED else typed(f) for n, f in frames.items()})


def _home(path: object) -> object:
    """``~/reports`` as the shell would give it (a notebook has no shell to expand it)."""
    if isinstance(path, (str, Path)) and str(path).startswith("~") and not is_url(path):
        return type(path)(os.path.expanduser(path))
    return path


def _one_path(path: object, argument: str) -> str | Path:
    """``path`` checked to be one path (a ``str`` or a ``Path``), not empty."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"{argument} takes a folder's path (str or Path), not {type(path).__name__}"
        )
    if isinstance(path, str) and not path.strip():
        raise ValueError(f"{argument} was given an empty path")
    return _home(path)  # type: ignore[return-value]


def _input_paths(source: object) -> list[str | Path]:
    """The paths ``extract`` was given, checked: ``TypeError`` for what is no path (None,
    bytes, a number), ``ValueError`` for an empty one or for text, ``FileNotFoundError``
    for a local path that does not exist."""
    items = [source] if isinstance(source, (str, Path, bytes)) or source is None else source
    if not isinstance(items, Iterable):
        raise TypeError(f"extract() takes a path or paths, not {type(source).__name__}")
    paths = [_home(p) for p in items]
    for path in paths:
        if not isinstance(path, (str, Path)):
            raise TypeError(
                f"extract() takes paths (str or Path), not {type(path).__name__}; "
                "for text use metrics.extract_text(text)"
            )
        if isinstance(path, str) and not path.strip():
            raise ValueError("extract() was given an empty path")
        if isinstance(path, str) and ("\n" in path or "\x00" in path):
            raise ValueError("extract() takes paths, and this is text: use extract_text(text)")
        if not is_url(path) and not Path(path).exists():
            hint = wildcard_hint(str(path)) or " (for text use metrics.extract_text)"
            raise FileNotFoundError(f"no such file or folder: {path!r}{hint}")
    if not paths:
        raise ValueError("extract() was given no path")
    return paths


def extract(
    source: str | Path | Iterable[str | Path], jobs: int = 1, *, strict: bool = False
) -> Tables:
    """Run the pipeline in memory on a file, a folder, or several of them, in ``jobs``
    processes (the tables are the same for any N). A file that cannot be read (empty, a
    scan, a PDF with a password…) or whose extraction raised is left out with a warning
    naming it and the problem and listed in ``failures``, as the command line does, and
    the other files' tables are returned; with ``strict=True`` the first such file raises
    instead (``InputError``, ``ExtractionError``). A file read with bytes replaced, a file
    skipped in a folder (a FIFO, a Word lock file) and a folder without report files are
    warned of, as the command line does. Paths are checked first (see ``_input_paths``),
    and ``jobs`` (a whole number, 1 or more); inputs that hold no report file at all raise
    ``InputError`` naming them."""
    jobs = _jobs(jobs)
    if not isinstance(strict, bool):
        raise TypeError(f"extract(strict=…) takes True or False, not {strict!r}")
    with fewer_collections():  # (the files' records and the tables: gc_pacing)
        results: list[FileResult] = []
        failures: list[Failure] = []
        for task, outcome in run_files(_input_files(_input_paths(source)), jobs):
            if isinstance(outcome, InputError):
                if strict:
                    raise outcome
                _warn(str(outcome))  # the path and the problem, as the command line says it
                failures.append(read_failure(task, outcome))
                continue
            if isinstance(outcome, Failure):
                if strict:
                    raise ExtractionError(outcome.source_file, outcome.error_type, outcome.message)
                _warn(f"{outcome.source_file}: {outcome.error_type}: {outcome.message}")
                failures.append(outcome)
                continue
            for message in [outcome.damage or "", *outcome.warnings]:
                if message:
                    _warn(display_name(message))
            results.append(outcome)
        return _tables(results, failures)


def _warn(message: str) -> None:
    warnings.warn(message, stacklevel=3)  # at the notebook's line that called extract()


def _jobs(jobs: object) -> int:
    """``extract``'s ``jobs``, checked: a whole number of processes, 1 or more."""
    if isinstance(jobs, bool) or not hasattr(jobs, "__index__"):
        raise TypeError(f"extract(jobs=…) takes a whole number of processes, not {jobs!r}")
    count = operator.index(jobs)  # type: ignore[arg-type]
    if count < 1:
        raise ValueError(f"extract(jobs={count}): the number of processes must be 1 or more")
    return count


def _input_files(paths: list[str | Path]) -> list[InputFile]:
    """The files of ``paths`` (``settle``d); what a folder skips is warned of, and so is a
    path that holds no report file; none at all is an ``InputError``."""

    def skipped(path: Path, problem: str) -> None:
        _warn(f"{display_name(str(path))}: {problem}")

    found: list[InputFile] = []
    empty: list[str] = []
    for path in paths:
        files = list(iter_inputs([path], on_skip=skipped))
        if not files:
            empty.append(display_name(str(path)))
        found.extend(files)
    what = f"holds no report file ({', '.join(INPUT_SUFFIXES)})"
    if not found:
        raise InputError(", ".join(empty), what + "".join(map(images_instead, empty)))
    for path in empty:
        _warn(f"{path}: {what}")
    return settle(found)


def extract_text(text: str, name: str = "text.txt") -> Tables:
    """Run the pipeline in memory on report text, as if it were a file called ``name``
    (its ``source_file``). Text that is empty or blank is a ``ValueError``, as an empty
    file is refused; so is an empty ``name``; what is no ``str`` a ``TypeError``. A NUL
    character (text pasted from a damaged file) is replaced by U+FFFD with a warning, as
    a file's are: no table's text holds one."""
    if not isinstance(text, str):
        hint = "; for a file use metrics.extract(path)" if isinstance(text, os.PathLike) else ""
        raise TypeError(f"extract_text() takes a str, not {type(text).__name__}{hint}")
    if not text.strip():
        raise ValueError("extract_text() was given empty text")
    if not isinstance(name, str):
        raise TypeError(f"extract_text(name=…) takes a str, not {type(name).__name__}")
    if not name.strip():
        raise ValueError("extract_text(name=…) was given an empty name")
    if "\x00" in text:  # as a file's NULs are (io.decode_bytes): one for one, and said
        first = text.index("\x00")
        _warn(
            f"{name}: {text.count(chr(0))} NUL character(s) replaced, the first at "
            f"character {first}"
        )
        text = text.replace("\x00", "\ufffd")
    with fewer_collections():
        return _tables([process_text(with_line_ends(text), name)], [])


def _tables(results: list[FileResult], failures: list[Failure]) -> Tables:
    """The tables of the files' results. Each table goes from records to Arrow once and
    from Arrow to its analyst dtypes once (``typed_table``); the statistics are added up
    from the Arrow mentions, and the mentions are put in disk order once for both the plan
    links and the trends."""
    mentions = [m for r in results for m in mark_part_of(r.mentions)]
    documents = [d for r in results for d in r.documents]
    identities = {d.doc_id: government_identity(d) for d in documents}
    ordered = disk_order(mentions)
    arrow_mentions = records_table(mentions, MENTION_SCHEMA)
    stats = stats_of([arrow_mentions], document_units(documents))
    return Tables(
        documents=typed_table(records_table(documents, DOCUMENT_SCHEMA)),
        sections=typed_table(
            records_table([s for r in results for s in r.sections], SECTION_SCHEMA)
        ),
        mentions=typed_table(arrow_mentions),
        pairs=typed_table(records_table([p for r in results for p in r.pairs], PAIR_SCHEMA)),
        plan_vs_outcome=typed_table(
            records_table(plans_in_order(ordered, identities), PAIR_SCHEMA)
        ),
        **{n: typed_table(t) for n, t in stats.items()},
        failures=records_table(failures, FAILURE_SCHEMA).to_pandas(),
        targets=typed_table(
            targets_table(file_targets(r.documents + r.carried, r.mentions) for r in results)
        ),
        trends=typed_table(records_table(trends_in_order(ordered, identities), TREND_SCHEMA)),
    )


@dataclass(frozen=True)
class Span:
    """A row's span read back from its source (``span``): the file read (the input, or
    for a web page, Word file or PDF the text the run kept of it), the row's offsets into
    its text, the 1-based line they begin on, the text there (the row's ``text``) and up
    to ``CONTEXT`` characters of its line before and after it."""

    mention_id: str
    source_file: str
    file: Path
    char_start: int
    char_end: int
    line: int
    text: str
    before: str
    after: str


CONTEXT = 40


def span(directory: str | Path, mention_id: str, inputs: str | Path | None = None) -> Span:
    """Read the span of row ``mention_id`` of the run ``directory`` holds back from its
    source file, checked against the row's text.

    A plain-text input is looked for where the run read it (the folder given, made
    absolute, and the file's path below it: the manifest's ``sources``); ``inputs``, the
    folder given to ``extract`` after it was moved (or a copy of it), is looked in first.
    Any other input's text is the run's ``texts/SOURCE_FILE.txt``. ``TablesError`` names
    what is missing: no such row, the file not found where it was (with where it was
    looked for), or a file whose text there is no longer the row's (changed since the
    run)."""
    root = current_run(as_path(_one_path(directory, "span(directory)")))
    check_version(root)
    try:
        found = (
            arrow_dataset(root / "mentions")
            .to_table(
                columns=["source_file", "doc_id", "char_start", "char_end", "text"],
                filter=pc.field("mention_id") == mention_id,
            )
            .to_pylist()
        )
    except (pa.ArrowInvalid, OSError) as exc:  # as load says it (a traceback said it before)
        raise TablesError("mentions", f"cannot be read, truncated or corrupt ({exc})") from exc
    if not found:
        raise TablesError(mention_id, f"no row of {root} has this mention_id")
    row = found[0]
    name = str(row["source_file"])
    documents = read_table(root, "documents.parquet", ["doc_id", "input_format"])
    formats = documents.loc[documents["doc_id"] == row["doc_id"], "input_format"]
    kept = not formats.empty and formats.iloc[0] not in (None, "text")
    file = kept_text(root, name) if kept else _source_path(root, name, inputs)
    start, end = int(row["char_start"]), int(row["char_end"])
    before, text, after, line = _read_span(file, start, end, kept)
    if text != row["text"]:
        raise TablesError(
            display_name(str(file)),
            f"changed since the run: characters {start}-{end} hold {text!r}, the row "
            f"{mention_id} says {row['text']!r}",
        )
    return Span(mention_id, name, file, start, end, line, text, before, after)


def _source_path(run: Path, name: str, inputs: str | Path | None) -> Path:
    """The plain-text input ``name`` of ``run``: under ``inputs`` first, then where the
    manifest says it was read; ``TablesError`` naming the places looked at."""
    try:
        manifest = json.loads((run / MANIFEST).read_text(encoding="utf-8"))
        where = manifest.get("sources", {}).get(name)
    except (OSError, ValueError, AttributeError):
        where = None
    below = str(where["path"]) if isinstance(where, dict) else name
    tried: list[Path] = []
    if inputs is not None:
        folder = _folder(inputs)
        tried += [folder / below, folder / name]
    if isinstance(where, dict):
        tried.append(_folder(str(where["root"])) / below)
    for path in dict.fromkeys(tried):
        if path.is_file():
            return path
    if not tried:
        raise TablesError(
            name,
            f"the run {run} does not record where its inputs were (a run of an earlier "
            "version, or of metrics.extract): give the folder given to extract (--inputs)",
        )
    hint = "" if inputs is not None else "; moved? give the folder it is in now (--inputs)"
    raise TablesError(name, f"not found at {', '.join(display_name(str(p)) for p in tried)}{hint}")


def _folder(place: str | Path) -> Path:
    """A folder of inputs as recorded or given: a local path (``~`` expanded), or an
    fsspec URL (``s3://…``) as such; ``TablesError`` when the URL's file system cannot
    be had (a missing extra)."""
    if not is_url(place):
        return Path(place).expanduser()
    try:
        return as_path(place)
    except InputError as exc:
        raise TablesError(exc.path, exc.problem) from exc


def _read_span(file: Path, start: int, end: int, kept: bool) -> tuple[str, str, str, int]:
    """The text of ``file`` (as the run read it: decoded, its line ends made ``\\n``) in
    ``[start, end)``, with its line's text before and after it and its line number;
    read block by block (a file of gigabytes is never held whole)."""
    try:
        blocks: Iterable[str] = _kept_text(file) if kept else TextStream(file)
        wanted: list[str] = []
        seen = lines = 0
        for block in blocks:
            if seen + len(block) <= start - CONTEXT:  # wholly before: count its lines
                lines += block.count("\n")
                seen += len(block)
                continue
            wanted.append(block)
            seen += len(block)
            if seen >= end + CONTEXT:
                break
    except (OSError, InputError) as exc:  # unreadable now, or no longer text
        raise TablesError(display_name(str(file)), f"cannot be read ({exc})") from exc
    text = "".join(wanted)
    offset = seen - len(text)  # the character offset of text[0] in the file
    lo, hi = start - offset, end - offset
    head = text[max(0, lo - CONTEXT) : max(0, lo)]
    tail = text[hi : hi + CONTEXT]
    line = lines + text.count("\n", 0, max(0, lo)) + 1
    return head.rsplit("\n", 1)[-1], text[lo:hi], tail.split("\n", 1)[0], line


def _kept_text(file: Path) -> list[str]:
    """The text a run kept of an input (``texts/``), line ends as written."""
    with file.open(encoding="utf-8", newline="") as fh:
        return [fh.read()]
