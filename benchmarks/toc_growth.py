"""The writing process's share of a large file of copies: ``pipeline.Assembler.take`` (a
piece's offsets and ids shifted, its documents matched against the entries of earlier
pieces' tables of contents that no body has matched yet), as the file grows.

Usage: python benchmarks/toc_growth.py [--copies 100,300,1000] [FILE...]
(default FILE: ../shared/corpus and data/sample, as one text: one copy).

One copy is cut into pieces as a large file is (``pipeline.tasks``, the default piece
size) and each piece processed once; then for each count the pieces' results are given
to one ``Assembler`` as the pieces of a file of that many copies (each a fresh copy,
unpickled from the bytes a worker would send, its offsets moved on by a copy's length),
and the CPU time of ``take`` is printed: all of it, and a piece's in the first and the
last tenth of the copies (equal when the cost of a piece does not grow with the file),
and the entries still unmatched at the end (those a later piece is looked up against).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from writer_growth import text_of  # noqa: E402

from metrics.pipeline import Assembler, run_task, tasks  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--copies", default="100,300,1000")
    args = parser.parse_args()
    text = text_of(args.files or [ROOT / "../shared/corpus", ROOT / "data/sample"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "copy.txt"
        path.write_text(text, encoding="utf-8")
        pieces = [(t, pickle.dumps(run_task(t))) for t in tasks(path, large=0)]
    print(f"one copy: {len(text):,} characters, {len(pieces)} pieces", file=sys.stderr)
    for copies in (int(c) for c in args.copies.split(",")):
        assembler, spent, firsts, lasts = Assembler(), 0.0, [], []
        tenth = max(1, copies // 10)
        for copy in range(copies):
            for task, sent in pieces:
                result = pickle.loads(sent)
                moved = dataclasses.replace(
                    task,
                    piece=copy * len(pieces) + task.piece,
                    offset=copy * len(text) + task.offset,
                    last=task.last and copy == copies - 1,
                )
                start = time.process_time()
                out = assembler.take(moved, result)
                took = time.process_time() - start
                spent += took
                (firsts if copy < tenth else lasts if copy >= copies - tenth else []).append(took)
        print(
            json.dumps(
                {
                    "copies": copies,
                    "pieces": copies * len(pieces),
                    "take_cpu_s": round(spent, 2),
                    "ms_a_piece_first_tenth": round(1000 * sum(firsts) / len(firsts), 2),
                    "ms_a_piece_last_tenth": round(1000 * sum(lasts) / len(lasts), 2),
                    "unmatched_at_end": len(out.missing),
                    "listed_at_end": len(out.toc) if out.listed is None else out.listed,
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
