"""Peak memory of `metrics stats DIR` over the mentions of a 200 MB one-line file.

Usage: python benchmarks/stats_memory.py [--figures N] [--keep DIR]

Extracting the 200 MB line of ``shapes.py --big`` takes hours on this machine, so this
stands in for its output: it extracts a short run of the same clauses (``shapes.CLAUSES``,
two figures in every 14 characters), then repeats its mentions, each copy under new
mention ids, until the one partition holds N figures (default 9,500,000: what 200 MB of
those clauses give). Then it runs ``metrics stats`` on the folder in a fresh process and
prints the peak of its proportional set size (``shapes.tree_pss``), sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
from shapes import CLAUSES, peak_of

METRICS = Path(sys.executable).with_name("metrics")


def build(folder: Path, figures: int) -> Path:
    """An output folder whose one mentions partition holds ``figures`` rows."""
    text = folder / "line.txt"
    text.write_text("某区2024年政府工作报告\n" + CLAUSES * 2000, encoding="utf-8")
    out = folder / "out"
    subprocess.run([str(METRICS), "extract", str(text), "--out", str(out), "--quiet"], check=True)
    (part,) = (out / "current" / "mentions").rglob("*.parquet")
    repeat(part, -(-figures // pq.read_metadata(part).num_rows))
    return out


def repeat(part: Path, copies: int, row_group: int = 0) -> None:
    """Replace the Parquet file ``part`` by ``copies`` copies of its rows, each copy under
    new mention ids; with ``row_group``, copies are written together in row groups of
    about that many rows (as a run writes them), else a row group a copy."""
    seed = pq.read_table(part)
    together = max(1, row_group // seed.num_rows)
    with pq.ParquetWriter(part.with_name("big.parquet"), seed.schema) as writer:
        for first in range(0, copies, together):
            batch = []
            for copy in range(first, min(copies, first + together)):
                ids = pc.binary_join_element_wise(seed["mention_id"], pa.scalar(f"c{copy}"), "-")
                batch.append(seed.set_column(0, "mention_id", ids))
            writer.write_table(pa.concat_tables(batch))
    part.unlink()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures", type=int, default=9_500_000)
    ap.add_argument("--keep", type=Path, help="build the folder here and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="metrics-stats-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        out = build(folder, args.figures) if not (folder / "out").exists() else folder / "out"
        seconds, _, peak, status = peak_of([str(METRICS), "stats", str(out)])
        print(
            f"stats of {args.figures:,} figures: {seconds:.1f} s, "
            f"peak {peak / 2**20:,.0f} MB (process tree, PSS), exit {status}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
