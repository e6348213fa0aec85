"""Peak memory of the steps after extraction (trends, plan links) over one large group.

Usage: python benchmarks/tail_memory.py [--figures N] [--steps trends,links] [--keep DIR]
                                       [--jobs N]

The trends and the plan links are made one department group at a time (``derived.
write_trends``, ``derived.write_plan_links``), so their memory grows with the largest
group. This extracts two years' government work reports of one county (so that the
figures have a government unit, a department and a year, and the 2025 report's results
meet the 2024 report's targets), then repeats each partition's rows, under new mention
ids, until the run holds N figures in one department group, in row groups of the size a run
writes (``dataset.ROW_GROUP``: a file of a row group a copy would hold its footer's
thousands of entries in memory, which no run does); then runs each step alone in a fresh
process over it and prints its time, CPU seconds and the peak of its proportional set
size (``shapes.tree_pss``). ``--keep DIR`` builds the run in DIR once and reuses it;
``--jobs N`` gives the step the ``map`` of a pool of N processes (``engine.run_pool``),
as a run of ``--jobs N`` does.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from metrics.dataset import ROW_GROUP

sys.path.insert(0, str(Path(__file__).parent))
from shapes import peak_of
from stats_memory import repeat

METRICS = Path(sys.executable).with_name("metrics")
STEP = {"trends": "write_trends", "links": "write_plan_links"}
REPORT = (
    "江城县{year}年政府工作报告\n一、{last}年工作回顾\n"
    + "全县完成投资{a}亿元，新建学校{b}所，新增城镇就业{c}人。\n" * 40
    + "二、{year}年工作安排\n"
    + "全年完成投资{ta}亿元，新建学校{tb}所，新增城镇就业{tc}人。\n" * 40
)


def build(folder: Path, figures: int) -> Path:
    """A run of ``figures`` mentions in one department group (see the module contract)."""
    (folder / "in").mkdir()
    for year, (a, b, c) in ((2024, (5, 3, 1200)), (2025, (6, 4, 1300))):
        report = REPORT.format(year=year, last=year - 1, a=a, b=b, c=c, ta=a + 1, tb=b + 1, tc=c)
        (folder / "in" / f"{year}.txt").write_text(report, encoding="utf-8")
    out = folder / "out"
    subprocess.run([str(METRICS), "extract", str(folder / "in"), "--out", str(out), "--quiet"])
    parts = list((out / "current" / "mentions").rglob("*.parquet"))
    copies = -(-figures // sum(pq.read_metadata(part).num_rows for part in parts))
    for part in parts:
        repeat(part, copies, ROW_GROUP)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures", type=int, default=2_000_000)
    ap.add_argument("--steps", default="trends,links", help="comma separated")
    ap.add_argument("--keep", type=Path, help="build the run here once and reuse it")
    ap.add_argument("--jobs", type=int, default=1, help="groups linked by a pool of N")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="metrics-tail-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / "out" if (folder / "out").exists() else build(folder, args.figures)
        run = out / "current"
        for step in args.steps.split(","):
            code = (
                "from pathlib import Path\n"
                "from metrics import derived, engine\n"
                f"run = Path({str(run)!r})\n"
                f"with engine.run_pool({args.jobs}) as pool:\n"
                f"    derived.{STEP[step]}(run / 'mentions', Path({tmp!r}) / '{step}.parquet', "
                "run / 'documents.parquet', pool.map)\n"
            )
            seconds, cpu, peak, status = peak_of([sys.executable, "-c", code])
            print(
                f"{step:>6} of {args.figures:,} figures in one group, --jobs {args.jobs}: "
                f"{seconds:.1f} s, "
                f"CPU {cpu:.1f} s, peak {peak / 2**20:,.0f} MB (process tree, PSS), "
                f"exit {status}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
