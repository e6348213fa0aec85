"""The doors of an output folder: its manifest (schema version) and its reading.

Contract: every run writes ``manifest.json`` (``{"schema_version": N}``) beside its tables,
through the same staging folder, so the version always describes the tables beside it.
``check_version`` accepts a folder without a manifest as version 1 (runs older than the
manifest) and refuses a version it does not know; ``read_table`` reads one table and turns
a missing, truncated or corrupt file into ``TablesError`` naming the table and the problem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from metrics.errors import TablesError

MANIFEST = "manifest.json"
# Raise when a change of the tables would be misread by an older reader.
SCHEMA_VERSION = 1
KNOWN_VERSIONS = frozenset({1})


def write_manifest(folder: Path, run_id: str | None = None) -> None:
    """Write the manifest of the run being staged in ``folder`` (with its id: the mark
    by which metrics knows the run folder as its own)."""
    manifest: dict[str, object] = {"schema_version": SCHEMA_VERSION}
    if run_id is not None:
        manifest["run_id"] = run_id
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
        version = json.loads(path.read_text(encoding="utf-8"))["schema_version"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TablesError(MANIFEST, f"cannot be read ({exc})") from exc
    if version not in KNOWN_VERSIONS:
        raise TablesError(
            MANIFEST,
            f"schema version {version!r} is not one this metrics reads "
            f"({', '.join(map(str, sorted(KNOWN_VERSIONS)))}); upgrade metrics",
        )
    return version


def read_table(root: Any, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read table ``name`` of the output folder ``root``; TablesError when it cannot be."""
    path = root / name  # pandas reads a URL through fsspec, given as text
    if not path.exists():
        raise TablesError(name, f"is missing from {root}")
    try:
        return pd.read_parquet(path if isinstance(path, Path) else str(path), columns=columns)
    except (pa.ArrowInvalid, OSError) as exc:
        raise TablesError(name, f"cannot be read, truncated or corrupt ({exc})") from exc
