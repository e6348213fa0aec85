"""The doors of an output folder: its manifest (schema version) and its reading.

Contract: every run writes ``manifest.json`` (``{"schema_version": N}``) beside its tables,
through the same staging folder, so the version always describes the tables beside it; a
run of the command line records there where it read each file (``sources``), so that a
row's span can be found after the output folder or the inputs were moved.
``check_version`` accepts a folder without a manifest as version 1 (runs older than the
manifest) and refuses a version it does not know; ``read_table`` reads one table and turns
a missing, truncated or corrupt file into ``TablesError`` naming the table and the problem.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from metrics.errors import TablesError
from metrics.schemas import TEXTS

if TYPE_CHECKING:
    # imported when a table is read: writing a run needs neither (pyarrow.dataset
    # imports pandas)
    import pandas as pd
    import pyarrow.dataset as ds

MANIFEST = "manifest.json"
# Where each input file was read: its ``source_file`` → the folder given (absolute; for a
# file given directly, its folder) and its path below that folder. A ``source_file`` alone
# is relative to a folder no table records; two inputs of one name are named by their
# last parts (``2023/report.txt``), which need not be their path below the folder given.
Sources = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True, slots=True)
class TableFile:
    """One table of a run: its name (a field of ``metrics.Tables``, a CSV file, a sheet)
    and its path in the run folder. An ``optional`` table may be absent from a run
    written before it existed, and reads as empty."""

    name: str
    path: str
    optional: bool = False


# The tables of a run, in order: publishing, the manifest, ``metrics.load`` and the
# exports follow this list (a test holds ``metrics.Tables`` to it). A new table is one line.
TABLES = (
    TableFile("documents", "documents.parquet"),
    TableFile("sections", "sections.parquet"),
    TableFile("mentions", "mentions"),
    TableFile("pairs", "pairs.parquet"),
    TableFile("plan_vs_outcome", "plan_vs_outcome.parquet"),
    TableFile("stats_groups", "stats_groups.parquet", optional=True),
    TableFile("stats_metrics", "stats_metrics.parquet", optional=True),
    TableFile("failures", "failures.parquet", optional=True),
    TableFile("targets", "targets.parquet", optional=True),
    TableFile("trends", "trends.parquet", optional=True),
)
# The longest name of a file or folder, in bytes of its UTF-8 name: ext4, XFS, Btrfs and
# most others (APFS and NTFS count 255 characters, which such a name never exceeds).
NAME_MAX = 255
# The hex digits of the digest that stands for the end of a name too long to keep whole.
NAME_DIGEST = 16


def kept_text(run: Path, source_file: str) -> Path:
    """The file in which ``run`` keeps the text it extracted from the input named
    ``source_file`` (a web page, a Word file, a PDF): ``texts/SOURCE_FILE.txt``, its path
    below the folder given. A part of that path longer than a folder takes (``NAME_MAX``:
    a notice's whole title used as an attachment's name, 250 bytes and more, to which
    ``.txt`` is added; a name in GBK bytes written as ``\\xNN``, four characters a byte)
    is shortened to its head and a digest of the whole part, which keeps two inputs'
    names apart (``shortened``). The writer and ``metrics.span`` both ask here: a name
    the system refused failed the whole run ("File name too long")."""
    parts = f"{source_file}.txt".split("/")
    return run.joinpath(TEXTS, *(shortened(part) for part in parts))


def shortened(name: str, limit: int = NAME_MAX) -> str:
    """``name``, or when its UTF-8 bytes (surrogate escapes as the bytes they stand for)
    are more than ``limit``: its first characters, ``~``, a digest of the whole name and
    its last suffix (``.txt``), in at most ``limit`` bytes."""
    raw = name.encode("utf-8", "surrogateescape")
    if len(raw) <= limit:
        return name
    digest = hashlib.sha256(raw).hexdigest()[:NAME_DIGEST]
    dot = name.rfind(".")
    suffix = name[dot:] if dot > 0 and len(name) - dot <= 8 else ""
    room = limit - len(digest) - 1 - len(suffix.encode("utf-8", "surrogateescape"))
    head = raw[:room].decode("utf-8", "ignore")  # (a character cut in two is left out)
    return f"{head}~{digest}{suffix}"


# Raise when a change of the tables would be misread by an older reader.
SCHEMA_VERSION = 1
KNOWN_VERSIONS = frozenset({1})


def write_manifest(folder: Path, run_id: str | None = None, sources: Sources | None = None) -> None:
    """Write the manifest of the run being staged in ``folder``, once every table of
    ``TABLES`` is there: its schema version, its tables, its id (the mark by which
    metrics knows the run folder as its own) and, when given, its ``sources``."""
    missing = [t.path for t in TABLES if not (folder / t.path).exists()]
    if missing:  # a run without all its tables is never published
        raise TablesError(missing[0], f"was not written in {folder}")
    manifest: dict[str, object] = {
        "schema_version": SCHEMA_VERSION,
        "tables": [t.path for t in TABLES],
    }
    if run_id is not None:
        manifest["run_id"] = run_id
    if sources is not None:
        manifest["sources"] = {name: dict(where) for name, where in sources.items()}
    (folder / MANIFEST).write_text(json.dumps(manifest) + "\n", encoding="utf-8")


def run_id_of(folder: Path) -> str | None:
    """The run id the manifest in ``folder`` states, or None (no or no readable one)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    run_id = manifest.get("run_id") if isinstance(manifest, dict) else None
    return run_id if isinstance(run_id, str) else None


def check_version(root: Any) -> int:
    """The schema version of the output folder ``root`` (a Path or an fsspec path)."""
    path = root / MANIFEST
    if not path.exists():
        return 1  # written before runs carried a manifest
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # truncated, damaged, unreadable
        raise TablesError(MANIFEST, f"of {root} cannot be read ({exc})") from exc
    if not isinstance(manifest, dict) or "schema_version" not in manifest:
        # every version of metrics that wrote a manifest wrote its schema version
        raise TablesError(
            MANIFEST,
            f"of {root} states no schema_version (damaged, or not written by metrics): "
            "run `metrics extract` into the folder again",
        )
    version = manifest["schema_version"]
    if version not in KNOWN_VERSIONS:
        raise TablesError(
            MANIFEST,
            f"schema version {version!r} is not one this metrics reads "
            f"({', '.join(map(str, sorted(KNOWN_VERSIONS)))}); upgrade metrics",
        )
    return version


def read_table(root: Any, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read table ``name`` of the output folder ``root``; TablesError when it cannot be."""
    import pandas as pd

    path = root / name  # pandas reads a URL through fsspec, given as text
    if not path.exists():
        raise TablesError(name, f"is missing from {root}")
    try:
        return pd.read_parquet(path if isinstance(path, Path) else str(path), columns=columns)
    except (pa.ArrowInvalid, OSError) as exc:
        raise TablesError(name, f"cannot be read, truncated or corrupt ({exc})") from exc


def arrow_dataset(path: Any) -> ds.Dataset:
    """The Parquet dataset at ``path`` (hive partitions): a local ``Path``, or an fsspec
    path (``s3://…``), which Arrow takes as its path on the file system that holds it
    (given the path object itself it raises ``TypeError``)."""
    import pyarrow.dataset as ds

    if isinstance(path, Path):
        return ds.dataset(path, format="parquet", partitioning="hive")
    return ds.dataset(path.path, format="parquet", partitioning="hive", filesystem=path.fs)


def table_dataset(root: Path, name: str) -> ds.Dataset | None:
    """Table ``name`` of the output folder ``root`` as a pyarrow dataset, to be read in
    record batches rather than whole: a folder of hive partitions (``mentions/``) or one
    ``name.parquet`` file. None when the run has no such table (an optional one)."""
    folder, file = root / name, root / f"{name}.parquet"
    path = folder if folder.is_dir() else file
    if not path.exists():
        return None
    try:
        return arrow_dataset(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise TablesError(path.name, f"cannot be read, truncated or corrupt ({exc})") from exc
