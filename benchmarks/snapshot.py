"""Golden snapshot of the tables, and the diff of rows between two versions of the code.

A restructure must leave every table byte-identical; a change of behaviour must be shown
as rows added, removed and changed by field. This script gives both:

    python benchmarks/snapshot.py digest            # print the digests of this checkout
    python benchmarks/snapshot.py write             # store them in tests/golden/
    python benchmarks/snapshot.py diff [--base REV] # rows that differ from REV (default HEAD)

The inputs are ``../shared/corpus``, ``../shared/govreports`` and ``data/sample``. Each is
run through the command line (``metrics extract``), as a user would, and every table read
back with ``metrics.load`` is written in a canonical form: one JSON object per row, rows
sorted, floats as Python prints them, missing values as null. The repository stores the
full rows only for ``data/sample`` (our own text) and, for the shared inputs, one SHA-256
digest per table — the corpus stays in ``../shared``. ``diff`` rebuilds the rows of both
versions (REV in a temporary git worktree) and prints what changed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from metrics.stats import GROUP_KEY, METRIC_KEY

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
INPUTS = {
    "corpus": "../shared/corpus",
    "govreports": "../shared/govreports",
    "sample": "data/sample",
}
ROWS_KEPT = ("sample",)  # inputs whose full rows are committed (our own text only)
# Columns that identify a row, so that a changed row is shown as changed, not as a
# removal and an addition; tables not named here are keyed by their whole row.
KEYS = {
    "documents": ("source_file", "char_start"),
    "sections": ("doc_id", "char_start"),
    "mentions": ("source_file", "char_start", "char_end"),
    "pairs": ("doc_id", "target_mention_id", "actual_mention_id"),
    "plan_vs_outcome": ("plan_doc_id", "target_mention_id", "actual_mention_id"),
    "stats_groups": tuple(GROUP_KEY),
    "stats_metrics": tuple(METRIC_KEY),
    "targets": ("source_file", "char_start"),
    "failures": ("source_file",),
}


def _plain(value: object) -> object:
    """A JSON-ready value: numpy scalars unwrapped, NaN and NA as None."""
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)):
        with contextlib.suppress(ValueError, TypeError):
            value = value.item()
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ in {"NAType", "NaTType"}:
        return None
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def table_rows(root: Path, directory: Path) -> dict[str, list[str]]:
    """Canonical JSON lines of every table in ``directory``, loaded by the code at ``root``."""
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "import metrics\n"
        "from snapshot import dump_tables\n"
        f"print(json.dumps(dump_tables(metrics.load({str(directory)!r})), ensure_ascii=False))\n"
    )
    out = subprocess.run(
        [_python(root), "-c", script], check=True, capture_output=True, text=True, cwd=root
    )
    return json.loads(out.stdout)


def dump_tables(tables: object) -> dict[str, list[str]]:
    """Every table of a ``metrics.Tables`` as sorted canonical JSON lines."""
    dumped = {}
    for name in tables.__dataclass_fields__:  # type: ignore[attr-defined]
        frame = getattr(tables, name)
        columns = list(frame.columns)
        lines = [
            json.dumps(
                dict(zip(columns, (_plain(v) for v in row), strict=True)),
                ensure_ascii=False,
                sort_keys=False,
            )
            for row in frame.itertuples(index=False, name=None)
        ]
        dumped[name] = sorted(lines, key=lambda line: _sort_key(name, line))
    return dumped


def _sort_key(table: str, line: str) -> tuple[str, str]:
    row = json.loads(line)
    key = tuple(row.get(c) for c in KEYS.get(table, ()))
    return (json.dumps(key, ensure_ascii=False), line)


def _python(root: Path) -> str:
    venv = root / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def extract_all(root: Path, work: Path) -> dict[str, dict[str, list[str]]]:
    """Run ``metrics extract`` of the code at ``root`` on each input; canonical rows."""
    snapshot = {}
    for name, relative in INPUTS.items():
        source = (root / relative).resolve()
        if not source.exists():
            print(f"skipped {name}: {source} is missing", file=sys.stderr)
            continue
        out = work / name
        subprocess.run(
            [
                _python(root),
                "-m",
                "metrics.cli",
                "extract",
                str(source),
                "--out",
                str(out),
                "--quiet",
            ],
            cwd=root,
            capture_output=True,
            text=True,
        )  # exit 1 is a run with failed files: its tables are still part of the snapshot
        snapshot[name] = table_rows(root, out)
    return snapshot


def digests(snapshot: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, str]]:
    """SHA-256 and row count of each input's tables."""
    return {
        name: {
            table: f"{len(lines)} {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()}"
            for table, lines in tables.items()
        }
        for name, tables in snapshot.items()
    }


def write(snapshot: dict[str, dict[str, list[str]]]) -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    (GOLDEN / "digests.json").write_text(
        json.dumps(digests(snapshot), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    for name in ROWS_KEPT:
        for table, lines in snapshot.get(name, {}).items():
            path = GOLDEN / name / f"{table}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _keyed(table: str, lines: list[str]) -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for line in lines:
        row = json.loads(line)
        key = json.dumps([row.get(c) for c in KEYS.get(table, ())] or line, ensure_ascii=False)
        while key in rows:  # two rows with one key: keep both, in order
            key += "+"
        rows[key] = row
    return rows


def row_diff(table: str, old: list[str], new: list[str]) -> Iterator[str]:
    """Lines describing rows removed, added and changed (field by field)."""
    before, after = _keyed(table, old), _keyed(table, new)
    for key in sorted(before.keys() - after.keys()):
        yield f"  - {key} {_short(before[key])}"
    for key in sorted(after.keys() - before.keys()):
        yield f"  + {key} {_short(after[key])}"
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        changed = [c for c in dict.fromkeys([*a, *b]) if a.get(c) != b.get(c)]
        if changed:
            fields = "; ".join(f"{c}: {a.get(c)!r} -> {b.get(c)!r}" for c in changed)
            yield f"  ~ {key} {fields}"


def _short(row: dict) -> str:
    keep = ("text", "title", "heading", "metric", "value", "role", "unit", "indicator")
    return json.dumps({k: row[k] for k in keep if k in row}, ensure_ascii=False)


def summarise(old: dict, new: dict, limit: int) -> int:
    """Print the differences; return how many rows differ."""
    total = 0
    for name in dict.fromkeys([*old, *new]):
        for table in dict.fromkeys([*old.get(name, {}), *new.get(name, {})]):
            lines = list(
                row_diff(table, old.get(name, {}).get(table, []), new.get(name, {}).get(table, []))
            )
            if not lines:
                continue
            total += len(lines)
            counts = {s: sum(line.startswith(f"  {s}") for line in lines) for s in "-+~"}
            fields: dict[str, int] = {}
            for line in lines:
                if line.startswith("  ~"):
                    for part in line.split("; "):
                        field = part.split(": ")[0].split()[-1]
                        fields[field] = fields.get(field, 0) + 1
            print(
                f"{name}/{table}: {counts['-']} removed, {counts['+']} added, "
                f"{counts['~']} changed {fields or ''}"
            )
            for line in lines[:limit]:
                print(line)
    return total


def _worktree(rev: str, where: Path) -> Path:
    path = where / "base"
    subprocess.run(
        ["git", "worktree", "add", "--detach", "-q", str(path), rev], cwd=ROOT, check=True
    )
    shared = where / "shared"
    shared.symlink_to((ROOT / "../shared").resolve())
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("digest", "write", "diff"))
    parser.add_argument("--base", default="HEAD", help="git revision to diff against")
    parser.add_argument("--limit", type=int, default=20, help="rows printed per table")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        new = extract_all(ROOT, Path(tmp) / "new")
        if args.command == "digest":
            print(json.dumps(digests(new), ensure_ascii=False, indent=1, sort_keys=True))
            return 0
        if args.command == "write":
            write(new)
            print(f"wrote {GOLDEN}")
            return 0
        base = _worktree(args.base, Path(tmp))
        try:
            old = extract_all(base, Path(tmp) / "old")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT)
        changed = summarise(old, new, args.limit)
        print(f"{changed} rows differ from {args.base}")
        return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
