"""What the writing process keeps per file as a run's results stream in, without the
per-file work: one file's result, packed as a worker sends it, given to the writer
(``tables.write_outputs``) ``--copies`` times, each a fresh copy (unpickled from the bytes
a worker would send), its memory probed every ``--every`` copies. The run is stopped
after the last copy, before the end-of-run steps: the copies share their ids, which the
plan links and trends would join. A 1 GB file of copies of the corpus and data/sample is
about 2,520 such copies (a piece of it is about 50,000 characters; the writer keeps what
it keeps by figure and by document, whatever the cut).

Usage: python benchmarks/writer_growth.py [--copies 2520] [--every 250] [--medians] [FILE...]
(default FILE: ../shared/corpus and data/sample, as one text). Prints one JSON line a
probe: copies given, resident memory (VmRSS), glibc's heap in use, Python's arenas (MB)
and the statistics' kept values (``stats._Sums``: a number and a key a non-additive
figure, for the medians: those held in memory, and those written to the temporary file
when the code has one). With ``--medians`` the statistics tables are then taken (their
medians read the kept values back), and the resident memory's peak while they are is
printed (VmHWM reset first). Linux with glibc only.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pickle
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from writer_memory import LIBC, python_arenas_mb  # noqa: E402

import metrics.tables as tables  # noqa: E402
from metrics.packed import pack  # noqa: E402
from metrics.pipeline import process_text  # noqa: E402

HELD: dict[str, Any] = {}


class Stop(Exception):
    """Raised after the last copy: the writer cleans up as on any error."""


def text_of(paths: list[Path]) -> str:
    texts = []
    for path in paths:
        for file in sorted(path.iterdir()) if path.is_dir() else [path]:
            raw = file.read_bytes()
            for encoding in ("utf-8-sig", "gb18030"):
                try:
                    texts.append(raw.decode(encoding))
                    break
                except UnicodeDecodeError:
                    continue
    return "\n".join(t.replace("\r\n", "\n").rstrip("\n") for t in texts) + "\n"


def probe(copies: int, start: float) -> None:
    status = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key = line.split(":")[0]
            if key in ("VmRSS", "VmHWM"):
                status[f"{key}_mb"] = int(line.split()[1]) // 1024
    held = HELD.get("sums", [])
    if held and hasattr(held[0], "kept"):  # (6639208 kept them in lists of arrays)
        kept = sum(sums.kept.count for sums in held)
        spilled = sum(length for sums in held for _, length, _ in sums.kept.runs)
    else:
        kept, spilled = sum(sum(len(v) for v in sums.values) for sums in held), 0
    print(
        json.dumps(
            {
                "copies": copies,
                **status,
                "malloc_in_use_mb": LIBC.mallinfo2().uordblks >> 20,
                "python_arenas_mb": python_arenas_mb(),
                "stats_values": kept,
                "stats_values_spilled": spilled,
                "cpu_s": round(time.process_time() - start, 1),
            }
        ),
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--copies", type=int, default=2520)
    parser.add_argument("--every", type=int, default=250)
    parser.add_argument("--medians", action="store_true")
    args = parser.parse_args()
    paths = args.files or [ROOT / "../shared/corpus", ROOT / "data/sample"]
    text = text_of(paths)
    sent = pickle.dumps(pack(process_text(text, "copy.txt")))
    from metrics import stats

    plain_init = stats._Sums.__init__

    def init(self: Any, keys: list[str]) -> None:
        plain_init(self, keys)
        HELD.setdefault("sums", []).append(self)

    stats._Sums.__init__ = init  # type: ignore[method-assign]

    def results() -> Iterator[Any]:
        start = time.process_time()
        probe(0, start)
        for copy in range(1, args.copies + 1):
            yield pickle.loads(sent)
            if copy % args.every == 0:
                probe(copy, start)
        raise Stop

    with tempfile.TemporaryDirectory() as out, contextlib.suppress(Stop):
        tables.write_outputs(Path(out), results())
    print(f"one copy: {len(text):,} characters, {len(sent):,} bytes sent", file=sys.stderr)
    if args.medians:
        medians()
    return 0


def medians() -> None:
    """Take the statistics tables of what the writer kept: the peak while they are."""
    with open("/proc/self/status") as fh:
        before = next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmRSS"))
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # VmHWM from now on
    start = time.process_time()
    rows = sum(sums.table().num_rows for sums in HELD.get("sums", []))
    with open("/proc/self/status") as fh:
        peak = next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmHWM"))
    seconds = round(time.process_time() - start, 1)
    print(
        json.dumps(
            {
                "before_mb": before,
                "medians_rows": rows,
                "VmHWM_mb_while_taken": peak,
                "cpu_s": seconds,
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
