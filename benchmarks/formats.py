"""Characters per second of each input format: the reader alone, and the whole file.

Usage: python benchmarks/formats.py [--repeat 50] [--rounds 3]

Builds the test report (tests/format_files.py) repeated ``--repeat`` times as .txt, .html
(GBK), .docx and .pdf in a temporary folder, then for each format times reading it
(``metrics.readers.read_source``) and processing it (``metrics.pipeline.process_file``),
the best of ``--rounds``, and prints the characters of extracted text per second. Needs
the dev extra (python-docx and reportlab make the files). Timings are of this machine at
this moment: on a shared machine they are noisy.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from metrics.pipeline import process_file  # noqa: E402
from metrics.readers import read_source  # noqa: E402
from tests import format_files as ff  # noqa: E402


def best(run: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="copies of the report per file")
    parser.add_argument("--rounds", type=int, default=3, help="timings per format (best kept)")
    args = parser.parse_args()
    report = ff.REPORT * args.repeat
    with tempfile.TemporaryDirectory(prefix="metrics-formats-") as tmp:
        folder = Path(tmp)
        files = {
            "txt": ff.write_txt(folder / "r.txt", report=report),
            "html": ff.write_html(folder / "r.html", "gbk", report=report),
            "docx": ff.write_docx(folder / "r.docx", report=report),
            "pdf": ff.write_pdf(folder / "r.pdf", report=report, lines_per_page=24),
        }
        print(f"{'format':<6} {'bytes':>9} {'chars':>8} {'read chars/s':>13} {'all chars/s':>12}")
        for name, path in files.items():
            chars = len(read_source(path).text)
            read = best(lambda p=path: read_source(p), args.rounds)
            whole = best(lambda p=path: process_file(p), args.rounds)
            print(
                f"{name:<6} {path.stat().st_size:>9} {chars:>8} "
                f"{chars / read:>13,.0f} {chars / whole:>12,.0f}"
            )


if __name__ == "__main__":
    main()
