"""What a run holds for its targets table until its end (``tables.TargetsFound``): the
targets of COPIES copies of ../shared/corpus and data/sample, each copy's ids and texts
fresh strings as a file's are, gathered as a run gathers them, then the table written.

Usage: python benchmarks/targets_held.py [COPIES] [--no-spill]   (COPIES defaults to 600;
2700 copies hold about as many targets as 1 GB of such text: 72 targets a copy of
143,544 characters)

Prints the targets, the memory held once they are gathered (Python's allocations traced,
and Arrow's) and Python's peak while the table is written (the objects a batch is made
again, and what was held). ``--no-spill`` holds the columns in
memory (what ``metrics.extract`` does) in place of the run's spill file.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import tracemalloc
import warnings
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from metrics.io import read_text
from metrics.pipeline import process_text
from metrics.tables import TargetsFound
from metrics.targets import Target, file_targets

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT.parent / "shared" / "corpus", ROOT / "data" / "sample")


def _fresh(t: Target, copy: int) -> Target:
    """``t`` as the same report's target in another file: its ids and texts new strings."""
    p = f"c{copy}_"
    return replace(
        t,
        target_id=p + t.target_id,
        doc_id=p + t.doc_id,
        source_file=p + t.source_file,
        mention_id=p + t.mention_id,
        text="".join(list(t.text)),
    )


def _held() -> int:
    return tracemalloc.get_traced_memory()[0] + pa.total_allocated_bytes()


def main(copies: int, spill: bool) -> None:
    warnings.simplefilter("ignore")  # the corpus's truncated downloads
    per_file = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            result = process_text(read_text(path).text, path.name)
            per_file.append(file_targets(result.documents, result.mentions))
    with tempfile.TemporaryDirectory() as tmp:
        gc.collect()
        tracemalloc.start()
        start = _held()
        found = TargetsFound(Path(tmp) / "spill.parquet") if spill else TargetsFound()
        for copy in range(copies):
            for targets, outcomes in per_file:
                found.add([_fresh(t, copy) for t in targets], outcomes)
        gc.collect()
        held = _held() - start
        tracemalloc.reset_peak()
        out = Path(tmp) / "targets.parquet"
        if spill:
            found.write(out)
        else:
            pq.write_table(found.table(), out)
        peak = tracemalloc.get_traced_memory()[1]
        rows = pq.ParquetFile(out).metadata.num_rows
    print(
        f"{copies} copies, {rows} targets ({'spilled' if spill else 'in memory'}): held "
        f"{held / 1e6:.1f} MB once gathered ({held / max(rows, 1):.0f} B a target), "
        f"Python's peak {peak / 1e6:.1f} MB while the table is written"
    )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 600, "--no-spill" not in sys.argv)
